/* diff.c - `khgen diff OLD.yaml NEW.yaml`: what changed in the document.
 *
 * A reviewer reads the plan, not its YAML, so the two versions are compared
 * as documents. Each plan is compiled as `khgen check` does, then cut into
 * parts as printed (the same wording as the Markdown and HTML back ends:
 * render.h, inline.h, render_walk_body): the header fields, each legal basis,
 * the opening, each body node (heading or paragraph, with the paragraphs and
 * "Phụ trách"/"Thời gian" lines that follow it), the closing, the recipients,
 * the signature, and each attachment's title and rows. A part carries an
 * identity (a header field's name, a basis's number, a task's id, a row's
 * key: the text of its first text column) and the text without its printed
 * number, which is derived and would make a renumbering look like a rewrite.
 * (diff_parts.c cuts a plan into its parts, diff_match.c matches them:
 * diff_impl.h.)
 *
 * Parts are matched in rounds: the same identity (header fields, bases,
 * task ids, rows); then, for the body, the same place and the same text;
 * the same text anywhere; a text alike (most of its words in common: a
 * node moved and edited, match_similar); the same place (its number path,
 * "II.1.-2": the text changed). Matched body parts out of order (outside
 * the longest increasing run of old positions) are moved, reported once
 * where they now stand, their children that moved with them not repeated.
 * What is left is added or deleted. A changed part is shown word by word
 * (an LCS over words and spaces; a very long paragraph falls back to
 * whole replacement, so time stays bounded); a body table is one part.
 *
 * Output: the terminal style of `git diff --word-diff` ([-old-]{+new+},
 * coloured on a terminal unless NO_COLOR is set), Markdown (~~old~~ and
 * **new**), or a printable HTML redline page with the ND30 print CSS
 * (templates/plan.css) and <del>/<ins>. This file is the comparison of
 * two compiled plans (cycle_diff); the command around it, its options,
 * git's driver arguments, each side's reading and the exit status, is
 * diff_cmd.c's.
 */
#include "cycle.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "diff_impl.h"
#include "i18n.h"
#include "inline.h"
#include "md_read.h"
#include "render.h"
#include "render_md.h"
#include "similar.h"

enum { FMT_TERM = DIFF_TERM, FMT_MD = DIFF_MD, FMT_HTML = DIFF_HTML };
enum { MAX_DIFF_CELLS = 4000000 }; /* a word LCS's cells (a bit each: 0.5 MB) */
#define MAX_RUN_CELLS ((size_t)200000000) /* all the tables of a run (about 0.5 s) */

/* the parts of a document: diff_impl.h, diff_parts.c; their matching:
 * diff_match.c */

/* ---- word diff and output ------------------------------------------------- */

typedef struct Out {
    int format;
    int color;
    int bol;                 /* Markdown: at the start of a line */
    Buf buf;
    int changes;
    size_t cells_left;       /* of the word diffs' tables (MAX_RUN_CELLS) */
    int old_year, new_year;  /* the plans' years (plan_print_year) */
    int all;                 /* --all: list the parts only a year moved in */
    const char *format_was;  /* the next changed part's formatting too, its
                                "định dạng: ..." line in the same hunk; */
    const char *format_now;  /* NULL: none (put_changes sets, put_change clears) */
} Out;

#define RED "\033[31m"
#define GREEN "\033[32m"
#define CYAN "\033[36m"
#define BOLD "\033[1m"
#define RESET "\033[m"

static void put_html_text(Buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '<': buf_puts(out, "&lt;"); break;
        case '>': buf_puts(out, "&gt;"); break;
        case '&': buf_puts(out, "&amp;"); break;
        case '"': buf_puts(out, "&quot;"); break;
        case '\n': buf_puts(out, "<br>\n"); break;
        default: buf_putc(out, s[i]);
        }
    }
}

/* kind: 0 same, -1 deleted, +1 inserted; a changed run's characters that
 * do not show are named, and a bidirectional control in any run
 * (diff_visible.c) */
static void put_run(Out *o, int kind, const char *s, size_t n)
{
    if (n == 0)
        return;
    Buf named = {0};
    if (diff_visible(s, n, kind == 0, &named)) {
        put_run(o, kind, named.data, named.len); /* names have no such character */
        buf_free(&named);
        return;
    }
    Buf *b = &o->buf;
    switch (o->format) {
    case FMT_TERM:
        if (kind == 0) {
            buf_putn(b, s, n);
        } else {
            if (o->color)
                buf_puts(b, kind < 0 ? RED : GREEN);
            buf_puts(b, kind < 0 ? "[-" : "{+");
            buf_putn(b, s, n);
            buf_puts(b, kind < 0 ? "-]" : "+}");
            if (o->color)
                buf_puts(b, RESET);
        }
        break;
    case FMT_MD:
        /* the markers go around the words, not around the spaces */
        if (kind == 0) {
            diff_md_text(&o->buf, &o->bol, s, n);
        } else {
            size_t lead = 0, trail = 0;
            while (lead < n && (s[lead] == ' ' || s[lead] == '\n'))
                lead++;
            while (trail < n - lead && (s[n - 1 - trail] == ' ' || s[n - 1 - trail] == '\n'))
                trail++;
            diff_md_text(&o->buf, &o->bol, s, lead);
            if (n - lead - trail) {
                /* a deletion's "~~" and an insertion's "**" are marks
                 * until the report is sanitized (diff_md.c) */
                buf_puts(b, kind < 0 ? DIFF_DEL_MARK : DIFF_INS_MARK);
                o->bol = 0;
                diff_md_text(&o->buf, &o->bol, s + lead, n - lead - trail);
                buf_puts(b, kind < 0 ? DIFF_DEL_MARK : DIFF_INS_MARK);
            }
            diff_md_text(&o->buf, &o->bol, s + n - trail, trail);
        }
        break;
    default:
        if (kind)
            buf_puts(b, kind < 0 ? "<del>" : "<ins>");
        put_html_text(b, s, n);
        if (kind)
            buf_puts(b, kind < 0 ? "</del>" : "</ins>");
        break;
    }
}

