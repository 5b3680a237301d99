"""tests/hardening/review25_docx.py DIR - the Word document of review25.sh,
into DIR, written with zipfile (foreign25_docx.py's parts):
  - hdrself.docx: the first section's page header ("first", w:titlePg)
    names, through its relationship, the main part word/document.xml
    itself; the body holds "Số:" but no national name. Import read the
    whole body a second time before it, every paragraph twice, exit 0."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import HEAD, REL, TAIL, para  # noqa: E402
from foreign25_docx import BODY, document, numbering, package, rels, types  # noqa: E402


def main(out):
    first = '<w:sectPr><w:headerReference w:type="first" r:id="rH1"/><w:titlePg/></w:sectPr>'
    body = HEAD[6:] + [para('Số: 12/KH-UBND')] + BODY + [para('Việc riêng một lần.')] + TAIL
    package(os.path.join(out, 'hdrself.docx'),
            [('[Content_Types].xml', types('word/document.xml')),
             ('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'word/document.xml')])),
             ('word/_rels/document.xml.rels',
              rels([('rId2', REL, 'numbering', 'numbering.xml'), ('rH1', REL, 'header', 'document.xml')])),
             ('word/document.xml', document(body, sect=first)), ('word/numbering.xml', numbering())])


if __name__ == '__main__':
    main(sys.argv[1])
