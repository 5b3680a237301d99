#!/usr/bin/env python3
"""tests/cycle/check_new.py OLD NEW DELTA NOTES - what `khgen new --from`
must have done to OLD to give NEW (DELTA years later), line by line:

  - the same number of lines, every comment line unchanged;
  - in each changed line, only years and dates changed, each exactly DELTA
    years later (29 February -> 28 February in a year without it; the
    header's date may lose its day), or the header's number cleared;
  - every note in NOTES ("FILE:LINE:COL: note: ... still says YYYY ...")
    points at a line of NEW holding YYYY at that column.
Prints one "ok - ..."/"not ok - ..." line per property; exit 1 on failure.
"""
import re
import sys

old_path, new_path, delta, notes_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
old = open(old_path, encoding="utf-8").read().split("\n")
new = open(new_path, encoding="utf-8").read().split("\n")
notes = open(notes_path, encoding="utf-8").read().split("\n")
TOKEN = re.compile(r"(?<!\d)(\d{4})(-\d{2}-\d{2}|-\d{2}|-[QH]\d)?(?!\d)")
failed = 0


def report(ok, what):
    global failed
    print(("ok - " if ok else "not ok - ") + what)
    failed += 0 if ok else 1


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def shifted(tok):
    y, rest = int(tok[:4]), tok[4:]
    y += delta
    if rest == "-02-29" and not leap(y):
        rest = "-02-28"
    return "%04d%s" % (y, rest)


report(len(old) == len(new), "%s: same number of lines (%d, %d)" % (new_path, len(old), len(new)))
comments_old = [l for l in old if l.lstrip().startswith("#")]
comments_new = [l for l in new if l.lstrip().startswith("#")]
report(comments_old == comments_new and len(comments_old) > 0,
       "%s: all %d comment lines of the old plan are there, unchanged" % (new_path, len(comments_old)))

bad = []
moved = 0
for n, (a, b) in enumerate(zip(old, new), 1):
    if a == b:
        continue
    if re.match(r"\s*number:", a) and re.match(r'\s*number: ""', b):
        continue
    ta, tb = TOKEN.findall(a), TOKEN.findall(b)
    ta = ["".join(t) for t in ta]
    tb = ["".join(t) for t in tb]
    if TOKEN.sub("Y", a) != TOKEN.sub("Y", b) or len(ta) != len(tb):
        bad.append("%d: %r -> %r" % (n, a, b))
        continue
    for x, y in zip(ta, tb):
        if x == y:
            continue
        header_date = re.match(r"\s*date:", a) and len(x) == 10 and y == shifted(x)[:7]
        if y != shifted(x) and not header_date:
            bad.append("%d: %s -> %s (expected %s)" % (n, x, y, shifted(x)))
        else:
            moved += 1
report(not bad and moved > 0,
       "%s: %d years and dates moved, each %+d year(s)%s" % (new_path, moved, delta,
                                                            "".join("\n    " + b for b in bad)))

bad = []
count = 0
for line in notes:
    m = re.match(r"(.*?):(\d+):(\d+): note: .* still says? (\d{4})", line)
    if not m:
        continue
    count += 1
    text = new[int(m.group(2)) - 1] if int(m.group(2)) <= len(new) else ""
    col = int(m.group(3)) - 1
    if text[col:col + 4] != m.group(4):
        bad.append(line)
report(not bad, "%s: each of %d notes points at the old year in the text%s" %
       (new_path, count, "".join("\n    " + b for b in bad)))
sys.exit(1 if failed else 0)
