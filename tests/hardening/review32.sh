#!/bin/sh
# tests/hardening/review32.sh KHGEN WORKDIR - what session 32's white-box
# review of session 31's new code found (issue 8). Each case fails with
# the tree from before its fix unless labelled a guard:
#  R1  (HIGH) a Word plan (python-docx, as pandoc writes binh-trung's):
#      "Công chức Chỉ huy trưởng quân sự xã phụ trách chỉ tiêu 19.1" over
#      "Trưởng Công an xã phụ trách chỉ tiêu 19.2", two paragraphs of 60
#      characters left without a full stop, were joined by the rule for a
#      .docx pasted a line a paragraph (src/docx_wrapped.c): one unit
#      "... 19.1 Trưởng Công an xã", indicator 19.1 lost, exit 0. A
#      paragraph beginning with a capital now joins only in a document
#      whose lines break before small letters all along (user31's U1 is
#      the guard of the pasted document).
#  R2  (HIGH) a typed .txt whose one paragraph was indented, ending in a
#      full stop, over a paragraph at the margin: one paragraph of the
#      two (import_text.c's indent_goes_on, the layout of `pdftotext
#      -layout`, applied to any text). Indents tell paragraphs only in a
#      text laid out so (foreign31's PDF text is the guard).
#  R3  (HIGH) `khgen diff` of two tables of rows "Hộ 2xxx tổ 2xxx"
#      (diff_match.c's match_year_rows, pairing rows whose year moved):
#      each row of the new table tried every row of the old, n²; timed
#      2,000 against 8,000 rows. Guard: thirty rows whose keys hold a
#      four-digit code and the plan's year, the year moved, still pair.
#  R4  (HIGH) a text of many "Biểu" pages whose tables do not line up
#      (txt_layout.c): each page copied the text from its start again,
#      n²; and each page's paragraph lists were sized to the rest of the
#      document (import_tables.c). Timed 4,000 against 16,000 pages.
#  R5  (MEDIUM) a Biểu's table in a PDF's text with its signer under it
#      ("NGƯỜI LẬP BIỂU", the name): both went into the last row's last
#      cell, exit 0, no note; now the table ends there and they are
#      KH762's review lines, as from a .docx.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
P=$work/p
mkdir -p "$P"
readme_base

# ---- R1: a Word plan's paragraphs left open stay paragraphs -----------------------------
$PY - "$work/r1.docx" <<'PY' || not_ok "setup: r1.docx"
import sys
import docx
from plan_header_docx import add_header_table
d = docx.Document()
add_header_table(d)
for s, bold in [('KẾ HOẠCH', True), ('Xây dựng xã nông thôn mới nâng cao năm 2024', True),
                ('UBND xã xây dựng Kế hoạch như sau:', False), ('I. PHÂN CÔNG NHIỆM VỤ', True),
                ('1. Quốc phòng và an ninh', True), ('+ Phụ trách tiêu chí:', False),
                ('Công chức Chỉ huy trưởng quân sự xã phụ trách chỉ tiêu 19.1', False),
                ('Trưởng Công an xã phụ trách chỉ tiêu 19.2', False), ('2. Chỉ tiêu', True),
                ('Tỷ lệ hộ nghèo giảm còn dưới 2% theo chuẩn nghèo đa chiều giai đoạn mới', False),
                ('Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên', False),
                ('Trên đây là Kế hoạch của UBND xã Bình Trung.', False),
                ('TM. ỦY BAN NHÂN DÂN', True), ('CHỦ TỊCH', True), ('Lê Văn Hùng', True)]:
    d.add_paragraph().add_run(s).bold = bold
d.save(sys.argv[1])
PY
imp r1
if [ "$st" -eq 0 ] && grep -q 'Công chức Chỉ huy trưởng quân sự xã phụ trách chỉ tiêu 19\.1"\?}\?$' "$work/r1.yaml" &&
    grep -q 'Trưởng Công an xã phụ trách chỉ tiêu 19\.2' "$work/r1.yaml" &&
    ! grep -q '19\.1 Trưởng Công an' "$work/r1.yaml"; then
    ok "R1 a Word plan's two paragraphs left without a full stop ('... chỉ tiêu 19.1' over 'Trưởng Công an xã ...') stay two"
else
    not_ok "R1 status $st; $(grep -n '19\.[12]' "$work/r1.yaml" | head -4 | tr '\n' '|' | head -c 600)"
fi
if grep -q '^ *- para: Tỷ lệ hộ nghèo giảm còn dưới 2% theo chuẩn nghèo đa chiều giai đoạn mới$' "$work/r1.yaml" &&
    grep -q '^ *- para: Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên$' "$work/r1.yaml"; then
    ok "R1 two targets without a full stop, each beginning with a capital, stay two paragraphs"
else
    not_ok "R1 targets: $(grep -n 'Tỷ lệ' "$work/r1.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- R2: an indented paragraph of a typed text takes no paragraph at the margin ---------
cat >"$work/r2.txt" <<'EOF'
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 5 tháng 3 năm 2025

KẾ HOẠCH
Phòng chống thiên tai năm 2025

UBND xã xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH

    Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân trên địa bàn xã.
Phối hợp với các thôn kiểm tra công trình trước mùa mưa bão.

Trên đây là Kế hoạch của UBND xã.
EOF
imp r2
if [ "$st" -eq 0 ] && grep -q '^ *- para: Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân trên địa bàn xã\.$' "$work/r2.yaml" &&
    grep -q '^ *- para: Phối hợp với các thôn kiểm tra công trình trước mùa mưa bão\.$' "$work/r2.yaml"; then
    ok "R2 a typed text's indented paragraph ending in a full stop over one at the margin: two paragraphs"
