#!/usr/bin/env python3
"""char_style.py OUT.docx - a small plan whose headings are bold through a
character style (w:rStyle, as LibreOffice writes "Strong Emphasis" or a
user's bold style), not through the run's own w:b. tests/import/run.sh
imports it: its clauses with items must come back bold (no `style: plain`).
Run with /usr/bin/python3 (python3-docx)."""
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE

d = docx.Document()
strong = d.styles.add_style("TTB", WD_STYLE_TYPE.CHARACTER)
strong.font.bold = True


def para(text, bold=False):
    p = d.add_paragraph()
    p.add_run(text, style="TTB" if bold else None)


for text in ["ỦY BAN NHÂN DÂN XÃ AN BÌNH", "KẾ HOẠCH",
             "Thực hiện nhiệm vụ năm 2024 trên địa bàn xã An Bình",
             "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2024 của UBND huyện về việc giao chỉ tiêu;",
             "UBND xã xây dựng Kế hoạch như sau:"]:
    para(text)
para("I. NHIỆM VỤ", bold=True)
para("1. Tuyên truyền", bold=True)
para("- Tổ chức hội nghị tuyên truyền tại các thôn.")
para("2. Kiểm tra", bold=True)
para("- Kiểm tra kết quả thực hiện tại các thôn.")
para("Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND xã An Bình./.")
d.save(sys.argv[1])
