/*
 * types.c - one-time lookup of UNO type references.
 *
 * The "once" is a C11 atomic, not pthread_once: glibc 2.34 moved
 * pthread_once into libc under the version GLIBC_2.34, so a library built
 * on Debian 12 that calls it does not load on older distributions, and on
 * Windows it would need libwinpthread-1.dll.
 */
#include <stdatomic.h>

#include "catalogue.h"
#include "types.h"

static epa_uno_types types;
enum { TYPES_UNSET, TYPES_RUNNING, TYPES_READY };
static atomic_int types_state = TYPES_UNSET;

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
    types.any_row = named(typelib_TypeClass_SEQUENCE, "[]any");
    types.type_string = *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING);
    types.type_any = *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY);
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
    /* Fast path: the release store below makes the filled table visible. */
    if (atomic_load_explicit(&types_state, memory_order_acquire) == TYPES_READY)
        return &types;
    int expected = TYPES_UNSET;
    if (atomic_compare_exchange_strong_explicit(&types_state, &expected, TYPES_RUNNING,
                                                memory_order_acquire,
                                                memory_order_acquire)) {
        init_types();
        atomic_store_explicit(&types_state, TYPES_READY, memory_order_release);
    } else {
        /* Another thread is filling the table: a few type lookups, done in
         * microseconds, and only ever once per process. */
        while (atomic_load_explicit(&types_state, memory_order_acquire) != TYPES_READY)
            ;
    }
    return &types;
}
