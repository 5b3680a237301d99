/* parse.c - the YAML node tree to a typed Plan, with every error reported.
 *
 * The parser is a set of small functions, one per kind of YAML mapping in the
 * plan language (header, basis, unit, locality, body node, task, deadline),
 * each of which first checks the mapping's keys against the keys it knows
 * (an unknown key is an error with the nearest known key suggested), then
 * reads each value with a typed reader (text, integer, list of text, date)
 * that reports a wrong type at the value. Body nodes are recognised by their
 * kind key (section, clause, subclause, point, bullet, para, task); a plain
 * string in a list is a paragraph.
 *
 * Stage 2 of the pipeline. Ids are not resolved here, because a plan may
 * use a unit before the `units:` list that defines it: the parser records
 * every free text it read (Plan.texts) and every id a field uses
 * (Plan.id_uses), and resolve.c binds them once the whole file is read,
 * against the registries plan.c indexes. parse writes only the Plan it
 * creates, and reports into the DiagSink. The typed readers every part
 * shares (texts, numbers, lists, ids, dates, deadlines, the key check) and
 * the parser's state are in parse_read.c and parse_impl.h.
 */
#include "parse.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "basis_form.h"
#include "blankmeant.h"
#include "catalog.h"
#include "check_suppress.h"
#include "i18n.h"
#include "keys.h"
#include "lockind.h"
#include "parse_impl.h"
#include "resolve.h"
#include "suggest.h"
#include "template.h"
#include "textref.h"
#include "vi.h"
#include "yread.h"

/* ---- header, bases, signature ------------------------------------------- */

/* Whether text is written as a number (a sign, digits, '.' or ','), so
 * that a header 'number' such as -5 or 2,5 is refused rather than printed
 * as "Số: -5/KH-UBND"; a text number like "12a" or "ĐA-3" stays text. */
static int looks_numeric(const char *text)
{
    const char *s = text;
    if (*s == '-' || *s == '+')
        s++;
    if (!isdigit((unsigned char)*s))
        return 0;
    for (; *s; s++) {
        if ((*s == 'e' || *s == 'E') && s > text && isdigit((unsigned char)s[-1])) {
            /* YAML's exponent, 1e3 (attack 8 L4): a number, not a text */
            s += s[1] == '-' || s[1] == '+';
            if (!isdigit((unsigned char)s[1]))
                return 0;
            continue;
        }
        if (!isdigit((unsigned char)*s) && *s != '.' && *s != ',' &&
            !(*s == '_' && isdigit((unsigned char)s[1]))) /* YAML 1.1's 2_024 */
            return 0;
    }
    return 1;
}

/* Whether a text written without quotes in a list begins with one of
 * keys and a space ("- bullet Hoàn thành ...", its ':' lost) or a ':' and
 * no space ("- bullet:Hoàn thành", s37slip): YAML reads a text, printed
 * "bullet ..." silently. KH119 at the key, returns 1; a quoted text is meant.
 * With prefixes, a text whose first word is the first three letters or
 * more of a key, alone or before a space, is one too: "- bullet: >-" cut
 * in half is "- bull", and YAML joins the text's lines under it to that
 * word ("bull Tổ chức ...", printed; the one-line slips sweep, s17slip).
 * No Vietnamese word written without diacritics is such a start. */
static int colon_lost(Parser *p, const YNode *item, const char *const *keys, int prefixes)
{
    if (item->kind != YNODE_SCALAR || item->style != YSTYLE_PLAIN)
        return 0;
    const char *text = yread_text(item);
    for (size_t k = 0; keys[k]; k++) {
        size_t n = strlen(keys[k]);
        if (strncmp(text, keys[k], n) != 0)
            continue;
        int glued = text[n] == ':' && text[n + 1] && text[n + 1] != ' '; /* "bullet:Hoàn" */
        if (!glued && (text[n] != ' ' || !text[n + 1]))
            continue;
        if (glued)
            diag_error(p->diags, item->pos, (int)n + 1, KH119,
                       "'%s:' begins this text with no space after its ':', so YAML reads the "
                       "line as a text and the document would print '%s:...': write '%s: ...' "
                       "(a space after the ':'), or quote the text if it is meant",
                       keys[k], keys[k], keys[k]);
        else
            diag_error(p->diags, item->pos, (int)n, KH119,
                       "'%s' begins this text with no ':' after it, so the document would "
                       "print '%s ...': write '%s: ...' (or quote the text if the word is meant)",
                       keys[k], keys[k], keys[k]);
        p->plan->values_dropped = 1;
        return 1;
    }
    if (!prefixes)
        return 0;
    size_t w = 0; /* the first word */
    while (text[w] >= 'a' && text[w] <= 'z')
        w++;
    if (w < 3 || (text[w] != ' ' && text[w] != '\0'))
        return 0;
    for (size_t k = 0; keys[k]; k++) {
        if (w >= strlen(keys[k]) || strncmp(text, keys[k], w) != 0)
            continue;
        diag_error(p->diags, item->pos, (int)w, KH119,
                   "'%.*s' begins this text, the first letters of '%s' with its ':' lost (the "
                   "line cut?), so the document would print '%.*s ...': write '%s: ...' (or "
                   "quote the text if the word is meant)",
                   (int)w, text, keys[k], (int)w, text, keys[k]);
        p->plan->values_dropped = 1;
        return 1;
    }
    return 0;
}

/* attachments: whether the plan has an 'attachments' key (KH254 is only
 * about a plan with attachments). */
