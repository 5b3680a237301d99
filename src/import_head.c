/* import_head.c - recognising the top and bottom of a plan: the header
 * and the marks that end the body (the legal bases: import_bases.c).
 *
 * The header is the part above "KẾ HOẠCH": issuer lines, the national name,
 * "Số: .../KH-UBND", the place and date. The helpers at the end tell the marks of the
 * document's parts apart (a signature line, an attachment page, the year or
 * place a title names). import.c calls these in the document's order.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import_impl.h"
#include "i18n.h"
#include "vi.h"

/* ---- header ----------------------------------------------------------------------- */

/* The first of the words w ("tháng", "Tháng") in s, NULL if none. */
static const char *either(const char *s, const char *lower, const char *upper)
{
    const char *a = str_find(s, lower), *b = str_find(s, upper);
    return !a ? b : !b ? a : a < b ? a : b;
}

/* Where the place of a place and date line ends: its ", ngày" (*skip its
 * length); the comma left out, "Yên Thế ngày 15 ...", after a place of
 * at most six words without a digit, not in capitals; the words in capitals too, "Ngày 15
 * Tháng 01 Năm 2024", as staff type them. NULL when s has none. Such
 * lines were no date line: the date left out as a KH761 comment, the
 * header printing "Địa danh, ngày ... tháng ... năm 2024" (s28foreign). */
static const char *place_end(const char *s, size_t *skip)
{
    const char *ngay = either(s, ", ngày", ", Ngày");
    if (ngay) {
        *skip = strlen(", ngày");
        return ngay;
    }
    ngay = either(s, " ngày", " Ngày");
    if (!ngay || ngay == s)
        return NULL;
    int words = 1, lower = 0;
    for (const char *t = s; t < ngay; t++) {
        if ((*t >= '0' && *t <= '9') || *t == '/' || *t == ':' || *t == ';')
            return NULL;
        words += *t == ' ';
        lower |= *t >= 'a' && *t <= 'z';
    }
    *skip = strlen(" ngày");
    return words <= 6 && lower ? ngay : NULL; /* a place, not a mark: "DỰ THẢO ngày ..." */
}

/* "Yên Thế, ngày      tháng 01 năm 2024": place and date; "ngày
 * 15/01/2024" too. 2 when a day was typed that the date cannot hold (no
 * month, "ngày 15 tháng      năm 2024", or none such, "ngày 31 tháng 02"):
 * the line is then kept whole (the day was dropped without a word, and
 * diff said the plan was the same: s40cycle). */
static int parse_place_date(Ctx *c, const char *s)
{
    size_t skip = 0;
    const char *ngay = place_end(s, &skip);
    if (!ngay)
        return 0;
    const char *d = ngay + skip;
    while (*d == ' ')
        d++;
    int day = 0, month = 0, year = 0, n = 0;
    if (sscanf(d, "%2d/%2d/%4d%n", &day, &month, &year, &n) == 3 && n >= 8 &&
        !(d[n] >= '0' && d[n] <= '9')) {
        /* "ngày 15/01/2024" */
    } else {
        const char *thang = either(ngay, "tháng", "Tháng");
        const char *nam = either(ngay, "năm", "Năm");
        if (!thang || !nam || nam < thang)
            return 0;
        day = atoi(ngay + skip);
        const char *m = thang + strlen("tháng");
        while (*m == ' ')
            m++;
        month = (*m >= '0' && *m <= '9') ? atoi(m) : 0;
        const char *y = nam + strlen("năm");
        while (*y == ' ')
            y++;
        year = atoi(y);
    }
    if (year < 1900 || year > 2200)
        return 0;
    if (month < 0 || month > 12)
        month = 0;
    int typed = day > 0; /* a day the plan cannot hold is the caller's to keep */
    if (!month || day < 0 || day > 31 || !vi_date_valid(year, month, day ? day : 1))
        day = 0;
    IPlan *p = c->plan;
    const char *start = s;
    while (*start == '*' || *start == '_' || *start == ' ')
        start++;
    p->place = dup_range(c, start, (size_t)(ngay - start));
    if (day && month)
        p->date = arena_printf(c->arena, "%04d-%02d-%02d", year, month, day);
    else if (month)
        p->date = arena_printf(c->arena, "%04d-%02d", year, month);
    else
        p->date = arena_printf(c->arena, "%04d", year);
    c->year = year;
    return typed && !day ? 2 : 1;
}

/* What follows the year of a place and date line ("... năm 2024 (dự
 * thảo)"): none of the header's, so header_left_out says it. */
static const char *place_date_rest(const char *s)
{
    size_t skip = 0;
    const char *ngay = place_end(s, &skip);
    const char *from = ngay ? ngay + skip : s;
    while (*from == ' ')
        from++;
    int day, month, year, n = 0;
    const char *t;
    if (sscanf(from, "%2d/%2d/%4d%n", &day, &month, &year, &n) == 3 && n >= 8) {
        t = from + n;
    } else {
        const char *nam = either(from, "năm", "Năm");
        t = nam ? nam + strlen("năm") : s + strlen(s);
        while (*t == ' ')
            t++;
    }
    while (*t >= '0' && *t <= '9')
        t++;
    return t;
}

/* Whether s[0..n), a date as a drafter typed it, holds words that are none
 * of a date's, or a date's words out of a date's order: a draft's blanks
 * (spaces, dots, an ellipsis, underscores, emphasis marks, no-break
 * spaces, a .md's backslashes) aside, it is "[D] tháng [M] năm [Y]"
 * ("tháng" and "năm" in small letters, with a capital or in capitals; a
 * part a draft leaves blank missing), "[D]/[M]/Y" or "D-M-Y", "D.M.Y",
 * or a lone number, or nothing. Any other word, and a date's word or
 * number typed again ("năm 2024 2025", "tháng tháng 01", "năm 2024 năm"),
 * is one: they were dropped without a word, the date read (s38imp). The
 * one rule for the place and date line and an attachment's "(Kèm theo ...
 * ngày ...)" line (import_attline.c); linear in n. */
