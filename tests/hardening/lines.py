#!/usr/bin/env python3
"""tests/hardening/lines.py KHGEN WORKDIR [N] - one-line mistakes (issue 8).

A bounded, deterministic copy of the one-line mutation sweep of session 6
(14,704 mutants of every plan, none crashed; it found silent wrong outputs,
now KH107/KH116/KH117): each non-comment line of a plan in parts and of the
attachment-table plan is deleted, duplicated, indented by two more or two
fewer spaces, swapped with the next, the file cut there, its value emptied
(`key:`, `""`, `~`, `[]`, `{}`) or replaced (a number, a list, a mapping, a
3,000-character text, braces, an unknown id). Every N-th mutant of that
list (N=20 by default, about 130 mutants) is built in all four formats
(`build -f md,html,xlsx,docx`) under the binary given, normally the
sanitizer build. A mutant passes when:

 - the status is 0 or 1 (never a crash, a hang, a sanitizer report);
 - it takes at most a second of CPU (its own and its children's);
 - every error or warning line starts with FILE:LINE:COL: (a summary
   line aside), and stderr holds no control character;
 - a build with errors leaves the output directory empty, and no build
   leaves a temporary file there.

Prints "ok - ..." / "not ok - ..." and ends with "N passed, M failed".
"""
import os
import re
import resource
import shutil
import subprocess
import sys

PLANS = ["tests/e2e/plans/tam-duong-2025.yaml", "tests/xlsx/plans/tables.yaml"]
VALUES = ["12345", "[a, b]", "{a: 1}", '"' + "ạ" * 3000 + '"', '"a {x} b }} c {{ d { e } f"',
          "zz_unknown_id"]
EMPTIES = ["", ' ""', " ~", " []", " {}"]
KV = re.compile(r"^(\s*(?:- )?)([A-Za-z_][\w.-]*):(\s.*)?$")
CTRL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
POS = re.compile(r"^[^\s:][^:]*:\d+:\d+: ")
SUMMARY = re.compile(r"^(\d+ (errors?|warnings?)\b|.*generated\.$|.*too many)")
DIAG = re.compile(r"\b(error|warning)(\[KH\d+\])?:")


def mutants(lines):
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or s.startswith("#"):
            continue
        yield f"{i + 1}:del", lines[:i] + lines[i + 1:]
        yield f"{i + 1}:dup", lines[:i + 1] + lines[i:]
        yield f"{i + 1}:indent+2", lines[:i] + ["  " + ln] + lines[i + 1:]
        if ln.startswith("  "):
            yield f"{i + 1}:indent-2", lines[:i] + [ln[2:]] + lines[i + 1:]
        if i + 1 < len(lines):
            yield f"{i + 1}:swap", lines[:i] + [lines[i + 1], ln] + lines[i + 2:]
        yield f"{i + 1}:cut", lines[:i]
        m = KV.match(ln)
        if m:
            for k, e in enumerate(EMPTIES):
                yield f"{i + 1}:empty{k}", lines[:i] + [f"{m.group(1)}{m.group(2)}:{e}"] + lines[i + 1:]
            for k, v in enumerate(VALUES):
                yield f"{i + 1}:value{k}", lines[:i] + [f"{m.group(1)}{m.group(2)}: {v}"] + lines[i + 1:]


def main():
    khgen = os.path.abspath(sys.argv[1])
    work = os.path.abspath(sys.argv[2])
    every = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    guard = os.path.join(top, "tests", "cpu_guard.sh")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    env = dict(os.environ, LANG="C", LC_ALL="C", LANGUAGE="",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    passed = failed = 0
    for plan in PLANS:
        text = open(os.path.join(top, plan), encoding="utf-8").read()
        name = os.path.basename(plan)
        for n, (tag, new) in enumerate(mutants(text.split("\n"))):
            if n % every:
                continue
            path = os.path.join(work, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(new))
            out = os.path.join(work, "out")
            shutil.rmtree(out, ignore_errors=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            # the suites' hang guard: 20 s of CPU time, not of wall time (124)
            p = subprocess.run([guard, "20", khgen, "build", "-f", "md,html,xlsx,docx", "-o", out, path],
                               capture_output=True, env=env, cwd=work)
            status, err = p.returncode, p.stderr
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            files = sorted(os.listdir(out)) if os.path.isdir(out) else []
            text_err = err.decode("utf-8", "replace")
            unplaced = [ln for ln in text_err.split("\n")
                        if ln and ln[0] not in " \t" and not SUMMARY.match(ln)
                        and DIAG.search(ln) and not POS.match(ln)]
            what = None
            if b"Sanitizer" in err or b"runtime error" in err:
                what = "sanitizer report"
            elif status not in (0, 1):
                what = f"status {status}"
            elif cpu > 1.0:
                what = f"{cpu:.2f} s of CPU"
            elif unplaced:
                what = f"a diagnostic without FILE:LINE:COL: {unplaced[0][:120]}"
            elif CTRL.search(err):
                what = "a control character on stderr"
            elif status == 1 and files:
                what = f"outputs written by a build with errors: {' '.join(files)}"
            elif any(re.search(r"tmp|~$|^\.", f) for f in files):
                what = f"a temporary file left: {' '.join(files)}"
            if what:
                failed += 1
                print(f"not ok - {name} line {tag}: {what}")
                for ln in text_err.split("\n")[:8]:
                    print("    | " + ln)
            else:
                passed += 1
                print(f"ok - {name} line {tag}: status {status}, {cpu:.2f} s")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
