#!/bin/sh
# tests/hardening/s40review.sh KHGEN WORKDIR - what session 40's review of
# session 39's src/ changes (9dbe0d73..ff71a1cc) found, and the leftovers
# of session 39's review it took (issue 8; reproducers in /tmp/s40review/
# of that session). Each case fails at ff71a1cc (session 39's stop) unless
# it is named a guard:
#  F1  a plan with no 'localities:' list whose first use is a figure
#      ({count localities data.q>=1}: KH505, a warning, since c9ab299b)
#      printed its unknown "{loc a1}" and "{loc a2}" as "a1" and "a2", exit
#      0: the figure's ask took the place of the first use, which tells the
#      missing list (s39types M3), and every id after it was quiet; guard:
#      without the figure the first {loc} is the error;
#  F2  a backslash before a run of backticks escapes its first backtick
#      only, and the rest of the run opens a code span ("\``a~b<c`" is a
#      literal '`' and the span "a~b<c" to cmark, pandoc and GitHub): diff
#      -f md of an edit inside such a span put its marks inside it
#      ("`mã số ~~a`~~**b`**", session 39's diff_atoms.c), and the .md
#      printed "a\~b" inside the span; a '<' there printed "\<" in md,
#      html and docx (textref.c counted the backticks before it, odd or
#      even: "\``a<b` và `c<`" holds four, and both '<' are code);
#  F3  a backtick or a bracket that pairs with nothing on its side of an
#      edit paired with one of the other side across the report's marks
#      (diff -f md): "Mã ` cũ `x`" edited to "Mã mới `x`" showed a code span
#      "~~**mới " (its lone '`' and the inserted span's), "Xem [e f](g)!["
#      edited to "Xem b2 f](g)![" a picture whose text was "~~**b2 f";
#      such a mark is escaped in the report now;
#  F4  (s39attack L3, in part) `target_year: 02024`, 2024 to khgen and 1044
#      to a YAML 1.1 reader, built with no message: session 39's KH114 and
#      KH108 for a number in another base were asked where counts, layout
#      numbers and data are read, not where a whole number is (read_int:
#      a target year, a node's number, the language version);
#  F5  `import --templates DIR` (new in session 39) read DIR's wording.yaml
#      without the check build gives it: an empty wording (KH808) was
#      printed as an error and the plan written, exit 0; a broken tag
#      ("(Kèm theo {{", "{{}}"), which build refuses (KH803), was used
#      without a word; both are refused now, exit 3, nothing written
#      (guard: a good wording imports); the set is read once, not again
#      at each "(Kèm theo ...)" line;
#  R1  (s39review L1) a precomposed toned letter followed by a hat ("ò"
#      U+0302, or a tone and a dot below before it) printed "ò̂" with no
#      KH020: the rule read only "o U+0300 U+0302"; guard: "ọ" U+0302 is
#      "ộ", no message;
#  R2  (s39review L2) `new -o sub/../n3.yaml` noted that the new plan is
#      "not in the directory of" the old one;
#  R3  (s39review L3) a lone combining mark on the line libyaml's scanner
#      stops at (a key with no ':', noticed at the next line) got no KH020.
# Each case is a check, a build -f md or a diff of a small plan: about 15
# runs. Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

head_yaml() {
    cat <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01
  title: Thử nghiệm
units:
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
YAML
}
bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}

# ---- F1: a figure first in a plan with no localities list --------------------
{
    head_yaml
    printf 'body:\n  - section: NHIỆM VỤ\n    items:\n'
    printf '      - {task: "Có {count localities data.q>=1} xã", lead: tckh, due: 2024-06}\n'
    printf '      - {task: "Hỗ trợ {loc a1} và {loc a2}", lead: tckh, due: 2024-06}\n'
} >"$work/f1.yaml"
"$khgen" check "$work/f1.yaml" >/dev/null 2>"$work/f1.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
grep -q "f1\.yaml:13:24: error\[KH203\]: unknown locality 'a1': the plan has no 'localities:' list" \
    "$work/f1.err" || bad="$bad [$(grep -c KH203 "$work/f1.err") KH203]"
[ "$(grep -c 'error\[' "$work/f1.err")" -eq 1 ] || bad="$bad [$(grep -c 'error\[' "$work/f1.err") errors]"
grep -q 'f1\.yaml:12:20: warning\[KH505\]: the plan has no localities' "$work/f1.err" ||
    bad="$bad [no KH505 at the figure]"
verdict "F1 a figure before the first {loc} of a plan with no localities list leaves that {loc} its error"

grep -v 'count localities' "$work/f1.yaml" >"$work/f1b.yaml"
"$khgen" check "$work/f1b.yaml" >/dev/null 2>"$work/f1b.err"
st=$?
[ $st -eq 1 ] && [ "$(grep -c 'error\[KH203\]' "$work/f1b.err")" -eq 1 ] ||
    bad="$bad [status $st: $(head -1 "$work/f1b.err")]"
