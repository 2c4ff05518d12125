/*
 * test_region.c - section 6 of MODEL.md: every status and reason of a
 * pasted row, every plausibility rule, each gemeente's cover and the
 * region's totals and message.
 *
 * Figures: the worked example of annex 4 (S 23.14, W 5.60, A 3.45, matig
 * stedelijk, 3,917 adults: P 14.988166, N 58.7) written as CBS counts, so a
 * computed row can be checked against the report itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "region_internal.h"
#include "test_util.h"

/* ---- a pasted block built from strings --------------------------------
 * NULL is an empty cell, "#1200" the number 1200, anything else text
 * (UTF-8, turned into UTF-16 as Calc hands text over). */
enum { MAXR = 48, MAXC = 20, MAXT = 40 };
typedef struct {
    int32_t nrows, ncols;
    epa_cell cells[MAXR][MAXC];
    uint16_t text[MAXR][MAXC][MAXT];
} table;

static void cell_at(const epa_block *b, int32_t r, int32_t c, epa_cell *out)
{
    const table *t = b->src;
    *out = t->cells[r][c];
}

static void set_cell(table *t, int r, int c, const char *s)
{
    epa_cell *cell = &t->cells[r][c];
    memset(cell, 0, sizeof *cell);
    if (s == NULL) {
        cell->kind = EPA_CELL_EMPTY;
    } else if (s[0] == '#') {
        cell->kind = EPA_CELL_NUMBER;
        cell->number = strtod(s + 1, NULL);
    } else {
        size_t n = 0;
        const unsigned char *p = (const unsigned char *)s;
        while (*p && n < MAXT) {
            uint32_t cp = *p++;
            if (cp >= 0xC0 && cp < 0xE0) {
                cp = (cp & 0x1F) << 6 | (*p++ & 0x3F);
            } else if (cp >= 0xE0) {
                cp = (cp & 0x0F) << 12 | (uint32_t)(p[0] & 0x3F) << 6 | (p[1] & 0x3F);
                p += 2;
            }
            t->text[r][c][n++] = (uint16_t)cp;
        }
        cell->kind = EPA_CELL_TEXT;
        cell->text = t->text[r][c];
        cell->text_len = n;
    }
}

static const char *const header[] = {
    "gwb_code_10", "regio", "gm_naam", "a_inw", "a_15_24", "a_25_44",
    "a_45_64", "a_65_oo", "a_hh", "a_1p_hh", "a_soz_wb", "a_soz_ao", "ste_oad",
};
enum { NCOLS = sizeof header / sizeof header[0] };

static table T;

static void reset(void)
{
    memset(&T, 0, sizeof T);
    T.nrows = 1;
    T.ncols = NCOLS;
    for (int c = 0; c < MAXC; c++)
        for (int r = 0; r < MAXR; r++)
            set_cell(&T, r, c, NULL);
    for (int c = 0; c < NCOLS; c++)
        set_cell(&T, 0, c, header[c]);
}

/* Appends a row: code, then the 10 counts of the header's order as text
 * (CBS's xlsx stores many counts as text); the names are filled in. */
static int add_row(const char *code, const char *counts[10])
{
    int r = T.nrows++;
    set_cell(&T, r, 0, code);
    set_cell(&T, r, 1, "naam");
    set_cell(&T, r, 2, "Utrecht");
    for (int k = 0; k < 10; k++)
        set_cell(&T, r, 3 + k, counts[k]);
    return r - 1; /* data row index */
}

/* The worked example as counts, scaled by k inhabitants-tenthousands:
 * S = 2314/10000 = 23.14%, W = 560/10000 = 5.6%, A = 345/10000 = 3.45%,
 * OAD 1200 (matig stedelijk), adults 0.7 x 0 + 1917 + 1000 + 1000 = 3917. */
static int add_example(const char *code)
{
    const char *c[10] = { "10000", "0", "1917", "1000", "1000",
                          "10000", "2314", "560", "345", "#1200" };
    return add_row(code, c);
}

/* An area with inhabitants inh and otherwise the example's shares. */
static int add_area(const char *code, int inh)
{
    static char buf[MAXR][10][16];
    int r = T.nrows;
    snprintf(buf[r][0], 16, "%d", inh);
    snprintf(buf[r][1], 16, "0");
    snprintf(buf[r][2], 16, "%d", inh / 10);
    snprintf(buf[r][3], 16, "%d", inh / 10);
    snprintf(buf[r][4], 16, "%d", inh / 10);
    snprintf(buf[r][5], 16, "%d", inh / 2);
    snprintf(buf[r][6], 16, "%d", inh / 5);
    snprintf(buf[r][7], 16, "%d", inh / 50);
    snprintf(buf[r][8], 16, "%d", inh / 50);
    snprintf(buf[r][9], 16, "#2000");
    const char *c[10];
    for (int k = 0; k < 10; k++)
        c[k] = buf[r][k];
    return add_row(code, c);
}

