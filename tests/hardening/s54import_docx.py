"""tests/hardening/s54import_docx.py - the Word documents of s54import.sh's L
cases, made with python-docx.

s54import_docx.py SRC DIR: SRC (khgen's .docx of plans/yen-the-2024.yaml)
with its header's layout table (the body's first: the issuer and "CỘNG HÒA
..." over the number and the place) in a table style, as Word writes one
(styles.xml's w:style w:type="table", the table's w:tblStyle and its
w:tblLook with Word's attributes and w:val bits), each written into DIR
beside its "twin", the file as Word shows it (the look typed as direct
formatting or text, which import reads already):
  - hdr-hidden.docx: the style's first-row format hides its text (w:vanish
    in w:tblStylePr w:type="firstRow"), w:tblLook's first row on: Word
    shows the issuer's and the motto's row empty; twin: that row's runs
    hidden (w:vanish on each run);
  - hdr-caps.docx: the issuer typed "Ủy ban nhân dân" / "Huyện Yên Thế",
    the style's first-row format All Caps (w:caps): Word shows "ỦY BAN NHÂN
    DÂN" / "HUYỆN YÊN THẾ"; twin: SRC (typed in capitals);
  - hdr-off.docx (guard): hdr-hidden's style, w:tblLook applying no first
    row (w:firstRow="0", its w:val bit 0x0020 off): Word shows the row;
    twin: SRC."""
import os
import sys

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls('w')


def add_style(doc, sid, rpr):
    """A table style sid whose first-row format has the run properties rpr"""
    doc.styles.element.append(parse_xml(
        '<w:style %s w:type="table" w:styleId="%s"><w:name w:val="%s"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:bottom w:val="nil"/></w:tblBorders></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr>%s</w:rPr></w:tblStylePr></w:style>' % (W, sid, sid, rpr)))


def style_table(tbl, sid, first_row):
    """Table tbl (a CT_Tbl) in style sid, its w:tblLook applying the first
    row or not (Word's attributes and the w:val bits it writes beside them)"""
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn('w:tblStyle')) + tblpr.findall(qn('w:tblLook')):
        tblpr.remove(old)
    tblpr.insert(0, parse_xml('<w:tblStyle %s w:val="%s"/>' % (W, sid)))
    val = 0x0400 | (0x0020 if first_row else 0) | 0x0080
    tblpr.append(parse_xml(
        '<w:tblLook %s w:val="%04X" w:firstRow="%d" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/>' % (W, val, 1 if first_row else 0)))


def first_row_runs(doc):
    return doc.tables[0].rows[0]._tr.iter(qn('w:r'))


def main(src, out):
    os.makedirs(out, exist_ok=True)
    # hdr-hidden and its twin
    d = docx.Document(src)
    add_style(d, 'KHHiddenHead', '<w:vanish/>')
    style_table(d.tables[0]._tbl, 'KHHiddenHead', True)
    d.save(os.path.join(out, 'hdr-hidden.docx'))
    t = docx.Document(src)
    for r in first_row_runs(t):
        rpr = r.get_or_add_rPr()
        rpr.append(parse_xml('<w:vanish %s/>' % W))
    t.save(os.path.join(out, 'hdr-hidden-twin.docx'))
    # hdr-caps: the issuer typed in small letters, the style's All Caps
    d = docx.Document(src)
    add_style(d, 'KHCapsHead', '<w:caps/>')
    style_table(d.tables[0]._tbl, 'KHCapsHead', True)
    words = {'ỦY BAN NHÂN DÂN': 'Ủy ban nhân dân', 'HUYỆN YÊN THẾ': 'Huyện Yên Thế'}
    changed = 0
    for r in first_row_runs(d):
        for tx in r.iter(qn('w:t')):
            if tx.text in words:
                tx.text = words[tx.text]
                changed += 1
    if changed != 2:
        sys.exit('s54import_docx.py: the issuer\'s two lines not found in the header (%d)' % changed)
    d.save(os.path.join(out, 'hdr-caps.docx'))
    # hdr-off: hidden's style, the first row not applied
    d = docx.Document(src)
    add_style(d, 'KHHiddenHead', '<w:vanish/>')
    style_table(d.tables[0]._tbl, 'KHHiddenHead', False)
    d.save(os.path.join(out, 'hdr-off.docx'))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
