#!/bin/sh
# tests/hardening/user14.sh KHGEN WORKDIR - what session 14's user found
# (issue 8, "khgen in its users' language": a commune official whose
# terminal runs in Vietnamese, doing the yearly cycle from README and
# --help only; /tmp/s14user/findings.md in its session): messages that
# did not say what to write for what a Vietnamese drafter types.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# README's complete example: the plan the cases edit
readme_base

# edit NAME SED: $work/p/NAME.yaml, the example edited by SED (which must change it)
edit() {
    sed "$2" "$work/p/ex.yaml" >"$work/p/$1.yaml"
    cmp -s "$work/p/ex.yaml" "$work/p/$1.yaml" && not_ok "setup: $1 changes nothing"
}

# check_one NAME LANG: checks $work/p/NAME.yaml in LANG, sets $status,
# messages in $work/err
check_one() {
    "$khgen" --lang "$2" check "$work/p/$1.yaml" >/dev/null 2>"$work/err"
    status=$?
}

# ---- M1: a date or deadline written as a Vietnamese document writes it ---------
# "due: 30/06/2024" was "'30/06/2024' is not a deadline (write a date
# YYYY-MM-DD, a month YYYY-MM, a quarter YYYY-Q1..Q4, ...)": the drafter
# had to work out the form from pattern letters, and "31/06/2024" was told
# the same. khgen reads these forms; the message now says what to write.
m1() { # NAME DUE CODE MESSAGE (English, the start of the line's message)
    edit "$1" "s#^            due: 2024-Q1\$#            due: $2#"
    check_one "$1" en
    if [ "$status" -eq 1 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ] &&
        grep -qF "error[$3]: $4" "$work/err"; then
        ok "M1: due: $2 -> $3 $4"
    else
        not_ok "M1: due: $2: status $status: $(head -c 400 "$work/err")"
    fi
}
m1 m1a '30/06/2024' KH302 "'30/06/2024' is not a deadline: write 2024-06-30"
m1 m1b 'Quý II/2024' KH302 "'Quý II/2024' is not a deadline: write 2024-Q2"
m1 m1c 'tháng 6/2024' KH302 "'tháng 6/2024' is not a deadline: write 2024-06"
m1 m1d '6 tháng đầu năm 2024' KH302 "'6 tháng đầu năm 2024' is not a deadline: write 2024-H1"
m1 m1e 'thường xuyên' KH302 "'thường xuyên' is not a deadline: write ongoing"
m1 m1f 'trước ngày 30/6/2024' KH302 "'trước ngày 30/6/2024' is not a deadline: write {before: 2024-06-30}"
m1 m1g '{before: 30.06.2024}' KH302 "'30.06.2024' is not a deadline: write 2024-06-30"
m1 m1h '31/06/2024' KH300 "'31/06/2024' is not a real date"
# what is no such date keeps the list of forms: month first, a fifth quarter
m1 m1i '06/30/2024' KH302 "'06/30/2024' is not a deadline (write a date YYYY-MM-DD,"
m1 m1j 'quý 5/2024' KH302 "'quý 5/2024' is not a deadline (write a date YYYY-MM-DD,"
# the header's date, a legal basis's, in Vietnamese
edit m1k 's#^  date: 2024-01  #  date: 15/01/2024#; s#^    date: 2022-02-22$#    date: ngày 22 tháng 02 năm 2022#'
check_one m1k vi
if [ "$status" -eq 1 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 2 ] &&
    grep -q "error\[KH301\]: 'date' không phải là ngày: '15/01/2024' (hãy viết 2024-01-15)$" "$work/err" &&
    grep -q "error\[KH301\]: 'date' không phải là ngày: 'ngày 22 tháng 02 năm 2022' (hãy viết 2022-02-22)$" "$work/err"; then
    ok "M1: the header's and a basis's date written day first: the date to write, in Vietnamese"
else
    not_ok "M1: header and basis dates: status $status: $(head -c 400 "$work/err")"
fi
# a date column's cell
cat >>"$work/p/ex.yaml" <<'EOF'
  - id: bieu02
    label: Biểu 02
    title: Lịch kiểm tra
    suppress: [KH253]
    columns:
      - {key: xa, header: Xã}
      - {key: ngay, header: Ngày kiểm tra, type: date}
    rows:
      - {xa: Đồng Hưu, ngay: 2024-05-20}
EOF
"$khgen" check "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "setup: the example with a date column does not check"
edit m1l 's#ngay: 2024-05-20#ngay: 20/5/2024#'
check_one m1l vi
if [ "$status" -eq 1 ] &&
    grep -q "error\[KH611\]: cột 'ngay' chứa ngày YYYY-MM-DD, không phải '20/5/2024' (hãy viết 2024-05-20)$" "$work/err"; then
    ok "M1: a date column's cell written day first: the date to write"
