#!/bin/sh
# tests/hardening/s46attack.sh KHGEN WORKDIR - what session 46's outsider
# attacks found that earlier rounds had missed (issue 8; reproducers in
# /tmp/s46attack/ of that session). Each case fails at 87c2fa81 (session
# 45's stop) unless it is named a guard:
#  Y1  a Cyrillic letter in a lone word of plain letters written as a
#      name or a text ("name: cаo", a unit's `short: vpdpр`, a Biểu's
#      `label: bieuо1`): the word looked like an id and was left to the
#      messages about ids, but nothing reads a name as an id, so every
#      format printed it with exit 0 and no word (s45attack's leftover);
#      now KH020 at the letter when the value's key is one of text
#      (yread_worded_key, the list KH180 reads too).
#  Y1g (guard) the same letter in an id, where it is defined or used,
#      keeps its one KH109/KH202 and no KH020.
#  M1-M5 one slip, one message (msgcount.py's 43 slips of two or more
#      messages at 87c2fa81, seed 43): M1 'items:' misspelt under a
#      section ('itms:'): KH101 and KH116 "nothing under it", now KH101
#      alone; M2 a section's line pasted twice: KH116 and KH128, now
#      KH116 with the repeated line as its note; M3 a column's line
#      pasted twice: KH608 and KH128, now KH608 with the note; M4 a
#      recipient's line pasted twice: KH168 and KH128, now KH168 with the
#      note; M5 a registry entry's '- id:' line pasted twice (a locality,
#      a unit, a level): KH103 "has no 'name'" and KH200, now one KH200
#      at the id alone, as attachments have had since s45slip.
#  U1  the replacement character U+FFFD in a value ("Danh s�ch", a
#      letter lost when a file was read in another encoding or copied from
#      a damaged document): every format printed it, exit 0, no word; now
#      KH020 at it, once a run, not in a comment.
#  U2  a noncharacter outside U+FFFE/U+FFFF (U+FDD0, U+1FFFE, U+10FFFF) in
#      the file: let through and printed (a box) while U+FFFE was KH004;
#      now KH004 for each of Unicode's 66 (unispace_noncharacter).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
readme_base

# ---- Y1: a Cyrillic letter in a lone word of a name --------------------------------------
bad=
example_edit 'name: Phòng Tài chính - Kế hoạch}' 'name: c\u0430o}' "$work/p/y1a.yaml"
example_edit 'name: Tân Hiệp,' 'name: "t\u0430n",' "$work/p/y1b.yaml"
example_edit 'short: VPĐP NTM}' 'short: vpdp\u0440}' "$work/p/y1c.yaml"
example_edit 'label: Biểu 01' 'label: bieu\u043e1' "$work/p/y1d.yaml"
example_edit 'name: nông thôn mới}' 'name: n\u043eng}' "$work/p/y1e.yaml"
for c in "y1a 25:23 'cаo' U+0430" "y1b 33:28 'tаn' U+0430" "y1c 24:74 'vpdpр' U+0440" \
    "y1d 71:16 'bieuо1' U+043E" "y1e 28:22 'nоng' U+043E"; do
    set -- $c
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
    grep -qF "$1.yaml:$2: warning[KH020]: $3 holds $4, a letter of another alphabet" "$work/$1.err" &&
        [ "$(grep -c '^[^ ].*\[KH' "$work/$1.err")" = 1 ] && [ "$st" = 0 ] ||
        bad="$bad [$1: $st $(grep -v '^ ' "$work/$1.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "Y1 a Cyrillic letter in a lone plain word written as a name, a short name, a label: KH020 at it, one message"
else
    not_ok "Y1:$bad"
fi

# ---- Y1g: ids keep their own message -----------------------------------------------------
bad=
example_edit 'lead: tckh' 'lead: t\u0441kh' "$work/p/y1g1.yaml"
example_edit '{id: tckh, name' '{id: t\u0441kh, name' "$work/p/y1g2.yaml"
example_edit 'target: ntm, target_year: 2024}' 'target: nt\u043c, target_year: 2024}' "$work/p/y1g3.yaml"
for g in "y1g1 KH202" "y1g2 KH109" "y1g3 KH20"; do
    set -- $g
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    grep -Eq "error\[$2[0-9]?\]: .*U\+04" "$work/$1.err" && ! grep -q 'KH020' "$work/$1.err" ||
        bad="$bad [$1: $(grep -v '^ ' "$work/$1.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "Y1g (guard) an id with a Cyrillic letter, defined or used: its own KH109/KH20x, no KH020"
else
    not_ok "Y1g:$bad"
fi

