"""tests/hardening/s51ole_docx.py - the Word documents of s51ole.sh.

s51ole_docx.py SRC DIR: SRC (khgen's .docx of a plan) with a Biểu 06
appended after its last page (a label paragraph, a title, the table),
written into DIR in pairs: NAME.docx holds the table as an embedded Excel
worksheet (a w:object: a VML picture and an o:OLEObject of ProgID
Excel.Sheet.12 whose relationship names
word/embeddings/Microsoft_Excel_WorksheetN.xlsx, as Word's Paste Special >
Microsoft Excel Worksheet Object writes it; the .xlsx made by openpyxl,
what openpyxl cannot write added to its XML: a formula's cached value,
rich text runs, oleSize; its strings made shared strings, as Excel
writes them), NAME-twin.docx the same cells typed as a Word
table (python-docx): header cells and figures centred, as Excel centres a
header and shows a number in General alignment, merged cells merged.
  - plain: a Biểu of four columns, text and whole numbers;
  - merged: two header rows, "STT" and "Tên xã" merged down, "Kết quả"
    across two columns above "Năm 2023" and "Năm 2024";
  - numbers: figures stored as doubles under number formats: "#,##0"
    (1234567: "1.234.567"), "#,##0.0" (1234.5: "1.234,5"), "0.00"
    (12.5: "12,50"), General (12.75: "12,75"), "0%" (0.85: "85%");
  - dates: serials under "dd/mm/yyyy" (45731: 15/03/2025) and the
    built-in short date (14: 45657, 31/12/2024);
  - formula: a column =C+D, its cached value read (no value cached: the
    cell as Excel showed it when the picture was drawn, here its total);
  - empty: a row with an empty cell;
  - rich: a shared string of rich text runs (bold "Tân Phú" after "Xã ",
    a phonetic run left out);
  - range: the sheet's used range A1:F9, its oleSize A1:D4: the object
    shows four columns and four rows, the rest is not read;
  - two: two worksheets, the second in an mc:AlternateContent (its
    mc:Choice requiring w14, its mc:Fallback the same object: Word shows
    one), each its own Biểu (06 and 07);
  - hidden: a hidden column and a hidden row within the visible range,
    which Excel's picture leaves out;
and alone (no twin):
  - corrupt.docx: the embedded .xlsx cut in half (no zip's directory);
  - bomb.docx: its sheet1.xml 40 MiB of spaces (40 KB zipped);
  - wide.docx: oleSize A1:BZ20000 (78 columns, 20,000 rows), a value in
    BZ20000;
  - xls.docx: ProgID Excel.Sheet.8 and an oleObject1.bin that is an OLE
    compound file (an .xls, as Word keeps one);
  - incell.docx: the worksheet object in a Word table's cell;
  - picture.docx: a plain picture (v:imagedata, no object): its note.
"""
import io
import re
import struct
import sys
import zipfile
import zlib

import openpyxl
from openpyxl.styles import Alignment
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OLE_CT = "application/vnd.openxmlformats-officedocument.oleObject"


def png():
    """A 1x1 white PNG: the picture Word shows of the cells"""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


PNG = png()


def cell(show, v=None, fmt=None, center=None):
    """A cell: what it shows, its stored value and number format"""
    return {"show": show, "v": show if v is None else v, "fmt": fmt,
            "center": (v is not None and (not isinstance(v, str) or v.startswith("=")))
            if center is None else center}


def head(show):
    return cell(show, center=True)


def t(show):
    return cell(show)


def n(show, v, fmt=None):
    return cell(show, v, fmt)


