/* docx_part.c - a .docx opened, and one part of it unpacked and parsed,
 * within import's limits (import_docx.c opens the package through it and
 * reads word/document.xml, numbering.xml,
 * styles.xml and the notes through it, docx_chunk.c an embedded
 * document's part).
 *
 * A part is refused before it is unpacked when its header declares more
 * than IMPORT_MAX_PART, while it is unpacked when it inflates past its
 * declared size (a lying header), and before it is parsed when it holds
 * more than IMPORT_MAX_TAGS tags (the parse tree's memory) or a tag of
 * more attributes, or more namespaces in scope, than markup_cost.c allows
 * (the parser's time, which grows as their square). The embedded
 * documents of a .docx (w:altChunk) share one more budget: their parts
 * together unpack to at most IMPORT_MAX_CHUNKS, so a thousand references
 * to one large part cannot make import unpack it a thousand times. XML is
 * parsed without network access, DTDs or entity expansion.
 */
#include "docx_part.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#define MAX_ENTRIES 10000

#include "docx_mce.h"
#include "docx_tree.h"
#include "i18n.h"
#include "import.h"
#include "import_foreign.h"
#include "markup_cost.h"
#include "util.h"

/* KH755 for a part over one of the limits; what: the limit's words */
static char *refuse_size(DiagSink *diags, const char *path, const char *name,
                         unsigned long long size, const size_t *budget)
{
    SrcPos pos = {path, 0, 0};
    if (budget)
        diag_error(diags, pos, 0, KH755,
                   "'%s': the embedded documents (w:altChunk) would unpack to more than the %u "
                   "MiB import reads of them together (the part %s: %llu bytes); the file is "
                   "damaged or built to exhaust memory: open it in Word and save it again", path, IMPORT_MAX_CHUNKS >> 20, name,
                   size);
    else
        /* the file, the part, its size, the limit, and what to do */
        diag_error(diags, pos, 0, KH755,
                   "'%s': the part %s would unpack to %llu bytes, more than the %u MiB import "
                   "reads of one part (a plan's text is a few MB: the file is damaged, or "
                   "built to exhaust memory); if it is a plan, split the document, or import "
                   "the plan's .md instead", path, name, size, IMPORT_MAX_PART >> 20);
    return NULL;
}

/* What is wrong with a .docx whose zip archive libzip refused (its error
 * code ze), in khgen's words and the reader's language: libzip's own
 * ("File already exists" for two parts of one name, s38attack) told an
 * official nothing. */
static const char *zip_reason(int ze)
{
    switch (ze) {
    case ZIP_ER_EXISTS:
        return _("two of the files inside it have the same name, which Word never writes");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
        return _("it is encrypted (protected by a password)");
    case ZIP_ER_COMPNOTSUPP:
        return _("a file inside it is compressed in a way a .docx does not use");
    case ZIP_ER_CRC:
        return _("a file inside it fails its checksum: the file is damaged");
    case ZIP_ER_MEMORY:
        return _("there was not enough memory to open it");
    default:
        return _("its archive is damaged or cut short");
    }
}

/* Unpacks the open part f of want declared bytes; NULL after a diagnostic */
static char *inflate_part(DiagSink *diags, const char *path, zip_t *zip, const char *name,
                          zip_uint64_t index, size_t want, size_t *got_len)
{
    SrcPos pos = {path, 0, 0};
    zip_file_t *f = zip_fopen_index(zip, index, 0);
    if (!f) {
        diag_error(diags, pos, 0, KH754, "'%s': cannot open the part %s: %s; open the file in "
                   "Word or LibreOffice and save it again as .docx", path, name,
                   zip_reason(zip_error_code_zip(zip_get_error(zip))));
        return NULL;
    }
    char *data = xmalloc(want + 1);
    size_t got = 0;
    for (;;) {
        /* read one byte beyond the declared size: a part that inflates to
         * more than its header says is refused, not followed */
        zip_int64_t r = zip_fread(f, data + got, want + 1 - got);
        if (r < 0) {
            diag_error(diags, pos, 0, KH754, "'%s': the part %s is damaged: %s: open the file in "
                       "Word and save it again", path, name,
                       zip_file_strerror(f));
            zip_fclose(f);
            free(data);
            return NULL;
        }
        if (r == 0)
            break;
        got += (size_t)r;
        if (got > want) {
            diag_error(diags, pos, 0, KH755, "'%s': the part %s unpacks to more than its declared "
                       "%zu bytes; refused: open the file in Word and save it again", path, name, want);
            zip_fclose(f);
            free(data);
            return NULL;
        }
    }
    zip_fclose(f);
    data[got] = '\0';
    *got_len = got;
    return data;
}

