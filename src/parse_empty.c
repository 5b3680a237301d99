/* parse_empty.c - the parser's rules for a body entry, a heading or a body
 * left empty (parse_impl.h): a paragraph emptied from a task's text list,
 * an entry whose kind has an empty value and nothing to print, a section
 * or part with nothing under it or an 'items' list left empty, a finished
 * plan whose body is empty, a file with no key at all (empty, or only
 * comments), a file that is no plan but a shared registry or a criteria
 * catalog. Each reports at the empty value (KH107,
 * KH116, KH164); a heading, a list or a body left empty has lost the
 * entries that used the plan's units and localities, so it also marks
 * the plan's values dropped (no "never used", KH250-KH253). Moved out of parse.c, which keeps the structures of
 * the plan language.
 */
#include "parse_impl.h"

#include <string.h>

#include "blankmeant.h"
#include "load.h"

/* An emptied paragraph of a task's text list ('- ~', '- ""') vanished from
 * the task without a word (the one-line slips sweep, s17slip): KH107 at
 * the entry. */
void check_empty_paras(Parser *p, const BodyNode *out)
{
    for (size_t i = 0; out->paras && i < out->n_paras; i++)
        if (out->paras[i] && yread_is_blank(out->paras[i]))
            diag_error(p->diags, out->paras_pos[i], 1, KH107,
                       "an entry of '%s' is empty: remove it, or write its text", "text");
}

/* A body entry whose kind has an empty value (`- para:`, `- section: ""`,
 * `- task: ~`) and nothing else to print (no text, no items, no
 * assignment) would print nothing, or a bare number ("**I.**", "a)"): one
 * line deleted from under it, or its text cut, and the document silently
 * lost it. KH107 at the value, unless a key of node (the entry's
 * mapping) is a misspelt 'text' or 'items' (KH101 says so at its line).
 * An empty title with items still lends its number to its first child
 * (README); an empty bullet has none to lend, so with items it is KH107 too. */
void check_empty_entry(Parser *p, const YNode *node, const BodyNode *out,
                              const YNode *kind_key, const YNode *kind_value)
{
    /* a bullet has no number to lend: empty above its items it is a bare
     * "- " line */
    if (out->kind == NODE_TABLE) { /* `table:` cut: KH165 (`table: ""` has none) */
        blank_meant_check(p->diags, kind_value, BLANK_CAPTION, "table");
        return;
    }
    if (kind_value->kind != YNODE_SCALAR ||
        (out->title && !yread_is_blank(out->title)))
        return;
    if ((out->n_items && out->kind != NODE_BULLET) || out->n_paras ||
        (out->text && !yread_is_blank(out->text)) || (out->task && out->task->n_assign)) {
        /* `task:` cut to nothing above its text: KH165 (blankmeant.c), the
         * one message (not also KH117's bare number) */
        ((BodyNode *)out)->title_cut =
            blank_meant_check(p->diags, kind_value, BLANK_TITLE, kind_key->text);
        return;
    }
    /* 'txet: >-' misspelt is KH101 at its line, not also "empty" above it
     * (asked only of an entry found empty: the search for what a key
     * meant is a hint's cost, 1.7 G instructions over 40,000 tables) */
    const char *const *keys = keys_names(out->kind == NODE_TASK ? KEYSET_TASK : KEYSET_ENTRY);
    if (yread_misspelt(node, keys, "text") || yread_misspelt(node, keys, "items"))
        return;
    /* its items written but none read: a mapping (its '- task:' line
     * deleted, KH102) or entries each refused ('- tsk:', KH105) said at
     * their line, not also "empty" above them (s45slip); a bullet's empty
     * text is a mistake of its own */
    const YNode *items = ynode_get(node, "items");
    if (out->kind != NODE_BULLET && items &&
        (items->kind == YNODE_MAP || (items->kind == YNODE_SEQ && items->count)))
        return;
    const YNode *text = ynode_get(node, "text"); /* "task: ''" over "text: >-" (s47slips) */
    for (size_t i = 1; i < node->count; i++)
        if ((node->values[i - 1] == kind_value || node->values[i - 1] == text) &&
            yread_block_outdented(node, i))
            return; /* its text outdented: KH101 at that line */
    if (out->n_items)
        PARSE_ERROR(p, kind_value, KH107,
                    "'%s' is empty: above its items it would print a bare bullet mark ('-', '+'); write its "
                    "text, or move its items up in its place", kind_key->text);
    else
        PARSE_ERROR(p, kind_value, KH107,
                    "'%s' is empty and has no 'text' or 'items': it would print nothing, or a "
                    "bare number; write its text, or delete the entry",
                    kind_key->text);
    p->plan->values_dropped = 1; /* what its text named: no "never used" (KH253) */
}

