"""tests/hardening/docx18_docx.py - the Word documents of docx18.sh.

docx18_docx.py DIR writes into DIR, with zipfile around attack14_docx.py's
plan (its header, body list and signature):
  - wingstyle.docx: text in Wingdings, Wingdings 2, Wingdings 3 and
    Webdings chosen by a paragraph style, a character style and a run's
    own w:rFonts, typed as the letters ("ü") and as Word's private-use
    codes (U+F0FC), as Word's symbol dialog and LibreOffice write them;
  - wingnum.docx: bullets of a numbering definition whose w:lvl's w:rPr
    sets a symbol font ("\\uF0A7" in Wingdings: "▪", "\\uF0D8": "➢",
    "P" in Wingdings 2: "✓"), the marks of Word's bullet gallery.

docx18_docx.py --dept SRC DST WHAT: SRC (khgen's .docx of README's
example) with the edit a department makes (dept_edit), saved by
python-docx; --compat SRC DST: SRC as Word's compatibility mode saves it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, abstract, cell, instance, lvl, num, para, row, table, write  # noqa: E402
from docx15_docx import BODY_LIST  # noqa: E402

FONTS = ['Wingdings', 'Wingdings 2', 'Wingdings 3', 'Webdings']


def rfonts(font):
    return '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % (font, font)


def sid(font):
    return font.replace(' ', '')


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        '<w:rPr>%s</w:rPr>' % rpr if rpr else '', text)


def runs_para(runs, style=''):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ''
    return '<w:p>%s%s</w:p>' % (ppr, ''.join(runs))


# the codes and what Word shows (docx_symfont.c's tables: Unicode's
# mapping of those fonts): each font's check mark or box and an arrow
CODES = {'Wingdings': ('\u00fc\u00fe\u00d8', '✔☑➢'),
         'Wingdings 2': ('PQR', '✓☒☑'),
         'Wingdings 3': ('\u0070\u0071\u0022', '▲▼⭢'),
         'Webdings': ('\u0061\u0063\u0067', '✔⬜⬛')}


def pua(s):
    return ''.join(chr(0xF000 + ord(c)) for c in s)


def wingstyle(out, name='wingstyle.docx', case=str):
    body = [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B)]
    for f in FONTS:
        typed, _ = CODES[f]
        body += [runs_para([run('Đoạn: '), run(typed, rfonts('Times New Roman'))]),  # control
                 runs_para([run(typed)], 'P' + sid(f)),
                 runs_para([run(pua(typed))], 'P' + sid(f)),
                 runs_para([run('Ký tự: '), run(typed, '<w:rStyle w:val="C%s"/>' % sid(f))]),
                 runs_para([run('Ký tự: '), run(pua(typed), '<w:rStyle w:val="C%s"/>' % sid(f))]),
                 runs_para([run('Chạy: '), run(typed, rfonts(case(f)))]),
                 runs_para([run('Chạy: '), run(pua(typed), rfonts(case(f)))]),
                 runs_para([run('Ký hiệu: ')] + ['<w:r><w:sym w:font="%s" w:char="F0%02X"/></w:r>'
                                                 % (case(f), ord(c)) for c in typed])]
    body.append(para('Làm đường.'))
    styles = ''.join(
        '<w:style w:type="paragraph" w:styleId="P%s"><w:name w:val="P%s"/><w:rPr>%s</w:rPr>'
        '</w:style><w:style w:type="character" w:styleId="C%s"><w:name w:val="C%s"/><w:rPr>%s'
        '</w:rPr></w:style>' % (sid(f), sid(f), rfonts(case(f)), sid(f), sid(f), rfonts(case(f)))
        for f in FONTS)
    write(os.path.join(out, name), body, BODY_LIST, styles=styles)


def bullet_lvl(ilvl, text, font):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="%s"/><w:rPr>%s</w:rPr></w:lvl>' % (ilvl, text, rfonts(font)))


def wingnum(out):
    # Word's bullet gallery: "▪" (Wingdings F0A7), "➢" (F0D8), "✓"
    # (Wingdings 2 "P"), "o" (Courier New) under them
    lists = (abstract(5, bullet_lvl(0, '\uf0a7', 'Wingdings') + bullet_lvl(1, 'o', 'Courier New')) +
             instance(5, 5) +
             abstract(6, bullet_lvl(0, '\uf0d8', 'Wingdings')) + instance(6, 6) +
             abstract(7, bullet_lvl(0, 'P', 'Wingdings 2')) + instance(7, 7))
    body = [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
            para('Việc một.', num(5, 0)), para('Việc con.', num(5, 1)),
            para('Việc hai.', num(6, 0)), para('Việc ba.', num(7, 0)),
            para('Làm đường.')]
    write(os.path.join(out, 'wingnum.docx'), body, BODY_LIST + lists)


def totals(out):
    """a body table whose totals label "Tổng cộng" spans the name and the
    village columns under an empty STT, as offices write it: no merge to
    note (import_attrows.c reads it as the totals row)"""
    span = '<w:gridSpan w:val="2"/>'
    rows = [row([cell('TT'), cell('Tên xã'), cell('Thôn'), cell('Số hộ')]),
            row([cell('1'), cell('Xã A'), cell('Thôn 1'), cell('10')]),
            row([cell('2'), cell('Xã B'), cell('Thôn 2'), cell('20')]),
            row([cell(''), cell('Tổng cộng', '', span), cell('30')])]
    body = [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B), table(rows),
            para('Làm đường.')]
    write(os.path.join(out, 'totals.docx'), body, BODY_LIST)


# ---- a department's copy: the edits it makes ----------------------------------------
MC = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')


def textbox_run(text):
    """a text box as Word 2010 and later write it: the shape (wps) and its
    VML fallback, each holding the text (Word shows it once)"""
    content = ('<w:txbxContent><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:txbxContent>' % text)
    return ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
            'distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2000000" cy="400000"/><wp:wrapSquare wrapText="bothSides"/>'
            '<wp:docPr id="10" name="Text Box 10"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" '
            'cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            '<wps:txbx>%s</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="tb10" '
            'style="width:157pt;height:31pt" type="#_x0000_t202"><v:textbox>%s</v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>' % (MC, content, content))


def dept_edit(src, dst, what):
    """src (khgen's .docx of README's example) with a department's edit,
    saved by python-docx to dst"""
    import copy
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx17_docx import edit, find, set_cell, W
    if what in ('attrow', 'tracked', 'comment', 'bodyrow'):
        return edit(src, dst, what)
    if what in ('stt5', 'sttab'):  # the row added to the body's table, its STT edited
        edit(src, dst, 'bodyrow')
        d = docx.Document(dst)
        t = d.tables[1]
        if what == 'stt5':
            set_cell(t.rows[2].cells[0], '5')
        else:
            set_cell(t.rows[1].cells[0], 'a')
            set_cell(t.rows[2].cells[0], 'b')
        return d.save(dst)
    d = docx.Document(src)
    if what == 'none':         # opened and saved, nothing edited
        pass
    elif what == 'deadline':     # a task's deadline changed in its line
        p = find(d, 'Thời gian thực hiện')
        p.runs[-1].text = p.runs[-1].text.replace('quý I/2024', 'quý II/2024')
        if 'quý II/2024' not in p.text:
            raise SystemExit('deadline: the run holds not the quarter: %r' % [r.text for r in p.runs])
    elif what == 'unit':       # a unit renamed, wherever the document names it
        n = 0
        for p in d.paragraphs + [p for t in d.tables for r in t.rows for c in r.cells
                                 for p in c.paragraphs]:
            for r in p.runs:
                if 'Văn phòng Điều phối nông thôn mới huyện' in r.text:
                    r.text = r.text.replace('Văn phòng Điều phối nông thôn mới huyện',
                                            'Văn phòng Điều phối Chương trình nông thôn mới huyện')
                    n += 1
        if n < 2:
            raise SystemExit('unit: %d runs' % n)
    elif what == 'split':      # a paragraph split in two (Enter in its middle)
        p = find(d, 'UBND huyện xây dựng Kế hoạch')
        new = copy.deepcopy(p._p)
        p._p.addnext(new)
        from docx.text.paragraph import Paragraph
        q = Paragraph(new, p._parent)
        for r in p.runs[1:]:
            r._r.getparent().remove(r._r)
        for r in q.runs[1:]:
            r._r.getparent().remove(r._r)
        p.runs[0].text = 'UBND huyện xây dựng Kế hoạch thực hiện năm 2024.'
        q.runs[0].text = 'Kế hoạch gồm các nội dung như sau:'
    elif what == 'splitbullet':  # a bullet split in two (Enter after its comma)
        p = find(d, 'Hoàn thành xây dựng xã Đồng Hưu')
        new = copy.deepcopy(p._p)
        p._p.addnext(new)
        from docx.text.paragraph import Paragraph
        q = Paragraph(new, p._parent)
        text = p.text
        cut = text.index(',') + 1
        for r in p.runs[1:]:
            r._r.getparent().remove(r._r)
        for r in q.runs[1:]:
            r._r.getparent().remove(r._r)
        p.runs[0].text = text[:cut]
        q.runs[0].text = text[cut:].lstrip()
    elif what == 'spanrow':    # two cells of a Biểu row merged across (gridSpan)
        t = d.tables[-1]
        m = t.cell(5, 3).merge(t.cell(5, 4))  # no 'Thuộc' column (s43fix F6)
        set_cell(m, 'nông thôn mới nâng cao')
    elif what == 'rowdel':     # a row of the body's table deleted (no Track Changes)
        from docx17_docx import add_row
        t = d.tables[1]
        tr = t.rows[1]._tr
        tr.getparent().remove(tr)
    elif what == 'merge':      # the column "Năm đạt chuẩn" merged down its three rows
        t = d.tables[-1]
        top = t.cell(3, 5)  # no 'Thuộc' column (s43fix F6)
        m = top.merge(t.cell(5, 5))
        set_cell(m, '2024')
    elif what == 'textbox':    # a text box typed beside the closing
        p = find(d, 'Trên đây là Kế hoạch')
        p._p.append(parse_xml(textbox_run('Dự thảo lần 2')))
    elif what == 'tracked2':   # Track Changes left on, a task's deadline changed
        d.settings.element.insert(0, parse_xml('<w:trackRevisions %s/>' % W))
        p = find(d, 'Thời gian thực hiện')
        r = p.runs[-1]
        assert r.text.endswith('quý I/2024'), r.text
        r.text = r.text[:-len('I/2024')]
        dele = parse_xml('<w:del %s w:id="7" w:author="Phòng TC-KH" w:date="2024-02-01T08:00:00Z">'
                         '<w:r><w:delText>I/2024</w:delText></w:r></w:del>' % W)
        ins = parse_xml('<w:ins %s w:id="8" w:author="Phòng TC-KH" w:date="2024-02-01T08:00:00Z">'
                        '<w:r><w:t>II/2024</w:t></w:r></w:ins>' % W)
        r._r.addnext(dele)
        dele.addnext(ins)
    elif what == 'trrowins':   # Track Changes: a row inserted in the Biểu
        from docx17_docx import add_row
        t = d.tables[-1]
        add_row(t, ['4', 'Xã Tam Tiến', '15', '', 'nông thôn mới', '2024', 'mới thêm'])  # no 'Thuộc' column (s43fix F6)
        tr = t.rows[-1]._tr
        trpr = tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:ins %s w:id="11" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W))
        for r in tr.iter(qn('w:r')):
            ins = parse_xml('<w:ins %s w:id="12" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W)
            r.addprevious(ins)
            ins.append(r)
    elif what == 'trrowdel':   # Track Changes: a row of the Biểu deleted
        t = d.tables[-1]
        tr = t.rows[4]._tr      # Xã Tân Hiệp
        trpr = tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:del %s w:id="13" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W))
        for r in list(tr.iter(qn('w:r'))):
            dl = parse_xml('<w:del %s w:id="14" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W)
            r.addprevious(dl)
            dl.append(r)
            for t_ in r.findall(qn('w:t')):
                t_.tag = qn('w:delText')
    elif what == 'trparadel':  # Track Changes: a bullet deleted, its mark too
        p = find(d, 'Hoàn thành xây dựng xã Đồng Lạc')
        ppr = p._p.get_or_add_pPr()
        rpr = ppr.find(qn('w:rPr'))
        if rpr is None:
            rpr = parse_xml('<w:rPr %s/>' % W)
            ppr.append(rpr)
        rpr.append(parse_xml('<w:del %s w:id="15" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W))
        for r in list(p._p.findall(qn('w:r'))):
            dl = parse_xml('<w:del %s w:id="16" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W)
            r.addprevious(dl)
            dl.append(r)
            for t_ in r.findall(qn('w:t')):
                t_.tag = qn('w:delText')
    elif what == 'trparains':  # Track Changes: a bullet typed (Enter at a bullet's end)
        p = find(d, 'Hoàn thành xây dựng xã Đồng Lạc')
        new = copy.deepcopy(p._p)
        from docx.text.paragraph import Paragraph
        q = Paragraph(new, p._parent)
        for r in q.runs[1:]:
            r._r.getparent().remove(r._r)
        q.runs[0].text = '- Hoàn thành xây dựng xã Tam Tiến đạt chuẩn nông thôn mới kiểu mẫu.'
        # the mark Enter made is p's, inserted; the new run inserted
        ppr = p._p.get_or_add_pPr()
        rpr = ppr.find(qn('w:rPr'))
        if rpr is None:
            rpr = parse_xml('<w:rPr %s/>' % W)
            ppr.append(rpr)
        rpr.append(parse_xml('<w:ins %s w:id="17" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W))
        r = q.runs[0]._r
        ins = parse_xml('<w:ins %s w:id="18" w:author="A" w:date="2024-02-01T08:00:00Z"/>' % W)
        r.addprevious(ins)
        ins.append(r)
        p._p.addnext(new)
    elif what == 'celldue':    # a deadline changed in the body's table
        c = d.tables[1].rows[1].cells[3]
        set_cell(c, 'tháng 7/2024')
    elif what == 'bodymerge':  # the body table's "Chủ trì" merged with "Thời hạn" in its row
        t = d.tables[1]
        m = t.cell(1, 2).merge(t.cell(1, 3))
        set_cell(m, 'Văn phòng Điều phối nông thôn mới huyện, tháng 6/2024')
    elif what == 'cellcomment':  # a comment on a cell of the Biểu
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.part import Part
        from docx.opc.packuri import PackURI
        xml = ('<w:comments %s><w:comment w:id="0" w:author="Phòng TC-KH" w:date="2024-02-01T08:00:00Z"'
               ' w:initials="TC"><w:p><w:r><w:t>Số tiêu chí là 18.</w:t></w:r></w:p></w:comment>'
               '</w:comments>' % W)
        part = Part(PackURI('/word/comments.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
                    xml.encode('utf-8'), d.part.package)
        d.part.relate_to(part, RT.COMMENTS)
        p = d.tables[-1].cell(4, 2).paragraphs[0]  # no 'Thuộc' column (s43fix F6)
        p._p.insert(1, parse_xml('<w:commentRangeStart %s w:id="0"/>' % W))
        p._p.append(parse_xml('<w:commentRangeEnd %s w:id="0"/>' % W))
        p._p.append(parse_xml('<w:r %s><w:commentReference w:id="0"/></w:r>' % W))
    else:
        raise SystemExit('unknown edit ' + what)
    d.save(dst)


def compat(src, dst):
    """src saved as Word's compatibility mode writes it (a .docx of Word
    2003 or 2007 opened and saved by a later Word): w:compat with its
    layout options and a w:compatSetting compatibilityMode 11"""
    import zipfile
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/settings.xml':
            s = data.decode('utf-8')
            block = ('<w:compat><w:doNotExpandShiftReturn/><w:doNotUseHTMLParagraphAutoSpacing/>'
                     '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
                     'w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>')
            if '<w:compat>' in s or '<w:compat/>' in s:
                import re
                s = re.sub(r'<w:compat>.*?</w:compat>|<w:compat/>', block, s, flags=re.S)
            else:
                s = s.replace('</w:settings>', block + '</w:settings>')
            data = s.encode('utf-8')
        zout.writestr(item, data)
    zout.close()


if __name__ == '__main__' and sys.argv[1] == '--dept':
    dept_edit(*sys.argv[2:5])
elif __name__ == '__main__' and sys.argv[1] == '--compat':
    compat(*sys.argv[2:4])
elif __name__ == '__main__':
    wingstyle(sys.argv[1])
    # the font named in another case: Word and LibreOffice find it all the same
    wingstyle(sys.argv[1], 'wingcase.docx', lambda f: f.lower() if '2' in f or ' ' not in f
              else f.upper())
    wingnum(sys.argv[1])
    totals(sys.argv[1])