/* The word diff of old and new into o. */
static void put_word_diff(Out *o, const char *old, const char *new_text)
{
    size_t n, m;
    Buf old_md = {0}, new_md = {0}; /* a lone '`' or '[' escaped */
    if (o->format == FMT_MD && diff_md_lone_marks(&old_md, old))
        old = buf_str(&old_md);
    if (o->format == FMT_MD && diff_md_lone_marks(&new_md, new_text))
        new_text = buf_str(&new_md);
    SimToken *a = similar_tokens(old, &n), *b = similar_tokens(new_text, &m);
    if (o->format == FMT_MD) /* no mark inside a code span or a link */
        diff_md_atoms(old, a, &n), diff_md_atoms(new_text, b, &m);
    /* common prefix and suffix first: most edits are small */
    size_t pre = 0;
    while (pre < n && pre < m && similar_token_eq(&a[pre], &b[pre]))
        pre++;
    size_t suf = 0;
    while (suf < n - pre && suf < m - pre && similar_token_eq(&a[n - 1 - suf], &b[m - 1 - suf]))
        suf++;
    for (size_t i = 0; i < pre; i++)
        put_run(o, 0, a[i].s, a[i].n);
    size_t an = n - pre - suf, bn = m - pre - suf;
    SimToken *x = a + pre, *y = b + pre;
    /* a table per paragraph, within a budget for the whole run: past it a
     * paragraph is shown replaced whole (400 edited paragraphs of 990
     * words took 3.9 s, 2 s a MB: attack s6 G5) */
    size_t cells = an && bn && an < MAX_DIFF_CELLS && bn < MAX_DIFF_CELLS ? (an + 1) * (bn + 1) : 0;
    if (cells && cells <= MAX_DIFF_CELLS && cells <= o->cells_left) {
        o->cells_left -= cells;
        unsigned char *steps = similar_lcs_steps(x, an, y, bn); /* the LCS's way */
        size_t i = 0, j = 0;
        /* runs of deletions and insertions are gathered so that
         * "[-a b-]{+c d+}" prints once, not word by word */
        Buf del = {0}, ins = {0};
        while (i < an || j < bn) {
            if (i < an && j < bn && similar_token_eq(&x[i], &y[j]) && (del.len || ins.len) &&
                (x[i].s[0] == ' ' || x[i].s[0] == '\n') && x[i].s[0] != '\n' &&
                i + 1 < an && j + 1 < bn && !similar_token_eq(&x[i + 1], &y[j + 1])) {
                /* a space between two changed words joins them:
                 * "[-Phòng Nông nghiệp-]{+Văn phòng+}", not word by word */
                buf_putn(&del, x[i].s, x[i].n);
                buf_putn(&ins, y[j].s, y[j].n);
                i++, j++;
            } else if (i < an && j < bn && similar_token_eq(&x[i], &y[j])) {
                put_run(o, -1, del.data, del.len);
                put_run(o, 1, ins.data, ins.len);
                buf_reset(&del);
                buf_reset(&ins);
                put_run(o, 0, x[i].s, x[i].n);
                i++, j++;
            } else if (j == bn || (i < an && similar_step_deletes(steps, bn, i, j))) {
                buf_putn(&del, x[i].s, x[i].n);
                i++;
            } else {
                buf_putn(&ins, y[j].s, y[j].n);
                j++;
            }
        }
        put_run(o, -1, del.data, del.len);
        put_run(o, 1, ins.data, ins.len);
        buf_free(&del);
        buf_free(&ins);
        free(steps);
    } else {
        Buf del = {0}, ins = {0};
        for (size_t i = 0; i < an; i++)
            buf_putn(&del, x[i].s, x[i].n);
        for (size_t j = 0; j < bn; j++)
            buf_putn(&ins, y[j].s, y[j].n);
        put_run(o, -1, del.data, del.len);
        put_run(o, 1, ins.data, ins.len);
        buf_free(&del);
        buf_free(&ins);
    }
    for (size_t i = n - suf; i < n; i++)
        put_run(o, 0, a[i].s, a[i].n);
    free(a);
    free(b);
    buf_free(&old_md);
    buf_free(&new_md);
}

typedef enum { CH_CHANGED, CH_ADDED, CH_DELETED, CH_MOVED } ChangeKind;

