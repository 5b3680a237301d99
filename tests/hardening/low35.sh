#!/bin/sh
# tests/hardening/low35.sh KHGEN WORKDIR - the importer's LOW leftovers of
# session 34 (s34review's, s34mut's), each failing before its fix unless
# called a guard (s35low; issue 8):
#  1  a plain .txt whose two typed paragraphs a line holding only a form
#     feed parts became one paragraph: session 33's page-break rule (a
#     line of form feeds ends no paragraph, a sentence going on over a
#     PDF's page break) held for any .txt. Now only in a PDF's text, one
#     whose page numbers were found. Guard: a sentence broken by a page's
#     number ("\f   2") still joins.
#  2  a .docx's PAGE field without its `end` (a damaged file) dropped the
#     rest of its paragraph, exit 0, no word: now kept (since s36imp
#     without the saved number, the page's). Guard: an ended PAGE
#     field's number is still left out.
#  3  a PDF text's cell line "Biểu dương tập thể" (a short line beginning
#     "Biểu ") read as a page's label: its table ended there, the next
#     row a table of its own with no header. Guards: "Biểu số 01" and
#     "BIỂU 2" still label their pages, their tables read.
#  4  a last row's cell line touching the next column ("... và các Ban
#     công tác mặt trận", one space apart) became the Biểu's note. Guard:
#     a note under the last row across two columns' starts stays the note.
#  5  a signature's right-column line alone starting more than six places
#     left of the "Nơi nhận" line's right text stayed where it stood: a
#     long signer's name between two recipients took the last recipient
#     into the signature's lines; "PHÓ CHỦ TỊCH THƯỜNG TRỰC" came before
#     "KT. CHỦ TỊCH".
#  6  (s34mut) a header cell wrapped over two lines above the STT line
#     ("Số tiêu" / "chí phấn") gave its first line to the column on its
#     left ("Số tiêu Tên xã"); a short capitals second title line
#     ("TỔNG HỢP") became the Biểu's note with a review comment.
#  T  a Biểu whose last row is followed by 1,000 and 4,000 lines each
#     touching the next column: linear (scaling_case).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"

# ---- 1: a form-feed line between two typed paragraphs --------------------------------
printf 'KẾ HOẠCH\nPhòng chống thiên tai năm 2025\n\nI. MỤC ĐÍCH\nNâng cao năng lực phòng chống thiên tai cho cán bộ\n\f\nTổ chức tập huấn cho các thôn\n' >"$work/ff.txt"
imp ff
if [ "$st" -eq 0 ] && grep -qx '      - para: Nâng cao năng lực phòng chống thiên tai cho cán bộ' "$work/ff.yaml" &&
    grep -qx '      - para: Tổ chức tập huấn cho các thôn' "$work/ff.yaml"; then
    ok "1 a typed .txt: a line holding only a form feed parts its two paragraphs"
else
    not_ok "1 status $st; $(grep 'para:' "$work/ff.yaml" | tr '\n' '|')"
fi
printf 'KẾ HOẠCH\nPhòng chống thiên tai năm 2025\n\nI. MỤC ĐÍCH\nNâng cao năng lực phòng chống thiên tai cho cán bộ\n\f                                        2\n\nvà Nhân dân trên địa bàn xã.\n' >"$work/ffpdf.txt"
imp ffpdf
if [ "$st" -eq 0 ] &&
    grep -qx '      - para: Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân trên địa bàn xã.' "$work/ffpdf.yaml"; then
    ok "1 guard: a PDF's text, a sentence broken by page 2's number, joins over the page break"
else
    not_ok "1 guard: status $st; $(grep 'para:' "$work/ffpdf.yaml" | tr '\n' '|')"
fi

# ---- 2: a PAGE field without its end ------------------------------------------------
for mode in open ended; do
    $PY - "$work/page-$mode.docx" "$mode" <<'PY' || not_ok "setup: page-$mode.docx"
import sys
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from plan_header_docx import add_header_table
d = docx.Document()
add_header_table(d)
def run(kind, text=None):
    r = OxmlElement('w:r')
    e = OxmlElement('w:' + ('fldChar' if text is None else kind))
    if text is None:
        e.set(qn('w:fldCharType'), kind)
    else:
        e.set(qn('xml:space'), 'preserve')
        e.text = text
    r.append(e)
    return r
for s, bold in [('KẾ HOẠCH', True), ('Phòng chống thiên tai năm 2024', True),
                ('UBND xã xây dựng Kế hoạch như sau:', False), ('I. MỤC ĐÍCH', True)]:
    d.add_paragraph().add_run(s).bold = bold
p = d.add_paragraph()._p
for r in [run('t', 'Kế hoạch gồm các nội dung ở trang '), run('begin'), run('instrText', ' PAGE '),
          run('separate'), run('t', '3')] + ([run('end')] if sys.argv[2] == 'ended' else []) + \
         [run('t', ' và phân công cho các thôn thực hiện.')]:
    p.append(r)
