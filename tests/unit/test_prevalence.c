/*
 * test_prevalence.c - section 1 of MODEL.md (annex 4 of the first report).
 *
 * Every expected value is a literal from MODEL.md or worked out by hand from
 * its numbers; none is computed with the code under test.
 */
#include <limits.h>
#include <stdint.h>

#include "test_util.h"

/* Written into a result before a call that must fail: it must survive. */
#define SENTINEL (-12345.0)
#define ISENTINEL (-12345)

#define PREV_ERR(oad, s, w, a, e)                                            \
    do {                                                                     \
        double out_ = SENTINEL;                                              \
        assert_err(epa_prevalence(oad, s, w, a, &out_), e);                  \
        assert_exact(out_, SENTINEL);                                        \
    } while (0)

#define PREV_CLASS_ERR(cls, s, w, a, e)                                      \
    do {                                                                     \
        double out_ = SENTINEL;                                              \
        assert_err(epa_prevalence_class(cls, s, w, a, &out_), e);            \
        assert_exact(out_, SENTINEL);                                        \
    } while (0)

#define COUNT_ERR(oad, s, w, a, n, e)                                        \
    do {                                                                     \
        double out_ = SENTINEL;                                              \
        assert_err(epa_count(oad, s, w, a, n, &out_), e);                    \
        assert_exact(out_, SENTINEL);                                        \
    } while (0)

#define URBANITY_IS(oad, expected)                                           \
    do {                                                                     \
        int cls_ = ISENTINEL;                                                \
        assert_ok(epa_urbanity(oad, &cls_));                                 \
        assert_int_equal(cls_, expected);                                    \
    } while (0)

#define URBANITY_ERR(oad, e)                                                 \
    do {                                                                     \
        int cls_ = ISENTINEL;                                                \
        assert_err(epa_urbanity(oad, &cls_), e);                             \
        assert_int_equal(cls_, ISENTINEL);                                   \
    } while (0)

#define CLASS_ERR(v, e)                                                      \
    do {                                                                     \
        int cls_ = ISENTINEL;                                                \
        assert_err(epa_class_from_number(v, &cls_), e);                      \
        assert_int_equal(cls_, ISENTINEL);                                   \
    } while (0)

#define BAND_IS(p, cov, side, expected)                                      \
    do {                                                                     \
        double b_ = SENTINEL;                                                \
        assert_ok(epa_band(p, cov, side, &b_));                              \
        assert_near(b_, expected, 1e-9);                                     \
    } while (0)

#define BAND_ERR(p, cov, side, e)                                            \
    do {                                                                     \
        double b_ = SENTINEL;                                                \
        assert_err(epa_band(p, cov, side, &b_), e);                          \
        assert_exact(b_, SENTINEL);                                          \
    } while (0)

#define DEVIATION_IS(actual, predicted, expected)                            \
    do {                                                                     \
        double c_ = SENTINEL;                                                \
        assert_ok(epa_deviation(actual, predicted, &c_));                    \
        assert_exact(c_, expected);                                          \
    } while (0)

#define DEVIATION_ERR(actual, predicted, e)                                  \
    do {                                                                     \
        double c_ = SENTINEL;                                                \
        assert_err(epa_deviation(actual, predicted, &c_), e);                \
        assert_exact(c_, SENTINEL);                                          \
    } while (0)

#define COVERAGE_INDEX_IS(c, expected)                                       \
    do {                                                                     \
        int i_ = ISENTINEL;                                                  \
        assert_ok(epa_coverage_index(c, &i_));                               \
        assert_int_equal(i_, expected);                                      \
    } while (0)

#define COVERAGE_INDEX_ERR(c, e)                                             \
    do {                                                                     \
        int i_ = ISENTINEL;                                                  \
        assert_err(epa_coverage_index(c, &i_), e);                           \
        assert_int_equal(i_, ISENTINEL);                                     \
    } while (0)

#define INSTITUTIONAL_ERR(a, e)                                              \
    do {                                                                     \
        int f_ = ISENTINEL;                                                  \
        assert_err(epa_institutional(a, &f_), e);                            \
        assert_int_equal(f_, ISENTINEL);                                     \
    } while (0)

#define POPULATION_ERR(n, s, e)                                              \
    do {                                                                     \
        double t_ = SENTINEL;                                                \
        assert_err(epa_population(n, s, &t_), e);                            \
        assert_exact(t_, SENTINEL);                                          \
    } while (0)

/* ---- the worked example of the report ---------------------------------- */

static void test_worked_example_by_class(void **state)
{
    (void)state;
    double p = SENTINEL;
    /* matig stedelijk = CBS class 3 */
    assert_ok(epa_prevalence_class(3, 23.14, 5.60, 3.45, &p));
    assert_near(p, 14.988166, 1e-6);
    assert_exact(round_to(p, 2), 14.99);
}

static void test_worked_example_by_oad(void **state)
{
    (void)state;
    double p = SENTINEL;
    assert_ok(epa_prevalence(1200.0, 23.14, 5.60, 3.45, &p));
    assert_near(p, 14.988166, 1e-6);
    assert_exact(round_to(p, 2), 14.99);
}

static void test_worked_example_terms(void **state)
{
    (void)state;
    double c, ps, psw, pswa;
    /* Each term is the change in P when its variable goes from 0 to the
     * example's value; the report prints them rounded to 4 decimals. */
    assert_ok(epa_intercept(3, &c));
    assert_exact(c, 4.1876);
    assert_ok(epa_prevalence_class(3, 23.14, 0.0, 0.0, &ps));
    assert_ok(epa_prevalence_class(3, 23.14, 5.60, 0.0, &psw));
    assert_ok(epa_prevalence_class(3, 23.14, 5.60, 3.45, &pswa));
    assert_near(round_to(ps - c, 4), 3.6422, 1e-12);
    assert_near(round_to(psw - ps, 4), 5.0518, 1e-12);
    assert_near(round_to(pswa - psw, 4), 2.1066, 1e-12);
    /* Unrounded: 0.1574 * 23.14, 0.9021 * 5.60, 0.6106 * 3.45. */
    assert_near(ps - c, 3.642236, 1e-9);
    assert_near(psw - ps, 5.05176, 1e-9);
    assert_near(pswa - psw, 2.10657, 1e-9);
}

