"""tests/hardening/fiximp24_docx.py DIR - the Word files of fiximp24.sh,
into DIR, as an office types them in Word (python-docx, not khgen):
  - bullet2.docx: bullets in Word's "List Bullet" and "List Bullet 2"
    styles (the second level by its style alone, no w:numPr of its own),
    and "List Number" / "List Number 2";
  - nosig.docx: a plan with no signature block, its closing then a page
    "Biểu số 01" with a table."""
import os
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK


def head(d):
    def par(txt, bold=False, italic=False, center=False, style=None):
        p = d.add_paragraph(style=style)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = bold
        r.italic = italic
        return p
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
    return par


def signature(d):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    c.paragraphs[0].add_run('Nơi nhận:').bold = True
    c.add_paragraph('- UBND huyện;')
    c.add_paragraph('- Lưu: VT.')
    c = t.cell(0, 1)
    c.paragraphs[0].add_run('TM. ỦY BAN NHÂN DÂN').bold = True
    c.add_paragraph().add_run('CHỦ TỊCH').bold = True
    c.add_paragraph().add_run('Hoàng Văn An').bold = True


out = sys.argv[1]
os.makedirs(out, exist_ok=True)

d = docx.Document()
par = head(d)
par('I. MỤC TIÊU', True)
par('Tuyên truyền sâu rộng', style='List Bullet')
par('Tại các thôn, bản', style='List Bullet 2')
par('Tại trường học', style='List Bullet 2')
par('Kiểm tra định kỳ', style='List Bullet')
par('II. NHIỆM VỤ', True)
par('Rà soát hồ sơ', style='List Number')
par('Hồ sơ đất đai', style='List Bullet 2')
par('Trên đây là Kế hoạch thu ngân sách năm 2024 của UBND xã Đồng Hưu./.')
signature(d)
d.save(os.path.join(out, 'bullet2.docx'))

d = docx.Document()
par = head(d)
par('I. MỤC TIÊU', True)
par('- Hoàn thành dự toán thu ngân sách (Chi tiết theo Biểu số 01 đính kèm).')
par('Trên đây là Kế hoạch thu ngân sách năm 2024 của UBND xã Đồng Hưu./.')
d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
par('Biểu số 01', True, center=True)
par('DỰ TOÁN THU NGÂN SÁCH XÃ NĂM 2024', True, center=True)
rows = [['STT', 'Nội dung', 'Dự toán'],
        ['1', 'Thuế sử dụng đất phi nông nghiệp', '45'],
        ['2', 'Lệ phí trước bạ', '1.200']]
t = d.add_table(rows=0, cols=3)
t.style = 'Table Grid'
for r in rows:
    cs = t.add_row().cells
    for i, v in enumerate(r):
        cs[i].text = v
d.save(os.path.join(out, 'nosig.docx'))
