#!/bin/sh
# tests/hardening/s47slips.sh KHGEN WORKDIR - one slip, one message: the
# classes of msgcount.py's slips (seed 43) that still gave two or more
# messages at session 46's stop, 4fc689b2 (issue 8; reproducers in
# /tmp/s47slips/muts/ID of session 47, ID msgcount's mutant). Each case is
# the slip made on the plan msgcount made it on, and a second real mistake
# made elsewhere beside it must still be told (the fold hides nothing).
# Each case fails at 4fc689b2 unless it is named a guard:
#  J1  a list of texts' 'text:' line deleted: its first "- >-" is joined
#      to the value above ("due: ongoing - >- ..."), and YAML stops at a
#      ': ' in the joined text ten lines down: KH021 at the "- >-" and
#      KH005 at the ': ' (mutant 1522); now one KH005 at the "- >-",
#      YAML's words as a note.
#  J2  a recipient '- "Lưu: VT"' one space further than the others: joined
#      to the item above, YAML stops at its ': ': KH021 and KH005 (8123);
#      now one KH005 at the line saying it is joined to the item above.
#  J3  a "- >-" deleted under 'items:': the text is the value of 'items',
#      the next "- >-" joined to it: KH102 and KH021 (1828, 1879); now one
#      KH102 naming the joined line.
#  J4  'items:' deleted under a subclause: its list joined to the
#      subclause's title, KH021 and KH135 "1511 characters long" (1981);
#      now KH021 alone (the title's own words are short).
#  J5  a column's line indented into the column above (krong-no's
#      "- n_criteria"): KH606 "no column 'name_full - n_criteria'", KH021
#      and KH617 at the preset's 'totals' (4105); now one KH606 naming the
#      joined line.
#  J6  a signature's line one space further than the "TM." line above:
#      KH021 and KH166 "signs 'TM. ỦY BAN NHÂN DÂN - KT. CHỦ TỊCH - ...'"
#      (8134, 9588); now KH021 alone, the "TM." line read before the join
#      (seed002's own KH166, a "TM." of another body, is kept as it was).
#  S1  'recipients:' indented into the closing's block text: KH019 and
#      KH160 "the plan has no 'recipients'" (2494); now KH019 alone.
#  S2  'items:' indented into a clause's block text: KH019 and KH135
#      "'clause' is 2308 characters long" (4852); now KH019 alone.
#  B1  an attachment's 'suppress: [KH253]' misspelt 'sppress:' (4119):
#      KH601 and the KH253 it was written to silence; now KH601 alone, the
#      entries read as meant (suppress_misspelt).
#  B2  'import:' emptied (6441): KH107 and KH615 "'where' names an unknown
#      criterion '17'"; now KH107 alone (the catalog's uses told once).
#  B3  an attachment's 'label:' emptied (6785, 6790): KH602 and KH251 for
#      each locality its rows name; now KH602 alone (its rows unread, no
#      "never used").
#  L1  (s46review LOW) an attachment's 'id: ""': KH606 and KH253 "attachment
#      '' is never referred to"; now KH606 alone.
#  L2  (s46review LOW) a text's first line "Hạn: quý I ..." outdented to its
#      key: yread_block_outdented read the key's first byte only, so
#      "Hạn" was an unknown key of its own and the task "empty" (KH107);
#      now the one KH101 saying it is the text's line.
#  G1  (guard) what the folds must not hide: a subclause truly over 1,000
#      characters before the join still KH135; a closing that swallowed
#      'recipients:' still gets KH160 for a signature really missing.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

# slip NAME DIR FILE LINE OP WAS [FROM TO]: DIR (plans, or slips-seeds) copied
# to $work/NAME, FILE's line LINE (whose text, stripped, must be WAS) deleted
# (OP del), indented by OP spaces (+2, -1), or written as OP's text after its
# indentation (OP =TEXT: a key misspelt, a value emptied); then, given, FROM
# (a Python regex) replaced once by TO in FILE: the second mistake
slip() {
    case $2 in plans) src=$top/plans ;; *) src=$top/tests/hardening/slips-seeds ;; esac
    rm -rf "$work/$1"
    cp -r "$src" "$work/$1"
    "$py" - "$work/$1/$3" "$4" "$5" "$6" "${7:-}" "${8:-}" <<'PY'
import re, sys
f, line, op, was, frm, to = sys.argv[1:7]
to = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), to)
lines = open(f, encoding='utf-8').read().split('\n')
i = int(line) - 1
if lines[i].strip() != was:
    sys.exit('slip: %s:%s is %r, not %r' % (f, line, lines[i], was))
if op == 'del':
    del lines[i]