static void put_hunk_head(Out *o, ChangeKind kind, const char *label, const char *old_label)
{
    Buf *b = &o->buf;
    const char *what = kind == CH_CHANGED ? "sửa" : kind == CH_ADDED ? "thêm" : kind == CH_DELETED ? "bỏ" : "chuyển";
    Buf head = {0};
    buf_printf(&head, "%s: %s", label, what);
    if (kind == CH_MOVED)
        buf_printf(&head, " từ %s", old_label);
    else if (kind == CH_CHANGED && old_label && strcmp(old_label, label) != 0)
        buf_printf(&head, " (trước là %s)", old_label);
    /* one line: a row's key is its first cell, whose lines are lines (a
     * cell "# h\nx" split the @@ line in two, and in Markdown ended the
     * heading and made "x" a paragraph or a list item) */
    for (size_t i = 0; i < head.len; i++)
        if (head.data[i] == '\n' || head.data[i] == '\r')
            head.data[i] = ' ';
    /* a bidirectional control of a label or a row's key is named here too:
     * printed, it reversed the rest of the line, "@@ ...AB": sửa @@"; and
     * so is a no-break space (or another blank that prints as a space or
     * nothing): a row "Đồng Hưu" retyped "Đồng\u00a0Hưu" was headed
     * 'dòng "Đồng Hưu": bỏ' then 'dòng "Đồng Hưu": thêm', the same name
     * twice (s30fixlow) */
    Buf named = {0};
    if (diff_visible(head.data, head.len, 0, &named)) {
        buf_free(&head);
        head = named;
    }
    switch (o->format) {
    case FMT_TERM:
        buf_printf(b, "%s@@ %s @@%s\n", o->color ? CYAN : "", head.data, o->color ? RESET : "");
        break;
    case FMT_MD:
        /* labels, ids and a row's first cell are plain text, as build -f md
         * prints them: "*x*" in a label is not emphasis (attack 8 L5) */
        buf_puts(b, "\n## ");
        diff_md_plain(b, head.data);
        buf_puts(b, "\n\n");
        o->bol = 1;
        break;
    default:
        buf_printf(b, "<section class=\"change %s\">\n<h2>",
                   kind == CH_CHANGED ? "changed" : kind == CH_ADDED ? "added"
                   : kind == CH_DELETED ? "deleted" : "moved");
        put_html_text(b, head.data, head.len);
        buf_puts(b, "</h2>\n<p>");
        break;
    }
    buf_free(&head);
    o->changes++;
}

static void put_hunk_end(Out *o)
{
    buf_puts(&o->buf, o->format == FMT_HTML ? "</p>\n</section>\n" : "\n");
}

/* A part's text as the document prints it, for the terminal and the HTML
 * page: a Markdown text's lines with their escapes resolved and their
 * emphasis as its words (render_markdown_plain), as the .docx and the
 * HTML show them; "tỷ lệ <3%" showed "\<3%", and "\&lt;3%" in the
 * HTML page, and emphasis its stars (s23attack). The Markdown report
 * (-f md) keeps a Markdown text as it is and escapes a plain one; a part
 * that is no Markdown is as it is elsewhere. The text, or b's. */
static const char *shown_text(const Out *o, const Part *p, Buf *b)
{
    if (!p->markdown && o->format == FMT_MD) {
        /* plain text (a header's number, an attachment's line) in the
         * Markdown report: its stars are the field's, "1*2*3" is not an
         * italic 2 (s27attack L9); its line breaks stay */
        for (const char *c = p->text; *c; c++) {
            if (strchr("\\`*_[]<>#~&", *c))
                buf_putc(b, '\\');
            buf_putc(b, *c);
        }
        return buf_str(b);
    }
    if (!p->markdown || o->format == FMT_MD)
        return p->text;
    diff_each_line(p->text, b, render_markdown_plain);
    return buf_str(b);
}

/* 1 when the Markdown texts a and b emphasize other words, line by line
 * (render_markdown_emphasis): their words alone, the shown text, would
 * hide it ("x b |" made "x **b**" showed "x b[- |-]") */
static int emphasis_differs(const char *a, const char *b)
{
    Buf x = {0}, y = {0}, line = {0};
    for (int side = 0; side < 2; side++) {
        for (const char *s = side ? b : a;;) {
            const char *end = strchr(s, '\n');
            buf_reset(&line);
            buf_putn(&line, s, end ? (size_t)(end - s) : strlen(s));
            render_markdown_emphasis(buf_str(&line), side ? &y : &x);
            buf_putc(side ? &y : &x, '\n');
            if (!end)
                break;
            s = end + 1;
        }
    }
    int differs = strcmp(buf_str(&x), buf_str(&y)) != 0;
    buf_free(&x);
    buf_free(&y);
    buf_free(&line);
    return differs;
}

/* What a changed part's head says it was, "(trước là ...)", when its
 * name is not the new one's: a body part by its place when that changed
 * ("I.3. “X”: sửa (trước là I.2.)"), nothing (the new name) when only its
 * first words did, which the hunk shows (diff_names.c); another part by
 * its label. */
static const char *changed_from(const Part *old, const Part *now)
{
    if (!old || !now || !old->place || !now->place)
        return old ? old->label : NULL;
    if (strcmp(old->place, now->place) == 0)
        return now->label;
    return *old->place ? old->place : old->label;
}

