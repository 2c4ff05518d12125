/*
 * epa.h - the EPA regional planning model as a plain C library.
 *
 * Every number here is documented, with its source in the reports, in
 * addin/model/MODEL.md: section 1 is the local prevalence estimate of
 * annex 4, section 2 the reference frame of annex 3.  No UNO, no allocation, no global
 * mutable state: every function is pure and safe to call from any thread.
 *
 * Conventions
 *  - Every operation returns an epa_error and writes its result through the
 *    last pointer argument only when it returns EPA_OK.
 *  - Percentages are percentage points (23.14 means 23.14%), as in the
 *    method.  Shares and coverages that are returned are fractions (0.275).
 *  - Urbanity classes use the CBS numbering: 1 = zeer sterk stedelijk (most
 *    urban) ... 5 = niet stedelijk.  The report's roman numerals run the
 *    other way; nothing here uses them.
 *  - Name parsers take bytes (not necessarily NUL-terminated), compare
 *    case-insensitively and treat space, '-' and '_' alike; runs of them
 *    count as one and leading or trailing ones are ignored.
 */
#ifndef EPA_H
#define EPA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The release: its version and date (ISO 8601), the one place both are
 * written.  The Makefile derives the .oxt name, description.xml, the guide's
 * version line and the release folder from them (docs/release.md). */
#define EPA_VERSION "1.0.0"
#define EPA_RELEASE_DATE "2026-12-02"

/* Why an input was rejected.  epa_strerror() gives the text; a unit test
 * keeps its table in step with this enum. */
typedef enum {
    EPA_OK = 0,
    EPA_ERR_MISSING,        /* a required argument is missing */
    EPA_ERR_NOT_NUMBER,     /* text, boolean or empty cell where a number is needed */
    EPA_ERR_NOT_TEXT,       /* a number where a name is needed */
    EPA_ERR_NOT_FINITE,     /* NaN or infinity */
    EPA_ERR_NEGATIVE,       /* below 0 (CBS suppression codes are negative) */
    EPA_ERR_TOO_LARGE,      /* above the plausible maximum of that quantity */
    EPA_ERR_PCT_ABOVE_100,  /* a percentage above 100 */
    EPA_ERR_PCT_FRACTION,   /* single_pct <= 1: a fraction, not percentage points */
    EPA_ERR_CLASS,          /* urbanity class not an integer 1-5 */
    EPA_ERR_COVERAGE,       /* coverage not 25/50/75/90/95 or 0.25 ... 0.95 */
    EPA_ERR_SIDE,           /* side not low/high (laag/hoog) */
    EPA_ERR_SHARE,          /* share not in care outside [0, 1) */
    EPA_ERR_SCENARIO,       /* unknown scenario number or name */
    EPA_ERR_CATEGORY,       /* unknown budget category */
    EPA_ERR_ITEM,           /* unknown capacity item */
    EPA_ERR_BOUND,          /* bound not low/mid/high (laag/midden/hoog) */
    EPA_ERR_PROGRESS,       /* progress outside [0, 1] */
    EPA_ERR_UNDEFINED,      /* the scenario defines no norm for this item */
    EPA_ERR_SHAPE,          /* ranges of different sizes */
    EPA_ERR_ZERO,           /* 0 where no real area has 0 (OAD, spending per 100,000); an empty cell reads as 0 */
    EPA_ERR_RESULT_NOT_FINITE, /* the result would be NaN or infinite (never handed to Calc) */
    EPA_ERR_RESULT_RANGE,   /* the result is beyond the plausible range of its quantity */
    EPA_ERR_PART_EXCEEDS_WHOLE, /* a count above its total (one-person households above households) */
    EPA_ERR_RESULT_CELLS,   /* a range-form result with more than EPA_RESULT_MAX_CELLS cells */
    EPA_ERR_NULL_POINTER,   /* a programmer error: a NULL output pointer (never a user input) */
    EPA_ERR_COUNT_TEXT,     /* a count given as text that is not a plain whole number ("10.410", "1,5", ".") */
    EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS, /* more households than inhabitants (swapped columns?) */
    EPA_ERR_FEW_SINGLE,     /* one-person households 1% of households or fewer (EPAPREV's S <= 1) */
    EPA_ERR_BANDS_ABOVE_INHABITANTS, /* the age bands add up to more inhabitants than the area has */
    EPA_ERR_FACTOR,         /* the 18+ share of the 15-24 band outside [0, 1] */
    EPA_ERR_LEVEL,          /* level not wijk or buurt */
    EPA_ERR_OUT_OF_MEMORY,  /* the region reader could not allocate its tables */
    EPA_ERR_ROW,            /* a sheet row number not a whole number 1-1,048,576 */
    EPA_ERR_COUNT           /* number of codes, not an error */
} epa_error;

