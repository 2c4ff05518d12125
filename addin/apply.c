/*
 * apply.c - converts cells by their catalogue kinds, calls the model and
 * guards the result.  See apply.h.
 */
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "apply.h"

/* The name parsers behind the name kinds, with a common signature. */
#define INT_PARSER(wrapper, parser, type)                                      \
    static epa_error wrapper(const char *t, size_t n, int *v)                  \
    {                                                                          \
        type x = (type)0;                                                      \
        epa_error e = parser(t, n, &x);                                        \
        *v = (int)x;                                                           \
        return e;                                                              \
    }
INT_PARSER(parse_scenario, epa_parse_scenario, epa_scenario)
INT_PARSER(parse_category, epa_parse_category, epa_category)
INT_PARSER(parse_side, epa_parse_side, epa_side)
INT_PARSER(parse_item, epa_parse_item, epa_item)
INT_PARSER(parse_bound, epa_parse_bound, epa_bound)
INT_PARSER(parse_level, epa_parse_level, epa_level)

typedef epa_error (*name_parser)(const char *text, size_t len, int *value);

static const name_parser parsers[EPA_ARG_KIND_COUNT] = {
    [EPA_ARG_SCENARIO] = parse_scenario,
    [EPA_ARG_CATEGORY] = parse_category,
    [EPA_ARG_SIDE] = parse_side,
    [EPA_ARG_ITEM] = parse_item,
    [EPA_ARG_BOUND] = parse_bound,
    [EPA_ARG_LEVEL] = parse_level,
};

/* Sheets have 1,048,576 rows (Calc and Excel). */
#define ROW_MAX 1048576.0

static epa_error convert_row(const epa_cell *cell, double *out)
{
    double v;
    epa_error e = epa_cell_number(cell, &v);
    if (e != EPA_OK)
        return e;
    if (!isfinite(v))
        return EPA_ERR_NOT_FINITE;
    if (!(v >= 1.0 && v <= ROW_MAX) || floor(v) != v)
        return EPA_ERR_ROW;
    *out = v;
    return EPA_OK;
}

epa_error epa_convert(const epa_param_desc *p, const epa_cell *cell,
                      epa_value *out)
{
    bool named = p->kind != EPA_ARG_NUMBER && p->kind != EPA_ARG_COUNT && p->kind != EPA_ARG_ROW;
    if ((unsigned)p->kind >= EPA_ARG_KIND_COUNT || (named && parsers[p->kind] == NULL))
        return EPA_ERR_NULL_POINTER; /* a block kind: table.c's, a programmer error here */
    if (cell->kind == EPA_CELL_OMITTED && p->optional) {
        /* A default name goes through the same parser as a typed one. */
        if (p->kind == EPA_ARG_NUMBER || p->kind == EPA_ARG_COUNT || p->kind == EPA_ARG_ROW)
            out->number = p->fallback.number;
        else
            return parsers[p->kind](p->fallback.name, strlen(p->fallback.name),
                                    &out->choice);
        return EPA_OK;
    }
    if (p->kind == EPA_ARG_NUMBER)
        return epa_cell_number(cell, &out->number);
    if (p->kind == EPA_ARG_COUNT)
        return epa_cell_count(cell, &out->number);
    if (p->kind == EPA_ARG_ROW)
        return convert_row(cell, &out->number);
    if (p->kind == EPA_ARG_SCENARIO && cell->kind == EPA_CELL_NUMBER) {
        epa_scenario s;
        epa_error e = epa_scenario_from_number(cell->number, &s);
        out->choice = (int)s;
        return e;
    }
    char buf[EPA_NAME_TEXT_MAX + 1];
    size_t len;
    epa_error e = epa_cell_name(cell, buf, &len);
    return e != EPA_OK ? e : parsers[p->kind](buf, len, &out->choice);
}

/* Upper end of each result kind: the largest value the function that
 * consumes it accepts as input (EPABAND's result goes into EPADEVIATION,
 * EPACOUNT's into EPAPOPULATION, GGZBUDGET's into SCENARIOBUDGET ...). */
static const double result_max[EPA_RESULT_KIND_COUNT] = {
    [EPA_RESULT_PER_1000] = EPA_MAX_PER_1000,
    [EPA_RESULT_PEOPLE] = EPA_MAX_PEOPLE,
    [EPA_RESULT_CLASS] = EPA_URBANITY_MAX,
    [EPA_RESULT_FRACTION] = 1.0,
    [EPA_RESULT_FLAG] = 1.0,
    [EPA_RESULT_EUR] = EPA_MAX_EUR,
    [EPA_RESULT_CAPACITY] = EPA_MAX_PEOPLE,
    /* A region's table: sums of up to EPA_REGION_MAX_ROWS counts of at
     * most EPA_MAX_PEOPLE each. */
    [EPA_RESULT_TABLE] = (EPA_REGION_MAX_ROWS + 1.0) * EPA_MAX_PEOPLE,
};

epa_error epa_guard_result(epa_result_kind kind, double value)
{
    if (!isfinite(value))
        return EPA_ERR_RESULT_NOT_FINITE;
    if ((unsigned)kind >= EPA_RESULT_KIND_COUNT || value < 0.0 ||
        value > result_max[kind])
        return EPA_ERR_RESULT_RANGE;
    return EPA_OK;
}

epa_error epa_apply(const epa_function_desc *fn, const epa_cell *cells,
                    double *out, int *bad_arg)
{
    epa_value args[EPA_MAX_PARAMS];
    if (bad_arg)
        *bad_arg = -1;
    for (int i = 0; i < fn->nparams; i++) {
        epa_error e = epa_convert(&fn->params[i], &cells[i], &args[i]);
        if (e != EPA_OK) {
            if (bad_arg)
                *bad_arg = i;
            return e;
        }
    }
    double v;
    epa_error e = fn->call.element(args, &v);
    if (e == EPA_OK)
        e = epa_guard_result(fn->result, v);
    if (e == EPA_OK)
        *out = v + 0.0; /* -0.0 becomes 0 */
    return e;
}
