/* attach_impl.h - what attach.c, attach_gen.c, attach_rows.c and attach_fill.c share.
 *
 * Private to the files of the attachments module (attach.h is its public
 * face): the parse-time state attach_parse keeps for attach_resolve, the
 * resolver's state, and the functions one file defines for another
 * (att_*). The sources and fields of generated tables, their values and
 * what a `where` value means are query.h's, shared with the figures.
 */
#ifndef KHGEN_ATTACH_IMPL_H
#define KHGEN_ATTACH_IMPL_H

#include "attach.h"
#include "caps.h"
#include "query.h"
#include "textref.h"
#include "yread.h"

/* A text that may hold inline references, and where its expansion goes. */
typedef struct TextRef {
    const char **slot;
    const YNode *node;
    int one_line;      /* printed as one line (text_one_line once expanded):
                          a title, the note, a heading row, the totals
                          label; a cell keeps its breaks) */
} TextRef;

/* A value of the generator as written: its text when it is a scalar
 * (NULL otherwise), what kind of node it is (for messages) and the node,
 * kept only as the position that messages point at. */
typedef struct GenText {
    const char *text;          /* NULL: not a scalar */
    const char *kind;          /* "a string", "a list", ... (ynode_kind_name) */
    int is_map, is_seq;
    int is_null;               /* ~, null or empty */
    int plain;                 /* written without quotes */
    const YNode *at;           /* position only */
} GenText;

/* One `where` entry: a field and the values it may have. */
typedef struct GenWhere {
    GenText field;
    GenText values_at;         /* the value or the list, as a whole */
    int values_ok;             /* a scalar, or a list of scalars */
    GenText *values;
    size_t n_values;
} GenWhere;

/* One `group_titles` entry. */
typedef struct GenTitle {
    const char *key;
    const char *title;         /* NULL: not a scalar */
    const YNode *at;           /* the value, as a position only */
} GenTitle;

/* A rows generator ({from: ...}) read into plain values at parse time:
 * attach_resolve reads no YAML (the plan's value, else the preset's; a
 * plan's `~` removes the preset's). */
typedef struct GenSpec {
    int present;               /* rows is a generator mapping */
    GenText from;              /* absent: text NULL and at NULL */
    GenText catalog;
    GenText where;             /* as a whole: its kind, its position */
    GenWhere *wheres;          /* when where is a mapping */
    size_t n_wheres;
    GenText *sort;             /* each key ("-field" descending) */
    size_t n_sort;
    GenText group_by;
    GenText group_titles;      /* as a whole (NULL at: none) */
    GenTitle *titles;          /* when group_titles is a mapping */
    size_t n_titles;
    GenText *column_values;    /* each column's fixed `value` (at NULL: none) */
    const YNode **field_at;    /* where each column's field is named */
} GenSpec;

typedef struct AttachSpec {
    int broken;                 /* unusable: attach_resolve skips it */
    const YNode *node;          /* the attachment's mapping in the plan */
    const YNode *preset_root;   /* the preset's mapping, or NULL */
    const YNode *rows_node;     /* `rows` as used (plan's or preset's) */
    const YNode *gen_plan;      /* generator mapping of the plan, or NULL */
    const YNode *gen_preset;    /* generator mapping of the preset, or NULL */
    const YNode **column_nodes; /* where each column was defined */
    size_t *merge_cols;         /* n_merge column indexes (read_merge) */
    size_t n_merge;
    TextRef *texts;
    size_t n_texts, cap_texts;
    GenSpec gen;                /* the generator, typed (gen.present) */
    const BodyNode *owner;      /* a table in the body: its node, whose tasks
                                   are its rows when it has no `rows` */
    Attachment *table;          /* a table in the body: what it builds */
    const char *unmatched_key;  /* a generated table that keeps no row: a `where` */
    const char *unmatched;      /* value no item has (KH618 names it), */
    const char *unmatched_hint; /* and the nearest one they have, or NULL */
    int preset_fields_told;     /* KH614 at the plan's rows for a preset's
                                   fields its rows lack: said once */
} AttachSpec;