int imp_date_other_words(const char *s, size_t n)
{
    static const char *const words[] = {"tháng", "Tháng", "THÁNG", "năm", "Năm", "NĂM"};
    char tok[8]; /* 'n' a number, '/' or '-' a separator, 't' tháng, 'y' năm */
    size_t nt = 0;
    for (size_t i = 0; i < n;) {
        if (strchr(" \t._*\\", s[i]) && s[i]) {
            i++;
            continue;
        }
        size_t skip = n - i >= 3 && memcmp(s + i, "\u2026", 3) == 0 ? 3
                    : n - i >= 2 && memcmp(s + i, "\u00a0", 2) == 0 ? 2 : 0;
        if (skip) {
            i += skip;
            continue;
        }
        if (nt == sizeof tok)
            return 1; /* a date has five parts at most */
        if (s[i] >= '0' && s[i] <= '9') {
            while (i < n && s[i] >= '0' && s[i] <= '9')
                i++;
            tok[nt++] = 'n';
            continue;
        }
        if (s[i] == '/' || s[i] == '-') {
            tok[nt++] = s[i++];
            continue;
        }
        size_t k = 0, nw = sizeof words / sizeof words[0];
        while (k < nw && (strlen(words[k]) > n - i || strncmp(s + i, words[k], strlen(words[k]))))
            k++;
        if (k == nw)
            return 1;
        tok[nt++] = k < 3 ? 't' : 'y';
        i += strlen(words[k]);
    }
    /* the orders a date is typed in; a number a part may leave blank */
    static const char *const forms[] = {"", "n", "tny", "tyn", "tnyn", "ntny", "ntyn", "ntnyn",
                                        "ty", "nty", "//n", "n//n", "/n/n", "n/n/n", "n-n-n", "nnn"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
        if (strlen(forms[f]) == nt && memcmp(forms[f], tok, nt) == 0)
            return 0;
    return 1;
}

/* Whether the date of a place and date line s holds words that are none of
 * a date's ("ngày Xqz tháng 4 năm 2024", "ngày 15 tháng 01 (dự kiến) năm
 * 2024"): between its "ngày" and the end of its year (place_date_rest),
 * by imp_date_other_words. Such words were dropped without a word
 * (s37cycle); the line is then kept whole by header_left_out. */
static int place_date_words(const char *s)
{
    size_t skip = 0;
    const char *ngay = place_end(s, &skip), *end = place_date_rest(s);
    if (!ngay || end < ngay + skip)
        return 0;
    return imp_date_other_words(ngay + skip, (size_t)(end - (ngay + skip)));
}

/* "Số: 12/KH-UBND", "Số:      /KH-UBND"; the word in italics or bold as
 * drafters type it, "*Số*: 12/KH-UBND", "**Số:** 12/KH-UBND" (read as a
 * review note only, s26mut); in lower case, "số: 12/KH-UBND", as it is
 * mistyped (the number was lost to a KH761 comment, s28foreign). */
static int parse_number(Ctx *c, const char *s)
{
    size_t marks = strspn(s, "*_");
    if (marks > 3)
        return 0;
    s += marks;
    if (!starts_with(s, "Số:") && !starts_with(s, "Số ") && !starts_with(s, "số:") &&
        !(marks && starts_with(s, "Số") && strspn(s + strlen("Số"), "*_") == marks))
        return 0;
    s += strlen("Số");
    /* the blank of a draft: spaces, no-break spaces (U+00A0), dots; the
     * emphasis that closes around the word */
    for (;;) {
        if (*s == ':' || *s == ' ' || *s == '.' || *s == '\\' || *s == '_' || *s == '*')
            s++;
        else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
            s += 2;
        else
            break;
    }
    const char *slash = strchr(s, '/');
    if (!slash)
        return 0;
    const char *e = slash;
    for (;;) {
        if (e > s && (e[-1] == ' ' || e[-1] == '.' || e[-1] == '\\' || e[-1] == '_' || e[-1] == '*'))
            e--;
        else if (e - s >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
            e -= 2;
        else
            break;
    }
    c->plan->number = dup_range(c, s, (size_t)(e - s));
    c->plan->code = trim_dup(c, slash + 1);
    return 1;
}

static int is_national_line(const char *s)
{
    Buf up = {0};
    bare_upper(&up, s);
    int r = up.len && (str_find(up.data, "CỘNG HÒA XÃ HỘI") || str_find(up.data, "CỘNG HOÀ XÃ HỘI") ||
                       str_find(up.data, "ĐỘC LẬP - TỰ DO") || str_find(up.data, "ĐỘC LẬP – TỰ DO"));
    int rule = 1;
    for (const char *t = s; *t; t++)
        if (!strchr("-_=* \t", *t))
            rule = 0;
    buf_free(&up);
    return r || rule;
}

/* Whether the national line s repeats what the header's lines before it
 * said (seen counts the national name and the motto so far): Word and
 * the Markdown print a second "Độc lập - Tự do - Hạnh phúc" as written,
 * but a plan prints its fixed lines once, so the copy must not go
 * unsaid (s9mut: a duplicated motto line was printed once, no warning). */
static int national_repeat(const char *s, int seen[2])
{
    static const char *const names[][2] = {{"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"},
                                           {"ĐỘC LẬP - TỰ DO", "ĐỘC LẬP – TỰ DO"}};
    Buf up = {0};
    bare_upper(&up, s);
    int again = 0;
    for (int k = 0; k < 2 && up.len; k++)
        for (int v = 0; v < 2; v++)
            for (const char *t = str_find(up.data, names[k][v]); t; t = str_find(t + 1, names[k][v]))
                again |= ++seen[k] > 1;
    buf_free(&up);
    return again;
}

/* Whether the national line s is the national name, the motto, or both,
 * and nothing else (spacing, dashes and emphasis aside): a line that only
 * holds them, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆ" cut short or "I. Độc lập -
 * Tự do - Hạnh phúc" with a label, was dropped for the fixed lines every
 * plan prints, its words lost without a word (s10mut 30000, 30360). */
static int national_whole(const char *s)
{
    static const char *const words[] = {"CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM",
                                         "CỘNGHOÀXÃHỘICHỦNGHĨAVIỆTNAM", "ĐỘCLẬPTỰDOHẠNHPHÚC",
                                         NULL};
    Buf up = {0}, bare = {0};
    bare_upper(&up, s);
    for (size_t i = 0; i < up.len; i++) { /* spaces and dashes (-, –, —, =) out */
        const char *t = up.data + i;
        if (strncmp(t, "\xE2\x80\x93", 3) == 0 || strncmp(t, "\xE2\x80\x94", 3) == 0)
            i += 2;
        else if (!strchr(" -=\t", *t))
            buf_putc(&bare, *t);
    }
    int whole = 1;
    for (size_t i = 0; i < bare.len && whole;) {
        size_t n = 0;
        for (int k = 0; words[k] && !n; k++)
            if (strncmp(bare.data + i, words[k], strlen(words[k])) == 0)
                n = strlen(words[k]);
        whole = n > 0;
        i += n;
    }
    buf_free(&up);
    buf_free(&bare);
    return whole;
}

/* ---- the parts of the document ---------------------------------------------------- */

const char **list_add(Ctx *c, const char **list, size_t *n, const char *item)
{
    size_t slot = 0, n_rooms = sizeof c->rooms / sizeof c->rooms[0];
    while (slot + 1 < n_rooms && c->rooms[slot].n && c->rooms[slot].n != n)
        slot++;
    if (c->rooms[slot].n != n || c->rooms[slot].list != list || *n >= c->rooms[slot].cap) {
        size_t cap = *n < 4 ? 8 : *n * 2;
        const char **r = arena_alloc(c->arena, cap * sizeof *r);
        if (*n)
            memcpy(r, list, *n * sizeof *r);
        c->rooms[slot].n = n;
        c->rooms[slot].list = r;
        c->rooms[slot].cap = cap;
        list = r;
    }
    list[(*n)++] = item;
    return list;
}

/* Whether s and mark are the same letters, the spaces left out. */
static int same_letters(const char *s, const char *mark)
{
    for (;; s++, mark++) {
        while (*s == ' ')
            s++;
        while (*mark == ' ')
            mark++;
        if (*s != *mark)
            return 0;
        if (!*s)
            return 1;
    }
}

/* Whether paragraph p is the mark ("KẾ HOẠCH") in capitals, its emphasis
 * aside; its letters spaced out too, "K Ế  H O Ạ C H", as a title is
 * typed to stand wide or a scanned plan's text comes back from OCR (four
 * words or more): that title was not found, the plan's header guessed
 * ("Địa danh", "ỦY BAN NHÂN DÂN" as the title) above its own lines read
 * as the body's paragraphs, exit 0 (s28foreign). */
static int is_mark(const Para *p, const char *mark)
{
    Buf up = {0};
    bare_upper(&up, p->flat);
    int words = 1;
    for (size_t i = 0; i < up.len; i++)
        words += up.data[i] == ' ';
    int r = up.len && (strcmp(up.data, mark) == 0 || (words >= 4 && same_letters(up.data, mark)));
    buf_free(&up);
    return r;
}

/* A line of the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
int signature_line(const char *s)
{
    return starts_with(s, "TM.") || starts_with(s, "KT.") || starts_with(s, "Q.") ||
           starts_with(s, "TL.") || starts_with(s, "TUQ.") || is_upper_text(s);
}

/* An attachment page starts: "Biểu 01", "Phụ lục II", "Biểu số 02a",
 * alone or followed by its title ("Biểu 01: thống kê", "Phụ lục I. Danh
 * mục ..."). The word must be followed by a number (Arabic or Roman, with
 * an optional letter) that ends the paragraph or is followed by ":", "."
 * or " -": so "Biểu 01 kèm theo Kế hoạch này ..." in a sentence is not a
 * page. A short paragraph is required (a label with its title, not a
 * clause that starts with the word). */
int attachment_start(const Para *p)
{
    return attachment_label(p->flat);
}

int attachment_label(const char *flat)
{
    /* "BIỂU ..." or "PHỤ LỤC ...": a first letter b or p (see part_label) */
    const char *first = flat + strspn(flat, "*_#\\ \n");
    if (*first != 'B' && *first != 'b' && *first != 'P' && *first != 'p')
        return 0;
    Buf up = {0};
    bare_upper(&up, flat);
    const char *s = up.data ? up.data : "";
    int r = 0;
    const char *t = NULL;
    if (starts_with(s, "BIỂU "))
        t = s + strlen("BIỂU ");
    else if (starts_with(s, "PHỤ LỤC"))
        t = s + strlen("PHỤ LỤC");
    if (t && up.len < 200) {
        while (*t == ' ')
            t++;
        if (starts_with(t, "SỐ "))
            t += strlen("SỐ ");
        const char *d = t;
        while (isdigit((unsigned char)*t) || *t == 'I' || *t == 'V' || *t == 'X')
            t++;
        if (t > d && isalpha((unsigned char)*t) && !isalpha((unsigned char)t[1]))
            t++; /* "02A", "02B" */
        if (d == t)
            r = *d == '\0' && starts_with(s, "PHỤ LỤC"); /* "PHỤ LỤC" alone */
        else
            r = *t == '\0' || *t == ':' || *t == '.' || starts_with(t, " -") ||
                starts_with(t, " –");
    }
    buf_free(&up);
    return r;
}

/* The year a document names in its title or first lines, or 0. */
static int guess_year(const char *s)
{
    int year = 0;
    for (const char *t = s; *t; t++)
        if ((t[0] == '1' || t[0] == '2') && isdigit((unsigned char)t[1]) &&
            isdigit((unsigned char)t[2]) && isdigit((unsigned char)t[3]) &&
            !isdigit((unsigned char)t[4]) && (t == s || !isdigit((unsigned char)t[-1]))) {
            int y = atoi(t);
            /* not a range's ("2021-2025") nor a cited document's number
             * or date ("Nghị định số 30/2020/NĐ-CP", "ngày 08/3/2022"),
             * which made a title "... năm 2024 theo Nghị định số
             * 30/2020/NĐ-CP" a plan of 2020 (s24foreign) */
            if (y >= 1990 && y <= 2100 && t[4] != '-' && t[4] != '/' &&
                (t == s || (t[-1] != '-' && t[-1] != '/')))
                year = y;
        }
    return year;
}

/* 1 if the words before s[at] ("năm" at at) make the year a target or a
 * bound, "đến năm 2025", "đến hết năm 2025", "đến cuối năm 2025", "trước
 * năm 2025", "tới năm 2025": a goal the plan works towards, not the year
 * it is for. */
static int target_year(const char *s, size_t at)
{
    static const char *const before[] = {"đến ", "đến hết ", "đến cuối ", "tới ", "tới hết ",
                                         "trước ", "Đến ", "Đến hết ", "Đến cuối ", NULL};
    for (int k = 0; before[k]; k++) {
        size_t n = strlen(before[k]);
        if (at >= n && strncmp(s + at - n, before[k], n) == 0)
            return 1;
    }
    return 0;
}

/* The year a title says the plan is for, "... năm 2025": the last "năm
 * YYYY" that is no range's end or start ("năm học 2024 - 2025", "năm
 * 2024-2025": a school year, dated in its first) nor a target ("phấn đấu
 * đến hết năm 2025": target_year), or 0. */
static int title_year(const char *title)
{
    int year = 0;
    for (const char *t = title ? str_find(title, "năm ") : NULL; t; t = str_find(t + 1, "năm ")) {
        const char *y = t + strlen("năm ");
        if (strspn(y, "0123456789") != 4 || target_year(title, (size_t)(t - title)))
            continue;
        const char *e = y + 4;
        while (*e == ' ')
            e++;
        if (*e == '-' || strncmp(e, "\xe2\x80\x93", 3) == 0 || *e == '/')
            continue; /* a range, "năm 2024-2025", "năm 2024 – 2025" */
        year = atoi(y);
    }
    return year;
}

/* "... trên địa bàn xã Bình Trung": the place a title ends with. */
static const char *guess_place(Ctx *c, const char *title, const char **kind)
{
    static const char *const words[] = {"xã ", "huyện ", "thị xã ", "thành phố ", "tỉnh ",
                                        "phường ", "thị trấn ", NULL};
    const char *best = NULL;
    for (int k = 0; words[k]; k++) {
        const char *hit = title;
        while ((hit = str_find(hit, words[k]))) {
            const char *name = hit + strlen(words[k]);
            if (place_name_len(name) && (!best || name > best)) {
                best = name;
                *kind = words[k];
            }
            hit = name;
        }
    }
    if (!best)
        return NULL;
    return dup_range(c, best, place_name_len(best));
}

/* 1 if the l bytes of a kind's word at s + i are part of an agency's
 * name on their line (imp_kind_in_name), not the document's name. */
static int in_name(const char *s, size_t i, size_t l)
{
    size_t j = i;
    while (j > 0 && s[j - 1] != '\n' && i - j <= 121) /* bounded: linear over a paragraph */
        j--;
    return imp_kind_in_name(s + j, i - j, s + i + l);
}

/* 1 if text holds "KẾ HOẠCH" as the document's name, not only inside an
 * agency's (in_name). */
static int holds_plan_mark(const char *text)
{
    for (const char *t = str_find(text, "KẾ HOẠCH"); t; t = str_find(t + 1, "KẾ HOẠCH"))
        if (!in_name(text, (size_t)(t - text), strlen("KẾ HOẠCH")))
            return 1;
    return 0;
}

/* The last line of paragraph p's text ("PHÒNG TÀI CHÍNH -" of a name
 * broken over two), its length in *n. */
static const char *last_line(const Para *p, size_t *n)
{
    const char *s = p->text, *e = s + strlen(s);
    while (e > s && (e[-1] == '\n' || e[-1] == ' '))
        e--;
    const char *b = e;
    while (b > s && b[-1] != '\n')
        b--;
    *n = (size_t)(e - b);
    return b;
}

/* Paragraphs of the header run together when a converter joined its lines
 * ("Số: /KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ..."): a line break goes
 * before and after each mark the header is made of. */
static char *split_header_marks(Ctx *c, const char *s)
{
    static const char *const marks[] = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                         "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                         "Độc lập - Tự do - Hạnh phúc", "Số:", "KẾ HOẠCH", NULL};
    Buf b = {0};
    for (size_t i = 0; s[i];) {
        int hit = -1;
        for (int k = 0; marks[k]; k++)
            if (starts_with(s + i, marks[k])) {
                hit = k;
                break;
            }
        if (hit < 0) {
            buf_putc(&b, s[i++]);
            continue;
        }
        size_t l = strlen(marks[hit]);
        /* "KẾ HOẠCH" only as the document's name, not inside a sentence
         * nor an agency's ("PHÒNG TÀI CHÍNH - KẾ HOẠCH") */
        if (hit == 4 && i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n')
            l = 0;
        if (hit == 4 && l && in_name(s, i, l))
            l = 0;
        if (l == 0) {
            buf_putc(&b, s[i++]);
            continue;
        }
        while (b.len && b.data[b.len - 1] == ' ')
            b.len--;
        size_t line = b.len; /* its line so far: emphasis marks alone ("**Số:**") stay */
        while (line && b.data[line - 1] != '\n')
            line--;
        if (b.len && b.data[b.len - 1] != '\n' && strspn(b.data + line, "*_") < b.len - line)
            buf_putc(&b, '\n');
        buf_putn(&b, s + i, l);
        i += l;
        if (hit != 3) { /* the number follows "Số:" on its line */
            while (s[i] == ' ')
                i++;
            if (s[i] && s[i] != '\n')
                buf_putc(&b, '\n');
        } else { /* the number, and the place and date its line may go on with */
            /* each scan bounded (a number's 64 bytes, a place's 300): a
             * paragraph of 'Số:' after 'Số:' stays linear */
            size_t e = i, k;
            while (s[e] == ' ' && e < i + 64)
                e++;
            while (s[e] && s[e] != ' ' && s[e] != '\n' && e < i + 64)
                e++;
            for (k = e; s[k] && s[k] != '\n' && k < e + 300; k++)
                if (strncmp(s + k, ", ngày ", 7) == 0)
                    break;
            if (s[e] == ' ' && strncmp(s + k, ", ngày ", 7) == 0) {
                /* "Số: 125/KH-UBND<tab>Yên Thế, ngày ...": a header set
                 * with tab stops, not a table (s26foreign) */
                buf_putn(&b, s + i, e - i);
                buf_putc(&b, '\n');
                i = e + strspn(s + e, " ");
            }
        }
    }
    char *r = buf_to_arena(&b, c->arena);
    buf_free(&b);
    return r ? r : (char *)s;
}

/* ---- the phases, in the document's order ---------------------------------------------- */

/* Splits header paragraphs a converter joined, and finds the paragraph
 * holding "KẾ HOẠCH" (-1 when there is none). *title_rest is the title when
 * it shares that paragraph. */
static long find_plan_mark(Ctx *c, Para *P, size_t n, const char **title_rest)
{
    for (size_t k = 0; k < n && k < 12; k++) {
        if (starts_with_ci(P[k].flat, "Căn cứ") || parse_label(P[k].flat).kind != L_NONE)
            break;
        P[k].text = split_header_marks(c, P[k].text);
        if (strchr(P[k].text, '\n'))
            P[k].flat = flatten(c, P[k].text);
        if (holds_plan_mark(P[k].text))
            break;
    }
    /* a mark with no national name above it and one under it, above a
     * second mark, is a copy of the title set over the document (pandoc's
     * metadata "Title" paragraph, from a web page's <title> or a .md's
     * front matter): the plan's is the second, under its header, and the
     * copy a line above the header (header_lines: a review note, KH761).
     * The first was taken, the whole header under it read as the body's
     * paragraphs, exit 0 (s30foreign) */
    long found = -1;
    const char *found_rest = NULL;
    int national_before = 0, national_after = 0;
    for (size_t k = 0; k < n && k < 40; k++) {
        const char *rest = NULL;
        size_t above = 0;
        const char *line_above = k > 0 ? last_line(&P[k - 1], &above) : NULL;
        if (is_mark(&P[k], "KẾ HOẠCH") && line_above && imp_kind_in_name(line_above, above, "")) {
            /* "PHÒNG TÀI CHÍNH -" over "KẾ HOẠCH": the name's end */
        } else if (is_mark(&P[k], "KẾ HOẠCH")) {
            rest = "";
        } else {
            const char *nl = strchr(P[k].text, '\n');
            char *first = nl ? dup_range(c, P[k].text, (size_t)(nl - P[k].text)) : NULL;
            Para tmp = {.text = first, .flat = first};
            if (first && is_mark(&tmp, "KẾ HOẠCH")) {
                int b = 0, it = 0;
                rest = unwrap(c, flatten(c, nl + 1), &b, &it);
            }
        }
        if (rest && (found < 0 ? national_before : national_after)) {
            *title_rest = *rest ? rest : NULL;
            return (long)k;
        }
        if (rest && found < 0)
            found = (long)k, found_rest = rest;
        int national = is_national_line(P[k].flat) && strspn(P[k].flat, "-_=* \t") < strlen(P[k].flat);
        if (found < 0)
            national_before |= national;
        else
            national_after |= national;
    }
    if (found >= 0 && *found_rest)
        *title_rest = found_rest;
    return found;
}

/* The lines above "KẾ HOẠCH": number, place and date, issuer lines; the
 * parent body is the line above the issuer, printed plain where the issuer
 * is bold, or the first of three lines. */
/* 1 if s is a mark set above or beside the header, not a line of it: a
 * draft's "DỰ THẢO" ("(DỰ THẢO LẦN 2)", "BẢN DỰ THẢO") or a degree of
 * secrecy or urgency (Nghị định 30/2020: MẬT, KHẨN, HỎA TỐC, ...). Upper
 * case, such a line was read as the body above the issuer, and the plan
 * printed "DỰ THẢO" as its governing body, exit 0 (s13mut). */
static int is_header_mark(const char *s)
{
    /* "KẾ HOẠCH" too: above the header, a copy of the title set over the
     * document (find_plan_mark), not a governing body (s30foreign) */
    static const char *const marks[] = {"MẬT", "TỐI MẬT", "TUYỆT MẬT", "KHẨN", "THƯỢNG KHẨN",
                                        "HỎA TỐC", "HOẢ TỐC", "KẾ HOẠCH", NULL};
    while (*s == '(' || *s == '[' || *s == ' ')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ')' || s[n - 1] == ']' || s[n - 1] == ' '))
        n--;
    for (int i = 0; marks[i]; i++)
        if (n == strlen(marks[i]) && strncmp(s, marks[i], n) == 0)
            return 1;
    if (starts_with(s, "BẢN "))
        s += strlen("BẢN "), n -= strlen("BẢN ");
    return starts_with(s, "DỰ THẢO") && n < 40; /* "DỰ THẢO", "DỰ THẢO LẦN 2" */
}

/* 1 if line s of the header is a mark set above it (is_header_mark), not
 * the end of an agency's name broken over two lines, the line above
 * "PHÒNG TÀI CHÍNH -" (imp_kind_in_name): "KẾ HOẠCH" was left out of the
 * header as a copy of the title (KH761), the issuer cut (s31foreign). */
static int header_mark_line(const char *s, const char *above)
{
    return is_header_mark(s) && !(above && imp_kind_in_name(above, strlen(above), ""));
}

/* Whether the bare capitals up hold "KẾ" or "HOẠCH" as a whole word. */
static int shares_mark_word(const char *up)
{
    static const char *const words[] = {"KẾ", "HOẠCH", NULL};
    for (int i = 0; words[i]; i++)
        for (const char *t = str_find(up, words[i]); t; t = str_find(t + 1, words[i])) {
            size_t l = strlen(words[i]);
            if ((t == up || t[-1] == ' ') && (t[l] == '\0' || t[l] == ' '))
                return 1;
        }
    return 0;
}

/* The title block by its place, when no paragraph reads "KẾ HOẠCH"
 * (find_plan_mark found none): an official who mistyped that word in Word
 * ("KẾ Xqz", "KẾ") got back a plan whose header, bases and opening were
 * read as the body's paragraphs, no word said at the title (s38cycle L1).
 * The line stands under the header: after its national name and its
 * place and date line, the first paragraph that is none of the header's
 * lines nor a mark set above it, short (four words at most, no digit, no
 * sentence's punctuation), in capitals or bold, with a paragraph under it,
 * and either right under the header's table or holding "KẾ" or "HOẠCH"
 * (an issuer line read after the date is no title). -1 when none. */
static long mark_by_place(const Para *P, size_t n)
{
    int national = 0, dated = 0;
    for (size_t k = 0; k + 1 < n && k < 16; k++) {
        const char *f = P[k].flat;
        if (starts_with_ci(f, "Căn cứ") || parse_label(f).kind != L_NONE)
            return -1;
        if (!*f || is_national_line(f)) {
            national |= *f != '\0' && strspn(f, "-_=* \t") < strlen(f);
            continue;
        }
        if (starts_with(f, "Số") || (str_find(f, "ngày") && str_find(f, "năm"))) {
            dated |= !starts_with(f, "Số");
            continue;
        }
        if (!national || !dated || P[k].in_table)
            continue;
        Buf up = {0};
        bare_upper(&up, f);
        int words = 1;
        for (size_t i = 0; i < up.len; i++)
            words += up.data[i] == ' ';
        int shape = up.len && up.len < 40 && words <= 4 && !strpbrk(f, "0123456789.,;:()") &&
                    (is_upper_text(f) || P[k].bold) && !is_header_mark(up.data) &&
                    ((k > 0 && P[k - 1].in_table) || shares_mark_word(up.data));
        buf_free(&up);
        return shape ? (long)k : -1;
    }
    return -1;
}

/* The review note and warning (KH768) of the title's line read by its
 * place (mark_by_place), on the plan's title. */
static void mark_by_place_note(Ctx *c, const Para *p)
{
    const char *note = arena_printf(c->arena,
                                    _("the line over the title reads '%s' where a plan prints 'KẾ "
                                      "HOẠCH': it was read as that line by its place, under the "
                                      "header; khgen prints 'KẾ HOẠCH' there: check the line, then delete this comment"),
                                    p->flat);
    IPlan *plan = c->plan;
    plan->title_comment = plan->title_comment
                              ? arena_printf(c->arena, "%s; %s [KH768]", plan->title_comment, note)
                              : arena_printf(c->arena, "%s [KH768]", note);
    SrcPos pos = {c->path, p->line > 0 ? p->line : 0, p->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH768,
                 "'%s' stands where a plan's 'KẾ HOẠCH' line is, under the header and over the "
                 "title: it is read as that line, with a '# review:' comment; check the line "
                 "(khgen prints 'KẾ HOẠCH' there), then delete the comment",
                 p->flat);
}

/* How many lines above "KẾ HOẠCH" are issuer lines (upper case, not the
 * national name, number, place or date): the same filter as header_lines. */
static int count_issuer_lines(Ctx *c, Para *P, long mark)
{
    int count = 0;
    const char *above = NULL;
    for (size_t k = 0; k < (size_t)mark; k++) {
        char *lines = arena_strdup(c->arena, P[k].text);
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            char *s = unwrap(c, line, &b, &it);
            if (*s && !is_national_line(s) && !parse_number(c, s) &&
                !parse_place_date(c, s) && is_upper_text(s) && strlen(s) < 120 &&
                !header_mark_line(s, above))
                count++;
            above = s;
        }
    }
    return count;
}

