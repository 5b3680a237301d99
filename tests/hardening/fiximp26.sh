#!/bin/sh
# tests/hardening/fiximp26.sh KHGEN WORKDIR - session 26's import leftovers
# of session 25 (issue 8: never a silently wrong output, never a
# misleading diagnostic):
#   - a .docx whose main part _rels/.rels names outside word/ with a
#     [Content_Types].xml over 1 MiB, or whose main part's name is over
#     148 bytes, refused as KH756 "no word/document.xml: not a Word
#     document": now read (DOCX_PART_NAME_MAX, the content types read up
#     to IMPORT_MAX_PART); a main part named and missing, or without a
#     Word content type, now told so (KH756 naming the part);
#   - a .docx's page footers and the page headers other than the first
#     page's dropped without a word (a reference, a place and date typed
#     there): now a '# review:' note each (KH759); a page number's footer
#     says nothing; the first page's header's hyperlinks looked up in the
#     main part's relationships instead of the header's own;
#   - a .md's HTML table: rowspan="0" read as 1 (HTML: to the row group's
#     end), a header cell's rowspan covering the body's rows;
#   - pandoc gfm's <span class="smallcaps"> read as typed where
#     "[x]{.smallcaps}" and Word's small capitals are capitals;
#   - controls: the usual package, a footer of a page number alone;
#   - timed at n and 4n: sections naming a footer each, a footer of n
#     paragraphs, rows under rowspan="0" cells, small-capital spans.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/md"
/usr/bin/python3 "$(dirname "$0")/fiximp26_docx.py" "$work/dx" ||
    not_ok "setup: fiximp26_docx.py could not write the documents"

# read as the plan it is: place, date and the objective
for name in bigtypes longname longout usual; do
    if imported "$name" && grep -qF '  place: Yên Thế' "$work/dx/$name.yaml" &&
        grep -qF '  date: 2024-01-10' "$work/dx/$name.yaml" &&
        grep -qF 'Nâng cao đời sống người dân.' "$work/dx/$name.yaml"; then
        ok "docx $name: the main part _rels/.rels names is read"
    else
        not_ok "docx $name: the main part _rels/.rels names is read"
        sed 's/^/    | /' "$work/dx/$name.err" | head -3
    fi
done
# says_756 NAME TEXT: import refused NAME with KH756 saying TEXT
says_756() {
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/dx/$1.docx" 2>"$work/dx/$1.err"
    st=$?
    [ "$st" -eq 3 ] && grep -q 'KH756' "$work/dx/$1.err" && grep -qF "$2" "$work/dx/$1.err" &&
        ! grep -qF 'not a Word document (an .xlsx or .odt renamed?)' "$work/dx/$1.err"
}
if says_756 gonemain "names the main document part 'word/gone.xml', which the file does not hold"; then
    ok "docx gonemain: KH756 names the missing main part"
else
    not_ok "docx gonemain: KH756 names the missing main part"
    sed 's/^/    | /' "$work/dx/gonemain.err" | head -3
fi
if says_756 nottype "does not give the main document part 'doc/main.xml' a Word document's content type"; then
    ok "docx nottype: KH756 says the content type is not a Word document's"
else
    not_ok "docx nottype: KH756 says the content type is not a Word document's"
    sed 's/^/    | /' "$work/dx/nottype.err" | head -3
fi

# page headers and footers
if imported footer &&
    grep -qF '# review: text in the top or bottom margin of the pages (word/footer1.xml), which Word prints there and import does not read: Kế hoạch này thay thế Kế hoạch số 05/KH-UBND.' "$work/dx/footer.yaml" &&
    grep -q 'KH759.*1 page header or footer' "$work/dx/footer.err"; then
    ok "docx footer: its words a review note, counted by KH759"
else
    not_ok "docx footer: its words a review note, counted by KH759"
    grep -n 'review\|KH759' "$work/dx/footer.yaml" "$work/dx/footer.err" | sed 's/^/    | /' | head -5
fi
if imported pagefoot && ! grep -q 'top or bottom margin of the pages' "$work/dx/pagefoot.yaml" "$work/dx/pagefoot.err"; then
    ok "docx pagefoot (control): a page number's footer says nothing"
else
    not_ok "docx pagefoot (control): a page number's footer says nothing"
fi
if imported defaulthead && grep -qF '  place: Yên Thế' "$work/dx/defaulthead.yaml" &&
    grep -qF '  date: 2024-01-10' "$work/dx/defaulthead.yaml" &&
    ! grep -q 'top or bottom margin of the pages' "$work/dx/defaulthead.yaml"; then
    ok "docx defaulthead (control): the header of every page read as the plan's header, no note"
