/* test_i18n.c - unit tests of i18n.c's check of a translation's printf
 * conversions (i18n_conversions_match), and that check asked of every
 * entry of po/vi.po.
 *
 * i18n_tr gives the English message instead of its translation when the
 * two do not take the same arguments (a catalog whose "%s" became "%d"
 * would make printf read what was never passed). Session 26 found it
 * reading "92,1%. A", a '%' printf takes as no conversion, as one: the
 * Vietnamese explanation of KH634 was shown in English, without a word.
 * Here the check's cases, and every msgstr of the catalog the build ships
 * (read from po/vi.po, the tests run from the repository's root): none
 * may be dropped, since a dropped one is an English message in a
 * Vietnamese run that no other test sees unless it runs that message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "i18n.h"

static void conversions_as_printf_reads_them(void **state)
{
    (void)state;
    /* the same conversions, in order or by position */
    assert_true(i18n_conversions_match("%s has %zu rows", "%s có %zu dòng"));
    assert_true(i18n_conversions_match("%s of %d", "%2$d của %1$s"));
    assert_true(i18n_conversions_match("%.*s", "%.*s"));
    /* a '%' that is no conversion takes no argument: text on either side */
    assert_true(i18n_conversions_match("92.1 prints 92,1%. A column", "92.1 in là 92,1%. Một cột"));
    assert_true(i18n_conversions_match("%s (50%)", "%s (50%)"));
    assert_true(i18n_conversions_match("%s: 100%", "%s: đạt 100%"));
    assert_true(i18n_conversions_match("%d%% done", "xong %d%%"));
    assert_true(i18n_conversions_match("rate %s", "tỷ lệ %s%, ...")); /* "%," */
    /* another kind, another count, %n, a '*' with no conversion: refused */
    assert_false(i18n_conversions_match("%s", "%d"));
    assert_false(i18n_conversions_match("%s %s", "%s"));
    assert_false(i18n_conversions_match("%s", "%s %s"));
    assert_false(i18n_conversions_match("%d", "%d%n"));
    assert_false(i18n_conversions_match("%s", "%s %*k"));
    assert_false(i18n_conversions_match("%zu", "%d"));
    assert_false(i18n_conversions_match("50%", "% d")); /* "% d" is an int with a space flag */
}

/* One string of a .po entry: the quoted parts from line on, unescaped,
 * appended to out; returns the line after the last part. */
static char *read_quoted(char *line, char *out, size_t cap)
{
    size_t n = strlen(out);
    for (;;) {
        char *q = strchr(line, '"');
        if (!q)
            return line;
        for (q++; *q && *q != '"'; q++) {
            char c = *q;
            if (c == '\\' && q[1]) {
                c = *++q;
                c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
            }
            if (n + 1 < cap)
                out[n++] = c;
        }
        out[n] = '\0';
        char *next = strchr(q, '\n');
        if (!next || next[1] != '"')
            return next ? next + 1 : q + strlen(q);
        line = next + 1;
    }
}

static void every_msgstr_of_the_catalog_is_kept(void **state)
{
    (void)state;
    FILE *f = fopen("po/vi.po", "rb");
    assert_non_null(f); /* the tests run from the repository's root */
    size_t cap = 1 << 24, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len = fread(text, 1, cap - 1, f);
    fclose(f);
    text[len] = '\0';
    assert_true(len > 0 && len < cap - 1);

    static char msgid[1 << 16], plural[1 << 16], msgstr[1 << 16];
    int entries = 0, with_percent = 0, dropped = 0, fuzzy = 0;
    char *p = text;
    while (*p) {
        if (!strncmp(p, "#,", 2)) {
            char *eol = strchr(p, '\n');
            if (eol)
                *eol = '\0';
            fuzzy = strstr(p, "fuzzy") != NULL;
            if (eol)
                *eol = '\n';
        }
        if (strncmp(p, "msgid \"", 7) != 0) {
            char *eol = strchr(p, '\n');
            p = eol ? eol + 1 : p + strlen(p);
            continue;
        }
        msgid[0] = plural[0] = msgstr[0] = '\0';
        p = read_quoted(p, msgid, sizeof msgid);
        if (!strncmp(p, "msgid_plural \"", 14))
            p = read_quoted(p, plural, sizeof plural);
        if (!strncmp(p, "msgstr", 6)) /* msgstr or msgstr[0]: Vietnamese has one form */
            p = read_quoted(p, msgstr, sizeof msgstr);
        while (!strncmp(p, "msgstr[", 7)) /* the other forms, if any */
            p = read_quoted(p, msgstr + strlen(msgstr), 1);
        int used = msgid[0] && msgstr[0] && !fuzzy;
        fuzzy = 0;
        if (!used)
            continue;
        entries++;
        if (strchr(msgid, '%') || strchr(msgstr, '%'))
            with_percent++;
        int ok = i18n_conversions_match(msgid, msgstr) &&
                 (!plural[0] || i18n_conversions_match(plural, msgstr));
        if (!ok) {
            dropped++;
            fprintf(stderr, "po/vi.po: the translation of \"%s\" would be dropped for its conversions\n",
                    msgid);
        }
    }
    free(text);
    /* the catalog was read: thousands of messages, most with a conversion */
    assert_true(entries > 1000);
    assert_true(with_percent > 500);
    assert_int_equal(dropped, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(conversions_as_printf_reads_them),
        cmocka_unit_test(every_msgstr_of_the_catalog_is_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
