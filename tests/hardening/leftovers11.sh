#!/bin/sh
# tests/hardening/leftovers11.sh KHGEN WORKDIR - the LOW findings of the
# tenth black-box attack (issue 8; /tmp/s10attack/findings.md in session 10)
# and s10diff's L1/L2 that session 11 fixed: options, values, messages and
# the plain text of Markdown. Each case fails with the binary from before
# its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

plan=plans/binh-trung-2024.yaml
cp "$plan" "$work/ex.yaml"

# usage KHGEN-ARGS... : expects exit 2 and the message $want on stderr
want=
usage_case() { # NAME ARGS...
    _n=$1
    shift
    "$khgen" "$@" >/dev/null 2>"$work/err"
    _s=$?
    [ $_s -eq 2 ] && grep -q -- "$want" "$work/err" &&
        ok "$_n" || not_ok "$_n: status $_s, $(head -c 300 "$work/err")"
}

# ---- L1: options ------------------------------------------------------------------------
# "-f md," was taken while "-f ,md" was refused: every name between the
# commas is a format now
# (s43msg: the message points at the empty item)
want="'md,' has an empty format at its character 4"
usage_case "L1: -f md, (an empty last format) is a usage error as -f ,md" \
    build -f md, -o "$work/l1" "$work/ex.yaml"
want="'md,,html' has an empty format at its character 4"
usage_case "L1: -f md,,html is a usage error" build -f md,,html -o "$work/l1" "$work/ex.yaml"
# a second -o (--max-errors, -f, ...) silently won: each is given once
want="option '-o' is given twice"
usage_case "L1: build -o A -o B is a usage error" build -o "$work/a" -o "$work/b" "$work/ex.yaml"
[ ! -e "$work/a" ] && [ ! -e "$work/b" ] && ok "L1: ... and nothing is written" ||
    not_ok "L1: build -o A -o B wrote $(ls -d "$work/a" "$work/b" 2>/dev/null)"
want="option '--max-errors' is given twice"
usage_case "L1: check --max-errors 3 --max-errors 0 is a usage error" \
    check --max-errors 3 --max-errors 0 "$work/ex.yaml"
want="option '--max-errors' is given twice"
usage_case "L1: check -fmax-errors=2 --max-errors 3 (one option, two spellings)" \
    check -fmax-errors=2 --max-errors 3 "$work/ex.yaml"
want="option '--formats' is given twice"
usage_case "L1: build -f md --formats html is a usage error" \
    build -f md --formats html -o "$work/l1" "$work/ex.yaml"
want="option '-o' is given twice"
usage_case "L1: import -o A -o B is a usage error" import -o "$work/a.yaml" -o - "$work/ex.yaml"
usage_case "L1: convert -o A -o B is a usage error" convert -o "$work/a.yaml" -o - "$work/ex.yaml"
want="new: option '--year' is given twice"
usage_case "L1: new --year twice is a usage error" new --from "$work/ex.yaml" --year 2025 --year 2026
want="init: option '--level' is given twice"
usage_case "L1: init --level twice is a usage error" init --level xa --level tinh -o - X
want="diff: option '-f' is given twice"
usage_case "L1: diff -f twice is a usage error" diff -f md -f html "$work/ex.yaml" "$work/ex.yaml"
# --allow-read and --lang stay as they were: repeatable, the last
mkdir -p "$work/d1" "$work/d2"
"$khgen" check --allow-read "$work/d1" --allow-read "$work/d2" "$work/ex.yaml" >/dev/null 2>&1 &&
    ok "L1: --allow-read is repeatable" || not_ok "L1: --allow-read twice refused"
# --allow-read FILE was taken (and allowed nothing under it)
want="cannot use '.*ex.yaml' for --allow-read: Not a directory"
usage_case "L1: --allow-read FILE is a usage error" check --allow-read "$work/ex.yaml" "$work/ex.yaml"

# ---- L8: convert's first message is the real problem ------------------------------------
# "convert ex.yaml -o ex.yaml" printed "copied as it is" and then "exists;
# use --force" (nothing was copied)
"$khgen" convert "$work/ex.yaml" -o "$work/ex.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && grep -q "nothing to convert" "$work/err" && ! grep -q "copied" "$work/err" &&
    cmp -s "$plan" "$work/ex.yaml" &&
    ok "L8: convert F -o F of a UTF-8 file: nothing to convert (exit 0)" ||
    not_ok "L8: convert F -o F: status $s, $(head -c 300 "$work/err")"
cp "$plan" "$work/other.yaml"
"$khgen" convert "$work/ex.yaml" -o "$work/other.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 2 ] && [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "exists; use --force" "$work/err" &&
    ok "L8: convert F -o EXISTING: only 'exists; use --force' (not 'copied as it is' first)" ||
    not_ok "L8: convert F -o EXISTING: status $s, $(head -c 300 "$work/err")"
