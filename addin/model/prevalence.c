/*
 * prevalence.c - section 1 of MODEL.md: the local prevalence estimate of
 * annex 4 (regression, urbanity classes, deviation bands, institutions and
 * the step from care prevalence to population prevalence).
 */
#include <math.h>

#include "counts.h"
#include "epa.h"
#include "validate.h"

/* Regression coefficients per percentage point of S, W and A. */
static const double coef_single = 0.1574;
static const double coef_wwb = 0.9021;
static const double coef_ao = 0.6106;

/* Intercept C by CBS class 1..5 (index cls - 1).  2.0722 for niet stedelijk
 * is the corrected value of the March 2017 erratum, not the original. */
static const double intercepts[EPA_URBANITY_MAX] = {
    6.8316, 5.2911, 4.1876, 3.1802, 2.0722,
};

/* Lowest OAD of classes 1..4 (index cls - 1); below the last is class 5.
 * Compared with >= because the report's "500 tot 1.000" gives a boundary
 * value to the denser class. */
static const double oad_floor[EPA_URBANITY_MAX - 1] = {
    2500.0, 1500.0, 1000.0, 500.0,
};

/* Spread of actual minus predicted over PC4 areas in 2014.  Coverage is kept
 * in whole percent so that both 25 and 0.25 can be matched exactly. */
static const struct {
    int pct;
    double lower, upper;
} bands[EPA_COVERAGE_COUNT] = {
    {25, -1.7, 0.6},
    {50, -2.8, 2.1},
    {75, -4.4, 4.7},
    {90, -6.3, 8.3},
    {95, -7.8, 11.1},
};

/* Lets 0.1 + 0.8 count as 0.9 without accepting anything a user could mean
 * as a different coverage. */
#define COVERAGE_TOLERANCE 1e-9
/* actual - predicted of numbers typed with one decimal misses a band bound
 * by about 1e-15 in binary; the table's bounds are inclusive, so that miss
 * must not move an area into the next band. */
#define BOUND_TOLERANCE 1e-9

static int valid_class(int cls)
{
    return cls >= EPA_URBANITY_MIN && cls <= EPA_URBANITY_MAX;
}

epa_error epa_intercept(int cls, double *out)
{
    if (!valid_class(cls))
        return EPA_ERR_CLASS;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = intercepts[cls - 1];
    return EPA_OK;
}

epa_error epa_urbanity(double oad, int *cls)
{
    double v;
    epa_error err = epa_check_quantity(oad, EPA_MAX_OAD, &v);
    if (err != EPA_OK)
        return err;
    /* The OAD around an address includes that address, so 0 means no
     * address at all: most likely an empty cell, which Calc passes as 0. */
    if (v == 0.0)
        return EPA_ERR_ZERO;
    if (cls == NULL)
        return EPA_ERR_NULL_POINTER;
    int c = EPA_URBANITY_MAX;
    for (int i = 0; i < EPA_URBANITY_MAX - 1; i++) {
        if (v >= oad_floor[i]) {
            c = i + 1;
            break;
        }
    }
    *cls = c;
    return EPA_OK;
}

epa_error epa_class_from_number(double value, int *cls)
{
    if (!isfinite(value))
        return EPA_ERR_NOT_FINITE;
    /* 2.5 or 0 is not "close enough": a class is a category, not a measure. */
    if (!(value >= EPA_URBANITY_MIN && value <= EPA_URBANITY_MAX)
        || floor(value) != value)
        return EPA_ERR_CLASS;
    if (cls == NULL)
        return EPA_ERR_NULL_POINTER;
    *cls = (int)value;
    return EPA_OK;
}

/* P of checked inputs: S, W and A in percentage points. */
static double regression(int cls, double s, double w, double a)
{
    return coef_single * s + coef_wwb * w + coef_ao * a + intercepts[cls - 1];
}

epa_error epa_prevalence_class(int cls, double single_pct, double wwb_pct,
                               double ao_pct, double *per_1000)
{
    double s, w, a;
    epa_error err;

    if (!valid_class(cls))
        return EPA_ERR_CLASS;
    if ((err = epa_check_single_pct(single_pct, &s)) != EPA_OK)
        return err;
    if ((err = epa_check_pct(wwb_pct, &w)) != EPA_OK)
        return err;
    if ((err = epa_check_pct(ao_pct, &a)) != EPA_OK)
        return err;
    if (per_1000 == NULL)
        return EPA_ERR_NULL_POINTER;
    *per_1000 = regression(cls, s, w, a);
    return EPA_OK;
}

epa_error epa_prevalence(double oad, double single_pct, double wwb_pct,
                         double ao_pct, double *per_1000)
{
    int cls;
    epa_error err = epa_urbanity(oad, &cls);
    if (err != EPA_OK)
        return err;
    return epa_prevalence_class(cls, single_pct, wwb_pct, ao_pct, per_1000);
}

