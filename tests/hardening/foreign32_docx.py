"""tests/hardening/foreign32_docx.py DIR - the Word documents of
foreign32.sh, into DIR, made with python-docx on foreign28_docx.py's plan:
  - wps.docx: as WPS Office saves it: its styles' ids numbers
    (w:styleId="7" for "heading 2"), its own custom data part; a
    "Heading 2" clause naming a unit, a "List Bullet" task under it;
  - word.docx: the same as Word saves it (the ids "Heading2", ...);
  - gdocs.docx: as Google Docs exports it: "Title"/"Subtitle", headings
    numbered by a list of its own (w:abstractNum upperRoman, decimal),
    bullets "●" and "○", fixed-width tables;
  - totals.docx: a Biểu whose header is two rows of merged cells and whose
    last row is "Tổng cộng" merged over STT and the name, its sum wrong
    (2.600 where the rows make 2.500)."""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Cm  # noqa: E402

import foreign28_docx as f  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def rewrite(path, fn, add=None):
    z = zipfile.ZipFile(path)
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    z.close()
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for name, data in items:
        z.writestr(name, fn(name, data))
    for name, data in (add or {}).items():
        z.writestr(name, data)
    z.close()


def styled(path, wps):
    doc = docx.Document()
    f.header(doc)
    f.par(doc, 'KẾ HOẠCH', True, align=AL.CENTER)
    f.par(doc, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', True, align=AL.CENTER)
    f.par(doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italic=True)
    f.par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:')
    doc.add_paragraph('MỤC ĐÍCH, YÊU CẦU', style='Heading 1')
    doc.add_paragraph('Nâng cao đời sống vật chất và tinh thần của Nhân dân.', style='List Number')
    doc.add_paragraph('TỔ CHỨC THỰC HIỆN', style='Heading 1')
    doc.add_paragraph('Phòng Tài chính - Kế hoạch', style='Heading 2')
    doc.add_paragraph('Chủ trì tham mưu, hoàn thành trước ngày 30/6/2024.', style='List Bullet')
    f.par(doc, 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.')
    f.row_signature('-')(doc)
    doc.save(path)
    if not wps:
        return
    z = zipfile.ZipFile(path)
    ids = re.findall(r'w:styleId="([^"]+)"', z.read('word/styles.xml').decode())
    z.close()
    num = {sid: str(i + 1) for i, sid in enumerate(ids)}

    def ren(name, data):
        if name not in ('word/styles.xml', 'word/document.xml', 'word/numbering.xml'):
            return data
        s = re.sub(r'w:styleId="([^"]+)"', lambda m: 'w:styleId="%s"' % num[m.group(1)], data.decode())
        s = re.sub(r'(<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val=")([^"]+)"',
                   lambda m: m.group(1) + num.get(m.group(2), m.group(2)) + '"', s)
        return s.encode()
    rewrite(path, ren, {'customXml/item9.xml': '<s:customData xmlns:s="http://www.wps.cn/officeDocument/2013/'
                        'wpsCustomData"><customSectProps><customSectPr/></customSectProps></s:customData>'})


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % W +
             ''.join('<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (a, ''.join(
                 '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                 '<w:lvlJc w:val="left"/></w:lvl>' % lv for lv in lvls))
                 for a, lvls in ((1, [(0, 'upperRoman', '%1.')]), (2, [(0, 'decimal', '%1.')]),
                                 (3, [(0, 'bullet', '●'), (1, 'bullet', '○')]))) +
             '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/>'
             '</w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride '
             'w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num></w:numbering>')


def gdocs(path):
    doc = docx.Document()

    def numbered(text, num, lvl=0, style='Normal', bold=False):
        p = doc.add_paragraph(style=style)
        p._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                               % (W, lvl, num)))
        p.add_run(text).bold = bold

    def fixed(t, widths):
        t._tbl.tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % W))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    t = doc.add_table(rows=2, cols=2)
    fixed(t, [6, 10])
    f.lines(t.cell(0, 0), [('ỦY BAN NHÂN DÂN', False, False), ('XÃ ĐỒNG HƯU', True, False)])
    f.lines(t.cell(0, 1), [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False)])
    f.lines(t.cell(1, 0), [('Số: 12/KH-UBND', False, False)])
    f.lines(t.cell(1, 1), [('Đồng Hưu, ngày 05 tháng 01 năm 2024', False, True)])
    doc.add_paragraph(style='Title').add_run('KẾ HOẠCH').bold = True
    doc.add_paragraph(style='Subtitle').add_run('Thực hiện nhiệm vụ xây dựng nông thôn mới năm 2024').bold = True
    f.par(doc, 'UBND xã xây dựng Kế hoạch như sau:')
    numbered('MỤC ĐÍCH, YÊU CẦU', 1, style='Heading 1', bold=True)
    numbered('Hoàn thành 19/19 tiêu chí xã nông thôn mới.', 2)
    numbered('NHIỆM VỤ, GIẢI PHÁP', 1, style='Heading 1', bold=True)
    numbered('Phát triển sản xuất', 3, style='Heading 2', bold=True)
    numbered('Giữ ổn định diện tích lúa 520 ha.', 4)
    numbered('Năng suất đạt 58,5 tạ/ha.', 4, lvl=1)
    f.par(doc, 'Trên đây là Kế hoạch của UBND xã./.')
    s = doc.add_table(rows=4, cols=2)
    fixed(s, [8, 8])
    for i, (a, b) in enumerate([('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'), ('- UBND huyện;', 'CHỦ TỊCH'),
                                ('- Lưu: VT.', ''), ('', 'Nguyễn Văn A')]):
        f.lines(s.cell(i, 0), [(a, i == 0, i == 0)], AL.LEFT)
        f.lines(s.cell(i, 1), [(b, bool(b), False)])
    doc.save(path)
    rewrite(path, lambda name, data: NUMBERING.encode() if name == 'word/numbering.xml' else data)


def bieu(doc):
    doc.add_page_break()
    f.par(doc, 'Biểu 01', True, align=AL.RIGHT)
    f.par(doc, 'KẾ HOẠCH VỐN NĂM 2024', True, align=AL.CENTER)
    f.par(doc, '(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024 của UBND huyện Yên Thế)', italic=True, align=AL.CENTER)
    t = doc.add_table(rows=6, cols=5)
    t.style = 'Table Grid'
    head = [['STT', 'Nội dung', 'Nguồn vốn (triệu đồng)', '', 'Ghi chú'], ['', '', 'Ngân sách tỉnh', 'Ngân sách huyện', '']]
    for r in range(2):
        for c in range(5):
            t.cell(r, c).text = head[r][c]
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 4).merge(t.cell(1, 4))
    t.cell(0, 2).merge(t.cell(0, 3))
    for i, row in enumerate([['1', 'Giao thông nông thôn', '1.200', '300', ''], ['2', 'Thủy lợi', '800', '200', ''],
                             ['3', 'Trường học', '500', '150', 'Khởi công mới']]):
        for c, v in enumerate(row):
            t.cell(2 + i, c).text = v
    t.cell(5, 0).text = 'Tổng cộng'
    t.cell(5, 0).merge(t.cell(5, 1))
    t.cell(5, 2).text = '2.600'
    t.cell(5, 3).text = '650'


def main(out):
    styled(os.path.join(out, 'wps.docx'), True)
    styled(os.path.join(out, 'word.docx'), False)
    gdocs(os.path.join(out, 'gdocs.docx'))
    f.plan(os.path.join(out, 'totals.docx'), after=bieu)


if __name__ == '__main__':
    main(sys.argv[1])
