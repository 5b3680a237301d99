/* import.c - recognising a plan in a list of paragraphs (see import.h).
 *
 * A Kế hoạch has a fixed order (Nghị định 30/2020): the header (issuing
 * body, "Số: .../KH-UBND", place and date), "KẾ HOẠCH" and the subject line,
 * the legal bases ("Căn cứ ..."), an opening sentence, the numbered body, a
 * closing sentence ending "./.", "Nơi nhận:" and the signature. Recognition
 * walks the paragraphs once in that order, each part ending where the next
 * one's mark appears, and falls back to the body for anything it cannot
 * place, so no word of the document is lost.
 *
 * The body is a tree built from the labels the document prints: "I." opens
 * a section, "1." a clause, "1.1." (any depth) a sub-clause, "a)" a point,
 * "-" and "+" bullets; a paragraph without a label joins the innermost
 * heading. The numbers found are compared with the ones khgen would print:
 * where they agree the node is numbered automatically, where the sequence
 * jumps it restarts the counter (`number:`), and otherwise the label is
 * written out (`label:`).
 *
 * Then the registries are proposed: a clause of "TỔ CHỨC THỰC HIỆN" named
 * after a unit ("Phòng ...", "Văn phòng ...", "UBND ...") becomes a unit
 * whose bullets are its tasks; "+ Phụ trách tiêu chí: ..." and "+ Thời gian
 * thực hiện: ..." under a bullet make that bullet a task with a lead and a
 * deadline; communes and villages named in the body become localities;
 * the plan's year becomes {year}. Each guess carries a "# review:" comment.
 *
 * This file runs those steps in order (import_plan) and reads the
 * recipients and the signature where import_end.c found the document's
 * text to end (closing, "Nơi nhận", signature); the steps themselves live
 * in import_head.c (header, bases), import_body.c (the tree and its
 * numbering), import_tasks.c (units, tasks) and import_facts.c (deadlines,
 * localities, years), on the
 * shared helpers of import_util.c and the private header import_impl.h.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_yaml.h"
#include "import_impl.h"
#include "load.h"
#include "plan.h"
#include "i18n.h"
#include "template.h"
#include "vi.h"

/* "Nơi nhận: - A; - B; - Lưu: VT. TM. ỦY BAN ..." run into one paragraph:
 * a line per "- " item; what follows the last item's full stop is the
 * signature (*sig_rest), so no word is lost. NULL when nothing follows the
 * colon. */
static char *inline_recipients(Ctx *c, const char *s, char **sig_rest)
{
    const char *colon = strchr(s, ':');
    const char *t = colon ? colon + 1 : s + strlen(s);
    while (*t == ' ' || *t == '*' || *t == '_')
        t++; /* the end of "***Nơi nhận:***" before its list */
    if (!*t)
        return NULL;
    Buf b = {0};
    for (; *t; t++) {
        if (t[0] == ' ' && t[1] == '-' && t[2] == ' ' && t > s && t[-1] == ';')
            buf_putc(&b, '\n');
        else if (t[0] == '-' && t[1] == ' ' && t > s && t[-1] == ';')
            buf_puts(&b, "\n-"); /* ";- Lưu: VT.": the line break lost (pandoc's '<br>') */
        else
            buf_putc(&b, *t);
    }
    char *list = buf_to_arena(&b, c->arena);
    buf_free(&b);
    char *last = strrchr(list, '\n');
    char *stop = str_find(last ? last : list, ". ");
    if (stop) {
        *sig_rest = arena_strdup(c->arena, stop + 2);
        stop[1] = '\0';
    }
    return list;
}

/* 1 if every line of the paragraph is a line of the signature block
 * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
static int signature_para(Ctx *c, const Para *p)
{
    char *lines = arena_strdup(c->arena, p->text);
    int any = 0;
    for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
        int b = 0, it = 0;
        char *l = unwrap(c, line, &b, &it);
        /* "- X;" is a recipient, whatever its case (a one-letter one read
         * as a line of the signature: round23 R6) */
        if (*l && (!signature_line(l) || parse_label(l).kind == L_BULLET))
            return 0;
        any |= *l != '\0';
    }
    return any;
}

/* Text from a PDF prints the recipients' column and the signature's side
 * by side, their lines alternating ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
 * "- UBND tỉnh;", "KT. CHỦ TỊCH", "- Lưu: VT."), and so does a signature
 * table of a row a line, read row by row: the signature lines at P[k]
 * among the recipients go to *sig (one a line). Returns how many
 * paragraphs they were, 0 when no recipient follows them. A recipient
 * follows with any dash recipient_line reads: only "-" was, so recipients
 * typed "– UBND tỉnh;" (Word's en dash) or pandoc's "\- UBND tỉnh;" beside
 * the signature's lines were read as the signer's name, "Nơi nhận:" lost,
 * the plan printing no recipients, exit 0 (s28foreign). */
static size_t interleaved_signature(Ctx *c, const Para *P, size_t k, size_t end, Buf *sig)
{
    size_t j = k;
    while (j < end && signature_para(c, &P[j]))
        j++;
    if (j == k || j >= end || !imp_dashed_line(&P[j]))
        return 0;
    for (size_t q = k; q < j; q++) {
        char *lines = arena_strdup(c->arena, P[q].text);
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            buf_printf(sig, "%s%s", sig->len ? "\n" : "", unwrap(c, line, &b, &it));
        }
    }
    return j - k;
}

