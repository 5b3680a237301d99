#!/bin/sh
# tests/hardening/docx18.sh KHGEN WORKDIR - the Word round trip (issue 8:
# never a silently wrong output) as session 18 took it further:
#   - `khgen diff` of a table in the body compares each row's STT as it
#     does an attachment's rows (one decision, diff_parts.c row_stt): one
#     written other than its count (Word's "5" in the second row, "a",
#     "b") is a change, "[-2-]{+5+}", a renumbering none; a body table
#     whose STT a department edited in Word read "the same" before;
#   - text in Wingdings, Wingdings 2, Wingdings 3 and Webdings chosen by a
#     paragraph style, a character style or a run's own w:rFonts, typed as
#     the letters or as Word's private-use codes, and bullets of a
#     numbering definition whose w:lvl sets such a font: read as Word
#     shows them ("ü" in Wingdings is "✔", U+F0A7 a bullet); a font named
#     in another case ("wingdings", "WINGDINGS 3"), which Word and
#     LibreOffice find all the same, was read as the letters typed and
#     its private-use codes and w:sym symbols were dropped or kept as
#     codes;
#   - a department's copy on its way back (docx18_docx.py --dept): khgen's
#     .docx of README's example with one edit (a task's deadline, a unit
#     renamed, a paragraph split in two, cells merged, a text box, Track
#     Changes left unaccepted: a word, a row inserted or deleted, a bullet
#     inserted or deleted; a row added to the Biểu, a deadline in the
#     body's table, a comment on a cell), saved by python-docx, by
#     LibreOffice (soffice --convert-to docx), by LibreOffice through an
#     .odt (--convert-to odt, then docx) and in Word's compatibility mode
#     (w:compat, compatibilityMode 11): `khgen import`, then `khgen diff`
#     of the example and the import shows exactly the edit;
#   - cells of a row merged across columns (w:gridSpan, in the Biểu or the
#     body's table): a plan's table prints a cell per column, the text in
#     the first; import said nothing of it (a unit "Văn phòng ..., tháng
#     6/2024" and no deadline): now a '# review:' note and KH759.
# The LibreOffice cases need soffice; without it they print "skip - ...",
# counted neither way. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

py=$(dirname "$0")/docx18_docx.py
mkdir -p "$work/dx" "$work/ed"
/usr/bin/python3 "$py" "$work/dx" || not_ok "setup: docx18_docx.py could not write the documents"
readme_base
"$khgen" build -f docx -o "$work/p" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: README's example does not build a .docx"

# dept EDIT: the example's .docx with a department's EDIT, $work/ed/EDIT.docx
dept() {
    /usr/bin/python3 "$py" --dept "$work/p/ex.docx" "$work/ed/$1.docx" "$1" ||
        not_ok "setup: the edit $1"
}

# diff_of OLD.yaml NEW.yaml: `khgen diff` of them without its two file
# lines, into $work/diff; its status in $status
diff_of() {
    "$khgen" diff --no-color "$1" "$2" >"$work/diff.full" 2>&1
    status=$?
    tail -n +3 "$work/diff.full" >"$work/diff"
}

# ---- a body table's STT edited in Word ----------------------------------------------
for e in bodyrow stt5 sttab; do
    dept $e
    "$khgen" import -o "$work/ed/$e.yaml" --force "$work/ed/$e.docx" 2>/dev/null ||
        not_ok "setup: import of $e"
done
diff_of "$work/ed/bodyrow.yaml" "$work/ed/stt5.yaml"
cat >"$work/want" <<'W'
@@ II.1. Bảng 1: sửa @@
Bảng 1. Phân công rà soát / 1 Rà soát hồ sơ các xã | Văn phòng Điều phối nông thôn mới huyện | Tháng 6/2024 / [-2-]{+5+} Tổng hợp báo cáo | Phòng Tài chính - Kế hoạch | Tháng 9/2024
Cột: TT | Nhiệm vụ | Chủ trì | Thời hạn
W
if [ "$status" -eq 1 ] && cmp -s "$work/want" "$work/diff"; then
    ok "a body table's STT made 5 in Word: diff shows [-2-]{+5+}"
else
    not_ok "body STT 5: status $status: $(head -c 400 "$work/diff" | tr '\n' /)"
