/* import_marks.c - what import writes for text a document shows struck
 * through, raised or lowered: one decision, the .docx reader's
 * (docx_runs.c) and the .md reader's.
 *
 * A plan prints its text plain: no strike-through, no superscript. An
 * official who edits last year's plan without Track Changes strikes the
 * old figure and types the new one after it ("100%" struck, then "95%"):
 * the struck words are words deleted and left visible for the reviewer.
 * Import kept them, and the plan printed "100% 95%", a wrong figure, with
 * exit status 0 (s43attack). Struck text is left out now, quoted in a
 * '# review:' comment [KH772] beside its paragraph, with a warning: the
 * official sees what went and writes back what was not meant to go.
 * A raised or lowered piece is a unit's power ("m2" with a raised "2":
 * m², km², m³) or a formula's index ("CO2" with a lowered "2": CO₂): kept
 * as digits on the line it read as another figure ("100 m2" is "100 m²",
 * not "100 m" and 2). Its digits are written with Unicode's superscript and
 * subscript digits, which Times New Roman and Liberation Serif (the
 * outputs' fonts) print raised and lowered as the document showed them;
 * a piece with any other character (a raised "0", which neither font has,
 * a sign, letters) stays on the line as written, with a comment saying
 * how the document showed it.
 * A .md's marks ("~~x~~", <del>, <s>, <strike>, "^2^", <sup>, "~2~",
 * <sub>) are read by its passes (md_pandoc_inline.c, import_mdhtml.c) as
 * signs around the piece (imp_mark_sign), read here once its paragraphs
 * are cut (imp_marks_paras): the same decision, noted beside the
 * paragraph, where they were kept as words ("~~100%~~ 95%" printed "100%
 * 95%"; s45imp).
 */
#include "import_marks.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "vi.h"

int imp_mark_unicode(const char *s, size_t n, int mark, Buf *out)
{
    /* U+2070 (⁰) and the signs are in neither font: not converted */
    static const char *const raised[10] = {NULL,           "\u00B9", "\u00B2", "\u00B3",
                                           "\u2074",       "\u2075", "\u2076", "\u2077",
                                           "\u2078",       "\u2079"};
    if (n == 0 || (mark != IMP_MARK_RAISED && mark != IMP_MARK_LOWERED))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9' || (mark == IMP_MARK_RAISED && s[k] == '0'))
            return 0;
    for (size_t k = 0; k < n; k++) {
        int d = s[k] - '0';
        if (mark == IMP_MARK_RAISED) {
            buf_puts(out, raised[d]);
        } else { /* U+2080 + d: E2 82 80+d */
            buf_putc(out, (char)0xE2);
            buf_putc(out, (char)0x82);
            buf_putc(out, (char)(0x80 + d));
        }
    }
    return 1;
}

void imp_mark_note(Arena *arena, ImpPara *para, ImpMarks *m, int mark, const char *s, size_t n,
                   int line)
{
    Buf nfc = {0};
    vi_put_nfc(&nfc, s, n);
    const char *text = buf_str(&nfc);
    const char *what = mark == IMP_MARK_STRUCK
                           ? _("struck through in the document, left out of the plan")
                       : mark == IMP_MARK_RAISED
                           ? _("raised (superscript) in the document, printed on the line")
                           : _("lowered (subscript) in the document, printed on the line");
    imp_para_review_as(arena, para, "KH772", what, text, nfc.len);
    int struck = mark == IMP_MARK_STRUCK;
    if ((struck ? m->struck : m->raised) == 0) {
        const char *first = arena_strndup(arena, text, nfc.len);
        if (struck)
            m->first_struck = first, m->struck_line = line;
        else
            m->first_raised = first, m->raised_line = line;
    }
    ++*(struck ? &m->struck : &m->raised);
    buf_free(&nfc);
}

/* first cut to at most 60 bytes, at a character's start, "..." after it, in room */
static const char *quoted(const char *first, char room[72])
{
    size_t n = strlen(first ? first : "");
    if (n <= 60)
        return first ? first : "";
    size_t cut = 60;
    while (cut > 0 && ((unsigned char)first[cut] & 0xC0) == 0x80)
        cut--;
    snprintf(room, 72, "%.*s...", (int)cut, first);
    return room;
}

