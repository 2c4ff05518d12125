/*
 * names.c - normalising names and the parsers for every named argument
 * (side, bound, scenario, category, capacity item).
 *
 * The tables below are the complete list of accepted spellings, in normal
 * form (see names.h); the README copies them.  Dutch and English are both
 * accepted because the sheet may be used in either language.
 */
#include <string.h>

#include "epa.h"
#include "names.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static bool is_separator(unsigned char c)
{
    return c == ' ' || c == '-' || c == '_';
}

bool epa_is_white_space(uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85
        || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
}

/* The code point of the well-formed UTF-8 sequence of exactly n bytes
 * (1 to 3: every white space character is in the BMP) at s, or
 * 0xFFFFFFFF.  Overlong forms and surrogates are not well formed. */
static uint32_t decode_exact(const unsigned char *s, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0xFFFFFFFFu;
    if (n == 1 && s[0] < 0x80)
        return s[0];
    if (n == 2 && s[0] >= 0xC2 && s[0] <= 0xDF)
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3Fu);
    if (n == 3 && (s[0] & 0xF0) == 0xE0) {
        uint32_t cp = ((uint32_t)(s[0] & 0x0F) << 12)
                    | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
            return cp;
    }
    return 0xFFFFFFFFu;
}

/* Bytes of white space at the start (at_end false) or the end of s. */
static size_t white_space_len(const unsigned char *s, size_t len, bool at_end)
{
    for (size_t n = 1; n <= 3 && n <= len; n++)
        if (epa_is_white_space(decode_exact(at_end ? s + len - n : s, n)))
            return n;
    return 0;
}

/* Drops white space at both ends of *text (which may be NULL if *len is 0). */
static void trim_white_space(const char **text, size_t *len)
{
    const unsigned char *s = (const unsigned char *)*text;
    size_t n = *len, w;
    while (n > 0 && (w = white_space_len(s, n, false)) > 0) {
        s += w;
        n -= w;
    }
    while (n > 0 && (w = white_space_len(s, n, true)) > 0)
        n -= w;
    *text = (const char *)s;
    *len = n;
}

bool epa_name_normalise(const char *text, size_t len, epa_name *out)
{
    size_t n = 0, composed = 0;
    bool pending_separator = false;

    if (text == NULL && len > 0)
        return false;
    trim_white_space(&text, &len);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        unsigned char second = 0; /* of a composed letter */
        if (c == '\0')
            return false;
        /* 'e' or 'E' + U+0308 (CC 88) is U+00EB or U+00CB (C3 AB, C3 8B):
         * the form some sources deliver "clienten" with a diaeresis in. */
        if ((c == 'e' || c == 'E') && len - i >= 3
            && (unsigned char)text[i + 1] == 0xCC
            && (unsigned char)text[i + 2] == 0x88) {
            second = c == 'e' ? 0xAB : 0x8B;
            c = 0xC3;
            i += 2;
        }
        /* The limit counts the composed bytes, separators included; it
         * also bounds the loop, since every step counts at least one. */
        composed += second ? 2 : 1;
        if (composed > EPA_NAME_MAX)
            return false;
        if (is_separator(c)) {
            /* Only remembered, so leading and trailing runs vanish. */
            pending_separator = n > 0;
            continue;
        }
        if (pending_separator) {
            out->text[n++] = '_';
            pending_separator = false;
        }
        /* ASCII only: tolower() would depend on the locale, and the UTF-8
         * bytes of an alias must stay as they are. */
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        out->text[n++] = (char)c;
        if (second)
            out->text[n++] = (char)second;
    }
    /* n <= composed <= EPA_NAME_MAX: each counted byte adds at most one
     * output byte, since a separator is written only in place of skipped
     * ones. */
    out->text[n] = '\0';
    out->len = n;
    return true;
}