/* Short English reason for a code; never NULL (unknown codes get a text too). */
const char *epa_strerror(epa_error err);

/* ---- limits (documented in the README) -------------------------------- */

/* Highest OAD accepted, addresses per km2.  The densest Dutch PC4 areas are
 * near 10,000; larger values are typing or unit errors. */
#define EPA_MAX_OAD 100000.0
/* Highest count of people (adults, inhabitants, people in care) accepted. */
/* Highest prevalence per 1,000 adults: by definition it cannot exceed 1000. */
#define EPA_MAX_PER_1000 1000.0

#define EPA_MAX_PEOPLE 1e9

/* ---- names as spreadsheets deliver them ---------------------------------
 * Every name parser below (epa_parse_*) takes UTF-8 bytes and normalises
 * them itself (addin/model/names.h: white space trimmed at the ends, 'e' +
 * U+0308 composed, case and separators folded, the length limit).  A
 * spreadsheet hands text over in UTF-16: epa_name_from_utf16 turns it into
 * the UTF-8 the parsers take, so no caller re-implements any of it. */

/* Longest name accepted, in UTF-8 bytes after trimming white space at the
 * ends and composing, before separators are merged.  Every real key is far
 * shorter; the limit bounds the work and the buffers. */
#define EPA_NAME_MAX 64

/* Bytes of a name's text as epa_name_from_utf16 writes it: EPA_NAME_MAX
 * UTF-16 units of at most 3 UTF-8 bytes each. */
#define EPA_NAME_TEXT_MAX (3 * EPA_NAME_MAX)

/* UTF-16 text (not NUL-terminated, len code units), trimmed of white space
 * at both ends, as UTF-8 into out (NUL-terminated, *out_len bytes) for any
 * epa_parse_*, which normalises it (the parser, not this, decides what a
 * leading '-' or the length limit means).  False when it can be no name:
 * more than EPA_NAME_MAX units after trimming (each unit is at least one
 * byte of the composed name).  A lone surrogate becomes U+FFFD, which
 * matches no name. */
bool epa_name_from_utf16(const uint16_t *text, size_t len,
                         char out[EPA_NAME_TEXT_MAX + 1], size_t *out_len);

/* A count as CBS's own files store it, text holding a plain whole number
 * ('710'): ASCII digits only (leading zeros allowed) after Unicode white
 * space is trimmed at both ends, as for names.  Any other text ("10.410",
 * "1,5", ".", "1e3", "-5", "+5", "1 000", white space alone) is
 * EPA_ERR_COUNT_TEXT: its meaning would depend on the reader's locale, or
 * it is no number at all.  A digit string above 10^15 reads as 10^16, so
 * the model calls it too large; up to 10^15 the value is exact. */
epa_error epa_count_from_utf16(const uint16_t *text, size_t len, double *out);
/* Highest amount of money (EUR) accepted for budgets and per-100k rates. */
#define EPA_MAX_EUR 1e15

/* ---- section 1: local prevalence (annex 4) ----------------------------- */

enum { EPA_URBANITY_MIN = 1, EPA_URBANITY_MAX = 5 };

/* Intercept C of urbanity class cls (CBS numbering 1-5). */
epa_error epa_intercept(int cls, double *out);

/* CBS urbanity class of a mean OAD in (0, EPA_MAX_OAD]; boundary values
 * belong to the denser class (2500 -> 1, 1500 -> 2, 1000 -> 3, 500 -> 4).
 * OAD 0 is rejected: every address counts itself, so a real area has an OAD
 * above 0, and Calc hands an empty cell over as 0. */
