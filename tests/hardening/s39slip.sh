#!/bin/sh
# tests/hardening/s39slip.sh KHGEN WORKDIR - a drafter's block mistakes that
# still passed silently, and a new round of office slips (issue 8: "no
# crash on a one-line mistake"), from session 39's black-box sweep s39slip
# (reproducers in /tmp/s39slip/ of that session): s38slip's two findings
# without a rule, and 463 mutants of plans/, the imported seeds and
# README's example edited as an office edits them (a spreadsheet's tabs,
# commas and text mark, Google Docs' and Word's quotes and AutoCorrect,
# no-break spaces in the indentation, an e-mail program's 72 columns).
# Every case but the guards fails at main 9dbe0d73 (before s39slip's
# fixes); each is one finding:
#  H1  a block of lines pasted twice across two items' boundary (the end
#      of one bullet's text and the start of the next) made a mixed item
#      that printed the words twice, exit 0, no message (s38slip L2): KH128
#      at the second copy, from a scan of the whole file;
#  H2  a copy cut after the closing, in the comment above `attachments:`,
#      built without its Biểu, exit 0, no message (s38slip L3): KH129 at
#      the file's last line; cut in the closing sentence, KH129 (and no
#      KH160 asking for the signature the cut took);
#  H3  a value in guillemets (`kind: «QĐ»`, a French keyboard's or Google
#      Docs' quotes) printed them, exit 0: KH029 as for curly quotes;
#  H4  AutoCorrect's © for the point (c) after (a), (b), and a spreadsheet's
#      CSV commas ending a value ("Kế hoạch,,,") printed, exit 0: KH034;
#  H5  a value in quotes over two lines whose second begins with an e-mail
#      program's quote mark ('> như sau:"') printed "> như sau:", exit 0:
#      KH034 at the mark;
#  H6  Word's dash for a "- >-" item on the line under a key ("text:" over
#      "– >-" and the text's lines) printed "– >- Tham mưu ...", exit 0,
#      since main's b321ef44 (a dash that begins a text is text): a dash
#      followed by a block indicator is KH005 again (fails at b321ef44's
#      main, passes at 9dbe0d73);
#  M1  (MEDIUM) a value opened with a spreadsheet's text mark
#      (`place: 'Yên Thế`) was reported at an apostrophe in a comment far
#      below: now at the opening quote;
#  M2  (MEDIUM) a '"' closed with Word's ” at the file's end was "never
#      closed ... close it", not naming the curly quote (s38slip L9);
#  M3  (MEDIUM) a no-break space in the indentation of a list's first item
#      under `recipients:` was "add its ':'" at the line, never naming it;
#  M4  (MEDIUM) a list item indented with an ideographic space under a
#      mapping's keys was KH101 "unknown key '\u3000- para' (did you mean
#      'para'?)": now it names U+3000 and says to use plain spaces;
#  M5  (MEDIUM) a block of units pasted twice gave a KH200 at each id of
#      the copy (five): one, beside the copy's KH128 (a note on the KH200
#      since s43msg);
#  M6  (MEDIUM) a key followed by a tab where ': ' belongs, and a comment's
#      end cut onto its own line by an e-mail program, were told "indent
#      it as the text's other lines": the hint names the tab, the comment.
# Guards (pass before too): the plans of plans/ and README's example get
# no KH128, KH129 or KH034; a Notepad copy (no line break at the end) of a
# whole plan gets no KH129; "© 2024" is no KH034; 300,000 lines of which
# each repeats the one 65 lines above checked in a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# has NAME PATTERN: $work/NAME.err holds a line matching PATTERN (grep -E)
has() { grep -Eq "$2" "$work/$1.err"; }
# errs NAME: the messages of NAME, on one line, for a verdict
errs() { grep -E '(error|warning)\[' "$work/$1.err" | cut -c1-160 | tr '\n' ' '; }
# count NAME CODE: how many messages of CODE NAME printed
count() { grep -c "\[$2\]" "$work/$1.err"; }

# ---- H1: a block pasted across two items' boundary ---------------------------
B1='          - bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.'
B2='          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.'
T1='          - bullet: >-\n              Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn\n              nông thôn mới, giữ vững các tiêu chí đã đạt.'
T2='          - bullet: >-\n              Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn\n              nông thôn mới nâng cao.'
# the second bullet's first two lines and the first one's last, pasted
# again after them: lines 43-45 repeat 40-42
CUT='              nông thôn mới, giữ vững các tiêu chí đã đạt.\n          - bullet: >-\n              Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn'
mk h1 "$B1\n$B2" "$T1\n          - bullet: >-\n              Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn\n$CUT\n              nông thôn mới nâng cao."
md h1
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
has h1 '^[^ ]*h1\.yaml:46:15: warning\[KH128\]: lines 46-48 repeat lines 43-45' || bad="$bad [$(errs h1)]"
verdict "H1 a block pasted twice across two bullets' boundary is KH128 at the copy (46:15)"

