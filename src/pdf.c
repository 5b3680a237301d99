/* pdf.c - printing the plan to PDF with an engine installed on the machine.
 *
 * Write stage: called by main.c after the other formats are written, so a
 * missing or failing engine never costs the .md, .html, .xlsx or .docx.
 * khgen does not lay out a PDF itself; it hands the document it already
 * made to a real engine: headless LibreOffice converts the .docx (the file
 * officials edit, so the PDF is that document's print), or headless
 * Chromium prints the .html as a browser does. The engine runs as a child
 * process in a temporary directory of its own (its profile too, so runs in
 * parallel never share one), with a time limit that grows with the
 * document (KHGEN_PDF_TIMEOUT overrides it); its output is read back and
 * written atomically. The document is handed over under a fixed ASCII name
 * (document.docx, document.html) and Chromium gets a percent-encoded
 * file:// URL, so a plan named "a#b%c d.yaml" prints as any other. Nothing
 * of the engine outlives khgen: it runs in a process group of its own; a
 * small watchdog process (a fork of khgen, blocked on a pipe that only
 * khgen holds open) kills that group and removes the directory if khgen
 * dies without saying it is done (kill -9); and a directory left anyway
 * (the machine stopped) names its owner's pid, so the next PDF build
 * removes it once that process is gone. A PDF carries the engine's creation time and a
 * random document id, so it is not byte-identical between builds (the
 * README says so); its text and pages are.
 */
#define _XOPEN_SOURCE 700
#include "pdf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "outputs.h"
#include "pdf_fonts.h"

/* The engine's time limit: a minute, plus half a minute for each MB of the
 * document it prints (LibreOffice lays out a national plan's .docx for
 * minutes); KHGEN_PDF_TIMEOUT=SECONDS replaces it. */
enum { ENGINE_TIMEOUT_BASE = 60, ENGINE_TIMEOUT_PER_MB = 30 };

typedef struct Engine {
    const char *display;          /* "LibreOffice" */
    const char *const *programs;  /* names looked up on PATH */
    const char *package;          /* the Debian package to install */
    const char *source_ext;       /* ".docx" or ".html" */
    const char *other;            /* the other engine's option value */
} Engine;

static const char *const soffice_names[] = {"soffice", "libreoffice", NULL};
static const char *const chromium_names[] = {"chromium", "chromium-browser", "google-chrome", NULL};

static const Engine engines[] = {
    {"LibreOffice", soffice_names, "libreoffice-writer-nogui", ".docx", "chromium"},
    {"Chromium", chromium_names, "chromium", ".html", "libreoffice"},
};

/* The full path of the first of names found executable on PATH (malloc'd),
 * or NULL. */
static char *find_program(const char *const *names)
{
    const char *path = getenv("PATH");
    if (!path || !*path)
        return NULL;
    for (size_t k = 0; names[k]; k++) {
        const char *dir = path;
        while (1) {
            const char *colon = strchr(dir, ':');
            size_t len = colon ? (size_t)(colon - dir) : strlen(dir);
            size_t size = len + strlen(names[k]) + 3;
            char *candidate = xmalloc(size);
            snprintf(candidate, size, "%.*s/%s", (int)len, len ? dir : ".", names[k]);
            struct stat st;
            if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode) && access(candidate, X_OK) == 0)
                return candidate;
            free(candidate);
            if (!colon)
                break;
            dir = colon + 1;
        }
    }
    return NULL;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

/* A signal that ends khgen (Ctrl-C, kill, a closed terminal) while the
 * engine runs: the engine, in a process group of its own that Ctrl-C does
 * not reach, is killed and the temporary directory removed before khgen
 * dies of the signal; they were left behind, the engine running on. */
static volatile sig_atomic_t stop_signal;

static void on_stop_signal(int sig)
{
    stop_signal = sig;
}

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
enum { N_STOP_SIGNALS = 3 };

/* Which stop signals khgen's caller had ignored (a background job's
 * SIGINT): they are left ignored, for khgen and for the engine, as a
 * program run with a signal ignored keeps it so; a SIGINT to such a khgen
 * killed the engine and failed the print (s21attack L5). */
static int stop_ignored[N_STOP_SIGNALS];

/* Catches each stop signal not ignored on entry (on_stop_signal), the
 * previous actions kept in saved for engine_signals_restore. */
