#!/bin/sh
# tests/hardening/s52import.sh KHGEN WORKDIR - the leftovers of session 51
# on `khgen import` of a Word plan, fixed by session 52. Each case fails at
# 3be5a963 (session 52's start) unless it is named a guard:
#  F1   khgen prints {att a b c} as "Biểu 01, 02, 03" (a label after the
#       first its last word alone where its words before it are the label
#       before it's: inline.c's expand_att); import of khgen's own .docx and
#       .md read "(Chi tiết theo Biểu 01, 02 đính kèm)" as "{att bieu-01},
#       02" and `khgen check` of the plan warned KH253 at bieu-02, which the
#       text names. Now the list is read back as {att bieu-01 bieu-02}: no
#       KH253, and build -> import -> build prints the same Markdown, for
#       each form a plan's references print.
#       A label of other words after a list prints whole ("Biểu 02, 03, Phụ
#       lục 1": {att bieu-02 bieu-03}, {att phu-luc-1}).
#  F1g  (guard) the other forms: one label, "{att a} và {att b}" ("Biểu
#       01 và Biểu 03"), and a list's repeat ("Biểu 01, 01": {att a a}
#       would print it once) left as text.
#  F2   a date picker bound to the document's data (w:dataBinding) whose
#       w:dateFormat spells a day or a month in words ("dddd, 'ngày' dd
#       'tháng' MM 'năm' yyyy", "'ngày' dd MMMM 'năm' yyyy") kept its saved
#       text with no word: the plan dated 2024-01 where Word shows the
#       stored 2025-01-15 (with the weekday or month in the words of
#       Windows' vi-VN data, "Thứ Tư", "Tháng Một" or "tháng 1" by its
#       version: not written). Now a '# review:' comment names the stored
#       date and the picture, and KH759 counts it.
#  F2g  (guard) a picture of figures only is written (s51word F1), no note.
#  F3   a list level whose number is in All Caps or small capitals (w:caps,
#       w:smallCaps in the level's w:rPr, ECMA-376 17.9.24): Word shows "I."
#       of a lowerRoman level; import read the sections "i.", "ii.", "iii."
#       and lost them as sections. Now the plan of its twin (SRC, "I."
#       typed).
#  F3g  (guard) the level without them reads "i.": not the twin's plan.
#  F4   All Caps and small capitals are two toggle properties (ECMA-376
#       17.7.3): a paragraph style's w:caps under a character style's
#       w:smallCaps (or the other way) shows capitals in Word; import
#       toggled them as one and read the letters as typed. Now the plan of
#       the twin (the paragraph style alone).
#  F4g  (guard) small capitals over small capitals toggle off: the plain
#       paragraphs' plan.
#  F5   an embedded Excel worksheet's (s51ole) group rows in a bold font
#       (styles.xml's fonts, a cellXfs' fontId) were read plain, where its
#       twin typed in Word is bold (a KH759 note on each group row): the
#       cell's font's bold now makes the cell's text bold; the twin's plan.
#  F6   a worksheet object whose visible range (oleSize A2:D4) begins
#       inside merges (A1:A2 "STT", B1:B2 "Tên xã"): Excel shows their text
#       in the row the object shows; import left them empty (the header
#       "", the STT column a figure column). Now the twin's plan.
#  F7   a table style's toggles (w:tblStyle's w:rPr, ECMA-376 17.7.2: the
#       table style first, the paragraph style toggling it, 17.7.3): a
#       Biểu's table style in All Caps shows its cells, title and note in
#       capitals; import read a cell's runs with no style at all, as typed.
#       Now the twin's plan (the text typed in capitals). With the cells'
#       paragraph style in All Caps too, the two toggle off (as typed, the
#       plan of SRC), where the note row, read with its paragraph style
#       and not the table's, was read in capitals.
# Each document of F2-F7 is made by s52import_docx.py from khgen's .docx
# of plans/yen-the-2024.yaml, beside its twin as Word shows it.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- F1: a list of attachments read back ------------------------------------------------
mkdir -p "$work/f1"
{
    cat <<'PLAN'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  number: "12"
  place: An Bình
  date: 2024-03-05
  title: Thực thi thử năm 2024
opening: "UBND xã xây dựng Kế hoạch như sau:"
units:
  - {id: vp, name: Văn phòng}
body:
  - section: MỤC TIÊU
    items:
      - para: (Chi tiết theo {att b1} đính kèm).
      - para: (Chi tiết theo {att b1 b2} đính kèm).
      - para: Các chỉ tiêu theo {att b1 b2 b3} đính kèm; {unit vp} tổng hợp.
      - para: Danh mục theo {att b4 b5} đính kèm.
      - para: Số liệu tại {att b1} và {att b3} kèm theo Kế hoạch này.
      - para: Các chỉ tiêu theo {att b2 b3 b4} đính kèm.
      - para: Lặp lại {att b1}, 01 như văn bản gốc.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
PLAN
    for x in "b1|Biểu 01" "b2|Biểu 02" "b3|Biểu 03" "b4|Phụ lục 1" "b5|Phụ lục 2"; do
        printf '  - id: %s\n    label: %s\n    title: Bảng %s\n    columns:\n' "${x%%|*}" "${x#*|}" "${x%%|*}"
        printf '      - stt\n      - {key: ten, header: Nội dung}\n      - {key: n, header: Số hộ, type: int}\n'
        printf '    rows:\n      - {ten: Thôn A, n: 3}\n'
    done
} >"$work/f1/p.yaml"
"$khgen" build -f md,docx -o "$work/f1/o1" "$work/f1/p.yaml" >/dev/null 2>"$work/f1/build.err" ||
    not_ok "setup: F1's plan: $(head -c 300 "$work/f1/build.err")"
