#!/usr/bin/env python3
"""counts.py KHGEN SEED... - what `khgen import --stats` recognised, against
counts taken from the seed text independently.

For each seed it prints the importer's line (legal bases structured / total,
body nodes numbered automatically / total, units, tasks with a lead,
deadlines, ...) and checks two things the issue asks for:

  - every legal basis that follows the usual pattern ("Căn cứ <kind> số
    <number> ngày <date> của <body> ...", counted here with a regular
    expression over the seed's lines) is structured;
  - every numbered heading of the body (a line starting "I.", "2.", "1.2.",
    "a)" after the bases, counted here) became a body node.

Exit status 1 if a check fails.
"""
import re
import subprocess
import sys
import unicodedata

KINDS = ("Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Hướng dẫn|"
         "Chương trình|Thông báo|Luật|Công văn|Kết luận")
USUAL = re.compile(r"Căn cứ (?:%s) số \S+ ngày (?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}) của \S"
                   % KINDS)
HEADING = re.compile(r"^(?:[IVX]+\\?\.|\d{1,2}(?:\.\d{1,2})*\\?[.)]|[a-zđ]\))\s")
MARKUP = re.compile(r"^[#*_\s]+")


def seed_counts(path):
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
    usual = len(USUAL.findall(text.replace("\n", " ")))
    headings = 0
    started = False
    for line in text.split("\n"):
        line = MARKUP.sub("", line).strip()
        if line.startswith("Căn cứ"):
            started = True
            continue
        if line.startswith("Nơi nhận"):
            break
        if HEADING.match(line) and (started or re.match(r"^[IVX]+\.", line)):
            started = True
            headings += 1
    return usual, headings


def main():
    khgen, seeds = sys.argv[1], sys.argv[2:]
    bad = 0
    for seed in seeds:
        r = subprocess.run([khgen, "import", "--stats", seed], capture_output=True, text=True)
        line = [l for l in r.stderr.splitlines() if "bases structured" in l]
        if r.returncode != 0 or not line:
            print(f"not ok - {seed}: import --stats failed: {r.stderr.strip()[:200]}")
            bad += 1
            continue
        print("  " + line[0])
        m = re.search(r"bases structured (\d+)/(\d+).*numbered headings in the body (\d+)/(\d+)", line[0])
        structured, total, in_body, found = map(int, m.groups())
        usual, headings = seed_counts(seed)
        print(f"  {seed}: the seed has {usual} bases in the usual pattern and {headings} numbered headings")
        if structured < usual:
            print(f"not ok - {seed}: {structured} bases structured, the seed has {usual} in the usual pattern")
            bad += 1
        if in_body != headings:
            print(f"not ok - {seed}: {in_body} numbered headings became body nodes, the seed has {headings}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
