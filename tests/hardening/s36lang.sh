#!/bin/sh
# tests/hardening/s36lang.sh KHGEN WORKDIR - the plan language's word checks
# (issue 8; session 35's black-box attack, s35attack, findings not fixed in
# that session). Every case but the guards fails at main 8e7828c4:
#  due   '{due}' in a deadline's own text or prefix (`due: {text: "Hoàn
#        thành {due} trong quý I"}`) printed "Hoàn thành Hoàn thành  trong
#        quý I trong quý I" with exit 0 (session 35's guard in expand_due;
#        a stack overflow before it): now KH216, an error at the '{due}';
#  M1    KH118 missed a label alone or without its space: `clause: "1."`
#        printed "1. 1.", also "a)", "-" alone, "-Hoàn thành", "a)Hoàn
#        thành", "1.Cấp xã", "a/ ", "1/ ", "I - ", and one followed by a
#        no-break space (M7): now KH118 (own_label.c, one rule), a label
#        alone worded as a heading with no words; guards: "1.000 hộ",
#        "Bảng phân công", "I Mục tiêu", "263/QĐ-TTg ...", "1/2 số xã";
#  M2    an attachment's title typed with its label ("Biểu 01: Danh mục",
#        "BIỂU 01 - ...") under the label "Biểu 01" printed the label
#        twice, no message: now KH118 at the title; "Biểu dương ..." and
#        "Biểu 010" are no label;
#  M3    an id written twice in one reference's list, `{loc a b a}`,
#        `{att x x}`, `{crit 17 17}`, printed it twice, no message: now
#        KH217 at the repeat (file:line:col) and printed once, the one rule
#        of every list reference (unit, short, loc, att, crit, crit-name);
#  M7    a no-break space (U+00A0, U+202F, U+2007, ...) where a space
#        belongs hid the words from the word checks: `by: "của\u00A0Thủ
#        tướng"` printed "của của" silently (KH172), "263\u00A0/QĐ-TTg"
#        (KH173), a basis "\u00A0tình hình ..." (KH176), a deadline's text
#        "Quý\u00A0II/2024" over 2024-Q1 (KH319), "-\u00A0Vốn ..." lines in
#        one paragraph (KH125), all silent; the same with an ASCII space
#        warned. Now every word check reads spaces through vi_words.c.
#  L1    (a guard, passing before: not a defect) "Hạn: {due}." of an
#        ongoing deadline prints "Hạn: Thường xuyên trong năm 2024.", its
#        capital kept after the colon as the seeds write "Thời gian thực
#        hiện: Thường xuyên ..." (17 times, never small); "trước ngày"
#        stays small there.
# Each case writes a small plan or edits README's example (-f md -o -) and
# checks it: a few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

# ---- due: '{due}' in the deadline's own text or prefix ---------------------
TD='            due: 2024-Q1'
mk due1 "$TD" '            due: {text: "Hoàn thành {due} trong quý I"}'
mk due2 "$TD" '            due: {prefix: "Hoàn thành {due}", in: 2024-Q1}'
mk due3 "$TD" '            due: {text: "Hoàn thành trong quý I", prefix: Chậm nhất}'
bad=
chk due1
[ "$st" -eq 1 ] && grep -q '^[^ ]*due1\.yaml:[0-9]*:[0-9]*: error\[KH216\]' "$work/due1.err" &&
    grep -A2 'KH216' "$work/due1.err" | grep -q '\^~~~~$' || bad="$bad [text: status $st, $(head -1 "$work/due1.err")]"
ln=$(grep -n 'Hoàn thành {due}' "$P/due1.yaml" | cut -d: -f1)
grep -q "due1\.yaml:$ln:[0-9]*: error\[KH216\]" "$work/due1.err" || bad="$bad [text: not at line $ln]"
chk due2
[ "$st" -eq 1 ] && grep -q 'error\[KH216\]' "$work/due2.err" || bad="$bad [prefix: status $st, $(head -1 "$work/due2.err")]"
md due3
[ "$st" -eq 0 ] && ! grep -q KH216 "$work/due3.err" || bad="$bad [a text and prefix without {due}: status $st]"
verdict "due: '{due}' in a deadline's own text or prefix is KH216 at the '{due}' (it printed the deadline twice over, exit 0); a text without it is no error"

