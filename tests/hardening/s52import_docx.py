"""tests/hardening/s52import_docx.py - the Word documents of s52import.sh.

s52import_docx.py SRC DIR: SRC (khgen's .docx of a plan) with the Word
features session 51 left on import, each written into DIR beside its
"twin", the file as Word shows it (the same text typed plainly):
  - date-words.docx: the place and date line's date a date picker whose
    w:dateFormat spells the weekday ("dddd, 'ngày' dd 'tháng' MM 'năm'
    yyyy"), bound to a custom XML node "2025-01-15T00:00:00", its saved
    text "ngày      tháng 01 năm 2024" as SRC prints it: Word writes the
    weekday in the words of its Windows locale data for vi-VN, which
    differ between versions ("Thứ Tư"); date-month.docx: the same with
    "'ngày' dd MMMM 'năm' yyyy" ("tháng Một", "Tháng Giêng" or "tháng 1");
    date-digits.docx (guard): "'ngày' dd 'tháng' MM 'năm' yyyy", which
    import writes (s51word F1), no note;
  - numcaps.docx: the section headings' typed "I. ", "II. ", "III. "
    taken out of their text and the paragraphs numbered by a list whose
    level is lowerRoman "%1." with w:caps in its w:rPr (ECMA-376 17.9.24:
    the level's run properties are its number's): Word shows "I.", "II.",
    "III." (twin: SRC); numsmall.docx: w:smallCaps there (small capitals,
    read as capitals as a run's are); numplain.docx (guard): the level
    without caps shows "i.", "ii.", "iii.";
  - caps-small.docx: three KHBody paragraphs given a paragraph style in
    All Caps (w:caps) and their runs a character style in small capitals
    (w:smallCaps): two toggle properties (ECMA-376 17.7.3), each on once,
    so Word shows capitals (twin: the paragraph style alone);
    small-caps.docx: the paragraph style's w:smallCaps, the runs' w:caps;
    small-small.docx (guard): both w:smallCaps, toggled off (twin: the
    plain paragraphs);
  - tblcaps.docx: Biểu 02's table given a table style (w:tblStyle) whose
    w:rPr is All Caps: Word shows its cells in capitals (twin: the cells'
    text typed in capitals); tblcaps-para.docx (guard): its cells'
    paragraphs also of a paragraph style in All Caps, which toggles it
    off (ECMA-376 17.7.3): as typed (twin: SRC);
  - sheet-bold.docx: s51ole_docx.py's Biểu 06 as an embedded Excel
    worksheet whose group rows ("I. Cấp huyện", "II. Cấp xã", merged
    across the row) are in a bold font (styles.xml's fonts, a cellXfs'
    fontId), as an office's Excel Biểu shows them; its twin the same
    cells typed as a Word table, the group rows bold;
  - sheet-outside.docx: a worksheet of two header rows ("STT" and "Tên
    xã" merged down A1:A2 and B1:B2, "Kết quả" across C1:D1 over "Năm
    2023", "Năm 2024") whose object shows A2:D4 (oleSize): Excel's picture
    shows "STT" and "Tên xã" in row 2 (a merged cell's text at its
    bottom, Excel's default), and the twin is the Word table of the rows
    shown, "STT", "Tên xã", "Năm 2023", "Năm 2024" over the figures."""
import io
import os
import sys
import zipfile

from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s50attack_docx import W, q, text_of  # noqa: E402
import s51ole_docx as s51ole  # noqa: E402
from s51word_docx import (CT_NUMBERING, REL, bind_in, body_paras, custom_parts, date_kind,  # noqa: E402
                          item_xml, write)

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="%s">'
             '<w:abstractNum w:abstractNumId="9"><w:multiLevelType w:val="singleLevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%%1."/>'
             '<w:lvlJc w:val="left"/><w:rPr>%s</w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="5"><w:abstractNumId w:val="9"/></w:num></w:numbering>')


def styled(styles, para, char):
    """styles.xml with a paragraph style CpPara (based on KHBody) of the
    toggle para and a character style CpChar of the toggle char."""
    root = etree.fromstring(styles)
    for sid, kind, tag in (('CpPara', 'paragraph', para), ('CpChar', 'character', char)):
        s = etree.SubElement(root, q('style'))
        s.set(q('type'), kind)
        s.set(q('customStyle'), '1')
        s.set(q('styleId'), sid)
        etree.SubElement(s, q('name')).set(q('val'), 'Cp ' + kind)
        if kind == 'paragraph':
            etree.SubElement(s, q('basedOn')).set(q('val'), 'KHBody')
        etree.SubElement(etree.SubElement(s, q('rPr')), q(tag))
    return etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)


