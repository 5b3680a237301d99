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
    header not;
and the main part a package's _rels/.rels names outside word/
(src/docx_part.c), read only when [Content_Types].xml gives it a Word
document's type in an Override:
  - ct_xlsx.docx: a workbook's package renamed .docx (xl/workbook.xml, a
    spreadsheet's type, after an Override of another part): no Word
    document (KH756);
  - ct_other.docx: doc/main.xml given the Word type by an element that is
    no Override: no Word document (KH756);
  - first_entry.docx: word/document2.xml, named by _rels/.rels, the zip's
    first entry, no Override for it (a part under word/ needs none): read."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, C, CT, HEAD, REL, TAIL, para  # noqa: E402
from foreign25_docx import (BODY, document, head_table, header, package, pagehead_docx,  # noqa: E402
                            rels)


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

    # the main part outside word/, its content type in [Content_Types].xml
    def typed(name, overrides):
        ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
              'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
              '%s</Types>' % overrides)
        package(os.path.join(out, name + '.docx'),
                [('[Content_Types].xml', ct),
                 ('_rels/.rels', rels([('rId1', REL, 'officeDocument', MAIN[name])])),
                 (MAIN[name], document(HEAD + BODY + TAIL))])
    MAIN = {'ct_xlsx': 'xl/workbook.xml', 'ct_other': 'doc/main.xml'}
    typed('ct_xlsx', '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
          'package.core-properties+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    typed('ct_other', '<Part PartName="/doc/main.xml" ContentType="%sdocument.main+xml"/>' % CT)

    # word/document2.xml first in the zip, [Content_Types].xml without its Override
    package(os.path.join(out, 'first_entry.docx'),
            [('word/document2.xml', document(HEAD + BODY + TAIL)),
             ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
              'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
              'ContentType="application/xml"/></Types>'),
             ('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'word/document2.xml')]))])


if __name__ == '__main__':
    main(sys.argv[1])
