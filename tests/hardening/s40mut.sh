#!/bin/sh
# tests/hardening/s40mut.sh KHGEN WORKDIR - the cases session 40's mutation
# sweep (tools/mutants.py over session 39's new code: diff_atoms.c,
# vi_base.c, docx_embed.c, txt_guess.c, parse_empty.c, diag_order.c, and
# the functions it changed in load_office.c, import_head.c, figures_ids.c,
# figures_eval.c, yearctx.c and diff_match.c) found missing: each kills a
# mutant that every suite of its file let survive, and passes at main
# ff71a1cc and after (the code was right; a later change that breaks the
# behaviour would have passed every test), unless its verdict names a fix.
# The mutant each case kills is named in its verdict by its id in that
# file at ff71a1cc (`python3 tools/mutants.py list src/FILE.c`, with
# `--since 9dbe0d73` for the changed files, load_office.c with `--lines
# 93-139,156-166,253-412,470-480` too); each case was run with that
# mutant's binary (`tools/mutants.py build ... --only ID`) and failed.
# diag_order.c's are in tests/unit/test_diag.c (test_compare_signs). The
# plans are README's example with an edit. A few dozen runs of khgen, a
# few seconds.
# Prints "ok - ..."/"not ok - ..."  and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"
PY=/usr/bin/python3

# ---- vi_base.c: a YAML number other readers read otherwise ------------------
# each value of criteria_met, and what check says of it: KH114 with both
# readings for a leading 0 (none for 07 and 00, which every reader reads
# alike; 010 is 8 to PyYAML), KH108 with the base and the decimal for a
# prefix (0x 0o 0b, either case, each digit's bounds: 9 A F a f, 1 in base
# 2, 7 in base 8), none of those for a digit past the base or a prefix
# without digits, and 40 digits read, 41 not
bad=
while IFS='|' read -r v want; do
    mk nb "criteria_met: 17" "criteria_met: $v"
    chk nb
    got=$(grep -o '\[KH1[01][0-9]\]: .*' "$work/nb.err" | head -1)
    case $got in
    "$want"*) ;;
    *) [ -z "$want" ] && [ -z "$got" ] || bad="$bad [$v: $got]" ;;
    esac
