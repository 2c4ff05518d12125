/*
 * texts.c - measuring and checking the XLL's registration texts; see
 * texts.h.  Built twice: into the XLL (mingw) and into the build machine's
 * export generator, which fails the build on a text Excel would not take.
 */
#include <string.h>

#include "texts.h"
#include "xll_names.h"

size_t epa_xll_utf16(const char *utf8, uint16_t *out, size_t max)
{
    const unsigned char *p = (const unsigned char *)utf8;
    size_t n = 0;
    while (*p) {
        uint32_t cp = *p++;
        int more = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        if (more)
            cp &= 0x3Fu >> more;
        for (; more > 0 && (*p & 0xC0) == 0x80; more--)
            cp = (cp << 6) | (*p++ & 0x3Fu);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            if (out && n + 2 <= max) {
                out[n] = (uint16_t)(0xD800 + (cp >> 10));
                out[n + 1] = (uint16_t)(0xDC00 + (cp & 0x3FF));
            }
            n += 2;
        } else {
            if (out && n < max)
                out[n] = (uint16_t)cp;
            n++;
        }
    }
    return n;
}

bool epa_xll_arg_text(const epa_function_desc *fn, char *out, size_t size)
{
    size_t used = 0;
    for (int i = 0; i < epa_xll_nparams(fn); i++) {
        const char *name = epa_xll_arg_name(&fn->params[i]);
        size_t len = strlen(name) + (i > 0);
        if (used + len + 1 > size)
            return false;
        if (i > 0)
            out[used++] = ',';
        memcpy(out + used, name, len - (i > 0));
        used += len - (i > 0);
    }
    out[used] = '\0';
    return true;
}

static int within(const epa_function_desc *fn, const char *what, const char *text, FILE *report)
{
    size_t units = epa_xll_utf16(text, NULL, 0);
    if (units <= EPA_XLL_TEXT_MAX)
        return 0;
    fprintf(report, "%s: %s %zu UTF-16 units, Excel takes %d\n", epa_xll_name(fn), what, units,
            EPA_XLL_TEXT_MAX);
    return 1;
}

int epa_xll_text_problems(const epa_function_desc *fn, FILE *report)
{
    int problems = within(fn, "name", epa_xll_name(fn), report);
    problems += within(fn, "category", EPA_XLL_CATEGORY, report);
    char args[EPA_MAX_PARAMS * (EPA_XLL_TEXT_MAX + 1)];
    if (!epa_xll_arg_text(fn, args, sizeof args)) {
        fprintf(report, "%s: argument text longer than %zu bytes\n", epa_xll_name(fn), sizeof args);
        problems++;
    } else {
        problems += within(fn, "argument text", args, report);
    }
    if (fn->excel_desc_nl) {
        problems += within(fn, "Excel help", fn->excel_desc_nl, report);
        /* A shorter Excel text only where the Dutch help does not fit:
         * otherwise Excel would show less than Calc for no reason. */
        size_t units = epa_xll_utf16(fn->desc_nl, NULL, 0);
        if (units <= EPA_XLL_TEXT_MAX) {
            fprintf(report, "%s: an Excel help is given, but the Dutch help (%zu UTF-16 units) fits: "
                    "use EPA_SAME_IN_EXCEL\n", epa_xll_name(fn), units);
            problems++;
        }
    } else {
        problems += within(fn, "function help", fn->desc_nl, report);
    }
    for (int i = 0; i < epa_xll_nparams(fn); i++) {
        char what[64];
        snprintf(what, sizeof what, "help of argument %d (%s)", i + 1, epa_xll_arg_name(&fn->params[i]));
        problems += within(fn, what, epa_xll_arg_help(&fn->params[i]), report);
    }
    return problems;
}
