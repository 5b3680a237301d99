#!/bin/sh
# tests/hardening/s55cycle.sh KHGEN WORKDIR - the yearly cycle after the
# district level ended: session 54's leftovers (s54cycle's report, "Left").
# Each case fails at 9e6b1b6b (session 55's start) unless it is named a
# guard:
#  P1   `khgen new` from a commune's plan of 2025 to 2026 did not note, in
#       the body's text, an office named by its work alone ("Tổ công tác
#       huyện", "Đoàn kiểm tra huyện"), the district's mass organisation
#       with its kind first ("Huyện đoàn"), nor the district named as a
#       place without its name ("trên địa bàn huyện", "toàn huyện", "ngân
#       sách huyện", in a bullet or a heading): now a note at each, counted;
#       in Vietnamese too.
#  P2   check of the plan of 2026 said nothing of "Ban Thường vụ Huyện ủy"
#       in the opening, "báo cáo Thường trực Huyện ủy" in the closing, a
#       clause headed "Huyện đoàn" or "Đoàn kiểm tra huyện", the unit
#       "Huyện đoàn", the recipient "Thường trực Huyện ủy" (the district's
#       Party committee and mass organisations ended with it): now KH181 at
#       each, counted in new's summary; in Vietnamese too.
#  P3   "Nâng cấp đường huyện ĐH.12" (a road's class and number) was noted
#       as a district named 'huyện ĐH': now not.
#  P1g  (guard) "Huyện ủy Yên Thế (cũ)", a cited resolution of the "Ban
#       Thường vụ Huyện ủy", "đường liên huyện", "cấp huyện", "Thành ủy":
#       no note; the plan of 2025 has no KH181 and moving it to 2025 notes
#       none of these.
#  N3   new's note at a locality named by its kind read "the locality Vị
#       Xuyên names 'Huyện Vị Xuyên'": now "is printed 'Huyện Vị Xuyên'
#       (its kind before its name ...)", in Vietnamese too.
#  I2   `init` of a ward of a city under the central government for 2026
#       sent its plan to "UBND tỉnh" and wrote "Tổ dân phố 1" where Thành
#       phố Hồ Chí Minh says khu phố (a TODO the only word; the plan checked
#       clean and printed "UBND tỉnh"): the province given after the name
#       ("Phường Sài Gòn, Thành phố Hồ Chí Minh", "Xã Bình Chánh, TP. Hồ Chí
#       Minh", "Xã An Bình, tỉnh Tuyên Quang"; at the start it went into the
#       issuer's line) now writes "UBND thành phố" (tỉnh), the governing
#       body's line, and the city's places (khu phố, ấp); each checks clean.
#  I2r  the same from the ward's registry (the ward under a locality of
#       kind thành phố "Hồ Chí Minh", its khu phố listed): "UBND thành
#       phố", "Các khu phố".
#  I2n  where khgen cannot know (no province, no registry), init says so
#       on standard error (the skeleton still sends it to "UBND tỉnh").
#  I2g  (guard) a xã of 2026 without a province: the same skeleton as at
#       the start; a plan of 2025 with a comma in its name is not split.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s55cycle
cd "$work" || exit 2

