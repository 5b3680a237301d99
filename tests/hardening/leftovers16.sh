#!/bin/sh
# tests/hardening/leftovers16.sh KHGEN WORKDIR - what session 16 fixed of
# the fifteenth black-box attack's LOW leftovers and one of issue 8's i18n
# leftovers: a table's total of 16 digits that the workbook's SUM showed
# with other digits than the document (Excel keeps 15), `pad=` on a sum of
# decimals dropped without a word, KH311 quoting the plan's month
# "tháng 1/2024" where the document prints "01", `khgen diff` counting a
# group row ("I. Cấp huyện") in "chuyển từ dòng 3", `{att a b}` printing
# "Biểu 02, số 03" for a label "Biểu số 03" whose last space is a no-break
# one, `khgen new >&-` writing the plan and then failing with status 3, and
# `khgen new`'s English notes naming the YAML key ("title still says
# 2024") where the Vietnamese name the part of the document. Each case
# fails with the binary from before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
ex=$work/p/ex.yaml
py=/usr/bin/python3

# ---- 1: a total past Excel's 15 digits: the workbook holds the document's text ---------------
# two amounts of 15 digits add up to 1.999.999.999.999.998, exact in a
# double and printed so; Excel's SUM showed 2.000.000.000.000.000
sed 's|(Chi tiết theo {att bieu01} đính kèm).|(Chi tiết theo {att bieu01 von} đính kèm).|' "$ex" >"$work/p/big.yaml"
cat >>"$work/p/big.yaml" <<'EOF'
  - id: von
    label: Biểu 02
    title: Vốn
    columns:
      - stt
      - {key: ten, header: Nguồn}
      - {key: v, header: Vốn (đồng), type: int, total: true}
      - {key: n, header: Số dự án, type: int, total: true}
    rows: [[A, 999999999999999, 4], [B, 999999999999999, 5]]
    totals: true
EOF
"$khgen" build -f md,xlsx -o "$work/o1" "$work/p/big.yaml" >/dev/null 2>"$work/o1.err"
s1=$?
cells=$("$py" - "$work/o1/big.xlsx" <<'PY' 2>&1
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Biểu 02']
print(repr(ws['C8'].value), repr(ws['D8'].value))
PY
)
if [ "$s1" -eq 0 ] && grep -qF '| **Tổng cộng** |  | **1.999.999.999.999.998** | **9** |' "$work/o1/big.md" &&
    [ "$cells" = "'1.999.999.999.999.998' '=SUM(D6:D7)'" ] &&
    grep -q "big.yaml:[0-9]*:[0-9]*: warning\[KH628\]: the total of column 'Vốn (đồng)' of sheet 'Biểu 02' (cell C8) is 1.999.999.999.999.998, more digits than the 15 Excel shows (a SUM there shows 2.000.000.000.000.000)" "$work/o1.err"; then
    ok "1: a total of 16 digits is the document's text in the workbook, KH628 names cell C8; a total of 9 stays a SUM"
else
    not_ok "1: status $s1, cells $cells: $(head -c 400 "$work/o1.err")"
fi
# one of 15 digits is a number and a SUM, without a word
sed 's/\[\[A, 999999999999999, 4\], \[B, 999999999999999, 5\]\]/[[A, 499999999999999, 4], [B, 500000000000000, 5]]/' \
    "$work/p/big.yaml" >"$work/p/big15.yaml"
"$khgen" build -f xlsx -o "$work/o1b" "$work/p/big15.yaml" >/dev/null 2>"$work/o1b.err"
cells=$("$py" - "$work/o1b/big15.xlsx" <<'PY' 2>&1
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Biểu 02']
print(repr(ws['C8'].value))
PY
)
if [ "$cells" = "'=SUM(C6:C7)'" ] && ! grep -q KH628 "$work/o1b.err"; then
    ok "1: a total of 15 digits (999.999.999.999.999) stays a SUM, no KH628"
