#!/bin/sh
# tests/hardening/s51word.sh KHGEN WORKDIR - the Word features session 50
# left on `khgen import` (report /tmp/lead51/r_s51word.md of that machine).
# Each document is made by s51word_docx.py beside its "twin", the file as
# Word shows it, and the two must import alike. Each case fails at 08f292d0
# (session 50's stop) unless it is named a guard:
#  F1   a content control bound to a data store (w:dataBinding) that is a
#       date picker, a drop-down list or a combo box shows what Word makes
#       of its node's value (ECMA-376 17.5.2.6): the date by the control's
#       w:dateFormat ("'ngày' dd 'tháng' MM 'năm' yyyy" of
#       "2025-01-15T00:00:00": the plan's date 2025-01-15; "d/M/yyyy" of a
#       basis's date "2022-04-20"), the display text of the list item whose
#       value the node holds ("lg": "HUYỆN LẠNG GIANG"), or the node's
#       text; import read the text saved in the control (date 2024-01, the
#       basis of 19/4, "HUYỆN YÊN THẾ", the old title), exit 0.
#  F1g  (guard) a bound rich-text control, whose binding the standard says
#       is ignored, keeps its content.
#  F2   bound controls in the page headers: the plan's header kept in the
#       first page's header (read before the body) with its place and date
#       a control bound to "Yên Thế, ngày 15 tháng 01 năm 2025" was read
#       with its saved date (2024-01), and a review note of another page
#       header quoted the saved "2024" where Word prints "2099".
#  F3   a list level whose number is hidden text (w:vanish in its w:rPr in
#       numbering.xml, ECMA-376 17.9.24) shows no number in Word (LibreOffice
#       7.4 prints it); import read "1." and made the opening a clause
#       (style: bold) and the body's paragraphs clauses.
#  F3g  (guard) the level saying w:vanish w:val="0" is numbered.
#  F4   toggle properties (ECMA-376 17.7.3): a character style's bold,
#       italic, All Caps or hidden text over a paragraph style setting the
#       same toggles it off, as Word shows it; import took the character
#       style's state: the opening, hidden by both, was left out (the body's
#       first paragraph read as the opening), in All Caps by both read
#       "UBND HUYỆN XÂY DỰNG ..." as a paragraph of the body, bold by both
#       read bold (a warning on the opening, "**...**" around two notes).
#  F4g  (guard) a run's own w:b over a bold paragraph style is bold (direct
#       formatting is absolute), and a character style's w:b w:val="0"
#       leaves its bold paragraph style's bold as it was.
#  F6   a table row of no cells (an empty w:tr) is no row to Word and
#       LibreOffice (soffice --convert-to txt gives the table without it);
#       import read it as a paragraph "|": among Biểu 02's rows, the rows
#       under it 22 review notes (KH762); above Biểu 01's header, its
#       column types and the levels it names lost, exit 0.
#  F5   the header's place and date line broken by a line break a drafter
#       typed (Shift+Enter) after "ngày 15", after "tháng 01", or inside
#       "ngày 15/01/" over "2024" (s50attack F8 joined "năm" over "2024" and
#       "Yên Thế," over "ngày ..." only): both lines were KH761 review
#       notes, the plan's place "Yên Thế" and date lost (date 2024-01 from
#       the title). Now one line, read as the twin's.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/out" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; # ---- F5: the place and date line broken by a line break ------------------------------------
bad=
for v in day month slash; do
    bad="$bad$(as_twin datebreak-$v)"
    grep -q '^  place: Yên Thế$' "$work/datebreak-$v.yaml" && grep -q '^  date: 2024-01-15$' "$work/datebreak-$v.yaml" ||
        bad="$bad [datebreak-$v: $(grep -m2 '^  place:\|^  date:' "$work/datebreak-$v.yaml" | tr '\n' ' ')]"
done
if [ -z "$bad" ]; then
    ok "F5 the header's place and date line broken by Shift+Enter after 'ngày 15', after 'tháng 01', inside '15/01/' '2024': one line, the place and date read"
else
    not_ok "F5:$bad"
fi

echo "$pass passed, $fail failed"; exit 1; }
src=$work/out/yen-the-2024.docx
mkdir -p "$work/gen"
/usr/bin/python3 "$top/tests/hardening/s51word_docx.py" "$src" "$work/gen" 2>"$work/gen.err" ||
    { not_ok "s51word_docx.py: $(head -c 300 "$work/gen.err")"; # ---- F5: the place and date line broken by a line break ------------------------------------
bad=
for v in day month slash; do
    bad="$bad$(as_twin datebreak-$v)"
    grep -q '^  place: Yên Thế$' "$work/datebreak-$v.yaml" && grep -q '^  date: 2024-01-15$' "$work/datebreak-$v.yaml" ||
        bad="$bad [datebreak-$v: $(grep -m2 '^  place:\|^  date:' "$work/datebreak-$v.yaml" | tr '\n' ' ')]"
done
if [ -z "$bad" ]; then
    ok "F5 the header's place and date line broken by Shift+Enter after 'ngày 15', after 'tháng 01', inside '15/01/' '2024': one line, the place and date read"
else
    not_ok "F5:$bad"
fi

echo "$pass passed, $fail failed"; exit 1; }
cp "$src" "$work/gen/orig.docx"

