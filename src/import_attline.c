/* import_attline.c - the "(Kèm theo Kế hoạch số ... ngày ... của ...)"
 * line under an attachment's title, read back from a document.
 *
 * khgen prints that line on every attachment page from the plan's header
 * (its number, code and date, and issuer_short), so import keeps of it
 * only the issuer's short name. A clerk who types the number and the day
 * into the attachments' lines, or one line that says another number or
 * date than the header, lost it without a word: the plan printed the
 * header's, `khgen diff` said the documents were the same (s37cycle H3).
 * Such a line is now kept as a '# review:' comment marked KH762, which
 * diff shows, with a warning at the line. The line's number is what
 * stands between "số" and "ngày", its date what stands after "ngày" (as
 * "15/01/2024" or "15 tháng 01 năm 2024", a blank day or month read as
 * none); a part it leaves blank (the number, the day) is the header's to
 * fill, no edit: a draft's lines under a header dated by the clerk are no
 * note. Then the whole line, with a date or without (s39imp: "(Kèm theo
 * Kế hoạch số 15/KH-UBND)" was no note), is compared with what the
 * template attachment_under_title prints from the parts it gives: the
 * built-in one, or the one of `import --templates DIR` (a plan built with
 * its own wording got a false KH762). Both readings take the line's
 * capitals, digits and a lone dot as typed, its blanks, emphasis and a
 * draft's dots for a blank aside: a line that would come back otherwise
 * ("(kèm theo ...", "tháng 1", ") .") is a note (s40imp). Linear in the
 * line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "template.h"
#include "vi.h"

/* s[0..n) without the blanks a draft leaves in a number (spaces, no-break
 * spaces, dots, an ellipsis, underscores), in c's arena. */
static const char *unblanked(Ctx *c, const char *s, size_t n)
{
    char *out = arena_alloc(c->arena, n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == ' ' || b == '.' || b == '_' || b == '\t')
            continue;
        if (b == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i++;
            continue;
        }
        if (b == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0xA6) {
            i += 2;
            continue;
        }
        *o++ = (char)b;
    }
    *o = '\0';
    return out;
}

/* The number after the spaces at s (its first five digits), 0 for none
 * (a blank). */
static int number_at(const char *s)
{
    while (*s == ' ' || ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0))
        s += *s == ' ' ? 1 : 2;
    int n = 0;
    for (int i = 0; i < 5 && *s >= '0' && *s <= '9'; i++, s++)
        n = n * 10 + (*s - '0');
    return n;
}

/* The date s[0..n) says, "15/01/2024" or "15 tháng 01 năm 2024" (a blank
 * day or month: 0): 1 with *y, *m, *d, or 0 when it says none. */
static int line_date(const char *s, size_t n, int *y, int *m, int *d)
{
    char buf[128];
    *d = *m = *y = 0;
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    int k = 0;
    if (sscanf(buf, " %2d/%2d/%4d%n", d, m, y, &k) == 3 && k > 0)
        return *y >= 1900;
    Buf up = {0}; /* "THÁNG 01 NĂM 2024" too */
    vi_put_upper(&up, buf);
    const char *u = buf_str(&up), *thang = str_find(u, "THÁNG"), *nam = str_find(u, "NĂM");
    if (thang && nam && nam > thang) {
        *d = number_at(u);
        *m = number_at(thang + strlen("THÁNG"));
        *y = number_at(nam + strlen("NĂM"));
    }
    buf_free(&up);
    return *y >= 1900;
}

/* The header's date, "2024", "2024-01" or "2024-01-15": 1 with *y, *m, *d
 * (0 for a part it lacks), 0 when there is none. */
static int header_date(const char *s, int *y, int *m, int *d)
{
    *y = *m = *d = 0;
    if (!s || sscanf(s, "%4d", y) != 1)
        return 0;
    if (s[4] == '-')
        *m = atoi(s + 5);
    if (s[4] == '-' && s[7] == '-')
        *d = atoi(s + 8);
    return 1;
}

