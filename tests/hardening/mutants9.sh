#!/bin/sh
# tests/hardening/mutants9.sh KHGEN WORKDIR - what session 9's structure-aware
# mutation sweep of import's inputs found (issue 8, "no silent loss";
# /tmp/s9mut/findings.md in its session): .docx files whose elements were
# wrapped, moved or changed one at a time, and .md files changed one line at
# a time, that `khgen import` read with text left out and no warning, or into
# a plan that does not load. Each is rebuilt here from a small plan.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

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
      - para: Đoạn bọc trong liên kết.
      - table: ""
        columns: [{key: a, header: Cột một}, {key: b, header: Cột hai}, {key: c, header: Cột ba}]
        rows:
          - [Hàng một, Ô bọc tùy biến, "20\\*24"]
          - [Hàng hai bọc điều khiển, Ô hai, Ô ba]
          - [Hàng ba, Ô bọc điều khiển, "a \\* b \\\\ c"]
closing: Trên đây là Kế hoạch thử nghiệm./.
recipients: [UBND huyện, Lưu VT]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
YAML
"$khgen" build -f md,docx -o "$work/t" "$work/t.yaml" >"$work/out" 2>&1 ||
    not_ok "the small plan builds: $(head -n 3 "$work/out")"

# mutate NAME PYTHON: a copy of t.docx whose word/document.xml (the string
# d) the Python statements change, imported and rebuilt to NAME/p.md
mutate() {
    python3 - "$work/t/t.docx" "$work/$1.docx" "$2" <<'PY' || return 1
import re, sys, zipfile
src, dst, code = sys.argv[1:4]
z = zipfile.ZipFile(src)
parts = {i.filename: z.read(i.filename) for i in z.infolist()}
d = parts['word/document.xml'].decode()
def element(tag, marker):
    """the span of the innermost <w:TAG> ... </w:TAG> holding marker"""
    at = d.index(marker)
    start = max(m.start() for m in re.finditer('<w:%s[ >]' % tag, d[:at]))
    return start, d.index('</w:%s>' % tag, at) + len('</w:%s>' % tag)
def wrap(tag, marker, before, after):
    global d
    s, e = element(tag, marker)
    d = d[:s] + before + d[s:e] + after + d[e:]
exec(code)
parts['word/document.xml'] = d.encode()
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as out:
    for name, data in parts.items():
        out.writestr(name, data)
PY
    "$khgen" import "$work/$1.docx" -o "$work/$1.yaml" >"$work/$1.err" 2>&1 &&
        "$khgen" build -f md -o "$work/$1" "$work/$1.yaml" >>"$work/$1.err" 2>&1
}

# ---- rows and cells inside a content control or custom XML ----------------------
# Word writes a repeating section's rows inside w:sdt, and custom XML
# (w:customXml) around a row or a cell; a table's row or cell so wrapped was
# left out of the imported table without a word: 1 in 6 of the mutants that
# wrapped one (sdt, customXml), and a paragraph of the body inside an element
# Word would not write there (w:hyperlink, w:ins, w:moveTo, w:smartTag)
# likewise.
mutate wrapped "
wrap('tr', 'Hàng hai bọc điều khiển', '<w:sdt><w:sdtPr/><w:sdtContent>', '</w:sdtContent></w:sdt>')
wrap('tc', 'Ô bọc tùy biến', '<w:customXml w:element=\"x\">', '</w:customXml>')
wrap('tc', 'Ô bọc điều khiển', '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>')
wrap('p', 'Đoạn bọc trong liên kết', '<w:hyperlink><w:ins>', '</w:ins></w:hyperlink>')
" || not_ok "wrapped: $(tail -n 3 "$work/wrapped.err")"
for text in 'Hàng hai bọc điều khiển | Ô hai | Ô ba' 'Hàng một | Ô bọc tùy biến |' \
            'Hàng ba | Ô bọc điều khiển |' 'Đoạn bọc trong liên kết.'; do
    grep -qF "$text" "$work/wrapped/wrapped.md" 2>/dev/null &&
        ok "a wrapped row, cell or paragraph is imported: '$text'" ||
        not_ok "a wrapped row, cell or paragraph is lost: '$text' not in the rebuilt .md"
done