def restyled(doc, runs_too):
    for p in body_paras(doc):
        p.find(q('pPr')).find(q('pStyle')).set(q('val'), 'CpPara')
        for r in p.iter(q('r')) if runs_too else ():
            rpr = r.find(q('rPr'))
            if rpr is None:
                rpr = etree.Element(q('rPr'))
                r.insert(0, rpr)
            rpr.insert(0, etree.Element(q('rStyle')))
            rpr[0].set(q('val'), 'CpChar')


def sections_numbered(doc):
    """The KHSection paragraphs' typed label taken out, each numbered by
    list 5."""
    n = 0
    for p in body_paras(doc, 'KHSection', 99):
        t = [t for t in p.iter(q('t')) if t.text][0]
        label = t.text.split(' ', 1)[0]
        assert label.rstrip('.').strip('IVX') == '', label
        t.text = t.text[len(label):].lstrip(' ')
        ppr = p.find(q('pPr'))
        numpr = etree.Element(q('numPr'))
        etree.SubElement(numpr, q('ilvl')).set(q('val'), '0')
        etree.SubElement(numpr, q('numId')).set(q('val'), '5')
        ppr.insert(1, numpr)
        n += 1
    assert n >= 3, n


GROUPS = {"rows": [[s51ole.head("STT"), s51ole.head("Tên xã"), s51ole.head("Số tiêu chí đạt"),
                    s51ole.head("Ghi chú")],
                   [s51ole.t("I. Cấp huyện"), s51ole.t(""), s51ole.t(""), s51ole.t("")],
                   [s51ole.n("1", 1), s51ole.t("Xã Tân Sỏi"), s51ole.n("17", 17), s51ole.t("Đạt chuẩn")],
                   [s51ole.n("2", 2), s51ole.t("Xã Đồng Vương"), s51ole.n("15", 15), s51ole.t("")],
                   [s51ole.t("II. Cấp xã"), s51ole.t(""), s51ole.t(""), s51ole.t("")],
                   [s51ole.n("3", 3), s51ole.t("Xã Phồn Xương"), s51ole.n("19", 19), s51ole.t("Giữ vững")]],
          "merges": ["A2:D2", "A5:D5"], "bold": [2, 5]}


H, T, N = s51ole.head, s51ole.t, s51ole.n
OUTSIDE = {"rows": [[H("STT"), H("Tên xã"), H("Kết quả"), H("")],
                    [H(""), H(""), H("Năm 2023"), H("Năm 2024")],
                    [N("1", 1), T("Xã Tân Sỏi"), N("14", 14), N("17", 17)],
                    [N("2", 2), T("Xã Đồng Vương"), N("12", 12), N("15", 15)]],
           "merges": ["A1:A2", "B1:B2", "C1:D1"], "ole": "A2:D4"}
OUTSIDE_TWIN = {"rows": [[H("STT"), H("Tên xã"), H("Năm 2023"), H("Năm 2024")]] + OUTSIDE["rows"][2:]}


def bold_sheet(spec):
    """s51ole's workbook of spec, the rows listed in spec["bold"] (from
    1) in a bold font"""
    import openpyxl
    from openpyxl.styles import Font
    data = s51ole.xlsx_bytes(spec)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.active
    for r in spec["bold"]:
        for c in ws[r]:
            c.font = Font(bold=True)
    out = io.BytesIO()
    wb.save(out)
    return s51ole.rework(out.getvalue(), spec)


def bold_twin(doc, spec):
    s51ole.add_twin(doc, spec)
    tbl = doc.tables[-1]
    for r in spec["bold"]:
        for cell in tbl.rows[r - 1].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True


def sheets(src, out):
    doc, twin = s51ole.page(src), s51ole.page(src)
    for d in (doc, twin):
        s51ole.heading(d, "Biểu 06", "KẾT QUẢ THỰC HIỆN TIÊU CHÍ (NHÓM)")
    s51ole.add_object(doc, bold_sheet(GROUPS))
    bold_twin(twin, GROUPS)
    doc.save(os.path.join(out, "sheet-bold.docx"))
    twin.save(os.path.join(out, "sheet-bold-twin.docx"))
    doc, twin = s51ole.page(src), s51ole.page(src)
    for d in (doc, twin):
        s51ole.heading(d, "Biểu 06", "KẾT QUẢ THỰC HIỆN TIÊU CHÍ (HAI NĂM)")
    s51ole.add_object(doc, s51ole.xlsx_bytes(OUTSIDE))
    s51ole.add_twin(twin, OUTSIDE_TWIN)
    doc.save(os.path.join(out, "sheet-outside.docx"))
    twin.save(os.path.join(out, "sheet-outside-twin.docx"))


