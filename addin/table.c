/*
 * table.c - the generic part of a table function call: each argument that
 * is not a block converted as an element function's (apply.c), then the
 * row's table call.  See table.h.
 */
#include <string.h>

#include "table.h"

void epa_table_ascii(epa_table *t, int32_t r, int32_t c, const char *s)
{
    uint16_t buf[2048];
    size_t n = 0;
    for (; s[n] && n < sizeof buf / sizeof buf[0]; n++)
        buf[n] = (unsigned char)s[n];
    t->text(t, r, c, buf, n);
}

epa_error epa_table_apply(const epa_function_desc *fn, const epa_grid *args,
                          epa_table *out, int *bad_arg)
{
    epa_value values[EPA_MAX_PARAMS];
    int bad = -1;
    epa_error err = EPA_OK;
    for (int i = 0; i < fn->nparams && err == EPA_OK; i++) {
        const epa_param_desc *p = &fn->params[i];
        const epa_grid *g = &args[i];
        epa_cell cell;
        memset(&values[i], 0, sizeof values[i]);
        if (p->kind == EPA_ARG_PASTE || p->kind == EPA_ARG_LIST)
            continue;
        /* An option is one value: a range there is a mistake, not a list. */
        if (g->nrows != 1 || g->ncols != 1)
            err = EPA_ERR_SHAPE;
        else {
            g->cell(g, 0, 0, &cell);
            err = epa_convert(p, &cell, &values[i]);
        }
        if (err != EPA_OK)
            bad = i;
    }
    if (err == EPA_OK)
        err = fn->call.table(args, values, out, &bad);
    if (bad_arg)
        *bad_arg = err == EPA_OK ? -1 : bad;
    return err;
}
