#!/bin/sh
# tests/hardening/fixfig26.sh KHGEN WORKDIR - what session 26 fixed of the
# leftovers of its attack on computed figures and tables (s26attack's L3,
# L6, L7, L8, L10, L11, L12, L13; issue 8), each on README's complete
# example:
#  L3  `criteria_met: 17.5` printed "Số tiêu chí đã đạt 17,5": a count of
#      criteria is a whole number, KH108 (16.0 is 16);
#  L6  a percent column of Excel's fractions (0.0229 for 2,29%) printed
#      "0,0229%" without a word: KH634 with the percentage to write;
#  L7  `totals: ture` printed a totals row labelled "ture": KH633 naming
#      `totals: true` (`True`, `no` too);
#  L8  `{sum rows b n decimals=2}` of an int column printed "42,00 hộ":
#      KH501, as decimals= on a count;
#  L10 a column with `decimals: 2` printed rows 1,01 + 2,68 + 0,10 + 0,20
#      under a total of 3,98 (the values summed unrounded), in the
#      document, a figure and the workbook's SUM alike: each cell now
#      holds its value as printed, and all say 3,99;
#  L11 `{avg rows b w weight=v}` with `merge: [v]` weighted the covered
#      row by the merged cell again (its weights 17 where {sum} says 12):
#      the row is left out, KH506 says why;
#  L12 `where: {kind: xa}` in a table: KH618 without "did you mean 'xã'"
#      (a figure's KH505 had it): one rule, query_unmatched;
#  L13 "trước {due}" over a `before:` deadline printed "trước trước ngày
#      ...": KH213 at the reference (the text is printed as written).
# Then controls (README's example, plans/, tests/xlsx/plans/,
# tests/diag/number-ok.yaml get none of the new messages) and the new
# loops timed at n and 4n on inputs shaped for their worst case.
# Each L case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
bullet='(Chi tiết theo {att bieu01} đính kèm).'

# with_table NAME BULLET: the example with the attachment read from stdin
# appended and BULLET (which refers to it) for its paragraph, as $P/NAME.yaml
with_table() {
    { cat "$P/ex.yaml"; cat; } >"$P/$1.base"
    /usr/bin/python3 - "$P/$1.base" "$P/$1.yaml" "$bullet" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert sys.argv[3] in s
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(sys.argv[3], sys.argv[4], 1))
PY
}

# md_has NAME FILE TEXT: `khgen build -f md FILE` ends 0 and its .md
# holds TEXT (a fixed string)
md_has() {
    rm -rf "$work/md"
    "$khgen" build -f md -o "$work/md" "$2" >"$work/out" 2>"$work/err"
    st=$?
    md="$work/md/$(basename "$2" .yaml).md"
    if [ $st -eq 0 ] && grep -qF -- "$3" "$md"; then
        ok "$1"
    else
        not_ok "$1: exit $st, want '$3'; got: $(grep -F 'X ' "$md" 2>/dev/null | head -2) $(head -c 300 "$work/err")"
    fi
}

# quiet NAME FILE CODE: `khgen check FILE` ends 0 without CODE
quiet() {
    "$khgen" check "$2" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -eq 0 ] && ! grep -q "\[$3\]" "$work/err"; then
        ok "$1"
    else
        not_ok "$1: exit $st; got: $(head -c 400 "$work/err")"
    fi
}

# ---- L3: a count of criteria with a fraction -------------------------------------------
edited l3 'criteria_met: 17, target' 'criteria_met: 17.5, target'
check_says "L3 'criteria_met: 17.5': KH108, a whole number" "$P/l3.yaml" 1 \
    "l3.yaml:32:60: error[KH108]: 'criteria_met' counts criteria, a whole number, not '17.5'; write 17 or 18"
edited l3b 'criteria_met: 16, target' 'criteria_met: 16, criteria_planned: 1.5, target'
check_says "L3 'criteria_planned: 1.5': KH108" "$P/l3b.yaml" 1 "[KH108]" "'criteria_planned' counts criteria"
edited l3g 'criteria_met: 17, target' 'criteria_met: 17.0, target'
quiet "L3 guard: 'criteria_met: 17.0' is 17" "$P/l3g.yaml" KH108

# ---- L6: a percent column of fractions ----------------------------------------------------
pct_table() { # ROWS...: Biểu 03 with a percent column `rate`
    cat <<'EOF'
  - id: bieu03
    label: Biểu 03
    title: Số liệu hộ nghèo
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: rate, header: Tỷ lệ, type: percent}
    rows:
