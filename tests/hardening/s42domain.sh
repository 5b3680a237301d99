#!/bin/sh
# tests/hardening/s42domain.sh KHGEN WORKDIR - the two-level local
# government in khgen's skeletons and checks (session 42, issue 8: "never a
# silently wrong output"). Since 1 July 2025 (Luật Tổ chức chính quyền địa
# phương 2025) local government has two levels, the province and the
# commune (xã, phường, đặc khu); the district level ended on 30 June 2025.
# At main 6c9a8488 khgen wrote and passed district-era plans for 2026:
#  I1  `init --level xa --year 2026 "Xã Tân Phú"` named "UBND huyện" as the
#      first recipient and district-era posts as units: now the province's
#      UBND, the commune's offices of Nghị định 150/2025 (Văn phòng HĐND và
#      UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành
#      chính công), and the skeleton checks clean;
#  I2  a phường's skeleton has "Phòng Kinh tế, Hạ tầng và Đô thị";
#  I3  "Đặc khu Phú Quốc" kept no kind ("XÃ ĐẶC KHU PHÚ QUỐC");
#  I4  `--level tinh --year 2026` sent to "UBND các huyện, thị xã, thành
#      phố" and listed huyện: now "UBND các xã, phường, đặc khu" and xã;
#  I5  `--level huyen --year 2026` was accepted: a usage error saying why
#      and what to start instead, nothing written;
#  I6  a NAME of a huyện, quận or thị xã for 2026 or later: the same;
#  I7  with no --level a plan of 2026 was the district's: now the level of
#      NAME's kind, a commune's when it names none;
#  C1  `check` of a plan of 2026 issued by a huyện, its recipients and units
#      the district's, said nothing: KH181 at each line (since s55cycle the
#      district's Party committee too, "Thường trực Huyện ủy");
#  C2  a governing body "UBND HUYỆN YÊN THẾ" in a commune's plan of 2026:
#      KH181 at its line;
#  C3  `build` of such a plan: the same warning, the document still built;
#  C4  the issuer's lines without their kind ("TÂN PHÚ") under an
#      issuer_short "UBND huyện Tân Phú": KH181 once;
#  N1  `new` from a commune's plan of 2025 to 2026 kept "UBND huyện" with no
#      note: KH181 at its line, the summary says so once, the name is not
#      rewritten;
#  V1  KH181 in Vietnamese; `explain KH181`.
# Guards (pass before and after): a plan of 2025 of a district checks clean
# with no KH181 and its skeleton is as before; the plans of plans/ (the
# seeds' plans, 2022-2024) give no KH181 and build as before; a plan of
# 2026 citing a district's decision in its bases, with a "Thôn Huyện" and a
# "huyện đảo" in its text, gives none; `new` from 2024 to 2025 says nothing
# of districts. About 30 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work"
cd "$work" || exit 2

# ---- init ---------------------------------------------------------------
"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o x26.yaml >/dev/null 2>&1
if grep -q '^recipients: \[UBND tỉnh, Đảng ủy xã,' x26.yaml && ! grep -q 'huyện' x26.yaml &&
    grep -q '{id: vp, name: Văn phòng HĐND và UBND xã' x26.yaml &&
    grep -q '{id: kt, name: Phòng Kinh tế}' x26.yaml &&
    grep -q '{id: vhxh, name: Phòng Văn hóa - Xã hội}' x26.yaml &&
    grep -q '{id: tthc, name: Trung tâm Phục vụ hành chính công}' x26.yaml &&
    grep -q '# governing_body: UBND TỈNH \.\.\.' x26.yaml &&
    "$khgen" check x26.yaml >x26.out 2>&1 && ! grep -q 'warning' x26.out; then
    ok "I1: a commune's skeleton of 2026: the province's UBND, the commune's offices, checks clean"
else not_ok "I1: a commune's skeleton of 2026"; fi

