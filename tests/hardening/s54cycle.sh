#!/bin/sh
# tests/hardening/s54cycle.sh KHGEN WORKDIR - the yearly cycle and init:
# session 53's leftovers (s53cycle's and s53user's reports, "Left").
# Each case fails at e9b37102 (session 54's start) unless it is named a
# guard:
#  N1   `khgen new` from a plan of 2025 to 2026 noted a district named in
#       its texts ("Huyện Vị Xuyên") but not a locality named by its kind,
#       {name: Vị Xuyên, kind: huyện}, which the plan prints "Huyện Vị
#       Xuyên" (a group's title, a "Thuộc huyện" cell, {loc-kind}); nor
#       {name: Hà Giang, kind: thành phố} (a province's city), {name: Việt
#       Quang, kind: thị trấn}, {name: "1", kind: quận}. Now a note at the
#       locality's kind, counted; in Vietnamese too.
#  N1g  (guard) "Bắc Quang (cũ)" of kind huyện, "Hà Nội" of kind thành
#       phố: no note; "Huyện Hoàng Su Phì" of kind huyện: one note, at its
#       name, as before; the plan moved to 2025: none.
#  D3   `khgen diff`: a generated row renamed under its id in a Biểu sorted
#       by name, so moved too, was headed 'chuyển từ dòng 1' with the word
#       diff, not what it was named; now 'chuyển từ dòng 1 (trước là Biểu
#       01, dòng "Xã Đồng Yên")', as a row renamed in its place says, in
#       the terminal, -f md and -f html.
#  D3g  (guard) a row moved with its name kept: 'chuyển từ dòng 1' alone.
#  I4   `init --level xa --include REGISTRY` over a registry that lists the
#       commune's own thôn wrote the placeholders "Thôn 1", "Thôn 2" beside
#       them; now none, its target counted from the registry under the
#       commune (parent=ID), and only the counts of a standard some thôn
#       aims at this year (a count of none was KH505, its level then unused
#       KH252): the skeleton checks clean. So too a province's skeleton
#       over a registry of communes none of which aims at a standard (it
#       had KH505 twice), and a commune's over its own registry of places
#       of two kinds ("thôn, bản"), none aiming.
#  I4g  (guard) a commune's skeleton over a province's registry that lists
#       no thôn of it keeps its Thôn 1, Thôn 2 and checks clean.
#  B2   a district's office named without the district's name, a body that
#       ended with the district: in a commune's plan of 2025 moved to 2026,
#       "Phối hợp với Văn phòng điều phối nông thôn mới huyện", "Đề nghị các
#       cơ quan chuyên môn huyện", a task "Ban Chỉ đạo huyện theo dõi" in the
#       body's text were not noted (while "UBND huyện" there was), and a
#       clause headed "Các cơ quan chuyên môn huyện" and the closing's
#       "báo cáo Văn phòng điều phối nông thôn mới huyện" were not warned
#       (while "UBND huyện" there was, KH181): now notes in the text, KH181
#       in the heading and the closing (counted in new's summary, in every
#       check of the plan of 2026), in Vietnamese too; and the heading "UBND
#       các huyện, thành phố", KH181's, is no longer noted at the same line.
#  B2g  (guard) "(cũ)", a cited document's office, "trên địa bàn huyện",
#       "toàn huyện", "đường huyện", "Văn phòng UBND xã báo cáo huyện": no
#       note; the plan of 2025: no KH181, nor notes moving to 2025; the unit
#       and the recipients "UBND huyện", "Văn phòng điều phối nông thôn mới
#       huyện" warned as before.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s54cycle
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

# ---- N1: a locality named by its kind -------------------------------------------------------
bad=
cp "$here/hg25.yaml" hg25.yaml
"$khgen" --lang en new --from hg25.yaml --year 2026 -o hg26.yaml >n1.out 2>&1 || bad="$bad [new exit $?]"
tail="a district (huyện, quận, thị xã or a province's city), but the district tier ended on 1 July 2025: write the communes (xã, phường) or the province meant, or name the former district as such ('... (cũ)')"
for want in \
    "hg26.yaml:17:42: note: the locality Vị Xuyên names 'Huyện Vị Xuyên', $tail" \
    "hg26.yaml:19:39: note: the locality Hà Giang names 'Thành phố Hà Giang', $tail" \
    "hg26.yaml:21:41: note: the locality Việt Quang names 'Thị trấn Việt Quang', a thị trấn" \
    "hg26.yaml:23:31: note: the locality 1 names 'Quận 1', $tail"; do
    grep -qF -- "$want" n1.out || bad="$bad [no '$(echo "$want" | cut -c1-70)']"
done
grep -q "^notes for the drafter (5): .*5 texts naming a place that ended on 1 July 2025" n1.out ||
    bad="$bad [heading: $(grep '^notes' n1.out)]"
