/* own_label.c - a text typed with the label khgen prints before it.
 *
 * khgen numbers the headings ("I.", "1.", "1.2.", "a)"), marks the bullets
 * ("-", "+"), numbers the captions of the body's tables ("Bảng 1.") and
 * prints each attachment's label ("Biểu 01") over its title. A text copied
 * from a Word document with its label printed both: "1. 1. Cấp xã",
 * "Bảng 1. Bảng 1. X", "Biểu 01" over "BIỂU 01: DANH MỤC ..." (attack s10
 * F5, s35attack M1, M2). This file is the one rule of what such a label
 * looks like, shared by resolve.c (headings, bullets, captions) and
 * attach.c (attachments' titles), and the one warning, KH118.
 *
 * A label is one whatever follows it: a space of any kind (a no-break
 * space pasted from Word too: vi_space_len), the end of the text (a
 * heading that is only its label: "1.", "a)", "-"), or a letter without a
 * space ("1.Cấp xã", "a)Hoàn thành", "-Hoàn thành"). A number that goes on
 * ("1.000 hộ"), a document's number ("263/QĐ-TTg"), a word that begins
 * with a numeral's letter ("Cấp", "Ít") are no label.
 *
 * Stage: 3 (resolve) and the attachments' parse; reads texts, reports
 * into a DiagSink.
 */
#include "own_label.h"

#include <stdlib.h>
#include <string.h>

#include "vi.h"

/* 1 if s begins a word: an ASCII letter, or a letter of the Latin blocks
 * Vietnamese is written in (U+00C0-U+01BF, U+1E00-U+1EFF). */
