#!/bin/sh
# tests/hardening/s37imp.sh KHGEN WORKDIR - session 37's round on the
# importer (issue 8): .docx plans as Word and LibreOffice write them, and
# PDF texts of khgen's own plans. Each case fails with main 8804c8c5
# unless labelled a guard (reproducers in /tmp/s37imp/s37imp/ of that
# session):
#  H1  (HIGH, crash) a .docx whose [Content_Types].xml holds a line break
#      before </Types> (LibreOffice's re-save of any .docx writes one) and
#      whose text has a link (w:hyperlink r:id): SIGSEGV, exit 139 (the
#      text node's compacted content read as attributes).
#  H2  (HIGH) LibreOffice's and Chromium's PDF (pdftotext -layout) of a
#      Biểu whose cell's second line begins with a digit ("Chỉ tiêu 17.1,
#      17.2, 17.3," over "17.8, 17.9."): the cells are centred in their
#      rows, but a line going on in a digit was not taken as going on, the
#      table read as top-aligned, every cell's first line on the row
#      above, exit 0, no message.
#  H3  (HIGH) the same PDFs of a Biểu whose centred cell's last line is a
#      year alone ("... hộ nghèo năm" over the STT line over "2025"): the
#      line was taken for a page's number (a number alone right of the
#      STT), dropped, the table read as top-aligned, "Rà soát ... năm" on
#      the row above, the row's own task empty, exit 0, no message. A
#      page's number stands in a space of its own (an empty line or a
#      page break above and below it). Guard: one between two pages of a
#      table is still left out.
#  M1  (MEDIUM) a SmartArt (an organisation chart: "Ban chỉ huy", "Tổ
#      xung kích"), whose words Word prints: its review note named it
#      "Diagram 2" only, its words in no note, no message, exit 0.
#  L1  (LOW) a table in a text box: its note said "a table inside the
#      cell of row 0, column 0 of the document's table 0" (a cell of no
#      table), and KH759 counted it as a table inside a cell.
#  C1  (HIGH by the scale, now a review message; s36imp's leftover) a
#      row's STT line whose cell runs past the next column's place, the
#      time pushed one space after it ("... 17.8, 17.11, quý II/2025",
#      "17.11," at the time column's place): "17.11, quý II/2025" read as
#      the time, exit 0, no word. The text cannot tell a cell's own words
#      at a column's place from the next cell's: the cut stays, KH767 at
#      the line names the words given to the time's column.
#  C3  (HIGH) a row's first text pushing the second cell one space apart
#      on its STT line ("... kỹ năng phòng Công an xã"): only the row's
#      last cell was cut (a group row's title spans the row), "Công an
#      xã" read into the task, the unit empty, exit 0, no word. Now every
#      cell is cut but a group row's title (a Roman STT, or the row's
#      only text), with KH767.
#  C2  (the same, s36imp's other leftover) a line under a Biểu's last row
#      that begins at its task's place and runs across the unit's column,
#      its unit words pushed off the column's very place ("... và chính
#      quyền Ban công tác", "chính" across it): the Biểu's note, exit 0,
#      no word; now KH767 at it. Guards: a line touching the column at
#      its very place is still cut into the row (low35's case 4), now
#      with KH767 (fails before: no KH767); a table with no cells one
#      space apart, and a paragraph right under a body's table at its
#      first cell's place (le-thuy through LibreOffice), no KH767.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
# has NAME LINE: the imported NAME.yaml holds LINE (fixed string)
has() { grep -qF -- "$2" "$work/$1.yaml"; }

# ---- H1: LibreOffice's [Content_Types].xml and a link ------------------------------------
$PY - "$work/h1.docx" <<'PYEOF'
import sys, zipfile
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\n</Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % R)
z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="%shyperlink" Target="https://huyen.gov.vn/" TargetMode="External"/></Relationships>' % R)
p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
z.writestr('word/document.xml', '<w:document %s><w:body>%s%s<w:p><w:r><w:t xml:space="preserve">Xem tại </w:t></w:r><w:hyperlink r:id="rId2"><w:r><w:t>trang của huyện</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p></w:body></w:document>' % (W, p('KẾ HOẠCH'), p('Phòng chống thiên tai năm 2024')))
z.close()
PYEOF
imp h1
if [ "$st" -le 1 ] && has h1 'trang của huyện' && has h1 'https://huyen.gov.vn/'; then
    ok "H1 a .docx with a link and LibreOffice's line break in [Content_Types].xml imports (no crash), the link's words and address kept"
