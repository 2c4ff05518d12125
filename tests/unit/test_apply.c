/*
 * test_apply.c - the generic conversion and the result guard: what a
 * function does with numbers, text, empty cells and omitted arguments, as
 * Calc hands them over (see addin/cell.h and addin/apply.h).
 */
#include <string.h>

#include "test_util.h"
#include "cell.h"
#include "apply.h"

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

/* The argument epa_apply blamed in the last call() (-1: none). */
static int blamed;

static epa_error call(const char *name, const epa_cell *args, double *out)
{
    const epa_function_desc *fn = epa_function(name);
    assert_non_null(fn);
    *out = -12345.0;
    blamed = -2;
    epa_error e = epa_apply(fn, args, out, &blamed);
    assert_true(blamed >= -1 && blamed < fn->nparams);
    if (e == EPA_OK)
        assert_int_equal(blamed, -1);
    return e;
}

static void test_epaprev_worked_example(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(1200), num(23.14), num(5.60), num(3.45) };
    assert_ok(call("EPAPREV", a, &v));
    assert_near(v, 14.988166, 1e-12);
    epa_cell c[] = { num(1200), num(23.14), num(5.60), num(3.45), num(3917) };
    assert_ok(call("EPACOUNT", c, &v));
    assert_exact(round_to(v, 1), 58.7);
    assert_exact(round_to(v, 0), 59.0);
    epa_cell k[] = { num(3), num(23.14), num(5.60), num(3.45) };
    assert_ok(call("EPAPREVCLASS", k, &v));
    assert_near(v, 14.988166, 1e-12);
}

static void test_cells_that_are_not_numbers(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(1200), num(23.14), num(5.60), num(3.45) };
    a[1] = omitted();
    assert_err(call("EPAPREV", a, &v), EPA_ERR_MISSING);
    a[1] = empty();
    assert_err(call("EPAPREV", a, &v), EPA_ERR_MISSING);
    a[1] = text("23.14");
    assert_err(call("EPAPREV", a, &v), EPA_ERR_NOT_NUMBER);
    a[1] = other();
    assert_err(call("EPAPREV", a, &v), EPA_ERR_NOT_NUMBER);
    assert_exact(v, -12345.0); /* untouched on error */
}

static void test_percent_formatted_cells_are_rejected(void **state)
{
    (void)state;
    double v;
    /* A cell showing 23.14% holds 0.2314. */
    epa_cell a[] = { num(1200), num(0.2314), num(0.056), num(0.0345) };
    assert_err(call("EPAPREV", a, &v), EPA_ERR_PCT_FRACTION);
    epa_cell k[] = { num(3), num(0.2314), num(0.056), num(0.0345) };
    assert_err(call("EPAPREVCLASS", k, &v), EPA_ERR_PCT_FRACTION);
}

static void test_first_bad_argument_decides(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(-99997), text("x"), num(5.6), num(3.45) };
    assert_err(call("EPAPREV", a, &v), EPA_ERR_NOT_NUMBER);
    a[1] = num(23.14);
    assert_err(call("EPAPREV", a, &v), EPA_ERR_NEGATIVE);
}

static void test_optional_arguments(void **state)
{
    (void)state;
    double v;
    epa_cell p[] = { num(216000), omitted() };
    assert_ok(call("EPAPOPULATION", p, &v));
    assert_near(v, 288000.0, 1e-9);
    p[1] = empty(); /* an empty cell is not "left out" */
    assert_err(call("EPAPOPULATION", p, &v), EPA_ERR_MISSING);
    p[1] = num(1);
    assert_err(call("EPAPOPULATION", p, &v), EPA_ERR_SHARE);

    epa_cell b[] = { num(250000), omitted() };
    assert_ok(call("GGZBUDGET", b, &v));
    assert_near(v, 95e6, 1e-6);
    b[1] = num(40e6);
    assert_ok(call("GGZBUDGET", b, &v));
    assert_near(v, 100e6, 1e-6);

    epa_cell s[] = { num(1), text("klinisch"), omitted() };
    assert_ok(call("SCENARIOSHARE", s, &v));
    assert_near(v, 0.275, 1e-15);
    s[2] = num(0);
    assert_ok(call("SCENARIOSHARE", s, &v));
    assert_near(v, 0.38, 1e-15);

    epa_cell c[] = { num(1), text("beds"), num(250000), omitted() };
    assert_ok(call("SCENARIOCAPACITY", c, &v));
    assert_near(v, 162.5, 1e-12);
    c[3] = text("laag");
    assert_ok(call("SCENARIOCAPACITY", c, &v));
    assert_near(v, 150.0, 1e-12);
    c[3] = empty();
    assert_err(call("SCENARIOCAPACITY", c, &v), EPA_ERR_MISSING);
    c[3] = num(1);
    assert_err(call("SCENARIOCAPACITY", c, &v), EPA_ERR_NOT_TEXT);
}