EOF
    for r in "$@"; do printf '      - %s\n' "$r"; done
}
pct_table '{name: Đồng Hưu, rate: 0.0229}' '[Tân Hiệp, 0.015]' '[Đồng Lạc, 0]' |
    with_table l6 '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
check_says "L6 percents 0.0229, 0.015, 0 (printed '0,0229%'): KH634 with '2,29'" "$P/l6.yaml" 0 \
    "l6.yaml:83:32: warning[KH634]: every value of the percent column 'rate' is under 1" \
    "write the percentage, 2,29 for 2,29%"
pct_table '[Đồng Hưu, "0,5%"]' '[Tân Hiệp, 0.8]' |
    with_table l6g '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
quiet "L6 guard: a percent under 1% written with its sign" "$P/l6g.yaml" KH634
pct_table '[Đồng Hưu, 2.29]' '[Tân Hiệp, 0.5]' |
    with_table l6h '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
quiet "L6 guard: percentages, one of them under 1" "$P/l6h.yaml" KH634
pct_table '[Đồng Hưu, 0]' '[Tân Hiệp, 0]' |
    with_table l6i '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
quiet "L6 guard: a column of zeros" "$P/l6i.yaml" KH634

# ---- L7: a mistyped boolean as the totals label ------------------------------------------
tot_table() { # TOTALS
    cat <<EOF
  - id: bieu03
    label: Biểu 03
    title: Số liệu hộ nghèo
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: n, header: Số hộ, type: int, total: true}
    rows:
      - [Đồng Hưu, 12]
      - [Tân Hiệp, 30]
    totals: $1
EOF
}
tot_table ture | with_table l7 '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
check_says "L7 'totals: ture' (a row labelled 'ture'): KH633 naming 'totals: true'" "$P/l7.yaml" 0 \
    "l7.yaml:85:13: warning[KH633]: 'totals: ture' prints a totals row labelled 'ture': write 'totals: true'"
tot_table True | with_table l7b '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
check_says "L7 'totals: True': KH633" "$P/l7b.yaml" 0 "[KH633]" "write 'totals: true'"
tot_table no | with_table l7c '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
check_says "L7 'totals: no': KH633 naming 'totals: false'" "$P/l7c.yaml" 0 "[KH633]" "write 'totals: false'"
tot_table flase | with_table l7d '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
check_says "L7 'totals: flase': KH633 naming 'totals: false'" "$P/l7d.yaml" 0 "[KH633]" "write 'totals: false'"
for label in 'Tổng số' 'Cộng' 'Tổng cộng toàn huyện'; do
    tot_table "$label" | with_table l7g '(Chi tiết theo {att bieu01}, {att bieu03} đính kèm).'
    quiet "L7 guard: 'totals: $label'" "$P/l7g.yaml" KH633
done

# ---- L8: decimals= on a sum of whole numbers ---------------------------------------------
num_table() {
    cat <<'EOF'
  - id: b3
    label: Biểu 03
    title: Số liệu
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: n, header: Số hộ, type: int}
      - {key: d, header: Diện tích, type: decimal}
    rows:
      - [A, 12, 1.5]
      - [B, 30, 2.25]
EOF
}
num_table | with_table l8 '(Chi tiết theo {att bieu01} đính kèm; X {sum rows b3 n decimals=2} hộ).'
check_says "L8 '{sum rows b3 n decimals=2}' of an int column ('42,00 hộ'): KH501" "$P/l8.yaml" 1 \
    "l8.yaml:43:59: error[KH501]: 'decimals=2' prints decimals on a sum of whole numbers ('n'"
num_table | with_table l8b '(Chi tiết theo {att bieu01} đính kèm; X {sum localities criteria_met decimals=1} {att b3}).'
check_says "L8 '{sum localities criteria_met decimals=1}': KH501" "$P/l8b.yaml" 1 "[KH501]" "('criteria_met' holds whole numbers"
num_table | with_table l8g '(Chi tiết theo {att bieu01} đính kèm; X {avg rows b3 n decimals=2} Y {sum rows b3 d decimals=2} Z).'
md_has "L8 guard: decimals= on an average and on a decimal column's sum" "$P/l8g.yaml" 'X 21,00 Y 3,75 Z'