# roundtrip EXT: the plan's .EXT imported, checked and built as Markdown;
# empty when the imported plan has no KH253 and prints the same Markdown
roundtrip() {
    "$guard" 30 "$khgen" import --force "$work/f1/o1/p.$1" -o "$work/f1/$1.yaml" 2>"$work/f1/$1.err" ||
        { echo " [$1: import exit $?: $(head -c 200 "$work/f1/$1.err")]"; return; }
    "$khgen" check "$work/f1/$1.yaml" >/dev/null 2>"$work/f1/$1.check"
    grep -q KH253 "$work/f1/$1.check" && echo " [$1: $(grep -m2 'KH253' "$work/f1/$1.check" | cut -c1-160 | tr '\n' '|')]"
    "$khgen" build -f md -o "$work/f1/$1.out" "$work/f1/$1.yaml" >/dev/null 2>&1 ||
        { echo " [$1: the imported plan does not build]"; return; }
    cmp -s "$work/f1/o1/p.md" "$work/f1/$1.out/$1.md" ||
        echo " [$1: $(diff "$work/f1/o1/p.md" "$work/f1/$1.out/$1.md" | grep '^[<>]' | head -2 | cut -c1-140 | tr '\n' '|')]"
}
bad=
for ext in docx md; do
    bad="$bad$(roundtrip $ext)"
    for want in '(Chi tiết theo {att bieu-01 bieu-02} đính kèm).' \
        'theo {att bieu-01 bieu-02 bieu-03} đính kèm;' 'theo {att phu-luc-1 phu-luc-2} đính kèm.' \
        'theo {att bieu-02 bieu-03}, {att phu-luc-1} đính kèm.'; do
        grep -qF -- "$want" "$work/f1/$ext.yaml" || bad="$bad [$ext: no '$want']"
    done
done
if [ -z "$bad" ]; then
    ok "F1 '(Chi tiết theo Biểu 01, 02 đính kèm)', 'Biểu 01, 02, 03', 'Phụ lục 1, 2' of khgen's .docx and .md read back as {att bieu-01 bieu-02} ...: no KH253, build -> import -> build the same Markdown"
else
    not_ok "F1:$bad"
fi
bad=
for want in '(Chi tiết theo {att bieu-01} đính kèm).' 'tại {att bieu-01} và {att bieu-03} kèm' \
    'Lặp lại {att bieu-01}, 01 như'; do
    for ext in docx md; do
        grep -qF -- "$want" "$work/f1/$ext.yaml" || bad="$bad [$ext: no '$want']"
    done
done
if [ -z "$bad" ]; then
    ok "F1g (guard) one label, 'Biểu 01 và Biểu 03', a list's repeat 'Biểu 01, 01' left as text"
else
    not_ok "F1g:$bad"
fi

# ---- the Word documents of F2-F4 ----------------------------------------------------------
mkdir -p "$work/gen"
"$khgen" build -o "$work/out" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    not_ok "setup: build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"
/usr/bin/python3 "$top/tests/hardening/s52import_docx.py" "$work/out/yen-the-2024.docx" "$work/gen" \
    2>"$work/gen.err" || not_ok "setup: s52import_docx.py: $(head -c 300 "$work/gen.err")"
cp "$work/out/yen-the-2024.docx" "$work/gen/orig.docx"