else
    not_ok "H1 status $st; $(head -c 300 "$work/h1.err")"
fi

# ---- H2: a centred cell going on in a digit ---------------------------------------------
{ head_page; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ      Người phụ trách                                       Thời gian
 1    Rà soát hộ nghèo       Công chức phụ trách Chỉ tiêu 17.1, 17.2.              quý I/2025
                             Công chức phụ trách Chỉ tiêu 17.1, 17.2, 17.3,
 2    Kiểm tra môi trường                                                          quý II/2025
                             17.8, 17.9.
                             Công chức phụ trách Chỉ tiêu 17.1, 17.2, 17.3,
 3    Tập huấn kỹ năng                                                             quý III/2025
                             17.10, 17.11.
EOF
} >"$work/h2.txt"
imp h2
if [ "$st" -eq 0 ] && has h2 '- ["Rà soát hộ nghèo", "Công chức phụ trách Chỉ tiêu 17.1, 17.2.", "quý I/{year}"]' &&
    has h2 '- ["Kiểm tra môi trường", "Công chức phụ trách Chỉ tiêu 17.1, 17.2, 17.3, 17.8, 17.9.", "quý II/{year}"]' &&
    has h2 '- ["Tập huấn kỹ năng", "Công chức phụ trách Chỉ tiêu 17.1, 17.2, 17.3, 17.10, 17.11.", "quý III/{year}"]'; then
    ok "H2 a centred cell whose second line begins with a digit ('17.8, 17.9.') keeps its first line in its row"
else
    not_ok "H2 status $st; $(rows h2)"
fi

# ---- H3: a centred cell's last line a year alone -------------------------------------------
{ head_page; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ                          Đơn vị chủ trì    Thời gian
 1    Xây dựng 01 mô hình điểm                   Văn phòng         Quý I/2025
      Rà soát, cập nhật danh sách hộ nghèo năm
 2                                               Trạm Y tế xã      Quý II/2025
      2025
      Rà soát, cập nhật danh sách hộ cận nghèo năm
 3                                               Công an xã        Quý III/2025
      2025
 4    Tuyên truyền trên loa                      Công an xã        Quý IV/2025
EOF
} >"$work/h3.txt"
imp h3
if [ "$st" -eq 0 ] && has h3 '- ["Rà soát, cập nhật danh sách hộ nghèo năm {year}", "Trạm Y tế xã", "Quý II/{year}"]' &&
    has h3 '- ["Rà soát, cập nhật danh sách hộ cận nghèo năm {year}", "Công an xã", "Quý III/{year}"]' &&
    has h3 '- ["Xây dựng 01 mô hình điểm", "Văn phòng", "Quý I/{year}"]'; then
    ok "H3 a centred cell's last line '2025' alone under its STT line is the cell's, not a page's number"
else
    not_ok "H3 status $st; $(rows h3)"
fi
# guard: a page's number between two pages of a table, in its own space, is still no row's
{ head_page; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ                          Đơn vị chủ trì    Thời gian
 1    Xây dựng 01 mô hình điểm                   Văn phòng         Quý I/2025

                                    2
EOF
printf '\fSTT   Nội dung nhiệm vụ                          Đơn vị chủ trì    Thời gian\n'
printf '%s\n' ' 2    Tuyên truyền trên loa                      Công an xã        Quý IV/2025'; } >"$work/h3g.txt"
imp h3g
if [ "$st" -eq 0 ] && has h3g '- ["Xây dựng 01 mô hình điểm", "Văn phòng", "Quý I/{year}"]' &&
    has h3g '- ["Tuyên truyền trên loa", "Công an xã", "Quý IV/{year}"]' && ! grep -q KH762 "$work/h3g.err"; then
    ok "H3 guard: a page's number alone between two pages of the table is still left out"
else
    not_ok "H3 guard: status $st; $(rows h3g)"
fi

