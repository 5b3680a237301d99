#!/bin/sh
# tests/hardening/mutants10.sh KHGEN WORKDIR - what session 10 fixed of the
# import leftovers of session 9's structure-aware mutation sweep (issue 8,
# "no silent loss"; /tmp/s9mut/findings.md and /tmp/s10mut/findings.md in
# their sessions) and of the ninth attack's import findings: documents that
# `khgen import` read with text left out or changed and no warning, and
# import's time on long bullets. Each is rebuilt here from a small plan or
# a generated file.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- long bullets: the unit-name and place words looked for in one pass ---------------
# Every bullet is tried as a sentence of assignment ("Phòng A chủ trì ..."):
# the end of its first unit's name was the least of 54 str_find calls over
# the whole sentence (13 words that end a name, 41 verbs), and every word's
# start was compared with 16 place words and 8 level words one by one: 3 MB
# of bullets of 250 words took 1.4 s of CPU (release), 2.2 MB of bullets
# naming localities 0.5 s. Now a table of the words' first two bytes
# (WordSet, word_first) passes over the name once: 0.2 s; same plan.
python3 - "$work/words.md" <<'PY'
import sys
lines = ['KẾ HOẠCH', '']
lines += ['- Hoàn thành ' + 'a ' * 250 + 'năm 2024.'] * 6000
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')
PY
timed_case "import of 6,000 bullets of 250 words (3 MB)" \
    "$timed" import "$work/words.md" -o "$work/words.yaml" --force

# the small plan the cases below change as a mutant would
cat >"$work/t.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01
  title: Kế hoạch thử nghiệm
body:
  - section: MỤC TIÊU
    items:
      - para: Đoạn mở đầu của mục tiêu.
closing: Trên đây là Kế hoạch thử nghiệm./.
recipients: [UBND huyện, Lưu VT]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
YAML
"$khgen" build -f md,docx -o "$work/t" "$work/t.yaml" >"$work/out" 2>&1 ||
    not_ok "the small plan builds: $(head -n 3 "$work/out")"

# ---- the national motto written twice ---------------------------------------------------
# A plan prints its national name and motto once, from its template: a
# second "Độc lập - Tự do - Hạnh phúc" line (3 of 2,166 .md/.txt mutants;
# a Word header table nested in its own cell, 3 .docx mutants) was read as
# the same line and printed once, without a word. Now the copy is KH761 at
# its line and a '# review:' comment, as other lines the header cannot hold.
awk '{ print } /^\*\*Độc lập - Tự do - Hạnh phúc\*\*$/ { print }' "$work/t/t.md" >"$work/motto.md"
line=$(grep -n 'Độc lập' "$work/motto.md" | sed -n 2p | cut -d: -f1)
"$khgen" import "$work/motto.md" -o "$work/motto.yaml" >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 0 ] && [ -n "$line" ] && grep -q "motto.md:$line:1: warning\[KH761\]: 'Độc lập - Tự do - Hạnh phúc'" "$work/err" &&
    grep -q '^  # review: left out of the header: Độc lập - Tự do - Hạnh phúc \[KH761\]$' "$work/motto.yaml" &&
    "$khgen" check "$work/motto.yaml" >/dev/null 2>&1 &&
    ok "a second motto line is KH761 at its line and a review comment, not silently one" ||
    not_ok "a second motto line: status $status, $(grep -c KH761 "$work/err") KH761, $(grep -c 'left out of the header' "$work/motto.yaml") review comments"

# ---- a clause numbered "0." --------------------------------------------------------------
# A plan's `number:` is 1 to 10,000, and import wrote a clause "0." as
# number 0, which is no number: the clause printed "2." (4 of 2,166
# .md/.txt mutants), and a sub-clause "2.0." printed "2.1.". Now a label
# no plan can number is its `label:`, printed as written.
sed '/^\*\*I\. MỤC TIÊU\*\*$/,$d' "$work/t/t.md" >"$work/zero.md"
cat >>"$work/zero.md" <<'MD'
**I. MỤC TIÊU**

**1. Khoản một**

Đoạn của khoản một.

**0. Khoản số không**

Đoạn của khoản số không.

**2. Khoản hai**

**2.0. Khoản con số không**

Đoạn của khoản con.

MD
sed -n '/^Trên đây/,$p' "$work/t/t.md" >>"$work/zero.md"
"$khgen" import "$work/zero.md" -o "$work/zero.yaml" >"$work/out" 2>&1 &&
    "$khgen" build -f md -o "$work/zero" "$work/zero.yaml" >>"$work/out" 2>&1
grep -q '^\*\*0\. Khoản số không\*\*$' "$work/zero/zero.md" 2>/dev/null &&
    grep -q '^\*\*2\.0\. Khoản con số không\*\*$' "$work/zero/zero.md" &&
    grep -q '^\*\*2\. Khoản hai\*\*$' "$work/zero/zero.md" &&
    ok "a clause '0.' and a sub-clause '2.0.' keep their labels" ||
    not_ok "a label '0.' renumbered: $(grep 'Khoản' "$work/zero/zero.md" 2>/dev/null | tr '\n' ' ')"

