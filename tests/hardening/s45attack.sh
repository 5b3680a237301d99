#!/bin/sh
# tests/hardening/s45attack.sh KHGEN WORKDIR - what session 45's outsider
# attacks found that earlier rounds had missed (issue 8; reproducers in
# /tmp/s45attack/ of that session: slip45.py made 2,299 one-line slips of
# README's example, one key and one kind at a time: NFD, a Cyrillic
# letter, a BOM or CRLF on one line, zero-width and bidi marks, control
# characters and NUL as escapes, markup, null, lists for texts, huge,
# negative and zero numbers, .nan, .inf, a no-break space for the first
# space of the indentation). Each case fails at 51df057c (session 44's
# stop) unless it is named a guard:
#  C1  a Cyrillic or Greek letter that prints like a Latin one inside a
#      Latin word ("Kế hоạch" with a Cyrillic "о", typed with a Russian
#      keyboard layout or pasted) in a unit's name, a title, a heading, a
#      locality's kind: every format printed it with exit 0 and no word
#      (search, sorting, spelling and khgen's own checks do not read the
#      word; 'xã' with a Cyrillic 'х' is no kind 'xã'); now KH020 at its
#      line and column, once a word.
#  C1g (guard) a Greek or Cyrillic word of its own ("β-caroten", "Δt",
#      "Москва") is silent; an id so typed, where it is defined or used
#      ("{unit tсkh}", "lead: tсkh"), keeps its one KH109/KH202 message,
#      no KH020 beside it; a comment is not read.
#  C1t (guard) linear: 1 MB and 4 MB of words with such letters, or of ids.
#  N1  a no-break space (U+00A0, pasted from Word) for the first space of
#      a line's indentation under a section ("\u00a0   items:"): YAML
#      read a key of the plan and noticed nothing until the next section,
#      6 lines below, where KH005 said "check that this line is indented
#      like the keys above it" of a line that was; now the no-break space
#      is named at its own line (s35attack M5 looked 3 lines up only).
#  S1  the signer's name (signature.name) of many words: KH179's reading of
#      its words looked for a '{' in the whole name again at each word
#      (basis_form.c names_case): 240 KB 0.19 s, 480 KB 0.81 s, 960 KB
#      3.2 s of CPU (n squared; 60 s under ASan at 300 KB); linear now.
#  D1  khgen diff, a paragraph whose emphasis changed ("Đạt 50%" made
#      "Đạt **90%**"): the terminal and the HTML page showed the part's
#      Markdown source, its escapes with it: "Công văn \<số 12>" (and
#      "\&lt;số 12&gt;" in the HTML page), which the document prints
#      "<số 12>", in words that did not change; now its emphasis as its
#      marks and the rest as printed (render_markdown_marked); -f md keeps
#      the Markdown.
#  E1  import of a Biểu pasted from an English-locale Excel whose column
#      shows '-' for zero (the accounting format): "12,500", "45,000"
#      beside "500" and "-" were left as written, silently, while the
#      column beside them was read as thousands ("1.250"): the document
#      printed "45,000" (45 in Vietnamese) beside "1.250". A dash alone is
#      no figure of either kind now; the column is read with the table.
# About 30 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
readme_base

# ---- C1: a Cyrillic letter in a Latin word ---------------------------------------------
bad=
example_edit 'name: Phòng Tài chính - Kế hoạch}' 'name: Phòng Tài chính - Kế h\u043eạch}' "$work/p/c1a.yaml"
example_edit 'title: Danh sách xã' 'title: D\u0430nh sách xã' "$work/p/c1b.yaml"
example_edit 'section: TỔ CHỨC THỰC HIỆN' 'section: TỔ CHỨC THỰC HI\u0415N' "$work/p/c1c.yaml"
example_edit 'kind: xã, criteria_met: 16' 'kind: \u0445ã, criteria_met: 16' "$work/p/c1d.yaml"
for c in "c1a 25:44 'hоạch' holds U+043E" "c1b 72:13 'Dаnh' holds U+0430" \
    "c1c 44:29 'HIЕN' holds U+0415" "c1d 33:42 'хã' holds U+0445"; do
    set -- $c
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
    want="ex.yaml:$2: warning[KH020]: $3 $4 $5"
    grep -qF "$1.yaml:$2: warning[KH020]: $3 $4 $5, a letter of another alphabet (Cyrillic or Greek" \
        "$work/$1.err" && [ "$st" -le 1 ] || bad="$bad [$1: $st $(grep -v '^ ' "$work/$1.err" | head -c 200)]"