# ---- M1: a SmartArt's words --------------------------------------------------------------
$PY - "$work/m1.docx" <<'PYEOF'
import sys, zipfile
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"')
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/diagrams/data1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % R)
z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdDm1" Type="%sdiagramData" Target="diagrams/data1.xml"/></Relationships>' % R)
pt = lambda i, t: '<dgm:pt modelId="{%d}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>%s</a:t></a:r></a:p></dgm:t></dgm:pt>' % (i, t)
z.writestr('word/diagrams/data1.xml', '<dgm:dataModel %s><dgm:ptLst><dgm:pt modelId="{1}" type="doc"><dgm:prSet/><dgm:spPr/></dgm:pt>%s%s</dgm:ptLst><dgm:cxnLst/></dgm:dataModel>' % (W, pt(2, 'Ban chỉ huy'), pt(3, 'Tổ xung kích')))
p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
sa = '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="2" name="Diagram 2"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="rIdDm1" r:lo="rIdDm1" r:qs="rIdDm1" r:cs="rIdDm1"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
z.writestr('word/document.xml', '<w:document %s><w:body>%s%s%s%s%s</w:body></w:document>' % (W, p('KẾ HOẠCH'), p('Phòng chống thiên tai năm 2024'), p('Sơ đồ tổ chức như sau:'), sa, p('Ban chỉ huy điều hành chung.')))
z.close()
PYEOF
imp m1
if [ "$st" -le 1 ] && has m1 '# review: a picture, which a plan has no place for: Diagram 2: Ban chỉ huy; Tổ xung kích [KH759]'; then
    ok "M1 a SmartArt's words (its data part's) in its review note, not only its name 'Diagram 2'"
else
    not_ok "M1 status $st; $(grep 'review' "$work/m1.yaml" | head -c 300)"
fi
# guard: forty SmartArts naming one data part of 1.3 MB (30,000 boxes): read within a budget
# of their own, each note's words cut, no KH755 (the embedded documents' budget), the plan small
$PY - "$work/m1.docx" "$work/m1big.docx" <<'PYEOF'
import sys, zipfile
z, out = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
for n in z.namelist():
    b = z.read(n).decode()
    if n == 'word/diagrams/data1.xml':
        b = b.replace('</dgm:ptLst>', ''.join('<dgm:pt modelId="{%d}"><dgm:t><a:p><a:r><a:t>Ô số %d</a:t></a:r></a:p></dgm:t></dgm:pt>' % (i + 9, i) for i in range(30000)) + '</dgm:ptLst>')
    if n == 'word/document.xml':
        i = b.index('<w:p><w:r><w:drawing>'); j = b.index('</w:p>', i) + 6
        b = b[:i] + b[i:j] * 40 + b[j:]
    out.writestr(n, b)
out.close()
PYEOF
imp m1big
if [ "$st" -le 1 ] && ! grep -q KH755 "$work/m1big.err" && [ "$(wc -c <"$work/m1big.yaml")" -lt 200000 ] &&
    grep -q 'Diagram 2: Ban chỉ huy; Tổ xung kích; Ô số 0; .*…' "$work/m1big.yaml"; then
    ok "M1 guard: forty SmartArts naming one data part of 1.3 MB: no KH755, each note's words cut, the plan under 200 KB"
else
    not_ok "M1 guard: status $st, $(wc -c <"$work/m1big.yaml") bytes; $(head -c 300 "$work/m1big.err")"
fi

# ---- L1: a table in a text box -----------------------------------------------------------
$PY - "$work/l1.docx" <<'PYEOF'
import sys, zipfile
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
tc = lambda t: '<w:tc>%s</w:tc>' % p(t)
tbl = '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>%s%s</w:tr><w:tr>%s%s</w:tr></w:tbl>' % (tc('Đơn vị'), tc('Số người'), tc('Thôn Đông'), tc('25'))
box = '<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="5" name="Text Box 5"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>%s%s</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>' % (tbl, p('Lực lượng xung kích.'))
z.writestr('word/document.xml', '<w:document %s><w:body>%s%s%s%s</w:body></w:document>' % (W, p('KẾ HOẠCH'), p('Phòng chống thiên tai năm 2024'), box, p('Các thôn bố trí đủ người.')))
z.close()
PYEOF
imp l1
if [ "$st" -le 1 ] && has l1 '# review: a table inside a text box: Đơn vị | Số người; Thôn Đông | 25 [KH759]' &&
    grep -q "has 1 text box," "$work/l1.err" && ! grep -q "tables inside a table's cell" "$work/l1.err"; then
    ok "L1 a table in a text box is said as the box's, not as 'the cell of row 0, column 0 of the document's table 0'"
else
    not_ok "L1 status $st; $(grep 'review' "$work/l1.yaml" | head -c 300); $(head -c 300 "$work/l1.err")"
fi

