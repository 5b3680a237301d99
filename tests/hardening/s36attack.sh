#!/bin/sh
# tests/hardening/s36attack.sh KHGEN WORKDIR - what session 36's black-box
# attack on the documents an official signs and files (.docx, its PDF, the
# .html print; issue 8) found, fixed in this branch; reproducers in
# /tmp/s36attack/ of that session. Each case fails before its fix (at main
# 8c4a9406) and passes after it:
#  H1  tasks nested 28 deep (each a "+" sub-task of the one above, well
#      under KH006's 64 levels) indented their content 0.75 cm a step
#      without end: the .docx's <w:ind w:left="11475"/> (20.2 cm) and the
#      .html's margin-left: 20.25cm on a portrait page whose text column is
#      16.5 cm: LibreOffice's PDF printed "Việc", "Văn" a letter or two a
#      line from depth 22 and past the margin at 28, exit 0, no message.
#      The page indent is now capped at 8 steps (6 cm, render_nest_steps);
#      a guard: 3 steps still indent 3 (1275 twips, 2.25 cm).
#  H2  two attachments labelled "Biểu 01" and "Biểu 01" + U+200B (or a
#      bidi control, U+2060, U+00AD: pasted) passed KH620, exit 0, KH020's
#      warning only: two tables printed "Biểu 01", two sheets that look
#      alike, "{att b2}" printing "Biểu 01". Labels now compare with the
#      invisible characters dropped (vi_fold_spaces); a guard: "Biểu 02".
#  H3  (fixed by the lead) a portrait Biểu of 24 text columns (KH607
#      allows 32) printed every header and cell word a letter or two a
#      line in LibreOffice's PDF ("C" / "ột" / "s" / "ố"), exit 0, no
#      message: KH635 warned of numbers only. Now the build of the
#      printed formats names the first word (of at most 20 characters)
#      wider than its column's share; guards: the same table landscape of
#      12 columns, and a long URL in a column (it breaks by design), none.
#  M1  (fixed by the lead) a character written as a UTF-16 pair of YAML
#      escapes ("\uD83D\uDE00", as JSON writes it) or past U+10FFFF got
#      KH005 with the generic "check the quotes, the ': ' and the
#      indentation": now KH005 says a surrogate names no character and to
#      write \U0001F600 or the character itself.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# plan_head FILE: a small plan's header, registries and closing
plan_head() {
    cat >"$1" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]
  issuer_short: UBND huyện Yên Thế
  number: ""
  place: Yên Thế
  date: 2024-01-15
  title: Kiểm tra tài liệu
units:
  - {id: u1, name: Phòng Một}
closing: Trên đây là Kế hoạch.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
}
# deep FILE N: a plan whose tasks nest N deep, each under the one above
deep() {
    plan_head "$1"
    /usr/bin/python3 - "$2" >>"$1" <<'PY'
import sys
n = int(sys.argv[1])
out, ind = 'body:\n  - task: "Việc 0"\n    lead: u1\n', '  '
for i in range(1, n):
    ind += '    '
    out += f'{ind[:-2]}items:\n{ind}- task: "Việc {i}"\n{ind}  text: "Văn {i}."\n'
print(out, end='')
PY
}
# widest NAME: the largest left indent of $work/NAME's .docx (twips) and .html (cm)
widest() {
    wd=$(unzip -p "$work/$1/$1.docx" word/document.xml | grep -o '<w:ind w:left="[0-9]*"/>' |
        grep -o '[0-9]*' | sort -n | tail -1)
    wh=$(grep -o 'margin-left: [0-9.]*cm' "$work/$1/$1.html" | grep -o '[0-9.]*' | sort -n | tail -1)
}

# ---- H1: deep sub-tasks indented past the page's right margin ------------
deep "$work/d28.yaml" 28
"$khgen" build -f html,docx -o "$work/d28" "$work/d28.yaml" >"$work/d28.err" 2>&1
st=$?
widest d28
if [ "$st" -eq 0 ] && [ "${wd:-0}" -le 3400 ] && [ "${wd:-0}" -gt 0 ] && [ "$wh" = 6.00 ]; then
    ok "H1 tasks nested 28 deep: the page indent stops at 6 cm (docx $wd twips, html ${wh}cm)"
else not_ok "H1 tasks nested 28 deep: exit $st, docx indent ${wd:-none} twips, html ${wh:-none}cm (past the text column)"; fi
deep "$work/d4.yaml" 4
"$khgen" build -f html,docx -o "$work/d4" "$work/d4.yaml" >"$work/d4.err" 2>&1
st=$?
widest d4
if [ "$st" -eq 0 ] && [ "${wd:-0}" -eq 1275 ] && [ "$wh" = 2.25 ]; then
    ok "guard: tasks nested 4 deep still indent 3 steps (1275 twips, 2.25cm)"