# ---- L10: the printed rows add up to the printed total -----------------------------------
cat <<'EOF' | with_table l10 '(Chi tiết theo {att bieu01} đính kèm; X {sum rows b4 d} Y {avg rows b4 d decimals=4} Z).'
  - id: b4
    label: Biểu 04
    title: Diện tích
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: d, header: Diện tích, type: decimal, decimals: 2, total: true}
    rows:
      - name: A
        d: 1,005
      - name: B
        d: 2,675
      - [C, 0.1]
      - [D, 0.2]
    totals: true
EOF
md_has "L10 rows 1,01 2,68 0,10 0,20: the totals row prints 3,99 (was 3,98)" "$P/l10.yaml" '| **Tổng cộng** |  | **3,99** |'
md_has "L10 a figure over the rows adds the printed values: 3,99, average 0,9975" "$P/l10.yaml" 'X 3,99 Y 0,9975 Z'
rm -rf "$work/x"
"$khgen" build -f xlsx -o "$work/x" "$P/l10.yaml" >/dev/null 2>&1
got=$(/usr/bin/python3 - "$work/x/l10.xlsx" <<'PY' 2>&1
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Biểu 04']
vals = [r[2] for r in ws.iter_rows(values_only=True) if isinstance(r[2], (int, float))]
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)['Biểu 04']
cached = [r[2] for r in wb.iter_rows(values_only=True)][-1]
print(vals, cached)
PY
)
[ "$got" = "[1.01, 2.68, 0.1, 0.2] 3.99" ] && ok "L10 the workbook's cells hold 1.01 and 2.68, its SUM 3.99" ||
    not_ok "L10 the workbook's cells hold 1.01 and 2.68, its SUM 3.99: got $got"
cat <<'EOF' | with_table l10g '(Chi tiết theo {att bieu01} đính kèm; X {sum rows b4 d} Z).'
  - id: b4
    label: Biểu 04
    title: Diện tích
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: d, header: Diện tích, type: decimal, total: true}
    rows:
      - name: A
        d: 1,005
      - [B, 0.1]
    totals: true
EOF
md_has "L10 guard: without decimals: the values as written (1,005 + 0,1 = 1,105)" "$P/l10g.yaml" 'X 1,105 Z'

# ---- L11: a weighted average over a merged weight column --------------------------------
w_table() { # MERGE
    cat <<EOF
  - id: b1
    label: Biểu 03
    title: Số liệu
    $1
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: w, header: Số tiêu chí, type: int}
      - {key: v, header: Số xã, type: int, total: true}
    rows:
      - [A, 19, 5]
      - [B, 18, 5]
      - [C, 16, 2]
    totals: true
EOF
}
w_table 'merge: [v]' | with_table l11 '(Chi tiết theo {att bieu01} đính kèm; X {avg rows b1 w weight=v decimals=2} Y {sum rows b1 v} Z).'
md_has "L11 merged weights: the covered row left out (18,14, was 18,08 over weights 17), {sum} 7" "$P/l11.yaml" 'X 18,14 Y 7 Z'
check_says "L11 the covered weight is said (KH506)" "$P/l11.yaml" 0 \
    "warning[KH506]: the weight (v) of 1 of the 3 rows is a merged cell's above it ('merge')"
w_table '' | with_table l11g '(Chi tiết theo {att bieu01} đính kèm; X {avg rows b1 w weight=v decimals=2} Y {sum rows b1 v} Z).'
md_has "L11 guard: no merge: every row weighted (18,08), {sum} 12" "$P/l11g.yaml" 'X 18,08 Y 12 Z'
quiet "L11 guard: no merge, no KH506" "$P/l11g.yaml" KH506

# ---- L12: a table's where with a value no item has -----------------------------------------
edited l12 'where: {target_year: 2024}}' 'where: {kind: xa}}'
check_says "L12 'where: {kind: xa}': KH618 with did you mean 'xã'" "$P/l12.yaml" 0 \
    "l12.yaml:74:11: warning[KH618]: attachment 'bieu01' has no rows: none has kind 'xa' (did you mean 'xã'?)"
edited l12b 'where: {target_year: 2024}}' 'where: {kind: phường}}'
check_says "L12 'where: {kind: phường}': KH618 names the value" "$P/l12b.yaml" 0 \
    "attachment 'bieu01' has no rows: none has kind 'phường'; check its 'where'"
