#!/bin/sh
# tests/hardening/kill9.sh KHGEN WORKDIR [MOMENTS] - kill -9 during builds.
#
# A large generated plan is built once as version A and once as version B
# (a changed title: every output differs). Then, MOMENTS times (default 8;
# the issue asks for 50: KILL_MOMENTS=50), the output directory is reset
# to A's outputs, a build of B is started and killed with SIGKILL at a
# random moment of its run. Right after the kill the directory may hold
# something else only beside a commit journal (.khgen-commit-*, or .~X for
# a short plan name: src/tempname.c); after the
# next build into it (one of a missing plan, which writes nothing but first
# completes or undoes a killed commit: src/outputs.c) it must hold exactly
# A's set or exactly B's set - never a mix - and nothing else (no temporary,
# no journal). Two kills aimed by the test hook KHGEN_TEST_KILL_AFTER_RENAMES
# land where no timed kill can: before the commit point (A's set must come
# back) and after two of the renames (a mixed set that B's must replace).
# Then the same for the one-file writer (khgen new -o FILE), whose one
# possible leftover, the complete new text named but not yet renamed, is
# also aimed at by a hook (KHGEN_TEST_KILL_IN_RENAME).
# Prints "ok - ..."/"not ok - ..." and "N passed, M failed".
set -u
khgen=$1
work=$2
moments=${3:-${KILL_MOMENTS:-8}}
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$work"
mkdir -p "$work/a" "$work/b"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

/usr/bin/python3 "$top/tests/bench/gen_plan.py" 600 2500 >"$work/a/big.yaml"
sed '0,/title:/s/title: \(.*\)/title: \1 (bản mới)/' "$work/a/big.yaml" >"$work/b/big.yaml"
"$khgen" build -o "$work/out-a" "$work/a/big.yaml" 2>"$work/err" || { not_ok "version A builds"; cat "$work/err"; }
start=$(date +%s%N)
"$khgen" build -o "$work/out-b" "$work/b/big.yaml" 2>"$work/err" || { not_ok "version B builds"; cat "$work/err"; }
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
[ "$ms" -gt 0 ] || ms=1
names=$(ls -A "$work/out-a" | LC_ALL=C sort | tr '\n' ' ')
sums() { (cd "$1" && for f in $names; do [ -f "$f" ] && cksum "$f"; done) | awk '{print $1}' | tr '\n' ' '; }
sum_a=$(sums "$work/out-a")
sum_b=$(sums "$work/out-b")
[ "$sum_a" != "$sum_b" ] && ok "versions A and B differ in every output ($names; a build takes ${ms} ms)" \
    || not_ok "versions A and B differ"

# recover_and_check LABEL: the state after a kill, then after recovery
recover_and_check() {
    before=$(ls -A "$work/out" | LC_ALL=C sort | tr '\n' ' ')
    if [ "$before" != "$names" ] && ! ls -A "$work/out" | grep -q '^\.khgen-commit-\|^\.~[A-Za-z0-9]*$'; then
        not_ok "$1: '$before' left without a commit journal"
        return
    fi
    "$khgen" build -o "$work/out" "$work/no-such-plan.yaml" 2>/dev/null
    now=$(ls -A "$work/out" | LC_ALL=C sort | tr '\n' ' ')
    sum=$(sums "$work/out")
    if [ "$now" != "$names" ]; then
        not_ok "$1: after recovery the directory holds '$now', expected '$names'"
    elif [ "$sum" = "$sum_a" ]; then
        seen_a=$((seen_a + 1))
        ok "$1: the earlier outputs, untouched"
    elif [ "$sum" = "$sum_b" ]; then
        seen_b=$((seen_b + 1))
        ok "$1: the new outputs, complete"
    else
        not_ok "$1: a mixed set of outputs"
    fi
}

seen_a=0
seen_b=0
for at in 0 2; do
    rm -rf "$work/out"
    cp -a "$work/out-a" "$work/out"
    KHGEN_TEST_KILL_AFTER_RENAMES=$at "$khgen" build -o "$work/out" "$work/b/big.yaml" 2>/dev/null
    mixed=$(sums "$work/out")
    if [ "$at" = 2 ] && { [ "$mixed" = "$sum_a" ] || [ "$mixed" = "$sum_b" ]; }; then
        not_ok "the hook's kill after 2 renames leaves a mixed set to recover"
    fi
    want=$([ "$at" = 0 ] && echo "$sum_a" || echo "$sum_b")
    recover_and_check "kill -9 aimed at the commit ($at renames done)"
    [ "$(sums "$work/out")" = "$want" ] ||
        not_ok "kill -9 aimed at the commit ($at renames done): recovered to the wrong set"
done
seen_a=0
seen_b=0

i=0
seen_b=0
while [ $i -lt "$moments" ]; do
    i=$((i + 1))
    rm -rf "$work/out"
    cp -a "$work/out-a" "$work/out"
    # a moment in [0, 1.5 x the build time), in milliseconds
    delay=$(awk -v seed="$i$$" -v ms="$ms" 'BEGIN {srand(seed); printf "%.3f", rand() * ms * 1.5 / 1000}')
    "$khgen" build -o "$work/out" "$work/b/big.yaml" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    recover_and_check "kill -9 after ${delay}s"
done
echo "# $seen_a times the old set, $seen_b times the new set"

