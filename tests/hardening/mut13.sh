#!/bin/sh
# tests/hardening/mut13.sh KHGEN WORKDIR - what session 13's mutation sweep
# (issue 8; tools/mutants.py over src/diff_parts.c, catalog.c,
# cmd_convert.c, outputs.c and the import readers of session 12:
# import_mdhtml.c, import_txtcells.c, docx_run.c, docx_num.c,
# docx_layout.c, import_body.c) found the tests blind to: one-line changes
# of khgen that every suite that runs their line passed. Each case below
# fails with at least one such mutant (named in its comment) and passes
# with khgen; each checks what a user sees: the messages and their
# colours, the plan import writes, the documents a build writes.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

esc=$(printf '\033')

# ---- khgen convert (src/cmd_convert.c) ------------------------------------------------
# C1: --color=always colours convert's diagnostics as every command's: the
# KH017 warning of a control character it drops and the KH031 error of a
# file that is not a regular one. Mutants that dropped either
# diag_set_color call printed them plain, and no suite looked.
printf 'title: "a\001b"\n' >"$work/c1.yaml"
"$khgen" --color=always convert "$work/c1.yaml" -o "$work/c1.out" 2>"$work/c1.err"
s1=$?
"$khgen" --color=always convert /dev/null -o "$work/c1b.out" 2>"$work/c1b.err"
s2=$?
"$khgen" --color=never convert /dev/null -o "$work/c1c.out" 2>"$work/c1c.err"
s3=$?
if [ "$s1" -eq 0 ] && grep -q "${esc}\[01;35mwarning\[KH017\]" "$work/c1.err" &&
    [ "$s2" -eq 3 ] && grep -q "${esc}\[01;31merror\[KH031\]" "$work/c1b.err" &&
    [ "$s3" -eq 3 ] && grep -q "^/dev/null: error\[KH031\]" "$work/c1c.err" &&
    ! grep -q "$esc" "$work/c1c.err" && ! [ -e "$work/c1b.out" ]; then
    ok "C1: convert --color=always colours KH017 and KH031, --color=never does not"
else
    not_ok "C1: status $s1/$s2/$s3: $(cat -v "$work/c1.err" "$work/c1b.err" | head -c 400)"
fi

# ---- the order of codes and names (src/catalog.c, catalog_code_cmp) -------------------
# K1: rows sorted by name ignore accents, and a name that is the start of
# another comes first: "Tấn" before "Tân Phú" although the registry lists
# it after and its bytes sort after. A mutant that made "a prefix of b"
# equal (then the bytes decided) printed "Tân Phú" first; no suite sorted
# such names.
cat >"$work/k1.yaml" <<'EOF'
{"khgen": 1,
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN THẾ"], "issuer_short": "UBND huyện",
            "place": "Yên Thế", "date": "2025-01", "title": "Thực thi K1"},
 "localities": [{"id": "l2", "name": "Tân Phú", "kind": "xã"}, {"id": "l1", "name": "Tấn", "kind": "xã"},
                {"id": "l3", "name": "An Bình", "kind": "xã"}],
 "body": [{"section": "MỤC TIÊU", "items": [{"para": "Đoạn K1 (Chi tiết theo {att b1})."}]}],
 "signature": {"lines": ["CHỦ TỊCH"], "name": "Nguyễn Văn A"},
 "attachments": [{"id": "b1", "label": "Biểu 01", "title": "Xã",
                  "columns": ["stt", {"key": "name", "header": "Tên"}],
                  "rows": {"from": "localities", "sort": "name"}}]}
EOF
"$khgen" build -f md -o - "$work/k1.yaml" >"$work/k1.md" 2>"$work/k1.err"
s=$?
if [ "$s" -eq 0 ] && [ "$(grep -E '^\| [0-9]' "$work/k1.md" | tr -d ' ' | tr '\n' ' ')" = "|1|AnBình| |2|Tấn| |3|TânPhú| " ]; then
    ok "K1: names sorted ignoring accents, one that begins another first: An Bình, Tấn, Tân Phú"
