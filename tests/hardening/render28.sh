#!/bin/sh
# tests/hardening/render28.sh KHGEN WORKDIR - what session 28's black-box
# look at what khgen writes found (issue 8; /tmp/s28render/findings.md in
# its session), each output read by its real reader (render28_text.py: the
# .html's text as a browser shows it, the .md through pandoc and cmark, the
# .docx through python-docx, the .xlsx through openpyxl):
#  F1 a structured legal basis joins its Markdown fields (`name`, `by`,
#     `about`, `intro`) into one Markdown sentence as they were: a '`' in
#     `by` and one in `about` made one code span over the words between
#     them ("UBND a `b về c` d", in code font, with the escapes of the
#     fields between printed: "\<b>"), and "UBND *tỉnh" before "về* việc"
#     lost both stars to an emphasis, in every format, exit 0. Each field
#     is now written back closed in itself (render.c, put_basis_field);
#  F2 a basis's `name` and `intro`, checked as text that expands
#     references, were printed unexpanded: "{year}" with its braces and
#     "{{" as two braces, where every other text prints 2024 and "{";
#  F3 a number written with a decimal point, 1234.5 or 0.125 unquoted, in
#     a text column (no `type`), in a written row or in the `data:` a
#     generated table shows, printed "1234.5" and "0.125" in every format,
#     where the document writes numbers 1.234,5 (a reader takes the dot
#     for the thousands dot: 0.125 for 125) and the figures over the same
#     data print "1.234,5", exit 0 without a word: now KH636, the first of
#     each column, with the `decimal` type to give it (a value in quotes is
#     a code, "17.12", and left alone);
#  F4 a generated table grouped by a `data:` number no typed column shows
#     headed its group "1234.5" (C notation) in every format, and put the
#     locality whose value is written 1.234,5 in a group of its own: now
#     the title is the number as a decimal column prints it, "1.234,5",
#     one group (a number written otherwise, 20800 or a code 04, as
#     written, as before);
#  F5 `{due}` of an `ongoing` deadline inside a sentence of a task's text
#     printed the wording's capital, "Triển khai Thường xuyên trong năm
#     2024.", in every format; it continues the sentence now, lower case,
#     as after a `prefix:` (at a sentence's start, and a deadline's own
#     `text:`, as written);
#  F6 `khgen diff` joined a heading's title and its text, two Markdown
#     texts, raw into one line: a backtick in each made a code span over
#     the words between them, so the terminal and HTML diffs dropped both
#     backticks and `--format md` showed the escapes between them
#     ("\<b>") in code font; each is closed in itself now (diff_parts.c);
#  F7 `{list rows ATT COLUMN}` of a decimal column printed "1,5, 2,25, 3 ha"
#     and `{list ...}` of names holding a comma "Thôn 1, 2, B": the decimal
#     comma and the separator alike, ambiguous in every format; a list with
#     a comma in an item is joined by "; " now (figures_eval.c).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
texts=$top/tests/hardening/render28_text.py

# plan NAME: a small finished plan whose `bases:` entries are read from
# stdin, as $P/NAME.yaml
plan() {
    {
        cat <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
bases:
YAML
        cat
        cat <<'YAML'
opening: "UBND xã xây dựng Kế hoạch như sau:"
body:
  - section: MỤC TIÊU
    items:
      - para: Hoàn thành các nhiệm vụ năm {year}.
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
    } >"$P/$1.yaml"
}

# shows NAME CASE TEXT...: $P/NAME.yaml builds (md, html, docx) with exit 0
# and each format, read by its reader, shows every TEXT (one line of it)
shows() {
    name=$1
    what=$2
    shift 2
    rm -rf "$work/built"
    if ! "$khgen" build -f md,html,docx -o "$work/built" "$P/$name.yaml" >"$work/log" 2>&1; then
        not_ok "$what (build failed: $(head -1 "$work/log"))"
        return
    fi
    bad=
    for f in md html docx; do
        /usr/bin/python3 "$texts" "$work/built/$name.$f" >"$work/$name.$f.txt" 2>&1 || bad="$bad $f(reader)"
        for want in "$@"; do
            grep -qF -- "$want" "$work/$name.$f.txt" || bad="$bad $f"
        done
    done
    if [ -z "$bad" ]; then ok "$what"; else not_ok "$what (wrong in:$bad)"; fi
}

# ---- F1: a basis's fields closed in themselves ---------------------------------
plan f1-code <<'YAML'
  - {kind: Quyết định, number: 1/QĐ-UBND, date: 2023-02-22, by: "UBND huyện a ` b", about: "về việc c ` d"}