done <<'LIST'
017|[KH114]: 'criteria_met' is '017': 17 as khgen reads numbers, but 15 to a YAML 1.1 reader
010|[KH114]: 'criteria_met' is '010': 10 as khgen reads numbers, but 8 to a YAML 1.1 reader
0017|[KH114]: 'criteria_met' is '0017': 17 as khgen reads numbers, but 15 to
-017|[KH114]: 'criteria_met' is '-017': -17 as khgen reads numbers, but -15 to
+017|[KH114]: 'criteria_met' is '+017': 17 as khgen reads numbers, but 15 to
08|[KH114]: 'criteria_met' is '08': 8 as khgen reads numbers, but text (its octal has no 8 or 9)
019|[KH114]: 'criteria_met' is '019': 19 as khgen reads numbers, but text (its octal
07|
00|
0|
0o17|[KH108]: 'criteria_met' is '0o17', a number in base 8, 15 in decimal
0O7|[KH108]: 'criteria_met' is '0O7', a number in base 8, 7 in decimal
0o7|[KH108]: 'criteria_met' is '0o7', a number in base 8, 7 in decimal
0o8|[KH108]: 'criteria_met' must be a number, not '0o8'
0o|[KH108]: 'criteria_met' must be a number, not '0o'
0x9|[KH108]: 'criteria_met' is '0x9', a number in base 16, 9 in decimal
0xA|[KH108]: 'criteria_met' is '0xA', a number in base 16, 10 in decimal
0XF|[KH108]: 'criteria_met' is '0XF', a number in base 16, 15 in decimal
0xa|[KH108]: 'criteria_met' is '0xa', a number in base 16, 10 in decimal
0xf|[KH108]: 'criteria_met' is '0xf', a number in base 16, 15 in decimal
0x1A2B|[KH108]: 'criteria_met' is '0x1A2B', a number in base 16, 6699 in decimal
0xg|[KH108]: 'criteria_met' must be a number, not '0xg'
0xG|[KH108]: 'criteria_met' must be a number, not '0xG'
-0x1A|[KH108]: 'criteria_met' is '-0x1A', a number in base 16, -26 in decimal
0b1|[KH108]: 'criteria_met' is '0b1', a number in base 2, 1 in decimal
0B11|[KH108]: 'criteria_met' is '0B11', a number in base 2, 3 in decimal
0b2|[KH108]: 'criteria_met' must be a number, not '0b2'
0b1111111111111111111111111111111111111111|[KH108]: 'criteria_met' is '0b1111111111111111111111111111111111111111', a number in base 2, 1099511627775 in decimal
0b11111111111111111111111111111111111111111|[KH108]: 'criteria_met' must be a number, not '0b11111111111111111111111111111111111111111'
LIST
verdict "vi_base: each prefix and leading 0, both cases, each digit's bounds, 40 digits and 41: the readings check names"

# ---- parse_empty.c: a registry left empty -----------------------------------
# yen-the's plan with `include: []` and `units: []` under it: the units'
# KH202 is at the plan's own empty list (9:8), the levels' KH204 at the
# include, which should have brought them (parse_empty-059: every empty
# list taken for the include's)
mkdir -p "$P"
cp -r "$top/plans/yen-the" "$P/"
$PY - "$top/plans/yen-the-2024.yaml" "$P/ru.yaml" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
t, n = re.subn(r'^include: \[yen-the/registry.yaml\]', 'include: []\nunits: []', s, count=1, flags=re.M)
open(sys.argv[2], 'w', encoding='utf-8').write(t if n == 1 else '')
PY
chk ru
bad=
grep -q '^[^ ]*ru\.yaml:9:8: error\[KH202\]: the plan has no unit' "$work/ru.err" || bad="$bad [$(grep KH202 "$work/ru.err")]"
grep -q '^[^ ]*ru\.yaml:8:10: error\[KH204\]: the plan has no level' "$work/ru.err" || bad="$bad [$(grep KH204 "$work/ru.err")]"
verdict "parse_empty: 'units: []' with 'include: []' is KH202 at the plan's empty list, the levels' KH204 at the include (parse_empty-059)"

# ---- diff_atoms.c: a code span or a link is one token of the word diff -------
# dpair NAME OLDTEXT NEWTEXT: `diff -f md` of README's example with the
# clause "Cấp xã" given each text; the report's line of it in $work/NAME.line
dpair() {
    mk "$1a" '      - clause: Cấp xã' "      - clause: Cấp xã\n        text: $2"
    mk "$1b" '      - clause: Cấp xã' "      - clause: Cấp xã\n        text: $3"
    "$khgen" diff -f md "$P/$1a.yaml" "$P/$1b.yaml" 2>"$work/$1.err" | grep 'Cấp xã: ' >"$work/$1.line"
}
# dwant NAME TEXT: the report's line is "Cấp xã: TEXT"
dwant() {
    [ "$(cat "$work/$1.line")" = "Cấp xã: $2" ] || bad="$bad [$1: $(cat "$work/$1.line")]"
}
bad=
# an escaped '[' is text: no link, the words diffed one by one (diff_atoms-007)
dpair a1 '"Đạt \\[x a](https://a.vn) y"' '"Đạt \\[x b](https://a.vn) y"'
dwant a1 'Đạt \[x ~~a\](https\://a.vn)~~**b\](https\://a.vn)** y'
# a code span that begins the text is one token (diff_atoms-031: every
# run's bytes before it counted as backslashes)
dpair a2 '"`x a` y"' '"`x b` y"'
dwant a2 '~~`x a`~~**`x b`** y'
# a third run of backticks after a code span opens no span back to the
# second (diff_atoms-037: "`x a` y `z`" one token)
dpair a3 '"Đạt `x a` y `z`"' '"Đạt `x b` y `z`"'
dwant a3 'Đạt ~~`x a`~~**`x b`** y `z`'
# an escaped backtick opens no code span (diff_atoms-038)
dpair a4 '"Đạt \\`x a` y"' '"Đạt \\`x b` y"'
dwant a4 'Đạt \`x ~~a\`~~**b\`** y'
# a second code span on the line is one token too (diff_atoms-040: the
# first span's closing run stopped the line)
dpair a5 '"`a` b `x a` y"' '"`a` b `x b` y"'
dwant a5 '`a` b ~~`x a`~~**`x b`** y'
# a '[' inside a code span pairs with nothing: a paragraph that begins
# with '(' does not hold its words from the '[' to its ')' (diff_atoms-081:
# the unpaired '[' read its partner as SIZE_MAX, s[0] taken for the byte
# after it)
P5='          - para: (Chi tiết theo {att bieu01} đính kèm).'
mk a6a "$P5" '          - para: "(Chi tiết `[x` theo biểu c) đính kèm."'
mk a6b "$P5" '          - para: "(Chi tiết `[x` theo biểu e) đính kèm."'
"$khgen" diff -f md "$P/a6a.yaml" "$P/a6b.yaml" 2>/dev/null | grep '^(Chi tiết' >"$work/a6.line"
[ "$(cat "$work/a6.line")" = '(Chi tiết `[x` theo biểu ~~c)~~**e)** đính kèm.' ] || bad="$bad [a6: $(cat "$work/a6.line")]"
verdict "diff_atoms: the word diff's spans: an escaped '[' or '\`' is text, a span at the text's start, a third run of backticks, a second span, a '[' in code (diff_atoms-007, -031, -037, -038, -040, -081)"

# ---- txt_guess.c: KH767's words of a PDF text's row cut where a column begins --
# a Biểu row whose unit (48 bytes, cut_words' size) follows its task one
# space apart: KH767 quotes the unit's first 47 bytes back to a whole
# character, 'Lạn', and then the word left before it, 'cho' (txt_guess-019:
# the 48 bytes copied and the NUL written past them, "Lạngcho")
{
    cat "$top/tests/hardening/pdf_first_page.txt"
    cat <<'TXT'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ              Đơn vị chủ trì      Thời gian
 1    Xây dựng mô hình điểm          Văn phòng           Quý I/2025
 2    Tổ chức tập huấn, kỹ năng cho Ban Chỉ huy Quân sự xã Đồng Hưu Lạng Quý II/2025
 3    Tuyên truyền trên loa          Công an xã          Quý III/2025
TXT
} >"$work/t1.txt"
"$khgen" import --force -o "$work/t1.yaml" "$work/t1.txt" >/dev/null 2>"$work/t1.err"
bad=
grep -q "warning\[KH767\]: .* took 'Ban Chỉ huy Quân sự xã Đồng Hưu Lạn' as that column's, 'cho' staying" "$work/t1.err" ||
    bad="$bad [$(grep -o "took '[^']*' as that column's, '[^']*'" "$work/t1.err")]"
