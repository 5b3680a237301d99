/* test_load.c - unit tests of the loader (load.c).
 *
 * The tests load small YAML texts and check what the tree holds (kinds,
 * texts, styles, start and end positions counted in characters, NFC
 * normalisation of decomposed input, BOM and CR LF handling), the exact
 * diagnostics the loader prints (duplicate keys with their note, syntax
 * errors with libyaml's words and a hint, second documents), and that each
 * hostile input is refused with its code, at the right line and column, and
 * fast: a 50 MB file of random bytes, 100,000 '[', the billion-laughs alias
 * bomb, a self-referencing alias, NUL bytes, invalid UTF-8 inside a value,
 * and a mapping of 100,000 keys (which must load, and load quickly). It
 * also checks str_find (util.c), the text search every stage uses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "load.h"
#include "util.h"
#include "vi.h"

/* One load: the arena holding the tree, and what the sink printed. */
typedef struct Loaded {
    Arena *arena;
    DiagSink *sink;
    FILE *stream;
    char *out;
    size_t out_len;
    YNode *root;
    double seconds;
} Loaded;

/* CPU time of this process, not the wall clock: a quadratic loader still
 * fails the time bounds below, a busy machine does not. */
static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void open_loaded(Loaded *t)
{
    memset(t, 0, sizeof *t);
    t->arena = arena_new();
    t->stream = open_memstream(&t->out, &t->out_len);
    assert_non_null(t->stream);
    t->sink = diag_new(t->stream);
}

static void finish_loaded(Loaded *t, double started)
{
    t->seconds = now_seconds() - started;
    diag_flush(t->sink);
    fflush(t->stream);
    if (!t->out) {
        fputc('\0', t->stream);
        fflush(t->stream);
    }
}

/* Loads len bytes of text under the name "t.yaml". */
static void load_n(Loaded *t, const char *text, size_t len, const LoadLimits *limits)
{
    open_loaded(t);
    double started = now_seconds();
    t->root = load_string(t->arena, t->sink, "t.yaml", text, len, limits);
    finish_loaded(t, started);
}

static void load(Loaded *t, const char *text)
{
    load_n(t, text, strlen(text), NULL);
}

static void load_path(Loaded *t, const char *path)
{
    open_loaded(t);
    double started = now_seconds();
    t->root = load_file(t->arena, t->sink, path, NULL);
    finish_loaded(t, started);
}

static void close_loaded(Loaded *t)
{
    diag_free(t->sink);
    fclose(t->stream);
    free(t->out);
    arena_free(t->arena);
}

/* Writes data to a fresh temporary file; returns its malloc'd path. */
static char *temp_file(const void *data, size_t len)
{
    char *path = strdup("/tmp/khgen-test-load-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *p = data;
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        assert_true(w > 0);
        p += w;
        len -= (size_t)w;
    }
    close(fd);
    return path;
}

static void assert_pos(SrcPos pos, int line, int col)
{
    if (pos.line != line || pos.col != col)
        fail_msg("position %d:%d, expected %d:%d", pos.line, pos.col, line, col);
}

static void assert_scalar(const YNode *node, const char *text, YScalarStyle style)
{
    assert_non_null(node);
    assert_int_equal(node->kind, YNODE_SCALAR);
    assert_string_equal(node->text, text);
    assert_int_equal(node->len, strlen(text));
    assert_int_equal(node->style, style);
}

/* ---- the tree ----------------------------------------------------------- */

static const char SMALL[] =
    "khgen: 1\n"
    "header:\n"
    "  place: Yên Thế\n"
    "  title: \"Kế hoạch\"\n"
    "list: [a, bb]\n";

