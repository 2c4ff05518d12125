/*
 * region_table.c - the region's table functions: EPAREGIONROWS (a row per
 * pasted row), EPAREGIONAREAS (the region's areas), EPAREGIONGEMEENTEN (a row per gemeente) and EPAREGIONTOTALS
 * (the region's totals as a column).  Each reads the paste with the
 * model's epa_region_read and only lays its result out: every rule is the
 * model's (MODEL.md section 6).
 */

#include "table.h"

/* The arguments, the same for the three (EPAREGIONGEMEENTEN stops before
 * the first row: it names no row). */
enum { ARG_PASTE, ARG_LIST, ARG_LEVEL, ARG_FACTOR, ARG_FIRST_ROW };

/* The status is a number (1 berekend, 2 onbekend, 3 uitgesloten): Calc
 * does not intern the texts of a [][]any result, so =, COUNTIF, MATCH
 * and SUMIFS never find them equal to a typed text (LibreOffice's
 * CreateMixedMatrix); numbers compare as they should. */
const char *const epa_region_rows_columns[] = {
    "status (1 berekend, 2 onbekend, 3 uitgesloten)", "toelichting", "code", "naam", "gemeente", "soort", "inwoners",
    "volwassenen", "voorspeld per 1.000", "voorspeld in zorg",
    "eenpersoonshuishoudens %", "bijstand %", "AO-uitkering %", "OAD", NULL,
};
enum { R_STATUS, R_TEXT, R_CODE, R_NAME, R_GEMEENTE, R_KIND, R_INH, R_ADULTS,
       R_PER_1000, R_COUNT, R_SINGLE, R_WWB, R_AO, R_OAD, R_COLUMNS };

const char *const epa_region_gemeenten_columns[] = {
    "gemeente", "naam", "telt per", "gebieden berekend", "gebieden onbekend",
    "inwoners gebieden", "inwoners gemeenteregel", "volwassenen",
    "voorspeld in zorg", "voorspeld per 1.000", "dekking", NULL,
};
enum { G_CODE, G_NAME, G_LEVEL, G_COMPUTED, G_UNKNOWN, G_INH, G_GM_INH,
       G_ADULTS, G_COUNT, G_PER_1000, G_COVER, G_COLUMNS };

const char *const epa_region_totals_rows[] = {
    "geplakt", "berekend", "onbekend", "uitgesloten", "inwoners",
    "inwoners berekend", "volwassenen", "voorspeld in zorg",
    "inwoners van de regio", "gedekt", "gemeenten", "volledig", "melding", NULL,
};
enum { T_PASTED, T_COMPUTED, T_UNKNOWN, T_EXCLUDED, T_INH, T_INH_COMPUTED,
       T_ADULTS, T_COUNT, T_WHOLE, T_COVERED, T_GEMEENTEN, T_COMPLETE,
       T_MESSAGE, T_ROWS };

/* A grid as the model's block. */
static void block_cell(const epa_block *b, int32_t r, int32_t c, epa_cell *out)
{
    const epa_grid *g = b->src;
    g->cell(g, r, c, out);
}

static epa_block block_of(const epa_grid *g)
{
    epa_block b = { g->nrows, g->ncols, block_cell, g };
    return b;
}

static epa_error read_region(const epa_grid *args, const epa_value *v,
                             epa_region **reg, int *bad)
{
    epa_block paste = block_of(&args[ARG_PASTE]), list = block_of(&args[ARG_LIST]);
    epa_cell first;
    args[ARG_LIST].cell(&args[ARG_LIST], 0, 0, &first);
    bool no_list = args[ARG_LIST].whole && first.kind == EPA_CELL_OMITTED;
    epa_region_options opt = { (epa_level)v[ARG_LEVEL].choice, v[ARG_FACTOR].number,
                               no_list ? NULL : &list };
    epa_error err = epa_region_read(&paste, &opt, reg);
    switch (err) {
    case EPA_OK: *bad = -1; break;
    case EPA_ERR_FACTOR: case EPA_ERR_NOT_FINITE: *bad = ARG_FACTOR; break;
    case EPA_ERR_LEVEL: *bad = ARG_LEVEL; break;
    case EPA_ERR_MISSING: case EPA_ERR_RESULT_CELLS: *bad = ARG_PASTE; break;
    default: *bad = -1; break;
    }
    return err;
}

