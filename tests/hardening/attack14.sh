#!/bin/sh
# tests/hardening/attack14.sh KHGEN WORKDIR - what the fourteenth black-box
# attack found (issue 8; /tmp/s14attack/findings.md in its session): Word
# documents `khgen import` read otherwise than Word and LibreOffice show
# them - a table's STT column numbered by a list read empty, a list made
# with a list style (w:numStyleLink) read without its numbers, a row that
# starts past the first column (w:gridBefore) read shifted left, an embedded
# document (w:altChunk) left out without a word (now read); a value that begins with a
# character YAML reads as its own ('{' of a reference, '**', a quote, '[')
# told to check its indentation; a reference in an attachment's label or the
# header's number printing its braces without a warning.
#
# Each document is written from scratch (attack14_docx.py: a header, "KẾ
# HOẠCH", a body numbered through numbering.xml, the closing and the
# signature); what each case expects is LibreOffice's reading of it
# (soffice --convert-to txt / html), as Word shows it.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/attack14_docx.py" "$work/dx" ||
    not_ok "setup: attack14_docx.py could not write the documents"

# imported NAME: $work/dx/NAME.docx imported and built as Markdown, into
# $work/dx/NAME.md (the import's diagnostics in $work/dx/NAME.err)
imported() {
    rm -f "$work/dx/$1.md"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/dx/$1.docx" 2>"$work/dx/$1.err" &&
        "$khgen" build -f md -o "$work/dx" "$work/dx/$1.yaml" >/dev/null 2>>"$work/dx/$1.err"
}

# has NAME TEXT...: the built Markdown of NAME holds each TEXT as a line
has() {
    name=$1
    shift
    for want; do
        grep -qxF -- "$want" "$work/dx/$name.md" 2>/dev/null || return 1
    done
}

# ---- F1: a table's STT column numbered by a list ------------------------------
# The cells of the STT column hold no text: their numbers are list labels
# (Word's Numbering inside the column). Import read them empty, exit 0.
imported tblnum
if has tblnum '| 1 | Việc 1 | Xã 1 | 10 |' '| 4 | Việc 4 | Xã 4 | 40 |'; then
    ok "F1: a table's STT column numbered by a list keeps its numbers"
else
    not_ok "F1: tblnum: $(grep -F 'Việc' "$work/dx/tblnum.md" 2>/dev/null | head -2) $(head -c 200 "$work/dx/tblnum.err")"
fi
# a list whose items are in a table's cells goes on after the table as
# Word numbers it: a), b) and c) in the cells, d) after
imported tblsame
if has tblsame '| x | b) Việc 1 | Xã 1 | 10 |' 'd) Điểm sau bảng'; then
    ok "F1: list items in a table's cells count in their list"
else
    not_ok "F1: tblsame: $(grep -F 'Điểm sau' "$work/dx/tblsame.md" 2>/dev/null) $(head -c 200 "$work/dx/tblsame.err")"
fi

# ---- F2: a list made with a list style ------------------------------------------
# Its w:abstractNum holds only w:numStyleLink; the levels are in the one
# whose w:styleLink names the style. Every label was lost: the sections
# imported as label "" headings, the clauses as bold paragraphs.
imported stylelink
if has stylelink '**I. MỤC TIÊU**' '**1. Cấp xã**' '**II. NHIỆM VỤ**' '**1. Cấp thôn**'; then
    ok "F2: a list made with a list style (numStyleLink) keeps its numbers"
else
    not_ok "F2: stylelink: $(grep -F 'MỤC TIÊU' "$work/dx/stylelink.md" 2>/dev/null) $(head -c 200 "$work/dx/stylelink.err")"
fi

# ---- F3: a row that starts past the first column ----------------------------------
# w:gridBefore: Word shows the row's cells under columns 2-4, the first
# empty; import wrote them from the first column: "Việc 2" under STT and
# the number 20 under "Đơn vị".
imported gridbefore
if has gridbefore '|  | Việc 2 | Xã 2 | 20 |' '| 3 | Việc 3 | Xã 3 |  |' '| 4 | Việc 4 gộp ngang |  | 40 |'; then
    ok "F3: a row with w:gridBefore keeps its cells under their columns"
else
    not_ok "F3: gridbefore: $(grep -F 'Việc 2' "$work/dx/gridbefore.md" 2>/dev/null) $(head -c 200 "$work/dx/gridbefore.err")"
