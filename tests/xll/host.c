/*
 * host.c - a stand-in for Excel that loads the XLL under Wine the way Excel
 * does and checks it.  The program exports MdCallBack12, Excel's callback,
 * which the XLL finds with GetProcAddress(GetModuleHandle(NULL), ...).
 *
 *  1. LoadLibrary, then xlAutoOpen: every xlfRegister call is recorded and
 *     checked against the catalogue (build/xll/cases.h, generated from
 *     build/catalogue.json): each function once, in a category of its own,
 *     with its argument count in the type text (Q per argument, Q result,
 *     "$" thread-safe), its argument names and help for the function and
 *     for every argument; the module path from xlGetName and its xlFree.
 *  2. Every case of build/xll/cases.h (tests/xll/gen_cases.py: the oracle's
 *     values) is called through the procedure and type text the XLL
 *     registered; the result must be the expected number or Excel error,
 *     of the expected shape, never NaN or infinite, and flagged
 *     xlbitDLLFree, which the host hands back to xlAutoFree12.
 *  3. xlAddInManagerInfo12, then xlAutoClose: every registration undone.
 * Prints failures, one line per function and 'xll: N passed, M failed';
 * exits 1 on failure.  Usage: wine64 host.exe 'Z:\path\to\epaaddin.xll'
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "excel12.h"

enum { MAX_ARGS = 6, MAX_FNS = 64 };

typedef struct {
    char t;           /* n number, s text, 0 empty cell, m missing, b boolean, e error */
    double num;
    const char *str;  /* UTF-8 */
    int err;
} hval;
typedef struct {
    int rows, cols;   /* rows 0: one value */
    const hval *v;
} harg;
typedef struct {
    const char *label, *fn;
    int nargs;
    harg args[MAX_ARGS];
    int rows, cols;   /* of the result; rows 0: one value */
    const hval *expect;
    double tol;
} hcase;
typedef struct {
    const char *name;
    int nparams;
    const char *argnames; /* the registered argument text */
    int noptional;
} hfn;

#include "cases.h"

enum { NFNS = sizeof catalogue_fns / sizeof catalogue_fns[0],
       NCASES = sizeof cases / sizeof cases[0] };

static int passed, failed;

static int check(int ok, const char *fmt, ...)
{
    if (ok) {
        passed++;
        return 1;
    }
    va_list ap;
    va_start(ap, fmt);
    fputs("FAIL: ", stdout);
    vprintf(fmt, ap);
    putchar('\n');
    va_end(ap);
    failed++;
    return 0;
}

/* ---- what the XLL asked of "Excel" ------------------------------------ */
typedef struct {
    int nargs;
    char text[10 + MAX_ARGS][512]; /* every argument as UTF-8 ("" if not text) */
    double macro_type;
    double id;
} registration;

static registration regs[MAX_FNS];
static int nregs, unregistered[MAX_FNS], unexpected_calls;
static XCHAR *module_name; /* handed out by xlGetName, awaiting xlFree */
static int module_freed;
static char xll_path[MAX_PATH * 3];

static void utf8_of(const XLOPER12 *x, char *out, size_t size)
{
    out[0] = '\0';
    if (!x || (x->xltype & 0xFFF) != xltypeStr)
        return;
    int n = WideCharToMultiByte(CP_UTF8, 0, (const wchar_t *)x->val.str + 1, x->val.str[0],
                                out, (int)size - 1, NULL, NULL);
    out[n > 0 ? n : 0] = '\0';
}

static XCHAR *xchars(const char *utf8)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0); /* with the NUL */
    XCHAR *s = calloc((size_t)n + 1, sizeof *s);
    MultiByteToWideChar(CP_UTF8, 0, utf8, -1, (wchar_t *)s + 1, n);
    s[0] = (XCHAR)(n - 1);
    return s;
}