/* A number of the model, finite and plausible by its rules; guarded all
 * the same, so that no NaN or infinity can leave the add-in even through
 * a bug (the call then fails as a whole). */
static bool put_number(epa_table *t, int32_t r, int32_t c, double v)
{
    if (epa_guard_result(EPA_RESULT_TABLE, v) != EPA_OK)
        return false;
    t->number(t, r, c, v + 0.0);
    return true;
}

/* The text of a pasted cell (a name), as it stands; row counts the data
 * rows below the header, -1 for none (a listed gemeente not pasted). */
static void put_pasted(epa_table *t, int32_t r, int32_t c, const epa_grid *paste,
                       int32_t row, int32_t col)
{
    epa_cell cell;
    if (row < 0 || col < 0)
        return;
    paste->cell(paste, row + 1, col, &cell);
    if (cell.kind == EPA_CELL_TEXT)
        t->text(t, r, c, cell.text, cell.text_len);
}

static const char *kind_word(epa_area_kind kind)
{
    static const char *const words[] = { "", "gemeente", "wijk", "buurt" };
    return (unsigned)kind < 4 ? words[kind] : "";
}

/* The row table of EPAREGIONROWS (every pasted row in its place) and of
 * EPAREGIONAREAS (the region's areas only, computed and unknown, packed
 * at the top): one row per data row of the paste either way, so an array
 * over the paste's rows is filled. */
static epa_error row_table(const epa_grid *args, const epa_value *values,
                           epa_table *out, int *bad_arg, bool areas_only)
{
    epa_region *reg;
    epa_error err = read_region(args, values, &reg, bad_arg);
    if (err != EPA_OK)
        return err;
    if (reg->nrows == 0) {
        /* A header alone has no row to show: an empty result would be an
         * error of its own in Calc, so say what is missing. */
        epa_region_free(reg);
        *bad_arg = ARG_PASTE;
        return EPA_ERR_MISSING;
    }
    if (!out->size(out, reg->nrows, R_COLUMNS)) {
        epa_region_free(reg);
        return EPA_ERR_OUT_OF_MEMORY;
    }
    int32_t base = (int32_t)values[ARG_FIRST_ROW].number;
    bool finite = true;
    char text[512], code[7];
    for (int32_t i = 0, at = 0; i < reg->nrows && finite; i++) {
        const epa_region_row *row = &reg->rows[i];
        if (row->status == EPA_ROW_EMPTY
            || (areas_only && row->status != EPA_ROW_COMPUTED && row->status != EPA_ROW_UNKNOWN))
            continue;
        int32_t r = areas_only ? at++ : i;
        finite &= put_number(out, r, R_STATUS, (double)row->status);
        epa_region_row_text(reg, i, base, text, sizeof text);
        epa_table_ascii(out, r, R_TEXT, text);
        epa_table_ascii(out, r, R_CODE, row->code);
        put_pasted(out, r, R_NAME, &args[ARG_PASTE], i, reg->column[EPA_KWB_NAME]);
        if (row->gemeente > 0) {
            epa_gemeente_text(row->gemeente, code);
            epa_table_ascii(out, r, R_GEMEENTE, code);
        }
        epa_table_ascii(out, r, R_KIND, kind_word(row->kind));
        if (row->has_inhabitants)
            finite &= put_number(out, r, R_INH, row->inhabitants);
        if (row->status != EPA_ROW_COMPUTED)
            continue;
        finite &= put_number(out, r, R_ADULTS, row->adults);
        finite &= put_number(out, r, R_PER_1000, row->per_1000);
        finite &= put_number(out, r, R_COUNT, row->count);
        finite &= put_number(out, r, R_SINGLE, row->single_pct);
        finite &= put_number(out, r, R_WWB, row->wwb_pct);
        finite &= put_number(out, r, R_AO, row->ao_pct);
        finite &= put_number(out, r, R_OAD, row->oad);
    }
    epa_region_free(reg);
    return finite ? EPA_OK : EPA_ERR_RESULT_NOT_FINITE;
}

epa_error epa_call_region_rows(const epa_grid *args, const epa_value *values,
                               epa_table *out, int *bad_arg)
{
    return row_table(args, values, out, bad_arg, false);
}

