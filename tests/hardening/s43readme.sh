#!/bin/sh
# tests/hardening/s43readme.sh KHGEN WORKDIR - a README that a new user can
# pick up (session 43, issue 8; the brief: "Keep the README true: what khgen
# does, the two commands, the plan language with a complete example, every
# command and option, the limits"). At main d5be71a7 README.md was 322 KB,
# 52,761 words, with a line of 16,819 characters and a table of commands
# whose `init` cell held 4,428 characters; session 43 moved its reference
# into topic files under doc/ and condensed what README keeps. Each case
# fails at d5be71a7 unless named a guard:
#  D1  README.md is at most 5,000 words, and holds, in this order, the
#      first steps, the two commands, the command line, the limits, the
#      plan language and where to go next;
#  D2  each row of README's table of commands and options is at most 300
#      characters (one line each; the detail is in doc/commands.md);
#  D3  tests/readme/links.py: every relative link of README.md and doc/*.md
#      names a file and a heading of it, README links every doc/*.md, no
#      line is over 400 characters;
#  D4  (guard) nothing is lost: each of the 34 section headings of the
#      README at d5be71a7 is a heading of README.md or of a doc/*.md;
#  D5  khgen-plan(5), English and Vietnamese, names doc/language.md as the
#      full reference (it named README's "The plan language");
#  D6  README's first steps say to install the build's libraries (`make
#      deps`) before `make install`, which fails on a fresh machine without
#      them;
#  D7  every long option of `khgen --help` and of each command's help has
#      its full entry, a heading, in doc/commands.md;
#  D8  `khgen init --help` said "district (huyen, the default)" (and, in
#      Vietnamese, "huyen, mặc định"), the README's --level row and
#      khgen(1) "huyen for a plan of 2025 or earlier": without --level the
#      level NAME's kind names, in 2025 too ("Xã Tân Phú" of 2025 is a
#      commune's), and only a NAME without a kind is a district's up to
#      2025 and a commune's from 2026 (the help, en and vi, says so now;
#      the three skeletons' levels are a guard).
# A few runs of khgen, under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme=$top/README.md

# ---- D1: short, in a reader's order -----------------------------------------
words=$(wc -w <"$readme")
order=$(grep -n '^## ' "$readme" | sed 's/^[0-9]*:## //' | tr '\n' '|')
case $order in
*"First steps|"*"The two commands|"*"Command line|"*"Limits|"*"The plan language|"*"Where to go next|"*) in_order=1 ;;
*) in_order=0 ;;
esac
if [ "$words" -le 5000 ] && [ $in_order = 1 ]; then
    ok "D1 README.md is $words words, its sections in a reader's order"
else not_ok "D1 README.md is $words words (5,000 at most); its sections: $order"; fi

# ---- D2: one line a command or option ----------------------------------------
wide=$(awk '/^## Command line/{f=1;next} f&&/^## /{exit} f&&/^\| /&&length>300{print substr($0,1,40)"... ("length")"}' "$readme")
rows=$(awk '/^## Command line/{f=1;next} f&&/^## /{exit} f&&/^\| `/' "$readme" | wc -l)
if [ "$rows" -ge 25 ] && [ -z "$wide" ]; then
    ok "D2 README's $rows rows of commands and options are 300 characters at most"
else not_ok "D2 README's table of commands and options ($rows rows), rows over 300 characters: $wide"; fi

# ---- D3: the links and the lines ---------------------------------------------
if python3 "$top/tests/readme/links.py" "$top" >"$work/links.out" 2>&1 && grep -q '^ok - ' "$work/links.out"; then
    ok "D3 the links of README.md and doc/*.md resolve, doc/ is linked, lines are short"
else not_ok "D3 tests/readme/links.py: $(grep -v '^ok' "$work/links.out" | head -c 600)"; fi

