#!/bin/sh
# tests/hardening/fixnull25.sh KHGEN WORKDIR - the leftovers of the
# twenty-fifth black-box attack (issue 8; /tmp/s25attack/findings.md,
# fixed by s25fixnull):
#  N1 YAML's null read as the characters "~": `import: ~` "unknown catalog
#     '~'", `due: ~` "'~' is not a deadline", `bases: ~`, `units: ~`,
#     `signature: ~`, `layout: ~` "must be a list/mapping, not a string",
#     an attachment's `preset: ~` "unknown preset '~'", `id: ~` "invalid
#     id '~'", `rows: ~` "not a string". Now one rule (yread_null_values):
#     where no text goes a null is "'KEY' is empty (a YAML null)" (KH107),
#     for each of ~, null, Null, NULL and nothing after the key (a value
#     erased or cut, which slips.py wants told, not silently left out); an
#     attachment's `id`, `preset`, `rows` and a table's `items` null are
#     none ("has no 'id'", ...); an attachment's `group_by:
#     Null` removes its preset's grouping as `~` does (it was a field
#     'Null'); a quoted "~" stays text;
#  S3 `due: ongoing` in a plan over a school year (period 2024-09-05 to
#     2025-05-31) printed "Thường xuyên trong năm 2025", one of its two
#     years. Now "Thường xuyên trong năm học 2024-2025" (and a plan over
#     2021-2025 "Thường xuyên trong giai đoạn 2021-2025");
#  P2 `khgen init`'s TODO line `# governing_body: UBND ...` uncommented as
#     it stands printed "UBND ..." above the issuer, exit 0, no word. Now
#     KH177 at a field printed as written that ends with words, a space
#     and "..." (a recipient, the signer's name, a label too);
#  L  `khgen init --level XA` refused for its case; now any case, or the
#     level's word (`xã`); a written row `{}` printed a numbered row of
#     blanks without the KH625 that `[]` gets; `{heading: X, n: 12}` was
#     told "no column 'heading'" (now: a group row holds its title alone).
#
# Each N, S, P and L case fails with the binary from before its fix; the controls
# (a quoted "~", a text key's null still "empty") passed before and must
# still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# says_not NAME FILE STATUS TEXT...: `khgen check FILE` ends with STATUS
# and none of the TEXTs is in its messages
says_not() {
    _name=$1 _file=$2 _want=$3
    shift 3
    "$khgen" check "$_file" >"$work/out" 2>"$work/err"
    status=$?
    _found=
    for _text in "$@"; do
        grep -qF -- "$_text" "$work/err" && _found="$_found [$_text]"
    done
    if [ "$status" -eq "$_want" ] && [ -z "$_found" ]; then
        ok "$_name"
    else
        not_ok "$_name: status $status (want $_want), found:$_found; got: $(head -c 600 "$work/err")"
    fi
}

# ---- N1: a null is the key left out where no text goes ----------------------
for null in '~' null Null NULL ''; do
    n=$(printf '%s' "$null" | tr -d '~' | tr 'A-Z' 'a-z')
    n=${n:-tilde}
    [ -z "$null" ] && n=empty
    v=${null:+ $null}
    edited "imp-$n" 'import: [qd318-xa-ntm]' "import:$v"
    check_says "N1 'import:$v' is told empty (a YAML null)" "$work/p/imp-$n.yaml" 1 \
        "error[KH107]: 'import' is empty (a YAML null)"
    says_not "N1 'import:$v': not a catalog named '$null'" "$work/p/imp-$n.yaml" 1 "unknown catalog"
    edited "due-$n" 'due: 2024-Q1' "due:$v"
    check_says "N1 'due:$v' is told empty (a YAML null), not silently no deadline" \
        "$work/p/due-$n.yaml" 1 "'due' is empty (a YAML null)"
    says_not "N1 'due:$v': not \"'$null' is not a deadline\"" "$work/p/due-$n.yaml" 1 "not a deadline"
    edited "bases-$n" '  - kind: Quyết định
    number: 263/QĐ-TTg
    date: 2022-02-22
    by: Thủ tướng Chính phủ
    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025
  - text: Căn cứ tình hình thực tế của địa phương
