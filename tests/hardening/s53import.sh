#!/bin/sh
# tests/hardening/s53import.sh KHGEN WORKDIR - importing last year's Word
# plan: session 52's leftovers, then Word files as offices save them
# (session 53, s53import). Each check fails at 8bad564e (the session's
# start) unless it is named a guard:
#  C1   a table style's conditional formats (w:tblStylePr) were not read:
#       a Biểu whose style makes its first column bold (Word's "First
#       Column", w:tblLook) shows every row's STT bold, which khgen prints
#       plain in a data row, and its note row bold; import read them as
#       typed, no note. Now the plan of its twin (the runs bold), its
#       KH759 notes.
#  C2   an even row band (band2Horz) in italics, first row on: the bands
#       counted past the heading row; the twin's plan.
#  C3   a first-row format in All Caps over a heading of two rows, the
#       second a w:tblHeader row: Word gives both the first row's look;
#       read as typed. Now the twin's plan (typed in capitals).
#  C4   a band hiding its text (w:vanish in band1Horz): Word shows those
#       rows empty; import read their text as shown (a wrong Biểu, exit 0).
#       Now the twin's plan (those rows' text deleted).
#  C5g  (guard) the same style with w:tblLook applying none of them (first
#       row, first column off; no bands): the plan of SRC.
#  C6g  (guard) a column band that only shades (w:tcPr/w:shd): a plan
#       prints no shading, a style's or a cell's own: the plan of SRC.
#  C7g  (guard) the time: a table of 5,000 then 20,000 rows in a style of
#       every conditional format: linear (the start reads none of them).
#  H1   a data cell's paragraph style hidden (w:vanish): Word shows the
#       cell empty; import read its text (exit 0). Now the twin's plan.
#  H2   the cell's paragraph style struck through: left out with KH772 as
#       a run struck through is (the twin's plan); it was read as text.
#  H3   the cell's paragraph style underlined: a KH759 note on the row, as
#       a run underlined gets (the twin's plan); it was read plain.
#  P1   a PDF's text (Chromium's of le-thuy's Bảng 2 at 3be5a963, kept as
#       lead52-lethuy-chrome.txt) whose row 1 prints its unit and its time
#       one space apart on the row's centred STT line ("Phòng Nội vụ
#       Tháng 5/2025", the time two places left of its column, the
#       table's last column after it): read as one unit, the time lost
#       (exit 0, a KH767). Now the unit and the time, KH767 naming the cut.
#  R1g  (guard) khgen's .docx of each plan of plans/ opened and saved again
#       by LibreOffice (--convert-to docx), and through Word 97's .doc and
#       back: imported with no warning, `khgen diff` against the plan the
#       same document (as at the start).
#  R2   pandoc's .docx of each plan's .md draws Markdown's "---" (before
#       each Biểu page) as Word's horizontal line (a v:rect o:hr="t"):
#       import called each "a picture, which a plan has no place for: (no
#       description)", a KH759 warning telling the drafter to add it by
#       hand (yen-the-2024: five). A line is no picture (as a v:line is
#       not, s28foreign): no note, no warning. pandoc's other differences
#       are its own (doc/import.md; the report names them): its smart
#       punctuation ("..." -> "…", "N'Đir" -> "N’Đir"), no landscape
#       sections, a cell's <br> dropped, and a "+" item's lines that
#       CommonMark reads outside the item.
# Each document of C and H is made by s53import_docx.py from khgen's .docx of
# plans/yen-the-2024.yaml, beside its twin as Word shows it. The LibreOffice
# cases need soffice and pandoc's pandoc; without them they print
# "skip - ...", counted neither way.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/gen"
"$khgen" build -o "$work/yt" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    not_ok "setup: build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"
/usr/bin/python3 "$top/tests/hardening/s53import_docx.py" "$work/yt/yen-the-2024.docx" "$work/gen" \
    2>"$work/gen.err" || not_ok "setup: s53import_docx.py: $(head -c 300 "$work/gen.err")"
cp "$work/yt/yen-the-2024.docx" "$work/gen/orig.docx"