/* A table's texts left for the render stage. */
typedef struct AttachFill AttachFill;

/* What the rows of a generated table are made from when a reader first
 * asks (attach_fill_table): resolve selects, sorts and groups the items,
 * counts their uses and finds the criteria no unit leads (KH616), and
 * keeps them here; the cells (a task's text, who answers for a criterion,
 * every number's spelling) are made for the render stage, the only stage
 * that reads them, so `khgen check` neither builds nor holds them. Lives
 * in the arena attach_resolve was given. keep_rows (attach_rows.c) fills
 * it; make_rows (attach_fill.c) reads it. */
struct AttachFill {
    Arena *arena;
    const Plan *plan;
    TemplateSet *templates;
    Source source;
    /* one of each per column, sized from the table's columns (arrays of 32
     * were 1.4 KB of each of a plan's 20,000 one-column tables) */
    FieldRef *col_fields;                     /* the field each column shows */
    int *stt_from_field;                      /* an STT column keyed by a field */
    const char **values;                      /* a column's fixed `value`, or NULL */
    int grouped;
    SrcPos pos;                               /* where the rows are written */
    size_t *merge_cols;                       /* n_merge of them */
    size_t n_merge;
    const void **items;                       /* selected, sorted, grouped */
    const char **group_titles;
    size_t n;
    const FieldValue *measured;               /* n rows of n_columns values made at
                                                 resolve (att_measured_column), or NULL */
    int state;                                /* 0 waiting, 1 being made, 2 made */
};

/* (attach_fill.c) Whether column c of att (whose fixed `value` text is
 * value, or NULL) is one whose values resolve measures (KH623) and keeps
 * for make_rows: a field the item shows, not a fixed `value` or the STT
 * number. The one test both sides use. */
int att_measured_column(const Attachment *att, const char *value, size_t c);

typedef struct AttachState {
    TemplateSet *templates;
    AttachSpec *specs;          /* specs[i] belongs to plan->attachments[i] */
    AttachSpec **tables;        /* the tables in the body, in reading order */
    size_t n_tables, cap_tables;
} AttachState;

#define NODE_ERROR(ctx, node, code, ...)                                              \
    (diag_error((ctx)->diags, (node)->pos, yread_span(node), code, __VA_ARGS__), \
     (ctx)->errors++)

/* What attach_resolve works with: the query it reads the plan's data
 * through (query.h), and where its diagnostics go. */
typedef struct Resolver {
    Arena *arena;
    DiagSink *diags;
    Plan *plan;
    TemplateSet *templates;
    InlineCtx ctx;
    int errors;
    QueryCtx q;
    unsigned long long work;    /* items the generated tables went over, times
                                   one more than their conditions (KH623) */
    int work_reported;
    unsigned long long shown;   /* the text of the items the generated tables show */
    unsigned long long shown_budget; /* what it may be (KH623); 0: not yet known */
    unsigned long long *shown_locs;  /* the text of each locality and task, */
    unsigned long long *shown_tasks; /* of which the budget was made */
    size_t n_shown_tasks;
    struct AttColumn *columns;  /* the localities' fields the tables' `where`
                                   named (attach_column.c), in arena */
    size_t n_column_values;
    struct TaskNode *task_nodes; /* the plan's tasks by their body node
                                   (attach_rowtask.c), in arena; NULL: not
                                   yet made */
    size_t n_task_nodes;
} Resolver;

/* What the generated tables of one plan may go over in all (KH623): a
 * table per locality over 20,000 localities was 4 x 10^8 steps (6 s). */
enum { TABLE_WORK_BUDGET = 16 * 1000 * 1000 };
/* ... and the text they may show (KH623): four times the plan's tasks' and
 * localities' texts, and this many MiB besides. */
enum { TABLE_SHOWN_MIB = OUTPUT_CAP_MIB(32) };

