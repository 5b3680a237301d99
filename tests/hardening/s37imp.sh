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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
