/* diagfmt.c - how a diagnostic's message is formatted (diag_vformat,
 * diag.h): printf's conversions, with one rule of its own.
 *
 * A value quoted in a message ('%s' in the format: a plan's id, key or
 * text) longer than MSG_VALUE_MAX characters is printed as its first
 * MSG_VALUE_HEAD characters, "...", and its last MSG_VALUE_TAIL: a pasted
 * paragraph or a 400-character id must not fill the screen once per
 * message, and the two ends still tell it apart. Unquoted %s (a list of
 * the known names, a noun) are the program's own words and stay whole.
 * The rule is applied here, once, for every stage: diag.c formats each
 * reported message with it, and the helpers that compose a message first
 * (plan_unknown_id_message, the stages' report functions) call it too.
 *
 * printf cannot be asked to cut one argument, so the format is walked
 * conversion by conversion (flags, width, precision, length, and the
 * positional %1$s a translation may use), the arguments read once in
 * order of position, and each conversion printed with its own. A format
 * beyond this reader (more than MSG_MAX_CONVS conversions, a gap in the
 * positions) is printed by vprintf as it is, untrimmed. Not a stage; no
 * state.
 */
#include "diag.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

enum { MSG_VALUE_MAX = 80, MSG_VALUE_HEAD = 60, MSG_VALUE_TAIL = 16, MSG_MAX_CONVS = 24 };

typedef enum {
    ARG_INT, ARG_LONG, ARG_LLONG, ARG_SIZE, ARG_INTMAX, ARG_PTRDIFF, ARG_UINT, ARG_ULONG,
    ARG_ULLONG, ARG_DOUBLE, ARG_LDOUBLE, ARG_STRING, ARG_POINTER, ARG_NONE
} ArgKind;

typedef struct Conv {
    size_t start, end;         /* the conversion's bytes in the format */
    int arg, width_arg, prec_arg; /* argument indexes (0-based), -1: none */
    ArgKind kind;
    char spec[24];             /* flags, width, precision, length and
                                  conversion, without "n$"; "*" kept */
} Conv;

typedef union ArgValue {
    long long ll;
    unsigned long long ull;
    intmax_t im;
    size_t z;
    ptrdiff_t pd;
    long double ld;
    double d;
    const char *s;
    void *p;
} ArgValue;

/* Reads "n$" at *at (positional argument n): returns n-1 and moves past
 * it, or -1 (at unchanged). */
static int read_position(const char *fmt, size_t *at)
{
    size_t i = *at;
    int n = 0;
    while (fmt[i] >= '0' && fmt[i] <= '9' && n < 100)
        n = n * 10 + (fmt[i++] - '0');
    if (i == *at || fmt[i] != '$' || n < 1)
        return -1;
    *at = i + 1;
    return n - 1;
}

/* The kind of argument a conversion takes, from its length and letter. */
static ArgKind conv_kind(const char *length, char letter)
{
    int sgn = letter == 'd' || letter == 'i';
    if (strchr("diouxX", letter)) {
        if (strcmp(length, "ll") == 0)
            return sgn ? ARG_LLONG : ARG_ULLONG;
        if (strcmp(length, "l") == 0)
            return sgn ? ARG_LONG : ARG_ULONG;
        if (strcmp(length, "z") == 0)
            return ARG_SIZE;
        if (strcmp(length, "j") == 0)
            return ARG_INTMAX;
        if (strcmp(length, "t") == 0)
            return ARG_PTRDIFF;
        return sgn ? ARG_INT : ARG_UINT;
    }
    if (strchr("eEfFgGaA", letter))
        return strcmp(length, "L") == 0 ? ARG_LDOUBLE : ARG_DOUBLE;
    return letter == 'c' ? ARG_INT : letter == 's' ? ARG_STRING : letter == 'p' ? ARG_POINTER
                                                                               : ARG_NONE;
}

/* Splits fmt into conversions; returns their number, or -1 when the
 * format is beyond this reader (then it is printed as it always was). */
