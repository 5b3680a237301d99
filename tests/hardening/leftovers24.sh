#!/bin/sh
# tests/hardening/leftovers24.sh KHGEN WORKDIR - what session 24 fixed of
# session 23's LOW leftovers (issue 8):
#  1 `khgen init "Tổ dân phố 5"` wrote a skeleton headed "ỦY BAN NHÂN DÂN /
#    XÃ TỔ DÂN PHỐ 5": a place under a commune has no UBND (usage error);
#  2 `build -o . a.yaml b.yaml`, b including a registry named a.html: a's
#    build wrote a.html over it before b was read (KH901 naming both,
#    nothing written);
#  3 a --templates partial linked to /proc/self/environ printed the
#    environment into the document (KH804: a template is read by the
#    rules of a plan's includes);
#  4 a combining accent typed after an id called "a letter of another
#    alphabet" (KH202, KH109);
#  5 a written heading row with no rows under it, or written twice in a
#    row, printed an empty group without a word (KH631);
#  6 a target year with the plan year's digits swapped (2042), or far
#    before it with no target (1924), dropped the locality from the year's
#    table without a word (KH264);
#  7 layout values shown rounded ("35.0000001" as "35 mm", in range) and a
#    number read two ways told to write a form that does not work there
#    (1,275 inside {...}; a reading outside the key's range);
#  8 `suppress: [KH315 KH316]` not told to write a list;
#  9 a plan named ".yaml" built the hidden ".yaml.md";
# 10 `{year-500}` printed 1524, `kind=xã|thôn|` (an empty alternative)
#    was accepted;
# 11 a basis "263 /QĐ-TTg" or by "ủy ban nhân dân tỉnh" printed as typed
#    (KH173; "Ủy ban nhân dân tỉnh" is the decree's own form: no warning);
# 12 a wording phrase rendered empty printed "****" in the .md;
# 13 KH009 (a second YAML document) called a registry or wording.yaml "a
#    plan file";
# 14 KH317 in a table's text cell pointed at the cell's start;
# 15 khgen diff's terminal and HTML views hid a link's address changed
#    with the words around it.
#
# Each case fails with the binary of main before the fixes (0f823f28), but
# the controls (named so), which pass with both.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
P=$work/p