static void parse_header(Parser *p, const YNode *node, int attachments)
{
    Plan *plan = p->plan;
    if (!expect_kind(p, node, YNODE_MAP, "header")) {
        plan->issuer_short_reported = 1;
        return;
    }
    check_keys(p, node, KEYSET_HEADER, "the header");
    plan->governing_body = get_printed_text(p, node, "governing_body", "the header", TEXT_ONE_LINE);
    plan->governing_node = plan->governing_body ? ynode_get(node, "governing_body") : NULL;
    const YNode *issuer = ynode_get(node, "issuer");
    if (issuer)
        warn_lost_brackets(p, issuer, "issuer", parse_place_words());
    if (issuer)
        plan->issuer = read_printed_list(p, issuer, "issuer", &plan->n_issuer);
    else if (!yread_misspelt(node, keys_names(KEYSET_HEADER), "issuer")) /* 'isuer:': KH101 */
        diag_error(p->diags, node->pos, 1, KH103, "the header has no 'issuer': add it ([ỦY BAN "
                   "NHÂN DÂN, XÃ ...])");
    plan->issuer_node = plan->issuer ? issuer : NULL;
    /* issuer_short, number and code are printed on every attachment page
     * too ("(Kèm theo Kế hoạch số .../KH-UBND ... của UBND ...)"): a name's
     * 500 characters at most, as KH115 holds a unit's (a 100 KB issuer_short
     * and 1,000 attachments printed 100 MB: attack s8 F13) */
    plan->issuer_short = yread_name(p->diags, node, "issuer_short", "the header",
                                    get_printed_text(p, node, "issuer_short", "the header",
                                                     TEXT_ONE_LINE));
    plan->issuer_short = echo_strip(p, ynode_get(node, "issuer_short"), plan->issuer_short,
                                    ECHO_SHORT); /* "của của UBND" */
    /* 'issuer_shrt:' or a list is an error at its line: not also KH254,
     * asked only of a plan KH254 is about (the search for a misspelling
     * goes over every key: 400,000 unknown header keys, 2,332 M -> 4,720 M
     * instructions) */
    const YNode *short_node = ynode_get(node, "issuer_short");
    if (short_node ? !plan->issuer_short
                   : attachments && yread_misspelt(node, keys_names(KEYSET_HEADER), "issuer_short"))
        plan->issuer_short_reported = 1;
    const YNode *number = ynode_get(node, "number");
    plan->number = "";
    const char *ntext = number && number->kind == YNODE_SCALAR
                            ? trim_printed(p, number->pos, yread_span(number), "number", number->text)
                            : NULL; /* " 12 " is 12 (KH122) */
    ntext = echo_strip(p, number, ntext, ECHO_HEADER_NUMBER); /* "Số: Số 25" */
    /* "010" prints 10 and is 8 to a YAML 1.1 reader ("08" prints as typed) */
    if (number && expect_kind(p, number, YNODE_SCALAR, "number") && *yread_text(number) &&
        (strlen(number->text) == 2 || !report_number_base(p, number, "number", 0))) {
        long n; /* `number: ~` is "", not numbered yet, as `number: ""` */
        if (strchr(ntext, '/'))
            PARSE_ERROR(p, number, KH106,
                        "'number' is the number alone ('%.*s'); the code after '/' is 'code': "
                        "move it there",
                        (int)(strchr(ntext, '/') - ntext), ntext);
        int whole = yread_int_text(ntext, &n) == 0 && isdigit((unsigned char)*ntext);
        int words = basis_form_prose(ntext); /* a sentence pasted: its KH173 alone */
        if (words)
            diag_warning(p->diags, number->pos, yread_span(number), KH173,
                         "'number' is the plan's number (12, or \"\" until the clerk numbers "
                         "it), and '%s' is words: a line pasted there? Write the number", ntext);
        /* a number prints as its value, below 10 with one leading zero:
         * "Số: 05/KH-UBND"; 010 was printed "010" */
        if (whole && n > 0)
            plan->number = arena_printf(p->arena, PLAN_NUMBER_FORMAT, n);
        else {
            if (!words) /* "Số: {year}/KH-UBND" */
                unexpanded_reference(p, number, ntext, "number");
            plan->number = text_one_line(p->arena, textref_literal(p->arena, ntext));
        }
        if (!yread_name(p->diags, node, "number", "the header", plan->number))
            plan->number = "";
        /* "2_024": YAML 1.1's digit separator, printed as typed. The '_'
         * is looked for once: in the loop's condition it was looked for
         * at each byte, an 800 KB number ending in '_' 12 s (s44review) */
        int numeric = looks_numeric(ntext);
        Buf digits = {0};
        for (const char *c = numeric && strchr(ntext, '_') ? ntext : ""; *c; c++)
            if (*c != '_')
                buf_putc(&digits, *c);
        if (digits.len)
            PARSE_ERROR(p, number, KH108, "'number' '%s' has a '_' between its digits, which "
                        "the document prints as typed: write %s", ntext, buf_str(&digits));
        else if (numeric && !(whole && n > 0))
            PARSE_ERROR(p, number, KH108,
                        "'number' is the document's number, a whole number from 1, not '%s' (\"\" "
                        "while it is not yet numbered): write the number alone", ntext);
        buf_free(&digits);
    }
    plan->code = yread_name(p->diags, node, "code", "the header",
                            get_printed_text(p, node, "code", "the header", TEXT_ONE_LINE));
    plan->code = echo_strip(p, ynode_get(node, "code"), plan->code, ECHO_CODE); /* "25//KH" */
    if (!plan->code)
        plan->code = "KH-UBND";
    else /* "kh-ubnd", "KH - UBND", "QĐ-UBND" on a KẾ HOẠCH */
        basis_form_code_check(p->diags, ynode_get(node, "code"), plan->code,
                              p->templates ? tpl_wording(p->templates, "doc_kind") : "KẾ HOẠCH");
    plan->place = echo_strip(p, ynode_get(node, "place"),
                             require_text(p, node, "place", "the header", TEXT_ONE_LINE),
                             ECHO_PLACE); /* "Yên Thế,, ngày" */
    plan->place_node = plan->place ? ynode_get(node, "place") : NULL;
    const YNode *date = ynode_get(node, "date");
    if (date) {
        read_date(p, date, "date", &plan->date);
        plan->date_pos = date->pos;
    } else if (!yread_misspelt(node, keys_names(KEYSET_HEADER), "date")) { /* 'dat:': KH101 */
        diag_error(p->diags, node->pos, 1, KH103, "the header has no 'date' (a year at least): "
                   "add 'date: ' with the plan's date or year");
    }
    plan->title = require_text(p, node, "title", "the header", TEXT_PROSE | TEXT_ONE_LINE);
    plan->title_node = ynode_get(node, "title");
    echo_title(p, plan->title_node, plan->title);
}

/* 1 if the basis before the next one ends with "," or nothing (`end:`), so
 * that the next goes on with its sentence and may begin in lower case. */
static int continued_basis(const Plan *plan)
{
    const char *end = plan->n_bases ? plan->bases[plan->n_bases - 1].end : NULL;
    return end && (strcmp(end, ",") == 0 || strcmp(end, "") == 0);
}