static int read_conversions(const char *fmt, Conv *convs, ArgKind *kinds, int *n_args)
{
    int n = 0, next_arg = 0;
    *n_args = 0;
    for (size_t at = 0; fmt[at]; at++) {
        const char *pct = strchr(fmt + at, '%'); /* the words up to it at once */
        if (!pct)
            break;
        at = (size_t)(pct - fmt);
        if (fmt[at + 1] == '%') {
            at++;
            continue;
        }
        if (n == MSG_MAX_CONVS)
            return -1;
        Conv *c = &convs[n++];
        c->start = at++;
        c->width_arg = c->prec_arg = -1;
        int pos = read_position(fmt, &at);
        size_t len = 0;
        c->spec[len++] = '%';
        while (fmt[at] && strchr("-+ #0", fmt[at]) && len < 8)
            c->spec[len++] = fmt[at++];
        if (fmt[at] == '*') {
            at++;
            c->width_arg = pos >= 0 ? read_position(fmt, &at) : next_arg++;
            c->spec[len++] = '*';
        }
        while (fmt[at] >= '0' && fmt[at] <= '9' && len < 14)
            c->spec[len++] = fmt[at++];
        if (fmt[at] == '.') {
            c->spec[len++] = fmt[at++];
            if (fmt[at] == '*') {
                at++;
                c->prec_arg = pos >= 0 ? read_position(fmt, &at) : next_arg++;
                c->spec[len++] = '*';
            }
            while (fmt[at] >= '0' && fmt[at] <= '9' && len < 18)
                c->spec[len++] = fmt[at++];
        }
        char length[3] = {0};
        for (int k = 0; k < 2 && fmt[at] && strchr("hlzjtL", fmt[at]); k++)
            length[k] = c->spec[len++] = fmt[at++];
        if (!fmt[at] || len > 20)
            return -1;
        c->spec[len++] = fmt[at];
        c->spec[len] = '\0';
        c->kind = conv_kind(length, fmt[at]);
        c->arg = pos >= 0 ? pos : next_arg++;
        c->end = at + 1;
        if (c->kind == ARG_NONE || c->arg < 0 || c->arg >= MSG_MAX_CONVS ||
            c->width_arg >= MSG_MAX_CONVS || c->prec_arg >= MSG_MAX_CONVS ||
            (pos >= 0 && ((c->spec[1] == '*') != (c->width_arg >= 0))))
            return -1;
        int args[3] = {c->arg, c->width_arg, c->prec_arg};
        ArgKind need[3] = {c->kind, ARG_INT, ARG_INT};
        for (int k = 0; k < 3; k++) {
            if (args[k] < 0)
                continue;
            if (args[k] >= *n_args) {
                for (int j = *n_args; j <= args[k]; j++)
                    kinds[j] = ARG_NONE;
                *n_args = args[k] + 1;
            }
            if (kinds[args[k]] != ARG_NONE && kinds[args[k]] != need[k])
                return -1;
            kinds[args[k]] = need[k];
        }
        at = c->end - 1;
    }
    for (int j = 0; j < *n_args; j++)
        if (kinds[j] == ARG_NONE)
            return -1; /* a gap in the positions */
    return n;
}

static void read_args(const ArgKind *kinds, int n_args, ArgValue *values, va_list ap)
{
    for (int j = 0; j < n_args; j++) {
        switch (kinds[j]) {
        case ARG_INT: values[j].ll = va_arg(ap, int); break;
        case ARG_LONG: values[j].ll = va_arg(ap, long); break;
        case ARG_LLONG: values[j].ll = va_arg(ap, long long); break;
        case ARG_SIZE: values[j].z = va_arg(ap, size_t); break;
        case ARG_INTMAX: values[j].im = va_arg(ap, intmax_t); break;
        case ARG_PTRDIFF: values[j].pd = va_arg(ap, ptrdiff_t); break;
        case ARG_UINT: values[j].ull = va_arg(ap, unsigned); break;
        case ARG_ULONG: values[j].ull = va_arg(ap, unsigned long); break;
        case ARG_ULLONG: values[j].ull = va_arg(ap, unsigned long long); break;
        case ARG_DOUBLE: values[j].d = va_arg(ap, double); break;
        case ARG_LDOUBLE: values[j].ld = va_arg(ap, long double); break;
        case ARG_STRING: values[j].s = va_arg(ap, const char *); break;
        default: values[j].p = va_arg(ap, void *); break;
        }
    }
}

const char *diag_trim_value(const char *s, Buf *scratch)
{
    size_t chars = 0, head_end = 0, len = strlen(s);
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars == MSG_VALUE_HEAD + 1)
            head_end = i;
    if (chars <= MSG_VALUE_MAX)
        return s;
    size_t tail = len, kept = 0;
    while (tail > head_end && kept < MSG_VALUE_TAIL)
        if (((unsigned char)s[--tail] & 0xC0) != 0x80)
            kept++;
    buf_reset(scratch);
    buf_putn(scratch, s, head_end);
    buf_puts(scratch, "...");
    buf_puts(scratch, s + tail);
    return buf_str(scratch);
}

enum { LOOP_HEAD_LINKS = 3 }; /* ids printed before the "... (N more) ..." */

