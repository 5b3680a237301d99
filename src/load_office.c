/* load_office.c - what a plan goes through on an office PC, read at each
 * value the loader makes.
 *
 * A plan is typed or pasted in Word, Notepad and an e-mail before it is
 * checked, and what happens there changes the document while YAML reads
 * the file without a word (s38slip, s39slip):
 *   - Word's AutoFormat makes "…" of the quotes around a value (a French
 *     keyboard or Google Docs «…»): YAML's quotes are only the ASCII
 *     ones, so `kind: “QĐ”` is the text “QĐ”, which is no kind and prints
 *     with its curly quotes, and `number: “”`, meant blank, prints “”
 *     (KH029, a warning: a value may mean them);
 *   - AutoCorrect makes "©" of the point "(c)", and a spreadsheet saved as
 *     CSV ends a line with a comma for each empty cell (KH034);
 *   - spaces or tabs left at the end of a line of a '>' or '|' block
 *     text, which no editor shows: YAML keeps them, folded into the text
 *     ("thôn     xanh"), and the Word document prints the gap. They are
 *     dropped here, as YAML itself drops them in a text written without
 *     quotes over several lines;
 *   - a run of lines pasted twice, inside a text or across two items'
 *     boundary: the document prints its sentences twice (KH128, a
 *     warning at the copy; the file is scanned once before YAML reads it);
 *   - a copy cut short after the plan's last value: the loader notes
 *     where that value ends (KH129, check.c).
 * load_value_start() also holds the checks at the start of a plain value
 * that begins its line (a no-break space or a look-alike of '-' or ':'
 * where YAML needs the character, load_nbsp.c; a '-' glued to a word,
 * load_joined.c), moved here from load.c's add_scalar.
 */
#include "load_impl.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keys.h"
#include "telex.h"
#include "time_typed.h"
#include "year_typed.h"
#include "vi.h"

/* The length of a typographic opening quote at s (U+201C, U+2018,
 * U+201E; the guillemets U+00AB and U+2039), or 0. */
static int curly_open(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xAB)
        return 2;
    return n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
                   (u[2] == 0x9C || u[2] == 0x98 || u[2] == 0x9E || u[2] == 0xB9)
               ? 3
               : 0;
}

/* The length of a typographic closing quote ending at s[n) (U+201D,
 * U+2019, or U+201C, which closes a German-style „…“; U+00BB, U+203A),
 * or 0. */
static int curly_close(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s + n;
    if (n >= 2 && u[-2] == 0xC2 && u[-1] == 0xBB)
        return 2;
    return n >= 3 && u[-3] == 0xE2 && u[-2] == 0x80 &&
                   (u[-1] == 0x9D || u[-1] == 0x99 || u[-1] == 0x9C || u[-1] == 0xBA)
               ? 3
               : 0;
}

/* KH029 at a plain value that is wholly inside one pair of curly quotes,
 * the closing one its last character and its only one. */
static void curly_quoted(DiagSink *diags, const YNode *node)
{
    const char *t = node->text;
    size_t n = node->len;
    int open = curly_open(t, n), close = open ? curly_close(t, n) : 0;
    if (!open || !close || n < (size_t)(open + close))
        return;
    for (size_t e = (size_t)open + 1; e + (size_t)close <= n; e++)
        if (curly_close(t, e))
            return; /* “A” và “B”: two quoted names, not one value in quotes */
    diag_warning(diags, node->pos, 1, KH029,
                 "this value is in typographic quotes, %s, which YAML does not read as quotes: "
                 "the document prints them, and the value is the text with them (no kind, "
                 "number or id, not empty); if they were meant as YAML's quotes (Word's "
                 "AutoFormat turns \" into “ ”, a French keyboard types « »), type them as "
                 "\"...\"; if the document is to print them, put the whole value in single quotes",
                 t);
}

/* KH034 at what an office program put in a value: the symbol Word's or
 * Google Docs' AutoCorrect makes of "(c)", the third point of a list
 * written in a sentence ("(a) ..., (b) ..., ©"; a "©" with no "(b)"
 * before it, "© 2024", is meant), and, in a value without quotes, the
 * commas a spreadsheet saved as CSV adds for the empty cells after it
 * ("Kế hoạch,,,"). One warning a value, at the mark (s39slip). */
