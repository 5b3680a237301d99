/* docx_para_md.h - a Word paragraph's runs written as the Markdown of a
 * plan's text (docx_para_md.c). */
#ifndef KHGEN_DOCX_PARA_MD_H
#define KHGEN_DOCX_PARA_MD_H

#include <stddef.h>

#include "util.h"

/* One run as import_docx.c collected it: its text as Word shows it, its
 * emphasis, and the address of the hyperlink it stands in (a web or mail
 * address, render_url_kept), NULL for none. */
typedef struct DocxRun {
    Buf text;
    int bold, italic;
    int unbold;         /* its bold turned off by itself (<w:b w:val="0"/>) */
    int underline;      /* underlined (docx_run_underline); Markdown has no mark */
    int mark;           /* struck through, raised or lowered (docx_run_mark, import_marks.h) */
    const char *href;
    size_t before; /* 1 + the index of the last run before it with text, 0 none
                    * (import_docx.c: a note's words before it, past empty runs) */
} DocxRun;

/* 1 if every run of text of runs[0..n) turns bold off itself (<w:b
 * w:val="0"/>): the paragraph prints plain whatever its style says (khgen's
 * plain "VII." section, in the bold KHSection style, came back bold). */
int docx_runs_unbold(const DocxRun *runs, size_t n);

/* Appends runs[0..n) to out as Markdown: runs of the same emphasis and
 * link merged; emphasis that is not the whole paragraph's as "**", "*"
 * or "***" around the words (spaces stay outside); a link's runs as
 * "[text](address)"; the text's Markdown characters escaped. *all_bold
 * and *all_italic: whether every run with text is bold, italic (then no
 * mark is written for it: the paragraph's flags say it). Returns 1 when
 * a run holds more than spaces and line breaks, else 0 (both flags 0
 * then). Linear in the runs' text. */
int docx_runs_markdown(const DocxRun *runs, size_t n, Buf *out, int *all_bold,
                        int *all_italic);

#endif
