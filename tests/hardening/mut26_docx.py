"""tests/hardening/mut26_docx.py OUTDIR: the Word documents of mut26.sh -
a plan's header in a page header (src/docx_pagehead.c) at the bounds
session 26's mutation sweep found untested:
  - ph_none.docx: a body without the national name whose section names
    no page header (`<w:sectPr/>`): the body read, exit 0;
  - ph_order.docx: a first page with a page header of its own (w:titlePg),
    its "default" w:headerReference (a running title) listed before the
    "first" one (the plan's header): the first page's read;
  - ph_so.docx: a page header of the issuer and a "Số:" line whose word
    is in italics, no national name anywhere: read before the body;
  - ph_xa.docx: a body with its own header ("HUYỆN YÊN THẾ") beside a page
    header of another issuer ("XÃ TÂN LẬP"): the body's read, the page
    header not."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, C, HEAD, TAIL, para  # noqa: E402
from foreign25_docx import BODY, head_table, header, pagehead_docx  # noqa: E402


def main(out):
    running = header([para('Kế hoạch năm 2024 - bản dự thảo', C)])
    plan_head = header([head_table(), '<w:p/>'])

    def docx(name, body, sect, hdr1):
        pagehead_docx(os.path.join(out, name + '.docx'), body, sect, hdr1, running)
    docx('ph_none', HEAD[6:] + BODY + TAIL, '<w:sectPr/>', plan_head)
    order = ('<w:sectPr><w:headerReference w:type="default" r:id="rH2"/><w:headerReference '
             'w:type="first" r:id="rH1"/><w:titlePg/></w:sectPr>')
    docx('ph_order', HEAD[6:] + BODY + TAIL, order, plan_head)
    default = '<w:sectPr><w:headerReference w:type="default" r:id="rH1"/></w:sectPr>'
    # "Số" in italics, the rest upright: the line's text begins with a mark
    so_line = ('<w:p><w:pPr>%s</w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Số</w:t></w:r>'
               '<w:r><w:t xml:space="preserve">: 12/KH-UBND</w:t></w:r></w:p>' % C)
    so = header([HEAD[0], para('HUYỆN YÊN THẾ', C, B), so_line, '<w:p/>'])
    docx('ph_so', HEAD[6:] + BODY + TAIL, default, so)
    docx('ph_xa', HEAD + BODY + TAIL, default, header([head_table('XÃ TÂN LẬP'), '<w:p/>']))


if __name__ == '__main__':
    main(sys.argv[1])
