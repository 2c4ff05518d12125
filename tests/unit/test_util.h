/*
 * test_util.h - assertions the model tests share.
 *
 * cmocka 1.1 compares floating point only as float (about 7 digits), too
 * coarse for 14.988166 within 1e-6, so doubles get their own assertion that
 * prints both values in full on failure.
 */
#ifndef EPA_TEST_UTIL_H
#define EPA_TEST_UTIL_H

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "epa.h"

#define assert_near(actual, expected, tol)                                   \
    do {                                                                     \
        double a_ = (actual), e_ = (expected), t_ = (tol);                   \
        if (!(fabs(a_ - e_) <= t_)) {                                        \
            print_error("%s = %.17g, expected %.17g (tolerance %g)\n",       \
                        #actual, a_, e_, t_);                                \
            fail();                                                          \
        }                                                                    \
    } while (0)

/* Exact equality of doubles, for values the model must hit exactly. */
#define assert_exact(actual, expected) assert_near(actual, expected, 0.0)

/* An epa_error with both codes named on failure. */
#define assert_err(call, expected)                                           \
    do {                                                                     \
        epa_error got_ = (call), want_ = (expected);                         \
        if (got_ != want_) {                                                 \
            print_error("%s returned %d (%s), expected %d (%s)\n", #call,    \
                        (int)got_, epa_strerror(got_), (int)want_,           \
                        epa_strerror(want_));                                \
            fail();                                                          \
        }                                                                    \
    } while (0)

#define assert_ok(call) assert_err(call, EPA_OK)

/* Rounds as a spreadsheet's ROUND does for these positive values. */
static inline double round_to(double x, int decimals)
{
    double f = pow(10.0, decimals);
    return round(x * f) / f;
}

#endif /* EPA_TEST_UTIL_H */
