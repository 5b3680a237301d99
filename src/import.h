/* import.h - `khgen import`: an existing plan (.docx, .md, .txt) back to a
 * plan source.
 *
 * Import is a decompiler in three stages, one file each:
 *
 *   read       import_text.c (Markdown, plain text) and import_docx.c (Word,
 *              through libzip and libxml2) turn the file into one common
 *              list of paragraphs (ImpParas): text with its printed label
 *              still in front ("1.2. ...", "- ...", Word's computed list
 *              numbers included), and what the reader knows besides the
 *              words (heading level, the whole paragraph bold or italic);
 *   recognise  import.c finds the document's parts in that list: header,
 *              legal bases, opening, the body tree, closing, recipients,
 *              signature; and proposes registries (units, localities) and
 *              tasks;
 *   emit       emit_yaml.c writes the plan source, with a YAML comment on
 *              whatever was inferred rather than read.
 *
 * Every reader refuses input it cannot trust (not UTF-8, binary, too large,
 * a damaged or oversized zip) with a diagnostic in the KH750-KH779 range
 * and returns -1; nothing is written then.
 */
#ifndef KHGEN_IMPORT_H
#define KHGEN_IMPORT_H

#include <stddef.h>

#include "diag.h"
#include "util.h"

/* Limits on what import reads. A plan is at most a few hundred kB of text. */
#define IMPORT_MAX_TEXT (8u << 20)      /* .txt / .md file */
/* The .docx file itself, read whole: its pictures (word/media) count here
 * though they are never unpacked, and a plan with photographs or scanned
 * pages is tens of MB (32 MiB refused them, KH752). */
#define IMPORT_MAX_DOCX (256u << 20)
/* One part import unpacks (word/document.xml, numbering.xml, styles.xml,
 * footnotes.xml, endnotes.xml): a plan's document.xml is a few MB, Word's
 * own a KB or two a paragraph; 32 MiB is over a thousand pages (KH755). */
#define IMPORT_MAX_PART (32u << 20)
#define IMPORT_MAX_PARAS 200000
/* The embedded documents of a .docx (w:altChunk) together, as much as one
 * part: each unpacks within IMPORT_MAX_PART like any part, and all of them
 * (a package's document.xml, numbering.xml, styles.xml and notes included)
 * within this, so that many references to one large part cannot unpack it
 * again and again (KH755; libxml2's HTML parser reads about 30 MB/s). */
#define IMPORT_MAX_CHUNKS (32u << 20)
/* XML tags in one part: its parse tree stays under ~450 MB. khgen's own
 * document.xml has a tag per 15 bytes (gen_plan.py 3000 8000: 20.9 MB, 1.35
 * million tags), so any part under IMPORT_MAX_PART that khgen writes fits. */
#define IMPORT_MAX_TAGS 2500000
/* Tags and attributes together: an attribute costs the parse tree about
 * twice a tag (its node and its value's), so each quote mark counts as a
 * tag does. A part of attributes only (` ab=""`, 200 KB zipped) took
 * 1.3 GB and 6 s; now the tree stays under ~600 MB whatever the mix, and
 * khgen's own widest table (a Biểu of 5,000 rows and 30 columns, 31 MB,
 * 4.2 million) still fits. */
#define IMPORT_MAX_NODES 5000000

/* One paragraph of the source document. text is Markdown inline text
 * (NFC, trimmed); a line break inside the paragraph is '\n'. The label the
 * document prints ("II.", "1.1.", "a)", "-") is still at its start. */