/* Whether s, the end of the line from where its number's or date's text
 * ends (" của UBND xã)" or ")"), says other words than the issuer's short
 * name (another issuer than the plan's, words after the ")"). */
static int tail_words(Ctx *c, const char *s)
{
    const char *of = str_find(s, " của"), *close = strchr(s, ')');
    if (of && close && of > close)
        of = NULL;
    if (of && close && c->plan->issuer_short) {
        const char *who = of + strlen(" của");
        who += strspn(who, " ");
        size_t l = close > who ? (size_t)(close - who) : 0;
        if (strlen(c->plan->issuer_short) != l || strncmp(who, c->plan->issuer_short, l) != 0)
            return 1;
    }
    const char *after = close ? close + 1 : "";
    return after[strspn(after, "* ")] != '\0'; /* " ." or "_" after it prints (s40imp) */
}

/* Where the number's or the date's text starting at s ends: its " của",
 * else its ")", else the line's end. */
static const char *part_end(const char *s)
{
    const char *of = str_find(s, " của"), *close = strchr(s, ')');
    if (of && close && of > close)
        of = NULL;
    return of ? of : close ? close : s + strlen(s);
}

/* Whether the line says words khgen does not print there: another title
 * than "Kế hoạch" before "số", a number that is no number and code, a
 * date part holding other words, another issuer than the plan's, or
 * anything after its ")"; a line without "số " only "(Kèm theo Kế hoạch",
 * blanks and "số", then its issuer. (Emphasis marks and blanks are
 * layout.) so and ngay: its " số " and " ngày", NULL for none. */
static int other_words(Ctx *c, const char *line, const char *so, const char *ngay)
{
    static const char head[] = "(Kèm theo", title[] = "Kế hoạch";
    const char *t = line + strspn(line, "*_ ");
    if (strncmp(t, head, strlen(head)) != 0)
        return 1; /* "(kèm theo ...": the plan prints its own capitals (s40imp) */
    t += strlen(head);
    t += strspn(t, " ");
    if (strncmp(t, title, strlen(title)) != 0 || (so && so != t + strlen(title)))
        return 1;
    if (!so) { /* "(Kèm theo Kế hoạch ...)", "(Kèm theo Kế hoạch số)" */
        const char *rest = t + strlen(title), *end = part_end(rest);
        const char *blank = unblanked(c, rest, (size_t)(end - rest));
        return (*blank && strcmp(blank, "số") != 0) || tail_words(c, end);
    }
    const char *from = so + strlen(" số ");
    const char *num_end = ngay ? ngay : part_end(from);
    const char *number = unblanked(c, from, num_end > from ? (size_t)(num_end - from) : 0);
    size_t digits = strspn(number, "0123456789");
    if (number[digits] && number[digits] != '/')
        return 1; /* "số 125 bổ sung ngày": no number */
    if (!ngay)
        return tail_words(c, num_end);
    const char *date = ngay + strlen(" ngày"), *date_end = part_end(date);
    return imp_date_other_words(date, (size_t)(date_end - date)) || tail_words(c, date_end);
}

/* s as the whole-line comparison reads it, into out: a draft's blanks
 * and emphasis marks left out (spaces, no-break spaces, a run of two dots
 * or more, an ellipsis, underscores, stars, a .md's backslashes); its
 * capitals, a lone dot and its digits as they are: the rebuilt plan
 * prints its own ("(kèm theo" for "(Kèm theo", "tháng 1" for "tháng 01",
 * a " ." after the issuer were no note, and the line came back otherwise:
 * s40imp). One rule with --templates' reading (read_by_wording), which
 * matches the wording's words as they are. */
static void compared(const char *s, Buf *out)
{
    for (size_t i = 0; s[i];) {
        unsigned char b = (unsigned char)s[i];
        if (strchr(" \t_*\\", b)) {
            i++;
        } else if (b == '.' && s[i + 1] == '.') {
            i += strspn(s + i, ".");
        } else if (b == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
            i += 2;
        } else if (b == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA6) {
            i += 3;
        } else {
            buf_putc(out, (char)b);
            i++;
        }
    }
}

