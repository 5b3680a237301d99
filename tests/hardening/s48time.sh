#!/bin/sh
# tests/hardening/s48time.sh KHGEN WORKDIR - the suites' hang guard judges
# CPU time, not wall time (session 48, issue 8). Session 47 saw correct
# runs of 0.3-0.5 s of CPU killed by the suites' `timeout 60` at load
# 29-44, and fixfig26's KH634/KH213 timed cases ran khgen with no bound at
# all (a slow mutant ran past five minutes). Now every suite puts
# tests/cpu_guard.sh before a command that could run without end, and
# timed.sh's cpu_of puts it before every timed run. Each case fails at main
# 682a4afb (no guard there but `timeout`):
#  W1  a command that uses no CPU for 3 s of wall time (what a loaded
#      machine does to a correct run) ends with its own status under a
#      guard of 1 s (682a4afb had no guard but `timeout`: `timeout 1`
#      kills it, 124).
#  W2  a command that computes without end is killed at the guard's CPU
#      bound, 124, and says so.
#  W3  a command that waits without end is killed at the wall bound
#      (CPU_GUARD_WALL=2 here; 1800 s by default), 124, and says so.
#  W4  a timed_case of a command that never ends, with no guard of its own
#      (fixfig26's KH634 and KH213 shape), fails at cpu_of's guard
#      (682a4afb: it ran until this suite's own bound stopped it).
#  W5  no suite holds khgen to wall time: no `timeout N "$khgen"` or
#      `"$timed"` in tests/ (682a4afb: 101 lines, and seven Python
#      suites' `timeout=`), but for three named wall assertions: run.sh's open
#      pipe (khgen must not wait for a writer: `sleep 4 | timeout 2`) and
#      the real PDF engines (Chromium, LibreOffice: engine.sh, attack6).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# elapsed COMMAND...: runs it, sets $status and $secs, its wall time
elapsed() {
    _t0=$(date +%s.%N)
    "$@" >"$work/g.out" 2>"$work/g.err"
    status=$?
    secs=$(awk -v a="$_t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
}

# W1: wall time without CPU is no hang
elapsed "${guard:-/nonexistent}" 1 sh -c 'sleep 3; exit 2'
if [ "$status" = 2 ]; then
    ok "W1: 3 s of wall time and no CPU under a guard of 1 s: its own status 2 (${secs}s)"
else
    not_ok "W1: 3 s of wall time and no CPU under a guard of 1 s: status $status, not 2 ($(head -c 200 "$work/g.err"))"
fi

# W2: a command that computes without end
cpu_of "${guard:-/nonexistent}" 1 sh -c 'while :; do :; done'
if [ "$status" = 124 ] && grep -q '^cpu_guard: killed at 1s of CPU time' "$work/err" &&
    awk "BEGIN {exit !($cpu >= 0.8 && $cpu <= 2)}"; then
    ok "W2: a loop without end is killed at the guard's 1 s of CPU (${cpu}s, status 124)"
else
    not_ok "W2: a loop without end under a guard of 1 s: status $status, ${cpu}s of CPU ($(head -c 200 "$work/err"))"
fi

# W3: a command that waits without end
CPU_GUARD_WALL=2 elapsed "${guard:-/nonexistent}" 1 sleep 60
if [ "$status" = 124 ] && grep -q '^cpu_guard: killed after 2s of wall time' "$work/g.err" &&
    awk "BEGIN {exit !($secs < 30)}"; then
    ok "W3: a wait without end is killed at the wall bound (CPU_GUARD_WALL=2: ${secs}s, status 124)"
else
    not_ok "W3: a wait without end, wall bound 2 s: status $status after ${secs}s ($(head -c 200 "$work/g.err"))"
fi

# W4: a timed case with no guard of its own; at 682a4afb the loop is
# stopped by this case's own bound, 10 s of CPU a process (ulimit -t: no
# wall time, which a loaded machine stretches: `timeout 20` here killed the
# case itself at load 20), as SIGXCPU, status 152; TIMED_LOG emptied: no
# line of this made-up case in a sweep's log
( ulimit -t 10; TIMED_LOG=; exec sh -c '
    set -u
    . "$(dirname "$0")/timed.sh"
    timed_guard=1
    timed_case "spin" sh -c "while :; do :; done"
' "$top/tests/hardening/w4" "$khgen" "$work/w4" ) >"$work/w4.out" 2>&1
w4=$?
if [ "$w4" = 0 ] && grep -q '^not ok - spin: [0-9.]*s of CPU, status 124 (limit [0-9.]*s)$' "$work/w4.out" &&
    grep -q 'cpu_guard: killed at 1s of CPU time' "$work/w4.out"; then
    ok "W4: a timed case that never ends, with no guard of its own, fails at cpu_of's guard (status 124)"
else
    not_ok "W4: a timed case that never ends: status $w4 ($(tr '\n' '|' <"$work/w4.out" | head -c 300))"
fi

# W5: no wall-time bound before khgen in any suite, but the named ones
/usr/bin/python3 - "$top/tests" >"$work/w5.out" <<'PY'
import glob, os, re, sys
tests = sys.argv[1]
allowed = [  # wall assertions by nature (file, what the line holds)
    ('hardening/run.sh', 'sleep 4 | timeout 2 "$khgen" check'),
    ('hardening/engine.sh', 'timeout 300 "$khgen" build -f pdf --pdf-engine=$engine'),
    ('hardening/attack6.sh', 'timeout 300 "$khgen" build -f pdf -o'),
]
found = []
for path in sorted(glob.glob(os.path.join(tests, '**', '*.sh'), recursive=True)):
    rel = os.path.relpath(path, tests)
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if rel == 'hardening/s48time.sh' or line.lstrip().startswith(('#', 'limit_for ')) or \
                not re.search(r'timeout +\S+ +"?\$(khgen|timed)\b', line):
            continue  # (limit_for only reads the words: s46time's L1, L2)
        if not any(rel == f and what in line for f, what in allowed):
            found.append('%s:%d' % (rel, n))
for path in sorted(glob.glob(os.path.join(tests, '**', '*.py'), recursive=True)):
    text = open(path, encoding='utf-8').read()
    if 'khgen' in text and re.search(r'subprocess\.run\([^)]*timeout=', text) and \
            not path.endswith('round33.py'):  # LibreOffice and Chromium only
        found.append(os.path.relpath(path, tests))
print(len(found), ' '.join(found[:12]))
PY
if [ "$(cut -d' ' -f1 "$work/w5.out")" = 0 ]; then
    ok "W5: no suite bounds khgen by wall time but the three named wall assertions"
else
    not_ok "W5: wall-time bounds before khgen (write \"\$guard\" N, tests/cpu_guard.sh: N seconds of CPU, not of wall time): $(head -c 400 "$work/w5.out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
