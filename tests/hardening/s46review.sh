#!/bin/sh
# tests/hardening/s46review.sh KHGEN WORKDIR - what session 46's review of
# session 45's src/ changes (51df057c..87c2fa81) found, and the cases its
# mutation sweep of that code asked for (issue 8; reproducers in
# /tmp/s46review/ of that session). Each case fails at 87c2fa81 (session
# 45's stop) unless it is named a guard:
#  F1  import of a .md: the signs s45imp's passes write around a struck,
#      raised or lowered piece (U+E000-U+E005, import_marks.c) were read
#      from the source's own characters too: a .md holding U+E000 and
#      U+E001 (a private-use character, a symbol font's) had the words
#      between them left out as struck, one alone was dropped without a
#      word, exit 0; and each sign with no closing one scanned to the
#      paragraph's end: 5,000 of them 0.03 s, 20,000 0.75 s (the square of
#      the text). The source's own are escaped now, written back as they
#      are; the scan for a closing sign goes over a paragraph once.
#  F2  import of a PDF's text: a Biểu's row of its STT and one text
#      running across the columns (txt_cells.c's cut_glued) asked at each
#      space past the last column's place whether the rest is a time,
#      reading the whole rest each time: 5,000 words 0.24 s, 20,000 4.1 s;
#      the question reads no further than a time's ninth word now (0.01 s,
#      0.02 s).
# The mutation sweep of session 45's code, and session 45's unresolved
# mutants of session 44's (its K cases are guards, each failing with the
# mutants named in it, which every suite passed):
#  C1  colwidth.c's widths of a table wider than its page, pinned by hand
#      arithmetic (below) in the workbook's columns and the .docx's grid:
#      the spare room handed to the column whose lines it saves
#      (share_room), the room left in proportion, the table then widened
#      to the page (fill_page); the proportional rule and the long words'
#      step when no room is left; a table still wider than the page kept
#      so. No suite read a table's exact widths: fill_page's rescaling hid
#      colwidth-037, -065, -067 (the first column never given room, the
#      room left never given, share_room's answer lost), -076 (a table
#      wider than the page shrunk to it), -083, -089 (the proportional
#      rule after share_room, the total after it short of column 0).
#  H1  render_html.c's measure of a paragraph under a heading (s44print's
#      keep-with block: one of 3 lines at most goes in the block with its
#      heading, a longer one may split): two paragraphs at the 3-line
#      boundary, by the arithmetic below. render_html-007 (one more digit
#      of the first line's indent), -011 (its space left out) and -026 (the
#      text measured bold) put the wrong one in the block; no paragraph of
#      any suite stood at the boundary.
#  M1  a .md's marks (s45imp, import_marks.c, md_pandoc_inline.c): a
#      struck piece holding a raised one is struck whole (import_marks-047
#      closed it at the raised one's end: "cũ" kept); a closing tag with no
#      opening one ("<s>a<del>b</s>c</del>") ends nothing (-054 dropped the
#      rest of the paragraph); pandoc's "2021--2025" beside "~~cũ~~" keeps
#      its en dash (md_pandoc_inline-058, -068 dropped it); "m^2^" in a .md
#      with no other mark, table or link is read (-052 left it as written);
#      U+E040 and U+1000 (EE 81 80, E1 80 80) are no signs
#      (import_marks-015, F1's text).
#  L1  KH020 (load_chars.c): "Москва" (a Cyrillic word of its own) and
#      ids written with a look-alike ("{unit tсkh}", "lead: tсkha",
#      "tсkh2": their KH202 says it) give no KH020; "Kế hоạch" in a text
#      gives one (load_chars-008/-009/-010 took a Cyrillic neighbour for a
#      Latin letter, -067 an id's 'a', -076 its digit, -133 a reference's
#      braces, -161 read past the word, -144 warned at nothing).
#  A1  an attachment of one line '- id: bieu02' above one with no id (not
#      the same line written twice: att_id_line_pasted, s45slip) is told
#      as it is, three KH602 and one for the id missing below, exit 1
#      (attach_slips-023 read the next one's id it has not: a crash).
#  K1  import's KH771 at a paragraph on the file's first line (a .md that
#      begins with its body's heading) is at column 1, "l1.md:1:1"
#      (import_attrefs-105, s45review's -034: "l1.md:1:0"; -103: no line).
#  K2  a plan whose "items:" line is deleted under a section, checked with
#      --max-errors 1 after a warning: the loader's KH021 at the joined line
#      is not kept, and YAML's own error is told (load_joined-081, s45review's
#      -008: the error vanished, "2 warnings generated", exit 1 and no error).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
readme_base

