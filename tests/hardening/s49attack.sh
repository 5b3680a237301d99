#!/bin/sh
# tests/hardening/s49attack.sh KHGEN WORKDIR - what session 49's outsider
# attacks found (issue 8; reproducers in /tmp/s49attack/ of that session).
# Each case fails at 22d4e000 (session 48's stop) unless it is named a
# guard (a name ending in g):
#  N1  import of a document whose "Số:" line holds a number of 600
#      characters wrote, exit 0, a plan its own check refused (KH115: a
#      number is at most 500 characters): now the number is left blank
#      with KH774 and a '# review:' comment, and the plan checks; so too
#      a code of 600 characters (written KH-UBND), in a .md and a .docx.
#  N2  a Biểu of the locality-targets preset whose place (or target level)
#      is a cell of 600 characters became a locality (a level) of that
#      name, a plan its check refused (KH115): the table is written out as
#      rows, and the plan checks (.md and .docx).
#  P1  import of an 19 KB .docx of ten paragraphs of 1.8 million
#      backslashes wrote, exit 0, a plan of 36 MB its check refused unread
#      (KH002, 32 MiB): now KH752, exit 3, nothing written.
#  T1  KH807 said "more than 64 MiB or 250000 steps" where the budget in
#      force was 250,000 and 64 more a value (252,240 for Bình Trung's
#      seed): a template of 126,121 empty sections (252,242 steps) was
#      refused with a limit it had not passed; now the message says the
#      budget in force; T1g (guard): 126,120 sections build.
#  X1  a .docx's noncharacters (U+FDD0, U+10FFFF) were dropped without a
#      word (a .md's are KH014): now KH014 once, naming the first and how
#      many.
#  F1  full-width letters and marks (U+FF01-U+FF5E other than the digits:
#      'ＵＢＮＤ', '（', '，'), typed or as an escape, printed wide with no
#      word: now KH024 naming the ASCII to write; F1g (guard): the digits'
#      message as it was.
#  I1  init of "UBND. xã Bố Hạ" (a dot after the committee) or "UBNDxã Bố
#      Hạ" (the space lost) wrote a skeleton issued by "XÃ UBND. XÃ BỐ HẠ",
#      "UBND xã UBNDxã Bố Hạ", exit 0: now the place is 'xã Bố Hạ', as
#      for "UBND xã Bố Hạ" (s48review's leftover).
#  S1  two bullets typed ending ';;' were KH039, an error ("these lines are
#      a plan's lines written by a spreadsheet saved as CSV"), the plan not
#      read, where one such line is KH034, a warning: two value lines in a
#      row are no save unless the run holds a line of YAML's own syntax
#      padded ("items:,,") or a quoted one, as a spreadsheet writes.
#  Lg  (guards) one under and one over the limits session 48 did not
#      reach, each over one its diagnostic, exit non-zero, nothing
#      written: a tag of 128/129 attributes in styles.xml, numbering.xml,
#      footnotes.xml, comments.xml, an embedded HTML part; 128/129
#      namespaces in scope; 8,192/8,193 distinct names in a .docx and a
#      .md's HTML table (kept as written, KH764); 2,500,001 tags and
#      5,000,001 tags and quote marks (refused before the parse); the
#      figures' 32 million steps (15,935 / 15,936 distinct counts over
#      1,000 localities) and 64 MiB of listed names (167 / 168 lists of
#      1,000 names of 400 bytes); 63 / 65 MiB of a template's repeats.
. "$(dirname "$0")/timed.sh"
set -u
py=/usr/bin/python3
readme_example "$work/ex.yaml"
"$khgen" build -f md,docx -o "$work/exb" "$work/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the README's example does not build"

# imports NAME FILE: import FILE to NAME.yaml ($si), then check it ($sc)
imports() {
    "$guard" 60 "$khgen" import --force -o "$work/$1.yaml" "$2" >/dev/null 2>"$work/$1.ierr"
    si=$?
    "$khgen" check "$work/$1.yaml" >/dev/null 2>"$work/$1.cerr"
    sc=$?
}

