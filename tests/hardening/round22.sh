#!/bin/sh
# tests/hardening/round22.sh KHGEN WORKDIR - what the round-trip
# differential test of session 22 found (issue 8; tools/round22.py: each
# plan built, its .md and .docx imported and built again, the documents
# compared token by token and cell by cell, `khgen diff` of the plan and
# its import, the import of the import a fixed point, `khgen new` for next
# year against the diff of the two years, `khgen convert` of the plan in
# UTF-16 and Windows-1258), and a fixed batch of its runs: README's plans
# through import and the yearly cycle. Each case fails with the binary
# from before its fix. The long sweep (random plans, --stress, the e2e
# plans and the seeds) is the tool itself (README, "Testing").
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

py=/usr/bin/python3
mkdir -p "$work/p" "$work/o"

# plan NAME BODY: $work/p/NAME.yaml, the header every case shares (titled
# "Kế hoạch NAME", NAME in capitals), then BODY: the plan's keys after its
# header (opening, body, recipients, signature, attachments)
plan() {
    cat >"$work/p/$1.yaml" <<YAML
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  place: Đồng Hưu
  date: 2024-01
  title: Kế hoạch $(echo "$1" | tr a-z A-Z)
$2
YAML
}

# ---- R1: column groups read back from the .md ---------------------------------------------
# khgen's .md has one header row: a grouped column reads "Mục tiêu: Năm
# đạt chuẩn". Import wrote those as the headers, and the plan printed one
# header row where the document had two ("Hiện trạng" over "Mức đã đạt
# chuẩn"), "Mục tiêu:" twice; `khgen diff` of Yên Thế's plan and the
# import of its .md reported Biểu 01 changed. Two columns or more side by
# side under one "group: " are that group's; in such a table a lone one
# is a group of one column; a table without groups keeps "Ghi chú: x".
plan r1 'body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1} và {att b2} đính kèm."
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách R1
    columns:
      - stt
      - {key: ten, header: Tên thôn}
      - {key: a, header: Mức đã đạt, group: Hiện trạng}
      - {key: b, header: Mức phấn đấu, group: Mục tiêu}
      - {key: c, header: Năm đạt chuẩn, group: Mục tiêu}
      - {key: d, header: Ghi chú}
    rows:
      - [Thôn R1 Một, nông thôn mới, kiểu mẫu, "2025", ""]
      - [Thôn R1 Hai, chưa đạt, nông thôn mới, "2026", x]
  - id: b2
    label: Biểu 02
    title: Không nhóm R1
    columns:
      - stt
      - {key: ten, header: "Ghi chú: tên"}
      - {key: n, header: "Số hộ"}
    rows:
      - [Thôn R1 Ba, "12"]'
"$khgen" build -f md,html -o "$work/o/r1" "$work/p/r1.yaml" >/dev/null 2>&1
"$khgen" import --force -o "$work/p/r1-md.yaml" "$work/o/r1/r1.md" >/dev/null 2>&1
"$khgen" build -f html -o "$work/o/r1-md" "$work/p/r1-md.yaml" >/dev/null 2>&1
if grep -q -F '{key: c3, header: "Mức đã đạt", group: "Hiện trạng"}' "$work/p/r1-md.yaml" &&
    grep -q -F '{key: c5, header: "Năm đạt chuẩn", group: "Mục tiêu"' "$work/p/r1-md.yaml" &&
    grep -q -F '{key: c6, header: "Ghi chú"}' "$work/p/r1-md.yaml" &&
    grep -q -F '{key: c2, header: "Ghi chú: tên"}' "$work/p/r1-md.yaml"; then
    ok "R1: the .md's 'group: header' columns are read back as groups; a table without groups keeps its headers"
else
    not_ok "R1: $(grep -F 'key: c' "$work/p/r1-md.yaml" | tr '\n' '|' | head -c 600)"
fi
"$khgen" diff --no-color "$work/p/r1.yaml" "$work/p/r1-md.yaml" >"$work/r1.diff" 2>&1
s=$?
heads() { sed -n '/<thead>/,/<\/thead>/p' "$1"; }
if [ "$s" = 0 ] && [ ! -s "$work/r1.diff" ] &&
    [ "$(heads "$work/o/r1/r1.html")" = "$(heads "$work/o/r1-md/r1-md.html")" ] && [ -n "$(heads "$work/o/r1/r1.html")" ]; then
    ok "R1: the import of the .md prints the same two header rows; khgen diff says nothing changed"
