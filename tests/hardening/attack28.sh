#!/bin/sh
# tests/hardening/attack28.sh KHGEN WORKDIR - what the twenty-ninth
# black-box attack found (session 28's; issue 8; /tmp/s28attack/findings.md),
# the yearly cycle as an office lives it first:
#  F1  a plan for 2025 signed "ngày 28 tháng 12 năm 2024" (a plan is
#      issued before its year begins), imported: the plan's year was the
#      date's, its title "năm {year+1}", its deadlines "quý IV/{year+1}",
#      and `khgen new --year 2026` wrote "the plan of 2026" printing "năm
#      2027" in the title and every deadline, exit 0, without a note; now
#      the title's year is the plan's, written `period: 2025` (or the
#      opening's, when the title names no year).
#  F2  a shared registry importing a province's edited copy of
#      qd318-xa-ntm (criterion 1 renamed) and a plan importing the shipped
#      one: one KH416 warning "imported twice: remove this entry" at the
#      plan's entry, exit 0, and the plan printed the registry's names
#      (removing the entry, as told, kept them); two catalogs of one id
#      that differ are now KH418, an error, nothing written; the same
#      catalog named twice is still KH416.
#  F3  `period: {from: 2024-01, to: 2024-12}` told "write the day too
#      (2024-09-01)" and "(2025-05-31)", a school year whatever was
#      written; now the first and last day of what was written
#      (2024-01-01, 2024-12-31; a February's last day by its year).
#  F4  a document cited by its number without its code ("Nghị quyết số
#      12/2024 của HĐND xã", "Chỉ thị 05/2024", "số 15/2024") imported
#      as "12/{year}": `khgen new` then cited "Nghị quyết số 12/2025",
#      which does not exist, exit 0, no note; now kept as written, while
#      "tháng 6/2024" and "15/12/2024" still follow the plan.
#  F5  the date line signed in figures, "An Bình, ngày 06/01/2025": left
#      out of the header (a KH761 note), the plan printed "Địa danh,
#      ngày      tháng      năm 2025"; now its place and date.
#  F6  the subject of a document cited by its number in the body
#      ("Quyết định số 12/QĐ-UBND của UBND huyện về giao chỉ tiêu năm
#      2024") imported as "năm {year}": `khgen new` cited a decision
#      "về giao chỉ tiêu năm 2025" beside its number and date of 2024,
#      exit 0; now kept as issued, as a law's name and a basis are.
#  M1  `khgen new --from a/p.yaml -o b/p-2025.yaml`, b/ holding its own
#      registry.yaml: the new plan printed b's unit names under a note
#      that said only that the include paths were not changed; now a
#      note names both files.
#  L2  `target_year: [2024]` told "'target_year' must be a string, not a
#      list": it is a number; now "must be a number".
# Each F case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"

# docx_sub IN OUT OLD NEW...: the .docx IN with each OLD of its
# word/document.xml replaced by NEW, as OUT (the clerk's edit in Word)
docx_sub() {
    /usr/bin/python3 - "$@" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
pairs = list(zip(sys.argv[3::2], sys.argv[4::2]))
zi = zipfile.ZipFile(src)
zo = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for it in zi.infolist():
    d = zi.read(it.filename)
    if it.filename == 'word/document.xml':
        s = d.decode('utf-8')
        for a, b in pairs:
            if a not in s:
                sys.exit('docx_sub: %r not in the document' % a)
            s = s.replace(a, b)
        d = s.encode('utf-8')
    zo.writestr(it, d)
zo.close()
PY
}

# the plan of 2025 as drafted in January 2025
cat >"$P/kh2025.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2025-01
  title: Thực hiện Chương trình xây dựng nông thôn mới năm {year}
opening: "UBND xã xây dựng Kế hoạch năm {year} như sau:"
units:
  - {id: vp, name: Văn phòng - Thống kê xã}
body:
  - section: NHIỆM VỤ NĂM {year}
    items:
      - task: Rà soát các tiêu chí
        text: Rà soát, đánh giá các tiêu chí năm {year}.
        lead: vp
        due: 2025-Q4
        show: [lead, due]
