#!/bin/sh
# tests/hardening/attack11.sh KHGEN WORKDIR - what the eleventh black-box
# attack found (issue 8; /tmp/s11attack/findings.md in its session): a
# diff blind to the subject line's {year}, and what else it found.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# README's complete example
mkdir -p "$work/p"
awk '/^### A complete example/{f=1;next} f&&/^```yaml/{g=1;next} g&&/^```/{exit} g' README.md \
    >"$work/p/ex.yaml"
grep -q '^  title: ' "$work/p/ex.yaml" || not_ok "setup: README's example lost its title"

# ---- F1: khgen diff compared the subject line as written -------------------------
# `khgen diff` of last year's plan and the one `khgen new` made from it (or
# of two drafts whose localities differ) compared the title as its source
# text: a title "... năm {year}" printed "năm 2024" in one document and
# "năm 2025" in the other, and the diff showed no change of the Trích yếu;
# a title that changed printed its "{year}" unexpanded.
sed 's/^  title: .*/  title: Kế hoạch năm {year} của {count localities kind=xã} xã/' "$work/p/ex.yaml" \
    >"$work/f1-old.yaml"
"$khgen" new --from "$work/f1-old.yaml" --year 2025 -o "$work/f1-new.yaml" >/dev/null 2>&1 ||
    not_ok "setup: khgen new failed"
sed -i 's/name: Đồng Lạc, kind: xã,/name: Đồng Lạc, kind: thị trấn,/' "$work/f1-new.yaml"
"$khgen" diff "$work/f1-old.yaml" "$work/f1-new.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q '^@@ Trích yếu: sửa @@' "$work/out" &&
    grep -q '^Kế hoạch năm \[-2024-\]{+2025+} của \[-3-\]{+2+} xã$' "$work/out"; then
    ok "F1: diff shows the subject line as printed: its {year} and {count} expanded"
else
    not_ok "F1: status $status: $(grep -A1 'Trích yếu' "$work/out" | head -c 300) $(head -c 300 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