static void test_positions_count_characters(void **state)
{
    (void)state;
    Loaded t;
    load(&t, SMALL);
    assert_string_equal(t.out, "");
    assert_non_null(t.root);
    assert_int_equal(t.root->kind, YNODE_MAP);
    assert_int_equal(t.root->count, 3);
    assert_pos(t.root->pos, 1, 1);

    assert_scalar(t.root->keys[0], "khgen", YSTYLE_PLAIN);
    assert_pos(t.root->keys[0]->pos, 1, 1);
    assert_pos(ynode_end(t.root->keys[0]), 1, 6);
    assert_pos(t.root->values[0]->pos, 1, 8);

    const YNode *header = ynode_get(t.root, "header");
    assert_non_null(header);
    assert_int_equal(header->kind, YNODE_MAP);
    assert_pos(header->pos, 3, 3);
    const YNode *place = ynode_get(header, "place");
    assert_scalar(place, "Yên Thế", YSTYLE_PLAIN);
    assert_pos(place->pos, 3, 10);
    assert_pos(ynode_end(place), 3, 17); /* 7 characters, 10 bytes */
    const YNode *title = ynode_get(header, "title");
    assert_scalar(title, "Kế hoạch", YSTYLE_QUOTED);
    assert_pos(title->pos, 4, 10);
    assert_pos(ynode_end(title), 4, 20);
    assert_string_equal(title->pos.file, "t.yaml");

    const YNode *list = ynode_get(t.root, "list");
    assert_int_equal(list->kind, YNODE_SEQ);
    assert_int_equal(list->count, 2);
    assert_pos(list->pos, 5, 7);
    assert_pos(ynode_end(list), 5, 14);
    assert_scalar(list->items[1], "bb", YSTYLE_PLAIN);
    assert_pos(list->items[1]->pos, 5, 11);
    assert_pos(ynode_end(list->items[1]), 5, 13);
    close_loaded(&t);
}

static void test_scalar_styles(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "a: plain text\n"
             "b: 'single ''q'''\n"
             "c: \"double\\tq\"\n"
             "d: |\n"
             "  lit\n"
             "  eral\n"
             "e: >\n"
             "  fold\n"
             "  ed\n"
             "f:\n"
             "g: 2024-01\n");
    assert_string_equal(t.out, "");
    assert_scalar(ynode_get(t.root, "a"), "plain text", YSTYLE_PLAIN);
    assert_scalar(ynode_get(t.root, "b"), "single 'q'", YSTYLE_QUOTED);
    /* a tab, even from an escape, is one space in every format (KH026) */
    assert_scalar(ynode_get(t.root, "c"), "double q", YSTYLE_QUOTED);
    assert_scalar(ynode_get(t.root, "d"), "lit\neral\n", YSTYLE_BLOCK);
    assert_scalar(ynode_get(t.root, "e"), "fold ed\n", YSTYLE_BLOCK);
    assert_scalar(ynode_get(t.root, "f"), "", YSTYLE_PLAIN);
    assert_scalar(ynode_get(t.root, "g"), "2024-01", YSTYLE_PLAIN);
    close_loaded(&t);
}

static void test_nfd_input_becomes_nfc(void **state)
{
    (void)state;
    Loaded t;
    /* "Hoa" + U+0300 and "The" + U+0302 + U+0301, decomposed */
    load(&t, "Hoa\xCC\x80: \"Th" "e\xCC\x82\xCC\x81\"\n");
    assert_string_equal(t.out, "");
    assert_scalar(t.root->keys[0], "Ho\xC3\xA0", YSTYLE_PLAIN);        /* Hoà */
    assert_scalar(t.root->values[0], "Th\xE1\xBA\xBF", YSTYLE_QUOTED); /* Thế */
    assert_non_null(ynode_get(t.root, "Ho\xC3\xA0"));
    close_loaded(&t);
}

static void test_empty_inputs_give_empty_mapping(void **state)
{
    (void)state;
    static const char *const texts[] = {"", "# only a comment\n", "---\n", "\n\n", "\xEF\xBB\xBF"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        Loaded t;
        load(&t, texts[i]);
        assert_string_equal(t.out, "");
        assert_non_null(t.root);
        assert_int_equal(t.root->kind, YNODE_MAP);
        assert_int_equal(t.root->count, 0);
        assert_null(ynode_get(t.root, "khgen"));
        close_loaded(&t);
    }
}

