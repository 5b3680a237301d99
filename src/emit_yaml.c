/* emit_yaml.c - writing a recognised plan as plan source (see emit_yaml.h).
 *
 * The output is meant to be read and edited by a drafter, so it follows the
 * README's example: top-level keys in the order of the document, two-space
 * indentation, registries as one flow mapping per line, and every text a
 * plain scalar unless YAML would read it as something else (a number, a
 * boolean, a mapping because of ": ", a comment because of " #"), then a
 * double-quoted one. What import guessed carries a "# review:" comment.
 * Output depends only on the IPlan, so importing twice gives the same bytes.
 */
#include <limits.h>
#include <string.h>

#include "diag.h"
#include "emit_yaml.h"
#include "i18n.h"

static int plain_safe(const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return 0;
    if (strchr("-?:,[]{}#&*!|>'\"%@`~ \t", s[0]))
        return 0;
    if (s[n - 1] == ' ' || s[n - 1] == ':' || s[n - 1] == '\t')
        return 0;
    /* a line that ends in a spreadsheet's separators after a value or
     * after YAML's syntax (";;", ":;", ">-,") is, two in a row, read back as
     * a plan saved by Excel as CSV (load_rewritten.c, KH039): a document's
     * paragraphs typed ending ";;" would be refused. A lone ';' after a
     * word ("- Thôn số 1;") stays plain. */
    if ((s[n - 1] == ',' || s[n - 1] == ';') &&
        (n == 1 || strchr(",;:>|-", s[n - 2])))
        return 0;
    if (str_find(s, ": ") || str_find(s, " #") || strchr(s, '\n') || strchr(s, '\t') ||
        strchr(s, '\r'))
        return 0;
    /* numbers, dates, booleans and null would not read back as text */
    int numeric = 1;
    for (const char *t = s; *t; t++)
        if (!strchr("0123456789.-+_:eExXoObB", *t))
            numeric = 0;
    if (numeric)
        return 0;
    static const char *const words[] = {"true", "false", "yes", "no", "null", "on", "off",
                                        "y", "n", ".nan", ".inf", NULL};
    for (int k = 0; words[k]; k++)
        if (strcasecmp(s, words[k]) == 0)
            return 0;
    return 1;
}

void emit_scalar(Buf *out, const char *s)
{
    if (!s)
        s = "";
    if (plain_safe(s)) {
        buf_puts(out, s);
        return;
    }
    emit_quoted(out, s);
}

void emit_quoted(Buf *out, const char *s)
{
    if (!s)
        s = "";
    buf_putc(out, '"');
    for (const char *t = s; *t; t++) {
        if (*t == '"' || *t == '\\')
            buf_putc(out, '\\');
        if (*t == '\n')
            buf_puts(out, "\\n");
        else if (*t == '\t')
            buf_puts(out, "\\t");
        else if (*t == '\r')
            buf_puts(out, "\\r");
        else if ((unsigned char)*t < 0x20 || *t == 0x7F) /* raw, YAML refuses it */
            buf_printf(out, "\\x%02X", (unsigned)(unsigned char)*t);
        else
            buf_putc(out, *t);
    }
    buf_putc(out, '"');
}

static void indent(Buf *out, int n)
{
    for (int i = 0; i < n; i++)
        buf_putc(out, ' ');
}

/* A review comment's text, which quotes the document (a front matter's
 * title, a text box): every character that could act on a terminal or an
 * editor, or hide, escaped as khgen's messages write it (diag_put_escaped:
 * a bidirectional control U+202E reversed the comment in an editor, and
 * reached it raw from a front matter, s32review), a line break too, so
 * that the comment stays one line of YAML. */
static void comment_text(Buf *out, const char *text, size_t n)
{
    diag_put_escaped(out, text, n);
}

static void comment(Buf *out, int ind, const char *text)
{
    if (!text)
        return;
    indent(out, ind);
    buf_puts(out, "# review: ");
    comment_text(out, text, strlen(text));
    buf_putc(out, '\n');
}

void emit_review(Buf *out, int ind, const char *text)
{
    comment(out, ind, text);
}

/* The notes of p not yet written (*next on) whose paragraph is at or
 * before line, as "# review:" lines indented by ind. */
typedef struct Notes {
    const IReview *items;
    size_t n, next;
} Notes;

/* Whether l[0..n) ends with a code, " [KH761]" (imp_para_review_as) */
static int code_mark(const char *l, size_t n)
{
    return n >= 8 && memcmp(l + n - 8, " [KH", 4) == 0 && l[n - 1] == ']' &&
           strspn(l + n - 4, "0123456789") == 3;
}