void diag_put_loop(Buf *chain, const char *const *ids, size_t n)
{
    Buf scratch = {0};
    for (size_t i = 0; i < n; i++) {
        if (i == LOOP_HEAD_LINKS && n > LOOP_HEAD_LINKS + 2) {
            buf_printf(chain, _("... (%zu more) ... -> "), n - LOOP_HEAD_LINKS - 1);
            i = n - 1;
        }
        buf_puts(chain, diag_trim_value(ids[i], &scratch));
        buf_puts(chain, " -> ");
    }
    buf_puts(chain, diag_trim_value(ids[0], &scratch));
    buf_free(&scratch);
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/* Prints one conversion with its argument (width and precision from the
 * arguments they name); a quoted string without a precision is trimmed. */
static void put_conversion(Buf *out, const Conv *c, const ArgValue *values, int quoted,
                           Buf *scratch, DiagPutArg put_string)
{
    char spec[64];
    size_t len = 0;
    for (const char *p = c->spec; *p && len < 40; p++) {
        if (*p != '*') {
            spec[len++] = *p;
            continue;
        }
        int arg = p[-1] == '.' ? c->prec_arg : c->width_arg;
        len += (size_t)snprintf(spec + len, sizeof spec - len, "%d", (int)values[arg].ll);
    }
    spec[len] = '\0';
    const ArgValue *v = &values[c->arg];
    switch (c->kind) {
    case ARG_INT:
        if (strcmp(spec, "%d") == 0) /* the common case, without printf */
            buf_put_int(out, (int)v->ll, 0);
        else
            buf_printf(out, spec, (int)v->ll);
        break;
    case ARG_LONG: buf_printf(out, spec, (long)v->ll); break;
    case ARG_LLONG: buf_printf(out, spec, v->ll); break;
    case ARG_SIZE: buf_printf(out, spec, v->z); break;
    case ARG_INTMAX: buf_printf(out, spec, v->im); break;
    case ARG_PTRDIFF: buf_printf(out, spec, v->pd); break;
    case ARG_UINT: buf_printf(out, spec, (unsigned)v->ull); break;
    case ARG_ULONG: buf_printf(out, spec, (unsigned long)v->ull); break;
    case ARG_ULLONG: buf_printf(out, spec, v->ull); break;
    case ARG_DOUBLE: buf_printf(out, spec, v->d); break;
    case ARG_LDOUBLE: buf_printf(out, spec, v->ld); break;
    case ARG_STRING: {
        const char *str = v->s ? v->s : "(null)";
        if (put_string) { /* whole, through the hook */
            Buf one = {0};
            buf_printf(&one, spec, str);
            put_string(out, one.data ? one.data : "", one.len);
            buf_free(&one);
            break;
        }
        if (quoted && !strchr(c->spec, '.'))
            str = diag_trim_value(str, scratch);
        if (strcmp(spec, "%s") == 0) /* the common case, without printf */
            buf_puts(out, str);
        else
            buf_printf(out, spec, str);
        break;
    }
    default: buf_printf(out, spec, v->p); break;
    }
}
#pragma GCC diagnostic pop

/* Appends the n bytes of a format's literal text at lit, "%%" made "%":
 * a run up to each '%' at once (a message's words were appended a byte at
 * a time, a tenth of a check of 400,000 unknown keys, s41scale). */
static void put_literal(Buf *buf, const char *lit, size_t n)
{
    while (n > 0) {
        const char *pct = memchr(lit, '%', n);
        size_t run = pct ? (size_t)(pct - lit) + 1 : n; /* the '%' itself included */
        buf_putn(buf, lit, run);
        lit += run;
        n -= run;
        if (pct && n > 0 && *lit == '%') { /* the second '%' of "%%" */
            lit++;
            n--;
        }
    }
}

/* diag_vformat, or with put_string each string argument through it. */
static int vformat(Buf *buf, const char *fmt, va_list ap, DiagPutArg put_string)
{
    Conv convs[MSG_MAX_CONVS];
    ArgKind kinds[MSG_MAX_CONVS];
    ArgValue values[MSG_MAX_CONVS];
    int n_args;
    int n = read_conversions(fmt, convs, kinds, &n_args);
    if (n < 0) {
        if (put_string)
            return -1;
        buf_vprintf(buf, fmt, ap);
        return 0;
    }
    va_list args;
    va_copy(args, ap);
    read_args(kinds, n_args, values, args);
    va_end(args);
    Buf scratch = {0};
    size_t at = 0;
    for (int i = 0; i < n; i++) {
        const Conv *c = &convs[i];
        put_literal(buf, fmt + at, c->start - at);
        int quoted = c->start > 0 && fmt[c->start - 1] == '\'' && fmt[c->end] == '\'';
        put_conversion(buf, c, values, quoted && !put_string, &scratch, put_string);
        at = c->end;
    }
    put_literal(buf, fmt + at, strlen(fmt + at));
    buf_free(&scratch);
    return 0;
}

void diag_vformat(Buf *buf, const char *fmt, va_list ap)
{
    vformat(buf, fmt, ap, NULL);
}

int diag_vformat_escaped(Buf *buf, const char *fmt, va_list ap, DiagPutArg put_string)
{
    return vformat(buf, fmt, ap, put_string);
}

void diag_format(Buf *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vformat(out, fmt, ap);
    va_end(ap);
}

