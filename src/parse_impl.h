/* parse_impl.h - private to the parser (parse.c, parse_read.c): the
 * parser's state and its typed readers.
 *
 * parse.c reads each kind of mapping of the plan language (header, bases,
 * registries, body, tasks); parse_read.c holds the readers they share: the
 * key check, texts, numbers, lists, ids, dates and deadlines, each of
 * which reports a wrong value at the value (KH10x, KH30x) and returns
 * NULL or -1. Every text a reader returns is owned by the loader's arena
 * or the parser's (p->arena); lists are in p->arena.
 */
#ifndef KHGEN_PARSE_IMPL_H
#define KHGEN_PARSE_IMPL_H

#include "keys.h"
#include "parse.h"
#include "vi.h"
#include "yread.h"

/* The state of one parse: the Plan being filled, the texts and ids found
 * so far (resolved once the registries are known). */
typedef struct Parser {
    Arena *arena;
    DiagSink *diags;
    TemplateSet *templates;
    Plan *plan;
    int plan_year;
    TextSite *texts;
    size_t n_texts, cap_texts;
    IdUse *refs;
    size_t n_refs, cap_refs;
    const Task *current_task;
    const YNode *keys_map; /* the mapping check_keys last checked, and its set */
    KeySetId keys_set;
} Parser;

#define PARSE_ERROR(p, node, code, ...) \
    diag_error((p)->diags, (node)->pos, yread_span(node), code, __VA_ARGS__)

/* The fields printed inside a phrase of khgen's own (parse_echo.c). */
typedef enum {
    ECHO_BY,            /* a basis's "của BY" */
    ECHO_SHORT,         /* the attachment line's "của ISSUER_SHORT" */
    ECHO_NUMBER,        /* a basis's "số NUMBER" */
    ECHO_NUMBER_DATED,  /* the same, "ngày DATE" printed after it */
    ECHO_HEADER_NUMBER, /* "Số: NUMBER" */
    ECHO_CODE,          /* "NUMBER/CODE" */
    ECHO_PLACE          /* "PLACE, ngày" */
} EchoField;

/* text (node's value) without the word of field's phrase it repeats at its
 * start or end ("của" of `by: của UBND huyện`), with a warning at node
 * (KH172); text itself when it repeats none (or node is NULL). */
const char *echo_strip(Parser *p, const YNode *node, const char *text, EchoField field);
/* Warns (KH174) at a subject line that begins with the words of the
 * document's kind printed above it ("KẾ HOẠCH / Kế hoạch thực hiện ..."),
 * printed as written. */
void echo_title(Parser *p, const YNode *node, const char *title);

/* Records a free text that may hold inline references (text owned by the
 * caller's arena), and an id used by a field, for resolve.c: *at is the
 * field (in the Plan's arena, where it stays), which resolve.c's binding
 * points at the registry entry's own copy of the id. */
void add_text_site(Parser *p, const char *text, const YNode *node);
void add_ref(Parser *p, Registry registry, const char **at, const YNode *node);
/* Unties the ids recorded since p->refs[first] from their fields, for an
 * entry the parser drops and whose slot it reuses (a locality without id):
 * resolve.c still checks each id, and binds none into a reused slot. */
void drop_refs_since(Parser *p, size_t first);

/* Reports the unknown keys of map (keys.def's set); -1 when the whole
 * entry belongs to another list (a lost list line, reported once), else 0. */
int check_keys(Parser *p, const YNode *map, KeySetId set, const char *what);

/* check_keys of the plan's own keys (root); a registry's or the catalogs'
 * key misspelt ('unist:', 'imoprt:', KH101) makes the registry count as
 * lost (Plan.registry_lost), the catalogs as failed, so that the ids and
 * codes it would define are not each reported unknown (s37slip); a
 * misspelt 'include' (what its registries would define is unknown) makes
 * units, levels and localities lost and the catalogs failed (s38review);
 * so does a registry's list of the wrong kind (`units: ~`, `units: {a: 1}`,
 * an entry that is not a mapping), whose KH102/KH107 is its one error
 * (s38types). */
void check_plan_keys(Parser *p, const YNode *root);

/* Reports a node that is not of kind (KH102) and returns 0; 1 for a node
 * of kind. */
int wrong_kind(Parser *p, const YNode *node, YNodeKind kind, const char *key);

/* 1 if node is of kind; otherwise reports it (KH102) and returns 0. Inline:
 * asked of nearly every value the parser reads. */
static inline int expect_kind(Parser *p, const YNode *node, YNodeKind kind, const char *key)
{
    return node->kind == kind ? 1 : wrong_kind(p, node, kind, key);
}

/* How a text is read (the is_prose argument of the readers below):
 * TEXT_PROSE, it may hold inline references (recorded as a text site);
 * TEXT_ONE_LINE, it prints as one line (text_one_line: its line breaks
 * are spaces; the text site keeps the text as written, for positions). */
