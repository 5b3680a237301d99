#!/bin/sh
# tests/hardening/round23.sh KHGEN WORKDIR - session 23's round-trip
# leftovers (issue 8; tools/round22.py and the leftovers session 22 named):
# a plan built, its .md and .docx imported, `khgen diff` of the plan and
# each import must say nothing, and the part that came back wrong is
# checked in the imported plan. Each case fails with the binary from
# before its fix; R7 times import on large inputs that are not khgen's own
# output (python-docx's .docx, a hand-written .md).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

py=/usr/bin/python3
mkdir -p "$work/p" "$work/o"

. "$(dirname "$0")/roundplan.sh"

# ---- R1: a table in the body keeps its column groups ------------------------------------
# The attachments' header reading was not the body tables': the .md's one
# header row ("Hiện trạng: Mức đã đạt") came back as headers, the .docx's
# second header row as the table's first row (its group rows then numbered
# by hand in every row), and diff reported the table changed.
plan r1 '
body:
  - section: MỤC TIÊU
    items:
      - table: Chỉ tiêu các thôn
        columns:
          - stt
          - {key: ten, header: Tên thôn}
          - {key: a, header: Mức đã đạt, group: Hiện trạng}
          - {key: b, header: Mức phấn đấu, group: Mục tiêu}
          - {key: c, header: Năm đạt chuẩn, group: Mục tiêu}
        rows:
          - heading: Thôn vùng thấp
          - [Thôn Một, đạt, kiểu mẫu, "2025"]
          - [Thôn Hai, chưa đạt, đạt, "2026"]
          - heading: Thôn vùng cao
          - [Thôn Ba, đạt, kiểu mẫu, "2025"]'
round r1
for f in md docx; do
    if quiet r1 $f &&
        grep -q -F '{key: c4, header: "Mức phấn đấu", group: "Mục tiêu"}' "$work/p/r1-$f.yaml" &&
        grep -q -F '{heading: "Thôn vùng cao"}' "$work/p/r1-$f.yaml" &&
        ! grep -q -F 'stt: "' "$work/p/r1-$f.yaml"; then
        ok "R1: a body table's column groups and group rows come back from the .$f"
    else
        not_ok "R1 ($f): $(head -c 400 "$work/r1-$f.diff") $(grep -F 'key: c' "$work/p/r1-$f.yaml" | tr '\n' '|' | head -c 400)"
    fi
done

# ---- R2: an untitled task's assignment after its lead line -------------------------------
# A task without a title whose lead line is its last prints its "UNIT phụ
# trách Chỉ tiêu 17.12." paragraph after the item; import read it as a task
# of its own ("a task inferred from this sentence") and the task lost its
# assign.
plan r2 '
units:
  - {id: vh, name: Phòng Văn hóa và Thông tin}
  - {id: tc, name: Phòng Tài chính - Kế hoạch}
body:
  - section: NHIỆM VỤ
    items:
      - clause: Về tiêu chí
        text: Nội dung
      - task: ""
        text: Tổ chức tuyên truyền trên loa truyền thanh.
        lead: vh
        support: [tc]
        assign: [{unit: vh, indicators: ["17.12"]}]'
round r2
for f in md docx; do
    if quiet r2 $f && grep -q -F '{unit: phong-van-hoa-va-thong-tin, indicators: ["17.12"]}' "$work/p/r2-$f.yaml" &&
        ! grep -q 'task inferred from' "$work/p/r2-$f.yaml"; then
        ok "R2: an untitled task's trailing assignment comes back as its assign ($f)"
    else
        not_ok "R2 ($f): $(head -c 400 "$work/r2-$f.diff")"
    fi
done

# ---- R3: a caption over 200 bytes -----------------------------------------------------------
# "Bảng 1. ..." longer than 200 bytes was a paragraph above a table with
# no caption.
plan r3 '
body:
  - section: MỤC TIÊU
    items:
      - table: "Danh sách các thôn đăng ký xây dựng thôn nông thôn mới kiểu mẫu và thôn đạt chuẩn nông thôn mới nâng cao trên địa bàn xã Đồng Hưu giai đoạn 2024 - 2025, có tính đến các tiêu chí về hạ tầng"
        columns: [stt, {key: ten, header: Tên thôn}, {key: n, header: Số hộ}]
        rows: [[Thôn Một, "12"], [Thôn Hai, "15"]]'
