# tests/hardening/lead52_table.py OUT N [pr] - a .docx of one table of N rows,
# without its w:tblPr (with one given "pr"): lead52.sh T1.
import sys, zipfile
n = int(sys.argv[2]); out = sys.argv[1]; pr = len(sys.argv) > 3
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
rows = ''.join('<w:tr><w:tc><w:p><w:r><w:t>%d</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Xã số %d</w:t></w:r></w:p></w:tc></w:tr>' % (i+1, i+1) for i in range(n))
tblpr = '<w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>' if pr else ''
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>'
       '<w:p><w:r><w:t>Danh sách</w:t></w:r></w:p><w:tbl>%s<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="4000"/></w:tblGrid>%s</w:tbl>'
       '<w:p/></w:body></w:document>') % (W, tblpr, rows)
z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr('word/document.xml', doc)
z.close()
