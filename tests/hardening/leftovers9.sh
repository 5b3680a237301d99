#!/bin/sh
# tests/hardening/leftovers9.sh KHGEN WORKDIR - the leftovers of issue 8 that
# session 9 fixed (attack 8 L1, L2, L6; the eighth one-line sweep's YAML
# mistakes and its kept break in a table cell): each case is text lost or
# changed with exit 0, or a message that misleads.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- attack 8 L1: a .docx's footnotes, endnotes, text boxes, nested tables ----------
# import counted them in KH759 and left their text out (a nested table's
# cells joined into its cell); now each is a '# review:' comment beside what
# the paragraph or the row that holds it became
l1=$work/l1
"$khgen" build -f docx -o "$l1" plans/binh-trung-2024.yaml >/dev/null 2>&1
/usr/bin/python3 - "$l1/binh-trung-2024.docx" "$l1/notes.docx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
doc = z.read("word/document.xml").decode()
ps = [m.start() for m in re.finditer(r"<w:p[ >]", doc)]
# the places below count from "II. NỘI DUNG" (paragraph 20 when written):
# the header's paragraphs before it may change (s52print's motto rule added one)
shift = next(k for k in range(len(ps))
             if 'NỘI DUNG' in doc[ps[k]:ps[k + 1] if k + 1 < len(ps) else len(doc)]) - 20
def after_run(k, xml):
    global doc
    i = doc.index("</w:r>", ps[k + shift]) + len("</w:r>")
    doc = doc[:i] + xml + doc[i:]
# from the last paragraph back, so the offsets in ps stay right
box = ('<w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p>')
after_run(25, '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
              'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
              + box + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>'
              '<w:txbxContent>' + box + '</w:txbxContent></w:pict></mc:Fallback>'
              '</mc:AlternateContent></w:r>')
after_run(22, '<w:r><w:endnoteReference w:id="2"/></w:r>')
after_run(20, '<w:r><w:footnoteReference w:id="1"/></w:r>')
# a table in the second cell of a row of the attachment's table
t = doc.rindex("<w:tbl>")
r = [m.start() for m in re.finditer(r"<w:tr[ >]", doc[t:])][3] + t
c = doc.index("<w:tc>", doc.index("<w:tc>", r) + 1)
j = doc.index("</w:tc>", c)
cell = lambda s: "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>" % s
doc = (doc[:j] + "<w:tbl><w:tr>" + cell("N00") + cell("N01") + "</w:tr><w:tr>" + cell("N10")
       + "</w:tr></w:tbl><w:p/>" + doc[j:])
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
fn = ('<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
      '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r>'
      '<w:t xml:space="preserve"> Nghị quyết số 25/NQ-HĐND ngày 10/12/2023.</w:t></w:r></w:p>'
      '</w:footnote></w:footnotes>') % W
en = ('<w:endnotes %s><w:endnote w:id="2"><w:p><w:r><w:t>Ghi chú cuối văn bản.</w:t></w:r>'
      '</w:p><w:p><w:r><w:t>Dòng hai.</w:t></w:r></w:p></w:endnote></w:endnotes>') % W
out = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
for it in z.infolist():
    out.writestr(it, doc.encode() if it.filename == "word/document.xml" else z.read(it.filename))
out.writestr("word/footnotes.xml", fn)
out.writestr("word/endnotes.xml", en)
out.close()
PY
"$khgen" import -o "$l1/notes.yaml" "$l1/notes.docx" >/dev/null 2>"$work/err"
status=$?
[ $status -eq 0 ] && grep -q "warning\[KH759\]: .* has 2 footnote or endnote references, .*'# review:'" "$work/err" &&
    grep -q "warning\[KH759\]: .* has 1 text box, .*'# review:'" "$work/err" &&
    grep -q "warning\[KH759\]: .* has 1 table inside a table's cell, .*'# review:'" "$work/err" &&
    ok "L1: KH759 counts 2 notes, 1 text box, 1 nested table and says where their text went" ||
    not_ok "L1: status $status, $(head -c 300 "$work/err")"
# the footnote's text sits right above the section whose heading refers to it
grep -A1 '^  # review: footnote 1 after "II. NỘI DUNG": Nghị quyết số 25/NQ-HĐND ngày 10/12/2023\. \[KH759\]$' \
    "$l1/notes.yaml" | grep -q '^  - section: NỘI DUNG$' &&
    ok "L1: a footnote's text is a '# review:' comment above the node that refers to it" ||
    not_ok "L1: no footnote comment above 'NỘI DUNG': $(grep -n 'review: foot' "$l1/notes.yaml")"
