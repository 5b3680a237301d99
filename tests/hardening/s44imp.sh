#!/bin/sh
# tests/hardening/s44imp.sh KHGEN WORKDIR - session 44's importer
# leftovers (s43attack's "Left", s43user's F12, F14, F19; reproducers in
# /tmp/s44imp/ of that session). Officials start next year's plan from
# last year's Word file, edited in Word. Each case fails at main 100519d9
# unless named a guard:
#  M1  text struck through (w:strike; w:dstrike; a character style's)
#      was read as plain: "đạt 100% 95%" with "100%" struck imported as
#      "đạt 100% 95%", a wrong figure, exit 0 and no word; now left out,
#      quoted in a '# review:' comment [KH772], with a warning;
#  M2  raised and lowered runs were read as plain digits: "200 m" with a
#      raised "2" imported "200 m2", "CO" with a lowered "2" "CO2"; now
#      "m²", "CO₂"; a raised "(1)", which has no such character in the
#      outputs' fonts, is kept as written with a comment and KH772;
#  M3  a Biểu's cell "85" struck before a typed "80" imported "8580" (the
#      column turned to text); a row struck whole imported as a row; now
#      80, and the row left out, its words one comment where it stood;
#  T1  (s43user F14) a row whose cells' text is all a tracked deletion
#      (LibreOffice's Compare Document marks a deleted row's text, not
#      the row) imported as a row of empty cells (two of them in
#      s43user's Biểu: KH128 "pasted twice"); now left out, a deleted row;
#  U1  (s43user F12) a task printed "+ Đơn vị thực hiện: A phối hợp với
#      Sở Văn hóa, Thể thao và Du lịch" (or "... phối hợp với UBND các
#      xã, phường") imported the supporting unit as words (lead_note: the
#      name split at its comma); now `support:`, the unit the plan's, as
#      a sentence's "phối hợp với" list already read it;
#  P1  (s43user F19) khgen's own Biểu 01 (preset: locality-targets) comes
#      back as written rows, the localities without their figures, and its
#      note said only "a preset or rows: {from: ...} would compute them";
#      now the note names the preset, what the rows hold that the
#      localities lost and how to tie them again (another table: the
#      usual note);
#  G1  (guard) the plan's own .docx, and a run whose strike is turned off
#      (w:strike w:val="0"), import as the plan: khgen diff finds nothing.
# About 20 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
cd "$work" || exit 2

cat >"$work/p.yaml" <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  number: "12"
  code: KH-UBND
  place: Đồng Hưu
  date: 2024-01-15
  title: Nước sạch và vệ sinh môi trường năm 2024
bases:
  - text: Căn cứ tình hình thực tế của địa phương
opening: UBND xã xây dựng Kế hoạch nước sạch và vệ sinh môi trường năm {year}, như sau
body:
  - section: MỤC TIÊU
    items:
      - para: Tỷ lệ hộ dùng nước sạch đạt 95% số hộ.
      - para: Xây dựng nhà văn hóa thôn diện tích 200 m2 mỗi nhà.
      - para: Giảm phát thải khí CO2 trong sản xuất nông nghiệp.
      - para: Trồng mới 5 ha rừng phòng hộ.
      - para: (Chi tiết theo {att bieu01} đính kèm).
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, Các thôn, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn An}
attachments:
  - id: bieu01
    label: Biểu 01
    title: Chỉ tiêu nước sạch các thôn năm {year}
    columns:
      - {key: stt, type: stt, header: STT}
      - {key: thon, header: Tên thôn}
      - {key: ho, header: Số hộ, type: int}
      - {key: tyle, header: Tỷ lệ (%), type: int}
    rows:
      - [Thôn Một, 120, 95]
      - [Thôn Hai, 80, 90]
      - [Thôn Ba, 60, 85]
      - [Thôn Bốn, 70, 80]
