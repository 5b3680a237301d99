/* import_notes.c - the text of a document that a plan has no place for,
 * kept as "# review:" notes beside the paragraph it belongs to.
 *
 * A plan has no footnotes, text boxes or tables inside a table's cell. The
 * readers used to leave their text out, or join it into the cell around it
 * (attack 8 L1, L2), with a warning only. Now each becomes a note of the
 * paragraph that refers to it or holds it (ImpPara.review, one note a
 * line), which emit_yaml.c writes as "# review:" comments next to what
 * that paragraph became: the text survives, in the plan source, where the
 * drafter looks for it. import_docx.c finds a .docx's notes, boxes and
 * nested tables; this file keeps a note, quotes the words before a
 * reference mark, and takes a Markdown file's footnotes out of its
 * paragraphs ("[^1]: text" and the "[^1]" marks), and its pictures
 * ("![Sơ đồ](media/image1.png)", which a plan printed as the words "Sơ
 * đồ" where a .docx's picture was left out without a word: s25foreign
 * L4): the one rule for both, a note naming the picture by its
 * description (imp_md_pictures; import_docx.c's picture_note).
 */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "import_impl.h"
#include "i18n.h"
#include "vi.h"

void imp_para_review(Arena *arena, ImpPara *para, const char *what, const char *text,
                     size_t len)
{
    imp_para_review_as(arena, para, NULL, what, text, len);
}

void imp_para_review_as(Arena *arena, ImpPara *para, const char *code, const char *what,
                        const char *text, size_t len)
{
    while (len && (*text == ' ' || *text == '\n'))
        text++, len--;
    while (len && (text[len - 1] == ' ' || text[len - 1] == '\n'))
        len--;
    /* the whole note cleaned: the words quoted in what are the document's */
    char *note = arena_printf(arena, "%s: %.*s", what, (int)len, text);
    note = imp_clean_text(arena, note, strlen(note));
    for (char *t = note; *t; t++)
        if (*t == '\n')
            *t = ' ';
    if (code)
        note = arena_printf(arena, "%s [%s]", note, code);
    imp_review_put(arena, para, note, strlen(note));
}

void imp_review_put(Arena *arena, ImpPara *para, const char *s, size_t n)
{
    size_t need = para->review_len + (para->review_len > 0) + n + 1;
    if (need > para->review_cap) {
        size_t cap = para->review_cap ? para->review_cap : 64;
        while (cap < need)
            cap *= 2;
        char *room = arena_alloc(arena, cap);
        if (para->review_len)
            memcpy(room, para->review, para->review_len);
        para->review = room;
        para->review_cap = cap;
    }
    if (para->review_len)
        para->review[para->review_len++] = '\n';
    memcpy(para->review + para->review_len, s, n);
    para->review_len += n;
    para->review[para->review_len] = '\0';
}

const char *imp_quote_before(Arena *arena, const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (!n)
        return _("at the start of its paragraph");
    size_t from = n, chars = 0;
    while (from > 0 && chars < 40) {
        from--;
        if (((unsigned char)s[from] & 0xC0) != 0x80)
            chars++;
    }
    char *q = arena_printf(arena, _("after \"%s%.*s\""), from ? "..." : "", (int)(n - from),
                           s + from);
    for (char *t = q; *t; t++)
        if (*t == '\n')
            *t = ' ';
    return q;
}

/* ---- Markdown footnotes ---------------------------------------------------------------- */

/* The label of a footnote definition "[^label]: ..." at the start of s:
 * its length (> 0, the bytes between "[^" and "]"), 0 when s is none. */
static size_t definition_label(const char *s)
{
    if (s[0] != '[' || s[1] != '^')
        return 0;
    size_t n = strcspn(s + 2, "] \n\t[");
    return n && s[2 + n] == ']' && s[3 + n] == ':' ? n : 0;
}

typedef struct FootDef {
    char *label;
    Buf text;
    int line, col;
    size_t before;  /* how many kept paragraphs came before it */
    long placed;    /* the line of the paragraph it was put beside, -1 not yet */
} FootDef;

/* The text of p without its marks of defined footnotes ("[^1]"), each
 * first one's note added to p; NULL when it has none. */