else
    not_ok "R1: diff exit $s: $(head -c 400 "$work/r1.diff")"
fi

# ---- R2: a cell's lines read back from the .docx ----------------------------------------
# khgen's .docx writes a cell's lines with <w:br/> in one paragraph;
# import read them as spaces: Bình Trung's Biểu 01 "... Chỉ tiêu 19.1." /
# "Trưởng Công an xã ..." came back one line (the workbook's cell too).
# They are the cell's lines now, as from the .md.
plan r2 'body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1} đính kèm."
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Phân công R2
    columns:
      - stt
      - {key: ten, header: Tiêu chí}
      - {key: ai, header: Phụ trách}
    rows:
      - [Quốc phòng R2, "Chỉ huy trưởng phụ trách Chỉ tiêu 19.1.\nTrưởng Công an xã phụ trách Chỉ tiêu 19.2."]'
"$khgen" build -f docx,xlsx -o "$work/o/r2" "$work/p/r2.yaml" >/dev/null 2>&1
"$khgen" import --force -o "$work/p/r2-docx.yaml" "$work/o/r2/r2.docx" >/dev/null 2>&1
"$khgen" build -f docx,xlsx -o "$work/o/r2-docx" "$work/p/r2-docx.yaml" >/dev/null 2>&1
cell() {
    "$py" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(repr([c.value for r in ws.iter_rows() for c in r if c.value and "19.1" in str(c.value)]))' "$1" 2>&1
}
a=$(cell "$work/o/r2/r2.xlsx") b=$(cell "$work/o/r2-docx/r2-docx.xlsx")
if grep -q -F '"Chỉ huy trưởng phụ trách Chỉ tiêu 19.1.\nTrưởng Công an xã phụ trách Chỉ tiêu 19.2."' "$work/p/r2-docx.yaml" &&
    [ "$a" = "$b" ] && case $a in *'\n'*) true ;; *) false ;; esac; then
    ok "R2: a cell's two lines come back from the .docx as two lines"
else
    not_ok "R2: $(grep -F '19.1' "$work/p/r2-docx.yaml" | head -c 300) / $a / $b"
fi

# ---- R3: "TM. ỦY BAN NHÂN DÂN" of a plan without closing or recipients -------------------
# Such a plan's signature block is told by its signer ("CHỦ TỊCH", then
# the name); the "TM." line above the title was left to the body: a
# heading (.md) or a bold paragraph (.docx) above a signature of "CHỦ
# TỊCH" alone. It is the signature's first line again.
plan r3 'body:
  - section: MỤC TIÊU
    items:
      - para: "Đoạn R3."
signature: {lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Nguyễn Văn A}'
"$khgen" build -f md,docx -o "$work/o/r3" "$work/p/r3.yaml" >/dev/null 2>&1
for f in md docx; do
    "$khgen" import --force -o "$work/p/r3-$f.yaml" "$work/o/r3/r3.$f" >/dev/null 2>&1
    "$khgen" diff --no-color "$work/p/r3.yaml" "$work/p/r3-$f.yaml" >"$work/r3.diff" 2>&1
    s=$?
    if [ "$s" = 0 ] && grep -A5 '^signature:' "$work/p/r3-$f.yaml" | tr '\n' '|' |
        grep -q -F '  lines:|    - TM. ỦY BAN NHÂN DÂN|    - KT. CHỦ TỊCH|    - PHÓ CHỦ TỊCH|'; then
        ok "R3: the 'TM.' and 'KT.' lines stay the signature's ($f)"
    else
        not_ok "R3 ($f): diff exit $s: $(head -c 300 "$work/r3.diff") $(grep -F -A2 'signature:' "$work/p/r3-$f.yaml" | tr '\n' '|')"
    fi
done