static void parse_bases(Parser *p, const YNode *node)
{
    Plan *plan = p->plan;
    if (!expect_kind(p, node, YNODE_SEQ, "bases"))
        return;
    plan->bases = arena_alloc(p->arena, (node->count + 1) * sizeof *plan->bases);
    for (size_t i = 0; i < node->count; i++) {
        const YNode *item = node->items[i];
        Basis *basis = &plan->bases[plan->n_bases];
        memset(basis, 0, sizeof *basis); /* a slot an entry without id left behind is reused */
        basis->pos = item->pos;
        if (item->kind == YNODE_SCALAR) {
            /* "- text: >-" cut to "- tex": YAML joins the text's lines to
             * the word, printed "tex Căn cứ ..." (session 21) */
            int cut = colon_lost(p, item, keys_names(KEYSET_BASIS), 1);
            basis->text = read_text(p, item, "bases", TEXT_PROSE | TEXT_ONE_LINE);
            if (yread_is_blank(basis->text)) /* it printed a bare "." line */
                PARSE_ERROR(p, item, KH107, "an entry of '%s' is empty: remove it, or write its "
                            "text", "bases");
            else if (!cut && !continued_basis(plan))
                basis_form_text_check(p->diags, item, basis->text); /* "Căn cứ" lost: KH176 */
            plan->n_bases++;
            continue;
        }
        if (!expect_kind(p, item, YNODE_MAP, "bases entry"))
            continue;
        if (check_keys(p, item, KEYSET_BASIS, "a legal basis") < 0)
            continue; /* a registry's entry under a lost line (reported once) */
        basis->text = get_text(p, item, "text", TEXT_PROSE | TEXT_ONE_LINE);
        if (basis->text && yread_is_blank(basis->text)) /* a bare "." line (s17slip) */
            PARSE_ERROR(p, ynode_get(item, "text"), KH107, "'%s' of %s is empty: fill it in", "text",
                        _("a legal basis"));
        else if (basis->text && !continued_basis(plan))
            basis_form_text_check(p->diags, ynode_get(item, "text"), basis->text); /* KH176 */
        const YNode *end = ynode_get(item, "end");
        if (end && expect_kind(p, end, YNODE_SCALAR, "end")) {
            blank_meant_check(p->diags, end, BLANK_END, "end"); /* `end:` cut: KH165 */
            if (strcmp(end->text, ";") == 0 || strcmp(end->text, ".") == 0 ||
                strcmp(end->text, ",") == 0 || strcmp(end->text, "") == 0)
                basis->end = end->text;
            else
                PARSE_ERROR(p, end, KH106, "'end' of a legal basis is \";\", \".\", \",\" or "
                            "\"\", not '%s': write one of them, in quotes", end->text);
        }
        if (!basis->text && ynode_get(item, "text")) /* refused (KH102): not also "no kind" */
            continue;
        if (basis->text) {
            if (item->count > 1 + (end != NULL))
                diag_error(p->diags, item->pos, 1, KH110,
                           "a legal basis is either 'text' or structured (kind, number, ...), not "
                           "both: keep one of the two");
            plan->n_bases++;
            continue;
        }
        const char *kind = require_text(p, item, "kind", "a legal basis", TEXT_ONE_LINE);
        basis->kind = kind ? plan_expand_kind(kind) : NULL;
        /* a document cited by its name ("Luật Tổ chức chính quyền địa
         * phương ngày 19 tháng 6 năm 2015") may have no number */
        basis->name = get_text(p, item, "name", TEXT_PROSE | TEXT_ONE_LINE);
        int named = basis->name != NULL; /* a blank name is its own error, not KH103 */
        if (basis->name && yread_is_blank(basis->name)) {
            /* emptied, it printed "Căn cứ Luật ngày 19 tháng 6 năm 2015;"
             * with neither name nor number (session 21) */
            PARSE_ERROR(p, ynode_get(item, "name"), KH107,
                        "'name' of a legal basis is empty: write the name of the document "
                        "cited, or delete the line and give its 'number'");
            basis->name = NULL;
        }
        basis->number = named ? get_text(p, item, "number", TEXT_PROSE | TEXT_ONE_LINE)
                                    : require_text(p, item, "number", "a legal basis",
                                                   TEXT_ONE_LINE);
        const YNode *date = ynode_get(item, "date");
        if (date)
            basis->date_pos = date->pos;
        if (date && read_date(p, date, "date", &basis->date) == 0 &&
            (basis->date.day == 0 || basis->date.month == 0))
            PARSE_ERROR(p, date, KH301, "the date of a legal basis needs day and month: '%s'; "
                        "write the date in full (2024-03-05)",
                        date->text);
        /* optional: no " của ..." */
        basis->issuer = echo_strip(p, ynode_get(item, "by"),
                                   get_text(p, item, "by", TEXT_PROSE | TEXT_ONE_LINE), ECHO_BY);
        basis->number = echo_strip(p, ynode_get(item, "number"), basis->number,
                                   date ? ECHO_NUMBER_DATED : ECHO_NUMBER); /* "số số" */
        basis->number = basis_form_check(p->arena, p->diags, basis->kind, ynode_get(item, "number"),
                                         basis->number, ynode_get(item, "by"),
                                         basis->issuer); /* KH173, as printed */
        basis->intro = get_text(p, item, "intro", TEXT_PROSE | TEXT_ONE_LINE);
        if (basis->intro && yread_is_blank(basis->intro)) /* printed without "Căn cứ" */
            PARSE_ERROR(p, ynode_get(item, "intro"), KH107,
                        "'intro' of a legal basis is empty: the basis would be printed without "
                        "its opening words; write them ('Căn cứ vào'), or delete the line for "
                        "'Căn cứ'");
        basis->subject = get_text(p, item, "about", TEXT_PROSE | TEXT_ONE_LINE);
        blank_meant_check(p->diags, ynode_get(item, "by"), BLANK_CUT, "by"); /* `by:` cut */
        blank_meant_check(p->diags, ynode_get(item, "about"), BLANK_CUT, "about");
        const YNode *style = ynode_get(item, "date_style");
        if (style && expect_kind(p, style, YNODE_SCALAR, "date_style")) {
            if (strcmp(style->text, "long") == 0)
                basis->date_long = 1;
            else if (strcmp(style->text, "short") != 0)
                PARSE_ERROR(p, style, KH106, "'date_style' is 'short' or 'long', not '%s': write "
                            "one of the two",
                            style->text);
        }
        plan->n_bases++;
    }
}

static void parse_signature(Parser *p, const YNode *node)
{
    if (!expect_kind(p, node, YNODE_MAP, "signature"))
        return;
    check_keys(p, node, KEYSET_SIGNATURE, "the signature");
    Signature *sig = arena_alloc(p->arena, sizeof *sig);
    sig->pos = node->pos;
    const YNode *lines = ynode_get(node, "lines");
    static const char *const titles[] = {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                         "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "KT.", "TM.", "TL.",
                                         "TUQ.", "Q.", NULL};
    if (lines)
        warn_lost_brackets(p, lines, "lines", titles);
    sig->lines_node = lines;
    if (lines)
        sig->lines = read_printed_list(p, lines, "lines", &sig->n_lines);
    else if (!yread_misspelt(node, keys_names(KEYSET_SIGNATURE), "lines")) /* `lines: ~` */
        diag_error(p->diags, node->pos, 1, KH103,
                   "the signature has no 'lines': add them (e.g. [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH])");
    const YNode *name = ynode_get(node, "name");
    if (name) {
        sig->name_lines = read_printed_list(p, name, "name", &sig->n_name_lines);
        yread_number_words(p->diags, name, "name"); /* the signer's, a name of words */
    }
    sig->name_node = sig->name_lines ? name : NULL;
    p->plan->signature = sig;
}

/* ---- registries ----------------------------------------------------------- */

static void parse_units(Parser *p, const YNode *node)
{
    Plan *plan = p->plan;
    if (!expect_kind(p, node, YNODE_SEQ, "units"))
        return;
    plan->units = arena_alloc(p->arena, (node->count + 1) * sizeof *plan->units);
    for (size_t i = 0; i < node->count; i++) {
        const YNode *item = node->items[i];
        if (yread_id_line_pasted(p->diags, node, i, N_("a unit"))) /* KH200 */
            continue;
        if (!expect_kind(p, item, YNODE_MAP, "units entry") ||
            check_keys(p, item, KEYSET_UNIT, "a unit") < 0)
            continue;
        Unit *unit = &plan->units[plan->n_units];
        memset(unit, 0, sizeof *unit); /* a slot an entry without id left behind is reused */
        unit->id = read_entry_id(p, item, "a unit", REG_UNIT);
        unit->name = yread_name(p->diags, item, "name", "a unit",
                                require_text(p, item, "name", "a unit", TEXT_ONE_LINE));
        unit->short_name = yread_name(p->diags, item, "short", "a unit",
                                    get_printed_text(p, item, "short", "a unit", TEXT_ONE_LINE));
        unit->pos = ynode_get(item, "id") ? ynode_get(item, "id")->pos : item->pos;
        unit->end = ynode_end(item);
        /* an entry with an error still defines its id: no "unknown unit" on top */
        if (!unit->name)
            unit->name = unit->id;
        if (!unit->short_name)
            unit->short_name = unit->name;
        if (unit->id)
            plan->n_units++;
    }
}

