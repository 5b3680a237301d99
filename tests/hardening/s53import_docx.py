"""tests/hardening/s53import_docx.py - the Word documents of s53import.sh.

s53import_docx.py SRC DIR: SRC (khgen's .docx of plans/yen-the-2024.yaml)
with the table looks session 52 left on import, each written into DIR
beside its "twin", the file as Word shows it (the look typed as direct
formatting, which import read already):
  - cnf-firstcol.docx: Biểu 02's table (the body's third) in a table style
    whose conditional format for the first column (w:tblStylePr
    w:type="firstCol") is bold, the table's w:tblLook applying it (Word's
    "First Column" box, w:firstColumn="1", and its w:val bit 0x0080):
    Word shows the first cell of every row bold, the data rows' STT and
    the note row's text too; twin: those runs bold (w:b);
  - cnf-band.docx: the same table's style with an even row band
    (band2Horz) in italics, w:tblLook's first row on and row bands on:
    the rows past the heading row, counted from 1, 2, 4, 6, ... in
    italics (ECMA-376 17.7.6: the bands counted past the heading row),
    the heading row in the style's first-row All Caps; twin: those rows'
    runs italic, the heading typed in capitals;
  - cnf-head.docx: Biểu 01's table (two heading rows, the second a
    w:tblHeader row too) in a table style whose first-row format is All
    Caps: Word gives the first row's look to the rows of the heading
    (MS-OI29500, ST_TblStyleOverrideType firstRow), both in capitals;
    twin: their text typed in capitals;
  - cnf-off.docx (guard): the three formats in one style, w:tblLook
    applying none (firstRow, firstColumn 0, noHBand, noVBand 1): as SRC;
  - cnf-shade.docx (guard): a band that only shades its rows
    (w:tcPr/w:shd): a plan prints no shading, direct or a style's; as SRC;
  - cell-hidden.docx: a data cell's paragraph ("nông thôn mới" of Biểu 01's
    row "Xã Đồng Hưu") of a paragraph style based on KHTable with
    w:vanish: Word shows the cell empty; twin: the cell's text deleted;
  - cell-strike.docx: the same cell's style struck through (w:strike):
    twin: the run struck through (w:strike), left out with KH772;
  - cell-underline.docx: the same cell's style underlined (w:u single):
    twin: the run underlined, a KH759 note on the row's cell;
  - tbl-hidden.docx: Biểu 02's table style hiding a band's text
    (band1Horz, w:vanish), first row on: the odd rows past the heading
    show no text; twin: those rows' cells emptied, the heading and the
    note row as they are (the note row is the last: in band 1 too, so it
    is hidden as Word hides it; the twin deletes it).
s53import_docx.py --big OUT N: a table of N rows in a style of every
conditional format (s53import.sh C7's time)."""
import os
import sys

from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s50attack_docx import q  # noqa: E402
from s51word_docx import write  # noqa: E402
import zipfile  # noqa: E402


def style(root, kind, sid, based=None):
    s = etree.SubElement(root, q('style'))
    s.set(q('type'), kind)
    s.set(q('styleId'), sid)
    etree.SubElement(s, q('name')).set(q('val'), sid)
    if based:
        etree.SubElement(s, q('basedOn')).set(q('val'), based)
    return s


def cond(s, kind, rpr=(), shade=False):
    c = etree.SubElement(s, q('tblStylePr'))
    c.set(q('type'), kind)
    if rpr:
        r = etree.SubElement(c, q('rPr'))
        for tag, val in rpr:
            e = etree.SubElement(r, q(tag))
            if val:
                e.set(q('val'), val)
    if shade:
        shd = etree.SubElement(etree.SubElement(c, q('tcPr')), q('shd'))
        shd.set(q('val'), 'clear')
        shd.set(q('color'), 'auto')
        shd.set(q('fill'), 'D9D9D9')


def styles_with(styles, add):
    root = etree.fromstring(styles)
    add(root)
    return etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)


def styled_table(tbl, sid, look):
    """tbl given table style sid and w:tblLook look (a dict of attributes)"""
    pr = tbl.find(q('tblPr'))
    etree.SubElement(pr, q('tblStyle')).set(q('val'), sid)
    pr.insert(0, pr[-1])
    for e in pr.findall(q('tblLook')):
        pr.remove(e)
    lk = etree.SubElement(pr, q('tblLook'))
    for k, v in look.items():
        lk.set(q(k), v)


