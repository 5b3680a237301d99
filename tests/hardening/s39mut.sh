#!/bin/sh
# tests/hardening/s39mut.sh KHGEN WORKDIR - the cases session 39's mutation
# sweep (tools/mutants.py over session 38's new code: catcode.c,
# load_office.c, import_damaged.c, import_textcheck.c, diff_md.c,
# cmd_new_edits.c, and the changed functions of diff_match.c, diff_year.c,
# docx_tree.c, md_read.c, import_notes.c's take_pictures and diag_escape.c's
# term_fputs_lines) found missing: each kills a mutant that every suite of
# its file let survive, and passes at main 9dbe0d73 and after (the code was
# right; a later change that breaks the behaviour would have passed every
# test), unless its verdict names a fix. The mutant each case kills is
# named in its verdict by its id in that file at 9dbe0d73 (`python3
# tools/mutants.py list src/FILE.c`, with `--since a0032449` for the
# changed files, import_notes.c with `--lines 301-420` too), or, where the
# verdict says so, at the merge of main c346a83f (load_office.c and
# diff_md.c changed there); each case was run with that mutant's binary
# (`tools/mutants.py build ... --only ID`) and failed. The diff_match case
# d1 fails at 9dbe0d73 and passes after its fix (a34f9753). The plans are README's example with an edit. A few dozen
# runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"
PY=/usr/bin/python3

# ---- load_office.c: what an office PC does to a plan -------------------------
# a value in Word's single curly quotes (‘’) or German ones („“), meant
# blank, is KH029 as “” is (curly_close knows U+2019 and U+201C too)
mk q1 'number: ""' "number: ‘’"
mk q2 'number: ""' "number: „“"
bad=
for c in q1 q2; do
    chk $c
    grep -q "^[^ ]*$c\.yaml:7:11: warning\[KH029\]: this value is in typographic quotes" "$work/$c.err" ||
        bad="$bad [$c: $(grep -o 'KH[0-9]*' "$work/$c.err" | sort -u | tr '\n' ' ')]"
done
verdict "load_office: 'number: ‘’' and 'number: „“' are KH029 as 'number: “”' is (load_office-028)"

# a value in Word's quotes with an en dash inside ("“Yên Thế – Bắc
# Giang”") is KH029 (the dash, U+2013, is no closing quote), and one that
# ends in an ellipsis, not a quote ('“…'), is none (load_office-021, at
# 9dbe0d73 and at c346a83f: any
# character whose first byte is E2 taken for a closing quote)
mk q3 'place: Yên Thế' 'place: “Yên Thế – Bắc Giang”'
mk q4 'number: ""' 'number: “…'
chk q3
chk q4
bad=
grep -q '^[^ ]*q3\.yaml:[0-9]*:10: warning\[KH029\]' "$work/q3.err" || bad="$bad [q3: no KH029]"
! grep -q 'KH029' "$work/q4.err" || bad="$bad [q4: KH029]"
verdict "load_office: '“Yên Thế – Bắc Giang”' is KH029, '“…' none: a dash or an ellipsis is no closing quote (load_office-021)"

# KH128 at a text's line pasted twice from 40 bytes (REPEAT_MIN_BYTES) on,
# none at 39; and at a run of two lines pasted twice, whose last line does
# not repeat the line before it (each run length is tried)
T4='text: Tham mưu phân bổ nguồn vốn năm {year}.'
mk r40 "$T4" "text: >-\n              0123456789012345678901234567890123456789\n              0123456789012345678901234567890123456789\n              đúng quy định."
mk r39 "$T4" "text: >-\n              012345678901234567890123456789012345678\n              012345678901234567890123456789012345678\n              đúng quy định."
mk r2 "$T4" "text: >-\n              Tham mưu phân bổ nguồn vốn năm {year}\n              cho các xã đạt chuẩn\n              Tham mưu phân bổ nguồn vốn năm {year}\n              cho các xã đạt chuẩn\n              đúng quy định."
bad=
for c in r40 r39 r2; do chk $c; done
grep -q '^[^ ]*r40\.yaml:51:15: warning\[KH128\]: line 51 repeats line 50 word' "$work/r40.err" || bad="$bad [r40: no KH128]"
! grep -q 'KH128' "$work/r39.err" || bad="$bad [r39: KH128]"
grep -q '^[^ ]*r2\.yaml:52:15: warning\[KH128\]: lines 52-53 repeat lines 50-51 word' "$work/r2.err" || bad="$bad [r2: no KH128]"
verdict "load_office: a line of 40 bytes pasted twice is KH128, of 39 none; two lines pasted twice are KH128 (load_office-202, -206)"