static void test_root_need_not_be_a_mapping(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "- a\n- b\n");
    assert_string_equal(t.out, "");
    assert_int_equal(t.root->kind, YNODE_SEQ);
    assert_int_equal(t.root->count, 2);
    assert_null(ynode_get(t.root, "a"));
    close_loaded(&t);
}

static void test_bom_and_line_breaks(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "\xEF\xBB\xBF" "a: 1\r\nb: x y\r\n");
    assert_string_equal(t.out, "");
    assert_pos(t.root->keys[0]->pos, 1, 1);
    assert_pos(t.root->values[0]->pos, 1, 4);
    assert_pos(t.root->keys[1]->pos, 2, 1);
    assert_scalar(t.root->values[1], "x y", YSTYLE_PLAIN);
    assert_pos(ynode_pos_at(t.root->values[1], 2), 2, 6);
    close_loaded(&t);

    load(&t, "a: 1\rb: |\r  two\r  lines\r");
    assert_string_equal(t.out, "");
    assert_pos(t.root->keys[1]->pos, 2, 1);
    assert_scalar(t.root->values[1], "two\nlines\n", YSTYLE_BLOCK);
    close_loaded(&t);
}

static void test_get_and_kind_names(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "s: x\nl: []\nm: {}\nn:\n");
    assert_string_equal(ynode_kind_name(ynode_get(t.root, "s")), "a string");
    assert_string_equal(ynode_kind_name(ynode_get(t.root, "l")), "a list");
    assert_string_equal(ynode_kind_name(ynode_get(t.root, "m")), "a mapping");
    assert_string_equal(ynode_kind_name(ynode_get(t.root, "n")), "an empty value");
    assert_string_equal(ynode_kind_name(NULL), "nothing");
    assert_null(ynode_get(t.root, "missing"));
    assert_null(ynode_get(NULL, "s"));
    assert_null(ynode_get(ynode_get(t.root, "s"), "s")); /* not a mapping */
    assert_int_equal(ynode_get(t.root, "l")->count, 0);
    close_loaded(&t);
}

/* ---- ynode_pos_at ------------------------------------------------------- */

static void test_pos_at_exact_cases(void **state)
{
    (void)state;
    Loaded t;
    load(&t, SMALL);
    const YNode *header = ynode_get(t.root, "header");
    const YNode *place = ynode_get(header, "place");   /* Yên Thế at 3:10 */
    assert_pos(ynode_pos_at(place, 0), 3, 10);
    assert_pos(ynode_pos_at(place, strlen("Yên ")), 3, 14);
    assert_pos(ynode_pos_at(place, place->len), 3, 17);
    const YNode *title = ynode_get(header, "title");   /* "Kế hoạch" at 4:10 */
    assert_pos(ynode_pos_at(title, 0), 4, 11);
    assert_pos(ynode_pos_at(title, strlen("Kế ")), 4, 14);
    assert_pos(ynode_pos_at(title, title->len + 1), 4, 10); /* out of range */
    close_loaded(&t);

    load(&t, "d: |\n"
             "  first line\n"
             "    indented x\n"
             "  last {ref}\n");
    const YNode *block = ynode_get(t.root, "d");
    assert_scalar(block, "first line\n  indented x\nlast {ref}\n", YSTYLE_BLOCK);
    const char *x = strchr(block->text, 'x');
    assert_pos(ynode_pos_at(block, (size_t)(x - block->text)), 3, 14);
    const char *ref = strchr(block->text, '{');
    assert_pos(ynode_pos_at(block, (size_t)(ref - block->text)), 4, 8);
    assert_pos(ynode_pos_at(block, 0), 2, 3);
    close_loaded(&t);

    /* a tab in a line's leading blanks, held as a space (KH026): that line
     * is walked from the block's indent, and the line below it too
     * (s29review: both were at the block's '|') */
    load(&t, "d: |\n"
             "  one\n"
             "    \ttwo {a}\n"
             "  three {b}\n");
    block = ynode_get(t.root, "d");
    assert_scalar(block, "one\n   two {a}\nthree {b}\n", YSTYLE_BLOCK);
    ref = strchr(block->text, '{');
    assert_pos(ynode_pos_at(block, (size_t)(ref - block->text)), 3, 10);
    ref = strrchr(block->text, '{');
    assert_pos(ynode_pos_at(block, (size_t)(ref - block->text)), 4, 9);
    close_loaded(&t);
}

