#!/bin/sh
# tests/hardening/attack18.sh KHGEN WORKDIR - what the eighteenth black-box
# attack found (issue 8; /tmp/s18attack/findings.md in its session):
#  F1 a generated table (rows: {from: localities}) printing the `data:`
#     values of its int, year, decimal, percent and date columns as
#     written, unchecked, with exit 0: a date "2024-03-15" (where a
#     written row prints 15/03/2024 and the workbook holds a date), a
#     quoted "1234" printed like the number beside it but left out of the
#     totals row, 12.5 in an int column printed "13", "khong" in a date
#     column, a `value: "abc"` in an int column. Now the one decision
#     written rows take (src/attach_typed.c): the value as the column shows
#     it, or KH611 at the value;
#  F2 `khgen build p1.yaml p2.yaml`, both including a registry with a
#     mistake (an error, or a warning under -Werror): p1 refused, p2
#     written with the mistake, because the registry's diagnostic, already
#     printed for p1, was dropped as a repeat and not counted for p2
#     (`build p2.yaml` alone, or `build p2.yaml p1.yaml`, refused it);
#     since session 50 printed once, the second plan's counted and named in
#     a note (a registry's warning printed once per plan, s49it F3);
#  M1 `khgen new` silent on a date of the old year in a locality's data in
#     an included registry (which it leaves as it is), printed by the new
#     plan's table.
#
# Each case fails with the binary from before its fix.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/p"

# gen_plan FILE DATA1 DATA2: a commune's plan whose Biểu 01 is generated from
# its two localities, with data DATA1 and DATA2, in typed columns
gen_plan() {
    cat >"$1" <<EOF
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  place: Đồng Hưu
  date: 2024-02
  title: Kế hoạch công tác
units:
  - {id: vp, name: Văn phòng UBND xã}
localities:
  - {id: t1, name: Thôn 1, kind: thôn, data: {$2}}
  - {id: t2, name: Thôn 2, kind: thôn, data: {$3}}
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        text: Xong ({att b1}).
        lead: vp
        due: 2024-06
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b1
    label: Biểu 01
    title: Thôn
    columns:
      - stt
      - {key: name, header: Tên}
      - {key: ngay, header: Ngày, type: date}
      - {key: so, header: Số, type: int, total: true}
      - {key: tl, header: Tỷ lệ, type: percent}
      - {key: nam, header: Năm, type: year}
    rows: {from: localities}
    totals: true
EOF
}

# ---- F1: a generated table's typed columns ---------------------------------
gen_plan "$work/p/f1.yaml" 'ngay: 2024-03-15, so: 12345, tl: 92.5, nam: 2024' \
    'ngay: 2024-12-31, so: 1234, tl: 92.5, nam: 2023'
if "$khgen" build -f md,xlsx -o "$work/o1" "$work/p/f1.yaml" >"$work/err" 2>&1 &&
    grep -qxF '| 1 | Thôn 1 | 15/03/2024 | 12.345 | 92,5% | 2024 |' "$work/o1/f1.md" &&
    grep -qxF '| 2 | Thôn 2 | 31/12/2024 | 1.234 | 92,5% | 2023 |' "$work/o1/f1.md" &&
    grep -qxF '| **Tổng cộng** |  |  | **13.579** |  |  |' "$work/o1/f1.md"; then
    ok "F1: a generated date prints 15/03/2024 (a written row's form), the total 13.579"
else
    not_ok "F1: $(grep -F 'Thôn' "$work/o1/f1.md" 2>/dev/null | tr '\n' ' ') $(grep -F 'Tổng' "$work/o1/f1.md" 2>/dev/null) $(head -c 300 "$work/err")"
