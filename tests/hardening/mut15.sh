#!/bin/sh
# tests/hardening/mut15.sh KHGEN WORKDIR - what session 15's mutation sweep
# (issue 8; tools/mutants.py run over src/docx_run.c and session 14's new
# files: docx_join.c, import_attrows.c, diff_year.c, diff_format.c, ...)
# found the tests blind to: one-line changes of khgen that every suite
# running their line passed. Each case below fails with at least one such
# mutant (named in its comment) and passes with khgen.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/worddoc.sh"
BULLET='Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.'
F() { printf '<w:r><w:fldChar w:fldCharType="%s"/></w:r>' "$1"; }
I() { printf '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>' "$1"; }

# ---- W1: the fields of a paragraph, as Word shows them -------------------------------
# A field's result is shown, its code is not, and a field in another's
# code is code (attack12 F4 has that one alone). Here a field in another's
# result (a hyperlink around a cross-reference, as Word writes a TOC's
# PAGEREF), a field with no result (an index entry, XE, has no separate)
# first, before another, and a complete field before an IF holding a MERGEFIELD.
# docx_run-023, -027, -029, -030, -031 (the outer's separate not
# recorded, at the wrong depth) dropped "Điều 5"; -036 (the last end not
# counted) dropped "Điều 6" after the XE; -018 (a field's begin not
# resetting its slot) read the MERGEFIELD's "XX" after the DATE.
word w1 - "$(R "$BULLET")" \
  "$(R 'Theo ')$(F begin)$(I ' XE "Đồng Lạc" ')$(F end)$(F begin)$(I ' REF d6 ')$(F separate)$(R 'Điều 6')$(F end)$(R ', ')$(F begin)$(I ' HYPERLINK \l "d5" ')$(F separate)$(F begin)$(I ' REF d5 \h ')$(F separate)$(R 'Điều 5')$(F end)$(F end)$(R ' trong ')$(F begin)$(I ' DATE ')$(F separate)$(R 'năm 2025')$(F end)$(F begin)$(I ' IF ')$(F begin)$(I ' MERGEFIELD x ')$(F separate)$(R XX)$(F end)$(I ' = 1 " xã" "b" ')$(F separate)$(R ' xã')$(F end)$(R ' Đồng Lạc.')" ||
    not_ok "setup: W1's document"
run w1 >"$work/out"
if grep -q '^- Theo Điều 6, Điều 5 trong năm 2025 xã Đồng Lạc\.$' "$work/out"; then
    ok "W1: a field in another's result, after a field with no result, before an IF: as Word shows them"
else
    not_ok "W1: $(grep 'Theo' "$work/out" | head -c 300) $(head -c 300 "$work/w1.err")"
fi

# ---- W2: damaged fields, and fields nested past 32 ----------------------------------
# A stray separate and end before any begin, a field whose text is in its
# code (ended without a separate: that text is its code, which Word and
# LibreOffice do not show, s50attack F4; it was read as written; the spaces
# on its two sides stay, as around hidden text), then 34
# fields each in the result of the one around it (text shown: import
# follows 32 and counts the rest), and 33 each in the code of the one
# around it (text not shown). docx_run-002 and -006 (the innermost field's
# code hidden too) dropped "hồ sơ"; -024 (the 32nd separate not recorded)
# dropped "A"; -015 and -016 (the 33rd begin written into the slot past
# the array: the depth's byte) showed "Z". -025, -026 and -032 (a stray
# separate or end written before the array) give the same text and fail
# under ASan (make check runs this suite with it).
deep_results=$(i=0; while [ $i -lt 34 ]; do F begin; F separate; i=$((i + 1)); done)
deep_codes=$(i=0; while [ $i -lt 34 ]; do F begin; i=$((i + 1)); done)
ends=$(i=0; while [ $i -lt 34 ]; do F end; i=$((i + 1)); done)
word w2 - "$(R "$BULLET")" \
  "$(F separate)$(F end)$(R 'Rà soát ')$(F begin)$(R 'hồ sơ')$(F end)$(R ' xã Đồng Lạc')$deep_results$(R A)$ends$deep_codes$(R Z)$ends$(R '.')" ||
    not_ok "setup: W2's document"