/* Whether a and b read the same to compared(). */
static int same_compared(const char *a, const char *b)
{
    Buf x = {0}, y = {0};
    compared(a, &x);
    compared(b, &y);
    int same = x.len == y.len && memcmp(buf_str(&x), buf_str(&y), x.len) == 0;
    buf_free(&x);
    buf_free(&y);
    return same;
}

/* The date (y, m, d: a part a draft left blank 0) as the line's date
 * text date[0..n) writes it: "15/01/2024" (or with "-"), "15 01 2024",
 * else "15 tháng 01 năm 2024", into out; nothing for no text. */
static void date_as_typed(const char *date, size_t n, int y, int m, int d, Buf *out)
{
    char sep = memchr(date, '/', n) ? '/' : memchr(date, '-', n) ? '-' : 0;
    int words = !sep && (str_find(date, "tháng") || str_find(date, "Tháng") ||
                         str_find(date, "THÁNG"));
    if (!n)
        return; /* no date at all: "ngày" and nothing */
    if (d)
        vi_put_day(out, d); /* "05", as khgen prints it */
    buf_puts(out, sep ? (sep == '/' ? "/" : "-") : words ? " tháng " : " ");
    if (m)
        vi_put_month(out, m); /* "01", "4" */
    buf_puts(out, sep ? (sep == '/' ? "/" : "-") : words ? " năm " : " ");
    if (y)
        buf_printf(out, "%d", y);
}

/* The wording attachment_under_title: --templates' (c->templates_dir)
 * or the built-in one; *set the set it is read from (c's, made once);
 * NULL when it is not there (KH802). */
static const char *wording_of(Ctx *c, TemplateSet **set)
{
    *set = imp_templates(c); /* read once: it was read again at each line */
    return *set ? tpl_wording(*set, "attachment_under_title") : NULL;
}

/* s past the blanks and emphasis marks a line may hold anywhere (spaces,
 * no-break spaces, '*', '_') */
static const char *past_blanks(const char *s)
{
    for (;;) {
        if (*s == ' ' || *s == '*' || *s == '_' || *s == '\t')
            s++;
        else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
            s += 2;
        else
            return s;
    }
}

/* Whether the wording's words lit[0..n) stand at s, blanks and emphasis
 * aside in both; *end: where they end in s. */
static int words_at(const char *s, const char *lit, size_t n, const char **end)
{
    for (size_t i = 0;; s++, i++) {
        while (i < n && lit[i] == ' ')
            i++;
        s = past_blanks(s);
        if (i == n)
            return *end = s, 1;
        if (*s != lit[i])
            return 0;
    }
}

enum { WORDING_VARS = 8, WORDING_LINE_MAX = 2000 };

/* A --templates wording cut once into its words and tags: words[0..n)
 * (runs of spaces made one: words_at skips a wording's spaces however
 * many), up to the next "{{" within its first pre bytes, then the tag's
 * name, NULL after the last words. */
struct WordingPart {
    const char *words, *name;
    size_t n, pre;
};

/* n bytes of t with each run of spaces made one, appended to out; the
 * length the first pre of them take there in *pre_out. */
static void one_space_words(Buf *out, const char *t, size_t n, size_t pre, size_t *pre_out)
{
    size_t from = out->len;
    for (size_t i = 0; i < n; i++) {
        if (i == pre)
            *pre_out = out->len - from;
        if (t[i] != ' ' || i == 0 || t[i - 1] != ' ')
            buf_putc(out, t[i]);
    }
    if (pre >= n)
        *pre_out = out->len - from;
}

