#!/bin/sh
# fixmed32.sh - session 31's MEDIUM decision and its LOWs outside the
# importer's text joins (s32fixmed), each case failing before its fix:
#
#  U1-U5  a Biểu's unit line, "Đơn vị tính: triệu đồng" right-aligned above
#         its table, as nearly every Biểu carries it: the plan language had
#         none (`unit:` was KH101), and import put the line in the note
#         under the table. Now `unit:` on an attachment, printed by every
#         back end from the one layout (layout.c: md, html, docx, xlsx;
#         the PDF from the html or docx), read back by import into `unit:`
#         (build -> import -> the same unit), shown by diff.
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES LANG

# ---- U: a Biểu's unit line ----
U=$work/u
mkdir -p "$U"
cat >"$U/p.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  number: 25
  code: KH-UBND
  place: Đồng Hưu
  date: 2025-01-15
  title: Thu ngân sách năm {year}
body:
  - section: Mục tiêu
    items:
      - para: Thu ngân sách theo {att bieu01}.
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
recipients: [UBND huyện, "Lưu: VT"]
attachments:
  - id: bieu01
    label: Biểu 01
    title: Dự toán thu ngân sách xã năm {year}
    unit: triệu đồng
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: n, header: Dự toán, type: int, total: true}
    rows:
      - heading: Thu cân đối
      - {name: Thuế đất, n: 45}
      - {name: Lệ phí, n: 1200}
    totals: Tổng cộng
YAML
"$khgen" build -f md,html,docx,xlsx -o "$U/o" "$U/p.yaml" >/dev/null 2>"$U/b.err"
s=$?
if [ $s -eq 0 ] && grep -qx '\*Đơn vị tính: triệu đồng\*' "$U/o/p.md" &&
    grep -qF '<p class="attachment-unit">Đơn vị tính: triệu đồng</p>' "$U/o/p.html" &&
    unzip -p "$U/o/p.docx" word/document.xml | grep -qF '<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Đơn vị tính: triệu đồng</w:t>' &&
    unzip -p "$U/o/p.xlsx" xl/sharedStrings.xml | grep -qF 'Đơn vị tính: triệu đồng'; then
    ok "U1 unit: triệu đồng prints 'Đơn vị tính: triệu đồng' above the table in md, html, docx (right) and xlsx"
else
    not_ok "U1 build $s: $(head -c 400 "$U/b.err") $(grep -n 'Đơn vị' "$U/o/p.md" 2>&1)"
fi
# the line sits above the table: in the md before the header row, in the
# workbook in the row above the header (row 4: label, title, Kèm theo)
if [ -f "$U/o/p.md" ] && awk '/Đơn vị tính/{u=NR} /^\| STT/{h=NR} END{exit !(u && h && u < h)}' "$U/o/p.md" &&
    unzip -p "$U/o/p.xlsx" xl/worksheets/sheet1.xml | grep -q '<row r="4"[^>]*><c r="A4"'; then
    ok "U2 the unit line stands above the table (md before the header, xlsx row 4)"
else
    not_ok "U2 $(grep -n 'Đơn vị\|^| STT' "$U/o/p.md" 2>&1 | head -3)"
fi
for f in docx md; do
    "$khgen" import "$U/o/p.$f" -o "$U/i$f.yaml" >/dev/null 2>"$U/i$f.err"
    s=$?
    if [ $s -eq 0 ] && grep -qx '    unit: triệu đồng' "$U/i$f.yaml" && ! grep -q '^    note:' "$U/i$f.yaml" &&
        "$khgen" build -f md -o "$U/r$f" "$U/i$f.yaml" >/dev/null 2>&1 &&
        grep -qx '\*Đơn vị tính: triệu đồng\*' "$U/r$f/i$f.md"; then
        ok "U3 build -> import .$f -> unit: triệu đồng, printed again (not the note)"
    else
        not_ok "U3 import .$f $s: $(grep -n 'unit:\|note:' "$U/i$f.yaml" 2>&1) $(head -c 300 "$U/i$f.err")"
    fi
done
sed 's/unit: triệu đồng/unit: "ĐVT: %"/' "$U/p.yaml" >"$U/q.yaml"
"$khgen" build -f md -o "$U/o" "$U/q.yaml" >/dev/null 2>&1
if grep -qx '\*ĐVT: %\*' "$U/o/q.md"; then
    ok "U4 a unit written with its words (ĐVT: %) prints as written, not 'Đơn vị tính: ĐVT: %'"
else
    not_ok "U4 $(grep -n 'ĐVT\|Đơn vị' "$U/o/q.md" 2>&1)"
fi
sed 's/unit: triệu đồng/unit: nghìn đồng/' "$U/p.yaml" >"$U/n.yaml"
"$khgen" diff "$U/p.yaml" "$U/n.yaml" >"$U/d.out" 2>&1
s=$?
if [ $s -eq 1 ] && grep -qF 'Đơn vị tính: [-triệu-]{+nghìn+} đồng' "$U/d.out"; then
    ok "U5 diff shows a changed unit"
else
    not_ok "U5 diff $s: $(head -c 400 "$U/d.out")"
fi

echo "$pass passed, $fail failed"
