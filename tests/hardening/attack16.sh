#!/bin/sh
# tests/hardening/attack16.sh KHGEN WORKDIR - what the sixteenth black-box
# attack found (issue 8; /tmp/s16attack/findings.md in its session):
# `khgen diff` saying "the same" of plans whose attachments print in
# another order, a written cell's lines printed joined by a space, `khgen
# new` silent on a school-year plan's first year, names whose tone mark
# sits the old way and the new not told apart, full-width digits refused
# without a word of the digits.
#
# The plans are written here from README's complete example (readme_base)
# and a small plan of two attachments (two.yaml below).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- F5: khgen diff of attachments printed in another order ---------------------
# Two attachments swapped in `attachments:` print their pages (and the
# workbook its sheets) in another order; every part of each page matched,
# and diff said nothing, exit 0.
att_page() { # ID LABEL: one more attachment of the example's kind
    printf '  - id: %s\n    label: "%s"\n    title: Danh sách %s\n    preset: locality-targets\n' "$1" "$2" "$1"
}
if edited f5a '(Chi tiết theo {att bieu01} đính kèm)' '(Chi tiết theo {att bieu01 bieu02} đính kèm)'; then
    att_page bieu02 'Biểu 02' >>"$work/p/f5a.yaml"
    # the same plan, Biểu 02's entry moved before Biểu 01's
    /usr/bin/python3 - "$work/p/f5a.yaml" "$work/p/f5b.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('  - id: bieu01\n')
j = s.index('  - id: bieu02\n')
open(sys.argv[2], 'w', encoding='utf-8').write(s[:i] + s[j:] + s[i:j])
PY
fi
out=$("$khgen" diff --no-color "$work/p/f5a.yaml" "$work/p/f5b.yaml" 2>&1); st=$?
if [ "$st" -eq 1 ] && printf '%s\n' "$out" | grep -qF '@@ Biểu 02: chuyển từ vị trí thứ 2 @@'; then
    ok "F5: diff names an attachment printed in another place"
else
    not_ok "F5: status $st: $(printf '%s' "$out" | head -c 300)"
fi
out=$("$khgen" diff --no-color "$work/p/f5a.yaml" "$work/p/f5a.yaml" 2>&1); st=$?
if [ "$st" -eq 0 ] && [ -z "$out" ]; then
    ok "F5: the same attachments in the same order are the same (guard)"
else
    not_ok "F5 guard: status $st: $(printf '%s' "$out" | head -c 300)"
fi

# ---- F1: a written cell's lines -------------------------------------------------
# README: "a table's cells keep theirs (a cell's lines are lines in the
# workbook, the .html and the .docx, and joined by <br> in a Markdown
# table)" (session 17, s16attack L5: "; " until then). A written cell of two lines printed them joined by a space in
# every format; the attachment's title, a field of one line, still folds.
small two <<'YAML'
body:
  - para: "Xem {att b1}."
  - table: Các bước
    columns: [stt, {key: a, header: Việc}]
    rows:
      - {a: "Bước một\nBước hai"}
closing: Trên đây là kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn B}
attachments:
  - id: b1
    label: Biểu 01
    title: "Số liệu\nhai dòng"
    columns: [stt, {key: a, header: Nội dung}]
    rows:
      - {a: "dòng 1\ndòng 2"}
      - {a: "đoạn 1\n\nđoạn 2"}
      - a: |
          khối 1
          *khối* 2
YAML
rm -rf "$work/f1"
if "$khgen" build -o "$work/f1" "$work/p/two.yaml" 2>"$work/f1.err"; then
    got=$(/usr/bin/python3 - "$work/f1/two" <<'PY'
import sys, re, html
base = sys.argv[1]
md = open(base + '.md', encoding='utf-8').read()
out = []
out.append('md ' + ' / '.join(l for l in md.split('\n') if l.startswith('| 1 |') or l.startswith('| 2 |') or l.startswith('| 3 |')))
h = open(base + '.html', encoding='utf-8').read()
out.append('html ' + ' / '.join(html.unescape(c) for c in re.findall(r'<td class="l">(.*?)</td>', h)))
import docx
d = docx.Document(base + '.docx')
out.append('docx ' + ' / '.join(r.cells[1].text.replace('\n', '<br>') for t in d.tables
                                if len(t.columns) == 2 and t.rows[0].cells[1].text in ('Việc', 'Nội dung')
                                for r in t.rows[1:]))
import openpyxl
ws = openpyxl.load_workbook(base + '.xlsx').worksheets[0]
out.append('xlsx ' + ' / '.join(str(ws.cell(r, 2).value).replace('\n', '<br>') for r in (6, 7, 8)) + ' | ' + str(ws['A2'].value))
print('\n'.join(out))
PY
)
    want='md | 1 | Bước một<br>Bước hai | / | 1 | dòng 1<br>dòng 2 | / | 2 | đoạn 1<br>đoạn 2 | / | 3 | khối 1<br>khối 2 |
