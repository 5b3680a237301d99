#!/bin/sh
# tests/hardening/s49user.sh KHGEN WORKDIR - the leftovers of sessions 47 and
# 48's new users (the văn thư of a xã, then of a phường, under a Vietnamese
# locale; reports /tmp/lead48/r_s48user.md, /tmp/lead47/r_s47user.md of that
# machine), fixed by session 49. Each case fails at 22d4e000 (session 48's
# stop) unless it is named a guard:
#  F1   import of a plan whose issuer lines are missing (seed 002 starts at
#       "KẾ HOẠCH"), .txt, .md or .docx, guessed the issuer as ONE line "UBND
#       XÃ BÌNH TRUNG", and KH166 then told the office to write "TM. UBND XÃ
#       BÌNH TRUNG", which no official writes; now the two lines Nghị định 30
#       asks ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH TRUNG", a '# review:' above), and
#       KH166 advises "TM. ỦY BAN NHÂN DÂN", for a "TM." of a board ("TM. BAN
#       QUẢN LÝ XDNTM": the plan may be the board's, and it says so) and a
#       "KT. UBND XÃ ..." alike.
#  F1g  (guard) "TM. ỦY BAN NHÂN DÂN" under the guessed issuer, or under one
#       typed "UBND XÃ BÌNH TRUNG", is no KH166; init writes the same lines.
#  F7   a signed .docx whose clauses were renumbered by hand with a gap ("1.
#       Mục đích", "3. Yêu cầu": one deleted, the rest not renumbered)
#       imported as `number: 3` with no '# review:' and no warning (a
#       table's rows numbered 1, 2, 4 get both); now both, KH768, in .docx,
#       .md and .txt alike, for a section ("I.", "III.") and a sub-clause too.
#  F7g  (guard) clauses numbered on across the sections ("3." first under
#       "II."), and a plan's own .docx with `number:` on its first clause:
#       no KH768.
#  F4   the office's copy typed "Lưu VT" (for "Lưu: VT", Nghị định 30)
#       printed so with no word; now KH167 says the colon is lost and what to
#       write ("Lưu: VT, NN" for "Lưu VT, NN").
#  F4g  (guard) "Lưu: VT", "Lưu: VT, NN", "- Lưu: VT." and the README's
#       example: no such KH167.
#  F8   `khgen explain KH601` listed an attachment's keys without `unit`, and
#       KH605 a column's types without `year`; now each lists every key and
#       type src/keys.def knows (read from it, so a key added later fails
#       here until the text says it).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- F1: the issuer guessed, and the "TM." line advised --------------------------------
bad=
seed=$top/tests/seeds/binh-trung-2024.txt
cp "$seed" "$work/bt.txt"
cp "$seed" "$work/bt.md"
/usr/bin/python3 - "$seed" "$work/bt.docx" <<'PY' || bad="$bad [python-docx]"
import sys, docx
d = docx.Document()
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip().lstrip('#').strip().replace('**', '')
    if line:
        d.add_paragraph(line)
d.save(sys.argv[2])
PY
for f in bt.txt bt.md bt.docx; do
    "$guard" 30 "$khgen" import "$work/$f" -o "$work/$f.yaml" 2>"$work/$f.imp" || bad="$bad [$f: import exit $?]"
    # the two lines, a review line above them, nothing else in issuer
    sed -n '/^  # review:.*issu/,/^  number:/p' "$work/$f.yaml" >"$work/$f.head"
    printf '  issuer:\n    - ỦY BAN NHÂN DÂN\n    - XÃ BÌNH TRUNG\n' >"$work/want.head"
    sed -n '2,4p' "$work/$f.head" | cmp -s - "$work/want.head" ||
        bad="$bad [$f: $(tr '\n' '|' <"$work/$f.head" | head -c 300)]"
    "$khgen" check "$work/$f.yaml" >/dev/null 2>"$work/$f.err"
    grep -q "TM\. UBND" "$work/$f.err" && bad="$bad [$f: $(grep KH166 "$work/$f.err" | head -c 300)]"
    grep -qF "write 'TM. ỦY BAN NHÂN DÂN'" "$work/$f.err" ||
        bad="$bad [$f: no 'TM. ỦY BAN NHÂN DÂN' advised: $(grep KH166 "$work/$f.err" | head -c 300)]"
