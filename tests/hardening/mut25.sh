#!/bin/sh
# tests/hardening/mut25.sh KHGEN WORKDIR - what session 25's mutation
# sweep of session 24's new code (src/docx_lines.c, src/build_set.c,
# src/parse_echo.c, the checks, the year marks of `khgen diff`, import's
# hunks) found the tests blind to (issue 8):
#   - items typed with line breaks (w:br) in one Word paragraph whose
#     first line holds a typed star just before a word in italics
#     ("Chỉ tiêu*" then "(theo Nghị quyết)"): the escaped star and the
#     italics' mark were counted as one run of marks, an emphasis over the
#     break, and the items were read as one paragraph (src/docx_lines.c);
#   - `khgen build` of plans in two directories, the output directory
#     under the first's only, and of one format (`-f html`): an output of
#     one plan that the other reads refused before anything is written
#     (KH901), as for plans of one directory and two formats; two plans
#     into an existing directory that is under neither, or that holds no
#     output yet (under glibc's MALLOC_PERTURB_: the plan list is read to
#     its end and no further); a plan named ".a.yaml" built with `-o .`
#     refused as with `-o o` (src/build_set.c);
#   - a basis' number typed with its word and no space, "Số1234/QĐ-UBND",
#     printed "số Số1234/QĐ-UBND" without a word (now as "Số 1234": the
#     word printed once, KH172), a header number "Số: 25" (the word and
#     a colon), and a number that only begins with the word's letters
#     ("SốA/2025") printed as typed (src/parse_echo.c);
#   - KH319 (a deadline's text that says another deadline than its date)
#     for each kind of date: a day, a month, a whole year, ongoing (the
#     corpus has a quarter and a half) (src/check_draft.c);
#   - the closing's end mark after a run of dots at the bound of what is
#     still an end mark typed otherwise (63 bytes of '.', '/' and spaces:
#     "./."; 64 and more: a rule of dots, printed as typed) (src/render.c);
# (and tests/unit/test_docx_lines.c: each label at its bounds).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/mut25_docx.py" "$work/dx" ||
    not_ok "setup: mut25_docx.py could not write the documents"

if imported brstar &&
    has brstar '**I. MỤC TIÊU**' 'Chỉ tiêu\**(theo Nghị quyết)*:' '1\. Nâng cao đời sống.' '2\. Bảo đảm an ninh.' \
        '**II. NHIỆM VỤ**'; then
    ok "1: items typed with line breaks after a typed star and a word in italics read as the paragraphs Word shows"
else
    not_ok "1: a star before italics, then line breaks: $(grep -v '^$' "$work/dx/brstar.md" 2>/dev/null | sed -n '/MỤC/,/NHIỆM/p' | tr '\n' '|')"
fi

# ---- build_set.c: an output of one plan that another reads ---------------------------
readme_base
P=$work/p
mkdir -p "$work/b1/x" "$work/b1/y"
# a (in x) includes x/b.html, a registry; b (in y) writes b.html into x
/usr/bin/python3 - "$P/ex.yaml" "$work/b1" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i, j = s.index("units:"), s.index("body:")
open(sys.argv[2] + "/x/b.html", "w", encoding="utf-8").write(s[i:j])
a = s[:i] + s[j:]
a = a.replace("import: [qd318-xa-ntm]", "import: [qd318-xa-ntm]\ninclude: [b.html]", 1)
open(sys.argv[2] + "/x/a.yaml", "w", encoding="utf-8").write(a)
open(sys.argv[2] + "/y/b.yaml", "w", encoding="utf-8").write(s)
open(sys.argv[2] + "/a.html", "w", encoding="utf-8").write(s[i:j])
open(sys.argv[2] + "/a.yaml", "w", encoding="utf-8").write(s)
open(sys.argv[2] + "/b.yaml", "w", encoding="utf-8").write(a.replace("b.html", "a.html"))
PY
cp "$work/b1/x/b.html" "$work/b1/b.html.orig"
"$khgen" check "$work/b1/x/a.yaml" >/dev/null 2>&1 || not_ok "setup: b1's a.yaml does not check"
(cd "$work/b1" && "$khgen" build --color=never -f md,html -o x x/a.yaml y/b.yaml) >/dev/null 2>"$work/b1.err"
status=$?
if [ "$status" -eq 3 ] && cmp -s "$work/b1/x/b.html" "$work/b1/b.html.orig" && [ ! -e "$work/b1/x/a.md" ] &&
    grep -q "^x/b.html: error\[KH901\]: cannot write 'x/b.html', an output of 'y/b.yaml': it is a file that 'x/a.yaml' reads" "$work/b1.err"; then
    ok "2: build -o x x/a.yaml y/b.yaml: x/b.html, which x/a.yaml includes, refused before anything is written"
