#!/bin/sh
# tests/hardening/mut33.sh KHGEN WORKDIR - the cases session 33's mutation
# sweep of session 32's code (tools/mutants.py run --since 55f06333)
# showed missing (issue 8): each case names the mutant it kills (file,
# the line's rule and the change), and fails with that mutant's binary.
# A mutant that survived session 32's suites and the suites of its area
# either changed behaviour no case pinned (a case here) or was equivalent
# (said in the report, not here).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/m"

# ---- src/txt_layout.c page_label ------------------------------------------------------------

# pdfbieu LABEL NAME: foreign31's PDF text of two Biểu, its first page's
# label "Biểu 01" replaced by LABEL, imported to $work/m/NAME.yaml
pdfbieu() {
    sed "17s|Biểu 01|$1|" "$(dirname "$0")/foreign31-pdfbieu.txt" >"$work/m/$2.txt"
    import_m "$2" txt
}
# a label of 40 bytes ("at most 40", the limit was n < 40) and one with
# its number and title (61 bytes) name the page: its table is read by its
# columns; before, its rows were body paragraphs, joined into one, exit 0
# (txt_layout-071 of s32mut: n < 41; the same label the import takes for
# an attachment's start, attachment_label); a line of 41 bytes beginning
# with the word and no number is no label (mutant: n <= 41)
pdfbieu 'Biểu tổng hợp xã đạt chuẩn A' l40
pdfbieu 'Biểu tổng hợp xã đạt chuẩn AB' l41
pdfbieu 'Biểu 01: Danh sách xã, thôn phấn đấu đạt chuẩn' l61
if grep -q -x '          - {key: c2, header: "Tên xã"}' "$work/m/l40.yaml" &&
    grep -q -x '      - {key: c2, header: "Tên xã"}' "$work/m/l61.yaml" &&
    grep -q -x '    label: "Biểu 01: Danh sách xã, thôn phấn đấu đạt chuẩn"' "$work/m/l61.yaml" &&
    grep -q -x '      - para: STT               Tên xã' "$work/m/l41.yaml" &&
    grep -q -x 'exit 0' "$work/m/l61.err"; then
    ok "txt_layout: a Biểu label of 40 bytes, or with its number and a title of 61, heads a PDF text's table read by its columns; 41 bytes of words alone do not"
else
    not_ok "txt_layout page_label: 40: $(grep -c 'header:' "$work/m/l40.yaml") 61: $(grep -c 'header:' "$work/m/l61.yaml") 41: $(grep -c 'para: STT' "$work/m/l41.yaml")"
fi

# ---- src/diff_match.c match_year_rows ------------------------------------------------------

# yr NAME YEAR ROW...: README's example of YEAR with a Biểu 02 of the rows
# ROW (its first column; the second "x"), as $work/d/NAME.yaml
mkdir -p "$work/d"
readme_example "$work/d/ex.yaml"
yr() {
    /usr/bin/python3 - "$work/d/ex.yaml" "$work/d/$1.yaml" "$@" <<'PY'
import sys
base, out, year, rows = open(sys.argv[1], encoding='utf-8').read(), sys.argv[2], sys.argv[4], sys.argv[5:]
s = base if year == '2024' else base.replace('2024', year)
s = s.replace('{att bieu01}', '{att bieu01} và {att b2}', 1)
s += ('  - id: b2\n    label: Biểu 02\n    title: T\n'
      '    columns: [{key: a, header: A}, {key: b, header: B}]\n    rows:\n')
s += ''.join('      - ["%s", x]\n' % r for r in rows)
open(out, 'w', encoding='utf-8').write(s)
PY
}
# a row paired by its moved year is taken out of the rows still to pair
# (strmap_unlink_first): a second new row that differs from the old one
# only by a year too ("năm 2025, vốn năm 2024") is an added row, not a
# second pair of the same old row (mutant: the unlink dropped, the first
# new row shown moved and changed, the second not added)
yr u1 2024 'Sửa đường năm 2024, vốn năm 2024'
yr u2 2025 'Sửa đường năm 2025, vốn năm 2025' 'Sửa đường năm 2025, vốn năm 2024'
"$khgen" diff "$work/d/u1.yaml" "$work/d/u2.yaml" >"$work/d/u.out" 2>&1
if grep -q -x '@@ Biểu 02, dòng "Sửa đường năm 2025, vốn năm 2024": thêm @@' "$work/d/u.out" &&
    ! grep -q 'dòng "Sửa đường năm 2025, vốn năm 2025"' "$work/d/u.out"; then
    ok "diff_match: an old row pairs with one new row whose year moved; a second such new row is added"
