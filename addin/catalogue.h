/*
 * catalogue.h - the one description of every spreadsheet function.
 *
 * The component's dispatcher, the UNO IDL (idl/gen_idl.c) and the Function
 * Wizard texts in CalcAddIns.xcu (packaging/gen_xcu.c) are all generated or
 * driven from this table, so they cannot drift apart; tests/e2e checks the
 * result in real Calc.  No UNO here: the generators link it on their own.
 */
#ifndef EPA_CATALOGUE_H
#define EPA_CATALOGUE_H

#include <stddef.h>

/* Names written into users' files (ODF stores SERVICE.METHOD): never change. */
#define EPA_SERVICE_NAME "nl.epaplanning.calc.EpaAddIn"
#define EPA_IMPLEMENTATION_NAME "nl.epaplanning.calc.EpaAddIn.impl"
#define EPA_INTERFACE_NAME "nl.epaplanning.calc.XEpaFunctions"
#define EPA_EXTENSION_ID "nl.epaplanning.calc.epa-addin"

enum { EPA_MAX_PARAMS = 6 };

/* What an argument element must hold. */
typedef enum {
    EPA_ARG_NUMBER,   /* a number */
    EPA_ARG_NAME,     /* a name (text) */
    EPA_ARG_SCENARIO  /* a scenario number or a scenario name */
} epa_arg_kind;

typedef struct {
    const char *name;        /* IDL parameter name: camelCase, no "_" and no IDL keyword such as "bound" */
    epa_arg_kind kind;
    int optional;            /* may be omitted; the default is in desc_* */
    const char *display_en, *display_nl;
    const char *desc_en, *desc_nl;
} epa_param_desc;

/* Functions in catalogue order; the IDL declares them in this order. */
typedef enum {
    EPA_FN_EPAPREV,
    EPA_FN_EPACOUNT,
    EPA_FN_EPAURBANITY,
    EPA_FN_EPAPREVCLASS,
    EPA_FN_EPABAND,
    EPA_FN_EPADEVIATION,
    EPA_FN_EPAINSTITUTIONAL,
    EPA_FN_EPAPOPULATION,
    EPA_FN_GGZBUDGET,
    EPA_FN_SCENARIOSHARE,
    EPA_FN_SCENARIOBUDGET,
    EPA_FN_SCENARIOCAPACITY,
    EPA_FN_COUNT
} epa_function_id;

typedef struct {
    epa_function_id id;
    const char *method;       /* IDL method, lower case: "epaprev" */
    const char *display_en;   /* name users type: "EPAPREV" */
    const char *display_nl;
    const char *category;     /* Calc Function Wizard category */
    const char *desc_en, *desc_nl;
    int nparams;
    epa_param_desc params[EPA_MAX_PARAMS];
} epa_function_desc;

extern const epa_function_desc epa_catalogue[EPA_FN_COUNT];

#endif /* EPA_CATALOGUE_H */
