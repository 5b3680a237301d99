#!/bin/sh
# tests/hardening/s36yaml.sh KHGEN WORKDIR - session 36's fixes of the
# loader's and parser's messages that session 35's black-box attack found
# (s35attack's M4, M5, M6, M8, M9 and some of its LOWs; issue 8). Each
# finding's case fails at main 8e7828c4 (said at each); guards pass both
# before and after. The findings:
#  M4  a YAML yes/no word without quotes where a text goes is KH124, but
#      not in a written row's text cell (`dat: yes` printed "yes") nor in a
#      recipient written as a block list (`- no` printed "- no;");
#  M5  a no-break space (U+00A0) in YAML's syntax (after "date:", after a
#      list's "-", as indentation) gave KH005/KH021 messages that never
#      named it, with wrong advice, a line off: now the one error (KH005,
#      or KH101 for a key holding one) names it at its own line:col;
#  M6  YAML's null where no text goes (a deadline's in/before, a task's
#      data, a node's number and marker, a basis's date_style) is KH107
#      "'X' is empty (a YAML null)" as README says, never "'~' is not a
#      deadline", "must be a mapping, not a string" or "not '~'";
#  M8  two ids that differ only in case (tckh/TCKH, dong-huu/Dong-Huu,
#      bieu01/Bieu01) were two entries, no message: now a warning at the
#      second, naming the first;
#  M9  `rows: {from: tasks}` under `preset: locality-targets` gave nine
#      errors at the built-in preset's lines, none at the plan's: now the
#      error is at the plan's `rows:` line, once.
#  LOWs: labels "Biểu 01"/"Biểu 1" accepted as two; id "-tckh" told '-'
#      was allowed; `style: plain bold` silently plain; `due: 2024-6` no
#      hint; a clause's `marker`, a task's `number` ignored; "QÐ" with the
#      Icelandic eth; `stated=0016,5` printed as written; catalog codes
#      "01" and 1 two criteria; `\{year\}` "unknown reference '{year\}'".
# Each case edits README's example (check, or build -f md -o -): a few
# dozen runs of khgen, about a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/exedits.sh" # the locale, $P/ex.yaml, chk, verdict
NB=$(printf '\302\240')

# first NAME: the first diagnostic line of $work/NAME.err, without $P/
first() {
    grep -E 'error\[|warning\[' "$work/$1.err" | head -1 | sed "s|^$P/||"
}

# ---- M6: YAML's null where no text goes: KH107 (before: KH302/KH102/KH108/KH106)
N='            due: 2024-Q1'
edited m6a "$N" '            due: {in: ~, text: Quý I/2024}'
edited m6b "$N" '            due: {before: ~}'
edited m6c "$N" "$N
            data: ~"
edited m6d '      - clause: Cấp xã' '      - clause: Cấp xã
        number: ~'
edited m6e '  - kind: Quyết định' '  - kind: Quyết định
    date_style: ~'
edited m6f '      - clause: Cấp xã' '      - clause: Cấp xã
        marker: null'
edited m6g "$N" '            due: {in: }'
bad=
for c in m6a m6b m6c m6d m6e m6f m6g; do
    chk $c
    if [ "$st" -ne 1 ] || ! grep -q "error\[KH107\]: '[a-z_]*' is empty (a YAML null)" "$work/$c.err" ||
        grep -q "'~'\|'null'\|not a string" "$work/$c.err" ||
        [ "$(grep -c 'error\[' "$work/$c.err")" -ne 1 ]; then
        bad="$bad [$c: $(grep 'error\[' "$work/$c.err" | head -1 | sed 's/^.*error/error/' | cut -c1-70)]"
    fi
done
verdict "M6 one KH107 'is empty (a YAML null)' at due in/before, data, number, date_style, marker: ~ (before: KH302 ''~' is not a deadline', KH102, KH108, KH106)"

# ---- M4: a yes/no word where a scalar becomes a text: KH124 (before: printed, exit 0)
R='recipients: [UBND tỉnh, Các xã, "Lưu: VT"]'
edited m4a '    preset: locality-targets
    rows: {from: localities, where: {target_year: 2024}}' '    columns: [stt, {key: name, header: Tên}, {key: dat, header: Đạt chuẩn}]
    rows:
      - {name: Đồng Hưu, dat: yes}
      - [Tân Hiệp, true]'
