/* md_pandoc_inline.c - the inline marks of pandoc's own Markdown that
 * CommonMark does not have, read as pandoc's reader shows them.
 *
 * `pandoc -t markdown` of a Word plan writes underlined, small-capital or
 * highlighted words as a bracketed span, "[đường thôn]{.underline}",
 * Track Changes (`--track-changes=all`) as "[mức sống]{.deletion
 * author=...}[đời sống]{.insertion author=...}", a comment as
 * "[words]{.comment-start ...}", a picture's size after it,
 * "![Sơ đồ](media/image1.png){width="2.5in"}" (a link's class too),
 * struck words as "~~x~~" (GitHub's Markdown too) and a subscript as
 * "~2~". Import printed the brackets, braces and tildes in every format,
 * and the deleted words beside the inserted ones (s25foreign). Here a
 * span is its words (a deletion's and a comment's: nothing, as the .docx
 * reader leaves out deleted text and keeps a comment out of the text; a
 * small-capital one's in capitals, as the .docx reader reads w:smallCaps:
 * IMP_SMALL_CAPS_UPPER), a
 * link's or a picture's attributes nothing, "~~x~~" (struck), "~x~"
 * (lowered) and "^2^" (raised, digits only) their words between the signs
 * import_marks.c reads once the paragraphs are cut (imp_mark_sign), as
 * the .docx reader's struck and raised runs: left out with a note, "m²"
 * (they were kept as words, "~~100%~~ 95%" printing "100% 95%": s45imp).
 * pandoc's smart punctuation, its writer's "--" and "---" for Word's en
 * and em dashes ("Tài chính -- Kế hoạch", "2021--2025", "-- UBND tỉnh;"
 * opening a recipient's line or a table's cell), is the dash its reader
 * shows: import printed "--" in the issued plan and read a recipient "--
 * UBND tỉnh" (s28foreign). Only between spaces or figures, or opening a
 * line or a cell, on a line that is no rule (a table's delimiter row, a
 * thematic break): "a--b", a cell "| -- |", an HTML comment's "<!--"
 * and a bare address's ("https://a.vn/2021--2025", read as written)
 * stay. Obsidian's own marks as Obsidian shows them: a link to a note,
 * "[[tệp|tên]]", its alias (not "[[1]](url)", a link whose text is
 * "[1]"), a comment "%%...%%" nothing. A superscript of anything but
 * digits ("x^a^") is left as written (khgen's own Markdown escapes '^'
 * since s45imp). Escapes, code spans, fenced
 * code and indented code (imp_md_indented_code) are left as written.
 * One pass: the bytes to drop are marked in a difference array and copied
 * once, so the cost is linear in the text however the spans nest.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import.h"
#include "import_marks.h"
#include "md_blocks.h"
#include "vi.h"

/* 1 if s[a..b) reads as pandoc's attributes: ".class", "#id" or key=value */
static int attributes(const char *s, size_t a, size_t b)
{
    while (a < b && s[a] == ' ')
        a++;
    if (a == b) /* "[x]{}": a span without attributes (s26mut) */
        return 1;
    if (s[a] == '.' || s[a] == '#')
        return 1;
    return memchr(s + a, '=', b - a) != NULL;
}

/* 1 if the attributes s[a..b) name the class cls (".deletion") */
static int has_class(const char *s, size_t a, size_t b, const char *cls)
{
    size_t n = strlen(cls);
    for (size_t i = a; i + n <= b; i++)
        if (memcmp(s + i, cls, n) == 0 && (i == a || s[i - 1] == ' ') &&
            (i + n == b || s[i + n] == ' ' || s[i + n] == '}'))
            return 1;
    return 0;
}

/* 1 if s[a..b) names a class whose words Word's simple markup does not
 * show in the text */
static int hiding(const char *s, size_t a, size_t b)
{
    return has_class(s, a, b, ".deletion") || has_class(s, a, b, ".comment-start");
}

static void drop(int *del, size_t from, size_t to)
{
    del[from]++;
    del[to]--;
}

/* Where the pass's dash array (Pass.dash) prints a mark's piece of text
 * in place of what it drops: 1 an en dash, 2 an em dash, PUT_MARK + 2m
 * the opening of mark m (IMP_MARK_*), PUT_MARK + 2m + 1 its closing */
