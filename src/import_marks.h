/* import_marks.h - what import writes for text a document shows struck
 * through, raised or lowered (import_marks.c): one decision, the .docx
 * and the .md readers'. */
#ifndef KHGEN_IMPORT_MARKS_H
#define KHGEN_IMPORT_MARKS_H

#include <stddef.h>

#include "diag.h"
#include "import.h"
#include "util.h"

/* How a piece of text is marked: struck through (Word's w:strike,
 * w:dstrike; Markdown's "~~x~~", <del>, <s>, <strike>), raised
 * (superscript: w:vertAlign, <sup>, pandoc's "^x^") or lowered
 * (subscript: <sub>, pandoc's "~x~"). */
enum { IMP_MARK_NONE = 0, IMP_MARK_STRUCK, IMP_MARK_RAISED, IMP_MARK_LOWERED };

/* The sign a text reader writes where a piece marked mark (IMP_MARK_*)
 * opens (closing 0) or closes (1), for imp_marks_paras to read after the
 * paragraphs are cut: a character of Unicode's private use area, U+E000
 * to U+E005 (the .md's "~~x~~", <del>, <s>, <strike>, "^2^", <sup>,
 * "~2~", <sub>). A character of that range the source holds itself is
 * escaped before the passes (imp_marks_escape), so that it is read as the
 * character it is, not as a sign. */
const char *imp_mark_sign(int mark, int closing);

/* The text s[0..len) with an escape (U+E006) written before each
 * character of U+E000-U+E006 it holds, to out: 1; 0 (out untouched) when
 * it holds none. A .md's text before its passes write their signs: such
 * a character was read as a sign, the words after it left out as struck
 * or dropped without a word (s46review). imp_marks_paras writes it back
 * as the character. */
int imp_marks_escape(const char *s, size_t len, Buf *out);

/* The escape of imp_marks_escape to out when a character cp a pass
 * decodes after it ("&#xE000;") is in its range; nothing else. */
void imp_marks_escape_char(unsigned cp, Buf *out);

/* What an import met of the marks, for its warnings (imp_marks_warnings):
 * struck pieces left out and raised or lowered pieces kept on the line,
 * counted, the first of each quoted (NFC, in the reader's arena). */
typedef struct ImpMarks {
    int struck, raised;
    const char *first_struck, *first_raised;
    int struck_line, raised_line; /* a text file's line of the first (1-based; 0: none) */
} ImpMarks;

/* Appends to out s[0..n), a raised (mark IMP_MARK_RAISED) or lowered
 * (IMP_MARK_LOWERED) piece, in Unicode's superscript or subscript
 * characters, and returns 1, when every character of it has one that the
 * outputs' fonts print: a raised digit 1-9 (¹ ² ³ ⁴ ... ⁹), a lowered
 * digit 0-9 (₀ ... ₉); "m" with a raised "2" is "m²", "CO" with a lowered
 * "2" "CO₂". Otherwise (a raised "0", a sign, letters, an empty piece)
 * appends nothing and returns 0: the caller keeps the piece as written
 * and notes it (imp_mark_note). */
int imp_mark_unicode(const char *s, size_t n, int mark, Buf *out);

/* The note of a marked piece s[0..n) beside para (a '# review:' comment
 * marked [KH772]): a struck piece left out, quoting it; a raised or
 * lowered one kept on the line as written. Counted in m (its first quoted
 * and, for a text file, its line: line, 0 for none). */
void imp_mark_note(Arena *arena, ImpPara *para, ImpMarks *m, int mark, const char *s, size_t n,
                   int line);

/* Each paragraph of paras with the signs of imp_mark_sign read: a struck
 * piece left out (one space kept between its neighbours), a raised or
 * lowered one written in Unicode's digits (imp_mark_unicode) or kept as
 * written, each noted as the .docx reader notes it (imp_mark_note, the
 * paragraph's line); a sign unpaired dropped; a character escaped
 * (imp_marks_escape) written as itself. Counted in m. Linear in the
 * paragraphs' text. */
void imp_marks_paras(Arena *arena, ImpParas *paras, ImpMarks *m);

/* KH772 warnings of path for what m counts, one for the struck pieces and
 * one for the raised and lowered ones kept as written; none for none. At
 * the line of the first when m has it, else at the file. */
void imp_marks_warnings(const ImpMarks *m, DiagSink *diags, const char *path);

#endif
