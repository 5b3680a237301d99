/* inline.c - finding, checking and expanding {references} in plan text.
 *
 * A reference is "{" NAME ARG* "}" where NAME starts with a lower-case ASCII
 * letter. The scanner below splits a text into literal runs and references;
 * inline_check() and inline_expand() both walk it, so what is checked is
 * exactly what is printed. Each reference name has one entry in the table
 * `functions` (arguments it takes, whether it needs a task, how it checks and
 * how it prints). Errors point at the column of the reference inside the
 * YAML scalar (ynode_pos_at), underlined over its length.
 *
 * Stage: 3 (resolve) checks references (inline_check, which counts uses);
 * stage 5 (render) expands them (inline_expand), reading a const Plan.
 */
#include "inline.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "due_words.h"
#include "figures.h"
#include "textref.h"
#include "load.h"
#include "locref_names.h"
#include "md_read.h"
#include "refnames.h"
#include "suggest.h"
#include "vi.h"

/* ---- escaping ---------------------------------------------------------------- */

void inline_put_value(Buf *out, const char *value, InlineMode mode)
{
    if (mode == INLINE_PLAIN) {
        buf_puts(out, value);
        return;
    }
    /* runs without a character Markdown reads are copied at once */
    for (const char *c = value; *c;) {
        size_t run = strcspn(c, "\\`*_[]<>");
        buf_putn(out, c, run);
        c += run;
        if (!*c)
            break;
        buf_putc(out, '\\');
        buf_putc(out, *c++);
    }
}

/* ---- the functions ----------------------------------------------------------- */

typedef struct Check {
    const InlineCtx *ctx;
    DiagSink *diags;
    const TextSite *site;
    const ScannedRef *ref;
    int errors;
    /* the word of ref's scratch an error is about (check_ids), or NULL:
     * the whole reference */
    const char *at_arg;
    SrcPos start;            /* where ref starts, once asked (ref_pos) */
    int have_start;
} Check;

/* Where the reference being checked starts: asked once, so that the
 * positions asked of a long text go forward (ynode_pos_at's memo). */
static SrcPos ref_pos(Check *c)
{
    if (!c->have_start) {
        c->start = ynode_pos_at(c->site->node, c->ref->start);
        c->have_start = 1;
    }
    return c->start;
}