YAML
shows f1-code "F1 a '\`' in 'by' and one in 'about' print as typed, no code span between them" \
    'Căn cứ Quyết định số 1/QĐ-UBND ngày 22/02/2023 của UBND huyện a ` b về việc c ` d.'

plan f1-star <<'YAML'
  - {kind: Quyết định, number: 2/QĐ-UBND, date: 2023-02-22, by: "UBND *tỉnh", about: "về* việc"}
YAML
shows f1-star "F1 a '*' in 'by' and one in 'about' print both, no emphasis between them" \
    'của UBND *tỉnh về* việc.'

plan f1-escapes <<'YAML'
  - {kind: Quyết định, number: 3/QĐ-UBND, date: 2023-02-22, by: "Sở <b>A</b> ` B", about: "về <i>C</i> & D `"}
YAML
shows f1-escapes "F1 '<' and '&' of 'by' and 'about' between two '\`' print as typed, no backslash" \
    'của Sở <b>A</b> ` B về <i>C</i> & D `.'

plan f1-name <<'YAML'
  - {kind: Luật, name: "Tổ chức ` chính quyền", date: 2015-06-19, by: "Quốc hội `", about: "x"}
YAML
shows f1-name "F1 a '\`' in a law's 'name' and one in 'by' print as typed" \
    'Căn cứ Luật Tổ chức ` chính quyền ngày 19/6/2015 của Quốc hội ` x.'

plan f1-intro <<'YAML'
  - {kind: Luật, name: "Tổ chức* chính quyền", date: 2015-06-19, intro: "Căn cứ *vào"}
YAML
shows f1-intro "F1 a '*' in 'intro' and one in 'name' print both" \
    'Căn cứ *vào Luật Tổ chức* chính quyền ngày 19/6/2015.'

# guard: a field's own emphasis and link are kept
plan f1-guard <<'YAML'
  - {kind: Quyết định, number: 4/QĐ-UBND, date: 2023-02-22, by: "UBND tỉnh", about: "về việc [ban hành](https://x.gov.vn/a) quy chế"}
YAML
shows f1-guard "F1 guard: a link in 'about' stays a link's text" \
    'của UBND tỉnh về việc ban hành quy chế.'

# ---- F2: name and intro expanded as every text is ------------------------------
plan f2 <<'YAML'
  - {kind: Luật, name: "Ngân sách nhà nước năm {year} {{sửa đổi}}", date: 2015-06-25, intro: "Căn cứ {{theo}}"}
YAML
shows f2 "F2 a law's 'name' and 'intro' expand {year} and print '{{' as '{'" \
    'Căn cứ {theo} Luật Ngân sách nhà nước năm 2024 {sửa đổi} ngày 25/6/2015.'

# ---- F3: a number with a decimal point in a text column -----------------------
# attachment NAME: a plan with one attachment whose lines are read from stdin
attachment() {
    {
        plan_head
        cat <<'YAML'
body:
  - para: Chi tiết theo {att b1} đính kèm.
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b1
    label: Biểu 01
    title: Diện tích
YAML
        cat
    } >"$P/$1.yaml"
}
plan_head() {
    cat <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
localities:
  - {id: a, name: An Phú, kind: thôn, data: {dien_tich: 1234.5, ma: "17.12", so: 20800}}
  - {id: b, name: Bình Minh, kind: thôn, data: {dien_tich: 0.125, ma: "18.1", so: 12}}
YAML
}
# warns NAME CASE LINE:COL TEXT: `khgen check` of $P/NAME.yaml ends 0 with
# exactly one KH636, at LINE:COL, whose message holds TEXT
warns() {
    "$khgen" check "$P/$1.yaml" >"$work/$1.out" 2>&1
    st=$?
    n=$(grep -c 'warning\[KH636\]' "$work/$1.out")
    if [ $st -eq 0 ] && [ "$n" -eq 1 ] && grep -q "^$P/$1.yaml:$3: warning\[KH636\]" "$work/$1.out" &&
        grep -qF -- "$4" "$work/$1.out"; then
        ok "$2"
    else
        not_ok "$2 (status $st, $n KH636: $(grep -m1 KH636 "$work/$1.out" | head -c 300))"
    fi
}
# quiet NAME CASE: `khgen check` of $P/NAME.yaml ends 0 without KH636
quiet() {
    "$khgen" check "$P/$1.yaml" >"$work/$1.out" 2>&1
    st=$?
    if [ $st -eq 0 ] && ! grep -q 'KH636' "$work/$1.out"; then ok "$2"; else
        not_ok "$2 (status $st: $(head -c 300 "$work/$1.out"))"; fi
}

attachment f3-data <<'YAML'
    columns: [stt, {key: name, header: Thôn}, {key: dien_tich, header: Diện tích (ha)}]
    rows: {from: localities}
