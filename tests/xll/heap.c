/*
 * heap.c - whether a result's memory is given back: the blocks the XLL
 * allocated for a result (the result itself and each text of its
 * elements), looked up among the busy blocks of the process heap, where
 * the XLL allocates them (addin/xll/result.c), before and after
 * xlAutoFree12.  A text left behind, or a text that is no heap block of
 * its own (so that freeing it would corrupt the heap), shows as a count.
 */
#include <stdlib.h>

#include "host.h"

static int by_address(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(void *const *)a, y = (uintptr_t)*(void *const *)b;
    return x < y ? -1 : x > y;
}

int result_blocks(const XLOPER12 *x, void **blocks, int max)
{
    int n = 0;
    if (max < 1)
        return 0;
    blocks[n++] = (void *)x;
    const XLOPER12 *e = x;
    int count = 1;
    if ((x->xltype & 0xFFF) == xltypeMulti) {
        e = x->val.array.lparray;
        count = x->val.array.rows * x->val.array.columns;
    }
    /* An empty text may be shared and static: it owns no block. */
    for (int i = 0; i < count && n < max; i++)
        if ((e[i].xltype & 0xFFF) == xltypeStr && e[i].val.str && e[i].val.str[0] > 0)
            blocks[n++] = e[i].val.str;
    return n;
}

int heap_busy(void **blocks, int n)
{
    qsort(blocks, (size_t)n, sizeof *blocks, by_address);
    PROCESS_HEAP_ENTRY entry = { 0 };
    HANDLE heap = GetProcessHeap();
    int found = 0;
    HeapLock(heap);
    while (HeapWalk(heap, &entry))
        if ((entry.wFlags & PROCESS_HEAP_ENTRY_BUSY) &&
            bsearch(&entry.lpData, blocks, (size_t)n, sizeof *blocks, by_address))
            found++;
    HeapUnlock(heap);
    return found;
}
