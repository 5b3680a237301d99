#!/bin/sh
# tests/hardening/round25.sh KHGEN WORKDIR - session 25's round-trip and
# Markdown/Word import leftovers (issue 8; tools/round22.py --stress, and
# the import limits session 24 named). Each case fails with the binary
# from before its fix; the T cases time the new loops on inputs shaped
# for their worst case, not khgen's own output.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/p" "$work/o" "$work/m"

. "$(dirname "$0")/roundplan.sh"

# body NAME: the body of $work/m/NAME.yaml, from "body:" to "signature:"
body() { sed -n '/^body:/,/^signature:/p' "$work/m/$1.yaml"; }

# ---- H1: a Markdown hard break inside a paragraph or a bullet ------------------------------
# pandoc writes Word's Shift+Enter as a backslash at the line's end, gfm
# as two spaces: the .docx's import keeps such a line break inside its
# paragraph unless the next line begins with a list's label
# (docx_lines.c), the .md's made two nodes of it, a bullet "Một" and a
# paragraph "hai.". Now the one decision for both.
printf -- '- Một\\\nhai.\n\n- Ba  \nbốn.\n\nNăm\\\nsáu.\n\n- Bảy\\\n- tám.\n' | mdplan h1
want='      - bullet: Một hai.
      - bullet: Ba bốn.
      - para: Năm sáu.
      - bullet: Bảy
      - bullet: tám.'
if body h1 | grep -q -F -x -- "$(printf '%s' "$want" | head -1)" &&
    [ "$(body h1 | grep -c -E '^      - (bullet|para):')" = 5 ] &&
    body h1 | grep -q -x '      - para: Năm sáu.' && body h1 | grep -q -x '      - bullet: tám.'; then
    ok "H1: a hard break inside a paragraph or bullet joins its lines, before a label it separates items"
else
    not_ok "H1: $(body h1 | tr '\n' '/')"
fi

# ---- S1: an italic bullet whose text holds its own emphasis --------------------------------
# "- *hóa *x* nạn **đậm** an*": cmark reads one emphasis over the whole,
# the .md's import writes it as the bullet's text, and `khgen diff`
# compared it with the plan's `style: italic` as a change of words and of
# format (round22 --stress seed 1).
plan s1 '
body:
  - section: NHIỆM VỤ
    items:
      - bullet: "hóa *x* nạn **đậm** an"
        style: italic
      - para: "Một *hai* **ba** bốn"
        style: italic'
round s1
if quiet s1 md; then
    ok "S1: an italic bullet holding its own *x* and **y** comes back as it prints (md)"
else
    not_ok "S1: $(head -c 400 "$work/s1-md.diff")"
fi

# ---- S4: a heading's text in an emphasis of its own ------------------------------------------
# "1\. Tên: **lời **đậm** x**" (a clause whose text is styled bold) came
# back one title "Tên: **lời ...**" (round22 --stress seed 4); a section
# with its text, "**IV. X:** Y" in the .docx (KHSection, bold by its
# style, its text's run unbolded), came back from the .docx one title
# "X: Y", so the import of its import was not the first (no fixed point).
plan s4 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Tên
        text: lời x
        text_style: bold
      - clause: Tên hai
        text: "lời **đậm** x"
        text_style: bold
      - clause: Tên ba
        text: "lời *nghiêng* y"
        text_style: italic
  - section: Tổ chức thực hiện
    text: Giao các phòng triển khai
    items:
      - para: Một.'
round s4
if quiet s4 md && [ "$(grep -c 'text_style:' "$work/p/s4-md.yaml")" = 3 ]; then
    ok "S4: a heading's text printed bold or italic comes back as its text_style (md)"
else
    not_ok "S4: $(head -c 400 "$work/s4-md.diff")"
fi
if grep -q -x '  - section: Tổ chức thực hiện' "$work/p/s4-docx.yaml" &&
    grep -q -x '    text: Giao các phòng triển khai' "$work/p/s4-docx.yaml"; then
    ok "S4: a section with its text comes back from the .docx as title and text"
else
    not_ok "S4 docx: $(grep -n 'Tổ chức' "$work/p/s4-docx.yaml")"
fi
# the fixed point: a clause labelled "IV." with its text comes back from
# the .docx a section (its explicit bold runs read as the title's); the
# .docx of that import (KHSection) imported again must give it again
plan s4f '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Tổ chức thực hiện
        label: "IV."
        text: Giao các phòng triển khai
        items:
          - para: Một.'
round s4f
"$khgen" build -f docx -o "$work/o/s4b" "$work/p/s4f-docx.yaml" >/dev/null 2>&1
"$khgen" import --force -o "$work/p/s4-again.yaml" "$work/o/s4b/s4f-docx.docx" >/dev/null 2>&1
if [ -s "$work/p/s4-again.yaml" ] && grep -q -x '    text: Giao các phòng triển khai' "$work/p/s4-again.yaml" &&
    [ "$(grep -v '^# Imported' "$work/p/s4f-docx.yaml")" = "$(grep -v '^# Imported' "$work/p/s4-again.yaml")" ]; then
    ok "S4: the .docx's import of the .docx's import is the first (a fixed point)"
