#!/bin/sh
# tests/hardening/attack12.sh KHGEN WORKDIR - what the twelfth black-box
# attack found (issue 8; /tmp/s12attack/findings.md in its session): Word
# files read otherwise than Word shows them (symbols, All Caps, a field
# nested in another's code), and a cited document's date that import made
# the plan's {year}, so that `khgen new` moved it.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

. "$(dirname "$0")/worddoc.sh"
BULLET='Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.'

# ---- F1: a Word symbol (w:sym) was dropped --------------------------------------
# Insert > Symbol writes <w:sym w:font="Symbol" w:char="F0B3"/> for "≥":
# Word shows it, import dropped it, so "tỷ lệ ≥ 90%" became "tỷ lệ  90%"
# in the plan and every document built from it, with no note.
word f1 - "$(R "$BULLET")" \
    "<w:r><w:t xml:space=\"preserve\">Đồng Lạc đạt tỷ lệ </w:t><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/><w:t xml:space=\"preserve\"> 90% </w:t><w:sym w:font=\"Symbol\" w:char=\"F0AE\"/><w:t xml:space=\"preserve\"> nâng cao </w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:t>.</w:t></w:r>" ||
    not_ok "setup: F1's document"
run f1 >"$work/out"
if grep -q '^- Đồng Lạc đạt tỷ lệ ≥ 90% → nâng cao ✔\.$' "$work/out"; then
    ok "F1: import reads a Symbol font's ≥ and → and a Wingdings check mark"
else
    not_ok "F1: $(grep 'Đồng Lạc đạt' "$work/out" | head -c 300) $(head -c 300 "$work/f1.err")"
fi
# the same character as text of the private use area in a run whose font is
# Symbol (U+F0B3, as LibreOffice writes an old .doc's symbols): Word shows
# "≥", import wrote U+F0B3, a box in every font of the documents
word f1b - "$(R "$BULLET")" \
    "$(R 'Đồng Lạc đạt tỷ lệ ')<w:r><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr><w:t>$(printf '\357\202\263')</w:t></w:r>$(R ' 90%.')" ||
    not_ok "setup: F1's second document"
run f1b >"$work/out"
if grep -q '^- Đồng Lạc đạt tỷ lệ ≥ 90%\.$' "$work/out"; then
    ok "F1: a Symbol font run's U+F0B3 is read as ≥"
else
    not_ok "F1: U+F0B3: $(grep 'Đồng Lạc đạt' "$work/out" | od -c | head -c 300) $(head -c 300 "$work/f1b.err")"
fi

# ---- F3: All Caps (w:caps) was ignored -----------------------------------------------
# Word's Font > All caps shows "Ủy ban nhân dân" as "ỦY BAN NHÂN DÂN";
# import read the typed case: an issuer in caps was not recognised (its
# second line lost from the header, KH761), a signature line printed in
# lower case. Run caps, a paragraph style's and a character style's.
# The section's paragraph style "Hoa" is KHBody's and not bold: Word shows
# "I. MỤC TIÊU" plain, and the plan says so (style: plain, since session 23).
word f3 '<w:style w:type="paragraph" w:styleId="Hoa"><w:name w:val="Hoa"/><w:basedOn w:val="KHBody"/><w:rPr><w:caps/></w:rPr></w:style><w:style w:type="character" w:styleId="ChuHoa"><w:name w:val="ChuHoa"/><w:rPr><w:caps/></w:rPr></w:style>' \
    "$(R 'ỦY BAN NHÂN DÂN')" "$(C 'Ủy ban nhân dân')" \
    "$(R 'HUYỆN YÊN THẾ')" "$(C 'Huyện Yên ')$(R 'THẾ')" \
    "$(R 'TM. ỦY BAN NHÂN DÂN')" "$(C 'TM. Ủy ban nhân dân')" \
    '<w:pStyle w:val="KHSection"/></w:pPr><w:r><w:t xml:space="preserve">I. MỤC TIÊU</w:t></w:r>' \
    '<w:pStyle w:val="Hoa"/></w:pPr><w:r><w:t xml:space="preserve">I. Mục tiêu</w:t></w:r>' \
    "$(R "$BULLET")" \
    "<w:r><w:rPr><w:rStyle w:val=\"ChuHoa\"/></w:rPr><w:t>Hoàn thành</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"ChuHoa\"/><w:caps w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> xây dựng</w:t></w:r><w:r><w:t xml:space=\"preserve\"> xã Đồng Lạc.</w:t></w:r>" ||
    not_ok "setup: F3's document"