YAML
warns f3-data "F3 a data: 1234.5 a text column shows: KH636 once, at the value, with 1.234,5" \
    9:57 "prints '1234.5' as written, with a decimal point, where the document writes the number '1.234,5'"

attachment f3-rows <<'YAML'
    columns: [stt, {key: t, header: Thôn}, {key: d, header: Diện tích}]
    rows:
      - [An Phú, 20800]
      - [Bình Minh, 0.125]
      - [Cường, 2.5]
YAML
warns f3-rows "F3 a written 0.125 in a text column: KH636 once (the first of the column), with 0,125" \
    25:21 "where the document writes the number '0,125'"

# guards: a quoted code, a whole number, a typed column, a `value:` column, no KH636
attachment f3-code <<'YAML'
    columns: [stt, {key: name, header: Thôn}, {key: ma, header: Chỉ tiêu}, {key: so, header: Số}]
    rows: {from: localities}
YAML
quiet f3-code "F3 guard: a code in quotes (\"17.12\") and a whole number in a text column: no KH636"
attachment f3-typed <<'YAML'
    columns: [stt, {key: name, header: Thôn}, {key: dien_tich, header: Diện tích, type: decimal}, {key: x, header: X, value: "1.5"}]
    rows: {from: localities}
YAML
quiet f3-typed "F3 guard: the same data in a decimal column, and a value: column, no KH636"
shows f3-typed "F3 guard: a decimal column prints 1.234,5 and 0,125" "1.234,5" "0,125"

# ---- F4: a group title of a data number in C notation -------------------------
attachment f4 <<'YAML'
    columns: [stt, {key: name, header: Thôn}]
    rows: {from: localities, group_by: dien_tich, group_titles: {"0.125": Nhóm nhỏ}}
YAML
/usr/bin/python3 - "$P/f4.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace('  - {id: b, name: Bình Minh, kind: thôn, data: {dien_tich: 0.125, ma: "18.1", so: 12}}',
              '  - {id: b, name: Bình Minh, kind: thôn, data: {dien_tich: 0.125, ma: "18.1", so: 12}}\n'
              '  - id: c\n    name: Cường Thịnh\n    kind: thôn\n    data:\n      dien_tich: 1.234,5\n')
open(p, 'w', encoding='utf-8').write(s)
PY
shows f4 "F4 guard: the group titles print 1.234,5 and group_titles' \"0.125\" is still found" \
    "1.234,5" "Nhóm nhỏ"
if grep -q "1234.5" "$work/f4.html.txt" "$work/f4.md.txt" "$work/f4.docx.txt" ||
    [ "$(grep -c '^I*$' "$work/f4.html.txt")" -ne 2 ]; then
    not_ok "F4 data 1234.5 and 1.234,5 (no typed column): one group titled 1.234,5, no '1234.5' printed ($(tr '\n' '|' <"$work/f4.html.txt" | head -c 300))"
else
    ok "F4 data 1234.5 and 1.234,5 (no typed column): one group titled 1.234,5, no '1234.5' printed"
fi

# ---- F5: {due} inside a sentence -------------------------------------------------
cat >"$P/f5.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
units:
  - {id: vp, name: Văn phòng}
body:
  - task: ""
    text: "Triển khai {due}."
    lead: vp
    due: ongoing
  - task: ""
    text: "{due}: kiểm tra định kỳ."
    lead: vp
    due: ongoing
  - task: ""
    text: "Rà soát {due}."
    lead: vp
    due: {in: ongoing, text: "Thường xuyên cả năm"}
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
shows f5 "F5 {due} of 'ongoing' inside a sentence: 'Triển khai thường xuyên trong năm 2024.'" \
    "Triển khai thường xuyên trong năm 2024."
shows f5 "F5 guard: at a sentence's start, on the task's line and a text: of its own, the capital stays" \
    "Thường xuyên trong năm 2024: kiểm tra định kỳ." "Thời gian thực hiện: Thường xuyên trong năm 2024" \
    "Rà soát Thường xuyên cả năm."

# ---- F6: khgen diff of a heading whose title and text hold a backtick each -----
plan f6a <<'YAML'
  - {kind: Quyết định, number: 5/QĐ-UBND, date: 2023-02-22, by: UBND huyện}