static void office_marks(DiagSink *diags, const YNode *node)
{
    const char *c = str_find(node->text, "©"), *b = str_find(node->text, "(b)");
    if (c && b && b < c) {
        diag_warning(diags, ynode_pos_at(node, (size_t)(c - node->text)), 1, KH034,
                     "'©' here, after '(b)', is what AutoCorrect makes of '(c)' as it is typed: "
                     "the document prints ©; write '(c)' again and undo the correction (Ctrl+Z "
                     "right after it)");
        return;
    }
    size_t n = node->len, commas = 0;
    while (n > 0 && (node->text[n - 1] == ',' || node->text[n - 1] == ';' ||
                     node->text[n - 1] == ' ' || node->text[n - 1] == '\t'))
        commas += node->text[--n] != ' ' && node->text[n] != '\t';
    if (node->style != YSTYLE_PLAIN || commas < 2)
        return;
    while (node->text[n] == ' ' || node->text[n] == '\t')
        n++;
    diag_warning(diags, ynode_pos_at(node, n), 1, KH034,
                 "this value ends with '%s': a spreadsheet saved as CSV adds a separator for "
                 "each empty cell after the value, and the document prints them; delete them",
                 node->text + n);
}

/* KH034 at the first line after the first of a value written over
 * several lines without a block indicator (in quotes or without) whose
 * source, src[0..n), begins with '>', the mark an e-mail program puts
 * before each line of a message it quotes: a value in quotes goes on at
 * any indentation, and the document printed "Chương > trình" (s39slip). */
static void email_quoted(DiagSink *diags, const YNode *node, const char *src, size_t n)
{
    const char *p = memchr(src, '\n', n), *end = src + n;
    for (int line = 1; p && ++p < end; line++) {
        const char *b = p;
        while (b < end && (*b == ' ' || *b == '\t'))
            b++;
        if (b < end && *b == '>' && (b + 1 == end || b[1] == ' ' || b[1] == '\n')) {
            SrcPos pos = {node->pos.file, node->pos.line + line, 1 + (int)utf8_count(p, (size_t)(b - p))};
            diag_warning(diags, pos, 1, KH034,
                         "this line of the value begins with '>', the mark an e-mail program "
                         "puts before each line of a message it quotes: the document prints it; "
                         "delete it");
            return;
        }
        p = memchr(p, '\n', (size_t)(end - p));
    }
}

/* The end of a key's shape at the start of line p (its indentation, a
 * list's "- ", a flow mapping's '{', then `word:` followed by a blank or
 * the line's end, all before e), or NULL; *indent is the indentation's
 * width. The '{': a list of units written one `- {id: ..., name: ...}` a
 * line, where a quote left open swallowed the next unit without a word
 * (s41attack). */
static const char *key_shape(const char *p, const char *e, size_t *indent)
{
    const char *b = p;
    while (b < e && *b == ' ')
        b++;
    *indent = (size_t)(b - p);
    if (e - b >= 2 && b[0] == '-' && b[1] == ' ')
        for (b += 2; b < e && *b == ' ';)
            b++;
    if (b < e && *b == '{')
        for (b++; b < e && *b == ' ';)
            b++;
    const char *k = b;
    while (b < e && (*b == '_' || *b == '-' || (*b >= 'a' && *b <= 'z') || (*b >= 'A' && *b <= 'Z') ||
                     (b > k && *b >= '0' && *b <= '9')))
        b++;
    if (b == k || *k == '-' || b >= e || *b != ':' || (b + 1 < e && b[1] != ' ' && b[1] != '\n'))
        return NULL;
    return b;
}

void load_quote_tag(char *tag, size_t size, SrcPos pos)
{
    snprintf(tag, size, "quote-swallowed %d:%d %p", pos.line, pos.col, (const void *)pos.file);
}

/* 1 if the key key_shape found, ending at k (its ':') after w (its line's
 * indentation: a "- " or a '{' may come first), is a key of the plan
 * language ("lead:", or "Lead:" with AutoCorrect's capital): only then
 * does the document lose it. Any other word ("Lưu ý" in ASCII, "Note:")
 * at the key's indentation is text of the value in quotes, as YAML reads
 * it (s41review's leftover). */
