#!/bin/sh
# tests/hardening/s49review.sh KHGEN WORKDIR - what session 49's review of
# session 48's code (682a4afb..22d4e000) found, and the guards its mutants
# asked for (reproducers in /tmp/s49review/ of that session). Each case
# fails at 22d4e000 (session 48's stop) unless it is named a guard:
#  R1   KH640 on a row of a rate or an average in a table by thôn whose
#       "Tổng" is the commune's figure ("Tỷ lệ hộ nghèo | % | 4 | 3,87 |
#       4,21 | 4", "Năng suất lúa | tạ/ha | 55 | 56 | 54 | 55,1", a row
#       named "Tỷ lệ ..." in a table without a unit column): the commune's
#       rate is no sum of its thôn's, a warning on a correct plan; now none.
#  R1g  (guard) a row of hộ whose "Tổng" is not its sum in the same table:
#       still KH640.
#  D1   KH323 on a date the task starts from ("Từ tháng 10/2023", "Kể từ
#       ngày 01/10/2023", "từ Quý IV/2023" in the plan of 2024: begun
#       before the plan, going on) and on a cited document's date of two
#       digits ("Theo Thông báo số 15/TB-UBND ngày 10/01/23", as the same
#       of four digits is not): now none.
#  D1g  (guard) a range whose end is before the plan ("Từ tháng 10/2023
#       đến tháng 12/2023"), two-digit years ("Trước 30/9/23", "Tháng
#       9/23"), and a start after the end: still KH323.
#  V1   KH261 on a xóm inside its thôn, làng or ấp (a village's hamlets:
#       "xóm thuộc vào thôn", Toan Ánh, Nếp cũ - Làng xóm Việt Nam): now
#       none.
#  V1g  (guard) a thôn under a xóm, a xóm under a xóm: still KH261.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# plan NAME LOCALITIES DUE ATTACHMENT: a small plan of 2024 of one task
plan() {
    cat >"$work/$1.yaml" <<Y
khgen: 1
header:
  issuer: [UBND XÃ BÌNH TRUNG]
  issuer_short: UBND xã Bình Trung
  number: ""
  place: Bình Trung
  date: 2024
  title: Thực hiện nhiệm vụ năm {year}
units:
  - {id: vh, name: Công chức Văn hoá}
localities:
  - {id: bt, name: Bình Trung, kind: xã}
$2
body:
  - section: NỘI DUNG
    items:
      - task: Tổ chức thực hiện nhiệm vụ trên địa bàn {loc bt}
        lead: vh
        due: $3
closing: Trên đây là kế hoạch./.
recipients: [Lưu VT]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
$4
Y
}

# check NAME: $work/NAME.err, its status in $st
check() {
    "$guard" 30 "$khgen" check "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}

# ---- R1: a rate's row in a table whose "Tổng" adds the thôn's figures ----------------
bieu() { # ROWS [UNIT-COLUMN]: the attachment of a table by thôn, "Tổng" last
    printf '%s\n' "attachments:
  - id: bieu-01
    label: Biểu 01
    title: CÁC CHỈ TIÊU NĂM {year}
    suppress: [KH253]
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: ten, header: Chỉ tiêu}"
    [ -n "${2:-}" ] && printf '%s\n' "      - {key: dvt, header: \"$2\"}"
    printf '%s\n' "      - {key: a, header: Thôn Nà Pàn, type: decimal}
      - {key: b, header: Thôn Bó Củng, type: decimal}
      - {key: c, header: Thôn Còn Khuông, type: decimal}
      - {key: tong, header: Tổng, type: decimal}
    rows:
$1"
}
quantities_u='      - [Số hộ, hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, người, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, hộ, 10, 12, 8, 30]
      - [Diện tích lúa, ha, 45.5, 60, 30.2, 135.7]'
