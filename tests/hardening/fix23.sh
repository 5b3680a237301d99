#!/bin/sh
# tests/hardening/fix23.sh KHGEN WORKDIR - what session 23 fixed of its
# own engineers' leftovers (issue 8):
#  1 (s23foreign, MEDIUM) a .md that `pandoc -t gfm` writes of a Word
#    plan holds the recipients in an HTML table cell, "<p>- UBND tỉnh;</p>";
#    the pass that reads such tables wrote that cell as a Markdown list
#    item, so import took the file for one whose writer leaves its items
#    unescaped and read every "\- x" of the body as a paragraph "- x":
#    the same words, the bullets and tasks lost. Now the cell's text is
#    written as text ("\- UBND tỉnh;"), and the gfm, the pandoc Markdown
#    and the .docx itself import alike;
#  2 (s23mut, LOW) `khgen diff` counting "03/KH-UBND ban hành (ngày
#    11/01/2024)" -> 2025 among the parts where only the year moved: the
#    date of a cited document, however the plan cites it (ban hành, ký,
#    được, a parenthesis; "ngày ... của UBND tỉnh"; "tại Công văn ...
#    ngày"), is shown; a year ("năm 2024", a deadline "trước ngày
#    30/11/2024") still counted, and the example plans against their
#    `khgen new` list nothing but the year;
#  3 (s23attack, LOW) `khgen diff` (terminal and -f html) showing the
#    Markdown escapes the document never prints ("\<3%", "\&lt;3%") and
#    emphasis as its stars; now the text as printed, -f md as Markdown.
# Each case fails with the binary of main before the fixes (bb8c7346)
# but the controls (named so), which pass with both.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- 1: pandoc's GitHub Markdown of a Word plan ---------------------------------
d=$work/pd
mkdir -p "$d"
# a plan as Word holds it (python-docx): the header and the signature as
# two-column tables, "Nơi nhận:" and its "- " lines in the signature's
# left cell, the body's bullets typed as "- " and "+ "
/usr/bin/python3 - "$d/plan.docx" <<'PY' || not_ok "setup: python-docx could not write the plan"
import sys
import docx
d = docx.Document()
def row(cells):
    t = d.add_table(rows=1, cols=2)
    for i, lines in enumerate(cells):
        c = t.rows[0].cells[i]
        c.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            c.add_paragraph(line)
