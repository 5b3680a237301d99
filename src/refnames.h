/* refnames.h - the Vietnamese words a drafter writes for a reference's
 * English name ("{năm}" for "{year}", "{đơn vị tckh}" for "{unit tckh}");
 * see refnames.c. */
#ifndef KHGEN_REFNAMES_H
#define KHGEN_REFNAMES_H

#include "util.h"

/* 1 if s, the text after a '{', starts with the first Vietnamese word of
 * a reference's name ("Năm", "đơn", "Biểu"; case and diacritics ignored). */
int refname_vi_starts(const char *s);

/* For a reference whose name (and first words) are Vietnamese, appends to
 * out the reference to write and returns 1: name "năm" -> "{year}", "năm+1"
 * -> "{year+1}" ("năm+" -> "{year}": only an offset of digits is kept),
 * "năm" with args "nay" -> "{year}", "đơn" with args "vị", "tckh" ->
 * "{unit tckh}". Returns 0 (out untouched) for any other. */
int refname_vi_suggest(Buf *out, const char *name, const char *const *args, int n_args);

#endif
