#!/bin/sh
# tests/hardening/s44review.sh KHGEN WORKDIR - what session 44's review of
# session 43's src/ changes (d5be71a7..100519d9) found, and the cases its
# mutation sweep of that code asked for (issue 8; reproducers in
# /tmp/s44review/ of that session). Each case fails at 100519d9 (session
# 43's stop) unless it is named a guard:
#  R1  a header `number:` with a '_' (s43msg's "2_024", KH108): the '_'
#      was looked for again at each byte of the number, an 800 KB number
#      ending in '_' 12 s of CPU, 200 KB 0.55 s (n squared); linear now;
#      "2_024" still KH108 "write 2024";
#  R2  KH181 (s43domain: the opening and closing of a plan of 2026 read)
#      at "kết quả năm 2025 của UBND huyện Yên Thế (cũ)": the former
#      district named as such is history, as a citation is; a correct
#      plan got a warning to rewrite it. "UBND huyện Yên Thế giao" (no
#      "cũ") still warned.
# The mutation sweep of session 43's new code (misspelt_def.c, time_typed.c,
# wording_names.c, import.c, diff_match.c, ...): its K cases are guards
# (100519d9 passes them), each failing with the mutants it was written for
# (named in it), which every suite passed:
#  K1  an id misspelt where it is defined (s43msg's misspelt_def.c): an
#      entry a text names ("{unit tckhx}") is used, no misspelling (no case
#      had one: misspelt_def-032, the whole test dropped, passed), while
#      other ids that hold it ("{unit atckhx}", "{unit tckhxz}") are not it
#      (-016, -020, -027: the bytes around it); six uses named "line A,
#      line B, line C, line D and 2 more", the plan's name once before the
#      first where the entry is in an included registry (-051, -048); a
#      unit without an id does not stop the localities' reading (-075).
#  K2  KH040 (s43msg's and s43attack's rules of a time typed "08: 00"):
#      "tỷ lệ" in an earlier clause (after ';') makes no later time a scale
#      (time_typed-146); "08 : 00 - 11 : 00", blanks before the ':' too,
#      warns both (-119 loops for ever there); "07: 30 2 buổi" a time
#      (-015); a ratio "1: 108" ending the text no time (-008).
#  K3  KH801 of a --templates wording (s43msg's wording_names.c): each
#      misspelt name of a phrase told once, the next one after it still
#      told ("{{kid}}{{kid}} ... {{numbr}}": -108 stopped at the repeat,
#      -061 at the first tag).
#  K4  import's note of a page's number pasted into the text (KH769,
#      s43mem gathered the notes in one buffer): beside the paragraph after
#      it, not at the document's end (import-103: the notes moved to the
#      last paragraph, every suite passed).
#  K5  import of a recipient's line pasted below the signer's name ending in
#      ',' ("- Đảng ủy xã,"): read as the recipient "Đảng ủy xã", its ','
#      dropped as its ';' is (import-057, the ',' never dropped, passed).
#  K6  KH181 quotes a district named by its number whole ("UBND quận 1":
#      localgov-052 quoted 'UBND quận', passed).
# About 30 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
mkdir -p "$work/p"

# ---- R1: a number with a '_', linear ---------------------------------------------------
"$py" - "$top/plans/binh-trung-2024.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert '  number: ""\n' in s
for name, n in (("r1-small", 200000), ("r1-big", 800000)):
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(
        s.replace('  number: ""\n', '  number: "%s_"\n' % ("1" * n)))
open(sys.argv[2] + "/r1-2024.yaml", "w", encoding="utf-8").write(
    s.replace('  number: ""\n', '  number: 2_024\n'))
PY
ratio_want="1 KH115 1 1" ratio_case "R1 a 200 KB and an 800 KB header number ending in '_' (check)" \
    "$work/p/r1-small.yaml" "$work/p/r1-big.yaml" "$khgen" check FILE
"$khgen" check "$work/p/r1-2024.yaml" >/dev/null 2>"$work/r1.err"
grep -q "error\[KH108\]: 'number' '2_024' has a '_' between its digits.*write 2024" "$work/r1.err" ||
    bad="$bad [2_024: $(grep -v '^ ' "$work/r1.err" | head -c 200)]"
verdict "R1 (guard) 'number: 2_024' is still KH108, 'write 2024'"

# ---- R2: KH181 leaves the former district "(cũ)" alone ---------------------------------
(cd "$work/p" && "$khgen" init "Xã Tân Dĩnh" --year 2026 -o r2.yaml >/dev/null 2>&1) ||
    bad="$bad [init failed]"
