"""tests/hardening/fiximp26_docx.py OUTDIR [N]: the Word documents of
fiximp26.sh - packages whose main part import once took for none
(a [Content_Types].xml over 1 MiB, a main part's name over 148 bytes:
KH756 "not a Word document") and the packages that are truly broken there
(a main part named and missing, its content type not a Word document's);
page headers and footers other than the first page's header (a place and
date, a hyperlink through the header's own relationships). With N, the
timed shape: a page footer of N paragraphs."""
import os, sys, zipfile

OUT = sys.argv[1]
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PR = 'http://schemas.openxmlformats.org/package/2006/relationships'
REL = R + '/'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
NS = 'xmlns:w="%s" xmlns:r="%s"' % (W, R)


def para(text, ppr='', rpr=''):
    ppr = '<w:pPr>%s</w:pPr>' % ppr if ppr else ''
    rpr = '<w:rPr>%s</w:rPr>' % rpr if rpr else ''
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, text)


C, RT, B = '<w:jc w:val="center"/>', '<w:jc w:val="right"/>', '<w:b/>'
HEAD = [para('ỦY BAN NHÂN DÂN', C, B), para('HUYỆN YÊN THẾ', C, B), para('Số:      /KH-UBND', C),
        para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', C, B), para('Độc lập - Tự do - Hạnh phúc', C, B)]
DATE = para('Yên Thế, ngày 10 tháng 01 năm 2024', RT, '<w:i/>')
TITLE = [para('KẾ HOẠCH', C, B), para('Thực hiện nhiệm vụ năm 2024', C, B),
         para('Căn cứ tình hình thực tế của địa phương.'), para('UBND huyện xây dựng Kế hoạch như sau:'),
         para('I. MỤC TIÊU', '', B), para('1. Nâng cao đời sống người dân.')]
TAIL = [para('Trên đây là Kế hoạch của UBND huyện./.'), para('Nơi nhận:', '', '<w:b/><w:i/>'),
        para('- UBND tỉnh;'), para('- Lưu: VT.'), para('TM. ỦY BAN NHÂN DÂN', RT, B),
        para('CHỦ TỊCH', RT, B), para('Nguyễn Văn A', RT, B)]


def document(paras, sect=''):
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s<w:sectPr>%s</w:sectPr>'
            '</w:body></w:document>' % (NS, ''.join(paras), sect))


PLAN = document(HEAD + [DATE] + TITLE + TAIL)