static void put_change(Out *o, ChangeKind kind, const Part *old, const Part *new_part)
{
    /* a moved row is named by its key on both sides: say where it stood,
     * and where it stands now when that is in another group ("chuyển từ
     * dòng 1, mục I sang dòng 2, mục II": a row moved to another group did
     * not name the group it went to, s41cycle) */
    const char *was = old && old->path && !old->is_body ? old->path : old ? old->label : NULL;
    Buf places = {0};
    int row_moved = kind == CH_MOVED && was && was == old->path && new_part;
    if (kind == CH_MOVED && was && was == old->path && new_part && new_part->path &&
        old->row_group && new_part->row_group && strcmp(old->row_group, new_part->row_group) != 0) {
        buf_printf(&places, "%s sang %s", old->path, new_part->path);
        was = buf_str(&places);
    }
    /* a row moved whose name changed too (a commune renamed under its id
     * in a Biểu sorted by name) says what it was named, as a row renamed
     * in its place does: "chuyển từ dòng 1 (trước là ...)" (s54cycle) */
    if (row_moved && strcmp(old->label, new_part->label) != 0) {
        if (!places.len)
            buf_puts(&places, old->path);
        buf_printf(&places, " (trước là %s)", old->label);
        was = buf_str(&places);
    }
    put_hunk_head(o, kind, new_part ? new_part->label : old->label,
                  kind == CH_MOVED ? was : changed_from(old, new_part));
    buf_free(&places);
    if (kind == CH_ADDED || kind == CH_DELETED) {
        const Part *p = kind == CH_ADDED ? new_part : old;
        /* a part with no words (the page layout) is what it prints with,
         * as put_reformatted names it: an added plan's "Trình bày trang"
         * hunk was empty (s19attack L7) */
        Buf shown = {0}, marked = {0};
        /* a table row's STT written other than its count ("Tổng cộng",
         * a "5" after 2) is what the reader sees first, as a changed row
         * shows it (put_relabelled): it was left out, "{+ | 22+}"
         * (s29attack F1) */
        Part with_mark;
        if (!p->is_body && p->mark && *p->mark && p->mark_fixed) {
            buf_printf(&marked, "%s %s", p->mark, p->text);
            with_mark = *p;
            with_mark.text = buf_str(&marked);
            p = &with_mark;
        }
        if (!*p->text && p->format)
            buf_printf(&shown, "định dạng: %s", p->format);
        else if (shown_text(o, p, &shown) == p->text)
            buf_puts(&shown, p->text);
        put_run(o, kind == CH_ADDED ? 1 : -1, shown.data ? shown.data : "", shown.len);
        buf_free(&shown);
        buf_free(&marked);
    } else {
        Buf a = {0}, b = {0};
        const char *was_shown = shown_text(o, old, &a), *now_shown = shown_text(o, new_part, &b);
        Buf was_links = {0}, now_links = {0};
        if (was_shown != old->text && now_shown != new_part->text &&
            (diff_link_addresses(old->text, &was_links) | diff_link_addresses(new_part->text, &now_links)) &&
            strcmp(buf_str(&was_links), buf_str(&now_links)) != 0) {
            /* a link's address changed, with the words or alone: the words
             * alone hid the address's change (s23low 15), and an address
             * alone showed the raw "[trang](u1)" (s25cycle); it is named
             * after the words */
            buf_printf(&a, "\nliên kết: %s", buf_str(&was_links)); /* a and b: shown_text's */
            buf_printf(&b, "\nliên kết: %s", buf_str(&now_links));
            was_shown = buf_str(&a), now_shown = buf_str(&b);
        } else if (strcmp(was_shown, now_shown) == 0 ||
                   (was_shown != old->text && emphasis_differs(old->text, new_part->text))) {
            /* emphasis moved, alone or with the words: its marks, the
             * rest as printed (s45attack D1); -f md: the Markdown */
            was_shown = old->text, now_shown = new_part->text;
            if (o->format != FMT_MD && old->markdown && new_part->markdown) {
                buf_reset(&a), buf_reset(&b);
                diff_each_line(old->text, &a, diff_marked_line);
                diff_each_line(new_part->text, &b, diff_marked_line);
                was_shown = buf_str(&a), now_shown = buf_str(&b);
            }
        }
        put_word_diff(o, was_shown, now_shown);
        if (o->format_was) {
            /* its formatting changed too: a line under the words, one
             * hunk, not the part's name twice (s41cycle: a heading
             * retyped and made bold); compared on its own, as
             * put_reformatted does */
            put_run(o, 0, "\n", 1);
            Buf fa = {0}, fb = {0};
            buf_printf(&fa, "định dạng: %s", o->format_was);
            buf_printf(&fb, "định dạng: %s", o->format_now);
            put_word_diff(o, buf_str(&fa), buf_str(&fb));
            buf_free(&fa);
            buf_free(&fb);
            o->format_was = o->format_now = NULL;
        }
        buf_free(&was_links);
        buf_free(&now_links);
        buf_free(&a);
        buf_free(&b);
    }
    put_hunk_end(o);
}

