#!/bin/sh
# tests/hardening/s42imp.sh KHGEN WORKDIR - session 42's importer leftovers
# (issue 8: import never silently drops, changes or misplaces words, a
# figure or a line; what it cannot keep is said at its line; reproducers
# in /tmp/s42imp/ of that session). Officials start from last year's Word
# plan: each case edits the .docx khgen writes of the suite's plan as Word
# leaves it (runs split mid-word, styles in styles.xml) and imports it.
# Every case but the guards fails at main 6c9a8488 (tried with a build of
# it):
#  U1  underline an official added (the .docx reader dropped w:u): on the
#      title (a run's own w:u, split mid-word), on body words (a character
#      style that underlines) and on a body paragraph (a paragraph style
#      that underlines) came back plain, no note, diff exit 0; now the
#      title's is a note as bold is (KH759), the body's a note naming the
#      words at each paragraph, one KH759 counting them; diff exit 1.
#      Guard U1g: w:u w:val="none" under an underlining style, and w:u on
#      a paragraph's mark only, show no underline: no note.
#  P1  a page's number pasted into the body ("Trang 3" in the signature's
#      cell, "- 2 -" after a paragraph: a footer copied with the text) was
#      read as a line under the signer's name and a bullet "2 -"; now left
#      out with a note (KH769), the signature and the body as the plan's.
#      Guard: "3/9" alone and "Trang 3 có 12 hộ" stay text.
#  L1  a Biểu labelled "Trang 3." (a label a plan writes as it likes) did
#      not come back from khgen's own .docx and .md: "Trang 3." was read as
#      a recipient and the page as one with its label deleted (s41mut); now
#      the page keeps its label, the recipients theirs.
#  S1  a Biểu row with a cell deleted in Word ("Delete Cells", shift left)
#      was padded at its end, "7" read under "Thôn", no word; now a note at
#      the row and a warning (KH770). Guard S1g: a row ending before the
#      grid (w:gridAfter) is padded as Word shows it, no note.
#  R1  a row pasted into the signature table, "- Đảng ủy xã;": read as a
#      line under the signer's name, lost from the recipients, no note; now
#      the last recipient, with a note (KH768); a row of figures there
#      ("4 | Thôn Bốn | 9") stays under the name with the note.
#  B1  "Theo đề nghị của Sở ... tại Tờ trình số ..." after the bases was
#      read as the opening (the real opening a body paragraph), noted only
#      when italic; now the last basis, the opening the plan's.
#  M1  a task's "+ Đơn vị ..." and "+ Thời gian ..." lines moved above its
#      text in Word (s41scale's imp_moved): the text was read as a paragraph
#      after the task, the task without it, no note; khgen prints a
#      paragraph after a task the same way, so it stays one, with a
#      '# review:' guess and a warning (KH768); the plan's .md (which
#      indents a task's text) gives no such note.
#  C1  a Biểu's figure made bold and a cell made italic in Word: dropped,
#      no note; now a note beside the row naming the columns and a warning
#      (KH759); khgen's own bold group rows (the table layout says which
#      rows it bolds) are none (guard C1g).
#  G1  guard: the plan's own .docx and .md import with none of these notes.
# About 25 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
# impf NAME FILE: FILE imported to $work/NAME.yaml, messages NAME.err, $st
impf() {
    "$khgen" import "$2" -o "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
# dfs NAME: khgen diff of the plan against NAME.yaml to NAME.diff, its status $dst
dfs() {
    "$khgen" diff --no-color "$work/p.yaml" "$work/$1.yaml" >"$work/$1.diff" 2>&1
    dst=$?
}
# dx IN OUT OP...: the .docx IN edited as Word leaves it, written to OUT:
#   u:WORDS       WORDS underlined by their runs' own w:u, split mid-word
#   ucs:WORDS     WORDS underlined by a character style that underlines
#   ups:TEXT      the paragraph holding TEXT in a paragraph style (based on
#                 its own) that underlines
#   unone:TEXT    in that style, each run of the paragraph says w:u none
#   umark:TEXT    w:u on the paragraph's mark only (pPr/rPr)
#   after:TEXT|P  a plain paragraph P after the one holding TEXT
#   delcell:TEXT  the table cell holding TEXT deleted, the row's cells shift left
#   gridafter:TEXT  the row holding TEXT's last cell deleted, w:gridAfter 1
#   sigrow:A|B|.. a row of cells A, B, ... after the signature table's row
#   cellb:TEXT / celli:TEXT  the table cell whose whole text is TEXT made bold / italic
cat >"$work/dx.py" <<'PYEOF'
import sys, re, zipfile
src, dst, ops = sys.argv[1], sys.argv[2], sys.argv[3:]
z = zipfile.ZipFile(src)
files = {n: z.read(n) for n in z.namelist()}
doc = files['word/document.xml'].decode()
sty = files['word/styles.xml'].decode()
def para_with(text):
    i = doc.index(text)
    a = max(doc.rfind('<w:p>', 0, i), doc.rfind('<w:p ', 0, i))
    return a, doc.index('</w:p>', i) + 6
def split_run(words, add, cut=3):
    global doc
    i = doc.index(words)
    rs = doc.rindex('<w:r>', 0, i); re_ = doc.index('</w:r>', i) + 6
    m = re.match(r'<w:r>(<w:rPr>(.*?)</w:rPr>)?<w:t xml:space="preserve">(.*)</w:t></w:r>$', doc[rs:re_], re.S)
    old, text = m.group(2) or '', m.group(3)
    k = text.index(words)
    def r(t, extra=''):
        return '<w:r><w:rPr>%s%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (old, extra, t) if t else ''
    doc = doc[:rs] + r(text[:k]) + r(words[:cut], add) + r(words[cut:], add) + r(text[k + len(words):]) + doc[re_:]
def add_style(xml):
    global sty
    sty = sty.replace('</w:styles>', xml + '</w:styles>')
for op in ops:
    kind, arg = op.split(':', 1)
    if kind == 'u':
        split_run(arg, '<w:u w:val="single"/>')
    elif kind == 'ucs':
        add_style('<w:style w:type="character" w:styleId="Gachchan"><w:name w:val="Gạch chân"/>'
                  '<w:rPr><w:u w:val="single"/></w:rPr></w:style>')
        split_run(arg, '<w:rStyle w:val="Gachchan"/>')
    elif kind in ('ups', 'unone'):
        add_style('<w:style w:type="paragraph" w:styleId="ThanGach"><w:name w:val="Thân gạch"/>'
                  '<w:basedOn w:val="KHBody"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>')
        a, b = para_with(arg)
        p = re.sub(r'<w:pStyle w:val="[^"]*"/>', '<w:pStyle w:val="ThanGach"/>', doc[a:b], 1)
        if kind == 'unone':
            p = p.replace('<w:r><w:t', '<w:r><w:rPr><w:u w:val="none"/></w:rPr><w:t')
        doc = doc[:a] + p + doc[b:]
    elif kind == 'umark':
        a, b = para_with(arg)
        doc = doc[:a] + doc[a:b].replace('</w:pPr>', '<w:rPr><w:u w:val="single"/></w:rPr></w:pPr>', 1) + doc[b:]
    elif kind == 'after':
        t, new = arg.split('|', 1)
        a, b = para_with(t)
        doc = doc[:b] + '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % new + doc[b:]
    elif kind == 'delcell':
        i = doc.index(arg)
        a = max(doc.rfind('<w:tc>', 0, i), doc.rfind('<w:tc ', 0, i))
        doc = doc[:a] + doc[doc.index('</w:tc>', i) + 7:]
    elif kind == 'gridafter':
        i = doc.index(arg)
        ra = max(doc.rfind('<w:tr>', 0, i), doc.rfind('<w:tr ', 0, i)); rb = doc.index('</w:tr>', i)
        a = max(doc.rfind('<w:tc>', ra, rb), doc.rfind('<w:tc ', ra, rb))
        row = doc[ra:a]
        if '<w:trPr>' in row:
            row = row.replace('<w:trPr>', '<w:trPr><w:gridAfter w:val="1"/>', 1)
        else:
            row = re.sub(r'^(<w:tr[^>]*>)', r'\1<w:trPr><w:gridAfter w:val="1"/></w:trPr>', row)
        doc = doc[:ra] + row + doc[rb:]
    elif kind in ('cellb', 'celli'):  # the table cell whose whole text is arg made bold / italic
        t = '<w:t xml:space="preserve">%s</w:t>' % arg
        i = doc.index(t); rs = doc.rindex('<w:r>', 0, i)
        tag = '<w:b/>' if kind == 'cellb' else '<w:i/>'
        r = doc[rs:i]
        r = r.replace('<w:rPr>', '<w:rPr>' + tag, 1) if '<w:rPr>' in r else '<w:r><w:rPr>%s</w:rPr>' % tag
        doc = doc[:rs] + r + doc[i:]
    elif kind == 'sigrow':
        cells = arg.split('|')
        b = doc.index('</w:tbl>', doc.index('Nơi nhận'))
        tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">'
                      '%s</w:t></w:r></w:p></w:tc>' % (9355 // len(cells), c) for c in cells)
        doc = doc[:b] + '<w:tr>' + tcs + '</w:tr>' + doc[b:]
    else:
        sys.exit('dx: unknown edit ' + kind)
files['word/document.xml'] = doc.encode()
files['word/styles.xml'] = sty.encode()
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as o:
    for n, d in files.items():
        o.writestr(n, d)
PYEOF
dx() { $PY "$work/dx.py" "$@" || not_ok "setup: the edit $* failed"; }

cat >"$work/p.yaml" <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  number: "12"
  code: KH-UBND
  place: Đồng Hưu
  date: 2024-01-15
  title: Phòng chống thiên tai năm 2024
bases:
  - text: Căn cứ Luật Phòng, chống thiên tai năm 2013
  - text: Căn cứ tình hình thực tế của địa phương
opening: UBND xã xây dựng Kế hoạch phòng chống thiên tai năm {year}, như sau
body:
  - section: MỤC TIÊU
    items:
      - clause: Cấp thôn
        style: bold
        text: Phấn đấu 100% thôn có phương án ứng phó.
      - para: Rà soát các hộ ở vùng trũng, ven sông và ven đồi trước mùa mưa bão.
      - para: Chi tiết theo {att b1} đính kèm.
closing: Trên đây là Kế hoạch phòng chống thiên tai năm {year} của UBND xã.
recipients: [UBND huyện, Các thôn, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn An}
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách hộ cần di dời
    columns:
      - stt
      - {key: ten, header: Thôn}
      - {key: so, header: Số hộ}
    rows:
      - [Thôn Một, "12"]
      - [Thôn Hai, "7"]
      - [Thôn Ba, "4"]
EOF
"$khgen" build -f docx,md -o "$work/out" "$work/p.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the suite's plan does not build"
D=$work/out/p.docx
UL='underlined in the document'

# ---- U1: underline ------------------------------------------------------------------------
dx "$D" "$work/u1.docx" "u:Phòng chống thiên tai" "ucs:phương án ứng phó" "ups:Rà soát các hộ"
impf u1 "$work/u1.docx"
dfs u1
if [ "$st" -le 1 ] && [ "$dst" -eq 1 ] &&
    grep -q "# review: the title (trích yếu) is underlined in the document ('Phòng chống thiên tai').*\[KH759\]" "$work/u1.yaml" &&
    grep -q "# review: words are $UL ('phương án ứng phó')" "$work/u1.yaml" &&
    grep -q "# review: words are $UL ('Rà soát các hộ ở vùng trũng" "$work/u1.yaml" &&
    grep -q 'warning\[KH759\]: the title (trích yếu) is underlined here' "$work/u1.err" &&
    grep -q 'warning\[KH759\]: words are underlined here (2 paragraphs, the first here)' "$work/u1.err" &&
    grep -q "$UL ('phương án ứng phó')" "$work/u1.diff"; then
    ok "U1 underline on the title (its own w:u, split mid-word), by a character style and by a paragraph style: a note each, KH759, diff exit 1"
else
    not_ok "U1 status $st, diff $dst; $(grep -c "$UL" "$work/u1.yaml") notes; $(grep KH759 "$work/u1.err" | head -c 500)"
fi
dx "$D" "$work/u1g.docx" "unone:Rà soát các hộ" "umark:Phấn đấu 100%"
impf u1g "$work/u1g.docx"
if [ "$st" -eq 0 ] && ! grep -q "$UL" "$work/u1g.yaml" && ! grep -q 'underlined' "$work/u1g.err"; then
    ok "U1 guard: w:u none under an underlining style, w:u on a paragraph's mark only: no underline, no note"
else
    not_ok "U1 guard: status $st; $(grep "$UL" "$work/u1g.yaml" | head -2)"
fi

# ---- P1: a page's number pasted into the body ----------------------------------------------
dx "$D" "$work/p1.docx" "after:Nguyễn Văn An|Trang 3" "after:Phấn đấu 100%|- 2 -" \
    "after:Rà soát các hộ|3/9" "after:Chi tiết theo|Trang 3 có 12 hộ"
impf p1 "$work/p1.docx"
dfs p1
if [ "$st" -le 1 ] && grep -q '^  name: Nguyễn Văn An$' "$work/p1.yaml" &&
    ! grep -v '# review' "$work/p1.yaml" | grep -q '2 -' &&
    [ "$(grep -c "is a page's number, as printed at a page's foot or top.*\[KH769\]" "$work/p1.yaml")" -eq 2 ] &&
    [ "$(grep -c 'warning\[KH769\]' "$work/p1.err")" -eq 2 ] &&
    grep -q 'para: 3/9' "$work/p1.yaml" && grep -q 'para: Trang 3 có 12 hộ' "$work/p1.yaml" &&
    ! grep -q 'Chữ ký' "$work/p1.diff"; then
    ok "P1 'Trang 3' in the signature's cell and '- 2 -' in the body: left out with a note (KH769); '3/9' and 'Trang 3 có 12 hộ' stay text"
else
    not_ok "P1 status $st; $(grep -A3 '^signature' "$work/p1.yaml" | tr '\n' ' '); $(grep -c KH769 "$work/p1.err") KH769; $(grep '2 -\|3/9\|Trang 3' "$work/p1.yaml" | head -4 | tr '\n' ' ')"
fi

# ---- L1: a label a plan writes as it likes --------------------------------------------------
sed 's/label: Biểu 01/label: Trang 3./' "$work/p.yaml" >"$work/l1.yaml"
"$khgen" build -f docx,md -o "$work/out" "$work/l1.yaml" >/dev/null 2>&1 || not_ok "setup: l1 does not build"
bad=
for f in docx md; do
    impf "l1$f" "$work/out/l1.$f"
    if ! grep -q '^    label: Trang 3\.$' "$work/l1$f.yaml" || grep -q -- '- Trang 3' "$work/l1$f.yaml" ||
        ! grep -q '^recipients: \[UBND huyện, Các thôn, "Lưu: VT"\]\|^  - "Lưu: VT"$' "$work/l1$f.yaml"; then
        bad="$bad [$f: $(grep -n 'Trang 3' "$work/l1$f.yaml" | head -3 | tr '\n' ' ')]"
    fi
done
if [ -z "$bad" ]; then
    ok "L1 a Biểu labelled 'Trang 3.' comes back from the plan's .docx and .md under its label, the recipients theirs"
else
    not_ok "L1$bad"
fi

# ---- S1: a Biểu row with a cell deleted -----------------------------------------------------
dx "$D" "$work/s1.docx" "delcell:Thôn Hai"
impf s1 "$work/s1.docx"
dfs s1
if [ "$st" -le 1 ] && grep -q "# review: row 2 has 2 cells where the table has 3 columns.*\[KH770\]" "$work/s1.yaml" &&
    [ "$(grep -c 'warning\[KH770\]' "$work/s1.err")" -eq 1 ] && ! grep -q 'row 2 has 2 cells' "$work/s1.diff" &&
    grep -q "s1.yaml' holds 1 note of .khgen import. to its drafter ('# review: ...', KH770)" "$work/s1.diff"; then
    # (until s44cycle the redline showed the note, in the import's language;
    # the row's change is shown as the row's: the note is the drafter's)
    ok "S1 a Biểu row with a cell deleted in Word: a note at the row and KH770, diff names it apart"
else
    not_ok "S1 status $st; $(rows s1); $(head -c 300 "$work/s1.err")"
fi
dx "$D" "$work/s1g.docx" "gridafter:Thôn Ba"
impf s1g "$work/s1g.docx"
if [ "$st" -le 1 ] && ! grep -q 'KH770' "$work/s1g.yaml" "$work/s1g.err" && grep -q '\["\?Thôn Ba"\?, ""\]' "$work/s1g.yaml"; then
    ok "S1 guard: a row ending before the grid (w:gridAfter) is padded as Word shows it, no note"
else
    not_ok "S1 guard: status $st; $(rows s1g)"
fi

# ---- R1: a row pasted into the signature table -------------------------------------------------
dx "$D" "$work/r1.docx" "sigrow:- Đảng ủy xã;|"
impf r1 "$work/r1.docx"
dx "$D" "$work/r1b.docx" "sigrow:4|Thôn Bốn|9"
impf r1b "$work/r1b.docx"
st1=$st
dfs r1b
if [ "$st" -le 1 ] && [ "$st1" -le 1 ] && grep -q '^  name: Nguyễn Văn An$' "$work/r1.yaml" &&
    grep -q 'Đảng ủy xã\]$\|^  - Đảng ủy xã$' "$work/r1.yaml" &&
    grep -q "# review: below the signer's name.*'- Đảng ủy xã;' (read as the last recipient).*\[KH768\]" "$work/r1.yaml" &&
    grep -q 'warning\[KH768\]: .- Đảng ủy xã;. stands below the signer' "$work/r1.err" &&
    grep -q "# review: below the signer's name.*'4'; 'Thôn Bốn'; '9'" "$work/r1b.yaml" &&
    grep -q '^TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn An{+ / 4 / Thôn Bốn / 9+}$' "$work/r1b.diff" &&
    ! grep -q "below the signer's name" "$work/r1b.diff"; then
    # (the note was in the redline until s44cycle: the signature's change is shown as its own)
    ok "R1 a row pasted into the signature table: a recipient's line is the last recipient, figures stay under the name, each with a note (KH768)"
else
    not_ok "R1 status $st1/$st; $(grep -B2 -A6 '^signature' "$work/r1.yaml" | tr '\n' ' ' | head -c 400)"
fi

# ---- B1: "Theo đề nghị" after the bases --------------------------------------------------------
dx "$D" "$work/b1.docx" "after:Căn cứ tình hình thực tế|Theo đề nghị của Ban Chỉ huy Phòng, chống thiên tai xã tại Tờ trình số 05/TTr-BCH ngày 10/01/2024."
impf b1 "$work/b1.docx"
if [ "$st" -le 1 ] && grep -q '^  - text: Theo đề nghị của Ban Chỉ huy' "$work/b1.yaml" &&
    grep -q '^opening: UBND xã xây dựng Kế hoạch' "$work/b1.yaml"; then
    ok "B1 'Theo đề nghị của ...' after the bases is the last basis; the opening is the plan's"
else
    not_ok "B1 status $st; $(grep -n 'Theo đề nghị\|^opening' "$work/b1.yaml" | head -3 | tr '\n' ' ')"
fi

# ---- M1: a task's lines moved above its text ---------------------------------------------------
cat >"$work/m.yaml" <<'EOF'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, HUYỆN A], issuer_short: UBND huyện A, number: "", code: KH-UBND, place: A, date: 2024-03-05, title: Thực hiện thử năm 2024}
opening: "UBND huyện xây dựng Kế hoạch như sau:"
units: [{id: u0, name: Phòng A}]
body:
  - section: NỘI DUNG
    items:
      - {task: Thực hiện việc số 0, lead: u0, due: 2024-06, text: Nội dung của việc 0 được triển khai.}
      - {task: Thực hiện việc số 1, lead: u0, due: 2024-09}
      - para: Đoạn văn sau nhiệm vụ 1.
