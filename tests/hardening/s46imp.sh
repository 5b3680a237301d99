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
#      "Tổ 3", "v2.1";
#  R1  (guard) the plans F1-F5 imported, built to .docx and .md and
#      imported back: the same plans (khgen diff exit 0 for each);
#  P1  khgen's own Biểu 01 (preset: locality-targets) read back (s43user
#      F19): its rows were written out with a note naming the preset; now
#      `preset: locality-targets`, the localities' criteria_met, status,
#      target, target_year and the `levels:` they name, from the README's
#      example's .docx and .md, each the same plan (khgen diff exit 0);
#  P2  a plan whose preset leaves columns out (yen-the-2024's `columns:
#      [stt, name_full, status, target, target_year]`): the same columns;
#  P3  a .md table with the preset's columns whose rows aim for another
#      year is not the preset's: written out, with the note naming the
#      preset (at 87c2fa81 the .md's "Hiện trạng: Mức đã đạt chuẩn"
#      headers were not seen as the preset's: the plain note);
#  P4  a village with its commune ("Thuộc xã"), a count, a status and a
#      note in the preset's Biểu: the same locality back (parent, note).
# About 35 runs of khgen, a few seconds.
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

# ---- R1: import -> build -> import gives the same plan --------------------------------
bad=
for f in f1 f2 f3 f4 f5; do
    "$khgen" build -f docx,md -o "$work/r1$f" "$work/$f.yaml" >/dev/null 2>&1 || bad="$bad $f:build"
    for x in docx md; do
        "$khgen" import "$work/r1$f/$f.$x" -o "$work/r1$f.$x.yaml" >/dev/null 2>&1
        "$khgen" diff "$work/$f.yaml" "$work/r1$f.$x.yaml" >"$work/r1$f.$x.diff" 2>&1 || bad="$bad $f.$x"
    done
done
if [ -z "$bad" ]; then
    ok "R1 (guard) the plans read from English figures come back the same through .docx and .md"
else
    not_ok "R1 changed:$bad"
fi

# ---- P1-P4: khgen's own Biểu 01 read back as its preset -----------------------------
"$khgen" build -f docx,md -o "$work/p1" "$work/p/ex.yaml" >/dev/null 2>&1
bad=
for x in docx md; do
    "$khgen" import "$work/p1/ex.$x" -o "$work/p1.$x.yaml" >/dev/null 2>"$work/p1.$x.err" || bad="$bad $x:import"
    "$khgen" diff "$work/p/ex.yaml" "$work/p1.$x.yaml" >"$work/p1.$x.diff" 2>&1 || bad="$bad $x:diff"
    grep -q '^    preset: locality-targets$' "$work/p1.$x.yaml" || bad="$bad $x:preset"
    grep -qF '  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}' "$work/p1.$x.yaml" || bad="$bad $x:dong-lac"
    grep -qF '  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria_met: 17, target: ntm, target_year: 2024}' "$work/p1.$x.yaml" || bad="$bad $x:dong-huu"
    grep -qF '  - {id: ntm-nc, name: nông thôn mới nâng cao}' "$work/p1.$x.yaml" || bad="$bad $x:levels"
done
if [ -z "$bad" ]; then
    ok "P1 the README's Biểu 01 read back from .docx and .md is preset: locality-targets, its rows the localities' data, the same plan"
else
    not_ok "P1:$bad $(sed -n '/^levels/,/^body/p' "$work/p1.docx.yaml" | head -12 | tr '\n' '|')"
fi
(cd "$top/plans" && "$khgen" build -f md -o "$work/p2" yen-the-2024.yaml >/dev/null 2>&1)
"$khgen" import "$work/p2/yen-the-2024.md" -o "$work/p2.yaml" >/dev/null 2>"$work/p2.err"
st=$?
(cd "$top/plans" && "$khgen" diff yen-the-2024.yaml "$work/p2.yaml" >"$work/p2.diff" 2>&1)
dst=$?
if [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] && grep -qF '    columns: [stt, name_full, status, target, target_year]' "$work/p2.yaml" &&
    grep -qF '  - {id: an-thuong, name: An Thượng, kind: xã, status: ntm, target: ntm-km, target_year: 2024}' "$work/p2.yaml"; then
    ok "P2 a preset with columns left out comes back with the same columns, the same plan"
else
    not_ok "P2 status $st diff $dst: $(grep -n 'preset\|columns: \[\|an-thuong' "$work/p2.yaml" | head -5 | tr '\n' '|')"
fi
edited p4 '  - {id: dong-lac' '  - {id: na-ca, name: Nà Ca, kind: thôn, parent: dong-huu, criteria_met: 15, status: ntm, target: ntm-nc, target_year: 2024, note: "Thôn đặc biệt khó khăn"}
  - {id: dong-lac'
"$khgen" build -f docx -o "$work/p4" "$work/p/p4.yaml" >/dev/null 2>&1
"$khgen" import "$work/p4/p4.docx" -o "$work/p4.yaml" >/dev/null 2>"$work/p4.err"
st=$?
"$khgen" diff "$work/p/p4.yaml" "$work/p4.yaml" >"$work/p4.diff" 2>&1
dst=$?
if [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] &&
    grep -qF '  - {id: na-ca, name: Nà Ca, kind: thôn, parent: dong-huu, criteria_met: 15, status: ntm, target: ntm-nc, target_year: 2024, note: "Thôn đặc biệt khó khăn"}' "$work/p4.yaml"; then
    ok "P4 a village of the preset's Biểu comes back with its commune, figures and note, the same plan"
else
    not_ok "P4 status $st diff $dst: $(grep -n 'na-ca\|Nà Ca' "$work/p4.yaml" | head -3 | tr '\n' '|') $(head -c 300 "$work/p4.diff")"
fi
sed 's/| 2024 |/| 2025 |/' "$work/p1/ex.md" >"$work/p3.md"
impmd p3
if [ "$st" -eq 0 ] && ! grep -q '^    preset:' "$work/p3.yaml" &&
    grep -q "^  # review: read from the document's table, its rows written out: its columns are those of preset: locality-targets" "$work/p3.yaml"; then
    ok "P3 the preset's columns in a .md aiming for another year stay written out, the note naming the preset"
else
    not_ok "P3 status $st: $(grep -n 'preset\|2025' "$work/p3.yaml" | head -5 | tr '\n' '|')"
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
