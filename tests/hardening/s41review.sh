#!/bin/sh
# tests/hardening/s41review.sh KHGEN WORKDIR - what session 41's review of
# session 40's src/ changes (ff71a1cc..654cfcd1) found, and the leftover
# of session 40's review it took (issue 8; reproducers in /tmp/s41review/
# of that session). Each case fails at 654cfcd1 (session 40's stop) unless
# it is named a guard:
#  M1  a merge key ('<<:', session 40's load_merge.c) looked each merged
#      key up among all the keys kept before it: a mapping of 20,000 keys
#      merging 20,000 took 15.9 s (0.22 s at ff71a1cc), 4 times the keys
#      16 times the time; guard: the holder's key wins, one KH007;
#  D1  two lists under one key are read as one (session 40's load_dup.c),
#      also when the second repeats the first's entries: a plan pasted
#      again below itself (tests/fuzz/seeds/diff/old-new.yaml) gave each
#      id "defined twice" (KH200), each basis "cited twice" (KH169) and
#      "'Lưu: VT' stands above" (KH167), 12 errors -> 23; another plan
#      below it (unrelated.yaml) had its body joined and its units dropped,
#      the body's ids unknown (KH202); a mapping with a key twice whose
#      second value is no list or repeats an entry holds a pasted block,
#      and none of its lists is joined; guard: a list cut in two (no entry
#      repeated, nothing else twice) is still read as one;
#  T1  a code span of more than 64 backticks holding '<' printed "a\<b" in
#      the .md and the .html (textref.c let runs over 64 open nothing,
#      where md_sanitize and CommonMark read a span); guard: 3 backticks;
#  K1  KH036 quoted its first word up to a blank, a comma or a point: a
#      text of Telex words joined by '/' and 100,000 bytes more printed
#      all of them in the message (101 KB of stderr);
#  L1  (s40review's leftover) `new -o other/deep/n.yaml` rewrote an
#      include written '- >- # cmt' over its path as one line and dropped
#      the comment;
#  L2  (s40types' leftover) an unknown id's message names an entry whose
#      id is broken, "if it is this one": two unknown ids named the same
#      (the first such) entry; each is offered the entry whose name it
#      abbreviates, else the only one while no other id had it, else none.
# About 17 runs of khgen, a few seconds (the M1 ratio a fraction of one).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
readme_example "$work/ex.yaml"

# ---- M1: a merge key over many keys --------------------------------------------
for n in 5000 20000; do
    /usr/bin/python3 - "$n" "$work/m1-$n.yaml" <<'PY'
import sys
n = int(sys.argv[1])
own = ', '.join('a%d: 1' % i for i in range(n))
mer = ', '.join('b%d: 1' % i for i in range(n))
open(sys.argv[2], 'w').write('khgen: 1\nx: {%s, <<: {%s}}\n' % (own, mer))
PY
done
ratio_want="1 KH007 1 1"
ratio_case "M1 a mapping of 5,000 then 20,000 keys merging as many ('<<:') is linear" "$work/m1-5000.yaml" "$work/m1-20000.yaml" "$khgen" check FILE
/usr/bin/python3 - "$work/ex.yaml" "$work/m1g.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}'
assert old in s
s = s.replace(old, '  - {<<: {id: tckh, name: Phòng Khác}, name: Phòng Tài chính - Kế hoạch}')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$work/m1g.yaml" >/dev/null 2>"$work/m1g.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
[ "$(grep -c 'error\[' "$work/m1g.err")" = 1 ] || bad="$bad [$(grep 'error\[' "$work/m1g.err" | head -3)]"
grep -q 'm1g\.yaml:25:6: error\[KH007\]' "$work/m1g.err" || bad="$bad [no KH007 at 25:6]"
verdict "M1 guard: a merge key in a unit is one KH007, nothing else"

# ---- D1: a plan pasted again below itself ----------------------------------------
"$khgen" check "$top/tests/fuzz/seeds/diff/old-new.yaml" >/dev/null 2>"$work/d1.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
for c in KH200 KH169 KH167; do
    grep -q "\[$c\]" "$work/d1.err" && bad="$bad [$(grep "\[$c\]" "$work/d1.err" | head -1)]"