else
    not_ok "S4 fixed: $(diff "$work/p/s4f-docx.yaml" "$work/p/s4-again.yaml" | head -8 | tr '\n' '/')"
fi

# ---- D1: a last backslash, "\\" from the .docx and "\" from the .md ------------------------
# A paragraph after a clause comes back inside it (README's limit: its
# place prints the same); `khgen diff` matched the .md's import's
# "Đoạn cuối\" with the plan's as moved, but not the .docx's
# "Đoạn cuối\\", which prints alike, and showed it removed and added.
plan d1 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Tên
        items:
          - para: Một.
      - para: '"'"'Đoạn cuối\'"'"''
round d1
if grep -q -F 'Đoạn cuối\\' "$work/p/d1-docx.yaml" && quiet d1 docx &&
    "$khgen" diff "$work/p/d1-md.yaml" "$work/p/d1-docx.yaml" >"$work/d1-both.diff" 2>&1; then
    ok "D1: a last backslash written '\\\\' by the .docx's import and '\\' by the .md's is one text for diff"
else
    not_ok "D1: $(head -c 300 "$work/d1-docx.diff") / $(head -c 200 "$work/d1-both.diff")"
fi

# ---- D2: a caption's {year} next to a Markdown escape --------------------------------------
# The caption "hệ _ {year-1}" and an import's "hệ \_ 2023" print alike;
# diff compared their printed forms with the {year} marks inside, where
# cmark escaped the "_" before a mark and not before "2023" (round22
# --more m15, --stress s10).
plan d2 '
body:
  - section: NHIỆM VỤ
    items:
      - table: "Vật tư hệ _ {year-1} [x]"
        columns:
          - {key: ten, header: Tên}
          - {key: sl, header: Số lượng}
          - {key: gc, header: Ghi chú}
        rows:
          - {ten: Áo phao, sl: "12", gc: x}'
sed -e 's/hệ _ {year-1} \[x\]/hệ \\\\_ 2023 \\\\[x\\\\]/' "$work/p/d2.yaml" >"$work/p/d2b.yaml"
if grep -q -F '\\_ 2023' "$work/p/d2b.yaml" &&
    "$khgen" diff --no-color "$work/p/d2.yaml" "$work/p/d2b.yaml" >"$work/d2.diff" 2>&1; then
    ok "D2: a caption's '_ {year-1}' and '\\_ 2023' print alike and diff says so"
else
    not_ok "D2: $(head -c 300 "$work/d2.diff")"
fi

# ---- E1: a table row of empty cells -----------------------------------------------------------
# A row an official left to fill in by hand ("|  |  |  |" in the .md, a
# row of empty cells in the .docx) was taken for the .md's delimiter row
# and dropped, from both.
plan e1 '
body:
  - section: NHIỆM VỤ
    items:
      - table: Danh sách
        columns:
          - {key: ten, header: Tên}
          - {key: sl, header: Số lượng}
          - {key: gc, header: Ghi chú}
        rows:
          - {ten: Áo phao, sl: "12", gc: x}
          - {ten: "", sl: "", gc: ""}
          - {ten: Xuồng, sl: "3", gc: y}
          - {ten: "", sl: "", gc: ""}'
round e1
for f in md docx; do
    if [ "$(grep -c -F -x '          - ["", "", ""]' "$work/p/e1-$f.yaml")" = 2 ]; then
        ok "E1: a table's rows of empty cells are kept ($f)"
    else
        not_ok "E1 $f: $(sed -n '/rows:/,/^sig/p' "$work/p/e1-$f.yaml" | tr '\n' '/')"
    fi
done

# ---- P1: a line "+-+" inside a paragraph -------------------------------------------------------
# "+" glued to what follows starts no list item (CommonMark: a marker is
# followed by a space): pandoc and cmark print one paragraph "Một dòng
# +-+ hai dòng.", import cut it before "+-+".
printf 'Một dòng\n+-+\nhai dòng, -5 độ\n-x cuối.\n' | mdplan p1
if [ "$(body p1 | grep -c -E '^      - (bullet|para):')" = 1 ] &&
    body p1 | grep -q -F 'Một dòng +-+ hai dòng, -5 độ -x cuối.'; then
    ok "P1: a '+-+' or '-x' line inside a paragraph is its text"
else
    not_ok "P1: $(body p1 | tr '\n' '/')"
fi

# ---- G1: pipe rows at a block's start with no delimiter row ---------------------------------
# "|a|" over "|b|" after a blank line is a paragraph's text for pandoc,
# cmark and GitHub (a table needs its "|---|" row); import made a table
# of header "a" and row "b". A table with its delimiter row stays one.
printf '|a|\n|b|\n\nSau.\n\n| Tên | Số |\n|---|---|\n| Áo | 3 |\n' | mdplan g1
if body g1 | grep -q -F -x '      - para: \|a| |b|' && body g1 | grep -q -F -e '- ["Áo", "3"]' &&
    [ "$(body g1 | grep -c -- '- table:')" = 1 ]; then
    ok "G1: '|a|' over '|b|' with no delimiter row is text; a table with one stays a table"
