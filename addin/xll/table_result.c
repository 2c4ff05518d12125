/*
 * table_result.c - a table function's result as an xltypeMulti of
 * numbers and texts, which Excel 365 spills: the XLL's epa_table sink
 * (addin/table.h), filled by epa_table_apply as the UNO layer's [][]any
 * is.  See xll.h.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include "table.h"
#include "xll.h"

typedef struct {
    epa_table base;
    XLOPER12 *result;   /* NULL until size(); then the result and its elements */
    bool no_memory;     /* a text could not be allocated: the call fails */
} multi_table;

static XLOPER12 *element(epa_table *t, int32_t r, int32_t c)
{
    XLOPER12 *x = ((multi_table *)t->ctx)->result;
    return &x->val.array.lparray[(size_t)r * (size_t)x->val.array.columns + (size_t)c];
}

static bool multi_size(epa_table *t, int32_t nrows, int32_t ncols)
{
    multi_table *m = t->ctx;
    size_t n = (size_t)nrows * (size_t)ncols;
    m->result = epa_xll_new_result(n);
    if (!m->result)
        return false;
    m->result->xltype = xltypeMulti | xlbitDLLFree;
    m->result->val.array.lparray = m->result + 1;
    m->result->val.array.rows = nrows;
    m->result->val.array.columns = ncols;
    /* An empty text, not xltypeNil: Excel shows a Nil element of a
     * returned array as 0. */
    for (size_t i = 0; i < n; i++)
        epa_xll_empty_text(&m->result[1 + i]);
    return true;
}

static void multi_number(epa_table *t, int32_t r, int32_t c, double v)
{
    epa_xll_set_number(element(t, r, c), v);
}

static void multi_text(epa_table *t, int32_t r, int32_t c, const uint16_t *s, size_t len)
{
    if (!epa_xll_set_text(element(t, r, c), s, len))
        ((multi_table *)t->ctx)->no_memory = true;
}

LPXLOPER12 epa_xll_table_call(const epa_function_desc *fn, const epa_grid *grids)
{
    multi_table m = { { multi_size, multi_number, multi_text, NULL }, NULL, false };
    m.base.ctx = &m;
    epa_error err = epa_table_apply(fn, grids, &m.base, NULL);
    if (err == EPA_OK && !m.no_memory && m.result)
        return m.result;
    epa_xll_free_result(m.result);
    if (err == EPA_ERR_OUT_OF_MEMORY || m.no_memory)
        return epa_xll_no_memory();
    /* EPA_OK here would be a call that wrote no table, which no table
     * function does: an error all the same, never an empty result. */
    return epa_xll_error_result(err == EPA_OK ? xlerrValue : epa_xll_error(err));
}
