# tests/hardening/exedits.sh - what the suites that edit README's example
# one slip at a time and read what it prints (attack35, s36lang, s36yaml, s36mut)
# share, sourced by each right after timed.sh (s36lang copied attack35's until
# session 36 folded them): the locale (C.UTF-8, no LANGUAGE or
# LC_MESSAGES); README's example as $P/ex.yaml (readme_base, $P =
# $work/p);
# - mk NAME OLD NEW [OLD NEW]...: README's example with each OLD replaced
#   once by NEW, as $P/NAME.yaml; "<NB>" in NEW is a no-break space
#   (U+00A0), "\n" a line break (in OLD too);
# - md NAME: `build -f md -o -` of $P/NAME.yaml into $work/NAME.md, its
#   messages into $work/NAME.err, its status into $st;
# - chk NAME: `check` of $P/NAME.yaml, messages into $work/NAME.err, $st;
# - verdict NAME: ok when $bad is empty, else not_ok naming what it holds;
# - heading NAME KIND TEXT: a plan with one KIND of TEXT (with one item under
#   it) under a section, as $P/NAME.yaml (s36lang, s36mut).
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
readme_base
P=$work/p

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
md() {
    "$khgen" build -f md -o - "$P/$1.yaml" >"$work/$1.md" 2>"$work/$1.err"
    st=$?
}
chk() {
    "$khgen" check "$P/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
}
heading() {
    cat >"$P/$1.yaml" <<YAML
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01-05
  title: Thực hiện thử
body:
  - section: MỤC TIÊU
    items:
      - $2: "$3"
        items: [Một việc.]
closing: Trên đây là Kế hoạch.
YAML
}