static void check_error(Check *c, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports an error at the reference being checked, underlined over it;
 * about one of its words (at_arg) of a reference written over two lines
 * (a folded text's), at that word, on its own line (session 21: an id on
 * the second line was reported on the first, where the '{' is). */
static void check_error(Check *c, DiagId code, const char *fmt, ...)
{
    SrcPos pos = ref_pos(c);
    const char *text = c->site->text;
    c->errors++;
    if (!diag_would_keep(c->diags, DIAG_ERROR, pos)) {
        /* past the cap it is only counted: formatting the 700,000
         * messages nobody sees of 2 MB of unclosed '{a' took 2 billion
         * instructions (2.4 s under the sanitizers) */
        diag_error(c->diags, pos, 0, code, "%s", "");
        return;
    }
    size_t from = c->ref->start, to = c->ref->end;
    if (c->at_arg) {
        size_t a = from + 1 + (size_t)(c->at_arg - c->ref->scratch);
        SrcPos word = ynode_pos_at(c->site->node, a);
        if (word.line != pos.line) {
            pos = word;
            from = a;
            to = a + strlen(c->at_arg);
        }
    }
    int chars = (int)utf8_count(text + from, to - from);
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(c->diags, DIAG_ERROR, pos, chars, code, fmt, ap);
    va_end(ap);
}

/* An unclosed reference of a folded text ('>-') whose line break is there
 * only because the next line is indented further than the text's lines
 * (one space more: YAML keeps the break before such a line, and the
 * reference's '}' stands on it): reported at that line, where the fix
 * goes (session 21: it stood at the '{', the line above, which was
 * right). nl is the line break after the '{' (or the text's end), last
 * the last '{' before it: only that one is looked at, so a line of many costs its length
 * once. 1 when reported so. */
static int unclosed_folded(Check *c, const char *nl, const char *last)
{
    const char *text = c->site->text, *open = text + c->ref->start;
    if (*nl != '\n' || open != last || (nl[1] != ' ' && nl[1] != '\t') ||
        !ynode_folded(c->site->node))
        return 0;
    const char *next = strchr(nl + 1, '\n');
    const char *close = memchr(nl + 1, '}', next ? (size_t)(next - nl - 1) : strlen(nl + 1));
    if (!close || memchr(nl + 1, '{', (size_t)(close - nl - 1)))
        return 0;
    const char *word = nl + 1 + strspn(nl + 1, " \t"); /* the line's first word */
    SrcPos at = ref_pos(c);
    SrcPos line = ynode_pos_at(c->site->node, (size_t)(word - text));
    c->errors++;
    diag_error(c->diags, line, 1, KH207,
               "this line is indented further than the lines above it in a folded text ('>'): "
               "YAML keeps the line break before it, which cuts the reference opened on line "
               "%d ('{' there, '}' on this line); indent it as the lines above", at.line);
    return 1;
}

static void check_warning(Check *c, DiagId code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports a warning at the reference being checked, as check_error. */
static void check_warning(Check *c, DiagId code, const char *fmt, ...)
{
    SrcPos pos = ref_pos(c);
    if (!diag_would_keep(c->diags, DIAG_WARNING, pos)) {
        diag_warning(c->diags, pos, 0, code, "%s", ""); /* counted only (check_error) */
        return;
    }
    int chars = (int)utf8_count(c->site->text + c->ref->start, c->ref->end - c->ref->start);
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(c->diags, DIAG_WARNING, pos, chars, code, fmt, ap);
    va_end(ap);
}

/* The longest run of the reference's words from first on, of two or more,
 * that is an entry's printed name ("{loc Đồng Hưu}"): its last index, the
 * name in name; first when there is none (byname.c). */
static int name_words(Check *c, Registry registry, int first, Buf *name)
{
    int last = c->ref->n_args - 1;
    if (last > first + 7) /* a name of up to eight words */
        last = first + 7;
    for (; last > first; last--) {
        buf_reset(name);
        for (int k = first; k <= last; k++)
            buf_printf(name, "%s%s", k > first ? " " : "", c->ref->args[k]);
        if (plan_id_by_name(c->ctx->plan, registry, buf_str(name)))
            return last;
    }
    return first;
}

/* Resolves each argument of the reference in one registry; printed[i]
 * gets the length of the name argument i prints when it is an entry's id,
 * else (size_t)-1 (count_printed looks it up). */
static void check_ids(Check *c, Registry registry, size_t *printed)
{
    Buf message = {0}, name = {0};
    for (int i = 0; i < c->ref->n_args; i++)
        printed[i] = (size_t)-1;
    for (int i = 0; i < c->ref->n_args; i++) {
        const char *hint, *entry_name;
        if (plan_use_entry(c->ctx->plan, registry, c->ref->args[i], &entry_name)) {
            printed[i] = entry_name ? strlen(entry_name) : 0; /* the usual case: one look-up */
            continue;
        }
        if (plan_resolve_id(c->ctx->plan, registry, c->ref->args[i], 1, &hint))
            continue;
        int last = name_words(c, registry, i, &name);
        if (last > i) {
            /* the words of a name, written for its id: one error naming it */
            plan_resolve_id(c->ctx->plan, registry, buf_str(&name), 1, &hint);
            buf_reset(&message);
            DiagId code = plan_unknown_id_message(c->ctx->plan, registry, buf_str(&name), hint,
                                                  &message);
            c->at_arg = c->ref->args[i];
            check_error(c, code, "%s", message.data);
            c->at_arg = NULL;
            i = last;
            continue;
        }
        buf_reset(&message);
        DiagId code = plan_unknown_id_message(c->ctx->plan, registry, c->ref->args[i], hint,
                                              &message);
        c->at_arg = c->ref->args[i];
        check_error(c, code, "%s", message.data);
        c->at_arg = NULL;
    }
    buf_free(&message);
    buf_free(&name);
}

/* Adds what the reference prints of names to the plan's sum; the one
 * that takes it past INLINE_MAX_PRINTED is an error (a name of 500
 * characters behind a reference of eight bytes: 2 MB of them printed 150 MB
 * of each document, attack H8). */
static void add_printed(Check *c, size_t bytes)
{
    size_t *printed = c->ctx->printed;
    if (!printed)
        return;
    size_t before = *printed;
    *printed += bytes;
    if (before > INLINE_MAX_PRINTED || *printed <= INLINE_MAX_PRINTED)
        return;
    if (strcmp(c->ref->name, "due") == 0)
        check_error(c, KH211,
                    "the plan's references print more than %d MiB of names and deadlines by "
                    "this one; write a long deadline's text once",
                    (int)(INLINE_MAX_PRINTED >> 20));
    else
        check_error(c, KH211,
                    "the plan's references print more than %d MiB of names by this one; "
                    "refer to a name once and write the rest as text",
                    (int)(INLINE_MAX_PRINTED >> 20));
}

static void count_printed(Check *c, Registry registry, const char *const *ids, size_t n,
                          const size_t *known)
{
    if (!c->ctx->printed)
        return;
    for (size_t i = 0; i < n; i++) {
        if (known && known[i] != (size_t)-1) {
            add_printed(c, known[i]);
            continue;
        }
        const char *name = NULL;
        if (registry == REG_UNIT) {
            const Unit *unit = plan_find_unit(c->ctx->plan, ids[i]);
            name = unit ? unit->name : NULL;
        } else if (registry == REG_ATTACHMENT) { /* {att ID}: its label */
            const Attachment *att = plan_find_attachment(c->ctx->plan, ids[i]);
            name = att ? att->label : NULL;
        } else {
            const Locality *loc = plan_find_locality(c->ctx->plan, ids[i]);
            name = loc ? loc->name : NULL;
        }
        add_printed(c, name ? strlen(name) : 0);
    }
}

static void check_units(Check *c)
{
    size_t printed[TEXTREF_MAX_ARGS];
    check_ids(c, REG_UNIT, printed);
    count_printed(c, REG_UNIT, (const char *const *)c->ref->args, (size_t)c->ref->n_args,
                  printed);
}

static void check_localities(Check *c)
{
    size_t printed[TEXTREF_MAX_ARGS];
    const char *const *ids = (const char *const *)c->ref->args;
    check_ids(c, REG_LOCALITY, printed);
    count_printed(c, REG_LOCALITY, ids, (size_t)c->ref->n_args, printed);
    int a, b, kinds = c->ref->name[3] == '-'; /* {loc-kind}: locref_names.c */
    if (locref_same_name(c->ctx->plan, ids, c->ref->n_args, kinds, &a, &b))
        check_warning(c, KH218, "this '{%s}' prints '%s' for both '%s' and '%s': a reader cannot "
                      "tell the two apart; write each with its commune as text (\"Thôn 1 (xã "
                      "Bình Trung cũ)\"), or give each its own name", c->ref->name,
                      plan_find_locality(c->ctx->plan, ids[a])->name, ids[a], ids[b]);
    Buf first = {0};
    const char *word = NULL;
    size_t n = c->ref->n_args ? locref_word_twice(c->ctx->plan, c->site->text, c->ref->start,
                                                  ids[0], kinds, &word, &first) : 0;
    if (n)
        check_warning(c, KH219, "'%.*s' is written before this '{%s}', which prints '%s': the "
                      "document reads the word twice; delete it before the reference", (int)n,
                      word, c->ref->name, buf_str(&first));
    buf_free(&first);
}
/* Whether pos lies within [from, end] of one file. */
static int pos_within(SrcPos pos, SrcPos from, SrcPos end)
{
    if (!pos.file || !from.file || strcmp(pos.file, from.file) != 0)
        return 0;
    if (pos.line < from.line || (pos.line == from.line && pos.col < from.col))
        return 0;
    return pos.line < end.line || (pos.line == end.line && pos.col <= end.col);
}

/* A table's own title, note or cells citing it ({att bieu01} in bieu01's
 * title) is no text referring to it: the use check_ids counted is taken
 * back, so KH253 still asks for the body's sentence that cites the table
 * (the one-line slips sweep, s17slip: a self-citation hid KH253). */
static void uncount_self(Check *c)
{
    SrcPos at = c->site->node->pos;
    for (int i = 0; i < c->ref->n_args; i++) {
        Attachment *att = plan_find_attachment(c->ctx->plan, c->ref->args[i]);
        if (att && att->uses > 0 && pos_within(at, att->pos, att->end))
            att->uses--;
    }
}

static void check_attachments(Check *c)
{
    size_t printed[TEXTREF_MAX_ARGS];
    check_ids(c, REG_ATTACHMENT, printed);
    uncount_self(c);
    count_printed(c, REG_ATTACHMENT, (const char *const *)c->ref->args, (size_t)c->ref->n_args,
                  printed);
}

/* 1 if args i and i + 1 of the reference stand glued by one comma, no
 * space after it ("{crit 17,12}"). */
static int args_glued(const Check *c, int i)
{
    if (i < 0 || i + 1 >= c->ref->n_args)
        return 0;
    const char *a = c->ref->args[i], *b = c->ref->args[i + 1];
    size_t at = c->ref->start + 1 + (size_t)(a - c->ref->scratch) + strlen(a);
    return b == a + strlen(a) + 1 && c->site->text[at] == ',';
}

/* KH422 at {crit A,B} of two codes only, glued by a comma, that read as
 * an indicator the catalog lists (catalog_glued_codes: the rule of
 * `criteria: [17,12]` too; s37slip L1). */
static void check_glued_codes(Check *c)
{
    if (c->ref->n_args != 2 || !args_glued(c, 0))
        return;
    Buf message = {0};
    if (catalog_glued_codes(c->ctx->plan, c->ref->args[0], c->ref->args[1], &message))
        check_warning(c, KH422, "%s", buf_str(&message));
    buf_free(&message);
}

static void check_criteria(Check *c)
{
    const Plan *plan = c->ctx->plan;
    if (plan_catalog_gone(plan, ref_pos(c), (int)utf8_count(c->site->text + c->ref->start,
                                                             c->ref->end - c->ref->start)))
        return; /* no catalog: told once, with its uses counted (check.c) */
    for (int i = 0; i < c->ref->n_args; i++) {
        const char *code = c->ref->args[i];
        const Indicator *indicator = NULL;
        const Criterion *crit = plan_find_criterion(plan, code, &indicator);
        if (crit && strcmp(c->ref->name, "crit-name") == 0) /* a name, as {unit}'s */
            add_printed(c, strlen(indicator && indicator->name ? indicator->name
                                                               : crit->name ? crit->name : ""));
        Buf message = {0}; /* the one reading of a plan's code (catalog.h) */
        DiagId kh = catalog_code_problem(plan, code, &message);
        if (kh != DIAG_NO_CODE)
            check_error(c, kh, "%s", buf_str(&message));
        buf_free(&message);
    }
    check_glued_codes(c);
}

/* KH213 when the words before {due} are the first its deadline prints:
 * "trước {due}" over `due: {before: 2025-02-28}` printed "trước trước
 * ngày 28/02/2025" (s26attack L13), "trước ngày {due}" "trước ngày trước
 * ngày ..." (due_words.c). The text is printed as written: a warning,
 * naming the words to delete. The phrase is made only while KH211's
 * budget, which counted it, lasts. */
static void check_due_doubled(Check *c, const Deadline *due)
{
    if (c->ctx->printed && *c->ctx->printed > INLINE_MAX_PRINTED)
        return;
    Buf phrase = {0};
    inline_put_due(c->ctx, due, &phrase);
    const char *p = buf_str(&phrase);
    size_t from = 0, n = due_doubled_words(c->site->text, c->ref->start, p, &from);
    char before[128]; /* the words as they print: "trước **ngày**" */
    if (n > 0 && due_words_shown(c->site->text + from, n, before, sizeof before)) {
        if (!strchr(before, ' '))
            check_warning(c, KH213, "the word before '{due}' is '%s', and the deadline prints "
                          "'%s': the document reads \"%s %s\"; delete '%s' before '{due}'",
                          before, p, before, p, before);
        else
            check_warning(c, KH213, "the words before '{due}' are '%s', and the deadline "
                          "prints '%s': the document reads \"%s %s\"; delete '%s' before "
                          "'{due}'", before, p, before, p, before);
    }
    buf_free(&phrase);
}

static void check_task_field(Check *c)
{
    const Task *task = c->ctx->task;
    const char *name = c->ref->name;
    if (!task) {
        check_error(c, KH208, "'{%s}' can only be used inside a task: write the name it stands for", name);
        return;
    }
    if (c->site->in_due && strcmp(name, "due") == 0) { /* it would print itself */
        check_error(c, KH216, "a deadline's own 'text' or 'prefix' cannot name '{due}' (the "
                    "deadline would print inside itself): write its words without it, e.g. "
                    "'text: Hoàn thành trong quý I' or 'prefix: Hoàn thành' with 'in:'");
        return;
    }
    if ((strcmp(name, "lead") == 0 && !task->lead && !task->lead_pos.file) || /* refused */
        (strcmp(name, "support") == 0 && task->n_support == 0 &&
         !(task->refused & TASK_REFUSED_SUPPORT)) ||
        (strcmp(name, "due") == 0 && task->due.kind == DUE_NONE &&
         !(task->refused & TASK_REFUSED_DUE)))
    {
        check_error(c, KH208, "'{%s}' is used but the task has no '%s': add it to the task, or "
                    "write the text", name,
                    strcmp(name, "lead") == 0 ? "lead" : strcmp(name, "due") == 0 ? "due"
                                                                                   : "support");
        if (strcmp(name, "support") == 0 && !c->ctx->plan->support_lost_at.line)
            ((Plan *)c->ctx->plan)->support_lost_at = ref_pos(c); /* check.c's note */
    }
    /* {lead} and {support} print the units' names as {unit} does, {due} its deadline:
     * a task of 99 supporting units named with 500 characters, its text 2,000
     * {support} (73 KB), printed 99 MB (attack s8 F11) */
    if (strcmp(name, "lead") == 0) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        count_printed(c, REG_UNIT, leads, n_leads, NULL);
    } else if (strcmp(name, "support") == 0) {
        count_printed(c, REG_UNIT, task->support, task->n_support, NULL);
    } else if (strcmp(name, "due") == 0 && task->due.kind != DUE_NONE) {
        /* a deadline written as text prints it: 1,000 {due} of a 100 KB
         * one, 100 MB (its phrase otherwise is a few words) */
        add_printed(c, 32 + (task->due.text ? strlen(task->due.text) : 0) +
                           (task->due.prefix ? strlen(task->due.prefix) : 0));
        check_due_doubled(c, &task->due);
    }
}

/* {year-500} printed 1524 without a word: an offset whose year is outside
 * the years a plan may have (1900-2999, KH108 of a date) is a typo of a
 * smaller one (s23low 10). {year} itself is the plan's, in range. */
static void check_year(Check *c)
{
    const char *name = c->ref->name;
    if (name[4] != '+' && name[4] != '-')
        return;
    int year = plan_print_year(c->ctx->plan);
    int printed = year + (name[4] == '+' ? 1 : -1) * atoi(name + 5);
    if (year && (printed < 1900 || printed > 2999))
        check_error(c, KH207, "'{%s}' prints %d, outside the years 1900-2999: write the offset "
                    "meant ('{year%c1}' is %d) or the year itself", name, printed, name[4],
                    year + (name[4] == '+' ? 1 : -1));
}

/* Expansion. */

typedef struct Expand {
    const InlineCtx *ctx;
    const ScannedRef *ref;
    InlineMode mode;
    Buf *out;
    size_t start; /* out->len where this text's expansion began: what is
                   * before it is the caller's (a label, "a) ") */
} Expand;

static void expand_units(Expand *e, int use_short)
{
    inline_put_units(e->ctx, e->ref->args, (size_t)e->ref->n_args, use_short, e->mode, e->out);
}

static void expand_unit(Expand *e) { expand_units(e, 0); }
static void expand_short(Expand *e) { expand_units(e, 1); }

static void expand_loc(Expand *e)
{
    for (int i = 0; i < e->ref->n_args; i++) {
        const Locality *loc = plan_find_locality(e->ctx->plan, e->ref->args[i]);
        if (i > 0)
            buf_puts(e->out, ", ");
        inline_put_value(e->out, loc ? loc->name : e->ref->args[i], e->mode);
    }
}

/* {loc-kind ID ...}: the names with their kinds (locref_put_kinds), a
 * capital where the sentence begins (due_fit_case), a name never lowered
 * inside one: lowered as {due}'s phrase is, "hỗ trợ tân Hiệp", "thôn 1,
 * Thôn 2" (s50merge F1; Nghị định 30 writes "Quận 1", "Thôn 3"). */
static void expand_loc_kind(Expand *e)
{
    Buf phrase = {0};
    locref_put_kinds(e->ctx->plan, (const char *const *)e->ref->args, e->ref->n_args, &phrase);
    due_fit_case(&phrase, e->out->data ? e->out->data + e->start : "", e->out->len - e->start, 1);
    inline_put_value(e->out, phrase.data ? phrase.data : "", e->mode);
    buf_free(&phrase);
}

/* Where b's last word starts when a and b have the same words before
 * their last, at least one: "Biểu 02" and "Biểu\u00A003" give "03";
 * else NULL ("Biểu 02" and "Biểu số 03", "Phụ lục 03", a label of one
 * word). */
static const char *same_words_before_last(const char *a, const char *b)
{
    size_t ia = 0, ib = 0;
    const char *wa, *wb;
    size_t na = vi_next_word(a, &ia, &wa), nb = vi_next_word(b, &ib, &wb);
    for (int shared = 0; na && nb; shared = 1) {
        const char *wa2, *wb2;
        size_t na2 = vi_next_word(a, &ia, &wa2), nb2 = vi_next_word(b, &ib, &wb2);
        if (!na2 || !nb2) /* one is at its last word: both must be */
            return !na2 && !nb2 && shared ? wb : NULL;
        if (na != nb || memcmp(wa, wb, na) != 0)
            return NULL;
        wa = wa2, wb = wb2, na = na2, nb = nb2;
    }
    return NULL;
}

/* "Biểu 02, 03, 04": a label whose words before its last are those of the
 * label printed just before it prints its last word only (word by word,
 * same_words_before_last: "Biểu số\u00A003" after "Biểu 02" printed
 * "số 03", its first word cut at an ASCII space and a no-break one
 * kept in its second: s15attack). Only the one before it: after "Phụ lục
 * 2", "Biểu 1" prints whole, where "1" would read "Phụ lục 1"; and "Biểu
 * số 03" after "Biểu 01" too (other words). */
static void expand_att(Expand *e)
{
    const char *prev = NULL;
    for (int i = 0; i < e->ref->n_args; i++) {
        const Attachment *att = plan_find_attachment(e->ctx->plan, e->ref->args[i]);
        const char *label = att && att->label ? att->label : e->ref->args[i];
        const char *last = prev ? same_words_before_last(prev, label) : NULL;
        if (i > 0)
            buf_puts(e->out, ", ");
        inline_put_value(e->out, last ? last : label, e->mode);
        prev = label;
    }
}

static void expand_crit(Expand *e)
{
    for (int i = 0; i < e->ref->n_args; i++) {
        if (i > 0)
            buf_puts(e->out, ", ");
        inline_put_value(e->out, e->ref->args[i], e->mode);
    }
}

static void expand_crit_name(Expand *e)
{
    for (int i = 0; i < e->ref->n_args; i++) {
        const Indicator *indicator = NULL;
        const Criterion *crit = plan_find_criterion(e->ctx->plan, e->ref->args[i], &indicator);
        if (i > 0)
            buf_puts(e->out, "; ");
        const char *name = indicator && indicator->name ? indicator->name
                           : crit                      ? crit->name
                                                       : e->ref->args[i];
        inline_put_value(e->out, name, e->mode);
    }
}

static void expand_year(Expand *e)
{
    const char *name = e->ref->name;
    int year = plan_print_year(e->ctx->plan);
    if (name[4] == '+' || name[4] == '-')
        year += (name[4] == '+' ? 1 : -1) * atoi(name + 5);
    if (e->ctx->mark_years)
        buf_putc(e->out, INLINE_YEAR_OPEN);
    buf_put_int(e->out, year, 1);
    if (e->ctx->mark_years)
        buf_putc(e->out, INLINE_YEAR_CLOSE);
}

static void expand_lead(Expand *e)
{
    const Task *task = e->ctx->task;
    if (task && task->lead) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        inline_put_units(e->ctx, (const char **)leads, n_leads, 0, e->mode, e->out);
    }
}

