#!/usr/bin/python3
"""xlsxwriter_peer.py - the peer of khgen's workbook: Python XlsxWriter
writing the same cells with one format and no merges.

    /usr/bin/python3 tests/bench/xlsxwriter_peer.py CELLS.tsv OUT.xlsx

CELLS.tsv is the output of tests/bench/cells.py (see there). What a
drafter would write instead of khgen to get the workbook; run by
tests/bench/bench.py when python3-xlsxwriter is installed.
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


def main():
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
