/*
 * fuzz_model.c - libFuzzer target for the numeric validators and every
 * model function of include/epa.h, with arbitrary doubles: the input's
 * bytes are taken as raw IEEE-754 bit patterns, so NaNs with any payload,
 * infinities, -0 and subnormals all occur; enum and class arguments are
 * raw ints, out-of-range ones included.
 *
 * Invariants (abort on violation):
 *  - EPA_OK if and only if every argument is inside its documented range
 *    (the README's limits, restated here independently of the code);
 *  - on EPA_OK every result is finite and >= 0 (and inside the range the
 *    function documents, e.g. a share in [0, 1], a class 1-5);
 *  - on an error the output is exactly as it was (compared bit by bit);
 *  - a NULL output pointer never gives EPA_OK.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "epa.h"
#include "validate.h"
#include "fuzz_util.h"

static double rd_double(reader *r)
{
    /* One byte picks either a raw bit pattern or a value near a limit, so
     * that boundaries are hit far more often than raw bits would. */
    static const double near[] = {
        0.0, -0.0, 1.0, 100.0, 1000.0, 500.0, 1000.0, 1500.0, 2500.0, 42.5,
        1e5, 1e9, 1e15, 0.25, 0.5, 0.75, 0.9, 0.95, 25, 50, 75, 90, 95, 2.0,
        3.0, 4.0, 5.0, 6.0, 0.1, 1.0 - 1e-16,
    };
    uint8_t how;
    take(r, &how, 1);
    if (how < 128) {
        double d;
        take(r, &d, sizeof d);
        return d;
    }
    double base = near[how % (sizeof near / sizeof near[0])];
    int8_t ulps;
    take(r, &ulps, 1);
    /* A few ulps either side of the limit. */
    for (int i = 0; i < (ulps < 0 ? -ulps : ulps) % 4; i++)
        base = nextafter(base, ulps < 0 ? -INFINITY : INFINITY);
    return base;
}

static int rd_int(reader *r)
{
    int8_t small;
    take(r, &small, 1);
    if (small != -128)
        return small % 8; /* mostly near the valid enum values */
    int32_t v;
    take(r, &v, sizeof v);
    return v;
}

static int untouched(double d)
{
    double s = sentinel();
    return memcmp(&d, &s, sizeof d) == 0;
}

static int in(double v, double lo, double hi)
{
    return v >= lo && v <= hi; /* false for NaN */
}

/* Checks one double-valued call: OK exactly when valid, finite >= 0 (and
 * <= max) on OK, untouched on error. */
#define CHECK_DOUBLE_CALL(valid, max, call_with_out, call_with_null)         \
    do {                                                                     \
        double out_ = sentinel();                                            \
        epa_error e_ = call_with_out;                                        \
        CHECK((e_ == EPA_OK) == (valid));                                    \
        if (e_ == EPA_OK) {                                                  \
            CHECK(isfinite(out_) && out_ >= 0.0 && out_ <= (max));           \
            CHECK(!signbit(out_));                                           \
        } else {                                                             \
            CHECK(e_ > EPA_OK && e_ < EPA_ERR_COUNT);                        \
            CHECK(untouched(out_));                                          \
        }                                                                    \
        CHECK(call_with_null != EPA_OK);                                     \
    } while (0)