fi
cells=$(/usr/bin/python3 - "$work/o1/f1.xlsx" <<'PY' 2>&1
import sys, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in ws.iter_rows():
    if row[1].value in ('Thôn 1', 'Thôn 2'):
        c, n = row[2], row[3]
        print(isinstance(c.value, datetime.datetime), c.number_format, repr(n.value))
PY
)
if [ "$cells" = "True dd/mm/yyyy 12345
True dd/mm/yyyy 1234" ]; then
    ok "F1: the workbook holds the generated dates as dates"
else
    not_ok "F1: the workbook's cells: $cells"
fi

gen_plan "$work/p/f1b.yaml" 'ngay: khong, so: 12.5, tl: x, nam: 24' \
    'ngay: 30/06/2024, so: "1.234", nam: "2024"'
out=$("$khgen" build --lang en -f md -o "$work/o1b" "$work/p/f1b.yaml" 2>&1); st=$?
if [ "$st" -eq 1 ] && [ ! -e "$work/o1b/f1b.md" ] &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:11:53: error[KH611]: column 'ngay' holds dates YYYY-MM-DD, not 'khong'" &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:11:64: error[KH611]: column 'so' holds whole numbers, not '12.5'" &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:11:74: error[KH611]: column 'tl' holds percentages (92.1 or 92,1%), not 'x'" &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:11:82: error[KH611]: column 'nam': '24' has a year outside 1900-2999" &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:12:53: error[KH611]: column 'ngay' holds dates YYYY-MM-DD, not '30/06/2024' (write 2024-06-30)" &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:12:69: error[KH114]: column 'so' holds '1.234'" &&
    printf '%s\n' "$out" | grep -qF "f1b.yaml:12:83: error[KH611]: 'nam' is a number but is written in quotes, which make it text: remove the quotes (2024)" &&
    printf '%s\n' "$out" | grep -qF "note: the column 'ngay' that shows it" &&
    [ "$(printf '%s\n' "$out" | grep -c 'error\[')" -eq 7 ]; then
    ok "F1: each generated value that does not fit its column is KH611 (KH114) where it is written; nothing is written"
else
    not_ok "F1: status $st: $(printf '%s' "$out" | grep 'error\[' | head -c 900)"
fi

# a column's `value:` (the same text in every row) of another type than its column
sed 's/{key: nam, header: Năm, type: year}/{key: c, header: C, type: int, value: "abc"}/' \
    "$work/p/f1.yaml" >"$work/p/f1c.yaml"
out=$("$khgen" check --lang en "$work/p/f1c.yaml" 2>&1); st=$?
if [ "$st" -eq 1 ] &&
    printf '%s\n' "$out" | grep -qF "f1c.yaml:35:47: error[KH611]: column 'c' holds whole numbers, not 'abc'"; then
    ok "F1: a value: text that is not of its column's type is KH611 at the value"
else
    not_ok "F1: value: status $st: $(printf '%s' "$out" | head -c 600)"
fi

# ---- F2: a registry's mistake met by the second plan of one command ----------
mkdir -p "$work/f2/r"
cat >"$work/f2/r/a.yaml" <<'EOF'
import: [qd318-xa-ntm, qd318-xa-ntm]
units:
  - {id: vp, name: Văn phòng UBND xã}
include: [b.yaml]
EOF
printf '%s\n' 'import: [qd318-xa-ntm]' >"$work/f2/r/b.yaml"
gen_plan "$work/f2/p1.yaml" 'ngay: 2024-03-15, so: 1, tl: 5, nam: 2024' 'so: 2'
sed -i -e 's/^units:$/include: [r\/a.yaml]/' -e '/- {id: vp, name: Văn phòng UBND xã}/d' \
    "$work/f2/p1.yaml"
sed 's/Nguyễn Văn A/Trần Văn B/' "$work/f2/p1.yaml" >"$work/f2/p2.yaml"
for order in "p1 p2" "p2 p1"; do
    rm -rf "$work/o2"
    set -- $order
    "$khgen" build -Werror -f md -o "$work/o2" "$work/f2/$1.yaml" "$work/f2/$2.yaml" \
        >"$work/err" 2>&1
    st=$?
    n=$(grep -c 'error\[KH416\]' "$work/err")
    # printed once, for the first plan, and a note for the second (s50user)
    if [ "$st" -eq 1 ] && [ ! -e "$work/o2/p1.md" ] && [ ! -e "$work/o2/p2.md" ] && [ "$n" -eq 1 ] &&
        grep -q "^$work/f2/$2.yaml: note: .*, which this plan reads too, has the messages printed above" "$work/err"; then
        ok "F2: build -Werror $order: a shared registry's warning refuses both plans"
    else
        not_ok "F2: build -Werror $order: status $st, $n KH416, written: $(ls "$work/o2" 2>/dev/null)"
    fi
done
printf '%s\n' 'localities:' '  - {id: x1, name: Xã X, kind: xã, criteria_met: abc}' >>"$work/f2/r/b.yaml"
rm -rf "$work/o2"
"$khgen" build -f md -o "$work/o2" "$work/f2/p1.yaml" "$work/f2/p2.yaml" >"$work/err" 2>&1
st=$?
n=$(grep -c 'error\[KH108\]' "$work/err")
if [ "$st" -eq 1 ] && [ ! -e "$work/o2/p2.md" ] && [ "$n" -eq 1 ] &&
    grep -q "^$work/f2/p2.yaml: note: .*, which this plan reads too, has the messages printed above" "$work/err" &&
    grep -q "^2 errors" "$work/err"; then
    ok "F2: build p1 p2: a shared registry's error refuses both plans, reported for each"
else
    not_ok "F2: a shared registry's error: status $st, $n KH108, written: $(ls "$work/o2" 2>/dev/null)"
fi

# ---- M1: khgen new and an included registry's old-year date -------------------
# new leaves a registry as it is (shared), and noted its localities' passed
# target years, but not a data date of the old year that the new plan's
# table prints (15/03/2024 in the plan of 2025).
mkdir -p "$work/m1/r"
printf '%s\n' 'units:' '  - {id: vp, name: Văn phòng UBND xã}' 'localities:' \
    '  - {id: t1, name: Thôn 1, kind: thôn, data: {ngay: 2024-03-15, so: 5, tl: 5, nam: 2020}}' \
    >"$work/m1/r/reg.yaml"
gen_plan "$work/m1/p.yaml" 'so: 1' 'so: 2'
sed -i -e 's/^units:$/include: [r\/reg.yaml]/' -e '/- {id: vp, name: Văn phòng UBND xã}/d' \
    -e '/^localities:$/d' -e '/- {id: t[12], name: Thôn/d' "$work/m1/p.yaml"
out=$("$khgen" new --lang en --from "$work/m1/p.yaml" --year 2025 -o "$work/m1/p25.yaml" 2>&1); st=$?
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -qF 'r/reg.yaml:4:53: note: the locality Thôn 1 still says 2024: "2024-03-15"' &&
    ! printf '%s\n' "$out" | grep -qF '2020'; then
    ok "M1: khgen new notes an included registry's data date of the old year"
else
    not_ok "M1: status $st: $(printf '%s' "$out" | head -c 900)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
