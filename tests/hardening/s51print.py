#!/usr/bin/env python3
"""s51print.py - what tests/hardening/s51print.sh measures in a PDF, with
poppler (pdftohtml -xml: each line of text with its page, place and size),
and in a .docx, with python-docx. Each subcommand prints one line,
"ok" or what is wrong, and exits 0 or 1:

  signing PDF N      the signature's name prints on the page of the
                     closing's "./."; the page before that one is full (its
                     lowest text within 40 mm of the page's foot); the N
                     recipients "- Phòng ban số 1 ..." to N print, in order
  beside PDF         "Nơi nhận:" and the signature's first line on one line
                     (within 1.5 mm: a line right of the page's middle),
                     and the last recipient "Lưu: ..." on that page
  words PDF PAGE W.. each word W prints whole on page PAGE ("@TEXT": the
                     page that holds TEXT) (a line of text holds it as a
                     word), and none of them cut ("lượn")
  attachments PDF SPEC   the attachments' pages, SPEC "P:1,L:1,P:2,L:3,P:1":
                     per attachment its orientation and page count; each
                     attachment's first page has its label, title and first
                     row (STT "1") and no page number; its next pages are
                     numbered 2, 3, ... centred in the top margin and repeat
                     the header row ("STT" within 15 mm of their first text)
  docxsign DOCX N K  the signing table: its first row cantSplit, holding
                     "Nơi nhận:", recipients 1..K and the signature; then a
                     row each for recipients K+1..N, cantSplit, the one
                     before the last kept with it (keepNext)
"""
import html
import re
import subprocess
import sys

MM = 25.4 / 72


def pages_of(pdf):
    """[(width_mm, height_mm, [(top, left, right, bottom, size, text)])]"""
    out = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-zoom", "1", pdf],
                         capture_output=True, text=True, check=True).stdout
    fonts, pages = {}, []
    for line in out.splitlines():
        m = re.match(r'<page number="\d+".*height="([\d.]+)" width="([\d.]+)"', line)
        if m:
            pages.append((float(m.group(2)) * MM, float(m.group(1)) * MM, []))
            continue
        m = re.match(r'\s*<fontspec id="(\d+)" size="([\d.]+)"', line)
        if m:
            fonts[m.group(1)] = float(m.group(2))
            continue
        m = re.match(r'<text top="([\d.-]+)" left="([\d.-]+)" width="([\d.-]+)" '
                     r'height="([\d.-]+)" font="(\d+)">(.*)</text>', line)
        if m and pages:
            text = html.unescape(re.sub("<[^>]+>", "", m.group(6)))
            top, left, width, height = (float(v) * MM for v in m.group(1, 2, 3, 4))
            pages[-1][2].append((top, left, left + width, top + height,
                                 fonts.get(m.group(5), 0), " ".join(text.split())))
    return pages


def find(pages, needle):
    """(page index, span) of the first span holding needle, or (None, None)"""
    for i, (_, _, spans) in enumerate(pages):
        for s in spans:
            if needle in s[5]:
                return i, s
    return None, None


def signing(pdf, n):
    pages = pages_of(pdf)
    problems = []
    pc, _ = find(pages, "./.")
    pn, _ = find(pages, "Nguyễn Văn A")
    if pc is None or pn is None:
        return ["no closing './.' or no signer's name"]
    if pc != pn:
        problems.append("the closing's './.' on page %d, the signer's name on page %d"
                        % (pc + 1, pn + 1))
    if pc > 0:
        w, h, spans = pages[pc - 1]
        low = max(s[3] for s in spans)
        if h - low > 40:
            problems.append("page %d, before the closing's page, ends %.0f mm above the "
                            "page's foot" % (pc, h - low))
    text = []
    for _, _, spans in pages:
        text += [s[5] for s in spans]
    got = [int(m.group(1)) for t in text for m in [re.search(r"Phòng ban số (\d+) ", t)] if m]
    if got != list(range(1, n + 1)):
        problems.append("recipients printed: %s" % got)
    return problems


def beside(pdf):
    pages = pages_of(pdf)
    pr, r = find(pages, "Nơi nhận:")
    if r is None:
        return ["no 'Nơi nhận:'"]
    problems = []
    right = [s for s in pages[pr][2] if s[1] > 100 and abs(s[0] - r[0]) <= 1.5]
    if not right:
        problems.append("nothing beside 'Nơi nhận:' (page %d, %.1f mm)" % (pr + 1, r[0]))
    last, _ = find(pages, "Lưu:")
    if last != pr:
        problems.append("'Lưu:' on page %s, 'Nơi nhận:' on page %d"
                        % (last + 1 if last is not None else "none", pr + 1))
    return problems