edited m4b "$R" 'recipients:
  - UBND tỉnh
  - no
  - "Lưu: VT"'
edited m4c "$R" 'recipients: [UBND tỉnh, Off, "Lưu: VT"]'
edited m4d '  - text: Căn cứ tình hình thực tế của địa phương' '  - yes'
edited m4e '    items:
' '    items:
      - on
'
edited m4f '    rows: {from: localities, where: {target_year: 2024}}' '    rows: {from: localities, where: {target_year: 2024}, group_by: kind, group_titles: {xã: yes}}'
bad=
for c in m4a m4b m4c m4d m4e m4f; do
    chk $c
    [ "$st" -eq 1 ] && grep -q 'error\[KH124\]' "$work/$c.err" || bad="$bad $c (status $st)"
done
[ "$(grep -c 'error\[KH124\]' "$work/m4a.err")" -eq 2 ] || bad="$bad m4a: not 2 KH124"
# guards: the words quoted are text; 'totals: true' is no text
edited m4g "$R" 'recipients:
  - UBND tỉnh
  - "no"
  - "Lưu: VT"'
chk m4g
[ "$st" -eq 0 ] && ! grep -q KH124 "$work/m4g.err" || bad="$bad m4g-quoted (status $st)"
verdict "M4 KH124 at a yes/no word in a text cell, a recipient (block or flow), a basis, a paragraph item and a group title, not when quoted (before: printed 'yes', 'true', '- no;'; missing at)"

# ---- M8: ids that differ only in case: KH267 at the second (before: no message, exit 0)
edited m8a '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: TCKH, name: Phòng Nội vụ}' 'support: [vpdp]' 'support: [vpdp, TCKH]'
edited m8b '  - {id: dong-lac,' '  - {id: Dong-Huu, name: Đồng Hưu B, kind: xã, criteria_met: 12, target: ntm, target_year: 2024}
  - {id: dong-lac,'
edited m8c '(Chi tiết theo {att bieu01} đính kèm).' '(Chi tiết theo {att bieu01 Bieu01} đính kèm).'
printf '  - {id: Bieu01, label: Biểu 02, title: Hai, columns: [stt, {key: a, header: A}], rows: [[x]]}\n' >>"$P/m8c.yaml"
bad=
for c in m8a:TCKH:tckh m8b:Dong-Huu:dong-huu m8c:Bieu01:bieu01; do
    n=${c%%:*}
    rest=${c#*:}
    chk "$n"
    line=$(grep 'warning\[KH267\]' "$work/$n.err")
    case $line in
    *"id '${rest%%:*}' differs from '${rest#*:}' only in letter case"*) ;;
    *) bad="$bad $n (status $st)" ;;
    esac
    grep -q "note: '${rest#*:}' is defined here" "$work/$n.err" || bad="$bad $n-note"
done
# guard: a unit and a locality may share an id; one in each case is no twin
edited m8g '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: Dong-Huu, name: Phòng Nội vụ}'
chk m8g
! grep -q KH267 "$work/m8g.err" || bad="$bad m8g-guard"
verdict "M8 KH267 at the second of two ids that differ only in case (units, localities, attachments), naming the first (before: no message)"

# ---- M9: a preset over other rows: one error at the plan's rows line (before: nine at the preset's lines)
G='    rows: {from: localities, where: {target_year: 2024}}'
bad=
for src in tasks criteria; do
    edited m9$src "$G" "    rows: {from: $src}"
    chk m9$src
    errs=$(grep -c 'error\[' "$work/m9$src.err")
    grep -q "^$P/m9$src.yaml:74:[0-9]*: error\[KH614\]: rows from $src have no field 'name_full' that preset 'locality-targets'" "$work/m9$src.err" &&
        [ "$errs" -eq 1 ] && [ "$st" -eq 1 ] &&
        grep -q '^templates/presets/locality-targets.yaml:13:[0-9]*: note:' "$work/m9$src.err" ||
        bad="$bad [$src: status $st, $errs errors, at: $(grep 'error\[' "$work/m9$src.err" | cut -d: -f1-2 | sed "s|^$P/||" | sort -u | tr '\n' ' ')]"
