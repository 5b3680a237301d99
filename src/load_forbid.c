/* load_forbid.c - characters no output may carry that a YAML escape can
 * still put in a value: C0 controls but tab and line breaks, DEL, the C1
 * controls, U+FFFE and U+FFFF. The raw file cannot hold them (load_text.c
 * refuses them, KH004), but "\x01", "\e" or "\uFFFE" in double quotes can
 * make them; the loader drops them from the value with one warning (KH014)
 * per value. A quick test of a value's bytes comes first, so most values
 * are not decoded at all. Moved out of load.c (at its size limit); the
 * loader's private interface is load_impl.h. No state.
 */
#include "load_impl.h"

#include <stdint.h>
#include <string.h>

#include "vi.h"

/* A character no output may carry: C0 controls but tab and line breaks,
 * DEL, C1 controls, U+FFFE and U+FFFF (XML 1.0 forbids them, terminals act
 * on them). The raw file cannot hold them (KH004); YAML escapes ("\x01",
 * "\e", "\uFFFE") can. */
static int is_forbidden(unsigned cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0) ||
           cp == 0xFFFE || cp == 0xFFFF;
}

/* Drops the forbidden characters a scalar got from escapes, with one
 * warning (KH014) per scalar, so none reaches any output. */
void load_drop_forbidden(Arena *arena, DiagSink *diags, YNode *node)
{
    const char *s = node->text;
    size_t len = node->len, at = 0, dropped = 0;
    Buf kept = {0};
    while (at < len) {
        unsigned cp = 0;
        int n = utf8_decode_strict(s + at, len - at, &cp);
        if (n <= 0)
            n = 1; /* cannot happen: the loader checked the UTF-8 */
        if (n > 0 && is_forbidden(cp)) {
            if (!dropped)
                buf_putn(&kept, s, at);
            dropped++;
        } else if (dropped) {
            buf_putn(&kept, s + at, (size_t)n);
        }
        at += (size_t)n;
    }
    if (dropped) {
        node->text = arena_strndup(arena, buf_str(&kept), kept.len);
        node->len = kept.len;
        diag_warning(diags, node->pos, 1, KH014,
                     "%zu control character%s written as escapes dropped from this value "
                     "(no document can show them)",
                     dropped, dropped == 1 ? "" : "s");
    }
    buf_free(&kept);
}

/* Whether s may hold a character load_drop_forbidden() drops: a C0 control
 * byte, DEL, or the lead bytes of C1 controls (C2 80-9F) and of U+FFFE and
 * U+FFFF (EF BF BE/BF). Most text has none of these bytes. */
int load_may_hold_forbidden(const char *s, size_t len)
{
    size_t i = 0;
    /* eight bytes at a time while none is below a space, DEL, C2 or EF */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t del = w ^ (0x7F * ones), c2 = w ^ (0xC2 * ones), ef = w ^ (0xEF * ones);
        uint64_t hit = ((w - 0x20 * ones) & ~w) | ((del - ones) & ~del) | ((c2 - ones) & ~c2) |
                       ((ef - ones) & ~ef);
        if (hit & highs)
            break; /* the bytes from here one by one */
    }
    for (; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F || b == 0xC2 ||
            b == 0xEF)
            return 1;
    }
    return 0;
}
