#!/bin/sh
# tests/hardening/s40types.sh KHGEN WORKDIR - session 40's round of the plan
# language's cascades and wrong kinds (issue 8: "one mistake, one clear
# message; never a silently wrong document"): what session 39's s39types
# left, then what a black-box round of the YAML kinds nobody had tried
# found (a merge key '<<:', tags '!!str', '!!binary', '!custom', anchors on
# collections, multi-document files, at every key path of plans/, README's
# example and the e2e plans; reproducers in /tmp/s40types/ of that
# session). Each case fails at main ff71a1cc unless named a guard:
#  D   a key written twice (KH008): the loader read the first value and
#      dropped the second without the parser knowing, so what only the
#      second held came back as other messages: an `items:` left with one
#      entry above a second `items:` holding the rest (binh-trung) gave
#      KH008 + 20 KH250 + 2 KH251 + KH616 (d1); a `units:` line copied
#      into the middle of the list 33 errors in 28 messages, a KH202 at
#      each use of a unit below it (d2). Two lists are now read as one (load_dup.c;
#      KH008 says so); any other dropped value (`items: dup` above the
#      list, d3) holds back "never used" and KH616, which a misspelt
#      `leed:` also echoed (d4: KH101 + KH616).
#  I   a plan without a criteria catalog (`import: []`, the import line
#      deleted) that uses one gave 44 errors: KH401 at every {crit},
#      {crit-name} and criteria list, and KH613 at the preset's rows in
#      templates/presets/ (i1, i2). Now one KH401, at the empty list or at
#      the first use, counting the uses; no "no rows" (KH618) for the
#      table of criteria either. i3 is a guard (`import:` null: KH107).
#  W   KH203 for an emptied `localities: []` whose only uses are figures
#      printed "and 1 uses name one ()"; now "1 figure reads them" (w1),
#      and a named use "1 use names one ('x')" (w2).
#  R   a level's id broken in yen-the's registry (`id: [ntm]`, `id: ""`,
#      `id: true`, the id deleted) gave its one error and 13 KH204, one at
#      each use of the level in the plan, folded to one message printed
#      first (the plan's file sorts first) that said "define it under
#      'levels:'", nothing of the cause: it now names the entry without a
#      usable id, file and line, as the one the uses may mean (r1-r4;
#      since session 41, s41msg, the entry's error is the one message: the
#      one unknown id near no other is that entry's, a second one is still
#      reported, naming the entry); r5
#      is a guard (a renamed id `ntmx`: "did you mean 'ntmx'?"); r6 a
#      guard of issue 8's crash (an empty attachment id and an unknown
#      {att}: no crash).
#      A unit's `id: true` gave its KH124, the KH202 at the use and also
#      "unit 'true' is defined but never used" (KH250): no "never used"
#      while an id is broken (r7).
#  M   a merge key, YAML 1.1's '<<:' (`{id: tckh, <<: {name: ...}}`, a
#      block mapping under '<<:' in a task, a list of mappings), written
#      inline where the plan language has no such key: KH101 "unknown key
#      '<<'" and then a message for each key it held as missing, "a unit
#      has no 'name'" (KH103), "a column has no key" (KH601), "a body entry
#      of no kind" (KH105): one to six messages, more than one for 67 of
#      the round's 136 such mutants. Now one KH007 at the '<<' (the anchors' and aliases'
#      code), its keys read as the mapping's own (load_merge.c), so the
#      plan checks as meant (m1-m3); a '<<' holding no mapping is KH007
#      alone too, naming the merge key (m4; before: KH101, 'unknown key').
#  H   the header's (or the signature's) fields at the left margin below
#      an empty `header:` (the block's indentation lost) gave KH107 and a
#      KH101 "unknown key in the plan" for each field: 8 messages for
#      README's example; now one KH107 naming the fields, which are read
#      as the header's (h1, h2). A misspelt 'isuer:' or 'dat:' in the
#      header gave its KH101 and also "the header has no 'issuer'"
#      (KH103), as 'plac:' and 'titel:' did not: one message (h3, h4). A
#      header none of whose keys is known (`header: {a: 1}`) gave its
#      KH101, four KH103 "the header has no ..." and KH254: one message
#      (h5; yread_misspelt counts every key lacking from such a mapping as
#      told by its unknown keys).
#  P   an attachment's `preset:` of the wrong kind (`{a: 1}`, `[x, y]`)
#      gave its KH600 and then KH602 "no rows" and a KH606 for each column
#      it would have given (5 messages in binh-trung), where an unknown
#      preset's name is one message (KH603): one KH600 (p1, p2). A `part:`
#      left empty (`part: ~`) printed a bare "Phần thứ nhất" over no title,
#      exit 0, no message, where a section, a clause or a point left so is
#      KH117: KH117 too (p3); a section's title of the wrong kind
#      (`section: {a: 1}`) gave its KH102 and KH117 "a bare number": the
#      KH102 alone, as "never used" waits while a value is dropped (p4).
# About 40 runs of `khgen check`, a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"

