#!/bin/sh
# tests/hardening/attack15.sh KHGEN WORKDIR - what the fifteenth black-box
# attack found (issue 8; /tmp/s15attack/findings.md in its session): a
# `{att ...}` of labels of two kinds ("Biểu 01", "Phụ lục 2", "Biểu 1")
# printed "Biểu 01, Phụ lục 2, 1", which reads "Phụ lục 1"; decimals cut
# to four digits ("5,00001" printed "5") and the workbook's number format
# showing other digits than the document for a decimal of seven digits or
# more before its comma. (Session 36: "Biểu 01" and "Biểu 1" are now one
# label, KH620 (s36yaml); F1's third label is "Biểu 4", the same finding.)
#
# The plans are written here from README's complete example (readme_base)
# and a small plan of one attachment (num.yaml below).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- F1: {att ...} over labels of two kinds ------------------------------------
# The shortening took the first label's words off every later label that
# began with them, whatever was printed just before it.
att_page() { # ID LABEL: one more attachment of the example's kind
    printf '  - id: %s\n    label: "%s"\n    title: Danh sách\n    preset: locality-targets\n' "$1" "$2"
}
if edited f1 '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 pl2 b1 bso3 bieu02} đính kèm)'; then
    { att_page pl2 'Phụ lục 2'; att_page b1 'Biểu 4'; att_page bso3 'Biểu số 03'; att_page bieu02 'Biểu 02'; } >>"$work/p/f1.yaml"
fi
out=$("$khgen" build -f md -o - "$work/p/f1.yaml" 2>"$work/f1.err" | grep -F 'Chi tiết theo')
want='(Chi tiết theo Biểu 01, Phụ lục 2, Biểu 4, Biểu số 03, Biểu 02 đính kèm).'
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

# ---- F2, F3: decimals cut to four places; the workbook's format -----------------
# A decimal column without `decimals` printed at most four places ("5,00001"
# printed "5"), and the workbook's format kept about nine significant digits
# ("9999999,999" shown 10.000.000 in Excel where the document printed
# 9.999.999,999).
edited f2 '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 so} đính kèm; tổng {sum rows so d}).' &&
    cat >>"$work/p/f2.yaml" <<'YAML'
  - id: so
    label: Biểu 02
    title: Diện tích
    columns:
      - stt
      - {key: name, header: Xã}
      - {key: d, header: Diện tích (ha), type: decimal, total: true}
      - {key: r, header: Tỷ lệ, type: percent}
    rows:
      - {name: Đồng Hưu, d: "5,00001", r: "0,12345"}
      - {name: Tân Hiệp, d: "9999999,999", r: "12,5"}
      - {name: Đồng Lạc, d: 0.1, r: 100}
    totals: true
YAML
"$khgen" build -f md,xlsx -o "$work/f2" "$work/p/f2.yaml" >"$work/f2.err" 2>&1
if grep -qxF '| 1 | Đồng Hưu | 5,00001 | 0,12345% |' "$work/f2/f2.md" &&
    grep -qxF '| 2 | Tân Hiệp | 9.999.999,999 | 12,5% |' "$work/f2/f2.md" &&
    grep -qF '| **Tổng cộng** |  | **10.000.005,09901** |' "$work/f2/f2.md" &&
    grep -qF 'tổng 10.000.005,09901).' "$work/f2/f2.md"; then
    ok "F2: a decimal cell, its total and a {sum} print every digit written"
else
    not_ok "F2: $(grep -E 'Hưu|Hiệp|Tổng|tổng' "$work/f2/f2.md" 2>/dev/null | tr '\n' ' ') $(head -c 200 "$work/f2.err")"
fi
# the workbook: each number cell's format shows the digits the document prints
formats=$(/usr/bin/python3 - "$work/f2/f2.xlsx" <<'PY' 2>&1
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Biểu 02']
out = []
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value, (int, float)) and c.column > 1 or (isinstance(c.value, str) and c.value.startswith('=SUM')):
            out.append('%s=%s' % (c.coordinate, c.number_format))
print(' '.join(out))
PY
)
if [ "$formats" = 'C6=#,##0.00000 D6=0.00000% C7=#,##0.000 D7=0.0% C8=#,##0.0 D8=0% C9=#,##0.00000' ]; then
    ok "F3: the workbook's number formats show the document's digits"
else
    not_ok "F3: formats: $formats"
