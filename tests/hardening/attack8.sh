#!/bin/sh
# tests/hardening/attack8.sh KHGEN WORKDIR - what the eighth black-box attack
# found (issue 8; /tmp/s8attack/findings.md in its session): documents that
# `khgen import` read otherwise than Word, LibreOffice or a Markdown reader
# show them, with exit 0.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# A .docx of the usual shape, written by hand (one part, no styles): a
# header, a bullet holding a tracked move's old place (w:moveFrom) and a
# hidden run (w:vanish), a task table whose "Đơn vị chủ trì" cell is merged
# down over two rows (w:vMerge), and the end.
/usr/bin/python3 - "$work/tracked.docx" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>'
def p(t): return '<w:p>' + R % t + '</w:p>'
head = [p(t) for t in ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN THẾ", "Số:    /KH-UBND",
        "Yên Thế, ngày   tháng 01 năm 2024", "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2024",
        "Căn cứ tình hình thực tế của địa phương.", "UBND huyện xây dựng Kế hoạch như sau:",
        "I. MỤC TIÊU", "1. Cấp xã"]]
bullet = ('<w:p>' + R % '- Hoàn thành việc A ' +
          '<w:moveFrom w:id="1" w:author="a"><w:r><w:t xml:space="preserve">DOI-DI </w:t></w:r></w:moveFrom>' +
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">AN-DI </w:t></w:r>' +
          '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">HIEN </w:t></w:r>' +
          R % 'năm 2024.' + '</w:p>')
def cell(t, vm=None):
    pr = '<w:tcPr><w:vMerge%s/></w:tcPr>' % (' w:val="restart"' if vm == 'r' else '') if vm else ''
    return '<w:tc>%s%s</w:tc>' % (pr, p(t))
rows = [[("TT",), ("Nội dung",), ("Đơn vị chủ trì",), ("Thời gian hoàn thành",)],
        [("1",), ("Việc A",), ("Phòng X", 'r'), ("Quý I",)],
        [("2",), ("Việc B",), ("", 'c'), ("Quý II",)],
        [("3",), ("Việc C",), ("Phòng Z",), ("Quý III",)]]
tbl = '<w:tbl>' + ''.join('<w:tr>' + ''.join(cell(*c) for c in r) + '</w:tr>' for r in rows) + '</w:tbl>'
tail = [p("II. TỔ CHỨC THỰC HIỆN"), p("1. Phòng X chủ trì thực hiện."),
        p("Trên đây là Kế hoạch năm 2024 của UBND huyện./.")]
doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>'
       % (W, ''.join(head) + bullet + tbl + ''.join(tail)))
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr('word/document.xml', doc)
z.close()
PY
"$khgen" import -o "$work/tracked.yaml" "$work/tracked.docx" 2>"$work/err"
status=$?

# ---- F3: a tracked move's old place and hidden text ------------------------------
# w:del was left out, but w:moveFrom (the old place of text moved with Track
# Changes on; its text is at its w:moveTo) and a w:vanish run (hidden: Word
# neither shows nor prints it) were imported as text.
[ "$status" -eq 0 ] && grep -q 'bullet: Hoàn thành việc A HIEN năm {year}.$' "$work/tracked.yaml" &&
    ! grep -q 'DOI-DI\|AN-DI' "$work/tracked.yaml" &&
    ok "F3: .docx import leaves out a tracked move's old place (w:moveFrom) and hidden text (w:vanish)" ||
    not_ok "F3: status $status, $(grep -n 'Hoàn thành' "$work/tracked.yaml" | head -c 300)"

# ---- F4: a cell merged down over two rows --------------------------------------
# The rows a vertically merged "Đơn vị chủ trì" cell covers (Word leaves
# their cells empty, w:vMerge) imported as tasks without a lead: task B
# lost Phòng X, and the rebuilt table printed an empty cell.
"$khgen" build -f md -o "$work/out-tracked" "$work/tracked.yaml" >/dev/null 2>"$work/err"
bstatus=$?
[ "$status" -eq 0 ] && [ "$bstatus" -eq 0 ] &&
    [ "$(grep -c 'lead: phong-x$' "$work/tracked.yaml")" -eq 3 ] &&
    grep -q '^| 2 | Việc B | Phòng X | Quý II |$' "$work/out-tracked/tracked.md" &&
    ok "F4: the rows a vertically merged cell covers read its text (task B led by Phòng X)" ||
    not_ok "F4: status $status/$bstatus, $(grep -n -A1 'Việc B' "$work/tracked.yaml" | head -c 300)"

# ---- F5: Markdown character references -------------------------------------------
# "A &amp; B &lt;x&gt; &#272;&#x110;" in a .md (CommonMark and pandoc print
# "A & B <x> ĐĐ") was imported as written, and plan text prints "&amp;" as
# written. A reference in a code span or after a backslash is text; one
# that names a Markdown character stays that character.
/usr/bin/python3 - "$khgen" "$work" <<'PY'
import re, subprocess, sys
khgen, work = sys.argv[1], sys.argv[2]
src = work + "/tracked.yaml"
subprocess.run([khgen, "build", "-f", "md", "-o", work + "/md", src], capture_output=True)
md = open(work + "/md/tracked.md").read()
line = re.search(r"^- Hoàn thành việc A .*năm 2024\.$", md, re.M)
assert line, md[:500]
md = md.replace(line.group(0), "- Hoàn thành A &amp; B &lt;x&gt; &#272;&#x110; &#42;y&#42; &#124; "
                "&#123;year&#125; \\&amp; `&amp;` &bogus; &#1; năm 2024.")
open(work + "/refs.md", "w").write(md)
PY
"$khgen" import -o "$work/refs.yaml" "$work/refs.md" 2>"$work/err" &&
    "$khgen" build -f md,html -o "$work/out-refs" "$work/refs.yaml" >/dev/null 2>&1
status=$?
want='Hoàn thành A & B \<x> ĐĐ \*y\* \| {year} \&amp; `&amp;` \&bogus; \&#1; năm 2024.'
[ "$status" -eq 0 ] && grep -qF -- "- $want" "$work/out-refs/refs.md" &&
    grep -qF 'Hoàn thành A &amp; B &lt;x&gt; ĐĐ *y* | {year} &amp;amp; <code>&amp;amp;</code>' "$work/out-refs/refs.html" &&
    ok "F5: .md import reads character references as the characters (&amp; &lt; &#272; &#x110;)" ||
    not_ok "F5: status $status, $(grep -n 'Hoàn thành A' "$work/refs.yaml" "$work/out-refs/refs.md" | head -c 400)"

# A line of runs of 1, 2, ... 2,000 backticks, none closed, and a reference
# (2 MB): the code spans the references are not read in are found once,
# not by a search to the line's end from every run (0.2 s, growing as the
# square of the line; now 0.05 s).
/usr/bin/python3 -c "
import sys
sys.stdout.write('# KẾ HOẠCH\n\nTriển khai năm 2024\n\n- &amp; ' + ' '.join('\`' * k for k in range(1, 2000)) + '\n')
" >"$work/ticks.md"
timed_case "F5: .md import of 2 MB of unclosed backtick runs of 1 to 1,999 and a reference" \
    "$timed" import -o "$work/ticks.yaml" "$work/ticks.md"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