# ---- F1: a .md's own private-use characters are no signs --------------------------------
mkdir -p "$work/f1"
"$khgen" build -f md -o "$work/f1" "$work/p/ex.yaml" >/dev/null 2>&1
[ -s "$work/f1/ex.md" ] || bad="$bad [set-up: no ex.md]"
"$py" - "$work/f1/ex.md" "$work/f1" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('Trên đây là')
def put(name, para):
    open(sys.argv[2] + '/' + name + '.md', 'w', encoding='utf-8').write(s[:i] + para + '\n\n' + s[i:])
put('own', 'Ghi chú: đạt \ue000100%\ue001 kế hoạch; ô \ue003 đánh dấu; &#xE002; mã ~~95%~~ 96%; \ue040 và \u1000.')
for name, n in (('small', 5000), ('big', 20000)):
    put(name, 'Ghi chú ' + 'x\ue000' * n + ' hết.')
PY
"$khgen" import -o "$work/f1/own.yaml" "$work/f1/own.md" >/dev/null 2>"$work/f1/own.err"
"$py" - "$work/f1/own.yaml" "$work/f1/own.err" <<'PY' || bad="$bad [$(cat "$work/f1/why" 2>/dev/null)]"
import sys
y = open(sys.argv[1], encoding='utf-8').read()
e = open(sys.argv[2], encoding='utf-8').read()
want = 'Ghi chú: đạt \ue000100%\ue001 kế hoạch; ô \ue003 đánh dấu; \ue002 mã 96%; \ue040 và \u1000.'
line = [l for l in y.split('\n') if 'Ghi chú:' in l and not l.lstrip().startswith('#')]
ok = line and want in line[0] and e.count('[KH772]') == 1 and "(the first: '95%')" in e
if not ok:
    open(sys.argv[1].rsplit('/', 1)[0] + '/why', 'w').write('%r; %s' % (line[:1], e[:300]))
    sys.exit(1)
PY
verdict "F1 import of a .md: its own U+E000-U+E003 (a symbol font's) kept as written, '100%' between two of them not left out as struck; its '~~95%~~' still is (one KH772)"
ratio_case "F1 import: a paragraph of 5,000 private-use U+E000 (no closing one), then 20,000" \
    "$work/f1/small.md" "$work/f1/big.md" "$khgen" import -o /dev/null FILE

# ---- F2: a PDF's Biểu row of one long text across the columns --------------------------
"$py" - "$top/tests/hardening/pdf_first_page.txt" "$work/f2" <<'PY'
import os, sys
head = open(sys.argv[1], encoding='utf-8').read()
os.makedirs(sys.argv[2], exist_ok=True)
for name, n in (('small', 5000), ('big', 20000), ('time', 3)):
    rows = ['STT     Nội dung                        Người phụ trách         Thời gian',
            ' 1    Rà soát hộ nghèo, hộ cận        Công chức Văn hoá       Quý I/2025',
            ' 2    Tập huấn phòng chống thiên      Công an xã              Quý II/2025',
            ' 3    ' + (' '.join(['việc'] * n) if n > 3 else
                        'Kiểm tra an toàn thực phẩm cho các hộ Trạm Y tế xã và thôn Quý III/2025'),
            ' 4    Sửa chữa nhà văn hóa            Thôn Đồng Tâm           Quý III/2025']
    body = '\n'.join(['                                             Biểu 01',
                      '                          PHÂN CÔNG NHIỆM VỤ NĂM 2025', ''] + rows) + '\n'
    open(sys.argv[2] + '/' + name + '.txt', 'w', encoding='utf-8').write(head + body)
PY
ratio_case "F2 import of a PDF's text: a Biểu row of 5,000 words glued across its columns, then 20,000" \
    "$work/f2/small.txt" "$work/f2/big.txt" "$khgen" import -o /dev/null FILE
"$khgen" import -o "$work/f2/time.yaml" "$work/f2/time.txt" >/dev/null 2>"$work/f2/time.err"
grep -qF '["Kiểm tra an toàn thực phẩm cho", "các hộ Trạm Y tế xã và thôn", "Quý III/{year}"]' "$work/f2/time.yaml" ||
    bad="$bad [$(grep -F 'Kiểm tra' "$work/f2/time.yaml" | head -c 300)]"
verdict "F2 (guard) a row's text glued to its time across the columns: its time still cut into its column"