/* Sets one count (column name) of data row i. */
static void set_count(int i, const char *column, const char *value)
{
    for (int c = 0; c < NCOLS; c++)
        if (strcmp(header[c], column) == 0)
            set_cell(&T, i + 1, c, value);
}

static table L; /* the region list */

static epa_block block_of(table *t)
{
    epa_block b = { t->nrows, t->ncols, cell_at, t };
    return b;
}

static epa_region *read_with(epa_level level, const char *const *listed, int nlisted)
{
    epa_block paste = block_of(&T), list;
    epa_region_options opt = { level, EPA_ADULT_FACTOR, NULL };
    if (nlisted > 0) {
        memset(&L, 0, sizeof L);
        L.nrows = nlisted;
        L.ncols = 1;
        for (int i = 0; i < nlisted; i++)
            set_cell(&L, i, 0, listed[i]);
        list = block_of(&L);
        opt.listed = &list;
    }
    epa_region *reg = NULL;
    assert_ok(epa_region_read(&paste, &opt, &reg));
    assert_non_null(reg);
    /* Every pasted row is accounted for, whatever the paste. */
    const epa_region_totals *t = &reg->totals;
    assert_int_equal(t->pasted, t->computed + t->unknown + t->excluded);
    return reg;
}

static epa_region *read_wijk(void) { return read_with(EPA_LEVEL_WIJK, NULL, 0); }

static const char *row_text(const epa_region *reg, int i)
{
    static char buf[256];
    size_t n = epa_region_row_text(reg, i, 1, buf, sizeof buf);
    assert_true(n < sizeof buf);
    assert_int_equal(n, strlen(buf));
    return buf;
}

static const char *message(const epa_region *reg)
{
    static char buf[1024];
    size_t n = epa_region_message(reg, 1, buf, sizeof buf);
    assert_true(n < sizeof buf);
    return buf;
}

#define assert_row(reg, i, st, rs, col)                                      \
    do {                                                                     \
        const epa_region_row *r_ = &(reg)->rows[i];                          \
        if (r_->status != (st) || r_->reason != (rs)                         \
            || r_->column != (col)) {                                        \
            print_error("row %d: status %d reason %d column %d (%s), "      \
                        "expected %d %d %d\n", (int)(i), r_->status,         \
                        r_->reason, r_->column, row_text(reg, i), (st),      \
                        (rs), (col));                                        \
            fail();                                                          \
        }                                                                    \
    } while (0)
#define NOCOL EPA_KWB_COLUMN_COUNT

/* ---- a computed row: the report's worked example ------------------------ */

