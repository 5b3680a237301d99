"""tests/hardening/s50attack_docx.py - the Word documents of s50attack.sh.

s50attack_docx.py SRC DIR: SRC (khgen's .docx of a plan) with Markup
Compatibility (ECMA-376 Part 3) markup, as a newer or another writer
leaves it, written into DIR:
  - choice-unknown.docx: each run holding "năm 2024" in an
    mc:AlternateContent whose mc:Choice requires a third party's
    namespace (declared) and says "năm 2099", its mc:Fallback the run as
    it was: Word and LibreOffice show the Fallback;
  - choice-undeclared.docx: the same, the Choice requiring a prefix no
    one declares;
  - choice-w14.docx: the same, the Choice requiring w14 (Word 2010's,
    which Word understands) and holding the run as it was, the Fallback
    "năm 2099": Word shows the Choice;
  - ignorable.docx: a run "Chi thêm 5 tỷ đồng năm 2099." after each of
    those runs and a bullet paragraph after three body paragraphs, each in
    an element of a third party's namespace that mc:Ignorable lists: Word
    leaves them out;
  - process.docx: the same, mc:ProcessContent naming those elements: Word
    reads what they hold;
  - celldel.docx: Biểu 02's last column ("Cơ quan phối hợp") deleted with
    Track Changes, each of its cells marked w:cellDel (the rows whose
    last cell spans columns left whole), and celldel-twin.docx, the same
    cells removed (the change accepted); cellins.docx: the same cells
    marked w:cellIns (inserted: Word shows them);
  - field-code.docx: each run holding "năm 2024" made the result of a
    field whose code holds, beside its w:instrText, a w:t "năm 2099 "
    (text typed where the code belongs, as some generators write it):
    Word and LibreOffice take it as the code and show the result only;
    field-noresult.docx: the same code before each such run, the field
    ended without a result (an index entry's XE): nothing shown;
    field-dangling.docx: a field begun before the first such run, its
    code a w:t "Kèm số liệu 2099 ", never separated nor ended in its
    paragraph (a damaged file): read as written, as before;
  - bind-core.docx: the title's run in a plain-text content control bound
    to the core properties' title (a template's Title control), whose
    docProps/core.xml says "... năm 2099": Word and LibreOffice show the
    store's text; bind-custom.docx: the place and date line's run in one
    bound to a custom XML part (customXml/item1.xml, named by the main
    part's relationships, its itemProps1.xml giving its w:itemID) that says
    "Yên Thế, ngày 15 tháng 01 năm 2025"; bind-same.docx: the title's
    control bound to a core title that is its saved text;
  - dropcap.docx: the first three paragraphs of the body's styles KHBody
    and KHBullet begun with a drop cap, as Word makes one: the first
    letter in a paragraph of its own framed beside the text (w:framePr
    w:dropCap="drop"), the rest in the paragraph after it;
  - equation.docx: after "Lũy kế đạt 16,9 tiêu chí/xã." the words " (tỷ
    lệ: " and an equation (Office Math, Insert > Equation) of a fraction
    "số xã đạt chuẩn" over "tổng số xã", "×100%", a base " km" raised
    "2", a root of "x", brackets "[" "]" around "a" and "b", and "CO"
    lowered "2";
  - datebreak-year.docx, datebreak-place.docx: the place and date line
    "Yên Thế, ngày      tháng 01 năm 2024" broken by a line break a
    drafter typed (Shift+Enter, w:br) after "năm", or after "Yên Thế,";
  - backslash.docx: SRC's files zipped with backslashes in their names
    ("word\\document.xml"), as .NET 4.5's ZipFile wrote them."""
import copy
import os
import sys
import zipfile

from lxml import etree

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
XX = 'urn:example:so-lieu-khac'
SPACE = '{http://www.w3.org/XML/1998/namespace}space'


def q(tag):
    return '{%s}%s' % (W, tag)