else
    not_ok "K1: status $s: $(grep -E '^\| [0-9]' "$work/k1.md" | tr '\n' ' ') $(head -c 200 "$work/k1.err")"
fi

# K2: a criterion without its code is reported (KH413) and the catalog's
# next criteria are still read: one without a name is reported too. A
# mutant that stopped at the first (break for continue) said one error of
# two. K3: a catalog file imported twice under two names (KH416) and then a
# catalog of the library: the library's is still read (the task's
# criterion 17 is found); a mutant that stopped at KH416 said "criterion
# '17' is not in the imported catalog" (KH402), and no suite imported a
# file twice.
cat >"$work/k2.yaml" <<'EOF'
khgen: 1
import:
  - id: thon-k2
    title: Bộ tiêu chí K2
    criteria:
      - {name: Giao thông thôn}
      - {code: 2}
      - {code: 3, name: Điện, indicators: [3.1]}
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ A]
  place: A
  date: 2024-01
  title: Thực thi thử
units:
  - {id: vp, name: Văn phòng}
body:
  - task: Làm đường thôn
    lead: vp
    criteria: [3]
EOF
mkdir -p "$work/k3"
printf 'id: thon-k3\ntitle: Bộ tiêu chí K3\ncriteria:\n  - {code: 1, name: Giao thông thôn}\n' >"$work/k3/cat.yaml"
sed -e 's/^import:$/import: [cat.yaml, .\/cat.yaml, qd318-xa-ntm]/' -e '/^  - id: thon-k2$/,/^header:$/{/^header:$/!d}' \
    -e 's/criteria: \[3\]/criteria: [17]/' "$work/k2.yaml" >"$work/k3/k3.yaml"
LC_ALL=C.UTF-8 "$khgen" check "$work/k2.yaml" >/dev/null 2>"$work/k2.err"
s2=$?
LC_ALL=C.UTF-8 "$khgen" check "$work/k3/k3.yaml" >/dev/null 2>"$work/k3.err"
s3=$?
if [ "$s2" -eq 1 ] && grep -q "k2.yaml:6:9: error\[KH413\]: a criterion has no 'code'" "$work/k2.err" &&
    grep -q "k2.yaml:7:9: error\[KH413\]: a criterion has no 'name'" "$work/k2.err"; then
    ok "K2: a criterion without its code does not stop the catalog: the next one's missing name is reported"
else
    not_ok "K2: status $s2: $(grep KH "$work/k2.err" | head -c 400)"
fi
if [ "$s3" -eq 0 ] && grep -q "k3.yaml:2:20: warning\[KH416\]" "$work/k3.err" && ! grep -q KH402 "$work/k3.err"; then
    ok "K3: a catalog file imported twice (KH416) does not stop the imports after it"
else
    not_ok "K3: status $s3: $(grep KH "$work/k3.err" | head -c 400)"
fi

# ---- which .docx tables are layout (src/docx_layout.c) --------------------------------
# L1: a header table of two rows that is not the document's first thing (a
# "DỰ THẢO" line above it) and whose "Số:" is elsewhere is layout by its
# "CỘNG HÒA": the issuer is read as text, no "|" (its two lines, "ỦY BAN
# NHÂN DÂN" over "XÃ ĐỒNG HƯU"; "DỰ THẢO" is a review note, 23887d9, not the
# body above the issuer it was read as before). A mutant that began the
# search of the header's words at the second word ("CỘNG HOÀ") made the
# issuer "| ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU |".
# L2: a signature table of two rows after the text, without "Nơi nhận",
# "TM." or "KT.", whose cell stacks two paragraphs ("(Đã ký)", the name), is
# layout: its lines are read as paragraphs, and since session 14 (import_signer.c)
# known as the plan's signature by "CHỦ TỊCH" over "(Đã ký)" and a name. A
# mutant that never counted a cell's paragraphs made it a data table of the
# plan ("CHỦ TỊCH" a column's heading).
cat >"$work/layout.py" <<'EOF'
import sys, docx
def make(path, stacked):
    d = docx.Document()
    d.add_paragraph("DỰ THẢO")
    t = d.add_table(rows=2, cols=2)
    if not stacked:
        t.cell(0, 0).text = "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU"
        t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    for s in ["KẾ HOẠCH", "Triển khai năm 2025", "I. MỤC TIÊU", "1. Cấp xã",
              "Nâng cao chất lượng đời sống của nhân dân."]:
        d.add_paragraph(s)
    if stacked:
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 1).text = "CHỦ TỊCH"
        t.cell(1, 1).text = "(Đã ký)"
        t.cell(1, 1).add_paragraph("Nguyễn Văn A")
    d.save(path)
