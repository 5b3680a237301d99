/* test_template.c - unit tests of template.c: values, escaping per output
 * format, sections over lists, maps, strings and booleans, inverted
 * sections, lookups through nested contexts, partials (with indentation,
 * extension lookup, the depth limit), the standalone-line rule, syntax
 * errors with their exact diagnostic text, the user's directory before the
 * built-in templates, and wording.yaml overridden key by key.
 *
 * Each test gets a fresh arena, a DiagSink printing into an open_memstream
 * buffer (so the exact diagnostic text can be compared) and a temporary
 * directory for the user's templates, removed afterwards.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "template.h"
#include "util.h"

typedef struct Fixture {
    Arena *arena;
    FILE *diag_file;         /* the sink prints here */
    char *diag_text;         /* open_memstream's buffer */
    size_t diag_size;
    size_t diag_seen;        /* bytes already returned by new_diagnostics */
    DiagSink *diags;
    TemplateSet *set;        /* without a user directory */
    Buf out;
    char dir[64];            /* temporary user directory */
    char *created[16];       /* paths to remove, in creation order */
    int n_created;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    f->arena = arena_new();
    f->diag_file = open_memstream(&f->diag_text, &f->diag_size);
    f->diags = diag_new(f->diag_file);
    f->set = tpl_set_new(f->arena, f->diags, NULL);
    strcpy(f->dir, "/tmp/khgen-test-template-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    for (int i = f->n_created - 1; i >= 0; i--) {
        if (remove(f->created[i]) != 0)
            perror(f->created[i]);
        free(f->created[i]);
    }
    rmdir(f->dir);
    diag_free(f->diags);
    fclose(f->diag_file);
    free(f->diag_text);
    buf_free(&f->out);
    arena_free(f->arena);
    free(f);
    return 0;
}

/* Creates DIR/name (and DIR/subdir for "subdir/name") with content. */
static void write_user_file(Fixture *f, const char *name, const char *content)
{
    char path[256];
    const char *slash = strchr(name, '/');
    if (slash) {
        snprintf(path, sizeof path, "%s/%.*s", f->dir, (int)(slash - name), name);
        if (mkdir(path, 0700) == 0)
            f->created[f->n_created++] = strdup(path);
    }
    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    FILE *file = fopen(path, "w");
    assert_non_null(file);
    fputs(content, file);
    fclose(file);
    f->created[f->n_created++] = strdup(path);
}

/* What the sink printed since the last call, after flushing it. */
static const char *new_diagnostics(Fixture *f)
{
    diag_flush(f->diags);
    fflush(f->diag_file);
    const char *text = f->diag_text ? f->diag_text + f->diag_seen : "";
    f->diag_seen = f->diag_size;
    return text;
}

/* Renders template text (origin "t.md") and returns the output; the render
 * must succeed. */
static const char *render(Fixture *f, const char *template_text, const TValue *ctx, TplEscape escape)
{
    buf_reset(&f->out);
    int result = tpl_render_text(f->set, "t.md", template_text, strlen(template_text), ctx,
                                 escape, &f->out);
    assert_int_equal(result, 0);
    return f->out.data ? f->out.data : "";
}

/* Renders text that must fail; returns the diagnostics. */
static const char *render_fails(Fixture *f, const char *template_text, const TValue *ctx)
{
    buf_reset(&f->out);
    buf_puts(&f->out, "kept");
    int result = tpl_render_text(f->set, "t.md", template_text, strlen(template_text), ctx,
                                 TPL_ESCAPE_NONE, &f->out);
    assert_int_equal(result, -1);
    assert_string_equal(f->out.data, "kept"); /* nothing left behind */
    return new_diagnostics(f);
}

static TValue *string_list(Arena *arena, const char *a, const char *b, const char *c)
{
    TValue *list = tv_list(arena);
    tv_push(arena, list, tv_string(arena, a));
    tv_push(arena, list, tv_string(arena, b));
    if (c)
        tv_push(arena, list, tv_string(arena, c));
    return list;
}

/* ---- values ------------------------------------------------------------ */

static void test_values(void **state)
{
    Fixture *f = *state;
    TValue *map = tv_map(f->arena);
    tv_set_str(f->arena, map, "name", "first");
    tv_set_str(f->arena, map, "name", "Đồng Hưu"); /* replaces */
    assert_int_equal(map->count, 1);
    assert_string_equal(tv_get(map, "name")->str, "Đồng Hưu");
    assert_null(tv_get(map, "other"));
    assert_null(tv_get(NULL, "name"));
    TValue *list = tv_list(f->arena);
    for (int i = 0; i < 20; i++)
        tv_push(f->arena, list, tv_bool(f->arena, i % 2));
    assert_int_equal(list->count, 20);
    assert_int_equal(list->items[19]->truth, 1);
    assert_null(tv_get(list, "name")); /* not a map */
    assert_string_equal(tv_string(f->arena, NULL)->str, "");
}

static void test_variables(void **state)
{
    Fixture *f = *state;
    TValue *ctx = tv_map(f->arena);
    tv_set_str(f->arena, ctx, "name", "Tân Hiệp");
    tv_set_str(f->arena, ctx, "empty", "");
    tv_set(f->arena, ctx, "flag", tv_bool(f->arena, 1));
    assert_string_equal(render(f, "Xã {{name}}, {{ name }}, {{{name}}}, {{&name}}.", ctx,
                               TPL_ESCAPE_HTML),
                        "Xã Tân Hiệp, Tân Hiệp, Tân Hiệp, Tân Hiệp.");
    /* empty strings and booleans print nothing, and are not unknown; a
     * boolean, a list or a map in a value tag warns (KH809, s17attack F3) */
    assert_string_equal(render(f, "[{{empty}}][{{flag}}]", ctx, TPL_ESCAPE_NONE), "[][]");
    const char *diags = new_diagnostics(f);
    assert_non_null(strstr(diags, "warning[KH809]: 'flag' is true or false"));
    assert_null(strstr(diags, "KH801"));
    assert_null(strstr(diags, "'empty'"));
    /* no context at all */
    assert_string_equal(render(f, "plain text, no tags\n", NULL, TPL_ESCAPE_HTML),
                        "plain text, no tags\n");
    /* comments vanish, even over lines */
    assert_string_equal(render(f, "a{{! a comment }}b{{!\n two lines }}c", ctx, TPL_ESCAPE_NONE),
                        "abc");
}

