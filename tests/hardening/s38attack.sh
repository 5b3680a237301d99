#!/bin/sh
# tests/hardening/s38attack.sh KHGEN WORKDIR - what session 38's outsider
# attack found when it ran issue 8's twelve classes through the paths khgen
# grew after d72bec5 (import of .docx/.txt/.md, diff, new, convert,
# includes, .docx and .pdf output; reproducers in /tmp/s38attack/ of that
# session). Each case is one finding and fails at main a0032449:
#  H1  `khgen new -o NAME` of a NAME holding an ESC and a BEL (a file name
#      is any bytes) printed NAME raw at the head of each of its notes for
#      the drafter ("n\e]0;PWN\a.yaml:11:108: note: the title of the plan
#      still says 2024"), on standard output, where the terminal ran it
#      (set its title, coloured what followed); every other message
#      escapes a file name (\x1B);
#  H2  `khgen diff OLD NEW` printed both names raw in its "--- OLD" and
#      "+++ NEW" lines, and, with `-f md` and `-f html`, into the report's
#      heading and the page's <title>: the escape codes reached the
#      terminal, and the .md and .html files;
#  H3  a .docx whose table row says it starts past 2147483647 grid columns
#      (`<w:gridBefore w:val="2147483647"/>`, any int past a few millions:
#      a damaged or hostile file) made `khgen import` add past an int's
#      range (undefined behaviour: UBSan stops the sanitizers' build,
#      src/docx_tree.c; the release build went on with a wrapped count).
#      Every number of a .docx attribute is now read with strtol and kept
#      within 2^24, and a row's skipped columns within 64, as import reads
#      them;
#  H4  `khgen import` of a .md holding a picture whose address has
#      parentheses, as CommonMark pairs them ("![Sơ đồ](so-do(1).png) và
#      x"), ended the picture at the first ')': the plan printed ".png) và
#      x", exit 0 (the note named "so-do(1"); "![a](javascript:alert(8))"
#      left ") và x". The line's parentheses are now paired, once a line;
#  H5  `khgen import` of a .txt whose text has a backslash before a star,
#      '_', '`' or '[' ("Đạt \*20\* tiêu chí", a pasted escape) wrote
#      "\\*20\\*": the built plan printed "\" and "20" in italics, exit 0,
#      where the .txt showed "\*20\*"; every backslash of a plain text
#      before a character is now escaped;
#  M1  `khgen diff -f md` left a plan's own tildes as written ("Diện tích
#      5~~10~~ ha", which every document prints as written and build -f md
#      writes "5\~\~10\~\~"): a GFM reader struck "10" through, a
#      deletion of the redline that nobody made (exit 1 for the word that
#      did change); the report is now sanitized as a document is, its own
#      deletions marked after.
# Each case runs khgen a few times over README's example: well under a
# second. Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
cd "$work/p" || exit 2
E=$(printf '\033]0;PWN\007\033[31m')
cp ex.yaml "p$E.yaml"
# raw_ctl FILE: the number of lines of FILE holding a control character
# other than a tab (a colour escape of --color aside: none is asked here)
raw_ctl() {
    LC_ALL=C tr -d '\t' <"$1" | LC_ALL=C grep -c '[[:cntrl:]]'
}

# ---- H1: new's notes name the new plan's file raw -------------------------
"$khgen" new --from "p$E.yaml" --year 2025 -o "n$E.yaml" >"$work/h1.out" 2>"$work/h1.err"
st=$?
n=$(raw_ctl "$work/h1.out")
e=$(raw_ctl "$work/h1.err")
if [ "$st" -le 1 ] && [ "$n" -eq 0 ] && [ "$e" -eq 0 ] && grep -q 'n\\x1B\]0;PWN\\x07\\x1B\[31m\.yaml:[0-9]*:[0-9]*: note: ' "$work/h1.out"; then
    ok "H1 new -o NAME with an ESC: each note names the file escaped (\\x1B), no raw control character"
else
    not_ok "H1 new -o NAME with an ESC: status $st, $n line(s) of standard output and $e of standard error with a raw control character: $(grep 'note:' "$work/h1.out" | head -1 | cat -v)"
fi

# ---- H2: diff's header and titles name both plans raw ---------------------
bad=
for f in term md html; do
    "$khgen" diff -f "$f" "p$E.yaml" "n$E.yaml" >"$work/h2$f.out" 2>"$work/h2$f.err"
    st=$?
    n=$(raw_ctl "$work/h2$f.out")
    [ "$st" -eq 1 ] && [ "$n" -eq 0 ] && grep -q 'PWN' "$work/h2$f.out" ||
        bad="$bad [-f $f: status $st, $n line(s) with a raw control character: $(grep PWN "$work/h2$f.out" | head -1 | cat -v)]"
done
grep -q '^--- p\\x1B\]0;PWN\\x07\\x1B\[31m\.yaml$' "$work/h2term.out" ||
    bad="$bad [-f term: no '--- p\\x1B]0;PWN...' line]"