/* A line above "KẾ HOẠCH" that is none of the header's (a note, a line in
 * lower case, an issuer line of 120 characters or more): the plan has no
 * place for it, so it is a "# review:" comment above the issuer, with a
 * warning at its line (KH761). It was dropped without a word (s9mut: a
 * paragraph moved above the header lost its text). A line without a letter
 * or a digit (a rule "-----" under the issuer) is the layout's. */
static void header_left_out(Ctx *c, Buf *left, const Para *p, const char *s)
{
    s += strspn(s, " ");
    int words = 0;
    for (const char *t = s; *t && !words; t++)
        words = isalnum((unsigned char)*t) || (unsigned char)*t >= 0xC3;
    if (!words)
        return;
    if (left->len)
        buf_putc(left, '\n');
    buf_printf(left, "%s: ", _("left out of the header"));
    for (const char *t = s; *t; t++)
        buf_putc(left, (unsigned char)*t < 0x20 ? ' ' : *t);
    SrcPos pos = {c->path, p->line > 0 ? p->line : 0, p->line > 0 ? 1 : 0};
    diag_warning(c->diags, pos, 0, KH761, "'%s' above the title is not a line of a plan's header: "
                 "it is written as a '# review:' comment above the issuer, not in the document; "
                 "check it, and delete the comment", s);
}

