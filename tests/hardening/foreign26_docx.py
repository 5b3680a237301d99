"""tests/hardening/foreign26_docx.py DIR - the Word documents of
foreign26.sh, into DIR: plans typed the way a district office types them,
made with python-docx (its template's styles, as Word's) - the header and
the signature in borderless two-column tables, "I.", "1.", "a)", "-" and
"+" typed by hand, headings bold without a heading style:
  - tcvn3style.docx: an old plan converted from .doc, its Normal style
    in the .VnTime font and its paragraphs naming no style, a line in
    TCVN3's codes ("X\xa9y d\xf9ng ..."), the rest typed in Unicode;
  - titlerow.docx: a landscape Biểu whose "Biểu 01" and title are typed
    in the table's first row, one cell over every column, above two
    header rows merged over columns and a "Tổng cộng" row;
  - titleabove.docx: the same Biểu with its label and title above it;
  - tabhead.docx, tabblank.docx: the header set with tab stops instead of
    a table ("Số: 125/KH-UBND<tab>Yên Thế, ngày 15 tháng 01 năm 2024"),
    the number given or left blank;
  - tabsig.docx, tabsig5.docx: the signature block set so, over a centre
    stop ("Nơi nhận:<tab>TM. ỦY BAN NHÂN DÂN", "- UBND tỉnh ...;<tab>KT.
    CHỦ TỊCH", recipients without a tab, "- UBND các xã;<tab>Trần Văn
    Bình", "- Lưu: VT."), or with the Tab key pressed five times, or six
    with seven recipients between "PHÓ CHỦ TỊCH" and the name (tabsiglong);
  - tabbody.docx: lines of the body aligned with three tabs ("Xã Đồng
    Hưu:<tab><tab><tab>120 hộ;"), to be read as they stand;
  - tabmany1.docx, tabmany4.docx: 2,500 and 10,000 such lines (timed);
  - threehead.docx: a Biểu whose header is three rows, "TT", "Tên công
    trình" and "Tổng vốn" merged down over them, "Trong đó" over "Nguồn
    vốn" over "Ngân sách tỉnh" and "Ngân sách huyện"."""
import os
import re
import sys
import zipfile

import docx  # python-docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt


def noborders(table):
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e)
        x.set(qn('w:val'), 'nil')
        b.append(x)
    table._tbl.tblPr.append(b)


def lines(cell, items, align=AL.CENTER):
    """items: (text, bold, italic) a paragraph each in cell"""
    for i, (text, bold, italic) in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        r = p.add_run(text)
        r.bold, r.italic = bold, italic


def par(doc, text, bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    return p


def header(doc, number='125'):
    t = doc.add_table(rows=2, cols=2)
    noborders(t)
    lines(t.cell(0, 0), [('ỦY BAN NHÂN DÂN', False, False), ('HUYỆN YÊN THẾ', True, False)])
    lines(t.cell(0, 1), [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False),
                         ('Độc lập - Tự do - Hạnh phúc', True, False)])
    lines(t.cell(1, 0), [('Số: %s/KH-UBND' % number, False, False)])
    lines(t.cell(1, 1), [('Yên Thế, ngày 15 tháng 01 năm 2024', False, True)])


def tab_header(number):
    def put(doc):
        for a, b, bold in (('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True),
                           ('HUYỆN YÊN THẾ', 'Độc lập - Tự do - Hạnh phúc', True),
                           ('Số: %s/KH-UBND' % number, 'Yên Thế, ngày 15 tháng 01 năm 2024', False)):
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(11), WD_TAB_ALIGNMENT.CENTER)
            r = p.add_run(a + '\t')
            r.bold = bold
            r = p.add_run(b)
            r.bold, r.italic = bold, not bold
    return put


