"""tests/hardening/s54review_docx.py - the Word documents of s54review.sh.

s54review_docx.py SRC DIR: SRC (khgen's .docx of plans/yen-the-2024.yaml)
with a table look written into DIR beside its "twin", the file as Word
shows it (the look typed as direct formatting, which import reads):
  - cnf-nw.docx: Biểu 02's table (the body's third; its first row the
    heading, a w:tblHeader row, the rows under it not) in a table style
    whose one conditional format is the top left cell's (w:tblStylePr
    w:type="nwCell") in italics, the table's w:tblLook applying the first
    row and the first column: Word shows that one cell, "STT", in
    italics, no other cell of the first row or the first column (the
    corner is where both meet: ECMA-376 17.7.6); twin: its runs italic.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s50attack_docx import q  # noqa: E402
from s51word_docx import write  # noqa: E402
from s53import_docx import cond, direct, rows, runs_of, style, styled_table, styles_with  # noqa: E402
from lxml import etree  # noqa: E402
import zipfile  # noqa: E402


def main():
    src, out = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(src)
    xml = z.read('word/document.xml')
    styles = z.read('word/styles.xml')

    def nw(root):
        cond(style(root, 'table', 'KhCorner'), 'nwCell', [('i', None)])
    d = etree.fromstring(xml)
    styled_table(list(d.iter(q('tbl')))[2], 'KhCorner', {'firstRow': '1', 'lastRow': '0', 'firstColumn': '1',
                 'lastColumn': '0', 'noHBand': '1', 'noVBand': '1'})
    write(src, os.path.join(out, 'cnf-nw.docx'), d, {'word/styles.xml': styles_with(styles, nw)})
    d = etree.fromstring(xml)
    for r in runs_of(rows(d, 2)[0].findall(q('tc'))[0]):
        direct(r, 'i')
    write(src, os.path.join(out, 'cnf-nw-twin.docx'), d)


if __name__ == '__main__':
    main()