/* "V/v triển khai ..." (về việc: a letter's subject under its number)
 * above a plan without a title line under "KẾ HOẠCH": the plan's title,
 * its first letter a capital, with a review note; 0 when s is no such
 * line. With a title, or a second one, it is left out (KH761). */
static int subject_line(Ctx *c, const char *s)
{
    if (!(s[0] == 'V' || s[0] == 'v') || s[1] != '/' || !(s[2] == 'v' || s[2] == 'V') ||
        s[3] != ' ' || !s[4 + strspn(s + 4, " ")] || c->plan->title)
        return 0;
    s += 4 + strspn(s + 4, " ");
    Buf t = {0};
    size_t bytes = 0;
    if (vi_begins_small(s, &t, &bytes))
        s += bytes;
    buf_puts(&t, s);
    c->plan->title = buf_to_arena(&t, c->arena);
    buf_free(&t);
    c->plan->title_comment = _("no title under 'KẾ HOẠCH': the subject is the 'V/v ...' line above "
                               "it");
    return 1;
}

static void header_lines(Ctx *c, Para *P, long mark, int titled)
{
    IPlan *plan = c->plan;
    int issuer_bold[8] = {0};
    /* a lone "ỦY BAN NHÂN DÂN HUYỆN X" is one the converter joined; two
     * such lines are the parent body and the issuing body, each whole */
    int joined = count_issuer_lines(c, P, mark) == 1;
    int dated = 0; /* a place and date line read: a second one is left out */
    int national[2] = {0}; /* the national name and motto read: a copy is left out */
    int numbered = 0; /* a "Số: .../KH-..." line read: a second one is left out */
    /* the lines left out, one '\n' between: gathered here and kept once
     * (each line copied the ones before: 20,000 lines above the title,
     * 1.8 MB, took a minute and gigabytes, s20attack F9) */
    Buf left = {0};
    const char *above = NULL, *line_above = NULL; /* the line above this one */
    for (size_t k = 0; k < (size_t)mark; k++) {
        char *lines = arena_strdup(c->arena, P[k].text);
        for (char *line = strtok(lines, "\n"); line; line = strtok(NULL, "\n")) {
            int b = 0, it = 0;
            char *s = unwrap(c, line, &b, &it);
            above = line_above, line_above = s;
            /* a copy, or a line with more than the fixed words: a review note */
            if (*s && is_national_line(s) && (national_repeat(s, national) + !national_whole(s)))
                header_left_out(c, &left, &P[k], s);
            if (*s && is_national_line(s))
                imp_part_emphasis(c, &P[k], IMP_PART_NATIONAL, s, b || P[k].bold, it || P[k].italic);
            if (!*s || is_national_line(s))
                continue;
            const char *number = plan->number, *code = plan->code;
            if (parse_number(c, s)) {
                if (numbered) { /* the first one is the plan's (s10 sweep: 50 copies, one printed) */
                    plan->number = number, plan->code = code;
                    header_left_out(c, &left, &P[k], s);
                }
                imp_part_emphasis(c, &P[k], IMP_PART_NUMBER, s, b || P[k].bold, it || P[k].italic);
                if (!numbered)
                    c->number_line = P[k].line;
                numbered = 1;
                continue;
            }
            const char *place = plan->place, *date = plan->date;
            int year = c->year;
            int parsed = parse_place_date(c, s);
            if (parsed) {
                if (dated) { /* the first one is the plan's */
                    plan->place = place, plan->date = date, c->year = year;
                    header_left_out(c, &left, &P[k], s);
                } else { /* words or a day it cannot place: the line whole, else what follows it */
                    header_left_out(c, &left, &P[k],
                                    parsed == 2 || place_date_words(s) ? s : place_date_rest(s));
                }
                imp_part_emphasis(c, &P[k], IMP_PART_PLACE_DATE, s, b || P[k].bold,
                                  it || P[k].italic);
                dated = 1;
                continue;
            }
            if (header_mark_line(s, above)) {
                header_left_out(c, &left, &P[k], s);
            } else if (is_upper_text(s) && strlen(s) < 120) {
                /* "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN" as one paragraph (a
                 * converter joined the two lines): the body, then its
                 * territory, as the header prints them */
                imp_part_emphasis(c, &P[k], IMP_PART_ISSUER, s, b || P[k].bold, it || P[k].italic);
                size_t cut = joined ? imp_committee_cut(s) : 0;
                if (cut) {
                    if (plan->n_issuer < 8)
                        issuer_bold[plan->n_issuer] = b || P[k].bold;
                    plan->issuer = list_add(c, plan->issuer, &plan->n_issuer,
                                            dup_range(c, s, cut - 1));
                    s += cut;
                }
                if (plan->n_issuer < 8)
                    issuer_bold[plan->n_issuer] = b || P[k].bold;
                plan->issuer = list_add(c, plan->issuer, &plan->n_issuer, imp_emphasis_shown(c, s));
            } else if (titled || !subject_line(c, s)) {
                header_left_out(c, &left, &P[k], s);
            }
        }
    }
    if (left.len)
        plan->header_left = buf_to_arena(&left, c->arena);
    buf_free(&left);
    imp_issuer_governing(plan, issuer_bold, joined);
}

