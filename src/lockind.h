/* lockind.h - a locality's kind typed without its diacritics ("xa" for
 * "xã"); see lockind.c. */
#ifndef KHGEN_LOCKIND_H
#define KHGEN_LOCKIND_H

/* The kind meant ("xã", "thị trấn", a static string) when kind is one of
 * the kinds of administrative units and residential areas written in
 * ASCII letters without its diacritics, in any case ("xa", "Thi tran"),
 * or with them in capitals ("Xã", "THỊ TRẤN"); NULL for any other kind,
 * NULL included. */
const char *lockind_meant(const char *kind);

/* The kind meant ("xã", a static string) when kind is one of those kinds
 * typed with Telex's keys and the input method off ("xax", "thij traans",
 * telex.c); NULL otherwise. */
const char *lockind_telex(const char *kind);

#endif
