/* load_forbid.c - characters no output may carry that a YAML escape can
 * still put in a value: C0 controls but tab and line breaks, DEL, the C1
 * controls, U+FFFE and U+FFFF. The raw file cannot hold them (load_text.c
 * refuses them, KH004), but "\x01", "\e" or "\uFFFE" in double quotes can
 * make them; the loader drops them from the value with one warning (KH014)
 * per value. A quick test of a value's bytes comes first, so most values
 * are not decoded at all. The characters the file may not hold or is
 * warned at where they stand (load_text.c, load_chars.c) are checked in
 * the escapes too: "\u2029", "\P" or "\uFEFF" is KH004 as the character
 * typed would be, and "\u202E" or "\u200B" KH020 (they reached every
 * output without a word: s19attack M1). Moved out of load.c (at its size
 * limit); the loader's private interface is load_impl.h. No state.
 */
#include "load_impl.h"

#include <stdint.h>
#include <string.h>

#include "lookalike.h"
#include "unispace.h"
#include "vi.h"

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
        if (n > 0 && unispace_forbidden(cp)) {
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
                     "%zu control character%s written as escapes dropped from this value (no "
                     "document can show them); delete the escapes",
                     dropped, dropped == 1 ? "" : "s");
    }
    buf_free(&kept);
}

/* Whether s may hold a character load_drop_forbidden() drops: a C0 control
 * byte, DEL, or the lead bytes of C1 controls (C2 80-9F), of U+FDD0-U+FDEF,
 * U+FFFE and U+FFFF (EF) and of the other planes' noncharacters (F0-F4:
 * "\U0001FFFE", "\U0010FFFF", s48attack). Most text has none of these
 * bytes (an emoji has F0: its value is decoded, and kept). */
int load_may_hold_forbidden(const char *s, size_t len)
{
    size_t i = 0;
    /* eight bytes at a time while none is below a space, DEL, C2 or EF */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t del = w ^ (0x7F * ones), c2 = w ^ (0xC2 * ones), ef = w ^ (0xEF * ones);
        uint64_t four = w & (w << 1) & (w << 2) & (w << 3); /* a byte's top four bits: F0-FF */
        uint64_t hit = ((w - 0x20 * ones) & ~w) | ((del - ones) & ~del) | ((c2 - ones) & ~c2) |
                       ((ef - ones) & ~ef) | four;
        if (hit & highs)
            break; /* the bytes from here one by one */
    }
    for (; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F || b == 0xC2 ||
            b == 0xEF || b >= 0xF0)
            return 1;
    }
    return 0;
}

/* The value of the n hex digits at s[0..len), or -1 if they are not all
 * there (libyaml refused such an escape already). */
