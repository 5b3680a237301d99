#!/bin/sh
# tests/hardening/s41cycle.sh KHGEN WORKDIR - the yearly cycle as an
# official lives it, black-box (issue 8: never a silently wrong output;
# `khgen new` must give next year's plan an official can start from, and
# a diff report that shows a change nobody made, or hides one, is a wrong
# document). Reproducers in /tmp/s41cycle/ of session 41.
#  N   (HIGH) `khgen new` run twice, the plan of 2026 made from the plan of
#      2025 that new made from 2024's: the 2025 plan still printed what the
#      first new had noted ("trước 15/7/2024", "trong tháng 10/2024", the
#      province's plan "năm 2024" cited as a basis, a locality's "năm
#      2024"), and the second new said nothing of them: the plan of 2026
#      printed deadlines of 2024 with no message (KH315/KH316 named only
#      the title and two deadlines' texts), while `new --year 2026` from
#      2024's plan noted all eight. The notes covered the old period's
#      years only; the year before it was noted in column headings alone
#      ("text of the body may be history"). A text that names it as a year
#      ("so với năm 2023", "trước 15/7/2023") names two years back in the
#      new plan: noted now, and a basis about it too; a range's end, a
#      cited document's number or date, a full date value are not.
#  C   (MEDIUM) a column added to a Biểu in Word (or in the plan) showed
#      every row as changed, "Xã A | 5{+ |+}", one part a row (22 for
#      binh-trung's Biểu 01) besides the headings' change: a row whose
#      cells under the headings both tables have are the same, and whose
#      cells under a heading one table alone has are empty, is no change;
#      the column is shown once, in the headings ("Cột: ... {+ | Ghi
#      chú+}") and their alignment. A cell written in the new column, a
#      column removed with its figures, are still shown a row each.
#  F   (LOW) a part whose words and formatting both changed (a heading's
#      text retyped in Word and its paragraph made bold as a whole) was
#      two hunks of the same name, "@@ I.2: sửa @@" twice: one hunk now,
#      its "định dạng: ..." line under the words (README: "a line under
#      the part").
#  G   (MEDIUM) a Biểu's group row deleted in Word, the groups after it
#      not renumbered (I, III, IV, V): import wants I, II, ... in order, so
#      III-V became rows of text, and diff showed 7 parts with no word why
#      (s40cycle's leftover). A group row printed bold whose Roman number
#      is past the last group's is a group row now, with a review line
#      naming the numbers as written (KH768, a warning): diff shows the
#      group removed and the note, 2 parts.
#      A guard: a part moved whose formatting changed keeps its line.
# 7 of the 10 cases fail at main 654cfcd1 (every case but three guards:
# the first new's notes, a column removed with its figures, a part moved
# and restyled; the guard of a cell written in the new column fails there
# too, every row being shown) and pass after the fixes. About 35 runs of
# khgen and one python-docx edit, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
PY=/usr/bin/python3

# ---- N: `khgen new` twice ------------------------------------------------------
mkdir -p "$work/n"
cp -r "$top/plans/yen-the" "$top/plans/yen-the-2024.yaml" "$work/n/"
"$khgen" new --from "$work/n/yen-the-2024.yaml" --year 2025 >"$work/n1.out" 2>&1
st1=$?
"$khgen" new --from "$work/n/yen-the-2025.yaml" --year 2026 >"$work/n2.out" 2>&1
st2=$?
"$khgen" new --from "$work/n/yen-the-2024.yaml" --year 2026 -o "$work/n/skip-2026.yaml" >"$work/n3.out" 2>&1
st3=$?
"$khgen" build -f md -o "$work/n/md" "$work/n/yen-the-2026.yaml" "$work/n/skip-2026.yaml" >/dev/null 2>&1
miss=
for w in 'legal basis 4 is about the year 2024' 'the locality Đồng Vương still says 2024' \
    'trong tháng 10/2024' 'trong tháng 11/2024' '(trước 15/7/2024)' 'trước 30/11/2024' \
    'xong trong Qúy I/2024' 'the title of the plan still says 2024'; do
    grep 'note:' "$work/n2.out" | grep -qF "$w" || miss="$miss [$w]"
