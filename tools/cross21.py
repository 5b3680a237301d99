#!/usr/bin/python3
"""tools/cross21.py KHGEN WORK [--pdf] PLAN... - every format of real plans, in order.

The third differential test of the formats (issue 8, session 21). Each
PLAN (a plan file, or a .txt/.docx/.md to `khgen import` first) is checked
and built to .md, .html, .docx, .xlsx (and .pdf with --pdf), each read
back by a real client (tests/hardening/formats10.py's readers: pandoc -f
gfm, html.parser, python-docx, openpyxl; pdftotext -raw for the PDF). The
comparison is finer than formats10.py's, which compared bags of words:

  order   the token sequence of the .md and the .docx must be the .html's,
          in order ("1.234" is three tokens, every punctuation mark one),
          after the normalisations formats10.py explains (case, list
          markers, the "(Kèm theo ...)" line, column groups, the header's
          two columns in any order) and a Markdown table's header rows;
  nfc     every text any reader returns is NFC, and holds no U+FFFD;
  sheets  each attachment's cells in the workbook, row by row in order,
          are its table's rows in the .html;
  pdf     the PDF's words are the .docx's (as bags: pdftotext orders a
          table's cells its own way), and its characters too, so a glyph
          dropped, a digit or a mark lost shows.

Prints "ok - PLAN" or "not ok - PLAN" and its first differences; "skip -"
for a plan that does not check. Exits 1 if any plan differs. A long
sweep (every plan of plans/, tests/ and the seeds) is
`python3 tools/cross21.py ./khgen /tmp/x --pdf $(sh tools/cross21-plans.sh)`.
"""
import collections
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "hardening"))
import formats10 as f  # noqa: E402
import formats11 as g  # noqa: E402


def run(*argv):
    return subprocess.run(list(argv), capture_output=True)


MARKERS = re.compile(r"^([ \t\u00a0]*[-+][ \t\u00a0]+)+", re.M)


def tokens(text, md=False):
    """formats10.py's normalised words; every list marker starting a line
    left out ("- + x" in the .html, "+ x" in an item of the .md)."""
    text = MARKERS.sub("", f.ATT_LINE.sub(" ", f.groups(text, md)))
    return f.header_body(f.words(text))


SPACES = "\u00a0\u202f\u2007\u00ad\u200b"


def spaces(text):
    """The no-break and invisible spaces of a text, by kind: words() takes
    them for blanks, and a format that turns one into a blank breaks a
    number or a name at a line's end. One between two characters: a run
    of them is the blanks of a form ("ngày      tháng"), which the .md
    writes as no-break spaces, the .html as blanks it keeps."""
    return collections.Counter(m.group(1) for m in re.finditer(
        r"(?<=[^\s\u00a0])([%s])(?=[^\s\u00a0])" % SPACES, text))


def ordered_diffs(a, b, n=4):
    return f.first_diffs(a, b, n)


def nfc_problems(fmt, text):
    out = []
    if unicodedata.normalize("NFC", text) != text:
        for line in text.splitlines():
            if unicodedata.normalize("NFC", line) != line:
                out.append("%s: not NFC: %r" % (fmt, line[:120]))
                break
    if "\ufffd" in text:
        i = text.index("\ufffd")
        out.append("%s: U+FFFD in %r" % (fmt, text[max(0, i - 40):i + 40]))
    return out


def sheet_rows(path):
    """Each sheet's rows (lists of shown cells, empty ones left out), by title."""
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = [f.shown(c.value, c.number_format) for c in row if c.value is not None]
            if cells:
                rows.append(cells)
        out[ws.title] = rows
    return out


def without_page_numbers(text):
    """pdftotext's pages without the number on each: the page's first or
    last line, a number alone no greater than the page's (an attachment's
    pages are numbered on their own)."""
    pages = text.split("\f")
    for k, page in enumerate(pages):
        lines = page.split("\n")
        filled = [i for i, x in enumerate(lines) if x.strip()]
        for i in filled[:1] + filled[-1:]:
            s = lines[i].strip()
            if s.isdigit() and 1 <= int(s) <= k + 1:
                lines[i] = ""
                break
        pages[k] = "\n".join(lines)
    return "\n".join(pages)