grep -qF '["Tổ chức tập huấn, kỹ năng cho", "Ban Chỉ huy Quân sự xã Đồng Hưu Lạng", "Quý II/{year}"]' "$work/t1.yaml" || bad="$bad [row]"
verdict "txt_guess: KH767 quotes a cut cell of 48 bytes by its first 47, back to a whole character (txt_guess-019)"

# a row whose last cell ("Công an xã Đồng Hưu", no time) ends one place
# before the column the row above filled: no cut, no KH767 (txt_guess-007:
# the cell after the last, left in the array by the row above, compared)
{
    cat "$top/tests/hardening/pdf_first_page.txt"
    cat <<'TXT'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ              Đơn vị chủ trì      Thời gian
 1    Xây dựng mô hình điểm          Văn phòng           Quý I/2025
 2    Tuyên truyền trên loa          Công an xã Đồng Hưu
TXT
} >"$work/t2.txt"
"$khgen" import --force -o "$work/t2.yaml" "$work/t2.txt" >/dev/null 2>"$work/t2.err"
bad=
! grep -q 'KH767' "$work/t2.err" || bad="$bad [$(grep -o 'KH767.\{80\}' "$work/t2.err")]"
grep -qF '["Tuyên truyền trên loa", "Công an xã Đồng Hưu", ""]' "$work/t2.yaml" || bad="$bad [row]"
verdict "txt_guess: a row's last cell ending one place before a column the row above filled is no cut (txt_guess-007)"

