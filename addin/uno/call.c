/*
 * call.c - single values and ranges in, single values and arrays out.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "call.h"
#include "types.h"

/* One argument: a single value repeated over the result, or a range. */
typedef struct {
    const uno_Any *single;         /* single value, or NULL for a range */
    uno_Sequence *const *rows;     /* range rows ([]any each) */
    sal_Int32 nrows, ncols;
} arg_view;

double epa_calc_error_value(void)
{
    /* Calc stores an error in a matrix as a quiet NaN whose low 32 bits
     * hold the error number; 502 is its IllegalArgument (Err:502). */
    uint64_t bits = UINT64_C(0x7FF8000000000000) | 502u;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

void epa_raise(typelib_TypeDescriptionReference *type, const char *message,
               uno_Any *exc_mem, uno_Any **exc)
{
    /* Layout of com.sun.star.lang.IllegalArgumentException; its first two
     * members are those of every UNO exception (RuntimeException too). */
    struct {
        rtl_uString *Message;
        void *Context;
        sal_Int16 ArgumentPosition;
    } e = { NULL, NULL, 0 };
    rtl_string2UString(&e.Message, message, (sal_Int32)strlen(message),
                       RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    uno_type_any_construct(exc_mem, &e, type, NULL);
    rtl_uString_release(e.Message);
    *exc = exc_mem;
}

static void raise_code(const epa_function_desc *fn, epa_error err,
                       uno_Any *exc_mem, uno_Any **exc)
{
    char msg[256];
    snprintf(msg, sizeof msg, "%s: %s", fn->display_en, epa_strerror(err));
    epa_raise(epa_types()->illegal_argument, msg, exc_mem, exc);
}

static epa_error make_view(const uno_Any *a, arg_view *v)
{
    const epa_uno_types *t = epa_types();
    if (a->pType->eTypeClass != typelib_TypeClass_SEQUENCE) {
        *v = (arg_view){ a, NULL, 1, 1 };
        return EPA_OK;
    }
    if (!typelib_typedescriptionreference_equals(a->pType, t->any_grid))
        return EPA_ERR_NOT_NUMBER;
    const uno_Sequence *outer = *(uno_Sequence *const *)a->pData;
    uno_Sequence *const *rows = (uno_Sequence *const *)outer->elements;
    if (outer->nElements == 0 || rows[0]->nElements == 0)
        return EPA_ERR_MISSING;
    for (sal_Int32 r = 1; r < outer->nElements; r++)
        if (rows[r]->nElements != rows[0]->nElements)
            return EPA_ERR_SHAPE;
    *v = (arg_view){ NULL, rows, outer->nElements, rows[0]->nElements };
    return EPA_OK;
}

static const uno_Any *element(const arg_view *v, sal_Int32 r, sal_Int32 c)
{
    if (v->single)
        return v->single;
    if (v->nrows == 1 && v->ncols == 1)
        r = c = 0; /* a one-cell range is repeated like a single value */
    return (const uno_Any *)v->rows[r]->elements + c;
}

static void classify(const uno_Any *a, epa_cell *cell)
{
    const void *p = a->pData;
    cell->kind = EPA_CELL_NUMBER;
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

/* Result size: every range must have the size of the first range. */
static epa_error result_shape(const arg_view *views, int n, sal_Int32 *nrows,
                              sal_Int32 *ncols)
{
    *nrows = *ncols = 1;
    for (int i = 0; i < n; i++) {
        if (views[i].nrows == 1 && views[i].ncols == 1)
            continue;
        if (*nrows == 1 && *ncols == 1) {
            *nrows = views[i].nrows;
            *ncols = views[i].ncols;
        } else if (views[i].nrows != *nrows || views[i].ncols != *ncols) {
            return EPA_ERR_SHAPE;
        }
    }
    return EPA_OK;
}

static epa_error apply(const epa_function_desc *fn, epa_wrapper wrapper,
                       const arg_view *views, sal_Int32 r, sal_Int32 c,
                       double *out)
{
    epa_cell cells[EPA_MAX_PARAMS];
    for (int i = 0; i < fn->nparams; i++) {
        classify(element(&views[i], r, c), &cells[i]);
        /* Only a whole argument can be left out; a void element inside a
         * range (an API caller's, Calc sends "") must not take a default. */
        if (!views[i].single && cells[i].kind == EPA_CELL_OMITTED)
            cells[i].kind = EPA_CELL_EMPTY;
    }
    return wrapper(cells, out);
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

/* Fills an array result ([][]double); a bad element holds Err:502. */
static int array_result(const epa_function_desc *fn, epa_wrapper wrapper,
                        const arg_view *views, sal_Int32 nrows, sal_Int32 ncols,
                        uno_Any *ret)
{
    const epa_uno_types *t = epa_types();
    uno_Sequence *grid = NULL;
    if (!uno_type_sequence_construct(&grid, t->double_grid, NULL, nrows, NULL))
        return 0;
    uno_Sequence **slots = (uno_Sequence **)grid->elements;
    for (sal_Int32 r = 0; r < nrows; r++) {
        uno_Sequence *row = new_row(&slots[r], t->double_row, ncols);
        if (!row) {
            uno_type_destructData(&grid, t->double_grid, NULL);
            return 0;
        }
        double *values = (double *)row->elements;
        for (sal_Int32 c = 0; c < ncols; c++)
            if (apply(fn, wrapper, views, r, c, &values[c]) != EPA_OK)
                values[c] = epa_calc_error_value();
    }
    uno_type_any_construct(ret, &grid, t->double_grid, NULL);
    uno_type_destructData(&grid, t->double_grid, NULL);
    return 1;
}

void epa_call(const epa_function_desc *fn, epa_wrapper wrapper, void *args[],
              uno_Any *ret, uno_Any *exc_mem, uno_Any **exc)
{
    arg_view views[EPA_MAX_PARAMS];
    sal_Int32 nrows, ncols;
    epa_error err = EPA_OK;
    for (int i = 0; i < fn->nparams && err == EPA_OK; i++)
        err = make_view((const uno_Any *)args[i], &views[i]);
    if (err == EPA_OK)
        err = result_shape(views, fn->nparams, &nrows, &ncols);
    if (err != EPA_OK) {
        raise_code(fn, err, exc_mem, exc);
        return;
    }
    if (nrows == 1 && ncols == 1) {
        double v;
        err = apply(fn, wrapper, views, 0, 0, &v);
        if (err != EPA_OK)
            raise_code(fn, err, exc_mem, exc);
        else
            uno_type_any_construct(ret, &v, epa_types()->type_double, NULL);
        return;
    }
    if (!array_result(fn, wrapper, views, nrows, ncols, ret))
        epa_raise(epa_types()->runtime_exception, "out of memory", exc_mem, exc);
}
