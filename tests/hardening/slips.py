#!/usr/bin/env python3
"""tests/hardening/slips.py - the one-line mistakes a tired drafter makes (issue 8).

Usage: slips.py KHGEN WORKDIR [--asan ASAN_KHGEN [--asan-every K]] [--sample N]
                [--sample-varied M] [--base PLAN] [--per-kind N] [--seed S] [--kinds K,K] [--only ID] [--list]
                [--limit SECONDS] [--templates DIR] [--verbose]

lines.py (session 6) deletes, duplicates, indents and empties lines and
fuzz/mutate.py flips bytes; neither makes a mistake that means something,
nor asks where the diagnostic points, nor whether a plan khgen accepts
now prints something wrong. This tool does. It reads each plan of plans/
(and its shared registry) and the README's complete example with PyYAML's
composer (Debian's python3-yaml: a node's line and column, no PyPI) and
makes (also for tests/hardening/slips-vary/, a plan and a shared registry
whose entries each have or lack every optional field: a slip there meets
neighbours that differ, as a dropped entry's reused slot did in session
18's fuzz crash, which plans/ never showed; --base PLAN keeps the mutants
of one plan, vary-2025.yaml for that one; --base DIR/PLAN[,DIR/PLAN...], a
path, takes new ground instead: those plans, each file they include, their
directory copied whole, a file two plans include judged with each:
tests/hardening/slips-seeds holds session 20's, the three real seeds
imported and moved a year on by `khgen new`, and a plan with every kind of
attachment), for every key, scalar and list item, the one-line slips listed in
KINDS below: a value emptied ("", nothing, ~), a list where a text is and a
mapping where a number is, a key misspelt by one letter or typed with a
Vietnamese diacritic, a key written twice, a line indented one space more
or less or with a tab, a reference (unit, locality, level, attachment,
criterion, a definition's id) pointing at nothing or at itself, an
impossible date (31/02/2025, 2025-13-01, 2025-02-31), a number with a
thousands dot (1.234) or written 105%, a line cut in half, a quote left
open, a list item without its dash; and (session 20, made last in each
file, all of them taken beside a --sample) a date written in the words
made one no calendar has ("19/4/2022" -> "31/4/2022", "19/13/2022"), two
signature lines swapped or a "TM."/"KT."/"PHÓ" typed for another, the
"Lưu: VT" recipient moved above the one before it. Each mutant changes one line of one
file, and the tool records that line (MUTANT lines of --list: id, kind,
file:line, key path, what was done).

Each mutant is written over its file in a copy of the plan's directory
(WORKDIR/tree) and run with `KHGEN check`, then `KHGEN build -f
md,html,xlsx,docx -o DIR` (under --asan, both again with the sanitizer
build). A mutant passes when, under every binary:

 - the status is 0 or 1 (README: 2 is a usage error, 3 input/output; a
   plan's mistake is never either), no signal, no sanitizer report, and
   each run takes at most a second of CPU (five under the sanitizers);
 - status 1: at least one diagnostic reads FILE:LINE:COL: level[KHnnn]:
   and names the mutated file at a line the mistake justifies (expected():
   the mutated line; for an emptied value the entry it empties; for a
   duplicated key either copy; for a reference its definition, or for a
   definition its uses, in any file; for a slip of indentation, a tab, a
   cut line, an open quote or a lost dash, which YAML may only see at the
   next line, also the next line that holds text; for a list item moved one
   space, the note of the KH005 that names the two columns); the build
   writes no file;
 - status 0: either a diagnostic (a warning) stands at such a line (one the
   unchanged plan prints too, an imported seed's, is not the mutant's), or the
   built Markdown is the original's (YAML read the slip as the same plan),
   or the document shows the slip where the drafter reads it (a text cut
   in half is printed cut; Mutant.shown), or the slip is one the README
   allows, listed in HARMLESS with the README's reason. Any other silent
   pass is a finding and fails.

--sample N keeps N mutants drawn with a fixed seed (--seed, default
20261202) from the whole list (one of each kind first), so a run is
repeatable; --per-kind N keeps N of each kind; --asan-every K runs the
sanitizer build on every K-th mutant only; --only ID[,ID...] replays those mutants
(its file is kept in WORKDIR/kept when it fails); --limit sets KHGEN's
CPU limit (1 s; the sanitizer build's is 5 s); --templates DIR, a
directory of a --base given as a path (tests/hardening/slips-full's
"tpl"), is given to every run of KHGEN and its .yaml files (a
wording.yaml) are mutated too, judged with each plan. Prints "ok - ..." / "not ok - ..." for each
mutant (ok lines only with --verbose), then a table of kinds (made,
errors, warnings, silent and harmless, failed), and "N passed, M failed";
WORKDIR/messages.txt lists each distinct diagnostic the mutants printed
(code and message, how many printed it), to read for "what to do".
"""
import os
import random
import re
import resource
import shutil
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", ".."))

DIAG = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>error|warning)\[(?P<code>KH\d{3})\]: ")
NOTE = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<level>note): ")
ANYDIAG = re.compile(r"\b(error|warning)(\[KH\d+\])?:")

DATE_KEYS = {"date", "due", "from", "to", "before", "in"}
REF_KEYS = {"lead", "support", "parent", "target", "status", "unit", "localities",
            "catalog"}
INLINE = re.compile(r"\{(unit|short|loc|att|crit|crit-name) ([^{}\n]+)\}")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DATEISH = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
VOWEL_MARK = {"a": "á", "e": "ê", "i": "í", "o": "ô", "u": "ư", "y": "ý"}

