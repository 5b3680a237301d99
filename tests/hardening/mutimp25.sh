#!/bin/sh
# tests/hardening/mutimp25.sh KHGEN WORKDIR - what session 25's mutation
# sweep of import's code of session 24 found the tests blind to (issue 8;
# tools/mutants.py), and the bug it found:
#   - runs marked complex script (w:cs, w:rtl) whose old 8-bit font
#     (TCVN3 .VnTime, VNI-Times) is named by w:rFonts' w:cs only: Word
#     draws them in that font, so they read as Vietnamese; the same text
#     whose w:cs is off, or with only w:hint="cs", or marked w:cs with no
#     w:cs font, kept as typed; a w:ascii theme font beside a w:hAnsi
#     .VnTime (src/docx_run.c);
#   - bullets of paragraph styles named "List Number 2", "List Bullet 5",
#     "List Bullet 6", of a style based on "List Bullet 2" and of one ten
#     basedOn steps above it (src/docx_style.c's name_level and
#     docx_style_list_level);
#   - a paragraph style based on a numbered style with no w:numPr of its
#     own (its base's level), and one whose w:numPr gives w:numId 0: the
#     numbering removed, as LibreOffice shows it; import numbered it
#     with its base's list ("3. Ghi chú chung ...", src/docx_style.c); a
#     paragraph whose own w:numPr gives w:numId alone: its style's level
#     (LibreOffice "1. Tổng hợp"; import read level 0, "IV. Tổng hợp"),
#     w:ilvl 0 alone, or w:numId 0; a style's own w:ilvl 0 over its base's;
#   - a title's year at the bounds import takes (1990, 2100; not 1989,
#     2101) and a range or school year's ("giai đoạn 2021-2025", "năm học
#     2024/2025"), no plan's year (src/import_head.c);
#   - pandoc's multiline table cells whose line ends in an escaped
#     backslash ("C:\\": a backslash, no line break) or three ("D:\\\":
#     a backslash and a break), and a grid table right under a heading of
#     six '#' or an empty one, "##" (src/md_pandoc_tables.c);
#   - the review of an imported plan's date when no year was found: it
#     said "the year is the one the title names" of the placeholder 2025;
#   - KH173 of a basis' number with a space before its '/' or '-' only
#     ("30 /2020/NĐ-CP", "12 -QĐ"), and of an issuer beginning with a
#     small letter of two bytes, "ủy ban nhân dân" (src/basis_form.c);
#   - KH630 over an STT column's "9" written twice, a blank cell (the count
#     kept) and a number of eleven digits (none: not a row number)
#     (src/attach_handtotal.c).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/mutimp25_docx.py" "$work/dx" ||
    not_ok "setup: mutimp25_docx.py could not write the documents"

# TCVN3's codes kept as typed: "Xây dựng đường thôn Tân Lập." in Times New Roman
typed='X©y dùng ®êng th«n T©n LËp.'
if imported csfont &&
    has csfont '**I. MỤC TIÊU**' '1\. Xây dựng đường thôn Tân Lập.' '2\. Nâng cao đời sống người dân.' \
        "3\\. $typed" "4\\. $typed" '5\. Xây dựng đường thôn Tân Lập.' "6\\. $typed" '**II. NHIỆM VỤ**'; then
    ok "complex script runs decoded by their w:cs font (.VnTime, VNI-Times), others by w:ascii/w:hAnsi"
else
    not_ok "complex script runs in an old font: $(grep -v '^$' "$work/dx/csfont.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|') $(head -c 300 "$work/dx/csfont.err")"
fi

if imported listlevel &&
    has listlevel '**II. NHIỆM VỤ**' '- Tuyên truyền sâu rộng' '  + Tại các thôn' '  + Tại trường học' \
        '- Kiểm tra định kỳ' '  + Hồ sơ đất đai' '  + Hồ sơ xây dựng' '- Tổng kết cuối năm'; then
    ok "bullets of \"List Number 2\", \"List Bullet 5\", of a style based on \"List Bullet 2\" (ten steps up) under the item above; \"List Bullet 6\" not"
else
    not_ok "list styles' levels: $(grep -v '^$' "$work/dx/listlevel.md" 2>/dev/null | sed -n '/NHIỆM/,/Trên/p' | tr '\n' '|') $(head -c 300 "$work/dx/listlevel.err")"
fi