run w2 >"$work/out"
if grep -q '^- Rà soát  xã Đồng LạcA\.$' "$work/out"; then
    ok "W2: stray field marks, a field never separated, 33 fields in results and in codes"
else
    not_ok "W2: $(grep 'Rà soát' "$work/out" | head -c 300) $(head -c 300 "$work/w2.err")"
fi

# ---- W3: symbols (w:sym) with lowercase codes, a 9, and codes import cannot read ----
# Word reads w:char's hex in either case: "f0ae" is the Symbol font's →
# and "F0B9" its ≠; a code that is no hex number ("F0xB3", "F0BZ"), one
# past Unicode ("110000") and a font import has no table of (Marlett) are
# left out, each with a review note, never read as another symbol.
# docx_run-045, -047, -050 (lowercase a or f misread) lost or changed →;
# -044 ('9' no digit) lost ≠; -060 (a bad digit skipped) read "F0xB3" as
# ≥, -054 (a bad digit read as 0) "F0BZ" as °, -053 as ©; -064 (a code
# past Unicode read as U+0001) and -066 (the note dropped) lost notes.
S() { printf '<w:r><w:sym w:font="%s" w:char="%s"/></w:r>' "$1" "$2"; }
word w3 - "$(R "$BULLET")" \
  "$(R 'Tỷ lệ ')$(S Symbol f0ae)$(R ' 90%, ')$(S Symbol F0B9)$(R ' 0')$(S Symbol F0xB3)$(S Symbol F0BZ)$(S Symbol 110000)$(S Marlett F061)$(R '.')" ||
    not_ok "setup: W3's document"
run w3 >"$work/out"
notes=$(grep -c 'a symbol import has no character for, left out' "$work/w3.yaml" 2>/dev/null)
if grep -q '^- Tỷ lệ → 90%, ≠ 0\.$' "$work/out" && [ "$notes" = 4 ] &&
    grep -q 'Marlett F061' "$work/w3.yaml" && grep -q 'Symbol 110000' "$work/w3.yaml"; then
    ok "W3: w:sym codes in lowercase, with a 9, and four that import cannot read, each noted"
else
    not_ok "W3: $(grep 'Tỷ lệ' "$work/out" | head -c 300) ($notes notes) $(grep -n 'left out' "$work/w3.yaml" | head -c 400)"
fi

# ---- W4: a symbol font's private-use text at each end of its range ------------------
# A run in the Symbol font holding only U+F024 (∃, UTF-8 EF 80 A4) or only
# U+F0C7 (∩, EF 83 87), and one whose font is named by w:hAnsi alone:
# each read as the font's character (mut13 S1 has them in one run, where
# the one-pass search finds the first). docx_run-071 ('> 0x80': the search
# misses EF 80) kept U+F024 as written, -070 ('< 0x83') U+F0C7; -085 (the
# w:hAnsi font dropped) kept U+F0B3.
Y() { printf '<w:r><w:rPr><w:rFonts %s/></w:rPr><w:t>%s</w:t></w:r>' "$1" "$2"; }
word w4 - "$(R "$BULLET")" \
  "$(R 'Với ')$(Y 'w:ascii="Symbol" w:hAnsi="Symbol"' "$(printf '\357\200\244')")$(R ' xã, ')$(Y 'w:ascii="Symbol"' "$(printf '\357\203\207')")$(R ' tỷ lệ ')$(Y 'w:hAnsi="Symbol"' "$(printf '\357\202\263')")$(R ' 90%.')" ||
    not_ok "setup: W4's document"
run w4 >"$work/out"
if grep -q '^- Với ∃ xã, ∩ tỷ lệ ≥ 90%\.$' "$work/out"; then
    ok "W4: Symbol-font text U+F024, U+F0C7 alone in their runs, a font named by w:hAnsi"
else
    not_ok "W4: $(grep 'Với' "$work/out" | od -c | head -c 400) $(head -c 300 "$work/w4.err")"