else
    not_ok "M1: date column: status $status: $(head -c 400 "$work/err")"
fi

# ---- M2: a locality's kind typed without its diacritics -------------------------
# "kind: xa" checked clean, exit 0, and the preset's table printed "Xa Đồng
# Hưu", a group row "xa" (its group titles know "xã" only) and "Thuộc xã: Xa
# Đồng Hưu" for its villages. Now a warning names the kind meant.
edit m2 's/{id: dong-huu, name: Đồng Hưu, kind: xã,/{id: dong-huu, name: Đồng Hưu, kind: xa,/'
check_one m2 vi
if [ "$status" -eq 0 ] && [ "$(grep -c 'warning\[KH259\]' "$work/err")" -eq 1 ] &&
    grep -qF "warning[KH259]: loại của địa phương này, 'xa', được in nguyên như đã viết, không có dấu; có phải là 'xã'?" "$work/err" &&
    grep -q "^$work/p/m2.yaml:[0-9]*:[0-9]*: warning\[KH259\]" "$work/err"; then
    ok "M2: kind: xa is warned, 'xã' named, in Vietnamese"
else
    not_ok "M2: kind xa: status $status: $(head -c 400 "$work/err")"
fi
edit m2b 's/{id: dong-huu, name: Đồng Hưu, kind: xã,/{id: dong-huu, name: Đồng Hưu, kind: Thi tran,/'
check_one m2b en
if grep -qF "warning[KH259]: the kind of this locality, 'Thi tran', is printed as written, without diacritics; did you mean 'thị trấn'?" "$work/err"; then
    ok "M2: kind: Thi tran is warned, 'thị trấn' named"
else
    not_ok "M2: kind Thi tran: $(head -c 400 "$work/err")"
fi
# the example's own kinds, and one of the plan's own, are not
edit m2c 's/{id: dong-lac, name: Đồng Lạc, kind: xã,/{id: dong-lac, name: Đồng Lạc, kind: cum dan cu,/'
check_one m2c en
if [ "$status" -eq 0 ] && ! grep -q 'KH259' "$work/err"; then
    ok "M2: xã and a kind of the plan's own are not warned"
else
    not_ok "M2: false KH259: $(head -c 400 "$work/err")"
fi

# ---- M3: a reference named by its Vietnamese word -------------------------------
# "năm {Năm}" printed "năm {Năm}" in the document, exit 0 (a brace before
# a capital and a Vietnamese letter was literal, as "{Một}" is), and
# "{năm}" was "unknown reference '{năm}' (write '{{' for a literal brace)",
# which does not say what to write. Both now name the English reference.
m3() { # NAME REFERENCE SUGGESTION
    edit "$1" "s#^opening: \"UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:\"\$#opening: \"UBND huyện xây dựng Kế hoạch thực hiện năm $2, như sau:\"#"
    check_one "$1" en
    if [ "$status" -eq 1 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ] &&
        grep -qF "error[KH206]: '$2' is not a reference: references are named in English; write '$3'" "$work/err"; then
        ok "M3: $2 -> write $3"
    else
        not_ok "M3: $2: status $status: $(head -c 400 "$work/err")"
    fi
}
m3 m3a '{Năm}' '{year}'
m3 m3b '{năm}' '{year}'
m3 m3c '{năm nay}' '{year}'
m3 m3d '{NAM+1}' '{year+1}'
m3 m3e '{Đơn vị vpdp}' '{unit vpdp}'
m3 m3f '{xã dong-huu}' '{loc dong-huu}'
m3 m3g '{Biểu 01}' '{att ID}'
edit m3h 's#^opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"$#opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {Năm}, như sau:"#'
check_one m3h vi
if grep -qF "error[KH206]: '{Năm}' không phải là tham chiếu: tên tham chiếu viết bằng tiếng Anh; hãy viết '{year}'" "$work/err"; then
    ok "M3: the message in Vietnamese"
else
    not_ok "M3: vi: $(head -c 300 "$work/err")"
fi
# a brace before another word stays literal, as README says
edit m3i 's#^opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"$#opening: "UBND huyện {Một} {Thăm} {1} năm {year}, như sau:"#'
check_one m3i en
"$khgen" build -f md -o - "$work/p/m3i.yaml" 2>/dev/null >"$work/out"
if [ "$status" -eq 0 ] && grep -q '^UBND huyện {Một} {Thăm} {1} năm 2024, như sau:$' "$work/out"; then
    ok "M3: {Một}, {Thăm}, {1} print as written"
else
    not_ok "M3: literal braces: status $status: $(grep -m1 'UBND huyện' "$work/out")"