__declspec(dllexport) int __stdcall MdCallBack12(int xlfn, int count, LPXLOPER12 *opers,
                                                 LPXLOPER12 result)
{
    switch (xlfn) {
    case xlGetName:
        if (count != 0 || !result)
            return xlretInvCount;
        module_name = xchars(xll_path);
        result->xltype = xltypeStr | xlbitXLFree;
        result->val.str = module_name;
        return xlretSuccess;
    case xlFree:
        for (int i = 0; i < count; i++)
            if ((opers[i]->xltype & 0xFFF) == xltypeStr && opers[i]->val.str == module_name &&
                module_name) {
                free(module_name);
                module_name = NULL;
                module_freed++;
            }
        return xlretSuccess;
    case xlfRegister: {
        if (count < 10 || count > 10 + MAX_ARGS || nregs == MAX_FNS || !result)
            return xlretInvCount;
        registration *r = &regs[nregs];
        r->nargs = count;
        for (int i = 0; i < count; i++)
            utf8_of(opers[i], r->text[i], sizeof r->text[i]);
        r->macro_type = (opers[5]->xltype & 0xFFF) == xltypeNum ? opers[5]->val.num : -1;
        r->id = 1000 + nregs;
        result->xltype = xltypeNum;
        result->val.num = r->id;
        nregs++;
        return xlretSuccess;
    }
    case xlfUnregister:
        if (count == 1 && (opers[0]->xltype & 0xFFF) == xltypeNum) {
            int i = (int)opers[0]->val.num - 1000;
            if (i >= 0 && i < nregs)
                unregistered[i]++;
            if (result)
                result->xltype = xltypeBool, result->val.xbool = 1;
            return xlretSuccess;
        }
        return xlretInvXloper;
    default:
        unexpected_calls++;
        printf("note: the XLL called function number %d, which the host does not provide\n", xlfn);
        return xlretInvXlfn;
    }
}

/* ---- the registrations against the catalogue -------------------------- */
static const registration *find_reg(const char *name)
{
    for (int i = 0; i < nregs; i++)
        if (strcmp(regs[i].text[3], name) == 0)
            return &regs[i];
    return NULL;
}

static void check_registrations(HMODULE xll)
{
    check(nregs == NFNS, "xlAutoOpen registered %d functions, the catalogue has %d", nregs, NFNS);
    check(module_freed == 1 && !module_name, "the xlGetName result was given back with xlFree");
    for (int f = 0; f < NFNS; f++) {
        const hfn *c = &catalogue_fns[f];
        int seen = 0;
        for (int i = 0; i < nregs; i++)
            seen += strcmp(regs[i].text[3], c->name) == 0;
        if (!check(seen == 1, "%s registered %d times (once expected)", c->name, seen))
            continue;
        const registration *r = find_reg(c->name);
        char type[16] = "Q";
        for (int i = 0; i < c->nparams; i++)
            strcat(type, "Q");
        strcat(type, "$");
        int ok = check(strcmp(r->text[0], xll_path) == 0, "%s: module text %s is the XLL's path", c->name, r->text[0]);
        ok &= check(GetProcAddress(xll, r->text[1]) != NULL, "%s: procedure %s is exported", c->name, r->text[1]);
        ok &= check(strcmp(r->text[2], type) == 0, "%s: type text %s, expected %s", c->name, r->text[2], type);
        ok &= check(strcmp(r->text[4], c->argnames) == 0, "%s: argument text \"%s\", the catalogue says \"%s\"",
                    c->name, r->text[4], c->argnames);
        ok &= check(r->macro_type == 1, "%s: macro type %g (1: worksheet function)", c->name, r->macro_type);
        ok &= check(strcmp(r->text[6], regs[0].text[6]) == 0 && strlen(r->text[6]) > 0,
                    "%s: category \"%s\", the same for every function", c->name, r->text[6]);
        ok &= check(strlen(r->text[9]) > 0, "%s: function help present", c->name);
        ok &= check(r->nargs == 10 + c->nparams, "%s: %d argument help texts for %d arguments", c->name,
                    r->nargs - 10, c->nparams);
        for (int i = 10; i < r->nargs; i++)
            ok &= check(strlen(r->text[i]) > 0, "%s: help of argument %d present", c->name, i - 9);
        for (int i = 0; i < r->nargs; i++)
            ok &= check(strlen(r->text[i]) <= 255, "%s: xlfRegister argument %d within 255 characters", c->name, i + 1);
        if (ok)
            printf("ok:   %s registered as %s, type %s, arguments \"%s\", category \"%s\"\n", c->name,
                   r->text[1], r->text[2], r->text[4], r->text[6]);
    }
    /* Built-in categories are "Financial", "Statistical", ...; ours is its own. */
    static const char *const builtin[] = { "Financial", "Date & Time", "Math & Trig", "Statistical",
                                           "Lookup & Reference", "Database", "Text", "Logical",
                                           "Information", "Engineering", "User Defined" };
    for (size_t i = 0; nregs && i < sizeof builtin / sizeof builtin[0]; i++)
        check(strcmp(regs[0].text[6], builtin[i]) != 0, "category \"%s\" is a built-in one", regs[0].text[6]);
}

/* ---- calls ------------------------------------------------------------- */
static void set_value(XLOPER12 *x, const hval *v)
{
    memset(x, 0, sizeof *x);
    switch (v->t) {
    case 'n': x->xltype = xltypeNum; x->val.num = v->num; break;
    case 's': x->xltype = xltypeStr; x->val.str = xchars(v->str); break;
    case '0': x->xltype = xltypeNil; break;
    case 'm': x->xltype = xltypeMissing; break;
    case 'b': x->xltype = xltypeBool; x->val.xbool = (int)v->num; break;
    case 'e': x->xltype = xltypeErr; x->val.err = v->err; break;
    }
}