make(sys.argv[1], sys.argv[2] == "1")
EOF
/usr/bin/python3 "$work/layout.py" "$work/l1.docx" 0 && /usr/bin/python3 "$work/layout.py" "$work/l2.docx" 1 ||
    not_ok "setup: python-docx could not write the .docx of L1 and L2"
"$khgen" import "$work/l1.docx" -o "$work/l1.yaml" >/dev/null 2>"$work/l1.err"
s1=$?
"$khgen" import "$work/l2.docx" -o "$work/l2.yaml" >/dev/null 2>"$work/l2.err"
s2=$?
if [ "$s1" -eq 0 ] && grep -qx '    - ỦY BAN NHÂN DÂN' "$work/l1.yaml" &&
    grep -qx '    - XÃ ĐỒNG HƯU' "$work/l1.yaml" && ! grep -q 'governing_body' "$work/l1.yaml" &&
    ! grep -q '|' "$work/l1.yaml"; then
    ok "L1: a header table of two rows below a line is layout by its 'CỘNG HÒA'"
else
    not_ok "L1: status $s1: $(grep -n 'ĐỒNG HƯU\||' "$work/l1.yaml" | head -c 300) $(head -c 200 "$work/l1.err")"
fi
if [ "$s2" -eq 0 ] && grep -A6 '^signature:' "$work/l2.yaml" | tr -d '\n ' |
    grep -qF 'lines:-CHỦTỊCHname:-(Đãký)-NguyễnVănA' && ! grep -q 'table:' "$work/l2.yaml"; then
    ok "L2: a signature table of two rows, a cell of two paragraphs, is layout: its lines are the signature"
else
    not_ok "L2: status $s2: $(grep -n 'table\|Đã ký\|Nguyễn' "$work/l2.yaml" | head -c 300) $(head -c 200 "$work/l2.err")"
fi

# L3: a table of three columns is data even when a cell stacks two
# paragraphs ("Rà soát hồ sơ" / "các xã"): a mutant that never counted a
# row's cells (every table "narrow") read it as layout, its cells seven
# paragraphs "TT", "Nội dung", ...
cat >"$work/l3.py" <<'EOF'
import sys, docx
d = docx.Document()
for s in ["KẾ HOẠCH", "Triển khai năm 2025", "I. MỤC TIÊU", "1. Cấp xã", "Nâng cao chất lượng."]:
    d.add_paragraph(s)
t = d.add_table(rows=2, cols=3)
for k, s in enumerate(["TT", "Nội dung", "Ghi chú"]):
    t.cell(0, k).text = s
t.cell(1, 0).text = "1"
t.cell(1, 1).text = "Rà soát hồ sơ"
t.cell(1, 1).add_paragraph("các xã")
t.cell(1, 2).text = "Quý IV"
d.add_paragraph("Trên đây là Kế hoạch.")
d.save(sys.argv[1])
EOF
/usr/bin/python3 "$work/l3.py" "$work/l3.docx" || not_ok "setup: python-docx could not write l3.docx"
"$khgen" import "$work/l3.docx" -o "$work/l3.yaml" >/dev/null 2>"$work/l3.err"
s=$?
if [ "$s" -eq 0 ] && grep -qx '              - \["Rà soát hồ sơ các xã", "Quý IV"\]' "$work/l3.yaml" &&
    grep -qx '              - {key: c3, header: "Ghi chú"}' "$work/l3.yaml" && ! grep -q 'para: TT' "$work/l3.yaml"; then
    ok "L3: a table of three columns with a cell of two paragraphs is data: one row, its cell's lines joined"