def joined(p, known):
    """The PDF's words with a word LibreOffice broke at line ends (a long
    word in a narrow column, in as many pieces as it takes) joined again:
    pieces whose run makes a word of the .docx are one."""
    out, i = [], 0
    while i < len(p):
        if p[i] not in known:
            for w in (k for k in known if len(k) > len(p[i]) and k.startswith(p[i])):
                j, s = i + 1, p[i]
                while j < len(p) and len(s) < len(w) and w.startswith(s + p[j]):
                    s += p[j]
                    j += 1
                if s == w:
                    out.append(w)
                    i = j
                    break
            else:
                out.append(p[i])
                i += 1
            continue
        out.append(p[i])
        i += 1
    return out


def pdf_words(base, a):
    t = run("pdftotext", "-raw", "-enc", "UTF-8", base + ".pdf", "-")
    if t.returncode != 0:
        return None, "pdftotext failed"
    text = without_page_numbers(t.stdout.decode("utf-8"))
    known = set(a)

    def hyphen(m):  # "đơn-\nvị" one word, "9-\n12" two numbers
        w = (m.group(1) + m.group(2)).casefold()
        return m.group(1) + m.group(2) if w in known else m.group(1) + "- " + m.group(2)
    text = re.sub(r"(\w+)-\n(\w+)", hyphen, text)
    p = g.without_repeated_headers(joined(f.words(text), known), a,
                                   g.header_rows(base + ".docx"))
    return p, text


def attachment_texts(text, titles):
    """The .html's text of each attachment, by its sheet's title: from the
    line that is the title (the attachment's label) to the next one's."""
    out, at = {}, []
    pos = 0
    for t in titles:
        m = re.compile(r"\n\s*" + re.escape(t) + r"\s*\n").search(text, pos)
        if m:
            at.append((t, m.start(), m.end()))
            pos = m.end()
    for k, (t, s, e) in enumerate(at):
        out[t] = text[e:at[k + 1][1] if k + 1 < len(at) else len(text)]
    return out


LAYOUT = re.compile(r"CỘNG HÒA XÃ HỘI|Nơi nhận:|CHỦ TỊCH|^TM\. ", re.M)


def docx_rows(path):
    """formats11.py's rows of the .docx's data tables; a signature's table
    without recipients is layout too."""
    return [t for t in g.docx_rows(path)
            if not LAYOUT.search("\n".join("\n".join(r) for r in t))]


