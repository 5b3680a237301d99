/* diff_impl.h - private to `khgen diff` (diff.c, diff_cmd.c, diff_parts.c,
 * diff_match.c): a compiled
 * plan cut into the parts a reviewer reads, the unit diff.c matches and
 * compares.
 */
#ifndef KHGEN_DIFF_IMPL_H
#define KHGEN_DIFF_IMPL_H

#include "plan.h"
#include "template.h"
#include "util.h"

typedef struct Part {
    const char *key;         /* identity: "title", "basis:263/QĐ-TTg", "task:x", "row:..." */
    const char *path;        /* body place: "II.1.-2"; a row's "dòng 3"; else NULL */
    const char *label;       /* shown to the reader: a body part's name
                                (diff_part_name), "III. “Công tác ...”" */
    const char *place;       /* a body part's place as printed (the chain of
                                its numbered headings' numbers, "III."),
                                which tells a move or a renumbering; NULL
                                for other parts */
    const char *text;        /* the document's text, numbers left out */
    const char *tail;        /* a task's lines, added after its paragraphs */
    int is_body;
    int parent;              /* enclosing body part, -1 */
    int match;               /* the partner in the other document, -1 */
    int moved;
    int markdown;            /* text is inline Markdown the back ends print
                                through cmark (a body node but a table, the
                                subject line, the opening, the closing) */    const char *mark;        /* a body node's printed label ("II.", "1.2.", "a)",
                                "-", "" for none), kept out of text; NULL
                                for other parts and for tables (their
                                caption's number is in text) */
    int mark_fixed;          /* the plan wrote it: label, number or marker */
    const char *printed;     /* a Markdown body part's text in one form for
                                the texts that print alike (md_put_printed_form:
                                "x\\" and "x\\\\", as the .md's and the .docx's
                                imports write a last backslash), which the
                                body's text rounds of diff_match.c match on;
                                NULL: text */
    const char *compared;    /* what is compared when both sides have it,
                                else text: a body table's text with each
                                STT counted by position written by its
                                shape (diff_parts.c, row_stt) */
    const char *format;      /* the formatting it prints with, described
                                (diff_format.c), NULL for none: compared
                                apart from the text */
    const char *years;       /* text with the numbers {year} printed marked
                                (InlineCtx.mark_years), for diff_year.c;
                                NULL when it has none */
    const char *row_base;    /* a data row's key without its "#2" (the same
                                key twice in a table), "row:ID:KEY"; NULL
                                for any other part (group rows too) */
    const char *row_group;   /* a data row's group: the title of the group
                                row above it, "" for none */
    const char *row_ident;   /* a generated data row's item (Row.ident: a
                                locality's id), NULL for a written row and
                                any other part */
    const char *const *cells; /* a data row's cells as written, every column
                                but an STT one, cells[k] under heads[k] (its
                                heading as the "Cột:" line prints it, shared
                                by the table's rows); NULL for other parts */
    const char *const *heads;
    size_t n_cells;
} Part;

typedef struct Doc {
    Part *parts;             /* malloc'd */
    size_t n, cap;
    Arena *arena;
} Doc;

/* (diff_names.c) The name of the body part of node (a body node's part)
 * as a hunk head shows it: its place, then its first words in quotes,
 * "II.1. “Mục tiêu cụ thể”", in arena. base is the place of the node it
 * stands in ("" at the top), segment its own segment of the path ("1",
 * "-2", "¶3", "Bảng 1"), text its part's text (Markdown when markdown).
 * *place is set to the place its own parts stand in: base with its own
 * printed number, or a heading's first words when it prints none. */
const char *diff_part_name(Arena *arena, const char *base, const char *segment,
                           const BodyNode *node, const char *text, int markdown,
                           const char **place);

/* (diff_names.c) Tells apart the body parts of d that the same name
 * names (two bullets of the same words under one heading: which one went?),
 * each named with its count among them, "II.1. “Tổng hợp” (lần thứ 2)".
 * Linear. */
void diff_name_repeats(Doc *d);

/* Appends the parts of plan, in document order (header fields, bases,
 * opening, body nodes with their lines, closing, recipients, signature,
 * attachments' titles and rows), to d; their texts are made in d->arena,
 * d->parts is malloc'd (the caller frees it). */
void diff_collect(Doc *d, Plan *plan, TemplateSet *templates);

