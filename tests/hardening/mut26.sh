#!/bin/sh
# tests/hardening/mut26.sh KHGEN WORKDIR - what session 26's mutation
# sweep of session 25's new code (src/check_commas.c, src/vi_upper.c,
# src/docx_rels.c, src/docx_pagehead.c, src/attach_idcells.c,
# src/md_pandoc_inline.c) and of older code never mutated found the tests
# blind to (issue 8):
#   - KH175 (a recipient cut at its commas inside [...]) over a list of
#     two recipients, not over a piece after a quoted recipient (on its
#     line or the line above), and a run of pieces that ends at its line
#     (src/check_commas.c);
#   - a plan's header in a page header (src/docx_pagehead.c): a body
#     without the national name whose section names no page header
#     (read, exit 0), a first page's own header listed after the
#     "default" one, a page header of the issuer and a "Số:" line (its
#     word in italics) alone, a page header of another issuer beside the
#     body's header;
#   - KH632 of a unit's id holding a 'z' and a '9' in a body table with
#     no task or lead column, below a group row, without the hint of a
#     table of tasks, and in an attachment's written rows under a
#     'lead' column, without it (src/attach_idcells.c);
#   - KH631 of a heading row last in its table (src/attach_heading.c);
#   - a table of tasks imported from a .md: a title holding doubled
#     characters ("2200"), a unit's cell ending with '.' or ';'
#     (src/import_tables.c);
#   - a main part that _rels/.rels names outside word/, read only when
#     [Content_Types].xml gives it a Word document's type in an Override:
#     a workbook renamed .docx whose first Override is another part's,
#     and a Word type given by an element that is no Override (KH756),
#     and word/document2.xml, the zip's first entry, that needs none
#     (src/docx_part.c);
#   - an HTML table's colspan at its bound, 256 columns (256 and 257
#     and a cell after it: a row of 257 cells) (src/import_mdhtml.c);
# (and tests/unit/test_md_pandoc_inline.c: pandoc's spans, strikeouts,
# subscripts and raw blocks at their bounds, and four bugs fixed there;
# test_docx_rels.c; test_vi.c's vi_put_upper_printed).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# check_at NAME FILE STATUS CODE LINE:COL TEXT: `khgen check FILE` ends
# with STATUS and reports CODE at LINE:COL with TEXT in its message
check_at() {
    "$khgen" check --color=never "$2" >"$work/out" 2>"$work/err"
    st=$?
    base=$(basename "$2")
    if [ $st -eq "$3" ] && grep -F -- "$base:$5: " "$work/err" | grep -F -- "[$4]" | grep -qF -- "$6"; then
        ok "$1"
    else
        not_ok "$1: exit $st (want $3), want [$4] at $5 with '$6'; got: $(head -c 500 "$work/err")"
    fi
}
# no_code NAME FILE CODE: `khgen check FILE` ends 0 without CODE
no_code() {
    "$khgen" check --color=never "$2" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -eq 0 ] && ! grep -qF "[$3]" "$work/err"; then
        ok "$1"
    else
        not_ok "$1: exit $st, got: $(head -c 500 "$work/err")"
    fi
}

# ---- check_commas.c: KH175 at its bounds ----------------------------------------
R='recipients: [UBND tỉnh, Các xã, "Lưu: VT"]'
edited c1 "$R" 'recipients: [Các ban, ngành]'
check_at "C1 a list of two recipients, the second a piece of the first: KH175" \
    "$work/p/c1.yaml" 0 KH175 64:23 "'\"Các ban, ngành\"'"
edited c2 "$R" 'recipients: ["Các ban", ngành, Các xã]'
no_code "C2 a small letter after a quoted recipient is no piece of it" "$work/p/c2.yaml" KH175
edited c3 "$R" 'recipients: [UBND tỉnh, "Các ban",
  ngành, Các xã]'
no_code "C3 a small letter after a quoted recipient on the line above" "$work/p/c3.yaml" KH175

edited c4 "$R" 'recipients: [UBND tỉnh, Các ban, ngành,
  đoàn thể xã, Các xã]'
check_at "C4 the run of pieces ends at its line: a piece on the next line starts none of it" \
    "$work/p/c4.yaml" 0 KH175 64:34 "prints 2 lines, 'Các ban, ngành' cut"

# ---- docx_pagehead.c: a plan's header in a page header --------------------------------
mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/mut26_docx.py" "$work/dx" ||
    not_ok "setup: mut26_docx.py could not write the documents"
