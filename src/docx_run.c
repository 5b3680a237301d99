/* docx_run.c - what Word shows of the elements of a run, for import_docx.c.
 *
 * A run's text is not only its w:t: Word shows a tab, a line break, a
 * non-breaking hyphen, and a symbol inserted from a symbol font (Insert >
 * Symbol writes `<w:sym w:font="Symbol" w:char="F0B3"/>` for "≥"), and it
 * shows in capitals the letters of a run in All Caps (w:caps, w:smallCaps,
 * as the .md reader reads pandoc's small capitals, IMP_SMALL_CAPS_UPPER:
 * "Ủy ban nhân dân" typed, "ỦY BAN NHÂN DÂN" seen). The twelfth attack found
 * import dropping every symbol ("tỷ lệ ≥ 90%" became "tỷ lệ 90%") and
 * reading All Caps lines in their typed case (an issuer not recognised, a
 * signature line printed in lower case), and reading the cached result of
 * a field nested in another field's code (`{ IF { MERGEFIELD x } = 1 "a"
 * "b" }` gave "XX" plus the IF's result). Text typed in a symbol font is
 * that font's glyphs too: "a" in a run set in the Symbol font is "α" in
 * Word and in LibreOffice's rendering (not in its text export, which
 * keeps the typed "a"); it was read as the letters typed (session 16).
 * Here is what a run shows; the reader (collect_runs) asks for each
 * element of each run.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "docx_run.h"
#include "docx_tree.h"
#include "import.h"
#include "render.h"
#include "vi.h"

int docx_run_caps(const xmlNode *rpr, int inherited)
{
    const xmlNode *caps = docx_child(rpr, "caps"), *small = docx_child(rpr, "smallCaps");
    if (caps || small)
        return docx_toggle_on(caps) || (IMP_SMALL_CAPS_UPPER && docx_toggle_on(small));
    return inherited;
}

/* Whether text here is inside the code of a field that holds another
 * field: some field but the innermost is still in its code. (The
 * innermost's own code is w:instrText, never read; a w:t there is held
 * back as f->code_text: in_code.) */
static int nested_code(const DocxFields *f)
{
    for (int k = 0; k + 1 < f->depth && k < 32; k++)
        if (!f->result[k])
            return 1;
    return 0;
}