EOF
"$khgen" build -f docx,md -o "$work/out" "$work/m.yaml" >/dev/null 2>&1 || not_ok "setup: m.yaml does not build"
# the text moved below the lines, as Word's cut and paste leaves it
$PY - "$work/out/m.docx" "$work/m1.docx" <<'PYEOF'
import sys, re, zipfile
z = zipfile.ZipFile(sys.argv[1]); files = {n: z.read(n) for n in z.namelist()}
doc = files['word/document.xml'].decode()
i = doc.index('Nội dung của việc 0'); a = max(doc.rfind('<w:p>', 0, i), doc.rfind('<w:p ', 0, i))
b = doc.index('</w:p>', i) + 6; text = doc[a:b]; doc = doc[:a] + doc[b:]
j = doc.index('Thời gian thực hiện: tháng 6/2024'); e = doc.index('</w:p>', j) + 6
doc = doc[:e] + text + doc[e:]
files['word/document.xml'] = doc.encode()
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as o:
    for n, d in files.items(): o.writestr(n, d)
PYEOF
impf m1 "$work/m1.docx"
st1=$st
impf m1g "$work/out/m.md"
if [ "$st1" -le 1 ] && [ "$st" -le 1 ] &&
    grep -q "# review: read as a paragraph after the task 'Thực hiện việc số 0', below its lines" "$work/m1.yaml" &&
    grep -q "warning\[KH768\]: the paragraph under the lines of the task 'Thực hiện việc số 0'" "$work/m1.err" &&
    ! grep -q 'below its lines' "$work/m1g.yaml" && ! grep -q KH768 "$work/m1g.err"; then
    ok "M1 a task's lines moved above its text in Word: the paragraph under them said (KH768); the plan's .md, which indents a task's text, no note"
