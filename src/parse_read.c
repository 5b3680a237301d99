/* parse_read.c - the parser's typed readers (parse_impl.h): the key check
 * of a mapping, and the readers of texts, numbers, lists of texts, ids,
 * dates and deadlines that every part of parse.c shares.
 *
 * Each reader checks the YAML value's kind and form, reports what is wrong
 * at the value itself (a wrong type KH102, an empty text KH107, a number
 * written two ways KH114, a date that is not one KH300/KH301, a deadline
 * KH302) and returns NULL or -1, so that the caller skips the value and
 * the parse goes on. A YAML null (~) read as a text is the empty text
 * (yread_text). Texts that may hold inline references are recorded as
 * text sites, and ids as uses, for resolve.c. Moved out of parse.c, which
 * keeps the structures of the plan language.
 */
#include "parse_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "basis_form.h"
#include "caps_text.h"
#include "datehint.h"
#include "i18n.h"
#include "load.h"
#include "lookalike.h"
#include "textref.h"

/* ---- what resolve.c binds later ------------------------------------------- */

void add_text_site(Parser *p, const char *text, const YNode *node)
{
    if (p->n_texts == p->cap_texts) {
        p->cap_texts = p->cap_texts ? p->cap_texts * 2 : 256;
        p->texts = xrealloc(p->texts, p->cap_texts * sizeof *p->texts);
    }
    p->texts[p->n_texts++] = (TextSite){text, node, p->current_task, 0};
}

void add_ref(Parser *p, Registry registry, const char **at, const YNode *node)
{
    const char *id = *at;
    if (p->n_refs == p->cap_refs) {
        p->cap_refs = p->cap_refs ? p->cap_refs * 2 : 256;
        p->refs = xrealloc(p->refs, p->cap_refs * sizeof *p->refs);
    }
    p->refs[p->n_refs++] = (IdUse){registry, id, at, node->pos, yread_span(node)};
}

void drop_refs_since(Parser *p, size_t first)
{
    for (size_t i = first; i < p->n_refs; i++)
        p->refs[i].at = NULL;
}

/* 1 if a registry's list cannot be read whole: null (`units: ~`, removed
 * with its KH107), not a list (`units: {a: 1}`, `units: tckh`), or an entry
 * that is not a mapping (`units: [x, y]`, a lost '- ' line): its ids are
 * lost with it, as with a misspelt key. */
static int registry_unreadable(const YNode *list)
{
    if (yread_is_null(list) || list->kind != YNODE_SEQ)
        return 1;
    for (size_t i = 0; i < list->count; i++)
        if (list->items[i]->kind != YNODE_MAP)
            return 1;
    return 0;
}

/* The plan's keys whose value is a mapping of fields, and the set of
 * those fields: fields_at_margin and field_outdented read the same four. */
static const struct {
    const char *key;
    KeySetId set;
} owners[] = {{"header", KEYSET_HEADER}, {"signature", KEYSET_SIGNATURE},
              {"layout", KEYSET_LAYOUT}, {"period", KEYSET_PERIOD}};

/* A key of the plan whose value is a mapping (`header:`, `signature:`,
 * `layout:`, `period:`) left null, with its fields at the left margin
 * below it (the block's indentation lost): the fields became unknown keys
 * of the plan, KH107 and a KH101 each (8 messages for a header,
 * s40types). They are read as its mapping, in a new node, and told once
 * (KH107 at the first), so the plan checks as meant. */
static void fields_at_margin(Parser *p, YNode *root)
{
    for (size_t i = 0; i + 1 < root->count; i++) {
        size_t o = 0, j = i + 1;
        while (o < sizeof owners / sizeof owners[0] && strcmp(root->keys[i]->text, owners[o].key))
            o++;
        if (o == sizeof owners / sizeof owners[0] || !yread_is_null(root->values[i]))
            continue;
        while (j < root->count && keys_find(owners[o].set, root->keys[j]->text) &&
               !keys_find(KEYSET_PLAN, root->keys[j]->text))
            j++;
        if (j == i + 1)
            continue;
        size_t n = j - i - 1;
        YNode *map = arena_alloc(p->arena, sizeof *map);
        *map = *root->keys[i + 1]; /* its position: the first field's */
        map->kind = YNODE_MAP;
        map->keys = arena_alloc(p->arena, 2 * n * sizeof *map->keys);
        map->values = map->keys + n;
        map->count = (uint32_t)n;
        map->len = 0;
        map->key_bits = 0; /* every key compared */
        map->end = root->values[j - 1]->end;
        memcpy(map->keys, root->keys + i + 1, n * sizeof *map->keys);
        memcpy(map->values, root->values + i + 1, n * sizeof *map->values);
        diag_error(p->diags, root->keys[i + 1]->pos, yread_span(root->keys[i + 1]), KH107,
                   "'%s' is empty, and the %zu lines below it are its keys at the left margin: "
                   "indent them under '%s:' (they are read as its own)",
                   owners[o].key, n, owners[o].key);
        root->values[i] = map;
        memmove(root->keys + i + 1, root->keys + j, (root->count - j) * sizeof *root->keys);
        memmove(root->values + i + 1, root->values + j, (root->count - j) * sizeof *root->values);
        root->count -= (uint32_t)n;
        root->key_bits = 0; /* every key compared */
    }
}

/* A key of `header:` (`signature:`, `layout:`, `period:`) moved to the
 * left margin below its block (its indentation lost, the block's last
 * key): it was KH101 "unknown key in the plan" and KH103 "the header has
 * no 'title'", neither saying to indent it (s41msg left). Such keys, ones
 * their block has not and the plan does not take, are read into the block
 * and told once each, at their line. */
/* key without the no-break spaces (and spaces among them) it begins with:
 * a line indented with U+00A0 (pasted from Word) is a key at the margin
 * whose text begins with them (s41slip left-nbsp-unnamed) */
