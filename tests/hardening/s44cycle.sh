#!/bin/sh
# tests/hardening/s44cycle.sh KHGEN WORKDIR - the yearly cycle's leftovers
# of session 43 (issue 8; reproducers in /tmp/s44cycle/ of session 44):
# what `khgen diff` shows the meeting and what `khgen new` carries into
# next year's plan. Each case fails at 100519d9 (session 44's start)
# unless it is named a guard:
#  F2  (MEDIUM, s43user) `khgen diff` put the import's English KH768 note
#      ("the rows under group I are numbered 2: khgen numbers ...") into
#      the Vietnamese redline as a part of its own, "Ghi chú # review".
#      Decided (emit_note_is_document_text): a note quoting the document's
#      text the plan does not print (KH758-KH762) is compared; the
#      import's notes to the drafter on how it read text the plan prints
#      (KH763, KH768, KH769, KH770) are left out of the redline and named
#      apart on stderr. F2g (guard): a .md's footnote (KH760) is still
#      shown.
#  N1  (MEDIUM, s43attack) `khgen new --year 2026` of the plan of 2025 kept
#      the basis QĐ 263/QĐ-TTg "... giai đoạn 2021-2025" and `import:
#      [qd318-xa-ntm]` (the criteria of 2021-2025) with no word, while
#      `init --year 2026` writes a TODO for each: a note at each now
#      (cmd_new_programme.c: a period a plan cites, yearctx_period, ending
#      in the old period or after it and before the new year), in English
#      and Vietnamese. N1g (guard): 2024 -> 2025 and 2026 -> 2027 say
#      nothing of it; init's skeletons of 2025 (QĐ 263, the catalog) and
#      2026 (the TODOs) as before, their threshold one constant now
#      (LOCALGOV_NTM_2021_2025_LAST_YEAR).
#  K1  (LOW, s43attack) KH321 on a plan signed in December for next year
#      named "its title, {year} and 'ongoing' print 2023" whatever printed
#      the year: a Tết plan with none of them was told all three. It names
#      those that print it now, or none (the deadlines alone). K1b: a plan
#      with all three names all three (its words new: it fails at
#      100519d9 too).
#  K2  (LOW, s43review) KH322 joined the parts it names with ", ", though
#      a part's name holds ", " ("Biểu 01, mục ..."): "; " between them.
#  (s43review's third LOW, KH768's "khgen numbers them 1, 2, 3" in a
#      grouped Biểu, was fixed by s43domain before 100519d9: the note names
#      the group, "the rows under group I are numbered 2", as F2 reads.)
# About 25 runs of khgen, a second or two.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}

# ---- F2: the import's working notes are not the redline's ------------------------------
readme_base
with_groups "$work/p/ex.yaml" "$work/p/g.yaml"
sed '/    totals: Tổng cộng/d' "$work/p/g.yaml" >"$work/p/f2.yaml"
"$khgen" build -f md -o "$work/f2" "$work/p/f2.yaml" >/dev/null 2>&1 || not_ok "setup: F2's .md"
# Biểu 03's first row deleted in the document: the rows left numbered 2 (KH768)
sed '/^| *1 *| Đồng Hưu /d' "$work/f2/f2.md" >"$work/f2/rows.md"
"$khgen" import "$work/f2/rows.md" -o "$work/f2/rows.yaml" >/dev/null 2>"$work/f2/rows.imperr"
grep -q 'warning\[KH768\]: the rows under group I are numbered 2' "$work/f2/rows.imperr" ||
    bad="$bad [setup: no KH768: $(head -c 200 "$work/f2/rows.imperr")]"
"$khgen" diff --no-color "$work/p/f2.yaml" "$work/f2/rows.yaml" >"$work/f2/rows.diff" 2>"$work/f2/rows.err"
st=$?
parts=$(grep '^@@' "$work/f2/rows.diff" | tr '\n' '|')
[ "$st" = 1 ] || bad="$bad [status $st]"
[ "$parts" = '@@ Biểu 03, dòng "Đồng Hưu": bỏ @@|' ] || bad="$bad [parts: $parts]"
grep -q 'numbered\|Ghi chú # review' "$work/f2/rows.diff" && bad="$bad [the note in the redline]"
grep -q "^khgen: diff: '$work/f2/rows.yaml' holds 1 note of \`khgen import\` to its drafter ('# review: ...', KH768)" \
    "$work/f2/rows.err" || bad="$bad [not said apart: $(head -c 300 "$work/f2/rows.err")]"
# the same in Vietnamese: the note said in the user's language
LC_ALL=vi_VN.UTF-8 "$khgen" diff --no-color "$work/p/f2.yaml" "$work/f2/rows.yaml" >/dev/null 2>"$work/f2/rows.vi.err"
grep -q "^khgen: diff: '$work/f2/rows.yaml' có 1 ghi chú của \`khgen import\`" "$work/f2/rows.vi.err" ||
    bad="$bad [vi: $(head -c 300 "$work/f2/rows.vi.err")]"
