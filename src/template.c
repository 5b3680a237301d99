/* template.c - the Mustache-dialect template engine and the template set.
 *
 * A template is parsed into a small tree (text, value, section, inverted
 * section, partial) and then rendered against a TValue context; rendering
 * appends to the caller's Buf and, on failure, takes back everything it
 * appended. Parsing follows the Mustache spec where the dialect overlaps it:
 * a line holding nothing but one section, inverted, close, partial or
 * comment tag and blanks is removed whole (a standalone partial indents
 * every line of its template by the blanks before the tag); lookups walk
 * outwards through the enclosing sections, and a dotted name looks its first
 * part up that way and the rest inside what it found. Set-delimiter tags
 * ({{=..=}}) and lambdas are not part of the dialect.
 *
 * Escaping. TPL_ESCAPE_HTML writes & < > " ' as entities. TPL_ESCAPE_MARKDOWN
 * puts a backslash before \ ` * _ [ ] < > anywhere in the value, and before
 * '#', '-', '+', '=', '~' and the '.' or ')' after a number when it is the
 * first character of the value (its leading blanks are dropped), so a value
 * can neither open emphasis, code, a link, an HTML tag, a heading, a list, a
 * rule or a fence, wherever the template places it ("- {{.}}", "*{{x}}*"); blanks run inside a
 * line ("Số:      /KH-UBND") become no-break spaces, which a renderer keeps; a run of line
 * breaks is one space. TPL_ESCAPE_NONE copies the value. Only string values print; booleans,
 * lists and maps interpolate as nothing (and warn, KH809).
 *
 * The set resolves names ("plan.md", "parts/x.md") in the user's directory
 * first, then in the built-in copy of templates/ (embedded_templates), reads
 * each file once, normalises it to NFC, and keeps each parsed template.
 * Wording (wording.yaml: the built-in table, then the user's, key by key) is
 * template_wording.c's; it parses and renders its phrases with this engine
 * (template_impl.h).
 *
 * Diagnostics (what each is: codes.def): KH801-KH807, KH809, KH810, KH812 and KH813 at the
 * template's line:col, a warning once per name and template; KH811 with template_names.c.
 */
#include "template.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caps.h"
#include "i18n.h"
#include "load.h"
#include "template_impl.h"
#include "vi.h"

enum {
    MAX_PARTIAL_DEPTH = 32,          /* KH805 beyond this */
    MAX_SECTION_DEPTH = 100,         /* sections inside one template */
    MAX_RENDER_STEPS = 250 * 1000, MAX_RENDER_MIB = OUTPUT_CAP_MIB(64), /* KH807: one render (caps.h) */
    STEPS_PER_VALUE = 64 /* more steps for each value rendered against */
};

/* ---- the set ------------------------------------------------------------ */

/* The set lives in the arena; diags must outlive it. user_dir is copied. */
TemplateSet *tpl_set_new(Arena *arena, DiagSink *diags, const char *user_dir)
{
    TemplateSet *set = arena_alloc(arena, sizeof *set);
    set->arena = arena;
    set->diags = diags;
    if (user_dir && user_dir[0]) {
        size_t n = strlen(user_dir);
        while (n > 1 && user_dir[n - 1] == '/')
            n--;
        set->user_dir = arena_strndup(arena, user_dir, n);
    }
    return set;
}

struct WordingMemo **tpl_set_memo(TemplateSet *set, Arena **arena)
{
    *arena = set->arena;
    return &set->memo;
}

/* ---- diagnostics -------------------------------------------------------- */

static SrcPos source_pos(TplSource *source, size_t offset)
{
    if (source->scalar)
        return ynode_pos_at(source->scalar, offset);
    if (offset > source->len)
        offset = source->len;
    SrcPos pos = {source->origin, 1, 1};
    size_t from = 0, line_start = 0;
    int on = source->at_line && source->at_offset <= offset;
    if (on) {
        from = source->at_offset;
        pos.line = source->at_line;
        line_start = source->at_line_start;
    }
    for (size_t i = from; i < offset; i++) {
        if (source->text[i] == '\n') {
            pos.line++;
            line_start = i + 1;
        }
    }
    if (on && line_start == source->at_line_start) /* the same line: count on */
        pos.col = source->at_col +
                  (int)utf8_count(source->text + source->at_offset, offset - source->at_offset);
    else
        pos.col = 1 + (int)utf8_count(source->text + line_start, offset - line_start);
    source->at_offset = offset;
    source->at_line_start = line_start;
    source->at_line = pos.line;
    source->at_col = pos.col;
    return pos;
}

/* Makes sure the sink can print the template's lines under a caret. Loose
 * text may be the caller's temporary, so it is copied first. */
