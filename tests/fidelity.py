#!/usr/bin/env python3
"""fidelity.py - does a rendered plan read like the seed document it encodes?

    python3 tests/fidelity.py SEED.txt RENDERED [--min 97] [--name NAME]
                              [--body-only | --whole]
                              [--show-missing N] [--show-extra N]
    python3 tests/fidelity.py --selftest

Both files are reduced to sequences of words and compared by their longest
common subsequence (LCS):

  - seed share:     how much of the seed, in order, the rendering reproduces
                    (LCS / seed words);
  - rendered share: how much of the rendering belongs to that sequence
                    (LCS / rendered words), i.e. how little it adds.

Exit status 1 if either share is below --min percent (default 97), 2 on a
usage or input error, 0 otherwise.

Words. The text is NFC-normalised and its markup removed: HTML comments
and declarations (<!DOCTYPE html>), the <head>, <style> and <script>
elements, tags such as <br>, entities, and LaTeX commands such as \\geq
left in converted seeds. A word is then a maximal run of letters and digits
("17,9" is two words, "N'Đir" is two), compared case-insensitively
(str.casefold). Markdown emphasis, heading marks, backslash escapes and
table pipes are punctuation and vanish by themselves. RENDERED may be
Markdown, HTML or plain text (e.g. pdftotext output of the printed HTML).

Attachments. An attachment page starts with a line that holds nothing but
its label ("Biểu 01", "Phụ lục II"), in Markdown, HTML and PDF text alike.
When the seed has no such page (seed 000 refers to Biểu 01-05, but its copy
ends at the closing sentence), the rendering's attachment pages are left out
of the comparison, because the seed cannot contain them; the report line
says so and how many words that was. --whole compares everything anyway;
--body-only always leaves the attachments out.

The LCS is computed bit-parallel (Hyyrö 2004, after Allison and Dix 1986):
one Python big integer per column holds the column of the DP table in
difference form, so the whole comparison costs about n big-integer
additions of m bits; 10,000 x 10,000 words take a fraction of a second.
--show-missing / --show-extra keep those columns and trace one optimal
alignment back to list the seed runs the rendering lacks and the rendered
runs the seed lacks. --selftest checks the LCS against the textbook dynamic
programme on random inputs.

Standard library only.
"""

import argparse
import html
import os
import random
import re
import sys
import time
import unicodedata

# ---- words ----------------------------------------------------------------

_DROP_ELEMENTS = re.compile(r"<(head|style|script)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->|<![A-Za-z\[][^>]*>|<\?[^>]*\?>", re.S)
# A tag starts with a letter (or "/" and a letter), so "<8%" or "a < b" in
# plain text is not taken for one.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+")
_WORD = re.compile(r"[^\W_]+")


def strip_markup(text):
    """Removes HTML/Markdown/LaTeX markup that is not words of the document."""
    text = _COMMENT.sub(" ", text)
    text = _DROP_ELEMENTS.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _LATEX_COMMAND.sub(" ", text)
    return text


def words(text):
    """The word sequence of a document (NFC, markup stripped, casefolded)."""
    text = unicodedata.normalize("NFC", text)
    text = strip_markup(text)
    # html.unescape may produce decomposed sequences again in theory.
    text = unicodedata.normalize("NFC", text)
    return [w.casefold() for w in _WORD.findall(text)]


_BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|section|article|header|footer|br|hr|tr|td|th|li|"
                        r"table|thead|tbody|caption|ul|ol)\b[^>]*>", re.I)
_LABEL_LINE = re.compile(r"^(?:biểu|phụ lục)\s+(?:\d+|[ivxlc]+)$")


def cut_attachments(text):
    """Text before the first attachment page, and the label found (or None).

    A line (HTML block elements count as line breaks) that, stripped of tags,
    emphasis and punctuation around it, reads exactly "Biểu NN" or
    "Phụ lục N" starts an attachment page; prose mentions ("(Chi tiết theo
    Biểu 01 đính kèm)") never stand alone on a line."""
    text = unicodedata.normalize("NFC", text)
    text = _COMMENT.sub(" ", text)
    text = _DROP_ELEMENTS.sub(" ", text)
    text = _BLOCK_TAG.sub("\n", text)
    offset = 0
    for line in text.splitlines(keepends=True):
        bare = html.unescape(_TAG.sub(" ", line))
        bare = " ".join(_WORD.findall(bare)).casefold()
        if _LABEL_LINE.match(bare):
            return text[:offset], bare
        offset += len(line)
    return text, None


# ---- longest common subsequence ----------------------------------------


def _match_masks(a):
    """Bit i of masks[w] is set when a[i] == w."""
    masks = {}
    for i, w in enumerate(a):
        masks[w] = masks.get(w, 0) | (1 << i)
    return masks


