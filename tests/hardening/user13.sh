#!/bin/sh
# tests/hardening/user13.sh KHGEN WORKDIR - what session 13's new user found
# (issue 8: a district's IT officer who got khgen from a colleague and
# followed README.md only; /tmp/s13user/findings.md in its session): a
# diagnostic that did not say what to write, a skeleton that the next
# step of the yearly cycle flagged, and an import that kept the year in an
# attachment's cells.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# README's complete example: the plan the cases edit
readme_base

# edit NAME SED: $work/p/NAME.yaml, the example edited by SED (which must change it)
edit() {
    sed "$2" "$work/p/ex.yaml" >"$work/p/$1.yaml"
    cmp -s "$work/p/ex.yaml" "$work/p/$1.yaml" && not_ok "setup: $1 changes nothing"
}

# ---- F2: a unit's name where its id goes ----------------------------------------
# The first mistake of someone who reads the plan as the document: the
# name it prints, "lead: Phòng Tài chính - Kế hoạch", where the id (tckh)
# goes. It was "ids are written one each, as a list: [Phòng, Tài, chính,
# -, Kế, hoạch]" (six unknown ids, and KH250 "tckh never used" too).
edit f2 's/^            lead: tckh$/            lead: Phòng Tài chính - Kế hoạch/'
"$khgen" check "$work/p/f2.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] &&
    grep -q "error\[KH202\]: unknown unit 'Phòng Tài chính - Kế hoạch': that is the name of unit 'tckh'; write its id, 'tckh'$" "$work/err" &&
    ! grep -q 'KH250' "$work/err" && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ]; then
    ok "F2: a unit's name for its id names the id, one error"
else
    not_ok "F2: status $status: $(head -c 400 "$work/err")"
fi
# its short name in a list, and a level's name
edit f2b 's/support: \[vpdp\]/support: [VPĐP NTM]/; s/target: ntm-nc, target_year/target: Nông thôn mới nâng cao, target_year/'
"$khgen" check "$work/p/f2b.yaml" >/dev/null 2>"$work/err"
if grep -q "unknown unit 'VPĐP NTM': that is the name of unit 'vpdp'; write its id, 'vpdp'$" "$work/err" &&
    grep -q "unknown level 'Nông thôn mới nâng cao': that is the name of level 'ntm-nc'; write its id, 'ntm-nc'$" "$work/err"; then
    ok "F2: a unit's short name, a level's name (its case aside) name the id"
else
    not_ok "F2: short name, level: $(head -c 400 "$work/err")"
fi
# {loc Đồng Hưu}: two KH203, "unknown locality 'Đồng'" and "'Hưu'"; now
# one naming dong-huu, and "xã Tân Hiệp" (kind and name) tan-hiep
edit f2c 's/{loc dong-huu tan-hiep}/{loc Đồng Hưu xã Tân Hiệp}/'
"$khgen" check "$work/p/f2c.yaml" >/dev/null 2>"$work/err"
if [ "$(grep -c 'error\[' "$work/err")" -eq 2 ] &&
    grep -q "unknown locality 'Đồng Hưu': that is the name of locality 'dong-huu'; write its id, 'dong-huu'$" "$work/err" &&
    grep -q "unknown locality 'xã Tân Hiệp': that is the name of locality 'tan-hiep'; write its id, 'tan-hiep'$" "$work/err" &&
    ! grep -q "'Đồng'\|'Hưu'\|KH251" "$work/err"; then
    ok "F2: {loc Đồng Hưu xã Tân Hiệp} names dong-huu and tan-hiep, one error each"
else
    not_ok "F2: {loc} names: $(head -c 600 "$work/err")"
fi
# the message in Vietnamese
"$khgen" --lang vi check "$work/p/f2.yaml" >/dev/null 2>"$work/err"
if grep -q "không có đơn vị 'Phòng Tài chính - Kế hoạch': đó là tên của đơn vị 'tckh'; hãy ghi id của nó, 'tckh'$" "$work/err"; then
    ok "F2: the message in Vietnamese"
else
    not_ok "F2: vi: $(head -c 300 "$work/err")"
