/* docx_embed.c - the embedded documents of a .docx (w:altChunk), as
 * import reads them.
 *
 * Document-merging tools put a whole document into another with a
 * w:altChunk: a .docx package, a WordprocessingML main part, an HTML or a
 * plain text part, which Word and LibreOffice show where the w:altChunk
 * stands. docx_chunk.c finds the part and tells its kind; this file reads
 * it in the reader's place: a package by import_docx.c's reader
 * (docx_read_embedded) with its own lists and styles, a main part's body
 * with the document's (docx_read_block), HTML and text by docx_html.c and
 * docx_chunk.c. One level deep: an embedded document's own w:altChunk is a
 * note. One that is not read is a `# review:` note beside the next
 * paragraph, counted for KH759; one in a table's cell is read into
 * paragraphs of its own and joined into the cell's plain text.
 */
#include <string.h>

#include <libxml/tree.h>

#include "docx_chunk.h"
#include "docx_embed.h"
#include "docx_html.h"
#include "docx_margins.h"
#include "docx_part.h"
#include "docx_tree.h"
#include "i18n.h"
#include "import.h"
#include "md_read.h"

/* An embedded document that is not read: a note beside the next
 * paragraph, counted for KH759 (it was left out without a word). */
static void chunk_note(Reader *rd, const char *why)
{
    rd->kept.chunks++;
    const char *what = _("an embedded document (w:altChunk) that Word shows here");
    const char *text = arena_printf(rd->arena, _("%s: open the file in Word or LibreOffice "
                                                 "and save it again, which makes it part of "
                                                 "the document, and import that"), why);
    imp_para_review(rd->arena, &rd->held, what, text, strlen(text));
}

/* An embedded HTML or plain text document's paragraphs (docx_html.c,
 * docx_chunk.c) among the reader's; 0, or -1 when the HTML parser gave up */
static int read_chunk_text(Reader *rd, const DocxChunk *ck)
{
    DocxChunkSink sink = {rd->arena, rd->out, rd->para_no, rd->gap, 0};
    int r = 0;
    if (ck->kind == DOCX_CHUNK_HTML)
        r = docx_chunk_html(ck->data, ck->len, &sink);
    else
        docx_chunk_text(ck->data, ck->len, &sink);
    rd->para_no = sink.para_no;
    rd->gap = sink.gap;
    rd->too_many |= sink.too_many;
    return r;
}

/* An embedded document (w:altChunk: a .docx, HTML or text part merged into
 * the body, as document-merging tools write it), read where it stands as
 * Word and LibreOffice show it (docx_chunk.c finds and tells its part): a
 * WordprocessingML one by this reader, a package with its own lists and
 * styles, a main part with the document's, one level deep (an embedded
 * document's own w:altChunk is a note). */
void docx_read_chunk(Reader *rd, const xmlNode *alt, int in_table, int depth)
{
    if (rd->failed)
        return;
    if (!rd->ck) {
        chunk_note(rd, _("an embedded document inside an embedded document, which import "
                         "does not read (one level deep only)"));
        return;
    }
    DocxChunk ck;
    docx_chunk_open(rd->ck, alt, &ck);
    if (ck.kind == DOCX_CHUNK_NOTE) {
        chunk_note(rd, ck.why);
    } else if (ck.kind == DOCX_CHUNK_FAILED) {
        rd->failed = 1;
    } else if (ck.kind == DOCX_CHUNK_PACKAGE) {
        const char *inner = arena_printf(rd->arena, "%s (%s)", rd->path, ck.part);
        if (docx_read_embedded(rd, inner, ck.data, ck.len) != 0)
            rd->failed = 1;
    } else if (ck.kind == DOCX_CHUNK_XML) {
        xmlDoc *doc = docx_parse_xml(rd->diags, rd->path, ck.part, ck.data, ck.len);
        const xmlNode *body = doc ? docx_child(xmlDocGetRootElement(doc), "body") : NULL;
        DocxChunks *own = rd->ck;
        rd->ck = NULL; /* one level deep */
        if (body)
            docx_read_block(rd, body, in_table, depth + 1);
        else if (doc)
            chunk_note(rd, arena_printf(rd->arena, _("its part %s has no w:body"), ck.part));
        rd->ck = own;
        rd->failed |= !doc;
        if (doc)
            xmlFreeDoc(doc);
    } else if (read_chunk_text(rd, &ck) != 0) {
        chunk_note(rd, _("HTML nested deeper than 256 elements, which import does not read"));
    }
    docx_chunk_close(&ck);
}

/* An embedded document (w:altChunk) in a table's cell, where Word and
 * LibreOffice show it: read by docx_read_chunk, as one in the body is (the same
 * kinds, notes, one level deep, limits), into paragraphs of its own, whose
 * text is appended to the cell's out as plain text (render_markdown_plain:
 * a cell's text has no emphasis), a space between them; a table in it is a
 * note of the row, as a table inside a cell is (nested_note), and so are
 * its paragraphs' notes. */
void docx_chunk_in_cell(Reader *rd, const xmlNode *alt, Buf *out, int depth)
{
    ImpParas own = {0}, *body = rd->out;
    int table = rd->table, row = rd->row, col = rd->col, in_cells = rd->in_cells, gap = rd->gap;
    rd->out = &own;
    rd->in_cells = 0;
    docx_read_chunk(rd, alt, 0, depth);
    rd->out = body;
    rd->table = table;
    rd->row = row;
    rd->col = col;
    rd->in_cells = in_cells;
    rd->gap = gap;
    Buf rows = {0};
    for (size_t i = 0; i < own.n; i++) {
        const ImpPara *p = &own.items[i];
        if (p->in_table) { /* "| a | b |": "a | b", rows joined by "; " */
            size_t b = strspn(p->text, "| "), e = strlen(p->text);
            while (e > b && (p->text[e - 1] == '|' || p->text[e - 1] == ' '))
                e--;
            if (rows.len)
                buf_puts(&rows, "; ");
            buf_putn(&rows, p->text + b, e - b);
        } else {
            Buf plain = {0};
            render_markdown_plain(p->text, &plain);
            if (out->len && out->data[out->len - 1] != ' ')
                buf_putc(out, ' ');
            for (size_t k = 0; k < plain.len; k++)
                buf_putc(out, plain.data[k] == '\n' ? ' ' : plain.data[k]);
            buf_free(&plain);
        }
        if (p->review)
            imp_review_put(rd->arena, &rd->held, p->review, p->review_len);
    }
    if (rows.len) {
        rd->kept.nested += !rd->box_text;
        imp_para_review(rd->arena, &rd->held, docx_nested_where(rd), rows.data, rows.len);
    }
    buf_free(&rows);
}