static void free_value(XLOPER12 *x)
{
    if (x->xltype == xltypeStr)
        free(x->val.str);
}

typedef LPXLOPER12 (__stdcall *fn0)(void);
typedef LPXLOPER12 (__stdcall *fn1)(LPXLOPER12);
typedef LPXLOPER12 (__stdcall *fn2)(LPXLOPER12, LPXLOPER12);
typedef LPXLOPER12 (__stdcall *fn3)(LPXLOPER12, LPXLOPER12, LPXLOPER12);
typedef LPXLOPER12 (__stdcall *fn4)(LPXLOPER12, LPXLOPER12, LPXLOPER12, LPXLOPER12);
typedef LPXLOPER12 (__stdcall *fn5)(LPXLOPER12, LPXLOPER12, LPXLOPER12, LPXLOPER12, LPXLOPER12);
typedef LPXLOPER12 (__stdcall *fn6)(LPXLOPER12, LPXLOPER12, LPXLOPER12, LPXLOPER12, LPXLOPER12, LPXLOPER12);

/* Calls with as many arguments as the registered type text names. */
static LPXLOPER12 call(FARPROC p, int n, LPXLOPER12 *a)
{
    void (*f)(void) = (void (*)(void))p;
    switch (n) {
    case 0: return ((fn0)f)();
    case 1: return ((fn1)f)(a[0]);
    case 2: return ((fn2)f)(a[0], a[1]);
    case 3: return ((fn3)f)(a[0], a[1], a[2]);
    case 4: return ((fn4)f)(a[0], a[1], a[2], a[3]);
    case 5: return ((fn5)f)(a[0], a[1], a[2], a[3], a[4]);
    case 6: return ((fn6)f)(a[0], a[1], a[2], a[3], a[4], a[5]);
    }
    return NULL;
}

static const char *err_name(int e)
{
    switch (e) {
    case xlerrNull: return "#NULL!";
    case xlerrDiv0: return "#DIV/0!";
    case xlerrValue: return "#VALUE!";
    case xlerrRef: return "#REF!";
    case xlerrName: return "#NAME?";
    case xlerrNum: return "#NUM!";
    case xlerrNA: return "#N/A";
    }
    return "#?";
}

static int same(const XLOPER12 *got, const hval *want, double tol, char *why, size_t size)
{
    uint32_t t = got->xltype & 0xFFF;
    if (want->t == 'e') {
        if (t == xltypeErr && got->val.err == want->err)
            return 1;
        if (t == xltypeNum)
            snprintf(why, size, "%.17g, expected %s", got->val.num, err_name(want->err));
        else if (t == xltypeErr)
            snprintf(why, size, "%s, expected %s", err_name(got->val.err), err_name(want->err));
        else
            snprintf(why, size, "type 0x%x, expected %s", (unsigned)t, err_name(want->err));
        return 0;
    }
    if (t == xltypeNum && isfinite(got->val.num) &&
        fabs(got->val.num - want->num) <= tol * fmax(1.0, fabs(want->num)))
        return 1;
    if (t == xltypeNum)
        snprintf(why, size, "%.17g, expected %.17g", got->val.num, want->num);
    else if (t == xltypeErr)
        snprintf(why, size, "%s, expected %.17g", err_name(got->val.err), want->num);
    else
        snprintf(why, size, "type 0x%x, expected %.17g", (unsigned)t, want->num);
    return 0;
}

static int freed, unflagged;

