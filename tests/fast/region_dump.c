/*
 * region_dump.c - runs epa_region_read on a paste read from stdin and
 * prints every row, gemeente and total, for the property test that holds
 * the C rules against the independent Python oracle
 * (tests/fast/test_region_oracle.py).  A test tool, not part of the product.
 *
 * Input, one item per line:
 *   paste R C        then R*C cells, row by row
 *   list R C         then R*C cells (R = 0: no list)
 *   options LEVEL FACTOR   LEVEL 0 wijk, 1 buurt
 * A cell is "e" (empty), "o" (other: a boolean), "n VALUE" (strtod) or
 * "t HEX" (UTF-16 code units, four hex digits each).
 * Output: lines "row ...", "gem ...", "tot ...", "msg TEXT", "text I TEXT".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "epa.h"

typedef struct {
    int32_t nrows, ncols;
    epa_cell *cells;
} grid;

static void cell_at(const epa_block *b, int32_t r, int32_t c, epa_cell *out)
{
    const grid *g = b->src;
    *out = g->cells[(size_t)r * (size_t)g->ncols + (size_t)c];
}

static char line[1 << 16];

static int read_cell(epa_cell *cell)
{
    if (!fgets(line, sizeof line, stdin))
        return 0;
    memset(cell, 0, sizeof *cell);
    switch (line[0]) {
    case 'e': cell->kind = EPA_CELL_EMPTY; return 1;
    case 'o': cell->kind = EPA_CELL_OTHER; return 1;
    case 'n': cell->kind = EPA_CELL_NUMBER; cell->number = strtod(line + 2, NULL); return 1;
    case 't': {
        size_t n = strcspn(line + 2, "\r\n") / 4;
        uint16_t *text = malloc((n ? n : 1) * sizeof *text);
        if (!text)
            return 0;
        for (size_t i = 0; i < n; i++) {
            char hex[5] = { 0 };
            memcpy(hex, line + 2 + 4 * i, 4);
            text[i] = (uint16_t)strtoul(hex, NULL, 16);
        }
        cell->kind = EPA_CELL_TEXT;
        cell->text = text;
        cell->text_len = n;
        return 1;
    }
    default: return 0;
    }
}

static int read_grid(const char *what, grid *g)
{
    if (!fgets(line, sizeof line, stdin) || strncmp(line, what, strlen(what)) != 0
        || sscanf(line + strlen(what), "%d %d", &g->nrows, &g->ncols) != 2)
        return 0;
    size_t n = (size_t)g->nrows * (size_t)g->ncols;
    g->cells = calloc(n ? n : 1, sizeof *g->cells);
    for (size_t i = 0; i < n; i++)
        if (!g->cells || !read_cell(&g->cells[i]))
            return 0;
    return 1;
}

static void free_grid(grid *g)
{
    size_t n = (size_t)g->nrows * (size_t)g->ncols;
    for (size_t i = 0; i < n; i++)
        if (g->cells[i].kind == EPA_CELL_TEXT)
            free((void *)g->cells[i].text);
    free(g->cells);
}

int main(void)
{
    grid paste, list;
    int level;
    double factor;
    if (!read_grid("paste", &paste) || !read_grid("list", &list)
        || !fgets(line, sizeof line, stdin) || sscanf(line, "options %d %lf", &level, &factor) != 2) {
        fprintf(stderr, "region_dump: bad input\n");
        return 2;
    }
    epa_block pb = { paste.nrows, paste.ncols, cell_at, &paste };
    epa_block lb = { list.nrows, list.ncols, cell_at, &list };
    epa_region_options opt = { (epa_level)level, factor, list.nrows > 0 ? &lb : NULL };
    epa_region *reg;
    epa_error err = epa_region_read(&pb, &opt, &reg);
    if (err != EPA_OK) {
        printf("error %d\n", (int)err);
        return 0;
    }
    static char text[4096];
    for (int32_t i = 0; i < reg->nrows; i++) {
        const epa_region_row *r = &reg->rows[i];
        printf("row %d %d %d %d %d %d %s %d %d %.17g %.17g %.17g %.17g\n", (int)r->status,
               (int)r->reason, (int)r->column, (int)r->whole, (int)r->other, (int)r->kind,
               r->code[0] ? r->code : "-", r->gemeente, (int)r->has_inhabitants,
               r->inhabitants, r->adults, r->per_1000, r->count);
        epa_region_row_text(reg, i, 1, text, sizeof text);
        printf("text %d %s\n", (int)i, text);
    }
    for (int32_t i = 0; i < reg->ngemeenten; i++) {
        const epa_region_gemeente *g = &reg->gemeenten[i];
        printf("gem %d %d %d %d %d %d %.17g %.17g %.17g %.17g %d\n", g->code, (int)g->listed,
               (int)g->level, g->computed, g->unknown, g->gemeente_row,
               g->inhabitants, g->inhabitants_computed, g->adults, g->count, (int)g->cover);
    }
    const epa_region_totals *t = &reg->totals;
    printf("tot %d %d %d %d %.17g %.17g %.17g %.17g %.17g %.17g %d %d %d %d %d %d %d %d %d\n",
           t->pasted, t->computed, t->unknown, t->excluded, t->inhabitants,
           t->inhabitants_computed, t->adults, t->count, t->whole_inhabitants, t->covered,
           t->gemeenten, t->not_pasted, t->uncovered, t->unchecked, t->conflicts,
           t->unknown_inhabitants, t->bad_list_entry, t->order_break, (int)t->complete);
    epa_region_message(reg, 1, text, sizeof text);
    printf("msg %s\n", text);
    epa_region_free(reg);
    free_grid(&paste);
    free_grid(&list);
    return 0;
}