# ---- one "# " line in a .txt of a paragraph a line ----------------------------------------
# One line starting "# " made a whole .txt Markdown, and Markdown joins the
# lines of a paragraph: a text export (one paragraph a line, no blank line
# between) came back as a few long paragraphs, the signature's lines run
# into the recipients (11 of 2,166 .md/.txt mutants). Now one such line is
# Markdown only in a text whose paragraphs are apart (a blank line for two
# that are not); two are Markdown anywhere.
cat >"$work/hash.txt" <<'TXT'
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số:      /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày      tháng 01 năm 2024
KẾ HOẠCH
Thử nghiệm năm 2024
# I. MỤC TIÊU
- Hoàn thành các chỉ tiêu.
- Giữ vững các tiêu chí đã đạt.
Trên đây là Kế hoạch thử nghiệm./.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
TXT
"$khgen" import "$work/hash.txt" -o "$work/hash.yaml" >"$work/out" 2>&1
grep -q '^    - TM. ỦY BAN NHÂN DÂN$' "$work/hash.yaml" && grep -q '^  name: Nguyễn Văn A$' "$work/hash.yaml" &&
    grep -q 'bullet: Giữ vững các tiêu chí đã đạt\.$' "$work/hash.yaml" &&
    ok "a .txt of a paragraph a line with one '# ' line is read as text, its lines apart" ||
    not_ok "one '# ' line: $(grep -A3 '^recipients\|^signature' "$work/hash.yaml" | tr '\n' ' ' | cut -c1-200)"
# the same text with its paragraphs apart is Markdown, its heading a heading
sed 's/$/\n/' "$work/hash.txt" >"$work/hash.md"
"$khgen" import "$work/hash.md" -o "$work/hashmd.yaml" >"$work/out" 2>&1
grep -q 'section: MỤC TIÊU' "$work/hashmd.yaml" &&
    ok "one '# ' line in a text of paragraphs apart is a Markdown heading" ||
    not_ok "one '# ' line, paragraphs apart: $(grep -m 2 'section\|para: #' "$work/hashmd.yaml" | tr '\n' ' ')"

# ---- a text outside any run --------------------------------------------------------------
# A w:t directly in a w:p (a run unwrapped; 4 of 695 .docx mutants): Word
# refuses such a file as damaged, LibreOffice and pandoc open it without
# that text, and import left it out too, without a word. Now it is KH759
# and a '# review:' comment: the text is in the file, no reader shows it.
python3 - "$work/t/t.docx" "$work/bare.docx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
parts = {i.filename: z.read(i.filename) for i in z.infolist()}
d = parts['word/document.xml'].decode()
at = d.index('Đoạn mở đầu')
s = max(m.start() for m in re.finditer('<w:r[ >]', d[:at]))
e = d.index('</w:r>', at) + len('</w:r>')
d = d[:s] + re.search(r'<w:t[ >].*?</w:t>', d[s:e]).group(0) + d[e:]
parts['word/document.xml'] = d.encode()
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:
    for name, data in parts.items():
        out.writestr(name, data)
PY
"$khgen" import "$work/bare.docx" -o "$work/bare.yaml" >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 0 ] && grep -q "warning\[KH759\]: '.*bare.docx' has 1 text outside a run" "$work/err" &&
    grep -q '# review: text outside a run, which Word and LibreOffice do not show: Đoạn mở đầu của mục tiêu\. \[KH759\]$' "$work/bare.yaml" &&
    "$khgen" check "$work/bare.yaml" >/dev/null 2>&1 &&
    ok "a text outside any run is KH759 and a review comment" ||
    not_ok "a text outside any run: status $status, $(grep -c KH759 "$work/err") KH759, $(grep -c 'Đoạn mở đầu' "$work/bare.yaml") in the plan"

# ---- pandoc's .docx: a list item's later paragraphs ------------------------------------
# pandoc writes an item's paragraphs after its first as list paragraphs of
# a bullet whose text is blank (lvlText " "), and a nested item's bullet
# as an en dash: import read the former as "-" bullets and the latter as
# a "-", so "+ Phụ trách tiêu chí:" before its paragraphs came back as a
# task's lead_label with no lead, the line not printed (binh-trung, s002:
# khgen's .md -> pandoc -> import -> build). Now a blank bullet's
# paragraph is under its item's text, and an en dash below the first
# level a "+".
if command -v pandoc >/dev/null 2>&1; then
    "$khgen" build -f md -o "$work/bt" plans/binh-trung-2024.yaml >/dev/null 2>&1
    pandoc -f markdown -t docx -o "$work/pd.docx" "$work/bt/binh-trung-2024.md" 2>"$work/err"
    "$khgen" import "$work/pd.docx" -o "$work/pd.yaml" >"$work/out" 2>&1 &&
        "$khgen" build -f md -o "$work/pd" "$work/pd.yaml" >>"$work/out" 2>&1
    want=$(grep -c '^  + Phụ trách tiêu chí:$' "$work/bt/binh-trung-2024.md")
    got=$(grep -c '^  + Phụ trách tiêu chí:$' "$work/pd/pd.md" 2>/dev/null)
    [ "$want" -ge 2 ] && [ "$got" = "$want" ] &&
        grep -q '^  Công chức Địa chính phụ trách lĩnh vực nông nghiệp phụ trách Chỉ tiêu 17.1, 17.4' "$work/pd/pd.md" &&
        ok "pandoc's .docx keeps '+ Phụ trách tiêu chí:' before its paragraphs ($got of $want)" ||
        not_ok "pandoc's .docx: '+ Phụ trách tiêu chí:' $got of $want, $(tail -n 1 "$work/out")"
