#!/bin/sh
# tests/hardening/s39attack.sh KHGEN WORKDIR - what session 39's outsider
# attack found over session 38's additions, and session 38's attack's
# leftovers (reproducers in /tmp/s39attack/ of that session). Each case
# fails at main 9dbe0d73 unless named a guard:
#  D1  `khgen diff -f md`: a plan's own "**b**" (its bold, printed bold in
#      the report) beside an edit could not be told from the report's
#      insertion "**d**"; the plan's stars are escaped now, as its tildes;
#  D2  ... and "b" made bold printed "~~b~~****b****" (a double bold to
#      GitHub, four stars to pandoc): now "~~b~~**\*\*b\*\***";
#  D3  a word changed inside a code span put the marks inside it,
#      "`x ~~a`~~**b`**": the span is shown deleted and inserted whole;
#  D4  so did a word inside a link's text, "[x ~~a](https://a.vn)~~**b](
#      https://a.vn)**", its address printed raw (the address before a
#      mark is in angle brackets since s40attack P1);
#  D5  a plan's lone backslash deleted, "~~\~~", escaped the closing
#      tildes: the deletion never closed;
#  D6  a line of a text that begins "1. " became an ordered list in the
#      report; it is escaped "1\. " as "+ " and "- " are;
#  N1  `criteria_met: 017` was read as 17 silently, 15 to a YAML 1.1
#      reader: KH114 naming both and what to write;
#  N2  `dan_so: 0o17` was the text "0o17" (a figure over it said "none has
#      data.dan_so"): KH108 naming 15;
#  N3  `dan_so: 08` (text to a YAML 1.1 reader): KH114;
#  G1  guard: `04` and `007`, read alike by every reader, stay numbers;
#  K1  a one-file writer's KH901 (diff -o, import -o, new -o, convert -o,
#      init -o) past a file size limit, a full device or a read-only file
#      system said "give an output directory (-o)", where -o names a file;
#  T1  an include path holding a tab ("tab\tx.yaml") was looked up with a
#      space, as a text's tab prints: beside a "tab x.yaml", the plan was
#      built from that file, exit 0;
#  I1  `khgen new -o other/deep/n.yaml` of a plan whose include: path is
#      written as a block scalar ("- >-" and the path on the line under
#      it) left it as it was, "could not edit in place": the new plan was
#      written and failed its own check (KH001), exit 1;
#  W1  a line break typed into a .docx's w:t ("xã\n- đạt chuẩn": Word
#      writes w:br, a generator may not) was read as a line break and made
#      a bullet "đạt chuẩn"; Word shows one paragraph, a space there;
#  W2  a .docx paragraph of 200,000 alternating bold runs (6.7 MB of
#      document.xml) took 255 MB: each run's text a buffer of 256 bytes
#      at least (51 MB); now fitted to its text (209 MB; the rest is
#      libxml2's tree and cmark's reading of the paragraph's emphasis).
# Each case runs khgen once or twice over README's example: well under a
# second. Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
cd "$work/p" || exit 2

# md_pair NAME OLDTEXT NEWTEXT: diff -f md of the example with the clause
# "Cấp xã" given each text, into $work/NAME.md; its status in $st
md_pair() {
    edited "$1a" '      - clause: Cấp xã' "      - clause: Cấp xã
        text: $2"
    edited "$1b" '      - clause: Cấp xã' "      - clause: Cấp xã
        text: $3"
    "$khgen" diff -f md "$work/p/$1a.yaml" "$work/p/$1b.yaml" >"$work/$1.md" 2>"$work/$1.err"
    st=$?
}

# ---- D1-D6: the Markdown report -------------------------------------------
md_pair d1 '"Đạt **b** và c mới"' '"Đạt **b** và d mới"'
if [ "$st" -eq 1 ] && grep -qF 'Đạt \*\*b\*\* và ~~c~~**d** mới' "$work/d1.md"; then
    ok "D1 diff -f md: the plan's own **b** escaped; only the insertion is bold"
else
    not_ok "D1 diff -f md of a plan's '**b**': status $st, $(grep 'Đạt' "$work/d1.md")"
