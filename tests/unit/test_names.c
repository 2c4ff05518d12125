/*
 * test_names.c - the name normaliser and every name parser.
 *
 * Decisions pinned here (README "Names"): only ' ', '-' and '_' are
 * separators and they are never removed inside a word, so "k linisch" and
 * "ambulantepa" are rejected; only ASCII is case-folded; Unicode white
 * space (tab, line breaks, no-break space, ...) is trimmed at both ends but
 * is no separator inside a name; of the decomposed forms only those of the
 * keys' accented letters, e/E + U+0308, are composed; names longer than 64
 * bytes (counted after trimming and composing, before separators merge) or
 * containing a NUL byte are rejected.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_util.h"
#include "names.h"

/* A NUL-terminated literal parsed without its terminator. */
#define LIT(s) (s), strlen(s)

#define SIDE_IS(text, expected)                                              \
    do {                                                                     \
        epa_side v_ = (epa_side)77;                                          \
        assert_ok(epa_parse_side(LIT(text), &v_));                           \
        assert_int_equal(v_, expected);                                      \
    } while (0)

#define BOUND_IS(text, expected)                                             \
    do {                                                                     \
        epa_bound v_ = (epa_bound)77;                                        \
        assert_ok(epa_parse_bound(LIT(text), &v_));                          \
        assert_int_equal(v_, expected);                                      \
    } while (0)

#define SCENARIO_IS(text, expected)                                          \
    do {                                                                     \
        epa_scenario v_ = (epa_scenario)77;                                  \
        assert_ok(epa_parse_scenario(LIT(text), &v_));                       \
        assert_int_equal(v_, expected);                                      \
    } while (0)

#define CATEGORY_IS(text, expected)                                          \
    do {                                                                     \
        epa_category v_ = (epa_category)77;                                  \
        assert_ok(epa_parse_category(LIT(text), &v_));                       \
        assert_int_equal(v_, expected);                                      \
    } while (0)

#define CATEGORY_IS_N(text, len, expected)                                   \
    do {                                                                     \
        epa_category v_ = (epa_category)77;                                  \
        assert_ok(epa_parse_category(text, len, &v_));                       \
        assert_int_equal(v_, expected);                                      \
    } while (0)

#define ITEM_IS_N(text, len, expected)                                       \
    do {                                                                     \
        epa_item v_ = (epa_item)77;                                          \
        assert_ok(epa_parse_item(text, len, &v_));                           \
        assert_int_equal(v_, expected);                                      \
    } while (0)

#define ITEM_IS(text, expected)                                              \
    do {                                                                     \
        epa_item v_ = (epa_item)77;                                          \
        assert_ok(epa_parse_item(LIT(text), &v_));                           \
        assert_int_equal(v_, expected);                                      \
    } while (0)

/* Rejected by every parser, with the parser's own code; result untouched. */
static void assert_rejected_n(const char *text, size_t len, int line)
{
    epa_side side = (epa_side)77;
    epa_bound bound = (epa_bound)77;
    epa_scenario scenario = (epa_scenario)77;
    epa_category category = (epa_category)77;
    epa_item item = (epa_item)77;
    epa_error e[5] = {
        epa_parse_side(text, len, &side),
        epa_parse_bound(text, len, &bound),
        epa_parse_scenario(text, len, &scenario),
        epa_parse_category(text, len, &category),
        epa_parse_item(text, len, &item),
    };
    const epa_error want[5] = {EPA_ERR_SIDE, EPA_ERR_BOUND, EPA_ERR_SCENARIO,
                               EPA_ERR_CATEGORY, EPA_ERR_ITEM};
    for (int i = 0; i < 5; i++) {
        if (e[i] != want[i]) {
            print_error("line %d: parser %d accepted or misreported (%d)\n",
                        line, i, (int)e[i]);
            fail();
        }
    }
    assert_int_equal(side, 77);
    assert_int_equal(bound, 77);
    assert_int_equal(scenario, 77);
    assert_int_equal(category, 77);
    assert_int_equal(item, 77);
}
#define REJECTED_N(t, len) assert_rejected_n(t, len, __LINE__)
#define REJECTED(t) assert_rejected_n(LIT(t), __LINE__)

