#!/usr/bin/python3
"""inspect_xlsx.py - a second reader for khgen's attachment workbooks.

LibreOffice (check_xlsx.sh) checks what the cells show; this script reads the
same .xlsx with openpyxl and checks how it is built, against an expectations
file (JSON) written for the plan:

    {"sheets": [
       {"name": "Biểu 01",            # sheet names, in order
        "orientation": "landscape",   # or "portrait"
        "merged": ["A1:H1", "D5:E5"], # ranges that must be merged
        "numbers": ["D7", "G7"],      # cells that must be numeric
        "dates": ["F8"],              # cells that must be dates
        "strings": ["B11"],           # cells that must be text (e.g. "=...")
        "formulas": ["C13"]}]}        # the only formula cells (totals)

and, for every sheet whatever the expectations say: A4 paper, fit to one page
wide, the header rows repeated on every page (print titles), panes frozen
right below them, a page number in the footer (in the table font, none on
the first page, each sheet numbered from 1), the decree's margins (or
"margins_mm" of the expectations), the label, title and "(Kèm theo ...)"
lines at 14 pt, the workbook's Normal style in the table font (Times New
Roman 12), every formula a =SUM(...), and
every cell whose text starts with = + - @ stored as text.

With --pdf FILE it also checks, with poppler's pdfinfo and pdftotext, that
every page of the PDF LibreOffice printed is A4 in the orientation of the
sheet it belongs to (a sheet's first page is the one that starts with its
label).

usage: inspect_xlsx.py BOOK.xlsx EXPECT.json [--pdf BOOK.pdf]
       inspect_xlsx.py --describe BOOK.xlsx    (prints a draft EXPECT.json)
Exit status 0 when every check passes, 1 otherwise (each failure printed).
"""
import json
import re
import subprocess
import sys

import openpyxl
from openpyxl.cell.cell import MergedCell

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


def orientation_of(ws):
    return ws.page_setup.orientation or "portrait"


def header_rows(ws):
    """The print-title rows as (first, last), or None."""
    titles = ws.print_title_rows
    if not titles:
        return None
    m = re.match(r"^\$?(\d+):\$?(\d+)$", titles)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2))


TABLE_FONT = "Times New Roman"
# left, right, top, bottom: Nghị định 30/2020, as the HTML prints
DECREE_MARGINS_MM = {"left": 30, "right": 15, "top": 20, "bottom": 20}


def check_book(book):
    """The workbook's Normal style is the table font, 12 pt."""
    normal = next((s for s in book._named_styles if s.name == "Normal"), None)
    if not normal or normal.font.name != TABLE_FONT or normal.font.sz != 12:
        fail("the Normal style is %s %s, not the table font %s 12"
             % (normal and normal.font.name, normal and normal.font.sz, TABLE_FONT))


def check_sheet(ws, expect):
    name = ws.title
    if expect.get("orientation") and orientation_of(ws) != expect["orientation"]:
        fail("%s: orientation %s, expected %s" % (name, orientation_of(ws), expect["orientation"]))
    if ws.page_setup.paperSize not in (9, "9"):
        fail("%s: paper size %r is not A4 (9)" % (name, ws.page_setup.paperSize))
    fit = ws.sheet_properties.pageSetUpPr
    if not (fit and fit.fitToPage):
        fail("%s: not set to fit to pages" % name)
    # an absent fitToWidth means 1 (the OOXML default)
    width = ws.page_setup.fitToWidth
    if str(width if width is not None else 1) != "1" or str(ws.page_setup.fitToHeight) != "0":
        fail("%s: fit to %s wide x %s tall, expected 1 x 0 (one page wide)"
             % (name, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight))
    rows = header_rows(ws)
    if not rows:
        fail("%s: no print titles (repeated header rows)" % name)
    else:
        want_freeze = "A%d" % (rows[1] + 1)
        if ws.freeze_panes != want_freeze:
            fail("%s: panes frozen at %s, expected %s (below the header)"
                 % (name, ws.freeze_panes, want_freeze))
    footer = (ws.oddFooter.center.text or "") if ws.oddFooter else ""
    if "&P" not in footer:
        fail("%s: no page number in the footer (%r)" % (name, footer))
    # the print setup of the decree (issue 11): the page number in the
    # table font, none on the sheet's first page, each sheet numbered from
    # 1 on its own; the document's margins; the lines above the table 14 pt
    font = (ws.oddFooter.center.font or "") if ws.oddFooter else ""
    if not font.startswith(TABLE_FONT):
        fail("%s: footer page number in %r, not the table font %s" % (name, font, TABLE_FONT))
    if not ws.HeaderFooter.differentFirst:
        fail("%s: the page number prints on the first page too (no differentFirst)" % name)
    if not ws.page_setup.useFirstPageNumber or str(ws.page_setup.firstPageNumber or 1) != "1":
        fail("%s: pages not numbered from 1 on their own (useFirstPageNumber %r, firstPageNumber %r)"
             % (name, ws.page_setup.useFirstPageNumber, ws.page_setup.firstPageNumber))
    margins = expect.get("margins_mm", DECREE_MARGINS_MM)
    got = {side: getattr(ws.page_margins, side) * 25.4 for side in margins}
    wrong = {side: round(got[side], 1) for side in margins if abs(got[side] - margins[side]) > 0.1}
    if wrong:
        fail("%s: margins %r mm, expected %r" % (name, wrong, margins))
    for ref in ("A1", "A2", "A3"):
        if ws[ref].value and (ws[ref].font.sz or 0) != 14:
            fail("%s: %s (%r) is %s pt, the decree's 14 pt expected"
                 % (name, ref, str(ws[ref].value)[:30], ws[ref].font.sz))

    merged = {str(r) for r in ws.merged_cells.ranges}
    for rng in expect.get("merged", []):
        if rng not in merged:
            fail("%s: %s is not merged (merged: %s)" % (name, rng, ", ".join(sorted(merged))))

    for ref in expect.get("numbers", []):
        cell = ws[ref]
        if cell.data_type != "n" or not isinstance(cell.value, (int, float)):
            fail("%s!%s: %r is not a number cell (type %s)" % (name, ref, cell.value, cell.data_type))
    for ref in expect.get("dates", []):
        cell = ws[ref]
        if not cell.is_date:
            fail("%s!%s: %r is not a date cell (format %s)" % (name, ref, cell.value, cell.number_format))
    for ref in expect.get("strings", []):
        cell = ws[ref]
        if cell.data_type != "s":
            fail("%s!%s: %r is not a text cell (type %s)" % (name, ref, cell.value, cell.data_type))

    allowed = set(expect.get("formulas", []))
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell):
                continue
            if cell.data_type == "f":
                if cell.coordinate not in allowed:
                    fail("%s!%s: unexpected formula %r" % (name, cell.coordinate, cell.value))
                elif not re.match(r"^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$", str(cell.value)):
                    fail("%s!%s: formula %r is not a SUM" % (name, cell.coordinate, cell.value))
            elif isinstance(cell.value, str) and cell.value[:1] in "=+-@" and cell.data_type != "s":
                fail("%s!%s: %r is not stored as text" % (name, cell.coordinate, cell.value))
    for ref in allowed:
        if ws[ref].data_type != "f":
            fail("%s!%s: expected a totals formula, found %r" % (name, ref, ws[ref].value))


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = subprocess.run(["pdfinfo", "-f", "1", "-l", str(count), path],
                           capture_output=True, text=True, check=True).stdout
    pages = []
    for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", sizes, re.M):
        pages.append((int(m.group(1)), float(m.group(2)), float(m.group(3))))
    return pages


