"""tests/hardening/foreign24_docx.py DIR - the Word documents of
foreign24.sh, into DIR, each a whole Kế hoạch written with zipfile
(attack14_docx.py) so that it holds exactly the markup under test:
  - complexscript.docx: runs marked complex script (w:cs, w:rtl) whose
    w:rFonts name the Symbol font by w:ascii and Times New Roman by w:cs,
    as a document typed with a right-to-left or complex-script keyboard
    setting keeps them; Word draws them in the w:cs font: "an ninh";
  - stylenum.docx: numbering defined through paragraph styles, a
    "Heading 3" based on a numbered "Heading 2" giving only w:ilvl 2 (and
    a paragraph whose own w:numPr gives only w:ilvl): LibreOffice shows
    "a)", "b)" under "1.";
  - nopreserve.docx: w:t elements without xml:space="preserve" whose text
    begins or ends with a space: Word and LibreOffice drop those spaces;
  - separator.docx: Word's Style Separator (a paragraph mark hidden,
    w:vanish and w:specVanish) after a bold "Điều 1. Phạm vi." run into
    the text after it, and a paragraph whose text and mark are both
    hidden: Word shows "Điều 1. Phạm vi. Kế hoạch này ..." as one
    paragraph and nothing of the hidden one;
  - brsep.docx: items typed with line breaks (w:br, Shift+Enter) between
    them in one paragraph, "1. ..." / "2. ..." / "- ..." / "- ...", which
    Word shows a line each; a sentence broken by a line break, and a bold
    run over a break before a label, each stay one paragraph."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, abstract, instance, lvl, para, write  # noqa: E402


def run(text, rpr='', preserve=True):
    return '<w:r>%s<w:t%s>%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '',
                                            ' xml:space="preserve"' if preserve else '', text)


def p(runs, ppr=''):
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', runs)


def main(out):
    sym_cs = '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:cs="Times New Roman"/>'
    write(os.path.join(out, 'complexscript.docx'),
          [para('I. MỤC TIÊU', '', B),
           p(run('1. Bảo đảm ') + run('an ninh', sym_cs + '<w:cs/>') + run('.')),
           p(run('2. Giữ gìn ') + run('trật tự', sym_cs + '<w:rtl/>') + run('.')),
           p(run('3. Số liệu ') + run('a', sym_cs + '<w:cs w:val="0"/>') + run('.')),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường.')], '')

    styles = ('<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr>'
              '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr>'
              '<w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H3"><w:name w:val="heading 3"/><w:basedOn w:val="H2"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>')
    numbering = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') +
                         lvl(2, 'lowerLetter', '%3)')) + instance(1, 1)
    write(os.path.join(out, 'stylenum.docx'),
          [para('MỤC TIÊU', '<w:pStyle w:val="H1"/>'), para('Cấp xã', '<w:pStyle w:val="H2"/>'),
           para('Điểm một', '<w:pStyle w:val="H3"/>'),
           para('Điểm hai', '<w:pStyle w:val="H2"/><w:numPr><w:ilvl w:val="2"/></w:numPr>'),
           para('Cấp thôn', '<w:pStyle w:val="H2"/>'), para('NHIỆM VỤ', '<w:pStyle w:val="H1"/>'),
           para('Làm đường', '<w:pStyle w:val="H2"/>')], numbering, styles)

    write(os.path.join(out, 'nopreserve.docx'),
          [para('I. MỤC TIÊU', '', B),
           p(run('1. Nâng cao', '', False) + run(' đời sống ', '', False) + run('người dân.', '', False)),
           p(run('2. Giữ gìn ', '', True) + run('an ninh.', '', False)),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường.')], '')

    hidden_mark = '<w:rPr><w:vanish/><w:specVanish/></w:rPr>'
    write(os.path.join(out, 'separator.docx'),
          [para('I. MỤC TIÊU', '', B),
           p(run('Điều 1. Phạm vi.', B), hidden_mark),
           p(run(' Kế hoạch này áp dụng trên địa bàn huyện.')),
           p(run('Đoạn ẩn.', '<w:vanish/>'), '<w:rPr><w:vanish/></w:rPr>'),
           p(run('Điều 2. Đối tượng.', B), hidden_mark),
           p(run(' Cán bộ, công chức.')),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường.')], '')

    br = '<w:br/>'
    write(os.path.join(out, 'brsep.docx'),
          [para('I. MỤC TIÊU', '', B),
           p('<w:r><w:t>1. Nâng cao đời sống.</w:t>%s<w:t>2. Bảo đảm an ninh.</w:t>%s'
             '<w:t xml:space="preserve">  - Làm đường thôn.</w:t>%s<w:t>- Làm cầu.</w:t></w:r>' % (br, br, br)),
           p('<w:r><w:t>3. Xây dựng đường</w:t>%s<w:t>liên thôn.</w:t></w:r>' % br),
           p('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Lưu ý: </w:t></w:r>'
             '<w:r><w:t xml:space="preserve">làm </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ngay</w:t>%s<w:t>- trong quý I.</w:t></w:r>' % br),
           para('II. NHIỆM VỤ', '', B), para('1. Làm đường.')], '')


if __name__ == '__main__':
    main(sys.argv[1])
