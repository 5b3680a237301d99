/* own_label.h - a text typed with the label khgen prints before it
 * ("1. 1. Cấp xã", "Bảng 1. Bảng 1. X", "Biểu 01" over "BIỂU 01: ..."):
 * the one rule of what such a label looks like, and its warning (KH118).
 * See own_label.c. */
#ifndef KHGEN_OWN_LABEL_H
#define KHGEN_OWN_LABEL_H

#include <stddef.h>

#include "diag.h"
#include "plan.h"

/* The number at p (in the text that begins at start) as two labels'
 * numbers compare: its digits' count in *run, and where its digits begin
 * without their leading zeros (the last kept): "01" is "1"; but after a
 * number's point ("1.01" is not "1.1"). The one reading of KH620
 * (attach_labels.c) and of own_label_named. */
const char *own_label_number(const char *start, const char *p, size_t *run);

/* The bytes of the label at the start of s that khgen would print itself
 * before a node of that kind ("1.", "II.", "1.2.", "a)", "1/", "a/",
 * "I -", and for a bullet or task "-", "+", "–", "•"), without the spaces
 * after it; 0 if none. A label ends at a space of any kind, at the end of
 * s, or (but after '/' or a Roman numeral's dash) at a letter. */
size_t own_label_len(NodeKind kind, const char *s);

/* The bytes of the given label ("Bảng 1", "Biểu 01") at the start of
 * text, in either case, its spaces any run of spaces of any kind, with
 * the ':', '.', '-' or '–' after it ("Biểu 01: ", "BIỂU 01 - "); 0 when
 * text does not begin with it as a whole word ("Biểu 010", "Bảng phân
 * công"), or when label is blank (it prints nothing: KH602 says so).
 * Neither string is kept. */
size_t own_label_named(const char *text, const char *label);

/* The bytes of a label of any kind that text begins with: one to three
 * words, then a number ("Biểu 02", "Phụ lục II", "Biểu số 3a"), as
 * own_label_named reads it (its ':', '.', '-' or '–' after it counted);
 * *kind_len the bytes of its words, *name_len of the words and the
 * number; 0 when text begins with none ("Biểu 010xã", "Danh sách xã"). */
size_t own_label_lead(const char *text, size_t *kind_len, size_t *name_len);

/* The bytes of a body table's caption label that title begins with,
 * "Bảng N" with any number N, as own_label_named reads it ("Bảng 1. ",
 * "BẢNG 2: "); 0 when none ("Bảng phân công"). */
size_t own_caption_len(const char *title);

/* KH118 at pos: text begins with its own label, its first len bytes, and
 * khgen prints `shown` before it (above it, on a line of its own, when
 * above: an attachment's label over its title); worded for a text that is
 * only the label (a heading with no words) when nothing but spaces
 * follows it. */
void own_label_warn(DiagSink *diags, SrcPos pos, const char *text, size_t len, const char *shown,
                    int above);

#endif
