/*
 * driver.c - runs the Windows component (epaaddin.dll) under Wine and calls
 * it the way LibreOffice's UNO bridge does: LoadLibrary, then
 * component_getFactory, the factory's queryInterface and
 * createInstanceWithContext, the add-in's queryInterface and XTypeProvider,
 * and the spreadsheet functions through the binary UNO dispatcher, with
 * member type descriptions numbered as in the IDL and each argument in the
 * form its IDL type prescribes (a uno_Any for `any`, the sequence itself
 * for `sequence< sequence< any > >`; build/wine/methods.h is generated from
 * the IDL by tests/wine/idl-methods.sh).  sal3.dll and cppu3.dll are the
 * test stand-ins next to this program (tests/wine/sal3.c, cppu3.c).
 *
 * Two case tables: the README's examples, with values from the model
 * documentation (addin/model/MODEL.md, the report's worked example), and
 * build/wine/cases.h, the shared bad-input matrix (tests/e2e/matrix.py:
 * every function's good call, each argument bad, empty, left out and
 * padded, fewer arguments) with the oracle's values, written by
 * tests/wine/gen_cases.py; and the table functions' calls on CBS's real
 * Utrecht paste (tables.c, build/wine/region.h from tests/wine/gen_region.py
 * and the region oracle).  Every IDL
 * method must be called with both outcomes, or the run fails naming it.
 * Nothing is taken from the implementation.  Prints one line per check and
 * 'wine: N passed, M failed'; exits 1 on failure.
 * Usage: wine64 driver.exe 'Z:\path\to\epaaddin.dll'
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"

/* Names fixed in users' files and in the .components file: never change. */
#define IMPLEMENTATION "nl.epaplanning.calc.EpaAddIn.impl"
#define FUNCTIONS_IFACE "nl.epaplanning.calc.XEpaFunctions"

typedef void *(SAL_CALL *get_factory_fn)(const char *, void *, void *);

static const struct { const char *method, *params; } methods[] = {
#include "methods.h"
};
enum { NMETHODS = sizeof methods / sizeof methods[0], MAX_ARGS = 8 };

static int passed, failed;

void check(int ok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs(ok ? "ok:   " : "FAIL: ", stdout);
    vprintf(fmt, ap);
    putchar('\n');
    va_end(ap);
    if (ok)
        passed++;
    else
        failed++;
}

/* ---- types and values ------------------------------------------------ */

static typelib_TypeDescriptionReference *type(typelib_TypeClass cls, const char *name)
{
    typelib_TypeDescriptionReference *t = NULL;
    typelib_typedescriptionreference_newByAsciiName(&t, cls, name);
    return t;
}
#define T_DOUBLE type(typelib_TypeClass_DOUBLE, "double")
#define T_STRING type(typelib_TypeClass_STRING, "string")
#define T_VOID type(typelib_TypeClass_VOID, "void")
#define T_ANY_ROW type(typelib_TypeClass_SEQUENCE, "[]any")
#define T_ANY_GRID type(typelib_TypeClass_SEQUENCE, "[][]any")
#define T_INTERFACE(n) type(typelib_TypeClass_INTERFACE, n)

static rtl_uString *ustr(const char *s)
{
    rtl_uString *u = NULL;
    rtl_string2UString(&u, s, (sal_Int32)strlen(s), RTL_TEXTENCODING_UTF8, 0);
    return u;
}

