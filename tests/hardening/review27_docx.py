"""tests/hardening/review27_docx.py KIND OUT ARGS... - the Word documents of
review27.sh, written as raw WordprocessingML (a minimal package: content
types, the package's relationships, word/document.xml):
  - tabdeep OUT K L: a title, then one paragraph over a far centre tab stop
    of K columns "KT. " and L letters, each followed by a tab (the column
    tab of docx_tabcols.c), then "end" (H1);
  - tabflat OUT K L: the same text without the tabs, the control."""
import sys
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write(path, body):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))


def para(text, ppr=''):
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, text)


kind, out = sys.argv[1], sys.argv[2]
if kind in ('tabdeep', 'tabflat'):
    k, n = int(sys.argv[3]), int(sys.argv[4])
    far = '<w:pPr><w:tabs><w:tab w:val="center" w:pos="7000"/></w:tabs></w:pPr>'
    tab = '<w:r><w:tab/></w:r>' if kind == 'tabdeep' else ''
    chunk = '<w:r><w:t xml:space="preserve">KT. %s</w:t></w:r>%s' % ('x' * n, tab)
    write(out, para('KẾ HOẠCH') + '<w:p>%s%s<w:r><w:t>end</w:t></w:r></w:p>' % (far, chunk * k)
          + para('Nội dung.'))
else:
    sys.exit('review27_docx.py: unknown kind ' + kind)