static void expand_support(Expand *e)
{
    const Task *task = e->ctx->task;
    if (task)
        inline_put_units(e->ctx, task->support, task->n_support, 0, e->mode, e->out);
}

static void expand_due(Expand *e)
{
    static int in_due; /* {due} in the deadline's own text (KH216): no endless recursion */
    const Task *task = e->ctx->task;
    if (!task || in_due)
        return;
    Buf phrase = {0};
    in_due = 1;
    inline_put_due(e->ctx, &task->due, &phrase);
    in_due = 0;
    /* the case the sentence wants (due_fit_case); the sentence is this
     * text's: a heading's label before it ("a) ") is none (s29review) */
    due_fit_case(&phrase, e->out->data ? e->out->data + e->start : "", e->out->len - e->start,
                 task->due.text || task->due.prefix);
    inline_put_value(e->out, phrase.data ? phrase.data : "", e->mode);
    buf_free(&phrase);
}

/* Figures ({count ...}, {sum ...}, {avg ...}, {list ...}) are read,
 * checked and computed by figures.c. */
static void check_figure(Check *c)
{
    SrcPos pos = ref_pos(c);
    int chars = (int)utf8_count(c->site->text + c->ref->start, c->ref->end - c->ref->start);
    c->errors += figures_check(c->ctx, &inline_query_text, c->diags, pos, chars, c->ref->name,
                               c->ref->args, c->ref->n_args);
}

