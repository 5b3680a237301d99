/* textref.c - the syntax of {references} in plan text: the one scanner.
 *
 * Not a stage of its own: a lexical helper that inline.c (checking and
 * expanding references) and figures.c (figures over a table's rows) share,
 * so that what is checked is exactly what is printed. It reads only the
 * text it is given and allocates only the scratch copy of a reference
 * and, when it escapes '<' for Markdown, the backtick runs of a line (freed
 * when the scan of the text ends).
 */
#include "textref.h"

#include <stdlib.h>
#include <string.h>

#include "md_autolink.h"
#include "refnames.h"
#include "util.h"

/* Brings ref's reading of the code spans forward to byte i: 1 if byte i
 * lies inside a `code span` of its line, as CommonMark and md_sanitize
 * read one: md_backtick_runs' runs of the line, each opening a span as
 * md_backtick_span says (a backslash before a run escapes its first
 * backtick only, the rest opening a span: "\``a<b`": "a<b" is code,
 * where a backslash would print; the count of backticks before i, odd or
 * even, called it text). The runs of a line are found once, in one pass,
 * when the scan meets its first backtick, for runs of any length (a
 * memory of failed lengths up to 64 let a span of 65 backticks print
 * "a\<b": s41review). Forward only: a span found is passed whole. */
static int in_code_span(const char *text, size_t i, ScannedRef *ref)
{
    size_t p = ref->tick_pos;
    if (p > i && i >= ref->code_start && i < ref->code_end)
        return 1; /* in the span passed last */
    if (p > i) { /* never happens in a forward scan; start the line over */
        p = i;
        while (p > 0 && text[p - 1] != '\n')
            p--;
        ref->code_start = ref->code_end = 0;
        ref->tick_bol = p;
        ref->runs_bol = (size_t)-1; /* its runs found again */
    }
    if (!ref->runs) {
        ref->runs = xmalloc(sizeof *ref->runs);
        memset(ref->runs, 0, sizeof *ref->runs);
        ref->runs_bol = (size_t)-1;
        ref->next_run = 0;
    }
    MdBacktickRuns *runs = ref->runs;
    while (p < i) {
        if (text[p] == '\n') {
            ref->tick_bol = ++p;
            continue;
        }
        if (text[p] != '`') {
            p++;
            continue;
        }
        if (ref->runs_bol != ref->tick_bol) { /* the line's runs, once */
            const char *bol = text + ref->tick_bol;
            md_backtick_runs(runs, text, bol, bol + strcspn(bol, "\n"));
            ref->runs_bol = ref->tick_bol;
            ref->next_run = 0;
        }
        while (ref->next_run < runs->n && runs->off[ref->next_run] < p)
            ref->next_run++;
        if (ref->next_run >= runs->n || runs->off[ref->next_run] != p) {
            p++; /* never: p stands at a run's first backtick */
            continue;
        }
        size_t slashes = 0, from, to;
        while (p - slashes > ref->code_end && p - slashes > ref->tick_bol &&
               text[p - slashes - 1] == '\\')
            slashes++;
        if (md_backtick_span(runs, ref->next_run, slashes, &from, &to)) {
            ref->code_start = from;
            ref->code_end = p = to;
        } else {
            p += runs->len[ref->next_run];
        }
    }
    ref->tick_pos = p;
    return i >= ref->code_start && i < ref->code_end;
}

/* 1 if the ',' at s inside a figure's word that starts at word is a
 * decimal comma, to be kept: a digit on each side and a comparison before
 * it ("data.ty_le>=92,5", "dt=2,25|3,5", "stated=17,9"), as numbers are
 * written as printed. Elsewhere a comma separates words ("{loc a,b}",
 * "{crit 17,18}"). */
static int decimal_comma(const char *name, const char *word, const char *s)
{
    if (s == word || s[-1] < '0' || s[-1] > '9' || s[1] < '0' || s[1] > '9')
        return 0;
    if (!name || (strcmp(name, "count") != 0 && strcmp(name, "sum") != 0 &&
                  strcmp(name, "avg") != 0 && strcmp(name, "list") != 0))
        return 0;
    return word != name && strcspn(word, "=<>") < (size_t)(s - word);
}

/* Scans text from *offset: appends the literal run (with "{{" and "}}" made
 * single, and "<" backslash-escaped when escape_lt) to literal, and if a reference follows, fills ref and returns 1;
 * returns 0 at the end of the text, -1 for an unclosed reference (ref->start
 * set). */
/* 1 if s starts a reference's name: a lower-case ASCII letter, or a word
 * of ASCII letters with a capital first ("{Year}", "{COUNT ...}": a
 * reference miswritten, reported with the suggestion, not printed as it
 * is), or the Vietnamese word for a reference ("{Năm}", "{Đơn vị tckh}",
 * refnames.c: reported with the English name); "{Một}", "{1}" stay
 * literal. */
static int starts_name(const char *s)
{
    if (*s >= 'a' && *s <= 'z')
        return 1;
    const char *word = s;
    if (!(*s >= 'A' && *s <= 'Z'))
        return (unsigned char)*s >= 0x80 && refname_vi_starts(word);
    while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
        s++;
    if (*s == '}' || *s == ' ' || *s == '+' || *s == '-')
        return 1;
    return (unsigned char)*s >= 0x80 && refname_vi_starts(word);
}