# the word left before the cut 48 bytes long (cut_left's size): quoted
# shortened at a character's start, '…' after it (session 41, s40imp's item
# 5: it was '', no word named; txt_guess-036: copied whole and the NUL
# written past it)
W=$($PY -c "print('ậ' * 15 + 'ưa', end='')")
{
    cat "$top/tests/hardening/pdf_first_page.txt"
    cat <<'TXT'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ              Đơn vị chủ trì      Thời gian
 1    Xây dựng mô hình điểm          Văn phòng           Quý I/2025
TXT
    printf '%s\n' " 2    Tổ chức tập $W Ban Chỉ huy Quân sự xã Quý II/2025"
    printf '%s\n' ' 3    Tuyên truyền trên loa          Công an xã          Quý III/2025'
} >"$work/t3.txt"
"$khgen" import --force -o "$work/t3.yaml" "$work/t3.txt" >/dev/null 2>"$work/t3.err"
bad=
grep -q "warning\[KH767\]: .* took 'Ban Chỉ huy Quân sự xã' as that column's, 'ậậậậậậậậậậậậậậ…' staying" "$work/t3.err" ||
    bad="$bad [$(grep -o "took '[^']*' as that column's, '[^']*'" "$work/t3.err")]"
verdict "txt_guess: KH767 quotes a word of 48 bytes left before the cut shortened, '…' (txt_guess-036)"

# ---- docx_embed.c: an embedded document in a table's cell --------------------
# a .docx embedded in a cell (w:altChunk) whose table has a row of empty
# cells: the row's note lists it as an empty row, exit 0 (docx_embed-049:
# the trimming ran past the row's start, a length of SIZE_MAX, abort)
mkdir -p "$work/dx"
$PY - "$work/dx" "$top/tests/hardening" <<'PY'
import io, os, sys
sys.path.insert(0, sys.argv[2])
from docx15_docx import LEAD, TAIL, with_chunk
from docx16_docx import cell_table, CT
import docx
d = docx.Document()
d.add_paragraph('Đoạn trước bảng.')
t = d.add_table(rows=3, cols=3)
for r, texts in enumerate((('TT', 'Việc', 'Nơi'), ('', '', ''), ('1', 'Đào mương', 'Thôn 2'))):
    for c, text in enumerate(texts):
        t.cell(r, c).text = text
data = io.BytesIO()
d.save(data)
with_chunk(sys.argv[1], 'emptyrow', 'word/chunk.docx', data.getvalue(), CT + 'document.main+xml',
           body=LEAD + [cell_table()] + TAIL)
# a cell holding the embedded HTML alone, no paragraph before it
from attack14_docx import para
row = ('<w:tc>%s</w:tc><w:tc><w:altChunk r:id="rIdAlt1"/></w:tc><w:tc>%s</w:tc>' % (para('1'), para('Xã A')))
head = ''.join('<w:tc>%s</w:tc>' % para(t) for t in ('STT', 'Nội dung', 'Đơn vị'))
tbl = ('<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>%s</w:tr>'
       '<w:tr>%s</w:tr></w:tbl>' % (head, row))
