/* yread.c - the YAML reader kit (yread.h), shared by parse.c, attach.c and
 * catalog.c. Reads YNodes, writes diagnostics; the one change it makes to
 * the tree is yread_null_values', the plan language's one rule for YAML's
 * null: a key whose value is null where no text goes is reported and
 * removed, so that no reader reads "~" as typed. */
#include "yread.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keys.h"
#include "suggest.h"
#include "unispace.h"
#include "vi.h"

int yread_span(const YNode *node)
{
    if (node && node->kind == YNODE_SCALAR && node->pos.line == node->end.line &&
        node->end.col > node->pos.col)
        return node->end.col - node->pos.col;
    return 1;
}

/* The allowed key that key begins with, followed by a space and more
 * ("id ca" for "id: ca"), or NULL. */
static const char *colon_lost(const char *key, const char *const *allowed, size_t n_allowed)
{
    if (!strchr(key, ' '))
        return NULL; /* most unknown keys: no key and a word after it */
    for (size_t k = 0; k < n_allowed; k++) {
        size_t n = strlen(allowed[k]);
        if (strncmp(key, allowed[k], n) == 0 && key[n] == ' ' && key[n + strspn(key + n, " ")])
            return allowed[k];
    }
    return NULL;
}

/* The allowed key that key begins with, followed by ':' and a value with
 * no space between ("id:tckh" in {...}, read as one key), or NULL. */
static const char *colon_glued(const char *key, const char *const *allowed, size_t n_allowed)
{
    const char *c = strchr(key, ':');
    if (!c || !c[1] || c[1] == ' ')
        return NULL;
    size_t n = (size_t)(c - key);
    for (size_t k = 0; k < n_allowed; k++)
        if (strlen(allowed[k]) == n && strncmp(key, allowed[k], n) == 0)
            return allowed[k];
    return NULL;
}

/* A key holding a no-break space (U+00A0) where YAML needs a plain space
 * (s35attack M5): "id:\u00a0tckh" in {...} (no ': ', so YAML read one
 * key), "date\u00a0" before its ':', "\u00a0date" indented with one. The
 * allowed key meant, or NULL; *rest receives the value typed after
 * "KEY:\u00a0" (NULL when there is none). */
static const char *nbsp_key(const char *key, const char *const *allowed, size_t n_allowed,
                            const char **rest)
{
    const char *p = key;
    *rest = NULL;
    while (*p == ' ' || (p[0] == '\xc2' && p[1] == '\xa0'))
        p += *p == ' ' ? 1 : 2;
    for (size_t k = 0; k < n_allowed; k++) {
        size_t n = strlen(allowed[k]);
        if (strncmp(p, allowed[k], n) != 0)
            continue;
        const char *q = p + n;
        if (q[0] == ':' && q[1] == '\xc2' && q[2] == '\xa0' && q[3]) {
            *rest = q + 3 + strspn(q + 3, " ");
            return allowed[k];
        }
        while (*q == ' ' || (q[0] == '\xc2' && q[1] == '\xa0'))
            q += *q == ' ' ? 1 : 2;
        if (!*q)
            return allowed[k];
    }
    return NULL;
}

/* After "unknown key 'id ca': a ':' is missing" (reported), the entry is
 * read as the drafter meant it, id: ca, so that the one mistake is one
 * error: its uses do not also report an unknown id (KH202), nor the entry
 * a missing one. Only where the value is empty ({id ca, name: X}: the key
 * took it all) and the mapping has no such key besides. The tree is the
 * loader's, read once by the parser after this check. */
static void recover_colon(const YNode *map, size_t i, const char *lost, const char *rest)
{
    YNode *key = map->keys[i], *value = map->values[i];
    if (value->kind != YNODE_SCALAR || value->len != 0 || value->style != YSTYLE_PLAIN ||
        ynode_get(map, lost))
        return;
    long skip = (long)utf8_count(key->text, (size_t)(rest - key->text));
    value->text = rest;
    value->len = strlen(rest);
    value->pos = key->pos;
    value->pos.col += (int)skip;
    value->end = key->end;
    key->text = lost;
    key->len = strlen(lost);
    if (map->key_bits) /* the mapping's summary of its keys (load.h) */
        ((YNode *)map)->key_bits |= (uint16_t)ynode_key_bit(key->text, key->len);
    key->end.line = key->pos.line;
    key->end.col = key->pos.col + (int)key->len;
}

/* A key line indented into the block text above it ("lead_note: >-", its
 * lines, then "  due: ongoing" two spaces too far) is a line of that text:
 * the document prints "... due: ongoing" and the task has no deadline.
 * Warns (KH019) at the first line of value i's text that begins with a key
 * of this mapping the mapping does not have, followed by ':', or with "- "
 * and a key of any mapping (a lost 'items:' above a list). */
/* 1 when the text at w (offset in value's text) begins a line of the
 * source: nothing but spaces before it on its line. */
static int starts_line(const YNode *value, const char *w)
{
    const char *text = value->text, *prev = w;
    while (prev > text && (prev[-1] == ' ' || prev[-1] == '\n'))
        prev--;
    return prev == text || ynode_pos_at(value, (size_t)(prev - 1 - text)).line !=
                               ynode_pos_at(value, (size_t)(w - text)).line;
}

/* A line of value's block text (the value of key) that is a list item of
 * a block text ("- >-", "- |"): its own key line above it lost or indented
 * into the text (the eighth sweep: "... các thôn và - >- đăng ký ..."
 * printed), or, in a list of texts, the item indented two spaces further
 * than the '- ' above it (the tenth sweep). Warns (KH019) at the first.
 * Returns 1 if it did. */
