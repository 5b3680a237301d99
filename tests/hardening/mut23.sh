#!/bin/sh
# tests/hardening/mut23.sh KHGEN WORKDIR - what session 23's mutation sweep
# (issue 8; tools/mutants.py run over session 22's new files
# docx_section.c, docx_vmerge.c, longpath.c, md_comment.c, unispace.c and
# a sample of session 21's and 22's changes to diff*.c, check_textdates.c,
# md_inline.c and import_*.c) found the tests blind to, where a run of
# khgen shows it: one-line changes of khgen that every suite running their
# line passed. What a pure function's unit test shows is in tests/unit
# (test_md_comment.c: md_comment.c). Each case below fails with the
# mutants its comment names and passes with khgen; the ids are those of
# `tools/mutants.py list FILE` (no --since for session 22's new files;
# --since 66e47e59 for the rest) with FILE as it was at fa9404c, where the
# sweep began (md_comment.c: as at e12785f, its fix, before main's KH766
# was merged).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# wanted NAME: whether case NAME runs: all of them, or those MUT23_CASES
# names ("DS": a mutant's run of the cases of its part, by hand)
wanted() {
    case " ${MUT23_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}

mkdir -p "$work/p" "$work/o"

# kh317 NAME: `khgen --lang en check` of $work/p/NAME.yaml: its KH317
# warnings to their first ';' (where, the date and why), as $work/NAME.got;
# its status in $status
kh317() {
    "$khgen" --lang en check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    status=$?
    grep -E 'KH317' "$work/$1.err" | sed -e "s|^$work/p/$1.yaml:||" -e 's|;.*||' >"$work/$1.got"
}

# ---- DS: the orientation of an attachment's pages in a .docx (docx_section.c) -------------
# round22 R4 imports khgen's own .docx, whose portrait pages have no
# w:orient and whose landscape pages say w:orient="landscape" and are
# wider than high: every mutant of sect_page that agrees on those two
# survived (docx_section-000, -002, -005, -007, -008, -011, -013). A page is
# landscape when w:pgSz says w:orient="landscape" or is wider than high,
# else portrait (a square page too). Rows: each attachment's w:pgSz
# rewritten (b1 b2 b3), then the orientation import writes for each ("-"
# for landscape, the default): an explicit w:orient="portrait" (1: -000),
# w:orient="landscape" on a page higher than wide (2: -002, -011) or with
# no size (3), a square page (3: -008), no height or no width (4: -005, -007),
# a height of 1 (4: -013), and the last section's w:sectPr taken out (5:
# Word's default, portrait, not the section's before: -019, -020). Import
# ends 0: under the sanitizers, -003 (w:orient's copy never freed) ends
# with a leak report.
if wanted DS; then
    cat >"$work/p/ds.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  place: Đồng Hưu
  date: 2024-01
  title: Kế hoạch DS
body:
  - section: MỤC TIÊU
    items:
      - para: "Chi tiết theo {att b1}, {att b2} và {att b3} đính kèm."
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - {id: b1, label: Biểu 01, title: Một DS, orientation: portrait, columns: [stt, {key: a, header: Tên}], rows: [[Một]]}
  - {id: b2, label: Biểu 02, title: Hai DS, columns: [stt, {key: a, header: Tên}], rows: [[Hai]]}
  - {id: b3, label: Biểu 03, title: Ba DS, orientation: portrait, columns: [stt, {key: a, header: Tên}], rows: [[Ba]]}
YAML
    "$khgen" build -f docx -o "$work/o/ds" "$work/p/ds.yaml" >/dev/null 2>&1 ||
        not_ok "DS: setup: ds.yaml does not build"
    cat >"$work/ds.table" <<'TABLE'
w:w="11906" w:h="16838" w:orient="portrait"@@w:w="16838" w:h="11906" w:orient="landscape"@@w:w="11906" w:h="16838" w:orient="portrait"@@portrait - portrait
w:w="11906" w:h="16838"@@w:w="11906" w:h="16838" w:orient="landscape"@@w:w="11906" w:h="16838"@@portrait - portrait
w:w="12000" w:h="12000"@@w:w="16838" w:h="11906"@@w:orient="landscape"@@portrait - -
w:w="16838"@@w:h="11906"@@w:w="16838" w:h="1"@@portrait portrait -
w:w="11906" w:h="16838"@@w:w="16838" w:h="11906"@@NOSECT@@portrait - portrait
TABLE
    i=0
    while IFS= read -r row; do
        i=$((i + 1))
        want=${row##*@@}
        /usr/bin/python3 - "$work/o/ds/ds.docx" "$work/o/ds$i.docx" "$row" <<'PY'
import re, sys, zipfile
src, dst, row = sys.argv[1], sys.argv[2], sys.argv[3]
sizes = row.split('@@')[:3]
zin = zipfile.ZipFile(src)
doc = zin.read('word/document.xml').decode('utf-8')
# the body's four sections: the plan's, then b1, b2, b3; NOSECT: the
# section's w:sectPr taken out (its pages are then the next section's,
# or Word's default, portrait, for the last)
parts = re.split(r'(<w:sectPr>.*?</w:sectPr>)', doc)
assert len(parts) == 9, len(parts)
for k in range(3):
    j = 2 * k + 3
    parts[j] = '' if sizes[k] == 'NOSECT' else \
        re.sub(r'<w:pgSz[^>]*/>', '<w:pgSz %s/>' % sizes[k], parts[j])
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for it in zin.infolist():
        data = ''.join(parts).encode('utf-8') if it.filename == 'word/document.xml' else zin.read(it)
        zout.writestr(it, data)
PY
        "$khgen" import --force -o "$work/p/ds$i.yaml" "$work/o/ds$i.docx" >/dev/null 2>"$work/ds$i.err"
        st=$?
        got=$(/usr/bin/python3 - "$work/p/ds$i.yaml" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
atts = re.split(r'\n  - id: ', s.split('\nattachments:', 1)[1])[1:] if '\nattachments:' in s else []
print(' '.join((re.search(r'\n    orientation: (\w+)', a) or [None, '-'])[1] for a in atts))
PY
)
        if [ "$got" = "$want" ] && [ "$st" = 0 ]; then
            ok "DS: $i page sizes ${row%@@*}: $want"
        else
            not_ok "DS: $i page sizes ${row%@@*}: status $st, want '$want', got '$got' $(head -c 200 "$work/ds$i.err")"
        fi
    done <"$work/ds.table"
fi

# ---- LP: include beside a plan past PATH_MAX (longpath.c) --------------------------------
# leftovers22's case includes, under a 5 KB tree, a file, a link whose
# target holds a '/', a link to /etc and a cycle. Rows for what it left
# untried: a bare name (no '/': the current directory; longpath-009), a
# link named so that leads out (-010: its name never read, the link was
# not followed and the file above read as inside), a link whose
# target is a bare name and a link to that link (followed in the same
# directory), a file in the directory above the plan's (walked up to the
# root: outside, KH030), a link up to it, a link that goes up out of the
# plan's directory and back in (inside), and a directory link to /etc
# in the middle of the path (outside).
if wanted LP; then
    readme_base
    /usr/bin/python3 - "$work/lp" "$khgen" "$work/p/ex.yaml" >"$work/lp.got" 2>&1 <<'PY'
import os, re, subprocess, sys
khgen, plan = sys.argv[2], open(sys.argv[3], encoding='utf-8').read()
os.makedirs(sys.argv[1])
os.chdir(sys.argv[1])
for _ in range(26):  # each step relative: the shell's cd takes the whole path
    os.mkdir('d' * 200)
    os.chdir('d' * 200)
open('up.yaml', 'w').write('units:\n  - {id: x2, name: Phòng Hai}\n')
os.mkdir('a')
os.chdir('a')
os.mkdir('reg')
open('reg/r.yaml', 'w').write('units:\n  - {id: x1, name: Phòng Một}\n')
open('r2.yaml', 'w').write('units:\n  - {id: x1, name: Phòng Một}\n')
os.symlink('r.yaml', 'reg/alias.yaml')
os.symlink('alias.yaml', 'reg/chain.yaml')
os.symlink('../../up.yaml', 'reg/upl.yaml')
os.symlink('../../a/reg/r.yaml', 'reg/back.yaml')
os.symlink('/etc', 'reg/etc')
os.symlink('../up.yaml', 'upl2.yaml')
for inc in ['r2.yaml', 'upl2.yaml', 'reg/alias.yaml', 'reg/chain.yaml', '../up.yaml', 'reg/upl.yaml',
            'reg/back.yaml', 'reg/etc/hostname']:
    open('p.yaml', 'w', encoding='utf-8').write(plan.replace('\nunits:', '\ninclude: [%s]\nunits:' % inc, 1))
    r = subprocess.run([khgen, 'check', 'p.yaml'], capture_output=True, text=True)
    codes = re.findall(r'error\[KH[0-9]+\]', r.stderr)
    print(inc, r.returncode, codes[0] if codes else '')
PY
    cat >"$work/lp.want" <<'EOF2'
r2.yaml 0 
upl2.yaml 1 error[KH030]
reg/alias.yaml 0 
reg/chain.yaml 0 
../up.yaml 1 error[KH030]
reg/upl.yaml 1 error[KH030]
reg/back.yaml 0 
reg/etc/hostname 1 error[KH030]
EOF2
    same lp "LP: include under a 5 KB tree: a bare name, links to a bare name, up and back in; outside above and through /etc"
fi

# ---- MC: a comment after a "<!--" that a reader shows as text (md_comment.c) -------------
# A bug the sweep of md_comment.c found (HIGH: silently wrong output):
# on a line whose first "<!--" is text - in a code span or after a
# backslash - a comment after it over two lines was kept, where cmark
# and pandoc hide it: "Hoàn thành `x <!--` a <!-- ghi\nchú --> xây
# dựng" imported as "... a <!-- ghi chú --> xây dựng" and printed so in
# every format, with exit 0. test_md_comment.c holds the rows of the
# scan; here the whole import.
if wanted MC; then
    readme_base
    "$khgen" build -f md -o "$work/mc" "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "MC: setup"
    i=0
    for new in 'Hoàn thành `x <!--` a <!-- ghi\nchú --> xây dựng' \
        'Hoàn thành \\<!-- a <!-- ghi\nchú --> xây dựng'; do
        i=$((i + 1))
        /usr/bin/python3 - "$work/mc/ex.md" "$work/mc/mc$i.md" "$new" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- Hoàn thành xây dựng xã Đồng Hưu'
assert old in s
new = '- ' + sys.argv[3].replace('\\n', '\n').replace('\\\\', '\\') + ' xã Đồng Hưu'
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, new, 1))
PY
        "$khgen" import --force -o "$work/mc/mc$i.yaml" "$work/mc/mc$i.md" >/dev/null 2>&1 &&
            "$khgen" build -f html -o "$work/mc/o" "$work/mc/mc$i.yaml" >/dev/null 2>&1
        line=$(grep -o 'Hoàn thành[^<]*<[^>]*>[^<]*' "$work/mc/o/mc$i.html" 2>/dev/null | head -1)
        if grep -q 'xây dựng xã' "$work/mc/o/mc$i.html" 2>/dev/null &&
            ! grep -q -e 'ghi' -e 'chú --' "$work/mc/o/mc$i.html"; then
            ok "MC: $i a comment after a '<!--' shown as text is hidden, as cmark hides it"
        else
            not_ok "MC: $i '$line' $(grep -F 'Hoàn thành' "$work/mc/mc$i.yaml" | head -1)"
        fi
    done
