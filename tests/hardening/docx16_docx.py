"""tests/hardening/docx16_docx.py DIR - writes the Word documents of
docx16.sh into DIR: each a whole Kế hoạch (attack14_docx.py's header,
body list and signature) holding the markup under test - list items of a
level the numbering does not define, embedded documents (w:altChunk) in
a table's cell, and text typed in a symbol font. The embedded packages and
the symbol-font runs are made with python-docx (docx15_docx.package), the
rest with zipfile."""
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, CT, NS, abstract, instance, lvl, num, para, write  # noqa: E402
from docx15_docx import BODY_LIST, LEAD, TAIL, package, with_chunk  # noqa: E402

import docx  # noqa: E402  (python-docx)


def numbering(out):
    # level 3 of a list that defines levels 0-2 only (LibreOffice: "1.",
    # "2.", then "1." again after the level 2 item "b)")
    write(os.path.join(out, 'lvl3.docx'),
          [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
           para('Điểm A', num(1, 2)), para('Ý một', num(1, 3)), para('Ý hai', num(1, 3)),
           para('Điểm B', num(1, 2)), para('Ý ba', num(1, 3)), para('Làm đường.')], BODY_LIST)
    # w:num 2 and 3 name abstract list 9, which is not there: each counts on
    # its own (LibreOffice: 1, 1, 2), as does w:num 4 (abstract list 10)
    write(os.path.join(out, 'noabs.docx'),
          [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
           para('Việc một', num(2, 0)), para('Việc hai', num(3, 0)), para('Việc ba', num(2, 0)),
           para('Việc bốn', num(4, 0)), para('Làm đường.')],
          BODY_LIST + instance(2, 9) + instance(3, 9) + instance(4, 10))


def cell_table(chunk_ref='<w:altChunk r:id="rIdAlt1"/>'):
    """A data table whose second row's "Nội dung" cell holds chunk_ref
    after its paragraph "Làm đường"."""
    cells = ''.join('<w:tc>%s</w:tc>' % para(t) for t in ('STT', 'Nội dung', 'Đơn vị'))
    cells2 = ('<w:tc>%s</w:tc><w:tc>%s%s</w:tc><w:tc>%s</w:tc>'
              % (para('1'), para('Làm đường'), chunk_ref, para('Xã A')))
    return ('<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>%s</w:tr>'
            '<w:tr>%s</w:tr></w:tbl>' % (cells, cells2))


def chunks(out):
    main = CT + 'document.main+xml'
    body = LEAD + [cell_table()] + TAIL
    # a .docx package with its own list (LibreOffice shows it in the cell:
    # "Làm đường", "Đoạn nhúng trong ô.", "1. Mục một", "2. Mục hai")
    with_chunk(out, 'cellpkg', 'word/chunk.docx',
               package(['Đoạn nhúng trong ô.'], ['Mục một', 'Mục hai']), main, body=body)
    # plain text, two lines
    with_chunk(out, 'celltext', 'word/chunk.txt', 'Chữ trong ô.\r\nDòng hai *sao*.\n',
               'text/plain', body=body)
    # HTML with emphasis: plain text in a cell
    with_chunk(out, 'cellhtml', 'word/chunk.htm',
               '<html><body><p>Đoạn <b>đậm</b> trong ô.</p></body></html>', 'text/html',
               body=body)
    # a package holding a paragraph and a table: the table is a note of the row
    d = docx.Document()
    d.add_paragraph('Đoạn trước bảng.')
    t = d.add_table(rows=2, cols=3)
    for r, texts in enumerate((('TT', 'Việc', 'Nơi'), ('1', 'Đào mương', 'Thôn 2'))):
        for c, text in enumerate(texts):
            t.cell(r, c).text = text
    data = io.BytesIO()
    d.save(data)
    with_chunk(out, 'celltable', 'word/chunk.docx', data.getvalue(), main, body=body)
    # RTF in a cell: still a note saying why
    with_chunk(out, 'cellrtf', 'word/chunk.rtf', r'{\rtf1\ansi CHU RTF}', 'application/rtf',
               body=body)
    # the same limits: a part over 32 MiB in a cell is refused (KH755)
    big = '<html><body><!--' + ' ' * (33 << 20) + '--></body></html>'
    with_chunk(out, 'cellbomb', 'word/chunk.htm', big, 'text/html', body=body)


def symbols(out):
    d = docx.Document()
    for s in ['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG LẠC', 'KẾ HOẠCH', 'Triển khai năm 2025',
              'I. MỤC TIÊU', '1. Cấp xã']:
        d.add_paragraph(s)

    def line(*runs):
        p = d.add_paragraph()
        for text, font in runs:
            r = p.add_run(text)
            if font:
                r.font.name = font  # w:rFonts w:ascii and w:hAnsi
        return p
    # typed in the Symbol font: a, b -> α, β; D -> Δ; "³" (U+00B3) -> ≥; p -> π
    line(('Hệ số ', None), ('a', 'Symbol'), (' và ', None), ('b', 'Symbol'), (' đạt 90%.', None))
    line(('Sai số ', None), ('D', 'Symbol'), ('x ', None), ('\u00b3', 'Symbol'), (' 5 tỷ ', None),
         ('p', 'Symbol'), ('.', None))
    # the whole alphabet, and what is not a letter
    line(('Chữ ', None), ('abcdefghijklmnopqrstuvwxyz', 'Symbol'), (' ', None),
         ('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'Symbol'), (' ', None), ('0123 +=<>', 'Symbol'), ('.', None))
    # Wingdings typed: "ü" (0xFC) is its check mark ✔; "J" (0x4A) a face
    # import has no character for: named, not read as "J"
    line(('Đạt ', None), ('ü', 'Wingdings'), (' vui ', None), ('J', 'Wingdings'), ('.', None))
    # not a symbol font for the ASCII letters: w:ascii Times New Roman, only
    # w:hAnsi Symbol; and w:asciiTheme over w:ascii="Symbol" (a theme font)
    p = line(('Chỉ ', None), ('abc', None), (' giữ.', None))
    p.runs[1]._r.get_or_add_rPr().insert(0, docx.oxml.parse_xml(
        '<w:rFonts %s w:ascii="Times New Roman" w:hAnsi="Symbol"/>' % NS))
    p = line(('Theo ', None), ('abc', None), (' chủ đề.', None))
    p.runs[1]._r.get_or_add_rPr().insert(0, docx.oxml.parse_xml(
        '<w:rFonts %s w:ascii="Symbol" w:asciiTheme="minorHAnsi" w:hAnsi="Symbol"/>' % NS))
    d.add_paragraph('Làm đường.')
    for s in ['Trên đây là Kế hoạch của UBND xã./.', 'Nơi nhận:', '- UBND huyện;', '- Lưu: VT.',
              'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']:
        d.add_paragraph(s)
    d.save(os.path.join(out, 'symtext.docx'))


if __name__ == '__main__':
    numbering(sys.argv[1])
    chunks(sys.argv[1])
    symbols(sys.argv[1])