for s, bold in [('Nâng cao năng lực phòng chống thiên tai.', False),
                ('Trên đây là Kế hoạch của UBND xã Bình Trung.', False),
                ('TM. ỦY BAN NHÂN DÂN', True), ('CHỦ TỊCH', True), ('Lê Văn Hùng', True)]:
    d.add_paragraph().add_run(s).bold = bold
d.save(sys.argv[1])
PY
    imp "page-$mode"
done
if [ "$st" -eq 0 ] &&
    grep -qx '      - para: Kế hoạch gồm các nội dung ở trang *và phân công cho các thôn thực hiện.' "$work/page-open.yaml"; then
    ok "2 a .docx's PAGE field without its end keeps the rest of its paragraph (not its saved number: s36imp)"
else
    not_ok "2 status $st; $(grep 'trang' "$work/page-open.yaml")"
fi
if grep -q '^      - para: Kế hoạch gồm các nội dung ở trang *và phân công cho các thôn thực hiện.$' "$work/page-ended.yaml"; then
    ok "2 guard: an ended PAGE field's saved number is still left out"
else
    not_ok "2 guard: $(grep 'trang' "$work/page-ended.yaml")"
fi

# ---- 3: "Biểu dương ..." is no page's label ------------------------------------------
{ pdf_head; cat <<'EOF'
     II. NHIỆM VỤ
     Phân công thực hiện như sau:

STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Tổng kết, đánh giá và             Văn phòng UBND xã       tháng 12
        Biểu dương tập thể
 2      Phun thuốc khử trùng              Trạm y tế xã            quý III

EOF
pdf_tail; } >"$work/bd.txt"
imp bd
if [ "$st" -eq 0 ] && grep -qx '          - task: Tổng kết, đánh giá và Biểu dương tập thể' "$work/bd.yaml" &&
    grep -qx '          - task: Phun thuốc khử trùng' "$work/bd.yaml" && [ "$(grep -c '^      - table:' "$work/bd.yaml")" -eq 1 ]; then
    ok "3 a table's cell line 'Biểu dương tập thể' is the cell's, not a page's label: one table, its rows whole"
else
    not_ok "3 status $st; $(sed -n '/NHIỆM VỤ/,/^closing/p' "$work/bd.yaml" | tr '\n' '|' | head -c 700)"
fi
sed '17s|Biểu 01|Biểu số 01|;32s|Biểu 02|BIỂU 2|' "$here/foreign31-pdfbieu.txt" >"$work/so.txt"
imp so
# (since s46imp the first page, khgen's own Biểu 01, is read back as its
# preset, its five columns the plan's `columns: [...]`; the second's four)
if [ "$st" -eq 0 ] && [ "$(grep -c '^ *- {key: c[0-9]*, header:' "$work/so.yaml")" -eq 4 ] &&
    grep -q '^    columns: \[stt, name_full, status, target, target_year\]$' "$work/so.yaml" &&
    grep -q '^    label: Biểu số 01$' "$work/so.yaml" && grep -q '^    label: BIỂU 2$' "$work/so.yaml"; then
    ok "3 guard: 'Biểu số 01' and 'BIỂU 2' still label their pages, both tables read by their columns"
