#!/bin/sh
# tests/hardening/s38low.sh KHGEN WORKDIR - session 37's small leftovers
# (issue 8, session 38; reproducers in /tmp/s37slip/, /tmp/s37review/ and
# the reports of s37slip, s37review, s37low2 and s37lang). Each case is one
# finding; every case but the guards fails at main a0032449, before s38low:
#  code   one grammar of a criterion's or an indicator's code (s37slip L2):
#         with the partial QĐ 318 catalog, `{crit 8.}`, `{crit 8.0}`,
#         `{crit 8.01}` and `{crit 8.1.1}` were accepted and printed ("8.",
#         "8.1.1"), exit 0, while `08` was KH402; now each is KH402 saying
#         what the code breaks and, where the slip tells it, the code meant
#         ('8', '8.1'), in `{crit}`, a locality's `criteria` and a figure's
#         criteria= alike (catalog_code_problem, src/catalog.c);
#  catalog the same grammar in a catalog: a criterion "08" (a code no plan
#         could cite), indicators "2.1.1" and "2.01" were taken; KH414,
#         naming '8' and '2.1';
#  comma  `criteria: [17,12]` or `{crit 17,12}`, two numbers glued by a
#         comma where the catalog lists indicator 17.12, was read as
#         criteria 17 and 12 with no message (s37slip L1): KH422 (a
#         warning) at the list, naming '17.12' and '17, 12';
#  comma guard: `[17, 12]` (a space after the comma), `[1,2]` (1.2 is no
#         listed indicator), `[17,12,5]` (a run of three is a list) and
#         `{crit 17,12,5}` are not warned;
#  case   a label "BIỂU 03" beside "Biểu 01" and "Biểu 02" printed as typed,
#         no message (s37slip L3's half s37low2 left): KH639 names 'Biểu 03';
#         guard: "Biểu 01" beside "BIỂU 01" is KH620 only (one message for
#         one mistake);
#  tick   importing khgen's own .md of a text with a lone backtick ("Dấu `
#         rồi xem https://a.vn và :smile: nhé.") kept the writer's escapes
#         after it in the plan, "https\://a.vn", "\:smile:" (s37review L3):
#         put_plan_text toggled a code span at every backtick; it now reads
#         spans by the writer's backtick runs (md_backtick_runs), and the
#         escapes by the writer's own rule (md_bare_url_escaped); seven
#         texts (lone, paired, double and triple backticks, a URL inside a
#         span, "awww.x") come back as written;
#  mark   a combining mark right after '#' in a comment was KH020, a warning
#         about a mark "drawn on the character before it in the document",
#         where nothing is printed (s37lang's leftover); guard: one at a
#         value's start is still KH020.
# About 30 runs of khgen: a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

OP='opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"'
L1='  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria_met: 17,'
PARA='          - para: (Chi tiết theo {att bieu01} đính kèm).'
# line N of $P/NAME.yaml that holds TEXT first
line_of() { grep -n -F -- "$2" "$P/$1.yaml" | head -1 | cut -d: -f1; }

# ---- code: one grammar of a code --------------------------------------------
mk code "$OP" 'opening: "Thực hiện {crit 8.}, {crit 8.0}, {crit 8.01}, {crit 8.1.1} năm {year}, như sau:"' \
    "$L1" '  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria: [8.], criteria_met: 17,' \
    "$PARA" '          - para: "(Chi tiết theo {att bieu01} đính kèm), {count localities criteria=8.0} xã."'
chk code
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
n=$(line_of code 'opening:')
for want in "code.yaml:$n:21: error\[KH402\]: '8\.' is not written as a criterion's or an indicator's code: a dot stands between .*; write '8'" \
    "code.yaml:$n:32: error\[KH402\]: '8\.0' is not written as a criterion's or an indicator's code: criteria and indicators are numbered from 1; check the code" \
    "code.yaml:$n:44: error\[KH402\]: criterion '8\.01' is not in the imported catalog (did you mean '8\.1'?)" \
    "code.yaml:$n:57: error\[KH402\]: '8\.1\.1' is not written as a criterion's or an indicator's code: a code has one dot at most" \
    "code.yaml:$(line_of code 'criteria: [8.]'):[0-9]*: error\[KH402\]: '8\.' is not written .*; write '8'" \
    "code.yaml:$(line_of code 'criteria=8.0'):[0-9]*: error\[KH402\]: '8\.0' is not written as a criterion's or an indicator's code"; do
    grep -q "$want" "$work/code.err" || bad="$bad [no: $want]"
