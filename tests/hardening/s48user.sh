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
#  F3   a task's lead written as a unit's name cut short ("Phòng Kinh tế"
#       for "Phòng Kinh tế, Hạ tầng và Đô thị") or a name no unit has
#       ("Phòng Y tế") was told "ids are written one each, as a list:
#       [Phòng, Kinh, tế]"; now the unit whose name begins so, its id to
#       write, or that it reads as a name and what to write.
#  F3g  (guard) "vp, nv" (ids written as one) is still told the list.
#  F5   KH114 said "1,200 as C reads it": "C" means nothing to an office;
#       now "in English notation".
#  F6   a figure with its unit typed in a number cell ("1.200 tr.đ") was
#       told "write one"; now "write the figure alone, '1.200', without
#       'tr.đ'" and where the unit goes.
#  F12  a node's key that lost its ':' over keys of its own ("- section
#       NHIỆM VỤ" above "items:") was KH005 at the next line, "put a value
#       that contains ': ' in quotes, or check the indentation"; now at
#       the key, "write ':' after the key".
#  U7   (s47user's leftover) a row of a written Biểu whose "Tổng" is not
#       the sum of its figures (1.500 + 350,5 typed 1.950,5) printed with
#       exit 0; now KH640 at that row.
#  U7g  (guard) a "Tổng" that adds no columns beside it, or rows that add
#       up, or fewer than two thirds adding: no KH640.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# one message (the first line of each) of code at line:col, exit status st
one_msg() { # FILE.err WANT-GREP STATUS-WANTED STATUS
    [ "$4" = "$3" ] && grep -qF "$2" "$1" && [ "$(grep -c '^[^ ].*\[KH' "$1")" = 1 ]
}

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

# ---- F3: a unit's name where its id goes --------------------------------------------------
bad=
edited f3a '            lead: tckh' '            lead: Phòng Tài chính'
edited f3b '            lead: tckh' '            lead: Phòng Y tế'
edited f3c '            support: [vpdp]' '            support: vpdp, tckh'
"$khgen" check "$work/p/f3a.yaml" >/dev/null 2>"$work/f3a.err"
one_msg "$work/f3a.err" "error[KH202]: unknown unit 'Phòng Tài chính': the name of unit 'tckh', Phòng Tài chính - Kế hoạch, begins so; write its id, 'tckh'" 1 $? ||
    bad="$bad [f3a: $(grep -v '^ ' "$work/f3a.err" | head -c 300)]"
"$khgen" check "$work/p/f3b.yaml" >/dev/null 2>"$work/f3b.err"
one_msg "$work/f3b.err" "error[KH202]: unknown unit 'Phòng Y tế': that reads as a name, and no unit is so named; write the id of the one meant" 1 $? ||
    bad="$bad [f3b: $(grep -v '^ ' "$work/f3b.err" | head -c 300)]"
grep -qF '[Phòng' "$work/f3a.err" "$work/f3b.err" && bad="$bad [a list of words still offered]"
if [ -z "$bad" ]; then
    ok "F3 'lead: Phòng Tài chính' names tckh (its name begins so); 'lead: Phòng Y tế' reads as a name: no [Phòng, Y, tế]"
else
    not_ok "F3:$bad"
fi
bad=
"$khgen" check "$work/p/f3c.yaml" >/dev/null 2>"$work/f3c.err"
grep -qF "ids are written one each, as a list: [vpdp, tckh]" "$work/f3c.err" ||
    bad="$bad [f3c: $(grep -v '^ ' "$work/f3c.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F3g (guard) 'support: vpdp, tckh' is still told to be a list"
else
    not_ok "F3g:$bad"
fi

# ---- F5, F6: a figure's notation, a unit typed in a number cell ---------------------------
bad=
bieu() { # NAME ROWS: the example with a written Biểu 02 of money (ns, dan, tong)
    edited "$1" '    rows: {from: localities, where: {target_year: 2024}}' \
        "    rows: {from: localities, where: {target_year: 2024}}
  - id: bieu02
    label: Biểu 02
    title: Kế hoạch vốn
    unit: triệu đồng
    suppress: [KH253]
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: ns, header: Ngân sách, type: decimal, total: true}
      - {key: dan, header: Nhân dân đóng góp, type: decimal, total: true}
      - {key: tong, header: Tổng, type: decimal, total: true}
    rows:
$2
    totals: Tổng cộng"
}
bieu f5 '      - {name: Đường thôn, ns: "1.200", dan: 300, tong: 1500}'
"$khgen" check "$work/p/f5.yaml" >/dev/null 2>"$work/f5.err"
grep -qF "column 'ns' holds '1.200': 1200 as khgen prints numbers (thousands dot), 1,200 in English notation (decimal point)" \
    "$work/f5.err" && ! grep -q 'as C ' "$work/f5.err" || bad="$bad [f5: $(grep -v '^ ' "$work/f5.err" | head -c 300)]"
