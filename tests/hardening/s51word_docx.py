"""tests/hardening/s51word_docx.py - the Word documents of s51word.sh.

s51word_docx.py SRC DIR: SRC (khgen's .docx of a plan) with the Word
features session 50 left on import, each written into DIR beside its
"twin", the file as Word shows it (the same text typed plainly):
  - bind-date.docx: the place and date line "Yên Thế, " then a date
    picker content control (w:date, w:dateFormat "'ngày' dd 'tháng' MM
    'năm' yyyy") saved as "ngày      tháng 01 năm 2024" and bound
    (w:dataBinding) to a custom XML node "2025-01-15T00:00:00": Word shows
    the node's date in the control's format; its twin says "Yên Thế, ngày
    15 tháng 01 năm 2025";
  - bind-date-num.docx: the first basis's date "19/4/2022" a date picker
    of format "d/M/yyyy" bound to "2022-04-20" (twin "20/4/2022");
  - bind-drop.docx: the issuer's line "HUYỆN YÊN THẾ" a drop-down list
    (items "HUYỆN YÊN THẾ" of value "yt" and "HUYỆN LẠNG GIANG" of value
    "lg") bound to a node "lg": Word shows the item whose value it is
    (twin "HUYỆN LẠNG GIANG");
  - bind-combo.docx: the title's run a combo box bound to a node whose
    text is no item's value, "Triển khai thực hiện kế hoạch năm 2099":
    Word shows the text (twin: that title);
  - bind-rich.docx: the title's run in a rich-text control (w:richText:
    ECMA-376 17.5.2.6 says its binding is ignored) bound to a node "...
    năm 2099": Word shows its content (twin: SRC);
  - bind-header.docx: the plan's header table moved into the first page's
    page header (as an office's template keeps it), its place and date
    run a plain-text control bound to the custom XML node "Yên Thế, ngày
    15 tháng 01 năm 2025" (twin: the same, typed);
  - bind-margin.docx: a paragraph "Kế hoạch năm " and a plain-text
    control saved "2024" bound to a node "2099" in the other pages' page
    header (twin: "Kế hoạch năm 2099" typed there);
  - numhide.docx: three paragraphs of style KHBody numbered by a list
    whose level's number is hidden (w:vanish in the level's w:rPr,
    numbering.xml): Word shows them unnumbered (twin: no numbering);
    numshow.docx: the same level saying w:vanish w:val="0": numbered;
  - tog-caps.docx, tog-vanish.docx, tog-bold.docx, tog-italic.docx: three
    KHBody paragraphs given a paragraph style that sets the property (All
    Caps, hidden, bold, italic) and their runs a character style that sets
    it too: toggle properties (ECMA-376 17.7.3) cancel, Word shows them as
    plain KHBody paragraphs (the twin);
  - tog-false.docx: the paragraphs of a bold paragraph style, their runs a
    character style saying w:b w:val="0" ("false ... leaves the current
    setting unchanged"): bold, as the twin, the bold style alone;
  - tog-direct.docx (guard): a bold paragraph style and the runs' own
    w:b: direct formatting is absolute, bold (twin: the style alone);
  - emptytr.docx: a row of no cells (an empty w:tr) among Biểu 02's rows,
    and emptytr-head.docx one above Biểu 01's header: Word and
    LibreOffice show the tables without them (twin: SRC itself);
  - datebreak-day.docx, datebreak-month.docx, datebreak-slash.docx: the
    header's place and date line "Yên Thế, ngày 15 tháng 01 năm 2024"
    broken by a line break a drafter typed (w:br) after "ngày 15", after
    "tháng 01", or inside "15/01/" "2024" (twins: the line typed whole)."""
import copy
import os
import sys
import zipfile

from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s50attack_docx import ITEM, ITEM_PROPS, ITEM_RELS, SPACE, W, q, run, text_of  # noqa: E402

R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
MAPS = "xmlns:ns0='urn:example:kh'"
CT_NUMBERING = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'


def item_xml(**nodes):
    body = ''.join('<%s>%s</%s>' % (k, v, k) for k, v in nodes.items())
    return ('<?xml version="1.0" encoding="UTF-8"?><kh xmlns="urn:example:kh">%s</kh>' % body).encode()