static void expand_figure(Expand *e)
{
    Buf value = {0};
    figures_expand(e->ctx, &inline_query_text, e->ref->name, e->ref->args, e->ref->n_args,
                   &value);
    inline_put_value(e->out, value.data ? value.data : "", e->mode);
    buf_free(&value);
}

typedef struct Function {
    const char *name;
    int min_args, max_args;
    void (*check)(Check *c);
    void (*expand)(Expand *e);
} Function;

static const Function functions[] = {
    {"unit", 1, TEXTREF_MAX_ARGS, check_units, expand_unit},
    {"short", 1, TEXTREF_MAX_ARGS, check_units, expand_short},
    {"loc", 1, TEXTREF_MAX_ARGS, check_localities, expand_loc},
    {"att", 1, TEXTREF_MAX_ARGS, check_attachments, expand_att},
    {"crit", 1, TEXTREF_MAX_ARGS, check_criteria, expand_crit},
    {"crit-name", 1, TEXTREF_MAX_ARGS, check_criteria, expand_crit_name},
    {"year", 0, 0, check_year, expand_year},
    {"lead", 0, 0, check_task_field, expand_lead},
    {"support", 0, 0, check_task_field, expand_support},
    {"due", 0, 0, check_task_field, expand_due},
    {"count", 0, TEXTREF_MAX_ARGS, check_figure, expand_figure},
    {"sum", 0, TEXTREF_MAX_ARGS, check_figure, expand_figure},
    {"avg", 0, TEXTREF_MAX_ARGS, check_figure, expand_figure},
    {"list", 0, TEXTREF_MAX_ARGS, check_figure, expand_figure},
    {"loc-kind", 1, TEXTREF_MAX_ARGS, check_localities, expand_loc_kind}, /* after: [6] is year */
};
enum { N_FUNCTIONS = sizeof functions / sizeof functions[0] };