int docx_page_field(const char *code)
{
    while (code && (*code == ' ' || *code == '\t'))
        code++;
    size_t w = code ? strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") : 0;
    static const char *const names[] = {"PAGE", "NUMPAGES", "SECTIONPAGES"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (w == strlen(names[k]) && strncasecmp(code, names[k], w) == 0)
            return 1;
    return 0;
}

/* The token of a field's code at *at (a quoted text, its quotes left
 * out, or a word up to a blank) into out, *at moved past it. */
static void code_token(const char **at, Buf *out)
{
    const char *c = *at;
    if (*c == '"') { /* "\\" and "\"" inside it are a backslash and a quote */
        for (c++; *c && *c != '"'; c++) {
            if (*c == '\\' && (c[1] == '\\' || c[1] == '"'))
                c++;
            buf_putc(out, *c);
        }
        *at = c + (*c == '"');
        return;
    }
    size_t n = strcspn(c, " \t\\"); /* a backslash outside quotes starts a switch */
    buf_putn(out, c, n);
    *at = c + n;
}

int docx_link_field(const char *code)
{
    while (code && (*code == ' ' || *code == '\t'))
        code++;
    return code && strncasecmp(code, "HYPERLINK", 9) == 0 &&
           (!code[9] || code[9] == ' ' || code[9] == '\t' || code[9] == '\\' || code[9] == '"');
}

int docx_field_link(const char *code, Buf *address)
{
    if (!docx_link_field(code))
        return 0;
    const char *c = code + strspn(code, " \t") + 9; /* past the word, in any capitals */
    Buf target = {0}, mark = {0}, skip = {0};
    int have = 0;
    while (*c) {
        if (*c == ' ' || *c == '\t') {
            c++;
        } else if (*c == '\\') {
            char sw = c[1];
            c += 1 + (sw != '\0');
            while (*c == ' ' || *c == '\t')
                c++;
            if (strchr("lLoOtT", sw) && *c && *c != '\\') /* a switch with its argument */
                code_token(&c, sw == 'l' || sw == 'L' ? (buf_reset(&mark), &mark) : &skip);
        } else if (!have) {
            code_token(&c, &target);
            have = 1;
        } else {
            code_token(&c, &skip); /* a second argument: Word reads the first */
        }
    }
    int kept = target.len && render_url_kept(buf_str(&target));
    if (kept && address) {
        buf_putn(address, target.data, target.len);
        if (mark.len)
            buf_putc(address, '#'), buf_putn(address, mark.data, mark.len);
    }
    buf_free(&target);
    buf_free(&mark);
    buf_free(&skip);
    return kept;
}

const char *docx_fields_href(const DocxFields *f)
{
    for (int k = (f->depth < 32 ? f->depth : 32) - 1; k >= 0; k--)
        if (f->result[k] && f->href[k])
            return f->href[k];
    return NULL;
}

int docx_simple_paging(const xmlNode *fld)
{
    char *code = docx_attr(fld, "instr");
    int paging = docx_page_field(code);
    if (code)
        xmlFree(code);
    return paging;
}

/* Whether text here is in the code of the innermost field (before its
 * separate): text Word takes as that code. */
static int in_code(const DocxFields *f)
{
    return f->depth >= 1 && f->depth <= 32 && !f->result[f->depth - 1];
}

/* Whether text here is in the result of a page-number field. */
static int page_result(const DocxFields *f)
{
    for (int k = 0; k < f->depth && k < 32; k++)
        if (f->result[k] && f->paging[k])
            return 1;
    return 0;
}

/* A piece of the code of the innermost field (w:instrText): its first
 * word gathered, up to 15 bytes (a code is split over runs as typed) */
static void code_piece(DocxFields *f, const xmlNode *t)
{
    if (f->depth < 1 || f->depth > 32 || f->result[f->depth - 1])
        return;
    char *word = f->word[f->depth - 1];
    xmlChar *s = xmlNodeGetContent(t);
    size_t n = s ? strlen((const char *)s) : 0;
    if (f->code.len < 1024) /* the whole code, for a link's address */
        buf_putn(&f->code, (const char *)s, f->code.len + n > 1024 ? 1024 - f->code.len : n);
    size_t have = strlen(word);
    for (const char *c = (const char *)s; c && *c && have + 1 < sizeof f->word[0]; c++) {
        if (*c == ' ' && !have)
            continue;
        if (*c == ' ' || *c == '\\') {
            word[have++] = ' '; /* the word ended: ' ' is no letter, gathering stops */
            break;
        }
        word[have++] = *c;
    }
    word[have] = '\0';
    xmlFree(s);
}

/* Field k's code read for a link (once): a HYPERLINK field's address
 * is its link's (f->href[k]) when the plan keeps it and the caller prints
 * links, else the caller is told (f->unlinked). The code is what was
 * gathered before its separate or before a field nested in it (the part
 * docx_kept.c's notes read). A field nested in its code (nested: `{
 * HYPERLINK "https://{ DOCPROPERTY Site }/kh" }`) builds the address from
 * its result, which is not read: the link was kept as "https://", exit 0
 * (s39imp); the caller is told of its code with "{…}" there instead. */
static void decide_link(DocxFields *f, int k, int nested)
{
    if (k < 0 || k >= 32 || f->decided[k])
        return;
    f->decided[k] = 1;
    if (nested) /* its address built by the field inside it: "{…}" */
        buf_puts(&f->code, "{\xE2\x80\xA6}");
    const char *code = buf_str(&f->code);
    if (!docx_link_field(code))
        return;
    Buf address = {0};
    if (!nested && f->links && f->arena && docx_field_link(code, &address))
        f->href[k] = arena_strndup(f->arena, address.data, address.len);
    else if (f->unlinked)
        f->unlinked(f->ctx, code);
    buf_free(&address);
}

static void field_char(DocxFields *f, const xmlNode *t)
{
    char *type = docx_attr(t, "fldCharType");
    if (!type)
        return;
    if (strcmp(type, "begin") == 0) {
        if (f->depth > 0 && f->depth <= 32 && !f->result[f->depth - 1])
            decide_link(f, f->depth - 1, 1); /* nested in its code: what came before */
        if (f->depth < 32) {
            f->result[f->depth] = 0;
            f->paging[f->depth] = 0;
            f->word[f->depth][0] = '\0';
            f->href[f->depth] = NULL;
            f->decided[f->depth] = 0;
        }
        buf_reset(&f->code);
        f->depth += f->depth < 1000000;
    } else if (strcmp(type, "separate") == 0) {
        buf_reset(&f->code_text); /* it was the code, which Word does not show */
        if (f->depth > 0 && f->depth <= 32) {
            decide_link(f, f->depth - 1, 0);
            f->result[f->depth - 1] = 1;
            f->paging[f->depth - 1] = (unsigned char)docx_page_field(f->word[f->depth - 1]);
        }
    } else if (strcmp(type, "end") == 0 && f->depth > 0) {
        buf_reset(&f->code_text);
        f->depth--;
        if (!page_result(f))
            buf_reset(&f->held), f->saved = 0; /* the page's number, ended: not the plan's */
    }
    xmlFree(type);
}

void docx_hidden_fields(DocxFields *f, const xmlNode *run)
{
    for (const xmlNode *t = run ? run->children : NULL; t; t = t->next)
        if (docx_is(t, "fldChar"))
            field_char(f, t);
        else if (docx_is(t, "instrText"))
            code_piece(f, t);
}

void docx_fields_end(DocxFields *f, Buf *into)
{
    for (int k = f->depth < 32 ? f->depth : 32; k > 0; k--)
        if (!f->result[k - 1]) /* a link never separated: its address noted */
            decide_link(f, k - 1, 0);
    buf_free(&f->code);
    size_t from = 0, n = f->saved <= f->held.len ? f->saved : 0, k = 0, digits = 0;
    const char *s = f->held.data;
    while (k < n && strchr(" 0123456789ivxlcIVXLC-", s[k]) && s[k])
        digits += s[k++] != ' ';
    if (n && k == n && digits)
        from = n; /* the saved number */
    if (into && f->held.len > from)
        buf_putn(into, f->held.data + from, f->held.len - from);
    if (into && f->code_text.len) /* a field never separated nor ended */
        buf_putn(into, f->code_text.data, f->code_text.len);
    buf_free(&f->held);
    buf_free(&f->code_text);
    f->saved = 0;
}

/* A symbol import has no character for: named to f's reader (a review
 * note and KH759), never dropped silently. */
static void missed(const DocxFields *f, const char *font, unsigned code)
{
    if (f->missed)
        f->missed(f->ctx, font ? font : "(no font)", code);
}

static void put_symbol(const DocxFields *f, const xmlNode *t, Buf *out)
{
    char *font = docx_attr(t, "font"), *hex = docx_attr(t, "char");
    unsigned code = 0;
    for (const char *p = hex; p && *p && code < 0x110000; p++) {
        int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
                : *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : -1;
        if (d < 0) {
            code = 0;
            break;
        }
        code = code * 16 + (unsigned)d;
    }
    unsigned uc = code < 0x110000 ? docx_symbol(font, code) : 0;
    if (uc)
        utf8_put(out, uc);
    else
        missed(f, font, code);
    if (font)
        xmlFree(font);
    if (hex)
        xmlFree(hex);
}

/* w:rFonts' font attr ("ascii": U+0000..U+007F, "hAnsi": the others) of
 * rpr: NULL when it sets none, "" for a theme font (w:asciiTheme,
 * w:hAnsiTheme win over the name: no theme font is a symbol font, and it
 * hides the styles' below); libxml2's string, freed with xmlFree. */
char *docx_rfonts_font(const xmlNode *rpr, const char *attr)
{
    const xmlNode *fonts = docx_child(rpr, "rFonts");
    char theme[16];
    snprintf(theme, sizeof theme, "%sTheme", attr);
    char *t = docx_attr(fonts, theme);
    if (t) {
        xmlFree(t);
        return (char *)xmlStrdup((const xmlChar *)"");
    }
    return docx_attr(fonts, attr);
}

/* The font of the characters of the range attr names: rpr's w:rFonts' (in
 * *owned, which the caller frees with xmlFree), else styled (its styles',
 * "" a theme font), or NULL: none set, or a theme font of the run's own. */
static const char *run_font(const xmlNode *rpr, const char *attr, const char *styled,
                            char **owned)
{
    char *font = docx_rfonts_font(rpr, attr);
    if (font && !*font) {
        xmlFree(font);
        return NULL;
    }
    *owned = font;
    return font ? font : styled && *styled ? styled : NULL;
}

/* Whether the run is complex script text (w:cs, or right-to-left text,
 * w:rtl, its own): Word draws all of its characters in the font of
 * w:rFonts' w:cs, not w:ascii's nor w:hAnsi's (ECMA-376 17.3.2.7): "an
 * ninh" in a run naming the Symbol font by w:ascii and Times New Roman by
 * w:cs is "an ninh", not "αν νινη" (s24foreign). */
static int complex_script(const xmlNode *rpr)
{
    return docx_toggle_on(docx_child(rpr, "cs")) || docx_toggle_on(docx_child(rpr, "rtl"));
}

/* The fonts of a run's ASCII characters (*ascii) and of the others
 * (*high) as run_font gives them (*own_ascii and *own_high the run's own,
 * which the caller frees with xmlFree): a complex script run's are both
 * its w:cs font (a style's w:cs is not read: neither is then a symbol
 * nor an old encoding's font). */
static void run_fonts(const xmlNode *rpr, const DocxFonts *styled, const char **ascii,
                      const char **high, char **own_ascii, char **own_high)
{
    *own_ascii = *own_high = NULL;
    if (complex_script(rpr)) {
        *ascii = *high = run_font(rpr, "cs", NULL, own_ascii);
        return;
    }
    *ascii = run_font(rpr, "ascii", styled ? styled->ascii : NULL, own_ascii);
    *high = run_font(rpr, "hAnsi", styled ? styled->hansi : NULL, own_high);
}

/* The code point at u (UTF-8, as libxml2 gives it), its length in *n; a
 * byte that does not start a whole sequence is itself, one byte (never
 * read past the string's end). */
static unsigned utf8_at(const unsigned char *u, size_t *n)
{
    size_t len = u[0] < 0xC0 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < len; k++)
        if ((u[k] & 0xC0) != 0x80)
            len = 1;
    if (len == 1) {
        *n = 1;
        return u[0];
    }
    if (u[0] < 0xE0) {
        *n = 2;
        return (unsigned)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    }
    if (u[0] < 0xF0) {
        *n = 3;
        return (unsigned)(u[0] & 0x0F) << 12 | (unsigned)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    }
    *n = 4;
    return (unsigned)(u[0] & 0x07) << 18 | (unsigned)(u[1] & 0x3F) << 12 |
           (unsigned)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
}

