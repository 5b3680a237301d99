#!/usr/bin/python3
"""tests/schema/check.py KHGEN [GEN_SCHEMA] - the JSON Schema of the plan language.

1. schema/khgen-plan.schema.json is what GEN_SCHEMA (tools/gen_schema.c,
   built next to KHGEN by make) prints from the parser's key table
   src/keys.def (else: run `make schema`).
2. The schema and the parser agree on the keys of every mapping: every key
   name of src/keys.def, and any left in an array named *keys or *fields
   in src/*.c, is tried at every place the schema describes (its top level
   and each definition), with khgen itself; the keys khgen accepts there
   must be exactly the schema's properties there. A definition with no
   probe below fails. Likewise for the words of a key the schema gives as
   an enum: of every enum's words and a probe word, khgen must accept
   exactly the key's own.
3. Every plan in plans/ and every plan of the diagnostics corpus that khgen
   accepts (status 0) validates; tests/schema/invalid/*.yaml and the corpus
   plans khgen refuses for an unknown key (KH101) do not.
YAML is read as YAML 1.2 reads it (as editors do): 2024-01-15 and yes/no
stay strings. Prints ok/not ok lines and "N passed, M failed"."""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

khgen = os.path.abspath(sys.argv[1])
gen_schema = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(os.path.dirname(khgen), "gen-schema")
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
passed = failed = 0


def ok(msg):
    global passed
    passed += 1
    print("ok - " + msg)


def bad(msg, detail=""):
    global failed
    failed += 1
    print("not ok - " + msg)
    for line in detail.splitlines()[:12]:
        print("    " + line)


# libyaml's parser when PyYAML has it (Debian's does): the one khgen reads
# with, which takes a tab before a comment that PyYAML's own scanner refuses
class Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader without YAML 1.1's timestamps and yes/no/on/off booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                   list("tTfF"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Yaml12Loader)


# ---- 1. generated ---------------------------------------------------------
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "s.json")
    subprocess.run([gen_schema, out], check=True)
    if open(out, encoding="utf-8").read() == open("schema/khgen-plan.schema.json", encoding="utf-8").read():
        ok("schema/khgen-plan.schema.json is what gen-schema prints from src/keys.def")
    else:
        bad("schema/khgen-plan.schema.json is out of date: run 'make schema'")

