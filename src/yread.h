/* yread.h - the YAML reader kit: what every reader of the node tree shares.
 *
 * load.c is the only user of libyaml; it hands the later readers a tree of
 * YNodes with positions (load.h). The readers of that tree (parse.c for the
 * plan, attach.c for attachments and presets, catalog.c for criteria
 * catalogs) report the same mistakes the same way through these functions:
 * the length a diagnostic underlines, unknown keys with the nearest known
 * one and the quoting hint, a value of the wrong kind. Not a stage: it reads
 * nodes and writes diagnostics (the caller passes the code, so each reader
 * keeps its own range, KH1xx, KH4xx, KH6xx); what a YAML null means is
 * decided here (yread_is_null, yread_text, and yread_null_values, the one
 * change it makes to a tree: null keys where no text goes reported and
 * removed).
 */
#ifndef KHGEN_YREAD_H
#define KHGEN_YREAD_H

#include "diag.h"
#include "keys.h"
#include "load.h"

/* The length in characters a diagnostic at node underlines: a scalar on
 * one line, quotes included; 1 (a lone caret) for anything else. */
int yread_span(const YNode *node);

/* Reports, as `code`, each key of map that is not in allowed
 * (NULL-terminated), with the nearest allowed key ("did you mean"), or,
 * when the key looks like text cut off from the value before it (a space
 * or a letter outside ASCII, and no value), the hint to quote that text.
 * what names the mapping ("a task"; translated). Returns the number of
 * unknown keys. */
int yread_check_keys(DiagSink *diags, const YNode *map, const char *const *allowed,
                     DiagId code, const char *what);

/* (yread_meant.c) Key i of map, not in allowed (n_allowed keys), when it
 * is one of them typed otherwise than meant: its first letter a capital
 * ("Lead:", AutoCorrect), an invisible character inside it (a soft hyphen
 * or zero-width space a phone's wrapping left: "te\u00ADxt:"), or typed
 * with a Vietnamese input method on ("lêad:", "préet:" for "preset:").
 * Reports it (code; what names the mapping, as yread_check_keys's what;
 * the invisible character's KH020 inside the key silenced, one message for
 * one slip) and renames the key to the one meant where the mapping has no such key,
 * so that what it holds is read and checked and no stage tells what its
 * loss would have cost (KH103, KH506, KH606, ...). The capital's message
 * names neither the key nor the mapping, so that a file whose every line
 * was capitalised gets one message folded with a count and the places
 * (diag_fold.c), not one a key (s39slip: 38-41 lines). Returns 1 if so,
 * 0 (nothing reported) otherwise. */
int yread_meant_key(DiagSink *diags, const YNode *map, size_t i, const char *const *allowed,
                    size_t n_allowed, DiagId code, const char *what);

/* yread_meant_key for each key of map that allowed (NULL-terminated) does
 * not hold: for a mapping read before its keys are checked (a body
 * entry's kind, "- Section:"). Returns how many it reported. */
int yread_meant_keys(DiagSink *diags, const YNode *map, const char *const *allowed, DiagId code,
                     const char *what);

/* 1 if a key of map is not in allowed (NULL-terminated; NULL: none is
 * known) and its nearest allowed key, the one yread_check_keys suggests
 * (or the one it begins with, its ':' lost: "id ca"), is `key` (any
 * allowed key when `key` is NULL): the drafter wrote that
 * key, misspelt, and has been told so. A reader then does not also report
 * the key as missing ("a unit has no 'name'" after "unknown key 'nam'
 * ... did you mean 'name'?"): one mistake, one diagnostic; the unknown
 * key is an error already, so the plan still fails. A mapping none of
 * whose keys is allowed (`header: {a: 1}`, keys all in another tongue)
 * counts for every key: its unknown keys are the one mistake, not also
 * each key it lacks (6 messages for such a header, s40types); but for
 * the plan's own keys (a file of other keys is no plan: KH104, KH103 say
 * what one is). */
