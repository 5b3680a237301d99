"""tests/hardening/user31_docx.py DIR [N] - the .docx files of user31.sh.

Without N: wrapped.docx, a commune's plan as an office has it when it
pasted last year's plan out of a PDF into Word: every line of the PDF a
paragraph of its own, broken mid-sentence ("... của Chính phủ Quy" over
"định cơ chế quản lý, ..."), the header and the signature in tables; and
wrapped.txt, the same lines as plain text, which import read right; and
listed.docx, a guard: a bullet of Word's "List Bullet" style that begins in
lower case under a paragraph left open is an item of its own; and
heading.docx, a guard: a bold heading without a full stop over a plain
paragraph that begins in lower case stays a heading.
With N: big.docx, N bullets of four line-paragraphs each (a sentence
wrapped over three more lines), for the timed case.
"""
import sys
import zipfile
import docx
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

out = sys.argv[1]


def new_doc():
    d = docx.Document()
    d.styles['Normal'].font.name = 'Times New Roman'
    d.styles['Normal'].font.size = Pt(14)
    return d


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


def header(d):
    h = d.add_table(rows=2, cols=2)
    noborders(h)
    cell(h.cell(0, 0), ['UBND HUYỆN YÊN THẾ', 'ỦY BAN NHÂN DÂN', 'XÃ TÂN AN'], bold=(1, 2))
    cell(h.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
         bold=(0, 1))
    cell(h.cell(1, 0), ['Số: 45/KH-UBND'])
    cell(h.cell(1, 1), ['Tân An, ngày 10 tháng 01 năm 2026'])


def para(d, s, bold=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(s)
    r.bold = bold
    return p


def signature(d):
    s = d.add_table(rows=1, cols=2)
    noborders(s)
    cell(s.cell(0, 0), ['Nơi nhận:', '- UBND huyện Yên Thế;', '- Lưu: VT.'], bold=(0,))
    cell(s.cell(0, 1), ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Hoàng Văn Bình'], bold=(0, 1, 3))


LINES = [
    'Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ Quy',
    'định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;',
    'Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành',
    'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025;',
    'Căn cứ Kế hoạch số 12/KH-UBND ngày 25/12/2025 của UBND huyện Yên Thế về thực',
    'hiện Chương trình xây dựng nông thôn mới năm 2026.',
    'UBND xã Tân An xây dựng Kế hoạch thực hiện năm 2026, như sau:',
    'I. MỤC TIÊU',
    '- Các cấp, ngành tổ chức quán triệt, tuyên truyền, nâng cao nhận thức cho',
    'cán bộ và cư dân nông thôn về các nội dung mới, yêu cầu mới của Chương trình',
    'MTQG xây dựng nông thôn mới giai đoạn 2021-2025.',
    '- Tổ chức các lớp tập huấn cho cán bộ làm công tác xây dựng nông thôn',
    'mới, chú trọng đối tượng là cán bộ cơ sở và Ban quản lý các thôn.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các thôn căn cứ Kế hoạch này tổ chức thực hiện, báo cáo kết quả về UBND xã',
    'trước ngày 10/12/2026.',
    'Trên đây là Kế hoạch thực hiện năm 2026 của UBND xã Tân An./.',
]

if len(sys.argv) > 2:
    n = int(sys.argv[2])
    d = new_doc()
    header(d)
    para(d, 'KẾ HOẠCH', bold=True)
    para(d, 'Thực hiện nhiệm vụ năm 2026', bold=True)
    para(d, 'I. NHIỆM VỤ', bold=True)
    para(d, 'BODY-MARK')
    para(d, 'Trên đây là Kế hoạch của UBND xã Tân An./.')
    signature(d)
    d.save(out + '/big.docx')
    # the bullets written into document.xml at the mark: python-docx's
    # add_paragraph takes time in the paragraphs before it
    lines = ('- Tổ chức các lớp tập huấn số %d cho cán bộ làm công tác xây dựng nông',
             'thôn mới, chú trọng đối tượng là cán bộ cơ sở và Ban quản lý các thôn',
             'với nội dung về chính sách trong xây dựng nông thôn mới giai đoạn',
             'tới; phát huy vai trò của cộng đồng trong xây dựng nông thôn mới.')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (lines[k] % (i + 1) if k == 0 else lines[k])
                   for i in range(n) for k in range(4))
    with zipfile.ZipFile(out + '/big.docx') as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts['word/document.xml'].decode('utf-8')
    at = xml.index('BODY-MARK')
    start, end = xml.rindex('<w:p>', 0, at), xml.index('</w:p>', at) + len('</w:p>')
    parts['word/document.xml'] = (xml[:start] + body + xml[end:]).encode('utf-8')
    with zipfile.ZipFile(out + '/big.docx', 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    sys.exit(0)

d = new_doc()
header(d)
para(d, 'KẾ HOẠCH', bold=True)
para(d, 'Thực hiện Chương trình xây dựng nông thôn mới năm 2026 trên địa bàn xã Tân An', bold=True)
for s in LINES:
    para(d, s, bold=s.startswith(('I. ', 'II. ')))
signature(d)
d.save(out + '/wrapped.docx')
with open(out + '/wrapped.txt', 'w', encoding='utf-8') as f:
    f.write('ỦY BAN NHÂN DÂN\nXÃ TÂN AN\nSố: 45/KH-UBND\n'
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'
            'Tân An, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\n'
            'Thực hiện Chương trình xây dựng nông thôn mới năm 2026 trên địa bàn xã Tân An\n\n')
    f.write('\n'.join(LINES) + '\n\nNơi nhận:\n- UBND huyện Yên Thế;\n- Lưu: VT.\n'
            'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHoàng Văn Bình\n')

d = new_doc()
header(d)
para(d, 'KẾ HOẠCH', bold=True)
para(d, 'Thực hiện nhiệm vụ năm 2026', bold=True)
para(d, 'I. NHIỆM VỤ', bold=True)
para(d, 'Các nhiệm vụ trọng tâm gồm')
para(d, 'tuyên truyền, vận động Nhân dân;', style='List Bullet')
para(d, 'tập huấn cho cán bộ thôn.', style='List Bullet')
para(d, 'Trên đây là Kế hoạch của UBND xã Tân An./.')
signature(d)
d.save(out + '/listed.docx')

d = new_doc()
header(d)
para(d, 'KẾ HOẠCH', bold=True)
para(d, 'Thực hiện nhiệm vụ năm 2026', bold=True)
para(d, 'I. NHIỆM VỤ', bold=True)
para(d, '1. Công tác tuyên truyền', bold=True)
para(d, 'đẩy mạnh tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới.')
para(d, 'Trên đây là Kế hoạch của UBND xã Tân An./.')
signature(d)
d.save(out + '/heading.docx')