# The kinds of slip, each with the lines its diagnostic may stand at
# (expected()). "value" kinds change a value, "key" kinds a key, "line"
# kinds the shape of a line.
KINDS = ["empty-quoted", "empty-bare", "empty-null", "type-list", "type-map",
         "key-typo", "key-diacritic", "key-dup", "indent+1", "indent-1", "tab",
         "ref-dangling", "ref-self", "date-dmy", "date-month13", "date-feb31",
         "num-thousands", "num-percent", "cut", "quote-open", "dash-lost",
         "prose-date", "sign-order", "sign-title", "recipient-order"]
STRUCTURAL = {"indent+1", "indent-1", "tab", "cut", "quote-open", "dash-lost"}
# session 20's kinds (meaning_slips): made last in each file and, in a
# --sample, all taken beside the sample of the others, which stays the
# sample it was
NEW20 = {"prose-date", "sign-order", "sign-title", "recipient-order"}

# Silent passes the README allows: (kind regex, key path regex, reason). A
# mutant that exits 0 with no warning at its line and a changed document
# must match one, or it is a finding.
EMPTY = r"empty-(quoted|bare|null)"
HARMLESS = [
    (EMPTY, r"bases\[\]\.by",
     "README, Legal bases: a structured basis may leave out `by` (no ' của ...' printed)"),
    (EMPTY, r"body(\[\]\.items)*\[\]\.(part|section|clause|subclause|point|task)",
     "README, The body: a heading with an empty title lends its number to its first child "
     "(`task: \"\"` is the README example's own)"),
    (EMPTY, r"body(\[\]\.items)*\[\]\.(text|lead_note|assign_note)",
     "README: nothing printed where an empty one is allowed (a node's `text` after its title, "
     "a task's optional `lead_note` and `assign_note`)"),
    (EMPTY, r"bases\[\]\.about",
     "README, The plan language: nothing printed where an empty one is allowed (`about`, like "
     "`by`, is optional: 'Căn cứ Nghị định số ... của Chính phủ;' is a whole citation)"),
    (EMPTY, r"(attachments|body(\[\]\.items)*)\[\]\.columns\[\]\.header",
     "README, The plan language: nothing printed where an empty one is allowed (a column's header)"),
    (EMPTY, r"body(\[\]\.items)*\[\]\.table",
     "README, Tables in the body: `table: \"\"` prints no caption and takes no number"),
    (EMPTY, r"(attachments|body(\[\]\.items)*)\[\]\.note",
     "README, Attachments: `note` is optional text under the table; an empty one prints nothing "
     "(Tables in the body: a body table's `note` too)"),
    (EMPTY, r"attachments\[\]\.columns\[\]\.group",
     "README, Columns: only columns with the same `group` share a second heading row; an "
     "empty group is none"),
    (EMPTY, r"attachments\[\]\.rows\[\](\.(?!heading$)\w+|\[\])",
     "README, Written rows: a written cell prints as written, an emptied one blank where the "
     "drafter reads it (as `value: \"\"`, a column left blank); not a group row's `heading`, "
     "whose blank is KH165 since session 19"),
    (EMPTY, r"body(\[\]\.items)*\[\]\.assign\[\]\.text",
     "README, Tasks: an assignment prints \"UNIT phụ trách Chỉ tiêu ...\" unless `text` gives the line"),
    ("empty-null", r"attachments\[\]\.(rows\.sort|totals)",
     "README, Attachments: a value `~` removes the preset's value (`sort`: the source's order; "
     "`totals`: no totals row)"),
    ("type-list", r"body(\[\]\.items)*\[\]\.text",
     "README, Tasks: a task's `text` is one paragraph, or a list of paragraphs"),
    ("type-list", r"signature\.name",
     "README, Top-level keys: signature `name` is text, or a list of lines printed below the "
     "signature space"),
    ("num-percent", r"attachments\[\]\.rows\[\]\.\w+",
     "README, Columns and Written rows: a percent cell may be written with its sign (\"1,5%\"); "
     "105% prints 105,00%, where the drafter reads it"),
    (EMPTY, r"localities\[\]\.data\.\w+",
     "README, Generated rows: a locality's `data` value prints as written; an emptied one is a "
     "blank cell, as for a locality without that key, where the drafter reads it"),
    (EMPTY, r"body(\[\]\.items)*\[\]\.data\.\w+",
     "README, Generated rows: a task's `data` value prints as written, as a locality's; an "
     "emptied one is a blank cell, and a `where` of \"*\" (any non-empty value) leaves its row "
     "out, where the drafter reads the table"),
    (EMPTY, r"attachments\[\]\.rows\.where\.\w+",
     "README, Generated rows: in `where`, `~` matches an empty value; an emptied value keeps "
     "the items without the field, the rows the table shows where the drafter reads them"),
    ("empty-quoted", r"bases\[\]\.end",
     "README, Legal bases: any basis may set `end`, the punctuation printed after it "
     "(`\";\"`, `\".\"`, `\",\"` or `\"\"`): an empty one prints none, where the drafter reads it"),
    # session 21's base (tests/hardening/slips-full: every key of the language)
    (EMPTY, r"header\.number",
     "README, Header: `number` is `\"\"` or absent in a draft, printed \"Số:      /KH-UBND\" for "
     "the clerk to fill in, where the drafter reads the header"),
    ("num-percent", r"header\.number",
     "README, Header: `number` is a whole number or a text, and a text prints as written "
     "(\"Số: 105%/KH-UBND\"), in the header where the drafter reads it"),
    (EMPTY, r"localities\[\]\.note",
     "README, Units, levels, localities: `note` is optional free text; an emptied one is a blank "
     "cell, as for a locality without one, where the drafter reads the table"),
    (EMPTY, r"body(\[\]\.items)*\[\]\.label",
     "README, The body: `label` replaces the printed label, `\"\"` for none (a body table's "
     "\"Bảng N.\" too, Tables in the body); the node keeps its turn in the count"),
    ("empty-null", r"attachments\[\]\.rows\.catalog",
     "README, Generated rows: `catalog` defaults to the first imported catalog, and `~`, as "
     "anywhere in a table, is no value: its criteria, where the drafter reads the table "
     "(`catalog:` cut to nothing is KH165)"),
    (EMPTY, r"localities\[\]\.kind",
     "README, Units, levels, localities: `kind` is optional; the name is printed without it, "
     "where the document shows it"),
]