/* The month of the plan's date ("2024-12-28", "2024-12": 12), 0 when its
 * line gave none ("ngày ... tháng ... năm 2024", a draft's). */
static int date_month(const IPlan *plan)
{
    const char *d = plan->date;
    if (!d || strlen(d) < 7 || d[4] != '-')
        return 0;
    return atoi(d + 5);
}

void imp_plan_year(Ctx *c, const char *text)
{
    IPlan *plan = c->plan;
    if (!c->year || plan->period_year || plan->date_comment || !text ||
        (text != plan->title && plan->title && strpbrk(plan->title, "0123456789")))
        return; /* the title names a year, or a range, "năm học 2024 - 2025": it decided */
    int month = date_month(plan);
    if (month && month < 10)
        return; /* dated early in its year, as a plan of that year is: "ngày 15 tháng 3
                 * năm 2024" over "phấn đấu đến năm 2025" made the plan one of 2025,
                 * each "năm 2024" {year-1}, and `khgen new --year 2025` refused
                 * ("already the plan of 2025"): s29review */
    int year = title_year(text);
    if (year != c->year + 1)
        return;
    c->year = year;
    plan->period_year = year;
    plan->period_comment = text == plan->title
                               ? _("the plan is dated in the year before the one its title "
                                   "names: that year is its period")
                               : _("the plan is dated in the year before the one its opening "
                                   "names: that year is its period");
}

