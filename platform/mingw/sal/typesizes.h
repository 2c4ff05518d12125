/*
 * sal/typesizes.h for Windows x86-64 (LLP64), replacing the SDK's Linux
 * copy (which says long is 8 bytes) in the mingw-w64 build only: with it,
 * sal_Int32 is long and sal_Int64 long long, as in LibreOffice for Windows.
 * platform/mingw/sal/types.h checks the resulting sizes at compile time.
 */
#ifndef CONFIG_TYPESIZES_H
#define CONFIG_TYPESIZES_H

#define SAL_TYPES_ALIGNMENT2 2
#define SAL_TYPES_ALIGNMENT4 4
#define SAL_TYPES_ALIGNMENT8 8
#define SAL_TYPES_SIZEOFSHORT 2
#define SAL_TYPES_SIZEOFINT 4
#define SAL_TYPES_SIZEOFLONG 4
#define SAL_TYPES_SIZEOFLONGLONG 8
#define SAL_TYPES_SIZEOFPOINTER 8

#endif
