/* issuer_lines.h - the issuing body's lines as the header prints them,
 * decided once for the .docx (and its PDF) and the HTML.
 */
#ifndef KHGEN_ISSUER_LINES_H
#define KHGEN_ISSUER_LINES_H

#include <stddef.h>

#include "plan.h"
#include "util.h"

/* The size in points the issuer prints at (KH Issuer, plan.css .issuer),
 * bold, and the share of the text width its column takes (the header's
 * left column: render_docx.c put_header, plan.css .issuer-cell). */
#define ISSUER_SIZE_PT 13.0
#define ISSUER_COLUMN_SHARE 0.36

/* The lines plan's issuer prints as, into *lines (in arena; *lines NULL
 * and 0 when the plan has none): each line as written when it fits the
 * header's left column (A4 portrait less the plan's margins, 36% of it,
 * in Times New Roman bold of ISSUER_SIZE_PT), else broken where an
 * official breaks it: over as few lines as fit, never a word alone on a
 * line when the line has words to spare, at a comma, before "VÀ", "CÁC"
 * or "CỦA" or before a kind of place ("TỈNH", "HUYỆN", ...) where such a break
 * fits, else where the lines come out most even ("SỞ NÔNG NGHIỆP" / "VÀ
 * MÔI TRƯỜNG", not "SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG": s43user F20). A
 * line no break makes fit (a word wider than the column) is kept as
 * written, for the engine to wrap. */
size_t issuer_lines(Arena *arena, const Plan *plan, const char ***lines);

#endif