static void register_source(TemplateSet *set, TplSource *source)
{
    if (source->registered || source->scalar || !set->diags)
        return;
    if (!source->name)
        source->text = arena_strndup(set->arena, source->text, source->len);
    diag_add_source(set->diags, source->origin, source->text, source->len);
    source->registered = 1;
}

/* Reports at the template position of byte `offset`; source NULL reports
 * without a position. */
void tpl_report(TemplateSet *set, DiagLevel level, TplSource *source, size_t offset, int span,
                DiagId code, const char *fmt, ...)
{
    if (!set->diags)
        return;
    SrcPos pos = {NULL, 0, 0};
    if (source) {
        register_source(set, source);
        pos = source_pos(source, offset);
    }
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(set->diags, level, pos, span, code, fmt, ap);
    va_end(ap);
}

/* 1 the first time (where, name) is seen, 0 after; the key kept only when
 * new (tpl_map_find: each asking left one, s31review) */
int tpl_first_report(TemplateSet *set, const char *where, const char *name)
{
    const char *key = NULL; /* "-" for no template, "+" before a template's name */
    if (tpl_map_find(set->arena, &set->reported, where ? "+" : "-", where ? where : "", name,
                     &key))
        return 0;
    tpl_map_put(set->arena, &set->reported, key, set);
    return 1;
}

/* ---- files -------------------------------------------------------------- */

static FileEntry *find_file(TemplateSet *set, const char *name)
{
    FileEntry *seen = tpl_map_get(&set->files, name);
    if (seen)
        return seen;

    FileEntry *f = arena_alloc(set->arena, sizeof *f);
    f->name = arena_strdup(set->arena, name);
    tpl_map_put(set->arena, &set->files, f->name, f);
    if (!tpl_name_is_safe(name))
        return f;

    if (set->user_dir) {
        char *path = arena_printf(set->arena, "%s/%s", set->user_dir, name);
        size_t len = 0;
        errno = 0;
        char *data = tpl_read_in_dir(path, set->user_dir, MAX_TEMPLATE_BYTES, &len);
        if (data) {
            Buf normal = {0};
            vi_put_nfc(&normal, data, len);
            f->len = normal.len;
            f->text = buf_to_arena(&normal, set->arena);
            f->origin = path;
            buf_free(&normal);
            free(data);
            return f;
        }
        if (errno != ENOENT && errno != ENOTDIR) {
            /* the user meant this file: do not quietly use the built-in one */
            f->read_errno = errno ? errno : EIO;
            f->origin = path;
            return f;
        }
    }
    for (size_t i = 0; i < embedded_templates_count; i++) {
        if (strcmp(embedded_templates[i].name, name) == 0) {
            f->text = embedded_templates[i].data;
            f->len = embedded_templates[i].len;
            f->origin = arena_printf(set->arena, "templates/%s", name);
            return f;
        }
    }
    return f;
}

/* Text of `name`, the user's copy first; NULL if there is none or the
 * user's copy cannot be read. Text and origin are owned by the set's arena
 * (or static); both stay valid as long as the arena. */
const char *tpl_set_text(TemplateSet *set, const char *name, size_t *len, const char **origin)
{
    if (!name)
        return NULL;
    FileEntry *f = find_file(set, name);
    if (!f->text)
        return NULL;
    if (len)
        *len = f->len;
    if (origin)
        *origin = f->origin;
    return f->text;
}

int tpl_set_read_errno(TemplateSet *set, const char *name, const char **origin)
{
    FileEntry *f = find_file(set, name);
    if (f->read_errno && origin)
        *origin = f->origin;
    return f->read_errno;
}

/* ---- parsing ------------------------------------------------------------ */

typedef enum {
    TOK_TEXT, TOK_VALUE, TOK_RAW_VALUE, TOK_SECTION, TOK_INVERTED, TOK_CLOSE,
    TOK_PARTIAL, TOK_COMMENT
} TokenKind;

typedef struct Token {
    TokenKind kind;
    size_t start, end;       /* bytes of the text or of the whole tag */
    size_t name_start, name_len;
    size_t indent_start, indent_len; /* standalone partial */
} Token;

typedef struct Tokens {
    Token *items;
    size_t count, cap;
} Tokens;