/* s, a w:t's text in a run whose properties are rpr, into out as Word
 * shows it when the run's font is a symbol font (docx_symfont.c): a
 * character U+0020..U+00FF is that font's glyph at its code, as Word draws
 * a symbol font (typed "a" in the Symbol font is "α", "³" is "≥"; the
 * ASCII ones in the font of w:ascii, the others in w:hAnsi's, else
 * w:ascii's; the run's own w:rFonts, else the one its styles give it,
 * styled: LibreOffice draws "a" of a paragraph style in the Symbol font
 * "α" too), and so is one of the private use area U+F020..U+F0FF (what
 * an old .doc converted by LibreOffice writes for the Symbol font's "≥",
 * in w:ascii's font, else w:hAnsi's); a letter of a run in capitals
 * (caps) is its capital's glyph. Any other character is kept, as Word
 * shows it from another font. Returns 0, putting nothing, when neither
 * font is a symbol font: the text is the caller's. */
static int put_font_symbols(const DocxFields *f, const xmlNode *rpr, const DocxFonts *styled,
                            const char *s, int caps, Buf *out)
{
    char *own_ascii, *own_high;
    const char *ascii, *high;
    run_fonts(rpr, styled, &ascii, &high, &own_ascii, &own_high);
    const char *low_font = ascii, *high_font = high ? high : ascii;
    /* the private use area: the run's own w:ascii, else its own w:hAnsi
     * (a run naming the Symbol font by w:hAnsi alone: mut15 W4), else the
     * fonts its styles give it */
    const char *pua_font = own_ascii ? own_ascii : own_high ? own_high : ascii ? ascii : high;
    int known = docx_symbol_font(low_font) || docx_symbol_font(high_font) ||
                docx_symbol_font(pua_font);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0, n = 0; known && u[i]; i += n) {
        unsigned cp = utf8_at(u + i, &n);
        const char *font = cp < 0x80 ? low_font : cp >= 0xF000 ? pua_font : high_font;
        int in_font = docx_symbol_font(font) &&
                      ((cp >= 0x20 && cp <= 0xFF) || (cp >= 0xF020 && cp <= 0xF0FF));
        if (!in_font) {
            buf_putn(out, s + i, n);
            continue;
        }
        if (caps && cp >= 'a' && cp <= 'z')
            cp -= 'a' - 'A';
        unsigned uc = docx_symbol(font, cp);
        if (uc)
            utf8_put(out, uc);
        else
            missed(f, font, cp < 0xF000 ? cp | 0xF000 : cp);
    }
    if (own_ascii)
        xmlFree(own_ascii);
    if (own_high)
        xmlFree(own_high);
    return known;
}

