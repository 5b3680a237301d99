#!/bin/sh
# tests/hardening/import12.sh KHGEN WORKDIR - session 12's import and diff
# leftovers of formats11 (issue 8): a "+" task under a bullet whose lead
# line is followed by an assignment paragraph (A4), 1-2 column tables of a
# .docx (R4), pandoc's raw HTML tables in a .md (read by libxml2), and
# `khgen diff` of a plan and its own import (D3, D4). Each case fails with
# the binary from before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

py=/usr/bin/python3
mkdir -p "$work/p"

# roundtrip_ok NAME WHAT: roundtrip.sh
. "$(dirname "$0")/roundtrip.sh"

# ---- A4: a "+" task's assignment paragraph ----------------------------------------
# A "+" task under a bullet, its lead a name that is no unit's by its first
# word, then an assignment ("Tổ A4 phụ trách Chỉ tiêu 17.12.") and its
# deadline: import gave the paragraph and the deadline to the parent
# bullet (made a task), printed above the "+" task (formats11 seeds 50, 63,
# 131, 153). They are the "+" task's assign and due now, .docx and .md.
cat >"$work/p/a4.yaml" <<'EOF'
{"khgen": 1, "import": ["qd318-xa-ntm"],
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯU"], "issuer_short": "UBND xã Đồng Hưu",
            "place": "Đồng Hưu", "date": "2025-01", "title": "Kế hoạch A4"},
 "units": [{"id": "u1", "name": "Nhóm Đồng Ước"}, {"id": "u2", "name": "Tổ A4 điện"}],
 "body": [{"section": "MỤC TIÊU", "items": [
            {"bullet": "Cha A4", "items": [
              {"task": "Con A4", "text": "Văn bản A4", "lead": "u1", "due": "2025-06-30",
               "assign": [{"unit": "u2", "indicators": ["17.12"]}]},
              {"task": "Hai A4", "lead": "u2", "due": "2025-10",
               "assign": [{"unit": "u1", "indicators": ["17.6"]}]}]}]}],
 "signature": {"lines": ["CHỦ TỊCH"], "name": "Nguyễn Văn A"}}
EOF
roundtrip_ok a4 "a '+' task's assignment and deadline stay the task's"
"$khgen" build -f md -o "$work/o-a4md" "$work/p/a4.yaml" >/dev/null 2>&1
"$khgen" import "$work/o-a4md/a4.md" >"$work/a4.yaml" 2>/dev/null
if grep -q -F '{unit: to-a4-dien, indicators: ["17.12"]}' "$work/a4.yaml" &&
    ! grep -q -F -e '- task: Cha A4' "$work/a4.yaml" && grep -q -F -e '- bullet: Cha A4' "$work/a4.yaml"; then
    ok "A4: the assignment is the '+' task's, the bullet stays a bullet"
else
    not_ok "A4: $(grep -F -e A4 -e indicators "$work/a4.yaml" | tr '\n' '|' | head -c 500)"
fi

# ---- A4b: an assignment of an indicator the catalog does not have ----------------
# "Phòng Kinh tế phụ trách Chỉ tiêu 17.99." under "+ Phụ trách tiêu chí:"
# became an assignment of 17.99, and the plan written failed its check
# (QĐ 318 has no indicator 17.99), which import promises it passes. The
# codes are checked against the shipped catalog; the line stays text.
printf '# KẾ HOẠCH\n\nRà soát năm 2025\n\n## I. MỤC TIÊU\n\n- Nhiệm vụ A4b\n\n  + Phụ trách tiêu chí:\n\n  Phòng Kinh tế phụ trách Chỉ tiêu 17.99.\n\n  + Thời gian thực hiện: tháng 10/2025\n' >"$work/p/a4b.md"
"$khgen" import --force -o "$work/a4b.yaml" "$work/p/a4b.md" >/dev/null 2>&1
if "$khgen" check "$work/a4b.yaml" >"$work/a4b.err" 2>&1 && grep -q -F 'Chỉ tiêu 17.99.' "$work/a4b.yaml"; then
    ok "A4b: an indicator the catalog does not have stays text; the plan checks"
else
    not_ok "A4b: $(head -c 400 "$work/a4b.err")"
fi

# ---- R4: a .docx table of one or two columns ---------------------------------------
# read_data_table wanted a row of three cells (the header's and the
# signature's layout tables have two): an attachment of one or two columns
# was lost to "# review:" comments (KH762), its rows out of the plan.
# Layout is told by content and place now (docx_layout.c).
cat >"$work/p/r4.yaml" <<'EOF'
{"khgen": 1,
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯU"], "issuer_short": "UBND xã Đồng Hưu",
            "place": "Đồng Hưu", "date": "2025-01", "title": "Kế hoạch R4"},
 "body": [{"section": "MỤC TIÊU", "items": [
   {"para": "Đoạn R4 (Chi tiết theo {att bieu01} và {att bieu02} đính kèm)."},
   {"table": "Hai cột R4", "columns": [{"key": "x", "header": "Việc"}, {"key": "y", "header": "Ghi chú"}],
    "rows": [["R4 bảy", "R4 tám"], ["R4 chín", "R4 mười"]]}]}],
 "signature": {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "name": "Nguyễn Văn A"},
 "recipients": ["Như trên;", "Lưu: VT."],
 "attachments": [{"id": "bieu01", "label": "Biểu 01", "title": "Danh sách hai cột",
                  "columns": [{"key": "a", "header": "Cột A"}, {"key": "b", "header": "Cột B"}],
                  "rows": [["R4 một", "R4 hai"], ["R4 ba", "R4 bốn"]]},
                 {"id": "bieu02", "label": "Biểu 02", "title": "Danh sách một cột",
                  "columns": [{"key": "a", "header": "Cột Đơn"}],
                  "rows": [["R4 năm"], ["R4 sáu"]]}]}