def run(text):
    r = etree.Element(q('r'))
    t = etree.SubElement(r, q('t'))
    t.text = text
    t.set(SPACE, 'preserve')
    return r


def text_of(r):
    return ''.join(t.text or '' for t in r.iter(q('t')))


def root(xml, ignorable='', process=''):
    decl = 'xmlns:mc="%s" xmlns:xx="%s" xmlns:w14="%s" xmlns:m="%s" ' % (MC, XX, W14, M)
    if ignorable:
        decl += 'mc:Ignorable="%s" ' % ignorable
    if process:
        decl += 'mc:ProcessContent="%s" ' % process
    return etree.fromstring(xml.replace('<w:document ', '<w:document ' + decl, 1).encode())


def year_runs(doc):
    return [r for r in doc.iter(q('r')) if 'năm 2024' in text_of(r)]


def alternate(doc, requires, choice_new):
    for r in year_runs(doc):
        new = run(text_of(r).replace('năm 2024', 'năm 2099'))
        ac = etree.Element('{%s}AlternateContent' % MC)
        ch = etree.SubElement(ac, '{%s}Choice' % MC)
        ch.set('Requires', requires)
        fb = etree.SubElement(ac, '{%s}Fallback' % MC)
        r.getparent().replace(r, ac)
        if choice_new:
            ch.append(new)
            fb.append(r)
        else:
            ch.append(r)
            fb.append(new)


def extension(doc):
    for r in year_runs(doc):
        x = etree.Element('{%s}ghichu' % XX)
        x.append(run(' Chi thêm 5 tỷ đồng năm 2099.'))
        r.addnext(x)
    body = doc.find(q('body'))
    for p in body.findall(q('p'))[30:33]:
        x = etree.Element('{%s}khoi' % XX)
        np_ = etree.SubElement(x, q('p'))
        np_.append(run('- Bổ sung: chi 5 tỷ đồng năm 2099.'))
        p.addnext(x)


def last_cells(doc):
    """The last cell of each row of Biểu 02's table (the document's third)
    that spans no columns."""
    tbl = list(doc.iter(q('tbl')))[2]
    for tr in tbl.findall(q('tr')):
        tc = tr.findall(q('tc'))[-1]
        pr = tc.find(q('tcPr'))
        if pr is None or pr.find(q('gridSpan')) is None:
            yield tc


def tracked_cells(doc, what):
    for tc in list(last_cells(doc)):
        pr = tc.find(q('tcPr'))
        if pr is None:
            pr = etree.Element(q('tcPr'))
            tc.insert(0, pr)
        mark = etree.SubElement(pr, q(what))
        mark.set(q('id'), '9')
        mark.set(q('author'), 'Phòng Nội vụ')


def removed_cells(doc):
    for tc in list(last_cells(doc)):
        tc.getparent().remove(tc)


def field_char(kind):
    r = etree.Element(q('r'))
    etree.SubElement(r, q('fldChar')).set(q('fldCharType'), kind)
    return r


def code_run(code):
    r = etree.Element(q('r'))
    t = etree.SubElement(r, q('instrText'))
    t.text = code
    t.set(SPACE, 'preserve')
    return r


def fields(doc, shape):
    runs = year_runs(doc)
    for r in runs[:1] if shape == 'dangling' else runs:
        if shape == 'dangling':
            r.addprevious(field_char('begin'))
            r.addprevious(run('Kèm số liệu 2099 '))
            continue
        r.addprevious(field_char('begin'))
        r.addprevious(code_run(' QUOTE "năm 2099" ' if shape == 'code' else ' XE "2099" '))
        r.addprevious(run('năm 2099 '))
        if shape == 'code':
            r.addprevious(field_char('separate'))
            r.addnext(field_char('end'))
        else:
            r.addprevious(field_char('end'))


CORE = '{6C3C8BC8-F283-45AE-878A-BAB7291924A1}'
ITEM = '{5A1C2B3D-0000-4000-8000-000000002025}'
CORE_MAPS = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
             "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'")
