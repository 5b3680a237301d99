/* import_catalog.c - the criteria catalog import checks its guesses by.
 *
 * A task's "UNIT phụ trách Chỉ tiêu 17.12." line becomes an assignment of
 * indicators, and the plan then imports the catalog khgen ships
 * (qd318-xa-ntm). An indicator that catalog does not have ("17.99", a
 * typing slip, or a province's own code) made the written plan fail its
 * check, which import promises it passes; such a line stays text. The
 * catalog is read once per import, from the built-in templates (the
 * user's --templates are not import's), as a plan's `import:` reads it.
 */
#include <string.h>

#include "catalog.h"
#include "import_impl.h"
#include "load.h"
#include "template.h"

/* The shipped catalog, read at the first call; NULL when it cannot be. */
static const Catalog *shipped(Ctx *c)
{
    if (c->catalog_read)
        return c->catalog;
    c->catalog_read = 1;
    TemplateSet *set = tpl_set_new(c->arena, c->diags, NULL);
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
