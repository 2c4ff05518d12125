/*
 * fuzz_util.h - what the libFuzzer targets share: a failed invariant aborts
 * (libFuzzer then saves the input), inputs are read front to back with
 * zeros past the end, and outputs start as a NaN no function computes so a
 * target can tell "untouched" from "written".
 */
#ifndef EPA_FUZZ_UTIL_H
#define EPA_FUZZ_UTIL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond))                                                         \
            abort();                                                         \
    } while (0)

typedef struct {
    const uint8_t *p;
    size_t left;
} reader;

static inline void take(reader *r, void *out, size_t n)
{
    memset(out, 0, n);
    size_t k = n < r->left ? n : r->left;
    memcpy(out, r->p, k);
    r->p += k;
    r->left -= k;
}

static inline uint8_t rd_byte(reader *r)
{
    uint8_t b;
    take(r, &b, 1);
    return b;
}

static inline double sentinel(void)
{
    uint64_t bits = UINT64_C(0x7FF4DEADBEEF1234);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

#endif /* EPA_FUZZ_UTIL_H */
