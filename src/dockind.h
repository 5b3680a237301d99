/* dockind.h - the kinds of document a plan cites ("Quyết định", "Nghị
 * quyết", "Thông tư", ...), listed once, and how a text is matched
 * against them. Depends on vi.c only. */
#ifndef KHGEN_DOCKIND_H
#define KHGEN_DOCKIND_H

#include <stddef.h>

/* The kinds of document a legal basis cites, as printed after "Căn cứ":
 * the legal documents (Luật ban hành văn bản quy phạm pháp luật 2015),
 * the administrative ones of Nghị định 30/2020 (Phụ lục III) and the
 * Party's. NULL-terminated, static. A basis of another kind close to one
 * of these is a typo (KH161); a year after one is a cited document's, not
 * the plan's (yearctx.c). */
extern const char *const plan_document_kinds[];

/* The length in bytes of the longest kind of document that s begins
 * with, a whole word (no letter or digit right after it): "Quyết định số
 * 12" gives strlen("Quyết định"); 0 for none ("Quyết định12", "Luậtx").
 * small: the kind's first letter may be written small too ("theo quyết
 * định ngày ..."). s is NUL-terminated; read a kind's length at most. */
size_t doc_kind_at(const char *s, int small);

/* Whether s[0..end) ends with a kind of document that begins a word (no
 * letter or digit before it): "Nghị quyết" of "theo Nghị quyết 12/2024"
 * at end = the space's offset. small as for doc_kind_at. */
int doc_kind_ends(const char *s, size_t end, int small);

#endif
