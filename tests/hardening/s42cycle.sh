#!/bin/sh
# tests/hardening/s42cycle.sh KHGEN WORKDIR - session 42's round of the
# yearly cycle as an official lives it (issue 8; reproducers in
# /tmp/s42cycle/ of that session). Each case but the guards fails before
# this session's fixes (checked with a build of 654cfcd1, session 40's
# stop: main at 6c9a8488 has none of them either):
#  R1  `khgen new` of a plan whose localities are in an included registry
#      (yen-the-2024 with its localities moved to chung/registry.yaml, as
#      a district keeps them) moves the plan's `{count localities
#      target_year=2024}`, and Biểu 01 follows {year}, but the registry's
#      localities stay at 2024: the plan of 2025 printed "00 xã" and an
#      empty Biểu 01 with only KH505 ("check the filter"); now KH322 at the
#      registry's locality names the parts that print otherwise and the
#      words ("[-02-]{+00+}"), and the figure's KH505 is left to it;
#      guards: the same with the localities in the plan, or the registry
#      updated to 2025, gives no KH322;
#  N1  `new` run three times (2024 -> 2027): "trước 15/7/2024" and "trong
#      tháng 10/2024" in the plan of 2027 were noted by nothing (only
#      KH315/KH316 where they apply); a date years before the plan is now
#      noted; guard: a cited document's date ("Kết luận số 99-KL/TU ngày
#      18/5/2021") is not;
#  D1  `khgen diff`: a Biểu row moved to another group was "chuyển từ dòng
#      2, mục I", not naming the group it went to; now "... sang dòng 3,
#      mục II"; guard: a row moved within its group is named as before;
#  S1  import of a Biểu whose rows are numbered 1, 2, 4 (a row deleted in
#      Word, the rest not renumbered) wrote each number and printed the
#      gap, no word; now counted, with a `# review:` line and KH768;
#      guard: a table numbered on from another (9, 10, 11) stays as
#      written, no note;
#  G1  import of a .docx where LibreOffice Writer's Table > Insert >
#      Columns gave the new column two grid columns (gridSpan 2 in each
#      row, the group rows ending inside it): six columns read where the
#      page shows five, KH759, and diff showed every row changed; now the
#      column once (the document made from khgen's own .docx, as soffice
#      writes it).
# About 25 runs of khgen and three of python3, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
mkdir -p "$work/r/chung" "$work/p"

# ---- R1: a registry's localities and new ------------------------------------
mkdir -p "$work/n0"
cp -r "$top/plans/yen-the" "$top/plans/yen-the-2024.yaml" "$work/n0/"
cp "$top/plans/yen-the/registry.yaml" "$work/r/chung/registry.yaml"
"$py" - "$top/plans/yen-the-2024.yaml" "$work/r/p-2024.yaml" "$work/r/chung/registry.yaml" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('\nlocalities:\n') + 1
j = re.search(r'\n(?=[a-z#])', s[i + 12:]).start() + i + 12 + 1
while not re.match(r'[a-z]', s[j:]):  # comments before the next key stay
    j = s.index('\n', j) + 1
loc = s[i:j]
s = s[:i] + s[j:]
s = s.replace('include: [yen-the/registry.yaml]', 'include: [chung/registry.yaml]')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
open(sys.argv[3], 'a', encoding='utf-8').write('\n' + loc)
PY
"$khgen" check "$work/r/p-2024.yaml" >"$work/r1.check" 2>&1 ||
    not_ok "setup: the plan with its localities in the registry does not check: $(head -c 300 "$work/r1.check")"
"$khgen" new --from "$work/r/p-2024.yaml" --year 2025 -o "$work/r/p-2025.yaml" >"$work/r1.out" 2>&1
st=$?
reg=$(grep -n 'id: dong-huu' "$work/r/chung/registry.yaml" | cut -d: -f1)
if [ "$st" -eq 0 ] && grep -q "chung/registry.yaml:$reg:[0-9]*: warning\[KH322\]: locality 'dong-huu'" "$work/r1.out" &&
    grep 'KH322' "$work/r1.out" | grep -qF 'Biểu 01' &&
    grep 'KH322' "$work/r1.out" | grep -qF '[-02-]{+00+}' &&
    ! grep -q 'KH505' "$work/r1.out" && [ "$(grep -c 'warning\[KH322\]' "$work/r1.out")" -eq 1 ]; then
    ok "R1: new names the registry's locality left at 2024, the parts and the words it changes (KH322), once"
else
    not_ok "R1: status $st: $(grep -E 'KH322|KH505' "$work/r1.out" | head -c 600)"
