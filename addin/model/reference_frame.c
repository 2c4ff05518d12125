/*
 * reference_frame.c - section 2 of MODEL.md: the reference frame of annex 3
 * (GGZ budget, spending shares per scenario, capacity norms).
 */
#include <math.h>

#include "epa.h"
#include "validate.h"

/* Shares in percent of the total budget, as printed.  The printed euro
 * amounts are rounded and inconsistent (MODEL.md), so the model is defined
 * by these percentages only.  Each row sums to 100. */
static const double share_pct[EPA_SCENARIO_COUNT][EPA_CATEGORY_TOTAL] = {
    /*                          clinical  BW    amb. EPA  amb. other */
    [EPA_SCENARIO_CURRENT]     = {38.0, 18.0, 12.0, 32.0},
    [EPA_SCENARIO_INTENSIFIED] = {27.5, 12.5, 30.0, 30.0},
    [EPA_SCENARIO_INTEGRATED]  = {20.0,  5.0, 50.0, 25.0},
};

/* A norm per 100,000 inhabitants.  "defined" is separate from the value
 * because "-" in the report means "this scenario says nothing", which must
 * not read as a norm of 0. */
struct norm {
    unsigned char defined;
    double low, high;
};

#define ONE(v) {1, (v), (v)}
#define RANGE(lo, hi) {1, (lo), (hi)}
#define NONE {0, 0.0, 0.0}

/* Laid out like the table in MODEL.md: one row per item, one column per
 * scenario (current, intensified, integrated). */
static const struct norm norms[EPA_ITEM_COUNT][EPA_SCENARIO_COUNT] = {
    [EPA_ITEM_FACT_TEAMS]            = {ONE(2.0), ONE(4.0), ONE(5.0)},
    [EPA_ITEM_FACT_FTE]              = {ONE(20.0), ONE(60.0), NONE},
    [EPA_ITEM_FACT_CLIENTS]          = {RANGE(400.0, 500.0), ONE(800.0),
                                        RANGE(400.0, 500.0)},
    [EPA_ITEM_IHT_FTE]               = {NONE, ONE(12.0), NONE},
    /* Teams of 10 fte per ~150,000 inhabitants; kept as the exact ratio so
     * that 150,000 inhabitants give exactly 10. */
    [EPA_ITEM_VIP_FTE]               = {NONE, ONE(20.0 / 3.0), NONE},
    [EPA_ITEM_NEIGHBOURHOOD_CENTRES] = {NONE, NONE, ONE(5.0)},
    [EPA_ITEM_NEIGHBOURHOOD_FTE]     = {NONE, NONE, ONE(200.0)},
    [EPA_ITEM_BEDS]                  = {ONE(100.0), RANGE(60.0, 70.0),
                                        ONE(40.0)},
    [EPA_ITEM_SHORT_STAY_BEDS]       = {ONE(60.0), RANGE(30.0, 40.0),
                                        ONE(20.0)},
    [EPA_ITEM_BW_PLACES]             = {ONE(100.0), RANGE(60.0, 70.0),
                                        RANGE(30.0, 35.0)},
    [EPA_ITEM_FREED_FTE]             = {NONE, RANGE(30.0, 40.0), NONE},
    [EPA_ITEM_PEER_FTE]              = {NONE, ONE(15.0), NONE},
};

/* Enum arguments come from a spreadsheet through casts; comparing as
 * unsigned also rejects negative values without a second test. */
static int valid_scenario(epa_scenario s)
{
    return (unsigned)s < (unsigned)EPA_SCENARIO_COUNT;
}

static int valid_category(epa_category c)
{
    return (unsigned)c < (unsigned)EPA_CATEGORY_COUNT;
}

static int valid_item(epa_item i)
{
    return (unsigned)i < (unsigned)EPA_ITEM_COUNT;
}

static int valid_bound(epa_bound b)
{
    return b == EPA_BOUND_LOW || b == EPA_BOUND_MID || b == EPA_BOUND_HIGH;
}