/* s, a w:t's text, into out as Word shows it when the run's font - its
 * own, else its styles' - is a TCVN3 or VNI font (docx_vnfont.c); 0,
 * putting nothing, when it is not. */
static int put_vn_font(const xmlNode *rpr, const DocxFonts *styled, const char *s, int caps,
                       Buf *out)
{
    char *own_ascii, *own_high;
    const char *ascii, *high;
    run_fonts(rpr, styled, &ascii, &high, &own_ascii, &own_high);
    int put = docx_vnfont_put(ascii, high ? high : ascii, s, caps, out);
    if (own_ascii)
        xmlFree(own_ascii);
    if (own_high)
        xmlFree(own_high);
    return put;
}

/* A ruby (w:ruby: a text with a smaller one over it, East Asian
 * phonetic guides): Word shows both; the line's own words are its base
 * (w:rubyBase's runs), the guide over it (w:rt) is not part of them. */
static void ruby_base(DocxFields *f, const xmlNode *ruby, const DocxFonts *styled, int caps,
                      Buf *out)
{
    const xmlNode *base = docx_child(ruby, "rubyBase");
    for (const xmlNode *r = base ? base->children : NULL; r; r = r->next) {
        if (!docx_is(r, "r"))
            continue;
        const xmlNode *rpr = docx_child(r, "rPr");
        for (const xmlNode *t = r->children; t; t = t->next)
            if (!docx_is(t, "ruby")) /* a ruby in a ruby's base: Word has none */
                docx_run_piece(f, t, rpr, styled, docx_run_caps(rpr, caps), out);
    }
}