for w in cu cu2 gave; do
    case $w in
    cu) o='Trên cơ sở kết quả thực hiện năm 2025 của UBND huyện Lạng Giang (cũ), UBND xã xây dựng Kế hoạch năm {year}, như sau:' ;;
    cu2) o='Tiếp tục các nhiệm vụ UBND huyện cũ đã giao, UBND xã xây dựng Kế hoạch năm {year}, như sau:' ;;
    gave) o='Tiếp tục các nhiệm vụ UBND huyện Lạng Giang giao, UBND xã xây dựng Kế hoạch năm {year}, như sau:' ;;
    esac
    "$py" - "$work/p/r2.yaml" "$work/p/r2-$w.yaml" "$o" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
s, n = re.subn(r"opening: >-\n(  .*\n)+", lambda m: "opening: >-\n  " + sys.argv[3] + "\n", s, count=1)
assert n == 1
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    "$khgen" check "$work/p/r2-$w.yaml" >/dev/null 2>"$work/r2-$w.err"
done
for w in cu cu2; do
    grep -q 'KH181' "$work/r2-$w.err" && bad="$bad [$w: $(grep -m1 KH181 "$work/r2-$w.err" | cut -c1-160)]"
done
verdict "R2 no KH181 at 'UBND huyện Lạng Giang (cũ)' nor 'UBND huyện cũ' in a 2026 opening (history)"
grep -q "warning\[KH181\]: opening: names 'UBND huyện Lạng Giang'" "$work/r2-gave.err" ||
    bad="$bad [no KH181 at 'UBND huyện Lạng Giang giao': $(grep -v '^ ' "$work/r2-gave.err" | head -c 200)]"
verdict "R2 (guard) KH181 at 'UBND huyện Lạng Giang giao' in a 2026 opening"

# ---- K1: an id misspelt where it is defined: the texts, the places, the registries -----
k1head='khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-03-05
  title: Thực thi thử năm 2024'
mkdir -p "$work/k1/chung"
{
    echo "$k1head"
    echo 'opening: "UBND xã xây dựng Kế hoạch như sau: {unit atckhx} và {unit tckhxz} phối hợp."'
    echo 'units:'
    echo '  - {id: vp, name: Văn phòng UBND xã}'
    echo '  - {id: tckhx, name: Công chức Tài chính - Kế toán}'
    echo '  - {id: atckhx, name: Hội Nông dân xã}'
    echo '  - {id: tckhxz, name: Hội Phụ nữ xã}'
    echo 'body:'
    echo '  - section: Nhiệm vụ'
    echo '    items:'
    echo '      - {task: Rà soát nguồn vốn, lead: tckh, due: 2024-06}'
    echo '      - {task: Lập dự toán, lead: tckh, due: 2024-07}'
    echo '      - {task: Tổng hợp, lead: vp, due: 2024-08}'
} >"$work/k1/a.yaml"
sed 's/{unit tckhxz} phối hợp/{unit tckhxz} phối hợp, {unit tckhx} theo dõi/' "$work/k1/a.yaml" >"$work/k1/b.yaml"
"$khgen" check "$work/k1/a.yaml" >/dev/null 2>"$work/k1/a.err"
"$khgen" check "$work/k1/b.yaml" >/dev/null 2>"$work/k1/b.err"
[ "$(grep -c 'error\[' "$work/k1/a.err")" = 1 ] &&
    grep -q "a.yaml:11:10: error\[KH202\]: the unit 'tckhx' is used nowhere, while 'tckh', which no entry defines, is used at line 17, line 18: is the id misspelt here?" "$work/k1/a.err" ||
    bad="$bad [atckhx, tckhxz named: $(grep -v '^ ' "$work/k1/a.err" | head -c 300)]"
[ "$(grep -c 'error\[KH202\]: unknown unit .tckh. (did you mean .tckhx.?)' "$work/k1/b.err")" = 2 ] &&
    ! grep -q 'misspelt here' "$work/k1/b.err" ||
    bad="$bad [{unit tckhx} named: $(grep -v '^ ' "$work/k1/b.err" | head -c 300)]"
