/*
 * call.h - applies a function wrapper to the arguments Calc passes.
 *
 * Each argument is a single value (a number, text or nothing) or a range
 * ([][]any).  Single values go to the wrapper once and give a single
 * result; ranges of one size (single values repeated alongside) give an
 * array of that size, one wrapper call per element.  An element whose row
 * is bad holds Calc's own encoding of Err:502 (a NaN carrying the code), so
 * one bad row never hides the others.
 */
#ifndef EPA_UNO_CALL_H
#define EPA_UNO_CALL_H

#include "catalogue.h"
#include "functions.h"
#include "uno_c.h"

/* Raises an exception of the given type with a UTF-8 message into the
 * caller-owned memory exc_mem and points *exc at it (see component.c). */
void epa_raise(typelib_TypeDescriptionReference *type, const char *message,
               uno_Any *exc_mem, uno_Any **exc);

/* args are the UNO call's argument pointers (each a uno_Any *), ret the
 * uninitialised return any.  On a bad call raises IllegalArgumentException. */
void epa_call(const epa_function_desc *fn, epa_wrapper wrapper, void *args[],
              uno_Any *ret, uno_Any *exc_mem, uno_Any **exc);

/* The value Calc shows as Err:502 when it finds it in an array result. */
double epa_calc_error_value(void);

#endif /* EPA_UNO_CALL_H */
