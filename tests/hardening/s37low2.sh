#!/bin/sh
# tests/hardening/s37low2.sh KHGEN WORKDIR - session 37's small leftovers
# (issue 8), found by s37vg, s37review (L1, L2, L4) and s37slip (L3, L4).
# Every case but the guards fails at main 17f1fd05 and passes after
# s37low2's fixes; each is one finding:
#  C1  two blank links typed with no space between them printed their
#      addresses run together, "https://d.vnhttps://e.vn", in the .md, the
#      .html and the .docx (and a blank link glued to a word, "vàhttps://");
#      now a space keeps them apart, none before closing punctuation;
#  C2  KH635 cut a long word at 40 bytes and could part a letter from its
#      combining mark ("...q" without its U+0301): the word named now ends
#      between two graphemes;
#  C3  after KH602 (a column with no key) the column was dropped and a list
#      row's cells shifted: KH124 named the next column ('b' for the cell
#      under 'Tên') and KH610 counted one column too few; KH610 spoke of an
#      STT column in a table without one;
#  C4  `label: ""` (KH602) and a title "- Danh sách": KH118 named the
#      empty label too;
#  C5  a label "Biểu 0l" (the letter l) or "Biểu O1" printed as typed, no
#      message: now KH638 with the digits meant ("Biểu 01"); "Biểu 2a",
#      "Phụ lục II" and "Biểu 01" are not warned (guard);
#  C6  `criteria_met: -0` printed "0" with no message: a count takes no
#      sign ("+0" and "-1" are KH108), so "-0" is KH108 too; 0 is no error
#      (guard).
# Each case edits README's example (exedits.sh) and runs check or build:
# about 20 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

TX='text: Tham mưu phân bổ nguồn vốn năm {year}.'
ATT='attachments:\n  - id: bieu01\n    label: Biểu 01\n    title: Danh sách xã phấn đấu đạt chuẩn năm 2024\n    preset: locality-targets\n    rows: {from: localities, where: {target_year: 2024}}'
# own ATT2: README's attachment replaced by one of the given columns and rows
own() {
    _n=$1
    mk "$_n" "$ATT" "attachments:\n  - id: bieu01\n    label: Biểu 01\n    title: Danh mục\n    columns:\n$2    rows:\n$3"
}

# ---- C1: blank links side by side ------------------------------------------
mk c1 "$TX" 'text: "Xem [ ](https://d.vn)[ ](https://e.vn) và[](https://f.vn)nhé, ([ ](https://g.vn))."'
"$khgen" build -f md,html,docx -o "$work/c1" "$P/c1.yaml" >"$work/c1.err" 2>&1
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st: $(head -1 "$work/c1.err")]"
sed 's/\\//g' "$work/c1/c1.md" >"$work/c1.md.txt" 2>/dev/null
sed 's/<[^>]*>//g' "$work/c1/c1.html" >"$work/c1.html.txt" 2>/dev/null
unzip -p "$work/c1/c1.docx" word/document.xml 2>/dev/null | sed 's/<[^>]*>//g' >"$work/c1.docx.txt"
for f in md html docx; do
    t=$work/c1.$f.txt
    if grep -q 'd\.vnhttps\|vàhttps\|f\.vnnhé' "$t" || ! grep -q 'https://d\.vn https://e\.vn và https://f\.vn nhé, (https://g\.vn)\.' "$t"; then
        bad="$bad [$f: $(grep -o 'Xem.\{0,90\}' "$t" | head -1)]"
    fi
done
verdict "C1 blank links typed side by side or glued to a word: their addresses stay apart in md, html and docx, none before ')' or '.'"

# ---- C2: KH635's long word cut between graphemes ----------------------------
W=$(printf 'ờờờờờờờờờờờờờq\314\201') # q and a combining acute (U+0301)
cols= row=
for i in $(seq 0 23); do
    cols="$cols      - {key: c$i, header: \"Cột số $i\"}\n"
    row="$row${row:+, }c$i: \"$W\""
done
own c2 "$cols" "      - {$row}"
"$khgen" build -f docx -o "$work/c2" "$P/c2.yaml" >"$work/c2.out" 2>"$work/c2.err"
st=$?
bad=$(/usr/bin/python3 - "$work/c2.err" <<'PY'
import re, sys, unicodedata
err = open(sys.argv[1], encoding='utf-8').read()
word = 'ờ' * 13 + 'q\u0301'
m = re.search(r"KH635\]: .*? the word '(.*?)\.\.\.' of column", err)
if not m:
    print(' [no KH635 naming a cut word: %s]' % err.splitlines()[:1])
else:
    shown = m.group(1)
    rest = word[len(shown):]
    if not word.startswith(shown) or not shown or unicodedata.combining(rest[0]):
        print(" [the word shown %r parts %r from its mark]" % (shown, shown[-1:]))
PY
)
[ "$st" -le 1 ] || bad="$bad [status $st]"
verdict "C2 KH635 names a long word cut between graphemes, a letter kept with its combining mark"

