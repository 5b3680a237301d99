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
             words must be the .docx's, but for a long word broken at a
             line end and the page numbers.

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
    if kind == "docx":
        return f.words(f.docx_text(path))
    if kind == "md":
        return f.words(f.md_text(path))
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
    plan = os.path.join(work, "p%s.yaml" % seed)
    run(sys.executable, os.path.join(HERE, "genplan.py"), str(seed), plan)
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


PAGE_NUMBER = re.compile(r"^\s*\d+\s*$", re.M)


def pdf(khgen, work, seed):
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
    text = PAGE_NUMBER.sub(" ", t.stdout.decode("utf-8").replace("\f", "\n"))
    # a word broken at a line end: "đơn-\nvị" is one word
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    a = f.words(f.docx_text(base + ".docx"))
    p = f.words(text)
    if a == p:
        return []
    # a long word LibreOffice breaks without a hyphen: join the pieces and
    # compare again
    if "".join(a) == "".join(p):
        return []
    return ["docx vs pdf: %s" % d for d in f.first_diffs(a, p, 6)]


def main():
    mode, khgen, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    test = {"roundtrip": roundtrip, "templates": templates, "pdf": pdf}[mode]
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
