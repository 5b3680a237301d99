/* cmd_new_places.c - `khgen new`: the places the new plan's text names
 * that ended on 1 July 2025.
 *
 * The district level, the thị trấn, a province's cities and 29 provinces
 * ended on 1 July 2025 (places2025.c). `new` from the plan of 2025 of
 * Hà Giang (merged into Tuyên Quang) to 2026 kept its Biểu's group rows
 * "Huyện Bắc Quang", "Thành phố Hà Giang", its bullets "Huyện Vị Xuyên:
 * xã ... đạt chuẩn", its title "... trên địa bàn tỉnh Hà Giang" and its
 * issuer "TỈNH HÀ GIANG", with no word (s51province F3), while its units
 * and recipients were warned (KH181). What a văn phòng must be told is
 * where its text still names such a place, to write the communes or the
 * province of 2026 instead, or to mark the former place as such: a note
 * at each text that does (the first such name in it; one note a text),
 * in the notes for the drafter, counted in their heading. new rewrites no
 * place (which commune took over which village is the province's
 * decision, not data khgen has). Read wherever note_years reads the old
 * year: the plan's own texts and those of a registry it includes (shared
 * and left as it is, but its localities' names print in the plan's
 * tables: "Huyện Bắc Quang" of chung/registry.yaml was printed with no
 * note, s53cycle; noted at the registry's line, as its old year is), not
 * its legal bases (history), nor the values check warns at, counted in
 * new's summary: KH183's province in the issuer, the place line, the
 * title, the units, the recipients, the opening and the closing, KH181's
 * district or thị trấn in the bodies it reads, the issuer, the governing
 * body, the units and the recipients (a district named in the title or
 * the opening, "xã Tân Sỏi, huyện Yên Thế", is noted: no check reads it
 * there; new_localgov_reads). Linear in the text.
 */
#include "cmd_new_impl.h"

#include <string.h>

#include "i18n.h"
#include "localgov.h"
#include "lockind.h"
#include "places2025.h"

/* The value excerpt: text[off..off+len) on one line, at most 80 bytes at a
 * character's start. */
static void put_name(Buf *out, const char *text, size_t off, size_t len)
{
    if (len > 80) {
        len = 80;
        while (len && ((unsigned char)text[off + len] & 0xC0) == 0x80)
            len--;
    }
    for (size_t i = 0; i < len; i++)
        buf_putc(out, text[off + i] == '\n' || text[off + i] == '\t' ? ' ' : text[off + i]);
}

int new_place_named(const char *text, NewPlace *found)
{
    found->into = NULL;
    found->shown = NULL;
    found->office = 0;
    long off = text ? places2025_in_text(text, PLACES2025_ALL, &found->len, &found->what,
                                         &found->into)
                    : -1;
    /* no place: a district's office named without it, "Văn phòng điều phối
     * nông thôn mới huyện" (localgov_office.c; s54cycle) */
    if (off < 0 && text && (off = localgov_district_office_in_text(text, &found->len)) >= 0) {
        found->what = PLACE2025_DISTRICT;
        found->office = 1;
    }
    found->off = off < 0 ? 0 : (size_t)off;
    return off >= 0;
}

int new_place_of_kind(Arena *arena, const char *kind, const char *name, NewPlace *found)
{
    if (!kind || !*kind || !name || new_place_named(name, found))
        return 0;
    Buf full = {0};
    lockind_full_name(&full, kind, name);
    int named = new_place_named(buf_str(&full), found);
    found->shown = named ? buf_to_arena(&full, arena) : NULL;
    buf_free(&full);
    return named;
}

/* 1 if check reads text, the value of key under the plan's key top, for
 * the place what (places2025.c) and warns there: a province merged away
 * in the header's issuer, governing body, place line and title, the
 * units, the recipients, the opening and the closing (KH183); a
 * district's or a thị trấn's People's Committee or office in the bodies,
 * the issuer, the governing body, the units and the recipients, and a
 * district's People's Committee or office in the opening, the closing
 * and the body's headings (KH181).
 * A district named as a place in the title, the opening or the closing,
 * "xã Tân Sỏi, huyện Yên Thế", is no body KH181 reads: its text was left
 * to check, which said nothing, and the plan of 2026 named the district
 * with exit 0 (s53review). */
