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
    "a)" after the bases, counted here) became a body node;
  - every numbered heading of the implementation section ("TỔ CHỨC THỰC
    HIỆN") that assigns work in one sentence ("3. Giao Phòng ... chủ trì,
    ..."), counted here, became a task with a lead: tasks with a lead are
    at least that many.

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
# a numbered sentence of the implementation section that names its units
# first (after "Giao", "Đề nghị", "Yêu cầu", or after a "Căn cứ ...," phrase;
# a group "các Phòng, Ban, ngành" counts) and goes on with what they do
ASSIGN = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\\?\.\s+(?:(?:Giao|Đề nghị|Yêu cầu) |Căn cứ [^,]{0,200}, )?"
                    r"(?:[Cc]ác )?(?:Phòng|Văn phòng|Sở|Ban|UBND|Ủy ban|Uỷ ban|UBMTTQ|Trung tâm|Công an|"
                    r"Tổ công tác|Cơ quan)\b.{0,200}?\s(?:chủ trì|phối hợp với|chủ động|căn cứ|phân công|"
                    r"đôn đốc|tiếp tục|tham mưu)\s")


def seed_counts(path):
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
    usual = len(USUAL.findall(text.replace("\n", " ")))
    headings = 0
    assigns = 0
    started = False
    org = False
    for line in text.split("\n"):
        line = MARKUP.sub("", line).strip()
        if "TỔ CHỨC THỰC HIỆN" in line:
            org = True
        if org and ASSIGN.match(line):
            assigns += 1
        if line.startswith("Căn cứ"):
            started = True
            continue
        if line.startswith("Nơi nhận"):
            break
        if HEADING.match(line) and (started or re.match(r"^[IVX]+\.", line)):
            started = True
            headings += 1
    return usual, headings, assigns


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
        m = re.search(r"bases structured (\d+)/(\d+).*numbered headings in the body (\d+)/(\d+)"
                      r".*with a lead (\d+)", line[0])
        structured, total, in_body, found, led = map(int, m.groups())
        usual, headings, assigns = seed_counts(seed)
        print(f"  {seed}: the seed has {usual} bases in the usual pattern, {headings} numbered headings "
              f"and {assigns} one-sentence assignments")
        if led < assigns:
            print(f"not ok - {seed}: {led} tasks with a lead, the seed assigns work in {assigns} numbered sentences")
            bad += 1
        if structured < usual:
            print(f"not ok - {seed}: {structured} bases structured, the seed has {usual} in the usual pattern")
            bad += 1
        if in_body != headings:
            print(f"not ok - {seed}: {in_body} numbered headings became body nodes, the seed has {headings}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