static const char *nbsp_indented(const char *key)
{
    while (*key == ' ' || (key[0] == '\xc2' && key[1] == '\xa0'))
        key += *key == ' ' ? 1 : 2;
    return key;
}

static void field_outdented(Parser *p, YNode *root)
{
    for (size_t i = 0; i + 1 < root->count; i++) {
        size_t o = 0, j = i + 1;
        while (o < sizeof owners / sizeof owners[0] && strcmp(root->keys[i]->text, owners[o].key))
            o++;
        YNode *block = root->values[i];
        if (o == sizeof owners / sizeof owners[0] || block->kind != YNODE_MAP)
            continue;
        const char *name;
        while (j < root->count && (name = nbsp_indented(root->keys[j]->text)) &&
               keys_find(owners[o].set, name) && !keys_find(KEYSET_PLAN, name) &&
               !ynode_get(block, name))
            j++;
        size_t n = j - i - 1, had = block->count + block->len; /* and its reported nulls */
        if (n == 0)
            continue;
        YNode **keys = arena_alloc(p->arena, 2 * (had + n) * sizeof *keys);
        YNode **values = keys + had + n;
        memcpy(keys, block->keys, block->count * sizeof *keys);
        memcpy(values, block->values, block->count * sizeof *values);
        memcpy(keys + block->count, root->keys + i + 1, n * sizeof *keys);
        memcpy(values + block->count, root->values + i + 1, n * sizeof *values);
        memcpy(keys + block->count + n, block->keys + block->count, block->len * sizeof *keys);
        memcpy(values + block->count + n, block->values + block->count,
               block->len * sizeof *values);
        for (size_t k = i + 1; k < j; k++) {
            YNode *key = root->keys[k];
            name = nbsp_indented(key->text);
            if (name != key->text)
                diag_error(p->diags, key->pos, yread_span(key), KH101,
                           "'%s' is a key of '%s:' indented with a no-break space (U+00A0, it "
                           "shows as a space, pasted from Word or a PDF), which YAML reads as "
                           "part of the key: replace it with plain spaces (it is read as a key "
                           "of '%s:')", name, owners[o].key, owners[o].key);
            else
                diag_error(p->diags, key->pos, yread_span(key), KH101,
                           "'%s' is a key of '%s:', written at the left margin below its "
                           "block: indent it as the keys of '%s:' above it are (it is read as "
                           "one of them)", name, owners[o].key, owners[o].key);
            key->text = name;
            key->len = strlen(name);
        }
        block->keys = keys;
        block->values = values;
        block->count += (uint32_t)n;
        block->key_bits = 0; /* every key compared */
        block->end = root->values[j - 1]->end;
        memmove(root->keys + i + 1, root->keys + j, (root->count - j) * sizeof *root->keys);
        memmove(root->values + i + 1, root->values + j, (root->count - j) * sizeof *root->values);
        root->count -= (uint32_t)n;
        root->key_bits = 0;
    }
}

void check_plan_keys(Parser *p, const YNode *root)
{
    fields_at_margin(p, (YNode *)root); /* the loader's tree is the parser's to trim */
    field_outdented(p, (YNode *)root);
    static const struct {
        const char *key;
        Registry registry;
    } lists[] = {{"units", REG_UNIT},
                 {"localities", REG_LOCALITY},
                 {"levels", REG_LEVEL},
                 {"attachments", REG_ATTACHMENT}};
    /* a registry's list of the wrong kind: its one error (KH102, KH107,
     * KH600) is the only one, not each id it defined again as unknown (one
     * `units: [x, y]` in a registry gave 2 KH102 and 21 KH202; s38types) */
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
        const YNode *list = ynode_get(root, lists[k].key);
        if (list && registry_unreadable(list))
            p->plan->registry_lost[lists[k].registry] = 1;
    }
    check_keys(p, root, KEYSET_PLAN, "the plan");
    if (load_values_dropped(root)) /* KH008: what the dropped value held is missing */
        p->plan->values_dropped = 1;
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        if (!ynode_get(root, lists[k].key) &&
            yread_misspelt(root, keys_names(KEYSET_PLAN), lists[k].key))
            p->plan->registry_lost[lists[k].registry] = 1;
    if (!ynode_get(root, "import") && yread_misspelt(root, keys_names(KEYSET_PLAN), "import"))
        p->plan->catalogs_failed = 1;
    /* a lost 'include:' line lost whatever its registries held: units,
     * levels, localities, catalogs ('inclde:' over the district's registry
     * gave its KH101 and 45 KH202/KH204 at each unit and level it named;
     * s38review M3) */
    if (!ynode_get(root, "include") && yread_misspelt(root, keys_names(KEYSET_PLAN), "include")) {
        p->plan->registry_lost[REG_UNIT] = p->plan->registry_lost[REG_LEVEL] = 1;
        p->plan->registry_lost[REG_LOCALITY] = 1;
        p->plan->catalogs_failed = 1;
    }
}

/* ---- typed readers ------------------------------------------------------ */

/* A registry's key found under another key (`units:` moved or indented
 * under `header:` with its block, s38slip): the plan's registry is lost,
 * its ids accepted, so that the KH101 there is the one error, not a KH202
 * at every use of its units; so too an `include:` (its units, localities
 * and levels) and an `import:` (the catalogs). */
static void registry_moved(Parser *p, const YNode *map, KeySetId set)
{
    for (size_t i = 0; i < map->count; i++) {
        const char *key = map->keys[i]->text;
        if (keys_find(set, key) || !keys_find(KEYSET_PLAN, key))
            continue;
        int include = strcmp(key, "include") == 0;
        if (include || strcmp(key, "units") == 0)
            p->plan->registry_lost[REG_UNIT] = 1;
        if (include || strcmp(key, "localities") == 0)
            p->plan->registry_lost[REG_LOCALITY] = 1;
        if (include || strcmp(key, "levels") == 0)
            p->plan->registry_lost[REG_LEVEL] = 1;
        if (strcmp(key, "attachments") == 0)
            p->plan->registry_lost[REG_ATTACHMENT] = 1;
        if (strcmp(key, "import") == 0)
            p->plan->catalogs_failed = 1;
    }
}

