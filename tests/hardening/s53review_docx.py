"""tests/hardening/s53review_docx.py - the Word documents of s53review.sh.

s53review_docx.py SRC DIR: SRC (khgen's .docx of a plan, yen-the-2024)
with what session 53's review of session 52's import code asked for,
each written into DIR beside its "twin", the file as Word shows it:
  - tblcaps-bm.docx: s52import's tblcaps.docx (Biểu 02's table of a
    table style in All Caps, s52import_docx.py) with a bookmark over the
    whole table, its w:bookmarkStart the table's first child, before its
    w:tblPr (ECMA-376 17.4.38, CT_Tbl: range markup comes first), its
    w:bookmarkEnd after the last row: Word shows the cells in capitals
    (twin tblcaps-twin.docx: the cells' text typed in capitals);
    tblcaps-marks.docx: two bookmarks and a comment's range there;
  - exact32.docx: s51ole_docx.py's Biểu 06 as an embedded worksheet whose
    sheet1.xml unpacks to exactly 32 MiB (IMPORT_MAX_PART, spaces in its
    sheetData): within the limit of a part, past what the embedded
    documents may still unpack together (its workbook's other parts came
    first): the guard of docx_sheet-016 (the message of the other).
"""
import io
import os
import sys
import zipfile

from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s50attack_docx import q  # noqa: E402
from s51word_docx import write  # noqa: E402
from s52import_docx import table_styled, tbl_caps  # noqa: E402
import s51ole_docx as s51ole  # noqa: E402


def bookmarked(doc, marks):
    """Biểu 02's table (given its caps style) with marks bookmark starts
    and comment range starts (in turn) before its w:tblPr, their ends
    after its rows"""
    tbl_caps(doc, 'style')
    tbl = list(doc.iter(q('tbl')))[2]
    for k in reversed(range(marks)):
        name = 'bookmarkStart' if k % 2 == 0 else 'commentRangeStart'
        m = etree.Element(q(name))
        m.set(q('id'), str(90 + k))
        if k % 2 == 0:
            m.set(q('name'), 'Bieu02_%d' % k)
        tbl.insert(0, m)
        end = etree.SubElement(tbl, q('bookmarkEnd' if k % 2 == 0 else 'commentRangeEnd'))
        end.set(q('id'), str(90 + k))


def main():
    src, out = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(src)
    xml = z.read('word/document.xml')
    styles = table_styled(z.read('word/styles.xml'), False)

    d = etree.fromstring(xml)
    bookmarked(d, 1)
    write(src, os.path.join(out, 'tblcaps-bm.docx'), d, {'word/styles.xml': styles})
    d = etree.fromstring(xml)
    tbl_caps(d, 'typed')
    write(src, os.path.join(out, 'tblcaps-twin.docx'), d)
    d = etree.fromstring(xml)
    bookmarked(d, 3)
    write(src, os.path.join(out, 'tblcaps-marks.docx'), d, {'word/styles.xml': styles})

    exact32(src, out)


def exact32(src, out):
    """exact32.docx: its worksheet part exactly 32 MiB unpacked"""
    good = s51ole.xlsx_bytes(s51ole.CASES["plain"])
    z = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"<sheetData>", b"<sheetData>" + b" " * ((32 << 20) - len(body)), 1)
                assert len(body) == 32 << 20
            zout.writestr(info.filename, body)
    doc = s51ole.page(src)
    s51ole.heading(doc, "Biểu 06", "BẢNG SỐ LIỆU")
    s51ole.add_object(doc, z.getvalue())
    doc.save(os.path.join(out, "exact32.docx"))


if __name__ == '__main__':
    main()