round r3
for f in md docx; do
    if quiet r3 $f && grep -q -F -- '- table: Danh sách các thôn đăng ký' "$work/p/r3-$f.yaml"; then
        ok "R3: a caption of 240 bytes comes back as the table's ($f)"
    else
        not_ok "R3 ($f): $(head -c 400 "$work/r3-$f.diff")"
    fi
done

# ---- R4: a paragraph styled bold and its import "**...**" -----------------------------------
# Import writes a wholly bold paragraph as "**X**"; diff compared the marks
# with the words and the style apart, and reported both changed.
plan r4 '
body:
  - section: MỤC TIÊU
    items:
      - para: Phấn đấu năm 2024 giữ vững chuẩn nông thôn mới.
        style: bold
      - bullet: Duy trì các tiêu chí đã đạt.
        style: italic
      - clause: Mục tiêu chung
        text: Nâng cao đời sống người dân.
        items:
          - bullet: Một.'
round r4
cat >"$work/p/r4-edit.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], place: Đồng Hưu, date: 2024-01-05, title: Kế hoạch R4}
body:
  - section: MỤC TIÊU
    items:
      - para: "**Phấn đấu năm 2024 giữ vững chuẩn nông thôn mới.**"
      - bullet: "**Duy trì các tiêu chí đã đạt.**"
      - clause: Mục tiêu chung
        text: Nâng cao đời sống người dân.
        items:
          - bullet: Một.
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
EOF
"$khgen" diff --no-color "$work/p/r4.yaml" "$work/p/r4-edit.yaml" >"$work/r4-edit.diff" 2>&1
s=$?
if quiet r4 md && quiet r4 docx && [ "$s" = 1 ] && grep -q -F 'in [-nghiêng-]{+đậm+}' "$work/r4-edit.diff" &&
    [ "$(grep -c '^@@' "$work/r4-edit.diff")" = 1 ]; then
    ok "R4: '**X**' and 'style: bold' are alike to diff; italic made bold is still a change"
else
    not_ok "R4: $(head -c 300 "$work/r4-md.diff") / $(head -c 300 "$work/r4-docx.diff") / $s $(head -c 300 "$work/r4-edit.diff")"
fi

# ---- R5: "2025 Đồng Hưu" is a year before a place -------------------------------------------
# "năm {year} Đồng Hưu" moved by `khgen new` was read as 2025 đồng, an
# amount, and its part listed though only the year moved; "2025 đồng"
# (money) still is one.
cat >"$work/p/r5.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], place: Đồng Hưu, date: 2025-01-05, title: Kế hoạch R5}
body:
  - para: "Trong năm {year} Đồng Hưu phấn đấu giữ vững chuẩn nông thôn mới."
  - para: "Năm {year} Con Cuông hỗ trợ."
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
EOF
sed 's/{year} Con Cuông/{year} Con Cuông; kinh phí 2025 đồng/' "$work/p/r5.yaml" >"$work/p/r5m.yaml"
sed 's/2025/2026/g' "$work/p/r5m.yaml" >"$work/p/r5n.yaml"
"$khgen" diff --no-color "$work/p/r5m.yaml" "$work/p/r5n.yaml" >"$work/r5.diff" 2>&1
"$khgen" new --from "$work/p/r5.yaml" --year 2026 -o "$work/p/r5-2026.yaml" --force >/dev/null 2>&1
"$khgen" diff --no-color "$work/p/r5.yaml" "$work/p/r5-2026.yaml" >"$work/r5new.diff" 2>&1
if grep -q -F '2 phần chỉ đổi năm' "$work/r5new.diff" && ! grep -q 'Đồng Hưu phấn đấu' "$work/r5new.diff" &&
    grep -q -F 'kinh phí' "$work/r5.diff"; then
    ok "R5: 'năm 2025 Đồng Hưu' and 'Con Cuông' moved by a year are years; '2025 đồng' is shown"
else
    not_ok "R5: $(head -c 500 "$work/r5new.diff") / $(head -c 300 "$work/r5.diff")"
fi

# ---- R6: a one-letter recipient ---------------------------------------------------------------
# signature_para took any line in capitals for a signature line: "- X;"
# among the recipients was printed above "TM. ỦY BAN NHÂN DÂN".
plan r6 '
body:
  - section: MỤC TIÊU
    items:
      - para: "Nội dung thứ nhất."
      - para: "Nội dung thứ hai."