fi

# ---- DV: a row's key on its @@ line (diff.c, diff_visible.c) ------------------------------
# attack21 M2 names a U+202E of a row's key on its @@ line; the line's
# other characters are printed as they are, a no-break space and a tab
# too (they are named only inside a deleted or inserted run): diff-002 (the
# @@ line's text taken for a changed run) named the no-break space. Since
# session 30 (s30fixlow LOW e) a row's key names its no-break space on the
# @@ line, as the key's own decision: a row retyped with one printed "bỏ"
# and "thêm" under two heads that read alike. Named once, as a key's
# character, and the line holds no run's marks.
if wanted DV; then
    readme_base
    for v in 1 2; do
        sed -e 's|    preset: locality-targets|    columns: [stt, {key: a, header: A}, {key: b, header: B}]|' \
            -e "s|    rows: {from: localities, where: {target_year: 2024}}|    rows: [{a: \"Xã\\\\u00a0AB\", b: \"$v\"}]|" \
            "$work/p/ex.yaml" >"$work/p/dv-$v.yaml"
    done
    out=$("$khgen" diff --no-color "$work/p/dv-1.yaml" "$work/p/dv-2.yaml" 2>&1 | grep '^@@ Biểu')
    case $out in
    *'[-'* | *'{+'* | *'‹dấu cách không ngắt›‹'*) not_ok "DV: the row's @@ line marked as a changed run: $out" ;;
    *"Xã‹dấu cách không ngắt›AB"*) ok "DV: a no-break space of a row's key named once on its @@ line" ;;
    *) not_ok "DV: the row's @@ line: $out" ;;
    esac
