#!/bin/sh
# tests/hardening/s42lead.sh KHGEN WORKDIR - what a commune's IT officer
# found from the README alone (session 42's s42user; issue 8 and the
# brief's "pleasant to pick up"). Each case fails at main 6c9a8488 unless
# named a guard:
#  F3  a yearly plan signed in December for the next year ('new --year
#      2025' writes "date: 2025-01" with a TODO for the month of signing;
#      the drafter writes 2024-12-15) printed "năm 2024" in its title,
#      every {year} and "Thường xuyên trong năm 2024", exit 0 and no word
#      (or a KH310 at each deadline of 2025 and a KH315 at a Biểu titled
#      2025): one KH321 at the date now, naming 'period: 2025'. Guards:
#      'period:' written; a deadline between the date and the year's end;
#      a title that writes its year.
#  F5  under LANG=vi_VN.UTF-8, --diagnostics-format=json gave a command's
#      note ("khgen: init: lưu ý: ...") and warning ("khgen: cảnh báo:
#      ...") the severity "error": the words note/warning are the same in
#      every language, as in a diagnostic (README).
#  F6  `khgen explain KH759` in Vietnamese quoted import's comments in
#      English ("footnote 1 after ..."), which import writes in Vietnamese.
#  F7  `khgen diff` named a part under a section printed without a number
#      "-3.1.-1" (its index, read as a bullet): by the section's first
#      words now, "“TỔ CHỨC THỰC HIỆN”.1.-1" (and since s45cycle F13 the
#      bullet by its words too: "“TỔ CHỨC THỰC HIỆN” 1. “Phối hợp ...”").
#  L5  `new -o` into a directory not made yet, of a plan with include:,
#      first noted that the include paths "were not changed", then failed
#      with KH901: KH901 alone now, with the mkdir to run.
#  L6  a Biểu's note printed alone on the last page: in the .docx the
#      table's last row is kept with the note under it (Word keeps a row
#      whose paragraphs say keepNext with what follows the table); a table
#      with no note keeps its last row free (guard). LibreOffice's own PDF
#      does not honour it (left, with Chromium's: issue 8's note).
#  D1  (s42domain's leftover) `init "Thị trấn Bố Hạ" --year 2026` wrote a
#      thị trấn's plan, a kind of commune that ended on 1 July 2025 (each
#      made a xã or a phường): a usage error naming what to start; the
#      plan of 2025 is written as before (guard).
#  L9  the skeleton of 2027 imported the criteria of 2021-2025 (QĐ 318),
#      the catalog khgen ships, with no word: a TODO there now for a plan
#      of 2026 or later; 2025's line as before (guard).
#  L3  init's last line named the NAME as typed: "for Xã Bình Trung"
#      ("của Xã Bình Trung", a capital mid-sentence), "for Tân Thanh" (no
#      kind): the plan's kind and name now, "for xã Bình Trung".
#  L7  the printed redline broke "khgen diff --all" after "--": the command
#      is one unbreakable span in the HTML (the text the same in md/term).
# About 15 runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

readme_base

# ---- F3: signed in December for the next year ------------------------------
edited early '  date: 2024-01 ' '  date: 2023-12-15' 'huyện năm 2024
' 'huyện năm {year}
'
"$khgen" check "$work/p/early.yaml" >/dev/null 2>"$work/f3.err"
st=$?
n=$(grep -c 'warning\[' "$work/f3.err")
if [ "$st" -eq 0 ] && [ "$n" -eq 1 ] && grep -q "early.yaml:10:9: warning\[KH321\]: .*2 of its deadlines fall in 2024.*write 'period: 2024'" "$work/f3.err"; then
    ok "F3 a plan of 2024 signed on 15/12/2023: one KH321 at the date, naming 'period: 2024'"
else
    not_ok "F3 signed in December: exit $st, $n warnings: $(head -c 600 "$work/f3.err")"
fi
"$khgen" build -f md -o "$work/f3md" "$work/p/early.yaml" >/dev/null 2>&1
# and the fix it names makes the plan the next year's
printf 'period: 2024\n' >>"$work/p/early.yaml"
"$khgen" check "$work/p/early.yaml" >/dev/null 2>"$work/f3b.err"
st=$?
"$khgen" build -f md -o "$work/f3md2" "$work/p/early.yaml" >/dev/null 2>&1
if [ "$st" -eq 0 ] && [ ! -s "$work/f3b.err" ] &&
    grep -q 'huyện năm 2023\*\*' "$work/f3md/early.md" && grep -q 'huyện năm 2024\*\*' "$work/f3md2/early.md"; then
    ok "F3 guard: 'period: 2024' silences it and the title prints 2024 (2023 before)"
else
    not_ok "F3 guard period: exit $st: $(head -c 300 "$work/f3b.err"); $(grep -h 'huyện năm' "$work/f3md/early.md" "$work/f3md2/early.md" 2>/dev/null | head -c 300)"