static void test_pos_at_falls_back_to_start(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "esc: \"a\\tb {x}\"\n"
             "multi: first\n"
             "  second {x}\n"
             "fold: >\n"
             "  one\n"
             "  two {x}\n"
             "nfd: Hoa\xCC\x80 {x}\n"
             "seq: [a]\n");
    assert_string_equal(t.out, "");
    /* an escape: the value is not the source */
    const YNode *esc = ynode_get(t.root, "esc");
    assert_pos(ynode_pos_at(esc, (size_t)(strchr(esc->text, '{') - esc->text)), esc->pos.line,
               esc->pos.col);
    /* a decomposed character (NFC in the value) is followed: the column
     * counts the source's characters, the mark too */
    const YNode *nfd = ynode_get(t.root, "nfd");
    assert_pos(ynode_pos_at(nfd, (size_t)(strchr(nfd->text, '{') - nfd->text)), 7, 11);
    /* folded text and plain text over several lines are followed exactly */
    const YNode *multi = ynode_get(t.root, "multi");
    assert_pos(ynode_pos_at(multi, (size_t)(strchr(multi->text, '{') - multi->text)), 3, 10);
    const YNode *fold = ynode_get(t.root, "fold");
    assert_pos(ynode_pos_at(fold, (size_t)(strchr(fold->text, '{') - fold->text)), 6, 7);
    assert_pos(ynode_pos_at(fold, 0), 5, 3);
    const YNode *seq = ynode_get(t.root, "seq");
    assert_pos(ynode_pos_at(seq, 0), seq->pos.line, seq->pos.col);
    close_loaded(&t);
}

/* ---- diagnostics -------------------------------------------------------- */

static void test_duplicate_key_message(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "header:\n"
             "  date: 2024-01\n"
             "  place: X\n"
             "  date: 2024-02\n");
    /* the tree survives a duplicate key: the first value is the one read */
    assert_non_null(t.root);
    assert_string_equal(ynode_get(ynode_get(t.root, "header"), "date")->text, "2024-01");
    assert_string_equal(t.out,
                        "t.yaml:4:3: error[KH008]: duplicate key 'date' in this mapping: delete one of the two, or rename this one\n"
                        "    4 |   date: 2024-02\n"
                        "      |   ^~~~\n"
                        "t.yaml:2:3: note: 'date' first appears here\n"
                        "    2 |   date: 2024-01\n"
                        "      |   ^\n");
    assert_int_equal(diag_error_count(t.sink), 1);
    close_loaded(&t);
}

static void test_duplicate_after_nfc(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "Ho\xC3\xA0: 1\nHoa\xCC\x80: 2\n");
    assert_non_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:2:1: error[KH008]: duplicate key 'Ho\xC3\xA0'"));
    close_loaded(&t);
}

/* Text of a mapping with n distinct keys, plus a repeat of k5 if asked. */
static char *big_mapping(size_t n, int with_duplicate, size_t *len)
{
    Buf buf = {0};
    for (size_t i = 0; i < n; i++)
        buf_printf(&buf, "k%zu: %zu\n", i, i);
    if (with_duplicate)
        buf_puts(&buf, "k5: again\n");
    *len = buf.len;
    return buf.data;
}

