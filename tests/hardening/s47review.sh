#!/bin/sh
# tests/hardening/s47review.sh KHGEN WORKDIR - what session 47's review of
# session 46's src/ changes (87c2fa81..4fc689b2) found, and the cases its
# mutation sweeps asked for (issue 8; reproducers in /tmp/s47review/ of that
# session). Each case fails at 4fc689b2 (session 46's stop) unless it is
# named a guard:
#  P1  khgen's own Biểu 01 read back as `preset: locality-targets`
#      (s46imp, import_preset.c) of a plan whose village "Thôn Đồng Lạc"
#      bears the name of a commune its text names ("xã Đồng Lạc"): the
#      importer's places are one a name, so the row went to the commune:
#      the plan imported printed "Xã Đồng Lạc" (a commune "Thuộc xã Tân
#      Hiệp") under "Cấp xã", its "Cấp thôn" group gone, exit 0. A place
#      of the table is now the locality of that name and that kind.
#  P2  a table that only looks like that Biểu was read as the preset, the
#      preset's rows then printed in place of the writer's, exit 0: a group
#      row titled otherwise ("Các xã đăng ký đạt chuẩn" became "Cấp xã"),
#      no group row (one added), a "Thôn" row under "Tên xã" and "Cấp xã"
#      (a "Cấp thôn" group and "Tên xã, thôn" added). Each is written out
#      now, the table the same when built again.
#  C1  import of a table one column of which is English for sure
#      ("12,500.5") and another holds "1.500", "2.250" alone (1.5 and 2.25
#      as that Excel shows them): they were read 1500 and 2250 silently,
#      the column typed int; now kept as written, KH773 naming the cells,
#      as the same "1.500" in the English column itself is (s46imp F5).
#  Y1  a bullet's text ('bullet: >-') whose first line "Hạn: tháng 6/2024"
#      is outdented to the key's column: YAML reads 'Hạn' as a key and the
#      text as empty; yread_block_outdented read the key's first byte only
#      for a letter past ASCII (s46review's LOW, its yread-019), so 'Hạn'
#      was an unknown key of the usual kind and the bullet "empty" (KH107):
#      now told as the text it is, one KH101 at its line.
# Session 46's unresolved mutants (its sweep of session 45's code); these
# cases are guards, each failing with the mutants named in it:
#  Y2  the same of "Đẩy mạnh tuyên truyền: ..." with a key after it
#      ('lead:', a line below): the outdented line is compared with the key
#      above it, not the one below (yread-024).
#  D1  khgen diff of an edit in a point ("b)"): the hunk's head names it
#      "I.1.b)" (diff_names-094 read past the label's end: "I.1.b").
#  N2  a no-break space after blanks in a line's indentation ("    \u00a0
#      items:", the clause's key taken for the section's), YAML's error 4
#      lines below: named at its line, 40:5 (load_nbsp.c's far scan, read
#      only when the NBSP begins its line till now: load_nbsp-013, -014
#      (the blanks before it not skipped), -018 (the role), -024 (in a
#      text's span) gave another error or none).
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

# table FILE: the Biểu 01 table of a .md (its header row to the blank line)
table() { sed -n '/^| STT/,/^$/p' "$1"; }

# ---- P1: a village named as a commune of the text ----------------------------------------
edited p1 '  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}' \
    '  - {id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2025}
  - {id: thon-dong-lac, name: Đồng Lạc, kind: thôn, parent: tan-hiep, criteria_met: 15, target: ntm, target_year: 2024}'
