#!/bin/sh
# tests/hardening/s50attack.sh KHGEN WORKDIR - session 50's attack on the
# importer of real Word files with the features offices' files carry
# (report /tmp/lead50/r_s50attack.md of that machine). Each case fails at
# 6825de1f (session 49's stop) unless it is named a guard:
#  F1   a run in an mc:AlternateContent whose mc:Choice requires a third
#       party's namespace (declared, or a prefix no one declares) is shown
#       by Word and LibreOffice from its mc:Fallback; import read the Choice
#       ("năm 2099" for the "năm 2024" every reviewer saw: the plan's date
#       and bases moved to 2099, exit 0). Now the Fallback: the import is
#       the original's, line for line.
#  F1g  (guard) a Choice requiring w14 (Word 2010's namespace, which Word
#       understands) is read and its Fallback ("năm 2099") is not: catches
#       a fix that takes every Fallback, or reads both.
#  F2   elements of a namespace mc:Ignorable lists, which Word does not
#       know (a run "Chi thêm 5 tỷ đồng năm 2099." and a bullet paragraph
#       "- Bổ sung: ...") are left out by Word with what they hold; import
#       read them into the plan. Now left out: the import is the original's.
#  F2g  (guard) the same elements named by mc:ProcessContent: Word reads
#       what they hold, and so does import (catches a fix that drops every
#       element of an unknown namespace).
#  F3   a column of a Biểu deleted with Track Changes (each cell w:cellDel:
#       Word's Delete Cells tracked) was imported as a column still there,
#       its header "Cơ quan phối hợp" and its cells; Word shows the table
#       without it. Now the import is that of the file with those cells
#       removed.
#  F3g  (guard) the same cells marked inserted (w:cellIns) are read.
#  F4   text typed in a field's code (a w:t between its begin and its
#       separate, or its end when it has no result, where w:instrText
#       belongs: "năm 2099 " before the result "năm 2024") is the code to
#       Word and LibreOffice, which show the result only; import read it as
#       the plan's (date 2099-01). Now the import is the original's.
#  F4g  (guard) a field begun and never separated nor ended in its
#       paragraph (a damaged file) gives its text back, as before: catches a
#       fix that drops the rest of such a paragraph.
#  F5   a plain-text content control bound to a data store (w:dataBinding:
#       the core properties' title, a custom XML part) is shown by Word and
#       LibreOffice with the store's text, not the text saved in it; import
#       read the saved text (the title "... năm 2024" where the store and
#       every reviewer say "... năm 2099"; the date line of 2024 where they
#       say "ngày 15 tháng 01 năm 2025"). Now the store's.
#  F5g  (guard) a control bound to a store that holds its saved text: the
#       import is the original's (catches a fix that rewrites a control's
#       runs otherwise than Word shows them).
#  F6   a paragraph begun with a drop cap (Word keeps the large first letter
#       in a paragraph of its own, w:framePr w:dropCap, beside the text) was
#       imported as two: "U" and "BND huyện xây dựng ...", the opening lost
#       to the body, "-" and a bullet's words as two paragraphs; Word and
#       LibreOffice show one. Now one, the import the original's.
#  F7   an equation (Office Math: Insert > Equation) was read as its runs'
#       texts one after another: a fraction "số xã đạt chuẩn" over "tổng số
#       xã" became "số xã đạt chuẩntổng số xã", "km" raised "2" "km2", a
#       root's sign and the brackets lost. Now the linear form Word shows
#       (Equation > Linear): "(số xã đạt chuẩn)/(tổng số xã)×100% km²,
#       √(x), [a|b], CO₂".
#  F8   the place and date line broken by a line break a drafter typed in
#       the header's narrow column (Shift+Enter: "... tháng 01 năm" over
#       "2024", "Yên Thế," over "ngày ...") lost the place and the month
#       (place: Địa danh, date: 2024, two KH761); Word shows the one line
#       broken. Now read as the line: the import is the original's.
#  L1   a zip whose files are named with backslashes ("word\document.xml",
#       as .NET 4.5's ZipFile wrote them; Word and LibreOffice open nothing
#       of it) was refused with KH756 guessing "an .xlsx or .odt renamed?";
#       now KH756 says what it is and what to do.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/out" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; echo "$pass passed, $fail failed"; exit 1; }
src=$work/out/yen-the-2024.docx
mkdir -p "$work/gen"
/usr/bin/python3 "$top/tests/hardening/s50attack_docx.py" "$src" "$work/gen" 2>"$work/gen.err" ||
    { not_ok "s50attack_docx.py: $(head -c 300 "$work/gen.err")"; echo "$pass passed, $fail failed"; exit 1; }