/* ---- the normaliser ----------------------------------------------------- */

#define NORMALISES_TO(input, expected)                                       \
    do {                                                                     \
        epa_name n_;                                                         \
        assert_true(epa_name_normalise(LIT(input), &n_));                     \
        assert_string_equal(n_.text, expected);                              \
        assert_int_equal(n_.len, strlen(expected));                          \
    } while (0)

static void test_normalise(void **state)
{
    (void)state;
    epa_name n;
    NORMALISES_TO("  Beschermd-Wonen ", "beschermd_wonen");
    NORMALISES_TO("AMBULANT_EPA", "ambulant_epa");
    NORMALISES_TO("ambulant--epa", "ambulant_epa");
    NORMALISES_TO("a - _b", "a_b");
    NORMALISES_TO("_-_x_-_", "x");
    NORMALISES_TO("Short Stay Beds", "short_stay_beds");
    NORMALISES_TO("---", "");
    NORMALISES_TO("", "");
    NORMALISES_TO("k linisch", "k_linisch");
    NORMALISES_TO("AZaz09", "azaz09");
    /* Only ASCII is folded: 'Ë' (C3 8B) stays as it is. */
    NORMALISES_TO("CLI\xc3\x8bNTEN", "cli\xc3\x8bnten");
    /* Tab and NBSP are not separators inside a name ... */
    NORMALISES_TO("a\tb", "a\tb");
    NORMALISES_TO("a\xc2\xa0" "b", "a\xc2\xa0" "b");
    /* ... but white space at the ends is trimmed, before the separators. */
    NORMALISES_TO("\t klinisch \r\n", "klinisch");
    NORMALISES_TO("\xc2\xa0" "bw" "\xc2\xa0", "bw");
    NORMALISES_TO(" _\xc2\xa0x", "\xc2\xa0x"); /* now inside: it stays */
    /* Decomposed e/E + U+0308 is composed; case of the result as before. */
    NORMALISES_TO("CLIE\xcc\x88NTEN", "cli\xc3\x8bnten");
    NORMALISES_TO("clie\xcc\x88nten", "cli\xc3\xabnten");
    /* No other composition: a + U+0308 stays decomposed, and so does a
     * lone combining mark. */
    NORMALISES_TO("a\xcc\x88", "a\xcc\x88");
    NORMALISES_TO("\xcc\x88", "\xcc\x88");

    assert_true(epa_name_normalise(NULL, 0, &n));
    assert_int_equal(n.len, 0);
    assert_string_equal(n.text, "");
    assert_false(epa_name_normalise(NULL, 4, &n));
    assert_false(epa_name_normalise("be\0ds", 5, &n));
    assert_false(epa_name_normalise("beds\0", 5, &n));
}

static void test_normalise_length_limit(void **state)
{
    (void)state;
    char buf[EPA_NAME_MAX + 2];
    epa_name n;
    assert_int_equal(EPA_NAME_MAX, 64);
    /* 64 letters: accepted, and the output buffer is filled exactly */
    memset(buf, 'A', 64);
    assert_true(epa_name_normalise(buf, 64, &n));
    assert_int_equal(n.len, 64);
    assert_int_equal(n.text[63], 'a');
    assert_int_equal(n.text[64], '\0');
    /* alternating letters and separators: the worst case for the output */
    for (int i = 0; i < 64; i++)
        buf[i] = (i % 2) ? ' ' : 'x';
    assert_true(epa_name_normalise(buf, 64, &n));
    assert_int_equal(n.len, 63);
    /* 65 bytes: rejected, even if they normalise to something short */
    memset(buf, 'a', 65);
    assert_false(epa_name_normalise(buf, 65, &n));
    memset(buf, '_', 65);
    memcpy(buf, "beds", 4);
    assert_false(epa_name_normalise(buf, 65, &n));
    assert_true(epa_name_normalise(buf, 64, &n));
    assert_string_equal(n.text, "beds");
    /* Trailing white space is trimmed before the limit is applied. */
    memset(buf, ' ', 65);
    memcpy(buf, "beds", 4);
    assert_true(epa_name_normalise(buf, 65, &n));
    assert_string_equal(n.text, "beds");
}

