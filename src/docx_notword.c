/* docx_notword.c - what a zip that import was given is, when it is not a
 * Word document.
 *
 * `khgen import` reads a .docx: a zip with word/document.xml. LibreOffice
 * saves its own format by default, the OpenDocument text (.odt), also a
 * zip, and an official who imports it got KH756 "not a Word document (an
 * .xlsx or .odt renamed?)" with no way forward, while a legacy .doc gets
 * KH751 with the command that converts it (the thirteenth attack, L2).
 * Here the zip's own marks name it: an OpenDocument file's first entry
 * "mimetype" (ISO/IEC 26300, 3.3: its media type, stored), an Office Open
 * XML workbook's xl/workbook.xml, a presentation's ppt/presentation.xml;
 * a text document gets the LibreOffice command that converts it to .docx.
 * It reads at most one small entry.
 */
#include "docx_notword.h"

#include <string.h>

#include "i18n.h"
#include "import.h"

/* The media type of an OpenDocument zip: its "mimetype" entry's text, up
 * to cap-1 bytes, into buf ("" when there is none or it is not small) */
static void odf_mimetype(zip_t *zip, char *buf, size_t cap)
{
    buf[0] = '\0';
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, "mimetype", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size >= cap)
        return;
    zip_file_t *f = zip_fopen(zip, "mimetype", 0);
    if (!f)
        return;
    zip_int64_t r = zip_fread(f, buf, cap - 1);
    zip_fclose(f);
    buf[r > 0 ? (size_t)r : 0] = '\0';
}

static int has_entry(zip_t *zip, const char *name)
{
    return zip_name_locate(zip, name, 0) >= 0;
}

/* KH756 for a main part _rels/.rels names and docx_main_part did not take
 * (why, target): 1, or 0 when why says nothing (DOCX_MAIN_TAKEN) */
static int not_main(DiagSink *diags, const char *path, DocxMainWhy why, const char *target)
{
    SrcPos pos = {path, 0, 0};
    switch (why) {
    case DOCX_MAIN_LONG:
        diag_error(diags, pos, 0, KH756, "'%s': _rels/.rels names a main document part whose "
                   "name is longer than import reads (%d bytes): '%s'; open the file in Word or "
                   "LibreOffice and save it again as .docx", path, DOCX_PART_NAME_MAX - 13, target);
        return 1;
    case DOCX_MAIN_MISSING:
    case DOCX_MAIN_BAD_NAME:
        diag_error(diags, pos, 0, KH756, "'%s': _rels/.rels names the main document part '%s', "
                   "which the file does not hold (and it has no word/document.xml): the file is "
                   "damaged; open it in Word or LibreOffice and save it again as .docx",
                   path, target);
        return 1;
    case DOCX_MAIN_NO_TYPES:
        diag_error(diags, pos, 0, KH756, "'%s': the main document part '%s' is outside word/ "
                   "and [Content_Types].xml, which must say it is a Word document, is missing, "
                   "damaged or over %u MiB; open the file in Word or LibreOffice and save it "
                   "again as .docx", path, target, (unsigned)(IMPORT_MAX_PART >> 20));
        return 1;
    case DOCX_MAIN_BUDGET:
        diag_error(diags, pos, 0, KH755, "'%s': the embedded documents (w:altChunk) would unpack "
                   "to more than the %u MiB import reads of them together (this one's "
                   "[Content_Types].xml, which must say that its main part '%s' is a Word "
                   "document); the file is damaged or built to exhaust memory: open it in Word "
                   "and save it again", path, IMPORT_MAX_CHUNKS >> 20, target);
        return 1;
    case DOCX_MAIN_NOT_WORD:
        diag_error(diags, pos, 0, KH756, "'%s': [Content_Types].xml does not give the main "
                   "document part '%s' a Word document's content type, so it is not a Word "
                   "document (Word refuses it too); import the plan's .docx, or open this file "
                   "in LibreOffice and save it as .docx", path, target);
        return 1;
    case DOCX_MAIN_TAKEN:
        break;
    }
    return 0;
}

void docx_not_word(DiagSink *diags, const char *path, zip_t *zip, DocxMainWhy why,
                   const char *target)
{
    SrcPos pos = {path, 0, 0};
    static const char odf[] = "application/vnd.oasis.opendocument.";
    char mime[128];
    odf_mimetype(zip, mime, sizeof mime);
    const char *kind = strncmp(mime, odf, sizeof odf - 1) == 0 ? mime + sizeof odf - 1 : "";
    const char *what = NULL;
    if (strncmp(kind, "spreadsheet", 11) == 0 || has_entry(zip, "xl/workbook.xml"))
        what = _("a workbook (.xlsx or .ods)");
    else if (strncmp(kind, "presentation", 12) == 0 || has_entry(zip, "ppt/presentation.xml"))
        what = _("a presentation (.pptx or .odp)");
    else if (*kind && strncmp(kind, "text", 4) != 0)
        what = _("an OpenDocument file that is not a text");
    if (strncmp(kind, "text", 4) == 0) /* text, text-template, text-master */
        diag_error(diags, pos, 0, KH756,
                   "'%s' is an OpenDocument text (.odt, LibreOffice's own format), not a "
                   "Word document; convert it: soffice --headless --convert-to docx --outdir "
                   "converted '%s' (LibreOffice), then import the .docx in converted/",
                   path, path);
    else if (what)
        diag_error(diags, pos, 0, KH756,
                   "'%s' is %s, not a Word document; import reads a plan's text: open "
                   "the plan itself in Word or LibreOffice and save it as .docx", path, what);
    else if (not_main(diags, path, why, target))
        ;
    else if (has_entry(zip, "word\\document.xml")) /* s50attack L1 */
        diag_error(diags, pos, 0, KH756,
                   "'%s' is a zip whose files are named with backslashes ('word\\document.xml'), "
                   "as some Windows zip tools write them, where a .docx names them with '/': "
                   "Word and LibreOffice cannot open it either; open the original in Word and "
                   "save it again, or unzip it and zip its files again with a tool that writes "
                   "'/'", path);
    else
        diag_error(diags, pos, 0, KH756, "'%s' is a zip but has no word/document.xml: it is not a "
                   "Word document (an .xlsx or .odt renamed?) Import the plan's .docx; save an "
                   ".odt as .docx first", path);
}
