#!/bin/sh
# tests/hardening/s37lang.sh KHGEN WORKDIR - the plan language's findings
# session 36 left (issue 8; `issues stops`, "Left:"), fixed in session 37.
# Every case but the guards fails at main 8804c8c5:
#  ids    two task ids that differ only in case ('ra-soat', 'Ra-Soat') were
#         two tasks, no message: check_task_ids kept its own set; now
#         KH267 at the second id, the one rule of every kind of id;
#  esc    '\{year}' (one backslash before a reference that resolves)
#         printed '\2024', no message: now KH212 saying '{{year}}' or
#         '{year}', in every text that takes references; a table's
#         column heading and a group title were not checked at all
#         ('{yaer}' printed as written there, no message): now as the rest;
#  yesno  `data: {dat: yes}` is kept as the word "yes": `data.dat=yes`
#         counts it and `data.dat=true` counts nothing, no message (YAML
#         reads yes as true): now KH127 at the value, naming both filters;
#         a quoted "yes" is the word meant (guard);
#  title  an attachment's title "Biểu 02: Danh mục ..." under `label:
#         Biểu 01` printed "Biểu 01" over "Biểu 02: ...", no message; also
#         "Phụ lục 2. ...", another attachment's label, its own written
#         "Biểu 1:": now KH118 at the title; guards "Biểu 010 xã ...",
#         "Năm 2024: ...", "Biểu dương ...";
#  casc   one mistake, a page of messages: a unit id misspelt in the lead
#         of 21 tasks gave 21 KH202, a criterion no catalog has named in 8
#         tasks' `criteria` and 8 `{crit}` 16 KH402 in two wordings, a
#         data key misspelt in every locality a KH260 at each and a KH505
#         at every figure over the key: now one message at its first place
#         and a note counting the rest (the summary still counts them), the
#         figures' left to KH260; a guard: a locality's near key that a
#         figure names (`nam_2023` beside `nam_2024`) is no slip, and the
#         figure's KH506 stays;
#  mark   a combining mark with no letter before it (U+0301 at a clause's
#         or a label's start, after a space; typed or as "\u0301") printed
#         drawn on the space, quote or dot before it, no message: now
#         KH020 at its line:col; a mark after a letter is not warned.
# Each case writes a small plan or edits README's example and checks it: a
# few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# at_line NAME TEXT: the line of $P/NAME.yaml holding TEXT (its first)
at_line() { grep -n -F "$2" "$P/$1.yaml" | head -1 | cut -d: -f1; }
# warned NAME LINE CODE WORDS: $work/NAME.err has a CODE whose message
# begins with WORDS (a grep pattern) at LINE of NAME.yaml, printed, or
# folded into the note under the first of them ("the same message at N
# more places ...: LINE:COL, ...": three alike or more, diag_fold.c)
warned() {
    grep -q "$1\.yaml:$2:[0-9]*: [a-z]*\[$3\]: $4" "$work/$1.err" && return 0
    grep -A3 "\[$3\]: $4" "$work/$1.err" | grep '^note: the same message at' | grep -q "[ ,]$2:[0-9]"
}

# ---- ids: task ids that differ only in case --------------------------------
mk ids '          - task: ""\n' '          - task: ""\n            id: ra-soat\n' \
    '{task: Rà soát hồ sơ các xã, lead: vpdp' '{task: Rà soát hồ sơ các xã, id: Ra-Soat, lead: vpdp'
chk ids
bad=
ln=$(at_line ids 'id: Ra-Soat')
first=$(at_line ids 'id: ra-soat')
[ "$st" -eq 0 ] || bad="$bad [status $st]"
grep -q "ids\.yaml:$ln:[0-9]*: warning\[KH267\]: id 'Ra-Soat' differs from 'ra-soat' only in letter case" "$work/ids.err" ||
    bad="$bad [no KH267 at line $ln: $(head -1 "$work/ids.err")]"
grep -q "ids\.yaml:$first:[0-9]*: note: 'ra-soat' is defined here" "$work/ids.err" || bad="$bad [no note at line $first]"
verdict "ids: two task ids that differ only in case are KH267 at the second, a note at the first (as units, localities, levels, attachments)"

# ---- esc: a backslash before a reference that resolves ----------------------
mk esc 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"' \
    'opening: UBND huyện xây dựng Kế hoạch thực hiện năm \{year}, như sau' \
    '            text: Tham mưu phân bổ nguồn vốn năm {year}.' '            text: Tham mưu phân bổ nguồn vốn năm \{year}.' \
    '{key: task, header: Nhiệm vụ}' '{key: task, header: "Nhiệm vụ \\{year}"}' \
    'rows: {from: localities, where: {target_year: 2024}}' \
    'rows: {from: localities, where: {target_year: 2024}, group_by: kind, group_titles: {xã: "Các xã năm \\{year}"}}'
