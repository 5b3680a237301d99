#!/usr/bin/python3
"""tools/round22.py KHGEN WORK [--seeds A-B] [--no-gen] PLAN... - round trips.

The round-trip differential test of session 22 (issue 8: officials start
from last year's Word plan, review drafts by what changed, and move plans
from year to year; each path must keep what the plan says). For each PLAN
(a plan file, or a .txt/.docx/.md seed, imported first and taken as the
plan), copied with its directory into WORK so that its `include:` files
resolve, it checks these paths:

  import    the plan built (md, html, docx, xlsx); its .md and its .docx
            each imported (`khgen import`) and the import built again: the
            two builds' documents are compared token by token, case kept
            (every word, number, punctuation mark of the .md as pandoc
            reads it, the .html, the .docx as python-docx reads it), every
            table cell row by row (.html and .docx), every sheet's cells
            (.xlsx); and `khgen diff PLAN IMPORT` must say nothing changed
            (exit 0, no output);
  fixed     the .docx's import built to .docx and imported again (plan ->
            docx -> plan -> docx -> plan): the second import is the first
            (a fixed point), but for the comment naming the file;
  new       `khgen new --year Y+1`, then `khgen diff` of the two years:
            the model (README, "The yearly cycle") is the documents' own
            difference - the .md of both years compared token by token, a
            year moved by one (1900-2999) a year move, anything else a real
            change. Every real change must be in what diff prints (its
            [-...-] and {+...+} words), and each part diff prints must hold
            a real change (a part whose only change is years moved is
            counted in the "Năm" line, not listed). `new --year Y` of the
            new plan must then build to the plan's documents again, but for
            the header's date and number, which `new` clears;
  convert   the plan written in UTF-16 (with its BOM) and in Windows-1258
            (the tone marks combining, as that code page writes them), each
            `khgen convert`ed back: it builds to the same documents, byte
            for byte (.md, .html), token for token (.docx, .xlsx).

A difference is printed "not ok - PLAN PATH: ..." with the first tokens
that differ; "ok - PLAN PATH" otherwise, "skip" for a plan that does not
check. --seeds A-B adds the random plans of tests/hardening/genplan.py for
seeds A to B, each plain, --more, and --stress --more. Exits 1 if any path
differs. The long sweep (README, "Testing"):
`python3 tools/round22.py ./khgen /tmp/r22 --seeds 1-40 plans/*.yaml
tests/e2e/plans/*.yaml` (and the seeds of real plans, .txt, .docx or .md).
--paths chooses the paths (import,fixed,new,convert: all).
--limits takes out of the random plans of --seeds what README names as
import's limits (LIMITS below, each with the README's words), so that
what is left must come back whole; each plan's line says which it took
out ("limits: merge, portrait"). Real plans are never changed.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(TOP, "tests", "hardening"))
import formats10 as f  # noqa: E402
import formats11 as g  # noqa: E402

TOKEN = re.compile(r"\w+|[^\w\s]")
FORMATS = "md,html,docx,xlsx"


def run(*argv, **kw):
    return subprocess.run([str(a) for a in argv], capture_output=True, **kw)


def toks(text):
    """Words, numbers and each punctuation mark, case kept."""
    return TOKEN.findall(unicodedata.normalize("NFC", text))


def diffs(a, b, n=4):
    """The first N places where token lists A and B differ, in context."""
    out = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        out.append("%s: %r -> %r (after %r)" % (op, " ".join(a[i1:i2])[:160],
                                                 " ".join(b[j1:j2])[:160],
                                                 " ".join(a[max(0, i1 - 6):i1])))
        if len(out) >= n:
            break
    return out


def sheets(path):
    import openpyxl
    out = []
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = [f.shown(c.value, c.number_format) for c in row if c.value is not None]
            if cells:
                rows.append(" | ".join(cells))
        out.append((ws.title, rows))
    return out


def documents(base):
    """What an official reads of the documents BASE.{md,html,docx,xlsx}:
    token lists by format, tables as rows of cells."""
    d = {}
    with open(base + ".html", encoding="utf-8") as h:
        page = h.read()
    d["html"] = toks(f.html_text(page))
    d["md"] = toks(f.md_text(base + ".md"))
    d["docx"] = toks(f.docx_text(base + ".docx"))
    d["html tables"] = [" | ".join(c.strip() for c in r)
                        for t in g.html_rows(page) for r in t + [["/"]]]
    d["docx tables"] = [" | ".join(c.strip() for c in r)
                        for t in g.docx_rows(base + ".docx") for r in t + [["/"]]]
    if os.path.exists(base + ".xlsx"):
        d["xlsx"] = [t + ": " + r for t, rows in sheets(base + ".xlsx") for r in rows]
    else:
        d["xlsx"] = []
    return d


def compare_docs(a, b):
    bad = []
    for k in a:
        if a[k] != b.get(k):
            bad += ["%s: %s" % (k, x) for x in diffs(a[k], b.get(k) or [], 3)]
    return bad


def build(khgen, plan, out, fmts=FORMATS):
    b = run(khgen, "build", "-o", out, "-f", fmts, plan)
    stem = os.path.splitext(os.path.basename(plan))[0]
    return b, os.path.join(out, stem)


def without_head_comment(text):
    """An import's plan but the comment lines above its first key, which
    name the file it was read from."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    return "\n".join(lines[i:])


