#!/bin/sh
# tests/hardening/s38slip.sh KHGEN WORKDIR - what a plan goes through on an
# office PC (issue 8: "no crash on a one-line mistake"), from session 38's
# black-box sweep s38slip: README's example, plans/ and the imported seeds
# saved in other encodings (UTF-16, Windows-1258, TCVN3, VNI, BOMs, CR LF,
# a lone CR, NFD), with Word's typography around YAML's syntax (curly
# quotes, dashes, full-width colons), invisible characters, and block
# mistakes (lines swapped, a block pasted twice, indented, moved, last
# year's block, tabs, trailing blanks, a file cut short, empty, of NULs);
# each mutant checked and built in md, html, docx and xlsx (reproducers in
# /tmp/s38slip/ of that session). Every case but the guards fails at main
# a0032449 (before s38slip's fixes); each is one finding:
#  H1  a list item's text that begins with a key and a full-width colon
#      ("- bullet： Hoàn thành ...", an input method's wide mode) printed
#      "bullet： Hoàn thành ..." with exit 0; now KH005 at the colon's
#      line:col, naming U+FF1A and saying to write ':';
#  H2  Word's AutoFormat dash for a list item's "- " under a key
#      ("issuer:" over "– ỦY BAN NHÂN DÂN" and "- HUYỆN YÊN THẾ") printed
#      the dash in the issuer line, exit 0, with a KH021 about a joined
#      line that never named the dash: KH005 at the dash; in a list of items ("– {id: tckh, ...}" under units) libyaml's
#      "did not find expected '-' indicator" told to indent a key (MEDIUM):
#      now the dash is named at its column;
#  H3  a value wholly in curly quotes (`number: “”`, meant blank) printed
#      “” in the number line, exit 0, no message: KH029;
#  H4  blanks ending a line of a '>' text, which no editor shows, printed
#      "nguồn     vốn" in every format: dropped, the .md as without them;
#  H5  a run of lines of a text pasted twice, and a list's item pasted
#      again below, printed twice without a word: KH128 at the copy;
#  H6  a copy cut short in the body (no closing, the file ending mid-word
#      with no line break) checked and built its body up to the cut, exit
#      0, with only KH250 about the units the cut tasks named: KH129 at the
#      end of the last line, and no KH250 then (twenty about one cut);
#  H7  a letter typed with its tone mark before its hat ("nguo" U+0300
#      U+0302 "n", which no NFC letter composes) printed "nguò̂n", exit 0,
#      no message: KH020 at the hat.
#  M1  (MEDIUM) a registry's block moved under another key (`units:`
#      indented under `signature:`) gave a KH202 at every use of a unit,
#      the first of them far above, and a KH101 "correct it to the key
#      meant": now one KH101 that says the key is the plan's own and its
#      block is indented under another (the registry taken as lost);
#  M2  (MEDIUM) a value opened with '"' and closed with Word's '”' was told
#      "not closed on its line ... close it on this line", where it looks
#      closed: now the message names the curly quote to retype;
#  M3  (MEDIUM) an ideographic space (U+3000, an input method's) in the
#      indentation was "did not find expected '-' indicator; ... indent
#      it": now named at its column as a no-break space there is (so too a
#      narrow no-break space and the spaces of set widths);
#  M4  (MEDIUM) a copy cut in the middle of a letter (its last character's
#      first bytes only) was "invalid UTF-8: re-save the file as UTF-8",
#      which gives the same cut file: now KH003 says the file ends in the
#      middle of a letter and asks whether the copy was cut short.
# Guards (pass before too): a Notepad copy (BOM, CR LF, no line break at
# the end) builds as its UTF-8 twin with no message; an en dash after a
# list item's "- " and two quoted names in a text stay text, no message;
# UTF-16 and TCVN3 copies are KH003 naming the encoding and `khgen
# convert`; 100,000 lines of a '>' text with blanks at their ends checked
# in a second. About 25 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# has NAME PATTERN: $work/NAME.err holds a line matching PATTERN (grep -E)
has() { grep -Eq "$2" "$work/$1.err"; }
# errs NAME: the messages of NAME, on one line, for a verdict
errs() { grep -E '(error|warning)\[' "$work/$1.err" | cut -c1-160 | tr '\n' ' '; }

