/*
 * cell.c - conversion of spreadsheet values to model arguments.
 */
#include "cell.h"
#include "names.h" /* epa_is_white_space */

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

/* Past this a digit string is only "too large": the value stops growing
 * (at COUNT_SATURATED) instead of reaching infinity, and every value up to
 * it is exact in a double (2^53 is about 9.007e15). */
#define COUNT_EXACT_MAX 1e15
#define COUNT_SATURATED 1e16

epa_error epa_cell_count(const epa_cell *cell, double *out)
{
    if (cell->kind != EPA_CELL_TEXT)
        return epa_cell_number(cell, out);
    size_t first = 0, end = cell->text_len;
    while (first < end && epa_is_white_space(cell->text[first]))
        first++;
    while (end > first && epa_is_white_space(cell->text[end - 1]))
        end--;
    if (first == end)
        return EPA_ERR_COUNT_TEXT;
    double v = 0.0;
    for (size_t i = first; i < end; i++) {
        uint16_t u = cell->text[i];
        if (u < '0' || u > '9')
            return EPA_ERR_COUNT_TEXT;
        if (v <= COUNT_EXACT_MAX)
            v = v * 10.0 + (double)(u - '0');
        if (v > COUNT_EXACT_MAX)
            v = COUNT_SATURATED;
    }
    *out = v;
    return EPA_OK;
}

/* Appends one code point as UTF-8 while it fits in cap bytes; returns the
 * new length, or cap + 1 once the name is too long to be any known name. */
static size_t put_utf8(char *buf, size_t len, size_t cap, uint32_t cp)
{
    unsigned char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (unsigned char)(0xC0 | (cp >> 6));
        tmp[1] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (unsigned char)(0xE0 | (cp >> 12));
        tmp[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (unsigned char)(0xF0 | (cp >> 18));
        tmp[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    if (len + n > cap)
        return cap + 1;
    for (size_t i = 0; i < n; i++)
        buf[len + i] = (char)tmp[i];
    return len + n;
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
    /* White space at the ends goes first, so padding from pasted data
     * (trailing spaces, a no-break space, a tab or line break) neither
     * counts against the limit nor reaches the parsers.  Every White_Space
     * character is one UTF-16 unit. */
    size_t first = 0, end = cell->text_len;
    while (first < end && epa_is_white_space(cell->text[first]))
        first++;
    while (end > first && epa_is_white_space(cell->text[end - 1]))
        end--;
    size_t n = 0;
    for (size_t i = first; i < end && n <= EPA_NAME_MAX; i++) {
        uint32_t cp = cell->text[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < end &&
            cell->text[i + 1] >= 0xDC00 && cell->text[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (cell->text[i + 1] - 0xDC00u);
            i++;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD; /* a lone surrogate can match no name */
        } else if ((cp == 'e' || cp == 'E') && i + 1 < end &&
                   cell->text[i + 1] == 0x0308) {
            /* The decomposed letter of "cli\u00EBnten" (e + COMBINING
             * DIAERESIS) counts as the precomposed one, as in names.c. */
            cp = cp == 'e' ? 0x00EB : 0x00CB;
            i++;
        }
        n = put_utf8(buf, n, EPA_NAME_MAX, cp);
    }
    /* Too long: the parsers read all *len bytes, so the one past the limit
     * must be defined, and a NUL matches no name (an undefined byte that
     * happened to be white space would be trimmed and let the name pass). */
    if (n > EPA_NAME_MAX)
        buf[EPA_NAME_MAX] = '\0';
    *len = n;
    return EPA_OK;
}
