/* import_impl.h - what the files of import's recognition stage share
 * (import.c, import_util.c, import_head.c, import_body.c, import_tasks.c).
 *
 * Not a public interface: import.h is. Everything here works on one Ctx,
 * whose arena owns every string and node these functions return; nothing
 * they return is freed separately, and none of them writes to the output.
 */
#ifndef KHGEN_IMPORT_IMPL_H
#define KHGEN_IMPORT_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "att_named.h"
#include "emit_yaml.h"
#include "import.h"

/* The parts khgen prints in a fixed style (import_emphasis.c). */
typedef enum {
    IMP_PART_ISSUER, IMP_PART_NATIONAL, IMP_PART_NUMBER, IMP_PART_PLACE_DATE, IMP_PART_KIND,
    IMP_PART_TITLE, IMP_PART_BASIS, IMP_PART_OPENING, IMP_PART_CLOSING, IMP_PART_RECIPIENT,
    IMP_PART_SIGNATURE, IMP_PART_ATT_LABEL, IMP_PART_ATT_TITLE, IMP_PART_ATT_NOTE,
    IMP_PART_TEXT, /* the body's text: bold and italic its own, underline not */
    IMP_PART_COUNT
} ImpPartKind;

/* The recognition's state: the arena owning everything, where diagnostics
 * go, the plan being filled and the counts for --stats. */
typedef struct Ctx {
    Arena *arena;
    /* per paragraph: 1 when its notes (ImpPara.review) were written beside
     * what it became already (an attachment's row), not with the others */
    unsigned char *review_placed;
    DiagSink *diags;
    const char *path;
    int markdown;
    const char *const *front; /* ImpParas's front matter fields (import_front.c) */
    int year;
    IPlan *plan;
    ImpStats *stats;
    int beyond_limits; /* the plan would pass a plan's limit (KH752): nothing is written */
    size_t cap_units, cap_locs;
    int tables;     /* captioned tables in the body so far ("Bảng 1.") */
    /* the last recipient read ends in ';' or ',': the list goes on (a long
     * list's rows under the signature, imp_sig_put) */
    int recipients_open;
    /* indexes, so that a document naming many units or places is read in
     * linear time: unit and locality names to their index, the ids taken
     * (units and localities), and an id base to its slot in next_suffix,
     * the last suffix given ("-2", "-3", ...); freed by import_plan */
    StrSet unit_names, loc_names, loc_kinds, ids, id_bases; /* loc_kinds: "kind\x1Fname" */
    size_t *next_suffix, n_bases, cap_bases;
    /* the room of the lists list_add grows (recipients, signature lines,
     * issuer), each known by the address of its count: a list whose
     * array is not the one recorded (issuer++) grows anew */
    struct {
        const size_t *n;
        const char **list;
        size_t cap;
    } rooms[8];
    /* the shipped catalog qd318-xa-ntm, read at its first use
     * (import_catalog.c); NULL until then or when it cannot be read */
    const struct Catalog *catalog;
    int catalog_read;
    /* `import --templates DIR`: the templates the plan was built with, read
     * first (the "(Kèm theo ...)" line's wording: import_attline.c); the
     * set read from it (or the built-in one), made once (imp_templates) */
    const char *templates_dir;
    struct TemplateSet *templates;
    /* the "(Kèm theo ...)" line's wording as import_attline.c reads it,
     * cut once: the wording it is cut from, its parts, their weight */
    const char *wording_of;
    struct WordingPart *wording_parts;
    size_t n_wording_parts, wording_weight;
    /* the attachments read (import_attrefs.c): each label to its index in
     * att_ids, the id it was given */
    StrSet att_labels;
    const char **att_ids;
    size_t n_att_ids, cap_att_ids;
    /* every attachment page's label read, its table read or not (a page
     * the text names as attached is one of them: import_attrefs.c) */
    AttLabels page_labels;
    /* the paragraphs (import_plan's), whose notes import_emphasis.c adds
     * to, and per part the paragraphs that show emphasis not its own:
     * how many, the first's line, the emphasis (bit 1 bold, 2 italic) */
    struct Para *paras;
    int number_line; /* the line of the header's number read, 0 none */
    int docx;        /* read from a .docx (ImpParas' docx) */
    size_t short_rows_page; /* n_att_ids when a short row was last warned at (KH770) */
    size_t emph_cells_page; /* the same, for emphasis in a Biểu's cells (KH759) */
    /* the places of khgen's own Biểu 01 read as its preset (import_preset.c) */
    struct ImpTarget *targets;
    size_t n_targets;
    int figures_locale; /* the figures of a table read before: 1 written with
                           English thousands commas ("12,500" beside "500"),
                           -1 as a Vietnamese document writes them ("1.705",
                           "12,5"), 0 neither seen (import_commas.c) */
    struct ImpPartSeen {
        int count, line;
        unsigned added;
    } part_seen[IMP_PART_COUNT];
} Ctx;