# ---- C1: a cell pushed one space after a cell running past its column ------------------
biu() { # NAME: the plan's first page, then a Biểu of the lines on stdin
    { head_page; printf '%s\n' '                                             Biểu 01' \
        '                          PHÂN CÔNG NHIỆM VỤ NĂM 2025' ''; cat; } >"$work/$1.txt"
}
biu c1 <<'EOF'
STT   Nội dung nhiệm vụ          Người phụ trách                            Thời gian
 1    Lập dự toán ngân sách      Công chức Tài chính                        quý I/2025
 2    Môi trường                 phụ trách Chỉ tiêu 17.2, 17.3, 17.5, 17.8, 17.11, quý II/2025
                                 17.12.
 3    Tập huấn kỹ năng           Công chức Văn hóa                          quý IV/2025
EOF
imp c1
line=$(grep -n '17.11, quý' "$work/c1.txt" | cut -d: -f1)
if [ "$st" -eq 0 ] && grep -q "c1.txt:$line:77: warning\[KH767\]: .*took '17.11, quý II/2025' as that column's" "$work/c1.err"; then
    ok "C1 a cell cut where a pushed cell begins, '17.11' at the time column's place: KH767 at the line names the words given to the time"
else
    not_ok "C1 status $st; $(head -c 400 "$work/c1.err")"
fi

# ---- C3: a row's first text pushing the second one space apart ------------------------------
biu c3 <<'EOF'
STT   Nội dung nhiệm vụ              Đơn vị chủ trì      Thời gian
 1    Xây dựng mô hình điểm          Văn phòng           Quý I/2025
 2    Tổ chức tập huấn kỹ năng phòng Công an xã          Quý II/2025
      chống thiên tai
 3    Tuyên truyền trên loa          Công an xã          Quý III/2025
EOF
imp c3
if [ "$st" -eq 0 ] && has c3 '- ["Tổ chức tập huấn kỹ năng phòng chống thiên tai", "Công an xã", "Quý II/{year}"]' &&
    grep -q "KH767.*took 'Công an xã'" "$work/c3.err"; then
    ok "C3 a row's first text pushing the unit one space apart is cut at the unit's column (KH767 says so)"
else
    not_ok "C3 status $st; $(rows c3); $(head -c 300 "$work/c3.err")"
fi

# ---- C2: a line under the last row, its next column's words pushed off the place ------------
biu c2 <<'EOF'
STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Phun thuốc khử trùng              Trạm y tế xã            quý III
 2      Tuyên truyền phòng chống dịch     Trạm y tế xã            quý II
        bệnh cho nhân dân toàn xã, và chính quyền Ban công tác
EOF
imp c2
line=$(grep -n 'Ban công tác' "$work/c2.txt" | cut -d: -f1)
if [ "$st" -eq 0 ] && grep -q "c2.txt:$line:1: warning\[KH767\]: this line under a table's last row" "$work/c2.err"; then
    ok "C2 a line under a Biểu's last row across the next column, taken as the note: KH767 at it"
else
    not_ok "C2 status $st; $(head -c 400 "$work/c2.err")"
fi
biu c2g <<'EOF'
STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Phun thuốc khử trùng              Trạm y tế xã            quý III
 2      Tuyên truyền phòng chống dịch     Trạm y tế xã            quý II
        bệnh cho nhân dân toàn xã, và các Ban công tác mặt trận
EOF
imp c2g
if [ "$st" -eq 0 ] && has c2g '- ["Tuyên truyền phòng chống dịch bệnh cho nhân dân toàn xã, và các", "Trạm y tế xã Ban công tác mặt trận", "quý II"]' &&
    grep -q "KH767.*took 'Ban công tác mặt trận'" "$work/c2g.err"; then
    ok "C2 guard: a line touching the next column at its very place still cut into the row (low35's case 4), KH767 naming the cut"
else
    not_ok "C2 guard: status $st; $(rows c2g); $(head -c 300 "$work/c2g.err")"
fi
"$khgen" import -o /dev/null "$here/round35-lethuy-lo.txt" >/dev/null 2>"$work/lo.err"
if ! grep -q KH767 "$work/h2.err" && ! grep -q "KH767.*this line under" "$work/lo.err"; then
    ok "C2 guard: no KH767 for a table with no cells one space apart, nor for a paragraph under a body's table"
else
    not_ok "C2 guard: $(grep KH767 "$work/h2.err" "$work/lo.err" | head -c 300)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