else
    not_ok "G1: $(body g1 | tr '\n' '/')"
fi

# ---- L1: a table of two columns of data from pandoc ------------------------------------------
# pandoc writes Word's table as a simple table (`-t markdown`) or an HTML
# table (`-t gfm`, its cells' paragraphs); import read every table of two
# columns as a layout table (the header's, the signature's), its cells as
# paragraphs. Now the .docx's decision (docx_layout.c): a header row and
# rows of one line a cell are data; the signature's stacked cells layout.
printf 'Bảng 1. Vật tư\n\n  Tên       Số lượng\n  --------- ----------\n  Áo phao   12\n  Xuồng     3\n\nSau.\n\n<table>\n<thead>\n<tr><th>Hạng mục</th><th>Kinh phí</th></tr>\n</thead>\n<tbody>\n<tr><td><p>Đường</p></td><td><p>120</p></td></tr>\n<tr><td><p>Cầu</p></td><td><p>80</p></td></tr>\n</tbody>\n</table>\n\n<table>\n<tr><td><p><strong>Nơi nhận:</strong></p><p>- UBND huyện;</p></td><td><p><strong>TM. ỦY BAN NHÂN DÂN</strong></p><p><strong>CHỦ TỊCH</strong></p></td></tr>\n</table>\n' >"$work/m/l1body"
mdplan l1 <"$work/m/l1body"
if body l1 | grep -q -F -e '- ["Áo phao", "12"]' && body l1 | grep -q -F -e '- ["Cầu", "80"]' &&
    [ "$(body l1 | grep -c -- '- table:')" = 2 ] && ! body l1 | grep -q 'Nơi nhận\|TM\.'; then
    ok "L1: pandoc's two-column tables of data are tables; the signature's stays layout"
else
    not_ok "L1: $(body l1 | tr '\n' '/' | head -c 600)"
fi

# ---- G2: a grid table inside a list item ------------------------------------------------------
# pandoc indents a table under its list item ("- x" over "  +---+"), and
# shows a table there; import read its rules and bars as paragraphs.
printf -- '- Vật tư:\n\n  +---------+---------+\n  | Tên     | Số      |\n  +=========+=========+\n  | Áo phao | 12      |\n  +---------+---------+\n  | Xuồng   | 3       |\n  +---------+---------+\n\nSau.\n' | mdplan g2
if body g2 | grep -q -F -e '- ["Áo phao", "12"]' && ! body g2 | grep -q -F -e '+---'; then
    ok "G2: a grid table indented under a list item is a table"
else
    not_ok "G2: $(body g2 | tr '\n' '/' | head -c 500)"
fi

# ---- T: the new loops, timed on their worst shapes ------------------------------------------
# T1: 400,000 lines of one paragraph each ending in a hard break (a
# backslash after spaces: each join trims them); T2: a heading whose
# title holds 100,000 ": *" that never wrap the rest; T3: `khgen diff` of
# two plans of 20,000 paragraphs with escapes, each matched on its
# printed form (40,000 took 0.95 s of the release build's second in
# session 30's idle CI, 1.03 s under load: lead31).
/usr/bin/python3 - "$work/m" <<'PY'
import sys
d = sys.argv[1]
head = ("**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n"
        "**I. NHIỆM VỤ**\n\n")
tail = "\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n"
open(d + "/t1.md", "w").write(head + "- a" + "   \\\nb" * 400000 + tail)
open(d + "/t2.md", "w").write(head + "1\\. T" + ": *x y" * 100000 + ": **z*\n" + tail)
for name, w, n in (("t3a", "giữ", 20000), ("t3b", "sửa", 20000), ("t3a1", "giữ", 5000), ("t3b1", "sửa", 5000)):
    with open(d + "/" + name + ".yaml", "w") as f:
        f.write("khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]\n  place: Đồng Hưu\n"
                "  date: 2024-01-05\n  title: Kế hoạch T\nbody:\n  - section: NHIỆM VỤ\n    items:\n")
        for i in range(n):
            f.write("      - para: 'Đoạn [%d] \\_x *%s* a&b cuối\\'\n" % (i, w if i == n // 2 else "giữ"))
        f.write("signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}\n")
PY
timed_case "T1: import of 400,000 hard-broken lines of one bullet" \
    "$timed" import --force --color=never -o "$work/m/t1.yaml" "$work/m/t1.md"
timed_case "T2: import of a heading of 100,000 ': *' that wrap nothing" \
    "$timed" import --force --color=never -o "$work/m/t2.yaml" "$work/m/t2.md"
# (n against 4n since session 48: 20,000 alone was 0.58 s of its second at
# load 8-44, session 47; printed_anchors' scan back from each part, put back
# as a mutant (attack19 F1's fault): n 0.28 s, 4n 2.60 s at load 25)
scaling_case "T3: diff of two plans of 5,000 then 20,000 paragraphs with escapes" \
    "$timed" diff --no-color -o "$work/m/t3.diff" "$work/m/t3a1.yaml" "$work/m/t3b1.yaml" -- \
    "$timed" diff --no-color -o "$work/m/t3.diff" "$work/m/t3a.yaml" "$work/m/t3b.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
