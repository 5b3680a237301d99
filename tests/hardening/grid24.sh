#!/bin/sh
# tests/hardening/grid24.sh KHGEN WORKDIR - where a table of a .md begins
# (session 24, s24review L1; issue 8: output that grows faster than the
# input, silently wrong tables):
#   - lines "|a|" inside a paragraph (no delimiter row "|---|" under them),
#     which pandoc, cmark and GitHub print as the paragraph's words, were
#     cut into paragraphs of their own and made tables, a "# review:" line
#     each: "+-+" / "|a|" / "|b|" repeated, 240 KB, imported as a 4.9 MB
#     plan (src/import_text.c, src/md_blocks.c imp_md_pipe_text);
#   - a grid table right under an ATX heading, which pandoc shows as a
#     table, had its "+---+" rules read as paragraphs
#     (src/md_pandoc_tables.c).
# Controls: a pipe table after a blank line or with its delimiter row
# right under a paragraph's line (GitHub's table), a grid table after a
# blank line, and none after a paragraph's line (pandoc: text). Each
# case well under a second of CPU. Prints "ok - ..."/"not ok - ..." and
# ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/g"
# doc NAME BODY: a .md plan whose first section holds BODY (printf format)
doc() {
    {
        printf 'ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nSố: 12/KH-UBND\n\n'
        printf 'An Bình, ngày 05 tháng 01 năm 2025\n\n**KẾ HOẠCH**\n\n'
        printf '**Phát triển kinh tế năm 2025**\n\n**I. MỤC TIÊU**\n\n'
        printf "$2"
        printf '\n\n**II. NHIỆM VỤ**\n\nCác phòng thực hiện.\n'
    } >"$work/g/$1.md"
    "$khgen" import "$work/g/$1.md" -o "$work/g/$1.yaml" >"$work/g/$1.err" 2>&1
}
# tables NAME: how many tables the imported plan has
tables() { grep -c -- '- table:' "$work/g/$1.yaml" 2>/dev/null; }

chunk='+-+\n|a|\n|b|\n'
body="Các chỉ tiêu\n"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do body="$body$chunk"; done
rep=$body
for i in 1 2 3 4 5 6; do rep="$rep$rep"; done # 1,024 chunks in one paragraph
doc repeated "$rep"
in=$(wc -c <"$work/g/repeated.md")
out=$(wc -c <"$work/g/repeated.yaml" 2>/dev/null || echo 0)
n=$(tables repeated)
if [ "$n" = 0 ] && [ "$out" -gt 0 ] && [ "$out" -lt $((3 * in)) ]; then
    ok "'+-+', '|a|', '|b|' repeated in a paragraph: its text, no table ($in bytes in, $out out)"
else
    not_ok "repeated '|a|' lines in a paragraph: $n tables, $in bytes in, $out out"
fi

doc inpara 'Các chỉ tiêu\n|a|\n|b|\nđều đạt.'
if [ "$(tables inpara)" = 0 ] && grep -q 'Các chỉ tiêu |a| |b| đều đạt.' "$work/g/inpara.yaml"; then
    ok "'|a|' lines inside a paragraph are its words, as pandoc and cmark print them"
else
    not_ok "pipe lines in a paragraph: $(sed -n '/MỤC/,/NHIỆM/p' "$work/g/inpara.yaml" | tr '\n' '|')"
fi

doc heading '## Bảng\n+-----+-----+\n| Xã  | Số  |\n+=====+=====+\n| A   | 12  |\n+-----+-----+'
# cells NAME: the grid table's cells read, none of its rules
cells() { ! grep -q -- '+---\|+===' "$work/g/$1.yaml" && grep -q 'Xã' "$work/g/$1.yaml" && grep -q '12' "$work/g/$1.yaml"; }
if cells heading; then
    ok "a grid table right under an ATX heading read as a table (its cells, not its rules), as pandoc shows it"
else
    not_ok "grid table under a heading: $(sed -n '/MỤC/,/NHIỆM/p' "$work/g/heading.yaml" | tr '\n' '|')"
fi

# controls
doc blankpipe 'Các chỉ tiêu:\n\n| Xã | Số |\n|---|---|\n| A | 12 |'
doc gfmpipe 'Các chỉ tiêu:\n| Xã | Số |\n|---|---|\n| A | 12 |'
doc blankgrid 'Các chỉ tiêu:\n\n+-----+-----+\n| Xã  | Số  |\n+=====+=====+\n| A   | 12  |\n+-----+-----+'
doc paragrid 'Các chỉ tiêu:\n+-----+-----+\n| Xã  | Số  |\n+-----+-----+'
if [ "$(tables blankpipe)" = 1 ] && [ "$(tables gfmpipe)" = 1 ] && cells blankgrid &&
    [ "$(tables paragrid)" = 0 ] && grep -q -- '+-----+-----+' "$work/g/paragrid.yaml"; then
    ok "controls: pipe tables after a blank line or with their delimiter row, a grid table after a blank line, none inside a paragraph"
else
    not_ok "controls: tables $(tables blankpipe) $(tables gfmpipe) $(tables paragrid) (want 1 1 0); grid after a blank line: $(sed -n '/MỤC/,/NHIỆM/p' "$work/g/blankgrid.yaml" | tr '\n' '|')"
fi

timed_case "1,024 '|a|' chunks in a paragraph imported" "$khgen" import "$work/g/repeated.md" -o "$work/g/timed.yaml"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