/* A parse tree costs ~150 bytes a node (26 MB of tiny runs: 1.5 GB) and
 * an attribute about twice that (its value is a node too: 8 MB of
 * attributes, 350 MB): counts the tags ('<') and the quote marks (two an
 * attribute) before the parse, KH755 past IMPORT_MAX_TAGS tags or
 * IMPORT_MAX_NODES of both (s28scale); and past markup_cost.c's limits of
 * one tag's attributes and the namespaces in scope, whose time grows as a
 * square in the parser (s47attack). */
static int too_many_nodes(DiagSink *diags, SrcPos pos, const char *path, const char *name,
                          const char *data, size_t len)
{
    size_t tags = 0, quotes = 0;
    for (size_t i = 0; i < len; i++) {
        char c = data[i];
        tags += c == '<';
        quotes += c == '"' || c == '\'';
    }
    if (tags > IMPORT_MAX_TAGS) {
        diag_error(diags, pos, 0, KH755, "'%s': the part %s holds more than %d XML tags, import's "
                   "limit for one part (it bounds the memory of the parse); split the "
                   "document, or import the plan's .md instead", path, name, IMPORT_MAX_TAGS);
        return 1;
    }
    if (tags + quotes > IMPORT_MAX_NODES) {
        diag_error(diags, pos, 0, KH755, "'%s': the part %s holds more than %d XML tags and "
                   "attributes' quote marks together (%zu attributes), import's limit for one "
                   "part (it bounds the memory of the parse); split the document, or import the "
                   "plan's .md instead", path, name, IMPORT_MAX_NODES, quotes / 2);
        return 1;
    }
    MarkupShape shape;
    if (!markup_within(data, len, &shape)) {
        if (shape.most_attrs > MARKUP_MAX_ATTRS)
            diag_error(diags, pos, 0, KH755, "'%s': the part %s has a tag of %zu attributes, "
                       "more than the %d import reads in one tag (a Word document's have a "
                       "few; the XML reader's time grows as their square): the file is "
                       "damaged or built to exhaust the reader; open it in Word and save it "
                       "again", path, name, shape.most_attrs, MARKUP_MAX_ATTRS);
        else if (shape.most_ns > MARKUP_MAX_NS)
            diag_error(diags, pos, 0, KH755, "'%s': the part %s declares %zu XML namespaces "
                       "at once, more than the %d import reads (a Word document declares "
                       "about 40; the XML reader looks each tag's up among them): the file is "
                       "damaged or built to exhaust the reader; open it in Word and save it "
                       "again", path, name, shape.most_ns, MARKUP_MAX_NS);
        else
            diag_error(diags, pos, 0, KH755, "'%s': the part %s uses more than %d distinct "
                       "names (of elements, attributes and namespaces, and runs of blanks "
                       "between tags), the most import reads (a Word document uses a few "
                       "hundred; the XML reader's time grows as their square): the file is damaged or built to exhaust the reader; open it "
                       "in Word and save it again", path, name, MARKUP_MAX_NAMES);
        return 1;
    }
    return 0;
}

