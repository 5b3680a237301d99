#!/bin/sh
# tests/fidelity.sh KHGEN WORKDIR - builds the Markdown of each example plan
# and compares it word by word with the seed document it encodes
# (tests/seeds/<plan>.txt): at least 97% of the seed's words reproduced in
# order, and at least 97% of the rendered words in that sequence.
set -u
khgen=$1
work=$2
mkdir -p "$work"
pass=0
fail=0
for plan in plans/*.yaml; do
    name=$(basename "$plan" .yaml)
    seed="tests/seeds/$name.txt"
    if [ ! -f "$seed" ]; then
        echo "not ok - $name: no seed text $seed"
        fail=$((fail + 1))
        continue
    fi
    if ! "$khgen" build -f md -o "$work" "$plan"; then
        echo "not ok - $name: build failed"
        fail=$((fail + 1))
        continue
    fi
    if python3 tests/fidelity.py --name "$name" "$seed" "$work/$name.md"; then
        echo "ok - $name: fidelity of the Markdown"
        pass=$((pass + 1))
    else
        echo "not ok - $name: fidelity of the Markdown below 97%"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
