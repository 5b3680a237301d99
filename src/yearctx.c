/* yearctx.c - whether a year written in a text is the plan's own, the
 * one rule of the three commands that ask it.
 *
 * `khgen diff` counts a part whose only change is the plan's years moved
 * (diff_year.c), `khgen import` writes the plan's year as {year}
 * (import_util.c year_refs), and `khgen new` notes each text that still
 * says the old year (cmd_new.c): each asked whether four digits in range
 * are the plan's year, and each answered it with rules of its own, in
 * diff_year.c and import_util.c, while new asked nothing and noted a cited
 * decision's "12/2024/QĐ-UBND", a house number and a fraction "1/2024" as
 * texts that "still say 2024" (session 29).
 *
 * Not years, though four digits in range: the year in a cited document's
 * number ("08/2024/NQ-HĐND" is its number: s19attack M4), an amount
 * ("2024 triệu đồng", "2024 ha": a number before a unit of money or
 * measure), the date a cited document was issued ("Nghị quyết số
 * 08/2023/NQ-HĐND ngày 10/01/2024", "... ngày 10 tháng 01 năm 2024": a
 * date after a document's number: s19attack L5, s12attack F2), a law's
 * name ("Luật Đất đai năm 2024": s24attack F7), a number cited without
 * its code ("Nghị quyết số 12/2024": s28attack F4), the subject of a
 * document cited earlier in the clause (s28attack F6), a fraction and an
 * address. A year is what the text names so: after "năm", in a date, a
 * month or a quarter, a range of years, after a word of time or a
 * table's column (yearctx_named). Each test looks a bounded distance
 * around the number, so asking it of every year of a text stays linear.
 */
#include "yearctx.h"

#include <stdlib.h>
#include <string.h>

#include "dockind.h"
#include "plan.h"
#include "util.h"
#include "vi.h"

static int in_year_range(const char *text, size_t at);
static int year_context(const char *text, size_t at, int own, int depth);

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static size_t digit_run(const char *s)
{
    size_t n = 0;
    while (is_digit(s[n]))
        n++;
    return n;
}

/* Whether the four digits at s end in a document's number: a "/" and
 * its code after them, "08/2024/NQ-HĐND", "12/2024/QĐ-UBND". Such a
 * number names another document, which a new year does not change: a
 * citation moved to "08/2025/NQ-HĐND" was counted as "only the year"
 * and not shown (s19attack M4). A school year, "2024/2025", is years. */
static int in_document_number(const char *s)
{
    return s[4] == '/' && s[5] && !is_digit(s[5]);
}

/* Whether c continues a word (vi_word_byte). */
static int is_word_byte(char c)
{
    return vi_word_byte((unsigned char)c);
}

/* Whether the four digits at text + at are a piece of a longer number or
 * of a word, which no year is: a decimal or a thousands group after them,
 * "2024,5 triệu đồng", "2024.5 ha" (a comma or a dot, then a digit); a
 * fraction before them, "0,2024"; a group after three digits or more,
 * "0204.2024" (a date's day and month are two digits at most: "15.7.2024"
 * is a year); or a unit written on to them, "2024ha", "2024m2", "2024đ".
 * "Kinh phí 2024,5 triệu đồng" changed to "2025,5" was counted as a year
 * moved and not shown (s26cycle H1). A no-break space, a dash or a quote
 * after them is no letter: "2021–2024" is a range. */
static int part_of_number(const char *text, size_t at)
{
    const char *s = text + at;
    if ((s[4] == ',' || s[4] == '.') && is_digit(s[5]))
        return 1;
    unsigned char c = (unsigned char)s[4]; /* a letter, as number_before_word reads one */
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC6) || c == 0xE1)
        return 1;
    if (at >= 2 && text[at - 1] == ',' && is_digit(text[at - 2]))
        return 1;
    if (at >= 4 && text[at - 1] == '.' && is_digit(text[at - 2]) && is_digit(text[at - 3]) &&
        is_digit(text[at - 4]))
        return 1;
    return 0;
}

/* Whether the word after "tỷ" at s is "lệ" or "trọng", in any case:
 * "tỷ lệ" (a rate) and "tỷ trọng" (a share) are no billions. "phấn đấu
 * đến hết năm 2022 tỷ lệ bao phủ ..." was read as an amount, and a part
 * whose only change was the year listed (round22 R5, Krông Nô's plan). */
static int rate_word(const char *s)
{
    size_t sp;
    int spaces = 0;
    while ((sp = vi_space_len(s)) > 0 && *s != '\n')
        s += sp, spaces++;
    if (!spaces)
        return 0;
    static const char *const words[] = {"lệ", "LỆ", "Lệ", "trọng", "TRỌNG", "Trọng"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = strlen(words[k]);
        if (strncmp(s, words[k], n) == 0 && !is_word_byte(s[n]))
            return 1;
    }
    return 0;
}

/* Whether the word at s (up to a space or a mark) is written with a
 * capital and lower-case letters after it ("Hưu", not "HƯU" nor "hưu"):
 * the case of a name. *len its length in bytes. */
