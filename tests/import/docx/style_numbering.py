#!/usr/bin/env python3
"""style_numbering.py OUT.docx - a small plan whose numbered clauses take
their numbers from a paragraph style (Word's "List Number", numPr in
word/styles.xml, none in the paragraphs), and whose implementation section
assigns work in one sentence per clause. tests/import/run.sh imports it.
Run with /usr/bin/python3 (python3-docx)."""
import sys

import docx

d = docx.Document()
for text in ["ỦY BAN NHÂN DÂN XÃ AN BÌNH", "KẾ HOẠCH",
             "Thực hiện nhiệm vụ năm 2024 trên địa bàn xã An Bình",
             "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2024 của UBND huyện về việc giao chỉ tiêu;",
             "UBND xã xây dựng Kế hoạch như sau:", "I. MỤC TIÊU"]:
    d.add_paragraph(text)
d.add_paragraph("Hoàn thành các chỉ tiêu được giao trong năm 2024.")
d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
for text in ["Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp với Công chức Tư pháp - Hộ tịch, "
             "Công chức Địa chính - Xây dựng tuyên truyền kế hoạch đến người dân.",
             "Giao Công chức Văn phòng - Thống kê theo dõi, đôn đốc các thôn thực hiện kế hoạch."]:
    d.add_paragraph(text, style="List Number")
d.add_paragraph("Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND xã An Bình./.")
d.save(sys.argv[1])