def lcs_length(a, b):
    """Length of the LCS of sequences a and b (bit-parallel, Hyyrö).

    V holds, for the current column j, bit i = 0 exactly where
    L[i+1][j] = L[i][j] + 1; the LCS is the number of zero bits of the
    last column."""
    if not a or not b:
        return 0
    if len(a) < len(b):          # fewer bits per word: the shorter one
        a, b = b, a
    m = len(a)
    full = (1 << m) - 1
    masks = _match_masks(a)
    v = full
    for w in b:
        u = v & masks.get(w, 0)
        v = ((v + u) | (v - u)) & full
    return m - v.bit_count() if hasattr(v, "bit_count") else m - bin(v).count("1")


def _popcount(x):
    return x.bit_count() if hasattr(x, "bit_count") else bin(x).count("1")


def lcs_alignment(a, b):
    """One optimal alignment: a list of (i, j) index pairs with a[i] == b[j],
    increasing in both. Keeps the n column vectors (m bits each)."""
    m, n = len(a), len(b)
    if m == 0 or n == 0:
        return []
    full = (1 << m) - 1
    masks = _match_masks(a)
    cols = [full]                # column 0: L[i][0] = 0 for all i
    v = full
    for w in b:
        u = v & masks.get(w, 0)
        v = ((v + u) | (v - u)) & full
        cols.append(v)

    def L(i, j):                 # LCS of a[:i] and b[:j]
        return i - _popcount(cols[j] & ((1 << i) - 1))

    pairs = []
    i, j = m, n
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            pairs.append((i - 1, j - 1))
            i -= 1
            j -= 1
        elif L(i - 1, j) >= L(i, j - 1):
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def lcs_length_dp(a, b):
    """The textbook O(mn) dynamic programme, for the self-test."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


# ---- reporting ------------------------------------------------------------


def unmatched_runs(seq, matched):
    """Maximal runs of indices of seq not in `matched`: (start, end) pairs."""
    runs = []
    start = None
    for i in range(len(seq) + 1):
        gap = i < len(seq) and i not in matched
        if gap and start is None:
            start = i
        elif not gap and start is not None:
            runs.append((start, i))
            start = None
    return runs


def show_runs(title, seq, runs, limit):
    print(f"  {title}: {len(runs)} run(s), {sum(e - s for s, e in runs)} word(s)")
    for s, e in runs[:limit]:
        text = " ".join(seq[s:e])
        if len(text) > 160:
            text = text[:157] + "..."
        context = " ".join(seq[max(0, s - 4):s])
        print(f"    words {s + 1}-{e}: [{text}]   after: ...{context}")


def read_text(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        print(f"fidelity: cannot read {path}: {e.strerror}", file=sys.stderr)
        sys.exit(2)
    return data.decode("utf-8", errors="replace")


def compare(seed_path, rendered_path, minimum, name, show_missing, show_extra,
            attachments="auto"):
    seed_text = read_text(seed_path)
    seed = words(seed_text)
    rendered_text = read_text(rendered_path)
    cut_note = None
    if attachments == "auto":
        body_only = cut_attachments(seed_text)[1] is None
    else:
        body_only = attachments == "body"
    if body_only:
        all_words = len(words(rendered_text))
        rendered_text, label = cut_attachments(rendered_text)
        if label:
            cut_note = (f"attachment pages left out from '{label}' on, "
                        f"{all_words - len(words(rendered_text))} word(s)"
                        + ("; the seed has none" if attachments == "auto" else ""))
    rendered = words(rendered_text)
    if not name:
        name = os.path.splitext(os.path.basename(seed_path))[0]
    if show_missing or show_extra:
        pairs = lcs_alignment(seed, rendered)
        common = len(pairs)
    else:
        pairs = None
        common = lcs_length(seed, rendered)
    seed_share = 100.0 * common / len(seed) if seed else 0.0
    rend_share = 100.0 * common / len(rendered) if rendered else 0.0
    print(f"{name}: seed words reproduced in order {seed_share:.1f}% "
          f"({common}/{len(seed)}); rendered words in that sequence "
          f"{rend_share:.1f}% ({common}/{len(rendered)})"
          + (f" [{cut_note}]" if cut_note else ""))
    if pairs is not None:
        if show_missing:
            got = {i for i, _ in pairs}
            show_runs("seed words missing from the rendering", seed,
                      unmatched_runs(seed, got), show_missing)
        if show_extra:
            got = {j for _, j in pairs}
            show_runs("rendered words not in the seed sequence", rendered,
                      unmatched_runs(rendered, got), show_extra)
    ok = seed_share >= minimum and rend_share >= minimum and seed and rendered
    if not ok:
        print(f"{name}: below the minimum of {minimum:g}%", file=sys.stderr)
    return 0 if ok else 1


# ---- self-test ------------------------------------------------------------


def selftest():
    rng = random.Random(20240115)
    failures = 0
    for trial in range(3000):
        alphabet = "abcdefgh"[: rng.randint(1, 8)]
        a = [rng.choice(alphabet) for _ in range(rng.randint(0, 70))]
        b = [rng.choice(alphabet) for _ in range(rng.randint(0, 70))]
        want = lcs_length_dp(a, b)
        got = lcs_length(a, b)
        pairs = lcs_alignment(a, b)
        valid = (all(a[i] == b[j] for i, j in pairs)
                 and all(p[0] < q[0] and p[1] < q[1] for p, q in zip(pairs, pairs[1:])))
        if got != want or len(pairs) != want or not valid:
            failures += 1
            if failures <= 5:
                print(f"selftest: mismatch a={''.join(a)} b={''.join(b)} "
                      f"dp={want} bitparallel={got} alignment={len(pairs)} valid={valid}")
    # Tokeniser.
    cases = [
        ("**1. Mục tiêu:** Lũy kế đạt 16,9 tiêu chí/xã\\.", ["1", "mục", "tiêu", "lũy", "kế", "đạt", "16", "9", "tiêu", "chí", "xã"]),
        ("<p>Năm N&#39;Đir<br>&nbsp;| a |</p>", ["năm", "n", "đir", "a"]),
        ("tỷ lệ <8% và > 99% ( $\\geq 30\\%$ )", ["tỷ", "lệ", "8", "và", "99", "30"]),
        ("UỶ BAN", ["uỷ", "ban"]),
        ("Ho\u0302\u0300ng snake_case", ["hồng", "snake", "case"]),
        ("<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>y</body>", ["y"]),
    ]
    for text, want in cases:
        got = words(text)
        if got != want:
            failures += 1
            print(f"selftest: words({text!r}) = {got}, want {want}")
    # Cutting the attachment pages.
    cut_cases = [
        ("a\n(Chi tiết theo Biểu 01 đính kèm)\n\n---\n\n**Biểu 01**\n\nx", "biểu 01", 8),
        ("<p>a b</p><section><p class=\"label\">Biểu 02</p><p>x</p>", "biểu 02", 2),
        ("a\n\f PHỤ LỤC II \nx", "phụ lục ii", 1),
        ("no attachments here\nBiểu 01 đính kèm", None, 7),
    ]
    for text, want_label, want_words in cut_cases:
        body, label = cut_attachments(text)
        if label != want_label or len(words(body)) != want_words:
            failures += 1
            print(f"selftest: cut_attachments({text!r}) = {label!r}, "
                  f"{len(words(body))} words; want {want_label!r}, {want_words}")
    # Speed: 10,000 x 10,000 words.
    vocab = [f"w{k}" for k in range(800)]
    a = [rng.choice(vocab) for _ in range(10000)]
    b = list(a)
    for _ in range(600):
        b[rng.randrange(len(b))] = rng.choice(vocab)
    t0 = time.perf_counter()
    n = lcs_length(a, b)
    t1 = time.perf_counter()
    pairs = lcs_alignment(a, b)
    t2 = time.perf_counter()
    if len(pairs) != n:
        failures += 1
        print(f"selftest: alignment length {len(pairs)} != LCS {n}")
    print(f"selftest: 10000 x 10000 words: LCS {n} in {t1 - t0:.3f} s, "
          f"alignment in {t2 - t1:.3f} s")
    if t1 - t0 > 1.0:
        failures += 1
        print("selftest: LCS too slow (> 1 s)")
    print("selftest: " + ("ok" if failures == 0 else f"{failures} failure(s)"))
    return 0 if failures == 0 else 1


def main(argv):
    p = argparse.ArgumentParser(
        description="Share of a seed document's words that a rendering "
                    "reproduces in order, and vice versa (LCS of words).")
    p.add_argument("seed", nargs="?", help="the seed text (tests/seeds/NAME.txt)")
    p.add_argument("rendered", nargs="?", help="the rendering: .md, .html or plain text")
    p.add_argument("--min", type=float, default=97.0, metavar="PERCENT",
                   help="fail if either share is below PERCENT (default 97)")
    p.add_argument("--name", help="name printed in the report (default: the seed's file name)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--body-only", dest="attachments", action="store_const", const="body",
                       help="always leave the rendering's attachment pages (Biểu, Phụ lục) out")
    which.add_argument("--whole", dest="attachments", action="store_const", const="whole",
                       help="compare the attachment pages too (default: only if the seed "
                            "has attachment pages itself)")
    p.set_defaults(attachments="auto")
    p.add_argument("--show-missing", type=int, default=0, metavar="N",
                   help="print the first N runs of seed words missing from the rendering")
    p.add_argument("--show-extra", type=int, default=0, metavar="N",
                   help="print the first N runs of rendered words not in the seed sequence")
    p.add_argument("--selftest", action="store_true",
                   help="check the LCS against a simple DP and time it")
    args = p.parse_args(argv)
    if args.selftest:
        return selftest()
    if not args.seed or not args.rendered:
        p.print_usage(sys.stderr)
        print("fidelity: need SEED and RENDERED (or --selftest)", file=sys.stderr)
        return 2
    return compare(args.seed, args.rendered, args.min, args.name,
                   args.show_missing, args.show_extra, args.attachments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
