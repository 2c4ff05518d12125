/*
 * sal3.c - test stand-in for LibreOffice's sal3.dll, for running the
 * Windows component under Wine (tests/wine/driver.c).  It is NOT
 * LibreOffice's sal: it implements only the rtl_uString functions the
 * component imports (platform/uno-imports), with the binary layout of
 * rtl/ustring.h (refCount, length, UTF-16 buffer), and UTF-8 only.
 */
#include <stdlib.h>
#include <string.h>

#include <rtl/string.h>
#include <rtl/ustring.h>

/* Decodes one UTF-8 sequence at s[*i] (n bytes in all); U+FFFD when bad. */
static unsigned decode(const unsigned char *s, sal_Int32 n, sal_Int32 *i)
{
    unsigned c = s[(*i)++];
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c >= 0x80 && more == 0)
        return 0xFFFD;
    c &= more == 3 ? 0x07 : more == 2 ? 0x0F : more == 1 ? 0x1F : 0x7F;
    for (; more > 0; more--) {
        if (*i >= n || (s[*i] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (s[(*i)++] & 0x3F);
    }
    return c > 0x10FFFF ? 0xFFFD : c;
}

/* Ends a new string s of len units and puts it in *newStr, releasing what
 * was there (as sal does: *newStr may hold a string already). */
static void finish(rtl_uString **newStr, rtl_uString *s, sal_Int32 len)
{
    s->buffer[len] = 0;
    s->length = len;
    s->refCount = 1;
    if (*newStr)
        rtl_uString_release(*newStr);
    *newStr = s;
}

void SAL_CALL rtl_string2UString(rtl_uString **newStr, const char *str, sal_Int32 len,
                                 rtl_TextEncoding encoding, sal_uInt32 convertFlags)
{
    (void)encoding; /* the component converts UTF-8 only */
    (void)convertFlags;
    rtl_uString *s = malloc(sizeof(rtl_uString) + 2 * sizeof(sal_Unicode) * (size_t)len);
    if (!s)
        abort();
    sal_Int32 out = 0;
    for (sal_Int32 i = 0; i < len;) {
        unsigned c = decode((const unsigned char *)str, len, &i);
        if (c >= 0x10000) {
            s->buffer[out++] = (sal_Unicode)(0xD800 + ((c - 0x10000) >> 10));
            s->buffer[out++] = (sal_Unicode)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            s->buffer[out++] = (sal_Unicode)c;
        }
    }
    finish(newStr, s, out);
}

/* A copy of len UTF-16 units (the component's table texts). */
void SAL_CALL rtl_uString_newFromStr_WithLength(rtl_uString **newStr, const sal_Unicode *value,
                                                sal_Int32 len)
{
    if (len < 0)
        len = 0;
    rtl_uString *s = malloc(sizeof(rtl_uString) + sizeof(sal_Unicode) * (size_t)len);
    if (!s)
        abort();
    if (len > 0)
        memcpy(s->buffer, value, sizeof(sal_Unicode) * (size_t)len);
    finish(newStr, s, len);
}

void SAL_CALL rtl_uString_release(rtl_uString *str)
{
    if (str && --str->refCount == 0)
        free(str);
}
