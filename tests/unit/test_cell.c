/*
 * test_cell.c - names as they arrive from a cell (addin/cell.c): UTF-16
 * from pasted data, trimmed of Unicode white space at both ends before the
 * 64-byte limit applies, with the decomposed form of the keys' accented
 * letters composed (README "Names"), then read by the model's parsers.
 * Expected values from the README: SCENARIOSHARE(1; "klinisch") is 27.5%,
 * SCENARIOCAPACITY(1; "fact_cliënten"; 100000) is 800.
 */
#include <string.h>

#include "test_util.h"
#include "cell.h"
#include "apply.h"

static epa_cell num(double v) { return (epa_cell){ EPA_CELL_NUMBER, v, NULL, 0 }; }
static epa_cell omitted(void) { return (epa_cell){ EPA_CELL_OMITTED, 0, NULL, 0 }; }

/* UTF-16 text built from pieces: ASCII strings widened, plus single units. */
typedef struct {
    uint16_t u[20000];
    size_t n;
} text16;

static void add_ascii(text16 *t, const char *s)
{
    while (*s)
        t->u[t->n++] = (unsigned char)*s++;
}
static void add_units(text16 *t, uint16_t unit, size_t count)
{
    while (count--)
        t->u[t->n++] = unit;
}
static epa_cell cell_of(const text16 *t)
{
    return (epa_cell){ EPA_CELL_TEXT, 0, t->u, t->n };
}

/* The UTF-8 epa_cell_name gives for t; fails the test unless EPA_OK. */
static size_t name_of(const text16 *t, char buf[EPA_NAME_TEXT_MAX + 1])
{
    epa_cell c = cell_of(t);
    size_t len = (size_t)-1;
    assert_ok(epa_cell_name(&c, buf, &len));
    return len;
}

#define NAME_IS(t, expected)                                                 \
    do {                                                                     \
        char b_[EPA_NAME_TEXT_MAX + 1];                                      \
        size_t l_ = name_of(t, b_);                                          \
        assert_int_equal(l_, strlen(expected));                              \
        assert_memory_equal(b_, expected, l_);                               \
    } while (0)

/* A function of the catalogue on cells: its result code, value in *v. */
static epa_error call(const char *name, const epa_cell *args, double *v)
{
    const epa_function_desc *fn = epa_function(name);
    assert_non_null(fn);
    *v = -1;
    return epa_apply(fn, args, v, NULL);
}

/* SCENARIOSHARE(1; t) */
static epa_error share(const text16 *t, double *v)
{
    epa_cell args[] = { num(1), cell_of(t), omitted() };
    return call("SCENARIOSHARE", args, v);
}

#define SHARE_IS_CLINICAL(t)                                                 \
    do {                                                                     \
        double v_;                                                           \
        assert_ok(share(t, &v_));                                            \
        assert_near(v_, 0.275, 1e-12);                                       \
    } while (0)

static void test_trailing_spaces_beyond_the_limit(void **state)
{
    (void)state;
    static text16 t;
    /* "klinisch" + 56 spaces is 64 bytes, + 57 is 65: both are the name,
     * and so is any longer padding. */
    static const size_t pads[] = { 56, 57, 58, 100, 1000, 10000 };
    for (size_t i = 0; i < sizeof pads / sizeof pads[0]; i++) {
        t.n = 0;
        add_ascii(&t, "klinisch");
        add_units(&t, ' ', pads[i]);
        NAME_IS(&t, "klinisch");
        SHARE_IS_CLINICAL(&t);
        /* leading padding the same */
        t.n = 0;
        add_units(&t, ' ', pads[i]);
        add_ascii(&t, "klinisch");
        SHARE_IS_CLINICAL(&t);
    }
}