/* A place of khgen's own Biểu 01 (import_preset.c): its kind and name
 * as the table prints them, its parent's, the cells for its fields (NULL
 * when empty). */
typedef struct ImpTarget {
    const char *kind, *name, *parent_kind, *parent;
    const char *criteria_met, *status, *target, *note;
} ImpTarget;

/* A paragraph prepared for recognition. */
typedef struct Para {
    char *text;  /* emphasis around the whole removed; '\n' kept */
    char *flat;  /* the same with line breaks as spaces */
    int bold, italic, heading, line, in_table, gap;
    int khstyle; /* ImpPara's */
    int indent; /* Markdown: spaces before the first line */
    int literal; /* Markdown: its escaped start ("\- x") is text, not a label */
    unsigned long long merged_up; /* ImpPara's: cells merged with the row above */
    unsigned long long not_centred; /* ImpPara's: cells with text, not centred */
    int page; /* ImpPara's: a .docx table row's pages, 1 portrait, 2 landscape, 0 unknown */
    int spans_rest; /* ImpPara's: a .docx row's second cell spans to its end */
    const char *review; /* ImpPara's notes (text the plan has no place for), or NULL */
    size_t index;       /* its place in the paragraph list */
    const char *underlined; /* ImpPara's underlined words, or NULL */
    unsigned long long cell_emph[3]; /* ImpPara's: cells bold, italic, underlined */
    int underline_said;     /* a part's emphasis rule read them (import_emphasis.c) */
} Para;

/* Where the body ends and what follows it. */
typedef struct ImpEnd {
    size_t end;      /* first paragraph of the attachments, or n */
    size_t body_end; /* first paragraph after the body */
    size_t after;    /* first paragraph of the signature block */
    long recip;      /* "Nơi nhận", or -1 */
    long closing;    /* the closing sentence, or -1 */
    char *sig_rest;  /* signature lines run into the recipients' paragraph */
} ImpEnd;

/* Finds where the text of P[i..n) ends (import_end.c): the attachment
 * pages (read into c's plan, imp_read_attachments), "Nơi nhận", the
 * closing (set as c's plan's closing) and the signature block, into *e.
 * May shorten a paragraph's text and flat (the end mark khgen added to
 * the body's last text, dropped); P stays the caller's. */
void imp_find_end(Ctx *c, Para *P, size_t n, size_t i, ImpEnd *e);

/* s, the closing read from Markdown, without the escapes a writer put in
 * its end mark ("\\./\\." shown "./."): s itself when it has none or c
 * is not Markdown, else a copy in c's arena. */
const char *imp_end_mark_unescaped(Ctx *c, const char *s);

/* 1 if s is a rule typed as text and nothing else: three or more of '_',
 * '-', '=', '*', '~' or a dash ("–", "—", "─"), with spaces, tabs and a
 * Markdown escape's backslashes between them ("_________", "\\_\\_\\_").
 * Officials who do not draw the line under the subject or under an
 * attachment's "(Kèm theo ...)" line type it so; khgen draws the one and
 * prints no other, so such a line is the layout's, not the plan's text. */
int imp_typed_rule(const char *s);

/* 1 if p begins with a recipient's dash ("- ", Markdown's "\\- "). */
int imp_dashed_line(const Para *p);

/* Appends text as "# review:" lines marked code (or unmarked, NULL) to
 * c's plan's notes, printed above its body; copies into c's arena. */
void imp_add_plan_note(Ctx *c, const char *text, const char *code);

/* A document's notes (Para.review, one a line) in a budget: the first
 * IMP_NOTES_MAX written as they are, the others left out and named, with
 * how many of each kind and the lines of their paragraphs (the first
 * IMP_NOTES_LINES), in one note at the first one left out: an import's
 * plan is not many times the document (s26review L2). Both readers' notes,
 * of every kind; linear in the notes. import_notes.c. */
#define IMP_NOTES_MAX 50
#define IMP_NOTES_LINES 10
void imp_notes_budget(Arena *arena, Para *P, size_t n);

/* The label a paragraph starts with. */

typedef enum { L_NONE, L_ROMAN, L_NUM, L_POINT, L_BULLET } LabelKind;

typedef struct Label {
    LabelKind kind;
    int depth;      /* L_NUM: components */
    int nums[8];    /* L_NUM: the components; L_ROMAN: value */
    int close;      /* ')' instead of '.' */
    int trailing;   /* L_NUM: the label ends with '.' */
    char marker;    /* L_BULLET: '-' or '+' */
    char letter[4]; /* L_POINT */
    size_t len;     /* bytes of the label and the space after it */
    char text[32];  /* the label as printed, without backslashes */
} Label;

