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
#  R2   a row of hộ whose "Tổng" is not its sum (760 for 250 + 310 + 190)
#       in a table with a rate's row was not warned: the rate's row, read
#       as a row that does not add, left fewer than two thirds adding, and
#       the table was not read (a real slip hidden); now KH640.
#  R1g  (guard) the same slip in a table without a rate's row: KH640.
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
#  P1   a lead written "Phòng ID" whose second word is a unit's id of 128
#       bytes was told "reads as a name, and no unit is so named":
#       reads_as_name copied each word into 128 bytes and skipped a longer
#       one (mutant plan-021); now told the list, as an id of 127 is.
#  M1g  (guard; mutants attach_rowsum-028, -072, -089) a typed "Tổng
#       cộng" row whose "Tổng" is stale is KH629's, never KH640's; a "Tổng
#       số" first, with the two columns "Trong đó" on its right and a text
#       column after them: its wrong row is KH640, the run stopping at the
#       text column.
#  M2g  (guard; check_duetext-076) "5/123/23" is no date (a month of three
#       digits): no KH323.
#  M3g  (guard; byname-028, -030) 600 leads written as names against 600
#       units of long names: at most 1 s of CPU (the budget of names folded;
#       either mutant, which spends it never, 5 s).
#  M4g  (guard; attach_typed-007) "1.2.3 " in a number column (no unit
#       after the blank) is told "write one", not "without ''".
#  M5g  (guard; attach_typed-031) a `data:` value "12,500" shown by a body
#       table's column of `decimals: 3`: no KH114 (an attachment's was
#       s48review's K1).
#  M6g  (guard; init_name-016) `init "Xã Tân Phú"` notes no "no Vietnamese
#       marks".
#  M7g  (guard; legacy-025) "canhr" (cảnh, a final "nh" under hỏi) alone in
#       a sentence is KH036.
#  M8g  (guard; load_hint-048) "- part PHẦN I" over `items:` (the key's ':'
#       lost): KH005 at the key, "write ':' after the key".
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

# ---- R2: a real slip beside a rate's row ---------------------------------------------
bad=
plan r2 "" 2024-09-30 "$(bieu "      - [Số hộ, hộ, 250, 310, 190, 760]
      - [Số nhân khẩu, người, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, hộ, 10, 12, 8, 30]
      - [Hộ nghèo, \"%\", 4, 3.87, 4.21, 4]" ĐVT)"
check r2
grep -qF "warning[KH640]: the row 'Số hộ' gives 760 for 'Tổng', but its figures beside it add up to 750" "$work/r2.err" &&
    [ "$(grep -c 'warning\[KH640\]' "$work/r2.err")" = 1 ] || bad="$bad [r2: $(grep -v '^ ' "$work/r2.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "R2 a row of hộ whose 'Tổng' is not its sum, beside a rate's row: KH640 (the rate's row no longer hides it)"
else
    not_ok "R2:$bad"
fi

# ---- R1g (guard): the same slip in a table without a rate's row -------------------------
bad=
plan r1h "" 2024-09-30 "$(bieu "      - [Số hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, 10, 12, 8, 31]")"
check r1h
grep -qF "warning[KH640]: the row 'Số hộ nghèo' gives 31 for 'Tổng'" "$work/r1h.err" ||
    bad="$bad [r1h: $(grep -v '^ ' "$work/r1h.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "R1g (guard) a row of hộ whose 'Tổng' is not its sum, in a table of quantities: KH640"
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

# ---- P1: a word of a lead that is an id of 128 bytes -------------------------------
bad=
id128=u$(printf '%0127d' 0 | tr 0 a)
plan p1 "" 2024-09-30 ""
sed -i -e "s/^  - {id: vh, name: Công chức Văn hoá}$/&\n  - {id: $id128, name: Phòng Tài chính}/" \
    -e "s/^        lead: vh$/        lead: Phòng $id128/" "$work/p1.yaml"