else
    not_ok "2: plans of two directories: status $status, $(ls "$work/b1/x" | tr '\n' ' ') $(head -c 300 "$work/b1.err")"
fi
(cd "$work/b1" && "$khgen" build --color=never -f html -o . a.yaml b.yaml) >/dev/null 2>"$work/b1f.err"
status=$?
if [ "$status" -eq 3 ] && cmp -s "$work/b1/a.html" "$work/b1/b.html.orig" && [ ! -e "$work/b1/b.html" ] &&
    grep -qF "error[KH901]: cannot write './a.html', an output of 'a.yaml': it is a file that 'b.yaml' reads" "$work/b1f.err"; then
    ok "3: build -f html -o . a.yaml b.yaml: a.html, which b.yaml includes, refused before anything is written"
else
    not_ok "3: one format: status $status, $(ls "$work/b1" | tr '\n' ' ') $(head -c 300 "$work/b1f.err")"
fi
mkdir -p "$work/far" "$work/b1/y/empty"
if (cd "$work/b1" && MALLOC_PERTURB_=165 "$khgen" build -f md -o "$work/far" y/b.yaml a.yaml) >/dev/null 2>"$work/b1g.err" &&
    [ -s "$work/far/a.md" ] && [ -s "$work/far/b.md" ]; then
    ok "4: control: two plans into an existing directory under neither's built"
else
    not_ok "4: two plans into a directory under neither: $(head -c 300 "$work/b1g.err")"
fi
if (cd "$work/b1" && MALLOC_PERTURB_=165 "$khgen" build -f md -o y/empty y/b.yaml x/a.yaml) >/dev/null 2>"$work/b1h.err" &&
    [ -s "$work/b1/y/empty/a.md" ] && [ -s "$work/b1/y/empty/b.md" ]; then
    ok "5: control: two plans into an empty directory under one's built"
else
    not_ok "5: two plans into an empty directory: $(head -c 300 "$work/b1h.err")"
fi
# built again: the outputs there now, none of them a file the other plan reads
if (cd "$work/b1" && MALLOC_PERTURB_=165 "$khgen" build -f md -o y/empty y/b.yaml x/a.yaml) >/dev/null 2>"$work/b1h.err" &&
    [ -s "$work/b1/y/empty/a.md" ] && ! grep -q KH901 "$work/b1h.err"; then
    ok "5: control: the two built again over their own outputs"
else
    not_ok "5: built again: $(head -c 300 "$work/b1h.err")"
fi
# a plan that includes a file of its own output's name: its own KH901, not
# the other plan's (what the pass found for one plan is forgotten before
# the next)
mkdir -p "$work/b9"
sed 's/include: \[a.html\]/include: [b.html]/' "$work/b1/b.yaml" >"$work/b9/b.yaml"
cp "$work/b1/a.yaml" "$work/b9/a.yaml"
cp "$work/b1/a.html" "$work/b9/b.html"
(cd "$work/b9" && "$khgen" build --color=never -f md,html -o . b.yaml a.yaml) >/dev/null 2>"$work/b9.err"
status=$?
if [ "$status" -eq 3 ] && grep -q "^./b.html: error\[KH901\]: cannot write './b.html': it is a file the plans read" "$work/b9.err" &&
    ! grep -q "that 'a.yaml' reads" "$work/b9.err"; then
    ok "5: a plan including a file of its own output's name: its own KH901, the other plan not named"