/* A recipient written without its dash (a list whose numbering is lost,
 * "BCĐ XD NTM huyện;" as a paragraph of its own): one line ending in ';',
 * '.' or ',', not a signature line. Not taken, it began the signature,
 * which then had no lines (KH103: the imported plan did not load). */
static int bare_recipient(Ctx *c, const Para *p)
{
    size_t n = strlen(p->flat);
    while (n && (p->flat[n - 1] == '*' || p->flat[n - 1] == '_' || p->flat[n - 1] == ' '))
        n--;
    return n && n < 200 && !strchr(p->text, '\n') && strchr(";.,", p->flat[n - 1]) &&
           !signature_para(c, p) && parse_label(p->flat).kind == L_NONE;
}

/* The office's copy typed without a dash nor an end mark, "Lưu: VT",
 * "Lưu VT", "Lưu VT, NN" (its colon left out, as offices often type it):
 * not taken, it was the signature's first line. Not a signer named Lưu
 * ("Lưu Văn Bình"): "Lưu" then a colon or "VT". */
static int archive_line(const Para *p)
{
    const char *f = p->flat;
    while (*f == '*' || *f == '_')
        f++;
    if (strncmp(f, "L\xC6\xB0u", 4) != 0 || strchr(p->text, '\n'))
        return 0;
    f += 4;
    if (*f == ':')
        return 1;
    while (*f == ' ')
        f++;
    return (f[0] == 'V' || f[0] == 'v') && (f[1] == 'T' || f[1] == 't') &&
           (!f[2] || strchr(" ,.;*_", f[2]));
}

/* Whether p is a recipient's line: a bullet, "-", "+", "–", or Markdown's
 * escaped one, "\- " (pandoc writes a typed dash so: such recipients and
 * "Nơi nhận" itself were lost, read as the signature's lines, s23foreign),
 * or a line that reads as a recipient without one. */
static int recipient_line(Ctx *c, const Para *p)
{
    return imp_dashed_line(p) || bare_recipient(c, p) || archive_line(p);
}

/* The recipients' list: "Nơi nhận:" and the bullets that follow it (or
 * lines that read as recipients without one, bare_recipient). */
static void recipients(Ctx *c, const Para *P, ImpEnd *e)
{
    IPlan *plan = c->plan;
    const char *s = P[e->recip].text;
    const char *nl = strchr(s, '\n');
    size_t k = (size_t)e->recip + 1;
    char *inline_list = nl ? arena_strdup(c->arena, nl + 1) : inline_recipients(c, s, &e->sig_rest);
    Buf sig = {0};
    for (;;) {
        char *lines = inline_list;
        const Para *own = NULL; /* the paragraph of lines, when they are one's whole */
        inline_list = NULL;
        if (!lines) {
            size_t skip = k < e->end ? interleaved_signature(c, P, k, e->end, &sig) : 0;
            if (skip) {
                k += skip;
                continue;
            }
            if (k >= e->end || !recipient_line(c, &P[k]))
                break;
            lines = arena_strdup(c->arena, P[k].text);
            own = &P[k++];
        }
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
            Label l = parse_label(line);
            char *r = trim_dup(c, line + (l.kind == L_BULLET ? l.len : 0));
            size_t rl = strlen(r);
            if (rl)
                c->recipients_open = r[rl - 1] == ';' || r[rl - 1] == ',';
            while (rl && (r[rl - 1] == ';' || r[rl - 1] == '.' || r[rl - 1] == ','))
                r[rl = drop_cut_escape(r, rl - 1)] = '\0';
            if (rl)
                plan->recipients = list_add(c, plan->recipients, &plan->n_recipients,
                                            written_text(c, r));
            if (rl)
                imp_part_emphasis(c, own ? own : &P[e->recip], IMP_PART_RECIPIENT, r,
                                  own && own->bold, own && own->italic);
        }
    }
    e->after = k;
    if (e->closing < 0)
        e->body_end = (size_t)e->recip;
    if (sig.len) /* the signature lines read among the recipients come first */
        e->sig_rest = e->sig_rest ? arena_printf(c->arena, "%s\n%s", sig.data, e->sig_rest)
                                  : buf_to_arena(&sig, c->arena);
    buf_free(&sig);
}

/* The signature block's paragraphs (P[from..to)), each a copy for strtok,
 * with the bold that spans lines unwrapped: "**TM. BAN QUẢN LÝ XDNTM" over
 * "TRƯỞNG BAN**" in a text file, one paragraph or two (a short line is a
 * paragraph of its own there). The signature's lines print as written, and
 * each kept its half of the "**", printed as two stars (session 20, the
 * seed 002); the block prints bold by itself. A line's own emphasis is
 * unwrap's, later. */