static int word_start(const char *s)
{
    unsigned char c = (unsigned char)s[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    if (c >= 0xC3 && c <= 0xC6)
        return 1;
    return c == 0xE1 && ((unsigned char)s[1] == 0xB8 || (unsigned char)s[1] == 0xB9 ||
                         (unsigned char)s[1] == 0xBA || (unsigned char)s[1] == 0xBB);
}

/* 1 if a label of n bytes at the start of s ends there: a space of any
 * kind or the end of the text follows it, or (letter_too) a letter. */
static int label_ends(const char *s, size_t n, int letter_too)
{
    return !s[n] || vi_space_len(s + n) > 0 || (letter_too && word_start(s + n));
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

const char *own_label_number(const char *start, const char *p, size_t *run)
{
    size_t n = strspn(p, "0123456789"), z = 0;
    *run = n;
    if (p - start >= 2 && p[-1] == '.' && is_digit(p[-2]))
        return p;
    while (z + 1 < n && p[z] == '0')
        z++;
    return p + z;
}

/* The bytes of the UTF-8 character whose first byte is c (1 for a stray
 * byte: the loader let only valid UTF-8 through). */
static size_t char_len(unsigned char c)
{
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static size_t bullet_mark(const char *s)
{
    if (s[0] == '-' || s[0] == '+')
        return 1;
    if (strncmp(s, "–", 3) == 0 || strncmp(s, "•", 3) == 0)
        return 3;
    return 0;
}

/* "II.", "IV.Hoàn", "I - ", "III" alone is no label. */
static size_t roman_label(const char *s)
{
    size_t i = strspn(s, "IVXLCDM");
    if (i == 0)
        return 0;
    if (s[i] == '.')
        return label_ends(s, i + 1, strspn(s, "IVXL") == i) ? i + 1 : 0;
    if (strspn(s, "IVX") != i) /* "C - ", "D - ": letters, not numerals */
        return 0;
    size_t sp = vi_space_len(s + i), dash = bullet_mark(s + i + sp);
    if ((s[i + sp] == '-' || strncmp(s + i + sp, "–", 3) == 0) && label_ends(s, i + sp + dash, 0))
        return i + sp + dash;
    return 0;
}

size_t own_label_len(NodeKind kind, const char *s)
{
    if (kind == NODE_BULLET || kind == NODE_TASK) {
        size_t i = bullet_mark(s);
        return i && label_ends(s, i, 1) ? i : 0;
    }
    if (s[0] && strchr("IVXLCDM", s[0]))
        return roman_label(s);
    if ((s[0] >= 'a' && s[0] <= 'z') || strncmp(s, "đ", 2) == 0) { /* a) đ) a/ */
        size_t i = s[0] >= 'a' && s[0] <= 'z' ? 1 : 2;
        if (s[i] == ')')
            return label_ends(s, i + 1, 1) ? i + 1 : 0;
        return s[i] == '/' && label_ends(s, i + 1, 0) ? i + 1 : 0;
    }
    size_t i = 0;
    for (int group = 0; group < 4; group++) { /* 1. 1.2. 1.2.1. 1) 1/ */
        size_t start = i;
        while (s[i] >= '0' && s[i] <= '9' && i - start < 3)
            i++;
        if (i == start || (s[i] != '.' && s[i] != ')' && s[i] != '/'))
            return 0;
        if (label_ends(s, i + 1, s[i] != '/'))
            return i + 1;
        if (s[i] != '.')
            return 0;
        i++;
    }
    return 0;
}

size_t own_label_named(const char *text, const char *label)
{
    if (!label || label[vi_spaces_len(label)] == '\0')
        return 0; /* `label: ""` (KH602) is named by no title: "- Danh sách"
                     was KH118's label '' too (s37review L1) */
    Buf want = {0}, got = {0};
    vi_put_upper(&want, label);
    const char *w = buf_str(&want);
    size_t i = 0, n;
    while (*w) {
        if (is_digit(*w) && is_digit(text[i])) { /* "Biểu 1" is "Biểu 01" (KH620's rule) */
            size_t wn, tn;
            const char *ws = own_label_number(buf_str(&want), w, &wn);
            const char *ts = own_label_number(text, text + i, &tn);
            size_t wl = wn - (size_t)(ws - w), tl = tn - (size_t)(ts - (text + i));
            if (wl != tl || strncmp(ws, ts, wl) != 0)
                break;
            w += wn;
            i += tn;
            continue;
        }
        if (*w == ' ') { /* a space of the label: any run of spaces */
            if (!(n = vi_space_len(text + i)))
                break;
            while ((n = vi_space_len(text + i)) > 0)
                i += n;
            while (*w == ' ')
                w++;
            continue;
        }
        n = char_len((unsigned char)text[i]);
        if (!text[i] || strnlen(text + i, n) < n)
            break;
        char one[8] = {0};
        memcpy(one, text + i, n);
        buf_reset(&got);
        vi_put_upper(&got, one);
        if (strncmp(w, buf_str(&got), got.len) != 0)
            break;
        w += got.len;
        i += n;
    }
    int whole = !*w;
    buf_free(&want);
    buf_free(&got);
    if (!whole)
        return 0;
    size_t sp = vi_space_len(text + i); /* "Biểu 01: ", "BIỂU 01 - ", "Bảng 1." */
    if (text[i + sp] == ':' || text[i + sp] == '.' || text[i + sp] == '-')
        return label_ends(text, i + sp + 1, 1) ? i + sp + 1 : 0;
    if (strncmp(text + i + sp, "–", 3) == 0)
        return label_ends(text, i + sp + 3, 1) ? i + sp + 3 : 0;
    return label_ends(text, i, 0) ? i : 0;
}

/* The bytes of a label's number at s: 1 to 4 ASCII digits and at most
 * one letter after them ("02", "2a"), or a Roman numeral ("II", "XIV"),
 * that no letter or digit goes on from; 0 if none. */
static size_t label_number(const char *s)
{
    size_t n = strspn(s, "0123456789");
    if (n > 4)
        return 0;
    if (n && s[n] >= 'a' && s[n] <= 'z' && !word_start(s + n + 1) && !(s[n + 1] >= '0' && s[n + 1] <= '9'))
        n++;
    else if (!n && (n = strspn(s, "IVXLC")) > 6)
        return 0;
    return n && !word_start(s + n) && !(s[n] >= '0' && s[n] <= '9') ? n : 0;
}

size_t own_label_lead(const char *text, size_t *kind_len, size_t *name_len)
{
    size_t i = 0, sp, n;
    for (int words = 0; words < 3; words++) {
        if (!word_start(text + i))
            return 0;
        while (text[i] && !vi_space_len(text + i))
            i += char_len((unsigned char)text[i]);
        for (sp = 0; (n = vi_space_len(text + i + sp)) > 0;)
            sp += n;
        size_t num = sp ? label_number(text + i + sp) : 0;
        if (!sp || !text[i + sp])
            return 0;
        if (num) {
            char *lead = xmalloc(i + sp + num + 1);
            memcpy(lead, text, i + sp + num);
            lead[i + sp + num] = '\0';
            size_t len = own_label_named(text, lead);
            free(lead);
            if (!len)
                return 0;
            *kind_len = i;
            *name_len = i + sp + num;
            return len;
        }
        i += sp;
    }
    return 0;
}

size_t own_caption_len(const char *title)
{
    if (!vi_upper_eq(title, strlen("Bảng"), "BẢNG"))
        return 0;
    size_t i = strlen("Bảng"), n, sp = 0;
    while ((n = vi_space_len(title + i + sp)) > 0)
        sp += n;
    size_t digits = strspn(title + i + sp, "0123456789");
    if (!sp || !digits || digits > 4)
        return 0;
    char label[16];
    memcpy(label, "Bảng ", strlen("Bảng "));
    memcpy(label + strlen("Bảng "), title + i + sp, digits);
    label[strlen("Bảng ") + digits] = '\0';
    return own_label_named(title, label);
}

void own_label_warn(DiagSink *diags, SrcPos pos, const char *text, size_t len, const char *shown,
                    int above)
{
    size_t words = len, n;
    while ((n = vi_space_len(text + words)) > 0)
        words += n;
    if (above)
        diag_warning(diags, pos, (int)utf8_count(text, len), KH118,
                     "this title begins with its attachment's label '%.*s', and khgen prints the "
                     "label '%s' on its own line above it: the document shows the label twice. "
                     "Remove '%.*s' from the title",
                     (int)len, text, shown, (int)len, text);
    else if (!text[words])
        diag_warning(diags, pos, (int)utf8_count(text, len), KH118,
                     "this text is only a label, '%.*s', with no words, and khgen prints its "
                     "own before it: the document shows '%s %.*s'. Write the words it stands "
                     "for, or delete the entry",
                     (int)len, text, shown, (int)len, text);
    else
        diag_warning(diags, pos, (int)utf8_count(text, len), KH118,
                     "this text begins with its own label '%.*s', and khgen prints one before "
                     "it: the document shows '%s %.*s'. Remove it from the text, or write it "
                     "as label: \"%.*s\"",
                     (int)len, text, shown, (int)len, text, (int)len, text);
}