schema = json.load(open("schema/khgen-plan.schema.json", encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema)
jsonschema.Draft7Validator.check_schema(schema)
ok("the schema is a valid draft-07 JSON Schema")

# ---- 2. the parser's keys at every place ---------------------------------
names = set(re.findall(r'^(?:KEY|NUM|ENUM)\("([^"]+)"', open("src/keys.def", encoding="utf-8").read(), re.M))
for src in glob.glob("src/*.c"):
    text = open(src, encoding="utf-8").read()
    for m in re.finditer(r"\w*(?:keys|fields)\[[^\]]*\]\s*=\s*\{(.*?)\};", text, re.S):
        names.update(re.findall(r'"([a-z_][a-z0-9_]*)"', m.group(1)))
# the places the schema describes: "plan" (its top level) and each
# definition that is a mapping of keys (body_entry only chooses between
# entry and task)
doc = {"plan": set(schema["properties"])}
for name, d in schema["definitions"].items():
    if "properties" in d:
        doc[name] = set(d["properties"])
names.discard("")
KINDS = set(re.search(r"node_kinds\[\] = \{(.*?)\}", open("src/parse.c", encoding="utf-8").read(),
                      re.S).group(1).replace('"', "").replace("NULL", "").replace(" ", "").replace("\n", "").split(",")) - {""}
PROBE = "zz_not_a_key"
names.add(PROBE)

BASE = """khgen: 1
header: {issuer: UBND, place: Yên Thế, date: 2024-01-15, title: Kế hoạch}
units: [{id: u1, name: Phòng A}]
levels: [{id: l1, name: Mức 1}]
localities: [{id: x1, name: Xã 1}]
"""


def plan_with(context, key, value="''"):
    """A plan that has `key` (value: an empty string, or value, written as
    YAML) at `context`."""
    kv = "%s: %s" % (key, value)
    if context == "plan":
        return BASE + "body: [x]\n" + ("" if key in ("khgen", "header", "units", "levels", "localities", "body") else kv + "\n")
    if context == "header":
        return "khgen: 1\nheader: {issuer: U, place: P, date: 2024-01-15, title: T, %s}\nbody: [x]\n" % (
            "" if key in ("issuer", "place", "date", "title") else kv)
    if context == "period":
        return BASE + "period: {from: 2024-01-01, to: 2024-12-31%s}\nbody: [x]\n" % (
            "" if key in ("from", "to") else ", " + kv)
    if context == "basis":
        return BASE + "bases: [{kind: NĐ, number: 1/2022/NĐ-CP, date: 2022-01-01, by: Chính phủ, about: a%s}]\nbody: [x]\n" % (
            "" if key in ("kind", "number", "date", "by", "about", "text") else ", " + kv)
    if context == "entry":
        return BASE + "body:\n  - para: x\n    %s\n" % ("" if key == "para" else kv)
    if context == "task":
        return BASE + "body:\n  - task: x\n    %s\n" % ("" if key == "task" else kv)
    if context == "table":
        return BASE + "body:\n  - table: x\n    columns: [{key: a, header: A}]\n    rows: []\n    %s\n" % (
            "" if key in ("table", "columns", "rows") else kv)
    if context == "deadline":
        return BASE + "body:\n  - task: x\n    due: {text: 'quý I', %s}\n" % ("" if key == "text" else kv)
    if context == "assignment":
        return BASE + "body:\n  - task: x\n    assign: [{unit: u1, %s}]\n" % ("" if key == "unit" else kv)
    if context == "signature":
        return BASE + "body: [x]\nsignature: {lines: [CHỦ TỊCH], name: A%s}\n" % (
            "" if key in ("lines", "name") else ", " + kv)
    if context == "unit":
        return BASE.replace("units: [{id: u1, name: Phòng A}]", "units: [{id: u1, name: Phòng A%s}]" % (
            "" if key in ("id", "name") else ", " + kv)) + "body: [x]\n"
    if context == "level":
        return BASE.replace("levels: [{id: l1, name: Mức 1}]", "levels: [{id: l1, name: Mức 1%s}]" % (
            "" if key in ("id", "name") else ", " + kv)) + "body: [x]\n"
    if context == "locality":
        return BASE.replace("localities: [{id: x1, name: Xã 1}]", "localities: [{id: x1, name: Xã 1%s}]" % (
            "" if key in ("id", "name") else ", " + kv)) + "body: [x]\n"
    if context == "catalog":  # an inline catalog of import:
        return BASE + "import: [{id: c1, criteria: [{code: 1, name: A}]%s}]\nbody: [x]\n" % (
            "" if key in ("id", "criteria") else ", " + kv)
    if context == "criterion":
        return BASE + "import: [{id: c1, title: T, criteria: [{code: 1, name: A%s}]}]\nbody: [x]\n" % (
            "" if key in ("code", "name") else ", " + kv)
    if context == "indicator":
        return BASE + ("import: [{id: c1, title: T, criteria: [{code: 1, name: A, indicators: "
                       "[{code: 1.1, name: B%s}]}]}]\nbody: [x]\n") % ("" if key in ("code", "name") else ", " + kv)
    if context == "layout":
        return BASE + "body: [x]\nlayout: {%s}\n" % kv
    att = "attachments:\n  - {id: b1, label: Biểu 01, title: T, columns: [{key: name, header: Tên%s}], rows: {from: localities%s}%s}\n"
    if context == "attachment":
        return BASE + "body: [x]\n" + att % ("", "", "" if key in ("id", "label", "title", "columns", "rows") else ", " + kv)
    if context == "column":
        return BASE + "body: [x]\n" + att % ("" if key in ("key", "header") else ", " + kv, "", "")
    if context == "generator":
        return BASE + "body: [x]\n" + att % ("", "" if key == "from" else ", " + kv, "")
    raise KeyError(context)


UNKNOWN = re.compile(r"^(.*?):\d+:\d+: (?:error|warning)\[KH(?:101|601|604|411)\]: unknown key '([^']*)'", re.M)
WRONG_WORD = re.compile(r"^(.*?):\d+:\d+: error\[KH\d+\]: '([^']*)' is ", re.M)


def check_many(paths, pattern):
    """The set of (path, captured name) pairs `pattern` finds in what one
    `khgen check` of all of paths prints: one process for many plans (a
    process a plan took most of this suite's five minutes under the
    sanitizers); the diagnostics name their file, so each is told apart."""
    r = subprocess.run([khgen, "--lang", "en", "check", "--max-errors", "0"] + paths, capture_output=True,
                       text=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if r.returncode > 1:
        bad("khgen check of %d probe plans exited %d" % (len(paths), r.returncode), r.stderr[-2000:])
    return set(pattern.findall(r.stderr))


def in_halves(items):
    """items in two lists, one for each of the pool's two workers."""
    return [items[0::2], items[1::2]]


def refused_keys(tmp, pool, context, keys):
    """The keys khgen reports as unknown at `context`."""
    paths = {}
    for k in keys:
        path = os.path.join(tmp, "%s-%s.yaml" % (context, k))
        with open(path, "w", encoding="utf-8") as f:
            f.write(plan_with(context, k))
        paths[path] = k
    found = set().union(*pool.map(lambda half: check_many(half, UNKNOWN), in_halves(sorted(paths))))
    return {paths[p] for p, k in found if p in paths and paths[p] == k}


from concurrent.futures import ThreadPoolExecutor

with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=2) as pool:
    for context in sorted(doc):
        try:
            plan_with(context, PROBE)
        except KeyError:
            bad("schema vs parser at %s: tests/schema/check.py has no probe plan for this place (add one to plan_with)" % context)
            continue
        refused = refused_keys(tmp, pool, context, sorted(names))
        if PROBE not in refused:
            bad("schema vs parser at %s: the probe never reached the place (no unknown-key error for %s)" % (context, PROBE))
            continue
        accepted = names - refused
        in_schema = doc[context]
        if context in ("entry", "task", "table"):
            # the kind keys (section, task, table, part, ...) are how
            # body_entry chooses a definition; a second one beside the
            # probe's kind is KH105 by design, not an unknown key
            accepted, in_schema = accepted - KINDS, in_schema - KINDS
        missing = sorted(accepted - in_schema)
        extra = sorted(in_schema - accepted)
        if not missing and not extra:
            ok("schema vs parser at %s: the same %d keys" % (context, len(in_schema)))
        else:
            bad("schema vs parser at %s" % context,
                ("the parser accepts keys the schema lacks (declare them in src/keys.def, then make schema): %s\n" % missing if missing else "")
                + ("the schema has keys the parser refuses (run make schema, or the parser ignores its own table): %s" % extra if extra else ""))

# ---- 2b. the words of a closed list, both ways ---------------------------
enum_keys = []
for context in sorted(doc):
    props = schema["properties"] if context == "plan" else schema["definitions"][context]["properties"]
    for key in sorted(props):
        if "enum" in props[key]:
            enum_keys.append((context, key, props[key]["enum"]))
WORD_PROBE = "zz_not_a_word"
candidates = sorted({w for _, _, ws in enum_keys for w in ws} | {WORD_PROBE})


def refused_words(tmp, pool, context, key, words):
    """The words khgen reports as a wrong value of key at context."""
    paths = {}
    for i, w in enumerate(words):
        path = os.path.join(tmp, "%s-%s-%d.yaml" % (context, key, i))
        with open(path, "w", encoding="utf-8") as f:
            f.write(plan_with(context, key, json.dumps(w)))
        paths[path] = w
    found = set().union(*pool.map(lambda half: check_many(half, WRONG_WORD), in_halves(sorted(paths))))
    return {paths[p] for p, k in found if p in paths and k == key}


with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=2) as pool:
    for context, key, words in enum_keys:
        refused = refused_words(tmp, pool, context, key, candidates)
        if WORD_PROBE not in refused:
            bad("words of %s.%s: the probe word was not refused (did the value reach the key?)" % (context, key))
            continue
        accepted = set(candidates) - refused
        if accepted == set(words):
            ok("words of %s.%s: khgen accepts the schema's %d" % (context, key, len(words)))
        else:
            bad("words of %s.%s" % (context, key),
                "khgen accepts %s, the schema lists %s" % (sorted(accepted), sorted(words)))
