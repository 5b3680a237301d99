#!/bin/sh
# tests/hardening/attack11.sh KHGEN WORKDIR - what the eleventh black-box
# attack found (issue 8; /tmp/s11attack/findings.md in its session): a
# diff blind to the subject line's {year}, and what else it found.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# README's complete example
mkdir -p "$work/p"
readme_example "$work/p/ex.yaml"
grep -q '^  title: ' "$work/p/ex.yaml" || not_ok "setup: README's example lost its title"

# ---- F1: khgen diff compared the subject line as written -------------------------
# `khgen diff` of last year's plan and the one `khgen new` made from it (or
# of two drafts whose localities differ) compared the title as its source
# text: a title "... năm {year}" printed "năm 2024" in one document and
# "năm 2025" in the other, and the diff showed no change of the Trích yếu;
# a title that changed printed its "{year}" unexpanded.
sed 's/^  title: .*/  title: Kế hoạch năm {year} của {count localities kind=xã} xã/' "$work/p/ex.yaml" \
    >"$work/f1-old.yaml"
"$khgen" new --from "$work/f1-old.yaml" --year 2025 -o "$work/f1-new.yaml" >/dev/null 2>&1 ||
    not_ok "setup: khgen new failed"
sed -i 's/name: Đồng Lạc, kind: xã,/name: Đồng Lạc, kind: thị trấn,/' "$work/f1-new.yaml"
"$khgen" diff "$work/f1-old.yaml" "$work/f1-new.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q '^@@ Trích yếu: sửa @@' "$work/out" &&
    grep -q '^Kế hoạch năm \[-2024-\]{+2025+} của \[-3-\]{+2+} xã$' "$work/out"; then
    ok "F1: diff shows the subject line as printed: its {year} and {count} expanded"
else
    not_ok "F1: status $status: $(grep -A1 'Trích yếu' "$work/out" | head -c 300) $(head -c 300 "$work/err")"
fi

# ---- F2: a figure's filter could not compare with a decimal ----------------------
# README: "Numbers are written as printed (criteria_met>=17,
# data.dan_so>10.000)". A decimal threshold written as printed,
# {count localities data.ty_le>=92,5}, was cut at its comma by the
# reference scanner: "unexpected '5' in '{count}'" (KH501); written
# "92.5" it was "compared with a number, not '92.5'" (KH504), so no
# decimal could be compared with at all. A comma between two digits of a
# figure's filter is now its decimal comma; "92.5" is told the comma.
sed -e 's/{id: dong-huu, name: Đồng Hưu, kind: xã,/{id: dong-huu, name: Đồng Hưu, kind: xã, data: {ty_le: 92.5},/' \
    -e 's/{id: tan-hiep, name: Tân Hiệp, kind: xã,/{id: tan-hiep, name: Tân Hiệp, kind: xã, data: {ty_le: 80},/' \
    -e 's/đạt chuẩn nông thôn mới nâng cao\./đạt chuẩn nông thôn mới nâng cao; F2 {count localities data.ty_le>=92,5} {count localities data.ty_le>=80,5} {count localities data.ty_le=92,5|80} {sum localities data.ty_le id=dong-huu|tan-hiep stated=172,5}./' \
    "$work/p/ex.yaml" >"$work/f2.yaml"
grep -q 'F2 {count' "$work/f2.yaml" || not_ok "setup: F2's bullet not found"
"$khgen" build -f md -o - "$work/f2.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && grep -q 'F2 1 1 2 172,5\.' "$work/out" && ! grep -q 'KH50' "$work/err"; then
    ok "F2: data.ty_le>=92,5 compares with 92,5"
else
    not_ok "F2: status $status: $(grep -o 'F2 [^.]*' "$work/out") $(head -c 300 "$work/err")"
fi
sed 's/F2 {count localities data.ty_le>=92,5}/F2 {count localities data.ty_le>=92.5}/' "$work/f2.yaml" >"$work/f2b.yaml"
"$khgen" check "$work/f2b.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q "error\[KH504\].*not '92.5'.*decimal comma ('92,5')" "$work/err"; then
    ok "F2: data.ty_le>=92.5 is KH504 naming the decimal comma"
else
    not_ok "F2: 92.5: status $status: $(head -c 300 "$work/err")"
fi

