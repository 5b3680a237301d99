#!/bin/sh
# tests/hardening/s51ole.sh KHGEN WORKDIR - session 51's Biểu pasted into a
# Word plan as an embedded Excel worksheet (Paste Special > Microsoft Excel
# Worksheet Object: a w:object holding a picture of the cells and an
# o:OLEObject whose relationship names the .xlsx). Import read it as a
# picture's note, "a picture, which a plan has no place for:
# Excel.Sheet.12" (KH759), its rows lost: the imported plan lacked the
# table the document shows (s50attack L9). The documents are made at test
# time by s51ole_docx.py (openpyxl's workbooks, python-docx's documents)
# from khgen's .docx of plans/yen-the-2024.yaml, a Biểu 06 appended. Each
# case fails at 08f292d0 (session 50's stop) unless it is named a guard:
#  O1   each worksheet object imports as its twin, the same cells typed as
#       a Word table, imports (the plan past its first line the same, exit
#       0, no KH759 picture, no KH775): a plain Biểu; merged header cells
#       (two header rows, a group over two columns); numbers stored as
#       doubles under number formats ("#,##0" 1234567, "#,##0.0" 1234.5,
#       "0.00", General, "0%": 1234567, "1.234,5", 85 as the twin's);
#       dates stored as serials (2025-03-15, the built-in short date);
#       a formula's cached value (a typed column 500, 200); an empty
#       cell; a shared string of rich text runs (a phonetic run left
#       out); a visible range (oleSize A1:D4) smaller than the used range
#       (nothing of E, F or rows 5-9); a hidden column and row within it
#       (left out); two objects (Biểu 06 and 07, the second in an
#       mc:AlternateContent: one table, not two).
#  O2   a corrupt inner zip (the .xlsx cut in half): exit 0, a warning
#       KH775 saying its rows were not imported and why, a '# review:'
#       note tagged [KH775] saying what to do (paste it as a Word table).
#  O3   a zip bomb: the .xlsx's sheet1.xml is 40 MiB of spaces (40 KB
#       zipped): stopped at the part limit (32 MiB), KH775 naming the part
#       and the limit; O3g (guard) within a second of CPU (the start
#       commit never unpacked it).
#  O4   a visible range of 20,000 rows and 78 columns: KH775 naming the
#       limits (10,000 rows, 64 columns), nothing read.
#  O5   an old .xls object (ProgID Excel.Sheet.8, an OLE compound file),
#       and a worksheet object in a Word table's cell (a plan has no table
#       in a cell): KH775 saying so, the note tagged [KH775].
#  O6g  (guard) a plain VML picture (no object) keeps its KH759 note, as
#       before, and no KH775.
#  O7   LibreOffice opens the object's document (soffice --convert-to
#       odt) and keeps the worksheet object (an embedded spreadsheet in the
#       .odt); the .xlsx part is what LibreOffice converts to the same
#       cells as import read (soffice --convert-to csv of the part: its
#       texts in the plan's rows).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/built" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; echo "$pass passed, $fail failed"; exit 1; }
mkdir -p "$work/gen"
/usr/bin/python3 "$top/tests/hardening/s51ole_docx.py" "$work/built/yen-the-2024.docx" "$work/gen" 2>"$work/gen.err" ||
    { not_ok "s51ole_docx.py: $(head -c 300 "$work/gen.err")"; echo "$pass passed, $fail failed"; exit 1; }

# imp NAME: import gen/NAME.docx into NAME.yaml (stderr NAME.err); its status
imp() {
    rm -f "$work/$1.yaml"
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err"
}

