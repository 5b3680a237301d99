/* render.c - stage 5 (render), the decisions shared by the back ends.
 *
 * Reads a resolved Plan (const: the body was numbered by resolve.c) and
 * writes only into the caller's buffers. These functions turn the plan's structured facts into the
 * sentences an official writes: legal bases from their parts, the number
 * and date lines, the closing "./.", the recipients' ";" and ".", and the
 * responsibility and deadline lines of a task, all worded through
 * templates/wording.yaml.
 */
#include "render.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>

#include <cmark.h>

#include "attach.h"
#include "vi.h"

void render_ctx_init(RenderCtx *rc, const Plan *plan, TemplateSet *templates, Arena *arena)
{
    assert(plan->resolved && "render a plan that resolve_plan has numbered");
    attach_fill_texts(plan); /* the table texts check did not need */
    rc->plan = plan;
    rc->templates = templates;
    rc->arena = arena;
    rc->inline_ctx = (InlineCtx){.plan = plan, .task = NULL, .templates = templates,
                                 .arena = arena};
}

void render_set_ref(Arena *arena, TValue *map, const char *key, const char *s,
                    TValueMarkup markup)
{
    TValue *value = tv_string(arena, "");
    value->str = s ? s : "";
    value->markup = markup;
    tv_set(arena, map, key, value);
}

/* ---- a page and its large parts ----------------------------------------------- */

/* Writes fragment f at the end of out; its trailing line breaks dropped if
 * asked. Returns the length it added. */
static size_t write_fragment(RenderCtx *rc, const PageFragment *f, Buf *out)
{
    size_t before = out->len;
    f->write(rc, f->arg, out);
    if (f->trim_newlines)
        while (out->len > before && out->data[out->len - 1] == '\n')
            out->len--;
    if (out->data)
        out->data[out->len] = '\0';
    return out->len - before;
}

/* Where mark stands in page, if it stands there exactly once at or after
 * from; else NULL. */
static const char *single_mark(const char *page, const char *from, const char *mark)
{
    const char *hit = str_find(page, mark);
    if (!hit || hit < from || str_find(hit + 1, mark))
        return NULL;
    return hit;
}

/* Writes the page with each part straight into out, if every mark of the
 * template's rendering (page) allows it. Returns 0 written, -1 not (out
 * unchanged). */
static int page_direct(RenderCtx *rc, const char *page, const char *const *marks,
                       const PageFragment *frags, size_t n, Buf *out)
{
    const char *at[RENDER_MAX_PARTS];
    const char *from = page;
    for (size_t i = 0; i < n; i++) {
        at[i] = single_mark(page, from, marks[i]);
        if (!at[i])
            return -1;
        from = at[i] + strlen(marks[i]);
    }
    size_t start = out->len;
    from = page;
    for (size_t i = 0; i < n; i++) {
        buf_putn(out, from, (size_t)(at[i] - from));
        if (write_fragment(rc, &frags[i], out) == 0) {
            out->len = start; /* an empty part is false in a section */
            if (out->data)
                out->data[start] = '\0';
            return -1;
        }
        from = at[i] + strlen(marks[i]);
    }
    buf_puts(out, from);
    return 0;
}

int render_with_parts(RenderCtx *rc, const char *name, TValue *values, TplEscape escape,
                      const PageFragment *frags, size_t n, Buf *out)
{
    assert(n <= RENDER_MAX_PARTS);
    /* a mark no plan text holds (control characters never reach a value)
     * and each escaping changes: '<' and '&' become entities in HTML, '<'
     * takes a backslash and a line break becomes a space in Markdown */
    const char *marks[RENDER_MAX_PARTS];
    /* a part is written for the page: its {{part}} would escape it (KH812) */
    TValueMarkup part_markup = escape == TPL_ESCAPE_HTML ? TV_HTML : TV_MARKDOWN;
    for (size_t i = 0; i < n; i++) {
        marks[i] = arena_printf(rc->arena, "\x01<&khgen-part-%zu>\n\x01", i);
        render_set_ref(rc->arena, values, frags[i].key, marks[i], part_markup);
    }
    Buf page = {0};
    int status = tpl_render(rc->templates, name, values, escape, &page);
    if (status == 0 && page_direct(rc, buf_str(&page), marks, frags, n, out) == 0) {
        buf_free(&page);
        return 0;
    }
    buf_free(&page);
    if (status != 0)
        return status;
    /* the plain way: each part held, then copied into the page */
    Buf parts[RENDER_MAX_PARTS] = {{0}};
    for (size_t i = 0; i < n; i++) {
        write_fragment(rc, &frags[i], &parts[i]);
        render_set_ref(rc->arena, values, frags[i].key, buf_str(&parts[i]), part_markup);
    }
    status = tpl_render(rc->templates, name, values, escape, out);
    for (size_t i = 0; i < n; i++)
        buf_free(&parts[i]);
    return status;
}

/* ---- header lines ------------------------------------------------------------- */

void render_number_line(const Plan *plan, Buf *out)
{
    buf_puts(out, "Số: ");
    if (plan->number && *plan->number)
        buf_puts(out, plan->number);
    else
        buf_puts(out, "     ");
    buf_putc(out, '/');
    buf_puts(out, plan->code);
}