chk esc
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
for t in 'thực hiện năm \{year}' 'vốn năm \{year}' 'header: "Nhiệm vụ' 'group_titles'; do
    ln=$(at_line esc "$t")
    warned esc "$ln" KH212 "'\\\\{year}' prints the backslash before the reference.*Write '{{year}}' to print the braces, or '{year}' for the reference" ||
        bad="$bad [no KH212 at line $ln ($t)]"
done
md esc
grep -q 'năm \\2024, như sau' "$work/esc.md" || bad="$bad [the opening: $(grep 'như sau' "$work/esc.md")]"
verdict "esc: '\\{year}' (printed with its backslash before the year) is KH212 saying '{{year}}' or '{year}', in a text, a task's text, a column heading and a group title"
mk esc2 '{key: task, header: Nhiệm vụ}' '{key: task, header: "Nhiệm vụ {yaer} {year}}"}' \
    'rows: {from: localities, where: {target_year: 2024}}' \
    'rows: {from: localities, where: {target_year: 2024}, group_by: kind, group_titles: {xã: "Các xã {yaer}"}}'
chk esc2
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
ln=$(at_line esc2 'header: "Nhiệm vụ')
grep -q "esc2\.yaml:$ln:[0-9]*: error\[KH206\]: unknown reference '{yaer}'" "$work/esc2.err" || bad="$bad [heading: no KH206]"
grep -q "esc2\.yaml:$ln:[0-9]*: warning\[KH212\]: '{year}}'" "$work/esc2.err" || bad="$bad [heading: no KH212 at '{year}}']"
ln=$(at_line esc2 'group_titles')
grep -q "esc2\.yaml:$ln:[0-9]*: error\[KH206\]: unknown reference '{yaer}'" "$work/esc2.err" || bad="$bad [group title: no KH206]"
verdict "esc: a column heading and a group title are checked as every text ('{yaer}' KH206, '{year}}' KH212; they printed as written, no message)"
mk escg 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"' \
    'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {{year}} (\\\\ năm {year}), như sau:"'
chk escg
bad=
grep -q 'KH212.*backslash' "$work/escg.err" && bad="$bad [a backslash apart from the brace warned]"
grep -q "KH212\]: '{{year}}'" "$work/escg.err" || bad="$bad [{{year}}: no KH212 as before]"
verdict "esc guard: a backslash not before a brace is no KH212 of this kind; '{{year}}' is KH212 as before"

# ---- yesno: a YAML yes/no word as a data value ------------------------------
cat >"$P/yesno.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01-05
  title: Thực hiện thử
localities:
  - {id: a, name: An, kind: xã, data: {dat: yes}}
  - {id: b, name: Bình, kind: xã, data: {dat: "yes"}}
  - {id: c, name: Cường, kind: xã, data: {dat: true}}
body:
  - section: MỤC TIÊU
    items:
      - para: "Có {count localities data.dat=yes} xã; {count localities data.dat=true} xã."
closing: Trên đây là Kế hoạch.
YAML
md yesno
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
grep -q "yesno\.yaml:8:[0-9]*: warning\[KH127\]: 'yes' without quotes is YAML's yes/no value.*'data\.dat=yes' counts it, 'data\.dat=true' does not" "$work/yesno.err" ||
    bad="$bad [no KH127 at line 8: $(grep KH127 "$work/yesno.err" | head -1)]"
grep -q "yesno\.yaml:10:[0-9]*: warning\[KH127\]: 'true' without quotes.*'data\.dat=true' counts it, 'data\.dat=yes' does not" "$work/yesno.err" ||
    bad="$bad [no KH127 at line 10]"
grep -q "yesno\.yaml:9:.*KH127" "$work/yesno.err" && bad="$bad [the quoted \"yes\" warned]"
[ "$(grep -c 'KH127' "$work/yesno.err")" -eq 2 ] || bad="$bad [$(grep -c KH127 "$work/yesno.err") KH127 of 2]"
grep -q '^Có 2 xã; 1 xã\.$' "$work/yesno.md" || bad="$bad [counts: $(grep '^Có' "$work/yesno.md")]"
verdict "yesno: a data value yes/true without quotes is KH127 naming which filter finds it (the counts as before, 'yes' with '\"yes\"'); a quoted one is not"

