/*
 * region.c - section 6 of MODEL.md: a region read from a pasted KWB block.
 *
 * Three passes over the paste: read every row (code, kind, gemeente, the
 * counts), find repeated codes, then decide each row's status in the order
 * of epa_row_reason and add the region's areas up per gemeente.  The
 * numbers of a computed row come from the model's own operations
 * (epa_prevalence_counts_arg, epa_adults_from_bands, epa_in_care): this
 * file decides which rows count, never how a number is computed.  The
 * texts are in region_text.c.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "counts.h"
#include "epa.h"
#include "names.h"
#include "region_internal.h"

static const char *const kwb_names[EPA_KWB_COLUMN_COUNT] = {
    [EPA_KWB_CODE] = "gwb_code_10",    [EPA_KWB_NAME] = "regio",
    [EPA_KWB_GM_NAME] = "gm_naam",     [EPA_KWB_INHABITANTS] = "a_inw",
    [EPA_KWB_AGE_15_24] = "a_15_24",   [EPA_KWB_AGE_25_44] = "a_25_44",
    [EPA_KWB_AGE_45_64] = "a_45_64",   [EPA_KWB_AGE_65_UP] = "a_65_oo",
    [EPA_KWB_HOUSEHOLDS] = "a_hh",     [EPA_KWB_SINGLE] = "a_1p_hh",
    [EPA_KWB_WWB] = "a_soz_wb",        [EPA_KWB_AO] = "a_soz_ao",
    [EPA_KWB_OAD] = "ste_oad",
};

const char *epa_kwb_column_name(epa_kwb_column column)
{
    unsigned c = (unsigned)column;
    return c < (unsigned)EPA_KWB_COLUMN_COUNT ? kwb_names[c] : NULL;
}

epa_error epa_parse_level(const char *text, size_t len, epa_level *out)
{
    static const epa_name_entry levels[] = {
        { "wijk", EPA_LEVEL_WIJK },   { "wk", EPA_LEVEL_WIJK },
        { "wijken", EPA_LEVEL_WIJK }, { "district", EPA_LEVEL_WIJK },
        { "buurt", EPA_LEVEL_BUURT }, { "bu", EPA_LEVEL_BUURT },
        { "buurten", EPA_LEVEL_BUURT }, { "neighbourhood", EPA_LEVEL_BUURT },
    };
    epa_name name;
    int v;
    if (!epa_name_normalise(text, len, &name)
        || !epa_name_find(&name, levels, sizeof levels / sizeof levels[0], &v))
        return EPA_ERR_LEVEL;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = (epa_level)v;
    return EPA_OK;
}

/* Digits of s[0 .. n-1] as a number, or -1 when one is not a digit. */
static long digits_value(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool epa_gemeente_code(const epa_cell *cell, int *code)
{
    long v = -1;
    if (cell->kind == EPA_CELL_NUMBER) {
        double d = cell->number;
        if (d >= 1.0 && d <= 9999.0 && d == (double)(long)d)
            v = (long)d;
    } else if (cell->kind == EPA_CELL_TEXT) {
        char buf[EPA_NAME_TEXT_MAX + 1];
        size_t n;
        epa_name name;
        if (!epa_name_from_utf16(cell->text, cell->text_len, buf, &n)
            || !epa_name_normalise(buf, n, &name))
            return false;
        const char *s = name.text;
        n = name.len;
        /* "GM0344" and "GM 0344" (normal form "gm0344", "gm_0344"). */
        if (n >= 2 && s[0] == 'g' && s[1] == 'm') {
            s += 2;
            n -= 2;
            if (n > 0 && s[0] == '_') {
                s++;
                n--;
            }
        }
        if (n >= 1 && n <= 4)
            v = digits_value(s, n);
    }
    if (v < 1 || v > 9999)
        return false;
    *code = (int)v;
    return true;
}

void epa_gemeente_text(int code, char out[7])
{
    out[0] = 'G';
    out[1] = 'M';
    for (int i = 5; i >= 2; i--) {
        out[i] = (char)('0' + code % 10);
        code /= 10;
    }
    out[6] = '\0';
}

/* ---- reading one row ------------------------------------------------ */

/* The code of a cell in normal form: GM + 4, WK + 6 or BU + 8 digits,
 * after white space (no-break spaces too) is trimmed and letters are
 * upper-cased.  Sets kind, gemeente, the code's text and its place in
 * CBS's order; false when the cell holds no such code. */
static bool read_code(const epa_cell *cell, epa_region_row *row, uint64_t *order)
{
    static const struct {
        char prefix[3];
        size_t digits;
        epa_area_kind kind;
    } forms[] = {
        { "GM", 4, EPA_AREA_GEMEENTE },
        { "WK", 6, EPA_AREA_WIJK },
        { "BU", 8, EPA_AREA_BUURT },
    };
    char buf[EPA_NAME_TEXT_MAX + 1];
    size_t n;
    if (cell->kind != EPA_CELL_TEXT
        || !epa_name_from_utf16(cell->text, cell->text_len, buf, &n))
        return false;
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        if (n != 2 + forms[f].digits)
            continue;
        char a = (char)(buf[0] & ~0x20), b = (char)(buf[1] & ~0x20);
        long v = digits_value(buf + 2, forms[f].digits);
        if (a != forms[f].prefix[0] || b != forms[f].prefix[1] || v < 0)
            continue;
        row->kind = forms[f].kind;
        row->code[0] = a;
        row->code[1] = b;
        memcpy(row->code + 2, buf + 2, forms[f].digits);
        row->code[n] = '\0';
        row->gemeente = (int)digits_value(buf + 2, 4);
        /* CBS's order: a gemeente, then each wijk followed by its buurten;
         * the digits padded to 8 and the kind as the last digit make that
         * one increasing number (GM0344 < WK034400 < BU03440000 < WK034401). */
        uint64_t padded = (uint64_t)v;
        for (size_t d = forms[f].digits; d < 8; d += 2)
            padded *= 100;
        *order = padded * 10 + (uint64_t)(forms[f].kind - EPA_AREA_GEMEENTE);
        return row->gemeente > 0;
    }
    return false;
}

