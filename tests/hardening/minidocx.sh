# tests/hardening/minidocx.sh - the minimal Word document the importer
# suites that write raw WordprocessingML (s37imp2, s38imp, s39imp) build
# their cases from, sourced by each after timed.sh and imports.sh (s38imp
# copied s37imp2's builder, adding a link's relationship, until session
# 39 folded them):
# - docx NAME BODY: $work/NAME.docx, whose body is "KẾ HOẠCH", a title,
#   then the XML BODY (namespaces w, r, wp, a, wps, mc, w14 declared); its
#   relationship rId5 is a link to https://xa.vn/;
# - fld CODE RESULT: a complex field's runs (CODE as XML text: &quot; for ");
# - t TEXT: a run; p XML: a paragraph; cells XML...: a table row, each XML
#   a cell's paragraph.
docx() {
    $PY - "$work/$1.docx" "$2" <<'PYEOF'
import sys, zipfile
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % R)
z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="%shyperlink" Target="https://xa.vn/" TargetMode="External"/></Relationships>' % R)
p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
z.writestr('word/document.xml', '<w:document %s><w:body>%s%s%s</w:body></w:document>' % (W, p('KẾ HOẠCH'), p('Phòng chống thiên tai năm 2024'), sys.argv[2]))
z.close()
PYEOF
}
fld() {
    printf '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' "$1" "$2"
}
t() { printf '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' "$1"; }
p() { printf '<w:p>%s</w:p>' "$1"; }
cells() {
    printf '<w:tr>'
    for c in "$@"; do printf '<w:tc><w:p>%s</w:p></w:tc>' "$c"; done
    printf '</w:tr>'
}
