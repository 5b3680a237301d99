#!/bin/sh
# tests/hardening/round24.sh KHGEN WORKDIR - session 24's round-trip and
# Markdown import leftovers (issue 8; tools/round22.py with genplan.py's
# random plans, and the Markdown import LOWs session 23 named). Each case
# fails with the binary from before its fix; C2 times the code-span scan
# on a 2 MB .md that is not khgen's own output.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/p" "$work/o" "$work/m"

. "$(dirname "$0")/roundplan.sh"

mdplan_build=1 # mdplan (roundplan.sh) builds each import to $work/m/o

# ---- G1: a table whose rows are all group rows ------------------------------------------
# Nothing told "I | Title" from a row numbered in Roman when no row was
# under any group: the rows came back as rows, every cell written, and
# the document printed them as rows ('I | X | | |' for the group row's
# title over the row; round22 --more seed 4). The .md prints them bold,
# the .docx spans the title over the row.
plan g1 '
body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1} đính kèm."
attachments:
  - id: b1
    label: Biểu 01
    title: Các nhóm
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: name, header: Tên}
      - {key: n, header: Số hộ, type: int, total: true}
      - {key: nh, header: Ghi chú}
    rows:
      - {heading: Nhóm thứ nhất}
      - {heading: Nhóm thứ hai}
      - {heading: Nhóm thứ ba}
    totals: true'
round g1
for f in md docx; do
    if quiet g1 $f && [ "$(grep -c -F -- '- {heading: ' "$work/p/g1-$f.yaml")" = 3 ]; then
        ok "G1: a table of group rows only comes back as group rows ($f)"
    else
        not_ok "G1 ($f): $(grep -F 'Nhóm thứ nhất' "$work/p/g1-$f.yaml") $(head -c 300 "$work/g1-$f.diff")"
    fi
done
# the same of a table in the body (round22 --stress seed 6)
plan g1b '
body:
  - section: MỤC TIÊU
    items:
      - table: Các nhóm
        columns:
          - {key: stt, type: stt, header: TT}
          - {key: name, header: Tên}
          - {key: nh, header: Ghi chú}
        rows:
          - {heading: Nhóm thứ nhất}
          - {heading: Nhóm thứ hai}'
round g1b
for f in md docx; do
    if quiet g1b $f && [ "$(grep -c -F -- '- {heading: ' "$work/p/g1b-$f.yaml")" = 2 ]; then
        ok "G1: a table in the body of group rows only comes back as group rows ($f)"
    else
        not_ok "G1 body ($f): $(grep -F 'Nhóm thứ nhất' "$work/p/g1b-$f.yaml") $(head -c 300 "$work/g1b-$f.diff")"
    fi
done
# and a hand-typed Roman row (not bold, no span) stays a row
mdplan g1r <<'MD'
Chi tiết theo Biểu 01 đính kèm.

**Biểu 01**

**Các nhóm**

| TT | Tên | Ghi chú |
|:---:|---|---|
| I | Nhóm một |  |
| II | Nhóm hai |  |
MD
if grep -q -F -- '- ["I", "Nhóm một"' "$work/m/g1r.yaml" && ! grep -q 'heading:' "$work/m/g1r.yaml"; then
    ok "G1: rows numbered I, II by hand, printed plain, stay rows"
else
    not_ok "G1 (hand-typed Roman rows): $(grep -n 'Nhóm một' "$work/m/g1r.yaml")"
fi

# ---- T1: a task's assignment paragraph inside its list item ---------------------------------
# The .md printed "UNIT phụ trách Chỉ tiêu N." after a task's "+" lines
# at the left margin, outside the "- " item, where the .html and .docx
# print it as the task's line (a reader saw a paragraph of the section).
plan t1 '
units:
  - {id: tc, name: Phòng Tài chính - Kế hoạch}
body:
  - section: NHIỆM VỤ
    items:
      - task: ""
        text: Tổ chức hội nghị tổng kết.
        lead: tc
        assign: [{unit: tc, indicators: ["17.5"]}]
      - task: Rà soát
        text: Rà soát hồ sơ.
        lead: tc
        assign: [{unit: tc, indicators: ["17.5"]}]
      - para: Đoạn sau.'
