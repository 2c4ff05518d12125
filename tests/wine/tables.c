/*
 * tables.c - the table functions (EPAREGIONROWS, EPAREGIONGEMEENTEN,
 * EPAREGIONTOTALS) called as LibreOffice's bridge calls them: the pasted
 * block a [][]any built here from CBS's real Utrecht download, the list
 * a range in an `any`, the options values or void.  A result must be a
 * [][]any of the oracle's shape whose every element is the double or the
 * string the oracle says (build/wine/region.h, tests/wine/gen_region.py);
 * an error call must raise IllegalArgumentException naming the function
 * and the argument at fault, with its ArgumentPosition.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "driver.h"

typedef struct {
    const char *label, *method;
    int nargs;
    arg args[6];
    int rows, cols;        /* of the result; 0: an IllegalArgumentException */
    const wcell *expect;   /* rows x cols, row by row */
    int position;          /* the exception's ArgumentPosition */
    const char *message;   /* the start of its Message */
} table_case;

#include "region.h"

/* Element (r, c) of a [][]any as a cell: 'n', 's', or '?' for another
 * type; a text as UTF-8, as the expected texts are written. */
static char element(const uno_Sequence *g, int r, int c, double *num, char *text, size_t size)
{
    const uno_Sequence *row = ((uno_Sequence *const *)g->elements)[r];
    const uno_Any *a = (const uno_Any *)row->elements + c;
    text[0] = '\0';
    if (a->pType->eTypeClass == typelib_TypeClass_DOUBLE) {
        *num = *(const double *)a->pData;
        return 'n';
    }
    if (a->pType->eTypeClass != typelib_TypeClass_STRING)
        return '?';
    const rtl_uString *s = *(rtl_uString *const *)a->pData;
    int n = s->length == 0 ? 0 : WideCharToMultiByte(CP_UTF8, 0, (const wchar_t *)s->buffer, s->length, text,
                                                     (int)size - 1, NULL, NULL);
    text[n > 0 ? n : 0] = '\0';
    return 's';
}

/* The first element that differs from the expected table, described in
 * why; 1 when none does. */
static int same_table(const uno_Sequence *g, const table_case *c, char *why, size_t size)
{
    for (int r = 0; r < c->rows; r++) {
        const uno_Sequence *row = ((uno_Sequence *const *)g->elements)[r];
        if (row->nElements != c->cols) {
            snprintf(why, size, "row %d has %d elements", r + 1, (int)row->nElements);
            return 0;
        }
        for (int k = 0; k < c->cols; k++) {
            const wcell *w = &c->expect[r * c->cols + k];
            double num = NAN;
            char text[2048];
            char t = element(g, r, k, &num, text, sizeof text);
            int ok = w->t == 'n' ? t == 'n' && fabs(num - w->num) <= 1e-9 * fmax(1.0, fabs(w->num))
                   : w->t == 'p' ? t == 's' && strncmp(text, w->str, strlen(w->str)) == 0
                                 : t == 's' && strcmp(text, w->str) == 0;
            if (!ok) {
                if (t == 'n')
                    snprintf(why, size, "(%d, %d) is %.17g", r + 1, k + 1, num);
                else
                    snprintf(why, size, "(%d, %d) is %c \"%.80s\"", r + 1, k + 1, t, text);
                return 0;
            }
        }
    }
    return 1;
}

static void check_case(uno_Interface *addin, const table_case *c)
{
    outcome o;
    call(&o, addin, c->method, c->args, c->nargs);
    if (o.ok <= 0) {
        check(0, "%s: not called", c->label);
        return;
    }
    count_outcome(c->method, c->rows == 0);
    if (c->rows == 0) {
        check(o.exception && strcmp(o.exception, "illegal") == 0 && o.position == c->position &&
                  strncmp(o.message, c->message, strlen(c->message)) == 0,
              "%s raises IllegalArgumentException at position %d, \"%s...\" (%s, %d, \"%s\")", c->label,
              c->position, c->message, o.exception ? o.exception : "a value", o.position, o.message);
        if (!o.exception)
            uno_any_destruct(&o.ret, NULL);
        return;
    }
    if (o.exception) {
        check(0, "%s: exception %s \"%s\"", c->label, o.exception, o.message);
        return;
    }
    char why[200] = "not a [][]any";
    int ok = type_is(o.ret.pType, "[][]any");
    const uno_Sequence *g = ok ? *(uno_Sequence *const *)o.ret.pData : NULL;
    if (ok && g->nElements != c->rows) {
        snprintf(why, sizeof why, "%d rows", (int)g->nElements);
        ok = 0;
    }
    ok = ok && same_table(g, c, why, sizeof why);
    check(ok, "%s: a %d x %d [][]any, every element as the oracle says%s%s", c->label, c->rows, c->cols,
          ok ? "" : ": ", ok ? "" : why);
    uno_any_destruct(&o.ret, NULL);
}

void check_tables(uno_Interface *addin)
{
    for (size_t i = 0; i < sizeof table_cases / sizeof table_cases[0]; i++)
        check_case(addin, &table_cases[i]);
}