else
    not_ok "3 guard: status $st; $(grep -c "^ *- {key: c[0-9]*, header:" "$work/so.yaml") columns; $(grep 'label:' "$work/so.yaml" | tr '\n' '|')"
fi

# ---- 4: a last row's cell line touching the next column ------------------------------
last_row() { # NAME LINE: a Biểu whose last row's cell goes on in LINE
    { pdf_head; pdf_tail; cat <<'EOF'
                                   Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Phun thuốc khử trùng              Trạm y tế xã            quý III
 2      Tuyên truyền phòng chống dịch     Trạm y tế xã            quý II
EOF
    printf '%s\n' "$2"; } >"$work/$1.txt"
    imp "$1"
}
last_row touch '        bệnh cho nhân dân toàn xã, và các Ban công tác mặt trận'
if [ "$st" -eq 0 ] && ! grep -q '^    note:' "$work/touch.yaml" &&
    grep -qF -- '- ["Tuyên truyền phòng chống dịch bệnh cho nhân dân toàn xã, và các", "Trạm y tế xã Ban công tác mặt trận", "quý II"]' "$work/touch.yaml"; then
    ok "4 a last row's cell line touching the next column (one space) is the row's, cut at the column: no note"
else
    not_ok "4 status $st; $(rows touch)"
fi
last_row across '        số liệu tính đến ngày 30 tháng 6 năm 2025 theo báo cáo của các thôn'
if [ "$st" -eq 0 ] && grep -q '^    note: số liệu tính đến ngày 30 tháng 6 năm {year} theo báo cáo của các thôn$' "$work/across.yaml" &&
    grep -qF -- '- ["Tuyên truyền phòng chống dịch", "Trạm y tế xã", "quý II"]' "$work/across.yaml"; then
    ok "4 guard: a note under the last row running across two columns' starts stays the note"
else
    not_ok "4 guard: status $st; $(rows across)"
fi

# ---- 5: a signature's right-column line far left -----------------------------------
{ pdf_head; cat <<'EOF'
     Trên đây là Kế hoạch của UBND xã.
     Nơi nhận:                                           TM. ỦY BAN NHÂN DÂN
     - TT Đảng ủy, HĐND xã;                                   CHỦ TỊCH
     - Các thôn;
                                           Nguyễn Thị Phương Thảo Nguyên
     - Lưu: VT.

EOF
} >"$work/sig.txt"
imp sig
if [ "$st" -eq 0 ] && grep -qx '  - "Lưu: VT"' "$work/sig.yaml" &&
    grep -qx '  name: Nguyễn Thị Phương Thảo Nguyên' "$work/sig.yaml" && ! grep -q 'Lưu: VT\.' "$work/sig.yaml"; then
    ok "5 a signer's long name alone between two recipients, left of the right column's text: the signature's name; 'Lưu: VT' a recipient"
else
    not_ok "5 status $st; $(sed -n '/^recipients:/,$p' "$work/sig.yaml" | tr '\n' '|')"
fi
{ pdf_head; cat <<'EOF'
     Trên đây là Kế hoạch của UBND xã.
     Nơi nhận:                                              KT. CHỦ TỊCH
     - TT Đảng ủy, HĐND xã;
                                                    PHÓ CHỦ TỊCH THƯỜNG TRỰC
     - Các thôn;
     - Lưu: VT.
                                                            Nguyễn Văn A

EOF
} >"$work/sig2.txt"
imp sig2
if [ "$st" -eq 0 ] && [ "$(sed -n '/^  lines:/,/^  name:/p' "$work/sig2.yaml" | tr '\n' '|')" = '  lines:|    - KT. CHỦ TỊCH|    - PHÓ CHỦ TỊCH THƯỜNG TRỰC|  name: Nguyễn Văn A|' ]; then
    ok "5 'PHÓ CHỦ TỊCH THƯỜNG TRỰC' centred under 'KT. CHỦ TỊCH', eight places left of it: after it"
else
    not_ok "5 order: status $st; $(sed -n '/^signature:/,$p' "$work/sig2.yaml" | tr '\n' '|')"
fi

# ---- 6: s34mut's header and title lines ----------------------------------------------
sed '46s/.*/                            Số tiêu\n                            chí phấn/' "$here/round33-krongno.txt" >"$work/head2.txt"
imp head2
if [ "$st" -eq 0 ] && grep -qx '      - {key: c2, header: "Tên xã"}' "$work/head2.yaml" &&
    grep -qx '      - {key: c3, header: "Số tiêu chí phấn đấu hoàn thành", type: int, total: true}' "$work/head2.yaml"; then
    ok "6 a header cell wrapped over two lines above the STT line ('Số tiêu' / 'chí phấn') stays its column's"
else
    not_ok "6 header: status $st; $(grep 'header:' "$work/head2.yaml" | tr '\n' '|')"
fi
sed '44s/.*/                            TỔNG HỢP/;45s/.*//' "$here/round33-krongno.txt" >"$work/title2.txt"
imp title2
if [ "$st" -eq 0 ] &&
    grep -qx '    title: CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI CÁC XÃ PHẤN ĐẤU HOÀN THÀNH NĂM {year} TỔNG HỢP' "$work/title2.yaml" &&
    grep -qx '    note: Biểu tổng hợp từ mục I.2.1 của Kế hoạch; bản gốc không kèm biểu này.' "$work/title2.yaml" &&
    ! grep -q 'stood between the title' "$work/title2.yaml"; then
    ok "6 a short capitals line under a Biểu's capitals title is the title's, not its note"
else
    not_ok "6 title: status $st; $(grep 'title:\|note:\|stood' "$work/title2.yaml" | tr '\n' '|')"
fi

# ---- T: lines touching the next column under a last row: linear ---------------------
timed=${TIMED_KHGEN:-$khgen}
$PY - "$work" <<'PY'
import sys
for n in (1000, 4000):
    with open('%s/touch%d.txt' % (sys.argv[1], n), 'w', encoding='utf-8') as f:
        f.write('KẾ HOẠCH\n\nBiểu 01\nSTT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian\n')
        f.write(' 1      Tuyên truyền phòng chống dịch     Trạm y tế xã            quý II\n')
        f.write('        bệnh cho nhân dân toàn xã, và các Ban công tác mặt trận\n' * n)
PY
scaling_case "T a Biểu's last row over 1,000 and 4,000 lines each touching the next column" \
    "$timed" import -o - "$work/touch1000.txt" -- "$timed" import -o - "$work/touch4000.txt"

echo "$pass passed, $fail failed"