if len(enum_keys) < 4:
    bad("the schema has %d keys with a closed list of words; keys.def declares more" % len(enum_keys))

# ---- 3. plans that must validate, and plans that must not ---------------
def errors_of(path):
    try:
        data = load(path)
    except yaml.YAMLError as e:
        return ["not YAML: %s" % e]
    return ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:160]) for e in validator.iter_errors(data)]


good = sorted(glob.glob("plans/*.yaml"))
for case in sorted(glob.glob("tests/diag/*.yaml")):
    name = case[:-5]
    if open(name + ".status").read().strip() == "0" and not os.path.exists(name + ".args"):
        good.append(case)
n_bad_valid = 0
for path in good:
    errs = errors_of(path)
    if errs:
        n_bad_valid += 1
        bad("%s is a valid plan but the schema refuses it" % path, "\n".join(errs))
if n_bad_valid == 0:
    ok("the schema validates the %d plans khgen accepts (plans/ and the corpus)" % len(good))

refused_cases = sorted(glob.glob("tests/schema/invalid/*.yaml"))
for case in sorted(glob.glob("tests/diag/*.yaml")):
    exp = case[:-5] + ".expected"
    if os.path.exists(exp) and "error[KH101]" in open(exp, encoding="utf-8").read():
        refused_cases.append(case)
n_missed = 0
for path in refused_cases:
    if not errors_of(path):
        n_missed += 1
        bad("%s is not a valid plan but the schema accepts it" % path)
if n_missed == 0:
    ok("the schema refuses the %d invalid plans (tests/schema/invalid and the corpus' unknown keys)" % len(refused_cases))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