/* The letters of points in order ("a", "b", ..., "đ", ...: no "f", "j"). */
extern const char *const point_letters[];

/* The open headings while the body is read, innermost last. */
enum {
    RANK_ROOT = -2, RANK_PART = -1, RANK_SECTION = 0, RANK_POINT = 20, RANK_BULLET = 30,
    RANK_PLUS = 31
};

typedef struct Stack {
    INode *node[48];
    int rank[48];
    int col[48]; /* a Markdown list item's content column, or -1 */
    int n;
} Stack;

/* ---- import_number.c ---- */
/* The header's number read (plan->number, its line's paragraph
 * c->number_line) as khgen prints it: a whole number typed otherwise than
 * PLAN_NUMBER_FORMAT prints it ("010" prints 10, "5" 05) gets a review
 * comment marked KH761 and a warning at its line; a number 0, which no
 * plan may have, is left blank, said the same way. */
void imp_number_printed(Ctx *c);

/* ---- import_emphasis.c: emphasis on a part of fixed style ---- */
/* p became part: bold and italic, its whole paragraph's (or line's)
 * emphasis, and words, for a field printed as written, its text with the
 * Markdown emphasis of its words (NULL: a field that keeps them). The
 * emphasis that is not the part's style, the first time a part shows
 * some, becomes a note of p (its words quoted, arena) and is counted;
 * nothing kept of words. */
void imp_part_emphasis(Ctx *c, const Para *p, ImpPartKind part, const char *words, int bold,
                       int italic);
/* One warning (KH759) per part counted by imp_part_emphasis, at its first
 * paragraph's line, with the count. */
void imp_part_emphasis_warn(Ctx *c);
/* The underlined words of the paragraphs P[0..n) no part's rule above
 * read (the body's text, a table's cell outside a Biểu): a plan's text
 * has no underline, so each such paragraph gets a note naming the words,
 * counted as the part IMP_PART_TEXT for imp_part_emphasis_warn. Call it
 * after every part is read, before the notes are placed. */
void imp_underline_text(Ctx *c, Para *P, size_t n);
/* A row of a Biểu (named row in the note, "row 3", "the header row";
 * cols columns, paragraph p, its cells as the document writes them,
 * raw, or NULL; kind the row's kind as khgen prints it, a LayoutRowKind
 * of layout.h, LROW_DATA ...): the emphasis its
 * cells show (p->cell_emph, a .docx's; and a Markdown cell's marks in
 * raw, "**12**", "*x*") that khgen does not print there (bold
 * where layout_row_bold says no, the one decision of every back end;
 * italics and underline anywhere) is a note written to y beside the row,
 * and a warning (KH759) at the page's first such row. */
void imp_cell_emphasis(Ctx *c, Buf *y, const char *row, int cols, const Para *p,
                       const char *const *raw, int kind);

/* ---- import_head.c: the phases ---- */

/* The header and the subject line from the first paragraphs: fills the
 * plan's issuer, number, place, date and title (guessing, with a review
 * comment, what is missing). Returns the first paragraph after the title. */
size_t imp_read_header(Ctx *c, Para *P, size_t n);

/* A .md's front matter's title, date and number (front[], ImpParas's;
 * NULL where it gives none) in the header the document's lines gave:
 * each the plan's where the document has none (title_found 0: the title
 * is a placeholder; no date; a blank number), with a review comment; a
 * review comment where the document's differs, which is kept. Called by
 * imp_read_header before it guesses what is missing. import_front.c */
void imp_front_header(Ctx *c, const char *const front[3], int title_found);

/* The year the plan is for, when its date line is of the year before
 * ("ngày 28 tháng 12 năm 2024") and text, the title or (when the title
 * names no year) the opening, says "năm 2025", no range: c->year and the
 * plan's period become it (a review line says so). From the date's year,
 * every 2025 became {year+1}, and `khgen new --year 2026` printed 2027
 * (s28attack F1). Nothing when the date was guessed, is of January to
 * September (a plan of its own year), or text says no such year ("đến
 * năm 2025" is a target, not the plan's year). */
void imp_plan_year(Ctx *c, const char *text);

/* The "Căn cứ ..." paragraphs from paragraph i on, into plan->bases (and
 * plan->opening when the opening ran into the last basis). Returns the
 * first paragraph after them. */
size_t imp_read_bases(Ctx *c, Para *P, size_t n, size_t i);

/* ---- import_issuer.c: the issuer's lines and the body above them ---- */
/* The bytes of the People's Committee's words of s when a converter joined
 * them with the territory's ("ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN": those of
 * "ỦY BAN NHÂN DÂN "), 0 when s is no such line. */
