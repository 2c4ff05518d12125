/*
 * broadcast.h - the range form: a function over ranges and single values.
 *
 * Each argument is a grid of cells: a single value is a 1 x 1 grid.  All
 * grids larger than 1 x 1 must have one size, which is the result's; a
 * 1 x 1 grid is repeated alongside.  Each result element is one epa_apply()
 * on the cells at its position, so one bad row gives one error element and
 * never hides the others.  No UNO here: uno/call.c wraps UNO values as grids.
 */
#ifndef EPA_BROADCAST_H
#define EPA_BROADCAST_H

#include <stdbool.h>
#include <stdint.h>

#include "apply.h"

typedef struct epa_grid {
    int32_t nrows, ncols;
    /* True when the argument was one value rather than a range: only then
     * may it be "omitted" (an optional argument left out).  A void element
     * inside a range is an empty cell, never a default. */
    bool whole;
    /* Writes the cell at (r, c), 0 <= r < nrows, 0 <= c < ncols. */
    void (*cell)(const struct epa_grid *g, int32_t r, int32_t c, epa_cell *out);
    const void *src; /* for cell() */
} epa_grid;

/* Most cells of a range-form result: 16 full columns of 1,048,576 rows.
 * Refused before anything is allocated: the [][]double costs 8.9 bytes a
 * cell, and Calc's conversion of the result back another 27 (docs/robustness.md "Large
 * ranges"); 16.7 M cells is far more than the Netherlands has areas. */
#define EPA_RESULT_MAX_CELLS (16 * 1048576)

/* The result size from n argument grids: EPA_ERR_MISSING for a grid with no
 * cells, EPA_ERR_SHAPE when two grids larger than 1 x 1 differ,
 * EPA_ERR_RESULT_CELLS for more than EPA_RESULT_MAX_CELLS cells. */
epa_error epa_broadcast_shape(const epa_grid *args, int n, int32_t *nrows,
                              int32_t *ncols);

/* Result element (r, c) of fn over args (fn->nparams grids of the shape
 * epa_broadcast_shape accepted); bad_arg as for epa_apply (may be NULL). */
epa_error epa_broadcast_at(const epa_function_desc *fn, const epa_grid *args,
                           int32_t r, int32_t c, double *out, int *bad_arg);

/* Result row r into values[0 .. ncols-1]; a bad element holds
 * epa_calc_error_value(). */
void epa_broadcast_row(const epa_function_desc *fn, const epa_grid *args,
                       int32_t r, int32_t ncols, double *values);

/* The value Calc shows as Err:502 when it finds it in an array result: a
 * quiet NaN whose low bits carry the error number.  The only NaN that ever
 * leaves the component, and only inside an array. */
double epa_calc_error_value(void);

#endif /* EPA_BROADCAST_H */
