/* pdf_fonts.c - whether the PDF an engine printed is in the font the
 * document asks for.
 *
 * Write stage, after the engine (pdf.c). The documents ask for Times New
 * Roman, as Nghị định 30 requires (templates/docx-styles.xml, plan.css);
 * the engine prints with what fontconfig finds. Debian installs no Times
 * New Roman, and LibreOffice or Chromium installed without their
 * recommended packages find no font with its metrics either (Liberation
 * Serif, Tinos): LibreOffice then printed the plan in DejaVu Sans, a sans
 * serif, Chromium in "DejaVu Math TeX Gyre", two pages longer, and khgen
 * said nothing and exited 0 (session 16's user, F1) - the copy the leader
 * signs. The PDF names every font it embeds in a /BaseFont entry of a font
 * dictionary (ISO 32000-1, 9.6.2 and 9.7.4; a subset's name is prefixed
 * with six capitals and "+", 9.6.4): when it names fonts and none of them
 * is Times New Roman or a font made with its metrics, the print is not the
 * document, and pdf.c refuses it (KH904). A font for a few glyphs Times
 * New Roman lacks beside it is no fault. A PDF whose font dictionaries sit
 * in compressed object streams names none readably, and is taken as it is.
 * A template that asks for another font (a province's docx-styles.xml or
 * plan.css) is not checked: only the template says what was meant.
 */
#include "pdf_fonts.h"

#include <ctype.h>
#include <string.h>

/* Fonts with Times New Roman's metrics, as fontconfig's
 * 30-metric-aliases.conf lists them: the same line and page breaks. Each
 * is compared with a font's name lowercased, its spaces, dashes and
 * subset prefix dropped, as its beginning ("timesnewromanpsmt",
 * "liberationserifbold"). */
static const char *const times_like[] = {"timesnewroman", "liberationserif", "tinos",
                                         "thorndale", NULL};

/* The most font names a message lists. */
enum { FONTS_LISTED = 4 };

/* Whether text[0..len) holds the ASCII word w. */
static int holds(const char *text, size_t len, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= len; i++)
        if (text[i] == w[0] && memcmp(text + i, w, k) == 0)
            return 1;
    return 0;
}

int pdf_fonts_template_wants_times(const char *text, size_t len)
{
    return text && holds(text, len, "Times New Roman");
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A PDF delimiter or white space ends a name (ISO 32000-1, 7.2.2). */
static int ends_name(char c)
{
    return strchr(" \t\r\n\f/[]<>(){}%", c) != NULL || c == '\0';
}

/* The name after "/BaseFont" at p (end e), its #xx escapes decoded and its
 * subset prefix dropped, into name (cap bytes, NUL-terminated). */
static void read_name(const char *p, const char *e, char *name, size_t cap)
{
    while (p < e && *p && strchr(" \t\r\n\f", *p))
        p++;
    size_t n = 0;
    if (p < e && *p == '/') {
        p++;
        while (p < e && !ends_name(*p)) {
            char c = *p++;
            if (c == '#' && e - p >= 2 && hexval(p[0]) >= 0 && hexval(p[1]) >= 0) {
                c = (char)(hexval(p[0]) * 16 + hexval(p[1]));
                p += 2;
            }
            if (n + 1 < cap)
                name[n++] = c;
        }
    }
    name[n] = '\0';
    if (n > 7 && name[6] == '+') {
        int prefix = 1;
        for (int i = 0; i < 6; i++)
            prefix &= name[i] >= 'A' && name[i] <= 'Z';
        if (prefix)
            memmove(name, name + 7, n - 6);
    }
}

/* Whether name begins with word (lower-case letters and digits) once its
 * characters that are no letter or digit are skipped and its letters
 * lowercased ("Times New Roman,Italic" begins with "timesnewroman"): read
 * in place, as long as name is. */
static int begins_like(const char *name, const char *word)
{
    const char *s = name;
    for (const char *w = word; *w; w++, s++) {
        while (*s && !isalnum((unsigned char)*s))
            s++;
        if (tolower((unsigned char)*s) != *w)
            return 0;
    }
    return 1;
}

static int times_compatible(const char *name)
{
    for (int i = 0; times_like[i]; i++)
        if (begins_like(name, times_like[i]))
            return 1;
    return 0;
}

static int lack_times(const char *pdf, size_t len, Buf *names)
{
    static const char key[] = "/BaseFont";
    const size_t k = sizeof key - 1;
    const char *e = pdf + len;
    int seen = 0, listed = 0, more = 0, times = 0;
    char shown[FONTS_LISTED][128];
    for (const char *p = pdf; p && (size_t)(e - p) > k;) {
        p = memchr(p, '/', (size_t)(e - p));
        if (!p || (size_t)(e - p) <= k)
            break;
        if (memcmp(p, key, k) != 0 || !ends_name(p[k])) {
            p++;
            continue;
        }
        char name[128];
        read_name(p + k, e, name, sizeof name);
        p += k;
        if (!*name)
            continue;
        seen = 1;
        if (times_compatible(name)) {
            times = 1;
            break;
        }
        int dup = 0;
        for (int i = 0; i < listed; i++)
            dup |= strcmp(shown[i], name) == 0;
        if (dup)
            continue;
        if (listed < FONTS_LISTED) {
            memcpy(shown[listed], name, sizeof name);
            buf_printf(names, "%s%s", listed ? ", " : "", name);
            listed++;
        } else if (!more) {
            buf_puts(names, ", ...");
            more = 1;
        }
    }
    return seen && !times;
}

int pdf_fonts_refuse(DiagSink *diags, SrcPos where, const char *engine, const char *pdf,
                     size_t len)
{
    Buf fonts = {0};
    int refused = lack_times(pdf, len, &fonts);
    if (refused)
        diag_error(diags, where, 0, KH904, "cannot write '%s': %s printed it in %s, not in Times "
                   "New Roman, which the document asks for (Nghị định 30): this machine has no "
                   "Times New Roman nor a font with its metrics; install one (sudo apt-get "
                   "install fonts-liberation2, whose Liberation Serif has them), check with "
                   "fc-match 'Times New Roman', and build again",
                   where.file, engine, fonts.data);
    buf_free(&fonts);
    return refused;
}
