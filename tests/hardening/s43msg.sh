#!/bin/sh
# tests/hardening/s43msg.sh KHGEN WORKDIR - session 43's round of one slip,
# one message, at the slip's line, saying what to do (issue 8): the pairs
# session 42's s42msg left (two true messages for one slip), its CLI
# leftovers and the rules' leftovers of s42attack. Each case fails at main
# d5be71a7 but the guards named so:
#  A   a unit's id misspelt where it is defined, `{id: tckhx, ...}`, gave
#      KH202 "unknown unit 'tckh' (did you mean 'tckhx'?)" at each use and
#      nothing at the line to correct (a1): one KH202 at the definition
#      naming the uses' lines; misspelt at its one use it is KH202 there
#      (a2, a guard: which of the two is the slip cannot be told).
#  B   an attachment's `suppress: [KH253]` emptied gave KH111 "unknown
#      diagnostic code ''" and the KH253 it was written for (b1); a code
#      misspelt, the same pair (b2): one KH111, saying what to write; a
#      `suppress: []` silences nothing (b3, a guard).
#  C   the issuer replaced by another body's lines in small letters gave a
#      KH178 at each line and KH166 at the signature's "TM." (c1): one
#      KH178 naming the list to write, the "TM." line a note on it; the
#      issuer in capitals keeps its KH166 (c2, a guard).
#  D   the include line of a shared registry deleted gave KH204 at the
#      first level and KH202 at the first unit (d1): one message naming
#      both lists and the include.
#  E   the header's `number:` holding a pasted sentence: with a '{year}'
#      only KH210 about the braces (e1), without one nothing at all and
#      "Số: Triển khai .../KH-UBND" printed, exit 0 (e2): KH173 saying it
#      is words; `number: 2_024` printed "Số: 2_024/KH-UBND" (e3): KH108
#      with the number to write.
#  F   a key's line pasted twice gave KH128 "line 12 repeats line 11" and
#      KH008 "duplicate key" (f1), a unit's line KH128 and KH200 (f2): one
#      error, the repeat a note on it; `title: >-` pasted twice over its
#      text KH107 "'title' is empty" and KH008 (f3): KH008 alone (the copy
#      with the text is read); a bullet pasted twice keeps its one KH128
#      (f4, a guard: the document prints it twice).
#  G   `build --format md` said "unknown option '--format'" with no word of
#      '--formats' (g1); `-f md,,html` "unknown format in 'md,,html'"
#      without pointing at the empty item (g2); the usage lines new, diff
#      and init print on a usage error were texts of their own that said
#      otherwise than their --help (new's '[--allow-read DIR]', diff's
#      '--color[=WHEN]', g3): one help text per command, its usage lines
#      the error's.
#  H   the rules' leftovers (s42attack): KH040 "'1: 10' is a time" on a
#      map's scale "tỷ lệ 1: 5 đến 1: 10" and "1: 5 đến 1: 10" (h1);
#      "từ 08: 00 - 11: 00" warned its first time only (h2); a plan saved as
#      tab-separated text got a YAML error (KH005) at line 6, not KH039
#      (h3); `due_label: 2024`, a deadline's words, KH180 (h4). Guards: "lúc
#      08: 00" keeps its KH040 (h5); two lines ending in tabs are no save
#      (h6).
#  I   a placeholder misspelt in a --templates wording.yaml, {{kid}} for
#      {{kind}}, printed "Căn cứ  số 263/QĐ-TTg" with `check` silent, exit
#      0 (i1): KH801 at its tag in check, and once in build (i2).
# About 30 runs of khgen on README's example and plans/: a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"
cp -r "$top/plans/yen-the" "$P/"

# msgs NAME: the number of messages in $work/NAME.err
msgs() { grep -c '^[^ ].*:[0-9]*:[0-9]*: \(error\|warning\)\[KH' "$work/$1.err"; }
codes() { grep -o '\[KH[0-9]*\]' "$work/$1.err" | tr -d '\n'; }
# one NAME LINE CODE WORDS: one message, CODE at line LINE, its words WORDS
one() {
    [ "$(msgs $1)" -eq 1 ] && grep -q "^$P/$1.yaml:$2:[0-9]*: [a-z]*\[$3\]: .*$4" "$work/$1.err" ||
        bad="$bad [$1: $(codes $1)]"
}

# ---- A: an id misspelt where it is defined --------------------------------
mk a1 '{id: tckh,' '{id: tckhx,' 'lead: vpdp, due' 'lead: tckh, due'
mk a2 'lead: vpdp, due' 'lead: tckh, due' '            lead: tckh' '            lead: tckhx'
bad=
for c in a1 a2; do chk $c; done
one a1 25 KH202 "the unit 'tckhx' is used nowhere, while 'tckh', which no entry defines, is used at line 50, line 61: is the id misspelt here? Write 'id: tckh'"
one a2 50 KH202 "unknown unit 'tckhx' (did you mean 'tckh'?)"
verdict "A a unit's id misspelt where it is defined (a KH202 at each use): one KH202 at the definition naming the uses; misspelt at its one use, KH202 there (a2, a guard)"

