#!/bin/sh
# tests/hardening/slips2.sh KHGEN WORKDIR - what slips.py found over its
# varied base (tests/hardening/slips-vary, session 18, issue 8). A file
# whose first key is indented one space (" units:" under the comments of
# a shared registry, then "levels:" at the line's start) was reported at
# the second key, where YAML ends the document ("did not find expected
# <document start>"), with no word of the line to fix: the error now
# stands at the first key and says to start it at the line's beginning,
# with a note where YAML noticed. The same slip in plans/yen-the's registry
# (slips.py's yen-the_registry-224) was never in slips.sh's sample. Each
# case fails with the binary before the fix (the error at the second key).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/p/r"

cat >"$work/p/r/reg.yaml" <<'YAML'
# a shared registry
# of the district

 units:
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
levels:
  - {id: ntm, name: nông thôn mới}
YAML
cat >"$work/p/plan.yaml" <<'YAML'
khgen: 1
include: [r/reg.yaml]
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01-05
  title: Kế hoạch thử
body:
  - task: Rà soát
    lead: tckh
YAML
"$khgen" check "$work/p/plan.yaml" >"$work/o" 2>"$work/e"
st=$?
if [ "$st" = 1 ] && grep -q "r/reg.yaml:4:2: error\[KH005\]: YAML syntax error: the file's first key is indented" "$work/e" &&
    grep -q "r/reg.yaml:6:1: note: YAML noticed it here" "$work/e"; then
    ok "a registry's first key indented one space: the error at that key (4:2), a note where YAML noticed"
else
    not_ok "first key indented: status $st: $(head -c 400 "$work/e")"
fi

# the plan itself: its first key indented, after a comment and '---'
printf '# plan\n---\n  khgen: 1\n  header: {}\nbody: []\n' >"$work/p/top.yaml"
"$khgen" check "$work/p/top.yaml" >"$work/o" 2>"$work/e"
st=$?
if [ "$st" = 1 ] && grep -q "^.*top.yaml:3:3: error\[KH005\]: .*first key is indented" "$work/e"; then
    ok "a plan's first key indented two spaces after '---': the error at 3:3"
else
    not_ok "plan's first key indented: status $st: $(head -c 400 "$work/e")"
fi

# not this hint: a file indented the same throughout is one mapping, and a
# later key indented less than the first is not the first key's fault
printf 'khgen: 1\nheader:\n  title: A\n x: 1\n' >"$work/p/later.yaml"
"$khgen" check "$work/p/later.yaml" >"$work/o" 2>"$work/e"
st=$?
if [ "$st" = 1 ] && ! grep -q "first key is indented" "$work/e"; then
    ok "a later line indented wrong keeps its own error, not the first key's hint"
else
    not_ok "later line: status $st: $(head -c 400 "$work/e")"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