LANG=vi_VN.UTF-8 "$khgen" new --from hg25.yaml --year 2026 -o hg26vi.yaml >n1vi.out 2>&1
grep -qF "hg26vi.yaml:17:42: note: địa phương Vị Xuyên ghi 'Huyện Vị Xuyên', một huyện" n1vi.out ||
    bad="$bad [vi: $(grep -c note: n1vi.out) notes]"
if [ -z "$bad" ]; then
    ok "N1 new to 2026 notes a locality named by its kind that ended (huyện Vị Xuyên, thành phố Hà Giang, thị trấn Việt Quang, quận 1) at its kind, counted; in Vietnamese too"
else
    not_ok "N1:$bad"
fi

# ---- N1g (guard): the former one, a central city, a name that says its kind, 2025 ------------
bad=
grep -e ":18:[0-9]*: note" -e ":20:[0-9]*: note" n1.out && bad="$bad [Bắc Quang (cũ) or Hà Nội noted]"
[ "$(grep -c '^hg26.yaml:22:' n1.out)" = 1 ] && grep -q "^hg26.yaml:22:21: note: the locality Huyện Hoàng Su Phì names 'Huyện Hoàng Su Phì'" n1.out ||
    bad="$bad [Huyện Hoàng Su Phì: $(grep -c '^hg26.yaml:22:' n1.out) notes]"
edit hg25.yaml hg24.yaml 'date: 2025-01=>date: 2024-01' || bad="$bad [setup]"
"$khgen" --lang en new --from hg24.yaml --year 2025 -o hg25b.yaml >n1g.out 2>&1 || bad="$bad [new 2025 exit $?]"
grep -q "names '" n1g.out && bad="$bad [2025: $(grep "names '" n1g.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "N1g guard: 'Bắc Quang (cũ)' of kind huyện and 'Hà Nội' of kind thành phố not noted; 'Huyện Hoàng Su Phì' of kind huyện noted once, at its name; nothing moving to 2025"
else
    not_ok "N1g:$bad"
fi

# ---- D3: a generated row renamed and moved: what it was named ---------------------------------
bad=
cp "$top/tests/hardening/s53cycle/p26.yaml" p26.yaml
edit p26.yaml s26.yaml 'where: {target: ntm}}=>where: {target: ntm}, sort: name}' || bad="$bad [setup]"
edit s26.yaml d3.yaml 'name: Đồng Yên,=>name: Yên Hoa,' || bad="$bad [setup]"
want='Biểu 01, dòng "Xã Yên Hoa": chuyển từ dòng 1 (trước là Biểu 01, dòng "Xã Đồng Yên")'
"$khgen" diff --no-color s26.yaml d3.yaml >d3.term 2>&1
[ $? = 1 ] && grep -qxF "@@ $want @@" d3.term || bad="$bad [term: $(grep '^@@' d3.term)]"
grep -qxF 'Xã [-Đồng -]Yên{+ Hoa+} | 16 | nông thôn mới' d3.term || bad="$bad [words]"
"$khgen" diff -f md s26.yaml d3.yaml >d3.md 2>&1
grep -qxF "## $want" d3.md || bad="$bad [md: $(grep '^##' d3.md | tail -1)]"
"$khgen" diff -f html s26.yaml d3.yaml >d3.html 2>&1
grep -qF "<h2>$(echo "$want" | sed 's/"/\&quot;/g')</h2>" d3.html || bad="$bad [html: $(grep -o '<h2>[^<]*</h2>' d3.html | head -c 200)]"
if [ -z "$bad" ]; then
    ok "D3 diff: a generated row renamed under its id and moved by the sort is headed 'chuyển từ dòng 1 (trước là ...)', with the word diff (term, md, html)"
else
    not_ok "D3:$bad"
fi

# ---- D3g (guard): a row moved, its name kept ------------------------------------------------------
bad=
edit s26.yaml g3.yaml 'name: Đồng Yên, kind: xã, criteria_met: 16=>name: Đồng Yên, kind: xã, criteria_met: 15' \
    'name: Vĩnh Tuy,=>name: Bạch Ngọc,' || bad="$bad [setup]"
"$khgen" diff --no-color s26.yaml g3.yaml >g3.term 2>&1
grep -qxF '@@ Biểu 01, dòng "Xã Đồng Yên": sửa @@' g3.term || bad="$bad [$(grep '^@@' g3.term | tr '\n' '~')]"
grep -q 'trước là Biểu 01, dòng "Xã Đồng Yên"' g3.term && bad="$bad [named as renamed]"
if [ -z "$bad" ]; then
    ok "D3g guard: a row whose name is kept, its cell edited, names no former name"
else
    not_ok "D3g:$bad"
fi