enum { TEXT_PROSE = 1, TEXT_ONE_LINE = 2 };

/* A field printed as written (an issuer line, a place, a unit's name, a
 * label, a recipient, a `data` value) that holds a reference: "{year}"
 * was printed with its braces, exit 0. A warning (KH210) at the first
 * one, for key. */
void unexpanded_reference(Parser *p, const YNode *node, const char *text, const char *key);

/* A field printed as written (a line or field of the header, of the
 * signature, a recipient, a unit's name, a label: every text read as
 * TEXT_ONE_LINE without TEXT_PROSE) with spaces or no-break spaces before
 * or after its text (number: " 12 ", place: "Yên Thế "): they printed,
 * "Số:  12 /KH-UBND", "Yên Thế , ngày". Returns text without them (in the
 * arena), with a warning at pos (KH122); text itself when it has none or
 * is blank (KH107's). Prose (TEXT_PROSE) is Markdown, whose paragraphs
 * and headings drop them the same way in every format, without a word. */
const char *trim_printed(Parser *p, SrcPos pos, int span, const char *key, const char *text);

/* A prose text (Markdown: a heading, a paragraph, a basis, the closing)
 * without the blanks that end it (spaces, tabs, no-break and the other
 * Unicode spaces, yread_blank_len; before its line breaks too): a
 * no-break space pasted from Word after "huyện./." or "phương;" printed
 * where nothing shows and hid the end mark from every rule that reads
 * the text's last character ("./. ./.", "; .", "X: :", s35attack H1).
 * Dropped without a word, as KH122 says prose drops them; the text site
 * keeps the text as written. text itself when nothing ends it or it is
 * blank (KH107's), else a copy in the arena. */
const char *prose_trimmed(Parser *p, const char *text);

/* (parse_read.c) The warnings at a text of key, node's, as a text of
 * that size and kind (is_prose, as read_text's): KH135 when it is longer
 * than such a field holds, KH136 when a paragraph's (TEXT_PROSE alone: a
 * paragraph, a bullet, a task's text) is written all in capitals
 * (caps_text_all). */
void warn_prose(Parser *p, const YNode *node, const char *key, const char *text, int is_prose);

/* A text value (YAML null is ""): prose is recorded as a text site, other
 * texts have their doubled braces undoubled. get_text: under key in map,
 * NULL if absent; require_text: absent or empty is an error (KH103,
 * KH107); get_printed_text: absent is NULL, blank is KH107 and NULL. */
const char *read_text(Parser *p, const YNode *node, const char *key, int is_prose);
/* KH135 at node, the value of key read as text (is_prose as read_text's),
 * when it is far longer than its kind holds (read_text asks it; so does
 * the reader of a body entry's own value). */
void warn_long_text(Parser *p, const YNode *node, const char *key, const char *text,
                    int is_prose);
const char *get_text(Parser *p, const YNode *map, const char *key, int is_prose);
const char *require_text(Parser *p, const YNode *map, const char *key, const char *what,
                         int is_prose);
const char *get_printed_text(Parser *p, const YNode *map, const char *key, const char *what,
                             int is_prose);

/* 1 if an assignment (item, read into a) prints a line; 0 after reporting
 * one that prints none: a blank 'text' (KH107), or neither 'indicators'
 * nor 'text' (KH103), which printed "UNIT phụ trách Chỉ tiêu ." and left
 * the unit out of the assignment tables, exit 0 (s38types H1). */
int assignment_prints(Parser *p, const YNode *item, const Assignment *a);

/* Numbers: 0 and *out set, or -1 after reporting (KH108, KH114). read_int
 * takes a plain whole number in [min, max]; read_number vi_parse_number's
 * grammar; read_count a number of criteria, not negative. The helpers
 * report a number read two ways and one of too many digits. */
int read_int(Parser *p, const YNode *node, const char *key, long min, long max, long *out);
int read_number(Parser *p, const YNode *node, const char *key, double *out);
/* read_number of a value allowed lo to hi unit (layout): a number read two
 * ways is told which reading is in that range (lo > hi: no range) */
int read_number_in(Parser *p, const YNode *node, const char *key, double lo, double hi,
                   const char *unit, double *out);
int read_count(Parser *p, const YNode *node, const char *key, double *out);
void report_ambiguous(Parser *p, const YNode *node, const char *key);
void report_ambiguous_in(Parser *p, const YNode *node, const char *key, double lo, double hi,
                         const char *unit);
void report_too_long(Parser *p, const YNode *node, const char *key);
int report_number_base(Parser *p, const YNode *node, const char *key, int text_ok);
int report_data_not_number(Parser *p, const YNode *node, const char *key);