/* The text an item of a generated table (a Locality, TaskItem or CritItem
 * of source) brings to its row, as written: a task's heading, text, notes
 * and units' names, a locality's name, note and data, a criterion's name. */
unsigned long long att_item_text(const Plan *plan, Source source, const void *ptr);
/* att_item_text() of the item ptr of source, at index in the source's
 * order (query_items), as measured once for the budget (made on first
 * use). */
unsigned long long att_item_shown(Resolver *r, Source source, const void *ptr, size_t index);

/* Counts shown bytes more of items' texts shown by the generated table
 * whose rows are rows (spec: its attachment): returns 0, or -1 when the
 * plan's budget is spent (KH623 reported at the table that spent it). */
int att_charge_shown(Resolver *r, const YNode *rows, const AttachSpec *spec,
                     unsigned long long shown);

/* ---- defined in attach_column.c ---- */
/* All the columns of one attach_resolve hold at most this many values (a
 * FieldValue and a hash each, 80 bytes: 20 MiB). */
enum { ATT_COLUMN_VALUES = 256 * 1024 };

/* A condition of a table over the localities, read from the column of its
 * field rather than asked of each locality. */
typedef struct ColumnTest {
    IdKind ids;                   /* the condition's field's ids */
    const FieldValue *values;     /* each locality's value, in plan order;
                                     NULL: no column, ask query_value */
    const unsigned long *keys;    /* the hash of each value's one key */
    const unsigned long *want_keys; /* sorted hashes of the wanted texts, when
                                     all are plain "=" texts; else NULL */
    size_t n_want_keys;
} ColumnTest;

/* Fills *out for the condition on field ref (whose raw values are ids of
 * kind ids) that wants any of wants[0..n_wants): the column of the field,
 * made in r's arena on first use, when the field is one a column keeps
 * and there is room (else out->values is NULL). */
void att_column_test(Resolver *r, const FieldRef *ref, IdKind ids, const Want *wants,
                     size_t n_wants, ColumnTest *out);

/* 1 if locality i (its index in plan->localities) surely fails the
 * condition of t, whose values must be set: its value has one key and no
 * wanted text hashes like it. 0 means test it in full (query_match). */
int att_column_rejects(const ColumnTest *t, size_t i);

/* The localities (indexes into plan->localities[0..n), ascending) that the
 * tests[0..n_tests) do not surely turn away: those of the condition with
 * the fewest wanted texts whose key may be one of them (att_column_rejects
 * says 0). Returns a malloc'd list of *n_out, or NULL when no test can
 * turn any away. */
size_t *att_column_candidates(const ColumnTest *tests, size_t n_tests, size_t n, size_t *n_out);

/* ---- defined in attach_order.c ---- */
/* Fills order[0..plan->n_attachments) with the attachments' indices, each
 * after the attachments whose rows its cells count (figures over rows in
 * written cells, or in a generator's values, group titles or `where`), and
 * reports each loop of such figures (KH509). Returns the number of errors
 * reported. */
int att_cells_order(DiagSink *diags, const Plan *plan, const AttachState *state, size_t *order);

/* attach_rowtask.c: what of an item of a body table its rows cannot
 * print: an item that is no task (KH622, an error: returns 1), or what a
 * task holds beyond its columns (a sub-task or bullet under it; its text
 * when no column 'text', nor 'task' of an untitled task, shows it: KH637,
 * a warning); else 0. att's columns are read. */
int att_table_item_lost(DiagSink *diags, const Attachment *att, const BodyNode *item);
/* attach_rowtask.c: the rows of a body table without `rows` (owner, its
 * node): the indexes into ptrs, the plan's n tasks (TaskItem, in
 * query_items' order), of owner's items, in that order and each once, *n
 * of them; malloc'd (the caller frees). Looked up through an index of the
 * tasks by node made once per plan (r->task_nodes): each table tested
 * every task of the plan against each of its items, quadratic (s38scale). */
