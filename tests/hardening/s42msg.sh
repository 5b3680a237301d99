#!/bin/sh
# tests/hardening/s42msg.sh KHGEN WORKDIR - session 42's round of one slip,
# one message, at the slip's line, saying what to do (issue 8): what session
# 41's s41msg and s41slip left (reproducers in /tmp/s41msg/left/ and
# /tmp/s41slip/left-*/ of that session), and the CLI's leftovers. Each case
# fails at main 6c9a8488 but the guards named so:
#  A   a header key moved to the left margin below its block gave KH103 "the
#      header has no 'title'" and KH101 "unknown key in the plan", neither
#      saying to indent it (a1); indented with a no-break space, KH103 came
#      before the KH101 that named the U+00A0 (a2); a key typed in curly
#      quotes, `“due”: x`, did not name the quotes as KH029 does for values
#      (a3): one KH101 each, at the line, saying what to do.
#  B   `support:` or `due:` emptied (KH107) or misspelt (KH101) also gave
#      KH208 at the task's '{support}'/'{due}' (b1 b2 b3): one message.
#  C   an assignment's `unit:` emptied gave KH202 "empty reference" and
#      KH250 for the unit it named (c1): KH202 alone.
#  D   a text pasted as a lead gave its KH202 and KH210 at its '{year}'
#      (d1); a sentence pasted as the header's `code` KH173 with a fix that
#      hyphenated the sentence and KH210 (d2): one message each, d2's
#      saying it is words.
#  E   a task's `lead:` line deleted gave KH266 and KH250 "tckh never
#      used" (e1): KH266 with a note naming tckh; its `support:` line
#      deleted under a '{support}', KH208 and KH250 (e2): KH208 and a note.
#  F   a body table's `table:` cut to nothing printed the table with no
#      caption, exit 0, no message (f1): KH165; `table: ""` is the README's
#      table without one (f2, a guard).
#  H   a unit's `id: true` took the id its uses name, but its message did
#      not say which (h1): a note names it.
#  M   `--max-errors 1` kept the first error found, KH101 at line 63, not
#      the first in the file, KH202 at line 50 (m1).
#  O   the commands worded an unknown option five ways (o1): one, "khgen:
#      CMD: unknown option 'X'" and "Try 'khgen CMD --help'.", exit 2, in
#      Vietnamese too (o2).
# About 30 runs of khgen on README's example: a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# msgs NAME: the number of messages in $work/NAME.err
msgs() { grep -c '^[^ ].*:[0-9]*:[0-9]*: \(error\|warning\)\[KH' "$work/$1.err"; }
codes() { grep -o '\[KH[0-9]*\]' "$work/$1.err" | tr -d '\n'; }
# one NAME LINE CODE WORDS: one message, CODE at line LINE, its words WORDS
one() {
    [ "$(msgs $1)" -eq 1 ] && grep -q "^$P/$1.yaml:$2:[0-9]*: [a-z]*\[$3\]: .*$4" "$work/$1.err" ||
        bad="$bad [$1: $(codes $1)]"
}

# ---- A: a header key at the margin, in U+00A0, in curly quotes -------------
T='  title: Triển khai'
mk a1 "$T" 'title: Triển khai'
mk a2 "$T" '<NB> title: Triển khai'
mk a3 '            due: 2024-Q1' '            “due”: 2024-Q1'
bad=
for c in a1 a2 a3; do chk $c; done
one a1 11 KH101 "a key of 'header:', written at the left margin.*indent it"
one a2 11 KH101 "no-break space (U+00A0"
one a3 52 KH101 "typographic quotes (U+201C).*write the key without them, 'due:'"
verdict "A a header key at the left margin (KH103 and KH101), indented with U+00A0 (KH103 first), a key in curly quotes (not named): one KH101 at the line saying what to do"

# ---- B: support and due refused, and their references ----------------------
X='            text: Tham mưu phân bổ nguồn vốn năm {year}.'
Y='            text: Tham mưu phân bổ nguồn vốn năm {year}, phối hợp {support}, {due}.'
mk b1 "$X" "$Y" '            support: [vpdp]' '            support:'
mk b2 "$X" "$Y" '            due: 2024-Q1' '            due:'
mk b3 "$X" "$Y" '            support: [vpdp]' '            suport: [vpdp]'
bad=
for c in b1 b2 b3; do chk $c; done
one b1 51 KH107 "'support' is empty"
one b2 52 KH107 "'due' is empty"
one b3 51 KH101 "'suport'"
verdict "B 'support:'/'due:' emptied or misspelt: no KH208 at '{support}'/'{due}' too"

# ---- C: an assignment's unit emptied ---------------------------------------
mk c1 'lead: tckh' 'lead: vpdp' '            support: [vpdp]\n' '' '            show: [lead, due]' \
    '            show: [lead, due]\n            assign:\n              - unit:\n                indicators: ["1.1"]'