static void tokens_push(Tokens *tokens, Token token)
{
    if (tokens->count == tokens->cap) {
        tokens->cap = tokens->cap ? tokens->cap * 2 : 32;
        tokens->items = xrealloc(tokens->items, tokens->cap * sizeof *tokens->items);
    }
    tokens->items[tokens->count++] = token;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static int is_space(char c)
{
    return is_blank(c) || c == '\n' || c == '\r';
}

/* Letters, digits, '_', '-', '.', any non-ASCII byte (UTF-8 letters), and
 * '/' for partial names. */
static int is_name_char(char c, int allow_slash)
{
    unsigned char u = (unsigned char)c;
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return c == '_' || c == '-' || c == '.' || (allow_slash && c == '/');
}

/* Characters in text[start..end), for carets (2 for a tag over lines). */
static int span_of(const char *text, size_t start, size_t end)
{
    if (memchr(text + start, '\n', end - start))
        return 2;
    return (int)utf8_count(text + start, end - start);
}

static const char *find_pair(const char *text, size_t from, size_t len, char c)
{
    for (size_t i = from; i + 1 < len; i++)
        if (text[i] == c && text[i + 1] == c)
            return text + i;
    return NULL;
}

/* Reads the tag at text[at] ("{{" there) into *token. Returns 0 after
 * reporting KH803. */
static int read_tag(TemplateSet *set, TplSource *source, size_t at, Token *token)
{
    const char *text = source->text;
    size_t len = source->len;
    int triple = at + 2 < len && text[at + 2] == '{';
    const char *close = find_pair(text, at + (triple ? 3 : 2), len, '}');
    if (!close) {
        tpl_report(set, DIAG_ERROR, source, at, triple ? 3 : 2, KH803, "unclosed tag '%s': no '%s' "
               "follows: close it", triple ? "{{{" : "{{", triple ? "}}}" : "}}");
        return 0;
    }
    size_t content_start = at + (triple ? 3 : 2);
    size_t content_end = (size_t)(close - text);
    size_t tag_end = content_end + 2;
    if (triple) {
        if (tag_end >= len || text[tag_end] != '}') {
            tpl_report(set, DIAG_ERROR, source, at, span_of(text, at, tag_end), KH803, "tag '{{{' is "
                   "closed by '}}' instead of '}}}': add the third '}'");
            return 0;
        }
        tag_end++;
    }
    memset(token, 0, sizeof *token);
    token->start = at;
    token->end = tag_end;
    int span = span_of(text, at, tag_end);

    size_t p = content_start;
    while (p < content_end && is_space(text[p]))
        p++;
    if (triple) {
        token->kind = TOK_RAW_VALUE;
    } else if (p < content_end && text[p] == '!') {
        token->kind = TOK_COMMENT;
        return 1;
    } else if (p >= content_end) {
        tpl_report(set, DIAG_ERROR, source, at, span, KH803, "empty tag '%.*s': write a name in it, "
               "or delete it", (int)(tag_end - at), text + at);
        return 0;
    } else {
        char sigil = text[p];
        switch (sigil) {
        case '#': token->kind = TOK_SECTION; p++; break;
        case '^': token->kind = TOK_INVERTED; p++; break;
        case '/': token->kind = TOK_CLOSE; p++; break;
        case '>': token->kind = TOK_PARTIAL; p++; break;
        case '&': token->kind = TOK_RAW_VALUE; p++; break;
        default:
            if (is_name_char(sigil, 0)) {
                token->kind = TOK_VALUE;
            } else if (sigil == '=') {
                tpl_report(set, DIAG_ERROR, source, at, span, KH803, "set-delimiter tags '{{=...=}}' "
                       "are not supported: write the tags with '{{' and '}}'");
                return 0;
            } else {
                tpl_report(set, DIAG_ERROR, source, at, span, KH803, "unknown tag kind '%c' in "
                       "'%.*s': use one of # ^ / > ! & { or a name", sigil, (int)(tag_end - at),
                       text + at);
                return 0;
            }
        }
        while (p < content_end && is_space(text[p]))
            p++;
    }
    size_t name_end = content_end;
    while (name_end > p && is_space(text[name_end - 1]))
        name_end--;
    if (find_pair(text, content_start, content_end, '{')) {
        tpl_report(set, DIAG_ERROR, source, at, 2, KH803, "unclosed tag '{{' before the next '{{': "
               "close it with '}}'");
        return 0;
    }
    if (name_end == p) {
        tpl_report(set, DIAG_ERROR, source, at, span, KH803, "tag '%.*s' has no name: write one, or "
               "delete the tag", (int)(tag_end - at), text + at);
        return 0;
    }
    for (size_t i = p; i < name_end; i++) {
        if (!is_name_char(text[i], token->kind == TOK_PARTIAL)) {
            tpl_report(set, DIAG_ERROR, source, at, span, KH803, "invalid name '%.*s' (letters, "
                   "digits, '_', '-' and '.' only): rename it", (int)(name_end - p), text + p);
            return 0;
        }
    }
    token->name_start = p;
    token->name_len = name_end - p;
    return 1;
}

/* Splits the text into text and tag tokens. Returns 0 after reporting. */
static int tokenize(TemplateSet *set, TplSource *source, Tokens *tokens)
{
    const char *text = source->text;
    size_t len = source->len;
    size_t at = 0;
    while (at < len) {
        const char *open = find_pair(text, at, len, '{');
        size_t tag_at = open ? (size_t)(open - text) : len;
        if (tag_at > at) {
            Token token = {TOK_TEXT, at, tag_at, 0, 0, 0, 0};
            tokens_push(tokens, token);
        }
        if (!open)
            break;
        Token tag;
        if (!read_tag(set, source, tag_at, &tag))
            return 0;
        tokens_push(tokens, tag);
        at = tag.end;
        if (tag.kind != TOK_COMMENT && at < len && text[at] == '}') /* "{{title}}}" (s17attack L6) */
            tpl_report(set, DIAG_WARNING, source, at, 1, KH810, "a '}' after the tag '%.*s' is printed as "
                   "text: remove it, or put {{! }} between if it is meant", (int)(at - tag_at), text + tag_at);
    }
    return 1;
}

static int may_stand_alone(TokenKind kind)
{
    return kind == TOK_SECTION || kind == TOK_INVERTED || kind == TOK_CLOSE ||
           kind == TOK_PARTIAL || kind == TOK_COMMENT;
}

/* The Mustache standalone rule: a line holding only blanks and one
 * section, inverted, close, partial or comment tag disappears with its line
 * break; the blanks before a partial become its indentation. */
static void remove_standalone_lines(const TplSource *source, Tokens *tokens)
{
    const char *text = source->text;
    size_t len = source->len;
    for (size_t i = 0; i < tokens->count; i++) {
        Token *tag = &tokens->items[i];
        if (!may_stand_alone(tag->kind))
            continue;
        size_t line_start = tag->start;
        while (line_start > 0 && is_blank(text[line_start - 1]))
            line_start--;
        if (line_start > 0 && text[line_start - 1] != '\n')
            continue;
        size_t line_end = tag->end;
        while (line_end < len && is_blank(text[line_end]))
            line_end++;
        if (line_end < len && text[line_end] == '\r' && line_end + 1 < len && text[line_end + 1] == '\n')
            line_end += 2;
        else if (line_end < len && text[line_end] == '\n')
            line_end += 1;
        else if (line_end < len)
            continue;
        /* blanks before the tag lie in the text token just before it, the
         * rest of the line in the one just after */
        if (i > 0 && tokens->items[i - 1].kind == TOK_TEXT)
            tokens->items[i - 1].end = line_start;
        if (i + 1 < tokens->count && tokens->items[i + 1].kind == TOK_TEXT)
            tokens->items[i + 1].start = line_end;
        if (tag->kind == TOK_PARTIAL) {
            tag->indent_start = line_start;
            tag->indent_len = tag->start - line_start;
        }
    }
}

static TNode *new_node(TemplateSet *set, const TplSource *source, const Token *token, TNodeKind kind)
{
    TNode *node = arena_alloc(set->arena, sizeof *node);
    node->kind = kind;
    node->offset = token->start;
    node->span = span_of(source->text, token->start, token->end);
    if (kind == TN_TEXT) {
        node->text = source->text + token->start;
        node->len = token->end - token->start;
    } else {
        node->name = arena_strndup(set->arena, source->text + token->name_start, token->name_len);
    }
    if (kind == TN_PARTIAL && token->indent_len > 0) {
        node->indent = source->text + token->indent_start;
        node->indent_len = token->indent_len;
    }
    return node;
}

/* An open section while building the tree: where its children go. */
typedef struct OpenList {
    TNode *section;          /* NULL for the top level */
    TNode **tail;
} OpenList;

/* Builds the node tree from the tokens, matching sections. Returns 0 after
 * reporting KH803. */
static int build_tree(TemplateSet *set, TplSource *source, const Tokens *tokens, TNode **out)
{
    OpenList open[MAX_SECTION_DEPTH + 1];
    int depth = 0;
    *out = NULL;
    open[0].section = NULL;
    open[0].tail = out;
    for (size_t i = 0; i < tokens->count; i++) {
        const Token *token = &tokens->items[i];
        TNode *node = NULL;
        switch (token->kind) {
        case TOK_TEXT:
            if (token->end > token->start)
                node = new_node(set, source, token, TN_TEXT);
            break;
        case TOK_VALUE:
            node = new_node(set, source, token, TN_VALUE);
            break;
        case TOK_RAW_VALUE:
            node = new_node(set, source, token, TN_RAW_VALUE);
            break;
        case TOK_PARTIAL:
            node = new_node(set, source, token, TN_PARTIAL);
            break;
        case TOK_COMMENT:
            break;
        case TOK_SECTION:
        case TOK_INVERTED:
            if (depth == MAX_SECTION_DEPTH) {
                tpl_report(set, DIAG_ERROR, source, token->start, 2, KH803, "sections nested more "
                       "than %d deep: close some before opening more", MAX_SECTION_DEPTH);
                return 0;
            }
            node = new_node(set, source, token, token->kind == TOK_SECTION ? TN_SECTION : TN_INVERTED);
            *open[depth].tail = node;
            open[depth].tail = &node->next;
            depth++;
            open[depth].section = node;
            open[depth].tail = &node->children;
            node = NULL; /* already linked */
            break;
        case TOK_CLOSE: {
            const char *name = source->text + token->name_start;
            int name_len = (int)token->name_len;
            int span = span_of(source->text, token->start, token->end);
            if (depth == 0) {
                tpl_report(set, DIAG_ERROR, source, token->start, span, KH803, "'{{/%.*s}}' closes no "
                       "open section: delete it, or open the section before it", name_len, name);
                return 0;
            }
            const TNode *section = open[depth].section;
            if (strlen(section->name) != token->name_len ||
                memcmp(section->name, name, token->name_len) != 0) {
                tpl_report(set, DIAG_ERROR, source, token->start, span, KH803, "section '%s' is "
                       "closed by '{{/%.*s}}': close it by its own name", section->name, name_len,
                       name);
                if (set->diags)
                    diag_note(set->diags, source_pos(source, section->offset),
                              "section '%s' opened here", section->name);
                return 0;
            }
            depth--;
            break;
        }
        }
        if (node) {
            *open[depth].tail = node;
            open[depth].tail = &node->next;
        }
    }
    if (depth > 0) {
        const TNode *section = open[depth].section;
        tpl_report(set, DIAG_ERROR, source, section->offset, section->span, KH803, "section '%s' is "
               "never closed (no '{{/%s}}'): add it", section->name, section->name);
        return 0;
    }
    return 1;
}

/* Parses source into *nodes. Returns 0 after reporting KH803. */
int tpl_parse(TemplateSet *set, TplSource *source, TNode **nodes)
{
    *nodes = NULL;
    size_t bad = utf8_invalid_at(source->text, source->len);
    if (bad != (size_t)-1) {
        tpl_report(set, DIAG_ERROR, source, bad, 1, KH803, "the template is not valid UTF-8: re-save "
               "it as UTF-8");
        return 0;
    }
    Tokens tokens = {0};
    int ok = tokenize(set, source, &tokens);
    if (ok) {
        remove_standalone_lines(source, &tokens);
        ok = build_tree(set, source, &tokens, nodes);
    }
    free(tokens.items);
    return ok;
}

/* The parsed template `name` of the set, parsing it on first use; NULL if
 * it does not exist (nothing reported: *found says which) or did not parse
 * (reported once). */
static Parsed *parsed_file(TemplateSet *set, const char *name, int *found)
{
    FileEntry *f = find_file(set, name); /* first: a missing one keeps no key */
    *found = f->text != NULL;
    const char *kept = NULL;
    Parsed *seen = f->text ? tpl_map_find(set->arena, &set->parsed, "f", "", name, &kept) : NULL;
    if (seen || !f->text)
        return seen && !seen->failed ? seen : NULL;
    Parsed *p = arena_alloc(set->arena, sizeof *p);
    p->source.name = f->name;
    p->source.origin = f->origin;
    p->source.text = f->text;
    p->source.len = f->len;
    p->source.warn_id = f->origin;
    p->failed = !tpl_parse(set, &p->source, &p->nodes);
    tpl_map_put(set->arena, &set->parsed, kept, p);
    return p->failed ? NULL : p;
}

/* ---- rendering ------------------------------------------------------------ */

/* The stack of contexts, innermost first, kept on the C stack. */
typedef struct Context {
    const TValue *value;
    const struct Context *outer;
} Context;

typedef struct Render {
    TemplateSet *set;
    TplEscape escape;
    Buf *out;
    Buf indent;              /* blanks of the standalone partials we are in */
    int at_line_start;       /* the last thing written ended a template line */
    int partial_depth;
    size_t steps, out_start; /* nodes visited and sections looked through, and
                              * out->len at the start (KH807) */
    size_t step_limit;       /* MAX_RENDER_STEPS, then more for the values */
    const TValue *root;      /* what the render is against, sized once needed */
    int repeats;             /* enclosing lists of two or more items */
    size_t once;             /* bytes of values written outside any repeat (KH807) */
} Render;

static void put_indent_if_due(Render *r)
{
    if (r->at_line_start && r->indent.len > 0)
        buf_putn(r->out, r->indent.data, r->indent.len);
    r->at_line_start = 0;
}

/* Template text: every line but an empty one gets the partial indentation. */
static void put_template_text(Render *r, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\n' && s[i] != '\r')
            put_indent_if_due(r);
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) + 1 : n;
        buf_putn(r->out, s + i, end - i);
        if (nl)
            r->at_line_start = 1;
        i = end;
    }
}