CASES = {
    "plain": {"rows": [[head("STT"), head("Tên xã"), head("Số tiêu chí đạt"), head("Ghi chú")],
                       [n("1", 1), t("Xã Tân Sỏi"), n("17", 17), t("Đạt chuẩn năm 2024")],
                       [n("2", 2), t("Xã Đồng Vương"), n("15", 15), t("")],
                       [n("3", 3), t("Xã Phồn Xương"), n("19", 19), t("Giữ vững")]]},
    "merged": {"rows": [[head("STT"), head("Tên xã"), head("Kết quả"), head("")],
                        [head(""), head(""), head("Năm 2023"), head("Năm 2024")],
                        [n("1", 1), t("Xã Tân Sỏi"), n("14", 14), n("17", 17)],
                        [n("2", 2), t("Xã Đồng Vương"), n("12", 12), n("15", 15)]],
               "merges": ["A1:A2", "B1:B2", "C1:D1"]},
    "numbers": {"rows": [[head("STT"), head("Nội dung"), head("Kinh phí (đồng)"),
                          head("Diện tích (ha)"), head("Tỷ lệ")],
                         [n("1", 1), t("Giao thông"), n("1.234.567", 1234567, "#,##0"),
                          n("1.234,5", 1234.5, "#,##0.0"), n("85%", 0.85, "0%")],
                         [n("2", 2), t("Thủy lợi"), n("45.000.000", 45000000, "#,##0"),
                          n("12,75", 12.75), n("60%", 0.6, "0%")],
                         [n("3", 3), t("Trường học"), n("987.654", 987654, "#,##0"),
                          n("12,50", 12.5, "0.00"), n("5%", 0.05, "0%")]]},
    "dates": {"rows": [[head("STT"), head("Nhiệm vụ"), head("Ngày bắt đầu"), head("Hạn hoàn thành")],
                       [n("1", 1), t("Rà soát tiêu chí"), n("15/03/2025", 45731, "dd/mm/yyyy"),
                        n("31/12/2024", 45657, 14)],
                       [n("2", 2), t("Báo cáo kết quả"), n("01/06/2025", 45809, "dd/mm/yyyy"),
                        n("30/09/2025", 45930, 14)]]},
    "formula": {"rows": [[head("STT"), head("Đơn vị"), head("Ngân sách tỉnh"), head("Ngân sách huyện"),
                          head("Tổng")],
                         [n("1", 1), t("Xã Tân Sỏi"), n("300", 300), n("200", 200), n("500", "=C2+D2")],
                         [n("2", 2), t("Xã Đồng Vương"), n("150", 150), n("50", 50),
                          n("200", "=C3+D3")]],
                "cached": {"E2": "500", "E3": "200"}},
    "empty": {"rows": [[head("STT"), head("Thôn"), head("Số hộ"), head("Ghi chú")],
                       [n("1", 1), t("Thôn Đồng Sơn"), n("120", 120), t("Mới sáp nhập")],
                       [n("2", 2), t("Thôn Hố Sâu"), t(""), t("Chưa thống kê")],
                       [n("3", 3), t("Thôn Tân Lập"), n("95", 95), t("")]]},
    "rich": {"rows": [[head("STT"), head("Đơn vị"), head("Nhiệm vụ")],
                      [n("1", 1), t("Xã Tân Phú"), t("Duy trì tiêu chí")],
                      [n("2", 2), t("Xã Đồng Hưu"), t("Nâng chất tiêu chí 17")]],
             "rich": {"Xã Tân Phú": '<si><r><t xml:space="preserve">Xã </t></r><r><rPr><b/></rPr>'
                                    '<t>Tân Phú</t></r><rPh sb="0" eb="1"><t>タン</t></rPh></si>'}},
    "range": {"rows": [[head("STT"), head("Tên xã"), head("Số tiêu chí đạt"), head("Năm")],
                       [n("1", 1), t("Xã Tân Sỏi"), n("17", 17), n("2024", 2024)],
                       [n("2", 2), t("Xã Đồng Vương"), n("15", 15), n("2025", 2025)],
                       [n("3", 3), t("Xã Phồn Xương"), n("19", 19), n("2025", 2025)]],
              "beyond": {"F1": "Cột nháp", "E2": "nháp 1", "A7": "Dòng nháp dưới bảng",
                         "B9": 99999},
              "ole": "A1:D4"},
    "hidden": {"rows": [[head("STT"), head("Tên xã"), head("Số tiêu chí đạt")],
                        [n("1", 1), t("Xã Tân Sỏi"), n("17", 17)],
                        [n("2", 2), t("Xã Đồng Vương"), n("15", 15)]],
               "hide_col": ("C", head("Mã nội bộ"), ["X-01", "X-02"]),
               "hide_row": 3},
}


def xlsx_bytes(spec):
    """The workbook of spec, as openpyxl writes it and Excel would keep it"""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu"
    rows = [list(r) for r in spec["rows"]]
    hide_col = spec.get("hide_col")
    hide_row = spec.get("hide_row")
    if hide_col:  # a column inserted at its letter, hidden
        k = ord(hide_col[0]) - ord("A")
        rows[0].insert(k, hide_col[1])
        for r, v in zip(rows[1:], hide_col[2]):
            r.insert(k, t(v))
    if hide_row:  # a row inserted, hidden
        rows.insert(hide_row - 1, [t("Dòng ẩn %d" % k) for k in range(len(rows[0]))])
    for i, row in enumerate(rows, 1):
        for j, c in enumerate(row, 1):
            x = ws.cell(row=i, column=j)
            if c["v"] == "":
                continue
            x.value = c["v"]
            if isinstance(c["fmt"], int):
                x.number_format = openpyxl.styles.numbers.BUILTIN_FORMATS[c["fmt"]]
            elif c["fmt"]:
                x.number_format = c["fmt"]
            if c["center"] and isinstance(c["v"], str) and not c["v"].startswith("="):
                x.alignment = Alignment(horizontal="center")
    for m in spec.get("merges", []):
        ws.merge_cells(m)
    for ref, v in spec.get("beyond", {}).items():
        ws[ref] = v
    if hide_col:
        ws.column_dimensions[hide_col[0]].hidden = True
    if hide_row:
        ws.row_dimensions[hide_row].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return rework(out.getvalue(), spec)