fi
diff_of "$work/ed/bodyrow.yaml" "$work/ed/sttab.yaml"
if [ "$status" -eq 1 ] && grep -qF '/ [-1-]{+a+} Rà soát hồ sơ các xã |' "$work/diff" &&
    grep -qF '/ [-2-]{+b+} Tổng hợp báo cáo |' "$work/diff" && [ "$(grep -c '^@@' "$work/diff")" -eq 1 ]; then
    ok "a body table's STT made a, b in Word (a text column): diff shows each"
else
    not_ok "body STT a b: status $status: $(head -c 400 "$work/diff" | tr '\n' /)"
fi
# a renumbering is no change: the STT written as counted, or left out
/usr/bin/python3 - "$work/ed/stt5.yaml" "$work/ed/stt2.yaml" "$work/ed/sttnone.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
if '{stt: "5", ' not in s or '{stt: "1", ' not in s:
    sys.exit('stt5.yaml: no written STT')
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace('{stt: "5", ', '{stt: "2", '))
open(sys.argv[3], 'w', encoding='utf-8').write(s.replace('{stt: "5", ', '{').replace('{stt: "1", ', '{'))
PY
diff_of "$work/ed/stt2.yaml" "$work/ed/sttnone.yaml"
s1=$status
diff_of "$work/ed/bodyrow.yaml" "$work/ed/stt2.yaml"
if [ "$s1" -eq 0 ] && [ "$status" -eq 0 ]; then
    ok "a body table's STT written as counted, left out, or numbered by khgen: the same"
else
    not_ok "body STT counted: status $s1 $status: $(head -c 300 "$work/diff" | tr '\n' /)"
fi

