/* tempname.c - the names of temporaries, never longer than the names they
 * stand for.
 *
 * Every file khgen writes is first written under another name (or none)
 * and then renamed over its final name, so that a reader never sees half a
 * file. That other name must fit wherever the final one fits: a directory
 * on a file system with short names, a final name of NAME_MAX bytes, a
 * path near PATH_MAX. So a temporary's name is never longer than the final
 * name it stands for: ".khgen-XXXXXX" (13 bytes, recognisable in a
 * listing) where the final name is as long, else "." and as many random
 * letters and digits as the final name has bytes less one, and for a
 * one-byte final name ("a") one letter or digit, the one case it cannot be
 * hidden. A build's commit journal stands for the whole set: it and its
 * marker (the journal's name and "!") are no longer than the set's
 * shortest name (STEM.md, at least "a.md"): ".khgen-commit-XXXXXX" where it
 * fits, else ".~" and random letters or digits. Short names are few (62 of
 * one character), so each caller creates its file exclusively (O_EXCL,
 * linkat's EEXIST) and draws again when a name is taken, and after every
 * 32 taken names the next may be a byte longer: never a collision with a
 * file of the directory, never a failure because the short names are all
 * in use. The random state is the caller's (a linear congruential step
 * per character): the names need to differ, not to be secret, since
 * nothing ever opens one without O_EXCL.
 */
#include "tempname.h"

#include <string.h>

static const char alphabet[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

static char draw(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return alphabet[(*seed >> 16) % (sizeof alphabet - 1)];
}

void tempname_draw(char *out, size_t n, unsigned *seed)
{
    for (size_t i = 0; i < n; i++)
        out[i] = draw(seed);
}

static int is_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The length a name may have at attempt: len, one byte more per 32 names
 * found taken, never over max. */
static size_t grown(size_t len, unsigned attempt, size_t max)
{
    size_t n = len + attempt / 32;
    return n > max ? max : n;
}

void temp_base(char *out, const char *final, size_t final_len, unsigned attempt, unsigned *seed)
{
    size_t n = grown(final_len < 1 ? 1 : final_len, attempt, 13);
    for (;;) {
        size_t at = 0;
        if (n >= 13) {
            memcpy(out, ".khgen-", 7);
            at = 7;
        } else if (n >= 2) {
            out[at++] = '.';
        }
        while (at < n)
            out[at++] = draw(seed);
        out[n] = '\0';
        if (n != final_len || memcmp(out, final, n) != 0)
            return;
    }
}

void journal_base(char *out, size_t shortest, unsigned attempt, unsigned *seed)
{
    size_t n = grown(shortest < 4 ? 3 : shortest - 1, attempt, TEMPNAME_MAX);
    size_t at = 0;
    if (n >= TEMPNAME_MAX) {
        memcpy(out, ".khgen-commit-", 14);
        at = 14;
    } else {
        memcpy(out, ".~", 2);
        at = 2;
    }
    while (at < n)
        out[at++] = draw(seed);
    out[n] = '\0';
}

int journal_kind(const char *base)
{
    size_t len = strlen(base);
    int marker = len > 0 && base[len - 1] == '!';
    if (marker)
        len--;
    if (len > 14 && strncmp(base, ".khgen-commit-", 14) == 0)
        return marker ? 2 : 1;
    if (len < 3 || len >= TEMPNAME_MAX || base[0] != '.' || base[1] != '~')
        return 0;
    for (size_t i = 2; i < len; i++)
        if (!is_alnum(base[i]))
            return 0;
    return marker ? 2 : 1;
}
