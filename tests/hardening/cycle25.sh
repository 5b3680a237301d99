#!/bin/sh
# tests/hardening/cycle25.sh KHGEN WORKDIR - what session 25's attack on the
# yearly cycle and the shared registries fixed, and session 24's leftovers
# (issue 8):
#  1 a wording phrase that rendered empty inside a template's single-star
#    emphasis ("*{{motto}}*", "_*{{doc_kind}}*_") printed "**" or "__" in
#    the .md, a literal to a reader (s24 leftover 1);
#  2 KH264 (a target year far from the plan's) pointed at the locality's
#    id, not at its target_year (s24 leftover 2);
#
#  3 a subject line beginning "Kế hoạch ..." under "KẾ HOẠCH" printed the
#    kind twice without a word (s24 leftover 3; KH174);
#  4 `khgen new` moved a figure's target_year=2024 but not its comparisons
#    (!=2024, >2024, <=2024): next year's plan counted other localities
#    than the plan it came from, with no word but a note of the old year.
#  5 a .md (a plan's Markdown, or a department's) given to diff, check or
#    new was read as YAML: "**ỦY BAN ...**" told to quote an alias (KH005);
#    now KH025 with the import command, as for a .docx.
#  6 `khgen new` noted an id with the old year in it ("lead: tckh2024") as
#    "the text of the body still says 2024": ids are never printed.
#
# Each case fails with the binary of main before the fixes (3c423add), but
# the controls (named so), which pass with both.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
P=$work/p

# ---- 1: an empty phrase inside emphasis ------------------------------------------------
mkdir -p "$work/t1"
printf 'motto: "{{{body}}}"\ndoc_kind: "{{{body}}}"\nrecipients_title: "{{{body}}}"\n' >"$work/t1/wording.yaml"
sed -e 's/^\*\*{{motto}}\*\*$/*{{motto}}*/' -e 's/^\*\*{{doc_kind}}\*\*  $/Trích yếu _*{{doc_kind}}*_ sau/' \
    "$top/templates/plan.md" >"$work/t1/plan.md"
grep -q '^\*{{motto}}\*$' "$work/t1/plan.md" && grep -q '_\*{{doc_kind}}\*_' "$work/t1/plan.md" ||
    not_ok "setup: 1's template"
"$khgen" build -f md -o "$work/t1/o" --templates "$work/t1" "$P/ex.yaml" >/dev/null 2>&1
if [ -s "$work/t1/o/ex.md" ] && ! grep -q '^\*\*$' "$work/t1/o/ex.md" &&
    ! grep -q '__' "$work/t1/o/ex.md" && ! grep -q '^\*\*\*\*\*\*$' "$work/t1/o/ex.md" &&
    ! grep -q "$(printf '\037')" "$work/t1/o/ex.md" &&
    grep -q '^Trích yếu  *sau$' "$work/t1/o/ex.md" &&
    grep -q '^\*\*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\*\*' "$work/t1/o/ex.md"; then
    ok "1: a phrase rendered empty inside '*...*' or '_..._' prints no marks"
else
    not_ok "1: $(head -12 "$work/t1/o/ex.md" 2>/dev/null)"
fi
"$khgen" build -f md -o "$work/t1/o2" "$P/ex.yaml" >/dev/null 2>&1
if grep -qxF '**Độc lập - Tự do - Hạnh phúc**' "$work/t1/o2/ex.md" && grep -q '^\*\*\*Nơi nhận:\*\*\*' "$work/t1/o2/ex.md"; then
    ok "1: control: the stock motto and 'Nơi nhận' print"
else
    not_ok "1: control: $(head -8 "$work/t1/o2/ex.md")"
fi

# ---- 2: KH264 at the target year -------------------------------------------------------
edited far 'target: ntm-nc, target_year: 2024}' 'target: ntm-nc,
      target_year: 2204}'
edited swapped 'target: ntm-nc, target_year: 2024}' 'target: ntm-nc, target_year: 2042}'
l=$(grep -n 'target_year: 2204' "$P/far.yaml" | cut -d: -f1)
c=$(/usr/bin/python3 -c 'import sys; print([l for l in open(sys.argv[1], encoding="utf-8") if "2042" in l][0].index("2042") + 1)' "$P/swapped.yaml")
l2=$(grep -n 'target_year: 2042' "$P/swapped.yaml" | cut -d: -f1)
check_says "2: KH264 (2204 in the plan of 2024) points at the year, on its own line" "$P/far.yaml" 0 \
    "far.yaml:$l:20: warning[KH264]: locality 'dong-lac' aims for a standard in 2204"
check_says "2: KH264 (2042, the digits swapped) points at the year" "$P/swapped.yaml" 0 \
    "swapped.yaml:$l2:$c: warning[KH264]: locality 'dong-lac' aims for a standard in 2042"

# ---- 3: a subject line that begins with the document's kind ---------------------------
edited subj 'title: Triển khai thực hiện' 'title: Kế hoạch triển khai thực hiện'
edited family 'title: Triển khai thực hiện' 'title: Kế hoạch hóa gia đình, triển khai thực hiện'
l=$(grep -n 'title: Kế hoạch triển khai' "$P/subj.yaml" | cut -d: -f1)
check_says "3: a subject beginning 'Kế hoạch' under 'KẾ HOẠCH' is KH174, at its words" "$P/subj.yaml" 0 \
    "subj.yaml:$l:10: warning[KH174]: the subject line begins with 'Kế hoạch', the kind of document printed above it" \
    'the document shows "KẾ HOẠCH / Kế hoạch ..."'
