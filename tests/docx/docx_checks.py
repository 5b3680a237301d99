#!/usr/bin/env python3
"""docx_checks.py - what khgen's Word document must be, checked with real readers.

    python3 tests/docx/docx_checks.py structure NAME DOCX HTML
    python3 tests/docx/docx_checks.py print NAME HTML PDF
    python3 tests/docx/docx_checks.py pages NAME HTML PDF

Prints "ok - ..." / "not ok - ..." per check; exits 1 if any failed.

structure: python-docx opens the .docx (HTML is the same plan's page, for
  what the document must contain) and confirms:
  - every paragraph of the body has a named style, and the "KH ..." styles
    of the body nodes the plan has are in use (KH Section, KH Clause, ...);
  - one section for the plan and one per attachment, each attachment's
    section landscape where the HTML's is, restarting its page numbers at
    1; every section has the different-first-page flag and a header with a
    PAGE field;
  - each attachment table repeats its header rows (w:tblHeader) and has
    merged cells (gridSpan, vMerge) exactly where the HTML's has colspan
    and rowspan;
  - the document defaults set Times New Roman for every script slot
    (ascii, hAnsi, cs, eastAsia) at the body size, and the core properties
    have a title and the creator khgen.
print: the PDF LibreOffice printed from the .docx, measured with poppler
  (pdftotext -bbox):
  - margins of the plan's pages within 1 mm of top 20, bottom 20, left 30,
    right 15 mm (left, right, top: the text block's extreme words over all
    its pages; bottom: the lowest text of the full pages, all but the last,
    when there are two or more, else only that no text enters the margin);
  - the body at 14 pt: the commonest word height of the plan's pages is
    that of 14 pt text (LibreOffice's PDF gives Times New Roman and its
    metric-compatible fonts a word box of 1.3 em);
  - "Nơi nhận:" and the first line of the signature stand within 2 pt of
    the same height (the bottoms of their word boxes), on the same page.
pages: the page numbers of the print (first page numberless, 2 at the top
  of page 2, each attachment on its own) and no heading at the foot of a
  page, by tests/html/pdf_checks.py's own checks.
"""

import os
import re
import sys
import zipfile
import collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "html"))
import pdf_checks  # noqa: E402  (the HTML print's checks, reused)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MM = 72 / 25.4
results = pdf_checks.results
check = pdf_checks.check


