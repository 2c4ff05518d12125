/*
 * names.h - the one normaliser behind every name parser.
 *
 * A name from a cell is normalised once and then compared byte for byte
 * with keys already written in normal form: ASCII letters lower-cased,
 * each run of ' ', '-' or '_' turned into a single '_', and leading or
 * trailing separators dropped ("  Beschermd-Wonen " -> "beschermd_wonen").
 *
 * Names pasted from other sources arrive padded and spelt differently, so
 * two steps come first:
 *  - Unicode white space (the White_Space property: tab, line breaks,
 *    no-break space, ...) is trimmed at both ends, before the length limit
 *    is applied to what remains;
 *  - the decomposed forms of the accented letters the keys use, 'e' or 'E'
 *    followed by U+0308 COMBINING DIAERESIS, become the precomposed
 *    U+00EB and U+00CB ("cli" "e\xcc\x88" "nten" -> "cli\xc3\xabnten").
 * Nothing else is guessed: other bytes >= 0x80 are left alone, so a UTF-8
 * alias matches only when spelt with the bytes listed or their decomposed
 * form; white space inside a name is not a separator ("beds\tx" stays);
 * and "k linisch" becomes "k_linisch", which matches no key.
 */
#ifndef EPA_MODEL_NAMES_H
#define EPA_MODEL_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "epa.h" /* EPA_NAME_MAX, epa_name_from_utf16 */

typedef struct {
    char text[EPA_NAME_MAX + 1]; /* normal form, NUL-terminated */
    size_t len;
} epa_name;

/* A spelling in normal form and the enum value it stands for. */
typedef struct {
    const char *key;
    int value;
} epa_name_entry;

/* Whether cp has the Unicode White_Space property (PropList.txt):
 * U+0009-000D, U+0020, U+0085, U+00A0, U+1680, U+2000-200A, U+2028,
 * U+2029, U+202F, U+205F and U+3000. */
bool epa_is_white_space(uint32_t cp);

/* False when text, trimmed of white space at both ends and composed, has
 * more than EPA_NAME_MAX bytes or contains a NUL byte
 * (a NUL would let "beds\0junk" pass as "beds").  NULL text with len 0 is
 * the empty name, which matches no key; NULL with len > 0 is rejected.
 * Never reads text[len] or beyond. */
bool epa_name_normalise(const char *text, size_t len, epa_name *out);

/* Whether the normalised name equals key (which must be in normal form). */
bool epa_name_is(const epa_name *name, const char *key);

/* Looks name up in table; on a match stores the entry's value. */
bool epa_name_find(const epa_name *name, const epa_name_entry *table,
                   size_t count, int *value);

#endif /* EPA_MODEL_NAMES_H */