# ---- M1-M5: one slip, one message -------------------------------------------------------
# one_msg CASE WANT: CASE's check gives exactly one message, and it matches WANT
# (a grep -E pattern over its lines, notes included)
one_msg() {
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    [ "$(grep -c '^[^ ].*\[KH' "$work/$1.err")" = 1 ] && grep -Eq "$2" "$work/$1.err"
}
bad=
example_edit '    items:\n      - clause: Cấp xã' '    itms:\n      - clause: Cấp xã' "$work/p/m1.yaml"
one_msg m1 "m1.yaml:38:5: error\[KH101\]: unknown key 'itms'" || bad="$bad [m1: $(grep -v '^ ' "$work/m1.err" | head -c 300)]"
example_edit '  - section: MỤC TIÊU\n' '  - section: MỤC TIÊU, NHIỆM VỤ NĂM {year}\n  - section: MỤC TIÊU, NHIỆM VỤ NĂM {year}\n' "$work/p/m2.yaml"
one_msg m2 "m2.yaml:38:5: note: line 38 repeats line 37" || bad="$bad [m2: $(grep -v '^ ' "$work/m2.err" | head -c 300)]"
example_edit '          - {key: lead, header: Chủ trì}\n' '          - {key: lead, header: Đơn vị chủ trì thực hiện}\n          - {key: lead, header: Đơn vị chủ trì thực hiện}\n' "$work/p/m3.yaml"
one_msg m3 "m3.yaml:59:.*note: line 59 repeats line 58" && grep -q 'error\[KH608\]' "$work/m3.err" ||
    bad="$bad [m3: $(grep -v '^ ' "$work/m3.err" | head -c 300)]"
example_edit 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:\n  - UBND tỉnh\n  - Các phòng, ban, ngành thuộc UBND huyện\n  - Các phòng, ban, ngành thuộc UBND huyện\n  - "Lưu: VT"' "$work/p/m4.yaml"
one_msg m4 "m4.yaml:67:.*note: line 67 repeats line 66" && grep -q 'warning\[KH168\]' "$work/m4.err" ||
    bad="$bad [m4: $(grep -v '^ ' "$work/m4.err" | head -c 300)]"
example_edit '  - {id: tan-hiep, name: Tân Hiệp, kind: xã, criteria_met: 16, target: ntm, target_year: 2024}' \
    '  - id: tan-hiep\n  - id: tan-hiep\n    name: Tân Hiệp\n    kind: xã\n    criteria_met: 16\n    target: ntm\n    target_year: 2024' "$work/p/m5.yaml"
one_msg m5 "m5.yaml:33:5: error\[KH200\]: the line '- id: tan-hiep' is written twice \(here and at line 34\): this one is a locality" ||
    bad="$bad [m5: $(grep -v '^ ' "$work/m5.err" | head -c 300)]"
example_edit '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - id: tckh\n  - id: tckh\n    name: Phòng Tài chính - Kế hoạch' "$work/p/m5b.yaml"
one_msg m5b "m5b.yaml:25:5: error\[KH200\]: .* this one is a unit of its id alone" ||
    bad="$bad [m5b: $(grep -v '^ ' "$work/m5b.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M1-M5 'itms:' misspelt; a section's, a column's, a recipient's line pasted twice; a registry's '- id:' line pasted twice: one message each"
else
    not_ok "M1-M5:$bad"
fi

# ---- U1: U+FFFD, a letter lost before the plan was written -------------------------------
bad=
example_edit 'title: Danh sách xã' 'title: Danh s\ufffd\ufffdch xã' "$work/p/u1a.yaml"
example_edit 'name: Nguyễn Văn A' 'name: Nguy\ufffdn Văn A  # \ufffd' "$work/p/u1b.yaml"
for c in "u1a 72:18" "u1b 67:13"; do
    set -- $c
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
    [ "$st" = 0 ] && [ "$(grep -c '^[^ ].*\[KH' "$work/$1.err")" = 1 ] &&
        grep -q "$1.yaml:$2: warning\[KH020\]: U+FFFD, the replacement character" "$work/$1.err" ||
        bad="$bad [$1: $st $(grep -v '^ ' "$work/$1.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "U1 U+FFFD in a title, a name (a run of them, and one in a comment): one KH020 at its line:col"
else
    not_ok "U1:$bad"
fi

# ---- U2: every noncharacter refused ------------------------------------------------------
bad=
for c in fdd0 1fffe 10ffff fffe; do
    case $c in fdd0) u='\ufdd0' ;; 1fffe) u='\U0001fffe' ;; 10ffff) u='\U0010ffff' ;; fffe) u='\ufffe' ;; esac
    "$py" - "$work/p/ex.yaml" "$work/p/u2$c.yaml" "$u" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
ch = sys.argv[3].encode().decode('unicode_escape')
open(sys.argv[2], 'w', encoding='utf-8', errors='surrogatepass').write(s.replace('title: Danh sách', 'title: Danh' + ch + ' sách', 1))
PY
    "$khgen" check "$work/p/u2$c.yaml" >/dev/null 2>"$work/u2$c.err"
    st=$?
    U=$(echo "$c" | tr a-f A-F)
    [ "$st" = 1 ] && grep -q "error\[KH004\]: noncharacter U+0*$U is not allowed" "$work/u2$c.err" ||
        bad="$bad [$c: $st $(grep -v '^ ' "$work/u2$c.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "U2 U+FDD0, U+1FFFE, U+10FFFF (and U+FFFE, as before) in the file: KH004"
else
    not_ok "U2:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