else
    not_ok "M1 status $st1/$st; $(grep -n 'below its lines\|para:' "$work/m1.yaml" "$work/m1g.yaml" | head -4 | tr '\n' ' ')"
fi

# ---- C1: emphasis on a Biểu's cells ----------------------------------------------------------
dx "$D" "$work/c1.docx" "cellb:7" "celli:Thôn Ba"
impf c1 "$work/c1.docx"
dfs c1
if [ "$st" -le 1 ] && grep -q "# review: row 2: the cells of columns 3 (bold) have emphasis khgen does not print.*\[KH759\]" "$work/c1.yaml" &&
    grep -q "# review: row 3: the cells of columns 2 (italic)" "$work/c1.yaml" &&
    [ "$(grep -c "warning\[KH759\]: a cell of a Biểu's row is" "$work/c1.err")" -eq 1 ] && grep -q 'row 2: the cells' "$work/c1.diff"; then
    ok "C1 a Biểu's figure made bold and a cell italic: a note at each row, one KH759, diff shows them"
else
    not_ok "C1 status $st; $(rows c1); $(grep KH759 "$work/c1.err" | head -c 300)"
fi
sed 's/      - \[Thôn Một, "12"\]/      - {heading: Vùng trũng}\n      - [Thôn Một, "12"]\n      - {heading: Ven sông}/' "$work/p.yaml" >"$work/c1p.yaml"
"$khgen" build -f docx -o "$work/out" "$work/c1p.yaml" >/dev/null 2>&1 || not_ok "setup: c1p does not build"
impf c1g "$work/out/c1p.docx"
if [ "$st" -eq 0 ] && grep -q '{heading: "\?Ven sông"\?}' "$work/c1g.yaml" && ! grep -q 'cells of columns' "$work/c1g.yaml" &&
    ! grep -q KH759 "$work/c1g.err"; then
    ok "C1 guard: khgen's own bold group rows are no emphasis of the official's"
else
    not_ok "C1 guard: status $st; $(rows c1g)"
fi

# ---- G1: the plan's own .docx and .md ----------------------------------------------------------
impf g1d "$D"
st1=$st
impf g1m "$work/out/p.md"
if [ "$st1" -eq 0 ] && [ "$st" -eq 0 ] &&
    ! grep -q "underlined\|page's number\|cells where the table has\|below the signer" "$work/g1d.yaml" "$work/g1m.yaml" &&
    ! grep -q 'KH759\|KH768\|KH769\|KH770' "$work/g1d.err" "$work/g1m.err"; then
    ok "G1 guard: the plan's own .docx (its motto underlined) and .md import with none of these notes"
else
    not_ok "G1 guard: status $st1/$st; $(cat "$work/g1d.err" "$work/g1m.err" | head -c 400)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