static int swallowed_block_item(DiagSink *diags, const YNode *value, const char *key,
                                int in_list)
{
    const char *text = value->text;
    for (const char *w = str_find(text, "- "); w; w = str_find(w + 1, "- ")) {
        const char *a = w + 2;
        if (*a != '>' && *a != '|')
            continue;
        size_t n = 1 + (a[1] == '-' || a[1] == '+');
        if (a[n] != ' ' && a[n] != '\n' && a[n] != '\0')
            continue;
        if (!starts_line(value, w))
            continue;
        SrcPos at = ynode_pos_at(value, (size_t)(w - text));
        if (in_list)
            diag_warning(diags, at, (int)n + 2, KH019,
                         "'- %.*s' begins a line of the item of '%s' above it, so it and the "
                         "lines under it are printed as part of that text: indent its '- ' as "
                         "the '- ' of the item above (line %d)", (int)n, a, key, value->pos.line);
        else
            diag_warning(diags, at, (int)n + 2, KH019,
                         "'- %.*s' begins a line of the text of '%s' above it, so it and the "
                         "lines under it are printed as text: is the key line of a list of texts "
                         "above it lost or indented? Restore that line, or indent this one as its "
                         "list", (int)n, a, key);
        return 1;
    }
    return 0;
}

static void swallowed_key(DiagSink *diags, const YNode *map, size_t i,
                          const char *const *allowed, size_t n_allowed)
{
    const YNode *value = map->values[i];
    if (value->kind == YNODE_SEQ) { /* text: [>-, >-, ...]: each item's text */
        for (size_t k = 0; k < value->count; k++) {
            const YNode *item = value->items[k];
            if (item->kind == YNODE_SCALAR && item->style == YSTYLE_BLOCK &&
                swallowed_block_item(diags, item, map->keys[i]->text, 1))
                return;
        }
        return;
    }
    if (value->kind != YNODE_SCALAR || value->style != YSTYLE_BLOCK)
        return;
    if (swallowed_block_item(diags, value, map->keys[i]->text, 0)) {
        ((YNode *)value)->key_bits |= YNODE_SWALLOWED; /* the loader's own tree */
        return;
    }
    const char *text = value->text;
    for (const char *c = strchr(text, ':'); c; c = strchr(c + 1, ':')) {
        if (c[1] != ' ' && c[1] != '\n' && c[1] != '\0')
            continue;
        const char *w = c;
        while (w > text && (islower((unsigned char)w[-1]) || w[-1] == '_'))
            w--;
        if (w == c || (w > text && w[-1] != ' ' && w[-1] != '\n'))
            continue;
        size_t k = 0, n = (size_t)(c - w);
        while (k < n_allowed && (strlen(allowed[k]) != n || strncmp(allowed[k], w, n) != 0))
            k++;
        int entry = w - text >= 2 && w[-2] == '-' && keys_is_any(w, n); /* "- subclause: ..." */
        if (entry)
            w -= 2;
        else if (k == n_allowed || ynode_get(map, allowed[k]))
            continue;
        const char *prev = w; /* the last character before the word, on its line or above */
        while (prev > text && (prev[-1] == ' ' || prev[-1] == '\n'))
            prev--;
        SrcPos at = ynode_pos_at(value, (size_t)(w - text));
        if (prev > text && ynode_pos_at(value, (size_t)(prev - 1 - text)).line == at.line)
            continue; /* inside a line of the text, not at its start */
        if (entry) {
            diag_warning(diags, at, (int)n + 3, KH019,
                         "'- %.*s:' begins a line of the text of '%s' above it, so it and the "
                         "lines under it are printed as text: is a line such as 'items:' above it "
                         "lost or indented? Restore that line, or indent this one under it", (int)n, w + 2, map->keys[i]->text);
            ((YNode *)value)->key_bits |= YNODE_SWALLOWED;
            return;
        }
        diag_warning(diags, at, (int)n + 1, KH019,
                     "'%s:' begins a line of the text of '%s' above it, so it is printed as "
                     "text and '%s' is not set: indent '%s:' as '%s:' is", allowed[k],
                     map->keys[i]->text, allowed[k], allowed[k], map->keys[i]->text);
        ((YNode *)value)->key_bits |= YNODE_SWALLOWED;
        return;
    }
}

/* The first place in a YNODE_SWALLOWED text where a line begins with a
 * key ("due:", "- clause:", "- >-"; key: that key only, else any), or
 * NULL. */
static const char *swallowed_line(const YNode *value, const char *key)
{
    if (value->kind != YNODE_SCALAR || !(value->key_bits & YNODE_SWALLOWED))
        return NULL;
    const char *text = value->text;
    for (const char *w = text; *w; w++) {
        if (w > text && w[-1] != ' ' && w[-1] != '\n')
            continue;
        const char *k = w[0] == '-' && w[1] == ' ' && !key ? w + 2 : w, *e = k;
        while ((*e >= 'a' && *e <= 'z') || *e == '_')
            e++;
        int is_key = e > k && *e == ':' && (e[1] == ' ' || e[1] == '\n' || !e[1]) &&
                     (!key || ((size_t)(e - k) == strlen(key) && strncmp(k, key, strlen(key)) == 0));
        int item = !key && k > w && (*k == '>' || *k == '|');
        if ((is_key || item) && starts_line(value, w))
            return w;
    }
    return NULL;
}

size_t yread_swallowed_cut(const YNode *value)
{
    const char *w = swallowed_line(value, NULL);
    return w ? (size_t)(w - value->text) : strlen(value->text);
}

int yread_key_swallowed(const YNode *map, const char *key)
{
    for (size_t i = 0; map && map->kind == YNODE_MAP && i < map->count; i++)
        if (swallowed_line(map->values[i], key))
            return 1;
    return 0;
}

/* A field of one short line (an id, a label, a lead's note) whose plain
 * value YAML joined with the more indented lines under it: the lines of a
 * text whose key line ("text: >-") was deleted or lost go on the value
 * above it, and the document prints the whole text as, say, the lead's
 * note (the one-line sweep: binh-trung 168). Warns (KH021) at the first
 * line joined. A value meant so is quoted, or written on one line. */
