/* import_end.c - where a document's text ends: the attachment pages, the
 * closing sentence, "Nơi nhận" and the signature block, found from the
 * end of the paragraphs back (imp_find_end), for import.c to read each.
 *
 * The closing is "Trên đây ..." or, in khgen's own .docx, its closing
 * style (KHClosing); a paragraph ending "./." is the closing unless it is
 * the body's last text, which khgen prints with the end mark when a
 * signed plan has no closing (body_end.c): a numbered clause, a point, a
 * task's line, text under a heading, text going on from the body's plain
 * paragraphs. The body's last text gives back the mark the renderer adds
 * (drop_end_mark), so a plan and the import of its print are one plan.
 * "Nơi nhận" is found by its words or, mistyped, by its place over the
 * recipients' dashed lines (KH768). Moved out of import.c, which had
 * reached its 1,200 lines.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "plan.h"
#include "vi.h"

/* s, the closing read from Markdown, its end mark without the escapes a
 * writer put in it: mammoth writes "./." as backslash, '.', '/',
 * backslash, '.', which a reader shows "./."; kept, khgen printed its own
 * "./." after it, shown "././." (s24foreign). Only the run of '.', '/',
 * backslashes and spaces that ends the text is looked at; an escaped
 * backslash stays one. */
const char *imp_end_mark_unescaped(Ctx *c, const char *s)
{
    size_t len = strlen(s), i = len;
    if (!c->markdown)
        return s;
    while (i > 0 && strchr("./\\ ", s[i - 1]))
        i--;
    if (!memchr(s + i, '\\', len - i))
        return s;
    Buf b = {0};
    buf_putn(&b, s, i);
    for (; i < len; i++) {
        if (s[i] == '\\' && s[i + 1] == '\\')
            buf_putc(&b, s[i++]);
        else if (s[i] == '\\' && (s[i + 1] == '.' || s[i + 1] == '/'))
            i++;
        buf_putc(&b, s[i]);
    }
    const char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : s;
}

/* 1 if a closing ("Trên đây ...", a paragraph ending "./.") stands in
 * P[i..k): a "Biểu 01" line after it opens the attachment pages however
 * short the body (a plan of three paragraphs with no signature block had
 * its Biểu page read as the signature's lines: s24attack L7). k - i is at
 * most 3 here. */
static int closed_before(Ctx *c, const Para *P, size_t i, size_t k)
{
    for (size_t j = i; j < k; j++) {
        const char *f = imp_end_mark_unescaped(c, P[j].flat);
        size_t l = strlen(f);
        if ((starts_with(P[j].flat, "Trên đây") && !P[j].heading) ||
            (l >= 3 && strcmp(f + l - 3, "./.") == 0))
            return 1;
    }
    return 0;
}

/* Whether p begins with a recipient's dash (imp_dash_at), or Markdown's
 * escaped one, "\- " (pandoc writes a typed dash so), as a bullet's
 * (parse_label): "-1", a signer's name, is a number, no dash (it was
 * read as a recipient, the signature's name lost: s39types). */
int imp_dashed_line(const Para *p)
{
    const char *f = p->flat + (p->flat[0] == '\\' && (p->flat[1] == '-' || p->flat[1] == '+'));
    return imp_dash_at(f) != 0 && parse_label(f).kind == L_BULLET;
}

/* 1 if P[k] is a closing: "Trên đây ..." (not a heading) or a paragraph
 * ending "./.". */
static int closing_para(Ctx *c, const Para *p)
{
    const char *f = imp_end_mark_unescaped(c, p->flat);
    size_t l = strlen(f);
    return (starts_with(p->flat, "Trên đây") && !p->heading) || (l >= 3 && strcmp(f + l - 3, "./.") == 0);
}