static void test_nbsp_tab_and_line_breaks(void **state)
{
    (void)state;
    static text16 t;
    /* U+00A0 (tables copied from web pages), tab, LF, CR LF, U+2028,
     * U+3000 and the rest of White_Space, at either end. */
    static const uint16_t ws[] = { 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85,
                                   0xA0, 0x1680, 0x2000, 0x2005, 0x200A,
                                   0x2028, 0x2029, 0x202F, 0x205F, 0x3000 };
    for (size_t i = 0; i < sizeof ws / sizeof ws[0]; i++) {
        t.n = 0;
        add_ascii(&t, "klinisch");
        add_units(&t, ws[i], 1);
        NAME_IS(&t, "klinisch");
        SHARE_IS_CLINICAL(&t);
        t.n = 0;
        add_units(&t, ws[i], 3);
        add_ascii(&t, "Klinisch");
        add_units(&t, ws[i], 70); /* 70 units of up to 3 bytes each */
        SHARE_IS_CLINICAL(&t);
    }
    t.n = 0;
    add_units(&t, 0xA0, 1);
    add_ascii(&t, "klinisch\r\n");
    SHARE_IS_CLINICAL(&t);
    /* Inside a name white space other than ' ' is no separator. */
    t.n = 0;
    add_ascii(&t, "beschermd");
    add_units(&t, 0xA0, 1);
    add_ascii(&t, "wonen");
    double v;
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    t.n = 0;
    add_ascii(&t, "beschermd\twonen");
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    /* Not White_Space: U+200B ZERO WIDTH SPACE, U+FEFF (BOM), U+180E. */
    static const uint16_t not_ws[] = { 0x200B, 0xFEFF, 0x180E };
    for (size_t i = 0; i < sizeof not_ws / sizeof not_ws[0]; i++) {
        t.n = 0;
        add_ascii(&t, "klinisch");
        add_units(&t, not_ws[i], 1);
        assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    }
    /* White space only is an unknown name, not a missing one. */
    t.n = 0;
    add_units(&t, 0xA0, 2);
    add_units(&t, '\t', 2);
    NAME_IS(&t, "");
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
}

/* The byte past the limit of an over-long name is defined: with a buffer
 * that held white space before, "klinisch" + 57 '_' (65 bytes; the last
 * '_' is not written) must not become the 64-byte "klinisch" + 56 '_' by
 * trimming whatever the buffer held there. */
static void test_over_long_name_leaves_no_stale_byte(void **state)
{
    (void)state;
    static text16 t;
    char buf[EPA_NAME_TEXT_MAX + 1];
    memset(buf, ' ', sizeof buf);
    t.n = 0;
    add_ascii(&t, "klinisch");
    add_units(&t, '_', 57);
    assert_int_equal(name_of(&t, buf), EPA_NAME_MAX + 1);
    epa_category c;
    assert_err(epa_parse_category(buf, EPA_NAME_MAX + 1, &c), EPA_ERR_CATEGORY);
}

static void test_too_long_after_trimming(void **state)
{
    (void)state;
    static text16 t;
    char buf[EPA_NAME_TEXT_MAX + 1];
    /* 64 bytes between the padding is the most: 56 '_' + "klinisch". */
    t.n = 0;
    add_units(&t, 0xA0, 30);
    add_units(&t, '_', 56);
    add_ascii(&t, "klinisch");
    add_units(&t, ' ', 30);
    assert_int_equal(name_of(&t, buf), 64);
    SHARE_IS_CLINICAL(&t);
    /* 57 '_' + "klinisch" is 65 bytes after trimming: too long. */
    t.n = 0;
    add_units(&t, 0xA0, 30);
    add_units(&t, '_', 57);
    add_ascii(&t, "klinisch");
    add_units(&t, ' ', 30);
    assert_true(name_of(&t, buf) > EPA_NAME_MAX);
    double v;
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    /* 65 letters between white space: too long, whatever the padding. */
    t.n = 0;
    add_units(&t, '\t', 5);
    add_units(&t, 'x', 65);
    add_units(&t, '\n', 5);
    assert_true(name_of(&t, buf) > EPA_NAME_MAX);
    /* 22 x U+20AC (3 bytes each) is 66 bytes: too long; 21 is 63. */
    t.n = 0;
    add_units(&t, 0x20AC, 22);
    assert_true(name_of(&t, buf) > EPA_NAME_MAX);
    t.n = 0;
    add_units(&t, 0x20AC, 21);
    add_units(&t, 0x3000, 21);
    assert_int_equal(name_of(&t, buf), 63);
}