def shared(sheet, spec):
    """The sheet's inline strings (openpyxl 3.0 writes them so) made shared
    strings, as Excel writes every string: the sheet, sharedStrings.xml"""
    strings = []

    def take(m):
        text = m.group(3)
        if text not in strings:
            strings.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (m.group(1), m.group(2), strings.index(text))
    sheet = re.sub(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>',
                   take, sheet)
    sis = []
    for text in strings:
        plain = re.sub(r"&#([0-9]+);", lambda m: chr(int(m.group(1))), text)
        sis.append(spec.get("rich", {}).get(plain, "<si><t>%s</t></si>" % text))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(sis), len(sis), "".join(sis)))
    for plain in spec.get("rich", {}):
        assert any(spec["rich"][plain] == si for si in sis), plain
    return sheet, sst


def rework(data, spec):
    """What openpyxl does not write: shared strings, cached values, rich
    text, oleSize"""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    sst = None
    done = "xl/sharedStrings.xml" in zin.namelist()  # reworked before
    for info in zin.infolist():
        body = zin.read(info.filename).decode("utf-8")
        if info.filename == "xl/worksheets/sheet1.xml":
            for ref, v in spec.get("cached", {}).items():
                body, k = re.subn(r'(<c r="%s"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v></v>)?' % ref,
                                  r"\1<v>%s</v>" % v, body)
                assert k == 1, (ref, body)
            if not done:
                body, sst = shared(body, spec)
        if info.filename == "xl/_rels/workbook.xml.rels" and not done:
            body = body.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats'
                                '.org/officeDocument/2006/relationships/sharedStrings" '
                                'Target="sharedStrings.xml" Id="rIdS"/></Relationships>')
        if info.filename == "[Content_Types].xml" and not done:
            body = body.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                                '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                'sharedStrings+xml"/></Types>')
        if info.filename == "xl/workbook.xml" and spec.get("ole"):
            body = body.replace("</workbook>", '<oleSize ref="%s"/></workbook>' % spec["ole"])
        zout.writestr(info, body.encode("utf-8"))
    if sst is not None:
        zout.writestr("xl/sharedStrings.xml", sst.encode("utf-8"))
    zout.close()
    return out.getvalue()


VML = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

SEQ = [1025]


def object_xml(img, rid, prog="Excel.Sheet.12"):
    SEQ[0] += 1
    sid = "_x0000_i%d" % SEQ[0]
    return ('<w:object w:dxaOrig="7200" w:dyaOrig="2160">'
            '<v:shape id="%s" type="#_x0000_t75" style="width:360pt;height:108pt" o:ole="">'
            '<v:imagedata r:id="%s" o:title=""/></v:shape>'
            '<o:OLEObject Type="Embed" ProgID="%s" ShapeID="%s" DrawAspect="Content" '
            'ObjectID="_17900%05d" r:id="%s"/></w:object>' % (sid, img, prog, sid, SEQ[0], rid))


def add_object(doc, data, prog="Excel.Sheet.12", alternate=False, n=[0]):
    """A paragraph holding a worksheet object of the workbook data"""
    n[0] += 1
    part = doc.part
    if prog == "Excel.Sheet.8":
        uri, ct, rt = "/word/embeddings/oleObject%d.bin" % n[0], OLE_CT, RT.OLE_OBJECT
    else:
        uri, ct, rt = "/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx" % n[0], XLSX_CT, RT.PACKAGE
    emb = Part(PackURI(uri), ct, data, part.package)
    rid = part.relate_to(emb, rt)
    img, _ = part.get_or_add_image(io.BytesIO(PNG))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    obj = object_xml(img, rid, prog)
    if alternate:
        xml = ('<mc:AlternateContent %s><mc:Choice Requires="w14">%s</mc:Choice>'
               '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent>'
               % (VML, obj, object_xml(img, rid, prog)))
    else:
        xml = obj.replace("<w:object ", "<w:object %s " % VML, 1)
    r._r.append(parse_xml(xml))
    return p


