"""tests/hardening/foreign28_docx.py DIR - the Word documents of
foreign28.sh, into DIR: plans typed the way a district office types them,
made with python-docx (its template's styles, as Word's) - the header in a
borderless 2x2 table, "I.", "1.", "a)", "-" and "+" typed by hand,
headings bold without a heading style:
  - sigrows.docx: the signature in a borderless table of a row a line,
    "Nơi nhận:" beside "TM. ỦY BAN NHÂN DÂN", each recipient beside a line
    of the signature, typed with Word's en dash ("– UBND tỉnh Bắc Giang
    (b/c);"), the name in the last row;
  - sigrows_dash.docx: the same, its recipients typed with "-" (control);
  - spaced.docx, spaced1.docx: the title typed letter-spaced, "K Ế  H O Ạ
    C H" (two spaces between the words) and "K Ế H O Ạ C H";
  - date_caps.docx, date_nocomma.docx, date_slash.docx, so_lower.docx: the
    header's place and date typed "Yên Thế, Ngày 15 Tháng 01 Năm 2024",
    "Yên Thế ngày 15 tháng 01 năm 2024", "Yên Thế, ngày 15/01/2024", its
    number "số: 125/KH-UBND";
  - date_draft.docx: "DỰ THẢO ngày 10 tháng 01 năm 2024" above the issuer
    (a mark, not the place and date);
  - rules.docx: the rules under the issuer and the motto drawn as lines,
    a VML v:line in one cell, a DrawingML connector in the other;
  - seal.docx: the same, and a picture (a PNG) in the signature's cell;
  - vnruns.docx: an old template's Normal style in the .VnTime font, the
    plan typed in Unicode, Word's runs a word each ("Nâng ", "cao ", "đời
    ", ...), and one paragraph typed in TCVN3's codes, "X\xa9y d\xf9ng
    \xae\xad\xeang th\xabn T\xa9n L\xcbp." ("Xây dựng đường thôn Tân
    Lập.");
  - bieusigners.docx: a Biểu with a note under it ("Ghi chú: ..."), then
    its own signers in a borderless table ("NGƯỜI LẬP BIỂU" over "Nguyễn
    Thị Hoa", "THỦ TRƯỞNG ĐƠN VỊ" over "Trần Văn Bình");
  - sigabove.docx: the signature typed as right-aligned paragraphs, no
    table, above "Nơi nhận:" and its recipients."""
import io
import os
import re
import struct
import sys
import zipfile
import zlib

import docx  # python-docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt

VML_LINE = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<w:pict><v:line id="Line 2" o:spid="_x0000_s1026" style="position:absolute;z-index:1" '
            'from="45pt,3pt" to="200pt,3pt"/></w:pict></w:r>') % nsdecls('w')
CONNECTOR = (
    '<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
    'distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>800000</wp:posOffset>'
    '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>20000</wp:posOffset></wp:positionV>'
    '<wp:extent cx="2000000" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
    '<wp:docPr id="5" name="Straight Connector 5"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
    'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>'
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="0"/></a:xfrm><a:prstGeom prst="line">'
    '<a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
    '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" '
    'from="45pt,3pt" to="200pt,3pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>') % nsdecls('w')