ITEM_XML = ('<?xml version="1.0" encoding="UTF-8"?><kh xmlns="urn:example:kh">'
            '<noi>Yên Thế, ngày 15 tháng 01 năm 2025</noi><ma>q1</ma></kh>')
ITEM_PROPS = ('<?xml version="1.0" encoding="UTF-8"?><ds:datastoreItem ds:itemID="%s" '
              'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
              '<ds:schemaRefs/></ds:datastoreItem>' % ITEM)
ITEM_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
             'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas'
             '.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
             'Target="itemProps1.xml"/></Relationships>')


def bound(doc, needle, store, xpath, maps):
    """The first run holding needle in a plain-text content control bound
    to store's node xpath."""
    r = [r for r in doc.iter(q('r')) if needle in text_of(r)][0]
    sdt = etree.Element(q('sdt'))
    pr = etree.SubElement(sdt, q('sdtPr'))
    etree.SubElement(pr, q('alias')).set(q('val'), 'Trường')
    db = etree.SubElement(pr, q('dataBinding'))
    db.set(q('prefixMappings'), maps)
    db.set(q('xpath'), xpath)
    db.set(q('storeItemID'), store)
    etree.SubElement(pr, q('text'))
    content = etree.SubElement(sdt, q('sdtContent'))
    r.getparent().replace(r, sdt)
    content.append(r)


def bind(doc, which):
    if which in ('core', 'same'):
        bound(doc, 'Triển khai thực hiện', CORE, '/ns1:coreProperties[1]/ns0:title[1]', CORE_MAPS)
    else:
        bound(doc, 'Yên Thế, ngày', ITEM, '/ns0:kh[1]/ns0:noi[1]', "xmlns:ns0='urn:example:kh'")


def drop_caps(doc):
    for style in ('KHBody', 'KHBullet'):
        paras = [p for p in doc.iter(q('p')) if p.find(q('pPr')) is not None and
                 p.find(q('pPr')).find(q('pStyle')) is not None and
                 p.find(q('pPr')).find(q('pStyle')).get(q('val')) == style]
        for p in paras[:3]:
            t = [t for t in p.iter(q('t')) if (t.text or '').strip()][0]
            first, t.text = t.text.lstrip()[0], t.text.lstrip()[1:]
            cap = etree.Element(q('p'))
            ppr = etree.SubElement(cap, q('pPr'))
            ppr.append(copy.deepcopy(p.find(q('pPr')).find(q('pStyle'))))
            frame = etree.SubElement(ppr, q('framePr'))
            for k, v in [('dropCap', 'drop'), ('lines', '3'), ('wrap', 'around'), ('vAnchor', 'text'),
                         ('hAnchor', 'text')]:
                frame.set(q(k), v)
            cap.append(run(first))
            p.addprevious(cap)


M = 'http://schemas.openxmlformats.org/officeDocument/2006/math'


def m(tag, *kids, **props):
    e = etree.Element('{%s}%s' % (M, tag))
    for k in kids:
        e.append(k)
    for name, val in props.items():
        pr = e.find('{%s}%sPr' % (M, tag))
        if pr is None:
            pr = etree.Element('{%s}%sPr' % (M, tag))
            e.insert(0, pr)
        etree.SubElement(pr, '{%s}%s' % (M, name)).set('{%s}val' % M, val)
    return e


def mr(text):
    r = etree.Element('{%s}r' % M)
    etree.SubElement(r, '{%s}t' % M).text = text
    return r


def equation(doc):
    r = [r for r in doc.iter(q('r')) if 'Lũy kế đạt 16,9' in text_of(r)][0]
    om = m('oMath', m('f', m('num', mr('số xã đạt chuẩn')), m('den', mr('tổng số xã'))), mr('×100%'),
           m('sSup', m('e', mr(' km')), m('sup', mr('2'))), mr(', '), m('rad', m('deg'), m('e', mr('x'))),
           mr(', '), m('d', m('e', mr('a')), m('e', mr('b')), begChr='[', endChr=']'), mr(', '),
           m('sSub', m('e', mr('CO')), m('sub', mr('2'))))
    r.addnext(om)
    r.addnext(run(' (tỷ lệ: '))