# ---- a paragraph where a row or a cell should be -------------------------------
# A w:p directly in a w:tbl or a w:tr (Word does not write one; a damaged
# file does): its text was dropped from the table without a word. Now a row
# or a cell of its own; a w:r outside any paragraph, a paragraph.
mutate stray "
s, e = element('tr', 'Hàng một')
d = d[:s] + '<w:p><w:r><w:t>Dòng lạc trong bảng</w:t></w:r></w:p>' + d[s:]
s, e = element('tc', 'Ô hai')
d = d[:e] + '<w:p><w:r><w:t>Ô lạc trong hàng</w:t></w:r></w:p>' + d[e:]
s, e = element('p', 'Đoạn mở đầu')
d = d[:e] + '<w:r><w:t>Chữ lạc ngoài đoạn.</w:t></w:r>' + d[e:]
" || not_ok "stray: $(tail -n 3 "$work/stray.err")"
for text in 'Dòng lạc trong bảng' 'Ô lạc trong hàng' 'Chữ lạc ngoài đoạn.'; do
    grep -qF "$text" "$work/stray/stray.md" "$work/stray.yaml" 2>/dev/null &&
        ok "a paragraph outside a table's cells is kept: '$text'" ||
        not_ok "a paragraph outside a table's cells is lost: '$text'"
done

# ---- a star or a backslash in a Word table's cell ------------------------------
# A plan's cells are plain text whose '*' are emphasis, dropped: import wrote
# a Word cell "20*24" as is, and the rebuilt table printed "2024" (in the
# .md, the .html and the .docx). Now written "20\*24".
mutate plain "" || not_ok "plain: $(tail -n 3 "$work/plain.err")"
grep -qF '| 20\*24 |' "$work/plain/plain.md" 2>/dev/null &&
    grep -qF '| a \* b \\ c |' "$work/plain/plain.md" &&
    ok "a cell's '*' and '\\' are printed after the round trip through Word" ||
    not_ok "a cell's '*' or '\\' lost: $(grep -F 'Hàng một' "$work/plain/plain.md"; grep -F 'Hàng ba' "$work/plain/plain.md")"

# ---- a list label whose text is gone --------------------------------------------
# A paragraph that is only "-" (its text deleted with Track Changes, or a
# line "-" in Markdown) was imported as 'bullet: ""', which the plan refuses
# (KH107): the imported plan did not load. Now the paragraph "-".
sed -n '1,/^\*\*I\. MỤC TIÊU\*\*$/p' "$work/t/t.md" >"$work/dash.md"
printf '\n-\n\n+\n\nĐoạn sau dấu gạch.\n' >>"$work/dash.md"
sed '1,/^\*\*I\. MỤC TIÊU\*\*$/d' "$work/t/t.md" >>"$work/dash.md"
"$khgen" import "$work/dash.md" -o "$work/dash.yaml" >"$work/out" 2>&1
"$khgen" check "$work/dash.yaml" >"$work/err" 2>&1
status=$?
[ $status -eq 0 ] && ok "a dash alone imports into a plan that loads" ||
    not_ok "a dash alone: check of the imported plan exits $status: $(grep error "$work/err" | head -n 1)"

# ---- recipients without their dashes ---------------------------------------------
# "Nơi nhận:" followed by recipients as paragraphs of their own (a list whose
# numbering is lost) made them the signature's names, and the signature had no
# lines (KH103): the imported plan did not load and the signature was lost.
sed '/Nơi nhận/,/TM\./s/^- \(.*\)$/\1\n/' "$work/t/t.md" >"$work/recip.md"
grep -q '^UBND huyện;$' "$work/recip.md" || not_ok "recip: the mutant has no bare recipient line: $(grep -A3 'Nơi nhận' "$work/recip.md")"
"$khgen" import "$work/recip.md" -o "$work/recip.yaml" >"$work/out" 2>&1
"$khgen" check "$work/recip.yaml" >"$work/err" 2>&1
status=$?
[ $status -eq 0 ] && grep -q '^  - UBND huyện$' "$work/recip.yaml" &&
    grep -q 'TM. ỦY BAN NHÂN DÂN' "$work/recip.yaml" &&
    ok "recipients without dashes are the recipients, and the signature keeps its lines" ||
    not_ok "recipients without dashes: check exits $status: $(grep error "$work/err" | head -n 1); $(grep -A4 '^recipients\|^signature' "$work/recip.yaml" | tr '\n' ' ')"

# ---- a line above the header ----------------------------------------------------
# A paragraph above the issuer lines that is none of the header's (a note,
# a line in lower case; a Word cell moved to the top of the body) was
# dropped without a word. Now a '# review:' comment and KH761 at its line.
{ printf 'Bản dự thảo lần hai, chưa ban hành.\n\n'; cat "$work/t/t.md"; } >"$work/above.md"
"$khgen" import "$work/above.md" -o "$work/above.yaml" >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 0 ] && grep -q 'above.md:1:1: warning\[KH761\]' "$work/err" &&
    grep -q '^  # review: left out of the header: Bản dự thảo lần hai, chưa ban hành\. \[KH761\]$' "$work/above.yaml" &&
    "$khgen" check "$work/above.yaml" >/dev/null 2>&1 &&
    ok "a line above the header is KH761 at its line and a review comment of the plan" ||
    not_ok "a line above the header: status $status, $(head -n 1 "$work/err"); $(grep -c 'dự thảo' "$work/above.yaml") in the plan"