"$khgen" init --level xa --year 2026 "Phường 1" -o p26.yaml >/dev/null 2>&1
if grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, PHƯỜNG 1\]' p26.yaml &&
    grep -q '{id: kt, name: "Phòng Kinh tế, Hạ tầng và Đô thị"}' p26.yaml &&
    "$khgen" check p26.yaml >p26.out 2>&1 && ! grep -q 'warning' p26.out; then
    ok "I2: a phường's skeleton of 2026 has Phòng Kinh tế, Hạ tầng và Đô thị"
else not_ok "I2: a phường's skeleton of 2026"; fi

"$khgen" init --year 2026 "Đặc khu Phú Quốc" -o dk.yaml >/dev/null 2>&1
if grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, ĐẶC KHU PHÚ QUỐC\]' dk.yaml &&
    grep -q '^  issuer_short: UBND đặc khu Phú Quốc' dk.yaml &&
    "$khgen" check dk.yaml >dk.out 2>&1 && ! grep -q 'warning' dk.out; then
    ok "I3: 'Đặc khu Phú Quốc' keeps its kind"
else not_ok "I3: 'Đặc khu Phú Quốc': $(grep 'issuer:' dk.yaml)"; fi

# Bắc Giang went into tỉnh Bắc Ninh on 1 July 2025: init refuses it for 2026
"$khgen" init --level tinh --year 2026 "Bắc Ninh" -o t26.yaml >/dev/null 2>&1
if grep -q '"UBND các xã, phường, đặc khu"' t26.yaml && ! grep -q 'UBND các huyện' t26.yaml &&
    grep -q 'kind: xã' t26.yaml && ! grep -q 'kind: huyện' t26.yaml &&
    "$khgen" check t26.yaml >t26.out 2>&1 && ! grep -q 'warning' t26.out; then
    ok "I4: a province's skeleton of 2026 sends to the communes and lists them"
else not_ok "I4: a province's skeleton of 2026"; fi

"$khgen" init --level huyen --year 2026 "Yên Thế" -o h26.yaml >h26.out 2>&1
st=$?
if [ "$st" -eq 2 ] && [ ! -e h26.yaml ] && grep -q '1 July 2025' h26.out &&
    grep -q -- '--level xa' h26.out && grep -q -- '--level tinh' h26.out; then
    ok "I5: --level huyen for 2026 is a usage error saying why and what to start"
else not_ok "I5: --level huyen for 2026: exit $st, $(head -c 300 h26.out)"; fi

bad=
for n in "Huyện Yên Thế" "Quận 1" "Thị xã Sơn Tây"; do
    "$khgen" init --level xa --year 2027 "$n" -o i6.yaml >i6.out 2>&1
    st=$?
    { [ "$st" -eq 2 ] && [ ! -e i6.yaml ] && grep -q '1 July 2025' i6.out; } || bad="$bad [$n: $st]"
    rm -f i6.yaml
done
if [ -z "$bad" ]; then ok "I6: a NAME of a huyện, quận or thị xã for 2027 is a usage error"
else not_ok "I6: a district's NAME for 2027:$bad"; fi

"$khgen" init --year 2026 "Tân Phú" -o d26.yaml >/dev/null 2>&1
"$khgen" init --year 2026 "Tỉnh Bắc Ninh" -o dt26.yaml >/dev/null 2>&1
if grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ\]' d26.yaml &&
    grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, TỈNH BẮC NINH\]' dt26.yaml &&
    grep -q '{id: tckh, name: Sở Tài chính}' dt26.yaml; then
    ok "I7: with no --level a plan of 2026 is a commune's, or the province's NAME names"
else not_ok "I7: the default level of 2026: $(grep 'issuer:' d26.yaml dt26.yaml)"; fi

# guard: a plan of 2025 keeps the district's default and skeleton
"$khgen" init --year 2025 "Tân Phú" -o d25.yaml >/dev/null 2>&1
"$khgen" init --level xa --year 2025 "Xã Tân Phú" -o x25.yaml >/dev/null 2>&1
if grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, HUYỆN TÂN PHÚ\]' d25.yaml &&
    grep -q '^recipients: \[UBND huyện, Đảng ủy xã,' x25.yaml &&
    "$khgen" check d25.yaml >d25.out 2>&1 && ! grep -q 'warning' d25.out &&
    "$khgen" check x25.yaml >x25.out 2>&1 && ! grep -q 'warning' x25.out; then
    ok "guard: a plan of 2025 is still the district's by default, its skeletons as before, no KH181"
