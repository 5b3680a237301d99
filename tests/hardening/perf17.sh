#!/bin/sh
# tests/hardening/perf17.sh KHGEN WORKDIR - what session 17 changed for the
# cost of `khgen check` (issue 14), and the guards of those changes:
#
#   - binding an id (resolve.c's bind_ids, plan_bind_id) points the field
#     that holds it (a task's lead, joint leads, supports, assignments and
#     localities; a locality's parent, status and target) at the registry
#     entry's own copy of the same text: every table and line must still
#     print the units each task names, joint leads and assignments
#     included (cases 1 to 3), and an id that is not found keeps its text:
#     its error names what was written (case 4), and the entry it hints at
#     counts as used (no "never used" on top) while an entry no field names
#     is still "never used" (case 5);
#   - StrSet keeps each key's hash (a probe compares it first, growing
#     reads no key): a repeated task id among many, found after the set
#     has grown several times, is still reported at its place with the
#     first noted, and ids that differ only in their last character are no
#     repeat (cases 6, 7);
#   - prefetch() (util.h) fetches scattered tasks ahead in bind_ids, the
#     criteria tables' gathering and check_task_ids: a hint that changes
#     nothing computed (the cases above and the byte-identical outputs of
#     the suites that build).
#
# The cases pass with the binary from before the changes too: they guard
# what must not change. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

/usr/bin/python3 "$top/tests/bench/gen_plan.py" 20 40 >"$work/p.yaml" || not_ok "setup: gen_plan.py"
"$khgen" check "$work/p.yaml" >/dev/null 2>&1 || not_ok "setup: the small plan does not check"

# md_has NAME FILE TEXT...: `khgen build -f md` of FILE succeeds and the
# Markdown holds each TEXT (a fixed string)
md_has() {
    name=$1 file=$2
    shift 2
    rm -rf "$work/md"
    "$khgen" build -f md -o "$work/md" "$file" >"$work/out" 2>"$work/err"
    status=$?
    md="$work/md/$(basename "$file" .yaml).md"
    missing=
    for text in "$@"; do
        grep -qF -- "$text" "$md" 2>/dev/null || missing="$missing [$text]"
    done
    if [ "$status" -eq 0 ] && [ -z "$missing" ]; then
        ok "$name"
    else
        not_ok "$name: status $status, missing:$missing; stderr: $(head -c 400 "$work/err")"
    fi
}

# ---- 1 to 3: the units a task names, through the bound ids -------------------------
# the first task (t0: lead u0, support [u1, u7], criterion 1) is given joint
# leads u5 and u6 and supports u11 and u12; the second (t1, criterion 2) an
# assignment of indicator 2.1 to u13. Each unit prints by its own name
# (u5 is "Phòng chuyên môn số 6": the ids count from 0, the names from 1).
awk '
/^            id: t0$/ { t = 0 }
/^            id: t1$/ { t = 1 }
/^            id: t2$/ { t = 2 }
t == 0 && /^            lead: u0$/ { print "            lead: [u5, u6]"; next }
t == 0 && /^            support: / { print "            support: [u11, u12]"; next }
t == 1 && /^            support: / { print; print "            assign:"; print "              - {unit: u13, indicators: [\"2.1\"]}"; next }
{ print }' "$work/p.yaml" >"$work/units.yaml"
md_has "1: joint leads and supports print by their names in the task's line and Biểu 02" \
    "$work/units.yaml" \
    "Phòng chuyên môn số 6, Phòng chuyên môn số 7 phối hợp với Phòng chuyên môn số 12, Phòng chuyên môn số 13" \
    "| 1 | Quy hoạch | Phòng chuyên môn số 6, Phòng chuyên môn số 7 phối hợp với Phòng chuyên môn số 12, Phòng chuyên môn số 13<br>"
md_has "2: an assignment's unit prints in Biểu 05 against its indicator" \
    "$work/units.yaml" "| 2.1 |" "Phòng chuyên môn số 14 |"
# Biểu 03 (task-assignments): each task's row names its lead and supports
md_has "3: Biểu 03 names each task's units, the first's joint leads included" \
    "$work/units.yaml" "Phòng chuyên môn số 6, Phòng chuyên môn số 7" "Phòng chuyên môn số 2"

# ---- 4 and 5: an id that is not found; what counts as used ---------------------------
# the second task's lead written as the unit's name: the error quotes the
# text as written and hints at the id
awk '/^            id: t1$/ { t = 1 } t == 1 && /^            lead: u1$/ { print "            lead: Phòng chuyên môn số 2"; t = 0; next } { print }' \
    "$work/p.yaml" >"$work/byname.yaml"
line=$(grep -n '^            lead: Phòng chuyên môn số 2$' "$work/byname.yaml" | cut -d: -f1)
check_says "4: a lead written as a unit's name is an error at it, quoting the text" \
    "$work/byname.yaml" 1 "byname.yaml:$line:19: error[KH" "'Phòng chuyên môn số 2'" "u1"
# a unit no field and no text names: "never used", and only that one
sed 's/^units:$/units:\n  - {id: spare, name: Phòng dự phòng}/' "$work/p.yaml" >"$work/spare.yaml"
"$khgen" check "$work/spare.yaml" >"$work/out" 2>"$work/err"
if grep -q "'spare'" "$work/err" && [ "$(grep -c 'warning\[' "$work/err")" -eq 1 ]; then
    ok "5: the one unit nothing names is the one warning, the bound ones count as used"
else
    not_ok "5: warnings: $(grep 'warning\[' "$work/err" | head -c 600)"
fi

# ---- 6 and 7: task ids in a set that has grown ------------------------------------------
# the 38th task takes the id of the 4th: the set of 40 ids has doubled from 8
# to 128 by then
awk '/^            id: t37$/ { print "            id: t3"; next } { print }' "$work/p.yaml" >"$work/dup.yaml"
line=$(grep -n '^            id: t3$' "$work/dup.yaml" | tail -1 | cut -d: -f1)
first=$(grep -n '^            id: t3$' "$work/dup.yaml" | head -1 | cut -d: -f1)
# a task's position is its "- task:" line, the one above its id
check_says "6: a repeated task id among 40 is reported at the repeat, the first noted" \
    "$work/dup.yaml" 1 "dup.yaml:$((line - 1)):13: error[KH200]: duplicate task id 't3'" \
    "dup.yaml:$((first - 1)):13: note: 't3' is first defined here" "1 error generated."
# ids that differ in their last character only: t1, t10 .. t19 and t1ab .. t1bm
awk '/^            id: t([2-9]|[2-3][0-9])$/ { n++; printf "            id: t1%c%c\n", 97 + int(n / 26), 97 + n % 26; next } { print }' \
    "$work/p.yaml" >"$work/near.yaml"
"$khgen" check "$work/near.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && ! grep -q "duplicate task id" "$work/err"; then
    ok "7: 40 ids that share all but their last character are no repeat"
else
    not_ok "7: status $status: $(head -c 600 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
