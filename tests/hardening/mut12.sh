#!/bin/sh
# tests/hardening/mut12.sh KHGEN WORKDIR - what session 12's mutation sweep
# (issue 8; tools/mutants.py over the code sessions 10 and 11 added) found
# the tests blind to: one-line changes of khgen that every suite passed.
# Each case below fails with at least one such mutant (described in its
# comment) and passes with khgen; each checks what a user sees: the plan
# import writes, the documents a build writes, the diagnostics. (What the
# sweep found of attach_hint.c is the diagnostics case
# tests/diag/att-no-column-hint-bounds.)
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- import of Markdown whose tables are HTML (src/import_mdhtml.c) -----------------
# attack11's F4 document: pandoc's header, task table and signature rows as
# raw HTML tables
awk '/^cat >"\$work\/f4.md" <</{f=1;next} f&&/^MD$/{exit} f' tests/hardening/attack11.sh \
    >"$work/f4.md"
grep -q '^<table>$' "$work/f4.md" || not_ok "setup: attack11.sh's f4.md not found"

# M1: a table of one or two columns is its cells' paragraphs, nothing more.
# A mutant that wrote the pipe-row ends into such a table (end_row for every
# table) gave the closing "... huyện./. | | |---|---|" and the signer a
# second line "| |"; one that lost a pipe row's line break glued the header
# row to its separator, a table of seven columns "---".
"$khgen" import "$work/f4.md" -o "$work/f4.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] &&
    grep -qx 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện./.' "$work/f4.yaml" &&
    grep -qx '  name: Nguyễn Văn A' "$work/f4.yaml" &&
    [ "$(grep -c '^              - {key: ' "$work/f4.yaml")" -eq 3 ] &&
    grep -qx '              - \["Rà soát hồ sơ các xã | thôn", ""\]' "$work/f4.yaml" &&
    ! grep -q -- '---\|| |' "$work/f4.yaml"; then
    ok "M1: HTML tables of a Markdown import: the closing, the signer and the table's 3 columns as written"
else
    not_ok "M1: status $status: $(grep -n 'closing\|name:\|key:\|- \[' "$work/f4.yaml" | head -c 500) $(head -c 200 "$work/err")"
fi

# M2: a Markdown file with Windows line ends (CR LF) imports as with LF: a
# CR inside an HTML table is a blank as a line feed is (a mutant that kept
# it wrote "Rà soát hồ sơ   các xã | thôn").
mkdir -p "$work/crlf"
sed 's/$/\r/' "$work/f4.md" >"$work/crlf/f4.md"
"$khgen" import "$work/crlf/f4.md" -o "$work/crlf/f4.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && cmp -s "$work/f4.yaml" "$work/crlf/f4.yaml"; then
    ok "M2: HTML tables of a Markdown import with CR LF line ends: the plan imported with LF"
else
    not_ok "M2: status $status: $(diff "$work/f4.yaml" "$work/crlf/f4.yaml" | head -c 400)"
fi

# M3: an HTML table of four columns: one row of the plan's table per <tr>,
# a short row filled up, blanks between words made one, emphasis kept.
# Mutants: a pipe row's line break dropped (the three rows one row of 13
# cells), the run of blanks kept ("Rà   soát   hồ sơ").
cat >"$work/t3.md" <<'MD'
KẾ HOẠCH

Triển khai năm 2024

I. MỤC TIÊU

1. Cấp xã

<table>
<thead>
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị</th><th>Ghi chú</th></tr>
</thead>
<tbody>
<tr><td>1</td><td><p>Rà   soát   hồ sơ</p></td><td>Phòng <strong>Nội vụ</strong></td><td></td></tr>
<tr><td>2</td><td>Tập huấn <em>cán bộ</em></td><td>Phòng Tư pháp</td></tr>
<tr><td>3</td><td>Báo cáo</td><td>UBND xã</td><td>Quý IV</td></tr>
</tbody>
</table>

Trên đây là Kế hoạch.
MD
"$khgen" import "$work/t3.md" -o "$work/t3.yaml" >/dev/null 2>"$work/err"
status=$?
rows=$(grep '^              - \[' "$work/t3.yaml")
want='              - ["Rà soát hồ sơ", "Phòng **Nội vụ**", ""]
              - ["Tập huấn *cán bộ*", "Phòng Tư pháp", ""]
              - ["Báo cáo", "UBND xã", "Quý IV"]'
if [ "$status" -eq 0 ] && [ "$rows" = "$want" ] &&
    [ "$(grep -c '^              - {key: ' "$work/t3.yaml")" -eq 4 ] &&
    grep -qx '              - {key: c4, header: "Ghi chú"}' "$work/t3.yaml"; then
    ok "M3: an HTML table of four columns imports row by row, cell by cell"
else
    not_ok "M3: status $status: $(grep -n 'key:\|- \[' "$work/t3.yaml" | head -c 500) $(head -c 200 "$work/err")"
fi

