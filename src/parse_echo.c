/* parse_echo.c - a printed field that repeats the words printed around it.
 *
 * Some fields are printed inside a phrase of khgen's own: a legal basis
 * "Căn cứ KIND số NUMBER ngày DATE của BY ABOUT", the header's "Số:
 * NUMBER/CODE" and "PLACE, ngày ... tháng ... năm ...", each attachment's
 * "(Kèm theo Kế hoạch số ... của ISSUER_SHORT)". A drafter editing an
 * imported plan, or copying a line out of last year's Word file, types
 * the phrase's word into the value as well: `by: của UBND huyện` printed
 * "của của UBND huyện", `number: số 12/QĐ-UBND` "số số 12/QĐ-UBND", a
 * basis's number with its date, `number: 12/QĐ-UBND ngày 05/01/2024`,
 * "ngày 05/01/2024 ngày 05/01/2024", `code: /KH-UBND` "25//KH-UBND",
 * `place: Yên Thế,` "Yên Thế,, ngày", `number: "Số 25"` "Số: Số 25", all
 * with exit 0 (s24attack F2). Such a value is printed without the word
 * repeated, with a warning at the value (KH172), as KH122 prints a field
 * without its spaces.
 *
 * The subject line is printed under the document's kind ("KẾ HOẠCH"); a
 * subject that begins with the kind's words ("Kế hoạch thực hiện ...",
 * a Word file's title line typed whole) printed "KẾ HOẠCH / Kế hoạch thực
 * hiện ...", a form none of the seeds has: Nghị định 30 makes the subject
 * (trích yếu) the summary of what the document is about, under its kind's
 * name. It is warned at (KH174) and printed as written: "Kế hoạch hóa gia
 * đình ..." (family planning) is a subject, and not warned at.
 *
 * Stage: parse.
 */
#include <string.h>

#include "parse_impl.h"
#include "template.h"
#include "vi.h"

/* The length of word at the start of s (its first letter in either case),
 * and of the spaces and colons after it; 0 when s does not begin with it
 * as a word. A digit right after it ends the word too: "Số12/QĐ-UBND"
 * printed "số Số12/QĐ-UBND" without a word (s25mut). The word alone
 * ("Số:", "số") is all of s: the value is the phrase's word and no number
 * (`number: "Số:"` printed "Số: Số:/KH-UBND" without a word: s25mut L1),
 * printed as the number left blank, with the warning. */
static size_t begins(const char *s, const char *lower, const char *upper)
{
    size_t n = strlen(lower);
    if (strncmp(s, lower, n) != 0 && strncmp(s, upper, n) != 0)
        return 0;
    if (s[n] >= '0' && s[n] <= '9')
        return n;
    if (s[n] && !vi_space_len(s + n) && s[n] != ':') /* a space of any kind (vi_words.c) */
        return 0;
    for (size_t sp; (sp = vi_space_len(s + n)) > 0 || s[n] == ':';)
        n += sp ? sp : 1;
    return n;
}

/* Where " ngày D" (a digit after it, spaces of any kind around "ngày")
 * starts in s, or NULL; the bytes of the space before "ngày" in *space. */
static const char *date_after(const char *s, size_t *space)
{
    for (const char *t = str_find(s, "ngày"); t; t = str_find(t + 1, "ngày")) {
        size_t after = vi_spaces_len(t + strlen("ngày"));
        *space = vi_space_before(s, t);
        if (*space && after && t[strlen("ngày") + after] >= '0' &&
            t[strlen("ngày") + after] <= '9')
            return t - *space;
    }
    return NULL;
}

static const char *warn(Parser *p, const YNode *node, const char *key, const char *word,
                        const char *shown, int before, const char *kept)
{
    if (before)
        diag_warning(p->diags, node->pos, yread_span(node), KH172,
                     "'%s' begins with '%s', which khgen prints before it: the document showed "
                     "\"%s\"; it is printed once: delete '%s' from the value",
                     key, word, shown, word);
    else
        diag_warning(p->diags, node->pos, yread_span(node), KH172,
                     "'%s' ends with '%s', which khgen prints after it: the document showed "
                     "\"%s\"; it is printed once: delete '%s' from the value",
                     key, word, shown, word);
    return kept;
}

/* Whether the wording key's phrase prints needle beside its tag, as the
 * built-in one does: a --templates wording.yaml may print the basis
 * without "của" ("{{#issuer}} {{issuer}}{{/issuer}}"), and then the value's
 * "của" is the one printed. */
static int printed_beside(Parser *p, const char *key, const char *needle)
{
    const char *phrase = p->templates ? tpl_wording(p->templates, key) : NULL;
    return !p->templates || (phrase && str_find(phrase, needle));
}

