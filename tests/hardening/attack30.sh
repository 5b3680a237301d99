#!/bin/sh
# tests/hardening/attack30.sh KHGEN WORKDIR - what the thirty-first
# black-box attack found (session 30's; issue 8), a tired drafter editing
# last year's plan and an adversary, this round in what the earlier ones
# touched least: templates, the JSON diagnostics, explain, init, convert,
# presets, figures and options combined:
#  F1  a --templates directory whose plan.md names 40,000 misspelt names
#      (KH801 each) took 18 s of CPU, 40,000 sections over unknown names
#      (KH811) 25 s, a wording.yaml of 80,000 keys 38 s to check: the
#      template set's "reported once" pairs, its parsed templates and the
#      user's wording were lists gone over at each lookup, and each
#      warning's line was counted from the template's start (quadratic);
#      now hash maps (src/tpl_map.c) and a position counted on.
#  F2  a province's plan.md printing the body with a value tag, {{body}}
#      (two braces where the built-in has three), or plan.html
#      {{body_html}}: the value, already Markdown or HTML, was escaped, and
#      the document printed the whole body on one line with "\*\*" around
#      each heading (the page its <p> tags as text), exit 0, without a
#      word; now KH812 at the tag (a warning: -Werror stops the build).
#  F3  `khgen convert --from tcvn3` (vni, cp1258, utf-16le/be) of a file
#      that is UTF-8 already ("Kế hoạch" typed in Unicode): every letter
#      written garbled ("KỏẲẴ hoỏẲĂch"), exit 0, without a word; now
#      refused, exit 1, nothing written.
#  F4  `khgen init "Xã *A*"` (or with '_', '`', '<', '~' ...): the name went
#      into the subject line, a Markdown text, which printed "A" in
#      italics ("`A`" as code), while the header printed "XÃ *A*": one
#      name printed two ways in one document, exit 0; init's own message
#      said a name holds letters, digits, spaces, '.' and '-'. Now a
#      usage error naming the character; an apostrophe (Ea H'leo), a
#      comma and parentheses are still taken.
#  F5  a --templates preset with a mistake (an unknown key, a list, a
#      'columns' that is no list): reported at the preset, and then each
#      attachment naming it told "has no 'rows': add them" and "no column
#      'name_full' to take from a preset: write it out" at every column
#      its list takes from the preset, errors of the plan's that are none
#      (a drafter sent to edit a plan that is right); now the preset's
#      error alone.
# Each F case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
readme_base

# ---- F1: the template set's lookups, linear ----------------------------
# tpl_names DIR N: DIR/plan.md naming N misspelt names, then the body
tpl_names() {
    mkdir -p "$1"
    awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "{{zz%d}}", i; print "{{{body}}}" }' \
        >"$1/plan.md"
}
# tpl_sections DIR N: DIR/plan.md of N sections over misspelt names, one a line
tpl_sections() {
    mkdir -p "$1"
    awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "{{#zz%d}}x{{/zz%d}}\n", i, i; print "{{{body}}}" }' \
        >"$1/plan.md"
}
tpl_names "$work/n10k" 10000
tpl_names "$work/n40k" 40000
scaling_case "F1 a plan.md naming 10,000 and 40,000 misspelt names (KH801 each)" \
    "$khgen" build -f md -o "$work/out-n" --templates "$work/n10k" "$P/ex.yaml" -- \
    "$khgen" build -f md -o "$work/out-n" --templates "$work/n40k" "$P/ex.yaml"
if grep -q 'KH801' "$work/err" && grep -q '40000 warnings generated' "$work/err"; then
    ok "F1 each of the 40,000 names warned once (KH801)"
else
    not_ok "F1 KH801: $(tail -c 300 "$work/err")"
fi
tpl_sections "$work/s30k" 30000
timed_case "F1 a plan.md of 30,000 sections over misspelt names (KH811 each)" \
    "$khgen" build -f md -o "$work/out-s" --templates "$work/s30k" "$P/ex.yaml"
# wording.yaml of N keys, each misspelt (KH806) and each a template
mkdir -p "$work/w30k"
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "task_lead_labe%d: \"x{{label}}\"\n", i }' \
    >"$work/w30k/wording.yaml"
timed_case "F1 a wording.yaml of 30,000 keys, each a template, checked" \
    "$khgen" check --templates "$work/w30k" "$P/ex.yaml"
if grep -q 'KH806' "$work/err"; then
    ok "F1 the 30,000 misspelt wording keys are warned (KH806)"
