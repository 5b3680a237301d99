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

# ---- F2: diagnostics inside a text holding decomposed characters ---------------
# The loader keeps text in NFC; a text typed or pasted decomposed ("a" and
# U+0300 for "à", as macOS and some PDF copies give it) was no longer its
# source, and every diagnostic in it pointed at the value's start (43:19,
# under "Hoàn"), not at the reference. Columns count the source's
# characters, marks included, as in the rest of the file.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
nfd = "Hoa\u0300n tha\u0300nh"
head = "khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: T}\nbody:\n"
open(work + "/nfd.yaml", "w").write(head +
    "  - para: " + nfd + " {unit u1}.\n" +
    "  - para: \"" + nfd + " {unit u2}.\"\n" +
    "  - para: '" + nfd + " {unit u3}.'\n" +
    "  - para: " + nfd + "\n      xa\u0303 {unit u4}.\n" +
    "  - para: >-\n      " + nfd + "\n      xa\u0303 {unit u5}.\n" +
    "  - para: \"Ho\\u00e0n " + nfd + " {unit u6}.\"\n" +
    # a units list (at the end: the lines above keep their numbers): with
    # none at all, only the first unknown unit is told (c01b0fd3)
    "units:\n  - {id: vp, name: Văn phòng}\n")
PY
"$khgen" check "$work/nfd.yaml" >/dev/null 2>"$work/err"
status=$?
cols=$(grep -o '^[^ ]*nfd.yaml:[0-9]*:[0-9]*: error\[KH202\]' "$work/err" | sed 's/.*nfd.yaml:\([0-9]*:[0-9]*\).*/\1/' | tr '\n' ' ')
[ "$status" -eq 1 ] && [ "$cols" = "4:24 5:25 6:25 8:11 11:11 12:11 " ] &&
    ok "F2: a reference in a decomposed text is pointed at (plain, quoted, folded; an escape: the value's start)" ||
    not_ok "F2: status $status, positions $cols"

