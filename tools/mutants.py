#!/usr/bin/python3
"""tools/mutants.py - one-change mutation testing of khgen's sources (issue 8).

    python3 tools/mutants.py list FILE... [--since REV] [--lines A-B,...] [--max N] [--seed S]
    python3 tools/mutants.py cover FILE... [--cover JSON] [--suites NAMES]
    python3 tools/mutants.py build FILE... --only ID,... [--out DIR]
    python3 tools/mutants.py run  FILE... [--since REV] [--max N] [--seed S]
                                  [--jobs J] [--out DIR] [--suites NAMES]

A sweep: `make khgen`, then `cover` (once: which lines of FILEs each
suite runs, with a gcov build, into --cover JSON, default
DIR/cover.json; a file changed since, by a merge, is run with its SUITES
instead, with a word), then `run ... --cover JSON`; `build --only ID` makes one
mutant's binary to try by hand.

Each mutant is one small change to one line of a src/*.c file: a
comparison flipped (< <=, > >=, == !=), && made ||, a '!' dropped, an
integer constant moved by one (0 1, N N+1), a statement (a call or an
assignment) dropped, a 'break'/'continue' swapped. Comments, strings
and preprocessor lines are never changed. With --since REV only the lines
added since REV (git diff REV -- FILE) are mutated, so a sweep aims at new
code, and with --lines A-B,C only those lines (a function's hunks of
a file changed elsewhere too); --max keeps a deterministic sample of N mutants per file (--seed),
each with its id in the whole list (the same with or without --max).

`run` builds each mutant outside the work tree (the mutated file is
compiled alone, with the Makefile's flags, into a copy of the release
objects, and linked into DIR/khgen-N: the work tree is never changed), and
first compares its object with the original's compiled the same way: an
identical object is an equivalent mutant, never run. Then it runs the
suites of that file (SUITES below: the fast tier's and the hardening
suites that touch it) in order with the mutant binary until one fails:
killed; none failing: survived. Each mutant's verdict is one line of
DIR/results.tsv (file, line, operator, before, after, verdict, the suite
that killed it); a run resumes where that file stops. Run it after `make
khgen` (the release objects under build/release) and under `nice`: a
suite run per mutant.

--asan (run, build): each mutant, and the original it is compared with,
is compiled with the sanitizers of the ASan build (`make SAN_FLAGS`, -O1)
and linked with build/asan's objects (`make build/asan/khgen` first), and
the suites run with make check's ASAN_OPTIONS: a mutant that reads one
entry past an array, or a byte of memory never set, gives the same
output in the release build (every suite passes: it looks equivalent)
and fails under ASan as `make check` runs it. About three times slower.
"""
import argparse
import glob
import hashlib
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(TOP, "build", "release")
ASAN = False  # --asan: sanitizers' flags, build/asan's objects (set by main)