epa_error epa_urbanity(double oad, int *cls);

/* A class given as a spreadsheet number: must be an integer 1-5. */
epa_error epa_class_from_number(double value, int *cls);

/* P = 0.1574 S + 0.9021 W + 0.6106 A + C, per 1,000 adults.
 * single_pct must be > 1 and <= 100 (a value <= 1 is taken as a fraction
 * typed into a percent-formatted cell and rejected); wwb_pct and ao_pct in
 * [0, 100]. */
epa_error epa_prevalence_class(int cls, double single_pct, double wwb_pct,
                               double ao_pct, double *per_1000);
epa_error epa_prevalence(double oad, double single_pct, double wwb_pct,
                         double ao_pct, double *per_1000);

/* P from the counts CBS publishes (Kerncijfers wijken en buurten), so no
 * percentage is computed by hand: S = single_households / households * 100,
 * W = wwb_count / inhabitants * 100, A = ao_count / inhabitants * 100, then
 * exactly epa_prevalence(oad, S, W, A), so it refuses what EPAPREV refuses
 * on those percentages.  Checked in this order, the first failure deciding:
 * oad as in epa_urbanity; households in (0, EPA_MAX_PEOPLE];
 * single_households in [0, households] (above: EPA_ERR_PART_EXCEEDS_WHOLE);
 * inhabitants in (0, EPA_MAX_PEOPLE] and at least households
 * (EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS); wwb_count, then ao_count in
 * [0, inhabitants]; then S above 1 (EPA_ERR_FEW_SINGLE, EPAPREV's
 * EPA_ERR_PCT_FRACTION). */
epa_error epa_prevalence_counts(double oad, double households,
                                double single_households, double inhabitants,
                                double wwb_count, double ao_count,
                                double *per_1000);

/* N = P * adults / 1000, unrounded; adults in [0, EPA_MAX_PEOPLE]. */
epa_error epa_count(double oad, double single_pct, double wwb_pct,
                    double ao_pct, double adults, double *count);

typedef enum { EPA_SIDE_LOW, EPA_SIDE_HIGH } epa_side;

/* "low"/"laag", "high"/"hoog". */
epa_error epa_parse_side(const char *text, size_t len, epa_side *side);

/* Number of tabulated coverages and the i-th one as a fraction. */
enum { EPA_COVERAGE_COUNT = 5 };
double epa_coverage_at(int i);
/* Index of a coverage given as 25/50/75/90/95 or 0.25/0.5/0.75/0.9/0.95. */
epa_error epa_coverage_index(double coverage, int *index);

/* Bound of the band around predicted (>= 0) containing the real prevalence
 * in the given share of areas; a low bound below 0 is reported as 0. */
epa_error epa_band(double predicted, double coverage, epa_side side,
                   double *bound);

/* Smallest tabulated coverage (0.25 ... 0.95) whose band contains
 * actual - predicted, bounds inclusive; 1 when outside the 95% band. */
epa_error epa_deviation(double actual, double predicted, double *coverage);

/* Prevalence above which an area most likely holds an institution. */
#define EPA_INSTITUTION_THRESHOLD 42.5
/* *flag = 1 when actual > 42.5 per 1,000 adults, else 0. */
epa_error epa_institutional(double actual, int *flag);

/* Default share of people with EPA not in GGZ care. */
#define EPA_NOT_IN_CARE_SHARE 0.25
/* in_care / (1 - share), share in [0, 1). */
epa_error epa_population(double in_care, double share, double *total);

/* ---- section 2: reference frame (annex 3) ------------------------------ */

/* National average GGZ spending per 100,000 inhabitants, 2014, EUR. */
#define EPA_BUDGET_PER_100K 38e6

/* inhabitants * per_100k / 100,000; per_100k in (0, EPA_MAX_EUR]: 0 is
 * rejected, no region spends nothing (and an empty cell reads as 0). */
epa_error epa_ggz_budget(double inhabitants, double per_100k, double *eur);

