#!/bin/sh
# tests/hardening/fixlow25.sh KHGEN WORKDIR - session 25's leftovers of
# import, diff and convert, fixed (issue 8: never a silently wrong output):
#   - a .docx whose footnotes, endnotes, comments, numbering or styles part
#     its relationships name otherwise than Word does ("word/notes/fn.xml",
#     "../word/c/cm.xml", "/word/num/n.xml"): the notes' text lost ("(not
#     in word/footnotes.xml)"), a stale word/footnotes.xml beside them read
#     instead, the lists read unnumbered (src/docx_rels.c: OPC finds a part
#     through its relationship's type); controls: the usual names, with
#     relationships and without, a relationship to a part that is missing;
#     timed at 25,000 and 100,000 relationships with 2,500 and 10,000 notes;
#   - `khgen convert` of UTF-8 with a byte order mark, or decomposed, said
#     "converted from UTF-8 to UTF-8": now what it did;
#   - `khgen diff` where only a link's address changed showed the raw
#     "[-[trang](u1)-]{+[trang](u2)+}" in the terminal and HTML views: now
#     the words once and "liên kết: [-u1-]{+u2+}" as for words and address;
#   - pandoc's small capitals "[x]{.smallcaps}" read from a .md as typed,
#     Word's w:smallCaps from a .docx as capitals: now capitals from both
#     (IMP_SMALL_CAPS_UPPER), timed at 20,000 and 80,000 spans;
#   - a .docx's picture left out without a word, a .md's picture read as
#     its alternative text's words: now both a '# review:' note naming it
#     (KH759), timed at 20,000 and 80,000 pictures and unclosed "![";
#   - a header `number: "Số:"` (the word alone) printed "Số: Số:/KH-UBND"
#     without a word: KH172, printed as the number left blank.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/fixlow25_docx.py" "$work/dx" ||
    not_ok "setup: fixlow25_docx.py could not write the documents"

FN='Theo Quyết định số 12/QĐ-UBND.'
EN='Nguồn: Chi cục Thống kê.'
CM='Xem lại số liệu.'
# notes NAME FOOTNOTE ENDNOTE COMMENT: the review notes of NAME's import
notes() {
    grep -qF "# review: footnote 1 after \"1. Nâng cao đời sống người dân\": $2 [KH759]" "$work/dx/$1.yaml" &&
        grep -qF "# review: endnote 1 after \"1. Nâng cao đời sống người dân\": $3 [KH759]" "$work/dx/$1.yaml" &&
        grep -qF "# review: comment 1 by Lê Văn B after \"1. Nâng cao đời sống người dân\": $4 [KH759]" "$work/dx/$1.yaml"
}
# numbered NAME: the list items of NAME read as numbered clauses (numbering
# found), not paragraphs
numbered() {
    grep -qF -- '- clause: Làm đường giao thông.' "$work/dx/$1.yaml" &&
        grep -qF -- '- clause: Sửa trường học.' "$work/dx/$1.yaml"
}
for name in renamed stale strict; do
    if imported "$name" && notes "$name" "$FN" "$EN" "$CM" && numbered "$name" &&
        ! grep -q 'cũ\.' "$work/dx/$name.yaml"; then
        ok "docx $name: notes, comments and numbering found through the relationships"
    else
        not_ok "docx $name: notes, comments and numbering found through the relationships"
        grep 'review: \(foot\|end\|comm\)\|clause: \(Làm\|Sửa\)\|para: \(Làm\|Sửa\)' \
            "$work/dx/$name.yaml" | sed 's/^/    | /'
    fi
done
for name in usual norels; do
    if imported "$name" && notes "$name" "$FN" "$EN" "$CM" && numbered "$name"; then
        ok "control: docx $name: the usual part names read"
    else
        not_ok "control: docx $name: the usual part names read"
    fi
done
# a relationship to a part that is not there: named in the note; the other
# notes, which the relationships do not name, from their usual parts
if imported gone && notes gone "(not in word/notes/none.xml)" "Nguồn cũ." "Ý kiến cũ."; then
    ok "control: docx gone: a named part missing is named, never replaced by the usual one"