# The suites a mutant runs, "name: command" with {k} the mutant binary and
# {w} a scratch directory; SUITES maps a file to the names, fastest first.
COMMANDS = {
    # the corpus's checks (tests/diag/run.sh: stderr, status, no stdout),
    # stopping at the first case that fails; with KHGEN_MUT_DIAG set (an
    # extended regex), only the cases whose .yaml or .expected matches it
    # (those that reach a file: 'KH005' for the YAML syntax errors' hints)
    "diag": "export LC_ALL=C.UTF-8; for p in tests/diag/*.yaml; do n=${{p%.yaml}}; "
            "[ -n \"${{KHGEN_MUT_DIAG:-}}\" ] && ! grep -qE \"$KHGEN_MUT_DIAG\" $p $n.expected && continue; "
            "a=; [ -f $n.args ] && a=$(cat $n.args); timeout 20 {k} check $a $p "
            ">{w}/out 2>{w}/err; s=$?; cmp -s {w}/err $n.expected && [ $s = $(cat $n.status) ] "
            "&& ! [ -s {w}/out ] || {{ echo \"not ok - $n\"; exit 1; }}; done; "
            "echo '1 passed, 0 failed'",
    "e2e": "sh tests/e2e/run.sh {k} {w}/e2e",
    "i18n": "sh tests/i18n/run.sh {k}",
    "fidelity": "sh tests/fidelity.sh {k} {w}/fid",
    "markdown": "/usr/bin/python3 tests/md/check_md.py {k} {w}/md",
    "import": "env IMPORT_OFFICE=0 sh tests/import/run.sh {k} {w}/import",
    "readme": "sh tests/readme/run.sh {k} {w}/readme",
    "legacy": "sh tests/legacy/run.sh {k} ${{LEGACY_ENCODE:-build/asan/legacy-encode}} {w}/legacy",
    "cycle": "sh tests/cycle/run.sh {k} {w}/cycle",
    "hardening": "sh tests/hardening/run.sh {k} {w}/hardening",
}
# every hardening suite tests/run_all.sh runs (a suite added later is one
# without being listed here: session 23's were not, and no sweep could
# name them); the files it only sources (timed.sh, worddoc.sh) are none
for _s in re.findall(r"^run_suite (\w+) sh tests/hardening/\1\.sh \"\$khgen\" \"\$work/\1\"$",
                     open(os.path.join(TOP, "tests", "run_all.sh"), encoding="utf-8").read(), re.M):
    COMMANDS.setdefault(_s, "sh tests/hardening/%s.sh {k} {w}/%s" % (_s, _s))
# tests/import/run.sh's broken and hostile inputs alone (a zip that is no
# Word document: docx_notword.c), without the rest of the import suite
COMMANDS["hostile"] = "/usr/bin/python3 tests/import/hostile.py {k} {w}/hostile"
COMMANDS["kill9"] = "sh tests/hardening/kill9.sh {k} {w}/kill9 8"
COMMANDS["lines"] = "/usr/bin/python3 tests/hardening/lines.py {k} {w}/lines"
# a cmocka unit test (tests/unit/test_NAME.c) linked with the mutant's
# object ahead of the build's libkhgen.a, which then gives only the rest:
# a pure function's tests kill its mutants too (suite_failures builds it)
for _p in sorted(glob.glob(os.path.join(TOP, "tests", "unit", "test_*.c"))):
    _s = os.path.basename(_p)[len("test_"):-2]
    COMMANDS["unit-" + _s] = "unit"

FAST = ["diag", "e2e", "i18n", "fidelity", "markdown", "import", "readme"]
IMPORT = ["import", "attack8", "mutants9", "leftovers9", "diag11", "attack11", "mutants10",
          "formats11", "mut12", "attack12", "leftovers12", "import12", "mut13",
          "leftovers13"] + FAST
SUITES = {
    "import_mdhtml.c": IMPORT,
    "figures_column.c": ["e2e", "attack11", "diag", "shapes", "attack7", "hardening", "mut12"]
                        + FAST,
    "attach_hint.c": ["diag", "i18n", "attack10", "mut12"] + FAST,
    "md_plain.c": ["formats11", "e2e", "mut12"] + FAST,
    "catalog.c": ["diag", "e2e", "diag10", "diag11", "hardening", "mut12"] + FAST,
    "diff_parts.c": ["cycle", "attack10", "attack11", "leftovers11", "mut12"] + FAST,
    "cli.c": ["readme", "i18n", "diag", "legacy", "attack10", "leftovers10", "mut12"] + FAST,
    "cmd_convert.c": ["legacy", "readme", "leftovers10", "attack9", "leftovers8", "mut12"] + FAST,
    # session 19's new files (swept in session 20) and their authors' suites
    "check_draft.c": ["drafts19", "diag", "mut20", "unit-check"] + FAST,
    "datakeys.c": ["slips19", "diag", "mut20"] + FAST,
    "blankmeant.c": ["slips19", "diag", "mut20"] + FAST,
    "diff_review.c": ["leftovers19", "cycle", "mut20"] + FAST,
    "diag_escape.c": ["unit-diag_escape", "leftovers19", "diag", "unit-diag", "mut20"] + FAST,
    # session 20's new files (swept in session 21) and their authors' suites
    "check_textdates.c": ["slips20", "diag", "mut21"] + FAST,
    "vi_distance.c": ["unit-vi", "diag", "scale20", "mut21"] + FAST,
    "lineranges.c": ["unit-lineranges", "unit-diag", "diag", "scale20"] + FAST,
    "outputs.c": ["e2e", "attack9", "attack10", "leftovers8", "leftovers10", "hardening",
                  "kill9", "mut12"] + FAST,
}
DEFAULT_SUITES = IMPORT
COST = {}  # a suite's seconds, from --cover
# a mutant binary lives outside the tree: its messages' catalog is the tree's
ENV = dict(os.environ, KHGEN_LOCALEDIR=os.path.join(TOP, "build", "locale"))