static char *take_marks(Arena *arena, ImpPara *p, FootDef *defs, const StrSet *labels)
{
    const char *s = p->text;
    Buf out = {0};
    size_t done = 0;
    for (const char *m = str_find(s, "[^"); m; m = str_find(m + 1, "[^")) {
        size_t n = strcspn(m + 2, "] \n\t[");
        if (!n || m[2 + n] != ']' || m[3 + n] == ':' || (m > s && m[-1] == '\\'))
            continue; /* "\\[^1]" is the text "[^1]" */
        char *label = arena_strndup(arena, m + 2, n);
        size_t k = strset_find(labels, label);
        if (k == (size_t)-1)
            continue;
        buf_putn(&out, s + done, (size_t)(m - s) - done);
        done = (size_t)(m - s) + n + 3;
        if (defs[k].placed < 0) {
            const char *what = arena_printf(arena, _("footnote [^%s] %s"), label,
                                            imp_quote_before(arena, out.data ? out.data : "",
                                                             out.len));
            imp_para_review_as(arena, p, "KH760", what,
                               defs[k].text.data ? defs[k].text.data : "", defs[k].text.len);
            defs[k].placed = p->line;
        }
    }
    if (!done)
        return NULL;
    buf_puts(&out, s + done);
    size_t len = out.len;
    while (len && (out.data[len - 1] == ' ' || out.data[len - 1] == '\n'))
        len--;
    char *t = arena_strndup(arena, out.data, len);
    buf_free(&out);
    return t;
}

/* A definition "[^label]: text" (label at s + 2, n bytes) read at line. */
static void add_definition(Arena *arena, FootDef **defs, size_t *n_defs, size_t *cap,
                           StrSet *labels, const char *s, size_t n, size_t len, int line,
                           int col, size_t kept)
{
    char *label = arena_strndup(arena, s + 2, n);
    size_t at = strset_find(labels, label), skip = n + 4;
    while (skip < len && s[skip] == ' ')
        skip++;
    if (at != (size_t)-1) { /* defined again: one text */
        buf_putc(&(*defs)[at].text, ' ');
        buf_putn(&(*defs)[at].text, s + skip, len - skip);
        return;
    }
    if (*n_defs == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *defs = xrealloc(*defs, *cap * sizeof **defs);
    }
    FootDef *d = &(*defs)[*n_defs];
    memset(d, 0, sizeof *d);
    d->label = label;
    buf_putn(&d->text, s + skip, len - skip);
    d->line = line;
    d->col = col;
    d->before = kept;
    d->placed = -1;
    strset_add(labels, label, *n_defs);
    (*n_defs)++;
}