# ---- title: an attachment's title beginning with another label --------------
AT='    title: Danh sách xã phấn đấu đạt chuẩn năm 2024'
mk tt1 "$AT" '    title: "Biểu 02: Danh mục xã đạt chuẩn"'
mk tt2 "$AT" '    title: "PHỤ LỤC 2. DANH MỤC XÃ"'
mk tt3 "$AT" '    title: "Biểu 1: Danh mục xã đạt chuẩn"'
mk tt4 "$AT" '    title: Biểu 02 danh mục xã đạt chuẩn' 'attachments:\n' \
    'attachments:\n  - {id: b2, label: Biểu 02, title: Danh mục khác, rows: [[a]], columns: [{key: a, header: A}]}\n'
bad=
for c in tt1 tt2 tt3 tt4; do
    chk $c
    ln=$(grep -n '^    title: ' "$P/$c.yaml" | tail -1 | cut -d: -f1)
    grep -q "$c\.yaml:$ln:[0-9]*: warning\[KH118\]: this title begins with" "$work/$c.err" ||
        bad="$bad [$c: no KH118 at line $ln: $(grep -v '^ ' "$work/$c.err" | head -1)]"
done
grep -q "the document shows 'Biểu 01' over 'Biểu 02:'" "$work/tt1.err" || bad="$bad [tt1: not what is printed]"
grep -q "its attachment's label 'Biểu 1:'" "$work/tt3.err" || bad="$bad [tt3: not its own label]"
verdict "title: 'Biểu 02: ...', 'PHỤ LỤC 2. ...', another attachment's 'Biểu 02 ...', 'Biểu 1: ...' under label 'Biểu 01' are KH118 at the title"
bad=
i=0
for t in 'Biểu 010 xã phấn đấu đạt chuẩn' 'Năm 2024: các xã đạt chuẩn' 'Biểu dương các xã đạt chuẩn' \
    'Biểu 02 xã phấn đấu đạt chuẩn' 'Danh sách 3 xã'; do
    i=$((i + 1))
    mk "ttg$i" "$AT" "    title: \"$t\""
    chk "ttg$i"
    grep -q KH118 "$work/ttg$i.err" && bad="$bad ['$t' warned]"
done
verdict "title guard: 'Biểu 010 xã', 'Năm 2024: ...', 'Biểu dương', 'Biểu 02 xã' (no punctuation, no such attachment), 'Danh sách 3 xã' are no label"

# ---- casc: one mistake, one message -----------------------------------------
python3 - "$P/ex.yaml" "$P/casc1.yaml" "$P/casc2.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
row = '          - {task: Rà soát hồ sơ các xã, lead: vpdp, due: 2024-06}'
u = s.replace('lead: tckh\n', 'lead: tckhh\n').replace(row, row + ''.join(
    '\n          - {task: Việc %d, lead: tckhh, due: 2024-06}' % i for i in range(20)) +
    '\n          - {task: Việc cuối, lead: tckh, due: 2024-06}')
open(sys.argv[2], 'w', encoding='utf-8').write(u)
c = s.replace(row, row + ''.join(
    '\n          - {task: "Việc %d {crit 25}", lead: vpdp, due: 2024-06, criteria: [25]}' % i
    for i in range(8)))
open(sys.argv[3], 'w', encoding='utf-8').write(c)
PY
bad=
chk casc1
[ "$st" -eq 1 ] || bad="$bad [unit: status $st]"
[ "$(grep -c '^[^ ]*casc1\.yaml:[0-9]*:[0-9]*: error\[KH202\]' "$work/casc1.err")" -eq 1 ] ||
    bad="$bad [unit: $(grep -c 'KH202' "$work/casc1.err") KH202 lines]"
grep -q "^note: the same message at 20 more places in this file, not shown: [0-9]*:34, " "$work/casc1.err" || bad="$bad [unit: no count]"
grep -q '^21 errors generated\.$' "$work/casc1.err" || bad="$bad [unit: $(tail -1 "$work/casc1.err")]"
chk casc2
[ "$(grep -c '^[^ ]*casc2\.yaml:[0-9]*:[0-9]*: error\[KH402\]' "$work/casc2.err")" -eq 1 ] ||
    bad="$bad [crit: $(grep -c 'KH402' "$work/casc2.err") KH402 lines]"
grep -q "^note: the same message at 15 more places" "$work/casc2.err" || bad="$bad [crit: no count of 15]"
[ "$(wc -l <"$work/casc2.err")" -le 6 ] || bad="$bad [crit: $(wc -l <"$work/casc2.err") lines]"
verdict "casc: a unit id misspelt in 21 tasks, a criterion no catalog has named 16 times: one error and a count (the summary counts all)"
D='target: ntm, target_year: 2024'
mk casc3 "criteria_met: 17, $D}" "criteria_met: 17, $D, data: {dan_s0: 100}}" \
    "criteria_met: 16, $D}" "criteria_met: 16, $D, data: {dan_s0: 200}}" \
    'target: ntm-nc, target_year: 2024}' 'target: ntm-nc, target_year: 2024, data: {dan_s0: 300}}' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).\n          - para: Dân số {sum localities data.dan_so}; {count localities data.dan_so>=100} xã; {avg localities data.dan_so}.'
