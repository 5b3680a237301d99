#!/bin/sh
# tests/hardening/formats11.sh KHGEN WORKDIR - import round trips and
# --templates wordings, word for word (issue 8; /tmp/s11diff/findings.md in
# its session): what the second differential test of the formats found, and
# fixed batches of its random plans (tests/hardening/genplan.py, compared by
# tests/hardening/formats11.py). FORMATS11_SEEDS chooses the round-trip
# batch (default 1-6), FORMATS11_TEMPLATE_SEEDS the --templates one (1-3),
# FORMATS11_TABLE_SEEDS the one of the generator's later keys (parts,
# style, label) with tables compared row by row in order (1-4).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

py=/usr/bin/python3
mkdir -p "$work/p"

# The plan of a case: a paragraph, a body table of one task and one
# attachment, their texts JSON strings (JSON is YAML: printed as written).
plan_with() { # NAME ATT_TITLE ATT_CELL TASK_TITLE PARA
    cat >"$work/p/$1.yaml" <<EOF
{"khgen": 1,
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯU"], "issuer_short": "UBND xã Đồng Hưu",
            "place": "Đồng Hưu", "date": "2025-01", "title": "Kế hoạch $1"},
 "units": [{"id": "vp", "name": "Văn phòng"}],
 "body": [{"section": "MỤC TIÊU", "items": [
            {"para": $5},
            {"table": "Phân công", "columns": [{"key": "stt", "type": "stt", "header": "TT"},
               {"key": "task", "header": "Nhiệm vụ"}, {"key": "lead", "header": "Chủ trì"}],
             "items": [{"task": $4, "lead": "vp"}]}]}],
 "signature": {"lines": ["CHỦ TỊCH"], "name": "Nguyễn Văn A"},
 "attachments": [{"id": "bieu01", "label": "Biểu 01", "title": $2,
                  "columns": [{"key": "a", "header": "Cột A"}, {"key": "b", "header": "Cột B"},
                              {"key": "c", "header": "Cột C"}],
                  "rows": [[$3, "ô", "ba"]]}]}
EOF
}

# roundtrip_ok NAME WHAT: roundtrip.sh
. "$(dirname "$0")/roundtrip.sh"

# ---- R1: a .md's escapes kept in a cell or an attachment's title ------------------
# The .md escapes a cell's and a title's marks for Markdown ("\~",
# "\&amp;", "\|", "\(" after "]"); a plan's cells and titles are plain
# text, whose backslash escapes only \ ` * _ [ ] < > #: import kept
# "\&amp;" and "\~", and the plan it wrote printed the backslashes.
plan_with r1 '"R1T ~~x~~ &amp; a | b [x](y)"' '"R1C ~ &amp; [x](y) a\\b"' '"Rà soát"' '"Đoạn R1."'
roundtrip_ok r1 "a cell's and a title's marks survive the import of the .md"
"$khgen" import "$work/o-r1/r1.md" 2>/dev/null | grep -F 'R1C' >"$work/r1.cell"
if grep -q -F '"R1C ~ &amp; \\[x\\](y) a\\\\b"' "$work/r1.cell"; then
    ok "R1: the imported cell is the text, without the .md's escapes"
else
    not_ok "R1: $(head -c 300 "$work/r1.cell")"
fi

# ---- R2: braces doubled twice in a table of tasks -------------------------------
# A task's title in a table of tasks went through cell_value (braces
# doubled for plan text) and plan_text (doubled again): "{literal}"
# printed "{{literal}}" after the round trip, from the .docx and the .md.
plan_with r2 '"Biểu R2"' '"ô"' '"R2 {{literal}} a\\*b"' '"Đoạn R2."'
roundtrip_ok r2 "a task title's braces in a table of tasks"

# ---- R3: a text ending in a backslash --------------------------------------------
# A Markdown line ending in "\" is a hard break only when a line of its
# paragraph follows; at a paragraph's end it is a backslash (CommonMark).
# Import dropped it there.
plan_with r3 '"Biểu R3"' '"ô"' '"Rà soát"' '"Đoạn R3 kết thúc bằng \\"'
roundtrip_ok r3 "a paragraph's last backslash"
printf '# KẾ HOẠCH\n\nmột dòng\\\nhai dòng\n' >"$work/p/r3b.md"
if "$khgen" import "$work/p/r3b.md" 2>/dev/null | grep -q -F 'title: một dòng hai dòng'; then
    ok "R3: a backslash before a line of its paragraph is still a hard break"