fi
md_pair d2 '"Đạt b và c"' '"Đạt **b** và c"'
if [ "$st" -eq 1 ] && grep -qF 'Đạt ~~b~~**\*\*b\*\*** và c' "$work/d2.md"; then
    ok "D2 diff -f md: 'b' made bold shows the plan's marks inserted, not '****b****'"
else
    not_ok "D2 diff -f md of 'b' made bold: status $st, $(grep 'Đạt' "$work/d2.md")"
fi
md_pair d3 '"Đạt `x a` y"' '"Đạt `x b` y"'
if [ "$st" -eq 1 ] && grep -qF 'Đạt ~~`x a`~~**`x b`** y' "$work/d3.md"; then
    ok "D3 diff -f md: a code span changed is shown deleted and inserted whole"
else
    not_ok "D3 diff -f md of a code span: status $st, $(grep 'Đạt' "$work/d3.md")"
fi
md_pair d4 '"Đạt [x a](https://a.vn) y"' '"Đạt [x b](https://a.vn) y"'
if [ "$st" -eq 1 ] && grep -qF 'Đạt ~~[x a](<https://a.vn>)~~**[x b](<https://a.vn>)** y' "$work/d4.md"; then
    ok "D4 diff -f md: a link whose text changed is shown deleted and inserted whole"
else
    not_ok "D4 diff -f md of a link's text: status $st, $(grep 'Đạt' "$work/d4.md")"
fi
edited d5a '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - bullet: "Đạt a \\ :x"'
edited d5b '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - bullet: "Đạt a :x"'
"$khgen" diff -f md "$work/p/d5a.yaml" "$work/p/d5b.yaml" >"$work/d5.md" 2>"$work/d5.err"
st=$?
if [ "$st" -eq 1 ] && grep -qxF 'Đạt a ~~\\~~ :x' "$work/d5.md"; then
    ok "D5 diff -f md: a deleted lone backslash does not escape the closing tildes"
else
    not_ok "D5 diff -f md of a deleted backslash: status $st, $(grep 'Đạt' "$work/d5.md")"
fi
edited d6a '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: "1. Rà soát x"'
edited d6b '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: "1. Rà soát y"'
"$khgen" diff -f md "$work/p/d6a.yaml" "$work/p/d6b.yaml" >"$work/d6.md" 2>"$work/d6.err"
st=$?
if [ "$st" -eq 1 ] && grep -qxF '1\. Rà soát ~~x~~**y**' "$work/d6.md"; then
    ok "D6 diff -f md: a line beginning '1. ' stays text, not an ordered list"
else
    not_ok "D6 diff -f md of a line '1. ...': status $st, $(grep 'Rà soát' "$work/d6.md")"
fi

# ---- N1-N3, G1: a number other YAML readers read otherwise ---------------
edited n1 'criteria_met: 17, target: ntm' 'criteria_met: 017, target: ntm'
"$khgen" check "$work/p/n1.yaml" >"$work/n1.out" 2>&1
st=$?
if [ "$st" -eq 1 ] && grep -q "n1.yaml:32:[0-9]*: error\[KH114\]: 'criteria_met' is '017': 17 as khgen reads numbers, but 15 to a YAML 1.1 reader.*write 17 without the 0$" "$work/n1.out"; then
    ok "N1 criteria_met: 017 is KH114, naming 17 and YAML 1.1's 15"
else
    not_ok "N1 criteria_met: 017: status $st, $(head -c 400 "$work/n1.out")"
fi
edited n2 'criteria_met: 17, target: ntm' 'criteria_met: 17, data: {dan_so: 0o17}, target: ntm'
"$khgen" check "$work/p/n2.yaml" >"$work/n2.out" 2>&1
st=$?
if [ "$st" -eq 1 ] && grep -q "error\[KH108\]: 'dan_so' is '0o17', a number in base 8, 15 in decimal: .*write 15$" "$work/n2.out"; then
    ok "N2 dan_so: 0o17 is KH108 naming 15, not the text '0o17'"
