/* plan.h - the Plan: what a plan file means, typed, with source positions.
 *
 * parse.c fills these structures from the YAML tree; check.c validates them;
 * the renderers read only these (never YAML). Everything is allocated in the
 * compilation's arena and lives until arena_free(). Strings are UTF-8 NFC.
 * Free text fields (titles, paragraphs, task texts) are inline Markdown that
 * may contain inline references such as {unit vpdp} or {att bieu01}; see
 * inline.h. Every object keeps the SrcPos of the YAML node it came from so
 * later stages can point at it.
 */
#ifndef KHGEN_PLAN_H
#define KHGEN_PLAN_H

/* How the header's number prints when it is a whole number (from 1): its
 * value, below 10 with one leading zero ("Số: 05/KH-UBND"); parse.c prints
 * it so and import_number.c says where a document's typed one differs. */
#define PLAN_NUMBER_FORMAT "%02ld"

#include <stddef.h>
#include "diag.h"
#include "dockind.h"
#include "util.h"
#include "vi.h"

/* ---- registries ---------------------------------------------------- */

/* The most columns a table may have (Row.merge_down has this many slots). */
enum { ATTACH_MAX_COLUMNS = 32 };
/* A plan's attachments, each a sheet of the workbook (KH624 past it). */
enum { ATTACH_MAX_ATTACHMENTS = 1000 };

typedef struct Unit {
    const char *id;
    const char *name;        /* full name, as printed in prose */
    const char *short_name;  /* for tables; defaults to name */
    SrcPos pos;              /* the id's position */
    SrcPos end;              /* end of the whole entry (for suppression) */
    int uses;                /* counted by check.c */
} Unit;

typedef struct Level {       /* a standard a locality can reach */
    const char *id;          /* "ntm", "ntm-nang-cao" */
    const char *name;        /* "nông thôn mới nâng cao" */
    SrcPos pos;
    int uses;
} Level;

/* A free attribute of a locality ("data:" in the plan). */
typedef struct Attr {
    const char *key;
    const char *text;        /* as written */
    double number;           /* valid if is_number */
    int is_number;
    int comma_thousands;     /* "1,500" (attach_comma_thousands_lost): read
                                1,5, KH114 unless a column of three
                                decimals shows it (attach_check_data_commas) */
    SrcPos pos;
    int span;                /* the characters of its value, for a caret */
    SrcPos key_pos;          /* where its key is written (KH260) */
} Attr;

typedef struct Locality {
    const char *id;
    const char *name;        /* "Đồng Hưu" */
    const char *kind;        /* "xã", "thôn", "bản", "thị trấn" (free) */
    const char *parent;      /* id of the enclosing locality, or NULL */
    const char *status;      /* level id already reached, or NULL */
    const char *target;      /* level id aimed for, or NULL */
    int target_year;         /* 0 if none */
    SrcPos target_year_pos;  /* where target_year is written (if set; KH264) */
    int target_year_span;
    double criteria_met;     /* criteria reached before the plan; -1 unknown */
    double criteria_planned; /* criteria to add in the plan year; -1 unknown */
    int has_bad_value;       /* a number value of it was reported as an error */
    SrcPos criteria_met_pos; /* where criteria_met is written (if >= 0) */
    int criteria_met_span;
    const char **criteria;   /* criteria codes to complete this year */
    size_t n_criteria;
    int criteria_once;       /* query_fields.c's memo: 0 not known, 1 each code
                                listed once, 2 not (a code twice, KH421) */
    SrcPos *criteria_pos;
    const char *note;
    Attr *attrs;
    size_t n_attrs;
    SrcPos pos;
    SrcPos end;
    int uses;
} Locality;

/* ---- deadlines ------------------------------------------------------ */

typedef enum {
    DUE_NONE,
    DUE_DATE,      /* ngày 31/01/2024 */
    DUE_MONTH,     /* tháng 10/2024 */
    DUE_QUARTER,   /* quý IV/2024 */
    DUE_HALF,      /* 6 tháng đầu năm 2024 */
    DUE_YEAR,      /* năm 2024 */
    DUE_ONGOING,   /* Thường xuyên trong năm 2024 */
    DUE_TEXT       /* free text, not checked */
} DueKind;

typedef struct Deadline {
    DueKind kind;
    int before;              /* "trước ..." */
    int year, month, day;    /* as applicable */
    int quarter;             /* 1..4 */
    int half;                /* 1..2 */
    const char *text;        /* DUE_TEXT, or a phrase that replaces the
                                rendered one while the date is still checked */
    const char *prefix;      /* printed before the phrase ("Hoàn thành") */
    SrcPos pos;
} Deadline;

