#!/bin/sh
# tests/hardening/perf16.sh KHGEN WORKDIR - what session 16 changed for the
# cost of `khgen check` (issue 14), and the guards of those changes:
#
#   - the loader makes each node in one assignment from the marks' addresses
#     (no clearing first) and gives a scalar to its parent without asking
#     whether it is a key: positions, spans and KH013 (a list or a mapping
#     as a key) must stay as they were (cases 1, 2);
#   - anchors and tags are looked for without a call (check_properties):
#     KH007 and KH012 keep their place and their underline (case 3);
#   - a key's kept text is found first in a memo of 64 entries chosen by its
#     length and its first and last byte: two keys of one entry (support and
#     suppart; task and data; id and number) must each stay themselves
#     (cases 4 to 6);
#   - a body entry's kind key is found by its length and first byte first
#     (body_kind_of): KH105's three messages must stay (cases 7 to 9);
#   - the scan for refused bytes (load_text.c) passes sixteen bytes at a
#     time (SSE2): a refused byte at each place of a block is reported at
#     its column, and tabs, line breaks and letters pass (case 10);
#   - the parser asks a value's kind inline (expect_kind, yread_expect_kind),
#     the arena's fast path is inline, and the check of a text's references
#     readies its ScannedRef field by field (textref_start): KH102, KH206 and
#     KH207 must stay (cases 11, 12).
#
# The cases pass with the binary from before the changes too: they guard
# what must not change. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

/usr/bin/python3 "$top/tests/bench/gen_plan.py" 20 40 >"$work/p.yaml" || not_ok "setup: gen_plan.py"
"$khgen" check "$work/p.yaml" >/dev/null 2>&1 || not_ok "setup: the small plan does not check"

# ---- 1 and 2: positions, spans, a key that is no string ------------------------
# a duplicate key is underlined from its start to its end (the node's end,
# written with its start in one assignment); the note points at the first
printf 'title: Kế hoạch\ntitle: Kế hoạch hai\n' >"$work/dup.yaml"
check_says "1: a duplicate key at its line and column, underlined whole, the first noted" \
    "$work/dup.yaml" 1 "dup.yaml:2:1: error[KH008]: duplicate key 'title' in this mapping" \
    "      | ^~~~~" "dup.yaml:1:1: note: 'title' first appears here"
printf 'a:\n  ? [x, y]\n  : 1\nb: {[z]: 2}\n' >"$work/key.yaml"
check_says "2: a list as a key, in a block and in a flow mapping, is KH013 at its start" \
    "$work/key.yaml" 1 "key.yaml:2:5: error[KH013]: a key must be a string, not a list" \
    "key.yaml:4:5: error[KH013]: a key must be a string, not a list"

# ---- 3: anchors and tags ------------------------------------------------------------
printf 'a: &x 1\nb: !!str 2\nc: [&y 3]\n' >"$work/props.yaml"
check_says "3: anchors and tags are refused at their place, underlined" "$work/props.yaml" 1 \
    "props.yaml:1:4: error[KH007]: anchors ('&x')" "      |    ^~" \
    "props.yaml:2:4: error[KH012]: tags ('!!str')" "      |    ^~~~~" \
    "props.yaml:3:5: error[KH007]: anchors ('&y')"

# ---- 4 to 6: keys that share a memo entry -----------------------------------------
# 'suppart' has the length and the first and last byte of 'support': the
# memo holds one of them; the other is looked up, and is itself
awk '!done && /^            support: / { sub(/support:/, "suppart:"); done = 1 } { print }' \
    "$work/p.yaml" >"$work/first.yaml"
line=$(grep -n '^            suppart: ' "$work/first.yaml" | cut -d: -f1)
check_says "4: 'suppart' on the first task, 'support' on the others: one unknown key" \
    "$work/first.yaml" 1 "first.yaml:$line:13: error[KH101]: unknown key 'suppart' in a task (did you mean 'support'?)" \
    "1 error generated."
awk '/^            support: / { n++ } n == 30 && !done { sub(/support:/, "suppart:"); done = 1 } { print }' \
    "$work/p.yaml" >"$work/late.yaml"
line=$(grep -n '^            suppart: ' "$work/late.yaml" | cut -d: -f1)
check_says "5: 'suppart' after 29 tasks' 'support': one unknown key" \
    "$work/late.yaml" 1 "late.yaml:$line:13: error[KH101]: unknown key 'suppart' in a task (did you mean 'support'?)" \
    "1 error generated."
# 'task' and 'data', 'id' and 'number' share entries too, and each is read
# as itself: every locality's data counts, every task is a task
sed 's/chỉ tiêu theo {att bieu05} đính kèm/chỉ tiêu theo {att bieu05} đính kèm; {count tasks} nhiệm vụ, {sum localities data.ho} hộ/' \
    "$work/p.yaml" >"$work/shared.yaml"
households=$(grep -o 'data: {ho: [0-9]*}' "$work/shared.yaml" | tr -dc '0-9\n' |
    awk '{ s += $1 } END { printf "%d.%03d", s / 1000, s % 1000 }')