fi
"$khgen" new --from "$work/n0/yen-the-2024.yaml" --year 2025 >"$work/r1b.out" 2>&1
sed 's/target_year: 2024/target_year: 2025/' "$work/r/chung/registry.yaml" >"$work/r/reg2"
mkdir -p "$work/r2/chung" && cp "$work/r/p-2024.yaml" "$work/r2/" && mv "$work/r/reg2" "$work/r2/chung/registry.yaml"
"$khgen" new --from "$work/r2/p-2024.yaml" --year 2025 -o "$work/r2/p-2025.yaml" >"$work/r1c.out" 2>&1
if ! grep -q KH322 "$work/r1b.out" && ! grep -q KH322 "$work/r1c.out" &&
    grep -q 'wrote' "$work/r1b.out" && grep -q 'wrote' "$work/r1c.out"; then
    ok "R1: localities in the plan, or a registry already at the new year: no KH322 (guard)"
else
    not_ok "R1 guard: $(grep KH322 "$work/r1b.out" "$work/r1c.out" | head -c 300)"
fi
# the message in Vietnamese
"$khgen" new --lang vi --from "$work/r/p-2024.yaml" --year 2025 -o "$work/r/p-2025vi.yaml" >"$work/r1vi.out" 2>&1
if grep 'KH322' "$work/r1vi.out" | grep -qF 'vẫn giữ target_year 2024'; then
    ok "R1: KH322 in Vietnamese"
else
    not_ok "R1 vi: $(grep KH322 "$work/r1vi.out" | head -c 300)"
fi

# ---- N1: new three times ----------------------------------------------------
mkdir -p "$work/n"
cp -r "$top/plans/yen-the" "$top/plans/yen-the-2024.yaml" "$work/n/"
"$khgen" new --from "$work/n/yen-the-2024.yaml" --year 2025 >/dev/null 2>&1
"$khgen" new --from "$work/n/yen-the-2025.yaml" --year 2026 >/dev/null 2>&1
"$khgen" new --from "$work/n/yen-the-2026.yaml" --year 2027 >"$work/n1.out" 2>&1
if grep -q 'note: .*still says 2024: .*trước 15/7/2024' "$work/n1.out" &&
    grep -q 'note: .*still says 2024: .*tháng 10/2024' "$work/n1.out"; then
    ok "N1: the plan of 2027 (new three times) notes 'trước 15/7/2024' and 'tháng 10/2024'"
else
    not_ok "N1: $(grep -c note: "$work/n1.out") notes: $(grep note: "$work/n1.out" | head -c 400)"
fi
if grep -q 'ngày 18/5/2021' "$work/n/yen-the-2027.yaml" && ! grep -q '2021' "$work/n1.out"; then
    ok "N1: a cited document's date (ngày 18/5/2021) is not noted (guard)"
else
    not_ok "N1 guard: $(grep 2021 "$work/n1.out" | head -c 300)"
fi

# ---- D1: a row moved to another group ---------------------------------------
readme_base
with_groups "$work/p/ex.yaml" "$work/p/d1.yaml"
sed -e '/      - {name: Tân Hiệp, n: 30}/d' \
    -e 's/      - {name: Bố Hạ, n: 7}/      - {name: Bố Hạ, n: 7}\n      - {name: Tân Hiệp, n: 30}/' \
    "$work/p/d1.yaml" >"$work/p/d2.yaml"
sed -e '/      - {name: Đồng Hưu, n: 12}/d' \
    -e 's/      - {name: Tân Hiệp, n: 30}/      - {name: Tân Hiệp, n: 30}\n      - {name: Đồng Hưu, n: 12}/' \
    "$work/p/d1.yaml" >"$work/p/d3.yaml"
"$khgen" diff --no-color "$work/p/d1.yaml" "$work/p/d2.yaml" >"$work/d1.out" 2>&1
"$khgen" diff --no-color "$work/p/d1.yaml" "$work/p/d3.yaml" >"$work/d1b.out" 2>&1
if grep -qxF '@@ Biểu 03, dòng "Tân Hiệp": chuyển từ dòng 2, mục I sang dòng 3, mục II @@' "$work/d1.out"; then
    ok "D1: a row moved to another group names where it went"
else
    not_ok "D1: $(grep '^@@' "$work/d1.out" | head -c 300)"
fi
if grep -q '^@@ Biểu 03, dòng "[^"]*": chuyển từ dòng [12], mục I @@$' "$work/d1b.out"; then
    ok "D1: a row moved within its group is named as before (guard)"
else
    not_ok "D1 guard: $(grep '^@@' "$work/d1b.out" | head -c 300)"
fi

# ---- S1: a Biểu's rows numbered with a gap ----------------------------------
# (no totals row: a row deleted leaves a total that no longer adds up,
# which keeps the rows as written, said by its own KH768)
sed '/    totals: Tổng cộng/d' "$work/p/d1.yaml" >"$work/p/s1.yaml"
"$khgen" build -f md -o "$work/s" "$work/p/s1.yaml" >/dev/null 2>&1
"$py" - "$work/s/s1.md" "$work/s/gap.md" "$work/s/on.md" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
# Biểu 03's rows: I / 1 Đồng Hưu / 2 Tân Hiệp / II / 1 Đồng Lạc / 2 Bố Hạ
rows = [l for l in s.split('\n') if re.match(r'^\| *\d+ *\| (Đồng Hưu|Tân Hiệp|Đồng Lạc|Bố Hạ) ', l)]
assert len(rows) == 4, rows
gap = s.replace(rows[0] + '\n', '')       # 2 Tân Hiệp under I: "2" alone, a gap
open(sys.argv[2], 'w', encoding='utf-8').write(gap)
on = s
for r, n in zip(rows, (9, 10, 11, 12)):  # numbered on from another table
    on = on.replace(r, re.sub(r'^\| *\d+ *\|', '| %d |' % n, r), 1)