else
    not_ok "F1 KH806: $(tail -c 300 "$work/err")"
fi
# F1 guard: positions counted on are the positions: a name on line 3 after
# a multi-byte letter, a name warned once however often it is written, the
# second template's positions its own
mkdir -p "$work/pos"
printf '{{! Kế hoạch }}\n{{{body}}}\nĐồng Hưu {{zz1}} {{zz1}}\n{{zz2}}\n' >"$work/pos/plan.md"
"$khgen" build -f md,html -o "$work/out-pos" --templates "$work/pos" "$P/ex.yaml" >"$work/out" 2>"$work/err"
if grep -q 'plan.md:3:10: warning\[KH801\]' "$work/err" && grep -q 'plan.md:4:1: warning\[KH801\]' "$work/err" &&
    [ "$(grep -c 'KH801' "$work/err")" -eq 2 ]; then
    ok "F1 guard: KH801 at its line and column (3:10 after 'Đồng Hưu', 4:1), once per name"
else
    not_ok "F1 guard positions: $(head -c 600 "$work/err")"
fi
# F1 guard: a wording key the user's file overrides is still the one printed
mkdir -p "$work/wk"
printf 'task_unit_label: "Đơn vị chủ trì"\nzz1: "x"\n' >"$work/wk/wording.yaml"
"$khgen" build -f md -o "$work/out-wk" --templates "$work/wk" "$P/ex.yaml" >"$work/out" 2>"$work/err"
if grep -q 'Đơn vị chủ trì' "$work/out-wk/ex.md" && grep -q 'KH806' "$work/err"; then
    ok "F1 guard: a user's wording key still replaces the built-in phrase; a misspelt one warned"
else
    not_ok "F1 guard wording: $(head -c 400 "$work/err"); $(grep -c 'Đơn vị' "$work/out-wk/ex.md" 2>&1)"
fi

# ---- F2: a value already Markdown or HTML printed with a value tag -------
mkdir -p "$work/f2md" "$work/f2html"
sed 's/{{{body}}}/{{body}}/; s/{{{opening}}}/{{opening}}/' "$top/templates/plan.md" >"$work/f2md/plan.md"
sed 's/{{{body_html}}}/{{body_html}}/' "$top/templates/plan.html" >"$work/f2html/plan.html"
"$khgen" build -f md -o "$work/out-f2" --templates "$work/f2md" "$P/ex.yaml" >"$work/out" 2>"$work/err"
if grep -q 'f2md/plan.md:[0-9]*:1: warning\[KH812\]: .body. is Markdown already' "$work/err" &&
    grep -q "KH812\]: 'opening' is Markdown already" "$work/err"; then
    ok "F2 {{body}} and {{opening}} in plan.md: KH812 at the tag"
else
    not_ok "F2 plan.md: $(head -c 600 "$work/err")"
fi
"$khgen" build -f html -o "$work/out-f2" --templates "$work/f2html" "$P/ex.yaml" >"$work/out" 2>"$work/err"
if grep -q "f2html/plan.html:[0-9]*:1: warning\[KH812\]: 'body_html' is HTML already" "$work/err"; then
    ok "F2 {{body_html}} in plan.html: KH812 at the tag"
else
    not_ok "F2 plan.html: $(head -c 600 "$work/err")"
fi
"$khgen" build -Werror -f md -o "$work/out-f2w" --templates "$work/f2md" "$P/ex.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && [ ! -e "$work/out-f2w/ex.md" ]; then
    ok "F2 under -Werror the escaped body writes nothing"
else
    not_ok "F2 -Werror: status $status; $(ls "$work/out-f2w" 2>&1)"
fi
"$khgen" --lang vi build -f md -o "$work/out-f2" --templates "$work/f2md" "$P/ex.yaml" >"$work/out" 2>"$work/err"
"$khgen" --diagnostics-format=json build -f md -o "$work/out-f2" --templates "$work/f2md" "$P/ex.yaml" \
    >"$work/out" 2>"$work/json"
if grep -q "KH812\]: 'body' đã là Markdown" "$work/err" &&
    grep -q '"code": "KH812", "message": "'"'"'body'"'"' is Markdown already' "$work/json" &&
    "$khgen" --lang vi explain KH812 | grep -q 'ba dấu ngoặc nhọn'; then
    ok "F2 KH812 in Vietnamese, as JSON and in explain"
else
    not_ok "F2 vi/json: $(head -c 300 "$work/err") $(head -c 300 "$work/json")"
