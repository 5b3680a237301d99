#!/usr/bin/python3
"""fit_check.py BOOK.xlsx BOOK.pdf - every cell's text lies inside its row.

BOOK.pdf is the workbook printed by LibreOffice (check_xlsx.sh), whose
"Times New Roman" is a metric-compatible font (Liberation Serif). For each
page: the cell borders are found in a 100 dpi greyscale picture (pdftoppm)
as horizontal runs of dark pixels at least 18 pt long; the words with their
boxes come from pdftotext -bbox. A word whose box (trimmed by 1.5 pt, the
air poppler's ascent-to-descent box keeps above and below the glyphs)
crosses a border it overlaps horizontally is text that does not fit its
row: LibreOffice draws it over the border, or clips it. And every word of
every text cell of the workbook (openpyxl) must be in the PDF as often as
in the cells, so that text cut off entirely is caught too.

Also: the page numbers LibreOffice prints in the footer: none on a sheet's
first page, then 2, 3, ... on its own (the decree's numbering, as the HTML).

Prints "ok - ..." / "not ok - ..." per sheet and exits 1 if any failed.
"""
import collections
import html
import re
import subprocess
import sys
import unicodedata

import openpyxl

DPI = 100
MIN_RUN_PT = 18.0
TRIM_PT = 1.5


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout


def borders(pdf, page):
    """Horizontal border segments of one page: [(y, x0, x1)] in points."""
    out = run("pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), pdf)
    _, _, rest = out.partition(b"\n")
    dims, _, rest = rest.partition(b"\n")
    width, height = (int(v) for v in dims.split())
    _, _, pixels = rest.partition(b"\n")
    scale = 72.0 / DPI
    min_run = MIN_RUN_PT / scale
    segs = []
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        x = 0
        while x < width:
            if row[x] < 140:
                start = x
                while x < width and row[x] < 140:
                    x += 1
                if x - start >= min_run:
                    segs.append(((y + 0.5) * scale, start * scale, x * scale))
            else:
                x += 1
    return segs


HEIGHTS = {}


def words(pdf):
    """{page: [(xmin, ymin, xmax, ymax, text)]}; HEIGHTS[page] its height."""
    xhtml = run("pdftotext", "-bbox", pdf, "-").decode("utf-8")
    pages = {}
    for p, (height, body) in enumerate(re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>',
                                                  xhtml, re.S), start=1):
        HEIGHTS[p] = float(height)
        pages[p] = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
                    re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                               r'yMax="([\d.]+)">(.*?)</word>', body)]
    return pages


def page_numbers(pages, owner, title):
    """The numbers in the bottom margin (20 mm) of the sheet's pages, in
    order: the decree's numbering is [] on its first page, then 2, 3 ..."""
    found = []
    for p in sorted(q for q in pages if owner[q] == title):
        bottom = HEIGHTS[p] - 20 / 25.4 * 72
        found.append(" ".join(w[4] for w in pages[p] if w[1] > bottom and w[4].isdigit()))
    return found


def main():
    book, pdf = sys.argv[1], sys.argv[2]
    wb = openpyxl.load_workbook(book)
    pages = words(pdf)
    titles = [ws.title for ws in wb.worksheets]
    labels = [" ".join(str(ws["A1"].value or ws.title).split()) for ws in wb.worksheets]
    # which sheet each page belongs to: a sheet starts on the page whose
    # first words are its label (cell A1; the sheet's name may differ)
    owner, current = {}, 0
    for p in sorted(pages):
        first = " ".join(w[4] for w in sorted(pages[p], key=lambda w: (w[1], w[0]))[:8])
        for i in range(current, len(titles)):
            if first.startswith(labels[i]):
                current = i
                break
        owner[p] = titles[current]
    crossing = collections.defaultdict(list)
    counted = collections.Counter()
    for p, ws_words in pages.items():
        segs = borders(pdf, p)
        for x0, y0, x1, y1, text in ws_words:
            counted[unicodedata.normalize("NFC", text)] += 1
            top, bottom = y0 + TRIM_PT, y1 - TRIM_PT
            for y, s0, s1 in segs:
                if top < y < bottom and x0 < s1 and x1 > s0:
                    crossing[owner[p]].append('page %d: "%s" crosses the border at %.1f pt'
                                              % (p, text, y))
                    break
    failed = 0
    for ws in wb.worksheets:
        want = collections.Counter()
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not cell.value.startswith("="):
                    for w in unicodedata.normalize("NFC", cell.value).split():
                        want[w] += 1
        missing = [w for w, n in want.items() if counted[w] < n]
        bad = crossing.get(ws.title, [])
        ok = not bad and not missing
        failed += not ok
        detail = "; ".join(bad[:4] + ['"%s" missing or cut' % w for w in missing[:4]])
        print("%s - %s: every cell's text lies inside its row in LibreOffice's print (%d words)%s"
              % ("ok" if ok else "not ok", ws.title, sum(want.values()),
                 "" if ok else " (" + detail + ")"))
        numbers = page_numbers(pages, owner, ws.title)
        want_numbers = [""] + [str(k) for k in range(2, len(numbers) + 1)]
        ok = numbers == want_numbers
        failed += not ok
        print("%s - %s: its %d printed page(s) numbered on their own, none on the first (%s)"
              % ("ok" if ok else "not ok", ws.title, len(numbers),
                 ", ".join(n or "-" for n in numbers)))
    return 1 if failed else 0


sys.exit(main())