done
# an issuer typed as one line "UBND XÃ ...": the advice is the decree's words too
edited f1one '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '  issuer: [UBND HUYỆN YÊN THẾ]' \
    '  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]' '  lines: [TM. VĂN PHÒNG HĐND VÀ UBND, CHÁNH VĂN PHÒNG]'
edited f1kt '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '  issuer: [UBND HUYỆN YÊN THẾ]' \
    '  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]' '  lines: [KT. UBND HUYỆN YÊN THẾ, PHÓ CHỦ TỊCH]'
for f in f1one f1kt; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    grep -qF "write 'TM. ỦY BAN NHÂN DÂN'" "$work/$f.err" && ! grep -q "TM\. UBND HUYỆN" "$work/$f.err" ||
        bad="$bad [$f: $(grep KH166 "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "F1 a plan without its issuer lines (.txt, .md, .docx) is guessed [ỦY BAN NHÂN DÂN, XÃ BÌNH TRUNG] with a review line, and KH166 advises 'TM. ỦY BAN NHÂN DÂN', never 'TM. UBND ...'"
else
    not_ok "F1:$bad"
fi
bad=
sed 's/^    - TM\. BAN QUẢN LÝ XDNTM$/    - TM. ỦY BAN NHÂN DÂN/' "$work/bt.txt.yaml" >"$work/f1g.yaml"
grep -q '^    - TM\. ỦY BAN NHÂN DÂN$' "$work/f1g.yaml" || bad="$bad [no TM. line in the import]"
"$khgen" check "$work/f1g.yaml" >/dev/null 2>"$work/f1g.err"
grep -q KH166 "$work/f1g.err" && bad="$bad [$(grep KH166 "$work/f1g.err" | head -c 300)]"
edited f1g2 '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '  issuer: [UBND HUYỆN YÊN THẾ]'
"$khgen" check "$work/p/f1g2.yaml" >/dev/null 2>"$work/f1g2.err"
grep -q KH166 "$work/f1g2.err" && bad="$bad [f1g2: $(grep KH166 "$work/f1g2.err" | head -c 300)]"
(cd "$work" && "$khgen" init --year 2026 "Xã Bình Trung" -o init.yaml >/dev/null 2>&1) || bad="$bad [init exit]"
grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, XÃ BÌNH TRUNG\]' "$work/init.yaml" &&
    grep -q 'TM\. ỦY BAN NHÂN DÂN' "$work/init.yaml" || bad="$bad [init: $(grep -n 'issuer\|TM\.' "$work/init.yaml" | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F1g (guard) 'TM. ỦY BAN NHÂN DÂN' under the guessed issuer or one typed 'UBND HUYỆN ...' is no KH166; init writes the same two lines"
else
    not_ok "F1g:$bad"
fi