int yread_misspelt(const YNode *map, const char *const *allowed, const char *key);

/* The length of a block text's own words (value's text): in a
 * YNODE_SWALLOWED text, those before the first line that begins with a key
 * ("due:", "- clause:", "- >-"), which KH019 told is not its own; else the
 * whole text's. */
size_t yread_swallowed_cut(const YNode *value);

/* 1 if key ("recipients") is not missing from map but indented into the
 * block text of another of its keys, KH019 said so (the plan is not told
 * it has none: s47slips), else 0. */
int yread_key_swallowed(const YNode *map, const char *key);

/* 1 when map's key i is a line of text (a space or a letter past ASCII
 * in it) that follows a key whose value is an empty block text ('bullet:
 * >-' with no line under it): that text's first line outdented to its
 * key's column, which YAML reads as a key of the mapping and the text as
 * empty. yread_check_keys says so at that line (KH101); the entry's
 * reader does not also call the text empty (KH107; s45slip). */
int yread_block_outdented(const YNode *map, size_t i);

/* Warns (KH806) at each key of user, the wording.yaml of --templates,
 * that builtin (the built-in wording.yaml) lacks, with the nearest key of
 * builtin: the user's file overrides the built-in one key by key, so a
 * key khgen never asks for changes nothing, and is usually misspelt. */
void yread_unknown_wording(DiagSink *diags, const YNode *user, const YNode *builtin);

/* 1 if node is YAML's null: a scalar written without quotes as ~, null,
 * Null or NULL, or nothing at all after its key (`due:`). The one
 * definition of a null value; a quoted "~" is text. */
int yread_is_null(const YNode *node);

/* The plan language's one rule for a null value (README, "The plan
 * language"): where a text goes (a key of type scalar, not an ENUM's
 * word, or any in keys.def)
 * it is the empty text (yread_text: KH107 where one is required); where
 * anything else goes (a list, a mapping, a number, a date, a deadline,
 * true/false, a text or a list of texts) it is a value left out by
 * mistake, most often erased or cut (`due:`, `criteria_met: ~`): reported
 * as `code` at the value, "'KEY' is empty (a YAML null)", with what to
 * write, and the key removed from map (a mapping of set `set`) before any
 * reader asks for it, so that no reader reports it again as "'~' is not a
 * deadline" or "must be a list, not a string". Returns the number
 * reported. An attachment's keys are not read here: there `~` removes its
 * preset's value (attach.c, att_value). */
int yread_null_values(DiagSink *diags, YNode *map, KeySetId set, DiagId code);

/* The plan language's one rule for a YAML yes/no word where a text goes:
 * reports, as `code`, each value of map (a mapping of set `set`) under a
 * key of type scalar or text_or_list in keys.def (and each item of a list
 * under a text_or_list key) written as a plain true, false, yes, no, on or
 * off (any of YAML's three cases): `number: true` printed "Số: true/KH-UBND"
 * where YAML means a yes/no value and no text; a quoted "true" is the word.
 * 'totals' (true, false, or the row's label) is not a text. Returns the
 * number reported. */
int yread_bool_texts(DiagSink *diags, const YNode *map, KeySetId set, DiagId code);

/* The same rule for one value that becomes a text outside a keyed
 * mapping's text key (a written row's text cell, a paragraph written as
 * an item): reports value as `code`, naming key, and returns 1 when it is
 * a plain yes/no word; 0 otherwise (a quoted "yes" is the word). */
int yread_bool_text(DiagSink *diags, const YNode *value, const char *key, DiagId code);

/* 1 if the key of n bytes takes words that are printed as written: a
 * sentence, a title, a line of the header, the signature or the
 * recipients, and with names, the names of a registry or a table too (a
 * unit's, locality's or level's `name` and `short`, a Biểu's `label`, a
 * column's `header`); 0 for an id, a code, a number or an unknown key.
 * The one list KH180 (words, not a number) and KH020 (a letter of another
 * alphabet in a word of text) read. */
