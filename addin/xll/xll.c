/*
 * xll.c - the XLL's entry points, kept to Microsoft's documented contract
 * (xlAutoOpen, xlfRegister, xlAutoClose): Excel loads the DLL and calls
 * xlAutoOpen, which registers every catalogue row through xlfRegister;
 * xlAutoClose unregisters every id and deletes every name; xlAutoFree12
 * frees the results the functions flagged xlbitDLLFree.  See xll.h and
 * docs/excel.md.
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

#include <stdio.h>
#include <string.h>

#include "xll.h"

enum {
    /* Arguments of xlfRegister before the argument help texts. */
    FIXED_ARGS = 10,
    /* The help texts: one per argument, then an empty one, because Excel
     * may drop the last characters of the last argument's help otherwise
     * ("Known issues in Excel XLL development"). */
    HELP_TEXTS = EPA_MAX_PARAMS + 1,
    /* An alert's message: one line naming the function and the failure. */
    MESSAGE_BYTES = 200
};

static epa_mdcallback12 excel_callback;

static int excel12v(int xlfn, LPXLOPER12 result, int count, LPXLOPER12 *opers)
{
    if (!excel_callback)
        return xlretFailed;
    return excel_callback(xlfn, count, opers, result);
}

/* An Excel text: the length in unit 0, then at most EPA_XLL_TEXT_MAX units. */
typedef struct {
    XLOPER12 x;
    XCHAR units[EPA_XLL_TEXT_MAX + 1];
} text12;

/* utf8 as an Excel text in t, or NULL when it is longer than Excel takes:
 * never cut (the build refuses such a catalogue text; this holds the line
 * for any other). */
static LPXLOPER12 text(text12 *t, const char *utf8)
{
    size_t n = epa_xll_utf16(utf8, t->units + 1, EPA_XLL_TEXT_MAX);
    if (n > EPA_XLL_TEXT_MAX)
        return NULL;
    t->units[0] = (XCHAR)n;
    t->x.xltype = xltypeStr;
    t->x.val.str = t->units;
    return &t->x;
}

/* Tells the user in Excel's alert box; message is short ASCII and names
 * what failed (it is also the only trace a failed registration leaves). */
static void alert(const char *message)
{
    text12 t;
    LPXLOPER12 args[] = { text(&t, message) };
    if (args[0])
        excel12v(xlcAlert, NULL, 1, args);
}

/* Registers catalogue row f as procedure proc of the DLL named by dll;
 * on failure says what failed in why. */
static bool register_function(LPXLOPER12 dll, int f, const char *proc, char *why, size_t size)
{
    const epa_function_desc *fn = &epa_catalogue[f];
    int n = epa_xll_nparams(fn);
    text12 texts[FIXED_ARGS + HELP_TEXTS];
    LPXLOPER12 args[FIXED_ARGS + HELP_TEXTS];
    XLOPER12 macro_type = { .val.num = 1, .xltype = xltypeNum };
    char type_text[EPA_MAX_PARAMS + 3];
    char arg_text[EPA_MAX_PARAMS * (EPA_XLL_TEXT_MAX + 1)];

    /* Q: XLOPER12 values in and out; $: thread-safe. */
    int k = 0;
    type_text[k++] = 'Q';
    for (int i = 0; i < n; i++)
        type_text[k++] = 'Q';
    type_text[k++] = '$';
    type_text[k] = '\0';
    bool args_fit = epa_xll_arg_text(fn, arg_text, sizeof arg_text);

    args[0] = dll;
    args[1] = text(&texts[1], proc);
    args[2] = text(&texts[2], type_text);
    args[3] = text(&texts[3], epa_xll_name(fn));
    args[4] = args_fit ? text(&texts[4], arg_text) : NULL;
    args[5] = &macro_type; /* 1: a worksheet function */
    args[6] = text(&texts[6], EPA_XLL_CATEGORY);
    args[7] = text(&texts[7], "");  /* no shortcut */
    args[8] = text(&texts[8], "");  /* no help topic */
    args[9] = text(&texts[9], epa_xll_help(fn));
    for (int i = 0; i < n; i++)
        args[FIXED_ARGS + i] = text(&texts[FIXED_ARGS + i], epa_xll_arg_help(&fn->params[i]));
    args[FIXED_ARGS + n] = text(&texts[FIXED_ARGS + n], "");
    int count = FIXED_ARGS + n + 1;
    for (int i = 0; i < count; i++)
        if (!args[i]) {
            snprintf(why, size, "xlfRegister-tekst %d langer dan %d tekens", i + 1, EPA_XLL_TEXT_MAX);
            return false;
        }

    XLOPER12 id = { .xltype = xltypeNil };
    int ret = excel12v(xlfRegister, &id, count, args);
    if (ret != xlretSuccess) {
        snprintf(why, size, "xlfRegister gaf fout %d", ret);
        return false;
    }
    if ((id.xltype & ~(uint32_t)xlbitXLFree) != xltypeNum) {
        snprintf(why, size, "xlfRegister gaf geen register-id (type %u)", (unsigned)id.xltype);
        return false;
    }
    epa_xll_registrations[f] = (epa_xll_registration){ id.val.num, true };
    return true;
}