static char **block_texts(Ctx *c, const Para *P, size_t from, size_t to)
{
    char **t = arena_alloc(c->arena, (to - from + 1) * sizeof *t);
    for (size_t k = from; k < to; k++) {
        int b = 0, it = 0;
        t[k - from] = strchr(P[k].text, '\n') ? unwrap(c, P[k].text, &b, &it)
                                              : trim_dup(c, P[k].text);
    }
    for (size_t i = 0; i < to - from; i++) {
        char *open = t[i];
        if (strncmp(open, "**", 2) != 0 || str_find(open + 2, "**"))
            continue;
        for (size_t j = i + 1; j < to - from && j <= i + 3; j++) {
            char *close = str_find(t[j], "**");
            if (!close)
                continue;
            if (close[2] == '\0' && close > t[j]) { /* its end, and the only one */
                t[i] = trim_dup(c, open + 2);
                *close = '\0';
                t[j] = trim_dup(c, t[j]);
            }
            break;
        }
    }
    return t;
}

/* 1 if s begins with a signer's authority, "TM.", "KT.", "Q.", "TL.",
 * "TUQ.". */
static int authority_line(const char *s)
{
    return starts_with(s, "TM.") || starts_with(s, "KT.") || starts_with(s, "Q.") ||
           starts_with(s, "TL.") || starts_with(s, "TUQ.");
}

/* The signature table's rows in another order: its lines above the
 * signature space in the first row ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
 * over an empty cell), "Nơi nhận" and the signer's name in the second.
 * The lines were joined to the closing ("... ./. TM. ỦY BAN NHÂN DÂN CHỦ
 * TỊCH"), the name read as the signature's only line, exit 0 (s43attack).
 * When the paragraphs between the closing and "Nơi nhận" are all the
 * signature's lines, one of them the authority ("TM. ..."), and what
 * follows the recipients names none, those paragraphs are the lines above
 * the signature space (*above, a copy of e, its recipients already read);
 * else e. */
static const ImpEnd *split_signature(Ctx *c, const Para *P, const ImpEnd *e, ImpEnd *above)
{
    int authority = 0;
    Buf lines = {0};
    for (size_t k = (size_t)e->closing + 1; k < (size_t)e->recip; k++) {
        if (P[k].text[0] && !signature_para(c, &P[k])) {
            buf_free(&lines);
            return e;
        }
        char *all = arena_strdup(c->arena, P[k].text);
        for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            const char *l = unwrap(c, line, &b, &it);
            if (!*l)
                continue;
            authority |= authority_line(l);
            buf_printf(&lines, "%s%s", lines.len ? "\n" : "", l);
        }
    }
    for (size_t k = e->after; k < e->end && authority; k++) {
        char *all = arena_strdup(c->arena, P[k].text);
        for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            authority &= !authority_line(unwrap(c, line, &b, &it));
        }
    }
    if (!authority || !lines.len) {
        buf_free(&lines);
        return e;
    }
    *above = *e;
    above->sig_rest = buf_to_arena(&lines, c->arena);
    buf_free(&lines);
    above->recip = -1; /* read: not joined to the closing */
    return above;
}

/* The signature typed above "Nơi nhận" (its lines paragraphs of their own,
 * right-aligned, no table): nothing after the recipients, and the
 * paragraphs between the closing and "Nơi nhận" open with a signer's line
 * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", a title in capitals). They were
 * run into the closing, "Trên đây ... ./. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần
 * Văn Bình", the plan unsigned (s28foreign). Returns the block to read:
 * those paragraphs (*above, a copy of e, its recipients already read), else e. */
static const ImpEnd *above_recipients(Ctx *c, const Para *P, const ImpEnd *e, ImpEnd *above)
{
    if (e->recip < 0 || e->closing < 0 || e->sig_rest || (size_t)e->closing + 1 >= (size_t)e->recip)
        return e;
    int b = 0, it = 0;
    const char *first = unwrap(c, P[e->closing + 1].flat, &b, &it);
    if (!signature_para(c, &P[e->closing + 1]) || !signature_line(first))
        return e;
    if (e->after < e->end)
        return split_signature(c, P, e, above);
    *above = *e;
    above->after = (size_t)e->closing + 1;
    above->end = (size_t)e->recip;
    above->recip = -1; /* read: not joined to the closing */
    return above;
}

/* The signature becomes the lines all[from, to) every stride-th: the
 * lines above the signature space, then the title and name below it. */
static void keep_signer(Ctx *c, const char **all, size_t from, size_t to, size_t stride)
{
    const char **lines = NULL, **names = NULL;
    size_t n_lines = 0, n_names = 0;
    for (size_t i = from; i < to; i += stride) {
        if (!n_names && signature_line(all[i]))
            lines = list_add(c, lines, &n_lines, all[i]);
        else
            names = list_add(c, names, &n_names, all[i]);
    }
    c->plan->sig_lines = lines, c->plan->n_sig_lines = n_lines;
    c->plan->sig_names = names, c->plan->n_sig_names = n_names;
}

/* A joint plan's signers side by side (imp_joint_signers): the plan's
 * signature holds one, the issuer's, and a review comment above it and a
 * warning (KH759) name the others' lines, never dropped. They were read as
 * one signature, the second signer's lines under the first's name
 * ("Nguyễn Văn An", "TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Trần Văn
 * Bình"), or two "TM." lines over two titles: printed so, no word said
 * (s28foreign MEDIUM 1). */
