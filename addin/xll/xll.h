/*
 * xll.h - the Excel add-in (XLL): the same catalogue, conversion and range
 * broadcasting as the Calc component, behind Excel's C API.
 *
 *   xll.c      xlAutoOpen (registers every catalogue row), xlAutoClose,
 *              xlAutoFree12, xlAddInManagerInfo12
 *   texts.c    registration texts in UTF-16, checked against Excel's limit
 *   call.c     XLOPER12 arguments to cells and grids, element results
 *   table_result.c  a table function's result as an xltypeMulti
 *   result.c   the results' memory, given back in xlAutoFree12
 *   build/xll/exports.c (gen_exports.c) one exported procedure per row
 */
#ifndef EPA_XLL_H
#define EPA_XLL_H

#include "broadcast.h"
#include "catalogue.h"
#include "excel12.h"
#include "texts.h"
#include "xll_names.h"

#define EPA_XLL_EXPORT __declspec(dllexport)

/* One call of fn with its epa_xll_nparams(fn) arguments as Excel passes
 * them for type Q (values: a range becomes xltypeMulti, an empty cell
 * xltypeNil, a left-out argument xltypeMissing).  Returns a result that
 * carries xlbitDLLFree (freed by xlAutoFree12), or, when memory runs out,
 * a static #NUM! without it.  Never calls back into Excel: thread-safe. */
LPXLOPER12 epa_xll_call(const epa_function_desc *fn, LPXLOPER12 *args);

/* A table function's call (table.h) on its arguments as grids: an
 * xltypeMulti of numbers and texts, or the error of the whole call; as
 * epa_xll_call returns it. */
LPXLOPER12 epa_xll_table_call(const epa_function_desc *fn, const epa_grid *grids);

/* ---- results (result.c) ---- */
/* Longest text of a returned XLOPER12: Excel's cell limit. */
enum { EPA_XLL_RESULT_TEXT_MAX = 32767 };
/* A result and n elements after it, in one block flagged xlbitDLLFree
 * (its type still to be set), or NULL when memory runs out. */
XLOPER12 *epa_xll_new_result(size_t n);
/* One error value as a result; epa_xll_no_memory() when memory runs out. */
LPXLOPER12 epa_xll_error_result(int xlerr);
/* The static #NUM! without xlbitDLLFree, for when memory runs out. */
LPXLOPER12 epa_xll_no_memory(void);
/* An element of a result: the empty text (shared, never allocated), a
 * text of len UTF-16 units (false when out of memory; x unchanged) or a
 * number; a text written before is freed. */
void epa_xll_empty_text(XLOPER12 *x);
bool epa_xll_set_text(XLOPER12 *x, const uint16_t *s, size_t len);
void epa_xll_set_number(XLOPER12 *x, double v);
/* xlAutoFree12: a result of epa_xll_new_result and the texts of its
 * elements; anything not flagged xlbitDLLFree is left alone. */
void epa_xll_free_result(LPXLOPER12 x);

/* The Excel error of an epa_error (docs/excel.md): #NUM! for a result out
 * of its range, not finite, or too many cells; #VALUE! for the rest. */
int epa_xll_error(epa_error err);

/* From build/xll/exports.c, in catalogue order. */
extern const char *const epa_xll_procedures[];
extern const int epa_xll_procedure_count;

/* A row's registration while Excel holds it, for xlAutoClose and a second
 * xlAutoOpen.  The table (exports.c) has epa_xll_procedure_count entries,
 * sized from the catalogue, so no row goes without a place; only xll.c
 * touches it, on Excel's main thread. */
typedef struct {
    double id;   /* xlfRegister's register id */
    bool live;   /* registered and not yet unregistered */
} epa_xll_registration;
extern epa_xll_registration epa_xll_registrations[];

#endif /* EPA_XLL_H */
