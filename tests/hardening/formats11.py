#!/usr/bin/python3
"""tests/hardening/formats11.py MODE KHGEN WORKDIR SEED... - import round trips, --templates.

The second differential test of the formats (issue 8), on the random valid
plans of tests/hardening/genplan.py and the readers of formats10.py:

  roundtrip  each plan built to .docx and .md; `khgen import` reads each
             back into a plan, which must check and build; the document
             it builds must have the words of the one imported, in the
             same order (a word lost or changed is one import or a back
             end lost or changed).
  templates  each plan built with `--templates` holding a wording.yaml
             whose every phrase is changed (a word "WzNN" of its own and
             the marks & *x* ~~y~~ <b>), compared across the formats as
             formats10.py does: every format prints the phrases alike.
  pdf        each plan built to .docx and .pdf (LibreOffice); pdftotext's
             words must be the .docx's (as bags: pdftotext orders a
             table's cells its own way), but for a word broken at a line
             end, the page numbers and header rows repeated on a new page.
  tables     formats10.py's comparison of the formats on plans with the
             generator's later keys (genplan.py --more: parts, style,
             label), and inside each table the body rows in order, each
             row's words in order, the same in the .html, the .md, the
             .docx and (attachments) the workbook.

Prints "ok - SEED" or "not ok - SEED" and the first differences; exits 1
if any seed differs.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats10 as f  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "..", "..", "templates", "wording.yaml")


def run(*argv):
    return subprocess.run(list(argv), capture_output=True)


def document_words(path, kind):
    """The words of a document in order; a "-" or "+" starting a line is
    left out (a list item's marker in one, a bold "- X" in the other)."""
    if kind == "docx":
        return f.words(f.MARKER.sub("", f.docx_text(path)))
    if kind == "md":
        return f.words(f.MARKER.sub("", f.md_text(path)))
    with open(path, encoding="utf-8") as h:
        return f.words(f.html_text(h.read()))


def roundtrip_plan(khgen, work, plan, name):
    """PLAN built, each of its .docx and .md imported and built again: the
    differences of the words, in order ([] when none)."""
    out = os.path.join(work, "o-" + name)
    b = run(khgen, "build", "-o", out, "-f", "md,docx", plan)
    if b.returncode != 0:
        return ["build failed: " + b.stderr.decode()[-300:]]
    base = os.path.splitext(os.path.basename(plan))[0]
    bad = []
    for kind in ("docx", "md"):
        src = os.path.join(out, base + "." + kind)
        back = os.path.join(work, "%s-%s.yaml" % (name, kind))
        i = run(khgen, "import", "--force", "-o", back, src)
        if i.returncode != 0:
            bad.append("%s: import failed: %s" % (kind, i.stderr.decode()[-300:]))
            continue
        again = os.path.join(work, "r-%s-%s" % (name, kind))
        b2 = run(khgen, "build", "-o", again, "-f", kind, back)
        if b2.returncode != 0:
            bad.append("%s: the imported plan fails: %s" % (kind, b2.stderr.decode()[-300:]))
            continue
        a = document_words(src, kind)
        r = document_words(os.path.join(again, "%s-%s.%s" % (name, kind, kind)), kind)
        if a != r:
            bad += ["%s round trip: %s" % (kind, d) for d in f.first_diffs(a, r, 6)]
    return bad


def roundtrip(khgen, work, seed):
    """SEED's plan round trip; "mSEED" is genplan.py --more's plan."""
    plan = os.path.join(work, "p%s.yaml" % seed)
    more = ["--more"] if seed.startswith("m") else []
    run(sys.executable, os.path.join(HERE, "genplan.py"), seed.lstrip("m"), plan, *more)
    return roundtrip_plan(khgen, work, plan, "p%s" % seed)


def wording_dir(work):
    """A --templates DIR whose wording.yaml changes every phrase: "WzNN &
    *x* ~~y~~ <b>" before it (after it where it starts with a tag or a
    list marker)."""
    d = os.path.join(work, "templates")
    os.makedirs(d, exist_ok=True)
    out = []
    with open(TEMPLATES, encoding="utf-8") as h:
        for line in h:
            m = re.match(r'^(\w+): "(.*)"$', line.rstrip("\n"))
            if not m:
                continue
            key, value = m.groups()
            tok = "Wz%02d & *x* ~~y~~ <b>" % (len(out) + 1)
            if value.startswith("{{") or value.startswith("+ "):
                value = value + " " + tok
            elif value.startswith(" "):
                value = " " + tok + value
            else:
                value = tok + " " + value
            out.append('%s: "%s"\n' % (key, value))
    with open(os.path.join(d, "wording.yaml"), "w", encoding="utf-8") as h:
        h.writelines(out)
    return d


def templates(khgen, work, seed):
    ok, why = f.one(khgen, work, seed, ("--templates", wording_dir(work)))
    if ok is None:
        return ["invalid plan: " + why[0]]
    base = os.path.join(work, "out%s" % seed, "p%s" % seed)
    if ok:  # and the phrases were used: the title's and the signature's at least
        with open(base + ".html", encoding="utf-8") as h:
            page = h.read()
        for tok in ("Wz01", "Wz03"):
            if tok not in page:
                return ["the changed wording %s is not in the .html" % tok]
    return why


def joined_pieces(p, known):
    """The PDF's words with a word LibreOffice broke at a line end (a long
    word, or "STT" in a narrow column, without a hyphen) joined again: two
    or three pieces that make a word of the .docx are one."""
    out, i = [], 0
    while i < len(p):
        for n in (3, 2):
            if p[i] not in known and i + n <= len(p) and "".join(p[i:i + n]) in known:
                out.append("".join(p[i:i + n]))
                i += n
                break
        else:
            out.append(p[i])
            i += 1
    return out


def pdf(khgen, work, seed):
    """The words of the PDF and of the .docx, as bags: pdftotext's order of
    a table's cells (a merged cell's text drawn at its middle) is not the
    document's. A page number (a line of digits) is left out."""
    from collections import Counter
    plan = os.path.join(work, "p%s.yaml" % seed)
    run(sys.executable, os.path.join(HERE, "genplan.py"), str(seed), plan)
    out = os.path.join(work, "o%s" % seed)
    b = run(khgen, "build", "-o", out, "-f", "docx,pdf", plan)
    if b.returncode != 0:
        return ["build failed: " + b.stderr.decode()[-300:]]
    base = os.path.join(out, "p%s" % seed)
    t = run("pdftotext", "-raw", "-enc", "UTF-8", base + ".pdf", "-")
    if t.returncode != 0:
        return ["pdftotext failed"]
    text = without_page_numbers(t.stdout.decode("utf-8"))
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # "đơn-\nvị": one word
    a = f.words(f.docx_text(base + ".docx"))
    p = without_repeated_headers(joined_pieces(f.words(text), set(a)), a,
                                 header_rows(base + ".docx"))
    if Counter(a) == Counter(p):
        return []
    return ["docx vs pdf: %s" % d for d in f.bag_diffs(a, p)]


def without_page_numbers(text):
    """pdftotext's pages (form feeds between them) without the number ND30
    prints on each but the first: the page's first or last line, its
    number alone."""
    pages = text.split("\f")
    for k, page in enumerate(pages):
        lines = page.split("\n")
        filled = [i for i, x in enumerate(lines) if x.strip()]
        for i in filled[:1] + filled[-1:]:
            if lines[i].strip() == str(k + 1):
                lines[i] = ""
                break
        pages[k] = "\n".join(lines)
    return "\n".join(pages)


def header_rows(path):
    """The words of each table's rows that Word repeats on every page
    (w:tblHeader), one list per table."""
    import docx
    from docx.oxml.ns import qn
    rows = []
    for tbl in docx.Document(path).element.body.iter(qn("w:tbl")):
        head = []
        for tr in tbl.iterchildren(qn("w:tr")):
            pr = tr.find(qn("w:trPr"))
            if pr is None or pr.find(qn("w:tblHeader")) is None:
                break
            head += f.words(" ".join(t.text or "" for t in tr.iter(qn("w:t"))))
        if head:
            rows.append(head)
    return rows


def without_repeated_headers(p, a, heads):
    """p without each repeated header row beyond the times the .docx has
    it: a table that runs over a page prints its header rows again."""
    for head in heads:
        n = len(head)
        def count(seq):
            return sum(1 for i in range(len(seq) - n + 1) if seq[i:i + n] == head)
        extra = count(p) - count(a)
        i = len(p) - n
        while extra > 0 and i >= 0:
            if p[i:i + n] == head:
                del p[i:i + n]
                extra -= 1
            i -= 1
    return p


class Rows(f.html.parser.HTMLParser):
    """The body rows of each <table> of a page (rows of <td> cells, a row
    of <th> is a header row), each a list of its cells' texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.row, self.cell, self.head = [], None, None, False

    def handle_starttag(self, tag, attrs):
        if tag == "table":  # the header's layout table is no table of data
            self.tables.append(None if ("class", "doc-header") in attrs else [])
        elif tag == "tr":
            # the table's note is its last row (s43print): not a row of data
            self.row, self.head = [], ("class", "note") in attrs
        elif tag in ("td", "th"):
            self.cell = []
            self.head |= tag == "th"

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if not self.head and self.tables and self.tables[-1] is not None:
                self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def html_rows(src):
    p = Rows()
    p.feed(src)
    return [t for t in p.tables if t is not None]


LAYOUT = re.compile(r"CỘNG HÒA XÃ HỘI|Nơi nhận:")


def docx_rows(path):
    import docx
    from docx.oxml.ns import qn
    tables = []
    for tbl in docx.Document(path).element.body.iter(qn("w:tbl")):
        rows = []
        for tr in tbl.iterchildren(qn("w:tr")):
            pr = tr.find(qn("w:trPr"))
            if pr is not None and pr.find(qn("w:tblHeader")) is not None:
                continue
            style = tr.find(".//" + qn("w:pStyle"))
            if style is not None and style.get(qn("w:val")) == "KHAttachmentNote":
                continue  # the table's note, its last row (s43print)
            rows.append(["\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                   for p in tc.iter(qn("w:p")))
                         for tc in tr.iterchildren(qn("w:tc"))])
        text = " ".join(" ".join(r) for r in rows)
        if not LAYOUT.search(text):  # the header's and the signature's tables
            tables.append(rows)
    return tables


def row_words(row):
    """A row's words in order, its empty cells (merged into the one above,
    or blank) left out, a cell's lines joined as the .md joins them."""
    out = []
    for cell in row:
        w = f.words(cell.replace("\n", " ").replace("; ", " "))
        out += [x for x in w if x != ";"]
    return out


