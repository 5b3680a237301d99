#!/usr/bin/python3
"""tests/hardening/s51review_docx.py SRC.docx OUTDIR - the Word documents
of tests/hardening/s51review.sh, each SRC (a .docx khgen built from
plans/yen-the-2024.yaml) with one edit of its word/document.xml (lxml),
its content controls made as s50attack_docx.py makes them:

  - bind-nested.docx: the title's run in a plain-text content control
    bound to the core properties' title, inside another such control bound
    to the same node (a generator's or a hand's doing: Word nests no
    control in a plain-text one), the core title "... năm 2099": Word
    shows the outer's store text, once (B1);
  - bind-noxpath.docx: the title's control bound to the core properties
    with no w:xpath (a damaged binding), the core title "... năm 2099":
    the control keeps its saved text (B2g);
  - bind-manyrels.docx: the place and date line's control bound to a
    custom XML part (s50attack's bind-custom.docx), the main part's
    relationships holding 70 hyperlinks (external) before the customXml
    one: the store's "Yên Thế, ngày 15 tháng 01 năm 2025" (B3g)."""
import os
import sys
import zipfile

from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import s50attack_docx as a  # noqa: E402

TITLE = '/ns1:coreProperties[1]/ns0:title[1]'
HYPERLINK = ('<Relationship Id="rIdLink%d" Type="http://schemas.openxmlformats.org/officeDocument/'
             '2006/relationships/hyperlink" Target="https://example.gov.vn/van-ban/%d" '
             'TargetMode="External"/>')


def bound_around(el):
    """el put in a plain-text content control bound to the core title."""
    sdt = etree.Element(a.q('sdt'))
    pr = etree.SubElement(sdt, a.q('sdtPr'))
    db = etree.SubElement(pr, a.q('dataBinding'))
    db.set(a.q('prefixMappings'), a.CORE_MAPS)
    db.set(a.q('xpath'), TITLE)
    db.set(a.q('storeItemID'), a.CORE)
    etree.SubElement(pr, a.q('text'))
    content = etree.SubElement(sdt, a.q('sdtContent'))
    el.getparent().replace(el, sdt)
    content.append(el)
    return sdt


def nested(doc):
    r = [r for r in doc.iter(a.q('r')) if 'Triển khai thực hiện' in a.text_of(r)][0]
    bound_around(bound_around(r))


def no_xpath(doc):
    r = [r for r in doc.iter(a.q('r')) if 'Triển khai thực hiện' in a.text_of(r)][0]
    db = bound_around(r).find(a.q('sdtPr')).find(a.q('dataBinding'))
    del db.attrib[a.q('xpath')]


def main():
    src, out = sys.argv[1], sys.argv[2]
    xml = zipfile.ZipFile(src).read('word/document.xml').decode('utf-8')
    for name, edit in (('bind-nested', nested), ('bind-noxpath', no_xpath)):
        doc = a.root(xml)
        edit(doc)
        a.write(src, os.path.join(out, name + '.docx'), doc, a.stores(src, 'core', doc))
    doc = a.root(xml)
    a.bind(doc, 'custom')
    extra = a.stores(src, 'custom', doc)
    rels = extra['word/_rels/document.xml.rels'].decode('utf-8')
    links = ''.join(HYPERLINK % (k, k) for k in range(70))
    extra['word/_rels/document.xml.rels'] = rels.replace('<Relationship Id="rIdKh1"', links +
                                                         '<Relationship Id="rIdKh1"').encode()
    a.write(src, os.path.join(out, 'bind-manyrels.docx'), doc, extra)


if __name__ == '__main__':
    main()
