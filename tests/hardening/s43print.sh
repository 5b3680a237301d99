#!/bin/sh
# tests/hardening/s43print.sh KHGEN WORKDIR - the print of the PDF, the
# Word document and the HTML (session 43's s43print; issue 8). Prints two
# plans (tests/hardening/s43print_plans.py) with both engines `khgen
# build -f pdf` offers, LibreOffice (from the .docx, the default) and
# Chromium (from the .html), and reads each PDF with
# tests/hardening/s43print.py, which matches the HTML's words, tagged
# with their part (paragraph, heading, table row, header rows, note,
# signature), to the PDF's words with their pages and lines. Each case
# fails at main d5be71a7 unless named a guard:
#  N1  a Biểu's note printed after its table stood alone on the next page
#      (a table of 27 rows and a totals row ending at the foot of its
#      third page): in LibreOffice's PDF (its table keeps its last row
#      with the paragraph after it only while the table has one page
#      break) and in Chromium's print (break-before: avoid after a table
#      not honoured; there the note's first line was left alone on the
#      page before too). The note is the table's last row now, kept with
#      the row above it and never split (layout_row_keeps_with_next).
#  N2  (guard) `khgen import` of that .docx reads the note back under the
#      table as the plan's `note:`, not as a row of the Biểu.
#  G1  guards, both engines, a plan of 40 tasks and a Biểu of 120 rows in
#      groups: no heading or group row at a page's foot, no row split over
#      two pages, the header rows repeated on every page of the table, no
#      lone line of a paragraph at a page's foot or head (in Chromium's
#      print since s44print W1), the signature block whole under text of the plan, and the
#      page numbers of Nghị định 30/2020 (none on the first page of the
#      plan and of each Biểu, then 2, 3, ... centred in the top margin).
# Needs soffice (libreoffice-writer-nogui), chromium, poppler-utils and
# fonts-liberation2 (tools/deps.sh test): without an engine its cases
# fail, saying what to install. Four PDFs: about 30 s.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

python=/usr/bin/python3
[ -x "$python" ] || python=python3
checker="$top/tests/hardening/s43print.py"
"$python" tests/hardening/s43print_plans.py note "$work/note.yaml" || exit 2
"$python" tests/hardening/s43print_plans.py rows "$work/rows.yaml" || exit 2

# pdf ENGINE PLAN: builds PLAN's .html and .docx and its PDF by ENGINE into
# $work/ENGINE; 0 when the PDF is there
pdf() {
    mkdir -p "$work/$1"
    KHGEN_PDF_TIMEOUT=300 "$khgen" build -f html,docx,pdf --pdf-engine "$1" -o "$work/$1" "$2" \
        >"$work/$1/$(basename "$2" .yaml).log" 2>&1
    [ -s "$work/$1/$(basename "$2" .yaml).pdf" ]
}

# checks WHAT ENGINE NAME CHECK...: the checker's lines for NAME's print by
# ENGINE, each counted as a case (prefixed WHAT)
checks() {
    what=$1 engine=$2 name=$3
    shift 3
    "$python" "$checker" "$engine:$name" "$work/$engine/$name.html" "$work/$engine/$name.pdf" "$@" \
        >"$work/$engine-$name.out" 2>&1
    while IFS= read -r line; do
        case $line in
            "ok - "*) ok "$what ${line#ok - }" ;;
            "not ok - "*) not_ok "$what ${line#not ok - }" ;;
            "#"*) echo "$line" ;;
        esac
    done <"$work/$engine-$name.out"
    grep -q '^ok - \|^not ok - ' "$work/$engine-$name.out" ||
        not_ok "$what $engine:$name: the checker said nothing: $(head -c 300 "$work/$engine-$name.out")"
}

# ---- N1: the note is never alone on a page ----------------------------------
for engine in libreoffice chromium; do
    if pdf $engine "$work/note.yaml" && [ $engine = chromium ]; then
        checks N1 $engine note note lines
    elif [ -s "$work/$engine/note.pdf" ]; then
        checks N1 $engine note note
    else
        not_ok "N1 $engine: no PDF (install it: sh tools/deps.sh test): $(tail -c 300 "$work/$engine/note.log")"
    fi
done

# ---- N2: import reads the note back -----------------------------------------
"$khgen" import "$work/libreoffice/note.docx" -o "$work/back.yaml" >"$work/back.log" 2>&1
if grep -q '^    note: .*Ghi chú của biểu 1' "$work/back.yaml" && ! grep -q '\["Ghi chú' "$work/back.yaml" &&
    [ "$(grep -c '^      - \[' "$work/back.yaml")" -eq 27 ]; then
    ok "N2 (guard) import of the .docx reads the note row back as the Biểu's note (27 rows)"
else
    not_ok "N2 (guard) import of the note row: $(grep -n 'note:\|Ghi chú' "$work/back.yaml" | head -c 400)"
fi

# ---- G1: guards over a long plan --------------------------------------------
for engine in libreoffice chromium; do
    if pdf $engine "$work/rows.yaml"; then
        # lines in Chromium's print: s44print W1 (a heading kept with a
        # short paragraph as one block, since session 44)
        checks "G1 (guard)" $engine rows note signing heading rowsplit thead lines numbers
    else
        not_ok "G1 $engine: no PDF (install it: sh tools/deps.sh test): $(tail -c 300 "$work/$engine/rows.log")"
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
