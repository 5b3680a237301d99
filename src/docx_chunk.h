/* docx_chunk.h - the embedded documents of a .docx (w:altChunk): their
 * parts found and told apart (docx_chunk.c), a plain text's paragraphs,
 * and the paragraphs an embedded document's reader adds (DocxChunkSink;
 * docx_html.c reads an HTML one). */
#ifndef KHGEN_DOCX_CHUNK_H
#define KHGEN_DOCX_CHUNK_H

#include <stddef.h>

#include <libxml/tree.h>
#include <zip.h>

#include "diag.h"
#include "import.h"
#include "util.h"

/* A .docx's relationships (word/_rels/document.xml.rels) and content
 * types ([Content_Types].xml), read at its first w:altChunk, and what its
 * embedded documents may still unpack (IMPORT_MAX_CHUNKS). */
typedef struct DocxChunks DocxChunks;

/* For the .docx path, open as zip (borrowed: it must outlive the result);
 * never NULL; free with docx_chunks_free. */
DocxChunks *docx_chunks_new(Arena *arena, DiagSink *diags, const char *path, zip_t *zip);
void docx_chunks_free(DocxChunks *ck);

/* The relationships of part (a page header or footer: its hyperlinks and
 * embedded documents are named by FOLDER/_rels/NAME.xml.rels, not by the
 * main part's, s25review L5), for the same .docx as main, whose budget
 * (its relationships are read within it) and content types (read once,
 * for all parts) it shares; free with docx_chunks_free before main. */
DocxChunks *docx_chunks_of_part(DocxChunks *main, const char *part);

/* The bytes the embedded documents may still unpack: an embedded package's
 * own parts are read against it (docx_read_part's budget). */
size_t *docx_chunks_budget(DocxChunks *ck);

typedef enum DocxChunkKind {
    DOCX_CHUNK_NOTE,    /* not read: why says so */
    DOCX_CHUNK_FAILED,  /* a diagnostic was given (a damaged or oversized part) */
    DOCX_CHUNK_PACKAGE, /* a .docx package (a zip) */
    DOCX_CHUNK_XML,     /* a WordprocessingML main part (document.xml's XML) */
    DOCX_CHUNK_HTML,    /* text/html, application/xhtml+xml */
    DOCX_CHUNK_TEXT     /* text/plain, UTF-8 */
} DocxChunkKind;

typedef struct DocxChunk {
    DocxChunkKind kind;
    const char *part; /* its part's name in the zip (arena), NULL when unknown */
    char *data;       /* its bytes (malloc'd, NUL-terminated), for the kinds read */
    size_t len;
    const char *why;  /* DOCX_CHUNK_NOTE: why it is not read (arena) */
} DocxChunk;

/* The part the w:altChunk alt names (its r:id through the relationships),
 * told by its content type (and by its first bytes: a zip is a .docx
 * package whatever its type says) and read for the kinds import reads:
 * a WordprocessingML document, HTML, plain text. A missing or unknown
 * r:id, an external target, a missing part, RTF, a web archive (MHT) or
 * another type is DOCX_CHUNK_NOTE with why; a part over the limits
 * (IMPORT_MAX_PART, IMPORT_MAX_CHUNKS) or damaged relationships are
 * DOCX_CHUNK_FAILED after a diagnostic. Release with docx_chunk_close. */
void docx_chunk_open(DocxChunks *ck, const xmlNode *alt, DocxChunk *out);

/* The part an embedded object's o:OLEObject ole names (its r:id through
 * the relationships: word/embeddings/Microsoft_Excel_Worksheet.xlsx),
 * read whole within the embedded documents' budget: DOCX_CHUNK_PACKAGE
 * when it is a zip (an .xlsx package); DOCX_CHUNK_NOTE with why, and no
 * data, for what is not read (no r:id or an unknown one, an outside file,
 * a missing part, an OLE compound file as Word keeps an .xls, a part past
 * IMPORT_MAX_PART or the budget); DOCX_CHUNK_FAILED after a diagnostic
 * (damaged relationships or part). Release with docx_chunk_close. */
void docx_chunk_object(DocxChunks *ck, const xmlNode *ole, DocxChunk *out);

/* The address of the hyperlink whose r:id is id: the Target of an external
 * relationship that is a web or mail address (render_url_kept), in *url
 * (arena); *url NULL for an unknown id, an internal target or another
 * scheme (the link's text is kept alone). Returns 0, or -1 after a
 * diagnostic when the relationships are damaged. */
int docx_chunks_link(DocxChunks *ck, const char *id, const char **url);
/* The words of the SmartArt drawing n (a:graphicData's dgm:relIds r:dm:
 * its data part, read within the embedded documents' budget): "NAME: "
 * (name, the drawing's description, or none) and each of its text's
 * paragraphs, "; " between them; malloc'd, the caller frees it; NULL when
 * n is no SmartArt or its part holds no words (or is missing, or damaged:
 * a diagnostic then), or ck is NULL (a drawing of an embedded document,
 * read one level deep without its package's parts: an altChunk's
 * SmartArt crashed import, SIGSEGV, s38review H1). Word prints those
 * words; a plan has no place for the drawing, and its review note named
 * only "Diagram 2" (s37imp). */
char *docx_chunks_diagram(DocxChunks *ck, const xmlNode *n, const char *name);
void docx_chunk_close(DocxChunk *c);

/* Where an embedded document's reader puts its paragraphs: the document's
 * list, its paragraph count and whether an empty paragraph came before
 * (the reader's own, carried in and out). */
typedef struct DocxChunkSink {
    Arena *arena;
    ImpParas *out;
    int para_no;
    int gap;
    int too_many; /* set when out reached IMPORT_MAX_PARAS */
} DocxChunkSink;

/* Adds the paragraph md[0..len) (Markdown inline text, its label first)
 * to the sink, in NFC and trimmed; an empty one sets the gap instead.
 * Returns the paragraph, or NULL (empty, or too many). */
ImpPara *docx_chunk_para(DocxChunkSink *s, const char *md, size_t len);

/* Appends s[0..n) to out with the characters Markdown would read as
 * emphasis, code or a link (\ * _ ` [) escaped, as the reader's runs. */
void docx_chunk_escape(Buf *out, const char *s, size_t n);

/* The lines of a plain text (UTF-8) as paragraphs, as Word shows a
 * text/plain chunk: a line a paragraph, a blank line a gap. */
void docx_chunk_text(const char *data, size_t len, DocxChunkSink *s);

#endif
