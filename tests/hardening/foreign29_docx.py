"""tests/hardening/foreign29_docx.py DIR - the Word documents of
foreign29.sh, into DIR, made with python-docx on foreign28_docx.py's plan
(a borderless 2x2 header table, "I.", "a)", "-" typed by hand):
  - joint.docx: a joint plan (kế hoạch liên tịch): "ỦY BAN NHÂN DÂN XÃ
    ĐỒNG HƯU" over "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ" in the header,
    "Số: 12/KHLT-UBND-MTTQ", two signers' blocks side by side in a
    borderless table of one row ("TM. BAN THƯỜNG TRỰC UBMTTQ XÃ" on the
    left, "TM. ỦY BAN NHÂN DÂN" on the right), "Nơi nhận:" under it;
  - joint_rows.docx: the same, the signature table a row a line (read
    row by row: "TM. ...", "TM. ...", "CHỦ TỊCH", "CHỦ TỊCH", ...);
  - joint_nomatch.docx: the same, neither "TM." naming the header's top
    line ("TM. BAN CHỈ ĐẠO" beside "TM. HỘI NÔNG DÂN"): the right one;
  - tb_so.docx: the number "Số: 125/KH-UBND" in a text box (DrawingML with
    its VML fallback, as Word writes it) anchored in the issuer's cell;
  - tb_whole.docx, tb_whole_vml.docx: the whole header in one text box
    anchored in an empty first paragraph (DrawingML; VML only, as Word's
    compatibility mode writes it);
  - tb_draft.docx: a control: a department's "Dự thảo lần 2" in a text box
    under the header, no line of a header: a review note, as before;
  - partial.docx: the issuer typed on one line, "ỦY BAN NHÂN DÂN " plain
    and "HUYỆN YÊN THẾ" bold, the number's "125" bold;
  - pandocsig.docx: the signature table as pandoc writes a Markdown pipe
    table whose cells' "<br>" it drops: "Nơi nhận:" bold italic and "- UBND
    tỉnh Bắc Giang (b/c);- Lưu: VT." in one paragraph."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xml.sax.saxutils import escape  # noqa: E402

from foreign28_docx import AL, header, lines, noborders, nsdecls, par, parse_xml, plan  # noqa: E402


def box_paras(items):
    out = ''
    for text, bold, italic in items:
        rpr = ('<w:b/>' if bold else '') + ('<w:i/>' if italic else '')
        out += ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>%s</w:rPr>'
                '<w:t xml:space="preserve">%s</w:t></w:r></w:p>') % (rpr, escape(text))
    return out


def box_run(items, vml_only=False):
    """a run holding a text box of the paragraphs items"""
    body = box_paras(items)
    vml = ('<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Text Box 2" type="#_x0000_t202" '
           'style="position:absolute;margin-left:250pt;margin-top:0;width:220pt;height:60pt;z-index:1">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict>') % body
    if vml_only:
        return ('<w:r %s>' % nsdecls('w')) + vml + '</w:r>'
    return ('<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
            'distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            '<wp:posOffset>3000000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
            '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2800000" cy="800000"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="7" name="Text Box 7"/>'
            '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2800000" cy="800000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>%s'
            '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>'
            ) % (nsdecls('w'), body, vml)


MOTTO = [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False), ('Độc lập - Tự do - Hạnh phúc', True, False)]
DATE = ('Yên Thế, ngày 15 tháng 01 năm 2024', False, True)


def head_so_box(doc):
    t = doc.add_table(rows=1, cols=2)
    noborders(t)
    lines(t.cell(0, 0), [('ỦY BAN NHÂN DÂN', False, False), ('HUYỆN YÊN THẾ', True, False), ('', False, False)])
    t.cell(0, 0).paragraphs[-1]._p.append(parse_xml(box_run([('Số: 125/KH-UBND', False, False)])))
    lines(t.cell(0, 1), MOTTO + [DATE])


def head_whole_box(doc, vml=False):
    p = doc.add_paragraph()
    p._p.append(parse_xml(box_run([('ỦY BAN NHÂN DÂN', False, False), ('HUYỆN YÊN THẾ', True, False),
                                   ('Số: 125/KH-UBND', False, False)] + MOTTO + [DATE], vml)))


def draft_box(doc):
    header(doc)
    doc.add_paragraph()._p.append(parse_xml(box_run([('Dự thảo lần 2', True, False)])))


def joint_header(doc):
    t = doc.add_table(rows=2, cols=2)
    noborders(t)
    lines(t.cell(0, 0), [('ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU', True, False),
                         ('BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ', True, False)])
    lines(t.cell(0, 1), MOTTO)
    lines(t.cell(1, 0), [('Số: 12/KHLT-UBND-MTTQ', False, False)])
    lines(t.cell(1, 1), [('Đồng Hưu, ngày 15 tháng 01 năm 2024', False, True)])


MTTQ = ['TM. BAN THƯỜNG TRỰC UBMTTQ XÃ', 'CHỦ TỊCH', '', 'Nguyễn Văn An']
UBND = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Văn Bình']


def recipients(doc):
    par(doc, 'Nơi nhận:', True, True)
    for text in ('- UBND huyện Yên Thế (b/c);', '- Lưu: VT.'):
        par(doc, text)


def joint_cells(left, right):
    def put(doc):
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        lines(t.cell(0, 0), [(x, True, False) for x in left])
        lines(t.cell(0, 1), [(x, True, False) for x in right])
        recipients(doc)
    return put


def joint_rows(doc):
    t = doc.add_table(rows=len(MTTQ), cols=2)
    noborders(t)
    for i in range(len(MTTQ)):
        lines(t.cell(i, 0), [(MTTQ[i], True, False)])
        lines(t.cell(i, 1), [(UBND[i], True, False)])
    recipients(doc)


def head_partial(doc):
    t = doc.add_table(rows=2, cols=2)
    noborders(t)
    p = t.cell(0, 0).paragraphs[0]
    p.alignment = AL.CENTER
    p.add_run('ỦY BAN NHÂN DÂN ')
    p.add_run('HUYỆN YÊN THẾ').bold = True
    lines(t.cell(0, 1), MOTTO)
    p = t.cell(1, 0).paragraphs[0]
    p.add_run('Số: ')
    p.add_run('125').bold = True
    p.add_run('/KH-UBND')
    lines(t.cell(1, 1), [DATE])


def pandoc_signature(doc):
    t = doc.add_table(rows=1, cols=2)
    noborders(t)
    p = t.cell(0, 0).paragraphs[0]
    r = p.add_run('Nơi nhận:')
    r.bold = r.italic = True
    p.add_run('- UBND tỉnh Bắc Giang (b/c);- Lưu: VT.')
    lines(t.cell(0, 1), [('TM. ỦY BAN NHÂN DÂN', True, False), ('CHỦ TỊCH', True, False), ('', False, False),
                         ('Trần Văn Bình', True, False)])


def main(out):
    plan(os.path.join(out, 'joint.docx'), head=joint_header, signature=joint_cells(MTTQ, UBND))
    plan(os.path.join(out, 'joint_rows.docx'), head=joint_header, signature=joint_rows)
    plan(os.path.join(out, 'joint_nomatch.docx'), head=joint_header,
         signature=joint_cells(['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', '', 'Lê Văn Cường'],
                               ['TM. HỘI NÔNG DÂN XÃ', 'CHỦ TỊCH', '', 'Phạm Thị Dung']))
    plan(os.path.join(out, 'tb_so.docx'), head=head_so_box)
    plan(os.path.join(out, 'tb_whole.docx'), head=head_whole_box)
    plan(os.path.join(out, 'tb_whole_vml.docx'), head=lambda d: head_whole_box(d, True))
    plan(os.path.join(out, 'tb_draft.docx'), head=draft_box)
    plan(os.path.join(out, 'partial.docx'), head=head_partial)
    plan(os.path.join(out, 'pandocsig.docx'), signature=pandoc_signature)


if __name__ == '__main__':
    main(sys.argv[1])
