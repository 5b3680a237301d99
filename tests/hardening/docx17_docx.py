"""tests/hardening/docx17_docx.py - the Word documents of docx17.sh.

docx17_docx.py DIR writes into DIR documents (a whole Kế hoạch:
attack14_docx.py's header, body list and signature) holding list items of
a level past ECMA-376's 0-8 (lvl9.docx) and text in the Symbol font
chosen by a paragraph or character style (symstyle.docx), with zipfile.

docx17_docx.py --edit SRC DST WHAT makes in SRC, khgen's own .docx of
README's example, the edit an official makes in Word, written to DST with
python-docx (docx17.sh then has LibreOffice open and save it): a bullet
added (para), a paragraph typed after a task's text (taskpara), a row
added to the body's table (bodyrow) or to the attachment's (attrow), a
cell changed (cell), a task deleted with its lines (deltask), a heading
renamed (heading), words made bold (bold), a comment (comment), Track
Changes on with a word inserted and two deleted (tracked), a numbered
heading added with a bullet under it (newclause)."""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, abstract, instance, lvl, num, para, write  # noqa: E402
from docx15_docx import BODY_LIST  # noqa: E402

import docx  # noqa: E402  (python-docx)
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def find(d, s):
    for p in d.paragraphs:
        if s in p.text:
            return p
    raise SystemExit('not found ' + s)


def set_cell(cell, v):
    p = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for r in p.runs[1:]:
        r._r.getparent().remove(r._r)
    if p.runs:
        p.runs[0].text = v
    else:
        p.add_run(v)


def add_row(t, vals):
    tr = copy.deepcopy(t.rows[-1]._tr)
    t.rows[-1]._tr.addnext(tr)
    from docx.table import _Row
    row = _Row(tr, t)
    for c, v in zip(row.cells, vals):
        set_cell(c, v)


def split_run(p, word):
    """p's runs with `word` in a run of its own (returned)"""
    for r in p.runs:
        i = r.text.find(word)
        if i < 0:
            continue
        before, after = r.text[:i], r.text[i + len(word):]
        r.text = before
        mid = copy.deepcopy(r._r)
        r._r.addnext(mid)
        from docx.text.run import Run
        m = Run(mid, p)
        m.text = word
        if after:
            tail = copy.deepcopy(r._r)
            mid.addnext(tail)
            Run(tail, p).text = after
        return m
    raise SystemExit('no run has ' + word)