with_chunk(sys.argv[1], 'alone', 'word/chunk.htm', '<html><body><p>Đoạn <b>đậm</b> trong ô.</p></body></html>',
           'text/html', body=LEAD + [tbl] + TAIL)
PY
"$khgen" import --force -o "$work/dx/e.yaml" "$work/dx/emptyrow.docx" >/dev/null 2>"$work/dx/e.err"
st=$?
bad=
[ "$st" -le 1 ] || bad="$bad [status $st]"
grep -qF "# review: a table inside the cell of row 2, column 2 of the document's table 1: TT | Việc | Nơi; ; 1 | Đào mương | Thôn 2" \
    "$work/dx/e.yaml" 2>/dev/null || bad="$bad [no note]"
verdict "docx_embed: a row of empty cells in an embedded document's table in a cell: the note, exit 0 (docx_embed-049)"

# a cell whose only content is an embedded HTML document: its text, no
# blank before it, exit 0 (docx_embed-063: the byte before an empty
# cell's text read, a crash)
"$khgen" import --force -o "$work/dx/alone.yaml" "$work/dx/alone.docx" >/dev/null 2>"$work/dx/alone.err"
st=$?
bad=
[ "$st" -le 1 ] || bad="$bad [status $st]"
grep -qF -- '- ["Đoạn đậm trong ô.", "Xã A"]' "$work/dx/alone.yaml" 2>/dev/null || bad="$bad [$(grep -F 'Xã A' "$work/dx/alone.yaml" 2>/dev/null)]"
verdict "docx_embed: a cell holding only an embedded HTML document reads its text (docx_embed-063)"

# ---- load_office.c: what an office program put in a value (KH034) -------------
# 'Yên Thế ;' (one separator after a blank) is no CSV row: no KH034
# (load_office-025: each blank counted as a separator); 'Yên Thế ,,,' is
# KH034 at the first comma, quoting ',,,' (load_office-033: the blank
# before them quoted, the column one short); a value in quotes whose
# second line is indented before its '>' is KH034 at the '>' (50:17;
# load_office-043: only a '>' at the line's start seen)
T4='text: Tham mưu phân bổ nguồn vốn năm {year}.'
mk k1 'place: Yên Thế' 'place: Yên Thế ;'
mk k2 'place: Yên Thế' 'place: Yên Thế ,,,'
mk k3 "$T4" 'text: "Tham mưu phân bổ\n                > nguồn vốn năm {year}."'
bad=
for c in k1 k2 k3; do chk $c; done
! grep -q 'KH034' "$work/k1.err" || bad="$bad [k1: $(grep -o 'KH034.\{40\}' "$work/k1.err")]"
grep -q "^[^ ]*k2\.yaml:9:18: warning\[KH034\]: this value ends with ',,,': " "$work/k2.err" || bad="$bad [k2: $(grep -o '[0-9:]*: warning.KH034.\{40\}' "$work/k2.err")]"
grep -q "^[^ ]*k3\.yaml:50:17: warning\[KH034\]: this line of the value begins with '>'" "$work/k3.err" || bad="$bad [k3: $(grep -o 'KH034.\{40\}' "$work/k3.err")]"
verdict "load_office: 'Yên Thế ;' is no KH034, 'Yên Thế ,,,' is at its first comma, an indented '> ' line of a value in quotes is (load_office-025, -033, -043)"

# ---- load_office.c: lines pasted twice (KH128) --------------------------------
# a plain text whose first line, beside its key, is pasted again below it:
# the file's lines differ ('text: ...' and '...'), the text's do: KH128
# from the text's own scan (load_office-077: that scan left to the file's
# whenever the value has a file)
L8='Tham mưu phân bổ nguồn vốn năm {year} cho các xã'
mk p1 "$T4" "text: $L8\n              $L8\n              đúng quy định."
chk p1
bad=
grep -q '^[^ ]*p1\.yaml:50:15: warning\[KH128\]: line 50 repeats line 49 word' "$work/p1.err" || bad="$bad [$(grep -o 'KH128.\{40\}' "$work/p1.err")]"
verdict "load_office: a plain text's first line pasted again below it is KH128 (load_office-077)"

