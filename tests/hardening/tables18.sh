#!/bin/sh
# tests/hardening/tables18.sh KHGEN WORKDIR - silently wrong tables (issue 8,
# session 18; /tmp/s18tables/findings.md in its session): a table's value
# that reached a document without passing its column's type.
#  T1 (s18attack L5) `group_by` a decimal `data:` field titled its group
#     rows with the value as written, "123456789012.345", above cells
#     printed "123.456.789.012,345" (every format): a group title is now
#     printed by its column's cell grammar (src/attach_typed.c,
#     att_group_title);
#  T2 the same number written two ways (1234.5 and 1.234,5) made two
#     groups, "1234.5" and "1.234,5", of one value;
#  T3 a `data:` date as a group title printed "2025-03-15" above cells
#     printed 15/03/2025 (with or without a date column showing it);
#  T4 (s18attack L1) a plan's .docx imported back gave its int, year,
#     decimal, percent and date columns as text: the rebuilt document
#     printed them left-aligned (the plan's were centred), the workbook held
#     text, and `khgen diff` of the two plans said nothing. Import now gives
#     a column whose every cell is a value as khgen prints one type that
#     type (src/import_attrows.c, att_read_types).
#
# Each case fails with the binary from before its fix.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/p"

# plan FILE COLUMNS ROWS [LOCALITIES]: a commune's plan with one Biểu 01
plan() {
    cat >"$1" <<EOF
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  place: Đồng Hưu
  date: 2024-02
  title: Kế hoạch công tác
units:
  - {id: vp, name: Văn phòng UBND xã}
localities:
  - id: t1
    name: Thôn 1
    kind: thôn
    data: {dec: 1234.5, big: 123456789012.345, ngay: 2025-03-15}
  - id: t2
    name: Thôn 2
    kind: thôn
    data:
      dec: 1.234,5
      big: 0,001
      ngay: 2025-03-15
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        text: Xong ({att b1}).
        lead: vp
        due: 2024-06
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b1
    label: Biểu 01
    title: Thôn
    columns: $2
    rows: $3
EOF
}

# cells FORMAT FILE: the text of the group rows' titles (md, html, docx, xlsx)
titles() {
    /usr/bin/python3 - "$1" "$2" <<'PY' 2>&1
import sys, re, html
fmt, path = sys.argv[1], sys.argv[2]
romans = ('I', 'II', 'III', 'IV')
if fmt == 'md':
    for line in open(path, encoding='utf-8'):
        c = [x.strip().strip('*') for x in line.split('|')[1:-1]]
        if c and c[0] in romans:
            print(c[1])
elif fmt == 'html':
    s = open(path, encoding='utf-8').read()
    for tr in re.findall(r'<tr[^>]*>(.*?)</tr>', s, re.S):
        c = [html.unescape(re.sub(r'<[^>]+>', '', x)).strip()
             for x in re.findall(r'<td[^>]*>(.*?)</td>', tr, re.S)]
        if c and c[0] in romans:
            print(c[1])
elif fmt == 'docx':
    import docx
    for t in docx.Document(path).tables:
        for r in t.rows:
            c = [x.text.strip() for x in r.cells]
            if c and c[0] in romans:
                print(c[1])
else:
    import openpyxl
    for ws in openpyxl.load_workbook(path).worksheets:
        for r in ws.iter_rows(values_only=True):
            if r and r[0] in romans:
                print(r[1])
PY
}

# all_formats NAME DIR STEM WANT: each format's group titles are WANT
all_formats() {
    bad=""
    for f in md html docx xlsx; do
        got=$(titles "$f" "$2/$3.$f")
        [ "$got" = "$4" ] || bad="$bad $f: [$(printf '%s' "$got" | tr '\n' ',')]"
    done
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
}

cols='[stt, {key: name, header: Tên}, {key: dec, header: D, type: decimal, decimals: 2}, {key: big, header: B, type: decimal}, {key: ngay, header: Ngày, type: date}]'

# ---- T1: group_by a decimal field --------------------------------------------
plan "$work/p/t1.yaml" "$cols" '{from: localities, group_by: big}'
if "$khgen" build -f md,html,docx,xlsx -o "$work/o1" "$work/p/t1.yaml" >"$work/err1" 2>&1; then
    all_formats "T1: a decimal group title prints as its column's cells (123.456.789.012,345)" \
        "$work/o1" t1 "123.456.789.012,345
0,001"
else
    not_ok "T1: build: $(head -c 400 "$work/err1")"
fi

# ---- T2: one number written two ways is one group -----------------------------
plan "$work/p/t2.yaml" "$cols" '{from: localities, group_by: dec}'
if "$khgen" build -f md,html,docx,xlsx -o "$work/o2" "$work/p/t2.yaml" >"$work/err2" 2>&1; then
    all_formats "T2: 1234.5 and 1.234,5 are one group, titled 1.234,50" "$work/o2" t2 "1.234,50"
else
    not_ok "T2: build: $(head -c 400 "$work/err2")"
