#!/bin/sh
# tests/hardening/s42review.sh KHGEN WORKDIR - what session 42's review of
# session 41's src/ changes (654cfcd1..6c9a8488) found (issue 8;
# reproducers in /tmp/s42review/ of that session). Each case fails at
# 6c9a8488 (session 41's stop) unless it is named a guard:
#  H1  a key written again and again below its list (load_dup_pasted,
#      s41review's pasted-plan rule) hashed the first list once for each
#      repeat: a list of 10,000 entries with 10,000 `k: []` (or `k: [{id:
#      vN}]`) below it took 5.4 s of CPU (5,000: 1.2 s; 20,000: over 100
#      s); now linear (0.02 s);
#  M1  the unknown ids of one line, told once (s41msg), were joined in the
#      order the parser met them: `{support: [x, y], lead: z}` was one
#      message at z naming z, x and y, its caret at z alone; now a run
#      reads left to right: x and y at x, z at z;
#  M2  `--output="my dir"` was told to type `--output my dir`, two
#      arguments (s41lead's rule: a command khgen prints runs as printed):
#      the value is one shell word, `--output 'my dir'`;
#  M3  KH037 (a year typed "2.024") fired on counts: "1.950/2.000 hộ" (a
#      report's "đạt x/y"), "từ 1.900 - 2.000 hộ", "mỗi năm 2.000 lượt
#      người"; guard: "năm 2.024", "31/12/2.024", "quý IV/2.024", "giai
#      đoạn 2.021-2.025", "2021 – 2.025" still warned;
#  M4  KH040 (a time typed "08: 00") fired on a heading's number before a
#      range of counts: "Tiêu chí 17: 20 - 25 hộ", "Chỉ tiêu 2: 15 đến 20
#      lớp"; guard: "lúc 8: 30", "08: 00 - 11: 00", "13: 30 – 17h" still
#      warned;
#  M5  KH039's whole-file rule (nine lines in ten ending in ',' or ';' and
#      one line in a cell's form, s41lead's fix) refused a plan of 2,000
#      recipients "- Thôn số N;" with one typed "- Lưu VT;;" as "a plan
#      written by a spreadsheet saved as CSV", the file not read: now a
#      tenth of the padded lines must be in a cell's form (a spreadsheet
#      pads every key's line), and the typo is KH034's warning; guard:
#      README's example saved as CSV with ',' or ';;' is still KH039;
#  L1  (s41review's leftover) KH005's quote-swallow error fired at a
#      continuation line at its key's indentation that starts with any
#      ASCII `word:` ("Email: ubnd@a.vn", which libyaml reads as the
#      value's text and the document prints) and said the document loses
#      it; only a key of the plan language is lost; guard: "Lead:" and
#      "- bullet:" there are still KH005.
# About 23 runs of khgen, a second or two (H1's runs a fraction of one).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
readme_example "$work/ex.yaml"