grep -q '^ *# review: endnote 1 after "1.1. Mục tiêu chung": Ghi chú cuối văn bản. Dòng hai\. \[KH759\]$' "$l1/notes.yaml" &&
    ok "L1: an endnote's two paragraphs are one '# review:' comment" ||
    not_ok "L1: endnote: $(grep -n 'review: end' "$l1/notes.yaml")"
[ "$(grep -c '# review: a text box: Hộp chữ \[KH759\]$' "$l1/notes.yaml")" = 1 ] &&
    ok "L1: a text box's text is one comment (Word's fallback copy not read twice)" ||
    not_ok "L1: text box comments: $(grep -c 'a text box' "$l1/notes.yaml")"
grep -q "# review: a table inside the cell of row [0-9]*, column 2 of the document's table 1: N00 | N01; N10 \[KH759\]$" "$l1/notes.yaml" &&
    ! grep -q '"[^"]*N00[^"]*"' "$l1/notes.yaml" &&
    "$khgen" build -f md -o "$l1/out" "$l1/notes.yaml" >/dev/null 2>"$work/err" &&
    ok "L1: a nested table's rows are a comment, not joined into its cell; the plan builds" ||
    not_ok "L1: nested table: $(grep -n 'N00' "$l1/notes.yaml" | head -3) $(head -c 300 "$work/err")"

# ---- attack 8 L2: a Markdown footnote '[^1]: ...' -----------------------------------
# its text was a paragraph where it stood and its mark stayed in the text
l2=$work/l2
"$khgen" build -f md -o "$l2" plans/binh-trung-2024.yaml >/dev/null 2>&1
/usr/bin/python3 - "$l2/binh-trung-2024.md" "$l2/fn.md" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i = s.index("\n**II.")
j = s.rindex(".", 0, i)
s = s[:j] + "[^1]" + s[j:]
s = s.replace("./.", "./.[^3]", 1)     # the closing's
s += ("\n[^1]: Nghị quyết số 25/NQ-HĐND.\n    Dòng tiếp.\n[^ghi]: Chú thích không ai tham "
      "chiếu.\n\n    Đoạn hai của chú thích.\n[^3]: Chú thích ba.\n")
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
fn_line=$(grep -n '^\[\^1\]:' "$l2/fn.md" | cut -d: -f1)
ref_line=$(grep -n 'XDNTM\[\^1\]' "$l2/fn.md" | cut -d: -f1)
"$khgen" import -o "$l2/fn.yaml" "$l2/fn.md" >/dev/null 2>"$work/err"
status=$?
[ $status -eq 0 ] && grep -q "fn.md:$fn_line:1: warning\[KH760\]: a footnote ('\[^1\]'): .*'# review:' comment beside the paragraph of line $ref_line " "$work/err" &&
    grep -q "fn.md:$((fn_line + 2)):1: warning\[KH760\]: a footnote ('\[^ghi\]') that no text refers to" "$work/err" &&
    ok "L2: KH760 at each footnote's line says where its text went" ||
    not_ok "L2: status $status, $(head -c 400 "$work/err")"
grep -q '^ *# review: footnote \[^1\] after "...[^"]*XDNTM": Nghị quyết số 25/NQ-HĐND. Dòng tiếp\. \[KH760\]$' "$l2/fn.yaml" &&
    ! grep -q '^[^#]*\[^1\]' "$l2/fn.yaml" && ! grep -q '^[^#]*Nghị quyết số 25/NQ-HĐND' "$l2/fn.yaml" &&
    ok "L2: the footnote's text is a comment by the paragraph that refers to it, its mark gone" ||
    not_ok "L2: $(grep -n '\[^1\]\|25/NQ' "$l2/fn.yaml" | head -3)"
grep -q '^ *# review: footnote \[^ghi\], which no text refers to: Chú thích không ai tham chiếu. Đoạn hai của chú thích\. \[KH760\]$' "$l2/fn.yaml" &&
    ! grep -q '^[^#]*Đoạn hai của chú thích' "$l2/fn.yaml" &&
    grep -q '^ *# review: footnote \[^3\] after "[^"]*": Chú thích ba\. \[KH760\]$' "$l2/fn.yaml" &&
    ok "L2: a footnote no text refers to, and its indented paragraph, is a comment too; the next one its own" ||
    not_ok "L2: $(grep -n 'ghi\|Đoạn hai' "$l2/fn.yaml" | head -3)"