void emit_unplaced_lines(Buf *out, int ind, const char *text, const char *code)
{
    for (const char *l = text; l && *l;) {
        size_t n = strcspn(l, "\n");
        indent(out, ind);
        buf_puts(out, "# review: ");
        comment_text(out, l, n);
        if (code && !code_mark(l, n)) /* a note that names its own code keeps it */
            buf_printf(out, " [%s]", code);
        buf_putc(out, '\n');
        l += n + (l[n] == '\n');
    }
}

const char *emit_unplaced_note(const char *line, size_t len, size_t *note_len)
{
    static const char prefix[] = "# review: ";
    size_t at = 0;
    while (at < len && line[at] == ' ')
        at++;
    const size_t n_prefix = sizeof prefix - 1, n_mark = sizeof " [KH759]" - 1;
    if (len - at < n_prefix + n_mark || memcmp(line + at, prefix, n_prefix) != 0)
        return NULL;
    while (len > at && (line[len - 1] == ' ' || line[len - 1] == '\r'))
        len--;
    const char *mark = line + len - n_mark;
    if (len - at < n_prefix + n_mark || memcmp(mark, " [KH", 4) != 0 || mark[n_mark - 1] != ']' ||
        strspn(mark + 4, "0123456789") != 3)
        return NULL;
    *note_len = len - at - n_prefix;
    return line + at + n_prefix;
}

int emit_note_is_document_text(const char *note, size_t note_len)
{
    static const char *const codes[] = {"KH758", "KH759", "KH760", "KH761", "KH762"};
    const size_t n_mark = sizeof " [KH759]" - 1;
    if (note_len < n_mark)
        return 0;
    const char *code = note + note_len - n_mark + 2; /* "KH759]" */
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (memcmp(code, codes[i], 5) == 0)
            return 1;
    return 0;
}

static void put_notes(Buf *out, Notes *nt, long line, int ind)
{
    for (; nt->next < nt->n && nt->items[nt->next].line <= line; nt->next++)
        emit_unplaced_lines(out, ind, nt->items[nt->next].text, "KH759");
}

static void key_scalar(Buf *out, int ind, const char *key, const char *value)
{
    indent(out, ind);
    buf_puts(out, key);
    buf_puts(out, ": ");
    emit_scalar(out, value);
    buf_putc(out, '\n');
}

static void key_quoted(Buf *out, int ind, const char *key, const char *value)
{
    indent(out, ind);
    buf_puts(out, key);
    buf_puts(out, ": ");
    emit_quoted(out, value);
    buf_putc(out, '\n');
}

static void key_list(Buf *out, int ind, const char *key, const char *const *items, size_t n)
{
    indent(out, ind);
    buf_puts(out, key);
    buf_puts(out, ":\n");
    for (size_t i = 0; i < n; i++) {
        indent(out, ind + 2);
        buf_puts(out, "- ");
        emit_scalar(out, items[i]);
        buf_putc(out, '\n');
    }
}

static const char *kind_key(INodeKind kind)
{
    switch (kind) {
    case IN_SECTION: return "section";
    case IN_CLAUSE: return "clause";
    case IN_SUBCLAUSE: return "subclause";
    case IN_POINT: return "point";
    case IN_BULLET: return "bullet";
    case IN_PARA: return "para";
    case IN_TASK: return "task";
    case IN_TABLE: return "table";
    case IN_PART: return "part";
    }
    return "para";
}

