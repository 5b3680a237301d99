#!/bin/sh
# tests/hardening/s41attack.sh KHGEN WORKDIR - what session 41's outsider
# attack found over session 40's additions, and session 40's attack's
# leftover L2 (reproducers in /tmp/s41attack/ of that session). Each case
# fails at main 654cfcd1 unless named a guard (or M4, and X1b, which
# checks that X1's file is still KH007):
#  M1  a text "x \](https://a.vn)1. b" was written to the .md with its
#      bare URL as is: md_sanitize took any "](" for a link's address,
#      after an escaped ']' too, and GFM and pandoc linked the URL the
#      HTML prints as text; the address is left as written only where
#      every reader reads a link (md_links_read, the one reading of
#      brackets, md_brackets.c), so here "https\://a.vn";
#  M2  the same after a ']' that no '[' opens ("x ](https://a.vn) b");
#  M3  "[l](https://a.vn)x\]": pandoc's GFM reader (2.17) glued "x\]" to
#      the address as one bare URL and printed the backslash; the address
#      is written "[l](<https://a.vn>)x\]", the same link to every reader;
#  M4  (passes at 654cfcd1, which wrote no angle brackets) the .md of M3
#      imported reads "[l](https://a.vn)x\]" again, the
#      writer's angle brackets dropped as its backslashes are;
#  G1  guard: "[l](https://a.vn). x" and "[l](https://a.vn/x_(y))" are
#      written as at 654cfcd1 (the second's parentheses escaped);
#  D1  `diff -f md`: a link's address before a mark was found by scanning
#      back from the last ')', so an inserted "[l](https://a.vn))" was
#      reported "[l](<https://a.vn)>)", a link to "https://a.vn)"
#      nobody wrote; now the one reading says where the address ends;
#  D2  `diff -f md` of the text M1 inserted: its URL is escaped there too.
#  K1  KH036 (Vietnamese typed with the input method off) warned at
#      correct English texts: "Bus, taxi, car" (three words read as
#      Telex tones s, x, r alone: "Bú, tãi, cả") and "Been Seen" (two
#      words with a doubled e and no tone: "Bên Sên"); now three words
#      need one typed with a hat, breve, horn, đ, a VNI digit or the tone
#      f or j, and two need a tone besides;
#  R1  a registry (include:) whose `units:` AutoCorrect wrote `Units:`:
#      "'r.yaml' is not an included file ...; check the path" (KH033) when
#      it was its only key, and "'Units' cannot be in an included file,
#      ... move it into the plan" (KH134) beside `levels:`; now the
#      plan's rule: KH101 (its first letter a capital), read as meant;
#  X1  a merge key ('<<', KH007) over a mapping of 20,000 keys (a
#      locality's data) beside 20,000 of its own took 14 s: each key
#      merged was compared with every key kept (load_merge.c); a table
#      now, 0.3 s (and 80,000 of each 1.5 s);
#  Q1  units written one `- {id: ..., name: ...}` a line, a name opened
#      with Excel's quote ('Phòng Tài chính) and closed on the next unit's
#      line: YAML read that unit into the name without a word, and the
#      document printed "Phòng Tài chính - Kế hoạch} - {id: tnmt, name:
#      ..." with exit 0; now KH005 at the quote, as for a block key line;
#  K2  (after the first landing) KH036 warned at ids numbered in a text,
#      "Mã: xa1, xa2, xa3", "ca1 ca2 ca3", "tram1 tram2 tram3" (VNI
#      tones of one syllable); the words read as keys are not all of the
#      same letters now;
#  B1  (after the first landing) a list's item whose '-' Word's
#      AutoFormat made a bullet, indented under the item above ("- UBND
#      tỉnh" over "    · Các xã"), or an issuer's second line "• HUYỆN
#      YÊN THẾ" under its first: YAML joined it to the text above, and the
#      document printed "UBND tỉnh · Các xã" with exit 0; KH005 as for
#      the bullet where an item's '-' goes (a dash, "– Sở Tài chính", is
#      wrapped prose: B1b, a guard);
#  G2  guard: "Kees hoachj thuwcj hieenj", "Raf soats quy hoachj.",
#      "Thuwr nghieemj" and "Ke61 hoa5ch" still warn.
# Each case runs khgen once or twice over README's example: well under a
# second. Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
cd "$work/p" || exit 2

