#!/bin/sh
# tests/hardening/mut18.sh KHGEN WORKDIR - what session 18's mutation sweep
# (issue 8; tools/mutants.py run over the files no sweep had reached:
# vi_tone.c, load_chars.c, pdf_fonts.c, then vi_collate.c, then the rest
# of session 17's samples of load_indent.c, docx_join.c, import_signer.c
# and import_foreign.c) found the tests blind to, where a run of khgen
# shows it: one-line changes of khgen that every suite running their line
# passed. What a pure function's unit test shows is in tests/unit
# (test_vi.c test_tone_key_words and test_sort_key: vi_tone.c and
# vi_collate.c; test_pdf_fonts.c: pdf_fonts.c). Each case below fails with
# the mutants its comment names and passes with khgen; the ids are those
# of `tools/mutants.py list FILE` (no --max: every mutant of the file) or,
# for a sample, of the command its comment gives. A case that only the
# sanitizers' build fails says so (tools/mutants.py --asan: the release
# build reads the byte, or leaks, and goes on).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- helpers ---------------------------------------------------------------------------
# wanted NAME: whether case NAME runs: all of them, or those MUT18_CASES
# names ("LC": a mutant's run of the cases of its file, by hand)
wanted() {
    case " ${MUT18_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}
# same NAME WHAT: ok when $work/NAME.want and $work/NAME.got are the same, else
# not_ok naming the first lines that differ
same() {
    if cmp -s "$work/$1.want" "$work/$1.got"; then
        ok "$2"
    else
        not_ok "$2: $(diff "$work/$1.want" "$work/$1.got" | grep '^[<>]' | head -6 | tr '\n' ' ' | head -c 900)"
    fi
}
# the first lines of a plan (printf %s)
head_lines='khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01
'

# ---- LC: where the characters that read otherwise than they look stand ----------------
# load_chars.c warns at each bidirectional control and zero-width
# character (KH020) and each run of full-width digits in a value (KH024),
# at most 50 of each kind in a file. The diag corpus has one of each
# kind, none on the file's first line. Here: a zero-width space as the
# file's first byte (at 1:1, and the scan goes on after it), U+202A,
# U+200D and U+2060 beside an en dash, an ellipsis and curly quotes
# (E2 80 xx too, never warned); two runs of full-width digits joined by an
# en dash ("２０２１–２０２５": two runs, the dash no digit), one followed by
# a character whose second byte is a full-width digit's (U+1F10: not one),
# and 60 of each kind with --max-errors 0 (50 warned); after a YAML
# syntax error libyaml's scanner finds ('@', which cannot start a token;
# the last value read further right on a line above), runs on its line
# and below (warned:
# nothing reads them, but they stand where values stand) and none on the
# comment line above it; a run of 40 digits (all of them named as 0-9:
# the message cut them at 31, a LOW finding of this sweep), and a file
# whose first byte is 0xEF of no digit ('（', U+FF08; warned itself since
# s49attack: every full-width form of ASCII is KH024). load_chars-000 and
# -005 (51 warned), -004 (the first line's columns counted from 0), -007
# (U+202A), -010 (U+200D), -011 (every other E2 80 xx warned), -016 (the
# scan stopped after a byte 0xE2 at the file's start), -021 and -022 (a
# character after a run read as a digit: "２０２１–２０２５" one run, "２ἐ"
# '20'), -033 (the comment above the error's line warned), -035 (the
# error's line from the last value's column only), -036 and -037 (nothing
# after the error warned), -051 (no cap on KH024), -055 (the scan
# stopped after a 0xEF at the file's first byte), -027 (the scanner of the
# file's values started again for each run) passed every suite that
# reaches load_chars.c (the sample of `tools/mutants.py list
# src/load_chars.c --max 60 --seed 18`, of the file before the fix of the
# 31 digits; -047 and -050 were on the lines it replaced); -056 (the
# scanner never freed) only the sanitizers' build fails, at its leak: the
# plan with its 60 runs must exit 0.
if wanted LC; then
    zw=$(printf '\342\200\213%.0s' $(seq 60))
    fw=$(printf '\357\274\222 %.0s' $(seq 60))
    fw40=０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９
    { printf '\342\200\213# kế hoạch\n%s' "$head_lines"
      printf '  title: "Kế hoạch\342\200\252 thử\342\200\215 – giai đoạn 2021–2025…"\n'
      printf 'body:\n  - para: "a\342\201\240b ‘c’ “d”"\n'; } >"$work/lc1.yaml"
    { printf '# %s\n%s' "$zw" "$head_lines"
      printf '  title: "giai đoạn ２０２１–２０２５, ２ἐ %s"\n' "$fw40"
      printf 'body:\n  - para: "%s"\n' "$fw"; } >"$work/lc2.yaml"
    { printf '%s' "$head_lines" | sed '/title/d'
      printf '  title:   "kế hoạch"\n  # năm ２０２４\n  @２\n  code: ３\n'; } >"$work/lc3.yaml"
    { printf '（）: 1\n%s' "$head_lines"; printf '  title: "năm ２０２４"\n'; } >"$work/lc4.yaml"
    cat >"$work/lc.want" <<'EOF'
1:1: warning[KH020]: invisible zero-width character U+200B: it splits a word or an id where nobody sees it; delete it
7:19: warning[KH020]: invisible bidirectional control U+202A: it can show the line in another order than the one printed; delete it
7:24: warning[KH020]: invisible zero-width character U+200D: it splits a word or an id where nobody sees it; delete it
9:13: warning[KH020]: invisible zero-width character U+2060: it splits a word or an id where nobody sees it; delete it
lc2: status 0, 50 KH020, 50 KH024
7:21: warning[KH024]: full-width digits '２０２１': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '2021'
7:26: warning[KH024]: full-width digits '２０２５': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '2025'
7:32: warning[KH024]: full-width digits '２': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '2'
7:35: warning[KH024]: full-width digits '０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０１２３４５６７８９': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '0123456789012345678901234567890123456789'
8:4: warning[KH024]: full-width digits '２': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '2'
9:9: warning[KH024]: full-width digits '３': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '3'
1:1: warning[KH024]: full-width characters '（）' (an input method's wide mode): the document prints them wide, and no check reads them as the letters, digits or marks they look like; write them in ASCII: '()'
7:15: warning[KH024]: full-width digits '２０２４': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '2024'
EOF
    "$khgen" --lang en check "$work/lc1.yaml" >/dev/null 2>"$work/lc1.err"
    "$khgen" --lang en check --max-errors 0 "$work/lc2.yaml" >/dev/null 2>"$work/lc2.err"
    s=$?
    {
        sed -n "s|^$work/lc1.yaml:\([0-9]*:[0-9]*: warning\[KH020\]\)|\1|p" "$work/lc1.err"
        echo "lc2: status $s, $(grep -c 'warning\[KH020\]' "$work/lc2.err") KH020, $(grep -c 'warning\[KH024\]' "$work/lc2.err") KH024"
        sed -n "s|^$work/lc2.yaml:\(7:[0-9]*: warning\[KH024\]\)|\1|p" "$work/lc2.err"
        "$khgen" --lang en check "$work/lc3.yaml" 2>&1 >/dev/null |
            sed -n "s|^$work/lc3.yaml:\([0-9]*:[0-9]*: warning\[KH024\]\)|\1|p"
        "$khgen" --lang en check "$work/lc4.yaml" 2>&1 >/dev/null |
            sed -n "s|^$work/lc4.yaml:\([0-9]*:[0-9]*: warning\[KH024\]\)|\1|p"
    } >"$work/lc.got"
    same lc "LC: KH020 at a file's first byte and beside an en dash, an ellipsis, curly quotes; KH024 runs split by an en dash; 50 of each warned"
fi

# ---- IS: a signature block below a long closing paragraph ------------------------------
# import_signer.c knows a signature block without 'Nơi nhận' or 'TM.' by
# its signer's title followed only by short paragraphs ('(Đã ký)', the
# name); what stands above the title is the body's. mut16 IS and mut17 IS
# have closings under 80 bytes. Here one of 158 bytes right above 'CHỦ
# TỊCH': the block is still the signature. import_signer-049 (the
# paragraphs below the title counted from the one above it: the long
# closing made the block no signature) passed every suite that reaches
# import_signer.c (the rest of session 17's sample of 40).
if wanted IS; then
    printf '%s\n' '**ỦY BAN NHÂN DÂN**  ' '**HUYỆN A**' '' '**KẾ HOẠCH**  ' \
        '**Thực hiện rà soát năm 2024**' '' '**I. MỤC ĐÍCH**' '' \
        '1. Rà soát hồ sơ của các xã trên địa bàn huyện.' '' \
        'Đề nghị các đơn vị, địa phương triển khai thực hiện nghiêm túc, báo cáo kết quả về Văn phòng trước ngày 30 hằng tháng.' \
        '' 'CHỦ TỊCH' '' '(Đã ký)' '' 'Nguyễn Văn An' >"$work/is.md"
    "$khgen" --lang en import "$work/is.md" -o "$work/is.yaml" >/dev/null 2>"$work/is.err"
    s=$?
    printf 'status 0\nsignature:\n  lines:\n    - CHỦ TỊCH\n  name:\n    - (Đã ký)\n    - Nguyễn Văn An\n' >"$work/is.want"
    { echo "status $s"; sed -n '/^signature:/,/Nguyễn/p' "$work/is.yaml"; } >"$work/is.got"
    same is "IS: a closing of 158 bytes above 'CHỦ TỊCH', '(Đã ký)' and the name: the block is the signature"
fi

# ---- IF: a file import does not read, refused once, without a line -------------------
# import_foreign.c refuses a legacy .doc (its OLE header), a PDF and a web
# archive whatever their names (KH751, KH765): one error naming the file
# (no line: it is the file that is wrong), status 3, nothing written.
# mut17 IF has the marks' bounds in the text formats; the .doc's 8-byte
# mark had no bound. Here a file that is only the mark (8 bytes), one
# whose 9th byte is '>' (no NUL after the mark), a PDF and a web archive,
# each named .txt. import_foreign-012 and -016 (8 bytes no .doc), -017
# (the 9th byte compared), -056 (the error at line 1), -060 -062 -066 (the
# file read on after its error: a second error, or a plan written and
# status 0 for the web archive) passed every suite that reaches
# import_foreign.c (the rest of session 17's sample of 40: the mutants of
# `tools/mutants.py list src/import_foreign.c` that `--max 40 --seed 17`
# did not take).
if wanted IF; then
    mkdir -p "$work/if"
    printf '\320\317\021\340\241\261\032\341' >"$work/if/a.txt"
    printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' >"$work/if/b.txt"
    printf 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n\n--x\n' >"$work/if/c.txt"
    printf '\320\317\021\340\241\261\032\341>' >"$work/if/d.txt"
    cat >"$work/if.want" <<'EOF'
a.txt: error[KH751], status 3, 1 error, no plan
b.txt: error[KH765], status 3, 1 error, no plan
c.txt: error[KH765], status 3, 1 error, no plan
d.txt: error[KH751], status 3, 1 error, no plan
EOF
    for f in a b c d; do
        "$khgen" --lang en import "$work/if/$f.txt" -o "$work/if/$f.yaml" >/dev/null 2>"$work/if/$f.err"
        s=$?
        w="no plan"
        [ -e "$work/if/$f.yaml" ] && w="a plan written"
        echo "$(head -n 1 "$work/if/$f.err" | sed -n "s|^$work/if/\([a-d].txt[^[]*error\[KH[0-9]*\]\).*|\1|p"), status $s, $(grep -c 'error\[' "$work/if/$f.err") error, $w"
    done >"$work/if.got"
    same if "IF: a .doc of its 8-byte mark alone or with a 9th byte, a PDF, a web archive named .txt: one error without a line, nothing written"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
