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
# plan_header_docx.py, the header table the Word plans share
PYTHONPATH="$(cd "$(dirname "$0")" && pwd)${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPATH

mkdir -p "$work/m"

# ---- src/txt_cells.c txt_page_label (txt_layout.c's page_label until s35review) -------------

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
# with the word and no number is no label (mutant: n <= 41); since
# s46imp the 61-byte one, khgen's own Biểu 01, is read as its preset
pdfbieu 'Biểu tổng hợp xã đạt chuẩn A' l40
pdfbieu 'Biểu tổng hợp xã đạt chuẩn AB' l41
pdfbieu 'Biểu 01: Danh sách xã, thôn phấn đấu đạt chuẩn' l61
if grep -q -x '          - {key: c2, header: "Tên xã"}' "$work/m/l40.yaml" &&
    grep -q -x '    preset: locality-targets' "$work/m/l61.yaml" &&
    grep -q -x '    label: "Biểu 01: Danh sách xã, thôn phấn đấu đạt chuẩn"' "$work/m/l61.yaml" &&
    grep -q -x '      - para: STT               Tên xã' "$work/m/l41.yaml" &&
    grep -q -x 'exit 0' "$work/m/l61.err"; then
    ok "txt_layout: a Biểu label of 40 bytes, or with its number and a title of 61, heads a PDF text's table read by its columns; 41 bytes of words alone do not"
else
    not_ok "txt_layout page_label: 40: $(grep -c 'header:' "$work/m/l40.yaml") 61: $(grep -c 'header:\|preset:' "$work/m/l61.yaml") 41: $(grep -c 'para: STT' "$work/m/l41.yaml")"
fi

# header_alone: a Biểu whose header begins "TT" (not "STT") and has no row
# yet is a table of no rows too (foreign32's PDF text, its three empty
# Biểu headed " TT"; mutant: memcmp(cells[1].s, "TT"), three KH762 notes)
sed '95s/STT/ TT/;102s/STT/ TT/;110s/STT/ TT/' "$(dirname "$0")/foreign32-pdf.txt" >"$work/m/tt.txt"
import_m tt txt
if [ "$(grep -c '^    rows: \[\]$' "$work/m/tt.yaml")" = 3 ] && ! grep -q KH762 "$work/m/tt.err"; then
    ok "txt_layout: a PDF Biểu's header 'TT ...' with no row yet is a table of no rows"
else
    not_ok "txt_layout TT header alone: $(grep -c 'rows: \[\]' "$work/m/tt.yaml") empty, $(grep -c KH762 "$work/m/tt.err") KH762"
fi
# header_groups: a group over every cell of the header line under it
# ("Mục tiêu" over "Mức phấn đấu đạt chuẩn" and "Năm đạt chuẩn", the cell
# under "Hiện trạng" empty) is their group (mutant: len < nl, the group's
# name joined to the first header, "Mục tiêu Mức phấn đấu đạt chuẩn")
sed '23s/Mức đã đạt chuẩn/                /' "$(dirname "$0")/foreign31-pdfbieu.txt" >"$work/m/grp.txt"
import_m grp txt
if grep -q -x '      - {key: c4, header: "Mức phấn đấu đạt chuẩn", group: "Mục tiêu"}' "$work/m/grp.yaml" &&
    grep -q -x '      - {key: c3, header: "Hiện trạng"}' "$work/m/grp.yaml"; then
    ok "txt_layout: a column group over every cell of the header line under it is their group"
else
    not_ok "txt_layout group over a whole line: $(grep 'key: c[2-5]' "$work/m/grp.yaml" | tr '\n' '|')"
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
# other_table(p, q) && ..., paired as a change). The two stand on either
# side of a row both keep ("Cố định"): at one place they would be one row
# edited (s38cycle M2's rule, diff_match.c match_edited_rows), which
# would hide the mutant
yr w1 2024 'Đợt 2021 năm 2024' 'Cố định'
yr w2 2025 'Cố định' 'Đợt 2023 năm 2025'
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
# spent, the row removed and added). 11 parts since session 40 (12
# before): the Biểu's "(Kèm theo ...)" lines, printed from the header, are
# one line with the header's change (s40cycle, 779963f2), not a part each
yr c1 2024 $(i=1; while [ $i -le 20 ]; do printf '%s ' "Công_trình_năm_2024$(printf %02d $i)"; i=$((i + 1)); done) 'Công_trình_năm_2024'
yr c2 2025 $(i=1; while [ $i -le 20 ]; do printf '%s ' "Công_trình_năm_2025$(printf %02d $i)"; i=$((i + 1)); done) 'Công_trình_năm_2025'
sed -i 's/Công_trình_năm_/Công trình năm /' "$work/d/c1.yaml" "$work/d/c2.yaml"
"$khgen" diff "$work/d/c1.yaml" "$work/d/c2.yaml" >"$work/d/c.out" 2>&1
if ! grep -q 'dòng "Công trình năm 202[45]"' "$work/d/c.out" && grep -q '11 phần chỉ đổi năm' "$work/d/c.out"; then
    ok "diff_match: codes of six digits beginning with a year are no year's form: the row of the year itself is paired"