else
    not_ok "1: 15 digits: $cells $(head -c 300 "$work/o1b.err")"
fi

# ---- 2: pad= where the figure prints decimals is KH501 ---------------------------------------
sed -e 's/criteria_met: 17, target: ntm, target_year: 2024}/criteria_met: 17, target: ntm, target_year: 2024, data: {ty_le: 12.5}}/' \
    -e 's|(Chi tiết theo {att bieu01} đính kèm).|(Chi tiết theo {att bieu01 b3} đính kèm, {sum rows b3 v pad=3}, {sum localities data.ty_le pad=4}, {sum localities criteria_met decimals=1 pad=4}, {sum rows b3 n pad=3}, {count localities pad=2}).|' \
    "$ex" >"$work/p/pad.yaml"
cat >>"$work/p/pad.yaml" <<'EOF'
  - id: b3
    label: Biểu 03
    title: Ba
    columns: [{key: a, header: A}, {key: v, header: V, type: decimal, decimals: 1}, {key: n, header: N, type: int}]
    rows: [[x, 12, 3], [y, 1.5, 4]]
EOF
"$khgen" check "$work/p/pad.yaml" >/dev/null 2>"$work/o2.err"
s2=$?
if [ "$s2" -eq 1 ] && [ "$(grep -c 'error\[KH501\]' "$work/o2.err")" -eq 3 ] &&
    grep -q "pad.yaml:43:[0-9]*: error\[KH501\]: 'pad' zero-pads a whole number, and column 'v' of attachment 'b3' holds decimals (type: decimal): remove 'pad=3'" "$work/o2.err" &&
    grep -q "pad.yaml:43:[0-9]*: error\[KH501\]: 'pad' zero-pads a whole number, and this sum is 12,5: data.ty_le has decimals; remove 'pad=4'" "$work/o2.err" &&
    grep -q "pad.yaml:43:[0-9]*: error\[KH501\]: 'pad' zero-pads a whole number, and 'decimals=1' prints decimals: keep one of the two" "$work/o2.err"; then
    ok "2: pad= on a decimal column, on data with decimals and beside decimals= is KH501; on whole numbers it is not"
else
    not_ok "2: status $s2: $(grep 'error\[' "$work/o2.err" | head -c 600)"
fi
LANGUAGE=vi "$khgen" --lang vi check "$work/p/pad.yaml" >/dev/null 2>"$work/o2vi.err"
if [ "$(grep -c "error\[KH501\]: 'pad' thêm số 0 vào trước một số nguyên" "$work/o2vi.err")" -eq 3 ]; then
    ok "2: the three in Vietnamese"
else
    not_ok "2 vi: $(grep 'KH501' "$work/o2vi.err" | head -c 400)"
fi

# ---- 3: KH311 quotes the plan's month as the document prints it: "tháng 01/2024" -------------
sed 's/due: 2024-Q1/due: 2023-12/' "$ex" >"$work/p/due.yaml"
"$khgen" check "$work/p/due.yaml" >/dev/null 2>"$work/o3.err"
LANGUAGE=vi "$khgen" --lang vi check "$work/p/due.yaml" >/dev/null 2>"$work/o3vi.err"
if grep -q "due.yaml:52:18: error\[KH311\]: deadline 'tháng 12/2023' is before the plan's own date (tháng 01/2024): check the year$" "$work/o3.err" &&
    grep -q "KH311.*tháng 01/2024" "$work/o3vi.err" && ! grep -q 'tháng 1/' "$work/o3.err" "$work/o3vi.err"; then
    ok "3: KH311 says 'tháng 01/2024', as the header's 'tháng 01 năm 2024' and a deadline 'tháng 02/2024'"
else
    not_ok "3: $(grep KH311 "$work/o3.err" "$work/o3vi.err" | head -c 400)"
fi