# (the paragraphs of the styles named "heading 1" and "heading 2" at
# level 0 are sections, printed bold: a style is a heading by its w:name,
# whatever its id, since session 32's WPS Office .docx, 368255dc; and a
# style based on "heading 2" is a heading too since s33low: "III. VIỆC
# KHÁC" a section between II and IV, bold)
if imported stylelvl &&
    has stylelvl '**I. MỤC TIÊU**' '1\. Cấp thôn' 'Ghi chú chung cho các cấp.' '2\. Cấp huyện' \
        'Ghi chú riêng của huyện.' '**II. VIỆC CHUNG**' '1\. Rà soát' '**III. VIỆC KHÁC**' '1\. Tổng hợp' '**IV. NHIỆM VỤ**'; then
    ok "styles' and paragraphs' w:numId and w:ilvl each inherited apart, w:numId 0 unnumbered, as LibreOffice shows them"
else
    not_ok "numbering removed by a style's w:numId 0: $(grep -v '^$' "$work/dx/stylelvl.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|') $(head -c 300 "$work/dx/stylelvl.err")"
fi

# ---- a title's year (no date line) ------------------------------------------------
# yr NAME TITLE: a .md whose only year is in its title, imported
yr() {
    printf '%s\n\n' '**UBND HUYỆN YÊN THẾ**' '**KẾ HOẠCH**' "**Thực hiện nhiệm vụ $2**" \
        'Căn cứ tình hình thực tế.' '**I. NHIỆM VỤ**' '- Làm đường.' 'Trên đây là Kế hoạch của UBND huyện./.' >"$work/dx/$1.md"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/dx/$1.md" 2>"$work/dx/$1.err"
}
# taken NAME YEAR TITLE: the plan's year is YEAR and the title says {year};
# kept NAME TITLE: the title as written, its years not the plan's
taken() { grep -q "^  date: $2\$" "$work/dx/$1.yaml" && grep -q "^  title: Thực hiện nhiệm vụ $3\$" "$work/dx/$1.yaml"; }
# and the date the placeholder 2025, its review saying so (it said "the
# year is the one the title names")
kept() {
    grep -q "^  title: Thực hiện nhiệm vụ $2\$" "$work/dx/$1.yaml" && ! grep -q '{year}' "$work/dx/$1.yaml" &&
        grep -q '^  date: 2025$' "$work/dx/$1.yaml" && grep -q '^  # review: .*no year in the title.*2025 is a placeholder' "$work/dx/$1.yaml"
}
yr y1990 'năm 1990'
yr y1989 'năm 1989'
yr y2100 'năm 2100'
yr y2101 'năm 2101'
yr yrange 'giai đoạn 2021-2025'
yr yschool 'năm học 2024/2025'
if taken y1990 1990 'năm {year}' && taken y2100 2100 'năm {year}' && kept y1989 'năm 1989' &&
    kept y2101 'năm 2101' && kept yrange 'giai đoạn 2021-2025' && kept yschool 'năm học 2024/2025'; then
    ok "a title's year taken from 1990 to 2100, not 1989 or 2101, nor a range's or a school year's (2025 then a placeholder, said so)"
else
    not_ok "a title's year: $(for n in y1990 y2100 y1989 y2101 yrange yschool; do grep 'date:\|title:' "$work/dx/$n.yaml" 2>/dev/null | tr '\n' ' '; echo '|'; done)"
fi

# ---- pandoc's Markdown tables ------------------------------------------------------
pd=$work/dx/pdbs.md
sed -n '1,/^\*\*I\. /p' "$(dirname "$0")/foreign23-pandoc.md" >"$pd"
printf '%s\n' '' '**Bảng 1. Việc làm**' '' \
    '  ------------------------------------------' '  STT   Nội dung     Ghi chú' \
    '  ----- ------------ -----------------------' '  1     Môi trường   Thư mục C:\\' \
    '                     Dự phòng.' '' \
    '  2     Y tế         Ổ đĩa D:\\\' '                     Tiêm chủng đủ.' \
    '  ------------------------------------------' '' 'Trên đây là Kế hoạch của UBND xã./.' >>"$pd"
rm -f "$work/dx/pdbs.yaml"
"$khgen" import -o "$work/dx/pdbs.yaml" "$pd" 2>"$work/dx/pdbs.err" &&
    "$khgen" build -f md -o "$work/dx" "$work/dx/pdbs.yaml" >/dev/null 2>>"$work/dx/pdbs.err"
# pandoc: "Thư mục C:\ Dự phòng." (no break), "Ổ đĩa D:\<br />Tiêm chủng đủ."
if has pdbs '| STT | Nội dung | Ghi chú |' '|:---:|---|---|' \
    '| 1 | Môi trường | Thư mục C:\\ Dự phòng. |' '| 2 | Y tế | Ổ đĩa D:\\ Tiêm chủng đủ. |'; then
    ok "a pandoc table cell's line ending in an escaped backslash kept, one of three a backslash and a break"
else
    not_ok "backslashes at a pandoc cell line's end: $(grep -v '^$' "$work/dx/pdbs.md" 2>/dev/null | sed -n '/Bảng 1/,/Trên/p' | tr '\n' '|') $(head -c 300 "$work/dx/pdbs.err")"
