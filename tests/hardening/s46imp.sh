#!/bin/sh
# tests/hardening/s46imp.sh KHGEN WORKDIR - session 46's importer
# leftovers (session 45's "Left" 2; reproducers in /tmp/s46imp/ of that
# session). Officials start next year's plan from last year's, whose
# tables were often pasted from an English-locale Excel. Each case fails
# at main 87c2fa81 unless named a guard:
#  F1  a Biểu's figures grouped by a space, a no-break space (U+00A0) or
#      a narrow one (U+202F), "45 000": kept as text, string cells where
#      the source had numbers, the totals row a row with KH768; now read
#      as the numbers they are, the totals the table's;
#  F2  English notation with decimals, "12,500.5" (a column of them):
#      kept as text; now 12.500,5 with a '# review:' note [KH773];
#  F3  an accounting negative "(1,500)" in an English-locale column
#      (s45attack E1's sibling): the whole column stayed English with no
#      word, "12,500" printed for 12.500; now read, -1.500, a note;
#  F4  a body table's English figures ("Bảng 1", "12,000.5"): kept as
#      written; now read as an attachment's are, with the note;
#  F5  one "1.500" in an English column (1.5 there, 1500 in Vietnamese):
#      never guessed silently: kept as written (a string), the column
#      untyped and unsummed, KH773 naming the cell;
#  F6a the figures of a .txt's tab-separated table ("45,000.5", "1 500");
#  F6d the figures of a .docx (khgen's own, of a plan whose cells are the
#      text "45,000.5", "(1,500)", "12,500"): read;
#  V1  one word typed with VNI's keys in a sentence typed with the input
#      method on ("kết qua3 thực hiện"): printed, no word; now KH036
#      naming it and the sentence as it reads;
#  G1  (guard) a Vietnamese table ("1.500", "2,5"), an STT column "1.1",
#      "1.2", a column of codes "2.1", "17.2" and one of references "(1)",
#      "(2)" keep their reading (no negatives, no KH773);
#  G2  (guard) no KH036 on "Quý 3", "qua 3 năm", "m2", "km2", "CO2",
#      "Tổ 3", "v2.1" nor an id in {...}.
# About 20 runs of khgen, a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
cd "$work" || exit 2