else
    not_ok "5: own output included: status $status $(head -c 300 "$work/b9.err")"
fi
cp "$P/ex.yaml" "$work/b1/.a.yaml"
(cd "$work/b1" && "$khgen" build -f md -o . .a.yaml) >/dev/null 2>"$work/b1i.err"
status=$?
if [ "$status" -eq 2 ] && [ ! -e "$work/b1/.a.md" ] && grep -q "its outputs would be hidden files; rename the plan" "$work/b1i.err"; then
    ok "6: a plan named .a.yaml built with -o . refused (its outputs would be hidden)"
else
    not_ok "6: .a.yaml -o .: status $status $(head -c 300 "$work/b1i.err")"
fi

# ---- parse_echo.c: a field that repeats the word printed beside it (KH172) ----------
mkdir -p "$work/e"
cat >"$work/e/p.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  number: 25
  code: KH-UBND
  place: Đồng Hưu
  date: 2025-01-15
  title: Phòng, chống thiên tai năm {year}
bases:
  - kind: Quyết định
    number: 1234/QĐ-UBND
    date: 2025-01-05
    by: UBND huyện Yên Thế
    about: về việc giao chỉ tiêu kế hoạch năm 2025
units:
  - {id: a, name: Trạm Y tế xã}
body:
  - task: Chuẩn bị cơ số thuốc.
    lead: a
YAML
"$khgen" build -f md -o - "$work/e/p.yaml" >"$work/e/p.md" 2>"$work/e/p.err" ||
    not_ok "setup: the KH172 plan: $(head -c 300 "$work/e/p.err")"
# echo_case NAME OLD NEW LINE: the plan with OLD replaced by NEW prints what
# the plan prints, with one KH172 at LINE (LINE "-": none, NEW printed)
echo_case() {
    sed "s|$2|$3|" "$work/e/p.yaml" >"$work/e/$1.yaml"
    "$khgen" build -f md -o - "$work/e/$1.yaml" >"$work/e/$1.md" 2>"$work/e/$1.err"
    st=$?
    if [ "$4" = - ]; then
        [ $st -eq 0 ] && ! grep -q KH172 "$work/e/$1.err" && grep -qF "số ${3#number: } ngày" "$work/e/$1.md"
    else
        [ $st -eq 0 ] && cmp -s "$work/e/p.md" "$work/e/$1.md" &&
            [ "$(grep -c 'warning\[KH172\]' "$work/e/$1.err")" = 1 ] &&
            grep -q "^$work/e/$1.yaml:$4: warning\[KH172\]" "$work/e/$1.err"
    fi && ok "7 $1: '$3' $([ "$4" = - ] && echo 'printed as typed, no KH172' || echo "printed without its word, KH172 at $4")" ||
        not_ok "7 $1: status $st: $(diff "$work/e/p.md" "$work/e/$1.md" | head -4) $(head -c 400 "$work/e/$1.err")"
}
echo_case number-nospace 'number: 1234/QĐ-UBND' 'number: Số1234/QĐ-UBND' 12:13
echo_case number-colon 'number: 25' 'number: "Số: 25"' 5:11
echo_case number-colon-basis 'number: 1234/QĐ-UBND' 'number: "số:1234/QĐ-UBND"' 12:13
echo_case number-letters 'number: 1234/QĐ-UBND' 'number: SốA/2025' -
echo_case date-9 'number: 1234/QĐ-UBND' 'number: 1234/QĐ-UBND ngày 9/1/2025' 12:13
echo_case ngay-words 'number: 1234/QĐ-UBND' 'number: 1234/QĐ-UBND ngày ký' -
# the word before each bound of the digits: "Số0", "Số9" (and "Số/" none)
for v in 0 9; do
    sed "s|number: 1234/QĐ-UBND|number: Số$v/QĐ-UBND|" "$work/e/p.yaml" >"$work/e/d$v.yaml"
    "$khgen" build -f md -o "$work/e" "$work/e/d$v.yaml" 2>"$work/e/d$v.err" &&
        grep -qF "Quyết định số $v/QĐ-UBND ngày" "$work/e/d$v.md" &&
        [ "$(grep -c 'warning\[KH172\]' "$work/e/d$v.err")" = 1 ] &&
        ok "7 digit $v: 'Số$v/QĐ-UBND' printed 'số $v/QĐ-UBND', KH172" ||
        not_ok "7 digit $v: $(grep 'Căn cứ' "$work/e/d$v.md") $(head -c 300 "$work/e/d$v.err")"