/* Reports the keys of map that are not in the key set (keys.def); a value
 * under an unknown key is dropped, so "never used" warnings wait
 * (values_dropped). */
int check_keys(Parser *p, const YNode *map, KeySetId set, const char *what)
{
    KeySetId belongs;
    if (yread_stray_entry(p->diags, map, set, &belongs)) { /* one error for a lost list line */
        p->plan->values_dropped = 1; /* the lost entries' uses: no "never used" */
        if (belongs == KEYSET_UNIT || belongs == KEYSET_LOCALITY || belongs == KEYSET_LEVEL)
            p->plan->registry_lost[belongs == KEYSET_UNIT       ? REG_UNIT
                                   : belongs == KEYSET_LOCALITY ? REG_LOCALITY
                                                                : REG_LEVEL] = 1;
        return -1;
    }
    /* a null where no text goes: reported, and removed before any reader
     * asks (the loader's tree is the parser's to trim) */
    if (yread_null_values(p->diags, (YNode *)map, set, KH107))
        p->plan->values_dropped = 1; /* its uses: no "never used" */
    yread_bool_texts(p->diags, map, set, KH124); /* `number: true`: the word meant? */
    if (yread_check_keys(p->diags, map, keys_names(set), KH101, what)) {
        p->plan->values_dropped = 1;
        if (set != KEYSET_PLAN)
            registry_moved(p, map, set);
    }
    p->keys_map = map;
    p->keys_set = set;
    return 0;
}

/* 1 if key is missing from map because it is misspelt there (reported). */
static int misspelt(Parser *p, const YNode *map, const char *key)
{
    return map == p->keys_map && yread_misspelt(map, keys_names(p->keys_set), key);
}

int wrong_kind(Parser *p, const YNode *node, YNodeKind kind, const char *key)
{
    if (yread_expect_kind(p->diags, node, kind, key, KH102))
        return 1;
    p->plan->values_dropped = 1;
    return 0;
}

void unexpanded_reference(Parser *p, const YNode *node, const char *text, const char *key)
{
    size_t start, end;
    if (!inline_first_ref(text, &start, &end))
        return;
    int span = (int)utf8_count(text + start, end - start);
    diag_warning(p->diags, ynode_pos_at(node, start), span, KH210,
                 "'%s' is printed as written: its '%.*s' is not expanded and would print with "
                 "its braces; write the value itself (or '{{' for a brace)",
                 key, (int)(end - start), text + start);
}

const char *trim_printed(Parser *p, SrcPos pos, int span, const char *key, const char *text)
{
    return yread_trim_printed(p->arena, p->diags, pos, span, key, text);
}

/* The length of the list marker a line of text begins with ("- ", "+ ",
 * "* ", "• ", "1. ", "12) ", "a) ", "đ) "), the blanks after it included;
 * 0 when it begins otherwise or nothing follows the marker. */
static size_t list_marker(const char *line, size_t len)
{
    size_t at = 0;
    if (len >= 2 && strchr("-+*", line[0]))
        at = 1;
    else if (len >= 3 && memcmp(line, "\xE2\x80\xA2", 3) == 0) /* • */
        at = 3;
    else if (len >= 2 && line[0] >= 'a' && line[0] <= 'z' && line[1] == ')')
        at = 2;
    else if (len >= 3 && memcmp(line, "\xC4\x91", 2) == 0 && line[2] == ')') /* đ) */
        at = 3;
    else {
        while (at < len && at < 3 && line[at] >= '0' && line[at] <= '9')
            at++;
        if (at == 0 || at >= len || (line[at] != '.' && line[at] != ')'))
            return 0;
        at++;
    }
    size_t marker = at, sp;
    while (at < len && (sp = vi_space_len(line + at)) > 0) /* "-\u00A0Ý hai" too (vi_words.c) */
        at += sp;
    return at > marker && at < len ? at : 0;
}

/* KH125: a line after the first of a paragraph of prose that begins like a
 * list's item ("- Ý hai", "2. Số hai"): a text's lines are joined by
 * spaces, so a drafter's list typed in `text: |` printed as one run-on
 * paragraph, "- Ý một - Ý hai 1. Số một", in every format, without a
 * word (s27attack L10). Once per text, at that line. Linear in the text. */
static void joined_list(Parser *p, const YNode *node, const char *text, const char *key)
{
    int in_para = 0; /* a line of this paragraph came before */
    for (const char *line = text; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        size_t lead = 0;
        for (size_t sp; lead < len && (sp = vi_space_len(line + lead)) > 0;)
            lead += sp;
        if (lead == len) {
            in_para = 0;
        } else if (in_para && list_marker(line + lead, len - lead)) {
            size_t at = (size_t)(line - text) + lead;
            diag_warning(p->diags, ynode_pos_at(node, at), (int)utf8_count(line + lead, len - lead),
                         KH125, "this line of '%s' begins like an item of a list, but the lines of a "
                         "paragraph are joined by spaces: it would print run on after the line "
                         "above; give each item a paragraph of its own (a blank line between "
                         "them), or write them as items under it (items: [{bullet: ...}])",
                         key);
            return;
        } else {
            in_para = 1;
        }
        if (!nl)
            break;
        line = nl + 1;
    }
}

const char *prose_trimmed(Parser *p, const char *text)
{
    if (!text || yread_is_blank(text))
        return text; /* empty: KH107's */
    size_t len = strlen(text), end = len;
    while (end > 0 && text[end - 1] == '\n') /* a block's line breaks stay */
        end--;
    size_t kept = yread_end_without_blanks(text, 0, end);
    if (kept == end)
        return text;
    Buf b = {0};
    buf_putn(&b, text, kept);
    buf_puts(&b, text + end);
    const char *trimmed = buf_to_arena(&b, p->arena);
    buf_free(&b);
    return trimmed;
}

