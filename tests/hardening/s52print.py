#!/usr/bin/env python3
"""s52print.py - what tests/hardening/s52print.sh measures in a PDF, with
poppler: pdftoppm's pixels (600 dpi, grey) for the rules of the header,
pdftotext -bbox's words (each with its box, in points) for the text. Each
subcommand prints one line, "ok" or what is wrong, and exits 0 or 1:

  motto PDF          the rule under "Độc lập - Tự do - Hạnh phúc" on page
                     1: a line as long as the motto prints (within 1.5 mm
                     of its first word's left to its last word's right), no
                     ink crossing it (a descender it cuts goes on below
                     it), and a clear gap of 0.3 mm at least between it and
                     the motto's lowest ink above it
  issuer PDF LINE..  the rule under the issuer (its lines LINE...): a clear
                     gap of 0.5 mm at least between it and the lowest ink
                     above it (the dot under "Ệ"), its length a third to a
                     half of the issuer's longest printed line (Nghị định 30)
  broken PDF HTML    no word of the document (HTML's text) prints broken:
                     two or three pieces, none a word of the document, each
                     on the line under the last in one column ("lượ" over
                     "ng")
  signing PDF NAME   the page that holds "Nơi nhận:" holds the closing's
                     "./." and the signer's NAME: the signing block is never
                     alone on the last page
  samepages A B      two PDFs of one plan (LibreOffice's and Chromium's)
                     have as many pages, and each "Biểu NN" label and the
                     signing block ("Nơi nhận:") print on the same page in
                     both
  rows PDF N         "Nội dung dòng số 1 ..." to N print once each, in
                     order, and every page that holds one of them (but the
                     Biểu's first) has the header row ("STT") above its
                     first row
"""
import html
import re
import subprocess
import sys

DPI = 600
PX = DPI / 25.4  # pixels a millimetre
PT = 25.4 / 72  # millimetres a point


def words(pdf):
    """[[(x0, y0, x1, y1, text)] per page], in millimetres"""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for pg in re.split(r"<page ", out)[1:]:
        pages.append([(float(a) * PT, float(b) * PT, float(c) * PT, float(d) * PT,
                       html.unescape(t)) for a, b, c, d, t in re.findall(
                           r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                           r'yMax="([\d.]+)">(.*?)</word>', pg)])
    return pages


class Pixels:
    """Page 1's top `top` millimetres, grey, 600 dpi."""

    def __init__(self, pdf, top):
        data = subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1",
                               "-x", "0", "-y", "0", "-W", "6000", "-H", str(int(top * PX)),
                               pdf], capture_output=True, check=True).stdout
        head = data.split(b"\n", 3)
        self.w, self.h = map(int, head[1].split())
        self.raw = head[3]

    def ink(self, x, y):
        return self.raw[y * self.w + x] < 128

    def rules(self):
        """[(top row, bottom row, x0, x1)]: horizontal dark runs of 8 mm or more"""
        found = []
        for y in range(self.h):
            row = self.raw[y * self.w:(y + 1) * self.w]
            best, x = (0, 0), 0
            while x < self.w:
                if row[x] < 128:
                    s = x
                    while x < self.w and row[x] < 128:
                        x += 1
                    if x - s > best[1] - best[0]:
                        best = (s, x)
                else:
                    x += 1
            if best[1] - best[0] >= 8 * PX:
                if found and found[-1][1] == y - 1 and abs(found[-1][2] - best[0]) < 10:
                    found[-1][1] = y
                else:
                    found.append([y, y, best[0], best[1]])
        return found

    def gap_above(self, rule, lo, hi):
        """mm of rows above the rule with no ink between columns lo and hi"""
        y = rule[0] - 1
        while y >= 0 and not any(self.ink(x, y) for x in range(lo, hi)):
            y -= 1
        return (rule[0] - 1 - y) / PX

    def crossing(self, rule):
        """pixels of ink in the row under the rule, within its span"""
        y = rule[1] + 1
        return sum(1 for x in range(rule[2], rule[3]) if self.ink(x, y)) if y < self.h else 0


def motto(pdf):
    page = words(pdf)[0]
    first = [w for w in page if w[4] == "Độc"]
    if not first:
        return ["no 'Độc lập' on page 1"]
    line = [w for w in page if abs(w[1] - first[0][1]) < 1 and w[0] >= first[0][0]]
    last = [w for w in line if w[4] == "phúc"]
    if not last:
        return ["no 'phúc' on the motto's line"]
    x0, x1, bottom = first[0][0], last[0][2], first[0][3]
    pix = Pixels(pdf, bottom + 15)
    under = [r for r in pix.rules() if r[0] / PX > first[0][1] and r[2] / PX < x1
             and r[3] / PX > x0]
    if not under:
        return ["no rule under the motto (printed %.1f-%.1f mm)" % (x0, x1)]
    r = under[0]
    problems = []
    length, text = (r[3] - r[2]) / PX, x1 - x0
    if abs(length - text) > 1.5:
        problems.append("the rule is %.1f mm long, the motto %.1f mm" % (length, text))
    cross = pix.crossing(r)
    if cross:
        problems.append("ink crosses the rule (%d px under it: a descender cut)" % cross)
    gap = pix.gap_above(r, r[2] + 2, r[3] - 2)
    if gap < 0.3:
        problems.append("the rule %.2f mm under the motto's ink" % gap)
    return problems