fi
# a deadline between the date and the year's end: the date's year is meant
edited inyear '  date: 2024-01 ' '  date: 2024-10-15' 'huyện năm 2024
' 'huyện năm {year}
' 'due: 2024-Q1' 'due: 2024-12' 'due: 2024-06' 'due: 2024-11'
"$khgen" check "$work/p/inyear.yaml" >/dev/null 2>"$work/f3c.err"
# a title that writes its year, as the README's example does
edited titled '  date: 2024-01 ' '  date: 2024-11-20'
"$khgen" check "$work/p/titled.yaml" >/dev/null 2>"$work/f3d.err"
if ! grep -q KH321 "$work/f3c.err" && ! grep -q KH321 "$work/f3d.err"; then
    ok "F3 guards: no KH321 with deadlines in the date's year, nor with 'năm 2024' written in the title"
else
    not_ok "F3 guards: $(grep -h KH321 "$work/f3c.err" "$work/f3d.err" | head -c 400)"
fi

# ---- F5: JSON severity in Vietnamese ----------------------------------------
mkdir -p "$work/f5"
LANG=vi_VN.UTF-8 LC_ALL=vi_VN.UTF-8 "$khgen" init --level xa --year 2024 "xã đồng đăng" \
    -o "$work/f5/dd.yaml" --diagnostics-format=json >/dev/null 2>"$work/f5a.json"
LANG=vi_VN.UTF-8 LC_ALL=vi_VN.UTF-8 SOURCE_DATE_EPOCH=abc "$khgen" build -f docx -o "$work/f5/out" \
    "$work/f5/dd.yaml" --diagnostics-format=json >/dev/null 2>"$work/f5b.json"
if grep -q '"severity": "note", .*"message": "init: note: ' "$work/f5a.json" &&
    grep -q '"severity": "warning", .*SOURCE_DATE_EPOCH' "$work/f5b.json" &&
    ! grep -q '"severity": "error"' "$work/f5a.json" "$work/f5b.json"; then
    ok "F5 in Vietnamese a command's note and warning are JSON 'note' and 'warning'"
else
    not_ok "F5 JSON in Vietnamese: $(head -c 300 "$work/f5a.json") / $(head -c 300 "$work/f5b.json")"
fi

# ---- F6: explain in Vietnamese quotes import's Vietnamese comments ---------
LANG=vi_VN.UTF-8 LC_ALL=vi_VN.UTF-8 "$khgen" explain KH759 >"$work/f6.txt" 2>&1
if grep -q 'chú thích cuối trang 1 sau' "$work/f6.txt" && ! grep -q 'footnote 1 after\|a text box:' "$work/f6.txt"; then
    ok "F6 explain KH759 in Vietnamese quotes the comments as import writes them"
else
    not_ok "F6 explain KH759: $(grep -o 'footnote[^;]*' "$work/f6.txt" | head -c 200)"
fi

# ---- F7: a part under an unnumbered section ---------------------------------
cat >>"$work/p/ex.yaml" <<'YAML'
YAML
/usr/bin/python3 - "$work/p/ex.yaml" "$work/p/f7a.yaml" "$work/p/f7b.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('\nclosing:')
sec = ('\n  - section: TỔ CHỨC THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH NĂM NAY TRÊN ĐỊA BÀN\n'
       '    label: ""\n    items:\n      - clause: Các phòng\n        items:\n'
       '          - bullet: Phối hợp chặt chẽ WORD.\n')
a = s[:i] + sec.replace('WORD', 'với các xã') + s[i:]
b = s[:i] + sec.replace('WORD', 'với tất cả các xã') + s[i:]
open(sys.argv[2], 'w', encoding='utf-8').write(a)
open(sys.argv[3], 'w', encoding='utf-8').write(b)
PY
"$khgen" diff "$work/p/f7a.yaml" "$work/p/f7b.yaml" >"$work/f7.out" 2>"$work/f7.err"
st=$?
if [ "$st" -eq 1 ] && grep -q '^@@ “TỔ CHỨC THỰC HIỆN CÁC NHIỆM VỤ [^”]*…” 1\. “Phối hợp chặt chẽ với tất cả các xã\.”: sửa @@$' "$work/f7.out"; then
    ok "F7 diff names a part under an unnumbered section by the section's first words"
else
    not_ok "F7 diff part name: exit $st: $(grep '@@' "$work/f7.out" | head -c 300) $(head -c 300 "$work/f7.err")"
fi

# ---- L5: new -o into a directory not made yet ------------------------------
mkdir -p "$work/l5/chung" "$work/l5/xa"
cp tests/hardening/slips-vary/shared/registry.yaml "$work/l5/chung/registry.yaml"
"$khgen" init --level xa --year 2024 --include "$work/l5/chung/registry.yaml" "Xã An Hòa" \
    -o "$work/l5/xa/a.yaml" >/dev/null 2>&1
(cd "$work/l5" && "$khgen" new --allow-read chung --from xa/a.yaml --year 2025 -o xa/2025/b.yaml) \
    >/dev/null 2>"$work/l5.err"
st=$?
if [ "$st" -eq 3 ] && [ "$(wc -l <"$work/l5.err")" -eq 1 ] &&
    grep -q "error\[KH901\]: .*mkdir -p 'xa/2025'" "$work/l5.err"; then
    ok "L5 new -o into a missing directory: KH901 alone, with the mkdir to run"