static void engine_signals_catch(struct sigaction saved[N_STOP_SIGNALS])
{
    struct sigaction stop = {0};
    stop.sa_handler = on_stop_signal;
    sigemptyset(&stop.sa_mask);
    stop_signal = 0;
    for (int k = 0; k < N_STOP_SIGNALS; k++) {
        sigaction(stop_signals[k], NULL, &saved[k]);
        stop_ignored[k] = saved[k].sa_handler == SIG_IGN;
        if (!stop_ignored[k])
            sigaction(stop_signals[k], &stop, NULL);
    }
}

/* Puts back the actions engine_signals_catch saved. */
static void engine_signals_restore(const struct sigaction saved[N_STOP_SIGNALS])
{
    for (int k = 0; k < N_STOP_SIGNALS; k++)
        sigaction(stop_signals[k], &saved[k], NULL);
}

/* The name of signal sig ("SIGSEGV"), or NULL for one not listed here. */
static const char *signal_name(int sig)
{
    static const struct {
        int sig;
        const char *name;
    } names[] = {{SIGSEGV, "SIGSEGV"}, {SIGABRT, "SIGABRT"}, {SIGKILL, "SIGKILL"},
                 {SIGTERM, "SIGTERM"}, {SIGINT, "SIGINT"},   {SIGHUP, "SIGHUP"},
                 {SIGQUIT, "SIGQUIT"}, {SIGBUS, "SIGBUS"},   {SIGFPE, "SIGFPE"},
                 {SIGILL, "SIGILL"},   {SIGPIPE, "SIGPIPE"}, {SIGXCPU, "SIGXCPU"},
                 {SIGXFSZ, "SIGXFSZ"}, {SIGTRAP, "SIGTRAP"}, {SIGSYS, "SIGSYS"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].sig == sig)
            return names[i].name;
    return NULL;
}

/* The watchdog (a fork of khgen): waits on the read end of a pipe whose
 * write end only khgen holds. A byte means khgen is done with the engine
 * and cleans up itself; end of file means khgen died (kill -9): then the
 * engine's process group is killed and dir removed. In a process group of
 * its own and deaf to the stop signals, so that what stops khgen does not
 * stop it first. Never returns. */
static void watchdog(int done_fd, pid_t engine, const char *dir)
{
    setpgid(0, 0);
    for (int k = 0; k < N_STOP_SIGNALS; k++)
        signal(stop_signals[k], SIG_IGN);
    char byte;
    ssize_t got;
    do
        got = read(done_fd, &byte, 1);
    while (got < 0 && errno == EINTR);
    if (got != 1) {
        kill(-engine, SIGKILL);
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    }
    _exit(0); /* not exit: khgen's buffers and atexit handlers are khgen's */
}

/* Runs argv with stdout and stderr into log_path, in a process group of
 * its own, killed after timeout seconds or when khgen is asked to stop
 * (stop_signal set), watched (watchdog) so that it dies with khgen.
 * Returns the exit status, -1 if it failed to run, was stopped or was
 * killed by a signal (*killed_by: that signal, else 0), -2 if the time
 * ran out. */
