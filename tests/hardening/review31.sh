#!/bin/sh
# tests/hardening/review31.sh KHGEN WORKDIR - what session 31's white-box
# review of session 30's new code found (issue 8), each case failing with
# the binary from before its fix unless labelled a control:
#  H1 import of a signature block: s30review's H5 made a mark line ("KT.",
#     "TL.") under any mark line the same signer's (a deputy signing for
#     the one who signs by order), so two deputies side by side in a
#     table read row by row ("KT. TRƯỞNG BAN" beside "KT. CHỦ TỊCH") were
#     one signature of four interleaved lines and two names, no KH759,
#     exit 0 (fb3b59dc told it). A mark beside a head of the same mark
#     heads a block of its own (src/import_signer.c). Control: "TM." over
#     "KT." in each of two columns is still a joint plan of two.
#  H2 import .txt: s30review's M1 kept "... các xã A-" over "2. Cấp thôn"
#     apart, but "2.1. Cấp thôn" still joined ("A-2.1. Cấp thôn", the
#     heading lost, its text under the clause above), and so did "2.1
#     Cấp thôn", read as a number like "1.000" (src/import_text.c
#     hyphen_number: a '.' parts thousands, three digits each). Controls:
#     "từ 500-" over "1.000 triệu đồng" and "1,5-" over "2,5%" still join.
#  H3 import .md: a front matter's title, date and number (s30foreign)
#     were read a line at a time: "title: >-" (a folded block) made the
#     plan's title ">-", a quoted title kept its backslashes, a title over
#     two lines lost its second, "# nháp" after it was the title's, each
#     exit 0. Now read with khgen's YAML reader (src/md_front.c); a block
#     that is no YAML gives none and its comment says so; a key in
#     Vietnamese ("số:") is a key (the block was no front matter and its
#     number read as the document's); "2024-01-00" is no date.
#  M1 templates: s30attack's hash look-ups kept a copy of their key in the
#     arena at every asking, so a --templates plan.md with 20 unknown names
#     in the recipients' section took 309 MB (62 MB without them) and 2 s
#     for 200,000 recipients (src/template.c first_report): the memory
#     used with the names must stay near the memory used without them.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/m"

# sig NAME: the signature and the comments of NAME.yaml, on one line
sig() { sed -n '/^signature:/,$p;/review: a joint/p' "$work/m/$1.yaml" | tr '\n' '/' | head -c 600; }

# H1: two deputies side by side, read row by row: a joint plan of two
{
    head_md
    printf '<table>\n<tr><td><strong>KT. TRƯỞNG BAN</strong></td><td><strong>KT. CHỦ TỊCH</strong></td></tr>\n'
    printf '<tr><td><strong>PHÓ TRƯỞNG BAN</strong></td><td><strong>PHÓ CHỦ TỊCH</strong></td></tr>\n'
    printf '<tr><td><strong>Lê Thị C</strong></td><td><strong>Nguyễn Văn A</strong></td></tr>\n</table>\n'
} >"$work/m/ktkt.md"
import_m ktkt md
if grep -q 'KH759' "$work/m/ktkt.err" && grep -q -x '  name: Nguyễn Văn A' "$work/m/ktkt.yaml" &&
    grep -q -x '    - KT. CHỦ TỊCH' "$work/m/ktkt.yaml" && ! grep -q -x '    - KT. TRƯỞNG BAN' "$work/m/ktkt.yaml" &&
    grep -q '^# review: a joint plan signed by 2.*KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Lê Thị C' "$work/m/ktkt.yaml"; then
    ok "H1: 'KT. TRƯỞNG BAN' beside 'KT. CHỦ TỊCH', read row by row, is a joint plan of two (KH759), not one signer's lines interleaved"
else
    not_ok "H1: $(sig ktkt) $(head -c 300 "$work/m/ktkt.err")"
fi

# H1 control: "TM." over "KT." in each column, read row by row
{
    head_md
    printf '<table>\n<tr><td><strong>TM. BAN THƯỜNG TRỰC</strong></td><td><strong>TM. ỦY BAN NHÂN DÂN</strong></td></tr>\n'
    printf '<tr><td><strong>KT. CHỦ TỊCH</strong></td><td><strong>KT. CHỦ TỊCH</strong></td></tr>\n'
    printf '<tr><td><strong>PHÓ CHỦ TỊCH</strong></td><td><strong>PHÓ CHỦ TỊCH</strong></td></tr>\n'
    printf '<tr><td><strong>Lê Thị C</strong></td><td><strong>Nguyễn Văn A</strong></td></tr>\n</table>\n'
} >"$work/m/tmkt.md"
import_m tmkt md
if grep -q 'KH759' "$work/m/tmkt.err" && grep -q -x '  name: Nguyễn Văn A' "$work/m/tmkt.yaml" &&
    [ "$(sed -n '/^signature:/,$p' "$work/m/tmkt.yaml" | tr '\n' '/')" = "signature:/  lines:/    - TM. ỦY BAN NHÂN DÂN/    - KT. CHỦ TỊCH/    - PHÓ CHỦ TỊCH/  name: Nguyễn Văn A/" ]; then
    ok "H1 control: 'TM.' over 'KT.' in each of two columns is still a joint plan of two"