done
[ "$(grep -c 'KH020' "$work/c1a.err")" = 1 ] || bad="$bad [c1a: not one message]"
if [ -z "$bad" ]; then
    ok "C1 a Cyrillic letter inside a Latin word (a unit's name, a Biểu's title, a heading, a kind): KH020 at its line:col"
else
    not_ok "C1:$bad"
fi

# ---- C1g: words of their own, ids, comments --------------------------------------------
bad=
example_edit '          - para: (Chi tiết theo {att bieu01} đính kèm).' \
    '          - para: (Chi tiết theo {att bieu01} đính kèm).\n          - para: "Bổ sung β-caroten; hệ số Δt, α = 0,05; hợp tác với Москва (Nga) và Αθήνα; μg/m3."  # Kế h\u043eạch' \
    "$work/p/g1.yaml"
"$khgen" check "$work/p/g1.yaml" >/dev/null 2>"$work/g1.err" || bad="$bad [g1: $(head -c 300 "$work/g1.err")]"
[ -s "$work/g1.err" ] && bad="$bad [g1 says: $(head -c 300 "$work/g1.err")]"
example_edit 'lead: tckh' 'lead: t\u0441kh' "$work/p/g2.yaml"
example_edit '{loc dong-huu tan-hiep}' '{loc d\u043eng-huu tan-hiep}' "$work/p/g3.yaml"
example_edit '{id: tckh, name' '{id: t\u0441kh, name' "$work/p/g4.yaml"
for g in "g2 KH202" "g3 KH203" "g4 KH109"; do
    set -- $g
    "$khgen" check "$work/p/$1.yaml" >/dev/null 2>"$work/$1.err"
    grep -q "error\[$2\]: .*U+04" "$work/$1.err" && ! grep -q 'KH020' "$work/$1.err" ||
        bad="$bad [$1: $(grep -v '^ ' "$work/$1.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "C1g (guard) Greek and Cyrillic words of their own, a comment: silent; an id with a Cyrillic letter: its one KH109/KH202/KH203"
else
    not_ok "C1g:$bad"
fi

