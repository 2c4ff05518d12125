/*
 * cppu3.c - test stand-in for LibreOffice's cppu3.dll, for running the
 * Windows component under Wine (tests/wine/driver.c).  It is NOT
 * LibreOffice's cppu: no type library, no bridges, no environments.  It
 * implements the type-reference and value functions the component imports
 * (platform/uno-imports), plus uno_any_destruct for the driver, for just
 * the types the component and the driver use: void, the simple types,
 * string, type, any, interfaces, sequences of these (by name: "[]double",
 * "[][]any", ...) and the two exceptions the component raises.  Values have
 * the binary UNO layout of the SDK headers (uno_Any, uno_Sequence,
 * rtl_uString); a value that fits into a pointer is kept in
 * uno_Any.pReserved, as cppu does.
 */
#include <stdlib.h>
#include <string.h>

#include "uno_c.h"

/* Interned type references, found by class and name; never freed. */
enum { MAX_TYPES = 64 };
static typelib_TypeDescriptionReference type_table[MAX_TYPES];
static typelib_TypeDescriptionReference *type_ptrs[MAX_TYPES];
static int ntypes;

static int name_is(const rtl_uString *s, const char *name)
{
    size_t n = strlen(name);
    if ((size_t)s->length != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s->buffer[i] != (sal_Unicode)(unsigned char)name[i])
            return 0;
    return 1;
}

static typelib_TypeDescriptionReference *intern(typelib_TypeClass cls, const char *name)
{
    for (int i = 0; i < ntypes; i++)
        if (type_table[i].eTypeClass == cls && name_is(type_table[i].pTypeName, name))
            return &type_table[i];
    if (ntypes == MAX_TYPES)
        abort();
    typelib_TypeDescriptionReference *t = &type_table[ntypes];
    t->nRefCount = t->nStaticRefCount = 1;
    t->eTypeClass = cls;
    rtl_string2UString(&t->pTypeName, name, (sal_Int32)strlen(name), RTL_TEXTENCODING_UTF8, 0);
    type_ptrs[ntypes] = t;
    ntypes++;
    return t;
}

/* The element type of a sequence type "[]x": x, with its class. */
static typelib_TypeDescriptionReference *element_type(const typelib_TypeDescriptionReference *seq)
{
    static const struct { const char *name; typelib_TypeClass cls; } simple[] = {
        { "void", typelib_TypeClass_VOID },     { "boolean", typelib_TypeClass_BOOLEAN },
        { "byte", typelib_TypeClass_BYTE },     { "short", typelib_TypeClass_SHORT },
        { "long", typelib_TypeClass_LONG },     { "hyper", typelib_TypeClass_HYPER },
        { "double", typelib_TypeClass_DOUBLE }, { "string", typelib_TypeClass_STRING },
        { "type", typelib_TypeClass_TYPE },     { "any", typelib_TypeClass_ANY },
    };
    char name[256];
    const rtl_uString *s = seq->pTypeName;
    if (s->length < 3 || s->length - 2 >= (sal_Int32)sizeof name)
        abort();
    for (sal_Int32 i = 2; i <= s->length; i++)
        name[i - 2] = (char)s->buffer[i];
    if (name[0] == '[')
        return intern(typelib_TypeClass_SEQUENCE, name);
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        if (strcmp(name, simple[i].name) == 0)
            return intern(simple[i].cls, name);
    return intern(typelib_TypeClass_INTERFACE, name); /* "[]com.sun.star..." */
}

/* Layout of the exceptions the component raises: the members of
 * com.sun.star.uno.Exception, plus IllegalArgumentException's position. */
typedef struct {
    rtl_uString *Message;
    uno_Interface *Context;
    sal_Int16 ArgumentPosition;
} exception_value;