# ---- B: an attachment's suppress emptied or misspelt ----------------------
bad=
for c in 'b1 suppress:' 'b2 suppress: [KH2533]' 'b3 suppress: []'; do
    set -- $c
    n=$1
    shift
    mkplan "$n" binh-trung-2024 '^    suppress: \[KH253\]' "    $*"
    chk "$n"
done
one b1 760 KH111 "'suppress' is empty: write the codes of the warnings to silence here (\[KH253\]), or delete the line"
one b2 760 KH111 "unknown diagnostic code 'KH2533'"
one b3 748 KH253 "never referred to"
verdict "B an attachment's 'suppress:' emptied or misspelt (KH111 and the KH253 it was written for): one KH111; 'suppress: []' silences nothing (b3, a guard)"

# ---- C: the issuer replaced ------------------------------------------------

mk c1 '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '  issuer: [Sở Nông nghiệp, tỉnh Bắc Giang]'
mk c2 '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '  issuer: [SỞ NÔNG NGHIỆP, TỈNH BẮC GIANG]'
bad=
for c in c1 c2; do chk $c; done
one c1 5 KH178 "the issuer's lines 'Sở Nông nghiệp', 'tỉnh Bắc Giang' are not in capitals.*write \[SỞ NÔNG NGHIỆP, TỈNH BẮC GIANG\]"
grep -q "c1.yaml:5:[0-9]*: note: the signature signs 'TM. ỦY BAN NHÂN DÂN' (line 66), another body" "$work/c1.err" ||
    bad="$bad [c1: no note]"
one c2 66 KH166 "on behalf of a body that is not the issuer"
verdict "C the issuer replaced by another body in small letters (KH178 at each line and KH166): one KH178 with the 'TM.' line a note; in capitals, KH166 (c2, a guard)"

# ---- D: the include line deleted -------------------------------------------
bad=
mkplan d1 yen-the-2024 '^include: \[yen-the/registry.yaml\].*?\n' ''
chk d1
one d1 67 KH204 "the plan has no 'levels:' list, nor 'units:', whose ids it uses: an 'include:' of the registry that defines them lost?"
verdict "D a shared registry's include line deleted (KH204 and KH202): one message naming both lists and the include"

# ---- E: the header's number --------------------------------------------------
N='  number: ""                                # blank in a draft: "Số:      /KH-UBND"'
mk e1 "$N" '  number: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"'
mk e2 "$N" '  number: Triển khai thực hiện Chương trình năm 2024'
mk e3 "$N" '  number: 2_024'
bad=
for c in e1 e2 e3; do chk $c; done
one e1 7 KH173 "'number' is the plan's number (12, or \"\" until the clerk numbers it), and '.*' is words: a line pasted there? Write the number"
one e2 7 KH173 "is words: a line pasted there?"
one e3 7 KH108 "'number' '2_024' has a '_' between its digits, which the document prints as typed: write 2024"
verdict "E the header's number: a sentence pasted (KH210 alone, or nothing and printed): KH173; '2_024' printed as typed: KH108"

# ---- F: a line pasted twice ------------------------------------------------
T='  title: Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện năm 2024\n'
mk f1 "$T" "$T$T"
mk f2 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n' \
    '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n'
mkplan f3 krong-no-2022 '^  title: >-\n' '  title: >-\n  title: >-\n'
X='          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.\n'
mk f4 "$X" "$X$X"
bad=
for c in f1 f2 f3 f4; do chk $c; done
one f1 12 KH008 "duplicate key 'title'"
grep -q "f1.yaml:12:[0-9]*: note: line 12 repeats line 11 word for word: a line pasted twice? Delete one copy" \
    "$work/f1.err" || bad="$bad [f1: no note]"
one f2 26 KH200 "duplicate unit id 'tckh'"
grep -q "f2.yaml:26:[0-9]*: note: line 26 repeats line 25 word for word" "$work/f2.err" || bad="$bad [f2: no note]"
one f3 19 KH008 "duplicate key 'title'"
one f4 43 KH128 "line 43 repeats line 42 word for word (a line pasted twice?)"
verdict "F a line pasted twice (KH128 and KH008 or KH200; KH107 and KH008 for an empty 'title: >-' over the copy): one error, the repeat its note; a bullet pasted twice keeps its KH128 (f4, a guard)"

