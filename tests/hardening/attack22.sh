#!/bin/sh
# tests/hardening/attack22.sh KHGEN WORKDIR - what the twenty-second
# black-box attack found (issue 8; /tmp/s22attack/findings.md in its
# session):
#  H1 `khgen import` of a .md holding an HTML comment over several lines:
#     "<!--" on a line of its own, a heading and its items, "-->" (an
#     HTML block), or a remark inside a paragraph that went on to the next
#     line (inline HTML): a Markdown reader shows nothing of either, and
#     the rebuilt document printed "<!--", the hidden heading and "-->",
#     or "Hoàn thành <!-- ghi chú --> xây dựng", with exit 0;
#  H2 `khgen import` of a .docx holding an mc:AlternateContent (what Word
#     writes for a feature an older Word lacks: its choice, and a fallback
#     that repeats it): the choice and the fallback both read, "ĐÚNG" as
#     "ĐÚNGĐÚNG", a paragraph twice, with exit 0;
#  M1 `khgen diff` of last year's plan against this year's counting a
#     number before a word it counts ("đạt 2024 sản phẩm" -> "2025 sản
#     phẩm", "2024 học sinh", "2024 cm", "2024 m³") among the parts where
#     only the year moved, not shown: the units were a list, and the
#     words a number counts are more than any list.
#
# Each case fails with the binary from before its fix, but the guards (a
# comment on one line, one escaped, in a code span, past a blank line in
# a paragraph, never closed; a text box in an mc:AlternateContent; years
# after "năm", in a date or a range, before a word), which passed before
# and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- H1: an HTML comment over several lines of a .md ---------------------------
"$khgen" build -f md -o "$work/h1" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: H1's Markdown"
# md_case NAME OLD NEW: the .md of the example with OLD replaced by NEW
# (Python escapes), imported and built again as HTML
md_case() {
    python3 - "$work/h1/ex.md" "$work/h1/$1.md" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
old = sys.argv[3].encode().decode("unicode_escape").encode("latin-1").decode()
new = sys.argv[4].encode().decode("unicode_escape").encode("latin-1").decode()
assert old in s, old
open(sys.argv[2], "w", encoding="utf-8").write(s.replace(old, new, 1))
PY
    "$khgen" import -o "$work/h1/$1.yaml" "$work/h1/$1.md" >/dev/null 2>&1 &&
        "$khgen" build -f html -o "$work/h1/o" "$work/h1/$1.yaml" >/dev/null 2>&1
}
BULLET='- Hoàn thành xây dựng xã Đồng Hưu'
# h1 NAME OLD NEW WANT [UNWANTED]: the rebuilt HTML holds WANT and not UNWANTED
h1() {
    if ! md_case "$1" "$2" "$3"; then
        not_ok "H1 $1: import or build failed"
        return
    fi
    html=$work/h1/o/$1.html
    if ! grep -qF -- "$4" "$html"; then
        not_ok "H1 $1: want '$4', got: $(grep -o 'Hoàn thành[^<]*' "$html" | head -1)"
    elif [ -n "${5:-}" ] && grep -qF -- "$5" "$html"; then
        not_ok "H1 $1: '$5' printed: $(grep -o ".\{0,30\}$5.\{0,30\}" "$html" | head -2)"
    else
        ok "H1 $1: '$4'${5:+, no '$5'}"
    fi
}
h1 inline "$BULLET" '- Hoàn thành <!-- ghi\nchú --> xây dựng xã Đồng Hưu' \
    '- Hoàn thành xây dựng xã Đồng Hưu' 'ghi'
h1 inline3 "$BULLET" '- Hoàn thành <!-- a --> <!-- ghi\nchú\nba --> xây dựng xã Đồng Hưu' \
    '- Hoàn thành xây dựng xã Đồng Hưu' 'ghi'
h1 block '**I. MỤC TIÊU**' '<!--\n**I. MỤC TIÊU**\n\n**1. Cấp xã**\n-->\n**I. MỤC TIÊU**' \
    'I. MỤC TIÊU' '&lt;!--'