static void joined_lines(DiagSink *diags, const YNode *map, size_t i)
{
    static const char *const short_keys[] = {"id",        "label", "lead_label", "due_label",
                                             "lead_note", "short", "marker",     NULL};
    const YNode *value = map->values[i];
    if (value->kind != YNODE_SCALAR || value->style != YSTYLE_PLAIN ||
        value->pos.line == value->end.line || ynode_null_word(value->text))
        return; /* "~ text", "null text": KH018 said so (load.c) */
    const char *key = map->keys[i]->text;
    int short_key = 0;
    for (const char *const *k = short_keys; *k && !short_key; k++)
        short_key = strcmp(key, *k) == 0;
    if (!short_key)
        return;
    SrcPos at = ynode_continuation_pos(value);
    if (at.line == value->pos.line)
        return;
    diag_warning(diags, at, 1, KH021,
                 "this line goes on the value of '%s' above it (line %d): YAML joins the more "
                 "indented lines under a value written without quotes, so '%s' holds them all; is "
                 "a key such as 'text: >-' missing above this line? Restore it, or unindent this "
                 "line", key, value->pos.line,
                 key);
}

/* 1 if s holds a byte past ASCII (a Vietnamese letter: "Hạn"). */
static int past_ascii(const char *s)
{
    while (*s && (unsigned char)*s < 0x80)
        s++;
    return *s != '\0';
}

int yread_block_outdented(const YNode *map, size_t i)
{
    if (map->kind != YNODE_MAP || i == 0 || i >= map->count)
        return 0;
    const char *key = map->keys[i]->text;
    const YNode *above = map->values[i - 1];
    /* "Hạn: tháng 6" as much as "Đồng Hưu: ..." (s46review: the first
     * byte alone was read, "Hạn" told as an unknown key and the text
     * above it as empty, KH107) */
    return above->kind == YNODE_SCALAR && above->style == YSTYLE_BLOCK && above->len == 0 &&
           (strchr(key, ' ') || past_ascii(key)) &&
           map->keys[i]->pos.line == map->keys[i - 1]->pos.line + 1;
}

/* The unknown key i of map when yread_block_outdented finds it, said as the
 * text it is (1), else 0 */
static int block_outdented_said(DiagSink *diags, const YNode *map, size_t i, DiagId code,
                                const char *what)
{
    if (!yread_block_outdented(map, i)) /* "bullet: >-" over its text outdented */
        return 0;
    const YNode *key = map->keys[i], *above = map->keys[i - 1];
    diag_error(diags, key->pos, yread_span(key), code,
               "unknown key '%s' in %s: this line is the text of '%s' above it (line %d), "
               "indented no further than that key, so YAML reads the text as empty and this "
               "line as a key; indent the text's lines further than '%s'",
               key->text, _(what), above->text, above->pos.line, above->text);
    return 1;
}

int yread_check_keys(DiagSink *diags, const YNode *map, const char *const *allowed,
                     DiagId code, const char *what)
{
    size_t n_allowed = 0;
    while (allowed[n_allowed])
        n_allowed++;
    /* The mappings of one kind (a national plan's 50,000 tasks) mostly
     * write the same keys in the same order: the entry the key at place i
     * matched last time is tried first, then the list from the start. A
     * guess is only a guess: it is compared like any other entry. */
    enum { GUESSES = 16 };
    static const char *const *guessed_for;
    static size_t guess[GUESSES];
    if (guessed_for != allowed) {
        guessed_for = allowed;
        memset(guess, 0, sizeof guess);
    }
    int unknown = 0;
    for (size_t i = 0; i < map->count; i++) {
        const YNode *key_node = map->keys[i];
        const char *key = key_node->text;
        size_t g = i < GUESSES ? guess[i] : 0;
        int known = g < n_allowed && key[0] == allowed[g][0] && strcmp(key, allowed[g]) == 0;
        for (size_t k = 0; k < n_allowed && !known; k++) { /* first byte, then the call */
            known = key[0] == allowed[k][0] && strcmp(key, allowed[k]) == 0;
            if (known && i < GUESSES)
                guess[i] = k;
        }
        if (known) {
            swallowed_key(diags, map, i, allowed, n_allowed);
            joined_lines(diags, map, i);
            continue;
        }
        unknown++;
        int lead = 0;
        unsigned cp = utf8_decode(key, &lead);
        if (cp > 0x7F && unispace_separator(cp) && cp != 0xA0) { /* "\u3000- bullet" (s38slip) */
            diag_error(diags, key_node->pos, yread_span(key_node), code,
                       "unknown key '%s' in %s: it begins with U+%04X, a space YAML does not "
                       "take (an ideographic, narrow or set-width space, typed by an input "
                       "method or pasted from a document), which YAML reads as part of the key; "
                       "if '%s' was meant as a list item or a key, replace it with plain spaces",
                       key, _(what), cp, key + lead);
            continue;
        }
        if (str_find(key, "\xc2\xa0")) { /* "id:\u00a0tckh": the one message, read as meant */
            const char *rest, *meant = nbsp_key(key, allowed, n_allowed, &rest);
            diag_error(diags, key_node->pos, yread_span(key_node), code,
                       "unknown key '%s' in %s: it holds a no-break space (U+00A0) where YAML "
                       "needs a plain space (it shows as a space, pasted from Word or a PDF); "
                       "replace it with a space", key, _(what));
            if (meant && rest)
                recover_colon(map, i, meant, rest);
            else if (meant && !ynode_get(map, meant)) {
                YNode *k = map->keys[i];
                k->text = meant;
                k->len = strlen(meant);
                if (map->key_bits) /* the mapping's summary of its keys (load.h) */
                    ((YNode *)map)->key_bits |= (uint16_t)ynode_key_bit(k->text, k->len);
            }
            continue;
        }
        if (yread_meant_key(diags, map, i, allowed, n_allowed, code, what) || /* "Lead:", "lêad:" */
            block_outdented_said(diags, map, i, code, what))
            continue;
        const char *glued = colon_glued(key, allowed, n_allowed);
        if (glued) { /* "{id:tckh, ...}": no space after the ':' (s37slip) */
            size_t n = strlen(glued);
            diag_error(diags, key_node->pos, yread_span(key_node), code,
                       "unknown key '%s' in %s: the ':' after '%s' has no space after it, so "
                       "YAML reads one key (write '%s: %s')",
                       key, _(what), glued, glued, key + n + 1);
            recover_colon(map, i, glued, key + n + 1);
            continue;
        }
        const char *lost = colon_lost(key, allowed, n_allowed);
        if (lost) { /* "id ca": the ':' after a known key is missing */
            size_t n = strlen(lost);
            const char *rest = key + n + strspn(key + n, " ");
            diag_error(diags, key_node->pos, yread_span(key_node), code,
                       "unknown key '%s' in %s: a ':' is missing after '%s' (write '%s: %s')",
                       key, _(what), lost, lost, rest);
            recover_colon(map, i, lost, rest);
            continue;
        }
        /* past --max-errors the message is only counted: no search for it,
         * and no list of the keys written for it (400,000 unknown keys
         * took twice the time of a check when each listed them) */
        int kept = diag_would_keep(diags, DIAG_ERROR, key_node->pos);
        const char *hint = kept ? suggest_best(key, allowed, n_allowed) : NULL;
        const YNode *value = map->values[i];
        int looks_like_text = value->kind == YNODE_SCALAR && value->len == 0 &&
                              (strchr(key, ' ') || (unsigned char)key[0] >= 0x80);
        SrcPos pos = key_node->pos;
        int span = yread_span(key_node);
        if (allowed != keys_names(KEYSET_PLAN) && keys_find(KEYSET_PLAN, key))
            diag_error(diags, pos, span, code, /* a block moved or indented (s38slip) */
                       "unknown key '%s' in %s: '%s' is a key of the plan itself, written at "
                       "the start of its line, and its block stands indented under %s (moved "
                       "there, or indented by a paste); move the block out to the start of its "
                       "lines",
                       key, _(what), key, _(what));
        else if (hint)
            diag_error(diags, pos, span, code, "unknown key '%s' in %s (did you mean '%s'?)",
                       key, _(what), hint);
        else if (looks_like_text)
            diag_error(diags, pos, span, code,
                       "unknown key '%s' in %s: if it is part of the text before it, quote "
                       "that text (a ', ' inside {...} or a ': ' ends a value)",
                       key, _(what));
        else { /* nothing near: what may be written there (s20attack L6) */
            Buf keys = {0};
            for (size_t k = 0; kept && k < n_allowed; k++)
                buf_printf(&keys, "%s%s", k ? ", " : "", allowed[k]);
            diag_error(diags, pos, span, code,
                       "unknown key '%s' in %s, which takes %s: correct it to the key meant, "
                       "or remove the line", key, _(what), buf_str(&keys));
            buf_free(&keys);
        }
    }
    return unknown;
}