/* Undoes every registration Excel holds: the function's name deleted
 * (xlfSetName with the name and no value, as the xlfRegister and
 * xlAutoClose pages say: xlfUnregister alone leaves it), then the id. */
static void unregister_all(void)
{
    for (int f = 0; f < epa_xll_procedure_count; f++) {
        epa_xll_registration *r = &epa_xll_registrations[f];
        if (!r->live)
            continue;
        text12 name;
        LPXLOPER12 name_args[] = { text(&name, epa_xll_name(&epa_catalogue[f])) };
        if (name_args[0])
            excel12v(xlfSetName, NULL, 1, name_args);
        XLOPER12 id = { .val.num = r->id, .xltype = xltypeNum };
        LPXLOPER12 id_args[] = { &id };
        excel12v(xlfUnregister, NULL, 1, id_args);
        r->live = false;
    }
}

/* Always 1 (Microsoft: xlAutoOpen returns 1): a function that could not be
 * registered is named in an alert, and the others are registered. */
EPA_XLL_EXPORT int __stdcall xlAutoOpen(void)
{
    /* GetProcAddress's FARPROC has no prototype: convert through a plain
     * function pointer type. */
    excel_callback = (epa_mdcallback12)(void (*)(void))GetProcAddress(
        GetModuleHandleW(NULL), "MdCallBack12");
    if (!excel_callback)
        return 1; /* no Excel to register with, nor to tell */
    /* Opened again without a close: the earlier ids are undone, not lost. */
    unregister_all();
    char message[MESSAGE_BYTES];
    if (epa_xll_procedure_count != epa_function_count) {
        snprintf(message, sizeof message, EPA_XLL_ADDIN_NAME ": %d procedures for %d functions; niets geregistreerd",
                 epa_xll_procedure_count, epa_function_count);
        alert(message);
        return 1;
    }
    XLOPER12 dll = { .xltype = xltypeNil };
    int ret = excel12v(xlGetName, &dll, 0, NULL);
    if (ret != xlretSuccess || (dll.xltype & ~(uint32_t)xlbitXLFree) != xltypeStr) {
        snprintf(message, sizeof message, EPA_XLL_ADDIN_NAME ": xlGetName gaf fout %d; niets geregistreerd", ret);
        alert(message);
        return 1;
    }
    int failed = 0;
    char first[MESSAGE_BYTES] = "";
    for (int f = 0; f < epa_function_count; f++) {
        char why[120];
        if (register_function(&dll, f, epa_xll_procedures[f], why, sizeof why))
            continue;
        if (failed++ == 0)
            snprintf(first, sizeof first, "%s niet geregistreerd: %s", epa_xll_name(&epa_catalogue[f]), why);
    }
    LPXLOPER12 free_args[] = { &dll };
    excel12v(xlFree, NULL, 1, free_args);
    if (failed) {
        snprintf(message, sizeof message, EPA_XLL_ADDIN_NAME ": %s", first);
        if (failed > 1)
            snprintf(message + strlen(message), sizeof message - strlen(message), " (en %d andere)", failed - 1);
        alert(message);
    }
    return 1;
}

EPA_XLL_EXPORT int __stdcall xlAutoClose(void)
{
    unregister_all();
    return 1;
}

/* Every result flagged xlbitDLLFree, with the texts of its elements
 * (result.c). */
EPA_XLL_EXPORT void __stdcall xlAutoFree12(LPXLOPER12 x)
{
    epa_xll_free_result(x);
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
