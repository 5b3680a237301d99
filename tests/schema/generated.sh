#!/bin/sh
# tests/schema/generated.sh GEN_SCHEMA - the fast tier's check that
# schema/khgen-plan.schema.json is what GEN_SCHEMA (tools/gen_schema.c)
# prints from the parser's key table src/keys.def today: a key added to
# keys.def without `make schema` fails here. (tests/schema/check.py, in
# make check, checks the same and compares the schema with what khgen
# accepts.) Prints ok/not ok and "N passed, M failed".
set -u
gen=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
pass=0
fail=0
if "$gen" "$out" && cmp -s "$out" "$top/schema/khgen-plan.schema.json"; then
    echo "ok - schema/khgen-plan.schema.json is what gen-schema prints from src/keys.def"
    pass=$((pass + 1))
else
    echo "not ok - schema/khgen-plan.schema.json is out of date: run 'make schema'"
    diff "$top/schema/khgen-plan.schema.json" "$out" | head -20 | sed 's/^/    /'
    fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