/* The digits of N in "year+N" or "year-N"; 0 for another name. */
static size_t year_offset_digits(const char *name)
{
    if (strncmp(name, "year", 4) != 0 || (name[4] != '+' && name[4] != '-'))
        return 0;
    for (const char *c = name + 5; *c; c++)
        if (*c < '0' || *c > '9')
            return 0;
    return strlen(name + 5);
}

static int is_year_offset(const char *name)
{
    size_t digits = year_offset_digits(name);
    return digits > 0 && digits <= 3;
}

/* Every reference of every text asks: the first byte settles most names
 * without a call. */
static const Function *find_function(const char *name)
{
    if (name[0] == 'y' && is_year_offset(name))
        return &functions[6];
    for (size_t i = 0; i < N_FUNCTIONS; i++)
        if (functions[i].name[0] == name[0] && strcmp(functions[i].name, name) == 0)
            return &functions[i];
    return NULL;
}

/* The ids written in an unknown reference ({Loc a}, {unitt vpdp}) count as
 * uses of the entries they name: the drafter meant them, and "never used"
 * on top of the unknown reference would only echo that one error. */
static void count_arg_uses(Check *c)
{
    static const Registry registries[] = {REG_UNIT, REG_LOCALITY, REG_ATTACHMENT};
    for (int i = 0; i < c->ref->n_args; i++)
        for (size_t r = 0; r < sizeof registries / sizeof registries[0]; r++) {
            const char *hint;
            if (plan_resolve_id(c->ctx->plan, registries[r], c->ref->args[i], 0, &hint))
                plan_resolve_id(c->ctx->plan, registries[r], c->ref->args[i], 1, &hint);
        }
}

/* Whether arg names an entry of the registry fn's ids are read in. */
static int names_entry(const Plan *plan, const Function *fn, const char *arg)
{
    const Indicator *indicator;
    if (fn->check == check_units)
        return plan_find_unit(plan, arg) != NULL;
    if (fn->check == check_localities)
        return plan_find_locality(plan, arg) != NULL;
    if (fn->check == check_attachments)
        return plan_find_attachment(plan, arg) != NULL;
    return fn->check == check_criteria && plan->n_catalogs > 0 &&
           plan_find_criterion(plan, arg, &indicator) != NULL;
}

/* An id written twice in one reference's list ({loc a b a}, {att x x},
 * {crit 17 17}, {unit a a}) printed twice, "Đồng Hưu, Tân Hiệp, Đồng
 * Hưu" (s35attack M3). The one rule of every list reference: a repeat of
 * an entry's id is dropped from ref's ids, in the check (a warning,
 * KH217, at it, when diags is given) and in the expansion alike. The
 * words of a name written for its id ("{loc Thôn 1 Thôn 2}") are no ids:
 * check_ids reports them. */
static void drop_repeats(const Plan *plan, const Function *fn, ScannedRef *ref, DiagSink *diags,
                         const TextSite *site)
{
    int kept = 0;
    for (int i = 0; i < ref->n_args; i++) {
        int j = 0;
        while (j < kept && strcmp(ref->args[j], ref->args[i]) != 0)
            j++;
        if (j == kept || !names_entry(plan, fn, ref->args[i])) {
            ref->args[kept++] = ref->args[i];
            continue;
        }
        if (diags && site->node)
            diag_warning(diags,
                         ynode_pos_at(site->node, ref->start + 1 +
                                                      (size_t)(ref->args[i] - ref->scratch)),
                         (int)utf8_count(ref->args[i], strlen(ref->args[i])), KH217,
                         "'%s' is written twice in this '{%s}': it is printed once; delete "
                         "this one", ref->args[i], ref->name);
    }
    ref->n_args = kept;
}