static void test_decomposed_accents(void **state)
{
    (void)state;
    static text16 t;
    double v;
    /* "fact_cliënten" with e + U+0308, and upper case with E + U+0308:
     * the same as U+00EB / U+00CB. */
    t.n = 0;
    add_ascii(&t, "fact_clie");
    add_units(&t, 0x0308, 1);
    add_ascii(&t, "nten");
    NAME_IS(&t, "fact_clie\xcc\x88nten"); /* composed by the parser */
    epa_cell cap[] = { num(1), cell_of(&t), num(100000), omitted() };
    assert_ok(call("SCENARIOCAPACITY", cap, &v));
    assert_near(v, 800.0, 1e-9);
    t.n = 0;
    add_units(&t, 0xA0, 1);
    add_ascii(&t, "FACT CLIE");
    add_units(&t, 0x0308, 1);
    add_ascii(&t, "NTEN\t");
    NAME_IS(&t, "FACT CLIE\xcc\x88NTEN"); /* composed by the parser */
    cap[1] = cell_of(&t);
    assert_ok(call("SCENARIOCAPACITY", cap, &v));
    assert_near(v, 800.0, 1e-9);
    /* e + U+0301 is "é": no key has it, so it stays an unknown item. */
    t.n = 0;
    add_ascii(&t, "fact_clie");
    add_units(&t, 0x0301, 1);
    add_ascii(&t, "nten");
    NAME_IS(&t, "fact_clie\xcc\x81nten");
    cap[1] = cell_of(&t);
    assert_err(call("SCENARIOCAPACITY", cap, &v), EPA_ERR_ITEM);
    /* The composed length counts: 50 '_' + 14 composed bytes is 64, just
     * accepted (the parser composes and applies the limit). */
    t.n = 0;
    add_units(&t, '_', 50);
    add_ascii(&t, "fact_clie");
    add_units(&t, 0x0308, 1);
    add_ascii(&t, "nten");
    cap[1] = cell_of(&t);
    assert_ok(call("SCENARIOCAPACITY", cap, &v));
    assert_near(v, 800.0, 1e-9);
    /* 51 '_': 65 composed bytes, too long (the limit is before merging). */
    t.n = 0;
    add_units(&t, '_', 51);
    add_ascii(&t, "fact_clie");
    add_units(&t, 0x0308, 1);
    add_ascii(&t, "nten");
    cap[1] = cell_of(&t);
    assert_err(call("SCENARIOCAPACITY", cap, &v), EPA_ERR_ITEM);
}

static void test_lone_combining_mark(void **state)
{
    (void)state;
    static text16 t;
    double v;
    /* A mark with nothing to combine with stays as it is (CC 88) and
     * matches no name, alone or after a letter other than e/E. */
    t.n = 0;
    add_units(&t, 0x0308, 1);
    NAME_IS(&t, "\xcc\x88");
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    t.n = 0;
    add_ascii(&t, "klinisch");
    add_units(&t, 0x0308, 1);
    NAME_IS(&t, "klinisch\xcc\x88");
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    /* After white space: the mark is not white space, so it is kept. */
    t.n = 0;
    add_units(&t, 0x0308, 1);
    add_ascii(&t, " klinisch");
    assert_err(share(&t, &v), EPA_ERR_CATEGORY);
    /* Two marks on one e: handed on as they are; the parser composes the
     * first and keeps the second (tests/unit/test_names.c). */
    t.n = 0;
    add_ascii(&t, "e");
    add_units(&t, 0x0308, 2);
    NAME_IS(&t, "e\xcc\x88\xcc\x88");
    /* The e of the last unit: nothing follows, nothing is read past. */
    t.n = 0;
    add_ascii(&t, "bwe");
    NAME_IS(&t, "bwe");
}

