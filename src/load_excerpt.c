/* load_excerpt.c - a value quoted in a loader's message: at most about 60
 * bytes of it, cut at a character boundary, "..." after a cut, so that a
 * key or an anchor of 10,000 characters prints a short line. Moved out of
 * load.c (at its size limit); the loader's private interface is
 * load_impl.h. No state.
 */
#include "load_impl.h"

#include <string.h>

/* Copies at most about 60 bytes of s into out (cut at a character boundary,
 * "..." added when cut) for quoting a value in a message. */
void load_excerpt(char *out, size_t out_size, const char *s, size_t len)
{
    size_t limit = out_size - 4;
    if (limit > 60)
        limit = 60;
    size_t n = len;
    int cut = 0;
    if (n > limit) {
        n = limit;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
        cut = 1;
    }
    memcpy(out, s, n);
    if (cut)
        memcpy(out + n, "...", 3), n += 3;
    out[n] = '\0';
}