static void test_worked_example(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    epa_region *reg = read_wijk();
    const epa_region_row *r = &reg->rows[0];
    assert_row(reg, 0, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_near(r->single_pct, 23.14, 1e-12);
    assert_near(r->wwb_pct, 5.6, 1e-12);
    assert_near(r->ao_pct, 3.45, 1e-12);
    assert_near(r->adults, 3917.0, 1e-9);
    assert_near(r->per_1000, 14.988166, 1e-6);      /* annex 4: 14.99 */
    assert_near(r->count, 58.7, 0.05);              /* annex 4: 58.7, printed 59 */
    assert_near(r->count, 14.988166 * 3.917, 1e-5);
    assert_exact(r->inhabitants, 10000.0);
    assert_string_equal(r->code, "WK034401");
    assert_int_equal(r->gemeente, 344);
    assert_int_equal(r->kind, EPA_AREA_WIJK);
    assert_string_equal(row_text(reg, 0), "berekend");
    assert_int_equal(reg->totals.computed, 1);
    assert_near(reg->totals.count, r->count, 0.0);
    epa_region_free(reg);
}

static void test_adult_factor_is_used(void **state)
{
    (void)state;
    reset();
    int i = add_example("WK034401");
    set_count(i, "a_15_24", "1000");
    epa_block paste = block_of(&T);
    epa_region_options opt = { EPA_LEVEL_WIJK, 0.5, NULL };
    epa_region *reg;
    assert_ok(epa_region_read(&paste, &opt, &reg));
    assert_near(reg->rows[0].adults, 3917.0 + 500.0, 1e-9);
    epa_region_free(reg);
}

/* ---- codes ---------------------------------------------------------- */

static void test_codes_are_normalised(void **state)
{
    (void)state;
    reset();
    add_example(" wk034401\xc2\xa0");       /* lower case, no-break space */
    add_example("\xe2\x80\xaf" "Bu03440101 ");  /* narrow no-break space */
    epa_region *reg = read_with(EPA_LEVEL_BUURT, NULL, 0);
    assert_string_equal(reg->rows[0].code, "WK034401");
    assert_string_equal(reg->rows[1].code, "BU03440101");
    assert_int_equal(reg->rows[1].gemeente, 344);
    assert_row(reg, 1, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_row(reg, 0, EPA_ROW_EXCLUDED, EPA_REASON_OTHER_LEVEL, EPA_KWB_CODE);
    assert_string_equal(row_text(reg, 0), "uitgesloten: ander niveau (de gemeente telt per buurt)");
    epa_region_free(reg);
}

static void test_bad_and_missing_codes(void **state)
{
    (void)state;
    reset();
    add_example("WK03440");         /* 5 digits */
    add_example("XX034401");
    add_example("WK 034401");       /* a space inside */
    add_example(NULL);              /* no code, figures present */
    T.nrows++;                      /* an empty row: not pasted */
    int n = add_example("#344");    /* a number is no code */
    epa_region *reg = read_wijk();
    for (int i = 0; i < 3; i++)
        assert_row(reg, i, EPA_ROW_EXCLUDED, EPA_REASON_BAD_CODE, EPA_KWB_CODE);
    assert_row(reg, 3, EPA_ROW_EXCLUDED, EPA_REASON_NO_CODE, EPA_KWB_CODE);
    assert_row(reg, 4, EPA_ROW_EMPTY, EPA_REASON_NONE, NOCOL);
    assert_row(reg, n, EPA_ROW_EXCLUDED, EPA_REASON_BAD_CODE, EPA_KWB_CODE);
    assert_string_equal(row_text(reg, 3), "uitgesloten: geen gebiedscode");
    assert_string_equal(row_text(reg, 0), "uitgesloten: geen GM-, WK- of BU-code");
    assert_string_equal(row_text(reg, 4), "");
    assert_int_equal(reg->totals.pasted, 5);
    assert_int_equal(reg->totals.excluded, 5);
    assert_false(reg->totals.complete);
    assert_string_equal(message(reg), "onvolledig: geen gebied berekend");
    epa_region_free(reg);
}

static void test_no_code_column(void **state)
{
    (void)state;
    reset();
    set_cell(&T, 0, 0, "code");
    add_example("WK034401");
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_EXCLUDED, EPA_REASON_NO_CODE_COLUMN, EPA_KWB_CODE);
    assert_false(reg->totals.complete);
    assert_non_null(strstr(message(reg), "geen kolom gwb_code_10"));
    epa_region_free(reg);
    /* Twice is as bad: which one is the code? */
    reset();
    set_cell(&T, 0, 1, "GWB_CODE_10");
    add_example("WK034401");
    reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_EXCLUDED, EPA_REASON_NO_CODE_COLUMN, EPA_KWB_CODE);
    epa_region_free(reg);
}

/* ---- duplicates ------------------------------------------------------- */

static void test_duplicate_with_same_figures(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    add_example("WK034401");
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_row(reg, 1, EPA_ROW_EXCLUDED, EPA_REASON_DUPLICATE, EPA_KWB_CODE);
    assert_int_equal(reg->rows[1].other, 0);
    assert_string_equal(row_text(reg, 1), "uitgesloten: dubbel (zelfde code en cijfers als rij 1)");
    assert_int_equal(reg->totals.conflicts, 0);
    epa_region_free(reg);
}

static void test_two_years_of_one_code(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    add_example("WK034402");
    int y2 = add_example("WK034401");
    set_count(y2, "a_soz_wb", ".");          /* KWB 2024: not yet published */
    epa_region *reg = read_wijk();
    /* Neither copy silently wins: the first is unknown, the second out. */
    assert_row(reg, 0, EPA_ROW_UNKNOWN, EPA_REASON_CONFLICT, EPA_KWB_CODE);
    assert_int_equal(reg->rows[0].other, 2);
    assert_row(reg, 2, EPA_ROW_EXCLUDED, EPA_REASON_DUPLICATE_OTHER, EPA_KWB_CODE);
    assert_string_equal(row_text(reg, 0),
                        "onbekend: code staat ook in rij 3 met andere cijfers (twee jaargangen?)");
    assert_string_equal(row_text(reg, 2), "uitgesloten: dubbel met andere cijfers (zie rij 1)");
    assert_true(reg->rows[0].has_inhabitants);
    assert_int_equal(reg->totals.conflicts, 1);
    assert_false(reg->totals.complete);
    assert_non_null(strstr(message(reg), "twee jaargangen"));
    epa_region_free(reg);
}

