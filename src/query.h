/* query.h - the one query vocabulary of khgen: sources, fields, values and
 * filters, shared by the figures of the text and the generated tables.
 *
 * A figure in the text ({count tasks lead=vpdp}, {sum localities
 * criteria_planned}) and a generated table (`rows: {from: tasks, where:
 * {lead: vpdp}}`, a column `criteria_planned`) ask the same questions of
 * the same registries. This module answers them once:
 *
 *   - the sources (localities, tasks, criteria, indicators) and, for each,
 *     one table of fields: a name, what the field's raw values are ids of
 *     (checked where a filter names them), and its kind (text, number, or
 *     a list whose number is how many it holds); a few old spellings are
 *     aliases (`unit` is tasks' `responsible`, `locality` is `localities`);
 *   - the value of a field for an item (query_value): display text, raw
 *     values (ids, codes), number, date, sort order;
 *   - what a wanted value means (query_match): "=", "!=", "<", "<=", ">",
 *     ">=", "" for "has none", "*" for "has one", a criterion's code also
 *     matching its indicators' codes.
 *
 * figures*.c keep only the syntax of a figure and its aggregation (count,
 * sum, average, list); attach_rows.c keeps only the tables' select, sort
 * and group. tests/unit/test_query.c checks, source by field, that the two
 * paths give the same values and cannot diverge.
 *
 * Not a stage of its own: resolve (figures in the text, table rows) and
 * check (figures over table rows) call it. It reads a resolved Plan and
 * writes nothing but the values it returns (allocated in the QueryCtx's
 * arena). Texts that hold references ({unit ...}, {year}) are expanded
 * through the QueryText hooks the caller passes, so that this module does
 * not depend on inline.c (which evaluates figures, which ask this module).
 */
#ifndef KHGEN_QUERY_H
#define KHGEN_QUERY_H

#include <stddef.h>

#include "plan.h"
#include "template.h"
#include "textref.h"
#include "util.h"

/* ---- the vocabulary ------------------------------------------------------- */

typedef enum { SRC_LOCALITIES, SRC_TASKS, SRC_CRITERIA, SRC_INDICATORS } Source;

/* "localities", "tasks", "criteria", "indicators", then NULL. */
extern const char *const query_source_names[];

/* The registry a field's raw values are ids of (checked where a filter
 * names them). */
typedef enum { IDS_NONE, IDS_UNIT, IDS_LOCALITY, IDS_LEVEL, IDS_CRITERION } IdKind;

/* What a field's value is: a text (maybe with ids as raw values), a
 * number, or a list of codes or ids whose number is how many it holds
 * ({sum localities criteria}: the criteria listed). */
typedef enum { QV_TEXT, QV_NUMBER, QV_LIST } ValueKind;

typedef struct Field {
    const char *name;
    int id;                    /* F_* */
    IdKind ids;
    ValueKind kind;
} Field;

enum {
    /* localities */
    F_ID, F_NAME, F_KIND, F_NAME_FULL, F_PARENT, F_PARENT_FULL, F_STATUS, F_TARGET,
    F_TARGET_YEAR, F_CRITERIA_MET, F_CRITERIA_PLANNED, F_CRITERIA_TOTAL, F_CRITERIA,
    F_CRITERIA_NAMES, F_N_CRITERIA, F_NOTE,
    /* tasks (and, for the responsibility fields, criteria) */
    F_TASK, F_TITLE, F_TEXT, F_LEAD, F_LEAD_SHORT, F_SUPPORT, F_SUPPORT_SHORT, F_LEAD_NOTE,
    F_RESPONSIBLE, F_ASSIGN, F_DUE, F_DUE_DATE, F_LOCALITIES, F_SECTION, F_CLAUSE,
    /* criteria and indicators */
    F_CODE, F_GROUP, F_CRITERION, F_CRITERION_NAME, F_INDICATORS, F_N_LOCALITIES,
    F_DATA /* a locality's data attribute */
};

/* The fields of a source, ending with a NULL name (aliases not included). */
const Field *query_fields(Source source);

/* A field named in a query: one of the source's fields, or (localities
 * only) a data attribute. */
typedef struct FieldRef {
    const Field *field;        /* NULL: data_key */
    const char *data_key;      /* a locality's data attribute */
    int data_known;            /* some locality has data_key */
} FieldRef;

/* Looks name up among the fields of source: a field's name, an alias (an
 * older spelling: "unit", "locality"), or for localities "data.KEY" (any
 * KEY; data_known says whether some locality has it) and a bare KEY that
 * some locality of plan has in its data. Returns 0, or -1 if the source
 * has no such field. */