# ---- a second place and date line, words after the year ------------------------------
# The header's place and date line read as the plan's place and date, and
# what followed the year was dropped ("... năm 2024 (dự thảo)"); a second
# such line replaced the first without a word. Now the first is the plan's,
# and the rest KH761 and a '# review:' comment.
sed 's/^\(\*An Bình, ngày.* năm 2024\)\*$/\1 (bản dự thảo)*\n\n*Hà Nội, ngày 05 tháng 02 năm 2024*/' "$work/t/t.md" >"$work/dates.md"
grep -q 'Hà Nội' "$work/dates.md" || not_ok "dates: the mutant has no second date line"
"$khgen" import "$work/dates.md" -o "$work/dates.yaml" >"$work/out" 2>"$work/err"
[ "$(grep -c 'warning\[KH761\]' "$work/err")" = 2 ] && grep -q '^  place: An Bình$' "$work/dates.yaml" &&
    grep -q '^  # review: left out of the header: (bản dự thảo)' "$work/dates.yaml" &&
    grep -q '^  # review: left out of the header: \*\?Hà Nội, ngày 05' "$work/dates.yaml" &&
    ok "a second date line and words after the year are KH761, the first date the plan's" ||
    not_ok "dates: $(grep -c KH761 "$work/err") KH761, $(grep '^  place:\|# review: left' "$work/dates.yaml" | tr '\n' ' ')"

# ---- an attachment page whose table import cannot read ----------------------------
# LibreOffice's .txt of a Word table writes its cells one a line: the page
# "Biểu 01" had no table import could read and all of it (the title, every
# cell) was left out of the plan without a word; rows after a page's note
# likewise. Now '# review:' comments at the top of the plan and KH762.
cat >"$work/page.md" <<'MD'
**ỦY BAN NHÂN DÂN**  
**XÃ AN BÌNH**

**KẾ HOẠCH**  
**Thử nghiệm**

I. MỤC TIÊU

- Hoàn thành các chỉ tiêu.

Trên đây là Kế hoạch thử nghiệm./.

**TM. ỦY BAN NHÂN DÂN**  
**CHỦ TỊCH**

**Nguyễn Văn A**

Biểu 01

DANH SÁCH XÃ ĐẠT CHUẨN

STT

Tên xã

1

Xã Năm Nung

Biểu 02

DANH SÁCH THÔN

| STT | Tên thôn |
|---|---|
| 1 | Thôn Một |

*Ghi chú của biểu.*

| 2 | Thôn Sau Ghi Chú |
MD
"$khgen" import "$work/page.md" -o "$work/page.yaml" >"$work/out" 2>"$work/err"
status=$?
line=$(grep -n '^Biểu 01$' "$work/page.md" | cut -d: -f1)
[ $status -eq 0 ] && grep -q "page.md:$line:1: warning\[KH762\]: 6 paragraphs of the attachment page 'Biểu 01'" "$work/err" &&
    grep -q '^# review:   Xã Năm Nung \[KH762\]$' "$work/page.yaml" && grep -q 'Thôn Sau Ghi Chú' "$work/page.yaml" &&
    grep -q 'KH762.*Biểu 02' "$work/err" && "$khgen" check "$work/page.yaml" >/dev/null 2>&1 &&
    ok "an attachment page import cannot read is KH762 and '# review:' comments, not dropped" ||
    not_ok "an unreadable attachment page: status $status, $(grep -c KH762 "$work/err") KH762, $(grep -c 'Năm Nung\|Sau Ghi Chú' "$work/page.yaml") of its texts in the plan"

# ---- a stray "**" in text copied from Word ------------------------------------------
# One "**" anywhere (a footnote's mark "(**)") made a .txt of one paragraph a
# line read as Markdown: its lines were joined, and the signature ran into
# the recipients (the signer's title and name printed as recipients).
# Now only "**bold**" closed on its line is Markdown.
cat >"$work/stars.txt" <<'TXT'
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số:      /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày      tháng 01 năm 2024
KẾ HOẠCH
Thử nghiệm năm 2024
I. MỤC TIÊU
- Hoàn thành các chỉ tiêu (**).
(**) Theo Nghị quyết của Đảng ủy xã.
Trên đây là Kế hoạch thử nghiệm./.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
TXT
"$khgen" import "$work/stars.txt" -o "$work/stars.yaml" >"$work/out" 2>&1
grep -q '^    - TM. ỦY BAN NHÂN DÂN$' "$work/stars.yaml" && grep -q '^  name: Nguyễn Văn A$' "$work/stars.yaml" &&
    ! grep -q '^  - TM. ỦY BAN' "$work/stars.yaml" &&
    ok "a .txt with a stray '**' is read as text: its signature is the signature" ||
    not_ok "a stray '**': $(grep -A4 '^recipients' "$work/stars.yaml" | tr '\n' ' ')"

