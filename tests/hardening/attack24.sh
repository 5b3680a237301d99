#!/bin/sh
# tests/hardening/attack24.sh KHGEN WORKDIR - what the twenty-fourth
# black-box attack found (issue 8; /tmp/s24attack/findings.md in its
# session), going through the office cycle with Word files of its own:
#  F1 last year's Word plan whose attachment page has a line between its
#     title and its table - the unit line "(Đơn vị tính: triệu đồng)" that
#     nearly every Biểu carries, or the title's second bold line: `khgen
#     import` took the line for the note under the table and every row
#     after it for text after the note, so the plan's Biểu had its columns
#     and `rows: []`, its rows kept only as '# review:' comments at the top
#     (KH762); the rebuilt document printed an empty table. Now the rows
#     are read, a title's second bold line is the title's, and the unit
#     line is the note, with a '# review:' comment saying it stood above;
#  F2 a tired drafter editing the imported plan types the word khgen
#     prints beside a field into the field: a basis's `by: của UBND huyện`
#     printed "của của UBND huyện", `number: số 12/QĐ-UBND` "số số", its
#     number with its date "ngày 05/01/2024 ngày 05/01/2024", the header's
#     `code: /KH-UBND` "25//KH-UBND", `place: Yên Thế,` "Yên Thế,, ngày",
#     `number: Số 25` "Số: Số 25", `issuer_short: của UBND xã` "của của"
#     on every attachment page, all with exit 0 and no word. Now printed
#     once, with a warning at the value (KH172);
#  F3 the closing's end mark "./." typed twice ("./../.", "./. ./."), its
#     dot lost ("Xong/.") or its slash doubled ("Xong.//."), as a drafter
#     retypes the mark over the one import kept: printed as typed, or with
#     "./." added after it ("Xong/./.", "Xong.//./."), in every format,
#     exit 0. Now one "./.", as the mark typed with spaces already was;
#  F4 a plan at the README's limit of 1000 attachments whose labels are
#     cut alike to Excel's 31 characters: the sheets are named "... (2)"
#     to "... (999)", and the 1000th "Sheet1000", not by its label (the
#     suffix gave up at 999). Now "... (1000)";
#  F5 a tired drafter adds a row to a table import wrote with its row
#     numbers ({stt: "2", ...}: a body table whose typed totals row import
#     kept) by copying the row above: the document printed "1, 2, 2, 3"
#     with exit 0 and no word. Now KH630 at the number (a jump forward, a
#     row deleted in Word and not renumbered, is what the document printed
#     and is left alone);
#  F6 the same Word plan through pandoc (`pandoc -t gfm` or `-t markdown`,
#     as a department sends it back as text): pandoc writes a point typed
#     "a) Tổng giá trị ..." as "a\) Tổng giá trị ...", which import read as
#     a paragraph, and `khgen diff` of the .docx's import and the .md's
#     showed "[-a)-]{+a\)+}", an escape the document never prints, for
#     every point. Now read as a point, as "1\." and "\- " already were.
#
# Each case fails with the binary from before its fix; the guards passed
# before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- F1: a line between an attachment's title and its table -------------------
mkdir -p "$work/f1"
if /usr/bin/python3 "$(dirname "$0")/attack24_docx.py" "$work/f1"; then
    for doc in unit title2; do
        "$khgen" import "$work/f1/$doc.docx" -o "$work/f1/$doc.yaml" 2>"$work/f1/$doc.err"
        st=$?
        if [ $st -eq 0 ] && grep -q '^      - \["Lệ phí trước bạ", 1200, 1250\]$' "$work/f1/$doc.yaml" &&
            grep -q '^      - {heading: "Thu cân đối"}$' "$work/f1/$doc.yaml" &&
            grep -q '^    totals: "Tổng cộng"$' "$work/f1/$doc.yaml" &&
            ! grep -q 'KH762' "$work/f1/$doc.err" "$work/f1/$doc.yaml"; then
            ok "F1 $doc: the attachment's rows are read, not left in '# review:' comments"
        else
            not_ok "F1 $doc: import $st: $(sed -n '/^attachments:/,$p' "$work/f1/$doc.yaml" | head -30) $(head -c 400 "$work/f1/$doc.err")"
        fi
    done
    if grep -q '^    title: DỰ TOÁN THU NGÂN SÁCH XÃ NĂM {year}$' "$work/f1/title2.yaml" &&
        ! grep -q '^    note:' "$work/f1/title2.yaml"; then
        ok "F1: a title over two bold lines is the title, no note"
    else
        not_ok "F1: title2: $(grep -n 'title:\|note:' "$work/f1/title2.yaml")"
    fi
    # session 32 (s32fixmed): the plan language has `unit:` now, printed
    # above the table where it stood; the line is no longer the note
    if grep -q '^    unit: triệu đồng$' "$work/f1/unit.yaml" &&
        ! grep -q '^    note:' "$work/f1/unit.yaml"; then
        ok "F1: the unit line is the attachment's unit:, not the note under the table"
    else
        not_ok "F1: unit line: $(grep -n 'note\|Đơn vị tính' "$work/f1/unit.yaml")"
    fi
    "$khgen" import "$work/f1/unitnote.docx" -o "$work/f1/unitnote.yaml" 2>"$work/f1/unitnote.err"
    if grep -q '^      - \["Lệ phí trước bạ", 1200, 1250\]$' "$work/f1/unitnote.yaml" &&
        grep -q '^    unit: triệu đồng$' "$work/f1/unitnote.yaml" &&
        grep -q '^    note: "Nguồn: Ban Tài chính xã."$' "$work/f1/unitnote.yaml"; then
        ok "F1: a unit line above and a note under the table: unit: and note:"
    else
        not_ok "F1: unitnote: $(sed -n '/^    rows:/,$p' "$work/f1/unitnote.yaml" | head -12) $(head -c 300 "$work/f1/unitnote.err")"
    fi
    # the plan checks and prints the rows and the unit line
    if "$khgen" build -f md,xlsx -o "$work/f1/o" "$work/f1/unit.yaml" >/dev/null 2>"$work/f1/b.err" &&
        grep -q '^| 2 | Lệ phí trước bạ | 1.200 | 1.250 |$' "$work/f1/o/unit.md" &&
        grep -q 'Đơn vị tính: triệu đồng' "$work/f1/o/unit.md"; then
        ok "F1: the imported plan builds its Biểu with the rows and the unit line"
    else
        not_ok "F1: build: $(head -c 400 "$work/f1/b.err") $(grep -n 'Lệ phí\|Đơn vị' "$work/f1/o/unit.md" 2>&1)"
    fi