/* Looks name up: "." is the innermost context; otherwise the first part of
 * a dotted name is looked for in each context from the innermost out, and
 * the other parts inside what it found. NULL if missing. */
static const TValue *lookup(Render *r, const Context *ctx, const char *name)
{
    if (strcmp(name, ".") == 0)
        return ctx ? ctx->value : NULL;
    const char *dot = strchr(name, '.');
    size_t first_len = dot ? (size_t)(dot - name) : strlen(name);
    const TValue *found = NULL;
    /* each section walked outwards is a step (KH807): a name looked up
     * from deep inside nested sections costs as much as that many tags */
    for (const Context *c = ctx; c && !found; c = c->outer, r->steps++)
        found = tv_get_n(c->value, name, first_len);
    while (found && dot) {
        const char *part = dot + 1;
        dot = strchr(part, '.');
        size_t part_len = dot ? (size_t)(dot - part) : strlen(part);
        found = tv_get_n(found, part, part_len);
    }
    return found;
}

/* Whether a section shows: a non-empty list or string, a map, true. */
static int is_truthy(const TValue *value)
{
    if (!value)
        return 0;
    switch (value->kind) {
    case TV_STRING: return value->str && value->str[0] != '\0';
    case TV_BOOL: return value->truth;
    case TV_LIST: return value->count > 0;
    case TV_MAP: return 1;
    }
    return 0;
}

