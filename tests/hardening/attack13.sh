#!/bin/sh
# tests/hardening/attack13.sh KHGEN WORKDIR - what the thirteenth black-box
# attack found (issue 8; /tmp/s13attack/findings.md in its session): `khgen
# diff -o` writing its redline over a registry the plans include, `khgen
# diff` saying "the same" of plans whose labels print otherwise, and a
# workbook row too tall for Excel that hid the end of its cell.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# README's complete example: the base of the diff cases
readme_base

# edit NAME OLD NEW [OLD NEW]...: $work/p/NAME.yaml, the example with each OLD
# replaced by NEW (each must be there)
edit() {
    /usr/bin/python3 - "$work/p/ex.yaml" "$work/p/$1.yaml" "$@" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
s = open(src, encoding='utf-8').read()
pairs = sys.argv[4:]
for a, b in zip(pairs[::2], pairs[1::2]):
    if a not in s:
        sys.exit('not in the example: ' + a)
    s = s.replace(a, b, 1)
open(dst, 'w', encoding='utf-8').write(s)
PY
}

# ---- F1: diff -o wrote over a registry the plans include ----------------------
# `-o` naming one of the two plans was refused, but not the shared registry
# of their include: (a tab completion away): the redline replaced it, exit 1,
# and every plan of the district stopped compiling.
mkdir -p "$work/f1/reg"
cp plans/yen-the-2024.yaml "$work/f1/a.yaml"
cp plans/yen-the/registry.yaml "$work/f1/reg/registry.yaml"
sed -i 's#include: \[yen-the/registry.yaml\]#include: [reg/registry.yaml]#' "$work/f1/a.yaml"
sed 's/^  date: 2024-01$/  date: 2024-01-05/' "$work/f1/a.yaml" >"$work/f1/b.yaml"
cp "$work/f1/reg/registry.yaml" "$work/f1/registry.orig"
"$khgen" diff -o "$work/f1/reg/registry.yaml" "$work/f1/a.yaml" "$work/f1/b.yaml" \
    >/dev/null 2>"$work/err"
status=$?
"$khgen" diff -o "$work/f1/redline.txt" "$work/f1/a.yaml" "$work/f1/b.yaml" >/dev/null 2>&1
status2=$?
if [ "$status" -eq 2 ] && cmp -s "$work/f1/reg/registry.yaml" "$work/f1/registry.orig" &&
    grep -q "is a file the plans read" "$work/err" && [ "$status2" -eq 1 ] &&
    grep -q '^+++ ' "$work/f1/redline.txt"; then
    ok "F1: diff -o refuses a registry the plans include (exit 2, the registry kept)"
else
    not_ok "F1: status $status/$status2: $(head -c 300 "$work/err"); registry: $(head -c 80 "$work/f1/reg/registry.yaml")"
fi

# ---- F2: diff was blind to a label the plan writes ----------------------------
# "Numbers are left out of the comparison because they are derived": but a
# label, a number restart or a marker written in the plan, a bullet made a
# point, and an attachment's label are not, and each printed otherwise while
# diff said "the same" (exit 0).
f2() { # NAME WANT OLD NEW: diff of the example and NAME exits 1 and prints WANT
    name=$1 want=$2
    shift 2
    edit "$name" "$@" || { not_ok "setup: F2 $name"; return; }
    "$khgen" diff --no-color "$work/p/ex.yaml" "$work/p/$name.yaml" >"$work/out" 2>&1
    status=$?
    if [ "$status" -eq 1 ] && grep -qF -- "$want" "$work/out"; then
        ok "F2: diff shows $name"
    else
        not_ok "F2: $name: status $status: $(head -c 400 "$work/out")"
    fi
}
f2 label '[-1.-]{+5.+} Cấp xã' '- clause: Cấp xã' '- clause: Cấp xã
        label: "5."'
f2 number '[-1.-]{+3.+} Cấp xã' '- clause: Cấp xã' '- clause: Cấp xã
        number: 3'
f2 no-label '[-II. -]TỔ CHỨC THỰC HIỆN' '- section: TỔ CHỨC THỰC HIỆN' '- section: TỔ CHỨC THỰC HIỆN
    label: ""'
f2 point '[---]{+a)+} Hoàn thành xây dựng xã Đồng Lạc' '- bullet: Hoàn thành xây dựng xã {loc dong-lac}' \
    '- point: Hoàn thành xây dựng xã {loc dong-lac}'
f2 marker '{+++} Hoàn thành xây dựng xã Đồng Lạc' '- bullet: Hoàn thành xây dựng xã {loc dong-lac}' \
    '- marker: "+"
            bullet: Hoàn thành xây dựng xã {loc dong-lac}'