static void joint_signature(Ctx *c, const Para *P, const ImpEnd *e)
{
    IPlan *plan = c->plan;
    size_t n = plan->n_sig_lines + plan->n_sig_names, from = 0, to = 0, stride = 1;
    if (n < 4)
        return;
    const char **all = arena_alloc(c->arena, n * sizeof *all);
    for (size_t i = 0; i < n; i++)
        all[i] = i < plan->n_sig_lines ? plan->sig_lines[i] : plan->sig_names[i - plan->n_sig_lines];
    const char *top = plan->governing_body ? plan->governing_body
                      : plan->n_issuer     ? plan->issuer[0]
                                           : NULL;
    int k = imp_joint_signers(all, n, top, &from, &to, &stride);
    if (k == 1)
        return;
    if (k == 0) { /* one signer's block written twice: keep the fullest */
        keep_signer(c, all, from, to, stride);
        return;
    }
    SrcPos pos = {c->path, e->after < e->end ? P[e->after].line : 0, e->after < e->end};
    if (k < 0) {
        plan->sig_comment = _("the signature block holds the blocks of two signers or more (a "
                              "joint plan) that import could not tell apart: a plan's signature "
                              "is one signer's; keep the issuer's lines and name, and move the "
                              "others' out");
        diag_warning(c->diags, pos, 0, KH759, "the signature block holds two signers' blocks "
                     "or more (a joint plan: 'TM. ...' beside 'TM. ...'), which import could not "
                     "tell apart: they are imported as one signature, with a '# review:' comment; "
                     "a plan's signature is one signer's: keep the issuer's");
        return;
    }
    keep_signer(c, all, from, to, stride);
    Buf other = {0};
    for (size_t i = 0; i < n; i++) {
        if (i >= from && i < to && (i - from) % stride == 0)
            continue;
        if (other.len)
            buf_puts(&other, " / ");
        buf_puts(&other, all[i]);
    }
    if (plan->governing_body && plan->n_sig_lines &&
        imp_names_issuer(plan->sig_lines[0], plan->governing_body)) {
        /* the header's top line is one of the bodies that issue it
         * together, not the body above the issuer ("ỦY BAN NHÂN DÂN XÃ
         * ĐỒNG HƯU" over "BAN THƯỜNG TRỰC ỦY BAN MTTQ ..."): both issuer
         * lines, printed alike, as the document has them */
        const char **issuer = NULL;
        size_t n_issuer = 0;
        issuer = list_add(c, issuer, &n_issuer, plan->governing_body);
        for (size_t i = 0; i < plan->n_issuer; i++)
            issuer = list_add(c, issuer, &n_issuer, plan->issuer[i]);
        plan->issuer = issuer, plan->n_issuer = n_issuer;
        plan->governing_body = NULL;
    }
    const char *left = buf_to_arena(&other, c->arena);
    buf_free(&other);
    plan->sig_comment = arena_printf(c->arena, _("a joint plan signed by %d, side by side: a "
                                                 "plan's signature is one signer's, the issuer's "
                                                 "(the one whose 'TM.' names the header's first "
                                                 "line, else the one on the right, as Nghị định "
                                                 "30 places the lead body's); not imported, the "
                                                 "others' lines: %s"),
                                     k, left ? left : "");
    diag_warning(c->diags, pos, 0, KH759, "a joint plan signed by %d side by side: a plan's "
                 "signature is one signer's, so the issuer's is imported and the others' lines "
                 "are a '# review:' comment above it, not in the document; add them to the "
                 "issued document by hand", k);
}

/* 1 if P[k], between the closing and "Nơi nhận", is a row of the
 * signature table above the recipients' row: the table's own paragraphs
 * ("Nơi nhận" in a table, the closing not) and a row of it pasted above. */
static int above_row(const Para *P, const ImpEnd *e, size_t k)
{
    return P[k].in_table && P[e->recip].in_table && !P[e->closing].in_table;
}

/* A row pasted into the signature table above its row (its cells read
 * between the closing and "Nơi nhận"): it was joined to the closing,
 * "Trên đây là Kế hoạch ... - Đảng ủy xã; Phó Chủ tịch UBND xã", no
 * word, a Biểu's row "2 Tân Hiệp 30" too (s42imp's leftover). As below
 * the signer's name (imp_sig_put): a recipient's line is read as a recipient,
 * the first, where it stands; any other stays after the closing as
 * written (nothing lost); each said in a '# review:' note and KH768 at
 * the first's line. */