typedef struct ImpPara {
    char *text;
    int line;    /* source line (text) or paragraph number (docx), 1-based */
    int heading; /* Markdown/Word heading level 1..6, 0 for none */
    int khstyle; /* .docx: 1 a style of khgen's own (KH...), 2 its closing's
                    (KHClosing), 0 none */
    int bold;    /* the whole paragraph is bold */
    int italic;  /* the whole paragraph is italic */
    int in_table;
    int gap;     /* an empty line (or empty paragraph) comes before it */
    int indent;  /* Markdown: spaces before its first line (list nesting) */
    int literal; /* Markdown: its label-like start was written as a character
                  * reference ("1&#46; x"): text, not a label */
    char *review; /* text a plan has no place for (a footnote's, a text box's, a
                   * nested table's), one note a line, written as "# review:"
                   * comments beside what this paragraph becomes; NULL: none */
    size_t review_len, review_cap; /* its length and room (imp_review_put) */
    unsigned long long merged_up; /* a .docx table's row: bit k, its cell in grid
                                   * column k continues a vertical merge from
                                   * the row above (the text copied from it) */
    unsigned long long not_centred; /* a .docx table's row: bit k, its cell in
                                     * grid column k holds text and is not
                                     * centred (docx_cell_centred) */
    int page; /* a .docx table's row: its pages, 1 portrait, 2 landscape
               * (docx_section.c); 0 unknown (.md, .txt) */
    int spans_rest; /* a .docx table's row: its second cell spans to the
                     * row's end (w:gridSpan), as a group row's title does */
    int listed; /* a .docx paragraph numbered by Word's lists (its label
                 * Word's, not typed): never a wrapped line (docx_wrapped.c) */
    unsigned long long cell_emph[3]; /* a .docx table's row: bit k, its cell
                                      * in grid column k has words bold ([0]),
                                      * italic ([1]), underlined ([2]) */
    const char *underlined; /* a .docx paragraph: its underlined words (a
                             * link's aside), which a plan's text has no
                             * mark for (import_emphasis.c says them); NULL
                             * none */
} ImpPara;

/* The paragraph list; owned by the arena passed to the readers. */
typedef struct ImpParas {
    ImpPara *items;
    size_t n, cap;
    int markdown; /* the text carries Markdown emphasis to honour */
    int docx;     /* read from a .docx, whose paragraphs carry no indent of
                   * Markdown's (a task's text and a paragraph after it
                   * look alike: import_damaged.c) */
    /* a .md's YAML front matter's title, date and number (md_front.h's
     * MD_FRONT_*; arena), NULL where it gives none; import_front.c */
    const char *front[3];
    /* the characters no document can show (unispace_forbidden) that
     * imp_para_add left out: how many, the first and its paragraph's
     * line; a .docx's are said once by its reader (KH014), a .txt's and
     * .md's by import_textcheck.c before */
    size_t dropped;
    unsigned dropped_cp;
    int dropped_line;
} ImpParas;

/* Appends a paragraph (text copied into the arena, without the characters
 * a plan may not hold: control characters, U+2028/U+2029, U+FFFE/U+FFFF;
 * no-break and other wide spaces read as spaces, zero-width spaces, soft
 * hyphens and byte order marks dropped). */
ImpPara *imp_para_add(Arena *arena, ImpParas *paras, const char *text, size_t len, int line);
/* Counts into paras->dropped (and the first's code point and line) the
 * characters of text[0..len) no document can show (unispace_forbidden),
 * which imp_para_add leaves out; linear (import_textcheck.c). */
void imp_count_dropped(ImpParas *paras, const char *text, size_t len, int line);

/* text[0..len) without the characters a plan may not hold, as
 * imp_para_add() keeps a paragraph's (arena). */
char *imp_clean_text(Arena *arena, const char *text, size_t len);

/* Where the lines of a rewritten text came from: an HTML block's "<p>A<br>
 * b</p>" on one line is written as paragraphs on several, and import's
 * diagnostics below it named lines too far down (s25review). Anchors in
 * order: from the rewritten text's line `out` on, line out + k came from
 * line src + k, but not past `last` (-1: no bound; a block's lines all
 * come from its own). */
typedef struct LineMap {
    struct LineAnchor {
        int out, src, last;
    } *a;
    size_t n, cap;
} LineMap;

/* The line of the text before the rewrite that line (of the rewritten
 * text) came from: itself when map has no anchor at or before it. */
int imp_line_map(const LineMap *map, int line);

/* Rewrites the raw HTML tables of a Markdown text (pandoc's form of a Word
 * table whose cells hold several paragraphs) as what their cells say:
 * one Markdown paragraph per cell paragraph (one or two columns) or pipe
 * rows (three or more). Appends the whole text, rewritten, to out and
 * returns 1; returns 0 (out untouched) when it has no HTML table. Counts
 * in *kept the tables left as written (never closed by "</table>", or
 * nested past what the parser reads in linear time): their tags print, for
 * a warning (KH764). */