static void test_white_space_trimmed_first(void **state)
{
    (void)state;
    static char buf[4096];
    epa_name n;
    /* Every White_Space character, UTF-8, at both ends of "bw". */
    static const char *const ws[] = {
        "\t", "\n", "\v", "\f", "\r", " ", "\xc2\x85", "\xc2\xa0",
        "\xe1\x9a\x80", "\xe2\x80\x80", "\xe2\x80\x85", "\xe2\x80\x8a",
        "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f",
        "\xe3\x80\x80",
    };
    for (size_t i = 0; i < sizeof ws / sizeof ws[0]; i++) {
        int k = snprintf(buf, sizeof buf, "%s%sbw%s%s", ws[i], ws[i], ws[i], ws[i]);
        assert_true(epa_name_normalise(buf, (size_t)k, &n));
        assert_string_equal(n.text, "bw");
    }
    /* Not white space: U+200B ZERO WIDTH SPACE, U+180E, U+FEFF, U+2060. */
    static const char *const not_ws[] = {
        "\xe2\x80\x8b", "\xe1\xa0\x8e", "\xef\xbb\xbf", "\xe2\x81\xa0",
    };
    for (size_t i = 0; i < sizeof not_ws / sizeof not_ws[0]; i++) {
        int k = snprintf(buf, sizeof buf, "bw%s", not_ws[i]);
        epa_category c = (epa_category)77;
        assert_err(epa_parse_category(buf, (size_t)k, &c), EPA_ERR_CATEGORY);
    }
    /* Malformed and overlong UTF-8 is no white space: C0 A0 is an
     * overlong ' ', a lone C2 or A0 is nothing. */
    REJECTED("bw\xc0\xa0");
    REJECTED("bw\xc2");
    REJECTED("\xa0" "bw");
    /* "klinisch" + 57 and + 56 spaces (the figures), and far
     * more padding than the limit: all are "klinisch". */
    for (size_t pad = 56; pad < 4000; pad = pad < 64 ? pad + 1 : pad * 2) {
        memset(buf, ' ', sizeof buf);
        memcpy(buf, "klinisch", 8);
        CATEGORY_IS_N(buf, 8 + pad, EPA_CATEGORY_CLINICAL);
        /* NBSP, tab and CR LF padding alike */
        for (size_t j = 8; j + 2 <= 8 + pad; j += 2)
            memcpy(buf + j, (j / 2) % 3 == 0 ? "\xc2\xa0" : (j / 2) % 3 == 1 ? "\t " : "\r\n", 2);
        CATEGORY_IS_N(buf, 8 + pad - pad % 2, EPA_CATEGORY_CLINICAL);
    }
    /* Leading white space too, then the same name. */
    memset(buf, '\t', 100);
    memcpy(buf + 100, "Beschermd Wonen", 15);
    memset(buf + 115, '\n', 100);
    CATEGORY_IS_N(buf, 215, EPA_CATEGORY_SHELTERED);
    /* Too long after trimming: 65 bytes between the white space. */
    memset(buf, ' ', 200);
    memset(buf + 50, 'x', 65);
    REJECTED_N(buf, 200);
    assert_false(epa_name_normalise(buf, 200, &n));
    /* Separators are not white space: they count. 60 '_' + "beds" (64
     * bytes) between spaces is accepted, 61 '_' + "beds" is not. */
    memset(buf, ' ', 200);
    memset(buf + 50, '_', 60);
    memcpy(buf + 110, "beds", 4);
    ITEM_IS_N(buf, 200, EPA_ITEM_BEDS);
    memset(buf + 50, '_', 61);
    memcpy(buf + 111, "beds", 4);
    REJECTED_N(buf, 200);
    /* The scenario's minus sign is seen behind white space too. */
    epa_scenario sc = (epa_scenario)77;
    assert_err(epa_parse_scenario(LIT("\xc2\xa0-1"), &sc), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("\t-2\n"), &sc), EPA_ERR_SCENARIO);
    assert_int_equal(sc, 77);
    SCENARIO_IS("\xc2\xa0" "1\r\n", EPA_SCENARIO_INTENSIFIED);
}

