/* keys.c - the key sets of keys.def as constant data (keys.h).
 *
 * keys.def is included once to build the word lists of its WORDS lines,
 * then three times, with the X-macros defined to build, for each SET, the
 * array of its KeyDefs, the NULL-terminated array of its
 * names (the form every reader's unknown-key check and "did you mean"
 * take), and the NULL-terminated array of its MARK keys; then once more to
 * fill the table of sets in KeySetId's order. Everything is static and
 * constant: there is nothing to initialise and nothing to free.
 */
#include "keys.h"

#include <string.h>

/* FLAGS tokens of keys.def */
#define KEYS_FLAGS_OPT 0u
#define KEYS_FLAGS_REQ ((unsigned)KEY_REQUIRED)
#define KEYS_FLAGS_MARK ((unsigned)KEY_MARKS)
#define KEYS_FLAGS_REQ_MARK ((unsigned)(KEY_REQUIRED | KEY_MARKS))
/* a marker's name, or nothing */
#define KEYS_MARK_OPT(name)
#define KEYS_MARK_REQ(name)
#define KEYS_MARK_MARK(name) name,
#define KEYS_MARK_REQ_MARK(name) name,

/* the word lists, NULL-terminated: words_ALIGNS, ... */
#define SET(id, name, setflags, vi, en)
#define KEY(name, type, flags, vi, en)
#define NUM(name, min, max, unit, vi, en)
#define ENUM(name, words, flags, vi, en)
#define WORDS(id, ...) static const char *const words_##id[] = {__VA_ARGS__, NULL};
#define END(id)
#include "keys.def"
#undef SET
#undef KEY
#undef NUM
#undef ENUM
#undef WORDS
#undef END

/* the KeyDefs of each set: defs_PLAN, defs_HEADER, ... */
#define SET(id, name, setflags, vi, en) static const KeyDef defs_##id[] = {
#define KEY(name, type, flags, vi, en) {name, type, KEYS_FLAGS_##flags, vi, en, 0, 0, NULL, NULL},
#define NUM(name, min, max, unit, vi, en) {name, "number", KEY_RANGE, vi, en, min, max, unit, NULL},
#define ENUM(name, words, flags, vi, en) \
    {name, "scalar", KEYS_FLAGS_##flags | KEY_ENUM, vi, en, 0, 0, NULL, words_##words},
#define WORDS(id, ...)
#define END(id) };
#include "keys.def"
#undef SET
#undef KEY
#undef NUM
#undef ENUM
#undef WORDS
#undef END

/* the names of each set's keys, NULL-terminated: names_PLAN, ... */
#define SET(id, name, setflags, vi, en) static const char *const names_##id[] = {
#define KEY(name, type, flags, vi, en) name,
#define NUM(name, min, max, unit, vi, en) name,
#define ENUM(name, words, flags, vi, en) name,
#define WORDS(id, ...)
#define END(id) NULL};
#include "keys.def"
#undef SET
#undef KEY
#undef NUM
#undef ENUM
#undef WORDS
#undef END

/* the MARK keys of each set, NULL-terminated: markers_CATALOG, ... */
#define SET(id, name, setflags, vi, en) static const char *const markers_##id[] = {
#define KEY(name, type, flags, vi, en) KEYS_MARK_##flags(name)
#define NUM(name, min, max, unit, vi, en)
#define ENUM(name, words, flags, vi, en) KEYS_MARK_##flags(name)
#define WORDS(id, ...)
#define END(id) NULL};
#include "keys.def"
#undef SET
#undef KEY
#undef NUM
#undef ENUM
#undef WORDS
#undef END

/* the sets, in KeySetId's order */
static const KeySet sets[KEYSET_COUNT] = {
#define SET(id, name, setflags, vi, en) \
    [KEYSET_##id] = {name, setflags, vi, en, defs_##id, sizeof defs_##id / sizeof defs_##id[0], \
                     names_##id, markers_##id},
#define KEY(name, type, flags, vi, en)
#define NUM(name, min, max, unit, vi, en)
#define ENUM(name, words, flags, vi, en)
#define WORDS(id, ...)
#define END(id)
#include "keys.def"
#undef SET
#undef KEY
#undef NUM
#undef ENUM
#undef WORDS
#undef END
};

const KeySet *keys_set(KeySetId id)
{
    return &sets[id];
}

const char *const *keys_names(KeySetId id)
{
    return sets[id].names;
}

int keys_is_any(const char *w, size_t n)
{
    for (int id = 0; id < KEYSET_COUNT; id++)
        for (const char *const *k = sets[id].names; *k; k++)
            if (strlen(*k) == n && strncmp(*k, w, n) == 0)
                return 1;
    return 0;
}

const char *const *keys_markers(KeySetId id)
{
    return sets[id].markers;
}

const KeyDef *keys_find(KeySetId id, const char *name)
{
    /* the first byte, then the call: each key of a mapping is looked up
     * in two sets, and 400,000 unknown keys made 17 million calls */
    for (size_t i = 0; i < sets[id].n_keys; i++)
        if (sets[id].keys[i].name[0] == name[0] && strcmp(sets[id].keys[i].name, name) == 0)
            return &sets[id].keys[i];
    return NULL;
}

const char *const *keys_words(KeySetId id, const char *name)
{
    const KeyDef *key = keys_find(id, name);
    return key ? key->words : NULL;
}

const KeySet *keys_set_named(const char *name)
{
    for (size_t i = 0; i < KEYSET_COUNT; i++)
        if (strcmp(sets[i].name, name) == 0)
            return &sets[i];
    return NULL;
}
