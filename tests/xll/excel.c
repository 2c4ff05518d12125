/*
 * excel.c - the stand-in Excel's side of the C API: MdCallBack12, which
 * the XLL finds with GetProcAddress(GetModuleHandle(NULL), ...) as it finds
 * EXCEL.EXE's, answering the calls an XLL makes at xlAutoOpen/xlAutoClose
 * and recording them for contract.c.  Like Excel, it gives every
 * registration a new id, and it keeps track of which ids are live so that
 * a lost or doubled xlfUnregister shows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

registration regs[MAX_REGS];
int nregs, stray_unregisters, stray_set_names, alerts, unexpected_calls, module_freed, ndeleted;
char deleted[MAX_REGS][64];
char last_alert[TEXT_BYTES];
XCHAR *module_name;
char xll_path[MAX_PATH * 3];
const char *fail_register_of;

enum { ID_BASE = 1000 };

static uint32_t type_of(const XLOPER12 *x)
{
    return x ? x->xltype & 0xFFF : 0;
}

void utf8_of(const XLOPER12 *x, char *out, size_t size)
{
    out[0] = '\0';
    if (type_of(x) != xltypeStr || !x->val.str)
        return;
    int n = WideCharToMultiByte(CP_UTF8, 0, (const wchar_t *)x->val.str + 1, x->val.str[0], out,
                                (int)size - 1, NULL, NULL);
    out[n > 0 ? n : 0] = '\0';
}

XCHAR *xchars(const char *utf8)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0); /* with the NUL */
    XCHAR *s = calloc((size_t)n + 1, sizeof *s);
    MultiByteToWideChar(CP_UTF8, 0, utf8, -1, (wchar_t *)s + 1, n);
    s[0] = (XCHAR)(n - 1);
    return s;
}

static int ever_registered(const char *name)
{
    for (int i = 0; i < nregs; i++)
        if (strcmp(regs[i].text[3], name) == 0)
            return 1;
    return 0;
}

static int do_register(int count, LPXLOPER12 *opers, LPXLOPER12 result)
{
    if (count < FIXED_ARGS || count > MAX_REGISTER_ARGS || !result)
        return xlretInvCount;
    if (!check(nregs < MAX_REGS, "the host keeps %d registrations: the XLL made more", MAX_REGS))
        return xlretFailed;
    registration *r = &regs[nregs];
    memset(r, 0, sizeof *r);
    r->nargs = count;
    for (int i = 0; i < count; i++) {
        utf8_of(opers[i], r->text[i], sizeof r->text[i]);
        r->units[i] = type_of(opers[i]) == xltypeStr && opers[i]->val.str ? opers[i]->val.str[0] : -1;
    }
    if (fail_register_of && strcmp(r->text[3], fail_register_of) == 0)
        return xlretFailed; /* not recorded: Excel registered nothing */
    r->macro_type = type_of(opers[5]) == xltypeNum ? opers[5]->val.num : -1;
    r->id = ID_BASE + nregs;
    r->live = 1;
    result->xltype = xltypeNum;
    result->val.num = r->id;
    nregs++;
    return xlretSuccess;
}

static int do_unregister(int count, LPXLOPER12 *opers, LPXLOPER12 result)
{
    if (count != 1 || type_of(opers[0]) != xltypeNum)
        return xlretInvXloper;
    int i = (int)opers[0]->val.num - ID_BASE;
    if (i >= 0 && i < nregs && regs[i].live)
        regs[i].live = 0;
    else
        stray_unregisters++;
    if (result)
        result->xltype = xltypeBool, result->val.xbool = 1;
    return xlretSuccess;
}

/* xlfSetName with a name and no value deletes the name (the documented
 * way to remove a registered function's name). */
static int do_set_name(int count, LPXLOPER12 *opers, LPXLOPER12 result)
{
    char name[TEXT_BYTES];
    utf8_of(count > 0 ? opers[0] : NULL, name, sizeof name);
    if (count == 1 && ever_registered(name) && ndeleted < MAX_REGS) {
        snprintf(deleted[ndeleted++], sizeof deleted[0], "%s", name);
    } else {
        stray_set_names++;
        printf("note: xlfSetName with %d arguments, name \"%s\"\n", count, name);
    }
    if (result)
        result->xltype = xltypeBool, result->val.xbool = 1;
    return xlretSuccess;
}

__declspec(dllexport) int __stdcall MdCallBack12(int xlfn, int count, LPXLOPER12 *opers,
                                                 LPXLOPER12 result)
{
    switch (xlfn) {
    case xlGetName:
        if (count != 0 || !result)
            return xlretInvCount;
        module_name = xchars(xll_path);
        result->xltype = xltypeStr | xlbitXLFree;
        result->val.str = module_name;
        return xlretSuccess;
    case xlFree:
        for (int i = 0; i < count; i++)
            if (type_of(opers[i]) == xltypeStr && module_name && opers[i]->val.str == module_name) {
                free(module_name);
                module_name = NULL;
                module_freed++;
            }
        return xlretSuccess;
    case xlfRegister:
        return do_register(count, opers, result);
    case xlfUnregister:
        return do_unregister(count, opers, result);
    case xlfSetName:
        return do_set_name(count, opers, result);
    case xlcAlert:
        alerts++;
        utf8_of(count > 0 ? opers[0] : NULL, last_alert, sizeof last_alert);
        printf("note: xlcAlert \"%s\"\n", last_alert);
        if (result)
            result->xltype = xltypeBool, result->val.xbool = 1;
        return xlretSuccess;
    default:
        unexpected_calls++;
        printf("note: the XLL called function number %d, which the host does not provide\n", xlfn);
        return xlretInvXlfn;
    }
}
