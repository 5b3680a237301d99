/* markup_cost.h - what libxml2's parsers would pay for one text of XML or
 * HTML in the work that grows as a square, read before they run
 * (markup_cost.c). */
#ifndef KHGEN_MARKUP_COST_H
#define KHGEN_MARKUP_COST_H

#include <stddef.h>

/* The most attributes one tag may hold, and the most namespace
 * declarations (xmlns, xmlns:p) that may be in scope at once, in a text
 * khgen gives libxml2: a Word document's root declares about 40 (Word
 * 365), its other tags hold a few attributes each. */
#define MARKUP_MAX_ATTRS 128
#define MARKUP_MAX_NS 128

/* The most distinct names (of elements, attributes, namespaces, and the
 * runs of 16 to 59 blanks between tags, which libxml2 keeps with them) a
 * text may hold: libxml2 2.9 keeps them in a dictionary of at most 4,608
 * chains, which it walks for each name it reads, so a million distinct
 * element names took a minute; a Word document uses a few hundred. */
#define MARKUP_MAX_NAMES 8192

/* The shape of a text of markup that decides those costs. */
typedef struct {
    size_t most_attrs; /* the most attributes of one tag (xmlns counted) */
    size_t most_ns;    /* the most namespace declarations in scope at once */
    size_t names;      /* distinct names, counted up to MARKUP_MAX_NAMES + 1 */
} MarkupShape;

/* Reads s[0..len), XML or HTML, once (linear time, a fixed table of
 * names) and fills *out: the attributes of each start tag counted by their names (quoted,
 * unquoted and bare values alike), comments, CDATA sections, processing
 * instructions and declarations skipped, the declarations of an element's
 * namespaces in scope from its start tag to its end tag (a tag ending
 * "/>" closes at once). An upper bound where the text is not well-formed:
 * an end tag that closes nothing is ignored. */
void markup_shape(const char *s, size_t len, MarkupShape *out);

/* 1 when s[0..len) is within MARKUP_MAX_ATTRS, MARKUP_MAX_NS and
 * MARKUP_MAX_NAMES (*out its shape, for the caller's message), else 0.
 * libxml2 2.9 compares each attribute of a tag with the tag's others,
 * looks each element's and attribute's prefix up among the namespaces in
 * scope, and each name up in its dictionary: one tag of 100,000
 * attributes, 10,000 declarations over a million elements, or a million
 * distinct names, took minutes; within the limits the time is linear in
 * the text. */
int markup_within(const char *s, size_t len, MarkupShape *out);

#endif