static int plan_key_before(const char *w, const char *k)
{
    while (w < k && (*w == '-' || *w == ' ' || *w == '{'))
        w++;
    char word[32];
    size_t n = (size_t)(k - w);
    if (n == 0 || n >= sizeof word)
        return 0;
    memcpy(word, w, n);
    word[0] = (char)(word[0] >= 'A' && word[0] <= 'Z' ? word[0] - 'A' + 'a' : word[0]);
    return keys_is_any(word, n);
}

/* KH005 at the opening quote of a value in quotes, text[from..to), whose
 * quote is closed only lines below, over a line that holds a key (`items:`,
 * `- task:`) no further in than the key the value belongs to: a value in
 * quotes goes on only at a deeper indentation, and YAML (libyaml) read the
 * lines between into the value without a word; the keys below were lost
 * (a key of the plan language: plan_key_before)
 * (Excel's text mark `'Bình Trung` closed by an apostrophe far below, or
 * a '"' left open, s39slip). Returns 1 if so. */
static int quote_swallowed(DiagSink *diags, const YNode *node, const char *text, size_t from,
                           size_t to)
{
    size_t bol = from, col, ind;
    while (bol > 0 && text[bol - 1] != '\n')
        bol--;
    if (!key_shape(text + bol, text + from, &col)) /* the value on the line below its key */
        col = (from - bol) ? from - bol - 1 : 0;
    else
        for (col = 0; text[bol + col] == ' ' || (text[bol + col] == '-' && text[bol + col + 1] == ' ');)
            col++; /* its key's column */
    const char *p = memchr(text + from, '\n', to - from), *end = text + to;
    for (int line = 1; p && ++p < end; line++) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        const char *k = key_shape(p, e ? e : end, &ind);
        if (k && ind <= col && plan_key_before(p + ind, k)) {
            const char *w = p + ind;
            int n = node->end.line - node->pos.line;
            diag_error(diags, node->pos, 1, KH005,
                       i18n_ntr("the %s that opens this value is closed only on line %d: YAML "
                                "read the %d line below into the value, with line %d's key "
                                "'%.*s' (a value in quotes goes on only at a deeper "
                                "indentation), and the document loses it; close the quote at "
                                "the end of the value, on this line if the value is on one "
                                "line, or delete it if it is not meant (Excel's mark of a text)",
                                "the %s that opens this value is closed only on line %d: YAML "
                                "read the %d lines below into the value, with line %d's key "
                                "'%.*s' (a value in quotes goes on only at a deeper "
                                "indentation), and the document loses them; close the quote at "
                                "the end of the value, on this line if the value is on one "
                                "line, or delete it if it is not meant (Excel's mark of a text)",
                                (unsigned long)n),
                       text[from] == '"' ? "'\"'" : "'", node->end.line, n, /* as load_hint.c */
                       node->pos.line + line, (int)(k + 1 - w), w);
            char tag[LOAD_TAG_SIZE];
            load_quote_tag(tag, sizeof tag, node->pos);
            diag_tag_last(diags, tag);
            return 1;
        }
        p = e;
    }
    return 0;
}

/* KH036 at the first word of a text typed with the Vietnamese input
 * method off ("Kees hoachj thuwcj hieenj", "Ke61 hoa5ch"), which every
 * format prints as typed, with the text it reads as (telex_text.c); and
 * at one word so typed in a text typed with it on ("kết qua3 thực hiện":
 * TELEX_VNI_WORD; "cuwngs hóa": TELEX_TELEX_WORD, each its own message). */