def control(runs, node, kind=None):
    """An inline content control holding runs, bound to /kh/NODE of the
    custom XML item; kind: an element (w:date, w:dropDownList,
    w:comboBox) made by the caller, else w:text."""
    sdt = etree.Element(q('sdt'))
    pr = etree.SubElement(sdt, q('sdtPr'))
    etree.SubElement(pr, q('alias')).set(q('val'), 'Trường')
    db = etree.SubElement(pr, q('dataBinding'))
    db.set(q('prefixMappings'), MAPS)
    db.set(q('xpath'), '/ns0:kh[1]/ns0:%s[1]' % node)
    db.set(q('storeItemID'), ITEM)
    pr.append(kind if kind is not None else etree.Element(q('text')))
    content = etree.SubElement(sdt, q('sdtContent'))
    for r in runs:
        content.append(r)
    return sdt


def split_run(doc, needle):
    """The run holding needle, split so that needle is a run of its own
    (same properties): that run."""
    r = [r for r in doc.iter(q('r')) if needle in text_of(r)][0]
    text = text_of(r)
    i = text.index(needle)
    parts = [text[:i], needle, text[i + len(needle):]]
    made = []
    for piece in parts:
        if not piece:
            continue
        n = copy.deepcopy(r)
        for t in list(n):
            if t.tag != q('rPr'):
                n.remove(t)
        t = etree.SubElement(n, q('t'))
        t.text = piece
        t.set(SPACE, 'preserve')
        made.append((piece, n))
    for _, n in made:
        r.addprevious(n)
    r.getparent().remove(r)
    return [n for piece, n in made if piece == needle][0]


def bind_in(doc, needle, node, kind=None):
    r = split_run(doc, needle)
    sdt = control([], node, kind)
    r.addprevious(sdt)
    sdt.find(q('sdtContent')).append(r)


def date_kind(fmt, full):
    d = etree.Element(q('date'))
    d.set(q('fullDate'), full)
    etree.SubElement(d, q('dateFormat')).set(q('val'), fmt)
    etree.SubElement(d, q('lid')).set(q('val'), 'vi-VN')
    etree.SubElement(d, q('storeMappedDataAs')).set(q('val'), 'dateTime')
    etree.SubElement(d, q('calendar')).set(q('val'), 'gregorian')
    return d


def list_kind(tag, items):
    k = etree.Element(q(tag))
    for shown, value in items:
        li = etree.SubElement(k, q('listItem'))
        li.set(q('displayText'), shown)
        li.set(q('value'), value)
    return k


def replace_text(doc, old, new):
    r = [r for r in doc.iter(q('r')) if old in text_of(r)][0]
    t = [t for t in r.iter(q('t')) if old in (t.text or '')][0]
    t.text = t.text.replace(old, new, 1)


def body_paras(doc, style='KHBody', n=3):
    return [p for p in doc.iter(q('p')) if p.find(q('pPr')) is not None and
            p.find(q('pPr')).find(q('pStyle')) is not None and
            p.find(q('pPr')).find(q('pStyle')).get(q('val')) == style][:n]


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s">'
             '<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="singleLevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
             '<w:lvlJc w:val="left"/><w:rPr><w:vanish%s/></w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>')

TOGGLE = {'caps': 'caps', 'vanish': 'vanish', 'bold': 'b', 'italic': 'i', 'false': 'b', 'direct': 'b'}


def toggle_styles(styles, which):
    """styles.xml with a paragraph style TgPara (based on KHBody) setting
    the property and a character style TgChar setting it too (w:val="0"
    for 'false')."""
    root = etree.fromstring(styles)
    tag = TOGGLE[which]
    for sid, kind in (('TgPara', 'paragraph'), ('TgChar', 'character')):
        s = etree.SubElement(root, q('style'))
        s.set(q('type'), kind)
        s.set(q('customStyle'), '1')
        s.set(q('styleId'), sid)
        etree.SubElement(s, q('name')).set(q('val'), 'Tg ' + kind)
        if kind == 'paragraph':
            etree.SubElement(s, q('basedOn')).set(q('val'), 'KHBody')
        rpr = etree.SubElement(s, q('rPr'))
        prop = etree.SubElement(rpr, q(tag))
        if kind == 'character' and which == 'false':
            prop.set(q('val'), '0')
    return etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)


