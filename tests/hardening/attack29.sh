#!/bin/sh
# tests/hardening/attack29.sh KHGEN WORKDIR - what the thirtieth
# black-box attack found (session 29's; issue 8; /tmp/s29attack/findings.md),
# a tired drafter editing last year's plan and its Word copy, and an
# adversary:
#  F1  `khgen diff` of a table row whose STT cell holds words, not a
#      number ("Tổng cộng" typed in the STT column, as `khgen import`
#      keeps a totals row that no longer adds up after a row was deleted
#      in Word): the row added or removed was shown without them,
#      'dòng "#3": thêm {+ | 22+}', where the document prints "Tổng cộng |
#      | 22"; now its words, and the row is named by them.
#  F2  Vietnamese pasted from an old document typed in a TCVN3 (.VnTime)
#      or VNI font, its bytes read as Windows-1252 ("Trªn ®©y lµ KÕ
#      ho¹ch", "Treân ñaây laø Keá hoaïch"), printed garbled in every
#      format, exit 0, without a word; now KH027 at the value, with the
#      text in Unicode.
#  F3  `khgen diff` of a link whose address holds parentheses (a
#      Wikipedia address, "https://vi.wikipedia.org/wiki/Luat_(2015)"):
#      the address was read up to its first ')' ("liên kết:
#      [-...Luat_(2015,-]"), another address than the document's, and a
#      change after that ')' was shown as raw Markdown; now the address
#      every back end prints (one reading of the link, cmark's).
# Each F case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
readme_base

# a plan of a commune with one written attachment: the base of F1
cat >"$P/t.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  number: ""
  place: An Bình
  date: 2024-01-15
  title: Thực hiện nhiệm vụ năm 2024
units:
  - {id: vh, name: Ban Văn hóa xã}
body:
  - section: NHIỆM VỤ
    items:
      - task: Tổ chức lễ hội
        lead: vh
        due: 2024-05
      - para: (Chi tiết theo {att b1} đính kèm).
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns:
      - {key: c1, header: STT, type: stt}
      - {key: c2, header: Tên thôn}
      - {key: c3, header: Số hộ, type: int}
    rows:
      - {c1: "1", c2: "Thôn A", c3: 10}
      - {c1: "2", c2: "Thôn B", c3: 12}
YAML

# F1: a row whose STT cell holds words, added: shown with them, named by them
sed 's/      - {c1: "2", c2: "Thôn B", c3: 12}/&\n      - {c1: "Tổng cộng", c2: "", c3: 22}/' \
    "$P/t.yaml" >"$P/t-total.yaml"
"$khgen" diff --no-color "$P/t.yaml" "$P/t-total.yaml" >"$work/f1.out" 2>&1
status=$?
if [ "$status" -eq 1 ] && grep -qF '@@ Biểu 01, dòng "Tổng cộng": thêm @@' "$work/f1.out" &&
    grep -qF '{+Tổng cộng  | 22+}' "$work/f1.out"; then
    ok "F1 a row added whose STT cell says 'Tổng cộng': shown and named with its words"
else
    not_ok "F1 added: status $status: $(tr '\n' ' ' <"$work/f1.out" | head -c 600)"
fi
# F1: and removed
"$khgen" diff --no-color "$P/t-total.yaml" "$P/t.yaml" >"$work/f1.out" 2>&1
if grep -qF '@@ Biểu 01, dòng "Tổng cộng": bỏ @@' "$work/f1.out" &&
    grep -qF '[-Tổng cộng  | 22-]' "$work/f1.out"; then
    ok "F1 the same row removed: shown with its words"
else
    not_ok "F1 removed: $(tr '\n' ' ' <"$work/f1.out" | head -c 600)"
fi
# F1: a Word copy whose last row no longer adds up (a row deleted), imported:
# the totals row kept as a row is shown with its words
"$khgen" build -f docx -o "$work/f1b" "$P/t.yaml" >/dev/null 2>&1
sed 's/      - {c1: "2", c2: "Thôn B", c3: 12}/&\n      - {c1: "3", c2: "Thôn C", c3: 5}/; s/    rows:/    totals: Tổng cộng\n    rows:/; s/type: int}/type: int, total: true}/' \
    "$P/t.yaml" >"$P/t3.yaml"