/* "Nơi nhận:" by its place, when no paragraph begins so: an official who
 * mistyped it in Word ("Nơi Xqz nhận:", "Nơi nhậ:") got back a plan whose
 * closing and recipients were the body's last paragraphs, no word said
 * (s38cycle L2). The recipients' heading is a short line (five words at
 * most, no digit, no label) over a recipient's dashed line, right under
 * the closing, or of three words at most beginning "Nơi" or ending
 * "nhận". Searched from the end, among the last 80 paragraphs; -1 when
 * none. */
static long recipients_by_place(Ctx *c, const Para *P, size_t i, size_t end)
{
    for (size_t k = end - 1; k + 1 > i + 1 && k + 80 > end; k--) {
        const char *f = P[k].flat;
        size_t len = strlen(f), words = 1;
        for (const char *t = f; *t; t++)
            words += *t == ' ';
        if (!len || len >= 48 || words > 5 || strpbrk(f, "0123456789") || strchr(P[k].text, '\n') ||
            parse_label(f).kind != L_NONE || k + 1 >= end || !imp_dashed_line(&P[k + 1]))
            continue;
        Buf up = {0};
        bare_upper(&up, f);
        size_t ul = up.len;
        while (ul && (up.data[ul - 1] == ':' || up.data[ul - 1] == ' '))
            ul--;
        int named = words <= 3 && ul && (starts_with(up.data, "NƠI ") ||
                                         (ul >= 6 && memcmp(up.data + ul - 6, "NHẬN", 6) == 0 &&
                                          (ul == 6 || up.data[ul - 7] == ' ')));
        buf_free(&up);
        if (named || closing_para(c, &P[k - 1]))
            return (long)k;
    }
    return -1;
}

/* Appends text as "# review:" lines (emit_unplaced_lines, marked code or
 * unmarked when NULL) to the plan's notes, printed above its body. */
void imp_add_plan_note(Ctx *c, const char *text, const char *code)
{
    Buf notes = {0};
    buf_puts(&notes, c->plan->notes ? c->plan->notes : "");
    emit_unplaced_lines(&notes, 0, text, code);
    c->plan->notes = buf_to_arena(&notes, c->arena);
    buf_free(&notes);
}

/* The review note and warning (KH768) of "Nơi nhận" read by its place. */
static void recipients_by_place_note(Ctx *c, const Para *p)
{
    imp_add_plan_note(c, arena_printf(c->arena, _("the line over the recipients reads "
                                              "'%s' where a plan prints 'Nơi nhận:': "
                                              "it was read as that line by its place; "
                                              "khgen prints 'Nơi nhận:' there: check "
                                              "the line, then delete this comment"),
                                  p->flat),
                  "KH768");
    SrcPos pos = {c->path, p->line > 0 ? p->line : 0, p->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH768,
                 "'%s' stands where a plan's 'Nơi nhận:' is, over the recipients' list: it is read "
                 "as that line, with a '# review:' comment; check the line (khgen prints 'Nơi "
                 "nhận:' there), then delete the comment",
                 p->flat);
}

/* 1 if p is a task's line ("+ Thời gian thực hiện: quý IV/2024"): its
 * value is no sentence and has no full stop of its own. */
static int task_line_para(const Para *p)
{
    const char *f = p->flat + (p->flat[0] == '\\');
    if (*f == '+' || *f == '-')
        f++;
    f += strspn(f, " ");
    for (int k = 0; imp_task_line_label(k); k++) {
        size_t l = strlen(imp_task_line_label(k));
        if (strncmp(f, imp_task_line_label(k), l) == 0 && f[l] == ':')
            return 1;
    }
    return 0;
}

/* The body's last text p, read as it is printed: its end mark "./."
 * (khgen prints it after the body's last words when a signed plan has no
 * closing, body_end.c) is the renderer's to add, not the text's, so the
 * plan reads as the one it was built from ("... đính kèm)." ); a mark
 * written otherwise is left as written. A sentence keeps its full stop
 * (render_end_marked prints "thực hiện./." of "thực hiện." and of
 * "thực hiện" alike: `khgen diff` compares the two as printed); a task's
 * line loses the mark whole ("quý IV/2024./." of "quý IV/2024"). The
 * mark as a Markdown writer escaped it (mammoth's "\\./\\.", read as the
 * closing's by imp_end_mark_unescaped) is the mark too: kept, the plan
 * printed "thực hiện././.", exit 0 (s55review F2). */
