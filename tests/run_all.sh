#!/bin/sh
# tests/run_all.sh [--fast] BUILD_DIR - the tests of khgen.
#
#   sh tests/run_all.sh build/asan            every suite (`make check`)
#   sh tests/run_all.sh --fast build/release  the fast tier (`make test`):
#       unit tests, diagnostics corpus, e2e, fidelity, the shape of src/
#       (tests/structure: include cycles, file and function sizes) and the
#       schema file regenerated from src/keys.def (tests/schema/generated.sh),
#       the README and khgen(1) against the binary (tests/readme/run.sh)
#
# BUILD_DIR holds khgen and the cmocka test programs (BUILD_DIR/tests/).
# Each suite prints "ok - ..." / "not ok - ..." lines and ends with
# "N passed, M failed"; this script runs them all, whatever fails, and
# shows of each only its failures (with their detail lines) and one summary
# line, "SUITE: N passed, M failed (T s)". The full output of every suite
# goes to build/check.log (build/test.log for --fast). It ends with the
# same "N passed, M failed" line for the whole run. Exit status is non-zero
# if any check failed or any suite could not run. VERBOSE=1 shows every
# suite's whole output as well.
set -u
fast=0
if [ "${1:-}" = "--fast" ]; then
    fast=1
    shift
fi
build=${1:-build/asan}
khgen="$build/khgen"
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
work=$(mktemp -d /tmp/khgen-tests.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p build
if [ $fast -eq 1 ]; then full_log=build/test.log; else full_log=build/check.log; fi
: >"$full_log"
ncpu=$(nproc 2>/dev/null || echo 2)
now_ms() { date +%s%N | cut -c1-13; }

total_pass=0
total_fail=0
suites_failed=""

# run_suite NAME COMMAND...: the full tier's suites go into a queue (one
# "NAME COMMAND..." a line; no word of a command holds a space) that
# run_queue works off in FULL_LANES lanes side by side (default: one a
# processor, at most two) and reports in the order queued. A serial run
# of the full tier took 41 minutes of a 2-core CI machine, whose second
# core sat idle while one suite waited for its processes; the brief asks
# for CI under 30. FULL_LANES=1 runs them one after the other.
run_suite() {
    echo "$*" >>"$work/queue"
}

# run_one NAME COMMAND...: runs a suite, its log, exit status and time
# to $work for report_suite.
run_one() {
    name=$1
    shift
    start=$(now_ms)
    "$@" >"$work/$name.log" 2>&1
    echo $? >"$work/$name.status.tmp"
    echo $(( $(now_ms) - start )) >"$work/$name.ms"
    mv "$work/$name.status.tmp" "$work/$name.status"
}

# next_in_queue: the number of the queue's next line not yet taken (a
# lane's turn under a lock: mkdir is atomic), past the end when none is.
next_in_queue() {
    while ! mkdir "$work/queue.lock" 2>/dev/null; do
        sleep 0.05
    done
    n=$(cat "$work/queue.next")
    echo $((n + 1)) >"$work/queue.next"
    rmdir "$work/queue.lock"
    echo "$n"
}

# run_queue: the lanes take the queue's suites in turn, the longest ones
# first (the end of the run waits on no long suite alone); each lane has a
# home of its own, so that two LibreOffice or Chromium processes of two
# lanes never share a user profile (a second soffice hands its conversion
# to the first and may write nothing). The reports follow in the queue's
# order as soon as a suite and all before it have ended.
run_queue() {
    lanes=${FULL_LANES:-$ncpu}
    [ "$lanes" -gt 2 ] && [ -z "${FULL_LANES:-}" ] && lanes=2
    [ "$lanes" -ge 1 ] || lanes=1
    # the order taken: these first, the rest as queued
    heavy=" slips slips21 slips20 fixi18n26 outputs27 docx docx18 html xlsx import i18n diagnostics "
    { while read -r name cmd; do
          case $heavy in *" $name "*) echo "$name $cmd" ;; esac
      done <"$work/queue"
      while read -r name cmd; do
          case $heavy in *" $name "*) ;; *) echo "$name $cmd" ;; esac
      done <"$work/queue"; } >"$work/queue.taken"
    total=$(wc -l <"$work/queue.taken")
    echo 1 >"$work/queue.next"
    lane=0
    while [ "$lane" -lt "$lanes" ]; do
        lane=$((lane + 1))
        mkdir -p "$work/home.$lane"
        (
            export HOME="$work/home.$lane"
            unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
            while :; do
                n=$(next_in_queue)
                [ "$n" -le "$total" ] || break
                # shellcheck disable=SC2046
                run_one $(sed -n "${n}p" "$work/queue.taken") </dev/null
            done
        ) &
    done
    while read -r name cmd; do
        while [ ! -f "$work/$name.status" ]; do
            sleep 1
        done
        report_suite "$name" "$(cat "$work/$name.status")" "$(cat "$work/$name.ms")"
    done <"$work/queue"
    wait
}

# start_suite NAME COMMAND...: runs a suite in the background (the fast
# tier); its log, exit status and time land in $work for report_suite.
start_suite() {
    name=$1
    shift
    (
        start=$(now_ms)
        "$@" >"$work/$name.log" 2>&1
        echo $? >"$work/$name.status"
        echo $(( $(now_ms) - start )) >"$work/$name.ms"
    ) &
}