elif op.startswith('='):
    lines[i] = lines[i][:len(lines[i]) - len(lines[i].lstrip())] + op[1:]
elif op.startswith('+'):
    lines[i] = ' ' * int(op[1:]) + lines[i]
else:
    lines[i] = lines[i][int(op[1:]):]
s = '\n'.join(lines)
if frm:
    s, n = re.subn(frm, to, s, count=1, flags=re.M)
    if n != 1:
        sys.exit('slip: %r not in %s' % (frm, f))
open(f, 'w', encoding='utf-8').write(s)
PY
}

# says NAME PLAN: check of $work/NAME/PLAN, its messages (not notes, not the
# plan's own ones: those of the unchanged plan) in $work/NAME.new, all its
# lines in $work/NAME.err; $n the count of new messages
says() {
    (cd "$work/$1" && "$khgen" check "$2" >/dev/null 2>"$work/$1.err")
    base=$work/base-$(basename "$2" .yaml).msgs
    if [ ! -f "$base" ]; then
        case $2 in seed* | atts*) d=$top/tests/hardening/slips-seeds ;; *) d=$top/plans ;; esac
        (cd "$d" && "$khgen" check "$2" 2>&1 >/dev/null) | grep '^[^ ].*\[KH' | sed 's/:[0-9]*:[0-9]*:/:/' >"$base"
    fi
    grep '^[^ ].*\[KH' "$work/$1.err" | sed 's/:[0-9]*:[0-9]*:/:/' | grep -vxFf "$base" >"$work/$1.new"
    n=$(wc -l <"$work/$1.new")
}

# ---- J1-J6: a line joined to a value above it -------------------------------------------
bad=
slip j1 plans binh-trung-2024.yaml 444 del 'text:'
says j1 binh-trung-2024.yaml
[ "$n" = 1 ] && grep -q "^binh-trung-2024.yaml:444:23: error\[KH005\]: YAML syntax error: this line is joined to the value above it (line 443), written without quotes, and YAML cannot read the lines joined so (line 453)" "$work/j1.err" &&
    grep -q "^binh-trung-2024.yaml:453:74: note: YAML noticed it here: mapping values are not allowed" "$work/j1.err" ||
    bad="$bad [j1: $(head -c 300 "$work/j1.new")]"
# the second mistake, above it: a Ukrainian 'і' in a word of the text (KH020, the loader's)
slip j1b plans binh-trung-2024.yaml 444 del 'text:' '(Chương tr)ình' '\1\u0456nh'
says j1b binh-trung-2024.yaml
[ "$n" = 2 ] && grep -q 'error\[KH005\]: YAML syntax error: this line is joined' "$work/j1b.new" &&
    grep -q 'warning\[KH020\]' "$work/j1b.new" || bad="$bad [j1b: $(head -c 300 "$work/j1b.new")]"
slip j2 seeds seed000-2025.yaml 238 +1 '- "Lưu: VT"'
says j2 seed000-2025.yaml
[ "$n" = 1 ] && grep -q "^seed000-2025.yaml:238:4: error\[KH005\]: YAML syntax error: this line is joined to the list item above it (line 237)" "$work/j2.err" ||
    bad="$bad [j2: $(head -c 300 "$work/j2.new")]"
slip j3 plans binh-trung-2024.yaml 535 del '- >-'
says j3 binh-trung-2024.yaml
[ "$n" = 1 ] && grep -q "^binh-trung-2024.yaml:535:17: error\[KH102\]: 'items' must be a list, not a string: this text, written without quotes, has the lines under it joined to it (from line 543" "$work/j3.err" ||
    bad="$bad [j3: $(head -c 300 "$work/j3.new")]"
# the second mistake: a lead's unit misspelt in another task (KH202)
slip j3b plans binh-trung-2024.yaml 535 del '- >-' '^(\s+lead: )dc$' '\1dcx'
says j3b binh-trung-2024.yaml
[ "$n" = 2 ] && grep -q 'error\[KH102\]' "$work/j3b.new" && grep -q "error\[KH202\]: .*'dcx'" "$work/j3b.new" ||
    bad="$bad [j3b: $(head -c 300 "$work/j3b.new")]"
slip j4 plans binh-trung-2024.yaml 584 del 'items:'
says j4 binh-trung-2024.yaml
[ "$n" = 1 ] && grep -q "^binh-trung-2024.yaml:584:15: warning\[KH021\]" "$work/j4.err" ||
    bad="$bad [j4: $(head -c 300 "$work/j4.new")]"