static void parse_levels(Parser *p, const YNode *node)
{
    Plan *plan = p->plan;
    if (!expect_kind(p, node, YNODE_SEQ, "levels"))
        return;
    plan->levels = arena_alloc(p->arena, (node->count + 1) * sizeof *plan->levels);
    for (size_t i = 0; i < node->count; i++) {
        const YNode *item = node->items[i];
        if (yread_id_line_pasted(p->diags, node, i, N_("a level"))) /* KH200 */
            continue;
        if (!expect_kind(p, item, YNODE_MAP, "levels entry") ||
            check_keys(p, item, KEYSET_LEVEL, "a level") < 0)
            continue;
        Level *level = &plan->levels[plan->n_levels];
        memset(level, 0, sizeof *level); /* a slot an entry without id left behind is reused */
        level->id = read_entry_id(p, item, "a level", REG_LEVEL);
        level->name = yread_name(p->diags, item, "name", "a level",
                               require_text(p, item, "name", "a level", TEXT_ONE_LINE));
        level->pos = ynode_get(item, "id") ? ynode_get(item, "id")->pos : item->pos;
        if (!level->name)
            level->name = level->id;
        if (level->id)
            plan->n_levels++;
    }
}

/* `data:` of a locality or a task; *bad set when a value was reported. */
static void parse_data(Parser *p, const YNode *node, Attr **attrs, size_t *n, int *bad)
{
    if (!expect_kind(p, node, YNODE_MAP, "data"))
        return;
    *attrs = arena_alloc(p->arena, (node->count + 1) * sizeof **attrs);
    for (size_t i = 0; i < node->count; i++) {
        const YNode *value = node->values[i];
        if (!expect_kind(p, value, YNODE_SCALAR, node->keys[i]->text))
            continue;
        Attr *attr = &(*attrs)[(*n)++];
        attr->key = node->keys[i]->text;
        attr->text = value->text;
        attr->pos = value->pos;
        attr->span = yread_span(value);
        attr->key_pos = node->keys[i]->pos;
        if (value->style == YSTYLE_PLAIN && !*yread_text(value)) {
            attr->text = ""; /* `x: ~` (or nothing) is an empty value, as `x: ""`, not "~" */
            continue;
        }
        if (strchr(value->text, '{')) /* a table prints it as written */
            unexpanded_reference(p, value, value->text, attr->key);
        attr->text = textref_literal(p->arena, value->text); /* "{{" prints "{" here too */
        if (value->style != YSTYLE_PLAIN)
            continue; /* quoted: text */
        if (yread_bool_data(p->diags, value, attr->key))
            continue; /* `yes`: the word, warned (KH127) */
        int decimals;
        VNumStatus status = vi_parse_number(value->text, &attr->number, &decimals);
        if (report_number_base(p, value, attr->key, 1)) /* "017", "0o17" */
            *bad = 1;
        else if (status == VNUM_OK || status == VNUM_DOT_DECIMAL) {
            attr->is_number = 1; /* "1,500": told at check unless a column of 3 decimals shows it */
            attr->comma_thousands = status == VNUM_OK && attach_comma_thousands_lost(value->text, 0);
        }
        else if (status == VNUM_AMBIGUOUS) {
            *bad = 1;
            report_ambiguous(p, value, attr->key);
        } else if (report_data_not_number(p, value, attr->key)) {
            *bad = 1;
        }
    }
}

static void parse_localities(Parser *p, const YNode *node)
{
    Plan *plan = p->plan;
    if (!expect_kind(p, node, YNODE_SEQ, "localities"))
        return;
    plan->localities = arena_alloc(p->arena, (node->count + 1) * sizeof *plan->localities);
    for (size_t i = 0; i < node->count; i++) {
        const YNode *item = node->items[i];
        if (yread_id_line_pasted(p->diags, node, i, N_("a locality"))) /* KH200 */
            continue;
        if (!expect_kind(p, item, YNODE_MAP, "localities entry") ||
            check_keys(p, item, KEYSET_LOCALITY, "a locality") < 0)
            continue;
        Locality *loc = &plan->localities[plan->n_localities];
        memset(loc, 0, sizeof *loc); /* a slot an entry without id left behind is reused */
        size_t first_ref = p->n_refs;
        loc->id = read_entry_id(p, item, "a locality", REG_LOCALITY);
        loc->name = yread_name(p->diags, item, "name", "a locality",
                             require_text(p, item, "name", "a locality", TEXT_ONE_LINE));
        loc->kind = get_text(p, item, "kind", TEXT_ONE_LINE);
        const char *meant = lockind_meant(loc->kind); /* "xa": "Xa Đồng Hưu" printed */
        int capitals = meant && strlen(meant) == strlen(loc->kind); /* "Xã", not "xa" */
        if (meant && capitals)
            diag_warning(p->diags, ynode_get(item, "kind")->pos, yread_span(ynode_get(item, "kind")),
                         KH259, "the kind of this locality, '%s', is written with capitals: kinds "
                         "are compared as written, so figures and tables over '%s' (kind=%s, the "
                         "presets' groups) leave it out; write '%s'", loc->kind, meant, meant,
                         meant);
        else if (meant)
            diag_warning(p->diags, ynode_get(item, "kind")->pos, yread_span(ynode_get(item, "kind")),
                         KH259, "the kind of this locality, '%s', is printed as written, without "
                         "diacritics; did you mean '%s'?", loc->kind, meant);
        else if ((meant = lockind_telex(loc->kind))) /* "xax", "xa4": Telex's, VNI's keys */
            diag_warning(p->diags, ynode_get(item, "kind")->pos, yread_span(ynode_get(item, "kind")),
                         KH259, "the kind of this locality, '%s', is '%s' typed in %s with the "
                         "Vietnamese input method off: it is printed as typed and left out of "
                         "figures and tables over '%s'; write '%s'", loc->kind, meant,
                         strpbrk(loc->kind, "0123456789") ? "VNI" : "Telex", meant, meant);
        else if ((meant = lockind_named(loc->name, loc->kind))) /* "Khu phố 1" a tổ dân phố */
            diag_warning(p->diags, ynode_get(item, "kind")->pos, yread_span(ynode_get(item, "kind")),
                         KH270, "locality '%s' is named '%s', as a place of kind '%s' is, "
                         "but its kind is '%s': the text prints \"%s %s\" and the tables and "
                         "figures over %s count it; write 'kind: %s', or the name it has",
                         loc->id ? loc->id : "", loc->name, meant, loc->kind, loc->kind,
                         loc->name, loc->kind, meant);
        loc->pos = ynode_get(item, "id") ? ynode_get(item, "id")->pos : item->pos;
        loc->end = ynode_end(item);
        loc->criteria_met = -1;
        loc->criteria_planned = -1;
        const YNode *v;
        if ((v = ynode_get(item, "parent")) && (loc->parent = read_text(p, v, "parent", 0)))
            add_ref(p, REG_LOCALITY, &loc->parent, v);
        if ((v = ynode_get(item, "status")) && (loc->status = read_text(p, v, "status", 0)))
            add_ref(p, REG_LEVEL, &loc->status, v);
        if ((v = ynode_get(item, "target")) && (loc->target = read_text(p, v, "target", 0)))
            add_ref(p, REG_LEVEL, &loc->target, v);
        long year;
        if ((v = ynode_get(item, "target_year")) &&
            read_int(p, v, "target_year", PLAN_YEAR_MIN, PLAN_YEAR_MAX, &year) == 0) {
            loc->target_year = (int)year;
            loc->target_year_pos = v->pos, loc->target_year_span = yread_span(v);
        }
        if ((v = ynode_get(item, "criteria_met"))) {
            if (read_count(p, v, "criteria_met", &loc->criteria_met) != 0)
                loc->has_bad_value = 1;
            loc->criteria_met_pos = v->pos;
            loc->criteria_met_span = yread_span(v);
        }
        if ((v = ynode_get(item, "criteria_planned")) &&
            read_count(p, v, "criteria_planned", &loc->criteria_planned) != 0)
            loc->has_bad_value = 1;
        if ((v = ynode_get(item, "criteria")))
            loc->criteria =
                read_text_list(p, v, "criteria", &loc->n_criteria, &loc->criteria_pos, 0);
        loc->note = get_text(p, item, "note", 1);
        if ((v = ynode_get(item, "data")))
            parse_data(p, v, &loc->attrs, &loc->n_attrs, &loc->has_bad_value);
        if (!loc->name)
            loc->name = loc->id; /* as for units: no cascade of unknown ids */
        if (loc->id)
            plan->n_localities++;
        else /* its slot is reused: its references are checked, not bound */
            drop_refs_since(p, first_ref);
    }
}