int type_is(const typelib_TypeDescriptionReference *t, const char *name)
{
    const rtl_uString *n = t->pTypeName;
    size_t len = strlen(name);
    if ((size_t)n->length != len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (n->buffer[i] != (sal_Unicode)name[i])
            return 0;
    return 1;
}

/* One cell value as a uno_Any (caller destructs). */
static void cell_any(uno_Any *a, const arg *v, int row)
{
    if (v->kind == STR) {
        rtl_uString *s = ustr(v->str);
        uno_type_any_construct(a, &s, T_STRING, NULL);
        rtl_uString_release(s);
    } else {
        double d = v->kind == COL ? v->col[row] : v->num;
        uno_type_any_construct(a, &d, T_DOUBLE, NULL);
    }
}

/* One row of a block of cells as a []any (caller destructs). */
static uno_Sequence *cells_row(const wcell *cells, int ncols)
{
    uno_Any row[256];
    uno_Sequence *seq = NULL;
    if (ncols > 256)
        return NULL;
    for (int c = 0; c < ncols; c++) {
        arg v = cells[c].t == 'n' ? (arg)N(cells[c].num) : (arg)S(cells[c].str);
        cell_any(&row[c], &v, 0);
    }
    int ok = uno_type_sequence_construct(&seq, T_ANY_ROW, row, ncols, NULL);
    for (int c = 0; c < ncols; c++)
        uno_any_destruct(&row[c], NULL);
    return ok ? seq : NULL;
}

/* A block of cells as a [][]any, row by row. */
static uno_Sequence *cells_grid(const arg *v)
{
    uno_Sequence **rows = calloc((size_t)v->rows, sizeof *rows), *g = NULL;
    int made = 0;
    while (rows && made < v->rows && (rows[made] = cells_row(v->cells + (size_t)made * v->cols, v->cols)))
        made++;
    if (rows && made == v->rows && !uno_type_sequence_construct(&g, T_ANY_GRID, rows, v->rows, NULL))
        g = NULL;
    for (int r = 0; r < made; r++)
        uno_type_destructData(&rows[r], T_ANY_ROW, NULL);
    free(rows);
    return g;
}

/* A [][]any of one column (a single value: 1x1), or of a block of cells,
 * as Calc builds a range. */
static uno_Sequence *grid(const arg *v)
{
    if (v->kind == GRID)
        return cells_grid(v);
    int n = v->kind == COL ? v->n : 1;
    uno_Sequence *rows[16] = { 0 }, *g = NULL;
    for (int r = 0; r < n && r < 16; r++) {
        uno_Any cell;
        cell_any(&cell, v, r);
        if (!uno_type_sequence_construct(&rows[r], T_ANY_ROW, &cell, 1, NULL))
            return NULL;
        uno_any_destruct(&cell, NULL);
    }
    if (!uno_type_sequence_construct(&g, T_ANY_GRID, rows, n, NULL))
        return NULL;
    for (int r = 0; r < n; r++)
        uno_type_destructData(&rows[r], T_ANY_ROW, NULL);
    return g;
}

/* ---- calls through the dispatcher ------------------------------------- */

/* The member type description the bridge hands to the dispatcher. */
static typelib_InterfaceMethodTypeDescription member(const char *iface, const char *name, int pos)
{
    char full[200];
    typelib_InterfaceMethodTypeDescription m;
    memset(&m, 0, sizeof m);
    snprintf(full, sizeof full, "%s::%s", iface, name);
    m.aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    m.aBase.aBase.pTypeName = ustr(full);
    m.aBase.aBase.nRefCount = 1;
    m.aBase.nPosition = pos;
    m.aBase.pMemberName = ustr(name);
    return m;
}

static void free_member(typelib_InterfaceMethodTypeDescription *m)
{
    rtl_uString_release(m->aBase.aBase.pTypeName);
    rtl_uString_release(m->aBase.pMemberName);
}

/* Dispatches; returns the exception (type name checked by the caller) or
 * NULL.  On an exception *exc_out holds it (destruct with uno_any_destruct). */
static uno_Any *dispatch(uno_Interface *obj, const char *iface, const char *name, int pos,
                         void *ret, void *args[], uno_Any *exc_out)
{
    typelib_InterfaceMethodTypeDescription m = member(iface, name, pos);
    uno_Any *exc = exc_out;
    obj->pDispatcher(obj, &m.aBase.aBase, ret, args, &exc);
    free_member(&m);
    return exc;
}

/* queryInterface: the object itself for a supported type, void otherwise. */
static uno_Interface *query(uno_Interface *obj, const char *type_name)
{
    typelib_TypeDescriptionReference *t = T_INTERFACE(type_name);
    void *args[] = { &t };
    uno_Any ret, exc_mem;
    if (dispatch(obj, "com.sun.star.uno.XInterface", "queryInterface", 0, &ret, args, &exc_mem)) {
        uno_any_destruct(&exc_mem, NULL);
        return NULL;
    }
    uno_Interface *found = NULL;
    if (ret.pType->eTypeClass == typelib_TypeClass_INTERFACE)
        found = *(uno_Interface **)ret.pData;
    uno_any_destruct(&ret, NULL);
    return found;
}

/* The members of com.sun.star.lang.IllegalArgumentException. */
typedef struct {
    rtl_uString *Message;
    void *Context;
    sal_Int16 ArgumentPosition;
} illegal_argument;

/* By pointer: a uno_Any may point into itself (pData = &pReserved), so it
 * must not be copied by value. */
void call(outcome *out, uno_Interface *addin, const char *method, const arg *args, int nargs)
{
    out->ok = 0;
    out->exception = NULL;
    out->message[0] = '\0';
    out->position = -2;
    int fn = -1;
    for (int i = 0; i < NMETHODS; i++)
        if (strcmp(methods[i].method, method) == 0)
            fn = i;
    if (fn < 0 || (int)strlen(methods[fn].params) != nargs || nargs > MAX_ARGS) {
        printf("note: %s: not in the IDL with %d parameters\n", method, nargs);
        return;
    }
    uno_Any anys[MAX_ARGS];
    uno_Sequence *seqs[MAX_ARGS];
    void *argv[MAX_ARGS];
    for (int i = 0; i < nargs; i++) {
        char kind = methods[fn].params[i];
        if (kind == 'a') {
            if (args[i].kind == OMIT)
                uno_type_any_construct(&anys[i], NULL, T_VOID, NULL);
            else if (args[i].kind == COL || args[i].kind == GRID) {
                uno_Sequence *g = grid(&args[i]);
                uno_type_any_construct(&anys[i], &g, T_ANY_GRID, NULL);
                uno_type_destructData(&g, T_ANY_GRID, NULL);
            } else
                cell_any(&anys[i], &args[i], 0);
            argv[i] = &anys[i];
        } else if (kind == 'g' && args[i].kind != OMIT) {
            seqs[i] = grid(&args[i]);
            argv[i] = &seqs[i];
        } else {
            /* A sequence parameter cannot be left out: Calc never does. */
            printf("note: %s: parameter %d (%c) cannot take this argument: skipped\n", method,
                   i + 1, kind);
            out->ok = -1;
            for (int j = 0; j < i; j++) /* undo the arguments made so far */
                if (methods[fn].params[j] == 'a')
                    uno_any_destruct(&anys[j], NULL);
                else
                    uno_type_destructData(&seqs[j], T_ANY_GRID, NULL);
            return;
        }
    }
    uno_Any exc_mem;
    uno_Any *exc = dispatch(addin, FUNCTIONS_IFACE, method, 3 + fn, &out->ret, argv, &exc_mem);
    out->ok = 1;
    if (exc) {
        out->exception = exc->pType->eTypeClass != typelib_TypeClass_EXCEPTION ? "other"
                      : type_is(exc->pType, "com.sun.star.lang.IllegalArgumentException")
                          ? "illegal"
                      : type_is(exc->pType, "com.sun.star.uno.RuntimeException") ? "runtime"
                                                                                  : "other";
        if (strcmp(out->exception, "illegal") == 0) {
            const illegal_argument *e = exc->pData;
            size_t n = 0;
            for (; e->Message && n < (size_t)e->Message->length && n + 1 < sizeof out->message; n++)
                out->message[n] = e->Message->buffer[n] < 128 ? (char)e->Message->buffer[n] : '?';
            out->message[n] = '\0';
            out->position = e->ArgumentPosition;
        }
        uno_any_destruct(exc, NULL);
    }
    for (int i = 0; i < nargs; i++)
        if (methods[fn].params[i] == 'a')
            uno_any_destruct(&anys[i], NULL);
        else
            uno_type_destructData(&seqs[i], T_ANY_GRID, NULL);
}

/* ---- the checks ------------------------------------------------------- */

typedef struct {
    const char *formula; /* for the report, as in the README */
    const char *method;
    int nargs;
    arg args[6];
    double want;    /* a number, or NAN for IllegalArgumentException (Err:502) */
    double tol;     /* absolute tolerance */
} value_case;

/* The README's examples (ROUND() ones as the unrounded value with the
 * rounding's tolerance). Model: P = 0.1574 S + 0.9021 W + 0.6106 A + C,
 * C = 4.1876 for matig stedelijk (OAD 1000-1500); the report's worked
 * example gives P = 14.988166 and N = 58.7 for 3,917 adults. */
static const value_case cases[] = {
    { "EPAPREV(1200; 23.14; 5.6; 3.45)", "epaprev", 4,
      { N(1200), N(23.14), N(5.6), N(3.45) }, 14.988166, 1e-9 },
    { "EPACOUNT(1200; 23.14; 5.6; 3.45; 3917) (58.7 to one decimal)", "epacount", 5,
      { N(1200), N(23.14), N(5.6), N(3.45), N(3917) }, 58.7, 0.05 },
    { "EPACOUNT(1200; 23.14; 5.6; 3.45; 3917) = P x 3917 / 1000", "epacount", 5,
      { N(1200), N(23.14), N(5.6), N(3.45), N(3917) }, 14.988166 * 3917 / 1000, 1e-9 },
    { "EPAURBANITY(1200)", "epaurbanity", 1, { N(1200) }, 3, 0 },
    { "EPAURBANITY(2500)", "epaurbanity", 1, { N(2500) }, 1, 0 },
    { "EPAURBANITY(500)", "epaurbanity", 1, { N(500) }, 4, 0 },
    { "EPAPREVCLASS(3; 23.14; 5.6; 3.45)", "epaprevclass", 4,
      { N(3), N(23.14), N(5.6), N(3.45) }, 14.988166, 1e-9 },
    { "EPABAND(14.99; 75; \"low\")", "epaband", 3, { N(14.99), N(75), S("low") }, 14.99 - 4.4, 1e-9 },
    { "EPABAND(14.99; 0.75; \"hoog\")", "epaband", 3, { N(14.99), N(0.75), S("hoog") }, 14.99 + 4.7, 1e-9 },
    { "EPABAND(1; 95; \"laag\")", "epaband", 3, { N(1), N(95), S("laag") }, 0, 0 },
    { "EPADEVIATION(20; 14.99)", "epadeviation", 2, { N(20), N(14.99) }, 0.9, 0 },
    { "EPADEVIATION(40; 14.99)", "epadeviation", 2, { N(40), N(14.99) }, 1, 0 },
    { "EPAINSTITUTIONAL(50)", "epainstitutional", 1, { N(50) }, 1, 0 },
    { "EPAINSTITUTIONAL(42.5)", "epainstitutional", 1, { N(42.5) }, 0, 0 },
    { "EPAPOPULATION(216000)", "epapopulation", 2, { N(216000), OMITTED }, 288000, 1e-6 },
    { "EPAPOPULATION(216000; 0.23)", "epapopulation", 2, { N(216000), N(0.23) }, 216000 / 0.77, 1e-6 },
    { "GGZBUDGET(250000)", "ggzbudget", 2, { N(250000), OMITTED }, 95000000, 1e-6 },
    { "SCENARIOSHARE(1; \"klinisch\")", "scenarioshare", 3, { N(1), S("klinisch"), OMITTED }, 0.275, 1e-12 },
    { "SCENARIOSHARE(\"wijk\"; \"ambulant epa\"; 0.4)", "scenarioshare", 3,
      { S("wijk"), S("ambulant epa"), N(0.4) }, 0.12 + 0.4 * (0.50 - 0.12), 1e-12 },
    { "SCENARIOBUDGET(95000000; \"intensified\"; \"clinical\")", "scenariobudget", 4,
      { N(95000000), S("intensified"), S("clinical"), OMITTED }, 26125000, 1e-6 },
    { "SCENARIOCAPACITY(1; \"fact_teams\"; 250000)", "scenariocapacity", 4,
      { N(1), S("fact_teams"), N(250000), OMITTED }, 10, 1e-9 },
    { "SCENARIOCAPACITY(1; \"beds\"; 250000; \"low\")", "scenariocapacity", 4,
      { N(1), S("beds"), N(250000), S("low") }, 150, 1e-9 },
    { "SCENARIOCAPACITY(1; \"bedden\"; 250000; \"hoog\")", "scenariocapacity", 4,
      { N(1), S("bedden"), N(250000), S("hoog") }, 175, 1e-9 },
    { "SCENARIOCAPACITY(0; \"fact_cli\xC3\xABnten\"; 250000) (UTF-16 text)", "scenariocapacity", 4,
      { N(0), S("fact_cli\xC3\xABnten"), N(250000), OMITTED }, 450 * 2.5, 1e-9 },
    { "SCENARIOCAPACITY(0; \"iht_fte\"; 250000)", "scenariocapacity", 4,
      { N(0), S("iht_fte"), N(250000), OMITTED }, NAN, 0 },
    { "EPAPREV(1200; 0.2314; 0.056; 0.0345)", "epaprev", 4,
      { N(1200), N(0.2314), N(0.056), N(0.0345) }, NAN, 0 },
    { "EPAPREV(-99997; 23.14; 5.6; 3.45)", "epaprev", 4,
      { N(-99997), N(23.14), N(5.6), N(3.45) }, NAN, 0 },
    { "EPAPREV(1200; 23.14; 5.6; ) (required argument left out)", "epaprev", 4,
      { N(1200), N(23.14), N(5.6), OMITTED }, NAN, 0 },
    { "EPABAND(14.99; 75; 1) (a name is required)", "epaband", 3,
      { N(14.99), N(75), N(1) }, NAN, 0 },
};

/* The shared bad-input matrix (tests/e2e/matrix.py via tests/wine/gen_cases.py). */
static const value_case generated[] = {
#include "cases.h"
};

/* Per IDL method: calls that gave a value and calls that raised Err:502. */
static int values_seen[NMETHODS], errors_seen[NMETHODS];

void count_outcome(const char *method, int raised)
{
    for (int i = 0; i < NMETHODS; i++)
        if (strcmp(methods[i].method, method) == 0)
            (raised ? errors_seen : values_seen)[i]++;
}

static void check_value(uno_Interface *addin, const value_case *c)
{
    outcome o;
    call(&o, addin, c->method, c->args, c->nargs);
    if (o.ok < 0)
        return;
    if (!o.ok) {
        check(0, "%s: not called", c->formula);
        return;
    }
    count_outcome(c->method, isnan(c->want));
    if (isnan(c->want)) {
        check(o.exception && strcmp(o.exception, "illegal") == 0,
              "%s raises IllegalArgumentException (Err:502): %s", c->formula,
              o.exception ? o.exception : "returned a value");
        if (!o.exception)
            uno_any_destruct(&o.ret, NULL);
        return;
    }
    if (o.exception) {
        check(0, "%s: exception %s", c->formula, o.exception);
        return;
    }
    int is_double = o.ret.pType->eTypeClass == typelib_TypeClass_DOUBLE;
    double got = is_double ? *(double *)o.ret.pData : NAN;
    check(is_double && fabs(got - c->want) <= c->tol, "%s = %.10g (want %.10g)", c->formula, got,
          c->want);
    uno_any_destruct(&o.ret, NULL);
}

/* Calc's Err:502 inside an array: a NaN whose low bits hold 502. */
static int is_err502(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return isnan(d) && (bits & 0xFFFFFFFFu) == 502;
}

static void check_ranges(uno_Interface *addin)
{
    /* Row 2 holds a CBS suppression code (-99997) as OAD: only that row
     * is Err:502.  Row 3: zeer sterk stedelijk (C = 6.8316),
     * 0.1574 x 30 + 0.9021 x 5.6 + 0.6106 x 1 + 6.8316 = 17.21596. */
    const arg args[] = { COLUMN(1200, -99997, 2500), COLUMN(23.14, 23.14, 30), N(5.6),
                         COLUMN(3.45, 3.45, 1) };
    const double want[] = { 14.988166, NAN, 17.21596 };
    outcome o;
    call(&o, addin, "epaprev", args, 4);
    int shape = o.ok > 0 && !o.exception && type_is(o.ret.pType, "[][]double");
    check(shape, "EPAPREV over 3 rows returns [][]double%s",
          o.exception ? " (raised instead)" : "");
    if (!shape) {
        if (o.ok > 0 && !o.exception)
            uno_any_destruct(&o.ret, NULL);
        return;
    }
    uno_Sequence *g = *(uno_Sequence **)o.ret.pData;
    check(g->nElements == 3, "3 result rows (%d)", (int)g->nElements);
    for (sal_Int32 r = 0; r < g->nElements && r < 3; r++) {
        uno_Sequence *row = ((uno_Sequence **)g->elements)[r];
        double v = row->nElements == 1 ? ((double *)row->elements)[0] : NAN;
        if (isnan(want[r]))
            check(row->nElements == 1 && is_err502(v), "row %d (OAD -99997) holds Err:502", (int)r + 1);
        else
            check(row->nElements == 1 && fabs(v - want[r]) <= 1e-9, "row %d = %.10g (want %.10g)",
                  (int)r + 1, v, want[r]);
    }
    uno_any_destruct(&o.ret, NULL);

    const arg mismatch[] = { COLUMN(1200, 1300), COLUMN(23.14, 23.14, 30), N(5.6), N(3.45) };
    call(&o, addin, "epaprev", mismatch, 4);
    check(o.ok > 0 && o.exception && strcmp(o.exception, "illegal") == 0,
          "ranges of different sizes raise IllegalArgumentException");
    if (o.ok > 0 && !o.exception)
        uno_any_destruct(&o.ret, NULL);
}

/* An IllegalArgumentException names the function, the argument at fault
 * (1-based in the text, 0-based in ArgumentPosition) and the reason; when
 * the model refuses a combination of arguments it names none (-1). */
static void check_messages(uno_Interface *addin)
{
    static const struct {
        const char *method;
        arg args[6];
        const char *message;
        int position;
    } cases[] = {
        { "epaprevcbs", { N(3944), S("10.410"), N(8165), N(29040), N(710), N(830) },
          "EPAPREVCBS: argument 2 (households): a count given as text must be a plain whole number such as "
          "710: no separators, decimals, signs or exponents", 1 },
        { "epaprevcbs", { N(3944), N(15480), N(8165), N(29040), N(710), S(".") },
          "EPAPREVCBS: argument 6 (ao count): a count given as text must be a plain whole number such as 710: "
          "no separators, decimals, signs or exponents", 5 },
        { "epaprevcbs", { N(3944), N(29040), N(8165), N(15480), N(710), N(830) },
          "EPAPREVCBS: more households than inhabitants (are the two columns swapped?)", -1 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        outcome o;
        call(&o, addin, cases[i].method, cases[i].args, 6);
        if (o.ok > 0 && !o.exception)
            uno_any_destruct(&o.ret, NULL);
        check(o.ok > 0 && o.exception && strcmp(o.message, cases[i].message) == 0 &&
                  o.position == cases[i].position,
              "message \"%s\", position %d (want \"%s\", %d)", o.message, o.position,
              cases[i].message, cases[i].position);
    }
}

static void check_runtime_exception(uno_Interface *obj, const char *what, int pos)
{
    uno_Any ret, exc_mem;
    uno_Any *exc = dispatch(obj, "com.sun.star.lang.XServiceInfo", "getImplementationName", pos,
                            &ret, NULL, &exc_mem);
    int ok = exc && type_is(exc->pType, "com.sun.star.uno.RuntimeException");
    const rtl_uString *msg = ok ? *(rtl_uString **)exc->pData : NULL;
    check(ok && msg && msg->length > 0, "%s: an unsupported call raises RuntimeException", what);
    if (exc)
        uno_any_destruct(exc, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: driver.exe PATH\\epaaddin.dll\n");
        return 2;
    }
    HMODULE dll = LoadLibraryA(argv[1]);
    check(dll != NULL, "LoadLibrary %s (error %lu)", argv[1], dll ? 0ul : GetLastError());
    get_factory_fn get_factory =
        dll ? (get_factory_fn)(void (*)(void))GetProcAddress(dll, "component_getFactory") : NULL;
    check(get_factory != NULL, "component_getFactory exported");
    if (!get_factory)
        goto done;

    check(get_factory("some.other.impl", NULL, NULL) == NULL, "no factory for another implementation");
    uno_Interface *factory = get_factory(IMPLEMENTATION, NULL, NULL);
    check(factory != NULL, "component_getFactory(\"%s\")", IMPLEMENTATION);
    if (!factory)
        goto done;
    check(query(factory, "com.sun.star.lang.XSingleComponentFactory") == factory,
          "factory: queryInterface XSingleComponentFactory");
    check(query(factory, "com.sun.star.uno.XInterface") == factory, "factory: queryInterface XInterface");
    check(query(factory, "com.sun.star.lang.XServiceInfo") == NULL,
          "factory: queryInterface of an unsupported type gives void");

    uno_Interface *context = NULL, *addin = NULL;
    void *create_args[] = { &context };
    uno_Any exc_mem;
    uno_Any *exc = dispatch(factory, "com.sun.star.lang.XSingleComponentFactory",
                            "createInstanceWithContext", 3, &addin, create_args, &exc_mem);
    check(!exc && addin, "createInstanceWithContext");
    if (exc)
        uno_any_destruct(exc, NULL);
    if (exc || !addin)
        goto done;
    check(query(addin, FUNCTIONS_IFACE) == addin, "add-in: queryInterface %s", FUNCTIONS_IFACE);
    check(query(addin, "com.sun.star.lang.XTypeProvider") == addin, "add-in: queryInterface XTypeProvider");

    uno_Sequence *types = NULL;
    exc = dispatch(addin, "com.sun.star.lang.XTypeProvider", "getTypes", 3, &types, NULL, &exc_mem);
    int has_functions = 0;
    for (sal_Int32 i = 0; !exc && types && i < types->nElements; i++)
        has_functions |= type_is(((typelib_TypeDescriptionReference **)types->elements)[i], FUNCTIONS_IFACE);
    check(!exc && has_functions, "add-in: getTypes lists %s", FUNCTIONS_IFACE);
    if (exc)
        uno_any_destruct(exc, NULL);
    else
        uno_type_destructData(&types, type(typelib_TypeClass_SEQUENCE, "[]type"), NULL);
    uno_Sequence *id = NULL;
    exc = dispatch(addin, "com.sun.star.lang.XTypeProvider", "getImplementationId", 4, &id, NULL,
                   &exc_mem);
    check(!exc && id, "add-in: getImplementationId");
    if (exc)
        uno_any_destruct(exc, NULL);
    else
        uno_type_destructData(&id, type(typelib_TypeClass_SEQUENCE, "[]byte"), NULL);

    check(NMETHODS >= 12, "%d functions in the IDL", NMETHODS);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_value(addin, &cases[i]);
    for (size_t i = 0; i < sizeof generated / sizeof generated[0]; i++)
        check_value(addin, &generated[i]);
    check_tables(addin);
    for (int i = 0; i < NMETHODS; i++)
        check(values_seen[i] > 0 && errors_seen[i] > 0,
              "%s: called with %d accepted and %d rejected arguments", methods[i].method,
              values_seen[i], errors_seen[i]);
    check_ranges(addin);
    check_messages(addin);
    check_runtime_exception(addin, "add-in", 3);
    check_runtime_exception(factory, "factory", 3);

done:
    printf("wine: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
