"""tests/hardening/mutimp25_docx.py DIR - the Word documents of
mutimp25.sh, into DIR, each a whole Kế hoạch written with zipfile
(attack14_docx.py) so that it holds exactly the markup under test (the
shapes session 25's mutation sweep of session 24's Word reading found no
test document had):
  - csfont.docx: runs marked complex script (w:cs, w:rtl) whose w:rFonts
    name an old 8-bit font by w:cs only (TCVN3 .VnTime, VNI-Times) and
    Times New Roman by w:ascii: Word draws them in the w:cs font, so the
    TCVN3 / VNI codes read as Vietnamese; the same text in a run whose
    w:cs is off (w:val="0") or that has only w:hint="cs" (a hint decides
    only characters of two ranges, none of these) is drawn in Times New
    Roman and kept as typed; a run whose w:ascii is a theme font and
    whose w:hAnsi is .VnTime;
  - listlevel.docx: bullets at w:ilvl 0 of a list given by paragraph
    styles named "List Number 2", "List Bullet 5" (each shown indented
    under the "List Bullet" item above: "+"), "List Bullet 6" (no
    built-in style: "-"), a style based on "List Bullet 2" with no
    numbering of its own, and one ten styles down a basedOn chain;
  - stylelvl.docx: paragraph styles based on a numbered "heading 2" (its
    list's level 1, "1.", "2."): one with no w:numPr at all (its base's
    list and level, as LibreOffice shows it), and one whose w:numPr gives
    w:numId 0 (numbering removed: LibreOffice shows it unnumbered), and
    one whose w:ilvl 0 is its own; paragraphs of "heading 2" whose own
    w:numPr gives w:numId 0, w:ilvl 0 alone, or w:numId alone (the
    style's level: LibreOffice shows "1. Tổng hợp")."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, abstract, instance, lvl, para, write  # noqa: E402

# "Xây dựng đường thôn Tân Lập." in TCVN3 (foreign23_docx.py) and
# "Nâng cao đời sống người dân." in VNI-Windows
TCVN3 = 'X\xa9y d\xf9ng \xae\xad\xeang th\xabn T\xa9n L\xcbp.'
VNI = 'Naâng cao ñôøi soáng ngöôøi daân.'


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        '<w:rPr>%s</w:rPr>' % rpr if rpr else '', text)


def p(runs, ppr=''):
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', runs)


def fonts(**kw):
    return '<w:rFonts %s/>' % ' '.join('w:%s="%s"' % (k, v) for k, v in kw.items())


def style(sid, name, ppr='', based=''):
    return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s%s</w:style>' %
            (sid, name, '<w:basedOn w:val="%s"/>' % based if based else '',
             '<w:pPr>%s</w:pPr>' % ppr if ppr else ''))


def numpr(num_id=None, ilvl=None):
    return '<w:numPr>%s%s</w:numPr>' % ('' if ilvl is None else '<w:ilvl w:val="%d"/>' % ilvl,
                                        '' if num_id is None else '<w:numId w:val="%d"/>' % num_id)


def main(out):
    tnr = 'Times New Roman'
    write(os.path.join(out, 'csfont.docx'),
          [para('I. MỤC TIÊU', '', B),
           p(run('1. ') + run(TCVN3, fonts(ascii=tnr, hAnsi=tnr, cs='.VnTime') + '<w:cs/>')),
           p(run('2. ') + run(VNI, fonts(ascii='.VnTime', hAnsi='.VnTime', cs='VNI-Times') +
                              '<w:rtl/>')),
           p(run('3. ') + run(TCVN3, fonts(ascii=tnr, hAnsi=tnr, cs='.VnTime') +
                              '<w:cs w:val="0"/>')),
           p(run('4. ') + run(TCVN3, fonts(ascii=tnr, hAnsi=tnr, cs='.VnTime', hint='cs'))),
           p(run('5. ') + run(TCVN3, fonts(asciiTheme='minorHAnsi', hAnsi='.VnTime'))),
           p(run('6. ') + run(TCVN3, fonts(ascii='.VnTime', hAnsi='.VnTime') + '<w:cs/>')),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường.')], '')

    bullets = abstract(2, lvl(0, 'bullet', '-') + lvl(1, 'bullet', '+')) + instance(2, 2)
    chain = ''.join(style('C%d' % k, 'Chain %d' % k, '', 'C%d' % (k + 1) if k < 9 else 'LB2')
                    for k in range(1, 10))
    ind = '<w:ind w:left="%d" w:hanging="360"/>'
    styles = (style('LB', 'List Bullet', numpr(2) + ind % 360) +
              style('LB2', 'List Bullet 2', numpr(2) + ind % 720) +
              style('LN2', 'List Number 2', numpr(2) + ind % 720) +
              style('LB5', 'List Bullet 5', numpr(2) + ind % 1800) +
              style('LB6', 'List Bullet 6', numpr(2) + ind % 360) +
              style('Sub', 'Sub bullet', '', 'LB2') + chain)
    write(os.path.join(out, 'listlevel.docx'),
          [para('I. MỤC TIÊU', '', B), para('1. Nâng cao đời sống.'),
           para('II. NHIỆM VỤ', '', B),
           para('Tuyên truyền sâu rộng', '<w:pStyle w:val="LB"/>'),
           para('Tại các thôn', '<w:pStyle w:val="LN2"/>'),
           para('Tại trường học', '<w:pStyle w:val="LB5"/>'),
           para('Kiểm tra định kỳ', '<w:pStyle w:val="LB"/>'),
           para('Hồ sơ đất đai', '<w:pStyle w:val="Sub"/>'),
           para('Hồ sơ xây dựng', '<w:pStyle w:val="C1"/>'),
           para('Tổng kết cuối năm', '<w:pStyle w:val="LB6"/>')], bullets, styles)

    numbering = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') +
                         lvl(2, 'lowerLetter', '%3)')) + instance(1, 1)
    styles = (style('H1', 'heading 1', numpr(1, 0)) + style('H2', 'heading 2', numpr(1, 1)) +
              style('H2b', 'Muc con', '', 'H2') +
              style('H2z', 'Ghi chu', numpr(0), 'H2') + style('H1b', 'Phan', numpr(None, 0), 'H2'))
    write(os.path.join(out, 'stylelvl.docx'),
          [para('MỤC TIÊU', '<w:pStyle w:val="H1"/>'),
           para('Cấp thôn', '<w:pStyle w:val="H2b"/>'),
           para('Ghi chú chung cho các cấp.', '<w:pStyle w:val="H2z"/>'),
           para('Cấp huyện', '<w:pStyle w:val="H2"/>'),
           para('Ghi chú riêng của huyện.', '<w:pStyle w:val="H2"/>' + numpr(0)),
           para('VIỆC CHUNG', '<w:pStyle w:val="H2"/>' + numpr(None, 0)),
           para('Rà soát', '<w:pStyle w:val="H2"/>'),
           para('VIỆC KHÁC', '<w:pStyle w:val="H1b"/>'),
           para('Tổng hợp', '<w:pStyle w:val="H2"/>' + numpr(1)),
           para('NHIỆM VỤ', '<w:pStyle w:val="H1"/>'), para('Làm đường', '<w:pStyle w:val="H2"/>')],
          numbering, styles)


if __name__ == '__main__':
    main(sys.argv[1])
