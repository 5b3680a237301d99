/* i18n.c - choosing the language of messages and finding the catalogs.
 *
 * The language follows the environment the way gettext reads it: LC_ALL,
 * then LC_MESSAGES, then LANG give the locale of messages; when that locale
 * is not C/POSIX, LANGUAGE (a colon-separated priority list) comes first.
 * The first Vietnamese ("vi...") or English ("en...", "C") entry decides;
 * --lang overrides all of it. English is the default and needs no catalog.
 *
 * glibc's gettext only translates when the LC_MESSAGES locale is set and is
 * not "C", and a machine often has no vi_VN locale generated (then
 * setlocale fails and the process stays in "C"). So for Vietnamese khgen
 * sets LC_MESSAGES to the requested locale if it exists and otherwise to
 * C.UTF-8 (always present on Debian), and sets LANGUAGE=vi for its own
 * process, which gettext honours under any non-C locale. The catalog is read
 * as UTF-8 whatever the locale (bind_textdomain_codeset). Only LC_MESSAGES
 * is changed: LC_NUMERIC, LC_CTYPE and LC_COLLATE stay "C", so documents are
 * byte-identical in every language. The reasons the system gives
 * (strerror: "No such file or directory") are khgen's own translations of
 * the common ones (i18n_strerror), the same on every machine.
 *
 * Catalogs are looked up, first match wins: $KHGEN_LOCALEDIR; DIR/../share/
 * locale where DIR holds the running binary (an installed khgen, also under
 * DESTDIR); DIR/build/locale (./khgen in the source tree) and DIR/../locale
 * (build/asan/khgen); then LOCALEDIR as compiled in. A directory counts when
 * it has vi/LC_MESSAGES/khgen.mo.
 */
#include "i18n.h"

#include <errno.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

static int use_vi;
static char localedir[PATH_MAX];

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* 1 = Vietnamese, 0 = English, -1 = this entry does not decide. */
static int lang_of(const char *value)
{
    if (!value || !*value)
        return -1;
    if (starts_with(value, "vi"))
        return 1;
    if (starts_with(value, "en") || strcmp(value, "C") == 0 || strcmp(value, "POSIX") == 0 ||
        starts_with(value, "C."))
        return 0;
    return -1;
}

/* The language the environment asks for, as gettext would read it. */
static int lang_from_environment(void)
{
    const char *locale = NULL;
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < 3 && !locale; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            locale = v;
    }
    if (!locale || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
        return 0; /* gettext ignores LANGUAGE under the C locale */
    const char *language = getenv("LANGUAGE");
    if (language && *language) {
        char entry[64];
        const char *s = language;
        while (*s) {
            size_t n = strcspn(s, ":");
            if (n < sizeof entry) {
                memcpy(entry, s, n);
                entry[n] = '\0';
                int lang = lang_of(entry);
                if (lang >= 0)
                    return lang;
            }
            s += n;
            if (*s == ':')
                s++;
        }
    }
    return lang_of(locale) == 1;
}

static int has_catalog(const char *dir)
{
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/vi/LC_MESSAGES/khgen.mo", dir) >= (int)sizeof path)
        return 0;
    return access(path, R_OK) == 0;
}

static int try_dir(const char *dir)
{
    if (!dir || !*dir || !has_catalog(dir) || strlen(dir) >= sizeof localedir)
        return 0;
    strcpy(localedir, dir);
    return 1;
}

static void find_localedir(const char *argv0)
{
    if (try_dir(getenv("KHGEN_LOCALEDIR")))
        return;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
    } else if (argv0 && strchr(argv0, '/') && strlen(argv0) < sizeof exe) {
        strcpy(exe, argv0);
    } else {
        exe[0] = '\0';
    }
    char *slash = strrchr(exe, '/');
    if (slash) {
        *slash = '\0';
        static const char *const rel[] = {"/../share/locale", "/build/locale", "/../locale"};
        for (size_t i = 0; i < 3; i++) {
            char dir[PATH_MAX];
            if (snprintf(dir, sizeof dir, "%s%s", exe, rel[i]) < (int)sizeof dir && try_dir(dir))
                return;
        }
    }
    try_dir(LOCALEDIR);
}