static void test_scenario_by_number_or_name(void **state)
{
    (void)state;
    double v;
    epa_cell b[] = { num(95e6), text("Intensified"), text("Clinical"), omitted() };
    assert_ok(call("SCENARIOBUDGET", b, &v));
    assert_near(v, 26125000.0, 1e-6);
    b[1] = num(1);
    assert_ok(call("SCENARIOBUDGET", b, &v));
    assert_near(v, 26125000.0, 1e-6);
    b[1] = num(1.5);
    assert_err(call("SCENARIOBUDGET", b, &v), EPA_ERR_SCENARIO);
    b[1] = num(1);
    b[2] = num(0); /* a category must be a name */
    assert_err(call("SCENARIOBUDGET", b, &v), EPA_ERR_NOT_TEXT);
    b[2] = text("ambulant epa");
    b[3] = num(0.5);
    assert_ok(call("SCENARIOBUDGET", b, &v));
    assert_near(v, 95e6 * 0.21, 1e-6);
}

static void test_band_side_names(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(14.99), num(75), text("Hoog") };
    assert_ok(call("EPABAND", a, &v));
    assert_near(v, 19.69, 1e-12);
    a[2] = text(" LOW ");
    assert_ok(call("EPABAND", a, &v));
    assert_near(v, 10.59, 1e-12);
    a[2] = num(1);
    assert_err(call("EPABAND", a, &v), EPA_ERR_NOT_TEXT);
    a[2] = text("midden");
    assert_err(call("EPABAND", a, &v), EPA_ERR_SIDE);
}

static void test_flags_and_classes(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(42.5) };
    assert_ok(call("EPAINSTITUTIONAL", a, &v));
    assert_exact(v, 0.0);
    a[0] = num(42.6);
    assert_ok(call("EPAINSTITUTIONAL", a, &v));
    assert_exact(v, 1.0);
    a[0] = num(2500);
    assert_ok(call("EPAURBANITY", a, &v));
    assert_exact(v, 1.0);
    epa_cell d[] = { num(10), num(11.7) };
    assert_ok(call("EPADEVIATION", d, &v));
    assert_exact(v, 0.25);
}

static void test_zero_where_no_real_value_is_zero(void **state)
{
    (void)state;
    double v;
    /* An empty optional cell reaches the add-in as 0: no region spends
     * nothing, so 0 per 100,000 is an error rather than EUR 0. */
    epa_cell b[] = { num(250000), num(0) };
    assert_err(call("GGZBUDGET", b, &v), EPA_ERR_ZERO);
    /* 0 progress (the 2014 split) and 0 not in care are real choices. */
    epa_cell p[] = { num(216000), num(0) };
    assert_ok(call("EPAPOPULATION", p, &v));
    assert_near(v, 216000.0, 0);
}

static void test_results_beyond_plausible_bounds(void **state)
{
    (void)state;
    double v = -12345.0;
    /* The three cases: 2.16e15 people, EUR 1e19, 1004.7 per 1,000. */
    epa_cell p[] = { num(216000), num(0.9999999999) };
    assert_err(call("EPAPOPULATION", p, &v), EPA_ERR_RESULT_RANGE);
    epa_cell b[] = { num(1e9), num(1e15) };
    assert_err(call("GGZBUDGET", b, &v), EPA_ERR_RESULT_RANGE);
    epa_cell h[] = { num(1000), num(75), text("high") };
    assert_err(call("EPABAND", h, &v), EPA_ERR_RESULT_RANGE);
    assert_exact(v, -12345.0);
    /* Just inside: 995.3 + 4.7 = 1000 per 1,000 is still a prevalence. */
    h[0] = num(995.3);
    assert_ok(call("EPABAND", h, &v));
    assert_near(v, 1000.0, 1e-9);
}