printf 'units:\n  - {id: vp, name: Văn phòng UBND xã}\n  - {id: tckhx, name: Công chức Tài chính - Kế toán}\n' >"$work/k1/chung/reg.yaml"
{
    echo 'khgen: 1'
    echo 'include: [chung/reg.yaml]'
    echo "$k1head" | tail -n +2
    echo 'opening: "UBND xã xây dựng Kế hoạch như sau:"'
    echo 'body:'
    echo '  - section: Nhiệm vụ'
    echo '    items:'
    for m in 06 07 08 09 10 11; do echo "      - {task: Việc tháng $m, lead: tckh, due: 2024-$m}"; done
    echo '      - {task: Tổng hợp, lead: vp, due: 2024-12}'
} >"$work/k1/c.yaml"
"$khgen" check "$work/k1/c.yaml" >/dev/null 2>"$work/k1/c.err"
grep -q "chung/reg.yaml:3:10: error\[KH202\]: the unit 'tckhx' is used nowhere, while 'tckh', which no entry defines, is used at [^ ]*/c.yaml line 13, line 14, line 15, line 16 and 2 more: is the id misspelt here?" "$work/k1/c.err" ||
    bad="$bad [six uses from the registry: $(grep -v '^ ' "$work/k1/c.err" | head -c 300)]"
{
    echo "$k1head"
    echo 'opening: "UBND xã xây dựng Kế hoạch như sau:"'
    echo 'units:'
    echo '  - {id: vp, name: Văn phòng UBND xã}'
    echo '  - {name: Công chức Tài chính - Kế toán}'
    echo 'localities:'
    echo '  - {id: an-binhx, name: An Bình, kind: xã}'
    echo 'body:'
    echo '  - section: Nhiệm vụ'
    echo '    items:'
    echo '      - {task: Rà soát tiêu chí, lead: vp, localities: [an-binh], due: 2024-06}'
    echo '      - {task: Lập hồ sơ, lead: vp, localities: [an-binh], due: 2024-07}'
} >"$work/k1/d.yaml"
"$khgen" check "$work/k1/d.yaml" >/dev/null 2>"$work/k1/d.err"
grep -q "d.yaml:13:10: error\[KH203\]: the locality 'an-binhx' is used nowhere, while 'an-binh', which no entry defines, is used at line 17, line 18" "$work/k1/d.err" &&
    [ "$(grep -c 'error\[KH203\]' "$work/k1/d.err")" = 1 ] ||
    bad="$bad [a unit without id, a locality misspelt: $(grep -v '^ ' "$work/k1/d.err" | head -c 300)]"
verdict "K1 (guard) an id misspelt where it is defined: an entry a text names is used; ids that hold it are not it; 'and 2 more', the plan's name once; a unit without id does not stop the localities"

# ---- K2: KH040's clauses, blanks before the ':', a count after a time, a ratio at the end --
{
    echo "$k1head"
    echo 'opening: "UBND xã xây dựng Kế hoạch như sau:"'
    echo 'units:'
    echo '  - {id: vp, name: Văn phòng UBND xã}'
    echo 'body:'
    echo '  - section: Nhiệm vụ'
    echo '    items:'
    echo '      - {task: Giao ban, lead: vp, text: "Duy trì tỷ lệ tham dự 95%; họp giao ban lúc 08: 00 thứ Hai hằng tuần."}'
    echo '      - {task: Tập huấn, lead: vp, text: "Tập huấn từ 08 : 00 - 11 : 00 ngày 15/3."}'
    echo '      - {task: Tập trung, lead: vp, text: "Tập trung lúc 07: 30 2 buổi mỗi tuần."}'
    echo '      - {task: Dân số, lead: vp, text: "Giảm tỷ số giới tính khi sinh xuống khoảng 1: 108"}'
} >"$work/k1/t.yaml"
timed_case "K2 (guard) KH040 over four texts (blanks before a ':' loop for ever with time_typed-119)" \
    "$khgen" check "$work/k1/t.yaml"
for want in "'08: 00' is a time" "'08 : 00' is a time" "'11 : 00' is a time" "'07: 30' is a time"; do
    grep -q "warning\[KH040\]: $want" "$work/err" || bad="$bad [no KH040: $want]"
done
[ "$(grep -c 'warning\[KH040\]' "$work/err")" = 4 ] || bad="$bad [not 4 KH040: $(grep -c KH040 "$work/err"), the ratio '1: 108'?]"
verdict "K2 (guard) KH040 at a time after a clause naming 'tỷ lệ', at '08 : 00 - 11 : 00' both, at '07: 30 2 buổi'; none at a ratio '1: 108' ending the text"