else
    ok "# SKIP pandoc's .docx: no pandoc"
fi

# ---- a body table's note through khgen's .docx ---------------------------------------------
# khgen's .docx sets a table's note in italics by its paragraph style ("KH
# Attachment Note"), not by its runs: import read the paragraph as plain,
# so the note became a paragraph after the table and printed without its
# italics (attack 9 L11). Now a paragraph style's italics count.
cat >"$work/note.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01
  title: Kế hoạch thử nghiệm
body:
  - section: MỤC TIÊU
    items:
      - para: Đoạn mở đầu của mục tiêu.
      - table: Phân công rà soát
        columns: [{key: a, header: Nội dung}, {key: b, header: Số lượng}, {key: c, header: Đơn vị tính}]
        rows:
          - [Rà soát hồ sơ, "12", bộ]
        note: Ghi chú của bảng rà soát.
closing: Trên đây là Kế hoạch thử nghiệm./.
recipients: [UBND huyện, Lưu VT]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
YAML
"$khgen" build -f docx -o "$work/note" "$work/note.yaml" >"$work/out" 2>&1 &&
    "$khgen" import "$work/note/note.docx" -o "$work/note2.yaml" >>"$work/out" 2>&1 &&
    "$khgen" build -f md -o "$work/note2" "$work/note2.yaml" >>"$work/out" 2>&1
grep -q '^        note: Ghi chú của bảng rà soát\.$' "$work/note2.yaml" 2>/dev/null &&
    grep -q '^\*Ghi chú của bảng rà soát\.\*$' "$work/note2/note2.md" &&
    ok "a table's note comes back through khgen's .docx as its note, in italics" ||
    not_ok "a table's note through .docx: $(grep 'Ghi chú' "$work/note2.yaml" 2>/dev/null | head -n 1)"

# ---- a run outside its paragraph in a table's cell ------------------------------------------
# Session 10's sweep: a w:r moved out of its w:p into the w:tc around it
# (a damaged file) lost its text from the cell, without a word: a cell
# read its paragraphs only. Now such a run's text is the cell's too.
python3 - "$work/note/note.docx" "$work/cellrun.docx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
parts = {i.filename: z.read(i.filename) for i in z.infolist()}
d = parts['word/document.xml'].decode()
at = d.index('Rà soát hồ sơ')
s = max(m.start() for m in re.finditer('<w:r[ >]', d[:at]))
e = d.index('</w:p>', at)
d = d[:s] + '</w:p>' + d[s:e] + d[e + len('</w:p>'):]
parts['word/document.xml'] = d.encode()
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:
    for name, data in parts.items():
        out.writestr(name, data)
PY
"$khgen" import "$work/cellrun.docx" -o "$work/cellrun.yaml" >"$work/out" 2>&1
grep -q 'Rà soát hồ sơ' "$work/cellrun.yaml" 2>/dev/null &&
    ok "a run outside its paragraph in a table's cell keeps its text" ||
    not_ok "a run outside its paragraph in a cell: its text is lost ($(tail -n 1 "$work/out"))"

# ---- the number line written twice -----------------------------------------------------------
# Session 10's sweep: "Số:      /KH-UBND" repeated (50 times, or twice)
# was read as the plan's number each time and printed once, without a
# word. Now the first is the plan's, a copy KH761 and a review comment.
awk '{ print } /^Số:/ && !done { print "Số: 99/KH-UBND"; done = 1 }' "$work/t/t.md" >"$work/num.md"
"$khgen" import "$work/num.md" -o "$work/num.yaml" >"$work/out" 2>"$work/err"
grep -q 'warning\[KH761\]: .Số: 99/KH-UBND' "$work/err" &&
    grep -q '^  # review: left out of the header: Số: 99/KH-UBND \[KH761\]$' "$work/num.yaml" &&
    ! grep -q '^  number: 99' "$work/num.yaml" &&
    ok "a second number line is KH761 and a review comment, the first the plan's" ||
    not_ok "a second number line: $(grep -c KH761 "$work/err") KH761, $(grep '^  number' "$work/num.yaml")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