static void pasted_above(Ctx *c, const Para *P, const ImpEnd *e)
{
    if (e->closing < 0 || e->recip < 0)
        return;
    IPlan *plan = c->plan;
    const char **front = NULL;
    size_t n_front = 0;
    Buf said = {0};
    for (size_t k = (size_t)e->closing + 1; k < (size_t)e->recip; k++) {
        if (!above_row(P, e, k) || !*P[k].flat)
            continue;
        const char *r = imp_pasted_recipient(c, P[k].flat);
        if (!said.len) {
            SrcPos pos = {c->path, P[k].line > 0 ? P[k].line : 0, P[k].line > 0};
            diag_warning(c->diags, pos, 0, KH768,
                         "'%s' stands above the row of 'Nơi nhận' and the signature, where a "
                         "plan has no line (a row pasted there?): read as written after the "
                         "closing, or "
                         "a recipient's line as the first recipient, with a '# review:' "
                         "comment; move it where it belongs",
                         P[k].flat);
        }
        buf_printf(&said, "%s'%s'%s", said.len ? "; " : "", P[k].flat,
                   r ? _(" (read as the first recipient)") : _(" (joined to the closing)"));
        if (r)
            front = list_add(c, front, &n_front, r);
    }
    for (size_t i = 0; n_front && i < plan->n_recipients; i++)
        front = list_add(c, front, &n_front, plan->recipients[i]);
    if (n_front) {
        plan->recipients = front;
        plan->n_recipients = n_front;
    }
    if (said.len)
        imp_add_plan_note(c, arena_printf(c->arena, _("above the row of 'Nơi nhận' and "
                                                  "the signature, where a plan has no "
                                                  "line (a row pasted there?): %s; "
                                                  "move them where they belong "
                                                  "[KH768]"),
                                      said.data), NULL);
    buf_free(&said);
}

/* The signature: the lines above the signature space, then what is printed
 * below it (a title, the name): an empty line between them, or the first
 * line that is not in capitals. */
static void signature(Ctx *c, const Para *P, const ImpEnd *e)
{
    IPlan *plan = c->plan;
    if (e->sig_rest) {
        char *lines = e->sig_rest;
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n"))
            plan->sig_lines = list_add(c, plan->sig_lines, &plan->n_sig_lines, written_text(c, line));
    }
    if (e->closing < 0 && e->recip < 0 && e->after >= e->end)
        return; /* no end marks, no block known by its signer */
    int groups = 0;
    for (size_t k = e->after; k < e->end; k++)
        if (k == e->after || P[k].gap)
            groups++;
    /* one paragraph a line (Markdown from a converter): the groups say
     * nothing, and a name in ordinary case ends the block, every capital
     * line above it being the block's. Paragraphs of several lines are the
     * groups above and below the signature space, which decide. */
    const char *last = NULL;
    int n_lines = 0;
    char **texts = block_texts(c, P, e->after, e->end), **kept = NULL;
    if (e->after < e->end) { /* strtok cuts them: a second copy for the second pass */
        kept = arena_alloc(c->arena, (e->end - e->after) * sizeof *kept);
        for (size_t k = e->after; k < e->end; k++)
            kept[k - e->after] = arena_strdup(c->arena, texts[k - e->after]);
    }
    for (size_t k = e->after; k < e->end; k++) {
        char *lines = texts[k - e->after];
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            char *s = unwrap(c, line, &b, &it);
            if (*s) {
                last = s;
                n_lines++;
            }
        }
    }
    int one_line_paragraphs = n_lines == groups;
    int name_in_case = one_line_paragraphs && last && !signature_line(last);
    int group = 0, named = 0; /* named: the signer's name read (imp_sig_put) */
    /* an e-mail's own signature under its "--" line ("Gửi từ điện thoại",
     * of a plan pasted into a mail): none of the plan's; it was the
     * signer's name, exit 0 (s31foreign). A review note, its lines kept. */
    Buf mail = {0}, pasted = {0};
    for (size_t k = e->after; k < e->end; k++) {
        if (k == e->after || P[k].gap)
            group++;
        char *lines = kept[k - e->after];
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            char *s = unwrap(c, line, &b, &it);
            if (!*s)
                continue;
            if (mail.len || strcmp(s, "--") == 0) {
                buf_printf(&mail, "%s%s", mail.len ? " / " : "", s);
                continue;
            }
            imp_part_emphasis(c, &P[k], IMP_PART_SIGNATURE, s, b || P[k].bold, it || P[k].italic);
            imp_sig_put(c, &P[k], s, plan->n_sig_names == 0 && (name_in_case || groups < 2 || group == 1) &&
                    signature_line(s), &named, &pasted);
        }
    }
    imp_sig_pasted_said(c, &pasted);
    if (mail.len) {
        imp_add_plan_note(c, arena_printf(c->arena, "%s: %s", _("an e-mail's signature "
                      "under '--', none of the plan's, left out"), mail.data), NULL);
        buf_free(&mail);
    }
    if (plan->n_sig_names && !plan->n_sig_lines) {
        /* no line above the signature space was told: a plan's signature
         * needs its lines (KH103, the imported plan did not load), so the
         * block is its lines, printed as they were */
        plan->sig_lines = plan->sig_names;
        plan->n_sig_lines = plan->n_sig_names;
        plan->sig_names = NULL;
        plan->n_sig_names = 0;
        plan->sig_comment = _("no line of the signature block reads as the signer's title "
                              "('TM. ...', 'CHỦ TỊCH'): all its lines are its lines; move the "
                              "signer's name to 'name:'");
    }
    joint_signature(c, P, e);
    pasted_above(c, P, e);
    if (e->closing >= 0 && e->recip >= 0 && (size_t)e->closing + 1 < (size_t)e->recip) {
        /* paragraphs between the closing and "Nơi nhận": keep them as the
         * closing's continuation, a note saying so; an end mark "./." of
         * a paragraph before the last is its full stop (it printed in the
         * middle of the closing: s37imp2 C1) */
        Buf joined = {0}, said = {0}; /* one buffer: joining by copies was quadratic */
        buf_puts(&joined, plan->closing ? plan->closing : "");
        for (size_t k = (size_t)e->closing + 1; k < (size_t)e->recip; k++) {
            const char *t = plan_text(c, imp_end_mark_unescaped(c, P[k].flat));
            if (!t || !*t || (above_row(P, e, k) && imp_pasted_recipient(c, P[k].flat)))
                continue; /* read as a recipient by pasted_above */
            while (joined.len && joined.data[joined.len - 1] == ' ')
                joined.len--;
            if (joined.len >= 3 && memcmp(joined.data + joined.len - 3, "./.", 3) == 0)
                joined.len -= 2;
            buf_putc(&joined, ' ');
            buf_puts(&joined, t);
            buf_printf(&said, "%s%s", said.len ? " / " : "", t);
        }
        plan->closing = buf_to_arena(&joined, c->arena);
        buf_free(&joined);
        if (said.len)
            imp_add_plan_note(c, arena_printf(c->arena, "%s: %s",
                          _("paragraphs after the closing, joined to it (a plan's closing "
                            "is one paragraph)"), said.data), NULL);
        buf_free(&said);
    }
}

