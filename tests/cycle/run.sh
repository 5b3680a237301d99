#!/bin/sh
# tests/cycle/run.sh KHGEN WORKDIR - the yearly cycle and the git workflow
# (issue 13), against the real binary:
#
#  - include: each plan of plans/ split into a plan and a shared registry
#    file (the lines between "# ---- registries" and "# ---- the body") builds
#    byte-identical .md, .html and .xlsx to the plan in one file;
#  - new --from, diff, init and git: see the sections below.
#
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, M failed".
set -u
khgen=$1
work=$2
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
rm -rf "$work"
mkdir -p "$work"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }
check() { # check NAME COMMAND...: passes when the command succeeds
    cname=$1
    shift
    if "$@"; then ok "$cname"; else not_ok "$cname"; fi
}
LC_ALL=C.UTF-8
export LC_ALL

# ---- include: a plan split over two files ---------------------------------
for plan in plans/*.yaml; do
    pname=$(basename "$plan" .yaml)
    grep -q '^# ---- registries' "$plan" || continue
    grep -q '^include:' "$plan" && continue
    d="$work/split/$pname"
    mkdir -p "$d/shared"
    awk -v reg="$d/shared/$pname.yaml" '
        /^# ---- registries/ { inreg = 1 }
        /^# ---- the body/ { inreg = 0 }
        { if (inreg) print > reg; else print }' "$plan" |
        sed "s|^khgen: 1\$|khgen: 1\ninclude: [shared/$pname.yaml]|" >"$d/$pname.yaml"
    if ! grep -q '^units:' "$d/shared/$pname.yaml" || grep -q '^units:' "$d/$pname.yaml"; then
        not_ok "include: splitting $pname did not move its units into the registry"
        continue
    fi
    "$khgen" build -o "$d/out-split" "$d/$pname.yaml" 2>"$d/err-split.txt"
    s1=$?
    "$khgen" build -o "$d/out-one" "$plan" 2>"$d/err-one.txt"
    s2=$?
    if [ $s1 -ne 0 ] || [ $s2 -ne 0 ]; then
        not_ok "include: $pname split over two files builds (status $s1, one file $s2)"
        sed 's/^/    | /' "$d/err-split.txt" | head -20
        continue
    fi
    for f in md html xlsx; do
        [ -f "$d/out-one/$pname.$f" ] || continue
        check "include: $pname split over two files gives the same $pname.$f" \
            cmp -s "$d/out-split/$pname.$f" "$d/out-one/$pname.$f"
    done
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