def path_import(khgen, work, plan, base, docs):
    bad = []
    for kind in ("md", "docx"):
        imp = os.path.join(os.path.dirname(plan), "imp-%s.yaml" % kind)
        i = run(khgen, "import", "--force", "-o", imp, base + "." + kind)
        if i.returncode != 0:
            bad.append("%s: import failed: %s" % (kind, i.stderr.decode()[-300:]))
            continue
        b, base2 = build(khgen, imp, os.path.join(work, "o-imp-" + kind))
        if b.returncode != 0:
            bad.append("%s: the import does not build: %s" % (kind, b.stderr.decode()[-300:]))
            continue
        bad += ["%s import, %s" % (kind, x) for x in compare_docs(docs, documents(base2))]
        dd = run(khgen, "diff", "--no-color", plan, imp)
        if dd.returncode != 0 or dd.stdout:
            bad.append("%s: khgen diff PLAN IMPORT exit %d: %s" % (
                kind, dd.returncode, (dd.stdout + dd.stderr).decode()[:600]))
    return bad


def path_fixed(khgen, work, plan):
    bad = []
    d = os.path.dirname(plan)
    first = os.path.join(d, "imp-docx.yaml")
    if not os.path.exists(first):
        return ["no first import"]
    b, base = build(khgen, first, os.path.join(work, "o-fix"), "docx")
    if b.returncode != 0:
        return ["the first import does not build: " + b.stderr.decode()[-300:]]
    second = os.path.join(d, "imp-docx2.yaml")
    i = run(khgen, "import", "--force", "-o", second, base + ".docx")
    if i.returncode != 0:
        return ["second import failed: " + i.stderr.decode()[-300:]]
    with open(first, encoding="utf-8") as h:
        x = without_head_comment(h.read())
    with open(second, encoding="utf-8") as h:
        y = without_head_comment(h.read())
    if x != y:
        for line in difflib.unified_diff(x.split("\n"), y.split("\n"), "first", "second", n=1, lineterm=""):
            bad.append(line[:300])
            if len(bad) > 14:
                break
    return bad


YEAR = re.compile(r"^(19|2[0-9])\d\d$")


def year_move(a, b, dy):
    return len(a) == len(b) and all(
        x == y or (YEAR.match(x) and YEAR.match(y) and int(y) == int(x) + dy)
        for x, y in zip(a, b))


def plan_year(khgen, plan):
    """The plan's year as `new` reports it (a dry run with -o elsewhere)."""
    n = run(khgen, "new", "--from", plan, "--year", "2999", "-o",
            os.path.join(os.path.dirname(plan), "probe.yaml"), "--force")
    m = re.search(r"\((\d{4})\)", n.stdout.decode())
    return int(m.group(1)) if m else None


