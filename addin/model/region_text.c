/*
 * region_text.c - the Dutch texts of section 6 of MODEL.md: each row's status with its
 * reason, each gemeente's cover, and the region's message (what its totals
 * leave out).  Users read these in the template and in print, so every
 * reason names the KWB column or the row it is about.
 *
 * Texts are ASCII: a cut to the caller's buffer can never split a
 * character.
 */
#include <stdio.h>
#include <string.h>

#include "epa.h"
#include "region_internal.h"

/* %c the column, %w the column it exceeds, %r another row, %l the level
 * the gemeente counts at. */
const char *const epa_reason_texts[] = {
    [EPA_REASON_NONE] = "",
    [EPA_REASON_NO_CODE_COLUMN] = "geen kolom gwb_code_10 in de kopregel (of twee)",
    [EPA_REASON_NO_CODE] = "geen gebiedscode",
    [EPA_REASON_BAD_CODE] = "geen GM-, WK- of BU-code",
    [EPA_REASON_DUPLICATE] = "dubbel (zelfde code en cijfers als rij %r)",
    [EPA_REASON_DUPLICATE_OTHER] = "dubbel met andere cijfers (zie rij %r)",
    [EPA_REASON_NOT_LISTED] = "gemeente niet in de regiolijst",
    [EPA_REASON_OTHER_LEVEL] = "ander niveau (de gemeente telt per %l)",
    [EPA_REASON_GEMEENTE_ROW] = "gemeenteregel (de gemeente telt per %l)",
    [EPA_REASON_CONFLICT] = "code staat ook in rij %r met andere cijfers "
                            "(twee jaargangen?)",
    [EPA_REASON_COLUMN_MISSING] = "kolom %c ontbreekt in de kopregel",
    [EPA_REASON_COLUMN_TWICE] = "kolom %c staat meer dan eens in de kopregel",
    [EPA_REASON_NOT_A_COUNT] = "%c is geen aantal (leeg, '.', negatief of "
                               "geen heel getal)",
    [EPA_REASON_ZERO] = "%c is 0",
    [EPA_REASON_TOO_LARGE] = "%c is groter dan kan",
    [EPA_REASON_PART_ABOVE_WHOLE] = "%c is meer dan %w",
    [EPA_REASON_HOUSEHOLDS_ABOVE_INHABITANTS] = "meer huishoudens (a_hh) dan "
                                                "inwoners (a_inw)",
    [EPA_REASON_FEW_SINGLE] = "1% of minder eenpersoonshuishoudens (a_1p_hh)",
    [EPA_REASON_BANDS_ABOVE_INHABITANTS] = "leeftijdsgroepen a_15_24 tot en "
                                           "met a_65_oo samen meer dan "
                                           "inwoners (a_inw)",
};
_Static_assert(sizeof epa_reason_texts / sizeof epa_reason_texts[0] == EPA_REASON_COUNT,
               "one text per epa_row_reason");
const size_t epa_reason_text_count = sizeof epa_reason_texts / sizeof epa_reason_texts[0];

const char *epa_row_reason_text(epa_row_reason reason)
{
    unsigned r = (unsigned)reason;
    return r < (unsigned)EPA_REASON_COUNT ? epa_reason_texts[r] : "";
}

epa_row_status epa_reason_status(epa_row_reason reason)
{
    if (reason == EPA_REASON_NONE)
        return EPA_ROW_COMPUTED;
    return reason < EPA_REASON_CONFLICT ? EPA_ROW_EXCLUDED : EPA_ROW_UNKNOWN;
}

const char *epa_row_status_word(epa_row_status status)
{
    switch (status) {
    case EPA_ROW_COMPUTED: return "berekend";
    case EPA_ROW_UNKNOWN: return "onbekend";
    case EPA_ROW_EXCLUDED: return "uitgesloten";
    default: return "";
    }
}