def runs_of(el):
    return list(el.iter(q('r')))


def direct(run, tag, val=None):
    rpr = run.find(q('rPr'))
    if rpr is None:
        rpr = etree.Element(q('rPr'))
        run.insert(0, rpr)
    e = etree.SubElement(rpr, q(tag))
    if val:
        e.set(q('val'), val)


def rows(doc, k):
    return list(doc.iter(q('tbl')))[k].findall(q('tr'))


def cell_of(doc, table, first, col):
    """the cell at col of the first row of table whose first cell reads first"""
    for tr in rows(doc, table):
        tcs = tr.findall(q('tc'))
        if tcs and ''.join(t.text or '' for t in tcs[1].iter(q('t'))) == first:
            return tcs[col]
    raise SystemExit('no row %r' % first)


def big(out, n):
    """a .docx of one table of n rows (three cells each) in a table style
    of every conditional format, chained to a base style, the table's
    w:tblPr after 100 bookmarks' starts, each cell's paragraph styled: the
    time of the looks a cell's paragraph asks for, as n grows"""
    w = 'xmlns:w="%s"' % q('x')[1:-2]
    rows = ''.join('<w:tr>%s</w:tr>' % ''.join(
        '<w:tc><w:p><w:pPr><w:pStyle w:val="CpCell"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' % t
        for t in (str(i + 1), 'Xã số %d' % (i + 1), 'nông thôn mới')) for i in range(n))
    marks = ''.join('<w:bookmarkStart w:id="%d" w:name="b%d"/>' % (k, k) for k in range(100))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>'
           '<w:p><w:r><w:t>Danh sách</w:t></w:r></w:p><w:tbl>%s<w:tblPr><w:tblStyle w:val="KhGrid"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="1" '
           'w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="4000"/>'
           '<w:gridCol w:w="3000"/></w:tblGrid>%s</w:tbl><w:p/></w:body></w:document>') % (w, marks, rows)
    conds = ''.join('<w:tblStylePr w:type="%s"><w:rPr><w:i/></w:rPr></w:tblStylePr>' % t for t in (
        'band1Horz', 'band2Horz', 'band1Vert', 'band2Vert', 'firstCol', 'lastCol', 'firstRow', 'lastRow',
        'nwCell', 'neCell', 'swCell', 'seCell'))
    base = ''.join('<w:style w:type="table" w:styleId="KhBase%d"><w:name w:val="b%d"/>%s%s</w:style>' % (
        k, k, '<w:basedOn w:val="KhBase%d"/>' % (k + 1) if k < 8 else '', conds if k == 8 else '') for k in range(9))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>%s'
              '<w:style w:type="table" w:styleId="KhGrid"><w:name w:val="g"/><w:basedOn w:val="KhBase0"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="CpCell"><w:name w:val="c"/><w:rPr><w:u w:val="none"/>'
              '</w:rPr></w:style></w:styles>') % (w, base)
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
                   'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" '
                   'Target="word/document.xml"/></Relationships>' % rel)
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
                   '"%s/styles" Target="styles.xml"/></Relationships>' % rel)
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', styles)


