#!/usr/bin/env python3
"""measure.py - best-of-N wall time and peak memory of a command.

    python3 tests/bench/measure.py RUNS COMMAND [ARG...]

Runs COMMAND RUNS times (standard output and error discarded) and prints
one line:

    best=0.412s median=0.430s maxrss=152640KB faults=38927 status=0

best and median are wall-clock times; maxrss is the largest resident set
size of the runs and faults the minor page faults of the best run, both
from the kernel's accounting of the child (wait4, the getrusage of one
child), so no /usr/bin/time is needed. status is the exit status of the
last run.
"""
import os
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: measure.py RUNS COMMAND [ARG...]\n")
        return 2
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    times, best_faults, maxrss, status = [], 0, 0, 0
    devnull = open(os.devnull, "wb")
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=devnull, stderr=devnull)
        _, wait_status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(wait_status)
        status = child.returncode
        if not times or elapsed < min(times):
            best_faults = usage.ru_minflt
        times.append(elapsed)
        maxrss = max(maxrss, usage.ru_maxrss)
    times.sort()
    print("best=%.3fs median=%.3fs maxrss=%dKB faults=%d status=%d"
          % (times[0], times[len(times) // 2], maxrss, best_faults, status))
    return 0


if __name__ == "__main__":
    sys.exit(main())
