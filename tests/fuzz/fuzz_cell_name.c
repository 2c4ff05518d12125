/*
 * fuzz_cell_name.c - libFuzzer target for epa_cell_name (addin/cell.c):
 * arbitrary UTF-16 from a spreadsheet cell, lone surrogates included,
 * turned into the UTF-8 name the parsers get.
 *
 * Input: one byte choosing the cell kind, then UTF-16 code units (little
 * endian), copied into an array of exactly that many units.  The name
 * buffer is exactly EPA_NAME_MAX + 1 bytes, the size callers must give,
 * so AddressSanitizer catches any read or write past either.
 * Invariants, against an independent UTF-16 -> UTF-8 conversion below:
 *  - a text cell gives EPA_OK; a name that fits in EPA_NAME_MAX bytes is
 *    exactly the UTF-8 of the text trimmed of White_Space at both ends,
 *    with e/E + U+0308 as U+00EB/U+00CB (a lone surrogate as U+FFFD); a
 *    longer one gives *len > EPA_NAME_MAX, and then every parser rejects it;
 *  - each parser gives the same answer on the converted name as on the
 *    reference conversion;
 *  - any other kind of cell gives EPA_ERR_MISSING (omitted, empty) or
 *    EPA_ERR_NOT_TEXT and leaves the buffer and *len untouched.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "epa.h"
#include "fuzz_util.h"

/* White_Space, spelt out from PropList.txt apart from the code under test. */
static int white(uint16_t u)
{
    static const uint16_t ws[] = { 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0,
                                   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                                   0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                                   0x2028, 0x2029, 0x202F, 0x205F, 0x3000 };
    for (size_t i = 0; i < sizeof ws / sizeof ws[0]; i++)
        if (u == ws[i])
            return 1;
    return 0;
}

/* Reference conversion of the whole text, without a length limit. */
static size_t utf8_of(const uint16_t *u, size_t n, unsigned char *out)
{
    size_t len = 0;
    while (n > 0 && white(u[n - 1]))
        n--;
    size_t i = 0;
    while (i < n && white(u[i]))
        i++;
    for (; i < n; i++) {
        uint32_t cp = u[i];
        if ((cp == 'e' || cp == 'E') && i + 1 < n && u[i + 1] == 0x0308) {
            cp = cp == 'e' ? 0xEB : 0xCB;
            i++;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 &&
            u[i + 1] <= 0xDFFF) {
            cp = 0x10000u + ((cp - 0xD800u) << 10) + (u[i + 1] - 0xDC00u);
            i++;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            out[len++] = (unsigned char)cp;
        } else if (cp < 0x800) {
            out[len++] = (unsigned char)(0xC0 | (cp >> 6));
            out[len++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[len++] = (unsigned char)(0xE0 | (cp >> 12));
            out[len++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            out[len++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else {
            out[len++] = (unsigned char)(0xF0 | (cp >> 18));
            out[len++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            out[len++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            out[len++] = (unsigned char)(0x80 | (cp & 0x3F));
        }
    }
    return len;
}

/* Every parser's result on one byte string, packed for comparison. */
static void parse_all(const char *s, size_t len, int result[5][2])
{
    epa_side side = 0;
    epa_scenario scenario = 0;
    epa_category category = 0;
    epa_item item = 0;
    epa_bound bound = 0;
    result[0][0] = epa_parse_side(s, len, &side);
    result[1][0] = epa_parse_scenario(s, len, &scenario);
    result[2][0] = epa_parse_category(s, len, &category);
    result[3][0] = epa_parse_item(s, len, &item);
    result[4][0] = epa_parse_bound(s, len, &bound);
    result[0][1] = result[0][0] == EPA_OK ? (int)side : -1;
    result[1][1] = result[1][0] == EPA_OK ? (int)scenario : -1;
    result[2][1] = result[2][0] == EPA_OK ? (int)category : -1;
    result[3][1] = result[3][0] == EPA_OK ? (int)item : -1;
    result[4][1] = result[4][0] == EPA_OK ? (int)bound : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const epa_cell_kind kinds[] = { EPA_CELL_TEXT, EPA_CELL_TEXT, EPA_CELL_TEXT,
                                           EPA_CELL_OMITTED, EPA_CELL_EMPTY,
                                           EPA_CELL_NUMBER, EPA_CELL_OTHER };
    epa_cell cell = { kinds[data[0] % (sizeof kinds / sizeof kinds[0])], 1.0, NULL, 0 };
    size_t n = (size - 1) / 2;
    uint16_t *units = malloc(n ? n * sizeof *units : 1);
    char *buf = malloc(EPA_NAME_MAX + 1);
    unsigned char *ref = malloc(n * 4 + 1);
    if (!units || !buf || !ref)
        abort();
    for (size_t i = 0; i < n; i++)
        units[i] = (uint16_t)(data[1 + 2 * i] | (data[2 + 2 * i] << 8));
    cell.text = units;
    cell.text_len = n;

    memset(buf, 0xA5, EPA_NAME_MAX + 1);
    size_t len = (size_t)-1;
    epa_error err = epa_cell_name(&cell, buf, &len);

    if (cell.kind != EPA_CELL_TEXT) {
        CHECK(err == (cell.kind == EPA_CELL_OMITTED || cell.kind == EPA_CELL_EMPTY
                          ? EPA_ERR_MISSING : EPA_ERR_NOT_TEXT));
        CHECK(len == (size_t)-1);
        for (size_t i = 0; i <= EPA_NAME_MAX; i++)
            CHECK((unsigned char)buf[i] == 0xA5);
    } else {
        CHECK(err == EPA_OK);
        size_t ref_len = utf8_of(units, n, ref);
        int got[5][2], want[5][2];
        parse_all(buf, len, got);
        if (ref_len <= EPA_NAME_MAX) {
            CHECK(len == ref_len);
            CHECK(memcmp(buf, ref, len) == 0);
            parse_all((const char *)ref, ref_len, want);
            CHECK(memcmp(got, want, sizeof got) == 0);
        } else {
            /* Over-long: flagged by the length, and no parser may take
             * the truncated prefix as a name. */
            CHECK(len > EPA_NAME_MAX);
            for (int p = 0; p < 5; p++)
                CHECK(got[p][0] != EPA_OK);
        }
    }
    free(ref);
    free(buf);
    free(units);
    return 0;
}
