#!/bin/sh
# tests/hardening/leftovers7.sh KHGEN WORKDIR - the leftovers of issue 8 that
# session 7 fixed (G8, G18, G19, M3 and an empty wording), and fields that,
# left empty or unevaluated, printed a bare label or raw braces: each case
# is a document that came out wrong with exit 0, or a diagnostic missing.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
# (timed cases: at most a second of CPU with the release build, five under
# the sanitizers, as in attack6.sh)

# The outputs a build wrote to DIR for PLAN: the .md, the .html, the text of
# the .docx and of the .xlsx.
texts_of() { # DIR PLAN: the four outputs' texts, one after the other
    cat "$1/$2.md" "$1/$2.html"
    unzip -p "$1/$2.docx" word/document.xml 2>/dev/null | sed 's/<[^>]*>//g'
    unzip -p "$1/$2.xlsx" xl/sharedStrings.xml 2>/dev/null | sed 's/<[^>]*>//g'
}
no_raw() { # NAME PATTERN DIR PLAN: PATTERN (grep -E) is in none of them
    if texts_of "$3" "$4" | grep -qE "$2"; then
        not_ok "$1: '$(texts_of "$3" "$4" | grep -oE "$2" | head -n 1)' is printed"
    else
        ok "$1"
    fi
}
has_text() { # NAME TEXT DIR PLAN: TEXT in the .md, the .html, the .docx and the .xlsx
    _missing=
    grep -qF "$2" "$3/$4.md" || _missing="$_missing md"
    grep -qF "$2" "$3/$4.html" || _missing="$_missing html"
    unzip -p "$3/$4.docx" word/document.xml | sed 's/<[^>]*>//g' | grep -qF "$2" ||
        _missing="$_missing docx"
    [ "${5:-}" = no-xlsx ] ||
        unzip -p "$3/$4.xlsx" xl/sharedStrings.xml | grep -qF "$2" || _missing="$_missing xlsx"
    [ -z "$_missing" ] && ok "$1" || not_ok "$1: not in$_missing"
}

# ---- G8: figures over table rows in tables' cells ------------------------------
# bieu01's cells counting bieu02 printed bieu02's cells as written ("{year}"),
# a title counting its own table printed its cells unexpanded, a generated
# table's note counted 0 rows; tables counting each other printed
# "{list rows ...}" with exit 0
"$khgen" build -o "$work/g8" tests/diag/fig-rows-order-ok.yaml >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 0 ] && ok "G8: tables counting tables written after them build" ||
    not_ok "G8: build status $status"
no_raw "... no reference is printed as written" '\{(year|list|count)' "$work/g8" fig-rows-order-ok
has_text "... a cell shows the cells of a table written after it" "A: B năm 2024" "$work/g8" fig-rows-order-ok
has_text "... a generated table's note counts its own rows" "Có 2 xã (Đồng Hưu, Tân Hiệp)." \
    "$work/g8" fig-rows-order-ok no-xlsx
has_text "... a title lists its own table's finished cells" "(A: B NĂM 2024)" "$work/g8" fig-rows-order-ok no-xlsx
"$khgen" build -o "$work/g8-loop" tests/diag/fig-rows-loop.yaml >"$work/out" 2>"$work/err"
status=$?
n=$(grep -c 'error\[KH509\]' "$work/err")
[ $status -eq 1 ] && [ "$n" = 3 ] && [ -z "$(ls -A "$work/g8-loop" 2>/dev/null)" ] &&
    ok "G8: three loops are three KH509 errors and nothing is written" ||
    not_ok "G8: status $status, $n KH509, written: $(ls "$work/g8-loop" 2>/dev/null)"

# ---- G18: convert wrote what no plan may hold --------------------------------
# a UTF-16 file with NUL, ESC, U+FFFE, BEL and U+2028 converted silently, and
# check then refused the result (KH004)
/usr/bin/python3 - "$work" <<'PY'
import sys
text = ("khgen: 1\nheader:\n  title: Thực thi\x00 năm\x1b[31m đỏ\ufffe xong\n"
        "  place: Yên Thế\x07\n  issuer: [ỦY BAN NHÂN DÂN, XÃ A\u2028B]\r\n")