enum { PUT_MARK = 3 };

struct Pass;
static void marked(struct Pass *st, size_t len, size_t o, size_t oe, size_t c, size_t ce, int mark);

/* The backtick runs of a line: where each begins, its length, and where
 * the code span it opens ends (past the next run of its length), or
 * (size_t)-1 when no run closes it (a literal run); last: per length, the
 * run seen last, for the backward pass (all (size_t)-1 between lines). */
typedef struct {
    size_t *at, *len, *close, n, cap;
    size_t *last, last_cap;
} Ticks;

/* The backtick runs of s[i..end) into t, each paired with the next run of
 * its length as CommonMark pairs them: one pass forward, one back (the
 * runs' lengths sum to at most the line's, so last is as long as it). */
static void code_spans(const char *s, size_t i, size_t end, Ticks *t)
{
    t->n = 0;
    for (size_t p = i; p < end;) {
        if (s[p] != '`' || (p > i && s[p - 1] == '\\')) {
            p++;
            continue;
        }
        size_t q = p;
        while (q < end && s[q] == '`')
            q++;
        if (t->n == t->cap) {
            t->cap = t->cap ? 2 * t->cap : 16;
            t->at = xrealloc(t->at, t->cap * sizeof *t->at);
            t->len = xrealloc(t->len, t->cap * sizeof *t->len);
            t->close = xrealloc(t->close, t->cap * sizeof *t->close);
        }
        t->at[t->n] = p;
        t->len[t->n++] = q - p;
        if (q - p >= t->last_cap) {
            size_t from = t->last_cap;
            t->last_cap = 2 * (q - p) + 16;
            t->last = xrealloc(t->last, t->last_cap * sizeof *t->last);
            for (size_t k = from; k < t->last_cap; k++)
                t->last[k] = (size_t)-1;
        }
        p = q;
    }
    for (size_t k = t->n; k-- > 0;) {
        size_t next = t->last[t->len[k]];
        t->close[k] = next == (size_t)-1 ? (size_t)-1 : t->at[next] + t->len[next];
        t->last[t->len[k]] = k;
    }
    for (size_t k = 0; k < t->n; k++)
        t->last[t->len[k]] = (size_t)-1;
}

/* The length of the run of tildes at i */
static size_t tildes(const char *s, size_t len, size_t i)
{
    size_t n = 0;
    while (i + n < len && s[i + n] == '~')
        n++;
    return n;
}

/* What the pass has read: the bytes to drop (a difference array), the
 * '[' still open in the paragraph, its opening "~~", whether a "](" waits
 * for its ')', the line's backtick runs */
typedef struct Pass {
    int *del;
    int *up; /* the bytes to print in capitals (a difference array), or NULL */
    unsigned char *dash; /* where a dropped "--" (1) or "---" (2) prints its dash, a mark
                          * its signs (PUT_MARK, imp_mark_sign), or NULL */
    int rule;            /* the line is a rule, its dashes no dashes */
    int comment;         /* an HTML comment left as text is open over the line's end */
    size_t *open, n_open, cap_open;
    size_t strike;
    int link, any;
    Ticks ticks;
    size_t tick; /* the line's next backtick run */
    size_t paren; /* the next ')' at or after the last looked for, len: none */
    size_t no_percent; /* a "%%" looked for from before here to the line's end found none */
} Pass;