# md NAME TEXT: README's example with the text TEXT under "Cấp xã", built
# to $work/NAME/NAME.md; the line of the text in $work/NAME.line
md() {
    edited "$1" '      - clause: Cấp xã' "      - clause: Cấp xã
        text: '$2'"
    "$khgen" build -f md -o "$work/$1" "$work/p/$1.yaml" >"$work/$1.err" 2>&1
    st=$?
    grep 'Cấp xã' "$work/$1/$1.md" >"$work/$1.line" 2>/dev/null
}
# has NAME TEXT: the build went well and the text's line holds TEXT
has() {
    [ "$st" -eq 0 ] && grep -qF -- "$2" "$work/$1.line"
}

# ---- M1-M3, G1: a link's address in the .md ---------------------------------
md m1 'Đạt x \](https://a.vn)1. b'
if has m1 'Đạt x \](https\://a.vn)1. b'; then
    ok "M1 after '\\](' the bare URL is escaped in the .md"
else
    not_ok "M1 '\\](https://a.vn)': status $st, $(cat "$work/m1.line" "$work/m1.err")"
fi
md m2 'Đạt x ](https://a.vn) b'
if has m2 'Đạt x \](https\://a.vn) b'; then
    ok "M2 after a ']' no '[' opens the bare URL is escaped in the .md"
else
    not_ok "M2 'x ](https://a.vn)': status $st, $(cat "$work/m2.line" "$work/m2.err")"
fi
md m3 'Đạt [l](https://a.vn)x\] b'
if has m3 'Đạt [l](<https://a.vn>)x\] b'; then
    ok "M3 a link's address glued to the next word is written in angle brackets"
else
    not_ok "M3 '[l](https://a.vn)x\\]': status $st, $(cat "$work/m3.line" "$work/m3.err")"
fi
if command -v pandoc >/dev/null 2>&1; then
    for n in m1 m2 m3; do
        pandoc -f gfm -t html "$work/$n.line"
    done >"$work/m.html" 2>&1
    if grep -q 'a.vn)1. b' "$work/m.html" && ! grep -q 'href="https://a.vn)' "$work/m.html" &&
        grep -q '</a>x\] b' "$work/m.html" && [ "$(grep -c 'href=' "$work/m.html")" -eq 1 ]; then
        ok "M1-M3b pandoc -f gfm reads the three as the HTML prints them"
    else
        not_ok "M1-M3b pandoc -f gfm: $(cat "$work/m.html")"
    fi
else
    ok "M1-M3b (no pandoc here: M1-M3 check the text)"
fi
"$khgen" import "$work/m3/m3.md" >"$work/m4.yaml" 2>"$work/m4.err"
if grep -qF 'Đạt [l](https://a.vn)x\] b' "$work/m4.yaml"; then
    ok "M4 import of M3's .md gives the plan's text back"
else
    not_ok "M4 import of M3's .md: $(grep 'Đạt' "$work/m4.yaml") $(head -c 300 "$work/m4.err")"
fi
md g1 'Đạt [l](https://a.vn). x [m](https://a.vn/x_(y)) y'
if has g1 'Đạt [l](https://a.vn). x [m](https://a.vn/x_\(y\)) y'; then
    ok "G1 guard: a link before '.' and one with parentheses are written as they are"
else
    not_ok "G1 guard: status $st, $(cat "$work/g1.line" "$work/g1.err")"
fi