def diff_segments(text):
    """The words khgen diff prints deleted and inserted."""
    dels = re.findall(r"\[-(.*?)-\]", text, re.S)
    ins = re.findall(r"\{\+(.*?)\+\}", text, re.S)
    return dels, ins


HEADER_PART = re.compile(r"^@@ (Năm|Số|Ngày|Đầu văn bản|Tiêu đề văn bản)", re.M)


def unsigned(text):
    """TEXT with the plan's number and day blank, as `new` leaves them:
    "Số: 12/KH-UBND", "Kế hoạch số 12/KH-UBND ngày 15/3/2024" (the
    attachments' line) and "ngày 15 tháng 03 năm 2024" read as unsigned."""
    text = re.sub(r"(Số:|[Kk]ế hoạch số)[ \u00a0]*\d*[ \u00a0]*/", r"\1 /", text)
    text = re.sub(r"ngày[ \u00a0]+\d{1,2}/(\d{1,2})/(\d{4})",
                  lambda m: "ngày tháng %d năm %s" % (int(m.group(1)), m.group(2)), text)
    return re.sub(r"ngày[ \u00a0]+(\d{1,2}[ \u00a0]+)?tháng[ \u00a0]+0?(\d{1,2})",
                  r"ngày tháng \2", text)


# README ("Plans in git"): a year before a word, not after "năm" nor in a
# date or a range ("thôn 2025 Hiệp", "2024 sản phẩm"), is read as an
# amount: its part is shown, the safe side
BEFORE_WORD = re.compile(r"(?:^|(\S*)[ \u00a0])\[-\d{4}-\]\{\+\d{4}\+\}[*_]*[ \u00a0]+[*_(]*[^\W\d_]",
                         re.M)


def before_word(hunk):
    return any(m.group(1) is None or m.group(1).lower().strip("*_") != "năm"
               for m in BEFORE_WORD.finditer(hunk)) or unclear_year(hunk)


# README ("Plans in git", s27fixcycle): a figure is a year only where the
# text names one - after "năm", in a date or a month, an end of a range of
# years, the plan's year after a word of time or of a table's column, after
# such a year and ",", "và", "hoặc", "đến"; a year's {year} or a year
# column's cell diff knows, a table's cell written with {year} it does not
# (its part is shown, the safe side). A hunk whose moved year stands
# elsewhere is rightly listed.
MOVED = re.compile(r"\[-(\d{4})-\]\{\+(\d{4})\+\}")
CLEAR_BEFORE = re.compile(
    r"(?:(?:năm|tháng|quý|qúy|đến|tới|trong|hết|cuối|đầu|giữa|từ|sau|trước|kế hoạch|thực hiện"
    r"|ước|dự toán|kh|th|ưth)[ \u00a0*_]+(?:\d{1,2}[/.-])?|\d{1,2}[/.-]\d{1,2}[/.-]|[IV]+/"
    r"|\d{4} ?[-–/] ?|\d{4}(?:,| và| hoặc| đến) )$", re.I)
CLEAR_AFTER = re.compile(r"^(?: ?[-–/] ?\d{4}|-\d{2}-\d{2})")


def unclear_year(hunk):
    new_side = MOVED.sub(lambda m: m.group(2), hunk)
    old_side = MOVED.sub(lambda m: m.group(1), hunk)
    for m in MOVED.finditer(hunk):
        start = len(MOVED.sub(lambda x: x.group(2), hunk[:m.start()]))
        before, after = new_side[max(0, start - 24):start], new_side[start + 4:start + 12]
        ostart = len(MOVED.sub(lambda x: x.group(1), hunk[:m.start()]))
        obefore, oafter = old_side[max(0, ostart - 24):ostart], old_side[ostart + 4:ostart + 12]
        if not ((CLEAR_BEFORE.search(before) or CLEAR_AFTER.match(after)) and
                (CLEAR_BEFORE.search(obefore) or CLEAR_AFTER.match(oafter))):
            return True
    return False