void yread_unknown_wording(DiagSink *diags, const YNode *user, const YNode *builtin)
{
    const char **known = xmalloc((builtin->count + 1) * sizeof *known);
    for (size_t i = 0; i < builtin->count; i++)
        known[i] = builtin->keys[i]->text;
    for (size_t i = 0; i < user->count; i++) {
        const YNode *key = user->keys[i];
        if (ynode_get(builtin, key->text))
            continue;
        const char *hint = suggest_best(key->text, known, builtin->count);
        int span = (int)utf8_count(key->text, key->len);
        if (hint)
            diag_warning(diags, key->pos, span, KH806,
                         "unknown wording key '%s' (did you mean '%s'?)", key->text, hint);
        else
            diag_warning(diags, key->pos, span, KH806,
                         "unknown wording key '%s' (the built-in wording.yaml has no such key): "
                         "delete it, or correct its name",
                         key->text);
    }
    free(known);
}

size_t yread_blank_len(const char *text)
{
    /* a no-break space and the other Unicode spaces print nothing either: a
     * title "\u00a0" was no KH107 and printed "****", a rule, in the .md
     * (s20attack F1) */
    size_t left = strnlen(text, 4);
    unsigned c = 0;
    int bytes = left ? utf8_decode_strict(text, left, &c) : 0;
    if (bytes <= 0 || !unispace_in_line(c))
        return 0;
    return (size_t)bytes;
}

int yread_is_blank(const char *text)
{
    size_t b;
    while ((b = yread_blank_len(text)) > 0)
        text += b;
    return *text == '\0';
}

int yread_is_blank_line(const char *text)
{
    size_t b;
    for (;;) {
        if ((b = yread_blank_len(text)) > 0)
            text += b;
        else if (*text && strchr("\n.;,", *text))
            text++;
        else
            return *text == '\0';
    }
}

size_t yread_trim_blanks(const char *text, size_t *len)
{
    size_t start = 0, end = strlen(text), b;
    while ((b = yread_blank_len(text + start)) > 0)
        start += b;
    *len = yread_end_without_blanks(text, start, end) - start;
    return start;
}

size_t yread_end_without_blanks(const char *text, size_t start, size_t end)
{
    while (end > start) {
        size_t last = end - 1; /* the start of the last character */
        while (last > start && ((unsigned char)text[last] & 0xC0) == 0x80)
            last--;
        if (yread_blank_len(text + last) != end - last)
            break;
        end = last;
    }
    return end;
}

/* 1 if the len bytes at text end with words, a space and "..." or "…":
 * a placeholder left in ("UBND ...", khgen init's governing body line),
 * not a sentence's own ellipsis ("v.v..."), nor a bare "..." (a draft's
 * number the clerk fills in), nor an enumeration's "A, B, ..." or "A; B; ...". */
static int placeholder_left(const char *text, size_t len)
{
    size_t dots = len >= 4 && memcmp(text + len - 3, "...", 3) == 0     ? 3
                  : len >= 4 && memcmp(text + len - 3, "\u2026", 3) == 0 ? 3
                                                                         : 0;
    while (dots && len - dots > 1 && text[len - dots - 1] == '.') /* "UBND ....." */
        dots++;
    /* an enumeration's "A, B, C, ..." is a list's own ellipsis (s26review L8) */
    return dots && len - dots > 1 && text[len - dots - 1] == ' ' && text[len - dots - 2] != ' ' &&
           text[len - dots - 2] != ',' && text[len - dots - 2] != ';';
}