static void test_guard_never_lets_nan_or_inf_out(void **state)
{
    (void)state;
    for (int k = 0; k < EPA_RESULT_KIND_COUNT; k++) {
        assert_err(epa_guard_result((epa_result_kind)k, NAN), EPA_ERR_RESULT_NOT_FINITE);
        assert_err(epa_guard_result((epa_result_kind)k, INFINITY), EPA_ERR_RESULT_NOT_FINITE);
        assert_err(epa_guard_result((epa_result_kind)k, -INFINITY), EPA_ERR_RESULT_NOT_FINITE);
        assert_err(epa_guard_result((epa_result_kind)k, -1.0), EPA_ERR_RESULT_RANGE);
        assert_ok(epa_guard_result((epa_result_kind)k, 0.0));
        assert_ok(epa_guard_result((epa_result_kind)k, 1.0));
    }
    assert_err(epa_guard_result(EPA_RESULT_FRACTION, 1.0000001), EPA_ERR_RESULT_RANGE);
    assert_err(epa_guard_result(EPA_RESULT_PER_1000, 1000.0000001), EPA_ERR_RESULT_RANGE);
    assert_err(epa_guard_result(EPA_RESULT_EUR, 1.0000001e15), EPA_ERR_RESULT_RANGE);
    assert_err(epa_guard_result(EPA_RESULT_PEOPLE, 1.0000001e9), EPA_ERR_RESULT_RANGE);
    assert_err(epa_guard_result(EPA_RESULT_KIND_COUNT, 0.0), EPA_ERR_RESULT_RANGE);
}

/* Whether a consumer rejected a value because of its size. */
static int rejected_as_out_of_range(epa_error e)
{
    return e == EPA_ERR_NEGATIVE || e == EPA_ERR_TOO_LARGE ||
           e == EPA_ERR_NOT_FINITE;
}

/* Every result, at the extremes of what its function accepts, is a valid
 * input of the function that consumes it (or the producer refuses it). */
static void test_results_feed_their_consumers(void **state)
{
    (void)state;
    static const double pct[] = { 1.0000001, 50, 100 };
    static const double other[] = { 0, 1e-300, 100 };
    static const double oads[] = { 1e-300, 499.9999, 2500, 100000 };
    static const double people[] = { 0, 1, 1e9 };
    static const double eur[] = { 1e-300, 38e6, 1e15 };
    static const double shares[] = { 0, 0.5, 0.9999999999 };
    static const char *const sides[] = { "low", "high" };
    double v, w;
    int fed = 0;
    for (size_t o = 0; o < 4; o++)
        for (size_t s = 0; s < 3; s++)
            for (size_t x = 0; x < 3; x++)
                for (size_t n = 0; n < 3; n++) {
                    epa_cell c[] = { num(oads[o]), num(pct[s]), num(other[x]), num(other[x]), num(people[n]) };
                    assert_ok(call("EPACOUNT", c, &v));
                    for (size_t sh = 0; sh < 3; sh++) {
                        epa_cell pop[] = { num(v), num(shares[sh]) };
                        epa_error e = call("EPAPOPULATION", pop, &w);
                        assert_false(rejected_as_out_of_range(e));
                        fed++;
                    }
                    assert_ok(call("EPAPREV", c, &v));
                    for (size_t side = 0; side < 2; side++) {
                        epa_cell band[] = { num(v), num(95), text(sides[side]) };
                        if (call("EPABAND", band, &w) != EPA_OK)
                            continue;
                        epa_cell dev[] = { num(w), num(v) };
                        assert_ok(call("EPADEVIATION", dev, &w));
                        fed++;
                    }
                }
    for (size_t n = 0; n < 3; n++)
        for (size_t r = 0; r < 3; r++) {
            epa_cell b[] = { num(people[n]), num(eur[r]) };
            if (call("GGZBUDGET", b, &v) != EPA_OK)
                continue;
            epa_cell sb[] = { num(v), num(2), text("totaal"), omitted() };
            assert_ok(call("SCENARIOBUDGET", sb, &w));
            assert_near(w, v, 0);
            fed++;
        }
    assert_true(fed > 100);
}