def main():
    if sys.argv[1] == '--big':
        return big(sys.argv[2], int(sys.argv[3]))
    src, out = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(src)
    xml = z.read('word/document.xml')
    styles = z.read('word/styles.xml')

    def new():
        return etree.fromstring(xml)

    def save(name, doc, extra=None):
        write(src, os.path.join(out, name + '.docx'), doc, extra)

    def grid(root):  # the table style of the conditional cases
        s = style(root, 'table', 'KhGrid')
        cond(s, 'firstCol', [('b', None)])
        cond(s, 'band2Horz', [('i', None)])
        cond(s, 'firstRow', [('caps', None)])
        cond(s, 'band1Vert', [], shade=True)
    gstyles = styles_with(styles, grid)

    # firstCol bold: every row's first cell (heading, group, data, note)
    d = new()
    styled_table(list(d.iter(q('tbl')))[2], 'KhGrid', {'val': '0080', 'firstRow': '0', 'lastRow': '0',
                 'firstColumn': '1', 'lastColumn': '0', 'noHBand': '1', 'noVBand': '1'})
    save('cnf-firstcol', d, {'word/styles.xml': gstyles})
    d = new()
    for tr in rows(d, 2):
        for r in runs_of(tr.findall(q('tc'))[0]):
            direct(r, 'b')
    save('cnf-firstcol-twin', d)

    # band2Horz italic, first row on: rows 2, 4, ... past the heading row
    d = new()
    styled_table(list(d.iter(q('tbl')))[2], 'KhGrid', {'firstRow': '1', 'lastRow': '0', 'firstColumn': '0',
                 'lastColumn': '0', 'noHBand': '0', 'noVBand': '1'})
    save('cnf-band', d, {'word/styles.xml': gstyles})
    d = new()
    for k, tr in enumerate(rows(d, 2)):
        if k >= 1 and (k - 1) % 2 == 1:
            for r in runs_of(tr):
                direct(r, 'i')
        for t in tr.iter(q('t')) if k == 0 else ():  # the style's first row: All Caps
            t.text = (t.text or '').upper()
    save('cnf-band-twin', d)

    # firstRow All Caps over a heading of two w:tblHeader rows (Biểu 01)
    d = new()
    styled_table(list(d.iter(q('tbl')))[1], 'KhGrid', {'val': '0020', 'noVBand': '1', 'noHBand': '1'})
    save('cnf-head', d, {'word/styles.xml': gstyles})
    d = new()
    for tr in rows(d, 1)[:2]:
        for t in tr.iter(q('t')):
            t.text = (t.text or '').upper()
    save('cnf-head-twin', d)

    # guards: none applied; a band that only shades
    d = new()
    styled_table(list(d.iter(q('tbl')))[2], 'KhGrid', {'firstRow': '0', 'lastRow': '0', 'firstColumn': '0',
                 'lastColumn': '0', 'noHBand': '1', 'noVBand': '1'})
    save('cnf-off', d, {'word/styles.xml': gstyles})
    d = new()
    styled_table(list(d.iter(q('tbl')))[2], 'KhGrid', {'firstRow': '0', 'lastRow': '0', 'firstColumn': '0',
                 'lastColumn': '0', 'noHBand': '1', 'noVBand': '0'})
    save('cnf-shade', d, {'word/styles.xml': gstyles})

    # a paragraph style's hidden, strike and underline in a data cell
    for name, tag, val in (('cell-hidden', 'vanish', None), ('cell-strike', 'strike', None),
                           ('cell-underline', 'u', 'single')):
        def add(root, tag=tag, val=val):
            s = style(root, 'paragraph', 'CpCell', 'KHTable')
            e = etree.SubElement(etree.SubElement(s, q('rPr')), q(tag))
            if val:
                e.set(q('val'), val)
        d = new()
        tc = cell_of(d, 1, 'Xã Đồng Hưu', 3)
        for p in tc.iter(q('p')):
            p.find(q('pPr')).find(q('pStyle')).set(q('val'), 'CpCell')
        save(name, d, {'word/styles.xml': styles_with(styles, add)})
        d = new()
        tc = cell_of(d, 1, 'Xã Đồng Hưu', 3)
        for r in runs_of(tc):
            if name == 'cell-hidden':
                r.getparent().remove(r)
            else:
                direct(r, tag, val)
        save(name + '-twin', d)

    # a table style's band hiding its text (w:vanish in band1Horz)
    def hid(root):
        s = style(root, 'table', 'KhHid')
        cond(s, 'band1Horz', [('vanish', None)])
    d = new()
    styled_table(list(d.iter(q('tbl')))[2], 'KhHid', {'firstRow': '1', 'noHBand': '0', 'noVBand': '1'})
    save('tbl-hidden', d, {'word/styles.xml': styles_with(styles, hid)})
    d = new()
    for k, tr in enumerate(rows(d, 2)):
        if k >= 1 and (k - 1) % 2 == 0:
            for r in runs_of(tr):
                r.getparent().remove(r)
    save('tbl-hidden-twin', d)


if __name__ == '__main__':
    main()