done
# a --templates wording that prints neither "số" before a basis' number nor
# "của" before the issuer under an attachment's title: those values keep
# their words, the code its KH172
mkdir -p "$work/e/tpl"
cat >"$work/e/tpl/wording.yaml" <<'YAML'
basis: "Căn cứ {{kind}}{{#name}} {{name}}{{/name}}{{#number}} {{number}}{{/number}} ngày {{date}}{{#issuer}} của {{issuer}}{{/issuer}}{{#subject}} {{subject}}{{/subject}}"
attachment_under_title: "(Kèm theo Kế hoạch số {{number}}/{{code}} ngày {{date}}, {{issuer}})"
YAML
sed -e 's|number: 1234/QĐ-UBND|number: số 1234/QĐ-UBND|' -e 's|issuer_short: UBND xã Đồng Hưu|issuer_short: của UBND xã Đồng Hưu|'     -e 's|code: KH-UBND|code: /KH-UBND|' "$work/e/p.yaml" >"$work/e/tw.yaml"
"$khgen" build -f md -o - --templates "$work/e/tpl" "$work/e/tw.yaml" >"$work/e/tw.md" 2>"$work/e/tw.err"
st=$?
if [ $st -eq 0 ] && grep -qF 'Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/01/2025' "$work/e/tw.md" &&
    [ "$(grep -c 'warning\[KH172\]' "$work/e/tw.err")" = 1 ] && grep -q "tw.yaml:6:9: warning\[KH172\]: 'code'" "$work/e/tw.err"; then
    ok "7 templates: a wording without 'số' and 'của' prints the values' own, the code's '/' still KH172"
else
    not_ok "7 templates: status $st $(grep 'Căn cứ' "$work/e/tw.md") $(grep -o 'KH172.\{0,40\}' "$work/e/tw.err" | tr '\n' ' ')"
fi
# a wording whose basis prints no date after the number: the number's own
# date is the only one printed, kept, no KH172
printf '%s\n' 'basis: "Căn cứ {{kind}}{{#number}} số {{number}}{{/number}}{{#issuer}} của {{issuer}}{{/issuer}}{{#subject}} {{subject}}{{/subject}}"' >"$work/e/tpl/wording.yaml"
sed 's|number: 1234/QĐ-UBND|number: 1234/QĐ-UBND ngày 05/01/2025|' "$work/e/p.yaml" >"$work/e/nd.yaml"
"$khgen" build -f md -o - --templates "$work/e/tpl" "$work/e/nd.yaml" >"$work/e/nd.md" 2>"$work/e/nd.err"
st=$?
if [ $st -eq 0 ] && grep -qF 'Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/01/2025 của UBND' "$work/e/nd.md" && ! grep -q KH172 "$work/e/nd.err"; then
    ok "7 templates: a wording without the basis' date keeps the number's own date, no KH172"
else
    not_ok "7 templates, no date: status $st $(grep 'Căn cứ' "$work/e/nd.md") $(head -c 300 "$work/e/nd.err")"