# a '>' text with a line of blanks alone inside it, then a line with
# blanks no editor shows at its end: they are dropped after it too
# ("nguồn vốn", no gap; load_office-108 at c346a83f, 107 at 9dbe0d73: the blank line
# read past its end, and every line after it left as it was)
mk bl "$T4" "text: >-\n              Tham mưu phân bổ\n                \n              nguồn    \n              vốn năm {year}."
md bl
bad=
grep -q '^  nguồn vốn năm 2024\.$' "$work/bl.md" || bad="$bad [$(grep 'nguồn' "$work/bl.md")]"
verdict "load_office: blanks at a '>' line's end are dropped after a line of blanks alone (load_office-108)"

# an item pasted again after a short item of the same list (a short item
# is passed over, the items after it still compared; s39slip: not right
# below its copy, which the file-wide scan reports first)
P5='          - para: (Chi tiết theo {att bieu01} đính kèm).'
mk i2 "$P5" "$P5\n          - para: Ngắn.\n$P5"
chk i2
bad=
grep -q '^[^ ]*i2\.yaml:[0-9]*:13: warning\[KH128\]: this item repeats the item at line' "$work/i2.err" ||
    bad="$bad [$(grep -o 'KH[0-9]*' "$work/i2.err" | sort -u | tr '\n' ' ')]"
verdict "load_office: an item pasted twice after a short item is KH128 (load_office-273)"

# a file that ends in a whole but invalid sequence (an overlong E0 80 80)
# is KH003 're-save as UTF-8', not 'the copy was cut short': only a lead
# byte short of its continuation bytes at the end is a cut letter
cp "$P/ex.yaml" "$P/u1.yaml"
printf '# \340\200\200' >>"$P/u1.yaml"
chk u1
bad=
grep -q '^[^ ]*u1\.yaml:75:3: error\[KH003\]: invalid UTF-8 (byte 0xE0): re-save the file as UTF-8$' "$work/u1.err" ||
    bad="$bad [$(grep KH003 "$work/u1.err")]"
verdict "load_office: a file ending in an overlong E0 80 80 is KH003 're-save as UTF-8', not a cut letter (load_office-058)"

# ---- diff_match.c: the parts of two plans paired --------------------------------
# xa_plan's plan with two clauses of bullets (VP: Văn phòng, DC: Địa chính;
# A, B, C three bullets' texts), and a diff's '@@' lines
A='          - bullet: Thực hiện các nhiệm vụ khác do UBND xã giao.'
B='          - bullet: Tổng hợp, báo cáo kết quả.'
C='          - bullet: Quản lý đất đai, xây dựng trên địa bàn.'
VP='      - clause: Văn phòng UBND xã\n        items:'
DC='      - clause: Công chức Địa chính\n        items:'
R='      - [Đường giao thông, 2 km]'
parts() { # NAME OLD-BODY NEW-BODY: the '@@' lines of the diff, one line
    xa_plan "$work/$1a.yaml" "$R" "$2"
    xa_plan "$work/$1b.yaml" "$R" "$3"
    "$khgen" diff --no-color "$work/$1a.yaml" "$work/$1b.yaml" 2>&1 | grep '^@@' | tr '\n' '|'
}
# HIGH by the scale (a diff that says the wrong thing), fixed: a clause's
# bullets "B; C; B" made "C; B" (its first deleted): the B left paired
# with the first B, above C's partner, and the diff said "I.2.-1: chuyển
# từ I.2.-2" and the third deleted; now its first deleted, nothing moved
# (match_home pairs in order, as match_round does)
bad=
got=$(parts d1 "$VP\n$C\n$DC\n$B\n$C\n$B" "$VP\n$C\n$DC\n$C\n$B")
# (the first of the two B's is "(lần thứ 1)" since s45cycle F13 named
# parts by their words; it was "I.2.-1")
[ "$got" = '@@ I.2. “Tổng hợp, báo cáo kết quả.” (lần thứ 1): bỏ @@|' ] || bad=" [$got]"
verdict "diff_match: a clause's 'B; C; B' made 'C; B' is its first bullet deleted, no move (fixed: match_home in order)"

