#!/bin/sh
# tests/hardening/s38types.sh KHGEN WORKDIR - session 38's sweep of the plan
# language by the shape of its YAML tree (issue 8): every key path of the
# plans of plans/, README's example, the Yên Thế registry and the shipped
# catalog given every wrong kind of value (null, "", lists, mappings,
# numbers, yes/no, long texts, braces, control characters, anchors, tags,
# duplicate, deleted and misspelt keys, a section twice, a list for a
# mapping and back, 10,000 items; the script and its counts are in the
# session's report). No mutant crashed, ran slow or printed a value of the
# wrong kind without a message but one (HIGH), and one MEDIUM cascade:
#  H1  an assignment (a task's `assign:` entry) with neither 'indicators'
#      nor 'text' - `{unit: dc-nn}`, its indicators' line deleted in
#      binh-trung-2024.yaml - printed "... phụ trách Chỉ tiêu ." in the
#      prose and was left out of the assignment table, exit 0, no message;
#      a blank 'text' (`text: ""`, `~`, spaces) printed no line at all.
#      Now KH103 and KH107 (assignment_prints, parse_read.c). h1a-h1c fail
#      before; h1g is a guard.
#  H2  a list of 10,000 entries written on one line (`localities: [{...},
#      ...]`, one entry copied) took 5 s of CPU in `check` (1.25 s at 5,000,
#      0.33 s at 2,500): the loader's mark_byte counted every mark behind
#      its cursor again from the start of its line, now it steps back when
#      that is nearer (0.13 s). h2 fails before.
#  M1  a registry's list of the wrong kind - `units: [x, y]` (entries that
#      are texts), `units: {a: 1}`, `units: tckh`, `units: ~` - in the plan
#      or in a registry it includes gave its KH102/KH107 and then KH202 at
#      every use of every unit it held (30 errors for one slip in
#      yen-the's registry): the list counts as lost, as a misspelt
#      'units:' does (Plan.registry_lost), the one error alone. Cases m1a,
#      m1b, m1d, m1e fail before (each had KH202/KH203); m1c (`~`, already
#      one KH107) and m1f (an empty list defines no ids: its uses are still
#      an error, one at the list since s39types) are guards.
#  G   guards of the sweep: a sample of wrong kinds at keys of README's
#      example ends with status 1 and every message at file:line:col.
# About 15 runs of `khgen check`, under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

UNITS='units:
  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}'
LOCS='localities:
  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria_met: 17, target: ntm, target_year: 2024}
  - {id: tan-hiep, name: Tân Hiệp, kind: xã, criteria_met: 16, target: ntm, target_year: 2024}
  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}'

# one error, of code $2, and no unknown id after it
one_error() {
    bad=
    [ "$st" -eq 1 ] || bad=" [status $st]"
    n=$(grep -c ': error\[' "$work/$1.err")
    [ "$n" -eq 1 ] && grep -q "error\[$2\]" "$work/$1.err" ||
        bad="$bad [$n errors: $(grep ': error\[' "$work/$1.err" | head -3 | tr '\n' ' ')]"
}

mk m1a "$UNITS" 'units: [x, y]'
chk m1a
bad=
[ "$st" -eq 1 ] && [ "$(grep -c ': error\[' "$work/m1a.err")" -eq 2 ] &&
    [ "$(grep -c 'error\[KH102\]' "$work/m1a.err")" -eq 2 ] || bad=" [status $st: $(grep -c ': error\[' "$work/m1a.err") errors]"
verdict "m1a: 'units: [x, y]' is its two entries' KH102, no KH202 at each use of a unit (before: and 3 KH202)"
mk m1b "$UNITS" 'units: {a: 1}'
chk m1b
one_error m1b KH102
verdict "m1b: 'units: {a: 1}' is one KH102, no KH202 (before: and 3 KH202)"
mk m1c "$UNITS" 'units: ~'
chk m1c
one_error m1c KH107
verdict "m1c guard: 'units: ~' is one KH107, no KH202"
mk m1d "$LOCS" 'localities: dong-huu'
chk m1d
one_error m1d KH102
verdict "m1d: 'localities: dong-huu' is one KH102, no KH203 at each {loc} (before: and unknown localities)"