def compare(khgen, work, plan, pdf):
    name = re.sub(r"[^\w.-]", "_", os.path.relpath(plan))
    src = plan
    if not plan.endswith((".yaml", ".yml")):
        src = os.path.join(work, name + ".yaml")
        i = run(khgen, "import", "--force", "-o", src, plan)
        if i.returncode != 0:
            return None, ["import failed: " + i.stderr.decode()[-200:]]
    c = run(khgen, "check", src)
    if c.returncode != 0:
        return None, ["does not check: " + c.stderr.decode()[-200:]]
    out = os.path.join(work, "o-" + name)
    fmts = "md,html,docx,xlsx" + (",pdf" if pdf else "")
    b = run(khgen, "build", "-o", out, "-f", fmts, src)
    if b.returncode != 0:
        return False, ["build failed: " + b.stderr.decode()[-300:]]
    stem = os.path.splitext(os.path.basename(src))[0]
    base = os.path.join(out, stem)
    with open(base + ".html", encoding="utf-8") as h:
        page = h.read()
    texts = {"html": f.html_text(page), "md": f.md_text(base + ".md"),
             "docx": f.docx_text(base + ".docx")}
    bad = []
    for fmt, t in texts.items():
        bad += nfc_problems(fmt, t)
    with open(base + ".md", encoding="utf-8") as h:
        bad += nfc_problems("md source", h.read())
    ref = tokens(texts["html"])
    for fmt in ("md", "docx"):
        if spaces(texts[fmt]) != spaces(texts["html"]):
            bad.append("html vs %s: no-break spaces %s, %s" % (
                fmt, dict(spaces(texts["html"])), dict(spaces(texts[fmt]))))
    for fmt in ("md", "docx"):
        w = tokens(texts[fmt], fmt == "md")
        if fmt == "md":
            # a Markdown table has one header row: compare the bags first,
            # then the order of everything outside the tables' heads
            pass
        if collections.Counter(w) != collections.Counter(ref):
            bad += ["html vs %s: %s" % (fmt, d) for d in f.bag_diffs(ref, w)]
        elif w != ref and fmt == "docx":
            bad += ["html vs docx order: %s" % d for d in ordered_diffs(ref, w)]
    # tables row by row, in order
    href = [[g.row_words(r) for r in t] for t in g.html_rows(page)]
    href = [t for t in href if t and any(t)]
    md = run("pandoc", "--wrap=none", "-f", "gfm", "-t", "html", base + ".md").stdout.decode()
    for fmt, tabs in (("md", [[g.row_words(r) for r in t] for t in g.html_rows(md)]),
                      ("docx", [[g.row_words(r) for r in t] for t in docx_rows(base + ".docx")])):
        tabs = [t for t in tabs if t and any(t)]
        if len(tabs) != len(href):
            bad.append("html vs %s: %d tables with rows, %d" % (fmt, len(href), len(tabs)))
            continue
        for k, (x, y) in enumerate(zip(href, tabs)):
            if x != y:
                bad += ["html vs %s table %d: %s" % (fmt, k + 1, d)
                        for d in f.first_diffs(sum(x, ["/"]), sum(y, ["/"]), 3)]
    if os.path.exists(base + ".xlsx"):
        sheets = sheet_rows(base + ".xlsx")
        for title, rows in sheets.items():
            for r in rows:
                for cell in r:
                    bad += nfc_problems("xlsx " + title, cell)
        hatt = attachment_texts(texts["html"], list(sheets))
        for title, rows in sheets.items():
            if title not in hatt:
                bad.append("xlsx sheet %s not in the html" % title)
                continue
            a = f.normalise(title + "\n" + hatt[title])
            x = f.normalise(" \n".join(" \n".join(r) for r in rows))
            if sorted(a) != sorted(x):
                bad += ["html vs xlsx %s: %s" % (title, d) for d in f.bag_diffs(a, x)]
        # an attachment's body rows, in order, are rows of its sheet in a
        # run: each table of the .html whose first row a sheet holds
        xsheets = {t: [g.row_words(r) for r in rows] for t, rows in sheets.items()}
        for hrows in [[g.row_words(r) for r in t] for t in g.html_rows(page)]:
            hrows = [r for r in hrows if r]
            if not hrows or sum(len(r) for r in hrows) < 4:
                continue
            homes = [(t, x, [i for i, r in enumerate(x) if r == hrows[0]])
                     for t, x in xsheets.items()
                     if all(r in x for r in hrows)]  # a body table is no sheet's
            homes = [h for h in homes if h[2]]
            if homes and not any(x[i:i + len(hrows)] == hrows for _, x, at in homes for i in at):
                title, x, at = homes[0]
                bad += ["html vs xlsx %s rows: %s" % (title, d) for d in
                        f.first_diffs(sum(hrows, ["/"]), sum(x[at[0]:at[0] + len(hrows)], ["/"]), 3)]
    if pdf:
        # a soft hyphen is drawn only where a line breaks at it ("a-\nb")
        a = f.words(texts["docx"].replace("\u00ad", ""))
        p, text = pdf_words(base, a)
        if p is None:
            bad.append(text)
        else:
            bad += nfc_problems("pdf", text)
            if collections.Counter(a) != collections.Counter(p):
                bad += ["docx vs pdf: %s" % d for d in f.bag_diffs(a, p)]
            # the HTML is printed from the same plan: its words too
            h = f.words(texts["html"].replace("\u00ad", ""))
            ch, cp = collections.Counter(h), collections.Counter(p)
            if ch != cp:
                bad += ["html vs pdf: %s" % d for d in f.bag_diffs(h, p)]
    return not bad, bad


def main():
    khgen, work = sys.argv[1], sys.argv[2]
    args = sys.argv[3:]
    pdf = "--pdf" in args
    args = [a for a in args if a != "--pdf"]
    os.makedirs(work, exist_ok=True)
    failed = 0
    for plan in args:
        ok, why = compare(khgen, work, plan, pdf)
        if ok is None:
            print("skip - %s (%s)" % (plan, why[0][:160].replace("\n", " ")))
            continue
        if ok:
            print("ok - %s" % plan)
        else:
            failed += 1
            print("not ok - %s" % plan)
            for w in why[:12]:
                print("    " + re.sub(r"(\w{40})\w+", r"\1...", w)[:400])
        sys.stdout.flush()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