# ---- the form of a usage error (src/cli.c usage_error) ----------------------------------
# M4: build, check, import and convert print a usage error as two lines,
# "khgen: WHAT" and "Try 'khgen --help'." (in Vietnamese too), exit 2.
# Mutants that dropped the "khgen: ", the line break after the message, the
# "Try" line or its line break passed every suite: the suites grep for the
# message's words only.
m4=0
for c in build check import convert; do
    "$khgen" "$c" --bogus >"$work/out" 2>"$work/err"
    status=$?
    # session 42: one wording for every command, naming it and its --help
    printf "khgen: %s: unknown option '--bogus'\nTry 'khgen %s --help'.\n" "$c" "$c" >"$work/want"
    if [ "$status" -ne 2 ] || [ -s "$work/out" ] || ! cmp -s "$work/want" "$work/err"; then
        not_ok "M4: khgen $c --bogus: status $status: $(od -c "$work/err" | head -c 300)"
        m4=1
    fi
done
"$khgen" convert --lang vi a.txt b.txt >/dev/null 2>"$work/err"
status=$?
printf "khgen: 'convert' chỉ nhận một tệp\nXem 'khgen --help'.\n" >"$work/want"
if [ "$status" -ne 2 ] || ! cmp -s "$work/want" "$work/err"; then
    not_ok "M4: khgen convert a.txt b.txt in Vietnamese: status $status: $(head -c 300 "$work/err")"
    m4=1
fi
[ $m4 -eq 0 ] && ok "M4: a usage error is 'khgen: WHAT' and 'Try 'khgen --help'.', two lines, exit 2"

# ---- figures that compare a locality's number (src/figures_column.c) -------------------
# M5: each comparison at and beside its bound, over numbers whose order is
# not the plan's order (x: 3, 1, 2): a count looks its localities up in the
# field's numbers sorted once (two binary searches), a list prints them in
# the plan's order.
mkdir -p "$work/p"
readme_example "$work/p/ex.yaml"
f='{count localities data.x<2}/{count localities data.x<=2}/{count localities data.x>2}'
f="$f/{count localities data.x>=2}/{count localities data.x=2}/{count localities data.x<1}"
f="$f/{count localities data.x>3}/{count localities data.x>=1}/{count localities data.x<=3}"
f="$f/{count localities data.x>=0,5}/{count localities data.y>=0}"
f="$f/{count localities criteria_met>=16}/{count localities criteria_met>16}"
f="$f/{list localities data.x>=2}/{list localities data.x<=2}/{sum localities data.x}"
sed -e 's/{id: dong-huu, name: Đồng Hưu, kind: xã,/{id: dong-huu, name: Đồng Hưu, kind: xã, data: {x: 3},/' \
    -e 's/{id: tan-hiep, name: Tân Hiệp, kind: xã,/{id: tan-hiep, name: Tân Hiệp, kind: xã, data: {x: 1},/' \
    -e 's/{id: dong-lac, name: Đồng Lạc, kind: xã,/{id: dong-lac, name: Đồng Lạc, kind: xã, data: {x: 2, y: 5},/' \
    -e "s|đạt chuẩn nông thôn mới nâng cao\\.|đạt chuẩn nông thôn mới nâng cao; M5 $f.|" \
    "$work/p/ex.yaml" >"$work/m5.yaml"
grep -q 'M5 {count' "$work/m5.yaml" || not_ok "setup: M5's bullet not found"
"$khgen" build -f md -o - "$work/m5.yaml" >"$work/out" 2>"$work/err"
status=$?
want='M5 1/2/1/2/1/0/0/3/3/3/1/2/1/Đồng Hưu, Đồng Lạc/Tân Hiệp, Đồng Lạc/6.'
if [ "$status" -eq 0 ] && [ "$(grep -o 'M5 .*' "$work/out")" = "$want" ]; then
    ok "M5: counts of <, <=, >, >=, = at and beside their bounds; lists in the plan's order"
else
    not_ok "M5: status $status: $(grep -o 'M5 .*' "$work/out") $(head -c 300 "$work/err")"
fi

# M6: the same comparisons where a count looks its localities up in the
# sorted numbers (when the candidates are at most an eighth of the
# localities: 24 here, x 1..20 and four more of 10). Mutants at each bound
# of the lookup (<= made <, the search of '<=' made that of '<', ...)
# passed every suite, whose counts over a few localities never take it.
{
    sed -n '1,/^localities:/p' "$work/p/ex.yaml"
    i=1
    while [ $i -le 24 ]; do
        x=$i
        [ $i -gt 20 ] && x=10
        echo "  - {id: l$i, name: Xã L$i, kind: xã, data: {x: $x}}"
        i=$((i + 1))
    done
    echo
    sed -n '/^body:/,$p' "$work/p/ex.yaml" | grep -v 'dong-huu\|tan-hiep\|dong-lac\|{loc \|localities, where'
} >"$work/m6.yaml"
f='{count localities data.x<2}/{count localities data.x<=2}/{count localities data.x<1}'
f="$f/{count localities data.x>20}/{count localities data.x>19}/{count localities data.x>=19}"
f="$f/{count localities data.x>=20}/{count localities data.x<=1}/{count localities data.x>=20,5}"
f="$f/{count localities data.x<1,5}/{count localities data.x>=10}"
sed -i "0,/^    items:\$/s||&\n      - para: M6 $f.|" "$work/m6.yaml"
"$khgen" build -f md -o - "$work/m6.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -le 1 ] && [ "$(grep -o 'M6 .*' "$work/out")" = 'M6 1/2/0/0/1/2/1/1/0/1/15.' ]; then
    ok "M6: counts over 24 localities looked up in their sorted numbers, at each bound"
else
    not_ok "M6: status $status: $(grep -o 'M6 .*' "$work/out") $(head -c 300 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