# 1 MB of decomposed words and 31,000 unknown references, one paragraph
# (2 MB and 62,000 until session 46: 0.41 s of CPU, 0.55-0.65 s on a loaded
# machine against its second; the walk that does not go on from the last
# query (PosMemo), put back as a mutant, takes over 20 s at 0.5 MB)
/usr/bin/python3 -c "
unit = 'Pho\u0300ng ta\u0300i chi\u0301nh {unit zz} '
print('khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: T}\nbody:\n  - para: ' + unit * (1000000 // len(unit.encode())) + '\nunits:\n  - {id: vp, name: Văn phòng}')
" >"$work/nfd-big.yaml"
timed_case "F2: positions in 1 MB of decomposed text with 31,000 unknown references" \
    "$timed" check "$work/nfd-big.yaml"

# ---- F6: a table row's key holding a line break, in diff's part heading ---------------
# A row is named by its first text cell, and a cell keeps its lines: a cell
# "# h\n- x" split diff's "@@ ... @@" line in two, and in --format md ended
# the "##" heading, the rest of it a list item ("- x\": sửa").
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
plan = """khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, date: 2024-01, title: T}
body: ["{att b1}"]
attachments:
  - id: b1
    label: Biểu 01
    title: T
    columns: [{key: a, header: A}, {key: b, header: B, type: int}]
    rows: [["# h\\n- x", %d]]
"""
open(work + "/row-old.yaml", "w").write(plan % 1)
open(work + "/row-new.yaml", "w").write(plan % 2)
PY
"$khgen" diff "$work/row-old.yaml" "$work/row-new.yaml" >"$work/row.term" 2>"$work/err"
s1=$?
"$khgen" diff -f md "$work/row-old.yaml" "$work/row-new.yaml" >"$work/row.md" 2>>"$work/err"
s2=$?
[ "$s1" -eq 1 ] && [ "$s2" -eq 1 ] &&
    grep -qx '@@ Biểu 01, dòng "# h - x": sửa @@' "$work/row.term" &&
    [ "$(grep -c '' "$work/row.term")" -eq 4 ] &&
    grep -qxF '## Biểu 01, dòng "\# h - x": sửa' "$work/row.md" &&
    ! cmark "$work/row.md" | grep -q '<li>' &&
    ok "F6: diff names a row whose first cell has two lines on one line (term and md)" ||
    not_ok "F6: status $s1/$s2, $(head -c 300 "$work/row.term")"

# ---- F7: init of a name whose place line YAML reads otherwise ------------------
# The name's first character was guarded, but the place line is the name
# without its kind: "Xã &a" wrote "place: &a" (an anchor), "Xã null" and
# "Xã ~" an empty place, "Xã - a" a syntax error, each with exit 0 and a
# skeleton that did not check; "Xã A, B" an issuer of two lines ("XÃ A",
# "B") that checked. A name with no letter but its kind ("Xã ~") is a
# usage error, as "Xã" is. Since session 30 (s30attack F4) a name holding
# a character no place's name holds, which Markdown or YAML reads as a
# mark ('&', '*', '!', '?', '%', '|', '>', '`', '~'), is a usage error too,
# nothing written; the names left are written so that YAML reads them back.
bad=""
n=0
for name in 'Xã null' 'Xã true' 'Xã - a' "Xã 'a" 'Xã ,a' 'Xã A, B'; do
    n=$((n + 1))
    if ! "$khgen" init --year 2025 -o "$work/init$n.yaml" "$name" >/dev/null 2>&1 ||
        ! "$khgen" check "$work/init$n.yaml" >"$work/err" 2>&1 || [ -s "$work/err" ]; then
        bad="$bad [$name]"
    fi
done
grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, "XÃ A, B"\]' "$work/init6.yaml" || bad="$bad [issuer of Xã A, B]"
for name in 'Xã ~' 'Xã &a' 'Xã *a' 'Xã !a' 'Xã ? a' 'Xã %a' 'Xã |a' 'Xã >a' 'Xã `a' 'TP. *x'; do
    rm -f "$work/init-refused.yaml"
    "$khgen" init --year 2025 -o "$work/init-refused.yaml" "$name" >/dev/null 2>&1
    [ $? -eq 2 ] && [ ! -e "$work/init-refused.yaml" ] || bad="$bad [$name not refused]"
done
[ -z "$bad" ] &&
    ok "F7: init writes the place and issuer lines so that YAML reads them back (6 names); a name with a mark ('Xã ~', 'Xã &a', ...: 10) is a usage error" ||
    not_ok "F7:$bad"

# ---- F8: new's notes on values it moved itself ---------------------------------
# A plan whose period spans two years (2024-07-01 to 2025-06-30: the plan
# of 2025) moved to 2026 has its dates moved into 2025 and 2026; the notes
# said "date still says 2025", "due still says 2025", "from still says
# 2025" at values new had just written, rightly. A text that says the old
# year is still noted.
cat >"$work/split.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-06, title: T}
period: {from: 2024-07-01, to: 2025-06-30}
units: [{id: u, name: Phòng A}]
body:
  - para: Kết quả năm 2025.
  - task: Việc một
    lead: u
    due: 2024-Q4
  - task: Việc hai
    lead: u
    due: {before: 2025-03}
EOF
"$khgen" new --from "$work/split.yaml" --year 2026 -o "$work/split-2026.yaml" >"$work/out" 2>"$work/err"
status=$?
[ "$status" -eq 0 ] && grep -q 'period: {from: 2025-07-01, to: 2026-06-30}' "$work/split-2026.yaml" &&
    [ "$(grep -c 'still says' "$work/out")" -eq 1 ] &&
    grep -q 'split-2026.yaml:6:23: note: the text of the body still says 2025: "Kết quả năm 2025."' "$work/out" &&
    ok "F8: new notes the old year in a text, not at the dates it moved into a period of two years" ||
    not_ok "F8: status $status, $(grep 'still says' "$work/out" | head -c 400)"

# ---- F9: a generated table's `value:` list printed in every row -------------------
# A figure's list counts against the 64 MiB of names (KH507) each time a
# text prints it, but a `value:` text, the same in every row, was checked
# once and printed in each: 3,000 localities and a column
# `value: "{list localities}"` over them (142 KB) wrote 150 MB of .md and
# of .html and 23 MB of .docx in 4.5 s. Now KH507 at the value; 100 rows
# of it (1.6 MB printed) build.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
def plan(n):
    return ("khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, "
            "date: 2024-01, title: T}\nlocalities:\n" +
            "".join("  - {id: l%d, name: Làng số %d, kind: thôn}\n" % (i, i) for i in range(n)) +
            "body: ['{att b1}']\nattachments:\n  - id: b1\n    label: Biểu 01\n    title: T\n"
            "    columns: [{key: name, header: Tên}, {key: all, header: Tất cả, value: \"{list localities}\"}]\n"
            "    rows: {from: localities}\n")
open(work + "/value-big.yaml", "w").write(plan(3000))
open(work + "/value-small.yaml", "w").write(plan(100))
PY
timed_case "F9: 3,000 rows of a value: {list localities} over 3,000 localities" \
    "$timed" build -f md,html,docx -o "$work/out-value" "$work/value-big.yaml"
grep -q 'value-big.yaml:3009:75: error\[KH507\]' "$work/err" && [ "$status" -eq 1 ] &&
    [ ! -e "$work/out-value/value-big.md" ] &&
    "$khgen" build -f md -o "$work/out-value" "$work/value-small.yaml" 2>/dev/null &&
    [ "$(grep -c 'Làng số 0, Làng số 1, ' "$work/out-value/value-small.md")" -eq 100 ] &&
    ok "F9: KH507 at a value: printing 3,000 lists of 3,000 names; 100 of 100 build" ||
    not_ok "F9: status $status, $(head -c 300 "$work/err")"

# ---- F10: many generated tables of the same tasks --------------------------------
# Each generated table shows its items' texts once more, and only the items
# gone over were counted (KH623's 16 million): 300 tables preset
# task-assignments over the 2,000 tasks of a 1.2 MB plan printed 453 MB of
# Markdown (4.7 s, 1.5 GB of memory; every format several times that). Now
# the tables together may show the tasks' and localities' texts four times
# over and 32 MiB besides: KH623 at the table that passes it (0.15 s); 4
# such tables build.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
txt = "Nội dung công việc rất dài " * 20
def plan(tables):
    return ("khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, "
            "date: 2024-01, title: T}\nunits: [{id: u, name: Phòng A}]\nbody:\n  - section: Nhiệm vụ\n"
            "    items:\n" +
            "".join("      - {task: \"Việc %d %s\", lead: u, due: 2024-Q4}\n" % (i, txt) for i in range(2000)) +
            "  - para: \"" + " ".join("{att b%d}" % i for i in range(tables)) + "\"\nattachments:\n" +
            "".join("  - {id: b%d, label: Biểu %d, title: T, preset: task-assignments}\n" % (i, i)
                    for i in range(tables)))
open(work + "/tables-300.yaml", "w").write(plan(300))
open(work + "/tables-4.yaml", "w").write(plan(4))
PY
timed_case "F10: 300 generated tables of the 2,000 tasks of a 1.2 MB plan" \
    "$timed" build -f md -o "$work/out-tables" "$work/tables-300.yaml"
grep -q "tables-300.yaml:2036:5: error\[KH623\]: the plan's generated tables show more than four times" "$work/err" &&
    [ "$status" -eq 1 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ] &&
    "$khgen" build -f md -o "$work/out-tables" "$work/tables-4.yaml" 2>/dev/null &&
    [ "$(grep -c '^| 2000 | Việc 1999 ' "$work/out-tables/tables-4.md")" -eq 4 ] &&
    ok "F10: KH623 at the table past four times the tasks' text and 32 MiB; 4 tables build" ||
    not_ok "F10: status $status, $(head -c 300 "$work/err")"

# ---- F11: {support}, {lead} and {crit-name} print names too ------------------------
# KH211 held the names {unit}, {short} and {loc} print (32 MiB); a task's
# {support} prints its supporting units' names as {unit} does: 99 units
# named with 500 characters and 2,000 {support} in the task's text (73 KB)
# printed 99 MB of Markdown. Now KH211 at the {support} that passes it;
# a catalog's long criterion name behind {crit-name} the same.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
name = "Phòng " + "a" * 490
head = ("khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, "
        "date: 2024-01, title: T}\n")
open(work + "/support.yaml", "w").write(head + "units:\n" +
    "".join("  - {id: u%d, name: \"%s %d\"}\n" % (i, name, i) for i in range(100)) +
    "body:\n  - task: Việc\n    lead: u0\n    support: [" + ", ".join("u%d" % i for i in range(1, 100)) +
    "]\n    text: \"" + "{support} " * 2000 + "\"\n")
open(work + "/critname.yaml", "w").write(head +
    "import: [{id: c, title: C, criteria: [{code: 1, name: \"" + "b" * 20000 + "\"}]}]\n"
    "body: [\"" + "{crit-name 1} " * 2000 + "\"]\n")
PY
timed_case "F11: 2,000 {support} of 99 units named with 500 characters" \
    "$timed" build -f md -o "$work/out-support" "$work/support.yaml"
s1=$status
grep -q 'support.yaml:108:6782: error\[KH211\]' "$work/err"
g1=$?
"$khgen" check "$work/critname.yaml" >/dev/null 2>"$work/err"
s2=$?
[ "$s1" -eq 1 ] && [ "$g1" -eq 0 ] && [ "$s2" -eq 1 ] && grep -q 'critname.yaml:4:.*error\[KH211\]' "$work/err" &&
    ok "F11: {support} and {crit-name} count the names they print (KH211)" ||
    not_ok "F11: status $s1/$s2, $(head -c 300 "$work/err")"

# ---- F12: {due} of a deadline written as text --------------------------------------
# {due} prints the task's deadline, the whole text of one written as text:
# a deadline of 100 KB and 1,000 {due} in the task's text (106 KB) printed
# 100 MB of Markdown. Now it counts with the names of KH211.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
open(work + "/due.yaml", "w").write(
    "khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, "
    "date: 2024-01, title: T}\nunits: [{id: u, name: A}]\nbody:\n  - task: Việc\n    lead: u\n"
    "    due: {text: \"" + "x" * 100000 + "\"}\n    text: \"" + "{due} " * 1000 + "\"\n")
PY
timed_case "F12: 1,000 {due} of a deadline of 100 KB written as text" \
    "$timed" build -f md -o "$work/out-due" "$work/due.yaml"
[ "$status" -eq 1 ] &&
    grep -q "due.yaml:8:2022: error\[KH211\]: the plan's references print more than 32 MiB of names and deadlines" "$work/err" &&
    ok "F12: {due} counts the deadline text it prints (KH211)" ||
    not_ok "F12: status $status, $(head -c 300 "$work/err")"

# ---- F13: the header's fields printed on every attachment page -------------------
# "(Kèm theo Kế hoạch số NUMBER/CODE ngày ... của ISSUER_SHORT)" is printed
# on each attachment page: an issuer_short of 100 KB and 1,000 attachments
# (194 KB) printed 100 MB of Markdown. issuer_short, number and code are
# held to a name's 500 characters (KH115).
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
n = 1000
open(work + "/issuer.yaml", "w").write(
    "khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: \"UBND " + "x" * 100000 +
    "\", number: \"" + "7a" * 300 + "\", code: \"KH-" + "U" * 600 + "\", place: A, date: 2024-01, title: T}\n"
    "body: [\"" + " ".join("{att b%d}" % i for i in range(n)) + "\"]\nattachments:\n" +
    "".join("  - {id: b%d, label: B%d, title: T, columns: [{key: a, header: A}], rows: [[x]]}\n" % (i, i)
            for i in range(n)))
PY
timed_case "F13: an issuer_short of 100 KB and 1,000 attachments" \
    "$timed" build -f md -o "$work/out-issuer" "$work/issuer.yaml"
[ "$status" -eq 1 ] && [ "$(grep -c 'error\[KH115\]' "$work/err")" -eq 3 ] &&
    grep -q "issuer.yaml:2:57: error\[KH115\]: 'issuer_short' of the header is longer than 500" "$work/err" &&
    ok "F13: issuer_short, number and code of 500 characters at most (KH115)" ||
    not_ok "F13: status $status, $(head -c 300 "$work/err")"

# ---- F14: {att} prints the attachment's label ---------------------------------------
# A label of 10,000 characters and 10,000 {att b} (90 KB) printed 100 MB of
# Markdown: {att} now counts the labels it prints with the names (KH211).
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
open(work + "/label.yaml", "w").write(
    "khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, "
    "date: 2024-01, title: T}\nbody: [\"" + "{att b} " * 10000 + "\"]\nattachments:\n"
    "  - {id: b, label: \"Biểu " + "x" * 10000 + "\", title: T, columns: [{key: a, header: A}], rows: [[x]]}\n")
PY
timed_case "F14: 10,000 {att} of a label of 10,000 characters" \
    "$timed" build -f md -o "$work/out-label" "$work/label.yaml"
[ "$status" -eq 1 ] && grep -q "label.yaml:3:26833: error\[KH211\]" "$work/err" &&
    ok "F14: {att} counts the labels it prints (KH211)" ||
    not_ok "F14: status $status, $(head -c 300 "$work/err")"

# ---- F15: the names a task's lines print -------------------------------------------
# A task's "Đơn vị thực hiện" line prints its lead's and supporting units'
# names: 2,000 tasks each supported by the same 99 units named with 500
# characters (1.1 MB) printed 100 MB of each document. They now count with
# the references' names (KH211); so do a generated table's rows.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
name = "Phòng " + "a" * 490
sup = ", ".join("u%d" % i for i in range(1, 100))
open(work + "/lines.yaml", "w").write(
    "khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, "
    "date: 2024-01, title: T}\nunits:\n" +
    "".join("  - {id: u%d, name: \"%s %d\"}\n" % (i, name, i) for i in range(100)) + "body:\n" +
    "".join("  - {task: V, lead: u0, support: [%s]}\n" % sup for j in range(2000)))
PY
timed_case "F15: 2,000 tasks supported by 99 units named with 500 characters" \
    "$timed" build -f md -o "$work/out-lines" "$work/lines.yaml"
[ "$status" -eq 1 ] &&
    grep -q "lines.yaml:776:21: error\[KH211\]: the plan's tasks and references print more than 32 MiB" "$work/err" &&
    ok "F15: the units' names of the tasks' lines count with the references' (KH211)" ||
    not_ok "F15: status $status, $(head -c 300 "$work/err")"

# ---- F16: criteria tables gather their tasks' units --------------------------------
# A criterion's row shows who answers for it, from every task that names
# it: 1,000 tables preset criteria-assignments of 19 criteria over 60 tasks
# led by units named with 500 characters (117 KB) printed 573 MB of
# Markdown (3.4 s, 1.1 GB). Their cells count in KH623's budget.
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
name = "Phòng " + "a" * 490
crit = ", ".join(str(c) for c in range(1, 20))
open(work + "/crit.yaml", "w").write(
    "khgen: 1\nimport: [qd318-xa-ntm]\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, "
    "place: A, date: 2024-01, title: T}\nunits:\n" +
    "".join("  - {id: u%d, name: \"%s %d\"}\n" % (i, name, i) for i in range(60)) + "body:\n" +
    "".join("  - {task: V, lead: u%d, criteria: [%s], show: []}\n" % (j, crit) for j in range(60)) +
    "  - para: \"" + " ".join("{att b%d}" % i for i in range(1000)) + "\"\nattachments:\n" +
    "".join("  - {id: b%d, label: B%d, title: T, preset: criteria-assignments}\n" % (i, i)
            for i in range(1000)))
PY
timed_case "F16: 1,000 criteria tables over 60 tasks of long-named units" \
    "$timed" build -f md -o "$work/out-crit" "$work/crit.yaml"
[ "$status" -eq 1 ] && grep -q "crit.yaml:186:5: error\[KH623\]" "$work/err" &&
    ok "F16: a criteria table's cells count in the generated tables' budget (KH623)" ||
    not_ok "F16: status $status, $(head -c 300 "$work/err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