typedef enum {
    EPA_SCENARIO_CURRENT = 0,     /* "huidig" / "current" (2014) */
    EPA_SCENARIO_INTENSIFIED = 1, /* "intensivering" / "intensified" */
    EPA_SCENARIO_INTEGRATED = 2,  /* "wijk" / "integrated" */
    EPA_SCENARIO_COUNT
} epa_scenario;

epa_error epa_parse_scenario(const char *text, size_t len, epa_scenario *out);
/* 0, 1 or 2 exactly. */
epa_error epa_scenario_from_number(double value, epa_scenario *out);

typedef enum {
    EPA_CATEGORY_CLINICAL,        /* "klinisch" / "clinical" */
    EPA_CATEGORY_SHELTERED,       /* "bw" / "beschermd wonen" / "sheltered housing" */
    EPA_CATEGORY_AMBULATORY_EPA,  /* "ambulant epa" / "ambulatory epa" */
    EPA_CATEGORY_AMBULATORY_OTHER,/* "ambulant overig" / "ambulatory other" */
    EPA_CATEGORY_TOTAL,           /* "totaal" / "total" */
    EPA_CATEGORY_COUNT
} epa_category;

epa_error epa_parse_category(const char *text, size_t len, epa_category *out);

/* Share of the total budget as a fraction, moved linearly from the 2014
 * share (progress 0) to the scenario's (progress 1); total gives 1. */
epa_error epa_scenario_share(epa_scenario scenario, epa_category category,
                             double progress, double *share);
/* total_budget * share; total_budget in [0, EPA_MAX_EUR]. */
epa_error epa_scenario_budget(double total_budget, epa_scenario scenario,
                              epa_category category, double progress,
                              double *eur);

typedef enum {
    EPA_ITEM_FACT_TEAMS,
    EPA_ITEM_FACT_FTE,
    EPA_ITEM_FACT_CLIENTS,
    EPA_ITEM_IHT_FTE,
    EPA_ITEM_VIP_FTE,
    EPA_ITEM_NEIGHBOURHOOD_CENTRES,
    EPA_ITEM_NEIGHBOURHOOD_FTE,
    EPA_ITEM_BEDS,
    EPA_ITEM_SHORT_STAY_BEDS,
    EPA_ITEM_BW_PLACES,
    EPA_ITEM_FREED_FTE,
    EPA_ITEM_PEER_FTE,
    EPA_ITEM_COUNT
} epa_item;

/* The English key ("fact_teams") or a Dutch alias (README lists them). */
epa_error epa_parse_item(const char *text, size_t len, epa_item *out);
/* Canonical English key of an item, e.g. "short_stay_beds"; NULL if invalid. */
const char *epa_item_key(epa_item item);

typedef enum { EPA_BOUND_LOW, EPA_BOUND_MID, EPA_BOUND_HIGH } epa_bound;

/* "low"/"laag", "mid"/"midden", "high"/"hoog". */
epa_error epa_parse_bound(const char *text, size_t len, epa_bound *out);

/* Norm per 100,000 inhabitants; EPA_ERR_UNDEFINED where the scenario does
 * not define the item. */
epa_error epa_capacity_norm(epa_scenario scenario, epa_item item,
                            epa_bound bound, double *per_100k);
/* norm * inhabitants / 100,000; inhabitants in [0, EPA_MAX_PEOPLE]. */
epa_error epa_scenario_capacity(epa_scenario scenario, epa_item item,
                                double inhabitants, epa_bound bound,
                                double *amount);

/* ---- section 3: the region from a pasted KWB block -------------------
 * MODEL.md section 6 states every rule below in words.  A region is read
 * from CBS's Kerncijfers wijken en buurten (KWB) as a user pastes it: a
 * header row of column names and one row per gemeente, wijk and buurt.
 * Each row gets a status with a reason, each gemeente its totals and
 * whether its areas cover its own gemeente row, the region its totals and
 * whether they cover the whole region. */

/* One spreadsheet value, classified: what a function argument holds, and
 * what each cell of a pasted block is. */
