#!/bin/sh
# tests/hardening/s43fix.sh KHGEN WORKDIR - what a province department's
# IT officer found from the README alone (session 43's s43user), fixed by
# s43fix. Each case fails at main d5be71a7 unless named a guard:
#  F10 `preset: locality-targets` put an đặc khu in a group of its own
#      headed "đặc khu" (lower case), not under "Cấp xã": since 1 July 2025
#      an đặc khu is a commune-level unit, as a xã and a phường are.
#  F4  a ward's tổ dân phố were grouped under "Cấp thôn, bản" (a ward has
#      none): the village level's title is "Cấp {kinds}", the kinds of its
#      own rows, as the name column's header; a commune's thôn and tổ dân
#      phố (a thị trấn merged in) one group "Cấp thôn, tổ dân phố".
#  F6  the preset's "Thuộc {parent_kinds}" column printed "Thuộc địa bàn",
#      empty in every row, in a province's and a ward's Biểu 01 (no row
#      belongs to another locality): left out now; kept over a commune's
#      villages (guard). (Since s50user the ward's empty "Số tiêu chí đã
#      đạt" column is left out too: the row has one cell fewer.)
# About 10 runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
here=$(cd "$(dirname "$0")" && pwd)/s43fix
mkdir -p "$work"

# ---- F10, F4, F6: locality-targets over the two-level government ----------
for p in tinh phuong xa; do
    "$khgen" build -f md,xlsx -o "$work/lt" "$here/$p.yaml" >"$work/lt-$p.out" 2>&1
done
md=$work/lt/tinh.md
if grep -qF '| **I** | **Cấp xã** |' "$md" && grep -q '^| 3 | Đặc khu Vân Đồn |' "$md" &&
    ! grep -qF '**đặc khu**' "$md" && ! grep -qF '| **II**' "$md" &&
    ! unzip -p "$work/lt/tinh.xlsx" xl/sharedStrings.xml 2>/dev/null | grep -q '>đặc khu<'; then
    ok "F10 a province's Biểu 01: Đặc khu Vân Đồn numbered 3 under 'Cấp xã' with the xã and the phường (md, xlsx)"
else
    not_ok "F10 đặc khu: $(grep '^| ' "$md" 2>/dev/null | tr '\n' ' ' | head -c 500) $(head -c 300 "$work/lt-tinh.out")"
fi
md=$work/lt/phuong.md
if grep -qF '| **I** | **Cấp tổ dân phố** |' "$md" && ! grep -q 'thôn, bản' "$md" &&
    ! unzip -p "$work/lt/phuong.xlsx" xl/sharedStrings.xml 2>/dev/null | grep -q 'Cấp thôn'; then
    ok "F4 a ward's Biểu 01: its tổ dân phố under 'Cấp tổ dân phố', no 'Cấp thôn, bản' (md, xlsx)"
else
    not_ok "F4 ward: $(grep '^| ' "$md" 2>/dev/null | tr '\n' ' ' | head -c 500) $(head -c 300 "$work/lt-phuong.out")"
fi
md=$work/lt/xa.md
if grep -qF '| **I** | **Cấp thôn, tổ dân phố** |' "$md" && [ "$(grep -c '^| \*\*' "$md")" -eq 1 ]; then
    ok "F4 a commune's thôn and tổ dân phố: one group 'Cấp thôn, tổ dân phố'"
else
    not_ok "F4 commune: $(grep '^| ' "$md" 2>/dev/null | tr '\n' ' ' | head -c 500)"
fi
if grep -q '^| STT | Tên xã, phường, đặc khu | Hiện trạng: Số tiêu chí' "$work/lt/tinh.md" &&
    grep -q '^| STT | Tên tổ dân phố | Hiện trạng: Mức đã đạt chuẩn' "$work/lt/phuong.md" &&
    grep -q '^| 1 | Tổ dân phố số 1 |  | tổ dân phố văn minh | 2026 |  |$' "$work/lt/phuong.md" &&
    ! unzip -p "$work/lt/tinh.xlsx" xl/sharedStrings.xml 2>/dev/null | grep -q 'Thuộc'; then
    ok "F6 a province's and a ward's Biểu 01: no 'Thuộc địa bàn' column, empty in every row (md, xlsx)"
else
    not_ok "F6 Thuộc: $(grep -h '^| STT\|^| 1 ' "$work/lt/tinh.md" "$work/lt/phuong.md" 2>/dev/null | tr '\n' ' ' | head -c 500)"
fi
if grep -q '^| STT | Tên thôn, tổ dân phố | Thuộc xã | Hiện trạng' "$work/lt/xa.md" &&
    grep -q '^| 2 | Tổ dân phố Bố Hạ | Xã Yên Thế |' "$work/lt/xa.md"; then
    ok "F6 guard: over a commune's villages the column stays, 'Thuộc xã'"
else
    not_ok "F6 guard: $(grep '^| ' "$work/lt/xa.md" 2>/dev/null | tr '\n' ' ' | head -c 400)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