fi
# a paragraph of 150,000 braces before Vietnamese words: each first word
# is folded once, a few bytes
/usr/bin/python3 - "$work/p/ex.yaml" "$work/p/braces.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.replace('closing: Trên đây là Kế hoạch năm {year} của UBND huyện.',
              'closing: "' + '{Thăm}' * 150000 + '"')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
timed_case "M3: 150,000 literal braces before a Vietnamese word" "$khgen" check "$work/p/braces.yaml"

# ---- M4: an indentation error named by its columns -------------------------------
# KH005's hints said "check that this line is indented like the list items
# (keys) above it" when the line was exactly so indented and the fix was
# the other column; a key moved to the left margin under header: was told
# to check the next line; an unclosed '"' was an indentation problem lines
# below; a value in Word's quotes “...” was told to go in double quotes.
m4() { # NAME SED HINT (English, the end of the message)
    edit "$1" "$2"
    check_one "$1" en
    if [ "$status" -eq 1 ] && grep -qF -e "; $3" -e "syntax error: $3" "$work/err"; then
        ok "M4: $1: $3"
    else
        not_ok "M4: $1: status $status: $(head -c 400 "$work/err")"
    fi
}
readme_example "$work/p/ex.yaml" # the example as README writes it
m4 m4a 's/^            support: \[vpdp\]$/          support: [vpdp]/' \
    "this key is indented as far as the '-' of the list (10 spaces): a key of the list's item above goes under the item's first key, 12 spaces"
m4 m4b 's/^            show: \[lead, due\]$/&\n            - {task: Thêm, lead: tckh}/' \
    "this list item's '-' is indented as far as the keys of the group that starts on line 48 (12 spaces), where a key is due: indent it as far as the other '-' of its list"
m4 m4c 's/^  place: Yên Thế$/place: Yên Thế/' \
    "line 9 above is indented 0 spaces, less than this line and the line before it (2): if it belongs to their group of keys, indent it 2 spaces"
m4 m4d 's/^  place: Yên Thế$/   place: Yên Thế/' \
    "this line is indented 3 spaces, the keys above it 2: indent it as they are (if it goes on with the value above, put that value in quotes)"
m4 m4e 's/^  - {id: tan-hiep/    - {id: tan-hiep/' \
    "this item's '-' is indented 4 spaces, the '-' of the list's first item 2: indent it as they are"
m4 m4f 's/^            text: Tham mưu phân bổ nguồn vốn năm {year}.$/            text: "Tham mưu: phân bổ nguồn vốn năm {year}./' \
    "the '\"' that opens this value is not closed on its line: YAML read the lines below into the value, up to the '\"' on line 54; close it on this line"
m4 m4g 's/^closing: Trên đây là Kế hoạch năm {year} của UBND huyện.$/closing: “Trên đây: Kế hoạch.”/' \
    "the value begins with a quote as Word types it (“ or ‘): YAML's quotes are the straight ones, \" and ': put the value in straight double quotes"
m4 m4i 's/^            support: \[vpdp\]$/           support: [vpdp]/' \
    "this line is indented 11 spaces, the keys above it 12: indent it as they are (if it goes on with the value above, put that value in quotes)"
m4 m4j 's/^            text: Tham mưu phân bổ nguồn vốn năm {year}.$/            text: - Tham mưu phân bổ nguồn vốn năm {year}./' \
    "a value that begins with '- ' is read as a list: put the whole value in double quotes"
# a ': ' inside a value keeps its own hint
m4 m4h 's/^            text: Tham mưu phân bổ nguồn vốn năm {year}.$/            text: Tham mưu: phân bổ nguồn vốn năm {year}./' \
    "put a value that contains ': ' in quotes, or check the indentation of this line"
check_one m4c vi
if grep -qF "dòng 9 ở trên thụt lề 0 dấu cách, ít hơn dòng này và dòng trước nó (2): nếu nó thuộc cùng nhóm khóa với hai dòng đó, hãy thụt lề nó 2 dấu cách" "$work/err"; then
    ok "M4: the hint in Vietnamese"
else
    not_ok "M4: vi: $(head -c 400 "$work/err")"
fi