# yaml_has NAME LINE...: the imported $work/dx/NAME.yaml holds each LINE
yaml_has() {
    name=$1
    shift
    for l in "$@"; do
        grep -qxF -- "$l" "$work/dx/$name.yaml" 2>/dev/null || return 1
    done
}
if imported ph_none && yaml_has ph_none '  title: Thực hiện nhiệm vụ năm {year}' &&
    grep -q 'Làm đường giao thông' "$work/dx/ph_none.yaml"; then
    ok "P1 a body without the national name whose section names no page header: read"
else
    not_ok "P1 no page header: $(head -c 300 "$work/dx/ph_none.err")"
fi
# (a page header import does not read is named in a '# review:' comment
# only, KH759)
if imported ph_order && yaml_has ph_order '    - HUYỆN YÊN THẾ' '  date: 2024-01-10' &&
    ! grep -v '^ *#' "$work/dx/ph_order.yaml" | grep -q 'dự thảo'; then
    ok "P2 a first page's own page header read, its 'default' one listed before it"
else
    not_ok "P2 the first page's header: $(grep -A9 '^header:' "$work/dx/ph_order.yaml" 2>/dev/null | tr '\n' '|')"
fi
# (its number is left to a review comment, KH761: a "Số:" line read only
# when its word is upright, the body's header too)
if imported ph_so && yaml_has ph_so '    - HUYỆN YÊN THẾ'; then
    ok "P3 a page header of the issuer and a 'Số:' line whose word is in italics, no national name: read"
else
    not_ok "P3 a 'Số:' page header: $(grep -A9 '^header:' "$work/dx/ph_so.yaml" 2>/dev/null | tr '\n' '|')"
fi
if imported ph_xa && yaml_has ph_xa '    - HUYỆN YÊN THẾ' &&
    ! grep -v '^ *#' "$work/dx/ph_xa.yaml" | grep -q 'TÂN LẬP'; then
    ok "P4 a page header of another issuer beside the body's own header: not read"
else
    not_ok "P4 two headers: $(grep 'YÊN THẾ\|TÂN LẬP' "$work/dx/ph_xa.yaml" 2>/dev/null | tr '\n' '|')"
fi

# ---- attach_idcells.c: KH632 at the bounds of an id ----------------------------------
# a unit whose id holds a 'z' and a '9' (the last letter and digit) in a
# body table with no task or lead column, under a group row: KH632,
# without the hint of a table of tasks ("items:")
edited i1 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' \
    '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: z9, name: Tổ công tác số 9}' \
    '
closing: ' '      - table: Danh sách tổ
        columns:
          - {key: stt, type: stt, header: TT}
          - {key: ten, header: Tên tổ}
        rows:
          - {heading: Các tổ}
          - {ten: z9}

closing: '
check_at "I1 a unit's id 'z9' in a written cell: KH632" "$work/p/i1.yaml" 0 KH632 69:19 \
    "the id of unit 'Tổ công tác số 9': a written row prints its cells as written; write '{unit z9}' for its name"
if grep -F '[KH632]' "$work/err" | grep -qF "items:"; then
    not_ok "I1 a table with no task or lead column is no table of tasks: $(grep -F '[KH632]' "$work/err")"
else
    ok "I1 a table with no task or lead column is no table of tasks: no 'items:' hint"
fi

# an attachment's written rows (not the body's): KH632 too, and no
# "items:" hint even under a 'lead' column (an attachment has no items)
cp "$work/p/ex.yaml" "$work/p/i3.yaml"
cat >>"$work/p/i3.yaml" <<'EOF'
  - id: bieu02
    label: Biểu 02
    title: Đơn vị chủ trì
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: lead, header: Đơn vị}
    rows:
      - {lead: vpdp}
EOF
check_at "I3 a unit's id in an attachment's written row: KH632" "$work/p/i3.yaml" 0 KH632 82:16 \
    "write '{unit vpdp}' for its name"
if grep -F '[KH632]' "$work/err" | grep -qF "items:"; then
    not_ok "I3 an attachment is no table of tasks: $(grep -F '[KH632]' "$work/err")"
else
    ok "I3 an attachment's 'lead' column: no 'items:' hint"
fi

