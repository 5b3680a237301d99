#!/bin/sh
# tests/hardening/cycle14.sh KHGEN WORKDIR - the yearly cycle's diff noise
# that session 14 removed (issue 8: "officials start from last year's Word
# plan and review drafts by what changed"; s13attack L5, L6): `khgen diff`
# of a plan against the import of its own .docx reported every attachment
# row removed and added (the STT column imported as text, "1", "2", the
# rows' keys), group rows and the totals row as new rows, and each task
# whose "+ Đơn vị thực hiện" / "+ Thời gian thực hiện" lines came back as
# its items as three changes. Each case fails with the binary from before
# its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

py=/usr/bin/python3
mkdir -p "$work/p" "$work/o"
cp -r plans/yen-the "$work/p/"
readme_example "$work/p/readme.yaml"
for p in plans/*.yaml; do cp "$p" "$work/p/"; done

# back NAME FORMAT OUT: build NAME's FORMAT (docx or md), import it as
# $work/p/OUT.yaml, and diff the plan against the import; the diff in
# $work/DIFF (DIFF: the fourth argument, else OUT), its status in $s
back() {
    s=9
    "$khgen" build -f "$2" -o "$work/o" "$work/p/$1.yaml" >/dev/null 2>&1 &&
        "$khgen" import "$work/o/$1.$2" -o "$work/p/$3.yaml" --force >/dev/null 2>&1 &&
        { "$khgen" diff "$work/p/$1.yaml" "$work/p/$3.yaml" >"$work/${4:-$3}.diff" 2>&1; s=$?; }
}

# self NAME: back NAME docx NAME.imp, the diff in $work/NAME.diff
self() {
    back "$1" docx "$1.imp" "$1"
}

# ---- 1-4: every example plan and README's against the import of its .docx ------------------
# Before: 58 hunks (yen-the-2024), 48 (binh-trung-2024), 18 (krong-no-2022),
# 11 (README's example); now none: the same document.
n=1
for name in yen-the-2024 binh-trung-2024 krong-no-2022 readme; do
    self "$name"
    if [ "$s" -eq 0 ]; then
        ok "$n: $name and the import of its own .docx are the same document (diff exit 0)"
    else
        not_ok "$n: $name: diff status $s, $(grep -c '^@@' "$work/$name.diff") hunks: $(grep '^@@' "$work/$name.diff" | head -3 | tr '\n' ' ')"
    fi
    n=$((n + 1))
done

# ---- 5: what the import writes of them --------------------------------------------------
# An STT column numbered as khgen numbers it (1, 2 within "I. Cấp xã") is
# type stt and the rows skip it; the group row is a heading; a numbering
# that runs on across groups (Biểu 02: 1-19 under I-V) is written in each
# row (since s46imp yen-the's Biểu 01 is read back as its preset,
# `preset: locality-targets`, its rows the localities' data; Biểu 02's
# rows are written out); Krông Nô's "Tổng cộng" row, the sum of the column above, is the
# table's totals; README's task lines are its lead, support and due.
y=$work/p/yen-the-2024.imp.yaml k=$work/p/krong-no-2022.imp.yaml r=$work/p/readme.imp.yaml
# (a .docx's centred columns say `align: center` as the .md's ":---:" does:
# s28review M2)
if grep -q '^    preset: locality-targets$' "$y" &&
    grep -q '^    columns: \[stt, name_full, status, target, target_year\]$' "$y" &&
    grep -q '^  - {id: dong-huu, name: Đồng Hưu, kind: xã, target: ntm, target_year: 2024}$' "$y" &&
    grep -q '^      - {c1: "2", c2: "Giao thông", c3: "", c4: ""}$' "$y" &&
    grep -q '^      - {key: c3, header: "Số tiêu chí phấn đấu hoàn thành", type: int, total: true\(, align: center\)\?}$' "$k" &&
    grep -q '^    totals: "Tổng cộng"$' "$k" && ! grep -q '"Tổng cộng", ""' "$k" &&
    grep -q '^          - task: Tham mưu phân bổ nguồn vốn năm {year}\.$' "$r" &&
    grep -A3 '^          - task: Tham mưu' "$r" | grep -q '^            due: 2024-Q1$' &&
    grep -A3 '^          - task: Tham mưu' "$r" | grep -q '^            support: \[vpdp-ntm-huyen\]$'; then
    ok "5: STT type stt, group rows as headings, numbers that run on written, totals, task lines read"
else
    not_ok "5: $(grep -n 'c1\|heading\|Giao thông' "$y" | head -4) $(grep -n 'totals\|Tổng' "$k" | head -2) $(grep -A4 'Tham mưu' "$r" | head -5)"
fi

# ---- 6: a "Tổng cộng" row that is not the sum of the rows above -------------------------
# Kept as a row (the document says what it says), with a review note that
# names the column; before, it was a row without a word.
cat >"$work/p/t6.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], issuer_short: UBND xã Đồng Hưu, place: Đồng Hưu, date: 2024-01, title: "Kế hoạch năm {year}"}
body: [{section: MỤC TIÊU, items: [{para: "(Chi tiết theo {att b1} đính kèm)."}]}]
signature: {lines: [CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Số hộ
    columns: [stt, {key: name, header: Thôn}, {key: n, header: Số hộ, type: int}]
    rows: [[Thôn 1, 12], [Thôn 2, 30], {stt: "Tổng cộng", n: 43}]
EOF
if "$khgen" build -f docx -o "$work/o" "$work/p/t6.yaml" >/dev/null 2>&1 &&
    "$khgen" import "$work/o/t6.docx" -o "$work/p/t6.imp.yaml" --force >/dev/null 2>&1 &&
    grep -q '# review: the last row, "Tổng cộng", is kept as a row, not the table.s totals: column 3 says 43, the rows above sum to 42' "$work/p/t6.imp.yaml" &&
    ! grep -q '^    totals:' "$work/p/t6.imp.yaml" &&
    "$khgen" check "$work/p/t6.imp.yaml" >/dev/null 2>&1; then
    ok "6: a totals row that does not add up stays a row, with a review note naming the column"
else
    not_ok "6: $(grep -n 'Tổng\|review: the last' "$work/p/t6.imp.yaml" 2>/dev/null | head -3)"
fi

# ---- 7: last year's plan against this year's import of the edited .docx -----------------
# The drafter edits the .docx in Word: a row deleted from Biểu 01, a
# deadline changed in a bullet. The diff shows those two edits and no more
# (before: 60 hunks, every row of Biểu 01 and 02 removed and added).
if $py - "$work/o/yen-the-2024.docx" "$work/o/edited.docx" <<'PY'; then
import sys, docx
d = docx.Document(sys.argv[1])
done = 0
for t in d.tables:
    for row in t.rows:
        if len(row.cells) > 3 and row.cells[1].text == 'Xã Tân Hiệp':
            row._tr.getparent().remove(row._tr)
            done += 1
            break
for p in d.paragraphs:
    for r in p.runs:
        if 'tháng 10/2024' in r.text:
            r.text = r.text.replace('tháng 10/2024', 'tháng 9/2024')
            done += 1
d.save(sys.argv[2])
sys.exit(0 if done == 2 else 1)
PY
    "$khgen" import "$work/o/edited.docx" -o "$work/p/edited.yaml" --force >/dev/null 2>&1
    "$khgen" diff "$work/p/yen-the-2024.yaml" "$work/p/edited.yaml" >"$work/e.diff" 2>&1
    # (the import's note that the rows left are numbered 1, 3, 4 as Word
    # kept them, which khgen prints 1, 2, 3, was a third part from session
    # 42 to 43, in English; since s44cycle it is the drafter's working note
    # (KH768), said apart on stderr, not in the redline)
    if [ "$(grep -c '^@@' "$work/e.diff")" -eq 2 ] &&
        grep -q '^@@ Biểu 01, dòng "Xã Tân Hiệp": bỏ @@$' "$work/e.diff" &&
        ! grep -qF "numbered 1, 3, 4" "$work/e.diff" &&
        grep -q "edited.yaml' holds 1 note of .khgen import. to its drafter" "$work/e.diff" &&
        grep -q '\[-10/2024;-\]{+9/2024;+}' "$work/e.diff"; then
        ok "7: last year's plan against the edited .docx's import: the two edits, no more; the numbering's note said apart"
    else
        not_ok "7: $(grep -c '^@@' "$work/e.diff") hunks: $(grep '^@@' "$work/e.diff" | head -4 | tr '\n' ' ')"
    fi
else
    not_ok "setup: 7's edit of the .docx (python-docx)"
fi

# ---- 8: a subclause under a clause labelled "-" through the .docx --------------------------
# formats11.py's --more plans m6 and m9 have a clause `label: "-"` whose
# subclause prints "-.1." / "-.11.": the .docx's import read it as a bullet
# ".1. X" (Word's list numbering printed its "-" apart), a word lost
# ("delete: [-]"). Now a paragraph "-.1. X", as the .md's import reads it.
if $py tests/hardening/formats11.py roundtrip "$khgen" "$work/rt" m6 m9 >"$work/rt.out" 2>&1; then
    ok "8: \"-.1. X\" under a clause labelled \"-\" comes back from the .docx word for word (m6, m9)"
else
    not_ok "8: $(grep -v '^ok' "$work/rt.out" | head -4 | tr '\n' ' ')"
fi

# ---- 9: diff of a plan against an older import, its STT column text ---------------------
# An import made before this session (in a drafter's repository) wrote
# the STT column as text and group rows as rows: "I | Cấp xã", "1 | Xã
# Đồng Hưu". diff now numbers such cells by position as it does an STT
# column, and a Roman number with one title is a group row: the same rows.
# Its numbers print on the left (a text column), the STT column's centred:
# since session 40 that is the one change shown, "căn lề" (s39types' left
# finding: a deleted `type: stt` was no change, exit 0).
for v in typed text; do
    {
        echo 'khgen: 1'
        echo 'header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], issuer_short: UBND xã Đồng Hưu, place: Đồng Hưu, date: 2024-01, title: "Kế hoạch năm {year}"}'
        echo 'body: [{section: MỤC TIÊU, items: [{para: "(Chi tiết theo {att b1} đính kèm)."}]}]'
        echo 'signature: {lines: [CHỦ TỊCH], name: Nguyễn Văn A}'
        echo 'attachments:'
        echo '  - {id: b1, label: Biểu 01, title: Số hộ,'
        if [ $v = typed ]; then
            echo '     columns: [stt, {key: name, header: Thôn}, {key: n, header: Số hộ}],'
            echo '     rows: [{heading: Cấp xã}, [Thôn 1, "12"], [Thôn 2, "30"]]}'
        else
            echo '     columns: [{key: c1, header: STT}, {key: name, header: Thôn}, {key: n, header: Số hộ}],'
            echo '     rows: [[I, Cấp xã, ""], ["1", Thôn 1, "12"], ["2", Thôn 2, "30"]]}'
        fi
    } >"$work/p/t9-$v.yaml"
done
"$khgen" diff "$work/p/t9-typed.yaml" "$work/p/t9-text.yaml" >"$work/t9.diff" 2>&1
s=$?
sed 's/"30"\]\]}$/"31"]]}/' "$work/p/t9-text.yaml" >"$work/p/t9-edit.yaml"
"$khgen" diff "$work/p/t9-typed.yaml" "$work/p/t9-edit.yaml" >"$work/t9e.diff" 2>&1
if [ "$s" -eq 1 ] && [ "$(grep -c '^@@' "$work/t9.diff")" -eq 1 ] &&
    grep -qxF 'định dạng: khổ ngang | căn lề: [-giữa-]{+trái+} trái trái' "$work/t9.diff" &&
    [ "$(grep -c '^@@' "$work/t9e.diff")" -eq 2 ] &&
    grep -q '^@@ Biểu 01, dòng "Thôn 2": sửa @@$' "$work/t9e.diff"; then
    ok "9: a text STT column and a Roman group row of an older import: keyed by content, the same rows, the STT column's alignment shown"
else
    not_ok "9: status $s: $(grep '^@@' "$work/t9.diff" | head -3 | tr '\n' ' ') / $(grep '^@@' "$work/t9e.diff" | head -3 | tr '\n' ' ')"
fi

# ---- 10: the task lines khgen prints, read back from the .docx and the .md -----------------
# Each form of a task's lines: a lead with support ("X phối hợp với Y, Z"),
# every kind of deadline, lead_label "Cơ quan thực hiện" and due_label
# "Thời hạn", criteria ("Phụ trách tiêu chí"), show: [lead] / [due], and
# untitled tasks under a unit's clause. Before: the unit clause's tasks
# kept their lines as "+" items, and "Cơ quan thực hiện" stayed an item.
cat >"$work/p/t10.yaml" <<'EOF'
khgen: 1
import: [qd318-xa-ntm]
header: {issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ], issuer_short: UBND huyện Yên Thế, place: Yên Thế, date: 2024-01, title: "Kế hoạch năm {year}"}
units:
  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện}
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: nn, name: Phòng Nông nghiệp và Phát triển nông thôn}
body:
  - section: NHIỆM VỤ
    items:
      - clause: Nhiệm vụ chung
        items:
          - {task: Rà soát hồ sơ các xã., lead: vpdp, due: 2024-06}
          - {task: Hướng dẫn xây dựng thôn kiểu mẫu., lead: nn, support: [vpdp, tckh], due: 2024-Q3}
          - {task: Tổng hợp báo cáo., lead: vpdp, due: ongoing}
          - {task: Kiểm tra., lead: tckh, due: {before: 2024-10-31}}
          - {task: Lập dự toán., lead: tckh, due: 2024-H1, lead_label: Cơ quan thực hiện, due_label: Thời hạn}
          - {task: Tiêu chí Giao thông., criteria: [2], lead: nn, due: 2024}
          - {task: Đánh giá., lead: vpdp, show: [lead]}
          - {task: Báo cáo kết quả., lead: vpdp, due: 2024-12-15, show: [due]}
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - clause: Phòng Nông nghiệp và Phát triển nông thôn
        items:
          - {task: "", text: Chủ trì hướng dẫn các xã., lead: nn, support: [vpdp], due: 2024-Q2, show: [lead, due]}
          - {task: "", text: Theo dõi tiến độ., lead: nn, due: ongoing, show: [due]}
closing: Trên đây là Kế hoạch.
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
EOF
for f in docx md; do
    back t10 $f "t10-$f"
    if [ "$s" -eq 0 ] && grep -A3 '^          - task: Chủ trì hướng dẫn các xã\.$' "$work/p/t10-$f.yaml" |
        grep -q '^            support: \[vpdp-ntm-huyen\]$'; then
        ok "10: every form of khgen's task lines read back into lead, support and due ($f)"
    else
        not_ok "10 ($f): status $s: $(grep -A1 '^@@' "$work/t10-$f.diff" | head -6 | tr '\n' ' ')"
    fi
done

# ---- 11: totals of whole and decimal numbers, from the .docx and the .md -----------------
# "1.242" and "1.257,75" under two groups: the totals row (a column of
# decimals with its digits) read back as the table's; the .md's bold
# cells ("**Tổng cộng**", "**I**") are plain cells first (cell_value's
# test of a bold cell never held: "**x**" was kept with its stars).
cat >"$work/p/t11.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], issuer_short: UBND xã Đồng Hưu, place: Đồng Hưu, date: 2024-01, title: "Kế hoạch năm {year}"}
body: [{section: MỤC TIÊU, items: [{para: "(Chi tiết theo {att b1} đính kèm)."}]}]
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Kinh phí
    columns: [stt, {key: name, header: Nội dung}, {key: n, header: Số hộ, type: int, total: true}, {key: kp, header: Kinh phí (triệu đồng), type: decimal, decimals: 2, total: true}, {key: r, header: Tỷ lệ, type: percent}]
    rows:
      - heading: Xã khu vực I
      - {name: Đường thôn, n: 1200, kp: 1250.5, r: 12.5}
      - {name: Nhà văn hóa, n: 30, kp: 0.25, r: 3}
      - heading: Xã khu vực II
      - {name: Kênh mương, n: 12, kp: 7, r: 1.25}
    totals: Tổng cộng
EOF
for f in docx md; do
    back t11 $f "t11-$f"
    if [ "$s" -eq 0 ] && grep -q 'type: decimal, decimals: 2, total: true' "$work/p/t11-$f.yaml" &&
        grep -q '^      - \["Đường thôn", 1200, 1250.50, 12.5\]$' "$work/p/t11-$f.yaml"; then
        ok "11: totals of whole and decimal numbers read back as the table's ($f)"
    else
        not_ok "11 ($f): status $s: $(grep -A1 '^@@' "$work/t11-$f.diff" | head -6 | tr '\n' ' ')"
    fi
done

# ---- 12: a table in the body: its STT column, group rows and totals -----------------------
# The same reading for "Bảng 1" in the text: before, its group rows and
# its totals row came back as rows, one hunk.
cat >"$work/p/t12.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], issuer_short: UBND xã Đồng Hưu, place: Đồng Hưu, date: 2024-01, title: "Kế hoạch năm {year}"}
body:
  - section: MỤC TIÊU
    items:
      - table: Kinh phí thực hiện
        columns: [stt, {key: name, header: Nội dung}, {key: n, header: Số hộ, type: int, total: true}, {key: kp, header: Kinh phí, type: decimal, decimals: 1, total: true}]
        rows:
          - heading: Khu vực I
          - {name: Đường thôn, n: 1200, kp: 1250.5}
          - {name: Nhà văn hóa, n: 30, kp: 0.5}
          - heading: Khu vực II
          - {name: Kênh mương, n: 12, kp: 7}
        totals: Tổng cộng
      - para: Đoạn sau bảng.
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
EOF
for f in docx md; do
    back t12 $f "t12-$f"
    if [ "$s" -eq 0 ] && grep -q '^          - {heading: "Khu vực II"}$' "$work/p/t12-$f.yaml" &&
        grep -q '^        totals: Tổng cộng$' "$work/p/t12-$f.yaml"; then
        ok "12: a table in the body keeps its group rows and totals ($f)"
    else
        not_ok "12 ($f): status $s: $(grep -A1 '^@@' "$work/t12-$f.diff" | head -6 | tr '\n' ' ')"
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
