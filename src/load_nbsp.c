/* load_nbsp.c - a no-break space, or a word processor's lookalike of a
 * '-' or a ':', where YAML's syntax needs the plain character.
 *
 * Word and PDF copies put a no-break space (U+00A0) for a space. In a text
 * it prints as one; in YAML's syntax it is no blank at all: "date:\u00a0
 * 2024-01" is one plain word with no ': ', "-\u00a0UBND tỉnh" a text that
 * begins with a dash, not a list item, and "\u00a0 place:" a line that
 * begins with text, not indented. libyaml then reports what it met next
 * ("could not find expected ':'", a line off, or "mapping values are not
 * allowed"), and the source line a message prints shows the character as a
 * space: the drafter could not find it (s35attack M5). So too Word's
 * AutoFormat and the input methods of an office PC: a list item's "- "
 * typed in Word becomes an en dash or a bullet ("– kind: QĐ", "• UBND
 * tỉnh"), and a ':' typed in an input method's wide mode a full-width one
 * ("name： Phòng Nội vụ", "- bullet： Khai thác ..."): YAML reads a text
 * where the drafter sees a list item or a key, and a list item's text that
 * began "bullet： " printed it, exit 0 (s38slip). The loader asks here,
 * around libyaml's mark and at each plain value that begins a line, for
 * such a character where YAML needs a space, a '-' or a ':' - in a line's
 * indentation before a key or a list item, right after a list item's '-',
 * in place of a list item's '-' (a dash or bullet and a blank, where no
 * '- ' stands before it on the line), or right after a line's first key in
 * small ASCII letters, in place of its ':' or after it - and names it at
 * its own line:col (KH005). Anywhere else (inside a text) it is left
 * alone: "- – Tổ chức" is an item whose text begins with an en dash.
 */
#include "load_impl.h"

#include "i18n.h"
#include "vi.h"

/* The length of a blank at s (before end) that shows as a space and is
 * none to YAML: U+00A0's two bytes, or the three of an ideographic space
 * (U+3000, an input method's), a narrow no-break space (U+202F) or a space
 * of a set width (U+2000-U+200A, a document's); else 0. */
static int is_nbsp(const char *s, const char *end)
{
    const unsigned char *u = (const unsigned char *)s;
    if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (end - s >= 3 && ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||
                         (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] <= 0x8A))))
        return 3;
    return 0;
}

/* The length of such a blank that ends right before b (not before text). */
static int nbsp_before(const char *text, const char *b, const char *end)
{
    if (b - text >= 2 && is_nbsp(b - 2, end) == 2)
        return 2;
    return b - text >= 3 && is_nbsp(b - 3, end) == 3 ? 3 : 0;
}

/* The length of a character at s that a word processor or an input method
 * types for a list item's '-' (an en or em dash, a bullet, a minus sign, a
 * full-width hyphen; a middle dot, a bullet operator, a white bullet, a
 * circle or a small square, Word's other bullets: "· >-" under 'text:'
 * printed "· >- Khuyến khích ..." with exit 0, s40slip), or 0. */
static int dash_like(const char *s, const char *end)
{
    int n = 0;
    unsigned c = end - s >= 2 && ((unsigned char)*s & 0xE0) >= 0xC0 ? utf8_decode(s, &n) : 0;
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2022 || c == 0x2023 || c == 0x2043 ||
                   c == 0x2212 || c == 0xFF0D || c == 0x00B7 || c == 0x2219 || c == 0x25E6 ||
                   c == 0x25CF || c == 0x25AA || c == 0x2027
               ? n
               : 0;
}

/* The length of a character at s typed for a ':' (a full-width colon, the
 * ratio sign, a small or vertical colon, the letter colon U+A789), or 0. */
static int colon_like(const char *s, const char *end)
{
    int n = 0;
    unsigned c = end - s >= 2 && ((unsigned char)*s & 0xE0) >= 0xC0 ? utf8_decode(s, &n) : 0;
    return c == 0xFF1A || c == 0x2236 || c == 0xFE55 || c == 0xFE13 || c == 0xA789 ? n : 0;
}

/* The length of a key of the plan language's shape at s (small ASCII
 * letters, digits, '_') followed by a look-alike colon (without it), or 0. */
static size_t key_colon_like(const char *s, const char *end)
{
    size_t n = 0;
    if (s >= end || *s < 'a' || *s > 'z')
        return 0;
    while (s + n < end && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') ||
                           s[n] == '_'))
        n++;
    return colon_like(s + n, end) ? n : 0;
}