run f3 >"$work/out"
if grep -q '^\*\*ỦY BAN NHÂN DÂN\*\*  $' "$work/out" && grep -q '^\*\*HUYỆN YÊN THẾ\*\*  $' "$work/out" &&
    grep -q '^\*\*TM. ỦY BAN NHÂN DÂN\*\*  $' "$work/out" && grep -q '^I\. MỤC TIÊU$' "$work/out" &&
    grep -q '^- HOÀN THÀNH xây dựng xã Đồng Lạc\.$' "$work/out" && ! grep -q 'KH761' "$work/f3.err"; then
    ok "F3: text in All Caps (a run's, a paragraph style's, a character style's) is read in capitals"
else
    not_ok "F3: $(head -c 200 "$work/out") $(grep -E 'TM\.|MỤC|Mục|Đồng Lạc\.' "$work/out") $(head -c 300 "$work/f3.err")"
fi

# ---- F4: a field nested in another field's code -----------------------------------
# { IF { MERGEFIELD x } = 1 "phân bổ" "b" }: the inner field's cached
# result "XX" sits in the outer field's code, which Word does not show;
# import read it: "Tham mưu XXphân bổ nguồn vốn".
F() { printf '<w:r><w:fldChar w:fldCharType="%s"/></w:r>' "$1"; }
I() { printf '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>' "$1"; }
word f4 - "$(R 'Tham mưu phân bổ nguồn vốn năm 2024.')" \
    "$(R 'Tham mưu ')$(F begin)$(I ' IF ')$(F begin)$(I ' MERGEFIELD x ')$(F separate)$(R XX)$(F end)$(I ' = 1 "phân bổ" "b" ')$(F separate)$(R 'phân bổ')$(F end)$(R ' nguồn vốn năm 2024.')" ||
    not_ok "setup: F4's document"
run f4 >"$work/out"
if grep -q '^- Tham mưu phân bổ nguồn vốn năm 2024\.$' "$work/out"; then
    ok "F4: a field nested in another field's code is not read"
else
    not_ok "F4: $(grep 'Tham mưu' "$work/out" | head -c 300) $(head -c 300 "$work/f4.err")"
fi

# ---- F2: a cited document's date became the plan's {year} ---------------------------
# import wrote the plan's year as {year} in the date of a document the text
# cites ("Quyết định số 318/QĐ-TTg ngày 08/3/2025"), so `khgen new --year
# 2026` printed "ngày 08/3/2026", a decision that does not exist, with no
# note (the example krong-no-2022 through its own .docx: three times). A
# deadline ("trước ngày 30/4/2025") still follows the plan.
printf '%s\n' 'KẾ HOẠCH' 'Thực hiện nhiệm vụ năm 2025' '' 'I. MỤC TIÊU' '' \
    '1. Theo Quyết định số 318/QĐ-TTg ngày 08/3/2025 của Thủ tướng Chính phủ, hoàn thành trong năm 2025.' '' \
    '2. Thực hiện Kế hoạch số 12/KH-UBND, ngày 5 tháng 1 năm 2025 và Nghị quyết số 08/2019/NQ-HĐND ngày 10/01/2025.' '' \
    '3. Hoàn thành trước ngày 30/4/2025; báo cáo trước ngày 15 tháng 12 năm 2025.' >"$work/f2.txt"
"$khgen" import "$work/f2.txt" -o "$work/f2.yaml" >/dev/null 2>&1 &&
    "$khgen" new --from "$work/f2.yaml" --year 2026 -o "$work/f2n.yaml" >/dev/null 2>&1 ||
    not_ok "setup: F2's import or new failed"
"$khgen" build -f md -o - "$work/f2n.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && grep -q 'Quyết định số 318/QĐ-TTg ngày 08/3/2025 của Thủ tướng Chính phủ, hoàn thành trong năm 2026\.' "$work/out" &&
    grep -q 'Kế hoạch số 12/KH-UBND, ngày 5 tháng 1 năm 2025 và Nghị quyết số 08/2019/NQ-HĐND ngày 10/01/2025\.' "$work/out" &&
    grep -q 'Hoàn thành trước ngày 30/4/2026; báo cáo trước ngày 15 tháng 12 năm 2026\.' "$work/out"; then
    ok "F2: a cited document's date stays as issued through import and new; deadlines move"
else
    not_ok "F2: status $status: $(grep -E 'Quyết|Kế hoạch số|trước' "$work/out" | head -c 400) $(head -c 300 "$work/err")"
