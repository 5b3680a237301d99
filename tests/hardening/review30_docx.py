"""tests/hardening/review30_docx.py DIR - the Word documents of
review30.sh, into DIR, made with python-docx on foreign28_docx.py's plan:
  - box40000.docx, box160000.docx: a text box anchored in the first
    paragraph whose text is the word "Số" 40,000 and 160,000 times, no
    colon (each "Số" was a look for the national name through the rest of
    the box's text: H1);
  - mueller.docx: review29_docx.py's plan (the Normal style in an old
    template's .VnTime), a paragraph typed in Unicode, Word's runs a word
    each, naming a firm: "- Nâng ", "cao ", "chất ", "lượng ", "cùng ",
    "Müller." (H4);
  - tcvnword.docx (control): review29's TCVN3 paragraph with one word
    typed in Unicode, "- X\\xa9y d\\xf9ng ", "đường ", "th\\xabn T\\xa9n
    L\\xcbp.": still "- Xây dựng đường thôn Tân Lập."."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from foreign28_docx import parse_xml, plan  # noqa: E402
from foreign29_docx import box_run  # noqa: E402
import review29_docx  # noqa: E402


def box_of(words):
    def head(doc):
        doc.add_paragraph()._p.append(parse_xml(box_run([('Số ' * words, False, False)])))
    return head


def main(out):
    for n in (40000, 160000):
        plan(os.path.join(out, 'box%d.docx' % n), head=box_of(n))
    review29_docx.plan(os.path.join(out, 'mueller.docx'),
                       ['- Nâng ', 'cao ', 'chất ', 'lượng ', 'cùng ', 'Müller.'])
    review29_docx.plan(os.path.join(out, 'tcvnword.docx'),
                       ['- X\xa9y d\xf9ng ', 'đường ', 'th\xabn T\xa9n L\xcbp.'])


if __name__ == '__main__':
    main(sys.argv[1])
