/* tempname.h - the names of temporaries, never longer than the names they
 * stand for; see tempname.c. */
#ifndef KHGEN_TEMPNAME_H
#define KHGEN_TEMPNAME_H

#include <stddef.h>

/* The longest name temp_base or journal_base writes, its NUL excluded. */
#define TEMPNAME_MAX 20

/* Writes n random letters or digits to out (no NUL), drawn from *seed (the
 * caller's random state, advanced): the one generator of temporaries'
 * names, temp_base's, journal_base's and outputs.c's temp_name (which
 * repeated it: s30fixlow). */
void tempname_draw(char *out, size_t n, unsigned *seed);

/* Writes into out (TEMPNAME_MAX + 1 bytes) the base name of a one-file
 * writer's temporary for the final base name final (final_len bytes):
 * ".khgen-XXXXXX" where the final name has 13 bytes or more, else "." and
 * final_len - 1 random letters or digits (hidden), and for a final name of
 * one byte one letter or digit; never the final name itself. attempt
 * counts the names already found taken (0 first): after each 32 the name
 * may be one byte longer (to 13 at most), so a directory that holds every
 * short name still gets one. *seed is the caller's random state. */
void temp_base(char *out, const char *final, size_t final_len, unsigned attempt, unsigned *seed);

/* Writes into out (TEMPNAME_MAX + 1 bytes) the base name of a build's
 * commit journal whose shortest final name has shortest bytes (4 or more,
 * "a.md"), such that the journal's marker (its name and "!") is no longer:
 * ".khgen-commit-XXXXXX" where that fits (shortest of 21 bytes or more),
 * else ".~" and random letters or digits, shortest - 1 bytes in all.
 * attempt and seed as for temp_base (the name grows to 20 bytes). */
void journal_base(char *out, size_t shortest, unsigned attempt, unsigned *seed);

/* What base, a name in an output directory, is to the commit: 1 a journal
 * (journal_base's either form; any ".khgen-commit-" name, as earlier
 * versions wrote), 2 its marker (the same and "!"), 0 neither. */
int journal_kind(const char *base);

#endif