/* Whether two matched parts print differently. Markdown texts are
 * compared as cmark reads them: "**x" and "\*\*x", "x_y" and "x\_y", "~"
 * and "\~" print the same words and emphasis, and were reported as edits
 * (s11diff D2: the diff of a plan and its import round trip, whose
 * documents are word for word the same). */
static int printed_differ(const Part *p, const Part *q)
{
    if (p->compared && q->compared)
        return strcmp(p->compared, q->compared) != 0;
    if (strcmp(p->text, q->text) == 0)
        return 0;
    if (!p->markdown || !q->markdown)
        return 1;
    Buf a = {0}, b = {0};
    diff_printed_form(p->text, &a);
    diff_printed_form(q->text, &b);
    int differ = strcmp(buf_str(&a), buf_str(&b)) != 0;
    buf_free(&a);
    buf_free(&b);
    return differ;
}

/* The shape of a label the plan did not write: each run of digits "1",
 * of capitals "A", of other letters "a" ("II." -> "A.", "1.2." ->
 * "1.1.", "đ)" -> "a)"), so that a renumbering is no change and a bullet
 * made a point, or a label dropped, is. */
void diff_label_form(const char *s, Buf *out)
{
    int last = 0;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        int cls = ch >= '0' && ch <= '9' ? '1' : ch >= 'A' && ch <= 'Z' ? 'A'
                  : (ch >= 'a' && ch <= 'z') || ch >= 0x80 ? 'a' : 0;
        if (cls && cls == last)
            continue;
        buf_putc(out, cls ? (char)cls : (char)ch);
        last = cls;
    }
}

/* Whether two matched body parts print different labels: as printed when
 * either side's was written in the plan (a label, a number restart, a
 * marker), else by their shape. `khgen diff` said "the same" of plans that
 * printed "5. Cấp xã" for "1. Cấp xã" or "a) ..." for "- ..." (s13attack
 * F2). */
static int labels_differ(const Part *p, const Part *q)
{
    if (!p->mark || !q->mark)
        return 0;
    if (p->mark_fixed || q->mark_fixed)
        return strcmp(p->mark, q->mark) != 0;
    Buf a = {0}, b = {0};
    diff_label_form(p->mark, &a);
    diff_label_form(q->mark, &b);
    int differ = strcmp(buf_str(&a), buf_str(&b)) != 0;
    buf_free(&a);
    buf_free(&b);
    return differ;
}

/* A changed part whose label changed: shown with its label on both sides,
 * "[-1.-]{+5.+} Cấp xã". */
static void put_relabelled(Out *o, const Part *old, const Part *new_part, Arena *arena)
{
    Part a = *old, b = *new_part;
    a.text = *old->mark ? arena_printf(arena, "%s %s", old->mark, old->text) : old->text;
    b.text = *new_part->mark ? arena_printf(arena, "%s %s", new_part->mark, new_part->text)
                             : new_part->text;
    put_change(o, CH_CHANGED, &a, &b);
}

/* Whether two matched parts print with other formatting (diff_format.c) */
static int formats_differ(const Part *p, const Part *q)
{
    return (p->format || q->format) &&
           strcmp(p->format ? p->format : "", q->format ? q->format : "") != 0;
}

/* A part whose formatting changed, its words aside: "định dạng: tiêu đề in
 * [-đậm-]{+thường+}" (s13attack L4: diff said "the same" of a heading made
 * plain, a page made landscape, cells merged, the margins changed) */
static void put_reformatted(Out *o, const Part *old, const Part *new_part, Arena *arena)
{
    const char *was = diff_format_shown(arena, old->format, new_part->format);
    const char *now = diff_format_shown(arena, new_part->format, old->format);
    put_hunk_head(o, CH_CHANGED, new_part->label, changed_from(old, new_part));
    put_word_diff(o, arena_printf(arena, "định dạng: %s", was ? was : "-"),
                  arena_printf(arena, "định dạng: %s", now ? now : "-"));
    put_hunk_end(o);
}

/* Whether new part q, matched to p, changed only by the years moving from
 * the old plan's year to the new one's (diff_year.c): such a part is
 * counted in one hunk, not listed, unless --all. */
static int year_only(const Out *o, const Part *p, const Part *q)
{
    return !o->all && o->old_year && o->new_year && !q->moved && !labels_differ(p, q) &&
           diff_year_only(p->years ? p->years : p->text, q->years ? q->years : q->text,
                          o->old_year, o->new_year);
}

/* The one hunk that stands for the parts only the year changed in:
 * "@@ Năm: sửa @@ [-2024-]{+2025+}: 25 phần chỉ đổi năm ...". */