char *docx_read_part(DiagSink *diags, const char *path, zip_t *zip, const char *name,
                     size_t *len, int *missing, size_t *budget)
{
    SrcPos pos = {path, 0, 0};
    zip_stat_t st;
    zip_stat_init(&st);
    *missing = 0;
    /* a part's name in any case, as OPC compares them ("Word/Document.xml":
     * KH756 said there was no word/document.xml), the exact one first */
    if ((zip_stat(zip, name, 0, &st) != 0 && zip_stat(zip, name, ZIP_FL_NOCASE, &st) != 0) ||
        !(st.valid & ZIP_STAT_INDEX)) {
        *missing = 1;
        return NULL;
    }
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > IMPORT_MAX_PART)
        return refuse_size(diags, path, name, (unsigned long long)st.size, NULL);
    if (budget && st.size > *budget)
        return refuse_size(diags, path, name, (unsigned long long)st.size, budget);
    if (budget)
        *budget -= (size_t)st.size;
    size_t got = 0;
    char *data = inflate_part(diags, path, zip, name, st.index, (size_t)st.size, &got);
    if (!data)
        return NULL;
    /* an embedded package (a .docx of a w:altChunk, an Excel worksheet
     * object's .xlsx: a zip, "PK\3\4") is no markup: its deflated bytes
     * read as tags were a "tag of 2643 attributes", KH755, and the whole
     * import refused (s52review); its own parts are scanned when they are
     * read, and the XML parser refuses it at its first byte */
    int package = got >= 4 && memcmp(data, "PK\x03\x04", 4) == 0;
    if (!package && too_many_nodes(diags, pos, path, name, data, got)) {
        free(data);
        return NULL;
    }
    *len = got;
    return data;
}

/* libxml2's generic error handler, silenced (docx_parse_xml says why). */
static void xml_quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* The longest run of data[0..len) without a '<': a text node or an
 * attribute's value, which libxml2 refuses past XML_MAX_TEXT_LENGTH
 * (without XML_PARSE_HUGE), its last error then "Extra content at the end
 * of the document", which said nothing of why (s32attack F3). */
static size_t longest_piece(const char *data, size_t len)
{
    size_t best = 0, run = 0;
    for (size_t i = 0; i < len; i++) {
        run = data[i] == '<' ? 0 : run + 1;
        if (run > best)
            best = run;
    }
    return best;
}

/* Whether data[0..len), an XML part in UTF-8, declares a document type
 * (<!DOCTYPE) in its prolog: past a byte order mark, blanks, the XML
 * declaration, processing instructions and comments. One pass. */
static int declares_doctype(const char *data, size_t len)
{
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (;;) {
        while (i < len && strchr(" \t\r\n", data[i]) && data[i])
            i++;
        if (len - i >= 9 && memcmp(data + i, "<!DOCTYPE", 9) == 0)
            return 1;
        const char *end = len - i >= 2 && memcmp(data + i, "<?", 2) == 0     ? "?>"
                          : len - i >= 4 && memcmp(data + i, "<!--", 4) == 0 ? "-->"
                                                                              : NULL;
        if (!end)
            return 0;
        size_t k = strlen(end), j = i + 2;
        while (j + k <= len && memcmp(data + j, end, k) != 0)
            j++;
        if (j + k > len)
            return 0;
        i = j + k;
    }
}

/* Whether a part's declared encoding (NULL: none, UTF-8) is UTF-8 or
 * UTF-16, as OPC requires, in any case and with or without the dash; or
 * ASCII, which is UTF-8 (lxml writes encoding='ASCII' and the rest as
 * character references when a script saves a part without naming one:
 * such a .docx, which Word opens, was refused, KH754, s33review). */
static int docx_utf_encoding(const char *enc)
{
    if (!enc || strcasecmp(enc, "ASCII") == 0 || strcasecmp(enc, "US-ASCII") == 0)
        return 1;
    if (strncasecmp(enc, "UTF", 3) != 0)
        return 0;
    enc += 3 + (enc[3] == '-');
    return strcmp(enc, "8") == 0 || strncmp(enc, "16", 2) == 0;
}