chk() {
    "$khgen" check "$P/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
# count CODE NAME: how many messages of CODE; msgs NAME: how many messages
count() { grep -c "\[$1\]" "$work/$2.err"; }
msgs() { grep -c '^[^ ].*: \(error\|warning\)\[KH' "$work/$1.err"; }
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
}
# one NAME CODE: status 1 and exactly one message, of CODE
one() {
    [ "$st" -eq 1 ] || bad="$bad [status $st]"
    [ "$(msgs "$1")" -eq 1 ] && [ "$(count "$2" "$1")" -eq 1 ] ||
        bad="$bad [$(msgs "$1") messages: $(grep '^[^ ].*\[KH' "$work/$1.err" | cut -c1-160 | head -4 | tr '\n' ' ')]"
}

# ---- D: a key written twice --------------------------------------------------
mkplan d1 binh-trung-2024 '^(          - subclause: Mục tiêu chung\n            items:\n).*?\n          - subclause: Mục tiêu cụ thể\n' \
    '\1              - subclause: Mục tiêu cụ thể\n'
chk d1
bad=
one d1 KH008
grep -q "d1.yaml:132:13: error\[KH008\]: duplicate key 'items' in this mapping: its list is read as the rest of the first one" \
    "$work/d1.err" || bad="$bad [KH008 does not say the lists are read as one]"
verdict "d1: an 'items:' left with one entry above a second 'items:' holding the rest: KH008 alone, the two lists read as one (before: KH008 + 20 KH250 + 2 KH251 + KH616)"

mkplan d2 binh-trung-2024 '^(  - \{id: thon, )' 'units:\n\1'
chk d2
bad=
one d2 KH008
verdict "d2: a 'units:' line copied into the middle of the list: KH008 alone (before: 33 errors, a KH202 at each use of a unit below it)"

mkplan d3 binh-trung-2024 '^(          - subclause: Mục tiêu chung\n            items:)\n.*?\n          - subclause: Mục tiêu cụ thể\n' \
    '\1 dup\n'
chk d3
bad=
for c in KH250 KH251 KH616; do
    [ "$(count $c d3)" -eq 0 ] || bad="$bad [$(count $c d3) $c]"
done
[ "$(count KH008 d3)" -eq 1 ] && [ "$(msgs d3)" -le 2 ] || bad="$bad [$(msgs d3) messages]"
verdict "d3: 'items: dup' above the heading's list (the first value read, the list dropped): KH008 and the kind's KH102, no 'never used' or KH616"

mkplan d4 binh-trung-2024 '^(                    criteria: \[1\]\n                    )lead: dc' '\1leed: dc'
chk d4
bad=
one d4 KH101
verdict "d4: a misspelt 'leed:' on the one task leading criterion 1: KH101 alone (before: KH101 + KH616)"

