#!/bin/sh
# tests/hardening/s37review.sh KHGEN WORKDIR - session 37's review of
# session 36's changes to src/ (8e7828c4..8804c8c5) for defects (issue 8;
# reproducers in /tmp/s37review/ of that session). Each case is one
# finding, and fails at 8804c8c5 (session 36's stop):
#  H1  a link whose text is blanks, "[ ](https://a.vn)", crashed -f md and
#      -f html (SIGSEGV, exit 139): give_empty_links_text (md_read.c) freed
#      the link's text while cmark's iterator had already stepped to it;
#      now every format prints the address as the text, exit 0;
#  H2  KH214 searched the whole text for a unit's name at each {short ID}
#      of a unit without a short name: 128,000 "{short tckh}" in one text
#      (2 MB) took 3.4 s, four times fewer 0.15 s (quadratic); KH214 still
#      warns at "Phòng Tài chính - Kế hoạch ({short tckh})";
#  H3  a Biểu of no row yet whose numbering column is headed "Số TT" or
#      "Số thứ tự" (not "STT" or "TT") was lost when its .docx or .md was
#      imported (its cells to "# review:" comments, KH762), exit 0: the
#      layout rule (docx_layout.c) kept its own two headings beside the
#      importer's list; now the one list (att_numbering_prefix);
#  H4  an attachment's cell (printed as written, README) holding
#      "[](https://a.vn)" printed "[https://a.vn](https://a.vn)" in every
#      format, a text nobody wrote, exit 0: H1's rule (an empty link given
#      its address as its text) ran for texts printed as written too;
#  M1  a link whose text is a no-break space, "[\u00a0](https://a.vn)",
#      printed an empty-looking link, its address lost (.html, .md, .docx),
#      exit 0, no message: the blank-link rule read only ASCII spaces; now
#      any space (vi_spaces_len), the address printed as the text;
#  M2  attachments labelled "Biểu 1.01" and "Biểu 1.1" were KH620 "one
#      label with its number written two ways", an error: the zeros after
#      a number's point were dropped as leading zeros; "Biểu 01" and
#      "Biểu 1" stay KH620 (a guard);
#  M3  a literal brace typed "{{" hid every ISO date after it in its text
#      from KH320 ("{{ ngày 2024-01-15" printed so, no message): KH320's
#      reference depth counted "{{" as two references opened; a date inside
#      a reference ("{count tasks due=2024-06-30}") stays unwarned (a guard);
#  M4  a link in the plan's directory to a missing file outside it was
#      KH001 "cannot read ... No such file", one to an existing file
#      outside KH030: which files exist outside the tree, told again (s36low
#      closed this for paths written so); now KH030 both, and a link to a
#      missing name inside the tree stays KH001 (a guard);
#  M5  a YAML syntax error a line below a quoted text whose second line
#      begins with a no-break space ("title: \"Kế hoạch" over "\u00a0 date:
#      X\"") was blamed on that space, "in the indentation ... replace it",
#      though it is the text's own (a line indented 3 spaces, or the quote
#      never closed, was the error): load_nbsp_in_syntax now skips quoted
#      and block scalars; such a space before a key stays KH005's (a guard);
#  M6  an attachment's title "Biểu 1: Danh sách xã" under the label "Biểu
#      01" (or "BIỂU 01 - ..." under "Biểu 1") printed the label twice, no
#      KH118: own_label_named compared the numbers byte for byte, while
#      KH620 reads "Biểu 1" and "Biểu 01" as one label; now one reading
#      (own_label_number: a number's leading zeros, not after its point);
#      "Biểu 010" and "Biểu 1.1" under "Biểu 01", "Biểu 1.01" stay
#      unwarned (guards).
# Each case builds README's example with one edit, or a plan of its own:
# about 40 runs of khgen, about 3 s (7 s on the sanitizers' build).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

PARA='- para: (Chi tiết theo {att bieu01} đính kèm).'

