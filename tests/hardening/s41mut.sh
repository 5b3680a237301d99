#!/bin/sh
# tests/hardening/s41mut.sh KHGEN WORKDIR - the cases session 41's mutation
# sweep (tools/mutants.py over session 40's new code: telex_text.c,
# yread_meant.c, load_dup.c, load_merge.c, load_excerpt.c,
# figures_holders.c, diff_printed.c, and the functions it changed in
# import_damaged.c, md_autolink.c, textref.c, load_office.c, diff_match.c
# and yread.c) found missing: each kills a mutant that every suite of its
# file let survive, and passes at main 654cfcd1 and after (the code was
# right; a later change that breaks the behaviour would have passed every
# test), unless its verdict names a fix. The mutant each case kills is
# named in its verdict by its id in that file at 654cfcd1 (`python3
# tools/mutants.py list src/FILE.c`, with `--since ff71a1cc` for the
# changed files); each case was run with that mutant's binary
# (`tools/mutants.py build ... --only ID`) and failed. The plans are
# README's example with an edit. A few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..."  and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
PY=/usr/bin/python3
P=$work/p
readme_base

# chk NAME: `khgen check` of $P/NAME.yaml, stderr in $work/NAME.err, $st
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

# ---- load_dup.c: which value of a key written twice is read ------------------
# 'units: x' above a 'units:' list: the first value is no list, so the two
# are not read as one; KH008 says to delete one, not that the list is the
# rest of the first (load_dup-017: a second list alone taken for two)
edited d1 'units:
' 'units: x
units:
'
chk d1
bad=
grep -q "d1\.yaml:24:1: error\[KH008\]: duplicate key 'units' in this mapping: delete one of the two" "$work/d1.err" ||
    bad="$bad [$(grep KH008 "$work/d1.err")]"
verdict "load_dup: 'units: x' above a 'units:' list is KH008 'delete one', no lists joined (load_dup-017)"

# a task's 'lead: vpdp' above its 'lead: tckh': the first is read, the
# second dropped; tckh, named only there, is not "never used" (KH250) while
# a value is dropped (load_dup-024: one drop not counted)
edited d2 '            lead: tckh
' '            lead: vpdp
            lead: tckh
'
chk d2
bad=
[ "$(count KH008 d2)" -eq 1 ] || bad="$bad [no KH008]"
[ "$(count KH250 d2)" -eq 0 ] || bad="$bad [$(grep KH250 "$work/d2.err")]"
verdict "load_dup: one value dropped (a task's lead written twice) holds back 'never used' for the unit only it named (load_dup-024)"

# ---- load_excerpt.c: a key quoted in KH008, cut at 60 bytes ------------------
# a key of 60 bytes is quoted whole (load_excerpt-006: cut at 60 too, with
# "..."), one of 61 as its 60 and "...", one of 59 letters and a 'ệ' (62
# bytes) as the 59 letters and "...", not inside the character
k59=kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
edited e1 'units:
' "${k59}k: 1
${k59}k: 2
${k59}kk: 1
${k59}kk: 2
${k59}ệ: 1
${k59}ệ: 2
units:
"
chk e1
bad=
for want in "24:1: error\[KH008\]: duplicate key '${k59}k' in" "26:1: error\[KH008\]: duplicate key '${k59}k\.\.\.' in" \
    "28:1: error\[KH008\]: duplicate key '${k59}\.\.\.' in"; do
    grep -q "e1\.yaml:$want" "$work/e1.err" || bad="$bad [no '$want']"
done
verdict "load_excerpt: a key of 60 bytes quoted whole, of 61 cut to 60 and '...', cut before a character it would split (load_excerpt-006)"

# ---- load_merge.c: YAML's merge key '<<:' read once (KH007) -----------------
# a unit's '<<' holding two keys (name and short): both read as the unit's,
# one KH007 (load_merge-033: no room counted for a mapping's keys, the
# second written over the id's value: KH102 and KH202 'unknown unit tckh')
edited m1 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' \
    '  - {id: tckh, <<: {name: Phòng Tài chính - Kế hoạch, short: TCKH}}'
# a unit whose first value is a plain '<<' (its short name): a value, no
# merge key (load_merge-054: the loop ran one past the keys, onto the
# first value, and read it as a '<<' holding no mapping)
edited m2 '  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}' \
    '  - {short: <<, id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, <<: {}}'
bad=
for m in m1:25:16 m2:24:74; do
    chk "${m%%:*}"
    [ "$(msgs "${m%%:*}")" -eq 1 ] && grep -q "${m%%:*}\.yaml:${m#*:}: error\[KH007\]: merge keys ('<<') are not part of the plan language: its keys are read" "$work/${m%%:*}.err" ||
        bad="$bad [${m%%:*}: $(grep '^[^ ].*\[KH' "$work/${m%%:*}.err" | cut -c1-140 | tr '\n' ' ')]"
done
verdict "load_merge: a '<<' of two keys, a plain '<<' value before one: one KH007 each, the unit read whole (load_merge-033, -054)"