const char *yread_trim_printed(Arena *arena, DiagSink *diags, SrcPos pos, int span,
                               const char *key, const char *text)
{
    if (!text || yread_is_blank(text))
        return text; /* empty: KH107's, not trimmed into "" here */
    size_t len, start = yread_trim_blanks(text, &len);
    if (placeholder_left(text + start, len))
        diag_warning(diags, pos, span, KH177,
                     "'%s' ends with '...', a placeholder left in (khgen init writes 'UBND ...' "
                     "where a line is to be filled in): it would be printed as written; write "
                     "the text it stands for, or delete the line",
                     key);
    if (start == 0 && text[len] == '\0')
        return text;
    int at_end = text[start + len] != '\0';
    diag_warning(diags, pos, span, KH122,
                 "'%s' %s: a field printed as written printed them (\"Số:  12 /\", \"Yên Thế , "
                 "ngày\"); it is printed without them: remove them",
                 key, start && at_end ? _("begins and ends with spaces")
                      : start         ? _("begins with spaces")
                                      : _("ends with spaces"));
    return arena_strndup(arena, text + start, len);
}

int yread_misspelt(const YNode *map, const char *const *allowed, const char *key)
{
    if (!allowed || map->kind != YNODE_MAP)
        return 0;
    size_t n_allowed = 0, n_known = 0;
    while (allowed[n_allowed])
        n_allowed++;
    for (size_t i = 0; i < map->count; i++) {
        const char *written = map->keys[i]->text;
        int known = 0;
        for (size_t k = 0; k < n_allowed && !known; k++)
            known = strcmp(written, allowed[k]) == 0;
        n_known += known;
        const char *meant = known ? NULL : colon_lost(written, allowed, n_allowed);
        if (!known && !meant)
            meant = suggest_best(written, allowed, n_allowed);
        if (meant && (!key || strcmp(meant, key) == 0))
            return 1;
    }
    for (size_t i = map->count; i < map->count + map->len; i++) /* reported null (KH107) */
        if (!key || strcmp(map->keys[i]->text, key) == 0)
            return 1;
    /* no key of it known; not the plan's own keys: a file of other keys is
     * no plan, and "add 'khgen: 1'", "no 'header'" say what one is */
    return map->count > 0 && n_known == 0 && map->len == 0 && allowed != keys_names(KEYSET_PLAN);
}

/* Whether a mapping is a reference written without quotes ("bullet:
 * {loc dong-huu}", "title: {year}"): one key, a lower-case ASCII word first
 * (the reference's name), and no value. */
static int looks_reference(const YNode *node)
{
    if (node->kind != YNODE_MAP || node->count != 1 || node->keys[0]->kind != YNODE_SCALAR)
        return 0;
    const YNode *v = node->values[0];
    const char *k = node->keys[0]->text;
    if (!v || v->kind != YNODE_SCALAR || *yread_text(v) || !(*k >= 'a' && *k <= 'z'))
        return 0;
    while ((*k >= 'a' && *k <= 'z') || *k == '-')
        k++;
    return !*k || *k == ' ' || *k == '+' || (*k >= '0' && *k <= '9');
}

int yread_wrong_kind(DiagSink *diags, const YNode *node, YNodeKind kind, const char *key,
                     DiagId code)
{
    if (node->kind == kind) /* not wrong after all */
        return 1;
    const char *want = kind == YNODE_SCALAR ? _("a string")
                       : kind == YNODE_SEQ  ? _("a list")
                                            : _("a mapping");
    int line;
    if (kind == YNODE_SEQ && node->kind == YNODE_SCALAR && load_joined_at(node) &&
        (line = load_joined_withdraw(diags, node)) != 0)
        /* "items:" over a text whose "- >-" was deleted, the next item's
         * "- >-" joined to it: one error, this one, not also KH021 at the
         * joined line (s47slips) */
        diag_error(diags, node->pos, yread_span(node), code,
                   "'%s' must be %s, not %s: this text, written without quotes, has the lines "
                   "under it joined to it (from line %d, which begins with '- '); was its own "
                   "'- ' or '- >-' line lost? Restore it", key, want, ynode_kind_name(node), line);
    else if (kind == YNODE_SCALAR && looks_reference(node))
        diag_error(diags, node->pos, yread_span(node), code,
                   "'%s' must be %s, not %s: a value that is a reference such as '{year}' or "
                   "'{loc dong-huu}' is read as a mapping; put it in double quotes",
                   key, want, ynode_kind_name(node));
    else
        diag_error(diags, node->pos, yread_span(node), code, "'%s' must be %s, not %s: check the "
                   "indentation and the '- ' of its lines", key,
                   want, ynode_kind_name(node));
    return 0;
}

int yread_is_null(const YNode *node)
{
    static const char *const nulls[] = {"~", "null", "Null", "NULL"};
    if (!node || node->kind != YNODE_SCALAR || node->style != YSTYLE_PLAIN)
        return 0;
    char c = node->text[0]; /* every text of a plan comes here: most start otherwise */
    if (!c)
        return 1;
    if (c == '~' || c == 'n' || c == 'N')
        for (size_t i = 0; i < sizeof nulls / sizeof nulls[0]; i++)
            if (strcmp(node->text, nulls[i]) == 0)
                return 1;
    return 0;
}