# ---- K3: KH801 at each misspelt name of a phrase, once --------------------------------
mkdir -p "$work/k3/tpl"
sed '28s/"Căn cứ {{kind}}{{#name}}/"Căn cứ {{kid}}{{kid}}{{#name}}/; 28s/ số {{number}}/ số {{numbr}}/' \
    "$top/templates/wording.yaml" >"$work/k3/tpl/wording.yaml"
"$khgen" check --templates "$work/k3/tpl" "$work/k1/b.yaml" >/dev/null 2>"$work/k3/err"
grep -q "tpl/wording.yaml:28:16: warning\[KH801\]: unknown name 'kid' in template (did you mean 'kind'?)" "$work/k3/err" &&
    grep -q "tpl/wording.yaml:28:72: warning\[KH801\]: unknown name 'numbr' in template (did you mean 'number'?)" "$work/k3/err" &&
    [ "$(grep -c 'warning\[KH801\]' "$work/k3/err")" = 2 ] ||
    bad="$bad [$(grep KH801 "$work/k3/err" | head -c 300)]"
verdict "K3 (guard) KH801 once at 'kid' written twice, and at 'numbr' after it, in one phrase"

# ---- K4: KH769's note beside the paragraph after the page's number ------------------
mkdir -p "$work/k4"
"$khgen" build -f md -o "$work/k4" "$top/plans/binh-trung-2024.yaml" >/dev/null 2>&1
awk '/^\*\*2\. Yêu cầu:\*\*$/ {print "- 2 -"; print ""} {print}' "$work/k4/binh-trung-2024.md" >"$work/k4/pg.md"
grep -qx -- '- 2 -' "$work/k4/pg.md" || bad="$bad [set-up: no '- 2 -' before '2. Yêu cầu:']"
"$khgen" import "$work/k4/pg.md" -o "$work/k4/pg.yaml" >/dev/null 2>"$work/k4/pg.err"
at=$(grep -n "# review: '- 2 -' is a page's number" "$work/k4/pg.yaml" | cut -d: -f1)
clause=$(grep -n '^ *- clause: "Yêu cầu:"$' "$work/k4/pg.yaml" | head -1 | cut -d: -f1)
[ -n "$at" ] && [ -n "$clause" ] && [ "$at" -ge $((clause - 3)) ] && [ "$at" -le $((clause + 3)) ] &&
    [ "$(grep -c 'warning\[KH769\]' "$work/k4/pg.err")" = 1 ] ||
    bad="$bad [the note at line ${at:-none}, the clause at ${clause:-none}]"
verdict "K4 (guard) import: the note of a page's number '- 2 -' is beside the paragraph after it"

# ---- K5: a pasted recipient's ',' ---------------------------------------------------
awk '{print} /^\*\*Hà Minh Phú\*\*/ {print ""; print "- Đảng ủy xã,"}' "$work/k4/binh-trung-2024.md" >"$work/k4/sp.md"
"$khgen" import "$work/k4/sp.md" -o "$work/k4/sp.yaml" >/dev/null 2>"$work/k4/sp.err"
grep -qx '  - Đảng ủy xã' "$work/k4/sp.yaml" && ! grep -q '^  - Đảng ủy xã,' "$work/k4/sp.yaml" &&
    grep -q "# review: below the signer's name.*'- Đảng ủy xã,' (read as the last recipient)" "$work/k4/sp.yaml" ||
    bad="$bad [$(grep -n 'Đảng ủy xã' "$work/k4/sp.yaml" | head -2 | tr '\n' ' ')]"
verdict "K5 (guard) import: '- Đảng ủy xã,' pasted below the signer's name is the recipient 'Đảng ủy xã'"

# ---- K6: KH181's quote of "quận 1" -------------------------------------------------
sed 's/^  Thực hiện nhiệm vụ UBND huyện Lạng Giang giao,/  Thực hiện nhiệm vụ UBND quận 1 giao,/; s/^  Tiếp tục các nhiệm vụ UBND huyện Lạng Giang giao,/  Tiếp tục các nhiệm vụ UBND quận 1 giao,/' \
    "$work/p/r2-gave.yaml" >"$work/p/r2-q1.yaml"
"$khgen" check "$work/p/r2-q1.yaml" >/dev/null 2>"$work/r2-q1.err"
grep -q "warning\[KH181\]: opening: names 'UBND quận 1'," "$work/r2-q1.err" ||
    bad="$bad [$(grep KH181 "$work/r2-q1.err" | head -c 200)]"
verdict "K6 (guard) KH181 quotes 'UBND quận 1' whole"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