check p1
grep -F "error[KH202]: unknown unit 'Phòng u" "$work/p1.err" | grep -qF "': ids are written one each, as a list: [Phòng, $id128]" ||
    bad="$bad [p1: $(grep -v '^ ' "$work/p1.err" | head -c 400)]"
if [ -z "$bad" ]; then
    ok "P1 'lead: Phòng ID' whose ID, a unit's, is 128 bytes: told the list, not 'no unit is so named'"
else
    not_ok "P1:$bad"
fi

# ---- M1g (guard): a typed totals row, a "Tổng số" with "Trong đó" on its right ---------
bad=
plan m1a "" 2024-09-30 "$(bieu "      - [Số hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, 10, 12, 8, 30]
      - [Tổng cộng, 1280, 1582, 998, 3870]")"
check m1a
grep -q 'KH629' "$work/m1a.err" && ! grep -q 'KH640' "$work/m1a.err" ||
    bad="$bad [m1a: $(grep -v '^ ' "$work/m1a.err" | head -c 300)]"
cat >"$work/m1b.att" <<'A'
attachments:
  - id: bieu-01
    label: Biểu 01
    title: DÂN SỐ NĂM {year}
    suppress: [KH253]
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: ten, header: Thôn}
      - {key: tong, header: Tổng số, type: int}
      - {key: nam, header: Nam, group: Trong đó, type: int}
      - {key: nu, header: Nữ, group: Trong đó, type: int}
      - {key: ghi, header: Ghi chú}
    rows:
      - [Nà Pàn, 1020, 500, 520, ""]
      - [Bó Củng, 1260, 600, 660, ""]
      - [Còn Khuông, 800, 390, 400, ""]
      - [Khuổi Phục, 640, 320, 320, ""]
A
plan m1b "" 2024-09-30 "$(cat "$work/m1b.att")"
check m1b
grep -qF "warning[KH640]: the row 'Còn Khuông' gives 800 for 'Tổng số', but its figures beside it add up to 790" "$work/m1b.err" ||
    bad="$bad [m1b: $(grep -v '^ ' "$work/m1b.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M1g (guard) a typed 'Tổng cộng' row is KH629's, not KH640's; 'Tổng số | Trong đó: Nam | Nữ | Ghi chú': the wrong row KH640"
else
    not_ok "M1g:$bad"
fi

# ---- M2g (guard): a month of three digits is no date ---------------------------------
bad=
plan m2 "" '{text: "Theo phiếu số 5/123/23"}' ""
check m2
[ "$st" = 0 ] && ! grep -q 'KH323' "$work/m2.err" || bad="$bad [m2: $st $(grep -v '^ ' "$work/m2.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M2g (guard) 'Theo phiếu số 5/123/23' in the plan of 2024: no KH323"
else
    not_ok "M2g:$bad"
fi

# ---- M3g (guard): names read for a name cut short, within their budget --------------------
bad=
python3 - "$work/m3b.yaml" <<'P'
import sys
units = ["  - {id: u%d, name: \"Phòng Kinh tế Hạ tầng và Đô thị số %d%s\"}"
         % (i, i, " đường giao thông nông thôn" * 14) for i in range(600)]
tasks = ["      - task: Tổ chức thực hiện nhiệm vụ %d\n        lead: Phòng Tài vụ %d" % (i, i)
         for i in range(600)]
open(sys.argv[1], "w", encoding="utf-8").write("""khgen: 1
header:
  issuer: [UBND XÃ BÌNH TRUNG]
  issuer_short: UBND xã Bình Trung
  number: ""
  place: Bình Trung
  date: 2024
  title: Thực hiện nhiệm vụ năm {year}
units:
%s
body:
  - section: NỘI DUNG
    items:
%s
closing: Trên đây là kế hoạch./.
recipients: [Lưu VT]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
""" % ("\n".join(units), "\n".join(tasks)))
P
timed_case "M3g (guard) 600 leads written as names against 600 long unit names: within the budget" \
    "$khgen" check --max-errors 0 "$work/m3b.yaml"

