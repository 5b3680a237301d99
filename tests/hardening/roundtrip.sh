# tests/hardening/roundtrip.sh - sourced by formats11.sh and import12.sh
# after timed.sh (it uses $khgen, $work, $py, ok and not_ok): roundtrip_ok NAME
# WHAT passes when the plan $work/p/NAME.yaml, built to .docx and .md, each
# imported by khgen and built again, has its words in order
# (formats11.py roundtrip_plan).
: "${py:=/usr/bin/python3}" # the callers set it too

roundtrip_ok() { # NAME WHAT
    if "$py" -c 'import sys
sys.path.insert(0, "tests/hardening")
import formats11
why = formats11.roundtrip_plan(*sys.argv[1:5])
print("\n".join(why))
sys.exit(1 if why else 0)' "$khgen" "$work" "$work/p/$1.yaml" "$1" >"$work/rt.out" 2>&1; then
        ok "$1: $2"
    else
        not_ok "$1: $2: $(head -c 800 "$work/rt.out")"
    fi
}