"$khgen" build -f docx -o "$work/f1c" "$P/t3.yaml" >/dev/null 2>&1
/usr/bin/python3 - "$work/f1c/t3.docx" "$work/f1-del.docx" <<'PY' 2>"$work/err"
import sys, docx
d = docx.Document(sys.argv[1])
t = [t for t in d.tables if len(t.rows) > 3][-1]
tr = t.rows[2]._tr            # Thôn B, deleted in Word
tr.getparent().remove(tr)
d.save(sys.argv[2])
PY
"$khgen" import -o "$P/f1-del.yaml" "$work/f1-del.docx" >/dev/null 2>>"$work/err"
"$khgen" diff --no-color "$P/t3.yaml" "$P/f1-del.yaml" >"$work/f1.out" 2>&1
if grep -qF 'dòng "Tổng cộng": thêm' "$work/f1.out" && grep -qF '{+Tổng cộng  | 27+}' "$work/f1.out"; then
    ok "F1 a Word copy with a row deleted: its totals row, kept as a row, shown with its words"
else
    not_ok "F1 Word copy: $(tr '\n' ' ' <"$work/f1.out" | head -c 600) $(head -c 300 "$work/err")"
fi
# F1 guard: rows numbered 1, 2, 3 added are still shown by their cells
sed 's/      - {c1: "2", c2: "Thôn B", c3: 12}/&\n      - {c1: "3", c2: "Thôn C", c3: 5}/' \
    "$P/t.yaml" >"$P/t-c.yaml"
"$khgen" diff --no-color "$P/t.yaml" "$P/t-c.yaml" >"$work/f1.out" 2>&1
if grep -qF '@@ Biểu 01, dòng "Thôn C": thêm @@' "$work/f1.out" && grep -qxF '{+Thôn C | 5+}' "$work/f1.out"; then
    ok "F1 guard: a numbered row added is named and shown by its cells, its number left out"
else
    not_ok "F1 guard: $(tr '\n' ' ' <"$work/f1.out" | head -c 600)"
fi

# F2: Vietnamese typed in TCVN3 (.VnTime) pasted as Windows-1252 letters
sed 's/^closing: .*/closing: Trªn ®©y lµ KÕ ho¹ch n¨m {year} cña UBND huyÖn./' "$P/ex.yaml" >"$P/tcvn.yaml"
check_says "F2 a closing pasted from a .VnTime document is warned, with its text in Unicode" \
    "$P/tcvn.yaml" 0 \
    "tcvn.yaml:63:10: warning[KH027]: 'Trªn ®©y lµ KÕ ho¹ch n¨m {year} cña UBND huyÖn.' is Vietnamese typed in TCVN3 (ABC)" \
    "write the text in Unicode: 'Trên đây là Kế hoạch năm {year} của UBND huyện.'"
# F2: VNI-Times, in a paragraph of the body, its first marked word pointed at
sed 's/^opening: .*/opening: "UBND huyeän xaây döïng Keá hoaïch thöïc hieän naêm {year}, nhö sau:"/' \
    "$P/ex.yaml" >"$P/vni.yaml"
check_says "F2 an opening pasted from a VNI-Times document is warned at its first word that no Vietnamese has" \
    "$P/vni.yaml" 0 \
    "vni.yaml:21:16: warning[KH027]" "VNI-Windows" \
    "'UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:'"
# F2: the same in Vietnamese and as JSON
LANG=vi_VN.UTF-8 LC_ALL=vi_VN.UTF-8 "$khgen" check --lang vi "$P/tcvn.yaml" >/dev/null 2>"$work/err"
"$khgen" check --diagnostics-format=json "$P/tcvn.yaml" >/dev/null 2>"$work/json"
if grep -qF "là chữ Việt gõ theo bảng mã TCVN3 (ABC)" "$work/err" &&
    grep -qF '"code": "KH027"' "$work/json" && grep -qF '"line": 63, "column": 10' "$work/json"; then
    ok "F2 KH027 in Vietnamese and as JSON"
else
    not_ok "F2 vi/json: $(head -c 400 "$work/err") $(head -c 300 "$work/json")"
