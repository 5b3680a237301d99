#!/bin/sh
# tests/hardening/s43domain.sh KHGEN WORKDIR - the two-level local
# government, round two (session 43, issue 8: "never a silently wrong
# output"; the documents read as an official writes them). At main
# d5be71a7:
#  P1  `init --year 2026 "Phường Bến Nghé"` wrote thôn, "Các thôn" and the
#      programme on new rural areas (its catalog, levels and criteria): a
#      phường has tổ dân phố and urban work (đô thị văn minh); now its
#      skeleton says so, with a TODO for the task and basis khgen's facts
#      do not give, checks clean and builds with no word of nông thôn;
#  P2  a đặc khu's skeleton was a xã's with no word: khgen's facts do not
#      say what a đặc khu plans for nor what its places are: TODOs say so;
#  P3  the thi đua task of a commune's skeleton of 2026 named Phòng Văn hóa
#      - Xã hội with no TODO of its own (the domain facts name no office
#      for it): a TODO at that task says so;
#  P4  a province's skeleton of 2026 listed the departments' names of
#      before their 2025 merger with no word: a TODO at its units says so;
# Guards (pass before and after): a xã's skeleton of 2026 keeps the
# programme on new rural areas, thôn and the catalog; the skeletons of
# 2025 are as before (thôn, huyện).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work"
cd "$work" || exit 2

# ---- init: each kind's skeleton ---------------------------------------------
"$khgen" init --year 2026 "Phường Bến Nghé" -o p26.yaml >/dev/null 2>&1
"$khgen" build -f md -o - p26.yaml >p26.md 2>p26.out
bst=$?
if ! grep -qi 'thôn' p26.yaml && ! grep -q 'qd318\|^ *criteria: \[\|^levels:\|^import:' p26.yaml &&
    grep -q '{id: tdp-1, name: "Tổ dân phố 1", kind: tổ dân phố}' p26.yaml &&
    grep -q 'Các tổ dân phố, "Lưu: VT"\]' p26.yaml &&
    grep -q '^    Thực hiện nhiệm vụ xây dựng đô thị văn minh năm {year}$' p26.yaml &&
    grep -q '^  # TODO: a phường plans for urban work' p26.yaml &&
    [ "$bst" -eq 0 ] && ! grep -qi 'thôn' p26.md && grep -q 'đô thị văn minh' p26.md &&
    grep -q '^- Các tổ dân phố;$' p26.md &&
    "$khgen" check p26.yaml >p26c.out 2>&1 && ! grep -q 'warning' p26c.out; then
    ok "P1: a phường's skeleton of 2026: tổ dân phố and urban work, no nông thôn; checks clean"
else not_ok "P1: a phường's skeleton of 2026: $(grep -ci 'thôn' p26.yaml) lines of thôn, build $bst"; fi

"$khgen" init --year 2026 "Đặc khu Cô Tô" -o dk.yaml >/dev/null 2>&1
if grep -q "^  # TODO: khgen's facts do not say whether a đặc khu carries out" dk.yaml &&
    grep -q "^  # TODO: khgen's facts do not say whether the places of a đặc khu" dk.yaml &&
    "$khgen" check dk.yaml >dk.out 2>&1 && ! grep -q 'warning' dk.out; then
    ok "P2: a đặc khu's skeleton says what khgen's facts do not: its work, its places"
else not_ok "P2: a đặc khu's skeleton: $(grep -c TODO dk.yaml) TODOs"; fi

"$khgen" init --year 2026 "Xã Tân Phú" -o x26.yaml >/dev/null 2>&1
if awk '/# TODO: khgen.s facts do not say which of the commune.s offices advises on emulation/{t=NR}
        /tham mưu công tác thi đua/{if (t && NR == t + 3) f=1} END{exit !f}' x26.yaml &&
    "$khgen" check x26.yaml >x26.out 2>&1 && ! grep -q 'warning' x26.out; then
    ok "P3: the thi đua task of a commune's skeleton of 2026 has a TODO: no fact names its office"
else not_ok "P3: the thi đua task's TODO: $(grep -n 'thi đua' x26.yaml)"; fi

"$khgen" init --level tinh --year 2026 "Bắc Ninh" -o t26.yaml >/dev/null 2>&1
if awk '/^units:/{u=NR} /# TODO: khgen.s facts do not list the province.s departments after their merger of 2025/{if (u && NR <= u + 2) f=1} END{exit !f}' t26.yaml &&
    grep -q 'as the province names it in 2026' t26.yaml &&
    "$khgen" check t26.yaml >t26.out 2>&1 && ! grep -q 'warning' t26.out; then
    ok "P4: a province's skeleton of 2026 says its departments' names are of before the merger"
else not_ok "P4: a province's skeleton of 2026: $(sed -n '/^units:/,/^$/p' t26.yaml | head -3)"; fi

if grep -q '^import: \[qd318-xa-ntm\]' x26.yaml && grep -q 'kind: thôn, target: ntm' x26.yaml &&
    grep -q 'Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {year}' x26.yaml &&
    grep -q 'Các thôn, "Lưu: VT"\]' x26.yaml && ! grep -q 'đô thị' x26.yaml; then
    ok "guard: a xã's skeleton of 2026 keeps the programme on new rural areas and its thôn"
else not_ok "guard: a xã's skeleton of 2026"; fi

"$khgen" init --level xa --year 2025 "Phường Bến Nghé" -o p25.yaml >/dev/null 2>&1
"$khgen" init --year 2025 "Yên Thế" -o h25.yaml >/dev/null 2>&1
if grep -q 'kind: thôn' p25.yaml && grep -q 'kind: xã' h25.yaml && ! grep -q 'TODO: khgen' p25.yaml h25.yaml &&
    "$khgen" check p25.yaml >/dev/null 2>&1 && "$khgen" check h25.yaml >/dev/null 2>&1; then
    ok "guard: the skeletons of 2025 are as before"
else not_ok "guard: the skeletons of 2025"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