def png():
    """a PNG of one red pixel (a seal's picture)"""
    def chunk(kind, data):
        c = kind + data
        return struct.pack('>I', len(data)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    raw = zlib.compress(b'\x00\xff\x00\x00')
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', raw) + chunk(b'IEND', b''))


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
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic


def par(doc, text, bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    return p


def header(doc, number='Số: 125/KH-UBND', date='Yên Thế, ngày 15 tháng 01 năm 2024', above=None,
           rules=False):
    if above:
        par(doc, above, True, align=AL.CENTER)
    t = doc.add_table(rows=2, cols=2)
    noborders(t)
    lines(t.cell(0, 0), [('ỦY BAN NHÂN DÂN', False, False), ('HUYỆN YÊN THẾ', True, False)])
    lines(t.cell(0, 1), [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False),
                         ('Độc lập - Tự do - Hạnh phúc', True, False)])
    lines(t.cell(1, 0), [(number, False, False)])
    lines(t.cell(1, 1), [(date, False, True)])
    if rules:  # the rules under the issuer and the motto, drawn
        for cell, shape in ((t.cell(0, 0), VML_LINE), (t.cell(0, 1), CONNECTOR)):
            cell.add_paragraph()._p.append(parse_xml(shape))


BODY = [('I. MỤC ĐÍCH, YÊU CẦU', True),
        ('- Nâng cao đời sống vật chất và tinh thần của Nhân dân.', False),
        ('II. NHIỆM VỤ, GIẢI PHÁP', True),
        ('a) Giữ ổn định diện tích lúa 5.200 ha, năng suất đạt 58,5 tạ/ha.', False),
        ('III. TỔ CHỨC THỰC HIỆN', True),
        ('1. Phòng Tài chính - Kế hoạch chủ trì, hoàn thành trước ngày 30/6/2024.', False)]


def row_signature(dash, seal=False):
    def put(doc):
        left = [('Nơi nhận:', True, True), (dash + ' UBND tỉnh Bắc Giang (b/c);', False, False),
                (dash + ' TT Huyện ủy, TT HĐND huyện (b/c);', False, False),
                (dash + ' Lưu: VT.', False, False), ('', False, False), ('', False, False)]
        right = [('TM. ỦY BAN NHÂN DÂN', True, False), ('KT. CHỦ TỊCH', True, False),
                 ('PHÓ CHỦ TỊCH', True, False), ('', False, False), ('', False, False),
                 ('Trần Văn Bình', True, False)]
        t = doc.add_table(rows=len(left), cols=2)
        noborders(t)
        for i in range(len(left)):
            lines(t.cell(i, 0), [left[i]], AL.LEFT)
            lines(t.cell(i, 1), [right[i]])
        if seal:
            t.cell(3, 1).paragraphs[0].add_run().add_picture(io.BytesIO(png()), width=Cm(3))
    return put


def plan(path, title='KẾ HOẠCH', signature=row_signature('-'), head=header, after=None):
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Times New Roman'
    doc.styles['Normal'].font.size = Pt(14)
    head(doc)
    par(doc, title, True, align=AL.CENTER)
    par(doc, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', True, align=AL.CENTER)
    par(doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italic=True)
    par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:')
    for text, bold in BODY:
        par(doc, text, bold, align=AL.JUSTIFY)
    par(doc, 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.')
    signature(doc)
    if after:
        after(doc)
    par(doc, '')
    doc.save(path)


TCVN3 = 'X\xa9y d\xf9ng \xae\xad\xeang th\xabn T\xa9n L\xcbp.'


def restyle(path, fn, part):
    """rewrites one part of the package at path through fn"""
    z = zipfile.ZipFile(path)
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    z.close()
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for name, data in items:
        z.writestr(name, fn(data.decode('utf-8')).encode('utf-8') if name == part else data)
    z.close()


def word_runs(path):
    """the plan of plan(), its body's paragraphs a run a word, a TCVN3 one after them"""
    doc = docx.Document()
    doc.styles['Normal'].font.size = Pt(14)
    header(doc)
    par(doc, 'KẾ HOẠCH', True, align=AL.CENTER)
    par(doc, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', True, align=AL.CENTER)
    par(doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italic=True)
    par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:')
    for text, bold in BODY + [('- Nhân dân tham gia; các xã, thị trấn phối hợp.', False)]:
        p = doc.add_paragraph()
        for w in re.findall(r'\S+\s*', text):
            p.add_run(w).bold = bold
    par(doc, '- ' + TCVN3)
    par(doc, 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.')
    row_signature('-')(doc)
    par(doc, '')
    doc.save(path)
    restyle(path, lambda s: re.sub(r'(w:styleId="Normal">.*?)(<w:rPr>)', r'\1\2<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>',
                                   s, count=1, flags=re.S), 'word/styles.xml')


def bieu_signers(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    par(doc, 'Biểu 01', True, align=AL.CENTER)
    par(doc, 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024', True, align=AL.CENTER)
    t = doc.add_table(rows=3, cols=3)
    t.style = 'Table Grid'
    for i, row in enumerate((('STT', 'Đơn vị', 'Diện tích (ha)'), ('1', 'Xã Đồng Hưu', '1.250'),
                             ('2', 'Xã Tân Hiệp', '980'))):
        for j, v in enumerate(row):
            lines(t.cell(i, j), [(v, i == 0, False)])
    par(doc, 'Ghi chú: Số liệu tính đến ngày 31/12/2023.', italic=True)
    t = doc.add_table(rows=1, cols=2)
    noborders(t)
    lines(t.cell(0, 0), [('NGƯỜI LẬP BIỂU', True, False), ('', False, False), ('Nguyễn Thị Hoa', True, False)])
    lines(t.cell(0, 1), [('THỦ TRƯỞNG ĐƠN VỊ', True, False), ('', False, False), ('Trần Văn Bình', True, False)])


def sig_above(doc):
    for text in ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Văn Bình'):
        par(doc, text, True, align=AL.RIGHT)
    par(doc, 'Nơi nhận:', True, True)
    for text in ('- UBND tỉnh Bắc Giang (b/c);', '- TT Huyện ủy, TT HĐND huyện (b/c);', '- Lưu: VT.'):
        par(doc, text)


def main(out):
    plan(os.path.join(out, 'sigrows.docx'), signature=row_signature('\u2013'))
    plan(os.path.join(out, 'sigrows_dash.docx'), signature=row_signature('-'))
    plan(os.path.join(out, 'spaced.docx'), title='K Ế  H O Ạ C H')
    plan(os.path.join(out, 'spaced1.docx'), title='K Ế H O Ạ C H')
    for name, kw in (('date_caps', {'date': 'Yên Thế, Ngày 15 Tháng 01 Năm 2024'}),
                     ('date_nocomma', {'date': 'Yên Thế ngày 15 tháng 01 năm 2024'}),
                     ('date_slash', {'date': 'Yên Thế, ngày 15/01/2024'}),
                     ('so_lower', {'number': 'số: 125/KH-UBND'}),
                     ('date_draft', {'above': 'DỰ THẢO ngày 10 tháng 01 năm 2024'})):
        plan(os.path.join(out, name + '.docx'), head=lambda doc, kw=kw: header(doc, **kw))
    plan(os.path.join(out, 'rules.docx'), head=lambda doc: header(doc, rules=True))
    plan(os.path.join(out, 'seal.docx'), head=lambda doc: header(doc, rules=True),
         signature=row_signature('-', seal=True))
    word_runs(os.path.join(out, 'vnruns.docx'))
    plan(os.path.join(out, 'bieusigners.docx'), after=bieu_signers)
    plan(os.path.join(out, 'sigabove.docx'), signature=sig_above)


if __name__ == '__main__':
    main(sys.argv[1])