static void test_surrogates_after_trimming(void **state)
{
    (void)state;
    static text16 t;
    /* A high surrogate whose low half lies in the trimmed tail is lone:
     * trimming never splits a pair, since no White_Space unit is one. */
    t.n = 0;
    add_ascii(&t, "a");
    add_units(&t, 0xD83D, 1);
    add_units(&t, 0xDE00, 1);
    add_units(&t, 0xA0, 2);
    NAME_IS(&t, "a\xf0\x9f\x98\x80");
    t.n = 0;
    add_units(&t, 0xDE00, 1);
    add_units(&t, ' ', 1);
    NAME_IS(&t, "\xef\xbf\xbd");
}

/* The text reaches the parser as typed, trimmed only: "-1" is a negative
 * number, not scenario 1, though separators ('-') are dropped in names. */
static void test_sign_reaches_the_parser(void **state)
{
    (void)state;
    static text16 t;
    double v;
    static const char *const refused[] = { "-1", " -0 ", "_-2" };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        t.n = 0;
        add_ascii(&t, refused[i]);
        epa_cell args[] = { cell_of(&t), cell_of(&t), omitted() };
        args[1] = (epa_cell){ EPA_CELL_TEXT, 0, (const uint16_t *)u"klinisch", 8 };
        assert_err(call("SCENARIOSHARE", args, &v), EPA_ERR_SCENARIO);
    }
}

/* ---- counts as text (EPA_ARG_COUNT) -------------------------------------- */

/* epa_cell_count of an ASCII text plus optional padding units. */
static epa_error count_of(const char *ascii, uint16_t pad, double *v)
{
    static text16 t;
    t.n = 0;
    if (pad)
        add_units(&t, pad, 1);
    add_ascii(&t, ascii);
    if (pad)
        add_units(&t, pad, 1);
    epa_cell c = cell_of(&t);
    *v = -1.0;
    return epa_cell_count(&c, v);
}

#define COUNT_IS(ascii, pad, expected)                                       \
    do {                                                                     \
        double v_;                                                           \
        assert_ok(count_of(ascii, pad, &v_));                                \
        assert_exact(v_, expected);                                          \
    } while (0)

#define COUNT_REFUSED(ascii, pad)                                            \
    do {                                                                     \
        double v_;                                                           \
        assert_err(count_of(ascii, pad, &v_), EPA_ERR_COUNT_TEXT);           \
        assert_exact(v_, -1.0);                                              \
    } while (0)

/* CBS's own xlsx stores benefit counts as text ('710'). */
static void test_count_text_plain_whole_numbers(void **state)
{
    (void)state;
    COUNT_IS("710", 0, 710.0);
    COUNT_IS("0", 0, 0.0);
    COUNT_IS("10410", 0, 10410.0);
    COUNT_IS("0710", 0, 710.0);   /* leading zeros mean nothing else anywhere */
    COUNT_IS("000", 0, 0.0);
    COUNT_IS("367947", 0, 367947.0);
    COUNT_IS("999999999", 0, 999999999.0);
    COUNT_IS("1000000000", 0, 1e9);
    COUNT_IS("1000000000000000", 0, 1e15);       /* exact up to 10^15 */
    COUNT_IS("999999999999999", 0, 999999999999999.0);
    /* Beyond 10^15: a value the model calls too large, never infinity. */
    COUNT_IS("1000000000000001", 0, 1e16);
    COUNT_IS("99999999999999999999999999999999999999999999999999", 0, 1e16);
    double v;
    static text16 t;
    t.n = 0;
    add_units(&t, '9', 400);
    epa_cell c = cell_of(&t);
    assert_ok(epa_cell_count(&c, &v));
    assert_exact(v, 1e16);
}

