#!/bin/sh
# tests/hardening/s50review.sh KHGEN WORKDIR - what session 50's review of
# session 49's code (22d4e000..6825de1f) found, and the guards its mutants
# asked for (reproducers in /tmp/s50review/ of that session). Each case
# fails at 6825de1f (session 49's stop) unless it is named a guard:
#  C1   a count's row whose name holds a rate's word, under a count's unit
#       ("Diện tích chuyển đổi cơ cấu cây trồng | ha | 12 | 15 | 8 | 40",
#       "Số hộ có mức sống trung bình | hộ", "Số học sinh được miễn 100%
#       học phí | người"), and a row of hộ with a note "tăng 2%" beside it:
#       each read as a rate's row by session 49's rate_row, its slip (40
#       for 35) hidden; 22d4e000 warned it; now KH640 again. The unit, when
#       the row has one, decides; a note is no unit.
#  T1   an issuer typed in small letters ("Ủy ban nhân dân xã Bình Trung",
#       KH178) under which the signature signs "TM. BAN QUẢN LÝ XDNTM":
#       22d4e000 said the signature once, a note on KH178 ("once the
#       issuer is right, write its 'TM.' line to match"); session 49's
#       board branch came before that note and added a KH166 beside it;
#       now the note alone again.
#  C3   a year's output by thôn ("Sản lượng lương thực | tấn/năm | 120 |
#       150 | 100 | 380", 370) was read as a rate by its '/' and its slip
#       hidden (22d4e000 warned it); a unit per a time alone (năm, tháng,
#       quý, ...) is a quantity: KH640. "triệu đồng/người/năm" (per
#       person) is still a rate: no KH640.
#  C4g  (guard; no mutant: the slip of this review's own first fix of C1,
#       6d4c541d..9a0ba7c4, which let a count's unit overrule the name)
#       "Năng suất lúa | tạ | 55 | 56 | 54 | 55,1", "Thu nhập bình quân đầu
#       người | triệu đồng", "Mật độ dân số | người": a rate by its name, its
#       unit typed as a count's: no KH640.
#  C1g  (guard; attach_rowsum-021) a rate's row whose name is the table's
#       first column (no STT), "Tỷ lệ hộ nghèo" with no unit column: no
#       KH640 (the mutant skipped column 0).
#  C2g  (guard; attach_rowsum-035) a row with a figure left blank, in a
#       table with a real slip (760 for 750): the slip is KH640, the blank
#       row is not compared (the mutant compared it with the row above's
#       sum).
#  K1   a recipient who is a person of the family Lưu ("Lưu Văn Hùng,
#       Trưởng thôn Đông") was KH167 "no colon after 'Lưu': write 'Lưu:
#       Văn Hùng, ...'", a new warning on a correct plan; and, first in
#       the list, "... stands above 'Như trên': move it to the end" (read as
#       the office's copy since before 22d4e000); now none. Alone, it is no
#       "Lưu" line: "the recipients have no 'Lưu' line".
#  K1g  (guard) "Lưu VT", "LƯU VT", "Lưu hồ sơ", "Lưu ĐT": still KH167.
#  D2   KH323 on a date the task starts from written "Từ đầu tháng
#       10/2023", "Từ cuối tháng 9/2023", "Kể từ sau ngày 01/10/2023",
#       "TỪ THÁNG 10/2023" in the plan of 2024 (session 49 read "từ" only
#       right before "tháng"/"ngày"/"quý", in small letters or a capital):
#       now none.
#  D2g  (guard; check_duetext-027, -053, -060) "Đầu tháng 10/2023" (no
#       "từ") is KH323; "Từ IIIIIIIIIIII/2023" (13 bytes of a numeral back
#       to "Từ": the look-back stops at 12) is KH323; a cited notice of a
#       two-digit year before a past deadline ("Theo Thông báo số
#       15/TB-UBND ngày 10/01/23, hoàn thành trước 30/9/2023") is KH323 at
#       2023; "Theo Quyết định số 12/23/QĐ-UBND" is no deadline, nor
#       "ngày 10/01/23,5" (the year's copy keeps the ',' after it: "2023,5"
#       a piece of a longer number).
#  P1g  (guard; parse_empty-008) a file that begins "khgen: 1" and goes on
#       with a catalog's id, title and criteria is read as a plan (no
#       header, unknown key 'id'), not told it is a catalog.
#  I3   `init "Tỉnh BR-VT"`, "Tỉnh BR - VT", "Tỉnh TT-Huế", "TP. H.C.M"
#       wrote a plan issued by "TỈNH BR-VT", exit 0 (session 49 refused
#       "TP.HCM" only when the whole name was the abbreviation); now exit 2,
#       nothing written.
#  I3g  (guard) "Xã Ea H'Leo", "Xã ĐĂK PXI", "Phường XV", "TP. Hồ Chí
#       Minh" are written.
#  S1   a shared registry's `suppress:` entry that is no text ("- {code:
#       KH417}", "- [KH250]") was dropped without a word, exit 0; a plan's
#       is KH102; now the registry's too, and, as any registry's error, it
#       stops the reading (the two errors only; mutant include-001 of this
#       review's own lines read on).
#  N1g  (guard; init_name-048) `init "U.B.N.D xã Bố Hạ"`: the place is
#       "xã Bố Hạ", issued by [ỦY BAN NHÂN DÂN, XÃ BỐ HẠ].
#  G2   a heading numbered "1." again after "1." (a clause copied), or
#       "2." after "4.", was imported with KH768 "a heading deleted, the
#       rest not renumbered?", which it is not; now "a number typed twice,
#       or a heading moved?" (warning and review line).
#  G1g  (guard; import_body-010) a heading renumbered "4." after "1."
#       (tests/import/plans/luc-ngan-2025.txt, line 59 edited): KH768 and
#       the review line say "numbered 4 after 1", the sibling's dot left.
#  F1g  (guard; diff_cmd-027) `khgen diff --no-color --templates DIR A A`:
#       --templates after another option is read (exit 0, no change).
#  G3g  (guard; this review's own mutants import_body-004, -008 of
#       --since 6825de1f) sections "I., II., IV., V." (luc-ngan, edited):
#       one KH768, at IV, none at V, which follows IV; sub-clauses "2.2.,
#       2.3." (ha-giang, edited): none.
#  W1g  (guard; load_chars-009, -021) full-width small letters followed by
#       ASCII ("ｖｉｅｔ nam") are KH024 naming 'viet'; U+FF61 "｡", U+FE63
#       "﹣", U+FB01 "ﬁ", U+FFE0 "￠" (lead byte EF, no full-width form
#       of ASCII) are not.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# plan NAME RECIPIENTS DUE ATTACHMENT: a small plan of 2024 of one task
plan() {
    cat >"$work/$1.yaml" <<Y
khgen: 1
header:
  issuer: [UBND XÃ BÌNH TRUNG]
  issuer_short: UBND xã Bình Trung
  number: ""
  place: Bình Trung
  date: 2024
  title: Thực hiện nhiệm vụ năm {year}
units:
  - {id: vh, name: Công chức Văn hoá}
localities:
  - {id: bt, name: Bình Trung, kind: xã}
body:
  - section: NỘI DUNG
    items:
      - task: Tổ chức thực hiện nhiệm vụ trên địa bàn {loc bt}
        lead: vh
        due: $3
closing: Trên đây là kế hoạch./.
recipients: $2
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
$4
Y
}