int i18n_init(const char *lang, const char *argv0)
{
    int want;
    if (lang) {
        if (strcmp(lang, "vi") == 0)
            want = 1;
        else if (strcmp(lang, "en") == 0)
            want = 0;
        else
            return -1;
    } else {
        want = lang_from_environment();
    }
    use_vi = 0;
    if (!want)
        return 0;
    find_localedir(argv0);
    if (!localedir[0])
        return 0; /* no catalog: English */
    const char *set = setlocale(LC_MESSAGES, "");
    if (!set || strcmp(set, "C") == 0 || strcmp(set, "POSIX") == 0 || lang)
        set = setlocale(LC_MESSAGES, "C.UTF-8");
    if (!set)
        set = setlocale(LC_MESSAGES, "C.utf8");
    if (!set)
        return 0;
    setenv("LANGUAGE", "vi", 1);
    bindtextdomain("khgen", localedir);
    bind_textdomain_codeset("khgen", "UTF-8");
    /* LANGUAGE=vi would also translate the C library's own messages
     * (strerror) where the machine has them, differently from machine to
     * machine and in the C locale's ASCII; they stay English, as in the
     * English messages, so diagnostics are the same on every machine. */
    bindtextdomain("libc", "/nonexistent");
    use_vi = 1;
    return 0;
}

/* With KHGEN_I18N_CHECK set (tests/i18n/run.sh sets it), a message that
 * has no translation is reported on stderr, so a test run in Vietnamese
 * fails on any message `make po` did not collect or nobody translated. */
static void check_translated(const char *msgid, const char *msgstr)
{
    static int checking = -1;
    if (checking < 0)
        checking = getenv("KHGEN_I18N_CHECK") != NULL;
    if (!checking || msgstr != msgid)
        return;
    for (const char *s = msgid; *s; s++) {
        if ((*s >= 'a' && *s <= 'z') && (s[1] >= 'a' && s[1] <= 'z')) {
            fprintf(stderr, "khgen: untranslated message: \"%s\"\n", msgid);
            return;
        }
    }
}

/* ---- a translation is used only if it takes the English's arguments ---------- */

#define MAX_ARGS 16

/* Fills types[] with the kind of each argument the printf format fmt
 * takes ('d' an int, 'l' a long, 'z' a size_t, 's' a string, 'f' a double,
 * ...), by position ("%2$s" is the second); returns how many positions,
 * or -1 for what no message of khgen takes: %n, a width or precision
 * from an argument in a positional format, a position out of range or
 * taken twice as two kinds.
 *
 * A '%' that printf would not read as a conversion takes no argument and
 * is text: "%%", a '%' at the end, a '%' followed by what ends in no
 * conversion letter ("92,1%. A", "50%)", "100% ."): glibc prints such a
 * '%' and what follows it as they stand, reading no argument. A message
 * printed as text, never as a format (an explanation of `khgen explain`),
 * may hold them, and its translation is not dropped for them (s26fixfig
 * found KH634's explanation shown in English for its "92,1%. A"). Only
 * a '%' before a width or precision taken from an argument ('*') and no
 * conversion letter is refused, since the '*' reads one. */
static int format_args(const char *fmt, char types[MAX_ARGS])
{
    int n = 0, next = 0;
    memset(types, 0, MAX_ARGS);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        const char *percent = p;
        if (*++p == '%')
            continue;
        int pos = next, stars = 0;
        const char *digits = p;
        while (*p >= '0' && *p <= '9')
            p++;
        if (*p == '$' && p > digits) {
            pos = p - digits > 2 ? -1 : atoi(digits) - 1;
            p++;
        } else {
            p = digits;
        }
        while (*p && strchr("-+ #0'I", *p))
            p++;
        for (int part = 0; part < 2; part++) { /* width, then .precision */
            if (part && *p == '.')
                p++;
            else if (part)
                break;
            if (*p == '*') {
                stars++;
                p++;
            }
            while (*p >= '0' && *p <= '9')
                p++;
        }
        char kind = 0; /* "h" and "hh" pass an int as "" does */
        for (; *p && strchr("hlLqjzZt", *p); p++)
            if (*p != 'h')
                kind = *p;
        if (!*p || !strchr("diouxXcCsSpaAeEfFgGn", *p)) { /* %m reads none either */
            if (stars) /* "%*k": glibc reads the width, a conversion or not */
                return -1;
            p = percent; /* text: the scan goes on after the '%' */
            continue;
        }
        if (*p == 'n' || pos < 0 || pos >= MAX_ARGS)
            return -1;
        for (; stars > 0; stars--) { /* each '*' an int, before the conversion's argument */
            if (pos != next || next + 1 >= MAX_ARGS) /* "%1$*2$d" */
                return -1;
            types[next++] = 'd';
            pos = next;
        }
        char conv = *p;
        if (strchr("diouxXcC", *p))
            conv = kind ? kind : 'd';
        else if (strchr("eEfFgGaA", *p))
            conv = kind ? kind : 'f';
        if (types[pos] && types[pos] != conv)
            return -1;
        types[pos] = conv;
        next = pos + 1;
        if (next > n)
            n = next;
    }
    return n;
}

