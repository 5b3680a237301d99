#!/bin/sh
# tests/hardening/s43review.sh KHGEN WORKDIR - what session 43's review of
# session 42's src/ changes (6c9a8488..d5be71a7) found, and the cases its
# mutation sweep of that code asked for (issue 8; reproducers in
# /tmp/s43review/ of that session). Each case fails at d5be71a7 (session
# 42's stop) unless it is named a guard:
#  M1  import of a Biểu whose rows are numbered with a gap ("2" under I, a
#      row deleted in Word) or whose group rows are ("I, III"): KH768 had
#      no line, the file's name alone ("gap.md: warning[KH768]"), the one
#      KH768 of import without one; now at the row after the gap;
#  L1  `khgen new` and a registry's locality left at last year's target
#      year (KH322): the first changed line quoted in the message was cut
#      at its 160th byte, inside a character: "tiêu" printed "ti\xC3...";
#      now cut at a character's start.
# The mutation sweep of session 42's new code (localgov.c, check_localgov.c,
# cmd_new_shared.c, docx_grid.c, diag_cap.c, KH321, KH322, KH768-KH770):
# its K cases are guards (d5be71a7 passes them), each failing with the
# mutants it was written for (named in it), which every suite passed:
#  K1  KH181 at a recipient "UBND các huyện, thị xã" (the "các" before the
#      kind: no case had it), and its quote of a recipient pasted long: 80
#      bytes quoted whole, longer cut at a character's start before "…"
#      (no case reached the cut); kills localgov-047 ("CÁC " == 1) and
#      check_localgov-000, -004, -006, -009 (the cut).
#  K2  a plan of 2026 under "UBND TỈNH BẮC GIANG" has no KH181 at it (no
#      case had a governing body that is no district's: check_localgov-022,
#      any governing body warned, passed every suite); KH322 names the parts
#      without what the diff did to them ("Biểu 01, mục ..." not "...: bỏ":
#      cmd_new_shared-070, -071, the cut at the last ": ").
# About 15 runs of khgen and a few of python3, a few seconds.
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

# ---- M1: KH768 of a numbering gap at its row's line ------------------------------------
readme_base
with_groups "$work/p/ex.yaml" "$work/p/g.yaml"
sed '/    totals: Tổng cộng/d' "$work/p/g.yaml" >"$work/p/m1.yaml"
"$khgen" build -f md -o "$work/m1" "$work/p/m1.yaml" >/dev/null 2>&1
# Biểu 03's first row deleted (2 alone under I), and II made III
sed '/^| *1 *| Đồng Hưu /d' "$work/m1/m1.md" >"$work/m1/rows.md"
sed 's/^| \*\*II\*\* | \*\*Cấp xã\*\* |/| **III** | **Cấp xã** |/' "$work/m1/m1.md" >"$work/m1/groups.md"
for w in rows groups; do
    "$khgen" import "$work/m1/$w.md" -o "$work/m1/$w.yaml" >/dev/null 2>"$work/m1/$w.err"
    case $w in rows) at='^| *2 *| Tân Hiệp ' ;; *) at='^| \*\*III\*\* |' ;; esac
    line=$(grep -n "$at" "$work/m1/$w.md" | head -1 | cut -d: -f1)
    grep -q "^$work/m1/$w.md:${line:-x}:1: warning\[KH768\]: the \(group \)\?rows \(under group [IVX]* \)\?are numbered" \
        "$work/m1/$w.err" || bad="$bad [$w, want line ${line:-?}: $(grep KH768 "$work/m1/$w.err" | cut -c1-150)]"
done
verdict "M1 KH768 of a Biểu's rows (group rows) numbered with a gap is at the row after the gap"

# ---- L1: KH322's quoted words cut at a character's start --------------------------------
mkdir -p "$work/r/chung"
cp "$top/plans/yen-the/registry.yaml" "$work/r/chung/registry.yaml"
"$py" - "$top/plans/yen-the-2024.yaml" "$work/r/p-2024.yaml" "$work/r/chung/registry.yaml" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('\nlocalities:\n') + 1
j = re.search(r'\n(?=[a-z#])', s[i + 12:]).start() + i + 12 + 1
while not re.match(r'[a-z]', s[j:]):  # comments before the next key stay
    j = s.index('\n', j) + 1