slip j5 plans krong-no-2022.yaml 460 +2 '- n_criteria'
says j5 krong-no-2022.yaml
[ "$n" = 1 ] && grep -q "^krong-no-2022.yaml:459:9: error\[KH606\]: the column 'name_full' has the line under it (line 460) joined to it" "$work/j5.err" ||
    bad="$bad [j5: $(head -c 300 "$work/j5.new")]"
slip j5b plans krong-no-2022.yaml 460 +2 '- n_criteria' '^(\s+lead: )tckh$' '\1tckhx'
says j5b krong-no-2022.yaml
[ "$n" = 2 ] && grep -q 'error\[KH606\]' "$work/j5b.new" && grep -q "error\[KH202\]: .*'tckhx'" "$work/j5b.new" ||
    bad="$bad [j5b: $(head -c 300 "$work/j5b.new")]"
slip j6 seeds seed000-2025.yaml 241 -1 '- TM. ỦY BAN NHÂN DÂN'
says j6 seed000-2025.yaml
[ "$n" = 1 ] && grep -q "^seed000-2025.yaml:242:5: warning\[KH021\]" "$work/j6.err" ||
    bad="$bad [j6: $(head -c 300 "$work/j6.new")]"
slip j6b seeds seed002-2025.yaml 323 -2 '- TM. BAN QUẢN LÝ XDNTM'
says j6b seed002-2025.yaml
[ "$n" = 1 ] && grep -q "^seed002-2025.yaml:324:5: warning\[KH021\]" "$work/j6b.err" &&
    grep -q "^seed002-2025.yaml:323:5: warning\[KH166\]: the signature signs 'TM. BAN QUẢN LÝ XDNTM', a board under the issuer" "$work/j6b.err" ||
    bad="$bad [j6b: $(head -c 300 "$work/j6b.new")]"
if [ -z "$bad" ]; then
    ok "J1-J6 a line joined to the value above it ('text:' or '- >-' deleted, an item indented one space too far): one message each, a second mistake beside it still told"
else
    not_ok "J1-J6:$bad"
fi

# ---- S1-S2: a key line indented into the block text above it ----------------------------
bad=
slip s1 plans binh-trung-2024.yaml 727 +2 'recipients:'
says s1 binh-trung-2024.yaml
[ "$n" = 1 ] && grep -q "^binh-trung-2024.yaml:727:3: warning\[KH019\]: 'recipients:' begins a line of the text of 'closing'" "$work/s1.err" ||
    bad="$bad [s1: $(head -c 300 "$work/s1.new")]"
slip s2 plans yen-the-2024.yaml 223 +2 'items:'
says s2 yen-the-2024.yaml
[ "$n" = 1 ] && grep -q "^yen-the-2024.yaml:223:11: warning\[KH019\]: 'items:' begins a line of the text of 'clause'" "$work/s2.err" ||
    bad="$bad [s2: $(head -c 300 "$work/s2.new")]"
slip s2b plans yen-the-2024.yaml 223 +2 'items:' '^(\s+lead: )bcd$' '\1bcdx'
says s2b yen-the-2024.yaml
[ "$n" = 2 ] && grep -q 'warning\[KH019\]' "$work/s2b.new" && grep -q "error\[KH202\]: .*'bcdx'" "$work/s2b.new" ||
    bad="$bad [s2b: $(head -c 300 "$work/s2b.new")]"
if [ -z "$bad" ]; then
    ok "S1-S2 'recipients:', 'items:' indented into the block text above: KH019 alone, not also 'no recipients' (KH160) or 'too long' (KH135); a second mistake still told"
else
    not_ok "S1-S2:$bad"
fi

# ---- B1-B3: a slip whose echo was a warning or an error of a part left unread ---------
bad=
slip b1 plans krong-no-2022.yaml 465 '=sppress: [KH253]' 'suppress: [KH253]'
says b1 krong-no-2022.yaml
[ "$n" = 1 ] && grep -q "^krong-no-2022.yaml:465:5: error\[KH601\]: unknown key 'sppress' in an attachment (did you mean 'suppress'?)" "$work/b1.err" ||
    bad="$bad [b1: $(head -c 300 "$work/b1.new")]"
slip b1b plans krong-no-2022.yaml 465 '=sppress: [KH253]' 'suppress: [KH253]' '^(\s+lead: )phong-ban$' '\1phong-banx'
says b1b krong-no-2022.yaml
[ "$n" = 2 ] && grep -q 'error\[KH601\]' "$work/b1b.new" && grep -q "error\[KH202\]: .*'phong-banx'" "$work/b1b.new" ||
    bad="$bad [b1b: $(head -c 300 "$work/b1b.new")]"