fi
# F2 guards: the built-in templates, and a province's copy of them, warn
# nothing; a value of plain text ({{title}}) in two braces is right
mkdir -p "$work/f2same"
cp "$top/templates/plan.md" "$top/templates/plan.html" "$work/f2same/"
printf '# {{title}}\n{{{body}}}\n' >"$work/f2same/plan.md"
bad=
for plan in "$P/ex.yaml" "$top"/plans/*.yaml; do
    "$khgen" build -f md,html -o "$work/out-g" --templates "$work/f2same" "$plan" >"$work/out" 2>"$work/err" ||
        bad="$bad $plan:$?"
    grep -q 'KH812' "$work/err" && bad="$bad $plan:KH812"
    "$khgen" build -f md,html -o "$work/out-g" "$plan" >"$work/out" 2>"$work/err" || bad="$bad $plan:built-in:$?"
    grep -q 'KH812' "$work/err" && bad="$bad $plan:built-in:KH812"
done
if [ -z "$bad" ]; then
    ok "F2 guard: the built-in templates and {{title}} in two braces warn no KH812"
else
    not_ok "F2 guard:$bad $(grep KH812 "$work/err" | head -c 300)"
fi

# ---- F3: convert --from of a file that is UTF-8 already -------------------
mkdir -p "$work/f3"
printf 'title: Kế hoạch thực hiện nông thôn mới năm 2024\n' >"$work/f3/u.yaml"
bad=
for enc in tcvn3 vni cp1258 utf-16le utf-16be; do
    "$khgen" convert "$work/f3/u.yaml" --from "$enc" -o "$work/f3/out-$enc.yaml" >"$work/out" 2>"$work/err"
    status=$?
    { [ "$status" -eq 1 ] && [ ! -e "$work/f3/out-$enc.yaml" ] && grep -q 'is UTF-8 already' "$work/err"; } ||
        bad="$bad $enc:$status:$(head -c 200 "$work/err")"
done
if [ -z "$bad" ]; then
    ok "F3 convert --from an older encoding of a UTF-8 file: refused, exit 1, nothing written"
else
    not_ok "F3:$bad"
fi
"$khgen" --lang vi convert "$work/f3/u.yaml" --from vni -o - >"$work/out" 2>"$work/err"
"$khgen" --diagnostics-format=json convert "$work/f3/u.yaml" --from vni -o - >"$work/out" 2>"$work/json"
if grep -q 'đã là UTF-8' "$work/err" && grep -q '"severity": "error", "code": "", "message": "'"'"'.*u.yaml'"'"' is UTF-8 already' "$work/json"; then
    ok "F3 the refusal in Vietnamese and as JSON"
else
    not_ok "F3 vi/json: $(head -c 300 "$work/err") $(head -c 300 "$work/json")"
fi
# F3 guards: a TCVN3 file still converts under --from, and so does a UTF-8
# file of ASCII only (nothing to garble)
printf 'title: Y\352n Th\351 v\265 c\270c x\267\n' >"$work/f3/tc.yaml"
printf 'title: plain\n' >"$work/f3/a.yaml"
"$khgen" convert "$work/f3/tc.yaml" --from tcvn3 -o - >"$work/f3/tc.out" 2>"$work/err"
s1=$?
"$khgen" convert "$work/f3/a.yaml" --from tcvn3 -o - >"$work/f3/a.out" 2>"$work/err"
s2=$?
if [ "$s1" -eq 0 ] && grep -q 'và các' "$work/f3/tc.out" && [ "$s2" -eq 0 ] && grep -q 'plain' "$work/f3/a.out"; then
    ok "F3 guard: a TCVN3 file and an ASCII one still convert under --from tcvn3"
else
    not_ok "F3 guard: $s1 $s2 $(cat "$work/f3/tc.out" "$work/err" | head -c 300)"
fi

# ---- F4: init of a name holding a mark of Markdown -----------------------
mkdir -p "$work/f4"
bad=
for name in 'Xã *A*' 'Xã A_B_' 'Xã `A`' 'Xã A<B' 'Xã A~~B~~' 'Xã A|B'; do
    "$khgen" init --level xa --year 2026 "$name" -o "$work/f4/p.yaml" >"$work/out" 2>"$work/err"
    status=$?
    { [ "$status" -eq 2 ] && [ ! -e "$work/f4/p.yaml" ] && grep -q "which a place's name cannot hold" "$work/err"; } ||
        bad="$bad [$name]:$status"
    rm -f "$work/f4/p.yaml"
done
if [ -z "$bad" ]; then
    ok "F4 init of a name with '*', '_', '\`', '<', '~', '|': a usage error, nothing written"
else
    not_ok "F4:$bad $(head -c 300 "$work/err")"
fi
"$khgen" --lang vi init --level xa 'Xã *A*' -o - >"$work/out" 2>"$work/err"
"$khgen" --diagnostics-format=json init --level xa 'Xã *A*' -o - >"$work/out" 2>"$work/json"
if grep -q "ký tự mà tên địa danh" "$work/err" && grep -q '"severity": "error".*holds .\*.' "$work/json"; then
    ok "F4 the refusal in Vietnamese and as JSON"
else
    not_ok "F4 vi/json: $(head -c 300 "$work/err") $(head -c 300 "$work/json")"
fi
# F4 guard: names of real places, with an apostrophe, a comma, parentheses,
# a dot and a dash, still start a plan that checks clean
bad=
for name in "Xã Ea H'leo" 'Xã A (B)' 'Phường 1, 2' 'TP. Hồ Chí Minh' 'Xã Tân Phú - Đông'; do
    rm -f "$work/f4/g.yaml"
    "$khgen" init --level xa --year 2026 "$name" -o "$work/f4/g.yaml" >"$work/out" 2>"$work/err" || bad="$bad [$name]:init"
    "$khgen" check "$work/f4/g.yaml" >"$work/out" 2>"$work/err" || bad="$bad [$name]:check"
done
if [ -z "$bad" ]; then
    ok "F4 guard: Ea H'leo, 'A (B)', 'Phường 1, 2', 'TP. Hồ Chí Minh' and a dash still start a clean plan"
else
    not_ok "F4 guard:$bad $(head -c 300 "$work/err")"
fi

# ---- F5: a broken preset's errors, not the plan's ------------------------
cat >"$P/f5.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-03-05
  title: Thực hiện nông thôn mới năm 2024
levels:
  - {id: ntm, name: nông thôn mới}
localities:
  - {id: a, name: An Bình, kind: xã, target: ntm, target_year: 2024}
body:
  - para: (Chi tiết theo {att bieu01} đính kèm).
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Xã phấn đấu đạt chuẩn
    preset: locality-targets
    columns: [stt, name_full, target, target_year]
YAML
"$khgen" check "$P/f5.yaml" >"$work/out" 2>"$work/err" || not_ok "F5 setup: $(head -c 300 "$work/err")"
bad=
n=0
for preset in 'id: x' '- a' 'rows: {from: localities}\ncolumns: "abc"' 'include: [x.yaml]'; do
    n=$((n + 1))
    mkdir -p "$work/f5t$n/presets"
    printf '%b\n' "$preset" >"$work/f5t$n/presets/locality-targets.yaml"
    "$khgen" check --templates "$work/f5t$n" "$P/f5.yaml" >"$work/out" 2>"$work/err"
    status=$?
    { [ "$status" -eq 1 ] && grep -q 'presets/locality-targets.yaml:[12]:' "$work/err" &&
        ! grep -q 'KH602\|KH606' "$work/err" && grep -q '^1 error' "$work/err"; } ||
        bad="$bad [$preset]: $(grep -o 'error\[KH[0-9]*\]' "$work/err" | tr '\n' ' ')"
done
if [ -z "$bad" ]; then
    ok "F5 a broken preset: its one error, no KH602 'no rows' nor KH606 for each column taken from it"
else
    not_ok "F5:$bad"
fi
# F5 guards: a column the (sound) preset lacks is still KH606, and an
# attachment without rows nor preset still KH602
sed 's/name_full, target/name_ful, target/' "$P/f5.yaml" >"$P/f5g1.yaml"
"$khgen" check "$P/f5g1.yaml" >"$work/out" 2>"$work/err" || true
sed 's/    preset: locality-targets//; s/    columns: \[stt, name_full, target, target_year\]/    columns: [{key: a, header: A}]/' \
    "$P/f5.yaml" >"$P/f5g2.yaml"
"$khgen" check "$P/f5g2.yaml" >"$work/out2" 2>"$work/err2" || true
if grep -q "KH606.*the preset has no column 'name_ful' (did you mean 'name_full'?)" "$work/err" &&
    grep -q "KH602.*has no 'rows'" "$work/err2"; then
    ok "F5 guard: a column the preset lacks is KH606, an attachment without rows KH602"
else
    not_ok "F5 guard: $(head -c 300 "$work/err") / $(head -c 300 "$work/err2")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