class Mutant:
    def __init__(self, kind, rel, line, path, what, text, also=()):
        self.kind, self.rel, self.line, self.path, self.what = kind, rel, line, path, what
        self.text = text          # the whole mutated file
        self.also = set(also)     # further lines its diagnostic may justly name
        self.elsewhere = set()    # (file, line) of other files it may name (a use)
        self.id = ""
        self.shown = None         # why the document shows this slip, when it does


def keypath(path):
    return ".".join(path).replace(".[]", "[]")


def compose(text):
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def collect(node, path, out):
    """Every key/value pair and sequence item of the tree, with its path."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            kp = path + [str(k.value)]
            out.append(("key", k, v, kp, node))
            collect(v, kp, out)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            out.append(("item", None, item, path + ["[]"], node))
            collect(item, path + ["[]"], out)


def splice(text, a, b, new):
    return text[:a] + new + text[b:]


def line_of(text, index):
    return text.count("\n", 0, index) + 1


def typo(word, rng):
    """One letter changed: the neighbour in the alphabet at a seeded place."""
    letters = [i for i, c in enumerate(word) if c.isalpha() and c.isascii()]
    if not letters:
        return None
    i = rng.choice(letters)
    c = word[i]
    n = "b" if c == "a" else chr(ord(c) - 1) if c.islower() else c.lower()
    return word[:i] + n + word[i + 1:]


def diacritic(word):
    for i, c in enumerate(word):
        if c in VOWEL_MARK:
            return word[:i] + VOWEL_MARK[c] + word[i + 1:]
    return None


def single_line(node):
    return (isinstance(node, yaml.ScalarNode) and node.style not in ("|", ">")
            and node.start_mark.line == node.end_mark.line)


def defined_ids(entries):
    """id value -> (line, is a locality) for every `id:` of the file."""
    ids = {}
    for kind, k, v, kp, parent in entries:
        if kind == "key" and k.value == "id" and isinstance(v, yaml.ScalarNode) and v.value:
            ids.setdefault(v.value, (v.start_mark.line + 1, kp[:1] == ["localities"]))
    return ids


def uses_of(text, ident):
    """Lines of the file that name ident (as a reference or a value)."""
    pat = re.compile(r"(?<![\w.-])" + re.escape(ident) + r"(?![\w-])")
    return {i + 1 for i, ln in enumerate(text.split("\n"))
            if pat.search(ln) and not ln.lstrip().startswith("#")}


def dangling(ident, known):
    new = ident + "x"
    while new in known:
        new += "x"
    return new


def make_mutants(text, rel, known_ids, rng, others=None):
    root = compose(text)
    if root is None:
        return []
    entries = []
    collect(root, [], entries)
    ids = defined_ids(entries)
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    out = []

    def add(kind, line, path, what, new, also=()):
        if new != text:
            out.append(Mutant(kind, rel, line, keypath(path), what, new, also))

    for kind, k, v, kp, parent in entries:
        vline = v.start_mark.line + 1
        scalar = single_line(v)
        if kind == "key":
            kline = k.start_mark.line + 1
            key = str(k.value)
            flow = parent.flow_style
            ks, ke = k.start_mark.index, k.end_mark.index
            # key slips
            t = typo(key, rng)
            if t:
                add("key-typo", kline, kp, f"key '{key}' -> '{t}'", splice(text, ks, ke, t))
            d = diacritic(key)
            if d:
                add("key-diacritic", kline, kp, f"key '{key}' -> '{d}'", splice(text, ks, ke, d))
            if flow and scalar:
                pair = text[ks:v.end_mark.index]
                add("key-dup", kline, kp, f"'{pair}' twice in braces",
                    splice(text, v.end_mark.index, v.end_mark.index, ", " + pair))
            elif not flow and (scalar or isinstance(v, (yaml.MappingNode, yaml.SequenceNode))):
                src = lines[kline - 1]
                col = k.start_mark.column
                copy = " " * col + src[col:]
                add("key-dup", kline, kp, f"line {kline} written twice",
                    "\n".join(lines[:kline] + [copy] + lines[kline:]), also={kline + 1})
            if scalar:
                vs, ve = v.start_mark.index, v.end_mark.index
                val = v.value
                entry = {parent.start_mark.line + 1}  # "this entry is empty" stands there
                add("empty-quoted", vline, kp, f"'{key}' value -> \"\"", splice(text, vs, ve, '""'),
                    entry)
                if not flow and text[ke:ke + 1] == ":" and val:
                    add("empty-bare", vline, kp, f"'{key}:' with nothing after it",
                        splice(text, ke, ve, ":"), entry)
                add("empty-null", vline, kp, f"'{key}' value -> ~", splice(text, vs, ve, "~"),
                    entry)
                if v.style is None and NUMBER.match(val):
                    add("type-map", vline, kp, f"'{key}' number -> {{a: 1}}",
                        splice(text, vs, ve, "{a: 1}"))
                    add("num-thousands", vline, kp, f"'{key}' {val} -> 1.234",
                        splice(text, vs, ve, "1.234"))
                    add("num-percent", vline, kp, f"'{key}' {val} -> 105%",
                        splice(text, vs, ve, "105%"))
                elif val:
                    add("type-list", vline, kp, f"'{key}' text -> [a, b]",
                        splice(text, vs, ve, "[a, b]"))
                if key in DATE_KEYS or DATEISH.match(val):
                    for dk, dv in (("date-dmy", "31/02/2025"), ("date-month13", "2025-13-01"),
                                   ("date-feb31", "2025-02-31")):
                        add(dk, vline, kp, f"'{key}' {val} -> {dv}", splice(text, vs, ve, dv))
                if key in REF_KEYS and val and v.style is None:
                    nv = dangling(val, known_ids)
                    also = {ids[val][0]} if val in ids else set()
                    add("ref-dangling", vline, kp, f"'{key}' {val} -> {nv}",
                        splice(text, vs, ve, nv), also)
                if key == "id" and val and v.style is None:
                    nv = dangling(val, known_ids)
                    add("ref-dangling", vline, kp, f"defined id {val} -> {nv} (its uses dangle)",
                        splice(text, vs, ve, nv), uses_of(text, val))
                    for orel, otext in (others or {}).items():
                        out[-1].elsewhere |= {(orel, n) for n in uses_of(otext, val)}
                if key == "parent" and val:
                    own = [vv for kk, vv in parent.value if kk.value == "id"]
                    if own and isinstance(own[0], yaml.ScalarNode):
                        add("ref-self", vline, kp, f"parent -> its own id {own[0].value}",
                            splice(text, vs, ve, own[0].value), {own[0].start_mark.line + 1})
                if v.style in ('"', "'"):
                    add("quote-open", vline, kp, f"closing {v.style} of '{key}' lost",
                        splice(text, ve - 1, ve, ""))
                elif v.style is None and val:
                    add("quote-open", vline, kp, f"'{key}' value opened with \" never closed",
                        splice(text, vs, vs, '"'))
        else:
            if scalar and v.value:
                vs, ve = v.start_mark.index, v.end_mark.index
                owner = kp[-2] if len(kp) > 1 else ""
                add("empty-quoted", vline, kp, "list item -> \"\"", splice(text, vs, ve, '""'))
                add("empty-null", vline, kp, "list item -> ~", splice(text, vs, ve, "~"))
                if owner in REF_KEYS and v.style is None:
                    nv = dangling(v.value, known_ids)
                    also = {ids[v.value][0]} if v.value in ids else set()
                    add("ref-dangling", vline, kp, f"item {v.value} -> {nv}",
                        splice(text, vs, ve, nv), also)
                if v.style is None and NUMBER.match(v.value) and owner != "criteria":
                    add("num-thousands", vline, kp, f"item {v.value} -> 1.234",
                        splice(text, vs, ve, "1.234"))
    # inline references, on the line that holds them
    for i, ln in enumerate(lines):
        if ln.lstrip().startswith("#"):
            continue
        for m in INLINE.finditer(ln):
            what, arg = m.group(1), m.group(2).split()[0]
            a = starts[i] + m.start(2)
            nv = dangling(arg, known_ids) if what not in ("crit", "crit-name") else "99"
            also = {ids[arg][0]} if arg in ids else set()
            add("ref-dangling", i + 1, ["{" + what + "}"], f"{{{what} {arg}}} -> {nv}",
                splice(text, a, a + len(arg), nv), also)
    # attachments naming themselves in their own title
    for kind, k, v, kp, parent in entries:
        if kind == "key" and kp == ["attachments", "[]", "title"] and single_line(v) \
                and v.style is None:
            own = [vv for kk, vv in parent.value if kk.value == "id"]
            if own:
                vs, ve = v.start_mark.index, v.end_mark.index
                add("ref-self", vline_of(v), kp, f"title cites its own table {{att {own[0].value}}}",
                    splice(text, ve, ve, " {att " + own[0].value + "}"),
                    {own[0].start_mark.line + 1, parent.start_mark.line + 1})
                # printed in the table's own heading, where the drafter sees
                # it; a body that never cites the table is KH253 at its id
                out[-1].shown = "the table's own label printed in its title"
    # the shape of each line
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or s.startswith("#"):
            continue
        ind = len(ln) - len(ln.lstrip(" "))
        nxt = next((j + 1 for j in range(i + 1, len(lines))
                    if lines[j].strip() and not lines[j].lstrip().startswith("#")), i + 1)
        around = {nxt}

        def put(kind, new_line, what):
            add(kind, i + 1, ["line"], what, "\n".join(lines[:i] + [new_line] + lines[i + 1:]),
                around)
        put("indent+1", " " + ln, "one space more")
        if ind:
            put("indent-1", ln[1:], "one space less")
        if ind >= 2:
            put("tab", "\t" + ln[2:], "two spaces typed as a tab")
        if len(s) >= 8:
            cut = ind + len(s) // 2
            put("cut", ln[:cut].rstrip(), "cut in half")
            # a cut through an entry's id redefines it (or leaves none): its
            # uses dangle, in this file and in the plan that includes it, as
            # for ref-dangling's "defined id -> ..."; the errors stand there
            for kind, k, v, kp, parent in entries:
                if kind == "key" and k.value == "id" and isinstance(v, yaml.ScalarNode) \
                        and v.value and v.start_mark.line == i \
                        and starts[i] + len(ln[:cut].rstrip()) < v.end_mark.index:
                    out[-1].also |= uses_of(text, v.value)
                    for orel, otext in (others or {}).items():
                        out[-1].elsewhere |= {(orel, n) for n in uses_of(otext, v.value)}
            # a cut inside a text's words prints the text cut, as written:
            # shown, not hidden (the drafter reads the half sentence)
            at = starts[i] + len(ln[:cut].rstrip())
            if any(v.start_mark.index < at < v.end_mark.index and text[v.start_mark.index] not in "{["
                   and text[v.start_mark.index:at].strip(" \"'>-|\n")
                   for kind, k, v, kp, parent in entries if isinstance(v, yaml.ScalarNode)):
                out[-1].shown = "a text cut in half is printed cut, as written"
        if s.startswith("- "):
            put("dash-lost", ln[:ind] + s[2:], "list item without its dash")
    # session 20: slips the imported seeds hold and plans/ did not, last,
    # so that the ids of the mutants above stay as they were
    meaning_slips(text, entries, add)
    return out


PROSE_DATE = re.compile(r"(?<![\d/.,-])(\d{1,2})(/| tháng )(\d{1,2})(/| năm )(\d{4})(?![\d/\w])")
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def meaning_slips(text, entries, add):
    """The slips of session 20 (the imported seeds): a date written in the
    words mistyped to one no calendar has (prose-date: "19/4/2022" ->
    "31/4/2022", a month of 31 days -> "19/13/2022"); the signature's lines
    swapped, or a line's "TM."/"KT."/"PHÓ" typed for another (sign-order,
    sign-title); the "Lưu: VT" recipient moved above the one before it
    (recipient-order). Each names the lines its warning may stand at.
    add() is make_mutants'; returns nothing (add collects)."""
    for kind, k, v, kp, parent in entries:
        if not isinstance(v, yaml.ScalarNode) or not v.value or (kind == "key" and k.value in DATE_KEYS):
            continue
        vs, ve = v.start_mark.index, v.end_mark.index
        raw = text[vs:ve]
        for m in PROSE_DATE.finditer(raw):
            if (m.group(2) == "/") != (m.group(4) == "/"):
                continue
            day, month = int(m.group(1)), int(m.group(3))
            if not 1 <= month <= 12 or not 1 <= day <= DAYS[month - 1]:
                continue
            if DAYS[month - 1] < 31:
                a, b, new = vs + m.start(1), vs + m.end(1), str(DAYS[month - 1] + (month != 2))
            else:
                a, b, new = vs + m.start(3), vs + m.end(3), "13"
            line = line_of(text, a)
            add("prose-date", line, kp, f"date {m.group(0)} in the text -> {new} for {text[a:b]}",
                splice(text, a, b, new))
    for kind, k, v, kp, parent in entries:
        if kind != "key" or not isinstance(v, yaml.SequenceNode):
            continue
        items = [x for x in v.value if isinstance(x, yaml.ScalarNode) and x.value]
        if len(items) != len(v.value) or len(items) < 2:
            continue
        if kp == ["signature", "lines"]:
            for a, b in zip(items, items[1:]):
                new = swap(text, a, b)
                add("sign-order", vline_of(a), kp, f"'{a.value}' and '{b.value}' swapped", new,
                    {vline_of(b)})
            for x in items:
                val = x.value
                for old, rep in (("TM. ", "KT. "), ("KT. ", "TM. "), ("PHÓ ", "")):
                    if val.startswith(old):
                        add("sign-title", vline_of(x), kp, f"'{val}' -> '{rep + val[len(old):]}'",
                            splice(text, x.start_mark.index, x.end_mark.index,
                                   requote(x, rep + val[len(old):])))
                if val.upper() == val and not re.match(r"(TM|KT|TL|TUQ|Q)\. |PHÓ ", val) \
                        and x is not items[0]:
                    add("sign-title", vline_of(x), kp, f"'{val}' -> 'PHÓ {val}'",
                        splice(text, x.start_mark.index, x.end_mark.index,
                               requote(x, "PHÓ " + val)))
        if kp == ["recipients"] and re.match(r"(?i)lưu\b", items[-1].value):
            a, b = items[-2], items[-1]
            add("recipient-order", vline_of(b), kp, f"'{b.value}' moved above '{a.value}'",
                swap(text, a, b), {vline_of(a)})