int yread_worded_key(const char *key, size_t n, int names);

/* The rule for a YAML number where words go (a sentence, a title, a line
 * of the header, the signature or the recipients; `- 7` among the legal
 * bases printed the basis "7."): a warning (KH180) at value, naming key,
 * when it is a plain number, and 1; 0 otherwise (a quoted "7", an id, a
 * code, a label or a registry's name, which may be a number). */
int yread_number_text(DiagSink *diags, const YNode *value, const char *key);

/* yread_number_text for a value its reader knows to be words whatever its
 * key (the signer's name, an attachment's title and note). */
int yread_number_words(DiagSink *diags, const YNode *value, const char *key);

/* The rule for a free-form value (a locality's or a task's `data:`),
 * which may be any word: a plain yes/no word is a warning (KH127), not an
 * error; the value stays the word as written, so a filter finds it by that
 * word ('data.KEY=yes' counts `yes` and "yes", 'data.KEY=true' does not)
 * and a table prints it. Returns 1 when it warned. */
int yread_bool_data(DiagSink *diags, const YNode *value, const char *key);

/* 1 if text is one of YAML 1.1's yes/no words (true, false, yes, no, on,
 * off; in small letters, capitals or with a capital first), which a plain
 * value reads as true or false. */
int yread_bool_word(const char *text);

/* A scalar's text, with YAML's null written plainly (~, null, Null, NULL)
 * read as empty: `title: ~` is a title left empty (KH107 where one is
 * required), not the text "~" printed as the subject line. So is a text
 * of spaces, tabs and line breaks only ("   ", a block of blank lines):
 * printed, it was an empty bold line ("****"), a bare "- " or a label
 * with nothing after it. */
const char *yread_text(const YNode *node);

/* A bullet's 'marker': one of "-", "+", "*", "•", "–" (the marks a list
 * item is printed with); anything else (empty, "#", "1.", a word) is
 * KH106 and NULL, since it would print as a heading, a numbered item or a
 * bare paragraph in the Markdown. */
const char *yread_marker(DiagSink *diags, const YNode *node);

/* An entry of 'units', 'levels', 'localities' or 'bases' (set: its keys)
 * that is an entry of another list, because the line naming that list was
 * deleted or mistyped: the body's sections after a lost 'body:' line
 * become localities, the localities after a lost 'localities:' line levels
 * (two keys of the other list at least: one stray key is a mistyped key,
 * left to the unknown-key check), a registry's entries (with an 'id')
 * after a lost line under 'bases:'. Its first key of the other kind is
 * reported once (KH101, "is the 'body:' line above it missing?") and 1 is
 * returned, so the caller skips the entry instead of reporting each of its
 * keys and each key it lacks (nine errors for one deleted line); *belongs
 * receives the set of the list the entry belongs to (KEYSET_ENTRY for the
 * body), so that the caller can stop reporting the uses of a lost
 * registry. 0 otherwise, and for any other set. */
int yread_stray_entry(DiagSink *diags, const YNode *item, KeySetId set, KeySetId *belongs);

/* The bytes of the blank that begins text: a space, a tab, a no-break
 * space or another Unicode space (U+1680, U+2000-U+200A, U+202F, U+205F,
 * U+3000: unispace_in_line); 0 if text begins with anything else. The one notion of a blank
 * the readers share (KH107, KH122, KH165, an empty recipient). */
size_t yread_blank_len(const char *text);

/* 1 if text is empty or only blanks (yread_blank_len). */
int yread_is_blank(const char *text);

/* 1 if a line printed as written (an issuer's, a signature's, a
 * recipient) has no text but blanks and end marks: a recipient "." lost
 * its "." to the ";" put after it and printed "- ;", an ideographic space
 * "\u3000" a blank line (s20 review). Such an entry is KH107 and left out
 * of the list (read_printed_list). */
