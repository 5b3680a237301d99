"""tests/hardening/fiximp27_docx.py DIR [N] - the Word documents of
fiximp27.sh, into DIR, made with python-docx as a district office types
them (foreign26_docx.py's plan, header and signature):
  - colnum.docx: a Biểu whose header is followed by the row of column
    numbers offices type, "(1)" to "(4)" in italics, its area column of
    mixed decimals ("1,5", "2", "3,25") and a "Tổng cộng" row under
    them ("47", "6,75");
  - colgroup.docx: the same under two header rows (a group "Diện tích"
    over two columns), its number row "(1)" to "(5)" with a formula,
    "(5)=(3)+(4)";
  - nokem.docx: a Biểu without its "(Kèm theo Kế hoạch số ...)" line;
  - mixedzero.docx (control): a column "1,50", "2", total "3,50", which
    no one print of the column shows: its "Tổng cộng" stays a row;
  - datefield.docx: the header's date a DATE field (its saved result
    "ngày 15 tháng 01 năm 2024"), a body line holding a TIME field of
    w:fldSimple, and (control) a CREATEDATE field;
  - words.docx: a list counting in Vietnamese words (w:numFmt
    vietnameseCounting, "Phần %1."), and (control) a decimal one.
With N: colnumN.docx, the colnum Biểu of N rows (timed)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from foreign26_docx import AL, Mm, WD_ORIENT, WD_SECTION, lines, par, plan  # noqa: E402


def page(doc, kem=True):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    par(doc, 'Biểu 01', True, align=AL.CENTER)
    par(doc, 'SỐ LIỆU DIỆN TÍCH NĂM 2024', True, align=AL.CENTER)
    if kem:
        par(doc, '(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024 của UBND huyện Yên Thế)',
            italic=True, align=AL.CENTER)


def bieu(rows, total, numbers=True, kem=True):
    def put(doc):
        page(doc, kem)
        t = doc.add_table(rows=1 + numbers + len(rows) + 1, cols=4)
        t.style = 'Table Grid'
        for k, h in enumerate(('STT', 'Tên xã', 'Số hộ', 'Diện tích (ha)')):
            lines(t.cell(0, k), [(h, True, False)])
        if numbers:
            for k in range(4):
                lines(t.cell(1, k), [('(%d)' % (k + 1), False, True)])
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                lines(t.cell(1 + numbers + i, j), [(v, False, False)], AL.LEFT if j == 1 else AL.CENTER)
        last = 1 + numbers + len(rows)
        lines(t.cell(last, 1), [('Tổng cộng', True, False)])
        for j, v in enumerate(total):
            lines(t.cell(last, 2 + j), [(v, True, False)])
    return put


def grouped(doc):
    page(doc)
    rows = [('1', 'Xã Đồng Hưu', '12', '1,5', '13,5'), ('2', 'Xã Tân Hiệp', '30', '2', '32')]
    t = doc.add_table(rows=3 + len(rows), cols=5)
    t.style = 'Table Grid'
    for k, h in enumerate(('STT', 'Tên xã')):
        lines(t.cell(0, k).merge(t.cell(1, k)), [(h, True, False)])
    lines(t.cell(0, 2).merge(t.cell(0, 4)), [('Diện tích (ha)', True, False)])
    for k, h in enumerate(('Lúa', 'Màu', 'Cộng')):
        lines(t.cell(1, 2 + k), [(h, True, False)])
    for k, h in enumerate(('(1)', '(2)', '(3)', '(4)', '(5)=(3)+(4)')):
        lines(t.cell(2, k), [(h, False, True)])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            lines(t.cell(3 + i, j), [(v, False, False)], AL.LEFT if j == 1 else AL.CENTER)


ROWS = [('1', 'Xã Đồng Hưu', '12', '1,5'), ('2', 'Xã Tân Hiệp', '30', '2'),
        ('3', 'Xã An Thượng', '5', '3,25')]


def grown(out, n):
    """colnumN.docx: colnum.docx with its rows repeated to n (the XML
    copied: python-docx's cell() is quadratic in the rows), the area
    "1,5" and "2" in turn, the totals their sums"""
    import re
    import zipfile
    src = os.path.join(out, 'colnum.docx')
    z = zipfile.ZipFile(src)
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    z.close()
    body = dict(items)['word/document.xml'].decode('utf-8')
    rows = re.findall(r'<w:tr\b.*?</w:tr>', body[body.rindex('<w:tbl>'):], re.S)
    one = rows[2]  # "1", "Xã Đồng Hưu", "12", "1,5"
    two = rows[3]  # "2", "Xã Tân Hiệp", "30", "2"
    two = two.replace('>30<', '>12<')
    many = ''.join((one if i % 2 == 0 else two).replace('>%d<' % (1 + i % 2), '>%d<' % (i + 1), 1)
                   for i in range(n))
    halves = n // 2 * 35 + (n % 2) * 15  # tenths
    area = '%d,%d' % (halves // 10, halves % 10) if halves % 10 else '%d' % (halves // 10)
    area = '{:,}'.format(halves // 10).replace(',', '.') + area[len(str(halves // 10)):]
    last = rows[-1].replace('>47<', '>%s<' % '{:,}'.format(12 * n).replace(',', '.'))
    last = last.replace('>6,75<', '>%s<' % area)
    body = body.replace(''.join(rows[2:]), many + last)
    z = zipfile.ZipFile(os.path.join(out, 'colnum%d.docx' % n), 'w', zipfile.ZIP_DEFLATED)
    for name, data in items:
        z.writestr(name, body.encode('utf-8') if name == 'word/document.xml' else data)
    z.close()


def fields(out):
    """datefield.docx: colnum.docx's header date as a DATE field, the
    opening line with a w:fldSimple TIME field and a CREATEDATE field"""
    import zipfile
    src = os.path.join(out, 'nokem.docx')
    z = zipfile.ZipFile(src)
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    z.close()
    body = dict(items)['word/document.xml'].decode('utf-8')
    date = 'Yên Thế, ngày 15 tháng 01 năm 2024'
    at = body.index(date)
    run_start = body.rindex('<w:r>', 0, at) if '<w:r>' in body[:at] else body.rindex('<w:r ', 0, at)
    rpr_end = body.index('<w:t', run_start)
    rpr = body[run_start + 5:rpr_end]
    fld = ('<w:r>%s<w:t xml:space="preserve">Yên Thế, </w:t></w:r>'
           '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r>%s<w:instrText xml:space="preserve"> DATE \\@ "\'ngày\' dd \'tháng\' MM \'năm\' yyyy" </w:instrText></w:r>'
           '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
           '<w:r>%s<w:t>ngày 15 tháng 01 năm 2024</w:t></w:r>'
           '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % ((rpr,) * 6)
    run_end = body.index('</w:r>', at) + len('</w:r>')
    body = body[:run_start] + fld + body[run_end:]
    line = 'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:'
    at = body.index(line)
    p_end = body.index('</w:p>', at) + len('</w:p>')
    extra = ('<w:p><w:r><w:t xml:space="preserve">Số liệu cập nhật lúc </w:t></w:r>'
             '<w:fldSimple w:instr=" TIME \\@ &quot;HH:mm&quot; "><w:r><w:t>08:30</w:t></w:r></w:fldSimple>'
             '<w:r><w:t xml:space="preserve"> ngày lập </w:t></w:r>'
             '<w:fldSimple w:instr=" CREATEDATE \\@ &quot;dd/MM/yyyy&quot; "><w:r><w:t>10/01/2024</w:t></w:r></w:fldSimple>'
             '<w:r><w:t>.</w:t></w:r></w:p>')
    body = body[:p_end] + extra + body[p_end:]
    z = zipfile.ZipFile(os.path.join(out, 'datefield.docx'), 'w', zipfile.ZIP_DEFLATED)
    for name, data in items:
        z.writestr(name, body.encode('utf-8') if name == 'word/document.xml' else data)
    z.close()


def words(out):
    from docx.oxml import parse_xml
    from foreign26_docx import docx as pydocx, header, table_signature, Pt
    doc = pydocx.Document()
    doc.styles['Normal'].font.name = 'Times New Roman'
    doc.styles['Normal'].font.size = Pt(14)
    header(doc)
    par(doc, 'KẾ HOẠCH', True, align=AL.CENTER)
    par(doc, 'Thực hiện nhiệm vụ năm 2024', True, align=AL.CENTER)
    par(doc, 'UBND huyện Yên Thế xây dựng Kế hoạch như sau:')
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = doc.part.numbering_part.element
    for aid, fmt, text in ((90, 'vietnameseCounting', 'Phần %1.'), (91, 'decimal', '%1.')):
        numbering.insert(0, parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="%s"/><w:lvlText w:val="%s"/></w:lvl></w:abstractNum>' % (W, aid, fmt, text)))
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                   % (W, aid, aid)))
    for num, text in ((90, 'MỤC TIÊU CHUNG'), (90, 'NHIỆM VỤ CỤ THỂ'), (91, 'Nâng cao thu nhập.')):
        p = par(doc, text, num == 90)
        p._p.get_or_add_pPr().append(parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (W, num)))
    par(doc, 'Trên đây là Kế hoạch của UBND huyện Yên Thế./.')
    table_signature(doc)
    doc.save(os.path.join(out, 'words.docx'))


def main(out, n=0):
    if n:
        grown(out, n)
        return
    plan(os.path.join(out, 'colnum.docx'), after=bieu(ROWS, ('47', '6,75')))
    plan(os.path.join(out, 'colgroup.docx'), after=grouped)
    plan(os.path.join(out, 'nokem.docx'), after=bieu(ROWS, ('47', '6,75'), numbers=False, kem=False))
    fields(out)
    words(out)
    zero = [('1', 'Xã Đồng Hưu', '12', '1,50'), ('2', 'Xã Tân Hiệp', '30', '2')]
    plan(os.path.join(out, 'mixedzero.docx'), after=bieu(zero, ('42', '3,50'), numbers=False))


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
