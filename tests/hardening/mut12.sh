#!/bin/sh
# tests/hardening/mut12.sh KHGEN WORKDIR - what session 12's mutation sweep
# (issue 8; tools/mutants.py over the code sessions 10 and 11 added) found
# the tests blind to: one-line changes of khgen that every suite passed.
# Each case below fails with at least one such mutant (named in its
# comment, as tools/mutants.py numbers them with --seed 12) and passes with
# khgen; each checks what a user sees: the plan import writes, the
# documents a build writes, the diagnostics.
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
    extra=
    [ "$c" = import ] && extra=' for import'
    "$khgen" "$c" --bogus >"$work/out" 2>"$work/err"
    status=$?
    printf "khgen: unknown option '--bogus'%s\nTry 'khgen --help'.\n" "$extra" >"$work/want"
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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