fi

# grid NAME HEADING: a grid table right under the line HEADING
grid() {
    {
        printf 'ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 05 tháng 01 năm 2025\n\n**KẾ HOẠCH**\n\n'
        printf '**Phát triển kinh tế năm 2025**\n\n**I. MỤC TIÊU**\n\n%s\n+-----+-----+\n| Xã  | Số  |\n' "$2"
        printf '+=====+=====+\n| A   | 12  |\n+-----+-----+\n\n**II. NHIỆM VỤ**\n\nCác phòng thực hiện.\n'
    } >"$work/dx/$1.md"
    "$khgen" import "$work/dx/$1.md" -o "$work/dx/$1.yaml" >"$work/dx/$1.err" 2>&1
    ! grep -q -- '+---\|+===' "$work/dx/$1.yaml" && grep -q 'Xã' "$work/dx/$1.yaml" && grep -q '12' "$work/dx/$1.yaml"
}
if grid h6 '###### Bảng' && grid h0 '##'; then
    ok "a grid table right under a heading of six '#', or an empty one ('##'), read as a table, as pandoc shows it"
else
    not_ok "grid table under '######' or '##': $(sed -n '/MỤC/,/NHIỆM/p' "$work/dx/h6.yaml" "$work/dx/h0.yaml" 2>/dev/null | tr '\n' '|')"
fi

# ---- KH173: a space before a number's '/' or '-' only ----------------------------
# kh173 NAME NUMBER [BY]: a plan citing a Quyết định of that number (by
# the Thủ tướng, else BY), checked
kh173() {
    cat >"$work/dx/$1.yaml" <<EOF
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2024-01-05
  title: Thử năm {year}
units:
  - {id: a, name: Phòng A}
bases:
  - kind: Quyết định
    number: "$2"
    date: 2022-02-22
    by: ${3:-Thủ tướng Chính phủ}
body:
  - task: Rà soát quy hoạch.
    lead: a
EOF
    "$khgen" check "$work/dx/$1.yaml" >/dev/null 2>"$work/dx/$1.err"
}
kh173 slash '30 /2020/NĐ-CP'
kh173 dash '12 -QĐ'
kh173 small '12/QĐ-UBND' 'ủy ban nhân dân tỉnh Bắc Giang'
kh173 smalla '12/QĐ-UBND' 'an toàn giao thông tỉnh Bắc Giang'
if grep -qF "warning[KH173]: the number '30 /2020/NĐ-CP' has a space beside its '/' or '-'" "$work/dx/slash.err" &&
    grep -qF "write '30/2020/NĐ-CP'" "$work/dx/slash.err" && grep -qF "write '12-QĐ'" "$work/dx/dash.err" &&
    grep -qF "warning[KH173]: the issuer 'ủy ban nhân dân tỉnh Bắc Giang' begins with a small letter" "$work/dx/small.err" &&
    grep -qF "write 'Ủy ban nhân dân tỉnh Bắc Giang'" "$work/dx/small.err" &&
    grep -qF "write 'An toàn giao thông tỉnh Bắc Giang'" "$work/dx/smalla.err"; then
    ok "KH173 names a space before a number's '/' or '-' (none after it), and an issuer's small first letter ('ủ', 'a')"
else
    not_ok "KH173 of a space before '/' or '-': $(head -c 300 "$work/dx/slash.err") $(head -c 300 "$work/dx/dash.err") $(head -c 300 "$work/dx/small.err")"
fi

# ---- KH630: a written STT column's numbers -----------------------------------------
cat >"$work/dx/stt.yaml" <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2025-03-05
  title: Thử năm {year}
units:
  - {id: a, name: Phòng A}
body:
  - task: Rà soát
    lead: a
  - table: Dự trù kinh phí
    columns:
      - {key: stt, type: stt, header: "TT"}
      - {key: c2, header: "Nội dung"}
    rows:
      - {stt: "8", c2: "Áo phao"}
      - {stt: "", c2: "Phao tròn"}
      - {stt: "9", c2: "Nhà bạt"}
      - {stt: "9", c2: "Loa"}
      - {stt: "12345678901", c2: "Áo mưa"}
      - {stt: "1", c2: "Ủng"}
EOF
"$khgen" check "$work/dx/stt.yaml" >/dev/null 2>"$work/dx/stt.err"
if [ "$(grep -c 'warning\[KH630\]' "$work/dx/stt.err")" = 1 ] &&
    grep -qF 'stt.yaml:20:15: warning[KH630]: this row is numbered 9 under a row numbered 9' "$work/dx/stt.err"; then
    ok "KH630 at a '9' written twice, not at a blank STT cell nor after a number of eleven digits"
else
    not_ok "KH630 over a written STT column: $(head -c 600 "$work/dx/stt.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