else
    not_ok "H1 control: $(sig tmkt) $(head -c 300 "$work/m/tmkt.err")"
fi

# H2: "... các xã A-" over "2.1. Cấp thôn": the heading stays a heading
txt_plan() {
    printf 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
    printf 'Độc lập - Tự do - Hạnh phúc\n\nĐồng Hưu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\nRà soát hộ nghèo\n\n'
    printf 'I. NHIỆM VỤ\n\n1. Cấp xã\n\n'
    cat
    printf '\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n'
}
printf 'Tổ chức rà soát hộ nghèo trên địa bàn toàn xã theo đúng quy trình, bảo đảm công khai các xã A-\n2.1. Cấp thôn\n\nCác thôn lập danh sách hộ nghèo và gửi về xã trước ngày 15 tháng 3 năm 2024.\n' |
    txt_plan >"$work/m/hy21.txt"
import_m hy21 txt
if grep -q -x '          - subclause: Cấp thôn' "$work/m/hy21.yaml" && grep -q -x '            label: "2.1."' "$work/m/hy21.yaml" &&
    ! grep -q 'A-2\.1\.' "$work/m/hy21.yaml"; then
    ok "H2: '... các xã A-' over '2.1. Cấp thôn' keeps the heading (not 'A-2.1. Cấp thôn')"
else
    not_ok "H2: $(sed -n '/^body:/,/^signature:/p' "$work/m/hy21.yaml" | tr '\n' '/' | head -c 600)"
fi

# H2: "2.1 Cấp thôn" (a label without its last dot, as some PDFs print
# it): in Vietnamese a '.' parts thousands, three digits each, so "2.1" is
# no number
printf 'Tổ chức rà soát hộ nghèo trên địa bàn toàn xã theo đúng quy trình, bảo đảm công khai các xã A-\n2.1 Cấp thôn\n\nCác thôn lập danh sách hộ nghèo và gửi về xã trước ngày 15 tháng 3 năm 2024.\n' |
    txt_plan >"$work/m/hy21b.txt"
import_m hy21b txt
if grep -q -x '          - subclause: Cấp thôn' "$work/m/hy21b.yaml" && ! grep -q 'A-2\.1' "$work/m/hy21b.yaml"; then
    ok "H2: '... các xã A-' over '2.1 Cấp thôn' keeps the heading"
else
    not_ok "H2 (2.1 without its dot): $(sed -n '/^body:/,/^signature:/p' "$work/m/hy21b.yaml" | tr '\n' '/' | head -c 600)"
fi

# H2 control: a number broken after its hyphen still joins
printf 'Hỗ trợ các hộ gia đình trên địa bàn xã với tổng số tiền dự kiến từ 500-\n1.000 triệu đồng mỗi năm theo kế hoạch đã được phê duyệt.\n' |
    txt_plan >"$work/m/h1000.txt"
import_m h1000 txt
printf 'Phấn đấu giảm tỷ lệ hộ nghèo trên địa bàn xã trong giai đoạn này xuống còn từ 1,5-\n2,5%% so với cùng kỳ năm trước theo đúng chỉ tiêu được giao.\n' |
    txt_plan >"$work/m/h25.txt"
import_m h25 txt
if grep -q 'từ 500-1.000 triệu đồng mỗi năm' "$work/m/h1000.yaml" &&
    grep -q 'từ 1,5-2,5% so với' "$work/m/h25.yaml"; then
    ok "H2 control: 'từ 500-' over '1.000 triệu đồng' and '1,5-' over '2,5%' still join"
else
    not_ok "H2 control: $(grep -n 'para' "$work/m/h1000.yaml" "$work/m/h25.yaml" | head -c 600)"
fi

