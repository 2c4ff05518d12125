/*
 * test_functions.c - the spreadsheet wrappers and cell conversion: what a
 * function does with numbers, text, empty cells and omitted arguments, as
 * Calc hands them over (see addin/cell.h).
 */
#include <string.h>

#include "test_util.h"
#include "cell.h"
#include "functions.h"

static epa_cell num(double v) { return (epa_cell){ EPA_CELL_NUMBER, v, NULL, 0 }; }
static epa_cell omitted(void) { return (epa_cell){ EPA_CELL_OMITTED, 0, NULL, 0 }; }
static epa_cell empty(void) { return (epa_cell){ EPA_CELL_EMPTY, 0, NULL, 0 }; }
static epa_cell other(void) { return (epa_cell){ EPA_CELL_OTHER, 0, NULL, 0 }; }

/* Text cells hold UTF-16; ASCII literals are widened into static storage. */
static uint16_t text_store[8][128];
static int text_next;
static epa_cell text(const char *ascii)
{
    uint16_t *buf = text_store[text_next++ % 8];
    size_t n = strlen(ascii);
    for (size_t i = 0; i < n; i++)
        buf[i] = (unsigned char)ascii[i];
    return (epa_cell){ EPA_CELL_TEXT, 0, buf, n };
}
static epa_cell utf16(const uint16_t *s, size_t n)
{
    return (epa_cell){ EPA_CELL_TEXT, 0, s, n };
}

static epa_error call(epa_function_id f, const epa_cell *args, double *out)
{
    *out = -12345.0;
    return epa_wrappers[f](args, out);
}

static void test_epaprev_worked_example(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(1200), num(23.14), num(5.60), num(3.45) };
    assert_ok(call(EPA_FN_EPAPREV, a, &v));
    assert_near(v, 14.988166, 1e-12);
    epa_cell c[] = { num(1200), num(23.14), num(5.60), num(3.45), num(3917) };
    assert_ok(call(EPA_FN_EPACOUNT, c, &v));
    assert_exact(round_to(v, 1), 58.7);
    assert_exact(round_to(v, 0), 59.0);
    epa_cell k[] = { num(3), num(23.14), num(5.60), num(3.45) };
    assert_ok(call(EPA_FN_EPAPREVCLASS, k, &v));
    assert_near(v, 14.988166, 1e-12);
}

static void test_cells_that_are_not_numbers(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(1200), num(23.14), num(5.60), num(3.45) };
    a[1] = omitted();
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_MISSING);
    a[1] = empty();
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_MISSING);
    a[1] = text("23.14");
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_NOT_NUMBER);
    a[1] = other();
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_NOT_NUMBER);
    assert_exact(v, -12345.0); /* untouched on error */
}

static void test_percent_formatted_cells_are_rejected(void **state)
{
    (void)state;
    double v;
    /* A cell showing 23.14% holds 0.2314. */
    epa_cell a[] = { num(1200), num(0.2314), num(0.056), num(0.0345) };
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_PCT_FRACTION);
    epa_cell k[] = { num(3), num(0.2314), num(0.056), num(0.0345) };
    assert_err(call(EPA_FN_EPAPREVCLASS, k, &v), EPA_ERR_PCT_FRACTION);
}

static void test_first_bad_argument_decides(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(-99997), text("x"), num(5.6), num(3.45) };
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_NOT_NUMBER);
    a[1] = num(23.14);
    assert_err(call(EPA_FN_EPAPREV, a, &v), EPA_ERR_NEGATIVE);
}

static void test_optional_arguments(void **state)
{
    (void)state;
    double v;
    epa_cell p[] = { num(216000), omitted() };
    assert_ok(call(EPA_FN_EPAPOPULATION, p, &v));
    assert_near(v, 288000.0, 1e-9);
    p[1] = empty(); /* an empty cell is not "left out" */
    assert_err(call(EPA_FN_EPAPOPULATION, p, &v), EPA_ERR_MISSING);
    p[1] = num(1);
    assert_err(call(EPA_FN_EPAPOPULATION, p, &v), EPA_ERR_SHARE);

    epa_cell b[] = { num(250000), omitted() };
    assert_ok(call(EPA_FN_GGZBUDGET, b, &v));
    assert_near(v, 95e6, 1e-6);
    b[1] = num(40e6);
    assert_ok(call(EPA_FN_GGZBUDGET, b, &v));
    assert_near(v, 100e6, 1e-6);

    epa_cell s[] = { num(1), text("klinisch"), omitted() };
    assert_ok(call(EPA_FN_SCENARIOSHARE, s, &v));
    assert_near(v, 0.275, 1e-15);
    s[2] = num(0);
    assert_ok(call(EPA_FN_SCENARIOSHARE, s, &v));
    assert_near(v, 0.38, 1e-15);

    epa_cell c[] = { num(1), text("beds"), num(250000), omitted() };
    assert_ok(call(EPA_FN_SCENARIOCAPACITY, c, &v));
    assert_near(v, 162.5, 1e-12);
    c[3] = text("laag");
    assert_ok(call(EPA_FN_SCENARIOCAPACITY, c, &v));
    assert_near(v, 150.0, 1e-12);
    c[3] = empty();
    assert_err(call(EPA_FN_SCENARIOCAPACITY, c, &v), EPA_ERR_MISSING);
    c[3] = num(1);
    assert_err(call(EPA_FN_SCENARIOCAPACITY, c, &v), EPA_ERR_NOT_TEXT);
}