void render_place_date(const Plan *plan, Buf *out)
{
    buf_puts(out, plan->place ? plan->place : "");
    buf_puts(out, ", ");
    vi_put_date_long(out, plan->date);
}

/* A field printed as written (README: the header's number, code and
 * issuer_short, a legal basis's kind and number, a label, a task's
 * lead_label and due_label; a deadline's phrase, which `{due}` and the
 * tables print as written) as a value of a wording whose line is Markdown
 * (the basis' sentence, the "(Kèm theo ...)" line, a task's lines, a
 * table's caption):
 * its Markdown characters escaped, so that every format prints it as the
 * header does. Raw, "1*2*3" printed "Số: 1*2*3/KH-UBND" over attachments
 * "Kèm theo Kế hoạch số 123/KH-UBND", a basis "12/QĐ-*UBND*" printed
 * "12/QĐ-UBND" and "1\*3" "1*3", exit 0 (s27attack H1). */
static const char *as_written(Arena *arena, const char *text)
{
    Buf b = {0};
    inline_put_value(&b, text, INLINE_MARKDOWN);
    const char *s = arena_strdup(arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

static void put_wording(const InlineCtx *ctx, const char *key, const TValue *values, Buf *out)
{
    const char *wording = tpl_wording(ctx->templates, key);
    if (wording)
        tpl_render_text(ctx->templates, "templates/wording.yaml", wording, strlen(wording), values,
                        TPL_ESCAPE_NONE, out);
}

/* Before a mark khgen puts after a text (a heading's colon, a basis' ';'
 * or '.', the closing's "./."): a text that ends in a backslash of its
 * own ("Nghiên cứu \\", "Luật X\\") would escape the mark ("\\:" prints
 * ":"), its backslash lost in every format (s24round R3); out[from..] is
 * the text: a backslash is added when its last run of them is odd. */
static void guard_backslash(Buf *out, size_t from)
{
    size_t bs = 0;
    while (bs < out->len - from && out->data[out->len - 1 - bs] == '\\')
        bs++;
    if (bs % 2)
        buf_putc(out, '\\');
}

/* Appends text without its own end mark (s17attack F4): trailing spaces,
 * then the run of ';', '.' and ',' the drafter typed (one, or a typo's
 * two: "Luật B.;" printed "Luật B.."), dropped, so that the caller adds
 * the one the document needs. In a Markdown line (markdown != 0) the marks
 * are those shown last, also inside the emphasis that closes the line
 * ("*thực tế.*" printed "thực tế.;"): the emphasis still closes after the
 * text kept ("*thực tế*;"). */
static void put_without_end_mark(Buf *out, const char *text, int markdown)
{
    size_t len = strlen(text);
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
        len--;
    size_t shown = markdown ? render_shown_end(text, len) : len;
    size_t keep = shown;
    while (keep > 0 && (text[keep - 1] == ';' || text[keep - 1] == '.' || text[keep - 1] == ',' ||
                        (keep < shown && text[keep - 1] == ' ')))
        keep--;
    /* a cut that would empty the emphasis ("A *.*") leaves the line as it was */
    if (keep < shown && shown < len && (keep == 0 || strchr("*_~ ", text[keep - 1]) != NULL))
        keep = shown;
    buf_putn(out, text, keep);
    buf_putn(out, text + shown, len - shown);
}

/* A Markdown field of a structured basis (its name, issuing body, subject
 * and intro), each of which the wording joins into one Markdown sentence:
 * expanded, then written back closed in itself (md_put_written_back), so
 * that a mark of one field pairs with no mark of another. Joined raw, a
 * '`' in `by` and one in `about` made one code span over the words
 * between them, their escapes printed ("UBND a `b về c` d", "\\<b>"), and
 * "UBND *tỉnh" before "về* việc" lost both stars to an emphasis, in every
 * format; `name` and `intro`, copied unexpanded, printed "{year}" and
 * "{{" where every other text prints 2024 and "{" (s28render F1, F2). */
static void put_basis_field(const InlineCtx *ctx, const char *text, Buf *out)
{
    Buf md = {0};
    inline_expand(ctx, text, INLINE_MARKDOWN, &md);
    md_put_written_back(out, md.data ? md.data : "");
    buf_free(&md);
}

void render_basis(const InlineCtx *ctx, size_t i, Buf *out)
{
    const Plan *plan = ctx->plan;
    const Basis *basis = &plan->bases[i];
    Buf sentence = {0};
    if (basis->text) {
        inline_expand(ctx, basis->text, INLINE_MARKDOWN, &sentence);
    } else {
        Arena *arena = ctx->arena;
        TValue *values = tv_map(arena);
        tv_set_str(arena, values, "kind", as_written(arena, basis->kind));
        if (basis->number)
            tv_set_str(arena, values, "number", as_written(arena, basis->number));
        Buf part = {0};
        if (basis->name) {
            put_basis_field(ctx, basis->name, &part);
            tv_set_str(arena, values, "name", part.data ? part.data : "");
        }
        if (basis->date.year) {
            buf_reset(&part);
            if (basis->date_long)
                vi_put_date_long(&part, basis->date);
            else
                vi_put_date_short(&part, basis->date);
            /* the wording says "ngày {{date}}": the long form carries its own "ngày " */
            const char *date_text = part.data;
            if (basis->date_long && strncmp(date_text, "ngày ", strlen("ngày ")) == 0)
                date_text += strlen("ngày ");
            tv_set_str(arena, values, "date", date_text);
        }
        if (basis->issuer) {
            buf_reset(&part);
            put_basis_field(ctx, basis->issuer, &part);
            tv_set_str(arena, values, "issuer", part.data ? part.data : "");
        }
        if (basis->subject) {
            buf_reset(&part);
            put_basis_field(ctx, basis->subject, &part);
            tv_set_str(arena, values, "subject", part.data ? part.data : "");
        }
        put_wording(ctx, basis->date.year ? "basis" : "basis_no_date", values, &sentence);
        /* intro: "Căn cứ vào ..." in place of the wording's first words */
        static const char lead[] = "Căn cứ";
        if (basis->intro && sentence.data && strncmp(sentence.data, lead, strlen(lead)) == 0) {
            Buf with = {0};
            put_basis_field(ctx, basis->intro, &with);
            buf_puts(&with, sentence.data + strlen(lead));
            buf_free(&sentence);
            sentence = with;
        }
        buf_free(&part);
    }
    size_t from = out->len;
    put_without_end_mark(out, sentence.data ? sentence.data : "", 1);
    guard_backslash(out, from);
    if (basis->end)
        buf_puts(out, basis->end);
    else
        buf_putc(out, i + 1 == plan->n_bases ? '.' : ';');
    buf_free(&sentence);
}

/* Where an end mark typed otherwise than "./." begins in text[0..len):
 * the run of '.', '/' and spaces that ends the text holds a '/' and is
 * not "./." (or an ellipsis' "...", then "/.") as written: typed with
 * spaces (". /.", "./ .", "đây ./."), twice ("./../.", "./. ./."), or
 * with a mark lost or doubled ("Xong/.", "Xong.//."), which printed
 * "Xong./../.", "Xong/./." (s24attack F3). Returns the offset where the
 * run begins (its spaces before it too), else -1; *dots is 3 when the
 * run begins with an ellipsis' three dots, which it keeps ("v.v... /."),
 * else 1. A run of dots alone ("Xong.", "v.v...") or "./" cut short is
 * not one: the caller completes those. */
static long typed_end_mark(const char *text, size_t len, int *dots)
{
    size_t start = len;
    while (start > 0 && strchr("./ ", text[start - 1]))
        start--;
    char mark[64];
    size_t n = 0;
    int spaced = 0, slash = 0;
    for (size_t i = start; i < len; i++) {
        if (text[i] == ' ') {
            spaced = 1;
            continue;
        }
        if (n == sizeof mark - 1)
            return -1; /* a rule of dots, not an end mark */
        slash |= text[i] == '/';
        mark[n++] = text[i];
    }
    mark[n] = '\0';
    if (!slash || strcmp(mark, "./") == 0)
        return -1;
    *dots = strncmp(mark, ".../", 4) == 0 || strncmp(mark, "..../", 5) == 0 ? 3 : 1;
    if (!spaced && (strcmp(mark, "./.") == 0 || strcmp(mark, ".../.") == 0))
        return -1; /* as it should be */
    return (long)start;
}

void render_closing(const InlineCtx *ctx, Buf *out)
{
    const Plan *plan = ctx->plan;
    if (!plan->closing)
        return;
    Buf text = {0};
    InlineCtx plain = *ctx;
    plain.end_mark = 0;
    inline_expand(&plain, plan->closing, INLINE_MARKDOWN, &text);
    render_end_marked(text.data ? text.data : "", text.len, out);
    buf_free(&text);
}

void render_end_marked(const char *t, size_t len, Buf *out)
{
    size_t from = out->len;
    while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n'))
        len--;
    /* decided on the text shown (s17attack F4): "*Trên đây.*" ends with
     * its '.', and "/." goes after the emphasis: "Trên đây./." */
    size_t shown = render_shown_end(t, len);
    /* "Xong:" is a sentence not finished: its full stop in place of the
     * mark, "Xong./." (s16attack L3; KH163 warns), "*Xong:*" "*Xong*./." */
    long open_mark = plan_closing_open_mark(t, shown);
    int dots = 1;
    if (open_mark >= 0) {
        size_t keep = (size_t)open_mark;
        while (keep > 0 && t[keep - 1] == ' ')
            keep--;
        buf_putn(out, t, keep);
        buf_putn(out, t + shown, len - shown); /* the emphasis' closing marks */
        shown = keep;
    } else if ((open_mark = typed_end_mark(t, shown, &dots)) >= 0) {
        /* the end mark typed with spaces, twice or a mark lost: one "./." */
        buf_putn(out, t, (size_t)open_mark);
        buf_putn(out, t + shown, len - shown);
        guard_backslash(out, from);
        buf_puts(out, dots == 3 ? ".../." : "./.");
        return;
    } else {
        buf_putn(out, t, len);
    }
    /* "./." is the document's end sign after the last sentence (ND30): its
     * '.' is the sentence's own full stop when there is one ("thực
     * hiện./."), the last dot of an ellipsis too ("v.v.../.", "…/."); a
     * sentence ending with '!' or '?' keeps its mark and the sign follows
     * whole, as officials write "Trân trọng cảm ơn!./." (s17attack L2) */
    static const char ellipsis[] = "\xE2\x80\xA6"; /* U+2026 */
    guard_backslash(out, from);
    if (shown >= 3 && memcmp(t + shown - 3, "./.", 3) == 0)
        ;
    else if (shown >= 2 && memcmp(t + shown - 2, "./", 2) == 0)
        buf_putc(out, '.'); /* the end mark cut short: "./" */
    else if ((shown >= 1 && t[shown - 1] == '.') ||
             (shown >= 3 && memcmp(t + shown - 3, ellipsis, 3) == 0))
        buf_puts(out, "/.");
    else
        buf_puts(out, "./.");
}

void render_recipient(const Plan *plan, size_t i, Buf *out)
{
    const char *text = plan->recipients[i];
    put_without_end_mark(out, text, 0);
    buf_putc(out, i + 1 == plan->n_recipients ? '.' : ';');
}

size_t render_recipients_beside(const Plan *plan)
{
    size_t n = plan->n_recipients;
    if (n <= RENDER_RECIPIENTS_WHOLE)
        return n;
    /* the signature's height in points (plan.css, docx-styles.xml): 12 pt
     * above it, its lines of 14 pt at 1.3, 28 mm for the signature and the
     * seal; "Nơi nhận:" is 12 pt at 1.2, each recipient 11 pt at 1.2 */
    size_t lines = plan->signature ? plan->signature->n_lines + plan->signature->n_name_lines : 0;
    double height = 12 + (double)lines * 14 * 1.3 + 28 / 25.4 * 72 - 12 * 1.2;
    size_t beside = (size_t)ceil(height / (11 * 1.2));
    return beside < n ? beside : n;
}

void render_attachment_line(const InlineCtx *ctx, Buf *out)
{
    const Plan *plan = ctx->plan;
    Arena *arena = ctx->arena;
    TValue *values = tv_map(arena);
    tv_set_str(arena, values, "number",
               plan->number && *plan->number ? as_written(arena, plan->number) : "     ");
    tv_set_str(arena, values, "code", as_written(arena, plan->code));
    Buf part = {0};
    if (plan->date.day && plan->date.month)
        vi_put_date_short(&part, plan->date);
    else {
        /* a draft: "ngày      tháng 01 năm 2024" without the leading "ngày " */
        vi_put_date_long(&part, plan->date);
    }
    const char *date_text = part.data ? part.data : "";
    if (strncmp(date_text, "ngày ", strlen("ngày ")) == 0)
        date_text += strlen("ngày ");
    tv_set_str(arena, values, "date", date_text);
    tv_set_str(arena, values, "issuer",
               plan->issuer_short ? as_written(arena, plan->issuer_short) : "");
    put_wording(ctx, "attachment_under_title", values, out);
    buf_free(&part);
}

/* ---- expansions shared by the formats ------------------------------------------------ */

/* One memo entry: what the pair (a, b) expanded to. Texts are keyed by
 * (text, task), a task's lines by (task, &LINES_KEY). */
typedef struct MemoEntry {
    const void *a, *b;
    const void *value; /* the text, or the array of lines */
    size_t len;        /* its bytes, or the number of lines */
} MemoEntry;

struct RenderMemo {
    Arena *arena; /* the values */
    MemoEntry *slots;
    size_t cap, used; /* cap a power of two, at most half used */
    int mapped;       /* slots are mapped memory (else malloc's) */
};

static const char LINES_KEY = 0;

/* The table is mapped memory, not malloc's: freeing a large malloc'd
 * block raises glibc's threshold for mapping, and the DOCX's buffers
 * made after the memo then stayed in the heap (measured: a build of every
 * format peaked 20 MB higher). Mapped pages come zeroed. malloc's memory
 * when the system maps none (*mapped 0). */
static MemoEntry *memo_slots(size_t cap, int *mapped)
{
    void *slots = mmap(NULL, cap * sizeof(MemoEntry), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    *mapped = slots != MAP_FAILED;
    if (!*mapped) {
        slots = xmalloc(cap * sizeof(MemoEntry));
        memset(slots, 0, cap * sizeof(MemoEntry));
    }
    return slots;
}

static void memo_slots_free(MemoEntry *slots, size_t cap, int mapped)
{
    if (mapped)
        munmap(slots, cap * sizeof *slots);
    else
        free(slots);
}

RenderMemo *render_memo_new(void)
{
    RenderMemo *memo = xmalloc(sizeof *memo);
    memo->arena = arena_new();
    memo->cap = 1024;
    memo->used = 0;
    memo->slots = memo_slots(memo->cap, &memo->mapped);
    return memo;
}

void render_memo_free(RenderMemo *memo)
{
    if (!memo)
        return;
    arena_free(memo->arena);
    memo_slots_free(memo->slots, memo->cap, memo->mapped);
    free(memo);
}

static size_t memo_hash(const void *a, const void *b, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)a * 0x9E3779B97F4A7C15u ^
                 (uint64_t)(uintptr_t)b * 0xC2B2AE3D27D4EB4Fu;
    return (size_t)(h ^ h >> 29) & (cap - 1);
}

/* The slot of (a, b): its entry, or the empty slot where it goes. */
static MemoEntry *memo_slot(RenderMemo *memo, const void *a, const void *b)
{
    size_t i = memo_hash(a, b, memo->cap);
    while (memo->slots[i].a && (memo->slots[i].a != a || memo->slots[i].b != b))
        i = (i + 1) & (memo->cap - 1);
    return &memo->slots[i];
}

static void memo_put(RenderMemo *memo, const void *a, const void *b, const void *value,
                     size_t len)
{
    if (2 * (memo->used + 1) > memo->cap) {
        MemoEntry *old = memo->slots;
        size_t old_cap = memo->cap;
        int old_mapped = memo->mapped;
        memo->cap *= 2;
        memo->slots = memo_slots(memo->cap, &memo->mapped);
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].a)
                *memo_slot(memo, old[i].a, old[i].b) = old[i];
        memo_slots_free(old, old_cap, old_mapped);
    }
    MemoEntry *e = memo_slot(memo, a, b);
    if (!e->a)
        memo->used++;
    *e = (MemoEntry){a, b, value, len};
}