BODY = [('I. MỤC ĐÍCH, YÊU CẦU', True), ('1. Mục đích', True),
        ('- Nâng cao đời sống vật chất và tinh thần của Nhân dân.', False),
        ('II. NHIỆM VỤ, GIẢI PHÁP', True), ('1. Phát triển kinh tế', True),
        ('a) Giữ ổn định diện tích lúa 5.200 ha, năng suất đạt 58,5 tạ/ha.', False),
        ('+ Đàn lợn đạt 120.000 con;', False),
        ('III. TỔ CHỨC THỰC HIỆN', True),
        ('1. Phòng Tài chính - Kế hoạch chủ trì, hoàn thành trước ngày 30/6/2024.', False)]
TCVN3 = 'X\xa9y d\xf9ng \xae\xad\xeang th\xabn T\xa9n L\xcbp.'  # "Xây dựng đường thôn Tân Lập."


RECIPIENTS = ['- UBND tỉnh Bắc Giang (b/c);', '- TT Huyện ủy, TT HĐND huyện (b/c);',
              '- CT, các PCT UBND huyện;', '- UBND các xã, thị trấn;', '- Lưu: VT.']


def table_signature(doc):
    t = doc.add_table(rows=1, cols=2)
    noborders(t)
    lines(t.cell(0, 0), [('Nơi nhận:', True, True)] + [(r, False, False) for r in RECIPIENTS],
          AL.LEFT)
    lines(t.cell(0, 1), [('TM. ỦY BAN NHÂN DÂN', True, False), ('KT. CHỦ TỊCH', True, False),
                         ('PHÓ CHỦ TỊCH', True, False), ('', False, False),
                         ('Trần Văn Bình', True, False)])


LONG = RECIPIENTS[:3] + ['- Phòng Tài chính - Kế hoạch;', '- Phòng Nông nghiệp và PTNT;',
                         '- Phòng Văn hóa và Thông tin;', '- Đài Truyền thanh huyện;'] + RECIPIENTS[3:]


def tab_signature(tabs, recipients=RECIPIENTS, name_at=4):
    def put(doc):
        right = {0: 'TM. ỦY BAN NHÂN DÂN', 1: 'KT. CHỦ TỊCH', 2: 'PHÓ CHỦ TỊCH', name_at: 'Trần Văn Bình'}
        for i, left in enumerate(['Nơi nhận:'] + recipients):
            p = doc.add_paragraph()
            if tabs == 1:
                p.paragraph_format.tab_stops.add_tab_stop(Cm(11), WD_TAB_ALIGNMENT.CENTER)
            r = p.add_run(left)
            r.bold = r.italic = i == 0
            if i in right:
                r = p.add_run('\t' * tabs + right[i])
                r.bold = True
    return put


