/* import_util.c - the small pieces every stage of recognition shares.
 *
 * Recognition (import.c and its helpers import_head.c, import_body.c,
 * import_tasks.c) reads text that a converter may have wrapped in emphasis,
 * broken over lines or written in another case. This file holds what they
 * all need to look at such text the same way: prefix tests, trimming and
 * unwrapping, the label a paragraph starts with ("II.", "1.2.", "a)", "-"),
 * the plan-text escaping and the {year} rewriting, readable unique ids, unit
 * names, and the body-tree node allocator. Everything here allocates in the
 * Ctx's arena; nothing is freed separately.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import_impl.h"
#include "md_autolink.h"
#include "md_brackets.h"
#include "md_read.h"
#include <cmark.h>
#include "yread.h"
#include "vi.h"
#include "yearctx.h"

/* ---- small text helpers -------------------------------------------------------------- */

int imp_typed_rule(const char *s)
{
    size_t marks = 0;
    while (*s) {
        if (strchr("_-=*~", *s))
            marks++, s++;
        else if (*s == ' ' || *s == '\\' || *s == '\t')
            s++;
        else if (!strncmp(s, "–", 3) || !strncmp(s, "—", 3) || !strncmp(s, "─", 3))
            marks++, s += 3;
        else
            return 0;
    }
    return marks >= 3;
}

int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Case-insensitive prefix for ASCII plus the Vietnamese capitals used in
 * the marks we look for (compares the upper-cased forms). */
int starts_with_ci(const char *s, const char *prefix)
{
    /* two ASCII first letters tell most texts apart without upper-casing
     * them whole (a non-ASCII one may upper-case to ASCII: U+0131) */
    unsigned char s0 = (unsigned char)*s, p0 = (unsigned char)*prefix;
    if (s0 >= 'a' && s0 <= 'z')
        s0 = (unsigned char)(s0 - 'a' + 'A');
    if (p0 >= 'a' && p0 <= 'z')
        p0 = (unsigned char)(p0 - 'a' + 'A');
    if (p0 != 0 && s0 < 0x80 && p0 < 0x80 && s0 != p0)
        return 0;
    Buf a = {0}, b = {0};
    vi_put_upper(&a, s);
    vi_put_upper(&b, prefix);
    int r = a.len >= b.len && memcmp(a.data, b.data, b.len) == 0;
    buf_free(&a);
    buf_free(&b);
    return r;
}

char *dup_range(Ctx *c, const char *s, size_t n)
{
    return arena_strndup(c->arena, s, n);
}

char *trim_dup(Ctx *c, const char *s)
{
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    return dup_range(c, s, n);
}

char *flatten(Ctx *c, const char *s)
{
    char *r = arena_strdup(c->arena, s), *w = r;
    for (const char *t = r; *t; t++) {
        /* a line break beside a blank is no second blank: "Tân " over
         * "Hiệp" (Shift+Enter, a page break after a word's space) read
         * "Tân  Hiệp", printed so (s41imp) */
        if (*t == '\n' && ((w > r && w[-1] == ' ') || t[1] == ' ' || t[1] == '\n'))
            continue;
        *w++ = *t == '\n' ? ' ' : *t;
    }
    *w = '\0';
    return r;
}

int is_upper_text(const char *s)
{
    Buf up = {0};
    vi_put_upper(&up, s);
    int letters = 0;
    for (const char *t = s; *t; t++)
        if (isalpha((unsigned char)*t) || (unsigned char)*t >= 0xC3)
            letters = 1;
    int r = letters && up.len == strlen(s) && memcmp(up.data, s, up.len) == 0;
    buf_free(&up);
    return r;
}

/* The uppercase letters and digits of s only, for comparing marks like
 * "KẾ HOẠCH" whatever the markup around them. */