edited l12c '        columns:
          - {key: stt, type: stt, header: TT}
          - {key: task, header: Nhiệm vụ}
          - {key: lead, header: Chủ trì}
          - {key: due, header: Thời hạn}
        items:                                   # its rows: tasks, printed only in the table
          - {task: Rà soát hồ sơ các xã, lead: vpdp, due: 2024-06}' '        columns: [stt, {key: name_full, header: Xã}]
        rows: {from: localities, where: {kind: xa}}'
check_says "L12 a table in the body, 'where: {kind: xa}': KH618 with did you mean 'xã'" "$P/l12c.yaml" 0 \
    "warning[KH618]: the table has no rows: none has kind 'xa' (did you mean 'xã'?)"
edited l12d "$bullet" '(Chi tiết theo {att bieu01} đính kèm; {count localities kind=xa} xã).'
check_says "L12 guard: the figure's KH505 keeps its hint" "$P/l12d.yaml" 0 \
    "none has kind 'xa' (did you mean 'xã'?)"
edited l12g 'where: {target_year: 2024}}' 'where: {kind: [xã, xa]}}'
quiet "L12 guard: a list one of whose values some locality has" "$P/l12g.yaml" KH618

# ---- L13: a word before {due} that the deadline prints first ------------------------------
edited l13 'text: Tham mưu phân bổ nguồn vốn năm {year}.' 'text: Tham mưu phân bổ nguồn vốn năm {year}, xong trước {due}.' \
    'due: 2024-Q1' 'due: {before: 2024-02-28}'
check_says "L13 'trước {due}' over a before: deadline ('trước trước'): KH213" "$P/l13.yaml" 0 \
    "l13.yaml:49:69: warning[KH213]: the word before '{due}' is 'trước', and the deadline prints 'trước ngày 28/02/2024'"
edited l13b 'text: Tham mưu phân bổ nguồn vốn năm {year}.' 'text: Tham mưu phân bổ nguồn vốn năm {year}, xong trong Quý {due}.'
check_says "L13 'Quý {due}' over 2024-Q1 ('Quý quý I/2024'): KH213" "$P/l13b.yaml" 0 "[KH213]" "the deadline prints 'quý I/2024'"
edited l13g 'text: Tham mưu phân bổ nguồn vốn năm {year}.' 'text: Tham mưu phân bổ nguồn vốn năm {year}, xong {due}.' \
    'due: 2024-Q1' 'due: {before: 2024-02-28}'
quiet "L13 guard: 'xong {due}'" "$P/l13g.yaml" KH213
edited l13h 'text: Tham mưu phân bổ nguồn vốn năm {year}.' 'text: Tham mưu phân bổ nguồn vốn năm {year}, xong trước {due}.'
quiet "L13 guard: 'trước {due}' over 2024-Q1 ('trước quý I/2024')" "$P/l13h.yaml" KH213