def edit(src, dst, what):
    d = docx.Document(src)
    if what == 'para':      # a paragraph typed after a bullet, Enter then text
        p = find(d, 'Hoàn thành xây dựng xã Đồng Lạc')
        new = copy.deepcopy(p._p)
        p._p.addnext(new)
        np_ = Paragraph(new, p._parent)
        for r in np_.runs[1:]:
            r._r.getparent().remove(r._r)
        np_.runs[0].text = '- Hoàn thành xây dựng xã Tam Tiến đạt chuẩn nông thôn mới kiểu mẫu.'
    elif what == 'taskpara':  # a paragraph typed after the task's text
        p = find(d, 'Tham mưu phân bổ nguồn vốn')
        new = copy.deepcopy(find(d, 'UBND huyện xây dựng Kế hoạch')._p)
        p._p.addnext(new)
        np_ = Paragraph(new, p._parent)
        for r in np_.runs[1:]:
            r._r.getparent().remove(r._r)
        np_.runs[0].text = 'Ưu tiên các xã đăng ký đạt chuẩn năm 2024.'
    elif what == 'bodyrow':
        # the deadline as khgen prints a cell, with a capital (s45cycle F25):
        # the import's .docx prints the row as typed
        add_row(d.tables[1], ['2', 'Tổng hợp báo cáo', 'Phòng Tài chính - Kế hoạch', 'Tháng 9/2024'])
    elif what == 'attrow':
        add_row(d.tables[-1], ['4', 'Xã Tam Tiến', '15', '', 'nông thôn mới', '2024', 'mới thêm'])  # no 'Thuộc' column (s43fix F6)
    elif what == 'cell':
        set_cell(d.tables[1].rows[1].cells[1], 'Rà soát hồ sơ 3 xã')
    elif what == 'deltask':
        p = find(d, 'Tham mưu phân bổ nguồn vốn')
        for q in [p, find(d, 'Đơn vị thực hiện'), find(d, 'Thời gian thực hiện')]:
            q._p.getparent().remove(q._p)
    elif what == 'heading':
        p = find(d, '1. Cấp xã')
        p.runs[-1].text = p.runs[-1].text.replace('Cấp xã', 'Cấp xã, thị trấn')
    elif what == 'bold':
        p = find(d, 'Hoàn thành xây dựng xã Đồng Lạc')
        split_run(p, 'nông thôn mới nâng cao').bold = True
    elif what == 'comment':
        p = find(d, 'Hoàn thành xây dựng xã Đồng Hưu')
        xml = ('<w:comments %s><w:comment w:id="0" w:author="Chuyên viên" w:date="2024-02-01T08:00:00Z"'
               ' w:initials="CV"><w:p><w:r><w:t>Xem lại tên xã.</w:t></w:r></w:p></w:comment>'
               '</w:comments>' % W)
        part = Part(PackURI('/word/comments.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
                    xml.encode('utf-8'), d.part.package)
        rid = d.part.relate_to(part, RT.COMMENTS)
        assert rid
        p._p.insert(1, parse_xml('<w:commentRangeStart %s w:id="0"/>' % W))
        p._p.append(parse_xml('<w:commentRangeEnd %s w:id="0"/>' % W))
        p._p.append(parse_xml('<w:r %s><w:commentReference w:id="0"/></w:r>' % W))
    elif what == 'tracked':   # track changes on: a word inserted, a word deleted
        settings = d.settings.element
        settings.insert(0, parse_xml('<w:trackRevisions %s/>' % W))
        p = find(d, 'Hoàn thành xây dựng xã Đồng Hưu')
        r = split_run(p, 'đạt chuẩn')
        ins = parse_xml('<w:ins %s w:id="1" w:author="Chuyên viên" w:date="2024-02-01T08:00:00Z">'
                        '<w:r><w:t xml:space="preserve">phấn đấu </w:t></w:r></w:ins>' % W)
        r._r.addprevious(ins)
        p2 = find(d, 'Hoàn thành xây dựng xã Đồng Lạc')
        r2 = split_run(p2, ' nâng cao')
        dele = parse_xml('<w:del %s w:id="2" w:author="Chuyên viên" w:date="2024-02-01T08:00:00Z"/>' % W)
        r2._r.addprevious(dele)
        dele.append(r2._r)
        for t in r2._r.findall(qn('w:t')):
            t.tag = qn('w:delText')
    elif what == 'newclause':  # "2. Cấp huyện" typed under "I.", a bullet under it
        p = find(d, '(Chi tiết theo')
        h = copy.deepcopy(find(d, '1. Cấp xã')._p)
        b = copy.deepcopy(find(d, 'Hoàn thành xây dựng xã Đồng Lạc')._p)
        p._p.addnext(h)
        h.addnext(b)
        hp, bp = Paragraph(h, p._parent), Paragraph(b, p._parent)
        hp.runs[-1].text = '2. Cấp huyện'
        for r in bp.runs[1:]:
            r._r.getparent().remove(r._r)
        bp.runs[0].text = '- Huyện đạt chuẩn nông thôn mới.'
    else:
        raise SystemExit('unknown edit ' + what)
    d.save(dst)



# ---- list levels past 8 ------------------------------------------------------------
FORMATS = ['decimal', 'lowerLetter', 'upperRoman', 'lowerRoman', 'upperLetter', 'decimal',
           'lowerLetter', 'upperRoman', 'lowerRoman']


def nine_levels(aid, extra=''):
    """an abstract list (and its w:num, of the same id) defining levels 0-8,
    "%1." decimal, "%2." lowerLetter, ...; extra: more w:lvl"""
    return abstract(aid, ''.join(lvl(k, FORMATS[k], '%%%d.' % (k + 1)) for k in range(9)) +
                    extra) + instance(aid, aid)


def levels(out):
    # LibreOffice 7.4 (soffice --convert-to txt) shows: w:ilvl 9, its tenth
    # level, undefined: "1.", "2." (restarting after a higher item); defined
    # by a w:lvl of level 9: its text, "%10" being "%1" then "0"; w:ilvl 10
    # and above as level 0, going on with it; a level above an item that
    # has not begun counts 1 there, so its next item is "2."
    body = [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
            para('Ý A', num(5, 0)), para('Ý B', num(5, 10)), para('Ý C', num(5, 200)),
            para('Ý D', num(5, 9)), para('Ý E', num(5, 9)), para('Ý F', num(5, 0)),
            para('Ý G', num(5, 9)),
            para('Việc A', num(6, 8)), para('Việc B', num(6, 10)), para('Việc C', num(6, 9)),
            para('Việc D', num(6, 1)),
            para('Mục A', num(7, 9)), para('Mục B', num(7, 9)),
            para('Làm đường.')]
    write(os.path.join(out, 'lvl9.docx'), body,
          BODY_LIST + nine_levels(5) + nine_levels(6) +
          nine_levels(7, lvl(9, 'decimal', 'X%10.')))


# ---- the Symbol font chosen by a style ----------------------------------------------
SYM = '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>'
TIMES = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
STYLES = ('<w:docDefaults><w:rPrDefault><w:rPr>%s</w:rPr></w:rPrDefault></w:docDefaults>' % TIMES +
          ''.join('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s<w:rPr>%s</w:rPr>'
                  '</w:style>' % (kind, sid, sid, '<w:basedOn w:val="%s"/>' % base if base else '',
                                  rpr)
                  for kind, sid, base, rpr in [
                      ('paragraph', 'SymPara', None, SYM),
                      ('paragraph', 'SymKid', 'SymPara', ''),
                      ('character', 'SymChar', None, SYM),
                      ('character', 'PlainChar', None, TIMES),
                      ('character', 'ThemeChar', None,
                       '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>')]))


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        '<w:rPr>%s</w:rPr>' % rpr if rpr else '', text)


