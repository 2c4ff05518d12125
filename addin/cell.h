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

/* epa_cell itself, one classified value, is the model's (include/epa.h):
 * the region reader takes pasted blocks of them too. */

/* A required number. */
epa_error epa_cell_number(const epa_cell *cell, double *out);
/* A required count (EPA_ARG_COUNT): a number as epa_cell_number, or text
 * that is a plain whole number, as CBS's own files store counts ('710'),
 * read by the model's epa_count_from_utf16 (include/epa.h). */
epa_error epa_cell_count(const epa_cell *cell, double *out);
/* A name in buf (size >= EPA_NAME_TEXT_MAX + 1) for the epa_parse_*
 * parsers: the cell's text trimmed, as UTF-8 (epa_name_from_utf16).  Text
 * that can be no name (over-long after trimming) gives *len =
 * EPA_NAME_MAX + 1 NUL bytes, which every parser rejects with its own
 * error. */
epa_error epa_cell_name(const epa_cell *cell, char *buf, size_t *len);

#endif /* EPA_CELL_H */
