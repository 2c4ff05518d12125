/*
 * gen_catalogue_json.c - writes build/catalogue.json from the catalogue, so
 * the Python tests take their function and argument lists from the same
 * table as the component instead of keeping lists of their own.
 * Usage: gen_catalogue_json OUTPUT (see addin/catalogue_gen.h)
 */
#include <stdio.h>

#include "catalogue.h"
#include "catalogue_gen.h"
#include "table.h"

static const char *const kinds[EPA_ARG_KIND_COUNT] = {
    [EPA_ARG_NUMBER] = "number",     [EPA_ARG_COUNT] = "count",
    [EPA_ARG_SCENARIO] = "scenario",
    [EPA_ARG_CATEGORY] = "category", [EPA_ARG_SIDE] = "side",
    [EPA_ARG_ITEM] = "item",         [EPA_ARG_BOUND] = "bound",
    [EPA_ARG_LEVEL] = "level",       [EPA_ARG_ROW] = "row",
    [EPA_ARG_PASTE] = "paste",       [EPA_ARG_LIST] = "list",
};

static const char *const results[EPA_RESULT_KIND_COUNT] = {
    [EPA_RESULT_PER_1000] = "per_1000", [EPA_RESULT_PEOPLE] = "people",
    [EPA_RESULT_CLASS] = "class",       [EPA_RESULT_FRACTION] = "fraction",
    [EPA_RESULT_FLAG] = "flag",         [EPA_RESULT_EUR] = "eur",
    [EPA_RESULT_CAPACITY] = "capacity", [EPA_RESULT_TABLE] = "table",
};

/* A table function's columns (or, for the totals, rows), from table.h. */
static const char *const *table_labels(const epa_function_desc *fn)
{
    if (fn->call.table == epa_call_region_rows || fn->call.table == epa_call_region_areas)
        return epa_region_rows_columns;
    if (fn->call.table == epa_call_region_gemeenten)
        return epa_region_gemeenten_columns;
    if (fn->call.table == epa_call_region_totals)
        return epa_region_totals_rows;
    return NULL;
}

/* Catalogue texts hold no '"' or '\\' that need more than this. */
static void put_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void put_field(FILE *out, const char *key, const char *value, int last)
{
    fprintf(out, "\"%s\": ", key);
    put_string(out, value);
    fputs(last ? "" : ", ", out);
}

static void write_output(FILE *out)
{
    fputs("{\"functions\": [\n", out);
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        fputs(" {", out);
        char method[EPA_FUNCTION_NAME_MAX + 1];
        epa_function_method(fn, method);
        put_field(out, "name", fn->name, 0);
        put_field(out, "method", method, 0);
        put_field(out, "category", fn->category, 0);
        put_field(out, "result", results[fn->result], 0);
        put_field(out, "help_nl", fn->desc_nl, 0);
        fputs("\"help_excel_nl\": ", out);
        if (fn->excel_desc_nl)
            put_string(out, fn->excel_desc_nl);
        else
            fputs("null", out);
        fputs(", \"labels\": ", out);
        const char *const *labels = table_labels(fn);
        if (labels == NULL)
            fputs("null", out);
        for (int i = 0; labels && labels[i]; i++) {
            fputs(i ? ", " : "[", out);
            put_string(out, labels[i]);
            fputs(labels[i + 1] ? "" : "]", out);
        }
        fputs(", ", out);
        fputs("\"params\": [\n", out);
        for (int p = 0; p < fn->nparams; p++) {
            const epa_param_desc *pd = &fn->params[p];
            fputs("   {", out);
            put_field(out, "name", pd->name, 0);
            put_field(out, "kind", kinds[pd->kind], 0);
            fprintf(out, "\"optional\": %s, \"default\": ",
                    pd->optional ? "true" : "false");
            if (!pd->optional)
                fputs("null", out);
            else if (pd->kind == EPA_ARG_NUMBER || pd->kind == EPA_ARG_COUNT
                     || pd->kind == EPA_ARG_ROW)
                fprintf(out, "%.17g", pd->fallback.number);
            else if (pd->kind == EPA_ARG_LIST)
                fputs("null", out);
            else
                put_string(out, pd->fallback.name);
            fputs(", ", out);
            put_field(out, "display_en", pd->display_en, 0);
            put_field(out, "display_nl", pd->display_nl, 0);
            put_field(out, "help_nl", pd->desc_nl, 1);
            fprintf(out, "}%s\n", p + 1 < fn->nparams ? "," : "");
        }
        fprintf(out, "  ]}%s\n", f + 1 < epa_function_count ? "," : "");
    }
    fputs("]}\n", out);
}