/* ---- the body ------------------------------------------------------------ */

static const char *const node_kinds[] = {"section", "clause", "subclause", "point", "bullet",
                                         "para",    "task",   "table",     "part",  NULL};
/* the length of each of node_kinds, in its order */
static const size_t node_kind_lens[] = {7, 6, 9, 5, 6, 4, 4, 5, 4};

/* The index in node_kinds of a body entry's key, or -1. The length rules
 * out most keys (a task's id, due, criteria, localities) at once and the
 * first byte most others: every key compared with each of the nine kinds
 * was 3 M instructions of checking a 1/10 national plan (s16perf). */
static int body_kind_of(const YNode *key)
{
    if (key->len < 4 || key->len > 9)
        return -1;
    for (int k = 0; node_kinds[k]; k++)
        if (key->len == node_kind_lens[k] && key->text[0] == node_kinds[k][0] &&
            memcmp(key->text, node_kinds[k], key->len) == 0)
            return k;
    return -1;
}

static unsigned parse_style(Parser *p, const YNode *node, const char *key)
{
    if (!expect_kind(p, node, YNODE_SCALAR, key))
        return STYLE_DEFAULT;
    unsigned style = 0;
    const char *s = yread_text(node); /* `~` is empty, not the word "~" */
    if (yread_is_blank(s)) { /* `style: ""` or `style:` printed the default: a value lost */
        PARSE_ERROR(p, node, KH107, "'%s' is empty: write bold, italic, plain or upper, or "
                    "leave the line out for the default", key);
        return STYLE_DEFAULT;
    }
    while (*s) {
        while (*s == ' ' || *s == ',')
            s++;
        const char *word = s;
        while (*s && *s != ' ' && *s != ',')
            s++;
        size_t n = (size_t)(s - word);
        if (n == 0)
            break;
        if (n == 4 && strncmp(word, "bold", 4) == 0)
            style |= STYLE_BOLD;
        else if (n == 6 && strncmp(word, "italic", 6) == 0)
            style |= STYLE_ITALIC;
        else if (n == 5 && strncmp(word, "plain", 5) == 0)
            style |= STYLE_PLAIN;
        else if (n == 5 && strncmp(word, "upper", 5) == 0)
            style |= STYLE_UPPER;
        else { /* once: a text pasted there is not a word each (s41msg: 84 errors) */
            PARSE_ERROR(p, node, KH106,
                        "unknown style '%.*s' (use bold, italic, plain, upper)", (int)n, word);
            return STYLE_DEFAULT;
        }
    }
    if ((style & STYLE_PLAIN) && (style & (STYLE_BOLD | STYLE_ITALIC))) /* printed plain */
        PARSE_ERROR(p, node, KH106, "'%s' is both plain and %s: plain takes away bold and "
                    "italic; write one of them", key, style & STYLE_BOLD ? "bold" : "italic");
    return style;
}

/* A node's `number:` (out->number read from v): past the numbers its kind
 * prints (KH120, unless a label replaces the number), or on a node whose
 * kind prints no number at all, a bullet, a task or a paragraph (KH126: it
 * was ignored without a word; s35attack). kind is the node's kind key. */
static void check_number(Parser *p, const YNode *v, const BodyNode *out, const char *kind)
{
    if (out->kind == NODE_BULLET || out->kind == NODE_TASK || out->kind == NODE_PARA)
        diag_warning(p->diags, v->pos, yread_span(v), KH126, "'number' does nothing on a %s, "
                     "which prints no number; delete it (a line's mark is its 'marker')", kind);
    else if (!out->label) /* "4000." and "l44)" (s14attack L1) */
        resolve_check_number(p->diags, v->pos, yread_span(v), out->kind, out->number);
}

/* A node's `marker:` (yread_marker: KH106 for another mark); on a node
 * whose line begins with no mark (a heading, a paragraph) KH126: it was
 * ignored without a word (s35attack). */
static const char *read_marker(Parser *p, const YNode *v, const BodyNode *out, const char *kind)
{
    const char *marker = yread_marker(p->diags, v);
    if (marker && out->kind != NODE_BULLET && out->kind != NODE_TASK)
        diag_warning(p->diags, v->pos, yread_span(v), KH126, "'marker' does nothing on a %s: "
                     "only a bullet's or a task's line begins with a mark; delete it", kind);
    return marker;
}

static BodyNode *parse_node(Parser *p, const YNode *node);

/* Silences warning codes inside node within, or (NULL) in the whole plan
 * file (a `suppress:` at node or plan level; nodes: each code's entry):
 * suppress_entry. list is the `suppress:` value: one emptied, `suppress:`
 * alone, has its KH107 (read_code_list) and silences every warning of
 * within too (DIAG_SUPPRESS_ALL: the one it was written for is not told
 * as well); `[]` silences none. */
static void apply_suppress(Parser *p, const YNode *list, const YNode *const *nodes,
                           const char **codes, size_t n, const YNode *within)
{
    if (!n && yread_is_null(list))
        ynode_suppress(p->diags, DIAG_SUPPRESS_ALL, p->plan->file, within);
    for (size_t i = 0; i < n; i++)
        suppress_entry(p->diags, nodes[i], codes[i], p->plan->file, within);
}

/* The entries of `items` (or of `body`, key) into *items. */
static void parse_items(Parser *p, const YNode *node, const char *key, BodyNode ***items,
                        size_t *count)
{
    *items = NULL;
    *count = 0;
    if (!expect_kind(p, node, YNODE_SEQ, "items"))
        return;
    warn_empty_items(p, node, key);
    *items = arena_alloc(p->arena, (node->count + 1) * sizeof **items);
    for (size_t i = 0; i < node->count; i++) {
        if (node->items[i]->kind == YNODE_MAP) /* "- Section:": its kind is read first */
            yread_meant_keys(p->diags, node->items[i], keys_names(KEYSET_ENTRY), KH101, "a body entry");
        BodyNode *child = parse_node(p, node->items[i]);
        /* a paragraph written as a text, emptied ('- ""', '- ~'), vanished
         * without a word where 'para: ""' is KH107 (session 21) */
        if (child && child->kind == NODE_PARA && node->items[i]->kind == YNODE_SCALAR &&
            yread_is_blank(child->text))
            PARSE_ERROR(p, node->items[i], KH107,
                        "an entry of '%s' is empty: remove it, or write its text", key);
        if (child) {
            warn_empty_heading(p, node->items[i], child);
            (*items)[(*count)++] = child;
        }
    }
}

static void parse_show(Parser *p, const YNode *node, Task *task)
{
    task->show_lead = task->show_due = 0;
    size_t n;
    const char **words = read_text_list(p, node, "show", &n, NULL, 0);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(words[i], "lead") == 0)
            task->show_lead = 1;
        else if (strcmp(words[i], "due") == 0)
            task->show_due = 1;
        else
            PARSE_ERROR(p, node->kind == YNODE_SEQ ? node->items[i] : node, KH106,
                        "'show' lists 'lead' and/or 'due', not '%s': write [lead], [due] or "
                        "[lead, due]", words[i]);
    }
}