mkdir -p "$work/p1"
"$khgen" build -f md,docx -o "$work/p1" "$work/p/p1.yaml" >/dev/null 2>&1
grep -q '^| 1 | Thôn Đồng Lạc | Xã Tân Hiệp | 15 |' "$work/p1/p1.md" || bad="$bad [set-up: no Thôn Đồng Lạc in p1.md]"
for x in md docx; do
    "$khgen" import "$work/p1/p1.$x" -o "$work/p1.$x.yaml" >/dev/null 2>"$work/p1.$x.err" || bad="$bad $x:import"
    grep -q '^    preset: locality-targets$' "$work/p1.$x.yaml" || bad="$bad $x:preset"
    grep -q '^  - {id: [a-z0-9-]*, name: Đồng Lạc, kind: thôn, parent: tan-hiep, criteria_met: 15, target: ntm, target_year: 2024}$' \
        "$work/p1.$x.yaml" || bad="$bad $x:[$(grep 'Đồng Lạc' "$work/p1.$x.yaml" | head -2 | tr '\n' '|')]"
    "$khgen" diff "$work/p/p1.yaml" "$work/p1.$x.yaml" >"$work/p1.$x.diff" 2>&1 ||
        bad="$bad $x:diff[$(grep -v '^---\|^+++' "$work/p1.$x.diff" | head -4 | tr '\n' '|')]"
done
verdict "P1 the preset's Biểu 01 read back: 'Thôn Đồng Lạc' beside the text's 'xã Đồng Lạc' stays a thôn of Tân Hiệp, the same plan (.md, .docx)"

# ---- P2: tables that only look like the preset's ----------------------------------------
mkdir -p "$work/p2"
"$khgen" build -f md -o "$work/p2" "$work/p/ex.yaml" >/dev/null 2>&1
"$py" - "$work/p2/ex.md" "$work/p2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
group = '| **I** | **Cấp xã** |  |  |  |  |  |\n'
row3 = '| 3 | Xã Đồng Lạc |'
assert group in s and row3 in s
def put(name, t):
    open(sys.argv[2] + '/' + name + '.md', 'w', encoding='utf-8').write(t)
put('titled', s.replace(group, '| **I** | **Các xã đăng ký đạt chuẩn** |  |  |  |  |  |\n'))
put('nogroup', s.replace(group, ''))
put('village', s.replace(row3, '| 3 | Thôn Đồng Lạc |'))
PY
for n in titled nogroup village; do
    "$khgen" import "$work/p2/$n.md" -o "$work/p2/$n.yaml" >/dev/null 2>"$work/p2/$n.err" || bad="$bad $n:import"
    ! grep -q '^    preset:' "$work/p2/$n.yaml" || bad="$bad $n:preset"
    mkdir -p "$work/p2/$n"
    "$khgen" build -f md -o "$work/p2/$n" "$work/p2/$n.yaml" >/dev/null 2>&1
    table "$work/p2/$n.md" >"$work/p2/$n.want"
    table "$work/p2/$n/$n.md" >"$work/p2/$n.got"
    [ -s "$work/p2/$n.want" ] && cmp -s "$work/p2/$n.want" "$work/p2/$n.got" ||
        bad="$bad $n:[$(diff "$work/p2/$n.want" "$work/p2/$n.got" | grep '^[<>]' | head -3 | tr '\n' '|')]"
done
verdict "P2 a Biểu 01 with a group row titled otherwise, none, or a 'Thôn' under 'Tên xã': written out, the same table built again"

# ---- C1: "1.500" alone in a column of a table English for sure ---------------------------
"$py" - "$work/c1.md" "$work/p2/ex.md" <<'PY'
import sys
s = open(sys.argv[2], encoding='utf-8').read()
i = s.index('\n**Biểu 01**')
t = ('\n**Biểu 02**\n\n**BẢNG VỐN**\n\n| STT | Nội dung | Vốn | Hệ số |\n|:---:|---|:---:|:---:|\n'
     '| 1 | Xã Đồng Hưu | 12,500.5 | 1.500 |\n| 2 | Xã Tân Hiệp | 3,000.25 | 2.250 |\n')
open(sys.argv[1], 'w', encoding='utf-8').write(s[:i] + t + s[i:])
PY
"$khgen" import "$work/c1.md" -o "$work/c1.yaml" >/dev/null 2>"$work/c1.err"
st=$?
[ "$st" = 0 ] && grep -qF -- '- ["Xã Đồng Hưu", 12500.5, "1.500"]' "$work/c1.yaml" &&
    grep -qF -- '- ["Xã Tân Hiệp", 3000.25, "2.250"]' "$work/c1.yaml" &&
    grep -q 'warning\[KH773\]: "1.500" (column 4, row 1), "2.250" (column 4, row 2): written' "$work/c1.err" ||
    bad="$bad [status $st: $(grep -F 'Xã Đồng Hưu", 1' "$work/c1.yaml" | head -1) $(grep -v '^ ' "$work/c1.err" | head -c 300)]"