EOF
"$khgen" build -f docx -o "$work/out" "$work/p.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the suite's plan does not build"
# dx.py IN OUT OPS: the .docx IN edited, written to OUT. OPS is a JSON list:
#   ["OLD", SEG, ...]   the run text OLD (a whole w:t) becomes runs SEG...:
#                       "s:x" struck (w:strike), "d:x" double-struck,
#                       "c:x" struck by a character style, "o:x" its strike
#                       turned off, "^:x" raised, "_:x" lowered, else plain
#   ["@s", "WORD"]      every run of the table row holding WORD struck
#   ["@t", "WORD"]      every run of that row a tracked deletion (its
#                       paragraph marks too), the row itself not marked
cat >"$work/dx.py" <<'PYEOF'
import json, re, sys, zipfile
src, dst, ops = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
z = zipfile.ZipFile(src)
files = {n: z.read(n) for n in z.namelist()}
d = files['word/document.xml'].decode()
DEL = '<w:del w:id="%d" w:author="A" w:date="2024-01-01T00:00:00Z">'
def run(seg):
    kind, x = (seg[0], seg[2:]) if seg[1:2] == ':' else ('', seg)
    rpr = {'s': '<w:strike/>', 'd': '<w:dstrike/>', 'c': '<w:rStyle w:val="Gach"/>',
           'o': '<w:strike w:val="0"/>', '^': '<w:vertAlign w:val="superscript"/>',
           '_': '<w:vertAlign w:val="subscript"/>'}.get(kind, '')
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', x)
for k, op in enumerate(ops):
    if op[0] in ('@s', '@t'):
        i = d.index('>%s<' % op[1]); a = d.rfind('<w:tr>', 0, i); b = d.index('</w:tr>', i)
        row = d[a:b]
        if op[0] == '@s':
            row = re.sub(r'<w:r>(<w:rPr>)?', lambda m: '<w:r><w:rPr><w:strike/>' + ('' if m.group(1) else '</w:rPr>'), row)
        else:
            row = re.sub(r'<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">(.*?)</w:t></w:r>',
                         lambda m: DEL % (800 + k) + '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % m.group(1), row)
            row = row.replace('</w:pPr>', '<w:rPr>' + DEL % (700 + k) + '</w:del></w:rPr></w:pPr>')
        d = d[:a] + row + d[b:]
        continue
    old = '<w:t xml:space="preserve">%s</w:t></w:r>' % op[0]
    assert old in d, op[0]
    d = d.replace(old, '<w:t xml:space="preserve"></w:t></w:r>' + ''.join(run(s) for s in op[1:]), 1)
files['word/document.xml'] = d.encode()
if '"Gach"' in d: # the character style that strikes
    st = files['word/styles.xml'].decode()
    st = st.replace('</w:styles>', '<w:style w:type="character" w:styleId="Gach"><w:name w:val="Gach"/><w:rPr><w:strike/></w:rPr></w:style></w:styles>')
    files['word/styles.xml'] = st.encode()
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as o:
    for n, x in files.items():
        o.writestr(n, x)
PYEOF
# edit NAME OPS: the edited .docx imported to NAME.yaml (messages NAME.err,
# status $st)
edit() {
    $PY "$work/dx.py" "$work/out/p.docx" "$work/$1.docx" "$2" || not_ok "setup: the edit $2 failed"
    "$khgen" import "$work/$1.docx" -o "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
has() { grep -qF -- "$2" "$work/$1.yaml"; }

# ---- M1: struck text -------------------------------------------------------
edit m1 '[["Tỷ lệ hộ dùng nước sạch đạt 95% số hộ.", "Tỷ lệ hộ dùng nước sạch đạt ", "s:100%", " 95% số hộ."],
          ["Trồng mới 5 ha rừng phòng hộ.", "Trồng mới ", "d:10", "c:7 ", "5 ha rừng phòng hộ."]]'
if [ "$st" -eq 0 ] && has m1 "- para: Tỷ lệ hộ dùng nước sạch đạt 95% số hộ." &&
    has m1 "# review: struck through in the document, left out of the plan: 100% [KH772]" &&
    has m1 "- para: Trồng mới 5 ha rừng phòng hộ." &&
    has m1 "left out of the plan: 107 [KH772]" &&
    grep -q "warning\[KH772\]: '[^']*m1.docx' has 2 pieces of struck-through text (the first: '100%')" "$work/m1.err"; then
    ok "M1 struck text (w:strike, w:dstrike, a style's) is left out, quoted in a comment, warned"
else
    not_ok "M1 status $st: $(grep -n "Tỷ lệ\|Trồng\|KH772" "$work/m1.yaml" "$work/m1.err" | head -c 700)"
fi

# ---- M2: raised and lowered text -------------------------------------------
edit m2 '[["Xây dựng nhà văn hóa thôn diện tích 200 m2 mỗi nhà.", "Xây dựng nhà văn hóa thôn diện tích 200 m", "^:2", " mỗi nhà."],
          ["Giảm phát thải khí CO2 trong sản xuất nông nghiệp.", "Giảm phát thải khí CO", "_:2", " trong sản xuất nông nghiệp."],
          ["Trồng mới 5 ha rừng phòng hộ.", "Trồng mới 5 ha rừng phòng hộ", "^:(1)", "."]]'
