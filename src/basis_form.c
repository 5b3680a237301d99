/* basis_form.c - a legal basis's number and issuer as Nghị định 30 writes
 * them.
 *
 * A basis is printed as written: "Căn cứ Quyết định số 263 /QĐ-TTg ngày
 * 22/02/2022 của ủy ban nhân dân tỉnh ..." (s23low 11). Nghị định 30
 * (Phụ lục I) writes a document's number and symbol joined by '/' and '-'
 * without spaces ("263/QĐ-TTg"), and (Phụ lục II, viết hoa) an organ's or
 * a position's name with a capital first letter ("Ủy ban nhân dân tỉnh
 * Bắc Giang", "Thủ tướng Chính phủ"): where the decree is that clear, a
 * warning (KH173) gives the form to write. The rest of the issuer's case
 * ("Ủy ban nhân dân" against "Ủy Ban Nhân Dân") is the name as the cited
 * document writes it, which khgen cannot know, and is left as typed. A
 * basis written as a sentence begins with a capital, "Căn cứ ...", "Thực
 * hiện ...": one that begins with a small letter lost its first words while
 * the line was retyped (KH176, s25attack).
 *
 * The symbol (ký hiệu) after a number's last '/', and the header's
 * `code`, which is the plan's own symbol ("KH-UBND"), are held to one form
 * (symbol_form, written once for both): the kind's abbreviation first, in
 * its case ("KH", "QĐ", "CTr"), then the issuing body's, in capitals; a
 * symbol typed in small letters ("kh-ubnd") or with spaces ("KH - UBND")
 * printed as typed, and a header code of another kind ("QĐ-UBND" on a KẾ
 * HOẠCH) named the document as another kind (s25attack). A basis's number
 * that ends with a mark ("263/QĐ-TTg,") printed "263/QĐ-TTg, ngày ...":
 * printed without it, with the warning.
 *
 * The lines of the issuer and of the governing body above it are printed
 * in capitals (Phụ lục I: "UBND TỈNH BẮC GIANG" over "SỞ NÔNG NGHIỆP ..."):
 * one with small letters ("ubnd tỉnh bắc giang") printed as typed, with
 * no word (s25attack); it is warned at (KH178) with the line to write,
 * as the signature's lines above the name are (session 36), and a place
 * or a signer's name in small letters (KH179), and a header code that
 * lost its '-' ("KHUBND", KH173).
 *
 * Rules on the plan's wording, run by parse on the nodes as written (the
 * issuer's case by check, on the plan).
 */
#include "basis_form.h"

#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "plan.h"
#include "util.h"
#include "vi.h"
#include "yread.h"

/* 1 if a space stands beside a '/' or '-' of s; the number without those
 * spaces in out. */
static int spaced_marks(const char *s, Buf *out)
{
    int found = 0;
    for (size_t i = 0; s[i];) {
        if (!vi_space_len(s + i)) { /* a space of any kind: "263\u00A0/QĐ-TTg" (vi_words.c) */
            buf_putc(out, s[i++]);
            continue;
        }
        /* a run of spaces, read once (each space of it measured the rest
         * of the run: a number of 200 KB of spaces checked in 3 s) */
        size_t j = i + vi_spaces_len(s + i);
        int beside = (i > 0 && (s[i - 1] == '/' || s[i - 1] == '-')) || s[j] == '/' ||
                     s[j] == '-';
        if (!beside || !s[j])
            buf_putn(out, s + i, j - i);
        else if (i > 0)
            found = 1;
        else { /* the text's first spaces: one is kept, as a value's start */
            buf_putc(out, ' ');
            found = j > vi_space_len(s);
        }
        i = j;
    }
    return found;
}

/* 1 if the UTF-8 character at s is a small letter: an ASCII one, or one
 * vi_put_upper changes ("đ", "ư"); *bytes gets its length. */
static int small_letter(const char *s, int *bytes)
{
    size_t n = 1;
    int small = vi_letter_case(s, &n) < 0;
    *bytes = (int)n;
    return small;
}

/* What symbol_form finds wrong with a symbol. */
enum { FORM_SMALL = 1, FORM_KIND = 2 };

/* A document's symbol (ký hiệu, "KH-UBND", "QĐ-TTg": its parts joined by
 * '-') as Nghị định 30 writes it, in want: the first part, a kind's
 * abbreviation in any case ("kh", "Qđ"), in its own case; a part of small
 * letters only ("ubnd") in capitals ("TTG" as "TTg", the Prime Minister's);
 * kind (an abbreviation, or NULL: any) the document's own kind, which
 * replaces another kind's abbreviation ("QĐ-UBND" on a KẾ HOẠCH). Returns
 * FORM_SMALL and FORM_KIND for what was changed. Linear in the symbol. */