else
    not_ok "N2 dan_so: 0o17: status $st, $(head -c 400 "$work/n2.out")"
fi
edited n3 'criteria_met: 17, target: ntm' 'criteria_met: 17, data: {dan_so: 08}, target: ntm'
"$khgen" check "$work/p/n3.yaml" >"$work/n3.out" 2>&1
st=$?
if [ "$st" -eq 1 ] && grep -q "error\[KH114\]: 'dan_so' is '08': 8 as khgen reads numbers, but text (its octal has no 8 or 9) to a YAML 1.1 reader.*write 8 without the 0, or \"08\" in quotes if it is a code$" "$work/n3.out"; then
    ok "N3 dan_so: 08 is KH114, naming the quotes for a code"
else
    not_ok "N3 dan_so: 08: status $st, $(head -c 400 "$work/n3.out")"
fi
edited g1 'criteria_met: 17, target: ntm' 'criteria_met: 017, data: {dan_so: 04}, target: ntm' \
    'criteria_met: 16, target: ntm' 'criteria_met: 007, target: ntm'
sed -i 's/criteria_met: 017, data/criteria_met: 17, data/' "$work/p/g1.yaml"
"$khgen" check "$work/p/g1.yaml" >"$work/g1.out" 2>&1
st=$?
if [ "$st" -eq 0 ] && ! grep -q 'KH1' "$work/g1.out"; then
    ok "G1 guard: 04 and 007, read alike by every YAML reader, stay numbers"
else
    not_ok "G1 guard 04 / 007: status $st, $(head -c 400 "$work/g1.out")"
fi

# ---- K1: KH901 of a command whose -o names the file ----------------------
# a file size limit (as a quota would): diff's -o and import's -o name a
# file, not "an output directory (-o)" as a build's words say
(ulimit -f 1; "$khgen" diff -f html -o "$work/k1.html" "$work/p/d1a.yaml" "$work/p/d1b.yaml") \
    >"$work/k1.out" 2>&1
st=$?
if [ "$st" -eq 3 ] && grep -q "error\[KH901\]: cannot write '.*k1.html': .*: check the file -o names, its directory and its free space$" "$work/k1.out" &&
    ! grep -q 'output directory' "$work/k1.out"; then
    ok "K1 diff -o past a file size limit: KH901 names the file -o gives, not an output directory"
else
    not_ok "K1 diff -o past a file size limit: status $st, $(head -c 300 "$work/k1.out")"
fi

# ---- T1: an include path holding a tab ------------------------------------
# "tab\tx.yaml" was looked up as "tab x.yaml": with both files there, the
# plan was built from the other one's unit, exit 0
printf 'units:\n  - {id: rr, name: Đơn vị Tab}\n' >"$work/p/$(printf 'tab\tx.yaml')"
printf 'units:\n  - {id: rr, name: Đơn vị Space}\n' >"$work/p/tab x.yaml"
edited t1 'khgen: 1' 'khgen: 1
include: ["tab\tx.yaml"]' 'lead: tckh' 'lead: rr'
"$khgen" build -f md -o "$work/t1" "$work/p/t1.yaml" >"$work/t1.out" 2>&1
st=$?
if [ "$st" -eq 0 ] && grep -q 'Đơn vị Tab' "$work/t1/t1.md" && ! grep -q 'Đơn vị Space' "$work/t1/t1.md"; then
    ok "T1 an include path written with a tab reads that file, not the one named with a space"
else
    not_ok "T1 include of 'tab\\tx.yaml': status $st, $(grep -o 'Đơn vị [A-Za-z]*' "$work/t1/t1.md" 2>/dev/null | head -1) $(head -c 300 "$work/t1.out")"
fi

# ---- I1: new -o into another directory, an include path as a block scalar --
mkdir -p "$work/p/reg" "$work/p/other/deep"
printf 'units:\n  - {id: rr, name: Đơn vị Reg}\n' >"$work/p/reg/r.yaml"
edited i1 'import: [' 'include:
  - >-   # the registry
    reg/r.yaml