/* A text value: returns it (owned by the loader's arena) and records it as a
 * text site when it may hold inline references. */
/* A text far longer than its kind holds: a one-line field (a title, a
 * basis's number, a label) over 1,000 characters, a paragraph over 20,000,
 * is a block pasted into it (a 100 KB title built with no word, s38types):
 * KH135, a warning at the value; the text is kept. */
void warn_long_text(Parser *p, const YNode *node, const char *key, const char *text,
                    int is_prose)
{
    int one_line = !(is_prose & TEXT_PROSE) || (is_prose & TEXT_ONE_LINE);
    /* its own words: not the lines joined to it (KH021) or a key's indented
     * into it (KH019), told of at those lines (s47slips) */
    int own = text == node->text; /* not yread_text's "" for '~' */
    const char *join = own ? load_joined_at(node) : NULL;
    size_t limit = one_line ? 1000 : 20000,
           bytes = join ? (size_t)(join - text) : own ? yread_swallowed_cut(node) : strlen(text);
    if (bytes <= limit)
        return;
    size_t chars = utf8_count(text, bytes);
    if (chars <= limit)
        return;
    if (one_line)
        diag_warning(p->diags, node->pos, 1, KH135,
                     "'%s' is %zu characters long, more than the %zu a one-line field holds: "
                     "was a block pasted into it? Keep the field to its words; say the rest in "
                     "the body", key, chars, limit);
    else
        diag_warning(p->diags, node->pos, 1, KH135,
                     "'%s' is %zu characters long, more than the %zu a paragraph holds: was a "
                     "block pasted into it, or pasted twice? Split it into paragraphs",
                     key, chars, limit);
}

void warn_prose(Parser *p, const YNode *node, const char *key, const char *text, int is_prose)
{
    warn_long_text(p, node, key, text, is_prose); /* KH135 */
    if (is_prose == TEXT_PROSE && caps_text_all(text)) /* Caps Lock left on */
        diag_warning(p->diags, node->pos, 1, KH136,
                     "this '%s' is written all in capitals, and the document prints it so, where "
                     "a task, a bullet or a paragraph is written in sentence case (a capital "
                     "begins a sentence, a name and an abbreviation): was Caps Lock left on? Type "
                     "it again in small letters", key);
}

/* 1 if the value of key names entries by id (a unit, a locality, a
 * criterion), never printed as written: a text pasted there ("lead: Tiêu
 * chí số {crit 2}") is an unknown id, that one message, not also KH210 "its
 * '{crit 2}' would print with its braces" (s41msg left 00281). */
static int names_entries(const char *key)
{
    static const char *const keys[] = {"lead", "support", "unit", "localities", "criteria"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0)
            return 1;
    return 0;
}

const char *read_text(Parser *p, const YNode *node, const char *key, int is_prose)
{
    if (!node || !expect_kind(p, node, YNODE_SCALAR, key))
        return NULL;
    const char *text = yread_text(node); /* `~` is an empty text, not "~" */
    warn_prose(p, node, key, text, is_prose); /* KH135, KH136 */
    /* `yes` printed "yes": KH124 wherever a scalar becomes a text (a key's
     * value once, with check_keys' report of the same: one diagnostic) */
    if (!yread_bool_text(p->diags, node, key, KH124))
        yread_number_text(p->diags, node, key); /* `- 7` printed the basis "7." (KH180) */
    if (is_prose & TEXT_PROSE) /* braces undoubled where references are expanded */
        add_text_site(p, text, node); /* as written: its references' positions */
    else if (strpbrk(text, "{}")) { /* "x }}" printed "x }}" (s39types) */
        if (strchr(text, '{') && !names_entries(key) &&
            !((!strcmp(key, "code") || !strcmp(key, "number")) && basis_form_prose(text)))
            unexpanded_reference(p, node, text, key);
        text = textref_literal(p->arena, text); /* "{{" and "}}" print "{", "}" here too */
    }
    if (is_prose == TEXT_PROSE && strchr(text, '\n'))
        joined_list(p, node, text, key); /* KH125 */
    if (is_prose == TEXT_ONE_LINE) /* printed as written: no blanks at its ends (KH122) */
        return trim_printed(p, node->pos, yread_span(node), key, text_one_line(p->arena, text));
    if (is_prose & TEXT_ONE_LINE)
        text = text_one_line(p->arena, text);
    return is_prose & TEXT_PROSE ? prose_trimmed(p, text) : text;
}

const char *get_text(Parser *p, const YNode *map, const char *key, int is_prose)
{
    const YNode *node = ynode_get(map, key);
    return node ? read_text(p, node, key, is_prose) : NULL;
}

const char *require_text(Parser *p, const YNode *map, const char *key,
                                const char *what, int is_prose)
{
    const YNode *node = ynode_get(map, key);
    if (!node) {
        if (!misspelt(p, map, key))
            diag_error(p->diags, map->pos, 1, KH103, "%s has no '%s': add it", _(what), key);
        return NULL;
    }
    const char *text = read_text(p, node, key, is_prose);
    if (text && yread_is_blank(text)) /* a no-break space alone too (s20attack F1) */
        PARSE_ERROR(p, node, KH107, "'%s' of %s is empty: fill it in", key, _(what));
    return text;
}

int assignment_prints(Parser *p, const YNode *item, const Assignment *a)
{
    const YNode *text = ynode_get(item, "text");
    if (text && a->text && yread_is_blank(a->text)) {
        PARSE_ERROR(p, text, KH107, "'text' of an assignment is empty: write the line it "
                    "prints, or delete it to print the unit and its indicators");
        return 0;
    }
    if (text || ynode_get(item, "indicators") || p->plan->values_dropped ||
        misspelt(p, item, "indicators") || misspelt(p, item, "text"))
        return 1; /* a null or misspelt key: its own error */
    diag_error(p->diags, item->pos, 1, KH103, "the assignment of '%s' has neither 'indicators' "
               "nor 'text' (it would print \"... phụ trách Chỉ tiêu .\"): add 'indicators: "
               "[17.1]' or the line as 'text'", a->unit);
    return 0;
}