else
    not_ok "R2 status $st; $(sed -n '/^body:/,/^closing:/p' "$work/r2.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- R3: diff's pairing of rows whose year moved is linear ------------------------------
# two plans of README's example, the second a year later, with a Biểu of n
# rows whose keys have the same form ("Hộ 2xxx tổ 2xxx") and differ
# otherwise than by the year
rows_plans() { # N: $P/rN_a.yaml, $P/rN_b.yaml
    $PY - "$P/ex.yaml" "$P/r$1" "$1" <<'PY'
import sys
base, out, n = open(sys.argv[1], encoding='utf-8').read(), sys.argv[2], int(sys.argv[3])
def plan(off, year, path):
    s = base if year == 2024 else base.replace('2024', str(year))
    s = s.replace('{att bieu01}', '{att bieu01} và {att b2}', 1)
    s += ('  - id: b2\n    label: Biểu 02\n    title: T\n'
          '    columns: [{key: a, header: A}, {key: b, header: B}]\n    rows:\n')
    s += ''.join('      - [Hộ 2%03d tổ %d, x]\n' % (i % 1000, 2000 + off + i // 1000) for i in range(n))
    open(path, 'w', encoding='utf-8').write(s)
plan(0, 2024, out + '_a.yaml')
plan(500, 2025, out + '_b.yaml')
PY
}
for n in 2000 8000; do
    rows_plans $n || not_ok "setup: the plans of $n rows"
    timed_case "R3 diff of two tables of $n rows whose keys share a form, not a year" "$timed" diff "$P/r${n}_a.yaml" "$P/r${n}_b.yaml"
    # each row at its place, its "tổ" edited: one row edited (s38cycle M2:
    # removed and added until then), never a year moved
    if [ "$status" -ne 1 ] || [ "$(grep -c '^@@ Biểu 02, dòng "Hộ 2[0-9]* tổ 2[0-9]*": sửa (trước là' "$work/out")" -ne "$n" ] ||
        [ "$(grep -c 'tổ \[-2[0-9]*-\]{+2[0-9]*+}' "$work/out")" -ne "$n" ]; then
        not_ok "R3 diff of $n rows: status $status, $(grep -c ': sửa (trước là' "$work/out") rows edited"
    fi
done
# guard: thirty rows with a code and the plan's year, the year moved: paired
$PY - "$P/ex.yaml" "$P/g" <<'PY' || not_ok "setup: the guard's plans"
import sys
base, out = open(sys.argv[1], encoding='utf-8').read(), sys.argv[2]
for year in (2024, 2025):
    s = base if year == 2024 else base.replace('2024', str(year))
    s = s.replace('{att bieu01}', '{att bieu01} và {att b2}', 1)
    s += ('  - id: b2\n    label: Biểu 02\n    title: T\n'
          '    columns: [{key: a, header: A}, {key: b, header: B}]\n    rows:\n')
    s += ''.join('      - [Công trình mã %d hoàn thành năm %d, x]\n' % (1000 + i, year) for i in range(30))
    open('%s_%d.yaml' % (out, year), 'w', encoding='utf-8').write(s)
PY
"$khgen" diff "$P/g_2024.yaml" "$P/g_2025.yaml" >"$work/g.out" 2>"$work/err"
if ! grep -q ': bỏ @@\|: thêm @@' "$work/g.out" && grep -q 'chỉ đổi năm' "$work/g.out"; then
    ok "R3 guard: thirty rows holding a four-digit code and the plan's year, the year moved, are paired"
else
    not_ok "R3 guard: $(grep '@@' "$work/g.out" | head -4 | tr '\n' ' ' | head -c 600)"
fi

# ---- R4: many Biểu pages whose tables do not line up: linear ----------------------------
for n in 4000 16000; do
    $PY - "$work/r4-$n.txt" "$n" <<'PY'
import sys
out = ['KẾ HOẠCH', 'Thử nghiệm', '']
for i in range(int(sys.argv[2])):
    out += ['Biểu %d' % (i % 90 + 1), '  1     Xã A      5', '  2           Xã B       7     9    x', '']
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
    timed_case "R4 import of a text of $n Biểu pages whose tables do not line up" "$timed" import "$work/r4-$n.txt" -o -
done

# ---- R5: a Biểu's signer under its table in a PDF's text --------------------------------
{ head_page; cat; } >"$work/r5.txt" <<'EOF'
Biểu 01
                            DANH SÁCH THÔN
   STT     Tên thôn          Mục tiêu
    1      Thôn A            Đạt chuẩn
    2      Thôn B            Đạt chuẩn nâng cao
                                                  NGƯỜI LẬP BIỂU
                                                  Trần Văn B
EOF
imp r5
if [ "$st" -eq 0 ] && grep -q '^      - \["Thôn B", "Đạt chuẩn nâng cao"\]$' "$work/r5.yaml" &&
    grep -q '^# review: *NGƯỜI LẬP BIỂU \[KH762\]$' "$work/r5.yaml" &&
    grep -q 'warning\[KH762\]' "$work/r5.err"; then
    ok "R5 a Biểu's signer under its table in a PDF's text: the table ends, the signer is KH762's review line"
else
    not_ok "R5 status $st; $(grep -n 'Thôn B\|LẬP BIỂU' "$work/r5.yaml" | tr '\n' '|' | head -c 600)"
fi

echo "$pass passed, $fail failed"