static void test_mapping_of_100000_keys_is_fast(void **state)
{
    (void)state;
    size_t len;
    char *text = big_mapping(100000, 0, &len);
    Loaded t;
    load_n(&t, text, len, NULL);
    assert_string_equal(t.out, "");
    assert_non_null(t.root);
    assert_int_equal(t.root->count, 100000);
    assert_string_equal(ynode_get(t.root, "k99999")->text, "99999");
    assert_true(t.seconds < 2.0);
    close_loaded(&t);
    free(text);

    text = big_mapping(100000, 1, &len);
    load_n(&t, text, len, NULL);
    assert_non_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:100001:1: error[KH008]: duplicate key 'k5' in this mapping: delete one of the two, or rename this one\n"));
    assert_non_null(strstr(t.out, "t.yaml:6:1: note: 'k5' first appears here\n"));
    assert_int_equal(diag_error_count(t.sink), 1);
    assert_true(t.seconds < 2.0);
    close_loaded(&t);
    free(text);
}

static void test_syntax_error_message(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "a:\n  - b\n - c\n");
    assert_null(t.root);
    assert_string_equal(t.out,
                        "t.yaml:3:2: error[KH005]: YAML syntax error: did not find expected key; "
                        "check that this line is indented like the keys above it\n"
                        "    3 |  - c\n"
                        "      |  ^\n"
                        "t.yaml:1:1: note: while parsing a block mapping that starts here\n"
                        "    1 | a:\n"
                        "      | ^\n");
    close_loaded(&t);

    load(&t, "a:\n\tb: c\n");
    assert_non_null(strstr(t.out, "t.yaml:2:1: error[KH005]: YAML syntax error: found character "
                                  "that cannot start any token; indent with spaces, not tabs\n"));
    close_loaded(&t);

    load(&t, "title: 'unclosed\n");
    /* at the quote, where the fix goes; then where YAML noticed (s17slip) */
    assert_non_null(strstr(t.out, "t.yaml:1:8: error[KH005]: YAML syntax error: the ' that opens "
                                  "this value is never closed: YAML read the rest of the file "
                                  "into the value. Close it at the end of the value, on this "
                                  "line if the value is on one line\n"));
    /* at the end of the file's last line, not on a line after it (s50user) */
    assert_non_null(strstr(t.out, "t.yaml:1:17: note: YAML noticed it here: found unexpected end "
                                  "of stream\n"));
    close_loaded(&t);
}

static void test_second_document(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "a: 1\n---\nb: 2\n");
    assert_null(t.root);
    assert_string_equal(t.out,
                        "t.yaml:2:1: error[KH009]: a second YAML document starts here; a plan "
                        "file holds one document: delete the '---' line, or put the second plan in "
                        "a file of its own\n"
                        "    2 | ---\n"
                        "      | ^~~\n");
    close_loaded(&t);

    load(&t, "---\na: 1\n...\n"); /* one explicit document is fine */
    assert_string_equal(t.out, "");
    assert_non_null(ynode_get(t.root, "a"));
    close_loaded(&t);
}

static void test_tags_complex_keys_and_escaped_nul(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "a: !!str 05\n");
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:4: error[KH012]: tags ('!!str') are not part"));
    assert_non_null(strstr(t.out, "      |    ^~~~~\n"));
    close_loaded(&t);

    load(&t, "[a, b]: c\n");
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:1: error[KH013]: a key must be a string, not a list: write the key as a word followed by ': '\n"));
    close_loaded(&t);

    load(&t, "a: x\nb: \"v\\0w\"\n");
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:2:4: error[KH004]: this string contains a NUL"));
    close_loaded(&t);
}

/* ---- hostile input -------------------------------------------------------- */

