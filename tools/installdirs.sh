#!/bin/sh
# tools/installdirs.sh - the directories `make install` creates, so that
# `make uninstall` removes them again, and only them.
#
#   sh tools/installdirs.sh missing DESTDIR DIR...
#       prints (one a line, without DESTDIR) each DIR, and each directory
#       above it, that does not exist under DESTDIR yet: what install -d
#       is about to create. Run before installing.
#   sh tools/installdirs.sh remove DESTDIR MANIFEST
#       removes the directories MANIFEST lists (as `missing` printed them),
#       the deepest first, each only if it is empty (a file someone put
#       there keeps it, and the directories above it), then MANIFEST.
#
# The manifest is $(PKGDATADIR)/installed-dirs (Makefile). Without it,
# uninstall would either leave the empty directories install made
# (share/khgen/templates/..., a man5 or a bash-completion directory that
# did not exist before: s16user L2) or remove directories that were there
# before khgen, which belong to the system.
set -u
mode=$1
destdir=$2
shift 2
case $mode in
missing)
    for dir in "$@"; do
        d=$dir
        while [ -n "$d" ] && [ "$d" != / ] && [ "$d" != . ] && [ ! -d "$destdir$d" ]; do
            echo "$d"
            d=$(dirname "$d")
        done
    done | LC_ALL=C sort -u
    ;;
remove)
    manifest=$1
    [ -f "$manifest" ] || exit 0
    # deepest first: a directory after every directory below it (the
    # list is read before the manifest, which is in one of them, goes)
    dirs=$(LC_ALL=C sort -r -u "$manifest")
    rm -f "$manifest"
    echo "$dirs" | while IFS= read -r d; do
        [ -n "$d" ] && [ -d "$destdir$d" ] && rmdir "$destdir$d" 2>/dev/null
    done
    ;;
*)
    echo "usage: installdirs.sh missing DESTDIR DIR... | remove DESTDIR MANIFEST" >&2
    exit 2
    ;;
esac
exit 0