size_t imp_committee_cut(const char *s);
/* Moves plan's first issuer line to its governing_body when it is the body
 * above the issuer: a plain line over bold ones (issuer_bold: each line's
 * bold, the first 8), two whole names one over the other (not when joined:
 * the header had one capital line, split by imp_committee_cut), or three
 * lines or more; a plain "ỦY BAN NHÂN DÂN" alone over its territory is
 * not taken (one name). The lines stay the arena's; plan->issuer is moved
 * past the first. */
void imp_issuer_governing(IPlan *plan, const int *issuer_bold, int joined);
/* 1 if a document kind's word ("KẾ HOẠCH", "BÁO CÁO") that follows the n
 * bytes at before (the text in front of it on its line, or the line above
 * it when it begins its own) and is followed by after (NUL- or line-ended)
 * is part of an agency's name in capitals, not the document's name: after a joining word
 * ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "PHÒNG TÀI CHÍNH -" over "KẾ HOẠCH"),
 * after an agency's rank ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), or ending an agency's
 * line ("PHÒNG TÀI CHÍNH KẾ HOẠCH"). 0 when before is empty, longer than
 * 120 bytes or holds a small letter. Reads at most n bytes of before;
 * nothing kept. The header reader split such a name at its word, took the
 * word for the plan's "KẾ HOẠCH" and the rest for two issuer lines
 * (s30fixlow, s31foreign). */
int imp_kind_in_name(const char *before, size_t n, const char *after);

/* ---- import_util.c ---- */
/* ---- small text helpers -------------------------------------------------------------- */
int starts_with(const char *s, const char *prefix);
/* Case-insensitive prefix for ASCII plus the Vietnamese capitals used in
 * the marks we look for (compares the upper-cased forms). */
int starts_with_ci(const char *s, const char *prefix);
char *dup_range(Ctx *c, const char *s, size_t n);
char *trim_dup(Ctx *c, const char *s);
/* n, less the backslash that ends s's first n bytes when it escapes the
 * mark cut off after it (an odd run of backslashes): a Markdown writer's
 * "\\(" or "\\." (mammoth, pandoc) whose mark import cut off left the
 * backslash printed at the end of a unit's name or a recipient (s24foreign) */
size_t drop_cut_escape(const char *s, size_t n);
/* The header's lines above mark (P[0..mark)) that a PDF's text broke at
 * the blanks of "Số:      /KH-UBND" and of the date, or a drafter's line
 * break split ("Yên Thế," over "ngày ..."), joined back: the lines joined
 * into the later one, the first left empty (import_headjoin.c). */
void imp_join_blank_fields(Ctx *c, Para *P, long mark);

char *flatten(Ctx *c, const char *s);
int is_upper_text(const char *s);
/* The uppercase letters and digits of s only, for comparing marks like
 * "KẾ HOẠCH" whatever the markup around them. */
void bare_upper(Buf *out, const char *s);
/* Removes emphasis that wraps the whole of s ("**x**", "*x*", "***x***",
 * "_x_"); sets *bold / *italic. Returns the inner text (arena). */
char *unwrap(Ctx *c, const char *s, int *bold, int *italic);
int roman_value(const char *s, size_t n);
/* The bytes of the list dash s begins with: "-", "+" (1), Word's en dash
 * "–", em dash "—", the minus "−" (the Symbol font's F02D a drafter
 * inserts as a dash: read as a paragraph "− ...", s39imp) or a bullet "•"
 * (3); 0 for none. The one rule for a bullet and a recipient's line. */
size_t imp_dash_at(const char *s);
/* Parses the label at the start of s. */
Label parse_label(const char *s);
/* Text of the document as plan text: braces doubled; in plain text input
 * Markdown's special characters escaped. */
char *plan_text(Ctx *c, const char *s);
/* Text of the document for a field printed as written (a recipient, a
 * signature line): braces doubled, Markdown's escapes removed, none
 * added. */
char *written_text(Ctx *c, const char *s);
/* s, a line of a field printed as written (an issuer line, a signature's
 * line or name, a recipient), with the emphasis a Markdown reader applies
 * left out, its words kept: a .docx line bold in part, "ỦY BAN NHÂN DÂN
 * **HUYỆN YÊN THẾ**", printed its stars in every format (s29foreign). A
 * line with a backslash, a bracket, '<', '&', '`', '!' or a brace is left
 * as it is (cmark would print those otherwise). import_util.c */
const char *imp_emphasis_shown(Ctx *c, const char *s);
/* p's review notes, if any, written to y beside what it became (at ind
 * spaces), and marked placed, not repeated with the body's before
 * `closing:` (a table row's, a table heading's). import_util.c */
