/*
 * functions.h - one thin wrapper per spreadsheet function: checks and
 * converts the cells of one row and calls the model.  The UNO layer applies
 * a wrapper to a single set of values or to every row of a range.
 */
#ifndef EPA_FUNCTIONS_H
#define EPA_FUNCTIONS_H

#include "catalogue.h"
#include "cell.h"

/* args has the function's catalogue nparams cells; on EPA_OK *out holds the
 * result (1 for TRUE, 0 for FALSE). */
typedef epa_error (*epa_wrapper)(const epa_cell *args, double *out);

extern const epa_wrapper epa_wrappers[EPA_FN_COUNT];

#endif /* EPA_FUNCTIONS_H */