void render_expand(const InlineCtx *ctx, const char *text, Buf *out)
{
    if (ctx->end_mark) { /* the text's last words (body_end.c) */
        InlineCtx plain = *ctx;
        plain.end_mark = 0;
        Buf expanded = {0};
        render_expand(&plain, text, &expanded);
        render_end_marked(expanded.data ? expanded.data : "", expanded.len, out);
        buf_free(&expanded);
        return;
    }
    RenderMemo *memo = ctx->memo;
    if (!memo || !text) {
        inline_expand(ctx, text, INLINE_MARKDOWN, out);
        return;
    }
    const MemoEntry *e = memo_slot(memo, text, ctx->task);
    if (e->a) {
        buf_putn(out, e->value, e->len);
        return;
    }
    size_t from = out->len;
    inline_expand(ctx, text, INLINE_MARKDOWN, out);
    size_t len = out->len - from;
    char *copy = arena_alloc(memo->arena, len + 1);
    if (len)
        memcpy(copy, out->data + from, len);
    copy[len] = '\0';
    memo_put(memo, text, ctx->task, copy, len);
}

/* ---- tasks ------------------------------------------------------------------------ */

static size_t task_lines(const InlineCtx *ctx, const Task *task, const char ***lines_out);

size_t render_task_lines(const InlineCtx *ctx, const Task *task, const char ***lines_out)
{
    RenderMemo *memo = ctx->memo;
    if (!memo)
        return task_lines(ctx, task, lines_out);
    const MemoEntry *e = memo_slot(memo, task, &LINES_KEY);
    if (e->a) {
        *lines_out = (const char **)e->value;
        return e->len;
    }
    const char **made;
    size_t n = task_lines(ctx, task, &made);
    /* the lines live as long as the memo, the rest goes with ctx->arena */
    const char **kept = arena_alloc(memo->arena, (n ? n : 1) * sizeof *kept);
    for (size_t i = 0; i < n; i++)
        kept[i] = arena_strdup(memo->arena, made[i]);
    memo_put(memo, task, &LINES_KEY, kept, n);
    *lines_out = kept;
    return n;
}

