/* load_nbsp.c - a no-break space where YAML's syntax needs a plain space.
 *
 * Word and PDF copies put a no-break space (U+00A0) for a space. In a text
 * it prints as one; in YAML's syntax it is no blank at all: "date:\u00a0
 * 2024-01" is one plain word with no ': ', "-\u00a0UBND tỉnh" a text that
 * begins with a dash, not a list item, and "\u00a0 place:" a line that
 * begins with text, not indented. libyaml then reports what it met next
 * ("could not find expected ':'", a line off, or "mapping values are not
 * allowed"), and the source line a message prints shows the character as a
 * space: the drafter could not find it (s35attack M5). The loader asks
 * here, around libyaml's mark and at each plain value that begins a line,
 * for such a character where YAML needs a space - in a line's indentation
 * before a key or a list item, right after a list item's '-', or right
 * after a key's ':' at the start of a line - and names it at its own
 * line:col (KH005). Anywhere else (inside a text) it is left alone.
 */
#include "load_impl.h"

#include "i18n.h"

/* 1 if s[0..] (before end) is U+00A0's two bytes. */
static int is_nbsp(const char *s, const char *end)
{
    return end - s >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0;
}

/* The length of an ASCII key at s followed by ':' (with it), or 0. */
static size_t key_colon(const char *s, const char *end)
{
    size_t n = 0;
    while (s + n < end && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
                           (s[n] >= '0' && s[n] <= '9') || s[n] == '_'))
        n++;
    return n && s + n < end && s[n] == ':' ? n + 1 : 0;
}

/* 1 if s begins YAML syntax: a list item's '-' and a blank, or a key, its
 * ':' and a blank or the end of the line (le). */
static int syntax_follows(const char *s, const char *le)
{
    if (s < le && *s == '-' && (s + 1 == le || s[1] == ' ' || is_nbsp(s + 1, le)))
        return 1;
    size_t k = key_colon(s, le);
    return k && (s + k == le || s[k] == ' ' || is_nbsp(s + k, le));
}

/* The U+00A0 of the line [bol, le) that stands where YAML needs a space,
 * or NULL; *role receives what YAML needed it for. */
static const char *line_nbsp(const char *bol, const char *le, const char **role)
{
    const char *p = bol, *nb = NULL;
    while (p < le && (*p == ' ' || *p == '\t' || is_nbsp(p, le))) {
        if (!nb && is_nbsp(p, le))
            nb = p;
        p += *p == ' ' || *p == '\t' ? 1 : 2;
    }
    if (nb && syntax_follows(p, le)) {
        *role = N_("in the indentation");
        return nb;
    }
    if (nb)
        return NULL; /* a text's own first character */
    while (p < le && *p == '-' && p + 1 < le && p[1] == ' ') /* "- - key:" */
        for (p++; p < le && *p == ' '; p++)
            ;
    if (p < le && *p == '-' && is_nbsp(p + 1, le)) {
        *role = N_("after a list item's '-'");
        return p + 1;
    }
    size_t k = key_colon(p, le);
    if (k && is_nbsp(p + k, le)) {
        *role = N_("after a key's ':'");
        return p + k;
    }
    return NULL;
}

/* 1 if the byte at offset at lies in one of the n spans. */
static int in_text(size_t at, const LoadSpan *spans, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (at >= spans[i].from && at < spans[i].to)
            return 1;
    return 0;
}

const char *load_nbsp_in_syntax(const char *text, const char *from, const char *to,
                                const char *end, const LoadSpan *spans, size_t n_spans,
                                const char **role)
{
    const char *bol = from;
    while (bol > text && bol[-1] != '\n')
        bol--;
    while (bol <= to && bol < end) {
        const char *le = memchr(bol, '\n', (size_t)(end - bol));
        le = le ? le : end;
        const char *nb = line_nbsp(bol, le, role);
        if (nb && !in_text((size_t)(nb - text), spans, n_spans))
            return nb;
        bol = le + 1;
    }
    return NULL;
}

const char *load_nbsp_at_value(const char *text, const char *s, const char *end,
                               const char **role)
{
    size_t k = key_colon(s, end);
    if (!is_nbsp(s, end) && !(*s == '-' && is_nbsp(s + 1, end)) && !(k && is_nbsp(s + k, end)))
        return NULL; /* most values: at once */
    /* the value begins its line: only blanks and list dashes before it
     * (a run of this value's own, so the values of a line cost it once) */
    const char *b = s;
    while (b > text && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '-' ||
                        (b - 2 >= text && is_nbsp(b - 2, end))))
        b -= b[-1] == ' ' || b[-1] == '\t' || b[-1] == '-' ? 1 : 2;
    if (b > text && b[-1] != '\n')
        return NULL;
    const char *nb = line_nbsp(b, end, role);
    return nb && nb >= s ? nb : NULL;
}

void load_nbsp_report(DiagSink *diags, SrcPos pos, const char *role)
{
    diag_error(diags, pos, 1, KH005,
               "YAML syntax error: a no-break space (U+00A0) %s, where YAML needs a plain space "
               "(it shows as a space, pasted from Word or a PDF); replace it with a space",
               _(role));
}
