#!/bin/sh
# tests/hardening/s43attack.sh KHGEN WORKDIR - what session 43's outsider
# attack found over sessions 41 and 42's additions: rules warning on
# correct plans, the slip a rule is for missed, and the Word importer
# misreading a plan as officials write it (reproducers in /tmp/s43attack/
# of that session). Each case fails at main d5be71a7 unless named a guard:
#  T1  KH040 (a time typed "08: 00") warned at a map's scale, "Bản đồ tỷ
#      lệ từ 1: 5.000 đến 1: 10.000", "tỷ lệ 1: 5 đến 1: 10 nghìn" (the
#      second side after "đến" read as a time; s42attack's leftover);
#      now a ratio's sentence and a number grouped in thousands are no
#      time;
#  T2  "Làm việc 08: 00 - 11: 00 hằng ngày" warned at the first time
#      only (s42attack's leftover): the time after a dash whose other
#      side is a time warns too; T2b (guard) "lúc 08: 00" still warns and
#      "Chỉ tiêu 17: 25 - 30 xã" stays silent;
#  C1  KH136 (a paragraph in capitals) warned at a campaign's slogans
#      quoted and numbered as a list prints them ("1. “NHIỆT LIỆT CHÀO
#      MỪNG ...”", "- “...”") and at one in single quotes ('‘...’'); a
#      quote is printed as written; C1b (guard) the same words unquoted
#      after "1." still warn;
#  B1  import: "Xét đề nghị của ...", "Theo đề xuất của ..." after the
#      bases (the wordings "Theo đề nghị" has beside it, which session 42
#      read as the last basis) were read as the opening, the real opening
#      a paragraph of the body; now the last basis, the opening the
#      plan's;
#  S1  import: a signature table whose first row holds the lines above the
#      signature ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") over an empty cell,
#      and whose second holds "Nơi nhận" and the signer's name: the lines
#      were joined to the closing ("... của UBND xã. TM. ỦY BAN NHÂN DÂN
#      CHỦ TỊCH./."), the name read as the signature's only line, exit 0
#      and no warning; now the signature as the plan's. S1g (guard): the
#      name in a row of its own, a blank row between, the signature typed
#      as paragraphs above or below "Nơi nhận" import as the plan.
#  U1  import: the issuer's last line underlined whole ("XÃ ĐỒNG HƯU", the
#      short rule Nghị định 30 puts under the issuer typed as an
#      underline) was a note and a warning (KH759) telling to underline
#      it by hand, over the rule khgen prints; now no note, as the motto's
#      underline; U1g (guard): part of the line underlined is still noted.
#  X1  README's example saved by Excel as "Text (Tab delimited)" (each line
#      a cell, split at its commas, padded with tabs): KH005 "indent with
#      spaces, not tabs" at line 3, naming neither the save nor what to do
#      (s42attack's leftover); now KH039 as a CSV save is; X1b (guard) the
#      CSV save is still KH039, a plan with tabs after a few values loads;
#  N1  `number: 2_024` (YAML 1.1's digit separator) printed "Số:
#      2_024/KH-UBND", exit 0 (s42attack's leftover); now KH108 as "2,5".
# About 25 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
readme_base
cd "$work/p" || exit 2

# paras NAME TEXT...: README's example with a paragraph of each TEXT under
# "Cấp xã" (in double quotes), checked; the messages in $work/NAME.out
paras() {
    name=$1
    shift
    $PY - "$work/p/ex.yaml" "$work/p/$name.yaml" "$@" <<'PY'
import json, sys
s = open(sys.argv[1], encoding='utf-8').read()
anchor = '          - para: (Chi tiết theo {att bieu01} đính kèm).'
if anchor not in s:
    sys.exit('paras: the anchor is not in the example')
add = ''.join('\n          - para: %s' % json.dumps(t, ensure_ascii=False) for t in sys.argv[3:])
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(anchor, anchor + add, 1))
PY
    "$khgen" check --max-errors 0 "$work/p/$name.yaml" >"$work/$name.out" 2>&1
    st=$?
}
# count NAME CODE: the warnings CODE in NAME's messages
count() { grep -c "warning\[$2\]" "$work/$1.out"; }

