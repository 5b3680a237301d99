/* docx_kept.h - the counts of what import of a .docx kept as notes, and
 * their warnings (docx_kept.c). */
#ifndef KHGEN_DOCX_KEPT_H
#define KHGEN_DOCX_KEPT_H

#include <libxml/tree.h>

#include "diag.h"
#include "import.h"
#include "import_marks.h"
#include "util.h"

/* What the reader kept as `# review:` notes, by kind. */
typedef struct DocxKept {
    int refs[3];     /* footnote, endnote and comment references read: their numbers */
    int boxes, nested;
    int pictures; /* pictures and drawings without a text box: named in notes */
    int placeholders; /* content controls showing their placeholder: notes */
    int bare; /* texts outside a run (a w:t directly in a w:p: Word refuses the
               * file, LibreOffice and pandoc leave it out): notes too */
    int symbols;              /* symbols without a character (docx_symfont.c): notes */
    const char *symbol_font;  /* the first one's font and code */
    unsigned symbol_code;
    int chunks;   /* embedded documents (w:altChunk) not read: notes */
    int guessed;  /* list items of a level the numbering does not define: notes */
    int spans;    /* cells of a data row merged across columns (w:gridSpan): notes */
    int page_parts; /* page headers and footers not read, holding words: notes */
    int vmerge_cut; /* covered cells left empty past the copies' budget: warned */
    int dated;    /* DATE and TIME fields, their saved result read: notes */
    int paged;    /* page-number fields in the text, their result left out: notes */
    int margins;  /* reading a page header or footer, whose page numbers are no note */
    int linked;   /* HYPERLINK fields whose address is no link: their words kept, it noted */
    char code[256]; /* the code of the field being read, gathered from its */
    size_t code_len; /* w:instrText runs (docx_field_code), and whether */
    int coding;      /* one is (from its begin to its separate or end) */
    int sheets;   /* embedded Excel worksheets whose rows were not read: notes, KH775 */
    const char *sheet_why; /* why the first one was not */
    int words;    /* list items counting in words (vietnameseCounting) read in digits: notes */
    int unshown;  /* bound date pickers whose picture spells words, read as saved: notes */
    ImpMarks marks; /* struck-through text left out, raised text kept as written: KH772 */
} DocxKept;

/* KH759 warnings of path, one for each kind k counts (none for a kind it
 * counts 0), and one when a table of contents never ended (toc_open: its
 * toc_lines paragraphs were left out); then KH772's of k->marks. */
void docx_kept_warnings(const DocxKept *k, int toc_open, int toc_lines, DiagSink *diags,
                        const char *path);

/* A note beside the row being read (held), counted in kept->spans for
 * KH759, for a cell of a data table's row (row from 0; 0 for a header
 * row) in grid column col spanning span of the row's width columns
 * (w:gridSpan; legacy: w:hMerge, docx_hmerge_span): its text (cell) is
 * read as its first column's, the others left empty. Not for a group
 * row's title nor a totals label. */
void docx_span_note(Arena *arena, ImpPara *held, DocxKept *kept, int row, int col, int span,
                    int width, const Buf *cell, int legacy);

/* The grid columns a cell tc merged across columns by Word's older form
 * covers (w:hMerge "restart" on it, and on the cells after it in its row
 * that go on, w:hMerge without "restart": each its w:gridSpan), or 0 when
 * it starts no such merge. Its cells are each in the row (the first
 * holds the text), read as a w:gridSpan's are; docx_span_note (legacy)
 * says so, as it says of a w:gridSpan. */
int docx_hmerge_span(const xmlNode *tc);

/* Why a list's label is LibreOffice's, which Word may print otherwise. */
enum {
    DOCX_LABEL_PAST = 1, /* a level past ECMA-376's 0-8 */
    DOCX_LABEL_GUESSED,  /* a level word/numbering.xml does not define */
    DOCX_LABEL_WORDS     /* a number in words, w:numFmt vietnameseCounting */
};
/* A note beside the paragraph being read (held) that its list label
 * (label, n bytes, of level ilvl of list num_id) is LibreOffice's, for
 * the reason why; counted in kept->guessed (kept->words) for KH759. */
void docx_label_note(Arena *arena, ImpPara *held, DocxKept *kept, int why, const char *label,
                     size_t n, int num_id, int ilvl);

/* A field's code, n a w:instrText or a w:fldSimple (its w:instr): a DATE
 * or TIME field, which Word shows as the day it opens or prints the
 * document, is read as the result saved in the file (the day it was last
 * updated); a note beside the paragraph being read (held) says so,
 * counted in kept->dated for KH759. Any other field: nothing. */
void docx_field_note(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *n);

/* A link whose address is not kept as its words' link: a link typed as a
 * field (HYPERLINK, its code) to a bookmark or a file (docx_field_link),
 * or any link in a table's cell (a plan's cell prints its text as it is
 * written, without links: its address, code NULL). A note beside the
 * paragraph or row being read (held) with the code or the address,
 * counted in kept->linked for KH759. */
void docx_link_note(Arena *arena, ImpPara *held, DocxKept *kept, const char *code,
                    const char *address);

/* A run r that docx_bind marked (DOCX_BIND_UNSHOWN: the first of a
 * bound date picker whose picture spells a day or a month in words, or
 * AM/PM, which Word writes in the words of its locale data and import does
 * not, so the control keeps its saved text): a note beside the paragraph
 * being read (held) naming the stored date and the picture, counted in
 * kept->unshown for KH759. Any other run: nothing. */
void docx_date_note(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *r);

/* A w:fldChar or a w:instrText of a run: a field's begin starts gathering
 * its code from the w:instrText runs that follow, each a piece of it, and
 * its separate or end notes that code as docx_field_note does, whole.
 * Word splits a code over runs as it was typed or edited ("DA" then "TE
 * \@ ..."), and each piece was read alone: a DATE field passed without a
 * note (session 29). A w:instrText outside a field's begin is a code of
 * its own. */
void docx_field_code(Arena *arena, ImpPara *held, DocxKept *kept, const xmlNode *t);

#endif
