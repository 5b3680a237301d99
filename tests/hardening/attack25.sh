#!/bin/sh
# tests/hardening/attack25.sh KHGEN WORKDIR - what the twenty-fifth
# black-box attack found (issue 8; /tmp/s25attack/findings.md in its
# session), going through the plan language key by key and through a
# tired drafter's one-line slips on `khgen init`'s skeleton and the
# README's example:
#  F1 a recipient that holds commas written without its quotes inside
#     [...] (`[UBND huyện, Các ban, ngành, đoàn thể xã, "Lưu: VT"]`, the
#     skeleton's line retyped): YAML cut it at each comma and "Nơi nhận"
#     printed "- Các ban;", "- ngành;", "- đoàn thể xã;", exit 0, no word.
#     Now KH175 at the first piece, with the recipient in quotes to write;
#  F2 a locality's kind in capitals (`kind: Xã`, copied from "Xã Đồng
#     Hưu"): kinds are compared as written, so `{count localities kind=xã}`
#     printed 2 of the README example's 3 communes and the preset's table
#     put that commune in a group "Xã" of its own instead of "Cấp xã",
#     exit 0. Now KH259 with the kind to write;
#  F3 a table of tasks in the body written under `rows:` instead of
#     `items:` (the README's example, one word changed): its cells printed
#     "vpdp" and "2024-06", a unit's id and a deadline as the plan writes
#     them, exit 0. Now KH632 at each cell that prints an id, naming
#     `{unit ID}` and `items:`;
#  M4 a basis's kind typed as an abbreviation without the stroke of its
#     "Đ" (`kind: QD`, an English keyboard) printed "Căn cứ QD số ...",
#     exit 0 (KH161 knew "Quyết đinh", not "QD"). Now KH161 names "QĐ";
#  M5 a legal basis written as a sentence that lost its "Căn cứ"
#     (`text: tình hình thực tế của địa phương`) printed as the sentence's
#     start in lower case, exit 0. Now KH176;
#  M6 `criteria: 13,14` (brackets lost) told "did you mean '13.14'?", an
#     indicator nobody meant. Now the list [13, 14] as well;
#  M7 an attachment's title citing "Quyết định số 263/QĐ-TTg" printed
#     "263/QĐ-TTG" in capitals in every format (and a heading with `style:
#     upper`): a document's symbol is printed as issued. Now kept as written;
#  M8 `{year + 1}` told "'{year}' takes no arguments: delete what follows
#     the name", which gives {year}, not the year meant. Now '{year+1}';
#  D  forty-four one-line slips of a drafter writing from scratch
#     (attack25_slips.py), each told at its line and column.
#
# Each F and M case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# check_at NAME FILE STATUS CODE LINE:COL TEXT: `khgen check FILE` ends
# with STATUS and reports CODE at LINE:COL with TEXT in its message
check_at() {
    "$khgen" check --color=never "$2" >"$work/out" 2>"$work/err"
    st=$?
    base=$(basename "$2")
    if [ $st -eq "$3" ] && grep -F -- "$base:$5: " "$work/err" | grep -F -- "[$4]" | grep -qF -- "$6"; then
        ok "$1"
    else
        not_ok "$1: exit $st (want $3), want [$4] at $5 with '$6'; got: $(head -c 500 "$work/err")"
    fi
}
# no_code NAME FILE CODE: `khgen check FILE` ends 0 without CODE
no_code() {
    "$khgen" check --color=never "$2" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -eq 0 ] && ! grep -qF "[$3]" "$work/err"; then
        ok "$1"
    else
        not_ok "$1: exit $st, got: $(head -c 500 "$work/err")"
    fi
}

# ---- F1: a recipient cut at its commas inside [...] -----------------------------
edited f1 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' \
    'recipients: [UBND tỉnh, Các ban, ngành, đoàn thể huyện, Các xã, "Lưu: VT"]'
check_at "F1 'Các ban, ngành, đoàn thể huyện' unquoted in [...]: KH175 at 'ngành'" \
    "$work/p/f1.yaml" 0 KH175 64:34 "'\"Các ban, ngành, đoàn thể huyện\"'"
grep -c 'KH175' "$work/err" | grep -qx 1 && ok "F1 one warning for the run of pieces" ||
    not_ok "F1 one warning for the run of pieces: $(grep -c KH175 "$work/err")"
edited f1g 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' \
    'recipients: [UBND tỉnh, "Các ban, ngành, đoàn thể huyện", Các xã, "Lưu: VT"]'
no_code "F1 guard: the recipient in quotes" "$work/p/f1g.yaml" KH175
edited f1h 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' \
    'recipients:
  - UBND tỉnh
  - Các Phòng, Ban, ngành; đoàn thể huyện
  - "Lưu: VT"'
no_code "F1 guard: a block list's recipient with commas and a small letter" "$work/p/f1h.yaml" KH175

# ---- F2: a locality's kind in capitals ---------------------------------------------
edited f2 'name: Tân Hiệp, kind: xã' 'name: Tân Hiệp, kind: Xã' \
    '{loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
    '{loc dong-lac} đạt chuẩn nông thôn mới nâng cao ({count localities kind=xã} xã).'
check_at "F2 'kind: Xã' beside 'xã': KH259 with the kind to write" \
    "$work/p/f2.yaml" 0 KH259 33:42 "write 'xã'"
edited f2g 'name: Tân Hiệp, kind: xã' 'name: Tân Hiệp, kind: Cụm dân cư'
no_code "F2 guard: a kind of the plan's own in capitals" "$work/p/f2g.yaml" KH259