open(sys.argv[1] + "/ctl16.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16le"))
PY
"$khgen" convert "$work/ctl16.txt" -o "$work/ctl16.yaml" >"$work/out" 2>"$work/err"
status=$?
positions=$(grep -o '^[^ ]*ctl16.txt:[0-9]*:[0-9]*: warning\[KH017\]' "$work/err" |
    sed 's/.*ctl16.txt:\([0-9]*:[0-9]*\):.*/\1/' | tr '\n' ' ')
[ $status -eq 0 ] && [ "$positions" = "3:18 3:23 3:31 4:17 5:33 " ] &&
    ok "G18: convert warns of NUL, ESC, U+FFFE, BEL and U+2028 at their lines and columns" ||
    not_ok "G18: status $status, KH017 at '$positions'"
if LC_ALL=C grep -q "$(printf '[\001-\010\013-\014\016-\037]')" "$work/ctl16.yaml" ||
    grep -q "$(printf '\357\277\276\|\342\200\250')" "$work/ctl16.yaml"; then
    not_ok "... the converted file still holds one of them"
elif [ "$(tr -cd '\r' <"$work/ctl16.yaml" | wc -c)" != 1 ]; then
    not_ok "... the converted file lost its CR LF"
else
    ok "... the converted file holds none of them (its CR LF kept)"
fi
"$khgen" check "$work/ctl16.yaml" >"$work/out" 2>"$work/err"
grep -q 'KH00[34]' "$work/err" && not_ok "... check refuses the converted file: $(grep KH00 "$work/err" | head -n 1)" ||
    ok "... check reads the converted file (no KH003/KH004)"
grep -q 'XÃ A B' "$work/ctl16.yaml" && ok "... U+2028 is a space" || not_ok "... U+2028 is not a space"

# ---- G19: a diagnostic was dozens of write(2)s -----------------------------------
# stderr is unbuffered and a caret line went out a character at a time: 80,000
# diagnostics with --max-errors 0 were 5.3 million writes, 4 s of CPU (3 s of
# it system time) on a busy machine; diag_flush now writes chunks of 64 KB.
# 40,000 of them (2.6 million writes before, 2 s): formatting 80,000 with
# their source lines and carets (13 MB) takes 0.85 s of a quiet machine,
# too near the limit of a busy one; 40,000 take half, and it is linear
# (the plan has a units list of one: with none at all, since c01b0fd3 the
# first unknown unit is told and the others are not, one by one)
/usr/bin/python3 - "$work" <<'PY'
import sys
open(sys.argv[1] + "/many.yaml", "w").write("""khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: Thực thi thử}
units:
  - {id: vp, name: Văn phòng}
opening: "{unit vp} giúp Ủy ban nhân dân xã theo dõi."
body:
""" + "".join("  - bullet: Việc {unit u%d}\n" % i for i in range(40000)))
PY
# (standard error to a pipe, as to a terminal: to a file the writes were cheap)
timed_case "G19: 40,000 diagnostics with --max-errors 0 (1.1 MB) into a pipe, check" \
    sh -c '"$1" check --max-errors 0 "$2" 2>&1 | cat >&2' sh "$timed" "$work/many.yaml"
[ "$(grep -c 'error\[KH202\]' "$work/err")" = 40000 ] && [ "$(tail -n 1 "$work/err")" = "40000 errors generated." ] &&
    ok "... all 40,000 are printed, in order, then the summary" ||
    not_ok "... $(grep -c 'error\[KH202\]' "$work/err") printed, last line '$(tail -n 1 "$work/err")'"
sed -n '2p;5p' "$work/err" | grep -q 'Việc {unit u0}' && ok "... with their source lines" || not_ok "... the source lines are missing"

