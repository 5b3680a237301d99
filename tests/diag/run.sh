#!/bin/sh
# tests/diag/run.sh - the diagnostics corpus: broken plans and their exact
# diagnostics.
#
#   sh tests/diag/run.sh [--update] [-j JOBS] KHGEN
#
# Each case is one plan, tests/diag/NAME.yaml, with
#   NAME.expected  the exact standard error of `KHGEN check tests/diag/NAME.yaml`
#                  run from the repository root (source lines and carets
#                  included; empty for a near miss, a plan that must pass);
#   NAME.status    the expected exit status (0, or 1 for plan errors);
#   NAME.args      optional: extra options put before the plan (e.g. -Werror).
# Cases whose name ends in "-ok" are near misses: plans that come close to a
# rule without breaking it, and must give no diagnostic at all.
#
# Prints "ok - NAME" or "not ok - NAME" (with a unified diff of the
# difference) per case, then "N passed, M failed"; exits 1 if any failed.
# --update rewrites NAME.expected and NAME.status from the current output,
# for reviewing by eye (git diff tests/diag) before committing.
# -j JOBS runs that many cases at a time; the report is the same, in the
# same order.
set -u

update=0
jobs=1
while [ $# -gt 1 ]; do
    case $1 in
        --update) update=1; shift ;;
        -j) jobs=$2; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -ne 1 ]; then
    echo "usage: sh tests/diag/run.sh [--update] [-j JOBS] KHGEN" >&2
    exit 2
fi
khgen=$1

# Run from the repository root so the paths in the output are relative.
root=$(cd "$(dirname "$0")/../.." && pwd)
case $khgen in
    /*) ;;
    *) khgen=$(pwd)/$khgen ;;
esac
cd "$root" || exit 2
if [ ! -x "$khgen" ]; then
    echo "run.sh: '$khgen' is not an executable khgen" >&2
    exit 2
fi

# Sanitizer reports go to stderr too, so a leak or an undefined behaviour
# makes the case fail.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export ASAN_OPTIONS
LC_ALL=C.UTF-8
export LC_ALL

# the hang guard of every suite (tests/cpu_guard.sh: CPU time, not wall)
guard=$root/tests/cpu_guard.sh

# run_case NAME OUT: runs one case, writes its report to OUT; the first
# line of OUT is "ok - ..." or "not ok - ...".
run_case() {
    name=$1
    out=$2
    dir=tests/diag
    plan=$dir/$name.yaml
    ctmp=$(mktemp -d) || exit 2
    args=""
    [ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
    # shellcheck disable=SC2086
    "$guard" 20 "$khgen" check $args "$plan" >"$ctmp/stdout" 2>"$ctmp/stderr"
    status=$?
    if [ $update -eq 1 ]; then
        cp "$ctmp/stderr" "$dir/$name.expected"
        echo "$status" >"$dir/$name.status"
    fi
    ok=1
    if [ ! -f "$dir/$name.expected" ] || [ ! -f "$dir/$name.status" ]; then
        echo "not ok - $name (no $name.expected or $name.status: run with --update)" >"$out"
        rm -rf "$ctmp"
        return
    fi
    if ! cmp -s "$ctmp/stderr" "$dir/$name.expected"; then
        ok=0
    fi
    want_status=$(cat "$dir/$name.status")
    if [ "$status" != "$want_status" ]; then
        ok=0
    fi
    if [ -s "$ctmp/stdout" ]; then
        ok=0
    fi
    if [ $ok -eq 1 ]; then
        echo "ok - $name" >"$out"
    else
        {
            echo "not ok - $name (exit status $status, expected $want_status)"
            diff -u "$dir/$name.expected" "$ctmp/stderr" | sed 's/^/    /'
            if [ -s "$ctmp/stdout" ]; then
                echo "    unexpected standard output:"
                sed 's/^/    /' "$ctmp/stdout"
            fi
        } >"$out"
    fi
    rm -rf "$ctmp"
}

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

names=$(for plan in tests/diag/*.yaml; do
    [ -e "$plan" ] && basename "$plan" .yaml
done)
# -j: case i goes to worker i mod JOBS; each worker is a background subshell
i=0
for name in $names; do
    echo "$name" >>"$tmp/worker.$((i % jobs))"
    i=$((i + 1))
done
w=0
while [ $w -lt "$jobs" ]; do
    if [ -f "$tmp/worker.$w" ]; then
        (
            while read -r name; do
                run_case "$name" "$tmp/$name.result"
            done <"$tmp/worker.$w"
        ) &
    fi
    w=$((w + 1))
done
wait

passed=0
failed=0
for name in $names; do
    if [ -f "$tmp/$name.result" ]; then
        cat "$tmp/$name.result"
    else
        echo "not ok - $name (the case did not run)"
    fi
    if head -n 1 "$tmp/$name.result" 2>/dev/null | grep -q '^ok - '; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