void bare_upper(Buf *out, const char *s)
{
    Buf up = {0};
    vi_put_upper(&up, s);
    for (size_t i = 0; i < up.len; i++) {
        unsigned char ch = (unsigned char)up.data[i];
        if (ch == '*' || ch == '_' || ch == '#' || ch == '\\')
            continue;
        if (ch == ' ' || ch == '\n') {
            if (out->len && out->data[out->len - 1] != ' ')
                buf_putc(out, ' ');
            continue;
        }
        buf_putc(out, (char)ch);
    }
    while (out->len && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    buf_free(&up);
}

/* Removes emphasis that wraps the whole of s ("**x**", "*x*", "***x***",
 * and the same with '_': "_x_", "__x__", as mammoth writes bold,
 * s24foreign: "__Nơi nhận:__" made a recipient "__", the signature printed
 * "__TM. ỦY BAN NHÂN DÂN__"); sets *bold / *italic. Returns the inner
 * text (arena). */
char *unwrap(Ctx *c, const char *s, int *bold, int *italic)
{
    char *t = trim_dup(c, s);
    for (int round = 0; round < 2; round++) {
        size_t n = strlen(t);
        char d = t[0] == '_' ? '_' : '*';
        int k = 0;
        while (k < 3 && (size_t)k < n && t[k] == d)
            k++;
        if (k == 0 || n <= (size_t)(2 * k))
            break;
        int m = 0;
        while (m < k && t[n - 1 - m] == d)
            m++;
        /* "x\**": an escaped backslash before the closing mark, which
         * closes (a title ending in a backslash came back a paragraph:
         * s24round R5); "x\**": an escaped mark, which does not */
        size_t bs = 0;
        while (bs < n - (size_t)k && t[n - 1 - (size_t)k - bs] == '\\')
            bs++;
        if (m != k || bs % 2 || (d == '_' && t[n - 1 - k] == d))
            break;
        /* no emphasis delimiter of the same kind inside */
        char delim[3] = {d, d, 0};
        const char *inner = t + k;
        size_t inner_len = n - 2 * (size_t)k;
        char *in = dup_range(c, inner, inner_len);
        if (((k == 2 && str_find(in, delim)) || (k != 2 && strchr(in, d))) &&
            !md_wraps_whole(t, k))
            break;
        /* '_' delimits only at a word's edge: "_x_" of "a_x_b" is none */
        if (d == '_' && (!inner_len || inner[0] == ' ' || inner[inner_len - 1] == ' '))
            break;
        if (k >= 2)
            *bold = 1;
        if (k != 2)
            *italic = 1;
        t = trim_dup(c, in);
    }
    return t;
}

int roman_value(const char *s, size_t n)
{
    static const struct { const char *r; int v; } t[] = {
        {"M", 1000}, {"CM", 900}, {"D", 500}, {"CD", 400}, {"C", 100}, {"XC", 90}, {"L", 50},
        {"XL", 40}, {"X", 10}, {"IX", 9}, {"V", 5}, {"IV", 4}, {"I", 1}};
    int v = 0;
    size_t i = 0;
    for (size_t k = 0; k < sizeof t / sizeof t[0] && i < n;) {
        size_t l = strlen(t[k].r);
        if (i + l <= n && strncmp(s + i, t[k].r, l) == 0) {
            v += t[k].v;
            i += l;
        } else {
            k++;
        }
    }
    if (i != n || v == 0 || v > 50)
        return 0;
    Buf r = {0};
    vi_put_roman(&r, v);
    int ok = r.len == n && memcmp(r.data, s, n) == 0;
    buf_free(&r);
    return ok ? v : 0;
}

const char *const point_letters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k",
                                             "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
                                             "v", "x", "y", NULL};

/* points: "a)", "đ)"; or "a. Tổ chức ...", as some documents and
 * LibreOffice's lists write them: a letter, a full stop and a capitalised
 * sentence. 1 and *l set when s starts with one. */
static int point_label(const char *s, Label *lp)
{
    Label l = *lp;
    for (int k = 0; point_letters[k]; k++) {
        size_t n = strlen(point_letters[k]);
        if (strncmp(s, point_letters[k], n) != 0)
            continue;
        size_t m = n; /* "a\)": Markdown's escaped mark, as pandoc writes a
                       * point typed in Word (s24attack F6), like "1\." above */
        if (s[m] == '\\' && (s[m + 1] == ')' || s[m + 1] == '.'))
            m++;
        if ((s[m] != ')' && s[m] != '.') || s[m + 1] != ' ')
            continue;
        /* the capital may open an emphasis: "c. **Đánh giá**", a point
         * whose title the plan wrote bold (it came back a paragraph from
         * the import of an import: s24round R6, seeds m12, s20) */
        size_t e = m + 2;
        while (e < m + 5 && (s[e] == '*' || s[e] == '_'))
            e++;
        if (s[m] == '.' && !upper_initial(s + e))
            continue;
        l.kind = L_POINT;
        snprintf(l.letter, sizeof l.letter, "%s", point_letters[k]);
        snprintf(l.text, sizeof l.text, "%s%c", point_letters[k], s[m]);
        l.len = m + 2;
        while (s[l.len] == ' ')
            l.len++;
        *lp = l;
        return 1;
    }
    return 0;
}

size_t imp_dash_at(const char *s)
{
    static const char *const dashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92",
                                         "\xE2\x80\xA2", NULL}; /* – — − • */
    if (s[0] == '-' || s[0] == '+')
        return 1;
    for (int k = 0; dashes[k]; k++)
        if (starts_with(s, dashes[k]))
            return 3;
    return 0;
}