round t1
if [ "$(grep -c '^  Phòng Tài chính - Kế hoạch phụ trách Chỉ tiêu 17.5.$' "$work/o/t1/t1.md")" = 2 ] &&
    grep -q '^Đoạn sau\./\.$' "$work/o/t1/t1.md" && quiet t1 md && quiet t1 docx; then
    ok "T1: an assignment paragraph after a task's '+' lines is printed inside the task's item, and comes back"
else
    not_ok "T1: $(grep -n 'phụ trách Chỉ tiêu' "$work/o/t1/t1.md" | head -3) / $(head -c 200 "$work/t1-md.diff")"
fi

# ---- C1: a reference link inside a code span ----------------------------------------------
# "`[x][q]`" came back "`[x](https://x.vn/q)`": a reader shows the code
# span as written (cmark: <code>[x][q]</code>); the link outside it is one.
mdplan c1 <<'MD'
Xem `[x][q]` và [x][q], ``a`[x][q]`` rồi ` [x][q].

[q]: https://x.vn/q
MD
# (the body's last text of a signed plan ends "./." since s53print P1; the
# link before it written with its address in <>: as a reader shows it)
if grep -q -F 'Xem `[x][q]` và [x](https://x.vn/q), ``a`[x][q]`` rồi ` [x](<https://x.vn/q>)./.' "$work/m/o/c1.md"; then
    ok "C1: a reference link inside a code span is left as written, one outside it written in"
else
    not_ok "C1: $(grep -n 'Xem' "$work/m/o/c1.md") $(head -c 300 "$work/m/c1.err")"
fi

# ---- C2: the code-span scan is linear ------------------------------------------------------
# A line of backtick runs none of which is closed ("` x `` x ``` x ...",
# attack8 F5's shape) with a reference link after each: each run would be
# searched for its closer to the line's end. 2 MB, written here.
/usr/bin/python3 - "$work/m/c2.md" <<'PY'
import sys
head = ("**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n"
        "**I. NHIỆM VỤ**\n\n")
parts, n, size = [], 1, 0
while size < 2_000_000:
    p = "`" * n + " [x][q] "
    parts.append(p)
    size += len(p)
    n = n + 1 if n < 1500 else 1
tail = "\n\n[q]: https://x.vn/q\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n"
open(sys.argv[1], "w", encoding="utf-8").write(head + "".join(parts) + tail)
PY
timed_case "C2: import of a 2 MB line of unclosed backtick runs and reference links" \
    "$khgen" import --force --color=never -o "$work/m/c2.yaml" "$work/m/c2.md"

# ---- D1: emphasis that pairs otherwise but prints alike -------------------------------------
# A .docx's runs read back one by one make "**a** ***b*** **c**" of the
# plan's "**a *b* c**": the same words, bold, b also italic; `khgen diff`
# compared cmark's rewriting of each, which keeps the nesting, and
# reported the line changed (round22 --stress, most seeds).
plan d1a '
units:
  - {id: tc, name: Phòng Tài chính - Kế hoạch}
body:
  - section: NHIỆM VỤ
    items:
      - para: "Rà soát **a *b* c** và **x y** rồi *m* *n*."
      - task: ""
        text: "Tổ chức **hội nghị *tổng kết***."
        lead: tc'
sed -e 's/\*\*a \*b\* c\*\*/**a** ***b*** **c**/' -e 's/\*\*x y\*\*/**x** **y**/' \
    -e 's/\*m\* \*n\*/*m n*/' -e 's/\*\*hội nghị \*tổng kết\*\*\*/**hội nghị** ***tổng kết***/' \
    "$work/p/d1a.yaml" >"$work/p/d1b.yaml"
