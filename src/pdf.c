/* pdf.c - printing the plan to PDF with an engine installed on the machine.
 *
 * Write stage: called by main.c after the other formats are written, so a
 * missing or failing engine never costs the .md, .html, .xlsx or .docx.
 * khgen does not lay out a PDF itself; it hands the document it already
 * made to a real engine: headless LibreOffice converts the .docx (the file
 * officials edit, so the PDF is that document's print), or headless
 * Chromium prints the .html as a browser does. The engine runs as a child
 * process in a temporary directory of its own (its profile too, so runs in
 * parallel never share one), with a time limit; its output is read back
 * and written atomically. A PDF carries the engine's creation time and a
 * random document id, so it is not byte-identical between builds (the
 * README says so); its text and pages are.
 */
#define _XOPEN_SOURCE 700
#include "pdf.h"

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

enum { ENGINE_TIMEOUT_SECONDS = 300 };

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

/* Runs argv with stdout and stderr into log_path, in a process group of
 * its own, killed after the time limit or when khgen is asked to stop
 * (stop_signal set). Returns the exit status, or -1. */
static int run_engine(char *const argv[], const char *log_path)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        setpgid(0, 0);
        for (int k = 0; k < N_STOP_SIGNALS; k++)
            signal(stop_signals[k], SIG_DFL);
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
        execv(argv[0], argv);
        _exit(127);
    }
    setpgid(pid, pid);
    struct timespec pause = {0, 50 * 1000 * 1000};
    for (long waited = 0; waited < ENGINE_TIMEOUT_SECONDS * 20L && !stop_signal; waited++) {
        int status;
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (done < 0 && errno != EINTR)
            return -1;
        nanosleep(&pause, NULL);
    }
    kill(-pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return -1;
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

int pdf_write(PdfEngine which, DiagSink *diags, const Plan *plan, const Buf *source,
              const char *pdf_path, Buf *out)
{
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
    struct sigaction stop = {0}, saved[N_STOP_SIGNALS];
    stop.sa_handler = on_stop_signal;
    sigemptyset(&stop.sa_mask);
    stop_signal = 0;
    for (int k = 0; k < N_STOP_SIGNALS; k++)
        sigaction(stop_signals[k], &stop, &saved[k]);
    char dir[] = "/tmp/khgen-pdf-XXXXXX";
    if (!mkdtemp(dir)) {
        for (int k = 0; k < N_STOP_SIGNALS; k++)
            sigaction(stop_signals[k], &saved[k], NULL);
        diag_error(diags, where, 0, KH901, "cannot write '%s': no temporary directory: %s",
                   pdf_path, strerror(errno));
        free(program);
        return -1;
    }
    Buf input = {0}, output = {0}, profile = {0}, arg = {0}, log = {0}, tail = {0};
    buf_printf(&input, "%s/%s%s", dir, plan->name, engine->source_ext);
    buf_printf(&output, "%s/%s.pdf", dir, plan->name);
    buf_printf(&log, "%s/engine.log", dir);
    int status = -1;
    if (write_file_atomic(input.data, source->data ? source->data : "", source->len) != 0) {
        diag_error(diags, where, 0, KH901, "cannot write '%s': %s", input.data,
                   strerror(errno));
        goto done;
    }
    if (which == PDF_CHROMIUM) {
        buf_printf(&profile, "--user-data-dir=%s/profile", dir);
        buf_printf(&arg, "--print-to-pdf=%s", output.data);
        Buf url = {0};
        buf_printf(&url, "file://%s", input.data);
        char *argv[] = {program, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--no-default-browser-check",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-extensions", profile.data,
                        "--no-pdf-header-footer", arg.data, url.data, NULL};
        status = run_engine(argv, log.data);
        buf_free(&url);
    } else {
        buf_printf(&profile, "-env:UserInstallation=file://%s/profile", dir);
        char *argv[] = {program, profile.data, "--headless", "--invisible", "--norestore",
                        "--nologo", "--nodefault", "--nolockcheck", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", dir, input.data, NULL};
        status = run_engine(argv, log.data);
    }
    size_t len = 0;
    char *pdf = read_file(output.data, (size_t)1 << 30, &len);
    if (!pdf || len < 5 || memcmp(pdf, "%PDF-", 5) != 0) {
        log_tail(log.data, &tail);
        diag_error(diags, where, 0, KH903, "cannot write '%s': %s did not print the %s "
                   "(exit status %d)%s%s",
                   pdf_path, engine->display, engine->source_ext + 1, status,
                   tail.len ? ": " : "", tail.data ? tail.data : "");
        status = -1;
    } else if (out) {
        buf_putn(out, pdf, len);
        status = 0;
    } else if (write_file_atomic(pdf_path, pdf, len) != 0) {
        diag_error(diags, where, 0, KH901, "cannot write '%s': %s", pdf_path, strerror(errno));
        status = -1;
    } else {
        status = 0;
    }
    free(pdf);
done:
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    for (int k = 0; k < N_STOP_SIGNALS; k++)
        sigaction(stop_signals[k], &saved[k], NULL);
    if (stop_signal)
        raise(stop_signal); /* cleaned up: now die of it, as asked */
    free(program);
    buf_free(&input);
    buf_free(&output);
    buf_free(&profile);
    buf_free(&arg);
    buf_free(&log);
    buf_free(&tail);
    return status;
}