# ---- M1: KH118's label alone, without its space, after a no-break space ----
bad=
i=0
NB=$(printf '\302\240')
for kt in 'clause|1.' 'point|a)' 'bullet|-' 'bullet|-Hoàn thành' 'point|a)Hoàn thành' \
    'clause|1.Cấp xã' 'point|a/ ' 'clause|1/ ' 'section|I - ' "clause|1.${NB}Cấp xã" \
    "bullet|-${NB}Cấp xã" 'section|II.Cấp xã'; do
    i=$((i + 1))
    heading "m1_$i" "${kt%%|*}" "${kt#*|}"
    chk "m1_$i"
    grep -q "m1_$i\.yaml:10:[0-9]*: warning\[KH118\]" "$work/m1_$i.err" || bad="$bad [${kt%%|*}: '${kt#*|}' no KH118]"
done
heading m1_alone clause '1.'
chk m1_alone
grep -q "KH118\]: this text is only a label, '1\.', with no words" "$work/m1_alone.err" ||
    bad="$bad [clause '1.': not worded as a heading with no words]"
verdict "M1 KH118 at a heading or bullet that is only its label or has it without its space ('1.', 'a)', '-', '1.Cấp xã', 'a)Hoàn thành', 'a/ ', '1/ ', 'I - ', a no-break space after it)"
bad=
i=0
for kt in 'clause|1.000 hộ được hỗ trợ' 'clause|Bảng phân công' 'section|I Mục tiêu' \
    'clause|263/QĐ-TTg và các văn bản' 'clause|1/2 số xã' 'section|III' 'section|Cấp - xã' \
    'bullet|-5% số hộ'; do
    i=$((i + 1))
    heading "m1g_$i" "${kt%%|*}" "${kt#*|}"
    chk "m1g_$i"
    grep -q KH118 "$work/m1g_$i.err" && bad="$bad [${kt%%|*}: '${kt#*|}' warned]"
done
verdict "M1 guard: words are no label ('1.000 hộ', 'Bảng phân công', 'I Mục tiêu', '263/QĐ-TTg', '1/2 số xã', 'III', '-5%')"

# ---- M2: an attachment's title typed with its label -------------------------
AT='    title: Danh sách xã phấn đấu đạt chuẩn năm 2024'
mk m2a "$AT" '    title: "Biểu 01: Danh sách xã phấn đấu đạt chuẩn năm 2024"'
mk m2b "$AT" '    title: "BIỂU 01 - Danh sách xã phấn đấu đạt chuẩn năm 2024"'
mk m2c "$AT" '    title: "Biểu dương các xã đạt chuẩn năm 2024"'
mk m2d "$AT" '    title: "Biểu 010 xã phấn đấu đạt chuẩn"'
bad=
for c in m2a m2b; do
    chk $c
    ln=$(grep -n '^    title: ".*01' "$P/$c.yaml" | cut -d: -f1)
    grep -q "$c\.yaml:$ln:[0-9]*: warning\[KH118\]: this title begins with its attachment's label" "$work/$c.err" ||
        bad="$bad [$c: $(head -1 "$work/$c.err")]"
done
for c in m2c m2d; do
    chk $c
    grep -q KH118 "$work/$c.err" && bad="$bad [$c warned]"
done
verdict "M2 an attachment title 'Biểu 01: X' or 'BIỂU 01 - X' under the label 'Biểu 01' is KH118 at the title; 'Biểu dương', 'Biểu 010' are not"

# ---- M3: an id written twice in one reference's list ---------------------
mk m3 '{loc dong-huu tan-hiep}' '{loc dong-huu tan-hiep dong-huu}' \
    '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 bieu01} đính kèm; {crit 17 17}; {crit-name 17 17}; {unit tckh tckh}; {short vpdp vpdp})'
