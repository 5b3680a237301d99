#!/bin/sh
# tests/hardening/s40slip.sh KHGEN WORKDIR - a drafter's office slips that
# still passed or cascaded (session 39's leftovers), and a new round of them
# (issue 8: "no crash on a one-line mistake", "hidden broken plans nobody
# here has seen"), from session 40's black-box sweep s40slip (reproducers in
# /tmp/s40slip/ of that session: 839 mutants of plans/, the imported seeds,
# README's example and two plans of figures, re-saved in UTF-16 or an old
# Vietnamese encoding, typed with the input method off or on, with decimal
# commas, dates written dd/mm/yyyy, a phone's invisible characters and
# Word's bullets). Every case but the guards fails at main ff71a1cc (before
# s40slip's fixes); each is one finding:
#  H1  a middle dot typed for a list item's '-' on the line under a key
#      ('bullet:' over '· >-' and the text's lines) printed "· >- Hoàn thành
#      ...", exit 0, no message: KH005 at the dot, as for Word's en dash;
#  H2  a text typed with the Vietnamese input method off ("Kees hoachj
#      thuwcj hieenj" in Telex, "Ke61 hoa5ch" in VNI) printed its keys, exit
#      0, no message: KH036 at its first word, with the text as it reads;
#  H3  a short value pasted from a document typed in an old 8-bit font
#      ("CÊp x·", TCVN3 for "Cấp xã", one word holding a letter no
#      Vietnamese word has) printed so, exit 0, no message: KH027 also when
#      every such word reads back and no word is of Unicode letters;
#  M1  (MEDIUM) a value opened with a quote (Excel's text mark, `'""`)
#      closed by an apostrophe two lines below, over the header's keys:
#      no YAML error, the keys swallowed, and the messages (no 'place',
#      KH103) never named the quote: KH005 at the opening quote, naming
#      the line that closes it and the key it swallowed, and nothing else;
#  M2  (MEDIUM) the header's first lines pasted twice (a duplicate
#      'header:' under KH128): the first header, cut where the copy starts,
#      was read, and its lost fields told one by one (KH103 no 'place', no
#      'date', no 'title'): KH128 and its KH008 only (since s43msg the
#      KH008 alone, the repeat its note);
#  M3  (MEDIUM) AutoCorrect's capital at every line's start gave a KH101 a
#      key (13 for README's example, 38-41 lines for a plan): one message
#      naming the rule, folded with the count and the places;
#  M4  (MEDIUM) a key with a soft hyphen inside ('pla\u00ADce:') or typed
#      with the input method on ('préet:' for 'preset:') was "did you mean"
#      and then told what its loss cost (KH103 no 'place'; KH602 no rows,
#      KH606 at each column; KH020 at the soft hyphen beside the KH101):
#      one KH101/KH601 naming what it is, read as meant;
#  L7  (LOW) a registry of NUL bytes named in 'include:' was "not an
#      included file": it is a binary file, not text;
#  L8  (LOW) a file of comments only was "the file is empty": it holds
#      only comments.
# Guards (pass before too): plans/ and README's example get no KH036, no
# KH005 of a swallowed quote and no capital's KH101; a value in quotes over
# lines indented deeper than its key, holding "ghi chú: ..." at a line's
# start, is read as written; 2 MB of Telex keys is checked in a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# has NAME PATTERN: $work/NAME.err holds a line matching PATTERN (grep -E)
has() { grep -Eq "$2" "$work/$1.err"; }
# errs NAME: the messages of NAME, on one line, for a verdict
errs() { grep -E '(error|warning)\[' "$work/$1.err" | cut -c1-160 | tr '\n' ' '; }
# msgs NAME: how many messages (errors and warnings) NAME printed
msgs() { grep -Ec '(error|warning)\[' "$work/$1.err"; }

# ---- H1: a middle dot for a '- >-' item's dash -------------------------------
mk h1 '          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
    '          - bullet:\n              · >-\n                Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn\n                nông thôn mới nâng cao.'