fi

# ---- MP: md_comment.c's scan stays linear ---------------------------------------------------
# attack22 H3 has one line of 50,000 "<!--" never closed: the scan stops
# at a line's first. md_comment-028, -029 (the "-->" searched for again
# from each line after none was found), -032 (the next blank line
# searched for again from each line of a paragraph) and -045 (a line's
# code spans worked out again for each "<!--" in it) made import
# quadratic on 20,000 lines each opening a comment that never closes or
# whose "-->" lies past the paragraph's end, or on a line of 50,000
# "<!--" in a code span: seconds, where khgen takes a hundredth.
if wanted MP; then
    /usr/bin/python3 -c "
open('$work/mp1.md', 'w').write('KẾ HOẠCH\n\n' + 'a <!-- b\n' * 20000)
open('$work/mp2.md', 'w').write('KẾ HOẠCH\n\n' + 'x <!-- y\n' * 20000 + '\n-->\n')
open('$work/mp3.md', 'w').write('KẾ HOẠCH\n\n\x60' + '<!-- ' * 50000 + '\x60\n-->\n')"
    timed_case "MP: import of a .md of 20,000 lines opening a comment never closed" \
        "$khgen" import --force -o "$work/mp1.yaml" "$work/mp1.md"
    timed_case "MP: import of a .md paragraph of 20,000 lines opening a comment closed past it" \
        "$khgen" import --force -o "$work/mp2.yaml" "$work/mp2.md"
    timed_case "MP: import of a .md line of 50,000 '<!--' in a code span, a '-->' below" \
        "$khgen" import --force -o "$work/mp3.yaml" "$work/mp3.md"