done
mk codeg "$OP" 'opening: "Thực hiện {crit 8}, {crit 17.12}, {crit 13.1}, {crit-name 17.10} năm {year}, như sau:"'
chk codeg
[ "$st" -eq 0 ] && [ ! -s "$work/codeg.err" ] || bad="$bad [guard 8, 17.12, 13.1, 17.10: status $st, $(head -1 "$work/codeg.err")]"
verdict "code: {crit 8.}, 8.0, 8.01, 8.1.1, criteria: [8.] and criteria=8.0 are KH402 naming what the code breaks and '8' or '8.1' (before: accepted and printed); 8, 17.12, 13.1, 17.10 pass"

# ---- catalog: the same grammar in a catalog ----------------------------------
mk cat 'import: [qd318-xa-ntm]' 'import: [qd318-xa-ntm, {id: thon, title: Bộ tiêu chí thôn, criteria: [{code: "08", name: Giao thông}, {code: A, name: Điện, indicators: [A.1.1, A.01]}]}]'
chk cat
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
grep -q "error\[KH414\]: criterion code '08' is not written as a code: a number in a code is written without leading zeros, as a plan cites it; write '8'" "$work/cat.err" || bad="$bad [08]"
grep -q "error\[KH414\]: indicator code 'A\.01' is not written as a code: .*; write 'A\.1'" "$work/cat.err" || bad="$bad [A.01]"
grep -q "error\[KH414\]: indicator code 'A\.1\.1' does not belong to criterion A" "$work/cat.err" || bad="$bad [A.1.1]"
verdict "catalog: a criterion '08' and indicators 'A.01', 'A.1.1' are KH414 naming '8' and 'A.1' (before: taken)"

# ---- comma: two codes glued by a comma that read as a listed indicator -------
mk comma "$L1" '  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria: [17,12], criteria_met: 17,' \
    "$PARA" '          - para: (Chi tiết theo {att bieu01} đính kèm), {crit 17,12}.'
chk comma
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
want="is read as two codes, 17 and 12, the comma parting them; a catalog lists indicator 17\.12, which the decimal comma writes so: write '17\.12' if the indicator is meant, or '17, 12', a space after the comma, if the two codes are"
grep -q "comma\.yaml:$(line_of comma 'criteria: [17,12]'):57: warning\[KH422\]: '17,12' $want" "$work/comma.err" || bad="$bad [list: $(head -1 "$work/comma.err")]"
grep -q "comma\.yaml:$(line_of comma '{crit 17,12}'):58: warning\[KH422\]: '17,12' $want" "$work/comma.err" || bad="$bad [{crit}]"
verdict "comma: criteria: [17,12] and {crit 17,12} are KH422 naming 17.12 and '17, 12' (before: two codes, no message)"
mk commag "$L1" '  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria: [17, 12], criteria_met: 17,' \
    '  - {id: tan-hiep, name: Tân Hiệp, kind: xã, criteria_met: 16,' '  - {id: tan-hiep, name: Tân Hiệp, kind: xã, criteria: [1,2], criteria_met: 16,' \
    '  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm,' '  - {id: dong-lac, name: Đồng Lạc, kind: xã, criteria: [17,12,5], status: ntm,' \
    "$PARA" '          - para: (Chi tiết theo {att bieu01} đính kèm), {crit 17,12,5}, {crit 17, 12}.'
chk commag
bad=
! grep -q KH422 "$work/commag.err" || bad=" [$(grep KH422 "$work/commag.err" | head -1)]"
verdict "comma guard: [17, 12], [1,2], [17,12,5], {crit 17,12,5} and {crit 17, 12} are not KH422"

# ---- case: a label's words in other capitals ---------------------------------
TWO='
  - id: b2
    label: Biểu 02
    title: Danh sách hai
    columns: [stt, {key: ten, header: Tên}]
    rows: [[A]]
  - id: b3
    label: BIỂU 03
    title: Danh sách ba
    columns: [stt, {key: ten, header: Tên}]
    rows: [[B]]'