static void drop_end_mark(Ctx *c, Para *p)
{
    int whole = task_line_para(p);
    char *texts[2] = {p->text, p->flat};
    for (int t = 0; t < 2; t++) {
        char *s = texts[t];
        if (!s)
            continue;
        const char *u = imp_end_mark_unescaped(c, s); /* never longer than s */
        size_t l = strlen(u);
        while (l && u[l - 1] == ' ')
            l--;
        if (l < 3 || memcmp(u + l - 3, "./.", 3) != 0)
            continue;
        if (u != s)
            memcpy(s, u, l);
        s[l - (whole ? 3 : 2)] = '\0';
    }
}

/* 1 if p, a paragraph ending "./." after prev, goes on from the body's
 * plain paragraphs: prev is one (no label, no heading, not a table's, not
 * a task's line, not itself ended), at p's indent. */
static int continues_body(const Para *prev, const Para *p)
{
    size_t l = strlen(prev->flat);
    return !prev->heading && !prev->in_table && prev->indent == p->indent && l &&
           parse_label(prev->flat).kind == L_NONE && !task_line_para(prev) &&
           !(l >= 3 && strcmp(prev->flat + l - 3, "./.") == 0) && !starts_with(p->flat, "Trên đây");
}

/* KH752, and nothing written, for more attachment pages than a plan may
 * have: 1,005 were written, exit 0, as a plan its own check refused
 * (KH624, s48attack). */
static void pages_within(Ctx *c, size_t pages)
{
    if (pages <= ATTACH_MAX_ATTACHMENTS)
        return;
    SrcPos pos = {c->path, 0, 0};
    diag_error(c->diags, pos, 0, KH752, "'%s' has %zu attachment pages (Biểu, Phụ lục), more "
               "than the %d a plan may have (each is a sheet of the workbook, KH624): the plan "
               "written would not build; import the document in parts, or merge its pages",
               c->path, pages, (int)ATTACH_MAX_ATTACHMENTS);
    c->beyond_limits = 1;
}

/* The attachments, "Nơi nhận" and the closing sentence, searched from the
 * end of the document back to paragraph i (import_impl.h). */