# report_suite NAME STATUS MS: shows a finished suite's failures and its
# summary line, appends its log to the full log, adds its counts.
report_suite() {
    name=$1
    status=$2
    elapsed=$3
    log="$work/$name.log"
    { echo "== $name"; cat "$log"; } >>"$full_log"
    if [ "${VERBOSE:-0}" = 1 ]; then
        echo "== $name"
        cat "$log"
    fi
    # cmocka: "[  PASSED  ] 5 test(s)." / "[  FAILED  ] 1 test(s), listed below:"
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    # our suites: a last line "N passed, M failed"
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -n "$line" ]; then
        p=$((p + $(echo "$line" | sed 's/ passed.*//')))
        f=$((f + $(echo "$line" | sed 's/.* passed, \([0-9]*\) failed.*/\1/')))
    fi
    if [ "${VERBOSE:-0}" != 1 ]; then
        # the failures: each "not ok" line and the detail lines under it;
        # of a cmocka program, its FAILED/ERROR lines and the messages
        # (with what the failing test printed before them)
        awk '
            /^ok - / { show = 0; next }
            /^not ok/ { show = 1; print; next }
            /^[0-9]+ passed, [0-9]+ failed/ { show = 0; next }
            /^\[ *(FAILED|ERROR|LINE) *\]/ { printf "%s", buf; buf = ""; print; next }
            /^\[/ { show = 0; buf = ""; next }
            show { print; next }
            { buf = buf $0 "\n" }
        ' "$log"
    fi
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 # the suite failed without saying what: count it once
        echo "not ok - suite $name exited with status $status; its last lines:"
        tail -n 15 "$log" | sed 's/^/    | /'
    fi
    printf '%s: %d passed, %d failed (%d.%d s)\n' "$name" "$p" "$f" \
        $((elapsed / 1000)) $((elapsed % 1000 / 100))
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    [ "$status" -ne 0 ] && suites_failed="$suites_failed $name"
    return 0
}

# The suites of the fast tier (`make test`), one "NAME COMMAND..." a line
# (no word of a command holds a space). They are independent (each writes
# only under its own $work/NAME), so the fast tier runs them side by side
# in five lanes: most of their time goes into starting processes and
# waiting for them, which the lanes overlap, and on a 2-core machine busy
# with other work more lanes get a fairer share of the processors.
# The reports come out in this order whatever order the suites finish in.
fast_suites() {
    for t in "$build"/tests/test_*; do
        [ -x "$t" ] && echo "unit-$(basename "$t") $t"
    done
    echo "e2e sh tests/e2e/run.sh $khgen $work/e2e"
    [ -f tests/diag/run.sh ] && echo "diagnostics sh tests/diag/run.sh -j $ncpu $khgen"
    echo "i18n sh tests/i18n/run.sh -j $ncpu $khgen"
    echo "fidelity-md sh tests/fidelity.sh $khgen $work/fidelity"
    [ -f tests/md/check_md.py ] && echo "markdown /usr/bin/python3 tests/md/check_md.py $khgen $work/md"
    echo "import env IMPORT_OFFICE=$((1 - fast)) sh tests/import/run.sh $khgen $work/import"
    echo "structure python3 tests/structure/check.py src"
    echo "whattodo /usr/bin/python3 tests/diag/whattodo.py"
    echo "markers sh tests/structure/markers.sh"
    echo "warnings sh tests/structure/warnings.sh"
    echo "schema-file sh tests/schema/generated.sh $build/gen-schema"
    echo "readme sh tests/readme/run.sh $khgen $work/readme"
}
fast_suites >"$work/suites"
if [ $fast -eq 1 ]; then
    # the three longest suites (i18n, import, diagnostics) have a lane each,
    # the end-to-end suites a fourth, the unit tests and the rest a fifth
    while read -r name cmd; do
        case $name in
            i18n|import|diagnostics) lane=$name ;;
            e2e|fidelity-md|markdown) lane=e2e ;;
            *) lane=rest ;;
        esac
        echo "$name $cmd" >>"$work/lane.$lane"
    done <"$work/suites"
    for lane in "$work"/lane.*; do
        (
            while read -r name cmd; do
                # shellcheck disable=SC2086
                start_suite "$name" $cmd </dev/null
                wait
            done <"$lane"
        ) &
    done
    wait
    while read -r name cmd; do
        if [ -f "$work/$name.status" ]; then
            report_suite "$name" "$(cat "$work/$name.status")" "$(cat "$work/$name.ms")"
        else
            echo "the suite did not run" >>"$work/$name.log"
            report_suite "$name" 2 0
        fi
    done <"$work/suites"
else
    while read -r name cmd; do
        # shellcheck disable=SC2086
        run_suite "$name" $cmd
    done <"$work/suites"
fi
if [ $fast -eq 1 ]; then
    echo "=="
    [ -n "$suites_failed" ] && echo "failed suites:$suites_failed (full log: $full_log)"
    echo "$total_pass passed, $total_fail failed"
    [ "$total_fail" -eq 0 ] && [ -z "$suites_failed" ]
    exit