# The one-file writer (-o FILE of new, import, convert, diff, init): killed
# at random moments of `khgen new` of the large plan, FILE must hold the
# old text or the whole new one, and nothing may sit beside it (the text is
# written unnamed, O_TMPFILE, and named only once complete).
"$khgen" new --from "$work/a/big.yaml" --year 2030 -o "$work/new-a.yaml" >/dev/null 2>&1
start=$(date +%s%N)
"$khgen" new --from "$work/b/big.yaml" --year 2030 -o "$work/new-b.yaml" >/dev/null 2>&1
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
[ "$ms" -gt 0 ] || ms=1
sum_old=$(cksum <"$work/new-a.yaml")
sum_new=$(cksum <"$work/new-b.yaml")
[ "$sum_old" != "$sum_new" ] && ok "khgen new of versions A and B differ (${ms} ms)" || not_ok "khgen new of versions A and B differ"
i=0
old_seen=0
new_seen=0
window_seen=0
while [ $i -lt "$moments" ]; do
    i=$((i + 1))
    rm -rf "$work/one"
    mkdir -p "$work/one"
    cp "$work/new-a.yaml" "$work/one/plan.yaml"
    delay=$(awk -v seed="$i$$" -v ms="$ms" 'BEGIN {srand(seed); printf "%.3f", rand() * ms * 1.2 / 1000}')
    "$khgen" new --force --from "$work/b/big.yaml" --year 2030 -o "$work/one/plan.yaml" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    left=$(ls -A "$work/one" | tr '\n' ' ')
    sum=$(cksum <"$work/one/plan.yaml")
    # The one state beside the file a kill may leave (src/util.c
    # write_unnamed): the complete new text linked under a temporary name
    # (a dot, no longer than "plan.yaml") and not yet renamed over the old
    # file, which is intact. No system call names a file over another, so
    # this window can be made short (the stop signals wait), not closed; a
    # busy CI machine preempting khgen inside it met it once in 8 kills
    # (session 30's fresh-clone run). Anything else beside it fails.
    extra=$(ls -A "$work/one" | grep -v '^plan\.yaml$')
    if [ "$left" != "plan.yaml " ] && [ "$(printf '%s\n' "$extra" | wc -l)" -eq 1 ] &&
        printf '%s' "$extra" | grep -q '^\.[A-Za-z0-9-]\{1,8\}$' &&
        [ "$sum" = "$sum_old" ] && [ "$(cksum <"$work/one/$extra")" = "$sum_new" ]; then
        window_seen=$((window_seen + 1))
        ok "one-file writer killed after ${delay}s between naming and renaming: the old file intact, the whole new text beside it as $extra"
    elif [ "$left" != "plan.yaml " ]; then
        not_ok "one-file writer killed after ${delay}s: '$left' in the directory"
    elif [ "$sum" = "$sum_old" ]; then
        old_seen=$((old_seen + 1))
        ok "one-file writer killed after ${delay}s: the old file, nothing beside it"
    elif [ "$sum" = "$sum_new" ]; then
        new_seen=$((new_seen + 1))
        ok "one-file writer killed after ${delay}s: the whole new file, nothing beside it"
    else
        not_ok "one-file writer killed after ${delay}s: a partial file"
    fi
done
echo "# one-file writer: $old_seen times the old file, $new_seen times the new one, $window_seen times both"
# aimed: killed with half of the text written (a test hook), onto an
# existing file and onto a new one
for target in plan.yaml fresh.yaml; do
    rm -rf "$work/one"
    mkdir -p "$work/one"
    cp "$work/new-a.yaml" "$work/one/plan.yaml"
    KHGEN_TEST_KILL_IN_WRITE=1 "$khgen" new --force --from "$work/b/big.yaml" --year 2030 \
        -o "$work/one/$target" >/dev/null 2>&1
    st=$?
    left=$(ls -A "$work/one" | tr '\n' ' ')
    if [ "$st" -ne 137 ]; then
        not_ok "one-file writer killed half-way through $target: the hook did not kill it (status $st)"
    elif [ "$left" = "plan.yaml " ] && [ "$(cksum <"$work/one/plan.yaml")" = "$sum_old" ]; then
        ok "one-file writer killed half-way through $target: nothing beside the old file"
    else
        not_ok "one-file writer killed half-way through $target: '$left' in the directory"
    fi
done
# aimed: killed between the complete new text's temporary name and its
# rename over the old file (a test hook): the documented window the
# random kills above accept, so that it is asserted, not only allowed
rm -rf "$work/one"
mkdir -p "$work/one"
cp "$work/new-a.yaml" "$work/one/plan.yaml"
KHGEN_TEST_KILL_IN_RENAME=1 "$khgen" new --force --from "$work/b/big.yaml" --year 2030 \
    -o "$work/one/plan.yaml" >/dev/null 2>&1
st=$?
extra=$(ls -A "$work/one" | grep -v '^plan\.yaml$')
if [ "$st" -eq 137 ] && [ "$(printf '%s\n' "$extra" | wc -l)" -eq 1 ] &&
    printf '%s' "$extra" | grep -q '^\.[A-Za-z0-9-]\{1,8\}$' &&
    [ "$(cksum <"$work/one/plan.yaml")" = "$sum_old" ] &&
    [ "$(cksum <"$work/one/$extra")" = "$sum_new" ]; then
    ok "one-file writer killed between naming and renaming: the old file intact, the whole new text beside it as $extra"
else
    not_ok "one-file writer killed between naming and renaming: status $st, '$(ls -A "$work/one" | tr '\n' ' ')' in the directory"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