static int run_engine(char *const argv[], const char *log_path, const char *dir, long timeout,
                      int *killed_by)
{
    *killed_by = 0;
    int done[2];
    if (pipe(done) != 0)
        return -1;
    fcntl(done[0], F_SETFD, FD_CLOEXEC);
    fcntl(done[1], F_SETFD, FD_CLOEXEC);
    fflush(NULL); /* nothing buffered is written twice by a child */
    pid_t pid = fork();
    if (pid < 0) {
        close(done[0]);
        close(done[1]);
        return -1;
    }
    if (pid == 0) {
        close(done[0]);
        close(done[1]);
        setpgid(0, 0);
        for (int k = 0; k < N_STOP_SIGNALS; k++)
            signal(stop_signals[k], stop_ignored[k] ? SIG_IGN : SIG_DFL);
        signal(SIGPIPE, SIG_DFL); /* main ignores it; an exec'd engine would too */
        signal(SIGXFSZ, SIG_DFL);
#ifdef __linux__
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* khgen killed with -9: the engine too */
#endif
        int fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int null_fd = open("/dev/null", O_RDONLY);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        if (null_fd >= 0)
            dup2(null_fd, 0);
        /* the engine's own temporary files go into its directory too, and
         * an empty TMPDIR (which crashed LibreOffice) is never passed on */
        setenv("TMPDIR", dir, 1);
        execv(argv[0], argv);
        _exit(127);
    }
    setpgid(pid, pid);
    pid_t dog = fork();
    if (dog == 0) {
        close(done[1]);
        watchdog(done[0], pid, dir);
    }
    close(done[0]);
    struct timespec pause = {0, 50 * 1000 * 1000};
    int result = -2;
    for (long waited = 0; waited < timeout * 20L && !stop_signal; waited++) {
        int status;
        pid_t ended = waitpid(pid, &status, WNOHANG);
        if (ended == pid) {
            result = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            if (WIFSIGNALED(status))
                *killed_by = WTERMSIG(status);
            break;
        }
        if (ended < 0 && errno != EINTR) {
            result = -1;
            break;
        }
        nanosleep(&pause, NULL);
    }
    if (stop_signal && result == -2)
        result = -1;
    /* the engine's helpers (soffice.bin under oosplash, Chromium's
     * renderers) may outlive it: the whole group goes */
    kill(-pid, SIGKILL);
    if (result < 0)
        waitpid(pid, NULL, 0);
    if (dog > 0) {
        ssize_t wrote;
        do
            wrote = write(done[1], "d", 1);
        while (wrote < 0 && errno == EINTR);
        close(done[1]);
        waitpid(dog, NULL, 0);
    } else {
        close(done[1]);
    }
    return result;
}

/* The engine's time limit for a document of size bytes (see
 * ENGINE_TIMEOUT_BASE), or KHGEN_PDF_TIMEOUT's; 0 if that is not a whole
 * number of seconds from 1 on. */
static long engine_timeout(size_t size)
{
    const char *given = getenv("KHGEN_PDF_TIMEOUT");
    if (given) {
        char *end;
        errno = 0;
        long seconds = strtol(given, &end, 10);
        return errno || end == given || *end || seconds < 1 || seconds > 86400 * 7 ? 0 : seconds;
    }
    return ENGINE_TIMEOUT_BASE + (long)(size / 1000000) * ENGINE_TIMEOUT_PER_MB;
}

/* path as a file:// URL: every byte but unreserved ones and '/'
 * percent-encoded ('#', '%', '?', space, UTF-8 bytes). */
static void put_file_url(Buf *out, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    buf_puts(out, "file://");
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
            *c == '/' || *c == '-' || *c == '_' || *c == '.' || *c == '~') {
            buf_putc(out, (char)*c);
        } else {
            buf_putc(out, '%');
            buf_putc(out, hex[*c >> 4]);
            buf_putc(out, hex[*c & 15]);
        }
    }
}

/* LibreOffice's private profile in dir, as its option: a URL, so that a
 * space, '#' or a Vietnamese letter in $TMPDIR (written raw, they left
 * LibreOffice waiting until the time limit: attack s6 G16) are encoded. */
static void put_profile_option(Buf *out, const char *dir)
{
    Buf profile_dir = {0};
    buf_printf(&profile_dir, "%s/profile", dir);
    buf_puts(out, "-env:UserInstallation=");
    put_file_url(out, profile_dir.data);
    buf_free(&profile_dir);
}

/* The directory engines run in: $TMPDIR when it is an absolute path,
 * else /tmp. */
static const char *temp_root(void)
{
    const char *dir = getenv("TMPDIR");
    return dir && dir[0] == '/' ? dir : "/tmp";
}

/* mkdtemp under root failed (errno): "no temporary directory" named
 * neither TMPDIR nor the cure. The cure depends on what root is: a
 * directory that exists and takes no new one (TMPDIR=/proc gives ENOENT,
 * which said "create that directory" of one that exists: s11attack L6),
 * something else than a directory, or missing. */
