#!/bin/sh
# tests/hardening/lead18.sh KHGEN WORKDIR - what session 18's fuzz campaign
# found (fuzz_check, 5 minutes in): a locality without 'id' whose entry
# names a parent, status or target crashed khgen check (SIGSEGV, exit 139).
# The parser reuses the slot of an entry it drops (no id), and clears it
# for the next entry; the ids the dropped entry used were recorded with a
# pointer to their field in that slot, which resolve's binding then read
# (NULL, or the next entry's value). Issue 8's reproducer 2 again, by
# another road (session 17's binding into the entry's own field). Each
# case fails with the binary before the fix (exit 139); the reproducer is
# also tests/fuzz/crashes/check/crash-locality-without-id-parent.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/p"

# plan NAME FIRST SECOND: a plan whose localities are FIRST and SECOND
plan() {
    cat >"$work/p/$1.yaml" <<YAML
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01-05
  title: Kế hoạch thử
levels:
  - {id: nm, name: Nông thôn mới}
localities:
  - $2
  - $3
body:
  - para: "Nội dung."
YAML
}

# each field that names another entry, in an entry without id, followed by
# an entry without that field (NULL in the reused slot) and with it
n=0
for field in "parent: h" "status: nm" "target: nm"; do
    for next in "{id: h, name: Huyện H, kind: huyện}" "{id: h, name: Huyện H, kind: huyện, $field}"; do
        n=$((n + 1))
        plan "f$n" "{name: Xã B, kind: xã, $field}" "$next"
        timed_case "a locality without id, with '$field', then $next" "$khgen" check "$work/p/f$n.yaml"
        if [ "$status" = 1 ] && grep -q 'KH103' "$work/err"; then
            ok "  ... reported as a locality without id (KH103), exit 1"
        else
            not_ok "  ... status $status, want 1 and KH103: $(head -c 300 "$work/err")"
        fi
    done
done

# the dropped entry's ids are still checked: an unknown parent there is
# reported, at its own line and column
plan drop "{name: Xã B, kind: xã, parent: khong-co}" "{id: h, name: Huyện H, kind: huyện}"
"$khgen" check "$work/p/drop.yaml" >"$work/o" 2>"$work/e"
st=$?
if [ "$st" = 1 ] && grep -q "drop.yaml:10:36: error\[KH203\]: unknown locality 'khong-co'" "$work/e"; then
    ok "an unknown parent in a locality without id is still reported at its place (KH203)"
else
    not_ok "unknown parent of a dropped locality: status $st: $(head -c 400 "$work/e")"
fi

# the fuzz reproducer itself
timed_case "tests/fuzz/crashes/check/crash-locality-without-id-parent" \
    "$khgen" check "$top/tests/fuzz/crashes/check/crash-locality-without-id-parent"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
