#!/bin/sh
# tests/hardening/mut22.sh KHGEN WORKDIR - what session 22's mutation sweep
# (issue 8; tools/mutants.py run over session 21's new files md_flank.c,
# parse_lines.c, check_suppress.c, and load_indent.c) found the tests
# blind to, where a run of khgen shows it: one-line changes of khgen that
# every suite running their line passed. What a pure function's unit test
# shows is in tests/unit (test_md_flank.c: md_flank.c). Each case below
# fails with the mutants its comment names and passes with khgen; the ids
# are those of `tools/mutants.py list FILE` (no --since: every mutant of
# the file) with FILE as it was at 3c60b82, where the sweep began.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# wanted NAME: whether case NAME runs: all of them, or those MUT22_CASES
# names ("QO": a mutant's run of the cases of its part, by hand)
wanted() {
    case " ${MUT22_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}

# ---- QO: where a quote opens, before a '[' left open (load_indent.c) ---------------------
# unclosed_bracket skips what a quoted value holds, and a quote opens a
# value only where YAML reads one: at the line's first byte, after a
# space, or inside a bracket. mut21's LI rows have a quote at the line's
# first byte and inside brackets, never after a space nor after a letter:
# session 21 left load_indent-174, -179, -180 (a quote after a space taken
# for none, or one after a letter for an opening one) surviving; they are
# -181, -186, -187 at 3c60b82. Rows: a quoted key holding a '[' after the
# indentation (1, and 2 in single quotes: the '[' quoted is no bracket),
# a key with a '"' after a letter (3: no quote, the '[' after it is) and
# with a "'" (4).
if wanted QO; then
    cat >"$work/qo.table" <<'TABLE'
khgen: 1\nx:\n  "a[": [b,\n    - c@@3:9: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nx:\n  'a[': [b,\n    - c@@3:9: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nx:\n  - a"b: [c,\n    - d@@3:10: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
khgen: 1\nx:\n  it's: [c,\n    - d@@3:9: error[KH005]: YAML syntax error: the '[' list opened on this line is not closed on it: YAML read the lines under it into the list; close it with ']'
TABLE
    hints qo
    same qo "QO: $i '[' left open after a quote: a quote opens after a space, not after a letter"
fi

# ---- SC: a suppress that a registry's warning escapes (check_suppress.c) -----------------
# check_suppress.c warns (KH123) at a `suppress:` entry whose warning is
# in a file the plan includes. leftovers21 L11 has one list, [KH250,
# KH257]: the code asked second, every code known, none twice. Rows: the
# code alone, first in its list (1: check_suppress-004, the list read
# from its second entry), after an unknown code and a code listed twice
# (2: -006, a NULL code read; -008, -010, the list left at either), and
# written as a lone value (3). Rows 4 and 5: an entry that is no text (a
# mapping, KH102) before the code: KH123 and KH111 stood at the list's
# i-th item, the mapping, not at their own code's entry (a bug, LOW:
# read_text_list passes over the mapping, so the i-th code is the list's
# (i+1)-th item; both fail with khgen at 3c60b82, which put them at
# column 12, the mapping's). Since s43msg an entry refused (KH111)
# silences the warnings of its scope, KH123 too (one slip, one message:
# the KH123 comes once the code is corrected): row 2 is KH111 alone, and
# row 6 keeps its point, a code KH123 passes over (KH200, an error: KH113)
# and a code twice before the code asked, KH123 at its own entry.
if wanted SC; then
    mkdir -p "$work/p/reg"
    cat >"$work/p/reg/registry.yaml" <<'YAML'
units:
  - {id: a1, name: UBND xã Hoa Lộc}
  - {id: a2, name: UBND xã Hoa Lộc}
YAML
    i=0
    : >"$work/sc.got"
    for list in '[KH257]' '[KH9999, KH250, KH250, KH257]' 'KH257' '[KH250: x, KH257]' \
        '[KH250: x, KH9999]' '[KH200, KH250, KH250, KH257]'; do
        i=$((i + 1))
        printf 'include: [reg/registry.yaml]\nsuppress: %s\nbody:\n  - para: Rà soát hồ sơ.\n' "$list" |
            small sc$i
        "$guard" 20 "$khgen" --lang en check "$work/p/sc$i.yaml" >/dev/null 2>"$work/sc$i.err"
        echo "$i: $(grep -oE '^[^ ]*: (warning|error)\[KH1(11|23)\]' "$work/sc$i.err" |
            sed "s|^$work/p/||" | tr '\n' ' ')" >>"$work/sc.got"
    done
    cat >"$work/sc.want" <<'WANT'
1: sc1.yaml:10:12: warning[KH123] 
2: sc2.yaml:10:12: error[KH111] 
3: sc3.yaml:10:11: warning[KH123] 
4: sc4.yaml:10:22: warning[KH123] 
5: sc5.yaml:10:22: error[KH111] 
6: sc6.yaml:10:33: warning[KH123] 
WANT
    same sc "SC: KH123 at its code's entry: first, alone, after a mapping, after an error code and a code twice; KH111 alone (its scope silenced) after an unknown code or a mapping"
fi

# ---- PL: a list of printed lines written as one value (parse_lines.c) -------------------
# warn_lost_brackets (KH162) warns at a comma before a word that begins a
# line of its own (HUYỆN, XÃ, ...; UBND, Lưu, Như, TT, ...) in a plain
# value. The corpus (lost-brackets*) has "..., HUYỆN A" and a recipients'
# line; no value quoted, ending in ']', with a word that only begins with
# such a word, with spaces after the comma, or with the word last.
# Rows: an issuer in quotes (1: none; parse_lines-002, -003), one whose
# '[' alone is lost (2: KH022, not KH162; -004, -007, -008), recipients
# "Như trên, TTXVN" (3: TTXVN is no "TT" line; -018), an issuer with
# three spaces after its comma (4: KH162; -012, -014), a comma in a name
# with no such word after it (5: none; -020), recipients ending in the
# word "Lưu" (6: KH162; -017); rows 3 and 5 run for ever with -009 and
# -010 (the same comma found again: the status is 124). parse_lines-015 (the first word skipped)
# is the corpus's; -023 (the caret's span 0 for 1) prints the same caret
# (diag.c draws at least one): equivalent.
if wanted PL; then
    i=0
    : >"$work/pl.got"
    while IFS='|' read -r issuer recipients; do
        i=$((i + 1))
        printf 'body:\n  - para: Rà soát hồ sơ.\nrecipients: %s\n' "$recipients" | small pl$i
        sed -i "s|^  issuer: .*|  issuer: $issuer|" "$work/p/pl$i.yaml"
        "$guard" 10 "$khgen" --lang en check "$work/p/pl$i.yaml" >/dev/null 2>"$work/pl$i.err"
        echo "$i: $? $(grep -oE '^[^ ]*: (warning|error)\[KH(022|162)\]' "$work/pl$i.err" |
            sed "s|^$work/p/||" | tr '\n' ' ')" >>"$work/pl.got"
    done <<'ROWS'
"ỦY BAN NHÂN DÂN, HUYỆN A"|[Như trên, "Lưu: VT"]
ỦY BAN NHÂN DÂN, HUYỆN A]|[Như trên, "Lưu: VT"]
[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]|Như trên, TTXVN
ỦY BAN NHÂN DÂN,   XÃ AN BÌNH|[Như trên, "Lưu: VT"]
SỞ Y TẾ, KHOA A|[Như trên, "Lưu: VT"]
[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]|Như trên, Lưu
ROWS
    cat >"$work/pl.want" <<'WANT'