static int title_case_word(const char *s, size_t *len)
{
    char word[32];
    size_t n = 0;
    while (s[n] && n < sizeof word - 1 && !vi_space_len(s + n) && !strchr(",;:.)/*_\n", s[n]))
        word[n] = s[n], n++;
    word[n] = '\0';
    *len = n;
    if (!n)
        return 0;
    unsigned char lead = (unsigned char)word[0];
    size_t first = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (first >= n)
        return 0;
    char cap[5];
    memcpy(cap, word, first);
    cap[first] = '\0';
    /* its first letter a capital, and not every letter one */
    return vi_upper_eq(word, first, cap) && !vi_upper_eq(word, n, word);
}

/* Whether the unit word at s ("Đồng", "Con"), written in title case, is
 * the first word of a place's name: the next word in title case too and
 * not a unit ("năm 2025 Đồng Hưu", "2024 Con Cuông"). "2025 Đồng Hưu" was
 * read as 2025 đồng, an amount, and a part whose only change was the year
 * listed (round22 leftover; round23 R5). "2024 Triệu Đồng" stays one. */
static int place_word(const char *s, const char *upper)
{ /* upper: the unit the word is, in capitals */
    if (strcmp(upper, "ĐỒNG") != 0 && strcmp(upper, "CON") != 0)
        return 0;
    size_t n, sp, spaces = 0;
    if (!title_case_word(s, &n))
        return 0;
    s += n;
    while ((sp = vi_space_len(s)) > 0 && *s != '\n')
        s += sp, spaces++;
    return spaces && title_case_word(s, &n);
}

/* The units an amount is counted in, each a whole word after the number:
 * money (triệu, tỷ, nghìn, đồng, and the "trđ" of a table's header), a
 * share, land and length, weight, people and households. A year is not
 * followed by them; "năm 2024 hộ nghèo giảm" is read as an amount, which
 * shows the part (the safe side: a change shown, not hidden). The word is
 * read as the document shows it: in any case ("2024 Triệu đồng", "2024
 * TRIỆU ĐỒNG"), after emphasis marks, any run of spaces (a no-break one
 * too) and a parenthesis ("**2024** triệu", "2024 *triệu đồng*", "2024
 * (triệu đồng)"), each of which hid an amount changed among the parts
 * where only the year moved (s21attack M1). */
static int is_amount(const char *s)
{
    static const char *const units[] = {
        "TRIỆU", "TỶ", "TỈ", "NGHÌN", "NGÀN", "TRĂM", "ĐỒNG", "Đ", "USD", "VNĐ", "VND", "TRĐ",
        "TR.Đ", "TR", "%", "HA", "KM", "M", "M2", "M²", "M3", "TẤN", "KG", "NGƯỜI", "HỘ", "LƯỢT", "CON"};
    const char *u = s + 4;
    while (*u == '*' || *u == '_')
        u++;
    if (*u == '%')
        return 1;
    size_t sp, spaces = 0;
    while ((sp = vi_space_len(u)) > 0 && *u != '\n')
        u += sp, spaces++;
    if (!spaces)
        return 0;
    if (*u == '(')
        u++;
    while (*u == '*' || *u == '_')
        u++;
    /* the word after it, upper-cased: at most 15 bytes are read */
    char word[16];
    size_t n = 0;
    while (u[n] && n < sizeof word - 1 && !vi_space_len(u + n) && !strchr(",;:)/*_\n", u[n]))
        word[n] = u[n], n++;
    word[n] = '\0';
    while (n > 0 && word[n - 1] == '.') /* the sentence's full stop */
        word[--n] = '\0';
    if (!n)
        return 0;
    const char *unit = NULL;
    for (size_t k = 0; k < sizeof units / sizeof units[0] && !unit; k++)
        if (vi_upper_eq(word, n, units[k]))
            unit = units[k];
    if (!unit)
        return 0;
    if ((strcmp(unit, "TỶ") == 0 || strcmp(unit, "TỈ") == 0) && rate_word(u + n))
        return 0;
    return !place_word(u, unit);
}

/* Whether text[0..at) ends with `word` (bytes). */
static int ends_with(const char *text, size_t at, const char *word)
{
    size_t n = strlen(word);
    return at >= n && memcmp(text + at - n, word, n) == 0;
}

/* Whether text[0..at) ends with a document's number and one space (a
 * comma before it too): a word of at most 64 bytes holding a "/"
 * followed by a capital, "263/QĐ-TTg", "08/2023/NQ-HĐND", or a number
 * after "số", "Công văn số 15". */
static int after_document_number(const char *text, size_t at)
{
    if (!ends_with(text, at, " "))
        return 0;
    at--;
    if (ends_with(text, at, ","))
        at--;
    size_t k = at;
    while (k > 0 && at - k < 9 && is_digit(text[k - 1]))
        k--;
    if (k < at && ends_with(text, k, "số "))
        return 1;
    for (k = at; k > 0 && at - k < 64; k--) {
        char c = text[k - 1];
        if (c == ' ' || c == '\n' || c == '(')
            return 0;
        if (c == '/' && text[k] >= 'A' && text[k] <= 'Z')
            return 1;
    }
    return 0;
}

