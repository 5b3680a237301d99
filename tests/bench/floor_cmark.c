/* floor_cmark.c - the floor of khgen's HTML: libcmark turning khgen's own
 * Markdown output into HTML.
 *
 *     floor_cmark FILE.md OUT.html
 *
 * Reads the Markdown khgen wrote, renders it with cmark_markdown_to_html
 * (the library khgen links) and writes the HTML. Built and run by
 * tests/bench/bench.py: what rendering the document's text costs at the
 * least.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmark.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: floor_cmark FILE.md OUT.html\n", stderr);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    size_t cap = 1 << 20, len = 0, n;
    char *text = malloc(cap);
    while (text && (n = fread(text + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap)
            text = realloc(text, cap *= 2);
    }
    fclose(f);
    if (!text)
        return 2;
    char *html = cmark_markdown_to_html(text, len, CMARK_OPT_DEFAULT);
    FILE *out = fopen(argv[2], "wb");
    if (!out || fwrite(html, 1, strlen(html), out) != strlen(html) || fclose(out) != 0) {
        perror(argv[2]);
        return 2;
    }
    free(html);
    free(text);
    return 0;
}