static void test_scenario_by_number_or_name(void **state)
{
    (void)state;
    double v;
    epa_cell b[] = { num(95e6), text("Intensified"), text("Clinical"), omitted() };
    assert_ok(call(EPA_FN_SCENARIOBUDGET, b, &v));
    assert_near(v, 26125000.0, 1e-6);
    b[1] = num(1);
    assert_ok(call(EPA_FN_SCENARIOBUDGET, b, &v));
    assert_near(v, 26125000.0, 1e-6);
    b[1] = num(1.5);
    assert_err(call(EPA_FN_SCENARIOBUDGET, b, &v), EPA_ERR_SCENARIO);
    b[1] = num(1);
    b[2] = num(0); /* a category must be a name */
    assert_err(call(EPA_FN_SCENARIOBUDGET, b, &v), EPA_ERR_NOT_TEXT);
    b[2] = text("ambulant epa");
    b[3] = num(0.5);
    assert_ok(call(EPA_FN_SCENARIOBUDGET, b, &v));
    assert_near(v, 95e6 * 0.21, 1e-6);
}

static void test_band_side_names(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(14.99), num(75), text("Hoog") };
    assert_ok(call(EPA_FN_EPABAND, a, &v));
    assert_near(v, 19.69, 1e-12);
    a[2] = text(" LOW ");
    assert_ok(call(EPA_FN_EPABAND, a, &v));
    assert_near(v, 10.59, 1e-12);
    a[2] = num(1);
    assert_err(call(EPA_FN_EPABAND, a, &v), EPA_ERR_NOT_TEXT);
    a[2] = text("midden");
    assert_err(call(EPA_FN_EPABAND, a, &v), EPA_ERR_SIDE);
}

static void test_flags_and_classes(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(42.5) };
    assert_ok(call(EPA_FN_EPAINSTITUTIONAL, a, &v));
    assert_exact(v, 0.0);
    a[0] = num(42.6);
    assert_ok(call(EPA_FN_EPAINSTITUTIONAL, a, &v));
    assert_exact(v, 1.0);
    a[0] = num(2500);
    assert_ok(call(EPA_FN_EPAURBANITY, a, &v));
    assert_exact(v, 1.0);
    epa_cell d[] = { num(10), num(11.7) };
    assert_ok(call(EPA_FN_EPADEVIATION, d, &v));
    assert_exact(v, 0.25);
}

static void test_utf16_names(void **state)
{
    (void)state;
    double v;
    /* "fact_cliënten" with U+00EB: the UTF-8 alias must match. */
    static const uint16_t clienten[] = { 'f', 'a', 'c', 't', '_', 'c', 'l', 'i', 0x00EB,
                                         'n', 't', 'e', 'n' };
    epa_cell c[] = { num(0), utf16(clienten, 13), num(100000), text("high") };
    assert_ok(call(EPA_FN_SCENARIOCAPACITY, c, &v));
    assert_near(v, 500.0, 1e-12);
    /* "klínisch" (U+00ED) is not "klinisch". */
    static const uint16_t klinisch[] = { 'k', 'l', 0x00ED, 'n', 'i', 's', 'c', 'h' };
    epa_cell s[] = { num(1), utf16(klinisch, 8), omitted() };
    assert_err(call(EPA_FN_SCENARIOSHARE, s, &v), EPA_ERR_CATEGORY);
    /* An emoji (surrogate pair) and a lone surrogate. */
    static const uint16_t emoji[] = { 0xD83D, 0xDE00 };
    s[1] = utf16(emoji, 2);
    assert_err(call(EPA_FN_SCENARIOSHARE, s, &v), EPA_ERR_CATEGORY);
    static const uint16_t lone[] = { 'b', 'w', 0xDC00 };
    s[1] = utf16(lone, 3);
    assert_err(call(EPA_FN_SCENARIOSHARE, s, &v), EPA_ERR_CATEGORY);
}

static void test_cell_name_conversion(void **state)
{
    (void)state;
    char buf[EPA_NAME_MAX + 1];
    size_t len;
    static const uint16_t mixed[] = { 'a', 0x00EB, 0x20AC, 0xD83D, 0xDE00, 0xDC00 };
    epa_cell c = utf16(mixed, 6);
    assert_ok(epa_cell_name(&c, buf, &len));
    /* a, e-umlaut (2 bytes), euro (3), emoji (4), lone surrogate -> U+FFFD (3) */
    assert_int_equal(len, 13);
    assert_memory_equal(buf, "a\xC3\xAB\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBD", 13);
    /* Over-long text is cut short and reported longer than any name. */
    static uint16_t longtext[10000];
    for (size_t i = 0; i < 10000; i++)
        longtext[i] = 'x';
    c = utf16(longtext, 10000);
    assert_ok(epa_cell_name(&c, buf, &len));
    assert_true(len > EPA_NAME_MAX);
    epa_cell n = num(3);
    assert_err(epa_cell_name(&n, buf, &len), EPA_ERR_NOT_TEXT);
    epa_cell e = empty();
    assert_err(epa_cell_name(&e, buf, &len), EPA_ERR_MISSING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_epaprev_worked_example),
        cmocka_unit_test(test_cells_that_are_not_numbers),
        cmocka_unit_test(test_percent_formatted_cells_are_rejected),
        cmocka_unit_test(test_first_bad_argument_decides),
        cmocka_unit_test(test_optional_arguments),
        cmocka_unit_test(test_scenario_by_number_or_name),
        cmocka_unit_test(test_band_side_names),
        cmocka_unit_test(test_flags_and_classes),
        cmocka_unit_test(test_utf16_names),
        cmocka_unit_test(test_cell_name_conversion),
    };
    return cmocka_run_group_tests_name("functions", tests, NULL, NULL);
}