void imp_md_footnotes(Arena *arena, DiagSink *diags, const char *path, ImpParas *paras)
{
    FootDef *defs = NULL;
    size_t n_defs = 0, cap = 0, kept = 0;
    StrSet labels = {0};
    for (size_t i = 0; i < paras->n; i++) {
        ImpPara *p = &paras->items[i];
        /* a definition starts the paragraph or one of its lines (lines
         * without a blank one between them are one paragraph) */
        const char *s = p->text, *first = NULL;
        for (const char *l = s; l && !p->heading && !first; l = strchr(l, '\n')) {
            l += *l == '\n';
            if (definition_label(l))
                first = l;
        }
        /* a paragraph indented under a definition is its own, up to a
         * line that starts another */
        int own = !p->heading && first != s && n_defs && p->indent >= 4 &&
                  defs[n_defs - 1].before == kept;
        if (own) {
            buf_putc(&defs[n_defs - 1].text, ' ');
            buf_putn(&defs[n_defs - 1].text, s, first ? (size_t)(first - s - 1) : strlen(s));
        }
        if (!first) {
            if (!own)
                paras->items[kept++] = *p;
            continue;
        }
        int line = p->line;
        for (const char *q = s; q < first; q++)
            line += *q == '\n';
        if (first > s && !own) { /* the lines before it stay a paragraph */
            p->text[first - s - 1] = '\0';
            paras->items[kept++] = *p;
        }
        for (const char *l = first; l;) {
            const char *next = strchr(l, '\n');
            while (next && !definition_label(next + 1))
                next = strchr(next + 1, '\n');
            size_t len = next ? (size_t)(next - l) : strlen(l);
            add_definition(arena, &defs, &n_defs, &cap, &labels, l, definition_label(l), len,
                           line, first == s ? p->indent + 1 : 1, kept);
            for (const char *q = l; q < l + len; q++)
                line += *q == '\n';
            l = next ? next + 1 : NULL;
            line += next != NULL;
        }
    }
    paras->n = kept;
    for (size_t i = 0; n_defs && i < kept; i++) {
        ImpPara *p = &paras->items[i];
        if (!str_find(p->text, "[^"))
            continue;
        char *t = take_marks(arena, p, defs, &labels);
        if (t)
            p->text = t;
    }
    for (size_t k = 0; k < n_defs; k++) {
        FootDef *d = &defs[k];
        SrcPos pos = {path, d->line, d->col};
        if (d->placed >= 0) {
            diag_warning(diags, pos, 0, KH760, "a footnote ('[^%s]'): a plan has none; its "
                         "text is written as a '# review:' comment beside the paragraph of "
                         "line %ld that refers to it, and its mark is left out; move the text "
                         "where it belongs", d->label, d->placed);
        } else if (kept) {
            /* no text refers to it: beside the paragraph where it stood */
            ImpPara *p = &paras->items[d->before ? d->before - 1 : 0];
            imp_para_review_as(arena, p, "KH760",
                               arena_printf(arena, _("footnote [^%s], which no text refers to"),
                                            d->label),
                               d->text.data ? d->text.data : "", d->text.len);
            diag_warning(diags, pos, 0, KH760, "a footnote ('[^%s]') that no text refers to: "
                         "a plan has none; its text is written as a '# review:' comment "
                         "beside the paragraph of line %d; move it where it belongs",
                         d->label, p->line);
        }
        buf_free(&d->text);
    }
    strset_free(&labels);
    free(defs);
}

/* ---- pictures ------------------------------------------------------------------------ */

void imp_pictures_warning(DiagSink *diags, SrcPos pos, int n)
{
    if (n)
        diag_warning(diags, pos, 0, KH759,
                     i18n_ntr("'%s' has %d picture or drawing, which a plan has no place for "
                              "(its documents print none): it is named by its description in a "
                              "'# review:' comment beside its paragraph; add it to the issued "
                              "document by hand if it belongs there",
                              "'%s' has %d pictures or drawings, which a plan has no place for "
                              "(its documents print none): each is named by its description in "
                              "a '# review:' comment beside its paragraph; add it to the issued "
                              "document by hand if it belongs there", (unsigned long)n),
                     pos.file, n);
}

void imp_picture_note(Arena *arena, ImpPara *para, const char *name, size_t len)
{
    if (!len)
        name = _("(no description)"), len = strlen(name);
    Buf nfc = {0}; /* Word's Alt Text as typed: NFC as every text */
    vi_put_nfc(&nfc, name, len);
    imp_para_review(arena, para, _("a picture, which a plan has no place for"), buf_str(&nfc),
                    nfc.len);
    buf_free(&nfc);
}

/* The first c at or after from in s, remembered in *seen (NULL: not looked
 * for yet; the text's end: none left): each is looked for once however
 * many openings come before it */
static const char *next_of(const char *from, char c, const char **seen)
{
    if (!*seen || (**seen && *seen < from)) {
        const char *at = strchr(from, c);
        *seen = at ? at : from + strlen(from);
    }
    return **seen ? *seen : NULL;
}

/* The parentheses of one line of a text paired, as CommonMark pairs them
 * in a link's address ("![a](f(1).png)": the picture ends at the second
 * ')', where import took the first and left ".png)" as text, s38attack
 * H4): each line is paired once, when a picture on it is first looked at,
 * so a text of many pictures stays linear. */
typedef struct Parens {
    const char *line, *end;   /* the line paired, [line, end) */
    const char **open, **close; /* each '(' of it in order, its ')' or NULL */
    size_t *stack;              /* the indexes of the '(' still open */
    size_t n, cap;
} Parens;

