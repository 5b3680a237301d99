#!/bin/sh
# tests/structure/markers.sh - no file of the tree holds a git conflict
# marker ("<<<<<<< " or ">>>>>>> " at the start of a line).
#
# A merge whose conflict was committed unresolved (README with its markers,
# session 11) passed every other suite of `make test`: the README checks
# read the sections they know and nothing else. Files are the tracked ones
# (git ls-files) in a clone, every file outside build/ and .git otherwise;
# binary files are skipped (grep -I). Prints "ok - ..." or "not ok - ..."
# per finding, then "N passed, M failed".
cd "$(dirname "$0")/../.." || exit 1
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files)
else
    files=$(find . -path ./build -prune -o -path ./.git -prune -o -type f -print)
fi
found=$(printf '%s\n' "$files" | tr '\n' '\0' |
    xargs -0 grep -n -I -E '^(<<<<<<<|>>>>>>>)( |$)' 2>/dev/null)
if [ -z "$found" ]; then
    echo "ok - no conflict marker in the tree"
    echo "1 passed, 0 failed"
    exit 0
fi
printf '%s\n' "$found" | while IFS= read -r line; do
    echo "not ok - conflict marker: $line"
done
echo "0 passed, 1 failed"
exit 1
