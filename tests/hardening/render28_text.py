#!/usr/bin/python3
"""tests/hardening/render28_text.py FILE... - the text each output shows, as
its real reader shows it, for render28.sh: a .html's DOM text (what a browser
prints), a .md read by pandoc -f gfm and by cmark (both, a line each), a
.docx's paragraphs and cells read by python-docx, a .xlsx's cells read by
openpyxl. One paragraph (or cell) a line, runs of blanks as one space."""
import re, subprocess, sys
from html.parser import HTMLParser

class Text(HTMLParser):
    BLOCK = {'br', 'p', 'td', 'th', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'table'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)

def html_text(h):
    p = Text()
    p.feed(h)
    return ''.join(p.out)

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(path):
    import docx
    d = docx.Document(path)
    lines = []
    def walk(c):
        for p in c.paragraphs: # every w:t, a hyperlink's too (python-docx 0.8 skips them)
            lines.append(''.join(t.text or '' for t in p._p.iter(W + 't')))
        for t in c.tables:
            for r in t.rows:
                for cell in r.cells:
                    walk(cell)
    walk(d)
    return '\n'.join(lines)

def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    return '\n'.join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows()
                     for c in row if c.value is not None)

for path in sys.argv[1:]:
    if path.endswith('.html'):
        t = html_text(open(path, encoding='utf-8').read())
    elif path.endswith('.md'):
        t = html_text(subprocess.run(['pandoc', '-f', 'gfm', '-t', 'html', path],
                                     capture_output=True, text=True, check=True).stdout)
        t += '\n' + html_text(subprocess.run(['cmark', path], capture_output=True,
                                             text=True, check=True).stdout)
    elif path.endswith('.docx'):
        t = docx_text(path)
    else:
        t = xlsx_text(path)
    for line in t.split('\n'):
        line = re.sub(r'[ \t\u00a0]+', ' ', line).strip()
        if line:
            print(line)
