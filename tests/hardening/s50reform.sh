#!/bin/sh
# tests/hardening/s50reform.sh KHGEN WORKDIR - the provincial departments
# (Sở) and the ministries (Bộ) the 2025 reorganisation merged away
# (Nghị định 45/2025/NĐ-CP, Nghị quyết 176/2025/QH15), named in a plan for
# 2026 (session 49's IT officer, F10: "Sở Nông nghiệp và Phát triển nông
# thôn" among the recipients built clean). KH182 names the successor; it
# reads the places KH181 reads. Each case fails at 6825de1f (no KH182):
#  R1  recipients of a plan for 2026, as offices write them: "Sở Nông
#      nghiệp và PTNT", "Sở NN & PTNT tỉnh Bắc Giang", "Sở Kế hoạch – Đầu
#      tư" (an en dash), "Sở GTVT", "Sở Lao động - TB&XH", "Bộ Thông tin và
#      Truyền thông", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG": KH182 at the line of
#      each, with the body to write ('Sở Nông nghiệp và Môi trường', 'Sở
#      Tài chính', 'Sở Xây dựng', 'Sở Nội vụ' and where the rest of its work
#      went, 'Bộ Khoa học và Công nghệ'); exactly those 7: the new names
#      ("Sở Nông nghiệp và Môi trường", "Sở Tài chính") among them, a task
#      text naming "Sở Nông nghiệp và PTNT" (the body's text is not read),
#      "bộ tiêu chí thông tin và truyền thông" and "trên cơ sở kế hoạch và
#      đầu tư" in the opening (words, no body: "Sở"/"Bộ" a capital) and a
#      basis citing "Quyết định số 45/QĐ-SNN ... của Sở Nông nghiệp và PTNT"
#      (history) give none. The check exits 0 (warnings).
#  R2  the same plan dated 2025 (a plan for 2025): no KH182 (the
#      reorganisation's names are the 2026 plan's slip), where R1's gives 7.
#  R3  a unit "Sở Nông nghiệp và Phát triển nông thôn", an issuer line "SỞ
#      GIAO THÔNG VẬN TẢI", a governing body "SỞ KH&ĐT TỈNH BẮC GIANG":
#      KH182 at each line.
#  R4  the closing "... báo cáo Sở NN&PTNT tỉnh." and the opening "Sở Thông
#      tin - Truyền thông chủ trì ...": KH182 at each; the same opening
#      citing "Hướng dẫn số 12/HD-SNN ngày 05/3/2025 của Sở Nông nghiệp và
#      PTNT" and a closing naming "Sở Giao thông vận tải (cũ)": none (a
#      document cited by its number or date, and the former body named as
#      such, are history, as KH181 reads them).
#  V1  KH182 in Vietnamese (LANG=vi_VN.UTF-8), and `khgen explain KH182`
#      in both languages.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work"
cd "$work" || exit 2

"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o x26.yaml >/dev/null 2>&1 ||
    not_ok "setup: init of a xã's plan of 2026"