static void typed_keys(DiagSink *diags, const YNode *node)
{
    size_t at = 0;
    Buf reading = {0};
    int how = node->len >= 5 ? telex_text_off(node->text, node->len, &at, &reading) : 0;
    if (how) {
        size_t n = 0, shown = reading.len > 200 ? 200 : reading.len;
        while (shown < reading.len && ((unsigned char)reading.data[shown] & 0xC0) == 0x80)
            shown--; /* not inside a character */
        /* the word: its ASCII letters and digits (up to a blank, a '/' or
         * the text's end: "Kees/hoachj/..." quoted the whole text) */
        while (at + n < node->len && n < 40 &&
               (((node->text[at + n] | 0x20) >= 'a' && (node->text[at + n] | 0x20) <= 'z') ||
                (node->text[at + n] >= '0' && node->text[at + n] <= '9')))
            n++;
        if (how == TELEX_VNI_WORD) /* "kết qua3 thực hiện": one word's slip */
            diag_warning(diags, ynode_pos_at(node, at), (int)n, KH036,
                         "'%.*s' is a Vietnamese word typed with VNI's keys, the input method "
                         "off (its digits are the marks), and the document prints it so; type "
                         "it again with the input method on (Unikey, EVKey): the text reads "
                         "'%.*s%s'",
                         (int)n, node->text + at, (int)shown, reading.data,
                         shown < reading.len ? "..." : "");
        else if (how == TELEX_TELEX_WORD) /* "cuwngs hóa": the same in Telex */
            diag_warning(diags, ynode_pos_at(node, at), (int)n, KH036,
                         "'%.*s' is a Vietnamese word typed with Telex's keys, the input method "
                         "off (its letters after the vowels are the marks), and the document "
                         "prints it so; type it again with the input method on (Unikey, EVKey): "
                         "the text reads '%.*s%s'",
                         (int)n, node->text + at, (int)shown, reading.data,
                         shown < reading.len ? "..." : "");
        else
            diag_warning(diags, ynode_pos_at(node, at), (int)n, KH036,
                         "this text is Vietnamese typed with the input method off: its words are "
                         "the keys %s takes ('%.*s' here), and the document prints them; turn "
                         "the input method on (Unikey, EVKey) and type the text again: it reads "
                         "'%.*s%s'",
                         how == 1 ? "Telex" : "VNI", (int)n, node->text + at, (int)shown,
                         reading.data, shown < reading.len ? "..." : "");
    }
    buf_free(&reading);
}

/* KH037 at each year of a text typed with a thousands separator ("năm
 * 2.024", "giai đoạn 2,021-2,025"), which every format prints as typed
 * (year_typed.c). */
static void typed_years(DiagSink *diags, const YNode *node)
{
    size_t at = 0;
    int year;
    while ((year = year_typed_grouped(node->text, node->len, &at)) != 0) {
        diag_warning(diags, ynode_pos_at(node, at), 5, KH037,
                     "'%.5s' is the year %d typed with a thousands separator, and the document "
                     "prints it so (a year is written without one; '%c' after a digit groups "
                     "thousands or marks decimals in a number): write '%d'",
                     node->text + at, year, node->text[at + 1], year);
        at += 5;
    }
}

/* KH040 at each time of day of a text typed with a space after its ':'
 * ("lúc 08: 00", a phone's keyboard), which every format prints as typed
 * (time_typed.c). */
static void typed_times(DiagSink *diags, const YNode *node)
{
    size_t at = 0, n;
    while ((n = time_typed_spaced(node->text, node->len, &at)) != 0) {
        const char *t = node->text + at;
        int hours = t[1] >= '0' && t[1] <= '9' ? 2 : 1;
        diag_warning(diags, ynode_pos_at(node, at), (int)n, KH040,
                     "'%.*s' is a time typed with a space after its ':' (a phone's keyboard puts "
                     "one after every ':'), and the document prints it so: write '%.*s:%.2s'",
                     (int)n, t, hours, t, t + n - 2);
        at += n;
    }
}

int load_cut_in_char(const char *text, size_t len, size_t i)
{
    unsigned char b = (unsigned char)text[i];
    size_t need = b >= 0xF0 && b <= 0xF4   ? 4
                  : b >= 0xE0 && b < 0xF0 ? 3
                  : b >= 0xC2 && b < 0xE0 ? 2
                                          : 0;
    if (!need || len - i >= need)
        return 0;
    for (size_t k = i + 1; k < len; k++)
        if (((unsigned char)text[k] & 0xC0) != 0x80)
            return 0;
    return 1;
}