# as_twin NAME [TWIN]: empty when gen/NAME.docx imports with exit 0 to the
# plan (past the line naming the file) of gen/TWIN.docx (NAME-twin), else
# why not
as_twin() {
    _t=${2:-$1-twin}
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err" ||
        { echo " [$1: exit $?: $(head -c 200 "$work/$1.err")]"; return; }
    [ -f "$work/$_t.body" ] || {
        "$guard" 30 "$khgen" import "$work/gen/$_t.docx" -o "$work/$_t.yaml" 2>/dev/null
        tail -n +2 "$work/$_t.yaml" >"$work/$_t.body"
    }
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/$_t.body" ||
        echo " [$1: $(tail -n +2 "$work/$1.yaml" | diff "$work/$_t.body" - | grep '^[<>]' | head -3 | cut -c1-140 | tr '\n' '|')]"
}

# ---- F1: bound date pickers, drop-down lists, combo boxes ---------------------------------
bad=
for v in bind-date bind-date-num bind-drop bind-combo; do
    bad="$bad$(as_twin $v)"
done
grep -q '^  date: 2025-01-15$' "$work/bind-date.yaml" || bad="$bad [bind-date: $(grep -m1 '^  date:' "$work/bind-date.yaml")]"
grep -q '^    - HUYỆN LẠNG GIANG$' "$work/bind-drop.yaml" || bad="$bad [bind-drop: the list item not read]"
if [ -z "$bad" ]; then
    ok "F1 a bound date picker shows its node's date by its w:dateFormat, a drop-down the item of the node's value, a combo box the node's text, as Word shows them (ECMA-376 17.5.2.6): the twins' imports"
else
    not_ok "F1:$bad"
fi
bad=$(as_twin bind-rich orig)
if [ -z "$bad" ]; then
    ok "F1g (guard) a bound rich-text control, whose binding ECMA-376 17.5.2.6 says is ignored, keeps its content"
else
    not_ok "F1g:$bad"
fi

# ---- F2: bound controls in page headers and footers -----------------------------------
bad=
for v in bind-header bind-margin; do
    bad="$bad$(as_twin $v)"
done
grep -q '^  date: 2025-01-15$' "$work/bind-header.yaml" || bad="$bad [bind-header: $(grep -m1 '^  date:' "$work/bind-header.yaml")]"
if [ -z "$bad" ]; then
    ok "F2 a bound control in the first page's header (the plan's header kept there) and in another page header shows its store's text: the twins' imports"
else
    not_ok "F2:$bad"
fi

# ---- F3: a list's number hidden --------------------------------------------------------
bad=$(as_twin numhide orig)
if [ -z "$bad" ]; then
    ok "F3 paragraphs of a list whose level's number is hidden text (w:vanish in numbering.xml's w:rPr) read unnumbered, as Word shows them"
else
    not_ok "F3:$bad"
fi
bad=
"$guard" 30 "$khgen" import "$work/gen/numshow.docx" -o "$work/numshow.yaml" 2>"$work/numshow.err" || bad=" [exit $?]"
grep -q '^  - clause: "UBND huyện xây dựng Kế hoạch' "$work/numshow.yaml" || bad="$bad [the opening not numbered: $(grep -m1 'UBND huyện xây dựng Kế hoạch' "$work/numshow.yaml" | cut -c1-100)]"
if [ -z "$bad" ]; then
    ok "F3g (guard) the same level saying w:vanish w:val=\"0\": its number read"
else
    not_ok "F3g:$bad"
fi

# ---- F4: toggle properties ---------------------------------------------------------------
bad=
for v in caps vanish bold italic; do
    bad="$bad$(as_twin tog-$v)"
done
grep -q '^opening: "UBND huyện xây dựng Kế hoạch triển khai' "$work/tog-vanish.yaml" ||
    bad="$bad [tog-vanish: the opening lost]"
grep -q '^opening: "UBND huyện xây dựng Kế hoạch triển khai' "$work/tog-caps.yaml" ||
    bad="$bad [tog-caps: the opening in capitals]"
if [ -z "$bad" ]; then
    ok "F4 a character style's All Caps, hidden text, bold, italic over a paragraph style's own toggles it off (ECMA-376 17.7.3): the import is the twin's, as Word shows it"
else
    not_ok "F4:$bad"
fi
bad=
for v in direct false; do
    bad="$bad$(as_twin tog-$v)"
done
grep -q '^opening: "\*\*UBND huyện xây dựng\|^# review: the opening is bold' "$work/tog-direct.yaml" ||
    bad="$bad [tog-direct: the opening not bold]"
if [ -z "$bad" ]; then
    ok "F4g (guard) a run's own w:b over a bold paragraph style is bold, a character style's w:b false leaves it bold: each as its twin"
else
    not_ok "F4g:$bad"
fi

# ---- F6: rows of no cells ----------------------------------------------------------------
bad=
for v in emptytr emptytr-head; do
    bad="$bad$(as_twin $v orig)"
done
grep -q 'type: stt' "$work/emptytr-head.yaml" || bad="$bad [Biểu 01's STT column not read]"
if [ -z "$bad" ]; then
    ok "F6 an empty w:tr among a Biểu's rows or above its header: no row, as Word and LibreOffice show the table (the import the original's)"
else
    not_ok "F6:$bad"
fi

# ---- F5: the place and date line broken by a line break ------------------------------------
bad=
for v in day month slash; do
    bad="$bad$(as_twin datebreak-$v)"
    grep -q '^  place: Yên Thế$' "$work/datebreak-$v.yaml" && grep -q '^  date: 2024-01-15$' "$work/datebreak-$v.yaml" ||
        bad="$bad [datebreak-$v: $(grep -m2 '^  place:\|^  date:' "$work/datebreak-$v.yaml" | tr '\n' ' ')]"
done
if [ -z "$bad" ]; then
    ok "F5 the header's place and date line broken by Shift+Enter after 'ngày 15', after 'tháng 01', inside '15/01/' '2024': one line, the place and date read"
else
    not_ok "F5:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