# ---- the documents: a field at a check's limit --------------------------------------
"$py" - "$work" <<'PY'
import sys, zipfile
w = sys.argv[1]
md = open(w + '/exb/ex.md', encoding='utf-8').read()
one = ('ABCDEFGHKLMNPQRSTUVXY' * 40)[:600]
words = ('Nguyễn Thị Hồng ' * 40)[:600]
num = 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND'
def mdv(name, old, new):
    assert old in md, name
    open('%s/%s.md' % (w, name), 'w', encoding='utf-8').write(md.replace(old, new, 1))
mdv('n1num', num, 'Số: %s/KH-UBND' % one)
mdv('n1code', num, 'Số: 12/KH-%s' % one)
mdv('n2loc', '| Xã Đồng Hưu |', '| Xã %s |' % words)
mdv('n2target', '| nông thôn mới | 2024 |  |\n| 2 |', '| %s | 2024 |  |\n| 2 |' % words)
z = zipfile.ZipFile(w + '/exb/ex.docx')
def docxv(name, old, new):
    with zipfile.ZipFile('%s/%s.docx' % (w, name), 'w', zipfile.ZIP_DEFLATED) as o:
        for it in z.infolist():
            data = z.read(it.filename)
            if it.filename == 'word/document.xml':
                d = data.decode()
                assert old in d, name
                data = d.replace(old, new, 1).encode()
            o.writestr(it.filename, data)
dnum = 'Số:      /KH-UBND'
docxv('n1dnum', dnum, 'Số: %s/KH-UBND' % one)
docxv('n1dcode', dnum, 'Số: 12/KH-%s' % one)
docxv('n2dloc', '>Xã Đồng Hưu<', '>Xã %s<' % words)
docxv('x1', '>Rà soát hồ sơ các xã<', '>Rà soát \ufdd0hồ sơ các \U0010ffffxã<')
PY

