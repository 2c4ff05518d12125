/*
 * test_reference_frame.c - section 2 of MODEL.md (annex 3 of the first
 * report): GGZ budget, spending shares, capacity norms.
 *
 * The tables below are typed in again from MODEL.md, not taken from the
 * implementation, so a slip in either shows up as a difference.
 */
#include "test_util.h"

#define SENTINEL (-12345.0)

#define SHARE_IS(s, c, p, expected)                                          \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_ok(epa_scenario_share(s, c, p, &v_));                         \
        assert_near(v_, expected, 1e-15);                                    \
    } while (0)

#define SHARE_ERR(s, c, p, e)                                                \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_err(epa_scenario_share(s, c, p, &v_), e);                     \
        assert_exact(v_, SENTINEL);                                          \
    } while (0)

#define BUDGET_ERR(t, s, c, p, e)                                            \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_err(epa_scenario_budget(t, s, c, p, &v_), e);                 \
        assert_exact(v_, SENTINEL);                                          \
    } while (0)

#define GGZ_ERR(n, r, e)                                                     \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_err(epa_ggz_budget(n, r, &v_), e);                            \
        assert_exact(v_, SENTINEL);                                          \
    } while (0)

#define NORM_ERR(s, i, b, e)                                                 \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_err(epa_capacity_norm(s, i, b, &v_), e);                      \
        assert_exact(v_, SENTINEL);                                          \
    } while (0)

#define CAPACITY_IS(s, i, n, b, expected)                                    \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_ok(epa_scenario_capacity(s, i, n, b, &v_));                   \
        assert_near(v_, expected, 1e-9);                                     \
    } while (0)

#define CAPACITY_ERR(s, i, n, b, e)                                          \
    do {                                                                     \
        double v_ = SENTINEL;                                                \
        assert_err(epa_scenario_capacity(s, i, n, b, &v_), e);               \
        assert_exact(v_, SENTINEL);                                          \
    } while (0)

#define SCENARIO_NUMBER_ERR(x, e)                                            \
    do {                                                                     \
        epa_scenario s_ = (epa_scenario)77;                                  \
        assert_err(epa_scenario_from_number(x, &s_), e);                     \
        assert_int_equal(s_, 77);                                            \
    } while (0)

static const epa_scenario scenarios[] = {
    EPA_SCENARIO_CURRENT, EPA_SCENARIO_INTENSIFIED, EPA_SCENARIO_INTEGRATED,
};
static const epa_category parts[] = {
    EPA_CATEGORY_CLINICAL, EPA_CATEGORY_SHELTERED,
    EPA_CATEGORY_AMBULATORY_EPA, EPA_CATEGORY_AMBULATORY_OTHER,
};

/* MODEL.md section 2, spending shares as fractions: [scenario][category] */
static const double expected_share[3][4] = {
    {0.38, 0.18, 0.12, 0.32},
    {0.275, 0.125, 0.30, 0.30},
    {0.20, 0.05, 0.50, 0.25},
};

/* ---- GGZ budget --------------------------------------------------------- */

static void test_ggz_budget(void **state)
{
    (void)state;
    double eur = SENTINEL;
    assert_exact(EPA_BUDGET_PER_100K, 38e6);
    assert_ok(epa_ggz_budget(250000.0, 38e6, &eur));
    assert_exact(eur, 95000000.0);
    assert_ok(epa_ggz_budget(100000.0, 38e6, &eur));
    assert_exact(eur, 38000000.0);
    assert_ok(epa_ggz_budget(600000.0, 38e6, &eur));
    assert_exact(eur, 228000000.0);
    assert_ok(epa_ggz_budget(0.0, 38e6, &eur));
    assert_exact(eur, 0.0);
    assert_ok(epa_ggz_budget(-0.0, 38e6, &eur));
    assert_false(signbit(eur));
    assert_ok(epa_ggz_budget(1e9, 1e15, &eur));
    assert_near(eur, 1e19, 1e4);
}