/* Lists of texts (a lone scalar is a list of one), in p->arena, *count
 * entries; positions (optional) receives each entry's position.
 * read_nonempty_list: '[]' is KH107; read_printed_list (lines printed
 * each as one line: the issuer, the signature, the recipients): a blank
 * entry is KH107 and left out. */
const char **read_text_list(Parser *p, const YNode *node, const char *key, size_t *count,
                            SrcPos **positions, int is_prose);
const char **read_nonempty_list(Parser *p, const YNode *node, const char *key, size_t *count,
                                SrcPos **positions);
/* A `suppress:` list's codes (read_text_list) and, in *nodes, the node
 * each was read from: an entry that is no text (a mapping, KH102) is
 * passed over, so the i-th code is not always the list's i-th item, and
 * a warning about a code (KH111, KH113, KH123) stands at its own entry.
 * Linear in the list. */
const char **read_code_list(Parser *p, const YNode *list, size_t *count, const YNode ***nodes);
const char **read_printed_list(Parser *p, const YNode *node, const char *key, size_t *count);

/* The 'id' of map (KH103 if missing, KH109 if invalid: kept even so). */
const char *read_id(Parser *p, const YNode *map, const char *what);

/* read_id() for an entry of registry (a unit, level or locality): the
 * first entries whose id is missing or broken (reported: KH103, KH102,
 * KH107, KH109, a yes/no word KH124) may be the ones unknown ids name,
 * and are kept with their names (Plan.broken_ids, PLAN_BROKEN_IDS of
 * them) for that message to say so (a level's
 * id broken in yen-the's registry gave 13 KH204 at its uses, printed
 * before the cause, saying "define it under 'levels:'", s39types). */
const char *read_entry_id(Parser *p, const YNode *map, const char *what, Registry registry);

/* (parse_lines.c) A list of printed lines (`issuer`, `recipients`, named
 * key) written as one plain value, node, its brackets lost: a warning
 * (KH162) when a comma stands before a word of firsts (NULL-terminated),
 * which begins a line of its own there. */
void warn_lost_brackets(Parser *p, const YNode *node, const char *key,
                        const char *const *firsts);

/* A date (YYYY-MM-DD, YYYY-MM, YYYY): 0, or -1 not a date (KH301), -2 not
 * a real one (KH300). */
int read_date(Parser *p, const YNode *node, const char *key, VDate *date);
/* (parse_period.c) The plan's `period` into plan->period_from and
 * period_to: a year, or {from, to} full dates (KH108, KH301, KH303; a
 * date without its day is told the month's first or last day). */
void parse_period(Parser *p, const YNode *node);

/* A task's 'due': a deadline text or mapping, into *due (reported when
 * wrong: KH300, KH302, KH107). */
void read_due(Parser *p, const YNode *node, Deadline *due);

/* (parse_empty.c) Empty entries, each reported at its value. KH107 at an
 * emptied paragraph of out's text list (check_empty_paras), at an entry
 * whose kind (kind_key: kind_value) is empty with nothing else to print
 * (check_empty_entry; node is the entry's mapping); KH116 at a section or
 * part (child, read from item) with nothing under it (its values dropped,
 * as warn_empty_items's); KH164 at the empty
 * body of a plan with its closing (root is the plan's mapping). */
void check_empty_paras(Parser *p, const BodyNode *out);
void check_empty_entry(Parser *p, const YNode *node, const BodyNode *out,
                       const YNode *kind_key, const YNode *kind_value);
void warn_empty_heading(Parser *p, const YNode *item, const BodyNode *child);
/* KH103 at a plan file (root, its empty mapping) with no key: "empty", or
 * holding only comments, said so (a file whose lines were all commented
 * out is not empty to who looks at it: s39slip L8). */
void report_empty_file(DiagSink *diags, const YNode *root);
/* KH103 at a plan file (root, a non-empty mapping) that holds only a
 * shared registry's keys, or a criteria catalog's: a registry or a
 * catalog given where a plan is expected.
 * Returns 1 when said (nothing more is to be said of the file), else 0. */
int report_not_plan(DiagSink *diags, const YNode *root);
/* A plan (root) without 'body': KH103, unless a misspelt key is it
 * (KH101 at that line); the plan's values dropped either way. */
void warn_no_body(Parser *p, const YNode *root);
/* An empty list node read as a body entry's key 'items' (KH116) or as the
 * body (KH164 is warn_empty_body's): both mark the plan's values dropped. */
void warn_empty_items(Parser *p, const YNode *node, const char *key);
void warn_empty_body(DiagSink *diags, const YNode *root, const Plan *plan);
/* Marks each registry (units, localities, levels, attachments) of the
 * parsed plan (root its mapping, includes merged) that has no entry and
 * was not lost otherwise (Plan.registry_lost): Plan.registry_empty 1 and
 * registry_at its key or the plan's 'include:'; 2 when the plan has
 * neither (its first use tells it). */
void mark_empty_registries(Parser *p, const YNode *root);

#endif