def date_break(doc, after):
    t = [t for t in doc.iter(q('t')) if (t.text or '').startswith('Yên Thế, ngày')][0]
    i = t.text.index(after) + len(after)
    rest = etree.Element(q('t'))
    rest.text = t.text[i:].lstrip(' ')
    rest.set(SPACE, 'preserve')
    t.text = t.text[:i]
    br = etree.Element(q('br'))
    t.addnext(br)
    br.addnext(rest)


def write(src, dst, doc, extra=None):
    extra = extra or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == 'word/document.xml':
                data = etree.tostring(doc, xml_declaration=True, encoding='UTF-8', standalone=True)
            zout.writestr(info.filename, extra.pop(info.filename, None) or data)
        for name, data in extra.items():
            zout.writestr(name, data)


def stores(src, which, doc):
    """The parts a variant adds or changes: the core title, the item."""
    z = zipfile.ZipFile(src)
    if which in ('core', 'same'):
        core = z.read('docProps/core.xml').decode('utf-8')
        i, j = core.index('<dc:title>') + 10, core.index('</dc:title>')
        title = 'Triển khai thực hiện kế hoạch năm 2099'
        if which == 'same':
            title = [text_of(r) for r in doc.iter(q('r')) if 'Triển khai thực hiện' in text_of(r)][0]
        return {'docProps/core.xml': (core[:i] + title + core[j:]).encode()}
    rels = z.read('word/_rels/document.xml.rels').decode('utf-8').replace(
        '</Relationships>', '<Relationship Id="rIdKh1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')
    return {'customXml/item1.xml': ITEM_XML.encode(), 'customXml/itemProps1.xml': ITEM_PROPS.encode(),
            'customXml/_rels/item1.xml.rels': ITEM_RELS.encode(), 'word/_rels/document.xml.rels': rels.encode()}


def main():
    src, out = sys.argv[1], sys.argv[2]
    xml = zipfile.ZipFile(src).read('word/document.xml').decode('utf-8')
    cases = [('choice-unknown', '', '', lambda d: alternate(d, 'xx', True)),
             ('choice-undeclared', '', '', lambda d: alternate(d, 'zz', True)),
             ('choice-w14', '', '', lambda d: alternate(d, 'w14', False)),
             ('ignorable', 'xx', '', extension),
             ('process', 'xx', 'xx:ghichu xx:khoi', extension),
             ('celldel', '', '', lambda d: tracked_cells(d, 'cellDel')),
             ('celldel-twin', '', '', removed_cells),
             ('cellins', '', '', lambda d: tracked_cells(d, 'cellIns')),
             ('field-code', '', '', lambda d: fields(d, 'code')),
             ('field-noresult', '', '', lambda d: fields(d, 'noresult')),
             ('field-dangling', '', '', lambda d: fields(d, 'dangling'))]
    cases.append(('dropcap', '', '', drop_caps))
    cases.append(('equation', '', '', equation))
    cases.append(('datebreak-year', '', '', lambda d: date_break(d, 'năm')))
    cases.append(('datebreak-place', '', '', lambda d: date_break(d, 'Yên Thế,')))
    for which in ('core', 'custom', 'same'):
        cases.append(('bind-' + which, '', '', lambda d, w=which: bind(d, w)))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(os.path.join(out, 'backslash.docx'), 'w') as zout:
        for info in zin.infolist():
            zout.writestr(info.filename.replace('/', '\\'), zin.read(info.filename))
    for name, ignorable, process, edit in cases:
        doc = root(xml, ignorable, process)
        edit(doc)
        extra = stores(src, name[5:], doc) if name.startswith('bind-') else None
        write(src, os.path.join(out, name + '.docx'), doc, extra)


if __name__ == '__main__':
    main()
