/*
 * sal/types.h for the mingw-w64 (GCC, Windows x86-64) build: wraps the SDK's
 * own header, which knows Windows only with MSVC and stops with "unknown
 * platform" for GCC on _WIN32.  It is read as if for a GCC Unix build
 * (SAL_UNX), then the linkage and calling-convention macros are set to what
 * LibreOffice's Windows build uses: __declspec(dllexport/dllimport) and
 * __cdecl.  Everything else (the #pragma pack(8) of the UNO structs,
 * sal_Unicode as wchar_t) already follows _WIN32 in the SDK headers.
 * Found before the SDK by -Iplatform/mingw, in the Windows build only.
 */
#ifndef EPA_MINGW_SAL_TYPES_H
#define EPA_MINGW_SAL_TYPES_H

#if !defined(_WIN32) || !defined(__GNUC__) || defined(_MSC_VER)
#error "platform/mingw is for the mingw-w64 GCC build only"
#endif

#ifndef SAL_UNX
#define SAL_UNX
#define EPA_MINGW_SAL_UNX
#endif
#include_next <sal/types.h>
#ifdef EPA_MINGW_SAL_UNX
#undef SAL_UNX
#undef EPA_MINGW_SAL_UNX
#endif

#undef SAL_CALL
#undef SAL_DLLPUBLIC_EXPORT
#undef SAL_DLLPUBLIC_IMPORT
#undef SAL_JNI_EXPORT
#undef SAL_DLLPRIVATE
#undef SAL_DLLPUBLIC_TEMPLATE
#undef SAL_DLLPUBLIC_RTTI
#define SAL_CALL __cdecl
#define SAL_DLLPUBLIC_EXPORT __declspec(dllexport)
#define SAL_DLLPUBLIC_IMPORT __declspec(dllimport)
#define SAL_JNI_EXPORT __declspec(dllexport)
#define SAL_DLLPRIVATE
#define SAL_DLLPUBLIC_TEMPLATE
#define SAL_DLLPUBLIC_RTTI

/* LLP64 and the UNO binary layout, as LibreOffice for Windows has them. */
_Static_assert(sizeof(long) == 4 && sizeof(void *) == 8, "Windows x86-64 is LLP64");
_Static_assert(sizeof(sal_Int16) == 2 && sizeof(sal_Int32) == 4 && sizeof(sal_Int64) == 8,
               "sal integer sizes");
_Static_assert(sizeof(sal_uInt32) == 4 && sizeof(sal_uInt64) == 8, "sal unsigned sizes");
_Static_assert(sizeof(sal_Unicode) == 2, "sal_Unicode is UTF-16");
_Static_assert(sizeof(sal_Size) == 8 && sizeof(sal_IntPtr) == 8, "sal pointer-sized types");
_Static_assert(SAL_SEQUENCE_HEADER_SIZE == 8, "sequence header: two sal_Int32");

#endif /* EPA_MINGW_SAL_TYPES_H */