/* A task line whose "+ " or "- " at the start comes from content (an
 * assignment's text or note, a unit's name or a label a wording's value
 * puts there), not from the wording's own text (its "+ {{label}}: ..."):
 * escaped, "\+ X", so that the .md prints it as text, a paragraph, as
 * the HTML and the Word document print it (attack L6: "+ X" from a note
 * was a "+" list item in the .md only). wording: the template the line
 * was made from, NULL for content. */
static void guard_content_start(Buf *line, const char *wording)
{
    const char *s = line->data ? line->data : "";
    if (!((s[0] == '+' || s[0] == '-') && (s[1] == ' ' || s[1] == '\t')))
        return;
    if (wording) {
        while (*wording == ' ' || *wording == '\t')
            wording++;
        if (wording[0] == s[0] && (wording[1] == ' ' || wording[1] == '\t'))
            return; /* the wording's own marker */
    }
    buf_putc(line, '\0'); /* room for the backslash */
    memmove(line->data + 1, line->data, line->len);
    line->data[0] = '\\';
}

static size_t task_lines(const InlineCtx *ctx, const Task *task, const char ***lines_out)
{
    Arena *arena = ctx->arena;
    size_t cap = 4 + task->n_assign, n = 0;
    const char **lines = arena_alloc(arena, cap * sizeof *lines);
    InlineCtx task_ctx = *ctx;
    task_ctx.task = task;
    Buf line = {0}, part = {0};
    TValue *values = tv_map(arena);

    if (task->show_lead) {
        buf_reset(&part);
        inline_put_responsible(&task_ctx, task, INLINE_MARKDOWN, &part);
        Buf label = {0};
        if (task->lead_label)
            inline_put_value(&label, task->lead_label, INLINE_MARKDOWN);
        else if (task->n_criteria || task->n_assign)
            put_wording(&task_ctx, "task_lead_label", values, &label);
        else /* "Phụ trách tiêu chí" reads oddly on a budget or report task */
            put_wording(&task_ctx, "task_unit_label", values, &label);
        tv_set_str(arena, values, "label", label.data ? label.data : "");
        tv_set_str(arena, values, "lead", part.data ? part.data : "");
        buf_reset(&line);
        put_wording(&task_ctx, "task_lead_line", values, &line);
        guard_content_start(&line, tpl_wording(ctx->templates, "task_lead_line"));
        /* no units, only assignments: "+ Phụ trách tiêu chí:" alone */
        while (line.len > 0 && line.data[line.len - 1] == ' ')
            line.data[--line.len] = '\0';
        lines[n++] = buf_to_arena(&line, arena);
        buf_free(&label);
    }
    for (size_t i = 0; i < task->n_assign; i++) {
        const Assignment *a = &task->assign[i];
        buf_reset(&line);
        if (a->text) {
            inline_expand(&task_ctx, a->text, INLINE_MARKDOWN, &line);
            guard_content_start(&line, NULL);
        } else {
            buf_reset(&part);
            inline_put_units(&task_ctx, &a->unit, 1, 0, INLINE_MARKDOWN, &part);
            tv_set_str(arena, values, "unit", part.data ? part.data : "");
            buf_reset(&part);
            for (size_t k = 0; k < a->n_indicators; k++) {
                if (k)
                    buf_puts(&part, ", ");
                buf_puts(&part, a->indicators[k]);
            }
            tv_set_str(arena, values, "indicators", part.data ? part.data : "");
            put_wording(&task_ctx, "assign_line", values, &line);
            guard_content_start(&line, tpl_wording(ctx->templates, "assign_line"));
        }
        lines[n++] = buf_to_arena(&line, arena);
    }
    if (task->assign_note) {
        buf_reset(&line);
        inline_expand(&task_ctx, task->assign_note, INLINE_MARKDOWN, &line);
        guard_content_start(&line, NULL);
        if (n < cap)
            lines[n++] = buf_to_arena(&line, arena);
    }
    if (task->show_due && task->due.kind != DUE_NONE) {
        buf_reset(&part);
        inline_put_due(&task_ctx, &task->due, &part);
        Buf label = {0};
        if (task->due_label)
            inline_put_value(&label, task->due_label, INLINE_MARKDOWN);
        else
            put_wording(&task_ctx, "task_due_label", values, &label);
        tv_set_str(arena, values, "label", label.data ? label.data : "");
        tv_set_str(arena, values, "due", as_written(arena, buf_str(&part)));
        buf_reset(&line);
        put_wording(&task_ctx, "task_due_line", values, &line);
        guard_content_start(&line, tpl_wording(ctx->templates, "task_due_line"));
        if (n < cap)
            lines[n++] = buf_to_arena(&line, arena);
        buf_free(&label);
    }
    buf_free(&line);
    buf_free(&part);
    *lines_out = lines;
    return n;
}