# two items of one line each, 40 bytes (REPEAT_MIN_BYTES), the second a
# copy of the first: the file's scan says KH128 at its line (load_office-143:
# 41 bytes needed, and the items' own scan none, as it needs more)
mk p2 "$P5" "$P5\n          - para: Kiểm tra thực hiện quý I.\n          - para: Kiểm tra thực hiện quý I."
chk p2
# a '|' text of 64 lines (RUNS_MAX_LINES) pasted twice below itself: KH128
# for the 64 lines (load_office-138: runs of 63 lines at most; a text's
# own scan looks at 12)
$PY - "$P/ex.yaml" "$P/p3.yaml" "$T4" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
blk = '\n'.join('              Dòng thứ %02d của đoạn văn bản dài dán hai lần.' % i for i in range(64))
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(sys.argv[3], 'text: |-\n' + blk + '\n' + blk, 1))
PY
chk p3
bad=
grep -q '^[^ ]*p2\.yaml:45:11: warning\[KH128\]: line 45 repeats line 44 word' "$work/p2.err" || bad="$bad [p2: $(grep -o 'KH128.\{40\}' "$work/p2.err")]"
grep -q '^[^ ]*p3\.yaml:114:15: warning\[KH128\]: lines 114-177 repeat lines 50-113 word' "$work/p3.err" || bad="$bad [p3: $(grep -o 'KH128.\{40\}' "$work/p3.err")]"
verdict "load_office: an item line of 40 bytes pasted twice, and a block of 64 lines, are KH128 (load_office-143, -138)"

# two items pasted twice (the file's KH128), then an item that repeats one
# two above it: the items' scan still says so after the copy it passed
# over (load_office-175: it stopped at the copy)
A='          - para: Rà soát hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới.'
B='          - para: Báo cáo kết quả thực hiện về Ủy ban nhân dân huyện.'
G='          - para: Tổ chức hội nghị sơ kết việc thực hiện kế hoạch năm.'
D='          - para: Kiểm tra, đôn đốc các thôn thực hiện tiêu chí.'
mk p4 "$P5" "$P5\n$A\n$B\n$A\n$B\n$G\n$D\n$G"
chk p4
bad=
grep -q '^[^ ]*p4\.yaml:46:11: warning\[KH128\]: lines 46-47 repeat lines 44-45 word' "$work/p4.err" || bad="$bad [p4: no block]"
grep -q '^[^ ]*p4\.yaml:50:13: warning\[KH128\]: this item repeats the item at line 48 word' "$work/p4.err" || bad="$bad [p4: no item]"
verdict "load_office: an item repeated below a block pasted twice is KH128 too (load_office-175)"

# ---- yearctx.c: a period the plan cites (period_span) --------------------------
# ynew NAME TEXT: README's example with the text T4 made TEXT, and `new
# --year 2025` of it; the notes that say a text "still says 2024" of the
# body's text in $work/NAME.still
ynew() {
    mk "$1" "$T4" "text: $2"
    "$khgen" new --from "$P/$1.yaml" --year 2025 -o "$work/$1.new.yaml" --force >"$work/$1.err" 2>&1
    grep 'the text of the body still says 2024' "$work/$1.err" >"$work/$1.still"
}
bad=
# a bare range of 4 years (PERIOD_YEARS) from the plan's year is a period
# the plan cites: kept, no note (yearctx-000: 5 years needed)
ynew y1 'Tham mưu phân bổ nguồn vốn theo Chương trình 2024-2028.'
[ ! -s "$work/y1.still" ] || bad="$bad [y1: $(cat "$work/y1.still")]"
# "Kế hoạch 03 năm 2024-2026": a count of years in two digits names a
# period too (yearctx-020: one digit only)
ynew y3 'Tham mưu phân bổ nguồn vốn theo Kế hoạch 03 năm 2024-2026.'
[ ! -s "$work/y3.still" ] || bad="$bad [y3: $(cat "$work/y3.still")]"
# (a control: a range of one year is the plan's year, noted)
ynew y0 'Tham mưu phân bổ nguồn vốn theo Chương trình 2024-2025.'
[ -s "$work/y0.still" ] || bad="$bad [y0: no note]"
verdict "yearctx: a bare range of 4 years and 'Kế hoạch 03 năm 2024-2026' are periods the plan cites (yearctx-000, -020)"