# ---- D1, D2: diff -f md ------------------------------------------------------
edited d1a '      - clause: Cấp xã' '      - clause: Cấp xã
        text: "Đạt x b"'
edited d1b '      - clause: Cấp xã' '      - clause: Cấp xã
        text: "Đạt x [l](https://a.vn)) b"'
"$khgen" diff -f md "$work/p/d1a.yaml" "$work/p/d1b.yaml" >"$work/d1.md" 2>"$work/d1.err"
st=$?
if [ "$st" -eq 1 ] && grep -qF '**[l](https://a.vn))**' "$work/d1.md" &&
    ! grep -qF 'a.vn)>' "$work/d1.md"; then
    ok "D1 diff -f md: the link's own ')' ends its address, the next is text"
else
    not_ok "D1 diff -f md of '[l](https://a.vn))': status $st, $(grep 'Đạt' "$work/d1.md")"
fi
edited d2b '      - clause: Cấp xã' '      - clause: Cấp xã
        text: "Đạt x \\](https://a.vn)1. b"'
"$khgen" diff -f md "$work/p/d1a.yaml" "$work/p/d2b.yaml" >"$work/d2.md" 2>"$work/d2.err"
st=$?
if [ "$st" -eq 1 ] && grep -qF 'https\://a.vn' "$work/d2.md" && ! grep -qF '](https://a.vn' "$work/d2.md"; then
    ok "D2 diff -f md: after '\\](' the bare URL is escaped"
else
    not_ok "D2 diff -f md of '\\](https://a.vn)': status $st, $(grep 'Đạt' "$work/d2.md")"
fi

# ---- K1, G2: KH036 on English and on keys -----------------------------------
edited k1 '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: "Phương tiện: Bus, taxi, car"
          - para: "Tên gọi: Been Seen"
          - para: "Bus Taxi Car Van"'
checked() {
    "$khgen" check "$work/p/$1.yaml" >"$work/$1.out" 2>&1
    st=$?
}
checked k1
if [ "$st" -eq 0 ] && ! grep -q 'KH036' "$work/k1.out"; then
    ok "K1 KH036 is silent on English read as tones alone or doubled vowels alone"
else
    not_ok "K1 English texts: status $st, $(grep -A1 KH036 "$work/k1.out" | head -c 600)"
fi
edited k2 '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: "Mã: xa1, xa2, xa3"
          - para: "Các ca: ca1 ca2 ca3"
          - para: "Trạm tram1, tram2, tram3"'
checked k2
if [ "$st" -eq 0 ] && ! grep -q 'KH036' "$work/k2.out"; then
    ok "K2 KH036 is silent on ids numbered (xa1, xa2, xa3)"
else
    not_ok "K2 ids numbered: status $st, $(grep -A1 KH036 "$work/k2.out" | head -c 600)"
fi
edited g2 '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: "Kees hoachj thuwcj hieenj"
          - para: "Raf soats quy hoachj."
          - para: "Thuwr nghieemj"
          - para: "Ke61 hoa5ch"'
checked g2
if [ "$(grep -c 'warning\[KH036\]' "$work/g2.out")" -eq 4 ]; then
    ok "G2 guard: four texts of keys still warn"
else
    not_ok "G2 guard: $(grep -c 'warning\[KH036\]' "$work/g2.out") KH036, $(head -c 600 "$work/g2.out")"
fi