# ---- symbol fonts ------------------------------------------------------------------------
# each font's codes as typed and as private-use codes; its paragraph
# style, character style, run and w:sym all show the font's glyphs, a run
# in Times New Roman the letters typed
wing_lines() {
    for f in 'üþØ|✔☑➢' 'PQR|✓☒☑' 'pq"|▲▼⭢' 'acg|✔⬜⬛'; do
        typed=${f%|*} shown=${f#*|}
        printf '%s\n' "Đoạn: $typed" "$shown" "$shown" "Ký tự: $shown" "Ký tự: $shown" \
            "Chạy: $shown" "Chạy: $shown" "Ký hiệu: $shown"
    done
}
for n in wingstyle wingcase; do
    # shellcheck disable=SC2046
    if imported $n && (IFS='
'; has $n '**1. Cấp xã**' $(wing_lines) 'Làm đường.') &&
        ! grep -q 'KH759' "$work/dx/$n.err"; then
        ok "$n: Wingdings, Wingdings 2 and 3, Webdings of a style, a run, w:sym: their glyphs"
    else
        not_ok "$n: $(sed -n '/Cấp xã/,/Làm/p' "$work/dx/$n.md" 2>/dev/null | grep . | tr '\n' '/' | head -c 600) $(head -c 300 "$work/dx/$n.err")"
    fi
done
if imported wingnum && has wingnum '**1. Cấp xã**' '- Việc một.' '  + Việc con.' '- Việc hai.' \
    '- Việc ba.' 'Làm đường.' && ! grep -q "$(printf '\357\202')" "$work/dx/wingnum.md"; then
    ok "bullets of a numbering level in Wingdings or Wingdings 2: bullets, no private-use code"
else
    not_ok "wingnum: $(sed -n '/Cấp xã/,/Làm/p' "$work/dx/wingnum.md" 2>/dev/null | grep . | tr '\n' '/')"
fi

# a totals label spanning columns under an empty STT, as offices write it:
# no merge to note, the table's totals (a note and KH759 on it before)
if imported totals && has totals '| 1 | Xã A | Thôn 1 | 10 |' '| 2 | Xã B | Thôn 2 | 20 |' \
    '| **Tổng cộng** |  |  | **30** |' && ! grep -q 'KH759' "$work/dx/totals.err" &&
    ! grep -q 'gridSpan' "$work/dx/totals.yaml"; then
    ok "a totals label over two columns under an empty STT: the totals row, no note"
else
    not_ok "totals: $(grep -F '|' "$work/dx/totals.md" 2>/dev/null | tr '\n' '/') $(head -c 300 "$work/dx/totals.err")"
fi

# ---- a department's copy -------------------------------------------------------------------
edits="none deadline unit split merge textbox tracked2 trrowins trrowdel trparadel trparains celldue attrow cellcomment spanrow bodymerge"
for e in $edits; do dept $e; done
mkdir -p "$work/cm"
for e in $edits; do
    /usr/bin/python3 "$py" --compat "$work/ed/$e.docx" "$work/cm/$e.docx" || not_ok "setup: compat $e"
done
ways="ed cm"
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -n "$soffice" ]; then
    mkdir -p "$work/lo" "$work/odt" "$work/lo2"
    lo() { # FORMAT OUTDIR FILE...
        _fmt=$1 _out=$2
        shift 2
        HOME=$work/home "$soffice" --headless -env:UserInstallation="file://$work/lo-profile" \
            --convert-to "$_fmt" --outdir "$_out" "$@" >/dev/null 2>&1
    }
    lo 'docx:MS Word 2007 XML' "$work/lo" "$work"/ed/*.docx
    lo odt "$work/odt" "$work"/ed/*.docx
    lo 'docx:MS Word 2007 XML' "$work/lo2" "$work"/odt/*.odt
    ways="ed lo lo2 cm"
fi
way_name() {
    case $1 in ed) echo "python-docx" ;; lo) echo "LibreOffice" ;; lo2) echo "LibreOffice via .odt" ;;
    cm) echo "compatibility mode" ;; esac
}
# (since s45cycle F13 the "@@" lines name a body part by its headings'
# printed numbers and its first words, "II.1. “Tham mưu ...”", where they
# gave its path, "II.1.-1")
# round EDIT WHAT [GREP]: in each way, the import of EDIT's copy and the
# example differ by the lines on stdin (none: status 0), and the import's
# YAML has GREP
round() {
    cat >"$work/want"
    for w in $ways; do
        if ! "$khgen" import -o "$work/$w/$1.yaml" --force "$work/$w/$1.docx" 2>"$work/$w/$1.err"; then
            not_ok "$(way_name $w), $1: import failed: $(head -c 300 "$work/$w/$1.err")"
            continue
        fi
        diff_of "$work/p/ex.yaml" "$work/$w/$1.yaml"
        want_status=1
        [ -s "$work/want" ] || want_status=0
        if [ "$status" -eq "$want_status" ] && cmp -s "$work/want" "$work/diff" &&
            { [ -z "${3:-}" ] || grep -qF -- "$3" "$work/$w/$1.yaml"; }; then
            ok "$(way_name $w), $2: the diff shows exactly it"
        else
            not_ok "$(way_name $w), $1: status $status: $(head -c 500 "$work/diff" | tr '\n' /)"
        fi
    done
}
round none "opened and saved" </dev/null
round deadline "a task's deadline changed" <<'W'
@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2024.”: sửa @@
Tham mưu phân bổ nguồn vốn năm 2024.
+ Đơn vị thực hiện: Phòng Tài chính - Kế hoạch phối hợp với Văn phòng Điều phối nông thôn mới huyện
+ Thời gian thực hiện: quý [-I/2024-]{+II/2024+}
W
round tracked2 "a task's deadline changed with Track Changes, not accepted" <<'W'
@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2024.”: sửa @@
Tham mưu phân bổ nguồn vốn năm 2024.
+ Đơn vị thực hiện: Phòng Tài chính - Kế hoạch phối hợp với Văn phòng Điều phối nông thôn mới huyện
+ Thời gian thực hiện: quý [-I/2024-]{+II/2024+}
W
round unit "a unit renamed wherever it is named" <<'W'
@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2024.”: sửa @@
Tham mưu phân bổ nguồn vốn năm 2024.
+ Đơn vị thực hiện: Phòng Tài chính - Kế hoạch phối hợp với Văn phòng Điều phối {+Chương trình +}nông thôn mới huyện
+ Thời gian thực hiện: quý I/2024
@@ II.1. Bảng 1: sửa @@
Bảng 1. Phân công rà soát / 1 Rà soát hồ sơ các xã | Văn phòng Điều phối {+Chương trình +}nông thôn mới huyện | Tháng 6/2024
Cột: TT | Nhiệm vụ | Chủ trì | Thời hạn
W
round split "a paragraph split in two" <<'W'
@@ Mở đầu: sửa @@
UBND huyện xây dựng Kế hoạch thực hiện năm [-2024, như sau:-]{+2024.+}
@@ “Kế hoạch gồm các nội dung như sau”: thêm @@
{+Kế hoạch gồm các nội dung như sau:+}
W
# (a table with merged cells is read back with its columns as text, README
# "Starting from an existing plan"; its centred columns keep their
# alignment, the cells a merge covers left out of it: s28review M2)
round merge "the Biểu's cells of one year merged down its column" <<'W'
@@ Biểu 01: sửa @@
định dạng: khổ ngang{+ | gộp ô theo cột: Năm đạt chuẩn+}
W
# a text box or a comment prints nothing of the plan, but is the
# department's text: diff shows its review note as added (s19low: it said
# "the same document", exit 0, s18docx L2)
round textbox "a text box: its text a review note, which diff shows" \
    '# review: a text box: Dự thảo lần 2 [KH759]' <<'W'
@@ Ghi chú # review (nội dung của văn bản nhập không có trong kế hoạch): thêm @@
{+a text box: Dự thảo lần 2+}
W
round trrowins "a row of the Biểu inserted with Track Changes" <<'W'
@@ Biểu 01, dòng "Xã Tam Tiến": thêm @@
{+Xã Tam Tiến | 15 | | nông thôn mới | 2024 | mới thêm+}
W
round attrow "a row added to the Biểu" <<'W'
@@ Biểu 01, dòng "Xã Tam Tiến": thêm @@
{+Xã Tam Tiến | 15 | | nông thôn mới | 2024 | mới thêm+}
W
round trrowdel "a row of the Biểu deleted with Track Changes" <<'W'
@@ Biểu 01, dòng "Xã Tân Hiệp": bỏ @@
[-Xã Tân Hiệp | 16 | | nông thôn mới | 2024 |-]
W
round trparadel "a bullet deleted with Track Changes, its paragraph mark too" <<'W'
@@ I.1. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: bỏ @@
[-Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.-]
W
round trparains "a bullet typed with Track Changes" <<'W'
@@ I.1. “Hoàn thành xây dựng xã Tam Tiến đạt…”: thêm @@
{+Hoàn thành xây dựng xã Tam Tiến đạt chuẩn nông thôn mới kiểu mẫu.+}
W
round celldue "a deadline changed in the body's table" <<'W'
@@ II.1. Bảng 1: sửa @@
Bảng 1. Phân công rà soát / 1 Rà soát hồ sơ các xã | Văn phòng Điều phối nông thôn mới huyện | Tháng [-6/2024-]{+7/2024+}
Cột: TT | Nhiệm vụ | Chủ trì | Thời hạn
W
round cellcomment "a comment on a cell of the Biểu: a review note beside its row, which diff shows" \
    '# review: comment 1 by Phòng TC-KH after "16": Số tiêu chí là 18. [KH759]' <<'W'
@@ Ghi chú # review (nội dung của văn bản nhập không có trong kế hoạch): thêm @@
{+comment 1 by Phòng TC-KH after "16": Số tiêu chí là 18.+}
W
# cells merged across columns (w:gridSpan): a plan prints a cell per column,
# the text in the first; it was so without a word (a unit "Văn phòng ...,
# tháng 6/2024" and no deadline in the body's table): now a review note
# and KH759
round spanrow "two cells of a Biểu row merged across: the text in the first, a review note" \
    '# review: cells merged across columns in the document (w:gridSpan): "nông thôn mới nâng cao", one cell over columns 4-5: read as column 4'"'"'s' <<'W'
@@ Biểu 01, dòng "Xã Đồng Lạc": sửa @@
Xã Đồng Lạc | | nông thôn mới [-| nông thôn mới -]nâng cao{+ |+} | 2024 |
@@ Ghi chú # review (nội dung của văn bản nhập không có trong kế hoạch): thêm @@
{+cells merged across columns in the document (w:gridSpan): "nông thôn mới nâng cao", one cell over columns 4-5: read as column 4's, the others left empty; a plan's table prints a cell per column+}
W
for w in $ways; do
    if grep -q "warning\[KH759\].* has 1 cell of a table's row merged across columns (w:gridSpan" \
        "$work/$w/spanrow.err" &&
        "$khgen" import -o "$work/$w/bodymerge.yaml" --force "$work/$w/bodymerge.docx" 2>"$work/$w/bodymerge.err" &&
        grep -qF '# review: cells merged across columns in the document (w:gridSpan): "Văn phòng Điều phối nông thôn mới huyện, tháng 6/2024", one cell over columns 3-4' \
            "$work/$w/bodymerge.yaml" &&
        grep -q "KH759.*merged across columns" "$work/$w/bodymerge.err"; then
        ok "$(way_name $w), cells merged across: KH759, and a note in the body's table too"
    else
        not_ok "$(way_name $w), gridSpan: $(head -c 300 "$work/$w/spanrow.err") $(head -c 300 "$work/$w/bodymerge.err")"
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