/* What the header did not say, guessed from the title: date, place, and
 * the issuer; each guess is marked for review. */
static void header_guesses(Ctx *c, Para *P, size_t n)
{
    IPlan *plan = c->plan;
    /* a plan issued in the year before the one it is for ("..., ngày 28
     * tháng 12 năm 2024" over "... năm 2025"): its year, whose texts
     * become {year}, is the title's, written as its period. From the
     * date's, the title became "năm {year+1}", and `khgen new --year
     * 2026` printed "năm 2027" in it and in every deadline (s28attack) */
    int titled = plan->title ? guess_year(plan->title) : 0;
    if (plan->date)
        imp_plan_year(c, plan->title);
    if (!c->year)
        c->year = titled;
    if (!plan->date) {
        if (!c->year)
            for (size_t k = 0; k < n && k < 30 && !c->year; k++)
                c->year = guess_year(P[k].flat);
        plan->date = c->year ? arena_printf(c->arena, "%04d", c->year) : "2025";
        /* no year anywhere: 2025 is a placeholder, not the title's (the
         * review said the title named it, of "năm 1989", s25mutimp) */
        plan->date_comment =
            c->year ? _("no date line ('..., ngày ... tháng ... năm ...') was found: the "
                        "year is the one the title names")
                    : _("no date line ('..., ngày ... tháng ... năm ...') and no year in the "
                        "title were found: 2025 is a placeholder, write the year the plan is "
                        "issued");
    }
    const char *place_kind = NULL, *titled_place = NULL;
    if (plan->title)
        titled_place = guess_place(c, plan->title, &place_kind);
    if (!plan->place) {
        plan->place = titled_place;
        plan->place_comment = _("no place line was found: the place is the one the title names");
        if (!plan->place) {
            plan->place = "Địa danh";
            plan->place_comment = _("no place found: write the place where the plan is issued");
        }
    }
    if (plan->n_issuer == 0) {
        /* the two lines Nghị định 30 writes, the Committee over the
         * territory the title names ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH TRUNG"):
         * one line "UBND XÃ BÌNH TRUNG" was printed so, and KH166 then
         * advised "TM. UBND XÃ BÌNH TRUNG", which no official writes (s48user F1) */
        plan->issuer = list_add(c, plan->issuer, &plan->n_issuer, "ỦY BAN NHÂN DÂN");
        if (place_kind) {
            Buf up = {0}, upper = {0};
            buf_printf(&up, "%s%s", place_kind, titled_place);
            vi_put_upper(&upper, up.data);
            plan->issuer = list_add(c, plan->issuer, &plan->n_issuer, buf_to_arena(&upper, c->arena));
            buf_free(&up);
            buf_free(&upper);
        }
        plan->issuer_comment = _("no issuing body was found above the title: this one is "
                                 "guessed from the place");
    }
}