# ---- H1: a full-width colon after a list item's key ------------------------
B1='          - bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep}'
mk h1 "$B1" '          - bullet： Hoàn thành xây dựng xã {loc dong-huu tan-hiep}'
chk h1
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st, want 1]"
has h1 '^[^ ]*h1\.yaml:41:19: error\[KH005\]: .*U\+FF1A.*write '"':'" ||
    bad="$bad [$(errs h1)]"
verdict "H1 '- bullet： text' is KH005 at the full-width colon (41:19), not a text printed 'bullet： ...'"

# ---- H2: Word's dash for a list item's '-' ----------------------------------
mk h2a 'issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' 'issuer:\n    – ỦY BAN NHÂN DÂN\n    - HUYỆN YÊN THẾ'
mk h2b '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  – {id: tckh, name: Phòng Tài chính - Kế hoạch}'
bad=
chk h2a
[ "$st" -eq 1 ] && has h2a '^[^ ]*h2a\.yaml:6:5: error\[KH005\]: .*U\+2013.*write '"'-'" ||
    bad="$bad [h2a: status $st: $(errs h2a)]"
chk h2b
[ "$st" -eq 1 ] && has h2b '^[^ ]*h2b\.yaml:25:3: error\[KH005\]: .*U\+2013.*list item' ||
    bad="$bad [h2b: status $st: $(errs h2b)]"
verdict "H2 an en dash for a list item's '-' is KH005 at the dash, under a key (printed before) and in a list"

# ---- H3: a value wholly in curly quotes -------------------------------------
mk h3 'number: ""' 'number: “”'
md h3
bad=
has h3 '^[^ ]*h3\.yaml:7:11: warning\[KH029\]' || bad="$bad [status $st: $(errs h3)]"
verdict "H3 'number: “”' (Word's quotes for a blank) is warned (KH029), not printed “” silently"

# ---- H4: blanks that end a line of a '>' text ---------------------------------
T4='text: Tham mưu phân bổ nguồn vốn năm {year}.'
mk h4 "$T4" 'text: >-\n              Tham mưu phân bổ nguồn    \n              vốn năm {year}.'
md h4
bad=
grep -q '^- Tham mưu phân bổ nguồn vốn năm 2024\.$' "$work/h4.md" ||
    bad="$bad [status $st: $(grep 'Tham mưu' "$work/h4.md")]"
[ -s "$work/h4.err" ] && bad="$bad [$(errs h4)]"
verdict "H4 blanks no editor shows at a '>' line's end print no gap ('nguồn vốn'), no message"

# ---- H5: lines or an item pasted twice --------------------------------------
mk h5a "$T4" 'text: >-\n              Tham mưu phân bổ nguồn vốn năm {year} cho các xã\n              Tham mưu phân bổ nguồn vốn năm {year} cho các xã\n              đúng quy định.'
P5='          - para: (Chi tiết theo {att bieu01} đính kèm).'
mk h5b "$P5" "$P5"'\n          - bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.'
bad=
md h5a
has h5a '^[^ ]*h5a\.yaml:51:15: warning\[KH128\]: line 51 repeats line 50' || bad="$bad [h5a: $(errs h5a)]"
md h5b
has h5b '^[^ ]*h5b\.yaml:44:13: warning\[KH128\]: this item repeats the item at line 41' ||
    bad="$bad [h5b: $(errs h5b)]"
verdict "H5 a line of a text, and a list's item, pasted twice are warned at the copy (KH128)"

# ---- H6: a copy cut short ----------------------------------------------------
mk h6full "$P5\n" ''
/usr/bin/python3 - "$P/h6full.yaml" "$P/h6.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
open(sys.argv[2], 'w', encoding='utf-8').write(s[:s.index('nguồn vốn năm {year}') + 8])
PY
chk h6
bad=
has h6 '^[^ ]*h6\.yaml:48:44: warning\[KH129\]: the file ends in the middle of line 48' &&
    ! has h6 'KH250' || bad="$bad [status $st: $(errs h6)]"