typedef struct HtmlKept {
    int count;       /* tables left as written */
    size_t first_at; /* the first one's "<table": its byte in s */
    int line;        /* for the caller: the lines before it */
    int comment_line, comment_col; /* the first "<!--" never closed (import_text.c,
                                      md_comment.c; 0: none), KH766 */
    int cells_line; /* the pandoc table past IMPORT_MAX_PARAS cells (0: none), KH752 */
    LineMap map;    /* the lines of the HTML blocks rewritten (imp_md_html_inline) */
    LineMap map5;   /* and before it, of its HTML tables (imp_md_html_tables) */
    Buf front;      /* its YAML front matter's lines, "; " between (md_front.c) */
    int front_lines; /* the lines it held (0: none) */
    /* its YAML, the lines between its "---" ones, in the text
     * (md_front_fields reads its title, date and number) */
    const char *front_yaml;
    size_t front_yaml_len;
} HtmlKept;

/* The line of the .md that line of the text its passes wrote came from
 * (kept's maps, the inline pass's then the tables'). */
int imp_kept_line(const HtmlKept *kept, int line);

/* Frees kept's maps. */
void imp_kept_free(HtmlKept *kept);
int imp_md_html_tables(const char *s, size_t len, Buf *out, HtmlKept *kept);

/* Rewrites the tables of pandoc's own Markdown (`pandoc -t markdown`) in
 * s[0..len) - grid tables, multiline and simple tables - as the HTML
 * tables pandoc's GitHub Markdown writes for them, for imp_md_html_tables
 * to read (md_pandoc_tables.c), the rest copied; each table's lines kept
 * in number. Returns 1 with the text in out, 0 (out untouched) when it
 * holds none, -1 with *over_line the line of the table whose cells pass
 * IMPORT_MAX_PARAS with those before it (KH752). Linear in len. */
int imp_md_pandoc_tables(const char *s, size_t len, Buf *out, int *over_line);

/* The text s (len bytes) of a Markdown file with the emphasis tags of its
 * lines outside code (<b>, <strong>, <i>, <em>, with attributes or none)
 * written as Markdown's "**" and "*", and <u> dropped, as a Markdown
 * reader shows them and as imp_md_html_tables reads a table's cells:
 * appended to out, 1; 0 and out untouched when no line changes. A line
 * whose tags do not pair up is read with the rest of its paragraph (a
 * tag closed on a later line), else left as written. Linear in len. */
int imp_md_html_inline(const char *s, size_t len, Buf *out, LineMap *map);


/* Small capitals (Word's w:smallCaps, pandoc's "[x]{.smallcaps}") are
 * read as capitals, by the .docx reader (docx_run_caps) and the .md one
 * (imp_md_pandoc_inline) alike: Word and LibreOffice show their letters
 * as capitals, pandoc's plain text writes them so, and a plan has no small
 * capitals to keep them in (README, import). The one decision; they were
 * capitals from a .docx and as typed from a .md (s25round). */
#define IMP_SMALL_CAPS_UPPER 1

/* Rewrites the inline marks of pandoc's own Markdown that CommonMark lacks
 * (a bracketed span "[x]{.underline}", a deletion's or a comment's span,
 * "~~x~~", "~x~") in s[0..len) as the words pandoc's reader shows (a
 * small-capital span's in capitals: IMP_SMALL_CAPS_UPPER), into
 * out (md_pandoc_inline.c): 1 if anything changed, else 0 (out untouched).
 * Linear in len. */
int imp_md_pandoc_inline(const char *s, size_t len, Buf *out);

/* Rewrites the tables of a plain text whose cells are one a line
 * (LibreOffice's .txt of a Word table: "TT", the headings, then rows that
 * begin with their numbers 1, 2, ...) as Markdown pipe rows, where the
 * shape is certain (import_txtcells.c). Appends the whole text, rewritten,
 * to out and returns 1; returns 0 (out untouched) when it has none. Counts
 * in *doubt the body's tables a cell a line left as paragraphs (a group
 * row, a merged heading: the shape not certain), for a warning (KH763),
 * and the tables whose heading of two rows of merged cells was read as
 * their columns' (a group's "group: heading"), for a review note. */