fi

# ---- TD: dates in the prose and the attachment's words (check_textdates.c) ---------------
# mut21's TD rows have each form once; session 21 added D-M-YYYY and
# D.M.YYYY, "D/M năm YYYY", ", năm", "Tháng" and the attachment's words
# (s21attack L1), and the sweep's sample of them (40 of 103 mutants) left
# these untried: a text that begins "tháng 13/2024" (the month word at
# the text's first byte: check_textdates-003, -005), months alone that
# exist ("tháng 3/2024", "tháng 4/2024" after a 31st: -009, -010 read
# them as day 0 or the day before), "Tháng 13/2024" (-005), separators
# mixed ("31-4/2024": -016, -018) or after "tháng " ("tháng 13-2024":
# -036), "31-4 năm 2024" (-023), "30 tháng 2 vừa qua" (-040), and in the
# attachment a column group over two columns and another after it (-067
# to -079), a row of a group heading (-081 to -083) and a text cell of
# the last row (-091 to -094); a preset's header and group (--templates)
# are not the plan's and are not read (-052, -054), nor its note and
# rows (-059); a date column's cell is a date (KH611), not text too.
if wanted TD; then
    small tdd <<'YAML'
body:
  - para: "tháng 13/2024 mở đầu; ngày 31-4-2024 và 31.4.2024; ngày 31/4 năm 2024, 30 tháng 2, năm 2024; 31/4, năm 2024; tháng 13, năm 2024; 3/4/2024 đúng; 31-4/2024 không."
  - para: "Tháng 2 năm 2024, tháng 12/2024, tháng 3/2024; ngày 31-4 năm 2024; tháng 13-2024; 30 tháng 2 vừa qua; 30 tháng 2 năm 24; ngày 31/1/2024 rồi tháng 4/2024; x Tháng 13/2024."
  - para: "Chi tiết theo {att b1}."