# ---- C1: the widths of two tables wider than the portrait page -------------------------
# Digits are 500/1000 em (6 pt at 12 pt: one character, TABLE_CHAR_PT), a
# space 250 (half a character); headers "A".."D" are narrower than any
# content. A portrait page holds 77.953 characters (165 mm), less 1.72 a
# column. A long-text column (content over 20) is natural at
# ceil(min(content, 45) + 2), least ("low") at ceil(longest word, at least
# 12, + 2); a short one at ceil(content + 2).
# T1: A rows "6d 7d", "7d 8d", ..., "11d 12d" (lines 13.5 .. 23.5: natural
# 26, low 14), B one row "24d 24d" (48.5: natural 47, low 26 - its words'
# 24 + 2), C "123456789" (11). 84 + 5.16 > 77.95: share_room with keep =
# 72.79 - 14 - 26 - 11 = 21.79, steps of ceil(21.79 / 16) = 2. Each step of
# A, 14 -> 16 -> ... -> 26, puts one more of its rows on one line (row k fits
# at 14 + 2k); B's row is two lines at any width up to 47: A takes 12, B none;
# the 9.79 left goes to what each lacks (B alone, 21): B = floor(26 + 9.79)
# = 35. [26, 35, 11] = 72 < 72.79: widened by 72.79 / 72 to the page.
# T2: A "19d" (21), B, C, D "25d 25d" (natural 47, low 27, give 5). 162 +
# 6.88 > 77.95; share_room: keep = 71.07 - 21 - 81 < 1, none; so each gives
# its spare (20) in proportion to the 90.93 over: all of it, 27; still
# 102 + 6.88 > 77.95 by 30.93: each gives its long word's 5 (of 20 below
# 25): 22. [21, 22, 22, 22] = 87 > 71.07: left so (KH635 says it is too
# wide). The workbook stores a width w as (round(7w) + 5) / 7 (pixels of
# a 7-pixel digit) in 256ths; the .docx's grid shares the 9,354 twips of
# 165 mm.
"$py" - "$work/p/ex.yaml" "$work/p/c1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
def d(n):
    return ''.join(str((1 + i) % 10) for i in range(n))
rows1 = ''.join('      - {a: "%s %s", b: "", c: "123456789"}\n' % (d(a), d(a + 1)) for a in range(6, 12))
rows1 += '      - {a: "", b: "%s %s", c: "123456789"}\n' % (d(24), d(24))
rows2 = '      - {a: "%s", b: "%s %s", c: "%s %s", d: "%s %s"}\n' % ((d(19),) + (d(25),) * 6)
att = ('  - id: t1\n    label: Biểu 02\n    title: Bảng một\n    orientation: portrait\n'
       '    columns:\n      - {key: a, header: A}\n      - {key: b, header: B}\n      - {key: c, header: C}\n'
       '    rows:\n' + rows1 +
       '  - id: t2\n    label: Biểu 03\n    title: Bảng hai\n    orientation: portrait\n'
       '    columns:\n      - {key: a, header: A}\n      - {key: b, header: B}\n      - {key: c, header: C}\n'
       '      - {key: d, header: D}\n    rows:\n' + rows2)
para = "          - para: (Chi tiết theo {att bieu01} đính kèm).\n"
assert para in s
s = s.replace(para, "          - para: (Chi tiết theo {att bieu01}, {att t1} và {att t2} đính kèm).\n")
open(sys.argv[2], 'w', encoding='utf-8').write(s + att)
PY
rm -rf "$work/c1"
"$khgen" build -f xlsx,docx -o "$work/c1" "$work/p/c1.yaml" >/dev/null 2>"$work/c1.err"
"$py" - "$work/c1" <<'PY' || bad="$bad [$(cat "$work/c1/why" 2>/dev/null)]"
import re, sys, zipfile
import openpyxl
d = sys.argv[1]
page = 165 / 25.4 * 72 / 6            # characters across the portrait page
want = {'Biểu 02': [26, 35, 11], 'Biểu 03': [21, 22, 22, 22]}
filled = {'Biểu 02': (page - 3 * 1.72) / 72, 'Biểu 03': 1}   # fill_page's factor
why = []
wb = openpyxl.load_workbook(d + '/c1.xlsx')
for name, w in want.items():
    got = [round(wb[name].column_dimensions[chr(65 + k)].width, 3) for k in range(len(w))]
    exp = [round(int((int(7 * x * filled[name] + 0.5) + 5) / 7 * 256) / 256, 3) for x in w]
    if got != exp:
        why.append('%s workbook %s, want %s' % (name, got, exp))