int yread_null_values(DiagSink *diags, YNode *map, KeySetId set, DiagId code)
{
    if (!map || map->kind != YNODE_MAP)
        return 0;
    const KeySet *ks = keys_set(set);
    /* how often each known key is written: a key written twice is the
     * loader's duplicate error, and its null copy ("header:" above
     * "header:") is not also "empty" (one pass: no scan per key) */
    uint32_t times[64] = {0};
    size_t n_known = ks->n_keys < 64 ? ks->n_keys : 64;
    for (uint32_t i = 0; i < map->count; i++)
        for (size_t k = 0; k < n_known; k++)
            if (strcmp(ks->keys[k].name, map->keys[i]->text) == 0) {
                times[k]++;
                break;
            }
    uint32_t kept = 0, n = map->count;
    int reported = 0;
    /* the keys reported go after the kept ones, in their order (map->len
     * counts them: load.h), for yread_misspelt: one mistake, one message */
    YNode **gone_keys = NULL, **gone_values = NULL;
    for (uint32_t i = 0; i < n; i++) {
        int drop = 0;
        if (yread_is_null(map->values[i]))
            for (size_t k = 0; k < n_known; k++)
                if (strcmp(ks->keys[k].name, map->keys[i]->text) == 0) {
                    /* a text (scalar, not one of an ENUM's words) or free form */
                    const char *type = ks->keys[k].type;
                    int text = (strcmp(type, "scalar") == 0 && !(ks->keys[k].flags & KEY_ENUM)) ||
                               strcmp(type, "any") == 0;
                    drop = times[k] == 1 && !text;
                    break;
                }
        if (drop) {
            const YNode *v = map->values[i];
            diag_error(diags, v->text[0] ? v->pos : ynode_end(map->keys[i]), yread_span(v), code,
                       "'%s' is empty (a YAML null): write its value, or delete the line to "
                       "leave it out",
                       map->keys[i]->text);
            if (!gone_keys) {
                gone_keys = xmalloc(n * sizeof *gone_keys);
                gone_values = xmalloc(n * sizeof *gone_values);
            }
            gone_keys[reported] = map->keys[i];
            gone_values[reported++] = map->values[i];
        } else {
            map->keys[kept] = map->keys[i];
            map->values[kept++] = map->values[i];
        }
    }
    if (reported) {
        size_t before = map->len; /* reported by an earlier call: after them */
        memmove(map->keys + kept, map->keys + n, before * sizeof *map->keys);
        memmove(map->values + kept, map->values + n, before * sizeof *map->values);
        memcpy(map->keys + kept + before, gone_keys, (size_t)reported * sizeof *gone_keys);
        memcpy(map->values + kept + before, gone_values, (size_t)reported * sizeof *gone_values);
        map->len = before + (size_t)reported;
        free(gone_keys);
        free(gone_values);
    }
    map->count = kept; /* key_bits stays: a summary of more keys only costs a comparison */
    return reported;
}

int yread_bool_word(const char *text)
{
    static const char *const words[] = {"true", "false", "yes", "no", "on", "off"};
    size_t n = strlen(text);
    if (n < 2 || n > 5)
        return 0;
    char low[6];
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)tolower((unsigned char)text[i]);
    int cased = strcmp(text, low) == 0 || strspn(text, "ABEFLNORSTUY") == n ||
                (isupper((unsigned char)text[0]) && strcmp(text + 1, low + 1) == 0);
    for (size_t i = 0; cased && i < sizeof words / sizeof words[0]; i++)
        if (strcmp(low, words[i]) == 0)
            return 1;
    return 0;
}

/* 1 if node is a plain scalar YAML 1.1 reads as true or false; a quoted
 * "true" is text. */
static int plain_bool(const YNode *node)
{
    return node && node->kind == YNODE_SCALAR && node->style == YSTYLE_PLAIN &&
           yread_bool_word(node->text);
}

int yread_bool_text(DiagSink *diags, const YNode *value, const char *key, DiagId code)
{
    if (!plain_bool(value))
        return 0;
    diag_error(diags, value->pos, yread_span(value), code,
               "'%s' is a text, and '%s' without quotes is YAML's yes/no value, not a "
               "text: write the text meant, or put the word in quotes (\"%s\") if it is meant",
               key, value->text, value->text);
    return 1;
}

/* 1 if text is a number as YAML writes one: a sign, digits with at most
 * one '.', an exponent ("7", "-2", "3.5", "1e3"). */
static int yaml_number(const char *text)
{
    const char *s = text + (*text == '-' || *text == '+');
    size_t digits = strspn(s, "0123456789");
    s += digits;
    if (*s == '.') {
        size_t more = strspn(s + 1, "0123456789");
        digits += more;
        s += 1 + more;
    }
    if (digits && (*s == 'e' || *s == 'E')) {
        const char *e = s + 1 + (s[1] == '-' || s[1] == '+');
        size_t n = strspn(e, "0123456789");
        s = n ? e + n : s;
    }
    return digits > 0 && !*s;
}

int yread_worded_key(const char *key, size_t n, int names)
{
    /* the texts that are words: a sentence, a title, a line of the header,
     * the signature or the recipients (not an id, a code, a number or a
     * label, nor a registry's name: "Thôn 1" may be written as its number) */
    static const char *const worded[] = {
        "bases", "text", "title", "opening", "closing", "part", "section", "clause",
        "subclause", "point", "bullet", "para", "task", "by", "about", "intro", "note",
        "lead_note", "assign_note", "recipients", "lines", "issuer", "governing_body",
        "issuer_short", "place", "lead_label", "due_label", "heading", "body", NULL};
    /* the names a registry or a table prints: a unit's, a locality's or a
     * level's name and short name, a Biểu's label, a column's header */
    static const char *const named[] = {"name", "short", "label", "header", "description", NULL};
    for (size_t k = 0; worded[k]; k++)
        if (strlen(worded[k]) == n && memcmp(worded[k], key, n) == 0)
            return 1;
    for (size_t k = 0; names && named[k]; k++)
        if (strlen(named[k]) == n && memcmp(named[k], key, n) == 0)
            return 1;
    return 0;
}

