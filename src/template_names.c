/* template_names.c - the names a template may use, known without a plan.
 *
 * Two kinds of names. A template's file name ({{>parts/header}}, a file of
 * --templates DIR) must stay inside the templates directory
 * (tpl_name_is_safe), and so must the file it is read from, by the rules
 * of a plan's includes (tpl_read_in_dir: a link to /proc/self/environ, a
 * "regular file" of size 0, printed the environment; s23low 3). And a section over a name the values lack
 * ({{#goverment_body}}) hides its part without a word, as it must for a
 * name that this plan happens not to hold (a plan without a governing
 * body): KH801 cannot tell a typo there. But the names the values of a
 * plan's templates can ever hold are a fixed set for each kind of template
 * (the page of the .md, of the .html, the Word styles): render.c's
 * render_header_values sets the shared ones, render_md.c and render_html.c
 * their own, render_docx.c's put_styles those of docx-styles.xml. A name
 * outside its kind's set is a misspelling no plan can fill (KH811), told
 * with the nearest name of the set. A name added to the values is added
 * here too, and to README's Templates; tests/hardening/leftovers18.sh
 * renders a section over each name the built-in templates use against a
 * plan that holds few of them, and asks for no KH811.
 */
#include "template.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "readpolicy.h"
#include "suggest.h"
#include "util.h"

int tpl_name_is_safe(const char *name)
{
    if (!name[0] || name[0] == '/')
        return 0;
    const char *part = name;
    for (;;) {
        const char *slash = strchr(part, '/');
        size_t n = slash ? (size_t)(slash - part) : strlen(part);
        if (n == 0 || (n == 2 && part[0] == '.' && part[1] == '.'))
            return 0;
        if (!slash)
            return 1;
        part = slash + 1;
    }
}

/* render_header_values: every page of the plan (.md and .html) */
static const char *const page_names[] = {
    "governing_body", "issuer", "number_line", "place_date", "title_md", "title",
    "national_name", "motto", "doc_kind", "recipients_title", "bases", "opening", "closing",
    "recipients", "has_recipients", "signature", "lines", "name_lines", "attachment_line",
};
/* render_md: the parts written into the page */
static const char *const md_names[] = {"body", "attachments"};
/* render_html */
static const char *const html_names[] = {
    "header_html", "title_html", "opening_html", "closing_html", "bases_html", "layout_css",
    "signing_html", "attachment_pages", "name", "orientation", "body_html", "attachments_html",
};
/* render_docx's put_styles: docx-styles.xml */
static const char *const styles_names[] = {"body_size", "line", "indent", "after"};

/* 1 if name[0..len) is one of names[0..n) */
static int among(const char *name, size_t len, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0)
            return 1;
    return 0;
}

/* 1 if the file name ends with ext */
static int ends_with(const char *name, const char *ext)
{
    size_t n = strlen(name), e = strlen(ext);
    return n >= e && strcmp(name + n - e, ext) == 0;
}

int tpl_name_never_held(const char *template_name, const char *name, const char **hint)
{
    enum { MAX_KIND = sizeof page_names / sizeof *page_names + sizeof html_names / sizeof *html_names };
    const char *set[MAX_KIND];
    size_t n = 0;
    *hint = NULL;
    if (!template_name || strcmp(name, ".") == 0)
        return 0; /* a wording entry: its names are its own */
    if (ends_with(template_name, ".xml")) {
        for (size_t i = 0; i < sizeof styles_names / sizeof *styles_names; i++)
            set[n++] = styles_names[i];
    } else {
        int md = ends_with(template_name, ".md");
        if (!md && !ends_with(template_name, ".html") && !ends_with(template_name, ".css"))
            return 0; /* a kind of file no page of khgen is */
        for (size_t i = 0; i < sizeof page_names / sizeof *page_names; i++)
            set[n++] = page_names[i];
        const char *const *own = md ? md_names : html_names;
        size_t n_own = md ? sizeof md_names / sizeof *md_names : sizeof html_names / sizeof *html_names;
        for (size_t i = 0; i < n_own; i++)
            set[n++] = own[i];
    }
    /* each part of a dotted name ("signature.lines") */
    for (const char *part = name; *part;) {
        size_t len = strcspn(part, ".");
        if (len && !among(part, len, set, n)) {
            if (part == name && !strchr(name, '.'))
                *hint = suggest_best(name, set, n);
            return 1;
        }
        part += len + (part[len] == '.');
    }
    return 0;
}

const char *tpl_strerror(int err)
{
    if (err == TPL_ERR_OUTSIDE)
        return _("it is a link to a file outside the --templates directory, and a template is "
                 "read only from that directory (or an --allow-read one), as a plan's includes "
                 "are from the plan's own");
    if (err == ENODEV) /* tpl_read_in_dir's word for a pipe or a device (s40attack L1) */
        return _("it is not a regular file (a pipe or a device), and a template is read only "
                 "from an ordinary file, never waited on");
    if (err == EISDIR)
        return _("it is a directory, not a file");
    if (err == EAGAIN) /* tpl_read_in_dir's word for a file replaced (s48attack) */
        return _("it was replaced by another file while khgen read it (saved again, or a link "
                 "changed): run khgen again once it is saved");
    return i18n_strerror(err);
}

char *tpl_read_in_dir(const char *path, const char *dir, size_t max_bytes, size_t *len)
{
    char *real = realpath(path, NULL);
    if (!real)
        return NULL;
    char *dir_real = realpath(dir, NULL);
    char *data = NULL;
    struct stat st; /* what it is first: a link to /dev/zero is "a device" */
    if (stat(real, &st) == 0 && !S_ISREG(st.st_mode))
        errno = S_ISDIR(st.st_mode) ? EISDIR : ENODEV;
    else if (!dir_real || !readpolicy_real_allowed(real, dir_real))
        errno = TPL_ERR_OUTSIDE; /* a link out of it (s23low 3) */
    else {
        /* read through a descriptor of the file whose real path was
         * checked: a link swapped into the directory since (plan.md, or a
         * directory on its path, made a link out of it) was read where it
         * pointed, outside (s27outputs F9) */
        int fd = readpolicy_open_checked(real, real);
        if (fd >= 0) {
            /* opened by its name again and read only when it is that file
             * (its device and inode): read through /proc/self/fd, a system
             * without /proc (a bare chroot or container) read no template,
             * and the build printed the built-in ones, exit 0 (s28review) */
            int rd = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            struct stat a, b;
            if (rd >= 0 && fstat(fd, &a) == 0 && fstat(rd, &b) == 0 && a.st_dev == b.st_dev &&
                a.st_ino == b.st_ino) {
                data = read_file_fd(rd, max_bytes, len); /* regular, read to its end */
            } else {
                if (rd >= 0)
                    close(rd);
                errno = EAGAIN; /* it changed since it was checked */
            }
            int err = errno;
            close(fd);
            errno = err;
        }
    }
    int saved = errno;
    free(real);
    free(dir_real);
    errno = saved;
    return data;
}
