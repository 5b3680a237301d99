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
#     with its base's list ("3. Ghi chú chung ...", src/docx_style.c).
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

if imported stylelvl &&
    has stylelvl 'I. MỤC TIÊU' '1\. Cấp thôn' 'Ghi chú chung cho các cấp.' '2\. Cấp huyện' 'II. NHIỆM VỤ'; then
    ok "a style based on a numbered style numbered at its base's level; one with w:numId 0 not numbered"
else
    not_ok "numbering removed by a style's w:numId 0: $(grep -v '^$' "$work/dx/stylelvl.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|') $(head -c 300 "$work/dx/stylelvl.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
