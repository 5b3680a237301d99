#!/bin/sh
# tests/hardening/lead55.sh KHGEN WORKDIR - session 55's lead: a percent
# column under a header that gives the unit already (s54user's F4).
#
# A `percent` column prints each value with its sign, "96,6%". Under a
# header "Tỷ lệ (%)" (or a group over the column that says "%") every row
# printed the sign again, "Tỷ lệ (%)" over "96,6%", in every format, exit 0
# and no word, as no official writes a table. The plan is
# lead55/ward.yaml with its column's header and type filled in. Each case
# fails at 9e6b1b6b (session 55's start) unless it is named a guard:
#  P1  header "Tỷ lệ (%)", type percent: KH642 at the header, once, with
#      'type: decimal' to give; -Werror refuses it; in Vietnamese too;
#      `khgen explain KH642` says why.
#  P2  the same sign in the column's group ("Tỷ lệ (%)" over a header
#      "Năm 2026"): KH642 at the group.
#  P3g (guard) header "Tỷ lệ" with type percent prints "96,6%"; header
#      "Tỷ lệ (%)" with type decimal prints "96,6": neither is warned.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
khgen=$1
work=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8 LANGUAGE=
pass=0 fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

# plan OUT HEADER TYPE [GROUP]: the ward's plan with its column so
plan() {
    sed -e "s/TL_HEADER/$2/" -e "s/TL_TYPE/$3/" "$top/tests/hardening/lead55/ward.yaml" >"$1"
    if [ -n "${4:-}" ]; then
        sed -i "s/type: $3}/type: $3, group: \"$4\"}/" "$1"
    fi
}

# ---- P1: the header gives the unit ------------------------------------------------------
bad=
plan "$work/p1.yaml" "Tỷ lệ (%)" percent
"$khgen" check "$work/p1.yaml" >"$work/p1.out" 2>&1
st=$?
[ "$st" -eq 0 ] || bad="$bad [check exit $st, want 0: a warning]"
grep -q "p1\.yaml:29:27: warning\[KH642\]: the percent column 'tl' prints each value with its sign" "$work/p1.out" ||
    bad="$bad [no KH642 at 29:27: $(head -c 300 "$work/p1.out")]"
[ "$(grep -c 'KH642' "$work/p1.out")" -eq 1 ] || bad="$bad [KH642 not once]"
grep -q "type: decimal" "$work/p1.out" || bad="$bad [no fix named]"
"$khgen" check -Werror "$work/p1.yaml" >/dev/null 2>&1
st=$?
[ "$st" -eq 1 ] || bad="$bad [-Werror exit $st, want 1]"
"$khgen" --lang vi check "$work/p1.yaml" 2>&1 | grep 'KH642' | grep -q 'cột phần trăm' ||
    bad="$bad [KH642 not in Vietnamese]"
"$khgen" explain KH642 >"$work/p1.explain" 2>&1 && grep -q 'decimal' "$work/p1.explain" ||
    bad="$bad [explain KH642: $(head -c 200 "$work/p1.explain")]"
if [ -z "$bad" ]; then
    ok "P1 a percent column under 'Tỷ lệ (%)' is KH642 at the header, once, with 'type: decimal' to give; -Werror refuses it; Vietnamese; explain"
else
    not_ok "P1:$bad"
fi

# ---- P2: the group gives the unit -------------------------------------------------------
plan "$work/p2.yaml" "Năm 2026" percent "Tỷ lệ (%)"
"$khgen" check "$work/p2.yaml" >"$work/p2.out" 2>&1
st=$?
col=59 # the group's opening quote, in characters ("Năm" has an ă)
if [ "$st" -eq 0 ] && grep -q "p2\.yaml:29:$col: warning\[KH642\]:.* under 'Tỷ lệ (%)'" "$work/p2.out" &&
    [ "$(grep -c 'KH642' "$work/p2.out")" -eq 1 ]; then
    ok "P2 a percent column whose group says 'Tỷ lệ (%)' is KH642 at the group"
else
    not_ok "P2: exit $st, want KH642 at 29:$col: $(head -c 400 "$work/p2.out")"
fi

# ---- P3g (guard): the sign printed once ---------------------------------------------------
bad=
plan "$work/g1.yaml" "Tỷ lệ" percent
plan "$work/g2.yaml" "Tỷ lệ (%)" decimal
for g in g1 g2; do
    "$khgen" build -o "$work/$g" -f md "$work/$g.yaml" >"$work/$g.out" 2>&1 ||
        bad="$bad [$g build: $(head -c 200 "$work/$g.out")]"
    grep -q 'KH642' "$work/$g.out" && bad="$bad [$g warned KH642]"
done
grep -q '^| 1 | Khu phố 1 | 96,6% |$' "$work"/g1/*.md || bad="$bad [g1 does not print 96,6%]"
grep -q '^| 1 | Khu phố 1 | 96,6 |$' "$work"/g2/*.md || bad="$bad [g2 does not print 96,6]"
if [ -z "$bad" ]; then
    ok "P3g guard: 'Tỷ lệ' over a percent column prints '96,6%', 'Tỷ lệ (%)' over a decimal one '96,6': neither warned"
else
    not_ok "P3g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
