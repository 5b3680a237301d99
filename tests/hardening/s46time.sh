#!/bin/sh
# tests/hardening/s46time.sh KHGEN WORKDIR - no timed case may flake on a
# loaded CI machine (session 46, issue 8). Session 45's stop CI failed two
# timed cases of linear work and nothing else: lead30 4 (`timeout 60
# "$khgen" new ...`, the sanitizers' build held to the release build's
# second: 1.11 s) and render28 F1/F5 (a scaling_case whose 4n run, three
# times over, took 0.91 s against n's 0.15 s: 6.07 over its 6). The
# helpers of timed.sh changed once for every caller; these cases feed them
# commands of known cost (cpu_of replaced by one that reads each run's
# figure from a list) and assert the verdicts. Each fails at main 87c2fa81
# unless named a guard:
#  L1  limit_for of `timeout 20 KHGEN ...` with KHGEN the sanitizers' build
#      is their limit (87c2fa81: the release build's).
#  L2  guard: `timeout 20 RELEASE ...` keeps the release build's limit.
#  S1  a scaling_case of linear work whose first three pairs are inflated
#      (CI's 0.91 s against 0.15 s) passes on a fourth or fifth pair
#      (87c2fa81: the best of three, failed).
#  S2  guard: a scaling_case of quadratic work (16x each pair) still fails,
#      after five pairs.
#  S3  a scaling_case's n and 4n runs are each held to twice the limit
#      (4n of linear work at 1.2 s against a second: 87c2fa81 failed it).
#  S4  guard: a 4n run past twice the limit still fails.
#  R1  a ratio_case over its ratio is measured again (87c2fa81: two runs
#      each, no rerun): 0.7 s twice then 0.35 s against 0.1 s passes (its
#      small input the mean of four runs back to back, as scaling_case's).
#  R2  guard: a ratio_case of quadratic work (16x every run) still fails.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

. "$(dirname "$0")/timed_fake.sh"
# figures NAME F...: the figures of fake NAME's runs
figures() {
    _n=$1
    shift
    printf '%s\n' "$@" >"$work/fake.$_n"
    rm -f "$work/fake.$_n.i"
}
# verdict CASE...: runs CASE (a helper call) in a subshell whose cpu_of is
# fake_cpu, the release limit 1 s; prints its "ok"/"not ok" lines into
# $work/v.out and sets $v_fail to the number of "not ok" among them
verdict() {
    (
        cpu_of() { fake_cpu "$@"; }
        limit=1
        pass=0 fail=0
        "$@"
    ) >"$work/v.out" 2>&1
    v_fail=$(grep -c '^not ok' "$work/v.out")
}
v_lines() { tr '\n' '|' <"$work/v.out" | head -c 400; }

# L1, L2: the limit goes with the build a case runs, behind `timeout N` too
got=$(khgen_sanitized=1 khgen=$work/san-khgen timed=$work/rel-khgen limit=1 san_limit=5
    limit_for timeout 20 "$khgen" new --year 2025
    echo "$case_limit")
if [ "$got" = 5 ]; then
    ok "L1: timeout 20 KHGEN (the sanitizers' build) is held to their limit (5 s)"
else
    not_ok "L1: limit_for of timeout 20 KHGEN (the sanitizers' build) gave ${got}s, not 5 s"
fi
got=$(khgen_sanitized=1 khgen=$work/san-khgen timed=$work/rel-khgen limit=1 san_limit=5
    limit_for timeout 20 "$timed" new --year 2025
    echo "$case_limit")
if [ "$got" = 1 ]; then
    ok "L2 (guard): timeout 20 RELEASE keeps the release build's limit (1 s)"
else
    not_ok "L2: limit_for of timeout 20 RELEASE gave ${got}s, not 1 s"
fi

# S1, S2: scaling_case measures a pair over its ratio again, up to five
# pairs in all, and keeps each command's best
figures small 0.15
figures large 0.91 0.91 0.91 0.58 0.58
verdict scaling_case "linear" fake small -- fake large
if [ "$v_fail" = 0 ] && grep -q '^ok - linear: 4n took 0.58s, n 0.150s' "$work/v.out"; then
    ok "S1: linear work inflated in three pairs passes on a later pair (0.58 s against 0.15 s)"
else
    not_ok "S1: $(v_lines)"
fi
figures small 0.15
figures large 2.40
verdict scaling_case "quadratic" fake small -- fake large
if grep -q '^not ok - quadratic: 4n took 2.40s, n 0.150*s.*more than 6 times' "$work/v.out"; then
    ok "S2 (guard): quadratic work (16x) still fails"
else
    not_ok "S2: $(v_lines)"
fi

# S3, S4: the n and 4n runs of a scaling_case are each within twice the
# limit; the ratio judges their growth
figures small 0.30
figures large 1.20
verdict scaling_case "heavy linear" fake small -- fake large
if [ "$v_fail" = 0 ] && grep -q '^ok - heavy linear, 4n: 1.20s (limit 2s)' "$work/v.out"; then
    ok "S3: a 4n run of linear work at 1.2 s against a second passes (twice the limit, ratio 4)"
else
    not_ok "S3: $(v_lines)"
fi
figures small 0.60
figures large 2.40
verdict scaling_case "slow" fake small -- fake large
if grep -q '^not ok - slow, 4n: 2.40s of CPU, status 0' "$work/v.out"; then
    ok "S4 (guard): a 4n run past twice the limit still fails"
else
    not_ok "S4: $(v_lines)"
fi

# R1, R2: ratio_case measures a pair over its ratio again
figures small 0.10
figures big 0.70 0.70 0.35
verdict ratio_case "linear" small big fake FILE
if [ "$v_fail" = 0 ] && grep -q '^ok - linear: 0.100s then 0.35s' "$work/v.out"; then
    ok "R1: a ratio_case inflated in its first two runs passes on the third (0.35 s against 0.10 s)"
else
    not_ok "R1: $(v_lines)"
fi
figures small 0.10
figures big 1.60
verdict ratio_case "quadratic" small big fake FILE
if grep -q '^not ok - quadratic: 0.100*s then 1.60s of CPU for 4 times the input' "$work/v.out"; then
    ok "R2 (guard): quadratic work (16x) still fails a ratio_case"
else
    not_ok "R2: $(v_lines)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
