#!/bin/sh
# tests/hardening/s44lead.sh KHGEN WORKDIR - the two-level local
# government's leftovers (session 43's s43review, issue 8), fixed by the
# lead. Each case fails at main 100519d9 unless named a guard:
#  T1  a 2026 plan issued by "ỦY BAN NHÂN DÂN / THỊ TRẤN CAO THƯỢNG" was
#      silent (KH181 read districts only): each thị trấn became a xã or a
#      phường on 1 July 2025, with the districts.
#  T2  recipients "UBND các xã, thị trấn" and "UBND thị trấn Cao Thượng"
#      (a district's list copied into 2026) and "Các phòng, ban thuộc
#      huyện" (warned as a unit's name, silent as a recipient) are KH181
#      each; a school named after its old town ("Trường THCS Thị trấn") is
#      a unit's legal name, not a body (guard).
#  T3  a unit "UBND các xã, thị trấn" is KH181; the school is not (guard).
#  T4  the same plan for 2025 is silent (guard): a thị trấn's plan then.
#  M1  a line "items:" deleted under a section's title (plans/binh-trung
#      line 86): YAML joins the "- clause:" line under it to the title and
#      stops at its ':' - two messages at one line, a KH021 warning ("the
#      document prints ...", of a document never made) and the KH005 error
#      (s43msg's largest pair, 21 of 92). One error now, at that line,
#      with the cause and the fix, libyaml's words as a note; a joined
#      line in valid YAML keeps its KH021 (guard).
# A few runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o "$work/a.yaml" >/dev/null 2>&1 ||
    not_ok "setup: init --level xa --year 2026"
/usr/bin/python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
s = open(w + "/a.yaml", encoding="utf-8").read()
def rep(s, old, new):
    if old not in s:
        sys.exit("setup: %r not in the skeleton" % old)
    return s.replace(old, new, 1)
s = rep(s, "recipients: [UBND tỉnh,", 'recipients: [UBND tỉnh, "UBND các xã, thị trấn", '
        '"Các phòng, ban thuộc huyện", UBND thị trấn Cao Thượng, Trường THCS Thị trấn,')
s = rep(s, "  - {id: mttq, name: Ủy ban MTTQ và các đoàn thể xã}\n",
        "  - {id: mttq, name: Ủy ban MTTQ và các đoàn thể xã}\n"
        '  - {id: ttx, name: "UBND các xã, thị trấn"}\n'
        "  - {id: sch, name: Trường THCS Thị trấn}\n")
open(w + "/b.yaml", "w", encoding="utf-8").write(s)
t = rep(s, "issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]", "issuer: [ỦY BAN NHÂN DÂN, THỊ TRẤN CAO THƯỢNG]")
t = rep(t, "issuer_short: UBND xã Tân Phú", "issuer_short: UBND thị trấn Cao Thượng")
open(w + "/c.yaml", "w", encoding="utf-8").write(t)
open(w + "/d.yaml", "w", encoding="utf-8").write(t.replace("2026", "2025"))
PY
"$khgen" check "$work/c.yaml" >"$work/c.out" 2>&1
if grep -q "c.yaml:[0-9]*:[0-9]*: warning\[KH181\]: the plan for 2026 is issued by 'THỊ TRẤN CAO THƯỢNG', a thị trấn's" "$work/c.out"; then
    ok "T1: a 2026 plan issued by a thị trấn's People's Committee: KH181 at its issuer line"
else not_ok "T1: a thị trấn's issuer: $(grep KH181 "$work/c.out" | head -2)"; fi

"$khgen" check "$work/b.yaml" >"$work/b.out" 2>&1
rec=$(grep -c "warning\[KH181\]: the recipient" "$work/b.out")
if [ "$rec" -eq 3 ] && grep -q "recipient 'UBND các xã, thị trấn' names a thị trấn's" "$work/b.out" &&
    grep -q "recipient 'UBND thị trấn Cao Thượng' names a thị trấn's" "$work/b.out" &&
    grep -q "recipient 'Các phòng, ban thuộc huyện' is a district's office" "$work/b.out"; then
    ok "T2: three stale recipients, three KH181; the school is not one"
else not_ok "T2: $rec KH181 on recipients (3 wanted): $(grep KH181 "$work/b.out" | cut -c1-160)"; fi
if grep 'KH181' "$work/b.out" | grep -q 'Trường THCS Thị trấn'; then
    not_ok "T2/T3 guard: a school named after its old town warned"
else ok "T2/T3 guard: a school named after its old town is a unit's name, not warned"; fi

if [ "$(grep -c "warning\[KH181\]: the unit 'UBND các xã, thị trấn' names a thị trấn's" "$work/b.out")" -eq 1 ]; then
    ok "T3: a unit 'UBND các xã, thị trấn': KH181"
else not_ok "T3: the unit not warned: $(grep -c KH181 "$work/b.out") KH181"; fi

"$khgen" check "$work/d.yaml" >"$work/d.out" 2>&1
if [ -s "$work/d.yaml" ] && ! grep -q KH181 "$work/d.out"; then
    ok "T4 guard: the same plan for 2025 (a thị trấn's plan then): no KH181"
else not_ok "T4 guard: a 2025 plan warned: $(grep KH181 "$work/d.out" | head -1)"; fi

# ---- M1: a key line lost above a "- key:" line ----------------------------------
/usr/bin/python3 - "$top/plans/binh-trung-2024.yaml" "$work/m1.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
if lines[85].strip() != "items:" or not lines[86].strip().startswith("- clause:"):
    sys.exit("setup: binh-trung's line 86 is not 'items:' over '- clause:'")
del lines[85]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$khgen" check "$work/m1.yaml" >"$work/m1.out" 2>&1
st=$?
if [ "$st" -eq 1 ] && [ "$(grep -c ': \(error\|warning\)\[' "$work/m1.out")" -eq 1 ] &&
    grep -q "m1.yaml:86:7: error\[KH005\]: YAML syntax error: this line is joined to the value above it (line 85)" "$work/m1.out" &&
    grep -q "m1.yaml:86:15: note: YAML noticed it here: mapping values are not allowed" "$work/m1.out"; then
    ok "M1: 'items:' deleted above '- clause:': one error at the line, its cause and fix"
else not_ok "M1: exit $st, $(grep -c ': \(error\|warning\)\[' "$work/m1.out") messages: $(grep '\[KH' "$work/m1.out" | cut -c1-160)"; fi
"$khgen" check "$top/tests/diag/joined-item.yaml" >"$work/m1g.out" 2>&1
if [ "$(grep -c 'warning\[KH021\]' "$work/m1g.out")" -eq 2 ] && ! grep -q KH005 "$work/m1g.out"; then
    ok "M1 guard: lines joined in valid YAML keep their KH021 warnings"
else not_ok "M1 guard: $(grep -c KH021 "$work/m1g.out") KH021: $(head -c 300 "$work/m1g.out")"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
