"""tests/hardening/review27_docx.py KIND OUT ARGS... - the Word documents of
review27.sh, written as raw WordprocessingML (a minimal package: content
types, the package's relationships, word/document.xml):
  - tabdeep OUT K L: a title, then one paragraph over a far centre tab stop
    of K columns "KT. " and L letters, each followed by a tab (the column
    tab of docx_tabcols.c), then "end" (H1);
  - tabflat OUT K L: the same text without the tabs, the control;
  - tabbody OUT N TABS: the header set with tab stops over a centre stop
    ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA ...", "Số: 12/KH-UBND<tab>Yên Thế,
    ngày ..."), the title, N paragraphs of the body, then a line aligned
    with three tabs (TABS 1: "Xã Đồng Hưu:<tab><tab><tab>120 hộ;", 0: the
    same with a space), then more of the body (H5);
  - tabboth OUT: a short plan of a Phòng whose header (issuer on three
    lines, the third without a tab) and signature ("Nơi nhận:<tab>TRƯỞNG
    PHÒNG", recipients, "<tab>Nguyễn Văn A") are both set with tab stops,
    eight paragraphs between them (H5)."""
import sys
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write(path, body):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))


def para(text, ppr=''):
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, text)


kind, out = sys.argv[1], sys.argv[2]
if kind in ('tabdeep', 'tabflat'):
    k, n = int(sys.argv[3]), int(sys.argv[4])
    far = '<w:pPr><w:tabs><w:tab w:val="center" w:pos="7000"/></w:tabs></w:pPr>'
    tab = '<w:r><w:tab/></w:r>' if kind == 'tabdeep' else ''
    chunk = '<w:r><w:t xml:space="preserve">KT. %s</w:t></w:r>%s' % ('x' * n, tab)
    write(out, para('KẾ HOẠCH') + '<w:p>%s%s<w:r><w:t>end</w:t></w:r></w:p>' % (far, chunk * k)
          + para('Nội dung.'))
elif kind in ('tabbody', 'tabboth'):
    far = '<w:pPr><w:tabs><w:tab w:val="center" w:pos="7000"/></w:tabs></w:pPr>'

    def tabline(a, b, tabs=1, ppr=far):
        return ('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r>%s'
                '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (ppr, a, '<w:r><w:tab/></w:r>' * tabs, b))
    if kind == 'tabbody':
        n, tabs = int(sys.argv[3]), sys.argv[4] == '1'
        body = (tabline('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
                + tabline('HUYỆN YÊN THẾ', 'Độc lập - Tự do - Hạnh phúc')
                + tabline('Số: 12/KH-UBND', 'Yên Thế, ngày 15 tháng 01 năm 2024')
                + para('KẾ HOẠCH') + para('Thực hiện Chương trình nông thôn mới năm 2024')
                + para('I. MỤC ĐÍCH, YÊU CẦU'))
        for k in range(n):
            body += para('%d. Nội dung thứ %d của kế hoạch.' % (k + 1, k + 1))
        body += (tabline('Xã Đồng Hưu:', '120 hộ;', 3, '') if tabs
                 else para('Xã Đồng Hưu: 120 hộ;'))
        body += para('II. TỔ CHỨC THỰC HIỆN') + para('Các phòng ban thực hiện.')
    else:
        body = (tabline('UBND HUYỆN YÊN THẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
                + tabline('PHÒNG NÔNG NGHIỆP', 'Độc lập - Tự do - Hạnh phúc')
                + para('VÀ PHÁT TRIỂN NÔNG THÔN')
                + tabline('Số: 12/KH-PNN', 'Yên Thế, ngày 15 tháng 01 năm 2024')
                + para('KẾ HOẠCH') + para('Thực hiện Chương trình nông thôn mới năm 2024')
                + para('I. MỤC ĐÍCH, YÊU CẦU') + para('1. Nâng cao đời sống của Nhân dân.')
                + para('II. TỔ CHỨC THỰC HIỆN') + para('1. Các phòng ban thực hiện.')
                + para('Trên đây là Kế hoạch năm 2024 của Phòng.')
                + tabline('Nơi nhận:', 'TRƯỞNG PHÒNG')
                + para('- UBND huyện;') + para('- Lưu: VT.')
                + tabline('', 'Nguyễn Văn A'))
    write(out, body)
else:
    sys.exit('review27_docx.py: unknown kind ' + kind)