/* Whether text[0..at) ends with one of words: 1 + its index, *at moved
 * before it; 0 for none. */
static int strip_word(const char *text, size_t *at, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ends_with(text, *at, words[i])) {
            *at -= strlen(words[i]);
            return (int)i + 1;
        }
    return 0;
}

/* Whether text[0..at), which ends before "ngày", names a document in the
 * same clause: "tại" or "theo" and a kind of document ("tại Công văn của
 * Sở Nội vụ ngày ..."), within 160 bytes and no ';', ':' or line between.
 * A deadline is no citation: "theo kế hoạch, hoàn thành trước ngày ..."
 * (the word before "ngày" is "trước", "đến", "từ", ...) stays a year. */
static int after_cited_kind(const char *text, size_t at)
{
    static const char *const deadline[] = {"trước ", "đến ", "từ ", "hết ", "sau ",
                                           "vào ", "trong ", "kể từ ", "chậm nhất "};
    size_t k = at;
    if (strip_word(text, &k, deadline, sizeof deadline / sizeof deadline[0]))
        return 0;
    for (size_t back = 0; k > 0 && back < 160; k--, back++) {
        char c = text[k - 1];
        if (c == ';' || c == ':' || c == '\n' || c == ',')
            return 0;
        if (c != ' ')
            continue;
        static const char *const cue[] = {"tại ", "theo ", "Tại ", "Theo "};
        size_t w = k;
        if (!strip_word(text, &w, cue, 4) || (w > 0 && is_word_byte(text[w - 1])))
            continue;
        if (doc_kind_at(text + k, 1)) /* "tại Công văn", "theo quyết định" */
            return 1;
    }
    return 0;
}

/* Whether the letter at s is a capital: an issuer's name ("UBND", "Ủy
 * ban", "Thủ tướng", "Sở"), not a word of the sentence. */
static int capital(const char *s)
{
    unsigned char lead = (unsigned char)s[0];
    size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (!is_word_byte(s[0]) || is_digit(s[0]) || strnlen(s, n) < n)
        return 0;
    char one[5];
    memcpy(one, s, n);
    one[n] = '\0';
    return vi_upper_eq(one, n, one);
}

/* Whether the four digits at text + at end the date a cited document was
 * issued: "số 08/2023/NQ-HĐND ngày 10/01/2024" (also "-" or "."), or
 * "... ngày 10 tháng 01 năm 2024"; the date's parts are one or two
 * digits each. Between the number and the date may stand "ban hành",
 * "ký", "được" or a parenthesis, in any order (a comma after the number): "03/KH-UBND ban
 * hành ngày 11/01/2024", "03/KH-UBND (ngày 11/01/2024)", "03/KH-UBND
 * (11/01/2024)", "03/KH-UBND ban hành (ngày 11/01/2024)", which were
 * counted as years moved, the citation of another document hidden
 * (s21attack M1, s23mut). A date after "ngày" is a citation's too when
 * its issuer follows, "ngày 11/01/2024 của UBND tỉnh", or when the
 * clause names the document "tại" or "theo" its kind, "tại Công văn
 * ngày 11/01/2024" (after_cited_kind). */
static int in_citation_date(const char *text, size_t at)
{
    size_t k = at;
    if (k > 0 && (text[k - 1] == '/' || text[k - 1] == '-' || text[k - 1] == '.')) {
        char sep = text[k - 1];
        k--;                                   /* the month */
        size_t d = 0;
        while (d < 2 && k > 0 && is_digit(text[k - 1]))
            k--, d++;
        if (!d || k == 0 || text[k - 1] != sep)
            return 0;
        k--;                                   /* the day */
        for (d = 0; d < 2 && k > 0 && is_digit(text[k - 1]); d++)
            k--;
        if (!d)
            return 0;
    } else if (ends_with(text, k, " năm ")) {
        k -= strlen(" năm ");
        size_t d = 0;
        while (d < 2 && k > 0 && is_digit(text[k - 1]))
            k--, d++;
        if (!d || !ends_with(text, k, " tháng "))
            return 0;
        k -= strlen(" tháng ");
        for (d = 0; d < 2 && k > 0 && is_digit(text[k - 1]); d++)
            k--;
        if (!d)
            return 0;
    } else {
        return 0;
    }
    static const char *const day[] = {"ngày ", "Ngày "};
    static const char *const links[] = {"(", "ban hành ", "ký ", "được "};
    int day_word = strip_word(text, &k, day, 2) != 0;
    size_t before_day = k;
    int paren = 0, link; /* a date without "ngày" is a citation's in brackets */
    for (int step = 0; step < 6 && (link = strip_word(text, &k, links, 4)) != 0; step++)
        paren |= link == 1;
    if ((day_word || paren) && after_document_number(text, k))
        return 1;
    if (!day_word)
        return 0;
    const char *after = text + at + 4;
    if (*after == ')')
        after++;
    if (strncmp(after, " của ", strlen(" của ")) == 0 && capital(after + strlen(" của ")))
        return 1;
    return after_cited_kind(text, before_day);
}