row([['ỦY BAN NHÂN DÂN', 'HUYỆN YÊN THẾ', 'Số: 12/KH-UBND'],
     ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Yên Thế, ngày 10 tháng 01 năm 2024']])
for p in ['KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2024', 'Căn cứ tình hình thực tế.',
          'UBND huyện xây dựng Kế hoạch như sau:', 'I. MỤC TIÊU', '- Làm đường.', '- Làm cầu.',
          'II. NHIỆM VỤ', '1. Giao thông', '- Cứng hóa 2,5 km đường.',
          '+ Thời gian thực hiện: Quý III/2024.', 'Trên đây là Kế hoạch của UBND huyện./.']:
    d.add_paragraph(p)
row([['Nơi nhận:', '- UBND tỉnh;', '- Lưu: VT.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']])
d.save(sys.argv[1])
PY
if command -v pandoc >/dev/null 2>&1; then
    pandoc -t gfm "$d/plan.docx" -o "$d/gfm.md" && pandoc -t markdown "$d/plan.docx" -o "$d/pm.md" ||
        not_ok "setup: pandoc could not convert the plan"
else
    not_ok "setup: pandoc is missing (make check installs it)"
fi
# imp NAME FILE: FILE imported as $d/NAME.yaml, without its first line (the
# file it came from) as $d/NAME.body
imp() {
    "$khgen" import -o "$d/$1.yaml" "$2" >/dev/null 2>"$d/$1.err"
    sed 1d "$d/$1.yaml" >"$d/$1.body" 2>/dev/null
}
imp gfm "$d/gfm.md"
imp pm "$d/pm.md"
imp docx "$d/plan.docx"
if grep -q -F -- '- bullet: Làm đường.' "$d/gfm.yaml" && grep -q -F -- '- task: Cứng hóa 2,5 km đường.' "$d/gfm.yaml" &&
    ! grep -q -F 'para: \-' "$d/gfm.yaml"; then
    ok "pandoc -t gfm of a Word plan: the body's '\\- x' are its bullets and tasks"
else
    not_ok "pandoc -t gfm of a Word plan: $(grep -n 'Làm đường\|Cứng hóa' "$d/gfm.yaml" 2>/dev/null | tr '\n' '|') $(head -c 200 "$d/gfm.err")"
fi
if [ -s "$d/gfm.body" ] && cmp -s "$d/gfm.body" "$d/docx.body"; then
    ok "pandoc -t gfm of a Word plan imports as the .docx itself"
else
    not_ok "pandoc -t gfm against the .docx: $(diff "$d/gfm.body" "$d/docx.body" 2>&1 | head -6 | tr '\n' '|')"
fi
if [ -s "$d/gfm.body" ] && cmp -s "$d/gfm.body" "$d/pm.body"; then
    ok "pandoc -t gfm and -t markdown of a Word plan import alike"
else
    not_ok "pandoc -t gfm against -t markdown: $(diff "$d/gfm.body" "$d/pm.body" 2>&1 | head -6 | tr '\n' '|')"
fi
# the same without pandoc: the HTML table of the signature as pandoc writes it
printf '%s\n\n' '**ỦY BAN NHÂN DÂN**' '**HUYỆN YÊN THẾ**' 'Số: 12/KH-UBND' \
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' '**Độc lập - Tự do - Hạnh phúc**' \
    '*Yên Thế, ngày 10 tháng 01 năm 2024*' '**KẾ HOẠCH**' '**Thực hiện nhiệm vụ năm 2024**' \
    'Căn cứ tình hình thực tế.' 'UBND huyện xây dựng Kế hoạch như sau:' '**I. MỤC TIÊU**' \
    '\- Làm đường.' '\- Làm cầu.' 'Trên đây là Kế hoạch của UBND huyện./.' \
    '<table><tbody><tr><td><p>Nơi nhận:</p><p>- UBND tỉnh;</p><p>- Lưu: VT.</p></td>
<td><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Nguyễn Văn A</p></td></tr></tbody></table>' >"$d/hand.md"
imp hand "$d/hand.md"
if grep -q -F -- '- bullet: Làm cầu.' "$d/hand.yaml" && grep -q -F -- '- UBND tỉnh' "$d/hand.yaml" &&
    ! grep -q -F 'para: \-' "$d/hand.yaml"; then
    ok "an HTML table cell's '- UBND tỉnh;' is text: the body's '\\- x' stay bullets, the recipients read"
else
    not_ok "an HTML table cell's '- UBND tỉnh;': $(grep -n 'Làm\|UBND tỉnh' "$d/hand.yaml" 2>/dev/null | tr '\n' '|') $(head -c 200 "$d/hand.err")"
fi
# control: a writer that leaves its items unescaped means "\- x" as text
printf '%s\n\n' '**I. MỤC TIÊU**' '- Làm đường.' '\- Làm cầu.' 'Trên đây là Kế hoạch./.' >"$d/own.md"
imp own "$d/own.md"
if grep -q -F -- '- bullet: Làm đường.' "$d/own.yaml" && grep -q -F 'para: \- Làm cầu.' "$d/own.yaml"; then
    ok "control: beside an unescaped item '- x', '\\- y' is still a paragraph '- y'"
else
    not_ok "control: an unescaped item and '\\- y': $(grep -n 'Làm' "$d/own.yaml" 2>/dev/null | tr '\n' '|')"
fi

# ---- 2: the date of a cited document ------------------------------------------------
m_plan() { # FILE TEXT YEAR: the example moved to YEAR, its task's text TEXT
    sed -e "s|Tham mưu phân bổ nguồn vốn năm {year}.|$2|" -e "s/2024/$3/g" "$work/p/ex.yaml" >"$1"
}
shown() { # OLD NEW: whether diff lists the task (not counted as a year moved)
    m_plan "$work/p/c-old.yaml" "$1" 2024
    m_plan "$work/p/c-new.yaml" "$2" 2025
    "$khgen" diff --no-color "$work/p/c-old.yaml" "$work/p/c-new.yaml" 2>/dev/null | grep -q '^@@ II\.1\. “.*”: sửa @@$' # (s45cycle F13: by its words)
}
cited() { # OLD NEW: a citation's date moved, which diff must list
    if shown "$1" "$2"; then
        ok "diff lists '$1' -> '$2'"
    else
        not_ok "diff hides '$1' -> '$2' among the years moved"
    fi
}
cited 'Theo Kế hoạch số 03/KH-UBND ban hành (ngày 11/01/2024).' 'Theo Kế hoạch số 03/KH-UBND ban hành (ngày 11/01/2025).'
cited 'Theo Quyết định số 12/QĐ-UBND được ký ngày 11/01/2024.' 'Theo Quyết định số 12/QĐ-UBND được ký ngày 11/01/2025.'
cited 'Theo Kế hoạch ngày 11/01/2024 của UBND tỉnh.' 'Theo Kế hoạch ngày 11/01/2025 của UBND tỉnh.'
cited 'Theo Kế hoạch ngày 11 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh.' 'Theo Kế hoạch ngày 11 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.'
cited 'Thực hiện tại Công văn của Sở Nội vụ ngày 11/01/2024.' 'Thực hiện tại Công văn của Sở Nội vụ ngày 11/01/2025.'
cited 'Thực hiện theo Văn bản ngày 11/01/2024.' 'Thực hiện theo Văn bản ngày 11/01/2025.'
year() { # OLD NEW: a year moved, which diff must count, not list (control)
    if shown "$1" "$2"; then
        not_ok "control: diff lists '$1' -> '$2', a year moved"
    else
        ok "control: '$1' -> '$2' counted as the year moved"
    fi
}
year 'Hoàn thành trong năm 2024.' 'Hoàn thành trong năm 2025.'
year 'Thực hiện theo kế hoạch, hoàn thành trước ngày 30/11/2024.' 'Thực hiện theo kế hoạch, hoàn thành trước ngày 30/11/2025.'
year 'Thực hiện tại Công văn đã giao, xong trước ngày 30/11/2024.' 'Thực hiện tại Công văn đã giao, xong trước ngày 30/11/2025.'
year 'Báo cáo ngày 30/11/2024 về kết quả.' 'Báo cáo ngày 30/11/2025 về kết quả.'
# the example plans against their khgen new: the year alone listed, every
# other part counted (as many as --all lists)
mkdir -p "$work/ex"
cp -R "$top/plans/." "$work/ex/"
for plan in "$work"/ex/*.yaml; do
    name=$(basename "$plan" .yaml)
    y=$(sed -n 's/^year: *\([0-9][0-9]*\).*/\1/p' "$plan" | head -1)
    [ -n "$y" ] || y=$(printf '%s' "$name" | sed 's/.*-\([0-9]\{4\}\)$/\1/')
    next=$work/ex/next-$name.yaml
    if ! "$khgen" new --from "$plan" --year $((y + 1)) -o "$next" >/dev/null 2>&1; then
        not_ok "setup: khgen new of $name"
        continue
    fi
    out=$("$khgen" diff --no-color "$plan" "$next" 2>&1)
    hunks=$(printf '%s\n' "$out" | grep '^@@' | tr '\n' '|')
    counted=$(printf '%s\n' "$out" | sed -n 's/.*: \([0-9][0-9]*\) phần chỉ đổi năm.*/\1/p')
    listed=$("$khgen" diff --all --no-color "$plan" "$next" 2>&1 | grep -c '^@@')
    if [ "$hunks" = '@@ Năm: sửa @@|' ] && [ -n "$counted" ] && [ "$counted" -eq "$listed" ]; then
        ok "control: $name against its khgen new lists only the year, counts the $counted parts --all lists"
    else
        not_ok "control: $name against its khgen new: listed $hunks counted '$counted' of $listed"
    fi
done

# ---- 3: diff shows the text as printed -------------------------------------------------
edited e-old 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu *phân bổ* nguồn vốn.' \
    'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' 'closing: "Trên đây là Kế hoạch, tỷ lệ <2% hộ nghèo."'
edited e-new 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu *phân bổ* nguồn vốn mới.' \
    'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' 'closing: "Trên đây là Kế hoạch, tỷ lệ <3% hộ nghèo."'
term=$("$khgen" diff --no-color "$work/p/e-old.yaml" "$work/p/e-new.yaml" 2>&1)
if printf '%s\n' "$term" | grep -q -F 'tỷ lệ [-<2%-]{+<3%+} hộ nghèo./.' &&
    printf '%s\n' "$term" | grep -q -F 'Tham mưu phân bổ nguồn [-vốn.-]{+vốn mới.+}' &&
    ! printf '%s\n' "$term" | grep -q -F -e '\<' -e '*phân'; then
    ok "diff in the terminal shows '<3%' and emphasis's words as printed, no '\\<' nor stars"
else
    not_ok "diff in the terminal: $(printf '%s\n' "$term" | grep 'tỷ lệ\|Tham mưu' | tr '\n' '|')"
fi
html=$("$khgen" diff -f html "$work/p/e-old.yaml" "$work/p/e-new.yaml" 2>&1)
if printf '%s\n' "$html" | grep -q -F '<ins>&lt;3%</ins>' &&
    printf '%s\n' "$html" | grep -q -F 'Tham mưu phân bổ nguồn' && ! printf '%s\n' "$html" | grep -q -F -e '\&lt;' -e '*phân'; then
    ok "diff -f html shows '&lt;3%' and emphasis's words as printed, no '\\&lt;' nor stars"
else
    not_ok "diff -f html: $(printf '%s\n' "$html" | grep 'tỷ lệ\|Tham mưu' | tr '\n' '|')"
fi
# controls: -f md is Markdown; a change of emphasis alone shows its marks
md=$("$khgen" diff -f md "$work/p/e-old.yaml" "$work/p/e-new.yaml" 2>&1)
if printf '%s\n' "$md" | grep -q -F '~~\<2%~~**\<3%**'; then
    ok "control: diff -f md keeps the Markdown's escapes"
else
    not_ok "control: diff -f md: $(printf '%s\n' "$md" | grep 'tỷ lệ' | tr '\n' '|')"
fi
edited f-old 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn.'
edited f-new 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu **phân bổ** nguồn vốn.'
if "$khgen" diff --no-color "$work/p/f-old.yaml" "$work/p/f-new.yaml" 2>&1 |
    grep -q -F 'Tham mưu [-phân bổ-]{+**phân bổ**+} nguồn vốn.'; then
    ok "control: a change of emphasis alone is shown with its marks"
else
    not_ok "control: a change of emphasis alone: $("$khgen" diff --no-color "$work/p/f-old.yaml" "$work/p/f-new.yaml" 2>&1 | grep 'Tham mưu')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