fi

# ---- W5: other text in a symbol font's run, and U+F0BF ---------------------------------
# In a Symbol-font run that holds private-use symbols, the other characters
# are kept as written: an en dash (E2 80 93) and an ellipsis (E2 80 A6),
# whose bytes after the first look like a symbol's, and U+F0BF (↵, its
# last byte 0xBF) is read. docx_run-092 and -093 (the test of the first
# byte, 0xEF, or-ed with the rest) read the dash and the ellipsis as
# symbols import has none for and lost them; -101 ('< 0xBF') kept U+F0BF.
word w5 - "$(R "$BULLET")" \
  "$(R 'Tỷ lệ ')$(Y 'w:ascii="Symbol" w:hAnsi="Symbol"' "$(printf '\357\202\263 90%% \342\200\223 \342\200\246\357\202\277')")$(R ' đạt.')" ||
    not_ok "setup: W5's document"
run w5 >"$work/out"
if grep -q '^- Tỷ lệ ≥ 90% – …↵ đạt\.$' "$work/out" && ! grep -q 'left out' "$work/w5.yaml"; then
    ok "W5: a dash and an ellipsis kept in a Symbol-font run, U+F0BF read as ↵"
else
    not_ok "W5: $(grep 'Tỷ lệ' "$work/out" | head -c 300) $(grep 'left out' "$work/w5.yaml" | head -c 200)"
fi

# ---- W6: a ruby's base with a proofing mark before its runs ---------------------------
# Word marks a misspelt word (w:proofErr) and a bookmark wherever they
# fall, in a ruby's base too: its runs after the mark are the base's
# words. docx_run-114 (break for continue at the first element that is no
# run) lost "mới nâng".
word w6 - "$(R "$BULLET")" \
  "$(R 'Đồng Lạc đạt chuẩn nông thôn ')<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/></w:rubyPr><w:rt><w:r><w:t>x</w:t></w:r></w:rt><w:rubyBase><w:proofErr w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\">mới </w:t></w:r><w:bookmarkStart w:id=\"7\" w:name=\"b\"/><w:r><w:t>nâng</w:t></w:r></w:rubyBase></w:ruby></w:r>$(R ' cao.')" ||
    not_ok "setup: W6's document"
run w6 >"$work/out"
if grep -q '^- Đồng Lạc đạt chuẩn nông thôn mới nâng cao\.$' "$work/out"; then
    ok "W6: a ruby's base with a proofing mark and a bookmark among its runs"
else
    not_ok "W6: $(grep 'Đồng Lạc' "$work/out" | head -c 300) $(head -c 300 "$work/w6.err")"
fi

# ---- W7: a tab, a positional tab and a non-breaking hyphen ----------------------------
# Word shows a tab (w:tab, w:ptab) as a gap and a non-breaking hyphen
# (Ctrl+Shift+-, w:noBreakHyphen) as "-": import reads a space and "-".
# docx_run-125 and -126 (the tab's space dropped) joined "xã" and "Đồng";
# -129 (the hyphen dropped) read "Tân Hiệp" for "Tân-Hiệp".
word w7 - "$(R "$BULLET")" \
  "$(R 'Hoàn thành xây dựng xã')<w:r><w:tab/><w:t>Đồng Lạc,</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"center\" w:leader=\"none\"/><w:t>Tân</w:t><w:noBreakHyphen/><w:t>Hiệp</w:t></w:r>$(R ' đạt chuẩn.')" ||
    not_ok "setup: W7's document"
run w7 >"$work/out"
if grep -q '^- Hoàn thành xây dựng xã Đồng Lạc, Tân-Hiệp đạt chuẩn\.$' "$work/out"; then
    ok "W7: a tab and a positional tab read as spaces, a non-breaking hyphen as '-'"
else
    not_ok "W7: $(grep "Lạc," "$work/out" | head -c 300) $(head -c 300 "$work/w7.err")"
fi