# ---- attach_heading.c: a heading row at a table's end (KH631) ------------------------
cp "$work/p/ex.yaml" "$work/p/h1.yaml"
cat >>"$work/p/h1.yaml" <<'EOF'
  - id: bieu02
    label: Biểu 02
    title: Các nhóm
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: ten, header: Tên}
    rows:
      - {heading: Nhóm một}
      - {ten: Tổ 1}
      - {heading: Nhóm cuối}
EOF
check_at "A1 a heading row last in its table: KH631, no rows under it" "$work/p/h1.yaml" 0 KH631 \
    84:19 "the heading row 'Nhóm cuối' has no rows under it"

# ---- import_tables.c: a table of tasks' cells ---------------------------------------
# a task's title holding doubled characters ("2200") read as written, a
# lead cell ending with a dot and a support cell with a semicolon read as
# the units' names without them
mkdir -p "$work/md"
cat >"$work/md/tasks.md" <<'EOF'
ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Yên Thế, ngày 10 tháng 01 năm 2024

**KẾ HOẠCH**

**Thực hiện nhiệm vụ năm 2024**

**I. MỤC TIÊU**

1. Nâng cao đời sống.

**II. NHIỆM VỤ**

| TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |
|----|----------|---------|----------|-----------|
| 1 | Rà soát 2200 hồ sơ | Văn phòng UBND. | Phòng Tư pháp; | Tháng 3/2024 |
| 2 | Kiểm tra | Phòng Tư pháp | | Tháng 4/2024 |
EOF
"$khgen" import -o "$work/md/tasks.yaml" --force "$work/md/tasks.md" >/dev/null 2>"$work/md/tasks.err"
st=$?
if [ $st -eq 0 ] && grep -qxF '          - task: Rà soát 2200 hồ sơ' "$work/md/tasks.yaml" &&
    grep -qxF '  - {id: van-phong-ubnd, name: Văn phòng UBND}' "$work/md/tasks.yaml" &&
    grep -qxF '  - {id: phong-tu-phap, name: Phòng Tư pháp}' "$work/md/tasks.yaml"; then
    ok "T1 a table of tasks: '2200' in a title as written, a unit's cell read without its '.' or ';'"
else
    not_ok "T1 a table of tasks: exit $st, $(grep -n 'task:\|name:' "$work/md/tasks.yaml" 2>/dev/null | tr '\n' '|')"
fi

# ---- docx_part.c: a main part outside word/ -----------------------------------------
for name in ct_xlsx ct_other; do
    "$khgen" import -o "$work/dx/$name.yaml" --force "$work/dx/$name.docx" >/dev/null 2>"$work/dx/$name.err"
    st=$?
    if [ $st -ne 0 ] && grep -qF '[KH756]' "$work/dx/$name.err" && ! [ -e "$work/dx/$name.yaml" ]; then
        ok "X $name: a main part outside word/ without a Word document's Override is no Word document (KH756)"
    else
        not_ok "X $name: exit $st, $(head -c 300 "$work/dx/$name.err")"
    fi
done

if imported first_entry && has first_entry 'Nâng cao đời sống người dân.'; then
    ok "X first_entry: word/document2.xml, the zip's first entry, with no Override: read"
else
    not_ok "X first_entry: $(head -c 300 "$work/dx/first_entry.err")"
fi

# ---- import_mdhtml.c: a colspan at its bound ---------------------------------------
# README: an HTML table's colspan covers at most 256 columns: a cell of
# colspan 257 and one more make a row of 257 cells (KH758 counts them)
mkdir -p "$work/md"
for n in 256 257; do
    cat >"$work/md/cs$n.md" <<EOF
ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Yên Thế, ngày 10 tháng 01 năm 2024

**KẾ HOẠCH**

**Thực hiện nhiệm vụ năm 2024**

**I. MỤC TIÊU**

1. Nâng cao đời sống.

<table><tr><td colspan="$n">a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>

**II. NHIỆM VỤ**

1. Làm đường.
EOF
    "$khgen" import -o "$work/md/cs$n.yaml" --force "$work/md/cs$n.md" >/dev/null 2>"$work/md/cs$n.err"
    st=$?
    if [ $st -eq 0 ] && grep -F '[KH758]' "$work/md/cs$n.err" | grep -qF 'a row of 257 cells'; then
        ok "H colspan=$n and a cell: a row of 257 cells (a colspan covers at most 256 columns)"
    else
        not_ok "H colspan=$n: exit $st, $(grep -F '[KH758]' "$work/md/cs$n.err" | head -c 300)"
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