verdict "C1 import: '1.500', '2.250' alone in a column of a table whose 'Vốn' is '12,500.5': kept as written, KH773 naming them (never 1500 silently)"

# ---- N2: a no-break space after blanks, far above YAML's error ---------------------------
"$py" - "$work/p/ex.yaml" "$work/p/n2.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = "        items:\n          - bullet: Ho"
i, j = s.index(a), s.index("  - section: TỔ")
open(sys.argv[2], 'w', encoding='utf-8').write(
    s[:i] + s[i:j].replace("        items:", "    \u00a0   items:", 1) + "        lead: tckh\n" + s[j:])
PY
"$khgen" check "$work/p/n2.yaml" >/dev/null 2>"$work/n2.err"
st=$?
[ "$st" = 1 ] && [ "$(grep -c 'error\[' "$work/n2.err")" = 1 ] &&
    grep -q "n2.yaml:40:5: error\[KH005\]: YAML syntax error: a no-break space (U+00A0) in the indentation" "$work/n2.err" &&
    grep -q "n2.yaml:44:9: note: YAML noticed it here: did not find expected key" "$work/n2.err" ||
    bad="$bad [status $st: $(grep -v '^ ' "$work/n2.err" | head -c 300)]"
verdict "N2 (guard) a no-break space after four blanks indenting a clause's 'items:', YAML's error 4 lines below: named at 40:5, one error"

# ---- Y1, Y2: a block text's first line outdented to its key ------------------------------
"$py" - "$work/p/ex.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = "          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.\n"
assert a in s
for name, line in (('y1', 'Hạn: tháng 6/2024'), ('y2', 'Đẩy mạnh tuyên truyền: các xã')):
    open(sys.argv[2] + '/' + name + '.yaml', 'w', encoding='utf-8').write(
        s.replace(a, "          - bullet: >-\n            " + line + "\n            lead: tckh\n", 1))
PY
for y in y1 y2; do
    "$khgen" check "$work/p/$y.yaml" >/dev/null 2>"$work/$y.err"
    st=$?
    key=Hạn
    [ "$y" = y2 ] && key="Đẩy mạnh tuyên truyền"
    [ "$st" = 1 ] && ! grep -q 'KH107' "$work/$y.err" &&
        grep -q "$y.yaml:43:13: error\[KH101\]: unknown key '$key' in a body entry: this line is the text of 'bullet' above it (line 42)" "$work/$y.err" ||
        bad="$bad [$y status $st: $(grep -v '^ ' "$work/$y.err" | head -c 300)]"
done
verdict "Y1 'Hạn: tháng 6/2024' under 'bullet: >-' at its key's column: the bullet's text outdented, no KH107; Y2 (guard) the same with a key below it"

# ---- D1: a point's letter in a diff's hunk head ------------------------------------------
"$py" - "$work/p/ex.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = "          - para: (Chi tiết theo {att bieu01} đính kèm).\n"
assert a in s
s = s.replace(a, a + "          - point: Rà soát hồ sơ các xã đăng ký\n          - point: Tổng hợp kết quả thực hiện\n", 1)
open(sys.argv[2] + '/d1.yaml', 'w', encoding='utf-8').write(s)
open(sys.argv[2] + '/d2.yaml', 'w', encoding='utf-8').write(s.replace("Tổng hợp kết quả thực hiện", "Tổng hợp kết quả thực hiện hằng quý"))
PY
"$khgen" diff "$work/p/d1.yaml" "$work/p/d2.yaml" >"$work/d1.out" 2>&1
st=$?
[ "$st" = 1 ] && grep -q '^@@ I\.1\.b) “Tổng hợp kết quả thực hiện hằng quý”: sửa @@$' "$work/d1.out" ||
    bad="$bad [status $st: $(head -c 300 "$work/d1.out")]"
verdict "D1 (guard) khgen diff of an edit in point b): the hunk's head names it 'I.1.b)'"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