# as_twin NAME [TWIN]: empty when gen/NAME.docx imports with exit 0 to the
# plan (past the line naming the file) of gen/TWIN.docx (NAME-twin), and
# with the same warnings (the file's name aside), else why not
as_twin() {
    _t=${2:-$1-twin}
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err" ||
        { echo " [$1: exit $?: $(head -c 200 "$work/$1.err")]"; return; }
    [ -f "$work/$_t.body" ] || {
        "$guard" 30 "$khgen" import "$work/gen/$_t.docx" -o "$work/$_t.yaml" 2>"$work/$_t.err"
        tail -n +2 "$work/$_t.yaml" >"$work/$_t.body"
        sed "s|[^ ']*/$_t\.docx|FILE|g" "$work/$_t.err" >"$work/$_t.warn"
    }
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/$_t.body" ||
        echo " [$1: $(tail -n +2 "$work/$1.yaml" | diff "$work/$_t.body" - | grep '^[<>]' | head -3 | cut -c1-140 | tr '\n' '|')]"
    sed "s|[^ ']*/$1\.docx|FILE|g" "$work/$1.err" | cmp -s - "$work/$_t.warn" ||
        echo " [$1 warnings: $(sed "s|[^ ']*/$1\.docx|FILE|g" "$work/$1.err" | diff "$work/$_t.warn" - | grep '^[<>]' | head -2 | cut -c1-140 | tr '\n' '|')]"
}
# differs NAME TWIN: empty when the two plans differ (the twin's look is
# not SRC's: a check that can fail), else why not
differs() {
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/$2.body" && echo " [$1: the same plan as $2: the case tests nothing]"
}

# ---- C: a table style's conditional formats ---------------------------------------------
bad="$(as_twin cnf-firstcol)$(differs cnf-firstcol orig)"
grep -q 'columns 1 (bold)' "$work/cnf-firstcol.yaml" || bad="$bad [no KH759 note naming column 1 bold]"
if [ -z "$bad" ]; then
    ok "C1 a Biểu's table style whose first-column format is bold (w:tblStylePr firstCol, w:tblLook firstColumn): every row's first cell read bold as Word shows it, the data rows' KH759 notes: the twin's plan and warnings"
else
    not_ok "C1:$bad"
fi
bad="$(as_twin cnf-band)$(differs cnf-band orig)"
if [ -z "$bad" ]; then
    ok "C2 an even row band in italics (band2Horz), the heading row first: the rows 2, 4, ... past it italic, as Word counts bands: the twin's plan"
else
    not_ok "C2:$bad"
fi
bad="$(as_twin cnf-head)$(differs cnf-head orig)"
if [ -z "$bad" ]; then
    ok "C3 a first-row format in All Caps over a heading of two rows (the second a w:tblHeader row): both read in capitals, as Word shows them: the twin's plan"
else
    not_ok "C3:$bad"
fi
bad="$(as_twin tbl-hidden)$(differs tbl-hidden orig)"
if [ -z "$bad" ]; then
    ok "C4 a row band that hides its text (band1Horz w:vanish): those rows read empty as Word shows them, not their hidden text: the twin's plan"
else
    not_ok "C4:$bad"
fi
bad="$(as_twin cnf-off orig)$(as_twin cnf-shade orig)"
if [ -z "$bad" ]; then
    ok "C5g C6g (guards) the formats with w:tblLook applying none, and a band that only shades: the plan of SRC"
else
    not_ok "C5g/C6g:$bad"
fi

# C7: the looks' time, a table of 5,000 then 20,000 rows in a style of
# every conditional format, based on a chain of nine, its w:tblPr after 100
# bookmarks' starts (each cell's formats from its place, the table's rows
# counted once: 0.18 s and 0.72 s here, the start 0.11 s and 0.48 s)
/usr/bin/python3 "$top/tests/hardening/s53import_docx.py" --big "$work/big1.docx" 5000
/usr/bin/python3 "$top/tests/hardening/s53import_docx.py" --big "$work/big4.docx" 20000
scaling_case "C7g (guard) a table of 5,000 then 20,000 rows in a style of every conditional format: linear" \
    "$timed" import --force -o "$work/big1.yaml" "$work/big1.docx" -- \
    "$timed" import --force -o "$work/big4.yaml" "$work/big4.docx"
if "$khgen" import --force -o "$work/big4.yaml" "$work/big4.docx" 2>/dev/null && grep -q '"Xã số 20000"' "$work/big4.yaml"; then
    ok "C7g its 20,000 rows read"
else
    not_ok "C7g its rows: $(tail -c 300 "$work/big4.yaml")"
fi

# ---- H: a paragraph style's hidden, strike and underline in a cell ---------------------------
for c in cell-hidden:H1 cell-strike:H2 cell-underline:H3; do
    n=${c%%:*} id=${c#*:}
    bad="$(as_twin "$n")$(differs "$n" orig)"
    case $n in
    cell-strike) grep -q 'warning\[KH772\]' "$work/$n.err" || bad="$bad [no KH772]" ;;
    cell-underline) grep -q 'columns 4 (underlined)' "$work/$n.yaml" || bad="$bad [no KH759 note on column 4]" ;;
    cell-hidden) grep -q 'nông thôn mới", "2024"\]$' "$work/$n.yaml" && bad="$bad [the hidden text read]" ;;
    esac
    if [ -z "$bad" ]; then
        ok "$id a data cell whose paragraph style is ${n#cell-} (w:vanish, w:strike, w:u under KHTable): read as Word shows it, as the twin with the look on its run: its plan and warnings"
    else
        not_ok "$id:$bad"
    fi
done