typedef struct TxtCellDoubt {
    int count;       /* tables a cell a line in the body whose shape is not certain */
    int first_line;  /* the line of the first one's "TT" (1-based), 0 none */
    int merged;          /* tables read with a heading of two rows of merged cells */
    int merged_line[16]; /* the lines of the first 16 ones' "TT" */
    /* a PDF text's table (txt_layout.c, KH767): lines whose two cells
     * -layout printed one space apart, cut at a column's place; lines
     * under a last row taken as text after the table though they begin at
     * one of its cells' places and run across the next column */
    int cut, cut_line, cut_col, under, under_line;
    /* rows whose one text after an Arabic STT runs across the columns
     * after it, not cut (txt_row_across): one cell, the others empty */
    int across, across_line, across_col;
    /* cells whose words run across the next column's place, that column
     * holding words of the same row from another line: not cut, kept in
     * the cell (txt_layout.c write_grid) */
    int over, over_line, over_col;
    /* lines of more cells than a line holds (TXT_MAX_CELLS): never a
     * table's row, their words kept as text (KH758, s55review F1) */
    int wide, wide_line;
    char cut_words[48]; /* the first cut's right piece, its start */
    char cut_left[48];  /* the word before it, left in the cell before (s38imp) */
} TxtCellDoubt;
int imp_txt_cell_tables(const char *s, size_t len, Buf *out, TxtCellDoubt *doubt);

/* A plain text's lists' labels printed on lines of their own (a PDF's
 * text: "I." over "MỤC ĐÍCH") put back before the next line of text, and
 * a number of three digits or more under a line whose sentence is open
 * ("2023." under "... so với năm") after that line, their own lines left
 * empty: the whole text, rewritten, to out and 1; 0 (out untouched) when
 * there is none. txt_labels.c; linear in len. */
int imp_txt_lone_labels(const char *s, size_t len, Buf *out);
/* A plain text's page numbers (a PDF's text: "\f   2" opening its second
 * page, or its last line before the page break) left empty, the form
 * feed kept: the whole text, rewritten, to out and 1; 0 (out untouched)
 * when there is none. A line is one only where a page's number stands
 * and when it is that page's ("2", "- 2 -", "Trang 2", "2/9" on page 2).
 * So is a running header: the same line opening two pages or more one
 * after the other (an OCR's text of a scanned plan). txt_pages.c; linear
 * in len. */
int imp_txt_page_numbers(const char *s, size_t len, Buf *out);
/* The page number the line s[0..n) prints ("2", "- 2 -", "Trang 2",
 * "Trang 2/9", "2/9"), or 0 when it is no page number: the one reading of
 * a page's number, for a PDF's text (above) and for a page's footer
 * pasted into a document's body (import.c). txt_pages.c. */
long imp_page_number(const char *s, size_t n);
/* A plain text's recipients and signature side by side on its lines (a
 * PDF's text, -layout: "Nơi nhận:      TM. ỦY BAN NHÂN DÂN") cut into
 * lines of their own, the left column's first, from the "Nơi nhận" line
 * to the next empty line; each line added takes the place of an empty
 * line after them where there is one: the whole text, rewritten, to out
 * and 1; 0 (out untouched) when there is none. txt_pages.c; linear. */
int imp_txt_side_by_side(const char *s, size_t len, Buf *out);
/* A "Biểu"/"Phụ lục" page's table in a PDF's text (-layout: its cells at
 * their columns' places) that lines up, written as pipe rows (its header
 * lines one row, a row a line that begins with its STT or "Tổng cộng",
 * wrapped words joined to their cell), the lines it took left empty after
 * it: the whole text, rewritten, to out and 1; 0 (out untouched) when
 * none lines up. What it guessed (two cells printed one space apart; a
 * line under a last row that may be its words) counted in *doubt for
 * KH767, and the lines too wide for a table's row for KH758. txt_layout.c;
 * linear in len. */
int imp_txt_layout_tables(const char *s, size_t len, Buf *out, TxtCellDoubt *doubt);
/* KH767 at the first line *doubt counts (txt_layout.c's guesses; txt_guess.c), each
 * kind once with its count, and KH758 at the first line too wide for a
 * table's row: none when there is none. */
