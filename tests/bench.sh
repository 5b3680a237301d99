#!/bin/sh
# tests/bench.sh - speed and memory figures (`make bench`).
#
# 1. Generates a big plan (tests/bench/gen_plan.py: 5,000 localities and
#    20,000 tasks, with figures, references and two attachment tables) into
#    build/bench/big-plan.yaml, and times `./khgen check` on it: best and
#    median wall time of 3 runs, and the peak resident memory (from
#    /usr/bin/time -v when it is installed, else from the kernel's rusage of
#    the child, tests/bench/measure.py). The check must find nothing: the
#    plan is correct, so the figure is the cost of a clean check.
# 2. Times `./khgen build` of each example plan in plans/ (all formats, into
#    a temporary directory), best of 3.
#
# Run from anywhere; uses ./khgen of the repository (make bench builds it).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
khgen=./khgen
[ -x "$khgen" ] || { echo "bench.sh: build ./khgen first (make khgen)" >&2; exit 2; }
localities=${BENCH_LOCALITIES:-5000}
tasks=${BENCH_TASKS:-20000}

mkdir -p build/bench
big=build/bench/big-plan.yaml
python3 tests/bench/gen_plan.py "$localities" "$tasks" > "$big"
size=$(wc -c < "$big" | tr -d ' ')
lines=$(wc -l < "$big" | tr -d ' ')

# the plan must be clean: any diagnostic means the benchmark measures errors
if ! "$khgen" check "$big" 2> build/bench/check.stderr; then
    echo "bench.sh: khgen check reported errors on the generated plan:" >&2
    head -20 build/bench/check.stderr >&2
    exit 1
fi
if [ -s build/bench/check.stderr ]; then
    echo "bench.sh: note: khgen check printed diagnostics on the generated plan:" >&2
    head -5 build/bench/check.stderr >&2
fi

echo "khgen check on a plan of $localities localities and $tasks tasks ($lines lines, $size bytes):"
result=$(python3 tests/bench/measure.py 3 "$khgen" check "$big")
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    rss=$(/usr/bin/time -v "$khgen" check "$big" 2>&1 >/dev/null |
          sed -n 's/.*Maximum resident set size (kbytes): *//p')
    result=$(echo "$result" | sed "s/maxrss=[0-9]*KB/maxrss=${rss}KB/")
    echo "  $result   (maxrss from /usr/bin/time -v)"
else
    echo "  $result   (maxrss from getrusage)"
fi

echo "khgen build (md, html, xlsx) of the example plans, best of 3:"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM
for plan in plans/*.yaml; do
    [ -e "$plan" ] || continue
    result=$(python3 tests/bench/measure.py 3 "$khgen" build -o "$out" "$plan")
    printf '  %-28s %s\n' "$(basename "$plan")" "$result"
done
