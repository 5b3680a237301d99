#!/usr/bin/python3
"""tests/hardening/msgcount.py - one slip, one message: how many messages a
one-line slip of a drafter gives (issue 8, sessions 41-43).

    msgcount.py KHGEN WORKDIR [--count N] [--seed S] [--only ID,...]
                [--templates] [--list] [--verbose]

slips.py asks whether a slip is caught at a line that justifies it; this
tool asks how many messages it gives and where the first stands, the
measure of sessions 41-42's "one slip, one message" (their harness lived
in /tmp and was lost with the machine; this one is kept). It reads each
plan of plans/ and of tests/hardening/slips-seeds/ (and each file a plan
includes) line by line and makes the slips an official makes on one line:

  key-typo    a key misspelt (a letter of it dropped)
  empty       a value emptied ('key:' with nothing after it)
  delete      a line deleted (an include line, a key, a list item)
  paste       a line pasted twice
  indent      a line indented one or two spaces more or less
  rename      an id renamed at one place (a unit's, a level's, a
              locality's, an attachment's: where it is defined or used)

then keeps N of them (--count, default 2310) drawn with a fixed seed, so a
run is repeatable and two binaries see the same mutants. Each mutant is
written over its file in a copy of its directory and run with `KHGEN
check`, and, when that exits 0, `KHGEN build -f md -o -`, whose Markdown
is compared with the unchanged plan's. A message is a diagnostic line
(FILE:LINE:COL: error|warning[KHnnn]: TEXT); one the unchanged plan prints
too (same file, code and text) is not new. It prints, over the mutants:

  one new message / two or more / none, the document changed (exit 0, no
  new message, the Markdown differs) / none, the document the same /
  the first new message at the slip's line (the mutated line, or for a
  deleted line the line before or after where it stood) / exit >= 128
  (a crash: must be 0)

With --templates the wording templates (templates/wording.yaml copied into
a directory given to --templates) are mutated instead: a placeholder
misspelt, a brace deleted, a line (a phrase or its section) deleted, and
each mutant is checked against README's complete example; a template's
slip must give one message naming templates' file. --list prints the
mutants; --only replays some; --verbose prints each mutant's messages.
Results, one line a mutant, in WORKDIR/results.tsv. About 2 minutes on
the default count.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", ".."))
DIAG = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>error|warning)\[(?P<code>KH\d{3})\]: (?P<text>.*)$")
KEY = re.compile(r"^(?P<ind>\s*)(?P<dash>- )?(?P<key>[a-z_]+):(?P<rest>.*)$")
IDDEF = re.compile(r"\bid: ([a-z0-9][a-z0-9_-]*)")


def plans():
    """[(directory, plan file name)] of plans/ and slips-seeds/"""
    out = []
    for d in (os.path.join(TOP, "plans"), os.path.join(HERE, "slips-seeds")):
        for f in sorted(os.listdir(d)):
            if f.endswith(".yaml"):
                out.append((d, f))
    return out


def included(directory, plan):
    """the files the plan includes (relative paths), read from its include line"""
    text = open(os.path.join(directory, plan), encoding="utf-8").read()
    m = re.search(r"^include: \[([^\]]*)\]", text, re.M)
    return [s.strip() for s in m.group(1).split(",")] if m else []


def line_slips(lines, rnd):
    """(line index, kind, new lines, what) for each slip of one file"""
    ids = set()
    for ln in lines:
        ids.update(IDDEF.findall(ln.split(" #")[0]))
    out = []
    for i, ln in enumerate(lines):
        body = ln.split(" #")[0].rstrip()
        if not body.strip() or body.lstrip().startswith("#"):
            continue
        m = KEY.match(body)
        if m and len(m.group("key")) > 2:
            k = m.group("key")
            j = rnd.randrange(1, len(k))
            typo = k[:j] + k[j + 1:]
            new = ln.replace(k + ":", typo + ":", 1)
            out.append((i, "key-typo", lines[:i] + [new] + lines[i + 1:], k + " -> " + typo))
        if m and m.group("rest").strip() and m.group("rest").strip()[0] not in "|>":
            new = m.group("ind") + (m.group("dash") or "") + m.group("key") + ":"
            out.append((i, "empty", lines[:i] + [new] + lines[i + 1:], "'%s' emptied" % m.group("key")))
        out.append((i, "delete", lines[:i] + lines[i + 1:], "deleted"))
        out.append((i, "paste", lines[:i + 1] + [ln] + lines[i + 1:], "pasted twice"))
        ind = len(ln) - len(ln.lstrip(" "))
        d = rnd.choice([1, 2])
        if ind >= d and rnd.random() < 0.5:
            out.append((i, "indent", lines[:i] + [ln[d:]] + lines[i + 1:], "%d space(s) less" % d))
        else:
            out.append((i, "indent", lines[:i] + [" " * d + ln] + lines[i + 1:], "%d space(s) more" % d))
        words = [w for w in re.findall(r"[a-z0-9][a-z0-9_-]*", body) if w in ids and len(w) > 2]
        if words:
            w = rnd.choice(words)
            alt = w[:-1] if rnd.random() < 0.5 else w + "x"
            new = re.sub(r"(?<![a-z0-9_-])%s(?![a-z0-9_-])" % re.escape(w), alt, ln, count=1)
            if new != ln:
                out.append((i, "rename", lines[:i] + [new] + lines[i + 1:], w + " -> " + alt))
    return out


def template_slips(lines, rnd):
    """the slips of a wording template: a placeholder misspelt, a brace
    deleted, a line deleted"""
    out = []
    for i, ln in enumerate(lines):
        body = ln.split(" #")[0].rstrip()
        if not body.strip() or body.lstrip().startswith("#"):
            continue
        tags = list(re.finditer(r"\{\{([a-z_]+)\}\}", ln))
        if tags:
            t = rnd.choice(tags)
            name = t.group(1)
            j = rnd.randrange(1, len(name))
            typo = name[:j] + name[j + 1:]
            new = ln[:t.start(1)] + typo + ln[t.end(1):]
            out.append((i, "tpl-typo", lines[:i] + [new] + lines[i + 1:], name + " -> " + typo))
            b = rnd.choice([t.start(), t.end() - 1])
            new = ln[:b] + ln[b + 1:]
            out.append((i, "tpl-brace", lines[:i] + [new] + lines[i + 1:], "a brace deleted"))
        out.append((i, "delete", lines[:i] + lines[i + 1:], "deleted"))
    return out


def messages(err):
    return [m.groupdict() for m in map(DIAG.match, err.splitlines()) if m]


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", LANG="C.UTF-8"))
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def key(m):
    return (os.path.basename(m["file"]), m["code"], m["text"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("khgen")
    ap.add_argument("work")
    ap.add_argument("--count", type=int, default=2310)
    ap.add_argument("--seed", type=int, default=43)
    ap.add_argument("--only", default="")
    ap.add_argument("--templates", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    khgen = os.path.abspath(a.khgen)
    work = os.path.abspath(a.work)
    rnd = random.Random(a.seed)
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)

    # every mutant: (id, source directory, plan, mutated file (relative), line index, kind, lines, what)
    mutants = []
    if a.templates:
        tree = os.path.join(work, "tree")
        os.makedirs(tree)
        ex = os.path.join(tree, "ex.yaml")
        with open(os.path.join(TOP, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        m = re.search(r"### A complete example.*?```yaml\n(.*?)```", readme, re.S)
        open(ex, "w", encoding="utf-8").write(m.group(1))
        src = os.path.join(TOP, "templates", "wording.yaml")
        lines = open(src, encoding="utf-8").read().split("\n")
        for s in template_slips(lines, rnd):
            mutants.append((None, "tpl/wording.yaml") + s)
    else:
        for d, plan in plans():
            for f in [plan] + included(d, plan):
                lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
                for s in line_slips(lines, rnd):
                    mutants.append(((d, plan), f) + s)
    ids = list(range(len(mutants)))
    keep = sorted(random.Random(a.seed).sample(ids, min(a.count, len(ids))))
    if a.only:
        keep = [int(x) for x in a.only.split(",")]
    if a.list:
        for n in keep:
            where, f, i, kind, _, what = mutants[n]
            print("MUTANT %d %s %s:%d %s" % (n, kind, f, i + 1, what))
        return 0

    base = {}  # (plan dir, plan) -> (messages, markdown)
    counts = dict(one=0, many=0, silent_changed=0, silent_same=0, at_line=0, crash=0)
    results = open(os.path.join(work, "results.tsv"), "w", encoding="utf-8")
    for n in keep:
        where, f, i, kind, new, what = mutants[n]
        if a.templates:
            tree = os.path.join(work, "tree")
            tpl = os.path.join(tree, "tpl")
            shutil.rmtree(tpl, ignore_errors=True)
            os.makedirs(tpl)
            target, plan_path, extra = os.path.join(tpl, "wording.yaml"), "ex.yaml", ["--templates", "tpl"]
            if "tpl" not in base:
                shutil.copy(os.path.join(TOP, "templates", "wording.yaml"), target)
                rc, _, err = run([khgen, "check"] + extra + [plan_path], tree)
                _, md, _ = run([khgen, "build", "-f", "md", "-o", "-"] + extra + [plan_path], tree)
                base["tpl"] = (messages(err), md)
            ref = base["tpl"]
        else:
            d, plan = where
            tree = os.path.join(work, "tree-" + os.path.basename(d))
            if not os.path.isdir(tree):
                shutil.copytree(d, tree)
            target, plan_path, extra = os.path.join(tree, f), plan, []
            if where not in base:
                rc, _, err = run([khgen, "check", plan_path], tree)
                _, md, _ = run([khgen, "build", "-f", "md", "-o", "-", plan_path], tree)
                base[where] = (messages(err), md)
            ref = base[where]
        original = open(target, encoding="utf-8").read() if not a.templates else None
        open(target, "w", encoding="utf-8").write("\n".join(new))
        try:
            rc, _, err = run([khgen, "check"] + extra + [plan_path], tree)
            md_changed = False
            if rc == 0:
                _, md, _ = run([khgen, "build", "-f", "md", "-o", "-"] + extra + [plan_path], tree)
                md_changed = md != ref[1]
        finally:
            if original is not None:
                open(target, "w", encoding="utf-8").write(original)
        left = [key(m) for m in ref[0]]
        fresh = []
        for m in messages(err):
            if key(m) in left:
                left.remove(key(m))
            else:
                fresh.append(m)
        slip_lines = {i + 1} if kind != "delete" else {i, i + 1}
        if kind == "paste":
            slip_lines.add(i + 2)
        at = bool(fresh) and os.path.basename(fresh[0]["file"]) == os.path.basename(f) and \
            int(fresh[0]["line"]) in slip_lines
        if rc >= 128 or rc < 0:
            counts["crash"] += 1
        if len(fresh) == 1:
            counts["one"] += 1
        elif len(fresh) >= 2:
            counts["many"] += 1
        elif md_changed:
            counts["silent_changed"] += 1
        else:
            counts["silent_same"] += 1
        counts["at_line"] += at
        codes = " ".join(m["code"] + "@" + m["line"] for m in fresh)
        results.write("%d\t%s\t%s:%d\t%s\t%d\t%d\t%s\t%s\t%s\n" % (
            n, kind, f, i + 1, what, rc, len(fresh), "at" if at else "-",
            "changed" if md_changed else "-", codes))
        if a.verbose:
            print("MUTANT %d %s %s:%d %s: exit %d, %d new: %s" % (n, kind, f, i + 1, what, rc,
                                                                 len(fresh), codes))
    results.close()
    total = len(keep)
    print("%d mutants: one new message %d; two or more %d; none, document changed %d; "
          "none, document the same %d; first message at the slip's line %d; exit >= 128 %d"
          % (total, counts["one"], counts["many"], counts["silent_changed"],
             counts["silent_same"], counts["at_line"], counts["crash"]))
    return 1 if counts["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
