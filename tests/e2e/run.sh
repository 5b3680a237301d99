#!/bin/sh
# tests/e2e/run.sh KHGEN WORKDIR [--update] - end-to-end tests of the real binary.
#
#  - golden: each plan in plans/ builds to exactly tests/e2e/expected/<plan>.md;
#  - determinism: two builds of every plan in every format are byte-identical;
#  - the command line: exit status 0/1/2/3 where the README says, --help,
#    --version, explain;
#  - atomic outputs: a failed build leaves the earlier outputs untouched and
#    no temporary files behind; an unwritable output path is status 3;
#  - hostile input: deep nesting, an alias bomb, a self-containing alias,
#    50 MB of junk, binary bytes: refused with a diagnostic and status 1,
#    never a crash; the time taken is printed.
# --update rewrites the golden files (review the diff before committing).
set -u
khgen=$1
work=$2
update=${3:-}
# the hang guard of every suite (tests/cpu_guard.sh: CPU time, not wall)
guard=$(cd "$(dirname "$0")/.." && pwd)/cpu_guard.sh
mkdir -p "$work"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }
check() { # check NAME COMMAND...: passes when the command succeeds
    name=$1
    shift
    if "$@"; then ok "$name"; else not_ok "$name"; fi
}
# status_is EXPECTED COMMAND...: runs the command, stdout/stderr to files
status_is() {
    want=$1
    shift
    "$@" >"$work/out.txt" 2>"$work/err.txt"
    got=$?
    [ "$got" -eq "$want" ] || { echo "    status $got, expected $want"; sed 's/^/    | /' "$work/err.txt" | head -20; return 1; }
}
ms_now() { date +%s%N | cut -c1-13; }