static int render_nodes(Render *r, TplSource *source, const TNode *node, const Context *ctx);

/* The template a {{>name}} tag in source names: name itself, or name with
 * the including template's extension ({{>header}} in plan.md finds
 * header.md). NULL after reporting it missing or unreadable (KH804), or
 * when it has a syntax error (reported where it is parsed). */
static Parsed *find_partial(TemplateSet *set, TplSource *source, const TNode *node)
{
    int found = 0;
    const char *name = node->name;
    Parsed *partial = parsed_file(set, name, &found);
    const char *own_name = source->name ? source->name : source->origin;
    const char *extension = own_name ? strrchr(own_name, '.') : NULL;
    const char *last_slash = strrchr(name, '/');
    int has_extension = strchr(last_slash ? last_slash : name, '.') != NULL;
    const char *other_name = NULL;
    if (!found && extension && !strchr(extension, '/') && !has_extension) {
        other_name = arena_printf(set->arena, "%s%s", name, extension);
        partial = parsed_file(set, other_name, &found);
    }
    if (!found) {
        FileEntry *f = find_file(set, other_name && !find_file(set, name)->read_errno ? other_name : name);
        if (f->read_errno)
            tpl_report(set, DIAG_ERROR, source, node->offset, node->span, KH804, "cannot read partial "
                   "'%s': %s: check the --templates directory", f->origin,
                   tpl_strerror(f->read_errno));
        else if (other_name)
            tpl_report(set, DIAG_ERROR, source, node->offset, node->span, KH804, "partial '%s' not "
                   "found (no template '%s' or '%s'): check its name", name, name, other_name);
        else
            tpl_report(set, DIAG_ERROR, source, node->offset, node->span, KH804, "partial '%s' not "
                   "found: check its name", name);
        return NULL;
    }
    return partial;
}