else not_ok "guard: the skeletons of 2025"; fi

# ---- check and build ------------------------------------------------------
# the district's skeleton of 2025 dated 2026: issuer, recipients, units
sed 's/: 2025-/: 2026-/g; s/target_year: 2025/target_year: 2026/g' d25.yaml >h26c.yaml
"$khgen" check h26c.yaml >c1.out 2>&1
st=$?
il=$(grep -n '^  issuer: \[' h26c.yaml | cut -d: -f1)
rl=$(grep -n '^recipients:' h26c.yaml | cut -d: -f1)
vl=$(grep -n 'Văn phòng Điều phối nông thôn mới huyện' h26c.yaml | cut -d: -f1)
if [ "$st" -eq 0 ] && grep -q "h26c.yaml:$il:[0-9]*: warning\[KH181\]: the plan for 2026 is issued by 'HUYỆN TÂN PHÚ'" c1.out &&
    grep -q "h26c.yaml:$rl:[0-9]*: warning\[KH181\]: the recipient 'Thường trực HĐND huyện'" c1.out &&
    grep -q "h26c.yaml:$rl:[0-9]*: warning\[KH181\]: the recipient 'Các cơ quan chuyên môn thuộc UBND huyện'" c1.out &&
    grep -q "h26c.yaml:$vl:[0-9]*: warning\[KH181\]: the unit 'Văn phòng Điều phối nông thôn mới huyện'" c1.out &&
    grep -q "h26c.yaml:$rl:[0-9]*: warning\[KH181\]: the recipient 'Thường trực Huyện ủy' is a district's Party committee" c1.out &&
    ! grep -q "recipient 'UBND tỉnh'" c1.out; then
    ok "C1: a plan of 2026 issued by a huyện: KH181 at its issuer, district recipients and units"
else not_ok "C1: a district's plan of 2026: exit $st, $(grep -c KH181 c1.out) KH181"; fi

sed 's/^  # governing_body: UBND TỈNH \.\.\. *#.*/  governing_body: UBND HUYỆN YÊN THẾ/' x26.yaml >g26.yaml
gl=$(grep -n '^  governing_body:' g26.yaml | cut -d: -f1)
"$khgen" check g26.yaml >c2.out 2>&1
if [ -n "$gl" ] && grep -q "g26.yaml:$gl:[0-9]*: warning\[KH181\]: the governing body 'UBND HUYỆN YÊN THẾ'" c2.out &&
    [ "$(grep -c KH181 c2.out)" -eq 1 ]; then
    ok "C2: a district's UBND as a commune's governing body in 2026: KH181 at its line"
else not_ok "C2: governing body: $(head -c 300 c2.out)"; fi

"$khgen" build -f md -o c3 h26c.yaml >c3.out 2>&1
st=$?
if [ "$st" -eq 0 ] && [ -s c3/h26c.md ] && grep -q 'warning\[KH181\]' c3.out; then
    ok "C3: build of a district's plan of 2026 warns KH181 and builds"
else not_ok "C3: build: exit $st"; fi

# guards: no KH181 in a plan of 2025, nor in the bases, localities and texts
cat >b26.yaml <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]
  issuer_short: UBND xã Tân Phú
  number: ""
  code: KH-UBND
  place: Tân Phú
  date: 2026-01
  title: Thực hiện nhiệm vụ năm {year}
bases:
  - kind: QĐ
    number: 12/QĐ-UBND
    date: 2025-01-05
    by: UBND huyện Yên Thế
    about: giao chỉ tiêu năm 2025
  - text: Căn cứ Kế hoạch số 34/KH-UBND ngày 10/12/2020 của UBND huyện