"$khgen" build -f md -o "$l2/out" "$l2/fn.yaml" >/dev/null 2>"$work/err" &&
    ! grep -q '\[^1\]\|Nghị quyết số 25/NQ-HĐND' "$l2/out/fn.md" &&
    ok "L2: the imported plan builds, without the mark" || not_ok "L2: build: $(head -c 300 "$work/err")"

"$khgen" import --lang vi -o "$work/vi.yaml" "$l1/notes.docx" >/dev/null 2>"$work/err"
"$khgen" import --lang vi -o "$work/vi2.yaml" "$l2/fn.md" >/dev/null 2>>"$work/err"
grep -q "warning\[KH759\]: .* có 2 tham chiếu chú thích cuối trang hoặc cuối văn bản, .* được ghi thành chú thích '# review:'" "$work/err" &&
    grep -q "warning\[KH759\]: .* có 1 hộp văn bản, .* được ghi thành chú thích '# review:'" "$work/err" &&
    grep -q "warning\[KH759\]: .* có 1 biểu nằm trong một ô của biểu, .* được ghi thành chú thích '# review:'" "$work/err" &&
    grep -q "fn.md:$fn_line:1: warning\[KH760\]: chú thích cuối trang ('\[^1\]'): .* được ghi thành chú thích '# review:' bên cạnh đoạn văn ở dòng $ref_line" "$work/err" &&
    ok "L1, L2: KH759 and KH760 in Vietnamese" || not_ok "L1, L2 in Vietnamese: $(head -c 400 "$work/err")"

# ---- attack 8 L6: a .docx table's vertically merged cells ------------------------------
# import read a merged cell's text into each row it covers, so a table of
# written rows printed it in each row instead of one merged cell; now the
# plan's `merge:` where its rule gives Word's merges, else the first row
# keeps the text and each covered cell is empty with a '# review:' note
l6=$work/l6
"$khgen" build -f md,docx -o "$l6" tests/hardening/merged-cells.yaml >/dev/null 2>&1
"$khgen" import -o "$l6/back.yaml" "$l6/merged-cells.docx" >/dev/null 2>"$work/err"
status=$?
[ $status -eq 0 ] && grep -A5 '^          - table: Kết quả theo nhóm' "$l6/back.yaml" | grep -q '^            merge: \[c1\]$' &&
    grep -A8 '^  - id: bieu-01' "$l6/back.yaml" | grep -q '^    merge: \[c1, c3\]$' &&
    ok "L6: Word's merges in a table in the body and an attachment become merge: [c1] and [c1, c3]" ||
    not_ok "L6: status $status, $(grep -n 'merge' "$l6/back.yaml") $(head -c 300 "$work/err")"
"$khgen" build -f md,docx -o "$l6/again" "$l6/back.yaml" >/dev/null 2>&1
merges() { unzip -p "$1" word/document.xml | grep -o '<w:vMerge[^>]*>' | sort | uniq -c | tr -s ' ' | tr '\n' ' '; }
[ -n "$(merges "$l6/merged-cells.docx")" ] &&
    [ "$(merges "$l6/merged-cells.docx")" = "$(merges "$l6/again/back.docx")" ] &&
    ok "L6: the rebuilt .docx merges the same cells ($(merges "$l6/again/back.docx"))" ||
    not_ok "L6: merges $(merges "$l6/merged-cells.docx") became $(merges "$l6/again/back.docx")"
# rows numbered 1, 2, 3 beside a merged column: with type: stt the numbers
# would count the merged blocks (1, 1, 2), so they stay text and the merge
# is written (it was left out, the cell emptied)
grep -A10 '^          - table: Phân công theo việc' "$l6/back.yaml" >"$work/tt"
grep -q '^            merge: \[c3\]$' "$work/tt" && grep -q '{key: c1, header: "TT"}' "$work/tt" &&
    grep -q '^              - \["2", "Cập nhật số liệu", "Phòng Nội vụ"\]$' "$work/tt" &&
    ok "L6: a table numbered by row keeps its numbers as text and merge: [c3]" ||
    not_ok "L6: numbered rows: $(cat "$work/tt")"