1: 0 
2: 0 pl2.yaml:3:35: warning[KH022] 
3: 0 
4: 0 pl4.yaml:3:11: warning[KH162] 
5: 0 
6: 0 pl6.yaml:11:13: warning[KH162] 
WANT
    same pl "PL: KH162 at a comma before a line's first word, in a plain value only, the word whole"
fi

# ---- FK: a group's first key indented off (load_indent.c's first_key_hint) --------------
# first_key_hint names a group's first key when the keys after it stand
# two spaces right of the key above them (slips20, slips2). Session 21
# left 17 of its mutants surviving (mut21's header: ids -299 to -316 at
# 66e47e5); at 3c60b82 they are load_indent-315 to -332 but -321.
# slips20, never run with them, kills 7 (session 22: -317, -318, -320,
# -323, -324, -330, -332, which also fail here on the plain case, row 1:
# the rule of 7c88cdf is newer than session 21's ids); the group under the file's first line
# (2: -329, the first line taken for none); a comment after the key
# above them (3: a bug, LOW: "header: # ..." was no key with nothing
# after it, and the error stood at the second key with no hint, where the
# fix is the first; khgen at 3c60b82 fails this row, and -327, the
# colon asked only of a parent at the group's column or right of it,
# gave the right answer),
# two keys on the plan's step (4) and a group two deep (5). The rest
# (-315, -316, -319, -322, -325, -326, -327, -328, -331) are equivalent
# (-331's empty hint is replaced by the plain message): YAML
# notices at the first line of the group's column, so a line above it
# not deeper than it is the group's parent, never at its column, and the
# file's first line is another hint's (the file's first key indented).
if wanted FK; then
    cat >"$work/fk.table" <<'TABLE'
khgen: 1\nheader:\n   issuer: [A, B]\n  number: 1\n  date: 2024-01-01@@3:4: error[KH005]: YAML syntax error: this group's first key is indented 3 spaces, its next keys (lines 4 and 5) 2: indent it as they are
header:\n   issuer: [A, B]\n  number: 1\n  date: 2024-01-01@@2:4: error[KH005]: YAML syntax error: this group's first key is indented 3 spaces, its next keys (lines 3 and 4) 2: indent it as they are
khgen: 1\nheader: # the header\n   issuer: [A, B]\n  number: 1\n  date: 2024-01-01@@3:4: error[KH005]: YAML syntax error: this group's first key is indented 3 spaces, its next keys (lines 4 and 5) 2: indent it as they are
khgen: 1\nheader:\n   issuer: [A, B]\n  number: 1@@3:4: error[KH005]: YAML syntax error: this group's first key is indented 3 spaces, the key after it (line 4) 2, two more than the line above them: indent it as that key is
khgen: 1\nx:\n  header:\n     issuer: [A, B]\n    number: 1\n    date: 2@@4:6: error[KH005]: YAML syntax error: this group's first key is indented 5 spaces, its next keys (lines 5 and 6) 4: indent it as they are
TABLE
    hints fk
    same fk "FK: $i groups whose first key is indented off: the first key named, under the file's first line, after a comment, two keys, two deep"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