size_t imp_read_header(Ctx *c, Para *P, size_t n)
{
    IPlan *plan = c->plan;
    const char *title_rest = NULL;
    long mark = find_plan_mark(c, P, n, &title_rest);
    long placed = mark < 0 ? mark_by_place(P, n) : -1;
    if (placed >= 0)
        mark = placed;
    size_t i = 0;
    size_t at = mark >= 0 ? (size_t)mark + 1 : 0;
    int placeholder = 0;
    int titled = title_rest || (at < n && !starts_with_ci(P[at].flat, "Căn cứ") &&
                                parse_label(P[at].flat).kind == L_NONE && strlen(P[at].flat) < 400);
    if (mark >= 0) {
        imp_part_emphasis(c, &P[mark], title_rest ? IMP_PART_TITLE : IMP_PART_KIND, NULL,
                          P[mark].bold, P[mark].italic);
        imp_join_blank_fields(c, P, mark);
        header_lines(c, P, mark, titled);
        i = (size_t)mark + 1;
    }
    /* the subject line */
    if (title_rest) {
        plan->title = title_rest;
    } else if (titled) {
        imp_part_emphasis(c, &P[i], IMP_PART_TITLE, NULL, P[i].bold, P[i].italic);
        plan->title = P[i].flat;
        i++;
        if (mark < 0)
            plan->title_comment = _("no 'KẾ HOẠCH' line was found: the first paragraph was "
                                    "taken as the title");
    } else if (!plan->title) {
        /* a placeholder, like the place's, so that the plan checks: an
         * empty title is KH107 */
        placeholder = 1;
        plan->title = "Trích yếu nội dung kế hoạch";
        plan->title_comment = _("no title found: write the plan's subject line (trích yếu)");
    }
    /* a title broken over paragraphs continues in lower case */
    if (i < n && plan->title && *plan->title) {
        Buf joined = {0}; /* one buffer: joining by copies was quadratic */
        buf_puts(&joined, plan->title);
        while (i < n && !starts_with_ci(P[i].flat, "Căn cứ") &&
               parse_label(P[i].flat).kind == L_NONE && strlen(P[i].flat) < 200 &&
               islower((unsigned char)P[i].flat[0])) {
            buf_putc(&joined, ' ');
            buf_puts(&joined, P[i].flat);
            i++;
        }
        plan->title = buf_to_arena(&joined, c->arena);
        buf_free(&joined);
        /* "**Thực hiện ...  \nnăm 2024**": a bold title over two lines (a
         * hard line break, as pandoc writes Word's Shift+Enter), its marks
         * around the whole only when joined; the title prints bold, and
         * its stars were kept (s24attack L1) */
        int b = 0, it = 0;
        char *bare = c->markdown ? unwrap(c, plan->title, &b, &it) : NULL;
        if (b && !it)
            plan->title = bare;
    }
    /* the rule typed under the subject line is the layout's, as the one
     * under the issuer is: read as the opening, it printed as a paragraph
     * under khgen's own rule, and the legal bases after it were the
     * body's paragraphs, exit 0 without a word (s55user F1) */
    while (i > 0 && i < n && !P[i].in_table && imp_typed_rule(P[i].flat))
        i++;
    if (placed >= 0)
        mark_by_place_note(c, &P[placed]);
    if (c->front && (c->front[0] || c->front[1] || c->front[2]))
        imp_front_header(c, c->front, !placeholder);
    header_guesses(c, P, n);
    imp_number_printed(c); /* "010" prints 10 */
    return i;
}