epa_error epa_call_region_areas(const epa_grid *args, const epa_value *values,
                                epa_table *out, int *bad_arg)
{
    return row_table(args, values, out, bad_arg, true);
}

static const char *level_word(epa_area_kind level)
{
    return level == EPA_AREA_GEMEENTE ? "gemeenteregel" : kind_word(level);
}

epa_error epa_call_region_gemeenten(const epa_grid *args, const epa_value *values,
                                    epa_table *out, int *bad_arg)
{
    epa_region *reg;
    epa_error err = read_region(args, values, &reg, bad_arg);
    if (err != EPA_OK)
        return err;
    /* As many rows as the list has cells, so that an array formula over
     * the list's rows is filled; more when more gemeenten are pasted. */
    int64_t cells = (int64_t)args[ARG_LIST].nrows * args[ARG_LIST].ncols;
    int32_t nrows = reg->ngemeenten;
    if (cells > nrows && cells <= EPA_REGION_MAX_ROWS)
        nrows = (int32_t)cells;
    if (nrows < 1)
        nrows = 1;
    if (!out->size(out, nrows, G_COLUMNS)) {
        epa_region_free(reg);
        return EPA_ERR_OUT_OF_MEMORY;
    }
    bool finite = true;
    char code[7];
    for (int32_t i = 0; i < reg->ngemeenten && finite; i++) {
        const epa_region_gemeente *g = &reg->gemeenten[i];
        epa_gemeente_text(g->code, code);
        epa_table_ascii(out, i, G_CODE, code);
        put_pasted(out, i, G_NAME, &args[ARG_PASTE], g->name_row, reg->column[EPA_KWB_GM_NAME]);
        epa_table_ascii(out, i, G_LEVEL, level_word(g->level));
        epa_table_ascii(out, i, G_COVER, epa_cover_text(g->cover));
        if (g->level == EPA_AREA_NONE)
            continue;
        finite &= put_number(out, i, G_COMPUTED, g->computed);
        finite &= put_number(out, i, G_UNKNOWN, g->unknown);
        finite &= put_number(out, i, G_INH, g->inhabitants);
        if (g->has_gemeente_inhabitants)
            finite &= put_number(out, i, G_GM_INH, g->gemeente_inhabitants);
        if (g->computed == 0)
            continue;
        finite &= put_number(out, i, G_ADULTS, g->adults);
        finite &= put_number(out, i, G_COUNT, g->count);
        if (g->adults > 0.0)
            finite &= put_number(out, i, G_PER_1000, g->count / g->adults * 1000.0);
    }
    epa_region_free(reg);
    return finite ? EPA_OK : EPA_ERR_RESULT_NOT_FINITE;
}

epa_error epa_call_region_totals(const epa_grid *args, const epa_value *values,
                                 epa_table *out, int *bad_arg)
{
    epa_region *reg;
    epa_error err = read_region(args, values, &reg, bad_arg);
    if (err != EPA_OK)
        return err;
    if (!out->size(out, T_ROWS, 1)) {
        epa_region_free(reg);
        return EPA_ERR_OUT_OF_MEMORY;
    }
    const epa_region_totals *t = &reg->totals;
    const double numbers[T_MESSAGE] = {
        [T_PASTED] = t->pasted, [T_COMPUTED] = t->computed, [T_UNKNOWN] = t->unknown,
        [T_EXCLUDED] = t->excluded, [T_INH] = t->inhabitants,
        [T_INH_COMPUTED] = t->inhabitants_computed, [T_ADULTS] = t->adults,
        [T_COUNT] = t->count, [T_WHOLE] = t->whole_inhabitants, [T_COVERED] = t->covered,
        [T_GEMEENTEN] = t->gemeenten, [T_COMPLETE] = t->complete ? 1.0 : 0.0,
    };
    bool finite = true;
    for (int r = 0; r < T_MESSAGE; r++)
        finite &= put_number(out, r, 0, numbers[r]);
    char text[2048];
    epa_region_message(reg, (int32_t)values[ARG_FIRST_ROW].number, text, sizeof text);
    epa_table_ascii(out, T_MESSAGE, 0, text);
    epa_region_free(reg);
    return finite ? EPA_OK : EPA_ERR_RESULT_NOT_FINITE;
}