# ---- H1: a link whose text is blanks -----------------------------------------
mk h1 "$PARA" '- para: "(Chi tiết theo {att bieu01} đính kèm) Xem [ ](https://a.vn) và [  ](https://b.vn)."'
bad=
for f in md html docx xlsx; do
    "$khgen" build -f $f -o "$work/h1" "$P/h1.yaml" >/dev/null 2>"$work/h1.$f.err"
    st=$?
    [ "$st" -le 1 ] && ! grep -q 'Sanitizer\|runtime error' "$work/h1.$f.err" || bad="$bad [$f: status $st]"
done
grep -q 'Xem https\\://a\.vn và https\\://b\.vn\.' "$work/h1/h1.md" 2>/dev/null ||
    bad="$bad [the .md's line: $(grep -h 'Xem' "$work/h1/h1.md" 2>/dev/null | head -1)]"
grep -q 'Xem <a href="https://a.vn">https://a.vn</a> và <a href="https://b.vn">https://b.vn</a>' "$work/h1/h1.html" 2>/dev/null ||
    bad="$bad [the .html's line: $(grep -ho 'Xem.\{0,100\}' "$work/h1/h1.html" 2>/dev/null | head -1)]"
verdict "H1 '[ ](https://a.vn)': no crash in any format, its address printed as its text"

# ---- H2: {short ID} many times in one text -----------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$work" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = "- para: (Chi tiết theo {att bieu01} đính kèm)."
for name, n in (("h2s", 32000), ("h2b", 128000)):
    t = s.replace(old, '- para: "(Chi tiết theo {att bieu01} đính kèm) ' + "{short tckh} x " * n + '"')
    open(sys.argv[2] + "/" + name + ".yaml", "w", encoding="utf-8").write(t)
PY
timed_case "H2 a text of 128,000 '{short tckh}' (2 MB), KH214's search" "$khgen" check "$work/h2b.yaml"
ratio_case "H2 '{short tckh}' 32,000 then 128,000 times: linear" "$work/h2s.yaml" "$work/h2b.yaml" "$khgen" check FILE
mk h2w "$PARA" '- para: "(Chi tiết theo {att bieu01} đính kèm). Giao Phòng Tài chính - Kế hoạch ({short tckh}) chủ trì; {short tckh} báo cáo."'
chk h2w
bad=
[ "$(grep -c 'warning\[KH214\]' "$work/h2w.err")" -eq 1 ] || bad="$bad [$(grep -c 'warning\[KH214\]' "$work/h2w.err") KH214, status $st]"
verdict "H2 guard: 'Phòng Tài chính - Kế hoạch ({short tckh})' still one KH214"

# ---- H3: an empty Biểu headed "Số TT" read back ------------------------------
bad=
for h in "Số TT" "Số thứ tự" "STT"; do
    /usr/bin/python3 - "$P/ex.yaml" "$P/m1.yaml" "$h" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s[:s.index('attachments:')] + """attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh mục công trình năm 2024
    columns:
      - {key: stt, type: stt, header: %s}
      - {key: ten, header: Tên công trình}
    rows: []
""" % sys.argv[3]
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    rm -rf "$work/m1"
    "$khgen" build -f docx -o "$work/m1" "$P/m1.yaml" >/dev/null 2>&1
    "$khgen" build -f md -o "$work/m1" "$P/m1.yaml" >/dev/null 2>&1
    for f in docx md; do
        rm -f "$work/m1.$f.yaml"
        "$khgen" import -o "$work/m1.$f.yaml" "$work/m1/m1.$f" >/dev/null 2>&1
        st=$?
        [ "$st" -le 1 ] && ! grep -q 'KH762' "$work/m1.$f.yaml" && grep -q "header: \"\?$h" "$work/m1.$f.yaml" ||
            bad="$bad [$h, .$f: status $st, $(grep -c KH762 "$work/m1.$f.yaml" 2>/dev/null) KH762]"
    done
done
verdict "H3 an empty Biểu headed 'Số TT', 'Số thứ tự' (and 'STT') imported back from its .docx and .md as a table"

