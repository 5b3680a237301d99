"""tests/hardening/docx15_docx.py DIR - writes the Word documents of
docx15.sh into DIR: each a whole Kế hoạch (attack14_docx.py's header,
body list and signature) holding the markup under test - an embedded
document (w:altChunk) of each kind import reads or notes, and lists with
legal numbering (w:isLgl) and w:lvlRestart. The embedded .docx packages
are made with python-docx, the rest with zipfile."""
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import (B, CT, NS, REL, abstract, instance, lvl, num, para,  # noqa: E402
                           write)

import docx  # noqa: E402  (python-docx)

BODY_LIST = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') +
                     lvl(2, 'lowerLetter', '%3)')) + instance(1, 1)
LEAD = [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B), para('Hoàn thành.')]
TAIL = [para('Làm đường.')]


def package(paras, numbered=()):
    """A .docx package made by python-docx: paragraphs, then numbered ones
    ("List Number": its template's own list)."""
    d = docx.Document()
    for text in paras:
        d.add_paragraph(text)
    for text in numbered:
        d.add_paragraph(text, style='List Number')
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def with_chunk(out, name, part, data, ctype=None, rel_extra='', body=None):
    """NAME.docx: LEAD, a w:altChunk naming PART (DATA, of content type
    CTYPE when given), TAIL"""
    types = ('<Override PartName="/%s" ContentType="%s"/>' % (part, ctype)) if ctype else ''
    write(os.path.join(out, name + '.docx'),
          body or LEAD + ['<w:altChunk r:id="rIdAlt1"/>'] + TAIL, BODY_LIST,
          parts={part: data} if data is not None else None,
          rels='<Relationship Id="rIdAlt1" Type="%saFChunk" Target="%s"%s/>'
          % (REL, part.split('/', 1)[1], rel_extra), types=types)


def chunks(out):
    main = CT + 'document.main+xml'
    # a .docx package (python-docx), its own numbered list
    with_chunk(out, 'pkg', 'word/chunk.docx',
               package(['ĐOẠN TỪ VĂN BẢN NHÚNG.'], ['Mục nhúng một', 'Mục nhúng hai']), main)
    # the same with no content type at all (attack 14's form)
    with_chunk(out, 'pkgnotype', 'word/chunk.docx', package(['ĐOẠN KHÔNG KIỂU.']))
    # a WordprocessingML main part, XML
    xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body>'
           '</w:document>' % (NS, para('ĐOẠN XML NHÚNG.')))
    with_chunk(out, 'xmlpart', 'word/chunk.xml', xml, main)
    # HTML: a heading, emphasis, a list, a table
    html = ('<html><head><meta charset="utf-8"><title>bỏ qua</title><style>p{}</style></head>'
            '<body><h3>Tiêu đề nhúng</h3><p>Đoạn <b>đậm</b> trong\n  HTML.</p><p>Dòng trên <br>dòng dưới</p>'
            '<p><b>Cả đoạn đậm.</b></p><ol type="a"><li>Việc một</li><li>Việc hai</li></ol>'
            '<table><tr><th>STT</th><th>Nội dung</th><th>Đơn vị</th></tr>'
            '<tr><td>1</td><td>Làm | đường</td><td>Xã A</td></tr></table></body></html>')
    with_chunk(out, 'html', 'word/chunk.htm', html, 'text/html')
    # plain text, two lines
    with_chunk(out, 'text', 'word/chunk.txt', 'Dòng một của văn bản.\r\nDòng hai *sao*.\n',
               'text/plain')
    # RTF and a web archive: noted
    with_chunk(out, 'rtf', 'word/chunk.rtf', r'{\rtf1\ansi CHU RTF}', 'application/rtf')
    with_chunk(out, 'mht', 'word/chunk.mht', 'MIME-Version: 1.0\r\n\r\nx', 'message/rfc822')
    # an embedded .docx holding an altChunk of its own: read, its own noted
    inner = io.BytesIO()
    z = zipfile.ZipFile(io.BytesIO(package(['ĐOẠN NGOÀI.'])))
    w = zipfile.ZipFile(inner, 'w')
    for item in z.namelist():
        data = z.read(item)
        if item == 'word/document.xml':
            data = data.replace(b'<w:sectPr', b'<w:altChunk r:id="rIdX"/><w:sectPr', 1)
        w.writestr(item, data)
    w.close()
    with_chunk(out, 'nested', 'word/chunk.docx', inner.getvalue(), main)
    # an r:id that no relationship has, a part that is not there, an external file
    write(os.path.join(out, 'norel.docx'), LEAD + ['<w:altChunk r:id="rIdNone"/>'] + TAIL,
          BODY_LIST)
    with_chunk(out, 'nopart', 'word/missing.docx', None, main)
    with_chunk(out, 'external', 'word/x.docx', None, main, ' TargetMode="External"')
    # HTML nested past the parser's 256 elements: a note
    with_chunk(out, 'deep', 'word/chunk.htm', '<html><body>' + '<div>' * 300 + 'Sâu' +
               '</div>' * 300 + '</body></html>', 'text/html')
    # zip bombs: one part over 32 MiB; a package whose document.xml is 4 MiB
    # (mostly a comment) named 10 times (40 MiB)
    big = '<html><body><!--' + ' ' * (33 << 20) + '--></body></html>'
    with_chunk(out, 'bomb1', 'word/chunk.htm', big, 'text/html')
    many = LEAD + ['<w:altChunk r:id="rIdAlt1"/>'] * 10 + TAIL
    big = io.BytesIO()
    w = zipfile.ZipFile(big, 'w', zipfile.ZIP_DEFLATED)
    w.writestr('word/document.xml', '<?xml version="1.0"?><w:document %s><w:body>%s<!--%s-->'
               '</w:body></w:document>' % (NS, para('x'), ' ' * (4 << 20)))
    w.close()
    with_chunk(out, 'bomb2', 'word/chunk.docx', big.getvalue(), main, body=many)