int docx_run_piece(DocxFields *f, const xmlNode *t, const xmlNode *rpr, const DocxFonts *styled,
                   int caps, Buf *out)
{
    if (docx_is(t, "fldChar")) {
        field_char(f, t);
        return 1;
    }
    if (docx_is(t, "instrText")) {
        code_piece(f, t);
        return 0; /* the caller's notes read the code too */
    }
    int shown = !nested_code(f);
    if (shown && in_code(f))
        out = &f->code_text; /* until its separate or end says it was code */
    else if (shown && page_result(f))
        out = &f->held; /* until its end says it was the page's number */
    if (docx_is(t, "t")) {
        xmlChar *held = shown ? xmlNodeGetContent(t) : NULL, *s = held;
        if (s && xmlNodeGetSpacePreserve(t) != 1) {
            /* without xml:space="preserve" the spaces at a w:t's ends are
             * the XML's, not the text's: Word and LibreOffice drop them
             * ("Nâng cao" " đời sống" shows "Nâng caođời sống", s24foreign) */
            size_t n = strlen((const char *)s);
            while (n && strchr(" \t\r\n", s[n - 1]))
                s[--n] = '\0';
            while (*s && strchr(" \t\r\n", *s))
                s++;
        }
        /* a line break or a tab typed into a w:t (Word writes w:br and
         * w:tab; a generator may not) is shown as a space: "xã\n- đạt"
         * was read as two lines, the second a bullet (s38attack) */
        for (xmlChar *c = s; c && *c; c++)
            if (*c == '\n' || *c == '\r' || *c == '\t')
                *c = ' ';
        if (s && put_font_symbols(f, rpr, styled, (const char *)s, caps, out))
            ; /* a symbol font's glyphs */
        else if (s && !f->unicode && put_vn_font(rpr, styled, (const char *)s, caps, out))
            ; /* Vietnamese typed in a TCVN3 or VNI font */
        else if (s && caps)
            vi_put_upper(out, (const char *)s);
        else if (s)
            buf_puts(out, (const char *)s);
        xmlFree(held);
        if (out == &f->held && !f->saved)
            f->saved = f->held.len; /* the result's first run: its saved number */
    } else if (docx_is(t, "tab") || docx_is(t, "ptab")) {
        if (shown)
            buf_putc(out, ' ');
    } else if (docx_is(t, "br") || docx_is(t, "cr")) {
        if (shown)
            buf_putc(out, '\n');
    } else if (docx_is(t, "noBreakHyphen")) {
        if (shown)
            buf_putc(out, '-');
    } else if (docx_is(t, "sym")) {
        if (shown)
            put_symbol(f, t, out);
    } else if (docx_is(t, "ruby")) {
        ruby_base(f, t, styled, caps, out);
    } else {
        return 0;
    }
    return 1;
}
