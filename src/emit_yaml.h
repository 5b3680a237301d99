/* emit_yaml.h - the recognised plan, and writing it as plan source.
 *
 * import.c fills an IPlan from the paragraphs of a document; emit_yaml.c
 * writes it as the YAML a drafter would have typed: keys in the README's
 * order, plain scalars where YAML allows them and double quotes elsewhere,
 * and a "# review: ..." comment above whatever import inferred rather than
 * read. All strings are borrowed from the arena import.c allocated them in;
 * text values are already plan text (Markdown, "{{" for a literal brace,
 * references such as {year} and {loc ID}).
 */
#ifndef KHGEN_EMIT_YAML_H
#define KHGEN_EMIT_YAML_H

#include <stddef.h>

#include "util.h"

typedef enum {
    IN_SECTION,
    IN_CLAUSE,
    IN_SUBCLAUSE,
    IN_POINT,
    IN_BULLET,
    IN_PARA,
    IN_TASK,
    IN_TABLE,
    IN_PART
} INodeKind;

/* A table in the body, as read: its header and rows (plan text), and,
 * when its rows became tasks (the node's items), the field each column
 * shows ("stt", "task", "lead", "support", "due"). */
typedef struct ITable {
    const char **header;       /* n_cols headers */
    const char **groups;       /* n_cols column groups (NULL: none), or NULL:
                                * the table has two header rows */
    const char ***rows;        /* written rows, n_cols cells each */
    size_t n_rows;
    int n_cols;
    char align[32];            /* 'c', 'r' or 0 for each column */
    const char **keys;         /* task rows: each column's field; NULL: written rows */
    int stt;                   /* written rows: the first column numbers them (type: stt) */
    const char *note;          /* the italic paragraph under it, or NULL */
    const char *lost;          /* cells past its columns: "# review:" lines
                                * ('\n' between them) above it, or NULL */
    const char *dropped;       /* a "# review:" line above it: a row left out (the
                                * row of column numbers, "(1)", "(2)"), or NULL */
    const unsigned char *strong; /* per row: printed as a group row (bold, or its title
                                  * spanning the row), or NULL */
    const unsigned long long *merged_up; /* per row: cells Word merged with
                                          * the row above (ImpPara) */
    const char *merge;         /* written rows: its `merge:` keys, or NULL */
    /* written rows read as khgen prints a table (import_attrows.c): */
    int counted;               /* stt: numbered 1, 2 within groups (lists skip it) */
    const unsigned char *group; /* per row: a group row, {heading: its second cell} */
    size_t totals_row;         /* the row that is the totals, or n_rows */
    const char *totals;        /* its label, or NULL */
    unsigned long long summed; /* columns it sums: cells written as YAML numbers */
    unsigned char decimals[32]; /* a summed column's digits after the comma */
    unsigned long long loose;  /* summed columns of mixed decimals: no `decimals:` */
    const char *review;        /* why a "Tổng cộng" row stays a row, or NULL */
    const char *figures;       /* "# review:" lines on its figures read from another
                                * notation ("12,500.5", "(1,500)": import_commas.c), or NULL */
    unsigned long long text_cols; /* columns kept as written: a figure of two readings */
} ITable;

typedef struct INode {
    INodeKind kind;
    const char *title;     /* heading title, bullet/point/para text, task heading */
    const char *text;      /* text after a heading's title */
    const char *text_style; /* its style when printed otherwise than plain, or NULL */
    const char **texts;    /* a task's paragraphs */
    size_t n_texts;
    const char *label;     /* explicit printed label, NULL for automatic */
    int number;            /* restart the counter here, 0 for none */
    const char *marker;    /* explicit bullet marker, NULL for automatic */
    const char *style;     /* explicit title style, NULL for the default */
    const char *lead;      /* task: unit id */
    const char **leads;    /* task: joint leads (n_leads >= 2), else NULL */
    size_t n_leads;
    const char **support;  /* task: supporting unit ids */
    size_t n_support;
    const char *lead_note;
    const char **assign_lines; /* task: the `assign:` entries, one YAML flow mapping each */
    size_t n_assign_lines;
    const char *assign_note;
    const char *lead_label;
    const char *due;       /* task: deadline, as YAML (flow) text */
    const char *due_label;
    const char *criteria;  /* task: a criterion code */
    const char *data;      /* task: its `data:` entries, "key: \"value\", ..." */
    int show;              /* task: 0 default, 1 "show: []", 2 "show: [lead, due]" */
    int expect_assign;     /* recognition: "Phụ trách tiêu chí:" had no unit */
    const char *comment;   /* "# review: ..." above the node */
    ITable *table;         /* IN_TABLE: title is its caption ("" none) */
    struct INode **items;
    size_t n_items, cap_items;
    /* recognition only */
    const char *found_label; /* the label as printed in the source */
    int found_bold, found_italic;
    int depth;               /* numbered headings: components of the label */
    int line;
} INode;