# ---- figures_eval.c: a filter over a data key few entries hold ------------------
# 10 localities, one with data.k: {count localities data.k!=1} counts the
# 9 without the key too (a missing key reads blank, which is not 1): "10
# xã" (figures_eval-009: a '!=' filter restricted to the key's holders,
# "1 xã", exit 0)
$PY - "$P/ex.yaml" "$P/fe.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}\n'
extra = ''.join('  - {id: xa-%d, name: Xã Số %d, kind: xã, status: ntm}\n' % (i, i) for i in range(1, 7))
extra += '  - {id: xa-7, name: Xã Số 7, kind: xã, status: ntm, data: {k: 2}}\n'
op = 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"'
t = s.replace(old, old + extra, 1).replace(op, op.replace('{year},', '{year} ({count localities data.k!=1} xã),'), 1)
open(sys.argv[2], 'w', encoding='utf-8').write(t if old in s and op in s else '')
PY
md fe
bad=
grep -q 'năm 2024 (10 xã)' "$work/fe.md" || bad="$bad [$(grep -o 'năm 2024 ([^)]*)' "$work/fe.md")]"
verdict "figures_eval: '{count localities data.k!=1}' counts the localities without the key too (figures_eval-009)"

# ---- import_head.c: the title's line read by its place ---------------------------
# hplan NAME TITLE: a plan's text as pdftotext prints it (no table: the
# header's lines one under the other), its title line TITLE
hplan() {
    printf '%s\n' "ỦY BAN NHÂN DÂN" "XÃ ĐỒNG HƯU" "Số: 15/KH-UBND" "" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "" \
        "Độc lập - Tự do - Hạnh phúc" "" "Đồng Hưu, ngày 05 tháng 01 năm 2024" "" "$2" \
        "Thực hiện Chương trình xây dựng nông thôn mới năm 2024" "" \
        "Căn cứ tình hình thực tế của địa phương;" "" "UBND xã xây dựng Kế hoạch như sau:" "" \
        "I. MỤC TIÊU" "" "Hoàn thành các công trình." "" "Trên đây là Kế hoạch của UBND xã./." >"$work/$1.txt"
    "$khgen" import --force -o "$work/$1.yaml" "$work/$1.txt" >/dev/null 2>"$work/$1.err"
}
# "KẾ XQZ" (HOẠCH mistyped) where the title stands, in a text with no
# header table: read by its place, as it holds the word "KẾ": KH768, the
# title under it (import_head-009: only a line right under a table
# taken); "TỔNG KẾT" holds no word "KẾ" ("KẾT"): no title by its place
# (import_head-006: any "KẾ" followed by a letter taken)
hplan h1 'KẾ XQZ'
hplan h2 'TỔNG KẾT'
bad=
grep -q "warning\[KH768\]: 'KẾ XQZ' stands where a plan's 'KẾ HOẠCH' line is" "$work/h1.err" || bad="$bad [h1: no KH768]"
grep -q '^  title: Thực hiện Chương trình xây dựng nông thôn mới năm {year}$' "$work/h1.yaml" || bad="$bad [h1: $(grep '^  title:' "$work/h1.yaml")]"
! grep -q 'KH768' "$work/h2.err" || bad="$bad [h2: KH768]"
verdict "import_head: 'KẾ XQZ' in a PDF's text is the title's line by its place, 'TỔNG KẾT' is not (import_head-006, -009)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