void imp_marks_warnings(const ImpMarks *m, DiagSink *diags, const char *path)
{
    char room[72];
    if (m->struck > 0) {
        SrcPos pos = {path, m->struck_line, m->struck_line ? 1 : 0};
        diag_warning(diags, pos, 0, KH772,
                     i18n_ntr("'%s' has %d piece of struck-through text (the first: '%s'), left "
                              "out of the plan: a plan prints no strike-through, and words "
                              "struck in a document edited without Track Changes are words "
                              "deleted and left visible; it is quoted in a '# review:' comment "
                              "beside its paragraph: check that the words beside it are the "
                              "ones meant, and write it back if it was not deleted",
                              "'%s' has %d pieces of struck-through text (the first: '%s'), "
                              "left out of the plan: a plan prints no strike-through, and words "
                              "struck in a document edited without Track Changes are words "
                              "deleted and left visible; each is quoted in a '# review:' "
                              "comment beside its paragraph: check that the words beside them "
                              "are the ones meant, and write back any that was not deleted",
                              (unsigned long)m->struck),
                     path, m->struck, quoted(m->first_struck, room));
    }
    if (m->raised > 0) {
        SrcPos pos = {path, m->raised_line, m->raised_line ? 1 : 0};
        diag_warning(diags, pos, 0, KH772,
                     i18n_ntr("'%s' has %d piece of raised or lowered text (superscript or "
                              "subscript; the first: '%s') that Unicode's superscript and "
                              "subscript digits cannot write: printed on the line as written, "
                              "it is quoted in a '# review:' comment beside its paragraph; "
                              "write it as the plan should print it",
                              "'%s' has %d pieces of raised or lowered text (superscript or "
                              "subscript; the first: '%s') that Unicode's superscript and "
                              "subscript digits cannot write: printed on the line as written, "
                              "each is quoted in a '# review:' comment beside its paragraph; "
                              "write them as the plan should print them",
                              (unsigned long)m->raised),
                     path, m->raised, quoted(m->first_raised, room));
    }
}

const char *imp_mark_sign(int mark, int closing)
{
    /* U+E000 + 2 (mark - 1) + closing: EE 80 80..85 */
    static const char *const sign[6] = {"\xEE\x80\x80", "\xEE\x80\x81", "\xEE\x80\x82",
                                        "\xEE\x80\x83", "\xEE\x80\x84", "\xEE\x80\x85"};
    int k = 2 * (mark - 1) + (closing != 0);
    return k >= 0 && k < 6 ? sign[k] : "";
}

/* The escape imp_marks_escape writes before a character of the signs'
 * range the source itself holds (U+E006: EE 80 86) */
#define SIGN_ESCAPE "\xEE\x80\x86"

/* The sign at t (imp_mark_sign's): its mark, *closing whether it closes;
 * 0 for none */
static int sign_at(const char *t, const char *e, int *closing)
{
    if (e - t < 3 || (unsigned char)t[0] != 0xEE || (unsigned char)t[1] != 0x80 ||
        (unsigned char)t[2] < 0x80 || (unsigned char)t[2] > 0x85)
        return 0;
    *closing = ((unsigned char)t[2] - 0x80) % 2;
    return ((unsigned char)t[2] - 0x80) / 2 + 1;
}

/* 1 if t begins with SIGN_ESCAPE and the character it escapes */
static int escape_at(const char *t, const char *e)
{
    return e - t >= 6 && memcmp(t, SIGN_ESCAPE, 3) == 0;
}