# ---- T1, T2: KH040 ---------------------------------------------------------
paras t1 'Bản đồ tỷ lệ từ 1: 5.000 đến 1: 10.000.' 'Bản đồ quy hoạch tỷ lệ 1: 5 đến 1: 10 nghìn.' \
    'Tỷ lệ bản đồ từ 1: 2.000 - 1: 10.000.'
if [ "$st" -eq 0 ] && [ "$(count t1 KH040)" -eq 0 ]; then
    ok "T1 KH040 is silent on a map's scale ('tỷ lệ từ 1: 5.000 đến 1: 10.000')"
else
    not_ok "T1 status $st, $(grep -A1 KH040 "$work/t1.out" | head -c 800)"
fi
paras t2 'Làm việc 08: 00 - 11: 00 hằng ngày.' 'Trực 13:30 – 17: 00 các ngày.'
if [ "$(count t2 KH040)" -eq 3 ] && grep -q "'11: 00' is a time .* write '11:00'" "$work/t2.out" &&
    grep -q "'17: 00' is a time .* write '17:00'" "$work/t2.out"; then
    ok "T2 the time after a dash beside a time warns too ('08: 00 - 11: 00')"
else
    not_ok "T2 $(count t2 KH040) KH040, $(grep KH040 "$work/t2.out" | head -c 800)"
fi
paras t2b 'Họp lúc 08: 00 ngày 15/3.' 'Chỉ tiêu 17: 25 - 30 xã đạt chuẩn.' 'Tỷ lệ hộ nghèo giảm 1: 20 - 25%.'
if [ "$(count t2b KH040)" -eq 1 ] && grep -q "'08: 00' is a time" "$work/t2b.out"; then
    ok "T2b guard: 'lúc 08: 00' warns, counts after a label stay silent"
else
    not_ok "T2b guard: $(count t2b KH040) KH040, $(grep KH040 "$work/t2b.out" | head -c 800)"
fi

# ---- C1: KH136 on a slogan quoted in a list --------------------------------
paras c1 '1. “NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XXI”!' \
    '- “NHIỆT LIỆT CHÀO MỪNG NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC”;' \
    '‘TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA’'
if [ "$st" -eq 0 ] && [ "$(count c1 KH136)" -eq 0 ]; then
    ok "C1 KH136 is silent on slogans quoted after a list's label and in single quotes"
else
    not_ok "C1 status $st, $(grep -A1 KH136 "$work/c1.out" | head -c 600)"
fi
paras c1b '1. NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XXI'
if [ "$(count c1b KH136)" -eq 1 ]; then
    ok "C1b guard: the words unquoted after '1.' still warn"
else
    not_ok "C1b guard: $(count c1b KH136) KH136, $(head -c 600 "$work/c1b.out")"
fi

# ---- X1: a plan saved as tab-delimited text --------------------------------
$PY - "$work/p/ex.yaml" "$work/p" <<'PY'
import csv, io, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
rows = list(csv.reader(io.StringIO('\n'.join(lines))))   # Excel opens it, a cell a comma
w = max(len(r) for r in rows)
for name, sep in (('tsv', '\t'), ('csv', ',')):
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator='\r\n').writerows(r + [''] * (w - len(r)) for r in rows)
    open('%s/%s.yaml' % (sys.argv[2], name), 'w', encoding='utf-8').write(out.getvalue())
tabbed = [l + '\t' if l.startswith('  place:') or l.startswith('  code:') else l for l in lines]
open(sys.argv[2] + '/tabs.yaml', 'w', encoding='utf-8').write('\n'.join(tabbed))
PY
for f in tsv csv tabs; do "$khgen" check "$work/p/$f.yaml" >"$work/$f.out" 2>&1; eval "st_$f=\$?"; done
if [ "$st_tsv" -eq 1 ] && grep -q "error\[KH039\]: this file is a plan written by a spreadsheet saved as CSV or as tab-separated" "$work/tsv.out" &&
    ! grep -q KH005 "$work/tsv.out"; then
    ok "X1 a plan saved as tab-delimited text is KH039, not KH005"