/* The readers' paragraphs prepared for recognition (emphasis unwrapped for
 * Markdown, a flat copy without line breaks). */
/* Markdown escapes a "-" or "+" that starts a line and is no list item:
 * pandoc writes "\- x" and "\+ x" for the dashes typed in a Word
 * document, which are its bullets, and read as bullets (parse_label); but
 * a writer that writes its list items unescaped ("- x", khgen's own .md)
 * means a paragraph "- x" by "\- x" (attack L5: the round trip of a
 * paragraph "- x" gave a bullet "x", a paragraph "+ y" a "+" item under
 * it). So where the document has an unescaped item of a marker, a
 * paragraph that starts with that marker escaped is text (P[].literal).
 * One pass for each, linear. */
static void mark_literal_starts(const Ctx *c, Para *P, size_t n)
{
    if (!c->markdown)
        return;
    int unescaped[2] = {0, 0}; /* "-", "+" */
    for (size_t i = 0; i < n; i++) {
        const char *s = P[i].flat;
        if ((s[0] == '-' || s[0] == '+') && s[1] == ' ')
            unescaped[s[0] == '+'] = 1;
    }
    for (size_t i = 0; i < n; i++) {
        const char *s = P[i].flat;
        if (s[0] == '\\' && (s[1] == '-' || s[1] == '+') && s[2] == ' ' && !P[i].bold &&
            unescaped[s[1] == '+'])
            P[i].literal = 1;
    }
}

/* Whether ip is a page's number as a page's footer or header prints it,
 * "Trang 3", "Trang 3/9", "- 3 -", alone on its paragraph (a layout
 * table's cell's too; a data table's row is one paragraph of cells) by
 * imp_page_number's reading (a bare "3" or "3/9" may be a figure): a
 * footer pasted into the body was read as a recipient, a signature's line
 * or a bullet "3 -", exit 0 (s41mut, s42imp). */
static int pasted_page_number(const ImpPara *ip)
{
    const char *s = ip->text;
    size_t n = strlen(s);
    return n < 24 && (strncmp(s, "Trang ", 6) == 0 || strncmp(s, "- ", 2) == 0) &&
           imp_page_number(s, n) > 0;
}

/* The paragraphs of paras prepared, *n_out of them: a page's number
 * pasted into the body (pasted_page_number) left out, with a note on the
 * paragraph after it (before it, at the end) and a warning (KH769). */
static Para *prepare(Ctx *c, const ImpParas *paras, size_t *n_out)
{
    size_t n = paras->n, kept = 0;
    Para *P = arena_alloc(c->arena, (n ? n : 1) * sizeof *P);
    /* the notes of the page numbers left out since the last paragraph
     * kept, gathered in one buffer: each copied all those before it, and
     * 4,000 numbers in a row took 1 GB (s43mem) */
    Buf notes = {0};
    const char *pending = NULL;
    for (size_t k = 0; k < n; k++) {
        const ImpPara *ip = &paras->items[k];
        if (pasted_page_number(ip)) {
            if (notes.len)
                buf_putc(&notes, '\n');
            if (ip->review) /* its own notes go with it */
                buf_printf(&notes, "%s\n", ip->review);
            buf_printf(&notes, _("'%s' is a page's number, as printed at a page's foot or top, "
                                 "pasted into the text: left out (khgen numbers the pages itself) "
                                 "[KH769]"),
                       ip->text);
            SrcPos pos = {c->path, ip->line, ip->line > 0};
            diag_warning(c->diags, pos, 0, KH769,
                         "'%s' alone on its paragraph is a page's number, as printed at a "
                         "page's foot or top: it is left out of the plan, which numbers its pages "
                         "itself, with a '# review:' comment; delete it from the document",
                         ip->text);
            continue;
        }
        pending = notes.len ? buf_to_arena(&notes, c->arena) : NULL;
        size_t i = kept++;
        P[i].bold = ip->bold;
        P[i].italic = ip->italic;
        P[i].text = c->markdown ? unwrap(c, ip->text, &P[i].bold, &P[i].italic)
                                : trim_dup(c, ip->text);
        P[i].flat = flatten(c, P[i].text);
        P[i].heading = ip->heading;
        P[i].khstyle = ip->khstyle;
        P[i].line = ip->line;
        P[i].in_table = ip->in_table;
        P[i].gap = ip->gap;
        P[i].indent = ip->indent;
        P[i].literal = ip->literal;
        P[i].merged_up = ip->merged_up;
        P[i].not_centred = ip->not_centred;
        P[i].spans_rest = ip->spans_rest;
        P[i].page = ip->page;
        P[i].review = ip->review;
        P[i].underlined = ip->underlined;
        memcpy(P[i].cell_emph, ip->cell_emph, sizeof P[i].cell_emph);
        P[i].index = i;
        if (pending) {
            P[i].review = P[i].review ? arena_printf(c->arena, "%s\n%s", pending, P[i].review) : pending;
            pending = NULL;
        }
    }
    pending = notes.len ? buf_to_arena(&notes, c->arena) : NULL;
    buf_free(&notes);
    if (pending && kept)
        P[kept - 1].review = P[kept - 1].review
                                 ? arena_printf(c->arena, "%s\n%s", P[kept - 1].review, pending)
                                 : pending;
    n = *n_out = kept;
    mark_literal_starts(c, P, n);
    imp_notes_budget(c->arena, P, n);
    return P;
}

