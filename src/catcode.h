/* catcode.h - the one grammar of a criterion's or an indicator's code
 * (catcode.c). */
#ifndef KHGEN_CATCODE_H
#define KHGEN_CATCODE_H

#include <stddef.h>

/* The one grammar of a criterion's or an indicator's code, the same in a
 * catalog and in a plan ({crit}, a task's or a locality's `criteria`, an
 * assignment's `indicators`, a figure's criteria=, a table's `where`): a
 * criterion's code is a word of ASCII letters and digits ("17", "A",
 * "3a"), and a word of digits is a number written without leading zeros
 * and not 0; an indicator's is its criterion's, one dot and such a word
 * ("17.12"). What a code breaks, in the order looked at: */
typedef enum CodeForm {
    CODE_OK,
    CODE_CHARS, /* a byte other than a letter, a digit or '.' ("17,12", "", "8 1") */
    CODE_DOT,   /* a dot with no word on one side ("8.", ".8", "8..1") */
    CODE_DOTS,  /* two dots or more ("8.1.1") */
    CODE_ZERO,  /* a number 0 ("8.0", "0") */
    CODE_ZEROS  /* a number with leading zeros ("08", "8.01") */
} CodeForm;

/* code's form; fixed (size bytes) gets the code meant where the slip
 * tells it ("08" "8", "17.05" "17.5", "8." "8"), else "". s37slip L2:
 * "8.", "8.0", "8.01" and "8.1.1" passed in {crit} while "08" was an
 * error, and a catalog took "8.1.1". */
CodeForm catalog_code_form(const char *code, char *fixed, size_t size);

/* 1 if code is a criterion's or an indicator's code as written
 * (catalog_code_form gives CODE_OK). */
int catalog_code_well_formed(const char *code);

#endif