# as_twin NAME [TWIN]: empty when gen/NAME.docx imports with exit 0 to the
# plan (past the line naming the file) of gen/TWIN.docx (NAME-twin), else
# why not (s51word.sh's)
as_twin() {
    _t=${2:-$1-twin}
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err" ||
        { echo " [$1: exit $?: $(head -c 200 "$work/$1.err")]"; return; }
    [ -f "$work/$_t.body" ] || {
        "$guard" 30 "$khgen" import "$work/gen/$_t.docx" -o "$work/$_t.yaml" 2>/dev/null
        tail -n +2 "$work/$_t.yaml" >"$work/$_t.body"
    }
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/$_t.body" ||
        echo " [$1: $(tail -n +2 "$work/$1.yaml" | diff "$work/$_t.body" - | grep '^[<>]' | head -3 | cut -c1-140 | tr '\n' '|')]"
}

# ---- F2: a bound date whose picture spells words ------------------------------------------
bad=
for v in date-words date-month; do
    "$guard" 30 "$khgen" import "$work/gen/$v.docx" -o "$work/$v.yaml" 2>"$work/$v.err" ||
        bad="$bad [$v: exit $?]"
    grep -q "^# review: a date content control bound to the document's data, .*: 2025-01-15T00:00:00 (.*) \[KH759\]$" \
        "$work/$v.yaml" || bad="$bad [$v: no review note naming 2025-01-15]"
    grep -q "warning\[KH759\]: .* 1 date content control bound to the document's data" "$work/$v.err" ||
        bad="$bad [$v: no KH759: $(head -c 200 "$work/$v.err")]"
done
if [ -z "$bad" ]; then
    ok "F2 a bound date picker whose w:dateFormat spells the weekday or the month, read as saved: a '# review:' note names the stored date 2025-01-15 and the picture, KH759 counts it"
else
    not_ok "F2:$bad"
fi
bad=
"$guard" 30 "$khgen" import "$work/gen/date-digits.docx" -o "$work/date-digits.yaml" 2>"$work/date-digits.err" ||
    bad=" [exit $?]"
grep -q '^  date: 2025-01-15$' "$work/date-digits.yaml" || bad="$bad [not dated 2025-01-15]"
grep -q 'date content control' "$work/date-digits.yaml" "$work/date-digits.err" && bad="$bad [a note]"
if [ -z "$bad" ]; then
    ok "F2g (guard) a bound date picker of figures ('ngày' dd 'tháng' MM 'năm' yyyy) shows the stored 2025-01-15, no note"
else
    not_ok "F2g:$bad"
fi

# ---- F3: a list level's number in capitals -------------------------------------------------
bad="$(as_twin numcaps orig)$(as_twin numsmall orig)"
if [ -z "$bad" ]; then
    ok "F3 sections numbered by a lowerRoman level in All Caps or small capitals (its w:rPr) read 'I.', 'II.', 'III.' as Word shows them: the plan of the twin, the labels typed"
else
    not_ok "F3:$bad"
fi
if [ -n "$(as_twin numplain orig)" ]; then
    ok "F3g (guard) the level without capitals reads 'i.': not the twin's plan"
else
    not_ok "F3g: the level without capitals read as 'I.'"
fi

# ---- F4: All Caps and small capitals, two toggles -----------------------------------------
bad="$(as_twin caps-small)$(as_twin small-caps)"
if [ -z "$bad" ]; then
    ok "F4 a paragraph style's All Caps under a character style's small capitals (and the other way) show capitals (two toggles, ECMA-376 17.7.3): the twin's plan"
else
    not_ok "F4:$bad"
fi
bad=$(as_twin small-small)
if [ -z "$bad" ]; then
    ok "F4g (guard) small capitals over small capitals toggle off: the plain paragraphs' plan"
else
    not_ok "F4g:$bad"
fi

# ---- F5, F6: an embedded worksheet's bold rows, a merge begun outside its range -----------
bad=$(as_twin sheet-bold)
if [ -z "$bad" ]; then
    ok "F5 an embedded worksheet's group rows in a bold font read bold, as the twin's typed bold rows: the twin's plan"
else
    not_ok "F5:$bad"
fi
bad=$(as_twin sheet-outside)
grep -q '{key: c1, header: "STT", type: stt}' "$work/sheet-outside.yaml" || bad="$bad [no STT column]"
if [ -z "$bad" ]; then
    ok "F6 a worksheet object showing A2:D4 inside the merges A1:A2 'STT', B1:B2 'Tên xã' shows their text in row 2, as Excel draws it: the twin's plan"
else
    not_ok "F6:$bad"
fi

# ---- F7: a table style's toggles -----------------------------------------------------------
bad="$(as_twin tblcaps)$(as_twin tblcaps-para orig)"
if [ -z "$bad" ]; then
    ok "F7 a Biểu's table style in All Caps (w:tblStyle's w:rPr) shows its cells, title and note in capitals, and a paragraph style in All Caps under it toggles them off, as Word shows them: the twins' plans"
else
    not_ok "F7:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
