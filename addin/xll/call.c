/*
 * call.c - Excel's XLOPER12 arguments to cells and grids; an element
 * function's call (broadcast.h does the rest) and its results back to
 * XLOPER12; a table function's handed to table_result.c.  See xll.h.
 *
 * Arguments are registered as type Q, so Excel hands over values, never
 * references: a number (xltypeNum, or xltypeInt), a text (xltypeStr, the
 * length in its first unit), a boolean, an error value, an empty cell
 * (xltypeNil), a left-out argument (xltypeMissing), or a range or array
 * constant (xltypeMulti, row by row, its empty cells xltypeNil).
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include "xll.h"

static uint32_t type_of(const XLOPER12 *x)
{
    return x->xltype & ~(uint32_t)(xlbitXLFree | xlbitDLLFree);
}

/* One value as a cell.  A boolean is neither a number nor a name (as text
 * is never read as a number); an error value never gets here (see
 * first_error). */
static void classify(const XLOPER12 *x, epa_cell *cell)
{
    *cell = (epa_cell){ EPA_CELL_NUMBER, 0.0, NULL, 0 };
    switch (type_of(x)) {
    case xltypeNum: cell->number = x->val.num; break;
    case xltypeInt: cell->number = x->val.w; break;
    case xltypeStr: {
        size_t n = x->val.str ? x->val.str[0] : 0;
        cell->kind = n == 0 ? EPA_CELL_EMPTY : EPA_CELL_TEXT;
        cell->text = n == 0 ? NULL : x->val.str + 1;
        cell->text_len = n;
        break;
    }
    case xltypeMissing: cell->kind = EPA_CELL_OMITTED; break;
    case xltypeNil: cell->kind = EPA_CELL_EMPTY; break;
    default: cell->kind = EPA_CELL_OTHER; break;
    }
}

/* The value at (r, c) of a grid: a single value repeats alongside. */
static const XLOPER12 *element(const epa_grid *g, int32_t r, int32_t c)
{
    const XLOPER12 *x = g->src;
    if (g->nrows == 1 && g->ncols == 1)
        return x;
    return &x[(size_t)r * (size_t)g->ncols + (size_t)c];
}

static void grid_cell(const epa_grid *g, int32_t r, int32_t c, epa_cell *out)
{
    classify(element(g, r, c), out);
}

static const XLOPER12 missing = { .xltype = xltypeMissing };

static epa_error arg_grid(const XLOPER12 *x, epa_grid *g)
{
    if (!x)
        x = &missing;
    if (type_of(x) != xltypeMulti) {
        *g = (epa_grid){ 1, 1, true, grid_cell, x };
        return EPA_OK;
    }
    if (x->val.array.rows <= 0 || x->val.array.columns <= 0 || !x->val.array.lparray)
        return EPA_ERR_MISSING;
    *g = (epa_grid){ x->val.array.rows, x->val.array.columns, false, grid_cell,
                     x->val.array.lparray };
    return EPA_OK;
}

int epa_xll_error(epa_error err)
{
    switch (err) {
    case EPA_ERR_RESULT_NOT_FINITE:
    case EPA_ERR_RESULT_RANGE:
    case EPA_ERR_RESULT_CELLS:
        return xlerrNum;
    default:
        return xlerrValue;
    }
}

/* An error value among the arguments at (r, c) is passed on, the first in
 * argument order, as Excel's own functions do. */
static int first_error(const epa_grid *grids, int n, int32_t r, int32_t c)
{
    for (int i = 0; i < n; i++) {
        const XLOPER12 *x = element(&grids[i], r, c);
        if (type_of(x) == xltypeErr)
            return x->val.err;
    }
    return -1;
}

static void set_element(const epa_function_desc *fn, const epa_grid *grids,
                        int32_t r, int32_t c, XLOPER12 *out)
{
    int e = first_error(grids, epa_xll_nparams(fn), r, c);
    double v;
    epa_error err = EPA_OK;
    if (e < 0) {
        err = epa_broadcast_at(fn, grids, r, c, &v, NULL);
        if (err == EPA_OK) {
            out->xltype = xltypeNum;
            out->val.num = v;
            return;
        }
        e = epa_xll_error(err);
    }
    out->xltype = xltypeErr;
    out->val.err = e;
}

/* A table function's arguments before its call.  An error value given as
 * one value is passed on, the first, as an element function passes it on;
 * inside a range (the paste, the list) an error cell is the model's to
 * read, as a cell that is neither number nor text.  The paste is required:
 * left out, the call is an error, as an element function's required
 * argument left out is (the model would read it as a block without rows). */
static LPXLOPER12 table_call(const epa_function_desc *fn, const epa_grid *grids)
{
    for (int i = 0; i < epa_xll_nparams(fn); i++) {
        const XLOPER12 *x = grids[i].src;
        if (!grids[i].whole)
            continue;
        if (type_of(x) == xltypeErr)
            return epa_xll_error_result(x->val.err);
        if (fn->params[i].kind == EPA_ARG_PASTE && type_of(x) == xltypeMissing)
            return epa_xll_error_result(epa_xll_error(EPA_ERR_MISSING));
    }
    return epa_xll_table_call(fn, grids);
}

LPXLOPER12 epa_xll_call(const epa_function_desc *fn, LPXLOPER12 *args)
{
    epa_grid grids[EPA_MAX_PARAMS];
    int n = epa_xll_nparams(fn);
    int32_t nrows = 1, ncols = 1;
    epa_error err = EPA_OK;
    for (int i = 0; i < n && err == EPA_OK; i++)
        err = arg_grid(args[i], &grids[i]);
    if (err == EPA_OK && fn->call.table)
        return table_call(fn, grids);
    if (err == EPA_OK)
        err = epa_broadcast_shape(grids, n, &nrows, &ncols);
    if (err != EPA_OK || (nrows == 1 && ncols == 1)) {
        XLOPER12 *x = epa_xll_new_result(0);
        if (!x)
            return epa_xll_no_memory();
        if (err == EPA_OK) {
            set_element(fn, grids, 0, 0, x);
        } else {
            x->xltype = xltypeErr;
            x->val.err = epa_xll_error(err);
        }
        x->xltype |= xlbitDLLFree;
        return x;
    }
    size_t cells = (size_t)nrows * (size_t)ncols; /* <= EPA_RESULT_MAX_CELLS */
    XLOPER12 *x = epa_xll_new_result(cells);
    if (!x)
        return epa_xll_no_memory();
    x->xltype = xltypeMulti | xlbitDLLFree;
    x->val.array.lparray = x + 1;
    x->val.array.rows = nrows;
    x->val.array.columns = ncols;
    for (int32_t r = 0; r < nrows; r++)
        for (int32_t c = 0; c < ncols; c++)
            set_element(fn, grids, r, c, &x[1 + (size_t)r * (size_t)ncols + (size_t)c]);
    return x;
}