# ---- R4: an attachment printed on portrait pages, read back from the .docx --------------
# Import wrote every attachment landscape (the default): a page printed
# portrait came back turned, and khgen diff of the plan and its import
# said "khổ [-dọc-]{+ngang+}" (genplan.py seeds 3 and 4). Import reads
# the orientation of the section the attachment's table is on (w:pgSz).
plan r4 'body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1}, {att b2} và {att b3} đính kèm."
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - {id: b1, label: Biểu 01, title: Dọc R4, orientation: portrait, columns: [stt, {key: a, header: Tên}], rows: [[Một R4]]}
  - {id: b2, label: Biểu 02, title: Ngang R4, columns: [stt, {key: a, header: Tên}], rows: [[Hai R4]]}
  - {id: b3, label: Biểu 03, title: Dọc nữa R4, orientation: portrait, columns: [stt, {key: a, header: Tên}], rows: [[Ba R4]]}'
"$khgen" build -f docx -o "$work/o/r4" "$work/p/r4.yaml" >/dev/null 2>&1
"$khgen" import --force -o "$work/p/r4-docx.yaml" "$work/o/r4/r4.docx" >/dev/null 2>&1
"$khgen" diff --no-color "$work/p/r4.yaml" "$work/p/r4-docx.yaml" >"$work/r4.diff" 2>&1
s=$?
if [ "$s" = 0 ] && [ "$(grep -c '^    orientation: portrait$' "$work/p/r4-docx.yaml")" = 2 ] &&
    ! grep -A3 'label: Biểu 02' "$work/p/r4-docx.yaml" | grep -q orientation; then
    ok "R4: the .docx's portrait attachments come back portrait, the landscape one landscape"
else
    not_ok "R4: diff exit $s: $(head -c 300 "$work/r4.diff") $(grep -n 'orientation\|label:' "$work/p/r4-docx.yaml" | tr '\n' '|')"
fi

# ---- R5: "năm 2024 tỷ lệ" is a year, not 2024 billion -----------------------------------
# Krông Nô's "phấn đấu đến hết năm {year} tỷ lệ bao phủ ... đạt từ 90%"
# was listed in `khgen diff` of the plan and its next year's, though only
# the year moved: "tỷ" after the number read as an amount (billions). "tỷ
# lệ" (a rate) and "tỷ trọng" (a share) are not; "2024 tỷ đồng" still is.
plan r5a 'body:
  - section: MỤC TIÊU
    items:
      - para: "R5A phấn đấu đến hết năm 2024 tỷ lệ bao phủ bảo hiểm y tế đạt 90%."
      - para: "R5B đến năm 2024 Tỷ trọng nông nghiệp giảm."
      - para: "R5C kinh phí 2024 tỷ đồng."
      - para: "R5D năm 2024."
signature: {lines: [CHỦ TỊCH], name: Nguyễn Văn A}'
sed 's/2024/2025/g' "$work/p/r5a.yaml" >"$work/p/r5b.yaml"
"$khgen" diff --no-color "$work/p/r5a.yaml" "$work/p/r5b.yaml" >"$work/r5.diff" 2>&1
if grep -q -F 'R5C' "$work/r5.diff" && ! grep -q -F -e R5A -e R5B -e R5D "$work/r5.diff" &&
    grep -q -F '@@ Năm: sửa @@' "$work/r5.diff"; then
    ok "R5: 'năm 2024 tỷ lệ', 'Tỷ trọng' moved by a year are counted as years; '2024 tỷ đồng' is shown"
else
    not_ok "R5: $(head -c 600 "$work/r5.diff")"
fi

# ---- R6: numbers below zero in a table with totals ----------------------------------------
# A column of "-5", "-1.300" was read back as text, and the totals row
# ("Tổng cộng | -105") as a last row, its label in the STT column alone
# where the document prints it over the first columns; khgen diff of the
# plan and its import said the table changed (genplan.py --more seeds 3,
# 4). A number khgen prints with a '-' before it is a number now.
plan r6 'body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1} đính kèm."
      - table: Thay đổi R6
        columns: [stt, {key: ten, header: Tên}, {key: n, header: Tăng giảm, type: int, total: true}, {key: d, header: Kinh phí, type: decimal, decimals: 1, total: true}]
        rows:
          - {ten: Hộ nghèo R6, n: -5, d: -1.5}
          - {ten: Hộ cận nghèo R6, n: 1200, d: 0.5}
          - {ten: Hộ mới R6, n: -1300, d: -2}
        totals: Tổng cộng
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Tăng giảm R6
    columns: [stt, {key: ten, header: Tên}, {key: n, header: Tăng giảm, type: int, total: true}, {key: d, header: Kinh phí, type: decimal, decimals: 1, total: true}]
    rows:
      - {ten: Thôn R6 Một, n: -5, d: -1.5}
      - {ten: Thôn R6 Hai, n: 1200, d: 0.5}
      - {ten: Thôn R6 Ba, n: -1300, d: -2}
    totals: Tổng cộng'