/* Parses the label at the start of s. */
Label parse_label(const char *s)
{
    Label l;
    memset(&l, 0, sizeof l);
    size_t i = 0;
    /* bullets; "\+ ", "\- ": Markdown's escaped bullet (pandoc writes it
     * where a line starts with one that is no list) */
    if (s[0] == '\\' && (s[1] == '+' || s[1] == '-') && s[2] == ' ') {
        l = parse_label(s + 1);
        if (l.kind == L_BULLET)
            l.len++;
        return l;
    }
    if (imp_dash_at(s)) {
        size_t n = imp_dash_at(s);
        /* "-.1. X": the label khgen prints for a subclause under a clause
         * labelled "-", no bullet (two --more round trips of formats11
         * brought it back as a bullet ".1. X", whose "-" Word's list
         * numbering printed apart); a .md's reader says so too */
        if ((s[0] == '-' && (s[1] == '-' || (s[1] >= '0' && s[1] <= '9'))) ||
            ((s[0] == '-' || s[0] == '+') && s[1] == '.'))
            return l;
        l.kind = L_BULLET;
        l.marker = s[0] == '+' ? '+' : '-';
        i = n;
        while (s[i] == ' ' || s[i] == '\t')
            i++;
        l.len = i;
        snprintf(l.text, sizeof l.text, "%c", l.marker);
        return l;
    }
    /* Roman */
    while (s[i] && strchr("IVXLC", s[i]))
        i++;
    if (i > 0) {
        size_t j = i;
        if (s[j] == '\\')
            j++;
        if (s[j] == '.' && (s[j + 1] == ' ' || s[j + 1] == '\0')) {
            int v = roman_value(s, i);
            if (v) {
                l.kind = L_ROMAN;
                l.nums[0] = v;
                snprintf(l.text, sizeof l.text, "%.*s.", (int)i, s);
                j++;
                while (s[j] == ' ')
                    j++;
                l.len = j;
                return l;
            }
        }
    }
    /* Arabic, dotted */
    i = 0;
    Buf text = {0};
    while (l.depth < 8) {
        size_t d = i;
        while (s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d || i - d > 2)
            break;
        l.nums[l.depth++] = atoi(s + d);
        buf_putn(&text, s + d, i - d);
        size_t j = i;
        if (s[j] == '\\')
            j++;
        if (s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
            buf_putc(&text, '.');
            i = j + 1;
            continue;
        }
        if (s[j] == '.' || s[j] == ')') {
            l.close = s[j] == ')';
            l.trailing = 1;
            buf_putc(&text, s[j]);
            i = j + 1;
        }
        break;
    }
    if (l.depth > 0 && (s[i] == ' ' || s[i] == '\0') && (l.trailing || l.depth > 1) &&
        !(s[i] == '\0' && l.depth == 1)) {
        l.kind = L_NUM;
        while (s[i] == ' ')
            i++;
        l.len = i;
        snprintf(l.text, sizeof l.text, "%s", text.data);
        buf_free(&text);
        return l;
    }
    buf_free(&text);
    l.depth = 0;
    if (point_label(s, &l))
        return l;
    l.kind = L_NONE;
    return l;
}

/* ---- plan text ------------------------------------------------------------------- */

/* Text of the document as plan text: braces doubled; in plain text input
 * Markdown's special characters escaped. */
/* Whether the backslash at t (s: the text's start, end: its end) is one
 * of the escapes khgen's .md writer adds for other Markdown readers that
 * plan text does not need, the text the same without it: a bare URL's
 * "https\://" and "www\.", which GFM would make links of (the writer's
 * own rule, md_bare_url_escaped: this file restated it, and could drift
 * from it), "\@", a pandoc citation, and the "\:" before an emoji
 * shortcode (md_opens_shortcode, the writer's own rule). Kept, the
 * imported plan read "https\://..." where the plan it was built from said
 * "https://..." (s36imp), and "\:smile:" where it said ":smile:" (session
 * 36). Not in a code span. */
static int writer_escape(const char *s, const char *t, const char *end)
{
    if (t[1] == ':' || t[1] == '.')
        return md_bare_url_escaped(s, t, end) || (t[1] == ':' && md_opens_shortcode(t + 1, end));
    return t[1] == '@';
}

/* 1 if the byte at t is escaped: an odd run of backslashes before it. */
static int escaped(const char *s, const char *t)
{
    size_t n = 0;
    while (t - n > s && t[-(ptrdiff_t)n - 1] == '\\')
        n++;
    return n % 2;
}

/* Whether the '<' at t opens the angle brackets the .md writer put
 * around a link's address glued to the next word ("[l](<https://a.vn>)x",
 * md_link_angled, for pandoc's GFM reader): the plan said
 * "[l](https://a.vn)x", and so the import does. */
static int angled_by_writer(const char *s, const char *t, const char *end)
{
    if (t - s < 2 || t[-1] != '(' || t[-2] != ']' || escaped(s, t - 2))
        return 0;
    const char *q = t + 1;
    while (q < end && *q != '>' && (unsigned char)*q > ' ' && *q != '<')
        q++;
    return q + 1 < end && *q == '>' && q[1] == ')' && md_link_angled(t + 1, q + 1, end);
}

/* s as plan text into b (plan_text); brackets: '[' escaped too. In a
 * .md, a code span is where the writer's (md_backtick_runs): a run of
 * backticks with a later run of its length, not escaped; a lone '`' is
 * text, and the escapes after it are the writer's still (s37review L3:
 * toggled at every backtick, "Dấu ` rồi https\://a.vn" kept the
 * backslash). */
