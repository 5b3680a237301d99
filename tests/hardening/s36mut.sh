#!/bin/sh
# tests/hardening/s36mut.sh KHGEN WORKDIR - the cases session 36's mutation
# sweep (tools/mutants.py over the session's new code: own_label.c,
# vi_words.c, inline_due.c, attach_rowtask.c) found missing: each kills a
# mutant that every suite of its file let survive, and passes at main
# 0b65b507 (the code was right; a later change that breaks the behaviour
# would have passed every test). The mutant each case kills is named in its
# verdict (own_label-NNN: `python3 tools/mutants.py list src/own_label.c`).
# Each case writes a small plan or edits README's example and checks it: a
# few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/exedits.sh"
NB=$(printf '\302\240')

# ---- own_label.c: KH118 --------------------------------------------------
# a label followed by a letter without a space is a label: the letters at
# the ends of the ASCII ranges, a letter of U+00C0-U+01BF (Đ), of
# U+1E00-U+1EFF (Ấ), and the bullet '•'
bad=
i=0
for kt in 'clause|1.An ninh trật tự' 'clause|1.Zalo của xã' 'bullet|-an toàn thực phẩm' \
    'bullet|-zalo của xã' 'clause|1.Đường giao thông' 'clause|1.Ấp Bắc' 'bullet|• Làm đường'; do
    i=$((i + 1))
    heading "o1_$i" "${kt%%|*}" "${kt#*|}"
    chk "o1_$i"
    grep -q "o1_$i\.yaml:10:[0-9]*: warning\[KH118\]" "$work/o1_$i.err" || bad="$bad [${kt%%|*}: '${kt#*|}' no KH118]"
done
verdict "own_label: KH118 at '1.An', '1.Zalo', '-an', '-zalo', '1.Đường', '1.Ấp', '• ' (own_label-001..004, 012, 013, 021, 023, 051)"

# no label: a Roman numeral and its dot followed by a digit, 'a)' followed
# by a dash, a year and its dot, a number of five levels
bad=
i=0
for kt in 'section|I.1 Mục tiêu chung' 'clause|a)-c) của khoản 1 được sửa đổi' \
    'clause|2024. Năm về đích' 'clause|1.1.1.1.1. Năm cấp'; do
    i=$((i + 1))
    heading "o2_$i" "${kt%%|*}" "${kt#*|}"
    chk "o2_$i"
    grep -q KH118 "$work/o2_$i.err" && bad="$bad [${kt%%|*}: '${kt#*|}' warned]"
done
verdict "own_label guard: 'I.1 Mục tiêu chung', 'a)-c) của', '2024. Năm', '1.1.1.1.1.' are no label (own_label-059, 062, 100, 123, 115, 141)"

# an attachment's label with a letter of three bytes before a no-break space
edited o3 '    label: Biểu 01' '    label: Biểu số 01' \
    '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024' "    title: \"BIỂU SỐ${NB}01: Danh sách xã phấn đấu đạt chuẩn năm 2024\""
chk o3
bad=
grep -q "o3\.yaml:[0-9]*:[0-9]*: warning\[KH118\]: this title begins with its attachment's label" "$work/o3.err" ||
    bad="$bad [$(head -1 "$work/o3.err")]"
verdict "own_label: the title 'BIỂU SỐ<NB>01: ...' under the label 'Biểu số 01' is KH118 (own_label-037)"

# an attachment's title typed with its label and an en dash, or a colon
# without its space, is KH118; the label and an en dash before a digit is not
bad=
i=0
for tw in 'BIỂU 01 – Danh sách xã phấn đấu đạt chuẩn năm 2024|1' 'Biểu 01:Danh sách xã phấn đấu đạt chuẩn năm 2024|1' \
    'Biểu 01–05 xã phấn đấu đạt chuẩn năm 2024|0'; do
    i=$((i + 1))
    edited "o4_$i" '    title: Danh sách xã phấn đấu đạt chuẩn năm 2024' "    title: \"${tw%|*}\""
    chk "o4_$i"
    n=$(grep -c 'warning\[KH118\]' "$work/o4_$i.err")
    [ "$n" -eq "${tw#*|}" ] || bad="$bad ['${tw%|*}': $n KH118]"
done
grep -q "KH118\]: this title begins with its attachment's label 'BIỂU 01 –'," "$work/o4_1.err" ||
    bad="$bad [the en dash not in the label: $(grep KH118 "$work/o4_1.err" | cut -c1-120)]"
verdict "own_label: 'BIỂU 01 – X' (the dash in the label), 'Biểu 01:X' under the label 'Biểu 01' are KH118, 'Biểu 01–05 xã' is not (own_label-177, 182, 183, 184)"

# ---- vi_words.c: every space a word check reads ----------------------------
# 'của' typed before the issuer khgen prints after it, then an ideographic
# space (U+3000, the last byte range vi_space_len's fast test lets through)
bad=
edited v1 '    by: Thủ tướng Chính phủ' "    by: \"của$(printf '\343\200\200')Thủ tướng Chính phủ\""
chk v1
grep -q "v1\.yaml:[0-9]*:[0-9]*: warning\[KH172\]: 'by' begins with 'của'" "$work/v1.err" ||
    bad="$bad [$(head -1 "$work/v1.err")]"
verdict "vi_words: 'của' and an ideographic space (U+3000) before the issuer is KH172 (vi_words-013)"

# 'ngày' typed after the place, after a narrow no-break space (U+202F, a
# space of three bytes: vi_space_before looks back up to three)
bad=
edited v2 '  place: Yên Thế' "  place: \"Yên Thế$(printf '\342\200\257')ngày\""
chk v2
grep -q "v2\.yaml:[0-9]*:[0-9]*: warning\[KH172\]: 'place' ends with 'ngày'" "$work/v2.err" ||
    bad="$bad [$(head -1 "$work/v2.err")]"
