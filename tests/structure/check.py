#!/usr/bin/env python3
"""tests/structure/check.py - the shape of src/, checked.

  python3 tests/structure/check.py [SRC_DIR]

Four rules from the design (doc/layout.md, "Repository layout"):

  1. no include cycle between modules: module X (X.c, X.h and its private
     header X_impl.h) depends on module Y when one of them has
     `#include "Y.h"`; the graph of these
     dependencies must have no cycle (a stage may use the stages before it,
     never the ones after);
  2. no .c file over 1,200 lines;
  3. no function over 120 lines (a definition starts with a line opening at
     column 0 and its body runs from a "{" to a "}" both at column 0, the
     style of every file in src/);
  4. no strstr outside util.c: texts are searched with str_find (util.h),
     since the sanitizers' strstr measures the whole text on every call and
     a loop over the hits in a long text became quadratic under ASan.

What is over a limit today is listed in tests/structure/debt.txt (a file
name, or FILE:FUNCTION): such an entry passes, and says so; anything else
over a limit fails, and so does an entry that is no longer over its limit.

Generated tables (src/nfc_table.h) and the code registry's data
(src/codes.def) are headers, so rules 2 and 3 do not measure them.
Prints "ok - ..." / "not ok - ..." per rule and file, then "N passed, M
failed"; exits 1 if any failed.
"""
import os
import re
import sys

MAX_FILE_LINES = 1200
MAX_FUNCTION_LINES = 120

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "src")
passed = 0
failed = 0


def report(ok, what, detail=()):
    global passed, failed
    if ok:
        passed += 1
        print("ok - " + what)
    else:
        failed += 1
        print("not ok - " + what)
        for line in detail:
            print("    " + line)


debt = set()
debt_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "debt.txt")
if os.path.exists(debt_file):
    with open(debt_file, encoding="utf-8") as fh:
        debt = {l.strip() for l in fh if l.strip() and not l.startswith("#")}
debt_seen = set()

files = sorted(f for f in os.listdir(src) if f.endswith((".c", ".h")))


def module_of(stem):
    return stem[: -len("_impl")] if stem.endswith("_impl") else stem


modules = sorted({module_of(os.path.splitext(f)[0]) for f in files})
deps = {m: set() for m in modules}
include_re = re.compile(r'^\s*#\s*include\s+"([^"]+)\.h"', re.M)
for f in files:
    mod = module_of(os.path.splitext(f)[0])
    with open(os.path.join(src, f), encoding="utf-8") as fh:
        text = fh.read()
    for target in include_re.findall(text):
        target = module_of(target)
        if target != mod and target in deps:
            deps[mod].add(target)

# ---- 1. cycles: depth-first search, report each cycle found once
cycles = []
state = {m: 0 for m in modules}  # 0 new, 1 on the stack, 2 done
stack = []


def visit(m):
    state[m] = 1
    stack.append(m)
    for d in sorted(deps[m]):
        if state[d] == 1:
            cycles.append(stack[stack.index(d):] + [d])
        elif state[d] == 0:
            visit(d)
    stack.pop()
    state[m] = 2


sys.setrecursionlimit(10000)
for m in modules:
    if state[m] == 0:
        visit(m)
report(not cycles, "no include cycle between the %d modules of src/" % len(modules),
       [" -> ".join(c) for c in cycles])

# ---- 2 and 3. sizes
for f in files:
    if not f.endswith(".c"):
        continue
    with open(os.path.join(src, f), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    n = len(lines) - (1 if lines and lines[-1] == "" else 0)
    if n > MAX_FILE_LINES and f in debt:
        debt_seen.add(f)
        report(True, "%s: %d lines, over %d (known: tests/structure/debt.txt)" % (f, n, MAX_FILE_LINES))
    else:
        report(n <= MAX_FILE_LINES, "%s: %d lines (at most %d)" % (f, n, MAX_FILE_LINES))
    long_functions = []
    known = []
    start = None
    for i, line in enumerate(lines):
        if line.startswith("{"):
            start = i
            # the signature: the lines above, back to one that opens at column 0
            j = i - 1
            while j > 0 and (lines[j].startswith((" ", "\t")) or lines[j] == ""):
                j -= 1
            name = lines[j].strip()
            m = re.search(r"(\w+)\s*\(", name)
            fname = m.group(1) if m else name
        elif line.startswith("}") and start is not None:
            length = i - start + 1
            if length > MAX_FUNCTION_LINES:
                what = "%s:%d: %d lines: %s" % (f, start + 1, length, fname)
                if "%s:%s" % (f, fname) in debt:
                    debt_seen.add("%s:%s" % (f, fname))
                    known.append(what)
                else:
                    long_functions.append(what)
            start = None
    report(not long_functions, "%s: no function over %d lines%s" % (
        f, MAX_FUNCTION_LINES, " but the known: " + ", ".join(known) if known else ""),
        long_functions)

# ---- 4. str_find, not strstr
strstr_calls = []
for f in files:
    if f in ("util.c", "util.h"):
        continue
    with open(os.path.join(src, f), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if re.search(r"\bstr(case)?str\s*\(", line):
                strstr_calls.append("%s:%d: %s" % (f, i, line.strip()))
report(not strstr_calls, "no strstr in src/ outside util.c (str_find)", strstr_calls)

stale = sorted(debt - debt_seen)
report(not stale, "tests/structure/debt.txt lists only what is over a limit",
       ["no longer over its limit (remove it): " + e for e in stale])

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