# twins (bullets that print alike) of one clause are given their partners
# in order, grouped by their parent and then their text: 'B; A; C; C' made
# 'B; C; C' is the A deleted, no move (s38mut's leftover diff_match-134 at
# a0032449, twin_order's `if (!c)` made `if (c)`: the text compared only
# across parents, the C twins left crossed)
bad=
got=$(parts d2 "$VP\n$B\n$A\n$C\n$C\n$DC\n$A\n$A\n$A" "$VP\n$B\n$C\n$C\n$DC\n$A\n$A\n$A")
[ "$got" = '@@ I.1. “Thực hiện các nhiệm vụ khác do UBND xã…”: bỏ @@|' ] || bad=" [$got]"
verdict "diff_match: a clause's 'B; A; C; C' made 'B; C; C' is its A deleted, no move (s38mut's diff_match-134)"

# ---- cmd_new_edits.c: new's edits at the values' places ---------------------
# a plan whose first line holds the header as a flow mapping: new edits
# its date on line 1 in place (line 1 is a line like any)
$PY - "$P/ex.yaml" "$P/n1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i, j = s.index('header:'), s.index('bases:')
hdr = ('header: {issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ], issuer_short: UBND huyện Yên Thế, '
       'number: "", code: KH-UBND, place: Yên Thế, date: 2024-01-10, title: Kế hoạch năm 2024}\n')
open(sys.argv[2], 'w', encoding='utf-8').write(hdr + s[:i] + s[j:])
PY
"$khgen" new --from "$P/n1.yaml" --year 2025 -o "$P/n1-2025.yaml" >"$work/n1.out" 2>&1
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
head -n 1 "$P/n1-2025.yaml" | grep -q ', date: 2025-01, title: Kế hoạch năm 2024}$' || bad="$bad [$(head -c 200 "$P/n1-2025.yaml")]"
grep -q 'header date: 2024-01-10 -> 2025-01' "$work/n1.out" || bad="$bad [$(grep -m1 'header date\|could not' "$work/n1.out")]"
verdict "cmd_new_edits: new edits a date on the plan's first line in place (cmd_new_edits-034)"

# a plan of a period over two years (2024-07 to 2025-06) made the plan of
# 2026: the dates new moved into it say 2025 rightly, and only the title
# and Biểu 01's title, which new does not edit, are noted; new knows the
# dates it wrote by their line and column, a column counted in characters
# ('Rà soát hồ sơ các xã' before the due date on its line)
mk n2 'date: 2024-01 ' 'date: 2024-06 ' 'opening:' 'period: {from: 2024-07-01, to: 2025-06-30}\nopening:' \
    'due: 2024-Q1' 'due: 2025-Q1' 'due: 2024-06}' 'due: 2024-12}'
"$khgen" new --from "$P/n2.yaml" --year 2026 -o "$P/n2-2026.yaml" >"$work/n2.out" 2>&1
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
got=$(grep 'note:' "$work/n2.out" | sed 's/^[^ ]*n2-2026\.yaml:/n2-2026.yaml:/' | tr '\n' '|')
[ "$got" = 'n2-2026.yaml:11:108: note: the title of the plan still says 2024: "... trên địa bàn huyện năm 2024"|n2-2026.yaml:73:48: note: the title of Biểu 01 still says 2024: "... phấn đấu đạt chuẩn năm 2024"|' ] ||
    bad="$bad [$got]"
grep -q 'lead: vpdp, due: 2025-12}$' "$P/n2-2026.yaml" || bad="$bad [the due date not moved]"
verdict "cmd_new_edits: the dates new moved into a two-year period are not noted, their columns counted in characters (cmd_new_edits-152)"

# the header on the first line, of a plan over two years (2024-07 to
# 2025-06) made the plan of 2026: the date new wrote there says 2025
# rightly, and is not noted (new's column of line 1 counts from 1, no BOM
# there: cmd_new_edits-162); and a plan whose last value, with no line
# break after it, is its date: edited in place (cmd_new_edits-100)
$PY - "$P/ex.yaml" "$P/n3.yaml" "$P/n4.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i, j = s.index('header:'), s.index('bases:')
hdr = ('header: {issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ], issuer_short: UBND huyện Yên Thế, '
       'number: "", code: KH-UBND, place: Yên Thế, date: 2024-06-10, title: Kế hoạch năm 2024}\n')