static void parse_assign(Parser *p, const YNode *node, Task *task)
{
    if (!expect_kind(p, node, YNODE_SEQ, "assign"))
        return;
    task->assign = arena_alloc(p->arena, (node->count + 1) * sizeof *task->assign);
    for (size_t i = 0; i < node->count; i++) {
        const YNode *item = node->items[i];
        if (!expect_kind(p, item, YNODE_MAP, "assign entry"))
            continue;
        check_keys(p, item, KEYSET_ASSIGNMENT, "an assignment");
        Assignment *a = &task->assign[task->n_assign];
        const YNode *unit = ynode_get(item, "unit");
        if (!unit) {
            diag_error(p->diags, item->pos, 1, KH103, "an assignment has no 'unit': add 'unit: ' "
                       "with the unit's id");
            continue;
        }
        a->unit = read_text(p, unit, "unit", 0);
        if (!a->unit)
            continue;
        a->unit_pos = unit->pos;
        add_ref(p, REG_UNIT, &a->unit, unit);
        a->indicators = read_nonempty_list(p, ynode_get(item, "indicators"), "indicators",
                                           &a->n_indicators, &a->indicator_pos); /* [] KH107 */
        a->text = get_text(p, item, "text", 1);
        task->n_assign += assignment_prints(p, item, a);
    }
}

static Task *parse_task(Parser *p, const YNode *map, BodyNode *body_node)
{
    Task *task = arena_alloc(p->arena, sizeof *task);
    p->current_task = task;
    const YNode *v;
    if ((v = ynode_get(map, "id"))) { /* optional; an id like the other ids when given */
        task->id = read_id(p, map, "a task");
        task->id_pos = v->pos;
    }
    if ((v = ynode_get(map, "lead")))
        task->lead_pos = v->pos; /* written, if unread ("lead: []": KH107): no KH266 */
    else if (yread_misspelt(map, keys_names(KEYSET_TASK), "lead")) /* `lead:` null, 'leed:' */
        task->lead_pos = map->pos; /* reported: no KH266, no KH208 at '{lead}' */
    if (v && v->kind == YNODE_SEQ) {
        /* joint leads: "Sở Kế hoạch và Đầu tư, Sở Tài chính: Hướng dẫn ..." */
        task->leads = read_nonempty_list(p, v, "lead", &task->n_leads, NULL);
        for (size_t i = 0; i < task->n_leads; i++)
            add_ref(p, REG_UNIT, &task->leads[i], v->items[i]);
        if (task->n_leads) {
            task->lead = task->leads[0];
            task->lead_pos = v->items[0]->pos;
        }
    } else if (v && (task->lead = read_text(p, v, "lead", 0))) {
        task->lead_pos = v->pos;
        add_ref(p, REG_UNIT, &task->lead, v);
    }
    /* `support:` or `due:` emptied (KH107, the node removed), misspelt
     * (KH101) or unreadable: its reader's message is the one; '{support}'
     * and '{due}' do not say again that the task has none (s41msg left) */
    int errors = diag_error_count(p->diags);
    if (!ynode_get(map, "support") && yread_misspelt(map, keys_names(KEYSET_TASK), "support"))
        task->refused |= TASK_REFUSED_SUPPORT;
    if (!ynode_get(map, "due") && yread_misspelt(map, keys_names(KEYSET_TASK), "due"))
        task->refused |= TASK_REFUSED_DUE;
    if ((v = ynode_get(map, "support"))) {
        task->support =
            read_text_list(p, v, "support", &task->n_support, &task->support_pos, 0);
        if (!task->n_support && diag_error_count(p->diags) > errors)
            task->refused |= TASK_REFUSED_SUPPORT;
        for (size_t i = 0; i < task->n_support; i++)
            add_ref(p, REG_UNIT, &task->support[i], v->kind == YNODE_SEQ ? v->items[i] : v);
    }
    /* printed in a task's line, and as such in a table's cell: one line */
    task->lead_note = get_text(p, map, "lead_note", TEXT_PROSE | TEXT_ONE_LINE);
    if ((v = ynode_get(map, "assign")))
        parse_assign(p, v, task);
    task->assign_note = get_text(p, map, "assign_note", TEXT_PROSE | TEXT_ONE_LINE);
    blank_meant_check(p->diags, ynode_get(map, "lead_note"), BLANK_CUT, "lead_note");
    blank_meant_check(p->diags, ynode_get(map, "assign_note"), BLANK_CUT, "assign_note");
    /* empty ("", ~): nothing printed, as README's rule for an optional text;
     * as an empty line it ended the task's nesting in the Markdown, and the
     * assignment lines above it printed at the left margin, out of the task
     * (the one-line slips sweep, s17slip) */
    if (task->assign_note && yread_is_blank(task->assign_note))
        task->assign_note = NULL;
    errors = diag_error_count(p->diags);
    if ((v = ynode_get(map, "due")))
        read_due(p, v, &task->due);
    if (v && task->due.kind == DUE_NONE && diag_error_count(p->diags) > errors)
        task->refused |= TASK_REFUSED_DUE;
    if ((v = ynode_get(map, "criteria")))
        task->criteria =
            read_text_list(p, v, "criteria", &task->n_criteria, &task->criteria_pos, 0);
    if ((v = ynode_get(map, "localities"))) {
        task->localities =
            read_text_list(p, v, "localities", &task->n_localities, &task->locality_pos, 0);
        for (size_t i = 0; i < task->n_localities; i++)
            add_ref(p, REG_LOCALITY, &task->localities[i], v->kind == YNODE_SEQ ? v->items[i] : v);
    }
    /* a lead note alone ("Các xã") prints on the line as after a lead:
     * "+ Đơn vị thực hiện: Các xã" (it printed nowhere, s35attack H4) */
    task->show_lead = task->lead != NULL || task->n_assign > 0 || task->lead_note != NULL;
    task->show_due = task->due.kind != DUE_NONE;
    if ((v = ynode_get(map, "show")))
        parse_show(p, v, task);
    /* an empty label printed a bare "+ : ..." line (KH107) */
    task->lead_label = get_printed_text(p, map, "lead_label", "a task", TEXT_ONE_LINE);
    task->due_label = get_printed_text(p, map, "due_label", "a task", TEXT_ONE_LINE);
    int bad = 0;
    if ((v = ynode_get(map, "data")))
        parse_data(p, v, &task->attrs, &task->n_attrs, &bad);
    (void)body_node;
    return task;
}

/* Where a scalar's text begins, for a diagnostic at its first characters
 * (KH118): a quoted scalar's node starts at its opening quote, one column
 * before its text. */
static SrcPos text_start(const YNode *node)
{
    SrcPos pos = node->pos;
    if (node->kind == YNODE_SCALAR && node->style == YSTYLE_QUOTED)
        pos.col++;
    return pos;
}

/* A body entry's `text` (v), its kind's key `kind`: a paragraph's, a
 * bullet's or a point's is its value (KH110); a task's may be a list. */
static void read_node_text(Parser *p, const YNode *v, BodyNode *out, const char *kind)
{
    if (out->kind == NODE_PARA || out->kind == NODE_BULLET || out->kind == NODE_POINT) {
        PARSE_ERROR(p, v, KH110, "a %s has its text as its value; 'text' is for headings and "
                    "tasks: write the text after the kind's ':'", kind);
    } else if (v->kind == YNODE_SEQ && out->kind == NODE_TASK) {
        out->paras = read_text_list(p, v, "text", &out->n_paras, &out->paras_pos, 1);
        check_empty_paras(p, out);
    } else if ((out->text = read_text(p, v, "text", 1))) {
        out->text_pos = text_start(v);
        if (out->title && *out->title) /* untitled: an error (KH107), not also this */
            blank_meant_check(p->diags, v, BLANK_TEXT, kind); /* `text: ""` (s41msg) */
    }
}

