#!/bin/sh
# tests/hardening/mutants8.sh KHGEN WORKDIR - what session 8's one-line
# mutation sweep of the large plans found (issue 8, "no silent wrong
# output"; /tmp/s8mut/findings.md in its session): documents that came out
# wrong with exit 0 after a one-line mistake, each rebuilt from a small
# plan with the same mistake.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# The outputs a build wrote to DIR for PLAN: the .md, the .html and the text
# of the .docx.
texts_of() { # DIR PLAN
    cat "$1/$2.md" "$1/$2.html"
    unzip -p "$1/$2.docx" word/document.xml 2>/dev/null | sed 's/<[^>]*>//g'
}

# ---- a '>' text whose first line is indented one space less ---------------------
# Its other lines are then "more indented": YAML keeps their breaks and their
# leading blank, and the .md joined "vận\n động" as "vận  động" (two spaces,
# at every line of the text) where the .html and the .docx print one; a text
# whose blank line held spaces was one paragraph in the .md and two in the
# others. 31 of 17,383 mutants (indent+1, indent-1) printed it silently.
cat >"$work/indent.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ A]
  issuer_short: UBND xã A
  place: A
  date: 2024-01
  title: Kế hoạch thử
units:
  - {id: a, name: Phòng A}
body:
  - section: MỤC TIÊU
    items:
      - task: ""
        lead: a
        text: >-
         Chỉ đạo MTTQ tăng cường tuyên truyền vận
          động đoàn viên tham gia thực hiện thắng
          lợi các nhiệm vụ.
      - para: >-
         Đoạn một có dòng
          thứ hai.
          
          Đoạn hai.
YAML
"$khgen" build -f md,html,docx -o "$work/indent" "$work/indent.yaml" >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 0 ] && ok "a '>' text with more-indented lines builds" || not_ok "indent: build status $status"
if texts_of "$work/indent" indent | grep -q 'vận  động\|dòng  thứ\|thắng  lợi'; then
    not_ok "... a line break printed as two spaces: $(texts_of "$work/indent" indent | grep -o '.\{10\}vận  động.\{0,10\}\|dòng  thứ' | head -n 1)"
else
    ok "... a line break is one space in the .md, the .html and the .docx"
fi
grep -q 'vận động đoàn viên tham gia thực hiện thắng lợi các nhiệm vụ\.' "$work/indent/indent.md" &&
    ok "... the .md has the item's text on one line" || not_ok "... the .md lacks the item's joined text"
n_md=$(grep -c '^Đoạn hai\.$' "$work/indent/indent.md")
n_html=$(grep -c '<p[^>]*>Đoạn hai\.</p>' "$work/indent/indent.html")
[ "$n_md" = 1 ] && [ "$n_html" = 1 ] && ok "... a blank line of spaces parts two paragraphs in the .md as in the .html" ||
    not_ok "... 'Đoạn hai.' a paragraph of its own: $n_md in the .md, $n_html in the .html"

# ---- a reference that lost its '{' ------------------------------------------------
# "Tiêu chí số crit 18} - ..." printed the words and the brace as written:
# 37 of the 17,383 mutants (a '{' deleted) built silently. Now KH201 and no
# document (binh-trung's task heading, the sweep's mutant).
sed 's/"Tiêu chí số {crit 18}/"Tiêu chí số crit 18}/' plans/binh-trung-2024.yaml >"$work/binh-trung-2024.yaml"
cmp -s plans/binh-trung-2024.yaml "$work/binh-trung-2024.yaml" && not_ok "KH201: the mutant is the plan itself"
"$khgen" build -o "$work/unopened" "$work/binh-trung-2024.yaml" >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 1 ] && grep -q 'binh-trung-2024.yaml:[0-9]*:[0-9]*: error\[KH201\]' "$work/err" &&
    [ -z "$(ls -A "$work/unopened" 2>/dev/null)" ] &&
    ok "a reference without its '{' is KH201 at its line and column, and nothing is written" ||
    not_ok "KH201: status $status, $(grep -c 'KH201' "$work/err") KH201, written: $(ls "$work/unopened" 2>/dev/null)"

# ---- a value that lost its opening quote or bracket -----------------------------------
# 'task: Tiêu chí số {crit 2} - {crit-name 2}:"' printed the heading with a
# '"' at its end, 'issuer: ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' one issuer line
# with a ']' for two: 5 of the 17,383 mutants built silently. Now KH022.
sed 's/task: "Tiêu chí số {crit 2}/task: Tiêu chí số {crit 2}/' plans/binh-trung-2024.yaml >"$work/binh-trung-2024.yaml"
cmp -s plans/binh-trung-2024.yaml "$work/binh-trung-2024.yaml" && not_ok "KH022: the mutant is the plan itself"
"$khgen" check "$work/binh-trung-2024.yaml" >"$work/out" 2>"$work/err"
grep -q 'binh-trung-2024.yaml:[0-9]*:[0-9]*: warning\[KH022\]' "$work/err" &&
    ok "a heading that lost its opening quote is KH022 at its line and column" ||
    not_ok "KH022: no warning for the lost quote: $(head -n 1 "$work/err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
