/* created.c - the creation time of the outputs that carry one.
 *
 * The workbook and the Word document each record when they were created
 * (docProps/core.xml). Both take it from here, so that the same plan gives
 * the same bytes whenever it is built, and SOURCE_DATE_EPOCH (the
 * reproducible-builds convention: decimal digits, seconds since 1970)
 * moves both or neither: it moved the workbook's and not the .docx's.
 * Its value 0 is refused with its reason: libxlsxwriter takes a creation
 * time of 0 for "now", so the workbook would differ at each build.
 *
 * Not a stage: a helper of the render stage (render_xlsx.c, render_docx.c).
 */
#include "created.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "i18n.h"
#include "util.h"
#include "vi.h"

/* 9999-12-31T23:59:59Z: the last time with a four-digit year (past it
 * gmtime() gives NULL, which libxlsxwriter handed to strftime, a crash, or
 * a five-digit year that is no W3CDTF date) */
#define LAST_TIME 253402300799LL

/* SOURCE_DATE_EPOCH's value when it is one khgen takes, else -1 (after
 * the warning, once per run, when it is set and not empty). */
static long long epoch_from_env(void)
{
    static int warned;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch)
        return -1;
    size_t digits = strspn(epoch, "0123456789");
    long long value = -1;
    if (digits > 0 && epoch[digits] == '\0' && digits <= 12) {
        errno = 0;
        value = strtoll(epoch, NULL, 10);
        if (errno != 0 || value <= 0 || value > LAST_TIME)
            value = -1;
    }
    if (value < 0 && !warned && digits > 0 && epoch[digits] == '\0' &&
        strspn(epoch, "0") == digits) {
        /* 0 is 1970-01-01 00:00:00, but libxlsxwriter writes a creation
         * time of 0 as the time of the build: refused, and said so (the
         * message said "not a number of seconds from 1970": s11attack L3) */
        warned = 1;
        term_fprintf(stderr, _("khgen: warning: SOURCE_DATE_EPOCH='%s' (1970-01-01 00:00:00) "
                               "cannot be recorded: the workbook's library writes a creation "
                               "time of 0 as the time of the build; the creation time of the "
                               "outputs is the plan's date (set it to 1 or later)\n"),
                     epoch);
    }
    if (value < 0 && !warned) {
        warned = 1;
        term_fprintf(stderr, _("khgen: warning: SOURCE_DATE_EPOCH='%s' is not a number of seconds "
                               "from 1970 to the end of 9999 in digits only: the creation time "
                               "of the outputs is the plan's date\n"),
                     epoch);
    }
    return value;
}

long long created_time(const Plan *plan)
{
    long long epoch = epoch_from_env();
    if (epoch > 0)
        return epoch;
    int year = plan->date.year, month = plan->date.month, day = plan->date.day;
    if (year < 1980 || year > 2999)
        return 946684800; /* 2000-01-01 */
    if (month < 1 || month > 12)
        month = 1;
    if (day < 1 || !vi_date_valid(year, month, day))
        day = 1;
    return (long long)vi_date_serial(year, month, day) * 86400;
}

void created_stamp(const Plan *plan, char *out, size_t size)
{
    time_t t = (time_t)created_time(plan);
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        snprintf(out, size, "%s", "2000-01-01T00:00:00Z");
}
