"""tests/hardening/s52review_docx.py - the Word documents of s52review.sh.

s52review_docx.py SRC DIR: SRC (khgen's .docx of a plan) with a Biểu 06
appended, its table an embedded Excel worksheet (s51ole_docx.py's
object, page and heading) whose workbook is written here part by part, as
SpreadsheetML's XML, so that each case holds exactly the cells, styles and
number formats it is about:
  - fmts-n.docx, fmts-4n.docx: styles.xml with 30,000 (120,000) number
    formats of its own and a sheet of 370 (1,480) rows of 26 numbers
    under a built-in format (id 3): each cell's format was looked up in
    all of them; its parts stored, not deflated (the .xlsx text);
  - deflated.docx: 2,000 rows of 4 numbers deflated, as Excel writes an
    .xlsx, and a printer's settings part whose bytes hold '<' and 200
    'a=""' (a binary part's bytes are no markup);
  - sci.docx: 9.996 and 99950 under "0.00E+00", 5e-324 under "0.00E+00";
  - sstpast.docx: a cell naming shared string 7 of a table of 3;
  - emptyole.docx: oleSize A1:BL10000 over a sheet of one cell;
  - margin.docx: oleSize A1:E5 over a Biểu of A1:C3 (the object's window
    dragged larger than its cells);
and, for the guards of mutants of other files (s50attack_docx.py's helpers):
  - roots.docx: after "Lũy kế đạt 16,9 tiêu chí/xã." an equation of roots of
    degree 3, 4 and 5 (m:rad with m:deg) of "x", "y", "z";
  - caps.docx: that run in all caps (w:caps);
  - bind-caps.docx: the title's run in all caps and in a plain-text
    control bound to the core properties' title "... năm 2099".
"""
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s51ole_docx import add_object, heading, page  # noqa: E402

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(rows, strings=(), numfmts=(), xfs=((0, None),), ole=None, merges=(), stored=False, binary=None):
    """An .xlsx of one sheet: rows a list of lists of cell XML (a cell's
    inner attributes and content: ('t="s"', '<v>0</v>')), strings the
    shared strings, numfmts (id, code), xfs (numFmtId, horizontal);
    stored: its parts not deflated (the .xlsx mostly XML text); binary:
    the bytes of a printer's settings part, stored, as Excel keeps one"""
    cols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>' % NS]
    for i, row in enumerate(rows, 1):
        sheet.append('<row r="%d">' % i)
        for j, c in enumerate(row):
            if c is not None:
                sheet.append('<c r="%s%d" %s>%s</c>' % (cols[j], i, c[0], c[1]))
        sheet.append('</row>')
    sheet.append('</sheetData>')
    if merges:
        sheet.append('<mergeCells>%s</mergeCells>' % "".join('<mergeCell ref="%s"/>' % m for m in merges))
    sheet.append('</worksheet>')
    fmts = "".join('<numFmt numFmtId="%d" formatCode="%s"/>' % f for f in numfmts)
    cellxfs = "".join('<xf numFmtId="%d">%s</xf>' % (n, '<alignment horizontal="%s"/>' % h if h else "")
                      for n, h in xfs)
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet %s><numFmts>%s</numFmts>'
              '<cellXfs>%s</cellXfs></styleSheet>' % (NS, fmts, cellxfs))
    sst = ('<?xml version="1.0" encoding="UTF-8"?>\n<sst %s>%s</sst>'
           % (NS, "".join("<si><t>%s</t></si>" % s for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8"?>\n<workbook %s><sheets><sheet name="Biểu" sheetId="1" '
          'r:id="rId1"/></sheets>%s</workbook>' % (NS, '<oleSize ref="%s"/>' % ole if ole else ""))
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
              'package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" '
              'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/>'
              '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
              % (RELS, RELS, RELS))
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>' % RELS)
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName='
          '"/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sharedStrings+xml"/></Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", sst)
        if binary:
            z.writestr(zipfile.ZipInfo("xl/printerSettings/printerSettings1.bin"), binary)
    return out.getvalue()


def s(k):
    return ('t="s"', "<v>%d</v>" % k)


def num(v, xf=0):
    return ('s="%d"' % xf, "<v>%s</v>" % v)


HEAD = ["STT", "Chỉ tiêu", "Giá trị"]


def cases():
    for name, n in (("fmts-n", 1), ("fmts-4n", 4)):
        wide = [[s(k % 3) for k in range(26)]] + [[num(i)] + [num(i * k, 1) for k in range(1, 26)]
                                                  for i in range(1, 370 * n + 1)]
        yield name, workbook(wide, HEAD, numfmts=[(1000 + k, "0.%s" % ("0" * (k % 5 + 1)))
                                                  for k in range(30000 * n)],
                             xfs=((0, None), (3, None)), stored=True)
    big = [[s(0), s(1), s(2), s(0)]] + [[num(i), num(i * 7, 1), num(i * 3, 1), num(i, 1)]
                                        for i in range(1, 2001)]
    yield "deflated", workbook(big, HEAD, numfmts=[(164, "#,##0")], xfs=((0, None), (164, None)),
                               binary=b"<\x01" + b' a=""' * 200 + b">")
    yield "sci", workbook([[s(0), s(1), s(2)], [num(1), s(3), num("9.996", 1)], [num(2), s(4), num("99950", 1)],
                           [num(3), s(5), num("5E-324", 1)]],
                          HEAD + ["Hệ số A", "Hệ số B", "Hệ số C"], numfmts=[(164, "0.00E+00")],
                          xfs=((0, None), (164, None)))
    yield "sstpast", workbook([[s(0), s(1), s(2)], [num(1), s(7), num(5)]], HEAD)
    yield "emptyole", workbook([[s(0)]], HEAD, ole="A1:BL10000")
    yield "margin", workbook([[s(0), s(1), s(2)], [num(1), s(3), num(17)], [num(2), s(4), num(15)]],
                             ["STT", "Tên xã", "Số tiêu chí đạt", "Xã Tân Sỏi", "Xã Đồng Vương"], ole="A1:E5")


def word_cases(src, out):
    """The guards' Word documents (s50attack_docx.py's helpers): roots of
    degree 3, 4 and 5 in an equation; a run in all caps (w:caps); a bound
    control whose run is in all caps"""
    import s50attack_docx as a
    xml = zipfile.ZipFile(src).read("word/document.xml").decode("utf-8")

    def roots(doc):
        r = [r for r in doc.iter(a.q("r")) if "Lũy kế đạt 16,9" in a.text_of(r)][0]
        om = a.m("oMath", a.m("rad", a.m("deg", a.mr("3")), a.m("e", a.mr("x"))), a.mr(", "),
                 a.m("rad", a.m("deg", a.mr("4")), a.m("e", a.mr("y"))), a.mr(", "),
                 a.m("rad", a.m("deg", a.mr("5")), a.m("e", a.mr("z"))))
        r.addnext(om)
        r.addnext(a.run(" (căn: "))

    def caps(doc, needle):
        r = [r for r in doc.iter(a.q("r")) if needle in a.text_of(r)][0]
        pr = r.find(a.q("rPr"))
        if pr is None:
            pr = a.etree.Element(a.q("rPr"))
            r.insert(0, pr)
        a.etree.SubElement(pr, a.q("caps"))

    def bound_caps(doc):
        caps(doc, "Triển khai thực hiện")
        a.bind(doc, "core")

    for name, edit in (("roots", roots), ("caps", lambda d: caps(d, "Lũy kế đạt 16,9")),
                       ("bind-caps", bound_caps)):
        doc = a.root(xml)
        edit(doc)
        a.write(src, os.path.join(out, name + ".docx"), doc, a.stores(src, "core", doc) if name == "bind-caps" else None)


def main():
    src, out = sys.argv[1], sys.argv[2]
    word_cases(src, out)
    for name, data in cases():
        doc = page(src)
        heading(doc, "Biểu 06", "BẢNG SỐ LIỆU")
        add_object(doc, data)
        doc.save("%s/%s.docx" % (out, name))


if __name__ == "__main__":
    main()