else
    not_ok "docx defaulthead (control): the header of every page read as the plan's header, no note"
fi
if imported headlink && grep -qF '[cổng](https://dung.gov.vn/)' "$work/dx/headlink.yaml" &&
    grep -qF '[trang](https://sai.vn/)' "$work/dx/headlink.yaml"; then
    ok "docx headlink: the page header's hyperlink through its own relationships"
else
    not_ok "docx headlink: the page header's hyperlink through its own relationships"
    grep -n 'https' "$work/dx/headlink.yaml" | sed 's/^/    | /'
fi

# .md: rowspan="0" and row groups; small capitals
cat >"$work/md/rs.md" <<'MD'
**KẾ HOẠCH**

**Thực hiện nhiệm vụ năm 2024**

**I. NHIỆM VỤ**

<table>
<thead>
<tr><th rowspan="3">TT</th><th>Nội dung</th><th>Đơn vị</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Việc 1a</td><td rowspan="0">Xã A</td></tr>
<tr><td>2</td><td>Việc 1b</td></tr>
<tr><td>3</td><td>Việc 1c</td></tr>
</tbody>
</table>
MD
if "$khgen" import -o "$work/md/rs.yaml" --force "$work/md/rs.md" 2>"$work/md/rs.err" &&
    grep -qF -- '- ["Việc 1a", "Xã A"]' "$work/md/rs.yaml" &&
    grep -qF -- '- ["Việc 1b", ""]' "$work/md/rs.yaml" &&
    grep -qF -- '- ["Việc 1c", ""]' "$work/md/rs.yaml" && ! grep -q 'c4' "$work/md/rs.yaml"; then
    ok "md rowspan=0 to its row group's end, a header's rowspan ends with the header"
else
    not_ok "md rowspan=0 to its row group's end, a header's rowspan ends with the header"
    grep -A4 'rows:' "$work/md/rs.yaml" | sed 's/^/    | /'
fi
printf '**KẾ HOẠCH**\n\n**Thực hiện nhiệm vụ năm 2024**\n\n**I. NHIỆM VỤ**\n\n1. Xây <span class="smallcaps">đường thôn</span> mới.\n2. Xây [đường thôn]{.smallcaps} mới.\n3. Xây <span class="smallcaps">đường <span class="deletion">cũ</span> *thôn* <b>bê</b></span> mới.\n4. Xây <span class="underline">đường</span> mới.\n' >"$work/md/sc.md"
if "$khgen" import -o "$work/md/sc.yaml" --force "$work/md/sc.md" 2>"$work/md/sc.err" &&
    [ "$(grep -c 'clause: Xây ĐƯỜNG THÔN mới\.' "$work/md/sc.yaml")" -eq 2 ] &&
    grep -qF 'clause: Xây ĐƯỜNG *THÔN* **BÊ** mới.' "$work/md/sc.yaml" &&
    grep -qF 'clause: Xây đường mới.' "$work/md/sc.yaml"; then
    ok "md gfm smallcaps span in capitals, as pandoc's [x]{.smallcaps} (control: another span as typed)"
else
    not_ok "md gfm smallcaps span in capitals, as pandoc's [x]{.smallcaps} (control: another span as typed)"
    grep 'Xây' "$work/md/sc.yaml" | sed 's/^/    | /'
fi

# marks inside an indented code block are text, as pandoc reads them
# (control: the same marks in a list item's continuation are read; a
# subscript's digits Unicode's since s45imp: H₂O, as the .docx reader's)
printf '**KẾ HOẠCH**\n\n**Thực hiện nhiệm vụ năm 2024**\n\n**I. NHIỆM VỤ**\n\nĐoạn trước:\n\n    H~2~O và [x]{.underline} ~~gạch~~\n\n1. H~2~O và [y]{.underline}\n\n    tiếp H~2~O của mục\n\n- Một\n\n      mã ~a~ [b]{.c}\n' >"$work/md/ic.md"
if "$khgen" import -o "$work/md/ic.yaml" --force "$work/md/ic.md" 2>"$work/md/ic.err" &&
    grep -qF 'para: H~2~O và [x]{{.underline}} ~~gạch~~' "$work/md/ic.yaml" &&
    grep -qF 'para: mã ~a~ [b]{{.c}}' "$work/md/ic.yaml" &&
    grep -qF 'clause: H₂O và y' "$work/md/ic.yaml" && grep -qF 'para: tiếp H₂O của mục' "$work/md/ic.yaml"; then
    ok "md indented code block's marks as text (a list item's continuation read)"
