/* import_catalog.c - the criteria catalog import checks its guesses by.
 *
 * A task's "UNIT phụ trách Chỉ tiêu 17.12." line becomes an assignment of
 * indicators, and the plan then imports the catalog khgen ships
 * (qd318-xa-ntm). An indicator that catalog does not have ("17.99", a
 * typing slip, or a province's own code) made the written plan fail its
 * check, which import promises it passes; such a line stays text. The
 * catalog is read once per import, from the built-in templates (the
 * user's --templates are not import's), as a plan's `import:` reads it.
 * The line itself is read here too (imp_assign_para), moved out of
 * import_tasks.c at its 1,200 lines.
 */
#include <ctype.h>
#include <string.h>

#include "catalog.h"
#include "import_impl.h"
#include "load.h"
#include "template.h"

TemplateSet *imp_templates(Ctx *c)
{
    if (!c->templates)
        c->templates = tpl_set_new(c->arena, c->diags, c->templates_dir);
    return c->templates;
}

/* The shipped catalog, read at the first call; NULL when it cannot be. */
static const Catalog *shipped(Ctx *c)
{
    if (c->catalog_read)
        return c->catalog;
    c->catalog_read = 1;
    TemplateSet *set = imp_templates(c);
    size_t len = 0;
    const char *origin = NULL;
    const char *text = set ? tpl_set_text(set, "catalogs/qd318-xa-ntm.yaml", &len, &origin) : NULL;
    if (!text)
        return NULL;
    LoadLimits limits = load_default_limits();
    YNode *root = load_string(c->arena, c->diags, origin ? origin : "qd318-xa-ntm.yaml", text,
                              len, &limits);
    Catalog *cat = arena_alloc(c->arena, sizeof *cat);
    if (!root || catalog_parse(c->arena, c->diags, root, origin, cat) != 0)
        return NULL;
    c->catalog = cat;
    return cat;
}

/* 1 if the catalog accepts indicator code. */
static int known(const Catalog *cat, const char *code)
{
    for (size_t i = 0; i < cat->n_criteria; i++) {
        const Criterion *crit = &cat->criteria[i];
        if (!catalog_code_in(code, crit->code))
            continue;
        if (!crit->n_indicators)
            return 1; /* the catalog lists none: any N.M */
        for (size_t k = 0; k < crit->n_indicators; k++)
            if (strcmp(crit->indicators[k].code, code) == 0)
                return 1;
        return 0;
    }
    return 0;
}

int imp_indicators_known(Ctx *c, const char *const *codes, size_t n)
{
    const Catalog *cat = shipped(c);
    if (!cat)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!known(cat, codes[i]))
            return 0;
    return 1;
}

/* "Công chức Địa chính phụ trách Chỉ tiêu 17.1, 17.4." under "+ Phụ trách
 * tiêu chí:": an assignment of indicators to a unit, added to task's
 * `assign:` (with `text:` when khgen's wording would print it otherwise).
 * Returns 0 when the paragraph is not one. */
/* The first " phụ trách Chỉ tiêu " (or "chỉ tiêu ") in s at or after
 * from, or NULL: one scan for both spellings (a search for each in turn
 * from every one found made a paragraph of one "Chỉ" and many "chỉ"
 * quadratic: 600 KB took 7.7 s, s23review). */
static const char *assign_mark(const char *from)
{
    for (const char *p = from; (p = str_find(p, " phụ trách ")) != NULL; p++) {
        const char *q = p + strlen(" phụ trách ");
        if (starts_with(q, "Chỉ tiêu ") || starts_with(q, "chỉ tiêu "))
            return p;
    }
    return NULL;
}

int imp_assign_para(Ctx *c, INode *task, const char *s)
{
    const char *at = assign_mark(s);
    /* after a task's lead line (the only place it is called), a name that
     * is no unit's by its first word ("Tổ công tác", a unit of the plan's
     * own naming) is one all the same when it starts with a capital:
     * khgen prints a task's lead line and then its assignments so
     * (formats11 roundtrip A4: the paragraph went to the parent bullet) */
    int named = unit_start(s) || isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC3;
    /* the indicators are QĐ 318's, the catalog khgen ships (up to 2025) */
    int catalog = c->plan->uses_catalog || (c->year && c->year <= 2025);
    if (!at || !named || !catalog || at - s > 160)
        return 0;
    /* the whole name, "Công chức Địa chính phụ trách lĩnh vực nông nghiệp"
     * included: the last "phụ trách Chỉ tiêu" ends it */
    for (const char *next; (next = assign_mark(at + 1)) != NULL;)
        at = next;
    if (at - s > 160)
        return 0; /* the last of many: no unit's name (KH115) */
    char *unit = dup_range(c, s, (size_t)(at - s));
    const char *p = at + strlen(" phụ trách Chỉ tiêu ");
    Buf inds = {0}, printed = {0};
    const char *codes[32];
    int n = 0;
    while (isdigit((unsigned char)*p) && n < 32) {
        const char *b = p;
        while (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1])))
            p++;
        codes[n] = dup_range(c, b, (size_t)(p - b));
        buf_printf(&inds, "%s\"%.*s\"", n ? ", " : "", (int)(p - b), b);
        buf_printf(&printed, "%s%.*s", n ? ", " : "", (int)(p - b), b);
        n++;
        /* "17.1, 17.4", and as typed: "17.1,17.4", "17.1 và 17.4" (s26
         * leftover: text); the printed wording differs, kept as `text:` */
        if (starts_with(p, ", ") && isdigit((unsigned char)p[2]))
            p += 2;
        else if (*p == ',' && isdigit((unsigned char)p[1]))
            p += 1;
        else if (starts_with(p, " và ") && isdigit((unsigned char)p[strlen(" và ")]))
            p += strlen(" và ");
    }
    /* codes the catalog has, or the plan written would fail its check */
    int ok = n > 0 && (strcmp(p, "") == 0 || strcmp(p, ".") == 0 || strcmp(p, ";") == 0) &&
             imp_indicators_known(c, codes, (size_t)n);
    if (ok) {
        c->plan->uses_catalog = 1;
        Buf line = {0};
        buf_printf(&line, "{unit: %s, indicators: [%s]", unit_id(c, unit), inds.data);
        /* khgen's wording: "UNIT phụ trách Chỉ tiêu 17.1, 17.4." */
        char *wording = arena_printf(c->arena, "%s phụ trách Chỉ tiêu %s.", unit, printed.data);
        if (strcmp(wording, s) != 0) {
            buf_puts(&line, ", text: ");
            emit_quoted(&line, year_refs(c, plan_text(c, s)));
        }
        buf_puts(&line, "}");
        /* a list, not the lines before copied into each new string: 6,000
         * assignments of one task took 2.4 s and 790 MB (s20attack F10) */
        task->assign_lines = list_add(c, task->assign_lines, &task->n_assign_lines,
                                      buf_to_arena(&line, c->arena));
        buf_free(&line);
    }
    buf_free(&inds);
    buf_free(&printed);
    return ok;
}