else
    not_ok "control: docx gone: a named part missing is named, never replaced by the usual one"
    grep 'review:' "$work/dx/gone.yaml" | sed 's/^/    | /'
fi

# timed: n relationships, the notes' last; n/10 footnotes referred to
for n in 25000 100000; do
    /usr/bin/python3 "$(dirname "$0")/fixlow25_docx.py" "$work/dx" "$n" ||
        not_ok "setup: rels$n.docx"
    timed_case "docx of $n relationships and $((n / 10)) notes" \
        "$khgen" import --force -o "$work/dx/rels$n.yaml" "$work/dx/rels$n.docx"
    if [ "$(grep -c '# review: footnote [0-9]* after "[0-9]*\. Mục tiêu số [0-9]*": Chú thích [0-9]*\.' \
        "$work/dx/rels$n.yaml")" -eq 47 ] &&
        grep -q "# review: \.\.\. and $((n / 10 - 48)) more notes (" "$work/dx/rels$n.yaml"; then
        # a document's first 50 notes written (47 of these footnotes, after a
        # footnote, an endnote and a comment), the others counted in one
        # note: import's budget of notes (fixrev26.sh); all n/10 - 1 were
        # written before, each found in the part the relationships name
        ok "docx of $n relationships: every note's text found"
    else
        not_ok "docx of $n relationships: every note's text found"
    fi
done

# ---- convert: UTF-8 already -------------------------------------------------------
mkdir -p "$work/cv"
printf '\357\273\277plan: "Yên Thế"\n' >"$work/cv/bom.yaml"
printf '\357\273\277plan: "Yên The\314\202\314\201"\n' >"$work/cv/bomnfd.yaml"
printf 'plan: "Yên The\314\202\314\201"\n' >"$work/cv/nfd.yaml"
printf 'plan: "Yên Thế"\n' >"$work/cv/plain.yaml"
# converted NAME MESSAGE: NAME converted to NAME.out, exit 0, MESSAGE said,
# never "from UTF-8 to UTF-8", and the output the plain NFC text
converted() {
    "$khgen" convert "$work/cv/$1.yaml" -o "$work/cv/$1.out" 2>"$work/cv/$1.err" &&
        grep -qF "$2" "$work/cv/$1.err" && ! grep -q 'from UTF-8' "$work/cv/$1.err" &&
        cmp -s "$work/cv/$1.out" "$work/cv/plain.yaml"
}
if converted bom "'$work/cv/bom.yaml' was UTF-8 in NFC already; removed its byte order mark: $work/cv/bom.out"; then
    ok "convert: a UTF-8 file's byte order mark removed, and said so"
else
    not_ok "convert: a UTF-8 file's byte order mark removed, and said so"
    sed 's/^/    | /' "$work/cv/bom.err"
fi
if converted bomnfd "was UTF-8 already; removed its byte order mark and composed its letters in NFC"; then
    ok "convert: a UTF-8 file's byte order mark removed and its letters composed, and said so"
else
    not_ok "convert: a UTF-8 file's byte order mark removed and its letters composed, and said so"
    sed 's/^/    | /' "$work/cv/bomnfd.err"
fi
if converted nfd "was UTF-8 already; composed its letters in NFC"; then
    ok "convert: a decomposed UTF-8 file composed, and said so"
else
    not_ok "convert: a decomposed UTF-8 file composed, and said so"
    sed 's/^/    | /' "$work/cv/nfd.err"
fi
if converted plain "is already UTF-8 in NFC; copied as it is"; then
    ok "control: convert: UTF-8 in NFC copied as it is"
else
    not_ok "control: convert: UTF-8 in NFC copied as it is"
fi