# ---- a signature block without the signer's title ------------------------------------
# Lines after the recipients none of which reads as a signature line ("TM.
# ...", "CHỦ TỊCH") became the signature's names, and a signature without
# lines is KH103: the imported plan did not load. Now they are its lines,
# with a review comment.
sed '/^Nơi nhận:$/,$d; / (\*\*)/s///; /^(\*\*)/d; s/$/\n/' "$work/stars.txt" >"$work/nameonly.md"
printf 'Nơi nhận:\n\n- UBND huyện;\n- Lưu: VT.\n\nNguyễn Văn A\n\nĐã ký\n' >>"$work/nameonly.md"
"$khgen" import "$work/nameonly.md" -o "$work/nameonly.yaml" >"$work/out" 2>&1
"$khgen" check "$work/nameonly.yaml" >"$work/err" 2>&1
status=$?
[ $status -eq 0 ] && grep -q '^    - Nguyễn Văn A$' "$work/nameonly.yaml" && grep -q '^# review: no line of the signature' "$work/nameonly.yaml" &&
    ok "a signature block without a title imports into a plan that loads, its lines kept" ||
    not_ok "a signature without a title: check exits $status: $(grep error "$work/err" | head -n 1)"

# ---- a task's line written twice -------------------------------------------------
# A task has one lead and one deadline: a second "+ Phụ trách tiêu chí: ..."
# (or "+ Thời gian thực hiện: ...") under one task replaced the first without
# a word (3 of 1,600 .md mutants). Now it stays an item of the task.
"$khgen" build -f md -o "$work/bt" plans/binh-trung-2024.yaml >/dev/null 2>&1
awk '!done && /^  \+ Phụ trách tiêu chí: ./ { print; print "  + Phụ trách tiêu chí: Công chức Tư pháp - Hộ tịch (dòng thứ hai)"; done = 1; next } { print }' \
    "$work/bt/binh-trung-2024.md" >"$work/twice.md"
grep -q 'dòng thứ hai' "$work/twice.md" || not_ok "twice: the mutant has no second line"
"$khgen" import "$work/twice.md" -o "$work/twice.yaml" >"$work/out" 2>&1 &&
    "$khgen" build -f md -o "$work/twice" "$work/twice.yaml" >>"$work/out" 2>&1
first=$(grep -m 1 '^  + Phụ trách tiêu chí: .' "$work/bt/binh-trung-2024.md")
grep -q '+ Phụ trách tiêu chí: Công chức Tư pháp - Hộ tịch (dòng thứ hai)' "$work/twice/twice.md" 2>/dev/null &&
    grep -qF "$first" "$work/twice/twice.md" &&
    ok "a task's line written twice is kept in the rebuilt document" ||
    not_ok "a task's second line is lost: $(tail -n 2 "$work/out")"

# ---- an empty deadline line, a unit's name of 600 characters ---------------------------
# "+ Thời gian thực hiện:" with nothing after it became 'due: {text: ""}'
# (KH107), and a clause of "TỔ CHỨC THỰC HIỆN" whose heading starts like a
# unit and runs on for 600 characters a unit of that name (KH115): the
# imported plans did not load (3 of 1,600 .md/.txt mutants). Now the line
# stays an item of its task, and the heading a heading.
long=$(printf 'Văn phòng Điều phối nông thôn mới huyện %.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
long=${long% }
sed '/^\*\*I\. MỤC TIÊU\*\*$/,$d' "$work/t/t.md" >"$work/names.md"
cat >>"$work/names.md" <<MD
**I. TỔ CHỨC THỰC HIỆN**

**1. $long**

- Theo dõi, đôn đốc các xã thực hiện Kế hoạch.

- Tiêu chí số 1 - Quy hoạch:

  + Đơn vị thực hiện: Phòng Kinh tế

  + Thời gian thực hiện:

Trên đây là Kế hoạch thử nghiệm./.
MD
sed -n '/^\*\*\*Nơi nhận/,$p' "$work/t/t.md" >>"$work/names.md"
"$khgen" import "$work/names.md" -o "$work/names.yaml" >"$work/out" 2>&1
"$khgen" check "$work/names.yaml" >"$work/err" 2>&1
status=$?
"$khgen" build -f md -o "$work/names" "$work/names.yaml" >/dev/null 2>&1
[ $status -eq 0 ] && grep -q 'Thời gian thực hiện:' "$work/names/names.md" &&
    grep -qF "$long" "$work/names/names.md" &&
    ok "an empty deadline line and a 600-character heading import into a plan that loads, as written" ||
    not_ok "empty deadline, long unit name: check exits $status: $(grep error "$work/err" | head -n 2 | cut -c1-160)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
