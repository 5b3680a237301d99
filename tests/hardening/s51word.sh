#!/bin/sh
# tests/hardening/s51word.sh KHGEN WORKDIR - the Word features session 50
# left on `khgen import` (report /tmp/lead51/r_s51word.md of that machine).
# Each document is made by s51word_docx.py beside its "twin", the file as
# Word shows it, and the two must import alike. Each case fails at 08f292d0
# (session 50's stop) unless it is named a guard:
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
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/out" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; echo "$pass passed, $fail failed"; exit 1; }
src=$work/out/yen-the-2024.docx
mkdir -p "$work/gen"
/usr/bin/python3 "$top/tests/hardening/s51word_docx.py" "$src" "$work/gen" 2>"$work/gen.err" ||
    { not_ok "s51word_docx.py: $(head -c 300 "$work/gen.err")"; echo "$pass passed, $fail failed"; exit 1; }
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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