# ---- an empty wording ------------------------------------------------------------
# national_name: "" printed "****" above the motto, task_due_label: "   " a
# bare "+ : quý IV/2024", with exit 0
"$khgen" build --templates tests/diag/wording-empty.d -o "$work/wording" tests/diag/wording-empty.yaml \
    >"$work/out" 2>"$work/err"
status=$?
n=$(grep -c 'error\[KH808\]' "$work/err")
[ $status -eq 1 ] && [ "$n" = 4 ] && [ -z "$(ls -A "$work/wording" 2>/dev/null)" ] &&
    ok "empty wording: four KH808 at their lines of wording.yaml, nothing built" ||
    not_ok "empty wording: status $status, $n KH808, written: $(ls "$work/wording" 2>/dev/null | tr '\n' ' ')"

# ---- fields of spaces or left empty ---------------------------------------------------
# (the errors: tests/diag/blank-fields.yaml)
"$khgen" build -o "$work/blank" tests/diag/blank-fields-ok.yaml >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 0 ] && ok "blank optional fields build" || not_ok "blank optional fields: status $status"
no_raw "... no label without its text, no empty bold, no bare bullet" \
    'Khoản hai: *$|^- *$|\*\* +\*\*|<strong> *</strong>|<b> *</b>' "$work/blank" blank-fields-ok
has_text "... the task titled with spaces is untitled: its text is its line" "Làm việc." "$work/blank" blank-fields-ok no-xlsx
grep -q '^- Làm việc\.$' "$work/blank/blank-fields-ok.md" && ok "... as '- Làm việc.' in the .md" ||
    not_ok "... the .md has no '- Làm việc.' line"
if texts_of "$work/blank" blank-fields-ok | grep -qE '^ +$|<(em|i|td)[^>]*> +</(em|i|td)>|<t[^>]*> +</t>|\* +\*|\| {3,}\|'; then
    not_ok "... a note or a cell of spaces is printed: $(texts_of "$work/blank" blank-fields-ok | grep -nE '^ +$|> +<|\* +\*|\| {3,}\|' | head -n 1)"
else
    ok "... no note or cell of spaces in any format"
fi

# ---- build -f html -o - printed nothing, with exit 0 ---------------------------------
# the HTML was freed with the PDF's source before -o - printed it
"$khgen" build -f html -o - plans/binh-trung-2024.yaml >"$work/stdout.html" 2>"$work/err"
status=$?
[ $status -eq 0 ] && grep -q '</html>' "$work/stdout.html" && grep -q 'BÌNH TRUNG' "$work/stdout.html" &&
    ok "build -f html -o - writes the document to standard output" ||
    not_ok "build -f html -o -: status $status, $(wc -c <"$work/stdout.html") bytes"

# ---- a number on the command line is digits only (attack L3) --------------------------
# strtol took " 2025" and "+2025" for --year and " 3" for --max-errors
for y in " 2025" "+2025" "-0"; do
    "$khgen" new --from plans/binh-trung-2024.yaml --year "$y" -o "$work/next.yaml" >/dev/null 2>"$work/err"
    status=$?
    [ $status -eq 2 ] && [ ! -e "$work/next.yaml" ] && ok "new --year '$y': a usage error (status 2)" ||
        not_ok "new --year '$y': status $status"
done
"$khgen" check --max-errors "+3" plans/binh-trung-2024.yaml >/dev/null 2>"$work/err"
status=$?
[ $status -eq 2 ] && ok "check --max-errors '+3': a usage error (status 2)" || not_ok "check --max-errors '+3': status $status"
"$khgen" new --from plans/binh-trung-2024.yaml --year 2025 -o "$work/next.yaml" >/dev/null 2>"$work/err"
status=$?
[ $status -eq 0 ] && [ -s "$work/next.yaml" ] && ok "new --year 2025 still works" || not_ok "new --year 2025: status $status"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
