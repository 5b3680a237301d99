#!/usr/bin/python3
"""review26b_chunks.py KIND N MB OUT: a .docx (tests/hardening/review26b.sh
H3) whose body embeds N+1 documents (w:altChunk, each a .docx): the first
holds a stored entry of 31 MiB that nothing reads (its package uses up
most of what import unpacks of the embedded documents together), each
other one a part of MB MiB that import parses before its text: KIND
'types', a [Content_Types].xml (its main part doc/main.xml, outside word/,
so that the types are read to say it is a Word document), or 'rels', its
word/_rels/document.xml.rels."""
import io
import sys
import zipfile

kind, n, mb, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'


def para(t):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t


def nested(i, pad_mb, big):
    b = io.BytesIO()
    main = 'doc/main.xml' if kind == 'types' else 'word/document.xml'
    extra = ''
    if big and kind == 'types':
        extra = '<Default Extension="zz" ContentType="a/b"/>' * ((mb << 20) // 42)
    ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '%s<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/%s" ContentType="%s"/></Types>' % (extra, main, MAIN))
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', RELS % ('<Relationship Id="r1" Type="%sofficeDocument" Target="%s"/>' % (RT, main)))
        if big and kind == 'rels':
            z.writestr('word/_rels/document.xml.rels',
                       RELS % ('<Relationship Id="x" Type="a" Target="b"/>' * ((mb << 20) // 48)))
        z.writestr(main, '<w:document %s><w:body>%s</w:body></w:document>' % (W, para('Đoạn nhúng %d.' % i)))
        if pad_mb:
            z.writestr(zipfile.ZipInfo('pad.bin'), b'\0' * (pad_mb << 20), compress_type=zipfile.ZIP_STORED)
    return b.getvalue()


body = ''.join(para(t) for t in [
    'ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/KH-UBND', 'An Bình, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2024',
    'I. MỤC TIÊU', '1. Cấp xã', '- Hoàn thành nhiệm vụ.'])
body += ''.join('<w:altChunk r:id="rC%d"/>' % i for i in range(n + 1))
rels = ''.join('<Relationship Id="rC%d" Type="%saFChunk" Target="chunk%d.docx"/>' % (i, RT, i) for i in range(n + 1))
ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Default Extension="docx" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>'
      '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % MAIN)
first, other = nested(0, 31, False), nested(1, 0, True)
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', RELS % ('<Relationship Id="r1" Type="%sofficeDocument" Target="word/document.xml"/>' % RT))
    z.writestr('word/document.xml', '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))
    z.writestr('word/_rels/document.xml.rels', RELS % rels)
    for i in range(n + 1):
        z.writestr('word/chunk%d.docx' % i, first if i == 0 else other)