/* Whether the four digits at text + at are followed by a word (a letter,
 * past emphasis marks, spaces and a parenthesis) but do not stand where
 * the text names a year by its words alone (year_context without the
 * plan's year): after "năm" (in any case, "NĂM 2024 ..."), in a date or
 * a range ("quý IV/2024 và ...", "2024 - 2025 đạt"), or in a list of
 * years after one ("năm 2023 và 2024 đạt"). A number before a word is what the units of is_amount
 * name, and the units are more than any list holds: "2024 sản phẩm",
 * "2024 học sinh", "2024 cm" changed to 2025 were counted as years moved,
 * not shown (s22attack M1). A year in such a place reads as a year, the
 * rest is shown (the safe side: a change shown, not hidden). */
static int number_before_word(const char *text, size_t at)
{
    const char *u = text + at + 4;
    while (*u == '*' || *u == '_')
        u++;
    size_t sp, spaces = 0;
    while ((sp = vi_space_len(u)) > 0 && *u != '\n')
        u += sp, spaces++;
    while (*u == '*' || *u == '_' || *u == '(')
        u++;
    unsigned char c = (unsigned char)*u;
    int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC6) ||
                 c == 0xE1; /* Latin-1 and Extended A, B; Extended Additional (ạ, ế, ...) */
    if (!spaces || !letter)
        return 0;
    return !year_context(text, at, 0, 0);
}