typedef enum {
    EPA_CELL_OMITTED, /* argument left out (optional arguments take their default) */
    EPA_CELL_EMPTY,   /* an empty cell inside a range (Calc passes it as "") */
    EPA_CELL_NUMBER,
    EPA_CELL_TEXT,
    EPA_CELL_OTHER    /* boolean, error or any other value type */
} epa_cell_kind;

typedef struct {
    epa_cell_kind kind;
    double number;          /* EPA_CELL_NUMBER */
    const uint16_t *text;   /* EPA_CELL_TEXT: UTF-16, not NUL-terminated */
    size_t text_len;        /* in UTF-16 code units */
} epa_cell;

/* A rectangle of cells read through a callback, so a caller hands over
 * its own storage (a UNO sequence, a test's array) without a copy. */
typedef struct epa_block {
    int32_t nrows, ncols;
    /* Writes the cell at (r, c), 0 <= r < nrows, 0 <= c < ncols. */
    void (*cell)(const struct epa_block *b, int32_t r, int32_t c, epa_cell *out);
    const void *src;
} epa_block;

/* The KWB columns the region reads, found by their header names. */
typedef enum {
    EPA_KWB_CODE,        /* gwb_code_10: GM0344, WK034401, BU03440100 */
    EPA_KWB_NAME,        /* regio: the area's name (shown only) */
    EPA_KWB_GM_NAME,     /* gm_naam: the gemeente's name (shown only) */
    EPA_KWB_INHABITANTS, /* a_inw; from here on counts */
    EPA_KWB_AGE_15_24,
    EPA_KWB_AGE_25_44,
    EPA_KWB_AGE_45_64,
    EPA_KWB_AGE_65_UP,
    EPA_KWB_HOUSEHOLDS,  /* a_hh */
    EPA_KWB_SINGLE,      /* a_1p_hh */
    EPA_KWB_WWB,         /* a_soz_wb */
    EPA_KWB_AO,          /* a_soz_ao */
    EPA_KWB_OAD,         /* ste_oad */
    EPA_KWB_COLUMN_COUNT
} epa_kwb_column;
#define EPA_KWB_FIRST_COUNT EPA_KWB_INHABITANTS
enum { EPA_KWB_COUNTS = EPA_KWB_COLUMN_COUNT - EPA_KWB_FIRST_COUNT };

/* CBS's header name of a column ("a_inw"); NULL if invalid. */
const char *epa_kwb_column_name(epa_kwb_column column);

/* Adults (18+) from CBS's age bands, which have no 18: factor x (15-24) +
 * (25-44) + (45-64) + (65+), factor the share of the 15-24 band that is
 * 18 or over, in [0, 1] (MODEL.md 1.9: 0.7).  Bands that add up to more than
 * inhabitants are EPA_ERR_BANDS_ABOVE_INHABITANTS; each count as in
 * epa_prevalence_counts ([0, EPA_MAX_PEOPLE], inhabitants above 0). */
epa_error epa_adults_from_bands(double factor, double age_15_24,
                                double age_25_44, double age_45_64,
                                double age_65_up, double inhabitants,
                                double *adults);
#define EPA_ADULT_FACTOR 0.7

/* The level a region is counted at. */
typedef enum { EPA_LEVEL_WIJK, EPA_LEVEL_BUURT } epa_level;
/* "wijk"/"wk"/"district", "buurt"/"bu"/"neighbourhood". */
epa_error epa_parse_level(const char *text, size_t len, epa_level *out);

/* A gemeente code as users type it: GM0344, 0344, 344 (text or number),
 * 1 to 9999.  False for anything else. */
bool epa_gemeente_code(const epa_cell *cell, int *code);

typedef enum { EPA_AREA_NONE, EPA_AREA_GEMEENTE, EPA_AREA_WIJK, EPA_AREA_BUURT } epa_area_kind;

typedef enum {
    EPA_ROW_EMPTY,    /* nothing in the row: not pasted */
    EPA_ROW_COMPUTED, /* "berekend": counts in the totals */
    EPA_ROW_UNKNOWN,  /* "onbekend": an area of the region whose figures are missing or impossible */
    EPA_ROW_EXCLUDED  /* "uitgesloten": not an area of the region at its counted level */
} epa_row_status;