open(sys.argv[3], 'w', encoding='utf-8').write(on)
PY
"$khgen" import "$work/s/gap.md" -o "$work/s/gap.yaml" >/dev/null 2>"$work/s1.err"
"$khgen" import "$work/s/on.md" -o "$work/s/on.yaml" >/dev/null 2>"$work/s1b.err"
"$khgen" build -f md -o "$work/s/b" "$work/s/gap.yaml" >/dev/null 2>&1
# (the note names the group with the gap and its numbers alone since
# s43domain: "2, 1, 2" read the numbers of two groups as one list)
if grep -q 'warning\[KH768\]: the rows under group I are numbered 2: khgen numbers each group' "$work/s1.err" &&
    grep -q '# review: the rows under group I are numbered 2: khgen numbers each group' "$work/s/gap.yaml" &&
    grep -q '^| *1 *| Tân Hiệp' "$work/s/b/gap.md"; then
    ok "S1: rows numbered 2 / 1, 2 (a row deleted, the rest not renumbered) are counted, with a note (KH768)"
else
    not_ok "S1: $(grep KH768 "$work/s1.err" | head -c 300) / $(grep 'Tân Hiệp' "$work/s/b/gap.md" | head -c 100)"
fi
if ! grep -q 'the rows are numbered' "$work/s1b.err" && grep -q '"9"' "$work/s/on.yaml"; then
    ok "S1: rows numbered on from another table (9, 10, 11, 12) stay as written (guard)"
else
    not_ok "S1 guard: $(grep -c KH768 "$work/s1b.err") $(grep -c '"9"' "$work/s/on.yaml")"
fi

# ---- G1: a column inserted by LibreOffice Writer -----------------------------
cp "$top/plans/binh-trung-2024.yaml" "$work/p/bt.yaml"
"$khgen" build -f docx -o "$work/g" "$work/p/bt.yaml" >/dev/null 2>&1
"$py" - "$work/g/bt.docx" "$work/g/lo.docx" <<'PY'
# as soffice's Table > Insert > Columns After (the cursor in column 3) writes
# it: the new column two grid columns, gridSpan 2 in the header and data
# rows; a group row's title over columns 2-4 (its old 2-4: it ends inside
# the new column), then an empty cell of gridSpan 2 (checked in session 42
# against soffice 7's own output of the same document)
import sys, re, zipfile
z = zipfile.ZipFile(sys.argv[1]); names = z.namelist()
doc = z.read('word/document.xml').decode('utf-8')
tbls = [m for m in re.finditer(r'<w:tbl>.*?</w:tbl>', doc, re.S)]
t = [m for m in tbls if 'STT' in m.group(0)][-1]
x = t.group(0)
x = re.sub(r'(<w:tblGrid>(?:<w:gridCol [^>]*/>){3})', r'\1<w:gridCol w:w="1200"/><w:gridCol w:w="1100"/>', x, 1)
def row(m):
    r = m.group(0)
    tcs = list(re.finditer(r'<w:tc>.*?</w:tc>', r, re.S))
    if len(tcs) == 1:  # the note, the table's last row (s43print): it spans the new column too
        return re.sub(r'<w:gridSpan w:val="(\d+)"/>', lambda g: '<w:gridSpan w:val="%d"/>' % (int(g.group(1)) + 2), r, 1)
    if len(tcs) == 2:  # a group row: I | title over the rest
        new = '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc>'
        return r[:tcs[1].end()] + new + r[tcs[1].end():]
    new = '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc>'
    return r[:tcs[2].end()] + new + r[tcs[2].end():]
x = re.sub(r'<w:tr[ >].*?</w:tr>', row, x, flags=re.S)
doc = doc[:t.start()] + x + doc[t.end():]
out = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
for n in names:
    out.writestr(n, doc.encode('utf-8') if n == 'word/document.xml' else z.read(n))
out.close()
PY
"$khgen" import "$work/g/lo.docx" -o "$work/g/lo.yaml" >/dev/null 2>"$work/g1.err"
"$khgen" diff --no-color "$work/p/bt.yaml" "$work/g/lo.yaml" >"$work/g1.out" 2>&1
parts=$(grep -c '^@@' "$work/g1.out")
if [ "$parts" -eq 1 ] && grep -q '^@@ Biểu 01: sửa @@' "$work/g1.out" && ! grep -q KH759 "$work/g1.err"; then
    ok "G1: a column LibreOffice inserted (two grid columns) is one column, shown once"
else
    not_ok "G1: $parts parts, $(grep -c KH759 "$work/g1.err") KH759: $(grep '^@@' "$work/g1.out" | head -5 | tr '\n' ' ')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