int yread_number_text(DiagSink *diags, const YNode *value, const char *key)
{
    /* a year is a deadline's or a group row's words ("due_label: 2024", a
     * table of localities grouped by year: "heading: 2024"), printed as
     * meant (s42attack's leftover) */
    int year = value && value->kind == YNODE_SCALAR && strlen(value->text) == 4 &&
               strspn(value->text, "0123456789") == 4 && value->text[0] >= '1' &&
               value->text[0] <= '2';
    if (year && (!strcmp(key, "due_label") || !strcmp(key, "heading")))
        return 0;
    return yread_worded_key(key, strlen(key), 0) ? yread_number_words(diags, value, key) : 0;
}

int yread_number_words(DiagSink *diags, const YNode *value, const char *key)
{
    if (!value || value->kind != YNODE_SCALAR || value->style != YSTYLE_PLAIN ||
        !yaml_number(value->text))
        return 0;
    diag_warning(diags, value->pos, yread_span(value), KH180,
                 "'%s' is a text, and '%s' without quotes is YAML's number, not words: the "
                 "document prints the number where the text goes; write the text meant, or put "
                 "the number in quotes (\"%s\") if it is meant",
                 key, value->text, value->text);
    return 1;
}

int yread_bool_data(DiagSink *diags, const YNode *value, const char *key)
{
    if (!plain_bool(value))
        return 0;
    char low[6] = {0};
    for (size_t i = 0; i < 5 && value->text[i]; i++)
        low[i] = (char)tolower((unsigned char)value->text[i]);
    int yes = strcmp(low, "true") == 0 || strcmp(low, "yes") == 0 || strcmp(low, "on") == 0;
    /* the other word of the same truth, which another reader takes it for */
    const char *other = yes ? (strcmp(low, "true") == 0 ? "yes" : "true")
                            : (strcmp(low, "false") == 0 ? "no" : "false");
    diag_warning(diags, value->pos, yread_span(value), KH127,
                 "'%s' without quotes is YAML's yes/no value, but a 'data' value is kept as the "
                 "word written: a filter finds it by that word ('data.%s=%s' counts it, "
                 "'data.%s=%s' does not) and a table prints '%s'. Write the word meant (\"có\", "
                 "\"đạt\"), or put it in quotes (\"%s\") to keep it",
                 value->text, key, value->text, key, other, value->text, value->text);
    return 1;
}

int yread_bool_texts(DiagSink *diags, const YNode *map, KeySetId set, DiagId code)
{
    if (!map || map->kind != YNODE_MAP)
        return 0;
    const KeySet *ks = keys_set(set);
    int reported = 0;
    for (uint32_t i = 0; i < map->count; i++) {
        const YNode *v = map->values[i];
        if (!v || (v->kind == YNODE_SCALAR && !plain_bool(v)) || v->kind == YNODE_MAP)
            continue; /* most values: text, at once */
        const KeyDef *def = NULL;
        for (size_t k = 0; k < ks->n_keys && !def; k++)
            if (strcmp(ks->keys[k].name, map->keys[i]->text) == 0)
                def = &ks->keys[k];
        /* a text, or a text or a list of texts; 'totals' is true, false
         * or the label of the row (keys.def) */
        if (!def || strcmp(def->name, "totals") == 0 ||
            (strcmp(def->type, "scalar") != 0 && strcmp(def->type, "text_or_list") != 0))
            continue;
        if (v->kind == YNODE_SCALAR)
            reported += yread_bool_text(diags, v, map->keys[i]->text, code);
        else if (v->kind == YNODE_SEQ && strcmp(def->type, "text_or_list") == 0)
            for (uint32_t j = 0; j < v->count; j++)
                reported += yread_bool_text(diags, v->items[j], map->keys[i]->text, code);
    }
    return reported;
}

const char *yread_text(const YNode *node)
{
    if (yread_is_null(node))
        return "";
    char c = node->text[0];
    if (c == ' ' || c == '\t' || c == '\n') { /* quoted or block: blanks only are empty too */
        const char *s = node->text + 1;
        while (*s == ' ' || *s == '\t' || *s == '\n')
            s++;
        if (!*s)
            return "";
    }
    return node->text;
}

/* How many keys of item belong to set other and not to set own. */
static size_t others_keys(const YNode *item, KeySetId own, KeySetId other)
{
    size_t n = 0;
    for (size_t i = 0; i < item->count; i++)
        n += !keys_find(own, item->keys[i]->text) && keys_find(other, item->keys[i]->text);
    return n;
}

