#!/bin/sh
# tests/hardening/mut26.sh KHGEN WORKDIR - what session 26's mutation
# sweep of session 25's new code (src/check_commas.c, src/vi_upper.c,
# src/docx_rels.c, src/docx_pagehead.c, src/attach_idcells.c,
# src/md_pandoc_inline.c) and of older code never mutated found the tests
# blind to (issue 8):
#   - KH175 (a recipient cut at its commas inside [...]) over a list of
#     two recipients, not over a piece after a quoted recipient (on its
#     line or the line above), and a run of pieces that ends at its line
#     (src/check_commas.c);
# (and tests/unit/test_md_pandoc_inline.c: pandoc's spans, strikeouts,
# subscripts and raw blocks at their bounds).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# check_at NAME FILE STATUS CODE LINE:COL TEXT: `khgen check FILE` ends
# with STATUS and reports CODE at LINE:COL with TEXT in its message
check_at() {
    "$khgen" check --color=never "$2" >"$work/out" 2>"$work/err"
    st=$?
    base=$(basename "$2")
    if [ $st -eq "$3" ] && grep -F -- "$base:$5: " "$work/err" | grep -F -- "[$4]" | grep -qF -- "$6"; then
        ok "$1"
    else
        not_ok "$1: exit $st (want $3), want [$4] at $5 with '$6'; got: $(head -c 500 "$work/err")"
    fi
}
# no_code NAME FILE CODE: `khgen check FILE` ends 0 without CODE
no_code() {
    "$khgen" check --color=never "$2" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -eq 0 ] && ! grep -qF "[$3]" "$work/err"; then
        ok "$1"
    else
        not_ok "$1: exit $st, got: $(head -c 500 "$work/err")"
    fi
}

# ---- check_commas.c: KH175 at its bounds ----------------------------------------
R='recipients: [UBND tỉnh, Các xã, "Lưu: VT"]'
edited c1 "$R" 'recipients: [Các ban, ngành]'
check_at "C1 a list of two recipients, the second a piece of the first: KH175" \
    "$work/p/c1.yaml" 0 KH175 64:23 "'\"Các ban, ngành\"'"
edited c2 "$R" 'recipients: ["Các ban", ngành, Các xã]'
no_code "C2 a small letter after a quoted recipient is no piece of it" "$work/p/c2.yaml" KH175
edited c3 "$R" 'recipients: [UBND tỉnh, "Các ban",
  ngành, Các xã]'
no_code "C3 a small letter after a quoted recipient on the line above" "$work/p/c3.yaml" KH175

edited c4 "$R" 'recipients: [UBND tỉnh, Các ban, ngành,
  đoàn thể xã, Các xã]'
check_at "C4 the run of pieces ends at its line: a piece on the next line starts none of it" \
    "$work/p/c4.yaml" 0 KH175 64:34 "prints 2 lines, 'Các ban, ngành' cut"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