fi
# a thousand cells of 0,1 and one of 0,00001 total 100,00001 (added up
# plainly, 99,9999999999986 at the digits a cell now keeps; once "100")
{
    sed -n '1,/^attachments:/p' "$work/p/ex.yaml" | sed 's/{att bieu01}/{att t}/'
    printf '  - id: t\n    label: Biểu 01\n    title: T\n    columns:\n      - {key: n, header: N}\n      - {key: d, header: D, type: decimal, total: true}\n    rows:\n'
    i=0
    while [ $i -lt 1000 ]; do printf '      - {n: "x%d", d: 0.1}\n' $i; i=$((i + 1)); done
    printf '      - {n: y, d: "0,00001"}\n    totals: true\n'
} >"$work/p/f2k.yaml"
out=$("$khgen" build -f md -o - "$work/p/f2k.yaml" 2>"$work/f2k.err" | grep -F '| **Tổng cộng** |')
if [ "$out" = '| **Tổng cộng** | **100,00001** |' ]; then
    ok "F2: a thousand cells of 0,1 and one of 0,00001 total 100,00001"
else
    not_ok "F2: total of 1000 x 0,1: '$out' $(head -c 200 "$work/f2k.err")"
fi

# ---- F5: an id with a letter of another alphabet --------------------------------
# "lead: tсkh" (a Cyrillic с) was "unknown unit 'tсkh' (did you mean
# 'tckh'?)": two names that print alike, nothing saying which letter.
edited f5 'lead: tckh' 'lead: tсkh'
out=$("$khgen" check "$work/p/f5.yaml" 2>&1)
if printf '%s\n' "$out" | grep -qF "error[KH202]: unknown unit 'tсkh' (did you mean 'tckh'?): its 'с' is U+0441"; then
    ok "F5: an id's Cyrillic letter is named with its code point"
else
    not_ok "F5: $(printf '%s' "$out" | head -c 300)"
fi

# ---- F6: a number in quotes in data, "none has" it ------------------------------
# Every locality had data.t, in quotes (text); KH505 said none had it and
# nothing pointed at the quotes.
edited f6 '{id: dong-huu, name: Đồng Hưu, kind: xã,' '{id: dong-huu, name: Đồng Hưu, kind: xã, data: {t: "15"},' \
    '{id: tan-hiep, name: Tân Hiệp, kind: xã,' '{id: tan-hiep, name: Tân Hiệp, kind: xã, data: {t: "20"},' \
    '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01} đính kèm; {sum localities data.t kind=xã} hộ)'
out=$("$khgen" check "$work/p/f6.yaml" 2>&1)
if printf '%s\n' "$out" | grep -qF "warning[KH505]: none of the 3 localities this figure goes over has data.t" &&
    printf '%s\n' "$out" | grep -qF "note: 'dong-huu' has data.t in quotes, which make it text: remove the quotes to add it up"; then
    ok "F6: a figure over data all in quotes points at the quotes"
else
    not_ok "F6: $(printf '%s' "$out" | head -c 400)"
fi

# ---- F4: a heading inside a heading of its own level ----------------------------
# A point under a point printed "a) Một", "a) Con một", "b) Con hai",
# "b) Hai", and a section under a clause "1. Bốn", "I. Năm", exit 0 with no
# word: one line indented too far. KH121 (a warning) at the inner heading;
# the same children written as bullets, or a sub-clause in a sub-clause
# ("1.1.1."), are fine.
nest_plan() { # FILE CHILD-KIND
    cat > "$1" <<NEST
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2024-01
  title: Thử số
body:
  - section: A
    items:
      - point: Một
        items:
          - $2: Con một
          - $2: Con hai
      - point: Hai
      - clause: Ba
        items:
          - subclause: Ba một
            items:
              - subclause: Ba một một
NEST
}
nest_plan "$work/f4.yaml" point
out=$("$khgen" check "$work/f4.yaml" 2>&1); st=$?
n=$(printf '%s\n' "$out" | grep -c "warning\[KH121\]")
if [ "$st" -eq 0 ] && [ "$n" -eq 2 ] &&
    printf '%s\n' "$out" | grep -qF "f4.yaml:12:13: warning[KH121]: this 'point' is inside the 'point' 'a)' (line 10), and its number 'a)'" &&
    printf '%s\n' "$out" | grep -qF "Write it as a 'bullet'"; then
    ok "F4: a point inside a point is KH121, naming the parent and the level to write"
else
    not_ok "F4: status $st, $n KH121: $(printf '%s' "$out" | head -c 400)"
fi
nest_plan "$work/f4b.yaml" bullet
out=$("$khgen" check "$work/f4b.yaml" 2>&1); st=$?
if [ "$st" -eq 0 ] && ! printf '%s\n' "$out" | grep -q "KH121"; then
    ok "F4: bullets under a point and a sub-clause in a sub-clause are no KH121 (guard)"
else
    not_ok "F4 guard: status $st: $(printf '%s' "$out" | head -c 300)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