/* The wording w cut into its parts (as read_by_wording reads a line by
 * them: {{#issuer}} and {{/issuer}} dropped, the section printed), in c's
 * arena, *n of them, and in *weight the characters of their words other
 * than spaces, each of which a line read by it holds; cut once per
 * wording (c->wording_of). Cut again for each "(Kèm theo ...)" line, a
 * wording of 1.2 MB (the cap is 4 MiB) cost 17 ms a line, 200 lines
 * 3.5 s, and one of spaces each place a value may end (s40scale). */
static const struct WordingPart *wording_parts(Ctx *c, const char *w, size_t *n, size_t *weight)
{
    if (c->wording_of != w) {
        Buf lits = {0};
        for (const char *t = w; *t;)
            if (strncmp(t, "{{#issuer}}", 11) == 0 || strncmp(t, "{{/issuer}}", 11) == 0)
                t += 11;
            else
                buf_putc(&lits, *t++);
        size_t cap = 4, count = 0, heavy = 0;
        struct WordingPart *parts = xmalloc(cap * sizeof *parts);
        for (const char *t = buf_str(&lits); *t;) {
            const char *open = str_find(t, "{{"), *close = open ? str_find(open, "}}") : NULL;
            size_t k = close ? (size_t)(open - t) : strlen(t), pre = open ? (size_t)(open - t) : k;
            Buf words = {0};
            if (count == cap)
                parts = xrealloc(parts, (cap *= 2) * sizeof *parts);
            struct WordingPart *part = &parts[count++];
            one_space_words(&words, t, k, pre, &part->pre);
            part->n = words.len;
            part->words = arena_strndup(c->arena, buf_str(&words), words.len);
            part->name = close ? arena_strndup(c->arena, open + 2, (size_t)(close - open - 2)) : NULL;
            for (size_t i = 0; i < words.len; i++)
                heavy += words.data[i] != ' ';
            buf_free(&words);
            if (!close)
                break;
            t = close + 2;
        }
        c->wording_parts = arena_alloc(c->arena, (count + 1) * sizeof *parts);
        if (count)
            memcpy(c->wording_parts, parts, count * sizeof *parts);
        free(parts);
        buf_free(&lits);
        c->n_wording_parts = count;
        c->wording_weight = heavy;
        c->wording_of = w;
    }
    *n = c->n_wording_parts;
    *weight = c->wording_weight;
    return c->wording_parts;
}

/* The line read by a --templates wording w: its words between the
 * wording's ({{#issuer}} and {{/issuer}} dropped: the section printed)
 * are each {{name}}'s, in names[]/vals[] (at most WORDING_VARS, in c's
 * arena); their count, or -1 when the line does not read so (other
 * words, fewer characters than the wording's words, or longer than
 * WORDING_LINE_MAX: quadratic past it). */
static int read_by_wording(Ctx *c, const char *w, const char *line, const char **names,
                           const char **vals)
{
    size_t n_parts, weight, len = strlen(line);
    const struct WordingPart *parts = wording_parts(c, w, &n_parts, &weight);
    const char *s = past_blanks(line), *end;
    int k = 0, ok = len <= WORDING_LINE_MAX && weight <= len;
    for (size_t p = 0; ok && p < n_parts; p++) {
        if (!words_at(s, parts[p].words, parts[p].n, &s) && (ok = 0, 1))
            break;
        if (!parts[p].name)
            break;
        const char *next = p + 1 < n_parts ? parts[p + 1].words : "";
        size_t nn = p + 1 < n_parts ? parts[p + 1].pre : 0;
        const char *v = s;
        while (*v && !(nn && words_at(v, next, nn, &end)))
            v++; /* the value runs to where the next words stand */
        if (k == WORDING_VARS || (nn && !*v)) {
            ok = 0;
            break;
        }
        names[k] = parts[p].name;
        vals[k++] = arena_strndup(c->arena, s, (size_t)(v - s));
        s = v;
    }
    return ok && !*past_blanks(s) ? k : -1;
}