void imp_review_beside(Ctx *c, Buf *y, int ind, const Para *p);
/* s, a field printed as written read from Markdown, without its
 * backslash escapes; s itself when it has none (or the input is plain). */
const char *as_written(const Ctx *c, const char *s);
/* Replaces the plan's year in text by {year}: "năm 2024", "quý IV/2024",
 * "31/01/2024"; the year before it by {year-1} after "năm", the year after
 * it by {year+1} there and in a date or quarter ("trước ngày 31/01/2025":
 * a deadline rolls on with the plan). Not inside "2021-2025", nor a
 * document number ("08/2019/NQ-HĐND"). */
char *year_refs(Ctx *c, const char *s);
/* ---- ids -------------------------------------------------------------------------- */
char *slug(Ctx *c, const char *name, size_t max);
/* A unit's id from its name (arena): the whole name folded to ASCII words
 * ("phong-tai-chinh-ke-hoach") when it has at most max characters;
 * otherwise with the usual abbreviations of its phrases ("Phòng Lao động -
 * Thương binh và Xã hội" -> "phong-ldtbxh", "Ủy ban Mặt trận Tổ quốc Việt
 * Nam huyện" -> "ubmttq-huyen") and without words such as "và", "các";
 * past max + 4 characters, its first words and its last one or two (or
 * the place's level that ends it). Never cut inside a word. Not yet unique:
 * pass it to unique_id(). */
char *unit_slug(Ctx *c, const char *name, size_t max);
const char *unique_id(Ctx *c, const char *base);
int unit_start(const char *s);
/* A fixed list of words to look for in one pass (word_first): the first
 * two bytes of every word, as bit masks by byte value, built on first use.
 * Declare it static with its NULL-ended list (at most 64 words, none
 * empty): static WordSet ws = {list}. */
typedef struct {
    const char *const *words;
    int ready;
    uint64_t first[256], second[256];
    size_t len[64];
} WordSet;
/* The offset of the first place in s[0..n) where one of ws's words starts
 * (it may run on past n, to s's end), or n when none does: what the least
 * of str_find's hits per word gives, in one pass over n bytes. */
size_t word_first(WordSet *ws, const char *s, size_t n);
/* The index in ws's list of the first word that s starts with, or -1. */
int word_at(WordSet *ws, const char *s);
/* Length of the unit's name at the start of s: up to the first word that
 * starts what the unit does ("phụ trách", "phối hợp", "chủ trì", "(", ":"). */
size_t unit_name_len(const char *s, int heading);
/* s is a place word and nothing else ("thị trấn", "thành phố"): in "UBND
 * các xã, thị trấn" it continues the name before the comma. */
int place_words_only(const char *s);
/* The id of the unit called name, adding it to the registry. */
const char *unit_id(Ctx *c, const char *name);
/* Whether the n bytes at s may be a unit's name: at most 500 characters
 * (KH115), else the text stays text. */
int unit_name_fits(const char *s, size_t n);
/* ---- nodes ------------------------------------------------------------------------ */
INode *node_new(Ctx *c, INodeKind kind, const char *title);
void node_add(Ctx *c, INode *parent, INode *child);
void node_remove(INode *parent, size_t at, size_t count);

/* ---- import_head.c ---- */
/* ---- the parts of the document ---------------------------------------------------- */
/* list with item appended (*n counts it): the array grows by doubling in
 * the arena, so a list of N items costs O(N) (a copy per item cost O(N^2):
 * 40,000 recipients took 15 s and 6 GB); list must be NULL or the array
 * list_add returned for this n, or an array of *n items list_add did not
 * make (then it is copied). Returns the list to keep. */
const char **list_add(Ctx *c, const char **list, size_t *n, const char *item);
/* A line of the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
int signature_line(const char *s);
/* The first paragraph of a signature block told by its signer's title
 * ("CHỦ TỊCH" alone, then "(Đã ký)" or a name) among the last paragraphs
 * of P[from..limit), the "TM. ..." / "KT. ..." lines right above it
 * included, or -1 (import_signer.c): for a document without a closing
 * sentence or "Nơi nhận". */
long imp_signer_block(const Para *P, size_t from, size_t limit);

/* A joint plan's signature (kế hoạch liên tịch: two bodies, two signers
 * side by side, "TM. BAN THƯỜNG TRỰC UBMTTQ XÃ" beside "TM. ỦY BAN NHÂN
 * DÂN XÃ"): lines[0..n), the signature block's lines in reading order,
 * one block after the other (a table's cells) or row by row (a table of a
 * row a line: the lines that say on whose behalf first, one a column).
 * Returns how many signers it holds: 1 (one, or none told), 0 when it is
 * one signer's block written twice or more (a layout table's lines and
 * the same typed below them: keep the fullest, in [*from, *to) every
 * *stride-th; two blocks are a joint plan only when their "TM." lines
 * differ), or k >= 2
 * with the lines of the one to import in [*from, *to) every *stride-th:
 * the block whose "TM. ..." names the header's top line, issuer, else the
 * last (Nghị định 30: the lead body signs on the right); -1 when the
 * blocks could not be told apart (a block that does not begin with whose
 * behalf, or a title under a name). import_signer.c; the plan's
 * signature holds one signer (README, the plan language). */
