#!/bin/sh
# tests/hardening/docx17.sh KHGEN WORKDIR - the Word round trip (issue 8)
# as an official makes it, and what session 17 made `khgen import` and
# `khgen diff` read of it:
#   - khgen's own .docx of README's example edited as an official edits it
#     (docx17_docx.py --edit: a bullet added, a paragraph typed after a
#     task's text, a row added to the body's table and to the attachment's,
#     a cell changed, a task deleted, a heading renamed, words made bold, a
#     comment, Track Changes on, a numbered heading added), opened and saved
#     again by LibreOffice (soffice --convert-to docx: the XML a real client
#     writes), imported: `khgen diff` of the example and the import shows
#     each edit as what it is and nothing else, and the .docx built from
#     the import prints what LibreOffice printed (soffice --convert-to txt
#     of both, their non-empty lines);
#   - a section's table printed after a clause's tasks, which import reads
#     as the clause's (the print is the same): a row added to it was headed
#     "II.1.Bảng 1: sửa (trước là II.Bảng 1)", a move that did not happen
#     (s16attack L1); diff names a body part by where it prints;
#   - a paragraph typed after a task's text, or a task whose text has two
#     paragraphs: its "+ Đơn vị thực hiện" lines were read as "+" bullets,
#     the task losing its lead, support and deadline;
#   - a Word comment, lost without a word: a '# review:' comment with its
#     author, and KH759;
#   - list levels past ECMA-376's 0-8 (w:ilvl 9 and above), read with no
#     label: numbered as LibreOffice 7.4 numbers them (soffice --convert-to
#     txt), with a review note;
#   - the Symbol font chosen by a paragraph or a character style (not a
#     run's own w:rFonts): "a" is "α" there, as LibreOffice draws it
#     (soffice --convert-to pdf, the page looked at).
# The LibreOffice cases need soffice; without it they print "skip - ...",
# counted neither way. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

py=$(dirname "$0")/docx17_docx.py
mkdir -p "$work/dx" "$work/rt"
/usr/bin/python3 "$py" "$work/dx" || not_ok "setup: docx17_docx.py could not write the documents"
readme_base
"$khgen" build -f docx -o "$work/rt" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: README's example does not build a .docx"

# edited_docx WHAT [DIR]: the example's .docx with WHAT edited
# (docx17_docx.py --edit), as $work/rt/WHAT.docx or DIR/WHAT.docx
edited_docx() {
    /usr/bin/python3 "$py" --edit "$work/rt/ex.docx" "${2:-$work/rt}/$1.docx" "$1"
}

# diff_of OLD.yaml NEW.yaml: `khgen diff` of them without its two file
# lines, into $work/diff; its status in $status
diff_of() {
    "$khgen" diff --no-color "$1" "$2" >"$work/diff.full" 2>&1
    status=$?
    tail -n +3 "$work/diff.full" >"$work/diff"
}

# ---- the table of a section after a clause's tasks (s16attack L1) -------------------
edited_docx bodyrow
"$khgen" import -o "$work/rt/bodyrow.yaml" --force "$work/rt/bodyrow.docx" 2>/dev/null
diff_of "$work/p/ex.yaml" "$work/rt/bodyrow.yaml"
if [ "$status" -eq 1 ] && [ "$(head -n 1 "$work/diff")" = "@@ II.1. Bảng 1: sửa @@" ] &&
    grep -qF '{+ / 2 Tổng hợp báo cáo | Phòng Tài chính - Kế hoạch | Tháng 9/2024+}' "$work/diff" &&
    [ "$(grep -c '^@@' "$work/diff")" -eq 1 ]; then
    ok "L1: a row added in Word to a section's table after a clause: one change, no move"
else
    not_ok "L1: status $status: $(head -c 400 "$work/diff" | tr '\n' /)"
fi

