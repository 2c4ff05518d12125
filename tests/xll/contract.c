/*
 * contract.c - the XLL held to Microsoft's documented contract of
 * xlAutoOpen, xlfRegister and xlAutoClose, through what the stand-in Excel
 * (excel.c) recorded:
 *  - every catalogue function registered once, with the catalogue's texts
 *    whole (a text cut to fit shows as a difference, not as a length within
 *    the limit) and each at most 255 UTF-16 units as passed, and the
 *    trailing empty argument help ("Known issues in Excel XLL development");
 *  - xlAutoClose unregisters every id and deletes every name (xlfSetName
 *    with the name alone), once;
 *  - a second xlAutoOpen without a close loses no id: afterwards each
 *    function is registered once and a close undoes everything;
 *  - a failed xlfRegister: xlAutoOpen still returns 1, says so in an alert
 *    naming the function, and registers the others.
 */
#include <stdio.h>
#include <string.h>

#include "host.h"

enum { UNITS_MAX = 255 };

const registration *live_reg(const char *name)
{
    for (int i = 0; i < nregs; i++)
        if (regs[i].live && strcmp(regs[i].text[3], name) == 0)
            return &regs[i];
    return NULL;
}

static int live_count(const char *name)
{
    int n = 0;
    for (int i = 0; i < nregs; i++)
        n += regs[i].live && strcmp(regs[i].text[3], name) == 0;
    return n;
}

static int deleted_count(const char *name, int since)
{
    int n = 0;
    for (int i = since; i < ndeleted; i++)
        n += strcmp(deleted[i], name) == 0;
    return n;
}

/* Text k of r is want, whole, within Excel's limit. */
static int same_text(const hfn *c, const registration *r, int k, const char *what, const char *want)
{
    int ok = check(strcmp(r->text[k], want) == 0, "%s: %s registered as \"%s\" (%d UTF-16 units), the catalogue's is \"%s\"",
                   c->name, what, r->text[k], r->units[k], want);
    return ok & check(r->units[k] >= 0 && r->units[k] <= UNITS_MAX, "%s: %s is %d UTF-16 units, Excel takes %d",
                      c->name, what, r->units[k], UNITS_MAX);
}

static void check_registration(HMODULE xll, const hfn *c, const registration *r, const char *category)
{
    char type[16] = "Q";
    for (int i = 0; i < c->nparams; i++)
        strcat(type, "Q");
    strcat(type, "$");
    int ok = check(strcmp(r->text[0], xll_path) == 0, "%s: module text %s is the XLL's path", c->name, r->text[0]);
    ok &= check(GetProcAddress(xll, r->text[1]) != NULL, "%s: procedure %s is exported", c->name, r->text[1]);
    ok &= check(strcmp(r->text[2], type) == 0, "%s: type text %s, expected %s", c->name, r->text[2], type);
    ok &= same_text(c, r, 3, "name", c->name);
    ok &= same_text(c, r, 4, "argument text", c->argnames);
    ok &= check(r->macro_type == 1, "%s: macro type %g (1: worksheet function)", c->name, r->macro_type);
    ok &= same_text(c, r, 6, "category", category);
    ok &= same_text(c, r, 9, "function help", c->help);
    ok &= check(r->nargs == FIXED_ARGS + c->nparams + 1,
                "%s: %d texts after the function help for %d arguments (one help each and a trailing empty one)",
                c->name, r->nargs - FIXED_ARGS, c->nparams);
    for (int i = 0; i < c->nparams && FIXED_ARGS + i < r->nargs; i++) {
        char what[40];
        snprintf(what, sizeof what, "help of argument %d", i + 1);
        ok &= same_text(c, r, FIXED_ARGS + i, what, c->arghelp[i]);
    }
    int last = FIXED_ARGS + c->nparams;
    if (r->nargs > last)
        ok &= check(r->units[last] == 0, "%s: the text after the last argument's help is an empty text (%d units)",
                    c->name, r->units[last]);
    if (ok)
        printf("ok:   %s registered as %s, type %s, arguments \"%s\", category \"%s\", every text whole\n",
               c->name, r->text[1], r->text[2], r->text[4], r->text[6]);
}