size_t *att_owned_candidates(Resolver *r, const BodyNode *owner, const void **ptrs, size_t n,
                             size_t *n_out);

/* ---- defined in attach.c (parsing) ---- */
AttachState *att_state_of(const Plan *plan);
/* attach_kinds.c: "{kinds}" and "{parent_kinds}" in a column's header.
 * att_kinds_wanted: 1 if a header of att holds one. att_kinds_header:
 * each "{kinds}" of att's headers becomes the kinds of its n rows
 * (kinds[i] the kind of the locality row i shows, NULL or "" none), each
 * once, in order, joined by ", "; each "{parent_kinds}" the same of
 * parent_kinds[i], the kind of the locality row i belongs to; "địa bàn"
 * for none or more than six; headers rewritten in r->arena.
 * att_kinds_left: each header still holding one (rows written out, none,
 * or not localities') gets "địa bàn" for it, with KH210 at the header
 * unless it is the preset's (preset: the preset's mapping, or NULL). */
int att_kinds_wanted(const Attachment *att);
void att_kinds_header(Resolver *r, Attachment *att, const char *const *kinds,
                      const char *const *parent_kinds, size_t n);
void att_kinds_left(Resolver *r, Attachment *att, const YNode *preset);
/* att_kinds_titles: the group titles of n rows (titles[i] row i's, a run
 * of equal titles one group) holding "{kinds}" or "{parent_kinds}" get
 * the kinds of their own group's rows ("Cấp {kinds}": "Cấp tổ dân phố"
 * over a ward's, "Cấp thôn, bản" over a commune's thôn and bản), as a
 * header gets those of the table's; kinds and parent_kinds as for
 * att_kinds_header; titles rewritten in arena. att_kinds_checked: text
 * with those references replaced by words of the same length, for the
 * check of the references a group title may hold (arena-owned).
 * att_kinds_parent_column: the column (an index) headed "{parent_kinds}"
 * that shows a locality's parent (fields[c] the field column c shows),
 * or -1: a table none of whose rows belongs to a locality leaves it out,
 * empty in every row (a province's communes, a ward's tổ dân phố). */
void att_kinds_titles(Arena *arena, const char **titles, const char *const *kinds,
                      const char *const *parent_kinds, size_t n);
const char *att_kinds_checked(Arena *arena, const char *text);
int att_kinds_parent_column(const Attachment *att, const FieldRef *fields);

/* attach_lines.c: a table's texts. att_expand_texts: checks and expands
 * the texts spec remembered, those printed as one line (keep_lines 0:
 * title, note, heading rows, totals label) or as its cells (keep_lines
 * 1). att_resolve_lines: the one-line texts, then the column headings
 * and group titles, once every table's cells are made; errors counted
 * in r. */
void att_expand_texts(Resolver *r, AttachSpec *spec, int keep_lines);
void att_resolve_lines(Resolver *r, Attachment *att, AttachSpec *spec);
int att_name_index(const char *const *names, const char *word);
int att_parse_number_text(const char *text, int allow_percent, double *out);
/* The number a text written with references (written) printed as text:
 * att_parse_number_text, but a lone dot before three digits, which a
 * figure prints as the thousands dot ({count ...} of a thousand prints
 * "1.000"), is that dot, not ambiguous: `where: {x: "<{count ...}"}` was
 * refused (KH114) and a `value:` column of an int type left every such row
 * out of its total (printed 0) once a count reached 1,000 (s28scale). */
int att_parse_expanded_number(const char *written, const char *text, double *out);
void att_report_ambiguous(DiagSink *diags, SrcPos pos, int span, const char *what,
                          const char *text, int whole);
int att_is_null(const YNode *node);
const YNode *att_gen_value(const AttachSpec *spec, const char *key);
/* attach_gen.c: fills spec->gen from the generator's YAML (parse stage;
 * reports nothing). */
