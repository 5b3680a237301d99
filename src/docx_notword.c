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

void docx_not_word(DiagSink *diags, const char *path, zip_t *zip)
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
    else
        diag_error(diags, pos, 0, KH756, "'%s' is a zip but has no word/document.xml: it is not a "
                   "Word document (an .xlsx or .odt renamed?) Import the plan's .docx; save an "
                   ".odt as .docx first", path);
}
