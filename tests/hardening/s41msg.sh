#!/bin/sh
# tests/hardening/s41msg.sh KHGEN WORKDIR - session 41's round of the plan
# language's cascades and silent slips (issue 8: "one mistake, one clear
# message"): what session 40's s40types and s40attack left, and what a
# black-box round of the common one-line mistakes (value or key deleted,
# another key's value pasted, a list for a scalar and the reverse, an id
# with a typo or of another registry, a line shifted by 1 or 2 spaces) at
# every key of plans/, the imported seeds and README's example found
# (reproducers in /tmp/s41msg/ of that session). The rule behind the
# cascades: a value the reader refused is not reported again where it is
# used. Each case fails at main 654cfcd1:
#  A   a unit's `id: true` gave KH124 at the id and KH202 at each use of
#      the id meant ('unknown unit vpdp: the unit at ... has no usable
#      id'); an entry whose id is broken or missing now takes the one
#      unknown id near no other as its own, so its error is the one message
#      (a1: `id: true`, a2: the id line deleted, a3: `id: ~`); an
#      attachment's lost id and its {att} the same (c1); a second unknown
#      id is still told (a4, a guard: it passes at 654cfcd1).
#  B   a column's `total: ~` gave KH600 and KH617 "'totals' is set but no
#      column has 'total: true'": the refused value was reported again at
#      its use (b1).
#  C   an attachment replaced by `{a: 1}` gave KH601 and three KH602 ("no
#      label", "no title", "no columns"): the attachment reader did not ask
#      yread_misspelt, as the header and catalogs do (c1); a column's
#      misspelt `kye:` KH601 and "a column has no 'key'" (c2).
#  D   `support: [x, y]` (or a lead) of two unknown ids gave a KH202 for
#      each and KH250 "unit 'tckh' is defined but never used" for the unit
#      the list named before: one message naming both ids, no "never used"
#      while a use names an id near none (d1, d2).
#  G   past the cap with warnings only, the last line read "too many
#      errors: 0 more errors and 10 more warnings not shown": it names what
#      is left out, in its number (g1 warnings, g2 errors, g3 Vietnamese).
#  K   a basis `kind: Quyeets ddijnh` gave KH161 (the kind meant) and
#      KH036 (the text as it reads) at one line: KH036 alone (k1).
#  R   the round's cascades: a text pasted as a heading's `style:` gave a
#      KH106 for each of its words (84 errors for a basis pasted, r1); a
#      preset's line emptied or deleted above columns named by key alone,
#      a KH606 for each and KH602 "no rows" (r2, r3): one KH606 naming the
#      preset; a basis's `text: [a, b]` KH102 and "no kind", "no number"
#      (r4): KH102 alone; `clause:` cut to nothing KH165 and KH117 "a bare
#      number" (r5); `lead:` emptied KH107 and KH266 "support not printed"
#      or KH208 at '{lead}' (r6): one message each; `lead: tckhh` stays
#      one KH202 with its "did you mean" (r7, a guard: no "never used"
#      follows an unknown id, with a near one or not). A basis's `by:`
#      cut to nothing printed it without "của ...", exit 0, no message
#      (r8): KH165, as `end:` cut (`by: ""` is the README's none). A
#      paragraph emptied (KH107) or a text pasted as a lead (KH202) also
#      gave a "never used" for what it named before (r9, r10).
#  E   a number where words go printed as the text with no word, exit 0:
#      a basis `- 7` printed "7." (e1), `title: 2024` the subject line
#      "2024" (e2), the signer `name: 7` (e4), an attachment's `title:
#      2024` (e5), `clause: 7` (e6): KH180, a warning; the header's
#      `number: 15` is none (e3, a guard).
#  F   a titled task's `text: ""` (or `text:`) printed the task without
#      it, exit 0, and the only message was a "never used" of a locality
#      its text named: KH165 at the text (f1); `text:` with nothing (a
#      YAML null, KH107) and an untitled one keep their one KH107 (f2, f3,
#      guards).
# About 25 runs of khgen on README's example: a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# msgs NAME: the number of messages (lines "file:line:col: level[KHnnn]")
# in $work/NAME.err
msgs() { grep -c '^[^ ].*:[0-9]*:[0-9]*: \(error\|warning\)\[KH' "$work/$1.err"; }

# ---- A: an entry's broken id and its uses --------------------------------
U='  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}'
mk a1 "$U" '  - {id: true, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}'
mk a2 "$U" '  - {name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}'
mk a3 "$U" '  - {id: ~, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}'
mk a4 "$U" '  - {id: true, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}' \
    'lead: tckh' 'lead: zzq'
bad=
for c in a1 a2 a3; do
    chk $c
    n=$(msgs $c)
    if [ "$st" -ne 1 ] || [ "$n" -ne 1 ] || grep -q 'KH202' "$work/$c.err"; then
        bad="$bad [$c: status $st, $n messages: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
    fi