static void test_ggz_budget_errors(void **state)
{
    (void)state;
    GGZ_ERR(NAN, 38e6, EPA_ERR_NOT_FINITE);
    GGZ_ERR(INFINITY, 38e6, EPA_ERR_NOT_FINITE);
    GGZ_ERR(-1.0, 38e6, EPA_ERR_NEGATIVE);
    GGZ_ERR(-99997.0, 38e6, EPA_ERR_NEGATIVE);
    GGZ_ERR(1.000001e9, 38e6, EPA_ERR_TOO_LARGE);
    GGZ_ERR(1e308, 38e6, EPA_ERR_TOO_LARGE);
    GGZ_ERR(250000.0, 0.0, EPA_ERR_ZERO);  /* what an empty cell gives */
    GGZ_ERR(250000.0, -0.0, EPA_ERR_ZERO);
    GGZ_ERR(250000.0, NAN, EPA_ERR_NOT_FINITE);
    GGZ_ERR(250000.0, -INFINITY, EPA_ERR_NOT_FINITE);
    GGZ_ERR(250000.0, -38e6, EPA_ERR_NEGATIVE);
    GGZ_ERR(250000.0, 1.000001e15, EPA_ERR_TOO_LARGE);
    GGZ_ERR(250000.0, 1e308, EPA_ERR_TOO_LARGE);
    GGZ_ERR(NAN, -1.0, EPA_ERR_NOT_FINITE);
    GGZ_ERR(-1.0, NAN, EPA_ERR_NEGATIVE);
    GGZ_ERR(2e9, NAN, EPA_ERR_TOO_LARGE);
    assert_err(epa_ggz_budget(250000.0, 38e6, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- scenarios as numbers ----------------------------------------------- */

static void test_scenario_from_number(void **state)
{
    (void)state;
    epa_scenario s;
    assert_int_equal(EPA_SCENARIO_CURRENT, 0);
    assert_int_equal(EPA_SCENARIO_INTENSIFIED, 1);
    assert_int_equal(EPA_SCENARIO_INTEGRATED, 2);
    assert_ok(epa_scenario_from_number(0.0, &s));
    assert_int_equal(s, EPA_SCENARIO_CURRENT);
    assert_ok(epa_scenario_from_number(-0.0, &s));
    assert_int_equal(s, EPA_SCENARIO_CURRENT);
    assert_ok(epa_scenario_from_number(1.0, &s));
    assert_int_equal(s, EPA_SCENARIO_INTENSIFIED);
    assert_ok(epa_scenario_from_number(2.0, &s));
    assert_int_equal(s, EPA_SCENARIO_INTEGRATED);
    SCENARIO_NUMBER_ERR(3.0, EPA_ERR_SCENARIO);
    SCENARIO_NUMBER_ERR(-1.0, EPA_ERR_SCENARIO);
    SCENARIO_NUMBER_ERR(0.5, EPA_ERR_SCENARIO);
    SCENARIO_NUMBER_ERR(1.0000001, EPA_ERR_SCENARIO);
    SCENARIO_NUMBER_ERR(1e308, EPA_ERR_SCENARIO);
    SCENARIO_NUMBER_ERR(NAN, EPA_ERR_NOT_FINITE);
    SCENARIO_NUMBER_ERR(INFINITY, EPA_ERR_NOT_FINITE);
    assert_err(epa_scenario_from_number(1.0, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- spending shares ---------------------------------------------------- */

static void test_share_every_cell(void **state)
{
    (void)state;
    /* current (2014) */
    SHARE_IS(EPA_SCENARIO_CURRENT, EPA_CATEGORY_CLINICAL, 1.0, 0.38);
    SHARE_IS(EPA_SCENARIO_CURRENT, EPA_CATEGORY_SHELTERED, 1.0, 0.18);
    SHARE_IS(EPA_SCENARIO_CURRENT, EPA_CATEGORY_AMBULATORY_EPA, 1.0, 0.12);
    SHARE_IS(EPA_SCENARIO_CURRENT, EPA_CATEGORY_AMBULATORY_OTHER, 1.0, 0.32);
    SHARE_IS(EPA_SCENARIO_CURRENT, EPA_CATEGORY_TOTAL, 1.0, 1.0);
    /* scenario 1: intensified ambulatory care */
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, 1.0, 0.275);
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_SHELTERED, 1.0, 0.125);
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_AMBULATORY_EPA, 1.0, 0.30);
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_AMBULATORY_OTHER, 1.0,
             0.30);
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_TOTAL, 1.0, 1.0);
    /* scenario 2: integrated GGZ in the neighbourhood */
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_CLINICAL, 1.0, 0.20);
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_SHELTERED, 1.0, 0.05);
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_AMBULATORY_EPA, 1.0, 0.50);
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_AMBULATORY_OTHER, 1.0,
             0.25);
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_TOTAL, 1.0, 1.0);
}