static void report_no_temp_dir(DiagSink *diags, SrcPos where, const char *pdf_path,
                               const char *root)
{
    const char *why = i18n_strerror(errno);
    struct stat st;
    int exists = stat(root, &st) == 0;
    if (strcmp(root, "/tmp") == 0)
        diag_error(diags, where, 0, KH901, "cannot write '%s': the PDF engine's temporary "
                   "directory cannot be made in '%s': %s; set TMPDIR to a writable "
                   "directory", pdf_path, root, why);
    else if (exists && S_ISDIR(st.st_mode))
        diag_error(diags, where, 0, KH901, "cannot write '%s': the PDF engine's temporary "
                   "directory cannot be made in TMPDIR '%s', a directory that takes no new "
                   "one (mkdtemp: %s); set TMPDIR to a writable directory (or unset it: /tmp)",
                   pdf_path, root, why);
    else if (exists)
        diag_error(diags, where, 0, KH901, "cannot write '%s': TMPDIR '%s' is not a directory, "
                   "so the PDF engine's temporary directory cannot be made in it; set TMPDIR "
                   "to a writable directory (or unset it: /tmp)", pdf_path, root);
    else
        diag_error(diags, where, 0, KH901, "cannot write '%s': the PDF engine's temporary "
                   "directory cannot be made in TMPDIR '%s': %s; create that directory, or "
                   "set TMPDIR to a writable one (or unset it: /tmp)", pdf_path, root, why);
}

/* Removes the khgen-pdf-* directories under root that this user's khgen
 * left when it could not clean up (the machine stopped under it): those
 * whose owner file names a process that no longer exists. A directory
 * without that file, another user's, or one whose owner lives is kept. */
static void remove_stale_dirs(const char *root)
{
    DIR *d = opendir(root);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, "khgen-pdf-", 10) != 0)
            continue;
        Buf path = {0}, owner = {0};
        buf_printf(&path, "%s/%s", root, e->d_name);
        buf_printf(&owner, "%s/owner.pid", path.data);
        struct stat st;
        size_t len = 0;
        char *text = lstat(path.data, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid()
                         ? read_file(owner.data, 64, &len)
                         : NULL;
        long pid = text ? strtol(text, NULL, 10) : 0;
        if (pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH)
            nftw(path.data, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        free(text);
        buf_free(&path);
        buf_free(&owner);
    }
    closedir(d);
}

/* The last lines of the engine's log, for the message. */
static void log_tail(const char *log_path, Buf *out)
{
    size_t len = 0;
    char *text = read_file(log_path, 1 << 20, &len);
    if (!text)
        return;
    size_t start = len > 300 ? len - 300 : 0;
    for (size_t i = start; i < len; i++)
        buf_putc(out, text[i] == '\n' ? ' ' : text[i]);
    free(text);
}

/* KH903 for an engine that ended without a PDF: its exit status, or the
 * signal that killed it ("exit status -1" said nothing of a crash;
 * s21attack L5), and the end of its log. */
static void report_not_printed(DiagSink *diags, SrcPos where, const char *pdf_path,
                               const Engine *engine, int status, int killed_by,
                               const char *log_path)
{
    Buf tail = {0};
    log_tail(log_path, &tail);
    if (killed_by) {
        const char *name = signal_name(killed_by);
        Buf sig = {0};
        if (name)
            buf_printf(&sig, "%s", name);
        else
            buf_printf(&sig, "%d", killed_by);
        diag_error(diags, where, 0, KH903, "cannot write '%s': %s did not print the %s: it "
                   "was killed by signal %s (a crash, or something on this machine stopped "
                   "it); try again, or choose the other engine (--pdf-engine=%s)%s%s",
                   pdf_path, engine->display, engine->source_ext + 1, buf_str(&sig),
                   engine->other, tail.len ? ": " : "", tail.data ? tail.data : "");
        buf_free(&sig);
    } else {
        diag_error(diags, where, 0, KH903, "cannot write '%s': %s did not print the %s "
                   "(exit status %d); check its message, or build the .docx and print it from Word%s%s",
                   pdf_path, engine->display, engine->source_ext + 1, status,
                   tail.len ? ": " : "", tail.data ? tail.data : "");
    }
    buf_free(&tail);
}

