#!/bin/sh
# tests/hardening/mut19.sh KHGEN WORKDIR - what session 19's mutation sweep
# (issue 8; tools/mutants.py run over what session 18's samples left: a
# sample of load_indent.c with the five mutants it did not kill, a sample
# of load_chars.c, the rest of pdf_fonts.c, import_signer-035) found the
# tests blind to, where a run of khgen shows it: one-line changes of khgen
# that every suite running their line passed. What a pure function's unit
# test shows is in tests/unit (test_pdf_fonts.c test_names_rest:
# pdf_fonts.c). Each case below fails with the mutants its comment names
# and passes with khgen; the ids are those of `tools/mutants.py list FILE`
# (no --max: every mutant of the file) with FILE as it was at 3a0fdbe,
# where the sweep began (load_indent.c lost a dead loop since). A case
# that only the sanitizers' build fails says so (tools/mutants.py --asan:
# the release build reads the byte and goes on).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# wanted NAME: whether case NAME runs: all of them, or those MUT19_CASES
# names ("LI": a mutant's run of the cases of its file, by hand)
wanted() {
    case " ${MUT19_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}

# ---- LC: the isolates' ends; full-width digits at a value's bounds; a tab ------------
# load_chars.c warns (KH020) at the bidirectional controls, U+2066 to
# U+2069 among them (the isolates); (KH024) at a run of full-width digits
# inside a value, where libyaml's scanner says values stand; (KH026) at a
# tab typed in a value. mut18 LC and the diag corpus have U+202A and
# U+2060 but none of the isolates, runs inside values or comments but none
# at a value's bounds, and mut18 and leftovers17 a tab on a value's first
# line. Here U+2066 and U+2069 in a title, a zero-width space after them
# (a: three warnings); a run right after a quoted title's closing quote
# (b: the scanner's next value begins where the title ends; YAML's error
# follows); one digit as a title's last character (c); a run in a comment
# after the file's last value, on its line (d: none); a tab on the third
# line of a paragraph (e); a run on the file's first line (f). Each line
# of the .want is a file's status and warnings, by line:col and code.
# load_chars-029 (U+2069 left out), -030 (U+2066 left out), -081 (the
# value that ends where the run begins taken for the one holding it: no
# value, a comment's run), -110 (a value taken to end one column before
# its end), -122 (the last value taken to hold the rest of its line),
# -115 -116 (the scan of values going on after the file's end: d never
# ends), -129 (line 1's columns counted from 0: 1:7), -165 (the tab's
# line counted from the value's first line: 8:9), -166 (its column
# counted from 0 after a line break: 10:8) passed every suite that runs
# their line.
if wanted LC; then
    printf '%b  title: "K\342\201\246ế\342\201\251 ho\342\200\213ạch"\n' "$sx_head" >"$work/lca.yaml"
    printf '%b  title: "Thực thi"\357\274\222\357\274\220\n' "$sx_head" >"$work/lcb.yaml"
    printf '%b  title: Thực thi tổ \357\274\222\n' "$sx_head" >"$work/lcc.yaml"
    printf '%b  title: Thực thi # năm \357\274\222\357\274\220\n' "$sx_head" >"$work/lcd.yaml"
    printf '%b  title: Thực thi\nbody:\n  - para: >-\n      Rà soát\n      hồ\tsơ.\n' "$sx_head" >"$work/lce.yaml"
    printf '%s\n' 'a: status 1: 6:12 KH020 6:14 KH020 6:18 KH020' 'b: status 1: 6:20 KH024' \
        'c: status 1: 6:22 KH024' 'd: status 1: ' 'e: status 0: 10:9 KH026' 'f: status 1: 1:8 KH024' >"$work/lc.want"
    printf 'khgen: \357\274\221\n' >"$work/lcf.yaml"
    for f in a b c d e f; do
        "$guard" 20 "$khgen" --lang en check "$work/lc$f.yaml" >/dev/null 2>"$work/lc$f.err"
        echo "$f: status $?: $(sed -n 's/^[^:]*:\([0-9]*:[0-9]*\): warning\[\(KH[0-9]*\)\].*/\1 \2/p' "$work/lc$f.err" | tr '\n' ' ' | sed 's/ $//')"
    done >"$work/lc.got"
    same lc "LC: U+2066 and U+2069, full-width digits right after a quoted title, as its last character, after the last value, on line 1, a tab on a paragraph's third line: each warning at its place"
fi

# ---- LI: the lines a YAML syntax error's hint measures --------------------------------
# load_indent.c measures the lines around a YAML syntax error; mut16 SX,
# mut17 LI and user14 M4 have its hints on files that end with a line
# break, keys of letters alone, keys with nothing after their ':' and
# quotes that are not the file's first. Here what they had not, a row
# each (printf %b; "\c": no line break at the file's end) with the first
# line of the message khgen gives:
#  1 the last line a key with nothing after it and no line break (its
#    ':' the file's last byte): -007 (a line's end looked for one byte
#    past the file's: the ':' not found, load_hint's words);
#  2-3 a list's item that lost its '- ', whose key holds a '_' or a '-'
#    (the next item the file's last line): -030 (keys of letters and
#    digits only), -043 (a ':' at the last byte taken for no key's);
#  4-5 a task's text list that lost its first '- ', under 'text:' and
#    spaces or a tab: -055 -056 -058 (the blanks kept: no hint);
#  6 a space between the quote that closes a value opened a line above
#    and where YAML noticed: -087 -088 (no opening quote looked for);
#  7 a quote at the file's first byte: -101 (the first byte never read);
#  8 a lone '"' right before YAML's error, no other before it in the
#    file: -116 (the quote taken as opened at byte 0: "1:1");
#  9 an unclosed '{' on the file's last line, no line break: -142;
#  10 the item that lost its '- ' under a key alone on its line: -048
#     (a key followed by a line break taken for none);
#  11 a text's first line 'Xem:vp' that lost its '- ': -049 (a word
#     and ':' with no blank after it taken for a key);
#  12 the same line under 'lead: vp' (the value goes on: no lost
#     item): -062 (every line taken to end with ':');
#  13 a file beginning with '\"', a lone '"' before YAML's error: -105
#     (the backslashes counted back past the file's first byte: only the
#     sanitizers' build sees the byte read before it);
#  14 the line above the lost item the file's first: -186;
#  15 a key between the list's key and a deeper '- ' line: -198 (the
#     list's first item looked for above the key);
#  16 a line of one space between the list's items: -217 -219 (taken
#     for a line that ends the list);
#  17 a line of the second item's value under it: -226 (a line deeper
#     than the items taken to end the list; slips.sh, whose run takes
#     a minute, kills it too: session 18 counted it not killed);
#  18 Word's quote alone after the key, the line's last 3 bytes: -332
#     -337 (the quote looked for only with a byte after it);
#  19 two spaces after the key's ':': -331 (the blanks before the value
#     skipped without a step: khgen never ends);
#  20 '--- a: b', YAML's error on the file's first line: -246 (the lines
#     above looked for past the file's first byte: the sanitizers' build
#     sees the byte read before it);
#  21-24 a list item written '-   a: 1' (three blanks after its '-') and
#     a key of it at another column (5, 4, the '-''s), and one whose keys
#     are on the line below its '-': -378 (ctx_col + 3: the hint given at
#     the column it was not, and not given at the one it was) showed the
#     hint's "the keys above it" counted two past the '-' whatever the
#     item's blanks (4 for keys at 6): a bug, fixed (item_keys_col); rows
#     21-23 fail with khgen before the fix;
#  25 a text's line '-1 đơn vị: x' under 'Xem:vp' (no list item: a '-'
#     with no blank after it): -311 (the blank looked for before the '-');
#  26-27 an item whose '-' is followed by blanks, or a comment, and its
#     keys on the line below: item_keys_col's -013 -018 (its ids in
#     `tools/mutants.py list src/load_indent.c --since 24f2de1`: the
#     line's end or the comment taken for the keys' column, 5).
# Ids of load_indent.c at 3a0fdbe; each but -226 passed every suite that
# runs its line (hardening and slips checked for those whose line they
# run).
if wanted LI; then
cat >"$work/li.table" <<'TABLE'
HEAD  title: Thực thi\n  code: a\nplace: b\n  number:\c@@9:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; line 8 above is indented 0 spaces, less than this line and the line before it (2): if it belongs to their group of keys, indent it 2 spaces
HEAD  title: Thực thi\nbody:\n  - section: MỤC TIÊU\n    items:\n      lead_note: >-\n        Tổ chức triển khai.\n      - lead_note:\c@@10:7: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 12, '- lead_note:', is of the same list at the same column; write '- lead_note:' here
HEAD  title: Thực thi\nbody:\n  - section: MỤC TIÊU\n    items:\n      so-ho: >-\n        Tổ chức triển khai.\n      - so-ho: Việc hai.@@10:7: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 12, '- so-ho:', is of the same list at the same column; write '- so-ho:' here
HEAD  title: Thực thi\nunits:\n  - {id: vp, name: Văn phòng}\nbody:\n  - section: A\n    items:\n      - task: Rà soát\n        lead: vp\n        text:  \n          >-\n            Rà soát hồ sơ.\n          - Báo cáo kết quả.@@15:11: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 17, at the same column, is of the same list; write '- ' before this line's value
HEAD  title: Thực thi\nunits:\n  - {id: vp, name: Văn phòng}\nbody:\n  - section: A\n    items:\n      - task: Rà soát\n        lead: vp\n        text:\t\n          >-\n            Rà soát hồ sơ.\n          - Báo cáo kết quả.@@15:11: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 17, at the same column, is of the same list; write '- ' before this line's value
HEAD  title: Thực thi\nbody:\n  - para: "Tháng hành động\n  - para: " năm@@8:11: error[KH005]: YAML syntax error: the '"' that opens this value is not closed on its line: YAML read the lines below into the value, up to the '"' on line 9; close it on this line
"Kế hoạch\n" năm@@1:1: error[KH005]: YAML syntax error: the '"' that opens this value is not closed on its line: YAML read the lines below into the value, up to the '"' on line 2; close it on this line
HEAD  title: Thực thi": năm@@6:19: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
HEAD  title: Thực thi\nbody:\n  - para: {a: b\c@@8:11: error[KH005]: YAML syntax error: a '{' mapping is not closed, or two of its entries lack a ',' between them: add the '}' or the ','
HEAD  title: Thực thi\nbody:\n  - section: MỤC TIÊU\n    items:\n      bullet:\n        Tổ chức triển khai.\n      - bullet: Việc hai.@@10:7: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 12, '- bullet:', is of the same list at the same column; write '- bullet:' here
HEAD  title: Thực thi\nunits:\n  - {id: vp, name: Văn phòng}\nbody:\n  - section: A\n    items:\n      - task: Rà soát\n        lead: vp\n        text:\n          Xem:vp\n          - Báo cáo kết quả: x@@15:11: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 16, at the same column, is of the same list; write '- ' before this line's value
HEAD  title: Thực thi\nunits:\n  - {id: vp, name: Văn phòng}\nbody:\n  - section: A\n    items:\n      - task: Rà soát\n        lead: vp\n          Xem:vp\n          - Báo cáo kết quả: x@@15:28: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
\\"a: b\nc: d": f@@2:6: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
text:\n  >-\n    a\n  - b@@2:3: error[KH005]: YAML syntax error: this line lost its list item's '- ': the item on line 4, at the same column, is of the same list; write '- ' before this line's value
x:\n  items:\n    k: v\n     - a\n    - b\n    - c@@5:5: error[KH005]: YAML syntax error: did not find expected key; this list item's '-' is indented as far as the keys of the group that starts on line 3 (4 spaces), where a key is due: indent it as far as the other '-' of its list
items:\n   - a\n  - b\n \n  - c@@2:4: error[KH005]: YAML syntax error: this list's first item is indented 3 spaces, its next items (lines 3 and 5) 2: indent it as they are
items:\n   - a\n  - b\n    more\n  - c@@2:4: error[KH005]: YAML syntax error: this list's first item is indented 3 spaces, its next items (lines 3 and 5) 2: indent it as they are
HEAD  title: Kế\n    hoạch: “@@7:10: error[KH005]: YAML syntax error: mapping values are not allowed in this context; the value begins with a quote as Word types it (“ or ‘): YAML's quotes are the straight ones, " and ': put the value in straight double quotes
HEAD  title:  Kế: hoạch@@6:13: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
--- a: b@@1:6: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
items:\n  -   a: 1\n     b: 2@@3:6: error[KH005]: YAML syntax error: did not find expected '-' indicator; this line is indented 5 spaces, the keys above it 6: indent it as they are (if it goes on with the value above, put that value in quotes)
items:\n  -   a: 1\n    b: 2@@3:5: error[KH005]: YAML syntax error: did not find expected '-' indicator; this line is indented 4 spaces, the keys above it 6: indent it as they are (if it goes on with the value above, put that value in quotes)
items:\n  -   a: 1\n  b: 2@@3:3: error[KH005]: YAML syntax error: did not find expected '-' indicator; this key is indented as far as the '-' of the list (2 spaces): a key of the list's item above goes under the item's first key, 6 spaces
items:\n  -\n    a: 1\n   b: 2@@4:4: error[KH005]: YAML syntax error: did not find expected '-' indicator; this line is indented 3 spaces, the keys above it 4: indent it as they are (if it goes on with the value above, put that value in quotes)
HEAD  title: Thực thi\nunits:\n  - {id: vp, name: Văn phòng}\nbody:\n  - section: A\n    items:\n      - task: Rà soát\n        lead: vp\n        text:\n          Xem:vp\n          -1 đơn vị: x@@16:20: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
items:\n  -  \n    a: 1\n   b: 2@@4:4: error[KH005]: YAML syntax error: did not find expected '-' indicator; this line is indented 3 spaces, the keys above it 4: indent it as they are (if it goes on with the value above, put that value in quotes)
items:\n  -  # c\n    a: 1\n   b: 2@@4:4: error[KH005]: YAML syntax error: did not find expected '-' indicator; this line is indented 3 spaces, the keys above it 4: indent it as they are (if it goes on with the value above, put that value in quotes)
TABLE
hints li
same li "LI: $i YAML syntax errors at a file's first and last bytes, by keys holding '_' or '-', blanks and lone quotes: the line each hint names"
fi

# ---- IS: a signer's title seven paragraphs from the body's end ---------------------
# import_signer.c looks for a signer's title among the body's last six
# paragraphs. mut16 IS has a title six and seven paragraphs from the end
# of a longer body; here the body is exactly seven paragraphs and the
# title is its first: the title stands seven from the end and the
# paragraphs are the body's (sentences under a name, no signature).
# import_signer-035 (the bound 'limit > from + 7': with seven paragraphs
# the search starts at the first) took the whole body for a signature and
# wrote "no body was found".
if wanted IS; then
    printf '%s\n' '**ỦY BAN NHÂN DÂN**  ' '**HUYỆN A**' '' '**KẾ HOẠCH**  ' \
        '**Thực hiện rà soát năm 2024**' '' 'CHỦ TỊCH' '' 'Nguyễn Văn An' '' '(Đã ký)' '' \
        'Rà soát hồ sơ.' '' 'Báo cáo kết quả.' '' 'Lập danh sách.' '' 'Gửi Văn phòng.' >"$work/is.md"
    "$khgen" --lang en import "$work/is.md" -o "$work/is.yaml" >/dev/null 2>"$work/is.err"
    s=$?
    printf 'status 0\nbody:\n  - para: CHỦ TỊCH\n  - para: Nguyễn Văn An\n  - para: (Đã ký)\n  - para: Rà soát hồ sơ.\n  - para: Báo cáo kết quả.\n  - para: Lập danh sách.\n  - para: Gửi Văn phòng.\nsignature: 0\n' >"$work/is.want"
    { echo "status $s"; sed -n '/^body:/,$p' "$work/is.yaml" | grep -v '^ *#'; echo "signature: $(grep -c '^signature:' "$work/is.yaml")"; } >"$work/is.got"
    same is "IS: a body of seven paragraphs whose first is 'CHỦ TỊCH': the title is seven from the end, the body stays"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