static void test_share_progress_ends_are_exact(void **state)
{
    (void)state;
    for (int s = 0; s < 3; s++) {
        for (int c = 0; c < 4; c++) {
            double v;
            assert_ok(epa_scenario_share(scenarios[s], parts[c], 0.0, &v));
            assert_exact(v, expected_share[0][c]);
            assert_ok(epa_scenario_share(scenarios[s], parts[c], -0.0, &v));
            assert_exact(v, expected_share[0][c]);
            assert_ok(epa_scenario_share(scenarios[s], parts[c], 1.0, &v));
            assert_exact(v, expected_share[s][c]);
        }
    }
}

static void test_share_in_between(void **state)
{
    (void)state;
    /* halfway from 38% to 27.5% */
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, 0.5, 0.3275);
    /* a quarter of the way from 12% to 50% */
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_AMBULATORY_EPA, 0.25, 0.215);
    /* 40% of the way from 18% to 5% */
    SHARE_IS(EPA_SCENARIO_INTEGRATED, EPA_CATEGORY_SHELTERED, 0.4, 0.128);
    /* the current scenario does not move */
    SHARE_IS(EPA_SCENARIO_CURRENT, EPA_CATEGORY_AMBULATORY_OTHER, 0.8, 0.32);
    SHARE_IS(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_TOTAL, 0.4, 1.0);
}

static void test_shares_sum_to_one(void **state)
{
    (void)state;
    const double progress[] = {0.0, 0.25, 0.4, 0.5, 0.8, 1.0};
    for (int s = 0; s < 3; s++) {
        for (size_t p = 0; p < sizeof progress / sizeof progress[0]; p++) {
            double sum = 0.0, v, total;
            for (int c = 0; c < 4; c++) {
                assert_ok(epa_scenario_share(scenarios[s], parts[c],
                                             progress[p], &v));
                assert_true(v > 0.0 && v < 1.0);
                sum += v;
            }
            assert_near(sum, 1.0, 1e-12);
            assert_ok(epa_scenario_share(scenarios[s], EPA_CATEGORY_TOTAL,
                                         progress[p], &total));
            assert_exact(total, 1.0);
        }
    }
}

static void test_share_errors(void **state)
{
    (void)state;
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, -0.0001,
              EPA_ERR_PROGRESS);
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, 1.0001,
              EPA_ERR_PROGRESS);
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, 50.0,
              EPA_ERR_PROGRESS);
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, -99997.0,
              EPA_ERR_PROGRESS);
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, NAN,
              EPA_ERR_NOT_FINITE);
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_CLINICAL, INFINITY,
              EPA_ERR_NOT_FINITE);
    SHARE_ERR(EPA_SCENARIO_INTENSIFIED, EPA_CATEGORY_TOTAL, 2.0,
              EPA_ERR_PROGRESS);
    SHARE_ERR((epa_scenario)3, EPA_CATEGORY_CLINICAL, 0.5, EPA_ERR_SCENARIO);
    SHARE_ERR((epa_scenario)-1, EPA_CATEGORY_CLINICAL, 0.5, EPA_ERR_SCENARIO);
    SHARE_ERR(EPA_SCENARIO_COUNT, EPA_CATEGORY_CLINICAL, 0.5,
              EPA_ERR_SCENARIO);
    SHARE_ERR(EPA_SCENARIO_CURRENT, (epa_category)5, 0.5, EPA_ERR_CATEGORY);
    SHARE_ERR(EPA_SCENARIO_CURRENT, (epa_category)-1, 0.5, EPA_ERR_CATEGORY);
    SHARE_ERR(EPA_SCENARIO_CURRENT, EPA_CATEGORY_COUNT, 0.5,
              EPA_ERR_CATEGORY);
    /* first bad argument decides */
    SHARE_ERR((epa_scenario)9, (epa_category)9, NAN, EPA_ERR_SCENARIO);
    SHARE_ERR(EPA_SCENARIO_CURRENT, (epa_category)9, NAN, EPA_ERR_CATEGORY);
    assert_err(epa_scenario_share(EPA_SCENARIO_CURRENT, EPA_CATEGORY_CLINICAL,
                                  0.5, NULL),
               EPA_ERR_NULL_POINTER);
}