static void test_decomposed_accents(void **state)
{
    (void)state;
    char buf[80];
    /* "fact_cliënten" and "FACT_CLIËNTEN" with e/E + U+0308, as some
     * sources deliver them: the same item as the precomposed spellings. */
    ITEM_IS("fact_clie\xcc\x88nten", EPA_ITEM_FACT_CLIENTS);
    ITEM_IS("FACT_CLIE\xcc\x88NTEN", EPA_ITEM_FACT_CLIENTS);
    ITEM_IS("Fact Clie\xcc\x88nten", EPA_ITEM_FACT_CLIENTS);
    ITEM_IS("\xc2\xa0" "fact_clie\xcc\x88nten\t", EPA_ITEM_FACT_CLIENTS);
    /* Only the diaeresis, and only on the letter the key has there: e +
     * U+0301 is "é" (not a key), i + U+0308 is "ï", a lone mark is none. */
    REJECTED("fact_clie\xcc\x81nten");
    REJECTED("fact_cli\xc3\xa9nten");
    REJECTED("fact_cli\xcc\x88nten");
    REJECTED("fact_cli\xcc\x88" "enten");
    REJECTED("fact_clie\xcc\x88\xcc\x88nten");
    REJECTED("\xcc\x88");
    REJECTED("low\xcc\x88");
    REJECTED("fact_clie\xcc");     /* cut inside the mark */
    /* The composed form counts: 2 bytes for e + U+0308 (3 bytes). */
    memset(buf, '_', sizeof buf);
    memcpy(buf + 50, "fact_clie\xcc\x88nten", 15); /* 50 + 14 composed */
    ITEM_IS_N(buf, 65, EPA_ITEM_FACT_CLIENTS);
    memset(buf, '_', 51);
    memcpy(buf + 51, "fact_clie\xcc\x88nten", 15); /* 51 + 14 = 65 */
    REJECTED_N(buf, 66);
}

static void test_name_find(void **state)
{
    (void)state;
    static const epa_name_entry table[] = {{"a_b", 1}, {"c", 2}};
    epa_name n;
    int v = -1;
    assert_true(epa_name_normalise(LIT(" A-B "), &n));
    assert_true(epa_name_is(&n, "a_b"));
    assert_false(epa_name_is(&n, "a_b_"));
    assert_false(epa_name_is(&n, "a"));
    assert_true(epa_name_find(&n, table, 2, &v));
    assert_int_equal(v, 1);
    assert_true(epa_name_normalise(LIT("cc"), &n));
    v = -1;
    assert_false(epa_name_find(&n, table, 2, &v));
    assert_int_equal(v, -1);
}

/* ---- side and bound ----------------------------------------------------- */

static void test_side(void **state)
{
    (void)state;
    SIDE_IS("low", EPA_SIDE_LOW);
    SIDE_IS("laag", EPA_SIDE_LOW);
    SIDE_IS("LAAG", EPA_SIDE_LOW);
    SIDE_IS(" Low ", EPA_SIDE_LOW);
    SIDE_IS("high", EPA_SIDE_HIGH);
    SIDE_IS("hoog", EPA_SIDE_HIGH);
    SIDE_IS("Hoog", EPA_SIDE_HIGH);
    SIDE_IS("HIGH", EPA_SIDE_HIGH);

    epa_side s = (epa_side)77;
    assert_err(epa_parse_side(LIT("mid"), &s), EPA_ERR_SIDE);
    assert_err(epa_parse_side(LIT("midden"), &s), EPA_ERR_SIDE);
    assert_err(epa_parse_side(LIT("lo"), &s), EPA_ERR_SIDE);
    assert_err(epa_parse_side(LIT("hoogte"), &s), EPA_ERR_SIDE);
    assert_err(epa_parse_side(LIT("h oog"), &s), EPA_ERR_SIDE);
    assert_int_equal(s, 77);
    assert_err(epa_parse_side(LIT("low"), NULL), EPA_ERR_NULL_POINTER);
}

