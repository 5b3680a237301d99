#!/bin/sh
# tests/xlsx/check_xlsx.sh KHGEN [WORKDIR] [--update] - the attachment
# workbooks, opened by two other readers.
#
# For each plan of tests/xlsx/plans/ and each plan of plans/ that has an
# expectations file tests/xlsx/expected/NAME.json:
#   - builds NAME.xlsx twice and checks the two files are byte-identical;
#   - converts every sheet to CSV with headless LibreOffice and compares
#     each with tests/xlsx/expected/NAME/SHEET.csv (cell values as shown);
#   - converts the workbook to PDF with LibreOffice and runs inspect_xlsx.py
#     (openpyxl): sheet names, merged ranges, print titles, fit to width,
#     frozen panes, page footer, typed cells, no formula but the declared
#     totals, text that starts with "=" kept as text, and every PDF page A4
#     in its sheet's orientation (poppler's pdfinfo); the print setup of
#     the decree (margins, 14 pt titles, page numbers in the table font,
#     none on a sheet's first page, each sheet from 1; Normal style the
#     table font); and fit_check.py: every cell's text lies inside its row
#     in the PDF (pdftotext -bbox against the borders of a 100 dpi picture)
#     and each sheet's pages numbered on their own, none on the first.
# Also checks that a workbook that cannot be written fails with KH901 and
# leaves no file behind.
#
# --update rewrites the expected CSV files (and creates missing .json
# expectations with inspect_xlsx.py --describe): review the diff.
# LibreOffice runs with a private profile and the C.UTF-8 locale, so the
# CSVs show numbers the en-US way (16.9, 92.1%, 05/02/2024 for dd/mm/yyyy).
# Prints "ok - ..." / "not ok - ..." lines and "N passed, M failed".
set -u
khgen=${1:?usage: check_xlsx.sh KHGEN [WORKDIR] [--update]}
work=${2:-$(mktemp -d /tmp/khgen-xlsx.XXXXXX)}
update=0
[ "${3:-}" = "--update" ] && update=1
top=$(cd "$(dirname "$0")/../.." && pwd)
here="$top/tests/xlsx"
python=/usr/bin/python3
case $khgen in /*) ;; *) khgen="$(pwd)/$khgen" ;; esac
cd "$top" || exit 2
mkdir -p "$work"
export LC_ALL=C.UTF-8
profile="file:///tmp/lo-profile-$$"
trap 'rm -rf "/tmp/lo-profile-$$"' EXIT

pass=0
failed=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; failed=$((failed + 1)); }

soffice_convert() { # FILTER OUTDIR FILE
    soffice -env:UserInstallation="$profile" --headless --convert-to "$1" --outdir "$2" "$3" \
        >"$2/soffice.log" 2>&1
}

if ! command -v soffice >/dev/null || ! command -v pdfinfo >/dev/null ||
    ! $python -c 'import openpyxl' 2>/dev/null; then
    not_ok "LibreOffice (soffice), poppler-utils (pdfinfo) and python3-openpyxl are needed"
    echo "$pass passed, $failed failed"
    exit 1
fi

plans=""
for plan in tests/xlsx/plans/*.yaml plans/*.yaml; do
    [ -f "$plan" ] || continue
    name=$(basename "$plan" .yaml)
    case $plan in
    plans/*) [ -f "$here/expected/$name.json" ] || [ "$update" -eq 1 ] || continue ;;
    esac
    plans="$plans $plan"
done

for plan in $plans; do
    name=$(basename "$plan" .yaml)
    dir="$work/$name"
    rm -rf "$dir"
    mkdir -p "$dir/a" "$dir/b" "$dir/csv" "$dir/pdf"
    if ! "$khgen" build -f xlsx -o "$dir/a" "$plan" >"$dir/build.log" 2>&1; then
        cat "$dir/build.log"
        not_ok "$name: khgen build failed"
        continue
    fi
    book="$dir/a/$name.xlsx"
    "$khgen" build -f xlsx -o "$dir/b" "$plan" >/dev/null 2>&1
    if cmp -s "$book" "$dir/b/$name.xlsx"; then
        ok "$name: two builds give byte-identical workbooks"
    else
        not_ok "$name: two builds differ"
    fi

    # every sheet as CSV: values as shown, UTF-8, all sheets (-1)
    soffice_convert 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1' \
        "$dir/csv" "$book"
    expected="$here/expected/$name"
    if [ "$update" -eq 1 ]; then
        rm -rf "$expected"
        mkdir -p "$expected"
        for csv in "$dir/csv/$name"-*.csv; do
            sheet=${csv##*/"$name"-}
            cp "$csv" "$expected/$sheet"
        done
        [ -f "$expected.json" ] || $python "$here/inspect_xlsx.py" --describe "$book" >"$expected.json"
    fi
    n_sheets=0
    csv_ok=1
    for want in "$expected"/*.csv; do
        [ -f "$want" ] || continue
        n_sheets=$((n_sheets + 1))
        sheet=$(basename "$want")
        got="$dir/csv/$name-$sheet"
        if [ ! -f "$got" ]; then
            not_ok "$name: LibreOffice found no sheet for $sheet"
            csv_ok=0
        elif ! diff -u "$want" "$got" >"$dir/diff.txt"; then
            cat "$dir/diff.txt"
            not_ok "$name: sheet ${sheet%.csv} differs from the expected CSV"
            csv_ok=0
        fi
    done
    n_got=$(ls "$dir/csv/$name"-*.csv 2>/dev/null | wc -l)
    if [ "$n_sheets" -eq 0 ]; then
        not_ok "$name: no expected CSV files in tests/xlsx/expected/$name/"
    elif [ "$n_got" -ne "$n_sheets" ]; then
        not_ok "$name: LibreOffice found $n_got sheets, expected $n_sheets"
    elif [ "$csv_ok" -eq 1 ]; then
        ok "$name: $n_sheets sheets read by LibreOffice as expected"
    fi

    # Krông Nô's text says "thêm 21 tiêu chí": the totals row of its table,
    # computed by LibreOffice from the SUM formula, must say the same.
    if [ "$name" = krong-no-2022 ]; then
        if grep -q '^Tổng cộng,,21,' "$dir/csv/$name-Biểu 01.csv" 2>/dev/null; then
            ok "$name: the table's total is the 21 criteria the text states"
        else
            not_ok "$name: the table's total is not 21"
        fi
    fi

    soffice_convert pdf "$dir/pdf" "$book"
    if [ ! -f "$dir/pdf/$name.pdf" ]; then
        cat "$dir/pdf/soffice.log"
        not_ok "$name: LibreOffice did not print the workbook to PDF"
    else
        if $python "$here/inspect_xlsx.py" "$book" "$expected.json" --pdf "$dir/pdf/$name.pdf"; then
            ok "$name: structure (openpyxl) and A4 pages (poppler) as declared"
        else
            not_ok "$name: structure or pages not as declared"
        fi
        # every cell's text inside its row, as LibreOffice prints it
        $python "$here/fit_check.py" "$book" "$dir/pdf/$name.pdf" >"$dir/fit.log" 2>&1
        while IFS= read -r line; do
            case $line in
            "ok - "*) ok "$name: ${line#ok - }" ;;
            "not ok - "*) not_ok "$name: ${line#not ok - }" ;;
            *) echo "# $line" ;;
            esac
        done <"$dir/fit.log"
    fi
done

# A workbook that cannot be put in place (its name is taken by a directory,
# which works even as root): the build fails with KH901 and leaves no
# temporary file, and what was there is untouched.
first=$(echo $plans | cut -d' ' -f1)
if [ -n "$first" ]; then
    name=$(basename "$first" .yaml)
    blocked="$work/blocked"
    rm -rf "$blocked"
    mkdir -p "$blocked/$name.xlsx"
    echo keep >"$blocked/$name.xlsx/old"
    if "$khgen" build -f xlsx -o "$blocked" "$first" >"$work/blocked.log" 2>&1; then
        not_ok "a build whose output cannot be renamed into place succeeded"
    elif [ "$(ls -A "$blocked")" != "$name.xlsx" ] || [ "$(cat "$blocked/$name.xlsx/old")" != keep ]; then
        not_ok "a failed build left files behind or changed them: $(ls -A "$blocked")"
    elif grep -q "KH901" "$work/blocked.log"; then
        ok "a workbook that cannot be written fails with KH901 and leaves nothing behind"
    else
        cat "$work/blocked.log"
        not_ok "a failed write reported no KH901 diagnostic"
    fi
fi

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
