/*
 * xll.c - the XLL's entry points: Excel loads the DLL, calls xlAutoOpen,
 * which registers every catalogue row through xlfRegister; xlAutoClose
 * unregisters them; xlAutoFree12 frees the results the functions flagged
 * xlbitDLLFree.  See xll.h and docs/excel.md.
 *
 * Excel does not export Excel12/Excel12v: like every XLL, this one finds
 * Excel's callback MdCallBack12 among the exports of the process's main
 * module (EXCEL.EXE) and calls it with the function number, the argument
 * count and the arguments.  Only xlAutoOpen and xlAutoClose call it, on
 * Excel's main thread; the worksheet functions never do, which is what
 * lets them be registered thread-safe ("$").
 */
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <string.h>

#include "xll.h"

enum {
    /* Longest text Excel takes in an xlfRegister argument. */
    MAX_TEXT = 255,
    /* Arguments of xlfRegister before the argument help texts. */
    FIXED_ARGS = 10
};

static epa_mdcallback12 excel_callback;

/* Register ids for xlAutoClose: written only by xlAutoOpen and
 * xlAutoClose, which Excel calls on its main thread. */
static double register_ids[64];
static int registered;

static int excel12v(int xlfn, LPXLOPER12 result, int count, LPXLOPER12 *opers)
{
    if (!excel_callback)
        return xlretFailed;
    return excel_callback(xlfn, count, opers, result);
}

/* An Excel text: the length in unit 0, then at most MAX_TEXT units. */
typedef struct {
    XLOPER12 x;
    XCHAR units[MAX_TEXT + 1];
} text12;

/* UTF-8 (the catalogue's encoding) to the UTF-16 units of t, from unit
 * *len on; stops before MAX_TEXT would be passed, never inside a pair. */
static void append(text12 *t, const char *utf8)
{
    const unsigned char *p = (const unsigned char *)utf8;
    size_t n = t->units[0];
    while (*p) {
        uint32_t cp = *p++;
        int more = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        if (more)
            cp &= 0x3Fu >> more;
        for (; more > 0 && (*p & 0xC0) == 0x80; more--)
            cp = (cp << 6) | (*p++ & 0x3Fu);
        size_t need = cp >= 0x10000 ? 2 : 1;
        if (n + need > MAX_TEXT)
            break;
        if (need == 2) {
            cp -= 0x10000;
            t->units[1 + n++] = (XCHAR)(0xD800 + (cp >> 10));
            t->units[1 + n++] = (XCHAR)(0xDC00 + (cp & 0x3FF));
        } else {
            t->units[1 + n++] = (XCHAR)cp;
        }
    }
    t->units[0] = (XCHAR)n;
}

static LPXLOPER12 text(text12 *t, const char *utf8)
{
    t->units[0] = 0;
    append(t, utf8);
    t->x.xltype = xltypeStr;
    t->x.val.str = t->units;
    return &t->x;
}

/* Registers catalogue row f as procedure proc of the DLL named by dll. */
static int register_function(LPXLOPER12 dll, int f, const char *proc)
{
    const epa_function_desc *fn = &epa_catalogue[f];
    int n = epa_xll_nparams(fn);
    text12 texts[FIXED_ARGS + EPA_MAX_PARAMS];
    LPXLOPER12 args[FIXED_ARGS + EPA_MAX_PARAMS];
    XLOPER12 macro_type = { .val.num = 1, .xltype = xltypeNum };
    char type_text[EPA_MAX_PARAMS + 3];

    /* Q: XLOPER12 values in and out; $: thread-safe. */
    int k = 0;
    type_text[k++] = 'Q';
    for (int i = 0; i < n; i++)
        type_text[k++] = 'Q';
    type_text[k++] = '$';
    type_text[k] = '\0';

    args[0] = dll;
    args[1] = text(&texts[1], proc);
    args[2] = text(&texts[2], type_text);
    args[3] = text(&texts[3], epa_xll_name(fn));
    args[4] = text(&texts[4], "");
    for (int i = 0; i < n; i++) {
        if (i > 0)
            append(&texts[4], ",");
        append(&texts[4], epa_xll_arg_name(&fn->params[i]));
    }
    args[5] = &macro_type; /* 1: a worksheet function */
    args[6] = text(&texts[6], EPA_XLL_CATEGORY);
    args[7] = text(&texts[7], "");  /* no shortcut */
    args[8] = text(&texts[8], "");  /* no help topic */
    args[9] = text(&texts[9], epa_xll_help(fn));
    for (int i = 0; i < n; i++)
        args[FIXED_ARGS + i] = text(&texts[FIXED_ARGS + i],
                                    epa_xll_arg_help(&fn->params[i]));

    XLOPER12 id = { .xltype = xltypeNil };
    if (excel12v(xlfRegister, &id, FIXED_ARGS + n, args) != xlretSuccess)
        return 0;
    if ((id.xltype & ~(uint32_t)xlbitXLFree) != xltypeNum)
        return 0;
    if (registered < (int)(sizeof register_ids / sizeof register_ids[0]))
        register_ids[registered++] = id.val.num;
    return 1;
}

EPA_XLL_EXPORT int __stdcall xlAutoOpen(void)
{
    /* GetProcAddress's FARPROC has no prototype: convert through a plain
     * function pointer type. */
    excel_callback = (epa_mdcallback12)(void (*)(void))GetProcAddress(
        GetModuleHandleW(NULL), "MdCallBack12");
    if (!excel_callback || epa_xll_procedure_count != epa_function_count)
        return 0;
    XLOPER12 dll = { .xltype = xltypeNil };
    if (excel12v(xlGetName, &dll, 0, NULL) != xlretSuccess)
        return 0;
    int ok = (dll.xltype & ~(uint32_t)xlbitXLFree) == xltypeStr;
    registered = 0;
    for (int f = 0; ok && f < epa_function_count; f++)
        ok = register_function(&dll, f, epa_xll_procedures[f]);
    LPXLOPER12 free_args[] = { &dll };
    excel12v(xlFree, NULL, 1, free_args);
    return ok;
}

EPA_XLL_EXPORT int __stdcall xlAutoClose(void)
{
    for (int i = 0; i < registered; i++) {
        XLOPER12 id = { .val.num = register_ids[i], .xltype = xltypeNum };
        LPXLOPER12 args[] = { &id };
        excel12v(xlfUnregister, NULL, 1, args);
    }
    registered = 0;
    return 1;
}

/* Every DLL-allocated result is one HeapAlloc block (call.c). */
EPA_XLL_EXPORT void __stdcall xlAutoFree12(LPXLOPER12 x)
{
    if (x && (x->xltype & xlbitDLLFree))
        HeapFree(GetProcessHeap(), 0, x);
}

/* The add-in's name in Excel's Add-ins dialog (action 1); Excel calls it
 * on its main thread, so one static text serves. */
EPA_XLL_EXPORT LPXLOPER12 __stdcall xlAddInManagerInfo12(LPXLOPER12 action)
{
    static text12 name;
    static XLOPER12 not_known = { .val.err = xlerrValue, .xltype = xltypeErr };
    uint32_t t = action ? action->xltype & ~(uint32_t)(xlbitXLFree | xlbitDLLFree) : 0;
    if ((t == xltypeNum && action->val.num == 1) || (t == xltypeInt && action->val.w == 1))
        return text(&name, EPA_XLL_ADDIN_NAME);
    return &not_known;
}
