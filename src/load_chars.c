/* load_chars.c - characters that read otherwise than they look, warned
 * where they stand in the file as read (its lines libyaml's): the
 * bidirectional controls and zero-width characters (KH020), which show a
 * line in another order or split a word where nobody sees it, and the
 * full-width digits (KH024), which look like the 0-9 of a date or a number
 * but are read by nothing, and the other full-width forms of ASCII (KH024:
 * "ＵＢＮＤ", "（", printed wide), and a Cyrillic or Greek letter that prints like
 * a Latin one inside a Latin word (KH020: "hоạch" with a Cyrillic "о"),
 * and the replacement character U+FFFD, the mark of a letter lost in a
 * conversion before the plan was written (KH020, once a run).
 * Each scan is one pass over the text, counting
 * lines forward, and reports at most CHARS_MAX_REPORTED. Full-width digits
 * a combining mark with no letter before it and U+FFFD (KH020) are warned only
 * inside a value or a key: in a comment, which nothing reads or prints,
 * the warning's reason was false (s16attack L4, s37lang); libyaml's
 * scanner tells where the scalars stand, and runs only for a file that has
 * such digits or such a mark. A tab inside a value is one space, and one typed in the
 * file (not a "\t" escape) is warned, once a value (KH026). Moved out of load.c (at its size limit); the loader's
 * private interface is load_impl.h. No state.
 */
#include "load_impl.h"

#include <string.h>
#include <yaml.h>

#include "diag.h"
#include "legacy.h"
#include "lookalike.h"
#include "unispace.h"
#include "vi.h"
#include "yread.h"

/* at most so many of each kind in a file, as the loader's errors */
enum { CHARS_MAX_REPORTED = 50 };

/* The position of line and col in file (a function, not a compound
 * literal: xgettext counts a diagnostic's arguments by its commas). */
static SrcPos pos_at(const char *file, int line, int col)
{
    SrcPos pos = {file, line, col};
    return pos;
}

/* Where a scan stands: the line and column (in characters) of byte
 * `counted`, moved forward only, so each scan counts lines once. */
typedef struct Cursor {
    size_t counted;
    int line, col;
} Cursor;

/* Moves at forward to byte i of s (i >= at->counted). */
static void cursor_to(Cursor *at, const unsigned char *s, size_t i)
{
    for (; at->counted < i; at->counted++) {
        if (s[at->counted] == '\n') {
            at->line++;
            at->col = 1;
        } else if ((s[at->counted] & 0xC0) != 0x80) {
            at->col++;
        }
    }
}

/* 1 if cp, after the character prev, is the variation selector that
 * shows a symbol as an emoji or as text (U+FE0F, U+FE0E: "✔️", "☎️", a
 * keycap "1️⃣" before U+20E3 at rest), as the emoji panel of Windows
 * types it: it splits no word, and KH020 told such a plan to delete it
 * (s26review2). After a letter it is warned at. */
static int presentation_selector(unsigned prev, unsigned cp, const unsigned char *rest,
                                 size_t n)
{
    if (cp != 0xFE0F && cp != 0xFE0E)
        return 0;
    if (prev == 0xA9 || prev == 0xAE)
        return 1; /* (c), (r) */
    if ((prev >= '0' && prev <= '9') || prev == '#' || prev == '*')
        return n >= 3 && rest[0] == 0xE2 && rest[1] == 0x83 && rest[2] == 0xA3; /* U+20E3 */
    return prev >= 0x2000 && !unispace_hidden(prev) && !unispace_bidi_control(prev) &&
           !(prev >= 0x3000 && prev <= 0xFFEF) /* CJK and compatibility letters */;
}

/* (load_impl.h) A mark after an ASCII character that is no letter or
 * digit (a quote, ':', '.', '-', a line break), or after Unicode's
 * punctuation and spaces (U+00A0-U+00BF, U+2000-U+206F, U+3000-U+303F),
 * has no letter. */
