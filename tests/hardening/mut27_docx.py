#!/usr/bin/python3
"""tests/hardening/mut27_docx.py DIR - the Word documents of mut27.sh (the
cases of session 27's mutation sweep that import a .docx), written into
DIR: each a minimal package a plan's header opens, then what the case
reads."""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'


def para(text, extra='', ppr=''):
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r>%s</w:p>' % (ppr, text, extra)


def cell(text, vmerge=None):
    vm = '' if vmerge is None else ('<w:vMerge w:val="restart"/>' if vmerge else '<w:vMerge/>')
    body = para(text) if text else '<w:p/>'
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (vm, body)


HEAD = (para('ỦY BAN NHÂN DÂN') + para('XÃ AN BÌNH') + para('Số: 12/KH-UBND') + para('KẾ HOẠCH') +
        para('Thực hiện nhiệm vụ năm 2025') + para('I. MỤC TIÊU'))


def docx(path, body, parts=None, rels='', main='word/document.xml', sect=''):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="%s"/></Relationships>' % (PKG, REL, main))
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">%s</Relationships>' % (PKG, rels))
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s xmlns:r="%s"><w:body>%s%s%s</w:body></w:document>' % (W, REL, HEAD, body, sect))
    for name, data in (parts or {}).items():
        z.writestr(name, data)
    z.close()


def tab_line(left, right=None):
    """A line of a block set in two columns over a centre tab stop."""
    ppr = '<w:pPr><w:tabs><w:tab w:val="center" w:pos="6804"/></w:tabs></w:pPr>'
    runs = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % left
    if right is not None:
        runs += '<w:r><w:tab/><w:t xml:space="preserve">%s</w:t></w:r>' % right
    return '<w:p>%s%s</w:p>' % (ppr, runs)


def tab_signature(between, dash='- '):
    """The signature set with tabs, BETWEEN recipients without a tab
    between the signer's title and the line that holds the name, each
    typed after DASH."""
    lines = [tab_line('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'), tab_line('- UBND huyện;', 'KT. CHỦ TỊCH'),
             tab_line('- Đảng ủy xã;', 'PHÓ CHỦ TỊCH')]
    lines += [tab_line('%sThôn %d;' % (dash, k + 1)) for k in range(between)]
    lines.append(tab_line('- Lưu: VT.', 'Trần Văn Bình'))
    return ''.join(lines)