/* A table's columns and, for written rows, its rows. */
static void emit_table(Buf *out, const ITable *t, int in)
{
    emit_unplaced_lines(out, in, t->lost, "KH758");
    emit_unplaced_lines(out, in, t->dropped, NULL);
    emit_unplaced_lines(out, in, t->figures, "KH773");
    indent(out, in);
    buf_puts(out, "columns:\n");
    for (int k = 0; k < t->n_cols; k++) {
        int stt = (t->keys && strcmp(t->keys[k], "stt") == 0) || (!t->keys && t->stt && k == 0);
        indent(out, in + 2);
        if (t->keys)
            buf_printf(out, "- {key: %s, ", t->keys[k]);
        else if (stt)
            buf_puts(out, "- {key: stt, ");
        else
            buf_printf(out, "- {key: c%d, ", k + 1);
        if (stt)
            buf_puts(out, "type: stt, ");
        buf_puts(out, "header: ");
        emit_quoted(out, t->header[k]);
        if (t->groups && t->groups[k]) {
            buf_puts(out, ", group: ");
            emit_quoted(out, t->groups[k]);
        }
        /* a typed column is centred by itself (layout_align_of): the STT
         * column's and a summed one's "align: center" said it again */
        int summed = !t->keys && (t->summed >> k & 1u); /* k < 32: PLAN_MAX_COLUMNS */
        if (t->align[k] && !stt && !(summed && t->align[k] == 'c'))
            buf_puts(out, t->align[k] == 'c' ? ", align: center" : ", align: right");
        if (!t->keys && k < 32 && (t->summed >> k & 1u) && (t->loose >> k & 1u))
            buf_puts(out, ", type: decimal, total: true");
        else if (!t->keys && k < 32 && (t->summed >> k & 1u) && t->decimals[k])
            buf_printf(out, ", type: decimal, decimals: %d, total: true", t->decimals[k]);
        else if (!t->keys && k < 32 && (t->summed >> k & 1u))
            buf_puts(out, ", type: int, total: true");
        buf_puts(out, "}\n");
    }
    if (t->note)
        key_scalar(out, in, "note", t->note);
    if (t->keys)
        return;
    if (t->merge) {
        indent(out, in);
        buf_printf(out, "merge: [%s]\n", t->merge);
    }
    indent(out, in);
    buf_puts(out, t->n_rows > (t->totals_row < t->n_rows) ? "rows:\n" : "rows: []\n");
    int mapping = t->stt && !t->counted; /* rows that write their own number */
    for (size_t r = 0; r < t->n_rows; r++) {
        if (r == t->totals_row && t->totals)
            continue;
        indent(out, in + 2);
        if (t->group && t->group[r]) {
            buf_puts(out, "- {heading: ");
            emit_quoted(out, t->rows[r][1]);
            buf_puts(out, "}\n");
            continue;
        }
        buf_puts(out, mapping ? "- {" : "- [");
        /* an STT column numbered as khgen counts takes no value */
        for (int k = mapping ? 0 : t->stt; k < t->n_cols; k++) {
            if (k > (mapping ? 0 : t->stt))
                buf_puts(out, ", ");
            if (mapping)
                buf_printf(out, k ? "c%d: " : "stt: ", k + 1);
            if (k < 32 && (t->summed >> k & 1u) && *t->rows[r][k])
                buf_puts(out, t->rows[r][k]); /* a number, written by import_attrows.c */
            else
                emit_quoted(out, t->rows[r][k]);
        }
        buf_puts(out, mapping ? "}\n" : "]\n");
        if (r + 1 == t->n_rows && t->review) {
            comment(out, in + 2, t->review);
        }
    }
    if (t->totals)
        key_scalar(out, in, "totals", t->totals);
}

static void emit_node(Buf *out, const INode *node, int ind, Notes *nt)
{
    if (node->line > 0)
        put_notes(out, nt, node->line, ind);
    comment(out, ind, node->comment);
    indent(out, ind);
    buf_puts(out, "- ");
    buf_puts(out, kind_key(node->kind));
    buf_puts(out, ": ");
    emit_scalar(out, node->title ? node->title : "");
    buf_putc(out, '\n');
    int in = ind + 2;
    if (node->label)
        key_scalar(out, in, "label", node->label);
    if (node->number) {
        indent(out, in);
        buf_printf(out, "number: %d\n", node->number);
    }
    if (node->marker)
        key_scalar(out, in, "marker", node->marker);
    if (node->style)
        key_scalar(out, in, "style", node->style);
    if (node->text)
        key_scalar(out, in, "text", node->text);
    if (node->text && node->text_style)
        key_scalar(out, in, "text_style", node->text_style);
    if (node->kind == IN_TABLE && node->table)
        emit_table(out, node->table, in);
    if (node->kind == IN_TASK) {
        if (node->n_texts == 1)
            key_scalar(out, in, "text", node->texts[0]);
        else if (node->n_texts > 1)
            key_list(out, in, "text", node->texts, node->n_texts);
        if (node->criteria) {
            indent(out, in);
            buf_printf(out, "criteria: [%s]\n", node->criteria);
        }
        if (node->n_leads > 1) {
            indent(out, in);
            buf_puts(out, "lead: [");
            for (size_t i = 0; i < node->n_leads; i++) {
                if (i)
                    buf_puts(out, ", ");
                emit_scalar(out, node->leads[i]);
            }
            buf_puts(out, "]\n");
        } else if (node->lead) {
            key_scalar(out, in, "lead", node->lead);
        }
        if (node->n_support) {
            indent(out, in);
            buf_puts(out, "support: [");
            for (size_t i = 0; i < node->n_support; i++) {
                if (i)
                    buf_puts(out, ", ");
                emit_scalar(out, node->support[i]);
            }
            buf_puts(out, "]\n");
        }
        if (node->lead_note)
            key_scalar(out, in, "lead_note", node->lead_note);
        if (node->n_assign_lines) {
            indent(out, in);
            buf_puts(out, "assign:\n");
            for (size_t i = 0; i < node->n_assign_lines; i++) {
                indent(out, in + 2);
                buf_puts(out, "- ");
                buf_puts(out, node->assign_lines[i]);
                buf_putc(out, '\n');
            }
        }
        if (node->assign_note)
            key_scalar(out, in, "assign_note", node->assign_note);
        if (node->lead_label)
            key_scalar(out, in, "lead_label", node->lead_label);
        if (node->due) {
            indent(out, in);
            buf_puts(out, "due: ");
            buf_puts(out, node->due);
            buf_putc(out, '\n');
        }
        if (node->due_label)
            key_scalar(out, in, "due_label", node->due_label);
        if (node->data) {
            indent(out, in);
            buf_printf(out, "data: {%s}\n", node->data);
        }
        if (node->show == 1) {
            indent(out, in);
            buf_puts(out, "show: []\n");
        } else if (node->show == 2) {
            indent(out, in);
            buf_puts(out, node->due ? "show: [lead, due]\n" : "show: [lead]\n");
        }
    }
    if (node->n_items) {
        indent(out, in);
        buf_puts(out, "items:\n");
        for (size_t i = 0; i < node->n_items; i++)
            emit_node(out, node->items[i], in + 2, nt);
    }
}

