#!/bin/sh
# tests/hardening/s43lead.sh KHGEN WORKDIR - what a province department's IT
# officer found from the README alone (session 43's s43user; issue 8),
# fixed by the lead. Each case fails at main d5be71a7 unless named a guard:
#  F1  a Word table's stale "Tổng cộng" row, which `khgen import` writes
#      with its label in the STT column (Word merges STT and the name in
#      that row), printed a total the rows above it do not add up to, with
#      exit 0 and no word: KH629 read the label in text cells only. It
#      reads the STT cell too now; a total that adds up stays silent
#      (guard).
# A few runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# ---- F1: a typed total with its label in the STT column ---------------------
# stt_total NAME TOTAL: a plan whose Biểu, as import writes it, ends with a
# typed "Tổng cộng" row in the STT column giving TOTAL
stt_total() {
    small "$1" <<EOF
units:
  - {id: vp, name: Văn phòng}
body:
  - section: MỤC TIÊU
    items:
      - para: Chi tiết theo {att b1} đính kèm; {unit vp} tổng hợp.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Kế hoạch vốn
    columns:
      - {key: c1, header: STT, type: stt}
      - {key: c2, header: Nội dung}
      - {key: c3, header: Vốn, type: int}
    rows:
      - {c1: "1", c2: Giao thông, c3: 50000}
      - {c1: "2", c2: Thủy lợi, c3: 20000}
      - {c1: "Tổng cộng", c2: "", c3: $2}
EOF
}
stt_total stale 65000
"$khgen" check "$work/p/stale.yaml" >/dev/null 2>"$work/f1.err"
if grep -q "stale.yaml:[0-9]*:[0-9]*: warning\[KH629\]: the row 'Tổng cộng' gives 65.000 for 'Vốn', but the rows above it add up to 70.000" "$work/f1.err"; then
    ok "F1 a stale 'Tổng cộng' typed in the STT column: KH629 at its figure"
else
    not_ok "F1 stale total in the STT column: $(head -c 400 "$work/f1.err")"
fi
stt_total right 70000
"$khgen" check "$work/p/right.yaml" >/dev/null 2>"$work/f1b.err"
st=$?
if [ "$st" -eq 0 ] && ! grep -q KH629 "$work/f1b.err"; then
    ok "F1 guard: a 'Tổng cộng' in the STT column that adds up: no KH629"
else
    not_ok "F1 guard: exit $st: $(head -c 400 "$work/f1b.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
