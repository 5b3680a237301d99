/* att_named.h - the attachments a plan's own words say are attached to it;
 * see att_named.c. */
#ifndef KHGEN_ATT_NAMED_H
#define KHGEN_ATT_NAMED_H

#include <stddef.h>

#include "util.h"

/* One attachment a text names as its own: at and len the bytes of its
 * words in the text ("Biểu 02", or "03" in "Biểu 02, 03"), label the
 * label it names, written as khgen reads labels ("Biểu 03", "Phụ lục II";
 * valid until the callback returns). */
typedef struct AttNamed {
    size_t at, len;
    const char *label;
} AttNamed;

typedef void (*AttNamedFn)(void *data, const AttNamed *named, size_t n);

/* Calls fn for each list of attachment labels (named[0..n), in the text's
 * order; one label is a list of one) that text names as attached to the
 * plan itself: a "Biểu NN" or "Phụ lục N" typed in words (one label, or a
 * list of them: "Biểu 02, 03 và 04", "Biểu 02-05", "Biểu 01 và Phụ lục
 * II"), followed by "đính kèm", by "kèm theo" and "Kế hoạch này" (or
 * nothing), or after "tại" or "theo", and with no other document named
 * between the label and the end of its clause ("Biểu 01 kèm theo Quyết
 * định số ...", "Phụ lục II Thông tư ...", "theo Biểu 01 của Bộ ..." are
 * another document's). A "{...}" reference is not read. Linear in the
 * text's length; text is not kept. */
void att_named_each(const char *text, AttNamedFn fn, void *data);

/* The labels of a plan's attachments or a document's pages, read as
 * the text's mentions are ("Biểu 02", "BIỂU SỐ 02" and "Biểu 2" one;
 * "Phụ lục II" and "Phụ lục 2" one), to look each mention up once:
 * comparing every mention with every label was mentions x labels (s45review:
 * 2,000 pages and 2,000 mentions, 2.7 s; 8,000, 25 s). Start from
 * AttLabels s = {0}. */
typedef struct AttLabels {
    StrSet keys;
    char **owned; /* the keys' text */
    size_t n, cap;
} AttLabels;

/* Adds an attachment's `label:` ("Biểu 02", "BIỂU SỐ 02", "Phụ lục 2", or
 * a label that is the number alone, "01": one edited in Word that import
 * keeps as written and notes, KH768); a label that reads as none of these
 * (NULL too) is left out. */
void att_labels_add(AttLabels *set, const char *label);

/* 1 if set holds the label `named` names (an AttNamed's label): the same
 * kind of page and the same number, leading zeros and letter case aside,
 * or a label that is the number alone; 0 otherwise. */
int att_labels_has(const AttLabels *set, const char *named);

/* Frees the set's memory and leaves it empty. */
void att_labels_free(AttLabels *set);

#endif
