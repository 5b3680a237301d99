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
mkdir -p "$work/p"
readme_example "$work/p/ex.yaml"
"$khgen" check "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "setup: the README's example does not check"

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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
