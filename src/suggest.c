/* suggest.c - nearest-candidate search for "did you mean" hints.
 *
 * Both the word and each candidate are folded (lower case, no diacritics,
 * đ -> d) and compared by edit distance (two edits in a word of five letters
 * or fewer only when the first letters agree); an exact folded match wins at once
 * (it catches "dong-hưu" for "dong-huu" and case slips). Ties keep the
 * earliest candidate so suggestions are deterministic. Words and
 * candidates over 256 bytes are not compared (no hint), and a process
 * makes at most half a million comparisons in all (then gives no more hints;
 * a comparison counts one more for each 16 bytes of either word), so
 * the searches stay within a second on any plan.
 *
 * Ids of a numbered series ("bieu01", "bieu02") are each other's nearest
 * spelling; suggest_numbered_sibling tells such a pair, whose hint the
 * caller may weigh below another cause.
 *
 * Not a stage: a pure function every reader may call.
 */
#include "suggest.h"

#include <string.h>

#include "util.h"
#include "vi.h"

#define SUGGEST_MAX_BYTES 256

/* comparisons left to the hints of this process (see suggest_best_in) */
static size_t comparisons_left = 500000;

static int allowed_distance(size_t word_chars)
{
    int limit = (int)((word_chars + 2) / 3); /* "lede" (4) and "itmes" (5) are 2 edits off */
    if (limit < 1)
        limit = 1;
    if (limit > 3)
        limit = 3;
    return limit;
}

const char *suggest_best_in(const char *word, const void *base, size_t count,
                            size_t stride, size_t offset)
{
    /* nobody mistypes an id of hundreds of characters, and comparing one
     * costs the product of the lengths: such a word, or such a candidate,
     * takes no part (a 200,000-character id once took minutes) */
    if (!word || count == 0 || strlen(word) > SUGGEST_MAX_BYTES)
        return NULL;
    Buf folded_word = {0}, folded_cand = {0};
    vi_put_folded(&folded_word, word);
    if (folded_word.len == 0) { /* nothing to compare: no suggestion */
        buf_free(&folded_word);
        return NULL;
    }
    /* the searches of one run share a budget of comparisons: thousands of
     * unknown ids against thousands of candidates would take minutes, and
     * past the first errors (--max-errors) nobody reads the hints. A
     * comparison costs the length of the two words (folding both, and the
     * band of the edit distance): one of 16 bytes or more counts as one
     * more comparison for each 16 bytes of either word, so that 60 unknown
     * ids of 250 characters against 2,000 such units stay within the
     * budget's time as short ids do (they took 14 s; s20scale) */
    /* the cost is added up only while the budget covers it: once spent,
     * each search ends here at once (20,000 unknown references against
     * 20,000 units read every candidate's length again) */
    size_t cost = count * (1 + strlen(word) / 16);
    for (size_t i = 0; i < count && cost <= comparisons_left; i++) {
        const char *cand = *(const char *const *)((const char *)base + i * stride + offset);
        size_t len = cand ? strlen(cand) : 0;
        cost += len <= SUGGEST_MAX_BYTES ? len / 16 : 0;
    }
    if (!suggest_take(cost)) {
        buf_free(&folded_word);
        return NULL;
    }
    int limit = allowed_distance(utf8_count(folded_word.data, folded_word.len));
    const char *best = NULL;
    int best_distance = limit + 1;
    for (size_t i = 0; i < count; i++) {
        const char *cand = *(const char *const *)((const char *)base + i * stride + offset);
        if (!cand || strcmp(cand, word) == 0 || strlen(cand) > SUGGEST_MAX_BYTES)
            continue;
        buf_reset(&folded_cand);
        vi_put_folded(&folded_cand, cand);
        int d = vi_edit_distance(buf_str(&folded_word), buf_str(&folded_cand), limit);
        /* two edits in a short word only with the same first letter:
         * "lede" -> "lead", but not "lead" -> "pad" */
        if (d >= 2 && folded_word.len <= 5 && buf_str(&folded_cand)[0] != folded_word.data[0])
            continue;
        if (d < best_distance) {
            best_distance = d;
            best = cand;
            if (d == 0)
                break;
        }
    }
    buf_free(&folded_word);
    buf_free(&folded_cand);
    return best;
}

int suggest_take(size_t count)
{
    if (comparisons_left < count)
        return 0;
    comparisons_left -= count;
    return 1;
}

size_t suggest_left(void)
{
    return comparisons_left;
}

const char *suggest_best(const char *word, const char *const *candidates, size_t count)
{
    return suggest_best_in(word, candidates, count, sizeof(const char *), 0);
}

int suggest_numbered_sibling(const char *a, const char *b)
{
    if (strlen(a) != strlen(b) || strcmp(a, b) == 0)
        return 0;
    for (; *a; a++, b++)
        if (*a != *b && !((*a >= '0' && *a <= '9') && (*b >= '0' && *b <= '9')))
            return 0;
    return 1;
}

const char *suggest_past_siblings(const char *word, const char *hint, const void *base,
                                  size_t count, size_t stride, size_t offset)
{
    if (!hint || !suggest_numbered_sibling(word, hint))
        return hint;
    for (size_t i = 0; i < count; i++) {
        const char *c = *(const char *const *)((const char *)base + i * stride + offset);
        if (c && !suggest_numbered_sibling(word, c) && suggest_best(word, &c, 1))
            return c;
    }
    return hint;
}