int query_lookup(const Plan *plan, Source source, const char *name, FieldRef *out);

/* Starts recording the data keys query_lookup is asked for (resolve_plan,
 * before the first query): plan->data_names, in arena. */
void query_begin(Arena *arena, Plan *plan);

/* The data keys of source (SRC_LOCALITIES or SRC_TASKS) that the plan's
 * tables and figures named since query_begin, names that are fields left
 * out: in the order named, repeats kept; *count receives how many (0 and
 * NULL for another source or before query_begin). For KH260 (datakeys.c). */
const char *const *query_named_keys(const Plan *plan, Source source, size_t *count);

/* The entries of source (SRC_LOCALITIES: positions in plan->localities;
 * SRC_TASKS: the tasks in the order of the body's walk, plan_walk_body)
 * whose data hold key, ascending, each once, *n of them: from the index
 * of the data keys made once per plan and source (one pass over every
 * attribute), so that a figure or a check over a key nobody else has
 * costs the entries that have it, not a pass over them all (s39scale).
 * The array is the plan's (borrowed); NULL before query_begin, for a
 * NULL key, and for another source. */
const size_t *query_key_holders(const Plan *plan, Source source, const char *key, size_t *n);

/* The distinct data keys of source's entries, in the order first met, *n
 * of them, and *entries the number of entries query_key_holders counts;
 * NULL before query_begin (borrowed, as above). */
const char *const *query_data_keys(const Plan *plan, Source source, size_t *n, size_t *entries);

/* The entry that query_key_holders numbers i (a Locality, a Task), NULL
 * past them or before query_begin: a caller that numbers the tasks
 * itself checks that its numbering is the index's. */
const void *query_data_entry(const Plan *plan, Source source, size_t i);

/* 1 if a filter compares ref's values as numbers: a field of numbers, or
 * a data key (of source's localities or tasks) that some item holds and
 * every item that holds it holds as a number ({ty_le: 92.5}, never in
 * quotes), as a table's column of numbers is: its value must then be a
 * number ("!=92,5%" is no longer a text no item has). Answered from an
 * index of the data keys made once per plan and source after query_begin
 * (query_lookup's data_known too); 0 for a data key before it. */
int query_ref_numeric(const Plan *plan, Source source, const FieldRef *ref);

/* The kind and id registry of a looked-up field (data: a number or a
 * text, no ids). */
ValueKind query_ref_kind(const FieldRef *ref);
IdKind query_ref_ids(const FieldRef *ref);

/* ---- values ---------------------------------------------------------------- */

typedef struct FieldValue {
    const char *text;          /* display text, "" when empty */
    const char *const *raw;    /* values filters compare (ids, codes); NULL: text */
    size_t n_raw;
    double number;
    int is_number;
    VDate date;
    int is_date;
    double order;              /* sort key where text order is wrong (deadlines) */
    int has_order;
} FieldValue;

/* Sets *out to the number a figure adds up for the value of a field of
 * this kind (a list: how many it holds) and returns 1; 0 if it has none. */
int query_number_of(ValueKind kind, const FieldValue *value, double *out);

/* The value of a table cell, to be matched like a field's value. */
void query_cell_value(const Cell *cell, FieldValue *out);

/* ---- filters ---------------------------------------------------------------- */

typedef enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE } Op;

/* One wanted value of a filter, as its syntax read it (a figure's words
 * and a table's `where` write numbers and operators their own way). */
typedef struct Want {
    Op op;
    const char *text;          /* "" = has none; "*" = has some */
    int has_number;            /* text read as a number */
    double number;
} Want;

/* Does value (of a field whose raw values are ids of kind ids) satisfy
 * want? "=": equal as numbers when both are, else one raw value equal (a
 * criterion's code also matches the codes of its indicators), else equal
 * texts; "" matches a value that has none, "*" one that has some; "!="
 * is the opposite of "="; "<" ... ">=" hold only for numbers. */
int query_match(const FieldValue *value, IdKind ids, const Want *want);

/* 1 if the value has nothing (no raw value, or no text and no number). */
int query_is_empty(const FieldValue *value);

/* ---- evaluating ------------------------------------------------------------- */

/* How texts with references become plain text; the caller gives inline.c's
 * functions (inline_query_text). */
typedef struct QueryText {
    void (*plain)(const InlineCtx *ctx, const char *text, Buf *out);
    void (*written)(const InlineCtx *ctx, const char *text, Buf *out); /* links as written */
    void (*units)(const InlineCtx *ctx, const char *const *ids, size_t n, int use_short,
                  InlineMode mode, Buf *out);
    void (*responsible)(const InlineCtx *ctx, const Task *task, InlineMode mode, Buf *out);
    void (*due)(const InlineCtx *ctx, const Deadline *due, Buf *out);
} QueryText;

