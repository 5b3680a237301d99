#!/bin/sh
# tests/hardening/docx15.sh KHGEN WORKDIR - what session 15 made `khgen
# import` read of Word documents as Word shows them (issue 8; the
# fourteenth attack's F4 and L3):
#   - an embedded document (w:altChunk: a .docx package, a WordprocessingML
#     main part, HTML, plain text) read where it stands, one level deep; RTF,
#     a web archive (MHT), one inside another, a missing relationship, part
#     or an external file a '# review:' comment saying why, and KH759; a part
#     over import's limits, or embedded documents that together unpack to
#     more than one part may (a zip bomb), refused with KH755;
#   - legal numbering (w:isLgl: "1.1." under "I.") and w:lvlRestart (0:
#     never; N: after an item of level N or above), as ECMA-376 Part 1,
#     17.9.4 and 17.9.11 say and Word numbers (LibreOffice ignores both).
#
# The documents are written by docx15_docx.py (python-docx for the
# embedded packages, zipfile for the rest, attack14_docx.py's plan around
# them). Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/docx15_docx.py" "$work/dx" ||
    not_ok "setup: docx15_docx.py could not write the documents"

. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

# ---- an embedded document read where it stands ----------------------------------
# Each stands between "Hoàn thành." and "Làm đường."; import wrote a note
# and KH759 instead of its text (session 14), or dropped it (before).
read_case() { # NAME WHAT LINE...
    name=$1 what=$2
    shift 2
    if imported "$name" && has "$name" 'Hoàn thành.' "$@" 'Làm đường.' &&
        ! grep -q "KH759" "$work/dx/$name.err"; then
        ok "an embedded $what is read where it stands"
    else
        not_ok "$name: $(grep -F -A3 'Hoàn thành.' "$work/dx/$name.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/$name.err")"
    fi
}
read_case pkg ".docx package (python-docx, its own list)" 'ĐOẠN TỪ VĂN BẢN NHÚNG.' \
    '1\. Mục nhúng một' '2\. Mục nhúng hai'
read_case pkgnotype ".docx package with no content type" 'ĐOẠN KHÔNG KIỂU.'
read_case xmlpart "WordprocessingML main part" 'ĐOẠN XML NHÚNG.'
read_case html "HTML document (emphasis, a line break, a list, a table; no title or style)" \
    'Tiêu đề nhúng' 'Đoạn **đậm** trong HTML.' 'Dòng trên dòng dưới' '**Cả đoạn đậm.**' 'a. Việc một' \
    'b. Việc hai' '| STT | Nội dung | Đơn vị |' '|:---:|---|---|' '| 1 | Làm \| đường | Xã A |'
read_case text "plain text (a line a paragraph, its stars kept)" 'Dòng một của văn bản.' \
    'Dòng hai \*sao\*.'

# ---- what is not read: a note saying why, and KH759 -------------------------------
note_case() { # NAME WHY
    if imported "$1" && has "$1" 'Hoàn thành.' 'Làm đường.' &&
        grep -q "warning\[KH759\].*1 embedded document (w:altChunk) that import does not read" \
            "$work/dx/$1.err" &&
        grep -qF "# review: an embedded document (w:altChunk) that Word shows here: $2" \
            "$work/dx/$1.yaml"; then
        ok "an embedded document not read ($1) is a note saying why: $2"
    else
        not_ok "$1: $(grep -F 'review: an embedded' "$work/dx/$1.yaml" 2>/dev/null) $(head -c 300 "$work/dx/$1.err")"
    fi
}
note_case rtf "an RTF document (application/rtf), which import does not read"
note_case mht "a web archive (MHT, message/rfc822), which import does not read"
note_case norel "its r:id rIdNone is not in word/_rels/document.xml.rels"
note_case nopart "its part word/missing.docx is not in the .docx"
note_case external "it is the file x.docx outside the document (TargetMode External)"
note_case deep "HTML nested deeper than 256 elements, which import does not read"
# (an embedded document in a data table's cell: read into the cell since
# session 16, tests/hardening/docx16.sh)

# one level deep: the embedded package is read, its own w:altChunk a note
if imported nested && has nested 'Hoàn thành.' 'ĐOẠN NGOÀI.' 'Làm đường.' &&
    grep -qF "embedded document inside an embedded document, which import does not read" \
        "$work/dx/nested.yaml" &&
    grep -q "nested.docx (word/chunk.docx)': warning\[KH759\]\|nested.docx (word/chunk.docx): warning\[KH759\]" \
        "$work/dx/nested.err"; then
    ok "an embedded document inside an embedded one is a note (one level deep)"
else
    not_ok "nested: $(grep -F -A2 'Hoàn thành.' "$work/dx/nested.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/nested.err")"
fi

# ---- zip bombs: refused, nothing written -------------------------------------------
bomb_case() { # NAME WHAT PATTERN
    rm -f "$work/dx/$1.yaml"
    "$khgen" import -o "$work/dx/$1.yaml" "$work/dx/$1.docx" >/dev/null 2>"$work/dx/$1.err"
    status=$?
    if [ "$status" -eq 3 ] && grep -q "error\[KH755\].*$3" "$work/dx/$1.err" &&
        [ ! -e "$work/dx/$1.yaml" ]; then
        ok "$2 is refused (KH755)"
    else
        not_ok "$1: status $status: $(head -c 300 "$work/dx/$1.err")"
    fi
}
bomb_case bomb1 "an embedded part over 32 MiB" "the part word/chunk.htm would unpack to"
bomb_case bomb2 "ten references to one package of 4 MiB (40 MiB)" \
    "embedded documents (w:altChunk) would unpack to more than the 32 MiB"

# ---- legal numbering and w:lvlRestart (L3) ---------------------------------------
# Word: "1.1." under "I." for a level with w:isLgl; LibreOffice (and import
# before) "I.1."
if imported islgl && has islgl '**I. MỤC TIÊU**' '**1.1. Cấp xã**' 'Hoàn thành.' &&
    has islgl '**II. NHIỆM VỤ**' '**2.1. Cấp thôn**'; then
    ok "L3: a level with w:isLgl shows every number in Arabic digits (1.1. under I.)"
else
    not_ok "L3: islgl: $(grep -F 'Cấp' "$work/dx/islgl.md" 2>/dev/null | tr '\n' '/') $(head -c 200 "$work/dx/islgl.err")"
fi
# level 3 with lvlRestart 0 never restarts (a, b, c across clauses and
# sections); level 4 with lvlRestart 1 restarts after a level 1 item only
if imported restart && has restart '**1. Cấp xã**' 'a) Điểm A' '(1) Ý một' '**2. Cấp huyện**' \
    'b) Điểm B' '(2) Ý hai' '**II. NHIỆM VỤ**' '**1. Cấp thôn**' 'c) Điểm C' '(1) Ý ba'; then
    ok "L3: w:lvlRestart 0 never restarts a level, N restarts it after a level N item only"
else
    not_ok "L3: restart: $(grep -F -e 'Điểm' -e 'Ý ' "$work/dx/restart.md" 2>/dev/null | tr '\n' '/') $(head -c 200 "$work/dx/restart.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