# ---- Q1: a quote over a flow mapping's line ------------------------------
edited q1 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' "  - {id: tckh, name: 'Phòng Tài chính - Kế hoạch}
  - {id: tnmt, name: Phòng Tài nguyên và Môi trường'}"
"$khgen" build -f md -o "$work/q1" "$work/p/q1.yaml" >"$work/q1.out" 2>&1
st=$?
if [ "$st" -eq 1 ] && grep -q "q1.yaml:[0-9]*:[0-9]*: error\[KH005\]: the ' that opens this value is closed only on line [0-9]*: YAML read the 1 line below into the value, with line [0-9]*'s key '- {id:'" "$work/q1.out" &&
    [ ! -e "$work/q1/q1.md" ]; then
    ok "Q1 a quote closed on the next flow mapping's line is KH005, no document"
else
    not_ok "Q1 status $st, $(head -c 400 "$work/q1.out")"
fi

# ---- R1: a registry's key with a capital ----------------------------------
mkdir -p "$work/p/r"
printf 'Units:\n  - {id: vpdp, name: Văn phòng Điều phối}\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n' >"$work/p/r/r1.yaml"
printf 'Units:\n  - {id: vpdp, name: Văn phòng Điều phối}\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\nlevels: []\n' >"$work/p/r/r1b.yaml"
for r in r1 r1b; do
    /usr/bin/python3 - "$work/p/ex.yaml" "$work/p/$r.yaml" "$r" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s2 = re.sub(r'\nunits:\n(  - .*\n)+', '\n', s, count=1)
if s2 == s:
    sys.exit('r1: no units list in the example')
s2 = s2.replace('khgen: 1', 'khgen: 1\ninclude: [r/%s.yaml]' % sys.argv[3], 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s2)
PY
    "$khgen" check "$work/p/$r.yaml" >"$work/$r.out" 2>&1
    st=$?
    if [ "$st" -eq 1 ] && grep -q "r/$r.yaml:1:1: error\[KH101\]: unknown key: its first letter is a capital" "$work/$r.out" &&
        ! grep -q 'KH033\|KH134\|KH202' "$work/$r.out"; then
        ok "R1 $r: a registry's 'Units:' is KH101, read as meant"
    else
        not_ok "R1 $r: status $st, $(head -c 400 "$work/$r.out")"
    fi
done

# ---- B1: a bullet for a '-' on a line joined to the item above ---------------
edited b1 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:
  - UBND tỉnh
    · Các xã
  - "Lưu: VT"'
edited b1i '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '  issuer:
    ỦY BAN NHÂN DÂN
    • HUYỆN YÊN THẾ'
edited b1b 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:
  - UBND tỉnh
    – Sở Tài chính
  - "Lưu: VT"'
for n in b1 b1i; do
    checked $n
    if [ "$st" -eq 1 ] && grep -q "$n.yaml:[0-9]*:5: error\[KH005\]: YAML syntax error: '[·•]' (U+[0-9A-F]*) in place of a list item's '-'" "$work/$n.out"; then
        ok "B1 $n: a bullet for the '-' of a line joined to the one above is KH005"
    else
        not_ok "B1 $n: status $st, $(head -c 400 "$work/$n.out")"
    fi
done
checked b1b
if [ "$st" -eq 0 ] && ! grep -q 'KH005' "$work/b1b.out"; then
    ok "B1b guard: a line of a recipient wrapped before an en dash is text"
else
    not_ok "B1b guard: status $st, $(head -c 400 "$work/b1b.out")"
fi

# ---- X1: a merge key over many keys ----------------------------------------
/usr/bin/python3 - "$work/p/ex.yaml" "$work/p/x1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
n = 20000
inner = ", ".join("k%d: 1" % i for i in range(n))
own = ", ".join("j%d: 1" % i for i in range(n))
loc = "  - {id: x1, name: Xã Một, kind: xã, data: {<<: {%s}, %s}}\n" % (inner, own)
if "localities:\n" not in s:
    sys.exit("x1: no localities in the example")
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace("localities:\n", "localities:\n" + loc, 1))
PY
timed_case "X1 check of a '<<' over 20,000 keys beside 20,000 more" "$khgen" check "$work/p/x1.yaml"
if [ "$status" -ne 1 ] || ! grep -q 'error\[KH007\]' "$work/err"; then
    not_ok "X1b the merge key is KH007: status $status, $(head -c 300 "$work/err")"
else
    ok "X1b the merge key is KH007"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