tasks=$(grep -c '^ *- task: ' "$work/shared.yaml")
"$khgen" build -f md -o - "$work/shared.yaml" >"$work/shared.md" 2>"$work/shared.err"
status=$?
if [ "$status" -eq 0 ] && [ "$tasks" -gt 0 ] && ! grep -q 'error\[' "$work/shared.err" &&
    grep -q "$tasks nhiệm vụ, $households hộ" "$work/shared.md"; then
    ok "6: keys of one memo entry (task and data, id and number) each read as themselves"
else
    not_ok "6: status $status; want $tasks tasks, $households; $(head -c 300 "$work/shared.err"); $(grep -m1 'nhiệm vụ,' "$work/shared.md")"
fi

# ---- 7 to 9: a body entry's kind ------------------------------------------------------
body() { # body FILE ENTRY-LINES: the small plan with these lines as its body's first entry
    awk -v entry="$2" '{ print } /^body:$/ && !done { print entry; done = 1 }' "$work/p.yaml" >"$1"
}
grep -q '^body:$' "$work/p.yaml" || not_ok "setup: the small plan has no 'body:' line"
body "$work/two.yaml" '  - task: Một việc
    para: Một đoạn'
line=$(($(grep -n '^body:$' "$work/two.yaml" | cut -d: -f1) + 2))
check_says "7: 'task' and 'para' in one entry: KH105 at the second" "$work/two.yaml" 1 \
    "two.yaml:$line:5: error[KH105]: a body entry has one kind; 'task' and 'para' are both given"
body "$work/none.yaml" '  - text: Một đoạn
    tabel: x'
line=$(($(grep -n '^body:$' "$work/none.yaml" | cut -d: -f1) + 2))
check_says "8: 'text' (a kind's length and first byte) is no kind; 'tabel' is 'table' misspelt" \
    "$work/none.yaml" 1 \
    "none.yaml:$line:5: error[KH105]: a body entry needs a kind: 'tabel' is not one (did you mean 'table'?)"
body "$work/nokind.yaml" '  - ghi_chu: Một đoạn'
line=$(($(grep -n '^body:$' "$work/nokind.yaml" | cut -d: -f1) + 1))
check_says "9: an entry of no kind at all: KH105 naming the nine" "$work/nokind.yaml" 1 \
    "nokind.yaml:$line:5: error[KH105]: a body entry needs a kind: part, section, clause, subclause, point, bullet, para, task or table"

# ---- 10: the byte scan, sixteen bytes at a time ------------------------------------------
# a refused byte at each place of the first two blocks of sixteen bytes of
# its line (and after a letter of two bytes, a tab and a line break, which
# pass): reported at its line and column, as the byte-at-a-time scan did
bad=
for k in 0 1 7 8 14 15 16 17 30 31 32 33; do
    pad=$(printf '%*s' "$k" '' | tr ' ' x)
    for b in '\001' '\177' '\377' '\302\205' '\033'; do
        printf 'a: 1\nb: "%s'"$b"'y"\nc: "x\tá"\n' "$pad" >"$work/r.yaml"
        printf 'a: 1\nb: "%s\tá\ty"\n' "$pad" >"$work/clean.yaml"
        "$khgen" check "$work/r.yaml" >/dev/null 2>"$work/r.err"
        first=$(head -1 "$work/r.err")
        case $first in
        "$work/r.yaml:2:$((k + 5)): error[KH00"[34]"]: "*) ;;
        *) bad="$bad [$k $b: $first]" ;;
        esac
        "$khgen" check "$work/clean.yaml" >/dev/null 2>"$work/clean.err"
        grep -q 'KH00[34]' "$work/clean.err" && bad="$bad [$k clean: $(head -1 "$work/clean.err")]"
    done
done
if [ -z "$bad" ]; then
    ok "10: a refused byte at each place of a block of sixteen is reported at its column; tabs and letters pass"
else
    not_ok "10:$bad"
fi

# ---- 11 and 12: a value's kind asked inline; a text's references -------------------------
sed '0,/            support: \[u1, u7\]/s//            support: {u1: x}/' "$work/p.yaml" >"$work/kind.yaml"
line=$(grep -n '^            support: {u1: x}' "$work/kind.yaml" | cut -d: -f1)
check_says "11: a task's support written as a mapping is KH102 at the value" "$work/kind.yaml" 1 \
    "kind.yaml:$line:22: error[KH102]: 'support' must be a list, not a mapping" "1 error generated."
# the check's scan of references starts from a ref made ready field by
# field (textref_start), not cleared whole: a misspelt name, a reference of
# too many words and one left open are each reported, at their columns
words=$(seq -s ' ' 1 70 | sed 's/[0-9]*/l1/g')
sed "0,/            text: \"{unit u0}[^\"]*\"/s//            text: \"{unti u0} chủ trì {loc $words} tại {loc l0\"/" \
    "$work/p.yaml" >"$work/refs.yaml"
line=$(grep -n '^            text: "{unti u0}' "$work/refs.yaml" | cut -d: -f1)
check_says "12: a misspelt reference, one of 70 words, one left open: each at its column" \
    "$work/refs.yaml" 1 \
    "refs.yaml:$line:20: error[KH206]: unknown reference '{unti}' (did you mean '{unit}'?)" \
    "refs.yaml:$line:38: error[KH207]: '{loc}' takes at most 64 words; this one has 70: split it" \
    "refs.yaml:$line:258: error[KH207]: unclosed reference: '{' needs a closing '}' on the same line" \
    "3 errors generated."

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
