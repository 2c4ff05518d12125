/*
 * broadcast.c - see broadcast.h.
 */
#include <string.h>

#include "broadcast.h"

double epa_calc_error_value(void)
{
    /* 502 is Calc's IllegalArgument (Err:502), in the low 32 bits. */
    uint64_t bits = UINT64_C(0x7FF8000000000000) | 502u;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static bool is_single(const epa_grid *g)
{
    return g->nrows == 1 && g->ncols == 1;
}

epa_error epa_broadcast_shape(const epa_grid *args, int n, int32_t *nrows,
                              int32_t *ncols)
{
    int32_t rows = 1, cols = 1;
    for (int i = 0; i < n; i++) {
        if (args[i].nrows <= 0 || args[i].ncols <= 0)
            return EPA_ERR_MISSING;
        if (is_single(&args[i]))
            continue;
        if (rows == 1 && cols == 1) {
            rows = args[i].nrows;
            cols = args[i].ncols;
        } else if (args[i].nrows != rows || args[i].ncols != cols) {
            return EPA_ERR_SHAPE;
        }
    }
    if ((int64_t)rows * cols > EPA_RESULT_MAX_CELLS)
        return EPA_ERR_RESULT_CELLS;
    *nrows = rows;
    *ncols = cols;
    return EPA_OK;
}

epa_error epa_broadcast_at(const epa_function_desc *fn, const epa_grid *args,
                           int32_t r, int32_t c, double *out, int *bad_arg)
{
    epa_cell cells[EPA_MAX_PARAMS];
    for (int i = 0; i < fn->nparams; i++) {
        const epa_grid *g = &args[i];
        if (is_single(g))
            g->cell(g, 0, 0, &cells[i]);
        else
            g->cell(g, r, c, &cells[i]);
        if (!g->whole && cells[i].kind == EPA_CELL_OMITTED)
            cells[i].kind = EPA_CELL_EMPTY;
    }
    return epa_apply(fn, cells, out, bad_arg);
}

void epa_broadcast_row(const epa_function_desc *fn, const epa_grid *args,
                       int32_t r, int32_t ncols, double *values)
{
    for (int32_t c = 0; c < ncols; c++)
        if (epa_broadcast_at(fn, args, r, c, &values[c], NULL) != EPA_OK)
            values[c] = epa_calc_error_value();
}