/* A whole count: above 0 (no area has no households or no inhabitants; 0 is
 * what an empty cell gives). */
static epa_error check_whole(double whole, double *clean)
{
    epa_error err = epa_check_quantity(whole, EPA_MAX_PEOPLE, clean);
    if (err == EPA_OK && *clean == 0.0)
        err = EPA_ERR_ZERO;
    return err;
}

/* A part of a checked whole: in [0, whole]. */
static epa_error check_part(double part, double whole, double *clean)
{
    epa_error err = epa_check_quantity(part, EPA_MAX_PEOPLE, clean);
    if (err == EPA_OK && *clean > whole)
        err = EPA_ERR_PART_EXCEEDS_WHOLE;
    return err;
}

epa_error epa_prevalence_counts_arg(double oad, double households,
                                    double single_households,
                                    double inhabitants, double wwb_count,
                                    double ao_count, double *per_1000,
                                    int *arg)
{
    int cls;
    double hh, sh, inh, wwb, ao;
    int at = EPA_COUNTS_ARG_OAD;
    epa_error err = epa_urbanity(oad, &cls);
    if (err == EPA_OK && (at = EPA_COUNTS_ARG_HOUSEHOLDS, 1))
        err = check_whole(households, &hh);
    if (err == EPA_OK && (at = EPA_COUNTS_ARG_SINGLE, 1))
        err = check_part(single_households, hh, &sh);
    if (err == EPA_OK && (at = EPA_COUNTS_ARG_INHABITANTS, 1))
        err = check_whole(inhabitants, &inh);
    /* Every household has at least one inhabitant: more households than
     * inhabitants are swapped columns or a wrong column, never an area. */
    if (err == EPA_OK && hh > inh) {
        at = EPA_COUNTS_ARG_NONE;
        err = EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS;
    }
    if (err == EPA_OK && (at = EPA_COUNTS_ARG_WWB, 1))
        err = check_part(wwb_count, inh, &wwb);
    if (err == EPA_OK && (at = EPA_COUNTS_ARG_AO, 1))
        err = check_part(ao_count, inh, &ao);
    if (err == EPA_OK) {
        /* The percentages as a user would compute them for EPAPREV,
         * through the same checks: part <= whole keeps each at most 100,
         * and S <= 1 (1% or fewer one-person households, which no real
         * area has) is refused as EPAPREV refuses it, with a reason that
         * speaks of counts. */
        double s, w, a;
        epa_counts_percentages(hh, sh, inh, wwb, ao, &s, &w, &a);
        at = EPA_COUNTS_ARG_SINGLE;
        err = epa_prevalence_class(cls, s, w, a, per_1000);
        if (err == EPA_ERR_PCT_FRACTION)
            err = EPA_ERR_FEW_SINGLE;
    }
    if (arg != NULL)
        *arg = err == EPA_OK ? EPA_COUNTS_ARG_NONE : at;
    return err;
}

epa_error epa_prevalence_counts(double oad, double households,
                                double single_households, double inhabitants,
                                double wwb_count, double ao_count,
                                double *per_1000)
{
    return epa_prevalence_counts_arg(oad, households, single_households,
                                     inhabitants, wwb_count, ao_count,
                                     per_1000, NULL);
}

void epa_counts_percentages(double households, double single_households,
                            double inhabitants, double wwb_count,
                            double ao_count, double *single_pct,
                            double *wwb_pct, double *ao_pct)
{
    /* MODEL.md 1: S of the households, W and A of all inhabitants. */
    *single_pct = single_households / households * 100.0;
    *wwb_pct = wwb_count / inhabitants * 100.0;
    *ao_pct = ao_count / inhabitants * 100.0;
}

double epa_in_care(double per_1000, double adults)
{
    /* Unrounded: the report prints 59 for 58.7, but rounding is the
     * spreadsheet's job, and sums over areas must not add rounding errors. */
    return per_1000 * adults / 1000.0;
}

epa_error epa_adults_from_bands(double factor, double age_15_24,
                                double age_25_44, double age_45_64,
                                double age_65_up, double inhabitants,
                                double *adults)
{
    const double bands[] = { age_15_24, age_25_44, age_45_64, age_65_up };
    double clean[4], inh, f;
    epa_error err;
    if (!isfinite(factor))
        return EPA_ERR_NOT_FINITE;
    if (!(factor >= 0.0 && factor <= 1.0))
        return EPA_ERR_FACTOR;
    f = factor == 0.0 ? 0.0 : factor;
    if ((err = check_whole(inhabitants, &inh)) != EPA_OK)
        return err;
    double sum = 0.0;
    for (int i = 0; i < 4; i++) {
        if ((err = epa_check_quantity(bands[i], EPA_MAX_PEOPLE, &clean[i])) != EPA_OK)
            return err;
        sum += clean[i];
    }
    /* The bands leave out 0-14, so together they can only be fewer: more
     * is a wrong column or a typing error, and would inflate the count. */
    if (sum > inh)
        return EPA_ERR_BANDS_ABOVE_INHABITANTS;
    if (adults == NULL)
        return EPA_ERR_NULL_POINTER;
    *adults = f * clean[0] + clean[1] + clean[2] + clean[3];
    return EPA_OK;
}