static void test_utf16_names(void **state)
{
    (void)state;
    double v;
    /* "fact_cliënten" with U+00EB: the UTF-8 alias must match. */
    static const uint16_t clienten[] = { 'f', 'a', 'c', 't', '_', 'c', 'l', 'i', 0x00EB,
                                         'n', 't', 'e', 'n' };
    epa_cell c[] = { num(0), utf16(clienten, 13), num(100000), text("high") };
    assert_ok(call("SCENARIOCAPACITY", c, &v));
    assert_near(v, 500.0, 1e-12);
    /* "klínisch" (U+00ED) is not "klinisch". */
    static const uint16_t klinisch[] = { 'k', 'l', 0x00ED, 'n', 'i', 's', 'c', 'h' };
    epa_cell s[] = { num(1), utf16(klinisch, 8), omitted() };
    assert_err(call("SCENARIOSHARE", s, &v), EPA_ERR_CATEGORY);
    /* An emoji (surrogate pair) and a lone surrogate. */
    static const uint16_t emoji[] = { 0xD83D, 0xDE00 };
    s[1] = utf16(emoji, 2);
    assert_err(call("SCENARIOSHARE", s, &v), EPA_ERR_CATEGORY);
    static const uint16_t lone[] = { 'b', 'w', 0xDC00 };
    s[1] = utf16(lone, 3);
    assert_err(call("SCENARIOSHARE", s, &v), EPA_ERR_CATEGORY);
}