def add_picture(doc):
    img, _ = doc.part.get_or_add_image(io.BytesIO(PNG))
    p = doc.add_paragraph()
    xml = ('<w:pict %s><v:shape id="_x0000_s2001" type="#_x0000_t75" style="width:100pt;height:50pt">'
           '<v:imagedata r:id="%s" o:title="Sơ đồ tổ chức"/></v:shape></w:pict>' % (VML, img))
    p.add_run()._r.append(parse_xml(xml))


def add_twin(doc, spec):
    rows = spec["rows"]
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = doc.styles["Table Grid"] if "Table Grid" in [s.name for s in doc.styles] else None
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            para = tbl.cell(i, j).paragraphs[0]
            if c["show"]:
                para.add_run(c["show"])
            if c["center"]:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for m in spec.get("merges", []):
        a, b = m.split(":")
        ca, cb = tbl.cell(int(a[1:]) - 1, ord(a[0]) - 65), tbl.cell(int(b[1:]) - 1, ord(b[0]) - 65)
        ca.merge(cb)
    for tc in tbl._tbl.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc"):
        ps = tc.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")
        for p in ps[1:]:  # python-docx's merge leaves the covered cells' empty paragraphs
            if not "".join(p.itertext()).strip():
                tc.remove(p)


def heading(doc, label, title):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(label).bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(title).bold = True


def page(src):
    doc = Document(src)
    doc.add_page_break()
    return doc


def main():
    src, out = sys.argv[1], sys.argv[2]
    for name, spec in CASES.items():
        title = "KẾT QUẢ THỰC HIỆN TIÊU CHÍ (%s)" % name.upper()
        doc, twin = page(src), page(src)
        heading(doc, "Biểu 06", title)
        heading(twin, "Biểu 06", title)
        add_object(doc, xlsx_bytes(spec))
        add_twin(twin, spec)
        doc.save("%s/%s.docx" % (out, name))
        twin.save("%s/%s-twin.docx" % (out, name))
    # two objects: Biểu 06 (plain) and Biểu 07 (numbers), the second in an mc:AlternateContent
    doc, twin = page(src), page(src)
    for k, (name, alt) in enumerate((("plain", False), ("numbers", True))):
        label, title = "Biểu 0%d" % (6 + k), "BẢNG SỐ LIỆU %d" % (k + 1)
        heading(doc, label, title)
        heading(twin, label, title)
        add_object(doc, xlsx_bytes(CASES[name]), alternate=alt)
        add_twin(twin, CASES[name])
        if k == 0:
            doc.add_page_break()
            twin.add_page_break()
    doc.save("%s/two.docx" % out)
    twin.save("%s/two-twin.docx" % out)
    alone(src, out)


def alone(src, out):
    good = xlsx_bytes(CASES["plain"])
    cases = {"corrupt": good[: len(good) // 2]}
    z = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 << 20), 1)
            zout.writestr(info.filename, body)
    cases["bomb"] = z.getvalue()
    # a cell at its far corner: the range is read down to the cells that
    # hold a value (session 52), and these reach BZ20000
    z = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"</sheetData>", b'<row r="20000"><c r="BZ20000"><v>1</v></c></row>'
                                    b"</sheetData>", 1)
            zout.writestr(info.filename, body)
    cases["wide"] = rework(z.getvalue(), {"ole": "A1:BZ20000"})
    for name, data in cases.items():
        doc = page(src)
        heading(doc, "Biểu 06", "BẢNG SỐ LIỆU")
        add_object(doc, data)
        doc.save("%s/%s.docx" % (out, name))
    doc = page(src)
    heading(doc, "Biểu 06", "BẢNG SỐ LIỆU")
    cfb = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + b"Workbook" + bytes(512)
    add_object(doc, cfb, prog="Excel.Sheet.8")
    doc.save("%s/xls.docx" % out)
    doc = page(src)
    heading(doc, "Biểu 06", "BẢNG SỐ LIỆU")
    tbl = doc.add_table(rows=2, cols=2)
    tbl.cell(0, 0).paragraphs[0].add_run("STT")
    tbl.cell(0, 1).paragraphs[0].add_run("Số liệu")
    tbl.cell(1, 0).paragraphs[0].add_run("1")
    cell_p = add_object(doc, good)  # moved into the table's cell
    tbl.cell(1, 1)._tc.append(cell_p._p)
    tbl.cell(1, 1)._tc.remove(tbl.cell(1, 1)._tc.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")[0])
    doc.save("%s/incell.docx" % out)
    doc = page(src)
    heading(doc, "Biểu 06", "SƠ ĐỒ TỔ CHỨC")
    add_picture(doc)
    doc.save("%s/picture.docx" % out)


if __name__ == "__main__":
    main()