/* (diff_parts.c) Makes plan's tables (its attachments and those in its
 * body) hold their own copies, in arena, of the nodes diff_collect reads
 * (where a title and a note are written, for their {year} marks), so
 * that the tree they were loaded in can be freed before the plans are
 * compared: every other reader of the tree is done after check_plan.
 * The copies keep a scalar's kind, text and position; other nodes
 * become NULL (diff_collect reads none). */
void diff_keep_written(Arena *arena, Plan *plan);

/* Pairs the parts of a with those of b (Part.match, both ways) and marks
 * the moved ones (Part.moved), as the top of diff_match.c describes; the
 * parts' match fields must be -1 and moved 0 on entry. Row keys of b's
 * attachments matched to another id of a are rewritten in b->arena.
 * old_year and new_year are the plans' years (0: unknown): a row whose
 * key changed only by the years moved between them is its old row. */
void diff_match_docs(Doc *a, Doc *b, int old_year, int new_year);

/* (diff_parts.c) Whether rows p and q, their tables' columns not the same,
 * hold the same text under each heading both tables have and nothing under
 * one that only one has: a column added to (or removed from) a Biểu is
 * shown once, in its headings ("Cột: ... {+ | Ghi chú+}"), not as each row's
 * new empty cell (s41cycle: one column added in Word, every row "sửa").
 * 0 when either is no data row, a heading repeats, or a table has more than
 * 64 columns (each row is then compared as printed). */
int diff_row_columns_only(const Part *p, const Part *q);

/* (diff_review.c) The "# review: ... [KH759]" lines of the plan source at
 * path that quote the document's text (emit_note_is_document_text), their
 * notes one a line without the mark, in arena; NULL for none, or a file
 * that cannot be read again. *n_working: how many other marked notes (the
 * import's to its drafter, KH768) the source holds, which are not
 * compared, and *working_codes their codes ("KH768, KH770", in arena;
 * NULL for none). */
const char *diff_unplaced_notes(Arena *arena, const char *path, int *n_working,
                                const char **working_codes);

/* (diff_review.c) Says on stderr, in a line of its own, that the plan
 * (named name) holds import's working notes (plan->working_notes), which
 * the redline leaves out; nothing when it holds none, or under
 * --diag-format=json. */
void diff_say_working_notes(const Plan *plan, const char *name);

/* The shape of a label the plan did not write, appended to out: each run
 * of digits "1", of capitals "A", of other letters "a" ("II." -> "A.",
 * "1.2." -> "1.1.", "đ)" -> "a)"), so that a renumbering is no change
 * (diff.c). */
void diff_label_form(const char *s, Buf *out);

/* The addresses of the links md's lines print with (those the back ends
 * keep as links: render_link_kept), joined by ", ", appended to out; 0
 * when it has none. Linear: cmark reads each line once. (diff_links.c) */
int diff_link_addresses(const char *md, Buf *out);

/* s[0..n), a deleted or inserted run, with the characters that print as a
 * space or as nothing (a no-break space, a soft hyphen, a zero-width
 * space, a bidirectional control; plain spaces and line breaks too when
 * the run holds nothing else) written as their Vietnamese names, "‹dấu
 * cách không ngắt›", appended to out: 1; 0 (out untouched) when it has
 * none of them. With same (a run both sides share), only the
 * bidirectional controls, which reorder what is printed after them, are
 * named (diff_visible.c). */
int diff_visible(const char *s, size_t n, int same, Buf *out);

/* The formatting a part prints with, in words ("tiêu đề in đậm", "khổ
 * ngang | gộp ô theo cột: Thuộc xã", "lề trên 20 mm, ..."), for diff to
 * compare (diff_format.c): a heading's emphasis as printed (its style,
 * else default_style) and, when it has text after its title, the text's;
 * a paragraph's; a table's merged columns and, on an attachment's page
 * (page), its orientation (NULL when a body table merges nothing); the
 * page layout, the template's values where the plan writes none. */
const char *diff_format_heading(Arena *arena, const BodyNode *node, unsigned default_style,
                                int has_text, unsigned title_marks, unsigned text_marks);
const char *diff_format_text(const BodyNode *node, unsigned marks);

/* Markdown emphasis that wraps the whole of s ("**X**", "*X*", "***X***",
 * nothing inside pairing with it), taken off in place: the emphasis it
 * printed, 1 bold and 2 italic, which the *_marks of diff_format_* add to
 * the part's style; 0 and s unchanged otherwise. A paragraph written
 * "**X**" and one styled bold print alike (an import writes the first for
 * the second: round23 R4). */
