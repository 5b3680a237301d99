#!/bin/sh
# tests/hardening/fixlow30.sh KHGEN WORKDIR - session 29's leftovers and the
# design debt session 30 paid (issue 8), each case failing with the tree
# from before its fix unless labelled a control or guard:
#  T1  README.md's "The two commands" carried some 500 lines of the test
#      suites' history and their list before the reference (an IT officer
#      met them before the command line); now README says in a paragraph
#      what `make check` runs and points to tests/README.md, which holds
#      the list and the history (tests/readme/run.sh's check 2d reads it).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p

# ---- T1: README's "The two commands" short, the suites in tests/README.md ----------------------
two=$(awk '/^## The two commands/ { f = 1; next } f && /^## / { exit } f' "$top/README.md" | wc -l)
if [ "$two" -le 80 ] && grep -q '^Every suite `tests/run_all.sh` runs, one a line' "$top/tests/README.md" &&
    grep -q '^- `tests/hardening/fixlow30.sh`: ' "$top/tests/README.md" &&
    awk '/^## The two commands/ { f = 1; next } f && /^## / { exit } f' "$top/README.md" | grep -q 'tests/README.md'; then
    ok "T1 README's 'The two commands' is $two lines and points to tests/README.md, which lists the suites"
else
    not_ok "T1 README's 'The two commands' is $two lines (80 at most), or tests/README.md lacks the list of suites"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