/* The ')' that closes the '(' at o, on o's line of s, or NULL. */
static const char *paren_close(Parens *pp, const char *s, const char *o)
{
    if (!pp->line || o < pp->line || o >= pp->end) {
        const char *a = o, *b = strchr(o, '\n');
        while (a > s && a[-1] != '\n')
            a--;
        pp->line = a;
        pp->end = b ? b : o + strlen(o);
        pp->n = 0;
        size_t depth = 0;
        for (const char *c = a; c < pp->end; c++) {
            if (*c == '\\' && c + 1 < pp->end) {
                c++;
            } else if (*c == '(') {
                if (pp->n == pp->cap) {
                    pp->cap = pp->cap ? 2 * pp->cap : 16;
                    pp->open = xrealloc(pp->open, pp->cap * sizeof *pp->open);
                    pp->close = xrealloc(pp->close, pp->cap * sizeof *pp->close);
                    pp->stack = xrealloc(pp->stack, pp->cap * sizeof *pp->stack);
                }
                pp->stack[depth++] = pp->n;
                pp->open[pp->n] = c;
                pp->close[pp->n++] = NULL;
            } else if (*c == ')' && depth) {
                pp->close[pp->stack[--depth]] = c;
            }
        }
    }
    size_t lo = 0, hi = pp->n; /* o among the line's '(' */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pp->open[mid] < o)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < pp->n && pp->open[lo] == o ? pp->close[lo] : NULL;
}

/* p's text without its pictures "![alt](address)", each named in a note of
 * note (imp_para_review); NULL when it has none. One pass, each close
 * found once (a line of "![" and no "]" is linear). A picture inside a
 * code span is text: a backtick run opens one, the next run of its length
 * closes it (an opening run never closed, literal to CommonMark, keeps
 * the pictures after it as text: the safe side). */
static char *take_pictures(Arena *arena, const char *s, ImpPara *note, int *count)
{
    Buf out = {0};
    Parens parens = {0};
    const char *copied = s, *bracket = NULL, *open = NULL;
    size_t code = 0; /* inside a code span: its opening run's length */
    for (const char *p = s; *p; p++) {
        if (*p == '\\' && p[1] && !code) {
            p++;
            continue;
        }
        if (*p == '`') {
            size_t run = 1;
            while (p[1] == '`')
                p++, run++;
            code = !code ? run : run == code ? 0 : code;
            continue;
        }
        if (code || p[0] != '!' || p[1] != '[')
            continue;
        const char *close = next_of(p + 2, ']', &bracket);
        const char *inner = next_of(p + 2, '[', &open);
        if (!close || (inner && inner < close) || close[1] != '(')
            continue;
        const char *end = paren_close(&parens, s, close + 1);
        if (!end)
            continue;
        /* the words before it, a space at most between them and the next */
        buf_putn(&out, copied, (size_t)(p - copied));
        /* a picture that is a link's whole text ("[![Sơ đồ](a.png)](https://...)")
         * leaves its description as that text: the link printed nothing,
         * its address lost from view (s26review) */
        if (p > s && p[-1] == '[' && end[1] == ']' && end[2] == '(') {
            if (close > p + 2)
                buf_putn(&out, p + 2, (size_t)(close - p - 2));
            else
                buf_putn(&out, close + 2, (size_t)(end - close - 2));
        }
        Buf what = {0};
        /* its alternative text, else "(no description)", and its address */
        buf_printf(&what, "%.*s (%.*s)", close > p + 2 ? (int)(close - p - 2) : -1,
                   close > p + 2 ? p + 2 : _("(no description)"), (int)(end - close - 2),
                   close + 2);
        imp_picture_note(arena, note, buf_str(&what), what.len);
        buf_free(&what);
        ++*count;
        copied = end + 1;
        while (out.len && out.data[out.len - 1] == ' ' && *copied == ' ')
            copied++;
        p = end;
    }
    free(parens.open);
    free(parens.close);
    free(parens.stack);
    if (copied == s) {
        buf_free(&out);
        return NULL;
    }
    buf_puts(&out, copied);
    size_t a = 0, n = out.len;
    while (a < n && (out.data[a] == ' ' || out.data[a] == '\n'))
        a++;
    while (n > a && (out.data[n - 1] == ' ' || out.data[n - 1] == '\n'))
        n--;
    char *r = arena_strndup(arena, out.data + a, n - a);
    buf_free(&out);
    return r;
}

