#!/bin/sh
# tests/hardening/s44fix.sh KHGEN WORKDIR - what a province department's
# IT officer found from the README alone (session 43's s43user, report
# /tmp/lead43/r_s43user.md), fixed by s44fix. Each case fails at main
# 100519d9 unless named a guard:
#  F22 the text said "Chi tiết theo Biểu 01 và Biểu 02 đính kèm" with Biểu
#      02's page deleted: import and check were silent. check warns (KH268)
#      at a page the text names as the plan's own that no attachment is
#      labelled; import (KH771) where the document has no such page;
#      another document's page ("Biểu 01 kèm theo Quyết định số ...",
#      "Phụ lục II Thông tư ...") is never warned.
# About 10 runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
here=$(cd "$(dirname "$0")" && pwd)/s44fix
mkdir -p "$work"

# ---- F22: a page the text names as attached that is not -------------------
"$khgen" check "$here/f22.yaml" >/dev/null 2>"$work/f22.err"
lines=$(grep 'KH268' "$work/f22.err" | sed 's/^[^:]*:\([0-9]*\):.*/\1/' | tr '\n' ' ')
if [ "$lines" = "18 19 20 21 " ] &&
    grep -qF "f22.yaml:19:58: warning[KH268]: the text names 'Biểu 03, Biểu 04' as attached" "$work/f22.err" &&
    grep -qF "'Phụ lục III' as attached to the plan, but none of its attachments (Biểu 01, Phụ lục II)" "$work/f22.err" &&
    grep -qF "f22.yaml:21:28: warning[KH268]: the text names 'Biểu 5'" "$work/f22.err"; then
    ok "F22 check: KH268 at the 4 lists the text names as its own and no attachment is (a list once), none at the 9 pages of other documents"
else
    not_ok "F22 check: KH268 at lines '$lines' (want 18 19 20 21): $(head -c 800 "$work/f22.err")"
fi
"$khgen" build -f md -o "$work/f22i" "$here/f22imp.yaml" >"$work/f22i.out" 2>&1
awk '/^---$/{n++} n<2' "$work/f22i/f22imp.md" >"$work/f22i/del.md" # Biểu 02's page deleted
"$khgen" import -o "$work/f22i/del.yaml" "$work/f22i/del.md" >/dev/null 2>"$work/f22i.err"
st=$?
"$khgen" check "$work/f22i/del.yaml" >/dev/null 2>"$work/f22i.chk"
if [ "$st" -eq 0 ] && [ "$(grep -c 'KH771' "$work/f22i.err")" -eq 1 ] &&
    grep -qF "del.md:17:1: warning[KH771]: the text names 'Biểu 02' as attached, but the document has no page" "$work/f22i.err" &&
    grep -qF "# review: the text names 'Biểu 02' as attached, but the document has no page so labelled" "$work/f22i/del.yaml" &&
    grep -qF -- "- para: (Chi tiết theo {att bieu-01} và Biểu 02 đính kèm)." "$work/f22i/del.yaml" &&
    ! grep -q "Biểu 03'" "$work/f22i.err" "$work/f22i.chk" &&
    [ "$(grep -c 'KH268' "$work/f22i.chk")" -eq 1 ]; then
    ok "F22 import: Biểu 02's page deleted, the sentence left: KH771 and a review comment; check says KH268; Biểu 03 of a Quyết định not"
else
    not_ok "F22 import: status $st; $(head -c 500 "$work/f22i.err") / $(head -c 300 "$work/f22i.chk")"
fi
n=0
for f in plans/*.yaml plans/*/*.yaml; do
    "$khgen" check "$f" 2>&1 | grep -q 'KH268' && n=$((n + 1))
done
if [ "$n" -eq 0 ]; then
    ok "F22 guard: no KH268 over the plans of plans/ (they name their pages with {att ID})"
else
    not_ok "F22 guard: KH268 in $n plans of plans/"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