int imp_marks_escape(const char *s, size_t len, Buf *out)
{
    int any = 0;
    size_t done = 0;
    for (const char *q = s; (q = memchr(q, 0xEE, len - (size_t)(q - s))) != NULL; q++) {
        if (s + len - q < 3 || (unsigned char)q[1] != 0x80 || (unsigned char)q[2] < 0x80 ||
            (unsigned char)q[2] > 0x86)
            continue;
        buf_putn(out, s + done, (size_t)(q - s) - done);
        buf_puts(out, SIGN_ESCAPE);
        done = (size_t)(q - s);
        any = 1;
    }
    if (any)
        buf_putn(out, s + done, len - done);
    return any;
}

void imp_marks_escape_char(unsigned cp, Buf *out)
{
    if (cp >= 0xE000 && cp <= 0xE006)
        buf_puts(out, SIGN_ESCAPE);
}

/* The text t..e without its signs, its escaped characters as written, to
 * out */
static void put_unsigned(Buf *out, const char *t, const char *e)
{
    int closing;
    while (t < e) {
        if (escape_at(t, e)) {
            buf_putn(out, t + 3, 3);
            t += 6;
        } else if (sign_at(t, e, &closing)) {
            t += 3;
        } else {
            buf_putc(out, *t++);
        }
    }
}

/* The first closing sign of mark at or after p, or e; seen[mark] holds
 * the last one found, which is the first after any p up to it: each
 * paragraph's text is scanned once a mark (a run of openings with no
 * closing, each scanning to the text's end, took the square of the text:
 * s46review) */
static const char *closing_after(const char *p, const char *e, int mark, const char **seen)
{
    if (seen[mark] && seen[mark] >= p)
        return seen[mark];
    const char *c = p;
    int cl = 0;
    while (c < e && !(sign_at(c, e, &cl) == mark && cl))
        c += escape_at(c, e) ? 6 : 1;
    return seen[mark] = c < e ? c : e;
}

/* Paragraph p's text with its signs read (imp_marks_paras), noted in m */
static void read_signs(Arena *arena, ImpPara *p, ImpMarks *m)
{
    const char *t = p->text, *e = t + strlen(t);
    const char *seen[IMP_MARK_LOWERED + 1] = {NULL};
    Buf out = {0}, piece = {0};
    int closing;
    while (t < e) {
        int mark = sign_at(t, e, &closing);
        if (!mark) {
            int escaped = escape_at(t, e);
            buf_putn(&out, t + 3 * escaped, escaped ? 3 : 1);
            t += escaped ? 6 : 1;
            continue;
        }
        const char *c = closing ? e : closing_after(t + 3, e, mark, seen); /* its closing sign */
        if (c >= e) { /* a sign unpaired: nothing */
            t += 3;
            continue;
        }
        buf_reset(&piece);
        put_unsigned(&piece, t + 3, c);
        const char *s = buf_str(&piece);
        size_t b = strspn(s, " \n"), n = piece.len;
        while (n > b && (s[n - 1] == ' ' || s[n - 1] == '\n'))
            n--;
        t = c + 3;
        if (b == n) /* spaces alone */
            continue;
        if (mark == IMP_MARK_STRUCK) {
            /* "đạt ~~100%~~ 95%": "đạt 95%", one space between */
            if ((!out.len || out.data[out.len - 1] == ' ' || out.data[out.len - 1] == '\n') && t < e &&
                *t == ' ')
                t++;
        } else if (!imp_mark_unicode(s + b, n - b, mark, &out)) {
            buf_putn(&out, s, piece.len); /* as written, noted */
        } else {
            continue; /* m², CO₂: no note */
        }
        imp_mark_note(arena, p, m, mark, s + b, n - b, p->line);
    }
    p->text = arena_strndup(arena, buf_str(&out), out.len);
    buf_free(&out);
    buf_free(&piece);
}

void imp_marks_paras(Arena *arena, ImpParas *paras, ImpMarks *m)
{
    for (size_t i = 0; i < paras->n; i++) {
        const char *t = paras->items[i].text, *e = t + strlen(t);
        int closing;
        for (const char *q = t; (q = memchr(q, 0xEE, (size_t)(e - q))) != NULL; q++)
            if (sign_at(q, e, &closing) || escape_at(q, e)) {
                read_signs(arena, &paras->items[i], m);
                break;
            }
    }
}