# ---- D1: khgen diff against last year: what a move of the year is -------------------
# A part whose only change is four-digit years moved by the plans'
# difference is counted, not listed (user14 M6); here the bounds of that:
# a year with a 9 or a 0 (2029 -> 2030), several years ("Đợt 2024-2026, năm
# 2024": a range not named as a period; "Giai đoạn 2024-2026", as this case
# had it, is a programme's period since s39cycle, shown) and a number left
# as it was, a year into the next century (1999 -> 2000) (counted), a number outside the years a plan may name (1899 ->
# 1900, 2999 -> 3000), a year made five digits or a five-digit number
# moved, a number that gained a digit, a part that differs after its year
# (each listed). diff_year-000 and -001 ('9' or '0' no digit) listed
# 2029 -> 2030; -033, -034 (a bound of the years half tested) counted
# 1899 or 3000; -006, -007 (the thousands read wrong) listed 1999 -> 2000 or
# counted 1899 -> 1900; -025 to -029 (the four digits' test) counted 20250, ...
y_old="Đến năm 2029 đạt 100%.|Mã số 1899.|Mã số 2999.|Hạng mục 2024.|Hạng mục 12024.|Đợt 2024-2026, năm 2024.|Năm 2024 có 1234 hộ.|Năm 2024 có 123 hộ.|Năm 2024 xong|Không đổi 2024.|Từ năm 1999."
y_new="Đến năm 2030 đạt 100%.|Mã số 1900.|Mã số 3000.|Hạng mục 20250.|Hạng mục 12025.|Đợt 2025-2027, năm 2025.|Năm 2025 có 1234 hộ.|Năm 2025 có 1234 hộ.|Năm 2025 xong.|Không đổi 2024.|Từ năm 2000."
bullets() { # TEXTS: '|'-separated bullets, YAML lines after the plan's para
    echo "$1" | tr '|' '\n' | sed 's/^/          - bullet: /'
}
readme_example "$work/d-old.yaml"
"$khgen" new --from "$work/d-old.yaml" --year 2025 -o "$work/d-new.yaml" >/dev/null 2>&1 ||
    not_ok "setup: D1's khgen new"
"$khgen" diff "$work/d-old.yaml" "$work/d-new.yaml" >"$work/d0.out" 2>&1
base=$(sed -n 's/^.*: \([0-9]*\) phần chỉ đổi năm.*$/\1/p' "$work/d0.out")
for side in old new; do
    eval "texts=\$y_$side"
    bullets "$texts" >"$work/d-$side.add"
    sed "/^          - para: (Chi tiết theo {att bieu01} đính kèm)\.\$/r $work/d-$side.add" \
        "$work/d-$side.yaml" >"$work/d1-$side.yaml"
done
"$khgen" diff "$work/d1-old.yaml" "$work/d1-new.yaml" >"$work/d1.out" 2>&1
status=$?
count=$(sed -n 's/^.*: \([0-9]*\) phần chỉ đổi năm.*$/\1/p' "$work/d1.out")
# (the changes' lines: since s45cycle F13 the "@@" lines quote a part's words)
listed=$(grep -v '^@@' "$work/d1.out" | grep -o 'Mã số [^ ]*\|Hạng mục [^ ]*\|có [^ ]* hộ\|2024 xong\|Đến năm [^ ]*\|Giai đoạn [^ ]*' | tr '\n' ' ')
want="Mã số [-1899.-]{+1900.+} Mã số [-2999.-]{+3000.+} Hạng mục [-2024.-]{+20250.+} Hạng mục [-12024.-]{+12025.+} có [-123-]{+1234+} hộ 2024 xong"
if [ "$status" -eq 1 ] && [ -n "$base" ] && [ "$count" = "$((base + 4))" ] && [ "$listed" = "$want " ]; then
    ok "D1: years moved by the plans' difference counted ($base + 4), other numbers' changes listed"
else
    not_ok "D1: status $status, counted '$count' of '$base' + 4, listed '$listed'"
fi

