#!/bin/sh
# tests/hardening/s47user.sh KHGEN WORKDIR - what session 47's new user (a
# commune's IT officer with the README only: init, import of a Word file,
# new, a tired drafter's slips, every format, diff; reproducers in
# /tmp/s47user/ of that session) found. Each case fails at 4fc689b2
# (session 46's stop) unless it is named a guard:
#  U1  a figure typed with an English keyboard's thousands comma in a
#      decimal or percent column, "1,000" or "1,500" (quoted, or plain on a
#      line of its own), or as a locality's `data:`, was read as 1 and 1,5
#      (the decimal comma) with no word: the Biểu printed "1" and "1,5" and
#      its totals row was off by about a thousand, exit 0 (the same
#      "1.500" was KH114); now KH114 with both readings and what to write.
#  U1g (guard) "2,125" (printed back as written), "0,500" (no English
#      figure begins with 0), "1,500" in a column of `decimals: 3` (printed
#      "1,500") keep their reading, exit 0.
#  U2  `khgen init "UBND xã Tân Phú"`, the committee's name as an officer
#      types it, wrote "ỦY BAN NHÂN DÂN / XÃ UBND XÃ TÂN PHÚ" and "trên địa
#      bàn xã UBND xã Tân Phú", checking clean; now the place after the
#      committee's words, with a note ("Ủy ban nhân dân ..." too), and
#      "UBND" alone a usage error.
#  U3  KH611 for "1,850.5" or "1,500" (an English figure) said "holds
#      numbers, not '1,850.5': write one"; now it names the number, 1850.5.
#  U4  inside {...}: "tong: 1,850.5" said "the table has no column
#      '850.5'" (KH610), and "ns: 1,500" told to "write 1.500 (the decimal
#      point)", which is KH114's ambiguous "1.500"; now one KH015 each that
#      names the English figure and what to write.
#  U5  one word typed with Telex's keys in a Vietnamese sentence ("Hoàn
#      thành cuwngs hóa", "dduwowngf", "phaamr") printed with exit 0 (the
#      same with VNI's digits was KH036); now KH036 with the text it reads.
#  U5g (guard) English words alone in such a sentence ("how", "lawn",
#      "chef", "beef", "naan", "para", "Zalo") are no Telex keys.
#  U6  import: a hand "Tổng cộng" row a figure short under rows of more
#      decimals (3.700 over 1.000 + 700,5 + 2.000) was kept as a row (right)
#      with KH768's reason "column 3 of row 2, "700,5", is not a number
#      with 0 decimals": a right figure blamed; now "column 3 says 3.700,
#      the rows above sum to 3.700,5" (a total that rounds them still says
#      the decimals).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# the README's example with a written Biểu 02 of figures (BIEU's rows)
bieu02() {
    name=$1
    rows=$2
    cols=${3:-}
    edited "$name" '    rows: {from: localities, where: {target_year: 2024}}' \
        "    rows: {from: localities, where: {target_year: 2024}}
  - id: bieu02
    label: Biểu 02
    title: Kế hoạch vốn
    suppress: [KH253]
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: ns, header: Ngân sách, type: decimal, total: true$cols}
      - {key: tl, header: Tỷ lệ, type: percent}
    rows:
$rows
    totals: Tổng cộng"
}

# one message (the first line of each) of code at line:col, exit status st
one_msg() { # FILE.err WANT-GREP STATUS-WANTED STATUS
    [ "$4" = "$3" ] && grep -qF "$2" "$1" && [ "$(grep -c '^[^ ].*\[KH' "$1")" = 1 ]
}

# ---- U1: "1,500" in a decimal column, "1,000" in a percent one, "1,250" in data -----------
bad=
bieu02 u1a '      - {name: Đường thôn, ns: "1,500", tl: 50}
      - {name: Nhà văn hóa, ns: 800, tl: 20}'
bieu02 u1b '      - name: Đường thôn
        ns: 1,000
        tl: 50
      - {name: Nhà văn hóa, ns: 800, tl: 20}'