static int symbol_form(const char *symbol, const char *kind, Buf *want, const char **typed_kind)
{
    int found = 0;
    *typed_kind = NULL;
    for (size_t start = 0, part = 0;; part++) {
        size_t end = start + strcspn(symbol + start, "-");
        Buf part_text = {0};
        buf_putn(&part_text, symbol + start, end - start);
        const char *word = buf_str(&part_text);
        const char *abbr = NULL; /* the first part: a kind's abbreviation? */
        if (part == 0)
            abbr = strcmp(plan_expand_kind(word), word) != 0 ? word /* as it is written */
                                                             : plan_kind_abbreviation_near(word);
        int small = 0, capital = 0, bytes;
        for (const char *c = word; *c; c += bytes)
            if (small_letter(c, &bytes))
                small++;
            else if (bytes > 1 || (*c >= 'A' && *c <= 'Z'))
                capital++;
        if (abbr && kind && strcmp(abbr, kind) != 0) {
            found |= FORM_KIND;
            *typed_kind = plan_expand_kind(abbr);
            buf_puts(want, kind);
        } else if (abbr) {
            found |= strcmp(abbr, word) != 0 ? FORM_SMALL : 0;
            buf_puts(want, abbr);
        } else if (small && !capital) {
            found |= FORM_SMALL;
            Buf up = {0};
            vi_put_upper(&up, word);
            buf_puts(want, strcmp(buf_str(&up), "TTG") == 0 ? "TTg" : buf_str(&up));
            buf_free(&up);
        } else
            buf_puts(want, word);
        buf_free(&part_text);
        if (!symbol[end])
            break;
        buf_putc(want, '-');
        start = end + 1;
    }
    return found;
}

/* The symbol of number: what follows its last '/' (all of a header code). */
static const char *symbol_of(const char *number)
{
    const char *slash = strrchr(number, '/');
    return slash ? slash + 1 : number;
}

/* 1 when line has a small letter before any '{' and is no yes/no word:
 * KH178's (a reference is KH210's, `yes` KH124's: one mistake, one
 * message). */
static int line_small(const char *line)
{
    int bytes;
    const char *c = line;
    while (*c && *c != '{' && !small_letter(c, &bytes))
        c += bytes;
    return *c && !strchr(c, '{') && !yread_bool_word(line);
}

/* Warns (KH178) at `at` when line has a small letter. */
static void issuer_line_case(DiagSink *diags, SrcPos at, const char *key, const char *line)
{
    if (!line_small(line))
        return;
    Buf up = {0};
    vi_put_upper(&up, line);
    diag_warning(diags, at, (int)utf8_count(line, strlen(line)), KH178,
                 "the %s line '%s' is not in capitals: Nghị định 30 prints the names of the "
                 "issuing body and of the body above it in capitals; write '%s'",
                 key, line, buf_str(&up));
    buf_free(&up);
}

/* KH178 at the issuer's first line with small letters: one message for
 * its lines ([Sở Nông nghiệp, tỉnh Bắc Giang], a body's name typed over
 * the issuer, gave one at each line), naming the list to write. */
static void issuer_lines_case(DiagSink *diags, const Plan *plan)
{
    const YNode *node = plan->issuer_node;
    size_t first = plan->n_issuer, small = 0;
    for (size_t k = 0; node && k < plan->n_issuer; k++)
        if (line_small(plan->issuer[k])) {
            first = first < k ? first : k;
            small++;
        }
    if (!small)
        return;
    int each = node->kind == YNODE_SEQ && node->count == plan->n_issuer;
    SrcPos at = each ? node->items[first]->pos : node->pos;
    if (small == 1) {
        issuer_line_case(diags, at, "issuer", plan->issuer[first]);
        return;
    }
    Buf typed = {0}, up = {0};
    for (size_t k = 0; k < plan->n_issuer; k++) {
        buf_printf(&typed, "%s'%s'", k ? ", " : "", plan->issuer[k]);
        if (k)
            buf_puts(&up, ", ");
        vi_put_upper(&up, plan->issuer[k]);
    }
    diag_warning(diags, at, (int)utf8_count(plan->issuer[first], strlen(plan->issuer[first])),
                 KH178, "the issuer's lines %s are not in capitals: Nghị định 30 prints the "
                 "names of the issuing body and of the body above it in capitals; write [%s]",
                 buf_str(&typed), buf_str(&up));
    buf_free(&typed);
    buf_free(&up);
}

