#!/bin/sh
# tests/hardening/s51cycle.sh KHGEN WORKDIR - the leftovers of session 50's
# merged commune and 2025 reorganisation (s50merge, s50reform), and a
# merged xã's office working through its yearly cycle (import, new,
# a shared registry, diff). Each case fails at 08f292d0 (session 50's
# stop) unless it is named a guard:
#  L1   `{list localities kind=thôn target=ntm-km}` in a xã merged from two
#       old xã, each with a "Thôn 1", printed "Thôn 1, Thôn 2, Thôn 1" with
#       exit 0 (KH218 read {loc} and {loc-kind} only); now KH218 at the
#       figure, naming both ids.
#  L2   a table's column of a task's localities printed "Thôn 1, Thôn 1"
#       with exit 0; now KH218 at the column, naming the row.
#  L1g  (guard) a list of one old xã's places, a task of two names, a list
#       of KH257's twins (one kind, one parent: KH257 at the registry) give
#       no KH218: kills a KH218 on any list, or on KH257's twins.
#  G1   a Biểu of a merged xã's plan for 2027 grouped by old xã (`group_by:
#       parent`) titled its groups "Hương Vĩ", "Bình Trung"; now "Xã Hương
#       Vĩ (cũ)", "Xã Bình Trung (cũ)", as an office writes them, in the
#       .md, .html, .docx (python-docx) and .xlsx (openpyxl).
#  G2   the merged xã kept an old one's name (xã Bình Trung, from Bình
#       Trung and Song Giáp): both old xã are "(cũ)", its namesake too.
#  G1g  (guard) a drafter's group_titles win; a xã's plan whose registry
#       holds only itself, a xã's plan of 2025, and a huyện's plan of 2024
#       grouping thôn by xã print the bare names as before: kills a "(cũ)"
#       added to any parent.
#  R1   a plan for 2026 naming "Ủy ban Dân tộc", "Ban Dân tộc tỉnh", "Sở
#       Ngoại vụ tỉnh" built clean; now KH182: Bộ Dân tộc và Tôn giáo
#       (Nghị quyết 176/2025/QH15) for the first, and for the others where
#       their work went and "check your province's decision" (Nghị định
#       45/2025/NĐ-CP: no one successor in every province); in Vietnamese
#       too.
#  R1g  (guard) "Ban Dân tộc HĐND tỉnh", "Ban Dân tộc - HĐND tỉnh" (the
#       People's Council's board, which stays), "Sở Dân tộc và Tôn giáo",
#       "Bộ Dân tộc và Tôn giáo" and "ủy ban dân tộc" in small letters
#       give no KH182.
#  R2   an issuer whose department is broken over two lines ("SỞ NÔNG
#       NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN") built clean; now KH182 at the
#       first line, the name read whole; (guard) "SỞ NÔNG NGHIỆP VÀ" /
#       "MÔI TRƯỜNG", the new name broken so, gives none.
#  N1   `khgen new` from a plan of 2025 to 2026 counted KH181's values in
#       its summary, not KH182's; now a line counts those too.
#  W1   the cycle: seed 002 imported, `new --year 2027`, a shared registry
#       `include`d from ../../chung, checked (KH218 at the list of both
#       "Thôn 1"), built ("Xã Song Giáp (cũ)"), and `khgen diff` against the
#       imported plan of 2024 (exit 1, the list's bullet shown added).
#  D1   the cycle of the district's seed (000, Yên Thế): its units "Phòng
#       Tài chính - Kế hoạch", "Phòng Nông nghiệp và PTNT", copied into a
#       commune's plan for 2027, and recipients "Phòng Tư pháp", "Phòng
#       GD&ĐT" built with no word (KH181 read only names with "huyện"): a
#       district's office no commune has; now KH181 at each, naming the
#       commune's offices (Nghị định 150/2025/NĐ-CP).
#  D1g  (guard) a xã's own offices ("Phòng Kinh tế", "Phòng Văn hóa - Xã
#       hội", "Văn phòng HĐND và UBND xã"), the same district offices in a
#       province's plan for 2026 and in a xã's of 2025: no KH181.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s51cycle
cd "$work" || exit 2

