/* docx_margins.c - the page headers and footers of a .docx (the words Word
 * prints in the top and bottom margins of every page).
 *
 * A plan has no place for them, except one: a plan's header (the issuer,
 * the number, the motto) that an office typed in the first page's header.
 * That page header is read before the body when it holds a plan's header
 * and the body does not (docx_pagehead.c tells); every other header and
 * footer holding words becomes a `# review:` note of the document's first
 * paragraph, so nothing typed there is lost without a word. Its content
 * controls bound to a data store show its value first (docx_bind.c), as
 * the main part's do: a template's date control in the first page's header
 * was read with its saved date (s51word F2). Each part is
 * read with the body's own reader (docx_read_block) and what reading it
 * changed of the reader is undone; the notes are bounded (1,000 bytes a
 * part, PAGE_NOTES_MAX parts, the rest counted in one note), so the time
 * and the output are linear in the parts.
 */
#include <stdlib.h>
#include <string.h>

#include "docx_bind.h"
#include "docx_chunk.h"
#include "docx_margins.h"
#include "docx_pagehead.h"
#include "i18n.h"
#include "import.h"

/* The page header or footer doc (NULL: none) with its bound content
 * controls showing their stores' values (docx_bind, the main part's
 * relationships rels in folder naming the stores), within the parts'
 * budget; NULL, doc freed and *bad set, after a diagnostic. */
static xmlDoc *bound_part(Reader *rd, zip_t *zip, xmlDoc *doc, const char *rels, const char *folder,
                          int *bad)
{
    if (doc && docx_bind(rd->arena, rd->diags, rd->path, zip, doc, rels, folder,
                         docx_chunks_budget(rd->ck)) != 0) {
        xmlFreeDoc(doc);
        *bad = 1;
        return NULL;
    }
    return doc;
}

/* Reads the page header or footer doc, part name, at the end of rd->out
 * with its own relationships (its hyperlinks: s25review L5) */
static void read_page_part(Reader *rd, xmlDoc *doc, const char *name)
{
    DocxChunks *main = rd->ck;
    rd->ck = docx_chunks_of_part(main, name);
    rd->kept.margins++; /* its page numbers are the page's: no note */
    docx_read_block(rd, xmlDocGetRootElement(doc), 0, 1);
    rd->kept.margins--;
    docx_chunks_free(rd->ck);
    rd->ck = main;
}

/* The page headers and footers import does not read (docx_page_parts,
 * but read, the one read before the body): each that holds words a
 * `# review:` note of the document's first paragraph, its paragraphs
 * joined by " / " (at most 1,000 bytes a part, PAGE_NOTES_MAX parts: the
 * rest counted in one note; 9,995 parts of a 3 MB file wrote 11 MB of
 * notes: s26review2), counted for KH759; what reading them changed of the
 * reader is undone. 0, or -1 after a diagnostic. */
#define PAGE_NOTES_MAX 32
static int page_notes(Reader *rd, zip_t *zip, const xmlNode *body, const char *rels,
                      const char *folder, const char *read)
{
    int bad = 0;
    size_t unlisted = 0; /* past PAGE_NOTES_MAX */
    const char **names = NULL;
    size_t n = docx_page_parts(rd->arena, rd->diags, rd->path, zip, body, rels, folder, &names, &bad);
    for (size_t i = 0; i < n && !bad; i++) {
        if (read && strcmp(names[i], read) == 0)
            continue;
        xmlDoc *doc = docx_page_part(rd->diags, rd->path, zip, names[i], docx_chunks_budget(rd->ck), &bad);
        doc = bound_part(rd, zip, doc, rels, folder, &bad);
        if (!doc)
            continue;
        Reader saved = *rd;
        size_t at = rd->out->n;
        read_page_part(rd, doc, names[i]);
        Buf text = {0};
        for (size_t k = at; k < rd->out->n && text.len < 1000; k++)
            if (rd->out->items[k].text && *rd->out->items[k].text)
                buf_printf(&text, "%s%s", text.len ? " / " : "", rd->out->items[k].text);
        int failed = rd->failed;
        *rd = saved;
        rd->failed |= failed;
        rd->out->n = at;
        xmlFreeDoc(doc);
        if (text.len > 1000) { /* cut at a character's start */
            size_t cut = 1000;
            while (cut && ((unsigned char)text.data[cut] & 0xC0) == 0x80)
                cut--;
            text.len = cut;
            buf_puts(&text, " …");
        }
        if (text.len && docx_page_words(text.data) && rd->out->n &&
            rd->kept.page_parts++ >= PAGE_NOTES_MAX)
            unlisted++; /* counted for KH759, named in one note below */
        else if (text.len && docx_page_words(text.data) && rd->out->n)
            imp_para_review(rd->arena, &rd->out->items[0],
                            arena_printf(rd->arena, _("text in the top or bottom margin of the "
                                                      "pages (%s), which Word prints there and "
                                                      "import does not read"),
                                         names[i]),
                            text.data, text.len);
        buf_free(&text);
    }
    if (unlisted) {
        const char *more = arena_printf(rd->arena,
                                        i18n_ntr("%zu more page header or footer holding words, "
                                                 "not listed here",
                                                 "%zu more page headers or footers holding "
                                                 "words, not listed here", unlisted), unlisted);
        imp_review_put(rd->arena, &rd->out->items[0], more, strlen(more));
    }
    return bad ? -1 : 0;
}

/* The page header the first page shows, read before the body's paragraphs
 * p[from..] when it holds a plan's header and they do not (docx_pagehead.c),
 * then the other page headers and footers named in notes (page_notes):
 * 0, or -1 after a diagnostic */
int docx_page_margins(Reader *rd, zip_t *zip, const xmlNode *body, const char *rels,
                      const char *folder, size_t from)
{
    int bad = 0;
    const char *read = NULL;
    /* a body with its own header but no "Số:" line, the number typed in
     * the page header alone: that number is read, a note saying where
     * from (s40imp: it was a KH759 note, the plan unnumbered, and its
     * attachments' "(Kèm theo ...)" lines KH762) */
    int own = docx_paras_hold_header(rd->out, from, rd->out->n, 1);
    int numbered = own && docx_paras_hold_header(rd->out, from, rd->out->n, 2);
    xmlDoc *hdr = numbered ? NULL
        : docx_first_header(rd->arena, rd->diags, rd->path, zip, body, rels, folder, &read, &bad);
    hdr = bound_part(rd, zip, hdr, rels, folder, &bad);
    size_t at = rd->out->n;
    if (hdr)
        read_page_part(rd, hdr, read);
    if (hdr && from == 0 && own && docx_paras_number_only(rd->out, at, rd->out->n)) {
        for (size_t k = at; k < rd->out->n; k++)
            if (docx_paras_hold_header(rd->out, k, k + 1, 2) && at) {
                rd->out->items[k].line = rd->out->items[0].line; /* its note with the header's */
                imp_para_review(rd->arena, &rd->out->items[k],
                                arena_printf(rd->arena, _("the number line was read from the "
                                                          "first page's header (%s)"), read),
                                rd->out->items[k].text, strlen(rd->out->items[k].text));
            }
        docx_paras_to_front(rd->out, at);
    } else if (hdr && !own && docx_paras_hold_header(rd->out, at, rd->out->n, 0) && from == 0) {
        docx_paras_to_front(rd->out, at);
    } else {
        rd->out->n = at;
        read = NULL;
    }
    if (hdr)
        xmlFreeDoc(hdr);
    if (bad)
        return -1;
    return page_notes(rd, zip, body, rels, folder, read);
}

