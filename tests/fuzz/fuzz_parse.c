/*
 * fuzz_parse.c - libFuzzer target for one name parser, chosen at compile
 * time with -DPARSER_SIDE, -DPARSER_SCENARIO, -DPARSER_CATEGORY,
 * -DPARSER_ITEM or -DPARSER_BOUND (tests/fuzz/run.sh builds all five).
 *
 * The input is the text, passed with its exact length in a buffer of
 * exactly that size, so AddressSanitizer sees any read past it.
 * Invariants (abort on violation, which libFuzzer reports as a crash):
 *  - EPA_OK only with a value in the enum's range, without a NUL;
 *  - any other result is the parser's own error code and leaves the
 *    output exactly as it was;
 *  - a NULL output pointer never gives EPA_OK;
 *  - ASCII case does not matter: the upper-cased text gives the same result;
 *  - for every parser but the scenario's (where a leading '-' makes "-1"
 *    a negative number), a name accepted with '-' or '_' is accepted the
 *    same with ' ' in their place;
 *  - the result is exactly that of a reference parser written here from
 *    the README (its spelling tables and normalisation rules), so no
 *    prefix, near miss or truncated name is accepted.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "epa.h"
#include "names.h"
#include "fuzz_util.h"

/* Spellings in normal form (README "Names" and the item table) and the
 * value each stands for. */
typedef struct {
    const char *name;
    int value;
} spelling;

