"""tests/hardening/s55user_docx.py DIR - writes into DIR the Word files of
s55user.sh: the plan of 2025 of UBND đặc khu Phú Quốc (tỉnh An Giang), typed
by hand in Word as an official would (python-docx): the header in a
borderless table of two columns with its rules typed as underscores,
"KẾ HOẠCH", the subject line, the legal bases, the opening, numbering
typed as text ("I.", "1.", "a)", "-", "+"), section III's sentences
naming units, the closing, Nơi nhận and the signature in a borderless
table, and Biểu 01 on a page of its own, its header of merged cells.
  pq.docx        a rule typed under the subject line ("_________") and
                 under Biểu 01's "(Kèm theo ...)" line
  pq-plain.docx  the same without the two typed rules
  pq-dash.docx, pq-emdash.docx, pq-equals.docx  pq.docx with the rules
                 typed "-----------", "———————" and "=========="."""
import os
import sys

import docx  # python-docx
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def noborders(t):
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e)
        x.set(qn('w:val'), 'nil')
        b.append(x)
    t._tbl.tblPr.append(b)


def cellpara(cell, text, bold=False, italic=False, size=None, align=AL.CENTER, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)


def plan(path, rule):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name, st.font.size = 'Times New Roman', Pt(14)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin, s.right_margin = Cm(3), Cm(2)

    def para(text, bold=False, italic=False, align=AL.JUSTIFY, indent=True):
        p = d.add_paragraph()
        p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic

    h = d.add_table(rows=1, cols=2)
    noborders(h)
    left, right = h.rows[0].cells
    cellpara(left, 'ỦY BAN NHÂN DÂN', size=13, first=True)
    cellpara(left, 'ĐẶC KHU PHÚ QUỐC', bold=True, size=13)
    cellpara(left, '_______', size=13)
    cellpara(left, 'Số: 215/KH-UBND', size=13)
    cellpara(right, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True, size=12, first=True)
    cellpara(right, 'Độc lập - Tự do - Hạnh phúc', bold=True, size=13)
    cellpara(right, '________________________', size=13)
    cellpara(right, 'Phú Quốc, ngày 15 tháng 8 năm 2025', italic=True, size=13)
    d.add_paragraph()
    para('KẾ HOẠCH', bold=True, align=AL.CENTER, indent=False)
    para('Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên '
         'địa bàn đặc khu Phú Quốc năm 2025', bold=True, align=AL.CENTER, indent=False)
    if rule:
        para(rule, align=AL.CENTER, indent=False)
    for b in ['Căn cứ Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính '
              'phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn '
              '2021-2025;',
              'Căn cứ Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ '
              'ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã '
              'nông thôn mới nâng cao giai đoạn 2021-2025;',
              'Căn cứ Nghị quyết số 1679/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường '
              'vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm '
              '2025;',
              'Căn cứ tình hình thực tế của địa phương;']:
        para(b)
    para('Ủy ban nhân dân đặc khu Phú Quốc ban hành Kế hoạch triển khai thực hiện Chương trình '
         'mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn đặc khu năm 2025, cụ thể như '
         'sau:')
    para('I. MỤC TIÊU', bold=True)
    para('1. Mục tiêu chung', bold=True)
    para('- Phấn đấu hoàn thành thêm 09 tiêu chí khu dân cư nông thôn mới kiểu mẫu trên địa '
         'bàn đặc khu;')
    para('- Duy trì và nâng cao chất lượng các tiêu chí đã đạt.')
    para('2. Mục tiêu cụ thể', bold=True)
    para('a) Đối với các ấp phấn đấu đạt chuẩn:', italic=True)
    para('- Ấp Gành Dầu: 04 tiêu chí (Nhà ở dân cư; Văn hóa; Môi trường; Quốc phòng và an '
         'ninh).')
    para('- Ấp Bãi Thơm: 03 tiêu chí (Giao thông; Văn hóa; Môi trường).')
    para('+ Riêng tiêu chí Giao thông, hoàn thành trước ngày 30/9/2025.')
    para('b) Đối với các ấp đã đạt chuẩn:', italic=True)
    para('Các ấp Suối Lớn, Rạch Tràm tiếp tục duy trì các tiêu chí đã đạt (chi tiết theo Biểu '
         '01 kèm theo).')
    para('II. NHIỆM VỤ, GIẢI PHÁP', bold=True)
    para('1. Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia đặc khu sau sắp xếp đơn '
         'vị hành chính.')
    para('2. Đẩy mạnh công tác tuyên truyền, vận động người dân.')
    para('III. TỔ CHỨC THỰC HIỆN', bold=True)
    para('1. Phòng Kinh tế chủ trì, phối hợp với Văn phòng HĐND và UBND đặc khu tham mưu UBND '
         'đặc khu phân bổ nguồn vốn thực hiện Chương trình năm 2025; hoàn thành trong quý III '
         'năm 2025.')
    para('2. Phòng Văn hóa - Xã hội chủ trì hướng dẫn các ấp thực hiện tiêu chí Văn hóa; hoàn '
         'thành trước ngày 31/10/2025.')
    para('Trên đây là Kế hoạch triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng '
         'nông thôn mới trên địa bàn đặc khu Phú Quốc năm 2025./.')
    s = d.add_table(rows=1, cols=2)
    noborders(s)
    left, right = s.rows[0].cells
    cellpara(left, 'Nơi nhận:', bold=True, italic=True, size=12, align=AL.LEFT, first=True)
    for x in ['- UBND tỉnh An Giang;', '- TT. Đảng ủy đặc khu;', '- Các ấp, khu phố;',
              '- Lưu: VT.']:
        cellpara(left, x, size=11, align=AL.LEFT)
    cellpara(right, 'KT. CHỦ TỊCH', bold=True, first=True)
    cellpara(right, 'PHÓ CHỦ TỊCH', bold=True)
    for _ in range(3):
        cellpara(right, '')
    cellpara(right, 'Trần Văn Hải', bold=True)
    d.add_page_break()
    para('Biểu 01', bold=True, align=AL.RIGHT, indent=False)
    para('KẾT QUẢ VÀ KẾ HOẠCH THỰC HIỆN TIÊU CHÍ CỦA CÁC ẤP NĂM 2025', bold=True,
         align=AL.CENTER, indent=False)
    para('(Kèm theo Kế hoạch số 215/KH-UBND ngày 15/8/2025 của UBND đặc khu Phú Quốc)',
         italic=True, align=AL.CENTER, indent=False)
    if rule:
        para(rule[:7], align=AL.CENTER, indent=False)
    t = d.add_table(rows=2, cols=5)
    t.style = 'Table Grid'
    top, low = t.rows[0].cells, t.rows[1].cells
    top[0].merge(low[0]).text = 'TT'
    top[1].merge(low[1]).text = 'Tên ấp'
    top[2].merge(top[3]).text = 'Số tiêu chí'
    low[2].text = 'Đã đạt đến 31/12/2024'
    low[3].text = 'Kế hoạch năm 2025'
    top[4].merge(low[4]).text = 'Ghi chú'
    for row in [('1', 'Ấp Gành Dầu', '15', '19', 'Phấn đấu đạt chuẩn'),
                ('2', 'Ấp Bãi Thơm', '16', '19', 'Phấn đấu đạt chuẩn'),
                ('3', 'Ấp Suối Lớn', '19', '19', 'Duy trì')]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    c = t.add_row().cells
    c[0].merge(c[1]).text = 'Tổng cộng'
    c[2].text, c[3].text = '50', '57'
    d.save(path)


out = sys.argv[1]
plan(os.path.join(out, 'pq.docx'), '_________')
plan(os.path.join(out, 'pq-plain.docx'), None)
plan(os.path.join(out, 'pq-dash.docx'), '-----------')
plan(os.path.join(out, 'pq-emdash.docx'), '———————')
plan(os.path.join(out, 'pq-equals.docx'), '==========')
