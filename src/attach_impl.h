/* attach_impl.h - what attach.c, attach_fields.c and attach_rows.c share.
 *
 * Private to the three files of the attachments module (attach.h is its
 * public face): the parse-time state attach_parse keeps for
 * attach_resolve, the resolver's state, the field values of the table
 * sources, and the functions one file defines for another (att_*).
 */
#ifndef KHGEN_ATTACH_IMPL_H
#define KHGEN_ATTACH_IMPL_H

#include "attach.h"
#include "textref.h"
#include "yread.h"

/* A text that may hold inline references, and where its expansion goes. */
typedef struct TextRef {
    const char **slot;
    const YNode *node;
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
    size_t merge_cols[ATTACH_MAX_COLUMNS];
    size_t n_merge;
    TextRef *texts;
    size_t n_texts, cap_texts;
    GenSpec gen;                /* the generator, typed (gen.present) */
} AttachSpec;

typedef struct AttachState {
    TemplateSet *templates;
    AttachSpec *specs;          /* specs[i] belongs to plan->attachments[i] */
} AttachState;

#define NODE_ERROR(ctx, node, code, ...)                                              \
    (diag_error((ctx)->diags, (node)->pos, yread_span(node), code, __VA_ARGS__), \
     (ctx)->errors++)

typedef enum { SRC_LOCALITIES, SRC_TASKS, SRC_CRITERIA, SRC_INDICATORS } Source;

/* The registry a field's raw values are ids of (checked in `where`). */
typedef enum { IDS_NONE, IDS_UNIT, IDS_LOCALITY, IDS_LEVEL, IDS_CRITERION } IdKind;

typedef struct FieldValue {
    const char *text;          /* display text, "" when empty */
    const char *const *raw;    /* values `where` compares (ids, codes); NULL: text */
    size_t n_raw;
    double number;
    int is_number;
    VDate date;
    int is_date;
    double order;              /* sort key where text order is wrong (deadlines) */
    int has_order;
} FieldValue;

typedef struct Field {
    const char *name;
    int id;
    IdKind ids;
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

/* A task with the headings it sits under. */
typedef struct TaskItem {
    const Task *task;
    const BodyNode *node;
    const char *section;
    const char *clause;
    const char *due;           /* its deadline phrase, once asked (task_due) */
} TaskItem;

/* A criterion, or one indicator of it. */
typedef struct CritItem {
    const Criterion *crit;
    const char *code;          /* the criterion's code, or the indicator's */
    const char *name;          /* the indicator's name (may be NULL) */
    int is_indicator;
} CritItem;

typedef struct Resolver {
    Arena *arena;
    DiagSink *diags;
    Plan *plan;
    TemplateSet *templates;
    InlineCtx ctx;
    int errors;
    TaskItem *tasks;
    size_t n_tasks, cap_tasks;
    struct Responsibility *resp;  /* gathered for resp_item, kept for the
                                     next field of the same row */
    CritItem resp_item;
} Resolver;

/* A list of distinct strings, in the order first added. Short lists are
 * searched linearly; from STRLIST_HASHED items on, a hash table of indexes
 * keeps adding linear (a criterion of a national plan gathers thousands of
 * tasks). Free with att_strlist_free. */
typedef struct StrList {
    const char **items;
    size_t count, cap;
    size_t *slots;             /* index + 1, 0 = empty; n_slots a power of 2 */
    size_t n_slots;
} StrList;

enum { STRLIST_HASHED = 16 };

/* Who answers for a criterion or indicator, gathered from the tasks. */
typedef struct Responsibility {
    StrList leads;      /* unit ids */
    StrList supports;   /* unit ids */
    StrList lines;      /* the "Phụ trách" phrases and assignment lines */
    StrList dues;       /* deadline phrases */
    StrList notes;      /* lead notes */
} Responsibility;

/* ---- defined in attach.c (parsing) ---- */
AttachState *att_state_of(const Plan *plan);
int att_name_index(const char *const *names, const char *word);
int att_parse_number_text(const char *text, int allow_percent, double *out);
void att_report_ambiguous(DiagSink *diags, const YNode *node, const char *what,
                             const char *text);
int att_is_null(const YNode *node);
const YNode *att_gen_value(const AttachSpec *spec, const char *key);
/* attach_gen.c: fills spec->gen from the generator's YAML (parse stage;
 * reports nothing). */
void att_read_generator(Arena *arena, const Attachment *att, AttachSpec *spec);
/* The entry of gen's group_titles for a group's key, or NULL. */
const GenTitle *att_gen_title(const GenSpec *gen, const char *key);
const YNode *att_column_value(const AttachSpec *spec, size_t col);
const char *att_number_text(Arena *arena, const Column *col, double value);
const char *att_date_text(Arena *arena, VDate date);
const Field *att_fields_of(Source source);
void att_collect_tasks(Resolver *r, BodyNode *const *nodes, size_t n, const char *section,
                          const char *clause);
const char *att_expand(Resolver *r, const char *text, const Task *task);
void att_strlist_add(StrList *list, const char *s);
void att_strlist_free(StrList *list);
void att_locality_field(Resolver *r, const Locality *loc, const Field *field,
                           const char *data_key, FieldValue *out);
void att_task_field(Resolver *r, const TaskItem *item, const Field *field, FieldValue *out);
void att_free_responsibility(Responsibility *resp);
void att_criterion_field(Resolver *r, const CritItem *item, const Field *field,
                            FieldValue *out);
extern const char *const att_source_names[];

#endif