int yread_is_blank_line(const char *text);

/* Where text's run without the blanks at its ends starts (returned) and
 * its length (*len). */
size_t yread_trim_blanks(const char *text, size_t *len);

/* Where text[start..end) ends without the blanks (yread_blank_len) that
 * end it (start when it is only blanks). */
size_t yread_end_without_blanks(const char *text, size_t start, size_t end);

/* A field printed as written (a label, the place, a recipient) without
 * the blanks at its ends, with a warning at pos (KH122, span characters)
 * when it had any: they printed "Số:  12 /", "Yên Thế , ngày", and a
 * label "Biểu 01\u00a0" no longer matched its page in a diff. A blank
 * text is returned as it is (KH107's); the copy is in arena. */
const char *yread_trim_printed(Arena *arena, DiagSink *diags, SrcPos pos, int span,
                               const char *key, const char *text);

/* Reports "'KEY' must be a string/a list/a mapping, not ..." as `code`
 * for a node that is not of kind and returns 0; returns 1, reporting
 * nothing, for a node of kind. */
int yread_wrong_kind(DiagSink *diags, const YNode *node, YNodeKind kind, const char *key,
                     DiagId code);

/* 1 if node is of kind; otherwise reports "'KEY' must be a string/a list/a
 * mapping, not ..." as `code` and returns 0. Inline: every value a reader
 * reads is asked, and is nearly always of its kind. */
static inline int yread_expect_kind(DiagSink *diags, const YNode *node, YNodeKind kind,
                                    const char *key, DiagId code)
{
    return node->kind == kind ? 1 : yread_wrong_kind(diags, node, kind, key, code);
}

/* The text of a scalar node; NULL after reporting "'KEY' must be a string,
 * not ..." as `code` for a list or mapping. */
const char *yread_scalar(DiagSink *diags, const YNode *node, const char *key, DiagId code);

/* A scalar's text as a whole number: optional sign, then 1 to 12 ASCII
 * digits and nothing else. 0 with *out set, or -1 (out untouched). */
int yread_int_text(const char *text, long *out);

/* A number written plainly that other YAML readers read otherwise
 * (vi_number_base): KH114 for a leading 0, which YAML 1.1 reads as octal
 * or as text ("017": 17 here, 15 to PyYAML; "08"), KH108 for a base prefix
 * ("0o17", "0x1A"), each naming both readings and what to write (text_ok:
 * and the quotes, where a text in quotes is kept as written). The one rule
 * for every YAML number khgen reads (a year, a node's or the header's
 * number, criteria counts, layout, data, a table's cells and `where`);
 * node gives the place, `text` its value. 1 when reported, 0 otherwise;
 * the caller checks that the value was written without quotes. */
int yread_number_base(DiagSink *diags, Arena *arena, const YNode *node, const char *key,
                      const char *text, int text_ok);

/* A registry entry's printed name ('name', 'short' of a unit, locality or
 * level), already read from map[key] as `text`: every reference and
 * responsibility line repeats it, so its length multiplies the document.
 * Past YREAD_MAX_NAME_CHARS characters it is reported KH115 (a pasted
 * paragraph, not a name) and NULL is returned; otherwise `text`. */
enum { YREAD_MAX_NAME_CHARS = 500 };
const char *yread_name(DiagSink *diags, const YNode *map, const char *key, const char *what,
                       const char *text);

/* The line '- id: X' of a block entry of list written twice: item i is a
 * mapping of that id alone and item i + 1 the whole entry of the same id
 * (one line pasted, s43msg/s46attack). Then one error (KH200) at item i,
 * naming what (N_("a unit"), translated here) and both lines, and 1: the
 * caller leaves item i out, so it is not also "has no 'name'" and a
 * duplicate id. 0 otherwise, nothing said. */
int yread_id_line_pasted(DiagSink *diags, const YNode *list, size_t i, const char *what);

#endif