# check NAME: $work/NAME.err, its status in $st
check() {
    "$guard" 30 "$khgen" check "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}

# bieu ROWS [UNIT-HEADER] [NOTE-HEADER] [NO-STT]: a table by thôn, "Tổng" after them
bieu() {
    printf '%s\n' "attachments:
  - id: bieu-01
    label: Biểu 01
    title: CÁC CHỈ TIÊU NĂM {year}
    suppress: [KH253]
    columns:"
    [ -z "${4:-}" ] && printf '%s\n' "      - {key: stt, header: STT, type: stt}"
    printf '%s\n' "      - {key: ten, header: Chỉ tiêu}"
    [ -n "${2:-}" ] && printf '%s\n' "      - {key: dvt, header: \"$2\"}"
    printf '%s\n' "      - {key: a, header: Thôn Nà Pàn, type: decimal}
      - {key: b, header: Thôn Bó Củng, type: decimal}
      - {key: c, header: Thôn Còn Khuông, type: decimal}
      - {key: tong, header: Tổng, type: decimal}"
    [ -n "${3:-}" ] && printf '%s\n' "      - {key: gc, header: \"$3\"}"
    printf '%s\n' "    rows:
$1"
}
counts='      - [Số hộ, hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, người, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, hộ, 10, 12, 8, 30]'

# ---- C1: a count's row whose name holds a rate's word ---------------------------------
bad=
n=0
for row in '[Diện tích chuyển đổi cơ cấu cây trồng, ha, 12, 15, 8, 40]' \
    '[Số hộ có mức sống trung bình, hộ, 12, 15, 8, 40]' \
    '[Số học sinh được miễn 100% học phí, người, 12, 15, 8, 40]'; do
    n=$((n + 1))
    plan "c1$n" '["Lưu: VT"]' 2024-09-30 "$(bieu "$counts
      - $row" ĐVT)"
    check "c1$n"
    grep -qF "gives 40 for 'Tổng', but its figures beside it add up to 35" "$work/c1$n.err" ||
        bad="$bad [$row: $(grep -v '^ ' "$work/c1$n.err" | head -c 300)]"
done
plan c14 '["Lưu: VT"]' 2024-09-30 "$(bieu "      - [Số hộ, hộ, 250, 310, 190, 760, tăng 2%]
      - [Số nhân khẩu, người, 1020, 1260, 800, 3080, \"\"]
      - [Số hộ nghèo, hộ, 10, 12, 8, 30, \"\"]" ĐVT 'Ghi chú')"
check c14
grep -qF "the row 'Số hộ' gives 760 for 'Tổng', but its figures beside it add up to 750" \
    "$work/c14.err" || bad="$bad [note: $(grep -v '^ ' "$work/c14.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "C1 a count's row (ha, hộ, người) whose name holds 'cơ cấu', 'trung bình', '100%', or a note 'tăng 2%' beside it: its slip is KH640"
else
    not_ok "C1:$bad"
fi

# ---- C3: a unit per a time alone is a quantity ---------------------------------------
bad=
plan c3 '["Lưu: VT"]' 2024-09-30 "$(bieu "$counts
      - [Sản lượng lương thực, tấn/năm, 120, 150, 100, 380]" ĐVT)"
check c3
grep -qF "the row 'Sản lượng lương thực' gives 380 for 'Tổng', but its figures beside it add up to 370" "$work/c3.err" ||
    bad="$bad [tấn/năm: $(grep -v '^ ' "$work/c3.err" | head -c 300)]"
plan c3b '["Lưu: VT"]' 2024-09-30 "$(bieu "$counts
      - [Thu nhập bình quân, triệu đồng/người/năm, 52, 55, 50, 53]" ĐVT)"
check c3b
[ "$st" = 0 ] && ! grep -q 'KH640' "$work/c3b.err" || bad="$bad [per person: $(grep -v '^ ' "$work/c3b.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "C3 'tấn/năm' (a year's output) is added up: its slip is KH640; 'triệu đồng/người/năm' is a rate: none"
else
    not_ok "C3:$bad"
fi

# ---- C4g (guard): a rate by its name under a count's unit ----------------------------
bad=
for row in '[Năng suất lúa, tạ, 55, 56, 54, 55.1]' '[Thu nhập bình quân đầu người, triệu đồng, 52, 55, 50, 53]' \
    '[Mật độ dân số, người, 300, 400, 200, 310]'; do
    plan c4g '["Lưu: VT"]' 2024-09-30 "$(bieu "$counts
      - $row" ĐVT)"
    check c4g
    [ "$st" = 0 ] && ! grep -q 'KH640' "$work/c4g.err" || bad="$bad [$row: $(grep -v '^ ' "$work/c4g.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "C4g (guard) 'Năng suất lúa | tạ', 'Thu nhập bình quân đầu người | triệu đồng', 'Mật độ dân số | người': no KH640"
else
    not_ok "C4g:$bad"
fi

# ---- C1g (guard; attach_rowsum-021): the name in the table's first column ------------
bad=
plan c1g '["Lưu: VT"]' 2024-09-30 "$(bieu "      - [Số hộ, 250, 310, 190, 750]
      - [Số nhân khẩu, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, 10, 12, 8, 30]
      - [Tỷ lệ hộ nghèo, 4, 3.87, 4.21, 4]" "" "" nostt)"
check c1g
[ "$st" = 0 ] && ! grep -q 'KH640' "$work/c1g.err" ||
    bad="$bad [exit $st: $(grep -v '^ ' "$work/c1g.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "C1g (guard) 'Tỷ lệ hộ nghèo' in the table's first column, no unit column: no KH640"
else
    not_ok "C1g:$bad"
fi

# ---- C2g (guard; attach_rowsum-035): a row with a figure blank is not compared --------
bad=
plan c2g '["Lưu: VT"]' 2024-09-30 "$(bieu "      - [Số hộ, hộ, 250, 310, 190, 760]
      - [Số nhân khẩu, người, 1020, 1260, 800, 3080]
      - [Số hộ nghèo, hộ, 10, 12, 8, 30]
      - [Số hộ cận nghèo, hộ, 10, \"\", 8, 99]
      - [Số hộ mới, hộ, 3, 4, 5, 12]" ĐVT)"
check c2g
grep -qF "the row 'Số hộ' gives 760 for 'Tổng', but its figures beside it add up to 750" "$work/c2g.err" &&
    [ "$(grep -c 'warning\[KH640\]' "$work/c2g.err")" = 1 ] ||
    bad="$bad [$(grep -v '^ ' "$work/c2g.err" | head -c 400)]"
if [ -z "$bad" ]; then
    ok "C2g (guard) a row with a figure blank beside a real slip: the slip is KH640, the blank row not compared"
else
    not_ok "C2g:$bad"
fi

# ---- T1: a board's "TM." under an issuer in small letters: KH178's note only ------------
bad=
plan t1 '["Lưu: VT"]' 2024-09-30 ""
sed -i -e 's/^  issuer: .*/  issuer: [Ủy ban nhân dân xã Bình Trung]/' \
    -e 's/^  lines: .*/  lines: [TM. BAN QUẢN LÝ XDNTM, TRƯỞNG BAN]/' "$work/t1.yaml"
check t1
grep -q 'warning\[KH178\]' "$work/t1.err" && ! grep -q 'KH166' "$work/t1.err" &&
    grep -qF "note: the signature signs 'TM. BAN QUẢN LÝ XDNTM' (line 22), another body than this issuer" "$work/t1.err" ||
    bad="$bad [$(grep -v '^ ' "$work/t1.err" | head -c 400)]"
if [ -z "$bad" ]; then
    ok "T1 'TM. BAN QUẢN LÝ XDNTM' under an issuer in small letters: KH178 and its note, no KH166 beside it"
else
    not_ok "T1:$bad"
fi

# ---- K1: a recipient of the family Lưu ------------------------------------------------
bad=
for r in '["Như trên", "Lưu Văn Hùng, Trưởng thôn Đông", "Lưu: VT"]' \
    '["Lưu Văn Hùng, Trưởng thôn Đông", "Như trên", "Lưu: VT"]'; do
    plan k1 "$r" 2024-09-30 ""
    check k1
    [ "$st" = 0 ] && ! grep -q 'KH167' "$work/k1.err" ||
        bad="$bad [$r: exit $st: $(grep -v '^ ' "$work/k1.err" | head -c 300)]"
done
plan k1b '["Như trên", "Lưu Văn Hùng"]' 2024-09-30 ""
check k1b
grep -qF 'warning[KH167]: the recipients have no "Lưu" line' "$work/k1b.err" &&
    [ "$(grep -c 'KH167' "$work/k1b.err")" = 1 ] || bad="$bad [alone: $(grep -v '^ ' "$work/k1b.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "K1 'Lưu Văn Hùng, Trưởng thôn Đông' (a person) among the recipients, first or not: no KH167; alone: no 'Lưu' line"
else
    not_ok "K1:$bad"
fi

# ---- K1g (guard): the office's copy without its colon ---------------------------------
bad=
for r in 'Lưu VT' 'LƯU VT' 'Lưu hồ sơ' 'Lưu ĐT'; do
    plan k1g '["Như trên", "'"$r"'"]' 2024-09-30 ""
    check k1g
    grep -qF "warning[KH167]: '$r' has no colon after 'Lưu'" "$work/k1g.err" ||
        bad="$bad [$r: $(grep -v '^ ' "$work/k1g.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "K1g (guard) 'Lưu VT', 'LƯU VT', 'Lưu hồ sơ', 'Lưu ĐT': KH167, the colon lost"
else
    not_ok "K1g:$bad"
fi

# ---- D2: a date the task starts from, in other words ----------------------------------
bad=
n=0
for t in 'Từ đầu tháng 10/2023' 'Từ cuối tháng 9/2023' 'Kể từ sau ngày 01/10/2023' \
    'TỪ THÁNG 10/2023' 'Từ giữa tháng 10/2023 đến khi hoàn thành'; do
    n=$((n + 1))
    plan "d2$n" '["Lưu: VT"]' "{text: \"$t\"}" ""
    check "d2$n"
    [ "$st" = 0 ] && ! grep -q 'KH323' "$work/d2$n.err" ||
        bad="$bad [$t: exit $st $(grep KH323 "$work/d2$n.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "D2 'Từ đầu tháng 10/2023', 'Kể từ sau ngày 01/10/2023', 'TỪ THÁNG 10/2023' in the plan of 2024: no KH323"
else
    not_ok "D2:$bad"
fi

# ---- D2g (guard; check_duetext-027, -053, -060): deadlines still warned --------------
bad=
n=0
for t in 'Đầu tháng 10/2023' 'Từ IIIIIIIIIIII/2023' \
    'Theo Thông báo số 15/TB-UBND ngày 10/01/23, hoàn thành trước 30/9/2023'; do
    n=$((n + 1))
    plan "d2g$n" '["Lưu: VT"]' "{text: \"$t\"}" ""
    check "d2g$n"
    grep -q 'warning\[KH323\].* names 2023, before' "$work/d2g$n.err" ||
        bad="$bad [$t: $(grep -v '^ ' "$work/d2g$n.err" | head -c 200)]"
done
for t in 'Theo Quyết định số 12/23/QĐ-UBND' 'ngày 10/01/23,5'; do
    plan d2g4 '["Lưu: VT"]' "{text: \"$t\"}" ""
    check d2g4
    grep -q 'KH323' "$work/d2g4.err" && bad="$bad [$t: $(grep KH323 "$work/d2g4.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "D2g (guard) 'Đầu tháng 10/2023', 'Từ IIIIIIIIIIII/2023', a cited notice then 'trước 30/9/2023': KH323; 'số 12/23/QĐ-UBND', 'ngày 10/01/23,5': none"
else
    not_ok "D2g:$bad"
fi

# ---- I3: a name holding an abbreviation ------------------------------------------------
bad=
n=0
for name in 'Tỉnh BR-VT' 'Tỉnh BR - VT' 'Tỉnh TT-Huế' 'TP. H.C.M'; do
    n=$((n + 1))
    mkdir -p "$work/i3$n"
    "$guard" 30 "$khgen" init --year 2025 "$name" -o "$work/i3$n/p.yaml" >/dev/null 2>"$work/i3$n.err"
    st=$?
    [ "$st" = 2 ] && [ ! -e "$work/i3$n/p.yaml" ] && grep -q 'is an abbreviation' "$work/i3$n.err" ||
        bad="$bad [$name: exit $st $(head -c 200 "$work/i3$n.err")]"
done
if [ -z "$bad" ]; then
    ok "I3 init 'Tỉnh BR-VT', 'Tỉnh BR - VT', 'Tỉnh TT-Huế', 'TP. H.C.M': a usage error, nothing written"
else
    not_ok "I3:$bad"
fi

# ---- I3g (guard): names with no abbreviation are written -------------------------------
bad=
n=0
for name in "Xã Ea H'Leo" 'Xã ĐĂK PXI' 'Phường XV' 'TP. Hồ Chí Minh'; do
    n=$((n + 1))
    mkdir -p "$work/i3g$n"
    "$guard" 30 "$khgen" init --year 2025 "$name" -o "$work/i3g$n/p.yaml" >/dev/null 2>"$work/i3g$n.err"
    st=$?
    [ "$st" = 0 ] && [ -s "$work/i3g$n/p.yaml" ] || bad="$bad [$name: exit $st $(head -c 200 "$work/i3g$n.err")]"
done
if [ -z "$bad" ]; then
    ok "I3g (guard) init \"Xã Ea H'Leo\", 'Xã ĐĂK PXI', 'Phường XV', 'TP. Hồ Chí Minh': written"
else
    not_ok "I3g:$bad"
fi

# ---- S1: a registry's suppress entry that is no text -----------------------------------
bad=
printf '%s\n' 'units:' '  - {id: vh, name: Công chức Văn hoá}' 'suppress:' '  - {code: KH417}' \
    '  - [KH250]' >"$work/registry.yaml"
plan s1 '["Lưu: VT"]' 2024-09-30 ""
sed -e 's/^khgen: 1$/khgen: 1\ninclude: [registry.yaml]/' -e '/^units:$/d' -e '/^  - {id: vh,/d' \
    "$work/s1.yaml" >"$work/s1b.yaml"
mv "$work/s1b.yaml" "$work/s1.yaml"
sed -i 's/^        lead: vh$/        lead: nosuch/' "$work/s1.yaml"
check s1
[ "$st" = 1 ] && grep -qF "registry.yaml:4:5: error[KH102]: 'suppress' must be a string, not a mapping" "$work/s1.err" &&
    [ "$(grep -c 'error\[\|warning\[' "$work/s1.err")" = 2 ] &&
    grep -qF "registry.yaml:5:5: error[KH102]: 'suppress' must be a string, not a list" "$work/s1.err" ||
    bad="$bad [exit $st: $(grep -v '^ ' "$work/s1.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "S1 a registry's 'suppress:' entry that is a mapping or a list: KH102 at it, exit 1"
else
    not_ok "S1:$bad"
fi

# ---- P1g (guard; parse_empty-008): "khgen: 1" first, then a catalog's keys ------------
bad=
printf '%s\n' 'khgen: 1' 'id: thon' 'title: Bộ tiêu chí thôn' 'criteria:' '  - {code: "1", name: Giao thông}' \
    >"$work/p1g.yaml"
check p1g
[ "$st" = 1 ] && grep -qF "p1g.yaml:2:1: error[KH101]: unknown key 'id' in the plan" "$work/p1g.err" &&
    ! grep -q 'it is a catalog' "$work/p1g.err" || bad="$bad [exit $st: $(grep -v '^ ' "$work/p1g.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "P1g (guard) 'khgen: 1' then a catalog's id, title, criteria: read as a plan (KH101 at 'id'), not told a catalog"
else
    not_ok "P1g:$bad"
fi

# ---- N1g (guard; init_name-048): "U.B.N.D" before the place ---------------------------
bad=
mkdir -p "$work/n1g"
"$guard" 30 "$khgen" init --year 2026 "U.B.N.D xã Bố Hạ" -o "$work/n1g/p.yaml" >/dev/null 2>"$work/n1g.err"
st=$?
[ "$st" = 0 ] && grep -qF 'issuer: [ỦY BAN NHÂN DÂN, XÃ BỐ HẠ]' "$work/n1g/p.yaml" ||
    bad="$bad [exit $st: $(grep 'issuer:' "$work/n1g/p.yaml" 2>/dev/null) $(head -c 200 "$work/n1g.err")]"
if [ -z "$bad" ]; then
    ok "N1g (guard) init 'U.B.N.D xã Bố Hạ': issued by [ỦY BAN NHÂN DÂN, XÃ BỐ HẠ]"
else
    not_ok "N1g:$bad"
fi

# ---- G1g (guard; import_body-010): a heading's gap said without the sibling's dot -----
bad=
sed -e '59s/^2\. /4. /' tests/import/plans/luc-ngan-2025.txt >"$work/g1g.txt"
"$guard" 30 "$khgen" import --force "$work/g1g.txt" -o "$work/g1g.yaml" >/dev/null 2>"$work/g1g.err"
st=$?
[ "$st" = 0 ] && grep -qF "g1g.txt:59:1: warning[KH768]: the heading '4. Phát triển hạ tầng kinh tế - xã hội' is numbered 4 after 1: a heading deleted" "$work/g1g.err" &&
    grep -qF '# review: the heading is numbered 4 after 1: one deleted' "$work/g1g.yaml" ||
    bad="$bad [exit $st: $(grep KH768 "$work/g1g.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "G1g (guard) a clause '4.' after '1.' imported: KH768 and its review line say 'numbered 4 after 1'"
else
    not_ok "G1g:$bad"
fi

# ---- G2: a heading numbered as its sibling, or back --------------------------------------
bad=
sed -e '59s/^2\. /1. /' tests/import/plans/luc-ngan-2025.txt >"$work/g2.txt"
"$guard" 30 "$khgen" import --force "$work/g2.txt" -o "$work/g2.yaml" >/dev/null 2>"$work/g2.err"
st=$?
[ "$st" = 0 ] && grep -qF "g2.txt:59:1: warning[KH768]: the heading '1. Phát triển hạ tầng kinh tế - xã hội' is numbered 1 after 1: a number typed twice, or a heading moved?" "$work/g2.err" &&
    grep -qF '# review: the heading is numbered 1 after 1: a number typed twice, or a heading moved?' "$work/g2.yaml" ||
    bad="$bad [1 after 1: exit $st $(grep KH768 "$work/g2.err" | head -c 300)]"
sed -e '59s/^2\. /4. /' -e '71s/^3\. /2. /' tests/import/plans/luc-ngan-2025.txt >"$work/g2b.txt"
"$guard" 30 "$khgen" import --force "$work/g2b.txt" -o "$work/g2b.yaml" >/dev/null 2>"$work/g2b.err"
grep -qF "is numbered 2 after 4: a number typed twice, or a heading moved?" "$work/g2b.err" &&
    grep -qF "is numbered 4 after 1: a heading deleted, the rest not renumbered?" "$work/g2b.err" ||
    bad="$bad [2 after 4: $(grep KH768 "$work/g2b.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "G2 a clause '1.' again after '1.', '2.' after '4.': KH768 says a number typed twice or a heading moved"
else
    not_ok "G2:$bad"
fi

# ---- F1g (guard; diff_cmd-027): diff's --templates after another option --------------
bad=
plan f1g '["Lưu: VT"]' 2024-09-30 ""
mkdir -p "$work/f1g-templates"
"$guard" 30 "$khgen" diff --no-color --templates "$work/f1g-templates" "$work/f1g.yaml" "$work/f1g.yaml" \
    >"$work/f1g.out" 2>"$work/f1g.err"
st=$?
[ "$st" = 0 ] || bad="$bad [exit $st: $(head -c 200 "$work/f1g.err")]"
if [ -z "$bad" ]; then
    ok "F1g (guard) diff --no-color --templates DIR A A: read, exit 0"
else
    not_ok "F1g:$bad"
fi

# ---- G3g (guard; import_body-004, -008): the count goes on from a gap -----------------
bad=
sed -e '51s/^III\. /IV. /' -e '83s/^IV\. /V. /' tests/import/plans/luc-ngan-2025.txt >"$work/g3a.txt"
"$guard" 30 "$khgen" import --force "$work/g3a.txt" -o "$work/g3a.yaml" >/dev/null 2>"$work/g3a.err"
grep -qF "g3a.txt:51:1: warning[KH768]: the heading 'IV. NHIỆM VỤ VÀ GIẢI PHÁP' is numbered IV after II" "$work/g3a.err" &&
    [ "$(grep -c 'KH768' "$work/g3a.err")" = 1 ] || bad="$bad [sections: $(grep KH768 "$work/g3a.err" | head -c 300)]"
sed -e '47s/^2\.1\. /2.2. /' -e '55s/^2\.2\. /2.3. /' tests/import/plans/ha-giang-2023.txt >"$work/g3b.txt"
"$guard" 30 "$khgen" import --force "$work/g3b.txt" -o "$work/g3b.yaml" >/dev/null 2>"$work/g3b.err"
st=$?
[ "$st" = 0 ] && ! grep -q 'KH768' "$work/g3b.err" || bad="$bad [sub-clauses: exit $st $(grep KH768 "$work/g3b.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "G3g (guard) sections I, II, IV, V: KH768 at IV only; sub-clauses 2.2, 2.3: none"
else
    not_ok "G3g:$bad"
fi

# ---- W1g (guard; load_chars-009, -021): full-width forms of ASCII only -----------------
bad=
plan w1 '["Lưu: VT"]' 2024-09-30 ""
sed -i 's/^      - task: Tổ chức thực hiện/      - task: Tổ chức ｖｉｅｔ nam thực hiện/' "$work/w1.yaml"
check w1
grep -qF "full-width characters 'ｖｉｅｔ'" "$work/w1.err" && grep -qF "write them in ASCII: 'viet'" "$work/w1.err" ||
    bad="$bad [ｖｉｅｔ: $(grep -v '^ ' "$work/w1.err" | head -c 300)]"
for ch in '｡' '﹣' 'ﬁ' '￠'; do
    plan w1b '["Lưu: VT"]' 2024-09-30 ""
    sed -i "s/^      - task: Tổ chức thực hiện/      - task: Tổ chức$ch thực hiện/" "$work/w1b.yaml"
    check w1b
    [ "$st" = 0 ] && ! grep -q 'KH024' "$work/w1b.err" || bad="$bad [$ch: $(grep -v '^ ' "$work/w1b.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "W1g (guard) 'ｖｉｅｔ nam': KH024 naming 'viet'; '｡', '﹣', 'ﬁ', '￠': no KH024"
else
    not_ok "W1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