bad=
chk c1
one c1 54 KH202 "empty reference"
verdict "C an assignment's 'unit:' emptied: KH202 alone, no 'never used' for the unit it named"

# ---- D: a text pasted where ids or a symbol go -----------------------------
mk d1 'lead: tckh' 'lead: "Tiêu chí số {crit 2} năm {year}"'
mk d2 '  code: KH-UBND' '  code: MỤC TIÊU, KẾ HOẠCH NĂM {year}'
bad=
for c in d1 d2; do chk $c; done
one d1 50 KH202 "unknown unit"
one d2 8 KH173 "is words, not a document's symbol.*Write the symbol"
verdict "D a text pasted as a lead (KH202 and KH210) or as the code (KH173 hyphenating it, and KH210): one message each"

# ---- E: a task's lead line deleted -----------------------------------------
mk e1 '            lead: tckh\n' ''
mk e2 "$X" "$Y" 'lead: tckh' 'lead: vpdp' '            support: [vpdp]\n' ''
bad=
chk e1
one e1 50 KH266 "the task has no 'lead'"
grep -q "note: a task's lead lost? The plan names 'tckh' nowhere: 'lead: tckh' here" "$work/e1.err" ||
    bad="$bad [e1: no note]"
chk e2
one e2 49 KH208 "'{support}' is used but the task has no 'support'"
grep -q "note: a task's support lost? The plan names 'tckh' nowhere: add 'support: \[tckh\]'" \
    "$work/e2.err" || bad="$bad [e2: no note]"
verdict "E a task's 'lead:' line deleted (KH266 and KH250), or its 'support:' line under a '{support}' (KH208 and KH250): one message with a note naming the unit"

# ---- F: a body table's caption cut -----------------------------------------
mk f1 '      - table: Phân công rà soát' '      - table:'
mk f2 '      - table: Phân công rà soát' '      - table: ""'
bad=
chk f1
one f1 54 KH165 "nothing follows 'table:'.*'table: \"\"' for a table without one"
chk f2
[ "$st" -eq 0 ] && [ "$(msgs f2)" -eq 0 ] || bad="$bad [f2: $(codes f2)]"
verdict "F 'table:' cut to nothing (silent, the caption lost): KH165; 'table: \"\"' none (a guard)"

# ---- H: a broken id's message names the id its uses give it ---------------
mk h1 '  - {id: vpdp, name: Văn phòng' '  - {id: true, name: Văn phòng'
bad=
chk h1
one h1 24 KH124 "'true'"
grep -q "h1.yaml:24:[0-9]*: note: the plan's uses name this entry 'vpdp': write 'id: vpdp' here" "$work/h1.err" ||
    bad="$bad [h1: no note]"
verdict "H a unit's 'id: true': its message has a note naming the id its uses give it"

# ---- M: --max-errors keeps the first in the file's order ---------------------
mk m1 'lead: tckh' 'lead: tckhx' 'closing: Trên' 'closng: Trên'
bad=
"$khgen" check --max-errors 1 "$P/m1.yaml" >/dev/null 2>"$work/m1.err"
# (the closing misspelt, the plan signed: KH184's warning too, s53print)
[ "$(grep -c ': error\[KH' "$work/m1.err")" -eq 1 ] && grep -q "m1.yaml:50:[0-9]*: error\[KH202\]" "$work/m1.err" &&
    grep -q "too many errors: 1 more error not shown" "$work/m1.err" || bad="$bad [m1: $(codes m1)]"
verdict "M --max-errors 1 keeps the first error in the file's order (line 50), not the first found (line 63)"

# ---- O: one wording of an unknown option ----------------------------------
bad=
for c in build check diff new init import convert explain; do
    "$khgen" "$c" --bogus x >"$work/o1.out" 2>"$work/o1.err"
    st=$?
    printf "khgen: %s: unknown option '--bogus'\nTry 'khgen %s --help'.\n" "$c" "$c" >"$work/o1.want"
    [ "$st" -eq 2 ] && [ ! -s "$work/o1.out" ] && cmp -s "$work/o1.want" "$work/o1.err" || bad="$bad [$c: $st]"
done
verdict "O1 every command words an unknown option one way, exit 2"
bad=
"$khgen" --lang vi diff --bogus a b >/dev/null 2>"$work/o2.err"
printf "khgen: diff: không có tùy chọn '--bogus'\nXem 'khgen diff --help'.\n" >"$work/o2.want"
cmp -s "$work/o2.want" "$work/o2.err" || bad="$bad [$(head -c 200 "$work/o2.err")]"
verdict "O2 the one wording in Vietnamese"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
