/* import_foreign.c - a file given to `khgen import` whose first bytes show
 * a document format import does not read.
 *
 * Import reads a .docx (a zip, told from its "PK" mark) and UTF-8 text
 * (.txt, .md); anything else was read as text. A commune's drafter sends
 * what Windows saves: WordPad's and Word's Rich Text Format, Word's "Save
 * as Web Page" (.htm, or a single-file web archive, .mht), the signed PDF,
 * a .doc. An RTF file and an HTML page are valid UTF-8, so import read
 * their markup as the plan's words ("{\rtf1\ansi..." the title, the font
 * table the opening, "</p>" in a commune's name) and exited 0 with a plan
 * that builds (session 16's user, F2, F3); a PDF was told to be text in a
 * legacy encoding, to be run through `khgen convert`, which cannot help
 * (F4). Here the file's own mark names it, whatever its extension (an
 * RTF saved as "ke-hoach.txt" is as common as one saved as .doc), and the
 * diagnostic gives the command that makes a file import reads: LibreOffice
 * converts RTF, HTML and web archives to .docx without a window; a PDF is
 * the print, not the document, so its text is extracted with pdftotext
 * (the layout kept, which import's PDF-text rules read). The marks are
 * the formats' own: "{\rtf" (RTF 1.9.1, the document's first group), "%PDF-"
 * (ISO 32000-1, 7.5.2, the header), "<!DOCTYPE html" or "<html" (HTML),
 * "MIME-Version:" with a "multipart/related" type (RFC 2557, a web
 * archive), and the compound file signature D0 CF 11 E0 A1 B1 1A E1 of a
 * Word 97-2003 .doc (KH751, as a .doc by its name), unless that compound
 * file is a document protected by a password (a .docx encrypted, which Word
 * and LibreOffice save as a compound file: told to be a .doc and converted
 * with soffice, which cannot open it without its password; s23foreign).
 * Only the bytes after a
 * byte order mark and blank space are looked at, never more than the
 * first 4 KiB: a Markdown file that holds an HTML table further down is
 * still Markdown.
 */
#include "import_foreign.h"

#include <ctype.h>
#include <string.h>

#include "i18n.h"

/* How far into the file the marks are looked for. */
enum { FOREIGN_WINDOW = 4096 };

/* Whether s[0..n) begins with the ASCII word w, ignoring case. */
static int starts_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)w[i]))
            return 0;
    return 1;
}

/* Whether s[0..n) holds the ASCII word w anywhere, ignoring case. */
static int holds_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (starts_ci(s + i, n - i, w))
            return 1;
    return 0;
}

/* Whether the compound file data[0..len) names a stream
 * "EncryptedPackage": what Word and LibreOffice save a .docx protected by
 * a password as (MS-OFFCRYPTO 2.3.4: the package encrypted, in a compound
 * file, whatever the name says). A directory entry is 128 bytes, its name
 * in UTF-16LE first, and every sector starts at a multiple of 128 bytes
 * of the file (sectors of 512 or 4096 bytes after a header of one), so the
 * name is looked for there only: linear, and never text that merely holds
 * the word. */
static int encrypted_package(const char *data, size_t len)
{
    static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0\0\0";
    for (size_t at = 512; at + sizeof name - 1 <= len; at += 128)
        if (memcmp(data + at, name, sizeof name - 1) == 0)
            return 1;
    return 0;
}

ForeignKind import_foreign_kind(const char *data, size_t len)
{
    if (len >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
        return encrypted_package(data, len) ? FOREIGN_ENCRYPTED : FOREIGN_DOC;
    size_t n = len < FOREIGN_WINDOW ? len : FOREIGN_WINDOW;
    size_t i = 0;
    if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    const char *s = data + i;
    size_t rest = n - i;
    if (rest >= 5 && memcmp(s, "{\\rtf", 5) == 0)
        return FOREIGN_RTF;
    if (rest >= 5 && memcmp(s, "%PDF-", 5) == 0)
        return FOREIGN_PDF;
    if (starts_ci(s, rest, "<!doctype html") || starts_ci(s, rest, "<html"))
        return FOREIGN_HTML;
    /* Word writes an XML declaration or a comment before <html> in some
     * of its web pages */
    if ((starts_ci(s, rest, "<?xml") || starts_ci(s, rest, "<!--")) &&
        (holds_ci(s, rest, "<html") || holds_ci(s, rest, "<!doctype html")))
        return FOREIGN_HTML;
    if (starts_ci(s, rest, "MIME-Version:") && holds_ci(s, rest, "multipart/related"))
        return FOREIGN_MHT;
    return FOREIGN_NONE;
}

const char *import_foreign_name(ForeignKind kind)
{
    switch (kind) {
    case FOREIGN_DOC: return _("a Word 97-2003 document (.doc)");
    case FOREIGN_RTF: return _("a Rich Text Format (RTF) document");
    case FOREIGN_PDF: return _("a PDF");
    case FOREIGN_HTML: return _("an HTML page");
    case FOREIGN_MHT: return _("a web archive (.mht)");
    case FOREIGN_ENCRYPTED: return _("a document protected by a password");
    case FOREIGN_NONE: break;
    }
    return NULL;
}

int import_refuse_foreign(DiagSink *diags, const char *path, const char *data, size_t len)
{
    SrcPos pos = {path, 0, 0};
    const char *what = NULL;
    ForeignKind kind = import_foreign_kind(data, len);
    switch (kind) {
    case FOREIGN_NONE:
        return 0;
    case FOREIGN_DOC:
        diag_error(diags, pos, 0, KH751, "'%s' is a legacy Word .doc file; convert it: "
                   "soffice --headless --convert-to docx --outdir converted '%s' "
                   "(LibreOffice), then import the .docx in converted/", path, path);
        return 1;
    case FOREIGN_PDF:
        diag_error(diags, pos, 0, KH765, "'%s' is a PDF, which import does not read (it is "
                   "the print of a document, not its text): import the .docx the PDF was "
                   "printed from, or extract its text with pdftotext -layout '%s' plan.txt "
                   "(Debian package poppler-utils) and import plan.txt", path, path);
        return 1;
    case FOREIGN_RTF:
    case FOREIGN_HTML:
        what = import_foreign_name(kind);
        break;
    case FOREIGN_ENCRYPTED: /* not a .doc: LibreOffice cannot convert it without the password */
        diag_error(diags, pos, 0, KH765, "'%s' is a Word document protected by a password "
                   "(encrypted), which import cannot read; open it in Word or LibreOffice with "
                   "its password, save a copy without it (Word: File > Info > Protect Document "
                   "> Encrypt with Password, left empty; LibreOffice: File > Save As, \"Save "
                   "with password\" unticked) as .docx, then import the copy", path);
        return 1;
    case FOREIGN_MHT:
        diag_error(diags, pos, 0, KH765, "'%s' is a web archive (.mht, Word's \"Single File "
                   "Web Page\"), which import does not read; open it in Word and save it as a "
                   "Word Document (.docx), then import the .docx", path);
        return 1;
    }
    diag_error(diags, pos, 0, KH765, "'%s' is %s, which import does not read; convert it to "
               ".docx: soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "
               "converted '%s' (LibreOffice), then import the .docx in converted/",
               path, what, path);
    return 1;
}