def requote(node, value):
    """value written as node was (its quotes kept)."""
    q = node.style if node.style in ('"', "'") else ""
    return q + value + q


def swap(text, a, b):
    """The text with the scalars a and b (a before b) exchanged, as written."""
    sa, sb = text[a.start_mark.index:a.end_mark.index], text[b.start_mark.index:b.end_mark.index]
    return (text[:a.start_mark.index] + sb + text[a.end_mark.index:b.start_mark.index] + sa +
            text[b.end_mark.index:])


def vline_of(node):
    return node.start_mark.line + 1


def readme_example():
    text, inside, out = open(os.path.join(TOP, "README.md"), encoding="utf-8").read(), 0, []
    for ln in text.split("\n"):
        if ln.startswith("### A complete example"):
            inside = 1
        elif inside == 1 and ln.startswith("```yaml"):
            inside = 2
        elif inside == 2 and ln.startswith("```"):
            break
        elif inside == 2:
            out.append(ln)
    return "\n".join(out) + "\n"


VARIED = "vary-2025.yaml"  # tests/hardening/slips-vary's plan
# --templates DIR (a directory of the --base's, as "tpl"): given to every
# run of khgen, its .yaml files (a wording.yaml) mutated as the plan's
TEMPLATES = []
# "KHnnn message" -> how many mutants printed it (WORKDIR/messages.txt,
# each distinct message once: to read for "what to do"; s21slip)
MESSAGES = {}