opening: UBND xã xây dựng Kế hoạch năm {year}, như sau
units:
  - {id: vp, name: Văn phòng HĐND và UBND xã}
localities:
  - {id: t1, name: Thôn Huyện, kind: thôn}
body:
  - section: MỤC TIÊU
    items:
      - bullet: Trước đây là huyện đảo, nay là đặc khu; {loc t1} giữ vững an ninh.
      - task: Tổng hợp
        text: Theo dõi, tổng hợp.
        lead: vp
closing: Trên đây là Kế hoạch năm {year} của UBND xã Tân Phú.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
"$khgen" check b26.yaml >b26.out 2>&1
if ! grep -q KH181 b26.out && ! grep -q KH181 d25.out x25.out; then
    ok "guard: no KH181 in a plan of 2025, nor at a district's decision in the bases, 'Thôn Huyện' or 'huyện đảo'"
else not_ok "guard: KH181 where history or a place name stands: $(grep KH181 b26.out | head -2)"; fi

# the issuer's lines without their kind, the short name with it
sed 's/issuer: \[ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ\]/issuer: [ỦY BAN NHÂN DÂN, TÂN PHÚ]/; s/issuer_short: UBND xã Tân Phú/issuer_short: UBND huyện Tân Phú/' \
    b26.yaml >s26.yaml
"$khgen" check s26.yaml >c4.out 2>&1
if grep -q "s26.yaml:3:[0-9]*: warning\[KH181\]: the plan for 2026 is issued by 'UBND huyện Tân Phú'" c4.out &&
    [ "$(grep -c KH181 c4.out)" -eq 1 ]; then
    ok "C4: an issuer_short 'UBND huyện Tân Phú' under lines without their kind: KH181 once"
else not_ok "C4: issuer_short: $(grep -c KH181 c4.out) KH181"; fi

bad=
for p in "$top"/plans/*.yaml; do
    "$khgen" check "$p" 2>&1 | grep -q KH181 && bad="$bad $(basename "$p")"
done
if [ -z "$bad" ]; then ok "guard: the plans of plans/ (2022-2024) give no KH181"
else not_ok "guard: KH181 in$bad"; fi

# ---- new ---------------------------------------------------------------------
"$khgen" new --from x25.yaml --year 2026 -o n26.yaml >n1.out 2>&1
st=$?
rl=$(grep -n '^recipients:' n26.yaml | cut -d: -f1)
if [ "$st" -eq 0 ] && [ "$(grep -c "left as they were: 1 value naming a district's People's Committee" n1.out)" -eq 1 ] &&
    grep -q "n26.yaml:$rl:14: warning\[KH181\]: the recipient 'UBND huyện'" n1.out &&
    grep -q '^recipients: \[UBND huyện,' n26.yaml; then
    ok "N1: new from 2025 to 2026: KH181 at the line it carried over, said once in the summary, not rewritten"
else not_ok "N1: new 2025 -> 2026: exit $st, $(grep -c KH181 n1.out) KH181"; fi

"$khgen" init --year 2024 "Yên Thế" -o y24.yaml >/dev/null 2>&1
"$khgen" new --from y24.yaml --year 2025 -o y25.yaml >n2.out 2>&1
st=$?
if [ "$st" -eq 0 ] && ! grep -q 'KH181\|district' n2.out; then
    ok "guard: new from 2024 to 2025 says nothing of districts"
else not_ok "guard: new 2024 -> 2025: exit $st"; fi

# ---- Vietnamese, explain -------------------------------------------------------
"$khgen" --lang vi check h26c.yaml >v1.out 2>&1
"$khgen" explain KH181 >e1.out 2>&1
est=$?
if grep -q 'warning\[KH181\]: kế hoạch năm 2026 do .HUYỆN TÂN PHÚ. ban hành' v1.out &&
    grep -q 'cấp huyện đã kết thúc' v1.out && [ "$est" -eq 0 ] && grep -q '1 July 2025' e1.out; then
    ok "V1: KH181 in Vietnamese; explain KH181"
else not_ok "V1: $(head -c 200 v1.out)"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