verdict "F2 diff of a plan and its import with a KH768 note: the row deleted alone in the redline, the note named apart on stderr (en, vi)"

# F2g (guard): a note quoting the document's text is compared: a .md's
# footnote (KH760), which the plan does not print, is the redline's
cp "$work/f2/f2.md" "$work/f2/fn.md"
printf '\n[^1]: Theo số liệu rà soát hộ nghèo năm 2023.\n' >>"$work/f2/fn.md"
sed -i 's/^- Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao\./&[^1]/' "$work/f2/fn.md"
"$khgen" import "$work/f2/fn.md" -o "$work/f2/fn.yaml" >/dev/null 2>"$work/f2/fn.imperr"
"$khgen" diff --no-color "$work/p/f2.yaml" "$work/f2/fn.yaml" >"$work/f2/fn.diff" 2>"$work/f2/fn.err"
st=$?
[ "$st" = 1 ] || bad="$bad [status $st]"
grep -q '^@@ Ghi chú # review (nội dung của văn bản nhập không có trong kế hoạch): thêm @@$' "$work/f2/fn.diff" &&
    grep -q 'Theo số liệu rà soát hộ nghèo năm 2023' "$work/f2/fn.diff" ||
    bad="$bad [footnote not shown: $(tr '\n' '~' <"$work/f2/fn.diff" | head -c 300)]"
[ -s "$work/f2/fn.err" ] && bad="$bad [stderr: $(head -c 200 "$work/f2/fn.err")]"
verdict "F2g (guard) a .md's footnote (KH760), text the plan does not print, is still the redline's part 'Ghi chú # review'"

# ---- N1: new past the end of a programme's period ---------------------------------------
mkdir -p "$work/n"
"$khgen" init --level xa --year 2025 -o "$work/n/tp2025.yaml" "Xã Tân Phú" >/dev/null 2>&1 ||
    not_ok "setup: init of the plan of 2025"
grep -q '^import: \[qd318-xa-ntm\]' "$work/n/tp2025.yaml" && grep -q '263/QĐ-TTg' "$work/n/tp2025.yaml" ||
    bad="$bad [setup: the 2025 skeleton without QĐ 263 or the catalog]"
"$khgen" new --from "$work/n/tp2025.yaml" --year 2026 -o "$work/n/tp2026.yaml" >"$work/n/n1.out" 2>"$work/n/n1.err"
st=$?
[ "$st" -le 1 ] || bad="$bad [status $st: $(head -c 200 "$work/n/n1.err")]"
bl=$(grep -n 'đoạn 2021-2025$' "$work/n/tp2026.yaml" | head -1 | cut -d: -f1)
il=$(grep -n '^import: \[qd318-xa-ntm\]' "$work/n/tp2026.yaml" | head -1 | cut -d: -f1)
grep -q "^$work/n/tp2026.yaml:${bl:-x}:[0-9]*: note: legal basis 1 names a programme's period that ended in 2025, before the new plan's year 2026: cite the programme, or the decision, in force in 2026$" \
    "$work/n/n1.out" || bad="$bad [basis, line ${bl:-?}: $(grep 'note:' "$work/n/n1.out" | head -3 | cut -c1-200)]"
grep -q "^$work/n/tp2026.yaml:${il:-x}:[0-9]*: note: the catalog 'qd318-xa-ntm' holds the criteria of a period that ended in 2025 ('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025'), before the new plan's year 2026" \
    "$work/n/n1.out" || bad="$bad [catalog, line ${il:-?}]"
LC_ALL=vi_VN.UTF-8 "$khgen" new --from "$work/n/tp2025.yaml" --year 2026 -o "$work/n/vi2026.yaml" >"$work/n/n1vi.out" 2>/dev/null
grep -q "note: căn cứ thứ 1 nêu kỳ của một chương trình đã kết thúc năm 2025" "$work/n/n1vi.out" &&
    grep -q "note: bộ tiêu chí 'qd318-xa-ntm' là tiêu chí của một kỳ đã kết thúc năm 2025" "$work/n/n1vi.out" ||
    bad="$bad [vi: $(grep 'qd318\|263' "$work/n/n1vi.out" | head -2 | cut -c1-200)]"
verdict "N1 new 2025 -> 2026: notes at the basis of the programme 2021-2025 and at the catalog qd318-xa-ntm (en, vi)"

# N1g (guard): within the period, or once past it, no such note; init's
# skeletons keep their years' bases and catalog lines
sed -e 's/^  date: 2025-01 /  date: 2024-01 /' -e 's/target_year: 2025/target_year: 2024/' \
    "$work/n/tp2025.yaml" >"$work/n/tp2024.yaml"