# merges the plan's rule cannot give: "Thôn 1" over rows 1-2 merged and row 3
# on its own (equal neighbours merge), "Phòng B" merged across the villages
# (a later merge column stays inside the first's blocks)
/usr/bin/python3 - "$l6/merged-cells.docx" "$l6/odd.docx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
doc = z.read("word/document.xml").decode()
t = doc.rindex("<w:tbl>")
end = doc.index("</w:tbl>", t)
rows = [m.span() for m in re.finditer(r"<w:tr[ >].*?</w:tr>", doc[t:end], re.S)]
def cells(k):
    a, b = rows[k]
    return [(t + a + m.start(), t + a + m.end()) for m in re.finditer(r"<w:tc>.*?</w:tc>", doc[t + a:t + b], re.S)]
edits = []
def text_of(k, j):
    a, b = cells(k)[j]
    return re.search(r"<w:r>.*</w:r>", doc[a:b], re.S).group(0)
thon1 = text_of(1, 0)
a, b = cells(3)[0]   # row 3: its own "Thôn 1", not merged
edits.append((a, b, re.sub(r"<w:vMerge/>", "", doc[a:b]).replace("</w:p>", thon1 + "</w:p>", 1)))
a, b = cells(3)[2]   # row 3 "Phòng B" starts a merge ...
edits.append((a, b, doc[a:b].replace("<w:tcPr>", '<w:tcPr><w:vMerge w:val="restart"/>', 1)))
a, b = cells(4)[2]   # ... that covers row 4 of the next village
edits.append((a, b, re.sub(r"<w:r>.*</w:r>", "", doc[a:b], flags=re.S).replace("<w:tcPr>", "<w:tcPr><w:vMerge/>", 1)))
for a, b, new in sorted(edits, reverse=True):
    doc = doc[:a] + new + doc[b:]
out = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
for it in z.infolist():
    out.writestr(it, doc.encode() if it.filename == "word/document.xml" else z.read(it.filename))
out.close()
PY
"$khgen" import -o "$l6/odd.yaml" "$l6/odd.docx" >/dev/null 2>"$work/err"
status=$?
sed -n '/^  - id: bieu-01/,$p' "$l6/odd.yaml" >"$work/att"
[ $status -eq 0 ] && grep -q '^    merge: \[c3\]$' "$work/att" &&
    grep -A1 '^      - \["Thôn 1", "Giao thông", "Phòng A"\]$' "$work/att" | grep -q '^      - \["", "Thủy lợi", "Phòng A"\]$' &&
    grep -q '^      # review: row 2, column 1 merged in the document with the cell above ("Thôn 1"), left empty$' "$work/att" &&
    grep -q '^      - \["Thôn 1", "Điện", "Phòng B"\]$' "$work/att" &&
    "$khgen" check "$l6/odd.yaml" >/dev/null 2>&1 &&
    ok "L6: merges merge: cannot give leave the first row's text and a '# review:' note; the rest merge: [c3]" ||
    not_ok "L6: status $status, $(cat "$work/att" | head -20)"

# ---- the eighth sweep: a list item joined by YAML to the plain value above it ----------
# valid YAML, exit 0 and no word: "... - >- Tiếp tục ..." and "UBND huyện -
# UBND các xã" printed; now KH021 (and KH019 inside a block text)
/usr/bin/python3 - plans/binh-trung-2024.yaml "$work/joined.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
k = next(i for i, l in enumerate(lines) if l.strip() == "- >-" and lines[i - 1].strip() == "text:")
lines[k - 1] += " Làm việc A."          # 'text:' over its list of texts became a value
r = next(i for i, l in enumerate(lines) if l.startswith("recipients:")) + 2
lines[r] = " " + lines[r]                 # a recipient one space too far
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$khgen" check "$work/joined.yaml" >/dev/null 2>"$work/err"
status=$?
[ $status -eq 0 ] && [ "$(grep -c 'warning\[KH021\]' "$work/err")" = 2 ] &&
    grep -q "warning\[KH021\]: this line, '- >-', is joined to the value above it" "$work/err" &&
    grep -q "warning\[KH021\]: this line is joined to the list item above it" "$work/err" &&
    ok "the eighth sweep: a '- >-' item and a recipient joined to the value above them are KH021" ||
    not_ok "joined items: status $status, $(grep -c KH021 "$work/err") KH021, $(head -c 300 "$work/err")"
"$khgen" check -Werror "$work/joined.yaml" >/dev/null 2>&1
[ $? -eq 1 ] && ok "... and -Werror refuses the plan" || not_ok "... -Werror passes the plan"

