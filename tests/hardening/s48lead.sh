#!/bin/sh
# tests/hardening/s48lead.sh KHGEN WORKDIR - what session 48's lead found
# (the fuzz campaign's fuzz_import_text, /tmp/camp48 of that session). Each
# case fails at 682a4afb (session 47's stop) unless it is named a guard:
#  L1  import of a document whose paragraphs end in ";;" or ",," (a drafter's
#      typo, two in a row) wrote them as plain YAML values, and `khgen check`
#      of the plan import had just written refused it with KH039 ("written by
#      a spreadsheet saved as CSV"), exit 1: the fuzzer's "what import writes
#      is YAML the loader reads back" broken. Now such a value is written in
#      double quotes; check reads it (KH034 points at the typo), exit 0.
#  L1g (guard) a paragraph ending in one ';' ("- Thôn số 1;", the way a
#      recipients' list is typed) stays a plain value.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/l1"
cat >"$work/l1/dbl.md" <<'MD'
# KẾ HOẠCH

Thực hiện nhiệm vụ năm 2026

## I. MỤC ĐÍCH, YÊU CẦU

- Triển khai đồng bộ các giải pháp;;
- Huy động các nguồn lực;;
- Nâng cao đời sống nhân dân,,
- Thôn số 1;
- Thôn số 2;
MD
bad=
"$guard" 30 "$khgen" import -o "$work/l1/dbl.yaml" "$work/l1/dbl.md" >/dev/null 2>"$work/l1/imp.err" ||
    bad="$bad [import: $(head -c 300 "$work/l1/imp.err")]"
"$guard" 30 "$khgen" check "$work/l1/dbl.yaml" >/dev/null 2>"$work/l1/check.err"
st=$?
[ "$st" = 0 ] || bad="$bad [check exit $st: $(grep -o '\[KH[0-9]*\]' "$work/l1/check.err" | sort -u | tr '\n' ' ')]"
grep -q 'KH039' "$work/l1/check.err" && bad="$bad [KH039]"
"$guard" 30 "$khgen" build -f md -o "$work/l1/out" "$work/l1/dbl.yaml" >/dev/null 2>&1
grep -qF 'Huy động các nguồn lực;;' "$work/l1/out/"*.md 2>/dev/null ||
    bad="$bad [the text not printed as typed]"
if [ -z "$bad" ]; then
    ok "L1 import: paragraphs ending ';;' and ',,' two in a row are written quoted; check of the imported plan exits 0 without KH039"
else
    not_ok "L1:$bad"
fi

if grep -q '^ *- bullet: Thôn số 1;$' "$work/l1/dbl.yaml" &&
    grep -q '^ *- bullet: Thôn số 2;$' "$work/l1/dbl.yaml"; then
    ok "L1g (guard) a paragraph ending in one ';' stays a plain value"
else
    not_ok "L1g: $(grep -n 'bullet' "$work/l1/dbl.yaml" | head -5 | tr '\n' ' ')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