"$khgen" check "$work/m2.yaml" >"$work/m2.check" 2>&1
cst=$?
if [ "$st" -eq 0 ] && [ "$cst" -eq 0 ] && has m2 "- para: Xây dựng nhà văn hóa thôn diện tích 200 m² mỗi nhà." &&
    has m2 "- para: Giảm phát thải khí CO₂ trong sản xuất nông nghiệp." &&
    has m2 "- para: Trồng mới 5 ha rừng phòng hộ(1)." &&
    has m2 "# review: raised (superscript) in the document, printed on the line: (1) [KH772]" &&
    [ "$(grep -c "warning\[KH772\]" "$work/m2.err")" -eq 1 ]; then
    ok "M2 a raised '2' after 'm' is 'm²', a lowered one 'CO₂'; a raised '(1)' is kept, noted, warned"
else
    not_ok "M2 status $st/$cst: $(grep -n "Xây\|CO\|Trồng\|KH772" "$work/m2.yaml" "$work/m2.err" "$work/m2.check" | head -c 700)"
fi

# ---- M3: a Biểu's struck cell and struck row --------------------------------
edit m3 '[["80", "s:85", "80"], ["@s", "Thôn Ba"]]'
if [ "$st" -eq 0 ] && grep -q '^      - \["Thôn Hai", 80, 90\]$' "$work/m3.yaml" &&
    ! grep -q '"Thôn Ba"' "$work/m3.yaml" &&
    grep -A1 '"Thôn Hai", 80, 90' "$work/m3.yaml" | grep -q "left out of the plan: 85 \[KH772\]" &&
    has m3 "left out of the plan: 3 | Thôn Ba | 60 | 85 [KH772]"; then
    ok "M3 a Biểu's struck figure is left out ('85' then '80': 80); a row struck whole is left out, noted"
else
    not_ok "M3 status $st: $(rows m3)"
fi

# ---- T1: a row whose text is all a tracked deletion -------------------------
edit t1 '[["@t", "Thôn Hai"], ["@t", "Thôn Ba"]]'
"$khgen" check "$work/t1.yaml" >"$work/t1.check" 2>&1
if [ "$st" -eq 0 ] && ! grep -q '\["", ""\|c1: "", c2: ""' "$work/t1.yaml" && ! grep -q KH128 "$work/t1.check" &&
    grep -q 'c2: "Thôn Bốn", c3: 70, c4: 80}$' "$work/t1.yaml" && ! grep -q "Thôn Hai\|Thôn Ba" "$work/t1.yaml"; then
    ok "T1 rows whose text is all deleted with Track Changes are left out, no KH128"
else
    not_ok "T1 status $st: $(rows t1) $(grep KH128 "$work/t1.check" | head -c 300)"
fi

# ---- U1: a supporting unit whose name holds a comma ---------------------------
mkdir -p "$work/u1"
cat >"$work/u1/u.yaml" <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, TỈNH BẮC NINH]
  issuer_short: UBND tỉnh
  number: "12"
  code: KH-UBND
  place: Bắc Ninh
  date: 2026-01-15
  title: Xây dựng nông thôn mới năm 2026
opening: UBND tỉnh xây dựng Kế hoạch năm {year}, như sau
units:
  - {id: mttq, name: Ủy ban MTTQ Việt Nam tỉnh}
  - {id: vhttdl, name: "Sở Văn hóa, Thể thao và Du lịch"}
  - {id: xd, name: Sở Xây dựng}
  - {id: cacxa, name: "UBND các xã, phường"}