grep -q '<title>So sánh: p\\x1B\]0;PWN\\x07\\x1B\[31m\.yaml → n' "$work/h2html.out" ||
    bad="$bad [-f html: the title does not name the plans escaped]"
if [ -z "$bad" ]; then
    ok "H2 diff of plans named with an ESC: the names escaped in the '---'/'+++' lines, the .md heading and the page's title"
else not_ok "H2 diff of plans named with an ESC:$bad"; fi

# ---- H3: a row's gridBefore past an int's range ---------------------------
/usr/bin/python3 - "$work/h3.docx" <<'PY'
import sys, zipfile
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
def p(t): return '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t
def tc(t): return '<w:tc>%s</w:tc>' % p(t)
row = '<w:tr>%s</w:tr>'
body = ''.join(p(t) for t in ['ỦY BAN NHÂN DÂN', 'HUYỆN A', 'Số: 1/KH-UBND',
                              'A, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Việc năm 2024', 'Biểu 01'])
body += ('<w:tbl>' + row % (tc('STT') + tc('Tên xã') + tc('Ghi chú'))
         + '<w:tr><w:trPr><w:gridBefore w:val="2147483647"/><w:gridAfter w:val="2147483647"/></w:trPr>'
         + tc('1') + tc('Xã A') + tc('x') + '</w:tr></w:tbl>')
body += p('Trên đây là Kế hoạch năm 2024./.')
doc = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc)
PY
"$khgen" import "$work/h3.docx" >"$work/h3.yaml" 2>"$work/h3.err"
st=$?
if [ "$st" -le 1 ] && ! grep -q 'runtime error\|Sanitizer' "$work/h3.err" && grep -q 'Xã A' "$work/h3.yaml"; then
    ok "H3 a table row's gridBefore and gridAfter of 2147483647: imported (status $st), no overflow"
else
    not_ok "H3 a table row's gridBefore of 2147483647: status $st, $(grep -m1 'runtime error\|Sanitizer' "$work/h3.err")"
fi

# ---- H4: a Markdown picture whose address holds parentheses ---------------
printf 'KẾ HOẠCH\n\nViệc năm 2024\n\n## I. MỤC TIÊU\n\n![Sơ đồ](so-do(1).png) và x\n\nTrên đây là Kế hoạch./.\n' >"$work/h4.md"
"$khgen" import "$work/h4.md" >"$work/h4.yaml" 2>"$work/h4.err"
st=$?
if [ "$st" -le 1 ] && grep -q -- '- para: và x$' "$work/h4.yaml" && grep -q 'Sơ đồ (so-do(1).png)' "$work/h4.yaml"; then
    ok "H4 a .md picture whose address holds parentheses: taken whole, its note naming it, the words after it kept"
else
    not_ok "H4 a .md picture whose address holds parentheses: status $st, $(grep -e '- para' -e 'Sơ đồ' "$work/h4.yaml" | tr '\n' ' ')"
fi

# ---- H5: a .txt's backslash before a star ---------------------------------
printf 'KẾ HOẠCH\nViệc năm 2024\nI. MỤC TIÊU\nĐạt \\*20\\* tiêu chí, a\\_b\\_c.\nTrên đây là Kế hoạch./.\n' >"$work/h5.txt"
"$khgen" import "$work/h5.txt" >"$work/h5.yaml" 2>"$work/h5.err"
st=$?
"$khgen" build -f html -o "$work/h5" "$work/h5.yaml" >/dev/null 2>&1
if [ "$st" -le 1 ] && grep -q 'Đạt \\\*20\\\* tiêu chí, a\\_b\\_c\.' "$work/h5/h5.html" && ! grep -q '<em>' "$work/h5/h5.html"; then
    ok "H5 a .txt's backslash before a star or '_': printed as the .txt shows it, no italics"
else
    not_ok "H5 a .txt's backslash before a star: status $st, $(grep -o '<p[^>]*>Đạt[^<]*<[^>]*>[^<]*' "$work/h5/h5.html")"
fi

# ---- M1: a plan's tildes in diff's Markdown report ------------------------
edited m1a '      - clause: Cấp xã' '      - clause: Cấp xã
        text: Diện tích 5~~10~~ ha, năm cũ.'
edited m1b '      - clause: Cấp xã' '      - clause: Cấp xã
        text: Diện tích 5~~10~~ ha, năm mới.'
"$khgen" diff -f md "$work/p/m1a.yaml" "$work/p/m1b.yaml" >"$work/m1.md" 2>"$work/m1.err"
st=$?
if [ "$st" -eq 1 ] && grep -q 'Diện tích 5\\~\\~10\\~\\~ ha, năm ~~cũ\.~~\*\*mới\.\*\*' "$work/m1.md"; then
    ok "M1 diff -f md: a plan's own '~~' escaped as the document's .md escapes it; only the deletion struck through"
else
    not_ok "M1 diff -f md of a plan's '5~~10~~': status $st, $(grep 'Diện tích' "$work/m1.md")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
