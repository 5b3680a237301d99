#!/usr/bin/python3
"""tests/hardening/formats10.py KHGEN WORKDIR SEED... - one plan, every format, word for word.

Differential test of the back ends (issue 8): for each seed,
tests/hardening/genplan.py writes a random valid plan, khgen builds it to
.md, .html, .docx and .xlsx, and each output is read back by a real client:
the Markdown by pandoc -f gfm (to HTML, then its text; cmark has no pipe tables), the HTML by html.parser,
the Word document by python-docx (paragraphs and tables, in body order),
the workbook by openpyxl (each cell's value shown through its number
format). The word sequence of the whole document must be the same in the
.md, the .html and the .docx, and the words of each attachment table in
the .html must be those of its sheet.

What is normalised, because a format legitimately changes it: the case of
letters (a title is upper case by a style in Word), the line breaks and
blanks between words, a merged cell's text (once in every format), the
"; " that joins a cell's lines in a Markdown table, and the whole
attachment line "(Kèm theo ...)". Prints "ok - SEED" or "not ok - SEED"
and the first differences; exits 1 if any seed differs.
"""
import difflib
import html.parser
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"\w+|[^\w\s]")


def words(text):
    return [t.casefold() for t in TOKEN.findall(text)]


class Text(html.parser.HTMLParser):
    """The text of an HTML page's body, blocks and cells apart."""
    BLOCK = {"p", "div", "td", "th", "tr", "li", "br", "h1", "h2", "h3",
             "h4", "table", "section", "caption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.skipping = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title") or \
                ("class", "print-hint") in attrs:
            self.skip += 1
            self.skipping.append(tag)
        elif self.skip and tag == self.skipping[-1]:
            self.skip += 1
            self.skipping.append(tag)
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if self.skip and tag == self.skipping[-1]:
            self.skip -= 1
            self.skipping.pop()
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    p = Text()
    p.feed(src)
    return "".join(p.out)


def md_text(path):
    out = subprocess.run(["pandoc", "--wrap=none", "-f", "gfm", "-t", "html", path], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return html_text(out)


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    out = []

    def walk(el):
        for ch in el.iterchildren():
            if ch.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in ch.iter()
                                   if t.tag == qn("w:t")))
            elif ch.tag == qn("w:tbl"):
                for tr in ch.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        walk(tc)
            elif ch.tag in (qn("w:sdt"), qn("w:sdtContent")):
                walk(ch)
    walk(d.element.body)
    return "\n".join(out)