unsigned diff_whole_emphasis(char *s);
const char *diff_format_table(Arena *arena, const Attachment *att, int page);
const char *diff_format_layout(Arena *arena, const Layout *layout);
/* format as a changed part shows it beside other, the other side's: its
 * columns' alignment and widths left out when other has the same, so that
 * a page made portrait reads "khổ [-ngang-]{+dọc+}", not the alignment of
 * every column too (s27attack M1). */
const char *diff_format_shown(Arena *arena, const char *format, const char *other);

/* 1 if new_text is old with one or more years moved by the plans' shift
 * (new_year - old_year, the two plans' {year}s; 0 when they are equal)
 * and nothing else changed; 0 otherwise (diff_year.c). A year is a run
 * of four digits within PLAN_YEAR_MIN..PLAN_YEAR_MAX that a {year} printed
 * in both, or that stands where the text clearly names a year ("năm
 * 2024", a date, a range of years, the plan's year after a word of time
 * or of a table's column): any other figure changed is shown. */
int diff_year_only(const char *old, const char *new_text, int old_year, int new_year);
/* Whether s holds a {year} mark (InlineCtx.mark_years); its copy without
 * them in the arena (s itself when it has none). */
const char *diff_year_unmarked(Arena *arena, const char *s);

/* (diff_printed.c) Calls put(line, out) for each line of text (a line
 * without its '\n'), with a '\n' put in out between two lines: a text
 * printed line by line, each line's emphasis read alone, as the back ends
 * print it. Owns nothing; line is put's to read only, during the call. */
void diff_each_line(const char *text, Buf *out, void (*put)(const char *line, Buf *out));

/* (diff_printed.c) A Markdown line as the diff shows a part whose emphasis
 * changed, in the terminal and the HTML page: as written, its marks kept
 * ('**', '*', '_', '`', links, and an escape of one of them, "\\*"), the
 * other escapes resolved as the document prints them - "Công văn \\<số
 * 12>" is "Công văn <số 12>" (its Markdown source showed "\\<", and
 * "\\&lt;" in the HTML page: s45attack D1); inside a code span as written. */
void diff_marked_line(const char *line, Buf *out);

/* (diff_printed.c) text, each line as the back ends print it, its text
 * and the style of each piece, appended to out: one form for the sources
 * that print alike (printed_differ compares parts by it). */
void diff_printed_form(const char *text, Buf *out);

/* (diff_md.c) The marks of a deletion and of an insertion in the
 * Markdown report until diff_md_sanitize has run: bytes no plan text
 * holds (the loader drops control characters). */
#define DIFF_DEL_MARK "\x01"
#define DIFF_INS_MARK "\x02"
/* (diff_md.c) The Markdown report in out from byte start sanitized as
 * build -f md sanitizes a document (md_sanitize, the plan's tildes,
 * stars and underscores escaped too), then each DIFF_DEL_MARK written as
 * a deletion's "~~", each DIFF_INS_MARK as an insertion's "**". out
 * stays the caller's. */
void diff_md_sanitize(Buf *out, size_t start);
/* (diff_md.c) Plain text on one line of the Markdown report (a heading,
 * a file name): every character Markdown reads as markup escaped, a line
 * break a space. */
void diff_md_plain(Buf *b, const char *s);
/* (diff_md.c) s[0..n) as Markdown text of the report into b: a line break
 * stays one, a line that starts like a list item or a heading stays text;
 * *bol says whether b is at a line's start, before and after. */
void diff_md_text(Buf *b, int *bol, const char *s, size_t n);
/* (diff_atoms.c) The tokens t[0..*count) of s (similar_tokens') joined so
 * that no code span, link or picture of s's Markdown is cut: the Markdown
 * report's word diff then marks one whole or not at all. */
struct SimToken;
void diff_md_atoms(const char *s, struct SimToken *t, size_t *count);
/* (diff_atoms.c) s with every backtick that opens or closes no code span
 * (a lone '`', read as text) and every bracket outside them that pairs
 * with none escaped ("\`", "\[") into out: the same text to a reader,
 * but one whose marks the report's marks and the other side's words
 * around them cannot pair across ("`c d`" edited to "b2 d`" made
 * "~~`c~~**b2** d`" a span holding the marks, "...![" deleted before
 * "b2 f](g)" a picture). 0 (out untouched) when s has no such mark. */
int diff_md_lone_marks(Buf *out, const char *s);

#endif