const char *epa_cover_text(epa_cover cover)
{
    static const char *const texts[] = {
        [EPA_COVER_WHOLE] = "dekt de gemeente",
        [EPA_COVER_BY_GEMEENTE] = "geteld met de gemeenteregel",
        [EPA_COVER_SHORT] = "dekt de gemeente niet: gebieden ontbreken",
        [EPA_COVER_OVER] = "meer inwoners dan de gemeenteregel",
        [EPA_COVER_UNCHECKED] = "niet te controleren",
        [EPA_COVER_NOT_PASTED] = "niet geplakt",
    };
    _Static_assert(sizeof texts / sizeof texts[0] == EPA_COVER_COUNT, "one text per epa_cover");
    unsigned c = (unsigned)cover;
    return c < (unsigned)EPA_COVER_COUNT ? texts[c] : "";
}

/* ---- a bounded writer ------------------------------------------------ */

typedef struct {
    char *buf;
    size_t cap, len; /* len counts what was asked for, also beyond cap */
} writer;

static void put(writer *w, const char *s, size_t n)
{
    if (w->cap > 0 && w->len < w->cap - 1) {
        size_t room = w->cap - 1 - w->len;
        memcpy(w->buf + w->len, s, n < room ? n : room);
    }
    w->len += n;
    if (w->cap > 0)
        w->buf[w->len < w->cap - 1 ? w->len : w->cap - 1] = '\0';
}

static void puts_(writer *w, const char *s) { put(w, s, strlen(s)); }

/* before, the number v, after. */
static void putn(writer *w, const char *before, long long v, const char *after)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    puts_(w, before);
    put(w, tmp, n > 0 ? (size_t)n : 0);
    puts_(w, after);
}

/* A share as a Dutch percentage with one decimal: 0.0412 -> "4,1%". */
static void put_pct(writer *w, double share)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%.1f%%", share * 100.0);
    for (int i = 0; i < n; i++)
        if (tmp[i] == '.')
            tmp[i] = ',';
    put(w, tmp, n > 0 ? (size_t)n : 0);
}

static writer start(char *buf, size_t cap)
{
    writer w = { buf, cap, 0 };
    if (cap > 0)
        buf[0] = '\0';
    return w;
}

static const char *level_word(epa_area_kind kind)
{
    switch (kind) {
    case EPA_AREA_WIJK: return "wijk";
    case EPA_AREA_BUURT: return "buurt";
    default: return "gemeenteregel";
    }
}

size_t epa_region_row_text(const epa_region *region, int32_t row,
                           int32_t row_base, char *buf, size_t cap)
{
    writer w = start(buf, cap);
    if (region == NULL || row < 0 || row >= region->nrows)
        return 0;
    const epa_region_row *r = &region->rows[row];
    puts_(&w, epa_row_status_word(r->status));
    if (r->status == EPA_ROW_EMPTY || r->status == EPA_ROW_COMPUTED)
        return w.len;
    puts_(&w, ": ");
    epa_area_kind level = EPA_AREA_NONE;
    for (int32_t g = 0; g < region->ngemeenten; g++)
        if (region->gemeenten[g].code == r->gemeente)
            level = region->gemeenten[g].level;
    for (const char *p = epa_row_reason_text(r->reason); *p; p++) {
        if (p[0] != '%' || p[1] == '\0' || p[1] == '%') {
            put(&w, p, 1);
            p += p[0] == '%' && p[1] == '%';
            continue;
        }
        switch (*++p) {
        case 'c': puts_(&w, epa_kwb_column_name(r->column) ? epa_kwb_column_name(r->column) : "?"); break;
        case 'w': puts_(&w, epa_kwb_column_name(r->whole) ? epa_kwb_column_name(r->whole) : "?"); break;
        case 'r': putn(&w, "", (long long)r->other + row_base, ""); break;
        case 'l': puts_(&w, level_word(level)); break;
        default: put(&w, p - 1, 2); break;
        }
    }
    return w.len;
}

