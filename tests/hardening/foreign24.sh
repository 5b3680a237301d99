#!/bin/sh
# tests/hardening/foreign24.sh KHGEN WORKDIR - what session 24 found
# importing Word and Markdown files that khgen did not write, second round
# (issue 8: never a silently wrong output):
#   - a run marked complex script (w:cs) or right-to-left (w:rtl), which
#     Word draws in its w:rFonts w:cs font, read in its w:ascii font: a
#     Symbol w:ascii made "an ninh" "αν νινη" (src/docx_run.c);
#   - numbering through paragraph styles: a style based on a numbered
#     style that gives only w:ilvl read at its base's level ("2. Điểm
#     một" where Word and LibreOffice show "a) Điểm một"), and a paragraph
#     whose own w:numPr gives only w:ilvl read as no list item, its label
#     lost (src/docx_style.c);
#   - a w:t without xml:space="preserve" kept the spaces at its ends, which
#     Word and LibreOffice drop ("Nâng caođời sống");
#   - a paragraph mark hidden (w:vanish: Word's Style Separator, a bold
#     "Điều 1. Phạm vi." run into its text) read as two paragraphs, which
#     Word shows as one (src/docx_join.c);
#   - items typed with line breaks between them (Shift+Enter: "1. ..." /
#     "2. ..." / "- ..." in one w:p) read as one paragraph, the items'
#     lines joined by spaces (src/docx_lines.c);
#   - Markdown escapes of punctuation as mammoth (docx -> Markdown) writes
#     them: a task's lead line "Công chức A \(đồng chí B\)" made a unit
#     "Công chức A \" printed with its backslash, a recipient "\- Lưu VP\."
#     printed "Lưu VP\." (src/import_util.c, src/import.c);
#   - pandoc's own Markdown (`-t markdown`) writes a Word cell's line break
#     as a backslash at the end of the cell's line in a multiline or grid
#     table: it was printed in the cell ("17.10.\ Công chức ...")
#     (src/md_pandoc_tables.c);
#   - mammoth's bold, "__...__", and its escaped closing mark "\./\.":
#     "__Nơi nhận:__" made a recipient "__", the signature printed
#     "__TM. ỦY BAN NHÂN DÂN__", the closing "././." (src/import_util.c,
#     src/import.c);
#   - a title naming a cited document ("... năm 2024 theo Nghị định số
#     30/2020/NĐ-CP"), with no date line (turndown of an HTML page): the
#     plan's year was the document's, 2020 (src/import_head.c).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/foreign24_docx.py" "$work/dx" ||
    not_ok "setup: foreign24_docx.py could not write the documents"

if imported complexscript &&
    has complexscript '**I. MỤC TIÊU**' '1\. Bảo đảm an ninh.' '2\. Giữ gìn trật tự.' '3\. Số liệu α.'; then
    ok "runs marked w:cs or w:rtl read in their w:cs font, not the Symbol font of w:ascii"
else
    not_ok "complex script runs: $(grep -v '^$' "$work/dx/complexscript.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|')"
fi

if imported stylenum &&
    has stylenum '**I. MỤC TIÊU**' '1\. Cấp xã' 'a) Điểm một' 'b) Điểm hai' '2\. Cấp thôn' '**II. NHIỆM VỤ**'; then
    ok "a style's w:ilvl over its base style's list, and a paragraph's w:ilvl alone, numbered as LibreOffice shows them"
else
    not_ok "numbering through styles: $(grep -v '^$' "$work/dx/stylenum.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|')"
fi

if imported nopreserve &&
    has nopreserve '**I. MỤC TIÊU**' '1\. Nâng caođời sốngngười dân.' '2\. Giữ gìn an ninh.'; then
    ok "the spaces at the ends of a w:t without xml:space=\"preserve\" dropped, as Word and LibreOffice drop them"
else
    not_ok "w:t without xml:space: $(grep -v '^$' "$work/dx/nopreserve.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|')"
fi

if imported separator &&
    has separator '**I. MỤC TIÊU**' '**Điều 1. Phạm vi.** Kế hoạch này áp dụng trên địa bàn huyện.' \
        '**Điều 2. Đối tượng.** Cán bộ, công chức.' '**II. NHIỆM VỤ**'; then
    ok "a hidden paragraph mark (Word's Style Separator) joins its paragraph to the next, as Word shows them"