int new_localgov_reads(const char *top, const char *key, Place2025 what, const char *text)
{
    size_t len;
    /* the body's headings KH181 reads as the opening (s53user): a heading
     * "UBND các huyện, thành phố" was warned and noted at one line */
    static const char *const headings[] = {"part", "section", "clause", "subclause", "task"};
    int heading = 0;
    for (size_t i = 0; strcmp(top, "body") == 0 && key && i < sizeof headings / sizeof headings[0];
         i++)
        heading |= strcmp(key, headings[i]) == 0;
    if (what != PLACE2025_PROVINCE &&
        (heading || strcmp(top, "opening") == 0 || strcmp(top, "closing") == 0))
        return localgov_district_body_in_text(text, &len) >= 0 ||
               localgov_district_office_in_text(text, &len) >= 0; /* KH181's text_warning */
    int province = what == PLACE2025_PROVINCE;
    static const char *const tops[] = {"units", "recipients", "opening", "closing"};
    static const char *const keys[] = {"issuer", "issuer_short", "governing_body", "place",
                                       "title"};
    for (size_t i = 0; i < sizeof tops / sizeof tops[0]; i++)
        if (strcmp(top, tops[i]) == 0)
            return province || i < 2; /* the units and the recipients: bodies */
    for (size_t i = 0; strcmp(top, "header") == 0 && key && i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0)
            return province || i < 3; /* the issuer, its short name, the governing body */
    return 0;
}

void new_note_place(Buf *out, const YNode *node, const NewPlace *found, const char *subject,
                    int many)
{
    SrcPos pos = ynode_pos_at(node, found->shown ? 0 : found->off);
    Buf name = {0};
    put_name(&name, found->shown ? found->shown : node->text, found->off, found->len);
    buf_printf(out, "%s:%d:%d: note: ", pos.file, pos.line, pos.col);
    switch (found->what) {
    case PLACE2025_PROVINCE:
        buf_printf(out,
                   i18n_ntr("%s names '%s', a province merged into %s on 1 July 2025 (Nghị "
                            "quyết 202/2025/QH15): write %s, or name the former province as "
                            "such ('... (cũ)')\n",
                            "%s name '%s', a province merged into %s on 1 July 2025 (Nghị "
                            "quyết 202/2025/QH15): write %s, or name the former province as "
                            "such ('... (cũ)')\n",
                            many ? 2 : 1),
                   subject, buf_str(&name), found->into, found->into);
        break;
    case PLACE2025_TOWNSHIP:
        buf_printf(out,
                   i18n_ntr("%s names '%s', a thị trấn, but each thị trấn became a xã or a "
                            "phường on 1 July 2025: write the commune meant, or name the former "
                            "thị trấn as such ('... (cũ)')\n",
                            "%s name '%s', a thị trấn, but each thị trấn became a xã or a "
                            "phường on 1 July 2025: write the commune meant, or name the former "
                            "thị trấn as such ('... (cũ)')\n",
                            many ? 2 : 1),
                   subject, buf_str(&name));
        break;
    case PLACE2025_DISTRICT:
        if (!found->office)
            goto district;
        buf_printf(out,
                   i18n_ntr("%s names '%s', an office of a district, but the district tier "
                            "ended on 1 July 2025: name the commune's or the province's office "
                            "that does this work, or name the former office as such ('... "
                            "(cũ)')\n",
                            "%s name '%s', an office of a district, but the district tier "
                            "ended on 1 July 2025: name the commune's or the province's office "
                            "that does this work, or name the former office as such ('... "
                            "(cũ)')\n",
                            many ? 2 : 1),
                   subject, buf_str(&name));
        break;
    default: /* a district, a province's city */
    district:
        buf_printf(out,
                   i18n_ntr("%s names '%s', a district (huyện, quận, thị xã or a province's "
                            "city), but the district tier ended on 1 July 2025: write the "
                            "communes (xã, phường) or the province meant, or name the former "
                            "district as such ('... (cũ)')\n",
                            "%s name '%s', a district (huyện, quận, thị xã or a province's "
                            "city), but the district tier ended on 1 July 2025: write the "
                            "communes (xã, phường) or the province meant, or name the former "
                            "district as such ('... (cũ)')\n",
                            many ? 2 : 1),
                   subject, buf_str(&name));
    }
    buf_free(&name);
}