static void put_year_hunk(Out *o, const Doc *a, const Doc *b)
{
    size_t n = 0;
    int header = 0; /* the number or the date changed: the pages' line is theirs */
    for (size_t j = 0; j < b->n; j++) {
        const Part *q = &b->parts[j];
        if (q->match >= 0 && (!strcmp(q->key, "number") || !strcmp(q->key, "place_date")) &&
            printed_differ(&a->parts[q->match], q))
            header = 1;
    }
    for (size_t j = 0; j < b->n; j++) {
        const Part *q = &b->parts[j];
        if (q->match >= 0 && year_only(o, &a->parts[q->match], q) &&
            !(header && !strcmp(q->key, "att_line")))
            n++;
    }
    if (!n)
        return;
    char old_year[16], new_year[16], count[160];
    snprintf(old_year, sizeof old_year, "%d", o->old_year);
    snprintf(new_year, sizeof new_year, "%d", o->new_year);
    snprintf(count, sizeof count,
             ": %zu phần chỉ đổi năm theo năm của kế hoạch, không liệt kê (", n);
    put_hunk_head(o, CH_CHANGED, "Năm", NULL);
    put_word_diff(o, old_year, new_year);
    put_run(o, 0, count, strlen(count));
    /* the command on one line of the printed redline: it broke after
     * "--" (s42user L7) */
    static const char cmd[] = "khgen diff --all";
    if (o->format == FMT_HTML)
        buf_printf(&o->buf, "<span style=\"white-space: nowrap\">%s</span>", cmd);
    else
        put_run(o, 0, cmd, strlen(cmd));
    put_run(o, 0, " liệt kê)", strlen(" liệt kê)"));
    put_hunk_end(o);
}

/* Whether body part p prints a number of its own ("II.", "1.2.", "a)",
 * "đ)"), which a reader finds it by; a table, a paragraph and a bullet
 * ("-", "+", "•") do not. */
static int numbered(const Part *p)
{
    size_t n = p->mark ? strlen(p->mark) : 0;
    return n >= 2 && (p->mark[n - 1] == '.' || p->mark[n - 1] == ')');
}

/* For each part of d, the numbered body part nearest before it: the
 * heading a reader sees an unnumbered part under, whatever node holds it;
 * -1 for none (a part outside the body ends the search). One pass: a scan
 * back from each part made a section of 64,000 paragraphs cost 17 s. */
static int *printed_anchors(const Doc *d)
{
    int *anchor = xmalloc((d->n + 1) * sizeof *anchor);
    int last = -1;
    for (size_t i = 0; i < d->n; i++) {
        anchor[i] = last;
        if (!d->parts[i].is_body)
            last = -1;
        else if (numbered(&d->parts[i]))
            last = (int)i;
    }
    return anchor;
}

/* The last segment of a body path, "Bảng 1" of "II.1.Bảng 1". */
static const char *last_segment(const char *path)
{
    const char *dot = strrchr(path, '.');
    return dot ? dot + 1 : path;
}

/* Whether the unnumbered body parts a->parts[i] and b->parts[j], matched,
 * stand where the reader sees them the same: under partner headings, with
 * the same last segment or as many parts after the heading. Their paths
 * may still differ: a section's table printed after a clause's tasks is
 * read back from the .docx as the clause's (the print is the same), and a
 * row added to it in Word was headed "II.1.Bảng 1: sửa (trước là II.Bảng
 * 1)", a move that did not happen (s16attack L1). */
static int same_printed_place(const Doc *a, const int *a_anchor, size_t i, const Doc *b,
                              const int *b_anchor, size_t j)
{
    const Part *p = &a->parts[i], *q = &b->parts[j];
    if (!p->is_body || !q->is_body || numbered(p) || numbered(q) || !p->path || !q->path)
        return 0;
    int ai = a_anchor[i], bj = b_anchor[j];
    if ((ai < 0) != (bj < 0) || (ai >= 0 && a->parts[ai].match != bj))
        return 0;
    return strcmp(last_segment(p->path), last_segment(q->path)) == 0 ||
           (ai >= 0 && i - (size_t)ai == j - (size_t)bj);
}

/* Every change, in the order of the new document; a deleted part comes
 * after the new place of the part that preceded it. */
/* The old part of a moved body node, named so that the reader sees where
 * it stood: a node whose printed label is the same in both documents (a
 * section that carries its number, as an import of a .docx writes it:
 * "II. NHIỆM VỤ" moved above "I. MỤC TIÊU") was "II: chuyển từ II",
 * which says nothing; it is named by its place among its siblings, as a
 * moved page is, "II: chuyển từ vị trí thứ 2" (s26cycle M1). A part's
 * name is its place and its first words (diff_names.c), the same on both
 * sides when it moved under its heading: it is named by its place when
 * that changed ("chuyển từ I.2."), else by its place among its siblings.
 * *ordinal, the place of each part of a, is made once, in one pass. */
static const Part *moved_from(const Doc *a, size_t **ordinal, size_t i, const Part *now)
{
    const Part *was = &a->parts[i];
    if (!was->is_body || !was->label || !now->label)
        return was;
    if (!was->place || !now->place) {
        if (strcmp(was->label, now->label) != 0)
            return was;
    } else if (strcmp(was->place, now->place) != 0 && *was->place) {
        /* by its place, "I.2.": its words are the new name's */
        Part *placed = arena_alloc(a->arena, sizeof *placed);
        *placed = *was;
        placed->label = was->place;
        return placed;
    }
    if (!*ordinal) {
        size_t *count = xmalloc((a->n + 1) * sizeof *count); /* per parent, [0] the top */
        memset(count, 0, (a->n + 1) * sizeof *count);
        *ordinal = xmalloc((a->n + 1) * sizeof **ordinal);
        for (size_t k = 0; k < a->n; k++) {
            const Part *p = &a->parts[k];
            size_t slot = p->parent >= 0 && (size_t)p->parent < a->n ? (size_t)p->parent + 1 : 0;
            (*ordinal)[k] = p->is_body ? ++count[slot] : 0;
        }
        free(count);
    }
    Part *named = arena_alloc(a->arena, sizeof *named);
    *named = *was;
    const Part *up = was->parent >= 0 ? &a->parts[was->parent] : NULL;
    named->label = up && up->label
                       ? arena_printf(a->arena, "vị trí thứ %zu trong %s", (*ordinal)[i], up->label)
                       : arena_printf(a->arena, "vị trí thứ %zu", (*ordinal)[i]);
    return named;
}