# ---- F7: a heading numbered with a gap -------------------------------------------------
bad=
# the paragraphs of a plan typed in Word, one per line; GAP: the clauses 1, 3
f7doc() { # NAME LINES...: $work/NAME.docx, .md and .txt of those paragraphs
    name=$1; shift
    printf '%s\n\n' "$@" >"$work/$name.md"
    printf '%s\n' "$@" >"$work/$name.txt"
    /usr/bin/python3 - "$work/$name.docx" "$@" <<'PY' || bad="$bad [python-docx]"
import sys, docx
d = docx.Document()
for line in sys.argv[2:]:
    d.add_paragraph(line)
d.save(sys.argv[1])
PY
}
f7doc gap "ỦY BAN NHÂN DÂN" "XÃ AN BÌNH" "Số: 12/KH-UBND" "An Bình, ngày 10 tháng 01 năm 2025" "KẾ HOẠCH" \
    "Thực hiện Chương trình xây dựng nông thôn mới năm 2025 trên địa bàn xã An Bình" \
    "I. MỤC ĐÍCH, YÊU CẦU" "1. Mục đích" "- Duy trì các tiêu chí đã đạt." "3. Yêu cầu" \
    "- Bám sát mục tiêu đề ra." "III. NHIỆM VỤ" "1. Nhiệm vụ chung" "1.1. Tuyên truyền" \
    "- Tuyên truyền sâu rộng." "1.3. Huy động nguồn lực" "- Huy động nguồn lực." \
    "Nơi nhận:" "- UBND huyện;" "- Lưu: VT." "TM. ỦY BAN NHÂN DÂN" "CHỦ TỊCH" "Nguyễn Văn An"
for f in gap.docx gap.md gap.txt; do
    "$guard" 30 "$khgen" import "$work/$f" -o "$work/$f.yaml" 2>"$work/$f.err" || bad="$bad [$f: exit $?]"
    for want in "numbered 3 after 1" "numbered III after I" "numbered 1.3 after 1.1"; do
        grep -q "warning\[KH768\]: .*$want" "$work/$f.err" || bad="$bad [$f: no KH768 '$want': $(head -c 300 "$work/$f.err")]"
        grep -q "# review: .*$want" "$work/$f.yaml" || bad="$bad [$f: no review '$want']"
    done
    grep -q '^        number: 3$' "$work/$f.yaml" || bad="$bad [$f: number: 3 not kept]"
done
if [ -z "$bad" ]; then
    ok "F7 clauses '1.', '3.', sections 'I.', 'III.', sub-clauses '1.1.', '1.3.' typed with a gap: imported as numbered, with a '# review:' line and KH768 (.docx, .md, .txt)"
else
    not_ok "F7:$bad"
fi
bad=
f7doc across "ỦY BAN NHÂN DÂN" "XÃ AN BÌNH" "Số: 12/KH-UBND" "An Bình, ngày 10 tháng 01 năm 2025" "KẾ HOẠCH" \
    "Thực hiện Chương trình xây dựng nông thôn mới năm 2025 trên địa bàn xã An Bình" \
    "I. MỤC ĐÍCH, YÊU CẦU" "1. Mục đích" "- Duy trì các tiêu chí đã đạt." "2. Yêu cầu" \
    "- Bám sát mục tiêu đề ra." "II. NHIỆM VỤ" "3. Nhiệm vụ chung" "- Tuyên truyền sâu rộng." \
    "4. Nhiệm vụ cụ thể" "- Huy động nguồn lực." \
    "Nơi nhận:" "- UBND huyện;" "- Lưu: VT." "TM. ỦY BAN NHÂN DÂN" "CHỦ TỊCH" "Nguyễn Văn An"
for f in across.docx across.md; do
    "$guard" 30 "$khgen" import "$work/$f" -o "$work/$f.yaml" 2>"$work/$f.err" || bad="$bad [$f: exit $?]"
    grep -q 'KH768' "$work/$f.err" && bad="$bad [$f: $(grep KH768 "$work/$f.err" | head -c 300)]"
    grep -q '^        number: 3$' "$work/$f.yaml" || bad="$bad [$f: number: 3 not kept]"
done
# khgen's own .docx of a plan whose first section is `number: 3` (a plan
# numbered on from another): no KH768 on its way back
edited f7own '  - section: MỤC TIÊU' "$(printf '  - section: MỤC TIÊU\n    number: 3')"
if "$khgen" build "$work/p/f7own.yaml" -f docx -o "$work/own" >/dev/null 2>&1; then
    "$guard" 30 "$khgen" import "$work/own/f7own.docx" -o "$work/f7own.yaml" 2>"$work/f7own.err" || bad="$bad [f7own: exit $?]"
    grep -q 'KH768' "$work/f7own.err" && bad="$bad [f7own: $(grep KH768 "$work/f7own.err" | head -c 300)]"