# ---- controls: the plans khgen ships and tests get none of the new messages ---------------
new_msgs='KH213\|KH633\|KH634\|has no rows: none has\|is a merged cell.s above\|decimals on a sum of whole\|a whole number, not'
for f in "$P/ex.yaml" plans/*.yaml tests/xlsx/plans/*.yaml tests/diag/number-ok.yaml; do
    "$khgen" check "$f" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -le 1 ] && ! grep -q "$new_msgs" "$work/err"; then
        ok "control: $(basename "$f") gets none of the new messages"
    else
        not_ok "control: $(basename "$f"): exit $st, $(grep "$new_msgs" "$work/err" | head -2)"
    fi
done

# ---- the new loops at n and 4n, on inputs shaped for their worst case -------------------------
# KH634: 30 percent columns of fractions, every row read for each column
gen_pct() { # N FILE
    /usr/bin/python3 - "$P/ex.yaml" "$2" "$1" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
n = int(sys.argv[3])
cols = ''.join('      - {key: p%d, header: P%d, type: percent}\n' % (c, c) for c in range(30))
row = '      - [X, ' + ', '.join(['0.5'] * 30) + ']\n'
s = s.replace('(Chi tiết theo {att bieu01} đính kèm)', '(Chi tiết theo {att bieu01}, {att b9} đính kèm)')
s += ('  - id: b9\n    label: Biểu 09\n    title: T\n    columns:\n      - {key: name, header: N}\n'
      + cols + '    rows:\n' + row * n)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
# KH618's hint: tables whose `where` no locality has, each a walk of the registry
gen_where() { # N FILE [TABLES]: 4N localities, TABLES tables (N/40)
    /usr/bin/python3 - "$P/ex.yaml" "$2" "$1" "${3:-}" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
n = int(sys.argv[3])
tables = int(sys.argv[4]) if sys.argv[4] else n // 40
locs = ''.join('  - {id: l%d, name: Xã %d, kind: k%d}\n' % (i, i, i) for i in range(4 * n))
s = re.sub(r'localities:\n(  - .*\n)+', 'localities:\n' + locs, s, count=1)
s = s.replace('{loc dong-huu tan-hiep}', 'X').replace('{loc dong-lac}', 'X')
s = s.replace('(Chi tiết theo {att bieu01} đính kèm)', '(Chi tiết theo {att bieu01} đính kèm; {count localities})')
s += ''.join('  - {id: t%d, label: T %d, title: T, suppress: [KH253], columns: [{key: name, header: N}], '
             'rows: {from: localities, where: {kind: q%d}}}\n' % (i, i, i) for i in range(tables))
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
# KH213: a task per line, each "trước {due}" over a before: deadline
gen_due() { # N FILE
    /usr/bin/python3 - "$P/ex.yaml" "$2" "$1" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
n = int(sys.argv[3])
tasks = ''.join('          - {task: "", text: "Việc %d xong trước {due} trước {due}", lead: tckh, '
                'due: {before: 2024-12-31}}\n' % i for i in range(n))
s = s.replace('          - task: ""\n', tasks + '          - task: ""\n', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
gen_pct 2500 "$P/t-pct1.yaml"
gen_pct 10000 "$P/t-pct4.yaml"
# (n against 4n since session 47: two timed cases of 2,500 and 10,000
# rows each held to a second, the 4n at 0.50-0.72 s of it on loaded
# machines, sessions 46-47; each row's column read again over the rows
# before it, put back as a mutant, fails the ratio)
scaling_case "KH634 30 percent columns of fractions, 2,500 and 10,000 rows" \
    "$timed" check "$P/t-pct1.yaml" -- "$timed" check "$P/t-pct4.yaml"
gen_where 2000 "$P/t-where1.yaml"
gen_where 8000 "$P/t-where4.yaml"
timed_case "KH618 hint: 50 empty tables over 8,000 localities" "$timed" check "$P/t-where1.yaml"
timed_case "KH618 hint: 200 empty tables over 32,000 localities" "$timed" check "$P/t-where4.yaml"
# every warning shown: each empty table walks the registry, within the
# tables' budget (KH623), not once per table without end. The walks are
# tables x localities by design, cut by the budget (167 tables warned), so
# no ratio separates a fault at 200 tables (33 past the budget). 990
# tables (KH624 allows 1,000), 823 of them past the budget, cost what 200
# do (0.77-0.89 s of CPU at load 28-31, session 47), held to twice the
# second; the hint's walk not stopped by the budget, put back as a mutant
# (find_unmatched without its "r->work > TABLE_WORK_BUDGET" return), took
# 3.2-3.5 s there, and that many walks without end never end
timed_case "KH618 hint, --max-errors 0: 50 empty tables over 8,000 localities" "$timed" check --max-errors 0 "$P/t-where1.yaml"
gen_where 8000 "$P/t-where990.yaml" 990
limit_times=2
timed_case "KH618 hint, --max-errors 0: 990 over 32,000 (KH623 stops them at 167)" "$timed" check --max-errors 0 "$P/t-where990.yaml"
limit_times=
if [ "$(grep -c 'warning\[KH618\]' "$work/err")" = 167 ] && [ "$(grep -c 'error\[KH623\]' "$work/err")" = 1 ]; then
    ok "... 167 tables warned (KH618), then KH623 once"
else
    not_ok "... $(grep -c 'warning\[KH618\]' "$work/err") KH618 (167 wanted), $(grep -c 'error\[KH623\]' "$work/err") KH623 (1 wanted)"
fi
gen_due 1500 "$P/t-due1.yaml"
gen_due 6000 "$P/t-due4.yaml"
timed_case "KH213 3,000 'trước {due}'" "$timed" check "$P/t-due1.yaml"
timed_case "KH213 12,000 'trước {due}'" "$timed" check "$P/t-due4.yaml"
timed_case "KH213 12,000 'trước {due}', --max-errors 0" "$timed" check --max-errors 0 "$P/t-due4.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
