"""tests/hardening/attack14_docx.py DIR - writes the Word documents of
attack14.sh into DIR: each a whole Kế hoạch (header, title, body, closing,
signature) whose body is numbered through numbering.xml, written from
scratch with zipfile so that each holds exactly the markup under test."""
import os
import sys
import zipfile

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'


def para(text, ppr='', rpr=''):
    ppr = '<w:pPr>%s</w:pPr>' % ppr if ppr else ''
    rpr = '<w:rPr>%s</w:rPr>' % rpr if rpr else ''
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, text)


def num(num_id, ilvl=0):
    return '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num_id)


def lvl(ilvl, fmt, text):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/></w:lvl>' % (ilvl, fmt, text))


def abstract(aid, levels, extra=''):
    return '<w:abstractNum w:abstractNumId="%d">%s%s</w:abstractNum>' % (aid, extra, levels)


def instance(nid, aid):
    return '<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nid, aid)


C, R, B = '<w:jc w:val="center"/>', '<w:jc w:val="right"/>', '<w:b/>'
HEAD = [para('ỦY BAN NHÂN DÂN', C, B), para('HUYỆN YÊN THẾ', C, B), para('Số:      /KH-UBND', C),
        para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', C, B), para('Độc lập - Tự do - Hạnh phúc', C, B),
        para('Yên Thế, ngày 10 tháng 01 năm 2024', R, '<w:i/>'), para('KẾ HOẠCH', C, B),
        para('Thực hiện nhiệm vụ năm 2024', C, B), para('Căn cứ tình hình thực tế của địa phương.'),
        para('UBND huyện xây dựng Kế hoạch như sau:')]
TAIL = [para('Trên đây là Kế hoạch của UBND huyện./.'), para('Nơi nhận:', '', '<w:b/><w:i/>'),
        para('- UBND tỉnh;'), para('- Lưu: VT.'), para('TM. ỦY BAN NHÂN DÂN', R, B),
        para('CHỦ TỊCH', R, B), para('Nguyễn Văn A', R, B)]


def write(path, body, numbering, styles='', parts=None, rels='', types=''):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml',
               '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
               'package/2006/content-types"><Default Extension="rels" ContentType="application/'
               'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
               'ContentType="application/xml"/><Override PartName="/word/document.xml" '
               'ContentType="%sdocument.main+xml"/><Override PartName="/word/numbering.xml" '
               'ContentType="%snumbering+xml"/><Override PartName="/word/styles.xml" '
               'ContentType="%sstyles+xml"/>%s</Types>' % (CT, CT, CT, types))
    z.writestr('_rels/.rels',
               '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
               'Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % REL)
    z.writestr('word/_rels/document.xml.rels',
               '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" '
               'Type="%snumbering" Target="numbering.xml"/><Relationship Id="rId3" '
               'Type="%sstyles" Target="styles.xml"/>%s</Relationships>' % (REL, REL, rels))
    for name, data in (parts or {}).items():
        z.writestr(name, data)
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s>'
               '<w:body>%s<w:sectPr/></w:body></w:document>' % (NS, ''.join(HEAD + body + TAIL)))
    z.writestr('word/numbering.xml', '<?xml version="1.0" encoding="UTF-8"?><w:numbering %s>%s'
               '</w:numbering>' % (NS, numbering))
    z.writestr('word/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><w:styles %s>%s'
               '</w:styles>' % (NS, styles))
    z.close()


def cell(text, ppr='', tcpr=''):
    return '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (tcpr, para(text, ppr))


def table(rows):
    grid = ''.join('<w:gridCol w:w="%d"/>' % w for w in (800, 3000, 2000, 2000))
    return ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/>'
            '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>%s'
            '</w:tbl>' % (grid, ''.join(rows)))


def row(cells, trpr=''):
    return '<w:tr>%s%s</w:tr>' % ('<w:trPr>%s</w:trPr>' % trpr if trpr else '', ''.join(cells))


def main(out):
    # the body's list: I., 1., a)
    body_list = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') +
                         lvl(2, 'lowerLetter', '%3)')) + instance(1, 1)
    header = row([cell('STT'), cell('Nội dung'), cell('Đơn vị'), cell('Số lượng')])

    # F1: the STT cells numbered by a list of their own (no text in them)
    stt = abstract(2, lvl(0, 'decimal', '%1')) + instance(2, 2)
    rows = [header] + [row([cell('', num(2)), cell('Việc %d' % i), cell('Xã %d' % i), cell(str(10 * i))])
                       for i in range(1, 5)]
    write(os.path.join(out, 'tblnum.docx'),
          [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
           para('Bảng 1. Số liệu', C, B), table(rows), para('Cấp thôn', num(1, 1), B), para('Làm đường.')],
          body_list + stt)
    # F1: items of the body's list inside a table's cells, the list going on after it
    rows = [header] + [row([cell('x'), cell('Việc %d' % i, num(1, 2)), cell('Xã %d' % i), cell(str(10 * i))])
                       for i in (1, 2)]
    write(os.path.join(out, 'tblsame.docx'),
          [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B), para('Điểm một', num(1, 2)),
           table(rows), para('Điểm sau bảng', num(1, 2)), para('Cấp thôn', num(1, 1), B),
           para('Làm đường.')], body_list)

    # F2: the paragraphs name list 5, whose abstract list 5 holds only
    # numStyleLink "KHList"; abstract list 6 (styleLink "KHList") has the levels
    linked = (abstract(5, '', '<w:numStyleLink w:val="KHList"/>') +
              abstract(6, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.'),
                       '<w:styleLink w:val="KHList"/>') + instance(5, 5) + instance(6, 6))
    styles = ('<w:style w:type="numbering" w:styleId="KHList"><w:name w:val="KHList"/><w:pPr>'
              '<w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>')
    write(os.path.join(out, 'stylelink.docx'),
          [para('MỤC TIÊU', num(5, 0), B), para('Cấp xã', num(5, 1), B), para('Hoàn thành.'),
           para('NHIỆM VỤ', num(5, 0), B), para('Cấp thôn', num(5, 1), B), para('Làm đường.')],
          linked, styles)

    # F3: rows with w:gridBefore, w:gridAfter and a cell spanning two columns
    rows = [header,
            row([cell('1'), cell('Việc 1'), cell('Xã 1'), cell('10')]),
            row([cell('Việc 2'), cell('Xã 2'), cell('20')], '<w:gridBefore w:val="1"/>'),
            row([cell('3'), cell('Việc 3'), cell('Xã 3')], '<w:gridAfter w:val="1"/>'),
            row([cell('4'), cell('Việc 4 gộp ngang', '', '<w:gridSpan w:val="2"/>'), cell('40')])]
    write(os.path.join(out, 'gridbefore.docx'),
          [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
           para('Bảng 1. Số liệu', C, B), table(rows), para('Cấp thôn', num(1, 1), B), para('Làm đường.')],
          body_list)


    # F4: an embedded document (w:altChunk, a .docx part) between two paragraphs
    inner = os.path.join(out, 'chunk.docx')
    write(inner, [para('ĐOẠN TỪ VĂN BẢN NHÚNG.')], '')
    with open(inner, 'rb') as f:
        chunk = f.read()
    os.remove(inner)
    write(os.path.join(out, 'altchunk.docx'),
          [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B), para('Hoàn thành.'),
           '<w:altChunk r:id="rIdAlt1"/>', para('Làm đường.')],
          body_list, parts={'word/chunk.docx': chunk},
          rels='<Relationship Id="rIdAlt1" Type="%saFChunk" Target="chunk.docx"/>' % REL)


if __name__ == '__main__':
    main(sys.argv[1])