static BodyNode *parse_node(Parser *p, const YNode *node)
{
    BodyNode *out = arena_alloc(p->arena, sizeof *out);
    out->pos = node->pos;
    out->end = ynode_end(node);
    if (node->kind == YNODE_SCALAR) {
        colon_lost(p, node, node_kinds, 1);
        out->kind = NODE_PARA;
        out->text = read_text(p, node, "body", 1);
        out->text_pos = text_start(node);
        return out;
    }
    if (!expect_kind(p, node, YNODE_MAP, "a body entry"))
        return NULL;

    /* the kind key: exactly one of node_kinds */
    const YNode *kind_key = NULL, *kind_value = NULL;
    int kind_index = -1;
    for (size_t i = 0; i < node->count; i++) {
        int k = body_kind_of(node->keys[i]);
        if (k >= 0) {
            if (kind_key) {
                PARSE_ERROR(p, node->keys[i], KH105,
                            "a body entry has one kind; '%s' and '%s' are both given: keep one, "
                            "or split the entry in two",
                            kind_key->text, node->keys[i]->text);
                p->plan->values_dropped = 1;
                return NULL; /* its keys are one kind's or the other's: not reported */
            } else {
                kind_key = node->keys[i];
                kind_value = node->values[i];
                kind_index = k;
            }
        }
    }
    if (!kind_key) {
        /* a misspelt kind ("tsak:") is one error; its other keys are not reported */
        for (size_t i = 0; i < node->count; i++) {
            const char *meant = suggest_best(node->keys[i]->text, node_kinds, 9);
            if (!meant)
                continue;
            PARSE_ERROR(p, node->keys[i], KH105,
                        "a body entry needs a kind: '%s' is not one (did you mean '%s'?)",
                        node->keys[i]->text, meant);
            p->plan->values_dropped = 1;
            return NULL;
        }
        diag_error(p->diags, node->pos, 1, KH105,
                   "a body entry needs a kind: part, section, clause, subclause, point, bullet, "
                   "para, task or table; begin the entry with one of them ('- task: ...')");
        /* still report unknown keys so a misspelt kind gets its suggestion */
        check_keys(p, node, KEYSET_ENTRY, "a body entry");
        p->plan->values_dropped = 1; /* its items' uses are lost: no "never used" (s39types) */
        return NULL;
    }
    static const NodeKind kinds[] = {NODE_SECTION, NODE_CLAUSE, NODE_SUBCLAUSE, NODE_POINT, NODE_BULLET,
                                     NODE_PARA,    NODE_TASK,   NODE_TABLE,     NODE_PART};
    out->kind = kinds[kind_index];
    if (out->kind != NODE_TABLE) /* a table's keys: attach_parse_table */
        check_keys(p, node, out->kind == NODE_TASK ? KEYSET_TASK : KEYSET_ENTRY,
                   out->kind == NODE_TASK ? "a task" : "a body entry");

    const Task *outer_task = p->current_task;
    if (out->kind == NODE_TASK)
        out->task = parse_task(p, node, out);

    /* title or text of the kind key */
    if (expect_kind(p, kind_value, YNODE_SCALAR, kind_key->text)) {
        int is_text_kind = out->kind == NODE_PARA || out->kind == NODE_BULLET ||
                           out->kind == NODE_POINT;
        const char *text = yread_text(kind_value); /* `section: ~` is "", not "~" */
        yread_number_text(p->diags, kind_value, kind_key->text); /* `bullet: 7` (KH180) */
        add_text_site(p, text, kind_value);
        warn_prose(p, kind_value, kind_key->text, text,
                   is_text_kind ? TEXT_PROSE : TEXT_PROSE | TEXT_ONE_LINE); /* KH135, KH136 */
        if (is_text_kind) {
            out->text = prose_trimmed(p, text);
            out->text_pos = text_start(kind_value);
        } else {
            out->title = prose_trimmed(p, text_one_line(p->arena, text)); /* one line */
            out->title_pos = text_start(kind_value);
        }
    }
    const YNode *v;
    if ((v = ynode_get(node, "text")))
        read_node_text(p, v, out, kind_key->text);
    if ((v = ynode_get(node, "items")) && !yread_is_null(v)) /* a table's `items: ~`: none */
        parse_items(p, v, "items", &out->items, &out->n_items);
    if (out->kind == NODE_TABLE)
        out->table = attach_parse_table(p->arena, p->diags, p->templates, p->plan, node, out);
    check_empty_entry(p, node, out, kind_key, kind_value);
    if ((v = ynode_get(node, "label")))
        out->label = read_text(p, v, "label", TEXT_ONE_LINE);
    long number;
    if ((v = ynode_get(node, "number")) && read_int(p, v, "number", 1, 10000, &number) == 0) {
        out->number = (int)number;
        check_number(p, v, out, kind_key->text); /* "4000.", "l44)", a bullet's: KH120, KH126 */
    }
    if ((v = ynode_get(node, "marker")))
        out->marker = read_marker(p, v, out, kind_key->text); /* KH106, KH126 */
    if ((v = ynode_get(node, "style")))
        out->style = parse_style(p, v, "style");
    if ((v = ynode_get(node, "text_style")))
        out->text_style = parse_style(p, v, "text_style");
    if ((v = ynode_get(node, "suppress"))) {
        size_t n;
        const YNode **nodes;
        const char **codes = read_code_list(p, v, &n, &nodes);
        apply_suppress(p, v, nodes, codes, n, node);
    }
    p->current_task = outer_task;
    return out;
}

static void parse_body(Parser *p, const YNode *node)
{
    parse_items(p, node, "body", &p->plan->body, &p->plan->n_body);
}

/* ---- resolving references -------------------------------------------------- */

/* ---- the plan --------------------------------------------------------------- */

/* layout: each value a number inside the decree's range (Nghị định
 * 30/2020, Phụ lục I), or an error that gives the range. The keys, their
 * ranges and units are keys.def's layout set. */
static void parse_layout(Parser *p, const YNode *node)
{
    if (!expect_kind(p, node, YNODE_MAP, "layout"))
        return;
    Layout *layout = &p->plan->layout;
    /* Layout's fields in the order of the layout keys of keys.def (a key
     * added there needs its field here; tests/unit/test_parse.c sets each
     * key and checks its field) */
    double *const slots[] = {&layout->margin_top, &layout->margin_bottom, &layout->margin_left,
                             &layout->margin_right, &layout->font_size, &layout->indent,
                             &layout->line_spacing, &layout->paragraph_spacing};
    const KeySet *set = keys_set(KEYSET_LAYOUT);
    if (set->n_keys != sizeof slots / sizeof slots[0])
        abort(); /* keys.def and Layout disagree: a programming error */
    check_keys(p, node, KEYSET_LAYOUT, "the layout");
    for (size_t i = 0; i < set->n_keys; i++) {
        const KeyDef *key = &set->keys[i];
        const YNode *v = ynode_get(node, key->name);
        double value;
        if (!v || read_number_in(p, v, key->name, key->min, key->max, key->unit, &value) != 0)
            continue;
        if (value < key->min || value > key->max) {
            /* as written: 35.0000001 printed "35" by %g, a value in the
             * range it was told is outside (s23low 7) */
            PARSE_ERROR(p, v, KH112, "'%s' is %s %s; Nghị định 30/2020 allows %g to %g %s: use a "
                        "value in that range",
                        key->name, v->text, key->unit, key->min, key->max, key->unit);
            continue;
        }
        /* Word stores a font size in half points (w:sz): 13.3 would print
         * 13.3pt in the HTML and 13.5pt in the .docx, so every format
         * prints the same size only when the size is a half point */
        if (slots[i] == &layout->font_size && value * 2 != floor(value * 2)) {
            PARSE_ERROR(p, v, KH112, "'%s' is %g %s; a font size is set in half points: "
                        "write %g or %g", key->name, value, key->unit, floor(value * 2) / 2,
                        ceil(value * 2) / 2);
            continue;
        }
        *slots[i] = value;
    }
}

