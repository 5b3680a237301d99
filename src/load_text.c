/* load_text.c - the bytes of a plan file before libyaml reads them: the
 * copy the loader parses, and the first character a plan may not hold.
 *
 * A file's text is copied without a leading UTF-8 byte order mark and with
 * CR LF and lone CR made LF (libyaml's lines are then the editor's).
 * Refused are the characters libyaml would refuse (invalid UTF-8, C0
 * controls other than tab and line feed, NUL, U+FFFE, U+FFFF), the C1
 * controls, NEL, U+2028 and U+2029, which libyaml counts as line breaks
 * and the rest of khgen does not, and a byte order mark after the start
 * (two files put together: libyaml said "text after the end of the
 * document"). load.c reports what is found (KH003, KH004, or a whole file
 * in an encoding from before Unicode) at its line and column. Moved out of
 * load.c; the loader's private interface is load_impl.h. No state.
 * load_drop_refused applies the same rule to a text khgen writes for the
 * loader to read (khgen convert's output): what the loader would refuse is
 * dropped there, each with a warning at its line and column (KH017).
 */
#include "load_impl.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "i18n.h"
#include "unispace.h"
#include "util.h"
#include "vi.h"

char *load_copy_source(Arena *arena, const char *text, size_t len, size_t *out_len)
{
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    char *copy = arena_alloc(arena, len + 1);
    size_t n = 0;
    const char *end = text + len;
    while (text < end) { /* runs without a CR are copied whole */
        const char *cr = memchr(text, '\r', (size_t)(end - text));
        size_t run = (size_t)((cr ? cr : end) - text);
        memcpy(copy + n, text, run);
        n += run;
        text += run;
        if (!cr)
            break;
        copy[n++] = '\n';
        text++;
        if (text < end && *text == '\n')
            text++;
    }
    copy[n] = '\0';
    *out_len = n;
    return copy;
}

/* load_refused_char, and with nfc given the NFC test of each letter on the
 * way: *nfc is made 0 at the first code point NFC could change or join to
 * the one before it (vi_nfc_starter). One pass for both, as every byte of
 * a plan is read here anyway. */
static inline size_t refused_scan(const char *text, size_t len, int *n_out, unsigned *cp,
                                  int *nfc)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
#if defined(__SSE2__)
        /* sixteen bytes at a time (SSE2, which every x86-64 has): the
         * bytes up to the first that is not printable ASCII, a tab or a
         * line break are passed at once. A byte of 0x80 or more is below
         * 0x20 as a signed byte, so one comparison flags both the
         * controls and the letters of two or three bytes; 0x7F apart.
         * Half the steps of eight bytes at a time on a national plan's
         * indentation, keys and ids (s16perf). */
        if (i + 16 <= len) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
            __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
            __m128i flagged = _mm_or_si128(_mm_andnot_si128(blank, low),
                                           _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
            unsigned mask = (unsigned)_mm_movemask_epi8(flagged);
            if (mask == 0) {
                i += 16;
                continue;
            }
            i += (size_t)__builtin_ctz(mask); /* s[i] is that byte */
        }
#else
        /* eight bytes of ASCII at a time while each is printable, a tab or
         * a line break: when every byte is below 0x80 the sums carry into
         * no other byte and each top bit answers for its own byte */
        if (i + 8 <= len) {
            const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t high = w & highs;
            uint64_t control = ~(w + 0x60 * ones) & highs; /* below 0x20 */
            uint64_t del = (w + ones) & highs;             /* 0x7F */
            uint64_t nl = ~((w ^ (0x0A * ones)) + 0x7F * ones) & highs;
            uint64_t tab = ~((w ^ (0x09 * ones)) + 0x7F * ones) & highs;
            uint64_t bad = (control & ~(nl | tab)) | del;
            if (high == 0 && bad == 0) {
                i += 8;
                continue;
            }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* Vietnamese text has a letter of two or three bytes every few
             * bytes: the ASCII bytes before the first high one (the low
             * bytes of a little-endian word) are passed at once when none
             * is refused. A sum carries only into higher bytes, so the
             * bits of the bytes below the first high one are exact. */
            uint64_t before = (high & (~high + 1)) - 1; /* the bits below it */
            if (high && (bad & before) == 0)
                i += (size_t)__builtin_ctzll(high) / 8; /* s[i] is that high byte */
#endif
        }