static int four_digits(const char *s)
{
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

/* Whether text[0..k) ends with a letter or a digit: a word goes on
 * there. A no-break space, a dash or a quote (U+2000..U+206F) is none. */
static int letter_ends(const char *text, size_t k)
{
    if (k == 0)
        return 0;
    unsigned char c = (unsigned char)text[k - 1];
    if (c < 0x80)
        return is_word_byte((char)c);
    size_t j = k - 1;
    while (j > 0 && j + 4 > k && ((unsigned char)text[j] & 0xC0) == 0x80)
        j--;
    unsigned char lead = (unsigned char)text[j];
    if (lead == 0xC2 && (unsigned char)text[j + 1] == 0xA0)
        return 0;
    if (lead == 0xE2 && (unsigned char)text[j + 1] >= 0x80 && (unsigned char)text[j + 1] <= 0x81)
        return 0;
    return 1;
}

/* Whether text[0..at) ends with `upper` (a phrase in capitals) in any
 * case, a whole word: no letter or digit before it. Vietnamese letters
 * take as many bytes in either case, so the bytes before at are compared
 * upper-cased. */
static int ends_with_word_ci(const char *text, size_t at, const char *upper)
{
    size_t n = strlen(upper);
    char last = upper[n - 1], c = at ? text[at - 1] : '\0';
    if (last >= 'A' && last <= 'Z' && c != last && c != last + ('a' - 'A'))
        return 0; /* its last letter is another: no case to fold (a number read 20 words) */
    /* a Vietnamese capital's small letter ends one byte on (U+1EA0.., Ă, Đ,
     * Ơ, Ư) or 0x20 on (Â, Ê, Ô, Ý): any other last byte is another letter,
     * told without upper-casing a copy (a Buf a year, most of `khgen
     * new`'s time under the sanitizers: session 29) */
    unsigned char lb = (unsigned char)last, tc = (unsigned char)c;
    if (lb >= 0x80 && tc != lb && tc != lb + 1 && tc != lb + 0x20)
        return 0;
    if (at < n || letter_ends(text, at - n) ||
        ((unsigned char)text[at - n] >= 0x80 && (unsigned char)text[at - n] < 0xC0))
        return 0;
    return vi_upper_eq(text + at - n, n, upper);
}

/* text[0..at) past emphasis marks and one run of spaces (a no-break one
 * too) before them: where the word before the four digits at at ends;
 * at itself when no space is there (*spaced 0). */
static size_t before_blank(const char *text, size_t at, int *spaced)
{
    size_t k = at;
    while (k > 0 && (text[k - 1] == '*' || text[k - 1] == '_'))
        k--;
    size_t w = k;
    for (;;) {
        if (w > 0 && text[w - 1] == ' ')
            w--;
        else if (w > 1 && (unsigned char)text[w - 2] == 0xC2 && (unsigned char)text[w - 1] == 0xA0)
            w -= 2;
        else
            break;
    }
    *spaced = w < k;
    while (*spaced && w > 0 && (text[w - 1] == '*' || text[w - 1] == '_'))
        w--;
    return w;
}

/* Whether the four digits at text + at (not preceded by a digit) are a
 * year of the plan's range. */
static int year_digits_at(const char *text, size_t at)
{
    return (at == 0 || !is_digit(text[at - 1])) && digit_run(text + at) == 4 &&
           plan_year_ok(four_digits(text + at));
}

/* Whether the four digits at text + at end a month: "15/7/2024" (a day
 * and a month of one or two digits, one separator "/", "-" or "."),
 * "tháng 7/2024", "quý IV/2024" (a quarter's or month's number after its
 * word, or a Roman quarter, "Qúy I/2024" as typed), or "trước 12/2024" (a
 * month after a word of time: before_time). */
static int in_date(const char *text, size_t at, int (*time_word)(const char *, size_t))
{
    if (at < 2)
        return 0;
    char sep = text[at - 1];
    if (sep != '/' && sep != '-' && sep != '.')
        return 0;
    size_t k = at - 1, d = 0;
    while (d < 2 && k > 0 && is_digit(text[k - 1]))
        k--, d++;
    if (d) {
        int month = d == 1 ? text[k] - '0' : (text[k] - '0') * 10 + text[k + 1] - '0';
        if (month < 1 || month > 12 || (k > 0 && is_digit(text[k - 1])))
            return 0;
        if (k > 0 && text[k - 1] == sep) { /* the day */
            size_t j = k - 1, e = 0;
            while (e < 2 && j > 0 && is_digit(text[j - 1]))
                j--, e++;
            return e && (j == 0 || !is_digit(text[j - 1]));
        }
    } else {
        while (k > 0 && at - 1 - k < 4 && (text[k - 1] == 'I' || text[k - 1] == 'V'))
            k--;
        if (k == at - 1 || (k > 0 && is_word_byte(text[k - 1]) && text[k - 1] != ' '))
            return 0;
        if (sep == '/')
            return 1; /* "Quý IV/2024", "IV/2024" */
    }
    int spaced;
    size_t w = before_blank(text, k, &spaced);
    return spaced && (ends_with_word_ci(text, w, "THÁNG") || ends_with_word_ci(text, w, "QUÝ") ||
                      ends_with_word_ci(text, w, "QÚY") || time_word(text, w));
}

/* Whether the four digits at text + at are one end of a range of years:
 * "2021–2025", "2021 - 2025", "2024/2025" (a school year), the other end
 * a year 1 to 30 after the first and no unit after the range ("2024-2030
 * hộ" is a count's range). "2024-2500 hộ", "2024/2500" are no range.
 * Returns the years between the ends (0: no range), *first where the
 * range's first end stands. */
static int year_range_span(const char *text, size_t at, size_t *first)
{
    static const char *const dashes[] = {"-", "\xe2\x80\x93", "\xe2\x80\x94", "/"};
    const char *s = text + at;
    for (size_t d = 0; d < sizeof dashes / sizeof *dashes; d++) {
        size_t n = strlen(dashes[d]);
        /* after: "2024-2025" */
        size_t j = 4 + (s[4] == ' ');
        if (strncmp(s + j, dashes[d], n) == 0) {
            j += n;
            j += s[j] == ' ';
            int span = year_digits_at(s, j) ? four_digits(s + j) - four_digits(s) : 0;
            if (span >= 1 && span <= 30 && !is_amount(s + j)) {
                *first = at;
                return span;
            }
        }
        /* before: "2021-2024" */
        size_t k = at;
        k -= k > 0 && text[k - 1] == ' ';
        if (ends_with(text, k, dashes[d])) {
            k -= n;
            k -= k > 0 && text[k - 1] == ' ';
            int span = k >= 4 && year_digits_at(text, k - 4) ? four_digits(s) - four_digits(text + k - 4) : 0;
            if (span >= 1 && span <= 30 && !is_amount(s)) {
                *first = k - 4;
                return span;
            }
        }
    }
    return 0;
}

static int in_year_range(const char *text, size_t at)
{
    size_t first;
    return year_range_span(text, at, &first) != 0;
}

/* The words a plan names its own year after, without "năm": of time
 * ("đến 2024", "cuối 2024", "trước 2024", "so với 2023") and of a table's column
 * ("Kế hoạch 2024", "Thực hiện 2023", "Ước TH 2024", "Dự toán 2024"). */
static const char *const time_words[] = {"ĐẾN", "TỚI", "TRONG", "HẾT", "CUỐI", "ĐẦU", "GIỮA",
                                         "TỪ", "SAU", "TRƯỚC", "SO VỚI"};
static const char *const column_words[] = {"KẾ HOẠCH", "THỰC HIỆN", "ƯỚC", "DỰ TOÁN", "KH",
                                           "TH", "ƯTH"};

static int phrase_before(const char *text, size_t w, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ends_with_word_ci(text, w, words[i]))
            return 1;
    return 0;
}

static int before_time(const char *text, size_t w)
{
    return phrase_before(text, w, time_words, sizeof time_words / sizeof *time_words);
}

static int no_time(const char *text, size_t w)
{
    (void)text, (void)w;
    return 0;
}

