/* diff_year.c - `khgen diff` of last year's plan against this year's: the
 * year told once.
 *
 * `khgen new` moves every year of last year's plan by the difference of
 * years, and `{year}` prints the new one, so a diff of the two plans
 * listed each paragraph, row and title that names the year as changed:
 * 25 of the 36 changes of a commune's yearly plan were "năm
 * [-2024-]{+2025+}", and the two real edits were hard to find (s14user
 * M6). When the two plans' years differ, a part whose only change is
 * years moved by that difference (four-digit numbers within the years a
 * plan may name, 2024 -> 2025, 2023 -> 2024, "15/7/2024" -> "15/7/2025")
 * is counted, not listed; diff.c prints the count once, first, and
 * `khgen diff --all` lists them as before. Any other change in the part,
 * a word or a number that is not such a year shows the whole part. Not
 * years, though they are four digits in range: the year in a cited
 * document's number ("08/2024/NQ-HĐND" is its number), an amount ("2024
 * triệu đồng", "2024 ha": a number before a unit of money or measure),
 * and the date a cited document was issued ("Nghị quyết số
 * 08/2023/NQ-HĐND ngày 10/01/2024", "... ngày 10 tháng 01 năm 2024": a
 * date after a document's number): a new year changes none of them
 * (s19attack L5). Each test looks a bounded distance around the number,
 * so the comparison stays linear in the text.
 */
#include "diff_impl.h"

#include <string.h>

#include "plan.h"
#include "textref.h"
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

/* Whether c continues a word: a letter, a digit, or a byte of a
 * multibyte (Vietnamese) letter. */
static int is_word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || (unsigned char)c >= 0x80;
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
    Buf up = {0};
    vi_put_upper(&up, word);
    int title = up.len >= first && memcmp(up.data, word, first) == 0 && strcmp(up.data, word) != 0;
    buf_free(&up);
    return title && first < n;
}

/* Whether the unit word at s ("Đồng", "Con"), written in title case, is
 * the first word of a place's name: the next word in title case too and
 * not a unit ("năm 2025 Đồng Hưu", "2024 Con Cuông"). "2025 Đồng Hưu" was
 * read as 2025 đồng, an amount, and a part whose only change was the year
 * listed (round22 leftover; round23 R5). "2024 Triệu Đồng" stays one. */
static int place_word(const char *s, const char *upper)
{
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
    Buf up = {0};
    vi_put_upper(&up, word);
    int found = 0;
    for (size_t k = 0; k < sizeof units / sizeof units[0] && !found; k++)
        found = strcmp(buf_str(&up), units[k]) == 0;
    if (found && (strcmp(buf_str(&up), "TỶ") == 0 || strcmp(buf_str(&up), "TỈ") == 0))
        found = !rate_word(u + n);
    if (found && place_word(u, buf_str(&up)))
        found = 0;
    buf_free(&up);
    return found;
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

/* The kinds of document a plan cites, as a word after "tại" or "theo". */
static const char *const doc_kinds[] = {
    "Quyết định", "quyết định", "Nghị quyết", "nghị quyết", "Nghị định", "nghị định",
    "Thông tư", "thông tư", "Chỉ thị", "chỉ thị", "Kế hoạch", "kế hoạch", "Công văn",
    "công văn", "Văn bản", "văn bản", "Thông báo", "thông báo", "Luật", "Hướng dẫn",
    "hướng dẫn", "Tờ trình", "Báo cáo", "báo cáo", "Chương trình", "Đề án", "Công điện"};

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
        for (size_t i = 0; i < sizeof doc_kinds / sizeof doc_kinds[0]; i++) {
            size_t n = strlen(doc_kinds[i]);
            if (strncmp(text + k, doc_kinds[i], n) == 0 && !is_word_byte(text[k + n]))
                return 1;
        }
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
    Buf up = {0};
    vi_put_upper(&up, one);
    int same = strcmp(buf_str(&up), one) == 0;
    buf_free(&up);
    return same;
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
    char word[48];
    char last = upper[n - 1], c = at ? text[at - 1] : '\0';
    if (last >= 'A' && last <= 'Z' && c != last && c != last + ('a' - 'A'))
        return 0; /* its last letter is another: no case to fold (a number read 20 words) */
    if (at < n || n >= sizeof word || letter_ends(text, at - n) ||
        ((unsigned char)text[at - n] >= 0x80 && (unsigned char)text[at - n] < 0xC0))
        return 0;
    memcpy(word, text + at - n, n);
    word[n] = '\0';
    Buf up = {0};
    vi_put_upper(&up, word);
    int same = strcmp(buf_str(&up), upper) == 0;
    buf_free(&up);
    return same;
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
 * hộ" is a count's range). "2024-2500 hộ", "2024/2500" are no range. */
static int in_year_range(const char *text, size_t at)
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
            if (year_digits_at(s, j) && four_digits(s + j) - four_digits(s) >= 1 &&
                four_digits(s + j) - four_digits(s) <= 30 && !is_amount(s + j))
                return 1;
        }
        /* before: "2021-2024" */
        size_t k = at;
        k -= k > 0 && text[k - 1] == ' ';
        if (ends_with(text, k, dashes[d])) {
            k -= n;
            k -= k > 0 && text[k - 1] == ' ';
            if (k >= 4 && year_digits_at(text, k - 4) && four_digits(s) - four_digits(text + k - 4) >= 1 &&
                four_digits(s) - four_digits(text + k - 4) <= 30 && !is_amount(s))
                return 1;
        }
    }
    return 0;
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

