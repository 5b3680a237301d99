#!/bin/sh
# tests/hardening/attack33.sh KHGEN WORKDIR - what session 33's black-box
# attack on what khgen writes (build, new, diff -o, init, convert) found
# (issue 8), as an adversary and as an office:
#  U1  a plan saved as UTF-32 with its BOM (FF FE 00 00, which begins
#      with UTF-16LE's FF FE) was taken for UTF-16LE: `convert` said
#      "converted from UTF-16LE", warned twice a character (U+0000 dropped)
#      and wrote a character past U+FFFF as another (😀 became U+F600, a
#      private-use letter), exit 0; `check` said "the file is UTF-16".
#  U2  UTF-32BE with its BOM, and UTF-32 without a BOM: "cannot tell the
#      encoding". Now legacy.c names UTF-32LE/BE (by the BOM, or by a
#      character's zero high bytes) and converts it exactly; KH003 says
#      UTF-32 (en, vi, JSON); a value past U+10FFFF is no UTF-32.
# Guards (passed before): UTF-16LE converts as before; a Biểu's cells
# that look like formulas, markup and XML (=HYPERLINK, +cmd, @SUM, -1+1,
# <script>, ]]>) are text in every format: the workbook's only formula is
# the totals' SUM, the page has no script, each file parses.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
py=/usr/bin/python3
mkdir -p "$work/u"
readme_example "$work/u/plan.yaml"
# the example with a comment holding a character past U+FFFF and Vietnamese
printf '# ghi chú: Ủy ban 😀 𝑥\n' >>"$work/u/plan.yaml"
# enc NAME CODEC [BOM]: $work/u/plan.yaml re-encoded as $work/u/NAME.yaml
enc() {
    $py - "$work/u/plan.yaml" "$work/u/$1.yaml" "$2" "${3:-}" <<'PY'
import sys
src, dst, codec, bom = sys.argv[1:5]
t = open(src, encoding='utf-8').read()
b = {'le': b'\xff\xfe\x00\x00', 'be': b'\x00\x00\xfe\xff', '16': b'\xff\xfe'}.get(bom, b'')
open(dst, 'wb').write(b + t.encode(codec))
PY
}
enc le32 utf-32-le le
enc be32 utf-32-be be
enc le32n utf-32-le
enc be32n utf-32-be
enc le16 utf-16-le 16
# conv NAME: convert $work/u/NAME.yaml to $work/u/NAME.out; $status, $work/err
conv() {
    rm -f "$work/u/$1.out"
    "$khgen" convert "$work/u/$1.yaml" -o "$work/u/$1.out" >"$work/out" 2>"$work/err"
    status=$?
}
# conv_case NAME CODEC WHAT: converted to exactly plan.yaml's bytes, the
# message naming CODEC, no warning
conv_case() {
    conv "$1"
    if [ $status -eq 0 ] && cmp -s "$work/u/plan.yaml" "$work/u/$1.out" &&
        grep -qF "from $2 to UTF-8" "$work/err" && ! grep -q 'warning' "$work/err"; then
        ok "$3"
    else
        not_ok "$3: status $status, $(head -c 400 "$work/err"); bytes: $(cmp "$work/u/plan.yaml" "$work/u/$1.out" 2>&1 | head -c 200)"
    fi
}
conv_case le32 UTF-32LE "U1 convert: UTF-32LE with its BOM converted exactly (😀 kept, no U+0000 warnings), named UTF-32LE"
conv_case be32 UTF-32BE "U2 convert: UTF-32BE with its BOM converted exactly"
conv_case le32n UTF-32LE "U2 convert: UTF-32LE without a BOM recognised and converted exactly"
conv_case be32n UTF-32BE "U2 convert: UTF-32BE without a BOM recognised and converted exactly"
conv_case le16 UTF-16LE "guard: UTF-16LE with its BOM converts as before (a character past U+FFFF a surrogate pair)"

# U1: check names the encoding and the command, in en, vi and JSON
check_says "U1 check: a UTF-32 plan is KH003 'the file is UTF-32' with the convert command, at 1:1" \
    "$work/u/le32.yaml" 1 "le32.yaml:1:1: error[KH003]: the file is UTF-32, not UTF-8; convert it with: khgen convert --force"
