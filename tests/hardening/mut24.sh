#!/bin/sh
# tests/hardening/mut24.sh KHGEN WORKDIR - what session 24's mutation sweep
# of session 23's new code found (issue 8; /tmp/s24mut/findings.md in its
# session), beside the unit tests it wrote (tests/unit/test_md_blocks.c,
# test_md_pandoc_tables.c, test_docx_vnfont.c):
#  F1 a line of a hand-written .md that looks like a link reference
#     definition but is none for a reader - "[1]: Quyết định số
#     123/QĐ-UBND ngày 01/01/2024" (words after its "address" that are no
#     title), or "[2]: ..." under a paragraph's line (a definition cannot
#     interrupt a paragraph) - was emptied by import as a definition: its
#     words vanished from the plan, exit 0, where cmark and pandoc show
#     them. Now the paragraph a reader shows;
#  KH629's bounds (attach_handtotal.c) that no suite reached: see below.
#
# The F1 cases fail with the binary from before the fix; the guards (a
# real definition still emptied, its links written in) passed before.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- F1: a line that only looks like a link definition ---------------------------
mkdir -p "$work/f1"
"$khgen" build -f md -o "$work/f1/o" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: F1's .md"
# md_insert NAME TEXT: the example's .md with TEXT (printf escapes) as the
# body's first paragraphs, before "Trên đây"
md_insert() {
    /usr/bin/python3 - "$work/f1/o/ex.md" "$work/f1/$1.md" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
at = s.index('Trên đây')
open(sys.argv[2], 'w', encoding='utf-8').write(s[:at] + sys.argv[3] + '\n\n' + s[at:])
PY
}
# imported NAME: NAME.md imported (exit 0 wanted) and its plan's words
imported() {
    "$khgen" import -o "$work/f1/$1.yaml" "$work/f1/$1.md" >/dev/null 2>"$work/f1/$1.err" &&
        "$khgen" build -f md -o "$work/f1/$1" "$work/f1/$1.yaml" >/dev/null 2>>"$work/f1/$1.err"
}
md_insert cite '[1]: Quyết định số 123/QĐ-UBND ngày 01/01/2024 của UBND huyện.'
if imported cite && grep -q 'Quyết định số 123/QĐ-UBND ngày 01/01/2024 của UBND huyện' "$work/f1/cite/cite.md"; then
    ok "F1: '[1]: Quyết định số 123/QĐ-UBND ...' (words after the 'address') is imported as text"
else
    not_ok "F1: '[1]: Quyết định ...' lost: $(head -c 400 "$work/f1/cite.err")"
fi
md_insert under 'Theo Kế hoạch của huyện:
[2]: https://x.gov.vn/kh.pdf'
if imported under && grep -q 'Theo Kế hoạch của huyện:.*x.gov.vn/kh.pdf' "$work/f1/under/under.md"; then
    ok "F1: '[2]: https://...' under a paragraph's line is that paragraph's text"
else
    not_ok "F1: a definition under a paragraph's line: $(grep -n 'Theo Kế hoạch' "$work/f1/under/under.md" 2>&1 | head -2) $(head -c 300 "$work/f1/under.err")"
fi
md_insert title '[3]: https://x.gov.vn/a.pdf "Quyết định" và các văn bản khác'
if imported title && grep -q 'Quyết định.*và các văn bản khác' "$work/f1/title/title.md"; then
    ok "F1: a definition's title followed by more words is text"
else
    not_ok "F1: words after a title: $(head -c 300 "$work/f1/title.err")"
fi
# guard: a definition a reader takes for one is still nothing, its link written in
md_insert real 'Theo [Quyết định 123][qd] của huyện.

[qd]: https://x.gov.vn/qd.pdf "Quyết định số 123"'
if imported real && grep -q 'Quyết định 123.*https://x.gov.vn/qd.pdf' "$work/f1/real/real.md" &&
    ! grep -q '^\[qd\]' "$work/f1/real/real.md"; then
    ok "F1 guard: a real definition (with its title) is nothing, its link written in"
else
    not_ok "F1 guard: a real definition: $(grep -n 'qd' "$work/f1/real/real.md" 2>&1 | head -3) $(head -c 300 "$work/f1/real.err")"
fi

