/* catcode.c - what a criterion's or an indicator's code looks like.
 *
 * One grammar for every place a code is written: a catalog's criteria and
 * indicators (catalog.c, KH414), and a plan's {crit}, `criteria`,
 * `indicators`, criteria= and `where` (plan_find_criterion finds nothing
 * outside it; catalog_code_problem says what the code breaks, KH402).
 * Until session 38 a task's list read codes by one rule, {crit} and the
 * figures by none and a catalog by a third: "8.", "8.0", "8.01" and
 * "8.1.1" passed in {crit} while "08" was an error (s37slip L2). Below
 * plan.c and catalog.c, which both ask it; no state, nothing allocated.
 */
#include "catcode.h"

#include <string.h>

CodeForm catalog_code_form(const char *code, char *fixed, size_t size)
{
    size_t len = strlen(code), n = 0;
    if (size)
        fixed[0] = '\0';
    if (!len || strspn(code, "0123456789abcdefghijklmnopqrstuvwxyz"
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") != len)
        return CODE_CHARS;
    const char *dot = strchr(code, '.');
    if (dot && (dot == code || !dot[1] || dot[1] == '.')) {
        /* "8." (a criterion's code with a stray dot) is criterion 8 */
        if (dot + 1 == code + len && len < size && len > 1) {
            memcpy(fixed, code, len - 1);
            fixed[len - 1] = '\0';
        }
        return CODE_DOT;
    }
    if (dot && strchr(dot + 1, '.'))
        return CODE_DOTS;
    CodeForm form = CODE_OK;
    int fits = 1; /* the code meant fits in fixed: else none is named */
    for (const char *w = code; *w;) { /* each word: one number or not */
        size_t wl = strcspn(w, "."), digits = strspn(w, "0123456789");
        size_t zeros = strspn(w, "0");
        const char *from = w;
        if (digits == wl && zeros == wl)
            form = CODE_ZERO;
        else if (digits == wl && zeros > 0) {
            form = form == CODE_OK ? CODE_ZEROS : form;
            from += zeros;
        }
        fits = fits && n + (size_t)(w + wl - from) + 2 <= size;
        if (fits) {
            memcpy(fixed + n, from, (size_t)(w + wl - from));
            n += (size_t)(w + wl - from);
            if (w[wl])
                fixed[n++] = '.';
            fixed[n] = '\0';
        }
        w += wl + (w[wl] == '.');
    }
    if ((form != CODE_ZEROS || !fits) && size)
        fixed[0] = '\0';
    return form;
}

int catalog_code_well_formed(const char *code)
{
    return catalog_code_form(code, NULL, 0) == CODE_OK;
}