/* Why a row has its status; epa_row_reason_text gives the Dutch text and a
 * unit test keeps the table in step.  Checked in this order per row. */
typedef enum {
    EPA_REASON_NONE,              /* empty, or computed */
    EPA_REASON_NO_CODE_COLUMN,    /* excluded: no gwb_code_10 in the header (or twice) */
    EPA_REASON_NO_CODE,           /* excluded: the code cell is empty */
    EPA_REASON_BAD_CODE,          /* excluded: not GM + 4, WK + 6 or BU + 8 digits */
    EPA_REASON_DUPLICATE,         /* excluded: the same code and figures stand in an earlier row */
    EPA_REASON_DUPLICATE_OTHER,   /* excluded: an earlier row has this code with other figures */
    EPA_REASON_NOT_LISTED,        /* excluded: the gemeente is not in the region list */
    EPA_REASON_OTHER_LEVEL,       /* excluded: a wijk or buurt while the gemeente is counted at the other level */
    EPA_REASON_GEMEENTE_ROW,      /* excluded: the gemeente row while its wijken or buurten count */
    EPA_REASON_CONFLICT,          /* unknown: a later row has this code with other figures (two years?) */
    EPA_REASON_COLUMN_MISSING,    /* unknown: a count column is not in the header */
    EPA_REASON_COLUMN_TWICE,      /* unknown: a count column's name stands twice in the header */
    EPA_REASON_NOT_A_COUNT,       /* unknown: a count is empty, '.', negative or not a whole number as text */
    EPA_REASON_ZERO,              /* unknown: 0 inhabitants, households or OAD */
    EPA_REASON_TOO_LARGE,         /* unknown: a count or OAD beyond plausible */
    EPA_REASON_PART_ABOVE_WHOLE,  /* unknown: one-person households above households, benefits above inhabitants */
    EPA_REASON_HOUSEHOLDS_ABOVE_INHABITANTS,
    EPA_REASON_FEW_SINGLE,        /* unknown: one-person households 1% of households or fewer */
    EPA_REASON_BANDS_ABOVE_INHABITANTS,
    EPA_REASON_COUNT
} epa_row_reason;

/* The Dutch text of a reason, with "%c" where a column name goes and
 * "%w" where the whole it exceeds, "%r" a row number; never NULL. */
const char *epa_row_reason_text(epa_row_reason reason);
/* The status's Dutch word: "berekend", "onbekend", "uitgesloten", "". */
const char *epa_row_status_word(epa_row_status status);

enum { EPA_CODE_MAX = 10 };  /* "BU03440100" */

typedef struct {
    epa_row_status status;
    epa_row_reason reason;
    epa_kwb_column column;   /* the column the reason names; EPA_KWB_COLUMN_COUNT when none */
    epa_kwb_column whole;    /* PART_ABOVE_WHOLE: the column exceeded */
    int32_t other;           /* duplicates: the other copy's data row (0-based), else -1 */
    epa_area_kind kind;
    char code[EPA_CODE_MAX + 1]; /* the code in normal form, "" when none */
    int gemeente;            /* 1-9999 from the code, 0 when none */
    bool has_inhabitants;    /* a_inw was read (computed and some unknown rows) */
    double inhabitants;      /* when has_inhabitants */
    /* computed rows only; 0 otherwise: */
    double adults, per_1000, count, single_pct, wwb_pct, ao_pct, oad;
} epa_region_row;

/* Whether a gemeente's counted areas cover its own gemeente row. */
typedef enum {
    EPA_COVER_WHOLE,       /* inhabitants within EPA_COVER_TOLERANCE of its gemeente row */
    EPA_COVER_BY_GEMEENTE, /* counted by its gemeente row itself: whole by definition */
    EPA_COVER_SHORT,       /* the areas hold fewer inhabitants: part of the gemeente is missing */
    EPA_COVER_OVER,        /* the areas hold more inhabitants than the gemeente row */
    EPA_COVER_UNCHECKED,   /* no gemeente row, or an area without inhabitants: cannot be told */
    EPA_COVER_NOT_PASTED,  /* listed, but no row of it was pasted */
    EPA_COVER_COUNT
} epa_cover;
/* Largest relative difference between a gemeente row's inhabitants and the
 * sum over its areas that still counts as whole (MODEL.md 6.5). */