static int valid_pct(double v) { return in(v, 0.0, 100.0); }
static int valid_single(double v) { return v > 1.0 && v <= 100.0; }
static int valid_class(int c) { return c >= 1 && c <= 5; }
static int valid_coverage(double c)
{
    static const double pct[] = { 25, 50, 75, 90, 95 };
    for (int i = 0; i < 5; i++)
        if (fabs(c - pct[i]) <= 1e-9 || fabs(c - pct[i] / 100) <= 1e-9)
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = { data, size };
    double a = rd_double(&r), b = rd_double(&r), c = rd_double(&r), d = rd_double(&r),
           e = rd_double(&r);
    int i1 = rd_int(&r), i2 = rd_int(&r), i3 = rd_int(&r);
    const double big = HUGE_VAL;

    /* ---- validators ---- */
    static const double maxima[] = { EPA_MAX_OAD, EPA_MAX_PEOPLE, EPA_MAX_EUR,
                                     EPA_MAX_PER_1000, HUGE_VAL };
    for (size_t k = 0; k < sizeof maxima / sizeof maxima[0]; k++) {
        double out = sentinel();
        epa_error err = epa_check_quantity(a, maxima[k], &out);
        CHECK((err == EPA_OK) == (isfinite(a) && in(a, 0.0, maxima[k])));
        if (err == EPA_OK)
            CHECK(out == a && !signbit(out));
        else
            CHECK(untouched(out));
    }
    CHECK_DOUBLE_CALL(valid_pct(a), 100.0, epa_check_pct(a, &out_), EPA_ERR_MISSING);
    CHECK_DOUBLE_CALL(valid_single(a), 100.0, epa_check_single_pct(a, &out_), EPA_ERR_MISSING);

    /* ---- section 1 ---- */
    CHECK_DOUBLE_CALL(valid_class(i1), 10.0, epa_intercept(i1, &out_), epa_intercept(i1, NULL));
    {
        int cls = -7;
        epa_error err = epa_urbanity(a, &cls);
        CHECK((err == EPA_OK) == (in(a, 0.0, EPA_MAX_OAD) && a != 0.0));
        if (err == EPA_OK)
            CHECK(cls == (a >= 2500 ? 1 : a >= 1500 ? 2 : a >= 1000 ? 3 : a >= 500 ? 4 : 5));
        else
            CHECK(cls == -7);
        CHECK(epa_urbanity(a, NULL) != EPA_OK);
        cls = -7;
        err = epa_class_from_number(a, &cls);
        CHECK((err == EPA_OK) == (a == 1 || a == 2 || a == 3 || a == 4 || a == 5));
        CHECK(err == EPA_OK ? cls == (int)a : cls == -7);
        CHECK(epa_class_from_number(a, NULL) != EPA_OK);
    }
    int prev_valid = valid_single(b) && valid_pct(c) && valid_pct(d);
    /* The largest prevalence: 0.1574*100 + 0.9021*100 + 0.6106*100 + 6.8316. */
    const double max_prev = 175.0;
    CHECK_DOUBLE_CALL(valid_class(i1) && prev_valid, max_prev,
                      epa_prevalence_class(i1, b, c, d, &out_),
                      epa_prevalence_class(i1, b, c, d, NULL));
    CHECK_DOUBLE_CALL((in(a, 0.0, EPA_MAX_OAD) && a != 0.0) && prev_valid, max_prev,
                      epa_prevalence(a, b, c, d, &out_), epa_prevalence(a, b, c, d, NULL));
    CHECK_DOUBLE_CALL((in(a, 0.0, EPA_MAX_OAD) && a != 0.0) && prev_valid && in(e, 0.0, EPA_MAX_PEOPLE),
                      max_prev * EPA_MAX_PEOPLE / 1000, epa_count(a, b, c, d, e, &out_),
                      epa_count(a, b, c, d, e, NULL));
    {
        int idx = -7;
        epa_error err = epa_coverage_index(b, &idx);
        CHECK((err == EPA_OK) == valid_coverage(b));
        CHECK(err == EPA_OK ? (idx >= 0 && idx < EPA_COVERAGE_COUNT) : idx == -7);
        if (err == EPA_OK)
            CHECK(fabs(b - epa_coverage_at(idx)) <= 1e-9 || fabs(b - 100 * epa_coverage_at(idx)) <= 1e-7);
        CHECK(epa_coverage_index(b, NULL) != EPA_OK);
        double at = epa_coverage_at(i1);
        CHECK(i1 >= 0 && i1 < EPA_COVERAGE_COUNT ? in(at, 0.25, 0.95) : isnan(at));
    }
    int side_ok = i2 == EPA_SIDE_LOW || i2 == EPA_SIDE_HIGH;
    CHECK_DOUBLE_CALL(in(a, 0.0, 1000.0) && valid_coverage(b) && side_ok, 1000.0 + 11.1,
                      epa_band(a, b, (epa_side)i2, &out_), epa_band(a, b, (epa_side)i2, NULL));
    if (in(a, 0.0, 1000.0) && valid_coverage(b)) {
        double lo = sentinel(), hi = sentinel();
        CHECK(epa_band(a, b, EPA_SIDE_LOW, &lo) == EPA_OK);
        CHECK(epa_band(a, b, EPA_SIDE_HIGH, &hi) == EPA_OK);
        CHECK(lo <= a && a <= hi);
    }
    {
        double cov = sentinel();
        epa_error err = epa_deviation(a, b, &cov);
        CHECK((err == EPA_OK) == (in(a, 0.0, 1000.0) && in(b, 0.0, 1000.0)));
        if (err == EPA_OK)
            CHECK(cov == 0.25 || cov == 0.5 || cov == 0.75 || cov == 0.9 || cov == 0.95 || cov == 1.0);
        else
            CHECK(untouched(cov));
        CHECK(epa_deviation(a, b, NULL) != EPA_OK);
        int flag = -7;
        err = epa_institutional(a, &flag);
        CHECK((err == EPA_OK) == in(a, 0.0, 1000.0));
        CHECK(err == EPA_OK ? flag == (a > 42.5) : flag == -7);
        CHECK(epa_institutional(a, NULL) != EPA_OK);
    }
    /* in_care / (1 - share): at most 1e9 / 2^-53. */
    CHECK_DOUBLE_CALL(in(a, 0.0, EPA_MAX_PEOPLE) && b >= 0.0 && b < 1.0, big,
                      epa_population(a, b, &out_), epa_population(a, b, NULL));

    /* ---- section 2 ---- */
    CHECK_DOUBLE_CALL(in(a, 0.0, EPA_MAX_PEOPLE) && in(b, 0.0, EPA_MAX_EUR) && b != 0.0,
                      EPA_MAX_PEOPLE * EPA_MAX_EUR / 1e5, epa_ggz_budget(a, b, &out_),
                      epa_ggz_budget(a, b, NULL));
    {
        epa_scenario s = (epa_scenario)-7;
        epa_error err = epa_scenario_from_number(c, &s);
        CHECK((err == EPA_OK) == (c == 0 || c == 1 || c == 2));
        CHECK(err == EPA_OK ? (int)s == (int)c : (int)s == -7);
        CHECK(epa_scenario_from_number(c, NULL) != EPA_OK);
    }
    int scen_ok = i1 >= 0 && i1 < EPA_SCENARIO_COUNT;
    int cat_ok = i2 >= 0 && i2 < EPA_CATEGORY_COUNT;
    int item_ok = i2 >= 0 && i2 < EPA_ITEM_COUNT;
    int bound_ok = i3 >= 0 && i3 <= EPA_BOUND_HIGH;
    CHECK_DOUBLE_CALL(scen_ok && cat_ok && in(d, 0.0, 1.0), 1.0,
                      epa_scenario_share((epa_scenario)i1, (epa_category)i2, d, &out_),
                      epa_scenario_share((epa_scenario)i1, (epa_category)i2, d, NULL));
    CHECK_DOUBLE_CALL(in(a, 0.0, EPA_MAX_EUR) && scen_ok && cat_ok && in(d, 0.0, 1.0), EPA_MAX_EUR,
                      epa_scenario_budget(a, (epa_scenario)i1, (epa_category)i2, d, &out_),
                      epa_scenario_budget(a, (epa_scenario)i1, (epa_category)i2, d, NULL));
    {
        /* Which norms exist is the model's table; the fuzzer checks the
         * rest and that norm and capacity agree on it. */
        double norm = sentinel();
        epa_error err = epa_capacity_norm((epa_scenario)i1, (epa_item)i2, (epa_bound)i3, &norm);
        CHECK(err == EPA_OK || err == EPA_ERR_UNDEFINED || !(scen_ok && item_ok && bound_ok));
        CHECK(err != EPA_OK || (scen_ok && item_ok && bound_ok));
        if (err == EPA_OK)
            CHECK(isfinite(norm) && norm >= 0.0 && norm <= 1000.0);
        else
            CHECK(untouched(norm));
        CHECK(epa_capacity_norm((epa_scenario)i1, (epa_item)i2, (epa_bound)i3, NULL) != EPA_OK);
        int defined = err == EPA_OK;
        CHECK_DOUBLE_CALL(defined && in(e, 0.0, EPA_MAX_PEOPLE), 1000.0 * EPA_MAX_PEOPLE / 1e5,
                          epa_scenario_capacity((epa_scenario)i1, (epa_item)i2, e, (epa_bound)i3, &out_),
                          epa_scenario_capacity((epa_scenario)i1, (epa_item)i2, e, (epa_bound)i3, NULL));
        CHECK(item_ok ? epa_item_key((epa_item)i2) != NULL : epa_item_key((epa_item)i2) == NULL);
    }
    CHECK(epa_strerror((epa_error)i1) != NULL);
    return 0;
}
