/* unispace.h - the blank characters of Unicode, listed once (unispace.c),
 * and the questions the YAML reader and the Markdown writers ask of them. */
#ifndef KHGEN_UNISPACE_H
#define KHGEN_UNISPACE_H

#include <stddef.h>

/* 1 when cp is one of Unicode's space separators (category Zs: U+0020,
 * the no-break space U+00A0, U+1680, U+2000 to U+200A, U+202F, U+205F,
 * U+3000), else 0. */
int unispace_separator(unsigned cp);

/* 1 when cp prints as blank on a line of a plan's value: a space
 * separator or a tab (yread_blank_len: a title of no-break spaces is
 * blank), else 0. */
int unispace_in_line(unsigned cp);

/* 1 when cp is what CommonMark calls Unicode whitespace: a space
 * separator, a tab, a line feed, a form feed or a carriage return (beside
 * an emphasis mark it decides whether the mark opens or closes), else 0. */
int unispace_markdown(unsigned cp);

/* 1 when cp is one of Unicode's bidirectional controls (property
 * Bidi_Control: the Arabic letter mark U+061C, the marks U+200E and
 * U+200F, the embeddings and overrides U+202A-U+202E, the isolates
 * U+2066-U+2069), which show a line in another order than the one
 * stored, printed and compared, else 0. Listed once, here: the loader's
 * warning (KH020), the echo of a source line in a message, the escapes
 * of a message and the diff's names of invisible characters all ask it. */
int unispace_bidi_control(unsigned cp);

/* The first character of the UTF-8 text s[0..len) that is a bidirectional
 * control or prints as nothing (unispace_hidden), or 0 for none. Linear. */
unsigned unispace_first_invisible(const char *s, size_t len);

/* 1 when cp prints as nothing, or as whatever a font puts there, and is
 * neither a bidirectional control nor a space separator: the soft hyphen
 * U+00AD, the combining grapheme joiner U+034F, the Hangul fillers U+115F,
 * U+1160, U+3164 and U+FFA0, the Mongolian variation selectors and vowel
 * separator U+180B-U+180F, the zero-width space and joiners U+200B-U+200D,
 * the word joiner and the invisible operators U+2060-U+2064, the private
 * use characters U+E000-U+F8FF (unispace_private_use), the variation
 * selectors U+FE00-U+FE0F, the interlinear annotation marks U+FFF9-U+FFFB,
 * the shorthand format controls U+1BCA0-U+1BCA3, the musical format
 * controls U+1D173-U+1D17A, and the tag characters and supplementary
 * variation selectors U+E0000-U+E0FFF, which spell a hidden text after a
 * visible one; else 0. Such a character splits a word or an id, or hides
 * text, where nobody sees it: warned at and kept (KH020), escaped in a
 * message and in the echo of its line, named by khgen diff. The one list. */
int unispace_hidden(unsigned cp);

/* 1 when cp is a private use character of the Basic Multilingual Plane
 * (U+E000-U+F8FF): a symbol font's or an old Vietnamese font's (VNI,
 * TCVN3) letter pasted without its font, which prints as whatever the
 * document's font has there, or a box (KH020 says so). */
int unispace_private_use(unsigned cp);

/* 1 when cp is one of Unicode's 66 noncharacters, which no text holds:
 * U+FDD0-U+FDEF and the last two code points of each plane (U+FFFE,
 * U+FFFF, U+1FFFE, ... U+10FFFF). A plan file may not hold one (KH004,
 * load_text.c); until s46attack only U+FFFE and U+FFFF were refused. */
int unispace_noncharacter(unsigned cp);
/* The length in bytes of the noncharacter the UTF-8 s[0..len) begins
 * with, or 0. The importer drops them (imp_clean_text): kept, a U+FDD0 of
 * a .md or .docx made a plan the plan's own check refused (KH004,
 * s48attack). */
size_t unispace_noncharacter_len(const char *s, size_t len);

/* 1 when cp is a character no output may carry: a C0 control but tab,
 * line feed and carriage return, DEL, a C1 control, or a noncharacter
 * (unispace_noncharacter: XML 1.0 forbids the controls and U+FFFE/U+FFFF,
 * terminals act on the controls, and a plan file may not hold any
 * noncharacter, KH004). The loader drops them from a value that got them
 * from a YAML escape (KH014, load_forbid.c: "\uFDD0" and "\U0010FFFF"
 * printed a box, exit 0, until s48attack); import drops them from a .txt,
 * .md or .docx (KH014 too, import_textcheck.c; a U+FDD0 it kept made a
 * plan its own check refused). The one list. */
int unispace_forbidden(unsigned cp);

#endif