/* UTF-8 of one code point (below 0x110000) into s; returns its length. */
static size_t put_utf8(unsigned char *s, uint32_t cp)
{
    if (cp < 0x80) {
        s[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        s[0] = (unsigned char)(0xC0 | (cp >> 6));
        s[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        s[0] = (unsigned char)(0xE0 | (cp >> 12));
        s[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    s[0] = (unsigned char)(0xF0 | (cp >> 18));
    s[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    s[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    s[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* [*first, *end) of text without the white space at both ends; every
 * White_Space character is one UTF-16 unit. */
static void trim_utf16(const uint16_t *text, size_t len, size_t *first, size_t *end)
{
    size_t f = 0, e = len;
    while (f < e && epa_is_white_space(text[f]))
        f++;
    while (e > f && epa_is_white_space(text[e - 1]))
        e--;
    *first = f;
    *end = e;
}

bool epa_name_from_utf16(const uint16_t *text, size_t len,
                         char out[EPA_NAME_TEXT_MAX + 1], size_t *out_len)
{
    if (text == NULL && len > 0)
        return false;
    /* Padding pasted around a name may be any length: trimmed first, so
     * it neither counts against the limit nor needs room in out. */
    size_t first, end;
    trim_utf16(text, len, &first, &end);
    /* Every unit becomes at least one byte of the composed name (a pair
     * or e + U+0308 is two units and at least two bytes), so more units
     * than EPA_NAME_MAX can be no name; fewer need 3 bytes each at most. */
    if (end - first > EPA_NAME_MAX)
        return false;
    unsigned char *utf8 = (unsigned char *)out;
    size_t n = 0;
    for (size_t i = first; i < end; i++) {
        uint32_t cp = text[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < end &&
            text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (text[i + 1] - 0xDC00u);
            i++;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD; /* a lone surrogate can match no name */
        }
        n += put_utf8(utf8 + n, cp);
    }
    out[n] = '\0';
    *out_len = n;
    return true;
}

/* Past this a digit string is only "too large": the value stops growing
 * (at COUNT_SATURATED) instead of reaching infinity, and every value up to
 * it is exact in a double (2^53 is about 9.007e15). */
#define COUNT_EXACT_MAX 1e15
#define COUNT_SATURATED 1e16

epa_error epa_count_from_utf16(const uint16_t *text, size_t len, double *out)
{
    if (out == NULL || (text == NULL && len > 0))
        return EPA_ERR_NULL_POINTER;
    size_t first, end;
    trim_utf16(text, len, &first, &end);
    if (first == end)
        return EPA_ERR_COUNT_TEXT;
    double v = 0.0;
    for (size_t i = first; i < end; i++) {
        uint16_t u = text[i];
        if (u < '0' || u > '9')
            return EPA_ERR_COUNT_TEXT;
        if (v <= COUNT_EXACT_MAX)
            v = v * 10.0 + (double)(u - '0');
        if (v > COUNT_EXACT_MAX)
            v = COUNT_SATURATED;
    }
    *out = v;
    return EPA_OK;
}

bool epa_name_is(const epa_name *name, const char *key)
{
    size_t n = strlen(key);
    return n == name->len && memcmp(name->text, key, n) == 0;
}

bool epa_name_find(const epa_name *name, const epa_name_entry *table,
                   size_t count, int *value)
{
    for (size_t i = 0; i < count; i++) {
        if (epa_name_is(name, table[i].key)) {
            *value = table[i].value;
            return true;
        }
    }
    return false;
}

/* Normalises text and looks it up; false for anything unknown. */
static bool parse(const char *text, size_t len, const epa_name_entry *table,
                  size_t count, int *value)
{
    epa_name name;
    if (!epa_name_normalise(text, len, &name))
        return false;
    return epa_name_find(&name, table, count, value);
}

/* ---- side and bound ------------------------------------------------------ */

static const epa_name_entry side_names[] = {
    {"low", EPA_SIDE_LOW},   {"laag", EPA_SIDE_LOW},
    {"high", EPA_SIDE_HIGH}, {"hoog", EPA_SIDE_HIGH},
};

epa_error epa_parse_side(const char *text, size_t len, epa_side *side)
{
    int v;
    if (!parse(text, len, side_names, COUNT_OF(side_names), &v))
        return EPA_ERR_SIDE;
    if (side == NULL)
        return EPA_ERR_NULL_POINTER;
    *side = (epa_side)v;
    return EPA_OK;
}

static const epa_name_entry bound_names[] = {
    {"low", EPA_BOUND_LOW},   {"laag", EPA_BOUND_LOW},
    {"mid", EPA_BOUND_MID},   {"midden", EPA_BOUND_MID},
    {"middle", EPA_BOUND_MID},
    {"high", EPA_BOUND_HIGH}, {"hoog", EPA_BOUND_HIGH},
};

epa_error epa_parse_bound(const char *text, size_t len, epa_bound *out)
{
    int v;
    if (!parse(text, len, bound_names, COUNT_OF(bound_names), &v))
        return EPA_ERR_BOUND;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = (epa_bound)v;
    return EPA_OK;
}

/* ---- scenario and category ---------------------------------------------- */

static const epa_name_entry scenario_names[] = {
    /* A number typed as text ('1 or a text cell) still means the scenario. */
    {"0", EPA_SCENARIO_CURRENT},
    {"huidig", EPA_SCENARIO_CURRENT},
    {"current", EPA_SCENARIO_CURRENT},
    {"1", EPA_SCENARIO_INTENSIFIED},
    {"intensivering", EPA_SCENARIO_INTENSIFIED},
    {"intensified", EPA_SCENARIO_INTENSIFIED},
    {"2", EPA_SCENARIO_INTEGRATED},
    {"wijk", EPA_SCENARIO_INTEGRATED},
    {"integrated", EPA_SCENARIO_INTEGRATED},
};

/* Whether a '-' comes before the first byte that is not a separator or
 * white space at the start (" \xc2\xa0-1" is -1 too).  The
 * normaliser drops leading separators, which would turn "-1" into "1"; a
 * minus sign must make a scenario number invalid, not change it. */
static bool starts_with_minus(const char *text, size_t len)
{
    trim_white_space(&text, &len);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '-')
            return true;
        if (!is_separator(c))
            return false;
    }
    return false;
}

epa_error epa_parse_scenario(const char *text, size_t len, epa_scenario *out)
{
    epa_name name;
    int v;
    if (!epa_name_normalise(text, len, &name)
        || !epa_name_find(&name, scenario_names, COUNT_OF(scenario_names), &v))
        return EPA_ERR_SCENARIO;
    /* Only the digits: "- huidig" is a name with a stray dash, "-1" is a
     * number.  A match means text is non-NULL whenever len > 0. */
    if (name.text[0] >= '0' && name.text[0] <= '9'
        && starts_with_minus(text, len))
        return EPA_ERR_SCENARIO;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = (epa_scenario)v;
    return EPA_OK;
}

static const epa_name_entry category_names[] = {
    {"klinisch", EPA_CATEGORY_CLINICAL},
    {"clinical", EPA_CATEGORY_CLINICAL},
    {"bw", EPA_CATEGORY_SHELTERED},
    {"beschermd_wonen", EPA_CATEGORY_SHELTERED},
    {"sheltered_housing", EPA_CATEGORY_SHELTERED},
    {"ambulant_epa", EPA_CATEGORY_AMBULATORY_EPA},
    {"ambulatory_epa", EPA_CATEGORY_AMBULATORY_EPA},
    {"ambulant_overig", EPA_CATEGORY_AMBULATORY_OTHER},
    {"ambulatory_other", EPA_CATEGORY_AMBULATORY_OTHER},
    {"totaal", EPA_CATEGORY_TOTAL},
    {"total", EPA_CATEGORY_TOTAL},
};

epa_error epa_parse_category(const char *text, size_t len, epa_category *out)
{
    int v;
    if (!parse(text, len, category_names, COUNT_OF(category_names), &v))
        return EPA_ERR_CATEGORY;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = (epa_category)v;
    return EPA_OK;
}

/* ---- capacity items ------------------------------------------------------ */

/* The canonical keys: what epa_item_key() returns and what the README and
 * the Function Wizard show first. */
static const char *const item_keys[EPA_ITEM_COUNT] = {
    [EPA_ITEM_FACT_TEAMS] = "fact_teams",
    [EPA_ITEM_FACT_FTE] = "fact_fte",
    [EPA_ITEM_FACT_CLIENTS] = "fact_clients",
    [EPA_ITEM_IHT_FTE] = "iht_fte",
    [EPA_ITEM_VIP_FTE] = "vip_fte",
    [EPA_ITEM_NEIGHBOURHOOD_CENTRES] = "neighbourhood_centres",
    [EPA_ITEM_NEIGHBOURHOOD_FTE] = "neighbourhood_fte",
    [EPA_ITEM_BEDS] = "beds",
    [EPA_ITEM_SHORT_STAY_BEDS] = "short_stay_beds",
    [EPA_ITEM_BW_PLACES] = "bw_places",
    [EPA_ITEM_FREED_FTE] = "freed_fte",
    [EPA_ITEM_PEER_FTE] = "peer_fte",
};

/* Other spellings: American English and the Dutch of the report. */
static const epa_name_entry item_aliases[] = {
    {"factteams", EPA_ITEM_FACT_TEAMS},
    {"fte_fact", EPA_ITEM_FACT_FTE},
    {"fact_clienten", EPA_ITEM_FACT_CLIENTS},
    /* "fact_cliënten" and, since only ASCII is case-folded, the upper-case
     * "FACT_CLIËNTEN" too (UTF-8 bytes spelt out to keep the source ASCII). */
    {"fact_cli\xc3\xabnten", EPA_ITEM_FACT_CLIENTS},
    {"fact_cli\xc3\x8bnten", EPA_ITEM_FACT_CLIENTS},
    {"fte_iht", EPA_ITEM_IHT_FTE},
    {"fte_vip", EPA_ITEM_VIP_FTE},
    {"neighborhood_centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighborhood_centres", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighbourhood_centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"wijkcentra", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"wijk_ggz_centra", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighborhood_fte", EPA_ITEM_NEIGHBOURHOOD_FTE},
    {"wijk_fte", EPA_ITEM_NEIGHBOURHOOD_FTE},
    {"fte_wijkcentra", EPA_ITEM_NEIGHBOURHOOD_FTE},
    {"bedden", EPA_ITEM_BEDS},
    {"klinische_bedden", EPA_ITEM_BEDS},
    {"klinische_plaatsen", EPA_ITEM_BEDS},
    {"kortverblijf_bedden", EPA_ITEM_SHORT_STAY_BEDS},
    {"kortdurende_bedden", EPA_ITEM_SHORT_STAY_BEDS},
    {"bw_plaatsen", EPA_ITEM_BW_PLACES},
    {"beschermd_wonen_plaatsen", EPA_ITEM_BW_PLACES},
    {"vrijgekomen_fte", EPA_ITEM_FREED_FTE},
    {"ervaringsdeskundigen", EPA_ITEM_PEER_FTE},
    {"ervaringsdeskundigen_fte", EPA_ITEM_PEER_FTE},
};

const char *epa_item_key(epa_item item)
{
    if ((unsigned)item >= (unsigned)EPA_ITEM_COUNT)
        return NULL;
    return item_keys[item];
}

epa_error epa_parse_item(const char *text, size_t len, epa_item *out)
{
    epa_name name;
    int v = -1;

    if (!epa_name_normalise(text, len, &name))
        return EPA_ERR_ITEM;
    for (int i = 0; i < EPA_ITEM_COUNT; i++) {
        if (epa_name_is(&name, item_keys[i])) {
            v = i;
            break;
        }
    }
    if (v < 0 && !epa_name_find(&name, item_aliases, COUNT_OF(item_aliases),
                                &v))
        return EPA_ERR_ITEM;
    if (out == NULL)
        return EPA_ERR_NULL_POINTER;
    *out = (epa_item)v;
    return EPA_OK;
}