verdict "H6 a plan cut short in its body (no closing, no line break at the end) is warned (KH129), no KH250"

# ---- H7: a letter typed with its tone before its hat -----------------------------
mk h7 'Hoàn thành xây dựng xã {loc dong-lac}' 'Hoàn thành xây dựng xã {loc dong-lac} và các nguo\xcc\x80\xcc\x82n'
/usr/bin/python3 - "$P/h7.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read().replace('nguo\\xcc\\x80\\xcc\\x82n', 'nguo\u0300\u0302n')
open(p, 'w', encoding='utf-8').write(s)
PY
md h7
bad=
has h7 '^[^ ]*h7\.yaml:42:[0-9]+: warning\[KH020\]: the mark U\+0302 comes after the tone mark U\+0300' ||
    bad="$bad [status $st: $(errs h7)]"
verdict "H7 'nguò̂n' typed with the tone before the hat (printed so, exit 0) is warned (KH020)"

# guard: the dot below or the horn typed before the hat or the tone is put
# in its place by NFC ("mo U+0323 U+0302 t" is "một", "ngu U+031B o U+031B
# U+0300 i" is "người"): no KH020 (mut29's decomposed letters too)
mk h7g 'Hoàn thành xây dựng xã {loc dong-lac}' 'Hoàn thành xây dựng xã {loc dong-lac} và mo\xcc\xa3\xcc\x82t ngu\xcc\x9bo\xcc\x80\xcc\x9bi'
/usr/bin/python3 - "$P/h7g.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace('mo\\xcc\\xa3\\xcc\\x82t', 'mo\u0323\u0302t').replace('ngu\\xcc\\x9bo\\xcc\\x80\\xcc\\x9bi', 'ngu\u031bo\u0300\u031bi')
open(p, 'w', encoding='utf-8').write(s)
PY
md h7g
bad=
grep -q 'một người' "$work/h7g.md" || bad="$bad [not composed: $(grep -o 'và .*' "$work/h7g.md" | head -1)]"
! has h7g 'KH020' || bad="$bad [status $st: $(errs h7g)]"
verdict "H7 guard: the dot below and the horn before a hat or a tone (NFC composes them) are no KH020"

# ---- M1: a registry's block moved under another key --------------------------
U1='units:\n  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n'
mk m1 "$U1" '' '  name: Nguyễn Văn A' '  name: Nguyễn Văn A\n  units:\n    - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}\n    - {id: tckh, name: Phòng Tài chính - Kế hoạch}'
chk m1
bad=
[ "$st" -eq 1 ] && [ "$(grep -c 'error\[' "$work/m1.err")" -eq 1 ] &&
    has m1 "^[^ ]*m1\.yaml:[0-9]+:3: error\[KH101\]: unknown key 'units' in the signature: 'units' is a key of the plan itself" ||
    bad="$bad [status $st: $(errs m1)]"
verdict "M1 'units:' moved under 'signature:' is one KH101 naming the move, not a KH202 at each unit's use first"

# ---- M2: a value opened with '"' and closed with Word's '”' --------------------
mk m2 'by: Thủ tướng Chính phủ' 'by: "Thủ tướng Chính phủ”'
chk m2
bad=
[ "$st" -eq 1 ] && has m2 '^[^ ]*m2\.yaml:17:9: error\[KH005\]: .*closed with ”, Word.s curly quote.*type the closing quote' ||
    bad="$bad [status $st: $(errs m2)]"
verdict "M2 '\"Thủ tướng Chính phủ”' is told its closing quote is Word's, at the opening quote"

# ---- M3: an ideographic space in the indentation ---------------------------
mk m3 '    number: 263/QĐ-TTg' '  　number: 263/QĐ-TTg'
chk m3
bad=
[ "$st" -eq 1 ] && has m3 '^[^ ]*m3\.yaml:15:3: error\[KH005\]: .*U\+3000.*in the indentation' ||
    bad="$bad [status $st: $(errs m3)]"
