#!/bin/sh
# tests/hardening/lead16.sh KHGEN WORKDIR - two leftovers that session 16's
# engineers met and the lead fixed: `pad=4` of 33 printed "0.033" (a
# thousands dot among the padding zeros, which reads as "nought thousand
# thirty-three", or as a decimal to anyone used to a decimal point), and
# `khgen diff` naming a moved group row by its internal key (`dòng
# "group:Cấp xã"`). Each case fails with the binary before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
ex=$work/p/ex.yaml
py=/usr/bin/python3

# ---- pad=: a padded number is one run of digits ---------------------------------------------
# 33 localities of one kind: pad=4 prints "0033", pad=2 "33", no pad "33";
# 1.234 localities: pad=6 "001234", pad=2 "1.234" (no padding: the dots)
"$py" - "$work/p/pad.yaml" <<'PY'
import sys
out = ['khgen: 1', 'header:', '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]', '  place: A',
       '  date: 2024-01', '  title: Kế hoạch thử', 'units:', '  - {id: vpdp, name: Văn phòng}',
       'localities:']
out += ['  - {id: x%d, name: Thôn %d, kind: thôn}' % (i, i) for i in range(1, 34)]
out += ['  - {id: y%d, name: Bản %d, kind: bản}' % (i, i) for i in range(1, 1235)]
out += ['body:',
        '  - task: "Có {count localities kind=thôn pad=4} thôn ({count localities kind=thôn pad=2}),'
        ' {count localities kind=bản pad=6} bản ({count localities kind=bản pad=2})"',
        '    lead: vpdp']
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
"$khgen" build -f md,html,docx -o "$work/o1" "$work/p/pad.yaml" >/dev/null 2>"$work/o1.err"
s1=$?
want='Có 0033 thôn (33), 001234 bản (1.234)'
if [ "$s1" -eq 0 ] && grep -qF "$want" "$work/o1/pad.md" && grep -qF "$want" "$work/o1/pad.html" &&
    "$py" -c 'import docx,sys; sys.exit(0 if any(sys.argv[2] in p.text for p in docx.Document(sys.argv[1]).paragraphs) else 1)' \
        "$work/o1/pad.docx" "$want"; then
    ok "pad=: 33 padded to 4 is '0033' and 1.234 to 6 '001234' in .md, .html and .docx; unpadded keeps its dots"
else
    not_ok "pad=: status $s1: $(grep -F 'thôn' "$work/o1/pad.md" | head -c 300) $(head -c 300 "$work/o1.err")"
fi

# ---- diff: a moved group row is named as the heading it is ----------------------------------
with_groups "$ex" "$work/p/d1.yaml"
# "Cấp xã" and its rows moved before "Cấp huyện"
"$py" - "$work/p/d1.yaml" "$work/p/d2.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
blk = "      - heading: Cấp xã\n      - {name: Đồng Lạc, n: 5}\n      - {name: Bố Hạ, n: 7}\n"
s = s.replace(blk, "", 1).replace("      - heading: Cấp huyện\n", blk + "      - heading: Cấp huyện\n", 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" diff "$work/p/d1.yaml" "$work/p/d2.yaml" >"$work/o2.out" 2>&1
s2=$?
if [ "$s2" -eq 1 ] && grep -qxF '@@ Biểu 03, mục "Cấp xã": chuyển từ mục II @@' "$work/o2.out" &&
    ! grep -q 'group:' "$work/o2.out"; then
    ok "diff: a moved group row is 'mục \"Cấp xã\"', not its key 'dòng \"group:Cấp xã\"'"
else
    not_ok "diff: status $s2: $(head -c 400 "$work/o2.out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