/* ---- the region list and the level ------------------------------------ */

static void test_region_list(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    add_example("WK031001");
    add_example("WK035501");
    const char *listed[] = { "GM0344", NULL, "#355" };
    epa_region *reg = read_with(EPA_LEVEL_WIJK, listed, 3);
    assert_row(reg, 0, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_row(reg, 1, EPA_ROW_EXCLUDED, EPA_REASON_NOT_LISTED, EPA_KWB_CODE);
    assert_row(reg, 2, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_string_equal(row_text(reg, 1), "uitgesloten: gemeente niet in de regiolijst");
    assert_int_equal(reg->ngemeenten, 2);
    assert_int_equal(reg->gemeenten[0].code, 344);
    assert_int_equal(reg->gemeenten[1].code, 355);
    assert_true(reg->gemeenten[0].listed);
    assert_int_equal(reg->totals.bad_list_entry, -1);
    epa_region_free(reg);
}

static void test_listed_gemeente_not_pasted(void **state)
{
    (void)state;
    reset();
    add_area("GM0344", 10000);
    add_area("WK034401", 10000);
    const char *listed[] = { "0344", "GM0345", "Utrecht" };
    epa_region *reg = read_with(EPA_LEVEL_WIJK, listed, 3);
    assert_int_equal(reg->ngemeenten, 2);
    assert_int_equal(reg->gemeenten[1].code, 345);
    assert_int_equal(reg->gemeenten[1].cover, EPA_COVER_NOT_PASTED);
    assert_int_equal(reg->totals.not_pasted, 1);
    assert_int_equal(reg->totals.bad_list_entry, 2);
    assert_false(reg->totals.complete);
    assert_string_equal(message(reg),
                        "onvolledig: in de regiolijst maar niet geplakt: GM0345; "
                        "regiolijst: regel 3 is geen gemeentecode");
    epa_region_free(reg);
}

static void test_levels_and_fallback(void **state)
{
    (void)state;
    reset();
    add_area("GM0344", 10000);          /* 0: has wijken and buurten */
    add_area("WK034401", 10000);        /* 1 */
    add_area("BU03440101", 10000);      /* 2 */
    add_area("GM0355", 5000);           /* 3: buurten only */
    add_area("BU03550101", 5000);       /* 4 */
    add_area("GM0310", 3000);           /* 5: its gemeente row only */
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_EXCLUDED, EPA_REASON_GEMEENTE_ROW, EPA_KWB_CODE);
    assert_string_equal(row_text(reg, 0), "uitgesloten: gemeenteregel (de gemeente telt per wijk)");
    assert_row(reg, 1, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_row(reg, 2, EPA_ROW_EXCLUDED, EPA_REASON_OTHER_LEVEL, EPA_KWB_CODE);
    assert_row(reg, 3, EPA_ROW_EXCLUDED, EPA_REASON_GEMEENTE_ROW, EPA_KWB_CODE);
    assert_row(reg, 4, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_row(reg, 5, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_int_equal(reg->gemeenten[0].level, EPA_AREA_WIJK);
    assert_int_equal(reg->gemeenten[1].level, EPA_AREA_BUURT);
    assert_int_equal(reg->gemeenten[2].level, EPA_AREA_GEMEENTE);
    assert_int_equal(reg->gemeenten[2].cover, EPA_COVER_BY_GEMEENTE);
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_WHOLE);
    /* The order break: GM0310 after GM0355's rows. */
    assert_int_equal(reg->totals.order_break, 5);
    assert_false(reg->totals.complete);
    assert_non_null(strstr(message(reg), "niet in de volgorde van het CBS vanaf rij 6"));
    epa_region_free(reg);

    reg = read_with(EPA_LEVEL_BUURT, NULL, 0);
    assert_row(reg, 1, EPA_ROW_EXCLUDED, EPA_REASON_OTHER_LEVEL, EPA_KWB_CODE);
    assert_row(reg, 2, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    epa_region_free(reg);
}

/* ---- the header ------------------------------------------------------ */

static void test_column_missing_or_twice(void **state)
{
    (void)state;
    reset();
    set_cell(&T, 0, 12, "oad");             /* ste_oad missing */
    add_example("WK034401");
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_UNKNOWN, EPA_REASON_COLUMN_MISSING, EPA_KWB_OAD);
    assert_string_equal(row_text(reg, 0), "onbekend: kolom ste_oad ontbreekt in de kopregel");
    /* Its inhabitants are still known. */
    assert_true(reg->rows[0].has_inhabitants);
    epa_region_free(reg);

    reset();
    T.ncols = NCOLS + 1;
    set_cell(&T, 0, NCOLS, " A_INW ");      /* a second a_inw right of CBS's */
    add_example("WK034401");
    set_cell(&T, 1, NCOLS, "#99");
    reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_UNKNOWN, EPA_REASON_COLUMN_TWICE, EPA_KWB_INHABITANTS);
    assert_string_equal(row_text(reg, 0), "onbekend: kolom a_inw staat meer dan eens in de kopregel");
    epa_region_free(reg);
}

static void test_columns_found_by_name_in_any_order(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    /* Swap a_hh and a_inw, header and data: the same result. */
    for (int r = 0; r < T.nrows; r++) {
        epa_cell a = T.cells[r][3];
        T.cells[r][3] = T.cells[r][8];
        T.cells[r][8] = a;
    }
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_COMPUTED, EPA_REASON_NONE, NOCOL);
    assert_near(reg->rows[0].per_1000, 14.988166, 1e-6);
    epa_region_free(reg);
}

/* ---- counts and the plausibility rules ---------------------------------- */

static void check_rule(const char *column, const char *value, epa_row_reason reason,
                       epa_kwb_column named, const char *text)
{
    reset();
    int i = add_example("WK034401");
    if (column)
        set_count(i, column, value);
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_UNKNOWN, reason, named);
    assert_string_equal(row_text(reg, 0), text);
    assert_false(reg->totals.complete);
    epa_region_free(reg);
}