mk case "$PARA" '          - para: (Chi tiết theo {att bieu01}, {att b2}, {att b3} đính kèm).' \
    'rows: {from: localities, where: {target_year: 2024}}' "rows: {from: localities, where: {target_year: 2024}}$TWO"
chk case
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
grep -q "case\.yaml:$(line_of case 'label: BIỂU 03'):12: warning\[KH639\]: the label 'BIỂU 03' writes 'BIỂU' in other capitals than 'Biểu 01' does, and each prints as typed, on its page and its sheet: write 'Biểu 03'" "$work/case.err" ||
    bad="$bad [$(head -1 "$work/case.err")]"
[ "$(grep -c KH639 "$work/case.err")" -eq 1 ] || bad="$bad [$(grep -c KH639 "$work/case.err") KH639 of 1]"
verdict "case: 'BIỂU 03' beside 'Biểu 01' and 'Biểu 02' is KH639 naming 'Biểu 03' (before: printed as typed, no message)"
mk caseg "$PARA" '          - para: (Chi tiết theo {att bieu01}, {att b2} đính kèm).' \
    'rows: {from: localities, where: {target_year: 2024}}' 'rows: {from: localities, where: {target_year: 2024}}
  - id: b2
    label: BIỂU 01
    title: Danh sách hai
    columns: [stt, {key: ten, header: Tên}]
    rows: [[A]]'
chk caseg
bad=
grep -q 'error\[KH620\]' "$work/caseg.err" || bad="$bad [no KH620]"
! grep -q KH639 "$work/caseg.err" || bad="$bad [KH639 beside KH620]"
verdict "case guard: 'BIỂU 01' beside 'Biểu 01' is KH620 alone"

# ---- tick: import of khgen's .md, a lone backtick -----------------------------
bad=
i=0
for t in 'Dấu ` rồi xem https://a.vn và :smile: nhé.' \
    'Mã `x` và https://a.vn, www.b.vn :smile:.' \
    'Hai `` a ` b `` rồi https://a.vn và :ok:.' \
    'Lẻ ` một, `` hai rồi www.c.vn nhé.' \
    'Trong mã `https://a.vn` và ngoài https://b.vn.' \
    'Ba ``` và `x` rồi :tada: cuối.' \
    'awww.x và www.y.vn.'; do
    i=$((i + 1))
    mk tick$i "$PARA" "          - para: \"(Chi tiết theo {att bieu01} đính kèm). $t\""
    mkdir -p "$work/tick$i"
    "$khgen" build -f md -o "$work/tick$i" "$P/tick$i.yaml" 2>"$work/tick$i.err" &&
        "$khgen" import -o "$work/tick$i/back.yaml" "$work/tick$i/tick$i.md" 2>>"$work/tick$i.err"
    st=$?
    got=$(grep -F 'đính kèm). ' "$work/tick$i/back.yaml" 2>/dev/null | sed 's/.*đính kèm)\. //; s/"$//')
    [ "$st" -le 1 ] && [ "$got" = "$t" ] || bad="$bad [$t -> $got (status $st)]"
done
verdict "tick: seven texts with backticks and the writer's escapes come back from khgen's .md as written (before: 'https\\://', '\\:smile:' after a lone backtick)"

# ---- mark: a combining mark in a comment ----------------------------------------
ACUTE=$(printf '\314\201')
mk mark 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    "# ${ACUTE}ghi chú: ${ACUTE}xem lại
closing: Trên đây là Kế hoạch năm {year} của UBND huyện."
chk mark
bad=
[ "$st" -eq 0 ] && ! grep -q KH020 "$work/mark.err" || bad=" [status $st: $(head -1 "$work/mark.err")]"
verdict "mark: a combining mark after '#' or a space in a comment is not KH020 (before: warned twice)"
mk markg 'closing: Trên đây là' "closing: ${ACUTE}Trên đây là"
chk markg
bad=
grep -q "markg\.yaml:$(line_of markg 'closing: '):10: warning\[KH020\]: combining mark U+0301 with no letter before it" "$work/markg.err" || bad=" [$(head -1 "$work/markg.err")]"
verdict "mark guard: one at a value's start is still KH020 at its line:col"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
