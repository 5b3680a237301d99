#!/usr/bin/python3
"""tests/i18n/glossary.py [PO [GLOSSARY]] - the Vietnamese catalog keeps to its glossary.

po/GLOSSARY.md fixes one Vietnamese term for each English word of the
messages. This test reads its "Checked terms" table and po/vi.po and fails
when

  1. a message whose English uses a word of the first column (outside quotes,
     braces, backticks and key names) has a translation without the term of
     the second column (unless the message is listed under "Exceptions");
  2. a translation uses a rejected form (third column);
  3. a translation is not in NFC, or places a tone mark in the old style
     ("hoà", "thuỷ") where the catalog writes the new one ("hòa", "thủy")
     (unless the message is listed under "Exceptions");
  4. an exception names a message that no longer exists (so the list stays
     true);
  5. a translation loses a diagnostic code (KH203), an option (--force) or
     an inline reference ({unit ID}) of its English: what a user types is
     the same in both languages.

Prints ok/not ok lines and "N passed, M failed"; exit status 1 on failure.
Only the standard library: it runs wherever python3 does.
"""
import re
import sys
import unicodedata

ARGS = [a for a in sys.argv[1:] if a != "--all"]
PO = ARGS[0] if ARGS else "po/vi.po"
GLOSSARY = ARGS[1] if len(ARGS) > 1 else "po/GLOSSARY.md"


def unquote(s):
    out, i = [], 0
    s = s[1:-1]
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(path):
    """[(msgid, [msgstr...])] of the entries with a msgid, header left out."""
    entries, fields, cur = [], {}, None
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        m = re.match(r'(msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
        if m:
            cur = m.group(1)
            fields[cur] = unquote(m.group(2))
        elif line.startswith('"') and cur:
            fields[cur] += unquote(line)
        elif not line.strip():
            if fields.get("msgid"):
                entries.append((fields["msgid"], [v for k, v in fields.items() if k.startswith("msgstr")]))
            fields, cur = {}, None
    return entries


def table(text, heading):
    """The rows (lists of cells) of the first table after a '## heading' line."""
    part = text.split("\n## " + heading, 1)
    if len(part) < 2:
        return None
    rows = []
    for line in part[1].split("\n")[1:]:
        if line.startswith("## "):
            break
        if line.startswith("|") and not re.match(r"\|\s*-", line):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header row


def english_words(msgid):
    """The English of a message without what is not English prose: quoted
    text, braces, backticks, key names (a_b, a.b), examples' YAML (a message
    made of 'key: value' lines keeps only its comments)."""
    lines = msgid.split("\n")
    if len(lines) > 1 or re.match(r"^\s*(-\s|[\w.]+:\s|\{|#|khgen\s)", msgid):
        # an example: only the comments are prose
        lines = [l.split("#", 1)[1] if "#" in l else "" for l in lines]
    text = " ".join(lines)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\{[^}]*\}|\([^()]*:[^()]*\)", " ", text)
    text = re.sub(r"\S*/\S*|\b\w+[_.]\w+\b|--?[\w-]+|%[-+ #0-9.*]*[a-z]", " ", text)
    return text


passed = failed = 0
LIMIT = 12 if "--all" not in sys.argv else 100000


def ok(label):
    global passed
    passed += 1
    print("ok - " + label)


def bad(label, details=()):
    global failed
    failed += 1
    print("not ok - " + label)
    for d in list(details)[:LIMIT]:
        print("    " + d)


entries = read_po(PO)
gtext = open(GLOSSARY, encoding="utf-8").read()
terms = table(gtext, "Checked terms")
exceptions = table(gtext, "Exceptions") or []
if not entries or not terms:
    bad("read %s and the 'Checked terms' table of %s" % (PO, GLOSSARY))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1)
excepted = {}
for row in exceptions:
    m = re.match(r"`(.*)`$", row[0])
    if m:
        excepted[m.group(1).replace("\\n", "\n")] = row[1] if len(row) > 1 else ""
ids = {mid for mid, _ in entries}

# 1 and 2: each term
missing, rejected = [], []
for row in terms:
    if len(row) < 3:
        continue
    words = [w.strip() for w in re.sub(r"\(.*?\)", "", row[0]).split(",") if w.strip()]
    vis = [v.strip().lower() for v in row[1].split(" / ") if v.strip()]
    nots = re.findall(r"`([^`]+)`", row[2])
    # "level" as in "levels deep", "error" as a level word of khgen's output
    # are not the term
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])(?! deep)", re.I)
    for mid, strs in entries:
        if mid in excepted:
            continue
        for s in strs:
            for n in nots:
                if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)(?! hiệu)", s, re.I):
                    rejected.append("%r uses %r (%s): %s" % (mid[:60], n, vis[0], s[:80]))
            # a word the translation keeps as it is was a key name or a
            # value ("localities, tasks hoặc rows"), not prose
            used = [m.group(1) for m in rx.finditer(english_words(mid))
                    if not re.search(r"(?<![\w-])" + re.escape(m.group(1)) + r"(?![\w-])", s)]
            if used and not any(v in s.lower() for v in vis):
                missing.append("%r (%s -> %s): %s" % (mid[:70], used[0], " / ".join(vis), s[:90]))
if missing:
    bad("%d translations miss the glossary's term for a word of their English" % len(missing), missing)
else:
    ok("every translation uses the glossary's term for each checked English word (%d terms)" % len(terms))
if rejected:
    bad("%d translations use a form the glossary rejects" % len(rejected), rejected)
else:
    ok("no translation uses a rejected form")

# 3: NFC and the tone marks' placement
not_nfc = [mid[:60] for mid, strs in entries for s in strs if unicodedata.normalize("NFC", s) != s]
if not_nfc:
    bad("translations not in NFC", not_nfc)
else:
    ok("every translation is NFC")
old = re.compile(r"(?<![qQ])(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![a-zà-ỹđ])", re.I)
# a message about the two styles names the old one (KH257's explanation):
# an exception
old_style = ["%r: %s" % (mid[:50], old.search(s).group(0)) for mid, strs in entries
             if mid not in excepted for s in strs if old.search(s)]
if old_style:
    bad("tone marks placed in the old style (hoà, thuỷ) where the catalog writes hòa, thủy", old_style)
else:
    ok("tone marks placed in one style (hòa, thủy)")

# 5: what a user types stays as it is: codes, options, references
kept = re.compile(r"\bKH\d{3}\b|(?<![\w-])--[a-z][a-z-]*|\{(?:unit|short|loc|att|crit|crit-name|year|lead|support|due)\b[^{}'\"]*\}")
lost = ["%r: %s" % (mid[:60], tok) for mid, strs in entries for s in strs
        for tok in sorted(set(kept.findall(mid))) if tok not in s]
if lost:
    bad("translations that lose a code, an option or a reference of their English", lost)
else:
    ok("every code (KHnnn), option (--x) and inline reference ({unit ...}) of the English is in its translation")

# 4: the exceptions are messages of the catalog
stale = [e[:70] for e in excepted if e not in ids]
if stale:
    bad("exceptions in %s that are no message of %s" % (GLOSSARY, PO), stale)
else:
    ok("every exception of the glossary is a message of the catalog (%d)" % len(excepted))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