done
grep -q 'its list is read as the rest of the first one' "$work/d1.err" &&
    bad="$bad [a copied list read as the rest of the first]"
grep -q '^12 errors' "$work/d1.err" || bad="$bad [$(tail -1 "$work/d1.err")]"
# another plan below it (unrelated.yaml): its units repeat an id, its body
# none; joined, the body used the units dropped (KH202 'tckh', 'nn')
"$khgen" check "$top/tests/fuzz/seeds/diff/unrelated.yaml" >/dev/null 2>"$work/d1u.err"
for c in KH200 KH202; do
    grep -q "\[$c\]" "$work/d1u.err" && bad="$bad [unrelated: $(grep "\[$c\]" "$work/d1u.err" | head -1)]"
done
grep -q '^8 errors' "$work/d1u.err" || bad="$bad [unrelated: $(tail -1 "$work/d1u.err")]"
verdict "D1 a plan pasted below itself (or another): its lists are copies, not joined: no KH200/KH169/KH167/KH202"
/usr/bin/python3 - "$work/ex.yaml" "$work/d1g.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n'
assert old in s
s = s.replace(old, 'units:\n' + old)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$work/d1g.yaml" >/dev/null 2>"$work/d1g.err"
st=$?
[ $st -eq 1 ] || bad="$bad [status $st]"
grep -q "error\[KH008\]: duplicate key 'units' in this mapping: its list is read as the rest of the first one" \
    "$work/d1g.err" || bad="$bad [$(head -1 "$work/d1g.err")]"
[ "$(grep -c 'error\[' "$work/d1g.err")" = 1 ] || bad="$bad [$(grep 'error\[' "$work/d1g.err" | sed -n 2p)]"
verdict "D1 guard: a units list cut in two is still read as one, KH008 alone"

# ---- T1: a code span of more than 64 backticks ------------------------------------
for k in 65 3; do
    /usr/bin/python3 - "$work/ex.yaml" "$work/t1-$k.yaml" "$k" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
t = '`' * int(sys.argv[3])
old = '- para: (Chi tiết theo {att bieu01} đính kèm).'
assert old in s
s = s.replace(old, '- para: "(Chi tiết theo {att bieu01} đính kèm) %sa<b%s và `c<d`."' % (t, t))
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    "$khgen" build -f md -o - "$work/t1-$k.yaml" >"$work/t1-$k.md" 2>"$work/t1-$k.err" ||
        bad="$bad [$k: md status $?]"
    "$khgen" build -f html -o - "$work/t1-$k.yaml" >"$work/t1-$k.html" 2>>"$work/t1-$k.err" ||
        bad="$bad [$k: html status $?]"
    grep -q '`a<b`' "$work/t1-$k.md" || bad="$bad [$k: md $(grep -o '`a.<b`' "$work/t1-$k.md" | head -1)]"
    grep -q '<code>a&lt;b</code>' "$work/t1-$k.html" ||
        bad="$bad [$k: html $(grep -o '<code>a[^<]*</code>' "$work/t1-$k.html" | head -1)]"
    if [ $k = 65 ]; then
        verdict "T1 a '<' in a code span of 65 backticks prints as written in md and html"
    else
        verdict "T1 guard: a '<' in a code span of 3 backticks prints as written"
    fi
done

# ---- K1: KH036's word ------------------------------------------------------------
/usr/bin/python3 - "$work/ex.yaml" "$work/k1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- para: (Chi tiết theo {att bieu01} đính kèm).'
s = s.replace(old, '- para: "Kees/hoachj/thuwcj/hieenj%s"' % ('/x' * 50000))
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$work/k1.yaml" >/dev/null 2>"$work/k1.err"
grep -q "warning\[KH036\]: .*Telex takes ('Kees' here)" "$work/k1.err" ||
    bad="$bad [$(grep KH036 "$work/k1.err" | cut -c1-200)]"
sz=$(wc -c <"$work/k1.err")
[ "$sz" -lt 4000 ] || bad="$bad [$sz bytes of messages]"
verdict "K1 KH036 quotes the first word alone ('Kees'), not the 100 KB after it"