# ---- O1: each object imports as its twin ---------------------------------------------
# twin NAME WHAT EXPECT...: NAME.docx imports as NAME-twin.docx, and its
# plan holds each EXPECT (a fixed string) and no KH759 picture nor KH775
twin() {
    name=$1 what=$2
    shift 2
    bad=
    imp "$name" || bad="$bad [exit $?: $(head -c 300 "$work/$name.err")]"
    imp "$name-twin" || bad="$bad [the twin: exit $?]"
    tail -n +2 "$work/$name-twin.yaml" >"$work/$name-twin.body"
    tail -n +2 "$work/$name.yaml" | cmp -s - "$work/$name-twin.body" ||
        bad="$bad [not the twin's plan: $(tail -n +2 "$work/$name.yaml" | diff - "$work/$name-twin.body" | head -6 | tr '\n' '|' | head -c 400)]"
    for want in "$@"; do
        grep -qF -- "$want" "$work/$name.yaml" || bad="$bad [no '$want']"
    done
    grep -q 'KH775\|picture, which' "$work/$name.yaml" "$work/$name.err" && bad="$bad [a KH775 or picture note]"
    if [ -z "$bad" ]; then
        ok "O1 $what: imported as its twin typed as a Word table"
    else
        not_ok "O1 $what:$bad"
    fi
}
twin plain "a plain Biểu" 'label: Biểu 06' '- ["Xã Đồng Vương", 15, ""]' '{key: c3, header: "Số tiêu chí đạt", type: int}'
twin merged "merged header cells (two header rows, a group across two columns)" \
    '{key: c3, header: "Năm {year-1}", group: "Kết quả", type: int}' '- ["Xã Tân Sỏi", 14, 17]'
twin numbers "numbers under number formats (#,##0, #,##0.0, 0.00, General, 0%)" \
    '- ["Giao thông", 1234567, "1.234,5", 85]' '- ["Thủy lợi", 45000000, "12,75", 60]' \
    '- ["Trường học", 987654, "12,50", 5]' 'type: percent'
twin dates "dates stored as serials (dd/mm/yyyy, the built-in short date)" \
    '- ["Rà soát tiêu chí", 2025-03-15, 2024-12-31]' '{key: c4, header: "Hạn hoàn thành", type: date}'
twin formula "a formula's cached value" '- ["Xã Tân Sỏi", 300, 200, 500]' '{key: c5, header: "Tổng", type: int}'
twin empty "an empty cell" '- ["Thôn Hố Sâu", "", "Chưa thống kê"]'
twin rich "a shared string of rich text runs" '- ["Xã Tân Phú", "Duy trì tiêu chí"]'
twin range "a visible range (oleSize A1:D4) smaller than the used range" '- ["Xã Phồn Xương", 19, 2025]'
twin hidden "a hidden column and row within the visible range" '- ["Xã Đồng Vương", 15]'
twin two "two objects, the second in an mc:AlternateContent" 'label: Biểu 07' '- ["Giao thông", 1234567, "1.234,5", 85]'
bad=
grep -q 'nháp\|99999' "$work/range.yaml" && bad="$bad [range: a cell outside oleSize read]"
grep -q 'Dòng ẩn\|X-01\|Mã nội bộ' "$work/hidden.yaml" && bad="$bad [hidden: a hidden cell read]"
grep -q 'タン' "$work/rich.yaml" && bad="$bad [rich: the phonetic run read]"
n=$(grep -c 'label: Biểu 0[67]' "$work/two.yaml")
[ "$n" -eq 2 ] || bad="$bad [two: $n tables, not 2]"
if [ -z "$bad" ]; then
    ok "O1 what the object does not show is not read: cells outside oleSize, hidden ones, a phonetic run, an mc:Fallback's copy"
else
    not_ok "O1:$bad"
fi

# ---- O2-O5: objects whose rows are not read --------------------------------------------
# unread NAME WHAT WHY: NAME.docx imports with exit 0, KH775 on stderr
# naming WHY, its plan's note tagged [KH775] saying the rows were not
# imported and what to do, no Biểu 06 table rows
unread() {
    name=$1 what=$2 why=$3
    bad=
    imp "$name" || bad="$bad [exit $?: $(head -c 300 "$work/$name.err")]"
    grep -q "warning\[KH775\].*$why" "$work/$name.err" || bad="$bad [no KH775 saying '$why': $(head -c 300 "$work/$name.err")]"
    grep -q "^ *# review: an embedded Excel worksheet.*whose rows were not imported: .*$why.*paste them into Word as a Word table.*\[KH775\]$" "$work/$name.yaml" ||
        bad="$bad [no note tagged KH775: $(grep -m1 'review: a' "$work/$name.yaml" | head -c 300)]"
    grep -q 'picture, which' "$work/$name.yaml" && bad="$bad [a picture note as well]"
    if [ -z "$bad" ]; then
        ok "$what"
    else
        not_ok "$what:$bad"
    fi
}
unread corrupt "O2 a corrupt inner zip: its rows not imported, said (KH775) with what to do" "no zip, or a damaged one"
timed_case "O3g (guard) a zip bomb (sheet1.xml 40 MiB of spaces) costs at most a second of CPU" \
    "$khgen" import "$work/gen/bomb.docx" -o "$work/bomb-timed.yaml"
