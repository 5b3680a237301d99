#!/bin/sh
# tests/hardening/perf14.sh KHGEN WORKDIR - what session 14 changed for the
# cost of `khgen check` (issue 14), and the guards of those changes: a
# value is NFC-tested once for the whole file unless an escape can make it
# otherwise; a table's lead or support column gathers only the units. The
# cases guard the outputs the changes must keep.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

/usr/bin/python3 "$top/tests/bench/gen_plan.py" 20 40 >"$work/p.yaml" || not_ok "setup: gen_plan.py"
"$khgen" check "$work/p.yaml" >/dev/null 2>&1 || not_ok "setup: the small plan does not check"
# ---- 3 and 4: NFC when the file is NFC but an escape is not, and when the file is not --
# The whole file passing the NFC test says nothing of a value an escape
# makes; a combining mark written in the file makes its values tested.
sed 's/^opening: .*/opening: "UBND huyện xây dựng Kế hoạch năm {year}: a\\u0301 e\\u0323\\u0302."/' \
    "$work/p.yaml" >"$work/p3.yaml"
sed "s/^opening: .*/opening: 'UBND huyện xây dựng Kế hoạch năm {year}: a$(printf '\314\201') e$(printf '\314\243\314\202').'/" \
    "$work/p.yaml" >"$work/p4.yaml"
for c in 3 4; do
    "$khgen" build -f md -o - "$work/p$c.yaml" >"$work/out$c" 2>"$work/err$c"
    if grep -q '^UBND huyện xây dựng Kế hoạch năm 2024: á ệ\.$' "$work/out$c" &&
        ! grep -q "$(printf '\314')" "$work/out$c"; then
        ok "$c: a value with combining marks ($([ $c = 3 ] && echo 'from escapes' || echo 'in the file')) is printed in NFC"
    else
        not_ok "$c: $(grep 'Kế hoạch năm 2024:' "$work/out$c" | od -c | head -3)"
    fi
done

# ---- 5: a lead column, then a support column, of the same rows -----------------------
# The lead column's gathering lists the leads only; the support column of
# the same row must not take it for its own (its names would be missing).
cat "$work/p.yaml" - >"$work/p5.yaml" <<'YAML'
  - id: bieu06
    label: Biểu 06
    title: Chỉ tiêu, đơn vị phụ trách và phối hợp
    columns:
      - {key: code, header: Chỉ tiêu}
      - {key: lead, header: Phụ trách}
      - {key: support, header: Phối hợp}
    rows:
      from: indicators
YAML
sed -i 's/chỉ tiêu theo {att bieu05} đính kèm/chỉ tiêu theo {att bieu05}, {att bieu06} đính kèm/' "$work/p5.yaml"
"$khgen" build -f md -o - "$work/p5.yaml" >"$work/out5" 2>"$work/err5"
status=$?
row=$(awk '/^[*][*]Biểu 06[*][*]$/ { f = 1 } f && /^[|] 1 [|]/ { print; exit }' "$work/out5")
if [ "$status" -eq 0 ] && [ "$(printf '%s' "$row" | grep -o 'Phòng chuyên môn số [0-9]*' | wc -l)" -ge 2 ] &&
    printf '%s' "$row" | grep -q '^| 1 | [^|]*Phòng[^|]* | [^|]*Phòng[^|]* |$'; then
    ok "5: an indicator's row names its leads and its supporting units"
else
    not_ok "5: status $status: $row $(head -c 300 "$work/err5")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