# ---- C1t: linear -----------------------------------------------------------------------
"$py" - "$work/p/ex.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for name, n in (("t-words1", 50000), ("t-words4", 200000)):
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(s.replace(
        "(Chi tiết theo {att bieu01} đính kèm).", "\"%s\"" % ("h\u043e\u1ea1ch kh\u0430i " * (n // 4) + "{att bieu01}")))
for name, n in (("t-ids1", 250000), ("t-ids4", 1000000)):
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(s.replace(
        "(Chi tiết theo {att bieu01} đính kèm).", "\"{att bieu01} {unit %s}\"" % ("t\u0441" * n)))
PY
ratio_want="0 warning.KH020 2 2" ratio_case "C1t (guard) 1 MB and 4 MB of words with Cyrillic letters (check)" \
    "$work/p/t-words1.yaml" "$work/p/t-words4.yaml" "$khgen" check FILE
ratio_want="1 KH202 1 1" ratio_case "C1t (guard) a reference of a 1 MB and a 4 MB id of Cyrillic letters (check)" \
    "$work/p/t-ids1.yaml" "$work/p/t-ids4.yaml" "$khgen" check FILE

# ---- N1: a no-break space indenting a line far above YAML's error -----------------------
example_edit '    items:\n      - clause: Cấp xã' '\u00a0   items:\n      - clause: Cấp xã' "$work/p/n1.yaml"
check_says "N1 a no-break space indenting 'items:' under a section, YAML's error 6 lines below: named at its line" \
    "$work/p/n1.yaml" 1 \
    "n1.yaml:38:1: error[KH005]: YAML syntax error: a no-break space (U+00A0) in the indentation"
[ "$(grep -c 'error\[' "$work/err")" = 1 ] || not_ok "N1: more than one error: $(grep -v '^ ' "$work/err" | head -c 300)"
"$py" - "$work/p/n1.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for name, n in (("n1-small", 100000), ("n1-big", 400000)):
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(
        s.replace("body:\n", "body:\n" + "\n" * n, 1).replace("\u00a0   items:", "\u00a0   items:" + "\n" * n, 1))
PY
ratio_want="1 KH005 1 1" ratio_case "N1 (guard) the lines between read once: 100,000 and 400,000 blank lines around it (check)" \
    "$work/p/n1-small.yaml" "$work/p/n1-big.yaml" "$khgen" check FILE

# ---- S1: the signer's name of many words, linear -----------------------------------------
"$py" - "$work/p/ex.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert "  name: Nguyễn Văn A\n" in s
for name, n in (("s1-small", 20000), ("s1-big", 80000)):
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(
        s.replace("  name: Nguyễn Văn A\n", "  name: \"%s\"\n" % ("Nguyễn Văn A " * n)))
PY
ratio_want="0 KH135 1 1" ratio_case "S1 a signer's name of 60,000 and 240,000 words (check)" \
    "$work/p/s1-small.yaml" "$work/p/s1-big.yaml" "$khgen" check FILE

# ---- D1: diff's terminal and HTML page where the emphasis changed --------------------
example_edit '(Chi tiết theo {att bieu01} đính kèm).' '"Đạt 50% kế hoạch theo Công văn <số 12> (Chi tiết theo {att bieu01} đính kèm)."' "$work/p/d1a.yaml"
example_edit '(Chi tiết theo {att bieu01} đính kèm).' '"Đạt **90%** kế hoạch theo Công văn <số 12> (Chi tiết theo {att bieu01} đính kèm)."' "$work/p/d1b.yaml"
bad=
"$khgen" diff --no-color -o "$work/d1.txt" "$work/p/d1a.yaml" "$work/p/d1b.yaml" 2>"$work/d1.err"
[ $? = 1 ] || bad="$bad [diff status]"
grep -qF 'Đạt [-50%-]{+**90%**+} kế hoạch theo Công văn <số 12> (Chi tiết theo Biểu 01 đính kèm).' "$work/d1.txt" ||
    bad="$bad [term: $(grep 'Đạt' "$work/d1.txt")]"
"$khgen" diff -f html -o "$work/d1.html" "$work/p/d1a.yaml" "$work/p/d1b.yaml" 2>>"$work/d1.err"
grep -qF 'Đạt <del>50%</del><ins>**90%**</ins> kế hoạch theo Công văn &lt;số 12&gt; (Chi tiết' "$work/d1.html" ||
    bad="$bad [html: $(grep -o 'Đạt.\{0,160\}' "$work/d1.html")]"
"$khgen" diff -f md -o "$work/d1.md" "$work/p/d1a.yaml" "$work/p/d1b.yaml" 2>>"$work/d1.err"
grep -qF 'Công văn \<số 12>' "$work/d1.md" || bad="$bad [md: $(grep 'Đạt' "$work/d1.md")]"
if [ -z "$bad" ]; then
    ok "D1 diff where the emphasis changed: the terminal and the HTML page show '<số 12>' as printed, not its Markdown escape '\\<' ('\\&lt;'); -f md keeps the Markdown"
else
    not_ok "D1:$bad"
fi

# ---- E1: an English-locale Biểu whose column shows '-' for zero ------------------------
"$khgen" build -f md -o "$work/e1" "$work/p/ex.yaml" >/dev/null 2>&1
"$py" - "$work/e1/ex.md" "$work/e1/en.md" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
head = s.split("---\n\n**Biểu 01**", 1)[0]
rows = ("| 1 | Xã A | 2,500 | 500 |\n| 2 | Xã B | 1,250 | 12,500 |\n"
        "| 3 | Xã C | 1,250,000 | - |\n| 4 | Xã D | 3,000 | 45,000 |\n")
open(sys.argv[2], "w", encoding="utf-8").write(head + "---\n\n**Biểu 01**\n\n**BẢNG**\n\n"
    "| STT | Nội dung | Vốn | Vốn 2 |\n|:---:|---|---:|---:|\n" + rows)
PY
"$khgen" import -o "$work/e1/en.yaml" "$work/e1/en.md" >/dev/null 2>"$work/e1.err"
y=$work/e1/en.yaml
if grep -qF -- '- ["Xã B", "1.250", "12.500"]' "$y" && grep -qF -- '- ["Xã C", "1.250.000", "-"]' "$y" &&
    grep -qF -- '- ["Xã D", "3.000", "45.000"]' "$y" &&
    grep -qF "# review: the figures of column 3 (Vốn), 4 (Vốn 2) are written with ',' between thousands" "$y"; then
    ok "E1 English-locale figures beside Excel's '-' for zero: read as thousands with the column beside them, named in the note"
else
    not_ok "E1: $(grep -n 'Xã\|review: the fig' "$y" | head -6 | tr '\n' ' ') $(head -c 300 "$work/e1.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