# ---- the header's number: the word alone ---------------------------------------------
readme_base
# header_number VALUE WANT WARNED: the README's example with number: VALUE
# prints the header line WANT (no-break spaces and runs of spaces one
# space), with KH172 when WARNED is 1
header_number() {
    sed "s|^  number: \"\" .*|  number: $1|" "$work/p/ex.yaml" >"$work/p/n.yaml"
    rm -rf "$work/p/out"
    "$khgen" build -f md -o "$work/p/out" "$work/p/n.yaml" 2>"$work/p/n.err" || return 1
    # the line as printed, its no-break spaces and runs of spaces one space
    sed 's/\xc2\xa0/ /g; s/  */ /g' "$work/p/out/n.md" | grep -qxF "$2" || return 1
    if [ "$3" = 1 ]; then grep -q 'warning\[KH172\]' "$work/p/n.err"; else ! grep -q KH172 "$work/p/n.err"; fi
}
for v in '"Số:"' '"Số"' '"số :"'; do
    if header_number "$v" 'Số: /KH-UBND' 1; then
        ok "header number $v: printed as the number left blank, with KH172"
    else
        not_ok "header number $v: printed as the number left blank, with KH172"
        grep -m1 'Số' "$work/p/out/n.md" | sed 's/^/    | /'
    fi
done
if header_number '"Số 25"' 'Số: 25/KH-UBND' 1 && header_number '""' 'Số: /KH-UBND' 0 &&
    header_number '"Sổ"' 'Số: Sổ/KH-UBND' 0 && header_number '"Số25"' 'Số: 25/KH-UBND' 1; then
    ok "control: header numbers 'Số 25', '', 'Sổ', 'Số25'"
else
    not_ok "control: header numbers 'Số 25', '', 'Sổ', 'Số25'"
fi