/* "{ unit vp}": a brace, spaces, then a reference's name. The scanner reads
 * a reference only right after its brace, so this is printed as written,
 * braces and all, which no drafter means: KH209 at it, the ids in it
 * counted as used (no "never used" on top). Linear: the first '}' or line
 * break after a brace is found once for a run of braces before it. */
static int check_spaced_refs(const InlineCtx *ctx, DiagSink *diags, const TextSite *site)
{
    const char *text = site->text;
    const char *stop = NULL;
    int errors = 0;
    for (const char *p = strchr(text, '{'); p; p = strchr(p, '{')) {
        if (p[1] == '{') {
            p += 2;
            continue;
        }
        size_t spaces = strspn(p + 1, " \t");
        const char *word = p + 1 + spaces;
        size_t len = strcspn(word, " \t}\n");
        char name[24];
        if (spaces == 0 || len == 0 || len >= sizeof name) {
            p++;
            continue;
        }
        memcpy(name, word, len);
        name[len] = '\0';
        if (!stop || p >= stop)
            stop = p + 1 + strcspn(p + 1, "}\n");
        if (*stop != '}' || !find_function(name)) {
            p++;
            continue;
        }
        const char *end = stop;
        while (end[-1] == ' ' || end[-1] == '\t')
            end--;
        Buf meant = {0};
        buf_putc(&meant, '{');
        buf_putn(&meant, word, (size_t)(end - word));
        buf_putc(&meant, '}');
        size_t offset = 0;
        ScannedRef ref = {0};
        if (textref_scan(meant.data, &offset, NULL, &ref, 0) == 1) {
            ref.start = (size_t)(p - text);
            ref.end = (size_t)(stop + 1 - text);
            Check c = {.ctx = ctx, .diags = diags, .site = site, .ref = &ref};
            count_arg_uses(&c);
            check_error(&c, KH209, "'%.*s' is printed as written: a reference starts right "
                        "after its '{' (write '%s', or '{{' for a literal brace)",
                        (int)(ref.end - ref.start), p, meant.data);
            errors += c.errors;
            textref_release(&ref);
        }
        buf_free(&meant);
        p = stop + 1;
    }
    return errors;
}

/* The start of a reference's words before the lone '}' at close: back over
 * at most TEXTREF_MAX_ARGS + 1 words of its line (not past from, the byte
 * after the line's last brace or break), the nearest that is a reference's
 * name ("crit 18}", "năm year}"); NULL if none. */
static const char *unopened_ref_start(const char *from, const char *close)
{
    const char *p = close;
    for (int words = 0; words <= TEXTREF_MAX_ARGS && p > from; words++) {
        while (p > from && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == ','))
            p--;
        const char *end = p;
        while (p > from && p[-1] != ' ' && p[-1] != '\t' && p[-1] != ',')
            p--;
        const char *word = p;
        while (word < end && strchr("([\"'", *word))
            word++; /* "(crit-name 5}; ...)": the name after its parenthesis */
        char name[24];
        size_t len = (size_t)(end - word);
        if (len == 0 || len >= sizeof name)
            continue;
        memcpy(name, word, len);
        name[len] = '\0';
        if (find_function(name))
            return word;
    }
    return NULL;
}

/* "Tiêu chí số crit 18}": a reference that lost its '{'. The '}' closes
 * nothing, so the words and the brace are printed as written, which no
 * drafter means: KH201 over them. A '}' after a '{' of its line ("{1}",
 * "{ unit vp}", KH209's) or doubled ("}}") is not one. Linear: each lone
 * '}' looks back only to the line's previous brace. */
static int check_unopened_refs(const InlineCtx *ctx, DiagSink *diags, const TextSite *site)
{
    const char *text = site->text, *from = text;
    int open = 0, errors = 0;
    for (const char *p = text; (p = strpbrk(p, "{}\n")); p++) {
        if (*p == '\n') {
            open = 0;
        } else if (p[1] == p[0]) {
            p++; /* "{{" or "}}": a literal brace */
        } else if (*p == '{') {
            open++;
        } else if (open > 0) {
            open--;
        } else {
            const char *start = unopened_ref_start(from, p);
            Buf meant = {0};
            size_t offset = 0;
            ScannedRef ref = {0};
            if (start) {
                buf_putc(&meant, '{');
                buf_putn(&meant, start, (size_t)(p + 1 - start));
            }
            if (start && textref_scan(meant.data, &offset, NULL, &ref, 0) == 1) {
                ref.start = (size_t)(start - text);
                ref.end = (size_t)(p + 1 - text);
                Check c = {.ctx = ctx, .diags = diags, .site = site, .ref = &ref};
                count_arg_uses(&c); /* the ids meant: no "never used" on top */
                check_error(&c, KH201, "'%.*s' is printed as written: a reference starts with "
                            "'{' (write '%s', or '}}' for a literal brace)",
                            (int)(ref.end - ref.start), start, meant.data);
                errors += c.errors;
                textref_release(&ref);
            }
            buf_free(&meant);
        }
        from = p + 1;
    }
    return errors;
}

/* "{{year}}", "{{unit vp}}": a reference in doubled braces, the habit of
 * the templates' {{name}}; "{{" and "}}" are literal braces, so the
 * document printed "{year}" as written (attack s10 F8). A warning (KH212:
 * the escape is the plan language's own) over it when what the doubled
 * braces hold reads as a reference. Linear: each "{{" looks to the end of
 * its line at most once. Returns 0 (no error). */
static int check_doubled_refs(const InlineCtx *ctx, DiagSink *diags, const TextSite *site)
{
    const char *text = site->text;
    int errors = 0;
    for (const char *p = str_find(text, "{{"); p; p = str_find(p, "{{")) {
        size_t run = strspn(p, "{");
        if (run != 2) { /* "{{{{year}}": two literal braces, what import writes
                         * for Word's "{{year}" (s38attack); "{{{": a brace
                         * and a reference */
            p += run;
            continue;
        }
        const char *inner = p + 2;
        size_t len = strcspn(inner, "{}\n");
        if (inner[len] != '}' || inner[len + 1] != '}' || len == 0) {
            p = inner;
            continue;
        }
        Buf meant = {0};
        buf_putc(&meant, '{');
        buf_putn(&meant, inner, len);
        buf_putc(&meant, '}');
        size_t offset = 0;
        ScannedRef ref = {0};
        if (textref_scan(meant.data, &offset, NULL, &ref, 0) == 1 && find_function(ref.name)) {
            ref.start = (size_t)(p - text);
            ref.end = (size_t)(inner + len + 2 - text);
            Check c = {.ctx = ctx, .diags = diags, .site = site, .ref = &ref};
            count_arg_uses(&c);
            check_warning(&c, KH212, "'%.*s' is printed as written, '%s' with its braces: '{{' "
                        "and '}}' print a brace; a reference has one each side (write '%s')",
                        (int)(ref.end - ref.start), p, meant.data, meant.data);
        }
        textref_release(&ref);
        buf_free(&meant);
        p = inner + len + 2;
    }
    return errors;
}