def sample(allm, n, seed):
    """n mutants of allm drawn with seed, one of each kind first, by id."""
    pick = random.Random(seed)
    first = {}
    for m in allm:
        first.setdefault(m.kind, m)
    rest = [m for m in allm if m not in first.values()]
    out = list(first.values()) + pick.sample(rest, max(0, min(n - len(first), len(rest))))
    out.sort(key=lambda m: m.id)
    return out


def bases(work):
    """(tree, file to mutate relative to tree, plan to run) for each base."""
    tree = os.path.join(work, "tree")
    shutil.copytree(os.path.join(TOP, "plans"), tree)
    # the varied base: registries and a body whose entries each have or
    # lack every optional field, so a slip meets neighbours that differ
    shutil.copytree(os.path.join(HERE, "slips-vary"), tree, dirs_exist_ok=True)
    with open(os.path.join(tree, "readme-example.yaml"), "w", encoding="utf-8") as f:
        f.write(readme_example())
    out = []
    # the varied base last: the seeded typos of the others stay as they were
    for name in sorted(os.listdir(tree)):
        if name.endswith(".yaml"):
            out.append((name, name))
    for name in sorted(os.listdir(tree)):
        if os.path.isdir(os.path.join(tree, name)):
            for sub in sorted(os.listdir(os.path.join(tree, name))):
                rel = name + "/" + sub
                users = [p for p, _ in out if rel in open(os.path.join(tree, p), encoding="utf-8").read()]
                if users:
                    out.append((rel, users[0]))
    # the varied base's files last: the seeded typos of the others stay as
    # they were before it joined
    return tree, sorted(out, key=lambda t: t[1] == VARIED)