else
    not_ok "a hidden paragraph mark: $(grep -v '^$' "$work/dx/separator.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|')"
fi

if imported brsep &&
    has brsep '**I. MỤC TIÊU**' '1\. Nâng cao đời sống.' '2\. Bảo đảm an ninh.' '- Làm đường thôn.' '- Làm cầu.' \
        '3\. Xây dựng đường liên thôn.' '**Lưu ý:** làm **ngay - trong quý I.**' '**II. NHIỆM VỤ**'; then
    ok "items typed with line breaks (w:br) between them read as the paragraphs Word shows, a sentence's break and a bold run's not"
else
    not_ok "line breaks as separators: $(grep -v '^$' "$work/dx/brsep.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|')"
fi

# ---- mammoth's Markdown: escaped punctuation ------------------------------------
md=$work/dx/mammoth.md
printf '%s\n\n' 'UBND HUYỆN YÊN THẾ' 'Số: 12/KH\-UBND' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
    'Độc lập \- Tự do \- Hạnh phúc' 'Yên Thế, ngày 10 tháng 01 năm 2024' '**KẾ HOẠCH**' \
    '**Thực hiện nhiệm vụ năm 2024**' 'Căn cứ tình hình thực tế\.' 'UBND huyện xây dựng Kế hoạch như sau:' \
    '**I\. NHIỆM VỤ**' '\- Tiêu chí số 11 \- Nghèo đa chiều:' 'Giữ vững tiêu chí\.' \
    '\+ Phụ trách tiêu chí: Công chức Văn hoá \- Xã hội \(đồng chí Vy Trung Tuyền\)' \
    '\+ Thời gian thực hiện: Thường xuyên trong năm 2024' \
    '\- Tiêu chí số 12 \- Lao động:' 'Giữ vững tiêu chí\.' \
    '\+ Phụ trách tiêu chí: Công chức Văn hoá \- Xã hội phối hợp với Công chức Tư pháp \(đồng chí A\)' \
    '\+ Thời gian thực hiện: Thường xuyên trong năm 2024' \
    'Trên đây là Kế hoạch của UBND huyện./.' '**Nơi nhận:**' '\- UBND tỉnh;' '\- Lưu VP\.' \
    '**TM\. ỦY BAN NHÂN DÂN**' '**CHỦ TỊCH**' '**Nguyễn Văn A**' >"$md"
rm -f "$work/dx/mm.yaml" "$work/dx/mm.md"
"$khgen" import -o "$work/dx/mm.yaml" "$md" 2>"$work/dx/mm.err" &&
    "$khgen" build -f md -o "$work/dx" "$work/dx/mm.yaml" >/dev/null 2>>"$work/dx/mm.err"
if has mm '  + Phụ trách tiêu chí: Công chức Văn hoá - Xã hội \(đồng chí Vy Trung Tuyền\)' &&
    has mm '  + Phụ trách tiêu chí: Công chức Văn hoá - Xã hội phối hợp với Công chức Tư pháp \(đồng chí A\)' &&
    has mm '- UBND tỉnh;' '- Lưu VP.' &&
    ! grep -q 'name: .*\\$\|name: .*\\}' "$work/dx/mm.yaml"; then
    ok "mammoth's escaped '(' after a unit and '.' after a recipient: no backslash left printed"
else
    not_ok "mammoth's escapes: $(grep 'name:' "$work/dx/mm.yaml" 2>/dev/null | tr '\n' '|') $(grep -v '^$' "$work/dx/mm.md" 2>/dev/null | grep 'Phụ trách\|Lưu' | tr '\n' '|')"
fi

# mammoth's bold is "__...__" and its "./." escaped: "__Nơi nhận:__" made a
# recipient "__", the signature printed "__TM. ỦY BAN NHÂN DÂN__", the
# title "****...****", a heading "__I\. NHIỆM VỤ__" a paragraph, and the
# closing "\./\." printed "\./\./." (a reader shows "././.")
sed -e 's/^\*\*\(.*\)\*\*$/__\1__/' -e 's|UBND huyện\./\.|UBND huyện\\./\\.|' "$md" >"$work/dx/mm2src.md"
rm -f "$work/dx/mm2.yaml"
"$khgen" import -o "$work/dx/mm2.yaml" "$work/dx/mm2src.md" 2>"$work/dx/mm2.err" &&
    "$khgen" build -f md -o "$work/dx" "$work/dx/mm2.yaml" >/dev/null 2>>"$work/dx/mm2.err"
