#!/bin/sh
# tests/hardening/attack15.sh KHGEN WORKDIR - what the fifteenth black-box
# attack found (issue 8; /tmp/s15attack/findings.md in its session): a
# `{att ...}` of labels of two kinds ("Biểu 01", "Phụ lục 2", "Biểu 1")
# printed "Biểu 01, Phụ lục 2, 1", which reads "Phụ lục 1"; decimals cut
# to four digits ("5,00001" printed "5") and the workbook's number format
# showing other digits than the document for a decimal of seven digits or
# more before its comma.
#
# The plans are written here from README's complete example (readme_base)
# and a small plan of one attachment (num.yaml below).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

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

# ---- F1: {att ...} over labels of two kinds ------------------------------------
# The shortening took the first label's words off every later label that
# began with them, whatever was printed just before it.
att_page() { # ID LABEL: one more attachment of the example's kind
    printf '  - id: %s\n    label: "%s"\n    title: Danh sách\n    preset: locality-targets\n' "$1" "$2"
}
if edited f1 '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 pl2 b1 bso3 bieu02} đính kèm)'; then
    { att_page pl2 'Phụ lục 2'; att_page b1 'Biểu 1'; att_page bso3 'Biểu số 03'; att_page bieu02 'Biểu 02'; } >>"$work/p/f1.yaml"
fi
out=$("$khgen" build -f md -o - "$work/p/f1.yaml" 2>"$work/f1.err" | grep -F 'Chi tiết theo')
want='(Chi tiết theo Biểu 01, Phụ lục 2, Biểu 1, Biểu số 03, Biểu 02 đính kèm).'
if [ "$out" = "$want" ]; then
    ok "F1: {att} shortens a label only after one of the same words"
else
    not_ok "F1: got '$out' $(head -c 200 "$work/f1.err")"
fi
# the README's own form still shortens: "Biểu 02, 03"
edited f1b '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 bieu02 b03} đính kèm)' &&
    { att_page bieu02 'Biểu 02'; att_page b03 'Biểu 03'; } >>"$work/p/f1b.yaml"
out=$("$khgen" build -f md -o - "$work/p/f1b.yaml" 2>/dev/null | grep -F 'Chi tiết theo')
if [ "$out" = '(Chi tiết theo Biểu 01, 02, 03 đính kèm).' ]; then
    ok "F1: {att} of one kind of label still prints 'Biểu 01, 02, 03'"
else
    not_ok "F1: one kind: got '$out'"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
