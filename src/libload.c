/* libload.c - the output libraries, loaded when a command first needs
 * them: libxml2 (the .docx reader and writer, the HTML tables of a
 * Markdown import), libzip (the .docx) and libxlsxwriter (the workbook).
 *
 * Linked as usual, they and what they bring in (ICU and the C++ runtime
 * for libxml2, libcrypto for libzip and libxlsxwriter, minizip, bzip2, xz)
 * were loaded and bound at the start of every khgen: 8.3 million
 * instructions, about half of a small plan's `khgen check`, which uses
 * none of them (Debian builds them with BIND_NOW, so -z lazy would not
 * help, and --as-needed keeps a library khgen calls). Each table below is
 * filled with dlopen and dlsym on the first call of one of its functions
 * (lib_xml.h, lib_zip.h, lib_xlsx.h); the names opened are the sonames
 * khgen was built against (the Makefile passes them). A library that
 * cannot be loaded is said on stderr, with exit status 3, as when memory
 * runs out. State: the three tables, filled once.
 */
#define LIB_NO_REDIRECT
#include "lib_xlsx.h"
#include "lib_xml.h"
#include "lib_zip.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef KHGEN_SO_XML
#define KHGEN_SO_XML ""
#endif
#ifndef KHGEN_SO_ZIP
#define KHGEN_SO_ZIP ""
#endif
#ifndef KHGEN_SO_XLSX
#define KHGEN_SO_XLSX ""
#endif

/* The library's soname as built, or its usual one. */
static const char *soname(const char *built, const char *usual)
{
    return built[0] ? built : usual;
}

static void *open_library(const char *name)
{
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        fprintf(stderr, "khgen: cannot load %s: %s\n", name, why ? why : "not found");
        exit(3);
    }
    return handle;
}

static void *symbol(void *handle, const char *library, const char *name)
{
    void *p = dlsym(handle, name);
    if (!p) {
        fprintf(stderr, "khgen: %s has no %s\n", library, name);
        exit(3);
    }
    return p;
}

#define LIB_LOAD(f) table.f = (__typeof__(table.f))symbol(handle, name, #f);

const LibXml *lib_xml(void)
{
    static LibXml table;
    static int loaded;
    if (!loaded) {
        const char *name = soname(KHGEN_SO_XML, "libxml2.so.2");
        void *handle = open_library(name);
        LIB_XML_FUNCS(LIB_LOAD)
        loaded = 1;
    }
    return &table;
}

const LibZip *lib_zip(void)
{
    static LibZip table;
    static int loaded;
    if (!loaded) {
        const char *name = soname(KHGEN_SO_ZIP, "libzip.so.4");
        void *handle = open_library(name);
        LIB_ZIP_FUNCS(LIB_LOAD)
        loaded = 1;
    }
    return &table;
}

const LibXlsx *lib_xlsx(void)
{
    static LibXlsx table;
    static int loaded;
    if (!loaded) {
        const char *name = soname(KHGEN_SO_XLSX, "libxlsxwriter.so." LXW_SOVERSION);
        void *handle = open_library(name);
        LIB_XLSX_FUNCS(LIB_LOAD)
        loaded = 1;
    }
    return &table;
}