# mk OUT PYTHON-EDITS: x26.yaml with s (its text) edited by the lines given
mk() {
    out=$1
    shift
    /usr/bin/python3 - "$work/x26.yaml" "$work/$out" "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for edit in sys.argv[3:]:
    old, new = edit.split('=>', 1)
    if old not in s:
        sys.exit('no ' + old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
# line N of the first line of FILE holding TEXT
line_of() { grep -n -F -- "$2" "$1" | head -1 | cut -d: -f1; }

# ---- R1: recipients --------------------------------------------------------
mk r26.yaml \
    'recipients: [UBND tỉnh,=>recipients: [UBND tỉnh, Sở Nông nghiệp và PTNT, "Sở NN & PTNT tỉnh Bắc Giang", Sở Kế hoạch – Đầu tư, Sở GTVT, Sở Lao động - TB&XH, Bộ Thông tin và Truyền thông, SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG, Sở Nông nghiệp và Môi trường, Sở Tài chính,' \
    '  - text: Căn cứ tình hình thực tế của địa phương=>  - text: Căn cứ Quyết định số 45/QĐ-SNN ngày 10/01/2025 của Sở Nông nghiệp và PTNT tỉnh Bắc Giang
  - text: Căn cứ tình hình thực tế của địa phương' \
    'nông thôn mới năm {year} trên địa bàn xã.=>nông thôn mới năm {year} trên địa bàn xã, phối hợp với Sở Nông nghiệp và PTNT.' \
    'dựng nông thôn mới năm {year}, như sau:=>dựng nông thôn mới năm {year} trên cơ sở kế hoạch và đầu tư công, bộ tiêu chí thông tin và truyền thông, như sau:' ||
    not_ok "setup: r26.yaml"
"$khgen" check r26.yaml >r1.out 2>&1
st=$?
rl=$(line_of r26.yaml 'recipients: [')
bad=
for want in \
    "the recipient 'Sở Nông nghiệp và PTNT' names Sở Nông nghiệp và Phát triển nông thôn, which the 2025 reorganisation merged into Sở Nông nghiệp và Môi trường (Nghị định 45/2025/NĐ-CP): write 'Sở Nông nghiệp và Môi trường' in a plan for 2026" \
    "the recipient 'Sở NN & PTNT tỉnh Bắc Giang' names Sở Nông nghiệp và Phát triển nông thôn,.*write 'Sở Nông nghiệp và Môi trường'" \
    "the recipient 'Sở Kế hoạch – Đầu tư' names Sở Kế hoạch và Đầu tư,.*write 'Sở Tài chính'" \
    "the recipient 'Sở GTVT' names Sở Giao thông vận tải,.*write 'Sở Xây dựng'" \
    "the recipient 'Sở Lao động - TB&XH' names Sở Lao động - Thương binh và Xã hội,.*write 'Sở Nội vụ' in a plan for 2026 (part of its work went to Sở Y tế and Sở Giáo dục và Đào tạo)" \
    "the recipient 'Bộ Thông tin và Truyền thông' names Bộ Thông tin và Truyền thông,.*(Nghị quyết 176/2025/QH15): write 'Bộ Khoa học và Công nghệ'" \
    "the recipient 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG' names Sở Tài nguyên và Môi trường,.*write 'Sở Nông nghiệp và Môi trường'"; do
    grep -q "^r26.yaml:$rl:[0-9]*: warning\[KH182\]: $want" r1.out || bad="$bad [$want]"
done
n=$(grep -c 'warning\[KH182\]' r1.out)
if [ "$st" -eq 0 ] && [ -z "$bad" ] && [ "$n" -eq 7 ]; then
    ok "R1: 7 recipients naming a department merged away in 2025, as offices write them: KH182 with the successor; the new names, the body's text, a basis and words are not warned"
else not_ok "R1: exit $st, $n KH182:$bad"; fi

# ---- R2: a plan of 2025 ------------------------------------------------------
sed 's/2026-/2025-/g; s/target_year: 2026/target_year: 2025/g' r26.yaml >r25.yaml
"$khgen" check r25.yaml >r2.out 2>&1
st=$?
if [ "$st" -le 1 ] && grep -q '^  date: 2025-01 ' r25.yaml && ! grep -q 'KH182' r2.out &&
    [ "$n" -eq 7 ]; then
    ok "R2: the same recipients in a plan for 2025: no KH182 (R1's 2026: 7)"
else not_ok "R2: exit $st, $(grep -c KH182 r2.out) KH182 in 2025, $n in 2026"; fi

# ---- R3: a unit, an issuer line, the governing body --------------------------
mk u26.yaml \
    '  - {id: mttq,=>  - {id: snn, name: Sở Nông nghiệp và Phát triển nông thôn}
  - {id: mttq,' \
    '  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]=>  issuer: [UBND TỈNH BẮC GIANG, SỞ GIAO THÔNG VẬN TẢI]' \
    '  # governing_body: UBND TỈNH ...=>  governing_body: SỞ KH&ĐT TỈNH BẮC GIANG
  #' || not_ok "setup: u26.yaml"
"$khgen" check u26.yaml >r3.out 2>&1
ul=$(line_of u26.yaml '{id: snn,')
il=$(line_of u26.yaml '  issuer: [')
gl=$(line_of u26.yaml '  governing_body: SỞ')
if grep -q "^u26.yaml:$ul:[0-9]*: warning\[KH182\]: the unit 'Sở Nông nghiệp và Phát triển nông thôn'.*write 'Sở Nông nghiệp và Môi trường'" r3.out &&
    grep -q "^u26.yaml:$il:[0-9]*: warning\[KH182\]: the issuer line 'SỞ GIAO THÔNG VẬN TẢI' names Sở Giao thông vận tải,.*write 'Sở Xây dựng'" r3.out &&
    grep -q "^u26.yaml:$gl:[0-9]*: warning\[KH182\]: the governing body 'SỞ KH&ĐT TỈNH BẮC GIANG' names Sở Kế hoạch và Đầu tư,.*write 'Sở Tài chính'" r3.out; then
    ok "R3: a unit, an issuer line and the governing body naming a department merged away: KH182 at each"
else not_ok "R3: $(grep KH182 r3.out | head -c 600)"; fi

# ---- R4: the opening and the closing ------------------------------------------
mk t26.yaml \
    'dựng nông thôn mới năm {year}, như sau:=>dựng nông thôn mới năm {year}; Sở Thông tin - Truyền thông chủ trì hướng dẫn, như sau:' \
    'thôn mới năm {year} của UBND xã Tân Phú.=>thôn mới năm {year} của UBND xã Tân Phú. Định kỳ báo cáo Sở NN&PTNT tỉnh.' ||
    not_ok "setup: t26.yaml"
mk h26.yaml \
    'dựng nông thôn mới năm {year}, như sau:=>dựng nông thôn mới năm {year} theo Hướng dẫn số 12/HD-SNN ngày 05/3/2025 của Sở Nông nghiệp và PTNT, như sau:' \
    'thôn mới năm {year} của UBND xã Tân Phú.=>thôn mới năm {year} của UBND xã Tân Phú, tiếp nối các công trình của Sở Giao thông vận tải (cũ).' ||
    not_ok "setup: h26.yaml"
"$khgen" check t26.yaml >r4.out 2>&1
"$khgen" check h26.yaml >r4h.out 2>&1
ol=$(line_of t26.yaml 'opening:')
cl=$(line_of t26.yaml 'closing:')
if grep -q "^t26.yaml:$ol:[0-9]*: warning\[KH182\]: the opening 'Sở Thông tin - Truyền thông' names Sở Thông tin và Truyền thông,.*write 'Sở Khoa học và Công nghệ'" r4.out &&
    grep -q "^t26.yaml:$cl:[0-9]*: warning\[KH182\]: the closing 'Sở NN&PTNT' names Sở Nông nghiệp và Phát triển nông thôn,.*write 'Sở Nông nghiệp và Môi trường'" r4.out &&
    [ "$(grep -c KH182 r4.out)" -eq 2 ] && ! grep -q KH182 r4h.out && grep -q 'HD-SNN' h26.yaml &&
    grep -q '(cũ)' h26.yaml; then
    ok "R4: the opening and the closing naming a department merged away: KH182; a document of it cited by number or date, and the former body named so: none"
else not_ok "R4: $(grep -c KH182 r4.out) in t26, $(grep -c KH182 r4h.out) in h26: $(grep KH182 r4h.out | head -c 300)"; fi

# ---- V1: Vietnamese, explain ---------------------------------------------------
LANG=vi_VN.UTF-8 LC_ALL=vi_VN.UTF-8 "$khgen" check t26.yaml >v1.out 2>&1
"$khgen" explain KH182 >v1e.out 2>&1
e1=$?
LANG=vi_VN.UTF-8 LC_ALL=vi_VN.UTF-8 "$khgen" explain KH182 >v1v.out 2>&1
e2=$?
if grep -q "warning\[KH182\]: câu kết 'Sở NN&PTNT' ghi tên Sở Nông nghiệp và Phát triển nông thôn, cơ quan đã được hợp nhất vào Sở Nông nghiệp và Môi trường trong đợt sắp xếp bộ máy năm 2025 (Nghị định 45/2025/NĐ-CP): hãy viết 'Sở Nông nghiệp và Môi trường' trong kế hoạch năm 2026" v1.out &&
    [ "$e1" -eq 0 ] && grep -q 'Nghị định 45/2025/NĐ-CP' v1e.out && grep -q 'Sở NN&PTNT' v1e.out &&
    [ "$e2" -eq 0 ] && grep -q 'Đợt sắp xếp bộ máy năm 2025' v1v.out; then
    ok "V1: KH182 in Vietnamese; explain KH182 in both languages"
else not_ok "V1: explain $e1/$e2; $(grep KH182 v1.out | head -c 400)"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