static void run_case(HMODULE xll, const hcase *c, void (__stdcall *auto_free)(LPXLOPER12))
{
    const registration *r = find_reg(c->fn);
    if (!check(r != NULL, "%s: %s is not registered", c->label, c->fn))
        return;
    int n = (int)strlen(r->text[2]) - 2; /* "Q" result, one "Q" per argument, "$" */
    if (!check(n == c->nargs, "%s: type text %s takes %d arguments, the case has %d", c->label, r->text[2], n,
               c->nargs))
        return;
    XLOPER12 args[MAX_ARGS], *cells[MAX_ARGS] = { 0 };
    LPXLOPER12 ptrs[MAX_ARGS];
    for (int i = 0; i < n; i++) {
        const harg *a = &c->args[i];
        if (a->rows == 0) {
            set_value(&args[i], &a->v[0]);
        } else {
            int k = a->rows * a->cols;
            cells[i] = calloc((size_t)k, sizeof *cells[i]);
            for (int j = 0; j < k; j++)
                set_value(&cells[i][j], &a->v[j]);
            args[i].xltype = xltypeMulti;
            args[i].val.array.lparray = cells[i];
            args[i].val.array.rows = a->rows;
            args[i].val.array.columns = a->cols;
        }
        ptrs[i] = &args[i];
    }
    LPXLOPER12 res = call(GetProcAddress(xll, r->text[1]), n, ptrs);
    char why[200] = "";
    int ok = res != NULL;
    if (!ok) {
        snprintf(why, sizeof why, "no result");
    } else if (c->rows == 0) {
        ok = same(res, &c->expect[0], c->tol, why, sizeof why);
    } else if ((res->xltype & 0xFFF) != xltypeMulti || res->val.array.rows != c->rows ||
               res->val.array.columns != c->cols) {
        ok = 0;
        snprintf(why, sizeof why, "not a %d x %d array (type 0x%x)", c->rows, c->cols, (unsigned)res->xltype);
    } else {
        for (int j = 0; ok && j < c->rows * c->cols; j++) {
            ok = same(&res->val.array.lparray[j], &c->expect[j], c->tol, why, sizeof why);
            if (!ok) {
                size_t len = strlen(why);
                snprintf(why + len, sizeof why - len, " (element %d)", j + 1);
            }
        }
    }
    check(ok, "%s %s: %s", c->fn, c->label, why);
    if (res && (res->xltype & xlbitDLLFree)) {
        auto_free(res);
        freed++;
    } else if (res) {
        unflagged++;
    }
    for (int i = 0; i < n; i++) {
        if (cells[i]) {
            for (int j = 0; j < c->args[i].rows * c->args[i].cols; j++)
                free_value(&cells[i][j]);
            free(cells[i]);
        } else {
            free_value(&args[i]);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: host.exe PATH-OF-XLL\n");
        return 2;
    }
    snprintf(xll_path, sizeof xll_path, "%s", argv[1]);
    HMODULE xll = LoadLibraryA(argv[1]);
    if (!check(xll != NULL, "LoadLibrary(%s): error %lu", argv[1], GetLastError()))
        goto done;
    int (__stdcall *auto_open)(void) = (int (__stdcall *)(void))(void (*)(void))GetProcAddress(xll, "xlAutoOpen");
    int (__stdcall *auto_close)(void) = (int (__stdcall *)(void))(void (*)(void))GetProcAddress(xll, "xlAutoClose");
    void (__stdcall *auto_free)(LPXLOPER12) =
        (void (__stdcall *)(LPXLOPER12))(void (*)(void))GetProcAddress(xll, "xlAutoFree12");
    LPXLOPER12 (__stdcall *info)(LPXLOPER12) =
        (LPXLOPER12 (__stdcall *)(LPXLOPER12))(void (*)(void))GetProcAddress(xll, "xlAddInManagerInfo12");
    if (!check(auto_open && auto_close && auto_free && info,
               "xlAutoOpen, xlAutoClose, xlAutoFree12 and xlAddInManagerInfo12 are exported"))
        goto done;
    check(auto_open() == 1, "xlAutoOpen returns 1");
    check_registrations(xll);

    int per_fn[NFNS] = { 0 }, fails_before = failed;
    for (int k = 0; k < NCASES; k++) {
        int before = failed;
        run_case(xll, &cases[k], auto_free);
        for (int f = 0; f < NFNS; f++)
            if (strcmp(catalogue_fns[f].name, cases[k].fn) == 0 && failed == before)
                per_fn[f]++;
    }
    for (int f = 0; f < NFNS; f++)
        printf("%s:   %s: %d cases as the oracle says\n", per_fn[f] ? "ok" : "FAIL", catalogue_fns[f].name,
               per_fn[f]);
    printf("note: %d cases, %d failed\n", NCASES, failed - fails_before);
    check(freed == NCASES && unflagged == 0,
          "every result flagged xlbitDLLFree and handed to xlAutoFree12 (%d of %d; %d unflagged)", freed, NCASES,
          unflagged);

    XLOPER12 one = { .val.num = 1, .xltype = xltypeNum };
    char name[256];
    utf8_of(info(&one), name, sizeof name);
    check(strncmp(name, "EPA", 3) == 0, "xlAddInManagerInfo12(1) names the add-in (\"%s\")", name);
    printf("ok:   xlAddInManagerInfo12(1) is \"%s\"\n", name);

    check(auto_close() == 1, "xlAutoClose returns 1");
    for (int i = 0; i < nregs; i++)
        check(unregistered[i] == 1, "%s unregistered once by xlAutoClose (%d)", regs[i].text[3], unregistered[i]);
    check(unexpected_calls == 0, "the XLL called only xlGetName, xlFree, xlfRegister, xlfUnregister");
    FreeLibrary(xll);
done:
    printf("xll: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