body:
  - section: NHIỆM VỤ
    items:
      - task: Công tác tuyên truyền
        text: Đẩy mạnh tuyên truyền, vận động Nhân dân.
        lead: mttq
        support: [vhttdl]
        due: ongoing
      - task: Hạ tầng giao thông
        text: Hướng dẫn các xã hoàn thiện tiêu chí giao thông.
        lead: xd
        support: [cacxa]
        due: 2026-Q3
closing: Trên đây là Kế hoạch năm {year} của UBND tỉnh.
recipients: [Các sở, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn An}
EOF
"$khgen" build -f docx -o "$work/u1/out" "$work/u1/u.yaml" >/dev/null 2>&1 || not_ok "setup: U1's plan does not build"
"$khgen" import "$work/u1/out/u.docx" -o "$work/u1.yaml" >/dev/null 2>"$work/u1.err"
st=$?
if [ "$st" -eq 0 ] && [ "$(grep -c '^        support: \[' "$work/u1.yaml")" -eq 2 ] && ! grep -q "lead_note" "$work/u1.yaml" &&
    grep -q '{id: [a-z-]*, name: "Sở Văn hóa, Thể thao và Du lịch"}' "$work/u1.yaml" &&
    grep -q '{id: [a-z-]*, name: "UBND các xã, phường"}' "$work/u1.yaml"; then
    ok "U1 a supporting unit named with a comma ('Sở Văn hóa, Thể thao và Du lịch', 'UBND các xã, phường') is support:, not words"
else
    not_ok "U1 status $st: $(grep -n "support\|lead_note\|Văn hóa\|các xã" "$work/u1.yaml" | head -c 600)"
fi

# ---- P1: khgen's own Biểu 01 (locality-targets) read back ------------------
mkdir -p "$work/p1"
readme_example "$work/p1/ex.yaml"
# (since s46imp, the README's Biểu 01 is read back as the preset itself,
# its rows the localities' data: s46imp P1; a table with the preset's
# columns that is not the preset's, a row of another year, keeps the note)
"$khgen" build -f md -o "$work/p1/out" "$work/p1/ex.yaml" >/dev/null 2>&1 || not_ok "setup: README's example does not build"
sed 's/| 2024 |/| 2025 |/' "$work/p1/out/ex.md" >"$work/p1/other.md"
"$khgen" import "$work/p1/other.md" -o "$work/p1.yaml" >/dev/null 2>"$work/p1.err"
st=$?
if [ "$st" -eq 0 ] && grep -q "^  # review: read from the document's table, its rows written out: its columns are those of preset: locality-targets" "$work/p1.yaml" &&
    grep -q "a preset or rows: {from: ...} would compute them" "$work/m3.yaml"; then
    ok "P1 a Biểu with locality-targets' columns says what its written rows lost and how to tie them again; P1g another table the usual note"
else
    not_ok "P1 status $st: $(grep -n "# review: read from" "$work/p1.yaml" "$work/m3.yaml" | head -c 600)"
fi

# ---- G1 (guard): no marks, a strike turned off -----------------------------
edit g1 '[["Trồng mới 5 ha rừng phòng hộ.", "Trồng mới ", "o:5 ha", " rừng phòng hộ."]]'
"$khgen" diff --no-color "$work/p.yaml" "$work/g1.yaml" >"$work/g1.diff" 2>&1
dst=$?
"$khgen" import "$work/out/p.docx" -o "$work/g0.yaml" >/dev/null 2>"$work/g0.err"
st0=$?
"$khgen" diff --no-color "$work/p.yaml" "$work/g0.yaml" >"$work/g0.diff" 2>&1
dst0=$?
if [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] && [ "$st0" -eq 0 ] && [ "$dst0" -eq 0 ] && ! grep -q KH772 "$work/g1.err" "$work/g0.err"; then
    ok "G1 guard: the plan's .docx, and a run whose strike is off, import as the plan"
else
    not_ok "G1 guard: status $st/$st0, diff $dst/$dst0: $(head -c 500 "$work/g1.diff")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
