/* import_village.c - a list of a province's village criteria in a plan's
 * body read as an inline catalog.
 *
 * Under a heading naming the village criteria ("3. Bộ tiêu chí thôn nông
 * thôn mới của tỉnh"), items "Tiêu chí số 1 - Giao thông: ..." are the
 * criteria of a catalog the plan writes inline (`import: [{id:
 * tieu-chi-thon, title: ..., criteria: [...]}]`); the text prints as
 * before. Moved out of import_tables.c when that file reached its 1,200
 * lines (s41imp), as it was. Works on import's Ctx (import_impl.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_yaml.h"
#include "i18n.h"
#include "import_impl.h"

/* "Tiêu chí số 3 - Nhà văn hóa: ..." / "Tiêu chí 3: Nhà văn hóa": the
 * criterion's number and name; 0 when the text does not start so. */
static int criterion_item(Ctx *c, const char *s, const char **name)
{
    while (*s == '*' || *s == '_')
        s++;
    const char *t = NULL;
    if (starts_with(s, "Tiêu chí số "))
        t = s + strlen("Tiêu chí số ");
    else if (starts_with(s, "Tiêu chí "))
        t = s + strlen("Tiêu chí ");
    if (!t || !isdigit((unsigned char)*t))
        return 0;
    int code = atoi(t);
    while (isdigit((unsigned char)*t))
        t++;
    while (*t == ' ' || *t == '-' || *t == ':' || *t == '.')
        t++;
    if (starts_with(t, "– "))
        t += strlen("– ");
    size_t len = strcspn(t, ":;.(*");
    while (len && t[len - 1] == ' ')
        len--;
    if (code < 1 || code > 99 || len == 0 || len > 120)
        return 0;
    *name = dup_range(c, t, len);
    return code;
}

static int mentions_village_criteria(const char *title)
{
    Buf up = {0};
    bare_upper(&up, title ? title : "");
    int r = up.len && (str_find(up.data, "TIÊU CHÍ THÔN") || str_find(up.data, "TIÊU CHÍ VỀ THÔN") ||
                       str_find(up.data, "TIÊU CHÍ BẢN") || str_find(up.data, "TIÊU CHÍ THÔN, BẢN"));
    buf_free(&up);
    return r;
}

/* The criteria listed under node (its bullets and points, or paragraphs),
 * in order; at least two, with distinct numbers. */
static int list_criteria(Ctx *c, const INode *node, Buf *y)
{
    int n = 0, seen[100] = {0};
    Buf list = {0};
    for (size_t i = 0; i < node->n_items; i++) {
        const INode *it = node->items[i];
        const char *text = it->title && *it->title ? it->title
                           : it->n_texts ? it->texts[0] : "";
        const char *name;
        int code = criterion_item(c, text, &name);
        if (!code)
            continue;
        if (seen[code])
            return 0;
        seen[code] = 1;
        buf_printf(&list, "      - {code: %d, name: ", code);
        emit_quoted(&list, name);
        buf_puts(&list, "}\n");
        n++;
    }
    if (n >= 2)
        buf_puts(y, list.data);
    buf_free(&list);
    return n >= 2 ? n : 0;
}

static int find_village_list(Ctx *c, const INode *node, Buf *y)
{
    for (size_t i = 0; i < node->n_items; i++) {
        const INode *it = node->items[i];
        if (it->kind == IN_TASK || it->kind == IN_PARA)
            continue;
        if (mentions_village_criteria(it->title)) {
            Buf list = {0};
            if (list_criteria(c, it, &list)) {
                const char *title = it->title;
                while (*title == '*' || *title == '_')
                    title++;
                buf_printf(y, "  # review: %s\n",
                           _("the village criteria the document lists in its text (they "
                             "print from the text as before)"));
                buf_puts(y, "  - id: tieu-chi-thon\n    title: ");
                size_t tl = strlen(title);
                while (tl && (title[tl - 1] == '*' || title[tl - 1] == '_' || title[tl - 1] == ':'))
                    tl--;
                emit_scalar(y, dup_range(c, title, tl));
                buf_puts(y, "\n    criteria:\n");
                buf_puts(y, list.data);
                buf_free(&list);
                return 1;
            }
            buf_free(&list);
        }
        if (find_village_list(c, it, y))
            return 1;
    }
    return 0;
}

int village_catalog(Ctx *c, const INode *root)
{
    Buf y = {0};
    int found = find_village_list(c, root, &y);
    if (found)
        c->plan->catalog_yaml = buf_to_arena(&y, c->arena);
    buf_free(&y);
    return found;
}
