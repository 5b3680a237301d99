"""tests/hardening/foreign23_docx.py DIR - the files of foreign23.sh, into DIR:
  - vnfonts.docx: a plan typed before Unicode, as a .doc saved as .docx
    keeps it: the heading in TCVN3's capitals font (.VnTimeH, lower-case
    codes), a point in .VnTime, one in VNI-Times, one in the document's
    default font (.VnTime, w:docDefaults), and one typed in Unicode in a
    .VnTime run (kept as typed). Word, with the fonts every office has,
    shows "I. MỤC TIÊU", "1. Nâng cao đời sống người dân, ...";
  - encrypted.docx: a .docx protected by a password, as Word and
    LibreOffice save it (MS-OFFCRYPTO: a compound file holding the
    streams EncryptionInfo and EncryptedPackage; the package's bytes are
    not needed to tell it);
  - document2.docx: a plan whose main part is word/document2.xml, as
    _rels/.rels names it (Word saves some documents so; LibreOffice and
    python-docx open them), with a hyperlink through its own
    relationships, word/_rels/document2.xml.rels."""
import os
import struct
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attack14_docx import B, REL, abstract, instance, lvl, num, write  # noqa: E402

# TCVN3 (iconv -t TCVN5712-1) as Word keeps an 8-bit font's codes: Latin-1
TCVN3_HEAD = 'm\xf4c ti\xaau'  # "mục tiêu", in .VnTimeH: "MỤC TIÊU"
TCVN3_ONE = 'N\xa9ng cao \xae\xeai s\xe8ng ng\xad\xeai d\xa9n, thu nh\xcbp \xae\xb9t 50 tri\xd6u \xae\xe5ng.'
TCVN3_THREE = 'X\xa9y d\xf9ng \xae\xad\xeang th\xabn T\xa9n L\xcbp.'
VNI_TWO = 'Naâng cao ñôøi soáng ngöôøi daân.'  # VNI-Windows: base letter + mark


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', text)


def para(runs, ppr=''):
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, ''.join(runs))


def font(name):
    return '<w:rFonts w:ascii="%s" w:hAnsi="%s"/>' % (name, name)


def vnfonts(out):
    body = [para([run(TCVN3_HEAD, font('.VnTimeH') + B)], num(1, 0)),
            para([run(TCVN3_ONE, font('.VnTime'))], num(1, 1)),
            para([run(VNI_TWO, font('VNI-Times'))], num(1, 1)),
            para([run(TCVN3_THREE)], num(1, 1)),
            para([run('Hoàn thành trước ngày 30/11/2024.', font('.VnTime'))], num(1, 1))]
    styles = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'
              '</w:rPr></w:rPrDefault></w:docDefaults>')
    numbering = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.')) + instance(1, 1)
    write(os.path.join(out, 'vnfonts.docx'), body, numbering, styles)


def cfb_entry(name, kind, child=0xFFFFFFFF, right=0xFFFFFFFF):
    n = (name + '\0').encode('utf-16-le')
    return (n.ljust(64, b'\0') + struct.pack('<HBB', len(n), kind, 1) +
            struct.pack('<III', 0xFFFFFFFF, right, child) + b'\0' * 36 + struct.pack('<IQ', 0xFFFFFFFE, 0))


def encrypted(out):
    # a compound file (version 3, 512-byte sectors): the header, one FAT
    # sector, one directory sector (Root Entry, EncryptionInfo, EncryptedPackage)
    header = (b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 16 + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) +
              b'\0' * 6 + struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0) +
              struct.pack('<I', 0) + b'\xff' * 4 * 108)
    fat = struct.pack('<II', 0xFFFFFFFD, 0xFFFFFFFE) + b'\xff' * 504
    entries = (cfb_entry('Root Entry', 5, child=1) + cfb_entry('EncryptionInfo', 2, right=2) +
               cfb_entry('EncryptedPackage', 2))
    with open(os.path.join(out, 'encrypted.docx'), 'wb') as f:
        f.write(header + fat + entries.ljust(512, b'\0'))


def document2(out):
    link = ('<w:hyperlink r:id="rIdL1"><w:r><w:t>cổng thông tin</w:t></w:r></w:hyperlink>')
    body = [para([run('MỤC TIÊU', B)], num(1, 0)),
            '<w:p><w:pPr>%s</w:pPr>%s%s%s</w:p>' % (num(1, 1), run('Đăng trên '), link, run(' của huyện.'))]
    numbering = abstract(1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.')) + instance(1, 1)
    tmp = os.path.join(out, 'document2.tmp')
    write(tmp, body, numbering, rels='<Relationship Id="rIdL1" Type="%shyperlink" '
          'Target="https://yenthe.bacgiang.gov.vn" TargetMode="External"/>' % REL)
    src = zipfile.ZipFile(tmp)
    dst = zipfile.ZipFile(os.path.join(out, 'document2.docx'), 'w', zipfile.ZIP_DEFLATED)
    for name in src.namelist():
        data = src.read(name)
        if name in ('_rels/.rels', '[Content_Types].xml'):
            data = data.replace(b'word/document.xml', b'word/document2.xml')
        dst.writestr(name.replace('document.xml', 'document2.xml'), data)
    dst.close()
    src.close()
    os.remove(tmp)


if __name__ == '__main__':
    vnfonts(sys.argv[1])
    encrypted(sys.argv[1])
    document2(sys.argv[1])