int load_lone_mark_base(unsigned base)
{
    if (base < 0x80)
        return !((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z') ||
                 (base >= '0' && base <= '9'));
    return (base >= 0xA0 && base <= 0xBF) || base == 0xD7 || base == 0xF7 ||
           (base >= 0x2000 && base <= 0x206F) || (base >= 0x3000 && base <= 0x303F) ||
           unispace_separator(base);
}

/* The scalars (values and keys) of a file in order, as libyaml's scanner
 * marks them: each from (line0, col0) up to (line1, col1), 1-based,
 * columns in characters as Cursor counts them. What stands in none of them
 * is a comment, blanks or YAML's own marks. */
typedef struct Scalars {
    yaml_parser_t parser;
    int started, parser_ok; /* parser_ok: initialised, to delete */
    int done;               /* no scalar after cur (the end, or a syntax
                               error: then cur is open to the end) */
    int line0, col0, line1, col1;
} Scalars;

/* Moves sc to the first scalar that does not end before (line, col). */
static void scalars_reach(Scalars *sc, const char *text, size_t len, int line, int col)
{
    if (!sc->started) {
        sc->started = 1;
        sc->line1 = 0; /* before everything */
        if (!yaml_parser_initialize(&sc->parser)) {
            sc->done = 1;
            sc->line0 = sc->col0 = 0; /* unknown: all of it counts */
            sc->line1 = sc->col1 = 1 << 30;
            return;
        }
        sc->parser_ok = 1;
        yaml_parser_set_input_string(&sc->parser, (const unsigned char *)text, len);
        yaml_parser_set_encoding(&sc->parser, YAML_UTF8_ENCODING);
    }
    while (!sc->done && (sc->line1 < line || (sc->line1 == line && sc->col1 <= col))) {
        yaml_token_t token;
        if (!yaml_parser_scan(&sc->parser, &token)) {
            /* a syntax error (load.c reports it): what follows counts,
             * from its context's line when it has one (a simple key that
             * found no ':' is noticed at the next line, and a lone mark
             * on the key's own line was outside every scalar) */
            yaml_mark_t from = sc->parser.problem_mark;
            if (sc->parser.context && sc->parser.context_mark.line < from.line)
                from = sc->parser.context_mark;
            sc->done = 1;
            sc->line0 = (int)from.line + 1;
            sc->col0 = 1;
            sc->line1 = sc->col1 = 1 << 30;
            break;
        }
        int type = token.type;
        if (type == YAML_SCALAR_TOKEN) {
            sc->line0 = (int)token.start_mark.line + 1;
            sc->col0 = (int)token.start_mark.column + 1;
            sc->line1 = (int)token.end_mark.line + 1;
            sc->col1 = (int)token.end_mark.column + 1;
        }
        yaml_token_delete(&token);
        if (type == YAML_STREAM_END_TOKEN)
            sc->done = 1;
    }
}

/* 1 if (line, col) is inside a scalar of the file (scalars_reach first). */
static int scalars_hold(const Scalars *sc, int line, int col)
{
    int after_start = sc->line0 < line || (sc->line0 == line && sc->col0 <= col);
    int before_end = sc->line1 > line || (sc->line1 == line && sc->col1 > col);
    return after_start && before_end;
}

/* 1 if byte i of text (len bytes) lies in a scalar (a value or a key),
 * not in a comment, which nothing prints or reads: at is moved forward to
 * it and sc read up to it, so that a pass asking in order stays linear. */
static int in_scalar(Cursor *at, Scalars *sc, const char *text, size_t len, size_t i)
{
    cursor_to(at, (const unsigned char *)text, i);
    scalars_reach(sc, text, len, at->line, at->col);
    return scalars_hold(sc, at->line, at->col);
}

/* Frees what scalars_reach made of sc. */
static void scalars_close(Scalars *sc)
{
    if (sc->parser_ok)
        yaml_parser_delete(&sc->parser);
}

/* 1 if cp is a tone mark of combining class 230 (grave, acute, tilde,
 * hook above), which NFC keeps in its place beside a hat or a breve. */
static int tone_230(unsigned cp)
{
    return cp == 0x300 || cp == 0x301 || cp == 0x303 || cp == 0x309;
}

/* The tone mark (tone_230) in the canonical decomposition of the letter
 * s[0..bytes) ("ò" is "o" U+0300), or 0. */
static unsigned letter_tone(const char *s, int bytes)
{
    Buf nfd = {0};
    vi_put_nfd(&nfd, s, (size_t)bytes);
    unsigned tone = 0;
    for (size_t k = 0; k < nfd.len;) {
        int n = 1;
        unsigned cp = utf8_decode(nfd.data + k, &n);
        if (tone_230(cp))
            tone = cp;
        k += (size_t)(n > 0 ? n : 1);
    }
    buf_free(&nfd);
    return tone;
}

/* 1 if the run of U+3000 at s[i] stands between two words of a text:
 * not in YAML's syntax (an indentation, after a key's ':' or a list
 * item's '-', before a ':'), which KH005 and KH101 tell (yread.c,
 * load_nbsp.c), nor at a value's ends, which KH122 tells (s48attack). */
static unsigned cp_before(const unsigned char *s, size_t i);
static int wide_gap(const unsigned char *s, size_t len, size_t i)
{
    unsigned before = cp_before(s, i);
    if (before <= ' ' || (before < 0x80 && strchr(":-,[{\"'", (int)before)))
        return 0;
    while (i + 2 < len && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x80)
        i += 3;
    return i < len && s[i] > ' ' && s[i] != ':' && s[i] != '#' && s[i] != ',' && s[i] != '"' &&
           s[i] != '\'' && s[i] != '}' && s[i] != ']';
}

/* Warns (KH020) at the characters that change how a text reads without
 * being seen - and at the Icelandic eth (U+00D0, U+00F0), which prints
 * like the Vietnamese đ (U+0110, U+0111) and is not it: the bidirectional controls (unispace_bidi_control: U+061C,
 * U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), which can show a line in
 * another order than the one printed and compared, and the zero-width ones
 * (unispace_hidden: U+200B-U+200D, U+2060-U+2064, the tag characters
 * U+E0000-U+E007F, ...), which split a word or an id, or hide a text, where
 * nobody sees it. Each character of the valid UTF-8 check_text passed that
 * is not ASCII is decoded (until session 25 only those of E2 80 xx and
 * E2 81 xx, which missed the Arabic letter mark and the tag characters);
 * lines are counted forward, once (linear). The first CHARS_MAX_REPORTED
 * are reported. */
static void warn_invisible(DiagSink *diags, const char *file, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    Cursor at = {0, 1, 1};
    int n = 0;
    unsigned prev = 0; /* the character before */
    unsigned base = '\n'; /* the last that is no mark nor selector */
    size_t base_at = 0;   /* its byte, and its length (0: ASCII) */
    int base_bytes = 0;
    unsigned tone = 0; /* a tone_230 on base so far (compared in NFD: "ò" + U+0302 too) */
    Scalars sc; /* where the values and keys are, asked at a lone mark only */
    memset(&sc, 0, sizeof sc);
    for (size_t i = 0; i < len && n < CHARS_MAX_REPORTED; i++) {
        if (s[i] < 0x80) {
            prev = base = s[i];
            base_bytes = 0;
            tone = 0;
        }
        if (s[i] < 0xC0)
            continue; /* ASCII, or inside a character */
        int bytes = 1;
        unsigned cp = utf8_decode(text + i, &bytes);
        int lone = lookalike_is_mark(cp) && load_lone_mark_base(base);
        if (lone) { /* in a comment, which nothing prints, it sits on nothing (s37lang's leftover) */
            lone = in_scalar(&at, &sc, text, len, i);
        }
        if (lone) {
            /* "\u0301Hoàn thành": the accent sits on the space, the quote
             * or the label's dot before it in the document (s37lang) */
            diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                         "combining mark U+%04X with no letter before it: it is drawn on the "
                         "character before it in the document (a space, a quote, a label's "
                         "punctuation), or alone; delete it, or type the letter with its mark",
                         cp);
            n++;
        } else if (!lookalike_is_mark(cp) && cp != 0xFE0F && cp != 0xFE0E && cp != 0x200D) {
            base = cp;
            base_at = i;
            base_bytes = bytes;
            tone = 0;
        } else if (tone_230(cp)) {
            tone = tone ? tone : cp;
        } else if ((cp == 0x302 || cp == 0x306) &&
                   (tone || (base_bytes && (tone = letter_tone(text + base_at, base_bytes))))) {
            /* "ò̂": the tone and the hat are of one combining class, so NFC
             * keeps their order and no letter composes (s38slip). The horn
             * U+031B (class 216) and the dot below U+0323 (220) are put
             * before a tone or a hat by NFC's reordering: "o U+0323 U+0302"
             * is "ộ", "o U+0300 U+031B" is "ờ", no mistake (mut29); in a
             * comment, which nothing prints, as the lone mark's (s39review) */
            if (in_scalar(&at, &sc, text, len, i)) {
                diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                             "the mark U+%04X comes after the tone mark U+%04X on its letter, "
                             "which no letter is composed of: the document draws a letter with "
                             "two marks stacked ('ò̂' for 'ồ'); type the letter again, its hat, "
                             "breve or horn before its tone",
                             cp, tone);
                n++;
            }
        }
        int bidi = unispace_bidi_control(cp);
        int hidden = unispace_hidden(cp) && !presentation_selector(prev, cp, s + i + bytes,
                                                                    len - i - (size_t)bytes);
        if (cp == 0xFFFD && prev != 0xFFFD) { /* once a run: a line of them is one loss */
            cursor_to(&at, s, i);
            scalars_reach(&sc, text, len, at.line, at.col);
            if (scalars_hold(&sc, at.line, at.col)) { /* a comment prints nothing */
                diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                             "U+FFFD, the replacement character: a character was lost where "
                             "this text was converted or copied (a file read in another "
                             "encoding, a damaged document), and the document prints the "
                             "replacement mark in its place; write the letter meant");
                n++;
            }
        }
        if (cp == 0x3000 && prev != 0x3000 && wide_gap(s, len, i)) { /* once a run, as U+FFFD */
            cursor_to(&at, s, i);
            scalars_reach(&sc, text, len, at.line, at.col);
            if (scalars_hold(&sc, at.line, at.col)) {
                diag_warning(diags, pos_at(file, at.line, at.col), 1, KH024,
                             "U+3000, the full-width space of an input method's wide mode: the "
                             "document prints a gap twice as wide as a space; write a space");
                n++;
            }
        }
        prev = cp;
        if (cp == 0xD0 || cp == 0xF0) { /* "QÐ": Icelandic eth for Vietnamese đ (s35attack) */
            cursor_to(&at, s, i);
            diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                         "'%s' is U+%04X, the Icelandic letter eth, which prints like the "
                         "Vietnamese '%s' (U+%04X) but is another letter: search, sorting and "
                         "the checks do not read it as '%s'; write '%s'",
                         cp == 0xD0 ? "Ð" : "ð", cp, cp == 0xD0 ? "Đ" : "đ",
                         cp == 0xD0 ? 0x110u : 0x111u, cp == 0xD0 ? "Đ" : "đ",
                         cp == 0xD0 ? "Đ" : "đ");
            n++;
        }
        if (bidi || hidden) {
            cursor_to(&at, s, i);
            if (bidi)
                diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                             "invisible bidirectional control U+%04X: it can show the line in "
                             "another order than the one printed; delete it",
                             cp);
            else if (unispace_private_use(cp))
                diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                             "private use character U+%04X (a symbol or old Vietnamese font's, "
                             "pasted without its font): it prints as whatever the document's "
                             "font has there, or as a box; write the character meant",
                             cp);
            else
                diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                             "invisible zero-width character U+%04X: it splits a word or an id "
                             "where nobody sees it; delete it",
                             cp);
            n++;
        }
    }
    scalars_close(&sc);
}