"$khgen" check --lang vi "$work/u/be32.yaml" >/dev/null 2>"$work/err"
if grep -qF 'error[KH003]: tệp được lưu dạng UTF-32, không phải UTF-8; hãy chuyển đổi bằng lệnh: khgen convert --force' "$work/err"; then
    ok "U1 check --lang vi: KH003 in Vietnamese says UTF-32"
else
    not_ok "U1 check --lang vi: $(head -c 400 "$work/err")"
fi
"$khgen" check --diagnostics-format=json "$work/u/le32n.yaml" >/dev/null 2>"$work/err"
if $py -c '
import json, sys
d = [json.loads(l) for l in open(sys.argv[1])]
assert len(d) == 1 and d[0]["code"] == "KH003" and d[0]["line"] == 1 and "UTF-32" in d[0]["message"], d
' "$work/err" 2>/dev/null; then
    ok "U1 check --diagnostics-format=json: one KH003 object saying UTF-32"
else
    not_ok "U1 json: $(head -c 400 "$work/err")"
fi

# U2: a value past U+10FFFF (or a surrogate) is no UTF-32: nothing written
printf '\377\376\000\000k\000\000\000\000\000\021\000\n\000\000\000' >"$work/u/bad32.yaml"
conv bad32
if [ $status -eq 1 ] && [ ! -e "$work/u/bad32.out" ] && grep -qF 'UTF-32LE' "$work/err"; then
    ok "U2 convert: UTF-32 holding U+110000 refused (exit 1, named), nothing written"
else
    not_ok "U2 bad32: status $status, $(head -c 300 "$work/err"), written: $(ls "$work/u/bad32.out" 2>&1)"
fi

# ---- guard: cells that look like formulas, markup, XML ------------------
mkdir -p "$work/g"
readme_example "$work/g/h.yaml"
sed -i 's|(Chi tiết theo {att bieu01} đính kèm).|(Chi tiết theo {att bieu01 bieu03} đính kèm).|' "$work/g/h.yaml"
cat >>"$work/g/h.yaml" <<'YAML'
  - id: bieu03
    label: Biểu 03
    title: "Số liệu <script>alert(1)</script> ]]> &amp;"
    columns:
      - stt
      - {key: name, header: "=SUM(A1:A9)"}
      - {key: n, header: Số hộ, type: int, total: true}
    rows:
      - {name: "=HYPERLINK(\"http://x\";\"y\")", n: 1}
      - {name: "+cmd|' /C calc'!A0", n: 2}
      - {name: "@SUM(1+1)", n: 3}
      - {name: "-1+1", n: 4}
      - {name: "<img src=x onerror=alert(1)> ]]> <![CDATA[x]]>", n: 5}
    totals: Tổng cộng
YAML
"$khgen" build -o "$work/g/o" "$work/g/h.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ $status -eq 0 ] && $py - "$work/g/o" <<'PY' 2>"$work/pyerr"
import sys, zipfile, re, html.parser
from lxml import etree
o = sys.argv[1]
for f in ('h.docx', 'h.xlsx'):
    z = zipfile.ZipFile(o + '/' + f)
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            etree.fromstring(z.read(n))
import openpyxl
wb = openpyxl.load_workbook(o + '/h.xlsx')
ws = wb['Biểu 03']
forms = [c.value for r in ws.iter_rows() for c in r if c.data_type == 'f']
assert forms == ['=SUM(C6:C10)'] or (len(forms) == 1 and forms[0].startswith('=SUM(')), forms
vals = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
for want in ('=HYPERLINK("http://x";"y")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-1+1', '=SUM(A1:A9)'):
    assert want in vals, (want, vals)
class P(html.parser.HTMLParser):
    bad = []
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'img') or any(k.startswith('on') for k, v in attrs):
            self.bad.append(tag)
for f in ('h.html',):
    p = P(); p.feed(open(o + '/' + f, encoding='utf-8').read())
    assert not p.bad, p.bad
PY
then
    ok "guard: formula-, markup- and XML-like cells are text in every format (one SUM formula, no script, each part parses)"
else
    not_ok "guard hostile cells: status $status, $(head -c 300 "$work/err") $(tail -c 400 "$work/pyerr" 2>/dev/null)"
fi

echo "$pass passed, $fail failed"
