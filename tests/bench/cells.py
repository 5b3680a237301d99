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

    python3 tests/bench/cells.py --layout BOOK.xlsx > LAYOUT.tsv

The same workbook with its layout, for the peer that writes what khgen
writes (xlsxwriter_peer.py --layout): first a line per cell format
"F<TAB>index<TAB>bold<TAB>italic<TAB>size<TAB>border<TAB>halign<TAB>valign<TAB>wrap<TAB>numfmt",
then per sheet "S<TAB>name", "W<TAB>col<TAB>width" (characters),
"H<TAB>row<TAB>height" (points), "M<TAB>row1<TAB>col1<TAB>row2<TAB>col2" per
merged range, and every cell, blank ones with a format included, as
"row<TAB>col<TAB>kind<TAB>format<TAB>value" (kind n, s, or b for blank).
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


def formats(book):
    """The cell formats of styles.xml (cellXfs), as F lines."""
    xml = book.read("xl/styles.xml").decode("utf-8")
    fonts = re.findall(r"<font>(.*?)</font>", re.search(r"<fonts[^>]*>(.*?)</fonts>", xml, re.S).group(1), re.S)
    borders = re.findall(r"<border>(.*?)</border>", re.search(r"<borders[^>]*>(.*?)</borders>", xml, re.S).group(1), re.S)
    xfs = re.findall(r"<xf ([^>]*?)(?:/>|>(.*?)</xf>)", re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", xml, re.S).group(1), re.S)
    out = []
    for i, (attrs, body) in enumerate(xfs):
        a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        font = fonts[int(a.get("fontId", 0))]
        size = re.search(r'<sz val="([^"]*)"', font)
        al = dict(re.findall(r'(\w+)="([^"]*)"', (re.search(r"<alignment ([^>]*)/>", body or "") or re.match("()", "")).group(1)))
        out.append("F\t%d\t%d\t%d\t%s\t%d\t%s\t%s\t%d\t%s\n"
                   % (i, "<b/>" in font, "<i/>" in font, size.group(1) if size else "11",
                      'style="thin"' in borders[int(a.get("borderId", 0))], al.get("horizontal", ""),
                      al.get("vertical", ""), al.get("wrapText") == "1",
                      "0" if a.get("numFmtId") == "164" else ""))
    return out


def layout(book, sheet_names, shared):
    out = formats(book)
    cell_re = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
    for i, name in enumerate(sheet_names):
        out.append("S\t%s\n" % name)
        xml = book.read("xl/worksheets/sheet%d.xml" % (i + 1)).decode("utf-8")
        for lo, hi, width in re.findall(r'<col min="(\d+)" max="(\d+)" width="([^"]*)"', xml):
            for c in range(int(lo), int(hi) + 1):
                out.append("W\t%d\t%.2f\n" % (c - 1, max(float(width) - 0.71, 0)))
        for r, ht in re.findall(r'<row r="(\d+)"[^>]*? ht="([^"]*)"', xml):
            out.append("H\t%d\t%s\n" % (int(r) - 1, ht))
        for ref in re.findall(r'<mergeCell ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"', xml):
            a, b = ref.split(":")
            (c1, r1), (c2, r2) = col_index(a), col_index(b)
            out.append("M\t%d\t%d\t%d\t%d\n" % (r1, c1, r2, c2))
        for ref, attrs, body in cell_re.findall(xml):
            col, row = col_index(ref)
            st = re.search(r' s="(\d+)"', " " + attrs)
            fmt = st.group(1) if st else "0"
            v = re.search(r"<v>([^<]*)</v>", body or "")
            if 't="s"' in attrs and v:
                out.append("%d\t%d\ts\t%s\t%s\n" % (row, col, fmt, escape(shared[int(v.group(1))])))
            elif 't="inlineStr"' in attrs and body:
                out.append("%d\t%d\ts\t%s\t%s\n" % (row, col, fmt, escape(text_of(body))))
            elif 't="str"' in attrs and v:
                out.append("%d\t%d\ts\t%s\t%s\n" % (row, col, fmt, escape(xml_unescape(v.group(1), ENTITIES))))
            elif v:
                out.append("%d\t%d\tn\t%s\t%s\n" % (row, col, fmt, v.group(1)))
            else:
                out.append("%d\t%d\tb\t%s\t\n" % (row, col, fmt))
    return out


def main():
    with_layout = sys.argv[1] == "--layout"
    book = zipfile.ZipFile(sys.argv[2] if with_layout else sys.argv[1])
    names = book.namelist()
    shared = []
    if "xl/sharedStrings.xml" in names:
        xml = book.read("xl/sharedStrings.xml").decode("utf-8")
        shared = [text_of(si) for si in re.findall(r"<si>(.*?)</si>", xml, re.S)]
    wb = book.read("xl/workbook.xml").decode("utf-8")
    sheet_names = [xml_unescape(n, ENTITIES) for n in re.findall(r'<sheet name="([^"]*)"', wb)]
    if with_layout:
        sys.stdout.write("".join(layout(book, sheet_names, shared)))
        return 0
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