# ---- F3: a reference inside a one-line list: a misleading hint --------------------
# "items: [Hoàn thành năm {year}, Báo cáo]" (README: "inside {...} on one
# line, quote a value that holds a reference") was KH005 with the hint "a
# '[' list is not closed, or two of its items lack a ','", which is
# neither. The hint now names the '{' and the quotes (diag flow-ref-brace).
sed 's/^opening: .*/opening: Như sau.\nrecipients: [UBND tỉnh {year}, Lưu]/; /^recipients: \[UBND tỉnh, Các xã/d' \
    "$work/p/ex.yaml" >"$work/f3.yaml"
"$khgen" check "$work/f3.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q "error\[KH005\].*a '{' starts a mapping: put a value that holds a reference" "$work/err"; then
    ok "F3: a reference in a one-line list: the hint says to quote it"
else
    not_ok "F3: status $status: $(head -c 300 "$work/err")"
fi

# ---- F4: import of Markdown whose tables are HTML ---------------------------------
# pandoc's GitHub/CommonMark Markdown of a Word plan writes the header and
# the signature row (cells of several paragraphs) as raw HTML tables.
# import read the tags as text: code "KH-UBND</td>", place "<td>Yên Thế",
# recipients "<table>", "<colgroup>", ..., printed so in the document it
# builds, exit 0. The tables are now read as their cells' text.
cat >"$work/f4.md" <<'MD'
<table>
<colgroup>
<col style="width: 36%" />
<col style="width: 63%" />
</colgroup>
<thead>
<tr class="header">
<th><p>ỦY BAN NHÂN DÂN</p>
<p>HUYỆN YÊN THẾ</p></th>
<th><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p><u>Độc lập - Tự do - Hạnh phúc</u></p></th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>Số: /KH-UBND</td>
<td>Yên Thế, ngày tháng 01 năm 2024</td>
</tr>
</tbody>
</table>

KẾ HOẠCH

Triển khai thực hiện Chương trình mục tiêu quốc gia năm 2024

UBND huyện xây dựng Kế hoạch thực hiện năm 2024, như sau:

I. MỤC TIÊU

1. Cấp xã

- Hoàn thành xây dựng xã Đồng Hưu đạt chuẩn nông thôn mới.

<table>
<thead>
<tr class="header">
<th>TT</th>
<th>Nhiệm vụ</th>
<th>Ghi chú</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>1</td>
<td><p>Rà soát hồ sơ</p>
<p>các xã | thôn</p></td>
<td></td>
</tr>
</tbody>
</table>

Trên đây là Kế hoạch năm 2024 của UBND huyện./.

<table>
<thead>
<tr class="header">
<th><p>Nơi nhận:</p>
<p>- UBND tỉnh;</p>
<p>- Lưu: VT.</p></th>
<th><p>TM. ỦY BAN NHÂN DÂN</p>
<p>CHỦ TỊCH</p>
<p>Nguyễn Văn A</p></th>
</tr>
</thead>
<tbody>
</tbody>
</table>
MD
"$khgen" import "$work/f4.md" -o "$work/f4.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" build -f md -o - "$work/f4.yaml" >"$work/out" 2>>"$work/err"
bstatus=$?
if [ "$status" -eq 0 ] && [ "$bstatus" -eq 0 ] && ! grep -q '<\|table\|colgroup\|KH761' "$work/out" "$work/err" &&
    grep -q '^Số:.*/KH-UBND$' "$work/out" && grep -q '^\*Yên Thế, ngày.*2024\*$' "$work/out" &&
    grep -q '^- UBND tỉnh;$' "$work/out" && grep -q '^\*\*Nguyễn Văn A\*\*' "$work/out" &&
    grep -q '^| 1 | Rà soát hồ sơ các xã \\| thôn |' "$work/out"; then
    ok "F4: pandoc's HTML tables in a Markdown import are read as their cells"
else
    not_ok "F4: import $status, build $bstatus: $(grep -n '<\|Số:\|Yên Thế, ngày\|UBND tỉnh\|Rà soát' "$work/out" | head -c 400) $(head -c 300 "$work/err")"
fi

# ---- F6: import wrote a plan that does not check ------------------------------------
# README: a table in the body becomes tasks when its columns name a task
# and one of lead, support and deadline; "TT | Nhiệm vụ | Ghi chú" (no
# one) became tasks all the same, and a "Ghi chú" column left blank in
# every row became the column data.ghi_chu that no task has: the plan
# import wrote (exit 0) was KH614 at `khgen check` (README: it "passes
# khgen check without errors").
printf 'KẾ HOẠCH\n\nTriển khai năm 2024\n\nI. MỤC TIÊU\n\n| TT | Nhiệm vụ | Ghi chú |\n|---|---|---|\n| 1 | Rà soát hồ sơ | |\n| 2 | Báo cáo | |\n\nII. TỔ CHỨC THỰC HIỆN\n\n| TT | Nhiệm vụ | Chủ trì | Ghi chú |\n|---|---|---|---|\n| 1 | Tổng hợp | Phòng Nội vụ | |\n| 2 | Kiểm tra | Phòng Tư pháp | |\n\nTrên đây là Kế hoạch./.\n' \
    >"$work/f6.md"