md h1
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
has h1 'h1\.yaml:43:15: error\[KH005\]:.*U\+00B7' || bad="$bad [$(errs h1)]"
grep -q '· >-' "$work/h1.md" && bad="$bad [printed '· >-']"
verdict "H1 '· >-' under a key is KH005 at the dot (43:15), not a text printing '· >- Hoàn thành'"

# ---- H2: a text typed with the input method off ------------------------------
mk h2 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"' \
    'opening: "UBND huyeenj xaay duwngj Kees hoachj thuwcj hieenj nawm {year}, nhuw sau:"'
md h2
bad=
has h2 "h2\.yaml:21:16: warning\[KH036\]:.*Telex.*'huyeenj'.*it reads 'UBND huyện xây dựng Kế hoạch thực hiện năm \{year\}, như sau:'" ||
    bad="$bad [$(errs h2)]"
mk h2v 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"' \
    'opening: "UBND huye65n xa6y du7ng5 Ke61 hoa5ch na8m {year}:"'
md h2v
has h2v "h2v\.yaml:21:16: warning\[KH036\]:.*VNI.*it reads 'UBND huyện xây dựng Kế hoạch năm \{year\}:'" ||
    bad="$bad [$(errs h2v)]"
verdict "H2 a text typed with the input method off (Telex, VNI) is KH036 at its first word, with the text as it reads"

# ---- H3: a short heading pasted from a .VnTime document --------------------
mk h3 '      - clause: Cấp xã' '      - clause: CÊp x·'
md h3
bad=
has h3 "h3\.yaml:39:21: warning\[KH027\]: 'CÊp x·' is Vietnamese typed in TCVN3.*'Cấp xã'" || bad="$bad [$(errs h3)]"
verdict "H3 a heading of two words pasted from a .VnTime document ('CÊp x·') is KH027 with the text as it reads"

# ---- M1: a quote closed lines below, over the header's keys ------------------
mk m1 '  number: ""  ' "  number: '\"\"  " '  place: Yên Thế' "  place: Yên Thế'"
chk m1
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
has m1 "m1\.yaml:7:11: error\[KH005\]: the ' that opens this value is closed only on line 9: .*line 8's key 'code:'" ||
    bad="$bad [$(errs m1)]"
[ "$(msgs m1)" -eq 1 ] || bad="$bad [$(msgs m1) messages: $(errs m1)]"
verdict "M1 a quote closed two lines below over the header's keys: one KH005 at the quote naming its closing line and the key swallowed"

# ---- M2: the header's first lines pasted twice -------------------------------
mk m2 '  code: KH-UBND\n' '  code: KH-UBND\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]   # issuing body, as printed (upper case)\n  issuer_short: UBND huyện Yên Thế          # used in "(Kèm theo Kế hoạch số ... của ...)"\n  number: ""                                # blank in a draft: "Số:      /KH-UBND"\n  code: KH-UBND\n'
chk m2
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
# since s43msg the KH128 is a note of the KH008 its copy makes: one message
has m2 'm2\.yaml:9:1: note: lines 9-13 repeat lines 4-8' || bad="$bad [no KH128 note]"
has m2 'm2\.yaml:9:1: error\[KH008\]: duplicate key .header.' || bad="$bad [no KH008]"
[ "$(msgs m2)" -eq 1 ] || bad="$bad [$(msgs m2) messages: $(errs m2)]"
verdict "M2 a header's lines pasted twice: the copy's KH008 with the repeat (KH128's) as its note, not what the cut first header lost (KH103)"

# ---- M3: AutoCorrect's capital at every line's start -------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/m3.yaml" <<'PY'
import re, sys
out = []
for l in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    m = re.match(r'^(\s*(?:- )?)(\S)', l)
    out.append(l if not m or l.lstrip().startswith('#') else l[:m.start(2)] + m.group(2).upper() + l[m.end(2):])
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
PY
chk m3
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
has m3 'm3\.yaml:1:1: error\[KH101\]: unknown key: its first letter is a capital' || bad="$bad [$(errs m3)]"
has m3 '^note: the same message at [0-9]+ more places in this file' || bad="$bad [not folded]"
[ "$(grep -c 'error\[KH101\]' "$work/m3.err")" -eq 1 ] || bad="$bad [$(grep -c 'error\[KH101\]' "$work/m3.err") KH101]"
[ "$(wc -l <"$work/m3.err")" -le 12 ] || bad="$bad [$(wc -l <"$work/m3.err") lines]"
verdict "M3 every line capitalised by AutoCorrect: one KH101 naming the rule, folded with the count, at most 12 lines"