else
    not_ok "L3: status $s: $(sed -n '/^body/,$p' "$work/l3.yaml" | tr '\n' '|' | head -c 400)"
fi

# ---- HTML tables in a Markdown import (src/import_mdhtml.c) ---------------------------
# H1: a table followed on its line by text, and a table indented four
# spaces (CommonMark's code block, as a Markdown reader shows it: its tags
# as written). Mutants: the table's end taken before its '>' (the text
# after it became "> Ghi chú sau bảng.", a quotation); an HTML block
# opened after four spaces (the code block read as a table "| A | B | C |").
cat >"$work/h1.md" <<'MD'
KẾ HOẠCH

Triển khai năm 2024

I. MỤC TIÊU

1. Cấp xã

<table><tr><th>TT</th><th>Nội dung</th><th>Đơn vị</th></tr><tr><td>1</td><td>Rà soát</td><td>Phòng Nội vụ</td></tr></table> Ghi chú sau bảng.

    <table><tr><td>A</td><td>B</td><td>C</td></tr></table>

Trên đây là Kế hoạch.
MD
"$khgen" import "$work/h1.md" -o "$work/h1.yaml" >/dev/null 2>"$work/h1.err"
s=$?
if [ "$s" -eq 0 ] && grep -qx '              - \["Rà soát", "Phòng Nội vụ"\]' "$work/h1.yaml" &&
    grep -qx '          - para: Ghi chú sau bảng.' "$work/h1.yaml" &&
    grep -qx '          - para: <table><tr><td>A</td><td>B</td><td>C</td></tr></table>' "$work/h1.yaml"; then
    ok "H1: text after a table on its line is a paragraph; a table indented four spaces is code, as written"
else
    not_ok "H1: status $s: $(sed -n '/^body/,$p' "$work/h1.yaml" | tr '\n' '|' | head -c 500)"
fi

# H2: a table whose cell opens 300 <span> never closed (past libxml2's 256
# open elements) is parsed again without that limit, its cost within the
# budget: one row of the plan's table, every word. No suite took that
# path; a mutant that gave up on every table the first parse refused left
# it written out as tags.
{
    printf 'KẾ HOẠCH\n\nTriển khai năm 2024\n\nI. MỤC TIÊU\n\n1. Cấp xã\n\n'
    printf '<table><tr><th>TT</th><th>Nội dung</th><th>Đơn vị</th></tr><tr><td>1</td><td>Rà soát '
    i=0
    while [ $i -lt 300 ]; do printf '<span>'; i=$((i + 1)); done
    printf 'hồ sơ</td><td>Phòng Nội vụ</td></tr></table>\n\nTrên đây là Kế hoạch.\n'
} >"$work/h2.md"
"$khgen" import "$work/h2.md" -o "$work/h2.yaml" >/dev/null 2>"$work/h2.err"
s=$?
if [ "$s" -eq 0 ] && grep -qx '              - \["Rà soát hồ sơ", "Phòng Nội vụ"\]' "$work/h2.yaml" &&
    ! grep -q '<span>' "$work/h2.yaml"; then
    ok "H2: an HTML table nested past 256 open elements is read again without the limit: its row, every word"
else
    not_ok "H2: status $s: $(sed -n '/^body/,$p' "$work/h2.yaml" | tr '\n' '|' | head -c 400)"
fi

# ---- LibreOffice .txt tables a cell a line (src/import_txtcells.c) ---------------------
# T1: a heading line of 80 bytes is a heading (the table is read); one of 81
# makes the shape uncertain: its cells stay paragraphs and KH763 says so.
# They were a section "TT" without a word (the doubt's own test wanted
# headings of 80 bytes at most); a mutant that took 81 bytes as a heading
# passed every suite.
h80=$(printf 'Nhiem vu cua cac xa trong nam %.0s' 1 2 3 | cut -c1-80)
h81="${h80}t"
printf 'KẾ HOẠCH\nTriển khai năm 2024\n\nI. MỤC TIÊU\n\n1. Cấp xã\n\nTT\n%s\nChủ trì\n1\nRà soát\nPhòng Nội vụ\n\n2. Cấp huyện\n\nTT\n%s\nChủ trì\n1\nTập huấn\nPhòng Tư pháp\n\nTrên đây là Kế hoạch.\n' \
    "$h80" "$h81" >"$work/t1.txt"