static void test_counts_that_are_no_count(void **state)
{
    (void)state;
    check_rule("a_soz_wb", ".", EPA_REASON_NOT_A_COUNT, EPA_KWB_WWB,
               "onbekend: a_soz_wb is geen aantal (leeg, '.', negatief of geen heel getal)");
    check_rule("a_soz_ao", "#-99997", EPA_REASON_NOT_A_COUNT, EPA_KWB_AO,
               "onbekend: a_soz_ao is geen aantal (leeg, '.', negatief of geen heel getal)");
    check_rule("a_inw", "10.000", EPA_REASON_NOT_A_COUNT, EPA_KWB_INHABITANTS,
               "onbekend: a_inw is geen aantal (leeg, '.', negatief of geen heel getal)");
    check_rule("ste_oad", NULL, EPA_REASON_NOT_A_COUNT, EPA_KWB_OAD,
               "onbekend: ste_oad is geen aantal (leeg, '.', negatief of geen heel getal)");
    check_rule("a_65_oo", "TRUE", EPA_REASON_NOT_A_COUNT, EPA_KWB_AGE_65_UP,
               "onbekend: a_65_oo is geen aantal (leeg, '.', negatief of geen heel getal)");
}

static void test_impossible_counts(void **state)
{
    (void)state;
    check_rule("ste_oad", "#0", EPA_REASON_ZERO, EPA_KWB_OAD, "onbekend: ste_oad is 0");
    check_rule("a_hh", "0", EPA_REASON_ZERO, EPA_KWB_HOUSEHOLDS, "onbekend: a_hh is 0");
    check_rule("ste_oad", "#100001", EPA_REASON_TOO_LARGE, EPA_KWB_OAD, "onbekend: ste_oad is groter dan kan");
    check_rule("a_1p_hh", "10001", EPA_REASON_PART_ABOVE_WHOLE, EPA_KWB_SINGLE,
               "onbekend: a_1p_hh is meer dan a_hh");
    check_rule("a_soz_wb", "10001", EPA_REASON_PART_ABOVE_WHOLE, EPA_KWB_WWB,
               "onbekend: a_soz_wb is meer dan a_inw");
    check_rule("a_soz_ao", "10001", EPA_REASON_PART_ABOVE_WHOLE, EPA_KWB_AO,
               "onbekend: a_soz_ao is meer dan a_inw");
}