# ---- import's recipient_line (import.c): "\+ " as pandoc escapes a "+", an en dash
sed 's/^- Các xã;$/\\+ Các xã/; s/^- Lưu: VT\.$/– Lưu: VT/' "$work/f1/o/ex.md" >"$work/f1/rcp.md"
if "$khgen" import -o "$work/f1/rcp.yaml" "$work/f1/rcp.md" >/dev/null 2>"$work/f1/rcp.err" &&
    grep -A3 '^recipients:' "$work/f1/rcp.yaml" | grep -qx '  - Các xã' &&
    grep -A3 '^recipients:' "$work/f1/rcp.yaml" | grep -qx '  - "Lưu: VT"'; then
    ok "import: recipients '\\+ Các xã' and '– Lưu: VT' (no end marks) read as recipients"
else
    not_ok "import: recipients \\+ and –: $(grep -A4 '^recipients:' "$work/f1/rcp.yaml" 2>&1) $(head -c 300 "$work/f1/rcp.err")"
fi

# ---- KH629's bounds (attach_handtotal.c) ----------------------------------------
# kh629 NAME WHAT COUNT TEXT: `khgen check` exits 0 with COUNT KH629, one
# holding TEXT (a fixed string; "" for none)
kh629() {
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$? n=$(grep -c 'KH629' "$work/$1.err")
    if [ "$st" -eq 0 ] && [ "$n" -eq "$3" ] && { [ -z "$4" ] || grep -qF -- "$4" "$work/$1.err"; }; then
        ok "KH629: $2"
    else
        not_ok "KH629: $2: status $st, $n KH629 (want $3): $(head -c 500 "$work/$1.err")"
    fi
}
small_table k1 "" "      - [Thôn 1, 1, 1.5]
      - [Thôn 2, 2, 2]
      - [' tổng cộng :', 4, 3.5]"
kh629 k1 "a label in lower case, a blank before it and ' :' after it is a totals label" 1 \
    "the row 'tổng cộng :' gives 4 for 'Số hộ', but the rows above it add up to 3"
for label in "Tổng" "Cộng" "Tổng số" "TỔNG CỘNG"; do
    small_table k2 "" "      - [Thôn 1, 1, 1.5]
      - [Thôn 2, 2, 2]
      - [$label, 3, 4]"
    kh629 k2 "'$label' is a totals label (its decimal wrong)" 1 \
        "the row '$label' gives 4 for 'Kinh phí', but the rows above it add up to 3,5"
done
for label in "Tổng cộng chung" "Tổn" "Cộng đồng" "Số"; do
    small_table k3 "" "      - [Thôn 1, 1, 1.5]
      - [Thôn 2, 2, 2]
      - [$label, 9, 9]"
    kh629 k3 "'$label' is no totals label: a row as any other" 0 ""
done
small_table k4 "" "      - [Tổng cộng, 3, 4]
      - [Thôn 1, 1, 1.5]"
kh629 k4 "a totals row above every data row adds nothing up: no word" 0 ""
small_table k5 "" "      - [Thôn 1, 1, 1.5]
      - [Thôn 2, 2, 2]
      - [Tổng cộng, '', 4]"
kh629 k5 "an empty cell of the typed total is passed over, the next column's figure checked" 1 \
    "gives 4 for 'Kinh phí', but the rows above it add up to 3,5"
small_table k6 "" "      - [Thôn 1, 1, 1.5]
      - [Thôn 2, 2, 2]
      - [Cộng, 3, 3.5]
      - [Thôn 3, 4, 1]
      - [Cộng, 4, 1]
      - [Tổng cộng, 7, 4.5]"
kh629 k6 "a 'Cộng' after a 'Cộng' adds up the rows since the last; the table's total all of them" 0 ""
small_table k7 "" "      - [Thôn 1, 1, 1.5]
      - [Thôn 2, 2, 2]
      - [Cộng, 3, 3.5]
      - [Thôn 3, 4, 1]
      - [Cộng, 8, 1]"
kh629 k7 "a second 'Cộng' that adds up neither its own rows nor all is KH629 naming its own" 1 \
    "the row 'Cộng' gives 8 for 'Số hộ', but the rows above it add up to 4"
small_table k8 "" "      - [Thôn 1, 1, 1.25]
      - [Thôn 2, 2, 2.25]
      - [Tổng cộng, 3, 3.5000]"
kh629 k8 "a decimal typed with more zeros prints as the sum: no word" 0 ""
small_table k9 "    totals: true" "      - [Thôn 1, 1, 1.5]
      - [Tổng, 1, 1.5]"
kh629 k9 "a typed 'Tổng' that adds up, in a table with totals:, is still counted twice: KH629" 1 \
    "the row 'Tổng' is a totals row typed among the rows, and the table has 'totals:' too"