void imp_find_end(Ctx *c, Para *P, size_t n, size_t i, ImpEnd *e)
{
    IPlan *plan = c->plan;
    e->end = n;
    for (size_t k = i; k < n; k++)
        if (imp_page_start(P, k, n) && (k > i + 3 || closed_before(c, P, i, k))) {
            e->end = k;
            size_t pages = imp_read_attachments(c, P, k, n);
            pages_within(c, pages);
            if (!pages)
                plan->notes = arena_printf(c->arena, "# review: %s\n%s",
                                           _("the attachment pages (Biểu, Phụ lục) after the "
                                             "signature hold no table import could read; "
                                             "declare them under attachments:"),
                                           plan->notes ? plan->notes : "");
            break;
        }
    e->recip = -1;
    e->sig_rest = NULL;
    for (size_t k = e->end; k-- > i;)
        if (starts_with_ci(P[k].flat + strspn(P[k].flat, "*_"), "Nơi nhận")) {
            /* its first line may be emphasised alone, the list under it
             * in the same paragraph (Word's line breaks) */
            e->recip = (long)k;
            break;
        }
    if (e->recip < 0 && e->end > i + 1) {
        e->recip = recipients_by_place(c, P, i, e->end);
        if (e->recip >= 0)
            recipients_by_place_note(c, &P[e->recip]);
    }
    e->closing = -1;
    size_t limit = e->recip >= 0 ? (size_t)e->recip : e->end;
    for (size_t k = limit; k-- > i && k + 8 > limit;)
        if (starts_with(P[k].flat, "Trên đây") && !P[k].heading) {
            /* a heading "Trên đây" (a .md's "Trên đây" over "---") is what
             * a Markdown reader shows: a heading, not the closing (s22low) */
            e->closing = (long)k;
            break;
        }
    /* a .docx of khgen's own styles marks its closing (KHClosing): any
     * other paragraph ending "./." there is the body's last */
    int khgen_doc = 0;
    for (size_t k = i; k < limit && !khgen_doc; k++)
        khgen_doc = P[k].khstyle != 0;
    if (e->closing < 0)
        for (size_t k = limit; k-- > i && k + 4 > limit;) {
            const char *f = imp_end_mark_unescaped(c, P[k].flat);
            size_t l = strlen(f);
            /* a numbered clause, a point or a bullet ending "./." is the
             * body's last, a signed plan without a closing (khgen prints
             * so: body_end.c), not a closing: "1. Văn phòng UBND xã: ...
             * thực hiện./." was read as the closing, the clause lost from
             * the body (s53print P1) */
            /* nor one indented under a list item (a Markdown task's
             * paragraph) or, in khgen's own .docx, not in its closing's
             * style */
            if (parse_label(P[k].flat).kind != L_NONE || P[k].indent > 0 ||
                (khgen_doc && P[k].khstyle != 2)) {
                drop_end_mark(c, &P[k]);
                break;
            }
            /* nor is the text right under a heading or a section's line
             * ("I. Mục tiêu", then "Phấn đấu ... đính kèm)./."): that
             * part's text, the body's last (s44fix F24's ward, round-tripped;
             * either reading prints the same, the mark after it) */
            if (k > i && !P[k].heading &&
                (P[k - 1].heading || parse_label(P[k - 1].flat).kind == L_ROMAN)) {
                drop_end_mark(c, &P[k]);
                break;
            }
            /* nor, in a document without khgen's styles, one that goes on
             * from the body's plain paragraphs: khgen prints a plan
             * without a closing so ("Nội dung thứ nhất.", "Nội dung thứ
             * hai./."), and a closing so placed prints alike read as
             * either (round23 R6); one after a clause, a point, a task's
             * line or a table stands apart: the closing */
            if (k > i && !khgen_doc && continues_body(&P[k - 1], &P[k])) {
                drop_end_mark(c, &P[k]);
                break;
            }
            if (l >= 3 && strcmp(f + l - 3, "./.") == 0) {
                e->closing = (long)k;
                break;
            }
        }
    e->body_end = e->closing >= 0 ? (size_t)e->closing : limit;
    e->after = e->closing >= 0 ? (size_t)e->closing + 1 : limit;
    /* no closing, no "Nơi nhận": a signature block known by its signer
     * ("CHỦ TỊCH", "(Đã ký)", the name) is no part of the body */
    long signer = e->closing < 0 && e->recip < 0 ? imp_signer_block(P, i, limit) : -1;
    if (signer >= 0)
        e->body_end = e->after = (size_t)signer;
    /* no closing: the body's last paragraph (past its tables) is the text
     * a signed plan's end mark follows (body_end.c), the renderer's to add */
    for (size_t k = e->body_end; e->closing < 0 && k-- > i;)
        if (!P[k].in_table) {
            drop_end_mark(c, &P[k]);
            break;
        }
    /* what lies between the closing and "Nơi nhận" (a second closing
     * paragraph) stays in the body's last paragraphs: nothing is dropped */
    if (e->closing >= 0) {
        plan->closing = plan_text(c, imp_end_mark_unescaped(c, P[e->closing].flat));
        imp_part_emphasis(c, &P[e->closing], IMP_PART_CLOSING, NULL, P[e->closing].bold,
                          P[e->closing].italic);
    }
}
