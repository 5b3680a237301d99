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
#  F2   a province's criteria catalog (`{id, title, criteria}`, the form
#       doc/language.md gives) named where a plan goes (a CI over every
#       .yaml of the repository, git's driver) was six errors ("unknown key
#       'id' in the plan", no version, no header, no body, 'title',
#       'criteria'); now one KH103: a catalog, which plans name in
#       'import:', not a plan (as a registry so given is told).
#  F2g  (guard) a registry is still told it is a registry; a plan that
#       misspells its keys is not told it is a catalog.
#  F8   the shared directory named in NFD on disk (a Mac's copy of the
#       repository: "Dùng chung" with U+0300 apart), the plans' include
#       written in NFC (as the loader reads every text): the registry was
#       found, but `--allow-read` of that directory, typed as ls shows it,
#       was KH030 "run with --allow-read ." (its nearest existing directory
#       above the NFC name); now allowed, and the hint names the directory.
#  F8g  (guard) the NFD directory without --allow-read is still KH030.
#  F1   a province's registry that imports the communes' catalog and its
#       villages' (codes 1-5 in both, on purpose: the very layout `khgen
#       explain KH417` shows) warned KH417 in every plan that includes it;
#       a plan's `suppress` cannot reach it (KH123, "fix the warning in
#       the registry"), and a registry could hold no `suppress` (KH134):
#       under -Werror, as doc/cycle.md's ci.sh runs, every commune's plan
#       was refused. Now a registry's own `suppress:` silences the
#       warnings at its lines, in every plan; KH123 says so.
#  F1g  (guard) without it KH417 is still warned at the registry's line;
#       a registry's `suppress` does not reach the plan's own lines; an
#       unknown code in it is KH111 there.
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

# ---- F2: a criteria catalog given as a plan is one error that says what it is --------
d=$work/f2
mkdir -p "$d"
cat >"$d/tieu-chi-thon.yaml" <<'Y'
# Bộ tiêu chí thôn nông thôn mới của tỉnh
id: thon-ntm-bn
title: Bộ tiêu chí thôn nông thôn mới tỉnh Bắc Ninh giai đoạn 2026-2030
criteria:
  - {code: 1, name: Giao thông thôn}
  - {code: 2, name: Điện}
Y
"$khgen" check "$d/tieu-chi-thon.yaml" >/dev/null 2>"$d/cat.err"
st=$?
[ "$st" = 1 ] && [ "$(grep -c '\[KH' "$d/cat.err")" = 1 ] &&
    grep -q "tieu-chi-thon.yaml:2:1: error\[KH103\]: this file holds a criteria catalog's keys (id, title, criteria): it is a catalog, which plans name in 'import:', not a plan" "$d/cat.err" &&
    ok "F2 a catalog given as a plan is one KH103 that says it is a catalog" ||
    not_ok "F2 a catalog given as a plan (status $st): $(head -c 400 "$d/cat.err")"
"$khgen" diff "$d/tieu-chi-thon.yaml" "$d/tieu-chi-thon.yaml" >/dev/null 2>"$d/diff.err"
st=$?
[ "$st" = 3 ] && grep -q "it is a catalog, which plans name in 'import:'" "$d/diff.err" &&
    ! grep -q "unknown key 'id'" "$d/diff.err" &&
    ok "F2 diff of a catalog says it is a catalog (exit 3)" ||
    not_ok "F2 diff of a catalog (status $st): $(head -c 400 "$d/diff.err")"
# F2g: a registry is a registry; a plan with a stray 'criteria:' is a plan
printf 'units:\n  - {id: a, name: Phòng A}\n' >"$d/registry.yaml"
"$khgen" check "$d/registry.yaml" >/dev/null 2>"$d/reg.err"
printf 'khgen: 1\nheader: {}\ncriteria: []\n' >"$d/plan.yaml"
"$khgen" check "$d/plan.yaml" >/dev/null 2>"$d/plan.err"
grep -q "it is a registry, which plans name in 'include:'" "$d/reg.err" &&
    ! grep -q 'is a catalog' "$d/reg.err" "$d/plan.err" &&
    grep -q "unknown key 'criteria' in the plan" "$d/plan.err" &&
    ok "F2g (guard) a registry is told a registry, a plan with 'criteria:' is read as a plan" ||
    not_ok "F2g: $(head -c 300 "$d/reg.err") / $(head -c 300 "$d/plan.err")"

# ---- F8: --allow-read of a directory named in NFD on disk -------------------------------
d=$work/f8
nfd=$(printf 'Du\314\200ng chung') # "Dùng chung" as a Mac writes it
mkdir -p "$d/$nfd" "$d/xa/tan-phu"
printf 'units:\n  - {id: snv, name: Sở Nội vụ}\n' >"$d/$nfd/registry.yaml"
(cd "$d" && "$khgen" init --year 2026 "Xã Tân Phú" -o xa/tan-phu/p.yaml >/dev/null 2>&1)
sed 's|^khgen: 1$|khgen: 1\ninclude: ["../../Dùng chung/registry.yaml"]|' "$d/xa/tan-phu/p.yaml" >"$d/p.tmp" &&
    mv "$d/p.tmp" "$d/xa/tan-phu/p.yaml"
(cd "$d" && "$khgen" check --allow-read "$nfd" xa/tan-phu/p.yaml >/dev/null 2>"$d/allow.err")
st=$?
[ "$st" = 0 ] && ! grep -q 'KH030' "$d/allow.err" &&
    ok "F8 --allow-read of the NFD directory (as ls names it) allows the registry the NFC path names" ||
    not_ok "F8 --allow-read of the NFD directory (status $st): $(head -c 400 "$d/allow.err")"
