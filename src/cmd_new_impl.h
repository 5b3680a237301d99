/* cmd_new_impl.h - what `khgen new`'s files share (cmd_new.c decides what
 * to edit in the plan's source, cmd_new_edits.c records the edits at
 * source positions and applies them, cmd_new_years.c the target years of localities
 * and of the figures and filters that select them, cmd_new_paths.c the
 * paths of include: and import: for a new plan written in another
 * directory, cmd_new_programme.c the notes on a programme's period that
 * ended, cmd_new_places.c those on a place that ended on 1 July 2025). */
#ifndef KHGEN_CMD_NEW_IMPL_H
#define KHGEN_CMD_NEW_IMPL_H

#include <stddef.h>

#include "load.h"
#include "template.h"
#include "places2025.h"
#include "plan.h"
#include "util.h"
#include "vi.h"

typedef struct Edit {
    size_t start, end;       /* byte range of the original text replaced */
    const char *text;        /* replacement (arena) */
} Edit;

enum { IN_BASES = 1, IN_DUE = 2, IN_HEADER = 4, IN_WHERE = 8 };

/* The notes of each kind shown; the rest counted ("... and N more"): a
 * plan of 20,000 figures each noted printed 20,000 notes */
enum { NOTES_SHOWN = 50 };

/* A filter of target years new moved (new_record_filter): where it is
 * written (the new plan's line too), for KH322 (cmd_new_shared.c). */
typedef struct MovedFilter {
    int line, col;
} MovedFilter;

typedef struct NewCtx {
    Arena *arena;
    const char *templates_dir; /* --templates DIR, or NULL: the built-in templates */
    const char *file;        /* the old plan's name, as in its positions */
    const char *src;         /* the old plan's bytes, as on disk */
    size_t len;
    size_t *line_start;      /* malloc'd: byte offset of each line */
    size_t n_lines;
    int old_year, delta;
    VDate from, to;          /* the old period */
    Edit *edits;             /* malloc'd */
    size_t n_edits, cap_edits;
    int n_deadlines, n_dates, n_targets, n_period;
    int n_district; /* values naming a district's body, new from 2025 to 2026 (KH181) */
    int n_reform;   /* ... a body the 2025 reorganisation merged away (KH182) */
    int n_province; /* ... a province the 2025 merger ended (KH183) */
    const char *date_change; /* "2024-01 -> 2025-01", or NULL */
    int number_cleared;
    const char *out;         /* the new plan's name, as its notes name it */
    Buf skipped;             /* notes of new's own edits: values that could
                                not be edited, a 29 February moved */
    int n_skipped;           /* how many notes of new's edits (skipped: the first NOTES_SHOWN) */
    SrcPos *edited;          /* malloc'd: where each edit starts in the new plan, in order */
    size_t n_edited;
    struct OffsetMemo *memo; /* offset_of's last answer, which the next on its line goes on from */
    /* the first value --year moved outside PLAN_YEAR_MIN..MAX (new_add_edit):
     * the plan is refused, nothing written (a school year's plan moved to
     * 1900 began its period in 1899 and was written failing its own check) */
    const struct YNode *out_of_range;
    const char *out_of_range_to;
    /* the first include: or import: path the new plan would read outside
     * its directory tree and every --allow-read (new_other_dir_paths): the
     * plan is refused, nothing written (its check would be KH030) */
    const struct YNode *outside;
    const char *outside_key, *outside_written;
    const char *outside_dir; /* the file's directory as --allow-read takes it, a shell word */
    MovedFilter *filters;    /* malloc'd: the target-year filters moved */
    size_t n_filters, cap_filters;
} NewCtx;

/* The last position offset_of answered: a line holding many values (a
 * filter's list of 20,000 years on one line) was walked from its start for
 * each, quadratic (1 s at 20,000, 17 s at 80,000: s26fiximp) */
typedef struct OffsetMemo {
    int line, col;
    size_t off;
} OffsetMemo;

/* Counts a note of new's own edits (c->skipped): 1 when it is to be
 * written, one of the first NOTES_SHOWN. */
int new_skip_note(NewCtx *c);

/* Indexes c->src's lines as the loader counts them (c->line_start,
 * malloc'd, the caller frees). */
void new_index_lines(NewCtx *c);

/* Applies c's edits, in order of position, to c->src and writes the
 * result to out atomically (c->edited: where each edit starts in it,
 * malloc'd); returns 0, or 3 (EXIT_IO) after saying why. */
int new_write_edited(NewCtx *c, const char *out);

/* Byte offset of a position (1-based line, column in characters), or
 * (size_t)-1; goes on from its last answer on the same line (c->memo). */
size_t new_offset_of(const NewCtx *c, SrcPos pos);

/* Records the edit of node's value (with its quotes when with_quotes) to
 * text: 1, or 0 with a note when the source does not hold it as it is. */
int new_add_edit(NewCtx *c, const YNode *node, int with_quotes, const char *text);

/* 1 if s[0..n) are digits; their value. */
int new_digits(const char *s, int n);
int new_num(const char *s, int n);

/* 1 if node is written in the plan new edits (not an included file). */
int new_is_own(const NewCtx *c, const YNode *node);