/* An optional printed text: absent is NULL; blank is KH107 (it would print
 * "Số: /" without its code, no closing after 'closing: #...') and NULL. */
const char *get_printed_text(Parser *p, const YNode *map, const char *key,
                                    const char *what, int is_prose)
{
    const char *text = get_text(p, map, key, is_prose);
    if (text && yread_is_blank(text)) {
        PARSE_ERROR(p, ynode_get(map, key), KH107, "'%s' of %s is empty: fill it in", key, _(what));
        return NULL;
    }
    return text;
}

int read_int(Parser *p, const YNode *node, const char *key, long min, long max, long *out)
{
    if (node->kind != YNODE_SCALAR) { /* "must be a string" of a year misled (s28attack L2) */
        diag_error(p->diags, node->pos, yread_span(node), KH102,
                   "'%s' must be a number, not %s: write one number on the key's line", key,
                   ynode_kind_name(node));
        p->plan->values_dropped = 1;
        return -1;
    }
    if (report_number_base(p, node, key, 0)) /* "02024", "0x7E8": read otherwise elsewhere */
        return -1;
    long value;
    if (node->style == YSTYLE_QUOTED && yread_int_text(node->text, &value) == 0) {
        PARSE_ERROR(p, node, KH108,
                    "'%s' is a number but is written in quotes, which make it text: remove the "
                    "quotes (%s)", key, node->text);
        return -1;
    }
    if (node->style != YSTYLE_PLAIN || yread_int_text(node->text, &value) != 0) {
        /* 9223372036854775807 is a whole number, too long for
         * yread_int_text: the range is what is wrong (attack 8 L3) */
        const char *digits = node->text + (*node->text == '-' || *node->text == '+');
        if (node->style == YSTYLE_PLAIN && *digits && strspn(digits, "0123456789") == strlen(digits))
            PARSE_ERROR(p, node, KH108, "'%s' must be between %ld and %ld, not %s: write a value "
                        "in that range", key, min,
                        max, node->text);
        else
            PARSE_ERROR(p, node, KH108, "'%s' must be a whole number, not '%s': write digits "
                        "only, without dots or commas", key,
                        node->text);
        return -1;
    }
    if (value < min || value > max) {
        PARSE_ERROR(p, node, KH108, "'%s' must be between %ld and %ld, not %ld: write a value in "
                    "that range", key, min, max,
                    value);
        return -1;
    }
    *out = value;
    return 0;
}

/* Reports a YAML value that vi_parse_number reads as VNUM_AMBIGUOUS. The
 * forms suggested are ones that work where the value is written: inside
 * {...} or [...] a comma ends the value ("{dan_so: 10,500}" is KH015), so
 * there the decimal is written with a point and four places ("10.5000");
 * with a range (lo <= hi), a reading outside it is not suggested, and when
 * both are outside, the message says so (s23low 7: "{indent: 1.275}" was
 * told "write 1275 or 1,275", neither of which is allowed there). */
void report_ambiguous_in(Parser *p, const YNode *node, const char *key, double lo, double hi,
                         const char *unit)
{
    const char *dot = strchr(node->text, '.');
    int head = (int)(dot - node->text);
    const char *text = node->text, *tail = dot + 1;
    char *whole = arena_printf(p->arena, "%.*s%s", head, text, tail);
    char *comma = arena_printf(p->arena, "%.*s,%s", head, text, tail);
    int flow = ynode_in_flow(node);
    char *decimal = flow ? arena_printf(p->arena, "%.*s.%s0", head, text, tail) : comma;
    if (lo <= hi) {
        double as_whole = strtod(whole, NULL);
        double as_decimal = strtod(arena_printf(p->arena, "%.*s.%s", head, text, tail), NULL);
        int whole_in = as_whole >= lo && as_whole <= hi;
        int decimal_in = as_decimal >= lo && as_decimal <= hi;
        if (!whole_in && !decimal_in) {
            PARSE_ERROR(p, node, KH112,
                        "'%s' is '%s', which reads %s (thousands dot) or %s (decimal point), "
                        "either way outside %g to %g %s: use a value in that range",
                        key, text, whole, comma, lo, hi, unit);
            return;
        }
        if (whole_in != decimal_in) {
            PARSE_ERROR(p, node, KH114,
                        "'%s' is '%s': %s as khgen prints numbers (thousands dot), %s in English "
                        "notation (decimal point); of the two only %s is in %g to %g %s: "
                        "write %s",
                        key, text, whole, comma, whole_in ? whole : comma, lo, hi, unit,
                        whole_in ? whole : decimal);
            return;
        }
    }
    if (flow)
        PARSE_ERROR(p, node, KH114,
                    "'%s' is '%s': %s as khgen prints numbers (thousands dot), %s in English notation "
                    "(decimal point); write %s, or %s for the decimal (inside {...} or [...] a "
                    "comma ends the value)",
                    key, text, whole, comma, whole, decimal);
    else
        PARSE_ERROR(p, node, KH114,
                    "'%s' is '%s': %.*s%s as khgen prints numbers (thousands dot), %.*s,%s in English "
                    "notation (decimal point); write %.*s%s or %.*s,%s",
                    key, text, head, text, tail, head, text, tail, head, text, tail, head,
                    text, tail);
}

void report_ambiguous(Parser *p, const YNode *node, const char *key)
{
    report_ambiguous_in(p, node, key, 1, 0, "");
}

