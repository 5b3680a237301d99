/* reform.h - the provincial departments (sở) and boards (ban), the
 * ministries (bộ) and committees (ủy ban) the 2025 reorganisation merged
 * away, one table of old -> new names shared by check and new (KH182);
 * see reform.c. */
#ifndef KHGEN_REFORM_H
#define KHGEN_REFORM_H

#include <stddef.h>

/* The word a body's name begins with: a province's department (Sở), a
 * ministry (Bộ), a province's board (Ban: Ban Dân tộc) or a central
 * committee (Ủy ban: Ủy ban Dân tộc). */
typedef enum { REFORM_SO = 1, REFORM_BO = 2, REFORM_BAN = 4, REFORM_UY_BAN = 8 } ReformBody;

/* One body merged away in 2025: its name after its word as the decree
 * wrote it ("Nông nghiệp và Phát triển nông thôn"), the forms plans write
 * it in, the words it is a body of (ReformBody, or-ed), and what became
 * of it: the body that took its work over, named after the same word
 * ("Nông nghiệp và Môi trường") or whole where the word changed ("Bộ Dân
 * tộc và Tôn giáo"), and, where part of the work went elsewhere, the note
 * that says where, the Sở's and the Bộ's; or, where no one body took it
 * over in every province, `moved`: where its work went, for a message
 * that asks the drafter to check the province's decision. */
typedef struct Reformed {
    const char *field;
    const char *forms[8]; /* upper case, as plans write it; see reform.c */
    int bodies;
    const char *successor, *successor_whole;
    const char *note_so, *note_bo; /* N_() texts, or NULL */
    const char *moved;             /* N_() text, or NULL */
} Reformed;

/* The first name in text (NFC, as written; a recipient, a unit, an issuer
 * line) of a body the 2025 reorganisation merged away: "Sở Nông nghiệp
 * và PTNT tỉnh Bắc Giang", "Bộ Kế hoạch và Đầu tư", "Ủy ban Dân tộc",
 * "Ban Dân tộc tỉnh" (not the People's Council's "Ban Dân tộc HĐND
 * tỉnh", which stays), read as KH257 reads names (capitals; a dash or '&'
 * with or without spaces); its word begins with a capital ("bộ tiêu chí",
 * "cơ sở" are none). Its entry, or NULL; *body the word it was found
 * after. Linear in text. */
const Reformed *reform_find(const char *text, ReformBody *body);

/* The word of body as a name begins with it ("Sở", "Ủy ban"), and the
 * law that reorganised such bodies ("Nghị định 45/2025/NĐ-CP" for a
 * province's, "Nghị quyết 176/2025/QH15" for the Government's). */
const char *reform_body_word(ReformBody body);
const char *reform_law(ReformBody body);

/* If name (a unit's or a recipient's, as written) is a district People's
 * Committee's specialised office that no commune has, "Phòng Tài chính -
 * Kế hoạch", "Phòng NN&PTNT", "Phòng Tư pháp" (read as reform_find reads
 * names, from the name's start): its field as the decree wrote it ("Tài
 * chính - Kế hoạch"); else NULL (Phòng Kinh tế and Phòng Văn hóa - Xã hội,
 * a commune's too, among them). Linear in name. */
const char *reform_district_office(const char *name);

/* The byte offset in text (an opening or a closing) of the first such
 * name not part of a document's citation ("Quyết định số 12/QĐ-SNN ...
 * của Sở Nông nghiệp và PTNT" is history: localgov_uncited_in_text), *len
 * its length; -1 for none. */
long reform_in_text(const char *text, size_t *len);

#endif
