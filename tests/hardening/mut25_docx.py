#!/usr/bin/python3
"""tests/hardening/mut25_docx.py OUT - the Word documents of mut25.sh:
  - brstar.docx: items typed with line breaks (w:br) in one paragraph
    after a line whose typed star ("Chỉ tiêu*") is followed by a word in
    italics: Word shows the items a line each."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, para, write  # noqa: E402


def main(out):
    br = '<w:br/>'
    write(os.path.join(out, 'brstar.docx'),
          [para('I. MỤC TIÊU', '', B),
           '<w:p><w:r><w:t>Chỉ tiêu*</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>(theo Nghị quyết)'
           '</w:t></w:r><w:r><w:t>:</w:t>%s<w:t>1. Nâng cao đời sống.</w:t>%s'
           '<w:t>2. Bảo đảm an ninh.</w:t></w:r></w:p>' % (br, br),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường.')], '')


if __name__ == '__main__':
    main(sys.argv[1])