void imp_txt_layout_warn(DiagSink *diags, const char *path, const TxtCellDoubt *doubt);
/* A plain text's tables pasted with tabs: runs of two lines or more with
 * the same number of tab-separated cells (three or more; not a header's
 * or signature's layout line) as pipe rows, the other lines as they are,
 * all to out. txt_layout.c; linear in len. */
void imp_txt_tab_tables(const char *s, size_t len, Buf *out);
/* The header's lines a PDF's narrow columns broke ("CỘNG HÒA XÃ HỘI CHỦ"
 * over "NGHĨA VIỆT NAM", "..., ngày 14 tháng 02 năm" over "2025"), in the
 * first 40 lines, joined, an empty line left for the second: the whole
 * text to out and 1; 0 (out untouched) when none. txt_pages.c; linear. */
int imp_txt_header_splits(const char *s, size_t len, Buf *out);
/* Whether the line t[0..n) goes on the word or number that para[0..len)
 * ends in after its hyphen or en dash, typed with no space before it
 * ("2021-" over "2025", "12/KH-" over "UBND"): the line broken there by
 * Word, then joined without a space. txt_labels.c */
int imp_txt_hyphen_break(const char *para, size_t len, const char *t, size_t n);
/* 1 if the line s[0..n) has letters and none of them lower case; 1 if
 * it ends a sentence ('.', ':', ';', '!', '?', ')' before spaces and
 * emphasis marks, or is empty). import_text.c */
int imp_txt_all_caps(const char *s, size_t n);
/* 1 if s[0..n) begins with a small letter ("phòng HĐND", "chức theo"):
 * a line going on the one above it. import_text.c */
int imp_txt_starts_lower(const char *s, size_t n);
int imp_txt_ends_sentence(const char *s, size_t n);
/* 1 if the line s[0..n) is a table's header left in a PDF's text: "STT"
 * (or "TT") and two cells or more, two spaces apart (txt_head_cell): a
 * Biểu's later page whose columns the reader could not map onto its
 * first page's (a column more) is no note under its table, said by
 * KH762 (it went into the note silently; s45imp). txt_cells.c */
int imp_txt_head_line(const char *s, size_t n);
/* Checks the bytes data[0..len) of the text file path (size, UTF-8, no
 * binary control characters): 0, or -1 after an error in diags.
 * import_textcheck.c */
int imp_check_text(DiagSink *diags, const char *path, const char *data, size_t len);
/* Whether the line t[0..n) of plain text goes on the paragraph
 * para[0..len) rather than starting one of its own, blank_run empty lines
 * between them, the paragraph one line (one_line 1: no '\n' in it; -1:
 * looked for, only where the rule needs it) or more,
 * its last line prev_len bytes long and all in
 * capitals (prev_caps) or not: a line that begins in lower case under a
 * sentence left open, or one under a long line left open, as text copied
 * out of a PDF or a Word file is wrapped; not a label, a field ("Số:"), an
 * opening word ("Căn cứ") nor a line under one in capitals. The rule for a
 * .txt's lines and a .docx's paragraphs typed a line each (docx_wrapped.c).
 * import_text.c */
int imp_txt_continues(const char *para, size_t len, int one_line, const char *t, size_t n,
                      int blank_run, int prev_caps, size_t prev_len);

/* Whether s is a totals row's label, "Tổng cộng", "TỔNG CỘNG:", "Cộng",
 * "Tổng số" (import_attrows.c: an attachment's totals row; import_docx.c:
 * a label spanning columns is no merge to note). */
int imp_totals_label(const char *s);

/* Adds a note to para->review: what (a kind and where, "footnote 1 after
 * \"...\"") then ": " and text[0..len), cleaned as a paragraph's text and
 * on one line (its line breaks become spaces); import_notes.c. */
void imp_para_review(Arena *arena, ImpPara *para, const char *what, const char *text,
                     size_t len);

/* imp_para_review for a note a warning of its own code says (KH760 a
 * .md's footnote, KH761 its front matter, KH763 a merged heading): the
 * note ends " [code]", which the '# review:' comment keeps in place of
 * the documents' notes' [KH759] (the front matter's comment said KH759
 * beside a KH761 warning: s31review). */