verdict "F1 guard: without the figure the first {loc} is the one error"

# ---- F2: an escaped backtick before a code span ------------------------------
para_plan() { # para_plan FILE TEXT
    { head_yaml; printf "body:\n  - para: '%s'\n" "$2"; } >"$1"
}
para_plan "$work/f2a.yaml" 'xem \``mã số a` ở đây'
para_plan "$work/f2b.yaml" 'xem \``mã số b` ở đây'
"$khgen" diff -f md "$work/f2a.yaml" "$work/f2b.yaml" >"$work/f2.md" 2>"$work/f2.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
grep -q '~~\\``mã số a`~~\*\*\\``mã số b`\*\*' "$work/f2.md" ||
    bad="$bad [$(grep 'xem' "$work/f2.md")]"
verdict "F2 diff -f md shows a code span after an escaped backtick deleted and inserted whole"

para_plan "$work/f2c.yaml" 'xem \``a~b` ở'
"$khgen" build -f md -o - "$work/f2c.yaml" >"$work/f2c.md" 2>"$work/f2c.err"
grep -qx 'xem \\``a~b` ở' "$work/f2c.md" || bad="$bad [$(grep xem "$work/f2c.md")]"
verdict "F2 the .md prints a code span after an escaped backtick as written (no backslash in it)"

# ---- F2b: a '<' in such a span, in every format ---------------------------------
para_plan "$work/f2d.yaml" 'xem \``a<b` và `c<` ~d'
"$khgen" build -f md,html,docx -o "$work/o-f2d" "$work/f2d.yaml" >/dev/null 2>"$work/f2d.err"
st=$?
[ $st -eq 0 ] || bad="$bad [status $st]"
grep -qxF 'xem \``a<b` và `c<` \~d' "$work/o-f2d/f2d.md" || bad="$bad [md: $(grep xem "$work/o-f2d/f2d.md")]"
grep -qF '<p>xem `<code>a&lt;b</code> và <code>c&lt;</code> ~d</p>' "$work/o-f2d/f2d.html" ||
    bad="$bad [html: $(grep xem "$work/o-f2d/f2d.html")]"
unzip -p "$work/o-f2d/f2d.docx" word/document.xml | sed 's/<[^>]*>//g' | grep -qF 'xem `a&lt;b và c&lt; ~d' ||
    bad="$bad [docx: $(unzip -p "$work/o-f2d/f2d.docx" word/document.xml | sed 's/<[^>]*>//g' | grep -o 'xem.\{0,30\}')]"
verdict "F2 a '<' inside a code span after an escaped backtick prints without a backslash in md, html and docx"

# ---- F3: a lone backtick or bracket pairs across the report's marks ----------
para_plan "$work/f3a.yaml" 'Mã ` cũ `x`'
para_plan "$work/f3b.yaml" 'Mã mới `x`'
para_plan "$work/f3c.yaml" 'Xem [e f](g)![ b'
para_plan "$work/f3d.yaml" 'Xem b2 f](g)![ b'
"$khgen" diff -f md "$work/f3a.yaml" "$work/f3b.yaml" >"$work/f3a.md" 2>/dev/null
"$khgen" diff -f md "$work/f3c.yaml" "$work/f3d.yaml" >"$work/f3c.md" 2>/dev/null
grep -qF 'Mã ~~` cũ `x\`~~**mới `x`**' "$work/f3a.md" || bad="$bad [$(grep 'Mã' "$work/f3a.md")]"
grep -qF 'Xem ~~[e f](g)!\[~~**b2 f\](g)!\[** b' "$work/f3c.md" || bad="$bad [$(grep 'Xem' "$work/f3c.md")]"
verdict "F3 diff -f md escapes a lone backtick or bracket, which paired with the other side's across the marks"

# ---- F4: a leading zero where a whole number is read ----------------------------
{
    head_yaml
    printf 'localities:\n  - {id: a1, name: Xã A1, target_year: 02024}\n'
    printf 'body:\n  - {task: "Xã {loc a1}", lead: tckh, due: 2024-06}\n'
} >"$work/f4.yaml"
"$khgen" check "$work/f4.yaml" >/dev/null 2>"$work/f4.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
grep -q "f4\.yaml:10:40: error\[KH114\]: 'target_year' is '02024': 2024 as khgen reads numbers, but 1044 to a YAML 1.1 reader" \
    "$work/f4.err" || bad="$bad [$(head -1 "$work/f4.err")]"
verdict "F4 target_year: 02024 is KH114, as a count or a layout number with a leading zero is"