def xlsx_sheets(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells.append(shown(c.value, c.number_format))
        sheets.append((ws.title, " \n".join(cells)))
    return sheets


def shown(v, fmt):
    """A cell's value as its number format shows it, the Vietnamese way."""
    if isinstance(v, str):
        return v
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    pct = "%" in fmt
    if pct:
        v = v * 100
    m = re.search(r"0\.(0+)", fmt)
    dec = len(m.group(1)) if m else 0
    if fmt == "General":
        s = repr(float(v))
        dec = 0 if float(v).is_integer() else len(s.split(".")[1])
    # Excel and LibreOffice round a shown value half away from zero
    import decimal
    q = decimal.Decimal(repr(float(v))).quantize(
        decimal.Decimal(1).scaleb(-dec), rounding=decimal.ROUND_HALF_UP)
    s = "%s" % q
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    if "#,##" in fmt or fmt == "General":
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = ".".join(g)
    s = ("-" if neg else "") + ip + ("," + fp if fp else "")
    return s + ("%" if pct else "")


ATT_LINE = re.compile(r"\(\s*kèm theo .*?\)", re.S | re.I)


MARKER = re.compile(r"^[ \t\u00a0]*[-+][ \t\u00a0]+", re.M)


GROUP_LINE = re.compile(r"^[ \t]*(Năm \d{4}|Hiện trạng|Mục tiêu)[ \t]*$", re.M)
GROUP_PREFIX = re.compile(r"(Năm \d{4}|Hiện trạng|Mục tiêu): ")


def groups(text, md):
    """A column group's heading: a row of its own in the HTML, the .docx and
    the workbook, "GROUP: " before each of its headers in a Markdown table
    (one header row). Dropped in all (the generator's groups only). A data
    cell of the same words alone, a deadline "Năm 2026" (a cell's deadline
    begins with a capital since s45cycle F25), is such a line in every
    format, which the group's rule drops from the HTML's and the .docx's
    text: dropped from the Markdown's too, the same words left out of each."""
    return GROUP_LINE.sub("", GROUP_PREFIX.sub("", text)) if md else GROUP_LINE.sub("", text)


def normalise(text):
    """A list item's "-" or "+" is a list marker in Markdown (cmark prints
    an <li>), a character in the HTML and the .docx: dropped in all."""
    return words(MARKER.sub("", ATT_LINE.sub(" ", text)))


def header_body(w):
    """The header (before the title "KẾ HOẠCH"), in any order, and the rest:
    the Markdown prints the two-column header as lines in another order."""
    for i in range(len(w) - 1):
        if w[i] == "kế" and w[i + 1] == "hoạch":
            return sorted(w[:i]) + ["|"] + w[i:]
    return w


def first_diffs(a, b, n=4):
    out = []
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        out.append("%s: [%s] -> [%s] (after ...%s)" % (
            op, " ".join(a[i1:i2][:12]), " ".join(b[j1:j2][:12]),
            " ".join(a[max(0, i1 - 6):i1])))
        if len(out) >= n:
            break
    return out


def bag_diffs(a, b):
    """The words one side has more often than the other, each with the
    words before its first place in the side that has it."""
    from collections import Counter
    ca, cb = Counter(a), Counter(b)
    out = []
    for side, c1, c2, seq in (("-", ca, cb, a), ("+", cb, ca, b)):
        for w in sorted(c1 - c2):
            i = seq.index(w)
            out.append("%s%s x%d (after ...%s)" % (
                side, w, (c1 - c2)[w], " ".join(seq[max(0, i - 8):i])))
    return out[:8]


def split_attachments(text):
    """The body and each attachment of a document's text (on 'Biểu NN')."""
    parts = re.split(r"\n\s*(Biểu \d\d)\s*\n", text)
    return parts[0], parts[1:]


def one(khgen, work, seed, extra=(), gen=()):
    """SEED's plan (genplan.py with the options gen) built with the build
    options extra, and compared."""
    plan = os.path.join(work, "p%s.yaml" % seed)
    subprocess.run([sys.executable, os.path.join(HERE, "genplan.py"),
                    str(seed), plan, *gen], check=True)
    c = subprocess.run([khgen, "check", plan], capture_output=True)
    if c.returncode != 0:
        return None, ["invalid plan: " + c.stderr.decode()[-300:]]
    out = os.path.join(work, "out%s" % seed)
    b = subprocess.run([khgen, "build", *extra, "-o", out, plan], capture_output=True)
    if b.returncode != 0:
        return False, ["build failed: " + b.stderr.decode()[-300:]]
    base = os.path.join(out, "p%s" % seed)
    with open(base + ".html", encoding="utf-8") as f:
        h = html_text(f.read())
    texts = {"html": groups(h, False),
             "md": groups(md_text(base + ".md"), True),
             "docx": groups(docx_text(base + ".docx"), False)}
    ref = header_body(normalise(texts["html"]))
    bad = []
    for fmt in ("md", "docx"):
        w = header_body(normalise(texts[fmt]))
        if sorted(w) != sorted(ref):  # order: a table's header rows differ
            bad += ["html vs %s: %s" % (fmt, d) for d in bag_diffs(ref, w)]
    if os.path.exists(base + ".xlsx"):
        _, atts = split_attachments(texts["html"])
        hatt = dict(zip(atts[0::2], atts[1::2]))
        for title, cells in xlsx_sheets(base + ".xlsx"):
            cells = groups(cells, False)
            if title not in hatt:
                bad.append("xlsx sheet %s not in the html" % title)
                continue
            a = sorted(normalise(hatt[title]))
            x = sorted(normalise(cells))
            a = sorted(a + normalise(title))
            if a != x:
                bad += ["html vs xlsx %s: %s" % (title, d)
                        for d in first_diffs(a, x)]
    return not bad, bad


def main():
    khgen, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    failed = 0
    for seed in sys.argv[3:]:
        ok, why = one(khgen, work, seed)
        if ok is None:
            print("skip - %s (%s)" % (seed, why[0][:200]))
        elif ok:
            print("ok - %s" % seed)
        else:
            failed += 1
            print("not ok - %s" % seed)
            for w in why:
                print("    " + w)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