# ---- golden Markdown -------------------------------------------------------
# the example plans, and tests/e2e/plans: shapes they lack (tables in the
# body), kept out of plans/ whose plans each reproduce a seed document
for plan in plans/*.yaml tests/e2e/plans/*.yaml; do
    name=$(basename "$plan" .yaml)
    rm -rf "$work/golden"
    if ! "$khgen" build -f md -o "$work/golden" "$plan" 2>"$work/err.txt"; then
        not_ok "golden $name: build failed"
        sed 's/^/    | /' "$work/err.txt" | head -20
        continue
    fi
    if [ "$update" = --update ]; then
        mkdir -p tests/e2e/expected
        cp "$work/golden/$name.md" "tests/e2e/expected/$name.md"
    fi
    if cmp -s "$work/golden/$name.md" "tests/e2e/expected/$name.md"; then
        ok "golden $name.md"
    else
        not_ok "golden $name.md differs from tests/e2e/expected/$name.md"
        diff "tests/e2e/expected/$name.md" "$work/golden/$name.md" | head -20 | sed 's/^/    | /'
    fi
done

# ---- determinism ----------------------------------------------------------------
rm -rf "$work/a" "$work/b"
"$khgen" build -o "$work/a" plans/*.yaml tests/e2e/plans/*.yaml 2>/dev/null
sleep 1 # a clock-dependent output would differ a second later
"$khgen" build -o "$work/b" plans/*.yaml tests/e2e/plans/*.yaml 2>/dev/null
for f in "$work"/a/*; do
    [ -f "$f" ] || continue
    check "deterministic $(basename "$f")" cmp -s "$f" "$work/b/$(basename "$f")"
done
n_outputs=$(ls "$work/a" 2>/dev/null | wc -l)
check "build writes md, html, xlsx and docx for every plan ($n_outputs files)" \
    test "$n_outputs" -eq $(( $(ls plans/*.yaml tests/e2e/plans/*.yaml | wc -l) * 4 ))

# ---- command line ------------------------------------------------------------------
first_plan=$(ls plans/*.yaml | head -n 1)
check "--help exits 0 and shows usage" sh -c "'$khgen' --help | grep -q 'usage: khgen build'"
check "--version exits 0" sh -c "'$khgen' --version | grep -q '^khgen [0-9]'"
check "no arguments: status 2" status_is 2 "$khgen"
check "unknown command: status 2" status_is 2 "$khgen" frobnicate
check "unknown option: status 2" status_is 2 "$khgen" build --frob "$first_plan"
check "unknown format: status 2" status_is 2 "$khgen" build -f odt "$first_plan"
check "no plan: status 2" status_is 2 "$khgen" check
check "'check -': a usage error saying stdin is not read (status 2)" \
    sh -c "'$khgen' check - 2>&1 >/dev/null | grep -q \"'-' (standard input) is not read\""
check "'check -' exits 2" status_is 2 "$khgen" check -
check "missing plan file: status 3" status_is 3 "$khgen" check "$work/no-such-plan.yaml"
check "missing plan file is reported as KH001" grep -q 'error\[KH001\]' "$work/err.txt"
check "check on a good plan: status 0, no output" status_is 0 "$khgen" check "$first_plan"
mkdir -p "$work/same/a" "$work/same/b" "$work/tpl-broken"
cp "$first_plan" "$work/same/a/plan.yaml"
cp "$first_plan" "$work/same/b/plan.yaml"
check "two plans of one name in one build: status 2, nothing overwritten" \
    status_is 2 "$khgen" build -o "$work/same/out" "$work/same/a/plan.yaml" "$work/same/b/plan.yaml"
check "a directory given as a plan: status 3" status_is 3 "$khgen" check "$work/same"
printf '{{#bases}}\n{{/basis}}\n' >"$work/tpl-broken/plan.md"
check "check reports a broken template of --templates: status 1" \
    status_is 1 "$khgen" check --templates "$work/tpl-broken" "$first_plan"
check "the broken template is reported as KH803 at its line" \
    grep -q 'tpl-broken/plan.md:2:1: error\[KH803\]' "$work/err.txt"
# a wording that calls a missing partial is rendered for each task and each
# format: one KH804 all the same (issue 8: 18 copies of one mistake)
mkdir -p "$work/tpl-partial"
printf 'task_due_line: "+ {{label}}: {{{due}}}{{>ghichu}}"\n' >"$work/tpl-partial/wording.yaml"
check "a missing partial in a wording is reported once: status 1" \
    status_is 1 "$khgen" build -f md,html -o "$work/tpl-partial/out" --templates "$work/tpl-partial" "$first_plan"
check "the missing partial is one KH804 and one error in all" \
    sh -c "[ \$(grep -c 'error\[KH804\]' '$work/err.txt') -eq 1 ] && grep -q '^1 error generated' '$work/err.txt'"
check "explain KH202: status 0" sh -c "'$khgen' explain KH202 | grep -q 'KH202'"
check "explain of an unknown code: status 2" status_is 2 "$khgen" explain KH999
check "explain lists every code" sh -c "'$khgen' explain | grep -c '^KH' | grep -qv '^0$'"

# ---- atomic outputs --------------------------------------------------------------------
rm -rf "$work/atomic"
mkdir -p "$work/atomic/plans"
cp "$first_plan" "$work/atomic/plans/p.yaml"
"$khgen" build -f md -o "$work/atomic/out" "$work/atomic/plans/p.yaml" 2>/dev/null
cp "$work/atomic/out/p.md" "$work/atomic/before.md"
printf 'khgen: 1\nheader: {issuer: [X], place: X, date: 2024-02-30, title: X}\nbody: []\n' \
    >"$work/atomic/plans/p.yaml"
check "a broken plan: status 1" status_is 1 "$khgen" build -f md -o "$work/atomic/out" "$work/atomic/plans/p.yaml"
check "a failed build leaves the earlier output untouched" cmp -s "$work/atomic/out/p.md" "$work/atomic/before.md"
check "a failed build leaves no temporary file" sh -c "! ls '$work/atomic/out' | grep -q tmp"
touch "$work/atomic/a-file"
check "an output directory that cannot be made: status 3" \
    status_is 3 "$khgen" build -f md -o "$work/atomic/a-file/sub" "$first_plan"

# ---- hostile input -------------------------------------------------------------------------
hostile="$work/hostile"
mkdir -p "$hostile"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }' >"$hostile/deep.yaml"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "a: "; print "x" }' >"$hostile/deep-map.yaml"
cat >"$hostile/alias-bomb.yaml" <<'EOF'
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
EOF
printf '&a [*a]\n' >"$hostile/self.yaml"
head -c 52428800 /dev/urandom >"$hostile/junk-50mb.yaml"
head -c 4096 /dev/urandom >"$hostile/junk-4k.yaml"
printf 'khgen: 1\nheader:\n  place: "\000"\n' >"$hostile/nul.yaml"
printf 'khgen: 1\nheader:\n  place: "Y\300n"\n' >"$hostile/bad-utf8.yaml"
for f in deep deep-map alias-bomb self junk-50mb junk-4k nul bad-utf8; do
    start=$(ms_now)
    "$guard" 20 "$khgen" check "$hostile/$f.yaml" >"$work/out.txt" 2>"$work/err.txt"
    status=$?
    elapsed=$(( $(ms_now) - start ))
    if [ "$status" -eq 1 ] && grep -q 'error\[KH0' "$work/err.txt"; then
        ok "hostile $f refused with $(grep -o 'error\[KH0[0-9]*\]' "$work/err.txt" | head -n 1) in ${elapsed} ms"
    else
        not_ok "hostile $f: status $status after ${elapsed} ms"
        head -5 "$work/err.txt" | sed 's/^/    | /'
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