const char *diff_year_unmarked(Arena *arena, const char *s)
{
    if (!strchr(s, INLINE_YEAR_OPEN) && !strchr(s, INLINE_YEAR_CLOSE))
        return s;
    Buf b = {0};
    for (; *s; s++)
        if (*s != INLINE_YEAR_OPEN && *s != INLINE_YEAR_CLOSE)
            buf_putc(&b, *s);
    const char *out = buf_to_arena(&b, arena);
    buf_free(&b);
    return out ? out : "";
}

int diff_year_only(const char *old, const char *new_text, int old_year, int new_year)
{
    int shift = new_year - old_year;
    if (shift == 0)
        return 0;
    int moved = 0;
    int marked_old = 0, marked_new = 0; /* inside a {year}'s number */
    size_t i = 0, j = 0;
    for (;;) {
        if (old[i] == INLINE_YEAR_OPEN || old[i] == INLINE_YEAR_CLOSE) {
            marked_old = old[i++] == INLINE_YEAR_OPEN;
            continue;
        }
        if (new_text[j] == INLINE_YEAR_OPEN || new_text[j] == INLINE_YEAR_CLOSE) {
            marked_new = new_text[j++] == INLINE_YEAR_OPEN;
            continue;
        }
        if (is_digit(old[i]) && is_digit(new_text[j])) {
            size_t n = digit_run(old + i), m = digit_run(new_text + j);
            if (n == m && memcmp(old + i, new_text + j, n) == 0) {
                i += n, j += m;
                continue;
            }
            if (n != 4 || m != 4)
                return 0;
            int a = four_digits(old + i), b = four_digits(new_text + j);
            /* printed by {year} in both: a year, whatever word follows it
             * ("thôn {year+1} Hiệp", s24round F9), and only there */
            int years = marked_old && marked_new;
            if (b - a != shift || !plan_year_ok(a) || !plan_year_ok(b))
                return 0;
            if (!years && (
                !year_context(old, i, old_year, 0) || !year_context(new_text, j, new_year, 0) ||
                in_document_number(old + i) || in_document_number(new_text + j) ||
                part_of_number(old, i) || part_of_number(new_text, j) ||
                is_amount(old + i) || is_amount(new_text + j) ||
                in_citation_date(old, i) || in_citation_date(new_text, j) ||
                number_before_word(old, i) || number_before_word(new_text, j)))
                return 0;
            moved = 1;
            i += n, j += m;
            continue;
        }
        if (old[i] != new_text[j])
            return 0;
        if (!old[i])
            return moved;
        i++, j++;
    }
}
