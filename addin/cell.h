/*
 * cell.h - one spreadsheet value as a function wrapper sees it.
 *
 * The UNO layer (uno/call.c) classifies each argument element into an
 * epa_cell; apply.c turns cells into model arguments by their catalogue
 * kinds.  No UNO types here, so all of it is unit-tested without LibreOffice.
 */
#ifndef EPA_CELL_H
#define EPA_CELL_H

#include <stddef.h>
#include <stdint.h>

#include "epa.h"
#include "names.h" /* EPA_NAME_MAX */

typedef enum {
    EPA_CELL_OMITTED, /* argument left out (optional arguments take their default) */
    EPA_CELL_EMPTY,   /* an empty cell inside a range (Calc passes it as "") */
    EPA_CELL_NUMBER,
    EPA_CELL_TEXT,
    EPA_CELL_OTHER    /* boolean or any other value type */
} epa_cell_kind;

typedef struct {
    epa_cell_kind kind;
    double number;          /* EPA_CELL_NUMBER */
    const uint16_t *text;   /* EPA_CELL_TEXT: UTF-16, not NUL-terminated */
    size_t text_len;        /* in UTF-16 code units */
} epa_cell;

/* A required number. */
epa_error epa_cell_number(const epa_cell *cell, double *out);
/* A required count (EPA_ARG_COUNT): a number as epa_cell_number, or text
 * that is a plain whole number, as CBS's own files store counts ('710'):
 * ASCII digits only (leading zeros allowed), after Unicode white space is
 * trimmed at both ends as for names.  Any other text ("10.410", "1,5", ".",
 * "1e3", "-5", "+5", "1 000", white space alone) is EPA_ERR_COUNT_TEXT: its
 * meaning would depend on the reader's locale, or it is no number at all.
 * A digit string above 10^15 reads as 10^16, so the model calls it too
 * large; up to 10^15 the value is exact. */
epa_error epa_cell_count(const epa_cell *cell, double *out);
/* A name as UTF-8 in buf (size >= EPA_NAME_MAX + 1), trimmed of Unicode
 * white space at both ends, with 'e'/'E' + U+0308 composed (see names.h);
 * text still over-long after that gives *len = EPA_NAME_MAX + 1 with
 * buf[EPA_NAME_MAX] a NUL byte, which every parser rejects. */
epa_error epa_cell_name(const epa_cell *cell, char *buf, size_t *len);

#endif /* EPA_CELL_H */
