/* shquote.c - quoting a path for a command khgen prints for the user to
 * run. init printed "khgen check --allow-read my dir/chung plan.yaml",
 * which a shell splits at the space (s30review), while readpolicy.c's
 * KH030 hint quoted by a rule of its own; both now write each path
 * through sh_quote, so a command khgen prints runs as printed, pasted
 * into sh, bash or zsh. A path that begins with '-' is written
 * "./-draft.docx": a command reads "-draft.docx" as an option (khgen's
 * own hint "khgen import '-draft.docx' ..." failed as printed, s41user).
 */
#include "shquote.h"

#include <string.h>

/* The characters a shell leaves alone anywhere in a word. */
static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+/,=";

/* s as one shell word, in single quotes when always or when a shell
 * would split or expand it. */
static void quote(Buf *out, const char *s, int always)
{
    const char *dot = s[0] == '-' ? "./" : ""; /* never read as an option */
    if (!always && *s && strspn(s, safe) == strlen(s)) {
        buf_puts(out, dot);
        buf_puts(out, s);
        return;
    }
    buf_putc(out, '\'');
    buf_puts(out, dot);
    for (const char *c = s; *c; c++) {
        if (*c == '\'')
            buf_puts(out, "'\\''");
        else
            buf_putc(out, *c);
    }
    buf_putc(out, '\'');
}

void sh_quote(Buf *out, const char *s)
{
    quote(out, s, 0);
}

void sh_quote_always(Buf *out, const char *s)
{
    quote(out, s, 1);
}

const char *sh_quoted(Arena *arena, const char *s)
{
    Buf q = {0};
    sh_quote(&q, s);
    const char *word = arena_strdup(arena, buf_str(&q));
    buf_free(&q);
    return word;
}