static size_t size_of(const typelib_TypeDescriptionReference *t)
{
    switch (t->eTypeClass) {
    case typelib_TypeClass_VOID: return 0;
    case typelib_TypeClass_BOOLEAN: case typelib_TypeClass_BYTE: return 1;
    case typelib_TypeClass_SHORT: return 2;
    case typelib_TypeClass_LONG: return 4;
    case typelib_TypeClass_HYPER: case typelib_TypeClass_DOUBLE: return 8;
    case typelib_TypeClass_STRING: case typelib_TypeClass_TYPE:
    case typelib_TypeClass_SEQUENCE: case typelib_TypeClass_INTERFACE: return sizeof(void *);
    case typelib_TypeClass_ANY: return sizeof(uno_Any);
    case typelib_TypeClass_EXCEPTION: return sizeof(exception_value);
    default: abort();
    }
}

static void destruct(void *p, typelib_TypeDescriptionReference *t);

static void release_sequence(uno_Sequence *seq, typelib_TypeDescriptionReference *t)
{
    if (--seq->nRefCount != 0)
        return;
    typelib_TypeDescriptionReference *et = element_type(t);
    size_t es = size_of(et);
    for (sal_Int32 i = 0; i < seq->nElements; i++)
        destruct(seq->elements + es * (size_t)i, et);
    free(seq);
}

static void acquire_interface(uno_Interface *i)
{
    if (i)
        i->acquire(i);
}

/* Copies the value at src (of type t) into the memory at dest. */
static void copy(void *dest, const void *src, typelib_TypeDescriptionReference *t)
{
    switch (t->eTypeClass) {
    case typelib_TypeClass_STRING:
        (*(rtl_uString *const *)src)->refCount++;
        break;
    case typelib_TypeClass_SEQUENCE:
        (*(uno_Sequence *const *)src)->nRefCount++;
        break;
    case typelib_TypeClass_INTERFACE:
        acquire_interface(*(uno_Interface *const *)src);
        break;
    case typelib_TypeClass_ANY: {
        const uno_Any *a = src;
        uno_type_any_construct(dest, a->pData, a->pType, NULL);
        return;
    }
    case typelib_TypeClass_EXCEPTION: {
        const exception_value *e = src;
        if (e->Message)
            e->Message->refCount++;
        acquire_interface(e->Context);
        break;
    }
    default: break;
    }
    memcpy(dest, src, size_of(t));
}

/* A default value: 0, empty string, empty sequence, void any, null. */
static void construct_default(void *p, typelib_TypeDescriptionReference *t)
{
    memset(p, 0, size_of(t));
    if (t->eTypeClass == typelib_TypeClass_STRING)
        rtl_string2UString(p, "", 0, RTL_TEXTENCODING_UTF8, 0);
    else if (t->eTypeClass == typelib_TypeClass_SEQUENCE) {
        if (!uno_type_sequence_construct(p, t, NULL, 0, NULL))
            abort();
    }
    else if (t->eTypeClass == typelib_TypeClass_ANY)
        uno_type_any_construct(p, NULL, intern(typelib_TypeClass_VOID, "void"), NULL);
}

static void destruct(void *p, typelib_TypeDescriptionReference *t)
{
    switch (t->eTypeClass) {
    case typelib_TypeClass_STRING: rtl_uString_release(*(rtl_uString **)p); break;
    case typelib_TypeClass_SEQUENCE: release_sequence(*(uno_Sequence **)p, t); break;
    case typelib_TypeClass_INTERFACE: {
        uno_Interface *i = *(uno_Interface **)p;
        if (i)
            i->release(i);
        break;
    }
    case typelib_TypeClass_ANY: uno_any_destruct(p, NULL); break;
    case typelib_TypeClass_EXCEPTION: {
        exception_value *e = p;
        rtl_uString_release(e->Message);
        if (e->Context)
            e->Context->release(e->Context);
        break;
    }
    default: break;
    }
}

/* ---- the exported functions ------------------------------------------ */