# says NAME FILE TEXT...: FILE (stderr of a command) holds each TEXT
says() {
    _name=$1 _file=$2
    shift 2
    _missing=
    for _text in "$@"; do
        grep -qF -- "$_text" "$_file" || _missing="$_missing [$_text]"
    done
    if [ -z "$_missing" ]; then ok "$_name"; else not_ok "$_name: missing:$_missing; got: $(head -c 500 "$_file")"; fi
}
# para NAME TEXT: the example with a paragraph TEXT (YAML, quoted) added
para() {
    edited "$1" '          - para: (Chi tiết theo' "          - para: $2
          - para: (Chi tiết theo"
}

# ---- 1: init of a place under a commune -------------------------------------------
mkdir -p "$work/i1"
for name in "Tổ dân phố 5" "Thôn 2"; do
    "$khgen" init --color=never --level xa -o "$work/i1/x.yaml" "$name" >/dev/null 2>"$work/i1.err"
    status=$?
    if [ "$status" -eq 2 ] && [ ! -e "$work/i1/x.yaml" ] &&
        grep -q "has no People's Committee and issues no KH-UBND plan" "$work/i1.err" &&
        grep -q "start the plan of the commune" "$work/i1.err"; then
        ok "1: init '$name' is refused (no UBND), saying to start the commune's plan"
    else
        not_ok "1: init '$name': status $status, $(head -c 300 "$work/i1.err")"
    fi
    rm -f "$work/i1/x.yaml"
done
for name in "Tổng Giang" "Phường 1"; do
    if "$khgen" init --level xa -o "$work/i1/c.yaml" "$name" >/dev/null 2>&1 &&
        "$khgen" check "$work/i1/c.yaml" >/dev/null 2>&1; then
        ok "1: control: init '$name' writes a skeleton that checks"
    else
        not_ok "1: control: init '$name' failed"
    fi
    rm -f "$work/i1/c.yaml"
done

# ---- 2: an output of one plan that another plan of the build reads -----------------
mkdir -p "$work/b2"
/usr/bin/python3 - "$P/ex.yaml" "$work/b2" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i, j = s.index("units:"), s.index("body:")
open(sys.argv[2] + "/a.html", "w", encoding="utf-8").write(s[i:j])
open(sys.argv[2] + "/a.yaml", "w", encoding="utf-8").write(s)
b = s[:i] + s[j:]
b = b.replace("import: [qd318-xa-ntm]", "import: [qd318-xa-ntm]\ninclude: [a.html]", 1)
open(sys.argv[2] + "/b.yaml", "w", encoding="utf-8").write(b)
PY
cp "$work/b2/a.html" "$work/b2/a.html.orig"
"$khgen" check "$work/b2/b.yaml" >/dev/null 2>&1 || not_ok "setup: 2's b.yaml does not check"
for order in "a.yaml b.yaml" "b.yaml a.yaml"; do
    (cd "$work/b2" && "$khgen" build --color=never -f md,html -o . $order) >/dev/null 2>"$work/b2.err"
    status=$?
    if [ "$status" -eq 3 ] && cmp -s "$work/b2/a.html" "$work/b2/a.html.orig" &&
        [ ! -e "$work/b2/a.md" ] && [ ! -e "$work/b2/b.md" ] &&
        grep -qF "error[KH901]: cannot write './a.html', an output of 'a.yaml': it is a file that 'b.yaml' reads" "$work/b2.err"; then
        ok "2: build -o . $order: a.html, which b.yaml includes, is refused (KH901, both named), nothing written"
    else
        not_ok "2: build $order: status $status, $(ls "$work/b2" | tr '\n' ' ') $(head -c 300 "$work/b2.err")"
    fi
    rm -f "$work/b2"/*.md "$work/b2"/b.html
    cp "$work/b2/a.html.orig" "$work/b2/a.html"
done
if (cd "$work/b2" && "$khgen" build -f md,html -o out a.yaml b.yaml) >/dev/null 2>&1 &&
    [ -s "$work/b2/out/a.html" ] && [ -s "$work/b2/out/b.md" ]; then
    ok "2: control: the two built into another directory"
else
    not_ok "2: control: build -o out failed"
fi

# ---- 3: a template linked out of the --templates directory -------------------------
mkdir -p "$work/t3/tpl"
cp "$top/templates/plan.md" "$work/t3/tpl/plan.md"
sed -i '1i {{>env}}' "$work/t3/tpl/plan.md"
ln -s /proc/self/environ "$work/t3/tpl/env.md"
KHGEN_S24_SECRET=hunter2 "$khgen" build --color=never -f md -o "$work/t3/o" --templates "$work/t3/tpl" "$P/ex.yaml" \
    >/dev/null 2>"$work/t3.err"
status=$?
if [ "$status" -eq 1 ] && [ ! -e "$work/t3/o/ex.md" ] &&
    grep -q "error\[KH804\]: cannot read partial '.*env.md': it is a link to a file outside the --templates directory" "$work/t3.err"; then
    ok "3: a partial linked to /proc/self/environ is KH804, nothing written"
else
    not_ok "3: status $status, environment printed: $(grep -c hunter2 "$work/t3/o/ex.md" 2>/dev/null), $(head -c 300 "$work/t3.err")"
fi
printf 'Phần chung.\n' >"$work/t3/common.md"
mkdir -p "$work/t3/tpl2"
cp "$work/t3/tpl/plan.md" "$work/t3/tpl2/plan.md"
printf 'Phần chung.\n' >"$work/t3/tpl2/real.md"
ln -s real.md "$work/t3/tpl2/env.md"
if "$khgen" build -f md -o "$work/t3/o2" --templates "$work/t3/tpl2" "$P/ex.yaml" >/dev/null 2>&1 &&
    grep -q '^Phần chung\.$' "$work/t3/o2/ex.md"; then
    ok "3: control: a partial linked to a file of the directory is read"
else
    not_ok "3: control: a link inside --templates failed"
fi

# ---- 4: a combining mark in an id -----------------------------------------------
edited mark 'lead: tckh' "lead: tckh$(printf '\314\201')"
"$khgen" check --color=never "$P/mark.yaml" >/dev/null 2>"$work/mark.err"
if grep -qF "it holds U+0301, a combining mark (an accent typed after a letter), which an id cannot hold; delete the mark and write 'tckh'" "$work/mark.err" &&
    ! grep -q "another alphabet" "$work/mark.err"; then
    ok "4: an accent typed after an id is named a combining mark, with what to do"
else
    not_ok "4: $(head -c 400 "$work/mark.err")"
fi
edited cyr 'lead: tckh' "lead: t$(printf '\321\201')kh"
check_says "4: control: a Cyrillic letter is still a letter of another alphabet" "$P/cyr.yaml" 1 \
    "is U+0441, a letter of another alphabet"

# ---- 5: heading rows with nothing under them ----------------------------------------
cp "$P/ex.yaml" "$P/heads.yaml"
cat >>"$P/heads.yaml" <<'EOF'
  - id: bieu02
    label: Biểu 02
    title: Số liệu hộ nghèo
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: n, header: Số hộ, type: int, total: true}
    rows:
      - heading: Cấp huyện
      - heading: Cấp huyện
      - {name: Đồng Hưu, n: 12}
      - heading: Cấp xã
    totals: Tổng cộng
EOF
sed -i 's/{att bieu01}/{att bieu01 bieu02}/' "$P/heads.yaml"
line=$(grep -n 'heading: Cấp huyện' "$P/heads.yaml" | sed -n 2p | cut -d: -f1)
last=$(grep -n 'heading: Cấp xã' "$P/heads.yaml" | cut -d: -f1)
check_says "5: a heading written twice and one with no rows under it are KH631 at each" "$P/heads.yaml" 0 \
    "heads.yaml:$line:18: warning[KH631]: the heading row 'Cấp huyện' is written twice in a row" \
    "heads.yaml:$last:18: warning[KH631]: the heading row 'Cấp xã' has no rows under it"
with_groups "$P/ex.yaml" "$P/groups.yaml"
"$khgen" check "$P/groups.yaml" >/dev/null 2>"$work/groups.err"
if [ $? -eq 0 ] && ! grep -q KH631 "$work/groups.err"; then
    ok "5: control: headings each over rows, no KH631"
else
    not_ok "5: control: $(head -c 300 "$work/groups.err")"
fi

# ---- 6: a target year mistyped -------------------------------------------------------
LAC='status: ntm, target: ntm-nc, target_year: 2024'
edited swapped "$LAC" 'status: ntm, target: ntm-nc, target_year: 2042'
check_says "6: target_year 2042 in the plan of 2024 (digits swapped) is KH264" "$P/swapped.yaml" 0 \
    "warning[KH264]: locality 'dong-lac' aims for a standard in 2042 (target_year), the digits of this plan's year 2024 in another order"
edited before "$LAC" 'status: ntm, target_year: 1924' '  - {id: ntm-nc, name: nông thôn mới nâng cao}' ''
check_says "6: target_year 1924 without a target is KH264" "$P/before.yaml" 0 \
    "warning[KH264]: locality 'dong-lac' aims for a standard in 1924 (target_year), 100 years before this plan's year 2024"
edited later "$LAC" 'status: ntm, target: ntm-nc, target_year: 2025'
"$khgen" check "$P/later.yaml" >/dev/null 2>"$work/later.err"
if [ $? -eq 0 ] && ! grep -q KH264 "$work/later.err"; then
    ok "6: control: target_year 2025 says nothing"
else
    not_ok "6: control: $(head -c 300 "$work/later.err")"
fi

# ---- 7: layout values as written, numbers read two ways ----------------------------
edited m35 'khgen: 1 ' 'layout: {margin_left: 35.0000001}
khgen: 1 '
check_says "7: a margin of 35.0000001 is shown as written" "$P/m35.yaml" 1 \
    "error[KH112]: 'margin_left' is 35.0000001 mm; Nghị định 30/2020 allows 30 to 35 mm"
edited ind 'khgen: 1 ' 'layout: {indent: 1.275}
khgen: 1 '
check_says "7: indent 1.275, outside the range either way, is told so" "$P/ind.yaml" 1 \
    "'indent' is '1.275', which reads 1275 (thousands dot) or 1,275 (decimal point), either way outside 1 to 1.27 cm"
edited m32 'khgen: 1 ' 'layout: {margin_left: 32.500}
khgen: 1 '
check_says "7: 32.500 inside {...} is told the one reading in range, in a form that works there" "$P/m32.yaml" 1 \
    "of the two only 32,500 is in 30 to 35 mm: write 32.5000"
edited m32b 'khgen: 1 ' 'layout: {margin_left: 32.5000}
khgen: 1 '
check_says "7: control: 32.5000 inside {...} checks" "$P/m32b.yaml" 0
edited dan 'target_year: 2024}' 'target_year: 2024, data: {dan_so: 10.500}}'
check_says "7: a data value 10.500 inside {...} is told 10.5000, not 10,500" "$P/dan.yaml" 1 \
    "write 10500, or 10.5000 for the decimal (inside {...} or [...] a comma ends the value)"

# ---- 8: two codes in one suppress item ---------------------------------------------
edited sup 'khgen: 1 ' 'suppress: [KH315 KH316]
khgen: 1 '
check_says "8: 'suppress: [KH315 KH316]' is told to write a list" "$P/sup.yaml" 1 \
    "error[KH111]: 'KH315 KH316' in 'suppress' is several codes written as one: write each as an item of the list, [KH315, KH316]"
edited sup2 'khgen: 1 ' 'suppress: [KH315, KH316]
khgen: 1 '
check_says "8: control: the list checks" "$P/sup2.yaml" 0

# ---- 9: a plan named .yaml ------------------------------------------------------------
mkdir -p "$work/h9"
cp "$P/ex.yaml" "$work/h9/.yaml"
(cd "$work/h9" && "$khgen" build -f md -o o .yaml) >/dev/null 2>"$work/h9.err"
status=$?
if [ "$status" -eq 2 ] && [ -z "$(ls -A "$work/h9/o" 2>/dev/null)" ] &&
    grep -q "its outputs would be hidden files; rename the plan" "$work/h9.err"; then
    ok "9: a plan named .yaml is refused (its outputs would be hidden), nothing written"
else
    not_ok "9: status $status, $(ls -A "$work/h9/o" 2>/dev/null) $(head -c 300 "$work/h9.err")"
fi
cp "$P/ex.yaml" "$work/h9/x.yaml"
if (cd "$work/h9" && "$khgen" build -f md -o o x.yaml) >/dev/null 2>&1 && [ -s "$work/h9/o/x.md" ]; then
    ok "9: control: x.yaml builds x.md"
else
    not_ok "9: control: x.yaml did not build"
fi

# ---- 10: {year-500}, an empty alternative ----------------------------------------------
para y500 '"Năm {year-500}."'
check_says "10: {year-500} (1524) is KH207" "$P/y500.yaml" 1 \
    "error[KH207]: '{year-500}' prints 1524, outside the years 1900-2999"
para alt '"Có {count localities kind=xã|thôn|} xã."'
check_says "10: kind=xã|thôn| is KH501 (an empty alternative)" "$P/alt.yaml" 1 \
    "error[KH501]: 'kind' lists an empty value between its '|': delete the '|' at its end"
para ok10 '"Năm {year-5}, có {count localities kind=xã|thôn} xã."'
check_says "10: control: {year-5} and kind=xã|thôn check" "$P/ok10.yaml" 0

# ---- 11: a basis's number and issuer --------------------------------------------------
edited basis 'number: 263/QĐ-TTg' 'number: 263 /QĐ-TTg' 'by: Thủ tướng Chính phủ' 'by: ủy ban nhân dân tỉnh'
check_says "11: '263 /QĐ-TTg' and 'ủy ban nhân dân tỉnh' are KH173 with the form to write" "$P/basis.yaml" 0 \
    "warning[KH173]: the number '263 /QĐ-TTg' has a space beside its '/' or '-'" "write '263/QĐ-TTg'" \
    "warning[KH173]: the issuer 'ủy ban nhân dân tỉnh' begins with a small letter" "write 'Ủy ban nhân dân tỉnh'"
edited basis2 'by: Thủ tướng Chính phủ' 'by: Ủy ban nhân dân tỉnh Bắc Giang'
"$khgen" check "$P/basis2.yaml" >/dev/null 2>"$work/basis2.err"
if [ $? -eq 0 ] && ! grep -q KH173 "$work/basis2.err"; then
    ok "11: control: 'Ủy ban nhân dân tỉnh Bắc Giang' (the decree's form) says nothing"
else
    not_ok "11: control: $(head -c 300 "$work/basis2.err")"
fi

# ---- 12: an empty emphasis ------------------------------------------------------------
mkdir -p "$work/t12"
printf 'motto: "{{{body}}}"\n' >"$work/t12/wording.yaml"
"$khgen" build -f md -o "$work/t12/o" --templates "$work/t12" "$P/ex.yaml" >/dev/null 2>&1
if [ -s "$work/t12/o/ex.md" ] && ! grep -q '^\*\*\*\*' "$work/t12/o/ex.md" &&
    grep -q '^\*\*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\*\*' "$work/t12/o/ex.md"; then
    ok "12: a motto rendered empty prints no '****' line"
else
    not_ok "12: $(grep -n '^\*\*\*\*' "$work/t12/o/ex.md" 2>/dev/null | head -2)"
fi
"$khgen" build -f md -o "$work/t12/o2" "$P/ex.yaml" >/dev/null 2>&1
if grep -qxF '**Độc lập - Tự do - Hạnh phúc**' "$work/t12/o2/ex.md"; then
    ok "12: control: the motto prints"
else
    not_ok "12: control: no motto line"
fi

# ---- 13: KH009 names the kind of file ----------------------------------------------------
mkdir -p "$work/r13"
/usr/bin/python3 - "$P/ex.yaml" "$work/r13" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i, j = s.index("units:"), s.index("body:")
open(sys.argv[2] + "/reg.yaml", "w", encoding="utf-8").write(s[i:j] + "---\nunits: []\n")
b = s[:i] + s[j:]
open(sys.argv[2] + "/p.yaml", "w", encoding="utf-8").write(
    b.replace("import: [qd318-xa-ntm]", "import: [qd318-xa-ntm]\ninclude: [reg.yaml]", 1))
open(sys.argv[2] + "/two.yaml", "w", encoding="utf-8").write(s + "---\nkhgen: 1\n")
PY
check_says "13: a registry's second document: 'an included registry holds one document'" "$work/r13/p.yaml" 1 \
    "error[KH009]: a second YAML document starts here; an included registry holds one document"
mkdir -p "$work/r13/tpl"
printf 'motto: "Độc lập - Tự do - Hạnh phúc"\n---\nmotto: x\n' >"$work/r13/tpl/wording.yaml"
"$khgen" build -f md -o "$work/r13/o" --templates "$work/r13/tpl" "$P/ex.yaml" >/dev/null 2>"$work/r13.err"
says "13: wording.yaml's second document: 'wording.yaml holds one document'" "$work/r13.err" \
    "error[KH009]: a second YAML document starts here; wording.yaml holds one document"
check_says "13: control: a plan's second document is still 'a plan file'" "$work/r13/two.yaml" 1 \
    "a plan file holds one document"

# ---- 14: KH317 in a table cell at the date ----------------------------------------------
cp "$P/ex.yaml" "$P/cell.yaml"
cat >>"$P/cell.yaml" <<'EOF'
  - id: bieu02
    label: Biểu 02
    title: Việc cần làm
    columns:
      - stt
      - {key: name, header: Nội dung}
    rows:
      - {name: "Hoàn thành trước ngày 31/02/2024 tại xã"}
      - ["Xong ngày 30/02/2024"]
EOF
sed -i 's/{att bieu01}/{att bieu01 bieu02}/' "$P/cell.yaml"
l1=$(grep -n '31/02/2024' "$P/cell.yaml" | cut -d: -f1)
l2=$(grep -n '30/02/2024' "$P/cell.yaml" | cut -d: -f1)
check_says "14: KH317 in a table's text cells points at the date" "$P/cell.yaml" 0 \
    "cell.yaml:$l1:39: warning[KH317]: '31/02/2024'" "cell.yaml:$l2:21: warning[KH317]: '30/02/2024'"

# ---- 15: diff of a link's words and address ----------------------------------------------
para d1 '"Xem [hướng dẫn](https://a.gov.vn/x) tại đây."'
para d2 '"Xem [tài liệu](https://b.gov.vn/y) tại đây."'
para d4 '"Xem [tài liệu](https://a.gov.vn/x) tại đây."'
"$khgen" diff --no-color "$P/d1.yaml" "$P/d2.yaml" >"$work/d12.term" 2>&1
"$khgen" diff -f html "$P/d1.yaml" "$P/d2.yaml" >"$work/d12.html" 2>&1
if grep -qF 'Xem [-hướng dẫn-]{+tài liệu+} tại đây.' "$work/d12.term" &&
    grep -qF 'liên kết: [-https://a.gov.vn/x-]{+https://b.gov.vn/y+}' "$work/d12.term" &&
    grep -qF '<ins>https://b.gov.vn/y</ins>' "$work/d12.html"; then
    ok "15: words and address changed: both shown, in the terminal and the HTML view"
else
    not_ok "15: $(cat "$work/d12.term" | head -c 400)"
fi
"$khgen" diff --no-color "$P/d1.yaml" "$P/d4.yaml" >"$work/d14.term" 2>&1
if grep -qF 'Xem [-hướng dẫn-]{+tài liệu+} tại đây.' "$work/d14.term" && ! grep -q 'liên kết' "$work/d14.term"; then
    ok "15: control: only the words changed: no address line"
else
    not_ok "15: control: $(head -c 400 "$work/d14.term")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