done
# (and, since s44cycle, the programme of 2021-2025 over in 2026: its
# three bases, QĐ 263, QĐ 318 and the district's KH 34 "giai đoạn
# 2021-2025", and the catalog qd318-xa-ntm, four notes more; and since
# s52cycle, the seven texts of this district's plan that name a place
# that ended on 1 July 2025, huyện Yên Thế among them, seven more; and
# since s54cycle, the body's "Ban Chỉ đạo huyện", a district's office
# named without its place, an eighth)
for w in 'legal basis 2 names a programme' 'legal basis 3 names a programme' \
    'legal basis 5 names a programme' "the catalog 'qd318-xa-ntm' holds the criteria"; do
    grep 'note:' "$work/n2.out" | grep -qF "$w" || miss="$miss [$w]"
done
if [ $st1 -eq 0 ] && [ $st2 -eq 0 ] && [ -z "$miss" ] &&
    grep -q '^notes for the drafter (20)' "$work/n2.out" &&
    grep -q '8 texts naming a place that ended on 1 July 2025' "$work/n2.out" &&
    ! grep -q 'warning\[KH31[56]\]' "$work/n2.out"; then
    ok "N1 new twice (2024 -> 2025 -> 2026): the second new notes each 2024 the plan of 2026 still prints (deadlines in the text, the basis, the locality, the title), 8 notes, and the 4 of the programme of 2021-2025"
else
    not_ok "N1 new twice: status $st1/$st2, missing:$miss; $(grep -E 'note|KH31' "$work/n2.out" | head -12 | tr '\n' '~' | head -c 900)"
fi
# the same document as new --year 2026 from 2024's, and as many notes
if [ $st3 -eq 0 ] && cmp -s "$work/n/md/yen-the-2026.md" "$work/n/md/skip-2026.md" &&
    [ "$(grep -c ': note: ' "$work/n2.out")" -eq "$(grep -c ': note: ' "$work/n3.out")" ]; then
    ok "N2 new twice and new --year 2026 at once: the same .md, the same number of notes"
else
    not_ok "N2 twice vs at once: status $st3, notes $(grep -c ': note: ' "$work/n2.out") vs $(grep -c ': note: ' "$work/n3.out"), md $(cmp "$work/n/md/yen-the-2026.md" "$work/n/md/skip-2026.md" 2>&1 | head -1)"
fi
# guard: the first new's notes are what they were (none of 2023: no such year there)
if grep -q '^notes for the drafter (8)' "$work/n1.out" && ! grep -q 'says 2023' "$work/n1.out"; then
    ok "N guard: the first new of yen-the-2024 prints its 8 notes, as before"
else
    not_ok "N guard: $(grep -E 'notes for|note:' "$work/n1.out" | head -10 | tr '\n' '~')"
