#!/bin/sh
# tests/fuzz/run.sh MODE FUZZ_DIR SECONDS TARGET... - runs the libFuzzer
# targets built by `make fuzz-build` (see tests/fuzz/README.md).
#
#   campaign  coverage-guided fuzzing, SECONDS per target, the corpus kept
#             and grown in FUZZ_DIR/corpus/TARGET (seeded on first use),
#             crashes written to FUZZ_DIR/crashes/TARGET/; FUZZ_JOBS targets
#             at once (default 1). Prints executions and coverage per target.
#   check     for `make check`: each target runs once over its seeds and
#             every committed reproducer (tests/fuzz/crashes/*/*), then a
#             short coverage-guided run from the seeds; SECONDS is the
#             budget of all the short runs together, shared evenly (at
#             least 2 s each), and each run is also killed by `timeout`
#             past its share plus a grace, so the suite stays bounded even
#             if an input hangs (reported as a failure: a hang is a bug).
#             Everything (corpus, crash files, logs) is written under one
#             temporary directory, removed at the end; a failure prints its
#             input in base64 and the seed to replay the run with.
#             Prints ok/not ok per step.
#
# With no TARGET, every tests/fuzz/fuzz_NAME.c is a target.
#
# Seeds: plans/*.yaml, tests/diag/*.yaml, templates/ (catalogs, presets and
# the template files, for the template target), tests/fuzz/seeds/TARGET/ and
# the reproducers. Dictionary: tests/fuzz/yaml.dict.
set -u
mode=$1
dir=$2
secs=$3
shift 3
top0=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$#" -eq 0 ]; then
    set -- $(cd "$top0/tests/fuzz" && ls fuzz_*.c | sed 's/^fuzz_//; s/\.c$//')
fi
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
dict=tests/fuzz/yaml.dict
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

# seeds TARGET DEST: copies the seed files of TARGET into DEST
seeds() {
    mkdir -p "$2"
    for f in plans/*.yaml tests/diag/*.yaml templates/catalogs/*.yaml \
        tests/fuzz/seeds/"$1"/* tests/fuzz/crashes/*/*; do
        [ -f "$f" ] && cp "$f" "$2/$(echo "$f" | tr / _)"
    done
    if [ "$1" = template ]; then
        for f in templates/*.md templates/*.html templates/*.css templates/*.yaml; do
            [ -f "$f" ] && cp "$f" "$2/$(echo "$f" | tr / _)"
        done
    fi
    return 0
}

# stats LOG: "N executions, cov C, ft F, corpus K" from a libFuzzer log
stats() {
    line=$(grep -E '^#[0-9]+' "$1" | tail -n 1)
    execs=$(grep -E 'stat::number_of_executed_units' "$1" | tail -n 1 | awk '{print $2}')
    [ -n "$execs" ] || execs=$(echo "$line" | sed 's/^#\([0-9]*\).*/\1/')
    cov=$(echo "$line" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$line" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(echo "$line" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
    echo "${execs:-0} executions, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
}

case $mode in
campaign)
    mkdir -p "$dir/logs"
    jobs=${FUZZ_JOBS:-1}
    running=0
    for t in "$@"; do
        corpus=$dir/corpus/$t
        [ -d "$corpus" ] || seeds "$t" "$corpus"
        mkdir -p "$dir/crashes/$t"
        (
            nice "$dir/fuzz_$t" -max_total_time="$secs" -dict="$dict" -timeout="${FUZZ_TIMEOUT:-10}" \
                -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
                -artifact_prefix="$dir/crashes/$t/" "$corpus" >"$dir/logs/$t.log" 2>&1
            echo "$?" >"$dir/logs/$t.status"
        ) &
        running=$((running + 1))
        if [ "$running" -ge "$jobs" ]; then
            wait
            running=0
        fi
    done
    wait
    for t in "$@"; do
        st=$(cat "$dir/logs/$t.status" 2>/dev/null || echo 1)
        # libFuzzer keeps an input that took over 10 s of wall time as a
        # slow-unit-* file and goes on, and one over FUZZ_TIMEOUT seconds
        # (default 10) as a timeout-* file and stops; on a loaded machine,
        # at nice 19, that is mostly the load. Each is run again here: one
        # that still takes over FUZZ_SLOW_CPU seconds of CPU (default 5, the
        # sanitizer build) is a failure, the others are reported and kept.
        for u in "$dir/crashes/$t"/slow-unit-* "$dir/crashes/$t"/timeout-*; do
            [ -f "$u" ] || continue
            /usr/bin/time -f '%U %S' -o "$dir/logs/$t.slowtime" "$dir/fuzz_$t" -runs=1 "$u" \
                >/dev/null 2>&1
            cpu=$(tail -n 1 "$dir/logs/$t.slowtime" | awk '{printf "%.2f", $1 + $2}')
            if awk "BEGIN {exit !($cpu <= ${FUZZ_SLOW_CPU:-5})}"; then
                echo "# fuzz_$t: $(basename "$u") took ${cpu}s of CPU when run again (slow only under load)"
                mkdir -p "$dir/slow/$t"
                mv "$u" "$dir/slow/$t/"
            fi
        done
        n_crash=$(ls "$dir/crashes/$t" 2>/dev/null | wc -l)
        if [ "$st" -eq 0 ] && [ "$n_crash" -eq 0 ]; then
            ok "fuzz_$t: $(stats "$dir/logs/$t.log") in ${secs}s"
        else
            not_ok "fuzz_$t: status $st, $n_crash crash file(s) in $dir/crashes/$t ($(stats "$dir/logs/$t.log"))"
            grep -E 'ERROR|runtime error|SUMMARY' "$dir/logs/$t.log" | head -5 | sed 's/^/    | /'
        fi
    done
    ;;