static void test_random_50mb_refused_by_size(void **state)
{
    (void)state;
    size_t len = 50u * 1024 * 1024;
    unsigned char *data = malloc(len);
    uint64_t x = 88172645463325252u;
    for (size_t i = 0; i < len; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        data[i] = (unsigned char)x;
    }
    char *path = temp_file(data, len);
    free(data);
    Loaded t;
    load_path(&t, path);
    assert_null(t.root);
    char expected[512];
    snprintf(expected, sizeof expected,
             "%s: error[KH002]: '%s' is 52428800 bytes, more than the limit of 33554432 bytes: check that it is the right file, or split it\n",
             path, path);
    assert_string_equal(t.out, expected);
    assert_true(t.seconds < 0.1);
    close_loaded(&t);
    unlink(path);
    free(path);
}

static void test_size_limit_of_strings(void **state)
{
    (void)state;
    LoadLimits limits = load_default_limits();
    limits.max_bytes = 8;
    Loaded t;
    load_n(&t, "a: 123456789\n", 13, &limits);
    assert_null(t.root);
    assert_string_equal(t.out, "t.yaml: error[KH002]: 't.yaml' is 13 bytes, more than the limit of 8 bytes: check that it is the right file, or split it\n");
    close_loaded(&t);
}

static void test_100000_brackets_refused_fast(void **state)
{
    (void)state;
    size_t len = 100000;
    char *text = malloc(len);
    memset(text, '[', len);
    Loaded t;
    load_n(&t, text, len, NULL);
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:65: error[KH006]: lists and mappings are nested more "
                                  "than 64 levels deep: unindent them, or split the plan\n"));
    assert_int_equal(diag_error_count(t.sink), 1);
    assert_true(t.seconds < 0.5);
    close_loaded(&t);
    free(text);
}

static void test_depth_limit_is_exact(void **state)
{
    (void)state;
    char text[200];
    Loaded t;
    /* 64 nested lists load */
    memset(text, '[', 64);
    memset(text + 64, ']', 64);
    text[128] = '\0';
    load(&t, text);
    assert_string_equal(t.out, "");
    assert_non_null(t.root);
    close_loaded(&t);
    /* 65 do not */
    memset(text, '[', 65);
    memset(text + 65, ']', 65);
    text[130] = '\0';
    load(&t, text);
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:65: error[KH006]"));
    close_loaded(&t);
    /* block nesting counts the same way, with a custom limit */
    LoadLimits limits = load_default_limits();
    limits.max_depth = 2;
    load_n(&t, "a:\n  b:\n    c: 1\n", 17, &limits);
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:3:5: error[KH006]: lists and mappings are nested more than 2 levels deep: unindent them, or split the plan\n"));
    close_loaded(&t);
}

static void test_node_limit(void **state)
{
    (void)state;
    LoadLimits limits = load_default_limits();
    limits.max_nodes = 10;
    Loaded t;
    const char *text = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n";
    load_n(&t, text, strlen(text), &limits);
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:29: error[KH010]: more than 10 values, lists and mappings"));
    close_loaded(&t);
    limits.max_nodes = 13;
    load_n(&t, text, strlen(text), &limits);
    assert_non_null(t.root);
    close_loaded(&t);
    /* khgen itself sets no cap: the size limit bounds the count */
    assert_int_equal(load_default_limits().max_nodes, 0);
}

static void test_billion_laughs_refused_fast(void **state)
{
    (void)state;
    static const char bomb[] =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
        "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
        "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    Loaded t;
    load(&t, bomb);
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:4: error[KH007]: anchors ('&a') are not part of the plan language"));
    assert_non_null(strstr(t.out, "t.yaml:2:4: error[KH007]: anchors ('&b')"));
    assert_non_null(strstr(t.out, "t.yaml:2:8: error[KH007]: aliases ('*a') are not part of the plan language"));
    /* loading stopped at the first alias */
    assert_int_equal(diag_error_count(t.sink), 3);
    assert_true(t.seconds < 0.5);
    close_loaded(&t);
}