static void emit_entry(Buf *out, const IEntry *e, const char *extra_key, const char *extra)
{
    comment(out, 2, e->comment);
    buf_puts(out, "  - {id: ");
    emit_scalar(out, e->id);
    buf_puts(out, ", name: ");
    /* inside a flow mapping ',' '[' ']' '{' '}' also end a plain scalar */
    if (strpbrk(e->name, ",[]{}"))
        emit_quoted(out, e->name);
    else
        emit_scalar(out, e->name);
    if (extra) {
        buf_printf(out, ", %s: ", extra_key);
        emit_scalar(out, extra);
    }
    if (e->extra)
        buf_puts(out, e->extra);
    buf_puts(out, "}\n");
}

/* The plan's first comment: where it was imported from, what "# review:"
 * marks. The file's name, in a comment: a line break in it would end the
 * comment and write its rest as YAML, a control character reach the
 * terminal of whoever prints the plan; each is '?'. The comments are in
 * the language of the messages, the plan the same in every one. */
static void put_origin(Buf *out, const char *source)
{
    Buf name = {0};
    for (const char *c = source ? source : _("a document"); *c; c++)
        buf_putc(&name, (unsigned char)*c < 0x20 || *c == 0x7f ? '?' : *c);
    buf_puts(out, "# ");
    buf_printf(out, _("Imported by `khgen import` from %s.\n# Lines marked \"# review:\" were "
                      "inferred, not read: check them."), name.data ? name.data : "");
    buf_putc(out, '\n');
    buf_free(&name);
}

/* `period: 2025` with its review line, for a plan dated in the year before
 * the one its title names (import_head.c); nothing otherwise. */
static void emit_period(Buf *out, const IPlan *p)
{
    if (!p->period_year)
        return;
    buf_putc(out, '\n');
    comment(out, 0, p->period_comment);
    buf_printf(out, "period: %d\n", p->period_year);
}

/* The plan's levels (read from khgen's own Biểu 01) and localities. */
static void emit_places(Buf *out, const IPlan *p)
{
    if (p->n_levels) {
        buf_printf(out, "\n# %s\nlevels:\n", _("the standards khgen's own Biểu 01 names"));
        for (size_t i = 0; i < p->n_levels; i++)
            emit_entry(out, &p->levels[i], NULL, NULL);
    }
    if (p->n_localities) {
        buf_printf(out, "\n# %s\nlocalities:\n", _("communes and villages named in the text"));
        for (size_t i = 0; i < p->n_localities; i++)
            emit_entry(out, &p->localities[i], "kind", p->localities[i].kind);
    }
}