# ---- diff: a link whose address alone changed -----------------------------------------
# para NAME TEXT: README's example with a paragraph TEXT, as $work/p/NAME.yaml
para() {
    edited "$1" '          - para: (Chi tiết theo' "          - para: $2
          - para: (Chi tiết theo"
}
para l1 '"Xem [trang hướng dẫn](https://a.gov.vn/x) tại đây."'
para l2 '"Xem [trang hướng dẫn](https://b.gov.vn/y) tại đây."'
para l3 '"Xem [trang tài liệu](https://b.gov.vn/y) tại đây."'
para l4 '"Xem **[trang hướng dẫn](https://a.gov.vn/x)** tại đây."'
"$khgen" diff --no-color "$work/p/l1.yaml" "$work/p/l2.yaml" >"$work/l12.term" 2>&1
st=$?
"$khgen" diff -f html "$work/p/l1.yaml" "$work/p/l2.yaml" >"$work/l12.html" 2>&1
if [ "$st" -eq 1 ] && grep -qxF 'Xem trang hướng dẫn tại đây.' "$work/l12.term" &&
    grep -qF 'liên kết: [-https://a.gov.vn/x-]{+https://b.gov.vn/y+}' "$work/l12.term" &&
    ! grep -q '](' "$work/l12.term" && ! grep -q '](' "$work/l12.html" &&
    grep -qF '<ins>https://b.gov.vn/y</ins>' "$work/l12.html"; then
    ok "diff: a link's address alone changed: its words once, the address's change after them"
else
    not_ok "diff: a link's address alone changed: its words once, the address's change after them"
    sed 's/^/    | /' "$work/l12.term" | head -12
fi
# controls: words and address (as session 23 shows them); emphasis alone
# (its marks, no address line); the same plan (nothing)
"$khgen" diff --no-color "$work/p/l1.yaml" "$work/p/l3.yaml" >"$work/l13.term" 2>&1
"$khgen" diff --no-color "$work/p/l1.yaml" "$work/p/l4.yaml" >"$work/l14.term" 2>&1
"$khgen" diff --no-color "$work/p/l1.yaml" "$work/p/l1.yaml" >"$work/l11.term" 2>&1
st=$?
if grep -qF 'Xem trang [-hướng dẫn-]{+tài liệu+} tại đây.' "$work/l13.term" &&
    grep -qF 'liên kết: [-https://a.gov.vn/x-]{+https://b.gov.vn/y+}' "$work/l13.term" &&
    grep -qF '**' "$work/l14.term" && ! grep -q 'liên kết' "$work/l14.term" && [ "$st" -eq 0 ]; then
    ok "control: diff of words and address, of emphasis alone, of the same plan"
else
    not_ok "control: diff of words and address, of emphasis alone, of the same plan"
    cat "$work/l13.term" "$work/l14.term" | sed 's/^/    | /' | head -20
fi

# ---- small capitals: one reading for the .docx and the .md -----------------------------
# mdplan NAME: stdin, a plan's body in Markdown, as $work/md/NAME.md with a
# header and a tail, imported into $work/md/NAME.yaml
mkdir -p "$work/md"
mdplan() {
    {
        printf '**ỦY BAN NHÂN DÂN**\n**HUYỆN YÊN THẾ**\n\nSố: /KH-UBND\n\n'
        printf '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n'
        printf '*Yên Thế, ngày 10 tháng 01 năm 2024*\n\n**KẾ HOẠCH**\n\n'
        printf '**Thực hiện nhiệm vụ năm 2024**\n\nCăn cứ tình hình thực tế của địa phương.\n\n'
        cat
        printf '\nTrên đây là Kế hoạch của UBND huyện./.\n\n**Nơi nhận:**\n- UBND tỉnh;\n- Lưu: VT.\n\n'
        printf '**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
    } >"$work/md/$1.md"
    "$khgen" import --force -o "$work/md/$1.yaml" "$work/md/$1.md" 2>"$work/md/$1.err"
}
printf '**I. MỤC TIÊU**\n\n1. Xây [đường thôn]{.smallcaps} mới.\n\n**II. NHIỆM VỤ**\n\n1. Làm đường.\n' |
    mdplan sc
printf '**I. MỤC TIÊU**\n\n1. Xây [đường **thôn** ư]{.smallcaps .x} và [cầu]{.underline}, [xã]{.smallcapsx}.\n\n**II. NHIỆM VỤ**\n\n1. Làm đường.\n' |
    mdplan sc2
imported smallcaps
if grep -qF -- '- clause: Xây ĐƯỜNG THÔN mới.' "$work/md/sc.yaml" &&
    grep -qF -- '- clause: Xây ĐƯỜNG THÔN mới.' "$work/dx/smallcaps.yaml"; then
    ok "small capitals read as capitals from the .md (pandoc's span) as from the .docx (w:smallCaps)"
else
    not_ok "small capitals read as capitals from the .md (pandoc's span) as from the .docx (w:smallCaps)"
    grep -h 'Xây' "$work/md/sc.yaml" "$work/dx/smallcaps.yaml" | sed 's/^/    | /'
fi
if grep -qF -- '- clause: Xây ĐƯỜNG **THÔN** Ư và cầu, xã.' "$work/md/sc2.yaml"; then
    ok "small capitals with emphasis inside; spans of other classes as typed"
else
    not_ok "small capitals with emphasis inside; spans of other classes as typed"
    grep -h 'Xây' "$work/md/sc2.yaml" | sed 's/^/    | /'
fi
# timed: a paragraph of n small-capital spans (n and 4n)
for n in 20000 80000; do
    /usr/bin/python3 -c "import sys; n=int(sys.argv[1]); print('**I. MỤC TIÊU**\n\n1. Xây ' + ' '.join(['[đường **thôn**]{.smallcaps}'] * n) + '.\n\n**II. NHIỆM VỤ**\n\n1. Làm.')" "$n" |
        mdplan "scn$n"
    timed_case "a paragraph of $n small-capital spans" "$khgen" import --force -o "$work/md/scn$n.yaml" "$work/md/scn$n.md"
done

# ---- pictures: one rule for the .docx and the .md ------------------------------------
imported picture
printf '**I. MỤC TIÊU**\n\n1. Xây đường.\n\n![Sơ đồ tuyến đường](media/image1.png){width="2.5in"}\n\n2. Ảnh ![logo](x.png) kèm.\n\n**II. NHIỆM VỤ**\n\n1. Làm đường.\n' |
    mdplan pic
PICNOTE='# review: a picture, which a plan has no place for: Sơ đồ tuyến đường'
if grep -qF "$PICNOTE [KH759]" "$work/dx/picture.yaml" &&
    grep -qF -- '- clause: Ảnh kèm.' "$work/dx/picture.yaml" &&
    grep -q "warning\[KH759\].* 1 picture or drawing" "$work/dx/picture.err"; then
    ok "docx: a picture named by its description in a review note (KH759), never left out without a word"
else
    not_ok "docx: a picture named by its description in a review note (KH759), never left out without a word"
    grep 'review\|Ảnh' "$work/dx/picture.yaml" | sed 's/^/    | /'
fi
if grep -qF "$PICNOTE (media/image1.png) [KH759]" "$work/md/pic.yaml" &&
    grep -qF '# review: a picture, which a plan has no place for: logo (x.png) [KH759]' "$work/md/pic.yaml" &&
    grep -qF -- '- clause: Ảnh kèm.' "$work/md/pic.yaml" && ! grep -q '!\[' "$work/md/pic.yaml" &&
    grep -q "pic.md:[0-9]*:1: warning\[KH759\].* 2 pictures or drawings" "$work/md/pic.err"; then
    ok "md: a picture named in a review note as from the .docx, its alternative text no words of the plan"
else
    not_ok "md: a picture named in a review note as from the .docx, its alternative text no words of the plan"
    grep 'review\|Ảnh\|!\[' "$work/md/pic.yaml" | sed 's/^/    | /'
fi
# a picture between code spans (one of two backticks holding one) taken,
# those in them kept; controls: a text box is a text box, an escaped
# picture text, a link a link
printf '**I. MỤC TIÊU**\n\n1. Mã `![a](b.png)` giữ ![c](d.png) bỏ ``x ` ![e](f)`` giữ.\n\n2. Dấu \\![c](d.png) giữ, [trang](https://a.vn) giữ.\n\n**II. NHIỆM VỤ**\n\n1. Làm đường.\n' |
    mdplan picx
if grep -qF '# review: a text box: Chữ trong hộp. [KH759]' "$work/dx/picture.yaml" &&
    [ "$(grep -c 'picture, which' "$work/md/picx.yaml")" -eq 1 ] &&
    grep -qF '# review: a picture, which a plan has no place for: c (d.png) [KH759]' "$work/md/picx.yaml" &&
    grep -qF -- '- clause: Mã `![a](b.png)` giữ bỏ ``x ` ![e](f)`` giữ.' "$work/md/picx.yaml" &&
    grep -qF '\![c](d.png)' "$work/md/picx.yaml" && grep -qF '[trang](https://a.vn)' "$work/md/picx.yaml"; then
    ok "a picture between code spans taken, those in them kept; a text box, an escaped picture, a link"
else
    not_ok "a picture between code spans taken, those in them kept; a text box, an escaped picture, a link"
    grep 'review\|Mã\|Dấu' "$work/dx/picture.yaml" "$work/md/picx.yaml" | sed 's/^/    | /'
fi
# timed: a paragraph of n pictures, and of n "![" never closed (n and 4n)
for n in 20000 80000; do
    /usr/bin/python3 -c "import sys; n=int(sys.argv[1]); print('**I. MỤC TIÊU**\n\n1. Xây ' + ' '.join(['![a](b.png)'] * n) + '.\n\n2. Mở ' + '![a]('  * n + '\n\n3. ' + '![' * n + ']\n\n**II. NHIỆM VỤ**\n\n1. Làm.')" "$n" |
        mdplan "picn$n"
    timed_case "a paragraph of $n pictures, $n unclosed" "$khgen" import --force -o "$work/md/picn$n.yaml" "$work/md/picn$n.md"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