static int count_words(const Para *P, size_t n)
{
    int words = 0;
    for (size_t i = 0; i < n; i++)
        for (const char *t = P[i].flat; *t; t++)
            if (isalnum((unsigned char)*t) || (unsigned char)*t >= 0xC3)
                words++;
    return words;
}

/* The recognition's indexes (malloc'd; everything else is the arena's). */
static void ctx_free(Ctx *c)
{
    strset_free(&c->unit_names);
    strset_free(&c->loc_names);
    strset_free(&c->loc_kinds);
    strset_free(&c->ids);
    strset_free(&c->id_bases);
    strset_free(&c->att_labels);
    att_labels_free(&c->page_labels);
}

/* The fields of plan printed as written that were taken from the
 * document's text as it was read, as_written (the recipients and the
 * signature are written_text already). */
static void fields_as_written(const Ctx *c, IPlan *plan)
{
    plan->governing_body = as_written(c, plan->governing_body);
    plan->number = as_written(c, plan->number);
    plan->code = as_written(c, plan->code);
    plan->place = as_written(c, plan->place);
    plan->issuer_short = as_written(c, plan->issuer_short);
    for (size_t k = 0; k < plan->n_issuer; k++)
        plan->issuer[k] = as_written(c, plan->issuer[k]);
    for (size_t k = 0; k < plan->n_units; k++)
        plan->units[k].name = as_written(c, plan->units[k].name);
    for (size_t k = 0; k < plan->n_localities; k++)
        plan->localities[k].name = as_written(c, plan->localities[k].name);
}

/* 1 after KH752 when a paragraph of P[0..n) is longer than a plan's value
 * may be (LOADER_MAX_VALUE_BYTES, KH016): a .md of one 6.7 MB paragraph
 * (import reads 8 MiB) became, exit 0, a plan its own check refused
 * (s48attack). */
static int value_too_long(Ctx *c, const Para *P, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(P[k].text);
        if (len <= LOADER_MAX_VALUE_BYTES)
            continue;
        SrcPos pos = {c->path, P[k].line > 0 ? P[k].line : 0, P[k].line > 0 ? 1 : 0};
        diag_error(c->diags, pos, 0, KH752, "'%s' holds a paragraph of %zu bytes, more than the %d "
                   "MiB a plan's text may be (KH016): the plan written would not load; split the "
                   "paragraph in the document, then import it", c->path, len,
                   LOADER_MAX_VALUE_BYTES >> 20);
        return 1;
    }
    return 0;
}

/* Writes plan to out: 0 when it is within the size a plan file may be
 * (load_default_limits, KH002); else KH752, out cut back as it was, -1: an 84 KB .docx of 30,000 paragraphs of backslashes (each written
 * twice over in YAML) became, exit 0, a plan of 60 MB its own check
 * refused unread (s49attack). */
static int emit_within(DiagSink *diags, const char *path, const IPlan *plan, Buf *out)
{
    size_t start = out->len;
    emit_plan_yaml(plan, out);
    size_t written = out->len - start, most = load_default_limits().max_bytes;
    if (written <= most)
        return 0;
    SrcPos pos = {path, 0, 0};
    diag_error(diags, pos, 0, KH752, "'%s' would make a plan of %zu bytes, more than the %zu "
               "bytes a plan file may be (KH002): the plan written would not load; split the "
               "document, then import each part", path, written, most);
    out->len = start;
    if (out->data)
        out->data[start] = '\0';
    return -1;
}

