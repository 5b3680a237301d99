#!/bin/sh
# tests/hardening/s52cycle.sh KHGEN WORKDIR - the leftovers of session 51's
# yearly cycle after the 2025 reorganisation (s51province F3, F4; s51cycle's
# left items), and a merged province's cycle. Each case fails at 3be5a963
# (session 52's start) unless it is named a guard:
#  P1   `khgen new` from the imported plan of Hà Giang of 2025 (merged into
#       Tuyên Quang on 1 July 2025) to 2026 kept its Biểu's group rows
#       "Huyện Bắc Quang" ... "Thành phố Hà Giang", its bullets "Huyện Vị
#       Xuyên: ...", its issuer "TỈNH HÀ GIANG" and title "... tỉnh Hà
#       Giang" with no word (KH181 reads no text); now a note at each text
#       naming a place that ended on 1 July 2025 (the district, the
#       province's city, the province merged, with the province it went
#       into), counted in the notes' heading; in Vietnamese too.
#  P1g  (guard) no such note for a place named as the former one ("(cũ)"),
#       in a cited document, a ward named after an old province ("phường
#       Hà Giang 1"), a city under the central government, the province
#       that kept its name, "cấp huyện", nor in a plan moved to 2025; the
#       recipients and units KH181 warns are not noted again.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s52cycle
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

# ---- P1: new from the plan of Hà Giang of 2025 to 2026 notes each place ------------
"$khgen" new --from "$here/hg25.yaml" --year 2026 -o hg26.yaml >p1.out 2>p1.err
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [new exit $st]"
grep -qxF "notes for the drafter (29): the old year in the text, targets that passed, 15 texts naming a place that ended on 1 July 2025" p1.out ||
    bad="$bad [heading: $(grep '^notes' p1.out)]"
for want in \
    "hg26.yaml:8:7: note: the header of the plan names 'TỈNH HÀ GIANG', a province merged into tỉnh Tuyên Quang on 1 July 2025 (Nghị quyết 202/2025/QH15): write tỉnh Tuyên Quang, or name the former province as such ('... (cũ)')" \
    "hg26.yaml:14:98: note: the title of the plan names 'tỉnh Hà Giang', a province merged into tỉnh Tuyên Quang" \
    "hg26.yaml:60:22: note: the text of the body names 'Huyện Vị Xuyên', a district (huyện, quận, thị xã or a province's city), but the district tier ended on 1 July 2025: write the communes (xã, phường) or the province meant, or name the former district as such ('... (cũ)')" \
    "hg26.yaml:91:70: note: the text of the body names 'các huyện', a district" \
    "hg26.yaml:133:20: note: the rows of Biểu 01 name 'Huyện Bắc Quang', a district" \
    "hg26.yaml:146:20: note: the rows of Biểu 01 name 'Thành phố Hà Giang', a district"; do
    grep -qF -- "$want" p1.out || bad="$bad [no '$(echo "$want" | cut -c1-70)']"
done
# the values KH181 warns are not noted again
grep -e "^hg26.yaml:40:" -e "^hg26.yaml:110:" p1.out | grep -q note && bad="$bad [KH181's values noted again]"
LC_ALL=C.UTF-8 LANG=vi_VN.UTF-8 "$khgen" --lang vi new --from "$here/hg25.yaml" --year 2026 -o hg26vi.yaml >p1vi.out 2>&1
grep -qF "hg26vi.yaml:133:20: note: các dòng của Biểu 01 ghi 'Huyện Bắc Quang', một huyện" p1vi.out &&
    grep -qF "hợp nhất vào tỉnh Tuyên Quang từ ngày 01/7/2025" p1vi.out ||
    bad="$bad [vi: $(grep "Bắc Quang" p1vi.out | head -c 300)]"
if [ -z "$bad" ]; then
    ok "P1 new from Hà Giang's plan of 2025 to 2026: a note at each text naming a district ('Huyện Bắc Quang' in Biểu 01, 'Huyện Vị Xuyên' in a bullet, 'Thành phố Hà Giang') or the merged province ('TỈNH HÀ GIANG': write tỉnh Tuyên Quang), 15 counted; in Vietnamese too"
else
    not_ok "P1:$bad"
fi

# ---- P1g (guard): the former, the cited, a ward, a central city, 2025 ------------
bad=
edit "$here/hg25.yaml" g25.yaml \
    'TỈNH HÀ GIANG=>TỈNH TUYÊN QUANG' 'UBND tỉnh Hà Giang=>UBND tỉnh Tuyên Quang' \
    'place: Hà Giang=>place: Tuyên Quang' 'địa bàn tỉnh Hà Giang=>địa bàn tỉnh Tuyên Quang' \
    'opening: "UBND tỉnh Hà Giang xây dựng=>opening: "UBND tỉnh Tuyên Quang xây dựng' \
    '"Huyện Bắc Quang: xã=>"Huyện Bắc Quang (cũ): xã' \
    '"Huyện Vị Xuyên: xã {loc viet-lam}, {loc linh-ho} đạt chuẩn nông thôn mới."=>"Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND huyện Vị Xuyên; phường Hà Giang 1, phường Hà Giang 2 học tập Thành phố Hồ Chí Minh, thành phố Huế, TP. Hải Phòng; cấp huyện không còn."' \
    'hướng dẫn các huyện thực hiện=>hướng dẫn các xã thực hiện' \
    'của UBND tỉnh Hà Giang./.=>của UBND tỉnh Tuyên Quang./.' \
    'text: "UBND các huyện, thành phố: xây dựng kế hoạch năm {year} của huyện; chỉ đạo=>text: "Sở Nội vụ: chỉ đạo' \
    '{heading: "Huyện Bắc Quang"}=>{heading: "Huyện Bắc Quang (cũ)"}' \
    '{heading: "Huyện Vị Xuyên"}=>{heading: "Khu vực Vị Xuyên"}' \
    '{heading: "Huyện Quang Bình"}=>{heading: "Khu vực Quang Bình"}' \
    '{heading: "Huyện Hoàng Su Phì"}=>{heading: "Khu vực Hoàng Su Phì"}' \
    '{heading: "Thành phố Hà Giang"}=>{heading: "Thành phố Hà Giang cũ"}' || bad="$bad [setup]"
"$khgen" new --from g25.yaml --year 2026 -o g26.yaml >g1.out 2>g1.err || bad="$bad [new exit $?]"
grep -q "names '" g1.out && bad="$bad [2026: $(grep "names '" g1.out | head -2 | cut -c1-160)]"
grep -q "^notes.*naming a place" g1.out && bad="$bad [counted]"
grep -q "KH181" g1.err || bad="$bad [KH181 at the units/recipients lost]"
edit "$here/hg25.yaml" h24.yaml 'date: 2025-01=>date: 2024-01' 'due: {before: 2025-03-31}=>due: {before: 2024-03-31}' \
    'due: {before: 2025-12-15}=>due: {before: 2024-12-15}' || bad="$bad [setup 2024]"
"$khgen" new --from h24.yaml --year 2025 -o h25.yaml >g2.out 2>&1 || bad="$bad [new 2025 exit $?]"
grep -q "names '" g2.out && bad="$bad [2025: $(grep "names '" g2.out | head -1 | cut -c1-120)]"
if [ -z "$bad" ]; then
    ok "P1g guard: '(cũ)', a cited document, 'phường Hà Giang 1', central cities, tỉnh Tuyên Quang, 'cấp huyện', a plan moved to 2025: no note; KH181 kept"
else
    not_ok "P1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