# ---- M4: a key with a soft hyphen, a key typed with the input method on -----
mk m4 '  place: Yên Thế' '  pla\u00adce: Yên Thế'
/usr/bin/python3 - "$P/m4.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read().replace('\\u00ad', '\u00ad')
open(p, 'w', encoding='utf-8').write(s)
PY
chk m4
bad=
has m4 "m4\.yaml:9:3: error\[KH101\]: unknown key 'pla\\\\u00ADce' in the header: it is 'place' with an invisible U\+00AD" ||
    bad="$bad [$(errs m4)]"
has m4 'KH103|KH020' && bad="$bad [KH103 or KH020: $(errs m4)]"
mk m4i '    preset: locality-targets' '    préet: locality-targets'
chk m4i
has m4i "m4i\.yaml:73:5: error\[KH601\]: unknown key 'préet' in an attachment: it is 'preset' typed with the Vietnamese input method on" ||
    bad="$bad [$(errs m4i)]"
[ "$(msgs m4i)" -eq 1 ] || bad="$bad [$(msgs m4i) messages: $(errs m4i)]"
verdict "M4 'pla\\u00ADce:' and 'préet:' are one message naming what they are, read as meant (no KH103, KH602, KH606)"

# ---- L7, L8: a registry of NULs, a file of comments --------------------------
head -c 300 /dev/zero >"$P/nul.yaml"
mk l7 'import: [qd318-xa-ntm]' 'import: [qd318-xa-ntm]\ninclude: [nul.yaml]'
chk l7
bad=
has l7 "error\[KH033\]: '[^']*nul\.yaml' is a binary file, not text" || bad="$bad [$(errs l7)]"
printf '# Kế hoạch năm 2025\n# khgen: 1\n#header:\n\n' >"$P/l8.yaml"
chk l8
has l8 'l8\.yaml:1:1: error\[KH103\]: the file holds only comments' || bad="$bad [$(errs l8)]"
printf '' >"$P/l8e.yaml"
chk l8e
has l8e 'l8e\.yaml:1:1: error\[KH103\]: the file is empty' || bad="$bad [$(errs l8e)]"
verdict "L7/L8 a registry of NULs is 'a binary file'; a file of comments 'holds only comments', an empty one 'is empty'"

# ---- guards -------------------------------------------------------------------
bad=
for f in "$top"/plans/*.yaml "$P/ex.yaml"; do
    "$khgen" check "$f" >/dev/null 2>"$work/g1.err"
    grep -Eq 'KH036|closed only on line|first letter is a capital|invisible U\+|input method on' "$work/g1.err" &&
        bad="$bad [$f: $(errs g1)]"
done
verdict "G1 plans/ and README's example: no KH036, no swallowed quote, no key read as meant"
mk g2 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    'closing: "Trên đây là Kế hoạch năm {year} của UBND huyện.\n  ghi chú: gửi kèm các biểu\n  Biểu 01."'
md g2
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st: $(errs g2)]"
grep -q 'UBND huyện. ghi chú: gửi kèm các biểu Biểu 01.' "$work/g2.md" || bad="$bad [text not as written]"
verdict "G2 a value in quotes over lines indented deeper than its key, one of them 'ghi chú: ...', is read as written"
/usr/bin/python3 -c "
import sys
w = 'Kees hoachj thuwcj hieenj nawm {year} tren ddiaj baanf huyeenj. '
open(sys.argv[1], 'w').write('khgen: 1\nheader: {issuer: [UBND], place: A, date: 2024, title: A}\nbody:\n  - para: >-\n' + ''.join('      ' + w * 8 + '\n' for _ in range(4000)))
" "$P/g3.yaml"
timed_case "G3 2 MB of Telex keys in one text is checked in a second" "$khgen" check "$P/g3.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