static void test_self_alias(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "&a [*a]\n");
    assert_null(t.root);
    assert_string_equal(t.out,
                        "t.yaml:1:1: error[KH007]: anchors ('&a') are not part of the plan language; "
                        "write the value out where it is used\n"
                        "    1 | &a [*a]\n"
                        "      | ^~\n"
                        "t.yaml:1:5: error[KH007]: aliases ('*a') are not part of the plan language; "
                        "write the value out where it is used\n"
                        "    1 | &a [*a]\n"
                        "      |     ^~\n");
    close_loaded(&t);
}

static void test_nul_bytes(void **state)
{
    (void)state;
    static const char text[] = "a: b\nc: d\0e\n\0\0\0";
    Loaded t;
    load_n(&t, text, sizeof text - 1, NULL);
    assert_null(t.root);
    assert_string_equal(t.out,
                        "t.yaml:2:5: error[KH004]: NUL byte in the file (is it a binary file, "
                        "or saved as UTF-16?): check that it is the plan, and save it as UTF-8\n"
                        "    2 | c: d\xEF\xBF\xBD" "e\n"
                        "      |     ^\n");
    close_loaded(&t);
}

static void test_control_characters(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "a: 1\nb: x\x01y\n");
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:2:5: error[KH004]: control character U+0001 is not allowed: delete it (text copied from a PDF or Word carries such characters)\n"));
    close_loaded(&t);

    load(&t, "a: x\xE2\x80\xA8y\n"); /* U+2028 */
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:5: error[KH004]: line separator U+2028 is not allowed"));
    close_loaded(&t);

    load(&t, "a: x\xC2\x85y\n"); /* NEL */
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:1:5: error[KH004]: control character U+0085"));
    close_loaded(&t);

    load(&t, "a:\tx\n"); /* a tab is fine */
    assert_string_equal(t.out, "");
    assert_scalar(ynode_get(t.root, "a"), "x", YSTYLE_PLAIN);
    close_loaded(&t);
}

static void test_invalid_utf8_in_a_value(void **state)
{
    (void)state;
    Loaded t;
    load(&t, "a: 1\nb: 2\ntitle: Kế ho\xE1 ch\n");
    assert_null(t.root);
    assert_non_null(strstr(t.out, "t.yaml:3:13: error[KH003]: invalid UTF-8 (byte 0xE1): "
                                  "re-save the file as UTF-8\n"));
    assert_non_null(strstr(t.out, "    3 | title: Kế ho\xEF\xBF\xBD ch\n"
                                  "      |             ^\n"));
    close_loaded(&t);

    /* overlong and surrogate encodings are invalid too */
    load(&t, "a: \xC0\xAF\n");
    assert_non_null(strstr(t.out, "t.yaml:1:4: error[KH003]"));
    close_loaded(&t);
    load(&t, "a: x\xED\xA0\x80\n");
    assert_non_null(strstr(t.out, "t.yaml:1:5: error[KH003]"));
    close_loaded(&t);

    load_n(&t, "\xFF\xFE" "a\0:\0", 6, NULL);
    assert_non_null(strstr(t.out, "t.yaml:1:1: error[KH003]: the file is UTF-16, not UTF-8"));
    close_loaded(&t);
}

static void test_missing_file(void **state)
{
    (void)state;
    Loaded t;
    load_path(&t, "/nonexistent-dir/plan.yaml");
    assert_null(t.root);
    assert_string_equal(t.out, "/nonexistent-dir/plan.yaml: error[KH001]: cannot read "
                               "'/nonexistent-dir/plan.yaml': No such file or directory: check the path "
                               "and that the file is readable\n");
    close_loaded(&t);
}

