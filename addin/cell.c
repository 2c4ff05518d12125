/*
 * cell.c - conversion of spreadsheet values to model arguments.
 */
#include <string.h>

#include "cell.h"

epa_error epa_cell_number(const epa_cell *cell, double *out)
{
    switch (cell->kind) {
    case EPA_CELL_NUMBER:
        *out = cell->number;
        return EPA_OK;
    case EPA_CELL_OMITTED:
    case EPA_CELL_EMPTY:
        return EPA_ERR_MISSING;
    default:
        /* Text is never read as a number: "23,14" in a Dutch sheet would
         * otherwise depend on the reader's locale. */
        return EPA_ERR_NOT_NUMBER;
    }
}

epa_error epa_cell_count(const epa_cell *cell, double *out)
{
    if (cell->kind != EPA_CELL_TEXT)
        return epa_cell_number(cell, out);
    return epa_count_from_utf16(cell->text, cell->text_len, out);
}

epa_error epa_cell_name(const epa_cell *cell, char *buf, size_t *len)
{
    switch (cell->kind) {
    case EPA_CELL_TEXT:
        break;
    case EPA_CELL_OMITTED:
    case EPA_CELL_EMPTY:
        return EPA_ERR_MISSING;
    default:
        return EPA_ERR_NOT_TEXT;
    }
    if (epa_name_from_utf16(cell->text, cell->text_len, buf, len))
        return EPA_OK;
    /* No name can match: hand the parser one that none does, so the error
     * is the argument's own (unknown category, unknown item ...).  Its
     * bytes are all defined: a NUL is refused by every parser. */
    memset(buf, 0, EPA_NAME_MAX + 1);
    *len = EPA_NAME_MAX + 1;
    return EPA_OK;
}
