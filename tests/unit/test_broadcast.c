/*
 * test_broadcast.c - the range form without LibreOffice: result shapes,
 * 1 x 1 repetition, mismatched sizes, empty and void elements and per-row
 * errors (addin/broadcast.h).
 */
#include <string.h>

#include "test_util.h"
#include "broadcast.h"

/* A grid over a row-major array of cells. */
typedef struct {
    const epa_cell *cells;
    int32_t ncols;
} cells_src;

static void array_cell(const epa_grid *g, int32_t r, int32_t c, epa_cell *out)
{
    const cells_src *s = g->src;
    *out = s->cells[r * s->ncols + c];
}

static epa_grid grid(const cells_src *src, int32_t nrows, int32_t ncols, bool whole)
{
    return (epa_grid){ nrows, ncols, whole, array_cell, src };
}

static epa_cell num(double v) { return (epa_cell){ EPA_CELL_NUMBER, v, NULL, 0 }; }
static epa_cell omitted(void) { return (epa_cell){ EPA_CELL_OMITTED, 0, NULL, 0 }; }
static epa_cell empty(void) { return (epa_cell){ EPA_CELL_EMPTY, 0, NULL, 0 }; }

static bool is_calc_error(double v)
{
    uint64_t got, want;
    double e = epa_calc_error_value();
    memcpy(&got, &v, sizeof got);
    memcpy(&want, &e, sizeof want);
    return got == want;
}

static void test_calc_error_value_is_a_nan_carrying_502(void **state)
{
    (void)state;
    double e = epa_calc_error_value();
    uint64_t bits;
    memcpy(&bits, &e, sizeof bits);
    assert_true(isnan(e));
    assert_int_equal(bits & 0xFFFFFFFFu, 502);
}

static void test_shapes(void **state)
{
    (void)state;
    static const epa_cell one[] = { { EPA_CELL_NUMBER, 1, NULL, 0 } };
    cells_src s1 = { one, 1 };
    epa_cell col[3], row[4], wide[6];
    cells_src c3 = { col, 1 }, r4 = { row, 4 }, w6 = { wide, 3 };
    int32_t nr, nc;

    epa_grid singles[] = { grid(&s1, 1, 1, true), grid(&s1, 1, 1, false) };
    assert_ok(epa_broadcast_shape(singles, 2, &nr, &nc));
    assert_int_equal(nr, 1);
    assert_int_equal(nc, 1);

    epa_grid mixed[] = { grid(&s1, 1, 1, true), grid(&c3, 3, 1, false), grid(&s1, 1, 1, false) };
    assert_ok(epa_broadcast_shape(mixed, 3, &nr, &nc));
    assert_int_equal(nr, 3);
    assert_int_equal(nc, 1);

    epa_grid two_d[] = { grid(&w6, 2, 3, false), grid(&w6, 2, 3, false) };
    assert_ok(epa_broadcast_shape(two_d, 2, &nr, &nc));
    assert_int_equal(nr, 2);
    assert_int_equal(nc, 3);

    /* A column and a row of other sizes, or a 3x1 beside a 1x3. */
    epa_grid bad[] = { grid(&c3, 3, 1, false), grid(&r4, 1, 4, false) };
    assert_err(epa_broadcast_shape(bad, 2, &nr, &nc), EPA_ERR_SHAPE);
    epa_grid transposed[] = { grid(&c3, 3, 1, false), grid(&c3, 1, 3, false) };
    assert_err(epa_broadcast_shape(transposed, 2, &nr, &nc), EPA_ERR_SHAPE);

    /* At most EPA_RESULT_MAX_CELLS cells (16 full columns), decided from
     * the sizes alone: no cell is read and nothing allocated.  The product
     * of two int32 sizes must not overflow. */
    assert_int_equal(EPA_RESULT_MAX_CELLS, 16777216);
    nr = nc = -7;
    epa_grid cols16[] = { grid(&s1, 1048576, 16, false), grid(&s1, 1, 1, true) };
    assert_ok(epa_broadcast_shape(cols16, 2, &nr, &nc));
    assert_int_equal(nr, 1048576);
    assert_int_equal(nc, 16);
    nr = nc = -7;
    epa_grid cols17[] = { grid(&s1, 1, 1, true), grid(&s1, 1048576, 17, false) };
    assert_err(epa_broadcast_shape(cols17, 2, &nr, &nc), EPA_ERR_RESULT_CELLS);
    assert_int_equal(nr, -7);
    assert_int_equal(nc, -7);
    epa_grid one_more[] = { grid(&s1, 16777217, 1, false) };
    assert_err(epa_broadcast_shape(one_more, 1, &nr, &nc), EPA_ERR_RESULT_CELLS);
    epa_grid huge[] = { grid(&s1, INT32_MAX, INT32_MAX, false) };
    assert_err(epa_broadcast_shape(huge, 1, &nr, &nc), EPA_ERR_RESULT_CELLS);
    /* the whole sheet, A:AMJ */
    epa_grid sheet[] = { grid(&s1, 1048576, 1024, false), grid(&s1, 1048576, 1024, false) };
    assert_err(epa_broadcast_shape(sheet, 2, &nr, &nc), EPA_ERR_RESULT_CELLS);
    /* a mismatch is still a mismatch, whatever the sizes */
    epa_grid mismatch[] = { grid(&s1, 1048576, 17, false), grid(&s1, 1048576, 18, false) };
    assert_err(epa_broadcast_shape(mismatch, 2, &nr, &nc), EPA_ERR_SHAPE);

    epa_grid none[] = { grid(&s1, 0, 0, false) };
    assert_err(epa_broadcast_shape(none, 1, &nr, &nc), EPA_ERR_MISSING);
    epa_grid no_cols[] = { grid(&c3, 3, 0, false) };
    assert_err(epa_broadcast_shape(no_cols, 1, &nr, &nc), EPA_ERR_MISSING);
}

