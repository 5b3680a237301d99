#!/bin/sh
# tests/hardening/s53user.sh KHGEN WORKDIR - session 53's new user (the IT
# officer of the Văn phòng UBND tỉnh Tuyên Quang, which took in tỉnh Hà
# Giang on 1 July 2025: the province's plan of 2026 started from last
# year's two Word files, the README only) and session 52's leftovers on
# `khgen init`. Each case fails at 8bad564e (session 53's start) unless it
# is named a guard:
#  F1   last year's plan imported (its "TỔ CHỨC THỰC HIỆN" clauses headed
#       "Sở Nông nghiệp và Phát triển nông thôn", "Sở Kế hoạch và Đầu tư,
#       Sở Tài chính", "Sở Giao thông vận tải", "UBND các huyện, thành
#       phố", import's units and the clauses of their tasks), `khgen new
#       --year 2026`, each unit KH181/KH182 named renamed and each task's
#       lead made the body that took the work over: check and build exit
#       0, no word, and the document of 2026 heads its tasks with the
#       departments and the district People's Committees that ended in 2025
#       (HIGH: a wrong document, exit 0). Now each heading is KH182 (the
#       body to write) or KH181, as the opening is, in English and in
#       Vietnamese; -Werror refuses the plan; new's summary counts them.
#  F1g  (guard) a heading naming the former body as such ("(cũ)"), one
#       citing its document by number and date, the same headings in a plan
#       of 2025, and a bullet's text naming "UBND các huyện" (the body's
#       text is not read): no KH181 or KH182; none in plans/.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# last year's plan of the province as an office typed it, then imported
tq_2025_txt() {
    cat <<'@END'
ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 18/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 20 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Tuyên Quang năm 2025

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2025, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU

Huy động các nguồn lực để thực hiện có hiệu quả Chương trình năm 2025.

II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Phát triển nông thôn

Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2025.

2. Sở Kế hoạch và Đầu tư, Sở Tài chính

Tham mưu bố trí vốn ngân sách tỉnh đối ứng thực hiện Chương trình năm 2025.

3. Sở Giao thông vận tải

Hướng dẫn thực hiện tiêu chí giao thông.

4. UBND các huyện, thành phố

Xây dựng kế hoạch thực hiện năm 2025, hoàn thành trước ngày 28/02/2025.

Trên đây là Kế hoạch thực hiện Chương trình năm 2025 của UBND tỉnh Tuyên Quang./.

Nơi nhận:

- Thường trực Tỉnh ủy;

- Lưu: VT, NLN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Việt Phương
@END
}

# ---- F1: the headings of a plan of 2026 ----------------------------------------------------
bad=
mkdir -p "$work/f1"
cd "$work/f1" || exit 2
tq_2025_txt >tq-2025.txt
"$khgen" import tq-2025.txt -o tq-2025.yaml >/dev/null 2>&1 || bad="$bad [import exit $?]"
"$khgen" new --from tq-2025.yaml --year 2026 -o tq-2026.yaml >new.out 2>new.err || bad="$bad [new exit $?]"
# the drafter does what KH181 and KH182 say at each unit, and nothing else
/usr/bin/python3 - tq-2026.yaml <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
for a, b in [
    ('{id: so-nnptnt, name: Sở Nông nghiệp và Phát triển nông thôn}', '{id: so-nnptnt, name: Sở Nông nghiệp và Môi trường}'),
    ('  - {id: so-ke-hoach-va-dau-tu, name: Sở Kế hoạch và Đầu tư}\n', ''),
    ('lead: [so-ke-hoach-va-dau-tu, so-tai-chinh]', 'lead: so-tai-chinh'),
    ('{id: so-giao-thong-van-tai, name: Sở Giao thông vận tải}', '{id: so-giao-thong-van-tai, name: Sở Xây dựng}'),
    ('{id: ubnd-cac-huyen-thanh-pho, name: "UBND các huyện, thành phố"}', '{id: ubnd-cac-huyen-thanh-pho, name: "UBND các xã, phường"}'),
]:
    if a not in s:
        sys.exit('missing: ' + a)
    s = s.replace(a, b, 1)
open(p, 'w', encoding='utf-8').write(s)
PY
[ $? -eq 0 ] || bad="$bad [the fixture's edits]"
"$khgen" check --lang en tq-2026.yaml >check.out 2>&1
for h in 'Sở Nông nghiệp và Phát triển nông thôn' 'Sở Kế hoạch và Đầu tư, Sở Tài chính' 'Sở Giao thông vận tải'; do
    line=$(grep -n "^      - clause: $h\$" tq-2026.yaml | cut -d: -f1)
    [ -n "$line" ] && grep -q "^tq-2026.yaml:$line:17: warning\[KH182\]: the heading '" check.out ||
        bad="$bad [no KH182 at '$h' (line ${line:-?})]"