else
    not_ok "md indented code block's marks as text (a list item's continuation read)"
    grep 'H2\|H~\|mã\|tiếp' "$work/md/ic.yaml" | sed 's/^/    | /'
fi

# a grid table right under an indented code line or a "####### x" line
# (pandoc: CodeBlock or Header 7, then Table): read as tables, where their
# rules and bars were one paragraph's words
printf '**KẾ HOẠCH**\n\n**Thực hiện nhiệm vụ năm 2024**\n\n**I. NHIỆM VỤ**\n\n    # Bảng\n+-----+-----+-----+\n| TT  | Việc| Xã  |\n+=====+=====+=====+\n| 1   | A   | B   |\n+-----+-----+-----+\n\n####### x\n+-----+-----+-----+\n| TT  | Việc| Xã  |\n+=====+=====+=====+\n| 2   | C   | D   |\n+-----+-----+-----+\n' >"$work/md/g.md"
if "$khgen" import -o "$work/md/g.yaml" --force "$work/md/g.md" 2>"$work/md/g.err" &&
    [ "$(grep -c -- '- table:' "$work/md/g.yaml")" -eq 2 ] && ! grep -q '+-----+' "$work/md/g.yaml"; then
    ok "md grid table under an indented code line or '####### x' read as a table"
else
    not_ok "md grid table under an indented code line or '####### x' read as a table"
    grep -- '- table:\|+---' "$work/md/g.yaml" | sed 's/^/    | /'
fi

# two tables in the body, one under the other: each read as itself from
# the plan's .md and .docx, and `khgen diff` of the plan and the import
# says nothing (they were one table, the second's header one of its rows)
"$khgen" build -f md,docx -o "$work/tt" tests/hardening/fiximp26-tables.yaml >/dev/null 2>&1
for f in md docx; do
    if "$khgen" import -o "$work/tt/$f.yaml" --force "$work/tt/fiximp26-tables.$f" 2>/dev/null &&
        [ "$(grep -c -- '- table:' "$work/tt/$f.yaml")" -eq 2 ] &&
        ! grep -q '"Nội dung", "Đơn vị"' "$work/tt/$f.yaml" &&
        [ -z "$("$khgen" diff tests/hardening/fiximp26-tables.yaml "$work/tt/$f.yaml" 2>&1)" ]; then
        ok "two tables one under the other: two tables from the $f"
    else
        not_ok "two tables one under the other: two tables from the $f"
        grep -A9 -- '- table:' "$work/tt/$f.yaml" | sed 's/^/    | /' | head -12
    fi
done

# khgen new: a set moved whose year outside the period no longer holds
# its localities (2024|2026 -> 2025|2027, a locality of 2026 stays): a note
# at the year; 2024|2025 -> 2025|2026 (control) says nothing
sed -e 's/target_year=2025|2026} xã\./target_year=2025|2026} xã; hai năm {count localities target_year=2024|2026} xã./' \
    -e 's/target_year: \[2024, 2025\]/target_year: [2024, 2026]/' \
    tests/hardening/new-alternatives.yaml >"$work/na.yaml"
if "$khgen" new --from "$work/na.yaml" --year 2025 -o "$work/nb.yaml" >"$work/na.out" 2>&1 &&
    grep -q "na.yaml:22:237: note: target_year 2026 of the set 2024|2026 moved to 2027 with the others" "$work/na.out" &&
    grep -q "na.yaml:31:58: note: target_year 2026 of the set 2024|2026 moved to 2027" "$work/na.out" &&
    [ "$(grep -c 'of the set' "$work/na.out")" -eq 2 ]; then
    ok "new: a set's year outside the period that the moved set no longer holds is noted (2024|2025 is not)"
else
    not_ok "new: a set's year outside the period that the moved set no longer holds is noted (2024|2025 is not)"
    grep 'note' "$work/na.out" | sed 's/^/    | /' | head -5
fi

# timed at n and 4n, on shapes made for each new loop
for n in 20000 80000; do
    /usr/bin/python3 - "$work" $n <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
s = open('tests/hardening/new-alternatives.yaml', encoding='utf-8').read()
# a filter's list of n years, each outside the period and none landing on another
s = s.replace('target_year: [2024, 2025]', 'target_year: [2024, ' + ', '.join(str(2030 + 2 * (i % 3000)) for i in range(n)) + ']')
open('%s/nl%d.yaml' % (d, n), 'w', encoding='utf-8').write(s)
PY
    timed_case "new with a filter's list of $n target years" \
        "$khgen" new --from "$work/nl$n.yaml" --year 2025 -o "$work/nl$n.new.yaml" --force