int textref_scan(const char *text, size_t *offset, Buf *literal, ScannedRef *ref, int escape_lt)
{
    size_t i = *offset;
    while (text[i]) {
        if (!literal) {
            i += strcspn(text + i, "{}"); /* nothing to copy: on to a brace */
            if (!text[i])
                break;
        } else {
            /* the run up to the next brace (or "<") is copied as it is */
            size_t run = strcspn(text + i, escape_lt ? "{}<" : "{}");
            if (run) {
                buf_putn(literal, text + i, run);
                i += run;
                continue;
            }
        }
        if (text[i] == '{' && text[i + 1] == '{') {
            if (literal)
                buf_putc(literal, '{');
            i += 2;
            continue;
        }
        if (text[i] == '}' && text[i + 1] == '}') {
            if (literal)
                buf_putc(literal, '}');
            i += 2;
            continue;
        }
        if (text[i] == '{' && starts_name(text + i + 1)) {
            /* the first '}' or line break after the '{' (remembered: in a
             * run of unclosed '{' it is the same one for all of them) */
            if (!(ref->stop_from <= i && i < ref->stop_at)) {
                ref->stop_from = i;
                ref->stop_at = i + strcspn(text + i, "}\n");
            }
            const char *close = text[ref->stop_at] == '}' ? text + ref->stop_at : NULL;
            ref->start = i;
            if (!close) {
                *offset = i + 1;
                return -1;
            }
            size_t inner_len = (size_t)(close - (text + i + 1));
            ref->scratch = inner_len < sizeof ref->small ? ref->small : xmalloc(inner_len + 1);
            memcpy(ref->scratch, text + i + 1, inner_len);
            ref->scratch[inner_len] = '\0';
            ref->n_args = 0;
            ref->n_dropped = 0;
            ref->name = NULL;
            char *s = ref->scratch;
            while (*s) {
                while (*s == ' ' || *s == '\t' || *s == ',')
                    *s++ = '\0';
                if (!*s)
                    break;
                if (!ref->name)
                    ref->name = s;
                else if (ref->n_args < TEXTREF_MAX_ARGS)
                    ref->args[ref->n_args++] = s;
                else
                    ref->n_dropped++;
                const char *word = s;
                while (*s && *s != ' ' && *s != '\t' &&
                       (*s != ',' || decimal_comma(ref->name, word, s)))
                    s++;
            }
            ref->end = (size_t)(close - text) + 1;
            *offset = ref->end;
            return 1;
        }
        if (literal) {
            /* Markdown output: "<" starts no HTML ("<b>" in a plan prints as
             * written, as the HTML back end shows it), unless already escaped
             * or inside a `code span`, where a backslash would show */
            if (escape_lt && text[i] == '<' && (i == 0 || text[i - 1] != '\\') &&
                !in_code_span(text, i, ref))
                buf_putc(literal, '\\');
            buf_putc(literal, text[i]);
        }
        i++;
    }
    *offset = i;
    if (ref->runs) { /* the end of the text: the code spans' memory goes */
        md_backtick_runs_free(ref->runs);
        free(ref->runs);
        ref->runs = NULL;
    }
    return 0;
}

void textref_release(ScannedRef *ref)
{
    if (ref->scratch != ref->small)
        free(ref->scratch);
    ref->scratch = NULL;
}

/* Whether text holds "{{" or "}}": one pass (every id and name of a plan
 * comes through textref_literal, most with no brace at all). */
static int has_doubled_brace(const char *text)
{
    for (const char *p = text; (p = strpbrk(p, "{}")); p++)
        if (p[1] == p[0])
            return 1;
    return 0;
}

const char *textref_literal(Arena *arena, const char *text)
{
    if (!text || !has_doubled_brace(text))
        return text;
    size_t n = strlen(text);
    char *out = arena_alloc(arena, n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        out[j++] = text[i];
        if ((text[i] == '{' || text[i] == '}') && text[i + 1] == text[i])
            i++;
    }
    out[j] = '\0';
    return out;
}

void inline_each_ref(const char *text, void (*visit)(void *data, const InlineRef *ref),
                     void *data)
{
    size_t offset = 0;
    ScannedRef ref = {0};
    int rc;
    while ((rc = textref_scan(text, &offset, NULL, &ref, 0)) != 0) {
        if (rc < 0)
            continue;
        InlineRef view = {ref.start, ref.end, ref.name, ref.args, ref.n_args};
        visit(data, &view);
        textref_release(&ref);
    }
}

typedef struct FirstRef {
    size_t start, end;
    int found;
} FirstRef;

static void note_first_ref(void *data, const InlineRef *ref)
{
    FirstRef *first = data;
    if (!first->found)
        *first = (FirstRef){ref->start, ref->end, 1};
}

int inline_first_ref(const char *text, size_t *start, size_t *end)
{
    FirstRef first = {0};
    inline_each_ref(text, note_first_ref, &first);
    *start = first.start;
    *end = first.end;
    return first.found;
}