typelib_TypeDescriptionReference **SAL_CALL
typelib_static_type_getByTypeClass(typelib_TypeClass cls)
{
    static const char *const names[] = {
        [typelib_TypeClass_VOID] = "void",     [typelib_TypeClass_BOOLEAN] = "boolean",
        [typelib_TypeClass_BYTE] = "byte",     [typelib_TypeClass_SHORT] = "short",
        [typelib_TypeClass_LONG] = "long",     [typelib_TypeClass_HYPER] = "hyper",
        [typelib_TypeClass_DOUBLE] = "double", [typelib_TypeClass_STRING] = "string",
        [typelib_TypeClass_TYPE] = "type",     [typelib_TypeClass_ANY] = "any",
    };
    if ((size_t)cls >= sizeof names / sizeof names[0] || !names[cls])
        abort();
    typelib_TypeDescriptionReference *t = intern(cls, names[cls]);
    return &type_ptrs[t - type_table];
}

void SAL_CALL typelib_typedescriptionreference_newByAsciiName(
    typelib_TypeDescriptionReference **ppTDR, typelib_TypeClass eTypeClass, const char *pTypeName)
{
    *ppTDR = intern(eTypeClass, pTypeName); /* interned: nothing to release */
}

sal_Bool SAL_CALL typelib_typedescriptionreference_equals(
    const typelib_TypeDescriptionReference *p1, const typelib_TypeDescriptionReference *p2)
{
    if (p1 == p2)
        return 1;
    if (p1->eTypeClass != p2->eTypeClass || p1->pTypeName->length != p2->pTypeName->length)
        return 0;
    return memcmp(p1->pTypeName->buffer, p2->pTypeName->buffer,
                  sizeof(sal_Unicode) * (size_t)p1->pTypeName->length) == 0;
}

void SAL_CALL uno_type_any_construct(uno_Any *pDest, void *pSource,
                                     typelib_TypeDescriptionReference *pType,
                                     uno_AcquireFunc acquire)
{
    (void)acquire; /* interfaces are acquired through their own acquire */
    pDest->pType = pType;
    pDest->pReserved = NULL;
    pDest->pData = &pDest->pReserved;
    size_t n = size_of(pType);
    if (n == 0)
        return;
    if (n > sizeof(void *)) {
        pDest->pData = malloc(n);
        if (!pDest->pData)
            abort();
    }
    if (pSource)
        copy(pDest->pData, pSource, pType);
    else
        construct_default(pDest->pData, pType);
}

void SAL_CALL uno_any_destruct(uno_Any *pValue, uno_ReleaseFunc release)
{
    (void)release;
    destruct(pValue->pData, pValue->pType);
    if (pValue->pData != &pValue->pReserved)
        free(pValue->pData);
    pValue->pType = intern(typelib_TypeClass_VOID, "void");
    pValue->pData = &pValue->pReserved;
}

void SAL_CALL uno_type_destructData(void *pValue, typelib_TypeDescriptionReference *pType,
                                    uno_ReleaseFunc release)
{
    (void)release;
    destruct(pValue, pType);
}

sal_Bool SAL_CALL uno_type_sequence_construct(uno_Sequence **ppSequence,
                                              typelib_TypeDescriptionReference *pType,
                                              void *pElements, sal_Int32 len,
                                              uno_AcquireFunc acquire)
{
    (void)acquire;
    typelib_TypeDescriptionReference *et = element_type(pType);
    size_t es = size_of(et);
    uno_Sequence *seq = malloc(sizeof(uno_Sequence) + es * (size_t)len);
    if (!seq)
        return 0;
    seq->nRefCount = 1;
    seq->nElements = len;
    for (sal_Int32 i = 0; i < len; i++) {
        void *d = seq->elements + es * (size_t)i;
        if (pElements)
            copy(d, (const char *)pElements + es * (size_t)i, et);
        else
            construct_default(d, et);
    }
    *ppSequence = seq;
    return 1;
}