static long hex_value(const char *s, size_t len, int n)
{
    long v = 0;
    for (int k = 0; k < n; k++) {
        if ((size_t)k >= len)
            return -1;
        char c = s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* The character escape e (the letter after a backslash, its digits at
 * s[0..len)) writes, with *digits set to how many it takes; -1 for an
 * escape of a character of no concern here. */
static long escaped_char(char e, const char *s, size_t len, int *digits)
{
    *digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (*digits)
        return hex_value(s, len, *digits);
    return e == 'L' ? 0x2028 : e == 'P' ? 0x2029 : -1;
}

void load_check_escapes(DiagSink *diags, const YNode *node, const char *source, size_t len)
{
    SrcPos pos = node->pos, first_hidden = {0}, first_refused = {0}, first_lone = {0};
    SrcPos first_lost = {0}, first_wide = {0};
    unsigned hidden_cp = 0, refused_cp = 0, lone_cp = 0, wide_cp = 0;
    int lost = 0;
    unsigned base = '"'; /* the last character no mark, escaped or not */
    size_t hidden = 0;
    for (size_t i = 1; i < len && source[i] != '"'; i++) {
        unsigned char c = (unsigned char)source[i - 1];
        if (c == '\n') { /* source[i - 1] was passed: where source[i] stands */
            pos.line++;
            pos.col = 1;
        } else if ((c & 0xC0) != 0x80) {
            pos.col++;
        }
        if (source[i] != '\\' || i + 1 >= len) {
            int bytes = 1;
            unsigned raw = (unsigned char)source[i] >= 0xC0 ? utf8_decode(source + i, &bytes)
                                                            : (unsigned char)source[i];
            if ((raw < 0x80 || raw >= 0xC0) && !lookalike_is_mark(raw))
                base = raw; /* a byte inside a character is passed */
            continue;
        }
        int digits;
        long cp = escaped_char(source[i + 1], source + i + 2, len - i - 2, &digits);
        if (cp >= 0 && lookalike_is_mark((unsigned)cp) && load_lone_mark_base(base) && !lone_cp) {
            first_lone = pos; /* "\u0301Cấp xã": on the quote (s37lang) */
            lone_cp = (unsigned)cp;
        } else if (cp >= 0 && !lookalike_is_mark((unsigned)cp)) {
            base = (unsigned)cp;
        } else if (cp < 0) {
            base = (unsigned char)source[i + 1]; /* "\\", "\"", "\n": no letter */
        }
        int bidi = cp >= 0 && unispace_bidi_control((unsigned)cp);
        if (bidi || (cp >= 0 && unispace_hidden((unsigned)cp))) {
            if (!hidden++) {
                first_hidden = pos;
                hidden_cp = (unsigned)cp;
            }
        } else if ((cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) && !refused_cp) {
            first_refused = pos;
            refused_cp = (unsigned)cp;
        } else if (cp == 0xFFFD && !lost++) {
            first_lost = pos; /* as the character typed (load_chars.c, s48attack) */
        } else if ((cp == 0x3000 || (cp >= 0xFF01 && cp <= 0xFF5E)) && !wide_cp) {
            first_wide = pos;
            wide_cp = (unsigned)cp;
        }
        /* past the escape, its columns counted: a backslash, its letter
         * and its digits, all ASCII; "\\" is passed whole */
        size_t skip = 1 + (size_t)(cp >= 0 ? digits : 0);
        if (source[i + 1] == '\n' || source[i + 1] == '\r')
            skip = 0; /* a line break escaped: counted as one */
        pos.col += (int)skip;
        i += skip;
    }
    int zero_width = unispace_hidden(hidden_cp);
    if (hidden && zero_width)
        diag_warning(diags, first_hidden, 1, KH020,
                     "invisible zero-width character U+%04X written as an escape (%zu in this "
                     "value): it splits a word or an id where nobody sees it; delete the escape",
                     hidden_cp, hidden);
    else if (hidden)
        diag_warning(diags, first_hidden, 1, KH020,
                     "invisible bidirectional control U+%04X written as an escape (%zu in this "
                     "value): it can show the line in another order than the one printed; "
                     "delete the escape",
                     hidden_cp, hidden);
    if (lone_cp)
        diag_warning(diags, first_lone, 1, KH020,
                     "combining mark U+%04X written as an escape with no letter before it: it is "
                     "drawn on the character before it in the document (a space, a quote, a "
                     "label's punctuation), or alone; delete the escape, or type the letter with "
                     "its mark",
                     lone_cp);
    if (lost)
        diag_warning(diags, first_lost, 1, KH020,
                     "U+FFFD, the replacement character, written as an escape: it stands for a "
                     "character lost where the text was converted or copied, and the document "
                     "prints the replacement mark; write the letter meant");
    if (wide_cp == 0x3000)
        diag_warning(diags, first_wide, 1, KH024,
                     "the full-width space U+3000 written as an escape: the document prints a "
                     "gap twice as wide as a space; write a space");
    else if (wide_cp >= 0xFF10 && wide_cp <= 0xFF19)
        diag_warning(diags, first_wide, 1, KH024,
                     "the full-width digit U+%04X written as an escape: no number, date or "
                     "deadline reads it, and the document prints it wide; write the digit %c",
                     wide_cp, (char)('0' + (wide_cp - 0xFF10)));
    else if (wide_cp) /* U+FF01-U+FF5E: the wide twin of an ASCII character */
        diag_warning(diags, first_wide, 1, KH024,
                     "the full-width character U+%04X written as an escape: the document prints "
                     "it wide, and no check reads it as the '%c' it looks like; write '%c'",
                     wide_cp, (char)(wide_cp - 0xFEE0), (char)(wide_cp - 0xFEE0));
    if (refused_cp == 0xFEFF)
        diag_error(diags, first_refused, 1, KH004,
                   "a byte order mark (U+FEFF) written as an escape: it has no place inside a "
                   "text; delete the escape");
    else if (refused_cp)
        diag_error(diags, first_refused, 1, KH004,
                   "line or paragraph separator U+%04X written as an escape is not allowed, as "
                   "in the file; use a line break (\\n)",
                   refused_cp);
}