/* "GM0344, GM0345 en 3 meer" for the gemeenten whose cover is one of mask. */
static void list_gemeenten(writer *w, const epa_region *region, unsigned mask, bool with_share)
{
    enum { SHOWN = 5 };
    int shown = 0, more = 0;
    for (int32_t i = 0; i < region->ngemeenten; i++) {
        const epa_region_gemeente *g = &region->gemeenten[i];
        if (!(mask >> g->cover & 1u))
            continue;
        if (shown == SHOWN) {
            more++;
            continue;
        }
        char code[7];
        epa_gemeente_text(g->code, code);
        puts_(w, shown ? ", " : " ");
        puts_(w, code);
        if (with_share && g->gemeente_inhabitants > 0.0) {
            puts_(w, " (");
            put_pct(w, g->inhabitants / g->gemeente_inhabitants);
            puts_(w, ")");
        }
        shown++;
    }
    if (more)
        putn(w, " en ", more, " meer");
}

size_t epa_region_message(const epa_region *region, int32_t row_base,
                          char *buf, size_t cap)
{
    writer w = start(buf, cap);
    if (region == NULL)
        return 0;
    const epa_region_totals *t = &region->totals;
    if (t->pasted == 0) {
        puts_(&w, "onvolledig: nog niets geplakt");
        return w.len;
    }
    if (t->complete) {
        putn(&w, "volledig: ", t->computed, " gebieden");
        putn(&w, " van ", t->gemeenten, " gemeente");
        puts_(&w, t->gemeenten == 1 ? "" : "n");
        return w.len;
    }
    const char *sep = "onvolledig: ";
    if (region->column[EPA_KWB_CODE] < 0) {
        puts_(&w, sep);
        puts_(&w, "geen kolom gwb_code_10 in de kopregel (of twee): geen rij gelezen");
        sep = "; ";
    }
    if (t->computed == 0 && region->column[EPA_KWB_CODE] >= 0) {
        puts_(&w, sep);
        puts_(&w, "geen gebied berekend");
        sep = "; ";
    }
    if (t->unknown > 0) {
        puts_(&w, sep);
        putn(&w, "", t->unknown, " ");
        puts_(&w, t->unknown == 1 ? "gebied onbekend" : "gebieden onbekend");
        if (t->whole_inhabitants > 0.0) {
            puts_(&w, " (");
            put_pct(&w, (t->inhabitants - t->inhabitants_computed) / t->whole_inhabitants);
            puts_(&w, " van de inwoners");
            if (t->unknown_inhabitants > 0)
                putn(&w, ", van ", t->unknown_inhabitants, " ervan ook de inwoners");
            puts_(&w, ")");
        }
        if (t->conflicts > 0)
            putn(&w, ", waarvan ", t->conflicts, " met twee verschillende rijen (twee jaargangen?)");
        sep = "; ";
    }
    if (t->not_pasted > 0) {
        puts_(&w, sep);
        puts_(&w, "in de regiolijst maar niet geplakt:");
        list_gemeenten(&w, region, 1u << EPA_COVER_NOT_PASTED, false);
        sep = "; ";
    }
    if (t->uncovered > 0) {
        puts_(&w, sep);
        puts_(&w, "gebieden dekken hun gemeenteregel niet (inwoners):");
        list_gemeenten(&w, region, 1u << EPA_COVER_SHORT | 1u << EPA_COVER_OVER, true);
        sep = "; ";
    }
    if (t->unchecked > 0) {
        puts_(&w, sep);
        puts_(&w, "dekking niet te controleren (geen gemeenteregel of inwoners onbekend):");
        list_gemeenten(&w, region, 1u << EPA_COVER_UNCHECKED, false);
        sep = "; ";
    }
    if (t->bad_list_entry >= 0) {
        puts_(&w, sep);
        putn(&w, "regiolijst: regel ", (long long)t->bad_list_entry + 1, " is geen gemeentecode");
        sep = "; ";
    }
    if (t->order_break >= 0) {
        puts_(&w, sep);
        putn(&w, "codes niet in de volgorde van het CBS vanaf rij ",
             (long long)t->order_break + row_base,
             " (oude rijen onder een nieuwe plak? plak in een nieuw werkboek of sorteer op gwb_code_10)");
    }
    return w.len;
}
