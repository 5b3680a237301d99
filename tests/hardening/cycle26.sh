#!/bin/sh
# tests/hardening/cycle26.sh KHGEN WORKDIR - what session 26's attack on the
# yearly cycle (s26cycle) fixed (issue 8):
#  1 `khgen diff` of last year's plan against this year's counted as "only
#    the year moved", and did not show, a part whose amount changed by one
#    where its four digits were a piece of a longer number or had their
#    unit written on: "Kinh phí 2024,5 triệu đồng" -> "2025,5", "2024.5",
#    "2024ha", "2024m2", "2024đ/kg", a telephone "0204.2024" (H1).
#  2 a section moved above another in Word, each carrying its number ("II.
#    NHIỆM VỤ" above "I. MỤC TIÊU", imported as `number:`), was shown as
#    "II: chuyển từ II": now "II: chuyển từ vị trí thứ 2" (M1).
#
# Each case fails with the binary of main before the fixes (c3f4975d), but
# the controls (named so), which pass with both.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
P=$work/p

# ---- 1: a number that holds four digits is no year ------------------------------------
# last year's plan and next year's made from it by `khgen new`, one text
# of each changed as the drafter would: the amount moved by one as well
mkdir -p "$work/t1"
"$khgen" new --from "$P/ex.yaml" --year 2025 -o "$work/t1/base25.yaml" >/dev/null 2>&1 ||
    not_ok "setup: new of the README's example"
# with_text FILE TEXT: FILE.yaml, the clause's task text replaced by TEXT
with_text() {
    /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = 'text: Tham mưu phân bổ nguồn vốn năm {year}.'
assert old in s
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, 'text: "' + sys.argv[3] + '"'))
PY
}
# shown OLD NEW: 0 when diff of the 2024 plan with OLD and the 2025 plan
# with NEW lists the task's part (II.1.-1, named "II.1. “...”" by its
# words since s45cycle F13)
shown() {
    with_text "$P/ex.yaml" "$work/t1/old.yaml" "$1"
    with_text "$work/t1/base25.yaml" "$work/t1/new.yaml" "$2"
    "$khgen" diff --no-color "$work/t1/old.yaml" "$work/t1/new.yaml" >"$work/t1/out" 2>&1
    grep -q '^@@ II\.1\. “' "$work/t1/out"
}
for pair in "Kinh phí 2024,5 triệu đồng.|Kinh phí 2025,5 triệu đồng." \
            "Kinh phí 2024.5 triệu đồng.|Kinh phí 2025.5 triệu đồng." \
            "Diện tích 2024ha lúa.|Diện tích 2025ha lúa." \
            "Cải tạo 2024m2 nhà văn hóa.|Cải tạo 2025m2 nhà văn hóa." \
            "Mức hỗ trợ 2024đ/kg.|Mức hỗ trợ 2025đ/kg." \
            "Liên hệ số 0204.2024.|Liên hệ số 0204.2025."; do
    a=${pair%%|*}
    b=${pair#*|}
    if shown "$a" "$b" && grep -q '2024' "$work/t1/out" && grep -q '2025' "$work/t1/out"; then
        ok "1: '$a' -> '$b' is shown, not counted as the year moved"
    else
        not_ok "1: '$a' -> '$b': $(head -c 400 "$work/t1/out")"
    fi
done
for pair in "Trong năm 2024, xã đạt chuẩn.|Trong năm 2025, xã đạt chuẩn." \
            "Báo cáo ngày 15.7.2024 về huyện.|Báo cáo ngày 15.7.2025 về huyện." \
            "Giai đoạn 2021–2024 đã đạt.|Giai đoạn 2021–2025 đã đạt." \
            "Hoàn thành trong năm 2024.|Hoàn thành trong năm 2025." \
            "Hoàn thành năm 2024 (xã đạt).|Hoàn thành năm 2025 (xã đạt)."; do
    a=${pair%%|*}
    b=${pair#*|}
    if ! shown "$a" "$b" && grep -q 'phần chỉ đổi năm' "$work/t1/out"; then
        ok "1: control: '$a' -> '$b' is a year moved, counted"
    else
        not_ok "1: control: '$a' -> '$b': $(head -c 400 "$work/t1/out")"
    fi
done

# ---- 2: a moved node whose label is the same on both sides ---------------------------
mkdir -p "$work/t2"
/usr/bin/python3 - "$P/ex.yaml" "$work/t2/moved.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = s.index('  - section: MỤC TIÊU')
b = s.index('  - section: TỔ CHỨC THỰC HIỆN')
c = s.index('closing:')
first = s[a:b].replace('  - section: MỤC TIÊU\n', '  - section: MỤC TIÊU\n    number: 1\n', 1)
second = s[b:c].replace('  - section: TỔ CHỨC THỰC HIỆN\n', '  - section: TỔ CHỨC THỰC HIỆN\n    number: 2\n', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s[:a] + second + first + s[c:])
PY
"$khgen" build -f md -o "$work/t2/o" "$work/t2/moved.yaml" >/dev/null 2>&1
"$khgen" diff --no-color "$P/ex.yaml" "$work/t2/moved.yaml" >"$work/t2/out" 2>&1
st=$?
if [ $st -eq 1 ] && grep -q '^\*\*II\. TỔ CHỨC' "$work/t2/o/moved.md" &&
    grep -q '^@@ II\. “TỔ CHỨC THỰC HIỆN”: chuyển từ vị trí thứ 2 @@$' "$work/t2/out" && ! grep -q 'chuyển từ II\.\? @@' "$work/t2/out"; then
    ok "2: a section moved above another, each with its number, is named by where it stood"
else
    not_ok "2: status $st: $(head -c 400 "$work/t2/out")"
fi
"$khgen" diff --no-color "$P/ex.yaml" "$P/ex.yaml" >"$work/t2/same" 2>&1
edited swapped "      - clause: Cấp xã" "      - clause: Cấp huyện
        items:
          - bullet: Chỉ đạo các xã.
      - clause: Cấp xã"
"$khgen" diff --no-color "$P/ex.yaml" "$P/swapped.yaml" >"$work/t2/ins" 2>&1
if [ ! -s "$work/t2/same" ] && grep -q '^@@ I.1. “Cấp huyện”: thêm @@' "$work/t2/ins" && ! grep -q 'vị trí thứ' "$work/t2/ins"; then
    ok "2: control: a clause added above another renumbers it, and is no move named by its place"
else
    not_ok "2: control: $(head -c 400 "$work/t2/ins")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