fi
# a basis without its date: "số" before the number, told as a word before it
sed -e 's|number: 1234/QĐ-UBND|number: số 1234/QĐ-UBND|' -e '/^    date: 2025-01-05$/d' "$work/e/p.yaml" >"$work/e/so.yaml"
"$khgen" check --color=never "$work/e/so.yaml" >/dev/null 2>"$work/e/so.err"
if grep -q "so.yaml:12:13: warning\[KH172\]: 'number' begins with 'số', which khgen prints before it: the document showed \"số số 1234/QĐ-UBND\"" "$work/e/so.err"; then
    ok "7 so-nodate: a basis without date, 'số 1234/QĐ-UBND': KH172 says the word begins the value"
else
    not_ok "7 so-nodate: $(grep -o 'KH172.*' "$work/e/so.err" | head -c 300)"
fi
# the date after a "ngày" that is none: found, in one pass
sed 's|number: 1234/QĐ-UBND|number: 1234/QĐ-UBND ngày ký ngày 05/01/2025|' "$work/e/p.yaml" >"$work/e/ky.yaml"
if "$guard" 20 "$khgen" build -f md -o "$work/e" "$work/e/ky.yaml" 2>"$work/e/ky.err" &&
    grep -qF 'số 1234/QĐ-UBND ngày ký ngày 05/01/2025 của UBND' "$work/e/ky.md" &&
    [ "$(grep -c 'warning\[KH172\]' "$work/e/ky.err")" = 1 ]; then
    ok "7 ky: 'ngày ký ngày 05/01/2025' after a number: its date printed once, KH172"
else
    not_ok "7 ky: $(head -c 300 "$work/e/ky.err")"
fi
# a number that is no text: its error, nothing stripped
sed 's|number: 25|number: [25]|' "$work/e/p.yaml" >"$work/e/list.yaml"
"$khgen" check "$work/e/list.yaml" >/dev/null 2>"$work/e/list.err"
st=$?
if [ $st -eq 1 ] && grep -q "error\[KH102\]: 'number' must be a string, not a list" "$work/e/list.err" && ! grep -q KH172 "$work/e/list.err"; then
    ok "7 list: a header number written as a list: KH102, status 1"
else
    not_ok "7 list: status $st $(head -c 300 "$work/e/list.err")"
fi

# ---- render.c: an end mark after a run of dots, at the run's bound ----------------
mkdir -p "$work/r"
for n in 61 62 63; do
    dots=$(printf '%*s' $n '' | tr ' ' '.')
    sed "s|^closing: .*|closing: \"Xong$dots/.\"|" "$P/ex.yaml" >"$work/r/c$n.yaml"
    if [ $n = 61 ]; then want="Xong./."; else want="Xong$dots/."; fi
    got=$("$khgen" build -f md -o - "$work/r/c$n.yaml" 2>"$work/r/c$n.err" | grep '^Xong')
    [ "$got" = "$want" ] && ok "9: the closing 'Xong' and $n dots then '/.' prints '$(printf '%.12s' "$want")...' (${#want} bytes)" ||
        not_ok "9: $n dots: got '$got' $(head -c 200 "$work/r/c$n.err")"
done

# an ellipsis before the end mark typed with a space, or with a fourth dot
for row in 'Xong... /.|Xong.../.' 'Xong..../.|Xong.../.' 'Xong.. /.|Xong./.'; do
    sed "s|^closing: .*|closing: \"${row%%|*}\"|" "$P/ex.yaml" >"$work/r/e.yaml"
    got=$("$khgen" build -f md -o - "$work/r/e.yaml" 2>/dev/null | grep '^Xong')
    [ "$got" = "${row#*|}" ] && ok "9: the closing '${row%%|*}' prints '${row#*|}'" ||
        not_ok "9: the closing '${row%%|*}': got '$got', want '${row#*|}'"
done

# ---- check_draft.c: KH319 for each kind of date ------------------------------------
mkdir -p "$work/k"
cat >"$work/k/k.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2024-01-05
  title: Thử năm {year}
units:
  - {id: a, name: Phòng A}
