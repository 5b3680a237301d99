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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
