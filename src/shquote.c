/* shquote.c - quoting a path for a command khgen prints for the user to
 * run. init printed "khgen check --allow-read my dir/chung plan.yaml",
 * which a shell splits at the space (s30review), while readpolicy.c's
 * KH030 hint quoted by a rule of its own; both now write each path
 * through sh_quote, so a command khgen prints runs as printed, pasted
 * into sh, bash or zsh.
 */
#include "shquote.h"

#include <string.h>

/* The characters a shell leaves alone anywhere in a word. */
static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+/,=";

void sh_quote(Buf *out, const char *s)
{
    if (*s && strspn(s, safe) == strlen(s)) {
        buf_puts(out, s);
        return;
    }
    buf_putc(out, '\'');
    for (const char *c = s; *c; c++) {
        if (*c == '\'')
            buf_puts(out, "'\\''");
        else
            buf_putc(out, *c);
    }
    buf_putc(out, '\'');
}

const char *sh_quoted(Arena *arena, const char *s)
{
    Buf q = {0};
    sh_quote(&q, s);
    const char *word = arena_strdup(arena, buf_str(&q));
    buf_free(&q);
    return word;
}
