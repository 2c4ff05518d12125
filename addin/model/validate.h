/*
 * validate.h - the input checks shared by both sections of the model.
 *
 * One place decides the order of checks for a number (not finite, then
 * negative, then too large), so every function reports the same code for
 * the same mistake.  Each check writes the value it accepted to *clean with
 * -0.0 turned into +0.0: a spreadsheet may hand over -0, and it should not
 * come back out as "-0" in a result.
 */
#ifndef EPA_MODEL_VALIDATE_H
#define EPA_MODEL_VALIDATE_H

#include "epa.h"

/* finite, >= 0 and <= max. */
epa_error epa_check_quantity(double value, double max, double *clean);

/* Percentage points in [0, 100]. */
epa_error epa_check_pct(double value, double *clean);

/* Percentage of one-person households: (1, 100].  A value <= 1 is almost
 * surely a percent-formatted cell (23.14% is stored as 0.2314); no real PC4
 * area has 1% or fewer single-person households. */
epa_error epa_check_single_pct(double value, double *clean);

#endif /* EPA_MODEL_VALIDATE_H */
