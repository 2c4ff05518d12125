/*
 * call.c - UNO values to cells and results to UNO values.  See call.h.
 */
#include <stdio.h>
#include <string.h>

#include "broadcast.h"
#include "call.h"
#include "table.h"
#include "types.h"

void epa_raise(typelib_TypeDescriptionReference *type, const char *message,
               int position, uno_Any *exc_mem, uno_Any **exc)
{
    /* Layout of com.sun.star.lang.IllegalArgumentException; its first two
     * members are those of every UNO exception (RuntimeException too). */
    struct {
        rtl_uString *Message;
        void *Context;
        sal_Int16 ArgumentPosition;
    } e = { NULL, NULL, (sal_Int16)position };
    rtl_string2UString(&e.Message, message, (sal_Int32)strlen(message),
                       RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    uno_type_any_construct(exc_mem, &e, type, NULL);
    rtl_uString_release(e.Message);
    *exc = exc_mem;
}

static void raise_code(const epa_function_desc *fn, epa_error err, int arg,
                       uno_Any *exc_mem, uno_Any **exc)
{
    char msg[256];
    if (arg >= 0)
        snprintf(msg, sizeof msg, "%s: argument %d (%s): %s", fn->name, arg + 1,
                 fn->params[arg].display_en, epa_strerror(err));
    else
        snprintf(msg, sizeof msg, "%s: %s", fn->name, epa_strerror(err));
    epa_raise(epa_types()->illegal_argument, msg, arg, exc_mem, exc);
}

/* One UNO value as a cell. */
static void classify(const uno_Any *a, epa_cell *cell)
{
    const void *p = a->pData;
    *cell = (epa_cell){ EPA_CELL_NUMBER, 0.0, NULL, 0 };
    switch (a->pType->eTypeClass) {
    case typelib_TypeClass_VOID: cell->kind = EPA_CELL_OMITTED; break;
    case typelib_TypeClass_DOUBLE: cell->number = *(const double *)p; break;
    case typelib_TypeClass_FLOAT: cell->number = *(const float *)p; break;
    case typelib_TypeClass_BYTE: cell->number = *(const sal_Int8 *)p; break;
    case typelib_TypeClass_SHORT: cell->number = *(const sal_Int16 *)p; break;
    case typelib_TypeClass_UNSIGNED_SHORT: cell->number = *(const sal_uInt16 *)p; break;
    case typelib_TypeClass_LONG: cell->number = *(const sal_Int32 *)p; break;
    case typelib_TypeClass_UNSIGNED_LONG: cell->number = *(const sal_uInt32 *)p; break;
    case typelib_TypeClass_HYPER: cell->number = (double)*(const sal_Int64 *)p; break;
    case typelib_TypeClass_UNSIGNED_HYPER: cell->number = (double)*(const sal_uInt64 *)p; break;
    case typelib_TypeClass_STRING: {
        const rtl_uString *s = *(rtl_uString *const *)p;
        cell->kind = s->length == 0 ? EPA_CELL_EMPTY : EPA_CELL_TEXT;
        cell->text = (const uint16_t *)s->buffer;
        cell->text_len = (size_t)s->length;
        break;
    }
    default: cell->kind = EPA_CELL_OTHER; break;
    }
}

/* Grid sources: a [][]any (its rows), or one any. */
static void range_cell(const epa_grid *g, int32_t r, int32_t c, epa_cell *out)
{
    uno_Sequence *const *rows = g->src;
    classify((const uno_Any *)rows[r]->elements + c, out);
}

static void single_cell(const epa_grid *g, int32_t r, int32_t c, epa_cell *out)
{
    (void)r;
    (void)c;
    classify(g->src, out);
}

static epa_error range_grid(const uno_Sequence *outer, epa_grid *g)
{
    uno_Sequence *const *rows = (uno_Sequence *const *)outer->elements;
    if (outer->nElements == 0 || rows[0]->nElements == 0)
        return EPA_ERR_MISSING;
    for (sal_Int32 r = 1; r < outer->nElements; r++)
        if (rows[r]->nElements != rows[0]->nElements)
            return EPA_ERR_SHAPE;
    *g = (epa_grid){ outer->nElements, rows[0]->nElements, false, range_cell, rows };
    return EPA_OK;
}

/* An optional (`any`) argument: one value, or a range an API caller put in
 * the any.  Any other sequence is not a number. */
static epa_error any_grid(const uno_Any *a, epa_grid *g)
{
    if (a->pType->eTypeClass != typelib_TypeClass_SEQUENCE) {
        *g = (epa_grid){ 1, 1, true, single_cell, a };
        return EPA_OK;
    }
    if (!typelib_typedescriptionreference_equals(a->pType, epa_types()->any_grid))
        return EPA_ERR_NOT_NUMBER;
    return range_grid(*(uno_Sequence *const *)a->pData, g);
}

static epa_error arg_grid(const epa_param_desc *p, void *arg, epa_grid *g)
{
    if (p->optional)
        return any_grid(arg, g);
    return range_grid(*(uno_Sequence *const *)arg, g);
}

/* Replaces the default-constructed element *slot of a sequence of
 * sequences with a new sequence of n default elements. */
static uno_Sequence *new_row(uno_Sequence **slot,
                             typelib_TypeDescriptionReference *row_type,
                             sal_Int32 n)
{
    uno_Sequence *row = NULL;
    if (!uno_type_sequence_construct(&row, row_type, NULL, n, NULL))
        return NULL;
    uno_type_destructData(slot, row_type, NULL);
    *slot = row;
    return row;
}

/* Fills an array result ([][]double) row by row. */
static int array_result(const epa_function_desc *fn, const epa_grid *grids,
                        int32_t nrows, int32_t ncols, uno_Any *ret)
{
    const epa_uno_types *t = epa_types();
    uno_Sequence *grid = NULL;
    if (!uno_type_sequence_construct(&grid, t->double_grid, NULL, nrows, NULL))
        return 0;
    uno_Sequence **slots = (uno_Sequence **)grid->elements;
    for (int32_t r = 0; r < nrows; r++) {
        uno_Sequence *row = new_row(&slots[r], t->double_row, ncols);
        if (!row) {
            uno_type_destructData(&grid, t->double_grid, NULL);
            return 0;
        }
        epa_broadcast_row(fn, grids, r, ncols, (double *)row->elements);
    }
    uno_type_any_construct(ret, &grid, t->double_grid, NULL);
    uno_type_destructData(&grid, t->double_grid, NULL);
    return 1;
}

/* A table result as a [][]any, every element an empty string until
 * written: Calc turns a [][]any into a matrix of numbers and texts. */
typedef struct {
    epa_table base;
    uno_Sequence *grid;
} any_table;

static uno_Any *element(epa_table *t, int32_t r, int32_t c)
{
    uno_Sequence *const *rows = (uno_Sequence *const *)((any_table *)t->ctx)->grid->elements;
    return (uno_Any *)rows[r]->elements + c;
}

static void put_string(uno_Any *slot, const uint16_t *s, size_t len)
{
    const epa_uno_types *t = epa_types();
    rtl_uString *str = NULL;
    rtl_uString_newFromStr_WithLength(&str, (const sal_Unicode *)s, (sal_Int32)len);
    uno_type_destructData(slot, t->type_any, NULL);
    uno_type_any_construct(slot, &str, t->type_string, NULL);
    rtl_uString_release(str);
}

static bool table_size(epa_table *t, int32_t nrows, int32_t ncols)
{
    const epa_uno_types *ty = epa_types();
    any_table *a = t->ctx;
    if (!uno_type_sequence_construct(&a->grid, ty->any_grid, NULL, nrows, NULL))
        return false;
    uno_Sequence **slots = (uno_Sequence **)a->grid->elements;
    /* One empty string for every cell not written: each any holds a
     * reference to it, none a copy (a 20,000 x 14 table has 280,000). */
    rtl_uString *empty = NULL;
    static const uint16_t none = 0;
    rtl_uString_newFromStr_WithLength(&empty, (const sal_Unicode *)&none, 0);
    bool ok = empty != NULL;
    for (int32_t r = 0; r < nrows && ok; r++) {
        ok = new_row(&slots[r], ty->any_row, ncols) != NULL;
        for (int32_t c = 0; c < ncols && ok; c++) {
            uno_Any *slot = element(t, r, c);
            uno_type_destructData(slot, ty->type_any, NULL);
            uno_type_any_construct(slot, &empty, ty->type_string, NULL);
        }
    }
    if (empty)
        rtl_uString_release(empty);
    return ok;
}

static void table_number(epa_table *t, int32_t r, int32_t c, double v)
{
    const epa_uno_types *ty = epa_types();
    uno_Any *slot = element(t, r, c);
    uno_type_destructData(slot, ty->type_any, NULL);
    uno_type_any_construct(slot, &v, ty->type_double, NULL);
}

static void table_text(epa_table *t, int32_t r, int32_t c, const uint16_t *s, size_t len)
{
    put_string(element(t, r, c), s, len);
}

static void table_call(const epa_function_desc *fn, const epa_grid *grids, uno_Any *ret,
                       uno_Any *exc_mem, uno_Any **exc)
{
    const epa_uno_types *t = epa_types();
    any_table a = { { table_size, table_number, table_text, NULL }, NULL };
    a.base.ctx = &a;
    int bad = -1;
    epa_error err = epa_table_apply(fn, grids, &a.base, &bad);
    if (err == EPA_OK && a.grid != NULL)
        uno_type_any_construct(ret, &a.grid, t->any_grid, NULL);
    if (a.grid != NULL)
        uno_type_destructData(&a.grid, t->any_grid, NULL);
    if (err != EPA_OK)
        raise_code(fn, err, bad, exc_mem, exc);
}

void epa_call(const epa_function_desc *fn, void *args[], uno_Any *ret,
              uno_Any *exc_mem, uno_Any **exc)
{
    epa_grid grids[EPA_MAX_PARAMS];
    int32_t nrows, ncols;
    epa_error err = EPA_OK;
    int bad = -1;   /* the argument at fault, for the exception */
    for (int i = 0; i < fn->nparams && err == EPA_OK; i++)
        if ((err = arg_grid(&fn->params[i], args[i], &grids[i])) != EPA_OK)
            bad = i;
    if (err == EPA_OK && fn->call.table != NULL) {
        table_call(fn, grids, ret, exc_mem, exc);
        return;
    }
    if (err == EPA_OK)
        err = epa_broadcast_shape(grids, fn->nparams, &nrows, &ncols);
    if (err == EPA_OK && nrows == 1 && ncols == 1) {
        double v;
        err = epa_broadcast_at(fn, grids, 0, 0, &v, &bad);
        if (err == EPA_OK) {
            uno_type_any_construct(ret, &v, epa_types()->type_double, NULL);
            return;
        }
    }
    if (err != EPA_OK) {
        raise_code(fn, err, bad, exc_mem, exc);
        return;
    }
    if (!array_result(fn, grids, nrows, ncols, ret))
        epa_raise(epa_types()->runtime_exception, "out of memory", -1, exc_mem, exc);
}