t = (hdr + s[:i] + s[j:]).replace('opening:', 'period: {from: 2024-07-01, to: 2025-06-30}\nopening:', 1)
t = t.replace('due: 2024-Q1', 'due: 2025-Q1', 1).replace('due: 2024-06}', 'due: 2024-12}', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
lines = [l for l in s[i:j].rstrip('\n').split('\n') if not l.strip().startswith('date:')]
open(sys.argv[3], 'w', encoding='utf-8').write(s[:i] + s[j:].rstrip('\n') + '\n' + '\n'.join(lines) +
                                               '\n  date: 2024-01-10')
PY
"$khgen" new --from "$P/n3.yaml" --year 2026 -o "$P/n3-2026.yaml" >"$work/n3.out" 2>&1
bad=
got=$(grep 'note:' "$work/n3.out" | sed 's/^[^ ]*n3-2026\.yaml:/n3-2026.yaml:/' | tr '\n' '|')
[ "$got" = 'n3-2026.yaml:1:164: note: the title of the plan still says 2024: "Kế hoạch năm 2024"|n3-2026.yaml:65:48: note: the title of Biểu 01 still says 2024: "... phấn đấu đạt chuẩn năm 2024"|' ] ||
    bad="$bad [$got]"
"$khgen" new --from "$P/n4.yaml" --year 2025 -o "$P/n4-2025.yaml" >"$work/n4.out" 2>&1
[ "$(tail -n 1 "$P/n4-2025.yaml")" = '  date: 2025-01' ] && ! grep -q 'could not edit' "$work/n4.out" ||
    bad="$bad [n4: $(tail -n 1 "$P/n4-2025.yaml"), $(grep -m1 'could not' "$work/n4.out")]"
verdict "cmd_new_edits: a date new wrote on line 1 is known by its column, and a date that ends the file is edited in place (cmd_new_edits-100, -162)"

# ---- import_damaged.c: khgen's own lines damaged by an edit -------------------
# README's example built to .md, edited, imported: the page label "Biểu 01"
# edited to "01", "01a" (a number and one letter) or "1.01" (points) is
# still a page's label (KH768); "0-1" is no label's number (digits and
# points, one letter after them), and was no KH768 (import_damaged-022,
# -025, -039); since session 40 (s40imp, c7e38fc1 and 96ee45b7) a short
# line holding a digit over a page's title and its "(Kèm theo ...)" line
# is that page's free label ("-1", "3a"), so "0-1" is read as one too,
# with its KH768 (the number grammar's mutants are not known to be killed
# by this case any more)
"$khgen" build -f md -o "$work/md" "$P/ex.yaml" >/dev/null 2>&1 || not_ok "setup: README's example to .md"
bad=
for lab in 01 01a 1.01 0-1; do
    sed "s/^\*\*Biểu 01\*\*\$/**$lab**/" "$work/md/ex.md" >"$work/lab$lab.md"
    "$khgen" import --force -o "$work/lab$lab.yaml" "$work/lab$lab.md" >/dev/null 2>"$work/lab$lab.err"
    n=$(grep -c "warning\[KH768\]: '$lab' stands where an attachment page's label is" "$work/lab$lab.err")
    case $lab:$n in 01:1 | 01a:1 | 1.01:1 | 0-1:1) ;; *) bad="$bad [$lab: $n KH768]" ;; esac
done
verdict "import_damaged: a page's label edited to '01', '01a', '1.01' or '0-1' is read as a label (KH768)"

# a '+' line without its colon under a '-' bullet is a task's line edited
# (KH768); under a '+' item it is no task's line, and no KH768
# (import_damaged-172: every bullet taken as one that holds a task's lines)
$PY - "$work/md/ex.md" "$work/plus" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.\n'
assert old in s
line = '  + Thời gian thực hiện quý II/2024\n'
open(sys.argv[2] + '1.md', 'w', encoding='utf-8').write(s.replace(old, old + '\n' + line))
open(sys.argv[2] + '2.md', 'w', encoding='utf-8').write(
    s.replace(old, old + '\n+ Kiểm tra các công trình.\n\n' + line))
PY
bad=
for c in 1 2; do
    "$khgen" import --force -o "$work/plus$c.yaml" "$work/plus$c.md" >/dev/null 2>"$work/plus$c.err"
    n=$(grep -c "warning\[KH768\]: 'Thời gian thực hiện quý II/2024' under a task" "$work/plus$c.err")
    case $c:$n in 1:1 | 2:0) ;; *) bad="$bad [plus$c: $n KH768]" ;; esac