typedef struct IBasis {
    const char *kind, *number, *date, *by, *about; /* structured */
    const char *name; /* a document cited by name, with no number */
    int long_date;                                 /* "ngày 22 tháng 02 năm 2022" */
    const char *intro;                             /* "Căn cứ vào", NULL for "Căn cứ" */
    const char *end;                               /* ";" or "." where not the default */
    char orig_end;                                 /* recognition: the document's */
    const char *text;                              /* or free text */
    const char *comment;
} IBasis;

typedef struct IEntry {
    const char *id, *name, *kind, *comment;
} IEntry;

/* A note on text the plan has no place for (a footnote's, a text box's,
 * a nested table's): one "# review:" line per line of text, written
 * before the first body node read from its paragraph (line) or a later
 * one; before the body when it came before it, after it otherwise. */
typedef struct IReview {
    int line;
    const char *text;
} IReview;

typedef struct IPlan {
    const char *source;          /* the imported file, for the first comment */
    const char *governing_body;
    const char **issuer;
    size_t n_issuer;
    const char *issuer_comment;
    const char *header_left;     /* lines above the title none of the header's, '\n' between */
    const char *number, *code, *place, *date, *title;
    const char *place_comment, *date_comment, *title_comment, *number_comment;
    int period_year;             /* the year the plan is for when its date is another's, or 0 */
    const char *period_comment;
    IBasis *bases;
    size_t n_bases;
    const char *opening, *closing;
    const char **recipients;
    size_t n_recipients;
    const char *sig_comment;     /* a review comment above the signature, or NULL */
    const char **sig_lines;
    size_t n_sig_lines;
    const char **sig_names;
    size_t n_sig_names;
    IEntry *units;
    size_t n_units;
    IEntry *localities;
    size_t n_localities;
    int uses_catalog;            /* import: [qd318-xa-ntm] */
    INode root;                  /* root.items is the body */
    const char *notes;           /* free comment lines for the top */
    const char *issuer_short;    /* from an attachment's "(Kèm theo ... của X)" */
    const char *catalog_yaml;    /* entries of `import:` written inline, or NULL */
    const char *attachments_yaml; /* the `attachments:` block, or NULL */
    const IReview *reviews;      /* in the order of their lines */
    size_t n_reviews;
} IPlan;

/* A "# review:" line that holds text of the document the plan does not
 * print (a text box, a comment, a footnote, cells past a table's columns,
 * a whole paragraph of an attachment page: KH759, KH758, KH762) ends with its warning's
 * code in brackets, " [KH759]"; an import's guesses ("# review: unit ...
 * inferred") do not. `khgen diff` reports the first kind (diff_review.c):
 * without them a department's text box made "the same document" (s18docx
 * L2). For one line of a plan source (len bytes, no line break): its note
 * (after "# review: ", the mark included) and *note_len, or NULL when the
 * line is no such note. The one test of that form, shared by its writer
 * (emit_yaml.c) and its reader. */
const char *emit_unplaced_note(const char *line, size_t len, size_t *note_len);

/* Whether a note of that form (note_len bytes, its mark " [KHnnn]" at the
 * end, as emit_unplaced_note gives it) quotes text of the document that
 * the plan does not print: a text box, a comment, a footnote, a picture,
 * emphasis khgen does not print (KH759), a Markdown footnote (KH760),
 * cells past a table's columns (KH758), a line above the title (KH761), a
 * paragraph of an attachment page (KH762). Such notes are the document's
 * text, which `khgen diff` compares (s18docx L2). Every other marked note
 * (KH763 columns inferred, KH768 a line read by its shape or place, KH769
 * a page's number left out, KH770 a short row, KH774 the header's number
 * typed otherwise than khgen prints it) tells the drafter how import read
 * text the plan prints, or khgen prints itself: the drafter's
 * working note, in the import's language, which a redline for the meeting
 * does not show (s43user F2). The one decision, here beside the form. */
int emit_note_is_document_text(const char *note, size_t note_len);

/* Writes one "# review:" line, indented by ind spaces, of text (NULL
 * writes none), escaped as diagnostics are (diag_put_escaped): a line break
 * or a bidi control the text quotes from the document stays inside the one
 * YAML comment line. The caller owns text. */
void emit_review(Buf *out, int ind, const char *text);

/* Writes a "# review:" line, indented by ind, for each line of text ('\n'
 * between; NULL or "" writes none), each marked with code, "KH759": the
 * form emit_unplaced_note reads (code NULL: no mark, a note diff leaves
 * out). */
void emit_unplaced_lines(Buf *out, int ind, const char *text, const char *code);

/* Writes plan as YAML source to out. */
void emit_plan_yaml(const IPlan *plan, Buf *out);

/* Appends s as a YAML scalar: plain when YAML reads it back as the same
 * string, double-quoted otherwise. */
void emit_scalar(Buf *out, const char *s);
/* Appends s double-quoted (for flow collections, where ',' ends a plain
 * scalar). */
void emit_quoted(Buf *out, const char *s);

#endif
