#!/bin/sh
# tests/hardening/diag10.sh KHGEN WORKDIR - what session 10's diagnostics
# sweep (issue 8: every code reachable and tested, one-line mistakes)
# found and fixed, for the cases the corpus (tests/diag) cannot hold: files
# too large to commit. Each case fails with the binary from before its fix,
# or covers a code no test reached before.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

plan() { # plan FILE INCLUDE-LINE: a small plan that includes what it is told
    {
        echo "khgen: 1"
        echo "$2"
        printf 'header:\n  issuer: [ỦY BAN NHÂN DÂN, XÃ A]\n  place: A\n  date: 2024-01\n'
        printf '  title: Kế hoạch thử\nunits:\n  - {id: vp, name: Văn phòng}\n'
        printf 'body:\n  - task: Làm đường\n    lead: vp\n'
    } >"$1"
}

# ---- KH032: no test reached it ------------------------------------------------
# an included file over the loader's 32 MiB (a sparse file: refused by its
# size, never read) and three of 30 MiB (the third past the 64 MiB a plan
# reads in all): KH032 at the name in 'include:', exit 1, in no time
truncate -s 33M "$work/big.yaml"
plan "$work/inc1.yaml" "include: [big.yaml]"
timed_case "KH032: an included file of 33 MiB" "$khgen" check "$work/inc1.yaml"
[ "$status" -eq 1 ] && grep -q "inc1.yaml:2:11: error\[KH032\]: included file '[^']*big.yaml'" "$work/err" &&
    ok "KH032: a 33 MiB include is refused at its name, by its size" ||
    not_ok "KH032: 33 MiB include: status $status, $(head -c 300 "$work/err")"
for n in 1 2 3; do truncate -s 30M "$work/part$n.yaml"; done
plan "$work/inc3.yaml" "include: [part1.yaml, part2.yaml, part3.yaml]"
"$khgen" check "$work/inc3.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 1 ] && grep -q "inc3.yaml:2:35: error\[KH032\]: included file '[^']*part3.yaml'" "$work/err" &&
    ok "KH032: the include that takes a plan past 64 MiB in all is refused at its name" ||
    not_ok "KH032: 3 x 30 MiB: status $s, $(head -c 300 "$work/err")"
rm -f "$work"/big.yaml "$work"/part?.yaml

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