int basis_form_issuer_small(const Plan *plan, SrcPos *at)
{
    const YNode *node = plan->issuer_node;
    for (size_t k = 0; node && k < plan->n_issuer; k++)
        if (line_small(plan->issuer[k])) {
            int each = node->kind == YNODE_SEQ && node->count == plan->n_issuer;
            *at = each ? node->items[k]->pos : node->pos;
            return 1;
        }
    return 0;
}

/* The position of item i of node, a list of n lines or one line. */
static SrcPos line_pos(const YNode *node, size_t i, size_t n)
{
    return node->kind == YNODE_SEQ && node->count == n ? node->items[i]->pos : node->pos;
}

/* Warns (KH178) at each line of the signature above its name with a small
 * letter: Nghị định 30 prints "TM. ỦY BAN NHÂN DÂN" and the signer's title
 * in capitals, and "tm. ủy ban nhân dân" was printed as typed (s36low). */
static void signature_lines_case(DiagSink *diags, const Signature *sig)
{
    for (size_t i = 0; sig->lines_node && i < sig->n_lines; i++) {
        const char *line = sig->lines[i], *c = line;
        int bytes;
        while (*c && *c != '{' && !small_letter(c, &bytes))
            c += bytes;
        if (!*c || strchr(c, '{'))
            continue;
        Buf up = {0};
        vi_put_upper(&up, line);
        diag_warning(diags, line_pos(sig->lines_node, i, sig->n_lines),
                     (int)utf8_count(line, strlen(line)), KH178,
                     "the signature's line '%s' is not in capitals: Nghị định 30 prints the "
                     "lines above the signer's name (\"TM. ỦY BAN NHÂN DÂN\", \"CHỦ TỊCH\") in "
                     "capitals; write '%s'", line, buf_str(&up));
        buf_free(&up);
    }
}

/* The text with each word's first letter a capital, in out. */
static void put_capitalised(Buf *out, const char *text)
{
    for (const char *c = text; *c;) {
        size_t space = strspn(c, " ");
        buf_putn(out, c, space);
        c += space;
        Buf capital = {0};
        size_t bytes = 0;
        if (vi_begins_small(c, &capital, &bytes)) {
            buf_puts(out, buf_str(&capital));
            c += bytes;
        }
        buf_free(&capital);
        size_t word = strcspn(c, " ");
        buf_putn(out, c, word);
        c += word;
    }
}

/* 1 if every word of text begins with a small letter and it holds no
 * reference. */
static int every_word_small(const char *text)
{
    if (strchr(text, '{'))
        return 0;
    int words = 0;
    for (const char *c = text; *c;) {
        c += strspn(c, " ");
        if (!*c)
            break;
        if (!vi_begins_small(c, NULL, NULL))
            return 0;
        words++;
        c += strcspn(c, " ");
    }
    return words > 0;
}

/* Warns (KH179) when the place is all small letters ("an bình, ngày
 * ...": a place's name; "thị trấn Cầu Gồ" names the unit's kind first, as
 * some write it, and is left) or a word of the signer's name begins with
 * one ("nguyễn văn a": a person's name), each printed as typed (s36low).
 * Only the name's last line is a name: the lines above it may be a
 * title. */
static void names_case(DiagSink *diags, const Plan *plan)
{
    if (plan->place_node && plan->place && every_word_small(plan->place)) {
        Buf want = {0};
        put_capitalised(&want, plan->place);
        diag_warning(diags, plan->place_node->pos, yread_span(plan->place_node), KH179,
                     "the place '%s' is written in small letters, and it is printed so before "
                     "', ngày': a place's name is written with capitals; write '%s'",
                     plan->place, buf_str(&want));
        buf_free(&want);
    }
    const Signature *sig = plan->signature;
    if (!sig || !sig->name_node || !sig->n_name_lines)
        return;
    size_t last = sig->n_name_lines - 1;
    const char *name = sig->name_lines[last];
    int small = 0; /* the '{' looked for once, not at each word (s45attack S1: n squared) */
    for (const char *c = strchr(name, '{') ? "" : name; *c && !small;) {
        c += strspn(c, " ");
        small = *c && vi_begins_small(c, NULL, NULL);
        c += strcspn(c, " ");
    }
    if (!small)
        return;
    Buf want = {0};
    put_capitalised(&want, name);
    diag_warning(diags, line_pos(sig->name_node, last, sig->n_name_lines),
                 (int)utf8_count(name, strlen(name)), KH179,
                 "the signer's name '%s' has a word that begins with a small letter: a "
                 "person's name is written with a capital at each word; write '%s'",
                 name, buf_str(&want));
    buf_free(&want);
}