/* A section or part with a title and nothing under it (no 'items', no
 * 'text') prints a lone bold heading, and takes its number from the
 * sections after it: almost always its line written twice, or its entries
 * deleted (mutation sweep s6, M1). A warning at the kind key (KH116). */
void warn_empty_heading(Parser *p, const YNode *item, const BodyNode *child)
{
    if ((child->kind != NODE_SECTION && child->kind != NODE_PART) || item->kind != YNODE_MAP ||
        !child->title || yread_is_blank(child->title) || ynode_get(item, "items") ||
        ynode_get(item, "text"))
        return;
    p->plan->values_dropped = 1; /* its entries' uses are lost: no "never used" */
    const char *const *keys = keys_names(KEYSET_ENTRY);
    if (yread_misspelt(item, keys, "items") || yread_misspelt(item, keys, "text"))
        return; /* 'itms:' is KH101 at its line, not also "nothing under it" (s46attack) */
    const char *kind = child->kind == NODE_SECTION ? "section" : "part";
    diag_warning(p->diags, child->pos, (int)strlen(kind), KH116,
                 "this '%s' has nothing under it (no 'items', no 'text'): is its line written "
                 "twice, or were its entries deleted? Write its content, or delete it",
                 kind);
    /* its line pasted twice, the copy right under it with the entries: the
     * loader's KH128 for that copy becomes a note of this warning */
    SrcPos next = child->pos;
    next.line++;
    load_pasted_said(p->diags, next);
}

void warn_no_body(Parser *p, const YNode *root)
{
    p->plan->values_dropped = 1; /* what used the units is missing: no "never used" */
    if (!yread_misspelt(root, keys_names(KEYSET_PLAN), "body")) /* 'bdoy:' is KH101 */
        diag_error(p->diags, root->pos, 1, KH103, "the plan has no 'body': add 'body:' with its "
                   "entries");
}

void warn_empty_items(Parser *p, const YNode *node, const char *key)
{
    if (node->kind != YNODE_SEQ || node->count != 0)
        return;
    p->plan->values_dropped = 1; /* the entries' uses are lost: no "never used" */
    if (strcmp(key, "items") == 0) /* an empty body is warn_empty_body's */
        diag_warning(p->diags, node->pos, 2, KH116,
                     "'items' is an empty list: its heading would print with nothing under "
                     "it; were its entries deleted? Write them, or delete 'items: []'");
}

/* A finished plan (its closing written: KH160) whose body is `[]` printed
 * "... như sau:" and then the closing, without a word (s16attack L3). */
void warn_empty_body(DiagSink *diags, const YNode *root, const Plan *plan)
{
    const YNode *body = ynode_get(root, "body");
    if (body && body->kind == YNODE_SEQ && body->count == 0 && plan->closing)
        diag_warning(diags, body->pos, 1, KH164,
                     "the body is empty, but the plan has its closing: the document prints the "
                     "opening and then the closing with nothing between; write the plan's "
                     "sections under 'body:', or leave 'closing' out while it is a draft");
}

