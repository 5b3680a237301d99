#!/bin/sh
# tests/hardening/mut27.sh KHGEN WORKDIR - what session 27's mutation sweep
# of session 26's new code (git diff db090bc8 6b6932dd -- src; and
# src/import_tasks.c's hunks of session 23) found the tests blind to
# (issue 8), a case for each surviving mutant that is not equivalent,
# named by its id (tools/mutants.py list FILE --since db090bc8):
#   - `khgen new` on the target years in a text: a comparison counted
#     among the target years moved, a set of 33 years (one more than a set
#     holds) left as written without a crash, "target_year=20245" (five
#     digits) in a text left alone (src/cmd_new_years.c);
#   - KH315 of the closing: "Kế hoạch năm 2019-2020" (a range, '-' or '–')
#     and "năm 3000" or "năm 1899" (no year) are no year of a plan, the
#     plan's name in bold is read (src/check_closing.c);
#   - KH634 over rows written as lists in a table without an STT column,
#     a row shorter than its columns (src/attach_slips.c); the STT merged
#     with a merged block (src/attach_merge.c); KH635's room rounded down
#     (src/attach_wide.c); decimals=0 on a sum of whole numbers
#     (src/figures_options.c);
#   - import of a .docx: KH759 of a footnote alone, of a vertical merge
#     past its budget, of cells merged across columns (their quote and
#     columns) (src/docx_kept.c); the tab-set signature's first line and
#     its bound (src/docx_tabcols.c); a page footer "Trang 1"
#     (src/docx_pagehead.c); a main part named with ".." (src/docx_part.c);
#     the default paragraph style's w:default (src/docx_style.c); a main
#     part outside word/ without content types (src/docx_notword.c); a
#     title row over a table of two columns (src/docx_layout.c);
#   - import of a .md or .txt: "phối hợp với ." (src/import_tasks.c), a
#     picture that is a link's whole text and the place of the notes' count
#     (src/import_notes.c), "<b>" never closed (src/import_mdhtml.c), "Số:"
#     and the place and date on one line (src/import_head.c);
#   - diff: four digits with a unit written on, "2024ước", "2024A", and
#     "204.2024" at a text's start, are no year (src/diff_year.c).
# Each case fails with the mutant it names and passes with main's binary,
# but for three fixes, whose cases fail with main's binary before them
# (6b6932dd): KH315 of the plan's name in quotes or brackets (its word's
# start and a range's dash: check_closing.c, check_draft.c); a tab-set
# signature with 16 or more recipients between the signer's title and
# name, the name lost (docx_tabcols.c); the note of a cell merged across
# columns cut inside a letter, the plan written not loading (docx_kept.c).
# Controls, which pass with both, are named so.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
P=$work/p
mkdir -p "$P"
readme_base