fi

# ---- T3: a date group title ------------------------------------------------------
plan "$work/p/t3.yaml" "$cols" '{from: localities, group_by: ngay}'
plan "$work/p/t3b.yaml" '[stt, {key: name, header: Tên}]' '{from: localities, group_by: ngay}'
if "$khgen" build -f md,html,docx,xlsx -o "$work/o3" "$work/p/t3.yaml" "$work/p/t3b.yaml" \
    >"$work/err3" 2>&1; then
    all_formats "T3: a date group title prints 15/03/2025, as its column's cells" "$work/o3" t3 "15/03/2025"
    all_formats "T3: a date group title no column shows prints 15/03/2025" "$work/o3" t3b "15/03/2025"
else
    not_ok "T3: build: $(head -c 400 "$work/err3")"
fi

# a built-in field keeps khgen's own phrase (a task's deadline)
plan "$work/p/t3c.yaml" '[stt, {key: task, header: Việc}]' '{from: tasks, group_by: due_date}'
sed -i 's/due: 2024-06$/due: 2024-06-30/' "$work/p/t3c.yaml"
if "$khgen" build -f md -o "$work/o3" "$work/p/t3c.yaml" >"$work/err3c" 2>&1 &&
    [ "$(titles md "$work/o3/t3c.md")" = "ngày 30/6/2024" ]; then
    ok "T3: a deadline group keeps its phrase (ngày 30/6/2024)"
else
    not_ok "T3: deadline: $(titles md "$work/o3/t3c.md" | tr '\n' ,) $(head -c 300 "$work/err3c")"
fi

# ---- T4: a .docx round trip keeps the columns' types ------------------------------
plan "$work/p/rt.yaml" '
      - stt
      - {key: name, header: Nội dung}
      - {key: ma, header: Mã}
      - {key: y, header: Năm, type: year}
      - {key: d, header: Ngày, type: date}
      - {key: n, header: Số hộ, type: int}
      - {key: p, header: Tỷ lệ, type: percent, decimals: 1}
      - {key: x, header: Diện tích, type: decimal}' '
      - {name: Thôn A, ma: A1, y: 2024, d: 2024-06-30, n: 2024, p: 92.5, x: 1234.5}
      - {name: Thôn B, ma: "12", y: 2023, d: 2023-01-15, n: 5, p: 80, x: 3}'
sed -i '/^localities:$/,/^body:$/{/^body:$/!d}' "$work/p/rt.yaml"
if "$khgen" build -f md,docx -o "$work/o4" "$work/p/rt.yaml" >"$work/err4" 2>&1 &&
    "$khgen" import "$work/o4/rt.docx" -o "$work/p/back.yaml" >>"$work/err4" 2>&1 &&
    "$khgen" build -f md,xlsx -o "$work/o4b" "$work/p/back.yaml" >>"$work/err4" 2>&1; then
    if [ "$(grep '^|' "$work/o4/rt.md")" = "$(grep '^|' "$work/o4b/back.md")" ]; then
        ok "T4: the table rebuilt from the imported .docx is the plan's, alignment too"
    else
        grep '^|' "$work/o4/rt.md" >"$work/t4a"
        grep '^|' "$work/o4b/back.md" >"$work/t4b"
        not_ok "T4: tables differ: $(diff "$work/t4a" "$work/t4b" | tr '\n' ' ' | head -c 600)"
    fi
    if grep -qxF '      - {key: c4, header: "Năm", type: year}' "$work/p/back.yaml" &&
        grep -qxF '      - {key: c5, header: "Ngày", type: date}' "$work/p/back.yaml" &&
        grep -qxF '      - {key: c6, header: "Số hộ", type: int}' "$work/p/back.yaml" &&
        grep -qxF '      - {key: c7, header: "Tỷ lệ", type: percent, decimals: 1}' "$work/p/back.yaml" &&
        grep -qxF '      - {key: c8, header: "Diện tích", type: decimal}' "$work/p/back.yaml" &&
        grep -qxF '      - ["Thôn A", "A1", 2024, 2024-06-30, 2024, 92.5, 1234.5]' "$work/p/back.yaml"; then
        ok "T4: the imported plan's columns have their types, its cells plan values"
    else
        not_ok "T4: $(sed -n '/columns:/,$p' "$work/p/back.yaml" | head -c 900)"
    fi
    cells=$(/usr/bin/python3 - "$work/o4b/back.xlsx" <<'PY' 2>&1
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for r in ws.iter_rows(values_only=True):
    if r[1] == 'Thôn A':
        print([type(v).__name__ for v in r[3:]], r[5], r[7])
PY
)
    if [ "$cells" = "['int', 'datetime', 'int', 'float', 'float'] 2024 1234.5" ]; then
        ok "T4: the rebuilt workbook holds numbers and a date, not text"
    else
        not_ok "T4: workbook: $cells"
    fi
else
    not_ok "T4: build/import: $(head -c 600 "$work/err4")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