/* Whether b's part j, paired, is shown as a change of its words (not
 * moved, relabelled or counted with the years). */
static int words_changed(const Out *o, const Doc *a, const Doc *b, int j)
{
    const Part *q = &b->parts[j], *p = q->match >= 0 ? &a->parts[q->match] : NULL;
    return p && !q->moved && !labels_differ(p, q) && printed_differ(p, q) && !year_only(o, p, q);
}

/* The "(Kèm theo ...)" line under every page's title is printed from the
 * header's number and date (diff_parts.c, "att_line"): when it changed with
 * them, it is shown in the first of their changes, one line naming the
 * pages, its words compared too, so nothing is hidden (*line its index in
 * b, -1 when it stands alone), not as a change of its own. */
static int line_host(const Out *o, const Doc *a, const Doc *b, int *line)
{
    *line = -1;
    for (size_t j = 0; j < b->n && *line < 0; j++)
        if (strcmp(b->parts[j].key, "att_line") == 0 && words_changed(o, a, b, (int)j))
            *line = (int)j;
    for (size_t j = 0; j < b->n && *line >= 0; j++)
        if ((strcmp(b->parts[j].key, "number") == 0 || strcmp(b->parts[j].key, "place_date") == 0) &&
            words_changed(o, a, b, (int)j))
            return (int)j;
    *line = -1;
    return -1;
}

static void put_changes(Out *o, const Doc *a, const Doc *b)
{
    put_year_hunk(o, a, b);
    int line, host = line_host(o, a, b, &line);
    /* deleted parts of a, grouped by the new index they follow (-1: top) */
    int *after = xmalloc((a->n + 1) * sizeof *after);
    int anchor = -1;
    for (size_t i = 0; i < a->n; i++) {
        if (a->parts[i].match >= 0) {
            anchor = a->parts[i].match;
            after[i] = -2;
        } else {
            after[i] = anchor;
        }
    }
    /* bucket the deleted parts by anchor (a counting sort, in old order):
     * first[k + 1] .. first[k + 2] are those after new part k */
    size_t *first = xmalloc((b->n + 3) * sizeof *first);
    int *order = xmalloc((a->n + 1) * sizeof *order);
    memset(first, 0, (b->n + 3) * sizeof *first);
    for (size_t i = 0; i < a->n; i++)
        if (after[i] >= -1)
            first[after[i] + 2]++;
    for (size_t k = 1; k < b->n + 3; k++)
        first[k] += first[k - 1];
    size_t *fill = xmalloc((b->n + 2) * sizeof *fill);
    memcpy(fill, first, (b->n + 2) * sizeof *fill);
    for (size_t i = 0; i < a->n; i++)
        if (after[i] >= -1)
            order[fill[after[i] + 1]++] = (int)i;
    free(fill);
    int *a_anchor = printed_anchors(a), *b_anchor = printed_anchors(b);
    size_t *ordinal = NULL; /* moved_from's, made when first needed */
    for (int j = -1; j < (int)b->n; j++) {
        if (j >= 0) {
            const Part *q = &b->parts[j];
            /* the old part, named as the new one when it stood where
             * the reader sees the new one */
            Part old = q->match >= 0 ? a->parts[q->match] : (Part){0};
            if (q->match >= 0 && same_printed_place(a, a_anchor, (size_t)q->match, b, b_anchor,
                                                 (size_t)j))
                old.label = q->label, old.place = q->place;
            int folded = 0; /* its formatting shown in its words' hunk */
            if (j == host) { /* the header's change and the pages' line */
                Part was = old, now = *q;
                const Part *ql = &b->parts[line], *pl = &a->parts[ql->match];
                was.text = arena_printf(b->arena, "%s\n%s: %s", old.text, ql->label, pl->text);
                now.text = arena_printf(b->arena, "%s\n%s: %s", q->text, ql->label, ql->text);
                put_change(o, CH_CHANGED, &was, &now);
            } else if (j == line) {
                ;
            } else if (q->match < 0)
                put_change(o, CH_ADDED, NULL, q);
            else if (q->moved)
                put_change(o, CH_MOVED, moved_from(a, &ordinal, (size_t)q->match, q), q);
            else if (labels_differ(&old, q) ||
                     (printed_differ(&old, q) && !year_only(o, &old, q) &&
                      !diff_row_columns_only(&old, q))) { /* a column added: its headings */
                if ((folded = formats_differ(&old, q))) { /* in the same hunk */
                    const char *was = diff_format_shown(b->arena, old.format, q->format);
                    const char *now = diff_format_shown(b->arena, q->format, old.format);
                    o->format_was = was ? was : "-";
                    o->format_now = now ? now : "-";
                }
                if (labels_differ(&old, q))
                    put_relabelled(o, &old, q, b->arena);
                else
                    put_change(o, CH_CHANGED, &old, q);
            }
            if (q->match >= 0 && !folded && formats_differ(&old, q))
                put_reformatted(o, &old, q, b->arena);
        }
        for (size_t k = first[j + 1]; k < first[j + 2]; k++)
            put_change(o, CH_DELETED, &a->parts[order[k]], NULL);
    }
    free(first);
    free(order);
    free(after);
    free(a_anchor);
    free(b_anchor);
    free(ordinal);
}

