"""listdocx.py OUT.docx SPEC - a minimal Word document of list paragraphs,
for the numbering cases of tests/hardening/leftovers12.sh. SPEC is a file
holding a Python literal:
  {"abs": {ABSTRACT_ID: [(ILVL, START, NUMFMT, LVLTEXT), ...]},
   "nums": [(NUM_ID, ABSTRACT_ID, {ILVL: START_OVERRIDE or None}), ...],
   "paras": [(NUM_ID, ILVL, "text"), ...]}       NUM_ID 0: a plain paragraph
None writes an empty w:lvlOverride (as LibreOffice does for level 0); a
tuple (START, NUMFMT, LVLTEXT) an override carrying a whole w:lvl
(ECMA-376 17.9.8), (START_OVERRIDE, START, NUMFMT, LVLTEXT) both."""
import sys, zipfile, ast
out, spec = sys.argv[1], ast.literal_eval(open(sys.argv[2]).read())
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'''
num = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>' % W]
for aid, lvls in spec["abs"].items():
    num.append('<w:abstractNum w:abstractNumId="%d">' % aid)
    for (il, st, fmt, txt) in lvls:
        num.append('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>' % (il, st, fmt, txt, 720 * (il + 1)))
    num.append('</w:abstractNum>')
for n in spec["nums"]:
    nid, aid, ov = n[0], n[1], n[2]
    num.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>' % (nid, aid))
    for il, v in ov.items():
        if v is None:
            num.append('<w:lvlOverride w:ilvl="%d"/>' % il)
        elif isinstance(v, tuple):
            so = '<w:startOverride w:val="%d"/>' % v[0] if len(v) == 4 else ''
            st, fmt, txt = v[-3:]
            num.append('<w:lvlOverride w:ilvl="%d">%s<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl></w:lvlOverride>' % (il, so, il, st, fmt, txt, 720 * (il + 1)))
        else:
            num.append('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>' % (il, v))
    num.append('</w:num>')
num.append('</w:numbering>')
body = []
for (nid, il, txt) in spec["paras"]:
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>' % (il, nid) if nid else ''
    body.append('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, txt))
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body))
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
    z.writestr('word/_rels/document.xml.rels', drels); z.writestr('word/numbering.xml', ''.join(num))
    z.writestr('word/document.xml', doc)