doc = zipfile.ZipFile(d + '/c1.docx').read('word/document.xml').decode('utf-8')
grids = [[int(g) for g in re.findall(r'<w:gridCol w:w="(\d+)"/>', t)]
         for t in re.findall(r'<w:tblGrid>(.*?)</w:tblGrid>', doc)]
for name, w in want.items():
    exp = [x * 9354 / sum(w) for x in w]
    if not any(len(g) == len(w) and all(abs(a - b) <= 3 for a, b in zip(g, exp)) for g in grids):
        why.append('%s grid not %s in %s' % (name, [round(x) for x in exp], grids))
if why:
    open(d + '/why', 'w').write('; '.join(why))
    sys.exit(1)
PY
verdict "C1 (guard) two tables wider than the portrait page, widths by the arithmetic: [26, 35, 11] widened to the page, [21, 22, 22, 22] kept"

# ---- H1: two paragraphs at the keep-with block's 3-line boundary -------------------------
# The body's text: Times New Roman 14 pt over 165 mm, 467.72 pt; a digit 7
# pt, 'a' 6.20 pt (443/1000 em; bold 7.0), a space 3.5; the first line's
# 1 cm indent counts as 4 digits (28.35 / 7 = 4.05) and a space. P1's three
# lines: 31.5 + 433.64 = 465.14 pt, then 465.44 and 465.44: 3 lines, each
# short of the width by 2.3-2.6 pt, so one more digit (+7) or the bold 'a's
# push a word to a fourth. P2's first line is 468.15 pt (0.43 over: its
# last word goes down, the next two lines, tight, push theirs: 4 lines);
# without the indent's space it would fit (464.65).
"$py" - "$work/p/ex.yaml" "$work/p/h1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a8, z = 'aaaa11111111', 'aaaa2222222222222'
tail = ' '.join([a8] * 3 + ['aaaaaa11111111', z] + [a8] * 3 + ['aaaaaa11111111', z])
p1 = ' '.join([a8] * 3 + ['aa1111111', z]) + ' ' + tail
p2 = ' '.join([a8] * 3 + ['aaaaaaa111', z]) + ' ' + tail
add = ('  - section: KIỂM TRA MỘT\n    items:\n      - para: "%s"\n'
       '  - section: KIỂM TRA HAI\n    items:\n      - para: "%s"\n' % (p1, p2))
assert '\nclosing:' in s
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace('\nclosing:', add + '\nclosing:', 1))
PY
rm -rf "$work/h1"
"$khgen" build -f html -o "$work/h1" "$work/p/h1.yaml" >/dev/null 2>&1
"$py" - "$work/h1/h1.html" <<'PY' || bad="$bad [$(cat "$work/h1.why" 2>/dev/null)]"
import re, sys
h = open(sys.argv[1], encoding='utf-8').read()
one = re.search(r'<strong>III\. KIỂM TRA MỘT</strong></p>\n<p>aaaa[^<]*</p>\n</div>\n', h)
two = re.search(r'<strong>IV\. KIỂM TRA HAI</strong></p>\n</div>\n<p>aaaa', h)
if not (one and two):
    open(sys.argv[1].rsplit('/', 2)[0] + '/h1.why', 'w').write('III kept: %s, IV alone: %s' % (bool(one), bool(two)))
    sys.exit(1)
PY
verdict "H1 (guard) the HTML keeps a paragraph of 3 lines (2.3 pt short) with its heading, not one of 4 (0.43 pt over on its first line)"

# ---- M1: a .md's marks, nested, unpaired, beside dashes, alone ---------------------------
"$py" - "$work/f1/ex.md" "$work/f1" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('Trên đây là')
paras = ['Ghi chú một đạt ~~100 m<sup>2</sup> cũ~~ 95 m<sup>2</sup> hết.',
         'Ghi chú hai <s>a<del>b</s>c</del> hết.',
         'Ghi chú ba giai đoạn 2021--2025 và ~~cũ~~ mới.']
open(sys.argv[2] + '/m1.md', 'w', encoding='utf-8').write(s[:i] + '\n\n'.join(paras) + '\n\n' + s[i:])
open(sys.argv[2] + '/m2.md', 'w', encoding='utf-8').write(
    '# KẾ HOẠCH\n\nThực hiện năm 2024\n\nI. MỤC TIÊU\n\n1. Diện tích 5 m^2^ đất.\n')
PY
for m in m1 m2; do
    "$khgen" import -o "$work/f1/$m.yaml" "$work/f1/$m.md" >/dev/null 2>&1 || bad="$bad [$m: status $?]"
