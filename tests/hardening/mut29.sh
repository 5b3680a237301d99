#!/bin/sh
# tests/hardening/mut29.sh KHGEN WORKDIR - the cases session 29's mutation
# sweep of session 28's code found missing (issue 8: "never silently wrong
# output"; tools/mutants.py over the lines session 28 added to 20 files of
# src/, 4370dcf2..3788d6ef). Each case names the mutant (file: the change)
# that passed every suite before it: a one-line change to that code must
# now fail here.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"

# plan FILE: a small plan whose body is stdin (items of one section)
plan() {
    {
        cat <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  issuer_short: UBND huyện A
  place: A
  date: 2024-03-05
  title: Thực thi thử năm 2024
opening: "UBND huyện xây dựng Kế hoạch như sau:"
units:
  - {id: u0, name: Phòng A}
body:
  - section: NỘI DUNG
    items:
      - task: ""
        text: Thực hiện.
        lead: u0
EOF
        cat
        cat <<'EOF'
closing: Trên đây là Kế hoạch.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF
    } >"$1"
}

# positions NAME FILE WANT: the line:col and code of each diagnostic
# `khgen check FILE` gives, joined by spaces, are WANT
positions() {
    "$khgen" check "$2" >/dev/null 2>"$work/pos.err"
    _got=$(sed -n 's|^[^ ]*\.yaml:\([0-9]*:[0-9]*\): [a-z]*\[\(KH[0-9]*\)\].*|\1 \2|p' "$work/pos.err" | tr '\n' ' ')
    if [ "$_got" = "$3 " ]; then
        ok "$1"
    else
        not_ok "$1: got [$_got], want [$3 ]"
    fi
}

# ---- loadpos.c: a position past a decomposed letter --------------------------
# scale28's F1 cases put each reference before the decomposed letter of its
# line: a walk that never crossed one passed with is_mark() taking any
# two-byte character for a mark and U+0300..U+033F for none (a != 0xCC),
# with the NFC buffer never emptied (buf_reset dropped: the second
# letter's NFC compared the first's bytes) and with the comparison of the
# NFC turned (memcmp == 1). Marks of both lead bytes (U+0301, U+0302,
# U+0323: 0xCC; U+0340: 0xCD), two on one letter, several on a line.
printf '      - para: "e\314\202\314\201 {unit n0} a\314\201 {unit n1} o\314\243\314\202 {unit n2} a\315\200 {unit n3}"\n' |
    plan "$P/pos-line.yaml"
positions "loadpos is_mark/nfc_cluster: references after decomposed letters on one line" \
    "$P/pos-line.yaml" "17:20 KH202 17:33 KH202 17:47 KH202 17:60 KH202"
printf '      - para: |\n          e\314\202\314\201 {unit n0} a\314\201 {unit n1}\n          o\314\243\314\202 x {unit n2} a\315\200 {unit n3}\n' |
    plan "$P/pos-block.yaml"
positions "loadpos is_mark/nfc_cluster: references after decomposed letters in a '|' block" \
    "$P/pos-block.yaml" "18:15 KH202 18:28 KH202 19:17 KH202 19:30 KH202"

# min_cpu COMMAND...: sets $best to the smaller CPU time of two runs
min_cpu() {
    cpu_of "$@"
    best=$cpu
    cpu_of "$@"
    awk "BEGIN {exit !($cpu < $best)}" && best=$cpu
}

# ratio_case NAME SMALL BIG COMMAND...: COMMAND with the word FILE as SMALL
# then BIG (4 times it); ok when BIG costs at most 6 times SMALL (SMALL
# taken as 0.05 s at least) and both end with status 3 or less
ratio_case() {
    _name=$1 _small=$2 _big=$3
    shift 3
    min_cpu $(for a in "$@"; do [ "$a" = FILE ] && printf '%s\n' "$_small" || printf '%s\n' "$a"; done)
    _c1=$best _s1=$status
    min_cpu $(for a in "$@"; do [ "$a" = FILE ] && printf '%s\n' "$_big" || printf '%s\n' "$a"; done)
    _c4=$best _s4=$status
    if [ "$_s1" -gt 3 ] || [ "$_s4" -gt 3 ] || grep -q 'Sanitizer\|runtime error' "$work/err"; then
        not_ok "$_name: status $_s1 then $_s4"
        sed 's/^/    | /' "$work/err" | head -5
    elif awk "BEGIN {f = $_c1 < 0.05 ? 0.05 : $_c1; exit !($_c4 > 6 * f)}"; then
        not_ok "$_name: ${_c1}s then ${_c4}s of CPU for 4 times the input (at most 6x)"
    else
        ok "$_name: ${_c1}s then ${_c4}s"
    fi
}

# refs_line N FILE: a paragraph of one quoted line, an escape ('\\') then N
# unknown units' references
refs_line() {
    /usr/bin/python3 -c 'import sys; print("      - para: \"\\\\\\\\ " + " ".join("{unit n%d}" % i for i in range(int(sys.argv[1]))) + "\"")' "$1" |
        plan "$2"
}
refs_line 2 "$P/esc2.yaml"
positions "loadpos control: a line with an escape, its references at its start" \
    "$P/esc2.yaml" "17:15 KH202 17:15 KH202"
refs_line 10000 "$P/esc1.yaml"
refs_line 40000 "$P/esc4.yaml"
# m->escaped = escaped dropped: has_escape() looked over the whole line
# again at each of 40,000 diagnostics (the memo s28scale F1 added)
ratio_case "loadpos m->escaped: a line with an escape and 10,000 then 40,000 references, --max-errors 0" \
    "$P/esc1.yaml" "$P/esc4.yaml" "$khgen" check --max-errors 0 FILE