int load_value_start(DiagSink *diags, const YNode *node, const char *text, size_t from,
                     size_t to, size_t len)
{
    if (node->pos.file) /* the last value so far: what follows it is a comment */
        load_source_of(node)->value_end = to;
    if (node->pos.line != node->end.line) /* a block pasted twice: KH128 */
        load_repeated_lines(diags, node, text + from, to > from ? to - from : 0);
    office_marks(diags, node); /* "©" for "(c)"; "Kế hoạch,,," (KH034) */
    typed_keys(diags, node);   /* "Kees hoachj" (KH036) */
    typed_years(diags, node);  /* "năm 2.024" (KH037) */
    typed_times(diags, node);  /* "lúc 08: 00" (KH040) */
    if (node->style == YSTYLE_QUOTED && node->pos.line != node->end.line && to > from &&
        quote_swallowed(diags, node, text, from, to)) /* 'Bình Trung ... an apostrophe */
        return 1;
    if (node->style != YSTYLE_BLOCK && node->pos.line != node->end.line)
        email_quoted(diags, node, text + from, to > from ? to - from : 0); /* "> trình" */
    if (node->style != YSTYLE_PLAIN)
        return 0;
    const char *s = text + from, *end = text + len;
    const char *role = NULL;
    const char *nb = load_nbsp_at_value(text, s, end, text + (to > from ? to : from), &role);
    if (nb) {
        SrcPos pos = node->pos;
        pos.col += (int)utf8_count(s, (size_t)(nb - s));
        load_nbsp_report(diags, pos, nb, role);
        return 1;
    }
    load_dash_glued(diags, node, text, s, end);
    curly_quoted(diags, node);
    return 0;
}

/* Where the source line's text, b[0..n) (its blanks around trimmed), stands
 * in the value t[from..len), at most `reach` bytes on (the separators and
 * more-indented blanks between two lines' texts), or (size_t)-1. */
static size_t find_line_text(const char *t, size_t len, size_t from, const char *b, size_t n,
                             size_t reach)
{
    for (size_t q = from; q + n <= len && q <= from + reach; q++)
        if (memcmp(t + q, b, n) == 0)
            return q;
    return (size_t)-1;
}

void load_block_blanks(YNode *node, const char *src, size_t n_src)
{
    char *t = (char *)node->text; /* the loader's own copy (arena), in NFC */
    Buf nfc = {0};                /* a source line composed as the value is */
    size_t len = node->len, cursor = 0, skipped = 0, w = 0; /* t[0..w): kept so far */
    const char *p = memchr(src, '\n', n_src), *end = src + n_src; /* after the '>' line */
    for (p = p ? p + 1 : end; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *b = p, *e = nl ? nl : end;
        p = nl ? nl + 1 : end;
        while (e > b && e[-1] == '\r')
            e--;
        const char *text_end = e;
        while (text_end > b && (text_end[-1] == ' ' || text_end[-1] == '\t'))
            text_end--;
        while (b < text_end && (*b == ' ' || *b == '\t'))
            b++;
        size_t n = (size_t)(text_end - b), blanks = (size_t)(e - text_end);
        skipped += 1 + blanks;
        if (n == 0)
            continue;
        if (!vi_is_nfc(b, n)) { /* the value holds the line composed (NFC): "Hà" typed "Ha\u0300"
                                 * left every later line's blanks in (s39review) */
            buf_reset(&nfc);
            vi_put_nfc(&nfc, b, n);
            b = buf_str(&nfc);
            n = nfc.len;
        }
        size_t q = find_line_text(t, len, cursor, b, n, skipped + 8);
        if (q == (size_t)-1)
            break; /* the value is not the source's bytes: left as it is */
        size_t at = q + n, k = 0;
        while (k < blanks && at + k < len && (t[at + k] == ' ' || t[at + k] == '\t'))
            k++;
        if (k != blanks)
            k = 0;
        memmove(t + w, t + cursor, at - cursor); /* the text up to the blanks, kept */
        w += at - cursor;
        cursor = at + k; /* the blanks no editor shows: dropped */
        skipped = 0;
    }
    memmove(t + w, t + cursor, len - cursor);
    w += len - cursor;
    t[w] = '\0';
    node->len = w;
    buf_free(&nfc);
}