/* 1 if s (before end) is a blank that may follow YAML's '-' or ':': a
 * space, a tab, a no-break space, or the end of the line. */
static int blank_after(const char *s, const char *end)
{
    return s == end || *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || is_nbsp(s, end);
}

int load_dash_like(const char *s, const char *end)
{
    int d = dash_like(s, end);
    return d && blank_after(s + d, end) ? d : 0;
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
static const char *line_nbsp(const char *bol, const char *le, int prev, const char **role)
{
    const char *p = bol, *nb = NULL;
    while (p < le && (*p == ' ' || *p == '\t' || is_nbsp(p, le))) {
        if (!nb && is_nbsp(p, le))
            nb = p;
        p += *p == ' ' || *p == '\t' ? 1 : is_nbsp(p, le);
    }
    if (nb && (syntax_follows(p, le) || nb - bol < prev)) {
        *role = N_("in the indentation"); /* a key, or a text's line put left of the one above */
        return nb;
    }
    if (nb)
        return NULL; /* a text's own first character */
    int dashes = 0;
    while (p < le && *p == '-' && p + 1 < le && p[1] == ' ') /* "- - key:" */
        for (p++, dashes++; p < le && *p == ' '; p++)
            ;
    int d = dashes ? 0 : dash_like(p, le);
    if (d && blank_after(p + d, le)) {
        *role = N_("in place of a list item's '-'");
        return p;
    }
    size_t kl = key_colon_like(p, le);
    if (kl) {
        *role = N_("in place of a key's ':'");
        return p + kl;
    }
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

/* The spaces that indent the last line above bol holding more than
 * blanks (a '>' text's line a no-break space put left of it ended the
 * text, s41slip), or -1 when there is none. */
static int indent_above(const char *text, const char *bol)
{
    const char *le = bol;
    while (le > text) {
        const char *b = le - 1;
        while (b > text && b[-1] != '\n')
            b--;
        size_t n = strspn(b, " ");
        if (b + n < le - 1 && b[n] != '\n' && b[n] != '#')
            return (int)n;
        le = b;
    }
    return -1;
}

/* 1 if the byte at offset at lies in one of the n spans. */
static int in_text(size_t at, const LoadSpan *spans, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (at >= spans[i].from && at < spans[i].to)
            return 1;
    return 0;
}

/* The first no-break space line_nbsp finds on the lines of text (ending
 * at end) from the one holding from to the one holding to, outside the
 * n_spans spans; with indent_only, looked for only on a line whose first
 * character after its blanks is one, and taken only as indentation. */
static const char *first_nbsp(const char *text, const char *from, const char *to,
                              const char *end, const LoadSpan *spans, size_t n_spans,
                              int indent_only, const char **role)
{
    const char *bol = from;
    while (bol > text && bol[-1] != '\n')
        bol--;
    while (bol <= to && bol < end) {
        const char *le = memchr(bol, '\n', (size_t)(end - bol));
        le = le ? le : end;
        const char *p = bol;
        while (indent_only && p < le && (*p == ' ' || *p == '\t'))
            p++;
        const char *nb = !indent_only || is_nbsp(p, le)
                             ? line_nbsp(bol, le, indent_above(text, bol), role)
                             : NULL;
        if (nb && (!indent_only || strcmp(*role, N_("in the indentation")) == 0) &&
            !in_text((size_t)(nb - text), spans, n_spans))
            return nb;
        bol = le + 1;
    }
    return NULL;
}

const char *load_nbsp_in_syntax(const char *text, const char *from, const char *to,
                                const char *end, const LoadSpan *spans, size_t n_spans,
                                const char **role)
{
    return first_nbsp(text, from, to, end, spans, n_spans, 0, role);
}

const char *load_nbsp_far(const char *text, const char *from, const char *to, const char *end,
                          const LoadSpan *spans, size_t n_spans, const char **role)
{
    const char *first = first_nbsp(text, from, from, end, spans, n_spans, 0, role);
    return first ? first : first_nbsp(text, from, to, end, spans, n_spans, 1, role);
}

/* 1 if a line of the value after its first, s[..vend), begins (past its
 * blanks) with a '-' or a look-alike of it and a blank: the value is a
 * list typed as lines ("– ỦY BAN NHÂN DÂN" over "- HUYỆN YÊN THẾ"). */
static int list_lines(const char *s, const char *vend);

/* 1 if the dash-like character at p is followed by blanks and a block
 * indicator ('>' or '|'): "– >-" over a text's lines is a list item's
 * "- >-", never a text (s39slip: 8 of s38slip's dash mutants printed
 * "– >- Vận động ..." with exit 0 since the rule below). */
static int indicator_next(const char *p, const char *end)
{
    p += dash_like(p, end);
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p < end && (*p == '>' || *p == '|');
}

static int list_lines(const char *s, const char *vend)
{
    for (const char *p = memchr(s, '\n', (size_t)(vend - s)); p; p = memchr(p, '\n', (size_t)(vend - p))) {
        p++;
        while (p < vend && (*p == ' ' || *p == '\t'))
            p++;
        int d = p < vend && *p == '-' ? 1 : dash_like(p, vend);
        if (d && blank_after(p + d, vend))
            return 1;
    }
    return 0;
}

const char *load_nbsp_at_value(const char *text, const char *s, const char *end,
                               const char *vend, const char **role)
{
    size_t k = key_colon(s, end);
    if (!is_nbsp(s, end) && !(*s == '-' && is_nbsp(s + 1, end)) && !(k && is_nbsp(s + k, end)) &&
        !dash_like(s, end) && !key_colon_like(s, end))
        return NULL; /* most values: at once */
    /* the value begins its line: only blanks and list dashes before it
     * (a run of this value's own, so the values of a line cost it once) */
    const char *b = s;
    while (b > text &&
           (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '-' || nbsp_before(text, b, end)))
        b -= b[-1] == ' ' || b[-1] == '\t' || b[-1] == '-' ? 1 : nbsp_before(text, b, end);
    if (b > text && b[-1] != '\n')
        return NULL;
    const char *nb = line_nbsp(b, end, -1, role);
    /* a text of its own that begins with a dash, written on the line below
     * its key ("para:" over "– Các xã rà soát"), is one as it is after the
     * key: text (s39review; "- bullet: – ..." is s38slip's guard g1) */
    if (nb && dash_like(nb, end) && !list_lines(nb, vend) && !indicator_next(nb, end))
        return NULL;
    return nb && nb >= s ? nb : NULL;
}

int load_dash_for_item(DiagSink *diags, const YNode *node)
{
    if (!node || node->kind != YNODE_SCALAR || node->style != YSTYLE_PLAIN ||
        node->pos.line != node->end.line)
        return 0;
    const char *s = node->text, *end = node->text + node->len;
    int d = dash_like(s, end);
    if (!d || !blank_after(s + d, end))
        return 0;
    load_nbsp_report(diags, node->pos, s, N_("in place of a list item's '-'"));
    return 1;
}

void load_nbsp_tag(char *tag, size_t size, SrcPos at)
{
    snprintf(tag, size, "nbsp-told %d:%d %p", at.line, at.col, (const void *)at.file);
}

void load_nbsp_report(DiagSink *diags, SrcPos pos, const char *at, const char *role)
{
    int n = 0;
    unsigned c = utf8_decode(at, &n);
    char tag[LOAD_TAG_SIZE];
    load_fullwidth_tag(tag, sizeof tag, pos); /* a '：' or '－' told here, not twice */
    diag_withdraw_tagged(diags, tag);
    if (c == 0xA0)
        diag_error(diags, pos, 1, KH005,
                   "YAML syntax error: a no-break space (U+00A0) %s, where YAML needs a plain "
                   "space (it shows as a space, pasted from Word or a PDF); replace it with a "
                   "space",
                   _(role));
    else if (is_nbsp(at, at + n))
        diag_error(diags, pos, 1, KH005,
                   "YAML syntax error: a space YAML does not take (U+%04X: an ideographic, narrow "
                   "or set-width space, typed by an input method or pasted from a document) %s, "
                   "where YAML needs a plain space (it shows as a space); replace it with a space",
                   c, _(role));
    else if (colon_like(at, at + n))
        diag_error(diags, pos, 1, KH005,
                   "YAML syntax error: '%.*s' (U+%04X) %s (an input method's wide mode or a "
                   "word processor typed it): YAML reads the line as a text, not a key; write ':'",
                   n, at, c, _(role));
    else
        diag_error(diags, pos, 1, KH005,
                   "YAML syntax error: '%.*s' (U+%04X) %s (Word's AutoFormat turns '- ' into "
                   "it): YAML reads the line as a text, not a list item; write '-', or quote the "
                   "text if the character is meant",
                   n, at, c, _(role));
    load_nbsp_tag(tag, sizeof tag, pos);
    diag_tag_last(diags, tag);
}