verdict "vi_words: a place 'Yên Thế<U+202F>ngày' is KH172 (vi_words-027)"

# '{att a b}' of labels with the same words before their last prints the
# second's last word only (vi_next_word, same_words_before_last): "Biểu
# 01, 02", the second label written with a no-break space
bad=
edited v3 '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 bieu02} đính kèm)' \
    '    rows: {from: localities, where: {target_year: 2024}}' \
    "    rows: {from: localities, where: {target_year: 2024}}
  - id: bieu02
    label: \"Biểu${NB}02\"
    title: Danh sách xã đạt chuẩn nông thôn mới năm {year}
    preset: locality-targets
    rows: {from: localities, where: {target_year: 2024}}"
md v3
[ "$st" -eq 0 ] || bad="$bad [status $st: $(head -1 "$work/v3.err")]"
grep -q '^(Chi tiết theo Biểu 01, 02 đính kèm)' "$work/v3.md" || bad="$bad [$(grep 'Chi tiết theo' "$work/v3.md")]"
verdict "vi_words: '{att bieu01 bieu02}' of 'Biểu 01' and 'Biểu<NB>02' prints 'Biểu 01, 02' (vi_words-034..038: a crash, a loop, the label printed whole)"

# ---- attach_rowtask.c: what a body table's task cannot print (KH637) ------
TI='          - {task: Rà soát hồ sơ các xã, lead: vpdp, due: 2024-06}'
TX='            text: Rà soát toàn bộ hồ sơ đất đai của các xã.'
# a 'text' column shows the task's text: no KH637, the text in its row
edited r1 "$TI" "          - task: Rà soát hồ sơ các xã
            lead: vpdp
            due: 2024-06
$TX" '          - {key: due, header: Thời hạn}' '          - {key: due, header: Thời hạn}
          - {key: text, header: Nội dung}'
# an untitled task's text shows in the 'task' column, the table's first
edited r2 "$TI" "          - task: \"\"
            lead: vpdp
            due: 2024-06
$TX" '          - {key: stt, type: stt, header: TT}
' ''
# a task with a sub-task: KH637, and its row is printed all the same
edited r3 "$TI" "          - task: Rà soát hồ sơ các xã
            lead: vpdp
            due: 2024-06
            items:
              - {task: Kiểm tra hồ sơ đất đai, lead: tckh, due: 2024-05}"
bad=
md r1
[ "$st" -eq 0 ] && ! grep -q KH637 "$work/r1.err" || bad="$bad [r1: status $st, $(grep KH637 "$work/r1.err" | head -1)]"
md r2
[ "$st" -eq 0 ] && ! grep -q KH637 "$work/r2.err" || bad="$bad [r2: status $st, $(grep KH637 "$work/r2.err" | head -1)]"
grep -q '^| Rà soát toàn bộ hồ sơ đất đai của các xã\. |' "$work/r2.md" || bad="$bad [r2: $(grep 'Rà soát toàn bộ' "$work/r2.md")]"
md r3
grep -q 'r3\.yaml:[0-9]*:[0-9]*: warning\[KH637\]' "$work/r3.err" || bad="$bad [r3: no KH637]"
grep -q '^| 1 | Rà soát hồ sơ các xã | ' "$work/r3.md" || bad="$bad [r3: the row not printed]"
verdict "attach_rowtask: no KH637 for a text under a 'text' column, nor for an untitled task's text in a first 'task' column; a task with a sub-task is KH637 and its row printed (attach_rowtask-001, 004, 005, 014, 015)"

# a task's text written as a list of paragraphs: KH637 at the first
edited r5 "$TI" "          - task: Rà soát hồ sơ các xã
            lead: vpdp
            due: 2024-06
            text:
              - Rà soát hồ sơ đất đai.
              - Rà soát hồ sơ xây dựng."
chk r5
bad=
ln=$(grep -n 'Rà soát hồ sơ đất đai\.' "$P/r5.yaml" | cut -d: -f1)
grep -q "r5\.yaml:$ln:[0-9]*: warning\[KH637\]" "$work/r5.err" || bad="$bad [not at line $ln: $(grep KH637 "$work/r5.err")]"
verdict "attach_rowtask: a table task's text of two paragraphs is KH637 at the first (attach_rowtask-024)"

# ---- inline_due.c: the phrase of an ongoing deadline over two years --------
# ongoing_of NAME PERIOD: README's example's first task `ongoing` under
# PERIOD, built to .md; its "Thường xuyên ..." phrase in $got
ongoing_of() {
    edited "$1" 'import: [qd318-xa-ntm]' "import: [qd318-xa-ntm]
period: $2" 'due: 2024-Q1' 'due: ongoing'
    md "$1"
    got=$(grep -o 'Thường xuyên trong [^|.]*[0-9]' "$work/$1.md" | head -1)
}
bad=
ongoing_of d1 '{from: 2024-08-15, to: 2025-05-31}'
[ "$got" = "Thường xuyên trong năm học 2024-2025" ] || bad="$bad [from August: '$got']"
ongoing_of d2 '{from: 2024-10-01, to: 2025-06-30}'
[ "$got" = "Thường xuyên trong giai đoạn 2024-2025" ] || bad="$bad [from October: '$got']"
verdict "inline_due: ongoing in a plan from 2024-08 to 2025-05 is 'trong năm học 2024-2025', from 2024-10 to 2025-06 'trong giai đoạn 2024-2025' (inline_due-014, 021)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