/* ---- headings ----------------------------------------------------------------------- */

void render_put_label(Buf *out, const char *label)
{
    inline_put_value(out, label ? label : "", INLINE_MARKDOWN);
}

size_t render_label_length(const char *label)
{
    Buf b = {0};
    render_put_label(&b, label);
    size_t n = b.len;
    buf_free(&b);
    return n;
}

void render_heading_parts(const InlineCtx *ctx, const BodyNode *node, Buf *head, Buf *text)
{
    const char *label = node->printed_label ? node->printed_label : "";
    const char *title = node->title ? node->title : "";
    /* a task's text is its own paragraph below the heading */
    int has_text = node->text && *node->text && node->kind != NODE_PARA &&
                   node->kind != NODE_BULLET && node->kind != NODE_POINT &&
                   node->kind != NODE_TASK;
    render_put_label(head, label); /* printed as written: "*5*." is not italic */
    if (*label && *title)
        buf_putc(head, ' ');
    size_t title_start = head->len;
    InlineCtx title_ctx = *ctx; /* the end mark after the text, if any */
    title_ctx.end_mark = ctx->end_mark && !has_text;
    render_expand(&title_ctx, title, head);
    if (has_text && head->len > title_start) {
        char last = head->data[head->len - 1];
        if (!strchr(":.;?!", last)) {
            guard_backslash(head, title_start);
            buf_putc(head, ':');
        }
    }
    if (has_text)
        render_expand(ctx, node->text, text);
}