def outside_bases(work, plans):
    """(tree, [(file, plan)], readers) for --base PLAN[,PLAN...] given as
    paths: new ground (an imported seed, a plan of its own). Their
    directory is copied whole to WORKDIR/tree; the files mutated are each
    plan, each file its `include:` names, theirs, and each catalog an
    `import:` names by its path (session 21); a file several of the plans
    include (a registry shared by two plans) is judged with each of them,
    and a slip there passes only when it passes in every plan that reads it."""
    dirs = {os.path.dirname(os.path.abspath(p)) for p in plans}
    if len(dirs) != 1:
        sys.exit("slips.py: the plans of --base must stand in one directory")
    tree = os.path.join(work, "tree")
    shutil.copytree(dirs.pop(), tree)
    readers = {}
    for p in plans:
        name = os.path.basename(p)
        readers.setdefault(name, []).append(name)
        # the files it reads: its `include:`, theirs (relative to the file
        # that names them), and catalogs `import:`ed by path (s21slip)
        todo_files = [name]
        while todo_files:
            at = todo_files.pop(0)
            try:
                doc = yaml.safe_load(open(os.path.join(tree, at), encoding="utf-8"))
            except (yaml.YAMLError, OSError):
                doc = None
            names = []
            for key in ("include", "import"):
                v = doc.get(key) if isinstance(doc, dict) else None
                names += [x for x in (v if isinstance(v, list) else [v])
                          if isinstance(x, str) and (key == "include" or "/" in x or x.endswith(".yaml"))]
            for x in names:
                rel = os.path.normpath(os.path.join(os.path.dirname(at), x))
                if os.path.isfile(os.path.join(tree, rel)) and name not in readers.get(rel, []):
                    readers.setdefault(rel, []).append(name)
                    todo_files.append(rel)
    for rel in templates_files(tree):
        readers[rel] = [os.path.basename(p) for p in plans]
    todo = [(rel, users[0]) for rel, users in readers.items()]
    return tree, todo, readers


def templates_files(tree):
    """The .yaml files of the --templates directory (relative to tree)."""
    if not TEMPLATES:
        return []
    rel = os.path.relpath(TEMPLATES[1], tree)
    return sorted(os.path.join(rel, n) for n in os.listdir(TEMPLATES[1]) if n.endswith(".yaml"))


def run(argv, env, cwd, cpu_bound=30):
    # under the suites' hang guard, tests/cpu_guard.sh: CPU_BOUND seconds of
    # CPU time, not of wall time, which a loaded machine stretches
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    guard = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cpu_guard.sh")
    p = subprocess.run([guard, str(cpu_bound)] + argv, capture_output=True, env=env, cwd=cwd)
    status, err = p.returncode, p.stderr.decode("utf-8", "replace")
    if status == 124:
        status = "hang"
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return status, err, cpu


def expected(m):
    return {m.line} | m.also


def harmless(m):
    for kind, path, reason in HARMLESS:
        if re.fullmatch(kind, m.kind) and re.fullmatch(path, m.path):
            return reason
    return None


