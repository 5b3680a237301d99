"""tests/hardening/fixlow25_docx.py OUTDIR [N]: the Word documents of
fixlow25.sh - a plan whose footnotes, endnotes, comments, numbering and
styles are parts its relationships name otherwise than Word does
("word/notes/fn.xml"), a stale part under the usual name beside them, the
controls (no relationships: the usual name; a relationship to a part that
is not there), and, with N, the timed shapes: a relationships part of N
relationships and a document of N/10 footnotes."""
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


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


C, RT, B = '<w:jc w:val="center"/>', '<w:jc w:val="right"/>', '<w:b/>'
HEAD = [para('ỦY BAN NHÂN DÂN', C, B), para('HUYỆN YÊN THẾ', C, B), para('Số:      /KH-UBND', C),
        para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', C, B), para('Độc lập - Tự do - Hạnh phúc', C, B),
        para('Yên Thế, ngày 10 tháng 01 năm 2024', RT, '<w:i/>'), para('KẾ HOẠCH', C, B),
        para('Thực hiện nhiệm vụ năm 2024', C, B), para('Căn cứ tình hình thực tế của địa phương.'),
        para('UBND huyện xây dựng Kế hoạch như sau:')]
TAIL = [para('Trên đây là Kế hoạch của UBND huyện./.'), para('Nơi nhận:', '', '<w:b/><w:i/>'),
        para('- UBND tỉnh;'), para('- Lưu: VT.'), para('TM. ỦY BAN NHÂN DÂN', RT, B),
        para('CHỦ TỊCH', RT, B), para('Nguyễn Văn A', RT, B)]


def ref(kind, i):
    """a run referring to footnote, endnote or comment i"""
    if kind == 'comment':
        return '<w:r><w:commentReference w:id="%d"/></w:r>' % i
    return '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="%d"/></w:r>' % (kind, i)


def body(refs=1):
    """the plan's body; its first objective refers to footnote, endnote and
    comment 1 (refs > 1: the objective's paragraphs 1..refs each to footnote i)"""
    first = ['<w:p>%s%s%s%s</w:p>' % (run('1. Nâng cao đời sống người dân'), ref('footnote', 1),
                                      ref('endnote', 1), ref('comment', 1))]
    first += ['<w:p>%s%s</w:p>' % (run('%d. Mục tiêu số %d' % (i + 1, i)), ref('footnote', i))
              for i in range(2, refs + 1)]
    lst = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    return (para('I. MỤC TIÊU', '', B) + ''.join(first) + para('II. NHIỆM VỤ', '', B) +
            '<w:p>%s%s</w:p>' % (lst, run('Làm đường giao thông.')) +
            '<w:p>%s%s</w:p>' % (lst, run('Sửa trường học.')))


def document(refs=1):
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s<w:sectPr/></w:body>'
            '</w:document>' % (NS, ''.join(HEAD) + body(refs) + ''.join(TAIL)))


def notes(kind, text, n=1):
    items = ''.join('<w:%s w:id="%d"%s>%s</w:%s>' % (kind, i, ' w:author="Lê Văn B"' if kind == 'comment' else '',
                                                   para('%s %d.' % (text, i) if n > 1 else text), kind)
                    for i in range(1, n + 1))
    return '<?xml version="1.0" encoding="UTF-8"?><w:%ss %s>%s</w:%ss>' % (kind, NS, items, kind)


NUMBERING = ('<?xml version="1.0" encoding="UTF-8"?><w:numbering %s><w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
             '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % NS)
STYLES = '<?xml version="1.0" encoding="UTF-8"?><w:styles %s></w:styles>' % NS


def pkg(name, parts, rels=None):
    """name: the parts, with word/_rels/document.xml.rels of the
    relationships rels (type, target) when rels is not None"""
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Default Extension="rels" ContentType="application/'
             'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
             'ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="%sdocument.main+xml"/></Types>' % CT)
    z = zipfile.ZipFile(os.path.join(OUT, name), 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', types)
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">'
               '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
               '</Relationships>' % (PR, REL))
    if rels is not None:
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                   'xmlns="%s">%s</Relationships>' % (PR, ''.join(
                       '<Relationship Id="r%d" Type="%s%s" Target="%s"/>' % (i, REL if '/' not in t else '', t, g)
                       for i, (t, g) in enumerate(rels))))
    for n, d in parts:
        z.writestr(n, d)
    z.close()