/* Whether the line says other words than --templates' wording w, or
 * another number, code, date or issuer than the plan's header read so far
 * (a part left blank: the header's to fill); the issuer it gives in
 * *issuer when the header has none yet. */
static int unlike_wording(Ctx *c, const char *w, const char *line, const char **issuer)
{
    const char *names[WORDING_VARS], *vals[WORDING_VARS];
    int k = read_by_wording(c, w, line, names, vals);
    if (k < 0)
        return 1;
    const IPlan *p = c->plan;
    int y, m, d, hy, hm, hd;
    for (int i = 0; i < k; i++) {
        const char *v = unblanked(c, vals[i], strlen(vals[i]));
        const char *own = !strcmp(names[i], "number") ? p->number : !strcmp(names[i], "code") ? p->code
                          : !strcmp(names[i], "issuer") ? p->issuer_short : NULL;
        int is_date = !strcmp(names[i], "date"), is_issuer = !strcmp(names[i], "issuer");
        if (is_issuer && !p->issuer_short && *v)
            *issuer = vals[i];
        else if (is_issuer && own && *v ? !same_compared(vals[i], own)
                                        : own && *v && strcmp(v, unblanked(c, own, strlen(own))) != 0)
            return 1; /* the issuer as the default path compares it: "Hưu ." is no "Hưu" */
        if (is_date && imp_date_other_words(vals[i], strlen(vals[i])))
            return 1; /* "năm 2024 2025" */
        if (is_date && line_date(vals[i], strlen(vals[i]), &y, &m, &d) &&
            header_date(p->date, &hy, &hm, &hd) && (y != hy || (m && m != hm) || (d && d != hd)))
            return 1;
        if (is_date && y) { /* "tháng 1": printed "tháng 01", as the default path reads it */
            Buf typed = {0};
            date_as_typed(vals[i], strlen(vals[i]), y, m, d, &typed);
            int other = !same_compared(vals[i], buf_str(&typed));
            buf_free(&typed);
            if (other)
                return 1;
        }
    }
    return 0;
}

int imp_attline_at(const char *flat)
{
    return starts_with_ci(flat + strspn(flat, "*_ "), "(Kèm theo");
}

const char *imp_attline_issuer(Ctx *c, const char *line, size_t *len)
{
    TemplateSet *set;
    const char *w = c->templates_dir ? wording_of(c, &set) : NULL, *who = NULL;
    if (w) { /* as --templates' wording has it */
        unlike_wording(c, w, line, &who);
        return *len = who ? strlen(who) : 0, who;
    }
    const char *of = str_find(line, " của ");
    who = of ? of + strlen(" của ") : NULL;
    *len = who ? strcspn(who, ")") : 0;
    return who;
}

/* Whether the line is other than khgen's template (templates/wording.yaml,
 * attachment_under_title) prints it with the plan's code and issuer, the
 * number and the date the line says (its number's digits at num[0..
 * num_n), its date y, m, d, written as date[0..date_n) writes it), read
 * as compared() reads both: a word the parts' rules let pass, anywhere in
 * the line, is a difference. 0 when the template is not there (KH802). */
static int unlike_printed(Ctx *c, const char *line, const char *num, size_t num_n,
                          const char *date, size_t date_n, int y, int m, int d)
{
    TemplateSet *set;
    const char *wording = wording_of(c, &set);
    if (!wording)
        return 0;
    const IPlan *p = c->plan;
    size_t who_n;
    const char *issuer = p->issuer_short, *who = imp_attline_issuer(c, line, &who_n);
    if (!issuer && who) /* the line's own, when the header has none */
        issuer = arena_strndup(c->arena, who, who_n);
    Buf when = {0}, printed = {0}, want = {0}, got = {0};
    date_as_typed(date, date_n, y, m, d, &when);
    TValue *values = tv_map(c->arena);
    tv_set_str(c->arena, values, "number", num_n ? arena_strndup(c->arena, num, num_n) : "");
    tv_set_str(c->arena, values, "code", p->code ? p->code : "");
    tv_set_str(c->arena, values, "date", buf_str(&when));
    tv_set_str(c->arena, values, "issuer", issuer ? issuer : "");
    tpl_render_text(set, "templates/wording.yaml", wording, strlen(wording), values,
                    TPL_ESCAPE_NONE, &printed);
    compared(buf_str(&printed), &want);
    compared(line, &got);
    int unlike = want.len != got.len || memcmp(buf_str(&want), buf_str(&got), want.len) != 0;
    buf_free(&when);
    buf_free(&printed);
    buf_free(&want);
    buf_free(&got);
    return unlike;
}

