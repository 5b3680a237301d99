#!/usr/bin/env python3
"""pdf_checks.py - what a printed plan must look like, checked with poppler.

    python3 tests/html/pdf_checks.py document NAME HTML PDF
    python3 tests/html/pdf_checks.py contains NAME PDF TEXT...
    python3 tests/html/pdf_checks.py safe-html NAME HTML
    python3 tests/html/pdf_checks.py headings NAME HTML PDF

Prints one line per check, "ok - ..." or "not ok - ...", and exits 1 if any
check failed. Standard library only; needs pdfinfo, pdftotext and pdffonts
(poppler-utils) on PATH.

document: the PDF that headless Chromium printed from HTML.
  - every page is A4 (595 x 842 pt, +-1 pt): portrait for the plan itself
    and for portrait attachments, landscape (842 x 595) for the pages of an
    attachment the HTML marks landscape. An attachment's pages run from the
    page where its title first appears to the page before the next one;
  - "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is on page 1; "Số:" and the
    place-and-date line sit on one baseline (within 0.3 pt);
  - page 1 has nothing in its top margin; page 2 has "2" there, centred
    over the text block;
  - each attachment is numbered on its own: nothing at the top of its first
    page, "2" at the top of its second (if it has one);
  - a table that runs over several pages repeats its header: the text of
    its first header cell is on each of its pages;
  - every font is embedded and is Times New Roman or a metric-compatible
    one (Liberation Serif, Tinos).
contains: the text of the PDF holds each TEXT literally (whitespace runs
  compared as one space).
headings: no page ends with a heading. The headings are the paragraphs of
  class section, clause and subclause of the HTML that have items under
  them (the next paragraph is deeper), the rule of render.h's
  render_keeps_with_next that the DOCX back end applies too; the last line
  of a page (pdftotext -bbox-layout, the line lowest on the page) must not
  be the end of one, nor the first line of a short one. Also: the rule
  under the title is a third to a half of the title's longest line.
safe-html: the HTML has no <script>, <img>, <iframe>, <object> or <embed>
  element, no on...= event attribute and no javascript: URL in any tag.
"""

import html
import re
import subprocess
import sys
import unicodedata

A4_SHORT, A4_LONG = 595.0, 842.0
TOLERANCE = 1.0
# The top margin is 20 mm (56.7 pt); the page number sits inside it.
TOP_MARGIN_PT = 56.0
# Text block: left margin 30 mm, right margin 15 mm (in pt).
MARGIN_LEFT_PT, MARGIN_RIGHT_PT = 30 / 25.4 * 72, 15 / 25.4 * 72
FONT_OK = re.compile(r"(TimesNewRoman|Times-Roman|Times New Roman|LiberationSerif|Tinos)", re.I)

results = []


def check(condition, description, detail=""):
    results.append(bool(condition))
    line = ("ok - " if condition else "not ok - ") + description
    if not condition and detail:
        line += " (" + detail + ")"
    print(line)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8", "replace")


