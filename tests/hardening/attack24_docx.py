"""tests/hardening/attack24_docx.py DIR - the Word files of attack24.sh, into
DIR, as a commune's office types them in Word (python-docx, not khgen):
  - unit.docx: a plan whose attachment page "Biểu số 02" has its unit line,
    "(Đơn vị tính: triệu đồng)", between the title and the table, a group
    row and a typed totals row;
  - title2.docx: the same page with its title over two bold paragraphs and
    no unit line;
  - unitnote.docx: the unit line "Đơn vị tính: triệu đồng" without brackets
    above the table, and a note under it."""
import os
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK


def plan(path, above, below=None):
    d = docx.Document()

    def par(txt, bold=False, italic=False, center=False):
        p = d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = bold
        r.italic = italic

    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    c.paragraphs[0].add_run('UỶ BAN NHÂN DÂN').bold = True
    c.add_paragraph().add_run('XÃ ĐỒNG HƯU').bold = True
    c.add_paragraph('Số: 25/KH-UBND')
    c = t.cell(0, 1)
    c.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').bold = True
    c.add_paragraph().add_run('Độc lập - Tự do - Hạnh phúc').bold = True
    c.add_paragraph().add_run('Đồng Hưu, ngày 15 tháng 01 năm 2024').italic = True
    par('KẾ HOẠCH', True, center=True)
    par('Thu ngân sách xã năm 2024', True, center=True)
    par('I. MỤC TIÊU', True)
    par('- Hoàn thành dự toán thu ngân sách (Chi tiết theo Biểu số 02 đính kèm).')
    par('Trên đây là Kế hoạch thu ngân sách năm 2024 của UBND xã Đồng Hưu./.')
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    c.paragraphs[0].add_run('Nơi nhận:').bold = True
    c.add_paragraph('- UBND huyện;')
    c.add_paragraph('- Lưu: VT.')
    c = t.cell(0, 1)
    c.paragraphs[0].add_run('TM. ỦY BAN NHÂN DÂN').bold = True
    c.add_paragraph().add_run('CHỦ TỊCH').bold = True
    c.add_paragraph().add_run('Hoàng Văn An').bold = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    par('Biểu số 02', True, center=True)
    for line, bold, italic in above:
        par(line, bold, italic, center=True)
    rows = [['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán xã xây dựng'],
            ['I', 'Thu cân đối', '', ''],
            ['1', 'Thuế sử dụng đất phi nông nghiệp', '45', '50'],
            ['2', 'Lệ phí trước bạ', '1.200', '1.250'],
            ['', 'Tổng cộng', '1.245', '1.300']]
    t = d.add_table(rows=0, cols=4)
    t.style = 'Table Grid'
    for r in rows:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cs[i].text = v
    if below:
        par(below, False, True)
    d.save(path)


out = sys.argv[1]
os.makedirs(out, exist_ok=True)
plan(os.path.join(out, 'unit.docx'),
     [('DỰ TOÁN THU NGÂN SÁCH XÃ NĂM 2024', True, False),
      ('(Đơn vị tính: triệu đồng)', False, True)])
plan(os.path.join(out, 'title2.docx'),
     [('DỰ TOÁN THU NGÂN SÁCH XÃ', True, False), ('NĂM 2024', True, False)])
plan(os.path.join(out, 'unitnote.docx'),
     [('DỰ TOÁN THU NGÂN SÁCH XÃ NĂM 2024', True, False),
      ('Đơn vị tính: triệu đồng', False, True)], 'Nguồn: Ban Tài chính xã.')