verdict "M3 an ideographic space (U+3000) in the indentation is named at its column, as a no-break space is"

# ---- M4: a copy cut in the middle of a letter --------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/m4.yaml" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read()
i = b.index('nguồn vốn'.encode())
open(sys.argv[2], 'wb').write(b[:i + 4])  # "ngu" and the first byte of "ồ"
PY
chk m4
bad=
[ "$st" -eq 1 ] && has m4 '^[^ ]*m4\.yaml:49:39: error\[KH003\]: .*ends in the middle of a letter: was the copy cut short' ||
    bad="$bad [status $st: $(errs m4)]"
verdict "M4 a copy cut in the middle of a letter is told so (KH003), not 're-save the file as UTF-8'"

# ---- guards -----------------------------------------------------------------
bad=
/usr/bin/python3 - "$P/ex.yaml" "$P/np.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read().rstrip('\n')
open(sys.argv[2], 'wb').write(b'\xef\xbb\xbf' + s.replace('\n', '\r\n').encode())
PY
"$khgen" build -f md -o - "$P/ex.yaml" >"$work/ex.md" 2>/dev/null
md np
[ "$st" -eq 0 ] && [ ! -s "$work/np.err" ] && cmp -s "$work/ex.md" "$work/np.md" ||
    bad="$bad [notepad: status $st: $(errs np)]"
mk g1 '          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
    '          - bullet: – Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn “nông thôn mới” và “nâng cao”.'
md g1
[ "$st" -eq 0 ] && ! has g1 'KH005|KH029|KH128' && grep -q '^- – Hoàn thành' "$work/g1.md" ||
    bad="$bad [g1: status $st: $(errs g1)]"
/usr/bin/python3 - "$P/ex.yaml" "$P" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
open(sys.argv[2] + '/u16.yaml', 'wb').write(b'\xff\xfe' + s.encode('utf-16-le'))
hi = [0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9,
      0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128, 0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3,
      0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, 0x00A0,
      0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4,
      0x01A1, 0x01B0, 0x0111, 0x1EB0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3,
      0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, 0x1EAE, 0x1EA6,
      0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8,
      0x1EC2, 0x1EBB, 0x1EBD, 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
      0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, 0x1ED4, 0x1ECF, 0x00F5,
      0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB,
      0x1EE3, 0x00F9, 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9,
      0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0]
inv = {chr(c): bytes([0x80 + i]) for i, c in enumerate(hi) if c >= 0xC0}
out = b''.join(ch.encode() if ord(ch) < 128 else inv.get(ch, inv.get(ch.lower(), b'?')) for ch in s)
open(sys.argv[2] + '/tc.yaml', 'wb').write(out)
PY
chk u16
[ "$st" -eq 1 ] && has u16 'error\[KH003\]: the file is UTF-16.*khgen convert' || bad="$bad [u16: $(errs u16)]"
chk tc
[ "$st" -eq 1 ] && has tc 'error\[KH003\]: .*TCVN3.*khgen convert' || bad="$bad [tc: $(errs tc)]"
verdict "guards: a Notepad copy builds as its twin; '- – text' and quoted names stay text; UTF-16 and TCVN3 are KH003 naming convert"

# a guard on the cost: 100,000 lines of a '>' text, each with its blanks
# at the end and each line again below it (KH128 looks at every line), in
# well under a second (the first cut of the blanks moved the rest of the
# text at each line: 200,000 lines took 52 s)
/usr/bin/python3 - "$P/ex.yaml" "$P/big.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
lines = ''.join('              Tham mưu phân bổ nguồn vốn cho xã số %d    \n' % (i // 2) for i in range(100000))
s = s.replace('text: Tham mưu phân bổ nguồn vốn năm {year}.', 'text: >-\n' + lines, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
timed_case "guard: 100,000 lines of a '>' text with blanks at their ends, each twice, checked in a second" \
    "$khgen" check "$P/big.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