/* ---- budget per category ------------------------------------------------ */

static void test_scenario_budget(void **state)
{
    (void)state;
    double eur;
    assert_ok(epa_scenario_budget(95e6, EPA_SCENARIO_INTENSIFIED,
                                  EPA_CATEGORY_CLINICAL, 1.0, &eur));
    assert_near(eur, 26125000.0, 1e-6);
    assert_ok(epa_scenario_budget(95e6, EPA_SCENARIO_INTEGRATED,
                                  EPA_CATEGORY_AMBULATORY_EPA, 1.0, &eur));
    assert_near(eur, 47500000.0, 1e-6);
    assert_ok(epa_scenario_budget(95e6, EPA_SCENARIO_INTEGRATED,
                                  EPA_CATEGORY_TOTAL, 0.3, &eur));
    assert_exact(eur, 95e6);
    assert_ok(epa_scenario_budget(95e6, EPA_SCENARIO_CURRENT,
                                  EPA_CATEGORY_SHELTERED, 0.0, &eur));
    assert_near(eur, 17100000.0, 1e-6);
    assert_ok(epa_scenario_budget(0.0, EPA_SCENARIO_CURRENT,
                                  EPA_CATEGORY_SHELTERED, 0.0, &eur));
    assert_exact(eur, 0.0);
    assert_ok(epa_scenario_budget(-0.0, EPA_SCENARIO_CURRENT,
                                  EPA_CATEGORY_SHELTERED, 0.0, &eur));
    assert_false(signbit(eur));
    assert_ok(epa_scenario_budget(1e15, EPA_SCENARIO_CURRENT,
                                  EPA_CATEGORY_TOTAL, 0.0, &eur));
    assert_exact(eur, 1e15);
}

/* The printed euro amounts (EUR million per 100,000) are rounded and not
 * consistent with the shares; they may only be "close to". */
static void test_scenario_budget_close_to_printed_amounts(void **state)
{
    (void)state;
    const double printed[3][4] = {
        {15.0, 6.0, 5.0, 12.0},
        {11.0, 5.0, 11.0, 11.0},
        {8.0, 2.0, 19.0, 9.0},
    };
    for (int s = 0; s < 3; s++) {
        for (int c = 0; c < 4; c++) {
            double eur;
            assert_ok(epa_scenario_budget(38e6, scenarios[s], parts[c], 1.0,
                                          &eur));
            assert_near(eur / 1e6, printed[s][c], 1.0);
        }
    }
}

static void test_scenario_budget_errors(void **state)
{
    (void)state;
    const epa_scenario s1 = EPA_SCENARIO_INTENSIFIED;
    const epa_category cl = EPA_CATEGORY_CLINICAL;
    BUDGET_ERR(NAN, s1, cl, 0.5, EPA_ERR_NOT_FINITE);
    BUDGET_ERR(-INFINITY, s1, cl, 0.5, EPA_ERR_NOT_FINITE);
    BUDGET_ERR(-1.0, s1, cl, 0.5, EPA_ERR_NEGATIVE);
    BUDGET_ERR(-99997.0, s1, cl, 0.5, EPA_ERR_NEGATIVE);
    BUDGET_ERR(1.000001e15, s1, cl, 0.5, EPA_ERR_TOO_LARGE);
    BUDGET_ERR(1e308, s1, cl, 0.5, EPA_ERR_TOO_LARGE);
    BUDGET_ERR(95e6, (epa_scenario)3, cl, 0.5, EPA_ERR_SCENARIO);
    BUDGET_ERR(95e6, s1, (epa_category)5, 0.5, EPA_ERR_CATEGORY);
    BUDGET_ERR(95e6, s1, cl, 1.5, EPA_ERR_PROGRESS);
    BUDGET_ERR(95e6, s1, cl, NAN, EPA_ERR_NOT_FINITE);
    /* first bad argument decides */
    BUDGET_ERR(NAN, (epa_scenario)3, (epa_category)5, 2.0, EPA_ERR_NOT_FINITE);
    BUDGET_ERR(-1.0, (epa_scenario)3, (epa_category)5, 2.0, EPA_ERR_NEGATIVE);
    BUDGET_ERR(95e6, (epa_scenario)3, (epa_category)5, 2.0, EPA_ERR_SCENARIO);
    BUDGET_ERR(95e6, s1, (epa_category)5, 2.0, EPA_ERR_CATEGORY);
    assert_err(epa_scenario_budget(95e6, s1, cl, 0.5, NULL), EPA_ERR_NULL_POINTER);
}

