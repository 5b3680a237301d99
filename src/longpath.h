/* longpath.h - a file whose real path is longer than PATH_MAX; see
 * longpath.c. */
#ifndef KHGEN_LONGPATH_H
#define KHGEN_LONGPATH_H

#include <stddef.h>
#include <sys/stat.h>

#include "util.h"

/* The real path of path (realpath), or, when that is longer than PATH_MAX
 * (ENAMETOOLONG), a name that stands for the file alone, made of its
 * device and inode ("<file 2049:1234>"), for comparing two names of one
 * file; a copy in arena. NULL (errno set) when the file cannot be
 * reached. *is_real: 1 for a real path, 0 for the stand-in. */
const char *longpath_identity(Arena *arena, const char *path, int *is_real);

/* Whether the file path names (a last component that is a symbolic link
 * followed) lies in one of the n directories dirs (their stat) or below
 * one, found by walking up from its directory by "..", which is physical,
 * comparing device and inode: for a path realpath cannot give. 1 inside,
 * 0 outside, -1 (errno set) when a directory on the way cannot be opened.
 * Linear in the depth of the file's directory. */
int longpath_inside(const char *path, const struct stat *dirs, size_t n);

#endif
