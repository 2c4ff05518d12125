/*
 * types.h - the UNO type references the component uses, looked up once.
 */
#ifndef EPA_UNO_TYPES_H
#define EPA_UNO_TYPES_H

#include "uno_c.h"

typedef struct {
    typelib_TypeDescriptionReference *type_void, *type_double;
    typelib_TypeDescriptionReference *double_row, *double_grid; /* []double, [][]double */
    typelib_TypeDescriptionReference *any_grid, *any_row;       /* [][]any, []any */
    typelib_TypeDescriptionReference *type_string, *type_any;
    typelib_TypeDescriptionReference *type_seq, *byte_seq;      /* []type, []byte */
    typelib_TypeDescriptionReference *x_interface, *x_type_provider;
    typelib_TypeDescriptionReference *x_functions, *x_component_factory;
    typelib_TypeDescriptionReference *illegal_argument, *runtime_exception;
} epa_uno_types;

/* Filled on first use (thread-safe, a C11 atomic once) and never changed after:
 * the references are held for the life of the process. */
const epa_uno_types *epa_types(void);

#endif /* EPA_UNO_TYPES_H */
