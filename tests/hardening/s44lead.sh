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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
