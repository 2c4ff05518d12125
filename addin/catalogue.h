/*
 * catalogue.h - the one description of every spreadsheet function.
 *
 * A row holds everything about a function: its names, its arguments' kinds
 * and defaults, the model operation it calls, the kind of number it returns
 * and the Function Wizard texts.  Derived from it: the UNO IDL
 * (idl/gen_idl.c), CalcAddIns.xcu (packaging/gen_xcu.c), build/catalogue.json
 * (tests/gen_catalogue_json.c, read by the Python tests) and, at run time,
 * the dispatcher (uno/component.c) and the argument conversion (apply.c).
 * tests/fast/test_catalogue_artefacts.py fails, naming the row, when the
 * derived files disagree.  No UNO here.
 */
#ifndef EPA_CATALOGUE_H
#define EPA_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>

#include "epa.h"

/* Names written into users' files (ODF stores SERVICE.METHOD): never change. */
#define EPA_SERVICE_NAME "nl.epaplanning.calc.EpaAddIn"
#define EPA_IMPLEMENTATION_NAME "nl.epaplanning.calc.EpaAddIn.impl"
#define EPA_INTERFACE_NAME "nl.epaplanning.calc.XEpaFunctions"
#define EPA_EXTENSION_ID "nl.epaplanning.calc.epa-addin"

enum { EPA_MAX_PARAMS = 6 };

/* What an argument must hold, and so how apply.c converts it. */
typedef enum {
    EPA_ARG_NUMBER,   /* a number; the model checks its range */
    EPA_ARG_COUNT,    /* a number, or text that is a plain whole number ('710'); cell.h */
    EPA_ARG_SCENARIO, /* a scenario number (0, 1, 2) or a scenario name */
    EPA_ARG_CATEGORY, /* a budget category name */
    EPA_ARG_SIDE,     /* "low" or "high" */
    EPA_ARG_ITEM,     /* a capacity item name */
    EPA_ARG_BOUND,    /* "low", "mid" or "high" */
    EPA_ARG_LEVEL,    /* "wijk" or "buurt" */
    EPA_ARG_ROW,      /* a sheet row number, 1 to 1,048,576 */
    /* Table functions only: taken whole, never repeated per element. */
    EPA_ARG_PASTE,    /* a pasted block: its header row and the rows below */
    EPA_ARG_LIST,     /* optional: a range of gemeente codes, or left out */
    EPA_ARG_KIND_COUNT
} epa_arg_kind;

/* One converted argument: a number, or the enum value a name stands for. */
typedef union {
    double number;
    int choice;
} epa_value;

/* What a result is; apply.c holds each kind to its plausible range, the same
 * range the consuming function accepts as input. */
typedef enum {
    EPA_RESULT_PER_1000,  /* prevalence per 1,000 adults: [0, 1000] */
    EPA_RESULT_PEOPLE,    /* a count of people: [0, EPA_MAX_PEOPLE] */
    EPA_RESULT_CLASS,     /* an urbanity class 1-5 */
    EPA_RESULT_FRACTION,  /* a share or coverage: [0, 1] */
    EPA_RESULT_FLAG,      /* 1 (TRUE) or 0 (FALSE) */
    EPA_RESULT_EUR,       /* euros: [0, EPA_MAX_EUR] */
    EPA_RESULT_CAPACITY,  /* teams, fte, beds, places: [0, EPA_MAX_PEOPLE] */
    EPA_RESULT_TABLE,     /* a table of texts and numbers (table functions) */
    EPA_RESULT_KIND_COUNT
} epa_result_kind;

typedef struct {
    const char *name;        /* IDL parameter name: camelCase, no "_" and no IDL keyword such as "bound" */
    epa_arg_kind kind;
    bool optional;           /* may be left out; then its default applies */
    struct {
        double number;       /* the default of an optional number */
        const char *name;    /* the default of an optional name, as a user types it */
    } fallback;
    const char *display_en, *display_nl; /* Function Wizard labels: no "_" or "~" (GTK mnemonics) */
    const char *desc_en, *desc_nl;
} epa_param_desc;

/* The model operation of a function: converted arguments in, result out. */
typedef epa_error (*epa_model_call)(const epa_value *args, double *out);

struct epa_grid;
struct epa_table;
/* A table function: all its arguments at once (one grid each, table.h;
 * values holds the converted ones that are not blocks), its result a table
 * of texts and numbers.  bad_arg as for epa_apply. */
typedef epa_error (*epa_table_call)(const struct epa_grid *args,
                                    const epa_value *values,
                                    struct epa_table *out, int *bad_arg);

typedef struct {
    /* The name users type and files store ("EPAPREV"), the same in every
     * language.  The IDL method is this name in lower case
     * (epa_function_method): ODF stores SERVICE.METHOD and Calc shows it
     * upper-cased, so the two can never disagree. */
    const char *name;
    const char *category;     /* Calc Function Wizard category */
    const char *desc_en, *desc_nl;
    /* The Dutch help Excel shows instead of desc_nl, only when desc_nl is
     * longer than the 255 UTF-16 units xlfRegister takes (EPA_EXCEL_NL);
     * else EPA_SAME_IN_EXCEL (NULL).  The XLL's build refuses a row whose
     * Excel texts do not fit, naming it (addin/xll/texts.c). */
    const char *excel_desc_nl;
    /* One of the two: an element function (its range form repeats it per
     * element, broadcast.h) or a table function (table.h). */
    struct {
        epa_model_call element;
        epa_table_call table;
    } call;
    epa_result_kind result;
    int nparams;              /* filled by EPA_ARGS from its list, never by hand */
    epa_param_desc params[EPA_MAX_PARAMS];
} epa_function_desc;

/* A row's excel_desc_nl: the Dutch help fits Excel as it is, or a shorter
 * one for Excel. */
#define EPA_SAME_IN_EXCEL NULL
#define EPA_EXCEL_NL(text) (text)

/* A row's call: an element function or a table function. */
#define EPA_ELEMENT(fn) { (fn), NULL }
#define EPA_TABLE(fn) { NULL, (fn) }

/* A row's nparams and params from one list of parameters. */
#define EPA_ARGS(...)                                                          \
    (int)(sizeof((const epa_param_desc[]){ __VA_ARGS__ }) /                    \
          sizeof(epa_param_desc)),                                             \
    { __VA_ARGS__ }

/* Longest function name; the catalogue test holds every row to it. */
enum { EPA_FUNCTION_NAME_MAX = 31 };

/* Functions in catalogue order; the IDL declares them in this order. */
extern const epa_function_desc epa_catalogue[];
extern const int epa_function_count;

/* The row whose name is name (exact), or NULL. */
const epa_function_desc *epa_function(const char *name);

/* The IDL method of fn, its name in lower case, into out. */
void epa_function_method(const epa_function_desc *fn,
                         char out[EPA_FUNCTION_NAME_MAX + 1]);

#endif /* EPA_CATALOGUE_H */