done
verdict "A an entry's id broken or missing (id: true, deleted, ~): its one error, no KH202 at the uses of the id it was meant to have"
chk a4
if [ "$st" -eq 1 ] && grep -q 'KH124' "$work/a4.err" &&
    grep -q "KH202.*unknown unit '\(zzq\|vpdp\)'" "$work/a4.err"; then
    ok "A a second unknown id beside the broken entry is still told"
else not_ok "A a second unknown id: status $st, $(msgs a4) messages: $(head -c 500 "$work/a4.err")"; fi

# ---- B: a column's total refused ------------------------------------------
AT='    preset: locality-targets\n    rows: {from: localities, where: {target_year: 2024}}'
mk b1 "$AT" '    columns:\n      - {key: name, header: Xã}\n      - {key: criteria_met, header: Số tiêu chí, type: int, total: ~}\n    rows: {from: localities}\n    totals: Tổng cộng'
chk b1
if [ "$st" -eq 1 ] && [ "$(msgs b1)" -eq 1 ] && grep -q 'KH600' "$work/b1.err"; then
    ok "B a column's 'total: ~': KH600 alone, no KH617 at 'totals'"
else not_ok "B 'total: ~': status $st, $(msgs b1) messages: $(grep -o '\[KH[0-9]*\]' "$work/b1.err" | tr -d '\n')"; fi

# ---- C: an attachment none of whose keys is known -------------------------
ATT='  - id: bieu01\n    label: Biểu 01\n    title: Danh sách xã phấn đấu đạt chuẩn năm 2024\n    preset: locality-targets\n    rows: {from: localities, where: {target_year: 2024}}'
mk c1 "$ATT" '  - {a: 1}'
mk c2 "$AT" '    columns:\n      - {kye: name, header: Xã}\n      - {key: criteria_met, header: Số tiêu chí, type: int}\n    rows: {from: localities}'
bad=
for c in c1 c2; do
    chk $c
    n=$(msgs $c)
    if [ "$st" -ne 1 ] || [ "$n" -ne 1 ] || ! grep -q 'KH601' "$work/$c.err"; then
        bad="$bad [$c: status $st, $n messages: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
    fi
done
verdict "C an attachment {a: 1}, a column's 'kye:': KH601 alone, no KH602 'has no label/title/columns/key'"

# ---- D: two unknown ids in one list ---------------------------------------
mk d1 'lead: tckh' 'lead: [x, y]'
mk d2 'support: [vpdp]' 'support: [x, y]'
bad=
for c in d1 d2; do
    chk $c
    n=$(msgs $c)
    if [ "$st" -ne 1 ] || [ "$n" -ne 1 ] || ! grep -q "KH202\].*unknown units 'x' and 'y'" "$work/$c.err"; then
        bad="$bad [$c: status $st, $n messages: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
    fi
done
verdict "D 'lead: [x, y]', 'support: [x, y]': one KH202 naming both ids, no 'never used' for the unit the list named"

# ---- G: the line past the cap ---------------------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/g1.yaml" "$P/g2.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
paras = ''.join('          - para: "Kees hoachj thuwcj hieenj %d"\n' % i for i in range(60))
old = '          - para: (Chi tiết theo {att bieu01} đính kèm).\n'
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, old + paras, 1))
refs = ''.join('          - para: "{unit nope%d}"\n' % i for i in range(60))
open(sys.argv[3], 'w', encoding='utf-8').write(s.replace(old, old + refs, 1))
PY
chk g1
g1=$(grep 'not shown' "$work/g1.err")
chk g2
g2=$(grep 'not shown' "$work/g2.err")
bad=
case $g1 in *"g1.yaml: too many warnings: 10 more warnings not shown (at most 50 of each per file;"*) ;;
    *) bad="$bad [g1: $g1]" ;; esac
case $g2 in *"g2.yaml: too many errors: 10 more errors not shown (at most 50 of each per file;"*) ;;
    *) bad="$bad [g2: $g2]" ;; esac
verdict "G past the cap: 'too many warnings: 10 more warnings', 'too many errors: 10 more errors', never '0 more ...'"
g3=$(LANGUAGE=vi "$khgen" check --lang vi "$P/g1.yaml" 2>&1 | grep 'không được in')
case $g3 in *"quá nhiều cảnh báo: 10 cảnh báo không được in"*) ok "G the same line in Vietnamese" ;;
    *) not_ok "G in Vietnamese: $g3" ;; esac

# ---- K: a basis's kind typed in Telex --------------------------------------
mk k1 '  - kind: Quyết định' '  - kind: Quyeets ddijnh'
chk k1
if [ "$(msgs k1)" -eq 1 ] && grep -q 'KH036' "$work/k1.err"; then
    ok "K 'kind: Quyeets ddijnh': one message (KH036, what it reads), not also KH161"