else
    not_ok "diff_match year form: $(grep '@@\|chỉ đổi năm' "$work/d/c.out" | grep -v '2024[0-9]\|2025[0-9]' | tr '\n' ' ' | head -c 500)"
fi

# ---- src/import_text.c indents_tell -----------------------------------------------------------

# indent_txt KIND: a plain-text plan whose section I is KIND's, as
# $work/m/KIND.txt, imported to $work/m/KIND.yaml:
#  typed  a typed text wrapped by hand, four lines broken before small
#         letters at the margin, then an indented paragraph ending in a
#         full stop over one at the margin (review32's R2)
#  ind2   pdftotext -layout's paragraphs indented two columns, three
#         first lines left open over a margin line in small letters, then
#         a sentence's end at the margin over a capital at the margin
#  w60    the same indented four columns, two of the first lines 60 bytes
#  w59    the same, those two 59 bytes (one first line of 60 or more)
indent_txt() {
    /usr/bin/python3 - "$1" "$work/m/$1.txt" <<'PY'
import sys
kind, out = sys.argv[1], sys.argv[2]
head = ('ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
        'Độc lập - Tự do - Hạnh phúc\n\nĐồng Hưu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n'
        'Rà soát hộ nghèo\n\nI. NHIỆM VỤ\n\n')
tail = '\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n'
def pdf(ind, paras):
    return (''.join(ind + first + '\n' + rest + '\n' for first, rest in paras) + ind +
            'Để triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp nêu trên, các thôn cần\n'
            'lập kế hoạch chi tiết và tổ chức thực hiện.\n'
            'Đảm bảo hoàn thành thẩm tra huyện trong tháng 11 năm 2024.\n' + ind +
            'Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15 tháng 12 năm 2024.\n')
if kind == 'typed':
    body = ('Ủy ban nhân dân xã chỉ đạo các thôn tổ chức rà soát hộ nghèo, hộ cận\n'
            'nghèo theo đúng quy trình, bảo đảm công khai, minh bạch, dân chủ trên\n'
            'địa bàn toàn xã; các thôn lập danh sách hộ nghèo, hộ cận nghèo và gửi\n'
            'về Ủy ban nhân dân xã để tổng hợp, báo cáo huyện theo quy định.\n\n'
            '    Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân trên địa bàn xã.\n'
            'Phối hợp với các thôn kiểm tra công trình trước mùa mưa bão.\n')
elif kind == 'ind2':
    body = pdf('  ', [('Ủy ban nhân dân xã chỉ đạo các thôn tổ chức rà soát hộ nghèo, hộ cận nghèo theo',
                       'đúng quy trình, bảo đảm công khai, minh bạch, dân chủ trên địa bàn toàn xã.'),
                      ('Các thôn lập danh sách hộ nghèo, hộ cận nghèo và gửi về Ủy ban nhân dân xã để',
                       'tổng hợp, báo cáo Ủy ban nhân dân huyện theo quy định.')])
else:
    w60 = kind == 'w60'
    a = 'UBND xã chỉ đạo các thôn rà soát hộ nghèo ' + ('để' if w60 else 'theo')
    b = 'Các thôn lập danh sách hộ nghèo ' + ('rồi' if w60 else 'thì') + ' gửi về xã'
    assert len(a.encode()) == len(b.encode()) == (60 if w60 else 59)
    body = pdf('    ', [(a, ('bảo đảm ' if w60 else '') + 'đúng quy trình, công khai, minh bạch trên địa bàn toàn xã.'),
                        (b, 'để tổng hợp, báo cáo Ủy ban nhân dân huyện theo quy định.')])
open(out, 'w', encoding='utf-8').write(head + body + tail)
PY
    import_m "$1" txt
}
for k in typed ind2 w60 w59; do indent_txt $k; done
# a typed text's lines broken by hand before small letters at the margin
# do not make it a PDF's layout: only a margin line under an indented one
# counts (mutants: lead == 0 && prev_lead >= 2 || ..., ... || starts_lower)
if grep -q -x '      - para: Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân trên địa bàn xã.' "$work/m/typed.yaml" &&
    grep -q -x '      - para: Phối hợp với các thôn kiểm tra công trình trước mùa mưa bão.' "$work/m/typed.yaml"; then
    ok "import_text: a typed text wrapped by hand is not laid out by indents: its indented paragraph ending in '.' takes no margin line"
