/* import_attrefs.c - the body's mentions of an imported attachment become
 * {att ID}.
 *
 * A plan's body names its attachments ("(Chi tiết theo Biểu 01 đính
 * kèm)"); import wrote that as text, and the plan it wrote then had
 * KH253 "attachment 'bieu-01' is never referred to", asking for the
 * '{att bieu-01}' the text already says in words (s14user L5). As it
 * writes {loc ID} for a place, import now writes {att ID} where a text
 * names, in the same case, the label of an attachment page it read
 * ("Biểu 01", "Phụ lục II", "Biểu số 03"): the reference prints the label,
 * so the document reads the same. A mention is the word "Biểu" or "Phụ
 * lục" at a word's start and the one or two words after it, looked up in
 * a set of the labels: one pass over each text, whatever the number of
 * attachments.
 *
 * A page the text names as attached that no page of the document has
 * ("(Chi tiết theo Biểu 01 và Biểu 02 đính kèm)", Biểu 02's page deleted
 * in Word) stayed words with no word said (s43user F22): the text's own
 * pages are read by att_named.c, the reading check's KH268 makes too, and
 * each list of them with a page not found gets a '# review:' comment and
 * a warning (KH771) at its paragraph.
 */
#include <string.h>

#include "att_named.h"
#include "i18n.h"
#include "import_impl.h"

void imp_note_attachment(Ctx *c, const char *label, const char *id)
{
    if (!label || !*label || strset_find(&c->att_labels, label) != (size_t)-1)
        return; /* two pages of one label: the first is the one named */
    if (c->n_att_ids == c->cap_att_ids) {
        size_t cap = c->cap_att_ids ? c->cap_att_ids * 2 : 8;
        const char **ids = arena_alloc(c->arena, cap * sizeof *ids);
        if (c->n_att_ids)
            memcpy(ids, c->att_ids, c->n_att_ids * sizeof *ids);
        c->att_ids = ids;
        c->cap_att_ids = cap;
    }
    strset_add(&c->att_labels, label, c->n_att_ids);
    c->att_ids[c->n_att_ids++] = id;
}

void imp_note_page(Ctx *c, const char *label)
{
    att_labels_add(&c->page_labels, label);
}

/* The length of the word at s: up to a space, the end, or a mark that
 * ends a mention ("Biểu 01)", "Biểu 01,", "Biểu 01." at a sentence's end). */
static size_t word_len(const char *s)
{
    size_t n = strcspn(s, " \t\n),;:");
    while (n > 0 && s[n - 1] == '.')
        n--;
    return n;
}

/* The attachment whose label is mentioned at s[i] (a word's start), with
 * *len the mention's bytes; (size_t)-1 when none. */
static size_t mention_at(Ctx *c, const char *s, size_t i, size_t *len, Buf *key)
{
    static const char *const starts[] = {"Biểu ", "Phụ lục ", "BIỂU ", "PHỤ LỤC "};
    size_t head = 0;
    for (size_t k = 0; k < sizeof starts / sizeof *starts && !head; k++)
        if (strncmp(s + i, starts[k], strlen(starts[k])) == 0)
            head = strlen(starts[k]);
    if (!head)
        return (size_t)-1;
    size_t first = word_len(s + i + head), found = (size_t)-1;
    if (!first)
        return (size_t)-1;
    size_t two = s[i + head + first] == ' ' ? word_len(s + i + head + first + 1) : 0;
    /* the longer mention first: "Biểu số 03" before "Biểu số" */
    for (int words = two ? 2 : 1; words >= 1 && found == (size_t)-1; words--) {
        size_t n = head + first + (words == 2 ? 1 + two : 0);
        buf_reset(key);
        buf_putn(key, s + i, n);
        found = strset_find(&c->att_labels, buf_str(key));
        if (found != (size_t)-1)
            *len = n;
    }
    return found;
}

/* The list a reference prints after its first label, read back: khgen
 * prints {att a b c} as "Biểu 01, 02, 03", each label after the first its
 * last word alone where its words before it are those of the label
 * before it (inline.c's expand_att), so a ", " and a word that makes,
 * with the words before the last of the label before it, a label read
 * is the list's next attachment (s52import: "(Chi tiết theo Biểu 01, 02
 * đính kèm)" came back as "{att bieu-01}, 02", and check warned KH253 at
 * bieu-02, which the text names). A label the list holds already stays
 * text ({att a a} prints "a" once). Appends " ID" of each to b and
 * returns where the list ends in s (i when it has one label). */
