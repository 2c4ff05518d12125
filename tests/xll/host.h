/*
 * host.h - the parts of the stand-in Excel host (tests/xll/): the case
 * tables' types (build/xll/cases.h, tests/xll/gen_cases.py), the check
 * counter, and what the stand-in Excel callback (excel.c) records of the
 * XLL's calls for the contract checks (contract.c).
 */
#ifndef EPA_XLL_HOST_H
#define EPA_XLL_HOST_H

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include "excel12.h"

enum {
    MAX_ARGS = 6,
    /* xlfRegister: module, procedure, type, name, argument text, macro
     * type, category, shortcut, help topic, function help; then one help
     * per argument and the trailing empty one. */
    FIXED_ARGS = 10,
    MAX_REGISTER_ARGS = FIXED_ARGS + MAX_ARGS + 1,
    /* A text buffer for 255 UTF-16 units as UTF-8 (3 bytes each at most),
     * and room to see a longer one whole. */
    TEXT_BYTES = 1024,
    /* Registrations kept: each open registers every function once. */
    MAX_REGS = 1024
};

typedef struct {
    char t;           /* n number, s text, 0 empty cell, m missing, b boolean, e error;
                       * expected only: p a text starting with str */
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
/* A catalogue row as Excel must see it (catalogue.json). */
typedef struct {
    const char *name;
    int nparams;
    const char *argnames;           /* the registered argument text */
    int noptional;
    const char *help;               /* the function help for Excel, whole */
    const char *arghelp[MAX_ARGS];  /* each argument's help, whole */
} hfn;

/* Counts a check; prints "FAIL: ..." when !ok.  Returns ok. */
int check(int ok, const char *fmt, ...);

/* ---- what the XLL asked of "Excel" (excel.c) --------------------------- */
typedef struct {
    int nargs;
    char text[MAX_REGISTER_ARGS][TEXT_BYTES]; /* each argument as UTF-8 ("" if not text) */
    int units[MAX_REGISTER_ARGS];  /* its length in UTF-16 units as passed; -1 if not text */
    double macro_type;
    double id;
    int live;                      /* registered and not yet unregistered */
} registration;

extern registration regs[MAX_REGS];
extern int nregs;
/* Calls that undo nothing: xlfUnregister of an id that is not live,
 * xlfSetName that is not the deletion of a registered name. */
extern int stray_unregisters, stray_set_names;
/* Names deleted (xlfSetName with the name alone), in call order. */
extern char deleted[MAX_REGS][64];
extern int ndeleted;
extern int alerts;                     /* xlcAlert calls */
extern char last_alert[TEXT_BYTES];
extern int unexpected_calls;
extern int module_freed;               /* xlGetName results given back */
extern XCHAR *module_name;             /* one not given back yet */
extern char xll_path[MAX_PATH * 3];
/* xlfRegister fails (xlretFailed) for this function name; NULL: none. */
extern const char *fail_register_of;

/* The UTF-8 of an XLOPER12 text ("" for any other type). */
void utf8_of(const XLOPER12 *x, char *out, size_t size);
/* A counted XLOPER12 text of utf8 (free() it). */
XCHAR *xchars(const char *utf8);

/* ---- a result's memory (heap.c) ---------------------------------------- */
/* The blocks a result of the XLL owns: itself and each non-empty text of
 * its elements, at most max, into blocks; returns how many. */
int result_blocks(const XLOPER12 *x, void **blocks, int max);
/* How many of the n blocks are busy blocks of the process heap (sorts
 * blocks). */
int heap_busy(void **blocks, int n);

/* ---- the xlAutoOpen / xlAutoClose contract (contract.c) ---------------- */
typedef int (__stdcall *auto_fn)(void);
/* Every check of registering, re-registering, a failed registration and
 * closing; leaves the XLL open with every function registered once. */
void check_contract(HMODULE xll, auto_fn open, auto_fn close, const hfn *fns, int nfns);
/* xlAutoClose returns 1, unregisters every live id and deletes the name of
 * every function that was registered, once; when names the occasion. */
void check_close(auto_fn close, const hfn *fns, int nfns, const char *when);
/* The live registration of name, or NULL. */
const registration *live_reg(const char *name);

#endif /* EPA_XLL_HOST_H */