# H3: a front matter's fields as YAML reads them
body_md() {
    printf '**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**\n\n'
    printf '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n'
    printf '*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**\n\n'
    printf '**I. NHIỆM VỤ**\n\nNội dung.\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
}
# front NAME TEXT TITLE: a .md whose front matter is TEXT ('---' lines
# added) over a document that prints no subject line: the plan's title
# must be TITLE
front() {
    { printf -- '---\n'; printf -- "$2"; printf -- '---\n\n'; body_md; } >"$work/m/$1.md"
    import_m "$1" md
    got=$(sed -n 's/^  title: //p' "$work/m/$1.yaml")
    if [ "$got" = "$3" ] && grep -q 'exit 0' "$work/m/$1.err"; then
        ok "H3 $1: the title is '$3'"
    else
        not_ok "H3 $1: title '$got', not '$3'; $(tail -c 200 "$work/m/$1.err")"
    fi
}
front folded 'title: >-\n  Kế hoạch rà soát hộ nghèo\n  trên địa bàn xã\n' 'Rà soát hộ nghèo trên địa bàn xã'
front literal 'title: |\n  Kế hoạch rà soát hộ nghèo\n' 'Rà soát hộ nghèo'
front twolines 'title: Kế hoạch rà soát hộ nghèo\n  trên địa bàn xã\n' 'Rà soát hộ nghèo trên địa bàn xã'
front escaped 'title: "Kế hoạch rà soát \\"hộ nghèo\\""\n' 'Rà soát "hộ nghèo"'
front comment 'title: Kế hoạch rà soát hộ nghèo # bản nháp\n' 'Rà soát hộ nghèo'

# H3: a key in Vietnamese ("số:"): front matter, its number the front
# matter's (a review comment says so), not the document's without a word
{ printf -- '---\ntitle: Kế hoạch rà soát hộ nghèo\nsố: 125/KH-UBND\n---\n\n'; body_md; } >"$work/m/so.md"
import_m so md
if grep -q "review: the number is the front matter's ('125/KH-UBND')" "$work/m/so.yaml" &&
    grep -q -x '  number: "125"' "$work/m/so.yaml" && grep -q -x '  title: Rà soát hộ nghèo' "$work/m/so.yaml"; then
    ok "H3 số: a front matter's 'số:' is a key: its number and title taken, each with its review comment"
else
    not_ok "H3 số: $(sed -n '/^header:/,/^body:/p' "$work/m/so.yaml" | tr '\n' '/' | head -c 500)"
fi

# H3: a block that is no YAML (pandoc refuses it too) gives no field, and
# its comment says so; "2024-01-00" is no date
{ printf -- '---\ntitle: Kế hoạch: rà soát hộ nghèo\ndate: 2024-01-15\n---\n\n'; body_md; } >"$work/m/noyaml.md"
import_m noyaml md
{ printf -- '---\ndate: 2024-01-00\n---\n\n'; body_md; } >"$work/m/day0.md"
import_m day0 md
if grep -q "which does not read as YAML (pandoc refuses it too" "$work/m/noyaml.yaml" &&
    grep -q "review: the front matter's date ('date: 2024-01-00') is no date" "$work/m/day0.yaml"; then
    ok "H3 no YAML: a block pandoc refuses gives no field and says so; 'date: 2024-01-00' is no date"
else
    not_ok "H3 no YAML: $(grep -n 'review' "$work/m/noyaml.yaml" "$work/m/day0.yaml" | head -c 600)"
fi

# M1: a template's unknown names asked at each recipient keep no copy of
# their key each time: the memory stays near the memory without them
mkdir -p "$work/tpl" "$work/tpl0"
python3 - "$work" "$(dirname "$0")/../../templates/plan.md" <<'PY'
import sys
work, plan_md = sys.argv[1], sys.argv[2]
t = open(plan_md, encoding="utf-8").read()
open(work + "/tpl0/plan.md", "w", encoding="utf-8").write(t)
names = "".join("{{nosuch_name_number_with_long_name_%d}}" % i for i in range(20))
assert "- {{.}}\n{{/recipients}}" in t
t = t.replace("- {{.}}\n{{/recipients}}", "- {{.}}" + names + "\n{{/recipients}}")
open(work + "/tpl/plan.md", "w", encoding="utf-8").write(t)
open(work + "/rc.yaml", "w", encoding="utf-8").write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2024-01-05
  title: Rà soát
body:
  - para: Nội dung.
recipients:
""" + "".join("  - Thôn số %d;\n" % i for i in range(50000)) +
    "signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}\n")
PY
rss() { # rss DIR: the most memory (KB) of a build with the templates of DIR
    /usr/bin/time -f '%M' "$khgen" build -f md --templates "$work/$1" -o "$work/o-$1" "$work/rc.yaml" \
        2>&1 >/dev/null | tail -1
}
with=$(rss tpl)
without=$(rss tpl0)
if [ ! -f "$work/o-tpl/rc.md" ] || [ -z "$with" ] || [ -z "$without" ]; then
    not_ok "M1: not built ($(ls "$work/o-tpl" 2>&1 | head -c 200)), ${with:-?} KB, ${without:-?} KB"
elif [ "$with" -le $((without * 3 / 2 + 10240)) ]; then
    ok "M1: 20 unknown names asked at each of 50,000 recipients: ${with} KB, ${without} KB without them"
else
    not_ok "M1: ${with} KB with 20 unknown names at each recipient, ${without} KB without them"
fi

echo "$pass passed, $fail failed"
