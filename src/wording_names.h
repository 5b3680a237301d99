/* wording_names.h - a name misspelt in a phrase of a --templates
 * wording.yaml (wording_names.c). */
#ifndef KHGEN_WORDING_NAMES_H
#define KHGEN_WORDING_NAMES_H

#include "diag.h"
#include "load.h"

/* Warns (KH801) at each tag of a phrase of user (the --templates
 * wording.yaml, a mapping) whose name the built-in phrase of its key
 * (builtin) never uses while one of its names is near ({{kid}} for
 * {{kind}}), as the render does: `khgen check` renders no phrase.
 * Reads both; linear in their texts. */
void wording_names_check(DiagSink *diags, const YNode *user, const YNode *builtin);

#endif