# ---- 4: khgen diff names a moved row by the STT the document prints ---------------------------
with_groups "$ex" "$work/p/d1.yaml"
# Tân Hiệp, STT 2 under "I. Cấp huyện" (the table's third row), moved last
"$py" - "$work/p/d1.yaml" "$work/p/d2.yaml" <<'PY'
import sys
s = open(sys.argv[1]).read()
s = s.replace("      - {name: Tân Hiệp, n: 30}\n", "", 1)
s = s.replace("      - {name: Bố Hạ, n: 7}\n", "      - {name: Bố Hạ, n: 7}\n      - {name: Tân Hiệp, n: 30}\n", 1)
open(sys.argv[2], 'w').write(s)
PY
"$khgen" diff "$work/p/d1.yaml" "$work/p/d2.yaml" >"$work/o4.out" 2>&1
s4=$?
if [ "$s4" -eq 1 ] && grep -qxF '@@ Biểu 03, dòng "Tân Hiệp": chuyển từ dòng 2, mục I sang dòng 3, mục II @@' "$work/o4.out" &&
    [ "$(grep -c '^@@' "$work/o4.out")" -eq 1 ]; then
    ok "4: a moved row is 'chuyển từ dòng 2, mục I', its STT and group, not 'dòng 3' (and, in another group, 'sang dòng 3, mục II': s42cycle)"
else
    not_ok "4: status $s4: $(head -c 300 "$work/o4.out")"
fi
# without an STT column the data rows are counted, the group rows not
sed '/^      - stt$/d' "$work/p/d1.yaml" >"$work/p/n1.yaml"
sed '/^      - stt$/d' "$work/p/d2.yaml" >"$work/p/n2.yaml"
"$khgen" diff "$work/p/n1.yaml" "$work/p/n2.yaml" >"$work/o4b.out" 2>&1
if grep -qxF '@@ Biểu 03, dòng "Tân Hiệp": chuyển từ dòng thứ 2 sang dòng thứ 4 @@' "$work/o4b.out"; then
    ok "4: in a table without STT the row is 'dòng thứ 2', the group row above it not counted"
else
    not_ok "4 no STT: $(head -c 300 "$work/o4b.out")"
fi

# ---- 5: {att a b} shortens a label only when the words before its last are the same ----------
sed 's|(Chi tiết theo {att bieu01} đính kèm).|(Chi tiết theo {att bieu01} và {att b2 b3 b4}; {att b3 b2}; {att b2 b5}).|' "$ex" >"$work/p/att.yaml"
cat >>"$work/p/att.yaml" <<'EOF'
  - {id: b2, label: Biểu 02, title: Hai, columns: [{key: a, header: A}], rows: [[x]]}
  - {id: b3, label: "Biểu số\u00a003", title: Ba, columns: [{key: a, header: A}], rows: [[x]]}
  - {id: b4, label: Biểu 04, title: Bốn, columns: [{key: a, header: A}], rows: [[x]]}
  - {id: b5, label: "Biểu\u00a005", title: Năm, columns: [{key: a, header: A}], rows: [[x]]}
EOF
"$khgen" build -f md,html -o "$work/o5" "$work/p/att.yaml" >/dev/null 2>"$work/o5.err"
s5=$?
nb=$(printf '\302\240')
if [ "$s5" -eq 0 ] &&
    grep -qF "(Chi tiết theo Biểu 01 và Biểu 02, Biểu số${nb}03, Biểu 04; Biểu số${nb}03, Biểu 02; Biểu 02, 05)." "$work/o5/att.md" &&
    grep -qF "Biểu 02, Biểu số${nb}03, Biểu 04; Biểu số${nb}03, Biểu 02; Biểu 02, 05)" "$work/o5/att.html"; then
    ok "5: 'Biểu số 03' (a no-break space) after 'Biểu 02' prints whole, and 'Biểu 02' after it; 'Biểu 05' after 'Biểu 02' is '05'"