#define EPA_COVER_TOLERANCE 0.005
const char *epa_cover_text(epa_cover cover);

typedef struct {
    int code;                 /* 344 for GM0344 */
    bool listed;
    epa_area_kind level;      /* what counts: WIJK, BUURT or GEMEENTE; NONE when not pasted */
    int32_t computed, unknown;
    int32_t gemeente_row;     /* its gemeente row (data row, 0-based), else -1 */
    int32_t name_row;         /* a row whose gm_naam names it, else -1 */
    bool has_gemeente_inhabitants;
    double gemeente_inhabitants;  /* a_inw of its gemeente row */
    double inhabitants;       /* computed and unknown areas that have a_inw */
    double inhabitants_computed, adults, count;
    epa_cover cover;
} epa_region_gemeente;

typedef struct {
    int32_t pasted, computed, unknown, excluded;   /* pasted = the other three */
    double inhabitants;           /* computed and unknown areas that have a_inw */
    double inhabitants_computed, adults, count;
    /* The region's inhabitants as its gemeente rows state them (a gemeente
     * without one: its areas'), and the part of it computed. */
    double whole_inhabitants, covered;
    int32_t gemeenten;            /* rows of the gemeente table */
    int32_t not_pasted, uncovered, unchecked, conflicts;
    int32_t unknown_inhabitants;  /* unknown areas whose a_inw is not known either */
    int32_t bad_list_entry;       /* first region-list entry that is no gemeente code (0-based), else -1 */
    int32_t order_break;          /* first data row whose code is not after the one above in CBS's order, else -1 */
    bool complete;                /* the totals cover the whole region, and nothing above says otherwise */
} epa_region_totals;

typedef struct {
    epa_level level;
    double adult_factor;          /* [0, 1], EPA_ADULT_FACTOR */
    /* The region's gemeenten as a column of cells (GM0344, 0344, 344;
     * empty cells skipped); NULL or none = every pasted gemeente. */
    const epa_block *listed;
} epa_region_options;

typedef struct {
    epa_region_row *rows;         /* one per data row of the paste (nrows - 1) */
    int32_t nrows;
    epa_region_gemeente *gemeenten; /* listed order; without a list, order of first appearance */
    int32_t ngemeenten;
    epa_region_totals totals;
    int32_t column[EPA_KWB_COLUMN_COUNT]; /* found column per KWB column, -1 missing, -2 twice */
} epa_region;

/* Reads paste (row 0 the header) under opt.  *out is allocated here and
 * freed with epa_region_free; on an error nothing is allocated.  Errors are
 * of the call, not of a row: EPA_ERR_MISSING for a paste without a header
 * row, EPA_ERR_FACTOR, EPA_ERR_LEVEL, EPA_ERR_RESULT_CELLS above
 * EPA_REGION_MAX_ROWS data rows, EPA_ERR_OUT_OF_MEMORY. */
#define EPA_REGION_MAX_ROWS 1048575
epa_error epa_region_read(const epa_block *paste, const epa_region_options *opt,
                          epa_region **out);
void epa_region_free(epa_region *region);

/* Texts, UTF-8, NUL-terminated, cut to fit cap (at a character boundary);
 * each returns the length it needed.  row_base is the number users see for
 * data row 0 (its sheet row), used where a reason names another row. */
/* "onbekend: a_soz_wb is geen aantal", "uitgesloten: dubbel (ook in rij 30)" */
size_t epa_region_row_text(const epa_region *region, int32_t row,
                           int32_t row_base, char *buf, size_t cap);
/* "volledig" or "onvolledig: 3 gebieden onbekend (4,1% van de inwoners); ..." */
size_t epa_region_message(const epa_region *region, int32_t row_base,
                          char *buf, size_t cap);
/* A gemeente's code as text, "GM0344". */
void epa_gemeente_text(int code, char out[7]);

#ifdef __cplusplus
}
#endif

#endif /* EPA_H */