# the hidden heading is not one of the document's: one section I, one clause 1.
n=$(grep -c 'I. MỤC TIÊU' "$work/h1/o/block.html" 2>/dev/null)
if [ "$n" = 1 ] && ! grep -q -- '--&gt;' "$work/h1/o/block.html"; then
    ok "H1 block: the hidden heading printed nowhere, nor '-->'"
else
    not_ok "H1 block: 'I. MỤC TIÊU' printed $n times"
fi
# the comments' lines stay lines: a warning below them names its line as typed
md_case blockline '**I. MỤC TIÊU**' '<!--\na\nb\n-->\n**I. MỤC TIÊU**' &&
    python3 - "$work/h1/blockline.md" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
s = s.replace("- Hoàn thành xây dựng xã Đồng Hưu", "- Hoàn thành <!-- ghi\nchú\nba --> xây dựng xã Đồng Hưu", 1)
s = s.replace("(Chi tiết theo", "Xem chú thích[^1]. (Chi tiết theo", 1) + "\n[^1]: Ghi chú.\n"
open(sys.argv[1], "w", encoding="utf-8").write(s)
PY
want=$(grep -n '^\[\^1\]:' "$work/h1/blockline.md" | cut -d: -f1)
got=$("$khgen" import --color=never "$work/h1/blockline.md" 2>&1 >/dev/null | grep -o 'blockline.md:[0-9]*' | head -1)
case $got in
*":$want") ok "H1: a warning past comments of four lines and of three names its line ($want)" ;;
*) not_ok "H1: the footnote's line is $want, the warning says '$got'" ;;
esac
# guards: what a reader shows as text stays text
h1 oneline "$BULLET" '- Hoàn thành <!-- ghi chú --> xây dựng xã Đồng Hưu' \
    '- Hoàn thành xây dựng xã Đồng Hưu' 'ghi'
h1 escaped "$BULLET" '- Hoàn thành \\<!-- ghi\nchú --> xây dựng xã Đồng Hưu' \
    'Hoàn thành &lt;!-- ghi chú --&gt; xây dựng'
h1 code "$BULLET" '- Hoàn thành `a <!--` ghi\nchú --> xây dựng xã Đồng Hưu' \
    'chú --&gt; xây dựng'
h1 blankline "$BULLET" '- Hoàn thành <!-- ghi\n\n  chú --> xây dựng xã Đồng Hưu' \
    'chú --&gt; xây dựng'
h1 unclosed '(Chi tiết theo' '<!-- (Chi tiết theo' '&lt;!-- (Chi tiết theo'

# ---- H2: a .docx's mc:AlternateContent read once --------------------------------
"$khgen" build -f docx -o "$work/h2" "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "setup: H2's .docx"
python3 - "$work/h2/ex.docx" "$work/h2" <<'PY' || not_ok "setup: H2's documents"
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
doc = src.read("word/document.xml").decode()
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
def R(t): return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % t
run = R("Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp đạt chuẩn nông thôn mới.")
para = doc[doc.rfind("<w:p>", 0, doc.find(run)):doc.find("</w:p>", doc.find(run)) + 6]
alt = lambda a, b: '<mc:AlternateContent %s><mc:Choice Requires="w14">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent>' % (MC, a, b)
cases = {
    # in a paragraph, around a run
    "run": doc.replace(run, R("Hoàn thành ") + alt(R("ĐÚNG"), R("ĐÚNG")) + R(" xong.")),
    # in the body, around a paragraph
    "para": doc.replace(para, alt(para.replace("Đồng Hưu", "Đồng Hưu MỘT"),
                                  para.replace("Đồng Hưu", "Đồng Hưu MỘT"))),
    # a text box, a choice and its VML fallback: one note (a guard)
    "box": doc.replace(run, run + '<w:r>' + alt(
        '<w:drawing><w:txbxContent><w:p>' + R("HỘP CHỮ") + '</w:p></w:txbxContent></w:drawing>',
        '<w:pict><w:txbxContent><w:p>' + R("HỘP CHỮ") + '</w:p></w:txbxContent></w:pict>') + '</w:r>'),
}
for name, xml in cases.items():
    out = zipfile.ZipFile("%s/%s.docx" % (sys.argv[2], name), "w", zipfile.ZIP_DEFLATED)
    for it in src.infolist():
        data = xml.encode() if it.filename == "word/document.xml" else src.read(it.filename)
        out.writestr(zipfile.ZipInfo(it.filename, it.date_time), data, zipfile.ZIP_DEFLATED)
    out.close()