def toggled(doc, which, twin):
    for p in body_paras(doc):
        if twin and which not in ('false', 'direct'):
            continue
        p.find(q('pPr')).find(q('pStyle')).set(q('val'), 'TgPara')
        if twin:
            continue
        for r in p.iter(q('r')):
            rpr = r.find(q('rPr'))
            if rpr is None:
                rpr = etree.Element(q('rPr'))
                r.insert(0, rpr)
            if which == 'direct':
                rpr.append(etree.Element(q('b')))
            else:
                rpr.insert(0, etree.Element(q('rStyle')))
                rpr[0].set(q('val'), 'TgChar')


def numbered(doc):
    for p in body_paras(doc):
        ppr = p.find(q('pPr'))
        numpr = etree.SubElement(ppr, q('numPr'))
        etree.SubElement(numpr, q('ilvl')).set(q('val'), '0')
        etree.SubElement(numpr, q('numId')).set(q('val'), '3')
        ppr.remove(numpr)
        ppr.insert(1, numpr)


def empty_row(doc, table, before):
    tbl = list(doc.iter(q('tbl')))[table]
    tbl.findall(q('tr'))[before].addprevious(etree.Element(q('tr')))


def date_break(doc, old, first, rest):
    """The place and date line's text old made first, a w:br, rest."""
    t = [t for t in doc.iter(q('t')) if (t.text or '') == old][0]
    t.text = first
    br = etree.Element(q('br'))
    t.addnext(br)
    nt = etree.Element(q('t'))
    nt.text = rest
    nt.set(SPACE, 'preserve')
    br.addnext(nt)


def header_table(doc):
    """The plan's header table, taken out of the body."""
    tbl = list(doc.iter(q('tbl')))[0]
    tbl.getparent().remove(tbl)
    return tbl


def page_header(part, blocks):
    root = etree.fromstring(part)
    for c in list(root):
        root.remove(c)
    for b in blocks:
        root.append(b)
    return etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)


def custom_parts(z, extra_rels=''):
    rels = z.read('word/_rels/document.xml.rels').decode('utf-8').replace(
        '</Relationships>', '<Relationship Id="rIdKh1" Type="%scustomXml" Target="../customXml/item1.xml"/>'
        '%s</Relationships>' % (REL, extra_rels))
    return {'customXml/itemProps1.xml': ITEM_PROPS.encode(), 'customXml/_rels/item1.xml.rels': ITEM_RELS.encode(),
            'word/_rels/document.xml.rels': rels.encode()}


def write(src, dst, doc, extra=None):
    extra = dict(extra or {})
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == 'word/document.xml':
                data = etree.tostring(doc, xml_declaration=True, encoding='UTF-8', standalone=True)
            zout.writestr(info.filename, extra.pop(info.filename, None) or data)
        for name, data in extra.items():
            zout.writestr(name, data)