int imp_joint_signers(const char *const *lines, size_t n, const char *issuer, size_t *from,
                      size_t *to, size_t *stride);
/* Whether the words after a signature line's mark ("TM. ỦY BAN NHÂN DÂN
 * XÃ") begin the header's line issuer ("ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU"), or
 * it begins them, whole words (import_signer.c). */
int imp_names_issuer(const char *head, const char *issuer);

/* import_sigrows.c: the recipient a line pasted outside the recipients
 * reads as ("- Đảng ủy xã;" without its dash and end mark), or NULL; line
 * s of the signature block (paragraph p) put where it belongs: a line
 * above the signature space (above: 1), else one below it; below the
 * signer's name (*named) a pasted row's, said in *pasted; and what
 * imp_sig_put found below the name said as a review comment (pasted
 * freed). */
const char *imp_pasted_recipient(Ctx *c, const char *s);
void imp_sig_put(Ctx *c, const Para *p, const char *s, int above, int *named, Buf *pasted);
void imp_sig_pasted_said(Ctx *c, Buf *pasted);
/* An attachment page starts: "Biểu 01", "Phụ lục II". */
int attachment_start(const Para *p);
/* The same rule on a line's text flat (NUL-terminated, borrowed): "Biểu
 * 01", "Biểu số 02a: ...", "Phụ lục II. Danh mục ...", a number after the
 * word, ending the line or followed by ':', '.' or " -" (txt_layout.c's
 * page labels too). */
int attachment_label(const char *flat);

/* ---- import_body.c ---- */
/* One paragraph of the body into the tree. */
void body_para(Ctx *c, Stack *st, const Para *p);
/* A heading label alone, with no title, text or items ("1.5", "II."),
 * made the paragraph of that text it is, throughout parent's tree. */
void imp_bare_labels(Ctx *c, INode *parent);
/* A plain text's numbered clause that holds its text after its title
 * ("2. Cấp thôn, bản: Phấn đấu ..."), left a clause by the passes that
 * read tasks: title and text apart (the whole sentence printed bold). */
void imp_clause_texts(Ctx *c, INode *parent);
/* ---- numbering: automatic where regular ------------------------------------------- */
void number_list(Ctx *c, INode *parent, const char *path);

/* A node placed where a paragraph goes (under the innermost heading). */
void body_attach(Ctx *c, Stack *st, INode *node);
/* "Phần thứ nhất" (or "PHẦN THỨ HAI", "Phần I") at P[k], with the title in
 * capitals under it: a part above the sections, opened in the tree.
 * Returns the paragraphs read (1 or 2), 0 when P[k] is no part. */
size_t body_part(Ctx *c, Stack *st, const Para *P, size_t k, size_t end);
/* 1 if s is a part's label ("Phần thứ nhất", "PHẦN II"). */
int part_label(const char *s);

/* ---- import_facts.c ---- */
/* A deadline phrase as the YAML of a `due:` (arena): the canonical form
 * when khgen prints it back the same, {in: ..., text: ...} when it names a
 * date khgen prints otherwise, {text: ...} when it names none (then
 * *structured is 0). Never a date before the plan's own. */
const char *imp_due_yaml(Ctx *c, const char *phrase, int *structured);
/* Tasks written as one sentence ("...; hoàn thành trước ngày 30/4/2025.",
 * "...; thời gian: Quý II năm 2025.") and printed as they were get the
 * deadline the sentence names as their `due:`, their text unchanged. */
void sentence_dues(Ctx *c, INode *root);

/* ---- import_groups.c ---- */
/* Whether s begins a group of units named by their kind ("các Phòng",
 * "các cơ quan", "Các sở": group_starts). */
int group_start(const char *s);
/* Whether s begins with a kind that goes on such a group after a comma
 * ("Ban", "ngành", "đơn vị": "các Phòng, Ban, ngành"), a whole word. */
int group_word(const char *s);

/* ---- import_tasks.c ---- */
/* The units of a value "A, B", each a whole unit's name, as ids added to
 * the registry (at most max); 0 when one part is not a unit's name. */
size_t value_units(Ctx *c, const char *value, const char **ids, size_t max);
void find_tasks(Ctx *c, INode *parent);
/* The k-th label of a task's own lines ("Phụ trách tiêu chí", "Thời gian
 * thực hiện", ...), from 0; NULL past the last (import_tasks.c). */