static void test_unknown_name_warns_once(void **state)
{
    Fixture *f = *state;
    TValue *ctx = tv_map(f->arena);
    tv_set_str(f->arena, ctx, "name", "x");
    assert_string_equal(render(f, "Xin chào {{nam}}!", ctx, TPL_ESCAPE_NONE), "Xin chào !");
    assert_string_equal(new_diagnostics(f),
                        "t.md:1:10: warning[KH801]: unknown name 'nam' in template (did you "
                        "mean 'name'?)\n"
                        "    1 | Xin chào {{nam}}!\n"
                        "      |          ^~~~~~~\n");
    /* the same name in the same template again: no second warning */
    assert_string_equal(render(f, "{{nam}} {{nam}}", ctx, TPL_ESCAPE_NONE), " ");
    assert_string_equal(new_diagnostics(f), "");
    /* another name is reported */
    render(f, "line one\n  {{{other.name}}}", ctx, TPL_ESCAPE_NONE);
    assert_string_equal(new_diagnostics(f),
                        "t.md:2:3: warning[KH801]: unknown name 'other.name' in template: check its spelling\n"
                        "    2 |   {{{other.name}}}\n"
                        "      |   ^~~~~~~~~~~~~~~~\n");
    /* a section over a missing name is not a mistake */
    assert_string_equal(render(f, "{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}", ctx,
                               TPL_ESCAPE_NONE),
                        "y");
    assert_string_equal(new_diagnostics(f), "");
    assert_int_equal(diag_warning_count(f->diags), 2);
}

/* ---- the set's lookups and formatted values (s30attack) ---------------- */

/* TplMap: each key found again after the table grew, a key put twice
 * holds the second value, a key never put is NULL (the set's lookups by
 * name, which were lists gone over: 40,000 warnings took 18 s) */