# ---- N1: a number or code of 600 characters -----------------------------------------
bad=
for c in n1num:md:number n1code:md:code n1dnum:docx:number n1dcode:docx:code; do
    n=${c%%:*} rest=${c#*:}
    ext=${rest%%:*} what=${rest#*:}
    imports "$n" "$work/$n.$ext"
    [ "$si" -eq 0 ] && [ "$sc" -eq 0 ] &&
        grep -q "warning\[KH774\]: the $what is 60[03] characters long, more than the 500" "$work/$n.ierr" &&
        grep -q "# review: the document's $what.* \[KH774\]" "$work/$n.yaml" ||
        bad="$bad [$n: import $si, check $sc: $(grep -o 'error\[KH[0-9]*\]' "$work/$n.cerr" | head -2 | tr '\n' ' ')]"
done
[ -z "$bad" ] && ok "N1 a 'Số:' line of 600 characters (number or code, .md and .docx): KH774, the plan checks" ||
    not_ok "N1:$bad"

# ---- N2: a place or level of 600 characters in a locality-targets Biểu ---------------
bad=
for c in n2loc:md n2target:md n2dloc:docx; do
    n=${c%%:*}
    imports "$n" "$work/$n.${c#*:}"
    [ "$si" -eq 0 ] && [ "$sc" -eq 0 ] && grep -q 'Nguyễn Thị Hồng Nguyễn' "$work/$n.yaml" ||
        bad="$bad [$n: import $si, check $sc: $(grep -o 'error\[KH[0-9]*\]' "$work/$n.cerr" | head -2 | tr '\n' ' ')]"
done
[ -z "$bad" ] && ok "N2 a Biểu's place or target of 600 characters: written as rows, the plan checks" ||
    not_ok "N2:$bad"

# ---- P1: a plan larger than a plan file may be ------------------------------------------
"$py" - "$work" <<'PY'
import sys, zipfile
w = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def para(t):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
body = ''.join(para(t) for t in ('ỦY BAN NHÂN DÂN', 'XÃ YÊN THẾ', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2024',
                                 'I. MỤC ĐÍCH, YÊU CẦU')) + ''.join(para('- ' + '\\' * 1800000) for i in range(10))
with zipfile.ZipFile(w + '/p1.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
               'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
               '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
               'ContentType="application/xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
               'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
               'Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s'
               '</w:body></w:document>' % (W, body))
PY
"$guard" 120 "$khgen" import -o "$work/p1.yaml" "$work/p1.docx" >/dev/null 2>"$work/p1.err"
st=$?
if [ "$st" -eq 3 ] && [ ! -e "$work/p1.yaml" ] &&
    grep -q "error\[KH752\]: '.*p1.docx' would make a plan of [0-9]* bytes, more than the 33554432 bytes" "$work/p1.err"; then
    ok "P1 a .docx whose plan would be 36 MB: KH752, exit 3, nothing written"
else
    not_ok "P1: status $st, $(ls -l "$work/p1.yaml" 2>/dev/null | awk '{print $5}') bytes written, $(head -c 300 "$work/p1.err")"
fi

# ---- T1: KH807 says the budget in force -------------------------------------------------
# sections K: a template plan.md of K empty sections over a name no plan holds
sections() {
    mkdir -p "$work/t$1"
    "$py" -c "import sys; open(sys.argv[2], 'w').write('{{#zz}}{{/zz}}' * int(sys.argv[1]))" "$1" "$work/t$1/plan.md"
    "$guard" 30 "$khgen" build -f md --templates "$work/t$1" -o "$work/t$1/out" plans/binh-trung-2024.yaml \
        >/dev/null 2>"$work/t$1.err"
    st=$?
}
sections 126121
if [ "$st" -eq 1 ] && [ ! -e "$work/t126121/out" ] &&
    grep -q 'error\[KH807\]: the template expands to more than 64 MiB or 252240 steps' "$work/t126121.err"; then
    ok "T1 a template of 126,121 sections: KH807 names the budget in force, 252240 steps"
else
    not_ok "T1: status $st, $(grep -o 'error\[KH807\].\{0,80\}' "$work/t126121.err")"
fi
sections 126120
[ "$st" -eq 0 ] && [ -s "$work/t126120/out/binh-trung-2024.md" ] &&
    ok "T1g (guard) 126,120 sections build" || not_ok "T1g: status $st, $(grep -m1 error "$work/t126120.err")"

# ---- X1: a .docx's noncharacters -------------------------------------------------------
imports x1 "$work/x1.docx"
if [ "$si" -eq 0 ] && [ "$sc" -eq 0 ] &&
    grep -q "warning\[KH014\]: '.*x1.docx': character U+FDD0 left out of the imported plan (2 in the document" "$work/x1.ierr"; then
    ok "X1 a .docx's U+FDD0 and U+10FFFF: KH014 once, the plan checks"
else
    not_ok "X1: import $si, check $sc, $(head -c 300 "$work/x1.ierr")"
fi

# ---- F1: full-width letters and marks -------------------------------------------------
"$py" - "$work" <<'PY'
import sys
w = sys.argv[1]
s = open(w + '/ex.yaml', encoding='utf-8').read()
def v(name, a, b):
    assert a in s, name
    open('%s/%s.yaml' % (w, name), 'w', encoding='utf-8').write(s.replace(a, b, 1))
v('f1a', 'Tham mưu phân bổ nguồn vốn năm {year}.', 'Tham mưu phân bổ nguồn vốn năm {year}（ＮＴＭ）.')
v('f1b', 'code: KH-UBND', 'code: ＫＨ－ＵＢＮＤ')
v('f1c', 'opening: "UBND huyện', 'opening: "\\uFF35BND huyện')
v('f1d', 'Tham mưu phân bổ nguồn vốn năm {year}.', 'Tham mưu phân bổ nguồn vốn năm ２０２４.')
PY
bad=
"$khgen" check "$work/f1a.yaml" >/dev/null 2>"$work/f1a.err"
grep -q "f1a.yaml:49:[0-9]*: warning\[KH024\]: full-width characters '（ＮＴＭ）' .*write them in ASCII: '(NTM)'" "$work/f1a.err" ||
    bad="$bad [f1a: $(head -c 200 "$work/f1a.err")]"
"$khgen" check "$work/f1b.yaml" >/dev/null 2>"$work/f1b.err"
grep -q "f1b.yaml:8:9: warning\[KH024\]: .*'KH-UBND'" "$work/f1b.err" || bad="$bad [f1b: $(head -c 200 "$work/f1b.err")]"
"$khgen" check "$work/f1c.yaml" >/dev/null 2>"$work/f1c.err"
grep -q "warning\[KH024\]: the full-width character U+FF35 written as an escape: .*write 'U'" "$work/f1c.err" ||
    bad="$bad [f1c: $(head -c 200 "$work/f1c.err")]"
[ -z "$bad" ] && ok "F1 full-width letters and marks, typed or as an escape: KH024 naming the ASCII" || not_ok "F1:$bad"
"$khgen" check "$work/f1d.yaml" >/dev/null 2>"$work/f1d.err"
grep -q "warning\[KH024\]: full-width digits '２０２４': no number, date or deadline reads them, and the document prints them wide; write them as digits 0-9: '2024'" "$work/f1d.err" &&
    ok "F1g (guard) full-width digits: the message as it was" || not_ok "F1g: $(head -c 300 "$work/f1d.err")"

# ---- I1: init of "UBND. xã Bố Hạ", "UBNDxã Bố Hạ" ------------------------------------
bad=
for n in 'UBND. xã Bố Hạ' 'UBNDxã Bố Hạ'; do
    rm -f "$work/i1.yaml"
    (cd "$work" && "$khgen" init -o i1.yaml "$n" >/dev/null 2>i1.err)
    st=$?
    [ "$st" -eq 0 ] && grep -q 'issuer: \[ỦY BAN NHÂN DÂN, XÃ BỐ HẠ\]' "$work/i1.yaml" &&
        grep -q "the place is 'xã Bố Hạ'" "$work/i1.err" ||
        bad="$bad [$n: status $st, $(grep 'issuer:' "$work/i1.yaml" 2>/dev/null)]"
done
[ -z "$bad" ] && ok "I1 init of 'UBND. xã Bố Hạ' and 'UBNDxã Bố Hạ': the place is 'xã Bố Hạ'" || not_ok "I1:$bad"

# ---- S1: two bullets typed ending ';;' --------------------------------------------------
"$py" - "$work" <<'PY'
import sys
w = sys.argv[1]
s = open(w + '/ex.yaml', encoding='utf-8').read()
a = 'đạt chuẩn nông thôn mới.\n          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.'
assert a in s
open(w + '/s1.yaml', 'w', encoding='utf-8').write(s.replace(a, a.replace('mới.', 'mới;;').replace('cao.', 'cao;;'), 1))
PY
"$khgen" check "$work/s1.yaml" >/dev/null 2>"$work/s1.err"
st=$?
[ "$st" -eq 0 ] && [ "$(grep -c 'warning\[KH034\]' "$work/s1.err")" -eq 2 ] && ! grep -q KH039 "$work/s1.err" &&
    ok "S1 two bullets typed ending ';;': KH034 at each, not KH039 (a spreadsheet's save)" ||
    not_ok "S1: status $st, $(grep -o '\(error\|warning\)\[KH0[0-9]*\]' "$work/s1.err" | tr '\n' ' ')"

# ---- Lg: the limits, one under and one over (guards) ------------------------------------
mkdir -p "$work/z"
"$py" - "$work/z" <<'PY'
import sys, zipfile
d = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/><Default Extension="html" ContentType="text/html"/></Types>')
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
def rels(items):
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">' +
            ''.join('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i + 1, RT, t, g)
                    for i, (t, g) in enumerate(items)) + '</Relationships>')
def para(t):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
BODY = (para('ỦY BAN NHÂN DÂN') + para('XÃ YÊN THẾ') + para('KẾ HOẠCH') +
        para('Thực hiện nhiệm vụ năm 2024') + para('I. MỤC ĐÍCH, YÊU CẦU') + para('Nâng cao chất lượng.'))
def document(body):
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document %s %s><w:body>%s</w:body></w:document>'
            % (W, R, BODY + body))