#endif
        unsigned char b = s[i];
        if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t') {
            i++;
            continue;
        }
        /* the letters of Vietnamese, two bytes (lead C3..DF) or three (lead
         * E1, and E3..EC): valid with their continuation bytes, and none of
         * them is a C1 control (C2 ..), a separator (E2 ..), a noncharacter
         * (EF ..) or a surrogate (ED ..) */
        if (b >= 0xC3 && b <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
            if (nfc && !vi_nfc_starter(((unsigned)(b & 0x1F) << 6) | (s[i + 1] & 0x3F)))
                *nfc = 0;
            i += 2;
            continue;
        }
        if ((b == 0xE1 || (b >= 0xE3 && b <= 0xEC)) && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
            (s[i + 2] & 0xC0) == 0x80) {
            if (nfc && !vi_nfc_starter(((unsigned)(b & 0x0F) << 12) |
                                       ((unsigned)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F)))
                *nfc = 0;
            i += 3;
            continue;
        }
        unsigned c;
        int n = utf8_decode_strict((const char *)s + i, len - i, &c);
        if (n == 0 || c == 0 || (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) ||
            c == 0x2028 || c == 0x2029 || unispace_noncharacter(c) || c == 0xFEFF) {
            *n_out = n;
            *cp = c;
            return i;
        }
        if (nfc && !vi_nfc_starter(c))
            *nfc = 0;
        i += (size_t)n;
    }
    return len;
}

size_t load_refused_char(const char *text, size_t len, int *n_out, unsigned *cp)
{
    return refused_scan(text, len, n_out, cp, NULL);
}

size_t load_refused_char_nfc(const char *text, size_t len, int *n_out, unsigned *cp, int *nfc)
{
    *nfc = 1;
    return refused_scan(text, len, n_out, cp, nfc);
}

/* Where the walk of load_drop_refused is: the line and column of the byte
 * at offset, counted forward from the last one asked (linear overall). */
typedef struct LineCursor {
    const char *text;
    size_t offset;
    int line, col;
} LineCursor;

static SrcPos cursor_pos(LineCursor *c, const char *file, size_t offset)
{
    while (c->offset < offset) {
        const char *nl = memchr(c->text + c->offset, '\n', offset - c->offset);
        if (!nl)
            break;
        c->line++;
        c->col = 1;
        c->offset = (size_t)(nl - c->text) + 1;
    }
    c->col += (int)utf8_count(c->text + c->offset, offset - c->offset);
    c->offset = offset;
    return (SrcPos){file, c->line, c->col};
}

size_t load_drop_refused(DiagSink *diags, const char *file, const char *text, size_t len,
                         Buf *out)
{
    size_t at = 0, dropped = 0;
    /* a leading byte order mark goes without a word, as the loader skips
     * it: what convert writes starts with none (a second one is refused) */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        at = 3;
    diag_add_source(diags, file, text, len);
    LineCursor cursor = {text, 0, 1, 1};
    while (at < len) {
        int n;
        unsigned cp;
        size_t bad = at + load_refused_char(text + at, len - at, &n, &cp);
        buf_putn(out, text + at, bad - at);
        if (bad == len)
            break;
        at = bad + (size_t)(n > 0 ? n : 1);
        if (n > 0 && cp == '\r') {
            buf_putc(out, '\r'); /* CR LF or a lone CR: a line end the loader reads */
            continue;
        }
        SrcPos pos = cursor_pos(&cursor, file, bad);
        dropped++;
        if (n > 0 && (cp == 0x2028 || cp == 0x2029)) {
            buf_putc(out, ' ');
            diag_warning(diags, pos, 1, KH017, "%s separator U+%04X replaced by a space (a plan "
                         "file may not hold it); write a space or a new line there", cp == 0x2028 ? _("line") : _("paragraph"), cp);
        } else if (n == 0) {
            diag_warning(diags, pos, 1, KH017, "byte 0x%02X that is not UTF-8 dropped; re-save "
                         "the file as UTF-8",
                         (unsigned char)text[bad]);
        } else {
            diag_warning(diags, pos, 1, KH017, "%s U+%04X dropped (a plan file may not hold it); "
                         "delete it from the file",
                         cp == 0xFEFF ? _("byte order mark")
                         : unispace_noncharacter(cp) ? _("noncharacter")
                                                        : _("control character"),
                         cp);
        }
        cursor.offset = at; /* the dropped character takes its column */
        cursor.col++;
    }
    return dropped;
}