#if defined(PARSER_SIDE)
static const spelling table[] = {
    {"low", EPA_SIDE_LOW}, {"laag", EPA_SIDE_LOW}, {"high", EPA_SIDE_HIGH}, {"hoog", EPA_SIDE_HIGH},
};
typedef epa_side value_t;
#define PARSE epa_parse_side
#define PARSE_ERR EPA_ERR_SIDE
#define VALUE_COUNT 2
#define SEPARATORS_ALIKE 1
#elif defined(PARSER_SCENARIO)
static const spelling table[] = {
    {"0", 0}, {"huidig", 0}, {"current", 0}, {"1", 1}, {"intensivering", 1},
    {"intensified", 1}, {"2", 2}, {"wijk", 2}, {"integrated", 2},
};
typedef epa_scenario value_t;
#define PARSE epa_parse_scenario
#define PARSE_ERR EPA_ERR_SCENARIO
#define VALUE_COUNT EPA_SCENARIO_COUNT
#define SEPARATORS_ALIKE 0
#elif defined(PARSER_CATEGORY)
static const spelling table[] = {
    {"klinisch", EPA_CATEGORY_CLINICAL}, {"clinical", EPA_CATEGORY_CLINICAL},
    {"bw", EPA_CATEGORY_SHELTERED}, {"beschermd_wonen", EPA_CATEGORY_SHELTERED},
    {"sheltered_housing", EPA_CATEGORY_SHELTERED},
    {"ambulant_epa", EPA_CATEGORY_AMBULATORY_EPA}, {"ambulatory_epa", EPA_CATEGORY_AMBULATORY_EPA},
    {"ambulant_overig", EPA_CATEGORY_AMBULATORY_OTHER},
    {"ambulatory_other", EPA_CATEGORY_AMBULATORY_OTHER},
    {"totaal", EPA_CATEGORY_TOTAL}, {"total", EPA_CATEGORY_TOTAL},
};
typedef epa_category value_t;
#define PARSE epa_parse_category
#define PARSE_ERR EPA_ERR_CATEGORY
#define VALUE_COUNT EPA_CATEGORY_COUNT
#define SEPARATORS_ALIKE 1
#elif defined(PARSER_ITEM)
static const spelling table[] = {
    {"fact_teams", EPA_ITEM_FACT_TEAMS}, {"factteams", EPA_ITEM_FACT_TEAMS},
    {"fact_fte", EPA_ITEM_FACT_FTE}, {"fte_fact", EPA_ITEM_FACT_FTE},
    {"fact_clients", EPA_ITEM_FACT_CLIENTS}, {"fact_clienten", EPA_ITEM_FACT_CLIENTS},
    /* fact_cliënten, and its upper-case Ë after ASCII folding */
    {"fact_cli\xc3\xabnten", EPA_ITEM_FACT_CLIENTS}, {"fact_cli\xc3\x8bnten", EPA_ITEM_FACT_CLIENTS},
    {"iht_fte", EPA_ITEM_IHT_FTE}, {"fte_iht", EPA_ITEM_IHT_FTE},
    {"vip_fte", EPA_ITEM_VIP_FTE}, {"fte_vip", EPA_ITEM_VIP_FTE},
    {"neighbourhood_centres", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighborhood_centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighborhood_centres", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighbourhood_centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"wijkcentra", EPA_ITEM_NEIGHBOURHOOD_CENTRES}, {"wijk_ggz_centra", EPA_ITEM_NEIGHBOURHOOD_CENTRES},
    {"neighbourhood_fte", EPA_ITEM_NEIGHBOURHOOD_FTE}, {"neighborhood_fte", EPA_ITEM_NEIGHBOURHOOD_FTE},
    {"wijk_fte", EPA_ITEM_NEIGHBOURHOOD_FTE}, {"fte_wijkcentra", EPA_ITEM_NEIGHBOURHOOD_FTE},
    {"beds", EPA_ITEM_BEDS}, {"bedden", EPA_ITEM_BEDS}, {"klinische_bedden", EPA_ITEM_BEDS},
    {"klinische_plaatsen", EPA_ITEM_BEDS},
    {"short_stay_beds", EPA_ITEM_SHORT_STAY_BEDS}, {"kortverblijf_bedden", EPA_ITEM_SHORT_STAY_BEDS},
    {"kortdurende_bedden", EPA_ITEM_SHORT_STAY_BEDS},
    {"bw_places", EPA_ITEM_BW_PLACES}, {"bw_plaatsen", EPA_ITEM_BW_PLACES},
    {"beschermd_wonen_plaatsen", EPA_ITEM_BW_PLACES},
    {"freed_fte", EPA_ITEM_FREED_FTE}, {"vrijgekomen_fte", EPA_ITEM_FREED_FTE},
    {"peer_fte", EPA_ITEM_PEER_FTE}, {"ervaringsdeskundigen", EPA_ITEM_PEER_FTE},
    {"ervaringsdeskundigen_fte", EPA_ITEM_PEER_FTE},
};
typedef epa_item value_t;
#define PARSE epa_parse_item
#define PARSE_ERR EPA_ERR_ITEM
#define VALUE_COUNT EPA_ITEM_COUNT
#define SEPARATORS_ALIKE 1
#elif defined(PARSER_BOUND)
static const spelling table[] = {
    {"low", EPA_BOUND_LOW}, {"laag", EPA_BOUND_LOW}, {"mid", EPA_BOUND_MID},
    {"midden", EPA_BOUND_MID}, {"middle", EPA_BOUND_MID}, {"high", EPA_BOUND_HIGH},
    {"hoog", EPA_BOUND_HIGH},
};
typedef epa_bound value_t;
#define PARSE epa_parse_bound
#define PARSE_ERR EPA_ERR_BOUND
#define VALUE_COUNT 3
#define SEPARATORS_ALIKE 1
#else
#error "define one of PARSER_SIDE, PARSER_SCENARIO, PARSER_CATEGORY, PARSER_ITEM, PARSER_BOUND"
#endif

/* UTF-8 of the White_Space characters (PropList.txt). */
static const char *const white_space[] = {
    "\t", "\n", "\v", "\f", "\r", " ", "\xc2\x85", "\xc2\xa0", "\xe1\x9a\x80",
    "\xe2\x80\x80", "\xe2\x80\x81", "\xe2\x80\x82", "\xe2\x80\x83",
    "\xe2\x80\x84", "\xe2\x80\x85", "\xe2\x80\x86", "\xe2\x80\x87",
    "\xe2\x80\x88", "\xe2\x80\x89", "\xe2\x80\x8a", "\xe2\x80\xa8",
    "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80",
};

/* Length of the white space character at s (front) or ending at s + len. */
static size_t white_at(const char *s, size_t len, int back)
{
    for (size_t k = 0; k < sizeof white_space / sizeof white_space[0]; k++) {
        size_t w = strlen(white_space[k]);
        if (w <= len && memcmp(back ? s + len - w : s, white_space[k], w) == 0)
            return w;
    }
    return 0;
}

/* The reference parser: -1 for no name, else the value.  White space is
 * trimmed at both ends and e/E + U+0308 composed first; then at most
 * EPA_NAME_MAX bytes and no NUL.  Words are the runs between separators
 * (' ', '-', '_'), joined by one '_'; ASCII is lower-cased. */
static int reference(const char *text, size_t len)
{
    char norm[EPA_NAME_MAX + 1], comp[EPA_NAME_MAX + 1];
    size_t n = 0, w, m = 0;
    while (len && (w = white_at(text, len, 0)) > 0) {
        text += w;
        len -= w;
    }
    while (len && (w = white_at(text, len, 1)) > 0)
        len -= w;
    for (size_t i = 0; i < len; i++) {
        if (m + 2 > EPA_NAME_MAX + 1)
            return -1;
        if ((text[i] == 'e' || text[i] == 'E') && len - i >= 3 &&
            memcmp(text + i + 1, "\xcc\x88", 2) == 0) {
            comp[m++] = '\xc3';
            comp[m++] = text[i] == 'e' ? '\xab' : '\x8b';
            i += 2;
        } else {
            comp[m++] = text[i];
        }
    }
    if (m > EPA_NAME_MAX || (m && memchr(comp, '\0', m)))
        return -1;
    text = comp;
    len = m;
    for (size_t i = 0; i < len;) {
        while (i < len && strchr(" -_", text[i]))
            i++;
        if (i == len)
            break;
        if (n)
            norm[n++] = '_';
        while (i < len && !strchr(" -_", text[i])) {
            char c = text[i++];
            norm[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
    }
    norm[n] = '\0';
    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++) {
        if (strcmp(norm, table[k].name) == 0) {
#if defined(PARSER_SCENARIO)
            /* "-1" is a negative number, not scenario 1. */
            size_t j = 0;
            while (j < len && (text[j] == ' ' || text[j] == '_'))
                j++;
            if (j < len && text[j] == '-' && norm[0] >= '0' && norm[0] <= '9')
                return -1;
#endif
            return table[k].value;
        }
    }
    return -1;
}

/* Parses text and checks the invariants that hold for any single call;
 * returns the code and, on EPA_OK, the value. */
static epa_error parse_checked(const char *text, size_t len, value_t *value)
{
    value_t out;
    memset(&out, 0xA5, sizeof out);
    value_t before = out;
    epa_error err = PARSE(text, len, &out);
    if (err == EPA_OK) {
        CHECK((unsigned)out < (unsigned)VALUE_COUNT);
        CHECK(len == 0 || memchr(text, '\0', len) == NULL);
        *value = out;
    } else {
        CHECK(err == PARSE_ERR);
        CHECK(memcmp(&out, &before, sizeof out) == 0);
    }
    /* No output: never success, and nothing written anywhere. */
    CHECK(PARSE(text, len, NULL) != EPA_OK);
    int want = reference(text, len);
    CHECK(err == EPA_OK ? want == (int)out : want == -1);
    return err;
}

/* Whether a transformed copy of the input parses exactly as the input. */
static void check_same(const char *copy, size_t len, epa_error err, value_t value)
{
    value_t v2 = 0;
    epa_error e2 = parse_checked(copy, len, &v2);
    CHECK(e2 == err);
    CHECK(err != EPA_OK || v2 == value);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A copy of exactly size bytes (libFuzzer's buffer is exact too, but
     * the copies below must be). */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    if (size)
        memcpy(text, data, size);
    value_t value = 0;
    epa_error err = parse_checked(text, size, &value);

    char *copy = malloc(size ? size : 1);
    if (!copy) {
        free(text);
        return 0;
    }
    for (size_t i = 0; i < size; i++) {
        char c = text[i];
        copy[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    check_same(copy, size, err, value);

    if (SEPARATORS_ALIKE) {
        for (size_t i = 0; i < size; i++) {
            char c = text[i];
            copy[i] = (c == '-' || c == '_') ? ' ' : c;
        }
        /* One way only: ' ' is white space as well, trimmed before the
         * length limit, so "bw" + 63 '_' is too long but "bw" + 63 ' ' is
         * "bw"; a name accepted with '-' or '_' is the same with ' '. */
        value_t v2 = 0;
        epa_error e2 = parse_checked(copy, size, &v2);
        CHECK(err != EPA_OK || (e2 == EPA_OK && v2 == value));
    }
    free(copy);
    free(text);
    return 0;
}
