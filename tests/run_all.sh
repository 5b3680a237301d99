#!/bin/sh
# tests/run_all.sh BUILD_DIR - every test of khgen, as `make check` runs it.
#
# BUILD_DIR holds the sanitizer build (khgen and the cmocka test programs).
# Each suite prints "ok - ..." / "not ok - ..." lines and ends with
# "N passed, M failed"; this script runs them all, whatever fails, sums
# their counts and ends with the same line for the whole run. Exit status
# is non-zero if any check failed or any suite could not run.
set -u
build=${1:-build/asan}
khgen="$build/khgen"
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
work=$(mktemp -d /tmp/khgen-tests.XXXXXX)
trap 'rm -rf "$work"' EXIT

total_pass=0
total_fail=0
suites_failed=""

# run_suite NAME COMMAND...: runs a suite, shows its output, adds its counts.
run_suite() {
    name=$1
    shift
    echo "== $name"
    log="$work/$name.log"
    "$@" >"$log" 2>&1
    status=$?
    cat "$log"
    # cmocka: "[  PASSED  ] 5 test(s)." / "[  FAILED  ] 1 test(s), listed below:"
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    # our suites: a last line "N passed, M failed"
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -n "$line" ]; then
        p=$((p + $(echo "$line" | sed 's/ passed.*//')))
        f=$((f + $(echo "$line" | sed 's/.* passed, \([0-9]*\) failed.*/\1/')))
    fi
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 # the suite failed without saying what: count it once
        echo "not ok - suite $name exited with status $status"
    fi
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    [ "$status" -ne 0 ] && suites_failed="$suites_failed $name"
    return 0
}

for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    run_suite "unit-$(basename "$t")" "$t"
done
run_suite e2e sh tests/e2e/run.sh "$khgen" "$work/e2e"
[ -f tests/diag/run.sh ] && run_suite diagnostics sh tests/diag/run.sh "$khgen"
run_suite fidelity-md sh tests/fidelity.sh "$khgen" "$work/fidelity"
[ -f tests/md/check_md.py ] && run_suite markdown /usr/bin/python3 tests/md/check_md.py "$khgen" "$work/md"
run_suite fuzz python3 tests/fuzz/mutate.py "$khgen" 200
run_suite cycle sh tests/cycle/run.sh "$khgen" "$work/cycle"
[ -f tests/html/check_html.sh ] && run_suite html sh tests/html/check_html.sh "$khgen" "$top/output/test-html"
[ -f tests/xlsx/check_xlsx.sh ] && run_suite xlsx sh tests/xlsx/check_xlsx.sh "$khgen" "$work/xlsx"

echo "=="
[ -n "$suites_failed" ] && echo "failed suites:$suites_failed"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] && [ -z "$suites_failed" ]
