/*
 * component.c - the add-in as a binary UNO component written in C.
 *
 * Two objects, both static and immutable: a factory (XSingleComponentFactory)
 * and the add-in itself (XTypeProvider and the generated XEpaFunctions).
 * They hold no state, so acquire/release do nothing, every instance Calc
 * asks for is the same object, and calls from any thread are safe.
 *
 * Calls arrive through one dispatch function per object with the member's
 * type description, e.g. "nl.epaplanning.calc.XEpaFunctions::epaprev".
 * Exceptions: *ppException arrives pointing at memory the caller owns; it is
 * set to NULL for success, or the exception is constructed in that memory
 * and the pointer restored.
 */
#include <string.h>

#include "call.h"
#include "types.h"

/* Positions of a member in its interface count the three XInterface
 * members (queryInterface, acquire, release) first. */
enum { FIRST_OWN_MEMBER = 3 };

static void SAL_CALL no_refcount(uno_Interface *self)
{
    (void)self; /* static object: nothing to count */
}

static void SAL_CALL addin_dispatch(uno_Interface *, const typelib_TypeDescription *,
                                    void *, void *[], uno_Any **);
static void SAL_CALL factory_dispatch(uno_Interface *, const typelib_TypeDescription *,
                                      void *, void *[], uno_Any **);

static uno_Interface addin_object = { no_refcount, no_refcount, addin_dispatch };
static uno_Interface factory_object = { no_refcount, no_refcount, factory_dispatch };

/* True when the member's type name is "<interface>::<member>", with
 * member_name in lower case when lower is set (a catalogue name "EPAPREV"
 * is the IDL method "epaprev": see epa_function_method). */
static int member_is(const typelib_TypeDescription *member,
                     const char *interface_name, const char *member_name,
                     int lower)
{
    const rtl_uString *n = member->pTypeName;
    size_t il = strlen(interface_name), ml = strlen(member_name);
    if ((size_t)n->length != il + 2 + ml)
        return 0;
    for (size_t i = 0; i < il; i++)
        if (n->buffer[i] != (sal_Unicode)interface_name[i])
            return 0;
    if (n->buffer[il] != ':' || n->buffer[il + 1] != ':')
        return 0;
    for (size_t i = 0; i < ml; i++) {
        char c = member_name[i];
        if (lower && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (n->buffer[il + 2 + i] != (sal_Unicode)c)
            return 0;
    }
    return 1;
}
#define is_member(m, iface, name) member_is(m, iface, name, 0)

static void query_interface(uno_Interface *self, void *ret, void *args[],
                            typelib_TypeDescriptionReference *const *supported,
                            size_t nsupported)
{
    typelib_TypeDescriptionReference *wanted =
        *(typelib_TypeDescriptionReference **)args[0];
    for (size_t i = 0; i < nsupported; i++) {
        if (typelib_typedescriptionreference_equals(wanted, supported[i])) {
            uno_type_any_construct((uno_Any *)ret, &self, wanted, NULL);
            return;
        }
    }
    uno_type_any_construct((uno_Any *)ret, NULL, epa_types()->type_void, NULL);
}

static void SAL_CALL addin_dispatch(uno_Interface *self,
                                    const typelib_TypeDescription *member,
                                    void *ret, void *args[], uno_Any **exc)
{
    const epa_uno_types *t = epa_types();
    uno_Any *exc_mem = *exc;
    *exc = NULL;

    /* The generated IDL declares the functions in catalogue order. */
    sal_Int32 pos = ((const typelib_InterfaceMemberTypeDescription *)member)->nPosition;
    int fn = pos - FIRST_OWN_MEMBER;
    if (fn >= 0 && fn < epa_function_count &&
        member_is(member, EPA_INTERFACE_NAME, epa_catalogue[fn].name, 1)) {
        epa_call(&epa_catalogue[fn], args, (uno_Any *)ret, exc_mem, exc);
        return;
    }
    if (is_member(member, "com.sun.star.uno.XInterface", "queryInterface")) {
        typelib_TypeDescriptionReference *supported[] = {
            t->x_interface, t->x_type_provider, t->x_functions };
        query_interface(self, ret, args, supported, 3);
    } else if (is_member(member, "com.sun.star.lang.XTypeProvider", "getTypes")) {
        typelib_TypeDescriptionReference *types[] = { t->x_type_provider,
                                                      t->x_functions };
        *(uno_Sequence **)ret = NULL;
        uno_type_sequence_construct((uno_Sequence **)ret, t->type_seq, types, 2, NULL);
    } else if (is_member(member, "com.sun.star.lang.XTypeProvider",
                         "getImplementationId")) {
        /* An empty id is allowed: it means "do not cache by id". */
        *(uno_Sequence **)ret = NULL;
        uno_type_sequence_construct((uno_Sequence **)ret, t->byte_seq, NULL, 0, NULL);
    } else {
        epa_raise(t->runtime_exception, "EPA add-in: unsupported call", -1, exc_mem, exc);
    }
}

static void SAL_CALL factory_dispatch(uno_Interface *self,
                                      const typelib_TypeDescription *member,
                                      void *ret, void *args[], uno_Any **exc)
{
    const epa_uno_types *t = epa_types();
    uno_Any *exc_mem = *exc;
    *exc = NULL;
    if (is_member(member, "com.sun.star.uno.XInterface", "queryInterface")) {
        typelib_TypeDescriptionReference *supported[] = { t->x_interface,
                                                          t->x_component_factory };
        query_interface(self, ret, args, supported, 2);
    } else if (is_member(member, "com.sun.star.lang.XSingleComponentFactory",
                         "createInstanceWithContext") ||
               is_member(member, "com.sun.star.lang.XSingleComponentFactory",
                         "createInstanceWithArgumentsAndContext")) {
        *(uno_Interface **)ret = &addin_object; /* the caller's reference */
    } else {
        epa_raise(t->runtime_exception, "EPA add-in factory: unsupported call", -1,
                  exc_mem, exc);
    }
}

/* Entry point of the shared-library loader; the .component file declares
 * environment="uno", so the returned pointer is a binary UNO interface. */
SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *impl_name,
                                                        void *service_manager,
                                                        void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    if (impl_name && strcmp(impl_name, EPA_IMPLEMENTATION_NAME) == 0)
        return &factory_object;
    return NULL;
}