bieu02 u1c '      - {name: Đường thôn, ns: 1500, tl: "1,000%"}'
/usr/bin/python3 - "$work/p/ex.yaml" "$work/p/u1d.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = "  - {id: dong-huu, name: Đồng Hưu, kind: xã, criteria_met: 17, target: ntm, target_year: 2024}\n"
assert old in s
new = ("  - id: dong-huu\n    name: Đồng Hưu\n    kind: xã\n    criteria_met: 17\n    target: ntm\n"
       "    target_year: 2024\n    data:\n      dien_tich: 1,250\n")
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, new, 1))
PY
for c in "u1a column 'ns' holds '1,500', which reads two ways: 1,5 in khgen's numbers|write 1500 for the whole number, or 1,5 for the decimal" \
    "u1b column 'ns' holds '1,000', which reads two ways: 1 in khgen's numbers|write 1000 for the whole number, or 1 for the decimal" \
    "u1c column 'tl' holds '1,000%', which reads two ways|write 1000 for the whole number" \
    "u1d 'dien_tich' is '1,250', which reads two ways: 1,25 in khgen's numbers|write 1250 for the whole number, or 1,25 for the decimal"; do
    f=${c%% *}
    rest=${c#* }
    first=${rest%%|*}
    second=${rest#*|}
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    one_msg "$work/$f.err" "error[KH114]: $first" 1 "$st" && grep -qF "$second" "$work/$f.err" ||
        bad="$bad [$f: $st $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
done
rm -rf "$work/o"
"$khgen" build -f md -o "$work/o" "$work/p/u1a.yaml" >/dev/null 2>&1 && bad="$bad [u1a built]"
[ -e "$work/o/u1a.md" ] && bad="$bad [u1a wrote a document]"
if [ -z "$bad" ]; then
    ok "U1 '1,500', '1,000', '1,000%', data '1,250' (an English thousands comma): KH114 with both readings, no document"
else
    not_ok "U1:$bad"
fi

# ---- U1g (guard): decimals written so on purpose keep their reading ----------------------
bad=
bieu02 u1g '      - {name: Đường thôn, ns: "2,125", tl: "0,500"}
      - {name: Nhà văn hóa, ns: 800, tl: 20}'
bieu02 u1h '      - {name: Đường thôn, ns: "1,500", tl: 50}' ', decimals: 3'
rm -rf "$work/o"
for f in u1g u1h; do
    "$khgen" build -f md -o "$work/o" "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err" ||
        bad="$bad [$f: $(grep -v '^ ' "$work/$f.err" | head -c 200)]"
done
grep -qF '| 1 | Đường thôn | 2,125 | 0,5% |' "$work/o/u1g.md" 2>/dev/null &&
    grep -qF '**802,125**' "$work/o/u1g.md" || bad="$bad [u1g: $(grep 'Đường thôn\|Tổng' "$work/o/u1g.md" 2>&1)]"
grep -qF '| 1 | Đường thôn | 1,500 | 50% |' "$work/o/u1h.md" 2>/dev/null ||
    bad="$bad [u1h: $(grep 'Đường thôn' "$work/o/u1h.md" 2>&1)]"
if [ -z "$bad" ]; then
    ok "U1g (guard) '2,125', '0,500', '1,500' under decimals: 3 keep their decimal reading, exit 0"
else
    not_ok "U1g:$bad"
fi

# ---- U2: init with the committee's name ------------------------------------------------
bad=
mkdir -p "$work/init"
for c in "a|UBND xã Tân Phú|xã Tân Phú" "b|Ủy ban nhân dân xã Tân Phú|xã Tân Phú" \
    "c|ỦY BAN NHÂN DÂN PHƯỜNG KINH BẮC|PHƯỜNG KINH BẮC"; do
    f=${c%%|*}
    rest=${c#*|}
    given=${rest%%|*}
    place=${rest#*|}
    "$khgen" init --year 2027 "$given" -o "$work/init/$f.yaml" >/dev/null 2>"$work/init/$f.err"
    st=$?
    [ "$st" = 0 ] && grep -qF "note: '$given' begins with the People's Committee" "$work/init/$f.err" &&
        grep -qF "the place is '$place'" "$work/init/$f.err" &&
        ! grep -q 'UBND X\|BAN NHÂN DÂN X\|DÂN PHƯỜNG\|xã UBND\|xã Ủy' "$work/init/$f.yaml" &&
        grep -qE '^  issuer: \[ỦY BAN NHÂN DÂN, (XÃ TÂN PHÚ|PHƯỜNG KINH BẮC)\]' "$work/init/$f.yaml" &&
        "$khgen" check "$work/init/$f.yaml" >/dev/null 2>&1 ||
        bad="$bad [$f: $st $(head -c 200 "$work/init/$f.err") $(grep -m1 'issuer:' "$work/init/$f.yaml" 2>&1)]"
done
"$khgen" init --year 2027 "UBND" -o "$work/init/d.yaml" >/dev/null 2>"$work/init/d.err"
st=$?
[ "$st" = 2 ] && [ ! -e "$work/init/d.yaml" ] &&
    grep -qF "'UBND' is the People's Committee, not a place" "$work/init/d.err" ||
    bad="$bad [UBND alone: $st $(head -c 200 "$work/init/d.err")]"
if [ -z "$bad" ]; then
    ok "U2 init 'UBND xã Tân Phú', 'Ủy ban nhân dân ...': the place after the committee's words, a note; 'UBND' alone exit 2"
else
    not_ok "U2:$bad"
fi

# ---- U3: KH611 names the number an English figure is ----------------------------------
bad=
bieu02 u3a '      - {name: Đường thôn, ns: "1,850.5", tl: 50}'
bieu02 u3b '      - name: Đường thôn
        ns: 1,000.5
        tl: 50'
for c in "u3a|'1,850.5', a figure written as an English keyboard writes it|write 1850.5" \
    "u3b|'1,000.5', a figure written as an English keyboard writes it|write 1000.5"; do
    f=${c%%|*}
    rest=${c#*|}
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    one_msg "$work/$f.err" "error[KH611]: column 'ns' holds ${rest%%|*}" 1 "$st" &&
        grep -qF "${rest#*|}" "$work/$f.err" ||
        bad="$bad [$f: $st $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "U3 '1,850.5' in a decimal column: KH611 says it is an English figure and to write 1850.5"
else
    not_ok "U3:$bad"
fi

# ---- U4: an English figure inside {...} ------------------------------------------------
bad=
bieu02 u4a '      - {name: Đường thôn, ns: 1,850.5, tl: 50}'
bieu02 u4b '      - {name: Đường thôn, ns: 1,500, tl: 50}'
for c in "u4a|'ns: 1,850.5' inside {...}: YAML cuts a number at its comma and reads 1 and a key '850.5'; '1,850.5' is written as an English keyboard writes figures|write 1850.5" \
    "u4b|'ns: 1,500' inside {...}: YAML cuts a number at its comma and reads 1 and a key '500'; and 1,500 reads two ways|write 1500 for the whole number, or 1.5 for the decimal"; do
    f=${c%%|*}
    rest=${c#*|}
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    one_msg "$work/$f.err" "error[KH015]: ${rest%%|*}" 1 "$st" && grep -qF "${rest#*|}" "$work/$f.err" ||
        bad="$bad [$f: $st $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "U4 '{ns: 1,850.5}' and '{ns: 1,500}': one KH015 each, naming the English figure and what to write"
else
    not_ok "U4:$bad"
fi

# ---- U5: one word typed with Telex's keys in a Vietnamese sentence -------------------------
bad=
edited u5a 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn cuwngs hóa 2,5 km năm {year}.'
edited u5b 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn dduwowngf giao thông năm {year}.'
edited u5c 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn phaamr bổ năm {year}.'
for c in "u5a|cuwngs|cứng hóa 2,5 km" "u5b|dduwowngf|đường giao thông" "u5c|phaamr|phẩm bổ"; do
    f=${c%%|*}
    rest=${c#*|}
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    one_msg "$work/$f.err" "warning[KH036]: '${rest%%|*}' is a Vietnamese word typed with Telex's keys" 0 "$st" &&
        grep -qF "${rest#*|}" "$work/$f.err" ||
        bad="$bad [$f: $st $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "U5 one word typed with Telex's keys in a Vietnamese sentence ('cuwngs', 'dduwowngf', 'phaamr'): KH036 with the text as it reads"
else
    not_ok "U5:$bad"
fi

# ---- U5g (guard): English words alone in a Vietnamese sentence are not Telex's keys --------
bad=
for w in how now lawn down town chef beef reef roof naan para tees seen Zalo online Facebook; do
    edited "u5g-$w" 'Tham mưu phân bổ nguồn vốn năm {year}.' "Tham mưu phân bổ nguồn vốn $w năm {year}."
    "$khgen" check "$work/p/u5g-$w.yaml" >/dev/null 2>"$work/u5g-$w.err" &&
        ! grep -q 'KH036' "$work/u5g-$w.err" || bad="$bad [$w: $(grep -v '^ ' "$work/u5g-$w.err" | head -c 200)]"
done
if [ -z "$bad" ]; then
    ok "U5g (guard) 'how', 'lawn', 'chef', 'beef', 'naan', 'para', 'Zalo', ... alone in a Vietnamese sentence: no KH036"
else
    not_ok "U5g:$bad"
fi

# ---- U5p: English plurals ending "ws" are not Telex's keys (the lead) -------------------
# b2eb73ae's first KEYS_LONE rule read "rows", "cows", "laws", "tows" as
# Telex ("rớ", "cớ", "lắ", "tớ": a shape 'w' and the tone 's' last) and
# warned KH036 on a correct plan; passes at 4fc689b2, which had no rule
bad=
for w in rows cows laws bows tows saws Laws hows thaws; do
    edited "u5p-$w" 'Tham mưu phân bổ nguồn vốn năm {year}.' "Tham mưu phân bổ nguồn vốn $w năm {year}."
    "$khgen" check "$work/p/u5p-$w.yaml" >/dev/null 2>"$work/u5p-$w.err" &&
        ! grep -q 'KH036' "$work/u5p-$w.err" || bad="$bad [$w: $(grep -v '^ ' "$work/u5p-$w.err" | head -c 200)]"
done
edited u5p-towf 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn towf năm {year}.'
"$khgen" check "$work/p/u5p-towf.yaml" >/dev/null 2>"$work/u5p-towf.err"
grep -q 'KH036' "$work/u5p-towf.err" || bad="$bad [towf (tờ) not warned]"
if [ -z "$bad" ]; then
    ok "U5p 'rows', 'cows', 'laws', 'tows' ... alone in a Vietnamese sentence: no KH036 ('towf' still is)"
else
    not_ok "U5p:$bad"
fi

# ---- U6: import: a hand total that does not add, rows of more decimals ------------------
bad=
bieu02 u6 '      - {name: Đường thôn, ns: 1000, tl: 50}
      - {name: Nhà văn hóa, ns: 700.5, tl: 20}
      - {name: Nước sạch, ns: 2000, tl: 30}'
rm -rf "$work/o6"
"$khgen" build -f md -o "$work/o6" "$work/p/u6.yaml" >/dev/null 2>&1 || bad="$bad [u6 did not build]"
# the total typed by hand, a figure short (4.201 as 4.200 in the Word file)
sed 's/\*\*3\.700,5\*\*/**3.700**/' "$work/o6/u6.md" >"$work/o6/u6w.md"
grep -qF '**3.700**' "$work/o6/u6w.md" || bad="$bad [setup: $(grep 'Tổng cộng' "$work/o6/u6.md")]"
"$khgen" import -o "$work/o6/u6w.yaml" "$work/o6/u6w.md" >/dev/null 2>"$work/o6/u6w.err"
grep -qF 'is kept as a row, not the table'"'"'s totals: column 3 says 3.700, the rows above sum to 3.700,5' \
    "$work/o6/u6w.err" && ! grep -q 'is not a number with' "$work/o6/u6w.err" ||
    bad="$bad [$(grep KH768 "$work/o6/u6w.err" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "U6 import: a hand total 3.700 over rows of 3.700,5: KH768 says what the rows sum to, not that a right figure has too many decimals"
else
    not_ok "U6:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
