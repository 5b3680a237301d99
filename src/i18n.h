/* i18n.h - the language khgen speaks: English (the default) or Vietnamese.
 *
 * Messages are translated with GNU gettext (text domain "khgen", catalogs
 * po/vi.po compiled to LOCALEDIR/vi/LC_MESSAGES/khgen.mo). Code marks an
 * English string for translation with _() where it is used, or N_() where it
 * is only stored (a table) and translated later with _(). The diagnostics
 * sink translates every message FORMAT itself (diag.c), so the stages pass
 * plain English formats and need no marks; a word they insert with %s (a
 * noun, a fragment) is marked with _().
 *
 * After adding or changing a message: `make po` (updates po/khgen.pot and
 * merges it into po/vi.po), translate the new entries of po/vi.po, and
 * `sh tests/i18n/run.sh` tells what is still missing.
 */
#ifndef KHGEN_I18N_H
#define KHGEN_I18N_H

/* Chooses the language once, at start-up, before any message is printed.
 * lang is the --lang option ("vi" or "en") or NULL to follow the
 * environment as gettext does (LC_ALL, LC_MESSAGES, LANG; LANGUAGE when the
 * locale is not C): a value starting with "vi" gives Vietnamese, anything
 * else English. Vietnamese works even when no vi_VN locale is generated on
 * the machine (the C.UTF-8 locale carries the messages). argv0 is used to
 * find the catalogs next to the binary when it is not installed (see
 * i18n.c). Returns 0, or -1 if lang is neither "vi" nor "en". Only
 * LC_MESSAGES is set from the environment: numbers, sorting and character
 * classes stay in the C locale so every output is the same in any
 * language. */
int i18n_init(const char *lang, const char *argv0);

/* The translation of msgid (a static English string) in the chosen
 * language, or msgid itself. The result is static; never free it. */
const char *i18n_tr(const char *msgid) __attribute__((format_arg(1)));

/* The translation of msgid, a text printed as it stands and never used
 * as a printf format (the summary and explanation of `khgen explain`): a
 * '%' in it is text ("50% các xã"), and the translation is kept whatever
 * '%' it holds. Never pass its result as a format. */
const char *i18n_text(const char *msgid);

/* 1 if the format msgstr takes the arguments the format msgid takes, in
 * kind and in number, so that i18n_tr may give it; 0 if i18n_tr would
 * give msgid instead. A '%' that printf reads as no conversion ("%%",
 * "92,1%. A") takes none. tests/unit/test_i18n.c asks it of every entry
 * of po/vi.po. */
int i18n_conversions_match(const char *msgid, const char *msgstr);

/* The translation of a singular/plural pair for n. i18n_tr of what it
 * just returned (one of its last four) gives that back as it is, so that
 * it may be a diagnostic's format (the diagnostics translate theirs). */
const char *i18n_ntr(const char *singular, const char *plural, unsigned long n)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)));

/* strerror(err) in the chosen language: the common reasons a read or a
 * write fails ("No such file or directory") are translated by khgen's own
 * catalog, the same on every machine; in English, and for a rare reason,
 * strerror's own words. The result is static; never free it. */
const char *i18n_strerror(int err);

#define _(s) i18n_tr(s)
#define N_(s) s

#endif
