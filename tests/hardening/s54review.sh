#!/bin/sh
# tests/hardening/s54review.sh KHGEN WORKDIR - session 54's review of
# session 53's new code (check_commune_name.c's KH185, places2025.c,
# cmd_new_places.c, docx_tablook.c, diff_match.c, check_localgov.c,
# init*.c) and the cases its mutation sweep asked for. Each case fails at
# e9b37102 (session 54's start) unless it is named a guard:
#  Q1   KH185 read the name after each "xã" whole (the capitalised words
#       after it) again from every byte of a name cited in a document's
#       clause: an opening "Căn cứ ... 1/KH-UBND ... Xã Xã Xã ..." of 20 KB
#       (under KH135's limit) took 2.3 s of CPU, 60 KB 49 s, growing as
#       the square of the text; now the name found is passed whole.
#  Q1g  (guard) a commune named after a cited one in the same text is
#       still warned, the cited one not.
#  Q2   a text with a letter whose capital takes another number of bytes
#       (the Turkish "ı" of a twin town, "Kırklareli") was read with no
#       case: KH185 took "xã hội" of such a title for the commune "HỘI"
#       (a warning, exit 1 under -Werror, telling the drafter to write the
#       title's first clause "(cũ)"), named the text's first clause for
#       "xã Bình Trung" in the opening, and new's note named the first
#       80 bytes of the text at its first column for "huyện Bắc Quang".
#       Now such a letter is kept as written in the capitals compared
#       (localgov_put_upper): the same length, the case read.
# The guards of session 53's mutants that survived seed 54's sweep
# (tools/mutants.py run FILE --since 8bad564e --max 5 --seed 54):
#  M1g  (guard, check_commune_name-089: the place line's name read from
#       inside the kind "Xã") a commune's place line written with its kind,
#       "Xã Hòa Cư", and "Hoà Cư", are its own: no KH185.
#  M2g  (guard, cmd_new_places-004: the cut of a long name) new's note on
#       a district named with over 80 bytes of capitalised words shows its first
#       80 bytes, cut at a character's start.
#  M3g  (guard, places2025-089: any name of three bytes taken for "HCM")
#       new notes "TP. BMT" (Buôn Ma Thuột, a province's city) as it notes
#       a city; "TP. HCM" not.
#  M4g  (guard, docx_tablook-109: the top left cell's format given to
#       every cell of the first row or the first column) a Biểu's table
#       style whose one conditional format is the top left cell's, in
#       italics: only "STT" read italic, as Word shows it (the document
#       made by s54review_docx.py; the twin types the italics).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s54review
cd "$work" || exit 2

