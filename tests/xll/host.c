/*
 * host.c - a stand-in for Excel that loads the XLL under Wine the way Excel
 * does and checks it.  The program exports MdCallBack12, Excel's callback
 * (excel.c), which the XLL finds with GetProcAddress(GetModuleHandle(NULL),
 * ...).
 *
 *  1. LoadLibrary, then the xlAutoOpen / xlAutoClose contract (contract.c):
 *     registrations against the catalogue (build/xll/cases.h, from
 *     build/catalogue.json) with every text whole and within 255 UTF-16
 *     units and the trailing empty help; close deleting ids and names; a
 *     failed registration alerted; a second open losing nothing.
 *  2. Every case of build/xll/cases.h (tests/xll/gen_cases.py: the shared
 *     bad-input matrix of tests/e2e/matrix.py and the oracle's values) is
 *     called through the procedure and type text the XLL registered; the
 *     result must be the expected number or Excel error, of the expected
 *     shape, never NaN or infinite, and flagged xlbitDLLFree, which the host
 *     hands back to xlAutoFree12.
 *  3. xlAddInManagerInfo12, then xlAutoClose: every registration undone.
 * Prints failures, one line per function and 'xll: N passed, M failed';
 * exits 1 on failure.  Usage: wine64 host.exe 'Z:\path\to\epaaddin.xll'
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

#include "cases.h"

enum { NFNS = sizeof catalogue_fns / sizeof catalogue_fns[0],
       NCASES = sizeof cases / sizeof cases[0] };

static int passed, failed;

int check(int ok, const char *fmt, ...)
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
    if (want->t == 's' || want->t == 'p') {
        char text[4 * TEXT_BYTES];
        utf8_of(got, text, sizeof text);
        size_t n = want->t == 'p' ? strlen(want->str) : strlen(text) + 1;
        if (t == xltypeStr && strncmp(text, want->str, n) == 0)
            return 1;
        if (t == xltypeStr)
            snprintf(why, size, "\"%.60s\", expected %s\"%.60s\"", text, want->t == 'p' ? "a text starting " : "",
                     want->str);
        else
            snprintf(why, size, "type 0x%x, expected the text \"%.60s\"", (unsigned)t, want->str);
        return 0;
    }
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

static int freed, unflagged, texts_freed;

static void run_case(HMODULE xll, const hcase *c, void (__stdcall *auto_free)(LPXLOPER12))
{
    const registration *r = live_reg(c->fn);
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
        /* The result and every text in it are the XLL's heap blocks, and
         * xlAutoFree12 gives every one back. */
        int max = (res->xltype & 0xFFF) == xltypeMulti ? res->val.array.rows * res->val.array.columns + 1 : 2;
        void **blocks = malloc((size_t)max * sizeof *blocks);
        int n = blocks ? result_blocks(res, blocks, max) : 0;
        int before = heap_busy(blocks, n);
        auto_free(res);
        int after = heap_busy(blocks, n);
        check(blocks && before == n && after == 0,
              "%s %s: %d blocks (the result and %d texts), %d of them heap blocks, %d left after xlAutoFree12",
              c->fn, c->label, n, n - 1, before, after);
        free(blocks);
        freed++;
        texts_freed += n - 1;
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
    check_contract(xll, auto_open, auto_close, catalogue_fns, NFNS);

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
    printf("note: xlAutoFree12 gave back %d results and the %d texts in them\n", freed, texts_freed);

    XLOPER12 one = { .val.num = 1, .xltype = xltypeNum };
    char name[256];
    utf8_of(info(&one), name, sizeof name);
    check(strncmp(name, "EPA", 3) == 0, "xlAddInManagerInfo12(1) names the add-in (\"%s\")", name);
    printf("ok:   xlAddInManagerInfo12(1) is \"%s\"\n", name);

    check_close(auto_close, catalogue_fns, NFNS, "the last");
    check(stray_unregisters == 0, "%d xlfUnregister calls of ids not registered (or twice)", stray_unregisters);
    check(stray_set_names == 0, "%d xlfSetName calls that delete no registered name", stray_set_names);
    check(module_freed > 0 && module_name == NULL, "every xlGetName result given back with xlFree");
    check(unexpected_calls == 0,
          "the XLL called only xlGetName, xlFree, xlfRegister, xlfUnregister, xlfSetName, xlcAlert");
    FreeLibrary(xll);
done:
    printf("xll: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
