#!/usr/bin/python3
"""xlsxwriter_peer.py - the peer of khgen's workbook: Python XlsxWriter
writing the same cells with one format and no merges.

    /usr/bin/python3 tests/bench/xlsxwriter_peer.py CELLS.tsv OUT.xlsx
    /usr/bin/python3 tests/bench/xlsxwriter_peer.py --layout LAYOUT.tsv OUT.xlsx

CELLS.tsv is the output of tests/bench/cells.py (see there). What a
drafter would write instead of khgen to get the workbook; run by
tests/bench/bench.py when python3-xlsxwriter is installed. With --layout
it writes the workbook khgen writes: LAYOUT.tsv (cells.py --layout) gives
each cell its format (font, border, alignment, number format), the column
widths, the row heights and the merged ranges as well.
"""
import sys

import xlsxwriter


def unescape(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            i += 1
            ch = {"t": "\t", "n": "\n"}.get(s[i], s[i])
        out.append(ch)
        i += 1
    return "".join(out)


def with_layout(path, out):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    wb = xlsxwriter.Workbook(out)
    formats = {}
    ws, merged = None, {}

    def flush_merges():
        for (r1, c1), (r2, c2, value, kind, fmt) in merged.items():
            if kind == "n":
                ws.merge_range(r1, c1, r2, c2, float(value), fmt)
            else:
                ws.merge_range(r1, c1, r2, c2, unescape(value), fmt)

    inside = set()
    for line in lines:
        if not line:
            continue
        tag, rest = line[0], line[2:]
        if tag == "F":
            i, bold, italic, size, border, halign, valign, wrap, numfmt = rest.split("\t")
            props = {"bold": bold == "1", "italic": italic == "1", "font_size": float(size),
                     "font_name": "Times New Roman", "border": 1 if border == "1" else 0,
                     "text_wrap": wrap == "1"}
            if halign:
                props["align"] = halign
            if valign:
                props["valign"] = "vcenter" if valign == "center" else valign
            if numfmt:
                props["num_format"] = numfmt
            formats[i] = wb.add_format(props)
        elif tag == "S":
            if ws is not None:
                flush_merges()
            ws, merged, inside = wb.add_worksheet(rest), {}, set()
        elif tag == "W":
            col, width = rest.split("\t")
            ws.set_column(int(col), int(col), float(width))
        elif tag == "H":
            row, height = rest.split("\t")
            ws.set_row(int(row), float(height))
        elif tag == "M":
            r1, c1, r2, c2 = (int(x) for x in rest.split("\t"))
            merged[(r1, c1)] = (r2, c2, "", "b", None)
            inside.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        else:
            row, col, kind, fmt, value = line.split("\t", 4)
            row, col, fmt = int(row), int(col), formats[fmt]
            if (row, col) in merged:
                r2, c2 = merged[(row, col)][:2]
                merged[(row, col)] = (r2, c2, value, kind, fmt)
            elif (row, col) in inside:
                continue
            elif kind == "n":
                ws.write_number(row, col, float(value), fmt)
            elif kind == "s":
                ws.write_string(row, col, unescape(value) if "\\" in value else value, fmt)
            else:
                ws.write_blank(row, col, None, fmt)
    if ws is not None:
        flush_merges()
    wb.close()
    return 0


def main():
    if sys.argv[1] == "--layout":
        return with_layout(sys.argv[2], sys.argv[3])
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().split("\n")
    wb = xlsxwriter.Workbook(sys.argv[2])
    fmt = wb.add_format({"text_wrap": True, "border": 1})
    ws = None
    for line in lines:
        if not line:
            continue
        if line.startswith("S\t"):
            ws = wb.add_worksheet(line[2:])
            continue
        row, col, kind, value = line.split("\t", 3)
        if kind == "n":
            ws.write_number(int(row), int(col), float(value), fmt)
        else:
            ws.write_string(int(row), int(col), unescape(value) if "\\" in value else value, fmt)
    wb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
