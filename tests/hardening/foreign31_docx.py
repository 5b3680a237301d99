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
  - khbc.docx: "PHÒNG KẾ HOẠCH - BÁO CÁO" (two kinds' words)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
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


if __name__ == '__main__':
    main(sys.argv[1])