else
    not_ok "X1 status $st_tsv, $(head -c 500 "$work/tsv.out")"
fi
if [ "$st_csv" -eq 1 ] && grep -q "error\[KH039\]" "$work/csv.out" && [ "$st_tabs" -eq 0 ]; then
    ok "X1b guard: the CSV save is KH039, tabs after two values load"
else
    not_ok "X1b guard: csv $st_csv, tabs $st_tabs: $(head -c 500 "$work/tabs.out")"
fi

# ---- N1: a header number with YAML 1.1's digit separator -------------------
edited n1 'number: ""' 'number: 2_024'
"$khgen" check "$work/p/n1.yaml" >"$work/n1.out" 2>&1
if [ $? -eq 1 ] && grep -q "error\[KH108\]: 'number' '2_024'" "$work/n1.out"; then
    ok "N1 'number: 2_024' is KH108"
else
    not_ok "N1 $(head -c 500 "$work/n1.out")"
fi

# ---- the importer: a plan's .docx edited as officials write it ------------
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
  title: Phòng chống thiên tai năm 2024
bases:
  - text: Căn cứ Luật Phòng, chống thiên tai năm 2013
  - text: Căn cứ tình hình thực tế của địa phương
opening: UBND xã xây dựng Kế hoạch phòng chống thiên tai năm {year}, như sau
body:
  - section: MỤC TIÊU
    items:
      - para: Rà soát các hộ ở vùng trũng, ven sông và ven đồi trước mùa mưa bão.
