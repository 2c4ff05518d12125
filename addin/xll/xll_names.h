/*
 * xll_names.h - what the Excel glue reads from a catalogue row, in one place
 * (the catalogue's field names may change; only these accessors would).
 * Plain C, no Windows types: the export generator (gen_exports.c) runs on
 * the build machine and includes it too.
 */
#ifndef EPA_XLL_XLL_NAMES_H
#define EPA_XLL_XLL_NAMES_H

#include "catalogue.h"

/* The name users type, the same as in Calc: "EPAPREV". */
static inline const char *epa_xll_name(const epa_function_desc *fn)
{
    return fn->name;
}

static inline int epa_xll_nparams(const epa_function_desc *fn)
{
    return fn->nparams;
}

/* Texts of Excel's Insert Function dialog: Dutch (docs/excel.md says why);
 * the function help is the row's shorter Excel text where its Dutch help is
 * longer than Excel takes (texts.c checks both at build time). */
static inline const char *epa_xll_help(const epa_function_desc *fn)
{
    return fn->excel_desc_nl ? fn->excel_desc_nl : fn->desc_nl;
}

static inline const char *epa_xll_arg_name(const epa_param_desc *p)
{
    return p->display_nl;
}

static inline const char *epa_xll_arg_help(const epa_param_desc *p)
{
    return p->desc_nl;
}

/* The exported procedure of a function is this prefix and the function's
 * name in lower case ("epa_epaprev"); gen_exports.c writes them. */
#define EPA_XLL_PROC_PREFIX "epa_"

/* The category of its own in Excel's Insert Function dialog, and the name
 * in the Add-ins dialog. */
#define EPA_XLL_CATEGORY "EPA-planning"
#define EPA_XLL_ADDIN_NAME "EPA-planning (GGZ) " EPA_VERSION

#endif /* EPA_XLL_XLL_NAMES_H */