else
    not_ok "setup: attack24_docx.py could not write the documents"
fi

# ---- F2: a field that repeats the word printed beside it ----------------------
mkdir -p "$work/f2"
cat >"$work/f2/p.yaml" <<'YAML'
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
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns: [{key: n, header: Nội dung}]
    rows: [[Một]]
    suppress: [KH253]
YAML
"$khgen" build -f md -o - "$work/f2/p.yaml" >"$work/f2/p.md" 2>"$work/f2/p.err" ||
    not_ok "setup: F2's plan: $(head -c 300 "$work/f2/p.err")"
# f2case NAME OLD NEW LINE: the plan with OLD (once) replaced by NEW prints
# what the plan prints, with one KH172 at LINE
f2case() {
    /usr/bin/python3 - "$work/f2/p.yaml" "$work/f2/$1.yaml" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert sys.argv[3] in s, sys.argv[3]
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(sys.argv[3], sys.argv[4], 1))
PY
    "$khgen" build -f md -o - "$work/f2/$1.yaml" >"$work/f2/$1.md" 2>"$work/f2/$1.err"
    st=$?
    if [ $st -eq 0 ] && cmp -s "$work/f2/p.md" "$work/f2/$1.md" &&
        [ "$(grep -c 'warning\[KH172\]' "$work/f2/$1.err")" = 1 ] &&
        grep -q "^$work/f2/$1.yaml:$4: warning\[KH172\]" "$work/f2/$1.err"; then
        ok "F2 $1: '$3' printed as the plan without it, KH172 at $4"
    else
        not_ok "F2 $1: status $st: $(diff "$work/f2/p.md" "$work/f2/$1.md" | head -4) $(head -c 400 "$work/f2/$1.err")"
    fi
}
f2case by-cua 'by: UBND huyện' 'by: của UBND huyện' 14:9
f2case number-so 'number: 1234/QĐ-UBND' 'number: số 1234/QĐ-UBND' 12:13
f2case number-date 'number: 1234/QĐ-UBND' 'number: 1234/QĐ-UBND ngày 05/01/2025' 12:13
f2case code-slash 'code: KH-UBND' 'code: /KH-UBND' 6:9
f2case place-comma 'place: Đồng Hưu' 'place: Đồng Hưu,' 7:10
f2case place-ngay 'place: Đồng Hưu' 'place: Đồng Hưu ngày' 7:10
f2case number-So 'number: 25' 'number: Số 25' 5:11
f2case short-cua 'issuer_short: UBND' 'issuer_short: của UBND' 4:17
# guards: the words inside a value, and a number with no date of its own
cat >"$work/f2/g.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2025-01-15
  title: Thử năm {year}
