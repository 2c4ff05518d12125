/*
 * driver.h - what the parts of the Wine UNO driver share (tests/wine/):
 * the check counter, the test call's arguments and outcome, and the call
 * through the add-in's dispatcher as LibreOffice's bridge makes it
 * (driver.c); the table functions' checks are tables.c's.
 */
#ifndef EPA_WINE_DRIVER_H
#define EPA_WINE_DRIVER_H

#include "uno_c.h"

/* Prints "ok: ..." or "FAIL: ..." and counts it. */
void check(int ok, const char *fmt, ...);

/* A cell of a pasted block ('n' a number, 's' a text, "" an empty cell
 * as Calc passes it) or of an expected table ('p': a text starting with
 * str). */
typedef struct {
    char t;
    double num;
    const char *str;
} wcell;

/* An argument of a test call: a number, a text, left out, a column of
 * numbers, or a block of cells (rows x cols, row by row), as Calc builds a
 * range. */
typedef struct {
    enum { NUM, STR, OMIT, COL, GRID } kind;
    double num;
    const char *str;
    int n;
    const double *col;
    const wcell *cells;
    int rows, cols;
} arg;
#define N(x) { NUM, (x), NULL, 0, NULL, NULL, 0, 0 }
#define S(x) { STR, 0, (x), 0, NULL, NULL, 0, 0 }
#define OMITTED { OMIT, 0, NULL, 0, NULL, NULL, 0, 0 }
#define COLUMN(...) { COL, 0, NULL, (int)(sizeof((const double[]){ __VA_ARGS__ }) / sizeof(double)), \
                      (const double[]){ __VA_ARGS__ }, NULL, 0, 0 }
#define GRID(cells, rows, cols) { GRID, 0, NULL, 0, NULL, (cells), (rows), (cols) }

typedef struct {
    int ok;               /* 1: called; 0: not in the IDL; -1: argument not expressible */
    const char *exception; /* NULL, or "illegal" / "runtime" / "other" */
    uno_Any ret;          /* valid when ok and no exception */
    char message[256];    /* an IllegalArgumentException's Message (ASCII) ... */
    int position;         /* ... and ArgumentPosition */
} outcome;

/* Calls a spreadsheet function (IDL method name) with the given arguments;
 * by pointer: a uno_Any may point into itself.  The caller destructs
 * out->ret when out->ok > 0 and no exception. */
void call(outcome *out, uno_Interface *addin, const char *method, const arg *args, int nargs);
/* Counts a call of method that gave a value or raised Err:502: every IDL
 * method must show both. */
void count_outcome(const char *method, int raised);
/* Whether t is the type named name ("[][]any"). */
int type_is(const typelib_TypeDescriptionReference *t, const char *name);

/* The table functions (tables.c, cases from build/wine/region.h). */
void check_tables(uno_Interface *addin);

#endif /* EPA_WINE_DRIVER_H */