# ---- I: a plan without its criteria catalog ----------------------------------
mkplan i1 binh-trung-2024 '^import: \[qd318-xa-ntm\]' 'import: []'
chk i1
bad=
one i1 KH401
grep -q "i1.yaml:10:9: error\[KH401\]: the plan imports no criteria catalog (its 'import:' list is empty), and 78 uses of criteria need one: add 'import: \[qd318-xa-ntm\]'" \
    "$work/i1.err" || bad="$bad [$(head -1 "$work/i1.err" | cut -c1-200)]"
verdict "i1: 'import: []' in binh-trung: one KH401 at the list counting 78 uses (before: 44 errors, KH401 at each {crit} and KH613 at the preset)"

mkplan i2 binh-trung-2024 '^import: \[qd318-xa-ntm\]\n' ''
chk i2
bad=
one i2 KH401
grep -q "i2.yaml:73:16: error\[KH401\]: criteria need a criteria catalog, and the plan imports none (it has no 'import:'): 78 uses, the first here" \
    "$work/i2.err" || bad="$bad [$(head -1 "$work/i2.err" | cut -c1-200)]"
verdict "i2: the import line deleted: one KH401 at the first use, counting the uses (before: 44 errors)"

mkplan i3 binh-trung-2024 '^import: \[qd318-xa-ntm\]' 'import:'
chk i3
bad=
one i3 KH107
verdict "i3 guard: 'import:' left null is its KH107 alone"

# ---- W: KH203's wording ------------------------------------------------------
cat >"$P/w1.yaml" <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ A]
  place: A
  date: 2024-01-15
  title: Thực hiện thử
units:
  - {id: vp, name: Văn phòng}
localities: []
body:
  - section: MỤC TIÊU
    items:
      - para: "Có {count localities data.q>=1} xã, {count localities} thôn."
      - task: Việc
        lead: vp
EOF
chk w1
bad=
grep -q "w1.yaml:9:13: error\[KH203\]: the plan has no locality (its 'localities:' list is empty or missing), and 2 figures read them: define them" \
    "$work/w1.err" || bad=" [$(grep KH203 "$work/w1.err" | cut -c1-200)]"
verdict "w1: 'localities: []' whose only uses are two figures: 'and 2 figures read them' (before: 'and 2 uses name one ()')"

sed 's/ thôn\."/ thôn, {loc x}."/' "$P/w1.yaml" >"$P/w2.yaml"
chk w2
bad=
grep -q "and 1 use names one ('x') and 2 figures read them: define them" "$work/w2.err" ||
    bad=" [$(grep KH203 "$work/w2.err" | cut -c1-200)]"
verdict "w2: one named use and two figures: '1 use names one ('x') and 2 figures read them' (before: '3 uses name one ('x')')"

# ---- R: a registry entry's id broken ------------------------------------------
cp "$top/plans/yen-the-2024.yaml" "$P/"
n=0
for id in '[ntm]' '""' 'true' ''; do
    n=$((n + 1))
    rm -rf "$P/yen-the"
    cp -r "$top/plans/yen-the" "$P/"
    if [ -n "$id" ]; then
        sed -i "s/^  - {id: ntm, name: nông thôn mới}/  - {id: $id, name: nông thôn mới}/" "$P/yen-the/registry.yaml"
    else
        sed -i "s/^  - {id: ntm, name: nông thôn mới}/  - {name: nông thôn mới}/" "$P/yen-the/registry.yaml"
    fi
    grep -q 'nông thôn mới}$' "$P/yen-the/registry.yaml" || echo "r$n: the registry line moved" >&2
    "$khgen" check "$P/yen-the-2024.yaml" >/dev/null 2>"$work/r$n.err"
    st=$?
    bad=
    # since s41msg the entry's own error is the one message: the uses of
    # the one unknown id near no other are that entry's (plan.c)
    [ "$st" -eq 1 ] && [ "$(msgs r$n)" -eq 1 ] && grep -q '^[^ ]*yen-the/registry.yaml:20:' "$work/r$n.err" &&
        ! grep -q 'KH204' "$work/r$n.err" ||
        bad=" [status $st, $(msgs r$n) messages: $(head -1 "$work/r$n.err" | cut -c1-200)]"
    verdict "r$n: yen-the's level 'ntm' with its id ${id:-deleted}: one message, the entry's at the registry's line 20, no KH204 at the uses (before: 13, 'define it under levels:')"