bases:
  - {kind: Quyết định, number: 12/QĐ-UBND ngày 05/01/2025, by: Sở Y tế của tỉnh}
  - {kind: Kế hoạch, number: 3/KH-BCĐ, date: 2025-01-06, by: Ban Chỉ đạo số 1, about: của năm}
units:
  - {id: a, name: Trạm Y tế xã}
body:
  - task: Chuẩn bị cơ số thuốc.
    lead: a
YAML
if "$khgen" check "$work/f2/g.yaml" >/dev/null 2>"$work/f2/g.err" && ! grep -q KH172 "$work/f2/g.err"; then
    ok "F2 guard: 'của', 'số' and 'ngày' inside a value, a number with its date and no 'date': no KH172"
else
    not_ok "F2 guard: $(head -c 400 "$work/f2/g.err")"
fi

# guard: a --templates wording.yaml whose basis prints no "của" prints the value's
mkdir -p "$work/f2/tpl"
printf '%s\n' 'basis: "Căn cứ {{kind}}{{#number}} số {{number}}{{/number}} ngày {{date}}{{#issuer}} {{issuer}}{{/issuer}}{{#subject}} {{subject}}{{/subject}}"' >"$work/f2/tpl/wording.yaml"
if "$khgen" build -f md -o - --templates "$work/f2/tpl" "$work/f2/by-cua.yaml" 2>"$work/f2/t.err" |
    grep -q 'ngày 05/01/2025 của UBND huyện Yên Thế về việc' && ! grep -q KH172 "$work/f2/t.err"; then
    ok "F2 guard: a wording without 'của' prints the 'của' of 'by', no KH172"
else
    not_ok "F2 guard: wording without 'của': $(head -c 400 "$work/f2/t.err")"
fi

# ---- F3: the closing's end mark typed twice, or with a mark lost ---------------
mkdir -p "$work/f3"
# f3case TYPED PRINTED: the closing "TYPED" prints "PRINTED" in the .md
f3case() {
    sed "s|^closing: .*|closing: \"$1\"|" "$work/p/ex.yaml" >"$work/f3/c.yaml"
    got=$("$khgen" build -f md -o - "$work/f3/c.yaml" 2>"$work/f3/c.err" | grep -F -x -- "$2")
    if [ "$got" = "$2" ]; then
        ok "F3: closing '$1' prints '$2'"
    else
        not_ok "F3: closing '$1': want '$2', got: $("$khgen" build -f md -o - "$work/f3/c.yaml" 2>&1 | grep '^Xong\|^v\.v' | head -3)"
    fi
}
readme_base
f3case 'Xong./../.' 'Xong./.'
f3case 'Xong./. ./.' 'Xong./.'
f3case 'Xong/.' 'Xong./.'
f3case 'Xong.//.' 'Xong./.'
f3case 'Xong!/.' 'Xong!./.'
# guards: as the README has them
f3case 'Xong./.' 'Xong./.'
f3case 'Xong. /.' 'Xong./.'
f3case 'Xong./' 'Xong./.'
f3case 'v.v.../.' 'v.v.../.'
f3case 'v.v...' 'v.v.../.'
f3case 'Xong!' 'Xong!./.'

# ---- F4: 1000 attachments whose labels are cut alike ---------------------------
mkdir -p "$work/f4"
/usr/bin/python3 - "$work/f4/p.yaml" <<'PY'
import sys
out = ['khgen: 1\nheader: {issuer: [UBND], issuer_short: UBND, place: X, date: 2025-01-05, title: T}\n'
       'units: [{id: a, name: A}]\nbody: [{task: x, lead: a}]\nattachments:\n']