# ---- C3: a keyless column keeps its place -----------------------------------
own c3a '      - {header: Tên}\n      - {key: b, header: B, type: int}\n' '      - [Một, 2]\n      - [Hai, 3]'
own c3b '      - {header: Tên}\n      - {key: b, header: B}\n' '      - [yes, Hai]'
own c3c '      - {key: a, header: A}\n      - {key: b, header: B}\n' '      - [Một, Hai, Ba]'
bad=
chk c3a
n=$(grep -c 'error\[' "$work/c3a.err")
[ "$st" -eq 1 ] && [ "$n" -eq 1 ] && grep -q 'error\[KH602\]' "$work/c3a.err" ||
    bad="$bad [c3a: status $st, $n errors: $(grep -v KH602 "$work/c3a.err" | grep -o 'error\[KH[0-9]*\].\{0,70\}' | head -2)]"
chk c3b
grep -q "error\[KH124\]: 'Tên' is a text, and 'yes'" "$work/c3b.err" && ! grep -q "'b' is a text" "$work/c3b.err" ||
    bad="$bad [c3b: $(grep -o 'KH124.\{0,40\}' "$work/c3b.err" | head -1)]"
chk c3c
grep -q 'error\[KH610\]: this row has 3 values but the table has 2 columns' "$work/c3c.err" && ! grep -q 'STT' "$work/c3c.err" ||
    bad="$bad [c3c: $(grep -o 'KH610.\{0,100\}' "$work/c3c.err" | head -1)]"
verdict "C3 after KH602 a list row's cells stay under their columns: no KH610 or KH124 of a shifted cell, and no STT named in a table without one"

# ---- C4: an empty label is named by no title --------------------------------
mk c4 'label: Biểu 01\n    title: Danh sách xã phấn đấu đạt chuẩn năm 2024' 'label: ""\n    title: "- Danh sách xã phấn đấu đạt chuẩn năm 2024"'
chk c4
bad=
[ "$st" -eq 1 ] && grep -q 'error\[KH602\]' "$work/c4.err" && ! grep -q 'KH118' "$work/c4.err" ||
    bad="$bad [status $st: $(grep -o 'KH118.\{0,80\}' "$work/c4.err" | head -1)]"
verdict "C4 label: \"\" is KH602 alone, no KH118 naming the empty label"

# ---- C5: a letter among a label's digits -------------------------------------
bad=
for pair in 'Biểu 0l=Biểu 01' 'Biểu O1=Biểu 01' 'BIỂU 0I=BIỂU 01' 'Biểu lO2=Biểu 102'; do
    l=${pair%=*} meant=${pair#*=}
    mk c5 'label: Biểu 01' "label: $l"
    chk c5
    [ "$st" -eq 0 ] && grep -q "warning\[KH638\]: .*write '$meant'" "$work/c5.err" ||
        bad="$bad [$l: status $st, $(grep -o 'KH[0-9]*.\{0,60\}' "$work/c5.err" | head -1)]"
done
for l in 'Biểu 2a' 'Phụ lục II' 'Biểu 01'; do
    mk c5g 'label: Biểu 01' "label: $l"
    chk c5g
    [ "$st" -eq 0 ] && ! grep -q KH638 "$work/c5g.err" || bad="$bad [$l warned: $(head -1 "$work/c5g.err")]"
done
verdict "C5 'Biểu 0l', 'Biểu O1', 'BIỂU 0I', 'Biểu lO2' are KH638 naming the digits meant; 'Biểu 2a', 'Phụ lục II', 'Biểu 01' are not"

# ---- C6: criteria_met: -0 ------------------------------------------------------
bad=
mk c6 'criteria_met: 17,' 'criteria_met: -0,'
chk c6
[ "$st" -eq 1 ] && grep -q "error\[KH108\]: 'criteria_met' .*'-0'" "$work/c6.err" ||
    bad="$bad [-0: status $st, $(head -1 "$work/c6.err")]"
mk c6g 'criteria_met: 17,' 'criteria_met: 0,'
chk c6g
[ "$st" -eq 0 ] && ! grep -q KH108 "$work/c6g.err" || bad="$bad [0: status $st]"
verdict "C6 criteria_met: -0 is KH108 as '-1' and '+0' are; 0 is no error"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