quantities='      - [Số hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, 10, 12, 8, 30]'
bad=
plan r1a "" 2024-09-30 "$(bieu "$quantities_u
      - [Hộ nghèo, \"%\", 4, 3.87, 4.21, 4]
      - [Năng suất lúa, tạ/ha, 55, 56, 54, 55.1]" 'Đơn vị tính')"
plan r1b "" 2024-09-30 "$(bieu "$quantities_u
      - [Thu nhập, triệu đồng/người, 52, 55, 50, 53]" ĐVT)"
plan r1c "" 2024-09-30 "$(bieu "$quantities
      - [Tỷ lệ hộ nghèo, 4, 3.87, 4.21, 4]
      - [Thu nhập bình quân đầu người, 52, 55, 50, 53]
      - [Hộ nghèo (%), 4, 3.87, 4.21, 4]")"
for f in r1a r1b r1c; do
    check $f
    [ "$st" = 0 ] || bad="$bad [$f: exit $st]"
    grep -q 'KH640' "$work/$f.err" && bad="$bad [$f: $(grep KH640 "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "R1 a row of a rate (% or x/y under ĐVT, 'Tỷ lệ ...', '... bình quân ...', '(%)') in a table by thôn with its 'Tổng': no KH640"
else
    not_ok "R1:$bad"
fi

# ---- R1g (guard): a row of a quantity that does not add up is still warned -------------
bad=
plan r1g "" 2024-09-30 "$(bieu "      - [Số hộ, hộ, 250, 310, 190, 760]
      - [Số nhân khẩu, người, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, hộ, 10, 12, 8, 30]
      - [Hộ nghèo, \"%\", 4, 3.87, 4.21, 4]" ĐVT)"
check r1g
grep -qF "warning[KH640]: the row 'Số hộ' gives 760 for 'Tổng', but its figures beside it add up to 750" "$work/r1g.err" ||
    bad="$bad [r1g: $(grep -v '^ ' "$work/r1g.err" | head -c 300)]"
plan r1h "" 2024-09-30 "$(bieu "      - [Số hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, 10, 12, 8, 31]")"
check r1h
grep -qF "warning[KH640]: the row 'Số hộ nghèo' gives 31 for 'Tổng'" "$work/r1h.err" ||
    bad="$bad [r1h: $(grep -v '^ ' "$work/r1h.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "R1g (guard) a row of hộ whose 'Tổng' is not its sum, beside a rate's row or not: KH640"
else
    not_ok "R1g:$bad"
fi

# ---- D1: a date the task starts from, a cited document's date of two digits ------------
bad=
n=0
for t in 'Từ tháng 10/2023' 'Từ tháng 10/2023 đến khi hoàn thành' 'Kể từ ngày 01/10/2023' \
    'từ Quý IV/2023' 'Theo Thông báo số 15/TB-UBND ngày 10/01/23' \
    'Bắt đầu từ tháng 10/2023, hoàn thành tháng 3/2024'; do
    n=$((n + 1))
    plan "d1$n" "" "{text: \"$t\"}" ""
    check "d1$n"
    [ "$st" = 0 ] || bad="$bad [$t: exit $st]"
    grep -q 'KH323' "$work/d1$n.err" && bad="$bad [$t: $(grep KH323 "$work/d1$n.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "D1 'Từ tháng 10/2023', 'Kể từ ngày 01/10/2023', 'từ Quý IV/2023', a cited notice's 'ngày 10/01/23' in the plan of 2024: no KH323"
else
    not_ok "D1:$bad"
fi

# ---- D1g (guard): deadlines before the plan still warned ----------------------------
bad=
n=0
for t in 'Từ tháng 10/2023 đến tháng 12/2023' 'Trước 30/9/23' 'Tháng 9/23' 'Hoàn thành trước ngày 30/9/2023' \
    'Hoàn thành tháng 3/2023, từ tháng 10/2022' 'Quý IV/2023'; do
    n=$((n + 1))
    plan "d1g$n" "" "{text: \"$t\"}" ""
    check "d1g$n"
    grep -qF "warning[KH323]: the deadline '$t' names 2023, before the plan's year 2024" "$work/d1g$n.err" ||
        bad="$bad [$t: $(grep -v '^ ' "$work/d1g$n.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "D1g (guard) 'Từ tháng 10/2023 đến tháng 12/2023', 'Trước 30/9/23', 'Tháng 9/23', ... in the plan of 2024: KH323"
else
    not_ok "D1g:$bad"
fi

# ---- V1: a xóm inside its thôn, làng or ấp -------------------------------------------
nested() { # NAME PARENT-KIND CHILD-KIND
    plan "$1" "  - {id: p1, name: Đông, kind: $2, parent: bt}
  - {id: c1, name: Chùa, kind: $3, parent: p1}" 2024-09-30 ""
    check "$1"
}
bad=
nested v1a thôn xóm
nested v1b làng Xóm
nested v1c ấp xóm
for f in v1a v1b v1c; do
    grep -q 'KH261' "$work/$f.err" && bad="$bad [$f: $(grep KH261 "$work/$f.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "V1 a xóm inside its thôn, làng or ấp: no KH261"
else
    not_ok "V1:$bad"
fi

# ---- V1g (guard): a thôn under a xóm, a xóm under a xóm ------------------------------
bad=
nested v1g1 xóm thôn
nested v1g2 xóm xóm
for f in v1g1 v1g2; do
    grep -q 'warning\[KH261\]' "$work/$f.err" || bad="$bad [$f: $(grep -v '^ ' "$work/$f.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "V1g (guard) a thôn under a xóm, a xóm under a xóm: KH261"
else
    not_ok "V1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