void plan_put_output_name(Buf *out, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    vi_put_nfc(out, base, plan_stem_len(base, strlen(base)));
}

static const char *plan_name_of(Arena *arena, const char *file)
{
    Buf name = {0};
    plan_put_output_name(&name, file);
    const char *copy = arena_strdup(arena, buf_str(&name));
    buf_free(&name);
    return copy;
}

/* 1 if the plan's key (signature, recipients), missing from root, was
 * said already: misspelt (KH101) or indented into a block text above it
 * (KH019, s47slips); its absence is then not told again (KH160). */
static int lost_key_said(const YNode *root, const char *key)
{
    return yread_misspelt(root, keys_names(KEYSET_PLAN), key) || yread_key_swallowed(root, key);
}

Plan *parse_plan(Arena *arena, DiagSink *diags, TemplateSet *templates, const char *file,
                 const YNode *root)
{
    Plan *plan = arena_alloc(arena, sizeof *plan);
    plan->file = file;
    plan->name = plan_name_of(arena, file);
    plan->pos = root->pos;
    plan->code = "KH-UBND";
    plan->number = "";
    Parser parser = {.arena = arena, .diags = diags, .templates = templates, .plan = plan};
    Parser *p = &parser;
    if (root->kind != YNODE_MAP) {
        diag_error(diags, root->pos, 1, KH100,
                   "a plan is a mapping of keys (khgen, header, body, ...), not %s: begin the "
                   "file with 'khgen: 1' (khgen init NAME writes a skeleton)",
                   ynode_kind_name(root));
        return plan;
    }
    if (root->count == 0) {
        /* an empty file: one error, not "no khgen:", "no header", "no body" */
        report_empty_file(diags, root);
        return plan;
    }
    if (report_not_plan(diags, root))
        return plan;
    check_plan_keys(p, root); /* include: merged by include.c; 'unist:' lost */

    const YNode *v;
    long version;
    if (!(v = ynode_get(root, "khgen"))) {
        if (!yread_misspelt(root, keys_names(KEYSET_PLAN), "khgen")) /* `khgen: ~`: KH107 */
            diag_error(diags, root->pos, 1, KH104, "the plan does not say its language version: "
                                                 "add 'khgen: 1' at the top");
    } else if (read_int(p, v, "khgen", 0, 1000, &version) == 0 && version != 1)
        PARSE_ERROR(p, v, KH104, "this khgen reads language version 1, not %ld: write 'khgen: 1'", version);

    if ((v = ynode_get(root, "suppress"))) {
        plan->suppress = read_code_list(p, v, &plan->n_suppress, &plan->suppress_at);
        apply_suppress(p, v, plan->suppress_at, plan->suppress, plan->n_suppress, NULL);
    }

    /* a misspelt 'haeder:' is one error at its line (KH101), not also
     * "no 'header'" at line 1 */
    if ((v = ynode_get(root, "header")))
        parse_header(p, v, ynode_get(root, "attachments") != NULL);
    else if (!yread_misspelt(root, keys_names(KEYSET_PLAN), "header"))
        diag_error(diags, root->pos, 1, KH103, "the plan has no 'header': add 'header:' (khgen "
                   "init NAME writes one)");
    if (!v) /* reported (KH101 or KH103): its issuer_short is not KH254 too */
        plan->issuer_short_reported = 1;
    p->plan_year = plan->date.year;
    plan->period_from = (VDate){plan->date.year, 1, 1};
    plan->period_to = (VDate){plan->date.year, 12, 31};
    if ((v = ynode_get(root, "period"))) {
        plan->period_given = 1;
        parse_period(p, v);
    }
    if (plan->period_to.year)
        p->plan_year = plan->period_to.year;

    if ((v = ynode_get(root, "layout")))
        parse_layout(p, v);
    if ((v = ynode_get(root, "import")))
        catalog_load(arena, diags, templates, file, v, plan);
    if ((v = ynode_get(root, "units")))
        parse_units(p, v);
    if ((v = ynode_get(root, "levels")))
        parse_levels(p, v);
    if ((v = ynode_get(root, "localities")))
        parse_localities(p, v);
    if ((v = ynode_get(root, "bases")))
        parse_bases(p, v);
    if ((v = ynode_get(root, "opening"))) {
        plan->opening = get_printed_text(p, root, "opening", "the plan", 1);
        plan->opening_pos = v->pos;
    }
    if ((v = ynode_get(root, "body")))
        parse_body(p, v);
    else
        warn_no_body(p, root); /* KH103, or a misspelling's KH101 */
    if ((v = ynode_get(root, "closing"))) {
        plan->closing = get_printed_text(p, root, "closing", "the plan", 1);
        plan->closing_pos = v->pos;
    }
    warn_empty_body(diags, root, plan);
    /* recipients: [] is KH160's (a warning); "recipients: UBND tỉnh, Các xã,
     * Lưu VT" printed one recipient without a word (s13attack): a comma before
     * a word that begins a recipient's line is KH162, as in the issuer */
    if ((v = ynode_get(root, "recipients")) != NULL)
        warn_lost_brackets(p, v, "recipients", parse_recipient_words());
    if ((v = ynode_get(root, "recipients")) && !(v->kind == YNODE_SEQ && v->count == 0))
        plan->recipients = read_printed_list(p, v, "recipients", &plan->n_recipients);
    plan->recipients_node = plan->recipients ? v : NULL;
    if ((v = ynode_get(root, "signature")))
        parse_signature(p, v);
    /* `signature: ~`, `recipents:`, a list for a mapping: said once (KH107, KH101, KH102) */
    plan->signature_reported = v ? v->kind != YNODE_MAP : lost_key_said(root, "signature");
    plan->recipients_reported = (v = ynode_get(root, "recipients")) ? v->kind == YNODE_MAP
                                : lost_key_said(root, "recipients");
    if ((v = ynode_get(root, "attachments")))
        attach_parse(arena, diags, templates, plan, v);
    mark_empty_registries(p, root); /* 'units: []': its uses told once */

    /* the lists as they grew, handed to the arena, not copied (a national
     * plan uses ids 200,000 times) */
    plan->texts = p->texts ? xrealloc(p->texts, (p->n_texts + 1) * sizeof *p->texts)
                           : xmalloc(sizeof *p->texts); /* their room doubled: up to twice */
    arena_adopt(arena, plan->texts);
    plan->n_texts = p->n_texts;
    plan->id_uses = p->refs ? xrealloc(p->refs, (p->n_refs + 1) * sizeof *p->refs)
                            : xmalloc(sizeof *p->refs);
    arena_adopt(arena, plan->id_uses);
    plan->n_id_uses = p->n_refs;
    return plan;
}