void imp_md_pictures(Arena *arena, DiagSink *diags, const char *path, ImpParas *paras)
{
    size_t kept = 0;
    int count = 0, first_line = 0;
    ImpPara carried = {0}; /* notes of pictures alone before any paragraph */
    for (size_t i = 0; i < paras->n; i++) {
        ImpPara *p = &paras->items[i];
        if (p->in_table || !str_find(p->text, "![")) {
            paras->items[kept++] = *p;
            continue;
        }
        ImpPara *note = kept ? &paras->items[kept - 1] : &carried;
        int before = count;
        ImpPara self = *p;
        char *t = take_pictures(arena, p->text, &self, &count);
        if (count > before && !first_line)
            first_line = p->line;
        if (t && !*t) {
            /* the paragraph was its pictures alone: their notes go beside
             * the paragraph before it */
            if (self.review)
                imp_review_put(arena, note, self.review, self.review_len);
            continue;
        }
        if (t)
            self.text = t;
        paras->items[kept++] = self;
    }
    paras->n = kept;
    if (carried.review && kept) /* (arena memory) */
        imp_review_put(arena, &paras->items[0], carried.review, carried.review_len);
    SrcPos pos = {path, first_line, 1};
    imp_pictures_warning(diags, pos, count);
}

void imp_md_notes(Arena *arena, DiagSink *diags, const char *path, ImpParas *paras)
{
    imp_md_footnotes(arena, diags, path, paras);
    imp_md_pictures(arena, diags, path, paras);
}

/* ---- a budget per document ------------------------------------------------------------- */

/* Every note is a line of the plan the reader wrote from a few bytes of the
 * document ("![](a)", 6 bytes, became an ~80-byte note: 560 KB of pictures
 * wrote 7 MB, s26review L2). The first IMP_NOTES_MAX notes of a document
 * are kept as they are; the others are counted, by kind (a picture's, or
 * another), and named in one note at the paragraph of the first one left
 * out, with the lines of their first IMP_NOTES_LINES paragraphs. One pass
 * over the notes. */
static int picture_note(const char *s, size_t n)
{
    const char *pre = _("a picture, which a plan has no place for");
    size_t k = strlen(pre);
    return n > k && memcmp(s, pre, k) == 0 && s[k] == ':';
}

void imp_notes_budget(Arena *arena, Para *P, size_t n)
{
    size_t kept = 0, pictures = 0, others = 0, first = 0, n_lines = 0;
    Buf lines = {0};
    for (size_t i = 0; i < n; i++) {
        const char **r = &P[i].review;
        int at = P[i].line;
        if (!*r)
            continue;
        const char *s = *r, *cut = NULL;
        int named = 0;
        while (*s) {
            const char *e = strchr(s, '\n');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            if (kept < IMP_NOTES_MAX) {
                kept++;
            } else {
                if (!cut)
                    cut = s;
                if (!pictures && !others)
                    first = i;
                if (picture_note(s, len))
                    pictures++;
                else
                    others++;
                if (!named && n_lines++ < IMP_NOTES_LINES)
                    buf_printf(&lines, "%s%d", lines.len ? ", " : "", at);
                named = 1;
            }
            s += len + (e != NULL);
        }
        if (cut) /* this paragraph's notes from cut on are left out */
            *r = cut > *r ? arena_strndup(arena, *r, (size_t)(cut - *r - 1)) : NULL;
    }
    if (!pictures && !others) {
        buf_free(&lines);
        return;
    }
    const char **r = &P[first].review;
    const char *kinds =
        !others ? arena_printf(arena, _("%zu of pictures"), pictures)
        : !pictures ? arena_printf(arena, _("%zu of footnotes, comments, boxes or cells"), others)
                    : arena_printf(arena, _("%zu of pictures, %zu others"), pictures, others);
    const char *more = arena_printf(
        arena, i18n_ntr("... and %zu more note (%s), left out: an import writes a document's "
                        "first %d; the other stands beside the paragraph of line %s%s",
                        "... and %zu more notes (%s), left out: an import writes a document's first %d; "
                        "the others stand beside the paragraphs of lines %s%s",
                        (unsigned long)(pictures + others)),
        pictures + others, kinds, IMP_NOTES_MAX, buf_str(&lines),
        n_lines > IMP_NOTES_LINES ? ", ..." : "");
    *r = *r ? arena_printf(arena, "%s\n%s", *r, more) : more;
    buf_free(&lines);
}