# edit IN OUT OLD=>NEW...: IN with each OLD replaced once by NEW, as OUT
edit() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for e in sys.argv[3:]:
    old, new = e.split('=>', 1)
    if old not in s:
        sys.exit('edit: no %r' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

# ---- L1, L2: a list printing two places alike is KH218 ----------------------------
"$khgen" check "$here/f1.yaml" >l.out 2>&1
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [check exit $st]"
grep -qF "f1.yaml:43:76: warning[KH218]: this '{list}' prints 'Thôn 1' for both 'thon-1' and 'bt-thon-1'" l.out ||
    bad="$bad [no KH218 at the figure]"
if [ -z "$bad" ]; then
    ok "L1 '{list localities kind=thôn ...}' printing 'Thôn 1, Thôn 2, Thôn 1' is KH218 at the figure, naming both ids"
else
    not_ok "L1:$bad $(head -c 600 l.out)"
fi
if grep -qF "f1.yaml:79:15: warning[KH218]: the column 'localities' of Biểu 02 prints 'Thôn 1' for both 'thon-1' and 'bt-thon-1' (row 1)" l.out; then
    ok "L2 a table's column of a task's localities printing 'Thôn 1, Thôn 1' is KH218 at the column, naming the row"
else
    not_ok "L2: $(grep KH218 l.out | head -c 600)"
fi
grep 'warning\[KH218\]' l.out | grep -e 'f1.yaml:44:' -e 'dong-tam' -e '(row 2)' >l.guard
if [ ! -s l.guard ] && grep -qF "warning[KH257]: locality 'dong-tam-copy'" l.out; then
    ok "L1g guard: a list of one old xã's places, a task of two names, a list of KH257's twins: no KH218 (KH257 kept)"
else
    not_ok "L1g: $(head -c 600 l.guard)"
fi

# ---- G1: a group of an old xã is titled "Xã Hương Vĩ (cũ)" ------------------------
# titles FILE.yaml DIR: the group rows of Biểu 01 as each back end prints them,
# one line a back end ("md: I Xã ... | II Xã ..."), in DIR/titles
titles() {
    "$khgen" build -f md,html,docx,xlsx -o "$2" "$1" >"$2.out" 2>&1 || echo "build exit $?" >>"$2.out"
    b=$(basename "$1" .yaml)
    /usr/bin/python3 - "$2/$b" >"$2/titles" 2>&1 <<'PY'
import re, sys, html
base = sys.argv[1]
md = open(base + '.md', encoding='utf-8').read()
part = md[md.index('**Biểu 01**'):]
part = part[:part.index('\n---\n')] if '\n---\n' in part else part
print('md:', ' | '.join('%s %s' % m for m in re.findall(r'^\| \*\*([IVX]+)\*\* \| \*\*(.+?)\*\* \|', part, re.M)))
h = open(base + '.html', encoding='utf-8').read()
h = h[h.index('Biểu 01'):]
cells = [html.unescape(re.sub(r'<[^>]+>', '', c)).strip() for c in re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', h, re.S)]
print('html:', ' | '.join('%s %s' % (cells[i], cells[i + 1]) for i in range(len(cells) - 1) if re.fullmatch(r'[IVX]+', cells[i])))
import docx
d = docx.Document(base + '.docx')
rows = []
for t in d.tables:
    for r in t.rows:
        c = [x.text.strip() for x in r.cells]
        if len(c) > 1 and re.fullmatch(r'[IVX]+', c[0]):
            rows.append('%s %s' % (c[0], c[1]))
    if rows:
        break
print('docx:', ' | '.join(rows))
import openpyxl
ws = openpyxl.load_workbook(base + '.xlsx').worksheets[0]
print('xlsx:', ' | '.join('%s %s' % (r[0], r[1]) for r in ws.iter_rows(values_only=True)
                         if isinstance(r[0], str) and re.fullmatch(r'[IVX]+', r[0])))
PY
}
mkdir -p g1
titles "$here/f1.yaml" g1
want='I Xã Hương Vĩ (cũ) | II Xã Bình Trung (cũ)'
bad=
for be in md html docx xlsx; do
    grep -qxF "$be: $want" g1/titles || bad="$bad [$be]"
done
if [ -z "$bad" ]; then
    ok "G1 a merged xã's Biểu grouped by old xã: 'Xã Hương Vĩ (cũ)', 'Xã Bình Trung (cũ)' in md, html, docx (python-docx), xlsx (openpyxl)"
else
    not_ok "G1:$bad $(cat g1/titles | tr '\n' ' ' | head -c 600) $(head -c 200 g1.out)"
fi

# G2: the merged xã named after one of its old xã
edit "$here/f1.yaml" g2.yaml 'XÃ TÂN BÌNH]=>XÃ BÌNH TRUNG]' || not_ok "setup: g2.yaml"
mkdir -p g2
titles g2.yaml g2
if grep -qxF "md: I Xã Hương Vĩ (cũ) | II Xã Bình Trung (cũ)" g2/titles &&
    grep -qxF "docx: I Xã Hương Vĩ (cũ) | II Xã Bình Trung (cũ)" g2/titles; then
    ok "G2 xã Bình Trung merged from Bình Trung and Hương Vĩ: its namesake's group is 'Xã Bình Trung (cũ)' too"
else
    not_ok "G2: $(cat g2/titles | tr '\n' ' ' | head -c 600)"
fi

# G1g: guards
bad=
edit "$here/f1.yaml" g3.yaml 'group_by: parent}=>group_by: parent, group_titles: {hv: "Thôn thuộc Hương Vĩ"}}' || bad="$bad [setup g3]"
mkdir -p g3 g4 g5 g6
titles g3.yaml g3
grep -q "^md: I Thôn thuộc Hương Vĩ | II " g3/titles || bad="$bad [group_titles: $(head -1 g3/titles)]"
# a xã's plan whose registry holds only itself
edit "$here/f1.yaml" g4.yaml 'XÃ TÂN BÌNH]=>XÃ HƯƠNG VĨ]' \
    '  - {id: bt, name: Bình Trung, kind: xã}=>' \
    '{id: bt-thon-1, name: Thôn 1, kind: thôn, parent: bt,=>{id: bt-thon-1, name: Thôn 3, kind: thôn, parent: hv,' \
    'parent=bt}=>parent=hv}' || bad="$bad [setup g4]"
titles g4.yaml g4
grep -qxF "md: I Hương Vĩ" g4/titles || bad="$bad [itself: $(head -1 g4/titles)]"
edit "$here/f1.yaml" g5.yaml 'date: 2027-01=>date: 2025-01' || bad="$bad [setup g5]"
titles g5.yaml g5
grep -qxF "md: I Hương Vĩ | II Bình Trung" g5/titles || bad="$bad [2025: $(head -1 g5/titles)]"
edit "$here/f1.yaml" g6.yaml 'XÃ TÂN BÌNH]=>HUYỆN TÂN BÌNH]' 'date: 2027-01=>date: 2024-01' || bad="$bad [setup g6]"
titles g6.yaml g6
grep -qxF "md: I Hương Vĩ | II Bình Trung" g6/titles || bad="$bad [huyện: $(head -1 g6/titles)]"
if [ -z "$bad" ]; then
    ok "G1g guard: group_titles win; a xã holding only itself, a xã's plan of 2025, a huyện's of 2024: bare names, no '(cũ)'"
else
    not_ok "G1g:$bad"
fi

# ---- R1: the 2025 reorganisation's other bodies -----------------------------------
"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o x26.yaml >/dev/null 2>&1 ||
    not_ok "setup: init of a xã's plan of 2026"
edit x26.yaml r1.yaml \
    'recipients: [UBND tỉnh,=>recipients: [UBND tỉnh, Ủy ban Dân tộc, Ban Dân tộc tỉnh, Sở Ngoại vụ tỉnh, Ban Dân tộc HĐND tỉnh, "Ban Dân tộc - HĐND tỉnh", Sở Dân tộc và Tôn giáo, Bộ Dân tộc và Tôn giáo, ủy ban dân tộc các cấp,' ||
    not_ok "setup: r1.yaml"
"$khgen" check r1.yaml >r1.out 2>&1
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [exit $st]"
for want in \
    "warning[KH182]: the recipient 'Ủy ban Dân tộc' names Ủy ban Dân tộc, which the 2025 reorganisation merged into Bộ Dân tộc và Tôn giáo (Nghị quyết 176/2025/QH15): write 'Bộ Dân tộc và Tôn giáo' in a plan for 2026" \
    "warning[KH182]: the recipient 'Ban Dân tộc tỉnh' names Ban Dân tộc, whose work the 2025 reorganisation (Nghị định 45/2025/NĐ-CP) gave to Sở Dân tộc và Tôn giáo where the province set one up, else to Sở Nội vụ: check your province's decision" \
    "warning[KH182]: the recipient 'Sở Ngoại vụ tỉnh' names Sở Ngoại vụ, which the 2025 reorganisation (Nghị định 45/2025/NĐ-CP) kept only in a province with an international border gate, airport or seaport, or much foreign investment, and merged into Văn phòng UBND tỉnh elsewhere: check your province's decision"; do
    grep -qF -- "$want" r1.out || bad="$bad [no '$(echo "$want" | cut -c1-60)']"
done
LC_ALL=C.UTF-8 LANG=vi_VN.UTF-8 "$khgen" --lang vi check r1.yaml >r1vi.out 2>&1
grep -qF "Sở Dân tộc và Tôn giáo" r1vi.out && grep -qF "quyết định của tỉnh" r1vi.out || bad="$bad [vi: $(grep KH182 r1vi.out | sed -n 2p | head -c 300)]"
if [ -z "$bad" ]; then
    ok "R1 'Ủy ban Dân tộc' (write Bộ Dân tộc và Tôn giáo), 'Ban Dân tộc tỉnh', 'Sở Ngoại vụ tỉnh' (where the work went; check the province's decision): KH182, in Vietnamese too"
else
    not_ok "R1:$bad $(grep KH182 r1.out | head -c 600)"
fi
grep 'warning\[KH182\]' r1.out | grep -e "recipient '[^']*HĐND" -e "recipient 'Sở Dân tộc" -e "recipient 'Bộ Dân tộc" -e "recipient 'ủy ban" >r1.guard
if [ ! -s r1.guard ] && [ "$st" -eq 0 ]; then
    ok "R1g guard: 'Ban Dân tộc HĐND tỉnh', 'Ban Dân tộc - HĐND tỉnh', 'Sở/Bộ Dân tộc và Tôn giáo', 'ủy ban dân tộc các cấp': no KH182"
else
    not_ok "R1g: $(cut -c1-160 r1.guard | tr '\n' ' ')"
fi

# ---- R2: a department's name broken over two issuer lines -------------------------
edit x26.yaml r2.yaml 'issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]=>issuer: [UBND TỈNH BẮC GIANG, SỞ NÔNG NGHIỆP VÀ, PHÁT TRIỂN NÔNG THÔN]' ||
    not_ok "setup: r2.yaml"
edit x26.yaml r2g.yaml 'issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]=>issuer: [UBND TỈNH BẮC GIANG, SỞ NÔNG NGHIỆP VÀ, MÔI TRƯỜNG]' ||
    not_ok "setup: r2g.yaml"
"$khgen" check r2.yaml >r2.out 2>&1
"$khgen" check r2g.yaml >r2g.out 2>&1
il=$(grep -n 'issuer: \[' r2.yaml | head -1 | cut -d: -f1)
if grep -qF "r2.yaml:$il:33: warning[KH182]: the issuer line 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN' names Sở Nông nghiệp và Phát triển nông thôn" r2.out &&
    [ "$(grep -c 'KH182' r2.out)" -eq 1 ]; then
    ok "R2 issuer ['UBND TỈNH BẮC GIANG', 'SỞ NÔNG NGHIỆP VÀ', 'PHÁT TRIỂN NÔNG THÔN']: KH182 at the second line, the name read whole"
else
    not_ok "R2: $(grep KH18 r2.out | head -c 500)"
fi
if ! grep -q 'KH182' r2g.out; then
    ok "R2g guard: 'SỞ NÔNG NGHIỆP VÀ' / 'MÔI TRƯỜNG', the new name broken so: no KH182"
else
    not_ok "R2g: $(grep KH182 r2g.out | head -c 300)"
fi

# ---- N1: new's summary counts KH182's values too ----------------------------------
"$khgen" init --level xa --year 2025 "Xã Tân Phú" -o x25.yaml >/dev/null 2>&1 || not_ok "setup: init 2025"
edit x25.yaml n25.yaml 'recipients: [UBND huyện,=>recipients: [UBND huyện, Sở NN&PTNT tỉnh, Ban Dân tộc tỉnh,' ||
    not_ok "setup: n25.yaml"
"$khgen" new --from n25.yaml --year 2026 -o n26.yaml >n1.out 2>&1
st=$?
if [ "$st" -eq 0 ] &&
    grep -qxF "  left as they were: 2 values naming a department, ministry or board the 2025 reorganisation merged away (KH182 below): write the body that took its work over" n1.out &&
    grep -qxF "  left as they were: 1 value naming a district's People's Committee or office, which ended on 1 July 2025 (KH181 below): write the commune's or the province's" n1.out &&
    [ "$(grep -c 'warning\[KH182\]' n1.out)" -eq 2 ]; then
    ok "N1 new from 2025 to 2026: its summary counts the 2 KH182 values beside the 1 of KH181"
else
    not_ok "N1: exit $st $(grep 'left as' n1.out | tr '\n' ' ' | head -c 500)"
fi

# ---- D1: a district's offices in a commune's plan --------------------------------
bad=
"$khgen" import "$top/tests/seeds/yen-the-2024.txt" -o yt24.yaml >/dev/null 2>&1 || bad="$bad [import exit $?]"
"$khgen" new --from yt24.yaml --year 2027 -o yt27.yaml >/dev/null 2>&1 || bad="$bad [new exit $?]"
edit yt27.yaml d1.yaml '- HUYỆN YÊN THẾ=>- XÃ TÂN BÌNH' || bad="$bad [setup d1]"
"$khgen" check d1.yaml >d1.out 2>&1
for want in "warning[KH181]: the unit 'Phòng Tài chính - Kế hoạch' is a district People's Committee's office (Phòng Tài chính - Kế hoạch), but the district tier ended on 1 July 2025 and no commune has one: a commune's offices are Văn phòng HĐND và UBND, Phòng Kinh tế (a phường's Phòng Kinh tế, Hạ tầng và Đô thị) and Phòng Văn hóa - Xã hội (Nghị định 150/2025/NĐ-CP); name the one that does this work in 2027" \
    "warning[KH181]: the unit 'Phòng Nông nghiệp và PTNT' is a district People's Committee's office (Phòng Nông nghiệp và Phát triển nông thôn)"; do
    grep -qF -- "$want" d1.out || bad="$bad [no '$(echo "$want" | cut -c17-75)']"
done
edit x26.yaml d2.yaml 'recipients: [UBND tỉnh,=>recipients: [UBND tỉnh, Phòng Tư pháp, Phòng GD&ĐT,' || bad="$bad [setup d2]"
"$khgen" check d2.yaml >d2.out 2>&1
grep -qF "warning[KH181]: the recipient 'Phòng Tư pháp' is a district People's Committee's office (Phòng Tư pháp)" d2.out &&
    grep -qF "warning[KH181]: the recipient 'Phòng GD&ĐT' is a district People's Committee's office (Phòng Giáo dục và Đào tạo)" d2.out ||
    bad="$bad [recipients: $(grep KH181 d2.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "D1 'Phòng Tài chính - Kế hoạch', 'Phòng Nông nghiệp và PTNT' (seed 000's units) in a xã's plan for 2027, recipients 'Phòng Tư pháp', 'Phòng GD&ĐT': KH181 at each"
else
    not_ok "D1:$bad"
fi
bad=
"$khgen" check x26.yaml >d3.out 2>&1
grep -q 'KH181' d3.out && bad="$bad [a xã's own offices: $(grep KH181 d3.out | head -c 200)]"
edit d2.yaml d4.yaml 'issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]=>issuer: [ỦY BAN NHÂN DÂN, TỈNH BẮC GIANG]' || bad="$bad [setup d4]"
"$khgen" check d4.yaml >d4.out 2>&1
grep -q "KH181.*Phòng" d4.out && bad="$bad [a province's plan: $(grep KH181 d4.out | head -c 200)]"
edit x25.yaml d5.yaml 'recipients: [UBND huyện,=>recipients: [UBND huyện, Phòng Tư pháp, Phòng GD&ĐT,' || bad="$bad [setup d5]"
"$khgen" check d5.yaml >d5.out 2>&1
grep -q "KH181" d5.out && bad="$bad [2025: $(grep KH181 d5.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "D1g guard: a xã's own offices, a province's plan naming 'Phòng Tư pháp', a xã's plan of 2025: no KH181"
else
    not_ok "D1g:$bad"
fi

# ---- W1: the merged xã's yearly cycle ---------------------------------------------
bad=
mkdir -p cyc/chung cyc/xa/binh-trung
cd cyc || exit 2
"$khgen" import "$top/tests/seeds/binh-trung-2024.txt" -o xa/binh-trung/xa-binh-trung-2024.yaml >/dev/null 2>&1 ||
    bad="$bad [import exit $?]"
"$khgen" new --from xa/binh-trung/xa-binh-trung-2024.yaml --year 2027 >new.out 2>&1 || bad="$bad [new exit $?]"
cat >chung/registry.yaml <<'EOF'
levels:
  - {id: ntm-km, name: nông thôn mới kiểu mẫu}
localities:
  - {id: bt, name: Bình Trung, kind: xã}
  - {id: bt-thon-1, name: Thôn 1, kind: thôn, parent: bt, target: ntm-km, target_year: 2027}
  - {id: bt-na-lay, name: Nà Lầy, kind: thôn, parent: bt, target: ntm-km, target_year: 2027}
  - {id: sg, name: Song Giáp, kind: xã}
  - {id: sg-thon-1, name: Thôn 1, kind: thôn, parent: sg, target: ntm-km, target_year: 2027}
  - {id: sg-pac-lac, name: Pác Lạc, kind: thôn, parent: sg, target: ntm-km, target_year: 2028}
EOF
p=xa/binh-trung/xa-binh-trung-2027.yaml
/usr/bin/python3 - "$p" <<'PY' || bad="$bad [edit of the plan of 2027]"
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
for old, new in [
        ('import: [qd318-xa-ntm]\n', 'import: [qd318-xa-ntm]\ninclude: [../../chung/registry.yaml]\n'),
        ('localities:\n  - {id: song-giap, name: Song Giáp, kind: xã}\n', ''),
        ('{loc song-giap}', '{loc sg}'),
        ('body:\n  - section: MỤC ĐÍCH, YÊU CẦU\n    items:\n',
         'body:\n  - section: MỤC ĐÍCH, YÊU CẦU\n    items:\n      - bullet: "Phấn đấu {list localities target=ntm-km target_year=year} đạt chuẩn nông thôn mới kiểu mẫu (chi tiết theo {att bieu02})."\n')]:
    if old not in s:
        sys.exit('no %r' % old)
    s = s.replace(old, new, 1)
s += '''
attachments:
  - id: bieu02
    label: Biểu 02
    title: Các thôn theo xã cũ
    columns:
      - stt
      - {key: name, header: Tên thôn}
      - {key: target_year, header: Năm đạt chuẩn}
    rows: {from: localities, where: {kind: thôn}, group_by: parent}
'''
open(p, 'w', encoding='utf-8').write(s)
PY
"$khgen" check --allow-read chung "$p" >w.chk 2>&1 || bad="$bad [check exit $?]"
grep -qF "warning[KH218]: this '{list}' prints 'Thôn 1' for both 'bt-thon-1' and 'sg-thon-1'" w.chk || bad="$bad [no KH218]"
"$khgen" build --allow-read chung -f md -o out "$p" >w.bld 2>&1 || bad="$bad [build exit $?]"
grep -qF '| **I** | **Xã Bình Trung (cũ)** |' out/xa-binh-trung-2027.md &&
    grep -qF '| **II** | **Xã Song Giáp (cũ)** |' out/xa-binh-trung-2027.md || bad="$bad [group titles]"
"$khgen" diff --allow-read chung xa/binh-trung/xa-binh-trung-2024.yaml "$p" >w.diff 2>&1
st=$?
[ "$st" -eq 1 ] || bad="$bad [diff exit $st]"
grep -qF 'Phấn đấu Thôn 1, Nà Lầy, Thôn 1 đạt chuẩn' w.diff || bad="$bad [diff lacks the list]"
cd "$work" || exit 2
if [ -z "$bad" ]; then
    ok "W1 seed 002 imported, new to 2027, a shared registry included: KH218 at the list, 'Xã Song Giáp (cũ)' built, diff shows the list"
else
    not_ok "W1:$bad $(grep -v '^ ' cyc/w.chk 2>/dev/null | head -c 400)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