fi
# F2: -Werror stops the build, nothing written
"$khgen" build -Werror -o "$work/f2" "$P/tcvn.yaml" >/dev/null 2>&1
status=$?
if [ "$status" -eq 1 ] && [ ! -e "$work/f2/tcvn.md" ]; then
    ok "F2 under -Werror the garbled closing writes nothing"
else
    not_ok "F2 -Werror: status $status"
fi
# F2 guards: signs a text writes itself, a foreign word, the shipped plans
sed 's/^closing: .*/closing: "Diện tích 1.200 m² (±5%), nhiệt độ 30°C, 2½ ha; phần mềm Microsoft® Word, ông Señor Muñoz, 5 µg, © 2024."/' \
    "$P/ex.yaml" >"$P/signs.yaml"
"$khgen" check "$P/signs.yaml" "$top/plans/yen-the-2024.yaml" "$top/plans/binh-trung-2024.yaml" \
    "$top/plans/krong-no-2022.yaml" >/dev/null 2>"$work/err"
if ! grep -q 'KH027' "$work/err"; then
    ok "F2 guard: m², ±, °C, ½, ®, ñ, µ, © in a text and the shipped plans are not warned"
else
    not_ok "F2 guard: $(grep -F KH027 "$work/err" | head -c 600)"
fi
# F2: linear: a paragraph of 30,000 and 120,000 such words
for n in 30000 120000; do
    {
        sed '/^closing:/d' "$P/ex.yaml"
        printf 'closing: "'
        i=0
        awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) printf "Trªn ®©y lµ KÕ ho¹ch "; }'
        printf '"\n'
    } >"$P/long$n.yaml"
done
scaling_case "F2 KH027 over a paragraph of 30,000 and 120,000 words pasted from .VnTime" \
    "$khgen" check "$P/long30000.yaml" -- "$khgen" check "$P/long120000.yaml"

# F3: a link whose address holds parentheses
sed 's|^closing: .*|closing: "Xem [Luật](https://vi.wikipedia.org/wiki/Luat_(2015)) và [Nghị định](https://a.vn/x_(a)_(b)) năm {year}."|' \
    "$P/ex.yaml" >"$P/lk.yaml"
sed 's|Luat_(2015)|Luat_(2016)|' "$P/lk.yaml" >"$P/lk2.yaml"
"$khgen" diff --no-color "$P/lk.yaml" "$P/lk2.yaml" >"$work/f3.out" 2>&1
if grep -qF 'liên kết: [-https://vi.wikipedia.org/wiki/Luat_(2015),-]{+https://vi.wikipedia.org/wiki/Luat_(2016),+} https://a.vn/x_(a)_(b)' "$work/f3.out"; then
    ok "F3 a link's address with parentheses: diff names the whole address, as the document links it"
else
    not_ok "F3 $(tr '\n' ' ' <"$work/f3.out" | head -c 600)"
fi
sed 's|x_(a)_(b)|x_(a)_(c)|' "$P/lk.yaml" >"$P/lk3.yaml"
"$khgen" diff --no-color "$P/lk.yaml" "$P/lk3.yaml" >"$work/f3.out" 2>&1
if grep -qF 'liên kết: https://vi.wikipedia.org/wiki/Luat_(2015), [-https://a.vn/x_(a)_(b)-]{+https://a.vn/x_(a)_(c)+}' "$work/f3.out" &&
    ! grep -qF '](' "$work/f3.out"; then
    ok "F3 a change after the address's first ')': its words once and the address's change, not raw Markdown"
else
    not_ok "F3 after ')': $(tr '\n' ' ' <"$work/f3.out" | head -c 600)"
fi
# F3 guard: an address the document does not link (javascript:) is its text
sed 's|^closing: .*|closing: "Xem [Luật](javascript:alert(1)) năm {year}."|' "$P/ex.yaml" >"$P/js.yaml"
"$khgen" diff --no-color "$P/ex.yaml" "$P/js.yaml" >"$work/f3.out" 2>&1
if ! grep -qF 'liên kết' "$work/f3.out" && grep -qF 'Luật' "$work/f3.out"; then
    ok "F3 guard: a refused address (javascript:), printed as its words, is named by no 'liên kết'"
else
    not_ok "F3 javascript: $(tr '\n' ' ' <"$work/f3.out" | head -c 600)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