/* Whether the four digits at text + at stand where the text clearly names
 * a year (the rule of diff_year_only; anything else is shown): after
 * "năm" in any case ("năm 2024", a heading "NĂM 2024", a column "Năm
 * 2024"); in a date or a month ("15/7/2024", "tháng 10/2024", "quý
 * IV/2024"); an end of a range of years ("2021–2024", "2024-2025"); the
 * plan's own year, or the one before or after it (own: the plan's year,
 * 0 for none), after a word of time or of a table's column ("đến 2024",
 * "Kế hoạch 2024", "Thực hiện 2023"); or after ",", "và", "hoặc", "đến"
 * following such a year ("năm 2024 và 2025"), looked back at most four
 * years. "Số hộ: 2024.", "2024/2500 hộ" are no year. */
static int year_context(const char *text, size_t at, int own, int depth)
{
    int spaced;
    size_t w = before_blank(text, at, &spaced);
    int year = four_digits(text + at);
    int near_own = own && year >= own - 1 && year <= own + 1;
    if (spaced && ends_with_word_ci(text, w, "NĂM"))
        return 1;
    if (in_date(text, at, near_own ? before_time : no_time) || in_year_range(text, at))
        return 1;
    if (text[at + 4] == '-' && is_digit(text[at + 5]) &&
        is_digit(text[at + 6]) && text[at + 7] == '-' && is_digit(text[at + 8]) &&
        is_digit(text[at + 9]) && !is_digit(text[at + 10]))
        return 1; /* "2024-07-15" */
    if (spaced && near_own &&
        (before_time(text, w) ||
         phrase_before(text, w, column_words, sizeof column_words / sizeof *column_words)))
        return 1;
    if (depth >= 4)
        return 0;
    static const char *const links[] = {",", " và", " hoặc", " đến", " tới"};
    size_t k = w;
    if (!spaced)
        return 0;
    for (size_t i = 0; i < sizeof links / sizeof *links; i++)
        if (ends_with(text, k, links[i])) {
            k -= strlen(links[i]);
            while (k > 0 && (text[k - 1] == '*' || text[k - 1] == '_'))
                k--;
            return k >= 4 && year_digits_at(text, k - 4) && year_context(text, k - 4, own, depth + 1);
        }
    return 0;
}

/* Whether the year at s[i] ends the date of a cited document: "ngày
 * 08/3/2025" or "ngày 5 tháng 1 năm 2025" right after a document's number
 * ("Quyết định số 318/QĐ-TTg", "Kế hoạch số 12/KH-UBND,"), which stays as
 * issued when the plan moves on a year (s12attack F2: import made it
 * {year}, and `khgen new` cited a decision that does not exist). Looks
 * back a bounded stretch only. */
static int cited_date(const char *s, size_t i)
{
    /* "ngày " ("à" is two bytes), at most 40 bytes before the year */
    size_t day = i, from = i > 40 ? i - 40 : 0;
    int found = 0;
    while (!found && day > from) /* the first byte first: no call a byte */
        found = s[--day] == 'n' && strncmp(s + day, "ngày ", 6) == 0;
    if (!found)
        return 0;
    for (size_t p = day + 6; p < i;) { /* only the date's digits and words between */
        if ((s[p] >= '0' && s[p] <= '9') || s[p] == '/' || s[p] == ' ')
            p++;
        else if (strncmp(s + p, "tháng ", 7) == 0)
            p += 7;
        else if (strncmp(s + p, "năm ", 5) == 0)
            p += 5;
        else
            return 0;
    }
    size_t e = day;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
        e--;
    /* the token before: a number whose last '/' is followed by a capital
     * ("318/QĐ-TTg", "08/2019/NQ-HĐND") */
    size_t t = e, slash = (size_t)-1;
    while (t > 0 && e - t < 64 && s[t - 1] != ' ' && s[t - 1] != '\n') {
        t--;
        if (s[t] == '/' && slash == (size_t)-1)
            slash = t;
    }
    if (slash == (size_t)-1 || !(s[t] >= '0' && s[t] <= '9'))
        return 0;
    return (s[slash + 1] >= 'A' && s[slash + 1] <= 'Z') || strncmp(s + slash + 1, "Đ", 2) == 0;
}

/* Whether "năm YYYY" at s[i] (the year) ends the name of a law or of a
 * numbered document the text cites: "Luật Đất đai năm 2024", "Bộ luật Lao
 * động năm 2019", "Hiến pháp năm 2013" (a law is named with the year it
 * was passed), "Nghị quyết số 18-NQ/TW năm 2024". Import made the year
 * {year} or {year-1}, and `khgen new` cited "Luật Đất đai năm 2025", a
 * law that does not exist (s24attack F7). Looks back a bounded stretch
 * (200 bytes) of the same clause: no ',', ';', ':', '.', '(' or line break
 * between the law's word and the year; the name begins with a capital. */
/* Whether s begins with a document's number and code, "12/QĐ-UBND",
 * "08/2019/NQ-HĐND", "18-NQ/TW": digits, then before the next space a '/'
 * followed by a capital. */
static int doc_number(const char *s)
{
    if (!(*s >= '0' && *s <= '9'))
        return 0;
    for (const char *t = s; *t && *t != ' ' && t - s < 64; t++)
        if (*t == '/' && ((t[1] >= 'A' && t[1] <= 'Z') || strncmp(t + 1, "Đ", 2) == 0))
            return 1;
    return 0;
}

