#!/bin/sh
# tests/hardening/attack27.sh KHGEN WORKDIR - what the twenty-eighth
# black-box attack found (session 27's; issue 8; /tmp/s27attack/findings.md
# in its session), weighing a tired drafter's copy of README's example, the
# document in every format, and the command line as IT staff script it:
#  M1 `khgen diff` said "the same", exit 0, of two plans whose tables
#     print otherwise: a column given `align: right` (or a text column
#     `align: center`) or `width: 40` changes the .md's ":---:", the
#     .html's and the .docx's cells and the workbook's columns. Now a line
#     "định dạng: ... căn lề các cột: giữa trái [-giữa-]{+phải+}" (the
#     alignment as printed, so an STT column and a text column centred by
#     `align: center`, as import writes it, are no change) and "độ rộng
#     cột: Tên 40 ký tự".
# Each M case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p

# diff_says NAME OLD NEW STATUS TEXT...: `khgen diff --no-color OLD NEW`
# ends with STATUS and its output holds each TEXT (a fixed string)
diff_says() {
    _name=$1 _old=$2 _new=$3 _want=$4
    shift 4
    "$khgen" diff --no-color "$_old" "$_new" >"$work/out" 2>"$work/err"
    status=$?
    _missing=
    for _text in "$@"; do
        grep -qF -- "$_text" "$work/out" || _missing="$_missing [$_text]"
    done
    if [ "$status" -eq "$_want" ] && [ -z "$_missing" ]; then
        ok "$_name"
    else
        not_ok "$_name: status $status (want $_want), missing:$_missing; got: $(head -c 600 "$work/out") $(head -c 300 "$work/err")"
    fi
}

# ---- M1: a column's alignment and width -----------------------------------------------
# the example's body table (Phân công rà soát: TT, Nhiệm vụ, Chủ trì, Thời hạn)
tbl='          - {key: due, header: Thời hạn}'
edited m1-right "$tbl" '          - {key: due, header: Thời hạn, align: right}'
diff_says "M1 a column given 'align: right': a change of format, exit 1" \
    "$P/ex.yaml" "$P/m1-right.yaml" 1 \
    "@@ II.Bảng 1: sửa @@" "căn lề các cột: giữa trái trái [-trái-]{+phải+}"
edited m1-width "$tbl" '          - {key: due, header: Thời hạn, width: 40}'
diff_says "M1 a column given 'width: 40': a change of format, exit 1" \
    "$P/ex.yaml" "$P/m1-width.yaml" 1 "{+ | độ rộng cột: Thời hạn 40 ký tự+}"
edited m1-att '    preset: locality-targets' '    preset: locality-targets
    columns: [stt, {key: name_full, align: center}, parent_full, criteria_met, status, target, target_year, note]'
diff_says "M1 an attachment's text column centred: a change of format, exit 1" \
    "$P/ex.yaml" "$P/m1-att.yaml" 1 "@@ Biểu 01: sửa @@" "[-trái-]{+giữa+}"
# guards: what prints alike is no change
edited m1-left "$tbl" '          - {key: due, header: Thời hạn, align: left}'
diff_says "M1 guard: 'align: left' on a text column prints as before: the same, exit 0" \
    "$P/ex.yaml" "$P/m1-left.yaml" 0
edited m1-stt '          - {key: stt, type: stt, header: TT}' '          - {key: stt, type: stt, header: TT, align: center}' \
    '          - {key: task, header: Nhiệm vụ}' '          - {key: task, header: Nhiệm vụ, align: left}'
diff_says "M1 guard: an STT column and a text column given their types' own alignment print alike: the same, exit 0" \
    "$P/ex.yaml" "$P/m1-stt.yaml" 0
# a table without data rows prints its headers centred whatever its columns say
edited m1-empty '    rows: {from: localities, where: {target_year: 2024}}' \
    '    rows: {from: localities, where: {target_year: 2030}}
    suppress: [KH618]'
edited m1-empty2 '    rows: {from: localities, where: {target_year: 2024}}' \
    '    rows: {from: localities, where: {target_year: 2030}}
    suppress: [KH618]' '    preset: locality-targets' '    preset: locality-targets
    columns: [stt, {key: name_full, align: center}, parent_full, criteria_met, status, target, target_year, note]'
diff_says "M1 guard: a table without rows, one column centred: the same, exit 0" \
    "$P/m1-empty.yaml" "$P/m1-empty2.yaml" 0

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