# ---- D2: khgen diff and formatting: each emphasis, a title and its text, the layout ----
# leftovers14 case 3 has a clause made plain, a page, merged cells and a
# font size. Here a clause made italic, one in capitals, a clause given a
# text in italics (its title bold: two emphases), the page's layout with
# every value written as the template's (the same document: no change),
# and a line spacing of 1,5 (written with a comma, as the plan's readers
# write it). diff_format-005 and -006 (italic, upper counted as another
# emphasis) said "in đậm nghiêng", "in đậm, chữ hoa"; -007 described the
# two emphases as one; -032 to -037 (a default moved by one) reported a
# layout written as the template's as a change; -030, -031 wrote "1.5".
ex=$work/d-old.yaml
sed 's/^      - clause: Cấp xã$/&\n        style: italic/' "$ex" >"$work/f-it.yaml"
sed 's/^      - clause: Cấp xã$/&\n        style: upper/' "$ex" >"$work/f-up.yaml"
sed 's/^      - clause: Cấp xã$/&\n        text: Phấn đấu đến cuối năm./' "$ex" >"$work/f-t0.yaml"
sed 's/^      - clause: Cấp xã$/&\n        text: Phấn đấu đến cuối năm.\n        text_style: italic/' \
    "$ex" >"$work/f-ti.yaml"
{ cat "$ex"; echo 'layout: {line_spacing: 1.5}'; } >"$work/f-ls.yaml"
{ cat "$ex"; echo 'layout: {margin_top: 20, margin_bottom: 20, margin_left: 30, margin_right: 15,'
  echo '         font_size: 14, indent: 1.0, line_spacing: 1.3, paragraph_spacing: 6}'; } >"$work/f-ly0.yaml"
fmt2() { # NAME OLD NEW EXPECTED-LINE (a fixed string)
    "$khgen" diff "$work/$2.yaml" "$work/$3.yaml" >"$work/$3.out" 2>&1
    _s=$?
    if [ "$_s" -eq 1 ] && grep -qxF -- "$4" "$work/$3.out"; then
        ok "$1"
    else
        not_ok "$1: status $_s: $(head -c 400 "$work/$3.out")"
    fi
}
fmt2 "D2: a clause made italic is 'in [-đậm-]{+nghiêng+}'" d-old f-it 'định dạng: in [-đậm-]{+nghiêng+}'
fmt2 "D2: a clause in capitals is 'in [-đậm-]{+thường, chữ hoa+}'" d-old f-up \
    'định dạng: in [-đậm-]{+thường, chữ hoa+}'
fmt2 "D2: a title bold over a text made italic" f-t0 f-ti \
    'định dạng: tiêu đề in đậm | nội dung in [-thường-]{+nghiêng+}'
fmt2 "D2: a line spacing of 1,5 for the template's 1,3" d-old f-ls \
    'định dạng: lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm | cỡ chữ 14 pt | lùi đầu dòng 1 cm | giãn dòng [-1,3-]{+1,5+} | cách đoạn 6 pt'
"$khgen" diff "$ex" "$work/f-ly0.yaml" >"$work/f-ly0.out" 2>&1
status=$?
if [ "$status" -eq 0 ] && ! [ -s "$work/f-ly0.out" ]; then
    ok "D2: a layout whose every value is the template's is no change"
else
    not_ok "D2: layout written as the template's: status $status: $(head -c 400 "$work/f-ly0.out")"
fi

# ---- A1: an attachment's table read back: which first column numbers, which row totals ---
# import_attrows.c reads a table's STT column, group rows and totals row
# as khgen's own (cycle14 cases 11, 12). Here the shapes it must not take
# for them, and a totals label khgen does not print but Word tables have:
# a first column headed "Năm" of years (no numbering column: -000, any
# heading taken, made it one), an STT column holding "Tổ 2" (-004, -005,
# any character taken), a row "I" with no title (no group row: -016 made
# it a heading ""), a totals label in the second column under an empty
# first cell (-021 kept it a row), and a totals row whose cell is no
# number, its review note naming column 3 (-026 named column 1).
cat >"$work/a1.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU], issuer_short: UBND xã Đồng Hưu, place: Đồng Hưu, date: 2024-01, title: "Kế hoạch năm {year}"}
body: [{section: MỤC TIÊU, items: [{para: "(Chi tiết theo {att b1} đính kèm)."}]}]
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách năm
    columns: [{key: y, header: Năm}, {key: name, header: Nội dung}, {key: n, header: Số hộ}]
    rows: [{y: "2023", name: Đường thôn, n: "1"}, {y: "2024", name: Nhà văn hóa, n: "2"}]