else
    not_ok "R3: $("$khgen" import "$work/p/r3b.md" 2>&1 | grep -F 'dòng' | head -c 300)"
fi

# ---- R5: a paragraph of a .md that starts with "-" and no blank ------------------
# "-.1. X" (a clause labelled "-" has sub-clauses "-.1.") or "+84 ..." is
# no list item to a Markdown reader, which prints the mark; import read a
# bullet and dropped it.
printf '# KẾ HOẠCH\n\n- Một\n\n-.1. Hai R5\n\n+84 Ba R5\n' >"$work/p/r5.md"
"$khgen" import "$work/p/r5.md" 2>/dev/null >"$work/r5.yaml"
if grep -q -F -x '  - para: "-.1. Hai R5"' "$work/r5.yaml" && grep -q -F -x '  - para: +84 Ba R5' "$work/r5.yaml"; then
    ok "R5: a .md paragraph starting with a dash and no blank is text"
else
    not_ok "R5: $(grep -F R5 "$work/r5.yaml" | tr '\n' '|' | head -c 300)"
fi

# ---- D2: khgen diff of texts that print alike -----------------------------------
# The diff compared a body text, the subject line, the opening and the
# closing as written: "x_y **b ~" and "x\_y \*\*b \~" (as import writes
# them) print the same words and emphasis, and were reported as edits. They
# are compared as cmark reads them; emphasis added is still a change.
plan_with d2a '"Biểu D2"' '"ô"' '"Rà soát"' '"Đoạn D2 x_y **b ~ *c*"'
sed 's/Đoạn D2 x_y \*\*b ~ \*c\*/Đoạn D2 x\\\\_y \\\\*\\\\*b \\\\~ *c*/; s/Kế hoạch d2a/Kế hoạch d2b/' \
    "$work/p/d2a.yaml" >"$work/p/d2b.yaml"
sed 's/Đoạn D2 x_y \*\*b ~ \*c\*/Đoạn D2 x_y **b ~ c/; s/Kế hoạch d2a/Kế hoạch d2b/' \
    "$work/p/d2a.yaml" >"$work/p/d2c.yaml"
"$khgen" diff --no-color "$work/p/d2a.yaml" "$work/p/d2b.yaml" >"$work/d2.out" 2>&1
st=$?
"$khgen" diff --no-color "$work/p/d2a.yaml" "$work/p/d2c.yaml" >"$work/d2c.out" 2>&1
stc=$?
if grep -q -F 'x\\_y' "$work/p/d2b.yaml" && [ "$st" = 1 ] && ! grep -q -F 'Đoạn' "$work/d2.out" &&
    [ "$stc" = 1 ] && grep -q -F 'Đoạn' "$work/d2c.out"; then
    ok "D2: texts that print alike are no change to khgen diff; emphasis dropped is"
else
    not_ok "D2: exit $st/$stc: $(cat "$work/d2.out" "$work/d2c.out" | head -c 500)"
fi

# ---- T1: a wording's Markdown in the workbook ------------------------------------
# The "(Kèm theo Kế hoạch ...)" line is a template's Markdown: the .md,
# .html and .docx print a --templates wording's "*x*" as "x" in italics,
# the workbook printed "*x*". It now prints the line's text as they do.
mkdir -p "$work/t1"
printf 'attachment_under_title: "T1W *x* [y](z) (số {{number}}/{{code}})"\n' >"$work/t1/wording.yaml"
plan_with t1 '"Biểu T1"' '"ô"' '"Rà soát"' '"Đoạn T1."'
"$khgen" build --templates "$work/t1" -o "$work/o-t1" "$work/p/t1.yaml" >"$work/err" 2>&1 ||
    not_ok "t1: build: $(head -c 300 "$work/err")"
"$py" -c 'import sys
sys.path.insert(0, "tests/hardening")
import formats10 as f
base = sys.argv[1]
texts = {"md": f.md_text(base + ".md"),
         "html": f.html_text(open(base + ".html", encoding="utf-8").read()),
         "docx": f.docx_text(base + ".docx"),
         "xlsx": "\n".join(c for _, c in f.xlsx_sheets(base + ".xlsx"))}
for fmt, t in texts.items():
    line = [x for x in t.splitlines() if "T1W" in x]
    print("%s: %s" % (fmt, " ".join(f.words(line[0])) if line else "(none)"))' \
    "$work/o-t1/t1" >"$work/t1.words" 2>&1
want="t1w x y ( số / kh - ubnd )"
if [ "$(grep -c -F -x -e "md: $want" -e "html: $want" -e "docx: $want" -e "xlsx: $want" "$work/t1.words")" = 4 ]; then
    ok "T1: the wording's line has the same words in the four formats"
