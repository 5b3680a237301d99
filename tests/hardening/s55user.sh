#!/bin/sh
# tests/hardening/s55user.sh KHGEN WORKDIR - session 55's new user: the
# công chức Văn phòng - Thống kê of UBND đặc khu Phú Quốc (tỉnh An Giang, a
# commune-level unit since 1 July 2025), the README only, then doc/: last
# year's plan typed by hand in Word (s55user_docx.py), imported, next year's
# started with `new`, edited, built, reviewed with `diff`. Each case fails
# at 9e6b1b6b (session 55's start) unless it is named a guard:
#  F1   a rule typed under the subject line ("_________", as officials type
#       the line they do not draw) was read as the plan's `opening:`, and
#       the legal bases after it and the real opening sentence became
#       `para:` items of the body, exit 0, no word: the documents printed
#       the rule as an indented paragraph under khgen's own rule, the bases
#       as body text, and `--stats` said "bases structured 0/0". Now the
#       rule is the layout's: the .docx imports to the plan of the same
#       file without it, byte for byte (bases, opening, body).
#  F1b  so for "-----------", "———————" and "==========", and for the rule
#       typed under Biểu 01's "(Kèm theo ...)" line, which was the Biểu's
#       `note:`, printed under its table.
#  F1m  so for the Markdown pandoc writes of that .docx (`\_\_\_...`).
#  F1t  so for the .txt of the same plan (its paragraphs one a line
#       apart); and the .docx's plan, built, prints its four bases in
#       italics, as the decree's bases print, and no typed rule.
#  F2   `khgen diff` named the tasks of section III that the import wrote
#       as `clause: ""` lending its number ("1. Phòng Kinh tế chủ trì
#       ..."), "III.-1.1." (khgen's path) where the document prints
#       "III.1.": now "III.1." in the term, md and html redlines.
#  R1   README.md said nothing of a Word file typed by hand (what import
#       infers is a `# review:` comment), of `new` keeping the old date's
#       month (the user's deadline in quý II was then KH311), nor of
#       `Đặc khu ...` among the kinds `init` reads the level from.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/s55user_docx.py" "$work/dx" ||
    not_ok "setup: s55user_docx.py could not write the Word files"
cd "$work/dx" || exit 2

# imp NAME: imports NAME.docx (or NAME's FILE) to NAME.yaml, its first
# line (the file's name) dropped into NAME.body
imp() {
    "$khgen" import "$2" -o "$1.yaml" --force >"$1.out" 2>"$1.err"
    st=$?
    sed 1d "$1.yaml" >"$1.body" 2>/dev/null
    return $st
}

# ---- F1: the rule typed under the subject line --------------------------------------
imp plain pq-plain.docx || not_ok "setup: pq-plain.docx does not import: $(head -c 300 plain.err)"
bad=
imp rule pq.docx || bad="$bad [exit $?: $(head -c 200 rule.err)]"
grep -q '^opening: "Ủy ban nhân dân đặc khu Phú Quốc ban hành' rule.yaml ||
    bad="$bad [opening: $(grep '^opening' rule.yaml | head -c 100)]"
[ "$(grep -c '^  - kind: Quyết định\|^  - kind: Nghị quyết' rule.yaml)" = 3 ] ||
    bad="$bad [bases: $(grep -c '^  - kind' rule.yaml) structured]"
grep -q '_ *_ *_\|\\_' rule.yaml && bad="$bad [a rule left: $(grep -m1 '\\_\|___' rule.yaml)]"
grep -q '^  - para: Căn cứ' rule.yaml && bad="$bad [a basis in the body]"
cmp -s rule.body plain.body || bad="$bad [not the plan of the file without the rule: $(diff rule.body plain.body | head -5 | tr '\n' '|')]"
if [ -z "$bad" ]; then
    ok "F1 a rule '_________' typed under the subject line: the opening and the three bases read as without it (the same plan, byte for byte)"
else
    not_ok "F1:$bad"
fi

# ---- F1b: other rules, and the one under Biểu 01's "(Kèm theo ...)" -----------------
bad=
for v in dash emdash equals; do
    imp "$v" "pq-$v.docx" || bad="$bad [$v: exit $?]"
    cmp -s "$v.body" plain.body ||
        bad="$bad [$v: $(diff "$v.body" plain.body | grep '^[<>]' | head -3 | tr '\n' '|')]"
done
grep -q '^    note:' rule.yaml && bad="$bad [Biểu 01's note: $(grep '^    note' rule.yaml)]"
if [ -z "$bad" ]; then
    ok "F1b rules typed '-----------', '———————', '==========', and under Biểu 01's '(Kèm theo ...)' line: the plan of the file without them"
else
    not_ok "F1b:$bad"
fi