const char *imp_task_line_label(int k);

/* (import_damaged.c) Lines khgen prints that an edit damaged. Whether
 * P[k] is an attachment page's label whose word was lost ("02", "Bểu
 * 02"): a short line with a number over a title in capitals and the
 * "(Kèm theo ...)" line; imp_page_start: a page starts at P[k], its label
 * whole (attachment_start) or so, or without one (a title in capitals over
 * its "(Kèm theo ...)" line). imp_damaged_label_note writes, when P[k] is
 * such a label or title, its review comment (KH768, naming label, the one
 * read) into y, indented for an attachment, and warns. */
int imp_damaged_label(const Para *P, size_t k, size_t n);
int imp_page_start(const Para *P, size_t k, size_t n);
void imp_damaged_label_note(Ctx *c, Buf *y, const Para *P, size_t k, size_t n, const char *label);
/* The label of the page starting at P[k]: its line as written, or, for a
 * title over its "(Kèm theo ...)" line with no label above it, the label
 * after prev (the page above's: "Biểu 02" -> "Biểu 03"; "Biểu 01" with
 * none), *title then that title (arena strings). */
const char *imp_page_label(Ctx *c, const Para *P, size_t k, size_t n, const char *prev,
                           const char **title);
/* Gives each task line typed without its colon ("+ Thời gian thực hiện
 * quý II/2024"), a line of a task or the "+" line after one, a review
 * note (KH768) and a warning; the tree is walked once. */
void imp_colonless_lines(Ctx *c, INode *parent);
/* "- Task", a task's "+" line, the task's paragraphs, then its other "+"
 * lines: the line above the text moved there (import_damaged.c); the
 * items are put in the order khgen prints (text, the task's own lines,
 * the moved ones), with a note on the task and a warning (KH768) at each
 * moved line. Called before find_tasks; the tree is walked once. */
void imp_displaced_lines(Ctx *c, INode *parent);
/* Clauses of "TỔ CHỨC THỰC HIỆN" named after a unit: the unit's bullets are
 * its tasks. */
void assignment_tasks(Ctx *c, INode *root);
/* A "-" bullet followed by paragraphs "Thời gian hoàn thành: ...", "Đơn vị
 * chủ trì: ...", "Đơn vị phối hợp: ..." becomes a task whose lead, support
 * and due they give; the paragraphs stay in its text as "{lead}", ... */
void para_line_tasks(Ctx *c, INode *root);
/* A "-" bullet whose "+" items are all task lines and one of them a line
 * khgen's own lines cannot print ("+ Cơ quan phối hợp: ...") becomes a
 * task whose lead, support and due they give; the items print as written. */
void plus_line_tasks(Ctx *c, INode *root);
/* Outside "TỔ CHỨC THỰC HIỆN", bullets and numbered headings that are one
 * sentence of assignment ("- Giao Phòng A chủ trì, phối hợp với B ...",
 * "a) Công an phường chủ trì ...") become tasks with lead and support. */
void duty_sentences(Ctx *c, INode *root);
/* In the sections of tasks ("NHIỆM VỤ", "GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN";
 * in_tasks: parent is inside one), an unnumbered bullet or paragraph that
 * starts with one unit's own name and goes on with what it does becomes a
 * task with that lead, printed as before. Call after duty_sentences(). */
void unit_sentences(Ctx *c, INode *parent, int in_tasks);

/* import_tables.c. A Markdown pipe row "| a | b |": its cells (arena, at
 * most 32, "\|" unescaped, trimmed) and their count; 0 for a separator
 * row "|---|---|", -1 when s is no pipe row. */
int pipe_row(Ctx *c, const char *s, const char ***cells);
/* The attachment pages among P[from..n) ("Phụ lục I", "Biểu 01": label,
 * title, table, note) as `attachments:` YAML with written rows, stored in
 * c->plan->attachments_yaml. Returns the number of pages read. */
size_t imp_read_attachments(Ctx *c, const Para *P, size_t from, size_t n);

/* import_head.c. Whether s[0..n), a typed date, holds a word that is no
 * date's (digits, "/", "tháng", "năm" and a draft's blanks are), or a
 * date's words out of a date's order or typed again ("năm 2024 2025"):
 * the one rule for the place and date line and the "(Kèm theo ... ngày
 * ...)" line. */
int imp_date_other_words(const char *s, size_t n);

/* ---- import_attline.c ---- */
/* Whether flat (a paragraph's text) is an attachment's "(Kèm theo ...)"
 * line: after emphasis marks and blanks, "(Kèm theo" in any capitals
 * ("(kèm theo ...)" was read as words above the table, the issuer lost:
 * s40imp); imp_attline_other then says whether it reads back so. */