/* A task with the headings it sits under. */
typedef struct TaskItem {
    const Task *task;
    const BodyNode *node;
    const char *section;
    const char *clause;
    const char *due;           /* its deadline phrase, once asked */
    const char *responsible;   /* its plain "Phụ trách" phrase, once asked */
} TaskItem;

/* A criterion, or one indicator of it. */
typedef struct CritItem {
    const Criterion *crit;
    const char *code;          /* the criterion's code, or the indicator's */
    const char *name;          /* the indicator's name (may be NULL) */
    int is_indicator;
} CritItem;

/* A list of distinct strings, in the order first added. Short lists are
 * searched linearly; from STRLIST_HASHED items on, a hash table of indexes
 * keeps adding linear. Free with query_strlist_free. */
typedef struct StrList {
    const char **items;
    size_t count, cap;
    size_t *slots;             /* index + 1, 0 = empty; n_slots a power of 2 */
    size_t n_slots;
} StrList;

enum { STRLIST_HASHED = 16 };

/* Appends s (not copied) unless it is NULL, empty or already listed. */
void query_strlist_add(StrList *list, const char *s);
/* 1 if s[0..n) is in the list. */
int query_strlist_has(const StrList *list, const char *s, size_t n);
/* The index in items of s[0..n) (the order of adding), or -1. */
long query_strlist_index(const StrList *list, const char *s, size_t n);
void query_strlist_free(StrList *list);

struct Responsibility;
struct TaskCodes;

/* What a query runs in. query_open fills it; query_close frees what it
 * holds (not the arena). */
enum { UNITS_ALL = 1, UNITS_LEADS = 2 }; /* QueryCtx.units_only */

typedef struct QueryCtx {
    Arena *arena;              /* the values' texts (the caller's) */
    const Plan *plan;
    TemplateSet *templates;
    InlineCtx ctx;
    const QueryText *text;
    int ids_only;              /* the values are only matched and added up: a
                                  field with raw values (ids, codes) may leave
                                  its display text empty (figures set it) */
    TaskItem *tasks;           /* every task of the body, in reading order,
                                  listed when first needed */
    size_t n_tasks, cap_tasks;
    int tasks_listed;
    const TaskItem *shared_tasks; /* tasks is this list of an earlier query
                                  (query_preset_tasks), until a task's phrase
                                  is kept: then tasks is a copy of it */
    int tasks_copied;
    struct Responsibility *resp; /* the last criterion's gathering, kept for
                                    the next field of the same row */
    CritItem resp_item;
    int resp_ids_only;         /* that gathering has the units only */
    int units_only;            /* a gathering lists the units that lead and
                                  support only (UNITS_ALL), or those that
                                  lead (UNITS_LEADS), not the lines, deadlines
                                  and notes: a support or lead column needs
                                  no more (criterion_field sets it); 0: all
                                  but the supporting units */
    int resp_units_only;       /* that gathering was so */
    struct Responsibility *fallback; /* who answers for the last criterion an
                                    indicator with nobody of its own fell back
                                    on, kept for its next indicators */
    const Criterion *fallback_crit;
    int fallback_ids_only;
    int fallback_units_only;
    int first_lead;            /* with ids_only: a gathering (a criterion's
                                  lead, responsible) stops at the first unit
                                  that leads, which tells a row nobody leads
                                  (KH616) without walking every task */
    int resp_first_lead;       /* that gathering stopped so */
    struct TaskCodes *loc_codes; /* the localities that list each code, likewise */
    struct TaskCodes *by_code;  /* the tasks that name each criterion code,
                                  made when a gathering first needs it */
    const void **item_ptrs[2]; /* query_items of the localities and of the
                                  tasks, made once (a table per locality
                                  listed them all again each time: 20,000
                                  tables took 3 GB) */
    size_t n_item_ptrs[2];
    StrSet names_memo;         /* the units' names made, by their ids
                                  (query_fields.c: unit_names) */
    StrSet full_names;         /* the localities' full names made, by id */
    const char *heading[2];    /* the last section and clause title expanded */
    const char *heading_text[2]; /* (tasks come in reading order: a heading
                                    is asked for by its tasks one after another) */
} QueryCtx;

/* Opens a query over plan; the tasks of its body are listed (with the
 * section and clause each sits under) when a query first needs them. */