static int render_partial(Render *r, TplSource *source, const TNode *node, const Context *ctx)
{
    TemplateSet *set = r->set;
    if (r->partial_depth >= MAX_PARTIAL_DEPTH) {
        tpl_report(set, DIAG_ERROR, source, node->offset, node->span, KH805, "partial '%s' is nested "
               "more than %d deep: check that it does not include itself", node->name,
               MAX_PARTIAL_DEPTH);
        return -1;
    }
    Parsed *partial = find_partial(set, source, node);
    if (!partial)
        return -1; /* syntax error, already reported */
    size_t indent_before = r->indent.len;
    if (node->indent_len > 0)
        buf_putn(&r->indent, node->indent, node->indent_len);
    r->partial_depth++;
    int result = render_nodes(r, &partial->source, partial->nodes, ctx);
    r->partial_depth--;
    r->indent.len = indent_before;
    if (r->indent.data)
        r->indent.data[indent_before] = '\0';
    return result;
}

/* 1 while the render is within KH807's step budget: MAX_RENDER_STEPS, and
 * STEPS_PER_VALUE more for each value it is rendered against, counted the
 * first time the steps pass MAX_RENDER_STEPS (so a long list, 40,000
 * attachments' page rules, is a long render but linear; a template that
 * goes over the same list inside itself is not). */
