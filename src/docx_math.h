/* docx_math.h - an equation of a .docx (Office Math) as one line of
 * text, for import (docx_math.c). */
#ifndef KHGEN_DOCX_MATH_H
#define KHGEN_DOCX_MATH_H

#include <libxml/tree.h>

#include "util.h"

/* Appends to out the equation math (an m:oMath or m:oMathPara) in the
 * linear form Word writes of it (its Equation > Linear): a fraction
 * "(số xã đạt chuẩn)/(tổng số xã)", a raised or lowered digit in
 * Unicode's ("km²", "CO₂", else "x^(n+1)", "x_i"), a root "√(x)", a
 * delimiter's characters around its parts, an n-ary operator "∑_(i=1)^n
 * x", a function's name before its argument, every other structure its
 * parts in order; each m:t's text as written. Nothing past
 * DOCX_MAX_DEPTH. */
void docx_math_linear(const xmlNode *math, Buf *out);

#endif
