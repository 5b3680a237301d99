#!/usr/bin/env python3
"""s43print.py - the faults of a printed plan, found in its PDF (session 43).

    python3 tests/hardening/s43print.py NAME HTML PDF [CHECK...]

HTML is the plan's print-ready page (what the document holds, and in
which parts); PDF is its print by either engine (LibreOffice from the
.docx, Chromium from the .html: the same document, so the same parts).
The words of the HTML, each tagged with the part it belongs to (a
paragraph, a heading, a table row, a table's header rows, a Biểu's note,
the signature block), are matched in order to the words of the PDF, read
in the order the engine drew them (pdftotext -raw -bbox), each with its
page and line. Then, per check (all by default), one line "ok - NAME:
..." or "not ok - NAME: ..." naming the pages at fault:

  note       no page holds only a table's note (the note opens no page);
  signing    no page holds only the signature block, nor splits it;
  heading    no heading (a paragraph the HTML marks keep-next) ends a page;
  rowsplit   no table row has words on two pages;
  thead      every page a table's rows continue on repeats its header
             rows above them;
  lines      no paragraph leaves one line alone at the foot of a page
             (orphan) or at the head of the next (widow);
  numbers    the page numbers of Nghị định 30/2020 (Phụ lục I): none on
             page 1, then the page's number, Arabic, centred over the text
             block in the top margin; each attachment numbered on its
             own, none on its first page.

Exits 1 if a check failed, 2 if the files cannot be read. Standard library
only; needs pdftotext (poppler-utils, 22 or later).
"""

import html.parser
import re
import subprocess
import sys
import unicodedata

TOP_MARGIN_PT = 50.0        # the text block starts 20 mm (56.7 pt) down
MM = 72 / 25.4


def norm(word):
    return unicodedata.normalize("NFC", word).casefold()


# ---- the HTML: words tagged with their part ------------------------------------

class Part:
    def __init__(self, kind, table=None, label=""):
        self.kind = kind      # front, para, heading, closing, signing, atthead,
        self.table = table    # thead, row, note (table: its index, for thead/row/note)
        self.label = label
        self.words = []       # indices into the HTML's word list


class Reader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.words = []       # (normalised word, part index)
        self.stack = []       # (tag, part or None)
        self.tables = 0
        self.in_thead = False
        self.in_attachment = 0
        self.skip = 0         # <style>, <title>, the print hint

    def current(self):
        for _tag, part in reversed(self.stack):
            if part is not None:
                return part
        return None

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        classes = cls.split()
        part = None
        if tag in ("style", "title", "head") or "print-hint" in classes:
            self.skip += 1
            self.stack.append((tag, "skip"))
            return
        if tag == "br" or tag in ("meta", "link", "img", "hr", "col"):
            return
        inherited = self.current()
        if tag == "table" and "doc-header" in classes:
            part = Part("front")
        elif tag == "table":
            self.tables += 1
        elif tag == "thead":
            self.in_thead = True
        elif tag == "tr" and "note" in classes:
            part = Part("note", self.tables)
        elif tag == "tr" and self.tables and not (isinstance(inherited, Part) and inherited.kind == "front"):
            part = Part("thead" if self.in_thead else "row", self.tables, label=cls)
        elif tag == "div" and "signing" in classes:
            part = Part("signing")
        elif tag == "p" and inherited is None:
            if "attachment-note" in classes or "table-note" in classes:
                part = Part("note", self.tables)
            elif any(c.startswith("attachment-") for c in classes):
                part = Part("atthead", label=cls)
            elif "keep-next" in classes:
                part = Part("heading", label=cls)
            elif "closing" in classes:
                part = Part("closing")
            else:
                part = Part("para", label=cls)
        if part is not None:
            part.index = len(self.parts)
            self.parts.append(part)
        self.stack.append((tag, part))

    def handle_endtag(self, tag):
        if tag == "thead":
            self.in_thead = False
        while self.stack:
            t, part = self.stack.pop()
            if part == "skip":
                self.skip -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if self.skip:
            return
        part = self.current()
        if part is None or part == "skip":
            return
        for w in data.split():
            part.words.append(len(self.words))
            self.words.append((norm(w), part.index))


def read_html(path):
    r = Reader()
    with open(path, encoding="utf-8") as f:
        r.feed(f.read())
    return r.parts, r.words


