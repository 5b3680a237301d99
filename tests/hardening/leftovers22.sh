#!/bin/sh
# tests/hardening/leftovers22.sh KHGEN WORKDIR - what session 22 fixed of
# session 21's LOW leftovers (issue 8; reproducers in s21attack's findings
# and the session 21 note). Each case fails with the binary of main before
# its fix (3c60b82), but the controls (named so), which pass with both.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# kh166 NAME ISSUER SIGNATURE WANT: README's example issued by ISSUER and
# signed with SIGNATURE's first line; WANT is 1 when KH166 is to be given
kh166() {
    edited "$1" "issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]" "issuer: $2" \
        "lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]" "lines: [$3, CHỦ TỊCH]"
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    _got=$(grep -c 'warning\[KH166\]' "$work/$1.err")
    if [ "$_got" = "$4" ]; then
        ok "$1: '$3' under $2: KH166 $4"
    else
        not_ok "$1: '$3' under $2: KH166 $_got times, want $4: $(head -c 400 "$work/$1.err")"
    fi
}

# ---- KH166: the standing committee of a council; a name cut after its rank ----------
kh166 sig-tt "[HỘI ĐỒNG NHÂN DÂN, XÃ AN BÌNH]" "TM. THƯỜNG TRỰC HĐND" 0
kh166 sig-tt-full "[HỘI ĐỒNG NHÂN DÂN, XÃ AN BÌNH]" "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" 0
kh166 sig-tt-ubnd "[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]" "TM. THƯỜNG TRỰC HĐND" 1
kh166 sig-tt-alone "[HỘI ĐỒNG NHÂN DÂN, XÃ AN BÌNH]" "TM. THƯỜNG TRỰC" 1
kh166 sig-rank-cut "[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]" "TM. ỦY BAN NHÂN DÂN XÃ" 1
kh166 sig-word-cut "[ỦY BAN NHÂN DÂN HUYỆN AN BÌNH]" "TM. ỦY BAN NHÂN" 1
# controls: the decree's forms
kh166 sig-line "[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]" "TM. ỦY BAN NHÂN DÂN" 0
kh166 sig-whole "[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]" "TM. UBND XÃ AN BÌNH" 0
kh166 sig-one-line "[ỦY BAN NHÂN DÂN HUYỆN AN BÌNH]" "TM. ỦY BAN NHÂN DÂN" 0

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