int yread_stray_entry(DiagSink *diags, const YNode *item, KeySetId set, KeySetId *belongs)
{
    static const char *const body_kinds[] = {"part",  "section", "clause", "subclause", "point",
                                             "bullet", "para",   "task",   "table"};
    static const struct {
        KeySetId set;
        const char *what, *list;
    } lists[] = {{KEYSET_UNIT, "a unit", "units"},
                 {KEYSET_LEVEL, "a level", "levels"},
                 {KEYSET_LOCALITY, "a locality", "localities"}};
    /* the entries after the lost line are all strays: the first is
     * reported, the others of its list (its file and set) skipped */
    static char reported_file[1024]; /* a copy: the file's arena may be gone */
    static KeySetId reported_set;
    const char *own = set == KEYSET_BASIS ? "a legal basis" : NULL;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        if (lists[l].set == set)
            own = lists[l].what;
    if (!own || item->kind != YNODE_MAP)
        return 0;
    const char *file = item->pos.file ? item->pos.file : "";
    int again = reported_set == set && strcmp(reported_file, file) == 0 && *reported_file;
    const YNode *id = set == KEYSET_BASIS ? ynode_get(item, "id") : NULL;
    if (id) {
        /* a legal basis has no id: the entry is a registry's, the line
         * naming it lost under 'bases:' ({id, name} is a unit's, the
         * likeliest, or a level's; a locality's has its own keys) */
        size_t l = others_keys(item, KEYSET_BASIS, KEYSET_LOCALITY) >= 2 ? 2 : 0;
        snprintf(reported_file, sizeof reported_file, "%s", file);
        reported_set = set;
        *belongs = lists[l].set;
        const YNode *key = item->keys[0];
        for (size_t i = 0; i < item->count; i++)
            if (item->values[i] == id)
                key = item->keys[i];
        if (!again)
            diag_error(diags, key->pos, yread_span(key), KH101,
                       "unknown key '%s' in %s: a key of %s; is the '%s:' line above it missing? "
                       "Restore it (until it is back, the uses of its ids are not checked)",
                       key->text, _(own), _(lists[l].what), lists[l].list);
        return 1;
    }
    for (size_t i = 0; i < item->count; i++) {
        const YNode *key = item->keys[i];
        if (keys_find(set, key->text))
            continue;
        for (size_t k = 0; k < sizeof body_kinds / sizeof body_kinds[0]; k++)
            if (strcmp(key->text, body_kinds[k]) == 0) {
                snprintf(reported_file, sizeof reported_file, "%s", file);
                reported_set = set;
                *belongs = KEYSET_ENTRY;
                if (!again)
                    diag_error(diags, key->pos, yread_span(key), KH101,
                               "unknown key '%s' in %s: this entry is a body entry; is the "
                               "'body:' line above it missing? Restore it", key->text, _(own));
                return 1;
            }
        for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
            if (lists[l].set != set && keys_find(lists[l].set, key->text) &&
                others_keys(item, set, lists[l].set) >= 2) {
                snprintf(reported_file, sizeof reported_file, "%s", file);
                reported_set = set;
                *belongs = lists[l].set;
                if (!again)
                    diag_error(diags, key->pos, yread_span(key), KH101,
                               "unknown key '%s' in %s: a key of %s; is the '%s:' line above it "
                               "missing? Restore it (until it is back, the uses of its ids are "
                               "not checked)", key->text, _(own), _(lists[l].what), lists[l].list);
                return 1;
            }
    }
    return 0;
}

const char *yread_marker(DiagSink *diags, const YNode *node)
{
    static const char *const markers[] = {"-", "+", "*", "•", "–"};
    const char *text = yread_scalar(diags, node, "marker", KH102);
    if (!text)
        return NULL;
    for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++)
        if (strcmp(text, markers[i]) == 0)
            return markers[i];
    diag_error(diags, node->pos, yread_span(node), KH106,
               "'marker' is one of - + * • –, not '%s': write one of them, in quotes", text);
    return NULL;
}

const char *yread_scalar(DiagSink *diags, const YNode *node, const char *key, DiagId code)
{
    if (node->kind != YNODE_SCALAR) {
        diag_error(diags, node->pos, yread_span(node), code, "'%s' must be a string, not %s: "
                   "write the text on the key's line, in quotes if it holds ': ' or '{'",
                   key, ynode_kind_name(node));
        return NULL;
    }
    return node->text;
}

const char *yread_name(DiagSink *diags, const YNode *map, const char *key, const char *what,
                       const char *text)
{
    if (!text || utf8_count(text, strlen(text)) <= YREAD_MAX_NAME_CHARS)
        return text;
    const YNode *node = ynode_get(map, key);
    diag_error(diags, node->pos, yread_span(node), KH115,
               "'%s' of %s is longer than %d characters; a name is printed wherever it is "
               "referred to: write the name alone, and the rest in the text",
               key, _(what), YREAD_MAX_NAME_CHARS);
    return NULL;
}

int yread_int_text(const char *text, long *out)
{
    if (!text || !*text)
        return -1;
    const char *s = text;
    if (*s == '-' || *s == '+')
        s++;
    if (!isdigit((unsigned char)*s))
        return -1;
    for (const char *c = s; *c; c++)
        if (!isdigit((unsigned char)*c))
            return -1;
    if (strlen(s) > 12)
        return -1;
    *out = strtol(text, NULL, 10);
    return 0;
}

int yread_number_base(DiagSink *diags, Arena *arena, const YNode *node, const char *key,
                      const char *text, int text_ok)
{
    double value = 0;
    int base = text ? vi_number_base(text, &value) : 0;
    if (!base)
        return 0;
    const char *sign = *text == '-' ? "-" : "";
    const char *digits = text + strspn(text, "+-"), *kept = digits + strspn(digits, "0");
    const char *decimal = arena_printf(arena, "%s%s", *kept ? sign : "", *kept ? kept : "0");
    const char *other = base == 10 ? _("text (its octal has no 8 or 9)")
                                   : arena_printf(arena, "%.0f", value);
    const char *quoted = text_ok ? arena_printf(arena, _(", or \"%s\" in quotes if it is a code"),
                                                text) : "";
    if (base == 10 || (digits[1] >= '0' && digits[1] <= '9'))
        diag_error(diags, node->pos, yread_span(node), KH114,
                   "'%s' is '%s': %s as khgen reads numbers, but %s to a YAML 1.1 reader "
                   "(PyYAML), which reads digits after a leading 0 as octal: write %s without "
                   "the 0%s", key, text, decimal, other, decimal, quoted);
    else
        diag_error(diags, node->pos, yread_span(node), KH108,
                   "'%s' is '%s', a number in base %d, %.0f in decimal: khgen reads decimal "
                   "digits only; write %.0f", key, text, base, value, value);
    return 1;
}

int yread_id_line_pasted(DiagSink *diags, const YNode *list, size_t i, const char *what)
{
    const YNode *item = list->items[i];
    if (i + 1 >= list->count || item->kind != YNODE_MAP || item->count != 1 ||
        strcmp(item->keys[0]->text, "id") != 0 || item->values[0]->kind != YNODE_SCALAR ||
        !*item->values[0]->text)
        return 0;
    const YNode *next = ynode_get(list->items[i + 1], "id");
    if (!next || next->kind != YNODE_SCALAR || strcmp(next->text, item->values[0]->text) != 0)
        return 0;
    diag_error(diags, item->pos, 2, KH200,
               "the line '- id: %s' is written twice (here and at line %d): this one is %s "
               "of its id alone, above the whole one; delete this line",
               next->text, next->pos.line, _(what));
    return 1;
}