void query_open(QueryCtx *q, Arena *arena, const Plan *plan, TemplateSet *templates,
                const QueryText *text);
void query_close(QueryCtx *q);

/* Gives q the tasks of the body as an earlier query over the same plan
 * listed them (q->tasks after it, each one's deadline phrase forgotten: it
 * lived in that query's arena), and ptrs, the list query_items gives for
 * them (pointers to tasks[0..n)), so that q does not walk the body again.
 * Both are the caller's, shared, not copied (a figure per unit over
 * 20,000 tasks copied them per figure): they must outlive q, and q copies
 * the tasks the first time it keeps a task's phrase. Call right after
 * query_open. */
void query_preset_tasks(QueryCtx *q, const TaskItem *tasks, const void **ptrs, size_t n);

/* The items of a source, in source order, in q's arena: Locality,
 * TaskItem or CritItem pointers (criteria and indicators: of catalog;
 * indicators also those the tasks name). Returns their number. The list
 * of the localities and that of the tasks are made once per q and shared
 * by later calls: read them, never change them. */
size_t query_items(QueryCtx *q, Source source, const Catalog *catalog, const void ***out);

/* The value of a field (ref) of an item (ptr, as query_items gives it) of
 * source; out->text is never NULL. */
void query_value(QueryCtx *q, Source source, const void *ptr, const FieldRef *ref,
                 FieldValue *out);

/* ---- a value no item has (query.c) ----
 * A figure's filter that matches nothing (KH505) and a table's `where`
 * that keeps no row (KH618) name the value no item has and the nearest
 * one the items have ("kind=xa": did you mean 'xã'?), one rule for both. */

/* Adds the texts value compares with "=" to seen: its raw values (ids,
 * codes), else its text. */
void query_note_texts(const FieldValue *value, StrList *seen);

/* The first of wants (n) that is a plain "=" text (not a number, "" or
 * "*") and not in seen: that text in *value (else NULL), and the nearest
 * text of seen (suggest_best; malloc'd, the caller frees) or NULL. */
char *query_unmatched(const StrList *seen, const Want *wants, size_t n, const char **value);

/* query_unmatched over the texts every item of source has in field ref:
 * one walk of the items (of a data key of the localities, of those that
 * hold it: query_key_holders). */
char *query_unmatched_value(QueryCtx *q, Source source, const Catalog *catalog,
                            const FieldRef *ref, const Want *wants, size_t n, const char **value);


/* Plain text of a plan text with its references expanded (task: for
 * {lead}, {due}), in q's arena. */
const char *query_expand(QueryCtx *q, const char *text, const Task *task);

/* The same for an attachment's own text (title, note, heading, cell): a
 * link is kept as written, as README says such text prints. */
const char *query_expand_written(QueryCtx *q, const char *text);

/* 1 if a locality's value of field can be kept in a column made once per
 * resolve (figures_column.c, attach_column.c): it points into the plan or
 * is a number (a year's text is a few bytes); 0 for a field made per
 * call (names of units, criteria lists, notes). */
int query_field_columnable(const Field *field);

/* query_memo.c: the names of the n units ids (short names with use_short)
 * as plain text, made once for each list and kept in q's arena ("" with
 * q->ids_only: the ids are the raw values). */
const char *query_unit_names(QueryCtx *q, const char *const *ids, size_t n, int use_short);
/* query_memo.c: task's "Phụ trách" phrase as its line prints it
 * (QueryText's responsible hook), plain text in q's arena, made once for
 * each lead and supporting units of tasks without a lead note. */
const char *query_task_responsible(QueryCtx *q, const Task *task);

/* ---- a locality's numbers ---------------------------------------------------- */

/* The numeric fields of a locality. */
typedef enum {
    QN_TARGET_YEAR,      /* target_year: the year it aims at its target */
    QN_CRITERIA_MET,     /* criteria_met: as stated */
    QN_CRITERIA_PLANNED, /* criteria_planned: as stated, else the number of
                            criteria it lists (criteria:) */
    QN_CRITERIA_TOTAL,   /* criteria_total: criteria_met + criteria_planned */
    QN_N_CRITERIA,       /* n_criteria: the number of criteria it lists */
    QN_COUNT
} QueryNumber;

/* The field named name ("criteria_planned"), or -1. */
int query_locality_number_field(const char *name);

/* The name of a field ("criteria_planned"). */
const char *query_locality_number_name(QueryNumber field);

/* Sets *value to the field's value and returns 1; returns 0 (and leaves
 * *value alone) when the locality has no value for it. */
int query_locality_number(const Locality *loc, QueryNumber field, double *value);

#endif
