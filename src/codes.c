/* codes.c - the registry of diagnostic codes.
 *
 * Every diagnostic khgen prints carries a stable code (KH001 ...). The one
 * list of them is codes.def (an X-macro): for each code its default level, a
 * one-line summary, an explanation (what went wrong and how to fix it) and a
 * small YAML fragment that triggers it. diag.h makes an enum of it (DiagId),
 * which every report takes, so an unregistered code does not compile; this
 * file makes the table that `khgen explain CODE` prints.
 *
 * To add a code: add one KH(...) entry to codes.def, in its range, keeping
 * the order. The table is a plain array sorted by code, so diag_code_find()
 * can use a binary search, diag_code_of() can index it by DiagId, and
 * diag_code_all() can hand out the array as it is. Codes are grouped by the
 * stage that reports them; each range in codes.def has its own comment
 * block (the unit tests check that the table is sorted and complete).
 *
 *   KH001-KH099  loading: reading the file, UTF-8, YAML syntax (load.c)
 *   KH100-KH199  structure: keys and value types of a plan (parse.c)
 *   KH200-KH299  references: units, localities, attachments, ids
 *   KH300-KH399  dates and deadlines
 *   KH400-KH499  criteria and catalogs
 *   KH500-KH599  figures in the text against the data
 *   KH600-KH699  attachments (Biểu) and tables
 *   KH750-KH779  import: documents `khgen import` cannot read
 *   KH800-KH899  templates and wording
 *   KH900-KH999  output: writing files
 *
 * Not a stage: the data of codes.def, read by diag.c and `khgen explain`.
 */
#include "diag.h"
#include "util.h"

#include <string.h>

static const DiagCode codes[] = {
#define KH(code, level, summary, explanation, example) \
    {#code, level, summary, explanation, example},
#include "codes.def"
#undef KH
};

static const size_t code_count = sizeof codes / sizeof codes[0];

/* Returns the entry for code ("KH203"), or NULL if code is NULL or not
 * registered. The entry is static. */
const DiagCode *diag_code_find(const char *code)
{
    if (!code)
        return NULL;
    char upper[16]; /* "kh112" is KH112 */
    size_t n = 0;
    for (; code[n] && n + 1 < sizeof upper; n++)
        upper[n] = (char)(code[n] >= 'a' && code[n] <= 'z' ? code[n] - 'a' + 'A' : code[n]);
    if (code[n])
        return NULL; /* longer than any code */
    upper[n] = '\0';
    size_t low = 0, high = code_count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        int cmp = strcmp(codes[mid].code, upper);
        if (cmp == 0)
            return &codes[mid];
        if (cmp < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return NULL;
}

const DiagCode *diag_code_find_printed(const char *text)
{
    const DiagCode *entry = diag_code_find(text);
    const char *open = text ? strchr(text, '[') : NULL;
    if (entry || !open)
        return entry;
    /* "error[KH809]", "lỗi[KH809]:" as a diagnostic prints it, copied
     * whole: the code between the brackets, nothing after them but ':' */
    const char *close = strchr(open + 1, ']');
    char code[16];
    size_t n = close ? (size_t)(close - open - 1) : 0;
    if (!close || n == 0 || n >= sizeof code || memchr(open + 1, '[', n) ||
        (close[1] && strcmp(close + 1, ":") != 0))
        return NULL;
    memcpy(code, open + 1, n);
    code[n] = '\0';
    return diag_code_find(code);
}

/* The entry of id: the table and the enum come from the same list, in the
 * same order. NULL for DIAG_NO_CODE or a value out of range. */
const DiagCode *diag_code_of(DiagId id)
{
    if ((int)id < 0 || (size_t)id >= code_count)
        return NULL;
    return &codes[id];
}

/* Returns the whole static table, sorted by code; *count receives its
 * length. */
const DiagCode *diag_code_all(size_t *count)
{
    if (count)
        *count = code_count;
    return codes;
}

int diag_code_list_in_one(const char *text, Buf *list)
{
    int n = 0, all_codes = 1;
    for (const char *s = text; *s;) {
        size_t len = strcspn(s, " ,;\t");
        if (len) {
            char one[16];
            if (len >= sizeof one || (memcpy(one, s, len), one[len] = '\0', !diag_code_find(one)))
                all_codes = 0;
            else
                buf_printf(list, "%s%s", n ? ", " : "", diag_code_find(one)->code);
            n++;
        }
        s += len;
        s += strspn(s, " ,;\t");
    }
    return n > 1 && all_codes;
}
