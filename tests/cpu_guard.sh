#!/bin/sh
# tests/cpu_guard.sh SECONDS COMMAND... - the hang guard every suite puts
# before a command that could run without end (session 48). Until then the
# suites wrote `timeout 60` (or 10, 20, 30, 300): a bound on wall time. On
# a loaded machine wall time is not the command's cost: in session 47,
# beside two fuzz jobs at nice 0 (load 29-44), suites run at nice 10 had
# correct runs of 0.3-0.5 s of CPU killed at 60 s of wall time, and a stop
# CI run on such a machine would fail so. The guard judges what a hang is
# about, CPU time:
#  - COMMAND, and each process it starts, may use SECONDS of CPU time
#    (RLIMIT_CPU, `ulimit -t`: the kernel sends SIGXCPU past it). A hang
#    that computes is killed there, however busy the machine: after
#    SECONDS of wall time on an idle core, SECONDS over its share of a
#    core when loaded;
#  - a hang that waits and computes nothing (a read of a pipe nobody
#    writes) never reaches the CPU bound: the whole command is killed after
#    max(1800, 10 x SECONDS) seconds of wall time (CPU_GUARD_WALL=N: N
#    seconds, for a test of the guard itself). A run of a second of CPU is
#    past that only on a share under 1/1800 of a core, one of ten seconds
#    (the sanitizers' largest limit) under 1/180: session 48 saw mutant runs
#    get 1-2% of a core, with the fuzz jobs at nice -10 and nine of its own
#    runs at nice 10 (at 600 s a ten-second run would have been cut).
# Ends with COMMAND's status, or 124, as `timeout` does, when a bound
# killed it, with a line on stderr naming the bound ("cpu_guard: ...").
# Give SECONDS well over what the command may cost (timed.sh's cpu_of gives
# 30 s, its limits being 1 to 10 s); core dumps are off.
set -u
if [ "$#" -lt 2 ]; then
    echo "usage: cpu_guard.sh SECONDS COMMAND..." >&2
    exit 2
fi
secs=$1
shift
wall=$((secs * 10))
[ "$wall" -ge 1800 ] || wall=1800
wall=${CPU_GUARD_WALL:-$wall}
ulimit -c 0
ulimit -S -t "$secs"
timeout -k 5 "$wall" "$@"
status=$?
# timeout ends with the signal its command died of: SIGXCPU, 24, past the
# soft limit
case $status in
124)
    echo "cpu_guard: killed after ${wall}s of wall time (a command waiting, not computing)" >&2
    ;;
152)
    echo "cpu_guard: killed at ${secs}s of CPU time (its bound)" >&2
    status=124
    ;;
esac
exit "$status"