def judge(m, tree, plan, binaries, env, base_md, base_diags):
    """None when the mutant passes, else what is wrong; and its class."""
    target = os.path.join(tree, m.rel)
    out = os.path.join(tree, "..", "out")
    cls = None
    for bi, (khgen, lim) in enumerate(binaries):
        shutil.rmtree(out, ignore_errors=True)
        st, err, cpu = run([khgen, "check"] + TEMPLATES + [plan], env, tree)
        st2, err2, cpu2 = run([khgen, "build"] + TEMPLATES + ["-f", "md,html,xlsx,docx", "-o", out, plan],
                              env, tree)
        for s, e, c, what in ((st, err, cpu, "check"), (st2, err2, cpu2, "build")):
            if "Sanitizer" in e or "runtime error" in e:
                return f"{what}: sanitizer report", "crash"
            if s == "hang" or not isinstance(s, int) or s < 0:
                return f"{what}: status {s}", "crash"
            if s not in (0, 1):
                return f"{what}: status {s} (a plan's mistake is 0 or 1)", "crash"
            if c > lim:
                # a busy machine inflates CPU time: once more, the smaller counts
                _, _, c2 = run([khgen, what] + TEMPLATES + [plan] if what == "check" else
                               [khgen, "build"] + TEMPLATES + ["-f", "md,html,xlsx,docx", "-o", out + "2", plan],
                               env, tree)
                shutil.rmtree(out + "2", ignore_errors=True)
                if min(c, c2) > lim:
                    return f"{what}: {min(c, c2):.2f} s of CPU", "slow"
        if st != st2:
            return f"check says {st}, build says {st2}", "crash"
        diags = [DIAG.match(ln) for ln in err.split("\n") if ln not in base_diags]
        diags = [d for d in diags if d]
        for d in diags:  # every message met, for WORKDIR/messages.txt
            key = d.group("code") + " " + d.string[d.end():]
            MESSAGES[key] = MESSAGES.get(key, 0) + 1
        unplaced = [ln for ln in err.split("\n") if ln and ln[0] not in " \t"
                    and ANYDIAG.search(ln) and not DIAG.match(ln)
                    and not re.match(r"^\d+ (errors?|warnings?)|.*generated\.$|.*more (errors|warnings)", ln)]
        if unplaced:
            return f"a diagnostic without FILE:LINE:COL: [CODE]: {unplaced[0][:100]}", "form"
        mine = [d for d in diags if os.path.normpath(os.path.join(tree, d.group("file"))) == target
                or d.group("file").endswith(m.rel)]
        if m.kind in ("indent+1", "indent-1"):
            # a list's first item moved: YAML notices at the second, which
            # the error names against the first ("this item's '-' is
            # indented 10 spaces, the '-' of the list's first item 9"), a
            # note at the first; which of two is the odd one, no file says
            notes = [NOTE.match(ln) for ln in err.split("\n")]
            mine += [n for n in notes if n and (n.group("file").endswith(m.rel))
                     and any(d.group("code") == "KH005" for d in diags)]
        at = [d for d in mine if int(d.group("line")) in expected(m)] + \
            [d for d in diags if (os.path.normpath(d.group("file")), int(d.group("line")))
             in m.elsewhere]
        files = sorted(os.listdir(out)) if os.path.isdir(out) else []
        if st == 1:
            errs = [d for d in diags if d.group("level") == "error"]
            if not errs:
                return "status 1 without an error", "form"
            if files:
                return f"a failed build wrote {' '.join(files)}", "output"
            if not at:
                got = ", ".join(f"{d.group('file')}:{d.group('line')} {d.group('code')}" for d in errs[:4])
                return (f"no error at line {'/'.join(map(str, sorted(expected(m))))}; "
                        f"errors at {got}"), "wrong-line"
            cls = "error"
        else:
            if at:
                cls = "warning"
            elif bi == 0:
                md = open(os.path.join(out, os.path.basename(plan)[:-5] + ".md"),
                          encoding="utf-8").read()
                if md == base_md:
                    cls = "same"
                elif m.shown:
                    cls = "shown"
                else:
                    reason = harmless(m)
                    if reason is None:
                        return "silent: exit 0, no warning at its line, the document changed:\n" + \
                            show_diff(base_md, md), "silent"
                    cls = "harmless"
    return None, cls


