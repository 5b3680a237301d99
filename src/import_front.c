/* import_front.c - a Markdown plan's front matter in its header.
 *
 * A .md written for pandoc, Jekyll, Hugo or Obsidian may open with a YAML
 * block, "title: Kế hoạch ...", "date: 2024-01-15", "number: 125/KH-UBND"
 * (md_front.c tells it; import_text.c keeps the whole block as one review
 * note). Session 29 left it at that: a .md whose title and date were only
 * there imported the placeholders "Trích yếu nội dung kế hoạch" and "2025"
 * while its metadata named both (s29foreign leftover). Here the three
 * fields are the plan's where the document's own header gives none (a
 * review comment says they were taken from the front matter), and where
 * the document gives them too and they differ, the document's are kept
 * and a review comment names the front matter's: what a reader sees wins.
 * Works on the plan's header only, after import_head.c read the document's
 * and before it guesses what is missing. Linear in the fields' length.
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "import_impl.h"
#include "md_front.h"
#include "vi.h"

/* s without a leading "Kế hoạch" (any case) and the ':' or '-' after it,
 * its first letter a capital: "Kế hoạch phát triển ..." is the subject
 * line "Phát triển ...", as the document prints "KẾ HOẠCH" over it. */
static const char *subject_of(Ctx *c, const char *s)
{
    if (starts_with_ci(s, "Kế hoạch ") || starts_with_ci(s, "Kế hoạch:")) {
        s += strlen("Kế hoạch");
        while (*s == ' ' || *s == ':' || *s == '-')
            s++;
    }
    if (!*s)
        return NULL;
    int bytes = 1;
    utf8_decode(s, &bytes);
    if (bytes < 1)
        bytes = 1;
    Buf b = {0};
    char first[8] = {0};
    memcpy(first, s, (size_t)bytes < sizeof first ? (size_t)bytes : sizeof first - 1);
    vi_put_upper(&b, first);
    buf_puts(&b, s + bytes);
    const char *subject = buf_to_arena(&b, c->arena);
    buf_free(&b); /* buf_to_arena copies and empties, it keeps the memory */
    return subject;
}

/* The same words, whatever the case, emphasis and spacing */
static int same_words(const char *a, const char *b)
{
    Buf x = {0}, y = {0};
    bare_upper(&x, a);
    bare_upper(&y, b);
    int same = x.len == y.len && (x.len == 0 || memcmp(x.data, y.data, x.len) == 0);
    buf_free(&x);
    buf_free(&y);
    return same;
}

/* "2024-01-15" (a time after it allowed, as Hugo writes it), "15/01/2024",
 * "2024-01", "2024": the date as the plan writes it, or NULL */
static const char *front_date(Ctx *c, const char *s, int *year)
{
    int y = 0, m = 0, d = 0, n = 0;
    int full = (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 &&
                (s[n] == '\0' || s[n] == 'T' || s[n] == ' ')) ||
               (sscanf(s, "%2d/%2d/%4d%n", &d, &m, &y, &n) == 3 && s[n] == '\0');
    if (full) { /* "2024-01-00", "00/01/2024" name no day (were read as "2024-01") */
        if (m < 1 || d < 1)
            return NULL;
    } else if (sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && s[n] == '\0') {
        d = 0;
    } else if (sscanf(s, "%4d%n", &y, &n) == 1 && n == 4 && s[n] == '\0') {
        m = d = 0;
    } else {
        return NULL;
    }
    if (y < 1900 || y > 2200 || m < 0 || m > 12 || (m && d && !vi_date_valid(y, m, d)))
        return NULL;
    *year = y;
    if (m && d)
        return arena_printf(c->arena, "%04d-%02d-%02d", y, m, d);
    return m ? arena_printf(c->arena, "%04d-%02d", y, m) : arena_printf(c->arena, "%04d", y);
}

/* "125/KH-UBND", "Số: 125/KH-UBND": the number's figures and the code */
static int front_number(Ctx *c, const char *s, const char **number, const char **code)
{
    if (starts_with_ci(s, "Số")) {
        s += strlen("Số");
        while (*s == ':' || *s == ' ')
            s++;
    }
    const char *slash = strchr(s, '/');
    if (!slash || slash == s || !slash[1])
        return 0;
    for (const char *k = s; k < slash; k++)
        if (*k < '0' || *k > '9')
            return 0;
    *number = dup_range(c, s, (size_t)(slash - s));
    *code = trim_dup(c, slash + 1);
    return 1;
}

/* A comment, or two joined, for a field */
static const char *also(Ctx *c, const char *had, const char *note)
{
    return had ? arena_printf(c->arena, "%s; %s", had, note) : note;
}

void imp_front_header(Ctx *c, const char *const front[3], int title_found)
{
    IPlan *plan = c->plan;
    const char *t = front[MD_FRONT_TITLE];
    const char *subject = t ? subject_of(c, t) : NULL;
    if (subject && !title_found) {
        plan->title = subject;
        plan->title_comment =
            arena_printf(c->arena, _("the title is the front matter's ('title: %s'): the "
                                     "document prints none under 'KẾ HOẠCH'"), t);
    } else if (subject && !same_words(subject, plan->title) && !same_words(t, plan->title)) {
        plan->title_comment = also(
            c, plan->title_comment,
            arena_printf(c->arena, _("the front matter's title ('title: %s') is not the "
                                     "document's: the document's is kept"), t));
    }
    int year = 0;
    const char *d = front[MD_FRONT_DATE];
    const char *date = d ? front_date(c, d, &year) : NULL;
    if (d && !date) {
        plan->date_comment = also(c, plan->date_comment,
                                  arena_printf(c->arena, _("the front matter's date ('date: %s') "
                                                           "is no date: left out"), d));
    } else if (date && !plan->date) {
        plan->date = date;
        c->year = year;
        plan->date_comment =
            arena_printf(c->arena, _("the date is the front matter's ('date: %s'): the "
                                     "document has no place and date line"), d);
    } else if (date && strcmp(date, plan->date) != 0) {
        plan->date_comment =
            also(c, plan->date_comment,
                 arena_printf(c->arena, _("the front matter's date ('date: %s') is not the "
                                          "document's: the document's is kept"), d));
    }
    const char *s = front[MD_FRONT_NUMBER], *number = NULL, *code = NULL;
    int read = s && front_number(c, s, &number, &code);
    if (s && !read) {
        plan->number_comment =
            arena_printf(c->arena, _("the front matter's number ('%s') is no document's "
                                     "number ('125/KH-UBND'): left out"), s);
    } else if (read && (!plan->number || !*plan->number)) {
        plan->number = number;
        if (!plan->code || !*plan->code)
            plan->code = code;
        plan->number_comment =
            arena_printf(c->arena, _("the number is the front matter's ('%s'): the document "
                                     "prints none"), s);
    } else if (read && (strcmp(number, plan->number) != 0 ||
                        (plan->code && strcmp(code, plan->code) != 0))) {
        plan->number_comment =
            arena_printf(c->arena, _("the front matter's number ('%s') is not the "
                                     "document's: the document's is kept"), s);
    }
}