YAML
/usr/bin/python3 - "$P/f6a.yaml" "$P/f6b.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = "      - para: Hoàn thành các nhiệm vụ năm {year}.\n"
assert old in s
a = s.replace(old, old + "      - clause: \"Mã ` <b>một</b>\"\n        text: \"hai ` ba\"\n")
b = a.replace("Mã ` <b>một</b>", "Mã ` <b>một</b> mới")
open(sys.argv[1], 'w', encoding='utf-8').write(a)
open(sys.argv[2], 'w', encoding='utf-8').write(b)
PY
"$khgen" diff --no-color "$P/f6a.yaml" "$P/f6b.yaml" >"$work/f6.term" 2>&1
"$khgen" diff --format md "$P/f6a.yaml" "$P/f6b.yaml" >"$work/f6.md" 2>&1
pandoc -f gfm -t plain "$work/f6.md" >"$work/f6.md.txt" 2>&1
if grep -qF 'Mã ` [-<b>một</b>:-]{+<b>một</b> mới:+} hai ` ba' "$work/f6.term" &&
    grep -qF 'Mã ` ' "$work/f6.md.txt" && grep -qF '<b>một</b> mới: hai ` ba' "$work/f6.md.txt"; then
    ok "F6 khgen diff (terminal, and --format md read by pandoc) shows the heading's two backticks and its <b> as typed"
else
    not_ok "F6 khgen diff: $(grep -F 'Mã' "$work/f6.term" | head -c 200) / $(grep -F 'Mã' "$work/f6.md.txt" | head -c 200)"
fi

# ---- F7: a list of decimals --------------------------------------------------------
attachment f7 <<'YAML'
    columns: [stt, {key: name, header: Thôn}, {key: dien_tich, header: Diện tích, type: decimal}]
    rows: {from: localities}
YAML
/usr/bin/python3 - "$P/f7.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace("  - para: Chi tiết theo {att b1} đính kèm.",
              "  - para: \"Chi tiết theo {att b1} đính kèm: {list rows b1 dien_tich} ha; {list localities}.\"")
open(p, 'w', encoding='utf-8').write(s)
PY
shows f7 "F7 {list rows} of a decimal column joined by '; ' (1.234,5; 0,125), names without a comma by ', '" \
    "đính kèm: 1.234,5; 0,125 ha; An Phú, Bình Minh."

# timed: the check walks each generated row's data once per text column;
# 2,500 and 10,000 localities of 20 data keys under 8 text columns, the
# last a decimal: CPU at 4n within 6 times n's
gen_many() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
keys = ', '.join('k%d: %d' % (j, j) for j in range(19))
with open(out, 'w', encoding='utf-8') as f:
    f.write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
body:
  - para: Chi tiết theo {att b1} đính kèm.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns: [stt, {key: name, header: Tên}, """ +
        ', '.join('{key: k%d, header: K%d}' % (j, j) for j in range(6)) +
        """, {key: d, header: D}]
    rows: {from: localities}
localities:
""")
    for i in range(n):
        f.write('  - {id: x%d, name: "Thôn %d", kind: thôn, data: {%s, d: %d.5}}\n' % (i, i, keys, i))
PY
}
# (5,000 and 20,000 since session 48: 2,500 took 0.07 s, seven of the
# clock's hundredths, too few to time beside a loaded machine's noise)
gen_many 5000 "$P/t-many1.yaml"
gen_many 20000 "$P/t-many4.yaml"
scaling_case "F3 KH636 over 5,000 and 20,000 rows of 20 data keys" \
    "$timed" check "$P/t-many1.yaml" -- "$timed" check "$P/t-many4.yaml"

# timed: each basis's fields written back one by one (F1), each {due}
# looking back over the marks before it (F5): 3,000 and 12,000 bases whose
# fields hold a backtick, a star and a link; 6,000 and 24,000 {due} after
# runs of '*' and '(' in one task's text. CPU at 4n within 6 times n's.
gen_bases() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
with open(out, 'w', encoding='utf-8') as f:
    f.write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
units:
  - {id: vp, name: Văn phòng}
bases:
""")
    for i in range(n):
        f.write('  - {kind: Quyết định, number: "%d/QĐ-UBND", date: 2023-02-22, by: "UBND ` *tỉnh %d", '
                'about: "về* [việc](https://x.gov.vn/%d) ` %d", name: "Luật ` %d"}\n' % (i + 1, i, i, i, i))
    f.write("""body:
  - task: ""
    text: "%s"
    lead: vp
    due: ongoing
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
""" % ' '.join('Việc %d ***((({due}' % i for i in range(2 * n)))
PY
}
gen_bases 3000 "$P/t-bases1.yaml"
gen_bases 12000 "$P/t-bases4.yaml"
scaling_case "F1/F5 build -f md of 3,000 and 12,000 bases, 6,000 and 24,000 {due}" \
    "$timed" build -f md -o "$work/t-b1" "$P/t-bases1.yaml" -- "$timed" build -f md -o "$work/t-b4" "$P/t-bases4.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