def path_new(khgen, work, plan, base):
    bad = []
    y = plan_year(khgen, plan)
    if y is None:
        return ["new: no year reported"]
    nxt = os.path.join(os.path.dirname(plan), "next.yaml")
    n = run(khgen, "new", "--from", plan, "--year", y + 1, "-o", nxt, "--force")
    if n.returncode not in (0,):
        return ["new failed (exit %d): %s" % (n.returncode, (n.stdout + n.stderr).decode()[-300:])]
    b, base2 = build(khgen, nxt, os.path.join(work, "o-next"), "md")
    if b.returncode != 0:
        return ["next year's plan does not build: " + b.stderr.decode()[-300:]]
    a, c = toks(f.md_text(base + ".md")), toks(f.md_text(base2 + ".md"))
    real = []
    sm = difflib.SequenceMatcher(None, a, c, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and year_move(a[i1:i2], c[j1:j2], 1)):
            continue
        real.append((a[i1:i2], c[j1:j2], a[max(0, i1 - 5):i1]))
    dd = run(khgen, "diff", "--no-color", plan, nxt)
    out = dd.stdout.decode()
    if dd.returncode not in (0, 1):
        return ["diff exit %d: %s" % (dd.returncode, dd.stderr.decode()[:300])]
    dels, ins = diff_segments(out)
    dtoks = toks(" ".join(dels))
    itoks = toks(" ".join(ins))
    for old, new, ctx in real:
        lost = [t for t in old if t not in dtoks and not YEAR.match(t)]
        added = [t for t in new if t not in itoks and not YEAR.match(t)]
        if lost or added:
            bad.append("new: a change diff does not show: %r -> %r (after %r)" % (
                " ".join(old)[:120], " ".join(new)[:120], " ".join(ctx)))
    # each hunk listed must hold a change that is no year move
    for hunk in re.split(r"(?m)^(?=@@ )", out):
        if not hunk.startswith("@@ ") or HEADER_PART.match(hunk):
            continue
        hd, hi = diff_segments(hunk)
        head = hunk.split("\n", 1)[0]
        if not hd and not hi and not re.search(r": (thêm|bỏ|chuyển)", head):
            if "định dạng" not in hunk:
                bad.append("new: a part listed with nothing changed: %s" % hunk[:300])
            continue
        if hd and hi and len(hd) == len(hi) and all(
                year_move(toks(x), toks(z), 1) for x, z in zip(hd, hi)) and \
                not re.search(r": (thêm|bỏ|chuyển)", head) and not before_word(hunk):
            bad.append("new: a part listed whose only change is the year: %s" % hunk[:300])
    # and back: next year's plan moved to this year builds to this plan
    back = os.path.join(os.path.dirname(plan), "back.yaml")
    n2 = run(khgen, "new", "--from", nxt, "--year", y, "-o", back, "--force")
    if n2.returncode != 0:
        return bad + ["new back failed: " + (n2.stdout + n2.stderr).decode()[-300:]]
    b, base3 = build(khgen, back, os.path.join(work, "o-back"), "md,html")
    if b.returncode != 0:
        return bad + ["the plan moved back does not build: " + b.stderr.decode()[-300:]]
    x = toks(unsigned(f.md_text(base + ".md")))
    z = toks(unsigned(f.md_text(base3 + ".md")))
    sm = difflib.SequenceMatcher(None, x, z, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        bad.append("new and back: %s %r -> %r (after %r)" % (
            op, " ".join(x[i1:i2])[:120], " ".join(z[j1:j2])[:120], " ".join(x[max(0, i1 - 5):i1])))
        if len(bad) > 12:
            break
    return bad


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_text(s):
    """S as Windows-1258 writes Vietnamese: the base letter precomposed
    (ă, ê, ơ ...), its tone mark a combining character after it; None when
    the code page cannot hold S."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch in TONES:
            out.append(ch)
        elif unicodedata.combining(ch) and out:
            # compose with the base, past any tone marks already there
            k = len(out) - 1
            while k > 0 and out[k] in TONES:
                k -= 1
            out[k] = unicodedata.normalize("NFC", out[k] + ch)
        else:
            out.append(ch)
    t = "".join(out)
    try:
        return t.encode("cp1258")
    except UnicodeEncodeError:
        return None


def path_convert(khgen, work, plan, base, docs):
    bad = []
    with open(plan, encoding="utf-8") as h:
        text = h.read()
    d = os.path.dirname(plan)
    for name, data in (("utf-16", b"\xff\xfe" + text.encode("utf-16le")),
                       ("cp1258", cp1258_text(text))):
        if data is None:
            continue
        src = os.path.join(work, "enc-" + name)
        with open(src, "wb") as h:
            h.write(data)
        # the converted plan beside the plan, under its name, so that its
        # includes resolve and its documents are named alike
        cplan = os.path.join(d, "..", "conv-" + name, os.path.basename(plan))
        shutil.rmtree(os.path.dirname(cplan), ignore_errors=True)
        shutil.copytree(d, os.path.dirname(cplan),
                        ignore=shutil.ignore_patterns("conv-*"))
        c = run(khgen, "convert", "--force", "-o", cplan, src)
        if c.returncode != 0:
            bad.append("%s: convert failed: %s" % (name, c.stderr.decode()[-300:]))
            continue
        b, cbase = build(khgen, cplan, os.path.join(work, "o-conv-" + name))
        if b.returncode != 0:
            bad.append("%s: the converted plan does not build: %s" % (name, b.stderr.decode()[-300:]))
            continue
        for ext in ("md", "html"):
            with open(base + "." + ext, "rb") as h1, open(cbase + "." + ext, "rb") as h2:
                if h1.read() != h2.read():
                    bad.append("%s: the .%s differs from the plan's" % (name, ext))
        bad += ["%s: %s" % (name, x) for x in compare_docs(docs, documents(cbase))]
    return bad


def one(khgen, work, plan, paths):
    """Every path for PLAN; prints its lines, returns the number that differ."""
    name = re.sub(r"[^\w.-]", "_", os.path.relpath(plan))
    w = os.path.join(work, name)
    shutil.rmtree(w, ignore_errors=True)
    src_dir = os.path.join(w, "src")
    if plan.endswith((".yaml", ".yml")):
        shutil.copytree(os.path.dirname(os.path.abspath(plan)), src_dir,
                        ignore=shutil.ignore_patterns("*.docx", "*.xlsx", "*.pdf", "output"))
        src = os.path.join(src_dir, os.path.basename(plan))
    else:
        os.makedirs(src_dir)
        src = os.path.join(src_dir, "seed.yaml")
        i = run(khgen, "import", "--force", "-o", src, plan)
        if i.returncode != 0:
            print("skip - %s (import failed)" % plan)
            return 0
    c = run(khgen, "check", src)
    if c.returncode != 0:
        print("skip - %s (does not check: %s)" % (plan, c.stderr.decode()[-160:].replace("\n", " ")))
        return 0
    b, base = build(khgen, src, os.path.join(w, "o"))
    if b.returncode != 0:
        print("not ok - %s build: %s" % (plan, b.stderr.decode()[-300:]))
        return 1
    docs = documents(base)
    failed = 0
    for p in paths:
        if p == "import":
            why = path_import(khgen, w, src, base, docs)
        elif p == "fixed":
            why = path_fixed(khgen, w, src)
        elif p == "new":
            why = path_new(khgen, w, src, base)
        else:
            why = path_convert(khgen, w, src, base, docs)
        if why:
            failed += 1
            print("not ok - %s %s" % (plan, p))
            for x in why[:10]:
                print("    " + x.replace("\n", "\n    ")[:700])
        else:
            print("ok - %s %s" % (plan, p))
        sys.stdout.flush()
    return failed


# The limits of `khgen import` that README names (section "Starting from an
# existing plan"), each: (name, README's words, a function that takes it
# out of a plan's data and returns whether the plan had it).
SPACES = {"\u00a0": " ", "\u202f": " ", "\u00ad": "", "\u200b": ""}
SPACES.update({chr(c): " " for c in range(0x2000, 0x200b)})


def _walk(x, fn):
    """Calls fn on every mapping in x; returns whether any call said yes."""
    hit = False
    if isinstance(x, dict):
        hit = fn(x) or hit
        for v in x.values():
            hit = _walk(v, fn) or hit
    elif isinstance(x, list):
        for v in x:
            hit = _walk(v, fn) or hit
    return hit


def _drop(key):
    return lambda d: d.pop(key, None) is not None


def _spaces(d):
    hit = False
    for k, v in list(d.items()):
        items = v if isinstance(v, list) else [v]
        out = []
        for t in items:
            if isinstance(t, str) and any(c in t for c in SPACES):
                hit = True
                t = "".join(SPACES.get(c, c) for c in t)
            out.append(t)
        d[k] = out if isinstance(v, list) else out[0]
    return hit


READ_LABELS = {"", "1)", "a.", "IV.", "1.1", "5."}
HEADINGS = ("part", "section", "clause", "subclause")


NODES = ("part", "section", "clause", "subclause", "point", "bullet", "para", "task")


def _odd_label(d):
    """A body node's label (not an attachment's "Biểu 01")."""
    return (any(k in d for k in NODES) and "label" in d and d["label"] not in READ_LABELS and
            d.pop("label") is not None)


def _upper(d):
    return d.get("style") == "upper" and d.pop("style") is not None


# emphasis inside a word, as genplan.py writes it ("a*b*c", and --stress's
# "a**b**c", "*a*b"), and what it prints
INNER = (("a**b**c", "abc"), ("a*b*c", "abc"), ("*a*b", "ab"))


def _inner_emphasis(d):
    hit = False
    for k in HEADINGS + ("title", "table"):
        for was, now in INNER:
            if isinstance(d.get(k), str) and was in d[k]:
                d[k] = d[k].replace(was, now)
                hit = True
    return hit


def _unescaped(t, ch):
    """The places of ch in t that no backslash escapes."""
    out, i = [], 0
    while i < len(t):
        if t[i] == "\\":
            i += 2
            continue
        if t[i] == ch:
            out.append(i)
        i += 1
    return out


def _escape_all(t, ch):
    at = set(_unescaped(t, ch))
    return "".join("\\" + c if i in at else c for i, c in enumerate(t))


def _code_in(v):
    """v (a text, or lists of them: a table's rows) with code spans (two
    backticks or more) written as literal backticks; whether it had one."""
    if isinstance(v, list):
        hits = [_code_in(x) for x in v]
        v[:] = [x for x, _ in hits]
        return v, any(h for _, h in hits)
    if isinstance(v, str) and len(_unescaped(v, "`")) >= 2:
        return _escape_all(v, "`"), True
    return v, False


def _code(d):
    hit = False
    for k, v in list(d.items()):
        d[k], h = _code_in(v)
        hit = hit or h
    return hit


def _heading_emphasis(d):
    """Emphasis in a heading's title, a caption or a title, or in a text
    given a `text_style` (printed bold or italic whole): its stars literal."""
    hit = False
    keys = HEADINGS + ("title", "table") + (("text",) if d.get("text_style") else ())
    for k in keys:
        if isinstance(d.get(k), str) and _unescaped(d[k], "*"):
            d[k] = _escape_all(d[k], "*")
            hit = True
    return hit


RANKS = {"part": 5, "section": 4, "clause": 3, "subclause": 2, "point": 1}


def _place(d):
    """A part whose place prints the same as another's, taken out: a
    point, bullet or paragraph after a `subclause` among its siblings, a
    bullet or paragraph after a `point` (each prints as that one's own), a
    paragraph after a heading with its text and no items, a heading inside
    one of its own rank or a lower one (KH121: "IV." inside "3.1.")."""
    items = d.get("items")
    if not isinstance(items, list):
        return False
    own = next((RANKS[k] for k in RANKS if k in d), None)
    keep, after, hit = [], 0, False
    for it in items:
        kind = next((k for k in NODES if isinstance(it, dict) and k in it), None)
        para = isinstance(it, str) or kind == "para"
        prev = keep[-1] if keep else None
        after_text = (isinstance(prev, dict) and "text" in prev and not prev.get("items") and
                      any(k in prev for k in HEADINGS))
        rank = RANKS.get(kind, 0)
        if ((after and rank < after and kind != "task") or (para and after_text) or
                (own and rank >= own)):
            hit = True
            continue
        after = max(after, 2 if kind == "subclause" else 1 if kind == "point" else 0)
        keep.append(it)
    items[:] = keep
    return hit


LIMITS = [
    ("merge", "how an attachment table or a table in the body was made (... `merge:`); "
              "the STT column, group rows and totals row are read back \"not in a table "
              "with merged cells\"", _drop("merge")),
    ("portrait", "an attachment's `orientation` (its pages come back landscape, the default",
     _drop("orientation")),
    ("spaces", "Word's no-break spaces ... read as spaces, and so are the spaces of other "
               "widths ...; soft hyphens and zero-width spaces are left out", _spaces),
    ("label", "a label that is none of a list's (\"Điều 1.\", \"(*)\", \"**\") is read as "
              "the paragraph's first words", _odd_label),
    ("upper", "a heading styled `upper` comes back written in capitals", _upper),
    ("inner emphasis", "emphasis inside a word of a heading, a table's caption or the title "
                       "(\"a*b*c\"): the .md prints the heading's emphasis over its words",
     _inner_emphasis),
    ("code", "a code span (`mã`) comes back from the .docx as its text", _code),
    ("heading emphasis", "emphasis inside a heading, a caption or the plan's title, which print "
                         "bold or italic whole (and inside a heading's text given a `text_style`): "
                         "the .docx does not tell", _heading_emphasis),
    ("place", "a `point` (or a paragraph) placed after a `subclause` but under the clause above "
              "it prints under that sub-clause's last line exactly as one of the sub-clause's own, "
              "and comes back inside it (so does a paragraph after a heading with its text", _place),
    ("catalog", "an assignment ... (in a plan of 2025 or before, whose catalog has the codes)",
     None),
]


def take_out_limits(path):
    """The plan at path (genplan.py writes JSON) without what LIMITS name;
    the names of those it had."""
    import json
    with open(path, encoding="utf-8") as h:
        data = json.load(h)
    had = [name for name, _, fn in LIMITS if fn and _walk(data, fn)]
    # the catalog is QĐ 318's, 2021-2025: a later plan's assignments are text
    year = str(data.get("header", {}).get("date", ""))[:4]
    if year.isdigit() and int(year) > 2025 and _walk(data, _drop("assign")):
        had.append("catalog")
    with open(path, "w", encoding="utf-8") as h:
        json.dump(data, h, ensure_ascii=False, indent=1)
    return had


def main():
    args = sys.argv[1:]
    khgen, work = os.path.abspath(args[0]), os.path.abspath(args[1])
    args = args[2:]
    paths = ["import", "fixed", "new", "convert"]
    plans = []
    seeds = []
    limits = False
    i = 0
    while i < len(args):
        if args[i] == "--seeds":
            lo, _, hi = args[i + 1].partition("-")
            seeds = range(int(lo), int(hi or lo) + 1)
            i += 2
        elif args[i] == "--limits":
            limits = True
            i += 1
        elif args[i] == "--paths":
            paths = args[i + 1].split(",")
            i += 2
        else:
            plans.append(args[i])
            i += 1
    os.makedirs(work, exist_ok=True)
    gen = os.path.join(work, "gen")
    os.makedirs(gen, exist_ok=True)
    for s in seeds:
        for tag, extra in (("p", []), ("m", ["--more"]), ("s", ["--stress", "--more"])):
            out = os.path.join(gen, "%s%d" % (tag, s), "%s%d.yaml" % (tag, s))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            subprocess.run([sys.executable, os.path.join(TOP, "tests", "hardening", "genplan.py"),
                            str(s), out] + extra, check=True)
            if limits:
                print("# %s%d limits: %s" % (tag, s, ", ".join(take_out_limits(out)) or "none"))
            plans.append(out)
    failed = 0
    for p in plans:
        failed += one(khgen, work, p, paths)
    print("%d paths differ" % failed)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