static void test_load_file_registers_source(void **state)
{
    (void)state;
    static const char text[] = "a: 1\na: 2\n";
    char *path = temp_file(text, sizeof text - 1);
    Loaded t;
    load_path(&t, path);
    assert_non_null(t.root); /* a duplicate key leaves the tree usable */
    char expected[512];
    snprintf(expected, sizeof expected,
             "%s:2:1: error[KH008]: duplicate key 'a' in this mapping: delete one of the two, or rename this one\n"
             "    2 | a: 2\n"
             "      | ^\n"
             "%s:1:1: note: 'a' first appears here\n"
             "    1 | a: 1\n"
             "      | ^\n",
             path, path);
    assert_string_equal(t.out, expected);
    close_loaded(&t);

    static const char good[] = "x: [1, 2]\n";
    char *good_path = temp_file(good, sizeof good - 1);
    load_path(&t, good_path);
    assert_string_equal(t.out, "");
    assert_int_equal(ynode_get(t.root, "x")->count, 2);
    assert_string_equal(t.root->pos.file, good_path);
    close_loaded(&t);
    unlink(path);
    unlink(good_path);
    free(path);
    free(good_path);
}

static void test_error_cap(void **state)
{
    (void)state;
    Buf buf = {0};
    for (int i = 0; i < 80; i++)
        buf_printf(&buf, "a: %d\n", i);
    Loaded t;
    load_n(&t, buf.data, buf.len, NULL);
    assert_null(t.root);
    assert_int_equal(diag_error_count(t.sink), 50);
    assert_non_null(strstr(t.out, "t.yaml: note: stopped loading after 50 errors\n"));
    close_loaded(&t);
    buf_free(&buf);
}

/* str_find is strstr: the first hit, an overlapping start, none, an empty
 * needle, a needle longer than the text, multi-byte letters. */
static void test_str_find(void **state)
{
    (void)state;
    const char *s = "năm 2024, năm 20245 và aaab";
    assert_ptr_equal(str_find(s, "2024"), strstr(s, "2024"));
    assert_ptr_equal(str_find(s + 6, "2024"), s + 16); /* the second, bytes in */
    assert_ptr_equal(str_find(s, "aab"), strstr(s, "aab"));
    assert_ptr_equal(str_find(s, "và"), strstr(s, "và"));
    assert_null(str_find(s, "2026"));
    assert_null(str_find("ab", "abc"));
    assert_null(str_find("", "a"));
    assert_ptr_equal(str_find(s, ""), s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_positions_count_characters),
        cmocka_unit_test(test_str_find),
        cmocka_unit_test(test_scalar_styles),
        cmocka_unit_test(test_nfd_input_becomes_nfc),
        cmocka_unit_test(test_empty_inputs_give_empty_mapping),
        cmocka_unit_test(test_root_need_not_be_a_mapping),
        cmocka_unit_test(test_bom_and_line_breaks),
        cmocka_unit_test(test_get_and_kind_names),
        cmocka_unit_test(test_pos_at_exact_cases),
        cmocka_unit_test(test_pos_at_falls_back_to_start),
        cmocka_unit_test(test_duplicate_key_message),
        cmocka_unit_test(test_duplicate_after_nfc),
        cmocka_unit_test(test_mapping_of_100000_keys_is_fast),
        cmocka_unit_test(test_syntax_error_message),
        cmocka_unit_test(test_second_document),
        cmocka_unit_test(test_tags_complex_keys_and_escaped_nul),
        cmocka_unit_test(test_random_50mb_refused_by_size),
        cmocka_unit_test(test_size_limit_of_strings),
        cmocka_unit_test(test_100000_brackets_refused_fast),
        cmocka_unit_test(test_depth_limit_is_exact),
        cmocka_unit_test(test_node_limit),
        cmocka_unit_test(test_billion_laughs_refused_fast),
        cmocka_unit_test(test_self_alias),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_control_characters),
        cmocka_unit_test(test_invalid_utf8_in_a_value),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_load_file_registers_source),
        cmocka_unit_test(test_error_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
