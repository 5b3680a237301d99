#!/bin/sh
# tests/hardening/s53review.sh KHGEN WORKDIR - what session 53's review of
# session 52's code (3be5a963..8bad564e, and s52cycle's) found, and the
# guards its mutants asked for (tools/mutants.py; reproducers in
# /tmp/s53review/ of that session). The Word documents are made at test
# time by s53review_docx.py from khgen's .docx of plans/yen-the-2024.yaml.
# Each case fails at 8bad564e (session 52's stop) unless it is named a
# guard:
#  R1   a Biểu's table whose style is in All Caps (s52import F7) and whose
#       first child is a bookmark's start, before its w:tblPr (a bookmark
#       over the whole table: ECMA-376 17.4.38 puts range markup first):
#       table_props (bfeca52f, which looks for w:tblPr before the rows
#       only) stopped at the bookmark, the style unread, the cells read as
#       typed where Word shows capitals, exit 0; now the twin's plan (the
#       text typed in capitals); so too under two bookmarks and a
#       comment's range.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/built" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; echo "$pass passed, $fail failed"; exit 1; }
mkdir -p "$work/gen"
/usr/bin/python3 "$top/tests/hardening/s53review_docx.py" "$work/built/yen-the-2024.docx" "$work/gen" 2>"$work/gen.err" ||
    { not_ok "s53review_docx.py: $(head -c 300 "$work/gen.err")"; echo "$pass passed, $fail failed"; exit 1; }

# as_twin NAME [TWIN]: gen/NAME.docx imports as gen/TWIN.docx (NAME-twin)
# does, but for the first line (the file's name); says what differs
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

# ---- R1: a table style found past the range markup before w:tblPr ------------------------
bad="$(as_twin tblcaps-bm tblcaps-twin)$(as_twin tblcaps-marks tblcaps-twin)"
grep -q 'header: "TÊN TIÊU CHÍ"' "$work/tblcaps-twin.yaml" 2>/dev/null || bad="$bad [the twin has no 'TÊN TIÊU CHÍ']"
if [ -z "$bad" ]; then
    ok "R1 a Biểu's table of a style in All Caps whose w:tblPr comes after a bookmark's start (and after two bookmarks and a comment's range) shows its cells in capitals, as Word does: the twin's plan"
else
    not_ok "R1:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