body:
  - task: Công bố quy hoạch.
    lead: a
    due: {in: 2024-10-31, text: "Trước ngày 30/9/{year}."}
  - task: Rà soát quy hoạch.
    lead: a
    due: {in: 2024-10, text: "Tháng 9/{year}."}
  - task: Bảo trì đường.
    lead: a
    due: {in: 2024, text: "Quý II/{year}."}
  - task: Cứng hóa đường.
    lead: a
    due: {in: ongoing, text: "Quý II/{year}."}
  - task: Làm cầu.
    lead: a
    due: {in: 2024-10-31, text: "Trước ngày 31/10/{year}."}
  - task: Làm cống.
    lead: a
    due: {in: 2024-10, text: "Tháng 10/{year}."}
  - task: Làm kè.
    lead: a
    due: {in: 2024-10-31, text: "Ngày 31/10/{year}."}
YAML
"$khgen" check --color=never "$work/k/k.yaml" >/dev/null 2>"$work/k/k.err"
got=$(grep -o '^[^ ]*k.yaml:[0-9]*:[0-9]*: warning\[KH319\]: .* says [^,]*, but its date is [^:]*' "$work/k/k.err" | sed 's/^.*k.yaml://' | tr '\n' '|')
want="12:10: warning[KH319]: the deadline's text 'Trước ngày 30/9/2024.' says 2024-09-30, but its date is 2024-10-31|"
want="${want}15:10: warning[KH319]: the deadline's text 'Tháng 9/2024.' says 2024-09, but its date is 2024-10|"
want="${want}18:10: warning[KH319]: the deadline's text 'Quý II/2024.' says 2024-Q2, but its date is 2024|"
want="${want}21:10: warning[KH319]: the deadline's text 'Quý II/2024.' says 2024-Q2, but its date is ongoing|"
if [ "$got" = "$want" ] && [ "$(grep -c 'warning\[' "$work/k/k.err")" = 4 ]; then
    ok "8: KH319 over a day, a month, a year and ongoing; none where the text says the date"
else
    not_ok "8: KH319: $got"
fi
# {year+N} and {year-N} in the text, as the plan prints them
sed '/^body:/q' "$work/k/k.yaml" >"$work/k/y.yaml"
for row in "2025-Q1|Quý I/{year+1}." "2025-Q2|Quý I/{year+1}." "2023-Q4|Quý III/{year-1}." "2024-Q3|Quý III/{year+0}." \
    "2024-Q3|Quý II/{year+0}." "2034-Q2|Quý I/{year+10}." "2033-Q2|Quý I/{year+9}."; do
    printf '  - task: Việc.\n    lead: a\n    due: {in: %s, text: "%s"}\n' "${row%%|*}" "${row#*|}" >>"$work/k/y.yaml"
done
"$khgen" check --color=never "$work/k/y.yaml" >/dev/null 2>"$work/k/y.err"
got=$(grep -o '^[^ ]*y.yaml:[0-9]*:[0-9]*: warning\[KH319\]: .* says [^,]*, but its date is [^:]*' "$work/k/y.err" | sed 's/^.*y.yaml://' | tr '\n' '|')
want="15:10: warning[KH319]: the deadline's text 'Quý I/2025.' says 2025-Q1, but its date is 2025-Q2|"
want="${want}18:10: warning[KH319]: the deadline's text 'Quý III/2023.' says 2023-Q3, but its date is 2023-Q4|"
want="${want}24:10: warning[KH319]: the deadline's text 'Quý II/2024.' says 2024-Q2, but its date is 2024-Q3|"
want="${want}27:10: warning[KH319]: the deadline's text 'Quý I/2034.' says 2034-Q1, but its date is 2034-Q2|"
want="${want}30:10: warning[KH319]: the deadline's text 'Quý I/2033.' says 2033-Q1, but its date is 2033-Q2|"
if [ "$got" = "$want" ]; then
    ok "8: KH319 over texts with {year+1}, {year-1}, {year+0}, {year+10}, {year+9}"
else
    not_ok "8: KH319 with {year+N}: $got"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