void basis_form_issuer_check(DiagSink *diags, const Plan *plan)
{
    if (plan->signature)
        signature_lines_case(diags, plan->signature);
    names_case(diags, plan);
    if (plan->governing_node && plan->governing_body)
        issuer_line_case(diags, plan->governing_node->pos, "governing_body",
                         plan->governing_body);
    issuer_lines_case(diags, plan);
}

/* 1 if the header's code lost the '-' between its kind's abbreviation and
 * the body's ("KHUBND", "KH UBND", printed "Số: 12/KHUBND"): the code with
 * it in out. A code with a '-' is symbol_form's; one that is the
 * abbreviation alone, or begins with none, is left as typed (s36low). */
static int lost_hyphen(const char *code, const char *kind, Buf *out)
{
    if (strchr(code, '-') || !kind)
        return 0;
    size_t n = strlen(kind), space = strcspn(code, " ");
    if (code[space]) { /* "KH UBND": the words joined by '-' */
        for (const char *c = code; *c;) {
            size_t w = strcspn(c, " ");
            if (w && out->len)
                buf_putc(out, '-');
            buf_putn(out, c, w);
            c += w + strspn(c + w, " ");
        }
        return strchr(buf_str(out), '-') != NULL;
    }
    if (strncasecmp(code, kind, n) != 0 || !code[n] ||
        !(((unsigned char)code[n] | 0x20) >= 'a' && ((unsigned char)code[n] | 0x20) <= 'z') ||
        (kind[n - 1] >= 'a' && kind[n - 1] <= 'z' && code[n] >= 'a' && code[n] <= 'z'))
        return 0;
    buf_putn(out, code, n);
    buf_putc(out, '-');
    buf_puts(out, code + n);
    return 1;
}

int basis_form_prose(const char *text)
{
    if (str_find(text, ", "))
        return 1;
    int words = 0;
    for (const char *s = text; *s;) {
        size_t n = strcspn(s, " ");
        int letter = 0;
        for (size_t i = 0; i < n && !letter; i++)
            letter = ((unsigned char)s[i] | 0x20) >= 'a' && ((unsigned char)s[i] | 0x20) <= 'z';
        words += letter || (n && (unsigned char)s[0] >= 0x80);
        s += n;
        s += strspn(s, " ");
    }
    return words >= 3;
}

/* KH173 at a symbol's node whose value is words (basis_form_prose): the
 * one message, not also its form's fix ("write 'MỤC-TIÊU,-KẾ-HOẠCH'") */
static int prose_symbol(DiagSink *diags, const YNode *node, const char *key, const char *text)
{
    if (!basis_form_prose(text))
        return 0;
    diag_warning(diags, node->pos, yread_span(node), KH173,
                 "the %s '%s' is words, not a document's symbol as Nghị định 30 writes it "
                 "('KH-UBND', '263/QĐ-TTg'): a line pasted there? Write the symbol", key, text);
    return 1;
}

void basis_form_code_check(DiagSink *diags, const YNode *node, const char *code,
                           const char *doc_kind)
{
    if (!node || !code || !*code || prose_symbol(diags, node, "code", code))
        return;
    Buf joined = {0}, want = {0};
    const char *kind = plan_kind_abbreviation(doc_kind), *typed_kind;
    if (lost_hyphen(code, kind, &joined)) {
        const char *fixed = buf_str(&joined);
        Buf formed = {0};
        symbol_form(fixed, kind, &formed, &typed_kind);
        diag_warning(diags, node->pos, yread_span(node), KH173,
                     "the code '%s' has no '-' between the document's kind and the issuing "
                     "body: Nghị định 30 writes a symbol's parts joined by '-' ('KH-UBND'); "
                     "write '%s'", code, formed.len ? buf_str(&formed) : fixed);
        buf_free(&formed);
    } else if (spaced_marks(code, &joined))
        diag_warning(diags, node->pos, yread_span(node), KH173,
                     "the code '%s' has a space beside its '-' or '/': Nghị định 30 writes a "
                     "document's symbol without spaces; write '%s'", code, buf_str(&joined));
    else {
        int found = symbol_form(code, kind, &want, &typed_kind);
        if (found & FORM_KIND)
            diag_warning(diags, node->pos, yread_span(node), KH173,
                         "the code '%s' is a %s's symbol, and this document is a %s: write "
                         "'%s', its own kind's abbreviation first",
                         code, typed_kind, plan_expand_kind(kind), buf_str(&want));
        else if (found)
            diag_warning(diags, node->pos, yread_span(node), KH173,
                         "the code '%s' is not written as Nghị định 30 writes a document's "
                         "symbol (its kind's abbreviation, then the body's in capitals): "
                         "write '%s'", code, buf_str(&want));
    }
    buf_free(&joined);
    buf_free(&want);
}