else
    not_ok "import_text typed: $(sed -n '/^body:/,/^signature:/p' "$work/m/typed.yaml" | tr '\n' '/' | head -c 700)"
fi
# an indent of two columns tells paragraphs (mutant: prev_lead >= 3): the
# sentence's end at the margin goes on, the indented line opens the next
if grep -q 'tổ chức thực hiện. Đảm bảo hoàn thành thẩm tra huyện' "$work/m/ind2.yaml" &&
    grep -q -x '      - para: Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15 tháng 12 năm {year}.' "$work/m/ind2.yaml"; then
    ok "import_text: paragraphs indented two columns are told by their indents"
else
    not_ok "import_text indent of two: $(sed -n '/^body:/,/^signature:/p' "$work/m/ind2.yaml" | tr '\n' '/' | head -c 700)"
fi
# an indented first line of 60 bytes left open counts as a paragraph's
# wrapped line, one of 59 does not: three such lines make the text laid
# out by indents, one does not (mutants: prev_n >= 61, wraps > 3)
if grep -q 'tổ chức thực hiện. Đảm bảo hoàn thành thẩm tra huyện' "$work/m/w60.yaml" &&
    grep -q -x '      - para: Đảm bảo hoàn thành thẩm tra huyện trong tháng 11 năm {year}.' "$work/m/w59.yaml"; then
    ok "import_text: three indented first lines of 60 bytes make a PDF's layout, first lines of 59 do not"
else
    not_ok "import_text indents' 60 bytes: 60: $(grep -c 'Đảm bảo' "$work/m/w60.yaml") 59: $(grep -c 'para: Đảm bảo' "$work/m/w59.yaml")"
fi

# ---- src/docx_wrapped.c wrapped_width ---------------------------------------------------------

# pasted WRAPS CHARS: a .docx pasted a line a paragraph, $work/m/pWRAPS_CHARS.docx:
# one sentence over WRAPS+1 paragraphs, WRAPS lines of 100 characters
# broken before small letters then a line of CHARS characters left open
# over "Ủy ban Mặt trận ..." (a capital), imported to pWRAPS_CHARS.yaml
pasted() {
    /usr/bin/python3 - "$work/m/p$1_$2.docx" "$1" "$2" <<'PY'
import sys, random
import docx
from plan_header_docx import add_header_table
out, wraps, c_len = sys.argv[1], int(sys.argv[2][0]), int(sys.argv[3])
rng = random.Random(7)
words = ['thực', 'hiện', 'rà', 'soát', 'hộ', 'nghèo', 'trên', 'địa', 'bàn', 'các', 'thôn', 'bảo', 'đảm',
         'công', 'khai', 'minh', 'bạch', 'đúng', 'quy', 'trình', 'kế', 'hoạch', 'năm', 'triển', 'khai']
fill = {1: 'ở', 2: 'và', 3: 'các', 4: 'thôn', 5: 'nghèo', 6: 'trường'}
def line(n, first):
    s = first
    while n - len(s) > 7:
        s += ' ' + rng.choice(words)
    rest = n - len(s) - 1
    s += ' ' + fill[rest]
    assert len(s) == n, (len(s), n)
    return s
d = docx.Document()
add_header_table(d)
paras = [('KẾ HOẠCH', True), ('Rà soát hộ nghèo năm 2024', True), ('UBND xã xây dựng Kế hoạch như sau:', False),
         ('I. NHIỆM VỤ', True)]
# a paragraph pasted a line a paragraph: wraps lines of 100 characters
# broken before small letters, its last line ending the sentence
# (the last of 102: their mean 100.67, its floor 100); WRAPS 3d: three
# such lines, the last broken before a digit ("2024 theo ..."), no
# small letter: two breaks that count
digit = sys.argv[2] == '3d'
body = ([line(100, 'Căn cứ')] + [line(100, 'các') for _ in range(wraps - 2)] + [line(102, 'các')] +
        ['2024 theo quy định.' if digit else 'năm 2024 theo quy định.'])
paras += [(s, False) for s in body]
paras += [(line(c_len, 'Giao'), False), ('Ủy ban Mặt trận Tổ quốc xã giám sát việc rà soát.', False),
          ('Trên đây là Kế hoạch của UBND xã Bình Trung.', False),
          ('TM. ỦY BAN NHÂN DÂN', True), ('CHỦ TỊCH', True), ('Lê Văn Hùng', True)]
for s, bold in paras:
    d.add_paragraph().add_run(s).bold = bold
d.save(out)
PY
    import_m "p$1_$2" docx
}
pasted 3 80
pasted 3 79
pasted 2 80
pasted 3d 80
# the capital goes on the line above in a document of three lines broken
# before small letters (WRAPS_MIN) when that line is four fifths of their
# mean length (80 of 100 characters, the mean's floor), not at 79, nor in
# a document of two such breaks, a third before a digit (mutants: wraps =
# 1, chars = 1, ... > width * 4, width || ..., width * 5, case <= 0)
if grep -q -a 'địa thôn Ủy ban Mặt trận Tổ quốc xã giám sát việc rà soát\.$' "$work/m/p3_80.yaml" &&
    ! grep -q -a '[a-zđ] Ủy ban Mặt trận' "$work/m/p3_79.yaml" && ! grep -q -a '[a-zđ] Ủy ban Mặt trận' "$work/m/p2_80.yaml" &&
    ! grep -q -a '[a-zđ] Ủy ban Mặt trận' "$work/m/p3d_80.yaml"; then
    ok "docx_wrapped: a capital goes on a pasted line of four fifths of the broken lines' mean (80 of 100), not 79, nor with two breaks"