static void test_worked_example_count(void **state)
{
    (void)state;
    double n = SENTINEL;
    assert_ok(epa_count(1200.0, 23.14, 5.60, 3.45, 3917.0, &n));
    assert_near(round_to(n, 1), 58.7, 1e-12);
    assert_exact(round(n), 59.0);
    /* 14.988166 * 3917 / 1000, unrounded */
    assert_near(n, 58.708646222, 1e-6);
}

/* ---- intercepts and coefficients --------------------------------------- */

static void test_every_intercept(void **state)
{
    (void)state;
    double c;
    assert_ok(epa_intercept(1, &c));
    assert_exact(c, 6.8316);
    assert_ok(epa_intercept(2, &c));
    assert_exact(c, 5.2911);
    assert_ok(epa_intercept(3, &c));
    assert_exact(c, 4.1876);
    assert_ok(epa_intercept(4, &c));
    assert_exact(c, 3.1802);
    /* the erratum value of March 2017 */
    assert_ok(epa_intercept(5, &c));
    assert_exact(c, 2.0722);
}

static void test_intercept_errors(void **state)
{
    (void)state;
    const int bad[] = {0, 6, -1, 100, INT_MIN, INT_MAX};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double c = SENTINEL;
        assert_err(epa_intercept(bad[i], &c), EPA_ERR_CLASS);
        assert_exact(c, SENTINEL);
    }
    assert_err(epa_intercept(3, NULL), EPA_ERR_NULL_POINTER);
}

static void test_coefficients_per_class(void **state)
{
    (void)state;
    double p;
    /* S = W = A = 100: 15.74 + 90.21 + 61.06 = 167.01, plus C. */
    assert_ok(epa_prevalence_class(1, 100.0, 100.0, 100.0, &p));
    assert_near(p, 173.8416, 1e-9);
    assert_ok(epa_prevalence_class(2, 100.0, 100.0, 100.0, &p));
    assert_near(p, 172.3011, 1e-9);
    assert_ok(epa_prevalence_class(3, 100.0, 100.0, 100.0, &p));
    assert_near(p, 171.1976, 1e-9);
    assert_ok(epa_prevalence_class(4, 100.0, 100.0, 100.0, &p));
    assert_near(p, 170.1902, 1e-9);
    assert_ok(epa_prevalence_class(5, 100.0, 100.0, 100.0, &p));
    assert_near(p, 169.0822, 1e-9);
    /* One coefficient at a time (S must stay above 1). */
    assert_ok(epa_prevalence_class(5, 10.0, 0.0, 0.0, &p));
    assert_near(p, 1.574 + 2.0722, 1e-12);
    assert_ok(epa_prevalence_class(5, 10.0, 10.0, 0.0, &p));
    assert_near(p, 1.574 + 9.021 + 2.0722, 1e-12);
    assert_ok(epa_prevalence_class(5, 10.0, 0.0, 10.0, &p));
    assert_near(p, 1.574 + 6.106 + 2.0722, 1e-12);
}

static void test_prevalence_by_oad_uses_the_class(void **state)
{
    (void)state;
    double p;
    assert_ok(epa_prevalence(2500.0, 100.0, 100.0, 100.0, &p));
    assert_near(p, 173.8416, 1e-9);
    assert_ok(epa_prevalence(2499.999, 100.0, 100.0, 100.0, &p));
    assert_near(p, 172.3011, 1e-9);
    assert_ok(epa_prevalence(1000.0, 100.0, 100.0, 100.0, &p));
    assert_near(p, 171.1976, 1e-9);
    assert_ok(epa_prevalence(500.0, 100.0, 100.0, 100.0, &p));
    assert_near(p, 170.1902, 1e-9);
    assert_ok(epa_prevalence(499.999, 100.0, 100.0, 100.0, &p));
    assert_near(p, 169.0822, 1e-9);
}

/* ---- urbanity classes --------------------------------------------------- */

static void test_urbanity_boundaries(void **state)
{
    (void)state;
    URBANITY_ERR(0.0, EPA_ERR_ZERO);   /* what an empty cell gives */
    URBANITY_ERR(-0.0, EPA_ERR_ZERO);
    URBANITY_IS(0.001, 5);
    URBANITY_IS(499.999, 5);
    URBANITY_IS(500.0, 4);
    URBANITY_IS(999.999, 4);
    URBANITY_IS(1000.0, 3);
    URBANITY_IS(1499.999, 3);
    URBANITY_IS(1500.0, 2);
    URBANITY_IS(2499.999, 2);
    URBANITY_IS(2500.0, 1);
    URBANITY_IS(10000.0, 1);
    URBANITY_IS(100000.0, 1);   /* EPA_MAX_OAD itself is accepted */
}

static void test_urbanity_errors(void **state)
{
    (void)state;
    URBANITY_ERR(-99997.0, EPA_ERR_NEGATIVE);   /* CBS suppression code */
    URBANITY_ERR(-0.001, EPA_ERR_NEGATIVE);
    URBANITY_ERR(NAN, EPA_ERR_NOT_FINITE);
    URBANITY_ERR(INFINITY, EPA_ERR_NOT_FINITE);
    URBANITY_ERR(-INFINITY, EPA_ERR_NOT_FINITE);
    URBANITY_ERR(100000.001, EPA_ERR_TOO_LARGE);
    URBANITY_ERR(1e308, EPA_ERR_TOO_LARGE);
    assert_err(epa_urbanity(1200.0, NULL), EPA_ERR_NULL_POINTER);
}