done
verdict "import_damaged: a '+' line without its colon under a '-' bullet is KH768, under a '+' item none (import_damaged-172)"

# a task's line with a word of its label deleted ('+ Thời gian hiện: quý
# I/2024', one of four words) is that line edited: KH768
# (import_damaged-112: a label short of one word taken for none)
sed 's/^  + Thời gian thực hiện: quý I\/2024$/  + Thời gian hiện: quý I\/2024/' "$work/md/ex.md" >"$work/th.md"
"$khgen" import --force -o "$work/th.yaml" "$work/th.md" >/dev/null 2>"$work/th.err"
bad=
grep -q "warning\[KH768\]: 'Thời gian hiện: quý I/2024' under a task reads as its 'Thời gian thực hiện:' line" "$work/th.err" ||
    bad="$bad [$(grep -c KH768 "$work/th.err") KH768]"
verdict "import_damaged: '+ Thời gian hiện: ...', a word of the label deleted, is that line edited (KH768; import_damaged-112)"

# ---- import_textcheck.c: a text file's bytes ----------------------------------
# a .txt of exactly 8 MiB (IMPORT_MAX_TEXT) is read, not refused for its
# size: its control byte 0x01 is what is wrong (KH753 at 1:1); one byte more
# is KH752 (import_textcheck-048)
$PY - "$work/m8.txt" <<'PY'
import sys
n = 8 << 20
open(sys.argv[1], 'wb').write(b'\x01' + b'x' * (n - 2) + b'\n')
open(sys.argv[1][:-4] + '1.txt', 'wb').write(b'\x01' + b'x' * (n - 1) + b'\n')
PY
bad=
"$khgen" import --force -o "$work/m8.yaml" "$work/m8.txt" >/dev/null 2>"$work/m8.err"
grep -q "m8\.txt:1:1: error\[KH753\]: '[^']*m8\.txt' holds binary data (byte 0x01)" "$work/m8.err" &&
    ! grep -q KH752 "$work/m8.err" || bad="$bad [8 MiB: $(head -c 200 "$work/m8.err")]"
"$khgen" import --force -o "$work/m81.yaml" "$work/m81.txt" >/dev/null 2>"$work/m81.err"
grep -q 'error\[KH752\]' "$work/m81.err" || bad="$bad [8 MiB + 1: $(head -c 200 "$work/m81.err")]"
verdict "import_textcheck: a .txt of exactly 8 MiB is read (its control byte is KH753), one byte more is KH752 (import_textcheck-048)"

# ---- docx_tree.c: a .docx attribute's number ----------------------------------
# a table whose group row ("I | Cấp xã") spans the rest of the row
# (w:gridSpan): over 3 columns (gridSpan 2) a heading, no KH759 (a row
# without w:gridBefore or w:gridAfter skips no column: docx_tree-005, -006;
# nor one whose gridBefore and gridAfter are -1: -012, -014); over 11
# columns (gridSpan "10", read in base 10: docx_tree-000) a heading, and
# the data row's 10 cells after its STT, no 12th column
$PY - "$work/g" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'http://schemas.openxmlformats.org/'
def p(t): return '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t
def tc(t, span=0):
    return '<w:tc>%s%s</w:tc>' % ('<w:tcPr><w:gridSpan w:val="%s"/></w:tcPr>' % span if span else '', p(t))
def tr(cells, pr=''): return '<w:tr>%s%s</w:tr>' % (pr, ''.join(cells))
NEG = '<w:trPr><w:gridBefore w:val="-1"/><w:gridAfter w:val="-1"/></w:trPr>'
# g3, g11: a group row over n columns (gn: with a gridBefore and a
# gridAfter of -1); gw1, gw2: a data cell's span past an int's range, and
# past it by 2^32 + 2; gw3, gw4: below it, and below by 2^32 - 2
for name, n, span, pr in (('3', 3, 0, ''), ('11', 11, 0, ''), ('n', 3, 0, NEG), ('w1', 3, '2147483647', ''),
                          ('w2', 3, '4294967298', ''), ('w3', 3, '-2147483648', ''),
                          ('w4', 3, '-4294967294', '')):
    body = ''.join(p(t) for t in ['ỦY BAN NHÂN DÂN', 'HUYỆN A', 'Số: 1/KH-UBND', 'A, ngày 05 tháng 01 năm 2024',
                                  'KẾ HOẠCH', 'Việc năm 2024'])
    body += '<w:tbl>%s%s%s</w:tbl>' % (
        tr([tc('STT'), tc('Tên xã')] + [tc('Cột %d' % i) for i in range(3, n + 1)]),
        tr([tc('I'), tc('Cấp xã', n - 1)], pr),
        tr([tc('1'), tc('Xã A', span)] + [tc(str(i)) for i in range(3, n + 1)]))
    body += p('Trên đây là Kế hoạch năm 2024./.')
    with zipfile.ZipFile('%s%s.docx' % (sys.argv[1], name), 'w') as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="%spackage/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>' % R)
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="%spackage/2006/relationships">'
                   '<Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/></Relationships>' % (R, R))
        z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s'
                   '</w:body></w:document>' % (W, body))