static void test_households_above_inhabitants(void **state)
{
    (void)state;
    reset();
    int i = add_example("WK034401");
    set_count(i, "a_hh", "10001");
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_UNKNOWN, EPA_REASON_HOUSEHOLDS_ABOVE_INHABITANTS, EPA_KWB_HOUSEHOLDS);
    assert_string_equal(row_text(reg, 0), "onbekend: meer huishoudens (a_hh) dan inwoners (a_inw)");
    epa_region_free(reg);
    /* No inhabitants is said as such, before the comparison. */
    check_rule("a_inw", "0", EPA_REASON_ZERO, EPA_KWB_INHABITANTS, "onbekend: a_inw is 0");
}

static void test_few_single_and_bands(void **state)
{
    (void)state;
    check_rule("a_1p_hh", "100", EPA_REASON_FEW_SINGLE, EPA_KWB_SINGLE,
               "onbekend: 1% of minder eenpersoonshuishoudens (a_1p_hh)");
    /* The case: 25-44 = 1,000,000 in a gemeente of 121,562. */
    reset();
    add_area("GM0344", 121562);
    set_count(0, "a_25_44", "1000000");
    epa_region *reg = read_wijk();
    assert_row(reg, 0, EPA_ROW_UNKNOWN, EPA_REASON_BANDS_ABOVE_INHABITANTS, EPA_KWB_AGE_15_24);
    assert_string_equal(row_text(reg, 0),
                        "onbekend: leeftijdsgroepen a_15_24 tot en met a_65_oo samen meer dan inwoners (a_inw)");
    epa_region_free(reg);
}

/* ---- cover of a gemeente and the region's totals ------------------------ */

static void test_cover(void **state)
{
    (void)state;
    /* Wijken add up to the gemeente row within 0.5%: whole. */
    reset();
    add_area("GM0344", 20000);
    add_area("WK034401", 12000);
    add_area("WK034402", 7950);               /* 19,950: -0.25% */
    epa_region *reg = read_wijk();
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_WHOLE);
    assert_true(reg->totals.complete);
    assert_string_equal(message(reg), "volledig: 2 gebieden van 1 gemeente");
    assert_exact(reg->totals.inhabitants, 19950.0);
    assert_exact(reg->totals.whole_inhabitants, 20000.0);
    epa_region_free(reg);

    /* One wijk deleted: short, and the total says so. */
    reset();
    add_area("GM0344", 20000);
    add_area("WK034401", 12000);
    reg = read_wijk();
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_SHORT);
    assert_false(reg->totals.complete);
    assert_near(reg->totals.covered, 0.6, 1e-12);
    assert_string_equal(message(reg),
                        "onvolledig: gebieden dekken hun gemeenteregel niet (inwoners): GM0344 (60,0%)");
    epa_region_free(reg);

    /* Just beyond the tolerance, both ways. */
    reset();
    add_area("GM0344", 20000);
    add_area("WK034401", 19890);               /* -0.55% */
    reg = read_wijk();
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_SHORT);
    epa_region_free(reg);
    reset();
    add_area("GM0344", 20000);
    add_area("WK034401", 20110);               /* +0.55% */
    reg = read_wijk();
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_OVER);
    assert_int_equal(reg->totals.uncovered, 1);
    epa_region_free(reg);

    /* No gemeente row: cannot be told, so not called whole. */
    reset();
    add_area("WK034401", 12000);
    reg = read_wijk();
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_UNCHECKED);
    assert_false(reg->totals.complete);
    assert_string_equal(message(reg), "onvolledig: dekking niet te controleren (geen gemeenteregel of "
                                      "inwoners onbekend): GM0344");
    epa_region_free(reg);
}

static void test_unknown_share_in_message(void **state)
{
    (void)state;
    reset();
    add_area("GM0344", 20000);
    add_area("WK034401", 19000);
    int i = add_area("WK034402", 1000);
    set_count(i, "a_soz_wb", ".");
    epa_region *reg = read_wijk();
    const epa_region_totals *t = &reg->totals;
    assert_int_equal(t->computed, 1);
    assert_int_equal(t->unknown, 1);
    assert_int_equal(t->excluded, 1);
    assert_exact(t->inhabitants, 20000.0);
    assert_exact(t->inhabitants_computed, 19000.0);
    assert_near(t->covered, 0.95, 1e-12);
    assert_int_equal(reg->gemeenten[0].cover, EPA_COVER_WHOLE);
    assert_string_equal(message(reg), "onvolledig: 1 gebied onbekend (5,0% van de inwoners)");
    epa_region_free(reg);
}