else not_ok "K Telex kind: $(msgs k1) messages: $(grep -o '\[KH[0-9]*\]' "$work/k1.err" | tr -d '\n')"; fi

# ---- E: a YAML number where words go --------------------------------------
mk e1 '  - text: Căn cứ tình hình thực tế của địa phương' '  - 7'
mk e2 '  title: Triển khai' '  title: 2024 #'
mk e3 '  number: ""' '  number: 15'
mk e4 '  name: Nguyễn Văn A' '  name: 7'
mk e5 '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024' '    title: 2024'
mk e6 '      - clause: Cấp xã' '      - clause: 7'
bad=
for c in e1 e2 e4 e5 e6; do
    chk $c
    if [ "$(msgs $c)" -ne 1 ] || ! grep -q 'warning\[KH180\]' "$work/$c.err"; then
        bad="$bad [$c: status $st: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
    fi
done
chk e3
grep -q 'KH180' "$work/e3.err" && bad="$bad [e3: the header's number warned]"
verdict "E a basis '- 7' (printed '7.'), 'title: 2024', the signer's name, an attachment's title, a clause's: KH180 at the value; the header's 'number: 15' is no slip"

# ---- F: a task's text left blank ------------------------------------------
T='          - task: ""\n            text: Tham mưu phân bổ nguồn vốn năm {year}.'
mk f1 "$T" '          - task: Phân bổ vốn\n            text: ""'
mk f2 "$T" '          - task: Phân bổ vốn\n            text:'
mk f3 "$T" '          - task: ""\n            text: ""'
bad=
chk f1
if [ "$st" -ne 0 ] || [ "$(msgs f1)" -ne 1 ] || ! grep -q 'warning\[KH165\].*blank' "$work/f1.err"; then
    bad="$bad [f1: status $st: $(grep -o '\[KH[0-9]*\]' "$work/f1.err" | tr -d '\n')]"
fi
for c in f2 f3; do
    chk $c
    [ "$(msgs $c)" -eq 1 ] && grep -q 'KH107' "$work/$c.err" ||
        bad="$bad [$c: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
done
verdict "F a titled task's 'text: \"\"' or 'text:' (printed without it, no word): KH165; untitled, KH107 alone"

# ---- R: the round's cascades -----------------------------------------------
mk r1 '      - clause: Cấp xã' '      - clause: Cấp xã\n        style: phủ về cơ chế, chính sách khuyến khích doanh nghiệp'
mk r2 '    preset: locality-targets' '    preset:\n    columns: [stt, name_full, status, target, target_year]'
mk r3 '    preset: locality-targets' '    columns: [stt, name_full, status, target, target_year]'
mk r4 '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: [Căn cứ tình hình thực tế, Căn cứ tình hình thực tế]'
mk r5 '      - clause: Cấp xã' '      - clause:'
mk r6 'lead: tckh' 'lead:'
mk r7 'lead: tckh' 'lead: tckhh'
bad=
for c in r1 r2 r3 r4 r6; do
    chk $c
    [ "$st" -eq 1 ] && [ "$(msgs $c)" -eq 1 ] ||
        bad="$bad [$c: status $st: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
done
mk r8 '    by: Thủ tướng Chính phủ' '    by:'
chk r8
[ "$st" -eq 0 ] && [ "$(msgs r8)" -eq 1 ] && grep -q "warning\[KH165\]: nothing follows 'by:'" "$work/r8.err" ||
    bad="$bad [r8: $(grep -o '\[KH[0-9]*\]' "$work/r8.err" | tr -d '\n')]"
mk r9 '          - para: (Chi tiết theo {att bieu01} đính kèm).' '          - para:'
mk r10 'lead: tckh' 'lead: Tham mưu phân bổ'
for c in r9 r10; do
    chk $c
    [ "$(msgs $c)" -eq 1 ] || bad="$bad [$c: $(grep -o '\[KH[0-9]*\]' "$work/$c.err" | tr -d '\n')]"
done
chk r5
[ "$(msgs r5)" -eq 1 ] && grep -q 'KH165' "$work/r5.err" ||
    bad="$bad [r5: $(grep -o '\[KH[0-9]*\]' "$work/r5.err" | tr -d '\n')]"
chk r7
[ "$(msgs r7)" -eq 1 ] && grep -q "KH202.*did you mean 'tckh'" "$work/r7.err" ||
    bad="$bad [r7: $(grep -o '\[KH[0-9]*\]' "$work/r7.err" | tr -d '\n')]"
verdict "R a text pasted as a 'style' (KH106 a word: 9), a preset's line emptied or deleted under columns named by key (KH606 a column and KH602 'no rows'), a basis's text as a list (KH102 and two KH103), a clause's title cut (KH165 and KH117), 'lead:' emptied (KH107 and KH266), a lead's id misspelt (KH202 and a 'never used'): one message each; 'by:' cut to nothing (silent): KH165"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