(cd "$d" && "$khgen" check xa/tan-phu/p.yaml >/dev/null 2>"$d/no.err")
st=$?
[ "$st" = 1 ] && grep -q "error\[KH030\]" "$d/no.err" && grep -qF -- "--allow-read '$nfd')" "$d/no.err" &&
    ok "F8 KH030 names the directory to allow as it is on disk, not '.'" ||
    not_ok "F8 KH030's hint (status $st): $(head -c 400 "$d/no.err")"
[ "$st" = 1 ] && grep -q "error\[KH030\]" "$d/no.err" &&
    ok "F8g (guard) the NFD directory without --allow-read is still KH030" ||
    not_ok "F8g without --allow-read (status $st)"

# ---- F1: a registry's own suppress: -------------------------------------------------------
d=$work/f1
mkdir -p "$d/chung" "$d/xa/tan-phu"
cat >"$d/chung/thon.yaml" <<'Y'
id: thon-ntm-bn
title: Bộ tiêu chí thôn nông thôn mới của tỉnh
criteria:
  - {code: 1, name: Giao thông thôn}
  - {code: 2, name: Điện}
Y
f1_registry() { # SUPPRESS-LINE
    printf 'import: [qd318-xa-ntm, thon.yaml]\nunits:\n  - {id: snv, name: Sở Nội vụ}\n%s' "$1" \
        >"$d/chung/registry.yaml"
}
f1_registry ''
(cd "$d" && "$khgen" init --year 2026 --include chung/registry.yaml "Xã Tân Phú" \
    -o xa/tan-phu/p.yaml >/dev/null 2>&1) || not_ok "F1 setup: init --include the registry"
f1_registry 'suppress: [KH417]   # the villages catalog is imported on purpose
'
(cd "$d" && "$khgen" check --allow-read chung -Werror xa/tan-phu/p.yaml >/dev/null 2>"$d/sup.err")
st=$?
[ "$st" = 0 ] && ! grep -q 'KH' "$d/sup.err" &&
    ok "F1 a registry's suppress: [KH417] silences its warning in the plan that includes it (-Werror, exit 0)" ||
    not_ok "F1 a registry's suppress (status $st): $(head -c 400 "$d/sup.err")"
(cd "$d" && "$khgen" init --year 2026 --include chung/registry.yaml "Xã Đồng Hưu" \
    -o xa/tan-phu/init.yaml >/dev/null 2>"$d/init.err")
st=$?
[ "$st" = 0 ] && [ -f "$d/xa/tan-phu/init.yaml" ] &&
    ok "F1 init --include a registry with its own suppress: starts the plan" ||
    not_ok "F1 init --include a registry with suppress (status $st): $(head -c 300 "$d/init.err")"
f1_registry 'suppress: KH417
'
(cd "$d" && "$khgen" check --allow-read chung -Werror xa/tan-phu/p.yaml >/dev/null 2>"$d/one.err")
st=$?
[ "$st" = 0 ] && ! grep -q 'KH' "$d/one.err" &&
    ok "F1 a registry's suppress of one code written alone (a list of one) silences it" ||
    not_ok "F1 a registry's suppress: KH417 (status $st): $(head -c 400 "$d/one.err")"
f1_registry ''
sed 's|^khgen: 1$|khgen: 1\nsuppress: [KH417]|' "$d/xa/tan-phu/p.yaml" >"$d/xa/tan-phu/q.yaml"
(cd "$d" && "$khgen" check --allow-read chung xa/tan-phu/q.yaml >/dev/null 2>"$d/reach.err")
st=$?
[ "$st" = 0 ] && grep -q "warning\[KH123\]: KH417 is warned in .*registry.yaml', outside this plan's file" "$d/reach.err" &&
    grep -q "or silence it there, in that file's own 'suppress:'" "$d/reach.err" &&
    ok "F1 KH123 says the registry can silence its warning in its own suppress:" ||
    not_ok "F1 KH123's advice (status $st): $(head -c 500 "$d/reach.err")"
# F1g: no suppress, KH417 at the registry; the registry's suppress is its own file's
(cd "$d" && "$khgen" check --allow-read chung xa/tan-phu/p.yaml >/dev/null 2>"$d/none.err")
g1=$?
grep -q "registry.yaml:1:24: warning\[KH417\]" "$d/none.err" && g1=ok
printf 'units:\n  - {id: snv, name: Sở Nội vụ}\nsuppress: [KH417]\n' >"$d/chung/registry.yaml"
sed 's|^khgen: 1$|khgen: 1\nimport: [qd318-xa-ntm, ../../chung/thon.yaml]|' "$d/xa/tan-phu/p.yaml" \
    >"$d/xa/tan-phu/own.yaml"
(cd "$d" && "$khgen" check --allow-read chung xa/tan-phu/own.yaml >/dev/null 2>"$d/own.err")
grep -q "own.yaml:[0-9]*:[0-9]*: warning\[KH417\]" "$d/own.err" && g2=ok || g2=no
printf 'units:\n  - {id: snv, name: Sở Nội vụ}\nsuppress: [KH4177]\n' >"$d/chung/registry.yaml"
(cd "$d" && "$khgen" check --allow-read chung xa/tan-phu/p.yaml >/dev/null 2>"$d/bad.err")
g3=$?
[ "$g1" = ok ] && [ "$g2" = ok ] && [ "$g3" = 1 ] &&
    grep -q "registry.yaml:3:12: error\[KH111\]: unknown diagnostic code 'KH4177' in 'suppress'" "$d/bad.err" &&
    ok "F1g (guard) KH417 stays without it, at the registry; a registry's suppress is its own file's; KH111 for an unknown code" ||
    not_ok "F1g: $g1 $g2 $g3 $(head -c 300 "$d/none.err") / $(head -c 300 "$d/own.err") / $(head -c 300 "$d/bad.err")"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