def main():
    d = sys.argv[1]
    # docx_kept-002: a footnote's reference and no text box: KH759 counts it
    docx(d + '/footnote.docx', para('Hoàn thành nhiệm vụ', '<w:r><w:footnoteReference w:id="1"/></w:r>'),
         {'word/footnotes.xml': '<?xml version="1.0" encoding="UTF-8"?><w:footnotes %s><w:footnote w:id="1">%s</w:footnote></w:footnotes>' % (W, para('Chú thích một'))},
         '<Relationship Id="rId5" Type="%s/footnotes" Target="footnotes.xml"/>' % REL)
    # docx_kept-019: a cell of 64 KB merged down 80 rows: copies past the
    # budget of 4 MiB, KH759 names it
    big = 'Nội dung dài ' * 5000
    rows = ['<w:tr>%s%s</w:tr>' % (cell('STT'), cell('Nội dung'))]
    rows.append('<w:tr>%s%s</w:tr>' % (cell('1'), cell(big, 1)))
    for i in range(2, 82):
        rows.append('<w:tr>%s%s</w:tr>' % (cell(str(i)), cell('', 0)))
    docx(d + '/vmerge.docx', '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>%s</w:tbl>' % ''.join(rows))

    # docx_tabcols-001: the signer's name 15 and 16 lines of recipients
    # and 30 lines of recipients below the title (TAB_BETWEEN_MAX)
    for n in (15, 16, 30):
        docx(d + '/tabsig%d.docx' % n, para('Hoàn thành nhiệm vụ.') +
             para('Trên đây là Kế hoạch năm 2025 của UBND xã An Bình./.') + tab_signature(n))
    # docx_tabcols-069: 15 recipients typed without their dash right under
    # the block's first line (lines of another kind between, 15 at most)
    lines = [tab_line('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN')]
    lines += [tab_line('Thôn %d;' % (k + 1)) for k in range(15)]
    lines += [tab_line('- Lưu: VT.', 'CHỦ TỊCH'), tab_line('', 'Trần Văn Bình')]
    docx(d + '/tabsig15nodash.docx', para('Hoàn thành nhiệm vụ.') +
         para('Trên đây là Kế hoạch năm 2025 của UBND xã An Bình./.') + ''.join(lines))
    # docx_pagehead-081: a page footer "Trang 1" (its PAGE field): the
    # page's own words, no note
    docx(d + '/footer.docx', para('Hoàn thành nhiệm vụ.'),
         {'word/footer1.xml': '<?xml version="1.0" encoding="UTF-8"?><w:ftr %s><w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>' % W},
         '<Relationship Id="rId7" Type="%s/footer" Target="footer1.xml"/>' % REL,
         sect='<w:sectPr><w:footerReference w:type="default" r:id="rId7"/></w:sectPr>')
    # docx_part-024: _rels/.rels names "word/../word/document.xml", a name
    # holding "..", which the zip holds too: the usual word/document.xml
    # is read, not that entry
    docx(d + '/dotdot.docx', para('Nội dung thật.'),
         {'word/../word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, HEAD, para('Nội dung giả.'))},
         main='word/../word/document.xml')
    # docx_style-005, 012: the default paragraph style, w:default="on"
    # (its capitals shown on the body's paragraphs), and one of
    # w:default="0" before w:default="1" (no default: its capitals none)
    styles = '<?xml version="1.0" encoding="UTF-8"?><w:styles %s>%s</w:styles>'
    caps = '<w:style w:type="paragraph" w:default="%s" w:styleId="%s"><w:rPr><w:caps/></w:rPr></w:style>'
    plain = '<w:style w:type="paragraph" w:default="%s" w:styleId="%s"/>'
    srel = '<Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/>' % REL
    docx(d + '/style_on.docx', para('Hoàn thành nhiệm vụ.'),
         {'word/styles.xml': styles % (W, caps % ('on', 'Normal'))}, srel)
    docx(d + '/style_off.docx', para('Hoàn thành nhiệm vụ.'),
         {'word/styles.xml': styles % (W, caps % ('0', 'Hoa') + plain % ('1', 'Normal'))}, srel)
    # docx_notword-009: a main part outside word/ and no [Content_Types].xml
    z = zipfile.ZipFile(d + '/notypes.docx', 'w', zipfile.ZIP_DEFLATED)
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="doc/main.xml"/></Relationships>' % (PKG, REL))
    z.writestr('doc/main.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, HEAD + para('Nội dung.')))
    z.close()
    # docx_layout-014: a table of two columns under a title row (one cell
    # over both columns, "Biểu 01"): the title is the table's, not a row
    def tc(text, span=1):
        pr = '<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>' % span if span > 1 else ''
        return '<w:tc>%s%s</w:tc>' % (pr, para(text))
    rows = ['<w:tr>%s</w:tr>' % tc('Biểu 01: DANH SÁCH THÔN ĐẠT CHUẨN', 2),
            '<w:tr>%s%s</w:tr>' % (tc('STT'), tc('Tên thôn')),
            '<w:tr>%s%s</w:tr>' % (tc('1'), tc('Thôn Đông')),
            '<w:tr>%s%s</w:tr>' % (tc('2'), tc('Thôn Tây'))]
    docx(d + '/title2.docx', para('Hoàn thành nhiệm vụ (chi tiết theo Biểu 01 đính kèm).') +
         '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>%s</w:tbl>' % ''.join(rows))
    # docx_kept-043, 044: cells over columns 2-3 of the rows below the
    # first, their texts over 80 bytes: the note quotes the first 80 and
    # names the columns; the second's 80th byte inside a letter of three
    # bytes ("ả"), which the quote leaves out whole
    rows = ['<w:tr>%s%s%s%s</w:tr>' % (tc('STT'), tc('Nội dung'), tc('Ghi chú'), tc('Kết quả')),
            '<w:tr>%s%s%s</w:tr>' % (tc('1'), tc('Nội dung ' + 'x' * 100, 2), tc('Đạt')),
            '<w:tr>%s%s%s</w:tr>' % (tc('2'), tc('Nội dung ' + 'z' * 68 + 'ả' + 'y' * 20, 2), tc('Đạt'))]
    docx(d + '/span.docx', para('Hoàn thành nhiệm vụ.') +
         '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>%s</w:tbl>' % ''.join(rows))

if __name__ == '__main__':
    main()