/* The source line [*b, *e) trimmed of its blanks. */
static void trim(const char **b, const char **e)
{
    while (*b < *e && (**b == ' ' || **b == '\t'))
        (*b)++;
    while (*e > *b && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
        (*e)--;
}

enum { REPEAT_MAX_LINES = 12, REPEAT_MIN_BYTES = 40 };

/* KH128 at pos: lines from-last repeat the k lines above them (one
 * wording for a text's repeated lines and the whole file's pasted runs). */
static void warn_repeat(DiagSink *diags, SrcPos pos, int from, int last, int k)
{
    if (k == 1)
        diag_warning(diags, pos, 0, KH128,
                     "line %d repeats line %d word for word (a line pasted twice?): the "
                     "document prints it twice; delete one copy",
                     from, from - 1);
    else
        diag_warning(diags, pos, 0, KH128,
                     "lines %d-%d repeat lines %d-%d word for word (a block pasted "
                     "twice?): the document prints them twice; delete one copy",
                     from, last, from - k, from - 1);
}

/* 1 if the runs of n lines starting at lines a and b are the same text. */
static int same_run(const char *const *lb, const char *const *le, size_t a, size_t b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (le[a + k] - lb[a + k] != le[b + k] - lb[b + k] ||
            memcmp(lb[a + k], lb[b + k], (size_t)(le[a + k] - lb[a + k])) != 0)
            return 0;
    return 1;
}

void load_repeated_lines(DiagSink *diags, const YNode *node, const char *src, size_t n_src)
{
    if (node->pos.line == node->end.line)
        return;
    enum { WINDOW = 2 * REPEAT_MAX_LINES };
    const char *lb[WINDOW], *le[WINDOW]; /* the last lines read, trimmed */
    size_t n = 0, first_line = node->style == YSTYLE_BLOCK; /* a block: after its '>' line */
    const char *p = src, *end = src + n_src;
    for (size_t line = 0; p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *b = p, *e = nl ? nl : end;
        p = nl ? nl + 1 : end;
        if (line < first_line)
            continue;
        trim(&b, &e);
        if (n == WINDOW) {
            memmove(lb, lb + 1, (WINDOW - 1) * sizeof *lb);
            memmove(le, le + 1, (WINDOW - 1) * sizeof *le);
            n--;
        }
        lb[n] = b;
        le[n++] = e;
        for (size_t k = 1; 2 * k <= n; k++) { /* the last k lines repeat the k before them */
            size_t bytes = 0;
            for (size_t j = n - k; j < n; j++)
                bytes += (size_t)(le[j] - lb[j]);
            if (bytes < REPEAT_MIN_BYTES || !same_run(lb, le, n - 2 * k, n - k, k))
                continue;
            int last = node->pos.line + (int)line, from = last - (int)k + 1;
            if (node->pos.file && load_in_pasted_copy(load_source_of(node), from))
                return; /* load_repeated_runs said so */
            const char *bol = lb[n - k];
            while (bol > src && bol[-1] != '\n')
                bol--;
            SrcPos pos = node->pos;
            pos.line = from;
            pos.col = 1 + (int)utf8_count(bol, (size_t)(lb[n - k] - bol));
            warn_repeat(diags, pos, from, last, (int)k);
            return;
        }
    }
}

enum { RUNS_MAX_LINES = 64 };

/* One line of the file, its blanks around trimmed: where, its hash, and
 * the bytes of text it counts (none for a comment). */
typedef struct RunLine {
    const char *b, *e, *bol;
    uint64_t hash;
    size_t bytes;
} RunLine;

static RunLine run_line(const char *p, const char *e)
{
    RunLine l = {p, e, p, 14695981039346656037u, 0};
    trim(&l.b, &l.e);
    for (const char *c = l.b; c < l.e; c++)
        l.hash = (l.hash ^ (unsigned char)*c) * 1099511628211u;
    l.bytes = l.b < l.e && *l.b == '#' ? 0 : (size_t)(l.e - l.b);
    return l;
}

static int same_line(const RunLine *a, const RunLine *b)
{
    return a->hash == b->hash && a->e - a->b == b->e - b->b &&
           memcmp(a->b, b->b, (size_t)(a->e - a->b)) == 0;
}

/* KH128 at the run of k lines ending at line i (0-based), the copy of the
 * k before it, recorded in src. */
static void report_run(DiagSink *diags, LoadSource *src, const RunLine *first, int i, int k)
{
    int last = i + 1, from = last - k + 1;
    SrcPos pos = {src->name, from, 1 + (int)utf8_count(first->bol, (size_t)(first->b - first->bol))};
    warn_repeat(diags, pos, from, last, k);
    char tag[32];
    snprintf(tag, sizeof tag, "pasted %p %d", (void *)src, from); /* load_pasted_said */
    diag_tag_last(diags, tag);
    src->pasted[src->n_pasted][0] = from;
    src->pasted[src->n_pasted++][1] = last;
}

/* The lines among the RUNS_MAX_LINES above line i whose text is line l's:
 * bit k-1 for the line k above. seen[] holds the hashes of the lines
 * above twice over (line j at j % RUNS_MAX_LINES and RUNS_MAX_LINES
 * more), so that the last RUNS_MAX_LINES of them are one run of memory,
 * compared in one pass; a hash met is then compared as text. */
static uint64_t lines_above(const RunLine *ring, const uint64_t *seen, const RunLine *l, int i)
{
    enum { RING = 2 * RUNS_MAX_LINES };
    const uint64_t *above = seen + i % RUNS_MAX_LINES; /* above[m]: the line 64 - m above */
    uint64_t hits = 0;
    for (int m = 0; m < RUNS_MAX_LINES; m++)
        hits |= (uint64_t)(above[m] == l->hash) << (RUNS_MAX_LINES - 1 - m);
    if (i < RUNS_MAX_LINES) /* no line so far above */
        hits &= ((uint64_t)1 << i) - 1;
    for (uint64_t left = hits; left; left &= left - 1) {
        int k = __builtin_ctzll(left) + 1;
        if (!same_line(l, &ring[(i - k) % RING]))
            hits &= ~((uint64_t)1 << (k - 1));
    }
    return hits;
}

void load_repeated_runs(DiagSink *diags, LoadSource *src)
{
    /* Each line is compared with the 64 above it by hash, at once
     * (lines_above), and only the periods it repeats are looked at: a
     * comparison and a count for each of the 64 periods at each line was
     * a tenth of a check of 400,000 unknown keys (s41scale) */
    enum { RING = 2 * RUNS_MAX_LINES };
    RunLine ring[RING]; /* the last lines read, line i at ring[i % RING] */
    size_t sum[RING];   /* the bytes of the lines before line i, at sum[i % RING] */
    uint64_t seen[2 * RUNS_MAX_LINES] = {0}; /* lines_above's hashes */
    int run[RUNS_MAX_LINES + 1] = {0}; /* run[k]: lines up to this one equal to k above */
    uint64_t running = 0; /* bit k-1: run[k] is not 0 */
    const char *p = src->text, *end = src->text + src->len;
    size_t total = 0;
    int active = 0; /* the period of the run last reported, while it goes on */
    for (int i = 0; p < end && src->n_pasted < LOAD_PASTED_MAX; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
        RunLine *l = &ring[i % RING];
        *l = run_line(p, e);
        sum[i % RING] = total;
        total += l->bytes;
        p = nl ? nl + 1 : end;
        uint64_t hits = lines_above(ring, seen, l, i);
        seen[i % RUNS_MAX_LINES] = seen[i % RUNS_MAX_LINES + RUNS_MAX_LINES] = l->hash;
        for (uint64_t ended = running & ~hits; ended; ended &= ended - 1)
            run[__builtin_ctzll(ended) + 1] = 0;
        for (uint64_t on = hits; on; on &= on - 1)
            run[__builtin_ctzll(on) + 1]++;
        running = hits;
        if (active && run[active]) { /* pasted a third time and more: the same report */
            src->pasted[src->n_pasted - 1][1] = i + 1;
            continue;
        }
        active = 0;
        for (uint64_t on = hits; on && !active; on &= on - 1) { /* the shortest period first */
            int k = __builtin_ctzll(on) + 1;
            if (run[k] >= k && total - sum[(i - k + 1) % RING] >= REPEAT_MIN_BYTES) {
                report_run(diags, src, &ring[(i - k + 1) % RING], i, k);
                active = k;
            }
        }
    }
}

int load_pasted_again(SrcPos pos)
{
    if (!pos.file)
        return 0;
    LoadSource *src = (LoadSource *)(void *)(pos.file - offsetof(LoadSource, name));
    for (int i = 0; i < src->n_pasted; i++)
        if (pos.line >= src->pasted[i][0] && pos.line <= src->pasted[i][1]) {
            if (src->pasted_said[i])
                return 1;
            src->pasted_said[i] = 1;
            return 0;
        }
    return 0;
}

void load_pasted_said(DiagSink *diags, SrcPos pos)
{
    if (!pos.file)
        return;
    LoadSource *src = (LoadSource *)(void *)(pos.file - offsetof(LoadSource, name));
    for (int i = 0; i < src->n_pasted; i++)
        if (pos.line >= src->pasted[i][0] && pos.line <= src->pasted[i][1]) {
            int from = src->pasted[i][0], last = src->pasted[i][1], k = last - from + 1;
            char tag[32];
            snprintf(tag, sizeof tag, "pasted %p %d", (void *)src, from);
            if (!diag_withdraw_tagged(diags, tag))
                return; /* silenced, or told another way */
            if (k == 1)
                diag_note(diags, pos, "line %d repeats line %d word for word: a line pasted "
                          "twice? Delete one copy", from, from - 1);
            else
                diag_note(diags, pos, "lines %d-%d repeat lines %d-%d word for word: a block "
                          "pasted twice? Delete one copy", from, last, from - k, from - 1);
            return;
        }
}

int load_in_pasted_copy(const LoadSource *src, int line)
{
    for (int i = 0; i < src->n_pasted; i++)
        if (line >= src->pasted[i][0] && line <= src->pasted[i][1])
            return 1;
    return 0;
}

/* The hash of an item's content (its scalars' texts, its keys and its
 * shape), and the bytes of text it holds in *bytes. */
static uint64_t item_hash(const YNode *n, uint64_t h, size_t *bytes)
{
    h = (h ^ n->kind) * 1099511628211u;
    if (n->kind == YNODE_SCALAR) {
        for (size_t i = 0; i < n->len; i++)
            h = (h ^ (unsigned char)n->text[i]) * 1099511628211u;
        *bytes += n->len;
        return (h ^ 0xFF) * 1099511628211u;
    }
    for (uint32_t i = 0; i < n->count; i++) {
        if (n->kind == YNODE_MAP)
            h = item_hash(n->keys[i], h, bytes);
        h = item_hash(n->kind == YNODE_MAP ? n->values[i] : n->items[i], h, bytes);
    }
    return (h ^ n->count) * 1099511628211u;
}

static int item_same(const YNode *a, const YNode *b)
{
    if (a->kind != b->kind || a->count != b->count)
        return 0;
    if (a->kind == YNODE_SCALAR)
        return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
    for (uint32_t i = 0; i < a->count; i++)
        if (a->kind == YNODE_MAP ? !item_same(a->keys[i], b->keys[i]) ||
                                       !item_same(a->values[i], b->values[i])
                                 : !item_same(a->items[i], b->items[i]))
            return 0;
    return 1;
}

void load_repeated_items(DiagSink *diags, const YNode *seq)
{
    if (seq->kind != YNODE_SEQ || seq->count < 2)
        return;
    size_t cap = 4;
    while (cap < 2 * (size_t)seq->count)
        cap *= 2;
    uint32_t *slot = calloc(cap, sizeof *slot); /* item index + 1, 0 empty */
    uint64_t *hash = malloc(seq->count * sizeof *hash);
    if (!slot || !hash) {
        free(slot);
        free(hash);
        return;
    }
    for (uint32_t i = 0; i < seq->count; i++) {
        size_t bytes = 0;
        hash[i] = item_hash(seq->items[i], 14695981039346656037u, &bytes);
        if (bytes < REPEAT_MIN_BYTES || seq->items[i]->kind == YNODE_SCALAR)
            continue; /* a short item; a text, which a list of names repeats rightly */
        size_t s = (size_t)hash[i] & (cap - 1);
        for (; slot[s]; s = (s + 1) & (cap - 1)) {
            uint32_t j = slot[s] - 1;
            if (hash[j] == hash[i] && item_same(seq->items[j], seq->items[i]))
                break;
        }
        if (!slot[s]) {
            slot[s] = i + 1;
            continue;
        }
        if (seq->pos.file && load_in_pasted_copy(load_source_of(seq), seq->items[i]->pos.line))
            continue; /* load_repeated_runs said so */
        diag_warning(diags, seq->items[i]->pos, 0, KH128,
                     "this item repeats the item at line %d word for word (a block pasted "
                     "twice?): the plan holds it twice; delete one copy",
                     seq->items[slot[s] - 1]->pos.line);
        break;
    }
    free(slot);
    free(hash);
}