/* Padding from pasted data is trimmed as for names; nothing inside. */
static void test_count_text_white_space(void **state)
{
    (void)state;
    COUNT_IS("710", ' ', 710.0);
    COUNT_IS("710", '\t', 710.0);
    COUNT_IS("710", 0x00A0, 710.0);  /* no-break space */
    COUNT_IS("710", 0x202F, 710.0);  /* narrow no-break space */
    COUNT_IS("710", 0x3000, 710.0);
    COUNT_IS("710", '\n', 710.0);
    COUNT_IS("710 ", ' ', 710.0);
    /* not White_Space: refused */
    COUNT_REFUSED("710", 0x200B);    /* zero width space */
    COUNT_REFUSED("710", 0xFEFF);    /* byte order mark */
    COUNT_REFUSED("710", 0x001F);
    /* inside: a thousands separator in some locales */
    COUNT_REFUSED("1 000", 0);
    COUNT_REFUSED("1\xa0" "000", 0);
    /* white space alone is no number */
    COUNT_REFUSED(" ", 0);
    COUNT_REFUSED("", ' ');
}

/* Anything but digits: its meaning depends on the locale, or it is none. */
static void test_count_text_refused(void **state)
{
    (void)state;
    static const char *const refused[] = {
        "10.410", "1,5", ".", "1e3", "1E3", "-5", "+5", "-0", "5-", "0x10",
        "1.0", "10,410", "710.", ".710", "inf", "nan", "NaN", "abc", "7a",
        "a7", "#N/A", "TRUE", "=710", "'710", "710%", "\xe2\x82\xac" "5",
        "1_000", "(5)", "five",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        COUNT_REFUSED(refused[i], 0);
    /* Digits of other scripts (fullwidth, Arabic-Indic) are not ASCII. */
    static const uint16_t fullwidth[] = { 0xFF17, 0xFF11, 0xFF10 };
    static const uint16_t arabic[] = { 0x0667, 0x0661, 0x0660 };
    double v = -1.0;
    epa_cell c = { EPA_CELL_TEXT, 0, fullwidth, 3 };
    assert_err(epa_cell_count(&c, &v), EPA_ERR_COUNT_TEXT);
    c.text = arabic;
    assert_err(epa_cell_count(&c, &v), EPA_ERR_COUNT_TEXT);
    static const uint16_t nul[] = { '7', 0, '1' };
    c.text = nul;
    assert_err(epa_cell_count(&c, &v), EPA_ERR_COUNT_TEXT);
    assert_exact(v, -1.0);
}

/* Numbers pass through (the model checks them); the rest as for numbers. */
static void test_count_other_cells(void **state)
{
    (void)state;
    double v = -1.0;
    epa_cell n = num(710.5);
    assert_ok(epa_cell_count(&n, &v));
    assert_exact(v, 710.5);
    n = num(-99997);
    assert_ok(epa_cell_count(&n, &v));
    assert_exact(v, -99997.0);
    v = -1.0;
    epa_cell o = omitted();
    assert_err(epa_cell_count(&o, &v), EPA_ERR_MISSING);
    epa_cell e = { EPA_CELL_EMPTY, 0, NULL, 0 };
    assert_err(epa_cell_count(&e, &v), EPA_ERR_MISSING);
    epa_cell b = { EPA_CELL_OTHER, 0, NULL, 0 };
    assert_err(epa_cell_count(&b, &v), EPA_ERR_NOT_NUMBER);
    assert_exact(v, -1.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trailing_spaces_beyond_the_limit),
        cmocka_unit_test(test_nbsp_tab_and_line_breaks),
        cmocka_unit_test(test_too_long_after_trimming),
        cmocka_unit_test(test_over_long_name_leaves_no_stale_byte),
        cmocka_unit_test(test_decomposed_accents),
        cmocka_unit_test(test_lone_combining_mark),
        cmocka_unit_test(test_surrogates_after_trimming),
        cmocka_unit_test(test_sign_reaches_the_parser),
        cmocka_unit_test(test_count_text_plain_whole_numbers),
        cmocka_unit_test(test_count_text_white_space),
        cmocka_unit_test(test_count_text_refused),
        cmocka_unit_test(test_count_other_cells),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