def tables_in_order(khgen, work, seed):
    ok, why = f.one(khgen, work, seed, gen=("--more",))
    if ok is None:
        return ["invalid plan: " + why[0]]
    bad = list(why)
    base = os.path.join(work, "out%s" % seed, "p%s" % seed)
    with open(base + ".html", encoding="utf-8") as h:
        ref = [[row_words(r) for r in t] for t in html_rows(h.read())]
    ref = [t for t in ref if t]  # the header's layout table has no body rows
    md = subprocess.run(["pandoc", "--wrap=none", "-f", "gfm", "-t", "html", base + ".md"],
                        capture_output=True, check=True).stdout.decode("utf-8")
    others = {"md": [[row_words(r) for r in t] for t in html_rows(md)],
              "docx": [[row_words(r) for r in t] for t in docx_rows(base + ".docx")]}
    for fmt, tables in others.items():
        tables = [t for t in tables if t and any(t)]
        mine = [t for t in ref if any(t)]
        if len(tables) != len(mine):
            bad.append("html vs %s: %d tables with rows, %d" % (fmt, len(mine), len(tables)))
            continue
        for k, (a, b) in enumerate(zip(mine, tables)):
            if a != b:
                bad += ["html vs %s table %d: %s" % (fmt, k + 1, d)
                        for d in f.first_diffs(sum(a, ["/"]), sum(b, ["/"]), 3)]
    return bad


def main():
    mode, khgen, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    test = {"roundtrip": roundtrip, "templates": templates, "pdf": pdf,
            "tables": tables_in_order}[mode]
    failed = 0
    for seed in sys.argv[4:]:
        why = test(khgen, work, seed)
        if why:
            failed += 1
            print("not ok - %s" % seed)
            for w in why:
                print("    " + w)
        else:
            print("ok - %s" % seed)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
