/* test_md_front.c - unit tests of a .md's YAML front matter (md_front.c)
 * and of a PDF's line broken after a hyphen (txt_labels.c
 * imp_txt_hyphen_break), session 29's two readers of a file's lines.
 *
 * A front matter is a line "---" at the text's start (after a byte order
 * mark), a first line that is not blank, at least one "key:" line, then a
 * line "---" or "...": its length takes its last line's line break, and
 * *lines counts its lines. A rule ("---" over a blank line), a block of
 * no key, one never closed and one not at the start are none. A hyphen
 * or an en dash typed right after a word or a number, over a line that
 * begins with one, goes on its word; one between spaces does not. The
 * block's title, date and number (md_front_fields) are read as YAML.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "import.h"
#include "md_front.h"

static void front_matter(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t len; /* the block's, 0: none */
        int lines;
    } cases[] = {
        {"---\ntitle: Kế hoạch\ndate: 2024-01-15\n---\n\n**KẾ HOẠCH**\n", 45, 4},
        {"---\r\ntitle: x\r\n...\r\nrest", 20, 3},
        {"\xEF\xBB\xBF---\ntags:\n  - kế hoạch\n---\n", 34, 4},
        {"---\ntitle: x\n---", 16, 3},               /* closed by the text's last line */
        {"---\n\nGhi chú: nháp\n---\n", 0, 0},        /* a rule over a blank line */
        {"---\nGhi chú nháp\n---\n", 0, 0},           /* no key */
        {"---\ntitle: x\n", 0, 0},                     /* never closed */
        {"\n---\ntitle: x\n---\n", 0, 0},              /* not at the start */
        {"----\ntitle: x\n----\n", 0, 0},              /* four dashes: a rule */
        {"---\nhttps://x.vn\n---\n", 0, 0},            /* "https:" is no key: no space after */
        {"---", 0, 0},
        {"", 0, 0},
        /* a line of prose at the margin is no YAML: a rule, the header's
         * lines (one "Email: ..."), then a rule, is no front matter
         * (s30review) */
        {"---\n**UBND HUYỆN**\nEmail: ubnd@x.vn\n---\n", 0, 0},
        {"---\nEmail: ubnd@x.vn\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n---\n", 0, 0},
        {"---\ntitle: x\n# ghi chú\ntags:\n- a\n-\n\nsummary: >\n  dòng hai\n---\n", 64, 10},
        /* a key in Vietnamese ("số:", which md_front_fields reads) is a
         * key: the block was no front matter, its number read as the
         * document's (s31review) */
        {"---\ns\xE1\xBB\x91: 125/KH-UBND\n---\n", 26, 3},
        /* a quoted key (valid YAML) is a key: its lines were KH761 review
         * comments, one a line (s31 lead's fuzz seeds) */
        {"---\n\"s\xE1\xBB\x91\": 12/KH-UBND\n---\n", 27, 3},
        {"---\n'it''s': x\n\"a\\\"b\": y\n---\n", 29, 4},
        {"---\n\"\": x\n---\n", 0, 0},               /* an empty key: no key */
        {"---\n\"title: x\n---\n", 0, 0},             /* a quote never closed */
        {"---\n\"a\" b: x\n---\n", 0, 0},            /* text after the quotes */
        /* a key's characters: capitals to 'Z', digits to '9' (s32mut: a
         * key with a 'Z' or a '9' made the block no front matter) */
        {"---\nVERSION_2019Z: 1\n---\n", 25, 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int lines = -1;
        size_t len = md_front_matter(cases[i].text, strlen(cases[i].text), &lines);
        if (len != cases[i].len || lines != cases[i].lines)
            print_error("case %zu: %zu bytes, %d lines; not %zu, %d\n", i, len, lines,
                        cases[i].len, cases[i].lines);
        assert_int_equal(len, cases[i].len);
        assert_int_equal(lines, cases[i].lines);
    }
}