LANG=vi_VN.UTF-8 LC_ALL= LANGUAGE= "$khgen" check "$work/p/f5.yaml" >/dev/null 2>"$work/f5v.err"
grep -qF "đọc theo cách viết số của tiếng Anh (dấu chấm thập phân) thì là 1,200" "$work/f5v.err" &&
    ! grep -q 'cách của C' "$work/f5v.err" || bad="$bad [f5 vi: $(grep -v '^ ' "$work/f5v.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F5 KH114 '1.200' in a decimal column: 'in English notation', not 'as C reads it' (en, vi)"
else
    not_ok "F5:$bad"
fi
bad=
bieu f6 '      - {name: Đường thôn, ns: "1.200 tr.đ", dan: 300, tong: 1500}'
"$khgen" check "$work/p/f6.yaml" >/dev/null 2>"$work/f6.err"
one_msg "$work/f6.err" "error[KH611]: column 'ns' holds numbers, not '1.200 tr.đ': write the figure alone, '1.200', without 'tr.đ' (a table's unit goes in its 'unit:')" 1 $? ||
    bad="$bad [f6: $(grep -v '^ ' "$work/f6.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F6 '1.200 tr.đ' in a decimal column: KH611 says to write the figure alone and where the unit goes"
else
    not_ok "F6:$bad"
fi

# ---- F12: a node's key that lost its ':' over keys of its own -----------------------------
bad=
edited f12a '  - section: TỔ CHỨC THỰC HIỆN' '  - section TỔ CHỨC THỰC HIỆN'
edited f12b '      - clause: Cấp xã' '      - clause Cấp xã'
for f in f12a f12b; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    want=$(grep -n -m1 -e '- section TỔ' -e '- clause Cấp' "$work/p/$f.yaml" | cut -d: -f1)
    [ "$st" = 1 ] && grep -q "^$work/p/$f.yaml:$want:[0-9]*: error\[KH005\]: YAML syntax error: this node's key has no ':' after it" \
        "$work/$f.err" || bad="$bad [$f (line $want): $st $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "F12 '- section TỔ CHỨC ...' and '- clause Cấp xã' over 'items:': KH005 at the key, 'write : after the key'"
else
    not_ok "F12:$bad"
fi

# ---- U7: a row's "Tổng" that is not the sum of its figures -------------------------------
bad=
bieu u7 '      - {name: Đường thôn, ns: 1500, dan: 350.5, tong: 1950.5}
      - {name: Nhà văn hóa, ns: 800, dan: 120, tong: 920}
      - {name: Kênh mương, ns: 1200, dan: 0, tong: 1200}'
"$khgen" check "$work/p/u7.yaml" >/dev/null 2>"$work/u7.err"
one_msg "$work/u7.err" "warning[KH640]: the row 'Đường thôn' gives 1.950,5 for 'Tổng', but its figures beside it add up to 1.850,5" 0 $? ||
    bad="$bad [u7: $(grep -v '^ ' "$work/u7.err" | head -c 300)]"
"$khgen" check -Werror "$work/p/u7.yaml" >/dev/null 2>&1 && bad="$bad [u7 passed -Werror]"
if [ -z "$bad" ]; then
    ok "U7 1.500 + 350,5 typed 1.950,5 under a 'Tổng' the other rows add up to: KH640 at that row"
else
    not_ok "U7:$bad"
fi
bad=
# every row adds up; a "Tổng" the columns beside it never add up to (a rate,
# an area); one row of three adding up
bieu u7g1 '      - {name: Đường thôn, ns: 1500, dan: 350.5, tong: 1850.5}
      - {name: Nhà văn hóa, ns: 800, dan: 120, tong: 920}
      - {name: Kênh mương, ns: 1200, dan: 0, tong: 1200}'
bieu u7g2 '      - {name: Đường thôn, ns: 15, dan: 3, tong: 120}
      - {name: Nhà văn hóa, ns: 8, dan: 12, tong: 92}
      - {name: Kênh mương, ns: 12, dan: 0, tong: 200}'
bieu u7g3 '      - {name: Đường thôn, ns: 1500, dan: 350.5, tong: 1850.5}
      - {name: Nhà văn hóa, ns: 800, dan: 120, tong: 1000}
      - {name: Kênh mương, ns: 1200, dan: 0, tong: 1300}'
for f in u7g1 u7g2 u7g3; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err" || bad="$bad [$f: exit $?]"
    grep -q 'KH640' "$work/$f.err" && bad="$bad [$f: $(grep KH640 "$work/$f.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "U7g (guard) rows that add up, a 'Tổng' its neighbours never add up to, one row of three adding: no KH640"
else
    not_ok "U7g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
