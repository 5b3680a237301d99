# tests/hardening/slipcases.sh - what the suites of one-line slips over a
# base plan (slips19, slips20, slips21) share, sourced by each after
# timed.sh once its $work/p/base.yaml is written (each had its own copy
# until session 36 folded them):
# - slip NAME OLD NEW [OLD NEW]...: $work/p/base.yaml with each OLD
#   replaced once by NEW, as $work/p/NAME.yaml (an OLD not in the base
#   stops with a message);
# - at NAME LINE:COL CODE STATUS: `khgen check` of $work/p/NAME.yaml, its
#   messages in $work/err.NAME, ends with STATUS and a diagnostic of CODE
#   stands at LINE:COL, with no sanitizer report. $tpl, when the suite sets
#   it, holds options every check takes (slips21's --templates).
slip() {
    _n=$1
    shift
    /usr/bin/python3 - "$work/p/base.yaml" "$work/p/$_n.yaml" "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = sys.argv[3:]
for old, new in zip(a[::2], a[1::2]):
    if old not in s:
        sys.exit('slip: %r not in the base' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

at() {
    # shellcheck disable=SC2086
    "$khgen" check ${tpl:-} "$work/p/$1.yaml" >/dev/null 2>"$work/err.$1"
    _st=$?
    if [ "$_st" -eq "$4" ] && grep -q "^$work/p/$1.yaml:$2: [a-z]*\[$3\]" "$work/err.$1" &&
        ! grep -q 'Sanitizer\|runtime error' "$work/err.$1"; then
        ok "$1: $3 at line:col $2, status $4"
    else
        not_ok "$1: want $3 at $2 and status $4, got status $_st: $(head -c 500 "$work/err.$1")"
    fi
}