xmlDoc *docx_parse_xml(DiagSink *diags, const char *path, const char *name, const char *data,
                       size_t len)
{
    /* libxml2 writes some errors on stderr in spite of XML_PARSE_NOERROR
     * ("parser error : xmlSAX2Characters: huge text node" and the line, in
     * the middle of the diagnostics and of --diagnostics-format=json's
     * objects): they are said here, by a diagnostic */
    xmlSetGenericErrorFunc(NULL, xml_quiet);
    xmlDoc *doc = xmlReadMemory(data, (int)len, name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
    if ((doc && (doc->intSubset || doc->extSubset)) || (!doc && declares_doctype(data, len))) {
        /* Word refuses a part with a DTD ("DTD is prohibited") and
         * LibreOffice opens nothing of it; import read an internal
         * entity's text and left an external one's out without a word
         * (s25foreign). One libxml2 refuses to parse (a billion laughs:
         * entities of entities, "entity reference loop" or "Maximum
         * entity amplification factor exceeded", s32attack) is the same
         * DTD, said the same way */
        SrcPos pos = {path, 0, 0};
        diag_error(diags, pos, 0, KH754, "'%s': %s holds a document type declaration "
                   "(<!DOCTYPE>), which no Word document has and Word refuses to open (its "
                   "entities may name files outside it); open the original in Word or "
                   "LibreOffice and save it again as .docx", path, name);
        xmlFreeDoc(doc);
        return NULL;
    }
    if (doc && !docx_utf_encoding((const char *)doc->encoding)) {
        /* OPC allows a part UTF-8 or UTF-16 only (ECMA-376 Part 2, M1.17);
         * libxml2 decoded one declared "ISO-8859-1" as Latin-1: a part of
         * UTF-8 bytes so declared became "á»¦Y BAN NHÃN DÃN", exit 0
         * (s32attack F2) */
        SrcPos pos = {path, 0, 0};
        diag_error(diags, pos, 0, KH754, "'%s': %s declares the encoding '%s', where a Word "
                   "document's parts are UTF-8 or UTF-16 (ECMA-376, the Open Packaging "
                   "Conventions), so its text cannot be trusted to read as written; open the "
                   "original in Word or LibreOffice and save it again as .docx", path, name,
                   (const char *)doc->encoding);
        xmlFreeDoc(doc);
        return NULL;
    }
    size_t piece = doc ? 0 : longest_piece(data, len);
    if (piece > XML_MAX_TEXT_LENGTH) {
        SrcPos pos = {path, 0, 0};
        diag_error(diags, pos, 0, KH755, "'%s': %s holds a text of %zu bytes in one piece (a "
                   "paragraph of one run, or a value), more than the %d bytes the XML reader "
                   "takes at once; a plan's paragraph is a few KB: the file is damaged or built "
                   "to exhaust memory; if it is a plan, split that paragraph in Word and save "
                   "it again", path, name, piece, XML_MAX_TEXT_LENGTH);
        return NULL;
    }
    if (!doc) {
        SrcPos pos = {path, 0, 0};
        const xmlError *err = xmlGetLastError();
        const char *msg = err && err->message ? err->message : "";
        int msg_len = (int)strcspn(msg, "\n"); /* libxml2 ends it with a line break */
        diag_error(diags, pos, 0, KH754, "'%s': %s is not well-formed XML%s%.*s: open the file in "
                   "Word and save it again", path, name,
                   msg_len ? ": " : "", msg_len, msg);
    }
    docx_mce_resolve(doc); /* what Word reads of it: docx_mce.c */
    docx_drop_deleted_cells(xmlDocGetRootElement(doc)); /* and shows of its tables */
    return doc;
}

/* The officeDocument target of the package relationships xml[0..len), or
 * NULL (libxml2's string, the caller's); NULL too past markup_cost.c's
 * limits, which no package's relationships come near. */
static char *office_target(const char *xml, size_t len)
{
    MarkupShape shape;
    if (!markup_within(xml, len, &shape))
        return NULL;
    xmlDoc *doc = xmlReadMemory(xml, (int)len, "rels.xml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc)
        return NULL;
    char *found = NULL;
    const xmlNode *root = xmlDocGetRootElement(doc);
    for (const xmlNode *n = root ? root->children : NULL; n && !found; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "Relationship") != 0)
            continue;
        xmlChar *type = xmlGetProp(n, (const xmlChar *)"Type");
        size_t tl = type ? strlen((const char *)type) : 0;
        if (tl >= 15 && strcmp((const char *)type + tl - 15, "/officeDocument") == 0)
            found = (char *)xmlGetProp(n, (const xmlChar *)"Target");
        xmlFree(type);
    }
    xmlFreeDoc(doc);
    return found;
}

/* The part name of zip, at most max bytes, read quietly into malloc'd
 * memory (*len its length); NULL when missing, larger or damaged */