fi
# many names for ids stay fast: the lookups share the hints' budget
/usr/bin/python3 - "$work/p/many.yaml" <<'PY'
import sys
n = 3000
out = ['khgen: 1', 'header: {issuer: [UBND], place: X, date: 2024-01, title: T}', 'units:']
out += ['  - {id: u%d, name: Phòng số %d}' % (i, i) for i in range(n)]
out += ['body:', '  - section: A', '    items:']
out += ['      - {task: "t%d", lead: "Phòng số %d"}' % (i, n - 1 - i) for i in range(n)]
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
PY
timed_case "F2: 3,000 units' names for 3,000 leads" "$khgen" check --max-errors 1 "$work/p/many.yaml"
# and names of 500 bytes, all of one length: each is measured and folded
/usr/bin/python3 - "$work/p/long.yaml" <<'PY'
import sys
n, name = 3000, 'Phòng ' + 'a' * 480
out = ['khgen: 1', 'header: {issuer: [UBND], place: X, date: 2024-01, title: T}', 'units:']
out += ['  - {id: u%d, name: "%s %04d"}' % (i, name, i) for i in range(n)]
out += ['body:', '  - section: A', '    items:']
out += ['      - {task: "t%d", lead: "%s %04d"}' % (i, name, n - 1 - i) for i in range(n)]
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
PY
timed_case "F2: 3,000 names of 500 bytes for 3,000 leads" "$khgen" check --max-errors 1 "$work/p/long.yaml"

# ---- F3: init's subject line with a literal year -------------------------------
# `khgen init` wrote "... nông thôn mới năm 2025" in the title while its
# opening said {year}: the next step of README's yearly cycle, `khgen new
# --from` the skeleton, noted "title still says 2025" on its own line.
(cd "$work" && "$khgen" init --year 2025 "An Bình" -o ab.yaml >/dev/null 2>&1 &&
    "$khgen" new --from ab.yaml --year 2026 -o ab-2026.yaml >/dev/null 2>"$work/err")
status=$?
"$khgen" build -f md -o - "$work/ab-2026.yaml" 2>/dev/null >"$work/out"
if [ "$status" -eq 0 ] && ! grep -q 'still say' "$work/err" &&
    grep -q 'nông thôn mới năm 2026 trên địa bàn huyện An Bình\*\*$' "$work/out"; then
    ok "F3: init's skeleton moved to next year by new: no note, its title says 2026"
else
    not_ok "F3: status $status: $(head -c 400 "$work/err")"
fi

# ---- F7: `khgen new PLAN --year N`, the plan given as build and check take it --------
# was "unexpected argument 'ex.yaml'", not saying that the plan goes after --from
(cd "$work/p" && "$khgen" new ex.yaml --year 2025 >/dev/null 2>"$work/err")
status=$?
if [ "$status" -eq 2 ] && [ ! -e "$work/p/ex-2025.yaml" ] &&
    grep -q "^khgen: new: unexpected argument 'ex.yaml': the old plan is given with --from, 'khgen new --from ex.yaml --year N'$" "$work/err"; then
    ok "F7: new's plan without --from: the message says where it goes"
else
    not_ok "F7: status $status: $(head -c 300 "$work/err")"
fi

# ---- F4: the plan's year in an imported attachment's cells ----------------------
# README: import writes the plan's year as {year} "in table titles, headers
# and cells too"; the cells of an attachment page kept it ("Thường xuyên
# trong năm 2024" in Bình Trung's Biểu 01), so `khgen new` listed 19 notes
# "rows still says 2024" for the drafter to edit by hand.
"$khgen" build -f docx -o "$work/f4" plans/binh-trung-2024.yaml >/dev/null 2>&1 ||
    not_ok "setup: F4's .docx"
"$khgen" import "$work/f4/binh-trung-2024.docx" -o "$work/f4/bt.yaml" >/dev/null 2>&1
"$khgen" new --from "$work/f4/bt.yaml" --year 2025 -o "$work/f4/bt-2025.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" build -f md -o - "$work/f4/bt.yaml" 2>/dev/null >"$work/out"
# (a row is a list, or a mapping that writes its number: Bình Trung's
# numbers run on across the groups, cycle14.sh)
if [ "$status" -eq 0 ] && grep -q '^      - [[{].*"Thường xuyên trong năm {year}"[]}]$' "$work/f4/bt.yaml" &&
    ! grep -q '^      - [[{].*năm 2024' "$work/f4/bt.yaml" && ! grep -q 'rows.* still say' "$work/err" &&
    grep -q '| Thường xuyên trong năm 2024 |$' "$work/out"; then
    ok "F4: an imported attachment's cells say {year}, printed 2024; new leaves no note on them"
else
    not_ok "F4: status $status: $(grep -c 'rows.* still say' "$work/err") notes on rows; $(grep -m1 'năm 2024' "$work/f4/bt.yaml")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
