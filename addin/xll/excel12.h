/*
 * excel12.h - the few declarations of Excel's C API (the "XLL" interface,
 * Excel 2007 and later, "12" variants) that the add-in needs, written from
 * Microsoft's documented layouts and constants ("Excel XLL SDK reference":
 * XLOPER12, xlfRegister, Excel12/Excel12v, xlAutoOpen, xlAutoFree12,
 * "Data Types Used by Excel").  Not a copy of the SDK's xlcall.h.
 *
 * Windows x64 only: XLOPER12 is 32 bytes there (a 24-byte value union and
 * a 4-byte type word, 8-byte aligned); the static assertions check it.
 */
#ifndef EPA_EXCEL12_H
#define EPA_EXCEL12_H

#include <stddef.h>
#include <stdint.h>

typedef uint16_t XCHAR;       /* a UTF-16 code unit (Windows WCHAR) */
typedef int32_t RW;           /* a row in Excel 2007's grid */
typedef int32_t COL;          /* a column */
typedef uintptr_t IDSHEET;    /* a sheet id (DWORD_PTR) */

typedef struct {
    RW rwFirst, rwLast;
    COL colFirst, colLast;
} XLREF12;

typedef struct {
    uint16_t count;
    XLREF12 reftbl[1];        /* count entries */
} XLMREF12;

typedef struct xloper12 {
    union {
        double num;           /* xltypeNum */
        XCHAR *str;           /* xltypeStr: str[0] is the length, no NUL */
        int32_t xbool;        /* xltypeBool */
        int32_t err;          /* xltypeErr: an xlerr* code */
        int32_t w;            /* xltypeInt */
        struct {
            uint16_t count;
            XLREF12 ref;
        } sref;               /* xltypeSRef */
        struct {
            XLMREF12 *lpmref;
            IDSHEET idSheet;
        } mref;               /* xltypeRef */
        struct {
            struct xloper12 *lparray; /* rows * columns, row by row */
            RW rows;
            COL columns;
        } array;              /* xltypeMulti */
        struct {
            union {
                int32_t level;
                int32_t tbctrl;
                IDSHEET idSheet;
            } valflow;
            RW rw;
            COL col;
            uint8_t xlflow;
        } flow;               /* xltypeFlow */
        struct {
            union {
                uint8_t *lpbData;
                void *hdata;
            } h;
            long cbData;
        } bigdata;            /* xltypeBigData */
    } val;
    uint32_t xltype;
} XLOPER12, *LPXLOPER12;

_Static_assert(sizeof(XLREF12) == 16, "XLREF12 is 16 bytes");
_Static_assert(sizeof(void *) == 8, "this declaration is for 64-bit Excel");
_Static_assert(sizeof(XLOPER12) == 32, "XLOPER12 is 32 bytes on x64");
_Static_assert(offsetof(XLOPER12, xltype) == 24, "xltype follows the 24-byte value");
_Static_assert(offsetof(XLOPER12, val.array.rows) == 8 &&
               offsetof(XLOPER12, val.array.columns) == 12, "array: pointer, rows, columns");
_Static_assert(offsetof(XLOPER12, val.sref.ref) == 4, "sref: count, then the reference");

/* xltype: the kind of value (one of these), plus the two memory bits. */
enum {
    xltypeNum = 0x0001,
    xltypeStr = 0x0002,
    xltypeBool = 0x0004,
    xltypeRef = 0x0008,
    xltypeErr = 0x0010,
    xltypeFlow = 0x0020,
    xltypeMulti = 0x0040,
    xltypeMissing = 0x0080,
    xltypeNil = 0x0100,
    xltypeSRef = 0x0400,
    xltypeInt = 0x0800,
    xlbitXLFree = 0x1000,     /* Excel allocated it: give it back with xlFree */
    xlbitDLLFree = 0x4000,    /* the DLL allocated it: Excel calls xlAutoFree12 */
    xltypeBigData = xltypeStr | xltypeInt
};

/* Error values (xltypeErr): #NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?,
 * #NUM!, #N/A. */
enum {
    xlerrNull = 0,
    xlerrDiv0 = 7,
    xlerrValue = 15,
    xlerrRef = 23,
    xlerrName = 29,
    xlerrNum = 36,
    xlerrNA = 42
};

/* Return codes of Excel12/Excel12v. */
enum {
    xlretSuccess = 0,
    xlretAbort = 1,
    xlretInvXlfn = 2,
    xlretInvCount = 4,
    xlretInvXloper = 8,
    xlretStackOvfl = 16,
    xlretFailed = 32,
    xlretUncalced = 64,
    xlretNotThreadSafe = 128
};

/* Function numbers: the C API's own (xlSpecial set), the worksheet and
 * macro functions' numbers (SET.NAME is 88, REGISTER 149, UNREGISTER 201)
 * and the commands' (xlCommand set: ALERT is 118). */
enum {
    xlSpecial = 0x4000,
    xlCommand = 0x8000,
    xlFree = 0 | xlSpecial,
    xlGetName = 9 | xlSpecial,
    xlfSetName = 88,
    xlfRegister = 149,
    xlfUnregister = 201,
    xlcAlert = 118 | xlCommand
};

/* Excel's callback, exported by EXCEL.EXE (and by the test host). */
typedef int (__stdcall *epa_mdcallback12)(int xlfn, int count,
                                          LPXLOPER12 *opers, LPXLOPER12 result);

#endif /* EPA_EXCEL12_H */
