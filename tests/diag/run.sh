#!/bin/sh
# tests/diag/run.sh - the diagnostics corpus: broken plans and their exact
# diagnostics.
#
#   sh tests/diag/run.sh [--update] KHGEN
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
set -u

update=0
if [ "${1:-}" = "--update" ]; then
    update=1
    shift
fi
if [ $# -ne 1 ]; then
    echo "usage: sh tests/diag/run.sh [--update] KHGEN" >&2
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

timeout_cmd=""
if command -v timeout >/dev/null 2>&1; then
    timeout_cmd="timeout 20"
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

passed=0
failed=0
for plan in tests/diag/*.yaml; do
    [ -e "$plan" ] || continue
    name=$(basename "$plan" .yaml)
    dir=tests/diag
    args=""
    [ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
    # shellcheck disable=SC2086
    $timeout_cmd "$khgen" check $args "$plan" >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    if [ $update -eq 1 ]; then
        cp "$tmp/stderr" "$dir/$name.expected"
        echo "$status" >"$dir/$name.status"
    fi
    ok=1
    if [ ! -f "$dir/$name.expected" ] || [ ! -f "$dir/$name.status" ]; then
        echo "not ok - $name (no $name.expected or $name.status: run with --update)"
        failed=$((failed + 1))
        continue
    fi
    if ! cmp -s "$tmp/stderr" "$dir/$name.expected"; then
        ok=0
    fi
    want_status=$(cat "$dir/$name.status")
    if [ "$status" != "$want_status" ]; then
        ok=0
    fi
    if [ -s "$tmp/stdout" ]; then
        ok=0
    fi
    if [ $ok -eq 1 ]; then
        echo "ok - $name"
        passed=$((passed + 1))
    else
        echo "not ok - $name (exit status $status, expected $want_status)"
        diff -u "$dir/$name.expected" "$tmp/stderr" | sed 's/^/    /'
        if [ -s "$tmp/stdout" ]; then
            echo "    unexpected standard output:"
            sed 's/^/    /' "$tmp/stdout"
        fi
        failed=$((failed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