static int within_steps(Render *r)
{
    if (++r->steps <= r->step_limit)
        return 1;
    if (r->step_limit == MAX_RENDER_STEPS) {
        r->step_limit += STEPS_PER_VALUE * tv_size(r->root);
        return r->steps <= r->step_limit;
    }
    return 0;
}

/* value, the section's, after KH811 once per name and template when it is
 * missing because no plan holds the name in this kind (s17attack L1). */
static const TValue *never_held(Render *r, TplSource *source, const TNode *node,
                                const TValue *value)
{
    const char *hint;
    if (value || !tpl_name_never_held(source->name, node->name, &hint) ||
        !tpl_first_report(r->set, source->warn_id, node->name))
        return value;
    if (hint)
        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH811, "no plan holds '%s' "
               "in this template: its section is the same for every plan (did you mean '%s'?)",
               node->name, hint);
    else
        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH811, "no plan holds '%s' "
               "in this template (its section is the same for every plan): check it", node->name);
    return value;
}

/* KH812: {{name}} over a value formatted for the page escapes its marks:
 * "\*\*I. MỤC TIÊU\*\*" or "<p>" printed as text (s30attack F2); KH813:
 * {{{name}}} over plain text printed a title's '<' as HTML (s30attack). */
static void warn_tag_markup(Render *r, TplSource *source, const TNode *node, TValueMarkup markup)
{
    const char *n = node->name;
    int raw = node->kind == TN_RAW_VALUE, html = r->escape == TPL_ESCAPE_HTML;
    if (r->escape == TPL_ESCAPE_NONE || (raw ? markup != TV_TEXT : markup == TV_TEXT ||
        (markup == TV_HTML) != html) || !tpl_first_report(r->set, source->warn_id, n))
        return;
    if (markup == TV_TEXT)
        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH813, "'%s' is plain "
               "text, which the raw tag {{{%s}}} prints unescaped: print it with {{%s}}", n, n, n);
    else if (markup == TV_HTML)
        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH812, "'%s' is HTML "
               "already: the value tag {{%s}} escapes its tags, and the page shows them as text "
               "('<p>'); print it with {{{%s}}}", n, n, n);
    else
        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH812, "'%s' is Markdown "
               "already: the value tag {{%s}} escapes its marks, and the document prints them as "
               "text ('\\*\\*'); print it with {{{%s}}}", n, n, n);
}

static int render_nodes(Render *r, TplSource *source, const TNode *node, const Context *ctx)
{
    for (; node; node = node->next) {
        if (!within_steps(r) ||
            r->out->len - r->out_start - r->once > (size_t)MAX_RENDER_MIB << 20) {
            /* the budget in force: MAX_RENDER_STEPS, grown by the values
             * once passed (within_steps); it said 250000 whatever it was */
            tpl_report(r->set, DIAG_ERROR, source, node->offset, node->span, KH807, "the template "
                   "expands to more than %d MiB or %zu steps: its sections or partials repeat each "
                   "other; shorten them", MAX_RENDER_MIB, r->step_limit);
            return -1;
        }
        switch (node->kind) {
        case TN_TEXT:
            put_template_text(r, node->text, node->len);
            break;
        case TN_VALUE:
        case TN_RAW_VALUE: {
            const TValue *value = lookup(r, ctx, node->name);
            if (!value) {
                if (tpl_first_report(r->set, source->warn_id, node->name)) {
                    /* the nearest name of the innermost value, if one is close */
                    const char *hint = ctx ? tv_nearest_key(ctx->value, node->name) : NULL;
                    if (hint)
                        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH801,
                               "unknown name '%s' in template (did you mean '%s'?)", node->name,
                               hint);
                    else
                        tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH801,
                               "unknown name '%s' in template: check its spelling", node->name);
                }
                break;
            }
            if (value->kind != TV_STRING) { /* printed nothing, without a word (s17attack F3) */
                Buf fix = {0};
                const char *what = tv_unprintable(value, node->name, &fix);
                if (tpl_first_report(r->set, source->warn_id, node->name))
                    tpl_report(r->set, DIAG_WARNING, source, node->offset, node->span, KH809, "'%s' is "
                           "%s, which a value tag prints as nothing: print it with a section, %s",
                           node->name, what, buf_str(&fix));
                buf_free(&fix);
            } else if (value->str && value->str[0]) {
                warn_tag_markup(r, source, node, value->markup);
                put_indent_if_due(r);
                size_t before = r->out->len;
                tv_put_escaped(r->out, value->str,
                            node->kind == TN_RAW_VALUE ? TPL_ESCAPE_NONE : r->escape);
                /* a value written once (the body of plan.md) is the plan's
                 * size, not an expansion: only repeats count to KH807 */
                if (r->repeats == 0 && r->partial_depth == 0)
                    r->once += r->out->len - before;
            }
            break;
        }
        case TN_SECTION: {
            const TValue *value = never_held(r, source, node, lookup(r, ctx, node->name));
            if (!is_truthy(value))
                break;
            if (value->kind == TV_LIST) {
                int repeats = value->count > 1;
                r->repeats += repeats;
                for (size_t i = 0; i < value->count; i++) {
                    Context item = {value->items[i], ctx};
                    if (render_nodes(r, source, node->children, &item) != 0)
                        return -1;
                }
                r->repeats -= repeats;
            } else if (value->kind == TV_BOOL) {
                if (render_nodes(r, source, node->children, ctx) != 0)
                    return -1;
            } else {
                Context inner = {value, ctx};
                if (render_nodes(r, source, node->children, &inner) != 0)
                    return -1;
            }
            break;
        }
        case TN_INVERTED:
            if (!is_truthy(never_held(r, source, node, lookup(r, ctx, node->name))) &&
                render_nodes(r, source, node->children, ctx) != 0)
                return -1;
            break;
        case TN_PARTIAL:
            if (render_partial(r, source, node, ctx) != 0)
                return -1;
            break;
        }
    }
    return 0;
}