void emit_plan_yaml(const IPlan *p, Buf *out)
{
    put_origin(out, p->source);
    if (p->notes)
        buf_puts(out, p->notes);
    buf_puts(out, "khgen: 1\n");
    if (p->catalog_yaml) {
        buf_puts(out, "import:\n");
        if (p->uses_catalog)
            buf_puts(out, "  - qd318-xa-ntm\n");
        buf_puts(out, p->catalog_yaml);
    } else if (p->uses_catalog) {
        buf_puts(out, "import: [qd318-xa-ntm]\n");
    }
    buf_puts(out, "\nheader:\n");
    if (p->governing_body)
        key_scalar(out, 2, "governing_body", p->governing_body);
    /* lines above the title that the header has no place for (a second
     * motto or "Số: ..." line, a "DỰ THẢO" mark, a department's remark
     * typed into the header's table): text of the document the plan does
     * not print, marked as the other such notes are, so that `khgen diff
     * draft.yaml imported.yaml` shows it; unmarked, diff said "the same
     * document", exit 0 (s20attack F5) */
    emit_unplaced_lines(out, 2, p->header_left, "KH761");
    comment(out, 2, p->issuer_comment);
    key_list(out, 2, "issuer", p->issuer, p->n_issuer);
    if (p->issuer_short)
        key_scalar(out, 2, "issuer_short", p->issuer_short);
    comment(out, 2, p->number_comment);
    key_scalar(out, 2, "number", p->number ? p->number : "");
    key_scalar(out, 2, "code", p->code ? p->code : "KH-UBND");
    comment(out, 2, p->place_comment);
    key_scalar(out, 2, "place", p->place);
    comment(out, 2, p->date_comment);
    buf_printf(out, "  date: %s\n", p->date);
    comment(out, 2, p->title_comment);
    key_scalar(out, 2, "title", p->title ? p->title : "");
    emit_period(out, p);

    if (p->n_bases) {
        buf_puts(out, "\nbases:\n");
        for (size_t i = 0; i < p->n_bases; i++) {
            const IBasis *b = &p->bases[i];
            comment(out, 2, b->comment);
            if (b->text) {
                buf_puts(out, "  - text: ");
                emit_scalar(out, b->text);
                buf_putc(out, '\n');
                if (b->end)
                    key_quoted(out, 4, "end", b->end);
                continue;
            }
            buf_puts(out, "  - kind: ");
            emit_scalar(out, b->kind);
            buf_putc(out, '\n');
            if (b->intro)
                key_scalar(out, 4, "intro", b->intro);
            if (b->name)
                key_scalar(out, 4, "name", b->name);
            if (b->number)
                key_scalar(out, 4, "number", b->number);
            if (b->date) {
                buf_puts(out, "    date: ");
                buf_puts(out, b->date);
                buf_putc(out, '\n');
                if (b->long_date)
                    buf_puts(out, "    date_style: long\n");
            }
            if (b->by)
                key_scalar(out, 4, "by", b->by);
            if (b->about)
                key_scalar(out, 4, "about", b->about);
            if (b->end)
                key_quoted(out, 4, "end", b->end);
        }
    }
    if (p->opening) {
        buf_putc(out, '\n');
        key_scalar(out, 0, "opening", p->opening);
    }
    /* the notes of the header, the bases and the opening: before the
     * body's first paragraph */
    Notes nt = {p->reviews, p->n_reviews, 0};
    long body_line = INT_MAX;
    for (size_t i = 0; i < p->root.n_items && body_line == INT_MAX; i++)
        if (p->root.items[i]->line > 0)
            body_line = p->root.items[i]->line;
    put_notes(out, &nt, body_line - 1, 0);
    if (p->n_units) {
        buf_printf(out, "\n# %s\nunits:\n", _("units named as responsible in the text"));
        for (size_t i = 0; i < p->n_units; i++)
            emit_entry(out, &p->units[i], NULL, NULL);
    }
    emit_places(out, p);
    buf_puts(out, "\nbody:\n");
    for (size_t i = 0; i < p->root.n_items; i++)
        emit_node(out, p->root.items[i], 2, &nt);
    put_notes(out, &nt, INT_MAX, 0); /* the closing's, the signature's, the attachments' */
    if (p->closing) {
        buf_putc(out, '\n');
        key_scalar(out, 0, "closing", p->closing);
    }
    if (p->n_recipients)
        key_list(out, 0, "recipients", p->recipients, p->n_recipients);
    if (p->n_sig_lines || p->n_sig_names) {
        comment(out, 0, p->sig_comment);
        buf_puts(out, "signature:\n");
        if (p->n_sig_lines)
            key_list(out, 2, "lines", p->sig_lines, p->n_sig_lines);
        if (p->n_sig_names == 1)
            key_scalar(out, 2, "name", p->sig_names[0]);
        else if (p->n_sig_names > 1)
            key_list(out, 2, "name", p->sig_names, p->n_sig_names);
    }
    if (p->attachments_yaml)
        buf_puts(out, p->attachments_yaml);
}
