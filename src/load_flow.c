/* load_flow.c - stage 1 (load): a number cut at its decimal comma inside
 * {...}, and a list in brackets ending with a comma.
 *
 * khgen prints numbers the Vietnamese way and reads them back the same way
 * ("16,9", "1.234,5"), so a drafter writes `data: {dan_so: 16,9}`. Inside a
 * flow mapping YAML's comma separates entries: libyaml reads dan_so = 16 and
 * a second key "9" with no value, and the plan's figures silently add up 16.
 * This file finds that shape while the loader closes a mapping (a plain
 * number value, then, one character after it on the same line - the comma -
 * a key of digits with no value) and reports it once, KH015. It then mends
 * the tree: the two pieces become the value the drafter wrote ("16,9"), so
 * parse reads the intended number and no follow-on diagnostic (an unknown
 * key '9', an ambiguous 1.234) buries the real mistake; an English figure
 * so cut ("1,850.5", "1,500") is said to be one, with what to write
 * (mend_english). A block mapping
 * cannot have the shape (a key always starts a new line there), and a flow
 * sequence ([13,1]) is a legitimate list, so neither is touched.
 *
 * A flow sequence whose last item is followed by ',' and then its ']'
 * (`support: [vpdp, ]`, `issuer: [A, B, ]`) holds an item YAML drops
 * without a word: one deleted, or never typed. KH035, a warning at the
 * comma (s38types: such lists built with exit 0 and no message). Every
 * list the loader closes passes here (load_list_closed), with KH128's
 * look for items pasted twice.
 */
#include "load.h"

#include <string.h>

#include "i18n.h"
#include "load_impl.h"
#include "vi.h"

static int all_digits(const YNode *node)
{
    if (node->kind != YNODE_SCALAR || node->style != YSTYLE_PLAIN || node->len == 0)
        return 0;
    for (size_t i = 0; i < node->len; i++)
        if (node->text[i] < '0' || node->text[i] > '9')
            return 0;
    return 1;
}

/* 1 if key is what an English figure leaves after its thousands comma:
 * three digits, a decimal point and digits ("850.5" of "1,850.5"). */
static int english_tail(const YNode *key)
{
    if (key->kind != YNODE_SCALAR || key->style != YSTYLE_PLAIN || key->len < 5 ||
        strspn(key->text, "0123456789") != 3 || key->text[3] != '.')
        return 0;
    size_t frac = strspn(key->text + 4, "0123456789");
    return frac > 0 && 4 + frac == key->len;
}

/* 1 if value is a plain scalar that ends with a digit (a number, cut). */
static int ends_in_digit(const YNode *value)
{
    if (value->kind != YNODE_SCALAR || value->style != YSTYLE_PLAIN || value->len == 0)
        return 0;
    char last = value->text[value->len - 1];
    return last >= '0' && last <= '9';
}

/* 1 if the pair (key, value) at index i of map is the tail of a number cut
 * at its comma: key all digits, value YAML's empty null, and the key one
 * character (the comma) after the previous entry's value on its line. */
static int is_cut_tail(const YNode *map, size_t i)
{
    const YNode *key = map->keys[i], *value = map->values[i], *before = map->values[i - 1];
    if (!(all_digits(key) || (english_tail(key) && all_digits(before) && before->len <= 3)) ||
        !ends_in_digit(before))
        return 0;
    if (value->kind != YNODE_SCALAR || value->style != YSTYLE_PLAIN || value->len != 0)
        return 0;
    return key->pos.line == before->end.line && key->pos.col == before->end.col + 1;
}

/* The value in C notation when head is digits and thousands dots
 * ("1.234" + "5" -> "1234.5"), else NULL. */
static char *c_notation(Arena *arena, const char *head, const char *tail)
{
    Buf out = {0};
    for (const char *c = head; *c; c++) {
        if (*c == '.')
            continue;
        if ((*c < '0' || *c > '9') && !(*c == '-' && c == head)) {
            buf_free(&out);
            return NULL;
        }
        buf_putc(&out, *c);
    }
    buf_printf(&out, ".%s", tail);
    char *result = arena_strdup(arena, buf_str(&out));
    buf_free(&out);
    return result;
}

/* KH015 for a number cut at a comma English figures write (joined, the
 * value as typed, owner its key): "1,850.5", the comma grouping thousands,
 * and "1,500", which reads 1,5 in khgen's numbers and 1500 as an English
 * keyboard groups it (attach_comma_thousands_lost's figures): the message
 * says what to write for each reading, where "write 1.500 (the decimal
 * point)" was KH114's "1.500" again, and "1,850.5" was "no column
 * '850.5'" (s47user U4). before->text becomes one reading (1850.5; 1,5),
 * so no second message follows; 0 for any other number. */