"$khgen" diff --no-color "$work/p/d1a.yaml" "$work/p/d1b.yaml" >"$work/d1.diff" 2>&1
d1=$?
sed -e 's/\*\*a \*b\* c\*\*/**a b c**/' "$work/p/d1a.yaml" >"$work/p/d1c.yaml"
# a link the document prints as its text (a relative address) is that text
sed -e 's/ rồi \*m\*/ rồi [x](y) *m*/' "$work/p/d1a.yaml" >"$work/p/d1d.yaml"
sed -e 's/ rồi \*m\*/ rồi x *m*/' "$work/p/d1a.yaml" >"$work/p/d1e.yaml"
"$khgen" diff --no-color "$work/p/d1d.yaml" "$work/p/d1e.yaml" >/dev/null 2>&1
d1e=$?
"$khgen" diff --no-color "$work/p/d1a.yaml" "$work/p/d1c.yaml" >/dev/null 2>&1
d1c=$?
if [ $d1 = 0 ] && [ $d1c = 1 ] && [ $d1e = 0 ] && ! cmp -s "$work/p/d1a.yaml" "$work/p/d1b.yaml"; then
    ok "D1: emphasis paired otherwise but printed alike is no change to diff; italic dropped is one"
else
    not_ok "D1: exit $d1 (want 0), $d1c (want 1), $d1e (want 0): $(head -c 300 "$work/d1.diff")"
fi

# ---- Q1: a quote's lazy continuation line -------------------------------------------------
# "> 1. a" over "tiếp" (no '>': the quote's paragraph goes on, CommonMark's
# lazy continuation) over "> 1. b" is one quote and one list, 1, 2; import
# took the quote as ended and begun again, and printed 1, 1.
mdplan q1 <<'MD'
> 1. Rà soát hồ sơ
tiếp theo
> 1. Báo cáo kết quả

> 1. Danh sách mới
MD
if grep -q '^2\\\?\. Báo cáo kết quả' "$work/m/o/q1.md" && grep -q '^1\\\?\. Rà soát hồ sơ tiếp theo' "$work/m/o/q1.md" &&
    grep -q '^1\\\?\. Danh sách mới' "$work/m/o/q1.md"; then
    ok "Q1: a quote's lazy continuation line keeps its list's numbering (1, 2), a new quote starts again"
else
    not_ok "Q1: $(grep -n 'Báo cáo\|Rà soát\|Danh sách' "$work/m/o/q1.md" | tr '\n' ' ') $(head -c 200 "$work/m/q1.err")"
fi

# ---- W1: a bold heading whose title holds emphasis of its own ------------------------------
# The .md prints "**I. RÀ SOÁT ***cả hai*** và **đậm** xong**" and "**1. Tên
# **đậm** x:** Nội dung", which every reader shows as one bold heading;
# import took the first "**" inside for the heading's end and read a
# paragraph with stray stars (round22 --stress, most seeds).
plan w1 '
body:
  - section: "RÀ SOÁT ***cả hai*** và **đậm** xong"
    items:
      - clause: "Tên **đậm** và `mã` x"
        text: "Nội dung thứ nhất."
      - clause: "Mục tiêu *nghiêng* cụ thể"
        text: "Nội dung thứ hai."'
round w1
if quiet w1 md && grep -q -F -- '- section: RÀ SOÁT ***cả hai*** và **đậm** xong' "$work/p/w1-md.yaml"; then
    ok "W1: a bold heading whose title holds bold and italic of its own comes back a heading (md)"
else
    not_ok "W1: $(grep -n 'RÀ SOÁT\|Tên' "$work/p/w1-md.yaml" | head -3) / $(head -c 300 "$work/w1-md.diff")"
fi

# ---- X1: a backtick in a .docx table's cell ----------------------------------------------
# A cell that prints "`mã`" (written "\`mã\`", an attachment's text is
# printed as written) came back from the .docx unescaped, a code span
# that printed "mã": the import's import lost the backticks (round22's
# fixed point, --stress seeds 1 and 2).
plan x1 '
body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1} đính kèm."
attachments:
  - id: b1
    label: Biểu 01
    title: Mã hồ sơ
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: name, header: Nội dung}
    rows:
      - {name: "Rà soát \\`mã\\` hồ sơ"}
      - {name: "Lưu ``a`b`` bản"}'
round x1
if quiet x1 docx && grep -q -F 'Rà soát \\`mã\\` hồ sơ' "$work/p/x1-docx.yaml"; then
    ok "X1: backticks a .docx cell prints come back as backticks"
else
    not_ok "X1: $(grep -n 'Rà soát' "$work/p/x1-docx.yaml") / $(head -c 300 "$work/x1-docx.diff")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