void mark_empty_registries(Parser *p, const YNode *root)
{
    static const char *const keys[] = {"units", "localities", "levels", "attachments"};
    Plan *plan = p->plan;
    size_t counts[] = {plan->n_units, plan->n_localities, plan->n_levels, plan->n_attachments};
    const YNode *include = ynode_get(root, "include");
    for (int r = REG_UNIT; r <= REG_ATTACHMENT; r++) {
        if (counts[r] || plan->registry_lost[r])
            continue;
        const YNode *at = ynode_get(root, keys[r]);
        if (!at && r != REG_ATTACHMENT && include) /* what an include should have brought */
            at = include;
        plan->registry_empty[r] = at ? 1 : 2; /* no list at all: told at its first use */
        plan->registry_at[r] = at ? at->pos : root->pos;
    }
    const YNode *import = ynode_get(root, "import"); /* `import: []`: its uses told there */
    if (import && import->kind == YNODE_SEQ && import->count == 0 && !plan->n_catalogs)
        plan->import_at = import->pos;
}

void report_empty_file(DiagSink *diags, const YNode *root)
{
    if (load_file_only_comments(root->pos)) /* not "empty" to who sees its lines (s39slip) */
        diag_error(diags, root->pos, 1, KH103,
                   "the file holds only comments (lines that begin with '#'), which YAML "
                   "does not read: no plan is in it; remove the '#' before the plan's lines "
                   "if they were commented out, or write a plan, which starts with 'khgen: "
                   "1', then 'header:' and 'body:' (khgen init NAME writes a skeleton)");
    else
        diag_error(diags, root->pos, 1, KH103,
                   "the file is empty: write a plan, which starts with 'khgen: 1', then "
                   "'header:' and 'body:' (khgen init NAME writes a skeleton)");
}

/* Whether a plan's mapping holds only the keys of a shared registry
 * (units, levels, localities, import, include): a registry given where a
 * plan is expected (`khgen build *.yaml` in a directory that keeps one
 * beside its plans), which was told to add 'khgen: 1', a header and a
 * body, and that each of its entries is unused (session 16's user, F6). */
static int registry_only(const YNode *root)
{
    for (size_t i = 0; i < root->count; i++)
        if (!keys_find(KEYSET_INCLUDE, root->keys[i]->text))
            return 0;
    return 1;
}

/* Whether a plan's mapping holds a criteria catalog's 'criteria' and no
 * key but a catalog's (id, title, basis, partial): a province's catalog
 * given where a plan is expected (a check of every .yaml of a repository, a CI over
 * `git ls-files '*.yaml'`, git's driver), which was six errors, "unknown
 * key 'id' in the plan", no version, no header, no body (s49it F2). */
static int catalog_only(const YNode *root)
{
    if (!ynode_get(root, "criteria"))
        return 0;
    for (size_t i = 0; i < root->count; i++)
        if (!keys_find(KEYSET_CATALOG, root->keys[i]->text))
            return 0;
    return 1;
}

int report_not_plan(DiagSink *diags, const YNode *root)
{
    if (catalog_only(root)) {
        diag_error(diags, root->pos, 1, KH103,
                   "this file holds a criteria catalog's keys (id, title, criteria): it is a "
                   "catalog, which plans name in 'import:', not a plan ('khgen: 1', 'header:', "
                   "'body:'); give khgen the plans, and keep catalogs in a directory of their "
                   "own so that plans/*.yaml names plans only");
        return 1;
    }
    if (registry_only(root)) {
        diag_error(diags, root->pos, 1, KH103,
                   "this file holds only a shared registry's keys (units, levels, localities, "
                   "import, include): it is a registry, which plans name in 'include:', not a "
                   "plan ('khgen: 1', 'header:', 'body:'); give khgen the plans, and keep "
                   "registries in a directory of their own so that plans/*.yaml names plans only");
        return 1;
    }
    return 0;
}