# ---- an STT cell written otherwise than counted ------------------------------------------
# The import writes the attachment's rows out; a row whose STT cell says
# "2" (its place) prints as before, one saying "5" or "Tổng" prints that:
# diff said "the same" of a printed "Tổng cộng" made "Cộng" (found in the
# LibreOffice round trip of plans/krong-no-2022.yaml). A renumbering is no
# change (cycle14.sh 7: a row deleted in Word, the STT not renumbered).
stt_row() { # NAME STT: bodyrow.yaml with Xã Tân Hiệp's row given that STT cell
    /usr/bin/python3 - "$work/rt/bodyrow.yaml" "$work/rt/$1.yaml" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
# the Biểu is read back as its preset (s46imp); written out here as the
# import wrote it before, the row's STT cell given: no "Thuộc" column, no
# locality of the plan has a parent (s43fix F6); int, year: tables18
old = '    preset: locality-targets\n'
new = """    columns:
      - {key: c1, header: "STT", type: stt}
      - {key: c2, header: "Tên xã"}
      - {key: c3, header: "Số tiêu chí đã đạt", group: "Hiện trạng", type: int}
      - {key: c4, header: "Mức đã đạt chuẩn", group: "Hiện trạng"}
      - {key: c5, header: "Mức phấn đấu đạt chuẩn", group: "Mục tiêu"}
      - {key: c6, header: "Năm đạt chuẩn", group: "Mục tiêu", type: year}
      - {key: c7, header: "Ghi chú"}
    rows:
      - {heading: "Cấp xã"}
      - ["Xã Đồng Hưu", 17, "", "nông thôn mới", 2024, ""]
      - {c1: "%s", c2: "Xã Tân Hiệp", c3: 16, c4: "", c5: "nông thôn mới", c6: 2024, c7: ""}
      - ["Xã Đồng Lạc", "", "nông thôn mới", "nông thôn mới nâng cao", 2024, ""]
""" % sys.argv[3]
if old not in s:
    sys.exit('stt_row: no Biểu 01 read as its preset')
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, new, 1))
PY
}
stt_row stt2 2 && stt_row stt5 5 && stt_row sttsum "Tổng"
diff_of "$work/rt/bodyrow.yaml" "$work/rt/stt2.yaml"
s2=$status
diff_of "$work/rt/stt2.yaml" "$work/rt/stt5.yaml"
s5=$status
cp "$work/diff" "$work/diff5"
diff_of "$work/rt/stt5.yaml" "$work/rt/sttsum.yaml"
if [ "$s2" -eq 0 ] && [ "$s5" -eq 1 ] && [ "$status" -eq 1 ] &&
    grep -qxF '[-2-]{+5+} Xã Tân Hiệp | 16 | | nông thôn mới | 2024 |' "$work/diff5" &&
    grep -qxF '[-5-]{+Tổng+} Xã Tân Hiệp | 16 | | nông thôn mới | 2024 |' "$work/diff"; then
    ok "an attachment row's STT written otherwise than counted: diff shows it"
else
    not_ok "stt: status $s2 $s5 $status: $(head -c 300 "$work/diff5" | tr '\n' /) $(head -c 300 "$work/diff" | tr '\n' /)"
fi

# ---- a task's text of two paragraphs ---------------------------------------------------
edited "tp" 'text: Tham mưu phân bổ nguồn vốn năm {year}.' \
    'text: "Tham mưu phân bổ nguồn vốn năm {year}.\n\nƯu tiên các xã đăng ký đạt chuẩn năm {year}."'
"$khgen" build -f docx -o "$work/rt" "$work/p/tp.yaml" >/dev/null 2>&1
"$khgen" import -o "$work/rt/tp.yaml" --force "$work/rt/tp.docx" 2>/dev/null
diff_of "$work/p/tp.yaml" "$work/rt/tp.yaml"
if [ "$status" -eq 0 ] && grep -q '^ *lead: phong-tai-chinh-ke-hoach' "$work/rt/tp.yaml" &&
    grep -q '^ *due: 2024-Q1' "$work/rt/tp.yaml"; then
    ok "a task whose text has two paragraphs: read back with its lines, the same document"
else
    not_ok "tp: status $status: $(head -c 400 "$work/diff" | tr '\n' /)"
fi

# ---- a comment ---------------------------------------------------------------------------
edited_docx comment "$work/dx"
if imported comment &&
    grep -qF '# review: comment 1 by Chuyên viên after "...g Hưu, Tân Hiệp đạt chuẩn nông thôn mới.": Xem lại tên xã.' \
        "$work/dx/comment.yaml" &&
    grep -q "warning\[KH759\]: .* has 1 comment " "$work/dx/comment.err"; then
    ok "a Word comment: a review comment with its author beside its paragraph, and KH759"
else
    not_ok "comment: $(grep -F 'review: comment' "$work/dx/comment.yaml" 2>/dev/null) $(head -c 300 "$work/dx/comment.err" | tr '\n' /)"
fi

# ---- list levels past 8 ------------------------------------------------------------------
if imported lvl9 && has lvl9 '**1. Cấp xã**' '1\. Ý A' '2\. Ý B' '3\. Ý C' '1\. Ý D' '2\. Ý E' \
    '4\. Ý F' '1\. Ý G' 'i. Việc A' '2\. Việc B' '1\. Việc C' 'b. Việc D' 'X10. Mục A' \
    'X10. Mục B' 'Làm đường.' &&
    grep -qF '# review: a list number that LibreOffice prints, which Word may not: "3.": level 200 (w:ilvl) of list 5 (w:numId) is past the levels 0-8 of ECMA-376; LibreOffice shows it as level 0' \
        "$work/dx/lvl9.yaml" &&
    grep -q "warning\[KH759\].*9 list items of a level .*past the levels 0-8" "$work/dx/lvl9.err"; then
    ok "w:ilvl 9 and above: numbered as LibreOffice numbers them, with a review note"
