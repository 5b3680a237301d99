#!/bin/sh
# tests/hardening/review25.sh KHGEN WORKDIR - what session 25's review of
# its own new import code (s25review) found, attacking it with files khgen
# did not write (issue 8: never a silently wrong output, never a
# misleading diagnostic):
#   - src/md_pandoc_inline.c read a link's address and an autolink as
#     text: "[Cổng](https://dvc.gov.vn/~thu/~tuc)" and
#     "<https://a.vn/~b/~c>" lost their tildes as a subscript's marks, the
#     address changed, exit 0 (pandoc and cmark keep it);
#   - a pandoc span over lines left out ("[old\nwords]{.deletion}", or
#     <span class="deletion"> over lines in its GitHub Markdown) took its
#     line breaks with it: import's diagnostics below named a line above
#     the drafter's for each (KH760 at line 23 for 25), and an HTML block
#     "<p>A<br>b<br>c</p>" on one line, written as three paragraphs, one
#     too far down for each (KH752 at line 400,001 of a file of 25); and
#     so did the tables of pandoc's Markdown of a Word plan, rewritten as
#     paragraphs or rows (KH760 at line 122 for 89);
#   - a '[' and a "]{.deletion}" two list items below it read as one
#     span over them: the items left out, where cmark shows them (a span
#     now ends where a block begins, as a paragraph does);
#   - pandoc's own Markdown of a Word plan parts two lists with a raw
#     HTML block, "```{=html}" over "<!-- -->" over "```": import printed
#     "```{=html} <!-- --> ```" as a paragraph of the plan, exit 0 (every
#     pandoc reader shows nothing: the real Krông Nô plan has two);
#   - a .docx whose page header's relationship names the main part
#     (src/docx_pagehead.c): the whole body read a second time before it,
#     every paragraph twice, exit 0.
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/md" "$work/dx"

# md NAME: stdin (a plan's body, Markdown) after a header as $work/md/NAME.md
md() {
    {
        cat <<'EOF2'
**ỦY BAN NHÂN DÂN**
**HUYỆN YÊN THẾ**

Số: /KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Yên Thế, ngày 10 tháng 01 năm 2024*

**KẾ HOẠCH**

**Thực hiện nhiệm vụ năm 2024**

Căn cứ tình hình thực tế của địa phương.

## I. MỤC TIÊU

EOF2
        cat
        cat <<'EOF2'

## II. TỔ CHỨC THỰC HIỆN

Các phòng thực hiện.

**CHỦ TỊCH**

**Nguyễn Văn A**
EOF2
    } >"$work/md/$1.md"
}

# ---- a link's address and an autolink: no marks read in them ------------------
# (a line of 4,000 links: the address is passed over once)
{
    echo 'Xem tại [Cổng](https://dvc.gov.vn/~thu/~tuc) và <https://a.vn/~b/~c>, H~2~O.'
    echo
    awk 'BEGIN { for (i = 0; i < 4000; i++) printf "[a](~b~"; print "" }'
} | md address
limit=1
timed_case "a line of 4,000 links' addresses without ')'" "$khgen" import -o "$work/md/address.yaml" "$work/md/address.md"
if grep -q 'https://dvc.gov.vn/~thu/~tuc) và <https://a.vn/~b/~c>, H₂O\.' "$work/md/address.yaml" 2>/dev/null &&
    grep -q '(b\[a\](b\[a\](b' "$work/md/address.yaml"; then
    # "[a](~b~" with no ')' on its line is no link: pandoc reads "~b~" as a
    # subscript (fixrev26.sh, s26mut); it kept the tildes as an address's
    # (H₂O: a subscript's digits Unicode's since s45imp)
    ok "a link's address and an autolink keep their tildes (a subscript beside them read)"
else
    not_ok "a link's address: $(grep 'Xem' "$work/md/address.yaml" 2>/dev/null) $(head -c 300 "$work/err")"
fi

# ---- line breaks of a span left out: diagnostics at the drafter's lines -------
# line_of NAME TEXT: the line of NAME.md that begins with TEXT
line_of() { grep -n "^$2" "$work/md/$1.md" | head -n 1 | cut -d: -f1; }
md spanlines <<'EOF'
Nội dung [đoạn bị xóa
qua ba
dòng]{.deletion author="A"} còn lại.

Câu có chú thích[^1].

[^1]: Chú thích.
EOF
md htmllines <<'EOF'
Nội dung <span class="deletion"
author="A">xóa
qua ba dòng</span> còn lại.

Câu có chú thích[^1].

[^1]: Chú thích.
EOF
md htmlblock <<'EOF'
<p align="center"><b>Mục A</b><br>mục b<br>mục c</p>

Câu có chú thích[^1].