def page_text(path, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", path, "-"],
                          capture_output=True, text=True, check=True).stdout


def check_pdf(book, path):
    labels = [str(ws["A1"].value or "").strip() for ws in book.worksheets]
    orientations = [orientation_of(ws) for ws in book.worksheets]
    sheet = -1
    for number, width, height in pdf_pages(path):
        first_line = next((l.strip() for l in page_text(path, number).splitlines() if l.strip()), "")
        if sheet + 1 < len(labels) and first_line.startswith(labels[sheet + 1]):
            sheet += 1
        if sheet < 0:
            fail("pdf page %d: does not start with the first sheet's label %r" % (number, labels[0]))
            sheet = 0
        a4 = sorted((round(width), round(height))) == [595, 842]
        landscape = width > height
        want = orientations[sheet]
        if not a4:
            fail("pdf page %d: %.0f x %.0f pts is not A4" % (number, width, height))
        elif landscape != (want == "landscape"):
            fail("pdf page %d (%s): %s, expected %s" % (number, labels[sheet],
                                                        "landscape" if landscape else "portrait", want))
    if sheet != len(labels) - 1:
        fail("pdf: found the first pages of %d sheets, expected %d" % (sheet + 1, len(labels)))


def describe(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        numbers, dates, strings, formulas = [], [], [], []
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell, MergedCell):
                    continue
                if cell.data_type == "f":
                    formulas.append(cell.coordinate)
                elif cell.is_date:
                    dates.append(cell.coordinate)
                elif cell.data_type == "n" and cell.value is not None:
                    numbers.append(cell.coordinate)
                elif isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    strings.append(cell.coordinate)
        sheets.append({"name": ws.title, "orientation": orientation_of(ws),
                       "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                       "numbers": numbers, "dates": dates, "strings": strings,
                       "formulas": formulas})
    print(json.dumps({"sheets": sheets}, ensure_ascii=False, indent=1))


def main(argv):
    if len(argv) == 3 and argv[1] == "--describe":
        describe(argv[2])
        return 0
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--pdf"):
        print(__doc__.split("\n\n")[-2], file=sys.stderr)
        return 2
    book = openpyxl.load_workbook(argv[1])
    with open(argv[2], encoding="utf-8") as f:
        expect = json.load(f)
    names = [ws.title for ws in book.worksheets]
    want_names = [s["name"] for s in expect["sheets"]]
    if names != want_names:
        fail("sheets %r, expected %r" % (names, want_names))
    check_book(book)
    for ws, sheet_expect in zip(book.worksheets, expect["sheets"]):
        check_sheet(ws, sheet_expect)
    if len(argv) == 5:
        check_pdf(book, argv[4])
    if failures:
        print("%s: %d problem%s" % (argv[1], len(failures), "" if len(failures) == 1 else "s"))
        return 1
    print("%s: %d sheets inspected, all good" % (argv[1], len(names)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