/* "{year}}" prints "2024}": a reference and one '}' more, typed twice.
 * A warning (KH212) at the reference (c's), the brace in its span. Not
 * where the reference holds a '{' of its own, "{count localities
 * target_year={year}}": its '}' closed the inner one, the last is the
 * outer's, no typo, and KH212 beside KH504 suggested "{count ...
 * target_year={year}", wrong still (s51province F4). */
static void check_stray_brace(Check *c)
{
    const char *after = c->site->text + c->ref->end;
    if (after[0] != '}' || after[1] == '}')
        return;
    size_t start = c->ref->start, end = c->ref->end;
    if (end > start + 1 && memchr(c->site->text + start + 1, '{', end - start - 1))
        return;
    ScannedRef with_brace = *c->ref;
    with_brace.end++;
    Check wide = *c;
    wide.ref = &with_brace;
    check_warning(&wide, KH212, "'%.*s}' prints its reference and a '}' after it: one '}' too "
                "many (write '%.*s', or '}}' for a literal brace)",
                (int)(end - start), c->site->text + start, (int)(end - start),
                c->site->text + start);
}

/* What the checks after a text's references look for, found in one pass
 * over its braces (each check made its own: three passes over every text
 * of a plan): a '{' before a blank ("{ unit vp}", check_spaced_refs), a
 * "{{" (check_doubled_refs), a '}' that no '{' of its line opened
 * (check_unopened_refs, whose walk this is). A check runs only when its
 * shape is there. */
enum { SEEN_SPACED = 1, SEEN_DOUBLED = 2, SEEN_UNOPENED = 4 };

static int brace_shapes(const char *text)
{
    int seen = 0, open = 0;
    for (const char *p = text; (p = strpbrk(p, "{}\n")); p++) {
        if (*p == '\n') {
            open = 0;
        } else if (p[1] == p[0]) {
            seen |= *p == '{' ? SEEN_DOUBLED : 0;
            p++; /* "{{" or "}}": a literal brace */
        } else if (*p == '{') {
            open++;
            seen |= p[1] == ' ' || p[1] == '\t' ? SEEN_SPACED : 0;
        } else if (open > 0) {
            open--;
        } else {
            seen |= SEEN_UNOPENED;
        }
    }
    return seen;
}

int inline_check(const InlineCtx *ctx, DiagSink *diags, const TextSite *site)
{
    int errors = 0;
    size_t offset = 0;
    ScannedRef ref;
    textref_start(&ref);
    int rc;
    const char *nl = NULL, *last = NULL; /* an unclosed '{''s line: its break, its last '{' */
    while ((rc = textref_scan(site->text, &offset, NULL, &ref, 0)) != 0) {
        Check c = {.ctx = ctx, .diags = diags, .site = site, .ref = &ref};
        if (rc < 0) {
            ref.end = ref.start + 1;
            if (!nl || nl < site->text + ref.start) { /* the text's end: no break */
                nl = site->text + ref.start + strcspn(site->text + ref.start, "\n");
                for (last = nl; *last != '{';)
                    last--;
            }
            if (!unclosed_folded(&c, nl, last))
                check_error(&c, KH207,
                            "unclosed reference: '{' needs a closing '}' on the same line (write "
                            "'{{' for a literal brace)");
            errors++;
            continue;
        }
        const Function *fn = find_function(ref.name);
        if (!fn && year_offset_digits(ref.name) > 3) { /* known, only too far (attack 9 L4) */
            count_arg_uses(&c);
            check_error(&c, KH207, "'{%s}': the offset of {year} is out of range: at most 3 "
                        "digits ('{year+1}' to '{year+999}'); write the year itself", ref.name);
        } else if (!fn) {
            const char *names[N_FUNCTIONS];
            for (size_t i = 0; i < N_FUNCTIONS; i++)
                names[i] = functions[i].name;
            const char *hint = suggest_best(ref.name, names, N_FUNCTIONS);
            Buf vi = {0}; /* "{năm}": the English name to write */
            count_arg_uses(&c);
            int n = (int)strcspn(ref.name, "\\"); /* "\{year\}": TeX's escape (s35attack) */
            if (ref.start > 0 && site->text[ref.start - 1] == '\\' && n > 0)
                check_error(&c, KH206, "'\\' does not make a brace literal here: write "
                            "'{{%.*s}}' to print the braces, or '{%.*s}' for the reference",
                            n, ref.name, n, ref.name);
            else if (refname_vi_suggest(&vi, ref.name, ref.args, ref.n_args))
                check_error(&c, KH206,
                            "'%.*s' is not a reference: references are named in English; "
                            "write '%s'",
                            (int)(ref.end - ref.start), site->text + ref.start, vi.data);
            else if (hint)
                check_error(&c, KH206, "unknown reference '{%s}' (did you mean '{%s}'?)",
                            ref.name, hint);
            else
                check_error(&c, KH206,
                            "unknown reference '{%s}' (write '{{' for a literal brace)", ref.name);
            buf_free(&vi);
        } else if (ref.n_dropped > 0) { /* once printed the first 64 ids alone */
            count_arg_uses(&c);
            check_error(&c, KH207, "'{%s}' takes at most %d words; this one has %d: split it",
                        ref.name, TEXTREF_MAX_ARGS, ref.n_args + ref.n_dropped);
        } else if (ref.n_args < fn->min_args || ref.n_args > fn->max_args) {
            const char *sign = ref.n_args ? ref.args[0] : "";
            if (fn->max_args == 0 && strcmp(ref.name, "year") == 0 && ref.n_args <= 2 &&
                (sign[0] == '+' || sign[0] == '-')) /* "{year + 1}": its offset spaced */
                check_error(&c, KH207, "'{year}' takes its offset without spaces: write "
                            "'{year%s%s}'", sign, ref.n_args == 2 ? ref.args[1] : "");
            else if (fn->max_args == 0)
                check_error(&c, KH207, "'{%s}' takes no arguments: delete what follows the name", ref.name);
            else
                check_error(&c, KH207, "'{%s}' needs at least one id: write the ids after the "
                            "name ({loc xa-a})", ref.name);
        } else {
            if (ref.start > 0 && site->text[ref.start - 1] == '\\') /* "\{year}" (s37lang) */
                check_warning(&c, KH212, "'\\%.*s' prints the backslash before the reference "
                              "('\\' and what '%.*s' gives): a backslash does not make a brace "
                              "literal here. Write '{%.*s}' to print the braces, or '%.*s' for "
                              "the reference",
                              (int)(ref.end - ref.start), site->text + ref.start,
                              (int)(ref.end - ref.start), site->text + ref.start,
                              (int)(ref.end - ref.start), site->text + ref.start,
                              (int)(ref.end - ref.start), site->text + ref.start);
            drop_repeats(ctx->plan, fn, &ref, diags, site);
            fn->check(&c);
            check_stray_brace(&c);
        }
        errors += c.errors;
        textref_release(&ref);
    }
    int seen = brace_shapes(site->text);
    if (seen & SEEN_SPACED)
        errors += check_spaced_refs(ctx, diags, site);
    if (seen & SEEN_DOUBLED)
        errors += check_doubled_refs(ctx, diags, site);
    if (seen & SEEN_UNOPENED)
        errors += check_unopened_refs(ctx, diags, site);
    return errors;
}