FN, EN, CM = 'Theo Quyết định số 12/QĐ-UBND.', 'Nguồn: Chi cục Thống kê.', 'Xem lại số liệu.'
ALL = [('footnotes', 'notes/fn.xml'), ('endnotes', 'notes/en.xml'), ('comments', '../word/c/cm.xml'),
       ('numbering', '/word/num/n.xml'), ('styles', 'st.xml')]
OWN = [('word/notes/fn.xml', notes('footnote', FN)), ('word/notes/en.xml', notes('endnote', EN)),
       ('word/c/cm.xml', notes('comment', CM)), ('word/num/n.xml', NUMBERING), ('word/st.xml', STYLES)]
STALE = [('word/footnotes.xml', notes('footnote', 'Chú thích cũ.')),
         ('word/endnotes.xml', notes('endnote', 'Nguồn cũ.')),
         ('word/comments.xml', notes('comment', 'Ý kiến cũ.'))]
USUAL = [('word/footnotes.xml', notes('footnote', FN)), ('word/endnotes.xml', notes('endnote', EN)),
         ('word/comments.xml', notes('comment', CM)), ('word/numbering.xml', NUMBERING)]

if len(sys.argv) > 2:
    n = int(sys.argv[2])
    # n relationships (the notes' last among them), n/10 footnotes referred to
    many = [('hyperlink', 'https://x.vn/%d' % i) for i in range(n - 1)] + [('footnotes', 'notes/fn.xml')]
    pkg('rels%d.docx' % n, [('word/document.xml', document(n // 10)),
                            ('word/notes/fn.xml', notes('footnote', 'Chú thích', n // 10))], many)
    sys.exit(0)
# every part under a name of its own, found through its relationship
pkg('renamed.docx', [('word/document.xml', document())] + OWN, ALL)
# ... beside a stale part of the usual name, which Word does not read
pkg('stale.docx', [('word/document.xml', document())] + OWN + STALE, ALL)
# strict OOXML's relationship types, the same last step
pkg('strict.docx', [('word/document.xml', document())] + OWN,
    [('http://purl.oclc.org/ooxml/officeDocument/relationships/' + t, g) for t, g in ALL])
# controls: the usual names, named by relationships and not at all; a
# relationship to a part that is not there
pkg('usual.docx', [('word/document.xml', document())] + USUAL,
    [(t, t + '.xml') for t in ('footnotes', 'endnotes', 'comments', 'numbering')])
pkg('norels.docx', [('word/document.xml', document())] + USUAL)
# small capitals: "Xây [đường thôn]{.smallcaps} mới." as Word writes it
sc = ('<w:p>%s<w:r><w:rPr><w:smallCaps/></w:rPr><w:t>đường thôn</w:t></w:r>%s</w:p>'
      % (run('1. Xây '), run(' mới.')))
heading2 = para('II. NHIỆM VỤ', '', B)
pkg('smallcaps.docx', [('word/document.xml', document().replace(heading2, sc + heading2, 1))])
# a picture (Word's Alt Text in wp:docPr's descr) and a text box
WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
pic = ('<w:p>%s<w:r><w:drawing><wp:inline xmlns:wp="%s"><wp:docPr id="2" name="Ảnh 1" '
       'descr="Sơ đồ tuyến đường"/></wp:inline></w:drawing></w:r>%s</w:p>' % (run('1. Ảnh '), WP, run('kèm.')))
box = ('<w:p>%s<w:r><w:drawing><wp:anchor xmlns:wp="%s"><wp:docPr id="3" name="Hộp 1"/><w:txbxContent>%s'
       '</w:txbxContent></wp:anchor></w:drawing></w:r></w:p>' % (run('2. Hộp.'), WP, para('Chữ trong hộp.')))
pkg('picture.docx', [('word/document.xml', document().replace(heading2, pic + box + heading2, 1))])
pkg('gone.docx', [('word/document.xml', document())] + STALE, [('footnotes', 'notes/none.xml')])