def plan(path, head=header, extra=(), after=None, signature=table_signature):
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Times New Roman'
    doc.styles['Normal'].font.size = Pt(14)
    head(doc)
    par(doc, 'KẾ HOẠCH', True, align=AL.CENTER)
    par(doc, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', True, align=AL.CENTER)
    par(doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italic=True)
    par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:')
    for text, bold in BODY + list(extra):
        par(doc, text, bold, align=AL.JUSTIFY)
    par(doc, 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.')
    signature(doc)
    if after:
        after(doc)
    doc.save(path)


ROWS = [('1', 'Xã Đồng Hưu', '1.250', '94,4'), ('2', 'Xã Tân Hiệp', '980', 'x'),
        ('3', 'Thị trấn Cầu Gồ', '', '100')]


def bieu(title_in_table):
    def put(doc):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        title = [('Biểu 01', True, False), ('KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024', True, False)]
        top = 1 if title_in_table else 0
        if not title_in_table:
            for text, bold, italic in title:
                par(doc, text, bold, italic, AL.CENTER)
        t = doc.add_table(rows=top + 2 + len(ROWS) + 1, cols=4)
        t.style = 'Table Grid'
        if title_in_table:
            lines(t.cell(0, 0).merge(t.cell(0, 3)), title)
        lines(t.cell(top, 0).merge(t.cell(top + 1, 0)), [('TT', True, False)])
        lines(t.cell(top, 1).merge(t.cell(top + 1, 1)), [('Đơn vị', True, False)])
        lines(t.cell(top, 2).merge(t.cell(top, 3)), [('Diện tích', True, False)])
        lines(t.cell(top + 1, 2), [('Kế hoạch (ha)', True, False)])
        lines(t.cell(top + 1, 3), [('Tỷ lệ (%)', True, False)])
        for i, row in enumerate(ROWS):
            for j, v in enumerate(row):
                lines(t.cell(top + 2 + i, j), [(v, False, False)])
        last = top + 2 + len(ROWS)
        lines(t.cell(last, 0).merge(t.cell(last, 1)), [('Tổng cộng', True, False)])
        lines(t.cell(last, 2), [('2.230', True, False)])
    return put


def three_rows(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    par(doc, 'Biểu 01', True, align=AL.CENTER)
    par(doc, 'TỔNG HỢP VỐN ĐẦU TƯ NĂM 2024', True, align=AL.CENTER)
    rows = [('1', 'Đường thôn Hợp Tiến', '1.200', '800', '400'),
            ('2', 'Nhà văn hóa bản Đồng Cống', '950', '-', '950')]
    t = doc.add_table(rows=3 + len(rows), cols=5)
    t.style = 'Table Grid'
    for k, text in enumerate(('TT', 'Tên công trình', 'Tổng vốn')):
        lines(t.cell(0, k).merge(t.cell(2, k)), [(text, True, False)])
    lines(t.cell(0, 3).merge(t.cell(0, 4)), [('Trong đó', True, False)])
    lines(t.cell(1, 3).merge(t.cell(1, 4)), [('Nguồn vốn', True, False)])
    lines(t.cell(2, 3), [('Ngân sách tỉnh', True, False)])
    lines(t.cell(2, 4), [('Ngân sách huyện', True, False)])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            lines(t.cell(3 + i, j), [(v, False, False)])


def restyle(path, fn, part):
    """rewrites one part of the package at path through fn"""
    z = zipfile.ZipFile(path)
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    z.close()
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for name, data in items:
        z.writestr(name, fn(data.decode('utf-8')).encode('utf-8') if name == part else data)
    z.close()


def main(out):
    p = os.path.join(out, 'tcvn3style.docx')
    plan(p, extra=[('- ' + TCVN3, False)])
    # the Normal style (w:default="1") in .VnTime; python-docx names Times New Roman there
    restyle(p, lambda s: re.sub(r'(w:styleId="Normal">.*?<w:rFonts )[^/]*/>',
                                r'\1w:ascii=".VnTime" w:hAnsi=".VnTime"/>', s, count=1, flags=re.S),
            'word/styles.xml')
    plan(os.path.join(out, 'titlerow.docx'), after=bieu(True))
    plan(os.path.join(out, 'titleabove.docx'), after=bieu(False))
    plan(os.path.join(out, 'tabhead.docx'), head=tab_header('125'))
    plan(os.path.join(out, 'tabblank.docx'), head=tab_header('      '))
    plan(os.path.join(out, 'tabsig.docx'), signature=tab_signature(1))
    plan(os.path.join(out, 'tabsig5.docx'), signature=tab_signature(5))
    plan(os.path.join(out, 'tabsiglong.docx'), signature=tab_signature(6, LONG, 8))
    aligned = [('Xã Đồng Hưu:\t\t\t120 hộ;', False), ('Xã Tân Hiệp:\t\t\t80 hộ;', False),
               ('Thị trấn Cầu Gồ:\t\t\t45 hộ.', False)]
    plan(os.path.join(out, 'tabbody.docx'), extra=aligned)
    plan(os.path.join(out, 'threehead.docx'), after=three_rows)
    for name, n in (('tabmany1', 2500), ('tabmany4', 10000)):
        plan(os.path.join(out, name + '.docx'), extra=aligned * (n // 3))


if __name__ == '__main__':
    main(sys.argv[1])