# ---- F5: import --templates with a wording build refuses ------------------------
printf 'KẾ HOẠCH\nThử nghiệm năm 2024\nI. MỤC TIÊU\nHoàn thành việc.\n' >"$work/f5.txt"
for w in '' '(Kèm theo {{' '{{}}'; do
    rm -rf "$work/f5t" "$work/f5.yaml"
    mkdir "$work/f5t"
    printf 'attachment_under_title: "%s"\n' "$w" >"$work/f5t/wording.yaml"
    "$khgen" import --templates "$work/f5t" -o "$work/f5.yaml" "$work/f5.txt" >/dev/null 2>"$work/f5.err"
    st=$?
    [ $st -eq 3 ] && [ ! -e "$work/f5.yaml" ] && grep -q 'wording\.yaml:1:[0-9]*: error\[KH80[38]\]' "$work/f5.err" ||
        bad="$bad ['$w': status $st: $(head -1 "$work/f5.err")]"
done
verdict "F5 import --templates DIR whose wording build refuses (empty, a broken tag) is refused: exit 3, nothing written"
rm -rf "$work/f5.yaml"
printf 'attachment_under_title: "(Kèm theo {{number}})"\n' >"$work/f5t/wording.yaml"
"$khgen" import --templates "$work/f5t" -o "$work/f5.yaml" "$work/f5.txt" >/dev/null 2>"$work/f5.err"
st=$?
[ $st -eq 0 ] && [ -s "$work/f5.yaml" ] || bad="$bad [status $st: $(head -1 "$work/f5.err")]"
verdict "F5 guard: a wording build takes imports as before"

# ---- R1: a precomposed toned letter and a hat --------------------------------
{ head_yaml; printf 'body:\n  - para: ngu\303\262\314\202n\n'; } >"$work/r1.yaml"
{ head_yaml; printf 'body:\n  - para: ngu\303\262\314\243\314\202n\n'; } >"$work/r1b.yaml"
{ head_yaml; printf 'body:\n  - para: t\341\273\215\314\202i\n'; } >"$work/r1c.yaml"
"$khgen" check "$work/r1.yaml" >/dev/null 2>"$work/r1.err"
grep -q 'r1\.yaml:10:15: warning\[KH020\]: the mark U+0302 comes after the tone mark U+0300' \
    "$work/r1.err" || bad="$bad [r1: $(head -1 "$work/r1.err")]"
"$khgen" check "$work/r1b.yaml" >/dev/null 2>"$work/r1b.err"
grep -q 'r1b\.yaml:10:16: warning\[KH020\]: the mark U+0302 comes after the tone mark U+0300' \
    "$work/r1b.err" || bad="$bad [r1b: $(head -1 "$work/r1b.err")]"
verdict "R1 'ò' (precomposed) then a hat, a dot below between or not, is KH020"
"$khgen" check "$work/r1c.yaml" >/dev/null 2>"$work/r1c.err"
st=$?
[ $st -eq 0 ] && ! grep -q KH020 "$work/r1c.err" || bad="$bad [status $st: $(head -1 "$work/r1c.err")]"
verdict "R1 guard: 'ọ' then a hat composes to 'ộ': no KH020"

# ---- R2: new -o sub/../n3.yaml -----------------------------------------------
mkdir -p "$work/r2/sub" "$work/r2/reg"
printf 'units:\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n' >"$work/r2/reg/u.yaml"
{
    printf 'khgen: 1\ninclude: [reg/u.yaml]\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n'
    printf '  place: A\n  date: 2024-01\n  title: Thử nghiệm\nbody:\n'
    printf '  - {task: Việc, lead: tckh, due: 2024-06}\n'
} >"$work/r2/p.yaml"
(cd "$work/r2" && "$khgen" new --from p.yaml --year 2025 -o sub/../n3.yaml) >/dev/null 2>"$work/r2.err"
st=$?
[ $st -eq 0 ] || bad="$bad [status $st]"
grep -q 'not in the directory of' "$work/r2.err" && bad="$bad [$(grep 'not in the directory' "$work/r2.err")]"
grep -q '^include: \[reg/u.yaml\]' "$work/r2/n3.yaml" || bad="$bad [include: $(grep include "$work/r2/n3.yaml")]"
"$khgen" check "$work/r2/n3.yaml" >/dev/null 2>&1 || bad="$bad [n3.yaml does not check]"
verdict "R2 new -o sub/../n3.yaml is the plan's own directory: no note, the include as written"

# ---- R3: a lone mark on the line the scanner stops at -------------------------
printf 'khgen: 1\nx: y\n\314\201\n' >"$work/r3.yaml"
"$khgen" check "$work/r3.yaml" >/dev/null 2>"$work/r3.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
grep -q 'r3\.yaml:3:1: warning\[KH020\]: combining mark U+0301 with no letter before it' "$work/r3.err" ||
    bad="$bad [$(head -1 "$work/r3.err")]"
grep -q 'r3\.yaml:3:1: error\[KH005\]' "$work/r3.err" || bad="$bad [no KH005]"
verdict "R3 a lone combining mark on the line of a YAML syntax error is KH020 beside the KH005"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