loc = s[i:j]
s = s[:i] + s[j:]
s = s.replace('include: [yen-the/registry.yaml]', 'include: [chung/registry.yaml]')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
open(sys.argv[3], 'a', encoding='utf-8').write('\n' + loc)
PY
# the changed line's 160th byte moved through a character's bytes
n=0
for pre in '' a ab abc; do
    sed "s/^\( *\)Đối với {count localities/\1${pre}Đối với {count localities/" \
        "$work/r/p-2024.yaml" >"$work/r/q$n-2024.yaml"
    "$khgen" new --from "$work/r/q$n-2024.yaml" --year 2025 -o "$work/r/q$n-2025.yaml" \
        >"$work/r/l1-$n.out" 2>&1
    grep 'KH322' "$work/r/l1-$n.out" >"$work/r/l1-$n.kh322" ||
        bad="$bad [$pre: no KH322: $(head -c 200 "$work/r/l1-$n.out")]"
    if grep -q '\\x[0-9A-F][0-9A-F]' "$work/r/l1-$n.kh322" ||
        ! "$py" -c 'import sys; open(sys.argv[1], encoding="utf-8").read()' "$work/r/l1-$n.kh322" 2>/dev/null; then
        bad="$bad [$pre: $(grep -o '"[^"]*\.\.\."' "$work/r/l1-$n.kh322" | tail -c 60)]"
    fi
    n=$((n + 1))
done
verdict "L1 KH322 quotes the changed words cut at a character's start, never inside one"

# ---- K1: KH181's "các", and its quote of a long recipient -------------------------------
mkdir -p "$work/k1"
(cd "$work/k1" && "$khgen" init "Xã Tân Dĩnh" --year 2026 -o k1.yaml >/dev/null 2>&1) ||
    bad="$bad [init failed]"
"$py" - "$work/k1/k1.yaml" "$work/k1" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
base = "UBND huyện Yên Thế (để báo cáo"
r80 = base + " " + "x" * (80 - len(base.encode()) - 2) + ")"
assert len(r80.encode()) == 80
r_long = base + " " + "x" * (80 - len(base.encode()) - 2) + "ệệệệ)"  # byte 80 inside 'ệ'
open(sys.argv[2] + "/r80", "w", encoding="utf-8").write(r80)
open(sys.argv[2] + "/rlong", "w", encoding="utf-8").write(r_long)
old = 'recipients: [UBND tỉnh, '
assert old in s
s = s.replace(old, 'recipients: [UBND tỉnh, "UBND các huyện, thị xã", "UBND các xã, phường", "%s", "%s", ' % (r80, r_long))
open(sys.argv[1], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$work/k1/k1.yaml" >/dev/null 2>"$work/k1/err"
grep -q "warning\[KH181\]: the recipient 'UBND các huyện, thị xã' is a district's" "$work/k1/err" ||
    bad="$bad [no KH181 at 'UBND các huyện, thị xã']"
grep -q "KH181.*'UBND các xã, phường'" "$work/k1/err" && bad="$bad [KH181 at the communes]"
grep -qF "the recipient '$(cat "$work/k1/r80")' is" "$work/k1/err" ||
    bad="$bad [80 bytes not quoted whole: $(grep -c KH181 "$work/k1/err")]"
"$py" - "$work/k1/err" "$work/k1/rlong" <<'PY' || bad="$bad [the long recipient's quote]"
import sys, re
err = open(sys.argv[1], encoding='utf-8').read()   # not UTF-8: fails
r = open(sys.argv[2], encoding='utf-8').read()
m = [q for q in re.findall(r"the recipient '([^']*)…' is", err)]
assert len(m) == 1 and '\\x' not in m[0] and r.startswith(m[0]), m
assert 70 < len(m[0].encode()) <= 80, len(m[0].encode())
PY
verdict "K1 (guard) KH181 at 'UBND các huyện, thị xã' (not 'các xã, phường'); a recipient quoted whole to 80 bytes, cut at a character's start past them"

# ---- K2: no KH181 at a province's governing body; KH322's part names -------------------
# (the names joined by "; " since s44cycle K2: a name holds ", ")
sed 's/^  # governing_body: UBND TỈNH ...  .*$/  governing_body: UBND TỈNH BẮC GIANG/' "$work/k1/k1.yaml" >"$work/k1/k2.yaml"
grep -q '^  governing_body: UBND TỈNH BẮC GIANG$' "$work/k1/k2.yaml" || bad="$bad [set-up: no governing_body]"
"$khgen" check "$work/k1/k2.yaml" >/dev/null 2>"$work/k1/k2.err"
grep -q "KH181.*governing body" "$work/k1/k2.err" && bad="$bad [KH181 at UBND TỈNH: $(grep -m1 KH181 "$work/k1/k2.err" | cut -c1-120)]"
grep -q 'warning\[KH322\]' "$work/r/l1-0.kh322" && ! grep -q ': sửa\|: bỏ' "$work/r/l1-0.kh322" &&
    grep -qF '; Biểu 01, mục "Cấp xã"' "$work/r/l1-0.kh322" ||
    bad="$bad [KH322's parts: $(grep -o 'prints otherwise than with it moved, in [^(]*' "$work/r/l1-0.kh322" | head -c 200)]"
verdict "K2 (guard) no KH181 at a province's governing body in 2026; KH322 names the parts as the diff does, without its verbs"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