int import_plan(Arena *arena, DiagSink *diags, const char *path, const ImpParas *paras,
                const char *templates_dir, Buf *out, ImpStats *stats)
{
    IPlan *plan = arena_alloc(arena, sizeof *plan);
    ImpStats local_stats;
    if (!stats)
        stats = &local_stats;
    memset(stats, 0, sizeof *stats);
    Ctx c = {.arena = arena, .diags = diags, .path = path, .markdown = paras->markdown,
             .docx = paras->docx, .front = paras->front, .plan = plan, .stats = stats,
             .templates_dir = templates_dir};
    const char *base = strrchr(path, '/');
    plan->source = base ? base + 1 : path;
    /* --templates DIR broken (an empty wording, an unclosed '{{'): build
     * and check refuse it; import compared the lines with it without a
     * word, or printed its error and went on, exit 0 */
    int errors = diag_error_count(diags);
    if (templates_dir && (tpl_check_wording(imp_templates(&c)) != 0 ||
                          diag_error_count(diags) > errors)) {
        ctx_free(&c);
        return -1;
    }

    size_t n = paras->n;
    c.review_placed = arena_alloc(arena, n ? n : 1);
    Para *P = prepare(&c, paras, &n);
    c.paras = P;
    if (count_words(P, n) < 3) {
        SrcPos pos = {path, 0, 0};
        diag_error(diags, pos, 0, KH757, "'%s' holds no text to import (an empty file, or a "
                   "document of images only): check the file, or type the plan", path);
        ctx_free(&c);
        return -1;
    }

    /* 1-2. the header and the subject line; 3. legal bases */
    size_t i = imp_read_header(&c, P, n);
    i = imp_read_bases(&c, P, n, i);

    /* 4. the end: attachments, signature, recipients, closing */
    ImpEnd e, above;
    imp_find_end(&c, P, n, i, &e);
    if (e.recip >= 0)
        recipients(&c, P, &e);
    signature(&c, P, above_recipients(&c, P, &e, &above));

    /* 5. the opening: up to the first heading of the body */
    Stack st = {{&plan->root}, {RANK_ROOT}, {-1}, 1};
    if (!plan->opening && i < e.body_end) {
        Label l = parse_label(P[i].flat);
        int heading = l.kind == L_ROMAN || l.kind == L_NUM || part_label(P[i].flat) ||
                      (is_upper_text(P[i].flat) && strlen(P[i].flat) < 200);
        if (!heading && !P[i].in_table) {
            imp_part_emphasis(&c, &P[i], IMP_PART_OPENING, NULL, P[i].bold, P[i].italic);
            plan->opening = plan_text(&c, P[i].flat);
            i++;
        }
    }
    imp_plan_year(&c, plan->opening); /* a title without its year: the opening's */
    /* 6. the body */
    for (size_t k = i; k < e.body_end; k++) {
        size_t used = body_table(&c, &st, P, k, e.body_end);
        if (!used)
            used = body_part(&c, &st, P, k, e.body_end);
        if (used)
            k += used - 1;
        else
            body_para(&c, &st, &P[k]);
    }
    imp_bare_labels(&c, &plan->root);
    if (plan->root.n_items == 0) {
        /* a placeholder, like the title's, so that the plan checks: an
         * empty paragraph is KH107 */
        INode *sec = node_new(&c, IN_PARA, "Nội dung kế hoạch");
        sec->comment = _("no body was found: write the plan's content");
        node_add(&c, &plan->root, sec);
    }

    /* 7. registries and tasks, then numbering and the year */
    assignment_tasks(&c, &plan->root);
    plus_line_tasks(&c, &plan->root);
    imp_displaced_lines(&c, &plan->root); /* a task's line moved above its text */
    find_tasks(&c, &plan->root);
    para_line_tasks(&c, &plan->root);
    imp_colonless_lines(&c, &plan->root); /* a task line without its colon */
    duty_sentences(&c, &plan->root);
    unit_sentences(&c, &plan->root, 0);
    table_tasks(&c, &plan->root);
    if (!c.markdown)
        imp_clause_texts(&c, &plan->root);
    sentence_dues(&c, &plan->root);
    body_localities(&c, &plan->root);
    body_att_refs(&c, &plan->root);
    village_catalog(&c, &plan->root);
    number_list(&c, &plan->root, "");
    years_in(&c, &plan->root);
    imp_preset_localities(&c); /* khgen's own Biểu 01's places */
    plan->opening = year_refs(&c, plan->opening);
    plan->closing = year_refs(&c, plan->closing);
    plan->title = year_refs(&c, plan_text(&c, plan->title));
    imp_underline_text(&c, P, n);
    imp_part_emphasis_warn(&c);
    /* the readers' notes on text the plan has no place for (footnotes,
     * text boxes, nested tables), in the order of their paragraphs */
    size_t n_reviews = 0;
    for (size_t k = 0; k < n; k++)
        n_reviews += P[k].review && !c.review_placed[k];
    IReview *reviews = arena_alloc(arena, (n_reviews ? n_reviews : 1) * sizeof *reviews);
    for (size_t k = 0, r = 0; k < n; k++)
        if (P[k].review && !c.review_placed[k]) /* an attachment row's: beside it */
            reviews[r++] = (IReview){P[k].line, P[k].review};
    plan->reviews = reviews;
    plan->n_reviews = n_reviews;
    fields_as_written(&c, plan);
    if (c.beyond_limits || value_too_long(&c, P, n)) { /* said (KH752) */
        ctx_free(&c);
        return -1;
    }
    int status = emit_within(diags, path, plan, out);
    ctx_free(&c);
    return status;
}