def pkg(name, parts, main='word/document.xml', types_main=None, types_pad=0, rels=None):
    """name: a package of parts whose _rels/.rels names main, which
    [Content_Types].xml gives a Word main part's type (types_main: that
    part's name there, '' for none), padded by types_pad bytes of
    Default entries; rels: (part, [(id, type, target, external)])"""
    tm = main if types_main is None else types_main
    over = ('<Override PartName="/%s" ContentType="%sdocument.main+xml"/>' % (tm, CT)) if tm else ''
    pad = ''.join('<Default Extension="x%d" ContentType="application/octet-stream"/>' % i
                  for i in range(types_pad // 60 + 1)) if types_pad else ''
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Default Extension="rels" ContentType="application/'
             'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
             'ContentType="application/xml"/>%s%s</Types>' % (pad, over))
    z = zipfile.ZipFile(os.path.join(OUT, name), 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', types)
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">'
               '<Relationship Id="rId1" Type="%sofficeDocument" Target="%s"/>'
               '</Relationships>' % (PR, REL, main))
    for part, rs in (rels or []):
        folder, base = part.rsplit('/', 1)
        z.writestr('%s/_rels/%s.rels' % (folder, base), '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Relationships xmlns="%s">%s</Relationships>' % (PR, ''.join(
                       '<Relationship Id="%s" Type="%s%s" Target="%s"%s/>'
                       % (i, REL, t, g, ' TargetMode="External"' if ext else '')
                       for i, t, g, ext in rs)))
    for n, d in parts:
        z.writestr(n, d)
    z.close()


def part_xml(kind, paras):
    return '<?xml version="1.0" encoding="UTF-8"?><w:%s %s>%s</w:%s>' % (kind, NS, ''.join(paras), kind)


if len(sys.argv) > 2:
    # n sections, each naming its own footer (n parts, n relationships: a
    # lookup per reference over the relationships was quadratic), and a
    # footer of n paragraphs (its note cut at 1,000 bytes)
    n = int(sys.argv[2])
    sects = ['<w:p><w:pPr><w:sectPr><w:footerReference w:type="default" r:id="rF%d"/></w:sectPr></w:pPr>'
             '<w:r><w:t>Đoạn %d.</w:t></w:r></w:p>' % (i, i) for i in range(n)]
    pkg('sections%d.docx' % n, [('word/document.xml', document(HEAD + [DATE] + TITLE + sects + TAIL))] +
        [('word/f%d.xml' % i, part_xml('ftr', [para('Chân trang %d.' % i)])) for i in range(n)],
        rels=[('word/document.xml', [('rF%d' % i, 'footer', 'f%d.xml' % i, 0) for i in range(n)])])
    big = part_xml('ftr', [para('Dòng chân trang số %d.' % i) for i in range(n)])
    pkg('bigfooter%d.docx' % n, [('word/document.xml', document(HEAD + [DATE] + TITLE + TAIL,
                                                             '<w:footerReference w:type="default" r:id="rF"/>')),
                                ('word/footer1.xml', big)],
        rels=[('word/document.xml', [('rF', 'footer', 'footer1.xml', 0)])])
    sys.exit(0)

# 2. the main part outside word/, [Content_Types].xml over 1 MiB (1.2 MB of
# Default entries): read (KH756 "not a Word document" before)
pkg('bigtypes.docx', [('doc/main.xml', PLAN)], main='doc/main.xml', types_pad=1200000)
# ... its name over 148 bytes (in word/ and outside it): read
longname = 'word/' + 'k' * 150 + '.xml'
pkg('longname.docx', [(longname, PLAN)], main=longname)
longout = 'doc/' + 'k' * 150 + '.xml'
pkg('longout.docx', [(longout, PLAN)], main=longout)
# ... truly broken: named and missing; outside word/ with no Word content
# type; outside word/ with no [Content_Types].xml to say so
pkg('gonemain.docx', [('word/other.xml', PLAN)], main='word/gone.xml')
pkg('nottype.docx', [('doc/main.xml', PLAN)], main='doc/main.xml', types_main='')
# control: the usual package
pkg('usual.docx', [('word/document.xml', PLAN)])

# 1. the place and date typed in the default page header (the first page's
# header is "first", the date in the default one, which pages 2.. show and
# page 1 too when there is no titlePg): a header of the first page holding
# the national name, the body without it
hdr_first = part_xml('hdr', HEAD)
hdr_default = part_xml('hdr', [DATE])
pkg('defaulthead.docx', [('word/document.xml', document(TITLE + TAIL,
                                                        '<w:headerReference w:type="default" r:id="rD"/>')),
                         ('word/header1.xml', part_xml('hdr', HEAD + [DATE]))],
    rels=[('word/document.xml', [('rD', 'header', 'header1.xml', 0)])])
# a footer holding text an official typed there ("Biểu 01 kèm theo"), and
# one holding only a PAGE field: the first named in a review note, the
# second not
foot = part_xml('ftr', [para('Kế hoạch này thay thế Kế hoạch số 05/KH-UBND.')])
pagefoot = part_xml('ftr', ['<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>'
                            ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                            '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'])
pkg('footer.docx', [('word/document.xml', document(HEAD + [DATE] + TITLE + TAIL,
                                                   '<w:footerReference w:type="default" r:id="rF"/>')),
                    ('word/footer1.xml', foot)],
    rels=[('word/document.xml', [('rF', 'footer', 'footer1.xml', 0)])])
pkg('pagefoot.docx', [('word/document.xml', document(HEAD + [DATE] + TITLE + TAIL,
                                                     '<w:footerReference w:type="default" r:id="rF"/>')),
                      ('word/footer1.xml', pagefoot)],
    rels=[('word/document.xml', [('rF', 'footer', 'footer1.xml', 0)])])
# a hyperlink in the first page's header, whose r:id is the header part's
# own relationship (the main part's rId9 names another address)
link = ('<w:p><w:r><w:t xml:space="preserve">Số:      /KH-UBND </w:t></w:r><w:hyperlink r:id="rL">'
        '<w:r><w:t>cổng</w:t></w:r></w:hyperlink></w:p>')
hdr_link = part_xml('hdr', HEAD[:2] + [link] + HEAD[3:] + [DATE])
pkg('headlink.docx', [('word/document.xml', document(TITLE + TAIL +
                                                     ['<w:p><w:hyperlink r:id="rL"><w:r><w:t>trang</w:t>'
                                                      '</w:r></w:hyperlink></w:p>'],
                                                     '<w:headerReference w:type="default" r:id="rH"/>')),
                      ('word/header1.xml', hdr_link)],
    rels=[('word/document.xml', [('rH', 'header', 'header1.xml', 0), ('rL', 'hyperlink', 'https://sai.vn/', 1)]),
          ('word/header1.xml', [('rL', 'hyperlink', 'https://dung.gov.vn/', 1)])])