def show_diff(a, b):
    al, bl = a.split("\n"), b.split("\n")
    i = 0
    while i < min(len(al), len(bl)) and al[i] == bl[i]:
        i += 1
    ja, jb = len(al), len(bl)
    while ja > i and jb > i and al[ja - 1] == bl[jb - 1]:
        ja, jb = ja - 1, jb - 1
    out = ["      - " + x[:150] for x in al[i:min(ja, i + 3)]] + \
          ["      + " + x[:150] for x in bl[i:min(jb, i + 3)]]
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    opts = {"--asan": None, "--asan-every": "1", "--limit": "1", "--sample": None, "--per-kind": None, "--seed": "20261202", "--kinds": None, "--only": None, "--base": None,
            "--sample-varied": None, "--templates": None}
    flags = set()
    pos = []
    while args:
        a = args.pop(0)
        if a in opts:
            opts[a] = args.pop(0)
        elif a in ("--list", "--verbose"):
            flags.add(a)
        else:
            pos.append(a)
    if len(pos) != 2:
        sys.exit("usage: slips.py KHGEN WORKDIR [--asan BIN] [--sample N] [--seed S] "
                 "[--kinds K,...] [--only ID] [--list] [--verbose]")
    khgen, work = os.path.abspath(pos[0]), os.path.abspath(pos[1])
    if work in ("/", TOP) or TOP.startswith(work + "/"):
        sys.exit("slips.py: WORKDIR must be a directory of its own")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    env = dict(os.environ, LANG="C", LC_ALL="C", LANGUAGE="",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    binaries = [(khgen, float(opts["--limit"]))]
    if opts["--asan"]:
        binaries.append((os.path.abspath(opts["--asan"]), 5.0))
    outside = opts["--base"] and "/" in opts["--base"]
    if opts["--templates"]:
        if not outside:
            sys.exit("slips.py: --templates goes with a --base given as a path")
        TEMPLATES[:] = ["--templates", os.path.join(work, "tree", opts["--templates"])]
    if outside:
        tree, todo, readers = outside_bases(work, opts["--base"].split(","))
    else:
        tree, todo = bases(work)
        readers = {rel: [plan] for rel, plan in todo}
    known = set()
    for rel, _ in todo:
        known |= set(re.findall(r"[A-Za-z0-9_.-]+", open(os.path.join(tree, rel), encoding="utf-8").read()))
    allm = []
    rng = random.Random(int(opts["--seed"]))
    for rel, plan in todo:
        text = open(os.path.join(tree, rel), encoding="utf-8").read()
        others = {r: open(os.path.join(tree, r), encoding="utf-8").read()
                  for r, p in todo if r != rel and set(readers[r]) & set(readers[rel])}
        for n, m in enumerate(make_mutants(text, rel, known, rng, others)):
            m.id = f"{rel.replace('/', '_')[:-5]}-{n}"
            m.plan = plan
            m.plans = readers[rel]
            m.orig = text
            allm.append(m)
    if opts["--base"] and not outside:
        allm = [m for m in allm if m.plan == opts["--base"]]
    if opts["--kinds"]:
        ks = set(opts["--kinds"].split(","))
        allm = [m for m in allm if m.kind in ks]
    if opts["--per-kind"]:
        n = int(opts["--per-kind"])
        pick = random.Random(int(opts["--seed"]))
        bykind = {}
        for m in allm:
            bykind.setdefault(m.kind, []).append(m)
        allm = [m for k in KINDS for m in (bykind.get(k, []) if len(bykind.get(k, [])) <= n
                                          else pick.sample(bykind[k], n))]
    if opts["--only"]:
        only = set(opts["--only"].split(","))
        allm = [m for m in allm if m.id in only]
    elif opts["--sample"]:
        # one of each kind first, so a sample always holds every kind;
        # with --sample-varied M, N of the other bases (the sample they
        # had before the varied base) and M of the varied base's
        seed = int(opts["--seed"])
        extra = [m for m in allm if m.kind in NEW20]
        allm = [m for m in allm if m.kind not in NEW20]
        if opts["--sample-varied"]:
            allm = sample([m for m in allm if m.plan != VARIED], int(opts["--sample"]), seed) + \
                sample([m for m in allm if m.plan == VARIED], int(opts["--sample-varied"]), seed)
        else:
            allm = sample(allm, int(opts["--sample"]), seed)
        allm += extra
    if "--list" in flags:
        for m in allm:
            print(f"MUTANT {m.id}\t{m.kind}\t{m.rel}:{m.line}\t{m.path}\t{m.what}")
        print(f"{len(allm)} mutants")
        return 0
    base_md, base_diags = {}, {}
    for plan in sorted({p for users in readers.values() for p in users}):
        out = os.path.join(work, "base-out")
        shutil.rmtree(out, ignore_errors=True)
        st, err, _ = run([khgen, "build"] + TEMPLATES + ["-f", "md", "-o", out, plan], env, tree)
        if st != 0:
            print(f"not ok - setup: {plan} does not build clean: {err[:300]}")
            return 1
        base_md[plan] = open(os.path.join(out, plan[:-5] + ".md"), encoding="utf-8").read()
        # the warnings the plan has as it stands (an imported seed's): one
        # of them at a mutant's line is not the mutant's
        base_diags[plan] = {ln for ln in err.split("\n") if DIAG.match(ln)}
    stats = {}
    passed = failed = 0
    kept = os.path.join(work, "kept")
    os.makedirs(kept)
    for m in allm:
        target = os.path.join(tree, m.rel)
        with open(target, "w", encoding="utf-8") as f:
            f.write(m.text)
        every = int(opts["--asan-every"])
        runs = binaries if every <= 1 or allm.index(m) % every == 0 else binaries[:1]
        for plan in m.plans:
            why, c = judge(m, tree, plan, runs, env, base_md[plan], base_diags[plan])
            cls = c if plan == m.plans[0] or why else cls
            if why:
                why = (f"with {plan}: " if len(m.plans) > 1 else "") + why
                break
        with open(target, "w", encoding="utf-8") as f:
            f.write(m.orig)
        row = stats.setdefault(m.kind, {})
        row[cls or "?"] = row.get(cls or "?", 0) + 1
        row["made"] = row.get("made", 0) + 1
        label = f"{m.id} {m.kind} {m.rel}:{m.line} {m.path}: {m.what}"
        if why:
            failed += 1
            row["failed"] = row.get("failed", 0) + 1
            keep = os.path.join(kept, m.id + ".yaml")
            with open(keep, "w", encoding="utf-8") as f:
                f.write(m.text)
            print(f"not ok - {label}: {why} [{cls}] (kept as {keep})")
        else:
            passed += 1
            if "--verbose" in flags:
                print(f"ok - {label}: {cls}")
    cols = ["made", "error", "warning", "same", "shown", "harmless", "crash", "slow", "form",
            "output", "wrong-line", "silent", "failed"]
    print("# " + "kind".ljust(15) + " ".join(c.rjust(9) for c in cols))
    for k in KINDS:
        if k in stats:
            print("# " + k.ljust(15) + " ".join(str(stats[k].get(c, 0)).rjust(9) for c in cols))
    with open(os.path.join(work, "messages.txt"), "w", encoding="utf-8") as f:
        for key in sorted(MESSAGES):
            f.write(f"{MESSAGES[key]}\t{key}\n")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