# a copy of README's example with one more sentence in its paragraph
para() {
    /usr/bin/python3 - "$work/ex.yaml" "$work/$1.yaml" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- para: (Chi tiết theo {att bieu01} đính kèm).'
assert old in s
t = sys.argv[3].replace('\\n', '\n')  # "\n": a line break in the file
s = s.replace(old, '- para: "(Chi tiết theo {att bieu01} đính kèm). %s"' % t)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

# ---- H1: a key written again and again below its list ------------------------------
/usr/bin/python3 - "$work" <<'PY'
import sys
n = 10000
head = 'x:\n  k:\n' + ''.join('    - {id: u%d, name: a}\n' % i for i in range(n))
open(sys.argv[1] + '/h1a.yaml', 'w').write(head + '  k: []\n' * n)
open(sys.argv[1] + '/h1b.yaml', 'w').write(head + ''.join('  k: [{id: v%d}]\n' % i for i in range(n)))
PY
timed_case "H1 a list of 10,000 entries and 10,000 'k: []' below it: linear" "$khgen" check "$work/h1a.yaml"
timed_case "H1 a list of 10,000 entries and 10,000 'k: [{id: vN}]' below it: linear" "$khgen" check "$work/h1b.yaml"

# ---- M1: the unknown ids of one line, left to right ---------------------------------
/usr/bin/python3 - "$work/ex.yaml" "$work/m1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '- para: (Chi tiết theo {att bieu01} đính kèm).'
assert old in s
s = s.replace(old, old + '\n          - {task: Việc mới, support: [qqqx, zzzx], lead: www, due: 2024-05}')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$work/m1.yaml" >/dev/null 2>"$work/m1.err"
line=$(grep -n 'Việc mới' "$work/m1.yaml" | cut -d: -f1)
grep -q "m1\.yaml:$line:[0-9]*: error\[KH202\]: unknown units 'qqqx' and 'zzzx':" "$work/m1.err" ||
    bad="$bad [$(grep KH202 "$work/m1.err" | head -2 | cut -c1-160)]"
grep -q "m1\.yaml:$line:[0-9]*: error\[KH202\]: unknown unit 'www':" "$work/m1.err" ||
    bad="$bad [no message of its own for 'www']"
grep -q "'www', 'qqqx'" "$work/m1.err" && bad="$bad [www joined to the list's ids]"
verdict "M1 '{support: [x, y], lead: z}': x and y told at x, z at z"

# ---- M2: the other form of an option, as one shell word -----------------------------
"$khgen" build --output="my dir" "$work/ex.yaml" >/dev/null 2>"$work/m2.err"
st=$?
[ $st -eq 2 ] || bad="$bad [status $st]"
grep -qF -- "--output 'my dir'" "$work/m2.err" || bad="$bad [$(head -1 "$work/m2.err")]"
"$khgen" check --diagnostics-format 'a b' "$work/ex.yaml" >/dev/null 2>"$work/m2b.err"
grep -qF -- "--diagnostics-format='a b'" "$work/m2b.err" || bad="$bad [$(head -1 "$work/m2b.err")]"
verdict "M2 '--output=my dir' is told '--output 'my dir'', a command that runs as printed"

# ---- M3: KH037 on counts ------------------------------------------------------------
para m3a 'Đến nay đã cấp thẻ cho 1.950/2.000 hộ, đạt 97,5%.'
para m3b 'Hỗ trợ từ 1.900 - 2.000 hộ; mỗi năm 2.000 lượt người được tập huấn.'
for c in m3a m3b; do
    "$khgen" check "$work/$c.yaml" >/dev/null 2>"$work/$c.err"
    st=$?
    [ $st -eq 0 ] || bad="$bad [$c: status $st]"
    grep -q KH037 "$work/$c.err" && bad="$bad [$c: $(grep KH037 "$work/$c.err" | head -1 | cut -c1-120)]"
done
verdict "M3 '1.950/2.000 hộ', 'từ 1.900 - 2.000 hộ', 'mỗi năm 2.000 lượt người' are counts: no KH037"
para m3g 'Năm 2.024, trước 31/12/2.025, quý IV/2.023, giai đoạn 2.021-2.026 và 2020 – 2.027.'
"$khgen" check "$work/m3g.yaml" >/dev/null 2>"$work/m3g.err"
for y in 2.024 2.025 2.023 2.021 2.026 2.027; do
    grep -q "'$y' is the year" "$work/m3g.err" || bad="$bad [no KH037 at $y]"
done
verdict "M3 guard: years by 'năm', a date's and a quarter's '/', 'giai đoạn' and a dash are KH037"

# ---- M4: KH040 on a heading's number before a range of counts -----------------------
para m4a 'Tiêu chí 17: 20 - 25 hộ; chỉ tiêu 2: 15 đến 20 lớp; diện tích 3: 20 - 25ha.'
"$khgen" check "$work/m4a.yaml" >/dev/null 2>"$work/m4a.err"
st=$?
[ $st -eq 0 ] || bad="$bad [status $st]"
grep -q KH040 "$work/m4a.err" && bad="$bad [$(grep KH040 "$work/m4a.err" | head -1 | cut -c1-120)]"
verdict "M4 'Tiêu chí 17: 20 - 25 hộ', 'chỉ tiêu 2: 15 đến 20 lớp' are no times: no KH040"
para m4g 'Họp lúc 8: 30; làm việc 08: 00 - 11: 00 và 13: 30 – 17h.'
"$khgen" check "$work/m4g.yaml" >/dev/null 2>"$work/m4g.err"
for t in '8: 30' '08: 00' '13: 30'; do
    grep -q "'$t' is a time" "$work/m4g.err" || bad="$bad [no KH040 at $t]"
done
verdict "M4 guard: 'lúc 8: 30', '08: 00 - 11: 00', '13: 30 – 17h' are KH040"

# ---- M5: a plan of recipients ending in ';' and one ';;' -----------------------------
/usr/bin/python3 - "$work/ex.yaml" "$work/m5.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]'
assert old in s
rec = '\n'.join('  - Thôn số %d;' % k for k in range(2000))
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, 'recipients:\n' + rec + '\n  - Lưu VT;;'))
PY
"$khgen" check "$work/m5.yaml" >/dev/null 2>"$work/m5.err"
st=$?
[ $st -eq 0 ] || bad="$bad [status $st]"
grep -q KH039 "$work/m5.err" && bad="$bad [$(grep KH039 "$work/m5.err" | cut -c1-120)]"
grep -q 'warning\[KH034\]' "$work/m5.err" || bad="$bad [no KH034 at ';;']"
verdict "M5 2,000 recipients ending in ';' and one ';;': KH034 there, not the file refused as CSV"
for sep in ',' ';;'; do
    /usr/bin/python3 - "$work/ex.yaml" "$work/m5g.yaml" "$sep" <<'PY'