chk casc3
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
[ "$(grep -c '^[^ ]*casc3\.yaml:[0-9]*:[0-9]*: warning' "$work/casc3.err")" -eq 1 ] ||
    bad="$bad [$(grep '^[^ ]*casc3\.yaml:[0-9]*:[0-9]*: warning' "$work/casc3.err" | sed 's/: .*\[/ [/' | tr '\n' ' ')]"
ln=$(at_line casc3 'dan_s0: 100')
grep -q "casc3\.yaml:$ln:[0-9]*: warning\[KH260\]: data key 'dan_s0' of this locality .*did you mean 'dan_so'" "$work/casc3.err" ||
    bad="$bad [no KH260 at line $ln]"
grep -q "^note: the same message at 2 more places" "$work/casc3.err" || bad="$bad [no count]"
grep -q 'KH50[56]' "$work/casc3.err" && bad="$bad [a figure's KH505/KH506 beside KH260]"
verdict "casc: a data key misspelt in every locality is one KH260 and a count, the figures over the key left to it (was a KH260 at each, a KH505 at each figure)"
mk casc4 "criteria_met: 17, $D}" "criteria_met: 17, $D, data: {nam_2023: 1, nam_2024: 2}}" \
    "criteria_met: 16, $D}" "criteria_met: 16, $D, data: {nam_2023: 3}}" \
    'target: ntm-nc, target_year: 2024}' 'target: ntm-nc, target_year: 2024, data: {nam_2023: 5, nam_2024: 6}}' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).\n          - para: Năm 2024 có {sum localities data.nam_2024} hộ, năm 2023 có {sum localities data.nam_2023} hộ.'
chk casc4
bad=
grep -q 'warning\[KH506\]: 1 of the 3 localities has no data\.nam_2024' "$work/casc4.err" || bad="$bad [no KH506: $(grep -v '^ ' "$work/casc4.err" | head -2)]"
grep -q 'KH260' "$work/casc4.err" && bad="$bad [KH260 at a key a table names]"
verdict "casc guard: a near key a figure names ('nam_2023' beside 'nam_2024') is no slip: the figure's KH506 stays"

# ---- mark: a combining mark with no letter before it -------------------------
ACUTE=$(printf '\314\201')
mk mk1 '      - clause: Cấp xã' "      - clause: ${ACUTE}Cấp xã" \
    '    label: Biểu 01' "    label: \"${ACUTE}Biểu 01\"" \
    'closing: Trên đây là' "closing: Trên đây ${ACUTE}là" \
    '{id: tckh, name: Phòng Tài' "{id: tckh, name: Pho$(printf '\314\200')ng Tài"
chk mk1
bad=
for t in 'clause: ' 'label: "' 'closing: '; do
    ln=$(at_line mk1 "$t$ACUTE")
    [ -n "$ln" ] || ln=$(grep -n "closing: Trên đây $ACUTE" "$P/mk1.yaml" | cut -d: -f1)
    col=$(sed -n "${ln}p" "$P/mk1.yaml" | /usr/bin/python3 -c 'import sys; l=sys.stdin.read(); print(l.index("\u0301") + 1)')
    { grep -q "mk1\.yaml:$ln:$col: warning\[KH020\]: combining mark U+0301 with no letter before it" "$work/mk1.err" ||
        grep '^note: the same message at' "$work/mk1.err" | grep -q "[ ,]$ln:$col"; } || bad="$bad [no KH020 at $ln:$col]"
done
grep -q '^3 warnings generated\.$' "$work/mk1.err" || bad="$bad [$(tail -1 "$work/mk1.err") (3 KH020: a mark after a letter warned?)]"
mk mk2 '      - clause: Cấp xã' '      - clause: "\u0301Cấp xã"' \
    '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - {id: tckh, name: "Pho\u0300ng Ta\u0300i chính - Kế hoạch"}'
chk mk2
ln=$(at_line mk2 'clause: "')
grep -q "mk2\.yaml:$ln:18: warning\[KH020\]: combining mark U+0301 written as an escape with no letter before it" "$work/mk2.err" ||
    bad="$bad [escape: $(grep -v '^ ' "$work/mk2.err" | head -1)]"
[ "$(grep -c 'KH020' "$work/mk2.err")" -eq 1 ] || bad="$bad [escape: $(grep -c KH020 "$work/mk2.err") KH020 of 1]"
verdict "mark: U+0301 at a clause's, a label's start or after a space, typed or as '\\u0301', is KH020 at its line:col; one after a letter is not"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