# ---- F3: a table of tasks written under rows: ---------------------------------------
edited f3 '        items:                                   # its rows' \
    '        rows:                                    # its rows'
check_at "F3 a body table of tasks under 'rows:': KH632 at the lead cell" \
    "$work/p/f3.yaml" 0 KH632 61:48 "write '{unit vpdp}' for its name; a table of tasks lists them under 'items:'"
edited f3g '        items:                                   # its rows' \
    '        rows:                                    # its rows' \
    'lead: vpdp, due: 2024-06}' 'lead: "{unit vpdp}", due: tháng 6/2024}'
no_code "F3 guard: the same row with '{unit vpdp}'" "$work/p/f3g.yaml" KH632
"$khgen" build -f md -o "$work/f3g" "$work/p/f3g.yaml" 2>/dev/null
grep -qF '| 1 | Rà soát hồ sơ các xã | Văn phòng Điều phối nông thôn mới huyện | tháng 6/2024 |' "$work/f3g/f3g.md" &&
    ok "F3 guard: '{unit vpdp}' prints the unit's name in a written row" ||
    not_ok "F3 guard: '{unit vpdp}' prints the unit's name in a written row: $(grep 'Rà soát' "$work/f3g/f3g.md")"

# ---- M4: an abbreviation typed without the stroke of its Đ -------------------------
edited m4 '  - kind: Quyết định' '  - kind: QD'
check_at "M4 'kind: QD': KH161 names 'QĐ'" "$work/p/m4.yaml" 0 KH161 14:5 "did you mean 'QĐ' (Quyết định)?"
edited m4g '  - kind: Quyết định' '  - kind: QĐ'
no_code "M4 guard: 'kind: QĐ'" "$work/p/m4g.yaml" KH161

# ---- M5: a basis's sentence without its "Căn cứ" -----------------------------------
edited m5 '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: tình hình thực tế của địa phương'
check_at "M5 a basis 'tình hình thực tế ...': KH176" "$work/p/m5.yaml" 0 KH176 19:11 "'Căn cứ ...'"
edited m5g '    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025' \
    '    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025
    end: ","' \
    '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: căn cứ tình hình thực tế của địa phương'
no_code "M5 guard: a basis going on with the sentence of one whose 'end' is ','" "$work/p/m5g.yaml" KH176

# ---- M6: criteria: 13,14 -----------------------------------------------------------------
edited m6 '            show: [lead, due]' '            show: [lead, due]
            criteria: 13,14'
check_at "M6 'criteria: 13,14': the list to write" "$work/p/m6.yaml" 1 KH402 54:23 "as a list, '[13, 14]'"
edited m6g '            show: [lead, due]' '            show: [lead, due]
            criteria: ["17,12"]'
check_at "M6 guard: '17,12' is still indicator 17.12" "$work/p/m6g.yaml" 1 KH402 54:24 "did you mean '17.12'?"

# ---- M7: a document's symbol in a title printed in capitals ---------------------
edited m7 '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024' \
    '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024 theo Quyết định số 263/QĐ-TTg, ngày 22/02/2022' \
    '      - clause: Cấp xã' '      - clause: Cấp xã theo Kế hoạch số 12/KH-CTr
        style: upper'
"$khgen" build -o "$work/m7" "$work/p/m7.yaml" 2>"$work/m7.err"
want='DANH SÁCH XÃ PHẤN ĐẤU ĐẠT CHUẨN NĂM 2024 THEO QUYẾT ĐỊNH SỐ 263/QĐ-TTg, NGÀY 22/02/2022'
m7_in=""
grep -qF "**$want**" "$work/m7/m7.md" && m7_in="$m7_in md"
grep -qF "$want" "$work/m7/m7.html" && m7_in="$m7_in html"
unzip -p "$work/m7/m7.docx" word/document.xml | grep -qF "$want" && m7_in="$m7_in docx"
unzip -p "$work/m7/m7.xlsx" xl/sharedStrings.xml | grep -qF "$want" && m7_in="$m7_in xlsx"
[ "$m7_in" = " md html docx xlsx" ] && ok "M7 the title keeps '263/QĐ-TTg' in capitals, in every format" ||
    not_ok "M7 the title keeps '263/QĐ-TTg' in capitals, in every format: only in '$m7_in'"
grep -qF '1\. CẤP XÃ THEO KẾ HOẠCH SỐ 12/KH-CTr' "$work/m7/m7.md" &&
    ok "M7 a heading with style: upper keeps '12/KH-CTr'" ||
    not_ok "M7 a heading with style: upper keeps '12/KH-CTr': $(grep -F 'CẤP XÃ' "$work/m7/m7.md")"

# ---- M8: {year + 1} ---------------------------------------------------------------
edited m8 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    'closing: Trên đây là Kế hoạch năm {year + 1} của UBND huyện.'
check_at "M8 '{year + 1}': write '{year+1}'" "$work/p/m8.yaml" 1 KH207 63:35 "write '{year+1}'"

# ---- D: a tired drafter -----------------------------------------------------------------
/usr/bin/python3 "$(dirname "$0")/attack25_slips.py" "$khgen" "$work/slips" >"$work/slips.out" 2>&1
grep '^ok - \|^not ok - ' "$work/slips.out"
sp=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$work/slips.out")
sf=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$work/slips.out")
if [ -z "$sp" ]; then
    not_ok "D: attack25_slips.py did not finish: $(tail -3 "$work/slips.out")"
else
    pass=$((pass + sp))
    fail=$((fail + sf))
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