' '' 'bases:' "bases:$v"
    check_says "N1 'bases:$v' is told empty (a YAML null)" "$work/p/bases-$n.yaml" 1 \
        "'bases' is empty (a YAML null)"
    says_not "N1 'bases:$v': not 'must be a list'" "$work/p/bases-$n.yaml" 1 "must be a list"
    edited "lay-$n" 'closing:' "layout:$v
closing:"
    check_says "N1 'layout:$v' is told empty (a YAML null)" "$work/p/lay-$n.yaml" 1 \
        "'layout' is empty (a YAML null)"
    says_not "N1 'layout:$v': not 'must be a mapping'" "$work/p/lay-$n.yaml" 1 "must be a mapping"
    edited "sig-$n" '  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
' '' 'signature:' "signature:$v"
    check_says "N1 'signature:$v' is told empty (a YAML null)" "$work/p/sig-$n.yaml" 1 \
        "'signature' is empty (a YAML null)"
    says_not "N1 'signature:$v': not 'must be a mapping'" "$work/p/sig-$n.yaml" 1 \
        "must be a mapping"
    edited "pre-$n" 'preset: locality-targets' "preset:$v"
    check_says "N1 an attachment's 'preset:$v' is no preset" "$work/p/pre-$n.yaml" 1 \
        "has no 'columns' (and no 'preset')"
    says_not "N1 an attachment's 'preset:$v': not a preset named '$null'" \
        "$work/p/pre-$n.yaml" 1 "unknown preset"
done
edited units-null '  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
' '' 'units:' 'units: ~'
check_says "N1 'units: ~' is told empty (a YAML null)" "$work/p/units-null.yaml" 1 \
    "'units' is empty (a YAML null)"
says_not "N1 'units: ~': not 'must be a list'" "$work/p/units-null.yaml" 1 "must be a list"
edited id-null 'id: bieu01' 'id: ~'
check_says "N1 an attachment's 'id: ~' is an attachment without an id" \
    "$work/p/id-null.yaml" 1 "has no 'id'"
says_not "N1 an attachment's 'id: ~': not an invalid id '~'" "$work/p/id-null.yaml" 1 \
    "invalid id"
edited rows-null '    rows: {from: localities, where: {target_year: 2024}}' '    rows: NULL'
check_says "N1 an attachment's 'rows: NULL' removes its preset's rows: it has none" \
    "$work/p/rows-null.yaml" 1 "has no 'rows'"
edited items-null '        items:                                   # its rows: tasks, printed only in the table
          - {task: Rà soát hồ sơ các xã, lead: vpdp, due: 2024-06}' '        items: ~'
says_not "N1 a table's 'items: ~': not 'must be a list'" "$work/p/items-null.yaml" 1 \
    "must be a list"
mkdir -p "$work/p/inc"
printf 'units: ~\nimport: null\nlevels:\n  - {id: x1, name: Mức một}\n' >"$work/p/inc/reg.yaml"
edited inc-null 'import: [qd318-xa-ntm]' 'import: ~
include: [inc/reg.yaml]'
check_says "N1 a registry's 'units: ~' and the plan's 'import: ~' are told empty" \
    "$work/p/inc-null.yaml" 1 "reg.yaml:1:8: error[KH107]: 'units' is empty (a YAML null)" \
    "'import' is empty (a YAML null)"
says_not "N1 ... not 'must be a list' nor a catalog '~'" "$work/p/inc-null.yaml" 1 \
    "must be a list" "unknown catalog"