"$guard" 30 "$khgen" import "$src" -o "$work/orig.yaml" 2>/dev/null
tail -n +2 "$work/orig.yaml" >"$work/orig.body"
grep -q 'date: 2024-01' "$work/orig.body" || not_ok "the original's import has no 'date: 2024-01'"

# imported NAME: import gen/NAME.docx; 0 when it exits 0 and its plan (past
# the line naming the file) is the original's
imported() {
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err" || return 1
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/orig.body"
}
# ---- F1: a Choice Word does not take ----------------------------------------------------
bad=
for v in choice-unknown choice-undeclared; do
    imported $v || bad="$bad [$v: $(grep -c 2099 "$work/$v.yaml") lines of 2099; $(diff "$work/orig.body" "$work/$v.yaml" | grep '^>' | head -2 | tr '\n' '|' | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "F1 a run's mc:AlternateContent whose Choice requires a namespace Word does not understand: its Fallback, as Word and LibreOffice show it (the plan the original's)"
else
    not_ok "F1:$bad"
fi
bad=
imported choice-w14 || bad="$bad [$(grep -c 2099 "$work/choice-w14.yaml") lines of 2099; $(diff "$work/orig.body" "$work/choice-w14.yaml" | head -3 | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F1g (guard) a Choice requiring w14: the Choice, once, and not the Fallback"
else
    not_ok "F1g:$bad"
fi

# ---- F2: an ignorable namespace's elements ---------------------------------------------
bad=
imported ignorable || bad="$bad [$(grep -c 'Bổ sung\|Chi thêm' "$work/ignorable.yaml") lines of theirs: $(grep -m2 'Bổ sung\|Chi thêm' "$work/ignorable.yaml" | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F2 elements of a namespace mc:Ignorable lists, which Word does not know, left out with their runs and paragraphs"
else
    not_ok "F2:$bad"
fi
bad=
"$guard" 30 "$khgen" import "$work/gen/process.docx" -o "$work/process.yaml" 2>"$work/process.err" || bad="$bad [exit $?]"
n=$(grep -c 'bullet: "Bổ sung: chi 5 tỷ đồng năm 2099."' "$work/process.yaml")
[ "$n" -eq 3 ] || bad="$bad [$n bullets 'Bổ sung', not 3]"
grep -q 'huyện năm {year} Chi thêm 5 tỷ đồng năm 2099.' "$work/process.yaml" || bad="$bad [the title's run not read]"
if [ -z "$bad" ]; then
    ok "F2g (guard) the same elements named by mc:ProcessContent: what they hold is read, where it stands"
else
    not_ok "F2g:$bad"
fi

# ---- F3: a column deleted with Track Changes ------------------------------------------
bad=
for v in celldel celldel-twin cellins; do
    "$guard" 30 "$khgen" import "$work/gen/$v.docx" -o "$work/$v.yaml" 2>"$work/$v.err" || bad="$bad [$v: exit $?]"
    tail -n +2 "$work/$v.yaml" >"$work/$v.body"
done
cmp -s "$work/celldel.body" "$work/celldel-twin.body" || bad="$bad [not the accepted file's: $(diff "$work/celldel-twin.body" "$work/celldel.body" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
sed -n '/id: bieu-02$/,/id: bieu-03$/p' "$work/celldel.yaml" >"$work/celldel.b02"
grep -q 'header: "Cơ quan phối hợp"' "$work/celldel.b02" && bad="$bad [Biểu 02's deleted column's header imported]"
grep -q 'header: "Cơ quan phụ trách"' "$work/celldel.b02" || bad="$bad [Biểu 02's column before it lost]"
if [ -z "$bad" ]; then
    ok "F3 a Biểu's column deleted with Track Changes (w:cellDel): imported as Word shows the table, without it"
else
    not_ok "F3:$bad"
fi
bad=
cmp -s "$work/cellins.body" "$work/orig.body" || bad="$bad [$(diff "$work/orig.body" "$work/cellins.body" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F3g (guard) the same cells marked inserted (w:cellIns): read, the import the original's"
else
    not_ok "F3g:$bad"
fi

# ---- F4: text in a field's code ---------------------------------------------------------
bad=
for v in field-code field-noresult; do
    imported $v || bad="$bad [$v: $(grep -c 2099 "$work/$v.yaml") lines of 2099: $(grep -m2 2099 "$work/$v.yaml" | tr '\n' '|' | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "F4 a w:t in a field's code (before its separate, or its end with no result): the code, not read, the import the original's"