size_t render_heading_marker_length(const BodyNode *node, const char *head)
{
    if (node->kind != NODE_TASK || !node->printed_label || !*node->printed_label || !head)
        return 0;
    Buf label = {0};
    render_put_label(&label, node->printed_label); /* as render_heading_parts put it */
    size_t n = label.len;
    int same = strncmp(head, buf_str(&label), n) == 0;
    buf_free(&label);
    if (!same)
        return 0;
    return head[n] == ' ' ? n + 1 : n;
}

void render_part_lines(const InlineCtx *ctx, const BodyNode *node, Buf *label, Buf *title)
{
    if (node->printed_label)
        render_put_label(label, node->printed_label);
    if (node->title && *node->title)
        render_expand(ctx, node->title, title); /* its end mark, if it ends the body */
}

void render_table_caption(const InlineCtx *ctx, const BodyNode *node, Buf *out)
{
    if (!node->title || !*node->title)
        return;
    Buf title = {0};
    inline_expand(ctx, node->title, INLINE_MARKDOWN, &title);
    if (node->label) {
        inline_put_value(out, node->label, INLINE_MARKDOWN);
        if (*node->label)
            buf_putc(out, ' ');
        buf_puts(out, title.data ? title.data : "");
    } else {
        TValue *values = tv_map(ctx->arena);
        tv_set_str(ctx->arena, values, "number", node->printed_label ? node->printed_label : "");
        tv_set_str(ctx->arena, values, "title", title.data ? title.data : "");
        put_wording(ctx, "table_caption", values, out);
    }
    buf_free(&title);
}