def issuer(pdf, lines):
    page = words(pdf)[0]
    pix = Pixels(pdf, 70)
    rules = [r for r in pix.rules() if (r[2] + r[3]) / 2 / PX < 105]
    if not rules:
        return ["no rule in the left column"]
    r = rules[0]
    longest = 0
    for line in lines:  # the line's words, left to right, on one baseline
        first = line.split()[0]
        for w in page:
            if w[4] != first or w[2] > 105:
                continue
            same = sorted((v for v in page if abs(v[1] - w[1]) < 0.5 and v[0] >= w[0]
                           and v[2] < 105), key=lambda v: v[0])
            if " ".join(v[4] for v in same).startswith(line):
                n = len(line.split())
                longest = max(longest, same[n - 1][2] - w[0])
    if not longest:
        return ["the issuer's lines %r not on page 1" % lines]
    problems = []
    length = (r[3] - r[2]) / PX
    if not longest / 3 - 0.5 <= length <= longest / 2 + 0.5:
        problems.append("the rule %.1f mm, the issuer's longest line %.1f mm" % (length, longest))
    centre = (r[2] + r[3]) // 2
    gap = pix.gap_above(r, int(centre - 30 * PX), int(centre + 30 * PX))
    if gap < 0.5:
        problems.append("the rule %.2f mm under the issuer's lowest ink" % gap)
    return problems


def document_words(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    vocab = {strip(w) for w in text.split()}
    return vocab | {p for v in list(vocab) for p in re.split(r"[-/]", v)}


def strip(t):
    return t.strip(".,;:()\"'!?…“”‘’[]*")


def broken(pdf, htmlpath):
    vocab = document_words(htmlpath)
    found = []
    for n, page in enumerate(words(pdf), 1):
        def under(w):
            h = w[3] - w[1]
            return [v for v in page if w[3] - 0.3 * h < v[1] < w[3] + 0.9 * h
                    and w[0] - 28 <= v[0] < w[2] + 0.7]
        for w in page:
            a = strip(w[4])
            if not a or a in vocab or w[4].endswith(("-", "/")):
                continue
            for v in under(w):
                b = strip(v[4])
                if a + b in vocab:
                    found.append("page %d: '%s' printed '%s' over '%s'" % (n, a + b, w[4], v[4]))
                    break
                if b in vocab:
                    continue
                cut = [u for u in under(v) if a + b + strip(u[4]) in vocab]
                if cut:
                    found.append("page %d: '%s' printed '%s' / '%s' / '%s'"
                                 % (n, a + b + strip(cut[0][4]), w[4], v[4], cut[0][4]))
                    break
    return found[:8] + (["and %d more" % (len(found) - 8)] if len(found) > 8 else [])


def page_of(pages, word, nth=0):
    for i, page in enumerate(pages):
        if any(w[4] == word or w[4].startswith(word) for w in page):
            if nth == 0:
                return i
            nth -= 1
    return None


def signing(pdf, name):
    pages = words(pdf)
    texts = [" ".join(w[4] for w in p) for p in pages]
    at = [i for i, t in enumerate(texts) if "Nơi nhận:" in t]
    if not at:
        return ["no 'Nơi nhận:'"]
    i = at[0]
    problems = []
    if "./." not in texts[i]:
        problems.append("page %d holds 'Nơi nhận:' and not the closing's './.' (it is on page %s)"
                        % (i + 1, [k + 1 for k, t in enumerate(texts) if "./." in t]))
    if name not in texts[i]:
        problems.append("the signer's name not on page %d" % (i + 1))
    return problems


def samepages(a, b):
    pa, pb = words(a), words(b)
    problems = []
    if len(pa) != len(pb):
        problems.append("%d pages and %d" % (len(pa), len(pb)))

    def marks(pages):
        out = {}
        for i, page in enumerate(pages):
            t = " ".join(w[4] for w in page)
            for m in re.findall(r"(?:^| )(Biểu \d+)(?: |$)", t):
                out.setdefault(m, i + 1)
            if "Nơi nhận:" in t:
                out.setdefault("Nơi nhận:", i + 1)
        return out
    ma, mb = marks(pa), marks(pb)
    for k in sorted(set(ma) | set(mb)):
        if ma.get(k) != mb.get(k):
            problems.append("'%s' on page %s and %s" % (k, ma.get(k), mb.get(k)))
    return problems


def rows(pdf, n):
    pages = words(pdf)
    got, problems, first = [], [], None
    for i, page in enumerate(pages):
        ws = sorted(page, key=lambda w: (round(w[1], 0), w[0]))
        hits = [(w[1], int(ws[k + 2][4])) for k, w in enumerate(ws[:-2])
                if w[4] == "dòng" and ws[k + 1][4] == "số" and ws[k + 2][4].isdigit()]
        if not hits:
            continue
        got += [h[1] for h in hits]
        if first is None:
            first = i
            continue
        top = min(h[0] for h in hits)
        if not any(w[4] == "STT" and w[1] < top for w in page):
            problems.append("page %d: no header row above its first row" % (i + 1))
    if got != list(range(1, n + 1)):
        problems.append("rows printed %d, in order %s" % (len(got), got == sorted(got)))
    return problems


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "motto":
        problems = motto(args[0])
    elif cmd == "issuer":
        problems = issuer(args[0], args[1:])
    elif cmd == "broken":
        problems = broken(args[0], args[1])
    elif cmd == "signing":
        problems = signing(args[0], args[1])
    elif cmd == "samepages":
        problems = samepages(args[0], args[1])
    elif cmd == "rows":
        problems = rows(args[0], int(args[1]))
    else:
        print("unknown subcommand %s" % cmd)
        return 2
    print("; ".join(problems) if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