fi
# N3: last year named in a text of the old plan ("so với năm 2023" in the plan
# of 2024) names 2023 in the plan of 2025 too: noted; a cited document's
# number and date, a period cited and a range's end are not
$PY - "$top/plans/yen-the-2024.yaml" "$work/n/so-2024.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = 'phân bổ các nguồn vốn, bố trí lồng'
assert old in s
s = s.replace(old, 'phân bổ các nguồn vốn (tăng 10% so với năm 2023, theo Nghị quyết số 12/2023/NQ-HĐND ngày 15/12/2023 của HĐND tỉnh, giai đoạn 2023-2025), bố trí lồng', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" new --from "$work/n/so-2024.yaml" --year 2025 -o "$work/n/so-2025.yaml" >"$work/n4.out" 2>&1
st=$?
if [ $st -eq 0 ] && [ "$(grep -c 'still says 2023' "$work/n4.out")" -eq 1 ] &&
    grep 'still says 2023' "$work/n4.out" | grep -qF 'so với năm 2023' &&
    grep -q '^notes for the drafter (9)' "$work/n4.out"; then
    ok "N3 'so với năm 2023' in the plan of 2024 is noted in the plan of 2025 (once; the cited resolution's number and date and the range are not)"
else
    not_ok "N3 so với năm 2023: status $st, $(grep -E 'notes for|2023' "$work/n4.out" | head -6 | tr '\n' '~')"
fi

# ---- C: a column added to a Biểu ------------------------------------------------
# col NAME HEADINGS ROWS: a small plan whose Biểu 01 has those columns and rows
col() {
    small "$1" <<EOF
body:
  - section: NỘI DUNG
    items:
      - para: Thực hiện.
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh sách xã
    columns:
      - {key: stt, header: STT, type: stt}
$2
    rows:
$3
EOF
}
H0='      - {key: ten, header: Tên xã}
      - {key: so, header: Số tiêu chí, type: int}'
H1="$H0
      - {key: ghi, header: Ghi chú}"
col c0 "$H0" '      - [Xã A, 5]
      - [Xã B, 4]
      - [Xã C, 3]'
col c1 "$H1" '      - [Xã A, 5, ""]
      - [Xã B, 4, ""]
      - [Xã C, 3, ""]'
col c2 "$H1" '      - [Xã A, 5, ""]
      - [Xã B, 4, "mới"]
      - [Xã C, 3, ""]'
col c3 '      - {key: ten, header: Tên xã}' '      - [Xã A]
      - [Xã B]
      - [Xã C]'
"$khgen" diff --no-color "$work/p/c0.yaml" "$work/p/c1.yaml" >"$work/c1.out" 2>&1
st=$?
if [ $st -eq 1 ] && grep -qxF 'Cột: STT | Tên xã | Số tiêu chí{+ | Ghi chú+}' "$work/c1.out" &&
    ! grep -q 'dòng' "$work/c1.out" && [ "$(grep -c '^@@ Biểu 01: sửa @@$' "$work/c1.out")" -ge 1 ]; then
    ok "C1 a column added, its cells empty: shown once, in the headings, no row listed, exit 1"
else
    not_ok "C1 column added: status $st, $(grep '^@@' "$work/c1.out" | tr '\n' '|' | head -c 400)"
fi
"$khgen" diff --no-color "$work/p/c0.yaml" "$work/p/c2.yaml" >"$work/c2.out" 2>&1
st=$?
if [ $st -eq 1 ] && grep -qxF '@@ Biểu 01, dòng "Xã B": sửa @@' "$work/c2.out" &&
    grep -qF 'Xã B | 4{+ | mới+}' "$work/c2.out" && [ "$(grep -c 'dòng' "$work/c2.out")" -eq 1 ]; then
    ok "C guard: a cell written in the new column is shown, that row alone"
else
    not_ok "C guard new cell: status $st, $(grep -A1 '^@@' "$work/c2.out" | tr '\n' '|' | head -c 400)"
fi
"$khgen" diff --no-color "$work/p/c0.yaml" "$work/p/c3.yaml" >"$work/c3.out" 2>&1
st=$?
if [ $st -eq 1 ] && [ "$(grep -c '^@@ Biểu 01, dòng "Xã [ABC]": sửa @@$' "$work/c3.out")" -eq 3 ] &&
    grep -qxF 'Xã A[- | 5-]' "$work/c3.out"; then
    ok "C guard: a column removed with its figures: each row's lost figure is shown"
else
    not_ok "C guard removed column: status $st, $(grep -A1 '^@@' "$work/c3.out" | tr '\n' '|' | head -c 400)"
fi

# ---- F: words and formatting changed in one part: one hunk -----------------------
small f0 <<'EOF'
body:
  - section: NỘI DUNG
    items:
      - clause: Cấp xã
        text: Có 04 xã đạt chuẩn.
EOF
small f1 <<'EOF'
body:
  - section: NỘI DUNG
    items:
      - clause: Cấp xã
        style: italic
        text: Có 06 xã đạt chuẩn.
EOF
"$khgen" diff --no-color "$work/p/f0.yaml" "$work/p/f1.yaml" >"$work/f1.out" 2>&1
st=$?
if [ $st -eq 1 ] && [ "$(grep -c '^@@' "$work/f1.out")" -eq 1 ] &&
    grep -A2 '^@@ I.1. “Cấp xã”: sửa @@$' "$work/f1.out" | grep -q '^định dạng:' && # (its name since s45cycle F13)
    grep -qF 'Có [-04-]{+06+} xã' "$work/f1.out"; then
    ok "F1 a clause's text and style changed together: one hunk, the words then its định dạng line"
else
    not_ok "F1 one hunk: status $st, $(tr '\n' '|' <"$work/f1.out" | head -c 400)"
fi

# guard: a part moved whose formatting changed keeps its định dạng hunk
small f2 <<'EOF'
body:
  - section: NỘI DUNG
    items:
      - clause: Cấp huyện
        text: Có 02 huyện đạt chuẩn.
      - clause: Cấp xã
        text: Có 04 xã đạt chuẩn.
EOF
small f3 <<'EOF'
body:
  - section: NỘI DUNG
    items:
      - clause: Cấp xã
        style: italic
        text: Có 04 xã đạt chuẩn.
      - clause: Cấp huyện
        text: Có 02 huyện đạt chuẩn.
EOF
"$khgen" diff --no-color "$work/p/f2.yaml" "$work/p/f3.yaml" >"$work/f3.out" 2>&1
st=$?
if [ $st -eq 1 ] && grep -q '^@@ I.1. “Cấp xã”: chuyển từ I.2. @@$' "$work/f3.out" &&
    grep -A3 '^@@ I.1. “Cấp xã”: chuyển từ I.2. @@$' "$work/f3.out" | grep -q '^định dạng:.*nghiêng'; then
    ok "F guard: a clause moved and restyled: the move and its định dạng line are both shown"
else
    not_ok "F guard moved: status $st, $(tr '\n' '|' <"$work/f3.out" | head -c 400)"
fi

# ---- G: a group row deleted in Word ----------------------------------------------
mkdir -p "$work/g"
cp "$top/plans/binh-trung-2024.yaml" "$work/g/bt.yaml"
"$khgen" build -f docx -o "$work/g" "$work/g/bt.yaml" >/dev/null 2>&1
if $PY - "$work/g/bt.docx" "$work/g/g1.docx" <<'PY'
import sys, docx
d = docx.Document(sys.argv[1])
for t in d.tables:
    rows = [r for r in t.rows if r.cells[0].text.strip() == 'II']
    if rows and t.rows[0].cells[0].text.strip() == 'STT':
        rows[0]._tr.getparent().remove(rows[0]._tr)
        d.save(sys.argv[2])
        sys.exit(0)
sys.exit(1)
PY
then
    "$khgen" import "$work/g/g1.docx" -o "$work/g1.yaml" >/dev/null 2>"$work/g1.err"
    "$khgen" diff --no-color "$work/g/bt.yaml" "$work/g1.yaml" >"$work/g1.out" 2>&1
    st=$?
    # (the note, KH768, was a second part until s44cycle: the drafter's
    # working note, in the import's language, now said apart on stderr)
    if [ $st -eq 1 ] && [ "$(grep -c '^@@' "$work/g1.out")" -eq 1 ] &&
        grep -qF '@@ Biểu 01, mục "Hạ tầng kinh tế - xã hội": bỏ @@' "$work/g1.out" &&
        grep -qF 'the group rows are numbered I, III, IV, V' "$work/g1.yaml" &&
        grep -q "g1.yaml' holds 1 note of .khgen import" "$work/g1.out" &&
        grep -q 'warning\[KH768\]' "$work/g1.err" &&
        [ "$(grep -c '{heading: ' "$work/g1.yaml")" -eq 4 ]; then
        ok "G1 a group row deleted in Word (I, III, IV, V left): the groups read back, diff shows the group removed, 1 part; the note (KH768) said apart"
    else
        not_ok "G1 group row deleted: status $st, $(grep '^@@' "$work/g1.out" | tr '\n' '|' | head -c 500)"
    fi
else
    not_ok "G setup: python-docx's deletion of group row II"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