# ---- L1: new -o keeps a block include's comment -----------------------------------
mkdir -p "$work/l1/reg" "$work/l1/other/deep"
printf 'units:\n  - {id: vp, name: Văn phòng}\n' >"$work/l1/reg/u.yaml"
cat >"$work/l1/p.yaml" <<'YAML'
khgen: 1
include:
  - >- # cmt
    reg/u.yaml
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01
  title: Thử nghiệm
body:
  - section: NHIỆM VỤ
    items:
      - {task: Việc, lead: vp, due: 2024-06}
YAML
rm -f "$work/l1/other/deep/n.yaml"
(cd "$work/l1" && "$khgen" new --from p.yaml --year 2025 -o other/deep/n.yaml --allow-read .) \
    >/dev/null 2>"$work/l1.err"
st=$?
[ $st -eq 0 ] || bad="$bad [status $st: $(head -1 "$work/l1.err")]"
grep -q '^  - \.\./\.\./reg/u\.yaml # cmt$' "$work/l1/other/deep/n.yaml" ||
    bad="$bad [$(sed -n 3p "$work/l1/other/deep/n.yaml")]"
(cd "$work/l1" && "$khgen" check --allow-read . other/deep/n.yaml) >/dev/null 2>&1 ||
    bad="$bad [n.yaml does not check]"
verdict "L1 new -o other/deep keeps the comment of a '- >- # cmt' include"

# ---- L2: two unknown ids, entries whose ids are broken ----------------------------
l2_head() {
    printf 'khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  place: A\n'
    printf '  date: 2024-01\n  title: Thử nghiệm\nunits:\n'
    printf '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n'
}
{
    l2_head
    printf 'levels:\n  - {id: true, name: nông thôn mới}\n  - {name: nông thôn mới nâng cao}\n'
    printf 'localities:\n'
    printf '  - {id: x1, name: Xã Một, kind: xã, target: ntm-nc, target_year: 2024}\n'
    printf '  - {id: x2, name: Xã Hai, kind: xã, target: ntm, target_year: 2024}\n'
    printf 'body:\n  - section: NHIỆM VỤ\n    items:\n'
    printf '      - {task: "Xã {loc x1} và {loc x2}", lead: tckh, due: 2024-06}\n'
} >"$work/l2a.yaml"
"$khgen" check "$work/l2a.yaml" >/dev/null 2>"$work/l2a.err"
# since s41msg the id an entry is offered is that entry's: its own error
# (KH124 at line 10, KH103 at 11) is the one message, no KH204 at the uses
grep -q "l2a\.yaml:10:.*KH124" "$work/l2a.err" && grep -q "l2a\.yaml:11:.*KH103" "$work/l2a.err" &&
    ! grep -q 'KH204' "$work/l2a.err" ||
    bad="$bad [$(grep -o '[0-9]*:[0-9]*: [a-z]*\[KH[0-9]*\]' "$work/l2a.err" | tr '\n' ' ')]"
verdict "L2 each unknown level is offered the broken entry whose name it abbreviates (taken as its id: no KH204)"
{
    l2_head
    printf '  - {name: Phòng Nội vụ}\nbody:\n  - section: NHIỆM VỤ\n    items:\n'
    printf '      - {task: Việc một, lead: tckh, support: [aa], due: 2024-06}\n'
    printf '      - {task: Việc hai, lead: tckh, support: [bb], due: 2024-06}\n'
    printf '      - {task: Việc ba, lead: tckh, support: [aa], due: 2024-06}\n'
} >"$work/l2b.yaml"
"$khgen" check "$work/l2b.yaml" >/dev/null 2>"$work/l2b.err"
! grep -q "unknown unit 'aa'" "$work/l2b.err" && grep -q "l2b\.yaml:9:.*KH103" "$work/l2b.err" ||
    bad="$bad [$(grep "'aa'" "$work/l2b.err" | head -1 | cut -c1-160)]"
grep -q "unknown unit 'bb': define it under 'units:'" "$work/l2b.err" ||
    bad="$bad [$(grep "'bb'" "$work/l2b.err" | cut -c1-160)]"
verdict "L2 one broken unit and two unknown ids: the first offered it (its uses not told again, s41msg), the second no guess"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
