#!/bin/sh
# tests/hardening/s45slip.sh KHGEN WORKDIR - one slip, one message: the
# classes of one-line slips that still gave two messages or more in
# msgcount.py's sweep of the shipped plans at session 44's end (72 of
# 2,310; session 45, issue 8). Each case is one line of plans/ or of
# slips-seeds/ changed as the sweep changes it, and asks for the one
# message that names the slip, at its line. Each fails at main 51df057c
# unless named a guard:
#  K1  a key line deleted: '- task: ""' under '- clause: ""' (its other
#      keys left as a mapping under 'items:') gave KH107 "'clause' is
#      empty and has no 'text' or 'items'" above the KH102 that says why.
#  K2  the same key misspelt ('- tas:'): KH107 above the KH105.
#  K3  a block text's first line outdented to its key's column
#      ('- bullet: >-' over it): KH107 "'bullet' is empty" and KH101
#      "unknown key ..., which takes part, section, ...: remove the
#      line". One KH101 at that line, saying it is the text of 'bullet'.
#  K4  a task's 'text:' line deleted between 'due: ongoing' and its "- >-"
#      list: KH302 "'ongoing - >- Phối hợp ...' is not a deadline" and
#      KH021 at the joined line. One KH302 naming the joined line; a
#      deadline wrong before the join keeps both (guard G1).
#  A1  an attachment's '- id: bieu02' line pasted twice: three KH602 (no
#      label, no title, no columns) and KH200. One KH200 at that line.
#  A2  an attachment's id emptied ('- id:'): KH205 "unknown attachment
#      'bieu01' (did you mean 'bieu02'?)" at its use and KH602 "has no
#      'id'". One KH602 with the id its uses name, as units had: a
#      numbered sibling ('bieu02' for 'bieu01') no longer outranks the
#      entry without an id.
#  A3  an attachment's id renamed (bieu02 -> bieu0): KH205 "did you mean
#      'bieu01'?" at the use and KH253 "'bieu0' is never referred to".
#      One KH205, naming 'bieu0'. A use misspelt with no such entry keeps
#      its sibling hint (guard G2).
# A few runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

cp -r "$top/plans" "$work/plans"
cp -r "$top/tests/hardening/slips-seeds" "$work/seeds"

# slip NAME DIR FILE LINE WANT NEW: DIR/FILE copied as DIR/NAME-FILE with
# its line LINE (which must hold WANT) replaced by NEW (printf %b; "" is the
# line deleted, "\n" kept between two), then checked; the messages
# (FILE:LINE:COL: level[KHnnn]) in $work/NAME.msgs, the whole stderr in
# $work/NAME.out
slip() {
    /usr/bin/python3 - "$work/$2/$3" "$work/$2/$1-$3" "$4" "$5" "$6" <<'PY' || not_ok "setup: $1"
import sys
src, dst, line, want, new = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
lines = open(src, encoding="utf-8").read().split("\n")
if lines[line - 1] != want:
    sys.exit("setup: line %d of %s is %r, not %r" % (line, src, lines[line - 1], want))
new = new.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
lines[line - 1:line] = new.split("\n") if new else []
open(dst, "w", encoding="utf-8").write("\n".join(lines))
PY
    (cd "$work/$2" && "$khgen" check "$1-$3" >/dev/null 2>"$work/$1.out")
    grep -o '^[^ ]*:[0-9]*:[0-9]*: \(error\|warning\)\[KH[0-9]*\]' "$work/$1.out" |
        grep -v 'KH268' >"$work/$1.msgs"
}

# one NAME WHAT WANT: ok when NAME's new messages are exactly WANT (one
# line, FILE:LINE:COL: level[KHnnn]) and the stderr holds each extra
# argument
one() {
    _n=$1 _w=$2 _want=$3
    shift 3
    _ok=1
    [ "$(cat "$work/$_n.msgs")" = "$_want" ] || _ok=0
    for _s; do grep -qF -- "$_s" "$work/$_n.out" || _ok=0; done
    if [ $_ok = 1 ]; then ok "$_n: $_w: one message"
    else not_ok "$_n: $_w: want '$_want', got: $(tr '\n' ' ' <"$work/$_n.msgs") $(grep -v '^ ' "$work/$_n.out" | head -c 600)"; fi
}