/* The alternatives "2024|2025" at y in node's text, moved as a set when
 * one lies in the old period (whole: they must be all of the text),
 * with a note for a year the moved set no longer holds; recorded as a
 * filter (new_record_filter) when filter is 1 (0: a locality's own). */
void new_edit_year_alternatives(NewCtx *c, const YNode *node, const char *y, int whole,
                                int filter);

/* The figures of node's text that select localities by target year
 * (target_year=2024|2025, !=, >, >=, <, <=), moved as new moves them. */
void new_edit_figure_filters(NewCtx *c, const YNode *node);

/* A filter's list of target years (where: {target_year: [2024, 2025]})
 * moved as a set; 0 when node is no such list. */
int new_edit_year_list(NewCtx *c, const YNode *node);

/* cmd_new_years.c: a note in out for each locality of plan (the new one)
 * whose target year has passed, while shown (the notes counted before)
 * and these stay under NOTES_SHOWN; returns how many there are, printed
 * or not. */
int new_note_passed_targets(Buf *out, int shown, const Plan *plan);

/* cmd_new_programme.c: a note in out for each legal basis of root (the
 * new plan's source, its own file's) and each catalog of plan (the new
 * one) that names a period a plan cites ending in old_first..new_first - 1
 * (the old plan's first year, the new one's): "giai đoạn 2021-2025" in the
 * plan of 2026, while shown (the notes counted before) and these stay
 * under NOTES_SHOWN; returns how many there are, printed or not. */
int new_note_programmes(Buf *out, int shown, const Plan *plan, const YNode *root,
                        int old_first, int new_first);

/* cmd_new_places.c: a place that ended on 1 July 2025 named in a text
 * of the new plan (places2025.h): where (off, len: the name with its
 * kind), what, and the province a merged one went into. */
typedef struct NewPlace {
    size_t off, len;
    Place2025 what;
    const char *into;
    const char *shown; /* the text the name is in when it is not the node's
                        * own (a locality's printed name: new_place_of_kind),
                        * the note then at the node's start; else NULL */
    int office;        /* a district's office named without its place (what:
                        * PLACE2025_DISTRICT): "Văn phòng điều phối nông thôn
                        * mới huyện" (localgov_office.c) */
} NewPlace;

/* 1 if text names such a place (in *found). */
int new_place_named(const char *text, NewPlace *found);

/* 1 if a locality named name, of kind (as written), prints such a place
 * that its name alone does not name: {name: Vị Xuyên, kind: huyện} is
 * printed "Huyện Vị Xuyên" (lockind_full_name) in a group's title or a
 * "Thuộc huyện" cell (s54cycle); found->shown, that printed name, is
 * kept in arena. 0 with no kind, or a name that names the place itself
 * ("Huyện Vị Xuyên": noted at the name) or as the former one ("Vị Xuyên
 * (cũ)"). */
int new_place_of_kind(Arena *arena, const char *kind, const char *name, NewPlace *found);

/* 1 if check reads text, the value of key under the plan's key top, for
 * the place what and warns there (KH181, KH183): new notes it not. */
int new_localgov_reads(const char *top, const char *key, Place2025 what, const char *text);

/* Appends to out the note at node (a scalar holding found, or the kind
 * of the locality found->shown names) that subject
 * (the part of the document, as note_years names it; many: plural) names
 * that place, and what to write instead. */
void new_note_place(Buf *out, const YNode *node, const NewPlace *found, const char *subject,
                    int many);

/* For a new plan out written in another directory than from's: each
 * relative path of root's include: and import: (not a shipped catalog's
 * name) that names no file from out's directory is rewritten (an edit of
 * c) to name from there the file from read, with a note; one that names
 * another existing file than from read gets a note naming both (s28attack
 * M1). A path whose file the new plan could not read from out's
 * directory (outside it and every --allow-read) sets c->outside, and
 * nothing more is edited for it: the caller refuses the plan. Returns how
 * many include: paths stay as written (0 when out is in from's
 * directory), for the caller's note that they were not changed. */
int new_other_dir_paths(NewCtx *c, const YNode *root, const char *from, const char *out);

/* Records a filter of target years new moved (=, !=, a bound, a where's
 * value or list), at pos (cmd_new_shared.c): its KH505 is KH322's. */
void new_record_filter(NewCtx *c, SrcPos pos);

/* cmd_new_shared.c: KH322. A locality of an included registry whose target
 * year lies inside the old period keeps it (new edits the plan only),
 * while the plan's target years, the filters that select them and the
 * plan's year moved: when the new plan (at out, the plan compiled as
 * written) prints otherwise than it would with those localities moved as
 * new moves a plan's own, a warning at the first of them names the parts
 * that print otherwise (the diff of the two); a moved filter's KH505
 * ("check the filter") is left to it. Call before compiling the new plan
 * (new_registry_begin: the plan compiled with them moved, or NULL when
 * the registries hold none), then after it (new_registry_end, which
 * frees what begin made). */
typedef struct RegistryCheck RegistryCheck;
RegistryCheck *new_registry_begin(NewCtx *c, DiagSink *diags, const char *out);
void new_registry_end(RegistryCheck *rc, DiagSink *diags, Plan *plan, Arena *arena);

/* Frees c->filters. */
void new_free_filters(NewCtx *c);

#endif