head_md() {
    printf '%s\n' '**ỦY BAN NHÂN DÂN**  ' '**XÃ AN BÌNH**  ' 'Số:      /KH-UBND' '' \
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ' '**Độc lập - Tự do - Hạnh phúc**' '' \
        '*An Bình, ngày 05 tháng 3 năm 2024*' '' '**KẾ HOẠCH**  ' \
        '**Thực hiện nhiệm vụ năm 2024**' '' 'UBND xã xây dựng Kế hoạch như sau:' '' \
        '**I. MỤC TIÊU**' ''
}
tail_md() {
    printf '%s\n' 'Trên đây là Kế hoạch./.' '' '***Nơi nhận:***' '' '- UBND huyện;' '- Lưu: VT.' '' \
        '**TM. ỦY BAN NHÂN DÂN**  ' '**CHỦ TỊCH**  ' '' '**Nguyễn Văn A**  ' ''
}
# page NAME: a plan whose Biểu 01 is the table on stdin under the header
# row "STT | Nội dung | Vốn | Vốn 2"; NB and NN in it are U+00A0, U+202F
page() {
    { head_md; printf '%s\n\n' '(Chi tiết theo Biểu 01 đính kèm).'; tail_md
      printf -- '---\n\n**Biểu 01**\n\n**BẢNG**\n\n| STT | Nội dung | Vốn | Vốn 2 |\n|:---:|---|:---:|:---:|\n'
      sed 's/NB/\xc2\xa0/g; s/NN/\xe2\x80\xaf/g'; } >"$work/$1.md"
}
impmd() {
    "$khgen" import "$work/$1.md" -o "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
table() { sed -n '/- table:/,/^closing/p' "$work/$1.yaml" | tr '\n' '|' | head -c 600; }

# ---- F1: thousands grouped by spaces ---------------------------------------------------
page f1 <<'TBL'
| 1 | Xã A | 45 000 | 1NB500 |
| 2 | Xã B | 2NN500 | 12 500 |
| **Tổng cộng** | | **47NB500** | **14 000** |
TBL
impmd f1
if [ "$st" -eq 0 ] && grep -qF '      - ["Xã A", 45000, 1500]' "$work/f1.yaml" &&
    grep -qF '      - ["Xã B", 2500, 12500]' "$work/f1.yaml" &&
    grep -qF '{key: c3, header: "Vốn", type: int, total: true}' "$work/f1.yaml" &&
    grep -qF '    totals: "Tổng cộng"' "$work/f1.yaml" && ! grep -q KH768 "$work/f1.err"; then
    ok "F1 figures grouped by a space, NBSP or narrow NBSP are numbers, the totals row the table's"
else
    not_ok "F1 status $st: $(rows f1); $(head -c 300 "$work/f1.err")"
fi

# ---- F2: English notation with decimals ------------------------------------------------
page f2 <<'TBL'
| 1 | Xã A | 45,000.5 | 500 |
| 2 | Xã B | 2,500.25 | 12,500 |
| **Tổng cộng** | | **47,500.75** | **13,000** |
TBL
impmd f2
if [ "$st" -eq 0 ] && grep -qF '      - ["Xã A", 45000.5, 500]' "$work/f2.yaml" &&
    grep -qF '      - ["Xã B", 2500.25, 12500]' "$work/f2.yaml" &&
    grep -qF '    totals: "Tổng cộng"' "$work/f2.yaml" &&
    grep -qF "# review: the figures of column 3 (Vốn) are written as an English-locale Excel shows them, ',' between thousands and '.' before the decimals" "$work/f2.yaml"; then
    ok "F2 '12,500.5' in an English column is 12.500,5, noted"
else
    not_ok "F2 status $st: $(rows f2); $(head -c 300 "$work/f2.err")"
fi

# ---- F3: an accounting negative in an English column -----------------------------------
page f3 <<'TBL'
| 1 | Xã A | 2,500 | 500 |
| 2 | Xã B | 1,250 | 12,500 |
| 3 | Xã C | 1,250,000 | (1,500) |
| 4 | Xã D | 3,000 | 45,000 |
TBL
impmd f3
if [ "$st" -eq 0 ] && grep -qF '      - ["Xã C", 1250000, -1500]' "$work/f3.yaml" &&
    grep -qF '      - ["Xã D", 3000, 45000]' "$work/f3.yaml" &&
    grep -qF '# review: the figures in brackets in column 4 (Vốn 2)' "$work/f3.yaml"; then
    ok "F3 '(1,500)' beside '12,500' is -1.500 and the column is read, noted"
else
    not_ok "F3 status $st: $(rows f3); $(head -c 300 "$work/f3.err")"
fi

# ---- F4: a body table's English figures ------------------------------------------------
{ head_md; printf '%s\n' '**Bảng 1. Kinh phí**' '' '| STT | Nội dung | Kinh phí | Ghi chú |' \
    '|:---:|---|:---:|---|' '| 1 | Đường | 1,500 | a |' '| 2 | Cầu | 12,000.5 | b |' \
    '| 3 | Kè | 500 | c |' '| **Tổng cộng** | | **14,000.5** | |' ''; tail_md; } >"$work/f4.md"
impmd f4
if [ "$st" -eq 0 ] && grep -qF '          - ["Cầu", 12000.5, "b"]' "$work/f4.yaml" &&
    grep -qF '        totals: Tổng cộng' "$work/f4.yaml" &&
    grep -qF "        # review: the figures of column 3 (Kinh phí) are written as an English-locale Excel" "$work/f4.yaml"; then
    ok "F4 a body table's English figures are read and noted as a Biểu's"
else
    not_ok "F4 status $st: $(table f4)"
fi

# ---- F5: one figure of two readings ----------------------------------------------------
page f5 <<'TBL'
| 1 | Xã A | 2,500 | 500 |
| 2 | Xã B | 1,250 | 12,500.5 |
| 3 | Xã C | 1,250,000 | 1.500 |
| 4 | Xã D | 3,000 | 45,000 |
| **Tổng cộng** | | **1,256,750** | **58,000** |
TBL
impmd f5
if [ "$st" -eq 0 ] && grep -qF '      - {c1: "3", c2: "Xã C", c3: 1250000, c4: "1.500"}' "$work/f5.yaml" &&
    grep -qF '{key: c4, header: "Vốn 2", align: center}' "$work/f5.yaml" &&
    grep -q 'warning\[KH773\]: "1.500" (column 4, row 3): written' "$work/f5.err" &&
    grep -qF '# review: "1.500" (column 4, row 3): written' "$work/f5.yaml"; then
    ok "F5 '1.500' among English figures is kept as written, the column untyped, KH773 naming it"
else
    not_ok "F5 status $st: $(rows f5); $(head -c 400 "$work/f5.err")"
fi

# ---- F6: a .txt's and a .docx's tables -------------------------------------------------
{ pdf_head; printf '(Chi tiết theo Biểu 01 đính kèm).\n'; pdf_tail
  printf '\n\t\t\tBiểu 01\n\t\tKINH PHÍ\n\n'
  printf 'STT\tNội dung\tVốn\tVốn 2\n1\tXã A\t45,000.5\t1\302\240500\n2\tXã B\t2,500.25\t12 500\n'; } >"$work/f6.txt"
imp f6
if [ "$st" -eq 0 ] && grep -qF '["Xã A", 45000.5, 1500]' "$work/f6.yaml" &&
    grep -qF '["Xã B", 2500.25, 12500]' "$work/f6.yaml"; then
    ok "F6a a .txt's tab-separated table: '45,000.5' and '1 500' read"
else
    not_ok "F6a status $st: $(grep -n 'Xã' "$work/f6.yaml" | head -4 | tr '\n' '|'); $(head -c 300 "$work/f6.err")"
fi
readme_base
edited f6d '  - id: bieu01' '  - id: bieu-en
    label: Biểu 09
    title: Kinh phí
    columns: [{key: a, header: Nội dung}, {key: b, header: Vốn, align: center}]
    rows:
      - ["Xã A", "45,000.5"]
      - ["Xã B", "(1,500)"]
      - ["Xã C", "12,500"]
  - id: bieu01'
"$khgen" build -f docx -o "$work/f6d" "$work/p/f6d.yaml" >/dev/null 2>"$work/f6d.build.err"
"$khgen" import "$work/f6d/f6d.docx" -o "$work/f6d.yaml" >/dev/null 2>"$work/f6d.err"
st=$?
if [ "$st" -eq 0 ] && grep -qF -- '- ["Xã A", 45000.5]' "$work/f6d.yaml" &&
    grep -qF -- '- ["Xã B", -1500]' "$work/f6d.yaml" && grep -qF -- '- ["Xã C", 12500]' "$work/f6d.yaml"; then
    ok "F6d a .docx's table of English figures, '(1,500)' too, read"
else
    not_ok "F6d status $st: $(grep -n 'Xã [ABC]' "$work/f6d.yaml" | head -4 | tr '\n' '|'); $(head -c 300 "$work/f6d.err") $(head -c 200 "$work/f6d.build.err")"
fi

# ---- G1: guards: Vietnamese figures, numbering, codes, references ----------------------
page g1 <<'TBL'
| 1 | Xã A | 1.500 | 2,5 |
| 2 | Xã B | 12.500 | 3 |
| **Tổng cộng** | | **14.000** | **5,5** |
TBL
impmd g1
{ head_md; printf '%s\n' '| STT | Tiêu chí | Mã | Ghi chú |' '|:---:|---|:---:|:---:|' \
    '| 1.1 | Giao thông | 2.1 | (1) |' '| 1.2 | Thủy lợi | 17.2 | (2) |' ''; tail_md; } >"$work/g1b.md"
impmd g1b
if grep -qF '      - ["Xã A", 1500, 2.5]' "$work/g1.yaml" && grep -qF '    totals: "Tổng cộng"' "$work/g1.yaml" &&
    ! grep -q 'KH773' "$work/g1.err" "$work/g1b.err" &&
    grep -qF '["1.1", "Giao thông", "2.1", "(1)"]' "$work/g1b.yaml" &&
    grep -qF '["1.2", "Thủy lợi", "17.2", "(2)"]' "$work/g1b.yaml"; then
    ok "G1 (guard) Vietnamese figures, an STT '1.1', codes '2.1' and references '(1)' keep their reading"
else
    not_ok "G1 $(rows g1) / $(table g1b) $(cat "$work/g1.err" "$work/g1b.err" | head -c 300)"
fi

# ---- V1, G2: one word typed with VNI's keys --------------------------------------------
edited v1 'opening: "' 'opening: "Báo cáo kết qua3 thực hiện nhiệm vụ. '
"$khgen" check "$work/p/v1.yaml" >/dev/null 2>"$work/v1.err"
if grep -q "warning\[KH036\]: 'qua3' is a Vietnamese word typed with VNI's keys" "$work/v1.err" &&
    grep -qF "Báo cáo kết quả thực hiện nhiệm vụ." "$work/v1.err"; then
    ok "V1 'kết qua3' in a Unicode sentence is KH036, the sentence as it reads"
else
    not_ok "V1 $(head -c 400 "$work/v1.err")"
fi
edited g2 'opening: "' 'opening: "Báo cáo kết quả Quý 3 và qua 3 năm thực hiện; diện tích 20 m2 (0,02 km2), khí CO2; Tổ 3 dùng phiên bản v2.1. '
"$khgen" check "$work/p/g2.yaml" >/dev/null 2>"$work/g2.err"
if [ -s "$work/p/g2.yaml" ] && ! grep -q "KH036" "$work/g2.err"; then
    ok "G2 (guard) 'Quý 3', 'qua 3 năm', m2, km2, CO2, 'Tổ 3', v2.1 are no VNI keys"
else
    not_ok "G2 $(grep KH036 "$work/g2.err" | head -c 400)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