def html_of(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# ---- structure (python-docx) ----------------------------------------------------

def structure(name, docx_path, html_path):
    import docx  # python3-docx
    from docx.enum.section import WD_ORIENT

    page = html_of(html_path)
    doc = docx.Document(docx_path)

    # named styles
    styles = [p.style.name if p.style is not None else None for p in doc.paragraphs]
    check(all(styles), "%s: every paragraph of the body has a named style" % name)
    used = set(styles)
    wanted = {"section": "KH Section", "clause": "KH Clause", "subclause": "KH Sub-clause",
              "point": "KH Point", "bullet": "KH Bullet", "task": "KH Task",
              "task-line": "KH Task Line", "basis": "KH Basis"}
    for cls, style in sorted(wanted.items()):
        if re.search(r'<p class="%s[ "]' % re.escape(cls), page):
            check(style in used, '%s: body nodes of class "%s" use the style "%s"'
                  % (name, cls, style), "styles in use: %s" % sorted(s for s in used if s))
    kh = sorted(s for s in used if s and s.startswith("KH "))
    check(len(kh) >= 6, "%s: %d named KH styles in use (%s)" % (name, len(kh), ", ".join(kh)))

    # sections
    attachments = pdf_checks.attachments_of(page)
    sections = doc.sections
    check(len(sections) == 1 + len(attachments),
          "%s: %d sections, one for the plan and one per attachment (%d)"
          % (name, len(sections), len(attachments)))
    for i, section in enumerate(sections):
        what = "the plan" if i == 0 else "attachment %d" % i
        want_landscape = i > 0 and i - 1 < len(attachments) and attachments[i - 1].landscape
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        wide = section.page_width > section.page_height
        check(landscape == want_landscape and wide == want_landscape,
              "%s: the section of %s is %s" % (name, what,
                                               "landscape" if want_landscape else "portrait"))
        check(section.different_first_page_header_footer,
              "%s: the section of %s has a different first page (no number on it)"
              % (name, what))
        header_xml = section.header._element.xml if section.header is not None else ""
        check(" PAGE " in header_xml or "PAGE" in header_xml,
              "%s: the section of %s has a PAGE field in its header" % (name, what))
        if i > 0:
            num = section._sectPr.find(W + "pgNumType")
            check(num is not None and num.get(W + "start") == "1",
                  "%s: the section of %s restarts its page numbers at 1" % (name, what))

    # tables: the first is the header block, the last (if any signature)
    # the signing block; the attachment tables have borders
    bordered = []
    for table in doc.tables:
        borders = table._tbl.tblPr.find(W + "tblBorders")
        top = borders.find(W + "top") if borders is not None else None
        if top is not None and top.get(W + "val") == "single":
            bordered.append(table)
    html_tables = re.findall(r'<table class="attachment-table">(.*?)</table>', page, re.S)
    check(len(bordered) == len(html_tables),
          "%s: %d attachment tables with full borders (the HTML has %d)"
          % (name, len(bordered), len(html_tables)))
    for i, (table, html_table) in enumerate(zip(bordered, html_tables), start=1):
        xml = table._tbl.xml
        n_header = html_table.count("<tr", 0, html_table.find("</thead>"))
        rows = table._tbl.findall(W + "tr")
        repeated = [r.find(W + "trPr") is not None and r.find(W + "trPr").find(W + "tblHeader")
                    is not None for r in rows]
        check(repeated[:n_header] == [True] * n_header and not any(repeated[n_header:]),
              "%s, table %d: its %d header row(s) repeat on every page" % (name, i, n_header))
        check(all(r.find(W + "trPr") is not None and r.find(W + "trPr").find(W + "cantSplit")
                  is not None for r in rows),
              "%s, table %d: no row splits across pages" % (name, i))
        spans = len(re.findall(r'colspan="', html_table))
        merges = len(re.findall(r'rowspan="', html_table))
        check(xml.count("<w:gridSpan ") == spans,
              "%s, table %d: %d horizontally merged cells, as the HTML's colspan"
              % (name, i, spans), "found %d" % xml.count("<w:gridSpan "))
        check(xml.count('<w:vMerge w:val="restart"/>') == merges,
              "%s, table %d: %d vertically merged cells, as the HTML's rowspan"
              % (name, i, merges), "found %d" % xml.count('<w:vMerge w:val="restart"/>'))

    # fonts, properties
    with zipfile.ZipFile(docx_path) as z:
        styles_xml = z.read("word/styles.xml").decode("utf-8")
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles_xml, re.S)
    fonts = re.search(r"<w:rFonts ([^>]*)/>", defaults.group(0)) if defaults else None
    slots = dict(re.findall(r'w:(\w+)="([^"]*)"', fonts.group(1))) if fonts else {}
    check(all(slots.get(s) == "Times New Roman" for s in ("ascii", "hAnsi", "cs", "eastAsia")),
          "%s: Times New Roman in every script slot of the default font" % name, str(slots))
    size = re.search(r'<w:sz w:val="(\d+)"/>', defaults.group(0)) if defaults else None
    check(size and size.group(1) == "28", "%s: the body size is 14 pt" % name)
    props = doc.core_properties
    check(props.author == "khgen" and props.title and props.title.startswith("KẾ HOẠCH"),
          '%s: document properties: creator khgen, title "%s"' % (name, props.title))


# ---- print (poppler) ----------------------------------------------------------------