[^1]: Chú thích.
EOF
for name in spanlines htmllines htmlblock; do
    want=$(line_of $name '\[\^1\]:')
    "$khgen" import -o "$work/md/$name.yaml" "$work/md/$name.md" 2>"$work/md/$name.err"
    if grep -q "^[^:]*$name.md:$want:1: warning\[KH760\]" "$work/md/$name.err" &&
        { [ $name = htmlblock ] || grep -q "Nội dung còn lại\." "$work/md/$name.yaml"; }; then
        ok "$name: KH760 at the footnote's line $want after a deletion over three lines, or an HTML block of three paragraphs on one"
    else
        not_ok "$name: want line $want: $(head -c 300 "$work/md/$name.err") $(grep 'Nội dung' "$work/md/$name.yaml" 2>/dev/null)"
    fi
done

# pandoc's Markdown of a Word plan (its header a grid table, read as paragraphs)
{
    cat tests/hardening/foreign23-pandoc.md
    printf '\nCâu có chú thích[^1].\n\n[^1]: Chú thích.\n'
} >"$work/md/pandoctables.md"
want=$(line_of pandoctables '\[\^1\]:')
"$khgen" import -o "$work/md/pandoctables.yaml" "$work/md/pandoctables.md" 2>"$work/md/pandoctables.err"
if grep -q "pandoctables.md:$want:1: warning\[KH760\]" "$work/md/pandoctables.err"; then
    ok "pandoc's Markdown of a Word plan, its tables rewritten: KH760 at the footnote's line $want"
else
    not_ok "pandoc's tables: want line $want: $(grep KH760 "$work/md/pandoctables.err" | head -c 200)"
fi

# ---- a deletion's brackets around list items: no span over another block ------
md spanlist <<'EOF'
Một [xóa
- Mục một;
- Mục hai]{.deletion} hết.
EOF
"$khgen" import -o "$work/md/spanlist.yaml" "$work/md/spanlist.md" 2>"$work/md/spanlist.err"
if grep -q 'bullet: Mục một;' "$work/md/spanlist.yaml" && grep -q 'Mục hai' "$work/md/spanlist.yaml"; then
    ok "a '[' and its ']{.deletion}' two list items apart: the items kept, as cmark shows them"
else
    not_ok "a span over list items: $(sed -n '/MỤC TIÊU/,/TỔ CHỨC/p' "$work/md/spanlist.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/md/spanlist.err")"
fi

# ---- pandoc's raw HTML block between a paragraph and a list ------------------
md rawhtml <<'EOF'
Các nhiệm vụ sau:

```{=html}
<!-- -->
```
1.  Nhiệm vụ chung.

```{=latex}
\newpage
```
Câu có chú thích[^1].

[^1]: Chú thích.
EOF
"$khgen" import -o "$work/md/rawhtml.yaml" "$work/md/rawhtml.md" 2>"$work/md/rawhtml.err"
want=$(line_of rawhtml '\[\^1\]:')
if grep -q 'Nhiệm vụ chung' "$work/md/rawhtml.yaml" && ! sed 1d "$work/md/rawhtml.yaml" | grep -q 'html\|<!--\|newpage\|```' &&
    grep -q "rawhtml.md:$want:1: warning\[KH760\]" "$work/md/rawhtml.err"; then
    ok "pandoc's raw blocks ('\`\`\`{=html}' over '<!-- -->', '{=latex}') show nothing, the lines below keep their numbers"
else
    not_ok "pandoc's raw blocks: $(sed -n '/MỤC TIÊU/,/TỔ CHỨC/p' "$work/md/rawhtml.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/md/rawhtml.err")"
fi

# (a raw block never closed is its text, as written: it hid the rest of the plan)
printf '```{=latex}\n\\newpage\n' | md rawopen
"$khgen" import -o "$work/md/rawopen.yaml" "$work/md/rawopen.md" 2>"$work/md/rawopen.err"
if grep -q 'name: Nguyễn Văn A' "$work/md/rawopen.yaml" && grep -q 'TỔ CHỨC THỰC HIỆN' "$work/md/rawopen.yaml"; then
    ok "a raw block never closed: the plan after it kept"
else
    not_ok "a raw block never closed: $(sed -n '/body:/,$p' "$work/md/rawopen.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/md/rawopen.err")"
fi

# ---- a page header that names the main part: the body read once ---------------
if /usr/bin/python3 "$(dirname "$0")/review25_docx.py" "$work/dx"; then
    "$khgen" import -o "$work/dx/hdrself.yaml" "$work/dx/hdrself.docx" 2>"$work/dx/hdrself.err"
    n=$(grep -c 'Việc riêng một lần' "$work/dx/hdrself.yaml" 2>/dev/null)
    if [ "$n" = 1 ]; then
        ok "a page header relationship naming the main part: its paragraphs read once"
    else
        not_ok "a page header naming the main part: 'Việc riêng một lần' $n times; $(head -c 300 "$work/dx/hdrself.err")"
    fi
else
    not_ok "setup: review25_docx.py could not write the document"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