# para NAME TEXT: the README's example with a paragraph TEXT before its
# first "(Chi tiết theo ...)" paragraph, as $P/NAME.yaml
para() {
    edited "$1" '          - para: (Chi tiết theo' "          - para: \"$2\"
          - para: (Chi tiết theo"
}

# ---- cmd_new_years.c ------------------------------------------------------------------------
# a comparison of target_year moved is one of the target years new counts
# (cmd_new_years-133 did not count it: 4 for 5)
para cmp 'Có {count localities target_year>2024} xã sau năm.'
"$khgen" new --from "$P/ex.yaml" --year 2025 -o "$P/ex-n.yaml" --force >"$work/ex-n.out" 2>&1
"$khgen" new --from "$P/cmp.yaml" --year 2025 -o "$P/cmp-n.yaml" --force >"$work/cmp-n.out" 2>&1
a=$(grep -o 'target years of localities (and table filters) moved: [0-9]*' "$work/ex-n.out" | grep -o '[0-9]*$')
b=$(grep -o 'target years of localities (and table filters) moved: [0-9]*' "$work/cmp-n.out" | grep -o '[0-9]*$')
if [ -n "$a" ] && [ "$b" = $((a + 1)) ] && grep -qF '{count localities target_year>2025}' "$P/cmp-n.yaml"; then
    ok "cmd_new_years-133: a comparison target_year>2024 moved counts as one target year ($a, $b)"
else
    not_ok "cmd_new_years-133: moved: $a without, $b with the comparison; $(grep -o 'Có {[^}]*}' "$P/cmp-n.yaml")"
fi

# a set of 33 alternatives, one more than a figure's set holds: left as
# written, exit 0 (cmd_new_years-058 wrote the 33rd past the array: a crash)
alts=$(awk 'BEGIN { for (y = 2024; y <= 2056; y++) printf "%s%d", (y > 2024 ? "|" : ""), y }')
para alts33 "Có {count localities target_year=$alts} xã."
"$khgen" new --from "$P/alts33.yaml" --year 2025 -o "$P/alts33-n.yaml" --force >"$work/alts33.out" 2>&1
st=$?
if [ $st -eq 0 ] && grep -qF "target_year=$alts}" "$P/alts33-n.yaml"; then
    ok "cmd_new_years-058: a set of 33 target years: exit 0, left as written"
else
    not_ok "cmd_new_years-058: exit $st; $(head -c 300 "$work/alts33.out")"
fi

# "target_year=20245" in a text (five digits: no year) stays as written
# (cmd_new_years-062 read the byte after the fifth digit: "20255")
para five 'Mã lọc cũ target_year=20245 kind=xã.'
"$khgen" new --from "$P/five.yaml" --year 2025 -o "$P/five-n.yaml" --force >"$work/five.out" 2>&1
if grep -qF 'Mã lọc cũ target_year=20245 kind=xã.' "$P/five-n.yaml"; then
    ok "cmd_new_years-062: 'target_year=20245 kind=xã' in a text: no year, left as written"
else
    not_ok "cmd_new_years-062: $(grep -o 'Mã lọc.*' "$P/five-n.yaml" 2>/dev/null) $(head -c 200 "$work/five.out")"
fi

# ---- check_closing.c ------------------------------------------------------------------------
# the closing of a plan of 2024 that names 2023 elsewhere (KH315's reading
# starts only then): "Kế hoạch năm Y" with Y a range or no year is no
# plan's year (052: '-', 057: '–', 061: any number, 064: 3000); 2023: warned
# (control)
n=0
for y in '2019-2020:052' '2019–2020:057' '1899:061' '3000:064' '2023:control'; do
    n=$((n + 1))
    edited cl$n 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
        "closing: Trên đây là Kế hoạch năm ${y%%:*} của UBND huyện, tiếp nối kết quả năm 2023./."
    "$khgen" check "$P/cl$n.yaml" >/dev/null 2>"$work/cl$n.err"
    got=$(grep -c 'KH315' "$work/cl$n.err")
    want=0
    [ "${y#*:}" = control ] && want=1
    if [ "$got" = "$want" ]; then
        ok "check_closing-${y#*:}: 'Kế hoạch năm ${y%%:*}' in a plan of 2024: $want KH315"
    else
        not_ok "check_closing-${y#*:}: 'Kế hoạch năm ${y%%:*}': $got KH315, want $want: $(head -c 300 "$work/cl$n.err")"
    fi
done

# the plan's name in bold: "**Kế hoạch năm 2023**" is read after its '*'
# (check_closing-075 took a word after '*' for no word's start: no KH315)
edited clb 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    'closing: Trên đây là **Kế hoạch năm 2023** của UBND huyện.'
check_says "check_closing-075: 'Trên đây là **Kế hoạch năm 2023**' in a plan of 2024: KH315" \
    "$P/clb.yaml" 0 'warning[KH315]' "names the plan 'Kế hoạch năm 2023'"

# the plan's name in quotes or with its year in brackets: KH315 as well
# (check_closing-073, 075 moved the rule of a word's start, which took
# only a space or '*' before "Kế hoạch" or "năm", and a '”' after the year
# for a range's dash: both silent; a fix, with the control of a range
# written '—' and "Kế hoạch" glued to the word before)
n=0
for c in '“Kế hoạch năm 2023”:1' "'Kế hoạch năm 2023':1" 'Kế hoạch (năm 2023):1' \
    'Kế hoạch năm 2023… :1' 'Kế hoạch năm 2019—2020 , năm 2023:0' 'dựKế hoạch năm 2023:0'; do
    n=$((n + 1))
    t=${c%:*}
    edited clq$n 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
        "closing: '$(printf %s "Trên đây là $t của UBND huyện." | sed "s/'/''/g")'"
    "$khgen" check "$P/clq$n.yaml" >/dev/null 2>"$work/clq$n.err"
    got=$(grep -c 'KH315' "$work/clq$n.err")
    if [ "$got" = "${c##*:}" ]; then
        ok "check_closing: 'Trên đây là $t của UBND huyện.' in a plan of 2024: $got KH315"
    else
        not_ok "check_closing: 'Trên đây là $t': $got KH315, want ${c##*:}: $(head -c 300 "$work/clq$n.err")"
    fi
done

# ---- figures_options.c ----------------------------------------------------------------------
# decimals=0 on a sum of whole numbers prints none: no KH501, "33"
# (figures_options-030 refused decimals=0 as it refuses decimals=1)
para d0 'Tổng {sum localities criteria_met decimals=0} tiêu chí.'
"$khgen" check "$P/d0.yaml" >/dev/null 2>"$work/d0.err"
st=$?
got=$("$khgen" build -f md -o - "$P/d0.yaml" 2>/dev/null | grep '^Tổng ')
if [ $st -eq 0 ] && ! grep -q KH501 "$work/d0.err" && [ "$got" = 'Tổng 33 tiêu chí.' ]; then
    ok "figures_options-030: '{sum localities criteria_met decimals=0}': no KH501, '33'"
else
    not_ok "figures_options-030: exit $st, '$got': $(grep KH501 "$work/d0.err" | head -c 300)"
fi

# ---- attach_slips.c -------------------------------------------------------------------------
# KH634 of a percent column of fractions in rows written as lists, in a
# table with no STT column: the column's own value is read
# (attach_slips-027 counted the columns from the second: the name read
# for the rate, no warning)
cat "$P/ex.yaml" - >"$P/pct.yaml" <<'YAML'
  - id: bieu03
    label: Biểu 03
    title: Số liệu hộ nghèo
    columns:
      - {key: name, header: Nội dung}
      - {key: rate, header: Tỷ lệ, type: percent}
    rows:
      - [Đồng Hưu, 0.0229]
      - [Tân Hiệp, 0.015]
YAML
sed -i 's/(Chi tiết theo {att bieu01} đính kèm)/(Chi tiết theo {att bieu01}, {att bieu03} đính kèm)/' "$P/pct.yaml"
check_says "attach_slips-027: rows as lists, no STT column: KH634 at the rate 0.0229" "$P/pct.yaml" 0 \
    "pct.yaml:82:20: warning[KH634]: every value of the percent column 'rate' is under 1" \
    "write the percentage, 2,29 for 2,29%"

# a row written as a list shorter than the columns: its missing rate is
# blank (KH625), and KH634 reads no cell past the row's end
# (attach_slips-030 read one past the row's items: seen under ASan)
sed 's/^      - \[Tân Hiệp, 0.015\]$/      - [Tân Hiệp, 0.015]\n      - [Đồng Lạc]/' "$P/pct.yaml" >"$P/short.yaml"
check_says "attach_slips-030: a row [Đồng Lạc] shorter than its columns: KH625, KH634, no read past it" \
    "$P/short.yaml" 0 "short.yaml:84:9: warning[KH625]: this row leaves 'rate' blank" \
    "short.yaml:82:20: warning[KH634]"

# ---- attach_wide.c --------------------------------------------------------------------------
# KH635's figures: whole points, the need rounded up and the room down (18
# int columns on a portrait page: "needs 18 pt", "is 17 pt"; attach_wide-005
# rounded the room: "needs 18 pt ... is 18 pt")
/usr/bin/python3 - "$P/w18.yaml" <<'PY'
import sys
cols = "".join("\n      - {key: c%d, header: Cột số %d, type: int, total: true}" % (c, c + 1) for c in range(16))
rows = "".join("\n      - [\"Dòng %d\"%s]" % (r + 1, "".join(", %d" % (r * 10 + c) for c in range(16))) for r in range(5))
open(sys.argv[1], "w").write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]
  issuer_short: UBND huyện Yên Thế
  place: Yên Thế
  date: 2024-01
  title: Triển khai thực hiện Chương trình nông thôn mới năm 2024