def body_pages(html_path, pdf):
    """The plan's own pages (before its first attachment), portrait."""
    page = html_of(html_path)
    sizes = pdf_checks.page_sizes(pdf)
    texts = [pdf_checks.norm(pdf_checks.page_text(pdf, p)) for p in range(1, len(sizes) + 1)]
    first_att = len(sizes) + 1
    for att in pdf_checks.attachments_of(page):
        key = att.title[:60]
        for p in range(1, len(sizes) + 1):
            if key and key in texts[p - 1] and att.label in texts[p - 1]:
                first_att = p
                break
        break
    return list(range(1, first_att)), sizes


def print_checks(name, html_path, pdf):
    pages, sizes = body_pages(html_path, pdf)
    lefts, rights, tops, bottoms = [], [], [], []
    heights = collections.Counter()
    full = pages[:-1]  # the last page of the plan may end anywhere
    for p in pages:
        width, height = sizes[p - 1]
        words = [w for w in pdf_checks.page_words(pdf, p) if w[3] > pdf_checks.TOP_MARGIN_PT]
        if not words:
            continue
        lefts.append(min(w[0] for w in words))
        rights.append(width - max(w[2] for w in words))
        tops.append(min(w[1] for w in words))
        if p in full:
            bottoms.append(height - max(w[3] for w in words))
        for w in words:
            heights[round(w[3] - w[1], 1)] += 1
    if not pages:
        check(False, "%s: the plan's pages found in the PDF" % name)
        return
    for side, want, got in (("left", 30, min(lefts)), ("right", 15, min(rights)),
                            ("top", 20, min(tops))):
        check(abs(got / MM - want) <= 1.0, "%s: %s margin %.1f mm (want %d +- 1 mm)"
              % (name, side, got / MM, want))
    if len(bottoms) >= 2:
        got = min(bottoms)
        check(abs(got / MM - 20) <= 1.0, "%s: bottom margin %.1f mm (want 20 +- 1 mm)"
              % (name, got / MM))
    else:
        # a short plan has no full page (its signing block moves whole to
        # the next): only that nothing enters the margin can be checked
        got = min(bottoms) if bottoms else 20 * MM
        check(got / MM >= 19.0, "%s: no text in the bottom margin (%.1f mm left)"
              % (name, got / MM))
    common = heights.most_common(1)[0][0] if heights else 0
    check(abs(common / 1.3 - 14) <= 0.3, "%s: the body text is 14 pt (word box %.1f pt)"
          % (name, common))

    # "Nơi nhận:" beside the first line of the signature
    page = html_of(html_path)
    first_sig = re.search(r'<p class="signature-line">(.*?)</p>', page, re.S)
    if not first_sig or "recipients-title" not in page:
        print("# %s: no signature and recipients block to compare" % name)
        return
    sig_words = pdf_checks.norm(re.sub(r"<[^>]+>", "", first_sig.group(1))).split()
    found = False
    for p in range(1, len(sizes) + 1):
        words = pdf_checks.page_words(pdf, p)
        texts = [w[4] for w in words]
        for i in range(len(texts) - 1):
            if texts[i] == "Nơi" and texts[i + 1].startswith("nhận"):
                title = words[i]
                sig = next((w for w in words if w[4] == sig_words[0] and w[0] > title[2]), None)
                found = True
                check(sig is not None and abs(sig[3] - title[3]) <= 2.0,
                      '%s: "Nơi nhận:" and "%s" stand at the same height on page %d'
                      % (name, " ".join(sig_words), p),
                      "bottoms %.1f and %s" % (title[3], "%.1f" % sig[3] if sig else "missing"))
                break
        if found:
            break
    check(found, '%s: "Nơi nhận:" found in the PDF' % name)


def main(argv):
    if len(argv) == 5 and argv[1] == "structure":
        structure(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "print":
        print_checks(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "pages":
        pdf_checks.document(argv[2], argv[3], argv[4])
        pdf_checks.no_stranded_headings(argv[2], argv[3], argv[4])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