for a in range(1000):
    out.append('  - {id: b%d, label: "Phụ lục AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA %04d", title: T, '
               'suppress: [KH253], columns: [{key: n, header: N}], rows: [[x]]}\n' % (a, a))
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(out))
PY
"$khgen" build -f xlsx -o "$work/f4/o" "$work/f4/p.yaml" >/dev/null 2>"$work/f4/err"
st=$?
names=$(unzip -p "$work/f4/o/p.xlsx" xl/workbook.xml 2>/dev/null | grep -o '<sheet name="[^"]*"' | sed 's/<sheet name="//; s/"$//')
if [ $st -eq 0 ] && [ "$(printf '%s\n' "$names" | sort -u | wc -l)" = 1000 ] &&
    [ "$(printf '%s\n' "$names" | tail -1)" = "Phụ lục AAAAAAAAAAAAAAAA (1000)" ] &&
    ! printf '%s\n' "$names" | grep -q '^Sheet'; then
    ok "F4: the 1000th of labels cut alike is '... (1000)', not 'Sheet1000'"
else
    not_ok "F4: build $st, last sheets: $(printf '%s\n' "$names" | tail -2 | tr '\n' ';') $(head -c 300 "$work/f4/err")"
fi

# ---- F5: a row number typed that repeats the one above ---------------------------
mkdir -p "$work/f5"
if [ -f "$work/f1/unit.docx" ]; then
    # the F1 document's body has no table: its Biểu, moved into the body as
    # import writes a body table with a typed totals row, {stt: "1", ...}
    cat >"$work/f5/p.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2025-03-05
  title: Thử năm {year}
units:
  - {id: a, name: Phòng A}
body:
  - task: Rà soát
    lead: a
  - table: Dự trù kinh phí
    columns:
      - {key: stt, type: stt, header: "TT"}
      - {key: c2, header: "Nội dung"}
      - {key: c3, header: "Số lượng"}
    rows:
      - {stt: "1", c2: "Áo phao", c3: "120"}
      - {stt: "2", c2: "Phao tròn", c3: "40"}
      - {stt: "2", c2: "Nhà bạt", c3: "5"}
      - {stt: "3", c2: "Đèn pin", c3: "25"}
      - {stt: "", c2: "Tổng cộng", c3: "190"}
      - {heading: "Khác"}
      - {stt: "1", c2: "Loa", c3: "2"}
      - {stt: "5", c2: "Áo mưa", c3: "9"}
YAML
    "$khgen" check "$work/f5/p.yaml" >/dev/null 2>"$work/f5/err"
    st=$?
    if [ $st -eq 0 ] && [ "$(grep -c 'warning\[KH630\]' "$work/f5/err")" = 1 ] &&
        grep -q "^$work/f5/p.yaml:20:15: warning\[KH630\]: this row is numbered 2 under a row numbered 2" "$work/f5/err"; then
        ok "F5: '1, 2, 2, 3' typed in an STT column is KH630 at the second 2 (not at a group's 1 nor a jump to 5)"
    else
        not_ok "F5: check $st: $(head -c 500 "$work/f5/err")"
    fi
fi
# guard: the README's example and an import's own STT numbers, 1, 2, 3: no KH630
readme_base
"$khgen" check "$work/p/ex.yaml" >/dev/null 2>"$work/f5/ex.err"
if ! grep -q KH630 "$work/f5/ex.err"; then
    ok "F5 guard: the README's example gives no KH630"
else
    not_ok "F5 guard: $(head -c 300 "$work/f5/ex.err")"
fi

# ---- F6: pandoc's escaped point label "a\)" -----------------------------------------
mkdir -p "$work/f6"
cat >"$work/f6/p.md" <<'MD'
**KẾ HOẠCH**

**Thực hiện năm 2024**

**I. MỤC TIÊU**

**1. Chỉ tiêu kinh tế**

a\) Tổng giá trị sản xuất đạt 512,5 tỷ đồng.

b\) Thu nhập bình quân đạt 52 triệu đồng.

\- Gieo cấy 450 ha lúa.
MD
"$khgen" import "$work/f6/p.md" -o "$work/f6/p.yaml" 2>"$work/f6/err"
st=$?
if [ $st -eq 0 ] && grep -q '^          - point: Tổng giá trị sản xuất đạt 512,5 tỷ đồng.$' "$work/f6/p.yaml" &&
    grep -q '^          - point: Thu nhập bình quân đạt 52 triệu đồng.$' "$work/f6/p.yaml" &&
    ! grep -q 'a\\)' "$work/f6/p.yaml"; then
    ok "F6: pandoc's 'a\\) x' is a point, as 'a) x' is"