const char *echo_strip(Parser *p, const YNode *node, const char *text, EchoField field)
{
    if (!node || !text || !*text)
        return text;
    if ((field == ECHO_BY && !printed_beside(p, "basis", "của {{issuer}}")) ||
        (field == ECHO_SHORT && !printed_beside(p, "attachment_under_title", "của {{issuer}}")) ||
        ((field == ECHO_NUMBER || field == ECHO_NUMBER_DATED) &&
         !printed_beside(p, "basis", "số {{number}}")))
        return text;
    if (field == ECHO_NUMBER_DATED && !printed_beside(p, "basis", "{{/number}} ngày {{date}}"))
        field = ECHO_NUMBER;
    size_t n, len = strlen(text);
    switch (field) {
    case ECHO_BY:
    case ECHO_SHORT:
        if ((n = begins(text, "của", "Của")) != 0)
            return warn(p, node, field == ECHO_BY ? "by" : "issuer_short", "của",
                        arena_printf(p->arena, "của %s", text), 1, text + n);
        break;
    case ECHO_NUMBER:
        if ((n = begins(text, "số", "Số")) != 0)
            return warn(p, node, "number", "số", arena_printf(p->arena, "số %s", text), 1,
                        text + n);
        break;
    case ECHO_NUMBER_DATED: {
        if ((n = begins(text, "số", "Số")) != 0)
            text = warn(p, node, "number", "số", arena_printf(p->arena, "số %s", text), 1,
                        text + n);
        size_t space = 0;
        const char *at = date_after(text, &space);
        if (at && at != text)
            return warn(p, node, "number", at + space,
                        arena_printf(p->arena, "số %s ngày ...", text), 0,
                        arena_strndup(p->arena, text, (size_t)(at - text)));
        break;
    }
    case ECHO_HEADER_NUMBER:
        if ((n = begins(text, "số", "Số")) != 0)
            return warn(p, node, "number", arena_strndup(p->arena, text, strlen("số")),
                        arena_printf(p->arena, "Số: %s", text), 1, text + n);
        break;
    case ECHO_CODE:
        for (n = 0; text[n] == '/' || vi_space_len(text + n);)
            n += text[n] == '/' ? 1 : vi_space_len(text + n);
        if (n && text[n])
            return warn(p, node, "code", "/", arena_printf(p->arena, "/%s", text), 1, text + n);
        break;
    case ECHO_PLACE: {
        size_t end = len, sp = 0;
        if (end > strlen("ngày") && strcmp(text + end - strlen("ngày"), "ngày") == 0 &&
            (sp = vi_space_before(text, text + end - strlen("ngày"))) > 0)
            end -= strlen("ngày") + sp;
        while (end && (text[end - 1] == ',' || (sp = vi_space_before(text, text + end)) > 0))
            end -= text[end - 1] == ',' ? 1 : sp;
        const char *word = text + end + vi_spaces_len(text + end);
        if (end && end < len) /* "Yên Thế,", "Yên Thế, ngày", "Yên Thế ngày" */
            return warn(p, node, "place", word, arena_printf(p->arena, "%s, ngày", text), 0,
                        arena_strndup(p->arena, text, end));
        break;
    }
    }
    return text;
}

/* The first n words of s (after any emphasis marks), folded (vi_put_folded),
 * in out, one space between them and no ':' or ',' after the last ("Kế
 * hoạch: thực hiện", "Kế\u00A0hoạch", "Kế  hoạch" read as "ke hoach":
 * s26review); the bytes of s they take (marks included) in *len. */
static void first_words_folded(const char *s, size_t n, Buf *out, size_t *len)
{
    const char *t = s;
    while (*t == '*' || *t == '_' || vi_space_len(t))
        t += vi_space_len(t) ? vi_space_len(t) : 1;
    const char *end = t;
    Buf words = {0};
    for (size_t w = 0; w < n && *end; w++) {
        size_t b;
        while ((b = vi_space_len(end)))
            end += b;
        if (w && *end)
            buf_putc(&words, ' ');
        for (; *end && !vi_space_len(end); end++)
            if (*end != '*' && *end != '_') /* "**Kế hoạch** thực hiện" */
                buf_putc(&words, *end);
    }
    while (words.len && (words.data[words.len - 1] == ':' || words.data[words.len - 1] == ','))
        words.data[--words.len] = '\0';
    vi_put_folded(out, buf_str(&words));
    buf_free(&words);
    *len = (size_t)(end - s);
}

void echo_title(Parser *p, const YNode *node, const char *title)
{
    const char *kind = p->templates ? tpl_wording(p->templates, "doc_kind") : "KẾ HOẠCH";
    if (!node || !title || !kind || !*kind || str_find(kind, "{{"))
        return;
    size_t n_words = 1;
    for (const char *k = kind; *k; k++)
        n_words += *k == ' ' && k[1] && k[1] != ' ';
    Buf want = {0}, got = {0}, next = {0};
    size_t len = 0, next_len = 0;
    first_words_folded(kind, n_words, &want, &len);
    first_words_folded(title, n_words, &got, &len);
    first_words_folded(title + len, 1, &next, &next_len);
    /* "kế hoạch hóa gia đình" (family planning) is a subject's words */
    if (want.len && strcmp(buf_str(&want), buf_str(&got)) == 0 &&
        strcmp(buf_str(&next), "hoa") != 0) {
        const char *start = title + strspn(title, "*_ ");
        while (len && (title[len - 1] == '*' || title[len - 1] == '_')) /* "**Kế hoạch**" */
            len--;
        SrcPos at = node->text == title ? ynode_pos_at(node, (size_t)(start - title)) : node->pos;
        diag_warning(p->diags, at, (int)utf8_count(start, (size_t)(title + len - start)), KH174,
                     "the subject line begins with '%.*s', the kind of document printed above "
                     "it: the document shows \"%s / %.*s ...\"; begin it with what the plan is "
                     "about (\"Thực hiện ...\", \"Triển khai ...\")",
                     (int)(title + len - start), start, kind, (int)(title + len - start), start);
    }
    buf_free(&want);
    buf_free(&got);
    buf_free(&next);
}
