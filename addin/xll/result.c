/*
 * result.c - the memory of the XLOPER12 the functions return: allocated
 * here, flagged xlbitDLLFree, and given back here when Excel calls
 * xlAutoFree12 (xll.c).  See xll.h.
 *
 * A result is one HeapAlloc block: the result itself, then its elements
 * when it is an xltypeMulti.  The texts of a table's elements are blocks
 * of their own (their sizes are known only as the table is written), so
 * freeing a result walks its elements; an element function's results hold
 * only numbers and error values, for which the walk does nothing.
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <string.h>

#include "xll.h"

/* The text of every element not written yet: most cells of a region's
 * table are empty, and one shared text spares an allocation each.  Never
 * written (Excel only reads a result), so shared by all threads; never
 * freed (epa_xll_free_result knows it). */
static XCHAR empty_text[1] = { 0 };

/* Returned when memory runs out; never written, so shared by all threads. */
static XLOPER12 no_memory = { .val.err = xlerrNum, .xltype = xltypeErr };

LPXLOPER12 epa_xll_no_memory(void)
{
    return &no_memory;
}

XLOPER12 *epa_xll_new_result(size_t n)
{
    XLOPER12 *x = HeapAlloc(GetProcessHeap(), 0, (n + 1) * sizeof *x);
    if (x)
        x->xltype = xlbitDLLFree;
    return x;
}

LPXLOPER12 epa_xll_error_result(int xlerr)
{
    XLOPER12 *x = epa_xll_new_result(0);
    if (!x)
        return &no_memory;
    x->xltype = xltypeErr | xlbitDLLFree;
    x->val.err = xlerr;
    return x;
}

/* An element's own memory: a text other than the shared empty one.  A
 * cell of a table is written once, but one written twice loses nothing. */
static void free_element(XLOPER12 *x)
{
    if ((x->xltype & 0xFFF) == xltypeStr && x->val.str && x->val.str != empty_text)
        HeapFree(GetProcessHeap(), 0, x->val.str);
}

void epa_xll_empty_text(XLOPER12 *x)
{
    x->xltype = xltypeStr;
    x->val.str = empty_text;
}

bool epa_xll_set_text(XLOPER12 *x, const uint16_t *s, size_t len)
{
    /* Excel's texts hold at most 32,767 units.  Only a pasted name can be
     * longer, and a cell of Excel cannot hold one that long, so this cut
     * is reached only by a caller other than Excel; it never splits a
     * surrogate pair. */
    if (len > EPA_XLL_RESULT_TEXT_MAX) {
        len = EPA_XLL_RESULT_TEXT_MAX;
        if (s[len - 1] >= 0xD800 && s[len - 1] <= 0xDBFF)
            len--;
    }
    if (len == 0) {
        epa_xll_empty_text(x);
        return true;
    }
    XCHAR *t = HeapAlloc(GetProcessHeap(), 0, (len + 1) * sizeof *t);
    if (!t)
        return false;
    t[0] = (XCHAR)len;
    memcpy(t + 1, s, len * sizeof *t);
    free_element(x);
    x->xltype = xltypeStr;
    x->val.str = t;
    return true;
}

void epa_xll_set_number(XLOPER12 *x, double v)
{
    free_element(x);
    x->xltype = xltypeNum;
    x->val.num = v;
}

void epa_xll_free_result(LPXLOPER12 x)
{
    if (!x || !(x->xltype & xlbitDLLFree))
        return;
    if ((x->xltype & 0xFFF) == xltypeMulti && x->val.array.lparray == x + 1) {
        size_t n = (size_t)x->val.array.rows * (size_t)x->val.array.columns;
        for (size_t i = 0; i < n; i++)
            free_element(&x->val.array.lparray[i]);
    }
    free_element(x);
    HeapFree(GetProcessHeap(), 0, x);
}