# ---- P1: new notes the district's nameless offices, mass bodies and places ----------------------
bad=
cp "$here/p25.yaml" p25.yaml
"$khgen" --lang en new --from p25.yaml --year 2026 -o p26.yaml >p1.out 2>&1 || bad="$bad [new exit $?]"
office="an office of a district, but the district tier ended on 1 July 2025"
party="a district's Party committee or mass organisation, but the district tier ended on 1 July 2025 and they with it: name the commune's (Đảng ủy, Đoàn xã) or the province's, or name the former one as such ('... (cũ)')"
place="a district (huyện, quận, thị xã or a province's city), but the district tier ended on 1 July 2025"
for want in \
    "p26.yaml:88:34: note: the text of the body names 'Tổ công tác huyện', $office" \
    "p26.yaml:89:21: note: the text of the body names 'Đoàn kiểm tra huyện', $office" \
    "p26.yaml:90:21: note: the text of the body names 'Huyện đoàn', $party" \
    "p26.yaml:91:40: note: the text of the body names 'trên địa bàn huyện', $place" \
    "p26.yaml:92:31: note: the text of the body names 'toàn huyện', $place" \
    "p26.yaml:93:30: note: the text of the body names 'ngân sách huyện', $place" \
    "p26.yaml:130:17: note: a heading of the body names 'Ngân sách huyện', $place" \
    "p26.yaml:134:15: note: the text of the body names 'Huyện đoàn', $party"; do
    grep -qF -- "$want" p1.out || bad="$bad [no '$(echo "$want" | cut -c1-70)']"
done
grep -q "^notes for the drafter (10): .*8 texts naming a place that ended on 1 July 2025" p1.out ||
    bad="$bad [heading: $(grep '^notes' p1.out)]"
