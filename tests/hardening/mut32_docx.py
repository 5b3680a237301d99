"""tests/hardening/mut32_docx.py FILE PARA... - a commune's plan as a .docx
for mut32.sh: the header and the signature in borderless tables, and each
PARA a paragraph of the body between them ("B:" before a paragraph makes
it bold, "L:" of Word's "List Bullet" style, "I:" indented 1 cm, "T:" a
table of one row whose cells are the paragraph's '|'-parted texts).
"""
import sys
import docx
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def noborders(t):
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e)
        x.set(qn('w:val'), 'nil')
        b.append(x)
    t._tbl.tblPr.append(b)


def cell(c, lines, bold=()):
    for i, s in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(s)
        r.bold = i in bold


d = docx.Document()
d.styles['Normal'].font.name = 'Times New Roman'
d.styles['Normal'].font.size = Pt(14)
h = d.add_table(rows=2, cols=2)
noborders(h)
cell(h.cell(0, 0), ['UBND HUYỆN YÊN THẾ', 'ỦY BAN NHÂN DÂN', 'XÃ TÂN AN'], bold=(1, 2))
cell(h.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
     bold=(0, 1))
cell(h.cell(1, 0), ['Số: 45/KH-UBND'])
cell(h.cell(1, 1), ['Tân An, ngày 10 tháng 01 năm 2026'])
for s, bold in (('KẾ HOẠCH', True), ('Thực hiện nhiệm vụ năm 2026', True),
                ('I. NHIỆM VỤ', True)):
    d.add_paragraph().add_run(s).bold = bold
for s in sys.argv[2:]:
    if s.startswith('T:'):
        cells = s[2:].split('|')
        t = d.add_table(rows=1, cols=len(cells))
        for k, text in enumerate(cells):
            t.cell(0, k).paragraphs[0].add_run(text)
        continue
    style = 'List Bullet' if s.startswith('L:') else None
    p = d.add_paragraph(style=style)
    if s.startswith('I:'):
        p.paragraph_format.left_indent = Cm(1)
    r = p.add_run(s[2:] if s[:2] in ('B:', 'L:', 'I:') else s)
    r.bold = s.startswith('B:')
d.add_paragraph('Trên đây là Kế hoạch của UBND xã Tân An./.')
s = d.add_table(rows=1, cols=2)
noborders(s)
cell(s.cell(0, 0), ['Nơi nhận:', '- UBND huyện Yên Thế;', '- Lưu: VT.'], bold=(0,))
cell(s.cell(0, 1), ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Hoàng Văn Bình'], bold=(0, 1, 3))
d.save(sys.argv[1])