done
for w in "para: Ghi chú một đạt 95 m² hết." "para: Ghi chú hai c hết." "para: Ghi chú ba giai đoạn 2021–2025 và mới."; do
    grep -qF -- "$w" "$work/f1/m1.yaml" || bad="$bad [no '$w': $(grep -F 'Ghi chú' "$work/f1/m1.yaml" | grep -v '#' | head -c 300)]"
done
grep -qF -- "clause: Diện tích 5 m² đất." "$work/f1/m2.yaml" || bad="$bad [m2: $(grep -F 'Diện tích' "$work/f1/m2.yaml")]"
verdict "M1 (guard) a .md's marks: a struck piece holding a raised one struck whole, a lone closing tag ends nothing, an en dash kept beside a mark, m^2^ alone read"

# ---- L1: KH020 at a look-alike in a word of text, not in a Cyrillic word or an id -----------
edited l1 "          - para: (Chi tiết theo {att bieu01} đính kèm).
" "          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: \"Hợp tác với đối tác tại Москва; giao {unit tсkh} chủ trì Kế hоạch này.\"
" "            lead: tckh
" "            lead: tсkha
" "            support: [vpdp]
" "            support: [vpdp, tсkh2]
"
"$khgen" check "$work/p/l1.yaml" >/dev/null 2>"$work/l1c.err"
[ "$(grep -c 'warning\[KH020\]' "$work/l1c.err")" = 1 ] &&
    grep -q "l1.yaml:44:[0-9]*: warning\[KH020\]: 'hоạch' holds U+043E" "$work/l1c.err" &&
    [ "$(grep -c 'error\[KH202\]' "$work/l1c.err")" = 3 ] ||
    bad="$bad [$(grep -v '^ ' "$work/l1c.err" | cut -c1-90 | tr '\n' '|')]"
verdict "L1 (guard) KH020 once, at 'hоạch'; none at 'Москва', '{unit tсkh}', 'lead: tсkha', 'tсkh2' (each a KH202)"

# ---- A1: '- id: X' alone above an attachment with no id -----------------------------------
edited a1 "attachments:
  - id: bieu01
" "attachments:
  - id: bieu02
  - label: Biểu 03
    title: T
    columns:
      - {key: a, header: A}
    rows: [{a: x}]
  - id: bieu01
"
"$khgen" check "$work/p/a1.yaml" >/dev/null 2>"$work/a1.err"
st=$?
[ "$st" = 1 ] && [ "$(grep -c "error\[KH602\]: attachment 'bieu02' has no" "$work/a1.err")" = 3 ] &&
    grep -q "error\[KH602\]: an attachment has no 'id'" "$work/a1.err" ||
    bad="$bad [status $st: $(grep -v '^ ' "$work/a1.err" | cut -c1-90 | tr '\n' '|')]"
verdict "A1 (guard) '- id: bieu02' alone above an attachment with no id: its KH602s and the other's, exit 1, no crash"

# ---- K1: KH771 at a paragraph on line 1 ----------------------------------------------------
printf 'I. Thực hiện theo Biểu 09 đính kèm\n\n1. Rà soát các xã.\n' >"$work/l1.md"
"$khgen" import -o "$work/l1.yaml" "$work/l1.md" >/dev/null 2>"$work/l1.err"
grep -q "l1.md:1:1: warning\[KH771\]: the text names 'Biểu 09' as attached" "$work/l1.err" ||
    bad="$bad [$(grep -v '^ ' "$work/l1.err" | head -c 300)]"
verdict "K1 (guard) import: KH771 at a paragraph on the .md's first line, at l1.md:1:1"

# ---- K2: the joined line's KH021 not kept (--max-errors 1): YAML's error told ---------------
edited k2 "  - section: MỤC TIÊU
    items:
" "  - section: MỤC TIÊU
" "  title: Triển khai" "  title: Kế hоạch triển khai"
"$khgen" check --max-errors 1 "$work/p/k2.yaml" >/dev/null 2>"$work/k2.err"
st=$?
[ "$st" = 1 ] && grep -q "k2.yaml:11:14: warning\[KH020\]" "$work/k2.err" &&
    grep -q "k2.yaml:38:15: error\[KH005\]: YAML syntax error: mapping values are not allowed in this context" "$work/k2.err" ||
    bad="$bad [status $st: $(grep -v '^ ' "$work/k2.err" | head -c 300)]"
verdict "K2 (guard) a deleted 'items:' line under --max-errors 1 after a KH020: YAML's KH005 told, exit 1"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
