/*
 * fuzz_region.c - the region reader (epa_region_read) over pasted blocks.
 *
 * The input is a small paste: its size, then each cell as a kind byte and
 * its content.  Texts are drawn mostly from the KWB header names and code
 * shapes, so the fuzzer reaches the rules rather than only "no code".
 * Invariants: every pasted row has one status (pasted = computed +
 * unknown + excluded), a computed row's numbers are finite and plausible,
 * every text fits its buffer, NUL-terminated, and the sums are finite.
 */
#include <math.h>
#include <stdio.h>

#include "epa.h"
#include "fuzz_util.h"

enum { MAX_ROWS = 24, MAX_COLS = 16, MAX_TEXT = 24 };

typedef struct {
    int32_t nrows, ncols;
    epa_cell cells[MAX_ROWS][MAX_COLS];
    uint16_t text[MAX_ROWS][MAX_COLS][MAX_TEXT];
} paste;

static void cell_at(const epa_block *b, int32_t r, int32_t c, epa_cell *out)
{
    const paste *p = b->src;
    *out = p->cells[r][c];
}

static const char *const words[] = {
    "gwb_code_10", "regio", "gm_naam", "a_inw", "a_15_24", "a_25_44", "a_45_64",
    "a_65_oo", "a_hh", "a_1p_hh", "a_soz_wb", "a_soz_ao", "ste_oad",
    "GM0344", "WK034401", "BU03440101", "wk034402", "GM0355", "710", ".", "0",
    "12000", " 5000\xa0", "10.410", "A_INW ", "GM0310",
};

static void fill_text(reader *r, paste *p, int32_t i, int32_t c)
{
    uint8_t how = rd_byte(r);
    size_t n = 0;
    if (how & 1) {
        /* A word, the bytes taken as Latin-1 code units. */
        const char *w = words[(how >> 1) % (sizeof words / sizeof words[0])];
        while (w[n] && n < MAX_TEXT) {
            p->text[i][c][n] = (uint8_t)w[n];
            n++;
        }
    } else {
        n = (size_t)(how >> 1) % (MAX_TEXT + 1);
        for (size_t k = 0; k < n; k++) {
            uint16_t u;
            take(r, &u, sizeof u);
            p->text[i][c][k] = u;
        }
    }
    p->cells[i][c].kind = EPA_CELL_TEXT;
    p->cells[i][c].text = p->text[i][c];
    p->cells[i][c].text_len = n;
}

static void read_paste(reader *r, paste *p, int32_t nrows, int32_t ncols)
{
    p->nrows = nrows;
    p->ncols = ncols;
    for (int32_t i = 0; i < nrows; i++) {
        for (int32_t c = 0; c < ncols; c++) {
            epa_cell *cell = &p->cells[i][c];
            memset(cell, 0, sizeof *cell);
            switch (rd_byte(r) % 5) {
            case 0: cell->kind = EPA_CELL_EMPTY; break;
            case 1: cell->kind = EPA_CELL_OTHER; break;
            case 2:
                cell->kind = EPA_CELL_NUMBER;
                take(r, &cell->number, sizeof cell->number);
                break;
            case 3:
                cell->kind = EPA_CELL_NUMBER;
                cell->number = (double)rd_byte(r) * 100.0 + rd_byte(r);
                break;
            default: fill_text(r, p, i, c); break;
            }
        }
    }
}

static paste P, L;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = { data, size };
    int32_t nrows = rd_byte(&r) % (MAX_ROWS + 1), ncols = rd_byte(&r) % (MAX_COLS + 1);
    int32_t nlist = rd_byte(&r) % 4;
    uint8_t opts = rd_byte(&r);
    double factor;
    take(&r, &factor, sizeof factor);
    if (opts & 4)
        factor = (opts >> 3) / 31.0;
    read_paste(&r, &P, nrows, ncols);
    read_paste(&r, &L, nlist, 1);
    epa_block pb = { nrows, ncols, cell_at, &P }, lb = { nlist, 1, cell_at, &L };
    epa_region_options opt = { (epa_level)(opts & 3), factor, nlist ? &lb : NULL };
    epa_region *reg = NULL;
    epa_error err = epa_region_read(&pb, &opt, &reg);
    if (err != EPA_OK) {
        CHECK(reg == NULL);
        CHECK(err == EPA_ERR_MISSING || err == EPA_ERR_FACTOR || err == EPA_ERR_LEVEL
              || err == EPA_ERR_NOT_FINITE);
        return 0;
    }
    const epa_region_totals *t = &reg->totals;
    CHECK(reg->nrows == nrows - 1);
    CHECK(t->pasted == t->computed + t->unknown + t->excluded);
    int32_t counted[4] = { 0, 0, 0, 0 };
    char buf[512];
    for (int32_t i = 0; i < reg->nrows; i++) {
        const epa_region_row *row = &reg->rows[i];
        CHECK((unsigned)row->status < 4 && (unsigned)row->reason < EPA_REASON_COUNT);
        counted[row->status]++;
        CHECK(strlen(row->code) <= EPA_CODE_MAX);
        if (row->status == EPA_ROW_COMPUTED) {
            CHECK(isfinite(row->per_1000) && row->per_1000 >= 0 && row->per_1000 <= EPA_MAX_PER_1000);
            CHECK(isfinite(row->count) && row->count >= 0 && row->count <= row->adults);
            CHECK(row->adults <= row->inhabitants && row->has_inhabitants);
        }
        size_t n = epa_region_row_text(reg, i, 24, buf, sizeof buf);
        CHECK(n < sizeof buf && strlen(buf) == n);
        char small[5];
        size_t m = epa_region_row_text(reg, i, 24, small, sizeof small);
        CHECK(m == n && strlen(small) == (n < 4 ? n : 4));
    }
    CHECK(counted[EPA_ROW_COMPUTED] == t->computed && counted[EPA_ROW_UNKNOWN] == t->unknown
          && counted[EPA_ROW_EXCLUDED] == t->excluded);
    CHECK(isfinite(t->inhabitants) && isfinite(t->count) && isfinite(t->covered) && isfinite(t->adults));
    CHECK(t->covered >= 0.0);
    CHECK(!t->complete || (t->unknown == 0 && t->computed > 0));
    size_t n = epa_region_message(reg, 24, buf, sizeof buf);
    CHECK(n < sizeof buf && strlen(buf) == n);
    CHECK(strncmp(buf, t->complete ? "volledig" : "onvolledig", t->complete ? 8 : 10) == 0);
    epa_region_free(reg);
    return 0;
}
