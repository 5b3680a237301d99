#!/bin/sh
# tests/hardening/mut21.sh KHGEN WORKDIR - what session 21's mutation sweep
# (issue 8; tools/mutants.py run over load_indent.c and load_chars.c, and
# session 20's new code: check_textdates.c, vi_distance.c, lineranges.c,
# datakeys.c's and figures.c's changed lines) found the tests blind to,
# where a run of khgen shows it: one-line changes of khgen that every
# suite running their line passed. What a pure function's unit test shows
# is in tests/unit (test_vi.c: vi_distance.c; test_lineranges.c:
# lineranges.c). Each case below fails with the mutants its comment names
# and passes with khgen; the ids are those of `tools/mutants.py list FILE`
# (no --max: every mutant of the file; --since 45cdcdf for datakeys.c and
# figures.c) with FILE as it was at 66e47e5, where the sweep began.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# wanted NAME: whether case NAME runs: all of them, or those MUT21_CASES
# names ("TD": a mutant's run of the cases of its file, by hand)
wanted() {
    case " ${MUT21_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}

# kh317 NAME: `khgen --lang en check` of $work/p/NAME.yaml: its KH317
# warnings to their first ';' (where, the date and why) and their carets
# (the date's span), as $work/NAME.got; its status in $status
kh317() {
    "$khgen" --lang en check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    status=$?
    grep -E 'KH317|^ *\| *\^' "$work/$1.err" | sed -e "s|^$work/p/$1.yaml:||" -e 's|;.*||' >"$work/$1.got"
}

# ---- TD: dates in the prose that no calendar has (check_textdates.c) --------------------
# slips20's cases are the imported seeds' dates, one mistyped in each, and
# the corpus has none: a date's bounds and its three forms were untested.
# Here each form with its day or month one past the last (31/4, 30
# tháng 2, 29/2 outside a leap year, month 13 and 0, day 32), the years
# 1900 and 2999 (read) beside 1899 and 3000 (not), a number that is not a
# date (08/2019/NQ-HĐND, 12/19, 123/4/2024, 3112/4/2024 (check_textdates-004:
# a run of four digits read as a day of two), 1/2/20245, 31/4/2024a, one
# after '-', '.' or ','), a letter where the month is (5/a1/2024, "tháng
# x1"), "tháng 13/2024" at a text's first byte, dates in a quoted and a
# folded text, two-digit days and months (01/02, 09/10). Each warning's
# line, column, reason and caret (the date's span) is compared. The last
# two paragraphs hold no date: a day of three digits whose first two make
# one that does not exist (313/4/2024: -010 -012, a run of three digits
# read as two), a date after the first digit of a text (131/4/2024:
# -054), a letter where the month is (31/x/2024: -013, a number of no
# digits read as one), a year followed by a letter at the alphabet's ends
# (Z, A, z: -027 -028 -034), a digit or a '/' (-031 -032), or no year
# (31/4/xyzw, tháng 13/abcd: -025). And "tháng 13 năm 2024" at a text's
# first byte (-109 -113: the month after "tháng " looked for from the
# text's eighth byte on). Then a month alone after a date whose day that
# month has not (31/1/2024 and tháng 2/2024): the day is not the month's.
# And "13/2024", "13 năm 2024" with no "tháng" before them: no month.
if wanted TD; then
    small td <<'YAML'
body:
  - para: Trước ngày 31/4/2025 hoàn thành; ngày 29/2/2024 là ngày nhuận.
  - para: Ngày 29/2/2025, Nghị quyết 08/2019/NQ-HĐND, số 12/19 hộ, 31/12/2024.
  - para: ngày 30 tháng 2 năm 2024 và 31 tháng 4 năm 2024, tháng 2 năm 2024.
  - para: tháng 13/2024, tháng 12/2024, trong tháng 13 năm 2024, tháng 0 năm 2024.
  - para: Mã 5/a1/2024, ngày 5 tháng x1 năm 2024, 1/13/2024 và 32/1/2024.
  - para: Đợt 2/1/2024, đợt 1/0/2024, 31/4/1899, 31/4/3000, 31/4/1900, 31/4/2999.
  - para: Số 123/4/2024, 1/2/20245, 31/4/2024a, 31/4/2024b2, -31/4/2024, .31/4/2024, ,31/4/2024, 3112/4/2024, ngày 3112 tháng 4 năm 2024.
  - para: 31/4/2024. Đầu dòng.
  - para: tháng 13/2024 ở đầu.
  - para: Rà soát 9/9/2024 xong 31/9/2024 và 31/6/2024 ngày 31/11/2024.
  - para: "Trích dẫn ngày 31/4/2025 trong dấu nháy."
  - para: >-
      Gấp dòng, ngày 30 tháng 2 năm 2026
      và 31/4/2026.
  - para: tháng 3 năm 2024 và tháng 3/2024, ngày 1/1/2024, ngày 31 tháng 12 năm 2999.
  - para: tháng 0/2024, ngày 31 tháng 1 năm 2024, ngày 01/02/2024, 09/10/2024 và 9/13/2024.
  - para: thang 13/2024 không dấu; 1 tháng 13 năm 2024.
  - para: 131/4/2024 là mã; số 313/4/2024, ngày 313 tháng 4 năm 2024, mã 31/x/2024, ngày 31 tháng x năm 2024.
  - para: Mã 31/4/xyzw, tháng 13/abcd, 31/4/2024Z, 31/4/2024A, 31/4/2024z, 31/4/20245, 31/4/2024/QĐ.
  - para: tháng 13 năm 2024 ở đầu.
  - para: Ngày 31/1/2024 và tháng 2/2024; ngày 30 tháng 1 năm 2024 và tháng 2 năm 2024.
  - para: Hồ sơ số 13/2024, đợt 13 năm 2024.
YAML
    kh317 td
    cat >"$work/td.want" <<'WANT'
10:22: warning[KH317]: '31/4/2025' in the text is no date: month 4 of 2025 has no day 31
      |                      ^~~~~~~~~
11:16: warning[KH317]: '29/2/2025' in the text is no date: month 2 of 2025 has no day 29
      |                ^~~~~~~~~
12:16: warning[KH317]: '30 tháng 2 năm 2024' in the text is no date: month 2 of 2024 has no day 30
      |                ^~~~~~~~~~~~~~~~~~~
12:39: warning[KH317]: '31 tháng 4 năm 2024' in the text is no date: month 4 of 2024 has no day 31
      |                                       ^~~~~~~~~~~~~~~~~~~
13:17: warning[KH317]: '13/2024' in the text is no date: there is no month 13
      |                 ^~~~~~~
13:53: warning[KH317]: '13 năm 2024' in the text is no date: there is no month 13
      |                                                     ^~~~~~~~~~~
13:72: warning[KH317]: '0 năm 2024' in the text is no date: there is no month 0
      |                                                                        ^~~~~~~~~~
14:51: warning[KH317]: '1/13/2024' in the text is no date: there is no month 13
      |                                                   ^~~~~~~~~
14:64: warning[KH317]: '32/1/2024' in the text is no date: month 1 of 2024 has no day 32
      |                                                                ^~~~~~~~~
15:29: warning[KH317]: '1/0/2024' in the text is no date: there is no month 0
      |                             ^~~~~~~~
15:61: warning[KH317]: '31/4/1900' in the text is no date: month 4 of 1900 has no day 31
      |                                                             ^~~~~~~~~
15:72: warning[KH317]: '31/4/2999' in the text is no date: month 4 of 2999 has no day 31
      |                                                                        ^~~~~~~~~
17:11: warning[KH317]: '31/4/2024' in the text is no date: month 4 of 2024 has no day 31
      |           ^~~~~~~~~
18:17: warning[KH317]: '13/2024' in the text is no date: there is no month 13
      |                 ^~~~~~~
19:33: warning[KH317]: '31/9/2024' in the text is no date: month 9 of 2024 has no day 31
      |                                 ^~~~~~~~~
19:46: warning[KH317]: '31/6/2024' in the text is no date: month 6 of 2024 has no day 31
      |                                              ^~~~~~~~~
19:61: warning[KH317]: '31/11/2024' in the text is no date: month 11 of 2024 has no day 31
      |                                                             ^~~~~~~~~~
20:27: warning[KH317]: '31/4/2025' in the text is no date: month 4 of 2025 has no day 31
      |                           ^~~~~~~~~
22:22: warning[KH317]: '30 tháng 2 năm 2026' in the text is no date: month 2 of 2026 has no day 30
      |                      ^~~~~~~~~~~~~~~~~~~
23:10: warning[KH317]: '31/4/2026' in the text is no date: month 4 of 2026 has no day 31
      |          ^~~~~~~~~
25:17: warning[KH317]: '0/2024' in the text is no date: there is no month 0
      |                 ^~~~~~
25:82: warning[KH317]: '9/13/2024' in the text is no date: there is no month 13
      |                                                                                  ^~~~~~~~~
26:36: warning[KH317]: '1 tháng 13 năm 2024' in the text is no date: there is no month 13
      |                                    ^~~~~~~~~~~~~~~~~~~
29:17: warning[KH317]: '13 năm 2024' in the text is no date: there is no month 13
      |                 ^~~~~~~~~~~
WANT
    [ $status -eq 0 ] || not_ok "TD a: status $status (warnings only): $(head -c 300 "$work/td.err")"
    same td "TD a: 24 dates no calendar has warned, each at its date and span, in the three forms; the dates that exist and the numbers that are no date not"
fi

# ---- TD b: a day written 0, "Tháng" at a sentence's start ---------------------------------
# Two dates check_textdates.c let through (bugs, LOW; found writing TD a):
# a day 0 ("0/1/2024", "ngày 0 tháng 1 năm 2024") was read as a month
# alone, its day unchecked (day 0 was the mark of "no day"); a month at a
# sentence's start, "Tháng 13/2024" or "Tháng 0 năm 2024", was not read
# (only "tháng " was looked for before it). Both fail with khgen at
# 66e47e5 (no warning); "Tháng 2 năm 2024" and "tháng 3/2024" exist.
if wanted TD; then
    small tdb <<'YAML'
body:
  - para: Đợt 0/1/2024 và ngày 0 tháng 1 năm 2024, ngày 00/01/2024.
  - para: Tháng 13/2024 có việc; Tháng 0 năm 2024 cũng vậy.
  - para: Tháng 2 năm 2024 và tháng 3/2024, Tháng 12/2024.
YAML
    kh317 tdb
    cat >"$work/tdb.want" <<'WANT'
10:15: warning[KH317]: '0/1/2024' in the text is no date: month 1 of 2024 has no day 0
      |               ^~~~~~~~
10:32: warning[KH317]: '0 tháng 1 năm 2024' in the text is no date: month 1 of 2024 has no day 0
      |                                ^~~~~~~~~~~~~~~~~~
10:57: warning[KH317]: '00/01/2024' in the text is no date: month 1 of 2024 has no day 0
      |                                                         ^~~~~~~~~~
11:17: warning[KH317]: '13/2024' in the text is no date: there is no month 13
      |                 ^~~~~~~
11:40: warning[KH317]: '0 năm 2024' in the text is no date: there is no month 0
      |                                        ^~~~~~~~~~
WANT
    [ $status -eq 0 ] || not_ok "TD b: status $status (warnings only): $(head -c 300 "$work/tdb.err")"
    same tdb "TD b: a day written 0 is no date; a month after 'Tháng' (a sentence's first word) is read as after 'tháng'"
fi

# ---- TD c: the plan's first text, its title --------------------------------------------
# The title is the first text the parser records: check_textdates-142 (the
# texts walked from the second) passed every suite, whose plans have no
# date in their title.
if wanted TD; then
    small tdc <<'YAML'
body:
  - para: Rà soát hồ sơ.
YAML
    sed -i 's|^  title: Thực thi thử năm 2024$|  title: Thực thi rà soát đến ngày 31/4/2024|' "$work/p/tdc.yaml"
    kh317 tdc
    if [ $status -eq 0 ] && [ "$(head -n 1 "$work/tdc.got")" = "7:36: warning[KH317]: '31/4/2024' in the text is no date: month 4 of 2024 has no day 31" ]; then
        ok "TD c: a date in the title that no calendar has is warned"
    else
        not_ok "TD c: status $status: $(head -c 300 "$work/tdc.err")"
    fi
fi

# ---- LI: a '{' or '[' a line above left open (load_indent.c, session 20) ---------------
# flow_open_hint and unclosed_bracket (session 20) name the '{' or '[' a
# line above opened and left open, where YAML noticed at a '-' under it;
# no suite had their message. Rows: a '[' two deep (1: the outer one,
# where the fix goes) and a '[' inside a '{' (2): load_indent-157 (the
# line read as inside a quote from its first byte: no bracket seen); a
# '-' inside the brackets of its own line (3: no line above holds one:
# -155, a depth of one before any bracket, named a bracket never read);
# nine brackets deep (4: more than the eight kept, no hint: -156, nine
# kept); a '{' left open at a file's last line, indented further and
# with no line break after it (5: -149, the file's end taken for a line
# indented as the bracket's); a ']' inside quotes (6: -163, a quote ended
# at its next character), a quoted key before the '[' (7: -162 -164 -165
# -166, a closing quote taken for an escaped one) and a key holding an
# escaped quote and a '[' (8: -167, the escape looked for at the quote
# itself: the key's '[' named).
# Rows 9-11: a '[' in a comment above (9: -184 -187 -188 -189, the
# comment not seen, or read on past its '#'), a '[' closed above (10:
# -199 -200, ']' not closing it) and eight brackets deep, the most kept
# (11: -201, seven). Rows 12-14: the '[' three lines above (12: -206
# -214, two looked at), four lines above (13: none named, the three
# lines flow_open_hint reads: -205 -207, four) and on the file's first
# line (14: -210, that line taken for none).
if wanted LI; then
    cat >"$work/li.table" <<'TABLE'
khgen: 1\nunits: [[a,\n  - b@@2:8: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nunits: {a: [b,\n  - c@@2:8: error[KH005]: YAML syntax error: the '{' mapping opened on this line is not closed on it: YAML read the lines under it into the mapping; close it with '}'
khgen: 1\nx: [a, - b]@@2:8: error[KH005]: YAML syntax error: did not find expected node content: check the quotes, the ': ' and the indentation here and on the line above
khgen: 1\nunits: [[[[[[[[[a,\n  - b@@3:3: error[KH005]: YAML syntax error: did not find expected node content: check the quotes, the ': ' and the indentation here and on the line above
khgen: 1\nx:\n  y: {a: b\n      more\c@@3:6: error[KH005]: YAML syntax error: a '{' mapping is not closed, or two of its entries lack a ',' between them: add the '}' or the ','
khgen: 1\nunits: ["a]", b,\n  - c@@2:8: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\n"units": [a,\n  - b@@2:10: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\n"k\\"[": [a,\n  - b@@2:9: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nx: 1 #[\ny: [a, - b]@@3:8: error[KH005]: YAML syntax error: did not find expected node content: check the quotes, the ': ' and the indentation here and on the line above
khgen: 1\nx: [a]\ny: [b, - c]@@3:8: error[KH005]: YAML syntax error: did not find expected node content: check the quotes, the ': ' and the indentation here and on the line above
khgen: 1\nunits: [[[[[[[[a,\n  - b@@2:8: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nx: [a,\n  b,\n  c,\n  - d@@2:4: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nx: [a,\n  b,\n  c,\n  d,\n  - e@@6:3: error[KH005]: YAML syntax error: did not find expected node content: check the quotes, the ': ' and the indentation here and on the line above
units: [a,\n  - b@@1:8: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
TABLE
    hints li
    same li "LI: $i YAML syntax errors under a '{' or '[' left open: the bracket each hint names"
fi

# ---- FG: a figure over the tasks with a mistake leaves the localities' KH251 -------------
# figures_check counts every locality as used when a figure over the
# localities has a mistake (which ones it meant is unsure), not when the
# figure is over the tasks: figures-757 ('||' for '&&': any figure whose
# subject is known) passed every suite that runs figures.c's changed
# lines; here a locality no text names and a task figure with an unknown
# filter: KH251 stays beside KH503.
if wanted FG; then
    small fg <<'YAML'
units:
  - {id: vp, name: Văn phòng}
localities:
  - {id: dong-hoa, name: Đông Hòa, kind: thôn}
body:
  - para: Có {count tasks mau=do} việc.
  - task: Rà soát
    lead: vp
YAML
    "$khgen" --lang en check "$work/p/fg.yaml" >/dev/null 2>"$work/fg.err"
    s=$?
    got=$(grep -oE '^[^ ]*: (warning|error)\[KH[0-9]+\]' "$work/fg.err" | sed "s|^$work/p/||" | tr '\n' ' ')
    if [ $s -eq 1 ] && [ "$got" = "fg.yaml:12:10: warning[KH251] fg.yaml:14:14: error[KH503] " ]; then
        ok "FG: a task figure's unknown filter leaves the unused locality's KH251"
    else
        not_ok "FG: status $s, got: $got"
    fi
fi

# ---- LC: U+200E, and an invisible character as a file's last three bytes ----------------
# load_chars.c warns (KH020) at the bidirectional controls and the
# zero-width characters. The corpus, mut18 and mut19 have U+202A, U+2060,
# U+2066 to U+2069 and U+200B, never U+200E (the left-to-right mark, the
# one a browser's copy brings) nor one as the file's last bytes. Here
# U+200E, U+200F, U+202E and U+200D in a comment (warned too: a comment
# is shown in another order as well), and a file that ends with U+200B
# and no line break: load_chars-026 (U+200E left out: '&&' for '||'),
# -014 (the scan stopped one byte early: no warning at the file's end)
# passed every suite that runs their line; and (KH024) a full-width digit
# as the file's last three bytes, in a value: -060 (the same, for them);
# a run in a comment whose line ends right before a key of full-width
# digits: -138 (the comment's run skipped four bytes a digit: the key's
# run skipped with it, unwarned).
if wanted LC; then
    printf 'khgen: 1\n# a \342\200\216 b \342\200\217\n# c \342\200\256 d\342\200\215e\n' >"$work/lca.yaml"
    printf 'khgen: 1\n# a\342\200\213' >"$work/lcb.yaml"
    printf 'khgen: 1\nx: \357\274\222' >"$work/lcc.yaml"
    printf 'khgen: 1\n# \357\274\222\n\357\274\222\357\274\220: x\n' >"$work/lcd.yaml"
    for f in a b c d; do
        "$guard" 20 "$khgen" --lang en check "$work/lc$f.yaml" >/dev/null 2>"$work/lc$f.err"
        echo "$f: $(grep -oE '^[^ ]*: warning\[KH02[04]\]: (invisible [a-z -]* U\+[0-9A-F]*|full-width digits )' "$work/lc$f.err" |
            sed "s|^$work/lc$f.yaml:||" | tr '\n' ' ')"
    done >"$work/lc.got"
    cat >"$work/lc.want" <<'WANT'
a: 2:5: warning[KH020]: invisible bidirectional control U+200E 2:9: warning[KH020]: invisible bidirectional control U+200F 3:5: warning[KH020]: invisible bidirectional control U+202E 3:8: warning[KH020]: invisible zero-width character U+200D 
b: 2:4: warning[KH020]: invisible zero-width character U+200B 
c: 2:4: warning[KH024]: full-width digits  
d: 3:1: warning[KH024]: full-width digits  
WANT
    same lc "LC: U+200E, U+200F, U+202E, U+200D warned where they stand; U+200B and a full-width digit as the file's last three bytes too; a key's run after a comment's"
fi

# ---- DK: the localities' data keys, then the tasks' (datakeys.c) -------------------------
# datakeys.c marks the named keys an entry has with the entry's stamp, in
# an array made anew for the tasks after the localities. mut20 DK and
# slips19 have one kind of entry with named keys at a time: the array's
# zeroing (datakeys-047: dropped) passed every suite. Here two localities
# have all four keys a table names, and two tasks both type 'kinh_phy'
# for the 'data.kinh_phi' a table of tasks names (KH614 at its column
# too): each task is warned. With -047 the tasks' array is the memory the
# localities' had (the C library gives a block of the same size back),
# the second task's stamp is found there, and its warning is lost.
if wanted DK; then
    small dk <<'YAML'
units:
  - {id: vp, name: Văn phòng}
localities:
  - {id: a, name: Đông Hòa, kind: xã, data: {alpha: 1, bravo: 2, charlie: 3, delta: 4}}
  - {id: b, name: Bình Sơn, kind: xã, data: {alpha: 1, bravo: 2, charlie: 3, delta: 4}}
body:
  - para: Xem {att b1} và {att b2}.
  - task: Rà soát
    id: t1
    lead: vp
    data: {so_mot: 1, so_hai: 1, kinh_phy: 5, so_bon: 1}
  - task: Báo cáo
    id: t2
    lead: vp
    data: {so_mot: 1, so_hai: 1, kinh_phy: 5, so_bon: 1}
attachments:
  - id: b1
    label: Biểu 01
    title: Xã
    columns:
      - stt
      - {key: name, header: Xã}
      - {key: alpha, header: A, type: int}
      - {key: bravo, header: B, type: int}
      - {key: charlie, header: C, type: int}
      - {key: delta, header: D, type: int}
    rows: {from: localities}
  - id: b2
    label: Biểu 02
    title: Việc
    columns:
      - stt
      - {key: task, header: Việc}
      - {key: data.so_mot, header: A, type: int}
      - {key: data.so_hai, header: B, type: int}
      - {key: data.kinh_phi, header: C, type: int}
      - {key: data.so_bon, header: D, type: int}
    rows: {from: tasks}
YAML
    "$khgen" --lang en check "$work/p/dk.yaml" >/dev/null 2>"$work/dk.err"
    s=$?
    got=$(grep -oE '^[^ ]*: (warning|error)\[KH(260|614)\]' "$work/dk.err" | sed "s|^$work/p/||" | tr '\n' ' ')
    if [ $s -eq 1 ] && [ "$got" = "dk.yaml:19:34: warning[KH260] dk.yaml:23:34: warning[KH260] dk.yaml:44:15: error[KH614] " ]; then
        ok "DK: both tasks typing 'kinh_phy' are warned after the localities' keys were judged"
    else
        not_ok "DK: status $s, got: $got"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