else
    not_ok "F6: import $st: $(sed -n '/^body:/,$p' "$work/f6/p.yaml" | head -12) $(head -c 300 "$work/f6/err")"
fi

# ---- F7: the year of a law's name is no plan year ------------------------------------
mkdir -p "$work/f7"
printf 'KẾ HOẠCH\n\nTuyên truyền pháp luật năm 2024\n\nI. NỘI DUNG\n\n1. Tuyên truyền Luật Đất đai năm 2024, Bộ luật Lao động năm 2019 và Luật Căn cước năm 2023.\n\n2. Triển khai Nghị quyết số 18-NQ/TW năm 2024 và Kế hoạch năm 2024 của UBND tỉnh.\n\nTrên đây là Kế hoạch./.\n' >"$work/f7/p.txt"
"$khgen" import "$work/f7/p.txt" -o "$work/f7/p.yaml" 2>"$work/f7/err" &&
    "$khgen" new --from "$work/f7/p.yaml" --year 2025 -o "$work/f7/n.yaml" >"$work/f7/new.out" 2>&1
st=$?
printed=$("$khgen" build -f md -o - "$work/f7/n.yaml" 2>/dev/null)
if [ $st -eq 0 ] && printf '%s' "$printed" | grep -q 'Luật Đất đai năm 2024, Bộ luật Lao động năm 2019 và Luật Căn cước năm 2023\.' &&
    printf '%s' "$printed" | grep -q 'Nghị quyết số 18-NQ/TW năm 2024 và Kế hoạch năm 2025 của UBND tỉnh'; then
    ok "F7: next year's plan cites 'Luật Đất đai năm 2024', 'Luật Căn cước năm 2023', 'số 18-NQ/TW năm 2024' as issued"
else
    not_ok "F7: status $st: $(printf '%s' "$printed" | grep 'Luật\|Nghị') $(head -c 300 "$work/f7/err")"
fi

# ---- F8: a deadline's text that says another deadline than its date --------------------
mkdir -p "$work/f8"
printf 'KẾ HOẠCH\n\nXây dựng nông thôn mới năm 2024\n\nI. NHIỆM VỤ\n\n1. Quy hoạch\n\n- Rà soát quy hoạch chung.\n\n+ Đơn vị thực hiện: Văn phòng UBND xã.\n\n+ Thời gian thực hiện: Quý II/2024.\n\n- Công bố quy hoạch.\n\n+ Đơn vị thực hiện: Văn phòng UBND xã.\n\n+ Thời gian thực hiện: Trước ngày 30/9/2024.\n\nTrên đây là Kế hoạch./.\n' >"$work/f8/p.txt"
"$khgen" import "$work/f8/p.txt" -o "$work/f8/p.yaml" 2>"$work/f8/imp.err"
"$khgen" check "$work/f8/p.yaml" >/dev/null 2>"$work/f8/p.err"
sed 's/due: {in: 2024-Q2, /due: {in: 2024-Q3, /' "$work/f8/p.yaml" >"$work/f8/q3.yaml"
"$khgen" check "$work/f8/q3.yaml" >/dev/null 2>"$work/f8/q3.err"
st=$?
line=$(grep -n 'due: {in: 2024-Q3' "$work/f8/q3.yaml" | cut -d: -f1)
if grep -q 'due: {in: 2024-Q2, text: "Quý II/{year}."}' "$work/f8/p.yaml" && ! grep -q KH319 "$work/f8/p.err" &&
    [ $st -eq 0 ] && [ "$(grep -c 'warning\[KH319\]' "$work/f8/q3.err")" = 1 ] &&
    grep -q "^$work/f8/q3.yaml:$line:[0-9]*: warning\[KH319\]: the deadline's text 'Quý II/2024.' says 2024-Q2, but its date is 2024-Q3" "$work/f8/q3.err"; then
    ok "F8: 'Quý II/{year}.' over in: 2024-Q3 is KH319; the import itself (and 'Trước ngày 30/9' over that day) is not"
else
    not_ok "F8: check $st: $(grep -n 'due:' "$work/f8/q3.yaml" | head -3) $(head -c 400 "$work/f8/q3.err") / $(head -c 200 "$work/f8/p.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
