/*
 * types.c - one-time lookup of UNO type references.
 */
#include <pthread.h>

#include "catalogue.h"
#include "types.h"

static epa_uno_types types;
static pthread_once_t types_once = PTHREAD_ONCE_INIT;

static typelib_TypeDescriptionReference *named(typelib_TypeClass cls,
                                               const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_typedescriptionreference_newByAsciiName(&ref, cls, name);
    return ref;
}

static void init_types(void)
{
    types.type_void = *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
    types.type_double = *typelib_static_type_getByTypeClass(typelib_TypeClass_DOUBLE);
    types.double_row = named(typelib_TypeClass_SEQUENCE, "[]double");
    types.double_grid = named(typelib_TypeClass_SEQUENCE, "[][]double");
    types.any_grid = named(typelib_TypeClass_SEQUENCE, "[][]any");
    types.type_seq = named(typelib_TypeClass_SEQUENCE, "[]type");
    types.byte_seq = named(typelib_TypeClass_SEQUENCE, "[]byte");
    types.x_interface = named(typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
    types.x_type_provider = named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XTypeProvider");
    types.x_functions = named(typelib_TypeClass_INTERFACE, EPA_INTERFACE_NAME);
    types.x_component_factory =
        named(typelib_TypeClass_INTERFACE, "com.sun.star.lang.XSingleComponentFactory");
    types.illegal_argument =
        named(typelib_TypeClass_EXCEPTION, "com.sun.star.lang.IllegalArgumentException");
    types.runtime_exception =
        named(typelib_TypeClass_EXCEPTION, "com.sun.star.uno.RuntimeException");
}

const epa_uno_types *epa_types(void)
{
    pthread_once(&types_once, init_types);
    return &types;
}