int imp_attline_other(Ctx *c, const char *line)
{
    const char *so = str_find(line, " số "), *ngay = so ? str_find(so, " ngày") : NULL;
    TemplateSet *set;
    const char *w = c->templates_dir ? wording_of(c, &set) : NULL, *issuer = NULL;
    if (w) /* --templates' own wording: the line read by it */
        return unlike_wording(c, w, line, &issuer);
    if (other_words(c, line, so, ngay))
        return 1;
    const IPlan *p = c->plan;
    /* "số ngày": the space after "số" is the one before "ngày" */
    const char *from = so ? so + strlen(" số ") : "";
    const char *num_end = ngay ? ngay : so ? part_end(from) : from;
    const char *number = unblanked(c, from, num_end > from ? (size_t)(num_end - from) : 0);
    const char *slash = strchr(number, '/');
    const char *own = unblanked(c, p->number ? p->number : "", p->number ? strlen(p->number) : 0);
    if (slash && slash > number &&
        (strlen(own) != (size_t)(slash - number) || strncmp(own, number, strlen(own)) != 0))
        return 1;
    if (slash && p->code && strcmp(slash + 1, unblanked(c, p->code, strlen(p->code))) != 0)
        return 1;
    const char *date = ngay ? ngay + strlen(" ngày") : "";
    const char *end = ngay ? str_find(date, " của") : NULL;
    size_t len = end ? (size_t)(end - date) : strcspn(date, ")");
    int y, m, d, hy, hm, hd;
    /* a part the line leaves blank is the header's to fill, no edit */
    if (line_date(date, len, &y, &m, &d) && header_date(p->date, &hy, &hm, &hd) &&
        (y != hy || (m && m != hm) || (d && d != hd)))
        return 1;
    /* the whole line against the template's, the parts as read, one rule
     * for every line, with a date or none (s38imp, s39imp) */
    size_t digits = strspn(number, "0123456789");
    return unlike_printed(c, line, number, digits, date, len, y, m, d);
}

void imp_attline_left_out(Ctx *c, Buf *lost, const Para *label, const Para *line)
{
    Buf name = {0}, text = {0};
    for (const char *t = label->flat; *t; t++)
        buf_putc(&name, (unsigned char)*t < 0x20 ? ' ' : *t);
    for (const char *t = line->flat; *t; t++)
        buf_putc(&text, (unsigned char)*t < 0x20 ? ' ' : *t);
    Buf said = {0};
    buf_printf(&said, _("the line under the title of the attachment page '%s' gives the plan's "
                        "number or date otherwise than its header, or words khgen does not "
                        "print there:"),
               name.data);
    emit_unplaced_lines(lost, 0, buf_str(&said), NULL);
    buf_free(&said);
    emit_unplaced_lines(lost, 0, arena_printf(c->arena, "  %s", text.data), "KH762");
    SrcPos pos = {c->path, line->line > 0 ? line->line : 0, line->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH762, "'%s' under the title of the attachment page '%s' gives "
                 "the plan's number or date otherwise than its header, or words khgen does not "
                 "print there: khgen prints that line from the header, so it is written as a "
                 "'# review:' comment at the top of the plan; write the number and the date in the "
                 "header (number:, date:), move other words into the plan, then delete the "
                 "comment", text.data, name.data);
    buf_free(&name);
    buf_free(&text);
}
