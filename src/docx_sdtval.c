/* docx_sdtval.c - what a bound content control shows of its node's value.
 *
 * A content control bound to a data store (docx_bind.c) shows the value
 * of its node, and what it shows of it depends on its type (ECMA-376
 * 17.5.2.6: the node's contents replace the control's run content, for
 * every type but rich text): a plain-text control the value itself; a
 * drop-down list or a combo box (w:dropDownList, w:comboBox) the display
 * text of its list item whose value the node holds (17.5.2.21 w:listItem:
 * w:displayText shown, w:value stored), else the value; a date picker
 * (w:date, 17.5.2.7) the date the node holds (xsd:dateTime, or xsd:date,
 * as w:storeMappedDataAs says; its "text" stores the shown text itself)
 * written by the control's w:dateFormat, a date picture (17.16.4.1: d dd
 * M MM yy yyyy, hours, minutes, and 'text' quoted). A date control
 * bound to "2025-01-15T00:00:00" with the picture "'ngày' dd 'tháng' MM
 * 'năm' yyyy" shows "ngày 15 tháng 01 năm 2025"; import read the text
 * saved in the control, "ngày      tháng 01 năm 2024", and a drop-down's
 * saved item where Word shows the bound one (s51word F1). A picture that
 * names a day or a month in words (ddd, dddd, MMM, MMMM: the words of the
 * control's language: Windows words them "Thứ Tư", "Tháng Một", "Tháng
 * Giêng" or "tháng 1" by its version, and no document says which Word
 * shows) or the time of day (AM/PM) is not written here: docx_sdt_shown
 * says so, and the control keeps its saved text, marked by docx_bind.c
 * for a '# review:' note naming the stored date (s52import F2: it was
 * read silently).
 */
#include "docx_sdtval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx_tree.h"

/* The year, month, day, hour, minute and second at the start of v
 * ("2025-01-15", "2025-01-15T08:30:00Z"): 1, else 0. */
static int parse_date(const char *v, int f[6])
{
    memset(f, 0, 6 * sizeof *f);
    v += strspn(v, " \t\r\n");
    int n = 0;
    if (sscanf(v, "%4d-%2d-%2d%n", &f[0], &f[1], &f[2], &n) != 3 || n != 10)
        return 0;
    if (v[10] == 'T' && sscanf(v + 11, "%2d:%2d:%2d", &f[3], &f[4], &f[5]) < 2)
        return 0;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return f[0] >= 1 && f[1] >= 1 && f[1] <= 12 && f[2] >= 1 && f[2] <= days[f[1] - 1] &&
           (f[1] != 2 || f[2] < 29 || (f[0] % 4 == 0 && (f[0] % 100 != 0 || f[0] % 400 == 0))) &&
           f[3] >= 0 && f[3] < 24 && f[4] >= 0 && f[4] < 60 && f[5] >= 0 && f[5] < 60;
}

/* Date picture pic written for the date f into out: 0, or -1 when pic
 * names a day, a month or the time of day in words. */
static int put_picture(const char *pic, const int f[6], Buf *out)
{
    for (const char *p = pic; *p;) {
        if (*p == '\'') { /* quoted text, as written */
            const char *end = strchr(p + 1, '\'');
            size_t n = end ? (size_t)(end - p - 1) : strlen(p + 1);
            buf_putn(out, p + 1, n);
            p += n + 1 + (end != NULL);
            continue;
        }
        size_t run = strspn(p, (char[]){*p, '\0'});
        int value = -1, two = run >= 2;
        switch (*p) {
        case 'd':
            value = run <= 2 ? f[2] : -2;
            break;
        case 'M':
            value = run <= 2 ? f[1] : -2;
            break;
        case 'y':
            value = run >= 3 ? f[0] : f[0] % 100;
            two = run < 3;
            break;
        case 'H':
            value = f[3];
            break;
        case 'h':
            value = f[3] % 12 ? f[3] % 12 : 12;
            break;
        case 'm':
            value = f[4];
            break;
        case 's':
            value = f[5];
            break;
        case 'A':
        case 'a':
            value = strncmp(p, "AM/PM", 5) == 0 || strncmp(p, "am/pm", 5) == 0 ? -2 : -1;
            break;
        default:
            break;
        }
        if (value == -2)
            return -1;
        if (value < 0)
            buf_putn(out, p, run);
        else
            buf_put_int(out, value, two ? 2 : 1);
        p += run;
    }
    return 0;
}

/* The shown text of a date picker d for value v, malloc'd, or NULL. */
static char *date_shown(const xmlNode *d, const char *v)
{
    char *as = docx_attr(docx_child(d, "storeMappedDataAs"), "val");
    int text = as && strcmp(as, "text") == 0;
    xmlFree(as);
    int f[6];
    if (text || !parse_date(v, f)) /* no date: Word shows the node's text */
        return xstrdup(v);
    char *pic = docx_attr(docx_child(d, "dateFormat"), "val");
    Buf out = {0};
    int r = put_picture(pic && *pic ? pic : "d/M/yyyy", f, &out);
    xmlFree(pic);
    if (r != 0) {
        buf_free(&out);
        return NULL;
    }
    char *shown = xstrdup(buf_str(&out));
    buf_free(&out);
    return shown;
}

/* The display text of list's item of value v (its value when it has no
 * display text), else v; malloc'd. */
static char *item_shown(const xmlNode *list, const char *v)
{
    for (const xmlNode *li = list->children; li; li = li->next) {
        if (!docx_is(li, "listItem"))
            continue;
        char *value = docx_attr(li, "value"), *shown = docx_attr(li, "displayText");
        char *found = value && strcmp(value, v) == 0 ? xstrdup(shown ? shown : value) : NULL;
        xmlFree(value);
        xmlFree(shown);
        if (found)
            return found;
    }
    return xstrdup(v);
}

int docx_sdt_bindable(const xmlNode *sdtpr)
{
    return docx_child(sdtpr, "text") || docx_child(sdtpr, "date") || docx_child(sdtpr, "dropDownList") ||
           docx_child(sdtpr, "comboBox");
}

char *docx_sdt_shown(const xmlNode *sdtpr, const char *value)
{
    const xmlNode *kind;
    if ((kind = docx_child(sdtpr, "date")) != NULL)
        return date_shown(kind, value);
    if ((kind = docx_child(sdtpr, "dropDownList")) != NULL || (kind = docx_child(sdtpr, "comboBox")) != NULL)
        return item_shown(kind, value);
    return xstrdup(value);
}