def legal(out):
    # I., then "1.1." (isLgl: I shown as 1), then II. and "2.1."
    lists = abstract(7, lvl(0, 'upperRoman', '%1.') +
                     lvl(1, 'decimal', '%1.%2.').replace('</w:lvl>', '<w:isLgl/></w:lvl>') +
                     lvl(2, 'lowerLetter', '%3)')) + instance(7, 7)
    write(os.path.join(out, 'islgl.docx'),
          [para('MỤC TIÊU', num(7, 0), B), para('Cấp xã', num(7, 1), B), para('Hoàn thành.'),
           para('NHIỆM VỤ', num(7, 0), B), para('Cấp thôn', num(7, 1), B), para('Làm đường.')],
          lists)
    # level 3 (a), b)) never restarts (lvlRestart 0); under it a level 4
    # that restarts only after a level 1 item (lvlRestart 1), not a level 2 or 3 one
    rs = lambda v: '<w:lvlRestart w:val="%d"/></w:lvl>' % v  # noqa: E731
    lists = abstract(8, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') +
                     lvl(2, 'lowerLetter', '%3)').replace('</w:lvl>', rs(0)) +
                     lvl(3, 'decimal', '(%4)').replace('</w:lvl>', rs(1))) + instance(8, 8)
    write(os.path.join(out, 'restart.docx'),
          [para('MỤC TIÊU', num(8, 0), B), para('Cấp xã', num(8, 1), B),
           para('Điểm A', num(8, 2)), para('Ý một', num(8, 3)),
           para('Cấp huyện', num(8, 1), B), para('Điểm B', num(8, 2)), para('Ý hai', num(8, 3)),
           para('NHIỆM VỤ', num(8, 0), B), para('Cấp thôn', num(8, 1), B),
           para('Điểm C', num(8, 2)), para('Ý ba', num(8, 3))], lists)


if __name__ == '__main__':
    chunks(sys.argv[1])
    legal(sys.argv[1])