edited inc-null2 'import: [qd318-xa-ntm]' 'include: ~'
check_says "control: 'include: ~' is told empty" "$work/p/inc-null2.yaml" 1 \
    "'include' is empty (a YAML null)"
# an attachment's Null removes its preset's value as its ~ does
edited gb-null '    rows: {from: localities, where: {target_year: 2024}}' \
    '    rows: {from: localities, where: {target_year: 2024}, group_by: Null}'
edited gb-tilde '    rows: {from: localities, where: {target_year: 2024}}' \
    '    rows: {from: localities, where: {target_year: 2024}, group_by: ~}'
"$khgen" build -f md -o "$work/gb" "$work/p/gb-null.yaml" "$work/p/gb-tilde.yaml" >/dev/null 2>&1
sed 's/gb-null/X/g' "$work/gb/gb-null.md" >"$work/gb.got" 2>/dev/null
sed 's/gb-tilde/X/g' "$work/gb/gb-tilde.md" >"$work/gb.want" 2>/dev/null
if [ -s "$work/gb.want" ] && ! grep -q 'Cấp xã |' "$work/gb.want"; then
    same gb "N1 an attachment's 'group_by: Null' removes the preset's grouping, as '~' does"
else
    not_ok "N1 setup: 'group_by: ~' still prints the group row 'Cấp xã'"
fi

# ---- S3: ongoing in a plan over a school year -------------------------------
# ongoing_of NAME PERIOD: the "Thời gian thực hiện" line of README's example
# with its first task `ongoing` under PERIOD, built to .md and .docx
ongoing_of() {
    edited "$1" 'import: [qd318-xa-ntm]' "import: [qd318-xa-ntm]
period: $2" 'due: 2024-Q1' 'due: ongoing' 'due: 2024-06}' 'due: ongoing}'
    rm -rf "$work/$1"
    "$khgen" build -f md,docx -o "$work/$1" "$work/p/$1.yaml" >/dev/null 2>&1
    got=$(grep -o 'Thường xuyên[^|]*' "$work/$1/$1.md" 2>/dev/null | head -1 | sed 's/ *$//')
    docx=$(unzip -p "$work/$1/$1.docx" word/document.xml 2>/dev/null | grep -o 'Thường xuyên trong [^<]*' | head -1)
}
ongoing_of sy '{from: 2024-09-05, to: 2025-05-31}'
if [ "$got" = "Thường xuyên trong năm học 2024-2025" ] && [ "$docx" = "$got" ]; then
    ok "S3 ongoing in a school-year plan (2024-09..2025-05) prints 'trong năm học 2024-2025'"
else
    not_ok "S3 ongoing in a school-year plan: md '$got', docx '$docx'"
fi
ongoing_of gd '{from: 2021-01-01, to: 2025-12-31}'
if [ "$got" = "Thường xuyên trong giai đoạn 2021-2025" ]; then
    ok "S3 ongoing in a plan of 2021-2025 prints 'trong giai đoạn 2021-2025'"
else
    not_ok "S3 ongoing in a plan of 2021-2025: '$got'"
fi
ongoing_of cy '2024'
if [ "$got" = "Thường xuyên trong năm 2024" ]; then
    ok "control: ongoing in a plan of one year prints 'trong năm 2024'"
else
    not_ok "control: ongoing in a plan of one year: '$got'"
fi
ongoing_of cy2 '{from: 2024-03-01, to: 2024-12-31}'
if [ "$got" = "Thường xuyên trong năm 2024" ]; then
    ok "control: ongoing in a plan of part of one year prints 'trong năm 2024'"
else
    not_ok "control: ongoing in a plan of part of one year: '$got'"
fi

