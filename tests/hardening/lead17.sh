#!/bin/sh
# tests/hardening/lead17.sh KHGEN WORKDIR - a leftover of session 17's
# attack (s17attack L5) that the lead fixed: a table sorted by name put
# "Đông" before "Dương", as a key that dropped every mark and made đ a d
# gave it. Vietnamese has 29 letters, and ă â đ ê ô ơ ư each come after
# their base letter (a dictionary's, and CLDR's and so office software's,
# order); the five tones only break ties; numbers sort as numbers. The
# case fails with the binary before the fix (src/vi_collate.c), in every
# format.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/p"
py=/usr/bin/python3

# the names in the source's order, each with the place the sort must give
# it (the order below the plan is the expected one)
cat >"$work/p/s.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  issuer_short: UBND huyện A
  place: A
  date: 2024-01-05
  title: Kế hoạch thử
localities:
  - {id: l1, name: Đông, kind: xã}
  - {id: l2, name: Dương, kind: xã}
  - {id: l3, name: Ưng Hòe, kind: xã}
  - {id: l4, name: Uông Bí, kind: xã}
  - {id: l5, name: Ân Thi, kind: xã}
  - {id: l6, name: An Lão, kind: xã}
  - {id: l7, name: Ăn Khê, kind: xã}
  - {id: l8, name: Bá, kind: xã}
  - {id: l9, name: Ba, kind: xã}
  - {id: l10, name: Bà, kind: xã}
  - {id: l11, name: Tổ 10, kind: xã}
  - {id: l12, name: Tổ 2, kind: xã}
  - {id: l13, name: Ô Môn, kind: xã}
  - {id: l14, name: Ơ Lẩy, kind: xã}
  - {id: l15, name: Oai, kind: xã}
  - {id: l16, name: Ê Đê, kind: xã}
  - {id: l17, name: Em, kind: xã}
body:
  - para: Danh sách theo {att bieu01}.
closing: Trên đây là Kế hoạch.
recipients: ["Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh sách
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: name, header: Tên}
    rows: {from: localities, sort: name}
YAML
want='An Lão|Ăn Khê|Ân Thi|Ba|Bà|Bá|Dương|Đông|Em|Ê Đê|Oai|Ô Môn|Ơ Lẩy|Tổ 2|Tổ 10|Uông Bí|Ưng Hòe'
"$khgen" build -f md,xlsx -o "$work/o" "$work/p/s.yaml" >/dev/null 2>"$work/o.err"
st=$?
md=$(grep '^| [0-9]' "$work/o/s.md" | cut -d'|' -f3 | sed 's/^ //; s/ $//' | paste -sd'|')
xl=$("$py" -c '
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
names = [r[1] for r in ws.iter_rows(values_only=True) if isinstance(r[0], (int, float)) and r[1]]
print("|".join(names))' "$work/o/s.xlsx" 2>&1)
if [ "$st" -eq 0 ] && [ "$md" = "$want" ] && [ "$xl" = "$want" ]; then
    ok "sort: name orders ă â đ ê ô ơ ư after their base letters, tones after letters, 2 before 10 (.md and .xlsx)"
else
    not_ok "sort: name: status $st; .md '$md'; .xlsx '$xl'; want '$want' $(head -c 300 "$work/o.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
