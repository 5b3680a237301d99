#!/usr/bin/env python3
"""tests/fuzz/mutate.py KHGEN [N] - a deterministic mutation fuzz of khgen.

Takes the example plans, applies N random mutations (fixed seed, so a run is
repeatable and a failure can be replayed with --only I): byte flips, deleted
or duplicated lines, swapped lines, inserted YAML punctuation, truncation,
indentation changes, spliced text from another plan. Each mutant is run
through `khgen build` (all formats, into a temporary directory) under the
sanitizer build. A run passes when khgen exits 0 or 1 (a plan with or
without errors) and prints no sanitizer report: never a crash, a hang
(20 s limit) or an undiagnosed failure. Prints "ok - ..." / "not ok - ..."
per failure and "N passed, M failed".
"""
import glob
import os
import random
import subprocess
import sys
import tempfile

PUNCT = [b":", b"- ", b"{", b"}", b"[", b"]", b"&a ", b"*a", b"!!str ", b"\t", b"\"", b"'",
         b"{unit ", b"{loc x}", b"{count localities ", b"{att ", b"---\n", b"\n  ", b"#", b"|",
         b">-", b"\xc3", b"\x00", b"~", b"2024-02-30", b"2024-Q9", b"{{", b"}}"]


def mutate(rng, data, others):
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(8)
        if op == 0 and data:
            b = bytearray(b"\n".join(lines))
            for _ in range(rng.randint(1, 8)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            lines = bytes(b).split(b"\n")
        elif op == 1 and len(lines) > 1:
            del lines[rng.randrange(len(lines))]
        elif op == 2 and lines:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif op == 3 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 4 and lines:
            i = rng.randrange(len(lines))
            pos = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:pos] + rng.choice(PUNCT) + lines[i][pos:]
        elif op == 5 and lines:
            lines = lines[: rng.randint(1, len(lines))]
        elif op == 6 and lines:
            i = rng.randrange(len(lines))
            lines[i] = b" " * rng.randint(0, 6) + lines[i].lstrip(b" ")
        elif op == 7 and others:
            other = rng.choice(others).split(b"\n")
            k = rng.randrange(len(other))
            lines.insert(rng.randrange(len(lines) + 1), other[k])
    return b"\n".join(lines)


def main():
    khgen = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else 200
    only = None
    if "--only" in sys.argv:
        only = int(sys.argv[sys.argv.index("--only") + 1])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    guard = os.path.join(root, "tests", "cpu_guard.sh")
    seeds = [open(p, "rb").read() for p in sorted(glob.glob(os.path.join(root, "plans", "*.yaml")))]
    rng = random.Random(20261123)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as work:
        for i in range(count):
            base = rng.choice(seeds)
            mutant = mutate(rng, base, seeds)
            if only is not None and i != only:
                continue
            path = os.path.join(work, "mutant-%d.yaml" % i)
            with open(path, "wb") as f:
                f.write(mutant)
            # under the suites' hang guard (tests/cpu_guard.sh: 20 s of CPU,
            # not of wall time, which a loaded machine stretches)
            proc = subprocess.run([guard, "20", khgen, "build", "-o", os.path.join(work, "out"), path],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=root)
            err = proc.stderr.decode("utf-8", "replace")
            bad = proc.returncode not in (0, 1) or "Sanitizer" in err or "runtime error" in err
            why = "exit %d" % proc.returncode
            if proc.returncode == 124:
                why = "hang (killed by its guard)"
            if bad:
                failed += 1
                keep = os.path.join(tempfile.gettempdir(), "khgen-fuzz-%d.yaml" % i)
                with open(keep, "wb") as f:
                    f.write(mutant)
                print("not ok - mutant %d: %s (kept as %s)" % (i, why, keep))
                print("\n".join("    | " + line for line in err.splitlines()[:15]))
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
