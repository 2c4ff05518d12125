/*
 * region_internal.h - what region.c and region_text.c share: the working
 * tables of one read (freed before epa_region_read returns) and the
 * reason table.  Unit tests may include it; addin/ cannot (epa.h only).
 */
#ifndef EPA_MODEL_REGION_INTERNAL_H
#define EPA_MODEL_REGION_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "epa.h"

/* epa_region.column[] for a column not in the header, or in it twice. */
enum { EPA_COLUMN_MISSING = -1, EPA_COLUMN_TWICE = -2 };

/* Gemeente codes are 1-9999: tables indexed by code have this many rows. */
enum { EPA_GEMEENTE_CODES = 10000 };

typedef struct {
    uint64_t order;              /* place in CBS's order (valid codes) */
    double count[EPA_KWB_COUNTS];
    int32_t duplicate_of;        /* first row with this code, or -1 */
    int32_t conflict_with;       /* a later row with this code and other figures, or -1 */
    uint16_t readable;           /* bit k: count[k] was read */
    bool empty, code_cell_empty, valid, duplicate_same;
} epa_scan_row;

typedef struct {
    uint64_t key;
    int32_t row;
} epa_scan_key;

typedef struct {
    epa_scan_row *rows;
    epa_scan_key *keys;
    int32_t *gemeente_index;         /* by code: index into epa_region.gemeenten, or -1 */
    uint8_t *has;                    /* by code: bit per epa_area_kind pasted */
    bool *area_without_inhabitants;  /* by gemeente table index */
} epa_scan;

bool epa_scan_init(epa_scan *scan, int32_t nrows);
void epa_scan_free(epa_scan *scan);

/* The status a reason gives a row. */
epa_row_status epa_reason_status(epa_row_reason reason);

/* The reason table, exposed so tests/unit/test_region.c can keep it in
 * step with the enum. */
extern const char *const epa_reason_texts[];
extern const size_t epa_reason_text_count;

#endif /* EPA_MODEL_REGION_INTERNAL_H */
