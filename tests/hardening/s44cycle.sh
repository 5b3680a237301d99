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
# About 10 runs of khgen, a second or two.
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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