/* 1 if the line from a (to its '\n' or len) is blank */
static int blank_line(const char *s, size_t len, size_t a)
{
    while (a < len && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
        a++;
    return a == len || s[a] == '\n';
}

/* 1 if the line at a ends the paragraph above it: blank, or a block a
 * CommonMark reader starts there (a heading, a quote, a fence, a table's
 * row, a list item), so that no span is read over it: a deletion's
 * "]{.deletion}" two list items below its '[' left the items out, where
 * cmark shows them (s25review). Looks at the line's first bytes only. */
static int para_ends(const char *s, size_t len, size_t a)
{
    size_t b = a;
    while (b < len && b - a < 3 && s[b] == ' ')
        b++;
    if (b == len || s[b] == '\n' || blank_line(s, len, b))
        return 1;
    if ((s[b] == '`' || s[b] == '~') && b + 2 < len && s[b + 1] == s[b] && s[b + 2] == s[b])
        return 1; /* a fence; "~~sống~~" wrapped to a line's start is none */
    if (strchr("#>|", s[b]) || ((s[b] == '-' || s[b] == '+' || s[b] == '*') && b + 1 < len &&
                                 (s[b + 1] == ' ' || s[b + 1] == '\n')))
        return 1;
    size_t d = b;
    while (d < len && d - b < 9 && s[d] >= '0' && s[d] <= '9')
        d++;
    return d > b && d + 1 < len && (s[d] == '.' || s[d] == ')') && (s[d + 1] == ' ' || s[d + 1] == '\n');
}

/* A bracketed span's "]{" at p: its '}' before the paragraph ends or
 * another bracket; the span dropped (its words too, a hiding one's) when
 * its attributes read as pandoc's. Returns where the line goes on: past
 * the span, or past its "]{" when it is none, so that the marks between
 * are read ("p ]{~x~ q" is a subscript to pandoc; they were skipped to
 * the next bracket: s26mut); *end moves to the end of the line the span
 * ends on. Each byte is scanned here once: a scan ends at the next
 * bracket or brace, where the next one begins at the earliest. */
static size_t span_end(Pass *st, const char *s, size_t len, size_t p, size_t *end)
{
    size_t q = p + 2;
    while (q < len && s[q] != '}' && s[q] != '[' && s[q] != ']' && s[q] != '{' &&
           !(s[q] == '\n' && para_ends(s, len, q + 1)))
        q++;
    if (q < len && s[q] == '}' && st->n_open && attributes(s, p + 2, q)) {
        size_t o = st->open[--st->n_open];
        drop(st->del, o, o + 1);
        drop(st->del, p, q + 1);
        if (hiding(s, p + 2, q)) /* one space where it stood */
            drop(st->del, o, q + 1 + (o > 0 && s[o - 1] == ' ' && q + 1 < len && s[q + 1] == ' '));
        else if (IMP_SMALL_CAPS_UPPER && has_class(s, p + 2, q, ".smallcaps")) {
            if (!st->up)
                st->up = calloc(len + 1, sizeof(int));
            st->up[o + 1]++;
            st->up[p]--;
        }
        st->any = 1;
        while (q + 1 > *end && *end < len) { /* its attributes over lines */
            const char *nl = memchr(s + *end + 1, '\n', len - *end - 1);
            *end = nl ? (size_t)(nl - s) : len;
        }
        return q + 1;
    }
    st->n_open -= st->n_open > 0;
    return p + 2;
}

/* A run of tildes at p: "~~" opening or closing a strikeout, "~x~" a
 * subscript on the line. Returns where the line goes on. */
static size_t tilde_run(Pass *st, const char *s, size_t len, size_t p, size_t end)
{
    size_t n = tildes(s, len, p);
    /* "~~~": a tilde and a strikeout's "~~" after it, or its closing "~~"
     * and a tilde ("H~~~2~~O" is "H~" and "2" struck to pandoc: s26mut) */
    if (n == 3 && st->strike == (size_t)-1 && p + 3 < end && s[p + 3] != ' ') {
        st->strike = p + 1;
        return p + 3;
    }
    if (n == 3 && st->strike != (size_t)-1 && s[p - 1] != ' ')
        n = 2;
    if (n == 2 && st->strike == (size_t)-1 && p + 2 < end && s[p + 2] != ' ') {
        st->strike = p;
    } else if (n == 2 && st->strike != (size_t)-1 && s[p - 1] != ' ') {
        marked(st, len, st->strike, st->strike + 2, p, p + 2, IMP_MARK_STRUCK);
        st->strike = (size_t)-1;
    } else if (n == 1 && p + 1 < end && s[p + 1] != ' ') {
        size_t q = p + 1;
        while (q < end && s[q] != '~' && s[q] != ' ' && s[q] != '\\')
            q++;
        if (q < end && s[q] == '~') { /* closed by one tilde of a run: "~x~~" is x and "~" */
            marked(st, len, p, p + 1, q, q + 1, IMP_MARK_LOWERED);
            return q + 1;
        }
        return q;
    }
    return p + n;
}

/* A caret at p: pandoc's superscript "^2^" ("m^2^": m², as pandoc's
 * Markdown of a Word run raised), its digits only, none escaped; any
 * other "^x^" is left as written (khgen's own Markdown does not escape
 * '^'). Returns where the line goes on. */
static size_t caret_run(Pass *st, const char *s, size_t len, size_t p, size_t end)
{
    size_t q = p + 1;
    while (q < end && s[q] >= '0' && s[q] <= '9')
        q++;
    if (q == p + 1 || q >= end || s[q] != '^')
        return q;
    marked(st, len, p, p + 1, q, q + 1, IMP_MARK_RAISED);
    return q + 1;
}

/* A run of hyphens at p: pandoc's "--" (an en dash) or "---" (an em
 * dash) between spaces or figures, or after a line's start or a tag's
 * '>' (a table's cell, import_mdhtml.c), dropped and its dash printed
 * in its place. Returns where the line goes on. */
static size_t dash_run(Pass *st, const char *s, size_t len, size_t p, size_t end)
{
    size_t n = 0;
    while (p + n < end && s[p + n] == '-')
        n++;
    if (st->rule || (n != 2 && n != 3))
        return p + n;
    size_t b = p;
    while (b > 0 && s[b - 1] == ' ')
        b--;
    int left = b == 0 || s[b - 1] == '\n' || (b < p && s[p - 1] == ' ') || s[p - 1] == '>' ||
               (s[p - 1] >= '0' && s[p - 1] <= '9');
    int right = p + n == end || s[p + n] == ' ' || (s[p + n] >= '0' && s[p + n] <= '9');
    if (b == p && b > 1 && s[p - 1] == '>' && s[b - 2] == '-')
        left = 0; /* "-->" ends a comment */
    size_t r = p + n;
    while (r < end && s[r] == ' ')
        r++;
    if (!left || !right || ((r == end || s[r] == '|') && (b == 0 || s[b - 1] == '\n' || s[b - 1] == '|')))
        return p + n; /* a cell or a line of "--" alone: a mark of its own, kept */
    if (!st->dash) {
        st->dash = calloc(len + 1, 1);
        if (!st->dash)
            return p + n;
    }
    st->dash[p] = (unsigned char)(n - 1);
    drop(st->del, p, p + n);
    st->any = 1;
    return p + n;
}

/* The marks o..oe and c..ce of a piece struck, raised or lowered (mark)
 * dropped, the piece's signs for import_marks.c in their places
 * (imp_mark_sign): its words left out or written as
 * Unicode's digits there, with a note, as the .docx reader's are. */
static void marked(struct Pass *st, size_t len, size_t o, size_t oe, size_t c, size_t ce, int mark)
{
    if (!st->dash && !(st->dash = calloc(len + 1, 1)))
        return;
    st->dash[o] = (unsigned char)(PUT_MARK + 2 * mark);
    st->dash[c] = (unsigned char)(PUT_MARK + 2 * mark + 1);
    drop(st->del, o, oe);
    drop(st->del, c, ce);
    st->any = 1;
}

/* 1 if the line s[a..e) is a rule or a table's delimiter row: its
 * hyphens are no dashes ("| --- | :---: |", "- - -", "+----+"). */
static int rule_line(const char *s, size_t a, size_t e)
{
    int dashes = 0;
    for (size_t i = a; i < e; i++) {
        if (!strchr(" -|:+=*_>\t\r", s[i])) /* '>': a quoted one, "> --- | ---:" */
            return 0;
        dashes += s[i] == '-';
    }
    return dashes > 0;
}

/* A link's or a picture's address from a (past "]("): its ')' (the
 * parentheses inside it paired), or the space before its title, or the
 * line's end; no mark is read in it ("](https://a.vn/~b/~c)" lost its
 * tildes as a subscript's, s25review). Each byte is passed over once. */
static size_t address_end(const char *s, size_t a, size_t end)
{
    size_t depth = 0;
    for (; a < end && s[a] != ' '; a++) {
        if (s[a] == '\\' && a + 1 < end)
            a++;
        else if (s[a] == '(')
            depth++;
        else if (s[a] == ')' && depth-- == 0)
            return a;
    }
    return a;
}

/* An autolink or an HTML tag at p ('<'): past its '>', where no mark is
 * read ("<https://a.vn/~b/~c>", an attribute's tildes); p + 1 when no
 * '>' comes before the next '<' or the line's end (each such search ends
 * at the next '<', so a line of them is read in linear time). */
static size_t tag_end(const char *s, size_t p, size_t end)
{
    size_t q = p + 1;
    if (q >= end || !(s[q] == '/' || ((s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'z')))
        return p + 1;
    while (q < end && s[q] != '>' && s[q] != '<')
        q++;
    return q < end && s[q] == '>' ? q + 1 : p + 1;
}

/* Obsidian's link to a note at p ("[[", not an embed's "![["), as Obsidian
 * shows it: "[[Nghị quyết 15|Nghị quyết số 15/NQ-HĐND]]" its alias, "[[Báo
 * cáo 2023]]" the note's name, the brackets and what the bar hides
 * dropped; none closed on the line, as written. Import printed the
 * brackets, the file's name and the bar in the issued plan (s28foreign). */
static size_t wikilink(Pass *st, const char *s, size_t p, size_t end)
{
    size_t q = p + 2, bar = 0;
    while (q + 1 < end && !(s[q] == ']' && s[q + 1] == ']') && s[q] != '[') {
        if (s[q] == '|' && !bar)
            bar = q;
        q++;
    }
    if (q + 1 >= end || s[q] != ']' || q == p + 2 || (bar && bar + 1 == q))
        return p + 1;
    if (q + 2 < end && (s[q + 2] == '(' || s[q + 2] == '['))
        return p + 1; /* "[[1]](https://...)": a link whose text is "[1]", as
                       * a reader reads it; it printed "1(https://...)" (s29review) */
    drop(st->del, p, bar ? bar + 1 : p + 2);
    drop(st->del, q, q + 2);
    st->any = 1;
    return q + 2;
}

/* 1 if the line from a (to its '\n' or len) is "%%" alone, spaces aside */
static int comment_fence(const char *s, size_t len, size_t a)
{
    while (a < len && s[a] == ' ')
        a++;
    if (a + 1 >= len || s[a] != '%' || s[a + 1] != '%')
        return 0;
    a += 2;
    while (a < len && (s[a] == ' ' || s[a] == '\r'))
        a++;
    return a == len || s[a] == '\n';
}

/* Obsidian's comment at p, which Obsidian does not show: "%%...%%" on a
 * line (after a space or the line's start, its end before a space, a
 * mark or the line's end: "100%%" is a typo, kept), or the lines between
 * two lines "%%": dropped, its line breaks given back (put_kept), one on
 * a line with one of the spaces around it. Import
 * printed a drafter's note, "%%nháp: xem lại%%", in the issued plan
 * (s28foreign). One never closed stays. */
static size_t obsidian_comment(Pass *st, const char *s, size_t len, size_t p, size_t *end)
{
    size_t a = p;
    while (a > 0 && s[a - 1] == ' ')
        a--;
    size_t q = (size_t)-1;
    if ((a == 0 || s[a - 1] == '\n') && comment_fence(s, len, a)) {
        for (size_t l = *end + 1; l < len && q == (size_t)-1;) {
            const char *nl = memchr(s + l, '\n', len - l);
            if (comment_fence(s, len, l))
                q = (size_t)((const char *)memchr(s + l, '%', len - l) - s);
            l = nl ? (size_t)(nl - s) + 1 : len;
        }
    } else if ((p == 0 || s[p - 1] == ' ' || s[p - 1] == '\n') && st->no_percent != *end) {
        for (size_t k = p + 2; k + 1 < *end && q == (size_t)-1; k++)
            if (s[k] == '%' && s[k + 1] == '%' && k > p + 2 &&
                (k + 2 == *end || !((unsigned char)s[k + 2] >= 0x80 || isalnum((unsigned char)s[k + 2]))))
                q = k;
        /* none to the line's end: none for a "%%" after this one either,
         * which looked again each time: " %%a" 80,000 times on a line took
         * 10.7 s, 20,000 0.7 (s28review, s28foreign's new loop) */
        if (q == (size_t)-1)
            st->no_percent = *end;
    }
    if (q == (size_t)-1)
        return p + 2;
    size_t from = p, to = q + 2;
    if (q + 2 <= *end) { /* on a line: one space of the two around it goes
                          * with it ("a %%x%% b" read "a  b", s30fixlow) */
        if (to < *end && s[to] == ' ')
            to++;
        else if (p > 0 && s[p - 1] == ' ')
            from--;
    }
    drop(st->del, from, to);
    st->any = 1;
    while (q + 2 > *end && *end < len) { /* over lines: the line it ends on */
        const char *nl = memchr(s + *end + 1, '\n', len - *end - 1);
        *end = nl ? (size_t)(nl - s) : len;
    }
    return q + 2;
}

/* A bare address at p ("https://vbpl.vn/van-ban/2021--2025", at a word's
 * start): its end, the next blank, '<' or ']' (no mark is read in it: its
 * "--" became a dash, the address one that does not exist, s29review);
 * p when there is none. */
static size_t bare_address(const char *s, size_t p, size_t end)
{
    if (p > 0 && !strchr(" \t(\n>", s[p - 1]))
        return p;
    if (!(end - p > 7 && strncmp(s + p, "http://", 7) == 0) &&
        !(end - p > 8 && strncmp(s + p, "https://", 8) == 0))
        return p;
    size_t q = p;
    while (q < end && !strchr(" \t<]", s[q]))
        q++;
    return q;
}

/* One byte (or mark) of a line at p; returns where the line goes on */
static size_t step(Pass *st, const char *s, size_t len, size_t p, size_t *end)
{
    char c = s[p];
    if (c == '\\')
        return p + 2;
    if (c == '`') {
        /* a code span through the next run of its length, else literal */
        Ticks *t = &st->ticks;
        while (st->tick < t->n && t->at[st->tick] < p)
            st->tick++;
        size_t k = st->tick < t->n && t->at[st->tick] == p ? st->tick : t->n;
        return k == t->n ? p + 1 : t->close[k] != (size_t)-1 ? t->close[k] : p + t->len[k];
    }
    if (c == 'h') {
        size_t a = bare_address(s, p, *end);
        if (a != p)
            return a;
    }
    if (c == '[' && p + 1 < *end && s[p + 1] == '[' && (p == 0 || s[p - 1] != '!')) {
        size_t w = wikilink(st, s, p, *end);
        if (w != p + 1) /* else a bracket, "[[a]{.underline}]{.deletion}" */
            return w;
    }
    if (c == '%' && p + 1 < len && s[p + 1] == '%')
        return obsidian_comment(st, s, len, p, end);
    if (c == '[') {
        if (st->n_open == st->cap_open) {
            st->cap_open = st->cap_open ? 2 * st->cap_open : 16;
            st->open = xrealloc(st->open, st->cap_open * sizeof *st->open);
        }
        st->open[st->n_open++] = p;
        return p + 1;
    }
    if (c == ']' && p + 1 < len && s[p + 1] == '{')
        return span_end(st, s, len, p, end);
    if (c == ']') {
        st->n_open -= st->n_open > 0;
        st->link = p + 1 < *end && s[p + 1] == '(';
        if (!st->link)
            return p + 1;
        /* a link with no ')' on its line is none: its "(~a~" is read
         * ("[t](~a~" is a subscript to pandoc; s26mut); the next ')' is
         * looked for once for all the links before it */
        if (st->paren < p) {
            const char *close = memchr(s + p, ')', len - p);
            st->paren = close ? (size_t)(close - s) : len;
        }
        if (st->paren >= *end) {
            st->link = 0;
            return p + 1;
        }
        return address_end(s, p + 2, *end);
    }
    if (c == '<' && p + 3 < *end && s[p + 1] == '!' && s[p + 2] == '-' && s[p + 3] == '-') {
        /* an HTML comment left as text (md_comment.c: one holding "--"):
         * its hyphens are its own, not dashes, to its "-->" on the line */
        size_t q = p + 4;
        while (q + 2 < *end && !(s[q] == '-' && s[q + 1] == '-' && s[q + 2] == '>'))
            q++;
        st->comment = q + 2 >= *end; /* over lines: to the "-->" of one below */
        return q + 2 < *end ? q + 3 : *end;
    }
    if (c == '<')
        return tag_end(s, p, *end);
    if (c == ')' && st->link) {
        /* a link's or a picture's attributes, "](media/a.png){width=...}";
         * the link ends at its ')' either way ("[S](u) (x){.b}" lost its
         * "{.b}" as the link's attributes, which pandoc prints: s26mut) */
        st->link = 0;
        if (p + 1 >= *end || s[p + 1] != '{')
            return p + 1;
        size_t q = p + 2;
        while (q < *end && s[q] != '}' && s[q] != '{' && s[q] != '[')
            q++;
        if (q < *end && s[q] == '}' && attributes(s, p + 2, q)) {
            drop(st->del, p + 1, q + 1);
            st->any = 1;
        }
        return q < *end && s[q] == '}' ? q + 1 : p + 1;
    }
    if (c == '~')
        return tilde_run(st, s, len, p, *end);
    if (c == '^')
        return caret_run(st, s, len, p, *end);
    if (c == '-')
        return dash_run(st, s, len, p, *end);
    return p + 1;
}


/* s[from..to), which the pass keeps, to out; *lines line breaks that
 * dropped spans held ("[old\nwords]{.deletion}") given back where the
 * paragraph ends - before the first line in it, or the line at to, that
 * is blank or starts another block (para_ends) - so that import's
 * diagnostics after it name the lines the drafter sees (they named one
 * a line above for each: s25review), as md_comment.c gives back a
 * comment's. A raw block's fence dropped right after the paragraph ends
 * it too: the lines were given back at the next blank line only, the
 * block's text and the lines after it a line too high (s26mut). Each
 * line's start is looked at once here, or twice when it is at to. */
static void put_kept(Buf *out, const char *s, size_t len, size_t from, size_t to, size_t *lines)
{
    for (size_t i = from; *lines && i <= to; i++)
        if ((i == 0 || s[i - 1] == '\n') && para_ends(s, len, i)) {
            buf_putn(out, s + from, i - from);
            for (; *lines; --*lines)
                buf_putc(out, '\n');
            from = i;
        }
    buf_putn(out, s + from, to - from);
}

enum { RAW_NONE, RAW_HTML, RAW_OTHER };

/* The raw format a fence line s[lead..end) opens: pandoc's Markdown
 * writes the HTML comment that parts two lists of a Word document as
 * "```{=html}" over "<!-- -->" over "```", a block that only an HTML
 * writer prints. Import printed "```{=html} <!-- --> ```" as a paragraph
 * of the plan (s25review). RAW_HTML: its lines are HTML, read as the
 * .md's other HTML is (import_mdhtml.c); RAW_OTHER ("{=latex}",
 * "{=openxml}"): shown by no reader of the plan's formats. A format's
 * name is letters, digits, '-' and '_', in any case, and "html4" and
 * "html5" are HTML as "html" is, as pandoc reads them ("{=HTML}" was
 * left out, "{=html-x}" printed as code: s26mut). */
static int raw_format(const char *s, size_t lead, size_t end)
{
    size_t a = lead;
    while (a < end && s[a] == s[lead])
        a++;
    while (a < end && s[a] == ' ')
        a++;
    if (end - a < 4 || s[a] != '{' || s[a + 1] != '=')
        return RAW_NONE;
    size_t b = a + 2;
    while (b < end && (((s[b] | 0x20) >= 'a' && (s[b] | 0x20) <= 'z') || (s[b] >= '0' && s[b] <= '9') ||
                       s[b] == '-' || s[b] == '_'))
        b++;
    if (b == a + 2 || b >= end || s[b] != '}')
        return RAW_NONE;
    const char *f = s + a + 2;
    size_t n = b - a - 2;
    return (n == 4 || (n == 5 && (f[4] == '4' || f[4] == '5'))) && strncasecmp(f, "html", 4) == 0
               ? RAW_HTML
               : RAW_OTHER;
}

/* 1 if a fence line follows the line that ends at end: a raw block left
 * open is its text, as written (a "```{=latex}" never closed hid the
 * rest of the plan). Called for a raw block's opening fence only: one
 * that finds none has searched to the text's end, past which no fence
 * opens another. */
static int closed(const char *s, size_t len, size_t end)
{
    for (size_t i = end + 1; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - s) : len, lead = i;
        while (lead < e && lead - i < 3 && s[lead] == ' ')
            lead++;
        if (e - lead >= 3 && (memcmp(s + lead, "```", 3) == 0 || memcmp(s + lead, "~~~", 3) == 0))
            return 1;
        i = e + 1;
    }
    return 0;
}

/* 1 if s[0..len) holds "--" */
static int two_hyphens(const char *s, size_t len)
{
    for (const char *p = s; (p = memchr(p, '-', len - (size_t)(p - s))) != NULL && p + 1 < s + len; p++)
        if (p[1] == '-')
            return 1;
    return 0;
}

int imp_md_pandoc_inline(const char *s, size_t len, Buf *out)
{
    if (!memchr(s, '{', len) && !memchr(s, '~', len) && !two_hyphens(s, len) &&
        !memchr(s, '%', len) && !memchr(s, '[', len) && !memchr(s, '^', len))
        return 0;
    Pass st = {.del = calloc(len + 1, sizeof(int)), .strike = (size_t)-1, .paren = 0,
               .no_percent = (size_t)-1};
    int fence = 0, raw = RAW_NONE;
    MdIndent indent = {0, 1, 0};
    for (size_t i = 0; i < len;) {
        /* a line: a fence, a blank line (the paragraph's end), a line */
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) : len, lead = i;
        if (!fence && imp_md_indented_code(s + i, end - i, &indent)) {
            i = end + 1; /* an indented code block's line: its marks are text */
            continue;
        }
        while (lead < end && lead - i < 3 && s[lead] == ' ')
            lead++;
        int fence_line = end - lead >= 3 && (memcmp(s + lead, "```", 3) == 0 ||
                                             memcmp(s + lead, "~~~", 3) == 0);
        fence ^= fence_line;
        if (fence_line && fence)
            raw = raw_format(s, lead, end) && closed(s, len, end) ? raw_format(s, lead, end) : RAW_NONE;
        if (raw && (fence_line || raw == RAW_OTHER)) {
            /* a raw block's fences, and the text of one for another
             * format: nothing shown (its line breaks kept) */
            drop(st.del, fence_line ? lead : i, end);
            st.any = 1;
        }
        if (fence_line && !fence)
            raw = RAW_NONE;
        if (para_ends(s, len, i)) { /* a paragraph's end, or another block's start */
            st.n_open = 0;
            st.strike = (size_t)-1;
        }
        if (!fence && !fence_line && lead < end) {
            st.rule = rule_line(s, i, end);
            code_spans(s, i, end, &st.ticks);
            st.tick = 0;
            size_t p = i;
            while (st.comment && p < end) { /* the rest of a comment from above */
                if (p + 2 < end && s[p] == '-' && s[p + 1] == '-' && s[p + 2] == '>')
                    st.comment = 0, p += 2;
                p++;
            }
            while (p < end)
                p = step(&st, s, len, p, &end);
        }
        i = end + 1;
    }
    if (st.any) {
        /* the kept bytes, a run at a time: a run ends where a drop or a
         * span in capitals begins or ends (linear: each byte once); the
         * line breaks of dropped spans given back (put_kept) */
        int depth = 0, upper = 0, keep_run = 0, up_run = 0;
        size_t from = 0, lines = 0;
        Buf piece = {0};
        for (size_t i = 0; i <= len; i++) {
            int was = depth;
            if (i < len) {
                depth += st.del[i];
                upper += st.up ? st.up[i] : 0;
            }
            int keep = i < len && depth == 0, up = upper > 0;
            if (i == len || keep != keep_run || (keep && up != up_run)) {
                if (keep_run && up_run) { /* a span holds no blank line */
                    buf_reset(&piece);
                    buf_putn(&piece, s + from, i - from);
                    vi_put_upper_links(out, buf_str(&piece));
                } else if (keep_run) {
                    put_kept(out, s, len, from, i, &lines);
                }
                from = i, keep_run = keep, up_run = up;
            }
            if (i < len && st.dash && st.dash[i] >= PUT_MARK && was == 0) /* a mark's sign */
                buf_puts(out, imp_mark_sign((st.dash[i] - PUT_MARK) / 2, (st.dash[i] - PUT_MARK) % 2));
            else if (i < len && st.dash && st.dash[i] && was == 0) /* its dash, where it stood */
                buf_puts(out, st.dash[i] == 2 ? "\xE2\x80\x94" : "\xE2\x80\x93");
            lines += i < len && depth && s[i] == '\n';
        }
        buf_free(&piece);
        while (lines--)
            buf_putc(out, '\n');
    }
    free(st.up);
    free(st.dash);
    free(st.open);
    free(st.del);
    free(st.ticks.at);
    free(st.ticks.len);
    free(st.ticks.close);
    free(st.ticks.last);
    return st.any;
}