static void test_cell_name_conversion(void **state)
{
    (void)state;
    char buf[EPA_NAME_TEXT_MAX + 1];
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

/* EPAPREVCBS takes its counts as numbers or as text holding a plain whole
 * number, as CBS's xlsx stores them; every other argument of every other
 * function still refuses text where a number belongs. */
/* The error names the argument whose conversion failed (API callers get
 * it in the exception), and none when the model refused the combination
 * or the result. */
static void test_error_names_the_argument(void **state)
{
    (void)state;
    double v;
    epa_cell a[] = { num(3944), text("10.410"), num(8165), num(29040), num(710), num(830) };
    assert_err(call("EPAPREVCBS", a, &v), EPA_ERR_COUNT_TEXT);
    assert_int_equal(blamed, 1);
    a[1] = num(15480);
    a[5] = text(".");
    assert_err(call("EPAPREVCBS", a, &v), EPA_ERR_COUNT_TEXT);
    assert_int_equal(blamed, 5);
    epa_cell swapped[] = { num(3944), num(29040), num(8165), num(15480), num(710), num(830) };
    assert_err(call("EPAPREVCBS", swapped, &v), EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    assert_int_equal(blamed, -1);
    epa_cell p[] = { num(1200), num(23.14), empty(), num(3.45) };
    assert_err(call("EPAPREV", p, &v), EPA_ERR_MISSING);
    assert_int_equal(blamed, 2);
    epa_cell first[] = { text("x"), num(101), num(5.6), num(3.45) };   /* the first bad one */
    assert_err(call("EPAPREV", first, &v), EPA_ERR_NOT_NUMBER);
    assert_int_equal(blamed, 0);
    epa_cell s[] = { num(1), text("kliniek"), omitted() };
    assert_err(call("SCENARIOSHARE", s, &v), EPA_ERR_CATEGORY);
    assert_int_equal(blamed, 1);
    epa_cell u[] = { num(0), text("iht_fte"), num(250000), omitted() };
    assert_err(call("SCENARIOCAPACITY", u, &v), EPA_ERR_UNDEFINED);
    assert_int_equal(blamed, -1);
}

static void test_epaprevcbs_text_counts(void **state)
{
    (void)state;
    double by_number, by_text;
    /* Utrecht wijk WK034401 (KWB 2023): '710' and '830' are text there. */
    epa_cell n[] = { num(3944), num(15480), num(8165), num(29040), num(710), num(830) };
    assert_ok(call("EPAPREVCBS", n, &by_number));
    assert_near(by_number, 19.084457939863753, 1e-9);
    epa_cell t[] = { num(3944), num(15480), num(8165), num(29040), text("710"), text("830") };
    assert_ok(call("EPAPREVCBS", t, &by_text));
    assert_exact(by_text, by_number);
    epa_cell all[] = { num(3944), text("15480"), text(" 8165"), text("29040 "),
                       text("710"), text("0830") };
    assert_ok(call("EPAPREVCBS", all, &by_text));
    assert_exact(by_text, by_number);
    /* Each refused text, in each count position, is refused with the
     * reason for counts; the OAD is a number argument like EPAPREV's. */
    static const char *const bad[] = { "10.410", "1,5", ".", "1e3", "-5", "+5", "7 10", " " };
    for (int pos = 1; pos <= 5; pos++) {
        for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            epa_cell a[] = { num(3944), num(15480), num(8165), num(29040), num(710), num(830) };
            a[pos] = text(bad[i]);
            double v;
            assert_err(call("EPAPREVCBS", a, &v), EPA_ERR_COUNT_TEXT);
            assert_exact(v, -12345.0);
        }
        epa_cell a[] = { num(3944), num(15480), num(8165), num(29040), num(710), num(830) };
        double v;
        a[pos] = empty();
        assert_err(call("EPAPREVCBS", a, &v), EPA_ERR_MISSING);
        a[pos] = other();
        assert_err(call("EPAPREVCBS", a, &v), EPA_ERR_NOT_NUMBER);
    }
    epa_cell oad[] = { text("3944"), num(15480), num(8165), num(29040), num(710), num(830) };
    assert_err(call("EPAPREVCBS", oad, &by_text), EPA_ERR_NOT_NUMBER);
    /* Text counts meet the same model checks as numbers. */
    epa_cell swapped[] = { num(3944), text("29040"), text("8165"), text("15480"), text("710"),
                           text("830") };
    assert_err(call("EPAPREVCBS", swapped, &by_text), EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS);
    epa_cell huge[] = { num(3944), text("15480"), text("8165"), text("99999999999999999999"),
                        text("710"), text("830") };
    assert_err(call("EPAPREVCBS", huge, &by_text), EPA_ERR_TOO_LARGE);
    epa_cell one_pct[] = { num(3944), text("1000"), text("10"), text("2000"), text("0"),
                           text("0") };
    assert_err(call("EPAPREVCBS", one_pct, &by_text), EPA_ERR_FEW_SINGLE);
    /* Only EPAPREVCBS's counts are counts. */
    epa_cell prev[] = { num(1200), text("23"), num(5.60), num(3.45) };
    assert_err(call("EPAPREV", prev, &by_text), EPA_ERR_NOT_NUMBER);
    epa_cell budget[] = { text("250000"), omitted() };
    assert_err(call("GGZBUDGET", budget, &by_text), EPA_ERR_NOT_NUMBER);
    const epa_function_desc *fn = epa_function("EPAPREVCBS");
    for (int f = 0; f < epa_function_count; f++)
        for (int p = 0; p < epa_catalogue[f].nparams; p++)
            assert_true((epa_catalogue[f].params[p].kind == EPA_ARG_COUNT)
                        == (&epa_catalogue[f] == fn && p >= 1));
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
        cmocka_unit_test(test_zero_where_no_real_value_is_zero),
        cmocka_unit_test(test_results_beyond_plausible_bounds),
        cmocka_unit_test(test_guard_never_lets_nan_or_inf_out),
        cmocka_unit_test(test_results_feed_their_consumers),
        cmocka_unit_test(test_utf16_names),
        cmocka_unit_test(test_cell_name_conversion),
        cmocka_unit_test(test_epaprevcbs_text_counts),
        cmocka_unit_test(test_error_names_the_argument),
    };
    return cmocka_run_group_tests_name("functions", tests, NULL, NULL);
}