/* A count cell as EPAPREVCBS reads one: a number, or text holding a plain
 * whole number.  A negative number (CBS's codes for a suppressed figure,
 * such as -99997) is no count. */
static bool read_count(const epa_cell *cell, double *out)
{
    if (cell->kind == EPA_CELL_NUMBER) {
        if (!isfinite(cell->number) || cell->number < 0.0)
            return false;
        *out = cell->number == 0.0 ? 0.0 : cell->number;
        return true;
    }
    if (cell->kind == EPA_CELL_TEXT)
        return epa_count_from_utf16(cell->text, cell->text_len, out) == EPA_OK;
    return false;
}

/* ---- the passes ----------------------------------------------------- */

bool epa_scan_init(epa_scan *scan, int32_t nrows)
{
    size_t n = (size_t)(nrows > 0 ? nrows : 1);
    scan->rows = malloc(n * sizeof scan->rows[0]);
    scan->keys = malloc(n * sizeof scan->keys[0]);
    scan->gemeente_index = malloc(EPA_GEMEENTE_CODES * sizeof scan->gemeente_index[0]);
    scan->has = calloc(EPA_GEMEENTE_CODES, sizeof scan->has[0]);
    scan->area_without_inhabitants = calloc(EPA_GEMEENTE_CODES, sizeof scan->area_without_inhabitants[0]);
    if (!scan->rows || !scan->keys || !scan->gemeente_index || !scan->has
        || !scan->area_without_inhabitants) {
        epa_scan_free(scan);
        return false;
    }
    for (int i = 0; i < EPA_GEMEENTE_CODES; i++)
        scan->gemeente_index[i] = -1;
    for (size_t i = 0; i < n; i++) {
        memset(&scan->rows[i], 0, sizeof scan->rows[i]);
        scan->rows[i].duplicate_of = scan->rows[i].conflict_with = -1;
    }
    return true;
}