int i18n_conversions_match(const char *msgid, const char *msgstr)
{
    if (msgstr == msgid || (!strchr(msgid, '%') && !strchr(msgstr, '%')))
        return 1;
    char want[MAX_ARGS], got[MAX_ARGS];
    int n = format_args(msgid, want);
    return n >= 0 && format_args(msgstr, got) == n && memcmp(want, got, MAX_ARGS) == 0;
}

/* msgstr, if it takes the arguments msgid takes, each of the same kind;
 * else msgid: a catalog ($KHGEN_LOCALEDIR) whose "%s" became "%d" or "%n"
 * would otherwise make printf read what was never passed. Under
 * KHGEN_I18N_CHECK a translation so dropped is said on stderr, as an
 * untranslated message is (tests/i18n/run.sh). */
static const char *checked(const char *msgid, const char *msgstr)
{
    if (i18n_conversions_match(msgid, msgstr))
        return msgstr;
    if (getenv("KHGEN_I18N_CHECK"))
        fprintf(stderr, "khgen: translation dropped (its conversions differ): \"%s\"\n", msgid);
    return msgid;
}

/* The last formats i18n_ntr gave: already in the chosen language, so
 * i18n_tr gives them back as they are (a diagnostic's format, which the
 * diagnostics translate, may come from i18n_ntr: "1 text box", s38imp;
 * looked up again, a Vietnamese format was "untranslated"). */
static const char *plural_given[4];
static unsigned plural_next;

const char *i18n_tr(const char *msgid)
{
    if (!use_vi || !msgid || !*msgid)
        return msgid;
    for (unsigned k = 0; k < 4; k++)
        if (plural_given[k] == msgid)
            return msgid;
    const char *msgstr = dgettext("khgen", msgid);
    check_translated(msgid, msgstr);
    return checked(msgid, msgstr);
}

const char *i18n_text(const char *msgid)
{
    if (!use_vi || !msgid || !*msgid)
        return msgid;
    const char *msgstr = dgettext("khgen", msgid);
    check_translated(msgid, msgstr);
    return msgstr;
}

const char *i18n_ntr(const char *singular, const char *plural, unsigned long n)
{
    if (!use_vi)
        return n == 1 ? singular : plural;
    const char *msgstr = dngettext("khgen", singular, plural, n);
    check_translated(n == 1 ? singular : plural, msgstr);
    const char *given = checked(n == 1 ? singular : plural, msgstr);
    plural_given[plural_next++ % 4] = given;
    return given;
}

/* The system's reasons a read or a write fails, as strerror words them in
 * English (glibc), each translated in po/vi.po: the C library's own
 * translations stay off (i18n_init), as they differ between machines. */
static const struct {
    int err;
    const char *text;
} reasons[] = {
    {ENOENT, N_("No such file or directory")},
    {EACCES, N_("Permission denied")},
    {EPERM, N_("Operation not permitted")},
    {EISDIR, N_("Is a directory")},
    {ENOTDIR, N_("Not a directory")},
    {ENOSPC, N_("No space left on device")},
    {EROFS, N_("Read-only file system")},
    {ELOOP, N_("Too many levels of symbolic links")},
    {ENAMETOOLONG, N_("File name too long")},
    {EEXIST, N_("File exists")},
    {EIO, N_("Input/output error")},
    {EFBIG, N_("File too large")},
    {EMFILE, N_("Too many open files")},
    {EDQUOT, N_("Disk quota exceeded")},
    {EXDEV, N_("Invalid cross-device link")},
    {ENOMEM, N_("Cannot allocate memory")},
    {ENXIO, N_("No such device or address")},
    {EBUSY, N_("Device or resource busy")},
    {ETXTBSY, N_("Text file busy")},
    {EINVAL, N_("Invalid argument")},
};

const char *i18n_strerror(int err)
{
    if (use_vi)
        for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
            if (reasons[i].err == err && strcmp(strerror(err), reasons[i].text) == 0)
                return i18n_tr(reasons[i].text);
    return strerror(err);
}