# ---- the PDF: words with page and line, in drawing order -------------------------

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def read_pdf(path):
    out = subprocess.run(["pdftotext", "-raw", "-bbox", path, "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = []            # (width, height, [words], [top-margin words])
    for chunk in out.split("<page ")[1:]:
        m = PAGE.match("<page " + chunk)
        width, height = float(m.group(1)), float(m.group(2))
        body, top = [], []
        for w in WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(w.group(k)) for k in range(1, 5))
            text = html.unescape(w.group(5))
            (top if y1 < TOP_MARGIN_PT else body).append((text, x0, y0, x1, y1))
        pages.append((width, height, body, top))
    words = []            # (normalised word, page, line)
    for p, (_w, _h, body, _top) in enumerate(pages, 1):
        line, last = 0, None
        for text, x0, y0, _x1, y1 in body:
            if last is not None and (abs(y0 - last[1]) > 2.0 or x0 < last[0] - 1.0):
                line += 1
            last = (x0, y0)
            words.append((norm(text), p, line))
    return pages, words


# ---- matching --------------------------------------------------------------------

def align(hwords, pwords, sync=3, window=400):
    """For each PDF word, the index of the HTML word it prints, or None.
    Both run in the same order but for what one has and the other not (a
    header row repeated on a new page, a page number); at a difference the
    next place where `sync` words agree again, within `window`, resumes."""
    owner = [None] * len(pwords)
    i = j = 0
    hn, pn = len(hwords), len(pwords)

    def agree(a, b):
        for k in range(sync):
            if a + k >= hn or b + k >= pn:
                return a + k >= hn and b + k >= pn and k > 0
            if hwords[a + k][0] != pwords[b + k][0]:
                return False
        return True

    while i < hn and j < pn:
        if hwords[i][0] == pwords[j][0]:
            owner[j] = i
            i += 1
            j += 1
            continue
        found = None
        for d in range(1, window):
            # skip d PDF words, or d HTML words, or both
            if j + d < pn and agree(i, j + d):
                found = (i, j + d)
                break
            if i + d < hn and agree(i + d, j):
                found = (i + d, j)
                break
            if i + d < hn and j + d < pn and agree(i + d, j + d):
                found = (i + d, j + d)
                break
        if found is None:
            i += 1
            j += 1
            continue
        i, j = found
    return owner


# ---- the checks -------------------------------------------------------------------

results = []


def check(ok, name, what, detail=""):
    results.append(ok)
    print(("ok - " if ok else "not ok - ") + "%s: %s" % (name, what))
    if not ok and detail:
        for line in detail.splitlines()[:12]:
            print("#   " + line)


def analyse(parts, hwords, pwords, owner):
    """Each part's pages and lines; each page's parts in order."""
    part_lines = [dict() for _ in parts]       # page -> set of line numbers
    page_parts = {}                            # page -> [part index in order]
    for j, (_w, page, line) in enumerate(pwords):
        i = owner[j]
        if i is None:
            page_parts.setdefault(page, [])
            continue
        p = hwords[i][1]
        part_lines[p].setdefault(page, set()).add(line)
        seq = page_parts.setdefault(page, [])
        if not seq or seq[-1] != p:
            seq.append(p)
    return part_lines, page_parts


def part_text(parts, hwords, p, n=8):
    return " ".join(hwords[i][0] for i in parts[p].words[:n])


def check_note(name, parts, hwords, part_lines, page_parts):
    bad = []
    for page, seq in sorted(page_parts.items()):
        kinds = {parts[p].kind for p in seq}
        if seq and kinds == {"note"}:
            bad.append("page %d holds only the note \"%s ...\"" % (page, part_text(parts, hwords, seq[0])))
    check(not bad, name, "no page holds only a table's note", "\n".join(bad))


def check_signing(name, parts, hwords, part_lines, page_parts):
    bad = []
    for p, part in enumerate(parts):
        if part.kind != "signing" or not part_lines[p]:
            continue
        pages = sorted(part_lines[p])
        if len(pages) > 1:
            bad.append("the signature block is split over pages %s" % pages)
        first = pages[0]
        if page_parts.get(first) and page_parts[first][0] == p:
            bad.append("page %d begins with the signature block (nothing of the text above it)" % first)
    check(not bad, name, "the signature block is whole, under text of the plan", "\n".join(bad))


def check_heading(name, parts, hwords, part_lines, page_parts):
    bad = []
    for page, seq in sorted(page_parts.items()):
        last = parts[seq[-1]] if seq else None
        if last and page + 1 in page_parts and (last.kind == "heading" or
                                                 (last.kind == "row" and "group" in last.label.split())):
            bad.append("page %d ends with the %s \"%s\"" % (page, "heading" if last.kind == "heading" else "group row", part_text(parts, hwords, seq[-1])))
    check(not bad, name, "no page ends with a heading or a table's group row", "\n".join(bad))


def check_rowsplit(name, parts, hwords, part_lines, page_parts):
    bad = []
    for p, part in enumerate(parts):
        if part.kind == "row" and len(part_lines[p]) > 1:
            bad.append("a row of table %d is split over pages %s: \"%s ...\""
                       % (part.table, sorted(part_lines[p]), part_text(parts, hwords, p)))
    check(not bad, name, "no table row is split over two pages", "\n".join(bad))


def check_thead(name, parts, hwords, pwords, owner, part_lines, page_parts):
    bad = []
    heads = {}
    for p, part in enumerate(parts):
        if part.kind == "thead":
            heads.setdefault(part.table, []).extend(hwords[i][0] for i in part.words)
    for table, head in heads.items():
        rows = [p for p, part in enumerate(parts) if part.kind == "row" and part.table == table]
        pages = sorted({pg for p in rows for pg in part_lines[p]})
        for page in pages[1:]:
            # the PDF's words on this page before the table's first row there
            before = []
            for j, (w, pg, _line) in enumerate(pwords):
                if pg != page:
                    continue
                i = owner[j]
                if i is not None and hwords[i][1] in rows:
                    break
                before.append(w)
            text = " ".join(before)
            if " ".join(head) not in text:
                bad.append("page %d continues table %d without its header rows (\"%s\")"
                           % (page, table, " ".join(head[:6])))
    check(not bad, name, "a table continued on a page repeats its header rows", "\n".join(bad))


def check_lines(name, parts, hwords, part_lines, page_parts):
    bad = []
    for p, part in enumerate(parts):
        if part.kind not in ("para", "heading", "closing", "note"):
            continue
        pages = sorted(part_lines[p])
        for a, b in zip(pages, pages[1:]):
            if len(part_lines[p][a]) < 2:
                bad.append("page %d ends with the first line of \"%s ...\" alone (orphan)"
                           % (a, part_text(parts, hwords, p)))
            if len(part_lines[p][b]) < 2:
                bad.append("page %d begins with the last line of \"%s ...\" alone (widow)"
                           % (b, part_text(parts, hwords, p)))
    check(not bad, name, "no paragraph leaves a lone line at a page's foot or head",
          "\n".join(bad))


def check_numbers(name, pages, parts, hwords, part_lines):
    bad = []
    starts = []       # the first page of each attachment
    for p, part in enumerate(parts):
        if part.kind == "atthead" and "attachment-label" in part.label and part_lines[p]:
            starts.append(min(part_lines[p]))
    for n, (width, _height, _body, top) in enumerate(pages, 1):
        first = max([s for s in starts if s <= n] or [1])
        want = n - first + 1
        text = " ".join(w[0] for w in top)
        if want == 1:
            if top:
                bad.append("page %d (first of its part) has \"%s\" in its top margin" % (n, text))
            continue
        if text != str(want):
            bad.append("page %d: \"%s\" in its top margin, not %d" % (n, text, want))
            continue
        centre = (top[0][1] + top[-1][3]) / 2
        block = (30 * MM + width - 15 * MM) / 2
        if abs(centre - block) > 6:
            bad.append("page %d: its number is %.0f pt off the text block's centre" % (n, centre - block))
    check(not bad, name, "page numbers as Nghị định 30/2020 says (none on a part's first page)",
          "\n".join(bad))


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    name, html_path, pdf_path = argv[1:4]
    wanted = argv[4:] or ["note", "signing", "heading", "rowsplit", "thead", "lines", "numbers"]
    try:
        parts, hwords = read_html(html_path)
        pages, pwords = read_pdf(pdf_path)
    except (OSError, subprocess.CalledProcessError, ValueError) as e:
        print("not ok - %s: cannot read: %s" % (name, e))
        return 2
    owner = align(hwords, pwords)
    matched = sum(1 for o in owner if o is not None)
    if matched < 0.9 * len(hwords):
        check(False, name, "the PDF prints the HTML's words",
              "%d of %d words matched" % (matched, len(hwords)))
    part_lines, page_parts = analyse(parts, hwords, pwords, owner)
    for what in wanted:
        if what == "note":
            check_note(name, parts, hwords, part_lines, page_parts)
        elif what == "signing":
            check_signing(name, parts, hwords, part_lines, page_parts)
        elif what == "heading":
            check_heading(name, parts, hwords, part_lines, page_parts)
        elif what == "rowsplit":
            check_rowsplit(name, parts, hwords, part_lines, page_parts)
        elif what == "thead":
            check_thead(name, parts, hwords, pwords, owner, part_lines, page_parts)
        elif what == "lines":
            check_lines(name, parts, hwords, part_lines, page_parts)
        elif what == "numbers":
            check_numbers(name, pages, parts, hwords, part_lines)
        else:
            print("unknown check %s" % what, file=sys.stderr)
            return 2
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