# ---- I4: init over a registry that lists the commune's own places ---------------------------------
bad=
mkdir -p i4/chung i4/tinh i4/xa
cp "$here/chung/dong-huu.yaml" "$here/chung/no-aims.yaml" i4/chung/
cp "$here/tinh/communes.yaml" i4/tinh/
(
    cd i4/xa || exit 2
    "$khgen" --lang en init --level xa --year 2026 --include ../chung/dong-huu.yaml "Xã Đồng Hưu" -o dh26.yaml >dh.out 2>&1 || echo "[init exit $?]"
    "$khgen" --lang en check --allow-read ../chung dh26.yaml >dh.check 2>&1 || echo "[check exit $?: $(grep -o '\[KH[0-9]*\]' dh.check | sort -u | tr '\n' ' ')]"
    grep -q 'Thôn 1\|Thôn 2\|thon-1' dh26.yaml && echo "[placeholders]"
    grep -qF '{count localities parent=xa-dong-huu target=ntm target_year=year}' dh26.yaml || echo "[no count of the registry's thôn]"
    grep -q 'target=ntm-nc' dh26.yaml && echo "[a count of none (ntm-nc)]"
    grep -q 'warning' dh.check && echo "[warnings: $(grep -o '\[KH[0-9]*\]' dh.check | sort -u | tr '\n' ' ')]"
    "$khgen" --lang en build --allow-read ../chung -f md -o out dh26.yaml >/dev/null 2>&1 || echo "[build]"
    grep -qF 'Phấn đấu có thêm 1 thôn đạt chuẩn nông thôn mới.' out/dh26.md || echo "[md: $(grep 'Phấn đấu có thêm' out/dh26.md)]"
    "$khgen" --lang en init --level xa --year 2026 --include ../chung/no-aims.yaml "Xã Đồng Hưu" -o na26.yaml >na.out 2>&1 || echo "[init no-aims exit $?]"
    "$khgen" --lang en check --allow-read ../chung na26.yaml >na.check 2>&1 || echo "[no-aims check exit $?]"
    grep -q 'warning' na.check && echo "[no-aims warnings: $(grep -o '\[KH[0-9]*\]' na.check | sort -u | tr '\n' ' ')]"
    grep -qF 'Phấn đấu các thôn, bản hoàn thành các chỉ tiêu năm {year}.' na26.yaml || echo "[no-aims bullet]"
    grep -q 'Thôn 1' na26.yaml && echo "[no-aims placeholders]"
) >i4.bad
(
    cd i4/tinh || exit 2
    "$khgen" --lang en init --level tinh --year 2026 --include communes.yaml "Tỉnh Tuyên Quang" -o tq26.yaml >tq.out 2>&1 || echo "[init tinh exit $?]"
    "$khgen" --lang en check tq26.yaml >tq.check 2>&1 || echo "[tinh check exit $?]"
    grep -q 'warning' tq.check && echo "[tinh warnings: $(grep -o '\[KH[0-9]*\]' tq.check | sort -u | tr '\n' ' ')]"
    grep -qF 'Phấn đấu các xã hoàn thành các chỉ tiêu năm {year}.' tq26.yaml || echo "[tinh bullet]"
) >>i4.bad
bad=$(tr '\n' ' ' <i4.bad)
if [ -z "$bad" ]; then
    ok "I4 init over a registry of the commune's own thôn: no placeholder, its thôn counted under the commune (1 thôn), only a standard one aims at; a province's over communes aiming at none, a commune's over places of two kinds aiming at none: no count of none; each checks clean"
else
    not_ok "I4: $bad"
fi

# ---- I4g (guard): a province's registry with no thôn of the commune ------------------------------
bad=
(
    cd i4/tinh || exit 2
    "$khgen" --lang en init --level xa --year 2026 --include communes.yaml "Xã An Bình" -o ab26.yaml >ab.out 2>&1 || echo "[init exit $?]"
    "$khgen" --lang en check ab26.yaml >ab.check 2>&1 || echo "[check exit $?]"
    grep -q 'warning' ab.check && echo "[warnings: $(grep -o '\[KH[0-9]*\]' ab.check | sort -u | tr '\n' ' ')]"
    grep -qF '{id: thon-1, name: "Thôn 1", kind: thôn, target: ntm, target_year: 2026}' ab26.yaml || echo "[no Thôn 1]"
    grep -qF 'Phấn đấu {loc-kind thon-2} đạt chuẩn nông thôn mới nâng cao.' ab26.yaml || echo "[no Thôn 2's target]"
) >i4g.bad
bad=$(tr '\n' ' ' <i4g.bad)
if [ -z "$bad" ]; then
    ok "I4g guard: a commune's skeleton over a province's registry listing no thôn of it keeps Thôn 1, Thôn 2; checks clean"
else
    not_ok "I4g: $bad"
fi

