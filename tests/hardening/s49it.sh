#!/bin/sh
# tests/hardening/s49it.sh KHGEN WORKDIR - what session 49's IT officer of a
# province's Sở Nội vụ found rolling khgen out to its communes from the
# README only (a git repository of the shared registries and catalogs, the
# communes' plans including them, a CI script, the yearly build and `new`,
# registry changes and `diff`; reproducers in /tmp/s49it/ of that session).
# Each case fails at 22d4e000 (session 48's stop) unless it is named a guard:
#  F7   a province that replaces a shipped catalog in its --templates DIR
#       (doc/templates.md) builds with it, but `new` and `diff` took no
#       --templates: `new` refused the province's correct plan ("has
#       errors", KH402 at the criterion only its catalog has), `diff` could
#       not compare it (exit 3), git's driver neither; now both take it.
#  F7g  (guard) without --templates such a plan is still refused by `new`
#       (KH402): the option is what reads the province's catalog.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# a province's templates: the shipped catalog replaced, with a criterion 20
prov_templates() { # DIR
    mkdir -p "$1/catalogs"
    cat >"$1/catalogs/qd318-xa-ntm.yaml" <<'Y'
id: qd318-xa-ntm
title: Bộ tiêu chí xã nông thôn mới của tỉnh
criteria:
  - {code: 13, name: Tổ chức sản xuất và phát triển kinh tế nông thôn}
  - {code: 20, name: Chuyển đổi số}
Y
}

# ---- F7: new and diff read the province's --templates --------------------------------
d=$work/f7
mkdir -p "$d"
prov_templates "$d/mau"
(cd "$d" && "$khgen" init --year 2026 "Xã Tân Phú" -o p.yaml >/dev/null 2>&1)
sed 's/criteria: \[13\]/criteria: [13, 20]/' "$d/p.yaml" >"$d/p2.yaml" && mv "$d/p2.yaml" "$d/p.yaml"
if ! grep -q 'criteria: \[13, 20\]' "$d/p.yaml" ||
    ! (cd "$d" && "$khgen" check --templates mau p.yaml >/dev/null 2>&1); then
    not_ok "F7 setup: the plan citing the province's criterion 20 checks clean with --templates"
else
    (cd "$d" && "$khgen" new --templates mau --from p.yaml --year 2027 -o n.yaml >"$d/new.out" 2>"$d/new.err")
    st=$?
    [ "$st" = 0 ] && [ -f "$d/n.yaml" ] && grep -q 'criteria: \[13, 20\]' "$d/n.yaml" &&
        grep -q '^khgen: wrote n.yaml, the plan of 2027' "$d/new.out" &&
        ! grep -q 'KH402' "$d/new.err" &&
        ok "F7 new --templates DIR reads the province's catalog: next year's plan written (exit 0)" ||
        not_ok "F7 new --templates DIR refused the province's plan (status $st): $(head -c 300 "$d/new.err")"
    (cd "$d" && "$khgen" diff --templates mau p.yaml n.yaml >"$d/diff.out" 2>"$d/diff.err")
    st=$?
    [ "$st" = 1 ] && grep -q '2026.*2027' "$d/diff.out" && [ ! -s "$d/diff.err" ] &&
        ok "F7 diff --templates DIR compares the province's plans (exit 1, the years counted)" ||
        not_ok "F7 diff --templates DIR (status $st): $(head -c 300 "$d/diff.err")"
    # git's driver: the options of `git config diff.khgen.command` before git's seven
    (cd "$d" && "$khgen" diff --templates mau p.yaml p.yaml 0000000 100644 n.yaml 0000000 100644 \
        >"$d/git.out" 2>"$d/git.err")
    st=$?
    [ "$st" = 0 ] && grep -q '2026.*2027' "$d/git.out" && [ ! -s "$d/git.err" ] &&
        ok "F7 git's driver with --templates DIR compares the province's plans" ||
        not_ok "F7 git's driver with --templates DIR (status $st): $(head -c 300 "$d/git.err")"
    (cd "$d" && "$khgen" new --templates mau --templates mau --from p.yaml --year 2028 -o m.yaml \
        >/dev/null 2>"$d/twice.err")
    st=$?
    [ "$st" = 2 ] && grep -q "given twice" "$d/twice.err" && [ ! -e "$d/m.yaml" ] &&
        ok "F7 new's --templates given twice is a usage error, nothing written" ||
        not_ok "F7 new's --templates given twice (status $st): $(head -c 300 "$d/twice.err")"
    (cd "$d" && "$khgen" diff --templates nope p.yaml n.yaml >/dev/null 2>"$d/nodir.err")
    st=$?
    [ "$st" = 2 ] && grep -q "cannot use 'nope' for --templates" "$d/nodir.err" &&
        ok "F7 diff --templates of no directory is the usage error build gives" ||
        not_ok "F7 diff --templates nope (status $st): $(head -c 300 "$d/nodir.err")"
    # F7g: without the option, the built-in catalog has no criterion 20
    (cd "$d" && "$khgen" new --from p.yaml --year 2028 -o g.yaml >/dev/null 2>"$d/g.err")
    st=$?
    [ "$st" = 1 ] && grep -q 'KH402' "$d/g.err" && [ ! -e "$d/g.yaml" ] &&
        ok "F7g (guard) without --templates the built-in catalog refuses criterion 20 (KH402)" ||
        not_ok "F7g without --templates (status $st): $(head -c 300 "$d/g.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