void att_read_generator(Arena *arena, const Attachment *att, AttachSpec *spec);
const YNode *att_column_value(const AttachSpec *spec, size_t col);
const char *att_number_text(Arena *arena, const Column *col, double value);
const char *att_date_text(Arena *arena, VDate date);

/* ---- defined in attach_typed.c ---- */
/* What a cell's value is against its column's type. */
typedef enum CellFit {
    FIT_OK,
    FIT_AMBIGUOUS_WHOLE, /* "1.234,5"-like reading either way (KH114), a whole number */
    FIT_AMBIGUOUS,       /* the same, a decimal */
    FIT_COMMA_THOUSANDS, /* "1,500" in a decimal column: 1,5 here, 1500 to an English keyboard */
    FIT_NOT_WHOLE,
    FIT_YEAR_RANGE,
    FIT_NOT_NUMBER,
    FIT_DATE_FORM,       /* a date written the Vietnamese way: form says how to write it */
    FIT_DATE_NOT_REAL,
    FIT_DATE_YEAR,
    FIT_NOT_DATE
} CellFit;

/* Types the non-empty text by col's type into cell (its number or date,
 * and the text every back end prints): FIT_OK, or what is wrong, cell
 * then untouched; form gets the form to write for FIT_DATE_FORM. A text
 * or STT column takes the text as it is. */
CellFit att_fit_text(Arena *arena, const Column *col, const char *text, Cell *cell,
                     char form[32]);
/* A number written without quotes that other YAML readers read otherwise
 * ("017", "0x1A"): a cell of col when col is a number column (int, year,
 * decimal, percent), or, col NULL, the value of key (a column's width or
 * decimals); reported as every YAML number khgen reads is
 * (yread_number_base), 1 then, else 0. */
int att_number_base(DiagSink *diags, Arena *arena, const YNode *node, const Column *col,
                    const char *key);
/* The same for a field's value (a number or a date already read, else its
 * text); an empty value fits, an empty cell. */
CellFit att_fit_value(Arena *arena, const Column *col, const FieldValue *fv, Cell *cell,
                      char form[32]);
/* Reports a fit other than FIT_OK of text at pos (KH611, KH114). */
void att_report_fit(Arena *arena, DiagSink *diags, SrcPos pos, int span, const Column *col,
                    const char *text, CellFit fit, const char *form);
/* Fills a generated row's cell from its field's value, as the column
 * shows it (a value that does not fit keeps its text: att_check_generated
 * reported it). */
void att_fill_cell(Arena *arena, const Column *col, const FieldValue *fv, Cell *cell);
/* The typed column (int, year, decimal, percent, date; not a `value:`
 * one) of att that shows field, the first if several, or NULL. */
const Column *att_typed_column_of(const Attachment *att, const AttachSpec *spec,
                                  const FieldRef *col_fields, const FieldRef *field);
/* The title of a generated group whose field has the value fv: as col (the
 * typed column that shows the field, or NULL) prints that value in a
 * cell, so "123456789012.345" heads cells printed "123.456.789.012,345";
 * a `data:` date no column shows dd/mm/yyyy, a `data:` number written in
 * C notation (1234.5, unquoted) as a decimal column prints it, "1.234,5";
 * else the value's text (a built-in field's: `due_date` its deadline
 * phrase). */
const char *att_group_title(Arena *arena, const Column *col, const FieldRef *field,
                            const FieldValue *fv);
/* A `group_titles` key as att_group_title prints a value of the field
 * (col, field as there): "1234.5" and "1.234,5" both "1.234,50" under a
 * decimal column of 2 decimals, a date key dd/mm/yyyy; NULL when it prints
 * as written (a text field, a built-in one, a key that does not fit). The
 * titles are found by it when not by the key as written, so a key matches
 * every spelling of its value (s18tables). */
const char *att_group_key(Arena *arena, const Column *col, const FieldRef *field,
                          const char *key);
/* Checks the `data:` values one generated item shows in att's typed
 * columns (not a `value:` column): each one that does not fit is an error
 * where it is written, with a note at the column, counted in r->errors. */
