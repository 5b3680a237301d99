#!/bin/sh
# tests/hardening/docx16.sh KHGEN WORKDIR - what session 16 made `khgen
# import` read of Word documents as Word and LibreOffice show them (issue 8):
#   - a list item of a level its list does not define (w:ilvl 3 of a list
#     with levels 0-2, a w:num whose abstract list is missing) numbered as
#     LibreOffice numbers it, "1.", "2." (no label before), with a
#     '# review:' comment (ECMA-376 and [MS-OI29500] do not say what Word
#     shows) and KH759;
#   - an embedded document (w:altChunk) in a table's cell read into the
#     cell, as the body's are (a note before), with the same notes and
#     limits;
#   - text typed in a symbol font read as the font's glyphs: "a" in the
#     Symbol font is "α", "³" is "≥", Wingdings' "ü" is "✔" (the typed
#     letters before).
# What LibreOffice 7.4 shows of each was checked by hand (soffice
# --convert-to txt, and pdf for the symbols, whose text export keeps the
# typed letters). The documents are written by docx16_docx.py (python-docx
# and zipfile, as docx15_docx.py). Prints "ok - ..."/"not ok - ..." and
# ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/docx16_docx.py" "$work/dx" ||
    not_ok "setup: docx16_docx.py could not write the documents"

. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

# ---- a list level the numbering does not define ----------------------------------
note='# review: a list number that LibreOffice prints, which Word may not: "1.": word/numbering.xml does not define level 3 (w:ilvl) of list 1 (w:numId)'
if imported lvl3 && has lvl3 'a) Điểm A' '1\. Ý một' '2\. Ý hai' 'b) Điểm B' '1\. Ý ba' 'Làm đường.' &&
    grep -qF "$note" "$work/dx/lvl3.yaml" &&
    grep -q "warning\[KH759\].*3 list items of a level that word/numbering.xml does not define" \
        "$work/dx/lvl3.err"; then
    ok "w:ilvl 3 of a list defining levels 0-2: numbered 1., 2., 1. as LibreOffice does, with a review note"
else
    not_ok "lvl3: $(grep -F -e 'Ý ' "$work/dx/lvl3.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/lvl3.err")"
fi
if imported noabs && has noabs '**1. Cấp xã**' '1\. Việc một' '1\. Việc hai' '2\. Việc ba' '1\. Việc bốn' &&
    grep -qF '# review: a list number that LibreOffice prints, which Word may not: "2.": word/numbering.xml does not define level 0 (w:ilvl) of list 2 (w:numId)' \
        "$work/dx/noabs.yaml" &&
    grep -q "warning\[KH759\].*4 list items" "$work/dx/noabs.err"; then
    ok "a w:num whose abstract list is missing: numbered 1., 2. on its own counters, with a review note"
else
    not_ok "noabs: $(grep -F -e 'Việc' "$work/dx/noabs.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/noabs.err")"
fi

# ---- an embedded document in a table's cell ---------------------------------------
cell_case() { # NAME WHAT CELL
    if imported "$1" && has "$1" "| 1 | $3 | Xã A |" && ! grep -q "KH759" "$work/dx/$1.err"; then
        ok "an embedded $2 in a table's cell is read into the cell"
    else
        not_ok "$1: $(grep -F 'Xã A' "$work/dx/$1.md" 2>/dev/null) $(head -c 300 "$work/dx/$1.err")"
    fi
}
cell_case cellpkg ".docx package (its own list, as LibreOffice shows it)" \
    'Làm đường Đoạn nhúng trong ô. 1. Mục một 2. Mục hai'
cell_case celltext "plain text (its lines joined, its stars kept)" \
    'Làm đường Chữ trong ô. Dòng hai \*sao\*.'
cell_case cellhtml "HTML document (its emphasis dropped: a cell is plain text)" \
    'Làm đường Đoạn đậm trong ô.'
if imported celltable && has celltable '| 1 | Làm đường Đoạn trước bảng. | Xã A |' &&
    grep -qF "# review: a table inside the cell of row 2, column 2 of the document's table 1: TT | Việc | Nơi; 1 | Đào mương | Thôn 2" \
        "$work/dx/celltable.yaml" &&
    grep -q "KH759.*1 table inside a table's cell" "$work/dx/celltable.err"; then
    ok "a table in an embedded document in a cell is a note of the row, as a table in a cell is"
else
    not_ok "celltable: $(grep -F 'Xã A' "$work/dx/celltable.md" 2>/dev/null) $(grep -F 'review: a table' "$work/dx/celltable.yaml" 2>/dev/null) $(head -c 300 "$work/dx/celltable.err")"
fi
if imported cellrtf && has cellrtf '| 1 | Làm đường | Xã A |' &&
    grep -qF "# review: an embedded document (w:altChunk) that Word shows here: an RTF document (application/rtf), which import does not read" \
        "$work/dx/cellrtf.yaml" &&
    grep -q "warning\[KH759\].*1 embedded document " "$work/dx/cellrtf.err"; then
    ok "an RTF document in a cell is the body's note saying why (it is RTF)"
else
    not_ok "cellrtf: $(grep -F 'review: an embedded' "$work/dx/cellrtf.yaml" 2>/dev/null) $(head -c 300 "$work/dx/cellrtf.err")"
fi
rm -f "$work/dx/cellbomb.yaml"
"$khgen" import -o "$work/dx/cellbomb.yaml" "$work/dx/cellbomb.docx" >/dev/null 2>"$work/dx/cellbomb.err"
status=$?
if [ "$status" -eq 3 ] && [ ! -e "$work/dx/cellbomb.yaml" ] &&
    grep -q "error\[KH755\].*the part word/chunk.htm would unpack to" "$work/dx/cellbomb.err"; then
    ok "an embedded part over 32 MiB in a cell is refused (KH755), as in the body"
else
    not_ok "cellbomb: status $status: $(head -c 300 "$work/dx/cellbomb.err")"
fi

# ---- text typed in a symbol font -------------------------------------------------
# Symbol: a b D ³ p -> α β Δ ≥ π; Wingdings "ü" -> ✔, its "J" (a face)
# named; letters whose font (w:ascii) is not Symbol, or a theme font over
# it (w:asciiTheme), stay letters, as LibreOffice renders them
if imported symtext && has symtext 'Hệ số α và β đạt 90%.' 'Sai số Δx ≥ 5 tỷ π.' \
    'Chữ αβχδεφγηιϕκλμνοπθρστυϖωξψζ ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ 0123 +=\<>.' 'Đạt ✔ vui .' \
    'Chỉ abc giữ.' 'Theo abc chủ đề.' &&
    grep -q "KH759.*1 symbol .*Wingdings F04A" "$work/dx/symtext.err" &&
    grep -q '# review: .*symbol.*: Wingdings F04A \[KH759\]$' "$work/dx/symtext.yaml"; then
    ok "text typed in the Symbol font is its Greek letters and signs, Wingdings' its marks"
else
    not_ok "symtext: $(grep -F -e 'Hệ' -e 'Sai' -e 'Chữ' -e 'Đạt' -e 'Chỉ' -e 'Theo' "$work/dx/symtext.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/symtext.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