static int mend_english(Arena *arena, DiagSink *diags, YNode *before, const YNode *owner,
                        const YNode *tail, const char *joined, int span)
{
    if (strchr(tail->text, '.')) { /* english_tail: "1" + "850.5" */
        char *c = arena_printf(arena, "%s%s", before->text, tail->text);
        diag_error(diags, before->pos, span, KH015,
                   "'%s: %s' inside {...}: YAML cuts a number at its comma and reads %s and a "
                   "key '%s'; '%s' is written as an English keyboard writes figures (the comma "
                   "groups thousands, the point is the decimal mark): write %s",
                   owner->text, joined, before->text, tail->text, joined, c);
        before->text = c;
        return 1;
    }
    if (!all_digits(before) || before->len > 3 || before->text[0] == '0' ||
        tail->len != 3 || tail->text[2] != '0')
        return 0;
    Buf decimal = {0};
    vi_comma_decimal(&decimal, joined);
    char *point = arena_strdup(arena, buf_str(&decimal));
    for (char *c = point; *c; c++)
        if (*c == ',')
            *c = '.';
    diag_error(diags, before->pos, span, KH015,
               "'%s: %s' inside {...}: YAML cuts a number at its comma and reads %s and a key "
               "'%s'; and %s reads two ways: %s in khgen's numbers (the comma is the decimal "
               "mark), or %s%s if the comma groups thousands, as an English keyboard writes "
               "them; write %s%s for the whole number, or %s for the decimal",
               owner->text, joined, before->text, tail->text, joined, decimal.data, before->text,
               tail->text, before->text, tail->text, point);
    before->text = arena_strdup(arena, buf_str(&decimal));
    buf_free(&decimal);
    return 1;
}

/* Reports the cut number at index i of map and joins it back into the
 * previous value; the pair at i is removed. */
static void mend(Arena *arena, DiagSink *diags, YNode *map, size_t i)
{
    YNode *before = map->values[i - 1];
    const YNode *owner = map->keys[i - 1], *tail = map->keys[i];
    size_t len = before->len + 1 + tail->len;
    char *joined = arena_alloc(arena, len + 1);
    memcpy(joined, before->text, before->len);
    joined[before->len] = ',';
    memcpy(joined + before->len + 1, tail->text, tail->len);
    joined[len] = '\0';
    char *point = c_notation(arena, before->text, tail->text);
    int span = before->pos.line == tail->end.line ? tail->end.col - before->pos.col : 1;
    if (mend_english(arena, diags, before, owner, tail, joined, span)) {
        joined = (char *)before->text; /* the value read one way, said with both */
        len = strlen(joined);
    } else if (point)
        diag_error(diags, before->pos, span, KH015,
                   "'%s: %s' inside {...}: YAML cuts a number at its comma and reads %s and a "
                   "key '%s'; write %s (the decimal point), or put '%s: %s' on a line of its own",
                   owner->text, joined, before->text, tail->text, point, owner->text, joined);
    else
        diag_error(diags, before->pos, span, KH015,
                   "'%s: %s' inside {...}: YAML cuts a number at its comma and reads %s and a "
                   "key '%s'; put '%s: %s' on a line of its own",
                   owner->text, joined, before->text, tail->text, owner->text, joined);
    before->text = joined;
    before->len = len;
    before->key_bits = 0; /* not the text as written after its NUL (load.h) */
    before->end = tail->end;
    memmove(map->keys + i, map->keys + i + 1, (map->count - i - 1) * sizeof *map->keys);
    memmove(map->values + i, map->values + i + 1, (map->count - i - 1) * sizeof *map->values);
    map->count--;
}

void load_flow_join_cut_numbers(Arena *arena, DiagSink *diags, YNode *map)
{
    if (!map || map->kind != YNODE_MAP)
        return;
    for (size_t i = 1; i < map->count; i++) {
        while (i < map->count && is_cut_tail(map, i))
            mend(arena, diags, map, i);
    }
}

/* KH035 at the ',' after seq's last item when only blanks stand between it
 * and the ']' (seq a flow list). */
static void trailing_comma(DiagSink *diags, const YNode *seq)
{
    if (seq->count == 0)
        return;
    const YNode *last = seq->items[seq->count - 1];
    YNode after = *last; /* the source from the last item's end */
    after.pos.line = last->end.line;
    after.pos.col = last->end.col;
    const char *s = loaded_source(&after), *end = loaded_source_end(last);
    SrcPos at = after.pos;
    int comma = 0;
    for (; s < end; s++) {
        if (*s == ',' && !comma) {
            comma = 1;
            at = after.pos;
        } else if (*s == ']') {
            break;
        } else if (*s == '\n') {
            after.pos.line++;
            after.pos.col = 0;
        } else if (*s != ' ' && *s != '\t' && *s != '\r') {
            return; /* a comment, or more: not this shape */
        }
        after.pos.col++;
    }
    if (comma && s < end)
        diag_warning(diags, at, 1, KH035,
                     "this list ends with ',' and nothing after it: YAML drops the empty item "
                     "without a word; was an item deleted? Write it, or delete the ','");
}

void load_list_closed(DiagSink *diags, const YNode *seq, int flow)
{
    load_repeated_items(diags, seq); /* KH128: a block of items pasted twice */
    if (flow)
        trailing_comma(diags, seq);
}
