# tests/hardening/timed.sh - what the hardening suites (run.sh, shapes.sh, attack6.sh, attack7.sh, leftovers7.sh,
# leftovers8.sh, leftovers9.sh, leftovers10.sh, leftovers11.sh, leftovers12.sh, mutants8.sh, mutants9.sh,
# mutants10.sh, diag10.sh, diag11.sh, user13.sh) share, sourced by
# each after `set -u`: their arguments (KHGEN WORKDIR, made absolute; the
# work directory emptied), the pass/fail counters with ok and not_ok, and
# timed_case NAME COMMAND...: the command must take at most a second of CPU
# time (user + system, not wall time) with the release build, five under the
# sanitizers (TIMED_KHGEN, TIMED_LIMIT: another build and limit), and end
# with status 3 or less without a sanitizer report. A
# busy machine still inflates CPU time (shared caches), so a run over the
# limit is run once more and the smaller time counts. cpu_of COMMAND... sets
# $cpu and $status.
khgen=$1
work=$2
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
case $work in /*) ;; *) work=$top/$work ;; esac
# a work directory that is missing, the tree or its parent would be emptied
# with the tree in it (run by hand as `sh timed.sh ./khgen`, it emptied a
# worktree: s11diff)
case ${2:-} in "" | . | ./ | / | .. | ../) work=/ ;; esac
case $work in / | "$top" | "$top"/ | "$(dirname "$top")" | "$(dirname "$top")"/)
    echo "usage: (sourced by a suite) KHGEN WORKDIR: a WORKDIR of its own, not '${2:-}'" >&2
    exit 2 ;;
esac
rm -rf "$work"
mkdir -p "$work"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }
# readme_example FILE: README's complete example ("### A complete example",
# its first yaml block) written to FILE, the base plan of many suites' cases
readme_example() {
    awk '/^### A complete example/{f=1;next} f&&/^```yaml/{g=1;next} g&&/^```/{exit} g' \
        "$top/README.md" >"$1"
}

# readme_base: README's complete example as $work/p/ex.yaml, the plan a
# suite's cases edit; a setup failure when it does not check clean
readme_base() {
    mkdir -p "$work/p"
    readme_example "$work/p/ex.yaml"
    "$khgen" check "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "setup: the README's example does not check"
}

# edited NAME OLD NEW [OLD NEW]...: $work/p/ex.yaml with each OLD replaced
# (once) by NEW, as $work/p/NAME.yaml
edited() {
    name=$1
    shift
    /usr/bin/python3 - "$work/p/ex.yaml" "$work/p/$name.yaml" "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
args = sys.argv[3:]
for old, new in zip(args[::2], args[1::2]):
    if old not in s:
        sys.exit('edited: %r not in the example' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

timed=$khgen
limit=5
[ -x "$top/khgen" ] && timed=$top/khgen && limit=1
# TIMED_KHGEN and TIMED_LIMIT choose another build and limit by hand, e.g.
# the ASan build at one second, as the issue times its reproducers
if [ -n "${TIMED_KHGEN:-}" ]; then
    case $TIMED_KHGEN in /*) timed=$TIMED_KHGEN ;; *) timed=$top/$TIMED_KHGEN ;; esac
fi
limit=${TIMED_LIMIT:-$limit}

# cpu_of COMMAND...: runs it, sets $cpu (user + system seconds) and $status
cpu_of() {
    /usr/bin/time -f '%U %S' -o "$work/time" "$@" >"$work/out" 2>"$work/err"
    status=$?
    cpu=$(tail -n 1 "$work/time" | awk '{printf "%.2f", $1 + $2}')
}
timed_case() { # NAME COMMAND...
    _name=$1
    shift
    cpu_of "$@"
    # a run past the limit is run once more and the smaller time kept: a
    # slow case is slow twice, a busy machine seldom twice in a row
    if [ "$status" -le 3 ] && awk "BEGIN {exit !($cpu > $limit)}"; then
        _first=$cpu
        cpu_of "$@"
        awk "BEGIN {exit !($_first < $cpu)}" && cpu=$_first
    fi
    if [ "$status" -gt 3 ] || grep -q 'Sanitizer\|runtime error' "$work/err" ||
        awk "BEGIN {exit !($cpu > $limit)}"; then
        not_ok "$_name: ${cpu}s of CPU, status $status (limit ${limit}s)"
        sed 's/^/    | /' "$work/err" | head -5
    else
        ok "$_name: ${cpu}s"
    fi
}
