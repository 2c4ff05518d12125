/*
 * call.h - a function call from Calc: UNO values in, a UNO value out.
 *
 * Only conversion lives here: each UNO argument becomes an epa_grid of
 * cells (broadcast.h does the rest), and the result becomes a double, a
 * [][]double array or an exception.  A required parameter is IDL
 * [][]any (Calc passes a single value as a 1 x 1 array, and the Function
 * Wizard shows the argument as required); an optional one is `any`
 * (Calc passes VOID when it is left out).  gen_idl.c writes the same types.
 */
#ifndef EPA_UNO_CALL_H
#define EPA_UNO_CALL_H

#include "catalogue.h"
#include "uno_c.h"

/* Raises an exception of the given type with a UTF-8 message into the
 * caller-owned memory exc_mem and points *exc at it (see component.c).
 * position is IllegalArgumentException's ArgumentPosition (0-based, -1 when
 * no single argument is at fault); other types have no such member. */
void epa_raise(typelib_TypeDescriptionReference *type, const char *message,
               int position, uno_Any *exc_mem, uno_Any **exc);

/* args are the UNO call's argument pointers (uno_Sequence ** for a required
 * parameter, uno_Any * for an optional one), ret the uninitialised return
 * any.  A bad single call raises IllegalArgumentException (Err:502 in Calc)
 * whose message names the function, the argument at fault (when one is) and
 * the reason: "EPAPREVCBS: argument 2 (households): a count given as text
 * must be a plain whole number such as 710: ...", with ArgumentPosition 1. */
void epa_call(const epa_function_desc *fn, void *args[], uno_Any *ret,
              uno_Any *exc_mem, uno_Any **exc);

#endif /* EPA_UNO_CALL_H */