/* Renders nodes with ctx; on failure out is restored to its length before
 * the call. */
int tpl_render_root(TemplateSet *set, TplSource *source, const TNode *nodes,
                    const TValue *ctx, TplEscape escape, Buf *out)
{
    size_t len_before = out->len;
    Render r = {.set = set, .escape = escape, .out = out, .at_line_start = 1, .out_start = out->len,
                .step_limit = MAX_RENDER_STEPS, .root = ctx};
    Context root = {ctx, NULL};
    int result = render_nodes(&r, source, nodes, ctx ? &root : NULL);
    buf_free(&r.indent);
    if (result != 0) {
        out->len = len_before;
        if (out->data)
            out->data[len_before] = '\0';
    }
    return result;
}

/* Reports that template `name` could not be had (KH804). */
static void report_missing(TemplateSet *set, const char *name)
{
    FileEntry *f = find_file(set, name);
    if (f->read_errno)
        tpl_report(set, DIAG_ERROR, NULL, 0, 0, KH804, "cannot read template '%s': %s: check the "
               "--templates directory", f->origin, tpl_strerror(f->read_errno));
    else if (set->user_dir)
        tpl_report(set, DIAG_ERROR, NULL, 0, 0, KH804, "template '%s' not found in '%s' or the "
               "built-in templates: check its name", name, set->user_dir);
    else
        tpl_report(set, DIAG_ERROR, NULL, 0, 0, KH804, "template '%s' not found in the built-in "
               "templates: check its name", name);
}

/* Finds the partials the nodes name, and theirs, each template once
 * (Parsed.checked): a missing one is reported as a build would (KH804).
 * Returns the number of problems. */
int tpl_check_partials(TemplateSet *set, TplSource *source, const TNode *nodes)
{
    int problems = 0;
    for (const TNode *node = nodes; node; node = node->next) {
        if (node->children)
            problems += tpl_check_partials(set, source, node->children);
        if (node->kind != TN_PARTIAL)
            continue;
        Parsed *partial = find_partial(set, source, node);
        if (!partial || partial->failed) {
            problems++;
        } else if (!partial->checked) {
            partial->checked = 1;
            problems += tpl_check_partials(set, &partial->source, partial->nodes);
        }
    }
    return problems;
}

int tpl_check(TemplateSet *set, const char *name)
{
    int found = 0;
    Parsed *parsed = parsed_file(set, name, &found);
    if (!found) {
        report_missing(set, name);
        return -1;
    }
    if (!parsed)
        return -1;
    parsed->checked = 1;
    return tpl_check_partials(set, &parsed->source, parsed->nodes) ? -1 : 0;
}

int tpl_render(TemplateSet *set, const char *name, const TValue *ctx, TplEscape escape, Buf *out)
{
    int found = 0;
    Parsed *parsed = parsed_file(set, name, &found);
    if (!found) {
        report_missing(set, name);
        return -1;
    }
    if (!parsed)
        return -1;
    return tpl_render_root(set, &parsed->source, parsed->nodes, ctx, escape, out);
}
