/*
 * validate.c - the shared number checks (see validate.h for the order).
 *
 * *clean is written only on success, like the public functions' results.
 */
#include <math.h>

#include "validate.h"

epa_error epa_check_quantity(double value, double max, double *clean)
{
    if (!isfinite(value))
        return EPA_ERR_NOT_FINITE;
    /* -0.0 < 0 is false, so -0 passes here and is normalised below. */
    if (value < 0.0)
        return EPA_ERR_NEGATIVE;
    if (value > max)
        return EPA_ERR_TOO_LARGE;
    *clean = value == 0.0 ? 0.0 : value;
    return EPA_OK;
}

epa_error epa_check_pct(double value, double *clean)
{
    double v;
    epa_error err = epa_check_quantity(value, HUGE_VAL, &v);
    if (err != EPA_OK)
        return err;
    if (v > 100.0)
        return EPA_ERR_PCT_ABOVE_100;
    *clean = v;
    return EPA_OK;
}

epa_error epa_check_single_pct(double value, double *clean)
{
    double v;
    epa_error err = epa_check_pct(value, &v);
    if (err != EPA_OK)
        return err;
    if (v <= 1.0)
        return EPA_ERR_PCT_FRACTION;
    *clean = v;
    return EPA_OK;
}