/* The registrations made since index first, against the catalogue. */
static void check_registrations(HMODULE xll, const hfn *fns, int nfns, int first)
{
    check(nregs - first == nfns, "xlAutoOpen registered %d functions, the catalogue has %d", nregs - first, nfns);
    check(module_name == NULL, "the xlGetName result was given back with xlFree");
    const char *category = nregs > first ? regs[first].text[6] : "";
    check(strlen(category) > 0, "a category is registered");
    /* Built-in categories are "Financial", "Statistical", ...; ours is its own. */
    static const char *const builtin[] = { "Financial", "Date & Time", "Math & Trig", "Statistical",
                                           "Lookup & Reference", "Database", "Text", "Logical",
                                           "Information", "Engineering", "User Defined" };
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
        check(strcmp(category, builtin[i]) != 0, "category \"%s\" is a built-in one", category);
    for (int f = 0; f < nfns; f++) {
        const hfn *c = &fns[f];
        int seen = 0;
        const registration *r = NULL;
        for (int i = first; i < nregs; i++)
            if (strcmp(regs[i].text[3], c->name) == 0)
                seen++, r = &regs[i];
        if (check(seen == 1, "%s registered %d times (once expected)", c->name, seen))
            check_registration(xll, c, r, category);
    }
}

static int opened(auto_fn open, const char *when)
{
    int alerts_before = alerts;
    int ok = check(open() == 1, "xlAutoOpen returns 1 (%s)", when);
    return ok & check(alerts == alerts_before, "xlAutoOpen shows no alert (%s): \"%s\"", when, last_alert);
}

/* A close undoes every live registration and deletes each name once. */
void check_close(auto_fn close, const hfn *fns, int nfns, const char *when)
{
    int deleted_before = ndeleted;
    int live_before[64] = { 0 };
    for (int f = 0; f < nfns && f < 64; f++)
        live_before[f] = live_count(fns[f].name);
    check(close() == 1, "xlAutoClose returns 1 (%s)", when);
    int ok = 1;
    for (int f = 0; f < nfns && f < 64; f++) {
        ok &= check(live_count(fns[f].name) == 0, "%s still registered after xlAutoClose (%s)", fns[f].name, when);
        int d = deleted_count(fns[f].name, deleted_before);
        ok &= check(d == (live_before[f] > 0), "%s: name deleted %d times by xlAutoClose (%s), %d expected",
                    fns[f].name, d, when, live_before[f] > 0);
    }
    if (ok)
        printf("ok:   xlAutoClose (%s): every id unregistered, every name deleted\n", when);
}

void check_contract(HMODULE xll, auto_fn open, auto_fn close, const hfn *fns, int nfns)
{
    check(nfns <= 64, "the host checks up to 64 functions, the catalogue has %d", nfns);
    int first = nregs;
    opened(open, "first open");
    check_registrations(xll, fns, nfns, first);
    check_close(close, fns, nfns, "after the first open");

    /* A failed registration: said, not hidden, and the rest registered. */
    const char *victim = fns[nfns / 2].name;
    fail_register_of = victim;
    int alerts_before = alerts;
    check(open() == 1, "xlAutoOpen returns 1 when xlfRegister fails for %s", victim);
    fail_register_of = NULL;
    check(alerts == alerts_before + 1, "one alert when xlfRegister fails for %s (%d)", victim, alerts - alerts_before);
    check(alerts > alerts_before && strstr(last_alert, victim) && strstr(last_alert, "xlfRegister"),
          "the alert names %s and xlfRegister: \"%s\"", victim, last_alert);
    int others = 1;
    for (int f = 0; f < nfns; f++)
        if (fns[f].name != victim)
            others &= check(live_count(fns[f].name) == 1, "%s registered %d times while %s failed (once expected)",
                            fns[f].name, live_count(fns[f].name), victim);
    check(live_count(victim) == 0, "%s, refused, counts as not registered", victim);
    if (others)
        printf("ok:   xlfRegister failing for %s: xlAutoOpen returns 1, alerts \"%s\", registers the other %d\n",
               victim, last_alert, nfns - 1);
    check_close(close, fns, nfns, "after a failed registration");

    /* A second open without a close (Excel reloading the add-in). */
    opened(open, "open");
    opened(open, "second open without a close");
    int once = 1;
    for (int f = 0; f < nfns; f++)
        once &= check(live_count(fns[f].name) == 1, "%s registered %d times after a second xlAutoOpen (once expected)",
                      fns[f].name, live_count(fns[f].name));
    if (once)
        printf("ok:   a second xlAutoOpen without a close: every function registered once\n");
}