done
grep -q "warning\[KH182\]: the heading 'Sở Giao thông vận tải' names Sở Giao thông vận tải, which the 2025 reorganisation merged into Sở Xây dựng .*: write 'Sở Xây dựng' in a plan for 2026" check.out ||
    bad="$bad [KH182's words]"
line=$(grep -n '^      - clause: UBND các huyện, thành phố$' tq-2026.yaml | cut -d: -f1)
[ -n "$line" ] && grep -q "^tq-2026.yaml:$line:17: warning\[KH181\]: the heading 'UBND các huyện, thành phố' names 'UBND các huyện', a district's People's Committee" check.out ||
    bad="$bad [no KH181 at the district's heading: $(head -c 300 check.out)]"
[ "$(grep -c 'warning\[KH18[12]\]' check.out)" -eq 4 ] || bad="$bad [$(grep -c 'warning\[KH18[12]\]' check.out) KH181/KH182, not the 4 headings]"
LANG=vi_VN.UTF-8 LANGUAGE= LC_ALL= "$khgen" check --lang vi tq-2026.yaml 2>&1 |
    grep -q "warning\[KH182\]: đề mục 'Sở Giao thông vận tải' ghi tên Sở Giao thông vận tải" || bad="$bad [Vietnamese]"
"$khgen" check -Werror tq-2026.yaml >/dev/null 2>&1
st=$?
[ "$st" -eq 1 ] || bad="$bad [check -Werror exit $st]"
"$khgen" build -Werror -f md -o out tq-2026.yaml >/dev/null 2>&1
st=$?
[ "$st" -eq 1 ] && [ ! -e out/tq-2026.md ] || bad="$bad [build -Werror exit $st]"
# new's summary counts the headings with the units (3 + 3 KH182, 1 + 1 KH181)
grep -q 'left as they were: 2 values naming a district' new.out &&
    grep -q 'left as they were: 6 values naming a department' new.out ||
    bad="$bad [new's summary: $(grep 'left as they were: [0-9]' new.out | tr '\n' '|')]"
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "F1 a plan of 2026 from last year's imported plan, its units renamed as KH181/KH182 said: each 'TỔ CHỨC THỰC HIỆN' heading naming a department merged away is KH182 (the body to write), 'UBND các huyện, thành phố' KH181, in Vietnamese too; -Werror refuses it; new's summary counts them"
else
    not_ok "F1:$bad"
fi

# ---- F1g: (guard) history, a plan of 2025, the body's text ---------------------------------
bad=
mkdir -p "$work/f1g"
cd "$work/f1g" || exit 2
cp "$work/f1/tq-2025.yaml" .
"$khgen" check tq-2025.yaml >y2025.out 2>&1
grep -q 'KH18[12]' y2025.out && bad="$bad [2025: $(grep -m1 'KH18' y2025.out)]"
/usr/bin/python3 - "$work/f1/tq-2026.yaml" g.yaml <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for a, b in [
    ('- clause: Sở Nông nghiệp và Phát triển nông thôn', '- clause: Sở Nông nghiệp và Môi trường (tiếp nhận nhiệm vụ của Sở Nông nghiệp và Phát triển nông thôn (cũ))'),
    ('- clause: Sở Kế hoạch và Đầu tư, Sở Tài chính', '- clause: Thực hiện Quyết định số 12/QĐ-SKHĐT ngày 10/01/2025 của Sở Kế hoạch và Đầu tư'),
    ('- clause: Sở Giao thông vận tải', '- clause: Sở Xây dựng'),
    ('- clause: UBND các huyện, thành phố', '- clause: UBND các xã, phường'),
    ('Huy động các nguồn lực', 'Tiếp tục các việc UBND các huyện đã làm; huy động các nguồn lực'),
]:
    if a not in s:
        sys.exit('missing: ' + a)
    s = s.replace(a, b, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
[ $? -eq 0 ] || bad="$bad [the fixture's edits]"
"$khgen" check g.yaml >g.out 2>&1
grep -q 'KH18[12]' g.out && bad="$bad [$(grep -m1 'KH18' g.out)]"
cd "$top" || exit 2
for f in plans/*.yaml; do
    "$khgen" check --max-errors 0 "$f" 2>&1 | grep -q 'KH18[12]' && bad="$bad [$f]"
done
if [ -z "$bad" ]; then
    ok "F1g (guard) headings naming the former body '(cũ)' or citing its decision by number and date, the headings of a plan of 2025, a text naming 'UBND các huyện': no KH181/KH182; none in plans/"
else
    not_ok "F1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