static void test_class_from_number(void **state)
{
    (void)state;
    int cls = ISENTINEL;
    for (int i = 1; i <= 5; i++) {
        assert_ok(epa_class_from_number((double)i, &cls));
        assert_int_equal(cls, i);
    }
    CLASS_ERR(0.0, EPA_ERR_CLASS);
    CLASS_ERR(-0.0, EPA_ERR_CLASS);
    CLASS_ERR(6.0, EPA_ERR_CLASS);
    CLASS_ERR(-1.0, EPA_ERR_CLASS);
    CLASS_ERR(1.5, EPA_ERR_CLASS);
    CLASS_ERR(0.999999, EPA_ERR_CLASS);
    CLASS_ERR(5.000001, EPA_ERR_CLASS);
    CLASS_ERR(-99997.0, EPA_ERR_CLASS);
    CLASS_ERR(1e308, EPA_ERR_CLASS);
    CLASS_ERR(NAN, EPA_ERR_NOT_FINITE);
    CLASS_ERR(INFINITY, EPA_ERR_NOT_FINITE);
    CLASS_ERR(-INFINITY, EPA_ERR_NOT_FINITE);
    assert_err(epa_class_from_number(3.0, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- input checks of the prevalence ------------------------------------ */

static void test_single_pct_checks(void **state)
{
    (void)state;
    double p;
    /* The percent-format trap: 23.14% stored as 0.2314. */
    PREV_ERR(1200.0, 0.2314, 5.60, 3.45, EPA_ERR_PCT_FRACTION);
    PREV_ERR(1200.0, 1.0, 5.60, 3.45, EPA_ERR_PCT_FRACTION);
    PREV_ERR(1200.0, 0.0, 5.60, 3.45, EPA_ERR_PCT_FRACTION);
    PREV_ERR(1200.0, -0.0, 5.60, 3.45, EPA_ERR_PCT_FRACTION);
    assert_ok(epa_prevalence(1200.0, 1.000001, 5.60, 3.45, &p));
    assert_ok(epa_prevalence(1200.0, 100.0, 5.60, 3.45, &p));
    PREV_ERR(1200.0, 100.0001, 5.60, 3.45, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, 1e308, 5.60, 3.45, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, -99997.0, 5.60, 3.45, EPA_ERR_NEGATIVE);
    PREV_ERR(1200.0, -23.14, 5.60, 3.45, EPA_ERR_NEGATIVE);
    PREV_ERR(1200.0, NAN, 5.60, 3.45, EPA_ERR_NOT_FINITE);
    PREV_ERR(1200.0, INFINITY, 5.60, 3.45, EPA_ERR_NOT_FINITE);
    PREV_ERR(1200.0, -INFINITY, 5.60, 3.45, EPA_ERR_NOT_FINITE);
    PREV_CLASS_ERR(3, 0.2314, 5.60, 3.45, EPA_ERR_PCT_FRACTION);
    PREV_CLASS_ERR(3, 100.0001, 5.60, 3.45, EPA_ERR_PCT_ABOVE_100);
}

static void test_wwb_and_ao_checks(void **state)
{
    (void)state;
    double p;
    /* 0 is a valid share of benefit receivers (and -0 counts as 0). */
    assert_ok(epa_prevalence(1200.0, 23.14, 0.0, 0.0, &p));
    assert_near(p, 3.642236 + 4.1876, 1e-9);
    assert_ok(epa_prevalence(1200.0, 23.14, -0.0, -0.0, &p));
    assert_near(p, 3.642236 + 4.1876, 1e-9);
    assert_ok(epa_prevalence(1200.0, 23.14, 100.0, 100.0, &p));
    /* Below 1 is fine here: only single_pct has the fraction check. */
    assert_ok(epa_prevalence(1200.0, 23.14, 0.5, 0.5, &p));

    PREV_ERR(1200.0, 23.14, 100.0001, 3.45, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, 23.14, 1e308, 3.45, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, 23.14, -99997.0, 3.45, EPA_ERR_NEGATIVE);
    PREV_ERR(1200.0, 23.14, NAN, 3.45, EPA_ERR_NOT_FINITE);
    PREV_ERR(1200.0, 23.14, INFINITY, 3.45, EPA_ERR_NOT_FINITE);
    PREV_ERR(1200.0, 23.14, 5.60, 100.0001, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, 23.14, 5.60, 1e308, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, 23.14, 5.60, -99997.0, EPA_ERR_NEGATIVE);
    PREV_ERR(1200.0, 23.14, 5.60, NAN, EPA_ERR_NOT_FINITE);
    PREV_ERR(1200.0, 23.14, 5.60, -INFINITY, EPA_ERR_NOT_FINITE);
}

static void test_oad_checks_in_prevalence(void **state)
{
    (void)state;
    PREV_ERR(-99997.0, 23.14, 5.60, 3.45, EPA_ERR_NEGATIVE);
    PREV_ERR(NAN, 23.14, 5.60, 3.45, EPA_ERR_NOT_FINITE);
    PREV_ERR(INFINITY, 23.14, 5.60, 3.45, EPA_ERR_NOT_FINITE);
    PREV_ERR(1e308, 23.14, 5.60, 3.45, EPA_ERR_TOO_LARGE);
    PREV_ERR(100000.001, 23.14, 5.60, 3.45, EPA_ERR_TOO_LARGE);
    PREV_CLASS_ERR(0, 23.14, 5.60, 3.45, EPA_ERR_CLASS);
    PREV_CLASS_ERR(6, 23.14, 5.60, 3.45, EPA_ERR_CLASS);
    assert_err(epa_prevalence(1200.0, 23.14, 5.60, 3.45, NULL),
               EPA_ERR_NULL_POINTER);
    assert_err(epa_prevalence_class(3, 23.14, 5.60, 3.45, NULL),
               EPA_ERR_NULL_POINTER);
}

static void test_first_bad_argument_decides(void **state)
{
    (void)state;
    PREV_ERR(NAN, -1.0, 200.0, NAN, EPA_ERR_NOT_FINITE);
    PREV_ERR(-1.0, NAN, 200.0, NAN, EPA_ERR_NEGATIVE);
    PREV_ERR(1e6, NAN, NAN, NAN, EPA_ERR_TOO_LARGE);
    PREV_ERR(1200.0, -1.0, NAN, NAN, EPA_ERR_NEGATIVE);
    PREV_ERR(1200.0, 0.2314, NAN, -1.0, EPA_ERR_PCT_FRACTION);
    PREV_ERR(1200.0, 23.14, 101.0, NAN, EPA_ERR_PCT_ABOVE_100);
    PREV_ERR(1200.0, 23.14, 5.60, -1.0, EPA_ERR_NEGATIVE);
    PREV_CLASS_ERR(7, NAN, NAN, NAN, EPA_ERR_CLASS);
    PREV_CLASS_ERR(3, 200.0, NAN, NAN, EPA_ERR_PCT_ABOVE_100);
    COUNT_ERR(NAN, 23.14, 5.60, 3.45, -1.0, EPA_ERR_NOT_FINITE);
    COUNT_ERR(1200.0, 0.5, 5.60, 3.45, NAN, EPA_ERR_PCT_FRACTION);
    COUNT_ERR(1200.0, 23.14, 5.60, -3.45, NAN, EPA_ERR_NEGATIVE);
}

/* ---- count -------------------------------------------------------------- */

/* The worked example of annex 4 as CBS counts: 2,314 of 10,000 households
 * one-person (23.14%), 560 and 345 of 10,000 inhabitants with WWB and AO
 * (5.60%, 3.45%), matig stedelijk: 14.988166. */
static void test_prevalence_from_cbs_counts(void **state)
{
    (void)state;
    double p = -1.0;
    assert_ok(epa_prevalence_counts(1200, 10000, 2314, 10000, 560, 345, &p));
    assert_near(p, 14.988166, 1e-12);
    /* The same shares from other totals give the same prevalence. */
    assert_ok(epa_prevalence_counts(1200, 5000, 1157, 20000, 1120, 690, &p));
    assert_near(p, 14.988166, 1e-12);
    /* 2 of 100 households is 2%, above EPAPREV's limit of 1. */
    assert_ok(epa_prevalence_counts(2500, 100, 2, 100, 0, 0, &p));
    assert_near(p, 2 * 0.1574 + 6.8316, 1e-12);
    /* Every part equal to its whole, households equal to inhabitants. */
    assert_ok(epa_prevalence_counts(400, 100, 100, 100, 100, 100, &p));
    assert_near(p, 15.74 + 90.21 + 61.06 + 2.0722, 1e-9);
}

/* Real rows of CBS KWB 2023 (Utrecht): gemeente GM0344 (OAD 3588, 367,947
 * inhabitants, 187,640 households of which 95,359 one-person, 10,410 WWB,
 * 13,800 AO) and wijk WK034401 (OAD 3944, 29,040, 15,480, 8,165, 710, 830),
 * both class 1.  Expected: P of section 1.1 worked out from the shares
 * (50.820%, 2.8292%, 3.7505%; 52.745%, 2.4449%, 2.8581%). */
static void test_prevalence_from_real_cbs_rows(void **state)
{
    (void)state;
    double p = -1.0;
    assert_ok(epa_prevalence_counts(3588, 187640, 95359, 367947, 10410, 13800, &p));
    assert_near(p, 19.673009327520518, 1e-9);
    assert_ok(epa_prevalence_counts(3944, 15480, 8165, 29040, 710, 830, &p));
    assert_near(p, 19.084457939863753, 1e-9);
    /* Households and inhabitants swapped gave 20.41 before: now refused. */
    p = -1.0;
    assert_err(epa_prevalence_counts(3588, 367947, 95359, 187640, 10410, 13800, &p),
               EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    assert_err(epa_prevalence_counts(3944, 29040, 8165, 15480, 710, 830, &p),
               EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    assert_exact(p, -1.0);
}

static void test_prevalence_from_cbs_counts_errors(void **state)
{
    (void)state;
    double p = -1.0;
    assert_err(epa_prevalence_counts(1200, 0, 0, 10000, 560, 345, &p), EPA_ERR_ZERO);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, 0, 0, 0, &p), EPA_ERR_ZERO);
    assert_err(epa_prevalence_counts(1200, 10000, 10001, 10000, 560, 345, &p),
               EPA_ERR_PART_EXCEEDS_WHOLE);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, 10000, 10001, 345, &p),
               EPA_ERR_PART_EXCEEDS_WHOLE);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, 10000, 560, 10001, &p),
               EPA_ERR_PART_EXCEEDS_WHOLE);
    /* EPAPREV refuses S <= 1 (a percent-formatted cell); from counts the
     * same share is refused, with its own reason. */
    assert_err(epa_prevalence(2500, 1.0, 0, 0, &p), EPA_ERR_PCT_FRACTION);
    assert_err(epa_prevalence_counts(2500, 100, 1, 100, 0, 0, &p), EPA_ERR_FEW_SINGLE);
    assert_err(epa_prevalence_counts(2500, 100, 0, 100, 0, 0, &p), EPA_ERR_FEW_SINGLE);
    assert_err(epa_prevalence_counts(2500, 300, 3, 1000, 0, 0, &p), EPA_ERR_FEW_SINGLE);
    assert_err(epa_prevalence_counts(2500, 100000, 999, 200000, 0, 0, &p), EPA_ERR_FEW_SINGLE);
    assert_ok(epa_prevalence_counts(2500, 100000, 1001, 200000, 0, 0, &p));
    p = -1.0;
    /* More households than inhabitants; 100 times as many. */
    assert_err(epa_prevalence_counts(1200, 10001, 2314, 10000, 560, 345, &p),
               EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    assert_err(epa_prevalence_counts(1200, 1000000, 231400, 10000, 560, 345, &p),
               EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    /* CBS suppression codes are negative. */
    assert_err(epa_prevalence_counts(1200, 10000, -99997, 10000, 560, 345, &p),
               EPA_ERR_NEGATIVE);
    assert_err(epa_prevalence_counts(1200, -99997, -99997, 10000, 560, 345, &p),
               EPA_ERR_NEGATIVE);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, 10000, 560, NAN, &p),
               EPA_ERR_NOT_FINITE);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, INFINITY, 560, 345, &p),
               EPA_ERR_NOT_FINITE);
    assert_err(epa_prevalence_counts(0, 10000, 2314, 10000, 560, 345, &p), EPA_ERR_ZERO);
    assert_err(epa_prevalence_counts(1200, 2e9, 2314, 3e9, 560, 345, &p), EPA_ERR_TOO_LARGE);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, 2e9, 560, 345, &p), EPA_ERR_TOO_LARGE);
    assert_err(epa_prevalence_counts(1200, 10000, 2314, 10000, 560, 345, NULL), EPA_ERR_NULL_POINTER);
    assert_exact(p, -1.0);
}