static void test_bound(void **state)
{
    (void)state;
    BOUND_IS("low", EPA_BOUND_LOW);
    BOUND_IS("laag", EPA_BOUND_LOW);
    BOUND_IS("LAAG", EPA_BOUND_LOW);
    BOUND_IS("mid", EPA_BOUND_MID);
    BOUND_IS("midden", EPA_BOUND_MID);
    BOUND_IS("middle", EPA_BOUND_MID);
    BOUND_IS("Midden", EPA_BOUND_MID);
    BOUND_IS("high", EPA_BOUND_HIGH);
    BOUND_IS("hoog", EPA_BOUND_HIGH);
    BOUND_IS("Hoog", EPA_BOUND_HIGH);

    epa_bound b = (epa_bound)77;
    assert_err(epa_parse_bound(LIT("medium"), &b), EPA_ERR_BOUND);
    assert_err(epa_parse_bound(LIT("midpoint"), &b), EPA_ERR_BOUND);
    assert_err(epa_parse_bound(LIT("gemiddeld"), &b), EPA_ERR_BOUND);
    assert_err(epa_parse_bound(LIT("1"), &b), EPA_ERR_BOUND);
    assert_int_equal(b, 77);
    assert_err(epa_parse_bound(LIT("mid"), NULL), EPA_ERR_NULL_POINTER);
}

/* ---- scenario and category ---------------------------------------------- */