/* ---- capacity norms ----------------------------------------------------- */

/* MODEL.md section 2, "Capacity items as numbers"; defined = 0 for "-". */
struct norm_cell {
    int defined;
    double low, mid, high;
};
#define ONE(v) {1, v, v, v}
#define RANGE(lo, mid, hi) {1, lo, mid, hi}
#define NONE {0, 0, 0, 0}

static const struct {
    epa_item item;
    struct norm_cell cell[3];   /* current, scenario 1, scenario 2 */
} expected_norms[] = {
    {EPA_ITEM_FACT_TEAMS, {ONE(2), ONE(4), ONE(5)}},
    {EPA_ITEM_FACT_FTE, {ONE(20), ONE(60), NONE}},
    {EPA_ITEM_FACT_CLIENTS,
     {RANGE(400, 450, 500), ONE(800), RANGE(400, 450, 500)}},
    {EPA_ITEM_IHT_FTE, {NONE, ONE(12), NONE}},
    {EPA_ITEM_VIP_FTE, {NONE, ONE(6.666666666666667), NONE}},
    {EPA_ITEM_NEIGHBOURHOOD_CENTRES, {NONE, NONE, ONE(5)}},
    {EPA_ITEM_NEIGHBOURHOOD_FTE, {NONE, NONE, ONE(200)}},
    {EPA_ITEM_BEDS, {ONE(100), RANGE(60, 65, 70), ONE(40)}},
    {EPA_ITEM_SHORT_STAY_BEDS, {ONE(60), RANGE(30, 35, 40), ONE(20)}},
    {EPA_ITEM_BW_PLACES, {ONE(100), RANGE(60, 65, 70), RANGE(30, 32.5, 35)}},
    {EPA_ITEM_FREED_FTE, {NONE, RANGE(30, 35, 40), NONE}},
    {EPA_ITEM_PEER_FTE, {NONE, ONE(15), NONE}},
};

static void test_norm_every_cell(void **state)
{
    (void)state;
    const size_t rows = sizeof expected_norms / sizeof expected_norms[0];
    assert_int_equal(rows, EPA_ITEM_COUNT);
    for (size_t r = 0; r < rows; r++) {
        for (int s = 0; s < 3; s++) {
            const struct norm_cell *e = &expected_norms[r].cell[s];
            const epa_bound bounds[3] = {EPA_BOUND_LOW, EPA_BOUND_MID,
                                         EPA_BOUND_HIGH};
            const double want[3] = {e->low, e->mid, e->high};
            for (int b = 0; b < 3; b++) {
                double v = SENTINEL;
                epa_error err = epa_capacity_norm(scenarios[s],
                                                  expected_norms[r].item,
                                                  bounds[b], &v);
                if (!e->defined) {
                    /* "-" is an error, never a silent 0 */
                    assert_int_equal(err, EPA_ERR_UNDEFINED);
                    assert_exact(v, SENTINEL);
                } else {
                    if (err != EPA_OK)
                        print_error("item %d scenario %d bound %d\n",
                                    (int)expected_norms[r].item, s, b);
                    assert_int_equal(err, EPA_OK);
                    assert_near(v, want[b], 1e-12);
                }
            }
        }
    }
}