else
    not_ok "L5 new -o missing directory: exit $st: $(head -c 400 "$work/l5.err")"
fi

# ---- L6: the last row kept with the note ----------------------------------
printf '    note: Biểu tổng hợp từ các xã.\n' >"$work/l6.note"
cat "$work/p/ex.yaml" "$work/l6.note" >"$work/p/l6.yaml"
"$khgen" build -f docx -o "$work/l6" "$work/p/l6.yaml" "$work/p/ex.yaml" >/dev/null 2>&1
last_keeps() { # DOCX: 1 if the last data row of its last table keeps with next
    # (s43print: the note is the table's last row, after the last data row)
    /usr/bin/python3 -c '
import sys, zipfile, re
x = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
t = re.findall(r"<w:tbl>.*?</w:tbl>", x, re.S)[-1]
rows = re.findall(r"<w:tr>.*?</w:tr>", t, re.S)
if "KHAttachmentNote" in rows[-1]:
    rows.pop()
print(int("<w:keepNext/>" in rows[-1]))' "$1"
}
if [ "$(last_keeps "$work/l6/l6.docx")" = 1 ] && [ "$(last_keeps "$work/l6/ex.docx")" = 0 ]; then
    ok "L6 the Biểu's last row is kept with its note (and free without one)"
else
    not_ok "L6 last row keepNext: with note $(last_keeps "$work/l6/l6.docx"), without $(last_keeps "$work/l6/ex.docx")"
fi

# ---- D1: no thị trấn after 2025 ---------------------------------------------
mkdir -p "$work/d1"
"$khgen" init --year 2026 "Thị trấn Bố Hạ" -o "$work/d1/a.yaml" >/dev/null 2>"$work/d1a.err"
st=$?
"$khgen" init --year 2025 "Thị trấn Bố Hạ" -o "$work/d1/b.yaml" >/dev/null 2>"$work/d1b.err"
st2=$?
if [ "$st" -eq 2 ] && [ ! -e "$work/d1/a.yaml" ] && grep -q "names a thị trấn.*\"Xã \.\.\.\" or \"Phường \.\.\.\"" "$work/d1a.err" &&
    [ "$st2" -eq 0 ] && grep -q 'THỊ TRẤN BỐ HẠ' "$work/d1/b.yaml"; then
    ok "D1 a thị trấn's plan for 2026 is a usage error naming the commune's; 2025's is written"
else
    not_ok "D1 thị trấn 2026: exit $st: $(head -c 300 "$work/d1a.err"); 2025: exit $st2"
fi

# ---- L9: the criteria catalog of another period -------------------------------
"$khgen" init --level xa --year 2027 "Xã Tân Phú" -o - >"$work/l9a.yaml" 2>/dev/null
"$khgen" init --level xa --year 2025 "Xã Tân Phú" -o - >"$work/l9b.yaml" 2>/dev/null
if grep -q '^import: \[qd318-xa-ntm\] *# TODO: .*2021-2025.*a plan of 2027' "$work/l9a.yaml" &&
    grep -q '^import: \[qd318-xa-ntm\] *# the criteria catalog the plan cites$' "$work/l9b.yaml"; then
    ok "L9 the 2027 skeleton's criteria catalog line is a TODO; 2025's is as before"
else
    not_ok "L9 catalog line: $(grep -h '^import:' "$work/l9a.yaml" "$work/l9b.yaml" | head -c 400)"
fi

# ---- L3: init's last line names the place as the plan does ------------------
mkdir -p "$work/l3"
"$khgen" init --level xa --year 2025 "Xã Bình Trung" -o "$work/l3/a.yaml" >"$work/l3a.out" 2>&1
"$khgen" init --level xa --year 2025 "Tân Thanh" -o "$work/l3/b.yaml" >"$work/l3b.out" 2>&1
if grep -q 'plan for xã Bình Trung (2025)' "$work/l3a.out" && grep -q 'plan for xã Tân Thanh (2025)' "$work/l3b.out"; then
    ok "L3 init's last line names 'xã Bình Trung', 'xã Tân Thanh'"
else
    not_ok "L3 init's line: $(cat "$work/l3a.out" "$work/l3b.out" | head -c 300)"
fi

# ---- L7: the redline's command on one line ---------------------------------
"$khgen" new --from "$work/p/ex.yaml" --year 2025 -o "$work/p/l7.yaml" >/dev/null 2>&1
"$khgen" diff -f html "$work/p/ex.yaml" "$work/p/l7.yaml" >"$work/l7.html" 2>&1
"$khgen" diff "$work/p/ex.yaml" "$work/p/l7.yaml" >"$work/l7.txt" 2>&1
if grep -q '(<span style="white-space: nowrap">khgen diff --all</span> liệt kê)' "$work/l7.html" &&
    grep -q '(khgen diff --all liệt kê)' "$work/l7.txt"; then
    ok "L7 the redline's 'khgen diff --all' is one unbreakable span"
else
    not_ok "L7 redline command: $(grep -o 'không liệt kê.\{0,80\}' "$work/l7.html" | head -c 200)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
