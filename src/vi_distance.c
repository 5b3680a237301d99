/* vi_distance.c - how many typing slips lie between two words, for the
 * "did you mean" hints (suggest.c).
 *
 * The distance is counted in code points: an insertion, a deletion, a
 * change or a swap of two neighbours is one edit, as a typing slip is
 * ("tkch" is one edit from "tckh", "chekc" from "check"; the optimal
 * string alignment distance). A hint wants only distances up to a small
 * limit (three at most), so only the cells of the table within limit of
 * its diagonal are computed: a cell further off is past the limit however
 * the words go on, since a prefix of i code points is at least |i - j|
 * edits from one of j; and a beginning and an end the two words share are
 * left out (they cost no edit, a swap included). The whole table cost the product of the lengths:
 * 60 unknown ids of 250 characters against 2,000 units whose ids share a
 * long beginning (no early stop: every row stayed under the limit) took 14
 * seconds (s20scale); the band costs the length times 2 limit + 1.
 *
 * Not a stage: a pure function.
 */
#include "vi.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The code points of s (a NUL-terminated string; an invalid byte counts as
 * one), in a new array of *n items; the caller frees it. */
static unsigned *code_points(const char *s, size_t *n)
{
    size_t len = strlen(s), count = 0;
    unsigned *cps = xmalloc((len + 1) * sizeof *cps);
    for (size_t i = 0; s[i];) {
        int used;
        cps[count++] = utf8_decode(s + i, &used);
        i += (size_t)used;
    }
    *n = count;
    return cps;
}

/* Three rows of the table: row i - 2, row i - 1 and row i. Each entry is
 * capped at limit + 1; an entry outside the band holds limit + 1 where a
 * row of the band reads it (just left and just right of the band). The
 * search stops as soon as every entry of a row exceeds limit (a row's
 * smallest entry is at most one more than the row above's, so no later
 * row can come back under it). */
int vi_edit_distance(const char *a, const char *b, int limit)
{
    if (limit < 0)
        limit = 0;
    size_t la, lb;
    unsigned *ca0 = code_points(a, &la), *cb0 = code_points(b, &lb);
    /* a beginning and an end the two share cost no edit: ids that share a
     * long beginning (a registry's "phong-...") compare their tails only */
    const unsigned *ca = ca0, *cb = cb0;
    while (la && lb && *ca == *cb)
        ca++, cb++, la--, lb--;
    while (la && lb && ca[la - 1] == cb[lb - 1])
        la--, lb--;
    const int over = limit + 1;
    const size_t band = (size_t)limit;
    int result = -1;
    if ((la > lb ? la - lb : lb - la) > band)
        result = over;
    int *before = NULL, *prev = NULL, *cur = NULL;
    if (result < 0) {
        before = xmalloc((lb + 1) * sizeof *before);
        prev = xmalloc((lb + 1) * sizeof *prev);
        cur = xmalloc((lb + 1) * sizeof *cur);
        for (size_t j = 0; j <= lb; j++)
            before[j] = cur[j] = over;
        for (size_t j = 0; j <= lb; j++)
            prev[j] = j > band ? over : (int)j;
    }
    for (size_t i = 1; i <= la && result < 0; i++) {
        size_t lo = i > band ? i - band : 1;
        size_t hi = i + band < lb ? i + band : lb;
        cur[0] = i > band ? over : (int)i;
        if (lo > 1)
            cur[lo - 1] = over; /* left of the band */
        int row_min = lo == 1 ? cur[0] : over;
        for (size_t j = lo; j <= hi; j++) {
            int cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
            int best = prev[j - 1] + cost;
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] &&
                before[j - 2] + 1 < best)
                best = before[j - 2] + 1;
            if (best > over)
                best = over;
            cur[j] = best;
            if (best < row_min)
                row_min = best;
        }
        if (hi < lb)
            cur[hi + 1] = over; /* right of the band: the next row reads it */
        if (row_min > limit)
            result = over;
        int *oldest = before;
        before = prev;
        prev = cur;
        cur = oldest;
    }
    if (result < 0)
        result = prev[lb] > limit ? over : prev[lb];
    free(before);
    free(prev);
    free(cur);
    free(ca0);
    free(cb0);
    return result;
}