done
# guard: a field the plan itself wrote is still reported at its own line
edited m9g "$G" '    rows: {from: localities, where: {tagret_year: 2024}}'
chk m9g
grep -q "^$P/m9g.yaml:74:[0-9]*: error\[KH614\]: rows from localities have no field 'tagret_year' (did you mean 'target_year'?)" "$work/m9g.err" ||
    bad="$bad [guard: $(first m9g)]"
verdict "M9 rows: {from: tasks|criteria} under preset locality-targets: one KH614 at the plan's rows line, a note at the preset's (before: nine errors, all at templates/presets/locality-targets.yaml)"

# ---- M5: a no-break space in YAML's syntax named at its line:col (before: KH005/KH021 never naming it, a line off)
edited m5a '  date: 2024-01 ' "  date:${NB}2024-01 "
edited m5b 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
  -${NB}UBND tỉnh
  - \"Lưu: VT\""
edited m5c '  place: Yên Thế' "${NB} place: Yên Thế"
edited m5d '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' "  - {id:${NB}tckh, name: Phòng Tài chính - Kế hoạch}"
edited m5e '  date: 2024-01 ' "  date${NB}: 2024-01 "
edited m5f 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
  -${NB}UBND tỉnh"
bad=
for c in m5a:10:8 m5b:65:4 m5c:9:1 m5d:25:6 m5e:10:3 m5f:65:4; do
    n=${c%%:*}
    chk "$n"
    f=$(first "$n")
    case $f in
    "$n.yaml:${c#*:}: error[KH"*"no-break space (U+00A0)"*) ;;
    *) bad="$bad [$n: $(echo "$f" | cut -c1-100)]" ;;
    esac
    [ "$(grep -c 'error\[' "$work/$n.err")" -eq 1 ] || bad="$bad $n:$(grep -c 'error\[' "$work/$n.err")-errors"
done
# guards: a no-break space inside a text (a quoted value, a block's line) is text
edited m5g 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' "closing: \"Họp lúc 8:${NB}sáng; -${NB}x\"" \
    '  place: Yên Thế' "  place: |-
    Yên Thế:${NB}huyện
    -${NB}Bắc Giang"
chk m5g
! grep -q 'U+00A0' "$work/m5g.err" || bad="$bad [guard: $(first m5g | cut -c1-80)]"
verdict "M5 a no-break space after 'key:', after a list's '-', in the indentation, in a {...} key or before ':': the one error names it at its line:col (before: KH005/KH021 never naming it, a line off)"

# ---- LOWs (each failing before: accepted silently, or a message that misled)
bad=
edited l1 '(Chi tiết theo {att bieu01} đính kèm).' '(Chi tiết theo {att bieu01} và {att b2} đính kèm).'
printf '  - {id: b2, label: Biểu 1, title: Hai, columns: [stt, {key: a, header: A}], rows: [[x]]}\n' >>"$P/l1.yaml"
chk l1
grep -q "error\[KH620\]: two attachments are labelled 'Biểu 01' and 'Biểu 1'" "$work/l1.err" || bad="$bad [labels: $(first l1)]"
edited l2 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - {id: -tckh, name: Phòng Tài chính - Kế hoạch}'
chk l2
grep -q "error\[KH109\]: invalid id '-tckh': it begins with '-'; .*write 'tckh'" "$work/l2.err" &&
    [ "$(grep -c 'error\[' "$work/l2.err")" -eq 1 ] || bad="$bad [id -tckh: $(first l2)]"
edited l3 '      - clause: Cấp xã' '      - clause: Cấp xã
        style: plain bold'
chk l3
grep -q "error\[KH106\]: 'style' is both plain and bold" "$work/l3.err" || bad="$bad [plain bold: status $st]"
edited l4 "$N" '            due: 2024-6'
chk l4
grep -q "error\[KH302\]: '2024-6' is not a deadline: write 2024-06" "$work/l4.err" || bad="$bad [2024-6: $(first l4)]"
# guards: 'plain upper' and 'bold italic' are styles; labels Biểu 01 and Biểu 10 differ
edited l3g '      - clause: Cấp xã' '      - clause: Cấp xã
        style: plain upper
        text_style: bold italic'