md m3
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
ln=$(grep -n 'dong-huu tan-hiep dong-huu' "$P/m3.yaml" | cut -d: -f1)
col=$(grep 'dong-huu tan-hiep dong-huu' "$P/m3.yaml" | /usr/bin/python3 -c 'import sys; l=sys.stdin.read(); print(l.index("tan-hiep dong-huu") + len("tan-hiep ") + 1)')
grep -q "m3\.yaml:$ln:$col: warning\[KH217\]: 'dong-huu' is written twice" "$work/m3.err" || bad="$bad [no KH217 at $ln:$col]"
[ "$(grep -c 'warning\[KH217\]' "$work/m3.err")" -eq 6 ] || bad="$bad [$(grep -c KH217 "$work/m3.err") KH217 of 6]"
grep -q '^- Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp đạt chuẩn' "$work/m3.md" || bad="$bad [$(grep 'Hoàn thành xây dựng xã Đồng' "$work/m3.md")]"
grep -q '^(Chi tiết theo Biểu 01 đính kèm; 17; Môi trường và an toàn thực phẩm; Phòng Tài chính - Kế hoạch; VPĐP NTM)' "$work/m3.md" ||
    bad="$bad [$(grep 'Chi tiết theo' "$work/m3.md")]"
verdict "M3 an id twice in {loc}, {att}, {crit}, {crit-name}, {unit}, {short}: KH217 at the repeat, printed once"

# ---- M7: a no-break space where a space belongs --------------------------
NNB=$(printf '\342\200\257') # U+202F
FIG=$(printf '\342\200\207') # U+2007
mk m7a '    by: Thủ tướng Chính phủ' '    by: "của<NB>Thủ tướng Chính phủ"'
mk m7b '    number: 263/QĐ-TTg' "    number: \"263${NNB}/QĐ-TTg\""
mk m7c '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: "<NB>tình hình thực tế của địa phương"'
mk m7d "$TD" "            due: {in: 2024-Q1, text: \"Quý${FIG}II/2024\"}"
mk m7e '            text: Tham mưu phân bổ nguồn vốn năm {year}.' '            text: |\n              Tham mưu phân bổ nguồn vốn năm {year}:\n              -<NB>Vốn ngân sách;\n              -<NB>Vốn lồng ghép.'
bad=
for cw in m7a:KH172 m7b:KH173 m7c:KH176 m7d:KH319 m7e:KH125; do
    c=${cw%%:*}
    chk "$c"
    grep -q "^[^ ]*$c\.yaml:[0-9]*:[0-9]*: warning\[${cw#*:}\]" "$work/$c.err" || bad="$bad [$c: no ${cw#*:}]"
done
md m7a
grep -q '^\*Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ' "$work/m7a.md" ||
    bad="$bad [m7a printed: $(grep 'Căn cứ Quyết' "$work/m7a.md" | cut -c1-90)]"
verdict "M7 a no-break or other Unicode space for a space: KH172 ('của của' printed once), KH173, KH176, KH319, KH125 warn as with a space"

# ---- L1 (guard): '{due}' after a colon keeps its wording's case ----------
TX='            text: Tham mưu phân bổ nguồn vốn năm {year}.'
mk l1a "$TX" '            text: "Tham mưu phân bổ nguồn vốn năm {year}. Hạn: {due}."' "$TD" '            due: ongoing'
mk l1b "$TX" '            text: "Tham mưu phân bổ nguồn vốn năm {year}. Hạn: {due}."' "$TD" '            due: {before: 2024-06-30}'
md l1a
md l1b
bad=
grep -q '^- Tham mưu phân bổ nguồn vốn năm 2024\. Hạn: Thường xuyên trong năm 2024\.$' "$work/l1a.md" || bad="$bad [$(grep 'Hạn:' "$work/l1a.md")]"
grep -q '^- Tham mưu phân bổ nguồn vốn năm 2024\. Hạn: trước ngày 30/6/2024\.$' "$work/l1b.md" || bad="$bad [$(grep 'Hạn:' "$work/l1b.md")]"
verdict "L1 guard: after a colon '{due}' prints as the seeds write it ('Hạn: Thường xuyên trong năm 2024.', 'Hạn: trước ngày 30/6/2024.')"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