PY
# h2 NAME PATTERN COUNT: the import of NAME.docx holds PATTERN COUNT times
h2() {
    "$khgen" import --force -o "$work/h2/$1.yaml" "$work/h2/$1.docx" >/dev/null 2>&1 ||
        { not_ok "H2 $1: import failed"; return; }
    n=$(grep -o -- "$2" "$work/h2/$1.yaml" | wc -l)
    if [ "$n" -eq "$3" ]; then
        ok "H2 $1: '$2' read $3 time(s)"
    else
        not_ok "H2 $1: '$2' read $n times: $(grep -n -- "$2" "$work/h2/$1.yaml" | head -3)"
    fi
}
h2 run 'ĐÚNG' 1
h2 run 'Hoàn thành ĐÚNG xong\.' 1
h2 para 'MỘT' 1
h2 box 'HỘP CHỮ' 1

# ---- M2: a covered cell of a vertical merge reads the merged cell's text --------
python3 - "$work/h2/ex.docx" "$work/h2/vmerge.docx" <<'PY' || not_ok "setup: M2's document"
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
doc = src.read("word/document.xml").decode()
def cell_of(text):
    i = doc.find(">" + text + "<")
    return doc.rfind("<w:tc>", 0, i), doc.find("</w:tc>", i) + 7
(s1, e1), (s2, e2) = cell_of("Xã Đồng Hưu"), cell_of("Xã Tân Hiệp")
c1 = doc[s1:e1].replace("<w:tcPr>", '<w:tcPr><w:vMerge w:val="restart"/>', 1)
c2 = doc[s2:e2].replace("<w:tcPr>", "<w:tcPr><w:vMerge/>", 1)  # its text left in it
xml = doc[:s1] + c1 + doc[e1:s2] + c2 + doc[e2:]
out = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
for it in src.infolist():
    data = xml.encode() if it.filename == "word/document.xml" else src.read(it.filename)
    out.writestr(zipfile.ZipInfo(it.filename, it.date_time), data, zipfile.ZIP_DEFLATED)
out.close()
PY
"$khgen" import --force -o "$work/h2/vmerge.yaml" "$work/h2/vmerge.docx" >/dev/null 2>&1
rows=$(sed -n '/^attachments:/,$p' "$work/h2/vmerge.yaml" | grep -c '"Xã Đồng Hưu"')
if [ "$rows" = 2 ] && ! sed -n '/^attachments:/,$p' "$work/h2/vmerge.yaml" | grep -q 'Tân Hiệp'; then
    ok "M2: a covered cell reads the merged cell's text, not its own"
else
    not_ok "M2: $(sed -n '/^attachments:/,$p' "$work/h2/vmerge.yaml" | grep 'Xã\|merge')"
fi