static void hyphen_break(void **state)
{
    (void)state;
    static const struct {
        const char *line, *next;
        int joins;
    } cases[] = {
        {"giai đoạn 2021-", "2025 trên địa bàn", 1},
        {"Kế hoạch số 12/KH-", "UBND ngày 10/01/2024", 1},
        {"năm 2024\xE2\x80\x93", "2025", 1},              /* an en dash */
        {"Đồng Hưu-", "Đồng Tâm", 1},                     /* a letter beyond ASCII before it */
        {"kinh tế -", "xã hội", 0},                        /* a dash between spaces */
        {"năm 2024 \xE2\x80\x93", "2025", 0},
        {"2021-", " 2025", 0},                             /* a space opens the next line */
        {"2021-", "- UBND tỉnh", 0},                       /* a bullet */
        {"-", "2025", 0},                                  /* a dash alone */
        {"2021", "2025", 0},
        {"2021-", "", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = imp_txt_hyphen_break(cases[i].line, strlen(cases[i].line), cases[i].next,
                                       strlen(cases[i].next));
        if (got != cases[i].joins)
            print_error("case %zu: '%s' over '%s': %d\n", i, cases[i].line, cases[i].next, got);
        assert_int_equal(got, cases[i].joins);
    }
}

/* md_front_fields reads the block as YAML, as pandoc does (s31review):
 * a folded or literal block, a plain value over two lines, a quoted one's
 * escapes, a comment after a value; "số:" and "so:" for the number; a
 * block that is no YAML gives none */
static void front_fields(void **state)
{
    (void)state;
    static const struct {
        const char *yaml;
        int read;
        const char *title, *date, *number;
    } cases[] = {
        {"title: Kế hoạch A\ndate: 2024-01-15\nnumber: 12/KH-UBND\n", 1, "Kế hoạch A",
         "2024-01-15", "12/KH-UBND"},
        {"title: >-\n  Kế hoạch rà soát\n  năm 2024\n", 1, "Kế hoạch rà soát năm 2024", NULL, NULL},
        {"title: |\n  Kế hoạch rà soát\n", 1, "Kế hoạch rà soát", NULL, NULL},
        {"title: Kế hoạch rà soát\n  năm 2024\n", 1, "Kế hoạch rà soát năm 2024", NULL, NULL},
        {"title: \"Kế hoạch \\\"A\\\"\"\n", 1, "Kế hoạch \"A\"", NULL, NULL},
        {"title: 'It''s'\n", 1, "It's", NULL, NULL},
        {"title: Kế hoạch # nháp\n", 1, "Kế hoạch", NULL, NULL},
        {"s\xE1\xBB\x91: 125/KH-UBND\n", 1, NULL, NULL, "125/KH-UBND"},
        {"\"s\xE1\xBB\x91\": 12/KH-UBND\n", 1, NULL, NULL, "12/KH-UBND"},
        {"so: 7/KH\nnumber: 9/KH\n", 1, NULL, NULL, "9/KH"}, /* number: first */
        {"title: ~\ndate:\ntags: [a]\n", 1, NULL, NULL, NULL},
        {"title: [a, b]\n", 1, NULL, NULL, NULL},
        {"title: Kế hoạch: rà soát\ndate: 2024-01-15\n", 0, NULL, NULL, NULL},
        {"- a\n- b\n", 0, NULL, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Arena *arena = arena_new();
        const char *f[MD_FRONT_FIELDS];
        int read = md_front_fields(arena, cases[i].yaml, strlen(cases[i].yaml), f);
        const char *want[MD_FRONT_FIELDS] = {cases[i].title, cases[i].date, cases[i].number};
        if (read != cases[i].read)
            print_error("case %zu: read %d\n", i, read);
        assert_int_equal(read, cases[i].read);
        for (int k = 0; k < MD_FRONT_FIELDS; k++) {
            if (!want[k] != !f[k] || (f[k] && strcmp(f[k], want[k]) != 0))
                print_error("case %zu, field %d: '%s', not '%s'\n", i, k, f[k] ? f[k] : "(none)",
                            want[k] ? want[k] : "(none)");
            if (want[k])
                assert_string_equal(f[k], want[k]);
            else
                assert_null(f[k]);
        }
        arena_free(arena);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(front_matter),
        cmocka_unit_test(front_fields),
        cmocka_unit_test(hyphen_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