void epa_scan_free(epa_scan *scan)
{
    free(scan->rows);
    free(scan->keys);
    free(scan->gemeente_index);
    free(scan->has);
    free(scan->area_without_inhabitants);
    memset(scan, 0, sizeof *scan);
}

static void find_columns(const epa_block *paste, int32_t column[EPA_KWB_COLUMN_COUNT])
{
    for (int k = 0; k < EPA_KWB_COLUMN_COUNT; k++)
        column[k] = EPA_COLUMN_MISSING;
    for (int32_t c = 0; c < paste->ncols; c++) {
        epa_cell cell;
        char buf[EPA_NAME_TEXT_MAX + 1];
        size_t n;
        epa_name name;
        paste->cell(paste, 0, c, &cell);
        if (cell.kind != EPA_CELL_TEXT
            || !epa_name_from_utf16(cell.text, cell.text_len, buf, &n)
            || !epa_name_normalise(buf, n, &name))
            continue;
        for (int k = 0; k < EPA_KWB_COLUMN_COUNT; k++) {
            if (epa_name_is(&name, kwb_names[k]))
                column[k] = column[k] == EPA_COLUMN_MISSING ? c : EPA_COLUMN_TWICE;
        }
    }
}

static bool row_is_empty(const epa_block *paste, int32_t r)
{
    for (int32_t c = 0; c < paste->ncols; c++) {
        epa_cell cell;
        paste->cell(paste, r, c, &cell);
        if (cell.kind != EPA_CELL_EMPTY && cell.kind != EPA_CELL_OMITTED)
            return false;
    }
    return true;
}

/* Pass 1: code, kind and counts of each row. */
static void read_rows(const epa_block *paste, epa_region *reg, epa_scan *scan)
{
    int32_t code_col = reg->column[EPA_KWB_CODE];
    for (int32_t i = 0; i < reg->nrows; i++) {
        epa_region_row *row = &reg->rows[i];
        epa_scan_row *s = &scan->rows[i];
        epa_cell cell = { EPA_CELL_EMPTY, 0.0, NULL, 0 };
        memset(row, 0, sizeof *row);
        row->column = row->whole = EPA_KWB_COLUMN_COUNT;
        row->other = -1;
        if (code_col >= 0)
            paste->cell(paste, i + 1, code_col, &cell);
        s->empty = (cell.kind == EPA_CELL_EMPTY || cell.kind == EPA_CELL_OMITTED)
                   && row_is_empty(paste, i + 1);
        s->code_cell_empty = cell.kind == EPA_CELL_EMPTY || cell.kind == EPA_CELL_OMITTED;
        s->valid = !s->empty && code_col >= 0 && read_code(&cell, row, &s->order);
        if (!s->valid)
            continue;
        for (int k = 0; k < EPA_KWB_COUNTS; k++) {
            int32_t c = reg->column[EPA_KWB_FIRST_COUNT + k];
            epa_cell v;
            if (c < 0)
                continue;
            paste->cell(paste, i + 1, c, &v);
            if (read_count(&v, &s->count[k]))
                s->readable |= (uint16_t)(1u << k);
        }
        scan->has[row->gemeente] |= (uint8_t)(1u << row->kind);
    }
}