static void test_empty_paste(void **state)
{
    (void)state;
    reset();
    T.nrows = 30;   /* header and 29 empty rows */
    epa_region *reg = read_wijk();
    assert_int_equal(reg->totals.pasted, 0);
    assert_false(reg->totals.complete);
    assert_string_equal(message(reg), "onvolledig: nog niets geplakt");
    epa_region_free(reg);
}

static void test_call_errors(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    epa_block paste = block_of(&T), none = { 0, 0, cell_at, &T };
    epa_region_options opt = { EPA_LEVEL_WIJK, 1.5, NULL };
    epa_region *reg = NULL;
    assert_err(epa_region_read(&paste, &opt, &reg), EPA_ERR_FACTOR);
    opt.adult_factor = -0.1;
    assert_err(epa_region_read(&paste, &opt, &reg), EPA_ERR_FACTOR);
    opt.adult_factor = NAN;
    assert_err(epa_region_read(&paste, &opt, &reg), EPA_ERR_NOT_FINITE);
    opt.adult_factor = 0.7;
    opt.level = (epa_level)7;
    assert_err(epa_region_read(&paste, &opt, &reg), EPA_ERR_LEVEL);
    opt.level = EPA_LEVEL_WIJK;
    assert_err(epa_region_read(&none, &opt, &reg), EPA_ERR_MISSING);
    assert_err(epa_region_read(&paste, &opt, NULL), EPA_ERR_NULL_POINTER);
    assert_null(reg);
    epa_region_free(NULL);
}

/* ---- texts ---------------------------------------------------------- */

static void test_reason_table_in_step(void **state)
{
    (void)state;
    assert_int_equal(epa_reason_text_count, (size_t)EPA_REASON_COUNT);
    assert_string_equal(epa_row_reason_text(EPA_REASON_NONE), "");
    for (int i = 1; i < EPA_REASON_COUNT; i++) {
        const char *t = epa_row_reason_text((epa_row_reason)i);
        assert_non_null(t);
        assert_true(strlen(t) > 0);
        for (int j = i + 1; j < EPA_REASON_COUNT; j++)
            assert_string_not_equal(t, epa_row_reason_text((epa_row_reason)j));
        /* ASCII only: a cut can never split a character. */
        for (const char *p = t; *p; p++)
            assert_true((unsigned char)*p < 0x80);
    }
    assert_string_equal(epa_row_reason_text(EPA_REASON_COUNT), "");
    assert_int_equal(epa_reason_status(EPA_REASON_NONE), EPA_ROW_COMPUTED);
    assert_int_equal(epa_reason_status(EPA_REASON_GEMEENTE_ROW), EPA_ROW_EXCLUDED);
    assert_int_equal(epa_reason_status(EPA_REASON_CONFLICT), EPA_ROW_UNKNOWN);
    assert_int_equal(epa_reason_status(EPA_REASON_BANDS_ABOVE_INHABITANTS), EPA_ROW_UNKNOWN);
    for (int c = 0; c < EPA_COVER_COUNT; c++)
        assert_true(strlen(epa_cover_text((epa_cover)c)) > 0);
}

static void test_texts_are_cut_safely(void **state)
{
    (void)state;
    reset();
    add_example("WK034401");
    add_example("WK034401");
    epa_region *reg = read_wijk();
    char small[8];
    size_t need = epa_region_row_text(reg, 1, 1, small, sizeof small);
    assert_int_equal(need, strlen("uitgesloten: dubbel (zelfde code en cijfers als rij 1)"));
    assert_string_equal(small, "uitgesl");
    assert_int_equal(epa_region_row_text(reg, 1, 1, NULL, 0), need);
    assert_int_equal(epa_region_row_text(reg, 5, 1, small, sizeof small), 0);
    assert_string_equal(small, "");
    need = epa_region_message(reg, 1, small, 1);
    assert_true(need > 0);
    assert_string_equal(small, "");
    epa_region_free(reg);
}

/* ---- the pieces ------------------------------------------------------ */