html Bước một<br>Bước hai / dòng 1<br>dòng 2 / đoạn 1<br>đoạn 2 / khối 1<br>khối 2
docx Bước một<br>Bước hai / dòng 1<br>dòng 2 / đoạn 1<br>đoạn 2 / khối 1<br>khối 2
xlsx dòng 1<br>dòng 2 / đoạn 1<br>đoạn 2 / khối 1<br>khối 2 | SỐ LIỆU HAI DÒNG'
    if [ "$got" = "$want" ]; then
        ok "F1: a written cell keeps its lines in every format, a title folds them"
    else
        not_ok "F1: got: $got"
    fi
else
    not_ok "F1: build failed: $(head -c 300 "$work/f1.err")"
fi

# ---- F2: khgen new of a plan whose period spans two years -------------------------
# The notes looked for the old period's last year only: a school-year
# plan's deadline text "trong tháng 12/2024" (its first year) stayed in
# next year's plan, printed, without a note.
edited f2 'date: 2024-01 ' 'date: 2024-06 ' 'opening:' 'period: {from: 2024-07-01, to: 2025-06-30}
opening:' 'due: 2024-Q1' 'due: {in: 2024-12-31, text: "trong tháng 12/2024"}' 'due: 2024-06}' 'due: 2025-03}'
out=$("$khgen" new --from "$work/p/f2.yaml" --year 2026 -o "$work/p/f2-2026.yaml" --force 2>&1); st=$?
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -qE 'f2-2026.yaml:[0-9]+:[0-9]+: note: the text of the body still says 2024: "trong tháng 12/2024"'; then
    ok "F2: new notes the old period's first year left in a deadline's text"
else
    not_ok "F2: status $st: $(printf '%s' "$out" | head -c 600)"
fi

# ---- F3: names whose tone mark sits the old way or the new ----------------------
# "Văn hoá" and "Văn hóa", "Thuỷ" and "Thủy" are one name to a reader (the
# old and the new placement of the tone); two units or localities so named
# were two entries without a word, where two that print alike are KH257.
edited f3 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: vh1, name: Phòng Văn hoá và Thông tin}
  - {id: vh2, name: Phòng Văn hóa và Thông tin}
  - {id: vh3, name: Phòng Văn hòa và Thông tin}' \
    '  - {id: dong-lac,' '  - {id: tx1, name: Thuỷ Xuân, kind: xã}
  - {id: tx2, name: Thủy Xuân, kind: xã}
  - {id: tx3, name: Thùy Xuân, kind: xã}
  - {id: dong-lac,' 'lead: tckh' 'lead: tckh
            suppress: [KH250, KH251]'
out=$("$khgen" check --lang en "$work/p/f3.yaml" 2>&1); st=$?
n=$(printf '%s\n' "$out" | grep -c 'warning\[KH257\]')
if [ "$st" -eq 0 ] && [ "$n" -eq 2 ] &&
    printf '%s\n' "$out" | grep -qF "warning[KH257]: unit 'vh2' ('Phòng Văn hóa và Thông tin') has the name of unit 'vh1' ('Phòng Văn hoá và Thông tin'), its tone mark placed otherwise" &&
    printf '%s\n' "$out" | grep -qF "warning[KH257]: locality 'tx2' ('Thủy Xuân') has the name, kind and parent of 'tx1' ('Thuỷ Xuân'), its tone mark placed otherwise"; then
    ok "F3: two names whose tone mark sits the old way and the new are KH257 (not 'hòa'/'hoà' of another tone)"
else
    not_ok "F3: status $st, $n KH257: $(printf '%s' "$out" | grep KH257 | head -c 600)"
fi

# ---- F4: full-width digits --------------------------------------------------------
# "２０２４-06" (an input method's wide mode) was "not a deadline (write ...
# a month YYYY-MM ...)", which is what it looks like; a '１７' "must be a
# number, not '１７'". KH024 names the digits and gives the ones to write.
edited f4 'due: 2024-Q1' 'due: ２０２４-Q1' 'criteria_met: 17,' 'criteria_met: １７,'
out=$("$khgen" check --lang en "$work/p/f4.yaml" 2>&1); st=$?
if [ "$st" -eq 1 ] &&
    printf '%s\n' "$out" | grep -qE "f4.yaml:[0-9]+:18: warning\[KH024\]: full-width digits '２０２４': .* write them as digits 0-9: '2024'" &&
    printf '%s\n' "$out" | grep -qE "f4.yaml:[0-9]+:[0-9]+: warning\[KH024\]: full-width digits '１７': .*'17'"; then
    ok "F4: full-width digits are KH024, naming the digits 0-9 to write"
else
    not_ok "F4: status $st: $(printf '%s' "$out" | head -c 600)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