static void put_plan_text(Buf *b, const Ctx *c, const char *s, int brackets)
{
    const char *end = s + strlen(s), *code_end = s; /* a code span's end */
    MdBacktickRuns runs = {0};
    size_t next_run = 0;
    if (c->markdown && memchr(s, '`', (size_t)(end - s)))
        md_backtick_runs(&runs, s, s, end);
    for (const char *t = s; *t; t++) {
        if (c->markdown && *t == '`' && t >= code_end) {
            size_t off = (size_t)(t - s);
            while (next_run < runs.n && runs.off[next_run] < off)
                next_run++;
            if (next_run < runs.n && runs.off[next_run] == off) {
                size_t from, to; /* "\``a`": the span "`a`" (md_backtick_span) */
                if (md_backtick_span(&runs, next_run, escaped(s, t), &from, &to))
                    code_end = s + to;
                buf_putn(b, t, runs.len[next_run]);
                t += runs.len[next_run++] - 1;
                continue;
            }
        }
        int code = t < code_end; /* where a backslash is text */
        if (c->markdown && !code && *t == '\\' && t[1] == '\\') {
            buf_puts(b, "\\\\"); /* an escaped backslash: both kept */
            t++;
            continue;
        }
        if (c->markdown && !code && *t == '\\' && writer_escape(s, t, end))
            continue;
        if (c->markdown && !code && *t == '<' && angled_by_writer(s, t, end)) {
            const char *close = strchr(t, '>'); /* "[l](<https://a.vn>)x": as written */
            buf_putn(b, t + 1, (size_t)(close - t - 1));
            t = close;
            continue;
        }
        if (*t == '{' || *t == '}')
            buf_putc(b, *t);
        else if (!c->markdown && (*t == '*' || *t == '_' || *t == '`' || (*t == '[' && brackets) ||
                                  (*t == '\\' && t[1])))
            /* (every backslash of a plain text before a character: one
             * before a star, '_', '`', '[' or another backslash was left
             * single, so a .txt's \*sao\* was written \\*sao\\*, which
             * prints "sao" in italics: s38attack H5) */
            buf_putc(b, '\\');
        buf_putc(b, *t == '\n' ? ' ' : *t);
    }
    md_backtick_runs_free(&runs);
}

char *plan_text(Ctx *c, const char *s)
{
    Buf b = {0};
    put_plan_text(&b, c, s, 1);
    if (!c->markdown && strchr(s, '[')) {
        /* "[x]" reads as text unless a link follows from it: "\[x]" in the
         * plan where the document said "[x]" (s20low); without the escape
         * when the line reads back the same (docx_para_md.c decides alike) */
        Buf bare = {0};
        put_plan_text(&bare, c, s, 0);
        if (render_same_plain(buf_str(&b), buf_str(&bare))) {
            buf_free(&b);
            b = bare;
        } else {
            buf_free(&bare);
        }
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : arena_strdup(c->arena, "");
}

/* 1 if s[0] is a backslash escape of Markdown's (a backslash and an ASCII
 * punctuation mark) in text read from Markdown (a .md, or the .docx
 * reader's text). */
static int md_escape_at(const Ctx *c, const char *s)
{
    return c->markdown && s[0] == '\\' && s[1] && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[1]);
}

/* Text of the document for a field khgen prints as written, without
 * Markdown (a recipient, a signature line or name): braces doubled, and
 * Markdown's escapes of the text read removed, none added. plan_text's
 * escapes printed as backslashes there: a signer "Nguyễn *Văn* A" came
 * back "Nguyễn \*Văn\* A" (s19attack F2). */
const char *imp_emphasis_shown(Ctx *c, const char *s)
{
    if (!strpbrk(s, "*_") || strpbrk(s, "\\[]<>&`!{}\n"))
        return s; /* no emphasis, or marks cmark would print otherwise */
    Buf b = {0};
    render_markdown_plain(s, &b);
    const char *r = b.len ? buf_to_arena(&b, c->arena) : s;
    buf_free(&b);
    return r ? r : s;
}