/* ---- Markdown block starts ------------------------------------------------------- */

static void md_block_text(Buf *out, const char *text, int start);

void render_md_block_text(Buf *out, const char *text, int start)
{
    const char *image = str_find(text, "![");
    if (!image && md_has_text_only_inline(text))
        image = strchr(text, '['); /* a refused link: the words before its
                                    * first '[' hold none */
    if (!image) {
        md_block_text(out, text, start);
        return;
    }
    /* an image prints as its alternative text, as in the HTML, and a link
     * render_link_kept refuses as its text, as every other back end prints
     * it (md_inline.c); the words before it, when they hold no inline mark,
     * are kept as they are, so that the start of the block is guarded
     * below as always */
    size_t head = (size_t)(image - text), keep = 0;
    if (strcspn(text, "*_\\[`<&") >= head)
        /* up to its last word: the word glued to the link is read with it,
         * as the other back ends read it ("x[](https://a.vn)": the .md
         * alone printed "xhttps://a.vn", where keep_address_apart gives
         * the address a space of its own; s38review M1) */
        for (keep = head; keep && text[keep - 1] != ' '; keep--)
            ;
    else if (start == MD_START_MARKER && (text[0] == '-' || text[0] == '+') && text[1] == ' ')
        keep = 2; /* the marker */
    Buf plain = {0};
    buf_putn(&plain, text, keep);
    md_put_written_back(&plain, text + keep);
    md_block_text(out, buf_str(&plain), start);
    buf_free(&plain);
}