signature: {lines: [CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách đến 31/4/2024
    note: Ghi chú 30/2/2024
    columns:
      - {key: a, header: Tên 32/1/2024}
      - {key: b, header: Hạn, group: Nhóm 31/6/2024}
      - {key: c, header: Ghi chú, group: Nhóm 31/6/2024}
      - {key: d, header: Khác, group: Nhóm 31/9/2024}
      - {key: n, header: Số, type: int}
    rows:
      - {a: "Ô 31/11/2024", b: x, c: y, d: z, n: 1}
      - {heading: "Cấp 29/2/2023"}
      - {a: Hai, b: "Ô 0/1/2024", c: "", d: "", n: 2}
YAML
    kh317 tdd
    # a text cell's date at the date since session 24 (leftovers24.sh 14;
    # at the cell's start before)
    cat >"$work/tdd.want" <<'WANT'
10:18: warning[KH317]: '13/2024' in the text is no date: there is no month 13
10:39: warning[KH317]: '31-4-2024' in the text is no date: month 4 of 2024 has no day 31
10:52: warning[KH317]: '31.4.2024' in the text is no date: month 4 of 2024 has no day 31
10:68: warning[KH317]: '31/4 năm 2024' in the text is no date: month 4 of 2024 has no day 31
10:83: warning[KH317]: '30 tháng 2, năm 2024' in the text is no date: month 2 of 2024 has no day 30
10:105: warning[KH317]: '31/4, năm 2024' in the text is no date: month 4 of 2024 has no day 31
10:127: warning[KH317]: '13, năm 2024' in the text is no date: there is no month 13
11:174: warning[KH317]: '13/2024' in the text is no date: there is no month 13
17:26: warning[KH317]: '31/4/2024' in the text is no date: month 4 of 2024 has no day 31
18:19: warning[KH317]: '30/2/2024' in the text is no date: month 2 of 2024 has no day 30
20:30: warning[KH317]: '32/1/2024' in the text is no date: month 1 of 2024 has no day 32
21:43: warning[KH317]: '31/6/2024' in the text is no date: month 6 of 2024 has no day 31
23:44: warning[KH317]: '31/9/2024' in the text is no date: month 9 of 2024 has no day 31
26:16: warning[KH317]: '31/11/2024' in the text is no date: month 11 of 2024 has no day 31
27:24: warning[KH317]: '29/2/2023' in the text is no date: month 2 of 2023 has no day 29
28:24: warning[KH317]: '0/1/2024' in the text is no date: month 1 of 2024 has no day 0
WANT
    [ $status -eq 0 ] || not_ok "TD: status $status (warnings only): $(head -c 300 "$work/tdd.err")"
    same tdd "TD: each form, its separators and the month word at the text's start; the attachment's title, note, headers, groups, heading rows and cells"
    mkdir -p "$work/tpl/presets"
    cat >"$work/tpl/presets/x.yaml" <<'YAML'
description: Thử
columns:
  - {key: stt, header: STT, type: stt}
  - {key: a, header: Hạn 31/4/2024, group: Nhóm 31/4/2024}
YAML
    cat >"$work/tpl/presets/y.yaml" <<'YAML'
description: Thử
note: Ghi chú 31/4/2024
columns:
  - {key: stt, header: STT, type: stt}
  - {key: a, header: Tên}
rows:
  - {a: "Ngày 31/4/2024"}
YAML
    small tde <<'YAML'
body:
  - para: "Chi tiết theo {att b1} và {att b2}."
signature: {lines: [CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - {id: b1, label: Biểu 01, title: Danh sách, preset: x, rows: [{a: Một}]}
  - {id: b2, label: Biểu 02, title: Danh sách hai, preset: y}
YAML
    "$khgen" --lang en check --templates "$work/tpl" "$work/p/tde.yaml" >/dev/null 2>"$work/tde.err"
    if [ $? -eq 0 ] && ! grep -q KH317 "$work/tde.err"; then
        ok "TD: a preset's header, group, note and rows (not the plan's words) are not read"
    else
        not_ok "TD: a preset's words: $(head -c 300 "$work/tde.err")"
    fi
    # a date column's cell is read as a date (KH611), not as text too
    small tdg <<'YAML'
body:
  - para: "Chi tiết theo {att b1}."
signature: {lines: [CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách
    columns: [{key: a, header: Tên}, {key: h, header: Hạn, type: date}]
    rows: [{a: Một, h: "31/4/2024"}]
YAML
    "$khgen" --lang en check "$work/p/tdg.yaml" >/dev/null 2>"$work/tdg.err"
    if [ $? -eq 1 ] && grep -q 'error\[KH611\]' "$work/tdg.err" && ! grep -q KH317 "$work/tdg.err"; then
        ok "TD: a date column's cell is read as a date (KH611), not as text too (KH317)"
    else
        not_ok "TD: a date column's cell: $(head -c 300 "$work/tdg.err")"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
