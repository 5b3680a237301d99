#!/usr/bin/env python3
"""tests/hardening/attack32_docx.py DIR - the files of attack32.sh.

Writes into DIR: a plan whose Biểu 01 is split in two Word tables with
its header (two rows, a group over two columns, merged cells) typed again
over the second (split2.docx), the same with a header of one row and an
empty paragraph between (split1.docx), and that Biểu whole (whole.docx);
.docx packages written by hand: word/document.xml declaring
ISO-8859-1 over UTF-8 bytes (latin1.docx), the same plan in UTF-16
(utf16.docx), a paragraph of one 11 MB text (bigtext.docx), text hidden
by a character style, a paragraph style, and a run unhiding its style's
(hidden.docx), a zip bomb (bomb.docx) and a DTD (dtd.docx).
python-docx for the Word tables (as the other suites' generators).
"""
import os
import sys
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
ROWS = [("1", "Thôn A", "10", "20"), ("2", "Thôn B", "5", "7"), ("3", "Thôn C", "1", "3")]


def plan(d):
    hdr = d.add_table(rows=1, cols=2)
    hdr.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 12/KH-UBND"
    hdr.cell(0, 1).text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                           "Tân Phú, ngày 10 tháng 01 năm 2024")
    for t, b in (("KẾ HOẠCH", True), ("Xây dựng nông thôn mới năm 2024", True),
                 ("I. MỤC TIÊU", True), ("1. Hoàn thành các chỉ tiêu (Chi tiết theo Biểu 01 đính kèm).", False),
                 ("Trên đây là Kế hoạch xây dựng nông thôn mới năm 2024 của UBND xã Tân Phú./.", False)):
        d.add_paragraph().add_run(t).bold = b
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "Nơi nhận:\n- UBND huyện;\n- Lưu: VT."
    sig.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A"
    for t, b in (("Biểu 01", True), ("CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2024", True),
                 ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND xã Tân Phú)", False)):
        d.add_paragraph().add_run(t).bold = b


def table(d, rows, two, total):
    nh = 2 if two else 1
    t = d.add_table(rows=nh + len(rows) + (1 if total else 0), cols=4)
    t.style = "Table Grid"
    if two:
        t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
        t.cell(0, 1).merge(t.cell(1, 1)).text = "Tên thôn"
        t.cell(0, 2).merge(t.cell(0, 3)).text = "Số hộ"
        t.cell(1, 2).text = "Năm 2023"
        t.cell(1, 3).text = "Năm 2024"
    else:
        for i, h in enumerate(("STT", "Tên thôn", "Năm 2023", "Năm 2024")):
            t.cell(0, i).text = h
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(nh + r, c).text = v
    if total:
        last = nh + len(rows)
        t.cell(last, 0).merge(t.cell(last, 1)).text = "Tổng cộng"
        t.cell(last, 2).text = "16"
        t.cell(last, 3).text = "30"


def bieu(name, two, split, page_break):
    d = docx.Document()
    plan(d)
    if split:
        table(d, ROWS[:2], two, False)
        p = d.add_paragraph()
        if page_break:
            p.add_run().add_break(WD_BREAK.PAGE)
        table(d, ROWS[2:], two, True)
    else:
        table(d, ROWS, two, True)
    d.add_paragraph("Ghi chú: số liệu tạm tính.")
    d.save(os.path.join(out, name))


bieu("split2.docx", True, True, True)
bieu("split1.docx", False, True, False)
bieu("whole.docx", True, False, False)

# ---- packages written by hand ----------------------------------------------------------
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(t, ppr="", rpr=""):
    return ('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", "<w:rPr>%s</w:rPr>" % rpr if rpr else "", t))


HEAD = (p("ỦY BAN NHÂN DÂN") + p("XÃ TÂN PHÚ") + p("Số: 12/KH-UBND") + p("KẾ HOẠCH") +
        p("Thực hiện nhiệm vụ năm 2024") + p("I. MỤC ĐÍCH"))


def document(body, decl=""):
    return decl + "<w:document %s><w:body>%s</w:body></w:document>" % (W, body)


def package(name, doc, extra=()):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", doc)
        for n, data in extra:
            z.writestr(n, data)


BODY = HEAD + p("- Làm tốt.")
package("latin1.docx", document(BODY, '<?xml version="1.0" encoding="ISO-8859-1"?>').encode())
package("utf16.docx", document(BODY, '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"))
package("bigtext.docx", document(HEAD + p("Lorem ipsum dolor sit amet năm 2024 " * 300000)).encode())
STYLES = ('<w:styles %s><w:style w:type="character" w:styleId="An"><w:name w:val="An"/><w:rPr>'
          '<w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="AnP"><w:name '
          'w:val="AnP"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>' % W)
HIDDEN = (HEAD + '<w:p><w:r><w:t xml:space="preserve">- Hoàn thành xã Đồng Hưu</w:t></w:r><w:r><w:rPr>'
          '<w:rStyle w:val="An"/></w:rPr><w:t xml:space="preserve"> (ghi chú ẩn: chưa duyệt)</w:t></w:r>'
          '<w:r><w:t xml:space="preserve">, xã Tân Hiệp</w:t></w:r><w:r><w:rPr><w:rStyle w:val="An"/>'
          '<w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> và xã Tân Sỏi</w:t></w:r></w:p>' +
          p("- Đoạn ẩn cả đoạn.", ppr='<w:pStyle w:val="AnP"/>') + p("- Làm tốt."))
package("hidden.docx", document(HIDDEN).encode(), [("word/styles.xml", STYLES)])
package("dtd.docx", document(BODY + p("&x;"), '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM '
                                          '"file:///etc/passwd">]>').encode())
with zipfile.ZipFile(os.path.join(out, "bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        f.write(document(BODY).encode()[:-len("</w:body></w:document>")])
        chunk = b" " * (1 << 20)
        for _ in range(256):
            f.write(chunk)
        f.write(b"</w:body></w:document>")
