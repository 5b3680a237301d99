"""tests/hardening/foreign30_docx.py DIR - the Word documents of
foreign30.sh, into DIR, made with python-docx on foreign28_docx.py's plan
(a borderless 2x2 header table, its signature table):
  - wps.docx: the body numbered as WPS Office writes a multilevel list
    (w:nsid, w:tmpl, w:tentative="0" levels, "%1." with a tab stop in each
    level's w:pPr, w:rFonts w:hint="default"): "I.", "1.", "1.1.", "a)",
    "-", "+", a paragraph's text after a typed tab;
  - wps_chuong.docx: the same list's levels "Chương %1", "Mục %2.",
    "Điều %3.", "%4)";
  - sdt.docx: content controls (w:sdt) around a block of body paragraphs,
    around a run of the date line and around a table's row;
  - ref.docx: a bookmark on the "Biểu 01" page's label and a REF field
    to it in the body, "(Chi tiết theo Biểu 01)", Word's result saved;
  - frame.docx: the signature's lines in paragraphs of a floating frame
    (w:framePr), the recipients beside it, as old templates lay them out;
  - phuluc.docx: a "Phụ lục I" page after the signature whose text is
    numbered clauses "1.", "2." and "a)" points (no table);
  - pandoc_title.docx: as `pandoc -f html -t docx` (or from a .md with a
    front matter's title) writes a plan: its metadata title, "KẾ HOẠCH
    Thực hiện ...", a "Title" paragraph above the header, a "Date" one
    under it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from foreign28_docx import AL, header, nsdecls, par, parse_xml, row_signature  # noqa: E402

W = nsdecls('w')


def start(title=None):
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Times New Roman'
    doc.styles['Normal'].font.size = Pt(14)
    if title:
        doc.add_paragraph(title, style='Title')
        doc.add_paragraph('2024-01-15', style='Subtitle')
    header(doc)
    par(doc, 'KẾ HOẠCH', True, align=AL.CENTER)
    par(doc, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', True, align=AL.CENTER)
    par(doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italic=True)
    par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:')
    return doc


def close(doc, path, signature=row_signature('-')):
    par(doc, 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.')
    if signature:
        signature(doc)


def wps_lvl(il, fmt, text):
    return ('<w:lvl w:ilvl="%d" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="%d"/>'
            '</w:tabs><w:ind w:left="%d" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:hint="default"/>'
            '</w:rPr></w:lvl>') % (il, fmt, text, 420 * (il + 1), 420 * (il + 1))


def wps(path, levels, paras):
    doc = start()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml('<w:abstractNum %s w:abstractNumId="7"><w:nsid w:val="5C2A1B3F"/>'
                                  '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="5C2A1B3F"/>%s'
                                  '</w:abstractNum>' % (W, ''.join(wps_lvl(i, f, t) for i, (f, t) in
                                                                   enumerate(levels)))))
    numbering.append(parse_xml('<w:num %s w:numId="7"><w:abstractNumId w:val="7"/></w:num>' % W))
    for il, text, bold in paras:
        p = par(doc, text, bold, align=AL.JUSTIFY)
        if il >= 0:
            p._p.get_or_add_pPr().append(parse_xml(
                '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="7"/></w:numPr>' % (W, il)))
    close(doc, path)
    doc.save(path)


WPS = [('upperRoman', '%1.'), ('decimal', '%2.'), ('decimal', '%2.%3.'), ('lowerLetter', '%4)'),
       ('bullet', '-'), ('bullet', '+')]
WPS_PARAS = [(0, 'MỤC ĐÍCH, YÊU CẦU', True), (1, 'Mục đích', True),
             (-1, 'Nâng cao đời sống vật chất và tinh thần của Nhân dân.', False),
             (2, 'Phát triển kinh tế', False), (3, 'Tăng thu nhập bình quân đầu người.', False),
             (4, '\tCác xã phấn đấu đạt chuẩn nông thôn mới.', False), (5, 'Thôn Đồng Mới đạt chuẩn.', False),
             (3, 'Giảm tỷ lệ hộ nghèo.', False), (2, 'Phát triển văn hóa', False),
             (1, 'Yêu cầu', True), (0, 'TỔ CHỨC THỰC HIỆN', True),
             (1, 'Phòng Tài chính - Kế hoạch chủ trì, tham mưu UBND huyện triển khai Kế hoạch.', False)]
CHUONG = [('upperRoman', 'Chương %1'), ('decimal', 'Mục %2.'), ('decimal', 'Điều %3.'),
          ('lowerLetter', '%4)')]
CHUONG_PARAS = [(0, 'NHỮNG QUY ĐỊNH CHUNG', True), (1, 'Mục đích', True),
                (2, 'Nâng cao đời sống Nhân dân.', False), (3, 'Tăng thu nhập.', False),
                (2, 'Phát triển văn hóa.', False), (0, 'TỔ CHỨC THỰC HIỆN', True),
                (2, 'Phòng Tài chính - Kế hoạch chủ trì triển khai Kế hoạch.', False)]


def sdt_block(inner):
    return ('<w:sdt %s><w:sdtPr><w:alias w:val="Nội dung"/><w:tag w:val="noidung"/><w:id w:val="101"/>'
            '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (W, inner)


def p_xml(text, bold=False):
    return ('<w:p %s><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (W, '<w:rPr><w:b/></w:rPr>' if bold else '', text))


def sdt(path):
    doc = start()
    body = doc.element.body
    inner = ''.join(p_xml(t, b) for t, b in [('I. MỤC ĐÍCH, YÊU CẦU', True),
                                            ('1. Nâng cao đời sống vật chất và tinh thần của Nhân dân.', False),
                                            ('II. TỔ CHỨC THỰC HIỆN', True),
                                            ('1. Phòng Tài chính - Kế hoạch chủ trì triển khai.', False)])
    body.sectPr.addprevious(parse_xml(sdt_block(inner)))
    close(doc, path)
    # the date line's day in a run-level content control (a date picker)
    for p in doc.tables[0].cell(1, 1).paragraphs:
        for r in p.runs:
            if 'ngày 15' in r.text:
                before, after = r.text.split('15', 1)
                r.text = before
                r._r.addnext(parse_xml(
                    '<w:sdt %s><w:sdtPr><w:date w:fullDate="2024-01-15T00:00:00Z"><w:dateFormat w:val="dd"/>'
                    '</w:date></w:sdtPr><w:sdtContent><w:r><w:rPr><w:i/></w:rPr><w:t>15</w:t></w:r>'
                    '</w:sdtContent></w:sdt>' % W))
                p._p.append(parse_xml('<w:r %s><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                                      % (W, after)))
    doc.save(path)


def ref(path):
    doc = start()
    par(doc, 'I. MỤC ĐÍCH, YÊU CẦU', True)
    p = doc.add_paragraph()
    p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">1. Nâng cao tỷ lệ xã đạt chuẩn (Chi tiết theo </w:t></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> REF _Ref1234 \\h </w:instrText></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:t>Biểu 01</w:t></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve"> đính kèm).</w:t></w:r>' % W))
    close(doc, path)
    doc.add_page_break()
    b = doc.add_paragraph()
    b._p.append(parse_xml('<w:bookmarkStart %s w:id="0" w:name="_Ref1234"/>' % W))
    b._p.append(parse_xml('<w:r %s><w:rPr><w:b/></w:rPr><w:t>Biểu 01</w:t></w:r>' % W))
    b._p.append(parse_xml('<w:bookmarkEnd %s w:id="0"/>' % W))
    par(doc, 'DANH SÁCH XÃ ĐẠT CHUẨN NĂM 2024', True, align=AL.CENTER)
    t = doc.add_table(rows=3, cols=3)
    t.style = 'Table Grid'
    for i, row in enumerate([('STT', 'Tên xã', 'Năm đạt chuẩn'), ('1', 'Xã Đồng Hưu', '2024'),
                             ('2', 'Xã Tân Hiệp', '2024')]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.save(path)


def frame(path):
    doc = start()
    par(doc, 'I. MỤC ĐÍCH, YÊU CẦU', True)
    par(doc, '1. Nâng cao đời sống vật chất và tinh thần của Nhân dân.')

    def sig(d):
        for text, bold, italic in [('Nơi nhận:', True, True), ('- UBND tỉnh Bắc Giang (b/c);', False, False),
                                   ('- Lưu: VT.', False, False)]:
            par(d, text, bold, italic)
        for text in ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Văn Bình']:
            p = par(d, text, True, align=AL.CENTER)
            p._p.get_or_add_pPr().insert(0, parse_xml(
                '<w:framePr %s w:w="4500" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
                'w:hAnchor="page" w:x="6500" w:y="-1200"/>' % W))
    close(doc, path, sig)
    doc.save(path)


def phuluc(path):
    doc = start()
    par(doc, 'I. MỤC ĐÍCH, YÊU CẦU', True)
    par(doc, '1. Nâng cao đời sống vật chất và tinh thần của Nhân dân (Phụ lục I).')
    close(doc, path)
    doc.add_page_break()
    par(doc, 'Phụ lục I', True, align=AL.CENTER)
    par(doc, 'NỘI DUNG HỖ TRỢ CÁC XÃ', True, align=AL.CENTER)
    par(doc, '(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024 của UBND huyện Yên Thế)', italic=True,
        align=AL.CENTER)
    for t in ['1. Hỗ trợ xi măng làm đường giao thông nông thôn.', 'a) Mức hỗ trợ 50 tấn/km.',
              'b) Các xã tự bố trí cát, sỏi.', '2. Hỗ trợ kinh phí tuyên truyền.']:
        par(doc, t)
    doc.save(path)


def pandoc_title(path):
    doc = start('KẾ HOẠCH Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024')
    par(doc, 'I. MỤC ĐÍCH, YÊU CẦU', True)
    par(doc, '1. Nâng cao đời sống vật chất và tinh thần của Nhân dân.')
    close(doc, path)
    doc.save(path)


def main(out):
    pandoc_title(os.path.join(out, 'pandoc_title.docx'))
    wps(os.path.join(out, 'wps.docx'), WPS, WPS_PARAS)
    wps(os.path.join(out, 'wps_chuong.docx'), CHUONG, CHUONG_PARAS)
    sdt(os.path.join(out, 'sdt.docx'))
    ref(os.path.join(out, 'ref.docx'))
    frame(os.path.join(out, 'frame.docx'))
    phuluc(os.path.join(out, 'phuluc.docx'))


if __name__ == '__main__':
    main(sys.argv[1])