done

rm -rf "$P/yen-the"
cp -r "$top/plans/yen-the" "$P/"
sed -i "s/^  - {id: ntm, name: nông thôn mới}/  - {id: ntmx, name: nông thôn mới}/" "$P/yen-the/registry.yaml"
"$khgen" check "$P/yen-the-2024.yaml" >/dev/null 2>"$work/r5.err"
st=$?
bad=
# (s43msg: 'ntm' used at 12 places and 'ntmx' at none is one KH204 at the
# renamed entry, naming the uses, not one at each use)
[ "$st" -eq 1 ] && head -1 "$work/r5.err" | grep -q "registry.yaml:20:10: error\[KH204\]: the level 'ntmx' is used nowhere, while 'ntm', which no entry defines, is used at" ||
    bad=" [status $st: $(head -1 "$work/r5.err" | cut -c1-160)]"
verdict "r5 guard: the level's id renamed 'ntmx' (a valid id): the first message names it"

mkplan r7 binh-trung-2024 '^  - \{id: bql, ' '  - {id: true, '
chk r7
bad=
[ "$st" -eq 1 ] && [ "$(count KH250 r7)" -eq 0 ] && [ "$(count KH124 r7)" -eq 1 ] ||
    bad=" [status $st, $(count KH250 r7) KH250, $(count KH124 r7) KH124]"
verdict "r7: binh-trung's unit 'bql' with 'id: true': KH124 and the use's KH202, no 'unit true never used' (before: KH250 too)"

cat >"$P/r6.yaml" <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ A]
  place: A
  date: 2024-01-15
  title: Thực hiện thử
units:
  - {id: vp, name: Văn phòng}
body:
  - para: "Chi tiết theo {att zzz}."
  - task: Việc
    lead: vp
attachments:
  - {id: "", label: Biểu 01, title: T, columns: [{key: a, header: A}], rows: [[x]]}
EOF
chk r6
bad=
[ "$st" -eq 1 ] || bad=" [status $st: $(head -3 "$work/r6.err")]"
verdict "r6 guard: an empty attachment id and an unknown {att zzz} (issue 8's crash through the suggestion): status 1"

# ---- M: a merge key '<<:' ------------------------------------------------------
readme_example "$work/ex.yaml"
mkex() { # NAME OLD NEW: README's example with OLD (a Python regex) replaced once
    /usr/bin/python3 - "$work/ex.yaml" "$P/$1.yaml" "$2" "$3" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
t, n = re.subn(sys.argv[3], sys.argv[4], s, count=1, flags=re.M)
if n != 1:
    sys.exit('mkex: %r not in the example' % sys.argv[3])
open(sys.argv[2], 'w', encoding='utf-8').write(t)
PY
}
mkex m1 '^  - \{id: tckh, name: (.*)\}$' '  - {id: tckh, <<: {name: \1}}'
mkex m2 '^            lead: tckh$' '            <<:\n              lead: tckh'
mkex m3 '^          - \{key: lead, header: Chủ trì\}$' '          - <<: [{key: lead}, {header: Chủ trì}]'
mkex m4 '^  - \{id: tckh, name: (.*)\}$' '  - {id: tckh, name: \1, <<: x}'
for c in m1:a_unit m2:a_task m3:a_column,_a_list_of_mappings m4:a_unit,_no_mapping; do
    what=$(echo "${c#*:}" | tr _ ' ')
    c=${c%%:*}
    chk $c
    bad=
    one $c KH007
    grep -q "error\[KH007\]: merge keys ('<<') are not part of the plan language" "$work/$c.err" ||
        bad="$bad [not the merge key's KH007]"
    verdict "$c: a merge key '<<:' in $what: one KH007 at the '<<' and nothing else (before: KH101 and a message for each key it held)"