# ---- M4g (guard): a figure and a blank, no unit after it --------------------------------
bad=
plan m4 "" 2024-09-30 'attachments:
  - id: bieu-01
    label: Biểu 01
    title: KINH PHÍ NĂM {year}
    suppress: [KH253]
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: ten, header: Nội dung}
      - {key: a, header: Ngân sách, type: decimal}
    rows:
      - [Đường, "1.2.3 "]'
check m4
grep -qF "error[KH611]: column 'a' holds numbers, not '1.2.3 ': write one" "$work/m4.err" ||
    bad="$bad [m4: $(grep -v '^ ' "$work/m4.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M4g (guard) '1.2.3 ' in a number column: KH611 'write one', no unit to take off"
else
    not_ok "M4g:$bad"
fi

# ---- M5g (guard): a data figure of three decimals shown by a body table ----------------
bad=
plan m5 "" 2024-09-30 ""
sed -i -e 's/^  - {id: bt, name: Bình Trung, kind: xã}$/  - id: bt\
    name: Bình Trung\
    kind: xã\
    data:\
      dien_tich: 12,500/' \
    -e 's/^    items:$/    items:\
      - table: Diện tích\
        columns: [{key: name, header: Xã}, {key: dien_tich, header: Diện tích (ha), type: decimal, decimals: 3}]\
        rows: {from: localities}/' "$work/m5.yaml"
check m5
grep -q 'dien_tich: 12,500' "$work/m5.yaml" && grep -q 'decimals: 3' "$work/m5.yaml" || bad="$bad [m5: set-up]"
[ "$st" = 0 ] && ! grep -q 'KH114' "$work/m5.err" || bad="$bad [m5: $st $(grep -v '^ ' "$work/m5.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M5g (guard) data 'dien_tich: 12,500' shown by a body table's column of decimals: 3: no KH114"
else
    not_ok "M5g:$bad"
fi

# ---- M6g (guard): a name with its marks gets no note of marks ------------------------
bad=
(cd "$work" && "$guard" 30 "$khgen" init --year 2026 -o m6.yaml "Xã Tân Phú" >/dev/null 2>m6.err) ||
    bad="$bad [m6: exit $?]"
grep -q 'Vietnamese marks' "$work/m6.err" && bad="$bad [m6: $(head -c 300 "$work/m6.err")]"
if [ -z "$bad" ]; then
    ok "M6g (guard) init 'Xã Tân Phú': no note of a name without marks"
else
    not_ok "M6g:$bad"
fi

# ---- M7g (guard): a final "nh" under hỏi is a syllable -----------------------------
bad=
plan m7 "" 2024-09-30 ""
sed -i 's/^      - task: Tổ chức thực hiện nhiệm vụ trên địa bàn {loc bt}$/&\
        text: Tham mưu phân bổ nguồn vốn canhr năm {year}./' "$work/m7.yaml"
check m7
grep -qF "warning[KH036]: 'canhr' is a Vietnamese word typed with Telex's keys" "$work/m7.err" &&
    grep -qF 'cảnh' "$work/m7.err" || bad="$bad [m7: $(grep -v '^ ' "$work/m7.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M7g (guard) 'canhr' alone in a sentence: KH036, 'cảnh'"
else
    not_ok "M7g:$bad"
fi

# ---- M8g (guard): "- part PHẦN I" without its ':' -------------------------------------
bad=
plan m8 "" 2024-09-30 ""
sed -i 's/^  - section: NỘI DUNG$/  - part PHẦN I\
    items:\
  - section: NỘI DUNG/' "$work/m8.yaml"
check m8
grep -qF "error[KH005]: YAML syntax error: this node's key has no ':' after it" "$work/m8.err" &&
    grep -qF "write ':' after the key" "$work/m8.err" || bad="$bad [m8: $(grep -v '^ ' "$work/m8.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M8g (guard) '- part PHẦN I' over items: KH005 at the key, write ':' after it"
else
    not_ok "M8g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