static void test_vip_norm(void **state)
{
    (void)state;
    double v;
    /* 10 fte per 150,000 inhabitants */
    assert_ok(epa_capacity_norm(EPA_SCENARIO_INTENSIFIED, EPA_ITEM_VIP_FTE,
                                EPA_BOUND_MID, &v));
    assert_near(v, 6.6667, 1e-4);
    CAPACITY_IS(EPA_SCENARIO_INTENSIFIED, EPA_ITEM_VIP_FTE, 150000.0,
                EPA_BOUND_LOW, 10.0);
    CAPACITY_IS(EPA_SCENARIO_INTENSIFIED, EPA_ITEM_VIP_FTE, 250000.0,
                EPA_BOUND_HIGH, 16.666666666666668);
}

static void test_capacity_for_250000(void **state)
{
    (void)state;
    const epa_scenario s1 = EPA_SCENARIO_INTENSIFIED;
    CAPACITY_IS(s1, EPA_ITEM_FACT_TEAMS, 250000.0, EPA_BOUND_LOW, 10.0);
    CAPACITY_IS(s1, EPA_ITEM_FACT_TEAMS, 250000.0, EPA_BOUND_MID, 10.0);
    CAPACITY_IS(s1, EPA_ITEM_FACT_TEAMS, 250000.0, EPA_BOUND_HIGH, 10.0);
    CAPACITY_IS(s1, EPA_ITEM_BEDS, 250000.0, EPA_BOUND_LOW, 150.0);
    CAPACITY_IS(s1, EPA_ITEM_BEDS, 250000.0, EPA_BOUND_MID, 162.5);
    CAPACITY_IS(s1, EPA_ITEM_BEDS, 250000.0, EPA_BOUND_HIGH, 175.0);
    CAPACITY_IS(s1, EPA_ITEM_FACT_FTE, 250000.0, EPA_BOUND_MID, 150.0);
    CAPACITY_IS(EPA_SCENARIO_INTEGRATED, EPA_ITEM_NEIGHBOURHOOD_CENTRES,
                250000.0, EPA_BOUND_MID, 12.5);
    CAPACITY_IS(EPA_SCENARIO_INTEGRATED, EPA_ITEM_BW_PLACES, 250000.0,
                EPA_BOUND_MID, 81.25);
    CAPACITY_IS(EPA_SCENARIO_CURRENT, EPA_ITEM_FACT_CLIENTS, 250000.0,
                EPA_BOUND_HIGH, 1250.0);
    CAPACITY_IS(EPA_SCENARIO_CURRENT, EPA_ITEM_BEDS, 0.0, EPA_BOUND_MID, 0.0);
    CAPACITY_IS(EPA_SCENARIO_CURRENT, EPA_ITEM_BEDS, 1e9, EPA_BOUND_MID, 1e6);

    double v;
    assert_ok(epa_scenario_capacity(EPA_SCENARIO_CURRENT, EPA_ITEM_BEDS, -0.0,
                                    EPA_BOUND_MID, &v));
    assert_false(signbit(v));
}

static void test_norm_errors(void **state)
{
    (void)state;
    NORM_ERR((epa_scenario)3, EPA_ITEM_BEDS, EPA_BOUND_LOW, EPA_ERR_SCENARIO);
    NORM_ERR((epa_scenario)-1, EPA_ITEM_BEDS, EPA_BOUND_LOW,
             EPA_ERR_SCENARIO);
    NORM_ERR(EPA_SCENARIO_CURRENT, (epa_item)12, EPA_BOUND_LOW, EPA_ERR_ITEM);
    NORM_ERR(EPA_SCENARIO_CURRENT, (epa_item)-1, EPA_BOUND_LOW, EPA_ERR_ITEM);
    NORM_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_COUNT, EPA_BOUND_LOW,
             EPA_ERR_ITEM);
    NORM_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_BEDS, (epa_bound)3, EPA_ERR_BOUND);
    NORM_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_BEDS, (epa_bound)-1,
             EPA_ERR_BOUND);
    /* first bad argument decides; a bad argument beats "undefined" */
    NORM_ERR((epa_scenario)3, (epa_item)99, (epa_bound)9, EPA_ERR_SCENARIO);
    NORM_ERR(EPA_SCENARIO_CURRENT, (epa_item)99, (epa_bound)9, EPA_ERR_ITEM);
    NORM_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_IHT_FTE, (epa_bound)9,
             EPA_ERR_BOUND);
    NORM_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_IHT_FTE, EPA_BOUND_MID,
             EPA_ERR_UNDEFINED);
    assert_err(epa_capacity_norm(EPA_SCENARIO_CURRENT, EPA_ITEM_BEDS,
                                 EPA_BOUND_MID, NULL),
               EPA_ERR_NULL_POINTER);
}

