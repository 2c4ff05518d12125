/*
 * apply.h - one call of a spreadsheet function on one set of cells.
 *
 * The one generic conversion: each cell is converted by its catalogue
 * argument's kind (number, scenario or a name), an omitted optional argument
 * takes the row's default, the row's model operation is called, and the
 * result is guarded.  No UNO here: uno/ classifies UNO values into cells,
 * broadcast.c applies this per element of a range.
 */
#ifndef EPA_APPLY_H
#define EPA_APPLY_H

#include "catalogue.h"
#include "cell.h"

/* cells has fn->nparams entries.  Arguments are converted in order, so the
 * first bad one decides the error.  On EPA_OK *out is finite and within the
 * plausible range of fn->result (a flag is 1 or 0); otherwise *out is
 * untouched and the code says why (EPA_ERR_RESULT_* for a bad result).
 * When bad_arg is not NULL it receives the index of the argument whose
 * conversion failed, or -1 when no single argument is at fault (the model
 * refused the combination, such as more households than inhabitants, or
 * the result failed its guard); API callers get it in the exception. */
epa_error epa_apply(const epa_function_desc *fn, const epa_cell *cells,
                    double *out, int *bad_arg);

/* One argument by its kind: a number, a count, a row number or a name
 * (its enum value); an omitted optional one takes the default.  Not for
 * the block kinds (EPA_ARG_PASTE, EPA_ARG_LIST), which table.c takes whole. */
epa_error epa_convert(const epa_param_desc *p, const epa_cell *cell,
                      epa_value *out);

/* The guard alone: whether value is a valid result of the given kind. */
epa_error epa_guard_result(epa_result_kind kind, double value);

#endif /* EPA_APPLY_H */