else
    not_ok "5: status $s5: $(grep -o 'Chi tiết theo [^)]*' "$work/o5/att.md") $(head -c 200 "$work/o5.err")"
fi

# ---- 6: khgen new (and init) with standard output closed: nothing written, said why ----------
mkdir -p "$work/n6"
cp "$ex" "$work/n6/kh-2024.yaml"
(cd "$work/n6" && "$khgen" new --from kh-2024.yaml --year 2025 >&- 2>"$work/o6.err")
s6=$?
if [ "$s6" -eq 3 ] && [ ! -e "$work/n6/kh-2025.yaml" ] &&
    grep -q "^khgen: new: standard output is closed (or open for reading only), and new prints there what it did: nothing was written" "$work/o6.err" &&
    [ "$(wc -l <"$work/o6.err")" -eq 1 ]; then
    ok "6: new >&- writes no plan and says why in one line (status 3)"
else
    not_ok "6: status $s6, $(ls "$work/n6" | tr '\n' ' '): $(head -c 300 "$work/o6.err")"
fi
# a standard output that fails later (a full disk): the plan is whole, and said so
if [ -w /dev/full ]; then
    rm -f "$work/n6/kh-2025.yaml"
    (cd "$work/n6" && "$khgen" new --from kh-2024.yaml --year 2025 >/dev/full 2>"$work/o6b.err")
    s6=$?
    "$khgen" new --from "$work/n6/kh-2024.yaml" --year 2025 -o "$work/n6/ref.yaml" >/dev/null 2>&1
    if [ "$s6" -eq 3 ] && cmp -s "$work/n6/kh-2025.yaml" "$work/n6/ref.yaml" &&
        grep -q "^khgen: new: wrote 'kh-2025.yaml', but what changed and the notes for the drafter could not be printed to standard output: " "$work/o6b.err" &&
        ! grep -q 'cannot write to standard output' "$work/o6b.err"; then
        ok "6: new >/dev/full writes the plan whole and says it wrote it (status 3)"
    else
        not_ok "6 /dev/full: status $s6: $(head -c 300 "$work/o6b.err")"
    fi
fi
mkdir -p "$work/n6i"
(cd "$work/n6i" && "$khgen" init --year 2025 "Yên Thế" >&- 2>"$work/o6c.err")
s6=$?
if [ "$s6" -eq 3 ] && [ -z "$(ls "$work/n6i")" ] &&
    grep -q "^khgen: init: standard output is closed" "$work/o6c.err"; then
    ok "6: init >&- writes no skeleton and says why (status 3)"
else
    not_ok "6 init: status $s6, $(ls "$work/n6i" | tr '\n' ' '): $(head -c 300 "$work/o6c.err")"
fi

# ---- 7: new's English notes name the part of the document, as the Vietnamese -----------------
(cd "$work/n6" && "$khgen" --lang en new --from kh-2024.yaml --year 2025 -o en.yaml) >"$work/o7.out" 2>&1
s7=$?
(cd "$work/n6" && "$khgen" --lang vi new --from kh-2024.yaml --year 2025 -o vi.yaml) >"$work/o7vi.out" 2>&1
if [ "$s7" -eq 0 ] &&
    grep -q '^en.yaml:11:[0-9]*: note: the title of the plan still says 2024: "' "$work/o7.out" &&
    grep -q '^en.yaml:[0-9]*:[0-9]*: note: the title of Biểu 01 still says 2024: "' "$work/o7.out" &&
    ! grep -q 'note: title still' "$work/o7.out" &&
    grep -q '^vi.yaml:[0-9]*:[0-9]*: note: tiêu đề của Biểu 01 vẫn ghi năm 2024: "' "$work/o7vi.out"; then
    ok "7: English notes say 'the title of the plan', 'the title of Biểu 01', as the Vietnamese"
else
    not_ok "7: status $s7: $(grep 'note:' "$work/o7.out" | head -c 400)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