static void test_capacity_errors(void **state)
{
    (void)state;
    const epa_scenario s1 = EPA_SCENARIO_INTENSIFIED;
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, NAN, EPA_BOUND_LOW, EPA_ERR_NOT_FINITE);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, INFINITY, EPA_BOUND_LOW,
                 EPA_ERR_NOT_FINITE);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, -1.0, EPA_BOUND_LOW, EPA_ERR_NEGATIVE);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, -99997.0, EPA_BOUND_LOW,
                 EPA_ERR_NEGATIVE);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, 1.000001e9, EPA_BOUND_LOW,
                 EPA_ERR_TOO_LARGE);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, 1e308, EPA_BOUND_LOW, EPA_ERR_TOO_LARGE);
    CAPACITY_ERR((epa_scenario)5, EPA_ITEM_BEDS, 250000.0, EPA_BOUND_LOW,
                 EPA_ERR_SCENARIO);
    CAPACITY_ERR(s1, (epa_item)40, 250000.0, EPA_BOUND_LOW, EPA_ERR_ITEM);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, 250000.0, (epa_bound)40, EPA_ERR_BOUND);
    /* every undefined cell, through the capacity function too */
    CAPACITY_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_IHT_FTE, 250000.0,
                 EPA_BOUND_MID, EPA_ERR_UNDEFINED);
    CAPACITY_ERR(EPA_SCENARIO_INTEGRATED, EPA_ITEM_FACT_FTE, 250000.0,
                 EPA_BOUND_LOW, EPA_ERR_UNDEFINED);
    CAPACITY_ERR(s1, EPA_ITEM_NEIGHBOURHOOD_CENTRES, 250000.0,
                 EPA_BOUND_HIGH, EPA_ERR_UNDEFINED);
    /* first bad argument decides, in parameter order */
    CAPACITY_ERR((epa_scenario)5, (epa_item)40, NAN, (epa_bound)40,
                 EPA_ERR_SCENARIO);
    CAPACITY_ERR(s1, (epa_item)40, NAN, (epa_bound)40, EPA_ERR_ITEM);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, NAN, (epa_bound)40, EPA_ERR_NOT_FINITE);
    CAPACITY_ERR(s1, EPA_ITEM_BEDS, -5.0, (epa_bound)40, EPA_ERR_NEGATIVE);
    CAPACITY_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_IHT_FTE, -5.0, EPA_BOUND_MID,
                 EPA_ERR_NEGATIVE);
    CAPACITY_ERR(EPA_SCENARIO_CURRENT, EPA_ITEM_IHT_FTE, 250000.0,
                 (epa_bound)40, EPA_ERR_BOUND);
    assert_err(epa_scenario_capacity(s1, EPA_ITEM_BEDS, 250000.0,
                                     EPA_BOUND_MID, NULL),
               EPA_ERR_NULL_POINTER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ggz_budget),
        cmocka_unit_test(test_ggz_budget_errors),
        cmocka_unit_test(test_scenario_from_number),
        cmocka_unit_test(test_share_every_cell),
        cmocka_unit_test(test_share_progress_ends_are_exact),
        cmocka_unit_test(test_share_in_between),
        cmocka_unit_test(test_shares_sum_to_one),
        cmocka_unit_test(test_share_errors),
        cmocka_unit_test(test_scenario_budget),
        cmocka_unit_test(test_scenario_budget_close_to_printed_amounts),
        cmocka_unit_test(test_scenario_budget_errors),
        cmocka_unit_test(test_norm_every_cell),
        cmocka_unit_test(test_vip_norm),
        cmocka_unit_test(test_capacity_for_250000),
        cmocka_unit_test(test_norm_errors),
        cmocka_unit_test(test_capacity_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