slip k1 seeds seed000-2025.yaml 185 '          - task: ""' ''
one k1 "'- task:' deleted under an empty clause" \
    'k1-seed000-2025.yaml:185:13: error[KH102]'
slip k2 seeds seed000-2025.yaml 185 '          - task: ""' '          - tas: ""'
one k2 "'- task:' misspelt '- tas:'" 'k2-seed000-2025.yaml:185:13: error[KH105]'
slip k3 plans binh-trung-2024.yaml 141 \
    '                  Phần đầu xây dựng hoàn thành 01 tiêu chí trong bộ tiêu chí NTM:' \
    '                Phần đầu xây dựng hoàn thành 01 tiêu chí trong bộ tiêu chí NTM:'
one k3 "a block text's first line outdented to its key" \
    'k3-binh-trung-2024.yaml:141:17: error[KH101]' "this line is the text of 'bullet' above it (line 140)"
slip k4 plans binh-trung-2024.yaml 223 '                    text:' ''
one k4 "'text:' deleted under 'due: ongoing'" 'k4-binh-trung-2024.yaml:222:26: error[KH302]' \
    "this deadline, 'ongoing', has the lines under it joined to it (from line 223"
slip g1 plans binh-trung-2024.yaml 222 '                    due: ongoing' '                    due: ongoin\n'
slip g1 plans g1-binh-trung-2024.yaml 224 '                    text:' ''
if [ "$(cat "$work/g1.msgs")" = "g1-g1-binh-trung-2024.yaml:222:26: error[KH302]
g1-g1-binh-trung-2024.yaml:224:23: warning[KH021]" ]; then
    ok "G1 guard: a deadline wrong before the join ('ongoin') keeps its KH302 and the KH021"
else not_ok "G1 guard: $(tr '\n' ' ' <"$work/g1.msgs")"; fi

slip a1 plans yen-the-2024.yaml 630 '  - id: bieu02' '  - id: bieu02\n  - id: bieu02'
one a1 "'- id: bieu02' pasted twice" 'a1-yen-the-2024.yaml:630:5: error[KH200]' \
    "the line '- id: bieu02' is written twice (here and at line 631)"
slip a2 plans yen-the-2024.yaml 621 '  - id: bieu01' '  - id:'
one a2 "an attachment's id emptied" 'a2-yen-the-2024.yaml:621:5: error[KH602]' \
    "note: the plan's uses name this entry 'bieu01': write 'id: bieu01' here"
slip a3 plans yen-the-2024.yaml 630 '  - id: bieu02' '  - id: bieu0'
one a3 "an attachment's id renamed bieu02 -> bieu0" 'a3-yen-the-2024.yaml:479:15: error[KH205]' \
    "unknown attachment 'bieu02' (did you mean 'bieu0'?)"
slip g2 plans yen-the-2024.yaml 479 '              {att bieu02 bieu03 bieu04 bieu05} đính kèm)' \
    '              {att bieu09 bieu03 bieu04 bieu05} đính kèm)'
if [ "$(cat "$work/g2.msgs")" = "g2-yen-the-2024.yaml:479:15: error[KH205]
g2-yen-the-2024.yaml:630:9: warning[KH253]" ] &&
    grep -qF "unknown attachment 'bieu09' (did you mean 'bieu01'?)" "$work/g2.out"; then
    ok "G2 guard: a use misspelt 'bieu09', no entry renamed: its sibling hint and bieu02's KH253 as before"
else not_ok "G2 guard: $(tr '\n' ' ' <"$work/g2.msgs") $(grep KH205 "$work/g2.out" | head -c 300)"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