# edit IN OUT OLD=>NEW...: IN with each OLD replaced once by NEW, as OUT;
# "{N*TEXT}" in NEW is TEXT N times, "\uXXXX" that character (a letter
# that looks like another is written so)
edit() {
    /usr/bin/python3 - "$@" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
for pair in sys.argv[3:]:
    old, new = pair.split('=>', 1)
    new = re.sub(r'\{(\d+)\*([^}]*)\}', lambda m: m.group(2) * int(m.group(1)), new)
    new = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), new)
    if old not in s:
        sys.exit('edit: no %r' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

# ---- Q1: KH185 over a cited text of many "Xã": linear --------------------------------
open='"Ban quản lý xây dựng nông thôn mới xã Hòa Cư xây dựng Kế hoạch thực hiện năm {year} như sau:"'
for n in 1600 6400; do
    edit "$here/hc26.yaml" q1-$n.yaml "$open=>\"Căn cứ Kế hoạch số 1/KH-UBND của {$n*Xã }\"" ||
        not_ok "Q1: setup"
done
scaling_case "Q1 check of a commune's plan whose opening cites a document of 1,600 and 6,400 words 'Xã' (under KH135's 20,000 characters; KH185 read each name again from every byte: 0.13 s and 1.7 s)" \
    "$khgen" check q1-1600.yaml -- "$khgen" check q1-6400.yaml

# ---- Q1g (guard): after the cited name, another commune still warned -----------------
bad=
edit "$here/hc26.yaml" q1g.yaml "$open=>\"Căn cứ Kế hoạch số 12/KH-UBND của UBND xã Bình Trung Xã Yên; Ban quản lý xã Hải Yến xây dựng:\"" ||
    bad="$bad [setup]"
"$khgen" check q1g.yaml >q1g.out 2>&1
grep -qF "warning[KH185]: the opening names 'xã Hải Yến'" q1g.out || bad="$bad [$(grep KH185 q1g.out | head -1 | cut -c1-120)]"
[ "$(grep -c KH185 q1g.out)" = 1 ] || bad="$bad [$(grep -c KH185 q1g.out) KH185]"
if [ -z "$bad" ]; then
    ok "Q1g (guard) a commune named after a cited one in the same opening is warned, the cited one not"
else
    not_ok "Q1g:$bad"
fi

# ---- Q2: a text with a "ı" read as any other ---------------------------------------
bad=
edit "$here/hc26.yaml" q2a.yaml 'trên địa bàn xã Hòa Cư
=>gắn với phát triển kinh tế - xã hội trên địa bàn xã Hòa Cư (kết nghĩa với K\u0131rklareli, Thổ Nhĩ Kỳ)
' || bad="$bad [setup]"
"$khgen" check q2a.yaml >q2a.out 2>&1 || bad="$bad [title: exit $?]"
grep -q KH185 q2a.out && bad="$bad [title: $(grep KH185 q2a.out | head -1 | cut -c1-120)]"
edit "$here/hc26.yaml" q2b.yaml '"Ban quản lý xây dựng nông thôn mới xã Hòa Cư=>"Ban quản lý (kết nghĩa với K\u0131rklareli) xây dựng nông thôn mới xã Bình Trung' ||
    bad="$bad [setup]"
"$khgen" check q2b.yaml >q2b.out 2>&1
grep -qF "q2b.yaml:13:10: warning[KH185]: the opening names 'xã Bình Trung', but" q2b.out ||
    bad="$bad [opening: $(grep KH185 q2b.out | head -1 | cut -c1-120)]"
edit "$here/hc26.yaml" q2c.yaml 'date: 2026-01=>date: 2025-01' 'due: 2026-Q3=>due: 2025-Q3' \
    'target_year: 2027}=>target_year: 2025}' \
    'text: Hướng dẫn các thôn xây dựng thôn kiểu mẫu.=>text: "Học tập kinh nghiệm của K\u0131rklareli (Thổ Nhĩ Kỳ) và của huyện Bắc Quang."' ||
    bad="$bad [setup]"
"$khgen" new --from q2c.yaml --year 2026 -o q2c26.yaml >q2c.out 2>&1 || bad="$bad [new exit $?]"
grep -qF "q2c26.yaml:29:71: note: the text of the body names 'huyện Bắc Quang', a district" q2c.out ||
    bad="$bad [new: $(grep 'note: the text' q2c.out | cut -c1-120)]"
if [ -z "$bad" ]; then
    ok "Q2 a text with a 'ı' (Kırklareli): no KH185 at the title's 'xã hội', KH185 names 'xã Bình Trung' in the opening, new's note 'huyện Bắc Quang' at its column"
else
    not_ok "Q2:$bad"
fi

# ---- M1g (guard): the place line with its kind, or its tone marks placed otherwise ----
bad=
for place in 'Xã Hòa Cư' 'Hoà Cư' 'XÃ HÒA CƯ'; do
    edit "$here/hc26.yaml" m1g.yaml "place: Hòa Cư=>place: $place" || bad="$bad [setup]"
    "$khgen" check m1g.yaml >m1g.out 2>&1 || bad="$bad [$place: exit $?]"
    grep -q "KH185" m1g.out && bad="$bad [$place: $(grep KH185 m1g.out | head -1 | cut -c1-120)]"
done
if [ -z "$bad" ]; then
    ok "M1g (guard) the place line 'Xã Hòa Cư', 'Hoà Cư', 'XÃ HÒA CƯ' of xã Hòa Cư's plan: its own, no KH185"
else
    not_ok "M1g:$bad"
fi

# ---- M2g, M3g (guards): new's notes on a long name, on "TP. BMT" ----------------------
# the plan of 2025 of xã Hòa Cư, its one task's text edited
edit "$here/hc26.yaml" hc25.yaml 'date: 2026-01=>date: 2025-01' 'due: 2026-Q3=>due: 2025-Q3' \
    'target_year: 2027}=>target_year: 2025}' || not_ok "M2g: setup"
bad=
edit hc25.yaml m2g.yaml 'text: Hướng dẫn các thôn xây dựng thôn kiểu mẫu.=>text: "Phối hợp với Huyện Đoàn Thanh Niên Cộng Sản Hồ Chí Minh Bắc Quang Vị Xuyên Hoàng Su Phì hướng dẫn các thôn."' ||
    bad="$bad [setup]"
"$khgen" new --from m2g.yaml --year 2026 -o m2g26.yaml >m2g.out 2>&1 || bad="$bad [new exit $?]"
grep -qF "note: the text of the body names 'Huyện Đoàn Thanh Niên Cộng Sản Hồ Chí Minh Bắc Quang Vị Xuyên H', a district" m2g.out ||
    bad="$bad [$(grep 'note: the text' m2g.out | cut -c1-160)]"
if [ -z "$bad" ]; then
    ok "M2g (guard) new's note on a district named with over 80 bytes of capitalised words shows its first 80 bytes, cut at a character's start"
else
    not_ok "M2g:$bad"
fi
bad=
edit hc25.yaml m3g.yaml 'text: Hướng dẫn các thôn xây dựng thôn kiểu mẫu.=>text: "Học tập mô hình thôn kiểu mẫu của TP. BMT."' ||
    bad="$bad [setup]"
"$khgen" new --from m3g.yaml --year 2026 -o m3g26.yaml >m3g.out 2>&1 || bad="$bad [new exit $?]"
grep -qF "note: the text of the body names 'TP. BMT', a district" m3g.out ||
    bad="$bad [BMT: $(grep 'note: the text' m3g.out | cut -c1-120)]"
edit hc25.yaml m3h.yaml 'text: Hướng dẫn các thôn xây dựng thôn kiểu mẫu.=>text: "Học tập mô hình thôn kiểu mẫu của TP. HCM."' ||
    bad="$bad [setup]"
"$khgen" new --from m3h.yaml --year 2026 -o m3h26.yaml >m3h.out 2>&1 || bad="$bad [new exit $?]"
grep -q "note: the text of the body" m3h.out && bad="$bad [HCM: $(grep 'note: the text' m3h.out | cut -c1-120)]"
if [ -z "$bad" ]; then
    ok "M3g (guard) new notes 'TP. BMT' (Buôn Ma Thuột, a province's city) as a city, not 'TP. HCM'"
else
    not_ok "M3g:$bad"
fi

# ---- M4g (guard): a table style's top left cell in italics --------------------------
bad=
mkdir -p gen
"$khgen" build -o yt -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>build.err || bad="$bad [setup: build]"
/usr/bin/python3 "$top/tests/hardening/s54review_docx.py" yt/yen-the-2024.docx gen 2>gen.err ||
    bad="$bad [setup: $(head -c 200 gen.err)]"
for n in cnf-nw cnf-nw-twin; do
    "$khgen" import "gen/$n.docx" -o "$n.yaml" 2>"$n.err" || bad="$bad [$n: exit $?]"
done
tail -n +2 cnf-nw-twin.yaml >cnf-nw-twin.body
tail -n +2 cnf-nw.yaml | cmp -s - cnf-nw-twin.body ||
    bad="$bad [$(tail -n +2 cnf-nw.yaml | diff cnf-nw-twin.body - | grep '^[<>]' | head -2 | cut -c1-160 | tr '\n' '|')]"
grep -q 'the header row: the cells of columns 1 (italic) have' cnf-nw.yaml || bad="$bad [no KH759 note on 'STT' alone]"
if [ -z "$bad" ]; then
    ok "M4g (guard) a Biểu's table style whose top left cell (nwCell) is italic, first row and first column applied: 'STT' alone read italic, as Word shows it: the twin's plan"
else
    not_ok "M4g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