def table_styled(styles, para_caps):
    """styles.xml with a table style KhBieu in All Caps (and, para_caps, a
    paragraph style CpCell based on KHTable in All Caps)"""
    root = etree.fromstring(styles)
    s = etree.SubElement(root, q('style'))
    s.set(q('type'), 'table')
    s.set(q('styleId'), 'KhBieu')
    etree.SubElement(s, q('name')).set(q('val'), 'Kh Bieu')
    etree.SubElement(etree.SubElement(s, q('rPr')), q('caps'))
    if para_caps:
        s = etree.SubElement(root, q('style'))
        s.set(q('type'), 'paragraph')
        s.set(q('styleId'), 'CpCell')
        etree.SubElement(s, q('name')).set(q('val'), 'Cp cell')
        etree.SubElement(s, q('basedOn')).set(q('val'), 'KHTable')
        etree.SubElement(etree.SubElement(s, q('rPr')), q('caps'))
    return etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)


def tbl_caps(doc, how):
    """Biểu 02's table (the body's third table) given the table style
    (how 'style', 'para': and its cells' paragraphs CpCell), or its cells'
    text typed in capitals (how 'typed')"""
    tbl = list(doc.iter(q('tbl')))[2]
    if how != 'typed':
        pr = tbl.find(q('tblPr'))
        if pr is None:
            pr = etree.Element(q('tblPr'))
            tbl.insert(0, pr)
        etree.SubElement(pr, q('tblStyle')).set(q('val'), 'KhBieu')
        pr.insert(0, pr[-1])
    for p in tbl.iter(q('p')) if how == 'para' else ():
        ppr = p.find(q('pPr'))
        if ppr is None:
            ppr = etree.Element(q('pPr'))
            p.insert(0, ppr)
        st = ppr.find(q('pStyle'))
        if st is None:
            st = etree.Element(q('pStyle'))
            ppr.insert(0, st)
        st.set(q('val'), 'CpCell')
    for t in tbl.iter(q('t')) if how == 'typed' else ():
        t.text = (t.text or '').upper()


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

    # 2. a bound date picker whose picture spells a day or a month in words
    for name, fmt in (('date-words', "dddd, 'ngày' dd 'tháng' MM 'năm' yyyy"),
                      ('date-month', "'ngày' dd MMMM 'năm' yyyy"),
                      ('date-digits', "'ngày' dd 'tháng' MM 'năm' yyyy")):
        d = new()
        bind_in(d, place[len('Yên Thế, '):], 'ngay', date_kind(fmt, '2024-01-01T00:00:00Z'))
        save(name, d, dict(custom_parts(z), **{'customXml/item1.xml': item_xml(ngay='2025-01-15T00:00:00')}))

    # 3a. caps on a numbering level's run properties
    ct = z.read('[Content_Types].xml').decode('utf-8').replace(
        '</Types>', '<Override PartName="/word/numbering.xml" ContentType="%s"/></Types>' % CT_NUMBERING)
    rels = z.read('word/_rels/document.xml.rels').decode('utf-8').replace(
        '</Relationships>', '<Relationship Id="rIdNum" Type="%snumbering" Target="numbering.xml"/>'
        '</Relationships>' % REL)
    for name, rpr in (('numcaps', '<w:caps/>'), ('numsmall', '<w:smallCaps/>'), ('numplain', '')):
        d = new()
        sections_numbered(d)
        save(name, d, {'word/numbering.xml': (NUMBERING % (W, rpr)).encode(), '[Content_Types].xml': ct.encode(),
                       'word/_rels/document.xml.rels': rels.encode()})

    # 3b. All Caps and small capitals, two toggle properties
    for name, para, char in (('caps-small', 'caps', 'smallCaps'), ('small-caps', 'smallCaps', 'caps'),
                             ('small-small', 'smallCaps', 'smallCaps')):
        d = new()
        restyled(d, True)
        save(name, d, {'word/styles.xml': styled(styles, para, char)})
        d = new()
        if name != 'small-small':  # toggled off: the plain paragraphs, SRC
            restyled(d, False)
        save(name + '-twin', d, {'word/styles.xml': styled(styles, para, char)})

    # 3c. a table style's toggles
    for name, how, twin in (('tblcaps', 'style', 'typed'), ('tblcaps-para', 'para', None)):
        d = new()
        tbl_caps(d, how)
        save(name, d, {'word/styles.xml': table_styled(styles, how == 'para')})
        if twin:
            d = new()
            tbl_caps(d, twin)
            save(name + '-twin', d)

    # 3d. a worksheet's bold group rows
    sheets(src, out)


if __name__ == '__main__':
    main()