/* Reports a number with more digits than khgen keeps exactly. */
void report_too_long(Parser *p, const YNode *node, const char *key)
{
    PARSE_ERROR(p, node, KH108,
                "'%s' is '%s': more than %d digits, which khgen cannot keep exactly; write a "
                "smaller number, or put it in quotes if it is text",
                key, node->text, VNUM_MAX_DIGITS);
}

/* A plain value that other YAML readers read otherwise: yread_number_base,
 * the one rule for every YAML number khgen reads; 1 when reported. */
int report_number_base(Parser *p, const YNode *node, const char *key, int text_ok)
{
    return node->kind == YNODE_SCALAR && node->style == YSTYLE_PLAIN &&
           yread_number_base(p->diags, p->arena, node, key, node->text, text_ok);
}

/* A data value that is no number in khgen's grammar but meant as one: too
 * many digits, or a foreign form (vi_looks_numeric): KH108; 1 when
 * reported, 0 for text. */
int report_data_not_number(Parser *p, const YNode *node, const char *key)
{
    if (vi_too_many_digits(node->text)) {
        report_too_long(p, node, key);
        return 1;
    }
    if (!vi_looks_numeric(node->text))
        return 0;
    PARSE_ERROR(p, node, KH108,
                "'%s' is not a number khgen reads: '%s' (write it in decimal digits, e.g. 16 or "
                "1.234,5; in quotes if it is text)", key, node->text);
    return 1;
}

/* A number in a YAML value (criteria counts, layout): vi_parse_number's
 * grammar, "16.9" read as C notation, "10.500" refused as ambiguous. */
int read_number(Parser *p, const YNode *node, const char *key, double *out)
{
    return read_number_in(p, node, key, 1, 0, "", out);
}

int read_number_in(Parser *p, const YNode *node, const char *key, double lo, double hi,
                   const char *unit, double *out)
{
    if (!expect_kind(p, node, YNODE_SCALAR, key) || report_number_base(p, node, key, 0))
        return -1;
    double value = 0;
    int decimals;
    VNumStatus status = node->style == YSTYLE_PLAIN
                            ? vi_parse_number(node->text, &value, &decimals)
                            : VNUM_INVALID;
    if (status == VNUM_AMBIGUOUS) {
        report_ambiguous_in(p, node, key, lo, hi, unit);
        return -1;
    }
    if (status == VNUM_INVALID && node->style == YSTYLE_PLAIN && vi_too_many_digits(node->text)) {
        report_too_long(p, node, key);
        return -1;
    }
    if (status == VNUM_INVALID && node->style == YSTYLE_QUOTED &&
        vi_parse_number(node->text, &value, &decimals) != VNUM_INVALID) {
        PARSE_ERROR(p, node, KH108,
                    "'%s' is a number but is written in quotes, which make it text: remove the "
                    "quotes (%s)", key, node->text);
        return -1;
    }
    if (status == VNUM_INVALID) {
        PARSE_ERROR(p, node, KH108, "'%s' must be a number, not '%s': write digits only (1500 or "
                    "12,5)", key, node->text);
        return -1;
    }
    *out = value;
    return 0;
}

/* A count of criteria: a number (read_number), whole and not negative
 * (17.5 criteria met is a slip, s26attack L3; "-0" is refused as "-1" and
 * "+0" are). On error
 * *out is left as it was and -1 returned. */
int read_count(Parser *p, const YNode *node, const char *key, double *out)
{
    double value;
    if (read_number(p, node, key, &value) != 0)
        return -1;
    if (value < 0 || signbit(value)) { /* "-0" too: a sign no count has, as "+0" (s37slip L4) */
        PARSE_ERROR(p, node, KH108, "'%s' counts criteria and cannot be negative, not '%s'; write "
                    "0 or more", key,
                    node->text);
        return -1;
    }
    if (value != floor(value)) {
        PARSE_ERROR(p, node, KH108, "'%s' counts criteria, a whole number, not '%s'; write %.0f or "
                    "%.0f", key, node->text, floor(value), floor(value) + 1);
        return -1;
    }
    *out = value;
    return 0;
}

/* A list of texts; a single scalar is accepted as a list of one. */
const char **read_text_list(Parser *p, const YNode *node, const char *key, size_t *count,
                                   SrcPos **positions, int is_prose)
{
    *count = 0;
    if (positions)
        *positions = NULL;
    if (!node)
        return NULL;
    if (node->kind == YNODE_SCALAR) {
        /* "issuer:" over "– ỦY BAN": a list item's dash, Word's (a text's
         * paragraphs, prose, may begin with a dash) */
        if (!is_prose && load_dash_for_item(p->diags, node))
            return NULL;
        const char **list = arena_alloc(p->arena, sizeof *list);
        list[0] = read_text(p, node, key, is_prose);
        if (positions) {
            *positions = arena_alloc(p->arena, sizeof **positions);
            (*positions)[0] = node->pos;
        }
        *count = 1;
        return list;
    }
    if (!expect_kind(p, node, YNODE_SEQ, key))
        return NULL;
    const char **list = arena_alloc(p->arena, (node->count + 1) * sizeof *list);
    if (positions)
        *positions = arena_alloc(p->arena, (node->count + 1) * sizeof **positions);
    size_t n = 0;
    for (size_t i = 0; i < node->count; i++) {
        const YNode *item = node->items[i];
        if (item->kind == YNODE_MAP && item->count == 1) {
            PARSE_ERROR(p, item, KH102,
                        "each entry of '%s' is text, not a mapping: quote an entry that holds "
                        "': ' (\"Lưu: VT\")", key);
            continue;
        }
        const char *text = read_text(p, item, key, is_prose);
        if (!text)
            continue;
        if (positions)
            (*positions)[n] = node->items[i]->pos;
        list[n++] = text;
    }
    *count = n;
    return list;
}