void inline_expand(const InlineCtx *ctx, const char *text, InlineMode mode, Buf *out)
{
    size_t offset = 0, start = out->len;
    ScannedRef ref = {0};
    int rc;
    while ((rc = textref_scan(text, &offset, out, &ref, mode == INLINE_MARKDOWN)) != 0) {
        if (rc < 0) {
            buf_putc(out, '{');
            continue;
        }
        const Function *fn = find_function(ref.name);
        if (fn && ref.n_args >= fn->min_args && ref.n_args <= fn->max_args) {
            drop_repeats(ctx->plan, fn, &ref, NULL, NULL);
            Expand e = {ctx, &ref, mode, out, start};
            fn->expand(&e);
        } else {
            buf_putn(out, text + ref.start, ref.end - ref.start);
        }
        textref_release(&ref);
    }
}

void inline_expand_written(const InlineCtx *ctx, const char *text, Buf *out)
{
    Buf expanded = {0};
    inline_expand(ctx, text, INLINE_MARKDOWN, &expanded);
    render_markdown_written(expanded.data ? expanded.data : "", out);
    buf_free(&expanded);
}

void inline_expand_plain(const InlineCtx *ctx, const char *text, Buf *out)
{
    Buf expanded = {0};
    inline_expand(ctx, text, INLINE_MARKDOWN, &expanded);
    render_markdown_plain(expanded.data ? expanded.data : "", out);
    buf_free(&expanded);
}

void inline_put_units(const InlineCtx *ctx, const char *const *ids, size_t n, int use_short,
                      InlineMode mode, Buf *out)
{
    for (size_t i = 0; i < n; i++) {
        const Unit *unit = plan_find_unit(ctx->plan, ids[i]);
        if (i > 0)
            buf_puts(out, ", ");
        const char *name = !unit ? ids[i] : use_short ? unit->short_name : unit->name;
        inline_put_value(out, name, mode);
    }
}

void inline_put_responsible(const InlineCtx *ctx, const Task *task, InlineMode mode, Buf *out)
{
    InlineCtx task_ctx = *ctx;
    task_ctx.task = task;
    size_t start = out->len;
    if (task->lead) {
        size_t n_leads;
        const char *const *leads = task_leads(task, &n_leads);
        inline_put_units(&task_ctx, (const char **)leads, n_leads, 0, mode, out);
        if (task->n_support) {
            const char *join = tpl_wording(ctx->templates, "support_join");
            if (join)
                tpl_render_text(ctx->templates, "templates/wording.yaml", join, strlen(join),
                                NULL, TPL_ESCAPE_NONE, out);
            inline_put_units(&task_ctx, task->support, task->n_support, 0, mode, out);
        }
    }
    if (task->lead_note) {
        /* a note that is punctuation ("." after the unit) attaches to it */
        if (out->len > start && !strchr(".,;:", task->lead_note[0]))
            buf_putc(out, ' ');
        if (mode == INLINE_PLAIN)
            inline_expand_plain(&task_ctx, task->lead_note, out);
        else
            inline_expand(&task_ctx, task->lead_note, mode, out);
    }
}

const QueryText inline_query_text = {
    .plain = inline_expand_plain,
    .written = inline_expand_written,
    .units = inline_put_units,
    .responsible = inline_put_responsible,
    .due = inline_put_due,
};

void inline_check_wording(TemplateSet *set, DiagSink *diags)
{
    const YNode *user = tpl_user_wording(set);
    for (size_t i = 0; user && i < user->count; i++) {
        const YNode *value = user->values[i];
        if (value->kind != YNODE_SCALAR || !memchr(value->text, '{', value->len))
            continue;
        /* the tags ({{name}}, {{{name}}}, {{#x}} ...) as spaces: offsets kept */
        char *copy = xstrdup(value->text);
        for (char *open = str_find(copy, "{{"); open; open = str_find(open, "{{")) {
            int triple = open[2] == '{';
            char *close = str_find(open + 2, triple ? "}}}" : "}}");
            char *end = close ? close + (triple ? 3 : 2) : copy + strlen(copy);
            memset(open, ' ', (size_t)(end - open));
            open = end;
        }
        size_t w_start, w_end; /* its first reference once its tags are blanked out */
        int found = inline_first_ref(copy, &w_start, &w_end);
        free(copy);
        if (!found)
            continue;
        const char *text = value->text;
        diag_warning(diags, ynode_pos_at(value, w_start),
                     (int)utf8_count(text + w_start, w_end - w_start), KH210,
                     "wording '%s' is a template whose tags are {{name}}: its '%.*s' is not a "
                     "reference there and would print with its braces; write {{...}} or the text "
                     "itself",
                     user->keys[i]->text, (int)(w_end - w_start), text + w_start);
    }
}