int imp_attline_at(const char *flat);
/* Whether an attachment's "(Kèm theo Kế hoạch số ... ngày ...)" line says
 * a number, code or date other than the plan's header read so far (khgen
 * prints the line from the header); 0 for a line that says none. */
int imp_attline_other(Ctx *c, const char *line);
/* Keeps such a line of the page labelled label as a '# review:' comment
 * marked KH762 in lost (the plan's top), with a warning at the line. */
void imp_attline_left_out(Ctx *c, Buf *lost, const Para *label, const Para *line);
/* The issuer's short name such a line gives, after " của ", up to its ")"
 * or, when the line ends as the wording attachment_under_title ends after
 * {{issuer}} (--templates' own: " về ...)"), up to there; its length in
 * *len; NULL when the line has no " của ". */
const char *imp_attline_issuer(Ctx *c, const char *line, size_t *len);
/* A table in the body from paragraph k (before end): its pipe rows (a .md's
 * or .txt's, a .txt's tab-separated lines or a Word table as the readers
 * give them), with the caption paragraph before them ("Bảng 1. ...") and
 * the italic paragraph after them (its note), as one IN_TABLE node placed
 * where a paragraph would be. Returns the number of paragraphs read, 0
 * when no table (a header row and at least one row) starts at k. */
size_t body_table(Ctx *c, Stack *st, const Para *P, size_t k, size_t end);
/* The tables of the body whose columns say what, who and by when (TT |
 * Nhiệm vụ | Chủ trì | Phối hợp | Thời gian) get their rows as tasks: the
 * node's items, with lead, support and due, units added to the registry.
 * Other tables keep their rows written out. */
void table_tasks(Ctx *c, INode *node);
/* A list of village criteria in the body (under a heading naming "tiêu
 * chí thôn", items "Tiêu chí số N - Name: ...") as an inline catalog in
 * c->plan->catalog_yaml. Returns 1 when one was found. */
int village_catalog(Ctx *c, const INode *root);
/* ---- localities ------------------------------------------------------------------- */
int upper_initial(const char *s);
/* Length of a place name at s: 2 to 4 capitalised words, not an acronym. */
size_t place_name_len(const char *s);
/* The places named anywhere in the body ("xã Đồng Hưu, Tân Hiệp", "thôn
 * ...", "tổ dân phố ...") become localities, and the names {loc ID}. */
void body_localities(Ctx *c, INode *root);
/* The index in c->plan->localities of the locality named name of kind
 * kind, added when the plan has no such place: a "thôn Đồng Lạc" is not
 * the text's "xã Đồng Lạc" (import_facts.c). */
size_t imp_locality_of_kind(Ctx *c, const char *name, const char *kind);
/* (import_preset.c) The places of khgen's own Biểu 01 read as its preset
 * (imp_preset_page), written into the plan's localities (found by name or
 * added) with their figures, levels (c->plan->levels), parent and note;
 * the table's places moved first, in its order. Call once the text's
 * places are read, before the plan is written. */
void imp_preset_localities(Ctx *c);

/* ---- import_attrefs.c ---- */
/* Notes that the attachment labelled label (arena memory) was imported
 * with id: the body's mentions of it become {att ID}. */
void imp_note_attachment(Ctx *c, const char *label, const char *id);
/* Notes that the document has an attachment page labelled label (copied),
 * its table read or not: a text naming it as attached names a page the
 * document has (KH771 is said of the others). */
void imp_note_page(Ctx *c, const char *label);
/* Rewrites in the body's texts each mention of an imported attachment's
 * label ("(Chi tiết theo Biểu 01 đính kèm)") as {att ID}, which prints
 * it the same and counts as its reference (KH253). */
void body_att_refs(Ctx *c, INode *root);
void years_in(Ctx *c, INode *n);

/* 1 if every indicator code of the n at codes ("17.12") is one the
 * catalog khgen ships (qd318-xa-ntm, read once per import) accepts: its
 * criterion is the catalog's, and is one of that criterion's indicators
 * when the catalog lists them. An assignment of another code would make
 * the plan import writes fail its check (import_catalog.c). */
int imp_indicators_known(Ctx *c, const char *const *codes, size_t n);

/* "Công chức Địa chính phụ trách Chỉ tiêu 17.1, 17.4." after a task's lead
 * line: an assignment of indicators to a unit, added to task's `assign:`
 * (with `text:` when khgen's wording would print it otherwise), when the
 * plan's catalog has the codes (import_catalog.c). 0 when s is not one. */
int imp_assign_para(Ctx *c, INode *task, const char *s);

/* (import_catalog.c) The template set import reads (--templates' DIR
 * over the built-in ones), made at the first call and kept in c. */
struct TemplateSet *imp_templates(Ctx *c);

#endif