# ---- P: a PDF's text, two cells one space apart on a centred row's STT line ---------------------
y=$work/chrome.yaml
"$guard" 30 "$khgen" import --force -o "$y" "$top/tests/hardening/lead52-lethuy-chrome.txt" 2>"$work/chrome.err"
st=$?
if [ "$st" -eq 0 ] && grep -A3 '^          - task: Kiện toàn Ban Chỉ huy$' "$y" | grep -q '^            support: \[phong-noi-vu\]$' &&
    grep -A4 '^          - task: Kiện toàn Ban Chỉ huy$' "$y" | grep -q '^            due: {in: 2025-05, text: "Tháng 5/{year}"}$' &&
    grep -q '^  - {id: phong-noi-vu, name: Phòng Nội vụ}$' "$y" && grep -q "took 'Tháng 5/2025' as that column's" "$work/chrome.err"; then
    ok "P1 Chromium's text of le-thuy's Bảng 2 (lead52-lethuy-chrome.txt): row 1's 'Phòng Nội vụ Tháng 5/2025' on its centred STT line, the time two places left of its column, read as the unit and the time (KH767 names the cut)"
else
    not_ok "P1 status $st: $(grep -A4 '^          - task: Kiện toàn Ban Chỉ huy$' "$y" | tr '\n' '|' | head -c 400)"
fi

# ---- R: khgen's .docx of each plan of plans/ as offices save it again --------------------------
mkdir -p "$work/r/src" "$work/r/lo" "$work/r/doc" "$work/r/lodoc" "$work/r/pd" "$work/r/imp"
plans=
for y in "$top"/plans/*.yaml; do
    n=$(basename "$y" .yaml)
    "$khgen" build -o "$work/r/src" -f md,docx "$y" >/dev/null 2>"$work/r/$n.build" ||
        not_ok "setup: build $n: $(head -c 200 "$work/r/$n.build")"
    plans="$plans $n"
done
# import_diff FORM N FILE: empty when FILE imports with exit 0, no warning,
# and `khgen diff` of plans/N.yaml and the import says the same document
import_diff() {
    _y=$work/r/imp/$2.$1.yaml
    [ -f "$3" ] || { echo " [$2 $1: not made]"; return; }
    "$guard" 30 "$khgen" import --force -o "$_y" "$3" 2>"$_y.err" || { echo " [$2 $1: import exit $?]"; return; }
    [ -s "$_y.err" ] && echo " [$2 $1: $(head -c 200 "$_y.err")]"
    (cd "$top/plans" && "$guard" 30 "$khgen" diff --no-color "$2.yaml" "$_y") >"$_y.diff" 2>&1 ||
        echo " [$2 $1: diff: $(grep '^@@' "$_y.diff" | head -3 | tr '\n' '|' | head -c 300)]"
}
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -n "$soffice" ]; then
    lo() { HOME=$work/home "$guard" 120 "$soffice" --headless -env:UserInstallation="file://$work/lo-profile" "$@" >/dev/null 2>&1; }
    lo --convert-to 'docx:MS Word 2007 XML' --outdir "$work/r/lo" "$work"/r/src/*.docx
    lo --convert-to 'doc:MS Word 97' --outdir "$work/r/doc" "$work"/r/src/*.docx
    lo --convert-to 'docx:MS Word 2007 XML' --outdir "$work/r/lodoc" "$work"/r/doc/*.doc
    bad=
    for n in $plans; do
        bad="$bad$(import_diff lo "$n" "$work/r/lo/$n.docx")$(import_diff lodoc "$n" "$work/r/lodoc/$n.docx")"
    done
    if [ -z "$bad" ]; then
        ok "R1g (guard) khgen's .docx of each plan of plans/ saved again by LibreOffice (--convert-to docx), and through Word 97's .doc and back: imported with no warning, and \`khgen diff\` against the plan says the same document"
    else
        not_ok "R1g:$bad"
    fi
else
    echo "skip - R1g LibreOffice round trips: no soffice"
fi
if command -v pandoc >/dev/null 2>&1; then
    bad=
    for n in $plans; do
        pandoc -f markdown -t docx "$work/r/src/$n.md" -o "$work/r/pd/$n.docx" 2>/dev/null
        _y=$work/r/imp/$n.pd.yaml
        "$guard" 30 "$khgen" import --force -o "$_y" "$work/r/pd/$n.docx" 2>"$_y.err" || bad="$bad [$n: exit $?]"
        grep -q 'picture' "$_y.err" "$_y" && bad="$bad [$n: $(grep -h 'picture' "$_y.err" "$_y" | head -1 | cut -c1-160)]"
        unzip -p "$work/r/pd/$n.docx" word/document.xml | grep -q 'o:hr="t"' || bad="$bad [$n: pandoc wrote no horizontal line: the case tests nothing]"
    done
    if [ -z "$bad" ]; then
        ok "R2 pandoc's .docx of each plan's .md: its horizontal lines (Markdown's '---', a v:rect o:hr=\"t\", Word's Horizontal Line) are no pictures: no KH759 'picture ... (no description)'"
    else
        not_ok "R2:$bad"
    fi
else
    echo "skip - R2 pandoc's .docx: no pandoc"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