static int cited_law(const char *s, size_t i)
{
    size_t nam = i - strlen("năm "); /* the caller saw "năm " before i */
    /* a document's number right before: "số 18-NQ/TW năm 2024" */
    size_t t = nam;
    while (t > 0 && s[t - 1] == ' ')
        t--;
    size_t e = t;
    while (t > 0 && s[t - 1] != ' ' && s[t - 1] != '\n' && e - t < 64)
        t--;
    if (t >= strlen("số ") && strncmp(s + t - strlen("số "), "số ", strlen("số ")) == 0 &&
        memchr(s + t, '/', e - t))
        return 1;
    static const struct {
        const char *name;
        size_t len;
    } laws[] = {{"Luật ", sizeof "Luật " - 1},
                {"Bộ luật ", sizeof "Bộ luật " - 1},
                {"Hiến pháp ", sizeof "Hiến pháp " - 1},
                {"Pháp lệnh ", sizeof "Pháp lệnh " - 1},
                {NULL, 0}};
    size_t from = nam > 200 ? nam - 200 : 0;
    int other = 0; /* another document named between: "số 18-NQ/TW ... và Kế hoạch năm 2024" */
    for (size_t p = nam; p > from; p--) {
        char ch = s[p - 1];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '(' || ch == '\n')
            return 0;
        /* a kind, "số " and a law's name begin a word: the bytes inside
         * one are passed over (each of 100,000 years looked at 200 bytes,
         * `khgen new` took 5 s: session 29's CI) */
        if (p > 1 && is_word_byte(s[p - 2]))
            continue;
        if (!other)
            other = doc_kind_at(s + p - 1, 0) > 0;
        /* the subject of a document cited by its number earlier in the
         * clause: "Quyết định số 12/QĐ-UBND của UBND huyện về giao chỉ tiêu
         * năm 2024" (s28attack F6: `khgen new` cited it "năm 2025") */
        if (!other && p - 1 + strlen("số ") < nam && s[p - 1] == 's' &&
            strncmp(s + p - 1, "số ", strlen("số ")) == 0 && doc_number(s + p - 1 + strlen("số ")))
            return 1;
        for (int k = 0; laws[k].name; k++) {
            size_t n = laws[k].len;
            if (s[p - 1] == laws[k].name[0] && p - 1 + n <= nam &&
                strncmp(s + p - 1, laws[k].name, n) == 0 &&
                (p - 1 + n == nam || capital(s + p - 1 + n)))
                return 1;
        }
    }
    return 0;
}

/* Whether the year at s[i], after "N/", ends a cited document's number
 * written without its code: "Nghị quyết số 12/2024", "Chỉ thị 05/2024",
 * "số 15/2024" (N past 12 is no month). Import made it "12/{year}", and
 * `khgen new` cited "Nghị quyết số 12/2025", which does not exist
 * (s28attack F4). A month's "tháng 6/2024", a date's "15/12/2024" and a
 * quarter's "quý IV/2024" are not. */
static int cited_number(const char *s, size_t i)
{
    if (i < 2 || s[i - 1] != '/')
        return 0;
    size_t e = i - 1, t = e;
    while (t > 0 && s[t - 1] >= '0' && s[t - 1] <= '9' && e - t < 8)
        t--;
    if (t == e || (t > 0 && (s[t - 1] == '/' || s[t - 1] == '.' || s[t - 1] == '-')))
        return 0; /* a Roman quarter, a date D/M/YYYY */
    long n = strtol(s + t, NULL, 10);
    if (n == 0 || n > 12)
        return 1;
    size_t w = t;
    while (w > 0 && s[w - 1] == ' ')
        w--;
    static const char *const number_words[] = {"số", "Số", "SỐ"};
    for (size_t k = 0; k < sizeof number_words / sizeof number_words[0]; k++) {
        size_t n_k = strlen(number_words[k]);
        if (w >= n_k && strncmp(s + w - n_k, number_words[k], n_k) == 0 &&
            (w == n_k || !is_word_byte(s[w - n_k - 1])))
            return 1;
    }
    return doc_kind_ends(s, w, 0); /* "Nghị quyết 12/2024", "(Chỉ thị 05/2024" */
}

/* Whether "năm " (in any case) stands right before at: "năm" is 4 bytes
 * in each case ("ă" and "Ă" are two). */
static int after_nam(const char *s, size_t at)
{
    return at >= 5 && (strncmp(s + at - 5, "năm ", 5) == 0 || strncmp(s + at - 5, "Năm ", 5) == 0 ||
                       strncmp(s + at - 5, "NĂM ", 5) == 0);
}

/* Whether the four digits at text + at are the number under "N/": a
 * fraction or a count over another ("1/2024", "đạt 5/2024"), where no
 * word of a month, a quarter or of time comes before and no day (in_date)
 * and it is no school year (in_year_range). */
static int in_fraction(const char *text, size_t at)
{
    if (at < 2 || text[at - 1] != '/' || !is_digit(text[at - 2]))
        return 0;
    return !in_date(text, at, before_time) && !in_year_range(text, at);
}