# ---- G: the command line ------------------------------------------------------
bad=
"$khgen" build --format md "$P/ex.yaml" >/dev/null 2>"$work/g1.err"
st=$?
[ "$st" -eq 2 ] && grep -q "^khgen: build: unknown option '--format' (did you mean '--formats'?)$" "$work/g1.err" ||
    bad="$bad [g1: $st $(head -1 "$work/g1.err")]"
"$khgen" build -f md,,html -o "$work/g2" "$P/ex.yaml" >/dev/null 2>"$work/g2.err"
st=$?
[ "$st" -eq 2 ] && [ ! -e "$work/g2" ] &&
    grep -q "^khgen: 'md,,html' has an empty format at its character 4 (two commas, or one at an end)" "$work/g2.err" ||
    bad="$bad [g2: $st $(head -1 "$work/g2.err")]"
for c in 'new' 'diff a' 'init'; do
    set -- $c
    "$khgen" "$@" >/dev/null 2>"$work/g3.err"
    "$khgen" "$1" --help | sed '/^$/,$d' >"$work/g3.want"
    sed 1d "$work/g3.err" >"$work/g3.got"
    cmp -s "$work/g3.want" "$work/g3.got" || bad="$bad [g3 $1: $(diff "$work/g3.want" "$work/g3.got" | head -3 | tr '\n' ' ')]"
done
verdict "G '--format' names '--formats'; '-f md,,html' points at the empty item; new, diff and init print their --help's usage lines on a usage error"

# ---- H: the rules' leftovers --------------------------------------------------
Q='          - para: (Chi tiết theo {att bieu01} đính kèm).'
mk h1 "$Q" '          - para: "Bản đồ tỷ lệ 1: 5 đến 1: 10, sơ đồ 1: 5 đến 1: 10 (Chi tiết theo {att bieu01} đính kèm)."'
mk h2 "$Q" '          - para: "Tiếp dân từ 08: 00 - 11: 00 hằng ngày (Chi tiết theo {att bieu01} đính kèm)."'
mk h4 '            due: 2024-Q1' '            due: 2024-Q1\n            due_label: 2024'
mk h5 "$Q" '          - para: "Họp lúc 08: 00 (Chi tiết theo {att bieu01} đính kèm)."'
/usr/bin/python3 - "$P/ex.yaml" "$P/h3.yaml" "$P/h6.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out = ['"' + l.replace('"', '""') + '"\t\t' if '"' in l else l + '\t\t' if l else l for l in lines]
open(sys.argv[2], 'w', encoding='utf-8').write('\r\n'.join(out))
lines[40] += '\t\t'
lines[41] += '\t\t'
open(sys.argv[3], 'w', encoding='utf-8').write('\n'.join(lines))
PY
bad=
for c in h1 h2 h3 h4 h5 h6; do chk $c; done
[ "$(msgs h1)" -eq 0 ] || bad="$bad [h1: $(codes h1)]"
[ "$(msgs h2)" -eq 2 ] && grep -q "h2.yaml:43:[0-9]*: warning\[KH040\]: '11: 00' is a time" "$work/h2.err" ||
    bad="$bad [h2: $(codes h2)]"
one h3 1 KH039 "this file is a plan written by a spreadsheet saved as CSV or as tab-separated text"
[ "$(msgs h4)" -eq 0 ] || bad="$bad [h4: $(codes h4)]"
one h5 43 KH040 "'08: 00' is a time"
[ "$(msgs h6)" -eq 0 ] || bad="$bad [h6: $(codes h6)]"
verdict "H a map's scale no KH040; '08: 00 - 11: 00' both times warned; a tab-separated save one KH039; 'due_label: 2024' no KH180 (guards: 'lúc 08: 00' warned, two lines ending in tabs no save)"

# ---- I: a wording template's placeholder misspelt ---------------------------
mkdir -p "$P/tpl"
sed '28s/"Căn cứ {{kind}}{{#name}}/"Căn cứ {{kid}}{{#name}}/' "$top/templates/wording.yaml" >"$P/tpl/wording.yaml"
bad=
"$khgen" check --templates "$P/tpl" "$P/ex.yaml" >/dev/null 2>"$work/i1.err"
[ "$(msgs i1)" -eq 1 ] &&
    grep -q "tpl/wording.yaml:28:16: warning\[KH801\]: unknown name 'kid' in template (did you mean 'kind'?)" "$work/i1.err" ||
    bad="$bad [i1: $(codes i1)]"
"$khgen" build -f md -o "$work/i2" --templates "$P/tpl" "$P/ex.yaml" 2>"$work/i2.err"
[ "$(msgs i2)" -eq 1 ] || bad="$bad [i2: $(codes i2)]"
verdict "I a placeholder misspelt in a --templates wording: KH801 at check (silent before), once at build"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