/* ---- tasks ---------------------------------------------------------- */

/* One unit answering for some indicators of a task ("phụ trách Chỉ tiêu
 * 17.1, 17.4"). */
typedef struct Assignment {
    const char *unit;        /* unit id */
    SrcPos unit_pos;
    const char **indicators; /* "17.1", ... */
    SrcPos *indicator_pos;
    size_t n_indicators;
    const char *text;        /* optional wording replacing the default */
} Assignment;

typedef struct Task {
    const char *id;          /* optional */
    SrcPos id_pos;           /* where the id is written (KH267) */
    const char *lead;        /* unit id, or NULL; the first of leads */
    SrcPos lead_pos;
    const char **leads;      /* joint leads ("lead: [skhdt, stc]"): every lead unit, */
    size_t n_leads;          /* lead first; use task_leads() to read them */
    const char **support;    /* unit ids */
    SrcPos *support_pos;
    size_t n_support;
    const char *lead_note;   /* free text after the units "(đồng chí ...)" */
    Assignment *assign;
    size_t n_assign;
    const char *assign_note; /* closing line after the assignments */
    Deadline due;
    const char **criteria;   /* "8", "17", "17.12" */
    SrcPos *criteria_pos;
    size_t n_criteria;
    int criteria_once;       /* as a locality's (query_fields.c) */
    const char **localities; /* locality ids the task is about */
    SrcPos *locality_pos;
    size_t n_localities;
    int show_lead;           /* print the "+ Phụ trách ...:" line */
    int show_due;            /* print the "+ Thời gian thực hiện: ..." line */
    const char *lead_label;  /* overrides wording "task_lead_label" */
    const char *due_label;   /* overrides wording "task_due_label" */
    Attr *attrs;             /* `data:` further attributes ("Sản phẩm"), for */
    size_t n_attrs;          /* tables and figures, as a locality's */
    unsigned refused;        /* TASK_REFUSED_* of the keys written but refused by */
} Task;                      /* their reader, reported there: no KH208 at their use */

enum { TASK_REFUSED_SUPPORT = 1u, TASK_REFUSED_DUE = 2u };

/* The lead units of a task: its joint leads, or its one lead (*n = 0 for
 * none). Borrowed from the task. */
static inline const char *const *task_leads(const Task *task, size_t *n)
{
    if (task->n_leads) {
        *n = task->n_leads;
        return task->leads;
    }
    *n = task->lead ? 1 : 0;
    return &task->lead;
}

/* ---- the body ------------------------------------------------------- */

typedef enum {
    NODE_SECTION,     /* I., II.        upper-case bold title */
    NODE_CLAUSE,      /* 1., 2.         */
    NODE_SUBCLAUSE,   /* 1.1., 1.2.1.   */
    NODE_POINT,       /* a), b), đ)     */
    NODE_BULLET,      /* "-" then "+"   */
    NODE_PARA,        /* a paragraph    */
    NODE_TASK,        /* a task: heading bullet, text, lines */
    NODE_TABLE,       /* a table in the text: its caption is the title,
                         its rows the tasks among its items or `rows` */
    NODE_PART         /* "Phần thứ nhất", then its title: above sections */
} NodeKind;

enum {
    STYLE_DEFAULT = 0,
    STYLE_BOLD = 1 << 0,
    STYLE_ITALIC = 1 << 1,
    STYLE_PLAIN = 1 << 2,    /* explicitly neither bold nor italic */
    STYLE_UPPER = 1 << 3     /* upper-case the title when rendering */
};

typedef struct BodyNode BodyNode;
struct BodyNode {
    NodeKind kind;
    const char *title;       /* heading text (section/clause/...; task heading) */
    SrcPos title_pos;
    const char *text;        /* text that follows the title on the same line,
                                or the paragraph / bullet / point text */
    SrcPos text_pos;
    const char **paras;      /* further paragraphs (task text as a list) */
    SrcPos *paras_pos;
    size_t n_paras;
    const char *label;       /* explicit label ("5.", "" = none), else NULL */
    int number;              /* explicit counter restart, 0 = automatic */
    int title_cut;           /* nothing after its kind's ':' (KH165 said it):
                                not also a bare number (KH117) */
    const char *marker;      /* bullet marker override ("-", "+", "*") */
    unsigned style;          /* STYLE_* for the title (or text if no title) */
    unsigned text_style;     /* STYLE_* for the text */
    Task *task;              /* NODE_TASK */
    struct Attachment *table; /* NODE_TABLE: columns and rows, built like an
                                 attachment's (attach.c); not one of
                                 plan->attachments, so no sheet or page */
    BodyNode **items;        /* children */
    size_t n_items;
    /* Filled by number_body() in render.c: the printed label ("II.",
     * "1.2.", "a)", "-") and the depth. */
    const char *printed_label;
    int depth;
    SrcPos pos;              /* start of the node */
    SrcPos end;              /* end of the node (for warning suppression) */
};