done
for n in 5000 20000; do
    /usr/bin/python3 - "$work" $n <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
s = open('tests/hardening/new-alternatives.yaml', encoding='utf-8').read()
# a text of n figures, each a set whose 2026 the moved set no longer holds
s = s.replace('năm sau và năm nữa', ' '.join('{count localities target_year=2024|2026}' for i in range(n)))
open('%s/nf%d.yaml' % (d, n), 'w', encoding='utf-8').write(s)
PY
    timed_case "new with a text of $n figures, each a set noted" \
        "$khgen" new --from "$work/nf$n.yaml" --year 2025 -o "$work/nf$n.new.yaml" --force
    if "$khgen" new --from "$work/nf$n.yaml" --year 2025 -o "$work/nf$n.new.yaml" --force >"$work/nf$n.out" 2>&1 &&
        [ "$(grep -c 'of the set 2024|2026' "$work/nf$n.out")" -eq 50 ] &&
        grep -q "and $((n - 50)) more notes like these, not shown" "$work/nf$n.out"; then
        ok "new with $n noted figures: 50 notes shown, the others counted"
    else
        not_ok "new with $n noted figures: 50 notes shown, the others counted"
        tail -3 "$work/nf$n.out" | sed 's/^/    | /'
    fi
done
for n in 2000 8000; do
    /usr/bin/python3 "$(dirname "$0")/fiximp26_docx.py" "$work/dx" $n
    timed_case "docx of $n sections naming a footer each" \
        "$khgen" import --force -o "$work/dx/sections$n.yaml" "$work/dx/sections$n.docx"
    # the first 32 named, the others counted in one note (s26review2: a
    # note per part, unbounded per document, wrote 11 MB for 9,990 footers)
    if [ "$(grep -c '# review: text in the top or bottom margin of the pages' "$work/dx/sections$n.yaml")" -eq 32 ] &&
        grep -q "# review: $((n - 32)) more page headers or footers holding words" "$work/dx/sections$n.yaml"; then
        ok "docx of $n sections: 32 footers named, the others counted"
    else
        not_ok "docx of $n sections: 32 footers named, the others counted"
    fi
    timed_case "docx footer of $n paragraphs" \
        "$khgen" import --force -o "$work/dx/bigfooter$n.yaml" "$work/dx/bigfooter$n.docx"
done
for n in 20000 80000; do
    /usr/bin/python3 - "$work/md" $n <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
head = '**KẾ HOẠCH**\n\n**Thực hiện nhiệm vụ năm 2024**\n\n**I. NHIỆM VỤ**\n\n'
rows = ''.join('<tr><td>%d</td><td rowspan="0">x</td><td rowspan="0">y</td></tr>\n' % i for i in range(n // 10))
with open('%s/rs%d.md' % (d, n), 'w') as f:
    f.write(head + '<table>\n<tbody>\n' + rows + '</tbody>\n</table>\n')
with open('%s/ic%d.md' % (d, n), 'w') as f:
    f.write(head + ''.join('- a\n\n      ~x~ [y]{.z}\n\n\t\t ~x~\n\n' for i in range(n // 4)))
with open('%s/gc%d.md' % (d, n), 'w') as f:
    f.write(head + ''.join('    # x\n+---+---+---+\n| a | b | c |\n+===+===+===+\n| 1 | 2 | 3 |\n+---+---+---+\n\n' for i in range(n // 40)))
with open('%s/sc%d.md' % (d, n), 'w') as f:
    f.write(head + '1. ' + '<span class="smallcaps">đường <span class="smallcaps">thôn</span></span> ' * n + '\n')
PY
    timed_case "md table of $((n / 10)) rows of rowspan=0 cells" \
        "$khgen" import --force -o "$work/md/rs$n.yaml" "$work/md/rs$n.md"
    timed_case "md of $((n / 4 * 3)) indented code lines and list items" \
        "$khgen" import --force -o "$work/md/ic$n.yaml" "$work/md/ic$n.md"
    timed_case "md of $((n / 40)) grid tables each under an indented code line" \
        "$khgen" import --force -o "$work/md/gc$n.yaml" "$work/md/gc$n.md"
    timed_case "md line of $n small-capital spans" \
        "$khgen" import --force -o "$work/md/sc$n.yaml" "$work/md/sc$n.md"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
