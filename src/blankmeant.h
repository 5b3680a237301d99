/* blankmeant.h - a value left blank where the line meant one (KH165);
 * the rule is written in blankmeant.c. */
#ifndef KHGEN_BLANKMEANT_H
#define KHGEN_BLANKMEANT_H

#include "diag.h"
#include "load.h"

typedef enum BlankSite {
    BLANK_TOTALS,  /* an attachment's or a body table's `totals` */
    BLANK_HEADING, /* a written group row's `heading` */
    BLANK_TITLE,   /* a body entry's title (`task:`, `section:`, ...) */
    BLANK_CAPTION, /* a body table's caption (`table:`) */
    BLANK_END,     /* a legal basis's `end` */
    BLANK_MERGE,   /* a table's `merge` */
    BLANK_GROUP,   /* a title of a generated table's `group_titles` */
    BLANK_CATALOG, /* a generated table's `catalog` */
    BLANK_TEXT,    /* a body entry's `text` (key: the entry's kind) */
    BLANK_CUT      /* a printed line's text cut to nothing (a basis's `by`,
                      `about`, a task's `lead_note`, `assign_note`) */
} BlankSite;

/* Warns (KH165) at value when it is blank in the way site counts as a
 * slip (blankmeant.c), and returns 1; says nothing for no value or a value
 * that is no scalar (the reader reports those), and returns 0. key is the key's text, for a title's
 * message. */
int blank_meant_check(DiagSink *diags, const YNode *value, BlankSite site, const char *key);

#endif
