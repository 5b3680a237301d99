"""tests/hardening/review29_docx.py DIR - the Word documents of
review29.sh, into DIR, made with python-docx on foreign28_docx.py's plan
(its header table, title, signature), the Normal style in an old
template's .VnTime font:
  - tcvnword.docx: a paragraph typed in TCVN3's codes with one word typed
    in Unicode, as an old plan corrected on a newer machine: the runs
    "- X\\xa9y d\\xf9ng " (TCVN3), "đường " (Unicode) and "th\\xabn T\\xa9n
    L\\xcbp." (TCVN3): "- Xây dựng đường thôn Tân Lập.";
  - unicodeword.docx (control, s28foreign's case): a paragraph typed in
    Unicode, Word's runs a word each, "Nâng ", "cao ", "chất ", "lượng ",
    "500 ", "m²." (the runs of Windows-1252 letters alone, and "m²", are
    Unicode too): "- Nâng cao chất lượng 500 m²."."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import foreign28_docx as f  # noqa: E402  (its helpers: header, par, restyle, row_signature)
import docx  # noqa: E402  python-docx
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL  # noqa: E402
from docx.shared import Pt  # noqa: E402


def plan(path, runs):
    doc = docx.Document()
    doc.styles['Normal'].font.size = Pt(14)
    f.header(doc)
    f.par(doc, 'KẾ HOẠCH', True, align=AL.CENTER)
    f.par(doc, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', True, align=AL.CENTER)
    f.par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:')
    f.par(doc, 'I. MỤC ĐÍCH, YÊU CẦU', True)
    p = doc.add_paragraph()
    for w in runs:
        p.add_run(w)
    f.par(doc, 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.')
    f.row_signature('-')(doc)
    doc.save(path)
    f.restyle(path, lambda s: re.sub(r'(w:styleId="Normal">.*?)(<w:rPr>)',
                                     r'\1\2<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>',
                                     s, count=1, flags=re.S), 'word/styles.xml')


def main(out):
    plan(os.path.join(out, 'tcvnword.docx'), ['- X\xa9y d\xf9ng ', 'đường ', 'th\xabn T\xa9n L\xcbp.'])
    plan(os.path.join(out, 'unicodeword.docx'), ['- Nâng ', 'cao ', 'chất ', 'lượng ', '500 ', 'm².'])


if __name__ == '__main__':
    main(sys.argv[1])