# ---- H2: a copy cut after the closing ----------------------------------------
/usr/bin/python3 - "$top/plans/binh-trung-2024.yaml" "$P" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
at = s.index('# The seed has no attached table')
open(sys.argv[2] + '/h2a.yaml', 'w', encoding='utf-8').write(s[:at + 20])
at = s.index('closing:')
at = s.index('\n', s.index('\n', at) + 1) + 25
open(sys.argv[2] + '/h2b.yaml', 'w', encoding='utf-8').write(s[:at])
open(sys.argv[2] + '/h2g.yaml', 'w', encoding='utf-8').write(s.rstrip('\n'))
PY
bad=
chk h2a
has h2a '^[^ ]*h2a\.yaml:741:21: warning\[KH129\]: the file ends in the middle of line 741, a comment' ||
    bad="$bad [h2a: status $st: $(errs h2a)]"
chk h2b
has h2b 'warning\[KH129\]: the file ends in the middle of line 724, .*closing sentence' &&
    ! has h2b 'KH160' || bad="$bad [h2b: status $st: $(errs h2b)]"
verdict "H2 a copy cut in the comment above attachments:, or in the closing, is KH129 (no KH160)"

# ---- H3: a value in guillemets ------------------------------------------------
mk h3 '  - kind: Quyết định' '  - kind: «Quyết định»'
chk h3
bad=
has h3 '^[^ ]*h3\.yaml:14:11: warning\[KH029\]: this value is in typographic quotes, «Quyết định»' ||
    bad="$bad [status $st: $(errs h3)]"
verdict "H3 'kind: «Quyết định»' is KH029 at the value, not a kind printed in guillemets"

# ---- H4: AutoCorrect's © and a spreadsheet's commas ---------------------------
P4='          - para: (Chi tiết theo {att bieu01} đính kèm).'
mk h4a "$P4" '          - para: Các nội dung (a) rà soát, (b) đánh giá và © tổng hợp.'
mk h4b 'place: Yên Thế' 'place: Yên Thế,,,'
mk h4g "$P4" "$P4"'\n          - para: Bản quyền © 2024 Văn phòng Điều phối.'
bad=
md h4a
has h4a '^[^ ]*h4a\.yaml:43:61: warning\[KH034\]: .*after .\(b\)' || bad="$bad [h4a: $(errs h4a)]"
md h4b
has h4b '^[^ ]*h4b\.yaml:9:17: warning\[KH034\]: this value ends with ' || bad="$bad [h4b: $(errs h4b)]"
verdict "H4 '(b) ... ©' and 'Yên Thế,,,' are KH034 at the mark"

# ---- H5: an e-mail program's quote mark in a value in quotes -------------------
mk h5 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"' 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year},\n> như sau:"'
md h5
bad=
has h5 "^[^ ]*h5\.yaml:22:1: warning\[KH034\]: this line of the value begins with '>'" || bad="$bad [$(errs h5)]"
verdict "H5 '> như sau:' on the second line of a value in quotes is KH034 at the '>' (22:1)"

# ---- H6: Word's dash for a '- >-' item under a key ------------------------------
mk h6 'text: Tham mưu phân bổ nguồn vốn năm {year}.' 'text:\n              – >-\n                Tham mưu phân bổ nguồn vốn năm {year}.'
chk h6
bad=
[ "$st" -eq 1 ] && has h6 '^[^ ]*h6\.yaml:50:15: error\[KH005\]: .*U\+2013' || bad="$bad [status $st: $(errs h6)]"
verdict "H6 'text:' over '– >-' and its lines is KH005 at the dash, not a text printed '– >- Tham mưu'"

# ---- M1: a spreadsheet's text mark opens a quote -------------------------------
mk m1 'place: Yên Thế' "place: 'Yên Thế" '  - text: Căn cứ tình hình thực tế của địa phương' "  - text: Căn cứ tình hình thực tế của địa phương   # the district's own"
chk m1
bad=
[ "$st" -eq 1 ] && has m1 "^[^ ]*m1\.yaml:9:10: error\[KH005\]: .*the ' that opens this value is not closed on its line.*line 19" ||
    bad="$bad [status $st: $(errs m1)]"
verdict "M1 place: 'Yên Thế (a text mark) is KH005 at its quote (9:10), not at the apostrophe on line 19"

