#!/bin/sh
# tests/hardening/s44review.sh KHGEN WORKDIR - what session 44's review of
# session 43's src/ changes (d5be71a7..100519d9) found, and the cases its
# mutation sweep of that code asked for (issue 8; reproducers in
# /tmp/s44review/ of that session). Each case fails at 100519d9 (session
# 43's stop) unless it is named a guard:
#  R1  a header `number:` with a '_' (s43msg's "2_024", KH108): the '_'
#      was looked for again at each byte of the number, an 800 KB number
#      ending in '_' 12 s of CPU, 200 KB 0.55 s (n squared); linear now;
#      "2_024" still KH108 "write 2024";
#  R2  KH181 (s43domain: the opening and closing of a plan of 2026 read)
#      at "kết quả năm 2025 của UBND huyện Yên Thế (cũ)": the former
#      district named as such is history, as a citation is; a correct
#      plan got a warning to rewrite it. "UBND huyện Yên Thế giao" (no
#      "cũ") still warned.
# About 20 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
mkdir -p "$work/p"

# ---- R1: a number with a '_', linear ---------------------------------------------------
"$py" - "$top/plans/binh-trung-2024.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert '  number: ""\n' in s
for name, n in (("r1-small", 200000), ("r1-big", 800000)):
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(
        s.replace('  number: ""\n', '  number: "%s_"\n' % ("1" * n)))
open(sys.argv[2] + "/r1-2024.yaml", "w", encoding="utf-8").write(
    s.replace('  number: ""\n', '  number: 2_024\n'))
PY
ratio_want="1 KH115 1 1" ratio_case "R1 a 200 KB and an 800 KB header number ending in '_' (check)" \
    "$work/p/r1-small.yaml" "$work/p/r1-big.yaml" "$khgen" check FILE
"$khgen" check "$work/p/r1-2024.yaml" >/dev/null 2>"$work/r1.err"
grep -q "error\[KH108\]: 'number' '2_024' has a '_' between its digits.*write 2024" "$work/r1.err" ||
    bad="$bad [2_024: $(grep -v '^ ' "$work/r1.err" | head -c 200)]"
verdict "R1 (guard) 'number: 2_024' is still KH108, 'write 2024'"

# ---- R2: KH181 leaves the former district "(cũ)" alone ---------------------------------
(cd "$work/p" && "$khgen" init "Xã Tân Dĩnh" --year 2026 -o r2.yaml >/dev/null 2>&1) ||
    bad="$bad [init failed]"
for w in cu cu2 gave; do
    case $w in
    cu) o='Trên cơ sở kết quả thực hiện năm 2025 của UBND huyện Lạng Giang (cũ), UBND xã xây dựng Kế hoạch năm {year}, như sau:' ;;
    cu2) o='Tiếp tục các nhiệm vụ UBND huyện cũ đã giao, UBND xã xây dựng Kế hoạch năm {year}, như sau:' ;;
    gave) o='Tiếp tục các nhiệm vụ UBND huyện Lạng Giang giao, UBND xã xây dựng Kế hoạch năm {year}, như sau:' ;;
    esac
    "$py" - "$work/p/r2.yaml" "$work/p/r2-$w.yaml" "$o" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
s, n = re.subn(r"opening: >-\n(  .*\n)+", lambda m: "opening: >-\n  " + sys.argv[3] + "\n", s, count=1)
assert n == 1
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    "$khgen" check "$work/p/r2-$w.yaml" >/dev/null 2>"$work/r2-$w.err"
done
for w in cu cu2; do
    grep -q 'KH181' "$work/r2-$w.err" && bad="$bad [$w: $(grep -m1 KH181 "$work/r2-$w.err" | cut -c1-160)]"
done
verdict "R2 no KH181 at 'UBND huyện Lạng Giang (cũ)' nor 'UBND huyện cũ' in a 2026 opening (history)"
grep -q "warning\[KH181\]: opening: names 'UBND huyện Lạng Giang'" "$work/r2-gave.err" ||
    bad="$bad [no KH181 at 'UBND huyện Lạng Giang giao': $(grep -v '^ ' "$work/r2-gave.err" | head -c 200)]"
verdict "R2 (guard) KH181 at 'UBND huyện Lạng Giang giao' in a 2026 opening"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