else
    not_ok "diff_match unlink: $(grep '@@' "$work/d/u.out" | tr '\n' ' ' | head -c 500)"
fi
# the same when the paired row is not the first of its form's rows (the
# chain's link, not its head: "... vốn năm 2030" is tried first and
# fails; mutant: *link = m.next[i] dropped)
yr v1 2024 'Sửa đường năm 2024, vốn năm 2030' 'Sửa đường năm 2024, vốn năm 2024'
yr v2 2025 'Sửa đường năm 2025, vốn năm 2025' 'Sửa đường năm 2025, vốn năm 2024'
"$khgen" diff "$work/d/v1.yaml" "$work/d/v2.yaml" >"$work/d/v.out" 2>&1
if grep -q -x '@@ Biểu 02, dòng "Sửa đường năm 2025, vốn năm 2024": thêm @@' "$work/d/v.out" &&
    ! grep -q 'dòng "Sửa đường năm 2025, vốn năm 2025"' "$work/d/v.out"; then
    ok "diff_match: a paired row behind another of its form is taken out of the rows to pair too"
else
    not_ok "diff_match link: $(grep '@@' "$work/d/v.out" | tr '\n' ' ' | head -c 500)"
fi
# rows pair by the year only in one table and only when they differ by
# the year alone: "Đợt 2021 năm 2024" and "Đợt 2023 năm 2025" share a
# form and differ by more, a row removed and one added (mutant:
# other_table(p, q) && ..., paired as a change)
yr w1 2024 'Đợt 2021 năm 2024'
yr w2 2025 'Đợt 2023 năm 2025'
"$khgen" diff "$work/d/w1.yaml" "$work/d/w2.yaml" >"$work/d/w.out" 2>&1
if grep -q -x '@@ Biểu 02, dòng "Đợt 2021 năm 2024": bỏ @@' "$work/d/w.out" &&
    grep -q -x '@@ Biểu 02, dòng "Đợt 2023 năm 2025": thêm @@' "$work/d/w.out"; then
    ok "diff_match: rows of one form that differ by more than the year are not paired by it"
else
    not_ok "diff_match other rows: $(grep '@@' "$work/d/w.out" | tr '\n' ' ' | head -c 500)"
fi
# only a run of four digits that is a year is written "####" in a row's
# form: codes "Công trình năm 202401" ... (six digits) keep theirs, so the
# row "Công trình năm 2024" is tried first and paired with "... 2025"
# (mutant: n == 4 || a year, the twenty codes tried first, YEAR_TRIES
# spent, the row removed and added)
yr c1 2024 $(i=1; while [ $i -le 20 ]; do printf '%s ' "Công_trình_năm_2024$(printf %02d $i)"; i=$((i + 1)); done) 'Công_trình_năm_2024'
yr c2 2025 $(i=1; while [ $i -le 20 ]; do printf '%s ' "Công_trình_năm_2025$(printf %02d $i)"; i=$((i + 1)); done) 'Công_trình_năm_2025'
sed -i 's/Công_trình_năm_/Công trình năm /' "$work/d/c1.yaml" "$work/d/c2.yaml"
"$khgen" diff "$work/d/c1.yaml" "$work/d/c2.yaml" >"$work/d/c.out" 2>&1
if ! grep -q 'dòng "Công trình năm 202[45]"' "$work/d/c.out" && grep -q '12 phần chỉ đổi năm' "$work/d/c.out"; then
    ok "diff_match: codes of six digits beginning with a year are no year's form: the row of the year itself is paired"
else
    not_ok "diff_match year form: $(grep '@@\|chỉ đổi năm' "$work/d/c.out" | grep -v '2024[0-9]\|2025[0-9]' | tr '\n' ' ' | head -c 500)"
fi

echo "$pass passed, $fail failed"