fi

# ---- F4: an embedded document (w:altChunk) ---------------------------------------
# Word and LibreOffice show its text where it stands; import left it out
# without a word. Session 14 marked its place with a '# review:' comment and
# KH759; session 15 reads it (tests/hardening/docx15.sh: every kind).
imported altchunk
if has altchunk 'Hoàn thành.' 'ĐOẠN TỪ VĂN BẢN NHÚNG.' 'Làm đường.' &&
    ! grep -q "KH759" "$work/dx/altchunk.err"; then
    ok "F4: an embedded document (w:altChunk) is read where it stands"
else
    not_ok "F4: altchunk: $(grep -F 'NHÚNG' "$work/dx/altchunk.md" 2>/dev/null) $(head -c 300 "$work/dx/altchunk.err")"
fi

# ---- F5: a value that begins with a character YAML reads as its own -----------
# A text that begins with a reference ('{'), emphasis ('**'), a quoted name or
# a bracket got libyaml's words and, for most, "check that this line is
# indented like the keys above it": the indentation was right, the fix is
# quotes. (tests/diag/value-starts-*.yaml hold the whole messages.)
mkdir -p "$work/f5"
readme_example "$work/f5/ex.yaml"
f5() { # NAME NEW: the example's first bullet's text replaced by NEW
    /usr/bin/python3 - "$work/f5/ex.yaml" "$work/f5/$1.yaml" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.'
if old not in s:
    sys.exit('not in the example: ' + old)
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, '- bullet: ' + sys.argv[3], 1))
PY
    "$khgen" check "$work/f5/$1.yaml" >"$work/f5/$1.out" 2>&1
    status=$?
    if [ "$status" -eq 1 ] && grep -q "KH005.*put the whole value in" "$work/f5/$1.out" &&
        ! grep -q "indented like" "$work/f5/$1.out"; then
        ok "F5: a value that begins with $1 gets the hint to quote it"
    else
        not_ok "F5: $1: status $status: $(head -c 300 "$work/f5/$1.out")"
    fi
}
f5 reference '{loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.'
f5 emphasis '**Lưu ý:** hoàn thành trước tháng 6.'
f5 quote '"Tháng hành động" được tổ chức tại các xã.'
f5 bracket '[Dự thảo] nội dung chờ ý kiến.'
# a text that is a reference alone is a mapping to YAML: 'bullet' must be a
# string, not a mapping, said nothing of the quotes
/usr/bin/python3 - "$work/f5/ex.yaml" "$work/f5/alone.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.'
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, '- bullet: {loc dong-huu tan-hiep}', 1))
PY
"$khgen" check "$work/f5/alone.yaml" >"$work/f5/alone.out" 2>&1
status=$?
if [ "$status" -eq 1 ] && grep -q "KH102.*is read as a mapping; put it in double quotes" "$work/f5/alone.out"; then
    ok "F5: a value that is a reference alone gets the hint to quote it"
else
    not_ok "F5: alone: status $status: $(head -c 300 "$work/f5/alone.out")"
fi

# ---- F6: a reference in an attachment's label or the header's number -------------
# Both are printed as written: "Biểu {year}" on the page, as the sheet's name
# and by {att bieu01}, "Số: {year}/KH-UBND", with no warning (a body node's
# label got KH210). (tests/diag/ref-in-att-label.yaml holds the messages.)
f6() { # NAME OLD NEW
    /usr/bin/python3 - "$work/f5/ex.yaml" "$work/f5/$1.yaml" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
if sys.argv[3] not in s:
    sys.exit('not in the example: ' + sys.argv[3])
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(sys.argv[3], sys.argv[4], 1))
PY
    "$khgen" check "$work/f5/$1.yaml" >"$work/f5/$1.out" 2>&1
    status=$?
    if [ "$status" -eq 0 ] && grep -q "warning\[KH210\]: '$1' is printed as written" "$work/f5/$1.out"; then
        ok "F6: a reference in the $1 printed as written is KH210"
    else
        not_ok "F6: $1: status $status: $(head -c 300 "$work/f5/$1.out")"
    fi
}
f6 label 'label: Biểu 01' 'label: "Biểu {year}"'
f6 number 'number: ""' 'number: "{year}"'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