# ---- M2: '"' closed with ” at the file's end -------------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/m2.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
open(sys.argv[2], 'w', encoding='utf-8').write(s + '    note: "Bản sao không kèm biểu này\u201d\n')
PY
chk m2
bad=
[ "$st" -eq 1 ] && has m2 '^[^ ]*m2\.yaml:75:11: error\[KH005\]: .*closed with ”, Word.s curly quote' ||
    bad="$bad [status $st: $(errs m2)]"
verdict "M2 a '\"' closed with ” at the file's end names the curly quote (75:11)"

# ---- M3: a no-break space before a list's first item, far above the mark --------
mk m3 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:\n<NB> - UBND tỉnh\n  - Các xã\n  - Phòng Tài chính - Kế hoạch\n  - Phòng Nội vụ\n  - Văn phòng HĐND và UBND huyện\n  - Ban Chỉ đạo huyện\n  - "Lưu: VT"'
chk m3
bad=
[ "$st" -eq 1 ] && has m3 '^[^ ]*m3\.yaml:65:1: error\[KH005\]: .*no-break space \(U\+00A0\) in the indentation' ||
    bad="$bad [status $st: $(errs m3)]"
verdict "M3 a no-break space before recipients' first '- ' is named at 65:1"

# ---- M4: an ideographic space before a list item under a mapping's keys -------------
mk m4 "$P4" '        　- para: (Chi tiết theo {att bieu01} đính kèm).'
chk m4
bad=
[ "$st" -eq 1 ] && has m4 "^[^ ]*m4\.yaml:43:9: error\[KH101\]: .*begins with U\+3000.*plain spaces" ||
    bad="$bad [status $st: $(errs m4)]"
verdict "M4 '\\u3000- para' under a mapping's keys is KH101 naming U+3000, not 'did you mean para?'"

# ---- M5: a block of units pasted twice -----------------------------------------
U='  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}'
mk m5 "$U" "$U\n$U"
chk m5
bad=
# since s43msg (one slip, one message) the KH128 is said as a note on
# the KH200 it made, at the copy's id: still one KH200, the block named
[ "$(count m5 KH200)" -eq 1 ] && [ "$(count m5 KH128)" -eq 0 ] &&
    has m5 '^[^ ]*m5\.yaml:26:10: note: lines 26-27 repeat lines 24-25' ||
    bad="$bad [$(errs m5)]"
verdict "M5 two units pasted twice: one KH200, the copy's lines 26-27 a note on it"

# ---- M6: a tab for ': ', a comment cut at 72 columns -------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/m6b.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
open(sys.argv[2].replace('m6b', 'm6a'), 'w', encoding='utf-8').write(s.replace('place: Yên Thế', 'place\tYên Thế', 1))
s = s.replace('units:\n', '# the units of the district, as the office lists them in its\nregistry of last year\nunits:\n', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
bad=
chk m6a
[ "$st" -eq 1 ] && has m6a '^[^ ]*m6a\.yaml:9:3: error\[KH005\]: .*followed by a tab' || bad="$bad [m6a: $(errs m6a)]"
chk m6b
[ "$st" -eq 1 ] && has m6b '^[^ ]*m6b\.yaml:24:1: error\[KH005\]: .*the line above it is a comment' ||
    bad="$bad [m6b: $(errs m6b)]"
verdict "M6 'place<TAB>Yên Thế' names the tab; a comment's end on its own line names the comment"

# ---- guards ------------------------------------------------------------------------
bad=
for f in "$top"/plans/*.yaml "$P/ex.yaml"; do
    "$khgen" check "$f" >/dev/null 2>"$work/g.err"
    grep -Eq '\[KH(128|129|034)\]' "$work/g.err" && bad="$bad [$f: $(errs g)]"
done
chk h2g
has h2g 'KH129' && bad="$bad [h2g: $(errs h2g)]"
md h4g
[ -s "$work/h4g.err" ] && bad="$bad [h4g: $(errs h4g)]"
verdict "guards: plans/ and README's example get no KH128/KH129/KH034; a Notepad copy no KH129; '© 2024' no KH034"

# the file-wide scan for a pasted run keeps one hash a line and a counter a
# period: 300,000 lines, each the one 65 lines above (no period it looks
# at), in well under a second
/usr/bin/python3 - "$P/ex.yaml" "$P/big.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
lines = ''.join('              dòng %d của một đoạn văn dài để thử\n' % (i % 65) for i in range(300000))
s = s.replace('text: Tham mưu phân bổ nguồn vốn năm {year}.', 'text: >-\n' + lines, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
timed_case "guard: 300,000 lines, each the one 65 lines above, checked in a second" \
    "$khgen" check "$P/big.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