LANG=vi_VN.UTF-8 "$khgen" new --from p25.yaml --year 2026 -o p26vi.yaml >p1vi.out 2>&1
grep -qF "p26vi.yaml:90:21: note: nội dung kế hoạch ghi 'Huyện đoàn', cấp ủy hoặc tổ chức chính trị - xã hội cấp huyện" p1vi.out ||
    bad="$bad [vi: $(grep ':90:' p1vi.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "P1 new to 2026 notes 'Tổ công tác huyện', 'Đoàn kiểm tra huyện', 'Huyện đoàn', 'trên địa bàn huyện', 'toàn huyện', 'ngân sách huyện' (a bullet, a heading, a task's text), counted; in Vietnamese too"
else
    not_ok "P1:$bad"
fi

# ---- P2: check warns the district's Party and mass bodies where KH181 reads -----------------------
bad=
grep -qF "left as they were: 6 values naming a district's People's Committee or office" p1.out ||
    bad="$bad [summary: $(grep 'left as they were: [0-9]* values naming a district' p1.out)]"
"$khgen" --lang en check p26.yaml >p2.check 2>&1
body="a district's Party committee or mass organisation, but the district tier ended on 1 July 2025 and they with it: name the commune's (Đảng ủy, Đoàn xã) or the province's"
for want in \
    "p26.yaml:31:10: warning[KH181]: opening: names 'Huyện ủy', $body in a plan for 2026" \
    "p26.yaml:46:10: warning[KH181]: the unit 'Huyện đoàn' is $body in 2026" \
    "p26.yaml:124:17: warning[KH181]: the heading 'Huyện đoàn' names 'Huyện đoàn', $body in a plan for 2026" \
    "p26.yaml:127:17: warning[KH181]: the heading 'Đoàn kiểm tra huyện' names 'Đoàn kiểm tra huyện', an office of a district" \
    "p26.yaml:151:10: warning[KH181]: closing: names 'Huyện ủy', $body in a plan for 2026" \
    "p26.yaml:154:25: warning[KH181]: the recipient 'Thường trực Huyện ủy' is $body in a plan for 2026, or delete the line"; do
    grep -qF -- "$want" p2.check || bad="$bad [no '$(echo "$want" | cut -c1-70)']"
done
[ "$(grep -c 'warning\[KH181\]' p2.check)" = 6 ] || bad="$bad [$(grep -c 'warning\[KH181\]' p2.check) KH181, not 6]"
LANG=vi_VN.UTF-8 "$khgen" check p26.yaml >p2vi.check 2>&1
grep -qF "p26.yaml:154:25: warning[KH181]: nơi nhận 'Thường trực Huyện ủy' là cấp ủy hoặc tổ chức chính trị - xã hội cấp huyện" p2vi.check ||
    bad="$bad [vi check]"
if [ -z "$bad" ]; then
    ok "P2 check of the plan of 2026: KH181 at 'Huyện ủy' in the opening and the closing, the headings 'Huyện đoàn' and 'Đoàn kiểm tra huyện', the unit 'Huyện đoàn', the recipient 'Thường trực Huyện ủy'; counted by new; in Vietnamese too"
else
    not_ok "P2:$bad"
fi

# ---- P3: a road's class and number is no district ----------------------------------------------------
if grep -q '^p26.yaml:96:' p1.out; then
    not_ok "P3: 'đường huyện ĐH.12' noted: $(grep '^p26.yaml:96:' p1.out | head -c 200)"
else
    ok "P3 'Nâng cấp đường huyện ĐH.12' (a road's class and number) is not noted as a district"
fi

# ---- P1g (guard): history, the level, another level's; 2025 ---------------------------------------------
bad=
for line in 94 95 97; do
    grep -q "^p26.yaml:$line:.*note" p1.out && bad="$bad [noted at $line: $(grep "^p26.yaml:$line:" p1.out | head -c 150)]"
done
"$khgen" --lang en check p25.yaml >p1g.check 2>&1 || bad="$bad [2025 check exit $?]"
grep -q KH181 p1g.check && bad="$bad [KH181 in 2025]"
sed 's/date: 2025-01/date: 2024-01/' p25.yaml >p24.yaml
"$khgen" --lang en new --from p24.yaml --year 2025 -o p25b.yaml >p1g.out 2>&1 || bad="$bad [new 2025 exit $?]"
grep -q "names '" p1g.out && bad="$bad [2025 noted: $(grep "names '" p1g.out | head -c 150)]"
if [ -z "$bad" ]; then
    ok "P1g guard: 'Huyện ủy Yên Thế (cũ)', a cited resolution of the Ban Thường vụ Huyện ủy, 'đường liên huyện', 'cấp huyện', 'Thành ủy' not noted; the plan of 2025 not warned, nor noted moving to 2025"
else
    not_ok "P1g:$bad"
fi

# ---- N3: the note at a locality's kind says how it prints ------------------------------------------------
bad=
cp "$top/tests/hardening/s54cycle/hg25.yaml" hg25.yaml
"$khgen" --lang en new --from hg25.yaml --year 2026 -o hg26.yaml >n3.out 2>&1 || bad="$bad [new exit $?]"
grep -qF "hg26.yaml:17:42: note: the locality Vị Xuyên is printed 'Huyện Vị Xuyên' (its kind before its name: a group's title, a cell of the unit above, {loc-kind}), a place that ended on 1 July 2025 (a district, a province's city or a thị trấn): give it the kind and name of the commune (xã, phường) or the province meant, or name the former one as such ('... (cũ)')" n3.out ||
    bad="$bad [en: $(grep ':17:42:' n3.out | head -c 200)]"
grep -q "Vị Xuyên names" n3.out && bad="$bad [still 'names']"
LANG=vi_VN.UTF-8 "$khgen" new --from hg25.yaml --year 2026 -o hg26vi.yaml >n3vi.out 2>&1
grep -qF "hg26vi.yaml:17:42: note: địa phương Vị Xuyên được in là 'Huyện Vị Xuyên' (loại đứng trước tên" n3vi.out ||
    bad="$bad [vi: $(grep ':17:42:' n3vi.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "N3 new's note at a locality named by its kind says it 'is printed' as 'Huyện Vị Xuyên', in Vietnamese too"
else
    not_ok "N3:$bad"
fi

# ---- I2: init of a commune whose province is given ------------------------------------------------
bad=
mkdir -p i2 && cd i2 || exit 2
"$khgen" --lang en init --year 2026 "Phường Sài Gòn, Thành phố Hồ Chí Minh" -o sg.yaml >sg.out 2>sg.err || bad="$bad [init exit $?]"
for want in \
    "  # governing_body: UBND THÀNH PHỐ HỒ CHÍ MINH # TODO: the body above the issuer, if any" \
    "  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG SÀI GÒN]" \
    "  place: Sài Gòn" \
    "  - {id: kp-1, name: \"Khu phố 1\", kind: khu phố}" \
    'recipients: [UBND thành phố, Đảng ủy phường, "Các ban, ngành, đoàn thể phường", Các khu phố, "Lưu: VT"]'; do
    grep -qF -- "$want" sg.yaml || bad="$bad [sg: no '$want']"
done
grep -q "UBND tỉnh\|Tổ dân phố\|Hồ Chí Minh\"\]" sg.yaml && bad="$bad [sg: UBND tỉnh, Tổ dân phố or the city in the issuer]"
[ -s sg.err ] && bad="$bad [stderr: $(head -c 150 sg.err)]"
"$khgen" --lang en check sg.yaml >sg.check 2>&1 || bad="$bad [check exit $?]"
grep -q "warning" sg.check && bad="$bad [warnings: $(grep -o '\[KH[0-9]*\]' sg.check | sort -u | tr '\n' ' ')]"
"$khgen" build -f md -o out sg.yaml >/dev/null 2>&1 || bad="$bad [build]"
grep -qF -- "- UBND thành phố;" out/sg.md || bad="$bad [md: $(grep -A2 'Nơi nhận' out/sg.md | tr '\n' '~' | head -c 120)]"
"$khgen" --lang en init --year 2026 "Xã Bình Chánh, TP. Hồ Chí Minh" -o bc.yaml >/dev/null 2>&1 || bad="$bad [bc exit $?]"
grep -qF 'recipients: [UBND thành phố, Đảng ủy xã, "Các ban, ngành, đoàn thể xã", Các ấp, "Lưu: VT"]' bc.yaml &&
    grep -qF '{id: ap-1, name: "Ấp 1", kind: ấp' bc.yaml || bad="$bad [bc: $(grep '^recipients' bc.yaml | head -c 100)]"
"$khgen" --lang en init --year 2026 "Xã An Bình, tỉnh Tuyên Quang" -o ab.yaml >/dev/null 2>&1 || bad="$bad [ab exit $?]"
grep -qF '  # governing_body: UBND TỈNH TUYÊN QUANG # TODO' ab.yaml && grep -q '^recipients: \[UBND tỉnh, ' ab.yaml &&
    grep -qF '  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]' ab.yaml || bad="$bad [ab: $(grep 'governing\|issuer:' ab.yaml | tr '\n' '~')]"
"$khgen" --lang en check bc.yaml ab.yaml >bcab.check 2>&1 || bad="$bad [bc, ab check exit $?]"
grep -q "warning" bcab.check && bad="$bad [bc, ab warnings]"
cd .. || exit 2
if [ -z "$bad" ]; then
    ok "I2 init of 'Phường Sài Gòn, Thành phố Hồ Chí Minh' for 2026: UBND thành phố, its governing body's line, khu phố, the issuer without the city; 'Xã Bình Chánh, TP. Hồ Chí Minh': ấp; 'Xã An Bình, tỉnh Tuyên Quang': UBND tỉnh; each checks clean"
else
    not_ok "I2:$bad"
fi

# ---- I2r: the ward's registry says its city and its places -------------------------------------------
bad=
mkdir -p i2r/chung i2r/p && cp "$here/chung/sai-gon.yaml" i2r/chung/ && cd i2r/p || exit 2
"$khgen" --lang en init --year 2026 --include ../chung/sai-gon.yaml "Phường Sài Gòn" -o sg.yaml >sg.out 2>sg.err || bad="$bad [init exit $?]"
grep -qF 'recipients: [UBND thành phố, Đảng ủy phường, "Các ban, ngành, đoàn thể phường", Các khu phố, "Lưu: VT"]' sg.yaml ||
    bad="$bad [$(grep '^recipients' sg.yaml | head -c 120)]"
grep -qF '  # governing_body: UBND THÀNH PHỐ HỒ CHÍ MINH # TODO' sg.yaml || bad="$bad [governing body]"
[ -s sg.err ] && bad="$bad [stderr: $(head -c 150 sg.err)]"
"$khgen" --lang en check --allow-read .. sg.yaml >sg.check 2>&1 || bad="$bad [check exit $?]"
grep -q "warning" sg.check && bad="$bad [warnings: $(grep -o '\[KH[0-9]*\]' sg.check | sort -u | tr '\n' ' ')]"
cd ../.. || exit 2
if [ -z "$bad" ]; then
    ok "I2r init of phường Sài Gòn over its registry (under thành phố Hồ Chí Minh, its khu phố listed): UBND thành phố, Các khu phố; checks clean"
else
    not_ok "I2r:$bad"
fi

# ---- I2n: where khgen cannot know, it says so ---------------------------------------------------------
bad=
mkdir -p i2n && cd i2n || exit 2
"$khgen" --lang en init --year 2026 "Phường Sài Gòn" -o sg.yaml >sg.out 2>sg.err || bad="$bad [init exit $?]"
grep -qF "khgen: init: note: khgen does not know the province of phường Sài Gòn: the skeleton sends the plan to 'UBND tỉnh' and names its places 'tổ dân phố'; a commune of a city under the central government writes 'UBND thành phố'" sg.err ||
    bad="$bad [no note: $(head -c 150 sg.err)]"
LANG=vi_VN.UTF-8 "$khgen" init --year 2026 "Phường Sài Gòn" -o sgvi.yaml >/dev/null 2>sgvi.err
grep -qF "khgen: init: lưu ý: khgen không biết phường Sài Gòn thuộc tỉnh, thành phố nào" sgvi.err || bad="$bad [vi: $(head -c 150 sgvi.err)]"
cd .. || exit 2
if [ -z "$bad" ]; then
    ok "I2n init of 'Phường Sài Gòn' with no province nor registry says it does not know its province, and what to give; in Vietnamese too"
else
    not_ok "I2n:$bad"
fi

# ---- I2g (guard): a xã without its province; a name of 2025 with a comma ---------------------------------
bad=
mkdir -p i2g && cd i2g || exit 2
"$khgen" --lang en init --year 2026 "Xã Tân Phú" -o tp.yaml >tp.out 2>/dev/null || bad="$bad [init exit $?]"
grep -q '^recipients: \[UBND tỉnh, Đảng ủy xã, "Các ban, ngành, đoàn thể xã", Các thôn, "Lưu: VT"\]   # TODO: the People.s Committee above the commune: a commune of a city under the central government' tp.yaml ||
    bad="$bad [tp: $(grep '^recipients' tp.yaml | head -c 150)]"
grep -qF '  # governing_body: UBND TỈNH ...       # TODO: the body above the issuer, if any' tp.yaml || bad="$bad [tp: governing body]"
grep -qF '{id: thon-1, name: "Thôn 1", kind: thôn' tp.yaml || bad="$bad [tp: Thôn 1]"
"$khgen" --lang en init --year 2025 "Phường 1, Thành phố Hồ Chí Minh" -o p1.yaml >p1.out 2>&1 || bad="$bad [2025 exit $?]"
grep -qF '  issuer: [ỦY BAN NHÂN DÂN, "PHƯỜNG 1, THÀNH PHỐ HỒ CHÍ MINH"]' p1.yaml || bad="$bad [2025: $(grep 'issuer:' p1.yaml)]"
cd .. || exit 2
if [ -z "$bad" ]; then
    ok "I2g guard: 'Xã Tân Phú' of 2026 without its province keeps UBND tỉnh, UBND TỈNH ..., Thôn 1 and the TODO; a name of 2025 with a comma is not split"
else
    not_ok "I2g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