if grep -q '__KẾ HOẠCH__' "$work/dx/mm2src.md" && grep -q 'huyện\\\./\\\.$' "$work/dx/mm2src.md" &&
    has mm2 '**KẾ HOẠCH**  ' '**Thực hiện nhiệm vụ năm 2024**' && has mm2 '**I. NHIỆM VỤ**' &&
    has mm2 'Trên đây là Kế hoạch của UBND huyện./.' '***Nơi nhận:***' '- UBND tỉnh;' '- Lưu VP.' \
        '**TM. ỦY BAN NHÂN DÂN**  ' '**CHỦ TỊCH**  ' '**Nguyễn Văn A**'; then
    ok "mammoth's __bold__ title, heading, 'Nơi nhận' and signature, and its escaped closing mark, read as a reader shows them"
else
    not_ok "mammoth's __bold__ and escaped ./.: $(grep -v '^$' "$work/dx/mm2.md" 2>/dev/null | sed -n '/KẾ HOẠCH/,/NHIỆM/p;/Trên đây/,$p' | tr '\n' '|')"
fi

# ---- pandoc's Markdown: a cell's line break ---------------------------------------
pd=$work/dx/pd.md
sed -n '1,/^\*\*I\. /p' "$(dirname "$0")/foreign23-pandoc.md" >"$pd"
printf '%s\n' '' '**Bảng 1. Việc làm**' '' \
    '  ------------------------------------------' '  STT   Nội dung     Ghi chú' \
    '  ----- ------------ -----------------------' '  1     Môi trường   Làm 2 km\' \
    '                     rãnh thoát nước.\' '                     Trồng cây xanh.' '' \
    '  2     Y tế         Tiêm chủng đủ.' '  ------------------------------------------' '' \
    'Trên đây là Kế hoạch của UBND xã./.' >>"$pd"
rm -f "$work/dx/pd.yaml"
"$khgen" import -o "$work/dx/pd.yaml" "$pd" 2>"$work/dx/pd.err" &&
    "$khgen" build -f md -o "$work/dx" "$work/dx/pd.yaml" >/dev/null 2>>"$work/dx/pd.err"
if has pd '| STT | Nội dung | Ghi chú |' '|:---:|---|---|' \
    '| 1 | Môi trường | Làm 2 km rãnh thoát nước. Trồng cây xanh. |' '| 2 | Y tế | Tiêm chủng đủ. |'; then
    ok "pandoc's hard line break at the end of a multiline table cell's line read as a break, not a backslash"
else
    not_ok "pandoc's line break in a cell: $(grep -v '^$' "$work/dx/pd.md" 2>/dev/null | sed -n '/Bảng 1/,/Trên/p' | tr '\n' '|') $(head -c 300 "$work/dx/pd.err")"
fi

# ---- a title that cites a document, no date line -----------------------------------
# turndown of an HTML page (its <style> text run into the title) and a title
# "... năm 2024 theo Nghị định số 30/2020/NĐ-CP" without a date line: the
# plan's year was the cited decree's, 2020
printf '%s\n\n' '**UBND HUYỆN YÊN THẾ**' '**KẾ HOẠCH**' \
    '**Thực hiện nhiệm vụ năm 2024 theo Nghị định số 30/2020/NĐ-CP, Quyết định ngày 08/3/2022**' \
    'Căn cứ tình hình thực tế.' '**I. NHIỆM VỤ**' '- Làm đường.' 'Trên đây là Kế hoạch của UBND huyện./.' >"$work/dx/yr.md"
"$khgen" import -o "$work/dx/yr.yaml" "$work/dx/yr.md" 2>"$work/dx/yr.err"
if grep -q '^  date: 2024$' "$work/dx/yr.yaml" &&
    grep -q 'title: Thực hiện nhiệm vụ năm {year} theo Nghị định số 30/2020/NĐ-CP, Quyết định ngày 08/3/2022$' "$work/dx/yr.yaml"; then
    ok "a title's year is the plan's, not a cited document's number or date (no date line)"
else
    not_ok "a title citing a document: $(grep 'date:\|title:' "$work/dx/yr.yaml" 2>/dev/null | tr '\n' '|') $(head -c 200 "$work/dx/yr.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