done

# ---- H: the header's fields at the margin, misspelt --------------------------------
/usr/bin/python3 - "$work/ex.yaml" "$P/h1.yaml" "$P/h2.yaml" <<'PY'
import sys
t = open(sys.argv[1], encoding='utf-8').read()
a, b = t.index('header:\n'), t.index('\nbases:')
lines = t[a:b].split('\n')
h1 = t[:a] + '\n'.join([lines[0]] + [l[2:] for l in lines[1:]]) + t[b:]
open(sys.argv[2], 'w', encoding='utf-8').write(h1)
h2 = t.replace('signature:\n  lines:', 'signature:\nlines:').replace('\n  name: Nguyễn Văn A', '\nname: Nguyễn Văn A')
open(sys.argv[3], 'w', encoding='utf-8').write(h2)
PY
chk h1
bad=
one h1 KH107
grep -q "h1.yaml:5:1: error\[KH107\]: 'header' is empty, and the 7 lines below it are its keys at the left margin: indent them under 'header:'" \
    "$work/h1.err" || bad="$bad [$(head -1 "$work/h1.err" | cut -c1-160)]"
verdict "h1: the header's seven fields at the left margin under an empty 'header:': one KH107 naming them (before: KH107 + 7 KH101)"
chk h2
bad=
one h2 KH107
verdict "h2: the signature's two fields at the left margin: one KH107 (before: KH107 + 2 KH101)"
mkex h3 '^  issuer: ' '  isuer: '
chk h3
bad=
one h3 KH101
verdict "h3: 'isuer:' in the header: its KH101 alone (before: KH101 + KH103 'the header has no issuer')"
mkex h4 '^  date: ' '  dat: '
chk h4
bad=
one h4 KH101
verdict "h4: 'dat:' in the header: its KH101 alone (before: KH101 + KH103 'the header has no date')"
mkplan h5 binh-trung-2024 '^header:\n(  [^\n]*\n)+' 'header: {a: 1}\n'
chk h5
bad=
one h5 KH101
verdict "h5: binh-trung's 'header: {a: 1}' (no key of it known): its KH101 alone (before: KH101 + 4 KH103 + KH254)"

# ---- P: a preset of the wrong kind, an empty part ---------------------------------
n=0
for v in '{a: 1}' '[x, y]'; do
    n=$((n + 1))
    mkplan p$n binh-trung-2024 '^    preset: criteria-assignments$' "    preset: $v"
    chk p$n
    bad=
    one p$n KH600
    verdict "p$n: binh-trung's Biểu 01 with 'preset: $v': its KH600 alone (before: KH600 + KH602 + 3 KH606)"
done
cp "$top/tests/e2e/plans/tam-duong-2025.yaml" "$P/p3src.yaml"
/usr/bin/python3 - "$P/p3src.yaml" "$P/p3.yaml" <<'PY'
import sys
t = open(sys.argv[1], encoding='utf-8').read()
old = '  - part: MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU\n'
assert old in t
open(sys.argv[2], 'w', encoding='utf-8').write(t.replace(old, '  - part: ~\n', 1))
PY
chk p3
bad=
[ "$st" -eq 0 ] && grep -q "warning\[KH117\]: this 'part' has no title: it prints a bare 'Phần thứ nhất' line" "$work/p3.err" ||
    bad=" [status $st: $(head -1 "$work/p3.err" | cut -c1-160)]"
verdict "p3: 'part: ~' in tam-duong: KH117 at the part (before: a bare 'Phần thứ nhất', exit 0, no message)"
mkplan p4 binh-trung-2024 '^  - section: MỤC ĐÍCH, YÊU CẦU$' '  - section: {a: 1}'
chk p4
bad=
one p4 KH102
verdict "p4: binh-trung's first 'section: {a: 1}': its KH102 alone (before: KH102 + KH117)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