# ---- B2: a district's office named in a sentence ---------------------------------------------------
bad=
cp "$here/tp25.yaml" tp25.yaml
"$khgen" --lang en new --from tp25.yaml --year 2026 -o tp26.yaml >b2.out 2>&1 || bad="$bad [new exit $?]"
office="an office of a district, but the district tier ended on 1 July 2025"
for want in \
    "tp26.yaml:87:34: note: the text of the body names 'Văn phòng điều phối nông thôn mới huyện', $office: name the commune's or the province's office that does this work, or name the former office as such ('... (cũ)')" \
    "tp26.yaml:88:33: note: the text of the body names 'cơ quan chuyên môn huyện', $office" \
    "tp26.yaml:126:15: note: the text of the body names 'Ban Chỉ đạo huyện', $office" \
    "left as they were: 6 values naming a district's People's Committee or office"; do
    grep -qF -- "$want" b2.out || bad="$bad [new: no '$(echo "$want" | cut -c1-60)']"
done
grep -q '^tp26.yaml:122:.*note' b2.out && bad="$bad [the heading 'UBND các huyện' noted beside its KH181]"
[ "$(grep -c 'warning\[KH181\]' b2.out)" = 6 ] || bad="$bad [$(grep -c 'warning\[KH181\]' b2.out) KH181, not 6]"
"$khgen" --lang en check tp26.yaml >b2.check 2>&1
for want in \
    "tp26.yaml:119:17: warning[KH181]: the heading 'Các cơ quan chuyên môn huyện' names 'cơ quan chuyên môn huyện', $office: name the commune's or the province's office that does this work in a plan for 2026" \
    "tp26.yaml:143:10: warning[KH181]: closing: names 'Văn phòng điều phối nông thôn mới huyện', $office" \
    "tp26.yaml:122:17: warning[KH181]: the heading 'UBND các huyện, thành phố' names 'UBND các huyện'"; do
    grep -qF -- "$want" b2.check || bad="$bad [check: no '$(echo "$want" | cut -c1-60)']"
done
LANG=vi_VN.UTF-8 "$khgen" check tp26.yaml >b2vi.check 2>&1
grep -qF "tp26.yaml:143:10: warning[KH181]: closing: ghi tên 'Văn phòng điều phối nông thôn mới huyện', cơ quan của cấp huyện" b2vi.check ||
    bad="$bad [vi check]"
LANG=vi_VN.UTF-8 "$khgen" new --from tp25.yaml --year 2026 -o tp26vi.yaml >b2vi.out 2>&1
grep -qF "tp26vi.yaml:87:34: note: nội dung kế hoạch ghi 'Văn phòng điều phối nông thôn mới huyện', cơ quan của cấp huyện" b2vi.out ||
    bad="$bad [vi new: $(grep '87:34' b2vi.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "B2 a district's office named without its place: new to 2026 notes it in the body's text, KH181 at a heading and the closing (counted), in Vietnamese too; a heading KH181 warns is not noted again"
else
    not_ok "B2:$bad"
fi

# ---- B2g (guard): history, places, another level's office; 2025; the units and recipients -------------
bad=
for line in 89 90 91 92; do
    grep -q "^tp26.yaml:$line:.*note: .*names '" b2.out && bad="$bad [noted at $line: $(grep "^tp26.yaml:$line:" b2.out | head -c 150)]"
done
for want in \
    "tp26.yaml:45:10: warning[KH181]: the unit 'Văn phòng điều phối nông thôn mới huyện' is an office of a district" \
    "tp26.yaml:146:14: warning[KH181]: the recipient 'UBND huyện' is a district's People's Committee or Council" \
    "tp26.yaml:146:26: warning[KH181]: the recipient 'Văn phòng điều phối nông thôn mới huyện' is a district's office"; do
    grep -qF -- "$want" b2.check || bad="$bad [no '$(echo "$want" | cut -c1-60)']"
done
"$khgen" --lang en check tp25.yaml >b2g.check 2>&1 || bad="$bad [2025 check exit $?]"
grep -q KH181 b2g.check && bad="$bad [KH181 in 2025]"
edit tp25.yaml tp24.yaml 'date: 2025-01=>date: 2024-01' || bad="$bad [setup]"
"$khgen" --lang en new --from tp24.yaml --year 2025 -o tp25b.yaml >b2g.out 2>&1 || bad="$bad [new 2025 exit $?]"
grep -q "an office of a district" b2g.out && bad="$bad [2025 noted]"
if [ -z "$bad" ]; then
    ok "B2g guard: '(cũ)', a cited document's office, 'trên địa bàn huyện', 'toàn huyện', 'đường huyện', 'Văn phòng UBND xã báo cáo huyện' not noted; the plan of 2025 not warned nor noted; the unit and recipients warned as before"
else
    not_ok "B2g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