void imp_para_review_as(Arena *arena, ImpPara *para, const char *code, const char *what,
                        const char *text, size_t len);

/* Appends the note lines s[0..n) to para->review (a line break between),
 * its room doubling in the arena: a paragraph of many notes costs linear
 * time. */
void imp_review_put(Arena *arena, ImpPara *para, const char *s, size_t n);

/* Where a reference mark stood, for a note: "after \"...the last 40
 * characters of s[0..n)\"", or "at the start of its paragraph" (arena). */
const char *imp_quote_before(Arena *arena, const char *s, size_t n);

/* A Markdown footnote ("[^1]: text", and its paragraphs indented under it)
 * is no paragraph of the plan: each definition leaves paras, its text
 * becomes a note (imp_para_review) of the paragraph that first refers to
 * it ("...[^1]"), whose mark goes, or of the paragraph before it when none
 * does; a warning (KH760) at the definition's line says where it went.
 * import_notes.c. */
void imp_md_footnotes(Arena *arena, DiagSink *diags, const char *path, ImpParas *paras);

/* A Markdown picture, "![alt](address)" (pandoc writes a Word picture so),
 * is no text of the plan's: each leaves its paragraph's text and becomes a
 * note "a picture, which a plan has no place for: alt (address)" of it, or,
 * of a paragraph that was pictures alone (then dropped), of the paragraph
 * before it; one warning (KH759, imp_pictures_warning) counts them, as for
 * a .docx's pictures. A picture in a code span, or escaped, is text, and
 * table rows are left as they are. Linear in the text. import_notes.c. */
void imp_md_pictures(Arena *arena, DiagSink *diags, const char *path, ImpParas *paras);
/* The note of a picture a reader leaves out (both readers': the one rule),
 * "a picture, which a plan has no place for: NAME" (name[0..len), its
 * description; len 0: "(no description)"), on para. */
void imp_picture_note(Arena *arena, ImpPara *para, const char *name, size_t len);
/* What a .md holds that a plan has no place for, as notes: its footnotes
 * (imp_md_footnotes), then its pictures (imp_md_pictures). */
void imp_md_notes(Arena *arena, DiagSink *diags, const char *path, ImpParas *paras);
/* KH759 at pos counting n pictures or drawings kept as notes (none: no
 * warning); the one message of the .docx and the .md readers. */
void imp_pictures_warning(DiagSink *diags, SrcPos pos, int n);

/* Reads .txt or .md text (data[0..len), not NUL-terminated necessarily).
 * markdown: 1 for .md, 0 for .txt (a .txt written in Markdown, with "#"
 * headings or "**", is read as Markdown). Returns 0, or -1 after reporting
 * a diagnostic against path. Paragraphs are allocated in arena. */
int import_read_text(Arena *arena, DiagSink *diags, const char *path, const char *data,
                     size_t len, int markdown, ImpParas *out);

/* Reads a .docx (data[0..len) is the zip file): word/document.xml and
 * word/numbering.xml, Word's list numbers computed into the labels. Returns
 * 0, or -1 after reporting a diagnostic. */
int import_read_docx(Arena *arena, DiagSink *diags, const char *path, const char *data,
                     size_t len, ImpParas *out);

/* What recognition counted, for the report and the tests. */
typedef struct ImpStats {
    int bases, bases_structured;
    int nodes, nodes_auto;      /* numbered body nodes, and those numbered automatically */
    int headings;               /* paragraphs with a heading label (I., 1., 1.1., a)) */
    int headings_in_body;       /* of those, the ones that became body nodes */
    int units, tasks, tasks_lead, deadlines, criteria, localities, year_refs;
} ImpStats;

/* Recognises the plan in paras and writes its YAML source to out.
 * source_name is quoted in the leading comment. templates_dir: NULL, or
 * `--templates DIR`, whose templates are read before the built-in ones
 * (the wording the document was built with). Returns 0, or -1 after a
 * diagnostic (nothing that looks like a plan). stats may be NULL. */
int import_plan(Arena *arena, DiagSink *diags, const char *path, const ImpParas *paras,
                const char *templates_dir, Buf *out, ImpStats *stats);

#endif