const char **read_code_list(Parser *p, const YNode *list, size_t *count, const YNode ***nodes)
{
    SrcPos *pos = NULL;
    const char **codes = read_text_list(p, list, "suppress", count, &pos, 0);
    const YNode **at = arena_alloc(p->arena, (*count + 1) * sizeof *at);
    size_t k = 0; /* the entries kept are in the list's order: one pass */
    for (size_t i = 0; i < *count; i++) {
        while (list->kind == YNODE_SEQ && k < list->count &&
               (list->items[k]->pos.line != pos[i].line || list->items[k]->pos.col != pos[i].col))
            k++;
        at[i] = list->kind == YNODE_SEQ && k < list->count ? list->items[k++] : list;
    }
    *nodes = at;
    return codes;
}

/* A list that must have at least one entry (the issuer's lines, the
 * signature's lines and name, a task's joint leads): read_text_list, and
 * an empty list '[]' is an error (KH107) rather than nothing printed. */
const char **read_nonempty_list(Parser *p, const YNode *node, const char *key,
                                       size_t *count, SrcPos **positions)
{
    if (node && node->kind == YNODE_SEQ && node->count == 0) {
        *count = 0;
        PARSE_ERROR(p, node, KH107, "'%s' is an empty list: write at least one entry", key);
        return NULL;
    }
    return read_text_list(p, node, key, count, positions, 0);
}

/* Lines printed as they are (issuer, signature, recipients): a blank entry,
 * or one of end marks only, would print as an empty bold line or "- ;"
 * (KH107, left out). */
const char **read_printed_list(Parser *p, const YNode *node, const char *key,
                                      size_t *count)
{
    SrcPos *positions = NULL;
    const char **list = read_nonempty_list(p, node, key, count, &positions);
    size_t kept = 0;
    for (size_t i = 0; i < *count; i++) {
        if (list[i] && yread_is_blank_line(list[i])) {
            diag_error(p->diags, positions[i], 1, KH107,
                       "an entry of '%s' is empty: remove it, or write its text", key);
            continue;
        }
        list[kept++] = trim_printed(p, positions[i], 1, key, text_one_line(p->arena, list[i]));
    }
    *count = kept;
    return list;
}

/* An id: ASCII letters, digits, '-', '_' and '.', starting with a letter or
 * digit. */
static int id_is_valid(const char *id)
{
    if (!isalnum((unsigned char)id[0]))
        return 0;
    for (const char *c = id; *c; c++)
        if (!isalnum((unsigned char)*c) && *c != '-' && *c != '_' && *c != '.')
            return 0;
    return 1;
}

const char *read_id(Parser *p, const YNode *map, const char *what)
{
    const YNode *node = ynode_get(map, "id");
    if (!node) {
        if (!misspelt(p, map, "id"))
            diag_error(p->diags, map->pos, 1, KH103, "%s has no 'id': give it one ('id: ...')", _(what));
        return NULL;
    }
    const char *id = read_text(p, node, "id", 0);
    int bytes = 0;
    unsigned cp = 0;
    const char *foreign = id && !id_is_valid(id) ? foreign_letter(id, &bytes, &cp) : NULL;
    if (foreign && lookalike_is_mark(cp)) {
        /* "tckh" and U+0301 after it: an accent, not a letter (s23low 4) */
        PARSE_ERROR(p, node, KH109,
                    "invalid id '%s': it holds U+%04X, a combining mark (an accent typed after "
                    "a letter), which an id cannot hold; delete the mark: use ASCII letters, "
                    "digits, '-', '_' or '.'",
                    id, cp);
        p->plan->values_dropped = 1;
    } else if (foreign) {
        /* "tсkh" with a Cyrillic с reads as valid: name the letter */
        PARSE_ERROR(p, node, KH109,
                    "invalid id '%s': its '%.*s' is U+%04X, a letter of another alphabet that "
                    "prints like a Latin one; use ASCII letters, digits, '-', '_' or '.'",
                    id, bytes, foreign, cp);
        p->plan->values_dropped = 1;
    } else if (id && *id && !isalnum((unsigned char)id[0]) && id_is_valid(id + 1)) {
        /* "-tckh": its characters are allowed, its first is not (s35attack) */
        PARSE_ERROR(p, node, KH109,
                    "invalid id '%s': it begins with '%c'; an id begins with an ASCII letter "
                    "or digit: write '%s'", id, id[0], id + 1);
        return id + 1; /* the id meant: its uses ("tckh") resolve, no KH202 */
    } else if (id && !id_is_valid(id)) {
        PARSE_ERROR(p, node, KH109,
                    "invalid id '%s': use ASCII letters, digits, '-', '_' or '.'", id);
        p->plan->values_dropped = 1; /* its uses may be written otherwise */
    }
    return id; /* kept even when invalid, so its uses do not cascade */
}

const char *read_entry_id(Parser *p, const YNode *map, const char *what, Registry registry)
{
    const char *id = read_id(p, map, what);
    const YNode *node = ynode_get(map, "id");
    Plan *plan = p->plan;
    if ((!id || !id_is_valid(id) || (node && node->kind == YNODE_SCALAR &&
                                     node->style == YSTYLE_PLAIN && yread_bool_word(node->text)))) {
        const YNode *name = ynode_get(map, registry == REG_ATTACHMENT ? "label" : "name");
        plan_note_broken_id(plan, registry, node ? node->pos : map->pos,
                            name && name->kind == YNODE_SCALAR ? name->text : NULL);
        plan->values_dropped = 1; /* 'id: true' is not also "unit 'true' never used" */
    }
    return id;
}

