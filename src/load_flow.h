/* load_flow.h - the loader's mending of numbers cut at a decimal comma
 * inside a flow mapping (load_flow.c). */
#ifndef KHGEN_LOAD_FLOW_H
#define KHGEN_LOAD_FLOW_H

#include "diag.h"
#include "load.h"
#include "util.h"

/* Called by the loader on each mapping it closes. Finds entries of map
 * that are the tail of a number cut at its comma ({dan_so: 16,9} read as
 * dan_so: 16 and a key "9" with no value), reports each once (KH015) and
 * joins it back into the value before it, in place: the value's text comes
 * from arena, the bogus pair is removed from map. Does nothing to a map
 * without such an entry or to a non-mapping. */
void load_flow_join_cut_numbers(Arena *arena, DiagSink *diags, YNode *map);

#endif