"$khgen" import "$work/t1.txt" -o "$work/t1.yaml" >/dev/null 2>"$work/t1.err"
s=$?
if [ "$s" -eq 0 ] && [ ${#h80} -eq 80 ] && grep -qx '              - \["Rà soát", "Phòng Nội vụ"\]' "$work/t1.yaml" &&
    ! grep -q 'Tập huấn", "Phòng Tư pháp' "$work/t1.yaml" && grep -qx '  *- para: Tập huấn' "$work/t1.yaml" &&
    grep -q "t1.txt:17:1: warning\[KH763\]" "$work/t1.err"; then
    ok "T1: a table a cell a line with a heading of 80 bytes is read, one of 81 stays paragraphs with KH763"
else
    not_ok "T1: status $s: $(head -c 300 "$work/t1.err") $(sed -n '/^body/,$p' "$work/t1.yaml" | tr '\n' '|' | head -c 400)"
fi

# T2: a table a cell a line of uncertain shape (a group row "I") on an
# attachment page, below its label "Phụ lục 1" or "PHỤ LỤC I", is the
# page's (KH762 names the page's paragraphs), not the body's: no KH763.
# Mutants that compared a byte past "Phụ lục " or wanted a label longer
# than "PHỤ LỤC I" took the page for the body and warned twice.
for lab in "Phụ lục 1" "PHỤ LỤC I"; do
    printf 'KẾ HOẠCH\nTriển khai năm 2024\n\nI. MỤC TIÊU\n\n1. Cấp xã\n\nNâng cao chất lượng.\n\nTrên đây là Kế hoạch.\n\n%s\n\nTT\nNội dung\nĐơn vị\n1\nRà soát\nPhòng Nội vụ\nI\nNhóm hai\n2\nTập huấn\nPhòng Tư pháp\n\n' \
        "$lab" >"$work/t2.txt"
    "$khgen" import --force "$work/t2.txt" -o "$work/t2.yaml" >/dev/null 2>"$work/t2.err"
    s=$?
    if [ "$s" -eq 0 ] && grep -q "t2.txt:12:1: warning\[KH762\]: .* '$lab'" "$work/t2.err" &&
        ! grep -q 'KH763' "$work/t2.err"; then
        ok "T2: an uncertain table a cell a line below '$lab' is the attachment page's (KH762), not the body's (no KH763)"
    else
        not_ok "T2: '$lab': status $s: $(head -c 400 "$work/t2.err")"
    fi
done

# ---- the all-or-nothing commit (src/outputs.c) ----------------------------------------
# O1: a build killed past its commit point (its journal and marker left in
# the directory) is carried forward by the next build there: exit 0, the
# killed build's outputs complete (its .html, which the next build does not
# write), no journal, marker or temporary left. The recovery
# grows the journal's name by its marker's "!"; a mutant that dropped that
# growth wrote past the name's memory, which only the sanitizers' build
# (make check runs this suite with it) sees: kill9.sh, the one suite that
# reaches those lines, runs the release build.
mkdir -p "$work/o1"
"$khgen" build -f md,html -o "$work/o1" "$work/k1.yaml" >/dev/null 2>&1
sed 's/Thực thi K1/Thực thi O1/' "$work/k1.yaml" >"$work/o1b.yaml"
KHGEN_TEST_KILL_AFTER_RENAMES=1 "$khgen" build -f md,html -o "$work/o1" "$work/o1b.yaml" >/dev/null 2>&1
killed=$?
ls -A "$work/o1" >"$work/o1.before"
"$khgen" build -f md -o "$work/o1" "$work/o1b.yaml" >/dev/null 2>"$work/o1.err"
s=$?
if [ "$killed" -ne 0 ] && [ "$(wc -l <"$work/o1.before")" -gt 2 ] && [ "$s" -eq 0 ] &&
    [ "$(ls -A "$work/o1" | tr '\n' ' ')" = "k1.html k1.md o1b.html o1b.md " ] &&
    grep -q "Thực thi O1" "$work/o1/o1b.html" && ! [ -s "$work/o1.err" ]; then
    ok "O1: a build killed past its commit point is carried forward by the next: complete, nothing left over"
else
    not_ok "O1: killed $killed, status $s: before: $(tr '\n' ' ' <"$work/o1.before") after: $(ls -A "$work/o1" | tr '\n' ' ') $(head -c 300 "$work/o1.err")"
fi

# ---- the body's tree (src/import_body.c) ----------------------------------------------
# B1: `import --stats` counts the numbered headings of the body (sections,
# clauses, sub-clauses, points) and how many khgen numbers itself: H1's
# document has a section and a clause, 2/2. A mutant that counted every
# node but the clauses said 4/4 (the table and the paragraphs).
"$khgen" import --stats "$work/h1.md" -o "$work/b1.yaml" >/dev/null 2>"$work/b1.err"
s=$?
if [ "$s" -eq 0 ] && grep -q 'body nodes numbered automatically 2/2; numbered headings in the body 2/2' "$work/b1.err"; then
    ok "B1: import --stats counts the body's numbered headings, 2/2"
else
    not_ok "B1: status $s: $(head -c 300 "$work/b1.err")"
fi

# B2: a section numbered by hand past the next number ("III." after "I.")
# keeps its number (number: 3), the first none. A mutant that compared
# "equal" for "differs" wrote number: 1 on the first and renumbered the
# second II.
printf 'KẾ HOẠCH\n\nTriển khai năm 2024\n\nI. MỤC TIÊU\n\n1. Cấp xã\n\nNâng cao chất lượng.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nội vụ\n\n1.1. Rà soát hồ sơ\n\nTheo dõi.\n\nTrên đây là Kế hoạch.\n' \
    >"$work/b2.md"
"$khgen" import "$work/b2.md" -o "$work/b2.yaml" >/dev/null 2>"$work/b2.err"
s=$?
if [ "$s" -eq 0 ] && [ "$(grep -c '^    number:' "$work/b2.yaml")" -eq 1 ] &&
    grep -A1 -x '  - section: TỔ CHỨC THỰC HIỆN' "$work/b2.yaml" | grep -qx '    number: 3'; then
    ok "B2: a section numbered III after I keeps number 3; the first has none"
else
    not_ok "B2: status $s: $(grep -n 'section\|number' "$work/b2.yaml" | tr '\n' ' ' | head -c 300)"
fi

# ---- what a Word run shows (src/docx_run.c) -------------------------------------------
# S1: a run in the Symbol font whose text holds the private-use characters
# an old .doc converts to (U+F022 "∀", U+F040 "≅", U+F0B3 "≥"): each read as
# the font's character. Mutants at the bounds of that range (> 0x80 for
# >= 0x80, in either byte) dropped "∀" or "≅"; attack12 tries "≥" alone.
cat >"$work/s1.py" <<'EOF'
import sys, docx
d = docx.Document()
for s in ["KẾ HOẠCH", "Triển khai năm 2025", "I. MỤC TIÊU", "1. Cấp xã"]:
    d.add_paragraph(s)
p = d.add_paragraph("Với mọi xã ")
r = p.add_run("\uf022 \uf040 \uf0b3")
r.font.name = "Symbol"
p.add_run(" đạt chuẩn.")
d.save(sys.argv[1])
EOF
/usr/bin/python3 "$work/s1.py" "$work/s1.docx" || not_ok "setup: python-docx could not write s1.docx"
"$khgen" import "$work/s1.docx" -o "$work/s1.yaml" >/dev/null 2>"$work/s1.err"
s=$?
if [ "$s" -eq 0 ] && grep -qx '          - para: Với mọi xã ∀ ≅ ≥ đạt chuẩn.' "$work/s1.yaml"; then
    ok "S1: Symbol-font text U+F022, U+F040, U+F0B3 read as ∀ ≅ ≥"
else
    not_ok "S1: status $s: $(grep 'Với mọi' "$work/s1.yaml") $(head -c 200 "$work/s1.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
