/* stack.c - the stack limit, raised at start or refused before any work.
 *
 * khgen's walks are bounded (YAML nesting 64 levels, the body's nodes
 * under it, the inline Markdown tree walked with cmark's iterator), but
 * they and the libraries (libxlsxwriter, libxml2, libzip) still need some
 * stack: under `ulimit -s 64` (KB) `build -f xlsx` died with SIGSEGV
 * inside libxlsxwriter (attack s9 L15). Measured with ulimit -s (the
 * least that ends without a signal or a sanitizer report), the release
 * and the ASan build each need at most 96 KB: build in each format of
 * plans/, of a body nested 29 levels (the YAML limit) and of 1,000 nested
 * emphases; import of a .docx, of 82 nested Word tables and of 1,000
 * nested quotes; diff, new. STACK_NEED, 1 MB, is ten times that; 100,000
 * nested emphases build in it too. The soft limit is raised towards 8 MB when it is
 * smaller and the hard limit allows; when even STACK_NEED is out of reach
 * khgen says so and exits 3 before reading anything.
 *
 * Not a stage: a check main.c makes once, before the command runs.
 */
#include "stack.h"

#include <stdio.h>
#include <sys/resource.h>

#include "diag.h"
#include "i18n.h"

enum { STACK_WANT = 8 * 1024 * 1024 }; /* the usual default */

int stack_ensure(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
        rl.rlim_cur >= (rlim_t)STACK_WANT)
        return 0;
    rlim_t want = STACK_WANT;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want)
        want = rl.rlim_max;
    if (want > rl.rlim_cur) {
        struct rlimit raised = {want, rl.rlim_max};
        if (setrlimit(RLIMIT_STACK, &raised) == 0)
            rl.rlim_cur = want;
    }
    if (rl.rlim_cur >= (rlim_t)STACK_NEED)
        return 0;
    term_fprintf(stderr, _("khgen: the stack may grow to %lu KB only (ulimit -s), and no further "
                           "(its hard limit); khgen needs %lu KB: run it under 'ulimit -s 8192'\n"),
                 (unsigned long)(rl.rlim_cur / 1024), (unsigned long)(STACK_NEED / 1024));
    return -1;
}
