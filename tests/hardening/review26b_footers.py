#!/usr/bin/python3
"""review26b_footers.py N MB OUT: a .docx (tests/hardening/review26b.sh H6)
of N sections, each with a page footer of its own holding a hyperlink
(its own relationships name the address), and a [Content_Types].xml of MB
MiB (Default elements of no use)."""
import sys, zipfile
n, mb, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
def para(t): return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
body = ''.join(para(t) for t in ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'An Bình, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2024', 'I. MỤC TIÊU', '1. Cấp xã', '- Hoàn thành nhiệm vụ.'])
body += ''.join('<w:p><w:pPr><w:sectPr><w:footerReference w:type="default" r:id="rF%d"/></w:sectPr></w:pPr></w:p>' % i for i in range(n))
pad = '<Default Extension="zz" ContentType="a/b"/>' * ((mb << 20) // 42)
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' % pad)
    z.writestr('_rels/.rels', RELS % ('<Relationship Id="r1" Type="%sofficeDocument" Target="word/document.xml"/>' % RT))
    z.writestr('word/document.xml', '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))
    z.writestr('word/_rels/document.xml.rels', RELS % ''.join('<Relationship Id="rF%d" Type="%sfooter" Target="footer%d.xml"/>' % (i, RT, i) for i in range(n)))
    for i in range(n):
        z.writestr('word/footer%d.xml' % i, '<w:ftr %s><w:p><w:hyperlink r:id="rL"><w:r><w:t>Cổng %d</w:t></w:r></w:hyperlink></w:p></w:ftr>' % (W, i))
        z.writestr('word/_rels/footer%d.xml.rels' % i, RELS % ('<Relationship Id="rL" Type="%shyperlink" Target="https://x.vn/%d" TargetMode="External"/>' % (RT, i)))