def mask_code(text):
    """A list, one flag per character: 1 where the character is code (not
    a comment, a string or char literal, or a preprocessor line)."""
    mask = [0] * len(text)
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in " \t":
            i += 1
            continue
        if line_start and c == "#":
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                i += 1
            continue
        line_start = False
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "\n":
            line_start = True
        else:
            mask[i] = 1
        i += 1
    return mask


OPS = [
    # (name, regex on code, replacement)
    ("rel", re.compile(r"(?<![<>=!-])<=(?!=)"), "<"),
    ("rel", re.compile(r"(?<![<>=!-])>=(?!=)"), ">"),
    ("rel", re.compile(r"(?<![<>=!-])<(?![<=])"), "<="),
    ("rel", re.compile(r"(?<![<>=!-])>(?![>=])"), ">="),
    ("eq", re.compile(r"=="), "!="),
    ("eq", re.compile(r"!="), "=="),
    ("logic", re.compile(r"&&"), "||"),
    ("logic", re.compile(r"\|\|"), "&&"),
    ("not", re.compile(r"!(?!=)"), ""),
    ("const", re.compile(r"(?<![\w.])0(?![\w.])"), "1"),
    ("const", re.compile(r"(?<![\w.])1(?![\w.])"), "0"),
    ("const", re.compile(r"(?<![\w.])([2-9]|[1-9][0-9]+)(?![\w.])"), None),
    ("arith", re.compile(r"(?<![+])\+ 1(?![\w.])"), "- 1"),
    ("arith", re.compile(r"(?<![-])- 1(?![\w.])"), "+ 1"),
    ("flow", re.compile(r"\bbreak;"), "continue;"),
    ("flow", re.compile(r"\bcontinue;"), "break;"),
]
STMT = re.compile(r"^(\s*)((?:[A-Za-z_][\w.>\[\]()-]*\s*(?:[-+*|&]?=|\+\+|--)[^;]*|"
                  r"[A-Za-z_][\w.>-]*\([^;]*\)|\(\*[^;]*|\+\+\w+|--\w+|[*]\w+\s*=[^;]*));\s*$")
DECL = re.compile(r"^\s*(?:const\s+|static\s+|unsigned\s+|struct\s+)*[A-Za-z_]\w*\s*\**\s+\**[A-Za-z_]\w*\s*(?:=|\[|;|,)")


def mutants_of(path, lines_wanted):
    """The mutants of one file: dicts with line, col, op, before, after,
    text (the mutated file)."""
    text = open(path, encoding="utf-8").read()
    mask = mask_code(text)
    out = []
    offset = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        start = offset
        offset += len(line) + 1
        if lines_wanted is not None and lineno not in lines_wanted:
            continue
        code = "".join(ch if mask[start + k] else " " for k, ch in enumerate(line))
        if not code.strip():
            continue
        for name, rx, rep in OPS:
            for m in rx.finditer(code):
                before = m.group(0)
                after = rep if rep is not None else str(int(before) + 1)
                if name == "const" and code[max(0, m.start() - 1)] == "{":
                    continue  # "= {0}": an initializer, not a value
                if name == "not" and (code[m.end():m.end() + 1] == "=" or
                                      not re.match(r"[\w(*]", code[m.end():m.end() + 1])):
                    continue
                new_line = line[:m.start()] + after + line[m.end():]
                out.append(dict(line=lineno, col=m.start() + 1, op=name, before=line.strip(),
                                after=new_line.strip(),
                                text=text[:start] + new_line + text[start + len(line):]))
        sm = STMT.match(code)
        if sm and not DECL.match(code) and not re.search(r"\b(\w*_free|free|va_end)\(", code) and not code.strip().startswith("return") \
                and code.count("(") == code.count(")"):
            new_line = sm.group(1) + ";"
            out.append(dict(line=lineno, col=len(sm.group(1)) + 1, op="drop",
                            before=line.strip(), after="(statement dropped)",
                            text=text[:start] + new_line + text[start + len(line):]))
    return out