PY
bad=
for n in 3 11 n; do
    "$khgen" import --force -o "$work/g$n.yaml" "$work/g$n.docx" >/dev/null 2>"$work/g$n.err" || bad="$bad [g$n: status $?]"
    grep -q '^      - {heading: "Cấp xã"}$' "$work/g$n.yaml" || bad="$bad [g$n: no heading]"
    ! grep -q 'KH759' "$work/g$n.err" "$work/g$n.yaml" || bad="$bad [g$n: KH759]"
done
grep -q '^      - \["Xã A", "3", "4", "5", "6", "7", "8", "9", "10", "11"\]$' "$work/g11.yaml" &&
    ! grep -q 'key: c12' "$work/g11.yaml" || bad="$bad [g11: $(grep 'Xã A' "$work/g11.yaml")]"
verdict "docx_tree: a group row spanning the rest of a table of 3 and of 11 columns (gridSpan 10) is a heading, no column added, nor with a gridBefore of -1 (docx_tree-000, -005, -006, -012, -014)"

# a cell's gridSpan past an int's range, 2147483647 or 4294967298 (2^32 +
# 2), is kept at the most, never wrapped to 2: both read alike; so are
# -2147483648 and -4294967294, kept at the least, not wrapped to 2
# (docx_tree-002, -004: a value past DOCX_ATTR_INT_MAX left as it is)
bad=
for n in w1 w2 w3 w4; do
    "$khgen" import --force -o "$work/g$n.yaml" "$work/g$n.docx" >/dev/null 2>"$work/g$n.err" || bad="$bad [g$n: status $?]"
done
for n in w1 w2 w3 w4; do # (the name of the file imported aside)
    sed "s/g$n\.docx/gw.docx/g" "$work/g$n.yaml" "$work/g$n.err" >"$work/g$n.both"
done
cmp -s "$work/gw1.both" "$work/gw2.both" || bad="$bad [$(diff "$work/gw1.both" "$work/gw2.both" | head -4 | tr '\n' ' ')]"
cmp -s "$work/gw3.both" "$work/gw4.both" || bad="$bad [$(diff "$work/gw3.both" "$work/gw4.both" | head -4 | tr '\n' ' ')]"
verdict "docx_tree: a cell's gridSpan of 4294967298 reads as 2147483647 does, -4294967294 as -2147483648, not wrapped to 2 (docx_tree-002, -004)"

# ---- diff_md.c (as main has it at c346a83f): the Markdown report's text -------
# a text line that begins "a) ..." is no list item to any reader: the
# report writes it as it is, "a) Tham mưu ...", no backslash (diff_md-014
# of that file: a letter before ')' taken for a list's number)
mk dm1 "$T4" 'text: "a) Tham mưu phân bổ nguồn vốn năm {year}.\nb) Theo dõi giải ngân."'
mk dm2 "$T4" 'text: "a) Tham mưu phân bổ nguồn vốn năm {year}.\nb) Theo dõi giải ngân hằng quý."'
"$khgen" diff -f md -o "$work/dm.md" "$P/dm1.yaml" "$P/dm2.yaml" >/dev/null 2>&1
bad=
grep -q '^a) Tham mưu phân bổ nguồn vốn năm 2024\. b) Theo dõi giải ~~ngân\.~~\*\*ngân hằng quý\.\*\*  $' "$work/dm.md" ||
    bad="$bad [$(grep 'Tham mưu' "$work/dm.md")]"
verdict "diff_md: a report's line that begins 'a) ...' is written as it is, no backslash (diff_md-014 at c346a83f)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
