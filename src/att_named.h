/* att_named.h - the attachments a plan's own words say are attached to it;
 * see att_named.c. */
#ifndef KHGEN_ATT_NAMED_H
#define KHGEN_ATT_NAMED_H

#include <stddef.h>

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

/* 1 if the attachment label `label` (an attachment's `label:`, "Biểu 02",
 * "BIỂU SỐ 02", "Phụ lục 2") is the one `named` names (an AttNamed's
 * label): the same kind of page and the same number, leading zeros and
 * letter case aside, or a label that is the number alone ("01", a label
 * edited in Word that import keeps as written and notes, KH768); 0
 * otherwise, or when label reads as no such label. */
int att_named_is(const char *label, const char *named);

#endif