# ---- M5: khgen init's comments in the drafter's language ------------------------
# In a Vietnamese terminal the skeleton's 23 comments, every "# TODO" that
# says what to fill in, were English ("# TODO: the signer's name"). They
# follow the language of the messages now; the plan is the same.
"$khgen" --lang vi init --level xa --year 2025 "Đồng Hưu" -o "$work/p/init-vi.yaml" >/dev/null 2>&1
"$khgen" --lang en init --level xa --year 2025 "Đồng Hưu" -o "$work/p/init-en.yaml" >/dev/null 2>&1
sed 's/ *#.*//' "$work/p/init-vi.yaml" >"$work/p/init-vi.plain"
sed 's/ *#.*//' "$work/p/init-en.yaml" >"$work/p/init-en.plain"
"$khgen" check "$work/p/init-vi.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && [ ! -s "$work/err" ] && cmp -s "$work/p/init-vi.plain" "$work/p/init-en.plain" &&
    grep -q '^  name: Nguyễn Văn A  *# TODO: họ tên người ký$' "$work/p/init-vi.yaml" &&
    grep -q '^  # TODO: các thôn của xã Đồng Hưu, mỗi nơi ghi đúng loại' "$work/p/init-vi.yaml" &&
    ! grep -q "# .*\(the \|TODO: what\)" "$work/p/init-vi.yaml" &&
    grep -q "^  name: Nguyễn Văn A  *# TODO: the signer's name$" "$work/p/init-en.yaml"; then
    ok "M5: init's comments in Vietnamese under --lang vi, the plan the same and clean"
else
    not_ok "M5: init vi: status $status: $(grep -m3 '# .*the ' "$work/p/init-vi.yaml")"
fi

# ---- M6: last year's plan against this year's: the year told once ----------
# `khgen diff` of last year's plan and the plan `new` made of it listed
# every part that prints the year ("năm [-2024-]{+2025+}": 25 of a
# commune's 36 changes) and the two real edits were hard to find. A part
# only the years moved in is counted in one change, first; --all lists them.
"$khgen" new --from "$work/p/ex.yaml" --year 2025 -o "$work/p/y25.yaml" >/dev/null 2>&1
"$khgen" diff "$work/p/ex.yaml" "$work/p/y25.yaml" >"$work/d1" 2>"$work/err"
status=$?
"$khgen" diff --all "$work/p/ex.yaml" "$work/p/y25.yaml" >"$work/d2" 2>&1
n_all=$(grep -c '^@@' "$work/d2")
if [ "$status" -eq 1 ] && [ "$(grep -c '^@@' "$work/d1")" -eq 1 ] &&
    [ "$(sed -n 3p "$work/d1")" = "@@ Năm: sửa @@" ] && [ "$n_all" -ge 5 ] &&
    sed -n 4p "$work/d1" | grep -qF "[-2024-]{+2025+}: $n_all phần chỉ đổi năm theo năm của kế hoạch" &&
    grep -qF '@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2025.”: sửa @@' "$work/d2" && grep -qF 'năm [-2024.-]{+2025.+}' "$work/d2"; then
    ok "M6: diff against last year: one change counts the $n_all parts only the year moved in, --all lists them"
else
    not_ok "M6: diff ex y25: status $status, $(grep -c '^@@' "$work/d1") changes, --all $n_all: $(head -c 300 "$work/d1")"
fi
# a part with another change besides its year is shown whole, and the count
# leaves it out; a four-digit number moved otherwise is no year's move
sed 's/Tham mưu phân bổ nguồn vốn năm {year}\./Tham mưu phân bổ kịp thời nguồn vốn năm {year}./;
     s/giai đoạn 2021-2025$/giai đoạn 2021-2030/' "$work/p/y25.yaml" >"$work/p/y25b.yaml"
"$khgen" diff "$work/p/ex.yaml" "$work/p/y25b.yaml" >"$work/d3" 2>&1
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c '^@@' "$work/d3")" -eq 3 ] &&
    grep -qF "[-2024-]{+2025+}: $((n_all - 1)) phần chỉ đổi năm" "$work/d3" &&
    grep -qF 'Tham mưu phân bổ {+kịp thời +}nguồn vốn năm [-2024.-]{+2025.+}' "$work/d3" &&
    grep -qF "giai đoạn [-2021-2025;-]{+2021-2030;+}" "$work/d3"; then
    ok "M6: a part with a word added, and a year moved by another step, are shown whole"
else
    not_ok "M6: y25b: status $status: $(head -c 600 "$work/d3")"
fi
# two drafts of one year: a year changed in the text is an edit like any other
sed 's/Tham mưu phân bổ nguồn vốn năm {year}\./Tham mưu phân bổ nguồn vốn năm 2025./' \
    "$work/p/ex.yaml" >"$work/p/same-year.yaml"
"$khgen" diff "$work/p/ex.yaml" "$work/p/same-year.yaml" >"$work/d4" 2>&1
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c '^@@' "$work/d4")" -eq 1 ] &&
    grep -qF '@@ II.1. “Tham mưu phân bổ nguồn vốn năm 2025.”: sửa @@' "$work/d4" && grep -qF 'năm [-2024.-]{+2025.+}' "$work/d4"; then
    ok "M6: two drafts of the same year: a year changed in the text is listed"
else
    not_ok "M6: same year: status $status: $(head -c 300 "$work/d4")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