def runs_para(runs, style=''):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ''
    return '<w:p>%s%s</w:p>' % (ppr, ''.join(runs))


def symbol_styles(out):
    # LibreOffice 7.4 draws (soffice --convert-to pdf, the page looked at):
    # "³" of a character style in the Symbol font "≥"; "abg" of a paragraph
    # style in it, or of one based on it, "αβγ"; in such a paragraph "Chữ"
    # "Χηữ" (a letter the font has not is another font's), a run of a
    # character style or w:rFonts in Times New Roman, or a theme font, its
    # letters
    cstyle = '<w:rStyle w:val="%s"/>'
    body = [para('MỤC TIÊU', num(1, 0), B), para('Cấp xã', num(1, 1), B),
            runs_para([run('Tỷ lệ '), run('\u00b3', cstyle % 'SymChar'), run(' 90%.')]),
            runs_para([run('abg')], 'SymPara'),
            runs_para([run('ab')], 'SymKid'),
            runs_para([run('Chữ '), run('thường', cstyle % 'PlainChar')], 'SymPara'),
            runs_para([run('Mặc '), run('định', TIMES)], 'SymPara'),
            runs_para([run('Chủ '), run('đề', cstyle % 'ThemeChar')], 'SymPara'),
            para('Làm đường.')]
    write(os.path.join(out, 'symstyle.docx'), body, BODY_LIST, styles=STYLES)


if __name__ == '__main__':
    if sys.argv[1] == '--edit':
        edit(*sys.argv[2:5])
    else:
        levels(sys.argv[1])
        symbol_styles(sys.argv[1])