/* ---- the comparison -------------------------------------------------------- */

static void put_html_page(Out *o, TemplateSet *templates, const char *old_name,
                          const char *new_name, Buf *body)
{
    Buf *b = &o->buf;
    size_t css_len = 0;
    const char *origin = NULL;
    const char *css = tpl_set_text(templates, "plan.css", &css_len, &origin);
    buf_puts(b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    buf_puts(b, "So sánh: ");
    put_html_text(b, old_name, strlen(old_name));
    buf_puts(b, " → ");
    put_html_text(b, new_name, strlen(new_name));
    buf_puts(b, "</title>\n<style>\n");
    if (css)
        buf_putn(b, css, css_len);
    buf_puts(b, "\n/* the redline */\n"
                "del { color: #b00000; text-decoration: line-through; }\n"
                "ins { color: #006000; text-decoration: underline; }\n"
                ".redline h1 { font-size: 14pt; text-align: center; margin: 0 0 12pt; }\n"
                ".redline h2 { font-size: 13pt; margin: 12pt 0 4pt; }\n"
                ".redline section.change { break-inside: avoid; page-break-inside: avoid; }\n"
                ".redline p { text-indent: 0; }\n"
                "@media print { del, ins { -webkit-print-color-adjust: exact; "
                "print-color-adjust: exact; } }\n"
                "</style>\n</head>\n<body>\n<div class=\"sheet redline\">\n<h1>");
    buf_puts(b, "So sánh: ");
    put_html_text(b, old_name, strlen(old_name));
    buf_puts(b, " → ");
    put_html_text(b, new_name, strlen(new_name));
    buf_puts(b, "</h1>\n");
    buf_putn(b, body->data ? body->data : "", body->len);
    buf_puts(b, "</div>\n</body>\n</html>\n");
}

int cycle_diff(Plan *old_plan, Arena *old_arena, Plan *new_plan, Arena *new_arena,
               TemplateSet *templates, const char *old_name, const char *new_name, int format,
               int color, int all, Buf *out)
{
    Doc a = {.arena = old_arena}, b = {.arena = new_arena};
    /* the names as a message prints them, in every format: a plan named
     * with an ESC or a BEL put them raw on the terminal and into the
     * page's title (s38attack H2) */
    Buf old_shown = {0}, new_shown = {0};
    diag_put_escaped(&old_shown, old_name, strlen(old_name));
    diag_put_escaped(&new_shown, new_name, strlen(new_name));
    old_name = buf_str(&old_shown);
    new_name = buf_str(&new_shown);
    if (old_plan)
        diff_collect(&a, old_plan, templates);
    if (new_plan)
        diff_collect(&b, new_plan, templates);
    Out o = {.format = format, .color = color && format == FMT_TERM, .cells_left = MAX_RUN_CELLS,
             .old_year = old_plan ? plan_print_year(old_plan) : 0,
             .new_year = new_plan ? plan_print_year(new_plan) : 0, .all = all};
    diff_match_docs(&a, &b, o.old_year, o.new_year);
    put_changes(&o, &a, &b);
    /* the same documents print nothing in every format (README: exit 0
     * and nothing printed; the page said "Không có thay đổi") */
    if (!o.changes) {
        /* nothing */
    } else if (format == FMT_HTML) {
        Out page = {.format = FMT_HTML};
        put_html_page(&page, templates, old_name, new_name, &o.buf);
        buf_putn(out, page.buf.data ? page.buf.data : "", page.buf.len);
        buf_free(&page.buf);
    } else {
        size_t start = out->len; /* the Markdown is sanitized as render_md's is */
        if (format == FMT_TERM)
            buf_printf(out, "%s--- %s\n+++ %s%s\n", o.color ? BOLD : "", old_name, new_name,
                       o.color ? RESET : "");
        else {
            /* file names are plain text as build prints its values: a plan
             * "*a*.yaml" is not emphasis (attack 9 L14) */
            buf_puts(out, "# So sánh: ");
            diff_md_plain(out, old_name);
            buf_puts(out, " → ");
            diff_md_plain(out, new_name);
            buf_putc(out, '\n');
        }
        buf_putn(out, o.buf.data, o.buf.len);
        if (format == FMT_MD)
            diff_md_sanitize(out, start);
    }
    buf_free(&o.buf);
    buf_free(&old_shown);
    buf_free(&new_shown);
    free(a.parts);
    free(b.parts);
    return o.changes;
}