"$khgen" check "$P/family.yaml" >/dev/null 2>"$work/family.err"
if ! grep -q KH174 "$work/family.err"; then
    ok "3: control: 'Kế hoạch hóa gia đình ...' (family planning) is a subject, not warned"
else
    not_ok "3: control: $(cat "$work/family.err")"
fi
"$khgen" check "$P/ex.yaml" >/dev/null 2>"$work/ex.err"
if ! grep -q KH174 "$work/ex.err"; then ok "3: control: the README's example is not warned"; else not_ok "3: control: $(cat "$work/ex.err")"; fi

# ---- 4: khgen new moves a figure's comparisons of target_year ------------------------
edited cmp '  - {id: dong-lac,' '  - {id: xa-b, name: Xã B, kind: xã, target: ntm, target_year: 2026}
  - {id: xa-c, name: Xã C, kind: xã, target: ntm, target_year: 2023}
  - {id: dong-lac,' \
    '          - para: (Chi tiết theo' '          - para: "Có {count localities target_year!=2024} xã khác năm, {count localities target_year>2024} xã sau năm, {count localities target_year<=2024} xã đến năm, {count localities target_year<2024} xã trước năm, {count localities target_year>=2020} xã từ 2020, {loc xa-b xa-c}."
          - para: (Chi tiết theo'
"$khgen" new --from "$P/cmp.yaml" --year 2025 -o "$P/cmp-2025.yaml" >"$work/cmp.out" 2>&1
"$khgen" build -f md -o - "$P/cmp.yaml" 2>/dev/null | grep '^Có ' >"$work/cmp.old"
"$khgen" build -f md -o - "$P/cmp-2025.yaml" 2>/dev/null | grep '^Có ' >"$work/cmp.new"
if grep -qF 'target_year!=2025} xã khác năm, {count localities target_year>2025} xã sau năm, {count localities target_year<=2025} xã đến năm, {count localities target_year<2025} xã trước năm, {count localities target_year>=2020} xã từ 2020' "$P/cmp-2025.yaml" &&
    [ -s "$work/cmp.old" ] && cmp -s "$work/cmp.old" "$work/cmp.new"; then
    ok "4: new moves target_year!=, >, <=, < with the target years (>=2020 stays): the same counts"
else
    not_ok "4: $(grep -o 'Có {.*' "$P/cmp-2025.yaml" 2>/dev/null | head -c 300) / old: $(cat "$work/cmp.old") / new: $(cat "$work/cmp.new") / $(head -c 300 "$work/cmp.out")"
fi

# ---- 5: a .md given for a plan -------------------------------------------------------------
"$khgen" build -f md -o "$work/m5" "$P/ex.yaml" >/dev/null 2>&1
"$khgen" diff "$work/m5/ex.md" "$P/ex.yaml" >"$work/m5.out" 2>"$work/m5.err"
st=$?
if [ $st -eq 3 ] && grep -qF "error[KH025]: '$work/m5/ex.md' is a text document (Markdown or plain text), not a plan" "$work/m5.err" &&
    grep -qF "khgen import '$work/m5/ex.md' -o '$work/m5/ex.yaml'" "$work/m5.err" && ! grep -q 'KH005' "$work/m5.err"; then
    ok "5: a .md given to diff is KH025 with the import command, not a YAML syntax error"
else
    not_ok "5: status $st: $(head -c 400 "$work/m5.err")"
fi
cp "$P/ex.yaml" "$work/m5/plan.txt"
/usr/bin/python3 - "$P/ex.yaml" "$work/m5" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
i, j = s.index("units:"), s.index("localities:")
open(sys.argv[2] + "/reg.txt", "w", encoding="utf-8").write(s[i:j])
open(sys.argv[2] + "/inc.yaml", "w", encoding="utf-8").write(
    s[:i].replace("import: [qd318-xa-ntm]", "import: [qd318-xa-ntm]\ninclude: [reg.txt]", 1) + s[j:])
PY
if "$khgen" check "$work/m5/plan.txt" >/dev/null 2>"$work/m5b.err" && ! grep -q KH025 "$work/m5b.err" &&
    "$khgen" check "$work/m5/inc.yaml" >/dev/null 2>>"$work/m5b.err" && ! grep -q KH025 "$work/m5b.err"; then
    ok "5: control: a plan saved as .txt, and a registry named reg.txt, with their keys, are still read"
else
    not_ok "5: control: $(head -c 300 "$work/m5b.err")"
fi

# ---- 6: khgen new notes no id --------------------------------------------------------------
edited ids '{id: tckh, name: Phòng Tài chính - Kế hoạch}' '{id: tckh2024, name: Phòng Tài chính - Kế hoạch}' \
    'lead: tckh' 'lead: tckh2024'
"$khgen" new --from "$P/ids.yaml" --year 2025 -o "$P/ids-2025.yaml" >"$work/ids.out" 2>&1
if grep -q '^khgen: wrote' "$work/ids.out" && ! grep -q 'tckh2024' "$work/ids.out" &&
    grep -q 'still says 2024' "$work/ids.out"; then
    ok "6: new notes the old year in the texts, not in an id ('tckh2024')"
else
    not_ok "6: $(grep 'tckh2024' "$work/ids.out" | head -3)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