static void test_map(void **state)
{
    Fixture *f = *state;
    TplMap map = {0};
    assert_null(tpl_map_get(&map, "x"));
    static int values[3];
    char *keys[5000];
    for (int i = 0; i < 5000; i++) {
        keys[i] = arena_printf(f->arena, "k%d", i);
        tpl_map_put(f->arena, &map, keys[i], &values[i % 3]);
    }
    for (int i = 0; i < 5000; i++)
        assert_ptr_equal(tpl_map_get(&map, arena_printf(f->arena, "k%d", i)), &values[i % 3]);
    assert_int_equal(map.count, 5000);
    tpl_map_put(f->arena, &map, keys[7], &values[0]);
    assert_ptr_equal(tpl_map_get(&map, "k7"), &values[0]);
    assert_int_equal(map.count, 5000);
    assert_null(tpl_map_get(&map, "k5000"));
    assert_null(tpl_map_get(&map, ""));
    /* tpl_map_find: a key of parts a, b, '\x1f', name, found; a missing
     * one given back in *key, the same bytes; a key longer than the
     * look-up's 512 bytes on the stack the same (s32mut: the heap copy one
     * byte short, its '\0' past the end, which only the sanitizers see) */
    const char *key = NULL;
    tpl_map_put(f->arena, &map, "ab\x1fname", &values[1]);
    assert_ptr_equal(tpl_map_find(f->arena, &map, "a", "b", "name", &key), &values[1]);
    assert_null(tpl_map_find(f->arena, &map, "a", "b", "other", &key));
    assert_string_equal(key, "ab\x1fother");
    char big[700];
    memset(big, 'n', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_null(tpl_map_find(f->arena, &map, "a", "b", big, &key));
    assert_int_equal(strlen(key), 3 + sizeof big - 1);
    tpl_map_put(f->arena, &map, key, &values[2]);
    key = NULL;
    assert_ptr_equal(tpl_map_find(f->arena, &map, "a", "b", big, &key), &values[2]);
    assert_null(key);
}

/* KH812: a value tag over a value already formatted for the page warns,
 * once per name; three braces, plain text and no escaping do not */
static void test_markup_in_value_tag(void **state)
{
    Fixture *f = *state;
    TValue *ctx = tv_map(f->arena);
    tv_set_markup(f->arena, ctx, "body", "**I. MỤC TIÊU**", TV_MARKDOWN);
    tv_set_markup(f->arena, ctx, "body_html", "<p>a</p>", TV_HTML);
    tv_set_str(f->arena, ctx, "title", "Kế hoạch *năm*");
    assert_string_equal(render(f, "{{body}}", ctx, TPL_ESCAPE_MARKDOWN), "\\*\\*I. MỤC TIÊU\\*\\*");
    const char *d = new_diagnostics(f);
    assert_non_null(strstr(d, "t.md:1:1: warning[KH812]: 'body' is Markdown already"));
    render(f, "{{body}}", ctx, TPL_ESCAPE_MARKDOWN); /* once per name and template */
    assert_string_equal(new_diagnostics(f), "");
    assert_string_equal(render(f, "{{{body}}} {{title}}", ctx, TPL_ESCAPE_MARKDOWN),
                        "**I. MỤC TIÊU** Kế hoạch \\*năm\\*");
    render(f, "{{body_html}}", ctx, TPL_ESCAPE_NONE);
    render(f, "{{{body_html}}}", ctx, TPL_ESCAPE_HTML);
    assert_string_equal(new_diagnostics(f), "");
    assert_string_equal(render(f, "x {{body_html}}", ctx, TPL_ESCAPE_HTML), "x &lt;p&gt;a&lt;/p&gt;");
    assert_non_null(strstr(new_diagnostics(f), "t.md:1:3: warning[KH812]: 'body_html' is HTML already"));
}

/* KH813: a raw tag over plain text in a page's template warns, once per
 * name; over markup, or where nothing is escaped (wording), it does not */
static void test_raw_tag_over_text(void **state)
{
    Fixture *f = *state;
    TValue *ctx = tv_map(f->arena);
    tv_set_str(f->arena, ctx, "title", "A <b> & B");
    tv_set_markup(f->arena, ctx, "body_html", "<p>a</p>", TV_HTML);
    new_diagnostics(f);
    assert_string_equal(render(f, "<h1>{{{title}}}</h1>", ctx, TPL_ESCAPE_HTML), "<h1>A <b> & B</h1>");
    assert_non_null(strstr(new_diagnostics(f), "t.md:1:5: warning[KH813]: 'title' is plain text"));
    render(f, "{{{title}}}", ctx, TPL_ESCAPE_HTML); /* once per name and template */
    assert_string_equal(new_diagnostics(f), "");
    render(f, "{{{body_html}}} {{title}}", ctx, TPL_ESCAPE_HTML);
    render(f, "{{{title}}}", ctx, TPL_ESCAPE_NONE);
    assert_string_equal(new_diagnostics(f), "");
}

/* ---- escaping ---------------------------------------------------------------- */

static void test_escape_html(void **state)
{
    Fixture *f = *state;
    TValue *ctx = tv_map(f->arena);
    tv_set_str(f->arena, ctx, "v", "<script>alert('x') & \"y\"</script>");
    assert_string_equal(render(f, "{{v}}", ctx, TPL_ESCAPE_HTML),
                        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    assert_string_equal(render(f, "{{{v}}}", ctx, TPL_ESCAPE_HTML),
                        "<script>alert('x') & \"y\"</script>");
    assert_string_equal(render(f, "{{&v}}", ctx, TPL_ESCAPE_HTML),
                        "<script>alert('x') & \"y\"</script>");
    assert_string_equal(render(f, "{{v}}", ctx, TPL_ESCAPE_NONE),
                        "<script>alert('x') & \"y\"</script>");
    /* the template's own text is never escaped */
    assert_string_equal(render(f, "<b>{{v}}</b>", NULL, TPL_ESCAPE_HTML), "<b></b>");
}

static void test_escape_markdown(void **state)
{
    Fixture *f = *state;
    TValue *ctx = tv_map(f->arena);
    tv_set_str(f->arena, ctx, "em", "*x*");
    tv_set_str(f->arena, ctx, "all", "\\ ` * _ [a](b) <i> # 1.5");
    tv_set_str(f->arena, ctx, "heading", "# Tiêu đề");
    tv_set_str(f->arena, ctx, "indented", "  ## two");
    tv_set_str(f->arena, ctx, "lines", "one\n# two\nthree # four");
    tv_set_str(f->arena, ctx, "plain", "Đồng Hưu - Tân Hiệp, 16,9%; (a) 2.29 + 1");
    assert_string_equal(render(f, "{{em}}", ctx, TPL_ESCAPE_MARKDOWN), "\\*x\\*");
    assert_string_equal(render(f, "{{all}}", ctx, TPL_ESCAPE_MARKDOWN),
                        "\\\\ \\` \\* \\_ \\[a\\](b) \\<i\\> # 1.5");
    assert_string_equal(render(f, "{{heading}}", ctx, TPL_ESCAPE_MARKDOWN), "\\# Tiêu đề");
    assert_string_equal(render(f, "{{indented}}", ctx, TPL_ESCAPE_MARKDOWN), "\\## two");
    /* nor a list, a rule or a fence where the template places it (attack
     * H1: "- {{.}}" with "~~~" printed the rest of the document as code) */
    tv_set_str(f->arena, ctx, "starts", "- a");
    assert_string_equal(render(f, "- {{starts}}", ctx, TPL_ESCAPE_MARKDOWN), "- \\- a");
    tv_set_str(f->arena, ctx, "starts", "   1. a 2. b");
    assert_string_equal(render(f, "{{starts}}", ctx, TPL_ESCAPE_MARKDOWN), "1\\. a 2. b");
    tv_set_str(f->arena, ctx, "starts", "~~~ + = 1.5");
    assert_string_equal(render(f, "{{starts}}", ctx, TPL_ESCAPE_MARKDOWN), "\\~~~ + = 1.5");
    tv_set_str(f->arena, ctx, "starts", "  X");
    assert_string_equal(render(f, "*{{starts}}*", ctx, TPL_ESCAPE_MARKDOWN), "*X*");
    /* a value is one line of the document: its line breaks are spaces (a
     * "\n\n# two" once ended the title's bold and started a heading) */
    assert_string_equal(render(f, "{{lines}}", ctx, TPL_ESCAPE_MARKDOWN),
                        "one # two three # four");
    tv_set_str(f->arena, ctx, "breaks", "\nT\n\n# H1\r\n- item\n");
    assert_string_equal(render(f, "**{{breaks}}**", ctx, TPL_ESCAPE_MARKDOWN),
                        "**T # H1 - item**");
    assert_string_equal(render(f, "{{plain}}", ctx, TPL_ESCAPE_MARKDOWN),
                        "Đồng Hưu - Tân Hiệp, 16,9%; (a) 2.29 + 1");
    assert_string_equal(render(f, "**{{{em}}}**", ctx, TPL_ESCAPE_MARKDOWN), "***x***");
}

/* ---- sections ------------------------------------------------------------ */

static void test_sections(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    TValue *ctx = tv_map(a);
    tv_set(a, ctx, "names", string_list(a, "Đồng Hưu", "Tân Hiệp", "Xuân Lương"));
    tv_set(a, ctx, "none", tv_list(a));
    tv_set(a, ctx, "yes", tv_bool(a, 1));
    tv_set(a, ctx, "no", tv_bool(a, 0));
    tv_set_str(a, ctx, "text", "có");
    tv_set_str(a, ctx, "blank", "");
    TValue *unit = tv_map(a);
    tv_set_str(a, unit, "name", "Phòng Tài chính - Kế hoạch");
    tv_set_str(a, unit, "short", "TC-KH");
    tv_set(a, ctx, "unit", unit);
    TValue *rows = tv_list(a);
    for (int i = 0; i < 2; i++) {
        TValue *row = tv_map(a);
        tv_set_str(a, row, "id", i == 0 ? "1" : "2");
        tv_push(a, rows, row);
    }
    tv_set(a, ctx, "rows", rows);

    assert_string_equal(render(f, "{{#names}}[{{.}}]{{/names}}", ctx, TPL_ESCAPE_NONE),
                        "[Đồng Hưu][Tân Hiệp][Xuân Lương]");
    assert_string_equal(render(f, "{{#rows}}<{{id}}>{{/rows}}", ctx, TPL_ESCAPE_NONE), "<1><2>");
    assert_string_equal(render(f, "{{#unit}}{{name}} ({{short}}){{/unit}}", ctx, TPL_ESCAPE_NONE),
                        "Phòng Tài chính - Kế hoạch (TC-KH)");
    assert_string_equal(render(f, "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}", ctx, TPL_ESCAPE_NONE), "Y");
    assert_string_equal(render(f, "{{#text}}<{{.}}>{{/text}}{{#blank}}B{{/blank}}", ctx,
                               TPL_ESCAPE_NONE),
                        "<có>");
    assert_string_equal(render(f, "{{#none}}x{{/none}}{{#missing}}y{{/missing}}", ctx,
                               TPL_ESCAPE_NONE),
                        "");
    /* inverted: missing, false, empty string, empty list; not a map */
    assert_string_equal(render(f,
                               "{{^missing}}1{{/missing}}{{^no}}2{{/no}}{{^blank}}3{{/blank}}"
                               "{{^none}}4{{/none}}{{^unit}}5{{/unit}}{{^yes}}6{{/yes}}"
                               "{{^names}}7{{/names}}{{^text}}8{{/text}}",
                               ctx, TPL_ESCAPE_NONE),
                        "1234");
    /* a list item that is a string, escaped like a value */
    TValue *marks = tv_map(a);
    tv_set(a, marks, "items", string_list(a, "a*b", "<c>", NULL));
    assert_string_equal(render(f, "{{#items}}{{.}};{{/items}}", marks, TPL_ESCAPE_MARKDOWN),
                        "a\\*b;\\<c\\>;");
}

static void test_nested_contexts(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    TValue *ctx = tv_map(a);
    tv_set_str(a, ctx, "year", "2024");
    tv_set_str(a, ctx, "name", "outer");
    TValue *header = tv_map(a);
    TValue *issuer = tv_map(a);
    tv_set_str(a, issuer, "short", "UBND huyện Yên Thế");
    tv_set(a, header, "issuer", issuer);
    tv_set(a, ctx, "header", header);
    TValue *items = tv_list(a);
    TValue *item = tv_map(a);
    tv_set_str(a, item, "name", "inner");
    tv_push(a, items, item);
    tv_set(a, ctx, "items", items);

    /* outer names are visible inside, inner names shadow outer ones */
    assert_string_equal(render(f, "{{#items}}{{name}} {{year}}{{/items}} {{name}}", ctx,
                               TPL_ESCAPE_NONE),
                        "inner 2024 outer");
    /* dotted names, from inside a section too */
    assert_string_equal(render(f, "{{header.issuer.short}}|{{#items}}{{header.issuer.short}}{{/items}}",
                               ctx, TPL_ESCAPE_NONE),
                        "UBND huyện Yên Thế|UBND huyện Yên Thế");
    assert_string_equal(render(f, "{{#header.issuer}}{{short}}{{/header.issuer}}", ctx,
                               TPL_ESCAPE_NONE),
                        "UBND huyện Yên Thế");
    /* once the first part is found, the rest must be inside it: header has
     * no "year", and the outer "year" is not used */
    assert_string_equal(render(f, "[{{header.year}}]", ctx, TPL_ESCAPE_NONE), "[]");
    assert_string_equal(new_diagnostics(f),
                        "t.md:1:2: warning[KH801]: unknown name 'header.year' in template: check its spelling\n"
                        "    1 | [{{header.year}}]\n"
                        "      |  ^~~~~~~~~~~~~~~\n");
    /* nested lists: {{.}} is the innermost item */
    TValue *grid = tv_map(a);
    TValue *outer_list = tv_list(a);
    tv_push(a, outer_list, string_list(a, "1", "2", NULL));
    tv_push(a, outer_list, string_list(a, "3", "4", NULL));
    tv_set(a, grid, "rows", outer_list);
    assert_string_equal(render(f, "{{#rows}}({{#.}}{{.}}{{/.}}){{/rows}}", grid, TPL_ESCAPE_NONE),
                        "(12)(34)");
}

/* ---- the standalone-line rule ------------------------------------------- */

static void test_standalone_lines(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    TValue *ctx = tv_map(a);
    tv_set(a, ctx, "list", string_list(a, "a", "b", NULL));
    tv_set_str(a, ctx, "name", "N");

    assert_string_equal(render(f, "Begin\n{{#list}}\n- {{.}}\n{{/list}}\nEnd\n", ctx, TPL_ESCAPE_NONE),
                        "Begin\n- a\n- b\nEnd\n");
    /* blanks around the tag go with the line */
    assert_string_equal(render(f, "Begin\n  {{#list}}  \n- {{.}}\n\t{{/list}}\nEnd\n", ctx,
                               TPL_ESCAPE_NONE),
                        "Begin\n- a\n- b\nEnd\n");
    /* comments and inverted sections too; CRLF lines; a last line with no
     * line break */
    assert_string_equal(render(f, "A\r\n{{! note }}\r\n{{^list}}\r\nnone\r\n{{/list}}\r\nB\r\n{{! end }}",
                               ctx, TPL_ESCAPE_NONE),
                        "A\r\nB\r\n");
    assert_string_equal(render(f, "{{! first line }}\nA\n  {{! last line }}", ctx, TPL_ESCAPE_NONE),
                        "A\n");
    /* not standalone: a value tag, other text on the line, two tags */
    assert_string_equal(render(f, "{{name}}\nx\n", ctx, TPL_ESCAPE_NONE), "N\nx\n");
    assert_string_equal(render(f, "A {{#list}}{{.}}{{/list}}\nB\n", ctx, TPL_ESCAPE_NONE),
                        "A ab\nB\n");
    assert_string_equal(render(f, "{{#list}}{{/list}}\nB\n", ctx, TPL_ESCAPE_NONE), "\nB\n");
    assert_string_equal(render(f, "| {{#list}}\n{{.}}\n{{/list}} |\n", ctx, TPL_ESCAPE_NONE),
                        "| \na\n\nb\n |\n");
}

/* ---- partials and the template set --------------------------------------- */

static void test_partials(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    write_user_file(f, "item.md", "[{{.}}]\n");
    write_user_file(f, "block.md", "|\n{{{content}}}\n|\n");
    write_user_file(f, "parts/sign.md", "{{#signer}}{{name}}{{/signer}}");
    TemplateSet *set = tpl_set_new(a, f->diags, f->dir);

    TValue *ctx = tv_map(a);
    tv_set(a, ctx, "list", string_list(a, "a", "b", NULL));
    tv_set_str(a, ctx, "content", "<\n->");
    TValue *signer = tv_map(a);
    tv_set_str(a, signer, "name", "Nguyễn Văn A");
    tv_set(a, ctx, "signer", signer);

    const char *main_md = "{{#list}}\n  {{>item}}\n{{/list}}\n{{>parts/sign.md}}\n";
    Buf out = {0};
    assert_int_equal(tpl_render_text(set, "main.md", main_md, strlen(main_md), ctx,
                                     TPL_ESCAPE_NONE, &out), 0);
    /* item.md found through main.md's extension, indented by the blanks
     * before the standalone tag; the partial sees the list item */
    assert_string_equal(out.data, "  [a]\n  [b]\nNguyễn Văn A");

    /* indentation applies to the partial's lines, not to a value's lines */
    buf_reset(&out);
    const char *indented = "\\\n {{>block.md}}\n/\n";
    assert_int_equal(tpl_render_text(set, "main.md", indented, strlen(indented), ctx,
                                     TPL_ESCAPE_NONE, &out), 0);
    assert_string_equal(out.data, "\\\n |\n <\n->\n |\n/\n");

    /* inline partial: no indentation */
    buf_reset(&out);
    const char *inline_partial = "x {{>item.md}}y";
    assert_int_equal(tpl_render_text(set, "main.md", inline_partial, strlen(inline_partial), tv_string(a, "z"),
                                     TPL_ESCAPE_NONE, &out), 0);
    assert_string_equal(out.data, "x [z]\ny");
    assert_string_equal(new_diagnostics(f), "");
    buf_free(&out);
}

static void test_partial_errors(void **state)
{
    Fixture *f = *state;
    write_user_file(f, "self.md", "again: {{>self.md}}");
    write_user_file(f, "broken.md", "ok\n{{#a}}\n");
    f->set = tpl_set_new(f->arena, f->diags, f->dir);

    assert_string_equal(render_fails(f, "A\n{{>nothere}}\n", NULL),
                        "t.md:2:1: error[KH804]: partial 'nothere' not found "
                        "(no template 'nothere' or 'nothere.md'): check its name\n"
                        "    2 | {{>nothere}}\n"
                        "      | ^~~~~~~~~~~~\n");
    assert_string_equal(render_fails(f, "{{>../etc/passwd}}", NULL),
                        "t.md:1:1: error[KH804]: partial '../etc/passwd' not found "
                        "(no template '../etc/passwd' or '../etc/passwd.md'): check its name\n"
                        "    1 | {{>../etc/passwd}}\n"
                        "      | ^~~~~~~~~~~~~~~~~~\n");
    char expected[512];
    snprintf(expected, sizeof expected,
             "%s/self.md:1:8: error[KH805]: partial 'self.md' is nested more than 32 deep"
             ": check that it does not include itself\n"
             "    1 | again: {{>self.md}}\n"
             "      |        ^~~~~~~~~~~~\n",
             f->dir);
    assert_string_equal(render_fails(f, "{{>self.md}}", NULL), expected);
    /* a partial with a syntax error: reported once, in the partial's file */
    snprintf(expected, sizeof expected,
             "%s/broken.md:2:1: error[KH803]: section 'a' is never closed (no '{{/a}}'): add it\n"
             "    2 | {{#a}}\n"
             "      | ^~~~~~\n",
             f->dir);
    assert_string_equal(render_fails(f, "{{>broken.md}}", NULL), expected);
    assert_string_equal(render_fails(f, "{{>broken.md}}", NULL), "");
}

/* KH807 bounds what a template multiplies, not the plan's own size: a
 * value written once may be larger than the cap (a national plan's body in
 * plan.html), the same value under a list of two is refused, and so are
 * steps over the cap from nested lists of three items, a step being a tag
 * or a section a name is looked up through. */
static void test_expansion_cap(void **state)
{
    Fixture *f = *state;
    f->set = tpl_set_new(f->arena, f->diags, NULL);
    size_t big = ((size_t)64 << 20) + 4096; /* over the 64 MiB cap */
    char *body = malloc(big + 1);
    assert_non_null(body);
    memset(body, 'x', big);
    body[big] = '\0';
    TValue *ctx = tv_map(f->arena);
    tv_set(f->arena, ctx, "body", tv_string(f->arena, body));
    tv_set(f->arena, ctx, "two", string_list(f->arena, "a", "b", NULL));
    tv_set(f->arena, ctx, "three", string_list(f->arena, "a", "b", "c"));
    tv_set_str(f->arena, ctx, "end", "END");
    const char *out = render(f, "<{{body}}>{{end}}", ctx, TPL_ESCAPE_NONE);
    assert_int_equal(strlen(out), big + 5);
    assert_string_equal(out + big + 1, ">END");
    assert_string_equal(new_diagnostics(f), "");
    assert_non_null(strstr(render_fails(f, "{{#two}}{{body}}{{/two}}{{end}}", ctx), "KH807"));
    buf_free(&f->out);
    free(body);
    /* 3^12 = 531,441 repeats of a one-byte text: the step cap, in no time */
    char nested[512] = "";
    for (int i = 0; i < 12; i++)
        strcat(nested, "{{#three}}");
    strcat(nested, "y");
    for (int i = 0; i < 12; i++)
        strcat(nested, "{{/three}}");
    assert_non_null(strstr(render_fails(f, nested, ctx), "error[KH807]"));
    /* a name looked up from inside nested sections costs a step for each
     * section it is looked for in: 3^10 = 59,049 lookups of a name that is
     * in none of them, through ten sections each, are over the cap, though
     * the tags visited (about 90,000) are not */
    strcpy(nested, "\n"); /* on a line of its own: the sink says a message once a line */
    for (int i = 0; i < 10; i++)
        strcat(nested, "{{#three}}");
    strcat(nested, "{{nowhere}}");
    for (int i = 0; i < 10; i++)
        strcat(nested, "{{/three}}");
    assert_non_null(strstr(render_fails(f, nested, ctx), "error[KH807]"));
    /* the same nesting with the name at hand in the innermost section */
    nested[0] = '\0';
    for (int i = 0; i < 6; i++)
        strcat(nested, "{{#three}}");
    strcat(nested, "{{.}}");
    for (int i = 0; i < 6; i++)
        strcat(nested, "{{/three}}");
    assert_int_equal(strlen(render(f, nested, ctx, TPL_ESCAPE_NONE)), 729);
}

static void test_set_user_dir_and_fallback(void **state)
{
    Fixture *f = *state;
    size_t len = 0;
    const char *origin = NULL;
    /* built-in only */
    const char *text = tpl_set_text(f->set, "wording.yaml", &len, &origin);
    assert_non_null(text);
    assert_string_equal(origin, "templates/wording.yaml");
    assert_int_equal(len, strlen(text));
    assert_non_null(strstr(text, "task_lead_label:"));
    assert_null(tpl_set_text(f->set, "no-such-template.md", &len, &origin));
    assert_null(tpl_set_text(f->set, "../Makefile", &len, &origin));
    assert_null(tpl_set_text(f->set, "/etc/passwd", &len, &origin));

    /* a user directory: its files first, the rest built-in */
    write_user_file(f, "own.md", "own {{x}}\n");
    char dir_with_slash[80];
    snprintf(dir_with_slash, sizeof dir_with_slash, "%s/", f->dir);
    TemplateSet *set = tpl_set_new(f->arena, f->diags, dir_with_slash);
    text = tpl_set_text(set, "own.md", &len, &origin);
    assert_non_null(text);
    assert_string_equal(text, "own {{x}}\n");
    assert_int_equal(len, 10);
    char expected_origin[128];
    snprintf(expected_origin, sizeof expected_origin, "%s/own.md", f->dir);
    assert_string_equal(origin, expected_origin);
    text = tpl_set_text(set, "wording.yaml", &len, &origin);
    assert_non_null(text);
    assert_string_equal(origin, "templates/wording.yaml");

    /* the user's copy overrides the built-in one of the same name */
    write_user_file(f, "wording.yaml", "motto: \"Khẩu hiệu\"\n");
    TemplateSet *set2 = tpl_set_new(f->arena, f->diags, f->dir);
    text = tpl_set_text(set2, "wording.yaml", &len, &origin);
    assert_string_equal(text, "motto: \"Khẩu hiệu\"\n");

    /* a user file in NFD is read as NFC */
    write_user_file(f, "nfd.md", "Hie\xCC\xA3\xCC\x82p");
    assert_string_equal(tpl_set_text(set2, "nfd.md", &len, &origin), "Hiệp");
    assert_int_equal(len, strlen("Hiệp"));

    /* tpl_render of a file, and of a missing one */
    Buf out = {0};
    TValue *ctx = tv_map(f->arena);
    tv_set_str(f->arena, ctx, "x", "<1>");
    assert_int_equal(tpl_render(set, "own.md", ctx, TPL_ESCAPE_HTML, &out), 0);
    assert_string_equal(out.data, "own &lt;1&gt;\n");
    assert_int_equal(tpl_render(f->set, "nope.md", ctx, TPL_ESCAPE_HTML, &out), -1);
    assert_string_equal(out.data, "own &lt;1&gt;\n");
    assert_string_equal(new_diagnostics(f),
                        "khgen: error[KH804]: template 'nope.md' not found in the built-in templates: check its name\n");
    buf_free(&out);
}

/* ---- syntax errors ---------------------------------------------------------- */

static void test_syntax_errors(void **state)
{
    Fixture *f = *state;
    assert_string_equal(render_fails(f, "Số: {{number}}\nNgày {{date", NULL),
                        "t.md:2:6: error[KH803]: unclosed tag '{{': no '}}' follows: close it\n"
                        "    2 | Ngày {{date\n"
                        "      |      ^~\n");
    assert_string_equal(render_fails(f, "a {{name b}}", NULL),
                        "t.md:1:3: error[KH803]: invalid name 'name b' (letters, digits, '_', '-' "
                        "and '.' only): rename it\n"
                        "    1 | a {{name b}}\n"
                        "      |   ^~~~~~~~~~\n");
    assert_string_equal(render_fails(f, "{{#bases}}\n  {{text}}\n{{/basis}}\n", NULL),
                        "t.md:3:1: error[KH803]: section 'bases' is closed by '{{/basis}}': close it by its own name\n"
                        "    3 | {{/basis}}\n"
                        "      | ^~~~~~~~~~\n"
                        "t.md:1:1: note: section 'bases' opened here\n"
                        "    1 | {{#bases}}\n"
                        "      | ^\n");
    assert_string_equal(render_fails(f, "x {{%pragma}}", NULL),
                        "t.md:1:3: error[KH803]: unknown tag kind '%' in '{{%pragma}}': "
                        "use one of # ^ / > ! & { or a name\n"
                        "    1 | x {{%pragma}}\n"
                        "      |   ^~~~~~~~~~~\n");
    assert_string_equal(render_fails(f, "ok\n\tthen {{/a}}", NULL),
                        "t.md:2:7: error[KH803]: '{{/a}}' closes no open section: delete it, or open the section before it\n"
                        "    2 | \tthen {{/a}}\n"
                        "      | \t     ^~~~~~\n");
    assert_string_equal(render_fails(f, "{{#a}}{{#b}}{{/b}}", NULL),
                        "t.md:1:1: error[KH803]: section 'a' is never closed (no '{{/a}}'): add it\n"
                        "    1 | {{#a}}{{#b}}{{/b}}\n"
                        "      | ^~~~~~\n");
    assert_string_equal(render_fails(f, "{{{raw}}", NULL),
                        "t.md:1:1: error[KH803]: tag '{{{' is closed by '}}' instead of '}}}': add the third '}'\n"
                        "    1 | {{{raw}}\n"
                        "      | ^~~~~~~~\n");
    assert_string_equal(render_fails(f, "a {{ }} b", NULL),
                        "t.md:1:3: error[KH803]: empty tag '{{ }}': write a name in it, or delete it\n"
                        "    1 | a {{ }} b\n"
                        "      |   ^~~~~\n");
    assert_string_equal(render_fails(f, "{{=<% %>=}}", NULL),
                        "t.md:1:1: error[KH803]: set-delimiter tags '{{=...=}}' are not supported: write the tags with '{{' and '}}'\n"
                        "    1 | {{=<% %>=}}\n"
                        "      | ^~~~~~~~~~~\n");
    assert_string_equal(render_fails(f, "{{a {{b}}", NULL),
                        "t.md:1:1: error[KH803]: unclosed tag '{{' before the next '{{': close it with '}}'\n"
                        "    1 | {{a {{b}}\n"
                        "      | ^~\n");
    assert_string_equal(render_fails(f, "ok \xFF", NULL),
                        "t.md:1:4: error[KH803]: the template is not valid UTF-8: re-save it as UTF-8\n"
                        "    1 | ok \xEF\xBF\xBD\n"
                        "      |    ^\n");
    assert_int_equal(diag_error_count(f->diags), 11);
}

/* ---- wording ------------------------------------------------------------- */

static void test_wording_builtin(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    assert_string_equal(tpl_wording(f->set, "task_lead_label"), "Phụ trách tiêu chí");
    assert_string_equal(tpl_wording(f->set, "motto"), "Độc lập - Tự do - Hạnh phúc");
    assert_string_equal(tpl_wording(f->set, "support_join"), " phối hợp với ");

    const char *basis = tpl_wording(f->set, "basis");
    assert_non_null(basis);
    TValue *ctx = tv_map(a);
    tv_set_str(a, ctx, "kind", "Quyết định");
    tv_set_str(a, ctx, "number", "263/QĐ-TTg");
    tv_set_str(a, ctx, "date", "22/02/2022");
    tv_set_str(a, ctx, "issuer", "Thủ tướng Chính phủ");
    tv_set_str(a, ctx, "subject", "phê duyệt Chương trình");
    Buf out = {0};
    assert_int_equal(tpl_render_text(f->set, "wording:basis", basis, strlen(basis), ctx,
                                     TPL_ESCAPE_MARKDOWN, &out), 0);
    assert_string_equal(out.data, "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng "
                                  "Chính phủ phê duyệt Chương trình");
    buf_reset(&out);
    tv_set_str(a, ctx, "subject", "");
    assert_int_equal(tpl_render_text(f->set, "wording:basis", basis, strlen(basis), ctx,
                                     TPL_ESCAPE_MARKDOWN, &out), 0);
    assert_string_equal(out.data, "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng "
                                  "Chính phủ");

    /* every key the brief fixed exists */
    static const char *const keys[] = {
        "basis", "basis_no_date", "attachment_ref", "task_lead_label", "task_due_label",
        "task_lead_line", "task_due_line", "support_join", "assign_line", "due_date",
        "due_month", "due_quarter", "due_half1", "due_half2", "due_year", "due_ongoing",
        "due_ongoing_school_year", "due_ongoing_years",
        "due_before", "attachment_under_title", "recipients_title", "national_name",
        "motto", "doc_kind"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        assert_non_null(tpl_wording(f->set, keys[i]));

    /* a missing key: KH802, once */
    assert_null(tpl_wording(f->set, "no_such_key"));
    assert_null(tpl_wording(f->set, "no_such_key"));
    assert_string_equal(new_diagnostics(f),
                        "khgen: error[KH802]: no wording for key 'no_such_key' in the built-in "
                        "templates/wording.yaml: add it to a wording.yaml given with --templates\n");
    buf_free(&out);
}

static void test_wording_override(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    write_user_file(f, "wording.yaml",
                    "# a province's changes\n"
                    "task_due_label: \"Thời hạn hoàn thành\"\n"
                    "due_quarter: \"Quý {{quarter}} năm {{year}}\"\n"
                    "task_lead_lable: \"typo\"\n");
    TemplateSet *set = tpl_set_new(a, f->diags, f->dir);
    /* overridden keys, and the others from the built-in file */
    assert_string_equal(tpl_wording(set, "task_due_label"), "Thời hạn hoàn thành");
    assert_string_equal(tpl_wording(set, "task_lead_label"), "Phụ trách tiêu chí");
    assert_string_equal(tpl_wording(set, "recipients_title"), "Nơi nhận:");
    char expected[512];
    snprintf(expected, sizeof expected,
             "%s/wording.yaml:4:1: warning[KH806]: unknown wording key 'task_lead_lable' "
             "(did you mean 'task_lead_label'?)\n"
             "    4 | task_lead_lable: \"typo\"\n"
             "      | ^~~~~~~~~~~~~~~\n",
             f->dir);
    assert_string_equal(new_diagnostics(f), expected);

    const char *quarter = tpl_wording(set, "due_quarter");
    TValue *ctx = tv_map(a);
    tv_set_str(a, ctx, "quarter", "IV");
    tv_set_str(a, ctx, "year", "2024");
    Buf out = {0};
    assert_int_equal(tpl_render_text(set, "wording:due_quarter", quarter, strlen(quarter), ctx,
                                     TPL_ESCAPE_HTML, &out), 0);
    assert_string_equal(out.data, "Quý IV năm 2024");
    buf_free(&out);

    /* a missing key names both files */
    assert_null(tpl_wording(set, "nothing"));
    snprintf(expected, sizeof expected,
             "khgen: error[KH802]: no wording for key 'nothing' in '%s/wording.yaml' or the "
             "built-in templates/wording.yaml: add it to the wording file\n",
             f->dir);
    assert_string_equal(new_diagnostics(f), expected);
}

static void test_wording_errors_point_into_yaml(void **state)
{
    Fixture *f = *state;
    Arena *a = f->arena;
    write_user_file(f, "wording.yaml",
                    "motto: \"Độc lập {{#x}}\"\n"
                    "doc_kind: \"KẾ {{kind}} HOẠCH\"\n");
    TemplateSet *set = tpl_set_new(a, f->diags, f->dir);
    const char *motto = tpl_wording(set, "motto");
    Buf out = {0};
    assert_int_equal(tpl_render_text(set, "wording:motto", motto, strlen(motto), NULL,
                                     TPL_ESCAPE_NONE, &out), -1);
    char expected[512];
    snprintf(expected, sizeof expected,
             "%s/wording.yaml:1:17: error[KH803]: section 'x' is never closed (no '{{/x}}'): add it\n"
             "    1 | motto: \"Độc lập {{#x}}\"\n"
             "      |                 ^~~~~~\n",
             f->dir);
    assert_string_equal(new_diagnostics(f), expected);
    /* rendered again: the error is not repeated */
    assert_int_equal(tpl_render_text(set, "wording:motto", motto, strlen(motto), NULL,
                                     TPL_ESCAPE_NONE, &out), -1);
    assert_string_equal(new_diagnostics(f), "");

    /* an unknown name, at its place in the YAML file */
    const char *kind = tpl_wording(set, "doc_kind");
    assert_int_equal(tpl_render_text(set, "wording:doc_kind", kind, strlen(kind), tv_map(a),
                                     TPL_ESCAPE_NONE, &out), 0);
    assert_string_equal(out.data, "KẾ  HOẠCH");
    snprintf(expected, sizeof expected,
             "%s/wording.yaml:2:15: warning[KH801]: unknown name 'kind' in template: check its spelling\n"
             "    2 | doc_kind: \"KẾ {{kind}} HOẠCH\"\n"
             "      |               ^~~~~~~~\n",
             f->dir);
    assert_string_equal(new_diagnostics(f), expected);
    buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_variables, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_name_warns_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_map, setup, teardown),
        cmocka_unit_test_setup_teardown(test_raw_tag_over_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_markup_in_value_tag, setup, teardown),
        cmocka_unit_test_setup_teardown(test_escape_html, setup, teardown),
        cmocka_unit_test_setup_teardown(test_escape_markdown, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sections, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nested_contexts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_standalone_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partials, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partial_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_set_user_dir_and_fallback, setup, teardown),
        cmocka_unit_test_setup_teardown(test_syntax_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_expansion_cap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wording_builtin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wording_override, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wording_errors_point_into_yaml, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