/* Where a walk of the body is (plan_walk_body): the node, the nodes it
 * sits in (ancestors[0] a top-level node, ancestors[depth - 1] its parent),
 * and its index among its siblings. Valid only during the visit. */
typedef struct BodyPlace {
    const BodyNode *node;
    const BodyNode *const *ancestors;
    size_t depth;
    size_t index;
} BodyPlace;

/* Visits every node of the body items[0..n), in reading order (a node
 * before its children, NULL items skipped), calling visit with where it is.
 * The one walk over the body for the stages that look at every node
 * (check's tasks and deadlines, query's tasks, diff's paths); numbering and
 * rendering keep walks of their own, which count siblings and emit around
 * the children. (plan.c) */
void plan_walk_body(BodyNode *const *items, size_t n,
                    void (*visit)(void *data, const BodyPlace *place), void *data);

/* 1 if node or a node inside it is a table (NODE_TABLE). (plan.c) */
int plan_body_has_table(const BodyNode *node);

/* The nearest node of kind that place sits in (not the node itself), or
 * NULL; with stop >= 0 the search ends at a node of kind stop (the nearest
 * clause under the nearest section: stop = NODE_SECTION). */
const BodyNode *plan_body_enclosing(const BodyPlace *place, NodeKind kind, int stop);

/* The closing sentence, text[0..len) (its blanks at the end dropped by
 * the caller), ends with a mark that leaves it unfinished, ':', ';' or
 * ',' ("Xong:"): returns that mark's offset, else -1. The one decision of
 * the end mark "./." (Nghị định 30/2020): render_closing prints the
 * sentence without the mark, then "./."; check warns (KH163). (plan.c) */
long plan_closing_open_mark(const char *text, size_t len);

/* ---- legal bases, signature ----------------------------------------- */

typedef struct Basis {
    const char *text;        /* free text form ("Căn cứ tình hình ..."), or NULL */
    const char *kind;        /* "Quyết định" (abbreviations expanded) */
    const char *number;      /* "263/QĐ-TTg", or NULL for a document cited by name */
    const char *name;        /* "Tổ chức chính quyền địa phương" (Luật ...), or NULL */
    VDate date;
    SrcPos date_pos;         /* where the date is written (line 0: no date) */
    int date_long;           /* "ngày 22 tháng 02 năm 2022" instead of 22/02/2022 */
    const char *issuer;      /* "Thủ tướng Chính phủ", or NULL (no " của ...") */
    const char *subject;     /* "phê duyệt Chương trình ..." */
    const char *intro;       /* the words before the kind: NULL for "Căn cứ" ("Căn cứ vào") */
    const char *end;         /* the punctuation after it, NULL for ";" (the last ".") */
    SrcPos pos;
} Basis;

typedef struct Signature {
    const char **lines;      /* "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", ... */
    size_t n_lines;
    const char **name_lines; /* printed below the signature space: the name
                                last, e.g. ["CHỦ TỊCH UBND XÃ", "Hà Minh Phú"] */
    size_t n_name_lines;
    const struct YNode *lines_node; /* where lines are written (check_draft.c) */
    const struct YNode *name_node;  /* where name is written, or NULL (basis_form.c) */
    SrcPos pos;
} Signature;

/* ---- criteria catalogs (imported data) ------------------------------ */

typedef struct Indicator {
    const char *code;        /* "17.12" */
    const char *name;
} Indicator;

typedef struct Criterion {
    const char *code;        /* "17" */
    const char *name;        /* "Môi trường và an toàn thực phẩm" */
    const char *group;       /* display grouping, may be NULL */
    Indicator *indicators;
    size_t n_indicators;     /* 0: any N.M accepted */
} Criterion;

typedef struct Catalog {
    const char *id;          /* "qd318-xa-ntm" */
    const char *title;       /* "Bộ tiêu chí quốc gia về xã nông thôn mới ..." */
    const char *source;      /* file it was read from */
    Criterion *criteria;
    size_t n_criteria;
    SrcPos pos;              /* the import entry in the plan */
} Catalog;

