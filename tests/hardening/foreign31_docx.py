"""tests/hardening/foreign31_docx.py DIR - the Word documents of
foreign31.sh, into DIR, made with python-docx on foreign28_docx.py's plan,
each with a header whose issuer is a department whose own name holds a
document kind's word (the word "KẾ HOẠCH" of the plan's title):
  - tckh.docx: a plain "UBND HUYỆN YÊN THẾ" over a bold "PHÒNG TÀI CHÍNH -
    KẾ HOẠCH" (s30fixlow's leftover);
  - tckh_wrap.docx: the name broken over two lines, "PHÒNG TÀI CHÍNH -"
    over "KẾ HOẠCH", as a narrow header cell wraps it;
  - skhdt.docx: "UBND TỈNH BẮC GIANG" over "SỞ KẾ HOẠCH VÀ ĐẦU TƯ";
  - tckh_nodash.docx: "PHÒNG TÀI CHÍNH KẾ HOẠCH", the dash left out;
  - khbc.docx: "PHÒNG KẾ HOẠCH - BÁO CÁO" (two kinds' words);
  - email.docx: a plan pasted into an e-mail, its lines "<br>" and its
    paragraphs "<br><br>", as LibreOffice converts the page (`soffice
    --convert-to docx` of the .html): the whole plan one paragraph of
    line breaks, then the mail's own signature, "--" over "Gửi từ điện
    thoại"."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx  # noqa: E402

import foreign28_docx as f  # noqa: E402
from foreign28_docx import lines, noborders  # noqa: E402


def header_of(issuer):
    def header(doc, **_):
        t = doc.add_table(rows=2, cols=2)
        noborders(t)
        lines(t.cell(0, 0), issuer)
        lines(t.cell(0, 1), [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False),
                             ('Độc lập - Tự do - Hạnh phúc', True, False)])
        lines(t.cell(1, 0), [('Số: 125/KH-TCKH', False, False)])
        lines(t.cell(1, 1), [('Yên Thế, ngày 15 tháng 01 năm 2024', False, True)])
    return header


EMAIL = [('ỦY BAN NHÂN DÂN', 0), ('XÃ ĐỒNG HƯU', 0), ('Số: 12/KH-UBND', 0), None,
         ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0), ('Độc lập - Tự do - Hạnh phúc', 0), None,
         ('Đồng Hưu, ngày 05 tháng 01 năm 2024', 0), None, ('KẾ HOẠCH', 1),
         ('Thực hiện nhiệm vụ xây dựng nông thôn mới năm 2024', 1), None,
         ('Căn cứ Kế hoạch số 03/KH-UBND ngày 11/01/2024 của UBND huyện Yên Thế;', 0), None,
         ('UBND xã xây dựng Kế hoạch như sau:', 0), None, ('I. MỤC ĐÍCH, YÊU CẦU', 1),
         ('1. Hoàn thành 19/19 tiêu chí xã nông thôn mới.', 0),
         ('2. Thu nhập bình quân đạt 55 triệu đồng/người/năm.', 0), None, ('II. NHIỆM VỤ', 1),
         ('- Công chức Địa chính - Xây dựng chủ trì rà soát quy hoạch, hoàn thành trước ngày 30/6/2024.', 0),
         ('- Văn phòng - Thống kê tổng hợp báo cáo.', 0), None, ('Trên đây là Kế hoạch của UBND xã./.', 0), None,
         ('Nơi nhận:', 1), ('- UBND huyện;', 0), ('- Lưu: VT.', 0), None, ('TM. ỦY BAN NHÂN DÂN', 1),
         ('CHỦ TỊCH', 1), None, ('Nguyễn Văn A', 0)]


def email(path):
    doc = docx.Document()
    p = doc.add_paragraph()
    for i, line in enumerate(EMAIL):
        if i:
            p.add_run().add_break()
        if line:
            p.add_run(line[0]).bold = bool(line[1])
    p = doc.add_paragraph()
    p.add_run('--').add_break()
    p.add_run('Gửi từ điện thoại')
    doc.save(path)


def main(out):
    top = ('UBND HUYỆN YÊN THẾ', False, False)
    cases = {
        'tckh': [top, ('PHÒNG TÀI CHÍNH - KẾ HOẠCH', True, False)],
        'tckh_wrap': [top, ('PHÒNG TÀI CHÍNH -', True, False), ('KẾ HOẠCH', True, False)],
        'skhdt': [('UBND TỈNH BẮC GIANG', False, False), ('SỞ KẾ HOẠCH VÀ ĐẦU TƯ', True, False)],
        'tckh_nodash': [top, ('PHÒNG TÀI CHÍNH KẾ HOẠCH', True, False)],
        'khbc': [top, ('PHÒNG KẾ HOẠCH - BÁO CÁO', True, False)],
    }
    for name, issuer in cases.items():
        f.plan(os.path.join(out, name + '.docx'), head=header_of(issuer))
    email(os.path.join(out, 'email.docx'))


if __name__ == '__main__':
    main(sys.argv[1])