def norm(text):
    """NFC, one space for every run of blanks."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def page_sizes(pdf):
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = run("pdfinfo", "-f", "1", "-l", str(pages), pdf)
    found = re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", sizes, re.M)
    return [(float(w), float(h)) for _, w, h in found]


def page_text(pdf, page):
    return run("pdftotext", "-f", str(page), "-l", str(page), pdf, "-")


def page_words(pdf, page):
    """Words of one page with their boxes: [(xmin, ymin, xmax, ymax, text)]."""
    xhtml = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">(.*?)</word>', xhtml):
        words.append((float(m.group(1)), float(m.group(2)), float(m.group(3)),
                      float(m.group(4)), html.unescape(m.group(5))))
    return words


def top_margin_words(pdf, page):
    return [w for w in page_words(pdf, page) if w[3] <= TOP_MARGIN_PT]


def is_size(size, width, height):
    return abs(size[0] - width) <= TOLERANCE and abs(size[1] - height) <= TOLERANCE


class Attachment:
    def __init__(self, landscape):
        self.landscape = landscape
        self.label = ""
        self.title = ""
        self.first_header = ""
        self.note = ""
        self.first_page = 0
        self.last_page = 0


def attachments_of(html_text):
    """The attachment sections of the page, in order: orientation, label,
    title, text of the first header cell."""
    found = []
    for m in re.finditer(r'<section class="([^"]*\battachment\b[^"]*)"[^>]*>(.*?)</section>',
                         html_text, re.S):
        att = Attachment("landscape" in m.group(1).split())
        body = m.group(2)
        label = re.search(r'<p class="attachment-label">(.*?)</p>', body, re.S)
        if label:
            att.label = norm(html.unescape(re.sub(r"<[^>]+>", "", label.group(1))))
        title = re.search(r'<p class="attachment-title">(.*?)</p>', body, re.S)
        if title:
            att.title = norm(html.unescape(re.sub(r"<[^>]+>", "", title.group(1))))
        # the note: the table's last row (s43print), a paragraph before
        note = re.search(r'<(?:p|td)(?: colspan="\d+")? class="attachment-note">(.*?)</(?:p|td)>',
                         body, re.S)
        if note:
            att.note = norm(html.unescape(re.sub(r"<[^>]+>", "", note.group(1))))
        th = re.search(r"<th[^>]*>(.*?)</th>", body, re.S)
        if th:
            att.first_header = norm(html.unescape(re.sub(r"<[^>]+>", " ", th.group(1))))
        found.append(att)
    return found


def check_number_at_top(pdf, page, expected, what, width):
    words = top_margin_words(pdf, page)
    if expected is None:
        check(not words, "%s: no page number at the top of page %d" % (what, page),
              "found " + " ".join(w[4] for w in words))
        return
    texts = [w[4] for w in words]
    centre_expected = (MARGIN_LEFT_PT + width - MARGIN_RIGHT_PT) / 2
    centred = all(abs((w[0] + w[2]) / 2 - centre_expected) <= 15 for w in words)
    check(texts == [expected] and centred,
          '%s: page %d shows "%s" centred at the top' % (what, page, expected),
          "found %s" % ([(t, round((w[0] + w[2]) / 2)) for t, w in zip(texts, words)]))


def document(name, html_path, pdf):
    with open(html_path, encoding="utf-8") as f:
        html_text = f.read()
    sizes = page_sizes(pdf)
    n = len(sizes)
    texts = [norm(page_text(pdf, p)) for p in range(1, n + 1)]

    # where each attachment starts and ends
    attachments = attachments_of(html_text)
    start = 1
    for att in attachments:
        key = att.title[:60]
        att.first_page = next((p for p in range(start, n + 1)
                               if key and key in texts[p - 1] and att.label in texts[p - 1]), 0)
        check(att.first_page > 0, '%s: attachment "%s" found in the PDF' % (name, " ".join(
            part for part in (att.label, key) if part)))
        if att.first_page:
            start = att.first_page + 1
    located = [a for a in attachments if a.first_page]
    for i, att in enumerate(located):
        att.last_page = located[i + 1].first_page - 1 if i + 1 < len(located) else n
    body_last = located[0].first_page - 1 if located else n

    # page sizes
    wrong = []
    for p, size in enumerate(sizes, start=1):
        owner = next((a for a in located if a.first_page <= p <= a.last_page), None)
        landscape = owner.landscape if owner else False
        want = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
        if not is_size(size, *want):
            wrong.append("page %d is %.0f x %.0f, want %.0f x %.0f" % (p, size[0], size[1], *want))
    check(n > 0 and not wrong, "%s: all %d pages are A4 in the right orientation" % (name, n),
          "; ".join(wrong[:5]))
    n_landscape = sum(1 for a in located if a.landscape)
    if n_landscape:
        pages = sum(a.last_page - a.first_page + 1 for a in located if a.landscape)
        check(all(is_size(sizes[p - 1], A4_LONG, A4_SHORT)
                  for a in located if a.landscape for p in range(a.first_page, a.last_page + 1)),
              "%s: %d landscape attachment page(s) are 842 x 595 pt" % (name, pages))

    # page 1, page numbers
    national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    check(n > 0 and national in texts[0], '%s: "%s" is on page 1' % (name, national))
    check_number_at_top(pdf, 1, None, name, sizes[0][0])
    # "Số: ..." (13 pt) and "..., ngày ... tháng ..." (14 pt) share a
    # baseline (within 0.3 pt). poppler's box of a word runs from the
    # ascent to the descent of its font (Times: 0.891 and 0.216 em), so the
    # baseline is 0.216/1.107 of the box's height above its bottom.
    def baseline(w):
        return w[3] - (w[3] - w[1]) * 0.216 / 1.107
    words = page_words(pdf, 1) if n else []
    so = next((w for w in words if w[4] == "Số:"), None)
    day = next((w for w in words if w[4] == "ngày" and so and abs(w[3] - so[3]) < 8), None)
    check(so and day and abs(baseline(so) - baseline(day)) <= 0.3,
          '%s: "Số:" and the place-and-date line on one baseline' % name,
          "baselines %s and %s" % (so and round(baseline(so), 2), day and round(baseline(day), 2)))
    if body_last >= 2:
        check_number_at_top(pdf, 2, "2", name, sizes[1][0])
    else:
        # not a check: nothing to verify, and nothing is counted as passed
        print("# %s: one page only, so no page number to look for" % name)
    for i, att in enumerate(located, start=1):
        what = "%s, attachment %d" % (name, i)
        check_number_at_top(pdf, att.first_page, None, what, sizes[att.first_page - 1][0])
        if att.last_page > att.first_page:
            check_number_at_top(pdf, att.first_page + 1, "2", what, sizes[att.first_page][0])
            if att.first_header:
                # (a last page holding only the note under the table was
                # let pass: the note is the table's last row now, kept with
                # the row above it, so every page of it has the header:
                # s43print)
                missing = [p for p in range(att.first_page + 1, att.last_page + 1)
                           if att.first_header not in texts[p - 1]]
                check(not missing, '%s: the table header ("%s") repeats on each of its %d pages'
                      % (what, att.first_header, att.last_page - att.first_page + 1),
                      "missing on page(s) %s" % missing)

    # fonts
    fonts = run("pdffonts", pdf).splitlines()[2:]
    bad = []
    for line in fonts:
        fields = line.split()
        if not fields:
            continue
        font = fields[0].split("+", 1)[-1]
        # columns from the right: emb sub uni object ID  ->  emb is the 5th from the end
        embedded = fields[-5] == "yes"
        if not embedded or not FONT_OK.search(font):
            bad.append("%s%s" % (font, "" if embedded else " (not embedded)"))
    check(fonts and not bad, "%s: fonts embedded, Times New Roman or metric-compatible (%s)"
          % (name, ", ".join(sorted({l.split()[0].split("+", 1)[-1] for l in fonts if l.split()}))),
          "; ".join(bad))


HEADING_CLASSES = ("section", "clause", "subclause")


LEVEL = {"section": 1, "clause": 2, "subclause": 3}


def headings_of(html_text):
    """Texts (normalised) of the heading paragraphs of the body that have
    items under them: a section, clause or sub-clause paragraph whose next
    paragraph is deeper (not a heading of its level or above)."""
    paras = [(m.group(1) or "", m.group(2)) for m in
             re.finditer(r'<p(?: class="([^"]*)")?>(.*?)</p>', html_text, re.S)]
    found = []
    for i, (cls, inner) in enumerate(paras[:-1]):
        kinds = [LEVEL[c] for c in cls.split() if c in LEVEL]
        if not kinds:
            continue
        nxt = [LEVEL[c] for c in paras[i + 1][0].split() if c in LEVEL]
        if nxt and nxt[0] <= kinds[0]:
            continue
        if "closing" in paras[i + 1][0].split():
            continue  # the body's last clause: the closing sentence is not under it
        text = norm(html.unescape(re.sub(r"<[^>]+>", "", inner)))
        if text:
            found.append(text)
    return found


def page_last_lines(pdf):
    """The lowest line of text of every page, normalised: [(page, text)]."""
    xhtml = run("pdftotext", "-bbox-layout", pdf, "-")
    lines = []
    for p, page in enumerate(re.findall(r"<page[^>]*>(.*?)</page>", xhtml, re.S), start=1):
        best = None
        for line in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" '
                               r'yMax="([\d.]+)">(.*?)</line>', page, re.S):
            words = [html.unescape(w) for w in re.findall(r"<word[^>]*>(.*?)</word>", line[2])]
            y = float(line[1])
            if words and (best is None or y > best[0] + 0.5):
                best = (y, " ".join(words))
            elif words and abs(y - best[0]) <= 0.5:
                best = (y, best[1] + " " + " ".join(words))
        if best:
            lines.append((p, norm(best[1])))
    return lines


def no_stranded_headings(name, html_path, pdf):
    with open(html_path, encoding="utf-8") as f:
        heads = headings_of(f.read())
    last = page_last_lines(pdf)
    stranded = []
    for p, line in last[:-1]:  # the last page may end anywhere
        if len(line) < 2:
            continue
        for h in heads:
            if h.endswith(line) or (h.startswith(line) and len(h) < 120):
                stranded.append('page %d ends with "%s"' % (p, line))
                break
    check(not stranded,
          "%s: no page of %d ends with a section, clause or sub-clause heading (%d headings)"
          % (name, len(last), len(heads)), "; ".join(stranded))


def subject_rule(name, html_path, pdf):
    """The rule under the title is a third to a half of the title's longest
    line: the lines of the subject are found with pdftotext -bbox-layout,
    the rule in a 144 dpi greyscale picture of the band below them."""
    with open(html_path, encoding="utf-8") as f:
        m = re.search(r'<p class="subject">(.*?)</p>', f.read(), re.S)
    if not m:
        print("# %s: no subject line" % name)
        return
    subject = norm(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    xhtml = run("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", pdf, "-")
    lines = []
    for line in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                           r'yMax="([\d.]+)">(.*?)</line>', xhtml, re.S):
        text = norm(" ".join(html.unescape(w) for w in re.findall(r"<word[^>]*>(.*?)</word>", line[4])))
        if text and text in subject and len(text) > 3:
            lines.append(tuple(float(v) for v in line[:4]))
    if not lines:
        check(False, "%s: the title's lines found on page 1" % name)
        return
    longest = max(l[2] - l[0] for l in lines)
    bottom = max(l[3] for l in lines)
    dpi = 144
    scale = dpi / 72.0
    y0 = int(bottom * scale)
    out = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", "-x", "0",
                          "-y", str(y0), "-W", str(int(595 * scale)), "-H", str(int(14 * scale)),
                          pdf], check=True, capture_output=True).stdout
    header, _, rest = out.partition(b"\n")
    dims, _, rest = rest.partition(b"\n")
    width, height = (int(v) for v in dims.split())
    _, _, pixels = rest.partition(b"\n")
    best = 0
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        run_len = 0
        for v in row:
            run_len = run_len + 1 if v < 128 else 0
            best = max(best, run_len)
    rule = best / scale
    ratio = rule / longest if longest else 0
    check(1 / 3 <= ratio <= 1 / 2,
          "%s: the rule under the title is %.0f%% of its longest line (a third to a half)"
          % (name, ratio * 100), "rule %.1f pt, line %.1f pt" % (rule, longest))


def contains(name, pdf, needles):
    text = norm(run("pdftotext", pdf, "-"))
    for needle in needles:
        check(norm(needle) in text, '%s: the PDF shows "%s" as text' % (name, needle))


def safe_html(name, html_path):
    with open(html_path, encoding="utf-8") as f:
        page = f.read()
    check(not re.search(r"<script\b", page, re.I), "%s: no <script> element" % name)
    check(not re.search(r"<(img|iframe|object|embed|link)\b", page, re.I),
          "%s: no element that loads a resource (img, iframe, object, embed, link)" % name)
    tags = re.findall(r"<[A-Za-z][^>]*>", page)
    check(not any(re.search(r"javascript\s*:", t, re.I) for t in tags),
          "%s: no javascript: URL in any tag" % name)
    check(not any(re.search(r"\son[a-z]+\s*=", t, re.I) for t in tags),
          "%s: no event-handler attribute" % name)
    check(not re.search(r"<b>", page), "%s: the plan's <b> is not an element" % name)


def main(argv):
    if len(argv) >= 5 and argv[1] == "document":
        document(argv[2], argv[3], argv[4])
    elif len(argv) >= 4 and argv[1] == "contains":
        contains(argv[2], argv[3], argv[4:])
    elif len(argv) == 5 and argv[1] == "headings":
        no_stranded_headings(argv[2], argv[3], argv[4])
        subject_rule(argv[2], argv[3], argv[4])
    elif len(argv) == 4 and argv[1] == "safe-html":
        safe_html(argv[2], argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