# m1e: the same slip in a registry the plan includes
mkdir -p "$P/reg"
printf 'units: [vpdp, tckh]\n' >"$P/reg/r.yaml"
mk m1e "$UNITS" 'include: [reg/r.yaml]'
chk m1e
bad=
[ "$st" -eq 1 ] || bad=" [status $st]"
! grep -q 'KH202' "$work/m1e.err" || bad="$bad [KH202: $(grep -c KH202 "$work/m1e.err")]"
grep -q "r\.yaml:1:9: error\[KH102\]" "$work/m1e.err" || bad="$bad [no KH102 at r.yaml:1:9: $(head -1 "$work/m1e.err")]"
verdict "m1e: a registry's 'units: [vpdp, tckh]' is KH102 at its entries, not KH202 at each use in the plan"

mk m1f "$UNITS" 'units: []'
chk m1f
bad=
[ "$st" -eq 1 ] && grep -q 'error\[KH202\]: the plan has no unit' "$work/m1f.err" || bad=" [status $st: $(head -1 "$work/m1f.err")]"
verdict "m1f guard: 'units: []' defines no unit: its uses are still an error (KH202, one at the list since s39types)"

# ---- H1: an assignment that prints no line -----------------------------------
LEAD='            lead: tckh\n'
for c in 'h1a|assign: [{unit: tckh}]|KH103' 'h1b|assign: [{unit: tckh, text: ""}]|KH107' \
    'h1c|assign: [{unit: tckh, indicators: [17.1], text: "  "}]|KH107'; do
    n=${c%%|*}
    r=${c#*|}
    mk $n "$LEAD" "$LEAD            ${r%|*}\n"
    md $n
    bad=
    [ "$st" -eq 1 ] && grep -q "error\[${r##*|}\]" "$work/$n.err" ||
        bad=" [status $st: $(grep -c 'phụ trách Chỉ tiêu \.' "$work/$n.md" 2>/dev/null) bare lines; $(head -1 "$work/$n.err")]"
    verdict "$n: '${r%|*}' is ${r##*|} (before: exit 0, printed '... phụ trách Chỉ tiêu .' or nothing, and the unit left out of the tables)"
done
mk h1g "$LEAD" "$LEAD            assign: [{unit: tckh, indicators: [17.1]}, {unit: vpdp, text: VPĐP theo dõi chung}]\n"
md h1g
bad=
[ "$st" -eq 0 ] && grep -q 'Phòng Tài chính - Kế hoạch phụ trách Chỉ tiêu 17\.1\.' "$work/h1g.md" &&
    grep -q 'VPĐP theo dõi chung' "$work/h1g.md" || bad=" [status $st: $(head -1 "$work/h1g.err")]"
verdict "h1 guard: an assignment with indicators, and one with its text, print their lines"

# ---- H2: 10,000 entries on one line ----------------------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/h2.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
e = '{id: dong-huu, name: Đồng Hưu, kind: xã, criteria_met: 17, target: ntm, target_year: 2024}'
a = s.index('localities:\n')
b = s.index('\n\n', a)
s = s[:a] + 'localities: [' + ', '.join([e] * 10000) + ']' + s[b:]
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
timed_case "h2: 10,000 localities written on one line (10,000 KH200) check in linear time (before: 5 s, each mark behind the loader's cursor counted again from the line's start)" \
    "$khgen" check "$P/h2.yaml"

# ---- G: a sample of the sweep ------------------------------------------------
bad=
i=0
for edit in 'number: ""|number: [x, y]' 'date: 2024-01 |date: {a: 1} ' 'place: Yên Thế|place: [a]' \
    'due: 2024-Q1|due: [2024-Q1]' 'lead: tckh|lead: {a: 1}' 'criteria_met: 17|criteria_met: 1e300' \
    'target_year: 2024}|target_year: 99999999999999999999}' 'preset: locality-targets|preset: [a]' \
    'show: [lead, due]|show: {lead: 1}' 'khgen: 1 |khgen: true '; do
    i=$((i + 1))
    mk g$i "${edit%%|*}" "${edit#*|}"
    chk g$i
    nl=$(grep -c ': \(error\|warning\)\[' "$work/g$i.err")
    noloc=$(grep ': \(error\|warning\)\[' "$work/g$i.err" | grep -vc '^[^ :]*\.yaml:[0-9]*:[0-9]*: ')
    [ "$st" -eq 1 ] && [ "$nl" -ge 1 ] && [ "$nl" -le 3 ] && [ "$noloc" -eq 0 ] ||
        bad="$bad [${edit#*|}: status $st, $nl messages, $noloc without line:col]"
done
verdict "G guard: ten wrong kinds at keys of README's example: status 1, one to three messages, each at file:line:col"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