epa_error epa_count(double oad, double single_pct, double wwb_pct,
                    double ao_pct, double adults, double *count)
{
    double p, n;
    epa_error err = epa_prevalence(oad, single_pct, wwb_pct, ao_pct, &p);
    if (err != EPA_OK)
        return err;
    if ((err = epa_check_quantity(adults, EPA_MAX_PEOPLE, &n)) != EPA_OK)
        return err;
    if (count == NULL)
        return EPA_ERR_NULL_POINTER;
    *count = epa_in_care(p, n);
    return EPA_OK;
}

double epa_coverage_at(int i)
{
    /* NaN rather than a plausible number, so a bad index cannot pass as a
     * coverage in later arithmetic or comparisons. */
    if (i < 0 || i >= EPA_COVERAGE_COUNT)
        return (double)NAN;
    return bands[i].pct / 100.0;
}

epa_error epa_coverage_index(double coverage, int *index)
{
    if (!isfinite(coverage))
        return EPA_ERR_NOT_FINITE;
    for (int i = 0; i < EPA_COVERAGE_COUNT; i++) {
        double pct = bands[i].pct;
        if (fabs(coverage - pct) <= COVERAGE_TOLERANCE
            || fabs(coverage - pct / 100.0) <= COVERAGE_TOLERANCE) {
            if (index == NULL)
                return EPA_ERR_NULL_POINTER;
            *index = i;
            return EPA_OK;
        }
    }
    return EPA_ERR_COVERAGE;
}

epa_error epa_band(double predicted, double coverage, epa_side side,
                   double *bound)
{
    double p;
    int i;
    epa_error err = epa_check_quantity(predicted, EPA_MAX_PER_1000, &p);
    if (err != EPA_OK)
        return err;
    if ((err = epa_coverage_index(coverage, &i)) != EPA_OK)
        return err;
    if (side != EPA_SIDE_LOW && side != EPA_SIDE_HIGH)
        return EPA_ERR_SIDE;
    if (bound == NULL)
        return EPA_ERR_NULL_POINTER;
    if (side == EPA_SIDE_HIGH) {
        *bound = p + bands[i].upper;
    } else {
        double low = p + bands[i].lower;
        /* A prevalence cannot be negative. */
        *bound = low > 0.0 ? low : 0.0;
    }
    return EPA_OK;
}

epa_error epa_deviation(double actual, double predicted, double *coverage)
{
    double a, p;
    epa_error err = epa_check_quantity(actual, EPA_MAX_PER_1000, &a);
    if (err != EPA_OK)
        return err;
    if ((err = epa_check_quantity(predicted, EPA_MAX_PER_1000, &p)) != EPA_OK)
        return err;
    if (coverage == NULL)
        return EPA_ERR_NULL_POINTER;
    double d = a - p;
    for (int i = 0; i < EPA_COVERAGE_COUNT; i++) {
        if (d >= bands[i].lower - BOUND_TOLERANCE
            && d <= bands[i].upper + BOUND_TOLERANCE) {
            *coverage = epa_coverage_at(i);
            return EPA_OK;
        }
    }
    /* Outside even the 95% band: rarer than in 1 area in 20. */
    *coverage = 1.0;
    return EPA_OK;
}

epa_error epa_institutional(double actual, int *flag)
{
    double a;
    epa_error err = epa_check_quantity(actual, EPA_MAX_PER_1000, &a);
    if (err != EPA_OK)
        return err;
    if (flag == NULL)
        return EPA_ERR_NULL_POINTER;
    /* Strictly above: the report excluded areas "above 42.5". */
    *flag = a > EPA_INSTITUTION_THRESHOLD;
    return EPA_OK;
}

epa_error epa_population(double in_care, double share, double *total)
{
    double n;
    epa_error err = epa_check_quantity(in_care, EPA_MAX_PEOPLE, &n);
    if (err != EPA_OK)
        return err;
    if (!isfinite(share))
        return EPA_ERR_NOT_FINITE;
    /* share = 1 would mean nobody is in care and divide by zero. */
    if (!(share >= 0.0 && share < 1.0))
        return EPA_ERR_SHARE;
    if (total == NULL)
        return EPA_ERR_NULL_POINTER;
    /* 1 - (-0.0) is 1, so -0 needs no special case here. */
    *total = n / (1.0 - share);
    return EPA_OK;
}