else not_ok "guard: tasks nested 4 deep: exit $st, docx ${wd:-none} twips, html ${wh:-none}cm"; fi

# ---- H2: labels that differ only by an invisible character ---------------
# lab NAME LABEL: two attachments, "Biểu 01" and LABEL (YAML escapes)
lab() {
    plan_head "$work/$1.yaml"
    cat >>"$work/$1.yaml" <<YAML
body: ["{att b1} {att b2}"]
attachments:
  - {id: b1, label: "Biểu 01", title: X, columns: [{key: a, header: A}], rows: [{a: "1"}]}
  - {id: b2, label: "$2", title: Y, columns: [{key: a, header: A}], rows: [{a: "2"}]}
YAML
    "$khgen" check "$work/$1.yaml" >"$work/$1.err" 2>&1
    st=$?
}
bad=
for l in 'Biểu 01\u200b' 'Biểu\u2060 01' 'Biểu 01\u202e' 'Biểu 01\u00ad'; do
    lab zw "$l"
    [ "$st" -eq 1 ] && grep -q 'error\[KH620\]' "$work/zw.err" || bad="$bad [$l: exit $st, no KH620]"
done
if [ -z "$bad" ]; then ok "H2 labels 'Biểu 01' and 'Biểu 01' with an invisible character: KH620"
else not_ok "H2 labels differing by an invisible character:$bad"; fi
lab zw2 'Biểu 02'
if [ "$st" -eq 0 ]; then ok "guard: 'Biểu 01' and 'Biểu 02' pass"
else not_ok "guard: 'Biểu 01' and 'Biểu 02': exit $st"; fi

# ---- H3: a table of text columns too narrow for their words --------------
# cols NAME N ORIENT [CELL]: an attachment of N text columns, one row
cols() {
    plan_head "$work/$1.yaml"
    /usr/bin/python3 - "$2" "$3" "${4:-Nội dung}" >>"$work/$1.yaml" <<'PY'
import sys
n, orient, cell = int(sys.argv[1]), sys.argv[2], sys.argv[3]
out = 'body: ["(Chi tiết theo {att b1} đính kèm)."]\nattachments:\n'
out += f'  - id: b1\n    label: Biểu 01\n    title: Các cột\n    orientation: {orient}\n    columns:\n'
for i in range(n):
    out += f'      - {{key: c{i}, header: "Cột số {i}"}}\n'
out += '    rows:\n      - {' + ', '.join(f'c{i}: "{cell} {i}"' for i in range(n)) + '}\n'
print(out, end='')
PY
    "$khgen" build -f html,docx -o "$work/$1" "$work/$1.yaml" >"$work/$1.err" 2>&1
    st=$?
}
cols c24 24 portrait
if [ "$st" -eq 0 ] && grep -q "warning\[KH635\]: Biểu 01 is too wide for its page: the word 'Cột' of column 'Cột số 0'" "$work/c24.err"; then
    ok "H3 a portrait Biểu of 24 text columns: KH635 names the word 'Cột' that breaks"
else not_ok "H3 a portrait Biểu of 24 text columns: exit $st, $(grep -c KH635 "$work/c24.err") KH635"; fi
cols c12 12 landscape
cols url 3 portrait "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001234"
if ! grep -q KH635 "$work/c12.err" && ! grep -q KH635 "$work/url.err"; then
    ok "guard: 12 text columns landscape, and a long URL in a cell: no KH635"
else not_ok "guard: KH635 where words fit or a URL breaks by design: $(grep KH635 "$work/c12.err" "$work/url.err" | head -2)"; fi

# ---- M1: a UTF-16 pair of escapes ------------------------------------------
bad=
for e in '\uD83D\uDE00' '\U00110000'; do
    plan_head "$work/esc.yaml"
    printf 'body: ["Cười %s."]\n' "$e" >>"$work/esc.yaml"
    "$khgen" check "$work/esc.yaml" >"$work/esc.err" 2>&1
    st=$?
    [ "$st" -eq 1 ] && grep -q 'error\[KH005\].*names none: write a character past .uFFFF as .U and eight hex digits (.U0001F600)' "$work/esc.err" ||
        bad="$bad [$e: exit $st: $(head -1 "$work/esc.err")]"
done
if [ -z "$bad" ]; then ok "M1 '\\uD83D\\uDE00' and '\\U00110000': KH005 says to write \\U0001F600 or the character"
else not_ok "M1 an escape naming no character:$bad"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