# ---- D4: (guard) every old section is somewhere ---------------------------------
awk '/^```/{c=!c; next} !c && /^#+ /' "$readme" "$top"/doc/*.md 2>/dev/null |
    sed 's/^#* //' >"$work/heads.txt"
lost=
while IFS= read -r h; do
    grep -qxF "$h" "$work/heads.txt" || lost="$lost [$h]"
done <<'HEADS'
A complete example
Attachments
Checks and diagnostics
Command line
Dates and deadlines
Editing plans in VS Code
Figures computed from the data
First steps
HTML output
Header
How numbers are written
Inline references
Installing
Legal bases
Limits
Messages in Vietnamese
Old Vietnamese encodings
Plans in git: review and diff
Repository layout
Shared registries (include)
Starting from an existing plan (khgen import)
Tables in the body
Tasks
Templates
The body
The plan language
The two commands
The yearly cycle
Top-level keys
Units, levels, localities
What a plan may read
What is checked
Word document and PDF
khgen
HEADS
if [ -z "$lost" ]; then ok "D4 (guard) each of the old README's 34 sections is a heading of README.md or doc/*.md"
else not_ok "D4 sections of the old README found nowhere:$lost"; fi

# ---- D5: the man page of the plan language points to its reference -------------
if grep -q 'doc/language.md' "$top/man/khgen-plan.5" && grep -q 'doc/language.md' "$top/man/vi/khgen-plan.5"; then
    ok "D5 khgen-plan(5) (en, vi) names doc/language.md"
else not_ok "D5 khgen-plan(5): $(grep -n 'README' "$top/man/khgen-plan.5" | head -2)"; fi

# ---- D6: the first steps install the libraries first ---------------------------
first=$(awk '/^## First steps/{f=1;next} f&&/^## /{exit} f' "$readme")
deps_at=$(printf '%s\n' "$first" | grep -n 'make deps' | head -1 | cut -d: -f1)
inst_at=$(printf '%s\n' "$first" | grep -n 'make install' | head -1 | cut -d: -f1)
if [ -n "$deps_at" ] && [ -n "$inst_at" ] && [ "$deps_at" -lt "$inst_at" ] &&
    grep -qE '^deps:' "$top/Makefile"; then
    ok "D6 the first steps name make deps (line $deps_at) before make install (line $inst_at)"
else not_ok "D6 the first steps: make deps at '${deps_at:-none}', make install at '${inst_at:-none}'"; fi

# ---- D7: every option's full entry --------------------------------------------
{ "$khgen" --help
  for c in build check import new diff init explain convert; do "$khgen" "$c" --help; done
} 2>&1 | grep '^ *-' | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/opts.txt"
grep '^### ' "$top/doc/commands.md" 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/entries.txt"
missing=$(comm -23 "$work/opts.txt" "$work/entries.txt" | tr '\n' ' ')
if [ -s "$work/opts.txt" ] && [ -z "$missing" ]; then
    ok "D7 each of the helps' $(wc -l <"$work/opts.txt") long options has its entry in doc/commands.md"
else not_ok "D7 options with no entry (### heading) in doc/commands.md: $missing"; fi

# ---- D8: the default level, as init --help says it ------------------------------
help_en=$("$khgen" --lang en init --help 2>&1)
help_vi=$("$khgen" --lang vi init --help 2>&1)
mkdir -p "$work/lv"
lv() { (cd "$work/lv" && "$khgen" --lang en init --year "$1" "$2" -o "$3.yaml" 2>&1 | grep -o 'skeleton of a [^ ]* plan'); }
got="$(lv 2025 'Xã Tân Phú' a) / $(lv 2025 'Tân Phú' b) / $(lv 2026 'Tân Phú' c)"
case $help_en$help_vi in
*"huyen, the default"* | *"huyen, mặc định"*) said=old ;;
*"else xa (up to"*"nếu không"*"thì xa (đến năm 2025: huyen)"*) said=new ;;
*) said=none ;;
esac
if [ $said = new ] && [ "$got" = "skeleton of a xã plan / skeleton of a huyện plan / skeleton of a xã plan" ]; then
    ok "D8 init --help (en, vi) says the level NAME's kind names, else xa (huyen up to 2025), as init does"
else not_ok "D8 init --help: $said; skeletons: $got"; fi

# ---- D9: the places the explain texts name ----------------------------------------
for c in $("$khgen" --lang en explain 2>/dev/null | grep -o '^KH[0-9][0-9][0-9]'); do
    "$khgen" --lang en explain "$c" 2>&1 | tr '\n' ' ' | sed "s/^/$c: /"; echo
done >"$work/explain.txt"
python3 - "$top" "$work/explain.txt" >"$work/d9.out" <<'PY'
import os, re, sys
top, texts = sys.argv[1], open(sys.argv[2], encoding='utf-8').read().split('\n')
def heads(path):
    if not os.path.isfile(path):
        return None
    return {m.group(1).strip() for m in re.finditer(r'^#+ (.*)$', open(path, encoding='utf-8').read(), re.M)}
bad, named = [], 0
for ln in texts:
    code = ln[:5]
    for m in re.finditer(r'\b(README(?:\.md)?|doc/[a-z]+\.md)(?:, "([^"]+)"|\'s ([A-Z][A-Za-z ]*[a-z]))?', ln):
        f = m.group(1) if m.group(1) != 'README' else 'README.md'
        sect = m.group(2) or m.group(3)
        named += 1
        h = heads(os.path.join(top, f))
        if h is None:
            bad.append('%s: %s does not exist' % (code, f))
        elif sect and sect not in h:
            bad.append('%s: %s has no section "%s"' % (code, f, sect))
print('%d %s' % (named, '; '.join(bad)))
PY
read -r named bad <"$work/d9.out"
if [ "${named:-0}" -ge 4 ] && [ -z "${bad:-}" ]; then
    ok "D9 the $named places of the documentation the explain texts name are there"
else not_ok "D9 explain texts name places that are not there: ${bad:-} ($named named)"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