else
    not_ok "docx_wrapped width: 3/80 $(grep -a -c 'thôn Ủy ban Mặt' "$work/m/p3_80.yaml") 3/79 $(grep -a -c '[a-zđ] Ủy ban Mặt' "$work/m/p3_79.yaml") 2/80 $(grep -a -c '[a-zđ] Ủy ban Mặt' "$work/m/p2_80.yaml") 3d/80 $(grep -a -c '[a-zđ] Ủy ban Mặt' "$work/m/p3d_80.yaml")"
fi

# ---- src/docx_style.c name_heading --------------------------------------------------------------

# a WPS-like .docx (styles' ids numbers): "heading 1" (w:styleId 5) is a
# section by its name, "heading 7" (w:styleId 11) is no heading: khgen's
# headings are "heading 1" to "heading 6" (mutant: v[9] <= '6', "heading
# 7" a clause)
/usr/bin/python3 - "$work/m/h7.docx" <<'PY'
import sys
import docx
from plan_header_docx import add_header_table
d = docx.Document()
add_header_table(d)
h1, h7 = d.styles['Heading 1'], d.styles['Heading 7']
h1.style_id, h7.style_id = '5', '11'  # WPS Office's ids: numbers
for s, st in [('KẾ HOẠCH', None), ('Rà soát hộ nghèo năm 2024', None), ('UBND xã xây dựng Kế hoạch như sau:', None),
              ('I. NHIỆM VỤ', h1), ('Các thôn rà soát hộ nghèo trên địa bàn.', None),
              ('Thôn Đồng Hưu', h7), ('Lập danh sách hộ nghèo của thôn.', None),
              ('II. TỔ CHỨC THỰC HIỆN', h1), ('Trên đây là Kế hoạch của UBND xã Bình Trung.', None),
              ('TM. ỦY BAN NHÂN DÂN', None), ('CHỦ TỊCH', None), ('Lê Văn Hùng', None)]:
    p = d.add_paragraph(s)
    if st is not None:
        p.style = st
d.save(sys.argv[1])
PY
import_m h7 docx
if grep -q -x '  - section: NHIỆM VỤ' "$work/m/h7.yaml" && grep -q -x '      - para: "\*Thôn Đồng Hưu\*"' "$work/m/h7.yaml" &&
    ! grep -q 'clause: Thôn' "$work/m/h7.yaml"; then
    ok "docx_style: a style named 'heading 1' under a number id is a section, one named 'heading 7' no heading"
else
    not_ok "docx_style heading 7: $(sed -n '/^body:/,/^closing:/p' "$work/m/h7.yaml" | tr '\n' '|' | head -c 400)"
fi

echo "$pass passed, $fail failed"