static void md_block_text(Buf *out, const char *text, int start)
{
    if (start == MD_START_MARKER && (text[0] == '-' || text[0] == '+') && text[1] == ' ') {
        buf_putn(out, text, 2); /* the marker; what follows is the item's text */
        text += 2;
    } else if (start == MD_START_TEXT) {
        const char *t = text + strspn(text, " \t");
        size_t digits = strspn(t, "0123456789");
        if (digits && digits <= 9 && (t[digits] == '.' || t[digits] == ')') &&
            strchr(" \t", t[digits + 1])) { /* "1. x" (the '\0' is in it too) */
            buf_putn(out, t, digits);
            buf_puts(out, t[digits] == '.' ? "&#46;" : "&#41;");
            buf_puts(out, t + digits + 1);
            return;
        }
        size_t letter = t[0] >= 'a' && t[0] <= 'z' ? 1 : strncmp(t, "\xC4\x91", 2) == 0 ? 2 : 0;
        if (letter && (t[letter] == ')' || t[letter] == '.') && t[letter + 1] == ' ') {
            buf_putn(out, t, letter); /* "a) x", "đ. X": a point's label to import */
            buf_puts(out, t[letter] == '.' ? "&#46;" : "&#41;");
            buf_puts(out, t + letter + 1);
            return;
        }
        if ((t[0] == '-' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t')) {
            buf_puts(out, t[0] == '-' ? "&#45;" : "&#43;"); /* "- x": no list item */
            buf_puts(out, t + 1);
            return;
        }
        if ((digits && digits <= 9 && t[digits] == '&') || (t[0] == '&' && t[1] == '#')) {
            buf_putn(out, t, digits);
            buf_putc(out, '\\');
            buf_puts(out, t + digits);
            return; /* "&#45; x" or "1&#46; x" written as such stays text */
        }
    }
    render_guard_block(out, text);
}

/* The one reading of a text's paragraphs that every format's writer
 * shares (session 22 found it written twice, in render.c and
 * render_md.c, the two copies joining a line's end otherwise): a
 * paragraph runs to the first blank line (a line of spaces and tabs
 * only) or the text's end, its lines joined by one space (the blanks at
 * a line's end and at the next line's start left out: "vận \n  động" is
 * "vận động"), the spaces at its end left out. Reads the paragraph that
 * starts at s into para and returns where the rest begins (the blank
 * line's newline), NULL when the text ends. */
static const char *read_paragraph(const char *s, Buf *para)
{
    buf_reset(para);
    const char *rest = NULL;
    while (*s) {
        if (*s == '\n') {
            const char *next = s + 1;
            while (*next == ' ' || *next == '\t')
                next++;
            if (*next == '\n') {
                rest = next;
                break;
            }
            if (!*next)
                break;
            while (para->len && (para->data[para->len - 1] == ' ' ||
                                 para->data[para->len - 1] == '\t'))
                para->data[--para->len] = '\0';
            buf_putc(para, ' ');
            s = next;
            continue;
        }
        size_t run = strcspn(s, "\n"); /* the rest of the line at once */
        buf_putn(para, s, run);
        s += run;
    }
    while (para->len && para->data[para->len - 1] == ' ')
        para->data[--para->len] = '\0'; /* a tab there prints as a space (KH026) */
    return rest;
}

void render_for_each_paragraph(const char *text, void (*emit)(void *data, const char *para),
                                void *data)
{
    Buf para = {0};
    const char *s = text;
    while (s && *s) {
        s += strspn(s, "\n \t");
        if (!*s)
            break;
        s = read_paragraph(s, &para);
        if (para.len)
            emit(data, para.data);
    }
    buf_free(&para);
}

const char *render_split_first_paragraph(const char *text, Buf *first)
{
    return read_paragraph(text ? text : "", first);
}

/* The emphasis a style asks for, decided as render_md.c's put_styled does:
 * the node's style, else the default; "plain" removes bold and italic,
 * never the capitals (the .md printed `style: plain upper` in capitals,
 * the .html and the .docx in small letters: s29fixlow's leftover). */
RenderEmphasis render_emphasis(unsigned style, unsigned default_style)
{
    if (style == STYLE_DEFAULT)
        style = default_style;
    if (style & STYLE_PLAIN)
        style &= ~(unsigned)(STYLE_BOLD | STYLE_ITALIC);
    return (RenderEmphasis){(style & STYLE_BOLD) != 0, (style & STYLE_ITALIC) != 0,
                      (style & STYLE_UPPER) != 0};
}

/* ---- template values -------------------------------------------------------------- */

void render_document_title(const TValue *values, Buf *out)
{
    const TValue *kind = tv_get(values, "doc_kind");
    const TValue *title = tv_get(values, "title");
    buf_puts(out, kind && kind->str ? kind->str : "");
    if (title && title->str && *title->str) {
        if (out->len)
            buf_putc(out, ' ');
        buf_puts(out, title->str);
    }
}


TValue *render_header_values(RenderCtx *rc)
{
    Arena *arena = rc->arena;
    const Plan *plan = rc->plan;
    const InlineCtx *ctx = &rc->inline_ctx;
    TValue *v = tv_map(arena);
    Buf buf = {0};

    if (plan->governing_body)
        tv_set_str(arena, v, "governing_body", plan->governing_body);
    TValue *issuer = tv_list(arena);
    for (size_t i = 0; i < plan->n_issuer; i++)
        tv_push(arena, issuer, tv_string(arena, plan->issuer[i]));
    tv_set(arena, v, "issuer", issuer);
    render_number_line(plan, &buf);
    tv_set_str(arena, v, "number_line", buf.data);
    buf_reset(&buf);
    render_place_date(plan, &buf);
    tv_set_str(arena, v, "place_date", buf.data);
    buf_reset(&buf);
    inline_expand(ctx, plan->title ? plan->title : "", INLINE_MARKDOWN, &buf);
    buf_fold_line_breaks(&buf); /* the subject line: title: | ... is one line */
    tv_set_markup(arena, v, "title_md", buf.data ? buf.data : "", TV_MARKDOWN);
    buf_reset(&buf);
    inline_expand_plain(ctx, plan->title ? plan->title : "", &buf);
    buf_fold_line_breaks(&buf);
    tv_set_str(arena, v, "title", buf.data ? buf.data : "");

    static const char *const wording_keys[] = {"national_name", "motto", "doc_kind",
                                               "recipients_title"};
    for (size_t i = 0; i < sizeof wording_keys / sizeof wording_keys[0]; i++) {
        buf_reset(&buf);
        put_wording(ctx, wording_keys[i], v, &buf);
        tv_set_str(arena, v, wording_keys[i], buf.data ? buf.data : "");
    }

    TValue *bases = tv_list(arena);
    for (size_t i = 0; i < plan->n_bases; i++) {
        buf_reset(&buf);
        render_basis(ctx, i, &buf);
        tv_push(arena, bases, tv_markup(arena, buf.data, TV_MARKDOWN));
    }
    tv_set(arena, v, "bases", bases);
    if (plan->opening) {
        buf_reset(&buf);
        inline_expand(ctx, plan->opening, INLINE_MARKDOWN, &buf);
        tv_set_markup(arena, v, "opening", buf.data, TV_MARKDOWN);
    }
    if (plan->closing) {
        buf_reset(&buf);
        render_closing(ctx, &buf);
        tv_set_markup(arena, v, "closing", buf.data, TV_MARKDOWN);
    }
    if (plan->n_recipients) {
        TValue *recipients = tv_list(arena);
        for (size_t i = 0; i < plan->n_recipients; i++) {
            buf_reset(&buf);
            render_recipient(plan, i, &buf);
            tv_push(arena, recipients, tv_string(arena, buf.data));
        }
        tv_set(arena, v, "recipients", recipients);
        tv_set(arena, v, "has_recipients", tv_bool(arena, 1));
    }
    if (plan->signature) {
        TValue *sig = tv_map(arena);
        TValue *lines = tv_list(arena);
        for (size_t i = 0; i < plan->signature->n_lines; i++)
            tv_push(arena, lines, tv_string(arena, plan->signature->lines[i]));
        tv_set(arena, sig, "lines", lines);
        TValue *names = tv_list(arena);
        for (size_t i = 0; i < plan->signature->n_name_lines; i++)
            tv_push(arena, names, tv_string(arena, plan->signature->name_lines[i]));
        tv_set(arena, sig, "name_lines", names);
        tv_set(arena, v, "signature", sig);
    }
    buf_reset(&buf);
    render_attachment_line(ctx, &buf);
    tv_set_str(arena, v, "attachment_line", buf.data ? buf.data : "");
    buf_free(&buf);
    return v;
}

int render_link_kept(struct cmark_node *link)
{
    return render_url_kept(cmark_node_get_url(link));
}

int render_url_kept(const char *url)
{
    static const char *const schemes[] = {"http://", "https://", "mailto:"};
    for (size_t i = 0; url && i < sizeof schemes / sizeof schemes[0]; i++)
        if (strncasecmp(url, schemes[i], strlen(schemes[i])) == 0)
            return 1;
    return 0;
}
