#!/bin/sh
# tests/hardening/perf15.sh KHGEN WORKDIR - what session 15 changed for the
# cost of `khgen check` (issue 14), and the guards of those changes: a
# criterion's gathering lists the supporting units only for a support
# column (the full one no longer does), and a task's "Phụ trách" phrase is
# made once for each lead and supporting units, unless the task has a lead
# note. The cases guard the outputs the changes must keep; they pass with
# the binary from before them too.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

/usr/bin/python3 "$top/tests/bench/gen_plan.py" 20 40 >"$work/p.yaml" || not_ok "setup: gen_plan.py"
"$khgen" check "$work/p.yaml" >/dev/null 2>&1 || not_ok "setup: the small plan does not check"

# Row 1 of the table labelled $2 in the Markdown $1.
first_row() {
    awk -v label="**$2**" '$0 == label { f = 1 } f && /^[|] 1 [|]/ { print; exit }' "$1"
}

# ---- 1 and 2: a support column after the full gathering of the same row --------------
# The responsible column's gathering (who answers, the phrases, the
# deadlines) leaves out the supporting units; a support column of the same
# row, after it, must gather them (its cell would be empty).
cat "$work/p.yaml" - >"$work/p1.yaml" <<'YAML'
  - id: bieu06
    label: Biểu 06
    title: Tiêu chí, cơ quan phụ trách và phối hợp
    columns:
      - {key: code, header: STT, type: stt}
      - {key: responsible, header: Phụ trách}
      - {key: support, header: Phối hợp}
      - {key: support_short, header: Phối hợp (tắt)}
    rows:
      from: criteria
  - id: bieu07
    label: Biểu 07
    title: Chỉ tiêu, cơ quan phụ trách và phối hợp
    columns:
      - {key: code, header: Chỉ tiêu}
      - {key: responsible, header: Phụ trách}
      - {key: support, header: Phối hợp}
    rows:
      from: indicators
YAML
sed -i 's/chỉ tiêu theo {att bieu05} đính kèm/chỉ tiêu theo {att bieu05}, {att bieu06}, {att bieu07} đính kèm/' "$work/p1.yaml"
"$khgen" build -f md -o - "$work/p1.yaml" >"$work/out1" 2>"$work/err1"
status=$?
for c in 1 2; do
    label=$([ $c = 1 ] && echo "Biểu 06" || echo "Biểu 07")
    row=$(first_row "$work/out1" "$label")
    # | 1 | X phối hợp với Y, Z | Y, Z | ... : the support cell names units
    support=$(printf '%s' "$row" | awk -F' [|] ' '{ print $3 }')
    if [ "$status" -eq 0 ] && printf '%s' "$row" | grep -q 'phối hợp với Phòng chuyên môn số' &&
        [ "$(printf '%s' "$support" | grep -o 'Phòng chuyên môn số [0-9]*' | wc -l)" -ge 2 ] &&
        { [ $c = 2 ] || printf '%s' "$row" | grep -q '| Phòng [0-9]*, Phòng [0-9]*'; }; then
        ok "$c: $label's row names its supporting units after its responsible phrases"
    else
        not_ok "$c: status $status: $row $(head -c 300 "$work/err1")"
    fi
done

# ---- 3: two tasks of the same units, one with a lead note -----------------------------
# The phrase of a task without a note is made once for its units; a task
# with a note has its own ("... (đồng chí A)"), neither taken for the other.
/usr/bin/python3 - "$work/p.yaml" "$work/p3.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
t0 = "            id: t0\n"
i = text.index("            lead: u0\n", text.index(t0))
text = text[:i] + "            lead: u0\n            lead_note: (đồng chí A)\n" + \
    text[i + len("            lead: u0\n"):]
i = text.index("            lead: u19\n            support: [u20, u26]\n", text.index("id: t19\n"))
text = text[:i] + "            lead: u0\n            support: [u1, u7]\n" + \
    text[i + len("            lead: u19\n            support: [u20, u26]\n"):]
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
"$khgen" build -f md -o - "$work/p3.yaml" >"$work/out3" 2>"$work/err3"
status=$?
row=$(first_row "$work/out3" "Biểu 02")
plain='Phòng chuyên môn số 1 phối hợp với Phòng chuyên môn số 2, Phòng chuyên môn số 8'
# (a cell's lines are joined by "<br>" in the .md since s17low, "; " before)
if [ "$status" -eq 0 ] && printf '%s' "$row" | grep -q "$plain (đồng chí A)<br>" &&
    printf '%s' "$row" | grep -q "<br>$plain<br>"; then
    ok "3: a task's lead note stays its own in a criterion's phrases"
else
    not_ok "3: status $status: $row $(head -c 300 "$work/err3")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