"$khgen" new --from "$work/n/tp2024.yaml" --year 2025 -o "$work/n/g2025.yaml" >"$work/n/g1.out" 2>&1
grep -q "period that ended" "$work/n/g1.out" && bad="$bad [2024 -> 2025 noted]"
"$khgen" new --from "$work/n/tp2026.yaml" --year 2027 -o "$work/n/g2027.yaml" >"$work/n/g2.out" 2>&1
grep -q "period that ended" "$work/n/g2.out" && bad="$bad [2026 -> 2027 noted again]"
"$khgen" init --level xa --year 2026 -o "$work/n/init2026.yaml" "Xã Tân Phú" >/dev/null 2>&1
grep -q '^import: \[qd318-xa-ntm\]   # TODO: the catalog khgen ships is the national criteria of 2021-2025' "$work/n/init2026.yaml" &&
    ! grep -q '^    number: 263/QĐ-TTg' "$work/n/init2026.yaml" &&
    grep -q "# TODO: the Prime Minister's decision approving the national target programme" "$work/n/init2026.yaml" ||
    bad="$bad [init 2026: $(grep -n 'import:\|263\|Prime' "$work/n/init2026.yaml" | head -3)]"
verdict "N1g (guard) new 2024 -> 2025 and 2026 -> 2027 note no programme; init 2025 cites QĐ 263 and the catalog, 2026 their TODOs"

# ---- K1: KH321 names only what prints the year ------------------------------------------
edited k1 '  date: 2024-01 ' '  date: 2023-12 ' \
    'nông thôn mới trên địa bàn huyện năm 2024' 'nông thôn mới, đón Tết Nguyên đán' \
    'thực hiện năm {year}, như sau:' 'thực hiện như sau:' \
    'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn.' \
    'Kế hoạch năm {year} của UBND huyện.' 'Kế hoạch của UBND huyện.'
"$khgen" check "$work/p/k1.yaml" >/dev/null 2>"$work/k1.err"
k=$(grep 'KH321' "$work/k1.err")
case $k in
*"so it is the plan of 2023, and 2 of its deadlines fall in 2024; a yearly plan"*) ;;
*) bad="$bad [$(printf '%s' "$k" | cut -c1-300)]" ;;
esac
grep 'KH321' "$work/k1.err" | grep -q "its title\|{year}\|'ongoing'" && bad="$bad [names what does not print]"
verdict "K1 KH321 on a December-signed plan whose title, texts and deadlines print no year: only its deadlines named"

edited k1b '  date: 2024-01 ' '  date: 2023-12 ' \
    'nông thôn mới trên địa bàn huyện năm 2024' 'nông thôn mới trên địa bàn huyện năm {year}' \
    'due: 2024-Q1' 'due: ongoing'
"$khgen" check "$work/p/k1b.yaml" >/dev/null 2>"$work/k1b.err"
grep -q "warning\[KH321\]: the plan is dated 12/2023 and writes no 'period', so it is the plan of 2023, the year printed by its title, {year} in its text and 'ongoing'" \
    "$work/k1b.err" || bad="$bad [$(grep KH321 "$work/k1b.err" | cut -c1-300)]"
verdict "K1b KH321 on a plan whose title, texts and an 'ongoing' deadline print the year: all three named"

# ---- K2: KH322 names its parts with "; " between --------------------------------------
mkdir -p "$work/r/chung"
cp "$top/plans/yen-the/registry.yaml" "$work/r/chung/registry.yaml"
/usr/bin/python3 - "$top/plans/yen-the-2024.yaml" "$work/r/p-2024.yaml" "$work/r/chung/registry.yaml" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('\nlocalities:\n') + 1
j = re.search(r'\n(?=[a-z#])', s[i + 12:]).start() + i + 12 + 1
while not re.match(r'[a-z]', s[j:]):
    j = s.index('\n', j) + 1
loc = s[i:j]
s = s[:i] + s[j:]
s = s.replace('include: [yen-the/registry.yaml]', 'include: [chung/registry.yaml]')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
open(sys.argv[3], 'a', encoding='utf-8').write('\n' + loc)
PY
"$khgen" new --from "$work/r/p-2024.yaml" --year 2025 -o "$work/r/p-2025.yaml" >"$work/k2.out" 2>&1
k=$(grep 'KH322' "$work/k2.out")
names=$(printf '%s' "$k" | sed -n 's/.* with it moved, in \(.*\) (\[-with it moved.*/\1/p')
case $names in
*"; Biểu 01, "*) ;;
*) bad="$bad [names: $(printf '%s' "${names:-$k}" | cut -c1-300)]" ;;
esac
verdict "K2 KH322 names the parts it changes with '; ' between them (a name holds ', ')"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