char *written_text(Ctx *c, const char *s)
{
    s = imp_emphasis_shown(c, s);
    Buf b = {0};
    for (const char *t = s; *t; t++) {
        if (md_escape_at(c, t))
            t++;
        if (*t == '{' || *t == '}')
            buf_putc(&b, *t);
        buf_putc(&b, *t == '\n' ? ' ' : *t);
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : arena_strdup(c->arena, "");
}

/* s, a field printed as written taken from the text read as it was (an
 * issuer line, the number, the place, a unit's name), without Markdown's
 * escapes: "Số: 12\3" came back "12\\3" (s19attack F2). */
const char *as_written(const Ctx *c, const char *s)
{
    if (!s || !c->markdown || !strchr(s, '\\'))
        return s;
    Buf b = {0};
    for (const char *t = s; *t; t++) {
        if (md_escape_at(c, t))
            t++;
        buf_putc(&b, *t);
    }
    const char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : "";
}

/* Replaces the plan's year in text by {year}: "năm 2024", "quý IV/2024",
 * "31/01/2024"; the year before it by {year-1} after "năm", the year after
 * it by {year+1} there and in a date or quarter ("trước ngày 31/01/2025":
 * a deadline rolls on with the plan). Not inside "2021-2025", nor a
 * cited document's year (yearctx_cited: its number "08/2019/NQ-HĐND",
 * "số 12/2024", its date, a law's name, its subject), which `khgen diff`
 * and `khgen new` read as theirs too (yearctx.c). */
char *year_refs(Ctx *c, const char *s)
{
    if (!c->year || !s)
        return (char *)s;
    Buf b = {0};
    int changed = 0;
    for (size_t i = 0; s[i];) {
        if (s[i] >= '0' && s[i] <= '9' && (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9'))) {
            size_t j = i;
            while (s[j] >= '0' && s[j] <= '9')
                j++;
            if (j - i == 4) {
                int y = atoi(s + i);
                /* "năm" is 4 bytes ("n", "ă" (2), "m"), then the space */
                int after_nam = i >= 5 && (strncmp(s + i - 5, "năm ", 5) == 0 ||
                                       strncmp(s + i - 5, "Năm ", 5) == 0 ||
                                       strncmp(s + i - 5, "NĂM ", 5) == 0);
                int after_slash = i >= 2 && s[i - 1] == '/' &&
                                  ((s[i - 2] >= '0' && s[i - 2] <= '9') || strchr("IVX", s[i - 2]));
                int range = (s[j] == '-' && s[j + 1] >= '0' && s[j + 1] <= '9') ||
                            (i > 0 && s[i - 1] == '-');
                int docnum = s[j] == '/';
                const char *ref = NULL;
                if (!range && !docnum && (after_nam || after_slash) && !yearctx_cited(s, i)) {
                    if (y == c->year)
                        ref = "{year}";
                    else if (after_nam && y == c->year - 1)
                        ref = "{year-1}";
                    else if (y == c->year + 1)
                        ref = "{year+1}"; /* "năm 2026", a deadline "31/01/2026" */
                }
                if (ref) {
                    buf_puts(&b, ref);
                    changed = 1;
                    if (c->stats)
                        c->stats->year_refs++;
                } else {
                    buf_putn(&b, s + i, j - i);
                }
                i = j;
                continue;
            }
            buf_putn(&b, s + i, j - i);
            i = j;
            continue;
        }
        buf_putc(&b, s[i]);
        i++;
    }
    char *r = changed ? buf_to_arena(&b, c->arena) : (char *)s;
    buf_free(&b);
    return r;
}

/* ---- ids -------------------------------------------------------------------------- */

char *slug(Ctx *c, const char *name, size_t max)
{
    Buf folded = {0}, out = {0};
    vi_put_folded(&folded, name);
    int dash = 0;
    for (size_t i = 0; i < folded.len; i++) {
        char ch = folded.data[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            if (dash && out.len)
                buf_putc(&out, '-');
            dash = 0;
            buf_putc(&out, ch);
        } else {
            dash = 1;
        }
        if (out.len >= max && dash)
            break;
    }
    if (!out.len)
        buf_puts(&out, "x");
    char *r = buf_to_arena(&out, c->arena);
    buf_free(&folded);
    buf_free(&out);
    return r;
}

/* The usual abbreviations of the long names of bodies and fields, as
 * drafters write them ("Phòng LĐTBXH", "Ban CHQS", "UBMTTQ"), on folded
 * words: a unit's id uses them when its whole name is too long. Longer
 * phrases first where one starts another. */
static const char *const abbreviations[][2] = {
    {"uy ban mat tran to quoc viet nam", "ubmttq"},
    {"uy ban mat tran to quoc", "ubmttq"},
    {"uy ban mttq", "ubmttq"},
    {"mat tran to quoc viet nam", "mttq"},
    {"mat tran to quoc", "mttq"},
    {"uy ban nhan dan", "ubnd"},
    {"hoi dong nhan dan", "hdnd"},
    {"ban chi huy quan su", "bchqs"},
    {"ban chi huy", "bch"},
    {"phong chong thien tai", "pctt"},
    {"phong chong", "pc"},
    {"tim kiem cuu nan", "tkcn"},
    {"lao dong thuong binh va xa hoi", "ldtbxh"},
    {"nong nghiep va phat trien nong thon", "nnptnt"},
    {"nong nghiep va moi truong", "nnmt"},
    {"tai nguyen va moi truong", "tnmt"},
    {"thong tin va truyen thong", "tttt"},
    {"ke hoach va dau tu", "khdt"},
    {"tai chinh ke hoach", "tckh"},
    {"giao duc va dao tao", "gddt"},
    {"van hoa the thao va du lich", "vhttdl"},
    {"van hoa the thao va truyen thong", "vhtt-tt"},
    {"van hoa thong tin va the thao", "vhtt-tt"},
    {"van hoa va thong tin", "vhtt"},
    {"van hoa thong tin the thao va du lich", "vhtt-ttdl"},
    {"van hoa thong tin", "vhtt"},
    {"the thao va du lich", "ttdl"},
    {"co quan chuyen mon", "cqcm"},
    {"kinh te ha tang va do thi", "kthtdt"},
    {"kinh te va ha tang", "ktht"},
    {"quan ly do thi", "qldt"},
    {"doan thanh nien cong san ho chi minh", "doan-tncs-hcm"},
    {"thanh nien cong san ho chi minh", "tncs-hcm"},
    {"hoi lien hiep phu nu", "hoi-lhpn"},
    {"hoi cuu chien binh", "hoi-ccb"},
    {"ngan hang chinh sach xa hoi", "nhcsxh"},
    {"bao hiem xa hoi", "bhxh"},
    {"giao duc nghe nghiep giao duc thuong xuyen", "gdnn-gdtx"},
    {"giao duc nghe nghiep", "gdnn"},
    {"giao duc thuong xuyen", "gdtx"},
    {"quan ly du an dau tu xay dung", "qlda-dtxd"},
    {"quan ly du an", "qlda"},
    {"phat thanh va truyen hinh", "ptth"},
    {"phat thanh truyen hinh", "ptth"},
    {"phong giao dich", "pgd"},
    {"van phong dieu phoi", "vpdp"},
    {"xay dung nong thon moi", "xd-ntm"},
    {"nong thon moi", "ntm"},
    {"khoa hoc va cong nghe", "khcn"},
    {"hop tac xa", "htx"},
    {"dich vu nong nghiep", "dvnn"},
    {"muc tieu quoc gia", "mtqg"},
    {"ban chi dao", "bcd"},
    {"hoi dong thi dua khen thuong", "hdtdkt"},
    {"thi dua khen thuong", "tdkt"},
    {"chinh tri xa hoi", "ct-xh"},
    {"nong nghiep moi truong", "nnmt"},
    {"dia chinh xay dung", "dcxd"},
    {"van hoa xa hoi", "vhxh"},
    {"tu phap ho tich", "tpht"},
    {"van hoa the thao", "vhtt"},
    {"to dan pho", "tdp"},
    {"mat tran", "mt"},
    {"thanh pho", "tp"},
    {"thi xa", "tx"},
    {"thi tran", "tt"},
};

/* Words a long name can lose in its id without losing what it names
 * ("Ban Chỉ đạo thực hiện các Chương trình" -> "bcd-chuong-trinh"); never
 * its first word. */
static const char *const fillers[] = {"va", "cac", "cua", "ve", "thuoc", "thuc-hien",
                                      "phu-trach-linh-vuc", "phu-trach", NULL};

/* The words of a place's level that may end a unit's name, folded. */
static int place_tail(const char *w)
{
    static const char *const tails[] = {"xa", "phuong", "huyen", "tinh", "tp", "tx", "tt", NULL};
    for (int k = 0; tails[k]; k++)
        if (strcmp(w, tails[k]) == 0)
            return 1;
    return 0;
}

/* The abbreviation of the phrase that starts the dashed words at s, its
 * length in *len; NULL when none does. */
static const char *abbreviation(const char *s, size_t *len)
{
    const char *abbr = NULL;
    *len = 0;
    for (size_t k = 0; k < sizeof abbreviations / sizeof abbreviations[0]; k++) {
        const char *ph = abbreviations[k][0];
        size_t l = strlen(ph), i = 0;
        while (i < l && (s[i] == ph[i] || (ph[i] == ' ' && s[i] == '-')))
            i++;
        if (i == l && (s[l] == '-' || !s[l]) && l > *len) {
            *len = l;
            abbr = abbreviations[k][1];
        }
    }
    return abbr;
}

char *unit_slug(Ctx *c, const char *name, size_t max)
{
    char *whole = slug(c, name, (size_t)-1);
    if (strlen(whole) <= max)
        return whole;
    /* the words, abbreviated where a known phrase starts, without fillers */
    Buf out = {0};
    for (const char *s = whole; *s;) {
        size_t l = 0;
        const char *abbr = abbreviation(s, &l);
        int filler = 0;
        for (int k = 0; fillers[k] && !abbr && out.len; k++) {
            size_t fl = strlen(fillers[k]);
            if (strncmp(s, fillers[k], fl) == 0 && (s[fl] == '-' || !s[fl])) {
                filler = 1;
                l = fl;
            }
        }
        if (!abbr && !filler)
            l = strcspn(s, "-");
        if (!filler) {
            if (out.len)
                buf_putc(&out, '-');
            if (abbr)
                buf_puts(&out, abbr);
            else
                buf_putn(&out, s, l);
        }
        s += l;
        if (*s == '-')
            s++;
    }
    /* still longer than a few characters over: its first words that fit,
     * and its last word or two ("...-nong-nghiep", "...-moi-truong") or
     * the place's level that ends it ("...-huyen"), so that units that
     * differ at their end keep differing */
    size_t longest = max + 4;
    if (out.len > longest) {
        const char *last = strrchr(out.data, '-');
        const char *tail = last;
        if (last && !place_tail(last + 1)) {
            const char *before = last;
            while (before > out.data && before[-1] != '-')
                before--;
            if (before > out.data && (size_t)(out.data + out.len - before) <= 14)
                tail = before - 1;
        }
        if (!tail)
            tail = "";
        size_t room = longest - strlen(tail), cut = 0;
        size_t limit = *tail ? (size_t)(tail - out.data) : out.len;
        for (size_t i = 1; i <= limit && i <= room; i++)
            if (i == limit || out.data[i] == '-')
                cut = i;
        if (cut == 0)
            cut = strcspn(out.data, "-");
        char *r = arena_printf(c->arena, "%.*s%s", (int)cut, out.data, tail);
        buf_free(&out);
        return r;
    }
    char *r = buf_to_arena(&out, c->arena);
    buf_free(&out);
    return r;
}

/* Registers id as taken; returns it. */
static const char *take_id(Ctx *c, const char *id)
{
    strset_add(&c->ids, id, 0);
    return id;
}

/* base, or base-2, base-3, ... the first that no unit or locality has; it
 * is taken from then on (c->ids). The suffix for a base goes on from the
 * last one given, so many names with one slug stay linear. */
const char *unique_id(Ctx *c, const char *base)
{
    if (strset_find(&c->ids, base) == (size_t)-1)
        return take_id(c, base);
    size_t slot = strset_add(&c->id_bases, base, c->n_bases);
    if (slot == c->n_bases) {
        if (c->n_bases == c->cap_bases) {
            c->cap_bases = c->cap_bases ? c->cap_bases * 2 : 16;
            size_t *grown = arena_alloc(c->arena, c->cap_bases * sizeof *grown);
            if (c->n_bases)
                memcpy(grown, c->next_suffix, c->n_bases * sizeof *grown);
            c->next_suffix = grown;
        }
        c->next_suffix[c->n_bases++] = 2;
    }
    for (size_t k = c->next_suffix[slot];; k++) {
        char *id = arena_printf(c->arena, "%s-%zu", base, k);
        if (strset_find(&c->ids, id) == (size_t)-1) {
            c->next_suffix[slot] = k + 1;
            return take_id(c, id);
        }
    }
}

/* ---- units ------------------------------------------------------------------------ */

static const char *const unit_words[] = {
    "Phòng ", "Sở ", "Ban ", "UBND ", "Ủy ban ", "Uỷ ban ", "Văn phòng ", "Công chức ",
    "Trung tâm ", "Cơ quan ", "Chủ tịch ", "Phó Chủ tịch ", "Bí thư ", "Hội ", "Đoàn ",
    "Trạm ", "Công an ", "Ban Chỉ huy ", "Các phòng", "Các cơ quan", "Các Phòng",
    "Tổ công tác", "Chi cục ", "Kho bạc ", "Ngân hàng ", "Bảo hiểm ", "Trường ", "Đài ",
    "Thường trực ", "Trưởng ", "Cán bộ ", "Quân sự ", "Mặt trận ", "UBMTTQ ", "Hợp tác xã ",
    "Các thành viên ", "Các thôn", "Các xã", "Các đoàn thể", "Các Đoàn thể", "Các tổ chức",
    "Bộ phận ", "Thanh tra huyện", "Thanh tra tỉnh", "Thanh tra thành phố", "Thanh tra Sở",
    "Thủ trưởng các ",
    NULL};

int unit_start(const char *s)
{
    for (int k = 0; unit_words[k]; k++)
        if (starts_with(s, unit_words[k]))
            return 1;
    return 0;
}

/* The words that name a level of government ("xã", "thị trấn", ...): a
 * unit's name that holds one ends with it, or with the place's name after
 * it ("Trạm Y tế phường", "UBND xã Tân Thịnh"). */
static const char *const place_words[] = {"xã", "phường", "thị trấn", "huyện", "tỉnh",
                                          "thành phố", "quận", "thị xã", NULL};

/* The length of the place word at s (followed by a space, a comma or the
 * end), or 0; "xã hội" and "Hợp tác xã" are no place. */
static size_t place_word(const char *start, const char *s)
{
    if (!*s || !strchr("xpthq", *s)) /* the first letters of place_words */
        return 0;
    for (int k = 0; place_words[k]; k++) {
        size_t l = strlen(place_words[k]);
        if (strncmp(s, place_words[k], l) != 0 || (s[l] && s[l] != ' ' && s[l] != ','))
            continue;
        size_t tac = strlen("tác ");
        if (starts_with(s, "xã hội") || ((size_t)(s - start) >= tac && strncmp(s - tac, "tác ", tac) == 0))
            return 0;
        return l;
    }
    return 0;
}

int place_words_only(const char *s)
{
    size_t l = place_word(s, s);
    return l && !s[l];
}

/* In a sentence, where the unit's name at s ends because of its place:
 * after the place word and the capitalised name that may follow it, the
 * first word in lower case ("Ban Chỉ huy Quân sự phường lập danh sách",
 * "UBND các xã, thị trấn xây dựng", "Ủy ban MTTQ xã tổ chức giám sát")
 * starts what the unit does; "và" and further place words do not. Returns
 * n when nothing ends it earlier. */
static size_t place_end(const char *s, size_t n)
{
    int after_place = 0;
    for (size_t i = 0; i < n;) {
        size_t pl = (i == 0 || s[i - 1] == ' ') ? place_word(s, s + i) : 0;
        if (pl) {
            after_place = 1;
            i += pl;
            /* "xã, thị trấn" goes on; "xã, Công chức ..." is the next name */
            if (starts_with(s + i, ", ")) {
                i += 2;
                after_place = place_word(s, s + i) != 0;
            }
        } else if (after_place && s[i - 1] == ' ' && starts_with(s + i, "và ")) {
            after_place = 0; /* "... huyện và các tổ chức ...": the next name */
            i += strlen("và ");
        } else if (after_place && s[i - 1] == ' ' && !upper_initial(s + i) &&
                   !(s[i] >= '0' && s[i] <= '9')) {
            size_t e = i - 1;
            while (e && (s[e - 1] == ',' || s[e - 1] == ' '))
                e--;
            return e;
        } else {
            if (s[i] == ',')
                after_place = 0;
            i++;
            continue;
        }
        while (i < n && s[i] == ' ')
            i++;
    }
    return n;
}

/* Length of the unit's name at the start of s: up to the first word that
 * starts what the unit does ("phụ trách", "phối hợp", "chủ trì", "là",
 * "(", ":"); in a sentence also where its place ends it (place_end). */
/* builds ws's masks on first use */
static void word_set_ready(WordSet *ws)
{
    if (ws->ready)
        return;
    for (size_t k = 0; ws->words[k]; k++) {
        const unsigned char *w = (const unsigned char *)ws->words[k];
        ws->len[k] = strlen(ws->words[k]);
        ws->first[w[0]] |= (uint64_t)1 << k;
        for (int b = 0; b < 256; b++) /* a word of one byte: any second byte */
            if (!w[1] || w[1] == b)
                ws->second[b] |= (uint64_t)1 << k;
    }
    ws->ready = 1;
}

int word_at(WordSet *ws, const char *s)
{
    word_set_ready(ws);
    const unsigned char *u = (const unsigned char *)s;
    uint64_t m = ws->first[u[0]];
    if (!m || !(m &= ws->second[u[1]])) /* u[0] is no NUL: u[1] is in s */
        return -1;
    for (int k = 0; m; k++, m >>= 1)
        if ((m & 1) && strncmp(s, ws->words[k], ws->len[k]) == 0)
            return k;
    return -1;
}

size_t word_first(WordSet *ws, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (word_at(ws, s + i) >= 0)
            return i;
    return n;
}

size_t drop_cut_escape(const char *s, size_t n)
{
    size_t k = 0;
    if (!s[n]) /* nothing was cut: a last backslash is the text's */
        return n;
    while (k < n && s[n - 1 - k] == '\\')
        k++;
    return k % 2 ? n - 1 : n;
}

size_t unit_name_len(const char *s, int heading)
{
    /* a heading is the unit's name up to what it does (the first eight);
     * in a sentence the name also ends at a bracket or the first verb */
    static const char *const stops[] = {" phụ trách", " phối hợp", " chủ trì", ":", ";",
                                        " tham mưu", " có trách nhiệm", " là ", " (", "(",
                                        " thực hiện", " tiếp tục", " hướng dẫn", NULL};
    static const char *const heading_stops[] = {" phụ trách", " phối hợp", " chủ trì", ":", ";",
                                                " tham mưu", " có trách nhiệm", " là ", NULL};
    static WordSet in_sentence = {stops, 0, {0}, {0}, {0}}, in_heading = {heading_stops, 0, {0}, {0}, {0}};
    size_t n = strlen(s);
    n = word_first(heading ? &in_heading : &in_sentence, s, n);
    if (!heading)
        n = place_end(s, n);
    for (;;) {
        size_t m = drop_cut_escape(s, n);
        while (m && (s[m - 1] == ' ' || s[m - 1] == '.' || s[m - 1] == ','))
            m--;
        if (m == n)
            return n;
        n = m;
    }
}

/* Whether the n bytes at s are short enough for a unit's name (KH115: 500
 * characters; a longer one made the imported plan fail its check). */
int unit_name_fits(const char *s, size_t n)
{
    return utf8_count(s, n) <= YREAD_MAX_NAME_CHARS;
}

/* The id of the unit called name, adding it to the registry. A name
 * read as an earlier one is (vi_put_name_key: "Công chức Văn hoá – xã
 * hội" beside "Công chức Văn hoá – Xã hội" in one seed) is that unit, the
 * one office KH257 would warn of as two (s50merge F2). */
const char *unit_id(Ctx *c, const char *name)
{
    IPlan *p = c->plan;
    Buf read = {0};
    vi_put_name_key(&read, c->arena, name);
    const char *key = buf_to_arena(&read, c->arena);
    buf_free(&read);
    size_t known = strset_find(&c->unit_names, key);
    if (known != (size_t)-1)
        return p->units[known].id;
    if (p->n_units == c->cap_units) {
        c->cap_units = c->cap_units ? c->cap_units * 2 : 16;
        IEntry *u = arena_alloc(c->arena, c->cap_units * sizeof *u);
        if (p->n_units)
            memcpy(u, p->units, p->n_units * sizeof *u);
        p->units = u;
    }
    IEntry *e = &p->units[p->n_units];
    e->id = unique_id(c, unit_slug(c, name, 28));
    e->name = arena_strdup(c->arena, name);
    strset_add(&c->unit_names, key, p->n_units);
    p->n_units++;
    if (c->stats)
        c->stats->units++;
    return e->id;
}

/* ---- nodes ------------------------------------------------------------------------ */

INode *node_new(Ctx *c, INodeKind kind, const char *title)
{
    INode *n = arena_alloc(c->arena, sizeof *n);
    n->kind = kind;
    n->title = title;
    return n;
}

void node_add(Ctx *c, INode *parent, INode *child)
{
    if (parent->n_items == parent->cap_items) {
        size_t cap = parent->cap_items ? parent->cap_items * 2 : 8;
        INode **items = arena_alloc(c->arena, cap * sizeof *items);
        if (parent->n_items)
            memcpy(items, parent->items, parent->n_items * sizeof *items);
        parent->items = items;
        parent->cap_items = cap;
    }
    parent->items[parent->n_items++] = child;
}

void node_remove(INode *parent, size_t at, size_t count)
{
    memmove(parent->items + at, parent->items + at + count,
            (parent->n_items - at - count) * sizeof *parent->items);
    parent->n_items -= count;
}

void imp_review_beside(Ctx *c, Buf *y, int ind, const Para *p)
{
    if (!p->review)
        return;
    emit_unplaced_lines(y, ind, p->review, "KH759");
    c->review_placed[p->index] = 1;
}