"$khgen" build -f md,docx -o "$work/o/r6" "$work/p/r6.yaml" >/dev/null 2>&1
for f in md docx; do
    "$khgen" import --force -o "$work/p/r6-$f.yaml" "$work/o/r6/r6.$f" >/dev/null 2>&1
    "$khgen" diff --no-color "$work/p/r6.yaml" "$work/p/r6-$f.yaml" >"$work/r6.diff" 2>&1
    s=$?
    if [ "$s" = 0 ] && [ "$(grep -c -x '      - \["Thôn R6 Ba", -1300, -2.0\]' "$work/p/r6-$f.yaml")" = 1 ] &&
        [ "$(grep -c -e '^        totals: Tổng cộng$' -e '^    totals: "Tổng cộng"$' "$work/p/r6-$f.yaml")" = 2 ]; then
        ok "R6: numbers below zero read back as numbers, the totals row as the table's ($f)"
    else
        not_ok "R6 ($f): diff exit $s: $(head -c 400 "$work/r6.diff")"
    fi
done

# ---- R7: a part labelled "Phần I" or "Phần 1" -------------------------------------------
# part_label read the number after "PHẦN " from byte 5, but "PHẦN " is 7
# bytes ("Ầ" takes three): no "Phần I" was ever a part, and a plan's
# parts labelled so came back as a paragraph "**Phần I**" and sections
# (genplan.py --stress --more, seed 7). "Phần thứ nhất" was read.
plan r7 'opening: Mở đầu R7.
body:
  - part: KẾT QUẢ R7
    label: Phần I
    items:
      - section: MỤC TIÊU
        items: [{para: "Đoạn một R7."}]
  - part: NHIỆM VỤ R7
    label: Phần II
    items:
      - section: NHIỆM VỤ
        items: [{para: "Đoạn hai R7."}]
  - part: TỔ CHỨC R7
    label: Phần 3
    items:
      - section: TỔ CHỨC THỰC HIỆN
        items: [{para: "Đoạn ba R7."}]
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}'
"$khgen" build -f md,docx -o "$work/o/r7" "$work/p/r7.yaml" >/dev/null 2>&1
for f in md docx; do
    "$khgen" import --force -o "$work/p/r7-$f.yaml" "$work/o/r7/r7.$f" >/dev/null 2>&1
    "$khgen" diff --no-color "$work/p/r7.yaml" "$work/p/r7-$f.yaml" >"$work/r7.diff" 2>&1
    s=$?
    if [ "$s" = 0 ] && [ "$(grep -c '^  - part: ' "$work/p/r7-$f.yaml")" = 3 ]; then
        ok "R7: parts labelled 'Phần I', 'Phần II', 'Phần 3' come back as parts ($f)"
    else
        not_ok "R7 ($f): diff exit $s: $(head -c 400 "$work/r7.diff")"
    fi
done

# ---- a fixed batch: README's plans through import, the fixed point and the year ---------------
# tools/round22.py on plans/: each built, its .md and .docx imported,
# built again and compared, diffed; the .docx's import imported again; the
# next year's plan made and diffed (ROUND22_PATHS to choose the paths).
# shellcheck disable=SC2086
if "$py" tools/round22.py "$khgen" "$work/rt" --paths "${ROUND22_PATHS:-import,fixed,new}" \
    plans/yen-the-2024.yaml plans/binh-trung-2024.yaml plans/krong-no-2022.yaml >"$work/rt.out" 2>&1; then
    ok "README's plans: import (.md, .docx), its fixed point and next year's diff keep what the plan says"
else
    not_ok "round22.py: $(grep -A4 'not ok' "$work/rt.out" | head -c 1500)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