else
    not_ok "F4:$bad"
fi
bad=
"$guard" 30 "$khgen" import "$work/gen/field-dangling.docx" -o "$work/field-dangling.yaml" 2>"$work/field-dangling.err" || bad="$bad [exit $?]"
# the first run of "năm 2024" is the place and date line's
grep -q '^  place: Kèm số liệu 2099 Yên Thế$' "$work/field-dangling.yaml" || bad="$bad [$(grep -m1 'place:' "$work/field-dangling.yaml" | head -c 300)]"
grep -q '^  date: 2024-01$' "$work/field-dangling.yaml" || bad="$bad [the date's line cut: $(grep -m1 'date:' "$work/field-dangling.yaml" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F4g (guard) a field never separated nor ended in its paragraph: its text read as written, the paragraph whole"
else
    not_ok "F4g:$bad"
fi

# ---- F5: content controls bound to a data store ----------------------------------------
bad=
for v in bind-core bind-custom; do
    "$guard" 30 "$khgen" import "$work/gen/$v.docx" -o "$work/$v.yaml" 2>"$work/$v.err" || bad="$bad [$v: exit $?]"
done
grep -q '^  title: Triển khai thực hiện kế hoạch năm 2099$' "$work/bind-core.yaml" ||
    bad="$bad [core: $(grep -m1 '^  title:' "$work/bind-core.yaml" | head -c 200)]"
grep -q '^  date: 2025-01-15$' "$work/bind-custom.yaml" ||
    bad="$bad [custom: $(grep -m1 '^  date:' "$work/bind-custom.yaml" | head -c 200)]"
if [ -z "$bad" ]; then
    ok "F5 a plain-text content control bound to the core properties or a custom XML part: the store's text, as Word and LibreOffice show it"
else
    not_ok "F5:$bad"
fi
bad=
imported bind-same || bad="$bad [$(diff "$work/orig.body" "$work/bind-same.yaml" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F5g (guard) a control bound to a store holding its saved text: the import the original's"
else
    not_ok "F5g:$bad"
fi

# ---- F6: drop caps -----------------------------------------------------------------------
bad=
imported dropcap || bad="$bad [$(diff "$work/orig.body" "$work/dropcap.yaml" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F6 paragraphs begun with a drop cap: one paragraph each, as Word and LibreOffice show them"
else
    not_ok "F6:$bad"
fi

# ---- F7: equations ---------------------------------------------------------------------
bad=
"$guard" 30 "$khgen" import "$work/gen/equation.docx" -o "$work/equation.yaml" 2>"$work/equation.err" || bad="$bad [exit $?]"
grep -q 'Lũy kế đạt 16,9 tiêu chí/xã. (tỷ lệ: (số xã đạt chuẩn)/(tổng số xã)×100% km², √(x), \[a|b\], CO₂"$' "$work/equation.yaml" ||
    bad="$bad [$(grep -m1 'Lũy kế' "$work/equation.yaml" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F7 an equation: its linear form, as Word shows it (a fraction, a raised and a lowered digit, a root, brackets)"
else
    not_ok "F7:$bad"
fi

# ---- F8: the date line broken by Shift+Enter -------------------------------------------
bad=
for v in datebreak-year datebreak-place; do
    imported $v || bad="$bad [$v: $(grep -E '^  (place|date):' "$work/$v.yaml" | tr '\n' ' ' | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "F8 the place and date line broken by a typed line break (after 'năm', after the place's comma): the place and the date read"
else
    not_ok "F8:$bad"
fi

# ---- L1: a zip of backslashed names ------------------------------------------------------
bad=
"$guard" 30 "$khgen" import "$work/gen/backslash.docx" -o "$work/backslash.yaml" 2>"$work/backslash.err"
st=$?
[ "$st" -eq 3 ] || bad="$bad [exit $st, not 3]"
[ -e "$work/backslash.yaml" ] && bad="$bad [a plan written]"
grep -q "KH756.*named with backslashes ('word.document.xml')" "$work/backslash.err" || bad="$bad [$(head -c 300 "$work/backslash.err")]"
grep -q 'renamed?' "$work/backslash.err" && bad="$bad [still guesses a renamed .xlsx or .odt]"
if [ -z "$bad" ]; then
    ok "L1 a zip of backslashed names: KH756 says so (not 'an .xlsx or .odt renamed?'), exit 3, nothing written"
else
    not_ok "L1:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
