#!/usr/bin/python3
"""tests/hardening/s51review_docx.py SRC.docx OUTDIR - the Word documents
of tests/hardening/s51review.sh, each SRC (a .docx khgen built from
plans/yen-the-2024.yaml) with one edit of its word/document.xml (lxml):

  - bind-nested.docx: the title's run in a plain-text content control
    bound to the core properties' title, inside another such control bound
    to the same node (a generator's or a hand's doing: Word nests no
    control in a plain-text one), the core title "... năm 2099": Word
    shows the outer's store text, once (B1)."""
import os
import sys
import zipfile

from lxml import etree

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CORE = '{6C3C8BC8-F283-45AE-878A-BAB7291924A1}'
CORE_MAPS = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats"
             ".org/package/2006/metadata/core-properties'")
CORE_PATH = '/ns1:coreProperties[1]/ns0:title[1]'


def q(tag):
    return '{%s}%s' % (W, tag)


def text_of(r):
    return ''.join(t.text or '' for t in r.iter(q('t')))


def bound_around(el):
    """el put in a plain-text content control bound to the core title."""
    sdt = etree.Element(q('sdt'))
    pr = etree.SubElement(sdt, q('sdtPr'))
    db = etree.SubElement(pr, q('dataBinding'))
    db.set(q('prefixMappings'), CORE_MAPS)
    db.set(q('xpath'), CORE_PATH)
    db.set(q('storeItemID'), CORE)
    etree.SubElement(pr, q('text'))
    content = etree.SubElement(sdt, q('sdtContent'))
    el.getparent().replace(el, sdt)
    content.append(el)
    return sdt


def nested(doc):
    r = [r for r in doc.iter(q('r')) if 'Triển khai thực hiện' in text_of(r)][0]
    bound_around(bound_around(r))


def core_title(z, title):
    core = z.read('docProps/core.xml').decode('utf-8')
    i, j = core.index('<dc:title>') + 10, core.index('</dc:title>')
    return (core[:i] + title + core[j:]).encode()


def write(src, dst, doc, extra):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == 'word/document.xml':
                data = etree.tostring(doc, xml_declaration=True, encoding='UTF-8', standalone=True)
            zout.writestr(info.filename, extra.get(info.filename, data))


def main():
    src, out = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(src)
    doc = etree.fromstring(z.read('word/document.xml'))
    nested(doc)
    write(src, os.path.join(out, 'bind-nested.docx'), doc,
          {'docProps/core.xml': core_title(z, 'Triển khai thực hiện kế hoạch năm 2099')})


if __name__ == '__main__':
    main()