static void test_adults_from_bands(void **state)
{
    (void)state;
    double a;
    assert_ok(epa_adults_from_bands(0.7, 1000, 2000, 3000, 4000, 12000, &a));
    assert_near(a, 700 + 2000 + 3000 + 4000, 1e-9);
    assert_ok(epa_adults_from_bands(0.7, 1000, 2000, 3000, 4000, 10000, &a));
    assert_err(epa_adults_from_bands(0.7, 1000, 2000, 3000, 4001, 10000, &a),
               EPA_ERR_BANDS_ABOVE_INHABITANTS);
    assert_err(epa_adults_from_bands(1.01, 0, 0, 0, 0, 1, &a), EPA_ERR_FACTOR);
    assert_err(epa_adults_from_bands(NAN, 0, 0, 0, 0, 1, &a), EPA_ERR_NOT_FINITE);
    assert_err(epa_adults_from_bands(0.7, -1, 0, 0, 0, 1, &a), EPA_ERR_NEGATIVE);
    assert_err(epa_adults_from_bands(0.7, 0, 0, 0, 0, 0, &a), EPA_ERR_ZERO);
    assert_err(epa_adults_from_bands(0.7, 0, 0, 0, 0, 1, NULL), EPA_ERR_NULL_POINTER);
}

static void test_parse_level(void **state)
{
    (void)state;
    epa_level l;
    assert_ok(epa_parse_level(" Wijk ", 6, &l));
    assert_int_equal(l, EPA_LEVEL_WIJK);
    assert_ok(epa_parse_level("BU", 2, &l));
    assert_int_equal(l, EPA_LEVEL_BUURT);
    assert_ok(epa_parse_level("buurten", 7, &l));
    assert_int_equal(l, EPA_LEVEL_BUURT);
    assert_err(epa_parse_level("gemeente", 8, &l), EPA_ERR_LEVEL);
    assert_err(epa_parse_level("", 0, &l), EPA_ERR_LEVEL);
}

static void test_gemeente_codes(void **state)
{
    (void)state;
    static const struct { const char *in; int code; } cases[] = {
        { "GM0344", 344 }, { "gm0344", 344 }, { " GM 0344\xc2\xa0", 344 }, { "0344", 344 },
        { "344", 344 }, { "#344", 344 }, { "#1", 1 }, { "#9999", 9999 }, { "GM9999", 9999 },
        { "#0", 0 }, { "#10000", 0 }, { "#344.5", 0 }, { "GM03445", 0 }, { "GM", 0 },
        { "Utrecht", 0 }, { "WK034401", 0 }, { "0", 0 }, { "GM0000", 0 }, { "3 44", 0 },
        /* the name normaliser drops separators at the ends */
        { "-344", 344 },
    };
    table t;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int code = -1;
        set_cell(&t, 0, 0, cases[i].in);
        bool ok = epa_gemeente_code(&t.cells[0][0], &code);
        if (ok != (cases[i].code != 0) || (ok && code != cases[i].code)) {
            print_error("%s: ok %d code %d, expected %d\n", cases[i].in, ok, code, cases[i].code);
            fail();
        }
    }
    char out[7];
    epa_gemeente_text(344, out);
    assert_string_equal(out, "GM0344");
    epa_gemeente_text(9999, out);
    assert_string_equal(out, "GM9999");
}

static void test_kwb_column_names(void **state)
{
    (void)state;
    for (int c = 0; c < EPA_KWB_COLUMN_COUNT; c++)
        assert_string_equal(epa_kwb_column_name((epa_kwb_column)c), header[c]);
    assert_null(epa_kwb_column_name(EPA_KWB_COLUMN_COUNT));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example),
        cmocka_unit_test(test_adult_factor_is_used),
        cmocka_unit_test(test_codes_are_normalised),
        cmocka_unit_test(test_bad_and_missing_codes),
        cmocka_unit_test(test_no_code_column),
        cmocka_unit_test(test_duplicate_with_same_figures),
        cmocka_unit_test(test_two_years_of_one_code),
        cmocka_unit_test(test_region_list),
        cmocka_unit_test(test_listed_gemeente_not_pasted),
        cmocka_unit_test(test_levels_and_fallback),
        cmocka_unit_test(test_column_missing_or_twice),
        cmocka_unit_test(test_columns_found_by_name_in_any_order),
        cmocka_unit_test(test_counts_that_are_no_count),
        cmocka_unit_test(test_impossible_counts),
        cmocka_unit_test(test_households_above_inhabitants),
        cmocka_unit_test(test_few_single_and_bands),
        cmocka_unit_test(test_cover),
        cmocka_unit_test(test_unknown_share_in_message),
        cmocka_unit_test(test_empty_paste),
        cmocka_unit_test(test_call_errors),
        cmocka_unit_test(test_reason_table_in_step),
        cmocka_unit_test(test_texts_are_cut_safely),
        cmocka_unit_test(test_adults_from_bands),
        cmocka_unit_test(test_parse_level),
        cmocka_unit_test(test_gemeente_codes),
        cmocka_unit_test(test_kwb_column_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
