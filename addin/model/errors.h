/*
 * errors.h - internal view of the message table behind epa_strerror().
 *
 * Exposed only so tests/unit/test_errors.c can prove the table has one
 * distinct text per epa_error code; the add-in itself uses epa_strerror().
 */
#ifndef EPA_MODEL_ERRORS_H
#define EPA_MODEL_ERRORS_H

#include <stddef.h>

extern const char *const epa_error_messages[];
extern const size_t epa_error_message_count;

/* What epa_strerror() says about a code outside the enum. */
extern const char epa_unknown_error_message[];

#endif /* EPA_MODEL_ERRORS_H */