def added_lines(path, since):
    """The line numbers of path added since the revision since."""
    diff = subprocess.run(["git", "-C", TOP, "diff", "-U0", since, "--", path],
                          capture_output=True, text=True, check=True).stdout
    wanted = set()
    for m in re.finditer(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", diff, re.M):
        first, count = int(m.group(1)), int(m.group(2) or 1)
        wanted.update(range(first, first + count))
    return wanted


def select(path, args):
    wanted = added_lines(path, args.since) if args.since else None
    if args.lines:
        ranges = set()
        for part in args.lines.split(","):
            a, _, b = part.partition("-")
            ranges.update(range(int(a), int(b or a) + 1))
        wanted = ranges if wanted is None else wanted & ranges
    ms = mutants_of(path, wanted)
    # ids before sampling: a sample's mutant has its id of the whole list,
    # so a sweep cut short and run again with --max resumes where it was
    for k, m in enumerate(ms):
        m["id"] = "%s-%03d" % (os.path.basename(path)[:-2], k)
    if args.max and len(ms) > args.max:
        rng = random.Random("%s:%s" % (args.seed, os.path.basename(path)))
        keep = sorted(rng.sample(range(len(ms)), args.max))
        ms = [ms[i] for i in keep]
    return ms


def cflags():
    out = subprocess.run(["make", "-s", "-C", TOP, "print-cflags"], capture_output=True,
                         text=True).stdout.strip()
    pkg = subprocess.run(["pkg-config", "--cflags", "yaml-0.1", "libcmark", "xlsxwriter",
                          "libzip", "libxml-2.0"], capture_output=True, text=True).stdout
    flags = shlex.split(out) if out else ["-std=c11", "-D_POSIX_C_SOURCE=200809L",
                                          "-D_DEFAULT_SOURCE", "-O2"]
    flags = [f for f in flags if f not in ("-g", "-MMD", "-MP")]
    # -g0 either way: a debug object names its directory, and a mutant's
    # object must be identical to the original's when the change is none
    opt = ["-O2", "-g0"] if not ASAN else ["-O1", "-g0"] + san_flags()
    return flags + shlex.split(pkg) + opt + ["-I" + os.path.join(TOP, "src")]


def san_flags():
    """The ASan build's sanitizer flags, from the Makefile."""
    out = subprocess.run(["make", "-s", "-C", TOP, "print-san-flags"], capture_output=True,
                         text=True).stdout.strip()
    return shlex.split(out) or ["-fsanitize=address,undefined",
                                "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer"]


def compile_obj(src_text, base, workdir, flags):
    os.makedirs(workdir, exist_ok=True)
    c = os.path.join(workdir, base)
    with open(c, "w", encoding="utf-8") as f:
        f.write(src_text)
    obj = c[:-2] + ".o"
    r = subprocess.run(["nice", "-n", "10", "cc"] + flags + ["-c", "-o", obj, base],
                       cwd=workdir, capture_output=True, text=True)
    return obj if r.returncode == 0 else None


def link(obj, base, exe):
    others = [os.path.join(REL, f) for f in sorted(os.listdir(REL))
              if f.endswith(".o") and f != base[:-2] + ".o" and f != "main.o"]
    libs = shlex.split(subprocess.run(["pkg-config", "--libs", "yaml-0.1", "libcmark",
                                       "xlsxwriter", "libzip", "libxml-2.0"],
                                      capture_output=True, text=True).stdout)
    main = os.path.join(REL, "main.o") if base != "main.c" else obj
    objs = [main] + ([obj] if base != "main.c" else []) + others
    san = san_flags() if ASAN else []
    r = subprocess.run(["nice", "-n", "10", "cc"] + san + ["-o", exe] + objs + libs + ["-lm"],
                       capture_output=True, text=True)
    return r.returncode == 0


def cpu_limit():
    """A mutant that loops is stopped by a limit of CPU time on each process
    of a suite (no khgen of a suite needs a second of it; no suite's own
    script needs 30): not by a wrapper around khgen, which the suites that
    run khgen under `ulimit -n 4` or `ulimit -s 64` could not start.
    KHGEN_MUT_CPU sets another limit (seconds): a mutant that loops on each
    of a suite's 50 cases otherwise takes 25 minutes to be stopped."""
    import resource
    limit = int(os.environ.get("KHGEN_MUT_CPU", "30"))
    resource.setrlimit(resource.RLIMIT_CPU, (limit, limit))


def run_bounded(argv, env, seconds):
    """Runs argv (a suite) in a session of its own, its stdin empty, each
    process under cpu_limit; returns the CompletedProcess, or None when it
    ran past seconds of wall time, its whole process group then killed.
    subprocess.run's timeout killed the suite's shell alone: the khgen it
    was waiting for went on as an orphan, a mutant's loop burning a core
    beside the next mutants until its CPU limit, and one blocked on a read
    (a mutant that reads stdin, inherited from the sweep's terminal) was
    never stopped at all (s44review)."""
    import signal
    p = subprocess.Popen(argv, cwd=TOP, env=env, preexec_fn=cpu_limit, start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, errors="replace")
    try:
        out, err = p.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        return None
    return subprocess.CompletedProcess(argv, p.returncode, out, err)


def suite_failures(exe, name, work):
    """Runs one suite; returns None when it passes, else the names of the
    cases that failed ("timeout", "exit N" when it says none)."""
    cmd = COMMANDS[name].format(k=exe, w=work)
    # the work directory exists for every run, the original's too: the
    # corpus's command writes {w}/out without making it, and the original's
    # run into a directory never made failed each case, which then counted
    # as no kill for every mutant the corpus killed (s25mut)
    os.makedirs(work, exist_ok=True)
    if cmd == "unit":
        import glob
        lib = os.path.join(TOP, "build", "asan" if ASAN else "release", "libkhgen.a")
        libs = subprocess.run(["pkg-config", "--libs", "yaml-0.1", "libcmark", "xlsxwriter",
                               "libzip", "libxml-2.0", "cmocka"], capture_output=True,
                              text=True).stdout.strip()
        cmd = "mkdir -p %s && cc %s -o %s/t tests/unit/test_%s.c %s %s %s -lm && %s/t" % (
            work, " ".join(shlex.quote(f) for f in cflags()), work, name[len("unit-"):],
            " ".join(glob.glob(os.path.dirname(exe) + "/*.o")), lib, libs, work)
    # the suites' timed cases time $timed, the tree's ./khgen when there is
    # one (timed.sh), not the binary they were given: a mutant that made a
    # rule quadratic (match_year_rows' tries++ dropped: 8,000 rows 3.1 s,
    # 0.08 s) passed every timed case (s33mut); TIMED_KHGEN times the mutant
    env = dict(ENV, TIMED_KHGEN=exe)
    r = run_bounded(["nice", "-n", "10", "sh", "-c", cmd], env, max(180, 10 * COST.get(name, 60)))
    if r is None:
        return {"timeout"}
    last = [l for l in r.stdout.splitlines() if re.match(r"^\d+ passed, \d+ failed", l)]
    if r.returncode == 0 and (not last or last[-1].endswith(" 0 failed")):
        return None
    bad = [l[len("not ok - "):].split(":")[0] for l in r.stdout.splitlines()
           if l.startswith("not ok")]
    return set(bad) or {"exit %d" % r.returncode}


BASELINE = {}  # (original binary, suite) -> the cases it fails, computed once


def run_suites(exe, names, work, original=None):
    """The first suite of names that exe fails ("" for none), with its case;
    a case the original binary fails as well (a suite broken on the tree)
    is no kill."""
    os.makedirs(work, exist_ok=True)
    for name in names:
        if COMMANDS[name].startswith("sh tests/hardening/") and \
                not os.path.exists(os.path.join(TOP, "tests/hardening/%s.sh" % name)):
            continue
        bad = suite_failures(exe, name, work)
        if bad and original:
            if (original, name) not in BASELINE:
                BASELINE[(original, name)] = suite_failures(original, name,
                                                            work + "-base") or set()
            bad -= BASELINE[(original, name)]
        if bad:
            return "%s: %s" % (name, sorted(bad)[0][:150])
        rmtree(work)
        os.makedirs(work, exist_ok=True)
    return ""


def rmtree(path):
    """Removes a directory tree as `rm -rf` does: shutil.rmtree recurses
    once a level, and a suite's directory of 2,000 levels (outdir.c's
    `-o` of new levels, session 29) stopped a sweep with RecursionError
    (s30mut)."""
    subprocess.run(["rm", "-rf", "--", path], check=False)


def file_sha(path):
    """The sha256 of a file's bytes (hex)."""
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def make_cover(files, out, suites):
    """Builds khgen with files compiled for gcov (-O0 --coverage, the rest
    the release objects), runs each suite with it and writes to out the
    JSON {suite: {file.c: [lines run], "_seconds": [its time]}} that --cover
    reads; a suite already in out is kept."""
    import glob
    import gzip
    import time
    base_dir = os.path.join(os.path.dirname(os.path.abspath(out)), "cover-build")
    obj_dir = os.path.join(base_dir, "obj")
    os.makedirs(obj_dir, exist_ok=True)
    flags = [f for f in cflags() if f not in ("-O2", "-g0")] + ["-O0", "-g", "--coverage"]
    objs = []
    for path in files:
        obj = os.path.join(obj_dir, os.path.basename(path)[:-2] + ".o")
        subprocess.run(["nice", "-n", "10", "cc"] + flags + ["-c", "-o", obj,
                        os.path.abspath(path)], check=True)
        objs.append(obj)
    names = {os.path.basename(o) for o in objs} | {"main.o"}
    others = [os.path.join(REL, f) for f in sorted(os.listdir(REL))
              if f.endswith(".o") and f not in names]
    libs = shlex.split(subprocess.run(["pkg-config", "--libs", "yaml-0.1", "libcmark",
                                       "xlsxwriter", "libzip", "libxml-2.0"],
                                      capture_output=True, text=True).stdout)
    exe = os.path.join(base_dir, "khgen")
    subprocess.run(["cc", "--coverage", "-o", exe, os.path.join(REL, "main.o")] + objs +
                   others + libs + ["-lm"], check=True)
    res = json.load(open(out)) if os.path.exists(out) else {}
    for suite in suites:
        if suite in res:
            continue
        for g in glob.glob(obj_dir + "/*.gcda"):
            os.unlink(g)
        work = os.path.join(base_dir, "w")
        rmtree(work)
        os.makedirs(work)
        t0 = time.time()
        r = subprocess.run(["nice", "-n", "10", "sh", "-c",
                            COMMANDS[suite].format(k=exe, w=work)], cwd=TOP, env=ENV,
                           capture_output=True, text=True, errors="replace")
        seconds = round(time.time() - t0, 1)
        gdir = os.path.join(base_dir, "gcov")
        rmtree(gdir)
        os.makedirs(gdir)
        cov = {}
        gcdas = glob.glob(obj_dir + "/*.gcda")
        if gcdas:
            subprocess.run(["gcov", "-j", "-o", obj_dir] + [g[:-5] + ".o" for g in gcdas],
                           cwd=gdir, capture_output=True)
        for j in glob.glob(gdir + "/*.gcov.json.gz"):
            for f in json.load(gzip.open(j))["files"]:
                run = {ln["line_number"] for ln in f["lines"] if ln["count"] > 0}
                if run:
                    cov.setdefault(os.path.basename(f["file"]), set()).update(run)
            for f in json.load(gzip.open(j))["files"]:
                execs = res.setdefault("_exec", {}).setdefault(os.path.basename(f["file"]), [])
                execs[:] = sorted(set(execs) | {ln["line_number"] for ln in f["lines"]})
        # each file as it was covered: a file changed since (a merge) has
        # other line numbers, and run falls back to its SUITES for it
        res.setdefault("_sha", {}).update({os.path.basename(p): file_sha(p) for p in files})
        res[suite] = {k: sorted(v) for k, v in cov.items()}
        res[suite]["_seconds"] = [seconds]
        print("%s: exit %d, %.1f s, lines run: %s" % (
            suite, r.returncode, seconds, {k: len(v) for k, v in cov.items()}), flush=True)
        with open(out, "w") as f:
            json.dump(res, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["list", "run", "build", "cover"])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--since")
    ap.add_argument("--lines", help="A-B,C,...: only these lines (with --since: those of them "
                    "added since REV); ids number the mutants of the lines chosen")
    ap.add_argument("--max", type=int, default=0)
    ap.add_argument("--seed", default="12")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", default="/tmp/khgen-mutants")
    ap.add_argument("--suites", help="comma-separated suite names instead of the file's")
    ap.add_argument("--only", help="comma-separated mutant ids")
    ap.add_argument("--asan", action="store_true",
                    help="mutants built with the sanitizers and build/asan's objects")
    ap.add_argument("--max-cost", type=float, default=0,
                    help="with --cover, leave out the suites that took more seconds than this")
    ap.add_argument("--cover", help="JSON {suite: {file.c: [lines run]}}: a mutant runs only the "
                    "suites that run its line (in the file's order), none: 'uncovered'")
    args = ap.parse_args()
    os.chdir(TOP)
    global ASAN, REL
    if args.asan and args.cmd in ("run", "build"):
        ASAN, REL = True, os.path.join(TOP, "build", "asan")
        if not os.path.exists(os.path.join(REL, "main.o")):
            print("--asan: no %s/main.o: run `make build/asan/khgen` first" % REL,
                  file=sys.stderr)
            return 2
        ENV.update(ASAN_OPTIONS="detect_leaks=1:abort_on_error=1",
                   UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    plan = []
    for path in args.files:
        for m in select(path, args):
            m["path"] = path
            plan.append(m)
    if args.only:
        ids = set(args.only.split(","))
        plan = [m for m in plan if m["id"] in ids]
    if args.cmd == "cover":
        make_cover(args.files, args.cover or os.path.join(args.out, "cover.json"),
                   args.suites.split(",") if args.suites else sorted(COMMANDS))
        return 0
    if args.cmd == "list":
        for m in plan:
            print("%s\t%s:%d:%d\t%s\t%s\t-> %s" % (m["id"], m["path"], m["line"], m["col"],
                                                  m["op"], m["before"], m["after"]))
        print("%d mutants" % len(plan), file=sys.stderr)
        return 0
    os.makedirs(args.out, exist_ok=True)
    if args.cmd == "build":
        # each mutant of --only as OUT/khgen-ID, to try it by hand
        for m in plan:
            base = os.path.basename(m["path"])
            d = os.path.join(args.out, "b", m["id"])
            obj = compile_obj(m["text"], base, d, cflags())
            exe = os.path.join(args.out, "khgen-" + m["id"])
            print(exe if obj and link(obj, base, exe) else "%s: does not build" % m["id"])
        return 0
    results = os.path.join(args.out, "results.tsv")
    done = set()
    if os.path.exists(results):
        done = {l.split("\t")[0] for l in open(results, encoding="utf-8")}
    flags = cflags()
    # the release objects as they are now: a `make` meanwhile (a merge)
    # rewrites them while mutants link
    snap = os.path.join(args.out, "release-objects")
    rmtree(snap)
    shutil.copytree(REL, snap, ignore=lambda d, names: [n for n in names
                                                        if not n.endswith(".o")])
    REL = snap
    cover = None
    if args.cover:
        raw = json.load(open(args.cover))
        cover = {k: {f: set(v) for f, v in files.items()} for k, files in raw.items()
                 if k != "_sha"}
    cost = {k: files.get("_seconds", [60])[0] for k, files in raw.items()
            if not k.startswith("_")} if args.cover else {}
    stale = set()
    if cover is not None:
        shas = raw.get("_sha", {})
        for path in args.files:
            base = os.path.basename(path)
            if shas.get(base) != file_sha(path):
                stale.add(base)
                print("%s: changed since --cover ran (or not in it): its lines are not the "
                      "covered ones; its SUITES run instead (run cover again)" % path,
                      file=sys.stderr, flush=True)
    COST.update(cost)
    originals = {}
    for path in args.files:
        base = os.path.basename(path)
        obj = compile_obj(open(path, encoding="utf-8").read(), base,
                          os.path.join(args.out, "orig", base[:-2]), flags)
        originals[base] = hashlib.sha256(open(obj, "rb").read()).hexdigest()
        link(obj, base, os.path.join(args.out, "orig", base[:-2], "khgen"))

    def one(m):
        if m["id"] in done:
            return None
        base = os.path.basename(m["path"])
        d = os.path.join(args.out, "m", m["id"])
        obj = compile_obj(m["text"], base, d, flags)
        if obj is None:
            verdict, by = "stillborn", ""
        elif hashlib.sha256(open(obj, "rb").read()).hexdigest() == originals[base]:
            verdict, by = "equivalent", "same object code"
        else:
            exe = os.path.join(d, "khgen")
            if not link(obj, base, exe):
                verdict, by = "stillborn", "link"
            else:
                names = args.suites.split(",") if args.suites else \
                    SUITES.get(base, DEFAULT_SUITES)
                seen = []
                names = [n for n in names if not (n in seen or seen.append(n))]
                if cover is not None and not args.suites and base not in stale:
                    # every suite that runs the line (or the two before it: a
                    # statement over several lines), the cheapest first
                    near = {m["line"], m["line"] - 1, m["line"] - 2}
                    if not near & cover.get("_exec", {}).get(base, near):
                        near = None  # no code of its own (an enum): any line of the file
                    names = sorted((n for n in cover if n in COMMANDS and cover[n].get(base) and
                                    (near is None or near & cover[n][base])),
                                   key=lambda n: (cost.get(n, 60), n))
                    if args.max_cost and names:
                        cheap = [n for n in names if cost.get(n, 60) <= args.max_cost]
                        names = cheap or ["(only suites over --max-cost)"]
                if not names:
                    verdict, by = "uncovered", "no suite runs the line"
                elif names[0].startswith("("):
                    verdict, by = "unrun", names[0]
                else:
                    by = run_suites(exe, names, os.path.join(d, "w"),
                                    os.path.join(args.out, "orig", base[:-2], "khgen"))
                    verdict = "killed" if by else "survived"
                    if not by:
                        by = "ran " + ",".join(names)
        rmtree(d)
        row = "\t".join([m["id"], "%s:%d:%d" % (m["path"], m["line"], m["col"]), m["op"],
                         m["before"], m["after"], verdict, by.replace("\t", " ")])
        with open(results, "a", encoding="utf-8") as f:
            f.write(row + "\n")
        print(row, flush=True)
        return verdict

    with ThreadPoolExecutor(max_workers=args.jobs) as ex:
        verdicts = [v for v in ex.map(one, plan) if v]
    counts = {v: verdicts.count(v) for v in sorted(set(verdicts))}
    print("this run:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