closing: Trên đây là Kế hoạch phòng chống thiên tai năm {year} của UBND xã.
recipients: [UBND huyện, Các thôn, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn An}
EOF
"$khgen" build -f docx -o "$work/out" "$work/p.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the suite's plan does not build"
# dx OUT OP: the plan's .docx edited, written to OUT:
#   basis:TEXT  a paragraph TEXT in the bases' style after the last basis
#   sigA/B/C    the signature table's right cell cut in rows: A the name in
#               a second row; B the lines above the signature in a first
#               row over an empty cell, "Nơi nhận" and the name in the
#               second; C a blank row between the lines and the name
#   sigD/E      no table: the signature's paragraphs above "Nơi nhận" (D)
#               or below it (E)
#   uissuer:A|B the issuer's line "XÃ ĐỒNG HƯU" as runs A and B, B underlined
cat >"$work/dx.py" <<'PYEOF'
import sys, re, zipfile
src, dst, op = sys.argv[1], sys.argv[2], sys.argv[3]
z = zipfile.ZipFile(src)
files = {n: z.read(n) for n in z.namelist()}
d = files['word/document.xml'].decode()
i = d.index('Nơi nhận'); a = d.rfind('<w:tbl>', 0, i); b = d.index('</w:tbl>', i) + 8
tbl = d[a:b]
lparas, rparas = [re.findall(r'<w:p>.*?</w:p>', c, re.S) for c in re.findall(r'<w:tc>.*?</w:tc>', tbl, re.S)]
def cell(ps, w):
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (w, ''.join(ps) or '<w:p/>')
def P(t, jc='left'):
    return '<w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p>' % (jc, '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % t if t else '')
kind, _, arg = op.partition(':')
if kind == 'uissuer':
    x, y = arg.split('|')
    run = '<w:r><w:t xml:space="preserve">XÃ ĐỒNG HƯU</w:t></w:r>'
    u = '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % y
    d = d.replace(run, ('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % x if x else '') + u, 1)
elif kind == 'basis':
    last = 'Căn cứ tình hình thực tế của địa phương.</w:t></w:r></w:p>'
    d = d.replace(last, last.replace('phương.', 'phương;') +
                  '<w:p><w:pPr><w:pStyle w:val="KHBasis"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % arg, 1)
elif kind in ('sigA', 'sigB', 'sigC'):
    rows = {'sigA': [[lparas, rparas[:3]], [[], rparas[3:]]],
            'sigB': [[[], rparas[:2]], [lparas, rparas[2:]]],
            'sigC': [[lparas, rparas[:2]], [[], ['<w:p/>'] * 3], [[], rparas[3:]]]}[kind]
    head = tbl[:tbl.index('<w:tr>')]
    d = d[:a] + head + ''.join('<w:tr>' + cell(r[0], 4210) + cell(r[1], 5145) + '</w:tr>' for r in rows) + '</w:tbl>' + d[b:]
else:
    rec = [P('Nơi nhận:'), P('- UBND huyện;'), P('- Các thôn;'), P('- Lưu: VT.')]
    sig = [P('TM. ỦY BAN NHÂN DÂN', 'center'), P('CHỦ TỊCH', 'center'), P(''), P(''), P('Nguyễn Văn An', 'center')]
    d = d[:a] + ''.join(sig + rec if kind == 'sigD' else rec + sig) + d[b:]
files['word/document.xml'] = d.encode()
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as o:
    for n, x in files.items():
        o.writestr(n, x)
PYEOF
# edit NAME OP: the edited .docx imported to NAME.yaml (messages NAME.err,
# status $st) and diffed with the plan (NAME.diff, status $dst)
edit() {
    $PY "$work/dx.py" "$work/out/p.docx" "$work/$1.docx" "$2" || not_ok "setup: the edit $2 failed"
    "$khgen" import "$work/$1.docx" -o "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
    "$khgen" diff --no-color "$work/p.yaml" "$work/$1.yaml" >"$work/$1.diff" 2>&1
    dst=$?
}

# ---- B1: the proposal after the bases --------------------------------------
edit b1 'basis:Xét đề nghị của Trưởng Công an xã tại Tờ trình số 12/TTr-CA ngày 05/01/2024.'
edit b1b 'basis:Theo đề xuất của Công chức Văn hóa - Xã hội xã.'
if [ "$st" -eq 0 ] && grep -q "^opening: UBND xã xây dựng Kế hoạch" "$work/b1.yaml" &&
    grep -q "^  - text: Xét đề nghị của Trưởng Công an xã" "$work/b1.yaml" &&
    grep -q "^opening: UBND xã xây dựng Kế hoạch" "$work/b1b.yaml" &&
    grep -q "^  - text: Theo đề xuất của Công chức" "$work/b1b.yaml" &&
    ! grep -q "Mở đầu" "$work/b1.diff" "$work/b1b.diff"; then
    ok "B1 'Xét đề nghị ...', 'Theo đề xuất ...' after the bases are the last basis"
else
    not_ok "B1 $(grep -n "^opening\|Xét\|Theo" "$work/b1.yaml" "$work/b1b.yaml" | head -c 600)"
fi

# ---- S1: the signature table's rows in another order -----------------------
edit s1 sigB
if [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] && ! grep -q "review: paragraphs after the closing" "$work/s1.yaml"; then
    ok "S1 the lines above the signature in a row of their own are the signature's, not the closing's"
else
    not_ok "S1 status $st, diff $dst: $(head -c 700 "$work/s1.diff")"
fi
bad=
for v in sigA sigC sigD sigE; do
    edit "g$v" "$v"
    [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] || bad="$bad $v($st/$dst)"
done
if [ -z "$bad" ]; then
    ok "S1g guard: the signature cut in rows, or typed above or below 'Nơi nhận', imports as the plan"
else
    not_ok "S1g guard:$bad"
fi

# ---- U1: the issuer's line underlined whole ---------------------------------
edit u1 'uissuer:|XÃ ĐỒNG HƯU'
if [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] && ! grep -q "KH759" "$work/u1.err"; then
    ok "U1 the issuer's line underlined whole is the rule under it: no note"
else
    not_ok "U1 status $st, diff $dst: $(head -c 600 "$work/u1.err")"
fi
edit u1g 'uissuer:XÃ |ĐỒNG HƯU'
if grep -q "warning\[KH759\]: the issuer's line is underlined" "$work/u1g.err"; then
    ok "U1g guard: part of the issuer's line underlined is still a note"
else
    not_ok "U1g guard: $(head -c 600 "$work/u1g.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