int pdf_write(PdfEngine which, DiagSink *diags, const Plan *plan, const Buf *source,
              int want_times, const char *pdf_path, Buf *out)
{
    (void)plan; /* its name may hold '#', '%', spaces: the engine sees "document" */
    const Engine *engine = &engines[which == PDF_CHROMIUM ? 1 : 0];
    SrcPos where = {pdf_path, 0, 0};
    char *program = find_program(engine->programs);
    if (!program) {
        diag_error(diags, where, 0, KH903,
                   "cannot write '%s': %s (%s) is not installed or not on PATH; install the "
                   "Debian package %s (sudo apt-get install %s), or choose --pdf-engine=%s",
                   pdf_path, engine->display, engine->programs[0], engine->package,
                   engine->package, engine->other);
        return -1;
    }
    struct sigaction saved[N_STOP_SIGNALS];
    engine_signals_catch(saved);
    const char *root = temp_root();
    remove_stale_dirs(root);
    long timeout = engine_timeout(source->len);
    if (timeout == 0) {
        engine_signals_restore(saved);
        diag_error(diags, where, 0, KH903, "cannot write '%s': KHGEN_PDF_TIMEOUT='%s' is not a "
                   "number of seconds (a whole number from 1 on): set it to one, or unset it",
                   pdf_path, getenv("KHGEN_PDF_TIMEOUT"));
        free(program);
        return -1;
    }
    Buf dir_buf = {0};
    buf_printf(&dir_buf, "%s/khgen-pdf-XXXXXX", root);
    char *dir = dir_buf.data;
    if (!mkdtemp(dir)) {
        engine_signals_restore(saved);
        report_no_temp_dir(diags, where, pdf_path, root);
        free(program);
        buf_free(&dir_buf);
        return -1;
    }
    Buf input = {0}, output = {0}, profile = {0}, arg = {0}, log = {0}, tail = {0};
    buf_printf(&input, "%s/document%s", dir, engine->source_ext);
    buf_printf(&output, "%s/document.pdf", dir);
    buf_printf(&log, "%s/engine.log", dir);
    buf_printf(&tail, "%s/owner.pid", dir);
    char pid_text[32];
    int pid_len = snprintf(pid_text, sizeof pid_text, "%ld\n", (long)getpid());
    int status = -1, killed_by = 0;
    if (write_file_atomic(tail.data, pid_text, (size_t)pid_len) != 0 ||
        write_file_atomic(input.data, source->data ? source->data : "", source->len) != 0) {
        outputs_report_write(diags, where, input.data, errno, NULL);
        goto done;
    }
    buf_free(&tail);
    if (which == PDF_CHROMIUM) {
        buf_printf(&profile, "--user-data-dir=%s/profile", dir);
        buf_printf(&arg, "--print-to-pdf=%s", output.data);
        Buf url = {0};
        put_file_url(&url, input.data);
        char *argv[] = {program, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--no-default-browser-check",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-extensions", profile.data,
                        "--no-pdf-header-footer", arg.data, url.data, NULL};
        status = run_engine(argv, log.data, dir, timeout, &killed_by);
        buf_free(&url);
    } else {
        put_profile_option(&profile, dir);
        char *argv[] = {program, profile.data, "--headless", "--invisible", "--norestore",
                        "--nologo", "--nodefault", "--nolockcheck", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", dir, input.data, NULL};
        status = run_engine(argv, log.data, dir, timeout, &killed_by);
    }
    size_t len = 0;
    char *pdf = status == -2 ? NULL : read_file(output.data, (size_t)1 << 30, &len);
    if (status == -2) {
        diag_error(diags, where, 0, KH903, "cannot write '%s': %s did not finish within %ld "
                   "seconds and was stopped (the limit is %d seconds plus %d for each MB of the "
                   "document): set KHGEN_PDF_TIMEOUT=SECONDS to allow more",
                   pdf_path, engine->display, timeout, ENGINE_TIMEOUT_BASE, ENGINE_TIMEOUT_PER_MB);
        status = -1;
    } else if (!pdf || len < 5 || memcmp(pdf, "%PDF-", 5) != 0) {
        report_not_printed(diags, where, pdf_path, engine, status, killed_by, log.data);
        status = -1;
    } else if (want_times && pdf_fonts_refuse(diags, where, engine->display, pdf, len)) {
        status = -1; /* printed, but not in the document's font (s16user F1) */
    } else if (out) {
        buf_putn(out, pdf, len);
        status = 0;
    } else if (write_file_atomic(pdf_path, pdf, len) != 0) {
        outputs_report_write(diags, where, pdf_path, errno, NULL);
        status = -1;
    } else {
        status = 0;
    }
    free(pdf);
done:
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    engine_signals_restore(saved);
    if (stop_signal)
        raise(stop_signal); /* cleaned up: now die of it, as asked */
    free(program);
    buf_free(&dir_buf);
    buf_free(&input);
    buf_free(&output);
    buf_free(&profile);
    buf_free(&arg);
    buf_free(&log);
    buf_free(&tail);
    return status;
}