fi
run_suite fuzz python3 tests/fuzz/mutate.py "$khgen" 200
# coverage-guided: every libFuzzer target (every tests/fuzz/fuzz_*.c) over
# its seeds and reproducers, then a short run of FUZZ_CHECK_SECONDS (60) in
# all, artifacts in a temporary directory (make check builds them;
# tests/fuzz/README.md)
[ -x build/fuzz/fuzz_load ] && run_suite libfuzzer sh tests/fuzz/run.sh check build/fuzz \
    "${FUZZ_CHECK_SECONDS:-60}"
run_suite legacy sh tests/legacy/run.sh "$khgen" "$build/legacy-encode" "$work/legacy"
run_suite schema /usr/bin/python3 tests/schema/check.py "$khgen" "$build/gen-schema"
run_suite install sh tests/install/run.sh "$work/install"
run_suite cycle sh tests/cycle/run.sh "$khgen" "$work/cycle"
run_suite hardening sh tests/hardening/run.sh "$khgen" "$work/hardening"
run_suite shapes sh tests/hardening/shapes.sh "$khgen" "$work/shapes"
run_suite attack6 sh tests/hardening/attack6.sh "$khgen" "$work/attack6"
run_suite attack7 sh tests/hardening/attack7.sh "$khgen" "$work/attack7"
run_suite attack8 sh tests/hardening/attack8.sh "$khgen" "$work/attack8"
run_suite attack9 sh tests/hardening/attack9.sh "$khgen" "$work/attack9"
run_suite attack10 sh tests/hardening/attack10.sh "$khgen" "$work/attack10"
run_suite attack11 sh tests/hardening/attack11.sh "$khgen" "$work/attack11"
run_suite attack12 sh tests/hardening/attack12.sh "$khgen" "$work/attack12"
run_suite attack13 sh tests/hardening/attack13.sh "$khgen" "$work/attack13"
run_suite attack14 sh tests/hardening/attack14.sh "$khgen" "$work/attack14"
run_suite attack15 sh tests/hardening/attack15.sh "$khgen" "$work/attack15"
run_suite attack16 sh tests/hardening/attack16.sh "$khgen" "$work/attack16"
run_suite attack17 sh tests/hardening/attack17.sh "$khgen" "$work/attack17"
run_suite attack18 sh tests/hardening/attack18.sh "$khgen" "$work/attack18"
run_suite attack19 sh tests/hardening/attack19.sh "$khgen" "$work/attack19"
run_suite attack20 sh tests/hardening/attack20.sh "$khgen" "$work/attack20"
run_suite attack21 sh tests/hardening/attack21.sh "$khgen" "$work/attack21"
run_suite attack22 sh tests/hardening/attack22.sh "$khgen" "$work/attack22"
run_suite attack23 sh tests/hardening/attack23.sh "$khgen" "$work/attack23"
run_suite attack24 sh tests/hardening/attack24.sh "$khgen" "$work/attack24"
run_suite attack25 sh tests/hardening/attack25.sh "$khgen" "$work/attack25"
run_suite attack26 sh tests/hardening/attack26.sh "$khgen" "$work/attack26"
run_suite attack27 sh tests/hardening/attack27.sh "$khgen" "$work/attack27"
run_suite attack28 sh tests/hardening/attack28.sh "$khgen" "$work/attack28"
run_suite attack29 sh tests/hardening/attack29.sh "$khgen" "$work/attack29"
run_suite attack30 sh tests/hardening/attack30.sh "$khgen" "$work/attack30"
run_suite attack31 sh tests/hardening/attack31.sh "$khgen" "$work/attack31"
run_suite attack32 sh tests/hardening/attack32.sh "$khgen" "$work/attack32"
run_suite attack33 sh tests/hardening/attack33.sh "$khgen" "$work/attack33"
run_suite attack34 sh tests/hardening/attack34.sh "$khgen" "$work/attack34"
run_suite attack35 sh tests/hardening/attack35.sh "$khgen" "$work/attack35"
run_suite s36attack sh tests/hardening/s36attack.sh "$khgen" "$work/s36attack"
run_suite s36yaml sh tests/hardening/s36yaml.sh "$khgen" "$work/s36yaml"
run_suite s36lang sh tests/hardening/s36lang.sh "$khgen" "$work/s36lang"
run_suite s36mut sh tests/hardening/s36mut.sh "$khgen" "$work/s36mut"
run_suite s37mut sh tests/hardening/s37mut.sh "$khgen" "$work/s37mut"
run_suite s38mut sh tests/hardening/s38mut.sh "$khgen" "$work/s38mut"
run_suite s39mut sh tests/hardening/s39mut.sh "$khgen" "$work/s39mut"
run_suite s40mut sh tests/hardening/s40mut.sh "$khgen" "$work/s40mut"
run_suite s41mut sh tests/hardening/s41mut.sh "$khgen" "$work/s41mut"
run_suite s37slip sh tests/hardening/s37slip.sh "$khgen" "$work/s37slip"
run_suite s38slip sh tests/hardening/s38slip.sh "$khgen" "$work/s38slip"
run_suite s39slip sh tests/hardening/s39slip.sh "$khgen" "$work/s39slip"
run_suite s40slip sh tests/hardening/s40slip.sh "$khgen" "$work/s40slip"
run_suite s41slip sh tests/hardening/s41slip.sh "$khgen" "$work/s41slip"
run_suite s37review sh tests/hardening/s37review.sh "$khgen" "$work/s37review"
run_suite s38review sh tests/hardening/s38review.sh "$khgen" "$work/s38review"
run_suite s39review sh tests/hardening/s39review.sh "$khgen" "$work/s39review"
run_suite s40review sh tests/hardening/s40review.sh "$khgen" "$work/s40review"
run_suite s41review sh tests/hardening/s41review.sh "$khgen" "$work/s41review"
run_suite s42review sh tests/hardening/s42review.sh "$khgen" "$work/s42review"
run_suite s43review sh tests/hardening/s43review.sh "$khgen" "$work/s43review"
run_suite s44review sh tests/hardening/s44review.sh "$khgen" "$work/s44review"
run_suite s45review sh tests/hardening/s45review.sh "$khgen" "$work/s45review"
run_suite s46review sh tests/hardening/s46review.sh "$khgen" "$work/s46review"
run_suite s47review sh tests/hardening/s47review.sh "$khgen" "$work/s47review"
run_suite s48review sh tests/hardening/s48review.sh "$khgen" "$work/s48review"
run_suite s49review sh tests/hardening/s49review.sh "$khgen" "$work/s49review"
run_suite s50review sh tests/hardening/s50review.sh "$khgen" "$work/s50review"
run_suite s51review sh tests/hardening/s51review.sh "$khgen" "$work/s51review"
run_suite s52review sh tests/hardening/s52review.sh "$khgen" "$work/s52review"
run_suite s53review sh tests/hardening/s53review.sh "$khgen" "$work/s53review"
run_suite s54review sh tests/hardening/s54review.sh "$khgen" "$work/s54review"
run_suite s55review sh tests/hardening/s55review.sh "$khgen" "$work/s55review"
run_suite s45attack sh tests/hardening/s45attack.sh "$khgen" "$work/s45attack"
run_suite s46attack sh tests/hardening/s46attack.sh "$khgen" "$work/s46attack"
run_suite s47attack sh tests/hardening/s47attack.sh "$khgen" "$work/s47attack"
run_suite s48attack sh tests/hardening/s48attack.sh "$khgen" "$work/s48attack"
run_suite s49attack sh tests/hardening/s49attack.sh "$khgen" "$work/s49attack"
run_suite s50attack sh tests/hardening/s50attack.sh "$khgen" "$work/s50attack"
run_suite s50fuzz sh tests/hardening/s50fuzz.sh "$khgen" "$work/s50fuzz"
run_suite s51ole sh tests/hardening/s51ole.sh "$khgen" "$work/s51ole"
run_suite s47slips sh tests/hardening/s47slips.sh "$khgen" "$work/s47slips"
run_suite s47user sh tests/hardening/s47user.sh "$khgen" "$work/s47user"
run_suite s48user sh tests/hardening/s48user.sh "$khgen" "$work/s48user"
run_suite s48lead sh tests/hardening/s48lead.sh "$khgen" "$work/s48lead"
run_suite s49user sh tests/hardening/s49user.sh "$khgen" "$work/s49user"
run_suite s49it sh tests/hardening/s49it.sh "$khgen" "$work/s49it"
run_suite s50reform sh tests/hardening/s50reform.sh "$khgen" "$work/s50reform"
run_suite s50user sh tests/hardening/s50user.sh "$khgen" "$work/s50user"
run_suite s50merge sh tests/hardening/s50merge.sh "$khgen" "$work/s50merge"
run_suite s51cycle sh tests/hardening/s51cycle.sh "$khgen" "$work/s51cycle"
run_suite s51province sh tests/hardening/s51province.sh "$khgen" "$work/s51province"
run_suite s52cycle sh tests/hardening/s52cycle.sh "$khgen" "$work/s52cycle"
run_suite s53cycle sh tests/hardening/s53cycle.sh "$khgen" "$work/s53cycle"
run_suite s54cycle sh tests/hardening/s54cycle.sh "$khgen" "$work/s54cycle"
run_suite s55cycle sh tests/hardening/s55cycle.sh "$khgen" "$work/s55cycle"
run_suite lead51 sh tests/hardening/lead51.sh "$khgen" "$work/lead51"
run_suite lead52 sh tests/hardening/lead52.sh "$khgen" "$work/lead52"
run_suite s51word sh tests/hardening/s51word.sh "$khgen" "$work/s51word"
run_suite s51print sh tests/hardening/s51print.sh "$khgen" "$work/s51print"
run_suite s52print sh tests/hardening/s52print.sh "$khgen" "$work/s52print"
run_suite s52user sh tests/hardening/s52user.sh "$khgen" "$work/s52user"
run_suite s52import sh tests/hardening/s52import.sh "$khgen" "$work/s52import"
run_suite s53user sh tests/hardening/s53user.sh "$khgen" "$work/s53user"
run_suite s53import sh tests/hardening/s53import.sh "$khgen" "$work/s53import"
run_suite s53print sh tests/hardening/s53print.sh "$khgen" "$work/s53print"
run_suite s54import sh tests/hardening/s54import.sh "$khgen" "$work/s54import"
run_suite s54user sh tests/hardening/s54user.sh "$khgen" "$work/s54user"
run_suite s55user sh tests/hardening/s55user.sh "$khgen" "$work/s55user"
run_suite lead54 sh tests/hardening/lead54.sh "$khgen" "$work/lead54"
run_suite s55import sh tests/hardening/s55import.sh "$khgen" "$work/s55import"
run_suite lead55 sh tests/hardening/lead55.sh "$khgen" "$work/lead55"
run_suite valgrind37 sh tests/hardening/valgrind37.sh "$khgen" "$work/valgrind37"
run_suite s37low2 sh tests/hardening/s37low2.sh "$khgen" "$work/s37low2"
run_suite s37lang sh tests/hardening/s37lang.sh "$khgen" "$work/s37lang"
run_suite s38low sh tests/hardening/s38low.sh "$khgen" "$work/s38low"
run_suite s38types sh tests/hardening/s38types.sh "$khgen" "$work/s38types"
run_suite s39types sh tests/hardening/s39types.sh "$khgen" "$work/s39types"
run_suite s40types sh tests/hardening/s40types.sh "$khgen" "$work/s40types"
run_suite s41msg sh tests/hardening/s41msg.sh "$khgen" "$work/s41msg"
run_suite s41lead sh tests/hardening/s41lead.sh "$khgen" "$work/s41lead"
run_suite s42msg sh tests/hardening/s42msg.sh "$khgen" "$work/s42msg"
run_suite s43msg sh tests/hardening/s43msg.sh "$khgen" "$work/s43msg"
run_suite s42lead sh tests/hardening/s42lead.sh "$khgen" "$work/s42lead"
run_suite s43lead sh tests/hardening/s43lead.sh "$khgen" "$work/s43lead"
run_suite s44lead sh tests/hardening/s44lead.sh "$khgen" "$work/s44lead"
run_suite s45slip sh tests/hardening/s45slip.sh "$khgen" "$work/s45slip"
run_suite s46time sh tests/hardening/s46time.sh "$khgen" "$work/s46time"
run_suite s47time sh tests/hardening/s47time.sh "$khgen" "$work/s47time"
run_suite s48time sh tests/hardening/s48time.sh "$khgen" "$work/s48time"
run_suite s43readme sh tests/hardening/s43readme.sh "$khgen" "$work/s43readme"
run_suite s43fix sh tests/hardening/s43fix.sh "$khgen" "$work/s43fix"
run_suite s44fix sh tests/hardening/s44fix.sh "$khgen" "$work/s44fix"
run_suite fixnull25 sh tests/hardening/fixnull25.sh "$khgen" "$work/fixnull25"
run_suite tables18 sh tests/hardening/tables18.sh "$khgen" "$work/tables18"
run_suite docx15 sh tests/hardening/docx15.sh "$khgen" "$work/docx15"
run_suite docx16 sh tests/hardening/docx16.sh "$khgen" "$work/docx16"
run_suite docx17 sh tests/hardening/docx17.sh "$khgen" "$work/docx17"
run_suite docx18 sh tests/hardening/docx18.sh "$khgen" "$work/docx18"
run_suite s43print sh tests/hardening/s43print.sh "$khgen" "$work/s43print"
run_suite s44print sh tests/hardening/s44print.sh "$khgen" "$work/s44print"
run_suite foreign23 sh tests/hardening/foreign23.sh "$khgen" "$work/foreign23"
run_suite foreign24 sh tests/hardening/foreign24.sh "$khgen" "$work/foreign24"
run_suite foreign25 sh tests/hardening/foreign25.sh "$khgen" "$work/foreign25"
run_suite foreign26 sh tests/hardening/foreign26.sh "$khgen" "$work/foreign26"
run_suite foreign28 sh tests/hardening/foreign28.sh "$khgen" "$work/foreign28"
run_suite foreign29 sh tests/hardening/foreign29.sh "$khgen" "$work/foreign29"
run_suite foreign30 sh tests/hardening/foreign30.sh "$khgen" "$work/foreign30"
run_suite foreign31 sh tests/hardening/foreign31.sh "$khgen" "$work/foreign31"
run_suite foreign32 sh tests/hardening/foreign32.sh "$khgen" "$work/foreign32"
run_suite review25 sh tests/hardening/review25.sh "$khgen" "$work/review25"
run_suite grid24 sh tests/hardening/grid24.sh "$khgen" "$work/grid24"
run_suite user13 sh tests/hardening/user13.sh "$khgen" "$work/user13"
run_suite user14 sh tests/hardening/user14.sh "$khgen" "$work/user14"
run_suite user16 sh tests/hardening/user16.sh "$khgen" "$work/user16"
run_suite user17 sh tests/hardening/user17.sh "$khgen" "$work/user17"
run_suite user18 sh tests/hardening/user18.sh "$khgen" "$work/user18"
run_suite user29 sh tests/hardening/user29.sh "$khgen" "$work/user29"
run_suite user31 sh tests/hardening/user31.sh "$khgen" "$work/user31"
run_suite i18n15 sh tests/hardening/i18n15.sh "$khgen" "$work/i18n15"
run_suite formats10 sh tests/hardening/formats10.sh "$khgen" "$work/formats10"
run_suite formats11 sh tests/hardening/formats11.sh "$khgen" "$work/formats11"
run_suite cross21 sh tests/hardening/cross21.sh "$khgen" "$work/cross21"
run_suite round22 sh tests/hardening/round22.sh "$khgen" "$work/round22"
run_suite round23 sh tests/hardening/round23.sh "$khgen" "$work/round23"
run_suite round24 sh tests/hardening/round24.sh "$khgen" "$work/round24"
run_suite fiximp24 sh tests/hardening/fiximp24.sh "$khgen" "$work/fiximp24"
run_suite round25 sh tests/hardening/round25.sh "$khgen" "$work/round25"
run_suite fixlow25 sh tests/hardening/fixlow25.sh "$khgen" "$work/fixlow25"
run_suite fixlang26 sh tests/hardening/fixlang26.sh "$khgen" "$work/fixlang26"
run_suite import12 sh tests/hardening/import12.sh "$khgen" "$work/import12"
run_suite leftovers7 sh tests/hardening/leftovers7.sh "$khgen" "$work/leftovers7"
run_suite leftovers8 sh tests/hardening/leftovers8.sh "$khgen" "$work/leftovers8"
run_suite leftovers9 sh tests/hardening/leftovers9.sh "$khgen" "$work/leftovers9"
run_suite leftovers10 sh tests/hardening/leftovers10.sh "$khgen" "$work/leftovers10"
run_suite leftovers11 sh tests/hardening/leftovers11.sh "$khgen" "$work/leftovers11"
run_suite leftovers12 sh tests/hardening/leftovers12.sh "$khgen" "$work/leftovers12"
run_suite leftovers13 sh tests/hardening/leftovers13.sh "$khgen" "$work/leftovers13"
run_suite leftovers14 sh tests/hardening/leftovers14.sh "$khgen" "$work/leftovers14"
run_suite leftovers15 sh tests/hardening/leftovers15.sh "$khgen" "$work/leftovers15"
run_suite leftovers16 sh tests/hardening/leftovers16.sh "$khgen" "$work/leftovers16"
run_suite leftovers17 sh tests/hardening/leftovers17.sh "$khgen" "$work/leftovers17"
run_suite leftovers18 sh tests/hardening/leftovers18.sh "$khgen" "$work/leftovers18"
run_suite leftovers19 sh tests/hardening/leftovers19.sh "$khgen" "$work/leftovers19"
run_suite leftovers20 sh tests/hardening/leftovers20.sh "$khgen" "$work/leftovers20"
run_suite leftovers21 sh tests/hardening/leftovers21.sh "$khgen" "$work/leftovers21"
run_suite leftovers22 sh tests/hardening/leftovers22.sh "$khgen" "$work/leftovers22"
run_suite leftovers23 sh tests/hardening/leftovers23.sh "$khgen" "$work/leftovers23"
run_suite leftovers24 sh tests/hardening/leftovers24.sh "$khgen" "$work/leftovers24"
run_suite cycle25 sh tests/hardening/cycle25.sh "$khgen" "$work/cycle25"
run_suite cycle26 sh tests/hardening/cycle26.sh "$khgen" "$work/cycle26"
run_suite cycle27 sh tests/hardening/cycle27.sh "$khgen" "$work/cycle27"
run_suite review26 sh tests/hardening/review26.sh "$khgen" "$work/review26"
run_suite fixrev26 sh tests/hardening/fixrev26.sh "$khgen" "$work/fixrev26"
run_suite review26b sh tests/hardening/review26b.sh "$khgen" "$work/review26b"
run_suite review27 sh tests/hardening/review27.sh "$khgen" "$work/review27"
run_suite review28 sh tests/hardening/review28.sh "$khgen" "$work/review28"
run_suite review29 sh tests/hardening/review29.sh "$khgen" "$work/review29"
run_suite review30 sh tests/hardening/review30.sh "$khgen" "$work/review30"
run_suite review31 sh tests/hardening/review31.sh "$khgen" "$work/review31"
run_suite review32 sh tests/hardening/review32.sh "$khgen" "$work/review32"
run_suite review33 sh tests/hardening/review33.sh "$khgen" "$work/review33"
run_suite review34 sh tests/hardening/review34.sh "$khgen" "$work/review34"
run_suite review35 sh tests/hardening/review35.sh "$khgen" "$work/review35"
run_suite review24 sh tests/hardening/review24.sh "$khgen" "$work/review24"
run_suite fix23 sh tests/hardening/fix23.sh "$khgen" "$work/fix23"
run_suite review23 sh tests/hardening/review23.sh "$khgen" "$work/review23"
run_suite lead16 sh tests/hardening/lead16.sh "$khgen" "$work/lead16"
run_suite lead17 sh tests/hardening/lead17.sh "$khgen" "$work/lead17"
run_suite lead18 sh tests/hardening/lead18.sh "$khgen" "$work/lead18"
run_suite lead22 sh tests/hardening/lead22.sh "$khgen" "$work/lead22"
run_suite cycle14 sh tests/hardening/cycle14.sh "$khgen" "$work/cycle14"
run_suite mutants8 sh tests/hardening/mutants8.sh "$khgen" "$work/mutants8"
run_suite mutants9 sh tests/hardening/mutants9.sh "$khgen" "$work/mutants9"
run_suite mutants10 sh tests/hardening/mutants10.sh "$khgen" "$work/mutants10"
run_suite mut12 sh tests/hardening/mut12.sh "$khgen" "$work/mut12"
run_suite mut13 sh tests/hardening/mut13.sh "$khgen" "$work/mut13"
run_suite mut14 sh tests/hardening/mut14.sh "$khgen" "$work/mut14"
run_suite mut15 sh tests/hardening/mut15.sh "$khgen" "$work/mut15"
run_suite mut16 sh tests/hardening/mut16.sh "$khgen" "$work/mut16"
run_suite mut17 sh tests/hardening/mut17.sh "$khgen" "$work/mut17"
run_suite mut18 sh tests/hardening/mut18.sh "$khgen" "$work/mut18"
run_suite mut19 sh tests/hardening/mut19.sh "$khgen" "$work/mut19"
run_suite mut20 sh tests/hardening/mut20.sh "$khgen" "$work/mut20"
run_suite mut21 sh tests/hardening/mut21.sh "$khgen" "$work/mut21"
run_suite mut22 sh tests/hardening/mut22.sh "$khgen" "$work/mut22"
run_suite mut23 sh tests/hardening/mut23.sh "$khgen" "$work/mut23"
run_suite mut24 sh tests/hardening/mut24.sh "$khgen" "$work/mut24"
run_suite mut25 sh tests/hardening/mut25.sh "$khgen" "$work/mut25"
run_suite mut26 sh tests/hardening/mut26.sh "$khgen" "$work/mut26"
run_suite mut27 sh tests/hardening/mut27.sh "$khgen" "$work/mut27"
run_suite mut29 sh tests/hardening/mut29.sh "$khgen" "$work/mut29"
run_suite mut30 sh tests/hardening/mut30.sh "$khgen" "$work/mut30"
run_suite mut32 sh tests/hardening/mut32.sh "$khgen" "$work/mut32"
run_suite mut33 sh tests/hardening/mut33.sh "$khgen" "$work/mut33"
run_suite mut34 sh tests/hardening/mut34.sh "$khgen" "$work/mut34"
run_suite render25 sh tests/hardening/render25.sh "$khgen" "$work/render25"
run_suite render28 sh tests/hardening/render28.sh "$khgen" "$work/render28"
run_suite print26 sh tests/hardening/print26.sh "$khgen" "$work/print26"
run_suite mutimp25 sh tests/hardening/mutimp25.sh "$khgen" "$work/mutimp25"
# session 29: timed_case's limit goes with the build a case runs
run_suite lead29 sh tests/hardening/lead29.sh "$khgen" "$work/lead29"
run_suite lead30 sh tests/hardening/lead30.sh "$khgen" "$work/lead30"
run_suite fiximp26 sh tests/hardening/fiximp26.sh "$khgen" "$work/fiximp26"
run_suite fiximp27 sh tests/hardening/fiximp27.sh "$khgen" "$work/fiximp27"
run_suite fixfig26 sh tests/hardening/fixfig26.sh "$khgen" "$work/fixfig26"
run_suite fixlow28 sh tests/hardening/fixlow28.sh "$khgen" "$work/fixlow28"
run_suite fixlow29 sh tests/hardening/fixlow29.sh "$khgen" "$work/fixlow29"
run_suite fixlow30 sh tests/hardening/fixlow30.sh "$khgen" "$work/fixlow30"
run_suite fixmed31 sh tests/hardening/fixmed31.sh "$khgen" "$work/fixmed31"
run_suite fixmed32 sh tests/hardening/fixmed32.sh "$khgen" "$work/fixmed32"
run_suite round33 sh tests/hardening/round33.sh "$khgen" "$work/round33"
run_suite round35 sh tests/hardening/round35.sh "$khgen" "$work/round35"
run_suite low33 sh tests/hardening/low33.sh "$khgen" "$work/low33"
run_suite lead33 sh tests/hardening/lead33.sh "$khgen" "$work/lead33"
run_suite low34 sh tests/hardening/low34.sh "$khgen" "$work/low34"
run_suite low35 sh tests/hardening/low35.sh "$khgen" "$work/low35"
run_suite s36low sh tests/hardening/s36low.sh "$khgen" "$work/s36low"
run_suite s36imp sh tests/hardening/s36imp.sh "$khgen" "$work/s36imp"
run_suite s37imp sh tests/hardening/s37imp.sh "$khgen" "$work/s37imp"
run_suite s37cycle sh tests/hardening/s37cycle.sh "$khgen" "$work/s37cycle"
run_suite s37imp2 sh tests/hardening/s37imp2.sh "$khgen" "$work/s37imp2"
run_suite s38cycle sh tests/hardening/s38cycle.sh "$khgen" "$work/s38cycle"
run_suite s39cycle sh tests/hardening/s39cycle.sh "$khgen" "$work/s39cycle"
run_suite s40cycle sh tests/hardening/s40cycle.sh "$khgen" "$work/s40cycle"
run_suite s41cycle sh tests/hardening/s41cycle.sh "$khgen" "$work/s41cycle"
run_suite s42cycle sh tests/hardening/s42cycle.sh "$khgen" "$work/s42cycle"
run_suite s44cycle sh tests/hardening/s44cycle.sh "$khgen" "$work/s44cycle"
run_suite s45cycle sh tests/hardening/s45cycle.sh "$khgen" "$work/s45cycle"
run_suite s46split sh tests/hardening/s46split.sh "$khgen" "$work/s46split"
run_suite s42domain sh tests/hardening/s42domain.sh "$khgen" "$work/s42domain"
run_suite s43domain sh tests/hardening/s43domain.sh "$khgen" "$work/s43domain"
run_suite s38imp sh tests/hardening/s38imp.sh "$khgen" "$work/s38imp"
run_suite s39imp sh tests/hardening/s39imp.sh "$khgen" "$work/s39imp"
run_suite s40imp sh tests/hardening/s40imp.sh "$khgen" "$work/s40imp"
run_suite s41imp sh tests/hardening/s41imp.sh "$khgen" "$work/s41imp"
run_suite s42imp sh tests/hardening/s42imp.sh "$khgen" "$work/s42imp"
run_suite s44imp sh tests/hardening/s44imp.sh "$khgen" "$work/s44imp"
run_suite s45imp sh tests/hardening/s45imp.sh "$khgen" "$work/s45imp"
run_suite s46imp sh tests/hardening/s46imp.sh "$khgen" "$work/s46imp"
run_suite s38attack sh tests/hardening/s38attack.sh "$khgen" "$work/s38attack"
run_suite s39attack sh tests/hardening/s39attack.sh "$khgen" "$work/s39attack"
run_suite s40attack sh tests/hardening/s40attack.sh "$khgen" "$work/s40attack"
run_suite s41attack sh tests/hardening/s41attack.sh "$khgen" "$work/s41attack"
run_suite s42attack sh tests/hardening/s42attack.sh "$khgen" "$work/s42attack"
run_suite s43attack sh tests/hardening/s43attack.sh "$khgen" "$work/s43attack"
run_suite s38left sh tests/hardening/s38left.sh "$khgen" "$work/s38left"
run_suite fixi18n26 sh tests/hardening/fixi18n26.sh "$khgen" "$work/fixi18n26"
run_suite fixmisc24 sh tests/hardening/fixmisc24.sh "$khgen" "$work/fixmisc24"
run_suite diag10 sh tests/hardening/diag10.sh "$khgen" "$work/diag10"
run_suite diag11 sh tests/hardening/diag11.sh "$khgen" "$work/diag11"
run_suite perf14 sh tests/hardening/perf14.sh "$khgen" "$work/perf14"
run_suite perf15 sh tests/hardening/perf15.sh "$khgen" "$work/perf15"
run_suite perf16 sh tests/hardening/perf16.sh "$khgen" "$work/perf16"
run_suite perf17 sh tests/hardening/perf17.sh "$khgen" "$work/perf17"
run_suite perf18 sh tests/hardening/perf18.sh "$khgen" "$work/perf18"
run_suite scale20 sh tests/hardening/scale20.sh "$khgen" "$work/scale20"
run_suite scale28 sh tests/hardening/scale28.sh "$khgen" "$work/scale28"
run_suite s38scale sh tests/hardening/s38scale.sh "$khgen" "$work/s38scale"
run_suite s39scale sh tests/hardening/s39scale.sh "$khgen" "$work/s39scale"
run_suite s40scale sh tests/hardening/s40scale.sh "$khgen" "$work/s40scale"
run_suite s41scale sh tests/hardening/s41scale.sh "$khgen" "$work/s41scale"
run_suite s42scale sh tests/hardening/s42scale.sh "$khgen" "$work/s42scale"
run_suite s43mem sh tests/hardening/s43mem.sh "$khgen" "$work/s43mem"
run_suite s39readme sh tests/hardening/s39readme.sh "$khgen" "$work/s39readme"
run_suite lines /usr/bin/python3 tests/hardening/lines.py "$khgen" "$work/lines"
run_suite slips sh tests/hardening/slips.sh "$khgen" "$work/slips"
run_suite slips2 sh tests/hardening/slips2.sh "$khgen" "$work/slips2"
run_suite slips19 sh tests/hardening/slips19.sh "$khgen" "$work/slips19"
run_suite slips20 sh tests/hardening/slips20.sh "$khgen" "$work/slips20"
run_suite slips21 sh tests/hardening/slips21.sh "$khgen" "$work/slips21"
run_suite drafts19 sh tests/hardening/drafts19.sh "$khgen" "$work/drafts19"
# kill -9 at random moments of builds of a large plan (the release build
# when there is one: its timing is the user's); KILL_MOMENTS=50 for the issue's
run_suite kill9 sh tests/hardening/kill9.sh "$( [ -x ./khgen ] && echo ./khgen || echo "$khgen")" \
    "$work/kill9" "${KILL_MOMENTS:-8}"
# session 27's outputs and read policy: parts of a workbook unnamed, -o's
# new directories gone after a failure, kills of three plans and of the
# one-file writers, a full device, the umask, the read policy's guards
run_suite outputs27 sh tests/hardening/outputs27.sh "$khgen" "$work/outputs27" "${KILL_MOMENTS:-6}"
# the PDF engine as khgen's child: names a URL must encode, a hung engine,
# kill -9 (the watchdog), stale directories
run_suite engine sh tests/hardening/engine.sh "$khgen" "$work/engine"
[ -f tests/html/check_html.sh ] && run_suite html sh tests/html/check_html.sh "$khgen" "$top/output/test-html"
[ -f tests/xlsx/check_xlsx.sh ] && run_suite xlsx sh tests/xlsx/check_xlsx.sh "$khgen" "$work/xlsx"
[ -f tests/docx/check_docx.sh ] && run_suite docx sh tests/docx/check_docx.sh "$khgen" "$top/output/test-docx"

run_queue

echo "=="
[ -n "$suites_failed" ] && echo "failed suites:$suites_failed (full log: $full_log)"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] && [ -z "$suites_failed" ]