/* The documented order of checks (epa.h): the first failure decides. */
static void test_prevalence_from_cbs_counts_order(void **state)
{
    (void)state;
    double p = -1.0;
    /* oad before everything */
    assert_err(epa_prevalence_counts(-1, 0, 5, 1, -1, 7, &p), EPA_ERR_NEGATIVE);
    /* households before one-person households */
    assert_err(epa_prevalence_counts(1200, 0, -1, 100, 0, 0, &p), EPA_ERR_ZERO);
    /* one-person households before inhabitants */
    assert_err(epa_prevalence_counts(1200, 100, 101, 0, 0, 0, &p), EPA_ERR_PART_EXCEEDS_WHOLE);
    /* inhabitants before households above inhabitants */
    assert_err(epa_prevalence_counts(1200, 100, 20, 0, 0, 0, &p), EPA_ERR_ZERO);
    /* households above inhabitants before the benefit counts */
    assert_err(epa_prevalence_counts(1200, 100, 20, 99, 500, -1, &p),
               EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    /* wwb before ao */
    assert_err(epa_prevalence_counts(1200, 100, 20, 200, 201, -1, &p), EPA_ERR_PART_EXCEEDS_WHOLE);
    assert_err(epa_prevalence_counts(1200, 100, 20, 200, -1, 201, &p), EPA_ERR_NEGATIVE);
    /* the counts before the share of one-person households */
    assert_err(epa_prevalence_counts(1200, 100, 1, 200, 0, 201, &p), EPA_ERR_PART_EXCEEDS_WHOLE);
    assert_exact(p, -1.0);
}

/* splitmix64: a fixed seed, so every run draws the same counts. */
static uint64_t rng_state = 0x18cb5eedULL;
static uint64_t rng(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
/* A whole number in [0, n]. */
static double below(uint64_t n) { return (double)(rng() % (n + 1)); }

/* A count of the kind tested: mostly a plausible one of its whole, at
 * times above it, exactly 1% of it, 0, negative (a CBS code), fractional,
 * beyond 10^9 or not finite. */
static double draw_part(double whole)
{
    switch (rng() % 16) {
    case 0: return 0.0;
    case 1: return whole + below(10);
    case 2: return whole / 100.0;
    case 3: return -99997.0;
    case 4: return whole * 0.0137;
    case 5: return 2e9;
    case 6: return (rng() % 2) ? INFINITY : NAN;
    case 7: return whole;
    default: return whole >= 0 && whole < 1e12 ? below((uint64_t)whole) : 5.0;
    }
}
static double draw_whole(void)
{
    switch (rng() % 12) {
    case 0: return 0.0;
    case 1: return -99997.0;
    case 2: return 1.5e9;
    case 3: return 100.0 * (double)(1 + rng() % 1000); /* 1% is exact */
    default: return below(50000);
    }
}

/* EPAPREVCBS(counts) against EPAPREV(the percentages a user would compute
 * from them: part / whole * 100): where EPAPREV refuses, EPAPREVCBS
 * refuses; where both give a number it is the same number, bit for bit;
 * where only EPAPREVCBS refuses, the counts themselves are impossible in a
 * way the percentages cannot show (households above inhabitants, a count
 * negative or beyond 10^9 or not finite while the ratio looks fine). */
static void test_prevalence_counts_agree_with_prevalence(void **state)
{
    (void)state;
    static const double oads[] = { 1200, 2500, 499.999, 100000, 3588, 0, -1, 100001 };
    int both_ok = 0, both_err = 0, only_counts = 0, few_single = 0;
    for (int i = 0; i < 200000; i++) {
        double oad = oads[rng() % (sizeof oads / sizeof oads[0])];
        double hh = draw_whole(), inh;
        switch (rng() % 4) {
        case 0: inh = draw_whole(); break;           /* anything, swapped too */
        case 1: inh = hh; break;
        default: inh = hh * 1.5 + below(20000); break; /* plausible */
        }
        double sh = draw_part(hh), wwb = draw_part(inh), ao = draw_part(inh);
        double s = sh / hh * 100.0, w = wwb / inh * 100.0, a = ao / inh * 100.0;
        double by_pct = SENTINEL, by_counts = SENTINEL;
        epa_error e_pct = epa_prevalence(oad, s, w, a, &by_pct);
        epa_error e_counts = epa_prevalence_counts(oad, hh, sh, inh, wwb, ao, &by_counts);
        if (e_pct != EPA_OK) {
            if (e_counts == EPA_OK)
                print_error("EPAPREV(%.17g; %.17g; %.17g; %.17g) refuses (%s), EPAPREVCBS("
                            "%.17g; %.17g; %.17g; %.17g; %.17g; %.17g) gives %.17g\n",
                            oad, s, w, a, epa_strerror(e_pct), oad, hh, sh, inh, wwb, ao,
                            by_counts);
            assert_int_not_equal(e_counts, EPA_OK);
            assert_exact(by_counts, SENTINEL);
            both_err++;
            if (e_pct == EPA_ERR_PCT_FRACTION && e_counts == EPA_ERR_FEW_SINGLE)
                few_single++;
        } else if (e_counts == EPA_OK) {
            assert_exact(by_counts, by_pct);
            both_ok++;
        } else {
            int impossible = hh > inh;
            const double counts[] = { hh, sh, inh, wwb, ao };
            for (int k = 0; k < 5; k++)
                impossible |= !isfinite(counts[k]) || counts[k] < 0 || counts[k] > 1e9;
            if (!impossible)
                print_error("EPAPREVCBS(%.17g; %.17g; %.17g; %.17g; %.17g; %.17g) refuses "
                            "(%s) what EPAPREV accepts\n",
                            oad, hh, sh, inh, wwb, ao, epa_strerror(e_counts));
            assert_true(impossible);
            only_counts++;
        }
    }
    /* The draws reach every branch, and the 1% boundary often. */
    assert_true(both_ok > 10000);
    assert_true(both_err > 10000);
    assert_true(only_counts > 1000);
    assert_true(few_single > 1000);
}

static void test_count_adults(void **state)
{
    (void)state;
    double n;
    assert_ok(epa_count(1200.0, 23.14, 5.60, 3.45, 0.0, &n));
    assert_exact(n, 0.0);
    assert_ok(epa_count(1200.0, 23.14, 5.60, 3.45, -0.0, &n));
    assert_exact(n, 0.0);
    assert_false(signbit(n));
    assert_ok(epa_count(1200.0, 23.14, 5.60, 3.45, 1000.0, &n));
    assert_near(n, 14.988166, 1e-9);
    assert_ok(epa_count(1200.0, 23.14, 5.60, 3.45, 1e9, &n));
    assert_near(n, 14988166.0, 1e-3);
    COUNT_ERR(1200.0, 23.14, 5.60, 3.45, 1.000001e9, EPA_ERR_TOO_LARGE);
    COUNT_ERR(1200.0, 23.14, 5.60, 3.45, 1e308, EPA_ERR_TOO_LARGE);
    COUNT_ERR(1200.0, 23.14, 5.60, 3.45, -99997.0, EPA_ERR_NEGATIVE);
    COUNT_ERR(1200.0, 23.14, 5.60, 3.45, -1.0, EPA_ERR_NEGATIVE);
    COUNT_ERR(1200.0, 23.14, 5.60, 3.45, NAN, EPA_ERR_NOT_FINITE);
    COUNT_ERR(1200.0, 23.14, 5.60, 3.45, INFINITY, EPA_ERR_NOT_FINITE);
    assert_err(epa_count(1200.0, 23.14, 5.60, 3.45, 3917.0, NULL),
               EPA_ERR_NULL_POINTER);
}

/* ---- coverages and bands ------------------------------------------------ */

static void test_coverage_at(void **state)
{
    (void)state;
    assert_int_equal(EPA_COVERAGE_COUNT, 5);
    assert_exact(epa_coverage_at(0), 0.25);
    assert_exact(epa_coverage_at(1), 0.5);
    assert_exact(epa_coverage_at(2), 0.75);
    assert_exact(epa_coverage_at(3), 0.9);
    assert_exact(epa_coverage_at(4), 0.95);
    assert_true(isnan(epa_coverage_at(-1)));
    assert_true(isnan(epa_coverage_at(5)));
    assert_true(isnan(epa_coverage_at(INT_MIN)));
    assert_true(isnan(epa_coverage_at(INT_MAX)));
}

static void test_coverage_index(void **state)
{
    (void)state;
    COVERAGE_INDEX_IS(25.0, 0);
    COVERAGE_INDEX_IS(0.25, 0);
    COVERAGE_INDEX_IS(50.0, 1);
    COVERAGE_INDEX_IS(0.5, 1);
    COVERAGE_INDEX_IS(75.0, 2);
    COVERAGE_INDEX_IS(0.75, 2);
    COVERAGE_INDEX_IS(90.0, 3);
    COVERAGE_INDEX_IS(0.9, 3);
    COVERAGE_INDEX_IS(95.0, 4);
    COVERAGE_INDEX_IS(0.95, 4);
    /* Arithmetic in a cell: 0.1 + 0.8 is 0.9000000000000000222. */
    volatile double a = 0.1, b = 0.8;
    COVERAGE_INDEX_IS(a + b, 3);
    COVERAGE_INDEX_IS(25.0 + 1e-10, 0);
    COVERAGE_INDEX_IS(0.95 - 1e-10, 4);

    COVERAGE_INDEX_ERR(0.0, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(1.0, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(100.0, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(0.3, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(24.9, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(25.001, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(0.25 + 1e-6, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(-25.0, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(-0.25, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(1e308, EPA_ERR_COVERAGE);
    COVERAGE_INDEX_ERR(NAN, EPA_ERR_NOT_FINITE);
    COVERAGE_INDEX_ERR(INFINITY, EPA_ERR_NOT_FINITE);
    COVERAGE_INDEX_ERR(-INFINITY, EPA_ERR_NOT_FINITE);
    assert_err(epa_coverage_index(25.0, NULL), EPA_ERR_NULL_POINTER);
}

static void test_band_rows(void **state)
{
    (void)state;
    /* predicted 10: [10 - lower, 10 + upper] for every row */
    BAND_IS(10.0, 25.0, EPA_SIDE_LOW, 8.3);
    BAND_IS(10.0, 25.0, EPA_SIDE_HIGH, 10.6);
    BAND_IS(10.0, 50.0, EPA_SIDE_LOW, 7.2);
    BAND_IS(10.0, 50.0, EPA_SIDE_HIGH, 12.1);
    BAND_IS(10.0, 75.0, EPA_SIDE_LOW, 5.6);
    BAND_IS(10.0, 75.0, EPA_SIDE_HIGH, 14.7);
    BAND_IS(10.0, 90.0, EPA_SIDE_LOW, 3.7);
    BAND_IS(10.0, 90.0, EPA_SIDE_HIGH, 18.3);
    BAND_IS(10.0, 95.0, EPA_SIDE_LOW, 2.2);
    BAND_IS(10.0, 95.0, EPA_SIDE_HIGH, 21.1);
    /* the same rows given as fractions */
    BAND_IS(10.0, 0.25, EPA_SIDE_LOW, 8.3);
    BAND_IS(10.0, 0.5, EPA_SIDE_HIGH, 12.1);
    BAND_IS(10.0, 0.75, EPA_SIDE_LOW, 5.6);
    BAND_IS(10.0, 0.75, EPA_SIDE_HIGH, 14.7);
    BAND_IS(10.0, 0.9, EPA_SIDE_LOW, 3.7);
    BAND_IS(10.0, 0.95, EPA_SIDE_HIGH, 21.1);
    /* the worked example with 75% coverage: [P - 4.4, P + 4.7] */
    BAND_IS(14.988166, 75.0, EPA_SIDE_LOW, 10.588166);
    BAND_IS(14.988166, 75.0, EPA_SIDE_HIGH, 19.688166);
}

static void test_band_clamps_at_zero(void **state)
{
    (void)state;
    double b;
    BAND_IS(1.0, 25.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(1.0, 25.0, EPA_SIDE_HIGH, 1.6);
    BAND_IS(5.0, 75.0, EPA_SIDE_LOW, 0.6);
    BAND_IS(5.0, 90.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(5.0, 95.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(0.0, 25.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(0.0, 25.0, EPA_SIDE_HIGH, 0.6);
    BAND_IS(0.0, 95.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(0.0, 95.0, EPA_SIDE_HIGH, 11.1);
    /* exactly on the clamp, and just above it */
    BAND_IS(1.7, 25.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(7.8, 95.0, EPA_SIDE_LOW, 0.0);
    BAND_IS(7.9, 95.0, EPA_SIDE_LOW, 0.1);
    /* never -0 */
    assert_ok(epa_band(1.7, 25.0, EPA_SIDE_LOW, &b));
    assert_false(signbit(b));
    assert_ok(epa_band(-0.0, 25.0, EPA_SIDE_LOW, &b));
    assert_false(signbit(b));
    /* the largest prevalence is accepted */
    BAND_IS(1000.0, 95.0, EPA_SIDE_HIGH, 1011.1);
}

static void test_band_errors(void **state)
{
    (void)state;
    BAND_ERR(-0.1, 25.0, EPA_SIDE_LOW, EPA_ERR_NEGATIVE);
    BAND_ERR(-99997.0, 25.0, EPA_SIDE_LOW, EPA_ERR_NEGATIVE);
    BAND_ERR(NAN, 25.0, EPA_SIDE_LOW, EPA_ERR_NOT_FINITE);
    BAND_ERR(INFINITY, 25.0, EPA_SIDE_HIGH, EPA_ERR_NOT_FINITE);
    BAND_ERR(1000.0001, 25.0, EPA_SIDE_HIGH, EPA_ERR_TOO_LARGE);
    BAND_ERR(1e308, 25.0, EPA_SIDE_HIGH, EPA_ERR_TOO_LARGE);
    BAND_ERR(10.0, 1.0, EPA_SIDE_LOW, EPA_ERR_COVERAGE);
    BAND_ERR(10.0, 100.0, EPA_SIDE_LOW, EPA_ERR_COVERAGE);
    BAND_ERR(10.0, 0.0, EPA_SIDE_LOW, EPA_ERR_COVERAGE);
    BAND_ERR(10.0, NAN, EPA_SIDE_LOW, EPA_ERR_NOT_FINITE);
    BAND_ERR(10.0, 25.0, (epa_side)2, EPA_ERR_SIDE);
    BAND_ERR(10.0, 25.0, (epa_side)-1, EPA_ERR_SIDE);
    /* first bad argument decides */
    BAND_ERR(NAN, 3.0, (epa_side)7, EPA_ERR_NOT_FINITE);
    BAND_ERR(-1.0, NAN, (epa_side)7, EPA_ERR_NEGATIVE);
    BAND_ERR(10.0, 3.0, (epa_side)7, EPA_ERR_COVERAGE);
    BAND_ERR(10.0, INFINITY, (epa_side)7, EPA_ERR_NOT_FINITE);
    assert_err(epa_band(10.0, 25.0, EPA_SIDE_LOW, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- deviation ---------------------------------------------------------- */

static void test_deviation_every_bound(void **state)
{
    (void)state;
    /* predicted 20; each bound inclusive, and 0.01 beyond it */
    DEVIATION_IS(20.0, 20.0, 0.25);
    DEVIATION_IS(18.3, 20.0, 0.25);
    DEVIATION_IS(20.6, 20.0, 0.25);
    DEVIATION_IS(18.29, 20.0, 0.5);
    DEVIATION_IS(20.61, 20.0, 0.5);
    DEVIATION_IS(17.2, 20.0, 0.5);
    DEVIATION_IS(22.1, 20.0, 0.5);
    DEVIATION_IS(17.19, 20.0, 0.75);
    DEVIATION_IS(22.11, 20.0, 0.75);
    DEVIATION_IS(15.6, 20.0, 0.75);
    DEVIATION_IS(24.7, 20.0, 0.75);
    DEVIATION_IS(15.59, 20.0, 0.9);
    DEVIATION_IS(24.71, 20.0, 0.9);
    DEVIATION_IS(13.7, 20.0, 0.9);
    DEVIATION_IS(28.3, 20.0, 0.9);
    DEVIATION_IS(13.69, 20.0, 0.95);
    DEVIATION_IS(28.31, 20.0, 0.95);
    DEVIATION_IS(12.2, 20.0, 0.95);
    DEVIATION_IS(31.1, 20.0, 0.95);
    DEVIATION_IS(12.19, 20.0, 1.0);
    DEVIATION_IS(31.11, 20.0, 1.0);
    DEVIATION_IS(0.0, 20.0, 1.0);
    DEVIATION_IS(1000.0, 20.0, 1.0);
}

static void test_deviation_binary_rounding_at_bounds(void **state)
{
    (void)state;
    /* 10 - 11.7 is not exactly -1.7 in binary, yet lies on the bound. */
    DEVIATION_IS(10.0, 11.7, 0.25);
    DEVIATION_IS(0.3, 2.0, 0.25);
    DEVIATION_IS(3.3, 2.7, 0.25);     /* +0.6 */
    DEVIATION_IS(11.8, 14.6, 0.5);    /* -2.8 */
    DEVIATION_IS(16.8, 14.7, 0.5);    /* +2.1 */
    DEVIATION_IS(0.1, 4.5, 0.75);     /* -4.4 */
    DEVIATION_IS(9.8, 5.1, 0.75);     /* +4.7 */
    DEVIATION_IS(0.7, 7.0, 0.9);      /* -6.3 */
    DEVIATION_IS(8.4, 0.1, 0.9);      /* +8.3 */
    DEVIATION_IS(0.1, 7.9, 0.95);     /* -7.8 */
    DEVIATION_IS(11.2, 0.1, 0.95);    /* +11.1 */
    /* but a real miss of 1e-6 is outside */
    DEVIATION_IS(10.0, 11.700001, 0.5);
    DEVIATION_IS(11.2, 0.099999, 1.0);
}

static void test_deviation_errors(void **state)
{
    (void)state;
    DEVIATION_ERR(-0.1, 10.0, EPA_ERR_NEGATIVE);
    DEVIATION_ERR(-99997.0, 10.0, EPA_ERR_NEGATIVE);
    DEVIATION_ERR(NAN, 10.0, EPA_ERR_NOT_FINITE);
    DEVIATION_ERR(INFINITY, 10.0, EPA_ERR_NOT_FINITE);
    DEVIATION_ERR(1000.0001, 10.0, EPA_ERR_TOO_LARGE);
    DEVIATION_ERR(10.0, -0.1, EPA_ERR_NEGATIVE);
    DEVIATION_ERR(10.0, -99997.0, EPA_ERR_NEGATIVE);
    DEVIATION_ERR(10.0, NAN, EPA_ERR_NOT_FINITE);
    DEVIATION_ERR(10.0, -INFINITY, EPA_ERR_NOT_FINITE);
    DEVIATION_ERR(10.0, 1e308, EPA_ERR_TOO_LARGE);
    DEVIATION_ERR(NAN, -1.0, EPA_ERR_NOT_FINITE);
    DEVIATION_ERR(-1.0, NAN, EPA_ERR_NEGATIVE);
    DEVIATION_ERR(2000.0, NAN, EPA_ERR_TOO_LARGE);
    assert_err(epa_deviation(10.0, 11.7, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- institutions ------------------------------------------------------- */

static void test_institutional(void **state)
{
    (void)state;
    int flag = ISENTINEL;
    assert_exact(EPA_INSTITUTION_THRESHOLD, 42.5);
    assert_ok(epa_institutional(42.5, &flag));
    assert_int_equal(flag, 0);
    assert_ok(epa_institutional(nextafter(42.5, 100.0), &flag));
    assert_int_equal(flag, 1);
    assert_ok(epa_institutional(42.500001, &flag));
    assert_int_equal(flag, 1);
    assert_ok(epa_institutional(42.499999, &flag));
    assert_int_equal(flag, 0);
    assert_ok(epa_institutional(0.0, &flag));
    assert_int_equal(flag, 0);
    assert_ok(epa_institutional(1000.0, &flag));
    assert_int_equal(flag, 1);
    INSTITUTIONAL_ERR(-0.1, EPA_ERR_NEGATIVE);
    INSTITUTIONAL_ERR(-99997.0, EPA_ERR_NEGATIVE);
    INSTITUTIONAL_ERR(NAN, EPA_ERR_NOT_FINITE);
    INSTITUTIONAL_ERR(INFINITY, EPA_ERR_NOT_FINITE);
    INSTITUTIONAL_ERR(1000.0001, EPA_ERR_TOO_LARGE);
    INSTITUTIONAL_ERR(1e308, EPA_ERR_TOO_LARGE);
    assert_err(epa_institutional(50.0, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- population prevalence ---------------------------------------------- */

static void test_population(void **state)
{
    (void)state;
    double t = SENTINEL;
    assert_exact(EPA_NOT_IN_CARE_SHARE, 0.25);
    /* 216,000 / (1 - 0.25) = 288,000 (the report says 281,000) */
    assert_ok(epa_population(216000.0, 0.25, &t));
    assert_near(t, 288000.0, 1e-9);
    assert_ok(epa_population(216000.0, 0.0, &t));
    assert_exact(t, 216000.0);
    assert_ok(epa_population(216000.0, -0.0, &t));
    assert_exact(t, 216000.0);
    assert_ok(epa_population(216000.0, 0.99, &t));
    assert_near(t, 21600000.0, 1e-6);
    assert_ok(epa_population(0.0, 0.5, &t));
    assert_exact(t, 0.0);
    assert_ok(epa_population(-0.0, 0.5, &t));
    assert_false(signbit(t));
    assert_ok(epa_population(1e9, 0.0, &t));
    assert_exact(t, 1e9);
}

static void test_population_errors(void **state)
{
    (void)state;
    POPULATION_ERR(216000.0, 1.0, EPA_ERR_SHARE);
    POPULATION_ERR(216000.0, 1.5, EPA_ERR_SHARE);
    POPULATION_ERR(216000.0, 25.0, EPA_ERR_SHARE);
    POPULATION_ERR(216000.0, -0.1, EPA_ERR_SHARE);
    POPULATION_ERR(216000.0, -99997.0, EPA_ERR_SHARE);
    POPULATION_ERR(216000.0, NAN, EPA_ERR_NOT_FINITE);
    POPULATION_ERR(216000.0, INFINITY, EPA_ERR_NOT_FINITE);
    POPULATION_ERR(-1.0, 0.25, EPA_ERR_NEGATIVE);
    POPULATION_ERR(-99997.0, 0.25, EPA_ERR_NEGATIVE);
    POPULATION_ERR(NAN, 0.25, EPA_ERR_NOT_FINITE);
    POPULATION_ERR(-INFINITY, 0.25, EPA_ERR_NOT_FINITE);
    POPULATION_ERR(1.000001e9, 0.25, EPA_ERR_TOO_LARGE);
    POPULATION_ERR(1e308, 0.25, EPA_ERR_TOO_LARGE);
    POPULATION_ERR(NAN, 2.0, EPA_ERR_NOT_FINITE);
    POPULATION_ERR(-1.0, 2.0, EPA_ERR_NEGATIVE);
    assert_err(epa_population(216000.0, 0.25, NULL), EPA_ERR_NULL_POINTER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example_by_class),
        cmocka_unit_test(test_worked_example_by_oad),
        cmocka_unit_test(test_worked_example_terms),
        cmocka_unit_test(test_worked_example_count),
        cmocka_unit_test(test_every_intercept),
        cmocka_unit_test(test_intercept_errors),
        cmocka_unit_test(test_coefficients_per_class),
        cmocka_unit_test(test_prevalence_by_oad_uses_the_class),
        cmocka_unit_test(test_urbanity_boundaries),
        cmocka_unit_test(test_urbanity_errors),
        cmocka_unit_test(test_class_from_number),
        cmocka_unit_test(test_single_pct_checks),
        cmocka_unit_test(test_wwb_and_ao_checks),
        cmocka_unit_test(test_oad_checks_in_prevalence),
        cmocka_unit_test(test_first_bad_argument_decides),
        cmocka_unit_test(test_count_adults),
        cmocka_unit_test(test_coverage_at),
        cmocka_unit_test(test_coverage_index),
        cmocka_unit_test(test_band_rows),
        cmocka_unit_test(test_band_clamps_at_zero),
        cmocka_unit_test(test_band_errors),
        cmocka_unit_test(test_deviation_every_bound),
        cmocka_unit_test(test_deviation_binary_rounding_at_bounds),
        cmocka_unit_test(test_deviation_errors),
        cmocka_unit_test(test_institutional),
        cmocka_unit_test(test_population),
        cmocka_unit_test(test_population_errors),
        cmocka_unit_test(test_prevalence_from_cbs_counts),
        cmocka_unit_test(test_prevalence_from_real_cbs_rows),
        cmocka_unit_test(test_prevalence_from_cbs_counts_errors),
        cmocka_unit_test(test_prevalence_from_cbs_counts_order),
        cmocka_unit_test(test_prevalence_counts_agree_with_prevalence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