static char *quiet_part(zip_t *zip, const char *name, size_t max, size_t *len)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > max)
        return NULL;
    zip_file_t *f = zip_fopen(zip, name, 0);
    if (!f)
        return NULL;
    char *xml = xmalloc((size_t)st.size + 1);
    zip_int64_t got = zip_fread(f, xml, st.size);
    zip_fclose(f);
    if (got <= 0) {
        free(xml);
        return NULL;
    }
    *len = (size_t)got;
    return xml;
}

/* 1 if [Content_Types].xml gives part (no leading '/') the content type of
 * a Word document's main part (a document, a template, with macros or
 * not), as Word requires of it: an .xlsx's xl/workbook.xml is not one; 0
 * if not; -1 if [Content_Types].xml is missing, past IMPORT_MAX_PART or
 * markup_cost.c's limits, or not XML (read up to that limit, as any part: a 1 MiB limit of its own
 * made a main part outside word/ "not a Word document", s25review L2);
 * -2 if it is larger than *budget (an embedded document's: each of 16
 * embedded packages of 95 KB parsed a [Content_Types].xml of 30 MB, 11 s
 * and 500 MB for a file of 1.5 MB: s26review2), which it is taken from. */
static int word_main(zip_t *zip, const char *part, size_t *budget)
{
    size_t len = 0;
    zip_stat_t st;
    zip_stat_init(&st);
    if (budget && zip_stat(zip, "[Content_Types].xml", 0, &st) == 0 &&
        (st.valid & ZIP_STAT_SIZE) && st.size > *budget)
        return -2;
    char *xml = quiet_part(zip, "[Content_Types].xml", IMPORT_MAX_PART, &len);
    if (xml && budget)
        *budget -= len; /* len <= st.size <= *budget */
    MarkupShape shape;
    xmlDoc *doc = xml && markup_within(xml, len, &shape) ? xmlReadMemory(xml, (int)len, "types.xml", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
                      : NULL;
    free(xml);
    if (!doc)
        return -1;
    int word = 0;
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    for (const xmlNode *n = root ? root->children : NULL; n && !word; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "Override") != 0)
            continue;
        xmlChar *pn = xmlGetProp(n, (const xmlChar *)"PartName");
        xmlChar *ct = xmlGetProp(n, (const xmlChar *)"ContentType");
        word = pn && ct && pn[0] == '/' && strcasecmp((const char *)pn + 1, part) == 0 &&
               (str_find((const char *)ct, "wordprocessingml.document.main") ||
                str_find((const char *)ct, "wordprocessingml.template.main") ||
                str_find((const char *)ct, "ms-word.document.macroEnabled.main") ||
                str_find((const char *)ct, "ms-word.template.macroEnabledTemplate.main"));
        xmlFree(pn);
        xmlFree(ct);
    }
    if (doc)
        xmlFreeDoc(doc);
    return word;
}

DocxMainWhy docx_main_part(zip_t *zip, char *name, char *rels, size_t cap, char *target,
                           size_t *budget)
{
    snprintf(name, cap, "word/document.xml");
    snprintf(rels, cap, "word/_rels/document.xml.rels");
    size_t got = 0;
    char *xml = quiet_part(zip, "_rels/.rels", 65536, &got);
    char *named = xml ? office_target(xml, got) : NULL;
    free(xml);
    const char *t = named ? (const char *)named + (named[0] == '/') : NULL;
    while (t && t[0] == '.' && t[1] == '/') /* "./word/document.xml" */
        t += 2;
    if (target)
        snprintf(target, cap, "%s", t ? t : "");
    /* "FOLDER/NAME.xml" (a converter's "doc/main.xml" too, when its
     * content type is a Word document's): its own
     * relationships are FOLDER/_rels/NAME.xml.rels, and the targets they
     * name relative to FOLDER (docx_part_folder) */
    size_t tl = t ? strlen(t) : 0;
    const char *slash = t ? strrchr(t, '/') : NULL;
    DocxMainWhy why = DOCX_MAIN_TAKEN;
    int word = 0;
    if (!t)
        why = DOCX_MAIN_TAKEN; /* no relationship: the usual name */
    else if (tl + 12 >= cap)
        why = DOCX_MAIN_LONG;
    else if (tl <= 4 || str_find(t, "..") || !slash || slash == t || strcmp(t + tl - 4, ".xml") != 0)
        why = DOCX_MAIN_BAD_NAME;
    else if (zip_name_locate(zip, t, 0) < 0)
        why = DOCX_MAIN_MISSING;
    else if (strncmp(t, "word/", 5) != 0 && (word = word_main(zip, t, budget)) != 1)
        why = word == -2 ? DOCX_MAIN_BUDGET : word < 0 ? DOCX_MAIN_NO_TYPES : DOCX_MAIN_NOT_WORD;
    else {
        snprintf(name, cap, "%s", t);
        snprintf(rels, cap, "%.*s_rels/%s.rels", (int)(slash + 1 - t), t, slash + 1);
    }
    xmlFree(named);
    return why;
}