EOF
roundtrip_ok r4 "attachments and a body table of one and two columns"
"$khgen" build -f docx -o "$work/o-r4d" "$work/p/r4.yaml" >/dev/null 2>&1
"$khgen" import "$work/o-r4d/r4.docx" >"$work/r4.yaml" 2>"$work/r4.err"
if grep -q -F -x '      - ["R4 ba", "R4 bốn"]' "$work/r4.yaml" && grep -q -F -x '      - ["R4 sáu"]' "$work/r4.yaml" &&
    grep -q -F 'R4 chín' "$work/r4.yaml" && ! grep -q -F KH762 "$work/r4.err" &&
    grep -q -F -x '  name: Nguyễn Văn A' "$work/r4.yaml" && grep -q -F 'issuer:' "$work/r4.yaml"; then
    ok "R4: the .docx's one- and two-column tables are tables, header and signature still read"
else
    not_ok "R4: $(head -c 300 "$work/r4.err") $(grep -F -e R4 -e name: "$work/r4.yaml" | tr '\n' '|' | head -c 500)"
fi

# ---- H1: pandoc's HTML tables read by libxml2 ----------------------------------------
# import_mdhtml.c scanned the tags by hand: a '>' in a comment or in an
# attribute ended the tag there ("d --> x" and 'b">c' printed as text), and
# cells of implied end tags ("<tr><td>1<td>2") were lost. libxml2's HTML
# parser reads them as a browser does.
cat >"$work/p/h1.md" <<'EOF'
<table>
<tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ ĐỒNG HƯU</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td>Số: /KH-UBND<!-- ghi chú > cũ --></td><td title="a>b">Đồng Hưu, ngày 10 tháng 01 năm 2025</td></tr>
</table>

KẾ HOẠCH

Rà soát năm 2025

I. MỤC TIÊU

<table>
<tr><th>TT<th>Việc H1<th>Ghi chú
<tr><td>1<td>Rà soát &amp; báo cáo<td>x &lt; y
</table>
EOF
"$khgen" import "$work/p/h1.md" >"$work/h1.yaml" 2>"$work/h1.err"
if grep -q -F -x '  place: Đồng Hưu' "$work/h1.yaml" && grep -q -F -x '  code: KH-UBND' "$work/h1.yaml" &&
    grep -q -F '["Rà soát & báo cáo", "x < y"]' "$work/h1.yaml" && ! grep -q -F -e '-->' -e 'b">' "$work/h1.yaml"; then
    ok "H1: an HTML table's comments, attributes and implied end tags are read as a browser does"
else
    not_ok "H1: $(grep -F -e place: -e code: -e 'Rà soát' -e '-->' "$work/h1.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- D3, D4: khgen diff of a plan and its own import --------------------------------
# A structured basis and the same basis as {text:} (import writes text
# when khgen would print it otherwise) were one deletion and one addition
# of the same words; attachments were matched by id only (bieu01 and
# import's bieu-01: every attachment and row deleted and added again).
# Bases whose keys differ are matched by their printed text, attachments
# by label, then their rows by key or printed text, an attachment's title
# in capitals as printed (import writes "DANH SÁCH"). Real changes stay.
cp "$top/tests/hardening/import12-d.yaml" "$work/p/da.yaml"
"$py" - "$work/p" <<'EOF'
import sys
d = sys.argv[1]
s = open(d + "/da.yaml", encoding="utf-8").read()
s = s.replace('{"kind": "Quyết định", "number": "263/QĐ-TTg", "date": "2022-02-22", '
              '"by": "Thủ tướng Chính phủ", "about": "phê duyệt Chương trình D3"}',
              '{"text": "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng '
              'Chính phủ phê duyệt Chương trình D3."}').replace("bieu01", "bieu-01").replace("Danh sách D4", "DANH SÁCH D4")
open(d + "/db.yaml", "w", encoding="utf-8").write(s)
c = s.replace('"D4 bốn", "năm"', '"D4 bốn", "năm mới"').replace("Chương trình D3.", "Chương trình D3 sửa.")
open(d + "/dc.yaml", "w", encoding="utf-8").write(c)
EOF
"$khgen" diff --no-color "$work/p/da.yaml" "$work/p/db.yaml" >"$work/db.out" 2>&1
sb=$?
"$khgen" diff --no-color "$work/p/da.yaml" "$work/p/dc.yaml" >"$work/dc.out" 2>&1
sc=$?
if [ "$sb" = 0 ] && [ ! -s "$work/db.out" ]; then
    ok "D3, D4: a basis as {text:} and an attachment's id of import's are no change"
else
    not_ok "D3, D4: exit $sb: $(head -c 500 "$work/db.out")"
fi
if [ "$sc" = 1 ] && grep -q -F '@@ Biểu 01, dòng "D4 bốn": sửa @@' "$work/dc.out" &&
    grep -q -F 'D4 bốn | năm {+mới +}| sáu' "$work/dc.out" && grep -q -F 'D3 sửa.+}' "$work/dc.out" &&
    ! grep -q -F 'D4 một' "$work/dc.out"; then
    ok "D3, D4: a row changed in an attachment of another id is one row's edit; a basis's edit shows"
else
    not_ok "D3, D4: exit $sc: $(head -c 600 "$work/dc.out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