# ---- the eighth sweep: a kept line break in a lead_note, in a table's cell ------------
# "đồng chí;  Mạc Khánh Hưng" in the .md's assignment table (a cell's line
# breaks are its lines), "<br> Mạc" in the .html, a break in the .docx and
# the workbook, while the task's line printed "đồng chí Mạc Khánh Hưng";
# now lead_note is one line (text_one_line) wherever it is printed
n=$(grep -n 'giao thông nông thôn (đồng chí$' plans/binh-trung-2024.yaml | head -n 1 | cut -d: -f1)
for how in "$((n + 1))s/^/ /" "${n}s/^ //"; do
    sed "$how" plans/binh-trung-2024.yaml >"$work/break.yaml"
    rm -rf "$work/break"
    "$khgen" build -f md,html,docx,xlsx -o "$work/break" "$work/break.yaml" >/dev/null 2>"$work/err"
    status=$?
    md=$(grep -c '(đồng chí Mạc Khánh Hưng)' "$work/break/break.md")
    html=$(grep -o '(đồng chí[^)]*Mạc Khánh Hưng)' "$work/break/break.html" | grep -vc '(đồng chí Mạc Khánh Hưng)')
    docx=$(unzip -p "$work/break/break.docx" word/document.xml | grep -o '(đồng chí[^)]*Mạc Khánh Hưng)' | grep -vc '(đồng chí Mạc Khánh Hưng)')
    xlsx=$(unzip -p "$work/break/break.xlsx" xl/sharedStrings.xml | tr '\n' '~' | grep -o '(đồng chí[^)]*Mạc Khánh Hưng)' | grep -vc '(đồng chí Mạc Khánh Hưng)')
    [ $status -eq 0 ] && [ "$md" = 2 ] && [ "$html" = 0 ] && [ "$docx" = 0 ] && [ "$xlsx" = 0 ] &&
        ok "a lead_note's kept line break ('$how'): one space in the task's line and its table cell, in every format" ||
        not_ok "lead_note break ('$how'): status $status, md $md (2), html $html, docx $docx, xlsx $xlsx (0): $(grep -o '(đồng chí[^)]*Mạc' "$work/break/break.md" | head -3 | tr '\n' '|')"
done

# many notes in one paragraph: each quotes the words before it and is
# appended to the paragraph's notes in constant time (both were quadratic
# in a first version)
/usr/bin/python3 - "$work" <<'PY'
import sys, zipfile
d = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
refs = '<w:r><w:footnoteReference w:id="1"/></w:r>' * 30000
body = ('<w:p><w:r><w:t>KẾ HOẠCH thực hiện việc A năm 2024</w:t></w:r></w:p><w:p><w:r><w:t>%s'
        '</w:t></w:r>%s</w:p>' % ("x" * 100000, refs))
z = zipfile.ZipFile(d + "/many.docx", "w", zipfile.ZIP_DEFLATED)
z.writestr("word/document.xml", '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))
z.writestr("word/footnotes.xml", '<w:footnotes %s><w:footnote w:id="1"><w:p><w:r><w:t>Ghi chú.'
           '</w:t></w:r></w:p></w:footnote></w:footnotes>' % W)
z.close()
lines = ["KẾ HOẠCH", "", "Thực hiện việc A năm 2024", "", "I. MỤC ĐÍCH", ""]
lines.append("Làm " + " ".join("việc%d[^%d]" % (i, i) for i in range(20000)))
lines.append("")
lines += ["[^%d]: Ghi chú %d." % (i, i) for i in range(20000)]
open(d + "/many.md", "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
timed_case "L1: a .docx paragraph of 30,000 footnote references after 100 KB of text" \
    "$timed" import --force -o "$work/many-docx.yaml" "$work/many.docx"
timed_case "L2: a .md paragraph of 20,000 footnote marks, 20,000 footnotes" \
    "$timed" import --force -o "$work/many-md.yaml" "$work/many.md"
# a document's first 50 notes written, the others counted in one note with
# their lines (import's budget of notes, fixrev26.sh; all were written before)
[ "$(grep -c '# review: footnote' "$work/many-docx.yaml")" = 50 ] &&
    [ "$(grep -c '# review: footnote' "$work/many-md.yaml")" = 50 ] &&
    grep -q '# review: \.\.\. and 29950 more notes (' "$work/many-docx.yaml" &&
    grep -q '# review: \.\.\. and 19950 more notes (' "$work/many-md.yaml" &&
    ok "... every note kept" || not_ok "... notes: $(grep -c 'review: foot' "$work/many-docx.yaml" "$work/many-md.yaml")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