# ---- F1m: the Markdown pandoc writes of it ------------------------------------------
if command -v pandoc >/dev/null 2>&1; then
    pandoc -f docx -t markdown pq.docx -o pq.md && pandoc -f docx -t markdown pq-plain.docx -o pq-plain.md
    grep -q '\\_\\_\\_' pq.md || not_ok "setup: pandoc's Markdown holds no typed rule"
    imp mdrule pq.md
    imp mdplain pq-plain.md
    sed 's/pq-plain\.md/pq.md/' mdplain.body >mdplain.want
    if grep -q '^opening: "Ủy ban nhân dân đặc khu' mdrule.yaml && cmp -s mdrule.body mdplain.want; then
        ok "F1m pandoc's Markdown of it: the rule '\\_\\_\\_...' left out, the opening and bases read"
    else
        not_ok "F1m: $(grep '^opening' mdrule.yaml | head -c 100) $(diff mdrule.body mdplain.want | head -4 | tr '\n' '|')"
    fi
else
    not_ok "F1m pandoc is not installed (make deps-test)"
fi

# ---- F1t: the .txt, and the built document ----------------------------------
bad=
/usr/bin/python3 - pq.docx pq.txt <<'PY' || bad="$bad [setup: no .txt]"
import sys, docx
d = docx.Document(sys.argv[1])
lines = []
for el in d.element.body.iterchildren():
    if el.tag.endswith('}p'):
        lines.append(''.join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
    elif el.tag.endswith('}tbl'):
        for p in el.iter():
            if p.tag.endswith('}p'):
                lines.append(''.join(t.text or '' for t in p.iter() if t.tag.endswith('}t')))
open(sys.argv[2], 'w', encoding='utf-8').write('\n\n'.join(l for l in lines if l) + '\n')
PY
grep -qx '_________' pq.txt || bad="$bad [setup: the .txt has no rule]"
imp txt pq.txt
grep -q '^opening: "Ủy ban nhân dân đặc khu' txt.yaml && [ "$(grep -c '^  - kind:' txt.yaml)" = 3 ] ||
    bad="$bad [.txt: $(grep '^opening' txt.yaml | head -c 100)]"
"$khgen" build -f md -o out rule.yaml >build.out 2>&1 || bad="$bad [build: $(head -c 200 build.out)]"
grep -q '\\_\\_\|___' out/rule.md && bad="$bad [a typed rule printed]"
[ "$(grep -c '^\*Căn cứ' out/rule.md)" = 4 ] && grep -q '^\*Căn cứ tình hình thực tế của địa phương;\*$' out/rule.md ||
    bad="$bad [bases: $(grep -c 'Căn cứ' out/rule.md)]"
if [ -z "$bad" ]; then
    ok "F1t the .txt with the rule reads its bases and opening; the document built of the .docx's plan prints its four bases and no typed rule"
else
    not_ok "F1t:$bad"
fi

# ---- F2: diff names the tasks as the document prints them ---------------------------
bad=
sed 's/hoàn thành trong quý III năm {year}/hoàn thành trong quý IV năm {year}/; s/due: 2025-Q3/due: 2025-Q4/' \
    plain.yaml >edited.yaml
grep -q 'quý IV năm' edited.yaml || bad="$bad [setup: no task to edit: $(grep -m1 'Phòng Kinh tế chủ trì' plain.yaml)]"
for f in term md html; do
    "$khgen" diff --no-color -f "$f" plain.yaml edited.yaml >"diff.$f" 2>&1
    st=$?
    [ "$st" = 1 ] || bad="$bad [$f: exit $st]"
    grep -q 'III\.1\. “Phòng Kinh tế chủ trì' "diff.$f" || bad="$bad [$f: $(grep -m1 'Phòng Kinh tế chủ trì' "diff.$f" | head -c 120)]"
    grep -q 'III\.-' "diff.$f" && bad="$bad [$f: a path: $(grep -m1 -o 'III\.-[^ ]*' "diff.$f")]"
done
if [ -z "$bad" ]; then
    ok "F2 diff names an imported task of section III 'III.1.' (the number it prints), not 'III.-1.1.', in term, md and html"
else
    not_ok "F2:$bad"
fi

# ---- R1: what the README left the new user to guess ---------------------------------
bad=
readme=$top/README.md
grep -q "typed by hand" "$readme" && grep -q '`# review:` comment' "$readme" || bad="$bad [a hand-typed Word file, # review:]"
grep -q "keeps the month of the old plan's" "$readme" && grep -q 'KH311' "$readme" || bad="$bad [new's month]"
grep '^| `--level LEVEL`' "$readme" | grep -q 'Đặc khu \.\.\.' || bad="$bad [--level: Đặc khu]"
"$khgen" init --year 2026 "Đặc khu Phú Quốc" -o dk.yaml --force >/dev/null 2>&1 &&
    grep -q 'ĐẶC KHU PHÚ QUỐC' dk.yaml || bad="$bad [init 'Đặc khu Phú Quốc': $(grep -m1 issuer: dk.yaml)]"
if [ -z "$bad" ]; then
    ok "R1 the README says what import infers of a Word file typed by hand, that new keeps the month of the date, and that 'Đặc khu ...' is a commune's level"
else
    not_ok "R1:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