int read_date(Parser *p, const YNode *node, const char *key, VDate *date)
{
    if (!expect_kind(p, node, YNODE_SCALAR, key))
        return -1;
    int rc = parse_date_text(node->text, date);
    char form[32];
    int hint = rc == -1 ? date_hint(node->text, DATEHINT_DATE, form, sizeof form) : 0;
    if (hint == DATEHINT_FORM) /* "15/01/2025": the form to write */
        PARSE_ERROR(p, node, KH301, "'%s' is not a date: '%s' (write %s)", key, node->text, form);
    else if (hint == DATEHINT_NOT_REAL) /* "31/06/2025": the day, and the form to write */
        PARSE_ERROR(p, node, KH300, "'%s' is not a real date: '%s'; check the day and the month, "
                    "and write it year first, as %s", key, node->text, form);
    else if (rc == -1)
        PARSE_ERROR(p, node, KH301, "'%s' is not a date: '%s' (write YYYY-MM-DD, YYYY-MM or YYYY)",
                    key, node->text);
    else if (rc == -2)
        PARSE_ERROR(p, node, KH300, "'%s' is not a real date: '%s'; check the day and the month", key, node->text);
    else if (rc == -3)
        PARSE_ERROR(p, node, KH300, "'%s' is '%s': the year is outside 1900-2999; write the year "
                    "in full (2025)", key,
                    node->text);
    return rc;
}

/* A deadline written as one value; inner when it is the value of a
 * mapping's 'before' or 'in' (no "{before: ...}" to suggest there). */
static void read_due_scalar(Parser *p, const YNode *node, Deadline *due, int inner)
{
    int rc = parse_due_text(node->text, p->plan_year, due);
    const char *join = load_joined_at(node);
    char before[64];
    int line;
    if (rc == -1 && join && (size_t)(join - node->text) < sizeof before) {
        memcpy(before, node->text, (size_t)(join - node->text));
        before[join - node->text] = '\0';
    }
    if (rc == -1 && join && (size_t)(join - node->text) < sizeof before &&
        parse_due_text(before, p->plan_year, due) == 0 &&
        (line = load_joined_withdraw(p->diags, node)) != 0) {
        /* "ongoing" over "- >- Phối hợp ...", its 'text:' line lost: one
         * error, this one, not also KH021 at the joined line (s45slip); a
         * deadline wrong before the join is told as any (KH302) */
        PARSE_ERROR(p, node, KH302, "this deadline, '%.*s', has the lines under it joined to it "
                    "(from line %d, which begins with '- '): YAML reads the lines indented further "
                    "under a value written without quotes as more of it; was the key line between "
                    "them ('text:') lost? Restore it, or unindent those lines",
                    (int)(join - node->text), node->text, line);
        return;
    }
    char form[48];
    int hint = rc == -1 ? date_hint(node->text, DATEHINT_DUE, form, sizeof form) : 0;
    if (hint == DATEHINT_FORM && inner && form[0] == '{')
        hint = 0;
    if (hint == DATEHINT_FORM) /* "30/06/2025", "Quý II/2025": the form to write */
        PARSE_ERROR(p, node, KH302, "'%s' is not a deadline: write %s", node->text, form);
    else if (hint == DATEHINT_NOT_REAL) /* "31/06/2025": the day, and the form to write */
        PARSE_ERROR(p, node, KH300, "'%s' is not a real date: check the day and the month, and "
                    "write it year first, as %s", node->text, form);
    else if (rc == -1)
        PARSE_ERROR(p, node, KH302,
                    "'%s' is not a deadline (write a date YYYY-MM-DD, a month YYYY-MM, a quarter "
                    "YYYY-Q1..Q4, a half YYYY-H1/H2, a year YYYY, or ongoing)",
                    node->text);
    else if (rc == -2)
        PARSE_ERROR(p, node, KH300, "'%s' is not a real date: check the day and the month", node->text);
    else if (rc == -3)
        PARSE_ERROR(p, node, KH300, "'%s' is not a deadline of a plan: the year is outside "
                    "1900-2999; write the year in full (2025)", node->text);
    due->pos = node->pos;
}

void read_due(Parser *p, const YNode *node, Deadline *due)
{
    memset(due, 0, sizeof *due);
    due->pos = node->pos;
    if (node->kind == YNODE_SCALAR) {
        read_due_scalar(p, node, due, 0);
        return;
    }
    if (node->kind != YNODE_MAP) { /* "must be a mapping" said not what due takes (s31attack) */
        PARSE_ERROR(p, node, KH102, "'due' is one deadline, not a list: write a date "
                    "YYYY-MM-DD, a month YYYY-MM, a quarter YYYY-Q1..Q4, a half YYYY-H1/H2, a year "
                    "YYYY or ongoing, or a mapping {before: ...} or {in: ...} (with its text:); a "
                    "task of two deadlines is two tasks");
        return;
    }
    check_keys(p, node, KEYSET_DEADLINE, "a deadline");
    const YNode *before = ynode_get(node, "before");
    const YNode *in = ynode_get(node, "in");
    size_t first_site = p->n_texts;
    const char *text = get_printed_text(p, node, "text", "a deadline", /* "" is KH107 */
                                        TEXT_PROSE | TEXT_ONE_LINE);
    const char *prefix = get_printed_text(p, node, "prefix", "a deadline",
                                          TEXT_PROSE | TEXT_ONE_LINE);
    for (size_t i = first_site; i < p->n_texts; i++) /* '{due}' there is KH216 */
        p->texts[i].in_due = 1;
    if (before && in)
        PARSE_ERROR(p, in, KH302, "a deadline has either 'before' or 'in', not both: keep one of "
                    "the two");
    const YNode *when = before ? before : in;
    if (when) {
        if (expect_kind(p, when, YNODE_SCALAR, before ? "before" : "in"))
            read_due_scalar(p, when, due, 1);
        due->before = before != NULL;
        if (due->before && due->kind == DUE_ONGOING)
            PARSE_ERROR(p, before, KH302, "'before: ongoing' means nothing; write 'ongoing'");
    } else if (text || ynode_get(node, "text")) { /* an empty one is reported */
        due->kind = DUE_TEXT;
    } else if (!misspelt(p, node, NULL)) {
        diag_error(p->diags, node->pos, 1, KH302, "a deadline needs 'before', 'in' or 'text': add "
                   "one of them");
    }
    due->text = text;
    due->prefix = prefix;
    due->pos = node->pos;
}
