#!/usr/bin/env python3
"""gen.py - writes the hostile inputs the loader must refuse quickly.

Usage: python3 tests/hostile/gen.py DIR

Each file is built to hurt a naive YAML loader: too large, too deep, an
alias bomb, binary data, broken encodings, too many nodes. The files are
generated rather than committed because some are large (50 MB). DIR also
receives expected.txt, one line per file: the file name and the diagnostic
code khgen must report for it ("-" for files that must load). A test driver
runs `khgen check DIR/NAME` on each, expects exit status 1 and the code in
the output, and a time limit (every one of them is refused in well under a
second by a release build).

The unit tests (tests/unit/test_load.c) build the same inputs in memory;
this script is for the end-to-end checks and for trying the release build by
hand.
"""
import os
import random
import sys


def write(directory, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: gen.py DIR\n")
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    expected = []

    def add(name, code, data):
        write(out, name, data)
        expected.append((name, code))

    rng = random.Random(20240101)  # same bytes on every run
    add("random-50mb.yaml", "KH002", rng.randbytes(50 * 1024 * 1024))
    add("brackets-100k.yaml", "KH006", "[" * 100000)
    add("braces-100k.yaml", "KH006", "{a: " * 100000)
    add("block-deep.yaml", "KH006",
        "".join("  " * i + "- \n" for i in range(1000)) + "  " * 1000 + "x\n")

    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"
    for i in range(1, 20):
        prev, cur = names[i - 1], names[i]
        lines.append("%s: &%s [%s]" % (cur, cur, ",".join(["*" + prev] * 9)))
    add("billion-laughs.yaml", "KH007", "\n".join(lines) + "\n")
    add("self-alias.yaml", "KH007", "&a [*a]\n")
    add("merge-key-alias.yaml", "KH007",
        "base: &b {lead: tckh}\ntask:\n  <<: *b\n  due: 2024\n")

    add("nul-bytes.yaml", "KH004", b"khgen: 1\nheader:\n  place: Y\x00n\n" + b"\x00" * 4096)
    add("control-char.yaml", "KH004", "khgen: 1\ntitle: K\x1b[31mH\n")
    add("invalid-utf8-in-value.yaml", "KH003",
        "khgen: 1\nheader:\n  title: K".encode("utf-8") + b"\xe1 ho\xe1ch\n")
    add("latin1.yaml", "KH003", b"title: K\xea ho\xe1ch\n")  # "Kê hoách" in Latin-1
    add("utf16.yaml", "KH003", "khgen: 1\n".encode("utf-16"))
    add("two-documents.yaml", "KH009", "khgen: 1\n---\nkhgen: 1\n")
    add("tag.yaml", "KH012", "khgen: !!str 1\n")
    add("complex-key.yaml", "KH013", "? [a, b]\n: c\n")
    add("syntax-tab-indent.yaml", "KH005", "header:\n\tplace: X\n")
    add("unclosed-quote.yaml", "KH005", 'title: "Kế hoạch\n' + "x: 1\n" * 1000)
    add("duplicate-key-100k.yaml", "KH008",
        "".join("k%d: %d\n" % (i, i) for i in range(100000)) + "k5: again\n")
    # 4,100,000 one-character items: under the size limit, and no node cap
    # (the size limit bounds the count); loaded, then refused as not a plan
    add("many-nodes.yaml", "KH100", "[" + "0," * 4100000 + "0]\n")
    add("keys-100k.yaml", "-", "".join("k%d: %d\n" % (i, i) for i in range(100000)))

    with open(os.path.join(out, "expected.txt"), "w") as f:
        for name, code in expected:
            f.write("%s %s\n" % (name, code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