static void test_scenario(void **state)
{
    (void)state;
    SCENARIO_IS("huidig", EPA_SCENARIO_CURRENT);
    SCENARIO_IS("current", EPA_SCENARIO_CURRENT);
    SCENARIO_IS("Huidig", EPA_SCENARIO_CURRENT);
    SCENARIO_IS("0", EPA_SCENARIO_CURRENT);
    SCENARIO_IS("intensivering", EPA_SCENARIO_INTENSIFIED);
    SCENARIO_IS("intensified", EPA_SCENARIO_INTENSIFIED);
    SCENARIO_IS("INTENSIVERING", EPA_SCENARIO_INTENSIFIED);
    SCENARIO_IS("1", EPA_SCENARIO_INTENSIFIED);
    SCENARIO_IS(" 1 ", EPA_SCENARIO_INTENSIFIED);
    SCENARIO_IS("_2-", EPA_SCENARIO_INTEGRATED);
    SCENARIO_IS("- Huidig", EPA_SCENARIO_CURRENT);
    SCENARIO_IS("wijk", EPA_SCENARIO_INTEGRATED);
    SCENARIO_IS("integrated", EPA_SCENARIO_INTEGRATED);
    SCENARIO_IS("Wijk", EPA_SCENARIO_INTEGRATED);
    SCENARIO_IS("2", EPA_SCENARIO_INTEGRATED);

    epa_scenario s = (epa_scenario)77;
    assert_err(epa_parse_scenario(LIT("3"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("01"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("1.0"), &s), EPA_ERR_SCENARIO);
    /* '-' is a separator, but before a digit it is a minus sign */
    assert_err(epa_parse_scenario(LIT("-1"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("-2"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT(" -0"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("_-1"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("+1"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("scenario 1"), &s), EPA_ERR_SCENARIO);
    assert_err(epa_parse_scenario(LIT("wijken"), &s), EPA_ERR_SCENARIO);
    assert_int_equal(s, 77);
    assert_err(epa_parse_scenario(LIT("1"), NULL), EPA_ERR_NULL_POINTER);
}

static void test_category(void **state)
{
    (void)state;
    CATEGORY_IS("klinisch", EPA_CATEGORY_CLINICAL);
    CATEGORY_IS("clinical", EPA_CATEGORY_CLINICAL);
    CATEGORY_IS("Klinisch", EPA_CATEGORY_CLINICAL);
    CATEGORY_IS("bw", EPA_CATEGORY_SHELTERED);
    CATEGORY_IS("BW", EPA_CATEGORY_SHELTERED);
    CATEGORY_IS("beschermd wonen", EPA_CATEGORY_SHELTERED);
    CATEGORY_IS("  Beschermd-Wonen ", EPA_CATEGORY_SHELTERED);
    CATEGORY_IS("sheltered housing", EPA_CATEGORY_SHELTERED);
    CATEGORY_IS("Sheltered_Housing", EPA_CATEGORY_SHELTERED);
    CATEGORY_IS("ambulant epa", EPA_CATEGORY_AMBULATORY_EPA);
    CATEGORY_IS("AMBULANT_EPA", EPA_CATEGORY_AMBULATORY_EPA);
    CATEGORY_IS("ambulant--epa", EPA_CATEGORY_AMBULATORY_EPA);
    CATEGORY_IS("ambulatory epa", EPA_CATEGORY_AMBULATORY_EPA);
    CATEGORY_IS("Ambulatory EPA", EPA_CATEGORY_AMBULATORY_EPA);
    CATEGORY_IS("ambulant overig", EPA_CATEGORY_AMBULATORY_OTHER);
    CATEGORY_IS("ambulatory other", EPA_CATEGORY_AMBULATORY_OTHER);
    CATEGORY_IS("Ambulant-Overig", EPA_CATEGORY_AMBULATORY_OTHER);
    CATEGORY_IS("totaal", EPA_CATEGORY_TOTAL);
    CATEGORY_IS("total", EPA_CATEGORY_TOTAL);
    CATEGORY_IS("TOTAAL", EPA_CATEGORY_TOTAL);

    epa_category c = (epa_category)77;
    assert_err(epa_parse_category(LIT("klinischx"), &c), EPA_ERR_CATEGORY);
    assert_err(epa_parse_category(LIT("k linisch"), &c), EPA_ERR_CATEGORY);
    assert_err(epa_parse_category(LIT("ambulantepa"), &c), EPA_ERR_CATEGORY);
    assert_err(epa_parse_category(LIT("ambulant"), &c), EPA_ERR_CATEGORY);
    assert_err(epa_parse_category(LIT("sheltered"), &c), EPA_ERR_CATEGORY);
    assert_err(epa_parse_category(LIT("beschermd"), &c), EPA_ERR_CATEGORY);
    assert_err(epa_parse_category(LIT("epa"), &c), EPA_ERR_CATEGORY);
    assert_int_equal(c, 77);
    assert_err(epa_parse_category(LIT("bw"), NULL), EPA_ERR_NULL_POINTER);
}

/* ---- capacity items ----------------------------------------------------- */

static void test_item_keys(void **state)
{
    (void)state;
    assert_string_equal(epa_item_key(EPA_ITEM_FACT_TEAMS), "fact_teams");
    assert_string_equal(epa_item_key(EPA_ITEM_FACT_FTE), "fact_fte");
    assert_string_equal(epa_item_key(EPA_ITEM_FACT_CLIENTS), "fact_clients");
    assert_string_equal(epa_item_key(EPA_ITEM_IHT_FTE), "iht_fte");
    assert_string_equal(epa_item_key(EPA_ITEM_VIP_FTE), "vip_fte");
    assert_string_equal(epa_item_key(EPA_ITEM_NEIGHBOURHOOD_CENTRES),
                        "neighbourhood_centres");
    assert_string_equal(epa_item_key(EPA_ITEM_NEIGHBOURHOOD_FTE),
                        "neighbourhood_fte");
    assert_string_equal(epa_item_key(EPA_ITEM_BEDS), "beds");
    assert_string_equal(epa_item_key(EPA_ITEM_SHORT_STAY_BEDS),
                        "short_stay_beds");
    assert_string_equal(epa_item_key(EPA_ITEM_BW_PLACES), "bw_places");
    assert_string_equal(epa_item_key(EPA_ITEM_FREED_FTE), "freed_fte");
    assert_string_equal(epa_item_key(EPA_ITEM_PEER_FTE), "peer_fte");
    assert_null(epa_item_key(EPA_ITEM_COUNT));
    assert_null(epa_item_key((epa_item)-1));
    assert_null(epa_item_key((epa_item)1000));

    /* every key parses back to its item */
    for (int i = 0; i < EPA_ITEM_COUNT; i++) {
        epa_item v = (epa_item)77;
        const char *key = epa_item_key((epa_item)i);
        assert_ok(epa_parse_item(key, strlen(key), &v));
        assert_int_equal(v, i);
    }
}

static void test_item_spellings(void **state)
{
    (void)state;
    ITEM_IS("fact-teams", EPA_ITEM_FACT_TEAMS);
    ITEM_IS("FACT TEAMS", EPA_ITEM_FACT_TEAMS);
    ITEM_IS("factteams", EPA_ITEM_FACT_TEAMS);
    ITEM_IS("FactTeams", EPA_ITEM_FACT_TEAMS);
    ITEM_IS("fte_fact", EPA_ITEM_FACT_FTE);
    ITEM_IS("FTE FACT", EPA_ITEM_FACT_FTE);
    ITEM_IS("fact_clienten", EPA_ITEM_FACT_CLIENTS);
    ITEM_IS("fact_cli\xc3\xabnten", EPA_ITEM_FACT_CLIENTS);    /* cliënten */
    ITEM_IS("Fact Cli\xc3\xabnten", EPA_ITEM_FACT_CLIENTS);
    ITEM_IS("FACT_CLI\xc3\x8bNTEN", EPA_ITEM_FACT_CLIENTS);    /* CLIËNTEN */
    ITEM_IS("fte_iht", EPA_ITEM_IHT_FTE);
    ITEM_IS("fte_vip", EPA_ITEM_VIP_FTE);
    ITEM_IS("neighborhood_centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("neighborhood_centres", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("neighbourhood_centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("Neighborhood Centers", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("wijkcentra", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("wijk_ggz_centra", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("Wijk-GGZ-centra", EPA_ITEM_NEIGHBOURHOOD_CENTRES);
    ITEM_IS("neighborhood_fte", EPA_ITEM_NEIGHBOURHOOD_FTE);
    ITEM_IS("wijk_fte", EPA_ITEM_NEIGHBOURHOOD_FTE);
    ITEM_IS("fte_wijkcentra", EPA_ITEM_NEIGHBOURHOOD_FTE);
    ITEM_IS("bedden", EPA_ITEM_BEDS);
    ITEM_IS("klinische_bedden", EPA_ITEM_BEDS);
    ITEM_IS("klinische plaatsen", EPA_ITEM_BEDS);
    ITEM_IS("Short Stay Beds", EPA_ITEM_SHORT_STAY_BEDS);
    ITEM_IS("short-stay-beds", EPA_ITEM_SHORT_STAY_BEDS);
    ITEM_IS("kortverblijf_bedden", EPA_ITEM_SHORT_STAY_BEDS);
    ITEM_IS("kortdurende_bedden", EPA_ITEM_SHORT_STAY_BEDS);
    ITEM_IS("bw_plaatsen", EPA_ITEM_BW_PLACES);
    ITEM_IS("BW plaatsen", EPA_ITEM_BW_PLACES);
    ITEM_IS("beschermd_wonen_plaatsen", EPA_ITEM_BW_PLACES);
    ITEM_IS("Beschermd wonen plaatsen", EPA_ITEM_BW_PLACES);
    ITEM_IS("vrijgekomen_fte", EPA_ITEM_FREED_FTE);
    ITEM_IS("ervaringsdeskundigen", EPA_ITEM_PEER_FTE);
    ITEM_IS("ervaringsdeskundigen_fte", EPA_ITEM_PEER_FTE);
    ITEM_IS("Ervaringsdeskundigen FTE", EPA_ITEM_PEER_FTE);
}

static void test_item_rejects(void **state)
{
    (void)state;
    epa_item it = (epa_item)77;
    assert_err(epa_parse_item(LIT("bed"), &it), EPA_ERR_ITEM);
    assert_err(epa_parse_item(LIT("beds2"), &it), EPA_ERR_ITEM);
    assert_err(epa_parse_item(LIT("fact"), &it), EPA_ERR_ITEM);
    assert_err(epa_parse_item(LIT("shortstaybeds"), &it), EPA_ERR_ITEM);
    assert_err(epa_parse_item(LIT("fact.teams"), &it), EPA_ERR_ITEM);
    /* "cliënten" in Latin-1 (decomposed is accepted: test_decomposed_accents) */
    assert_err(epa_parse_item(LIT("fact_cli\xebnten"), &it), EPA_ERR_ITEM);
    /* a non-breaking space is not a separator inside a name */
    assert_err(epa_parse_item(LIT("bw\xc2\xa0plaatsen"), &it), EPA_ERR_ITEM);
    assert_int_equal(it, 77);
    assert_err(epa_parse_item(LIT("beds"), NULL), EPA_ERR_NULL_POINTER);
}

/* ---- what every parser rejects ------------------------------------------ */

static void test_rejected_everywhere(void **state)
{
    (void)state;
    char buf[80];

    REJECTED("");
    REJECTED("   ");
    REJECTED("-_-");
    REJECTED_N(NULL, 0);
    REJECTED_N(NULL, 4);      /* must not be dereferenced */
    REJECTED("\xff\xfe");
    REJECTED("\xc3\xa9t\xc3\xa9");
    REJECTED("h\xc3\xb6og");
    /* embedded NUL: "low" followed by junk must not pass as "low" */
    REJECTED_N("low\0", 4);
    REJECTED_N("lo\0w", 4);
    REJECTED_N("\0low", 4);
    REJECTED_N("1\0", 2);
    /* 65 bytes, whatever they normalise to */
    memset(buf, 'a', 65);
    REJECTED_N(buf, 65);
    memset(buf, '-', 65);
    memcpy(buf, "low", 3);
    REJECTED_N(buf, 65);
    /* white space only */
    REJECTED("\t\r\n\xc2\xa0\xe3\x80\x80");
}

static void test_length_boundary_accepted(void **state)
{
    (void)state;
    char buf[64];
    epa_side s;
    epa_item it;
    /* 64 bytes is the most accepted: "low" + 61 spaces */
    memset(buf, ' ', sizeof buf);
    memcpy(buf, "low", 3);
    assert_ok(epa_parse_side(buf, 64, &s));
    assert_int_equal(s, EPA_SIDE_LOW);
    /* 49 leading separators + "short stay beds" (15 bytes) */
    memset(buf, '_', sizeof buf);
    memcpy(buf + 49, "short stay beds", 15);
    assert_ok(epa_parse_item(buf, 64, &it));
    assert_int_equal(it, EPA_ITEM_SHORT_STAY_BEDS);
}

static void test_never_reads_past_len(void **state)
{
    (void)state;
    epa_side s;
    epa_scenario sc;
    epa_item it;
    /* a prefix of a longer buffer is parsed as the prefix */
    assert_ok(epa_parse_side("highway", 4, &s));
    assert_int_equal(s, EPA_SIDE_HIGH);
    assert_ok(epa_parse_side("lowest", 3, &s));
    assert_int_equal(s, EPA_SIDE_LOW);
    assert_ok(epa_parse_scenario("12", 1, &sc));
    assert_int_equal(sc, EPA_SCENARIO_INTENSIFIED);
    /* exact-size heap copies without a terminator: AddressSanitizer
     * reports any read beyond them */
    static const char *const texts[] = {
        "beds", "Short Stay Beds", "fact_cli\xc3\xabnten", "x", "wijk",
        "  Beschermd-Wonen ",
    };
    static const int items[] = {EPA_ITEM_BEDS, EPA_ITEM_SHORT_STAY_BEDS,
                                EPA_ITEM_FACT_CLIENTS, -1, -1, -1};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t len = strlen(texts[i]);
        char *copy = malloc(len);
        assert_non_null(copy);
        memcpy(copy, texts[i], len);
        epa_error e = epa_parse_item(copy, len, &it);
        if (items[i] >= 0) {
            assert_int_equal(e, EPA_OK);
            assert_int_equal(it, items[i]);
        } else {
            assert_int_equal(e, EPA_ERR_ITEM);
        }
        (void)epa_parse_side(copy, len, &s);
        (void)epa_parse_scenario(copy, len, &sc);
        epa_category c;
        epa_bound b;
        (void)epa_parse_category(copy, len, &c);
        (void)epa_parse_bound(copy, len, &b);
        free(copy);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalise),
        cmocka_unit_test(test_normalise_length_limit),
        cmocka_unit_test(test_white_space_trimmed_first),
        cmocka_unit_test(test_decomposed_accents),
        cmocka_unit_test(test_name_find),
        cmocka_unit_test(test_side),
        cmocka_unit_test(test_bound),
        cmocka_unit_test(test_scenario),
        cmocka_unit_test(test_category),
        cmocka_unit_test(test_item_keys),
        cmocka_unit_test(test_item_spellings),
        cmocka_unit_test(test_item_rejects),
        cmocka_unit_test(test_rejected_everywhere),
        cmocka_unit_test(test_length_boundary_accepted),
        cmocka_unit_test(test_never_reads_past_len),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