static size_t list_tail(Ctx *c, const char *s, size_t i, size_t first, Buf *key, Buf *b)
{
    size_t n_ids = 1, ids[32];
    ids[0] = first;
    Buf label = {0}; /* the label before: key holds the one mention_at found */
    buf_puts(&label, buf_str(key));
    while (n_ids < sizeof ids / sizeof *ids && strncmp(s + i, ", ", 2) == 0) {
        const char *last = strrchr(buf_str(&label), ' ');
        size_t w = word_len(s + i + 2);
        if (!last || !w)
            break;
        buf_reset(key);
        buf_putn(key, buf_str(&label), (size_t)(last + 1 - buf_str(&label)));
        buf_putn(key, s + i + 2, w);
        size_t found = strset_find(&c->att_labels, buf_str(key));
        for (size_t k = 0; k < n_ids && found != (size_t)-1; k++)
            if (ids[k] == found)
                found = (size_t)-1;
        if (found == (size_t)-1)
            break;
        buf_printf(b, " %s", c->att_ids[found]);
        ids[n_ids++] = found;
        buf_reset(&label);
        buf_puts(&label, buf_str(key));
        i += 2 + w;
    }
    buf_free(&label);
    return i;
}

static const char *att_refs(Ctx *c, const char *s, Buf *key)
{
    if (!s || !c->n_att_ids)
        return s;
    Buf b = {0};
    int changed = 0;
    for (size_t i = 0; s[i];) {
        size_t len = 0, found = (size_t)-1;
        if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '"')
            found = mention_at(c, s, i, &len, key);
        if (found == (size_t)-1) {
            buf_putc(&b, s[i++]);
            continue;
        }
        i += len;
        buf_printf(&b, "{att %s", c->att_ids[found]);
        i = list_tail(c, s, i, found, key, &b);
        buf_putc(&b, '}');
        changed = 1;
    }
    const char *r = changed ? buf_to_arena(&b, c->arena) : s;
    buf_free(&b);
    return r;
}

typedef struct Missing {
    Ctx *c;
    INode *node;
    Buf notes; /* the node's notes, "; " between: its comment once, after */
} Missing;

/* One list of pages a text names as attached ("Biểu 01 và Biểu 02 đính
 * kèm"): those no page read has, noted for the node and warned (KH771). */
static void missing_pages(void *data, const AttNamed *names, size_t n)
{
    Missing *m = data;
    Ctx *c = m->c;
    Buf list = {0};
    for (size_t k = 0; k < n; k++)
        if (!att_labels_has(&c->page_labels, names[k].label) &&
            !(k > 0 && strcmp(names[k].label, names[k - 1].label) == 0))
            buf_printf(&list, "%s%s", list.len ? ", " : "", names[k].label);
    if (list.len) {
        INode *x = m->node;
        buf_puts(&m->notes, m->notes.len ? "; " : "");
        buf_printf(&m->notes,
                   _("the text names '%s' as attached, but the document has no page so "
                     "labelled: attach it or take it out of the text, then delete this comment"),
                   buf_str(&list));
        buf_puts(&m->notes, " [KH771]");
        SrcPos pos = {c->path, x->line > 0 ? x->line : 0, x->line > 0 ? 1 : 0};
        diag_warning(c->diags, pos, 0, KH771,
                     "the text names '%s' as attached, but the document has no page labelled "
                     "so (deleted, with the sentence left?): a '# review:' comment says so; "
                     "attach the page or take it out of the text",
                     buf_str(&list));
    }
    buf_free(&list);
}

static void refs_in(Ctx *c, INode *n, Buf *key)
{
    Missing m = {c, n, {0}};
    att_named_each(n->title, missing_pages, &m);
    att_named_each(n->text, missing_pages, &m);
    for (size_t i = 0; i < n->n_texts; i++)
        att_named_each(n->texts[i], missing_pages, &m);
    if (m.notes.len) /* added to once, not copied again at each list */
        n->comment = n->comment ? arena_printf(c->arena, "%s; %s", n->comment, buf_str(&m.notes))
                                : buf_to_arena(&m.notes, c->arena);
    buf_free(&m.notes);
    n->title = att_refs(c, n->title, key);
    n->text = att_refs(c, n->text, key);
    for (size_t i = 0; i < n->n_texts; i++)
        n->texts[i] = att_refs(c, n->texts[i], key);
    for (size_t i = 0; i < n->n_items; i++)
        refs_in(c, n->items[i], key);
}

void body_att_refs(Ctx *c, INode *root)
{
    Buf key = {0};
    for (size_t i = 0; i < root->n_items; i++)
        refs_in(c, root->items[i], &key);
    buf_free(&key);
}