else
    not_ok "lvl9: $(grep -e 'Ý' -e 'Việc' -e 'Mục' "$work/dx/lvl9.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/lvl9.err")"
fi

# ---- the Symbol font of a style ------------------------------------------------------------
if imported symstyle && has symstyle '**1. Cấp xã**' 'Tỷ lệ ≥ 90%.' 'αβγ' 'αβ' 'Χηữ thường' \
    'Μặχ định' 'Χηủ đề' 'Làm đường.'; then
    ok "the Symbol font of a paragraph or character style: its Greek letters and signs"
else
    not_ok "symstyle: $(sed -n '/Cấp xã/,/Làm/p' "$work/dx/symstyle.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/symstyle.err")"
fi

# ---- the round trip through LibreOffice -------------------------------------------------
edits="para taskpara bodyrow attrow cell deltask heading bold comment tracked newclause"
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
    for e in $edits; do echo "skip - LibreOffice round trip, $e: no soffice"; done
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
fi
mkdir -p "$work/ed" "$work/lo" "$work/rb" "$work/txt-lo" "$work/txt-rb"
for e in $edits; do
    edited_docx "$e" "$work/ed" || not_ok "setup: the edit $e"
done
# the official's LibreOffice: its own profile, saving each as Word 2007-365
lo() { # FORMAT OUTDIR FILE...
    _fmt=$1 _out=$2
    shift 2
    HOME=$work/home "$soffice" --headless -env:UserInstallation="file://$work/lo-profile" \
        --convert-to "$_fmt" --outdir "$_out" "$@" >/dev/null 2>&1
}
lo 'docx:MS Word 2007 XML' "$work/lo" "$work"/ed/*.docx
for e in $edits; do
    "$khgen" import -o "$work/lo/$e.yaml" --force "$work/lo/$e.docx" 2>"$work/lo/$e.err" &&
        "$khgen" build -f docx -o "$work/rb" "$work/lo/$e.yaml" >/dev/null 2>>"$work/lo/$e.err"
done
lo 'txt:Text (encoded):UTF8' "$work/txt-lo" "$work"/lo/*.docx
lo 'txt:Text (encoded):UTF8' "$work/txt-rb" "$work"/rb/*.docx

# (since s45cycle F13 the "@@" lines name a body part by its headings'
# printed numbers and its first words, "I.1. “Cấp xã, thị trấn”", where
# they gave its path, "I.1")
# round EDIT WHAT: the diff of the example and the import of LibreOffice's
# EDIT.docx is exactly the lines on stdin, and the import's .docx prints
# LibreOffice's lines (non-empty; the BOM aside)
round() {
    cat >"$work/want"
    diff_of "$work/p/ex.yaml" "$work/lo/$1.yaml"
    _same_print=$(/usr/bin/python3 - "$work/txt-lo/$1.txt" "$work/txt-rb/$1.txt" <<'PY'
import sys
def lines(p):
    try:
        return [l.strip() for l in open(p, encoding='utf-8-sig').read().split('\n') if l.strip()]
    except OSError:
        return None
a, b = lines(sys.argv[1]), lines(sys.argv[2])
if a is None or b is None:
    print('no text export')
elif a != b:
    import difflib
    print(' | '.join(difflib.unified_diff(a, b, lineterm='', n=0)).replace('\n', ' ')[:400])
PY
)
    if [ "$status" -eq 1 ] && cmp -s "$work/want" "$work/diff" && [ -z "$_same_print" ]; then
        ok "LibreOffice round trip, $2: the diff shows it, the import prints as LibreOffice did"
    else
        not_ok "LibreOffice round trip, $1: status $status: $(head -c 500 "$work/diff" | tr '\n' /) $_same_print $(head -c 200 "$work/lo/$1.err")"
    fi
}
round para "a bullet added" <<'EOF'
@@ I.1. “Hoàn thành xây dựng xã Tam Tiến đạt…”: thêm @@
{+Hoàn thành xây dựng xã Tam Tiến đạt chuẩn nông thôn mới kiểu mẫu.+}
EOF
round taskpara "a paragraph typed after a task's text, before its lines" <<'EOF'
@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2024.”: sửa @@
Tham mưu phân bổ nguồn vốn năm 2024.
{+Ưu tiên các xã đăng ký đạt chuẩn năm 2024.
+}+ Đơn vị thực hiện: Phòng Tài chính - Kế hoạch phối hợp với Văn phòng Điều phối nông thôn mới huyện
+ Thời gian thực hiện: quý I/2024
EOF
round bodyrow "a row added to the body's table" <<'EOF'
@@ II.1. Bảng 1: sửa @@
Bảng 1. Phân công rà soát / 1 Rà soát hồ sơ các xã | Văn phòng Điều phối nông thôn mới huyện | Tháng 6/2024{+ / 2 Tổng hợp báo cáo | Phòng Tài chính - Kế hoạch | Tháng 9/2024+}
Cột: TT | Nhiệm vụ | Chủ trì | Thời hạn
EOF
round attrow "a row added to the attachment's table" <<'EOF'
@@ Biểu 01, dòng "Xã Tam Tiến": thêm @@
{+Xã Tam Tiến | 15 | | nông thôn mới | 2024 | mới thêm+}
EOF
round cell "a cell changed" <<'EOF'
@@ II.1. Bảng 1: sửa @@
Bảng 1. Phân công rà soát / 1 Rà soát hồ sơ [-các-]{+3+} xã | Văn phòng Điều phối nông thôn mới huyện | Tháng 6/2024
Cột: TT | Nhiệm vụ | Chủ trì | Thời hạn
EOF
round deltask "a task deleted with its lines" <<'EOF'
@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2024.”: bỏ @@
[-Tham mưu phân bổ nguồn vốn năm 2024.
+ Đơn vị thực hiện: Phòng Tài chính - Kế hoạch phối hợp với Văn phòng Điều phối nông thôn mới huyện
+ Thời gian thực hiện: quý I/2024-]
EOF
round heading "a heading renamed" <<'EOF'
@@ I.1. “Cấp xã, thị trấn”: sửa @@
Cấp [-xã-]{+xã, thị trấn+}
EOF
round bold "words made bold" <<'EOF'
@@ I.1. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: sửa @@
Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn [-nông-]{+**nông+} thôn mới nâng [-cao.-]{+cao**.+}
EOF
round newclause "a numbered heading added with a bullet" <<'EOF'
@@ I.2. “Cấp huyện”: thêm @@
{+Cấp huyện+}
@@ I.2. “Huyện đạt chuẩn nông thôn mới.”: thêm @@
{+Huyện đạt chuẩn nông thôn mới.+}
EOF
# a comment prints nothing, but is the department's word: a review note,
# which diff shows as added (s19low: "the same document" hid it, s18docx L2)
diff_of "$work/p/ex.yaml" "$work/lo/comment.yaml"
if [ "$status" -eq 1 ] && grep -qF '# review: comment 1 by Chuyên viên' "$work/lo/comment.yaml" &&
    grep -qF '{+comment 1 by Chuyên viên after "...g Hưu, Tân Hiệp đạt chuẩn nông thôn mới.": Xem lại tên xã.+}' "$work/diff" &&
    [ "$(wc -l <"$work/diff")" -eq 2 ] && grep -q "KH759.*1 comment " "$work/lo/comment.err"; then
    ok "LibreOffice round trip, a comment: kept as a review note, which diff shows added"
else
    not_ok "LibreOffice round trip, comment: status $status: $(head -c 300 "$work/diff" | tr '\n' /) $(head -c 200 "$work/lo/comment.err")"
fi
# Track Changes: read as Word's simple markup shows it (README), the
# insertion and the deletion shown by the diff; LibreOffice's text export
# keeps the deleted words, the one line that differs
diff_of "$work/p/ex.yaml" "$work/lo/tracked.yaml"
cat >"$work/want" <<'EOF'
@@ I.1. “Hoàn thành xây dựng xã Đồng Hưu, Tân…”: sửa @@
Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp {+phấn đấu +}đạt chuẩn nông thôn mới.
@@ I.1. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: sửa @@
Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn [-mới nâng cao.-]{+mới.+}
EOF
if [ "$status" -eq 1 ] && cmp -s "$work/want" "$work/diff" &&
    [ "$(diff "$work/txt-lo/tracked.txt" "$work/txt-rb/tracked.txt" | grep -c '^[<>]')" -eq 2 ] &&
    grep -qx -- '- Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.' "$work/txt-lo/tracked.txt" &&
    grep -qx -- '- Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới.' "$work/txt-rb/tracked.txt"; then
    ok "LibreOffice round trip, Track Changes: the insertion and the deletion in the diff"
else
    not_ok "LibreOffice round trip, tracked: status $status: $(head -c 400 "$work/diff" | tr '\n' /)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