fi

# ---- F5: two attachments labelled alike in print ------------------------------------
# A label pasted from Word with a no-break space ("Biểu\u00A001"), or one
# with a space too many, printed "Biểu 01" beside another "Biểu 01": two
# pages, two sheets and "{att a} và {att b}" printed "Biểu 01 và Biểu 01",
# exit 0 (KH620 compared the labels byte for byte, in capitals).
sed -e 's/^    label: Biểu 01$/    label: "Biểu\xc2\xa001"/' \
    -e 's/^attachments:$/attachments:\n  - {id: b0, label: "Biểu 01", title: Khác, columns: [{key: a, header: A}], rows: [{a: x}]}/' \
    -e 's/(Chi tiết theo {att bieu01} đính kèm)/(Chi tiết theo {att bieu01} và {att b0} đính kèm)/' \
    "$work/p/ex.yaml" >"$work/f5.yaml"
grep -q 'Biểu.01"$' "$work/f5.yaml" && grep -q 'và {att b0}' "$work/f5.yaml" || not_ok "setup: F5's plan"
"$khgen" check "$work/f5.yaml" >/dev/null 2>"$work/err"
status=$?
sed 's/label: "Biểu\xc2\xa001"/label: " Biểu  01 "/' "$work/f5.yaml" >"$work/f5b.yaml"
"$khgen" check "$work/f5b.yaml" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 1 ] && grep -q "error\[KH620\]: two attachments are labelled 'Biểu" "$work/err" &&
    [ "$status2" -eq 1 ] && grep -q 'error\[KH620\]' "$work/err2"; then
    ok "F5: labels that print alike (a no-break space, spaces around or doubled) are KH620"
else
    not_ok "F5: status $status/$status2: $(head -c 300 "$work/err") $(head -c 300 "$work/err2")"
fi
# the same for two units or two localities whose names print alike (KH257,
# a warning): "Phòng Tài chính -\u00A0Kế hoạch" beside the unit it copies
sed -e 's/^  - {id: tckh, name: Phòng Tài chính - Kế hoạch}$/&\n  - {id: tckh2, name: "Phòng Tài chính -\xc2\xa0Kế hoạch"}/' \
    -e 's/^  - {id: dong-lac,/  - {id: dong-huu2, name: " Đồng\xc2\xa0Hưu", kind: xã, criteria_met: 17, target: ntm, target_year: 2024}\n&/' \
    -e 's/{loc dong-huu tan-hiep}/{loc dong-huu tan-hiep dong-huu2}/' -e 's/support: \[vpdp\]/support: [vpdp, tckh2]/' \
    "$work/p/ex.yaml" >"$work/f5c.yaml"
"$khgen" check "$work/f5c.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && grep -q "warning\[KH257\]: unit 'tckh2' has the name of unit 'tckh'" "$work/err" &&
    grep -q "warning\[KH257\]: locality 'dong-huu2' has the name, kind and parent of 'dong-huu'" "$work/err"; then
    ok "F5: units and localities whose names print alike are KH257"
else
    not_ok "F5: KH257: status $status: $(head -c 400 "$work/err")"
fi

# ---- L6: check took --pdf-engine silently (the lead) --------------------------------
# `khgen check --pdf-engine chromium P` exited 0 as if the engine had been
# tried; check writes nothing, and -o and -f were usage errors already.
"$khgen" check --pdf-engine chromium "$work/p/ex.yaml" >"$work/out" 2>"$work/err"
status=$?
"$khgen" check --pdf-engine=libreoffice "$work/p/ex.yaml" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 2 ] && [ "$status2" -eq 2 ] && grep -q -- "--pdf-engine belong to 'build'" "$work/err" &&
    grep -q -- "--pdf-engine belong to 'build'" "$work/err2"; then
    ok "L6: check --pdf-engine is a usage error"
else
    not_ok "L6: status $status/$status2: $(head -c 300 "$work/err")"
fi
# and `khgen explain -o x KH202` said "'explain' takes one code"
"$khgen" explain -o x KH202 >/dev/null 2>"$work/err"
status=$?
"$khgen" explain -- KH202 >"$work/out" 2>/dev/null
status2=$?
if [ "$status" -eq 2 ] && grep -q "unknown option '-o'" "$work/err" && [ "$status2" -eq 0 ] &&
    grep -q '^KH202' "$work/out"; then
    ok "L6: explain names an option as an option; '--' before the code"
else
    not_ok "L6: explain: status $status/$status2: $(head -c 300 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
