#!/bin/sh
# tests/hardening/s36lang.sh KHGEN WORKDIR - the plan language's word checks
# (issue 8; session 35's black-box attack, s35attack, findings not fixed in
# that session). Every case but the guards fails at main 8e7828c4:
#  due   '{due}' in a deadline's own text or prefix (`due: {text: "Hoàn
#        thành {due} trong quý I"}`) printed "Hoàn thành Hoàn thành  trong
#        quý I trong quý I" with exit 0 (session 35's guard in expand_due;
#        a stack overflow before it): now KH214, an error at the '{due}';
# Each case writes a small plan or edits README's example (-f md -o -) and
# checks it: a few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
readme_base
P=$work/p

# mk NAME OLD NEW [OLD NEW]...: README's example with each OLD replaced once
# by NEW, as $P/NAME.yaml; "<NB>" in NEW is a no-break space (U+00A0),
# "\n" a line break
mk() {
    _n=$1
    shift
    /usr/bin/python3 - "$P/ex.yaml" "$P/$_n.yaml" "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = sys.argv[3:]
for old, new in zip(a[::2], a[1::2]):
    old = old.replace('\\n', '\n')
    new = new.replace('<NB>', '\u00a0').replace('\\n', '\n')
    if old not in s:
        sys.exit('mk: %r not in the example' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
# md NAME: `build -f md -o -` of $P/NAME.yaml into $work/NAME.md, its
# messages into $work/NAME.err, its status into $st
md() {
    "$khgen" build -f md -o - "$P/$1.yaml" >"$work/$1.md" 2>"$work/$1.err"
    st=$?
}
# chk NAME: `check` of $P/NAME.yaml, messages into $work/NAME.err, $st
chk() {
    "$khgen" check "$P/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
# verdict NAME: ok when $bad is empty, else not_ok naming it
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
}

# ---- due: '{due}' in the deadline's own text or prefix ---------------------
TD='            due: 2024-Q1'
mk due1 "$TD" '            due: {text: "Hoàn thành {due} trong quý I"}'
mk due2 "$TD" '            due: {prefix: "Hoàn thành {due}", in: 2024-Q1}'
mk due3 "$TD" '            due: {text: "Hoàn thành trong quý I", prefix: Chậm nhất}'
bad=
chk due1
[ "$st" -eq 1 ] && grep -q '^[^ ]*due1\.yaml:[0-9]*:[0-9]*: error\[KH214\]' "$work/due1.err" &&
    grep -A2 'KH214' "$work/due1.err" | grep -q '\^~~~~$' || bad="$bad [text: status $st, $(head -1 "$work/due1.err")]"
ln=$(grep -n 'Hoàn thành {due}' "$P/due1.yaml" | cut -d: -f1)
grep -q "due1\.yaml:$ln:[0-9]*: error\[KH214\]" "$work/due1.err" || bad="$bad [text: not at line $ln]"
chk due2
[ "$st" -eq 1 ] && grep -q 'error\[KH214\]' "$work/due2.err" || bad="$bad [prefix: status $st, $(head -1 "$work/due2.err")]"
md due3
[ "$st" -eq 0 ] && ! grep -q KH214 "$work/due3.err" || bad="$bad [a text and prefix without {due}: status $st]"
verdict "due: '{due}' in a deadline's own text or prefix is KH214 at the '{due}' (it printed the deadline twice over, exit 0); a text without it is no error"
