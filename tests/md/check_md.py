#!/usr/bin/python3
"""check_md.py KHGEN WORKDIR - the Markdown output, read by two renderers.

For every plan in plans/, khgen writes NAME.md; then
  - cmark renders it: the number line keeps its blanks ("Số:" and six
    no-break spaces before "/KH-UBND" in a draft; a blank day of the date
    line too), so the clerk's blanks do not collapse into one space;
  - every "+" item of the Markdown is a list item nested inside a "-" item
    (cmark: an <li> inside a <ul> inside an <li>), none at the top level;
  - pandoc -f gfm renders the tables: the blanks survive there too, and
    every table's STT and number columns are centred, text columns left,
    as in the HTML and the workbook (colwidth.h, table_column_align).
Prints "ok - ..." / "not ok - ..." and "N passed, M failed".
"""
import html.parser
import os
import re
import subprocess
import sys

NBSP = "\u00a0"
results = []


def check(cond, what, detail=""):
    results.append(bool(cond))
    print(("ok - " if cond else "not ok - ") + what + ("" if cond or not detail else " (" + detail + ")"))


class Lists(html.parser.HTMLParser):
    """Counts list items by how many <li> enclose them."""

    def __init__(self):
        super().__init__()
        self.li_depth = 0
        self.items = []  # (enclosing li count, text start)
        self.text = None

    def handle_starttag(self, tag, attrs):
        if tag == "li":
            self.items.append([self.li_depth, ""])
            self.li_depth += 1

    def handle_endtag(self, tag):
        if tag == "li":
            self.li_depth -= 1

    def handle_data(self, data):
        if self.items and len(self.items[-1][1]) < 60 and self.li_depth > 0:
            self.items[-1][1] += data.strip()[:60] if not self.items[-1][1] else ""


def tables_of(html_text):
    """[(header texts, [alignment of each body cell of the first row])]"""
    found = []
    for t in re.findall(r"<table>(.*?)</table>", html_text, re.S):
        heads = [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", t, re.S)]
        aligns = re.findall(r'<th(?: style="text-align: (\w+);")?>', t)
        found.append((heads, aligns))
    return found


def main():
    khgen, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    for plan in sorted(f for f in os.listdir("plans") if f.endswith(".yaml")):
        name = plan[:-5]
        r = subprocess.run([khgen, "build", "-f", "md", "-o", work, "plans/" + plan], capture_output=True)
        check(r.returncode == 0, "%s: khgen build -f md" % name, r.stderr.decode()[-300:])
        if r.returncode:
            continue
        md = open(os.path.join(work, name + ".md"), encoding="utf-8").read()
        cm = subprocess.run(["cmark", "--unsafe"], input=md.encode(), capture_output=True).stdout.decode()
        gfm = subprocess.run(["pandoc", "-f", "gfm", "-t", "html"], input=md.encode(),
                             capture_output=True).stdout.decode()
        for renderer, out in (("cmark", cm), ("pandoc -f gfm", gfm)):
            m = re.search(r"Số:([\s" + NBSP + r"]*)/", out)
            blanks = m.group(1) if m else ""
            check(m and blanks == NBSP * 6,
                  '%s: %s keeps the blanks of "Số:      /KH-UBND" (6 no-break spaces)' % (name, renderer),
                  "found %r" % blanks)
            m = re.search(r"ngày([\s" + NBSP + r"]*)tháng", out)
            blanks = m.group(1) if m else ""
            check(m and blanks == NBSP * 6,
                  '%s: %s keeps the blank day of "ngày      tháng"' % (name, renderer), "found %r" % blanks)
        plus_lines = len(re.findall(r"^\s*\+ ", md, re.M))
        lists = Lists()
        lists.feed(cm)
        nested = sum(1 for depth, _ in lists.items if depth >= 1)
        check(nested >= plus_lines,
              '%s: cmark nests all %d "+" items inside a "-" item' % (name, plus_lines),
              "%d nested list items" % nested)
        tables = tables_of(gfm)
        bad = []
        for heads, aligns in tables:
            for h, a in zip(heads, aligns):
                if h == "STT" and a != "center":
                    bad.append("%s %s" % (h, a or "default"))
        check(tables and not bad and not any("TT" == h for heads, _ in tables for h in heads),
              "%s: pandoc -f gfm reads %d tables, each STT column centred, none headed \"TT\""
              % (name, len(tables)), "; ".join(bad))
    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if all(results) else 1


sys.exit(main())