recipients: [UBND huyện, "X", "Lưu: VT"]'
round r6
for f in md docx; do
    if quiet r6 $f && ! grep -q -F -- '- "- X;"' "$work/p/r6-$f.yaml"; then
        ok "R6: a recipient '- X;' stays a recipient ($f)"
    else
        not_ok "R6 ($f): $(head -c 400 "$work/r6-$f.diff")"
    fi
done

# ---- R7: a caption's escapes -------------------------------------------------------------------
# A body table's caption is Markdown, but diff compared the table's part
# byte for byte: the import's "\\\\thiên \\&nhà" (escaped, as it must be
# written) against the plan's "\\thiên &nhà", which print alike, was a change.
plan r7 '
body:
  - section: MỤC TIÊU
    items:
      - table: "Số liệu 04 \\thiên &nhà quốc"
        columns: [stt, {key: ten, header: Tên thôn}, {key: n, header: Số hộ}]
        rows: [[Thôn Một, "12"], [Thôn Hai, "15"]]'
round r7
if quiet r7 md && quiet r7 docx && grep -q -F 'Số liệu 04' "$work/o/r7/r7.md"; then
    ok "R7: a caption's backslash and ampersand, escaped by import, are no change to diff"
else
    not_ok "R7: $(head -c 300 "$work/r7-md.diff") / $(head -c 300 "$work/r7-docx.diff")"
fi

# ---- R8: a section printed plain ---------------------------------------------------------------
# "VII. TITLE" not bold (`style: plain`) came back bold: import wrote a
# section's style only for clauses, and read the .docx's KHSection style's
# bold though every run turned it off (<w:b w:val="0"/>).
plan r8 '
body:
  - section: MỤC TIÊU
    items:
      - para: "Nội dung một."
  - section: NHIỆM VỤ
    style: plain
    items:
      - para: "Nội dung hai."'
round r8
for f in md docx; do
    if quiet r8 $f && grep -q -F 'style: plain' "$work/p/r8-$f.yaml"; then
        ok "R8: a section printed plain comes back 'style: plain' ($f)"
    else
        not_ok "R8 ($f): $(head -c 300 "$work/r8-$f.diff")"
    fi
done

# ---- R9: a heading styled italic, its text plain --------------------------------------------------
# The .md prints it "*1. Mục tiêu:* Phấn đấu ..."; import read the label
# inside the emphasis as words, and the clause came back a paragraph.
plan r9 '
body:
  - section: MỤC TIÊU
    items:
      - clause: Mục tiêu chung
        style: italic
        text: Phấn đấu giữ vững chuẩn.
      - clause: Mục tiêu cụ thể
        text: Hoàn thành các tiêu chí.'
round r9
for f in md docx; do
    if quiet r9 $f && grep -q -F -- '- clause: Mục tiêu chung' "$work/p/r9-$f.yaml" &&
        grep -q -F 'style: italic' "$work/p/r9-$f.yaml"; then
        ok "R9: a clause styled italic, its text plain, comes back a clause ($f)"
    else
        not_ok "R9 ($f): $(head -c 300 "$work/r9-$f.diff")"
    fi
done

# ---- R10: a task's lines that the .docx prints at the level around it --------------------------
# A .docx has no indentation import reads: a task after a point ("a) ...",
# then "- X", its text and "+ Đơn vị thực hiện: ...") had its bullet read
# into the point and its text and lines beside the point; an untitled
# task's "+ Thời gian thực hiện" after its assignment paragraph became a
# bullet of its own.
plan r10 '
units:
  - {id: vh, name: Phòng Văn hóa và Thông tin}
  - {id: tc, name: Phòng Tài chính - Kế hoạch}
body:
  - section: NHIỆM VỤ
    items:
      - point: Rà soát các tiêu chí.
      - task: Tuyên truyền
        text: Tổ chức tuyên truyền trên loa truyền thanh.
        lead: vh
        support: [tc]
      - task: ""
        text: Tổ chức hội nghị tổng kết.
        lead: tc
        assign: [{unit: tc, indicators: ["17.5"]}]
        due: 2024-Q4'
round r10
kept() { quiet r10 $1 && [ "$(grep -c 'lead: phong-' "$work/p/r10-$1.yaml")" = 2 ] &&
    grep -q -F 'due: 2024-Q4' "$work/p/r10-$1.yaml"; }
if kept docx && kept md; then
    ok "R10: a task after a point, and an untitled task's deadline after its assignment, keep their lines (.docx, .md)"
else
    not_ok "R10: $(head -c 400 "$work/r10-docx.diff") / $(head -c 200 "$work/r10-md.diff")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