# ---- P2: init's placeholder left in ------------------------------------------
"$khgen" init -o "$work/p/init.yaml" --level xa --year 2025 "Đồng Hưu" >/dev/null 2>&1
if grep -q '^  # governing_body: UBND \.\.\.' "$work/p/init.yaml" 2>/dev/null; then
    sed 's/^  # governing_body: UBND \.\.\./  governing_body: UBND .../' "$work/p/init.yaml" \
        >"$work/p/init-gb.yaml"
    check_says "P2 init's 'governing_body: UBND ...' uncommented: warned, a placeholder left in" \
        "$work/p/init-gb.yaml" 0 "warning[KH177]: 'governing_body' ends with '...'"
    check_says "control: init's skeleton as written is not warned KH177" "$work/p/init.yaml" 0
    grep -q KH177 "$work/err" && not_ok "control: init's skeleton warned KH177"
else
    not_ok "P2 setup: init no longer writes '# governing_body: UBND ...'"
fi
edited ph 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients: [UBND tỉnh, Các xã …, "Lưu: VT"]' \
    'name: Nguyễn Văn A' 'name: Nguyễn Văn ...' 'label: Biểu 01' 'label: Biểu ...'
check_says "P2 a placeholder left in a recipient, the signer's name, a label: each warned" \
    "$work/p/ph.yaml" 0 "KH177]: 'recipients'" "KH177]: 'name'" "KH177]: 'label'"
edited ph2 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients: [UBND tỉnh, Các xã v.v..., "Lưu: VT"]' \
    'number: ""' 'number: "..."'
says_not "control: 'v.v...' and a bare number '...' are not placeholders left in" \
    "$work/p/ph2.yaml" 0 KH177

# ---- L: the cheap LOWs --------------------------------------------------------
for lv in XA Xa xã; do
    if "$khgen" init -o - --level "$lv" --year 2025 "Đồng Hưu" 2>"$work/err" |
        grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU\]'; then
        ok "L init --level $lv is the commune's skeleton"
    else
        not_ok "L init --level $lv: $(head -c 300 "$work/err")"
    fi
done
"$khgen" init -o - --level xb --year 2025 "Đồng Hưu" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 2 ] && grep -q "unknown level 'xb'" "$work/err"; then
    ok "control: init --level xb is still an unknown level (status 2)"
else
    not_ok "control: init --level xb: status $status, $(head -c 300 "$work/err")"
fi

written_rows() { # written_rows NAME ROW-LINES: bieu01 as a table of written rows
    edited "$1" '    preset: locality-targets
    rows: {from: localities, where: {target_year: 2024}}' "    columns:
      - {key: stt, type: stt, header: TT}
      - {key: xa, header: Xã}
      - {key: n, header: Số hộ, type: int}
    rows:
$2"
}
written_rows row-empty '      - {xa: Đồng Hưu, n: 3}
      - {}'
check_says "L a written row {} is warned as [] is (KH625)" "$work/p/row-empty.yaml" 0 \
    "warning[KH625]: this row is empty ({})"
written_rows row-heading '      - {heading: Xã khu vực I, n: 12}
      - {xa: Đồng Hưu, n: 3}'
check_says "L {heading: X, n: 12}: a group row holds its title alone, not 'no column heading'" \
    "$work/p/row-heading.yaml" 1 "a row {heading: TITLE} is a group row and holds its title alone"
written_rows row-ok '      - {heading: Xã khu vực I}
      - {xa: Đồng Hưu, n: 3}'
says_not "control: a group row and a row under it are not warned" "$work/p/row-ok.yaml" 0 \
    KH625 KH610

# controls: a quoted "~" is text; a text key's null is still an empty text
edited due-q 'due: 2024-Q1' 'due: "~"'
check_says "control: a quoted '~' is text: not a deadline" "$work/p/due-q.yaml" 1 \
    "'~' is not a deadline"
edited title-null '  title: Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện năm 2024' '  title: NULL'
check_says "control: the header's 'title: NULL' is an empty title (KH107)" \
    "$work/p/title-null.yaml" 1 "KH107" "'title' of the header is empty"
check_says "control: README's example checks clean" "$work/p/ex.yaml" 0

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