import: [' 'lead: tckh' 'lead: rr'
"$khgen" new --allow-read "$work/p" --from "$work/p/i1.yaml" --year 2025 \
    -o "$work/p/other/deep/i1.yaml" >"$work/i1.out" 2>&1
st=$?
"$khgen" build --allow-read "$work/p" -f md -o "$work/i1" "$work/p/other/deep/i1.yaml" >"$work/i1b.out" 2>&1
bst=$?
if [ "$st" -eq 0 ] && [ "$bst" -eq 0 ] && grep -q 'Đơn vị Reg' "$work/i1/i1.md" &&
    grep -qx '  - \.\./\.\./reg/r\.yaml # the registry' "$work/p/other/deep/i1.yaml"; then
    ok "I1 new -o in another directory rewrites an include path written as a block scalar"
else
    not_ok "I1 new -o of an include path written '>-': status $st/$bst, $(grep -v '^  ' "$work/i1.out" | tail -n 3 | head -c 400)"
fi

# ---- W1: a line break typed into a .docx's w:t ----------------------------
/usr/bin/python3 - "$work/w1.docx" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
body = ''.join(p(t) for t in ['ỦY BAN NHÂN DÂN', 'HUYỆN A', 'Số: 1/KH-UBND', 'A, ngày 05 tháng 01 năm 2024',
                              'KẾ HOẠCH', 'Việc năm 2024', 'I. MỤC TIÊU', 'Hoàn thành xây dựng xã\n- đạt chuẩn.',
                              'Trên đây là Kế hoạch năm 2024./.'])
ns = 'http://schemas.openxmlformats.org/'
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="%spackage/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
               '</Types>' % ns)
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="%spackage/2006/relationships">'
               '<Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/officeDocument" '
               'Target="word/document.xml"/></Relationships>' % (ns, ns))
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s'
               '</w:body></w:document>' % (W, body))
PY
"$khgen" import "$work/w1.docx" >"$work/w1.yaml" 2>"$work/w1.err"
st=$?
if [ "$st" -le 1 ] && grep -q -- '- para: Hoàn thành xây dựng xã - đạt chuẩn\.$' "$work/w1.yaml" &&
    ! grep -q -- '- bullet: đạt chuẩn' "$work/w1.yaml"; then
    ok "W1 a line break typed into a .docx's w:t is a space, as Word shows it, not a bullet"
else
    not_ok "W1 a newline inside a w:t: status $st, $(grep -e '- para' -e '- bullet' "$work/w1.yaml" | tr '\n' ' ')"
fi

# ---- W2: the memory of a paragraph of 200,000 runs -------------------------
# each run's text was a buffer of at least 256 bytes (51 MB of 255 MB for a
# 6.7 MB document.xml of alternating bold runs); the release build only
# (AddressSanitizer's own memory is not the program's)
if grep -q __asan_init "$khgen"; then
    ok "W2 (the sanitizers' build: the release build measures the memory)"
else
    /usr/bin/python3 - "$work/w1.docx" "$work/w2.docx" <<'PY'
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
doc = src.read('word/document.xml').decode()
runs = '<w:p>' + '<w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r><w:r><w:t>y</w:t></w:r>' * 100000 + '</w:p>'
doc = doc.replace('<w:p><w:r><w:t xml:space="preserve">Trên đây', runs + '<w:p><w:r><w:t xml:space="preserve">Trên đây')
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:
    for n in src.namelist():
        z.writestr(n, doc if n == 'word/document.xml' else src.read(n))
PY
    /usr/bin/time -f '%M' -o "$work/w2.rss" "$khgen" import "$work/w2.docx" >"$work/w2.yaml" 2>"$work/w2.err"
    st=$?
    rss=$(tail -n 1 "$work/w2.rss")
    if [ "$st" -le 1 ] && [ "$rss" -le 232000 ] && grep -qF 'y**x**y' "$work/w2.yaml"; then
        ok "W2 a paragraph of 200,000 alternating bold runs imported in $rss KB (at most 232,000)"
    else
        not_ok "W2 a paragraph of 200,000 alternating bold runs: status $st, $rss KB (at most 232,000)"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
