/*
 * names.h - the one normaliser behind every name parser.
 *
 * A name from a cell is normalised once and then compared byte for byte
 * with keys already written in normal form: ASCII letters lower-cased,
 * each run of ' ', '-' or '_' turned into a single '_', and leading or
 * trailing separators dropped ("  Beschermd-Wonen " -> "beschermd_wonen").
 * Bytes >= 0x80 are left alone, so a UTF-8 alias matches only when spelt
 * with exactly the bytes listed.  Nothing else is a separator: "k linisch"
 * becomes "k_linisch" and matches no key.
 */
#ifndef EPA_MODEL_NAMES_H
#define EPA_MODEL_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* Longest input accepted, in bytes before normalisation.  Every real key is
 * far shorter; the limit bounds the work and the buffer. */
#define EPA_NAME_MAX 64

typedef struct {
    char text[EPA_NAME_MAX + 1]; /* normal form, NUL-terminated */
    size_t len;
} epa_name;

/* A spelling in normal form and the enum value it stands for. */
typedef struct {
    const char *key;
    int value;
} epa_name_entry;

/* False when text has more than EPA_NAME_MAX bytes or contains a NUL byte
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