# the same plan before: an attachment the text does not cite, its label changed
edit att-old '(Chi tiết theo {att bieu01} đính kèm).' 'Chi tiết kèm theo.' \
    '    preset: locality-targets' '    preset: locality-targets
    suppress: [KH253]' || not_ok "setup: F2 att-old"
edit att-new '(Chi tiết theo {att bieu01} đính kèm).' 'Chi tiết kèm theo.' \
    '    preset: locality-targets' '    preset: locality-targets
    suppress: [KH253]' '    label: Biểu 01' '    label: Phụ lục II' || not_ok "setup: F2 att-new"
"$khgen" diff --no-color "$work/p/att-old.yaml" "$work/p/att-new.yaml" >"$work/out" 2>&1
status=$?
if [ "$status" -eq 1 ] && grep -qF '[-Biểu 01-]{+Phụ lục II+}' "$work/out"; then
    ok "F2: diff shows an attachment's new label"
else
    not_ok "F2: attachment label: status $status: $(head -c 400 "$work/out")"
fi
# a renumbering is still no change: a clause added before "Cấp xã" is one
# addition, not "1." made "2." (named by its number and its first words
# since s45cycle F13)
edit renumber '      - clause: Cấp xã' '      - clause: Cấp huyện
      - clause: Cấp xã' || not_ok "setup: F2 renumber"
"$khgen" diff --no-color "$work/p/ex.yaml" "$work/p/renumber.yaml" >"$work/out" 2>&1
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c '^@@' "$work/out")" -eq 1 ] && grep -q '^@@ I.1. “Cấp huyện”: thêm @@$' "$work/out"; then
    ok "F2: a renumbering is still no change"
else
    not_ok "F2: renumber: status $status: $(head -c 400 "$work/out")"
fi

# ---- F3: a workbook row taller than Excel allows hid the end of its cell ------------
# A row is at most 409 pt high: a cell of 1,600 words got that height and
# LibreOffice's print of the .xlsx showed 380 of them, exit 0, no warning
# (a cell over 32,767 characters is KH621). Now KH627 says so; a cell that
# fits says nothing.
words=$(/usr/bin/python3 -c "print(' '.join('từ%d' % i for i in range(1, 1601)))")
edit tall '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024
    preset: locality-targets
    rows: {from: localities, where: {target_year: 2024}}' "    title: Danh sách xã phấn đấu đạt chuẩn năm 2024
    columns: [stt, {key: name, header: Nội dung}, {key: n, header: Số, type: int}]
    rows:
      - [\"Việc 1\", 1]
      - [\"Việc 2 $words\", 2]" || not_ok "setup: F3"
edit short '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024
    preset: locality-targets
    rows: {from: localities, where: {target_year: 2024}}' "    title: Danh sách xã phấn đấu đạt chuẩn năm 2024
    columns: [stt, {key: name, header: Nội dung}, {key: n, header: Số, type: int}]
    rows:
      - [\"Việc 1 $(echo "$words" | cut -d' ' -f1-150)\", 1]" || not_ok "setup: F3 short"
"$khgen" build -f xlsx -o "$work/f3" "$work/p/tall.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" build -f xlsx -o "$work/f3" "$work/p/short.yaml" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 0 ] && grep -q "tall.yaml:[0-9]*:[0-9]*: warning\[KH627\]: 1 row of sheet 'Biểu 01' (the first at row 7)" "$work/err" &&
    [ -s "$work/f3/tall.xlsx" ] && [ "$status2" -eq 0 ] && ! grep -q KH627 "$work/err2"; then
    ok "F3: a row taller than Excel's 409 pt is warned (KH627), one that fits is not"
else
    not_ok "F3: status $status/$status2: $(head -c 300 "$work/err") / $(head -c 200 "$work/err2")"
fi

# ---- the diagnostics' column memo was left uninitialised ----------------------------
# Found with valgrind while checking F1: diag.c's memo of the last column
# looked up was not set for a new source file, so an underline's column
# could start from a stale offset of the heap (every plan with include:).
# valgrind cannot run a binary built with AddressSanitizer (`make check`'s:
# it aborts, status 134), and ASan does not see uninitialised reads: the
# release build ./khgen (which make check builds too) is run then.
vg_khgen=$khgen
if grep -q __asan_init "$khgen" 2>/dev/null; then
    vg_khgen=./khgen
    grep -q __asan_init ./khgen 2>/dev/null && vg_khgen=
fi
if command -v valgrind >/dev/null 2>&1 && [ -x "$vg_khgen" ]; then
    valgrind -q --error-exitcode=9 "$vg_khgen" check "$work/f1/a.yaml" >/dev/null 2>"$work/err"
    status=$?
    if [ "$status" -eq 0 ]; then
        ok "valgrind: check of a plan with include: reads no uninitialised memory"
    else
        not_ok "valgrind: status $status: $(grep -m3 'at 0x\|uninit' "$work/err" | head -c 300)"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