else
    bad="$bad [f7own: build failed]"
fi
if [ -z "$bad" ]; then
    ok "F7g (guard) clauses numbered on across the sections, a plan's first section numbered 3: no KH768"
else
    not_ok "F7g:$bad"
fi

# ---- F4: "Lưu VT" ----------------------------------------------------------------------
bad=
edited f4a '"Lưu: VT"' '"Lưu VT"'
edited f4b '"Lưu: VT"' '"Lưu VT, NN"'
"$khgen" check "$work/p/f4a.yaml" >/dev/null 2>"$work/f4a.err"
grep -qF "warning[KH167]: 'Lưu VT' has no colon after 'Lưu': Nghị định 30/2020 writes the office's copy 'Lưu: VT'; write 'Lưu: VT'" \
    "$work/f4a.err" && [ "$(grep -c '\[KH' "$work/f4a.err")" = 1 ] || bad="$bad [f4a: $(head -c 300 "$work/f4a.err")]"
"$khgen" check "$work/p/f4b.yaml" >/dev/null 2>"$work/f4b.err"
grep -qF "write 'Lưu: VT, NN'" "$work/f4b.err" || bad="$bad [f4b: $(head -c 300 "$work/f4b.err")]"
LANG=vi_VN.UTF-8 "$khgen" check "$work/p/f4a.yaml" >/dev/null 2>"$work/f4vi.err"
grep -qF "hãy viết 'Lưu: VT'" "$work/f4vi.err" || bad="$bad [vi: $(head -c 300 "$work/f4vi.err")]"
if [ -z "$bad" ]; then
    ok "F4 'Lưu VT' (its colon lost): KH167 says to write 'Lưu: VT', one message"
else
    not_ok "F4:$bad"
fi
bad=
edited f4g1 '"Lưu: VT"' '"Lưu: VT, NN"'
edited f4g2 '"Lưu: VT"' '"- Lưu: VT."'
for f in ex f4g1 f4g2; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    grep -q "no colon after 'Lưu'" "$work/$f.err" && bad="$bad [$f: $(grep KH167 "$work/$f.err" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "F4g (guard) 'Lưu: VT', 'Lưu: VT, NN', '- Lưu: VT.': no KH167 on the colon"
else
    not_ok "F4g:$bad"
fi

# ---- F8: explain KH601 and KH605 name every key and type ------------------------------
bad=
"$khgen" explain KH601 >"$work/kh601.txt" 2>&1 || bad="$bad [explain KH601 exit $?]"
"$khgen" explain KH605 >"$work/kh605.txt" 2>&1 || bad="$bad [explain KH605 exit $?]"
for set in ATTACHMENT COLUMN GENERATOR; do
    for key in $(sed -n "/^SET($set,/,/^END($set)/p" "$top/src/keys.def" | sed -n 's/^\(KEY\|ENUM\)("\([a-z_]*\)".*/\2/p'); do
        grep -q "\\b$key\\b" "$work/kh601.txt" || bad="$bad [KH601 lacks '$key' of $set]"
    done
done
for t in $(sed -n 's/^WORDS(COLUMN_TYPES, \(.*\))$/\1/p' "$top/src/keys.def" | tr -d '",'); do
    grep -q "\\b$t\\b" "$work/kh605.txt" || bad="$bad [KH605 lacks type '$t']"
done
grep -q unit "$work/kh601.txt" && grep -q year "$work/kh605.txt" || bad="$bad [no unit/year read]"
if [ -z "$bad" ]; then
    ok "F8 explain KH601 names every key of an attachment, a column and a generator (unit too), KH605 every column type (year too), as src/keys.def has them"
else
    not_ok "F8:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
