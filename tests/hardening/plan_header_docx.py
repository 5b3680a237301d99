"""plan_header_docx.py - the header table of a Word plan, built with
python-docx, shared by review32.sh, review33.sh, review34.sh, mut33.sh and
mut34.sh (each once embedded the same loop: session 33's note).

The table is the two-column header every commune's plan opens with: the
issuer (ỦY BAN NHÂN DÂN / XÃ BÌNH TRUNG) and the Quốc hiệu (CỘNG HÒA ... /
Độc lập - Tự do - Hạnh phúc) in its first row, the number (Số: 15/KH-UBND)
and the place and date (Bình Trung, ngày 10 tháng 01 năm 2024) in its
second; each line of a cell its own bold paragraph, as pandoc and Word
write them. A suite imports it with the suite's directory on PYTHONPATH
(`PYTHONPATH="$(dirname "$0")" python3 - ...`).
"""

HEADER_CELLS = {
    (0, 0): 'ỦY BAN NHÂN DÂN\nXÃ BÌNH TRUNG',
    (0, 1): 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    (1, 0): 'Số: 15/KH-UBND',
    (1, 1): 'Bình Trung, ngày 10 tháng 01 năm 2024',
}


def add_header_table(d):
    """Adds the header table to the python-docx Document d and returns it."""
    t = d.add_table(rows=2, cols=2)
    for (r, c), s in HEADER_CELLS.items():
        lines = s.split('\n')
        t.cell(r, c).paragraphs[0].add_run(lines[0]).bold = True
        for line in lines[1:]:
            t.cell(r, c).add_paragraph().add_run(line).bold = True
    return t
