#!/bin/sh
# tests/structure/warnings.sh - every C file of the tree compiled for its
# diagnostics only (-fsyntax-only), with the Makefile's own flags
# (`make -s print-cflags`): khgen's sources, the unit tests and the fuzz
# targets. The builds themselves only show warnings when a file is
# recompiled, so a warning in a file nobody touched again (a unit test's
# initializer once a struct gained a field) went unseen for sessions; here
# every file is compiled every time. One "ok"/"not ok" line per file, with
# the warnings under it, then "N passed, M failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
flags=$(make -s --no-print-directory print-cflags) || exit 2
cc=${CC:-cc}
jobs=$(nproc 2>/dev/null || echo 2)
out=$(mktemp -d) || exit 2
trap 'rm -rf "$out"' EXIT
ls src/*.c tests/unit/*.c tests/fuzz/*.c 2>/dev/null >"$out/files"
# shellcheck disable=SC2016
xargs -P "$jobs" -I{} sh -c '
    f=$1; log=$2/$(echo "$f" | tr / _).log
    # shellcheck disable=SC2086
    '"$cc"' '"$flags"' -fsyntax-only "$f" >"$log" 2>&1 || echo "(status $?)" >>"$log"
' sh {} "$out" <"$out/files"
pass=0
fail=0
while read -r f; do
    log=$out/$(echo "$f" | tr / _).log
    if [ -s "$log" ]; then
        echo "not ok - $f: warnings"
        sed 's/^/    | /' "$log" | head -20
        fail=$((fail + 1))
    else
        echo "ok - $f"
        pass=$((pass + 1))
    fi
done <"$out/files"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
