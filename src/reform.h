/* reform.h - the provincial departments (sở) and the ministries (bộ) the
 * 2025 reorganisation merged away, one table of old -> new names shared
 * by check (KH182); see reform.c. */
#ifndef KHGEN_REFORM_H
#define KHGEN_REFORM_H

#include <stddef.h>

/* One body merged away in 2025: its name after "Sở "/"Bộ " as the decree
 * wrote it ("Nông nghiệp và Phát triển nông thôn"), the one that took its
 * work over ("Nông nghiệp và Môi trường"), and, where part of the work
 * went elsewhere, the note that says where, the Sở's and the Bộ's. */
typedef struct Reformed {
    const char *field;
    const char *forms[8]; /* upper case, as plans write it; see reform.c */
    const char *successor;
    const char *note_so, *note_bo; /* N_() texts, or NULL */
} Reformed;

/* The first name in text (NFC, as written; a recipient, a unit, an issuer
 * line) of a Sở or a Bộ the 2025 reorganisation merged away: "Sở Nông
 * nghiệp và PTNT tỉnh Bắc Giang", "Bộ Kế hoạch và Đầu tư", read as KH257
 * reads names (capitals; a dash or '&' with or without spaces); "Sở"/"Bộ"
 * begins with a capital ("bộ tiêu chí", "cơ sở" are none). Its entry, or
 * NULL; *ministry 1 for a Bộ. Linear in text. */
const Reformed *reform_find(const char *text, int *ministry);

/* The byte offset in text (an opening or a closing) of the first such
 * name not part of a document's citation ("Quyết định số 12/QĐ-SNN ...
 * của Sở Nông nghiệp và PTNT" is history: localgov_uncited_in_text), *len
 * its length; -1 for none. */
long reform_in_text(const char *text, size_t *len);

#endif
