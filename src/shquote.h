/* shquote.h - a word as a POSIX shell reads it back: the one rule by which
 * khgen quotes a path in a command it tells the user to run (init's
 * "then 'khgen check --allow-read DIR PLAN'", KH030's "--allow-read DIR",
 * new's refusal of an include its plan could not read). */
#ifndef KHGEN_SHQUOTE_H
#define KHGEN_SHQUOTE_H

#include "util.h"

/* Appends s to out as one shell word: as it is when it holds only
 * characters no shell splits or expands (ASCII letters, digits and
 * ._-+/,=), else in single quotes, a quote in it written '\''. An empty
 * s is ''. Bytes past ASCII (a Vietnamese name) are quoted, since a
 * shell's locale may not read them as letters. A path that begins with
 * '-' takes "./" before it, so that no command reads it as an option. */
void sh_quote(Buf *out, const char *s);

/* sh_quote's word, in single quotes even when it needs none (a message
 * that always quoted its paths: KH025's "khgen import 'IN' -o 'OUT'"). */
void sh_quote_always(Buf *out, const char *s);

/* sh_quote's word of s copied into arena (a message's argument). */
const char *sh_quoted(Arena *arena, const char *s);

#endif