def docx(name, body, parts=(), doc_rels=()):
    with zipfile.ZipFile('%s/%s.docx' % (d, name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', rels([('officeDocument', 'word/document.xml')]))
        z.writestr('word/document.xml', document(body))
        if doc_rels:
            z.writestr('word/_rels/document.xml.rels', rels(doc_rels))
        for n, data in parts:
            z.writestr(n, data)
def attrs(n):
    return ''.join(' a%x=""' % i for i in range(n))
head = '# KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n'
for n, tag in ((128, 'u'), (129, 'o')):
    for part in ('styles', 'numbering', 'footnotes', 'comments'):
        docx('a%s_%s' % (tag, part), '', parts=[('word/%s.xml' % part, '<w:%s %s><w:x%s/></w:%s>' % (part, W, attrs(n), part))],
             doc_rels=[(part, '%s.xml' % part)])
    docx('a%s_html' % tag, '<w:altChunk r:id="rId1"/>', parts=[('word/c.html', '<html><body><p%s>x</p></body></html>' % attrs(n))],
         doc_rels=[('aFChunk', 'c.html')])
    # the root declares w and r: n - 2 more in scope
    docx('n%s_doc' % tag, '<w:g%s><w:p/></w:g>' % ''.join(' xmlns:n%d="u"' % j for j in range(n - 2)))
# distinct names: the document's own ten (5 elements, 3 attributes, 2 namespaces) and n more
for n, tag in ((8182, 'u'), (8183, 'o')):
    docx('m%s_doc' % tag, ''.join('<w:e%d/>' % i for i in range(n)))
# the HTML table's own three (table, tr, td)
for n, tag in ((8189, 'u'), (8190, 'o')):
    open('%s/m%s.md' % (d, tag), 'w').write(head + '<table><tr><td>x%s</td><td>y</td></tr></table>\n'
                                            % ''.join('<e%d/>' % i for i in range(n)))
# tags and nodes, one over: refused before the parse
doc = document('')
t0, q0 = doc.count('<'), doc.count('"')
docx('to', '<w:x/>' * (2500001 - t0))
k, rest = divmod(5000001 - t0 - q0, 5)
docx('qo', '<w:x a="" b=""/>' * k + '<w:y/>' * rest)
PY
bad=
# lim NAME STATUS CODE: import of z/NAME exits STATUS, CODE (or none: -) in its messages,
# nothing on stdout when refused
lim() {
    "$guard" 30 "$khgen" import "$work/z/$1" >"$work/z/$1.out" 2>"$work/z/$1.err"
    st=$?
    { [ "$st" -eq "$2" ] && { [ "$3" = - ] && ! grep -q 'KH7[0-9][0-9]' "$work/z/$1.err" ||
        grep -q "$3" "$work/z/$1.err"; } && { [ "$st" -eq 0 ] || [ ! -s "$work/z/$1.out" ]; }; } ||
        bad="$bad [$1: status $st, $(grep -m1 -o '\(error\|warning\)\[KH7[0-9]*\].\{0,100\}' "$work/z/$1.err")]"
}
for p in styles numbering footnotes comments html; do
    lim "au_$p.docx" 0 -
    lim "ao_$p.docx" 3 "error\[KH755\]: .* has a tag of 129 attributes, more than the 128"
done
lim nu_doc.docx 0 -
lim no_doc.docx 3 "error\[KH755\]: .* declares 129 XML namespaces at once, more than the 128"
lim mu_doc.docx 0 -
lim mo_doc.docx 3 "error\[KH755\]: .* uses more than 8192 distinct names"
lim mu.md 0 -
lim mo.md 0 "warning\[KH764\]"
lim to.docx 3 "error\[KH755\]: .* holds more than 2500000 XML tags"
lim qo.docx 3 "error\[KH755\]: .* holds more than 5000000 XML tags and attributes' quote marks"
[ -z "$bad" ] && ok "Lg (guard) markup_cost's and IMPORT_MAX_NODES' limits, one under and one over, in each part" ||
    not_ok "Lg:$bad"

# figures: FIG_WORK_BUDGET and FIG_LIST_MIB, one under and one over; a template's
# 64 MiB of repeats
"$py" - "$work" <<'PY'
import sys
w = sys.argv[1]
h = """khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]
  issuer_short: UBND huyện Yên Thế
  number: ""
  code: KH-UBND
  place: Yên Thế
  date: 2024-01
  title: Triển khai nhiệm vụ năm 2024
opening: "Kế hoạch năm {year}, như sau:"
"""
tail = ("closing: Trên đây là Kế hoạch.\nrecipients: [UBND tỉnh, \"Lưu: VT\"]\nsignature:\n"
        "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
def counts(n, out):
    s = [h, "localities:\n"]
    s += ["  - {id: l%d, name: Xã %d, kind: xã}\n" % (i, i) for i in range(1000)]
    s.append("body:\n  - section: MỤC TIÊU\n    items:\n")
    for p in range(0, n, 50):
        s.append("      - para: \"Số %s.\"\n" % " ".join("{count localities name=X_%d}" % k
                                                     for k in range(p, min(n, p + 50))))
    open(out, "w").write("".join(s) + tail)
def lists(n, out):
    s = [h, "localities:\n"]
    s += ["  - {id: l%d, name: Xa %s, kind: xã}\n" % (i, ("%06d" % i) * 66) for i in range(1000)]
    s.append("body:\n  - section: MỤC TIÊU\n    items:\n")
    s += ["      - para: \"Các xã {list localities kind=xã}.\"\n"] * n
    open(out, "w").write("".join(s) + tail)
counts(15935, w + '/fu.yaml')
counts(15936, w + '/fo.yaml')
lists(167, w + '/lu.yaml')
lists(168, w + '/lo.yaml')
for n in (63, 65):
    import os
    os.makedirs('%s/r%d' % (w, n), exist_ok=True)
    open('%s/r%d/a' % (w, n), 'w').write('x' * (1 << 20) + '\n')
    open('%s/r%d/plan.md' % (w, n), 'w').write('{{>a}}' * n)
PY
bad=
for c in fu:0 lu:0 fo:1 lo:1; do
    n=${c%%:*}
    "$guard" 30 "$khgen" check "$work/$n.yaml" >/dev/null 2>"$work/$n.err"
    st=$?
    [ "$st" -eq "${c#*:}" ] || bad="$bad [$n: status $st]"
    [ "$st" -eq 0 ] || grep -q "error\[KH507\]: the plan's figures cost more than 32 million steps" "$work/$n.err" ||
        bad="$bad [$n: $(grep -m1 error "$work/$n.err" | head -c 200)]"
done
for n in 63 65; do
    "$guard" 30 "$khgen" build -f md --templates "$work/r$n" -o "$work/r$n/out" plans/binh-trung-2024.yaml \
        >/dev/null 2>"$work/r$n.err"
    st=$?
    if [ "$n" = 63 ]; then
        [ "$st" -eq 0 ] && [ -s "$work/r63/out/binh-trung-2024.md" ] || bad="$bad [r63: status $st]"
    else
        [ "$st" -eq 1 ] && [ ! -e "$work/r65/out" ] && grep -q 'error\[KH807\]' "$work/r65.err" ||
            bad="$bad [r65: status $st]"
    fi
done
[ -z "$bad" ] && ok "Lg (guard) the figures' 32 million steps and 64 MiB of names, a template's 64 MiB: one under, one over" ||
    not_ok "Lg figures:$bad"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