void att_check_generated(Resolver *r, Source source, const Attachment *att,
                         const AttachSpec *spec, const FieldRef *col_fields, const void *item);

/* Checks a generated table's `value:` text (the same in every row)
 * against its column's type, as a written cell's: returns the errors
 * reported (0 or 1). A text with a reference is left to its print. */
int att_check_column_value(Resolver *r, const Column *col, const GenText *value);

/* ---- defined in attach_labels.c ---- */

/* KH620 at each attachment whose label an earlier one has, as printed
 * (capitals, spaces folded, a number's leading zeros: "Biểu 2" is "Biểu
 * 02"), with a note at the first; returns the errors. specs[i] belongs to
 * plan->attachments[i]. */
int att_check_labels_differ(Arena *arena, DiagSink *diags, Plan *plan, const AttachSpec *specs);

/* ---- defined in attach_preset.c ---- */

/* Where a diagnostic about an attachment's rows points: its own `rows`,
 * else the `preset:` that brought them (a built-in preset's file is not
 * the drafter's to edit), else the attachment's entry. */
SrcPos att_own_rows_pos(const AttachSpec *spec);

/* KH614 for a field `name` that rows from `source` do not have, written
 * at node (a column's key, a `where` or `group_by` key), with the nearest
 * field (hint, or NULL). A field in the preset's file (spec's
 * preset_root) is no line of the plan's: the error is at the plan's
 * `rows` (or `preset`) line, once a table (the preset's fields were
 * written for the preset's rows: s35attack M9 gave nine errors at
 * templates/presets/...), a note at the preset's line; a later one only
 * counts as an error. Counts r->errors either way. */
void att_no_field(Resolver *r, AttachSpec *spec, const YNode *node, Source source,
                  const char *name, const char *hint);

/* If templates/presets/NAME.yaml (file) of the user's --templates is there
 * but cannot be read (a device, a pipe, a directory, no permission):
 * reports KH603 at name_node saying so, and returns 1; else 0. */
int att_preset_unreadable(DiagSink *diags, const YNode *name_node, TemplateSet *templates,
                          const char *file);

/* ---- defined in attach_hint.c ---- */
/* Reports KH610 at key, whose text names no column of att: a row's cell
 * (in_merge 0) or an entry of 'merge' (1), with what to write instead (the
 * nearest key, else the table's keys when few). Returns 1, the error. */
int att_report_no_column(DiagSink *diags, const YNode *key, const Attachment *att, int in_merge);

/* ---- defined in attach_heading.c ---- */
/* Warns (KH631) at each written heading row of att with no rows under it
 * (another heading follows, or the table ends), and at a heading row that
 * repeats the one just above it. */
void att_check_heading_rows(DiagSink *diags, const Attachment *att);

/* ---- defined in attach_merge.c ---- */
/* Merges the equal neighbouring cells of att's merge columns (merge_cols,
 * n_merge: column indexes, the first the block column) and numbers its
 * STT column, within each group; cell texts and counts in arena. */
/* KH120 (an error; returns 1) when att has an STT column and more than
 * 3,999 groups (n_groups), whose Roman numerals stop at 3999: at at (the
 * generated table's group_by), or, at NULL, at the 4,000th of att's written
 * heading rows. Reads att. */
int att_check_groups(DiagSink *diags, const Attachment *att, const YNode *at, size_t n_groups);
void att_number_and_merge(Arena *arena, Attachment *att, const size_t *merge_cols,
                          size_t n_merge);

/* ---- defined in attach_slips.c ---- */
/* Warns (KH633) at a `totals:` label that is a boolean mistyped ("ture",
 * "True", `yes`), with the boolean it is near. */
void att_check_totals_label(DiagSink *diags, const YNode *label);

/* Warns (KH641) at the first column of the plan's own that says `total:
 * true` in a table with no `totals` line, the plan's or its preset's
 * (spec): no totals row sums it. Reads att and spec. */