# ---- H4: an attachment's cell printed as written --------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/h4.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s[:s.index('attachments:')] + """attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh mục
    columns:
      - {key: stt, type: stt, header: STT}
      - {key: ten, header: Tên}
    rows:
      - ["Xem [](https://a.vn) và [](https://b.vn)"]
"""
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
rm -rf "$work/h4"
bad=
"$khgen" build -f md,html,xlsx -o "$work/h4" "$P/h4.yaml" >/dev/null 2>&1 || bad=" [status $?]"
grep -q 'Xem \[\](https://a.vn) và \[\](https://b.vn)' "$work/h4/h4.html" 2>/dev/null ||
    bad="$bad [.html: $(grep -ho 'Xem[^<]*' "$work/h4/h4.html" 2>/dev/null | head -1)]"
# (s41attack: after "\](", text, the address is escaped as any bare URL
# is: pandoc -f gfm linked "https://a.vn" of "\[\](https://a.vn)")
grep -q 'Xem \\\[\\\](https\\://a.vn) và \\\[\\\](https\\://b.vn)' "$work/h4/h4.md" 2>/dev/null ||
    bad="$bad [.md: $(grep -ho 'Xem[^|]*' "$work/h4/h4.md" 2>/dev/null | head -1)]"
verdict "H4 an attachment's cell '[](https://a.vn)' printed as written in the .html and the .md"

# ---- M1: a link whose text is a no-break space --------------------------------
mk m1 "$PARA" '- para: "(Chi tiết theo {att bieu01} đính kèm). Xem [<NB>](https://a.vn)."'
rm -rf "$work/m1o"
bad=
for f in md html docx; do
    "$khgen" build -f $f -o "$work/m1o" "$P/m1.yaml" >/dev/null 2>&1 || bad="$bad [$f: status $?]"
done
grep -q 'Xem https\\://a\.vn\.' "$work/m1o/m1.md" 2>/dev/null || bad="$bad [.md: $(grep -h Xem "$work/m1o/m1.md" 2>/dev/null)]"
grep -q 'Xem <a href="https://a.vn">https://a.vn</a>\.' "$work/m1o/m1.html" 2>/dev/null ||
    bad="$bad [.html: $(grep -ho 'Xem.\{0,60\}' "$work/m1o/m1.html" 2>/dev/null)]"
verdict "M1 '[<NB>](https://a.vn)': the address printed as the link's text"

# ---- M2: labels with a number's point ------------------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
att = s[s.index('  - id: bieu01'):]
for name, a, b in (("m2", "Biểu 1.01", "Biểu 1.1"), ("m2g", "Biểu 01", "Biểu 1")):
    t = s.replace("label: Biểu 01", "label: " + a).replace("{att bieu01}", "{att bieu01 bieu02}")
    t += att.replace("bieu01", "bieu02").replace("Biểu 01", b)
    open(sys.argv[2] + "/" + name + ".yaml", "w", encoding="utf-8").write(t)
PY
chk m2
bad=
[ "$st" -le 1 ] && ! grep -q 'KH620' "$work/m2.err" || bad="$bad [Biểu 1.01, Biểu 1.1: status $st, $(grep -c 'error\[KH620\]' "$work/m2.err") KH620]"
chk m2g
grep -q 'error\[KH620\]' "$work/m2g.err" || bad="$bad [Biểu 01, Biểu 1: no KH620]"
verdict "M2 labels 'Biểu 1.01' and 'Biểu 1.1' are two; 'Biểu 01' and 'Biểu 1' one (KH620)"

# ---- M3: a literal "{{" before an ISO date -------------------------------------
mk m3 "$PARA" '- para: "(Chi tiết theo {att bieu01} đính kèm) {{ ngày 2024-01-15 theo"'
mk m3g "$PARA" '- para: "(Chi tiết theo {att bieu01} đính kèm) {count tasks due=2024-06-30} việc"'
chk m3
bad=
grep -q "warning\[KH320\]: '2024-01-15'" "$work/m3.err" || bad="$bad [{{ then 2024-01-15: no KH320]"
chk m3g
grep -q 'KH320' "$work/m3g.err" && bad="$bad [a reference's due=2024-06-30: KH320]"
verdict "M3 '{{ ngày 2024-01-15': KH320; inside a reference's braces none"

# ---- M4: links to files outside the plan's tree -------------------------------
mkdir -p "$work/m4/sub"
ln -s /etc/passwd "$work/m4/a.yaml"
ln -s /etc/no-such-khgen-file "$work/m4/b.yaml"
ln -s sub/missing.yaml "$work/m4/c.yaml"
bad=
for t in a b c; do
    sed "s|^import: \[qd318-xa-ntm\]|import: [qd318-xa-ntm, $t.yaml]|" "$P/ex.yaml" >"$work/m4/$t-plan.yaml"
    "$khgen" check "$work/m4/$t-plan.yaml" >/dev/null 2>"$work/m4/$t.err"
    eval "code_$t=\$(grep -o 'error\[KH0[0-9]*\]' \"\$work/m4/\$t.err\" | head -1)"
done
[ "$code_a" = "error[KH030]" ] && [ "$code_b" = "error[KH030]" ] || bad="$bad [a link to /etc/passwd: $code_a; to a missing file there: $code_b]"
[ "$code_c" = "error[KH001]" ] || bad="$bad [a link to a missing file inside: $code_c]"
verdict "M4 links to an existing and to a missing file outside the tree: KH030 both; to a missing one inside KH001"

# ---- M5: a no-break space inside a quoted text, an error below it ------------
printf 'khgen: 1\nheader:\n  place: A\n  title: "Kế hoạch\n\302\240 date: X"\n   code: KH\n' >"$P/m5a.yaml"
printf 'khgen: 1\nheader:\n  place: A\n  title: "Kế hoạch\n\302\240 date: X\n' >"$P/m5b.yaml"
printf 'khgen: 1\nheader:\n  place: A\n\302\240 date: X\n   code: KH\n' >"$P/m5g.yaml"
bad=
chk m5a
grep -q 'no-break' "$work/m5a.err" && bad="$bad [a closed quote: $(head -1 "$work/m5a.err")]"
grep -q 'm5a.yaml:6:4: error\[KH005\]' "$work/m5a.err" || bad="$bad [a closed quote: no KH005 at 6:4]"
chk m5b
grep -q 'no-break' "$work/m5b.err" && bad="$bad [an open quote: $(head -1 "$work/m5b.err")]"
grep -q 'm5b.yaml:4:10: error\[KH005\]' "$work/m5b.err" || bad="$bad [an open quote: no KH005 at its quote]"
chk m5g
grep -q 'm5g.yaml:4:1: error\[KH005\]: YAML syntax error: a no-break space' "$work/m5g.err" || bad="$bad [the guard: $(head -1 "$work/m5g.err")]"
verdict "M5 a no-break space inside a quoted text is no indentation: the error below it (or the open quote) is told"

# ---- M6: a title typed with its label's number written another way -----------
bad=
for c in "Biểu 01|Biểu 1: Danh sách xã|1" "Biểu 1|BIỂU 01 - Danh sách xã|1" "Biểu 01|Biểu 010 xã|0" "Biểu 1.01|Biểu 1.1: Danh sách|0"; do
    l=${c%%|*} r=${c#*|}
    t=${r%|*} want=${r##*|}
    mk m6 'label: Biểu 01\n    title: Danh sách xã phấn đấu đạt chuẩn năm 2024' "label: $l\n    title: \"$t\""
    chk m6
    got=$(grep -c 'warning\[KH118\]' "$work/m6.err")
    [ "$got" -eq "$want" ] || bad="$bad [label '$l', title '$t': $got KH118, want $want]"
done
verdict "M6 a title 'Biểu 1: ...' under the label 'Biểu 01' (and 'BIỂU 01 - ...' under 'Biểu 1'): KH118; 'Biểu 010', 'Biểu 1.1' none"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