"$khgen" import "$work/f6.md" -o "$work/f6.yaml" >/dev/null 2>&1
status=$?
"$khgen" check "$work/f6.yaml" >/dev/null 2>"$work/err"
cstatus=$?
n_tables=$(grep -c 'table: ""' "$work/f6.yaml")
n_items=$(grep -c '^ *items:$' "$work/f6.yaml")
if [ "$status" -eq 0 ] && [ "$cstatus" -eq 0 ] && [ "$n_tables" -eq 2 ] &&
    grep -q '{key: ghi_chu, value: "", header: "Ghi chú"}' "$work/f6.yaml" &&
    grep -q '^ *- \["Rà soát hồ sơ", ""\]$' "$work/f6.yaml"; then
    ok "F6: a table with no one's column keeps its rows; a blank data column is value \"\""
else
    not_ok "F6: import $status, check $cstatus, $n_tables tables, $n_items items: $(head -c 300 "$work/err")"
fi

# ---- L2: a table in the body named like a clause in the diff -----------------------
# The diff named a body table by its caption's number alone: under a
# section holding clause 1, "Bảng 1" was "I.1" too, two parts "@@ I.1:
# sửa @@" in one diff, and a table moved before the clause "chuyển từ
# I.1". It is "I.Bảng 1" now: its path, its name "I. Bảng 1" (since
# s45cycle F13 a part is named by its headings' printed numbers and its
# first words: the clause "I.1. “Cấp huyện”").
sed 's/^          - para: (Chi tiết theo {att bieu01} đính kèm)\./          - para: (Chi tiết theo {att bieu01} đính kèm)\.\n      - table: Bảng L2\n        columns: [{key: a, header: Cột}]\n        rows: [{a: ô một}]/' \
    "$work/p/ex.yaml" >"$work/l2-old.yaml"
sed -e 's/ô một/ô hai/' -e 's/- clause: Cấp xã/- clause: Cấp huyện/' "$work/l2-old.yaml" >"$work/l2-new.yaml"
"$khgen" diff "$work/l2-old.yaml" "$work/l2-new.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c '^@@ I\.1\. “Cấp huyện”: sửa @@' "$work/out")" -eq 1 ] &&
    grep -q '^@@ I\. Bảng 1: sửa @@' "$work/out"; then
    ok "L2: a table in the body is its own part, I. Bảng 1, beside clause I.1."
else
    not_ok "L2: status $status: $(grep '^@@' "$work/out" | head -c 300) $(head -c 300 "$work/err")"
fi

# ---- F4's reader at scale (the lead, session 12) ----------------------------------
# libxml2 matches each end tag against its stack of open elements: 20,000
# unclosed <b> then 20,000 stray </i> in one cell took 5 s (40,000: 21 s);
# tables one after another on one long line each searched the line's far
# end again (8,000 tables before 6 MB of spaces: 2.7 s). Each within a
# second now, with every word kept: the last table's, and the deep cell's
# (a table past both the nesting limit and the budget is kept as written).
/usr/bin/python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
head = "# KẾ HOẠCH\n\nVăn bản mở đầu.\n\n"
with open(w + "/deep.md", "w") as f:
    f.write(head + "<table><tr><td>" + "<b>" * 40000 + "xyzzy" + "</i>" * 40000 + "</td></tr></table>\n")
with open(w + "/line.md", "w") as f:
    f.write(head + "".join("<table><tr><td>t%d</td></tr></table>" % i for i in range(8000))
            + " " * 6000000 + "\n")
PY
timed_case "F4 at scale: 40,000 unclosed <b> and 40,000 stray </i> in a pandoc table cell" \
    "$timed" import --force -o "$work/deep.yaml" "$work/deep.md"
grep -q xyzzy "$work/deep.yaml" || not_ok "F4 at scale: the deep cell's word is lost"
timed_case "F4 at scale: 8,000 HTML tables and 6 MB of spaces on one line" \
    "$timed" import --force -o "$work/line.yaml" "$work/line.md"
grep -q 't7999' "$work/line.yaml" || not_ok "F4 at scale: the last table's word is lost"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
