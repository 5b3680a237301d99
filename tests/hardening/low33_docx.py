"""tests/hardening/low33_docx.py DIR - the Word documents of low33.sh,
into DIR, each a whole Kế hoạch written with zipfile (attack14_docx.py)
so that it holds exactly the markup under test:
  - basedon.docx: a paragraph style "Phan" of its own name based on a
    style named "heading 1" (its id not "Heading1"), one two steps down
    from "heading 2", a loop of two styles, and Word's "TOC Heading"
    (based on "heading 1");
  - page.docx: "Trang " and a PAGE field (complex: begin, its code split
    over two runs, separate, its saved result "7", end) and "/" and a
    NUMPAGES field (w:fldSimple, saved "9"); a DATE field, read as saved
    with a note (session 29's rule), in the paragraph after;
  - laughs.docx: word/document.xml opening with a billion laughs (a DTD
    of entities of entities);
  - nested.docx: a Biểu whose cell holds only a table (its "Ghi chú"
    laid out as a small table) and a cell with text and a table."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attack14_docx as a  # noqa: E402
from attack14_docx import B, C, R, para, write  # noqa: E402


def style(sid, name, based=''):
    return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s</w:style>' %
            (sid, name, '<w:basedOn w:val="%s"/>' % based if based else ''))


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        '<w:rPr>%s</w:rPr>' % rpr if rpr else '', text)


def fld(kind):
    return '<w:r><w:fldChar w:fldCharType="%s"/></w:r>' % kind


def instr(code):
    return '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>' % code


def cell(inner, width=2000):
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (width, inner)


def tbl(rows):
    return ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/>'
            '<w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>%s'
            '</w:tbl>' % (''.join('<w:gridCol w:w="2000"/>' for _ in rows[0]),
                          ''.join('<w:tr>%s</w:tr>' % ''.join(r) for r in rows)))


def main(out):
    styles = (style('H1', 'heading 1') + style('H2', 'heading 2') + style('Phan', 'Phan', 'H1') +
              style('Muc', 'Muc rieng', 'Muc0') + style('Muc0', 'Muc goc', 'H2') +
              style('L1', 'Vong 1', 'L2') + style('L2', 'Vong 2', 'L1') +
              style('TOCH', 'TOC Heading', 'H1'))
    write(os.path.join(out, 'basedon.docx'),
          [para('MỤC TIÊU', '<w:pStyle w:val="H1"/>'), para('Nâng cao đời sống nhân dân.'),
           para('Mục lục', '<w:pStyle w:val="TOCH"/>'),
           para('VIỆC KHÁC', '<w:pStyle w:val="Phan"/>'), para('Rà soát hồ sơ.'),
           para('Cấp thôn', '<w:pStyle w:val="Muc"/>'), para('Làm đường thôn.'),
           para('Đoạn trong vòng kiểu.', '<w:pStyle w:val="L1"/>'),
           para('NHIỆM VỤ', '<w:pStyle w:val="H1"/>'), para('Làm đường xã.')], '', styles)

    page = ('<w:p>' + run('Trang ') + fld('begin') + instr(' PA') + instr('GE \\* MERGEFORMAT ') +
            fld('separate') + run('7') + fld('end') + run('/') +
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>')
    write(os.path.join(out, 'page.docx'),
          [para('I. MỤC TIÊU', '', B), para('1. Nâng cao đời sống nhân dân.'),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường xã.'), page,
           '<w:p>' + run('Cập nhật ngày ') + fld('begin') + instr('DATE \\@ "dd/MM/yyyy"') +
           fld('separate') + run('05/12/2026') + fld('end') + run('.') + '</w:p>'], '')

    laughs = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' +
              ''.join('<!ENTITY lol%d "%s">' % (k, ('&lol%d;' % (k - 1) if k > 1 else '&lol;') * 10)
                      for k in range(1, 10)) +
              ']><w:document %s><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>'
              '</w:document>' % a.NS)
    write(os.path.join(out, 'laughs.docx'), [para('I. MỤC TIÊU', '', B)], '')
    import zipfile
    src = os.path.join(out, 'laughs.docx')
    zin = zipfile.ZipFile(src)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(src, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(name, laughs if name == 'word/document.xml' else data)

    p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
    inner = tbl([[cell(p('Đường')), cell(p('2 km'))], [cell(p('Cống')), cell(p('3 cái'))]])
    rows = [[cell(p('STT')), cell(p('Tên thôn')), cell(p('Số hộ')), cell(p('Ghi chú'))],
            [cell(p('1')), cell(p('Thôn A')), cell(p('10')), cell(inner + '<w:p/>')],
            [cell(p('2')), cell(p('Thôn B')), cell(p('20')), cell(p('Xem bảng:') + inner + '<w:p/>')]]
    bieu = [para('Biểu 01', R, B), para('SỐ HỘ CÁC THÔN', C, B), tbl(rows)]
    saved = a.TAIL
    a.TAIL = saved + bieu
    write(os.path.join(out, 'nested.docx'),
          [para('I. MỤC TIÊU', '', B), para('1. Nâng cao đời sống nhân dân.'),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường xã.')], '')
    a.TAIL = saved




def wrapped(out):
    """smallword.docx: a Word plan (not pasted) whose paragraphs begin in
    small letters under a short line left open ("đ/c ..." under "Phân
    công phụ trách các chỉ tiêu"), a title over two bold paragraphs, the
    second in small letters, and a paragraph broken by hand at its line's
    end (a line of 80 characters over "và ...")."""
    saved = a.HEAD
    a.HEAD = [h for h in saved if 'Thực hiện nhiệm vụ năm 2024' not in h]
    a.HEAD.insert(7, para('Thực hiện nhiệm vụ phát triển kinh tế', C, B))
    a.HEAD.insert(8, para('xã hội năm 2024', C, B))
    write(os.path.join(out, 'smallword.docx'),
          [para('I. MỤC TIÊU', '', B),
           para('1. Nâng cao đời sống vật chất và tinh thần của nhân dân trên địa bàn toàn huyện'),
           para('và các xã vùng sâu, vùng xa.'),
           para('II. NHIỆM VỤ', '', B),
           para('Phân công phụ trách các chỉ tiêu'),
           para('đ/c Chủ tịch UBND xã phụ trách chỉ tiêu 1'),
           para('đ/c Phó Chủ tịch UBND xã phụ trách chỉ tiêu 2'),
           para('1. Làm đường xã.')], '')
    a.HEAD = saved


if __name__ == '__main__':
    main(sys.argv[1])
    wrapped(sys.argv[1])