epa_error epa_ggz_budget(double inhabitants, double per_100k, double *eur)
{
    double n, rate;
    epa_error err = epa_check_quantity(inhabitants, EPA_MAX_PEOPLE, &n);
    if (err != EPA_OK)
        return err;
    if ((err = epa_check_quantity(per_100k, EPA_MAX_EUR, &rate)) != EPA_OK)
        return err;
    /* No region spends nothing on GGZ; 0 is what an empty cell gives. */
    if (rate == 0.0)
        return EPA_ERR_ZERO;
    if (eur == NULL)
        return EPA_ERR_NULL_POINTER;
    /* Multiply first: 250,000 * 38e6 is exact, and so is the division. */
    *eur = n * rate / 100000.0;
    return EPA_OK;
}

epa_error epa_scenario_from_number(double value, epa_scenario *out)
{
    if (!isfinite(value))
        return EPA_ERR_NOT_FINITE;
    /* Exact only: 1.5 is not a scenario, and -0 == 0 is fine. */
    epa_scenario s;
    if (value == 0.0)
        s = EPA_SCENARIO_CURRENT;
    else if (value == 1.0)
        s = EPA_SCENARIO_INTENSIFIED;
    else if (value == 2.0)
        s = EPA_SCENARIO_INTEGRATED;
    else
        return EPA_ERR_SCENARIO;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = s;
    return EPA_OK;
}

epa_error epa_scenario_share(epa_scenario scenario, epa_category category,
                             double progress, double *share)
{
    if (!valid_scenario(scenario))
        return EPA_ERR_SCENARIO;
    if (!valid_category(category))
        return EPA_ERR_CATEGORY;
    if (!isfinite(progress))
        return EPA_ERR_NOT_FINITE;
    if (!(progress >= 0.0 && progress <= 1.0))
        return EPA_ERR_PROGRESS;
    if (share == NULL)
        return EPA_ERR_NULL_POINTER;
    if (category == EPA_CATEGORY_TOTAL) {
        /* Exactly 1, not the sum of four rounded parts. */
        *share = 1.0;
        return EPA_OK;
    }
    double cur = share_pct[EPA_SCENARIO_CURRENT][category];
    double target = share_pct[scenario][category];
    /* Interpolating in percent and dividing once makes progress 0 and 1
     * give exactly cur/100 and target/100 (all table values and their
     * differences are exact in binary). */
    *share = (cur + progress * (target - cur)) / 100.0;
    return EPA_OK;
}

epa_error epa_scenario_budget(double total_budget, epa_scenario scenario,
                              epa_category category, double progress,
                              double *eur)
{
    double budget, share;
    epa_error err = epa_check_quantity(total_budget, EPA_MAX_EUR, &budget);
    if (err != EPA_OK)
        return err;
    err = epa_scenario_share(scenario, category, progress, &share);
    if (err != EPA_OK)
        return err;
    if (eur == NULL)
        return EPA_ERR_NULL_POINTER;
    *eur = budget * share;
    return EPA_OK;
}

epa_error epa_capacity_norm(epa_scenario scenario, epa_item item,
                            epa_bound bound, double *per_100k)
{
    if (!valid_scenario(scenario))
        return EPA_ERR_SCENARIO;
    if (!valid_item(item))
        return EPA_ERR_ITEM;
    if (!valid_bound(bound))
        return EPA_ERR_BOUND;
    if (per_100k == NULL)
        return EPA_ERR_NULL_POINTER;
    const struct norm *n = &norms[item][scenario];
    if (!n->defined)
        return EPA_ERR_UNDEFINED;
    /* The midpoint of a single value (low == high) is exact. */
    if (bound == EPA_BOUND_LOW)
        *per_100k = n->low;
    else if (bound == EPA_BOUND_HIGH)
        *per_100k = n->high;
    else
        *per_100k = (n->low + n->high) / 2.0;
    return EPA_OK;
}

epa_error epa_scenario_capacity(epa_scenario scenario, epa_item item,
                                double inhabitants, epa_bound bound,
                                double *amount)
{
    double n, norm;
    epa_error err;

    if (!valid_scenario(scenario))
        return EPA_ERR_SCENARIO;
    if (!valid_item(item))
        return EPA_ERR_ITEM;
    if ((err = epa_check_quantity(inhabitants, EPA_MAX_PEOPLE, &n)) != EPA_OK)
        return err;
    if (!valid_bound(bound))
        return EPA_ERR_BOUND;
    if (amount == NULL)
        return EPA_ERR_NULL_POINTER;
    if ((err = epa_capacity_norm(scenario, item, bound, &norm)) != EPA_OK)
        return err;
    *amount = norm * n / 100000.0;
    return EPA_OK;
}
