/* lib_zip.h - libzip, loaded when a command first reads or writes a .docx
 * (libload.c). Include it instead of <zip.h>.
 *
 * libzip brings in libcrypto, bzip2 and xz, which the dynamic linker loaded
 * and bound at the start of every khgen, though only the .docx reader and
 * writer use it. A call such as zip_fopen(...) goes through the table
 * lib_zip() fills with dlopen and dlsym on its first use (lib_xml.h tells
 * why). A function newly called must be added to LIB_ZIP_FUNCS and given
 * its #define. */
#ifndef KHGEN_LIB_ZIP_H
#define KHGEN_LIB_ZIP_H

#include <zip.h>

#define LIB_ZIP_FUNCS(X)                                                                      \
    X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init) X(zip_error_strerror)     \
    X(zip_fclose) X(zip_file_add) X(zip_file_set_dostime) X(zip_file_set_external_attributes) \
    X(zip_file_strerror) X(zip_fopen) X(zip_fread) X(zip_get_num_entries) X(zip_name_locate)  \
    X(zip_open_from_source) X(zip_set_file_compression) X(zip_source_buffer)                  \
    X(zip_source_buffer_create) X(zip_source_close) X(zip_source_free) X(zip_source_keep)     \
    X(zip_source_open) X(zip_source_read) X(zip_source_stat) X(zip_stat) X(zip_stat_init)     \
    X(zip_strerror)

/* The functions khgen calls. */
typedef struct LibZip {
#define LIB_ZIP_FUNCS_MEMBER(f) __typeof__(f) *f;
    LIB_ZIP_FUNCS(LIB_ZIP_FUNCS_MEMBER)
#undef LIB_ZIP_FUNCS_MEMBER
} LibZip;

/* The table, libzip loaded on the first call; if it cannot be loaded,
 * says so on stderr and exits with status 3 (as when memory runs out). */
const LibZip *lib_zip(void);

#ifndef LIB_NO_REDIRECT
#define zip_close (lib_zip()->zip_close)
#define zip_discard (lib_zip()->zip_discard)
#define zip_error_fini (lib_zip()->zip_error_fini)
#define zip_error_init (lib_zip()->zip_error_init)
#define zip_error_strerror (lib_zip()->zip_error_strerror)
#define zip_fclose (lib_zip()->zip_fclose)
#define zip_file_add (lib_zip()->zip_file_add)
#define zip_file_set_dostime (lib_zip()->zip_file_set_dostime)
#define zip_file_set_external_attributes (lib_zip()->zip_file_set_external_attributes)
#define zip_file_strerror (lib_zip()->zip_file_strerror)
#define zip_fopen (lib_zip()->zip_fopen)
#define zip_fread (lib_zip()->zip_fread)
#define zip_get_num_entries (lib_zip()->zip_get_num_entries)
#define zip_name_locate (lib_zip()->zip_name_locate)
#define zip_open_from_source (lib_zip()->zip_open_from_source)
#define zip_set_file_compression (lib_zip()->zip_set_file_compression)
#define zip_source_buffer (lib_zip()->zip_source_buffer)
#define zip_source_buffer_create (lib_zip()->zip_source_buffer_create)
#define zip_source_close (lib_zip()->zip_source_close)
#define zip_source_free (lib_zip()->zip_source_free)
#define zip_source_keep (lib_zip()->zip_source_keep)
#define zip_source_open (lib_zip()->zip_source_open)
#define zip_source_read (lib_zip()->zip_source_read)
#define zip_source_stat (lib_zip()->zip_source_stat)
#define zip_stat (lib_zip()->zip_stat)
#define zip_stat_init (lib_zip()->zip_stat_init)
#define zip_strerror (lib_zip()->zip_strerror)
#endif

#endif