unread bomb "O3 a zip bomb: KH775 naming its part and the limit" "xl/worksheets/sheet1.xml unpacks to 4[0-9]* bytes, more than the 32 MiB"
unread wide "O4 a visible range of 20,000 rows and 78 columns: KH775 naming the limits" "20000 rows and 78 columns, more than import reads of a worksheet (10000 rows, 64 columns)"
unread xls "O5 an old .xls object (Excel.Sheet.8): KH775 saying it is not read" "Excel 97-2003 workbook (an OLE compound file, .xls)"
unread incell "O5 a worksheet object in a Word table's cell (no table in a cell): KH775 saying so" "it stands in a table's cell, where a plan has no table"

# ---- O6g: a picture ---------------------------------------------------------------------
bad=
imp picture || bad="$bad [exit $?]"
grep -q '^# review: a picture, which a plan has no place for: Sơ đồ tổ chức \[KH759\]$' "$work/picture.yaml" || bad="$bad [no picture note]"
grep -q 'KH775' "$work/picture.yaml" "$work/picture.err" && bad="$bad [KH775 for a picture]"
if [ -z "$bad" ]; then
    ok "O6g (guard) a plain picture keeps its KH759 note, no KH775"
else
    not_ok "O6g:$bad"
fi

# ---- O7: LibreOffice --------------------------------------------------------------------
if command -v soffice >/dev/null 2>&1; then
    bad=
    mkdir -p "$work/lo" "$work/lo/home" "$work/lo/xlsx"
    HOME=$work/lo/home "$guard" 120 soffice --headless --convert-to odt --outdir "$work/lo" "$work/gen/numbers.docx" >/dev/null 2>&1
    if [ -s "$work/lo/numbers.odt" ]; then
        /usr/bin/python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); m = z.read("META-INF/manifest.xml").decode(); sys.exit(0 if "spreadsheet" in m else 1)' "$work/lo/numbers.odt" ||
            bad="$bad [LibreOffice's .odt holds no embedded spreadsheet]"
    else
        bad="$bad [LibreOffice made no .odt of numbers.docx]"
    fi
    /usr/bin/python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); open(sys.argv[2], "wb").write(z.read([n for n in z.namelist() if n.startswith("word/embeddings/") and n.endswith(".xlsx")][0]))' "$work/gen/numbers.docx" "$work/lo/xlsx/sheet.xlsx"
    HOME=$work/lo/home "$guard" 120 soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' --outdir "$work/lo/xlsx" "$work/lo/xlsx/sheet.xlsx" >/dev/null 2>&1
    if [ -s "$work/lo/xlsx/sheet.csv" ]; then
        # LibreOffice's csv (its en-US locale: "1,234,567"): the texts of each row in the plan's
        # (UTF-8, the cells as shown, in its en-US locale: "1,234,567",
        # "1,234.5"; the plan's figures as
        # a Vietnamese Excel shows them, "1.234,5", typed 1234567 and 85)
        grep -q '^1,Giao thông,"1,234,567","1,234.5",85%$' "$work/lo/xlsx/sheet.csv" ||
            bad="$bad [csv: no row 'Giao thông' as expected: $(grep -m1 'Giao' "$work/lo/xlsx/sheet.csv" | head -c 200)]"
        grep -q '^3,Trường học,"987,654",12.50,5%$' "$work/lo/xlsx/sheet.csv" ||
            bad="$bad [csv: no row 'Trường học' as expected: $(grep -m1 'Trường' "$work/lo/xlsx/sheet.csv" | head -c 200)]"
        grep -qF -- '- ["Giao thông", 1234567, "1.234,5", 85]' "$work/numbers.yaml" &&
            grep -qF -- '- ["Trường học", 987654, "12,50", 5]' "$work/numbers.yaml" ||
            bad="$bad [the plan's rows are not the cells LibreOffice shows]"
    else
        bad="$bad [LibreOffice made no csv of the embedded .xlsx]"
    fi
    if [ -z "$bad" ]; then
        ok "O7 LibreOffice opens the object's document (an embedded spreadsheet kept) and shows the embedded workbook's cells as import read them"
    else
        not_ok "O7:$bad"
    fi
else
    not_ok "O7: soffice is not installed (the test packages: make deps-test)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