EOF
table() { # LABEL TITLE ROW...: an attachment of three columns, STT first, in khgen's .md
    printf '\n---\n\n**%s**\n\n**%s**\n\n| STT | Nội dung | Số hộ |\n|:---:|---|:---:|\n' "$1" "$2"
    shift 2
    printf '%s\n' "$@"
}
"$khgen" build -f md -o "$work/a1" "$work/a1.yaml" >/dev/null 2>&1 || not_ok "setup: A1's plan"
{ cat "$work/a1/a1.md"
  table 'Biểu 02' 'SỐ HỘ' '| 1 | Đường thôn | 1 |' '| 2 | Nhà văn hóa | 2 |' '|  | **Tổng cộng** | **3** |'
  table 'Biểu 03' 'KINH PHÍ' '| 1 | Đường thôn | 1 |' '| 2 | Nhà văn hóa | 2 |' '| **Tổng cộng** |  | **x** |'
  table 'Biểu 04' 'TỔ' '| 1 | Đường thôn | 1 |' '| Tổ 2 | Nhà văn hóa | 2 |'
  table 'Biểu 05' 'NHÓM' '| 1 | Đường thôn | 1 |' '| I |  |  |'
} >"$work/a1.md"
"$khgen" import "$work/a1.md" -o "$work/a1i.yaml" --force >/dev/null 2>"$work/a1.err"
y=$work/a1i.yaml
bad=
grep -qxF '      - {key: c1, header: "Năm"}' "$y" || bad="$bad Biểu 01's years numbered;"
sed -n '/id: bieu-02/,/id: bieu-03/p' "$y" | grep -qxF '    totals: "Tổng cộng"' || bad="$bad Biểu 02 has no totals;"
grep -qF "the table's totals: column 3, \"x\", is not a number" "$y" || bad="$bad Biểu 03's note;"
sed -n '/id: bieu-04/,/id: bieu-05/p' "$y" | grep -qxF '      - {key: c1, header: "STT", align: center}' ||
    bad="$bad Biểu 04's STT numbered;"
! grep -qF 'heading: ""' "$y" || bad="$bad Biểu 05's group row;"
if [ -z "$bad" ] && [ "$(grep -c '^  - id: bieu-0' "$y")" -eq 5 ]; then
    ok "A1: a column of years, 'Tổ 2', a row 'I' without title are no numbering; totals in column 2; a note's column"
else
    not_ok "A1:$bad $(grep -c '^  - id: bieu-0' "$y") tables $(head -c 300 "$work/a1.err")"
fi

# ---- D3: cells merged from the first row, in a column with no heading -----------------
# merge: [nhom] on a table whose only merge is its first two rows ("A",
# "A"), in a column headed "": diff names the column by its key.
# diff_format-014 (the rows scanned from the second) said "the same",
# exit 0; -027 (an empty heading taken for a name) named nothing.
sed -n '/^khgen: 1$/,/^signature:/p' "$work/a1.yaml" >"$work/m0.yaml"
cat >>"$work/m0.yaml" <<'EOF'
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách
    columns: [{key: nhom, header: ""}, {key: name, header: Nội dung}, {key: n, header: Số hộ}]
    rows: [{nhom: A, name: Đường thôn, n: "1"}, {nhom: A, name: Nhà văn hóa, n: "2"}, {nhom: B, name: Kênh, n: "3"}]
EOF
sed 's/^    title: Danh sách$/&\n    merge: [nhom]/' "$work/m0.yaml" >"$work/m1.yaml"
fmt2 "D3: cells merged only from the first row, in a column headed \"\", named by its key" m0 m1 \
    'định dạng: khổ ngang{+ | gộp ô theo cột: nhom+}'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
