/* wording_names.c - a name misspelt in a phrase of a --templates
 * wording.yaml, told by `khgen check`.
 *
 * A province's wording.yaml rewrites the standard phrases, each a one-line
 * template over the names the renderer gives it ("Căn cứ {{kind}} số
 * {{number}} ..."). A name misspelt there, {{kid}}, printed nothing in its
 * place: "Căn cứ  số 263/QĐ-TTg", exit 0. `khgen build` warned at render
 * (KH801, template.c), but `khgen check`, which renders nothing, said
 * nothing at all (s43msg: a misspelt placeholder was 18 of 62 template
 * mutants, each silent under check). Here, when the templates are loaded,
 * each phrase of the user's file is read against the built-in phrase of
 * its key: a name of a tag that the built-in phrase never uses and that is
 * near one it uses is warned (KH801), with the same words and at the same
 * place as the render's warning, which the sink then keeps once. A name
 * near none is left to the render (the renderer may give a phrase names
 * its built-in text does not print).
 *
 * Reads the two loaded tables; linear in the phrases' lengths.
 */
#include "wording_names.h"

#include <string.h>

#include "suggest.h"
#include "util.h"
#include "vi.h"

enum { MAX_NAMES = 32, NAME_MAX_LEN = 48 };

typedef struct Tag {
    size_t at, len;    /* the tag's bytes in the text, "{{kid}}" */
    const char *name;  /* within the text */
    size_t name_len;
} Tag;

/* The next tag of text from *at with a name ({{x}}, {{{x}}}, {{#x}},
 * {{^x}}, {{/x}}, {{&x}}; not a partial's or a comment's); 0 at the end. */
static int next_tag(const char *text, size_t len, size_t *at, Tag *tag)
{
    while (*at + 4 <= len) {
        const char *open = memchr(text + *at, '{', len - *at);
        if (!open || open + 1 >= text + len)
            return 0;
        size_t i = (size_t)(open - text);
        *at = i + 1;
        if (text[i + 1] != '{')
            continue;
        size_t k = i + 2 + (i + 2 < len && text[i + 2] == '{');
        char sigil = k < len ? text[k] : 0;
        if (sigil == '>' || sigil == '!' || sigil == '=')
            continue;
        k += sigil && strchr("#^/&", sigil) != NULL;
        while (k < len && text[k] == ' ')
            k++;
        size_t from = k;
        while (k < len && (text[k] == '_' || text[k] == '.' || text[k] == '-' ||
                           (text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z') ||
                           (text[k] >= '0' && text[k] <= '9')))
            k++;
        size_t to = k;
        while (k < len && (text[k] == ' ' || text[k] == '}'))
            k++;
        if (to == from || to - from >= NAME_MAX_LEN || k - to < 2)
            continue;
        *tag = (Tag){i, k - i, text + from, to - from};
        *at = k;
        return 1;
    }
    return 0;
}

/* The names the built-in phrase's tags use, in names (copies); how many */
static size_t names_of(const YNode *phrase, char names[][NAME_MAX_LEN], const char **list)
{
    size_t n = 0, at = 0;
    Tag tag;
    while (n < MAX_NAMES && next_tag(phrase->text, phrase->len, &at, &tag)) {
        memcpy(names[n], tag.name, tag.name_len);
        names[n][tag.name_len] = '\0';
        size_t k = 0;
        while (k < n && strcmp(list[k], names[n]) != 0)
            k++;
        if (k == n)
            list[n] = names[n], n++;
    }
    return n;
}

/* KH801 at each name of the user's phrase that the built-in one's names
 * lack and one of them is near */
static void check_phrase(DiagSink *diags, const YNode *user, const YNode *builtin)
{
    char names[MAX_NAMES][NAME_MAX_LEN], name[NAME_MAX_LEN];
    const char *list[MAX_NAMES];
    size_t n = names_of(builtin, names, list), at = 0;
    Tag tag;
    StrSet told = {0};
    char told_names[MAX_NAMES][NAME_MAX_LEN];
    size_t n_told = 0;
    while (next_tag(user->text, user->len, &at, &tag)) {
        memcpy(name, tag.name, tag.name_len);
        name[tag.name_len] = '\0';
        size_t k = 0;
        while (k < n && strcmp(list[k], name) != 0)
            k++;
        const char *hint = k == n ? suggest_best(name, list, n) : NULL;
        if (!hint || n_told == MAX_NAMES)
            continue;
        memcpy(told_names[n_told], name, tag.name_len + 1);
        if (strset_add(&told, told_names[n_told], n_told) != n_told)
            continue; /* once a name and phrase, as the render tells it */
        n_told++;
        /* its place in wording.yaml: the value's, past its opening quote */
        SrcPos pos = user->pos;
        pos.col += (user->style == YSTYLE_QUOTED) + (int)utf8_count(user->text, tag.at);
        diag_warning(diags, pos, (int)utf8_count(user->text + tag.at, tag.len), KH801,
                     "unknown name '%s' in template (did you mean '%s'?)", name, hint);
    }
    strset_free(&told);
}

void wording_names_check(DiagSink *diags, const YNode *user, const YNode *builtin)
{
    for (size_t i = 0; i < user->count; i++) {
        const YNode *mine = user->values[i], *theirs = ynode_get(builtin, user->keys[i]->text);
        if (theirs && mine->kind == YNODE_SCALAR && theirs->kind == YNODE_SCALAR &&
            memchr(mine->text, '{', mine->len))
            check_phrase(diags, mine, theirs);
    }
}