slip b2 seeds atts-2025.yaml 5 '=import:' 'import: [qd318-xa-ntm]'
says b2 atts-2025.yaml
[ "$n" = 1 ] && grep -q "^atts-2025.yaml:5:7: error\[KH107\]: 'import' is empty" "$work/b2.err" ||
    bad="$bad [b2: $(head -c 300 "$work/b2.new")]"
slip b2b seeds atts-2025.yaml 5 '=import:' 'import: [qd318-xa-ntm]' '^(\s+lead: )vhtt$' '\1vhttx'
says b2b atts-2025.yaml
[ "$n" = 2 ] && grep -q 'error\[KH107\]' "$work/b2b.new" && grep -q "error\[KH202\]: .*'vhttx'" "$work/b2b.new" ||
    bad="$bad [b2b: $(head -c 300 "$work/b2b.new")]"
slip b3 seeds atts-2025.yaml 88 '=label:' 'label: Biểu 01'
says b3 atts-2025.yaml
[ "$n" = 1 ] && grep -q "^atts-2025.yaml:88:11: error\[KH602\]: 'label' is empty" "$work/b3.err" ||
    bad="$bad [b3: $(head -c 300 "$work/b3.new")]"
slip b3b seeds atts-2025.yaml 88 '=label:' 'label: Biểu 01' '^(\s+lead: )vhtt$' '\1vhttx'
says b3b atts-2025.yaml
[ "$n" = 2 ] && grep -q 'error\[KH602\]' "$work/b3b.new" && grep -q "error\[KH202\]: .*'vhttx'" "$work/b3b.new" ||
    bad="$bad [b3b: $(head -c 300 "$work/b3b.new")]"
if [ -z "$bad" ]; then
    ok "B1-B3 'suppress:' misspelt, 'import:' emptied, an attachment's 'label:' emptied: the key's one message, not also the KH253 it silenced, the KH615 of the criteria it imported, the KH251 of the localities its rows name; a second mistake still told"
else
    not_ok "B1-B3:$bad"
fi

# ---- L1-L2: session 46's two LOW leftovers ----------------------------------------------
bad=
readme_base
example_edit 'id: bieu01' 'id: ""' "$work/p/l1.yaml"
"$khgen" check "$work/p/l1.yaml" >/dev/null 2>"$work/l1.err"
[ "$(grep -c '^[^ ].*\[KH' "$work/l1.err")" = 1 ] && grep -q "l1.yaml:70:9: error\[KH606\]: invalid id ''" "$work/l1.err" ||
    bad="$bad [l1: $(grep -v '^ ' "$work/l1.err" | head -c 300)]"
example_edit '            text: Tham mưu phân bổ nguồn vốn năm {year}.' '            text: >-\n            Hạn: quý I năm {year}.' "$work/p/l2.yaml"
"$khgen" check "$work/p/l2.yaml" >/dev/null 2>"$work/l2.err"
[ "$(grep -c '^[^ ].*\[KH' "$work/l2.err")" = 1 ] &&
    grep -q "l2.yaml:50:13: error\[KH101\]: unknown key 'Hạn' in a task: this line is the text of 'text' above it (line 49)" "$work/l2.err" &&
    ! grep -q 'KH107' "$work/l2.err" || bad="$bad [l2: $(grep -v '^ ' "$work/l2.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "L1-L2 an attachment's 'id: \"\"': its KH606 alone, no KH253 for the id ''; a text's first line 'Hạn: ...' outdented (a letter past ASCII not first): told as that text, no KH107"
else
    not_ok "L1-L2:$bad"
fi

# ---- G1 (guard): what the folds must not hide -------------------------------------------
bad=
long=$("$py" -c "print('Văn hóa ' * 130)")
slip g1 plans binh-trung-2024.yaml 584 del 'items:' '^(\s+- subclause: )Văn hóa' "\\g<1>$long"
says g1 binh-trung-2024.yaml
grep -Eq "warning\[KH135\]: 'subclause' is [0-9]+ characters long" "$work/g1.new" ||
    bad="$bad [g1 KH135: $(head -c 300 "$work/g1.new")]"
# 'recipients:' swallowed as S1, and the signature deleted: KH160 for it still
slip g1s plans binh-trung-2024.yaml 727 +2 'recipients:' '^signature:\n(?:  .*\n)+' ''
says g1s binh-trung-2024.yaml
grep -q "warning\[KH160\]: the plan has no 'signature'" "$work/g1s.new" ||
    bad="$bad [g1s KH160: $(head -c 300 "$work/g1s.new")]"
if [ -z "$bad" ]; then
    ok "G1 (guard) a subclause over 1,000 characters before the join: KH135; the signature really missing beside a swallowed 'recipients:': KH160"
else
    not_ok "G1:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