import sys
sep = sys.argv[3]
out = []
for l in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    out.append('"' + l.replace('"', '""') + '"' + sep if (',' in l or '"' in l) else l + sep if l else l)
open(sys.argv[2], 'w', encoding='utf-8').write('\r\n'.join(out))
PY
    "$khgen" check "$work/m5g.yaml" >/dev/null 2>"$work/m5g.err"
    grep -q 'error\[KH039\]: this file is a plan written by a spreadsheet' "$work/m5g.err" ||
        bad="$bad [$sep: $(head -1 "$work/m5g.err" | cut -c1-120)]"
done
verdict "M5 guard: README's example saved as CSV with ',' or ';;' is KH039"

# ---- L1: a continuation line 'word:' at its key's indentation -------------------------
para l1a 'xem\n            Email: ubnd@a.vn.'
"$khgen" check "$work/l1a.yaml" >/dev/null 2>"$work/l1a.err"
st=$?
[ $st -eq 0 ] || bad="$bad [status $st: $(grep KH005 "$work/l1a.err" | head -1 | cut -c1-120)]"
"$khgen" build -f md -o - "$work/l1a.yaml" 2>/dev/null | grep -q 'xem Email: ubnd\\@a\.vn\.' ||
    bad="$bad [the .md does not print the line]"
verdict "L1 'Email: ...' at a quoted value's key indentation is its text: no KH005"
for w in 'Lead: vp' '- bullet: x'; do
    case $w in -*) ind='          ' ;; *) ind='            ' ;; esac
    para l1g "xem\\n$ind$w."
    "$khgen" check "$work/l1g.yaml" >/dev/null 2>"$work/l1g.err"
    grep -q 'error\[KH005\]: the .* that opens this value is closed only on line' "$work/l1g.err" ||
        bad="$bad [$w: $(head -1 "$work/l1g.err" | cut -c1-120)]"
done
verdict "L1 guard: 'Lead:' and '- bullet:' there are KH005"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