static void test_column_with_bad_rows(void **state)
{
    (void)state;
    const epa_function_desc *fn = epa_function("EPAPREV");
    /* Rows: the worked example, an empty OAD, a negative OAD, the example again. */
    epa_cell oad[] = { num(1200), empty(), num(-1), num(1200) };
    epa_cell single[] = { num(23.14) }, wwb[] = { num(5.6) }, ao[] = { num(3.45) };
    cells_src so = { oad, 1 }, ss = { single, 1 }, sw = { wwb, 1 }, sa = { ao, 1 };
    epa_grid g[] = { grid(&so, 4, 1, false), grid(&ss, 1, 1, false),
                     grid(&sw, 1, 1, false), grid(&sa, 1, 1, false) };
    int32_t nr, nc;
    assert_ok(epa_broadcast_shape(g, 4, &nr, &nc));
    assert_int_equal(nr, 4);
    double v[4];
    for (int32_t r = 0; r < 4; r++)
        epa_broadcast_row(fn, g, r, nc, &v[r]);
    assert_near(v[0], 14.988166, 1e-12);
    assert_true(is_calc_error(v[1]));
    assert_true(is_calc_error(v[2]));
    assert_near(v[3], 14.988166, 1e-12);
    double one;
    assert_err(epa_broadcast_at(fn, g, 1, 0, &one, NULL), EPA_ERR_MISSING);
    assert_err(epa_broadcast_at(fn, g, 2, 0, &one, NULL), EPA_ERR_NEGATIVE);
}

static void test_void_inside_a_range_is_empty_not_omitted(void **state)
{
    (void)state;
    const epa_function_desc *fn = epa_function("GGZBUDGET");
    epa_cell inhabitants[] = { num(250000), num(100000) };
    epa_cell rates[] = { omitted(), num(40e6) };
    cells_src si = { inhabitants, 1 }, sr = { rates, 1 };
    double v;
    /* Optional argument as a range: a void element must not take the default. */
    epa_grid g[] = { grid(&si, 2, 1, false), grid(&sr, 2, 1, false) };
    assert_err(epa_broadcast_at(fn, g, 0, 0, &v, NULL), EPA_ERR_MISSING);
    assert_ok(epa_broadcast_at(fn, g, 1, 0, &v, NULL));
    assert_near(v, 40e6, 1e-6);
    /* Left out as a whole (one VOID value): the default, for every row. */
    epa_cell left_out[] = { omitted() };
    cells_src sl = { left_out, 1 };
    epa_grid d[] = { grid(&si, 2, 1, false), grid(&sl, 1, 1, true) };
    assert_ok(epa_broadcast_at(fn, d, 0, 0, &v, NULL));
    assert_near(v, 95e6, 1e-6);
    assert_ok(epa_broadcast_at(fn, d, 1, 0, &v, NULL));
    assert_near(v, 38e6, 1e-6);
    /* A required argument given as an empty one-cell range is missing. */
    epa_cell blank[] = { empty() };
    cells_src sb = { blank, 1 };
    epa_grid e[] = { grid(&sb, 1, 1, false), grid(&sl, 1, 1, true) };
    assert_err(epa_broadcast_at(fn, e, 0, 0, &v, NULL), EPA_ERR_MISSING);
}

static void test_one_cell_range_repeats(void **state)
{
    (void)state;
    const epa_function_desc *fn = epa_function("EPACOUNT");
    epa_cell adults[] = { num(3917), num(0), num(1000) };
    epa_cell oad[] = { num(1200) }, s[] = { num(23.14) }, w[] = { num(5.6) }, a[] = { num(3.45) };
    cells_src sad = { adults, 3 }, so = { oad, 1 }, ss = { s, 1 }, sw = { w, 1 }, sa = { a, 1 };
    /* adults as a row of three; the others 1 x 1, repeated along it. */
    epa_grid g[] = { grid(&so, 1, 1, false), grid(&ss, 1, 1, false), grid(&sw, 1, 1, false),
                     grid(&sa, 1, 1, false), grid(&sad, 1, 3, false) };
    int32_t nr, nc;
    assert_ok(epa_broadcast_shape(g, 5, &nr, &nc));
    assert_int_equal(nr, 1);
    assert_int_equal(nc, 3);
    double v[3];
    epa_broadcast_row(fn, g, 0, nc, v);
    assert_exact(round_to(v[0], 1), 58.7);
    assert_exact(v[1], 0.0);
    assert_near(v[2], 14.988166, 1e-9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calc_error_value_is_a_nan_carrying_502),
        cmocka_unit_test(test_shapes),
        cmocka_unit_test(test_column_with_bad_rows),
        cmocka_unit_test(test_void_inside_a_range_is_empty_not_omitted),
        cmocka_unit_test(test_one_cell_range_repeats),
    };
    return cmocka_run_group_tests_name("broadcast", tests, NULL, NULL);
}
