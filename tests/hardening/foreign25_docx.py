"""tests/hardening/foreign25_docx.py DIR - the Word documents of
foreign25.sh, into DIR, each a whole Kế hoạch written with zipfile
(attack14_docx.py) so that it holds exactly the package under test:
  - xxe.docx: word/document.xml with a DOCTYPE whose external entity names
    a file ("Bí mật &xxe;."): Word refuses a part with a DTD, LibreOffice
    opens nothing; import left the entity's text out without a word;
  - entity.docx: the same with an internal entity only ("thôn &nm;.");
  - otherfolder.docx: the main part is doc/main.xml (_rels/.rels names it,
    as some converters write), its list numbering in doc/numbering.xml:
    KH756 said it was no Word document;
  - case.docx: the parts named Word/Document.xml and Word/Numbering.xml
    (OPC compares part names whatever their case);
  - pagehead.docx: the two-column header (issuer, "Số:", national name,
    motto, place and date) typed in the first page's page header
    (w:titlePg, a "first" w:headerReference), the body from "KẾ HOẠCH";
  - pagehead_logo.docx: a page header of a running title only, beside a
    body with its own header: the body read as before;
  - pagehead_both.docx: the header in the body and again in the page
    header: read once."""
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import (B, C, CT, HEAD, NS, REL, TAIL, abstract, instance, lvl,  # noqa: E402
                           num, para)

PR = 'http://schemas.openxmlformats.org/package/2006/relationships'
BODY = [para('MỤC TIÊU', num(1, 0), B), para('Nâng cao đời sống người dân.', num(1, 1)),
        para('Xây dựng đường thôn Tân Lập.', num(1, 1)), para('NHIỆM VỤ', num(1, 0), B),
        para('Làm đường giao thông.', num(1, 1))]
LIST = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.')) + instance(1, 1)


def types(main):
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/%s" '
            'ContentType="%sdocument.main+xml"/></Types>' % (main, CT))


def rels(items):
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">%s</Relationships>' %
            (PR, ''.join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % i for i in items)))


def document(paras, decl='', sect='<w:sectPr/>'):
    return ('<?xml version="1.0" encoding="UTF-8"?>%s<w:document %s><w:body>%s%s</w:body>'
            '</w:document>' % (decl, NS, ''.join(paras), sect))


def numbering():
    return '<?xml version="1.0" encoding="UTF-8"?><w:numbering %s>%s</w:numbering>' % (NS, LIST)


def package(path, entries):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for name, data in entries:
        z.writestr(name, data)
    z.close()


def header(paras):
    """a page header part of the paragraphs (and tables) paras"""
    return '<?xml version="1.0" encoding="UTF-8"?><w:hdr %s>%s</w:hdr>' % (NS, ''.join(paras))


def head_table(issuer=None):
    """the plan's two-column header as a table: the issuer (its second line
    issuer, HEAD's by default) and "Số:", the national name and motto over
    the place and date"""
    def cell(inner):
        return '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>%s</w:tc>' % inner
    second = HEAD[1] if issuer is None else para(issuer, C, B)
    return ('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/>'
            '</w:tblGrid><w:tr>%s%s</w:tr><w:tr>%s%s</w:tr></w:tbl>' %
            (cell(HEAD[0] + second), cell(HEAD[3] + HEAD[4]), cell(HEAD[2]), cell(HEAD[5])))


def pagehead_docx(path, body, sect, hdr1, hdr2):
    """a .docx of the body's paragraphs whose last section is sect, with the
    page headers hdr1 (relationship rH1) and hdr2 (rH2)"""
    package(path, [('[Content_Types].xml', types('word/document.xml')),
                   ('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'word/document.xml')])),
                   ('word/_rels/document.xml.rels',
                    rels([('rId2', REL, 'numbering', 'numbering.xml'), ('rH1', REL, 'header', 'header1.xml'),
                          ('rH2', REL, 'header', 'header2.xml')])),
                   ('word/document.xml', document(body, sect=sect)), ('word/numbering.xml', numbering()),
                   ('word/header1.xml', hdr1), ('word/header2.xml', hdr2)])


def main(out):
    # a DTD: an external entity, an internal one
    dtd = ('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">'
           '<!ENTITY nm "Tân Lập">]>')
    for name, text in (('xxe', 'Bí mật &xxe;.'), ('entity', 'Xây dựng đường thôn &nm;.')):
        package(os.path.join(out, name + '.docx'),
                [('[Content_Types].xml', types('word/document.xml')),
                 ('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'word/document.xml')])),
                 ('word/_rels/document.xml.rels', rels([('rId2', REL, 'numbering', 'numbering.xml')])),
                 ('word/document.xml', document(HEAD + BODY[:2] + [para(text, num(1, 1))] + BODY[3:] +
                                                TAIL, dtd)),
                 ('word/numbering.xml', numbering())])
    # the main part in another folder, its numbering beside it
    package(os.path.join(out, 'otherfolder.docx'),
            [('[Content_Types].xml', types('doc/main.xml')),
             ('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'doc/main.xml')])),
             ('doc/_rels/main.xml.rels', rels([('rId2', REL, 'numbering', 'numbering.xml')])),
             ('doc/main.xml', document(HEAD + BODY + TAIL)), ('doc/numbering.xml', numbering())])
    # part names in another case
    package(os.path.join(out, 'case.docx'),
            [('[Content_Types].xml', types('word/document.xml')),
             ('_rels/.rels', rels([('rId1', REL, 'officeDocument', 'word/document.xml')])),
             ('Word/Document.xml', document(HEAD + BODY + TAIL)), ('Word/Numbering.xml', numbering())])
    # the header in the first page's page header
    first = ('<w:sectPr><w:headerReference w:type="first" r:id="rH1"/><w:headerReference '
             'w:type="default" r:id="rH2"/><w:titlePg/></w:sectPr>')
    running = header([para('Kế hoạch năm 2024 - bản dự thảo', C)])
    for name, body, hdr1 in (('pagehead', HEAD[6:] + BODY + TAIL, header([head_table(), '<w:p/>'])),
                             ('pagehead_logo', HEAD + BODY + TAIL, running),
                             ('pagehead_both', HEAD + BODY + TAIL, header([head_table(), '<w:p/>']))):
        pagehead_docx(os.path.join(out, name + '.docx'), body, first, hdr1, running)

if __name__ == '__main__':
    main(sys.argv[1])