# the figure's column named by its key when it has no header; a number
# column first, a typed total right under a "Cộng", an empty text cell in a
# table with totals:, merged cells, a table in the body
small k10 <<EOF
units:
  - {id: vp, name: Văn phòng}
body:
  - section: MỤC TIÊU
    items:
      - para: Chi tiết theo {att b1} đính kèm; {unit vp} tổng hợp.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Số hộ nghèo
    columns:
      - {key: n, header: "", type: int}
      - {key: ten, header: Nội dung}
    rows:
      - [1, Thôn 1]
      - [2, Thôn 2]
      - [4, Tổng cộng]
EOF
kh629 k10 "a number column first, its header empty, is checked, named by its key" 1 \
    "the row 'Tổng cộng' gives 4 for 'n', but the rows above it add up to 3"
small_table k11 "" "      - [Thôn 1, 1, 1.5]
      - [Cộng, 1, 1.5]
      - [Tổng cộng, 5, 1.5]"
kh629 k11 "a total right under a 'Cộng' names the sum of all the rows (1), not of none" 1 \
    "the row 'Tổng cộng' gives 5 for 'Số hộ', but the rows above it add up to 1"
small_table k12 "    totals: true" "      - [Thôn 1, 1, 1.5]
      - [~, 2, 2]"
kh629 k12 "an empty text cell in a table with totals: is no totals label" 0 ""
small_table k13 "    merge: [n]" "      - [Thôn 1, 2, 1.5]
      - [Thôn 2, 2, 2]
      - [Tổng cộng, 2, 3.5]"
kh629 k13 "a merged cell is counted once, as it prints" 0 ""
small k14 <<EOF
units:
  - {id: vp, name: Văn phòng}
body:
  - section: MỤC TIÊU
    items:
      - para: "{unit vp} tổng hợp:"
      - table: Số hộ nghèo
        columns:
          - {key: ten, header: Nội dung}
          - {key: n, header: Số hộ, type: int}
        rows:
          - [Thôn 1, 1]
          - [Thôn 2, 2]
          - [Tổng cộng, 4]
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
EOF
kh629 k14 "a table in the body is checked as an attachment's" 1 \
    "the row 'Tổng cộng' gives 4 for 'Số hộ', but the rows above it add up to 3"

# ---- khgen diff's shown_text (diff.c): a part of two paragraphs ---------------
edited d1a '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: "*Một* \\<3% đầu.\n\nHai *cũ*."'
edited d1b '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: "*Một* \\<3% đầu.\n\nHai *mới*."'
"$khgen" diff "$work/p/d1a.yaml" "$work/p/d1b.yaml" >"$work/d1.out" 2>"$work/d1.err"
if grep -qx 'Một <3% đầu\.' "$work/d1.out" && grep -qxF 'Hai [-cũ.-]{+mới.+}' "$work/d1.out"; then
    ok "diff: each line of a part of two paragraphs shown as printed, on its own"
else
    not_ok "diff: a part of two paragraphs: $(head -c 500 "$work/d1.out") $(head -c 300 "$work/d1.err")"
fi
"$khgen" diff -f md "$work/p/d1a.yaml" "$work/p/d1b.yaml" >"$work/d1.md" 2>"$work/d1.err"
# the plan's own stars are escaped in the report, whose only emphasis is
# its marks (s39attack: "**b**" of a plan read as an insertion)
if grep -qF '~~\*cũ\*.~~' "$work/d1.md" && grep -qF '\<3% đầu' "$work/d1.md"; then
    ok "diff -f md: the Markdown report keeps the text's marks, escaped"
else
    not_ok "diff -f md: $(head -c 500 "$work/d1.md")"
fi

edited d2 '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: "Đoạn *thêm* \\<3%."'
"$khgen" diff "$work/p/ex.yaml" "$work/p/d2.yaml" >"$work/d2.out" 2>"$work/d2.err"
"$khgen" diff -f md "$work/p/ex.yaml" "$work/p/d2.yaml" >"$work/d2.md" 2>>"$work/d2.err"
if grep -qxF '{+Đoạn thêm <3%.+}' "$work/d2.out" && grep -qxF '**Đoạn \*thêm\* \<3%.**' "$work/d2.md"; then
    ok "diff: an added paragraph shown once, as printed (terminal) and as written (-f md)"
else
    not_ok "diff: an added paragraph: $(head -c 400 "$work/d2.out") $(head -c 400 "$work/d2.md")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