void att_check_unsummed(DiagSink *diags, const Attachment *att, const AttachSpec *spec);

/* Warns (KH642) at the header, or the group, that holds a '%' over each
 * percent column of att, written in file (the plan's): its values print
 * their sign too. Reads att. */
void att_check_percent_header(DiagSink *diags, const Attachment *att, const char *file);

/* 1 when the list's item i is its line '- id: X' alone and the next item's
 * id is X too: the line written twice, one error at it (KH200), and the
 * caller leaves the item out (it is no attachment: not also its label,
 * title and columns missing, KH602, and its id a duplicate; s45slip). */
int att_id_line_pasted(DiagSink *diags, const YNode *list, size_t i);

/* 1 when item, a column named by its key, has the next column's line
 * joined to it (YNODE_JOINED): one error at it (KH606) naming that line,
 * the loader's KH021 there withdrawn; else 0, nothing reported. */
int att_column_joined(DiagSink *diags, const YNode *item);

/* Warns (KH634) at the first value of each percent column of att's
 * written rows (list) when every value is under 1, some not 0, none with
 * its '%': Excel's fractions (0.0229 for 2,29%). */
void att_check_percent_fractions(DiagSink *diags, const Attachment *att, const YNode *list);

/* Warns (KH636) at text, a value text column c of att prints as written, at
 * pos (span characters), when it is a number written with a decimal point
 * in C notation ("1234.5", vi_parse_number's VNUM_DOT_DECIMAL), saying how
 * the document writes it ("1.234,5"); any other text says nothing. */
void att_warn_text_decimal(DiagSink *diags, SrcPos pos, int span, const Attachment *att,
                           size_t c, const char *text);

/* att_warn_text_decimal at the first unquoted value of each text column of
 * att's written rows (list) that is such a number. */
void att_check_text_decimals(DiagSink *diags, const Attachment *att, const YNode *list);

/* att_warn_text_decimal at a `data:` number (unquoted) of one generated
 * item that a text column of att shows (not a `value:` column), for each
 * column whose flag in warned (att->n_columns of them, zeroed by the
 * caller) is not set yet; sets it when it warns: the first of each. */
void att_check_generated_decimals(DiagSink *diags, Source source, const Attachment *att,
                                  const AttachSpec *spec, const FieldRef *col_fields,
                                  const void *item, unsigned char *warned);

/* ---- defined in attach_listrow.c ---- */
/* Checks a written row given as a list (row) against the n_data columns
 * it fills: more values is KH610 (returns 1, the errors reported), fewer
 * is warning KH625 naming the columns left blank (returns 0). */
int att_check_list_row(DiagSink *diags, const Attachment *att, const YNode *row,
                       size_t n_data);

/* Warns (KH625) at a written row given as a mapping with no key (`{}`),
 * which prints a numbered row of blank cells, as `[]` is warned. */
void att_check_map_row(DiagSink *diags, const YNode *row);

/* Warns (KH629) at each totals row typed among the written rows of the
 * plan's attachments and body tables: in a table with `totals:`, which
 * counts it again, or whose numbers the rows above it do not add up to
 * (attach_handtotal.c). */
void attach_check_hand_totals(DiagSink *diags, const Plan *plan, const AttachState *state);

/* Warns (KH640) at each written row of the plan's attachments and body
 * tables whose "Tổng" column's figure is not the sum of the figures beside
 * it that add up to it in two thirds of the table's rows (1.500 + 350,5
 * written 1.950,5; attach_rowsum.c). */
void attach_check_row_sums(DiagSink *diags, const Plan *plan, const AttachState *state);

/* Warns (KH632) at each text cell of the written rows of the plan's
 * attachments and body tables whose whole text is the id of a unit, a
 * locality or a level ("vpdp": a table of tasks written under `rows:`),
 * which the document would print as typed (attach_idcells.c). */
void attach_check_id_cells(DiagSink *diags, const Plan *plan, const AttachState *state);

#endif