static int compare_keys(const void *a, const void *b)
{
    const epa_scan_key *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

static bool same_figures(const epa_scan_row *a, const epa_scan_row *b)
{
    if (a->readable != b->readable)
        return false;
    for (int k = 0; k < EPA_KWB_COUNTS; k++) {
        if ((a->readable >> k & 1u) && a->count[k] != b->count[k])
            return false;
    }
    return true;
}

/* Pass 2: a code that stands in more than one row.  The first row keeps
 * the code; every later one is excluded as a duplicate, and when its
 * figures differ (two years pasted one under the other) the first is
 * marked so that it counts as unknown rather than silently winning. */
static void find_duplicates(epa_region *reg, epa_scan *scan)
{
    int32_t n = 0;
    for (int32_t i = 0; i < reg->nrows; i++) {
        if (scan->rows[i].valid) {
            scan->keys[n].key = scan->rows[i].order;
            scan->keys[n].row = i;
            n++;
        }
    }
    qsort(scan->keys, (size_t)n, sizeof scan->keys[0], compare_keys);
    for (int32_t j = 1; j < n; j++) {
        int32_t first = j - 1;
        while (j < n && scan->keys[j].key == scan->keys[first].key) {
            int32_t f = scan->keys[first].row, r = scan->keys[j].row;
            bool same = same_figures(&scan->rows[f], &scan->rows[r]);
            scan->rows[r].duplicate_of = f;
            scan->rows[r].duplicate_same = same;
            if (!same && scan->rows[f].conflict_with < 0)
                scan->rows[f].conflict_with = r;
            j++;
        }
    }
}

/* The gemeente table entry of code, added when missing. */
static epa_region_gemeente *gemeente_entry(epa_region *reg, epa_scan *scan, int code, bool listed)
{
    int32_t at = scan->gemeente_index[code];
    if (at < 0) {
        at = reg->ngemeenten++;
        scan->gemeente_index[code] = at;
        epa_region_gemeente *g = &reg->gemeenten[at];
        memset(g, 0, sizeof *g);
        g->code = code;
        g->listed = listed;
        g->level = EPA_AREA_NONE;
        g->gemeente_row = g->name_row = -1;
        g->cover = EPA_COVER_NOT_PASTED;
    }
    return &reg->gemeenten[at];
}

static void read_list(const epa_block *list, epa_region *reg, epa_scan *scan)
{
    int32_t index = 0;
    reg->totals.bad_list_entry = -1;
    if (list == NULL)
        return;
    for (int32_t r = 0; r < list->nrows; r++) {
        for (int32_t c = 0; c < list->ncols; c++, index++) {
            epa_cell cell;
            int code;
            list->cell(list, r, c, &cell);
            if (cell.kind == EPA_CELL_EMPTY || cell.kind == EPA_CELL_OMITTED)
                continue;
            if (epa_gemeente_code(&cell, &code))
                gemeente_entry(reg, scan, code, true);
            else if (reg->totals.bad_list_entry < 0)
                reg->totals.bad_list_entry = index;
        }
    }
}

/* What a gemeente's areas are: the chosen level when it has rows there,
 * else the other of wijk and buurt, else its gemeente row itself. */
static epa_area_kind counted_level(uint8_t has, epa_level level)
{
    epa_area_kind chosen = level == EPA_LEVEL_BUURT ? EPA_AREA_BUURT : EPA_AREA_WIJK;
    epa_area_kind other = level == EPA_LEVEL_BUURT ? EPA_AREA_WIJK : EPA_AREA_BUURT;
    if (has & (1u << chosen))
        return chosen;
    if (has & (1u << other))
        return other;
    return EPA_AREA_GEMEENTE;
}

static void set_reason(epa_region_row *row, epa_row_reason reason, epa_kwb_column column)
{
    row->status = epa_reason_status(reason);
    row->reason = reason;
    row->column = column;
}

/* Which column a refusal of epa_prevalence_counts_arg names. */
static const epa_kwb_column counts_arg_column[] = {
    [EPA_COUNTS_ARG_OAD] = EPA_KWB_OAD,
    [EPA_COUNTS_ARG_HOUSEHOLDS] = EPA_KWB_HOUSEHOLDS,
    [EPA_COUNTS_ARG_SINGLE] = EPA_KWB_SINGLE,
    [EPA_COUNTS_ARG_INHABITANTS] = EPA_KWB_INHABITANTS,
    [EPA_COUNTS_ARG_WWB] = EPA_KWB_WWB,
    [EPA_COUNTS_ARG_AO] = EPA_KWB_AO,
};

/* The figures of an area of the region: computed, or unknown with the
 * first rule it breaks. */
static void compute_area(const epa_region *reg, const epa_scan_row *s,
                         double factor, epa_region_row *row)
{
    const double *n = s->count;
#define COUNT(col) n[(col) - EPA_KWB_FIRST_COUNT]
    if (s->readable >> (EPA_KWB_INHABITANTS - EPA_KWB_FIRST_COUNT) & 1u) {
        row->has_inhabitants = true;
        row->inhabitants = COUNT(EPA_KWB_INHABITANTS);
    }
    for (int k = EPA_KWB_FIRST_COUNT; k < EPA_KWB_COLUMN_COUNT; k++) {
        if (reg->column[k] == EPA_COLUMN_MISSING) {
            set_reason(row, EPA_REASON_COLUMN_MISSING, (epa_kwb_column)k);
            return;
        }
        if (reg->column[k] == EPA_COLUMN_TWICE) {
            set_reason(row, EPA_REASON_COLUMN_TWICE, (epa_kwb_column)k);
            return;
        }
    }
    for (int k = EPA_KWB_FIRST_COUNT; k < EPA_KWB_COLUMN_COUNT; k++) {
        if (!(s->readable >> (k - EPA_KWB_FIRST_COUNT) & 1u)) {
            set_reason(row, EPA_REASON_NOT_A_COUNT, (epa_kwb_column)k);
            return;
        }
    }
    double p, adults;
    int arg;
    epa_error err = epa_prevalence_counts_arg(
        COUNT(EPA_KWB_OAD), COUNT(EPA_KWB_HOUSEHOLDS), COUNT(EPA_KWB_SINGLE),
        COUNT(EPA_KWB_INHABITANTS), COUNT(EPA_KWB_WWB), COUNT(EPA_KWB_AO),
        &p, &arg);
    epa_kwb_column col = arg >= 0 ? counts_arg_column[arg] : EPA_KWB_COLUMN_COUNT;
    switch (err) {
    case EPA_OK:
        break;
    case EPA_ERR_ZERO:
        set_reason(row, EPA_REASON_ZERO, col);
        return;
    case EPA_ERR_TOO_LARGE:
        set_reason(row, EPA_REASON_TOO_LARGE, col);
        return;
    case EPA_ERR_PART_EXCEEDS_WHOLE:
        set_reason(row, EPA_REASON_PART_ABOVE_WHOLE, col);
        row->whole = col == EPA_KWB_SINGLE ? EPA_KWB_HOUSEHOLDS : EPA_KWB_INHABITANTS;
        return;
    case EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS:
        set_reason(row, EPA_REASON_HOUSEHOLDS_ABOVE_INHABITANTS, EPA_KWB_HOUSEHOLDS);
        return;
    case EPA_ERR_FEW_SINGLE:
        set_reason(row, EPA_REASON_FEW_SINGLE, EPA_KWB_SINGLE);
        return;
    default:
        /* Readable counts are finite and at least 0, so nothing else can
         * come back; should it, the row is unknown, never computed. */
        set_reason(row, EPA_REASON_NOT_A_COUNT, col);
        return;
    }
    /* Every count is at most EPA_MAX_PEOPLE and inhabitants above 0 here
     * (checked just above), so the only refusal left is the bands' sum; a
     * band above EPA_MAX_PEOPLE is above the inhabitants too. */
    if (epa_adults_from_bands(factor, COUNT(EPA_KWB_AGE_15_24), COUNT(EPA_KWB_AGE_25_44),
                              COUNT(EPA_KWB_AGE_45_64), COUNT(EPA_KWB_AGE_65_UP),
                              COUNT(EPA_KWB_INHABITANTS), &adults) != EPA_OK) {
        set_reason(row, EPA_REASON_BANDS_ABOVE_INHABITANTS, EPA_KWB_AGE_15_24);
        return;
    }
    set_reason(row, EPA_REASON_NONE, EPA_KWB_COLUMN_COUNT);
    epa_counts_percentages(COUNT(EPA_KWB_HOUSEHOLDS), COUNT(EPA_KWB_SINGLE),
                           COUNT(EPA_KWB_INHABITANTS), COUNT(EPA_KWB_WWB),
                           COUNT(EPA_KWB_AO), &row->single_pct, &row->wwb_pct,
                           &row->ao_pct);
    row->oad = COUNT(EPA_KWB_OAD);
    row->per_1000 = p;
    row->adults = adults;
    row->count = epa_in_care(p, adults);
#undef COUNT
}

/* Pass 3: each row's status, in the order of epa_row_reason. */
static void decide_rows(epa_region *reg, epa_scan *scan, const epa_region_options *opt,
                        bool listed)
{
    epa_region_totals *t = &reg->totals;
    uint64_t last_order = 0;
    bool any = false;
    t->order_break = -1;
    for (int32_t i = 0; i < reg->nrows; i++) {
        epa_region_row *row = &reg->rows[i];
        epa_scan_row *s = &scan->rows[i];
        if (s->empty)
            continue;
        t->pasted++;
        if (reg->column[EPA_KWB_CODE] < 0) {
            set_reason(row, EPA_REASON_NO_CODE_COLUMN, EPA_KWB_CODE);
        } else if (!s->valid) {
            row->kind = EPA_AREA_NONE;
            row->code[0] = '\0';
            row->gemeente = 0;
            set_reason(row, s->code_cell_empty ? EPA_REASON_NO_CODE : EPA_REASON_BAD_CODE,
                       EPA_KWB_CODE);
        } else {
            if (any && s->order <= last_order && t->order_break < 0)
                t->order_break = i;
            last_order = s->order;
            any = true;
            int at = scan->gemeente_index[row->gemeente];
            epa_area_kind level = counted_level(scan->has[row->gemeente], opt->level);
            if (s->duplicate_of >= 0) {
                set_reason(row, s->duplicate_same ? EPA_REASON_DUPLICATE : EPA_REASON_DUPLICATE_OTHER,
                           EPA_KWB_CODE);
                row->other = s->duplicate_of;
            } else if (listed && at < 0) {
                set_reason(row, EPA_REASON_NOT_LISTED, EPA_KWB_CODE);
            } else {
                epa_region_gemeente *g = gemeente_entry(reg, scan, row->gemeente, listed);
                g->level = level;
                if (row->kind == EPA_AREA_GEMEENTE) {
                    g->gemeente_row = i;
                    g->name_row = i;
                    if (s->readable & 1u) {
                        g->has_gemeente_inhabitants = true;
                        g->gemeente_inhabitants = s->count[0];
                    }
                } else if (g->name_row < 0) {
                    g->name_row = i;
                }
                if (row->kind != level) {
                    set_reason(row, row->kind == EPA_AREA_GEMEENTE ? EPA_REASON_GEMEENTE_ROW
                                                                   : EPA_REASON_OTHER_LEVEL,
                               EPA_KWB_CODE);
                } else if (s->conflict_with >= 0) {
                    set_reason(row, EPA_REASON_CONFLICT, EPA_KWB_CODE);
                    row->other = s->conflict_with;
                    if (s->readable & 1u) {
                        row->has_inhabitants = true;
                        row->inhabitants = s->count[0];
                    }
                } else {
                    compute_area(reg, s, opt->adult_factor, row);
                }
            }
        }
        switch (row->status) {
        case EPA_ROW_COMPUTED: t->computed++; break;
        case EPA_ROW_UNKNOWN: t->unknown++; break;
        default: t->excluded++; break;
        }
    }
}

/* Per gemeente and for the region: the sums, and how much they cover. */
static void add_up(epa_region *reg, epa_scan *scan)
{
    epa_region_totals *t = &reg->totals;
    bool *unread = scan->area_without_inhabitants;
    for (int32_t i = 0; i < reg->nrows; i++) {
        const epa_region_row *row = &reg->rows[i];
        if (row->status != EPA_ROW_COMPUTED && row->status != EPA_ROW_UNKNOWN)
            continue;
        int32_t at = scan->gemeente_index[row->gemeente];
        epa_region_gemeente *g = &reg->gemeenten[at];
        if (row->has_inhabitants) {
            g->inhabitants += row->inhabitants;
        } else {
            unread[at] = true;
            t->unknown_inhabitants++;
        }
        if (row->status == EPA_ROW_COMPUTED) {
            g->computed++;
            g->inhabitants_computed += row->inhabitants;
            g->adults += row->adults;
            g->count += row->count;
        } else {
            g->unknown++;
            if (row->reason == EPA_REASON_CONFLICT)
                t->conflicts++;
        }
    }
    for (int32_t at = 0; at < reg->ngemeenten; at++) {
        epa_region_gemeente *g = &reg->gemeenten[at];
        double whole = g->inhabitants;
        if (g->level == EPA_AREA_NONE) {
            g->cover = EPA_COVER_NOT_PASTED;
            t->not_pasted++;
        } else if (g->level == EPA_AREA_GEMEENTE) {
            g->cover = unread[at] ? EPA_COVER_UNCHECKED : EPA_COVER_BY_GEMEENTE;
        } else if (!g->has_gemeente_inhabitants || unread[at] || g->gemeente_inhabitants <= 0.0) {
            g->cover = EPA_COVER_UNCHECKED;
        } else {
            double diff = g->inhabitants - g->gemeente_inhabitants;
            whole = g->gemeente_inhabitants;
            if (diff < -EPA_COVER_TOLERANCE * whole)
                g->cover = EPA_COVER_SHORT;
            else if (diff > EPA_COVER_TOLERANCE * whole)
                g->cover = EPA_COVER_OVER;
            else
                g->cover = EPA_COVER_WHOLE;
        }
        if (g->cover == EPA_COVER_SHORT || g->cover == EPA_COVER_OVER)
            t->uncovered++;
        if (g->cover == EPA_COVER_UNCHECKED)
            t->unchecked++;
        t->inhabitants += g->inhabitants;
        t->inhabitants_computed += g->inhabitants_computed;
        t->adults += g->adults;
        t->count += g->count;
        t->whole_inhabitants += whole;
    }
    t->gemeenten = reg->ngemeenten;
    t->covered = t->whole_inhabitants > 0.0 ? t->inhabitants_computed / t->whole_inhabitants : 0.0;
    t->complete = t->computed > 0 && t->unknown == 0 && t->not_pasted == 0
                  && t->uncovered == 0 && t->unchecked == 0 && t->bad_list_entry < 0
                  && t->order_break < 0 && reg->column[EPA_KWB_CODE] >= 0;
}

epa_error epa_region_read(const epa_block *paste, const epa_region_options *opt,
                          epa_region **out)
{
    if (paste == NULL || opt == NULL || out == NULL)
        return EPA_ERR_NULL_POINTER;
    if (!isfinite(opt->adult_factor))
        return EPA_ERR_NOT_FINITE;
    if (!(opt->adult_factor >= 0.0 && opt->adult_factor <= 1.0))
        return EPA_ERR_FACTOR;
    if (opt->level != EPA_LEVEL_WIJK && opt->level != EPA_LEVEL_BUURT)
        return EPA_ERR_LEVEL;
    if (paste->nrows < 1 || paste->ncols < 1)
        return EPA_ERR_MISSING;
    if (paste->nrows - 1 > EPA_REGION_MAX_ROWS)
        return EPA_ERR_RESULT_CELLS;

    int32_t nrows = paste->nrows - 1;
    epa_region *reg = calloc(1, sizeof *reg);
    epa_scan scan;
    if (reg == NULL || !epa_scan_init(&scan, nrows)) {
        free(reg);
        return EPA_ERR_OUT_OF_MEMORY;
    }
    reg->nrows = nrows;
    reg->rows = calloc((size_t)(nrows > 0 ? nrows : 1), sizeof reg->rows[0]);
    reg->gemeenten = calloc(EPA_GEMEENTE_CODES, sizeof reg->gemeenten[0]);
    if (reg->rows == NULL || reg->gemeenten == NULL) {
        epa_scan_free(&scan);
        epa_region_free(reg);
        return EPA_ERR_OUT_OF_MEMORY;
    }
    find_columns(paste, reg->column);
    read_rows(paste, reg, &scan);
    find_duplicates(reg, &scan);
    read_list(opt->listed, reg, &scan);
    decide_rows(reg, &scan, opt, reg->ngemeenten > 0);
    add_up(reg, &scan);
    epa_scan_free(&scan);
    *out = reg;
    return EPA_OK;
}

void epa_region_free(epa_region *region)
{
    if (region == NULL)
        return;
    free(region->rows);
    free(region->gemeenten);
    free(region);
}