closing: Trên đây là Kế hoạch năm {year} của UBND xã An Bình.
recipients: ["Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML

# F1: signed in December 2024, imported, then moved on to 2026
"$khgen" build -f docx -o "$work/sent" "$P/kh2025.yaml" >/dev/null 2>&1
if docx_sub "$work/sent/kh2025.docx" "$work/signed.docx" \
    'Số:      /KH-UBND' 'Số: 15/KH-UBND' \
    'ngày      tháng 01 năm 2025' 'ngày 28 tháng 12 năm 2024' 2>"$work/err" &&
    "$khgen" import -o "$P/signed.yaml" "$work/signed.docx" >/dev/null 2>"$work/err" &&
    "$khgen" new --from "$P/signed.yaml" --year 2026 -o "$P/kh2026.yaml" >"$work/new.out" 2>&1 &&
    "$khgen" build -f md -o "$work/b26" "$P/kh2026.yaml" >/dev/null 2>&1; then
    md=$work/b26/kh2026.md
    if grep -qF 'nông thôn mới năm 2026**' "$md" && grep -qF 'quý IV/2026' "$md" &&
        ! grep -qF '2027' "$md" && grep -qF '(2025)' "$work/new.out"; then
        ok "F1 a plan of 2025 signed 28/12/2024, imported, moved to 2026: prints 2026, not 2027"
    else
        not_ok "F1 the plan moved to 2026 prints: $(grep -n '202[5-7]' "$md" | head -5 | tr '\n' ' ' | head -c 600); new said: $(head -1 "$work/new.out")"
    fi
else
    not_ok "F1 setup: $(head -c 600 "$work/err")"
fi
# F1: the import itself prints what the signed document says, and diff of
# the draft and the signed copy names only the number and the date
"$khgen" build -f md -o "$work/bs" "$P/signed.yaml" >/dev/null 2>&1
"$khgen" diff "$P/kh2025.yaml" "$P/signed.yaml" >"$work/diff.out" 2>&1
if grep -qF 'năm 2025**' "$work/bs/signed.md" && grep -qF 'quý IV/2025' "$work/bs/signed.md" &&
    grep -q '^period: 2025$' "$P/signed.yaml" && ! grep -q '@@ \(I\|Trích\|Mở\|Trên\)' "$work/diff.out"; then
    ok "F1 the signed copy imports as the plan of 2025 (period: 2025), diff names the number and date only"
else
    not_ok "F1 the signed copy's import: $(grep -n 'period\|title' "$P/signed.yaml" | head -3 | tr '\n' ' '); diff: $(grep '^@@' "$work/diff.out" | tr '\n' ' ' | head -c 400)"
fi
# F1: the same with a title that names no year: the opening's year
sed 's/title: Thực hiện Chương trình xây dựng nông thôn mới năm {year}/title: Thực hiện Chương trình xây dựng nông thôn mới/' \
    "$P/kh2025.yaml" >"$P/notitle.yaml"
rm -rf "$work/nt"
"$khgen" build -f docx -o "$work/nt" "$P/notitle.yaml" >/dev/null 2>&1
docx_sub "$work/nt/notitle.docx" "$work/nt2.docx" 'ngày      tháng 01 năm 2025' 'ngày 28 tháng 12 năm 2024'
"$khgen" import -o "$P/nt2.yaml" "$work/nt2.docx" >/dev/null 2>&1
"$khgen" new --from "$P/nt2.yaml" --year 2026 -o "$P/nt3.yaml" >/dev/null 2>&1
"$khgen" build -f md -o "$work/nt3" "$P/nt3.yaml" >/dev/null 2>&1
if grep -qF 'Kế hoạch năm 2026 như sau' "$work/nt3/nt3.md" 2>/dev/null && grep -qF 'quý IV/2026' "$work/nt3/nt3.md" &&
    ! grep -qF '2027' "$work/nt3/nt3.md"; then
    ok "F1 a title without its year: the opening's 2025 is the plan's, moved to 2026 it prints 2026"
else
    not_ok "F1 title without year: $(grep -n '202[5-7]' "$work/nt3/nt3.md" 2>/dev/null | head -4 | tr '\n' ' ' | head -c 400)"
fi
# guard: signed in the plan's own year, no period is written
docx_sub "$work/sent/kh2025.docx" "$work/signed2.docx" 'ngày      tháng 01 năm 2025' 'ngày 06 tháng 01 năm 2025'
"$khgen" import -o "$P/signed2.yaml" "$work/signed2.docx" >/dev/null 2>&1
if ! grep -q '^period' "$P/signed2.yaml" && grep -qF 'năm {year}' "$P/signed2.yaml"; then
    ok "F1 guard: signed in its own year, no period written"
else
    not_ok "F1 guard: $(grep -n 'period\|title' "$P/signed2.yaml" | head -3 | tr '\n' ' ')"
fi

# guard: a school year's title "năm học 2024 - 2025", dated in its first
# year, is no plan of 2025: no period written
sed 's/title: Thực hiện Chương trình xây dựng nông thôn mới năm {year}/title: Thực hiện nhiệm vụ năm học {year} - {year+1}/' \
    "$P/kh2025.yaml" >"$P/school.yaml"
rm -rf "$work/school"
"$khgen" build -f docx -o "$work/school" "$P/school.yaml" >/dev/null 2>&1
docx_sub "$work/school/school.docx" "$work/school2.docx" 'ngày      tháng 01 năm 2025' 'ngày 20 tháng 8 năm 2024'
"$khgen" import -o "$P/school-i.yaml" "$work/school2.docx" >/dev/null 2>&1
if ! grep -q '^period' "$P/school-i.yaml" && grep -qF 'năm học 2025 - 2026' "$P/school-i.yaml"; then
    ok "F1 guard: a school year's title dated in its first year, no period written"
else
    not_ok "F1 guard (school year): $(grep -n 'period\|title' "$P/school-i.yaml" | head -3 | tr '\n' ' ')"
fi

# F2: two catalogs of one id that differ, one by a shared registry
mkdir -p "$P/f2"
cp "$top/templates/catalogs/qd318-xa-ntm.yaml" "$P/f2/qd318-xa-ntm.yaml"
sed -i '0,/name: Quy hoạch,/s//name: Quy hoạch chung xây dựng xã,/' "$P/f2/qd318-xa-ntm.yaml"
printf 'import: [qd318-xa-ntm.yaml]\nunits:\n  - {id: vp, name: Văn phòng}\n' >"$P/f2/reg.yaml"
f2plan() {
    cat <<YAML
khgen: 1
include: [$1]
import: [$2]
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  place: An Bình
  date: 2024-03
  title: Thực hiện năm {year}
opening: Như sau.
units:
  - {id: vx, name: Tổ công tác}
body:
  - task: Quy hoạch
    text: "Rà soát {crit-name 1}."
    lead: vx
    criteria: [1]
    due: 2024-06
closing: Trên đây là Kế hoạch.
recipients: ["Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
}
f2plan reg.yaml qd318-xa-ntm >"$P/f2/a.yaml"
f2plan "" "qd318-xa-ntm, qd318-xa-ntm.yaml" >"$P/f2/b.yaml"
for f in a b; do
    rm -rf "$work/f2o"
    "$khgen" build -f md -o "$work/f2o" "$P/f2/$f.yaml" >/dev/null 2>"$work/err"
    st=$?
    if [ $st -eq 1 ] && grep -q 'error\[KH418\]' "$work/err" && [ ! -e "$work/f2o/$f.md" ]; then
        ok "F2 two catalogs of one id that differ ($f): KH418, nothing written"
    else
        not_ok "F2 two catalogs of one id that differ ($f): status $st, $(head -c 400 "$work/err")"
    fi
done
# guard: the same catalog named twice is one KH416 warning, as before
cp "$top/templates/catalogs/qd318-xa-ntm.yaml" "$P/f2/qd318-xa-ntm.yaml"
check_says "F2 guard: the same catalog by name and by path is KH416, a warning" "$P/f2/b.yaml" 0 "warning[KH416]"

# F3: KH301's full date is the one the period's month or year means
small f3 <<'YAML'
period: {from: 2024-01, to: 2024-02}
body:
  - "Nội dung."
YAML
check_says "F3 period {from: 2024-01, to: 2024-02}: KH301 gives 2024-01-01 and 2024-02-29" "$P/f3.yaml" 1 \
    "write the day too (2024-01-01)" "write the day too (2024-02-29)"

# F4: a cited document's number N/YYYY is not the plan's year
cat >"$P/f4.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  place: An Bình
  date: 2024-01-10
  title: Thực hiện Chương trình năm {year}
opening: "Thực hiện Nghị quyết số 12/2024 của HĐND xã và Chỉ thị 05/2024 của UBND huyện, UBND xã xây dựng Kế hoạch năm {year} như sau:"
body:
  - section: NHIỆM VỤ
    items:
      - bullet: "Triển khai Kết luận số 3/2024 của Đảng ủy và văn bản số 15/2024."
      - bullet: "Hoàn thành trong tháng 6/2024; báo cáo trước 15/12/2024."
closing: Trên đây là Kế hoạch năm {year}.
recipients: ["Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
rm -rf "$work/f4"
"$khgen" build -f docx -o "$work/f4" "$P/f4.yaml" >/dev/null 2>&1
"$khgen" import -o "$P/f4i.yaml" "$work/f4/f4.docx" >/dev/null 2>&1
"$khgen" new --from "$P/f4i.yaml" --year 2025 -o "$P/f4n.yaml" >/dev/null 2>&1
"$khgen" build -f md -o "$work/f4n" "$P/f4n.yaml" >/dev/null 2>&1
md=$work/f4n/f4n.md
missing=
for want in "Nghị quyết số 12/2024" "Chỉ thị 05/2024" "Kết luận số 3/2024" "văn bản số 15/2024" "tháng 6/2025" "15/12/2025" "Kế hoạch năm 2025"; do
    grep -qF "$want" "$md" 2>/dev/null || missing="$missing [$want]"
done
if [ -z "$missing" ]; then
    ok "F4 imported, moved to 2025: the citations stay as issued, the month and date move"
else
    not_ok "F4 missing:$missing; got: $(grep -n 'Nghị\|Kết\|Hoàn' "$md" 2>/dev/null | tr '\n' ' ' | head -c 500)"
fi

# F5: the date line in figures is the plan's place and date
docx_sub "$work/sent/kh2025.docx" "$work/f5.docx" 'ngày      tháng 01 năm 2025' 'ngày 06/01/2025'
"$khgen" import -o "$P/f5.yaml" "$work/f5.docx" >/dev/null 2>"$work/err"
if grep -q '^  place: An Bình$' "$P/f5.yaml" && grep -q '^  date: 2025-01-06$' "$P/f5.yaml" &&
    ! grep -q 'KH761' "$work/err"; then
    ok "F5 'An Bình, ngày 06/01/2025' imports as place An Bình, date 2025-01-06"
else
    not_ok "F5 $(grep -n 'place\|date:\|KH761' "$P/f5.yaml" | head -4 | tr '\n' ' ')"
fi

# F6: a cited document's subject keeps its year through import and new
sed 's/      - bullet: "Hoàn thành trong tháng 6\/2024; báo cáo trước 15\/12\/2024."/      - bullet: "Theo Quyết định số 12\/QĐ-UBND của UBND huyện về giao chỉ tiêu năm 2024."\n      - bullet: "Phấn đấu hoàn thành các chỉ tiêu năm 2024."/' "$P/f4.yaml" >"$P/f6.yaml"
rm -rf "$work/f6"
"$khgen" build -f docx -o "$work/f6" "$P/f6.yaml" >/dev/null 2>&1
"$khgen" import -o "$P/f6i.yaml" "$work/f6/f6.docx" >/dev/null 2>&1
"$khgen" new --from "$P/f6i.yaml" --year 2025 -o "$P/f6n.yaml" >/dev/null 2>&1
"$khgen" build -f md -o "$work/f6n" "$P/f6n.yaml" >/dev/null 2>&1
md=$work/f6n/f6n.md
if grep -qF 'về giao chỉ tiêu năm 2024.' "$md" 2>/dev/null && grep -qF 'các chỉ tiêu năm 2025.' "$md"; then
    ok "F6 a cited decision's subject stays 'năm 2024', the plan's own text moves to 2025"
else
    not_ok "F6 got: $(grep -n 'chỉ tiêu' "$md" 2>/dev/null | tr '\n' ' ' | head -c 400)"
fi

# M1: the new plan in another directory names another registry: said
mkdir -p "$P/m1/a" "$P/m1/b"
printf 'units:\n  - {id: vp, name: Văn phòng xã A}\n' >"$P/m1/a/registry.yaml"
printf 'units:\n  - {id: vp, name: Văn phòng xã B}\n' >"$P/m1/b/registry.yaml"
sed 's/^units:$/include: [registry.yaml]\nunits_unused:/' "$P/kh2025.yaml" | grep -v 'units_unused:\|Văn phòng - Thống kê xã' >"$P/m1/a/p.yaml"
"$khgen" new --from "$P/m1/a/p.yaml" --year 2026 -o "$P/m1/b/p-2026.yaml" >/dev/null 2>"$work/err"
if grep -qF "'registry.yaml' names '$P/m1/b/registry.yaml' from the new plan, not '$P/m1/a/registry.yaml'" "$work/err"; then
    ok "M1 new -o into another directory: the note names the other registry the include now reads"
else
    not_ok "M1 $(head -c 600 "$work/err")"
fi

# L2: a number key given a list is told it is a number
small l2 <<'YAML'
levels:
  - {id: ntm, name: nông thôn mới}
localities:
  - {id: t1, name: Thôn 1, kind: thôn, target: ntm, target_year: [2024]}
body:
  - "Phấn đấu {loc t1} đạt chuẩn."
YAML
check_says "L2 target_year: [2024] is told 'must be a number, not a list'" "$P/l2.yaml" 1 \
    "error[KH102]: 'target_year' must be a number, not a list"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