else
    not_ok "T1: $(tr '\n' '|' <"$work/t1.words" | head -c 600)"
fi

# ---- P1: a number broken over two lines in the print ------------------------------
# A table wider than the page, because a text column kept room for its
# longest word (a 70-letter one), was shrunk by Word and LibreOffice
# column for column to fit: the PDF printed "123.456.7" over "89",
# "1.000.000,2" over "5" and "nhó" over "m" in the headers. The
# long-text column now gives up width below its longest word first.
cp tests/hardening/formats11-wide.yaml "$work/p/wide.yaml"
if "$khgen" build -o "$work/o-wide" -f docx,pdf "$work/p/wide.yaml" >"$work/err" 2>&1; then
    pdftotext -raw "$work/o-wide/wide.pdf" "$work/wide.txt"
    if grep -q -F -e '123.456.789' "$work/wide.txt" && grep -q -F -e '1.000.000,25' "$work/wide.txt" &&
        grep -q -F -x -e 'nhóm' "$work/wide.txt" && grep -q -F 'Tổng cộng 123.457.789' "$work/wide.txt"; then
        ok "P1: numbers and header words of a table wider than the page on one line each"
    else
        not_ok "P1: $(grep -A12 '^TT' "$work/wide.txt" | tr '\n' '|' | head -c 400)"
    fi
else
    not_ok "P1: build -f pdf: $(head -c 300 "$work/err")"
fi

# ---- T2: a heading styled "upper" (no bold) in the .md -------------------------
# Its line started with the bare label, "2. UPPER CLAUSE": an ordered list
# to a Markdown reader, the number gone from its text (genplan.py --more).
cat >"$work/p/t2.yaml" <<'EOF'
{"khgen": 1,
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯU"], "issuer_short": "UBND xã Đồng Hưu",
            "place": "Đồng Hưu", "date": "2025-01", "title": "Kế hoạch T2"},
 "body": [{"section": "MỤC TIÊU", "items": [{"clause": "Một"},
            {"clause": "Hai T2", "style": "upper"}]}],
 "signature": {"lines": ["CHỦ TỊCH"], "name": "Nguyễn Văn A"}}
EOF
"$khgen" build -f md -o "$work/o-t2" "$work/p/t2.yaml" >"$work/err" 2>&1 || not_ok "t2: build: $(head -c 300 "$work/err")"
# (signed, no closing: the body's last words, this heading, take the end
# mark "./.", s53print P1)
if pandoc -f gfm -t plain "$work/o-t2/t2.md" | grep -q -F -x '2. HAI T2./.' &&
    ! pandoc -f gfm -t html "$work/o-t2/t2.md" | grep -q '<ol'; then
    ok "T2: an upper-case heading's label is text in the .md, no list"
else
    not_ok "T2: $(grep -F T2 "$work/o-t2/t2.md" | tail -1 | head -c 300)"
fi

# ---- fixed batches of random plans ------------------------------------------------
seeds=${FORMATS11_SEEDS:-$(seq 1 6)}
# shellcheck disable=SC2086
if "$py" tests/hardening/formats11.py roundtrip "$khgen" "$work/rt" $seeds >"$work/rt-gen.out" 2>&1; then
    ok "random plans $(echo $seeds | tr ' ' ,): their .docx and .md imported rebuild their words"
else
    not_ok "round trips: $(grep -A3 'not ok' "$work/rt-gen.out" | head -c 1200)"
fi
tseeds=${FORMATS11_TEMPLATE_SEEDS:-$(seq 1 3)}
# shellcheck disable=SC2086
if "$py" tests/hardening/formats11.py templates "$khgen" "$work/tpl" $tseeds >"$work/tpl-gen.out" 2>&1; then
    ok "random plans $(echo $tseeds | tr ' ' ,) with changed wordings: every format prints them alike"
else
    not_ok "wordings: $(grep -A3 'not ok' "$work/tpl-gen.out" | head -c 1200)"
fi

tbseeds=${FORMATS11_TABLE_SEEDS:-$(seq 1 4)}
# shellcheck disable=SC2086
if "$py" tests/hardening/formats11.py tables "$khgen" "$work/tab" $tbseeds >"$work/tab-gen.out" 2>&1; then
    ok "random plans $(echo $tbseeds | tr ' ' ,) with parts, styles, labels: the same words, tables row by row"
else
    not_ok "tables: $(grep -A3 'not ok' "$work/tab-gen.out" | head -c 1200)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
