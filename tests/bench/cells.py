#!/usr/bin/env python3
"""cells.py - the cells of a workbook, as the floors and peers read them.

    python3 tests/bench/cells.py BOOK.xlsx > CELLS.tsv

Reads khgen's workbook (the zip, its shared strings and sheets; no
library) and writes every cell that holds a value: a line "S<TAB>name"
per sheet, then "row<TAB>col<TAB>n<TAB>number" or
"row<TAB>col<TAB>s<TAB>text" (0-based row and column; text with \\, tab
and newline escaped). A formula is written as its cached number. Used by
tests/bench/bench.py so that tests/bench/floor_xlsx.c and the Python
XlsxWriter peer (xlsxwriter_peer.py) write exactly the cells khgen wrote.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import unescape as xml_unescape

ENTITIES = {"&quot;": '"', "&apos;": "'"}


def text_of(xml):
    return xml_unescape("".join(re.findall(r"<t[^>]*>([^<]*)</t>", xml)), ENTITIES)


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1, int(ref[len(letters):]) - 1


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    book = zipfile.ZipFile(sys.argv[1])
    names = book.namelist()
    shared = []
    if "xl/sharedStrings.xml" in names:
        xml = book.read("xl/sharedStrings.xml").decode("utf-8")
        shared = [text_of(si) for si in re.findall(r"<si>(.*?)</si>", xml, re.S)]
    wb = book.read("xl/workbook.xml").decode("utf-8")
    sheet_names = [xml_unescape(n, ENTITIES) for n in re.findall(r'<sheet name="([^"]*)"', wb)]
    out = []
    cell_re = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
    for i, name in enumerate(sheet_names):
        out.append("S\t%s\n" % name)
        xml = book.read("xl/worksheets/sheet%d.xml" % (i + 1)).decode("utf-8")
        for ref, attrs, body in cell_re.findall(xml):
            if not body:
                continue
            col, row = col_index(ref)
            v = re.search(r"<v>([^<]*)</v>", body)
            if 't="s"' in attrs and v:
                out.append("%d\t%d\ts\t%s\n" % (row, col, escape(shared[int(v.group(1))])))
            elif 't="inlineStr"' in attrs:
                out.append("%d\t%d\ts\t%s\n" % (row, col, escape(text_of(body))))
            elif 't="str"' in attrs and v:
                out.append("%d\t%d\ts\t%s\n" % (row, col, escape(xml_unescape(v.group(1), ENTITIES))))
            elif v:
                out.append("%d\t%d\tn\t%s\n" % (row, col, v.group(1)))
    sys.stdout.write("".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
