/* issuer_lines.c - the issuing body's lines as printed in the header.
 *
 * An issuer line wider than the header's left column was left to the
 * engine, which fills each line and wraps the rest: a Sở's name printed
 * "SỞ NÔNG NGHIỆP VÀ MÔI" over a lone "TRƯỜNG" in Word, LibreOffice and
 * Chromium alike (s43user F20), where an official writes "SỞ NÔNG
 * NGHIỆP" over "VÀ MÔI TRƯỜNG". Such a line is broken here, once, for
 * every back end that prints the header in a column (the .docx and the
 * HTML): the fewest lines that fit, no word alone on a line while the
 * words allow, at the breaks an official prefers (after a comma, before
 * "VÀ", "CÁC" or "CỦA", before a kind of place: localgov.h's table), and
 * of those the most even. The widths are Times New Roman's (colwidth.h).
 */
#include "issuer_lines.h"

#include <string.h>

#include "colwidth.h"
#include "localgov.h"

enum { MAX_WORDS = 24, MAX_LINES = 4 };

/* Whether a line may begin at word w: after a comma, before a word that
 * opens a phrase ("VÀ", "CÁC", "CỦA"), before a kind of place ("TỈNH ",
 * "THÀNH PHỐ ": as vi_put_upper writes them). */
static int preferred_break(const char *line, const size_t *start, size_t w)
{
    static const char *const opens[] = {"VÀ ", "CÁC ", "CỦA "};
    const char *at = line + start[w];
    if (at[-2] == ',')
        return 1;
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++)
        if (strncmp(at, opens[k], strlen(opens[k])) == 0)
            return 1;
    for (size_t k = 0; k < n_localgov_kinds; k++)
        if (strncmp(at, localgov_kinds[k].upper, strlen(localgov_kinds[k].upper)) == 0)
            return 1;
    return 0;
}

/* The best split found so far, and what it costs. */
typedef struct Split {
    size_t at[MAX_LINES]; /* the first word of each line but the first */
    int lines;            /* 0: none found */
    int lone, plain;      /* lines of one word; breaks not preferred */
    double widest;        /* the widest line, points */
} Split;

typedef struct Search {
    const char *line;
    size_t start[MAX_WORDS + 1], end[MAX_WORDS]; /* each word's bytes */
    size_t n;
    double room;
    Split now, best;
} Search;

static double part_width(const Search *s, size_t from, size_t to)
{
    return table_text_width(s->line + s->start[from], s->end[to - 1] - s->start[from],
                            ISSUER_SIZE_PT, 1);
}

/* Whether split a costs less than b: fewer lone words, fewer breaks not
 * preferred, then the narrower widest line. */
static int better(const Split *a, const Split *b)
{
    if (!b->lines)
        return 1;
    if (a->lone != b->lone)
        return a->lone < b->lone;
    if (a->plain != b->plain)
        return a->plain < b->plain;
    return a->widest < b->widest - 1e-9;
}

/* Tries every way to put words from..n on lines - 1 more lines. */
static void search(Search *s, size_t from, int lines)
{
    if (lines == 1) {
        double w = part_width(s, from, s->n);
        if (w > s->room)
            return;
        Split done = s->now;
        done.lone += s->n - from == 1;
        if (w > done.widest)
            done.widest = w;
        if (better(&done, &s->best))
            s->best = done;
        return;
    }
    Split saved = s->now;
    for (size_t to = from + 1; to + (size_t)lines - 1 <= s->n; to++) {
        double w = part_width(s, from, to);
        if (w > s->room)
            break;
        s->now.at[s->now.lines++] = to;
        s->now.lone += to - from == 1;
        s->now.plain += !preferred_break(s->line, s->start, to);
        if (w > s->now.widest)
            s->now.widest = w;
        search(s, to, lines - 1);
        s->now = saved;
    }
}

/* Appends line to the list, broken as the file's comment says. */
static void break_line(Arena *arena, const char *line, double room, const char **out, size_t *n)
{
    Search s = {.line = line, .room = room};
    size_t len = strlen(line);
    if (table_text_width(line, len, ISSUER_SIZE_PT, 1) <= room) {
        out[(*n)++] = line;
        return;
    }
    for (size_t i = 0; i < len;) { /* the words, at single spaces */
        while (i < len && line[i] == ' ')
            i++;
        if (i == len)
            break;
        if (s.n == MAX_WORDS) { /* not a name: as written */
            out[(*n)++] = line;
            return;
        }
        s.start[s.n] = i;
        while (i < len && line[i] != ' ')
            i++;
        s.end[s.n++] = i;
    }
    for (int lines = 2; lines <= MAX_LINES && (size_t)lines <= s.n && !s.best.lines; lines++) {
        s.now = (Split){.lines = 0};
        search(&s, 0, lines);
    }
    if (!s.best.lines) {
        out[(*n)++] = line;
        return;
    }
    size_t from = 0;
    for (int k = 0; k <= s.best.lines; k++) {
        size_t to = k < s.best.lines ? s.best.at[k] : s.n;
        out[(*n)++] = arena_strndup(arena, line + s.start[from], s.end[to - 1] - s.start[from]);
        from = to;
    }
}

size_t issuer_lines(Arena *arena, const Plan *plan, const char ***lines)
{
    *lines = NULL;
    if (!plan->n_issuer)
        return 0;
    const Layout *layout = &plan->layout;
    double left = layout->margin_left ? layout->margin_left : 30.0;
    double right = layout->margin_right ? layout->margin_right : 15.0;
    /* the column, less a little for the engines' own rounding */
    double room = (210.0 - left - right) / 25.4 * 72.0 * ISSUER_COLUMN_SHARE - 2.0;
    const char **out = arena_alloc(arena, plan->n_issuer * MAX_LINES * sizeof *out);
    size_t n = 0;
    for (size_t i = 0; i < plan->n_issuer; i++)
        break_line(arena, plan->issuer[i] ? plan->issuer[i] : "", room, out, &n);
    *lines = out;
    return n;
}
