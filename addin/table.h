/*
 * table.h - table functions: a whole pasted block in, a table of texts and
 * numbers out (the region's rows, its gemeenten, its totals).
 *
 * An element function is repeated per element of its ranges (broadcast.h);
 * a table function reads its ranges whole and writes its result through an
 * epa_table, which the UNO layer turns into a [][]any and the XLL into an
 * xltypeMulti.  No UNO here.
 */
#ifndef EPA_TABLE_H
#define EPA_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "apply.h"
#include "broadcast.h"

typedef struct epa_table {
    /* Sets the size, once, before any cell; every cell starts as empty
     * text.  False when out of memory. */
    bool (*size)(struct epa_table *t, int32_t nrows, int32_t ncols);
    /* A finite number. */
    void (*number)(struct epa_table *t, int32_t r, int32_t c, double v);
    /* UTF-16 text, len code units. */
    void (*text)(struct epa_table *t, int32_t r, int32_t c,
                 const uint16_t *s, size_t len);
    void *ctx;
} epa_table;

/* ASCII text (every text the model writes is ASCII) into a cell. */
void epa_table_ascii(epa_table *t, int32_t r, int32_t c, const char *s);

/* Calls fn, a table function, on args (fn->nparams grids). */
epa_error epa_table_apply(const epa_function_desc *fn, const epa_grid *args,
                          epa_table *out, int *bad_arg);

/* The column headers of each table function's result (EPAREGIONAREAS:
 * those of EPAREGIONROWS), in Dutch, for the
 * catalogue's help, the README and the tests; NULL-terminated. */
extern const char *const epa_region_rows_columns[];
extern const char *const epa_region_gemeenten_columns[];
extern const char *const epa_region_totals_rows[];

/* The table functions' calls (catalogue.c names them in its rows). */
epa_error epa_call_region_rows(const epa_grid *args, const epa_value *values,
                               epa_table *out, int *bad_arg);
epa_error epa_call_region_areas(const epa_grid *args, const epa_value *values,
                                epa_table *out, int *bad_arg);
epa_error epa_call_region_gemeenten(const epa_grid *args, const epa_value *values,
                                    epa_table *out, int *bad_arg);
epa_error epa_call_region_totals(const epa_grid *args, const epa_value *values,
                                 epa_table *out, int *bad_arg);

#endif /* EPA_TABLE_H */