const char *basis_form_check(Arena *arena, DiagSink *diags, const char *kind,
                             const YNode *number, const char *number_text, const YNode *by,
                             const char *by_text)
{
    if (number && number_text && !prose_symbol(diags, number, "number", number_text)) {
        Buf joined = {0}, want = {0};
        size_t len = strlen(number_text), cut = len;
        while (cut > 0 && strchr(",.;:", number_text[cut - 1]))
            cut--;
        const char *typed_kind;
        if (spaced_marks(number_text, &joined))
            diag_warning(diags, number->pos, yread_span(number), KH173,
                         "the number '%s' has a space beside its '/' or '-': Nghị định 30 writes "
                         "a document's number and symbol without spaces; write '%s'",
                         number_text, buf_str(&joined));
        else if (cut < len && cut > 0) {
            /* "263/QĐ-TTg," printed "263/QĐ-TTg, ngày ...": printed without */
            diag_warning(diags, number->pos, yread_span(number), KH173,
                         "the number '%s' ends with '%s', which would print before the words "
                         "after it (\"%s ngày ...\"); it is printed without: remove it",
                         number_text, number_text + cut, number_text);
            number_text = arena_strndup(arena, number_text, cut);
        } else if (!strchr(number_text, '/'))
            ; /* no symbol: "số 5" */
        else if (symbol_form(symbol_of(number_text), plan_kind_abbreviation(kind), &want,
                             &typed_kind) & FORM_KIND)
            diag_warning(diags, number->pos, yread_span(number), KH173,
                         "the number '%s' is a %s's, and this basis cites a %s: correct the "
                         "kind, or the number ('%.*s%s')", number_text, typed_kind, kind,
                         (int)(symbol_of(number_text) - number_text), number_text,
                         buf_str(&want));
        else if (want.len && strcmp(buf_str(&want), symbol_of(number_text)) != 0)
            diag_warning(diags, number->pos, yread_span(number), KH173,
                         "the symbol of the number '%s' is not written as Nghị định 30 writes "
                         "it (the kind's abbreviation, then the body's in capitals): write "
                         "'%.*s%s'", number_text,
                         (int)(symbol_of(number_text) - number_text), number_text,
                         buf_str(&want));
        buf_free(&joined);
        buf_free(&want);
    }
    Buf capital = {0};
    size_t bytes = 0;
    if (by && by_text && vi_begins_small(by_text, &capital, &bytes))
        diag_warning(diags, by->pos, yread_span(by), KH173,
                     "the issuer '%s' begins with a small letter: Nghị định 30 writes the "
                     "name of an organ or a position with a capital; write '%s%s'",
                     by_text, buf_str(&capital), by_text + bytes);
    buf_free(&capital);
    return number_text;
}

void basis_form_text_check(DiagSink *diags, const YNode *node, const char *text)
{
    size_t lead = 0; /* emphasis around the sentence: "*căn cứ ...*" */
    while (text && (text[lead] == '*' || text[lead] == '_' || vi_space_len(text + lead)))
        lead += vi_space_len(text + lead) ? vi_space_len(text + lead) : 1;
    if (!node || !text || !vi_begins_small(text + lead, NULL, NULL))
        return;
    const char *word_end = text + lead;
    while (*word_end && !vi_space_len(word_end) && !strchr(",;:.", *word_end))
        word_end++;
    diag_warning(diags, node->pos, yread_span(node), KH176,
                 "this legal basis begins with a small letter, '%.*s': it is printed as "
                 "written, as the first word of its sentence; write its first words before "
                 "it ('Căn cứ ...', 'Thực hiện ...'), or begin it with a capital",
                 (int)(word_end - (text + lead)), text + lead); /* "căn", not "*căn" */
}