/* 1 if s[i..len) starts with a full-width form of an ASCII character,
 * U+FF01-U+FF5E (EF BC 81 to EF BC BF, EF BD 80 to EF BD 9E): its ASCII
 * twin is cp - 0xFEE0. */
static int fullwidth_at(const unsigned char *s, size_t len, size_t i)
{
    return i + 2 < len && s[i] == 0xEF &&
           ((s[i + 1] == 0xBC && s[i + 2] >= 0x81 && s[i + 2] <= 0xBF) ||
            (s[i + 1] == 0xBD && s[i + 2] >= 0x80 && s[i + 2] <= 0x9E));
}

/* The ASCII twin of the full-width character at s (fullwidth_at). */
static char ascii_twin(const unsigned char *s)
{
    unsigned cp = ((unsigned)(s[0] & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
    return (char)(cp - 0xFEE0);
}

/* Warns (KH024) at each run of full-width forms of ASCII characters
 * (U+FF01-U+FF5E: a Vietnamese input method in its wide mode, a PDF or a
 * Chinese text copied): digits, "２０２４-03-05", look like the date they
 * ask for, but no number, date, deadline or filter reads them; letters and
 * marks, "ＵＢＮＤ", "（", "，", print wide, which no official document
 * does, and no check reads them as the words they look like (they printed
 * without a word until s49attack). The warning names the ASCII to write.
 * Lines are counted forward, once (linear); the first CHARS_MAX_REPORTED
 * runs are reported (s16attack F4). A run in a comment is not
 * (in_scalar). */
static void warn_fullwidth(DiagSink *diags, const char *file, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    Cursor at = {0, 1, 1};
    Scalars sc;
    memset(&sc, 0, sizeof sc);
    int n = 0;
    const unsigned char *p = memchr(s, 0xEF, len);
    while (p && n < CHARS_MAX_REPORTED) {
        size_t i = (size_t)(p - s);
        if (fullwidth_at(s, len, i)) {
            size_t end = i, chars = 0;
            int digits = 1;
            Buf ascii = {0}; /* the run in ASCII, every character (32 bytes cut it at 31) */
            for (; fullwidth_at(s, len, end); end += 3, chars++) {
                char c = ascii_twin(s + end);
                digits &= c >= '0' && c <= '9';
                buf_putc(&ascii, c);
            }
            if (in_scalar(&at, &sc, text, len, i)) { /* (not in a comment: nothing reads it) */
                if (digits)
                    diag_warning(diags, pos_at(file, at.line, at.col), (int)chars, KH024,
                                 "full-width digits '%.*s': no number, date or deadline reads "
                                 "them, and the document prints them wide; write them as "
                                 "digits 0-9: '%s'",
                                 (int)(end - i), (const char *)s + i, buf_str(&ascii));
                else
                    diag_warning(diags, pos_at(file, at.line, at.col), (int)chars, KH024,
                                 "full-width characters '%.*s' (an input method's wide mode): "
                                 "the document prints them wide, and no check reads them as "
                                 "the letters, digits or marks they look like; write them in "
                                 "ASCII: '%s'",
                                 (int)(end - i), (const char *)s + i, buf_str(&ascii));
                n++;
                if (chars == 1) { /* a lone '：' or '－': KH005's, if YAML needed it */
                    char tag[LOAD_TAG_SIZE];
                    load_fullwidth_tag(tag, sizeof tag, pos_at(file, at.line, at.col));
                    diag_tag_last(diags, tag);
                }
            }
            buf_free(&ascii);
            p = end < len ? memchr(s + end, 0xEF, len - end) : NULL;
            continue;
        }
        p = i + 1 < len ? memchr(p + 1, 0xEF, len - i - 1) : NULL;
    }
    scalars_close(&sc);
}

/* 1 if cp is a letter of the Latin alphabet: ASCII's, or one of the Latin
 * blocks the Vietnamese letters are in (U+00C0-U+024F but for the signs
 * U+00D7, U+00F7; U+1E00-U+1EFF). */
static int latin_letter(unsigned cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* The code point of the character that ends right before byte i of s
 * (0 at the start). */
static unsigned cp_before(const unsigned char *s, size_t i)
{
    size_t b = i;
    while (b > 0 && i - b < 4 && ((s[b - 1] & 0xC0) == 0x80))
        b--;
    if (b == 0)
        return 0;
    int n = 1;
    return utf8_decode((const char *)s + b - 1, &n);
}

/* 1 if c ends a word for warn_lookalikes: a blank or YAML's or a
 * sentence's punctuation. */
static int word_end(unsigned char c)
{
    return c <= ' ' || strchr("\"'{}[](),:;./", c) != NULL;
}

/* 1 if the value that ends its blanks before byte b of s (its quote
 * left out) is the value of a key of text written on its line, a
 * `name: ` or a `title: ` (yread_worded_key): it is printed, not read as
 * an id, however few and plain its letters ("name: cаo"). */
static int text_key_before(const unsigned char *s, size_t b)
{
    if (b > 0 && (s[b - 1] == '"' || s[b - 1] == '\''))
        for (b--; b > 0 && s[b - 1] == ' ';)
            b--;
    if (b == 0 || s[b - 1] != ':')
        return 0;
    size_t end = b - 1, k = end;
    while (k > 0 && ((s[k - 1] >= 'a' && s[k - 1] <= 'z') || s[k - 1] == '_'))
        k--;
    return k < end && yread_worded_key((const char *)s + k, end - k, 1);
}

/* 1 if the word s[from..to) is written as an id or a key is - small ASCII
 * letters, digits, '-' and '_', or letters lookalike_latin takes for small
 * ones - and stands where one does: inside a reference's braces
 * (in_braces), before a ':', or as a value alone ("id: tсkh", "[vpdp,
 * tсkh]"). Such a word is told where it is read as an id or a key (KH101,
 * KH109, KH202-KH205 name the letter); a word of a text ("khаi") is not,
 * nor the value of a key of text ("name: cаo", text_key_before). */
static int id_like(const unsigned char *s, size_t len, size_t from, size_t to, int in_braces)
{
    if (!in_braces) {
        size_t b = from, a = to;
        while (b > 0 && s[b - 1] == ' ')
            b--;
        while (a < len && s[a] == ' ')
            a++;
        int alone_before = b == 0 || strchr(":-[,{\"'\n", s[b - 1]) != NULL;
        int alone_after = a == len || strchr(",]}#:\"'\r\n", s[a]) != NULL;
        if (!(a < len && s[a] == ':') && !(alone_before && alone_after))
            return 0;
        if (!(a < len && s[a] == ':') && text_key_before(s, b))
            return 0; /* `name: cаo`: a name, printed, whatever its letters */
    }
    for (size_t k = from; k < to;) {
        if (s[k] < 0x80) {
            if (!(s[k] >= 'a' && s[k] <= 'z') && !(s[k] >= '0' && s[k] <= '9') && s[k] != '-' &&
                s[k] != '_')
                return 0;
            k++;
            continue;
        }
        int n = 1;
        unsigned latin = lookalike_latin(utf8_decode((const char *)s + k, &n));
        if (!(latin >= 'a' && latin <= 'z'))
            return 0;
        k += n > 0 ? (size_t)n : 1;
    }
    return 1;
}

/* 1 if s[at..len), after a '{', begins a reference: a name of small
 * letters, digits, '-' or '+' and a blank or a '}' ("{unit ", "{year}"),
 * not a flow mapping's key ("{id: "). */
static int reference_at(const unsigned char *s, size_t len, size_t at)
{
    size_t k = at;
    while (k < len && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= '0' && s[k] <= '9') ||
                       s[k] == '-' || s[k] == '+'))
        k++;
    return k > at && k < len && (s[k] == ' ' || s[k] == '}');
}

/* Warns (KH020) at a Cyrillic or Greek letter that prints like a Latin one
 * (lookalike_latin) beside a Latin letter, in a value: "Kế hоạch" typed
 * with a Russian keyboard's "о", or pasted so, prints as "Kế hoạch" and is
 * not it - search, sorting, a spelling check and khgen's own checks do not
 * read it (s45attack: every format printed it, exit 0). Once a word; a
 * word written as an id is left to the messages about ids (id_like); a
 * Greek or Cyrillic word of its own ("Δ", "β-caroten", "Москва") is no
 * slip. One pass; each word's bounds found once; the first
 * CHARS_MAX_REPORTED are reported. */
static void warn_lookalikes(DiagSink *diags, const char *file, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    Cursor at = {0, 1, 1};
    Scalars sc;
    memset(&sc, 0, sizeof sc);
    int n = 0;
    size_t word_to = 0; /* the end of the word last looked at: no more warned in it */
    int in_braces = 0;  /* after a '{' of the line with no '}' since: a reference */
    for (size_t i = 0; i < len && n < CHARS_MAX_REPORTED; i++) {
        if (s[i] == '{' || s[i] == '}' || s[i] == '\n')
            in_braces = s[i] == '{' && reference_at(s, len, i + 1);
        if (s[i] < 0xCE || s[i] > 0xD4 || i < word_to)
            continue; /* Greek and Cyrillic begin CE-D4 */
        int bytes = 1;
        unsigned latin = lookalike_latin(utf8_decode(text + i, &bytes));
        if (!latin || bytes < 2)
            continue;
        int next_bytes = 1;
        unsigned next = i + (size_t)bytes < len ? utf8_decode(text + i + bytes, &next_bytes) : 0;
        if (!latin_letter(cp_before(s, i)) && !latin_letter(next))
            continue;
        size_t from = i, to = i + (size_t)bytes;
        while (from > 0 && !word_end(s[from - 1]))
            from--;
        while (to < len && !word_end(s[to]))
            to++;
        word_to = to;
        if (id_like(s, len, from, to, in_braces))
            continue;
        if (!in_scalar(&at, &sc, text, len, i))
            continue; /* a comment: nothing prints it */
        unsigned cp = utf8_decode(text + i, &bytes);
        if (to - from > 80) /* a word that long: the letter alone */
            from = i, to = i + (size_t)bytes;
        diag_warning(diags, pos_at(file, at.line, at.col), 1, KH020,
                     "'%.*s' holds U+%04X, a letter of another alphabet (Cyrillic or Greek, "
                     "typed with another keyboard or pasted), which prints like the Latin '%c' "
                     "but is another letter: search, sorting and the checks do not read the "
                     "word as written; write '%c'",
                     (int)(to - from), text + from, cp, (int)latin, (int)latin);
        n++;
    }
    scalars_close(&sc);
}

void load_fullwidth_tag(char *tag, size_t size, SrcPos at)
{
    snprintf(tag, size, "fullwidth %d:%d %p", at.line, at.col, (const void *)at.file);
}

void load_warn_chars(DiagSink *diags, const char *file, const char *text, size_t len)
{
    warn_invisible(diags, file, text, len);
    warn_fullwidth(diags, file, text, len);
    warn_lookalikes(diags, file, text, len);
}

/* Moves pos, a value's start in the file (source), to the byte at in
 * source: a line break starts a line, a character is a column. */
static void source_pos(SrcPos *pos, const char *source, const char *at)
{
    for (const char *c = source; c < at; c++) {
        if (*c == '\n') {
            pos->line++;
            pos->col = 1;
        } else if (((unsigned char)*c & 0xC0) != 0x80) {
            pos->col++;
        }
    }
}

void load_tabs_in_value(Arena *arena, DiagSink *diags, YNode *node, const char *source,
                        size_t source_len)
{
    const char *tab = memchr(node->text, '\t', node->len);
    if (!tab)
        return;
    /* a tab typed or pasted into the file, not seen: warned where it
     * stands; a "\t" escape is written on purpose and prints as one
     * space too */
    const char *typed = memchr(source, '\t', source_len);
    if (typed) {
        SrcPos pos = node->pos;
        source_pos(&pos, source, typed);
        diag_warning(diags, pos, 1, KH026,
                     "a tab inside a text (pasted from Word or a spreadsheet): a document has no "
                     "tab stops in its paragraphs and cells, and every format prints it as one "
                     "space; write a space (a table pasted as text: its rows under 'rows:', a "
                     "value a column)");
    }
    /* the text as written is kept after the copy's NUL, for a reader of a
     * path (ynode_path_text): a file name may hold a tab */
    char *copy = arena_alloc(arena, 2 * node->len + 2);
    memcpy(copy, node->text, node->len);
    copy[node->len] = '\0';
    memcpy(copy + node->len + 1, node->text, node->len);
    copy[2 * node->len + 1] = '\0';
    for (char *t = copy + (tab - node->text); t; t = memchr(t, '\t', node->len - (size_t)(t - copy)))
        *t = ' ';
    node->text = copy;
    node->key_bits |= YNODE_TABS_SPACED;
}

/* The word is looked for in the value's own source, a byte at a time: a
 * word is short, and only a value that holds one is searched. */
void load_misread_in_value(DiagSink *diags, const YNode *node, const char *source,
                           size_t source_len)
{
    size_t at = 0;
    Buf reading = {0};
    LegacyEncoding enc = legacy_misread(node->text, node->len, &at, &reading);
    if (enc == ENC_UNKNOWN) {
        buf_free(&reading);
        return;
    }
    /* the word, found where it stands in the file (the value's first
     * line for a block; a word of a quoted value is typed as it is) */
    size_t n = 0;
    int chars = 0;
    while (at + n < node->len && ((unsigned char)node->text[at + n] >= 0x80 ||
                                  (((unsigned char)node->text[at + n] | 0x20) >= 'a' &&
                                   ((unsigned char)node->text[at + n] | 0x20) <= 'z'))) {
        chars += ((unsigned char)node->text[at + n] & 0xC0) != 0x80;
        n++;
    }
    SrcPos pos = node->pos;
    const char *found = NULL;
    for (const char *c = source; n && !found && c + n <= source + source_len; c++)
        if (*c == node->text[at] && memcmp(c, node->text + at, n) == 0)
            found = c;
    if (found) {
        source_pos(&pos, source, found);
    } else {
        chars = 1;
    }
    diag_warning(diags, pos, chars, KH027,
                 "'%s' is Vietnamese typed in %s, the encoding of an old font, and pasted "
                 "without that font: every format prints these letters as they stand; write "
                 "the text in Unicode: '%s'",
                 node->text, legacy_name(enc), buf_str(&reading));
    buf_free(&reading);
}