/* ---- attachments (Biểu) --------------------------------------------- */

typedef enum { ALIGN_DEFAULT, ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

typedef enum {
    COL_TEXT, COL_INT, COL_DECIMAL, COL_PERCENT, COL_DATE, COL_STT,
    COL_YEAR    /* a whole number printed without a thousands dot: "2024" */
} ColType;

typedef struct Column {
    const char *key;         /* field the cell value comes from */
    const char *header;      /* header text */
    const char *group;       /* grouped header spanning adjacent columns */
    double width;            /* characters; 0 = fit content */
    Align align;
    ColType type;
    int decimals;
    int total;               /* sum this column in the totals row */
    SrcPos pos;
    const struct YNode *header_node, *group_node; /* where header and group are
                                written (NULL: not written; check_textdates.c) */
} Column;

typedef struct Cell {
    const char *text;        /* display text (already inline-expanded) */
    double number;
    int is_number;
    VDate date;              /* for COL_DATE */
    int is_bad;              /* its written value was refused (reported): a
                                figure over it says nothing more */
    SrcPos pos;
} Cell;

typedef struct Row {
    Cell *cells;             /* one per column */
    int is_group;            /* a group heading row ("I. Xã ...") */
    const char *group_title;
    const struct YNode *title_node; /* where group_title is written (NULL:
                                generated; check_textdates.c) */
    int *merge_down;         /* rows spanned below by cell i (grouping), one
                                per column; NULL: none (row_merge_down): an
                                array of 32 was 128 of a row's 176 bytes */
    unsigned covered;        /* bit i: cell i is spanned by a cell above
                                (set with merge_down; attach_cell_covered) */
    const char *ident;       /* a generated data row's item: its locality's
                                or task's id, its criterion's code (NULL: a
                                written row, a group row); not printed, it
                                tells `khgen diff` one place renamed from two
                                places (diff_match.c) */
    SrcPos pos;
} Row;

typedef struct Attachment {
    const char *id;          /* "bieu01" */
    const char *label;       /* "Biểu 01" */
    const char *title;       /* upper-cased when printed */
    const struct YNode *title_node; /* where title is written (check_draft.c) */
    const char *note;        /* shown under the table */
    const struct YNode *note_node; /* where note is written (check_textdates.c) */
    const char *unit;        /* "triệu đồng": the unit line above the table
                                (layout_unit_line), NULL for none */
    int landscape;
    const char *preset;      /* preset name, if any */
    Column *columns;
    size_t n_columns;
    Row *rows;
    size_t n_rows;
    int has_totals;
    const char *totals_label;
    SrcPos pos;
    SrcPos end;
    int uses;
    /* column widths in characters, worked out once by table_column_widths
     * (colwidth.c) for every back end that asks: the rows are final by then;
     * n_columns of them, in `arena` (NULL: not yet; no arena: not kept) */
    double *widths;
    /* with them, the width in characters of each column's longest line
     * among its data cells (regular weight), -1 where not measured (a
     * declared width): a cell of a column whose longest line fits takes
     * one line per line, unmeasured (table_column_fits) */
    double *longest;
    int has_widths;
    /* the arena the attachment was made in, which holds its rows: the
     * widths above are made there when asked for, sized from its columns
     * (two arrays of 32 in every table were 512 bytes of the 720 of each
     * of a plan's 20,000 generated tables, which check never measures) */
    Arena *arena;
    /* the grid the back ends print (layout.c, layout_table_kept), made once
     * in the render's arena by the first back end that asks */
    const struct TableLayout *layout;
    /* a criteria table (from: criteria|indicators) that shows who leads:
     * the codes of its rows that no unit leads (resolve.c fills these,
     * check.c reports them: KH616) */
    const char **leadless;
    size_t n_leadless;
    size_t lead_col;         /* the column that shows the lead */
    SrcPos rows_pos;         /* where its `rows` is written */
    int rows_span;
    int rows_in_plan;        /* `rows` is the plan's own, not a preset's */
    /* a generated table's rows, which check does not read, are made when
     * the render stage asks (attach_fill_texts); until then rows is empty
     * and fill holds the selected items */
    struct AttachFill *fill;
} Attachment;

/* ---- text sites -------------------------------------------------------- */

/* Every free text the parser read, with the YAML scalar it came from (for
 * exact positions of inline references) and the task it belongs to. Checks
 * walk this list instead of the tree. Renderers do not use it. */
struct YNode;
typedef struct TextSite {
    const char *text;
    const struct YNode *node;
    const Task *task;
    int in_due; /* the task's deadline's own text or prefix: '{due}' there
                   would print the deadline inside itself (KH216) */
} TextSite;

/* The registries an id may name. */
typedef enum { REG_UNIT, REG_LOCALITY, REG_LEVEL, REG_ATTACHMENT } Registry;

/* An id the plan uses in a structured field (a task's lead, a locality's
 * parent, ...), recorded by the parser and bound by resolve_plan, which
 * counts the use and reports an unknown id. */
typedef struct IdUse {
    Registry registry;
    const char *id;
    const char **at; /* the field that holds id: plan_bind_id makes it the
                        entry's own copy; NULL for an entry the parser
                        dropped (its slot reused): checked, not bound */
    SrcPos pos;
    int chars;       /* length to underline */
} IdUse;

/* ---- page layout ------------------------------------------------------ */

/* Page settings a plan may choose within the ranges of ND 30/2020; a field
 * left 0 keeps the template's default (templates/plan.css). */
typedef struct Layout {
    double margin_top, margin_bottom, margin_left, margin_right; /* mm */
    double font_size;          /* pt, body text */
    double indent;             /* cm, first line */
    double line_spacing;       /* multiple of the font size */
    double paragraph_spacing;  /* pt after a paragraph */
} Layout;

/* ---- the plan ------------------------------------------------------- */

/* An entry of a registry whose id is missing or broken ('id: true'), kept
 * for an unknown id's message to name (plan_unknown_id_message): where it
 * is, its name, and the unknown id offered it, so that no two name the
 * same entry (s40types L2). mark points at offered (byname's id field). */
#define PLAN_BROKEN_IDS 4
typedef struct BrokenId {
    SrcPos at;
    const char *name; /* as written, or NULL */
    const char *mark;
    char offered[48]; /* "" until an unknown id is told it may be this one */
} BrokenId;

/* An id misspelt where it is defined (misspelt_def.c): the id the plan's
 * uses name and the entry's id as written, which they bind to. */
#define PLAN_MISSPELT 8
typedef struct MisspeltId {
    const char *typed;   /* the uses' id, "tckh" */
    const char *defined; /* the entry's, "tckhx" */
} MisspeltId;

typedef struct Plan {
    const char *file;        /* path given on the command line */
    /* what the plan may read besides itself (readpolicy.h): created by the
     * first file it names, shared by every kind of reference to a file */
    struct ReadPolicy *reads;
    const char *name;        /* basename without .yaml: names the outputs */
    /* `khgen diff` only: the notes of its source on document text it does
     * not print ("# review: a text box: ... [KH759]", emit_unplaced_note),
     * one a line, or NULL (diff_review.c) */
    const char *unplaced_notes;
    /* `khgen diff` only: how many of import's notes to the drafter its
     * source holds ("# review: ... [KH768]", not the document's text:
     * emit_note_is_document_text), said apart, not compared */
    int working_notes;
    const char *working_codes; /* theirs, "KH768, KH770" */

    /* header */
    const char *governing_body;      /* optional */
    const char **issuer;             /* lines as printed */
    size_t n_issuer;
    /* where governing_body and issuer are written, or NULL (check_draft.c) */
    const struct YNode *governing_node, *issuer_node;
    const char *number;              /* "" in a draft; a whole number as
                                      * PLAN_NUMBER_FORMAT prints it */
    const char *code;                /* "KH-UBND" */
    const char *place;
    const struct YNode *place_node;  /* where place is written, or NULL (basis_form.c) */
    VDate date;                      /* day/month may be 0 */
    SrcPos date_pos;
    const char *title;               /* trích yếu */
    const struct YNode *title_node;  /* where title is written (check_draft.c) */
    const char *issuer_short;        /* "UBND huyện Yên Thế" for "(Kèm theo ...)" */

    VDate period_from, period_to;    /* defaults to the calendar year of date */
    int period_given;                /* 1 if the plan writes `period:` */
    Layout layout;

    Basis *bases;
    size_t n_bases;
    const char *opening;
    SrcPos opening_pos;
    BodyNode **body;
    size_t n_body;
    const char *closing;
    SrcPos closing_pos;
    const char **recipients;
    size_t n_recipients;
    const struct YNode *recipients_node; /* where they are written (check_draft.c) */
    Signature *signature;            /* NULL: none */

    Unit *units;
    size_t n_units;
    Level *levels;
    size_t n_levels;
    Locality *localities;
    size_t n_localities;
    Catalog *catalogs;
    size_t n_catalogs;
    int catalogs_failed;             /* an import: entry was reported and not
                                        loaded: criteria codes are then not
                                        checked against "no catalog" (KH401) */
    SrcPos import_at;                /* the plan's 'import:' with no entry
                                        (`import: []`), or none (no key) */
    size_t catalog_uses;             /* uses of a catalog by a plan without
                                        one (plan_catalog_gone), told once
                                        (KH401, check.c) at import_at, else
                                        at catalog_use_at: the first in the
                                        plan's file, else anywhere */
    SrcPos catalog_use_at;
    int catalog_use_span;
    Attachment *attachments;
    size_t n_attachments;

    TextSite *texts;
    size_t n_texts;
    IdUse *id_uses;                  /* bound by resolve_plan */
    size_t n_id_uses;
    int resolved;                    /* resolve_plan has run: ids bound,
                                        tables built, body numbered */
    const char **suppress;           /* warning codes silenced plan-wide */
    size_t n_suppress;
    const struct YNode **suppress_at; /* each one's entry (check_suppress.c) */
    int registry_lost[REG_ATTACHMENT + 1]; /* by Registry: the line naming
                                        the list ('localities:') was lost and
                                        its entries read as another list's
                                        (reported once: KH101, KH202-KH204);
                                        its unknown ids are not reported */
    int registry_empty[REG_ATTACHMENT + 1]; /* by Registry: no entry at all
                                        (its list empty, null or missing):
                                        its uses are counted here, not each
                                        reported, and told once, at
                                        registry_at (1: its list or the
                                        include, check.c) or at the first
                                        use (2: no list; plan.c), KH202-KH205 */
    SrcPos registry_at[REG_ATTACHMENT + 1];
    size_t empty_refs[REG_ATTACHMENT + 1];
    size_t empty_figures[REG_ATTACHMENT + 1]; /* of which by figures, no id */
    BrokenId broken_ids[REG_ATTACHMENT + 1][PLAN_BROKEN_IDS]; /* the first
                                        entries whose id is missing or broken
                                        (reported), in order: an unknown id
                                        may name one */
    size_t n_broken_ids[REG_ATTACHMENT + 1];
    MisspeltId misspelt[REG_ATTACHMENT + 1][PLAN_MISSPELT]; /* entries whose
                                        id is taken as misspelt, told once
                                        there (misspelt_def.c) */
    size_t n_misspelt[REG_ATTACHMENT + 1];
    char gone_others[REG_ATTACHMENT + 1][64]; /* by Registry, one with no list:
                                        the other lists the plan lacks and
                                        uses ids of ("'units:'"), told with
                                        its first use (registry_gone.c) */
    SrcPos support_lost_at;          /* the first '{support}' of a task that has
                                        none (KH208, inline.c): a unit never used
                                        may be the one its deleted line named */
    size_t unknown_ids;              /* uses of an unknown id (resolve):
                                        no "never used", the entry meant
                                        may be the one it would name */
    char empty_ids[REG_ATTACHMENT + 1][3][48]; /* the first three ids */
    int values_dropped;              /* an unknown key or a wrong type dropped
                                        a value (uses may be missing) */
    int issuer_short_reported;       /* the header, or its issuer_short, is
                                        missing or misspelt and was reported
                                        (an error): KH254 would say it again */
    int signature_reported;          /* 'signature', 'recipients' written   */
    int recipients_reported;         /* null or misspelt and reported (KH107,
                                        KH101): KH160 would say it again */
    struct PlanIndex *index;         /* private to plan.c: id hash tables */
    struct AttachState *attach_state; /* private to attach.c: parse-time state */
    struct FigureMemo *figure_memo;  /* private to figures*.c: figures computed
                                        and their budget (figures_begin) */
    struct DataNames *data_names;    /* private to query.c: the data keys the
                                        plan's tables and figures name
                                        (query_begin), for KH260 */

    SrcPos pos;
} Plan;

/* Lookups by id; NULL if absent. Linear for small registries, hashed by the
 * parser's index when large (see plan_index). */
/* The kind a basis's kind prints: an abbreviation ("QĐ") gives its kind
 * ("Quyết định"), anything else is itself. */
const char *plan_expand_kind(const char *kind);

/* The abbreviation kind is written otherwise than ("QD", "qđ", "Nd" for
 * "QĐ", "NĐ": the "Đ" typed without its stroke, or in another case),
 * which then prints as typed (KH161); NULL for an abbreviation as written
 * and for any other kind ("HĐ", Hợp đồng, is not "HD" with a stroke
 * added). */
const char *plan_kind_abbreviation_near(const char *kind);

/* The kind of document or abbreviation kind is the Telex keys of, typed
 * with the input method off ("QDD" for "QĐ", "Quyeets ddinhj" for "Quyết
 * định": telex.c), or NULL. */
const char *plan_kind_by_telex(const char *kind);

/* The abbreviation of the kind of document named kind in any case
 * ("KẾ HOẠCH", "Kế hoạch": "KH"), as a document's symbol begins with it
 * ("12/KH-UBND"); NULL for a kind without one. */
const char *plan_kind_abbreviation(const char *kind);

/* The id of the entry an unknown id's uses were taken to mean, its id
 * misspelt where it is defined (Plan.misspelt, misspelt_def.c), or NULL;
 * plan_resolve_id binds the uses to it. */
const char *plan_misspelt_meant(const Plan *plan, Registry registry, const char *id);

Unit *plan_find_unit(const Plan *plan, const char *id);
Locality *plan_find_locality(const Plan *plan, const char *id);
Level *plan_find_level(const Plan *plan, const char *id);
Attachment *plan_find_attachment(const Plan *plan, const char *id);

/* Resolves id in a registry. Found: counts a use of the entry when
 * count_use, returns 1. Not found: returns 0 and sets *hint to the id of
 * the entry whose printed name id is (plan_id_by_name), else the nearest
 * id (or NULL); with count_use the entry hinted at counts as used, since
 * the drafter meant it and "never used" on top would only echo the error.
 * In a registry whose list line was lost (Plan.registry_lost) every id
 * counts as found: the one error was the lost line's; so too, when
 * count_use, in a registry with no entry at all (plan_registry_gone). */
int plan_resolve_id(const Plan *plan, Registry registry, const char *id, int count_use,
                    const char **hint);

/* 1 if registry's uses say nothing one by one: its list was lost
 * (Plan.registry_lost) or has no entry at all (Plan.registry_empty), a
 * use then counted (id, if not NULL, among the first three named) for the
 * one error check.c reports. The plan is written through its const
 * pointer, as resolve may. */
int plan_registry_gone(const Plan *plan, Registry registry, const char *id);

/* 1 if a use of a criteria catalog at (span characters; criteria codes,
 * {crit ...}, rows from criteria, a figure's criteria=) says nothing one
 * by one: the plan has no catalog. The use is counted for the one error
 * check.c reports (Plan.catalog_uses), unless an import was reported and
 * failed (Plan.catalogs_failed). The plan is written through its const
 * pointer, as resolve may. 0 when the plan has a catalog. */
int plan_catalog_gone(const Plan *plan, SrcPos at, int span);
/* plan_resolve_id with count_use, for a field that holds an id (*id):
 * when the entry is found, *id becomes the entry's own copy of the id, the
 * same text. A national plan's 50,000 tasks name the same few dozen units:
 * the passes after this one (tables of who answers for what, the names a
 * task prints, the memo keys) read those few texts, which stay in the
 * cache, not a copy of "u3" of each task's own, scattered over the
 * arena, each a cache miss (s17perf: 4% of check's time on a national
 * plan in query_strlist_add's first byte alone). */
int plan_bind_id(const Plan *plan, Registry registry, const char **id, const char **hint);
/* The entry of id in registry, when there is one: counts its use and sets
 * *name to what a reference to it prints (a unit's or locality's name, a
 * level's name, an attachment's label; may be NULL), returns 1. Returns 0,
 * nothing counted, when there is none (plan_resolve_id then says what the
 * drafter meant). */
int plan_use_entry(const Plan *plan, Registry registry, const char *id, const char **name);

/* The id of the entry of registry whose printed name is text (case and
 * diacritics ignored; a unit's short name, a locality's kind and name "xã
 * Đồng Hưu", an attachment's label count too), or NULL: "lead: Phòng Tài
 * chính - Kế hoạch" written for "lead: tckh" (byname.c; within the hints'
 * budget, NULL once it is spent). */
const char *plan_id_by_name(const Plan *plan, Registry registry, const char *text);

/* Appends the message for an unknown id ("unknown unit 'x' (did you mean
 * 'y'?)" or "...: define it under 'units:'") and returns its code (KH202
 * unit, KH203 locality, KH204 level, KH205 attachment). When the registry
 * has no entry and id is another registry's entry, the registry's list
 * line was lost: the message names it, and the registry is marked lost
 * (Plan.registry_lost), so that its other ids are not reported. */
/* Keeps an entry of registry whose id is missing or broken (reported by
 * its reader), at `at`, its name (borrowed, or NULL), for an unknown id
 * to be offered it (Plan.broken_ids; the first PLAN_BROKEN_IDS). */
void plan_note_broken_id(Plan *plan, Registry registry, SrcPos at, const char *name);
/* At each entry kept so whose uses were taken as its own (an unknown id
 * offered it), a note to its own error naming that id and the line to
 * write: the uses were not reported, so the entry's message is where the
 * drafter learns which id the plan gives it (s41msg left). */
void plan_note_offered_ids(const Plan *plan, DiagSink *diags);

/* 1 when plan_unknown_id_message(plan, registry, id, NULL, ...) is the
 * plain "unknown unit 'x': define it under 'units:'" (no near id, no
 * other cause it would name): such ids of one list ("support: [x, y]")
 * are one mistake, told once by plan_unknown_ids_message. */
int plan_unknown_is_plain(const Plan *plan, Registry registry, const char *id);

/* "unknown units 'x' and 'y': define them under 'units:'" for the n (2 or
 * more) plain unknown ids of one list, appended to out; the code of
 * plan_unknown_id_message. */
DiagId plan_unknown_ids_message(const Plan *plan, Registry registry, const char *const *ids,
                                size_t n, Buf *out);

DiagId plan_unknown_id_message(const Plan *plan, Registry registry, const char *id,
                               const char *hint, Buf *out);

/* Finds criterion "17" or the criterion of indicator "17.12" in the plan's
 * catalogs; *indicator is set when code names a listed indicator. NULL
 * for a code not written as one (catalog_code_form: "8.", "8.01",
 * "8.1.1" found criterion 8 and passed in {crit}, s37slip L2), so that
 * every reader of a plan's code reads one grammar. */
const Criterion *plan_find_criterion(const Plan *plan, const char *code,
                                     const Indicator **indicator);

/* Builds the hash index behind plan_find_* for the registries read so far
 * (units, localities, levels, attachments), in arena; reports each
 * duplicate id as KH200 with a note at the first definition. (plan.c) */
void plan_build_index(Arena *arena, DiagSink *diags, Plan *plan);

/* An id of one kind (units, localities, levels, attachments, tasks) and
 * where it is written. */
typedef struct IdAt {
    const char *id;
    SrcPos pos;
} IdAt;

/* The one rule of ids that differ only in case, for every kind of id:
 * warns (KH267) at each id of ids[0..n) (one kind, in their order) that
 * equals an earlier one but for the case of its ASCII letters (tckh and
 * TCKH, dong-huu and Dong-Huu), with a note at the first: ids are
 * compared exactly (KH200's rule), so they are two entries, printed
 * alike, and a reference typed in the other case silently finds the
 * other one. Ids the same byte for byte are KH200's. Borrows ids;
 * linear. */
void plan_warn_case_twins(DiagSink *diags, const IdAt *ids, size_t n);

/* The years a plan may name: the one range of dates, deadlines, target
 * years, the period, a table's year column and new's and init's --year. */
enum { PLAN_YEAR_MIN = 1900, PLAN_YEAR_MAX = 2999 };

/* 1 if year is within PLAN_YEAR_MIN..PLAN_YEAR_MAX. */
int plan_year_ok(double year);

/* The plan's year as {year} prints it: the last year of its period, else
 * the year of its date; 0 when it has neither. */
int plan_print_year(const Plan *plan);

/* Parses a date "YYYY-MM-DD", "YYYY-MM" (day blank) or "YYYY" (day and
 * month blank) into *date. Returns 0, or -1 if malformed, -2 if
 * well-formed but not a real date (2024-02-30), -3 if well-formed with a
 * year outside 1900-2999 (9999-12-31). */
int parse_date_text(const char *text, VDate *date);

/* Parses a deadline scalar ("2024-Q4", "ongoing", ...) as the README
 * describes; plan_year resolves "ongoing". Returns 0, -1 malformed,
 * -2 impossible date, -3 a year outside 1900-2999. */
int parse_due_text(const char *text, int plan_year, Deadline *due);

/* How many rows below cell col of row its merged cell spans (0: none). */
static inline int row_merge_down(const Row *row, size_t col)
{
    return row->merge_down ? row->merge_down[col] : 0;
}

/* 1 if the cell at (row, col) is covered by a merge from a row above it
 * (its text repeats the merged cell's text; XLSX and HTML skip it). */
int attach_cell_covered(const Attachment *att, size_t row, size_t col);

#endif