chk l3g
[ "$st" -eq 0 ] || bad="$bad [guard plain upper: $(first l3g)]"
edited l1g '(Chi tiết theo {att bieu01} đính kèm).' '(Chi tiết theo {att bieu01} và {att b2} đính kèm).'
printf '  - {id: b2, label: Biểu 10, title: Hai, columns: [stt, {key: a, header: A}], rows: [[x]]}\n' >>"$P/l1g.yaml"
chk l1g
! grep -q KH620 "$work/l1g.err" || bad="$bad [guard Biểu 10]"
verdict "LOW labels 'Biểu 01'/'Biểu 1' one label (KH620), id '-tckh' told its first character (one error), 'style: plain bold' KH106, 'due: 2024-6' told 2024-06 (before: accepted, a message listing '-' as allowed, silently plain, no hint)"

# ---- LOW: marker/number on an entry whose kind prints neither: KH126 (before: ignored silently)
bad=
edited l9a '      - clause: Cấp xã' '      - clause: Cấp xã
        marker: "+"'
edited l9b "$N" "$N
            number: 3"
for c in l9a:marker l9b:number; do
    chk "${c%%:*}"
    grep -q "warning\[KH126\]: '${c#*:}' does nothing on a" "$work/${c%%:*}.err" || bad="$bad ${c%%:*} (status $st)"
done
# guards: a bullet's marker and a clause's number are printed
edited l9g '      - clause: Cấp xã' '      - clause: Cấp xã
        number: 3'
chk l9g
! grep -q KH126 "$work/l9g.err" || bad="$bad guard-clause-number"
verdict "LOW a clause's marker and a task's number: KH126 (before: ignored without a word); a clause's number no warning"

# ---- LOW: 'QÐ' with U+00D0, 'stated=0016,5', catalog codes "01" and 1 (before: all accepted silently)
bad=
edited l5 'number: 263/QĐ-TTg' 'number: 263/QÐ-TTg'
chk l5
grep -q "warning\[KH020\]: 'Ð' is U+00D0, the Icelandic letter eth" "$work/l5.err" || bad="$bad [QÐ: status $st]"
T='text: Tham mưu phân bổ nguồn vốn năm {year}.'
edited l6 "$T" 'text: "Bình quân {avg localities criteria_met kind=xã stated=0016,5} tiêu chí."'
chk l6
grep -q "error\[KH504\]: stated value '0016,5' is not written as printed: write '16,5'" "$work/l6.err" || bad="$bad [stated: $(first l6)]"
edited l6g "$T" 'text: "Bình quân {avg localities criteria_met kind=xã stated=16,5} tiêu chí, {count localities kind=xã stated=02} xã."'
chk l6g
! grep -q KH504 "$work/l6g.err" || bad="$bad [guard stated 16,5 / 02]"
edited l7 'import: [qd318-xa-ntm]' 'import: [qd318-xa-ntm, {id: thon, title: Bộ tiêu chí thôn, criteria: [{code: "01", name: Giao thông}, {code: 1, name: Điện}]}]'
chk l7
# (s38low: a code's one grammar has no leading zeros, in a catalog as in a
# plan, so "01" is now refused itself, KH414 naming '1', not listed twice)
grep -q "error\[KH414\]: criterion code '01' is not written as a code: .*; write '1'" "$work/l7.err" || bad="$bad [codes 01/1: $(first l7)]"
verdict "LOW 'QÐ' with the Icelandic eth KH020, 'stated=0016,5' KH504 naming 16,5 ('16,5', '02' not), catalog code \"01\" beside 1 KH414 naming '1' (before: accepted silently)"

# ---- LOW: '\{year\}' (TeX's escape): KH206 says '{{year}}' (before: "unknown reference '{year\}'")
edited l8 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' 'closing: Trên đây là Kế hoạch năm \{year\} của UBND huyện.'
chk l8
bad=
grep -q "error\[KH206\]: '\\\\' does not make a brace literal here: write '{{year}}' to print the braces, or '{year}' for the reference" "$work/l8.err" ||
    bad=" [$(first l8)]"
verdict "LOW '\\{year\\}' is KH206 naming '{{year}}' and '{year}' (before: \"unknown reference '{year\\}'\")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