def main():
    src, out = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(src)
    xml = z.read('word/document.xml')
    styles = z.read('word/styles.xml')
    place = [t.text for t in etree.fromstring(xml).iter(q('t')) if (t.text or '').startswith('Yên Thế, ngày')][0]

    def new():
        return etree.fromstring(xml)

    def save(name, doc, extra=None):
        write(src, os.path.join(out, name + '.docx'), doc, extra)

    # 1. bound date pickers, drop-down lists, combo boxes
    d = new()
    bind_in(d, place[len('Yên Thế, '):], 'ngay', date_kind("'ngày' dd 'tháng' MM 'năm' yyyy",
                                                            '2024-01-01T00:00:00Z'))
    save('bind-date', d, dict(custom_parts(z), **{'customXml/item1.xml': item_xml(ngay='2025-01-15T00:00:00')}))
    d = new()
    replace_text(d, place, 'Yên Thế, ngày 15 tháng 01 năm 2025')
    save('bind-date-twin', d)
    d = new()
    bind_in(d, '19/4/2022', 'ngay', date_kind('d/M/yyyy', '2022-04-19T00:00:00Z'))
    save('bind-date-num', d, dict(custom_parts(z), **{'customXml/item1.xml': item_xml(ngay='2022-04-20')}))
    d = new()
    replace_text(d, '19/4/2022', '20/4/2022')
    save('bind-date-num-twin', d)
    d = new()
    bind_in(d, 'HUYỆN YÊN THẾ', 'huyen', list_kind('dropDownList', [('HUYỆN YÊN THẾ', 'yt'),
                                                                    ('HUYỆN LẠNG GIANG', 'lg')]))
    save('bind-drop', d, dict(custom_parts(z), **{'customXml/item1.xml': item_xml(huyen='lg')}))
    d = new()
    replace_text(d, 'HUYỆN YÊN THẾ', 'HUYỆN LẠNG GIANG')
    save('bind-drop-twin', d)
    title = [text_of(r) for r in new().iter(q('r')) if 'Triển khai thực hiện' in text_of(r)][0]
    d = new()
    bind_in(d, title, 'ten', list_kind('comboBox', [(title, 'k2024')]))
    save('bind-combo', d, dict(custom_parts(z), **{'customXml/item1.xml': item_xml(
        ten='Triển khai thực hiện kế hoạch năm 2099')}))
    d = new()
    replace_text(d, title, 'Triển khai thực hiện kế hoạch năm 2099')
    save('bind-combo-twin', d)

    d = new()
    bind_in(d, title, 'ten', etree.Element(q('richText')))
    save('bind-rich', d, dict(custom_parts(z), **{'customXml/item1.xml': item_xml(
        ten='Triển khai thực hiện kế hoạch năm 2099')}))

    # 2. bound controls in the page headers
    for twin in (False, True):
        d = new()
        tbl = header_table(d)
        if twin:
            replace_text(tbl, place, 'Yên Thế, ngày 15 tháng 01 năm 2025')
        else:
            bind_in(tbl, place, 'noi')
        extra = {'word/header2.xml': page_header(z.read('word/header2.xml'), [tbl])}
        if not twin:
            extra.update(custom_parts(z))
            extra['customXml/item1.xml'] = item_xml(noi='Yên Thế, ngày 15 tháng 01 năm 2025')
        save('bind-header' + ('-twin' if twin else ''), d, extra)
    for twin in (False, True):
        p = etree.Element(q('p'))
        p.append(run('Kế hoạch năm ' + ('2099' if twin else '')))
        if not twin:
            p.append(control([run('2024')], 'nam'))
        extra = {'word/header1.xml': page_header(z.read('word/header1.xml'), [p])}
        if not twin:
            extra.update(custom_parts(z))
            extra['customXml/item1.xml'] = item_xml(nam='2099')
        save('bind-margin' + ('-twin' if twin else ''), new(), extra)

    # 3. a list's number hidden in numbering.xml
    d = new()
    numbered(d)
    ct = z.read('[Content_Types].xml').decode('utf-8').replace(
        '</Types>', '<Override PartName="/word/numbering.xml" ContentType="%s"/></Types>' % CT_NUMBERING)
    rels = z.read('word/_rels/document.xml.rels').decode('utf-8').replace(
        '</Relationships>', '<Relationship Id="rIdNum" Type="%snumbering" Target="numbering.xml"/>'
        '</Relationships>' % REL)
    for name, val in (('numhide', ''), ('numshow', ' w:val="0"')):
        save(name, d, {'word/numbering.xml': (NUMBERING % (W, val)).encode(), '[Content_Types].xml': ct.encode(),
                       'word/_rels/document.xml.rels': rels.encode()})

    # 4. toggle properties
    for which in TOGGLE:
        for twin in (False, True):
            d = new()
            toggled(d, which, twin)
            save('tog-%s%s' % (which, '-twin' if twin else ''), d, {'word/styles.xml': toggle_styles(styles, which)})

    # 6. rows of no cells
    d = new()
    empty_row(d, 2, 3)
    save('emptytr', d)
    d = new()
    empty_row(d, 1, 0)
    save('emptytr-head', d)

    # 5. the place and date line broken by a line break
    for name, first, rest in (('day', 'Yên Thế, ngày 15', 'tháng 01 năm 2024'),
                              ('month', 'Yên Thế, ngày 15 tháng 01', 'năm 2024'),
                              ('slash', 'Yên Thế, ngày 15/01/', '2024')):
        d = new()
        date_break(d, place, first, rest)
        save('datebreak-' + name, d)
        d = new()
        replace_text(d, place, first + rest if name == 'slash' else first + ' ' + rest)
        save('datebreak-%s-twin' % name, d)


if __name__ == '__main__':
    main()