/* Whether the four digits at text + at are a house's, a lane's or a
 * kilometre's number, a number after "số" ("số 2024 đường Lê Lợi", "ngõ
 * 2024", "Km 2024", "Công văn số 2024"), or inside a web or mail address
 * ("https://x.gov.vn/2024/kh.pdf", "vp2024@x.vn"): the token they are in
 * (back to a space, at most 200 bytes) holds "://", "www." or "@". */
static int in_address(const char *text, size_t at)
{
    int spaced;
    size_t w = before_blank(text, at, &spaced);
    static const char *const words[] = {"SỐ", "SỐ NHÀ", "NHÀ SỐ", "NGÕ", "NGÁCH", "HẺM", "KIỆT",
                                        "KM"};
    for (size_t k = 0; spaced && k < sizeof words / sizeof words[0]; k++)
        if (ends_with_word_ci(text, w, words[k]))
            return 1;
    size_t t = at;
    while (t > 0 && at - t < 200 && text[t - 1] != ' ' && text[t - 1] != '\n' && text[t - 1] != '(' &&
           text[t - 1] != '<')
        t--;
    const char *e = text + at + 4;
    while (*e && e - text - at < 200 && *e != ' ' && *e != '\n' && *e != ')' && *e != '>')
        e++;
    for (const char *p = text + t; p < e; p++)
        if (*p == '@' || strncmp(p, "://", 3) == 0 || strncmp(p, "www.", 4) == 0)
            return 1;
    return 0;
}

int yearctx_named(const char *text, size_t at, int own)
{
    return year_context(text, at, own, 0);
}

int yearctx_cited(const char *text, size_t at)
{
    return in_document_number(text + at) || in_citation_date(text, at) || cited_date(text, at) ||
           (after_nam(text, at) && cited_law(text, at)) ||
           (cited_number(text, at) && !in_year_range(text, at));
}

int yearctx_other(const char *text, size_t at)
{
    return yearctx_cited(text, at) || part_of_number(text, at) || is_amount(text + at) ||
           number_before_word(text, at) || in_fraction(text, at) || in_address(text, at);
}

int yearctx_plan(const char *text, size_t at, int own)
{
    return year_context(text, at, own, 0) && !yearctx_other(text, at);
}

int yearctx_range(const char *text, size_t at)
{
    return in_year_range(text, at);
}

/* The second end of the range whose first end is the four digits at
 * text + at ("2021-2025", "2021 – 2025"): its place in *second, the years
 * between the ends returned; 0 when they open no range. */
static int range_second(const char *text, size_t at, size_t *second)
{
    size_t first;
    int span = year_range_span(text, at, &first);
    if (!span || first != at)
        return 0;
    size_t j = at + 4;
    while (text[j] && !is_digit(text[j]))
        j++; /* past " - ", "–", "/" (year_range_span read them) */
    *second = j;
    return span;
}

/* Whether the range of span years whose first end is at text + first is
 * a period the plan cites (yearctx.h): PERIOD_YEARS or more, or two or
 * more named as a period, "giai đoạn 2024-2026" ("giai đoạn từ ..."),
 * "nhiệm kỳ 2021-2023", "Kế hoạch 3 năm 2024-2026". */
static int period_span(const char *text, size_t first, int span)
{
    if (span >= PERIOD_YEARS)
        return 1;
    if (span < 2)
        return 0;
    int spaced = 0;
    size_t w = before_blank(text, first, &spaced);
    if (spaced && ends_with_word_ci(text, w, "TỪ"))
        w = before_blank(text, w - strlen("từ"), &spaced);
    if (!spaced)
        return 0;
    if (ends_with_word_ci(text, w, "GIAI ĐOẠN") || ends_with_word_ci(text, w, "NHIỆM KỲ"))
        return 1;
    if (!ends_with_word_ci(text, w, "NĂM"))
        return 0;
    size_t d = before_blank(text, w - strlen("năm"), &spaced);
    size_t digits = 0;
    while (d > digits && is_digit(text[d - digits - 1]))
        digits++;
    return spaced && digits >= 1 && digits <= 2 && !letter_ends(text, d - digits);
}

int yearctx_period(const char *text, size_t at)
{
    size_t first, second;
    int span = year_range_span(text, at, &first);
    return span && range_second(text, first, &second) == span && period_span(text, first, span);
}

int yearctx_period_slid(const char *old, size_t io, const char *new_text, size_t jo)
{
    size_t os, ns;
    int span = range_second(old, io, &os);
    if (!span || !period_span(old, io, span) || range_second(new_text, jo, &ns) != span)
        return 0;
    return four_digits(new_text + jo) != four_digits(old + io) &&
           four_digits(new_text + ns) - four_digits(old + os) == four_digits(new_text + jo) - four_digits(old + io);
}

size_t yearctx_digits(const char *s)
{
    return digit_run(s);
}

int yearctx_value(const char *s)
{
    return four_digits(s);
}
