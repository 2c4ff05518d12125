/*
 * texts.h - the texts the XLL hands to xlfRegister, measured as Excel
 * measures them: in UTF-16 units, at most 255 per text.  Plain C, no
 * Windows types: the export generator (gen_exports.c) checks every row at
 * build time with the same code the XLL converts with at xlAutoOpen.
 */
#ifndef EPA_XLL_TEXTS_H
#define EPA_XLL_TEXTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "catalogue.h"

/* Longest text Excel takes in an xlfRegister argument. */
enum { EPA_XLL_TEXT_MAX = 255 };

/* UTF-8 (the catalogue's encoding) to UTF-16: writes at most max units to
 * out (out may be NULL) and returns how many the whole text takes, so a
 * caller sees a text that does not fit instead of a cut one. */
size_t epa_xll_utf16(const char *utf8, uint16_t *out, size_t max);

/* The argument text of fn, its argument names joined by ",", into out;
 * false when it does not fit size bytes. */
bool epa_xll_arg_text(const epa_function_desc *fn, char *out, size_t size);

/* Every text xlfRegister takes from fn (name, argument text, category,
 * function help, each argument's help) against Excel's limit, and the rule
 * that a row's Excel help is there only when its Dutch help is too long.
 * Writes one line per problem to report, naming the row ("EPAPREVCBS:
 * function help 329 UTF-16 units, Excel takes 255"); returns how many. */
int epa_xll_text_problems(const epa_function_desc *fn, FILE *report);

#endif /* EPA_XLL_TEXTS_H */