opening: "UBND huyện xây dựng Kế hoạch như sau:"
body:
  - section: MỤC TIÊU
    items:
      - para: Hoàn thành các chỉ tiêu (chi tiết theo {att b0} đính kèm).
closing: Trên đây là Kế hoạch năm {year} của UBND huyện.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b0
    label: Biểu 01
    title: Bảng số liệu
    orientation: portrait
    totals: Tổng cộng
    columns:
      - stt
      - {key: name, header: Nội dung}%s
    rows:%s
""" % (cols, rows))
PY
"$khgen" build -f docx -o "$work/w18" "$P/w18.yaml" >/dev/null 2>"$work/w18.err"
if grep -q "warning\[KH635\]: Biểu 01 is too wide for its page: a value of column 'Cột số 1' needs 18 pt and the column's share of the portrait page is 17 pt" "$work/w18.err"; then
    ok "attach_wide-005: 18 int columns, portrait: KH635 'needs 18 pt', the room 17 pt (rounded down)"
else
    not_ok "attach_wide-005: $(grep -A0 KH635 "$work/w18.err" | head -c 400)"
fi

# ---- docx_kept.c: KH759's counts -------------------------------------------------------------
mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/mut27_docx.py" "$work/dx" || not_ok "setup: mut27_docx.py"
imported() { # NAME: import of $work/dx/NAME.docx, its messages in $work/dx/NAME.err
    "$khgen" import --force -o "$work/dx/$1.yaml" "$work/dx/$1.docx" >/dev/null 2>"$work/dx/$1.err"
}
# a footnote and no text box (docx_kept-002 warned only with both)
imported footnote
if grep -q "warning\[KH759\]: .* has 1 footnote or endnote reference," "$work/dx/footnote.err" &&
    ! grep -q "text boxes" "$work/dx/footnote.err"; then
    ok "docx_kept-002: a footnote's reference alone: KH759 counts it"
else
    not_ok "docx_kept-002: $(head -c 300 "$work/dx/footnote.err")"
fi
# a cell of 64 KB merged down 80 rows: the copies past 4 MiB left empty,
# KH759 names the budget (docx_kept-019: "2 MiB"; no case covered it)
imported vmerge
if grep -q "warning\[KH759\]: .* has [0-9]* cells covered by a vertical merge (w:vMerge) left empty: copying the merged cell's text into each would add more than 4 MiB" "$work/dx/vmerge.err"; then
    ok "docx_kept-019: a vertical merge past the budget: KH759, 'more than 4 MiB'"
else
    not_ok "docx_kept-019: $(head -c 300 "$work/dx/vmerge.err")"
fi
# cells over columns 2-3 of the rows below the first, their texts over 80
# bytes: the note quotes the first 80 bytes and names columns 2-3
# (docx_kept-043 quoted 81, 044 named columns 0-3); a quote whose 80th
# byte falls inside "ả" ends before it: the plan written loads (it wrote
# the letter's first two bytes, invalid UTF-8: KH003, import's exit 0; a
# fix)
imported span
st=$?
x69=$(printf '%069d' 0 | tr 0 x)
z68=$(printf '%068d' 0 | tr 0 z)
if [ $st -eq 0 ] && grep -qF "\"Nội dung $x69\", one cell over columns 2-3: read as column 2's" "$work/dx/span.yaml" &&
    grep -qF "\"Nội dung $z68\", one cell over columns 2-3" "$work/dx/span.yaml" &&
    "$khgen" check "$work/dx/span.yaml" >/dev/null 2>&1; then
    ok "docx_kept-043, 044: a cell over columns 2-3: the note quotes 80 bytes, never half a letter"
else
    not_ok "docx_kept-043, 044: exit $st: $(grep -a 'one cell over' "$work/dx/span.yaml" | cut -c60-200 | tr '\n' ' ') $("$khgen" check "$work/dx/span.yaml" 2>&1 | head -1)"
fi

# ---- docx_tabcols.c: a signature set with tabs -----------------------------------------------
# the signer's name 15, 16 and 30 recipients ("- Thôn N;", no tab) below the
# signer's title: the name is the signature's, "Lưu: VT" the last
# recipient (16: the name was read as the recipient's words, "Lưu: VT.
# Trần Văn Bình", the signature without a name, exit 0 and no word: the
# survivor docx_tabcols-001 moved the bound of 15 by one; a fix)
for n in 15 16 30; do
    imported tabsig$n
    if sed -n '/^recipients:/,$p' "$work/dx/tabsig$n.yaml" | tr '\n' '|' |
        grep -qF "  - Thôn $n|  - \"Lưu: VT\"|signature:|  lines:|    - TM. ỦY BAN NHÂN DÂN|    - KT. CHỦ TỊCH|    - PHÓ CHỦ TỊCH|  name: Trần Văn Bình|"; then
        ok "docx_tabcols-001: $n recipients between the signer's title and name: the name read"
    else
        not_ok "docx_tabcols-001: $n recipients: $(sed -n '/^recipients:/,$p' "$work/dx/tabsig$n.yaml" | tail -8 | tr '\n' '|')"
    fi
done
# 15 recipients typed without their dash right under the block's first
# line ("Nơi nhận:<tab>TM. ỦY BAN NHÂN DÂN"): 15 lines of another kind at
# most between two lines of the block, the block read (docx_tabcols-069
# counted one more before its first line with a tab: no recipients, no
# signature)
imported tabsig15nodash
if sed -n '/^recipients:/,$p' "$work/dx/tabsig15nodash.yaml" | tr '\n' '|' |
    grep -qF '  - Thôn 15|  - "Lưu: VT"|signature:|  lines:|    - TM. ỦY BAN NHÂN DÂN|    - CHỦ TỊCH|  name: Trần Văn Bình|'; then
    ok "docx_tabcols-069: 15 recipients without a dash under the block's first line: the block read"
else
    not_ok "docx_tabcols-069: $(sed -n '/^recipients:/,$p' "$work/dx/tabsig15nodash.yaml" | tail -8 | tr '\n' '|')"
fi

# ---- docx_pagehead.c, docx_part.c -------------------------------------------------------------
# a page footer "Trang 1" (its number a PAGE field) holds the page's own
# words only: no note, no KH759 (docx_pagehead-081 skipped "Trang")
imported footer
if ! grep -q 'KH759' "$work/dx/footer.err" && ! grep -q 'page footer' "$work/dx/footer.yaml"; then
    ok "docx_pagehead-081: a page footer 'Trang 1': the page's words, no note"
else
    not_ok "docx_pagehead-081: $(grep KH759 "$work/dx/footer.err" | head -c 300)"
fi
# _rels/.rels naming the main part "word/../word/document.xml", an entry
# the zip holds too: a name with ".." is none; the usual word/document.xml
# is read (docx_part-024 read the entry named with "..")
imported dotdot
if grep -qxF '      - para: Nội dung thật.' "$work/dx/dotdot.yaml" && ! grep -q 'Nội dung giả' "$work/dx/dotdot.yaml"; then
    ok "docx_part-024: a main part named 'word/../word/document.xml': word/document.xml read instead"
else
    not_ok "docx_part-024: $(grep -F 'Nội dung' "$work/dx/dotdot.yaml" | head -c 200) $(head -c 200 "$work/dx/dotdot.err")"
fi
# the default paragraph style: w:default="on" with All Caps shows the body
# in capitals, read so (docx_style-012: "on" no default, read as typed);
# w:default="0" is none, the later w:default="1" the default (docx_style-005
# took any value but "1": the capitals of the style "0")
imported style_on
imported style_off
if grep -qxF '      - para: HOÀN THÀNH NHIỆM VỤ.' "$work/dx/style_on.yaml" &&
    grep -qxF '      - para: Hoàn thành nhiệm vụ.' "$work/dx/style_off.yaml"; then
    ok "docx_style-005, 012: w:default=\"on\" is the default paragraph style, w:default=\"0\" is not"
else
    not_ok "docx_style-005, 012: $(grep -ih 'hoàn thành' "$work/dx/style_on.yaml" "$work/dx/style_off.yaml" | tr '\n' ' ')"
fi
# a main part outside word/ in a package without [Content_Types].xml: one
# KH756 saying so (docx_notword-009 went on: a second KH756, "no
# word/document.xml"; no case reached it)
imported notypes
if [ "$(grep -c 'error\[KH756\]' "$work/dx/notypes.err")" = 1 ] &&
    grep -q "the main document part 'doc/main.xml' is outside word/ and \[Content_Types\].xml" "$work/dx/notypes.err"; then
    ok "docx_notword-009: a main part outside word/, no [Content_Types].xml: one KH756 saying so"
else
    not_ok "docx_notword-009: $(head -c 400 "$work/dx/notypes.err")"
fi
# a table of two columns under its title row ("Biểu 01: ..." one cell over
# both): the title is read before the table, not as its header
# (docx_layout-014 took a title row over three columns or more only,
# docx_layout-032 none: "Biểu 01" a column's header)
imported title2
if grep -qxF '      - para: "Biểu 01: DANH SÁCH THÔN ĐẠT CHUẨN"' "$work/dx/title2.yaml" &&
    ! grep -q 'header: "Biểu 01' "$work/dx/title2.yaml"; then
    ok "docx_layout-014, 032: a title row over a table of two columns: the title, then the table"
else
    not_ok "docx_layout-014, 032: $(grep -n 'Biểu 01' "$work/dx/title2.yaml" | tr '\n' ' ')"
fi

# ---- attach_merge.c -------------------------------------------------------------------------
# a merged column's block of three rows: the STT merges with it, printed
# once (the HTML's rows below it without an STT cell), and no KH630
# ("numbered 1 under a row numbered 1"): attach_merge-071 compared each
# row's STT with its own, the "1" printed on each row and warned at;
# attach_merge-069 left the rows below without the STT's text, an empty
# cell more in each of the HTML's rows, beside the STT's rowspan
cat "$P/ex.yaml" - >"$P/mg.yaml" <<'YAML'
  - id: bieu03
    label: Biểu 03
    title: Phân công nhiệm vụ
    merge: [linh_vuc]
    columns:
      - stt
      - {key: linh_vuc, header: Lĩnh vực}
      - {key: viec, header: Công việc}
    rows:
      - {linh_vuc: Giao thông, viec: Làm đường}
      - {linh_vuc: Giao thông, viec: Sửa cầu}
      - {linh_vuc: Giao thông, viec: Cắm biển}
      - {linh_vuc: Thủy lợi, viec: Nạo vét kênh}
YAML
sed -i 's/(Chi tiết theo {att bieu01} đính kèm)/(Chi tiết theo {att bieu01}, {att bieu03} đính kèm)/' "$P/mg.yaml"
rm -rf "$work/mg"
"$khgen" build -f md,html -o "$work/mg" "$P/mg.yaml" >/dev/null 2>"$work/mg.err"
if grep -qxF '| 1 | Giao thông | Làm đường |' "$work/mg/mg.md" && grep -qxF '|  |  | Sửa cầu |' "$work/mg/mg.md" &&
    grep -qF '<tr><td class="l">Sửa cầu</td></tr>' "$work/mg/mg.html" &&
    grep -qxF '|  |  | Cắm biển |' "$work/mg/mg.md" && grep -qxF '| 2 | Thủy lợi | Nạo vét kênh |' "$work/mg/mg.md" &&
    ! grep -q KH630 "$work/mg.err"; then
    ok "attach_merge-069, 071: a merged block of three rows: STT 1 merged with it, then 2; no KH630"
else
    not_ok "attach_merge-069, 071: $(grep -F 'Sửa cầu' "$work/mg/mg.html" | head -c 100) $(grep -e 'Giao thông' -e 'Sửa cầu' -e 'Cắm biển' -e 'Nạo vét' "$work/mg/mg.md" | tr '\n' ' ') $(head -c 200 "$work/mg.err")"
fi

# ---- import_tasks.c (session 23's hunks) -----------------------------------------------------
# "phối hợp với ." - a support list of a full stop alone: the lead read,
# the words kept as its note (import_tasks-003 trimmed on past the list's
# start into "phối hợp với ", the lead lost)
printf '# KẾ HOẠCH\n\nRà soát năm 2025\n\n## I. MỤC TIÊU\n\n- Nhiệm vụ A\n\n  + Đơn vị thực hiện: Phòng Kinh tế phối hợp với .\n\n  + Thời gian thực hiện: tháng 10/2025\n' >"$P/sup.md"
"$guard" 20 "$khgen" import --force -o "$P/sup.yaml" "$P/sup.md" >/dev/null 2>"$work/sup.err"
st=$?
if [ $st -eq 0 ] && grep -qxF '        lead: phong-kinh-te' "$P/sup.yaml" &&
    grep -qxF '        lead_note: phối hợp với .' "$P/sup.yaml"; then
    ok "import_tasks-003: 'Phòng Kinh tế phối hợp với .': the lead, 'phối hợp với .' its note"
else
    not_ok "import_tasks-003: exit $st: $(grep -n 'lead' "$P/sup.yaml" 2>/dev/null | tr '\n' ' ') $(head -c 200 "$work/sup.err")"
fi

# ---- import_head.c --------------------------------------------------------------------------
# a .txt's header line "Số: 125/KH-UBND      Yên Thế, ngày 15 tháng 01
# năm 2024" (the Tab key's columns typed as spaces): the number, then the
# place and date (import_head-072, 075 never split it: the code "KH-UBND
# Yên Thế, ngày ...", no place, no date)
printf 'ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ\n\nSố: 125/KH-UBND      Yên Thế, ngày 15 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\nI. MỤC TIÊU\n\nNội dung.\n' >"$P/h72.txt"
"$khgen" import --force -o "$P/h72.yaml" "$P/h72.txt" >/dev/null 2>"$work/h72.err"
if grep -qxF '  code: KH-UBND' "$P/h72.yaml" && grep -qxF '  place: Yên Thế' "$P/h72.yaml" &&
    grep -qxF '  date: 2024-01-15' "$P/h72.yaml"; then
    ok "import_head-072, 075: 'Số: 125/KH-UBND      Yên Thế, ngày ...' on one line: number, place, date"
else
    not_ok "import_head-072, 075: $(grep -E '^  (number|code|place|date):' "$P/h72.yaml" | tr '\n' ' ')"
fi

# ---- import_notes.c -------------------------------------------------------------------------
# a .md of a picture without a description that is a link's whole text,
# then 60 paragraphs of a picture each: the link's text is the picture's
# address (import_notes-017: "[](https://x.vn/a)", a link printing
# nothing); the notes past the first 50 are counted in one note at the
# paragraph of the first left out, "Đoạn số 50" (import_notes-041: at the
# document's start)
{
    printf '# KẾ HOẠCH\n\nRà soát năm 2025\n\n## I. MỤC TIÊU\n\n'
    printf 'Xem sơ đồ [![](so-do.png)](https://x.vn/a) kèm theo.\n\n'
    k=1
    while [ $k -le 60 ]; do
        printf 'Đoạn số %d ![](h%d.png) hết.\n\n' $k $k
        k=$((k + 1))
    done
} >"$P/nb.md"
"$khgen" import --force -o "$P/nb.yaml" "$P/nb.md" >/dev/null 2>"$work/nb.err"
if grep -qxF '      - para: Xem sơ đồ [so-do.png](https://x.vn/a) kèm theo.' "$P/nb.yaml"; then
    ok "import_notes-017: '[![](so-do.png)](https://x.vn/a)': the link's text is the picture's address"
else
    not_ok "import_notes-017: $(grep -F 'Xem sơ đồ' "$P/nb.yaml" | head -c 200)"
fi
if grep -B1 -xF '      - para: Đoạn số 50 hết.' "$P/nb.yaml" | head -1 |
    grep -qF '# review: ... and 11 more notes (11 of pictures), left out'; then
    ok "import_notes-041: the notes past the first 50 counted at the paragraph of the first left out"
else
    not_ok "import_notes-041: $(grep -n 'more notes' "$P/nb.yaml" | head -c 200)"
fi

# ---- import_mdhtml.c ------------------------------------------------------------------------
# a .md line's HTML emphasis is read only when its tags balance: "<b>"
# never closed stays as written (import_mdhtml-077, 078 took the line for
# balanced when no span was open, the tag dropped)
printf '# KẾ HOẠCH\n\nRà soát năm 2025\n\n## I. MỤC TIÊU\n\nNội dung <b>đậm chưa đóng.\n\nNội dung <b>đậm</b> đã đóng.\n' >"$P/h1.md"
"$khgen" import --force -o "$P/h1.yaml" "$P/h1.md" >/dev/null 2>"$work/h1.err"
if grep -qxF '      - para: Nội dung <b>đậm chưa đóng.' "$P/h1.yaml" &&
    grep -qxF '      - para: Nội dung **đậm** đã đóng.' "$P/h1.yaml"; then
    ok "import_mdhtml-077, 078: '<b>' never closed kept as written; '<b>đậm</b>' bold"
else
    not_ok "import_mdhtml-077, 078: $(grep -F 'Nội dung' "$P/h1.yaml" | tr '\n' ' ')"
fi

# ---- diff_year.c ----------------------------------------------------------------------------
# four digits with a unit or a code written on to them are no year: a
# change of "2024ước" (C6 B0, "ư") or "2024A" is shown, not counted as the
# year moved (diff_year-011 left 0xC6 out of the letters' first bytes,
# diff_year-013 'A'); nor after three digits and a dot at the text's start,
# "204.2024" (diff_year-032: from the fifth byte on); "năm 2024" -> "năm
# 2025": counted (control)
mkdir -p "$work/dy"
"$khgen" new --from "$P/ex.yaml" --year 2025 -o "$work/dy/base25.yaml" >/dev/null 2>&1 ||
    not_ok "setup: new of the README's example"
with_text() { # FILE OUT TEXT: FILE with the clause's task text TEXT
    /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = 'text: Tham mưu phân bổ nguồn vốn năm {year}.'
assert old in s
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, 'text: "' + sys.argv[3] + '"'))
PY
}
for c in 'Dự toán 2024ước tính.|Dự toán 2025ước tính.|shown:011' 'Lô 2024A cấp xã.|Lô 2025A cấp xã.|shown:013' \
    '204.2024 là số hồ sơ.|204.2025 là số hồ sơ.|shown:032' 'Hoàn thành trong năm 2024.|Hoàn thành trong năm 2025.|counted:control'; do
    a=${c%%|*}
    rest=${c#*|}
    b=${rest%%|*}
    want=${rest#*|}
    with_text "$P/ex.yaml" "$work/dy/old.yaml" "$a"
    with_text "$work/dy/base25.yaml" "$work/dy/new.yaml" "$b"
    "$khgen" diff --no-color "$work/dy/old.yaml" "$work/dy/new.yaml" >"$work/dy/out" 2>&1
    got=counted
    grep -q '^@@ II\.1\. “' "$work/dy/out" && got=shown # the task by its words (s45cycle F13)
    if [ "$got" = "${want%%:*}" ]; then
        ok "diff_year-${want#*:}: '$a' -> '$b': $got"
    else
        not_ok "diff_year-${want#*:}: '$a' -> '$b': $got, want ${want%%:*}: $(head -c 300 "$work/dy/out")"
    fi
done

# ---- END ----
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
