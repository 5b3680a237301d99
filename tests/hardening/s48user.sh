#!/bin/sh
# tests/hardening/s48user.sh KHGEN WORKDIR - what session 48's new user (the
# văn thư / IT officer of a phường, under a Vietnamese locale, with the
# README only: last year's signed plan rendered to .docx and edited by hand,
# imported, next year's plan, every format, diff, git; reproducers in
# /tmp/s48user/ of that session) found, and session 47's user's leftovers.
# Each case fails at 682a4afb (session 47's stop) unless it is named a guard:
#  F11  a deadline retyped in the signed .docx with last year's year,
#       "Hoàn thành trước ngày 30/9/2023" in the plan of 2024, imported as
#       `due: {text: ...}` (a text import cannot read whole), checked and
#       built clean, exit 0: a deadline before the plan was issued (the same
#       date as `{before: 2023-09-30}` is KH311); now KH323, for a text
#       typed by hand too.
#  F11g (guard) a text deadline of next January ("trước ngày 15/01/2025", a
#       report), a cited document's year ("Quyết định số 12/2023/QĐ-UBND"),
#       a year not a date's ("theo yêu cầu năm 2023", tests/diag's near
#       miss) and {year} are no KH323.
#  F2   a southern ward's tổ dân phố inside its khu phố ("Tổ 5, Khu phố 2,
#       phường ..."; the brief's own picture of a ward) was KH261 each, "a
#       tổ dân phố lies inside a larger unit, never a khu phố": a warning on
#       a correct plan; now none (inside a khóm or ấp neither).
#  F2g  (guard) a tổ dân phố under a tổ dân phố, a khu phố under a tổ dân
#       phố, a thôn under a thôn: still KH261.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- F11: a text deadline of a year before the plan's ---------------------------------
bad=
edited f11a '            due: 2024-Q1' '            due: {text: "Hoàn thành trước ngày 30/9/2023"}'
"$khgen" check "$work/p/f11a.yaml" >/dev/null 2>"$work/f11a.err"
st=$?
[ "$st" = 0 ] && grep -qF "warning[KH323]: the deadline 'Hoàn thành trước ngày 30/9/2023' names 2023, before the plan's year 2024" \
    "$work/f11a.err" && [ "$(grep -c '\[KH' "$work/f11a.err")" = 1 ] ||
    bad="$bad [f11a: $st $(grep -v '^ ' "$work/f11a.err" | head -c 300)]"
"$khgen" check -Werror "$work/p/f11a.yaml" >/dev/null 2>&1 && bad="$bad [f11a passed -Werror]"
# the signed document, its deadline retyped, imported (Markdown: as the .docx reads)
rm -rf "$work/o11"
"$khgen" build -f md -o "$work/o11" "$work/p/ex.yaml" >/dev/null 2>&1 || bad="$bad [ex did not build]"
sed 's/Thời gian thực hiện: quý I\/2024/Thời gian thực hiện: Hoàn thành trước ngày 30\/9\/2023/' \
    "$work/o11/ex.md" >"$work/o11/signed.md"
grep -qF 'Hoàn thành trước ngày 30/9/2023' "$work/o11/signed.md" ||
    bad="$bad [setup: $(grep 'Thời gian' "$work/o11/ex.md" | head -c 200)]"
"$khgen" import -o "$work/o11/signed.yaml" "$work/o11/signed.md" >/dev/null 2>&1 || bad="$bad [import failed]"
grep -q 'due:.*30/9/2023' "$work/o11/signed.yaml" || bad="$bad [import: $(grep 'due:' "$work/o11/signed.yaml" | head -c 200)]"
"$khgen" check "$work/o11/signed.yaml" >/dev/null 2>"$work/f11b.err"
grep -qF "warning[KH323]: the deadline 'Hoàn thành trước ngày 30/9/2023' names 2023, before the plan's year 2024" \
    "$work/f11b.err" || bad="$bad [f11b: $(grep -v '^ ' "$work/f11b.err" | head -c 300)]"
# under a Vietnamese locale, in Vietnamese
LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE= "$khgen" check "$work/p/f11a.yaml" >/dev/null 2>"$work/f11v.err"
grep -qF "warning[KH323]: thời hạn 'Hoàn thành trước ngày 30/9/2023' ghi năm 2023, trước năm 2024 của kế hoạch" \
    "$work/f11v.err" || bad="$bad [f11 vi: $(grep -v '^ ' "$work/f11v.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F11 due {text: 'Hoàn thành trước ngày 30/9/2023'} in the plan of 2024 (typed, or imported from the signed document): KH323"
else
    not_ok "F11:$bad"
fi

# ---- F11g (guard): text deadlines that are no slip -----------------------------------
bad=
n=0
for t in 'Trước ngày 15/01/2025' 'Theo Quyết định số 12/2023/QĐ-UBND' 'Theo yêu cầu của tỉnh năm 2023' \
    'Hoàn thành trước ngày 30/9/{year}' 'Giai đoạn 2021-2025'; do
    n=$((n + 1))
    edited "f11g$n" '            due: 2024-Q1' "            due: {text: \"$t\"}"
    "$khgen" check "$work/p/f11g$n.yaml" >/dev/null 2>"$work/f11g$n.err" ||
        bad="$bad [$t: exit $?]"
    grep -q 'KH323' "$work/f11g$n.err" && bad="$bad [$t: $(grep KH323 "$work/f11g$n.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "F11g (guard) text deadlines of next January, a cited document's year, 'năm 2023' alone, {year}: no KH323"
else
    not_ok "F11g:$bad"
fi

# ---- F2: a ward's tổ dân phố inside its khu phố -----------------------------------------
# localities KIND-OF-PARENT KIND-OF-CHILD: two localities, the second inside the first
ward() {
    edited "$1" '  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}' \
        "  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}
  - {id: kp-1, name: Số 1, kind: $2}
  - {id: tdp-1, name: Số 5, kind: $3, parent: kp-1}" \
        '{loc dong-lac}' '{loc dong-lac kp-1 tdp-1}'
}
bad=
ward f2a 'khu phố' 'tổ dân phố'
ward f2b 'khóm' 'Tổ dân phố'
ward f2c 'ấp' 'tổ dân phố'
for f in f2a f2b f2c; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err" || bad="$bad [$f: exit $?]"
    grep -q 'KH261' "$work/$f.err" && bad="$bad [$f: $(grep KH261 "$work/$f.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "F2 a tổ dân phố inside its khu phố, khóm or ấp (a southern ward): no KH261"
else
    not_ok "F2:$bad"
fi

# ---- F2g (guard): nestings still warned ---------------------------------------------------
bad=
ward f2g1 'tổ dân phố' 'tổ dân phố'
ward f2g2 'tổ dân phố' 'khu phố'
ward f2g3 'thôn' 'thôn'
for f in f2g1 f2g2 f2g3; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    grep -q 'warning\[KH261\]' "$work/$f.err" || bad="$bad [$f: $(grep -v '^ ' "$work/$f.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "F2g (guard) a tổ dân phố under a tổ dân phố, a khu phố under a tổ dân phố, a thôn under a thôn: KH261"
else
    not_ok "F2g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