# ---- M1: a number before the word it counts is no year moved -------------------
# m1 NAME OLD NEW WANT: a paragraph OLD in the plan of 2024 and NEW in its
# plan of 2025 (the rest of the plan moved); WANT shown or hidden
m1() {
    sed -e "s|- para: (Chi tiết theo {att bieu01} đính kèm).|- para: \"$2\"\n          &|" \
        "$work/p/ex.yaml" >"$work/p/m1a-$1.yaml"
    sed -e "s|- para: (Chi tiết theo {att bieu01} đính kèm).|- para: \"$3\"\n          &|" \
        -e '/- para: "/!s/2024/2025/g' "$work/p/ex.yaml" >"$work/p/m1b-$1.yaml"
    out=$("$khgen" diff --color=never "$work/p/m1a-$1.yaml" "$work/p/m1b-$1.yaml" 2>&1)
    # the parts listed, but the line that counts those where only the year moved
    parts=$(printf '%s\n' "$out" | grep -v '^\[-2024-\]{+2025+}: ' | grep -c -F '{+')
    case $4:$parts in
    shown:0 | hidden:[1-9]*) not_ok "M1 $1: '$2' -> '$3' want $4: $out" ;;
    *) ok "M1 $1: '$2' -> '$3' $4" ;;
    esac
}
m1 products 'Đạt 2024 sản phẩm.' 'Đạt 2025 sản phẩm.' shown
m1 pupils 'Có 2024 học sinh.' 'Có 2025 học sinh.' shown
m1 cm 'Dày 2024 cm.' 'Dày 2025 cm.' shown
m1 m3 'Đổ 2024 m³ bê tông.' 'Đổ 2025 m³ bê tông.' shown
m1 bold 'Đạt **2024** *sản phẩm*.' 'Đạt **2025** *sản phẩm*.' shown
# guards: years where the text names them, before a word too
m1 nam 'Năm 2024 hoàn thành.' 'Năm 2025 hoàn thành.' hidden
m1 NAM 'KẾ HOẠCH NĂM 2024 CỦA HUYỆN' 'KẾ HOẠCH NĂM 2025 CỦA HUYỆN' hidden
m1 date 'Trước 15/7/2024 báo cáo.' 'Trước 15/7/2025 báo cáo.' hidden
m1 quarter 'Trong quý IV/2024 xong.' 'Trong quý IV/2025 xong.' hidden
m1 range 'Năm học 2024-2025 bắt đầu.' 'Năm học 2025-2026 bắt đầu.' hidden
m1 end 'Hoàn thành trong năm 2024.' 'Hoàn thành trong năm 2025.' hidden

# ---- L4: KH171 at a ';' followed by no space or a no-break space -------------
# l4 NAME RECIPIENT WANT: `khgen check` of the example with RECIPIENT
# between its first and last says WANT (a KH171 message part, or "none")
l4() {
    sed -e "s|recipients: \[UBND tỉnh, Các xã, \"Lưu: VT\"\]|recipients: [UBND tỉnh, \"$2\", \"Lưu: VT\"]|" \
        "$work/p/ex.yaml" >"$work/p/l4-$1.yaml"
    out=$("$khgen" check --color=never "$work/p/l4-$1.yaml" 2>&1 | grep 'KH171')
    case $3:$out in
    none:) ok "L4 $1: '$2' one recipient" ;;
    none:*) not_ok "L4 $1: '$2' warned: $out" ;;
    *:*"$3"*) ok "L4 $1: '$2' warned: $3" ;;
    *) not_ok "L4 $1: '$2' want '$3', got '$out'" ;;
    esac
}
l4 nospace 'Các xã;UBND huyện' "holds two, 'Các xã' and 'UBND huyện'"
l4 nbsp "Các xã;$(printf '\302\240')UBND huyện" "holds two, 'Các xã' and 'UBND huyện'"
l4 spacebefore 'Các xã ; UBND huyện' "holds two, 'Các xã' and 'UBND huyện'"
l4 lower 'Các Phòng, Ban, ngành;đoàn thể huyện' none

# ---- H3: many "<!--" on one line, never closed ----------------------------------
python3 -c "
open('$work/h3.md', 'w').write('KẾ HOẠCH\\n\\n' + 'a <!-- ' * 50000 + '\\n')"
timed_case "H3: import of a .md line of 50,000 '<!--' never closed" \
    "$timed" import --force -o "$work/h3.yaml" "$work/h3.md"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
