#!/bin/sh
# tests/bench.sh - `make bench`: speed and memory at national scale, against
# the floors (libyaml, cmark, libxlsxwriter) and the peers (pandoc, Python
# XlsxWriter), as ratios; 1,000 small plans; scaling at 1/4, 1/2 and 1x.
# See tests/bench/bench.py for what is measured and the environment
# variables (BENCH_LOCALITIES, BENCH_TASKS, BENCH_RUNS, BENCH_SMALL,
# BENCH_PANDOC). Prints figures; never fails because the machine is slow.
#
# Run from anywhere; uses ./khgen of the repository (make bench builds it).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -x ./khgen ] || { echo "bench.sh: build ./khgen first (make khgen)" >&2; exit 2; }
exec nice python3 tests/bench/bench.py ./khgen