static int by_folded_name(const void *a, const void *b)
{
    return strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

/* 1 with two of the zip's entry names in twin when they differ only in
 * the case of their ASCII letters ("word/document.xml" and
 * "Word/Document.xml"): OPC compares part names so, and a package holding
 * both is invalid. khgen read the exact name and ignored the other without
 * a word, whichever of the two Word would show (s48attack). The names
 * sorted, once: n log n for MAX_ENTRIES. Folders ("word/") are no parts. */
static int case_twins(zip_t *zip, const char *twin[2])
{
    zip_int64_t n = zip_get_num_entries(zip, 0);
    const char **names = xmalloc(((size_t)n + 1) * sizeof *names);
    size_t k = 0;
    for (zip_int64_t i = 0; i < n; i++) {
        const char *name = zip_get_name(zip, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
        size_t len = name ? strlen(name) : 0;
        if (len && name[len - 1] != '/')
            names[k++] = name;
    }
    qsort(names, k, sizeof *names, by_folded_name);
    int found = 0;
    for (size_t i = 1; i < k && !found; i++)
        if (strcasecmp(names[i - 1], names[i]) == 0) {
            twin[0] = names[i - 1];
            twin[1] = names[i];
            found = 1;
        }
    free(names);
    return found;
}

size_t docx_part_folder(const char *main_part)
{
    const char *slash = strrchr(main_part, '/');
    return slash ? (size_t)(slash + 1 - main_part) : 0;
}

zip_t *docx_open_zip(DiagSink *diags, const char *path, const char *data, size_t len)
{
    SrcPos pos = {path, 0, 0};
    if (len > IMPORT_MAX_DOCX) {
        diag_error(diags, pos, 0, KH752, "'%s' is %zu bytes; import reads .docx files up to %u "
                   "MiB: check that it is the right file, or save its images smaller", path, len, IMPORT_MAX_DOCX >> 20);
        return NULL;
    }
    if (len < 4 || memcmp(data, "PK\x03\x04", 4) != 0) {
        /* a .doc, RTF, PDF or web page: told as import_foreign.c tells it */
        if (!import_refuse_foreign(diags, path, data, len))
            diag_error(diags, pos, 0, KH754, "'%s' is not a .docx file (a .docx is a zip "
                       "archive, and this file is not one); open it in Word or LibreOffice and "
                       "save it as .docx", path);
        return NULL;
    }
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &zerr);
    zip_t *zip = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : NULL;
    if (!zip) {
        diag_error(diags, pos, 0, KH754, "'%s' is not a readable .docx: %s; open it in Word "
                   "or LibreOffice and save it again as .docx", path,
                   zip_reason(zip_error_code_zip(&zerr)));
        if (src)
            zip_source_free(src);
        zip_error_fini(&zerr);
        return NULL;
    }
    zip_error_fini(&zerr);
    if (zip_get_num_entries(zip, 0) > MAX_ENTRIES) {
        diag_error(diags, pos, 0, KH755, "'%s' holds more than %d files; refused: check that it "
                   "is the right file", path,
                   MAX_ENTRIES);
        zip_discard(zip);
        return NULL;
    }
    const char *twin[2];
    if (case_twins(zip, twin)) {
        diag_error(diags, pos, 0, KH754, "'%s' is not a readable .docx: two of the files inside "
                   "it, '%s' and '%s', have one name but for the case of its letters, which a "
                   ".docx may not hold (its parts' names are compared ignoring case), so which "
                   "one is meant cannot be told; open it in Word or LibreOffice and save it "
                   "again as .docx", path,
                   twin[0], twin[1]);
        zip_discard(zip);
        return NULL;
    }
    return zip;
}