"$khgen" convert "$work/ex.yaml" -o "$work/new.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && grep -q "copied as it is" "$work/err" && cmp -s "$plan" "$work/new.yaml" &&
    ok "L8: convert F -o NEW: copied, then said so" ||
    not_ok "L8: convert F -o NEW: status $s, $(head -c 300 "$work/err")"
# an encoding --from does not name: said before the file is read
want="unknown encoding 'xyz'"
usage_case "L8: convert --from xyz MISSING: the encoding first" convert --from xyz "$work/missing.yaml"

# ---- L9: diff -f html of the same plans printed a page "Không có thay đổi" ---------------
# (README: the same documents print nothing; term and md printed nothing)
for f in term md html; do
    "$khgen" diff -f $f "$plan" "$work/ex.yaml" >"$work/same.$f" 2>"$work/err"
    s=$?
    [ $s -eq 0 ] && [ ! -s "$work/same.$f" ] &&
        ok "L9: diff -f $f of the same plans prints nothing (exit 0)" ||
        not_ok "L9: diff -f $f: status $s, $(head -c 200 "$work/same.$f")"
done

# ---- L2: a year column took 0 and -1 (printed "0", "-1") ---------------------------------
# its years are the README's other years, 1900-2999 (plan_year_ok, the one rule)
yplan() { # YEAR: a plan with a table whose year column holds YEAR
    cat <<EOT
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  issuer_short: UBND huyện A
  place: A
  date: 2024-01
  title: Kế hoạch thử
body:
  - para: Nội dung.
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns: [stt, {key: name, header: Tên}, {key: nam, header: Năm, type: year}]
    rows:
      - {name: A, nam: $1}
EOT
}
for y in 0 -1 1899 3000; do
    yplan "$y" >"$work/year.yaml"
    "$khgen" check "$work/year.yaml" >/dev/null 2>"$work/err"
    s=$?
    [ $s -eq 1 ] && grep -q "year.yaml:16:.*KH611.*column 'nam': '$y' has a year outside 1900-2999" "$work/err" &&
        ok "L2: a year column's $y is KH611 (outside 1900-2999)" ||
        not_ok "L2: year $y: status $s, $(head -c 300 "$work/err")"
done
for y in 1900 2999; do
    yplan "$y" >"$work/year.yaml"
    "$khgen" check "$work/year.yaml" >/dev/null 2>"$work/err" &&
        ok "L2: a year column's $y is taken" || not_ok "L2: year $y refused: $(head -c 300 "$work/err")"
done

# ---- L3: header number 010 printed "Số: 010/KH-UBND" -------------------------------------
# a number prints as its value, below 10 with one leading zero (README);
# 010, 8 to a YAML 1.1 reader, is KH114 since session 40 (s40attack N2):
# the two-digit 08 of the same rule prints as typed
for n in "08:08" "007:07" "5:05" "123:123"; do
    sed "s/^  number: .*/  number: ${n%%:*}/" "$plan" >"$work/num.yaml"
    "$khgen" build -f md -o - "$work/num.yaml" 2>"$work/err" | grep -q "Số: ${n#*:}/KH-UBND" &&
        ok "L3: number: ${n%%:*} prints Số: ${n#*:}/KH-UBND" ||
        not_ok "L3: number: ${n%%:*}: $(head -c 300 "$work/err")"
done

# ---- L6: KH118's caret stood at the opening quote of a quoted title -----------------------
# (one column before the label it underlines)
cat >"$work/l6.yaml" <<'EOT'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  issuer_short: UBND huyện A
  place: A
  date: 2024-01
  title: Kế hoạch thử
body:
  - section: "1. Mục đích"
    items:
      - para: Nội dung.
  - section: '2. Yêu cầu'
    items:
      - para: Nội dung.
  - section: 3. Tổ chức
    items:
      - para: Nội dung.
EOT
"$khgen" check "$work/l6.yaml" >/dev/null 2>"$work/err"
grep -q "l6.yaml:9:15: warning\[KH118\]" "$work/err" && grep -q "l6.yaml:12:15: warning\[KH118\]" "$work/err" &&
    grep -q "l6.yaml:15:14: warning\[KH118\]" "$work/err" &&
    ok "L6: KH118 at the label's first character, quoted (\"...\", '...') or not" ||
    not_ok "L6: $(grep KH118 "$work/err" | head -c 400)"

# ---- L10: 'decimals' on a text column was taken and ignored --------------------------------
# a warning now (KH626) at the key; on a decimal column it is taken quietly
"$khgen" check tests/diag/col-decimals-text.yaml >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && [ "$(grep -c 'warning\[KH626\]' "$work/err")" -eq 2 ] &&
    grep -q "col-decimals-text.yaml:17:53: warning\[KH626\]: column 'ty_le'" "$work/err" &&
    ! grep -q "column 'tb'" "$work/err" &&
    ok "L10: decimals on a text and an int column: KH626 each, none on the decimal one" ||
    not_ok "L10: status $s, $(head -c 300 "$work/err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