def words(pdf, page, wanted):
    pages = pages_of(pdf)
    if isinstance(page, str):  # "@TEXT": the page that holds TEXT
        at, _ = find(pages, page[1:])
        if at is None:
            return ["no page holds %r" % page[1:]]
        page = at + 1
    if page > len(pages):
        return ["no page %d" % page]
    tokens = [t for s in pages[page - 1][2] for t in s[5].split()]
    problems = []
    for w in wanted:
        if w not in tokens:
            cut = [t for t in tokens if t != w and len(t) < len(w) and w.startswith(t)]
            problems.append("'%s' not whole on page %d%s" % (w, page, (" (printed '%s')"
                            % "' '".join(cut)) if cut else ""))
    return problems


def attachments(pdf, spec):
    pages = pages_of(pdf)
    plan = [(p.split(":")[0], int(p.split(":")[1])) for p in spec.split(",")]
    total = sum(n for _, n in plan)
    start = len(pages) - total
    problems = []
    if start < 1:
        return ["%d pages, the attachments need %d" % (len(pages), total)]
    at = start
    for k, (orient, n) in enumerate(plan, 1):
        label = "Biểu %02d" % k
        for j in range(n):
            w, h, spans = pages[at + j]
            where = "%s page %d (PDF page %d)" % (label, j + 1, at + j + 1)
            if (w > h) != (orient == "L"):
                problems.append("%s: %s" % (where, "landscape" if w > h else "portrait"))
            head = [s for s in spans if s[3] < 20]
            body = sorted([s for s in spans if s[3] >= 20], key=lambda s: (s[0], s[1]))
            if j == 0:
                if head:
                    problems.append("%s: a page number %r" % (where, head[0][5]))
                texts = [s[5] for s in body]
                if not texts or texts[0] != label:
                    problems.append("%s: first line %r" % (where, texts[:1]))
                if not any(t == "1" for t in texts):
                    problems.append("%s: no first row (STT 1) on the title's page" % where)
            else:
                num = [s for s in head if s[5] == str(j + 1)]
                if not num or abs((num[0][1] + num[0][2]) / 2 - (30 + w - 15) / 2) > 2:
                    problems.append("%s: page number %r" % (where, [s[5] for s in head]))
                top = body[0][0] if body else 0
                if not any(b[5] == "STT" and b[0] < top + 15 for b in body):
                    problems.append("%s: no header row at its top (%r)"
                                    % (where, [b[5] for b in body[:3]]))
        at += n
    return problems


def docxsign(path, n, k):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    tables = [t for t in d.tables if "Nơi nhận" in t.rows[0].cells[0].text] if d.tables else []
    if not tables:
        return ["no table with 'Nơi nhận'"]
    t = tables[0]
    rows = t.rows
    problems = []
    if len(rows) != 1 + n - k:
        problems.append("%d rows, want 1 + %d" % (len(rows), n - k))
    first = rows[0]
    left = [p.text for p in first.cells[0].paragraphs]
    right = " ".join(p.text for p in first.cells[1].paragraphs)
    want = ["Nơi nhận:"] + ["- Phòng ban số %d của UBND huyện Tân Phú;" % i
                            for i in range(1, k + 1)]
    if left != want:
        problems.append("first row's recipients %r" % left[:3] + "..." + repr(left[-2:]))
    if "TM. ỦY BAN NHÂN DÂN" not in right or "Nguyễn Văn A" not in right:
        problems.append("first row's right cell %r" % right)
    for i, row in enumerate(rows):
        trpr = row._tr.trPr
        if trpr is None or trpr.find(qn("w:cantSplit")) is None:
            problems.append("row %d may split" % (i + 1))
    for i, row in enumerate(rows[1:], k + 1):
        text = row.cells[0].text
        end = "." if i == n else ";"
        want = "- Lưu: VT." if i == n else "- Phòng ban số %d của UBND huyện Tân Phú%s" % (i, end)
        if text != want:
            problems.append("row for recipient %d: %r" % (i, text))
            break
        keep = row.cells[0].paragraphs[0]._p.pPr.find(qn("w:keepNext")) is not None
        if keep != (i == n - 1):
            problems.append("row for recipient %d: keepNext %s" % (i, keep))
    return problems


def main(argv):
    cmd = argv[1]
    if cmd == "signing":
        problems = signing(argv[2], int(argv[3]))
    elif cmd == "beside":
        problems = beside(argv[2])
    elif cmd == "words":
        at = argv[3]
        problems = words(argv[2], at if at.startswith("@") else int(at), argv[4:])
    elif cmd == "attachments":
        problems = attachments(argv[2], argv[3])
    elif cmd == "docxsign":
        problems = docxsign(argv[2], int(argv[3]), int(argv[4]))
    else:
        print("unknown subcommand %s" % cmd)
        return 2
    print("; ".join(problems) if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
