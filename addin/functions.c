/*
 * functions.c - the spreadsheet functions as wrappers around the model.
 * Arguments are converted in order, so the first bad one decides the error.
 */
#include "functions.h"

/* Converts the first n cells to numbers. */
static epa_error numbers(const epa_cell *args, int n, double *v)
{
    for (int i = 0; i < n; i++) {
        epa_error e = epa_cell_number(&args[i], &v[i]);
        if (e != EPA_OK)
            return e;
    }
    return EPA_OK;
}

static epa_error scenario_arg(const epa_cell *cell, epa_scenario *out)
{
    if (cell->kind == EPA_CELL_NUMBER)
        return epa_scenario_from_number(cell->number, out);
    char buf[EPA_NAME_MAX + 1] = {0};
    size_t len;
    epa_error e = epa_cell_name(cell, buf, &len);
    return e != EPA_OK ? e : epa_parse_scenario(buf, len, out);
}

static epa_error category_arg(const epa_cell *cell, epa_category *out)
{
    char buf[EPA_NAME_MAX + 1] = {0};
    size_t len;
    epa_error e = epa_cell_name(cell, buf, &len);
    return e != EPA_OK ? e : epa_parse_category(buf, len, out);
}

static epa_error progress_arg(const epa_cell *cell, double *out)
{
    return epa_cell_number_or(cell, 1.0, out);
}

static epa_error fn_epaprev(const epa_cell *a, double *out)
{
    double v[4];
    epa_error e = numbers(a, 4, v);
    return e != EPA_OK ? e : epa_prevalence(v[0], v[1], v[2], v[3], out);
}

static epa_error fn_epacount(const epa_cell *a, double *out)
{
    double v[5];
    epa_error e = numbers(a, 5, v);
    return e != EPA_OK ? e : epa_count(v[0], v[1], v[2], v[3], v[4], out);
}

static epa_error fn_epaurbanity(const epa_cell *a, double *out)
{
    double oad;
    int cls;
    epa_error e = epa_cell_number(&a[0], &oad);
    if (e == EPA_OK)
        e = epa_urbanity(oad, &cls);
    if (e == EPA_OK)
        *out = cls;
    return e;
}

static epa_error fn_epaprevclass(const epa_cell *a, double *out)
{
    double v[4];
    int cls;
    epa_error e = numbers(a, 4, v);
    if (e == EPA_OK)
        e = epa_class_from_number(v[0], &cls);
    return e != EPA_OK ? e : epa_prevalence_class(cls, v[1], v[2], v[3], out);
}

static epa_error fn_epaband(const epa_cell *a, double *out)
{
    double v[2];
    char buf[EPA_NAME_MAX + 1] = {0};
    size_t len;
    epa_side side;
    epa_error e = numbers(a, 2, v);
    if (e == EPA_OK)
        e = epa_cell_name(&a[2], buf, &len);
    if (e == EPA_OK)
        e = epa_parse_side(buf, len, &side);
    return e != EPA_OK ? e : epa_band(v[0], v[1], side, out);
}

static epa_error fn_epadeviation(const epa_cell *a, double *out)
{
    double v[2];
    epa_error e = numbers(a, 2, v);
    return e != EPA_OK ? e : epa_deviation(v[0], v[1], out);
}

static epa_error fn_epainstitutional(const epa_cell *a, double *out)
{
    double actual;
    int flag;
    epa_error e = epa_cell_number(&a[0], &actual);
    if (e == EPA_OK)
        e = epa_institutional(actual, &flag);
    if (e == EPA_OK)
        *out = flag;
    return e;
}

static epa_error fn_epapopulation(const epa_cell *a, double *out)
{
    double in_care, share;
    epa_error e = epa_cell_number(&a[0], &in_care);
    if (e == EPA_OK)
        e = epa_cell_number_or(&a[1], EPA_NOT_IN_CARE_SHARE, &share);
    return e != EPA_OK ? e : epa_population(in_care, share, out);
}

static epa_error fn_ggzbudget(const epa_cell *a, double *out)
{
    double inhabitants, per_100k;
    epa_error e = epa_cell_number(&a[0], &inhabitants);
    if (e == EPA_OK)
        e = epa_cell_number_or(&a[1], EPA_BUDGET_PER_100K, &per_100k);
    return e != EPA_OK ? e : epa_ggz_budget(inhabitants, per_100k, out);
}

static epa_error fn_scenarioshare(const epa_cell *a, double *out)
{
    epa_scenario s;
    epa_category c;
    double progress;
    epa_error e = scenario_arg(&a[0], &s);
    if (e == EPA_OK)
        e = category_arg(&a[1], &c);
    if (e == EPA_OK)
        e = progress_arg(&a[2], &progress);
    return e != EPA_OK ? e : epa_scenario_share(s, c, progress, out);
}

static epa_error fn_scenariobudget(const epa_cell *a, double *out)
{
    double total, progress;
    epa_scenario s;
    epa_category c;
    epa_error e = epa_cell_number(&a[0], &total);
    if (e == EPA_OK)
        e = scenario_arg(&a[1], &s);
    if (e == EPA_OK)
        e = category_arg(&a[2], &c);
    if (e == EPA_OK)
        e = progress_arg(&a[3], &progress);
    return e != EPA_OK ? e : epa_scenario_budget(total, s, c, progress, out);
}

static epa_error fn_scenariocapacity(const epa_cell *a, double *out)
{
    epa_scenario s;
    epa_item item;
    epa_bound bound = EPA_BOUND_MID;
    double inhabitants;
    char buf[EPA_NAME_MAX + 1] = {0};
    size_t len;
    epa_error e = scenario_arg(&a[0], &s);
    if (e == EPA_OK)
        e = epa_cell_name(&a[1], buf, &len);
    if (e == EPA_OK)
        e = epa_parse_item(buf, len, &item);
    if (e == EPA_OK)
        e = epa_cell_number(&a[2], &inhabitants);
    if (e == EPA_OK && a[3].kind != EPA_CELL_OMITTED) {
        e = epa_cell_name(&a[3], buf, &len);
        if (e == EPA_OK)
            e = epa_parse_bound(buf, len, &bound);
    }
    return e != EPA_OK ? e
                       : epa_scenario_capacity(s, item, inhabitants, bound, out);
}

const epa_wrapper epa_wrappers[EPA_FN_COUNT] = {
    [EPA_FN_EPAPREV] = fn_epaprev,
    [EPA_FN_EPACOUNT] = fn_epacount,
    [EPA_FN_EPAURBANITY] = fn_epaurbanity,
    [EPA_FN_EPAPREVCLASS] = fn_epaprevclass,
    [EPA_FN_EPABAND] = fn_epaband,
    [EPA_FN_EPADEVIATION] = fn_epadeviation,
    [EPA_FN_EPAINSTITUTIONAL] = fn_epainstitutional,
    [EPA_FN_EPAPOPULATION] = fn_epapopulation,
    [EPA_FN_GGZBUDGET] = fn_ggzbudget,
    [EPA_FN_SCENARIOSHARE] = fn_scenarioshare,
    [EPA_FN_SCENARIOBUDGET] = fn_scenariobudget,
    [EPA_FN_SCENARIOCAPACITY] = fn_scenariocapacity,
};
