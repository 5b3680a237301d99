/* attach_rows_impl.h - what attach_rows.c (select, sort, group a
 * generated table's items) and attach_places.c (the checks of the places
 * a generated table lists) share: a generator's state, its items and what
 * it reads from the generator. Private to those two files. */
#ifndef KHGEN_ATTACH_ROWS_IMPL_H
#define KHGEN_ATTACH_ROWS_IMPL_H

#include "attach_impl.h"

typedef struct Item {
    const void *ptr;           /* Locality, TaskItem or CritItem */
    size_t index;              /* order in the source */
    FieldValue *sort_values;
    const char **sort_letters; /* each sort value's key (vi_put_sort_key), */
    const char **sort_tones;   /* made once: not at each comparison */
    const char *group_title;
    size_t group_order;
} Item;

typedef struct Generation {
    Resolver *r;
    const BodyNode *owner;     /* a body table's node: only its own tasks */
    Source source;
    const YNode *node;         /* the generator mapping, for messages */
    AttachSpec *spec;          /* the table's: where its preset's lines are */
    size_t n_sort;
    FieldRef sort_fields[8];
    int sort_desc[8];
} Generation;

/* One `where` condition: a field and the values it may have. The plain
 * "equals this text" values are also kept in a set (index_wants), so that
 * a `where` of many alternatives ("l1|l2|...", a list of ids) costs a
 * lookup per item, not a pass over them all: 40,000 ids over 40,000
 * localities took 4.9 s. */
typedef struct Condition {
    FieldRef field;
    Want *wants;               /* the values it may have, references expanded */
    size_t n_wants;
    StrSet plain;              /* the texts of the plain "=" values */
    Want *others;              /* the rest (empty, "*", numbers, comparisons) */
    size_t n_others;
    int indexed;               /* plain and others are filled */
} Condition;

/* What generate_rows reads from a generator before it builds anything. */
typedef struct RowSpec {
    FieldRef col_fields[ATTACH_MAX_COLUMNS]; /* the field each column shows */
    int stt_from_field[ATTACH_MAX_COLUMNS];  /* an STT column keyed by a field */
    Condition conds[32];                     /* where */
    size_t n_conds;
    FieldRef group_field;                    /* group_by */
    const Column *group_col;                 /* the typed column showing it, or NULL */
    int grouped;
    const GenSpec *gen;                      /* its group_titles */
    unsigned long long value_lists[ATTACH_MAX_COLUMNS]; /* a `value:` text's list names, checked once */
} RowSpec;

/* attach_places.c: KH218 at a column of a task's or a criterion's
 * localities whose cell prints two places alike, and at a table from
 * localities two of whose rows print one name with nothing beside it
 * that tells them apart (no column of their commune, no group by it). */
void att_check_same_places(Generation *g, const Attachment *att, const AttachSpec *spec,
                           const RowSpec *rs, const Item *items, size_t n);

/* attach_places.c: KH269 at a commune's table that lists other communes
 * of a shared registry. */
void att_check_other_communes(Resolver *r, const Attachment *att, const AttachSpec *spec,
                              const Item *items, size_t n);

#endif