check)
    work=$(mktemp -d "${TMPDIR:-/tmp}/khgen-fuzz.XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    # the targets write nothing outside $work (fuzz_include's directory
    # goes under TMPDIR too); cwd there, so a stray artifact lands there too
    export TMPDIR=$work
    per=$((secs / $#))
    [ "$per" -ge 2 ] || per=2
    for t in "$@"; do
        bin=$dir/fuzz_$t
        if [ ! -x "$bin" ]; then
            not_ok "fuzz_$t: $bin not built (make fuzz-build)"
            continue
        fi
        case $bin in /*) ;; *) bin=$top/$bin ;; esac
        seeds "$t" "$work/seeds-$t"
        # every seed and reproducer once, no mutation
        mkdir -p "$work/corpus-$t" "$work/crash-$t"
        if (cd "$work" && timeout -k 5 300 "$bin" -runs=0 -timeout=10 -rss_limit_mb=2560 \
            -artifact_prefix="$work/crash-$t/" "$work/seeds-$t") >"$work/$t.replay" 2>&1; then
            ok "fuzz_$t: $(ls "$work/seeds-$t" | wc -l) seeds and reproducers run clean"
        else
            not_ok "fuzz_$t: a seed or reproducer fails"
            grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$work/$t.replay" | head -5 | sed 's/^/    | /'
        fi
        if (cd "$work" && timeout -k 5 $((per + 60)) "$bin" -max_total_time="$per" \
            -dict="$top/$dict" -timeout=10 -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
            -artifact_prefix="$work/crash-$t/" "$work/corpus-$t" "$work/seeds-$t") \
            >"$work/$t.log" 2>&1; then
            ok "fuzz_$t: ${per}s coverage-guided, $(stats "$work/$t.log")"
        else
            st=$?
            [ "$st" -eq 124 ] || [ "$st" -eq 137 ] && echo "    | killed after $((per + 60)) s: an input hangs"
            not_ok "fuzz_$t: the short run found a failure ($(stats "$work/$t.log"))"
            grep -E 'INFO: Seed' "$work/$t.log" | head -1 | sed 's/.*Seed: \([0-9]*\).*/    | replay the run with -seed=\1/'
            grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$work/$t.log" | head -5 | sed 's/^/    | /'
            for c in "$work/crash-$t"/*; do
                [ -f "$c" ] && echo "    reproducer (base64): $(head -c 600 "$c" | base64 -w0)"
            done
        fi
    done
    ;;
*)
    echo "usage: sh tests/fuzz/run.sh campaign|check FUZZ_DIR SECONDS TARGET..." >&2
    exit 2
    ;;
esac
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
