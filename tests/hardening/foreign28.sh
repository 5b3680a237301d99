#!/bin/sh
# tests/hardening/foreign28.sh KHGEN WORKDIR - what session 28 found
# importing plans khgen did not write, fifth round: Word and Markdown
# plans as a district office's staff make them (issue 8: never a silently
# wrong output):
#   - a Markdown plan from Typora or typed for GitHub, its header and its
#     signature in pipe tables ("| ỦY BAN NHÂN DÂN<br>**HUYỆN YÊN THẾ**<br>
#     Số: 125/KH-UBND | **CỘNG HÒA ...** |" over "| :---: | :---: |", a
#     header row alone as Typora writes a table of one row, or a 2x2 one):
#     the header's lines left out as KH761 comments, "HUYỆN YÊN THẾ" lost,
#     the place "<br>*Yên Thế", the signature and the recipients printed
#     as one bold line of pipes and tags, exit 0 (src/md_pandoc_tables.c
#     pipe_layout_table);
#   - a signature table of a row a line ("Nơi nhận:" beside "TM. ỦY BAN
#     NHÂN DÂN", each recipient beside a line of the signature) whose
#     recipients are typed with Word's en dash, "– UBND tỉnh;", or come
#     from pandoc as "\- UBND tỉnh;": read as the signer's name, "Nơi
#     nhận:" lost, no recipients, exit 0 (src/import.c
#     interleaved_signature);
#   - a title typed letter-spaced, "K Ế  H O Ạ C H" (to stand wide, or a
#     scanned plan's OCR): not found, the header guessed ("Địa danh",
#     "ỦY BAN NHÂN DÂN" as the title) above the document's own header read
#     as the body's paragraphs, exit 0 and no warning (src/import_head.c
#     is_mark);
#   - the header's place and date typed "Yên Thế, Ngày 15 Tháng 01 Năm
#     2024", "Yên Thế ngày 15 ..." (no comma) or "Yên Thế, ngày 15/01/2024",
#     its number "số: 125/KH-UBND": left out as KH761 comments, the header
#     printing "Địa danh, ngày ... tháng ... năm 2024" or no number
#     (src/import_head.c place_end, parse_number);
#   - the rules under the issuer and the motto drawn as lines (a VML line,
#     a DrawingML connector), as Word plans draw them: each "a picture,
#     which a plan has no place for", a KH759 warning telling the drafter
#     to add it by hand, on every such plan (src/docx_tree.c docx_picture);
#   - pandoc's Markdown of a Word plan, its "--" and "---" written for
#     Word's en and em dashes ("Tài chính -- Kế hoạch", "2021--2025", "--
#     UBND tỉnh;" opening a recipient's cell): printed as "--", the
#     recipients read "-- UBND tỉnh" (src/md_pandoc_inline.c dash_run);
#   - a plan typed in Unicode in an old template whose Normal style is
#     .VnTime, Word's runs split a word each: a run "Nâng " or "YÊU " alone,
#     its letters all Windows-1252 codes, decoded as TCVN3 beside the
#     Unicode runs around it, "Nõng cao", "YấU CẦU", "Cỏc", exit 0
#     (src/docx_vnfont.c docx_para_unicode);
#   - a Biểu's own signers under it ("NGƯỜI LẬP BIỂU" over a name,
#     "THỦ TRƯỞNG ĐƠN VỊ" over another) run into its note, "Ghi chú: ...
#     NGƯỜI LẬP BIỂU Nguyễn Thị Hoa THỦ TRƯỞNG ĐƠN VỊ Trần Văn Bình",
#     printed in italics under the table (src/import_tables.c signer_line);
#   - a signature typed as right-aligned paragraphs above "Nơi nhận:", no
#     table: run into the closing, "Trên đây ... ./. TM. ỦY BAN NHÂN DÂN
#     ... Trần Văn Bình", the plan unsigned (src/import.c above_recipients);
#   - (fuzzing) a totals row's cell of two lines, "2.230<br>**(ước)**",
#     quoted in its "# review:" comment with its line break: the lines
#     after it no comment, the imported plan did not load (KH005)
#     (src/import_attrows.c read_totals);
#   - Obsidian's marks: a link to a note, "[[Nghị quyết 15|Nghị quyết số
#     15/NQ-HĐND]]", printed with its brackets, file name and bar; a
#     comment, "%%nháp: xem lại%%" or lines between two "%%", printed in
#     the issued plan (src/md_pandoc_inline.c wikilink, obsidian_comment).
# The .docx are made at test time by foreign28_docx.py (python-docx).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/md"
/usr/bin/python3 "$(dirname "$0")/foreign28_docx.py" "$work/dx" ||
    not_ok "setup: foreign28_docx.py could not write the documents"

# md_imported NAME: $work/md/NAME.md imported and built as Markdown into
# $work/dx/NAME.md, which `has` reads (diagnostics in $work/dx/NAME.err)
md_imported() {
    rm -f "$work/dx/$1.md" "$work/dx/$1.yaml"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/md/$1.md" 2>"$work/dx/$1.err" &&
        "$khgen" build -f md -o "$work/dx" "$work/dx/$1.yaml" >/dev/null 2>>"$work/dx/$1.err"
}

# the body every Markdown plan here shares
body() {
    cat <<'EOF'

**KẾ HOẠCH**

**Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:

## I. MỤC ĐÍCH, YÊU CẦU

- Nâng cao đời sống vật chất và tinh thần của Nhân dân.

## II. TỔ CHỨC THỰC HIỆN

Phòng Tài chính - Kế hoạch chủ trì, hoàn thành trước ngày 30/6/2024.

Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.

EOF
}

# (a plain "ỦY BAN NHÂN DÂN" over a bold "HUYỆN YÊN THẾ" is one name, the
# issuer's, printed bold since session 30: it was read as the body above the
# issuer, and the signature's "TM. ỦY BAN NHÂN DÂN" told to name the place)
HEAD='**ỦY BAN NHÂN DÂN**  |**HUYỆN YÊN THẾ**  |Số: 125/KH-UBND|**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  |**Độc lập - Tự do - Hạnh phúc**|*Yên Thế, ngày 15 tháng 01 năm 2024*|**KẾ HOẠCH**  |'
head_is() { # NAME: the built plan begins with the header as the document has it
    grep -v '^$' "$work/dx/$1.md" 2>/dev/null | head -7 | tr '\n' '|' | grep -q -F "$HEAD"
}

# ---- pipe tables laying out the header and the signature -----------------------------
{
    echo '| ỦY BAN NHÂN DÂN<br>**HUYỆN YÊN THẾ**<br>Số: 125/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Yên Thế, ngày 15 tháng 01 năm 2024* |'
    echo '| :---: | :---: |'
    body
    echo '| ***Nơi nhận:***<br>- UBND tỉnh Bắc Giang (b/c);<br>- TT Huyện ủy, TT HĐND huyện (b/c);<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Trần Văn Bình** |'
    echo '| --- | :---: |'
} >"$work/md/typora.md"
{
    echo '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |'
    echo '|:---:|:---:|'
    echo '| **HUYỆN YÊN THẾ** | **Độc lập - Tự do - Hạnh phúc** |'
    echo '| Số: 125/KH-UBND | *Yên Thế, ngày 15 tháng 01 năm 2024* |'
    body
    echo '| ***Nơi nhận:*** | **TM. ỦY BAN NHÂN DÂN** |'
    echo '|---|:---:|'
    echo '| - UBND tỉnh Bắc Giang (b/c); | **KT. CHỦ TỊCH** |'
    echo '| - TT Huyện ủy, TT HĐND huyện (b/c); | **PHÓ CHỦ TỊCH** |'
    echo '| - Lưu: VT. | |'
    echo '| | **Trần Văn Bình** |'
} >"$work/md/pipe2x2.md"
SIG='***Nơi nhận:***|- UBND tỉnh Bắc Giang (b/c);|- TT Huyện ủy, TT HĐND huyện (b/c);|- Lưu: VT.|**TM. ỦY BAN NHÂN DÂN**  |**KT. CHỦ TỊCH**  |**PHÓ CHỦ TỊCH**  |**Trần Văn Bình**|'
sig_is() { # NAME: the built plan ends with the recipients and the signature
    grep -v '^$' "$work/dx/$1.md" 2>/dev/null | tail -8 | tr '\n' '|' | grep -q -F "$SIG"
}
for name in typora pipe2x2; do
    md_imported $name
    if head_is $name && sig_is $name && ! grep -q 'KH76[01]\|KH160' "$work/dx/$name.err" &&
        ! grep -q '<br>\||' "$work/dx/$name.md"; then
        ok "$name: the header and the signature laid out in pipe tables read as the header and the signature"
    else
        not_ok "$name: $(grep -v '^$' "$work/dx/$name.md" 2>/dev/null | sed -n '1,7p;$p' | tr '\n' '|') $(head -c 300 "$work/dx/$name.err")"
    fi
done

# bold over a cell's "<br>": each line of it bold, no stars printed
{
    echo '| ỦY BAN NHÂN DÂN<br>**HUYỆN YÊN THẾ<br>PHÒNG NÔNG NGHIỆP**<br>Số: 125/KH-UBND (*) | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc**<br>*Yên Thế, ngày 15 tháng 01 năm 2024* |'
    echo '| :---: | :---: |'
    body
} >"$work/md/typorabold.md"
md_imported typorabold
if has typorabold 'ỦY BAN NHÂN DÂN  ' '**HUYỆN YÊN THẾ**  ' '**PHÒNG NÔNG NGHIỆP**  ' &&
    has typorabold '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ' '**Độc lập - Tự do - Hạnh phúc**' &&
    ! grep -q '\\\*\\\*' "$work/dx/typorabold.md" && grep -q '^Số: 125/KH-UBND (\\\*)$' "$work/dx/typorabold.md"; then
    ok "bold over a pipe cell's '<br>' read as bold lines, no stars printed"
else
    not_ok "bold over '<br>': $(grep -v '^$' "$work/dx/typorabold.md" 2>/dev/null | head -6 | tr '\n' '|') $(head -c 300 "$work/dx/typorabold.err")"
fi

# guard: a table of data of two columns, a cell of two lines, stays a table
{
    echo '| ỦY BAN NHÂN DÂN<br>**HUYỆN YÊN THẾ**<br>Số: 125/KH-UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Yên Thế, ngày 15 tháng 01 năm 2024* |'
    echo '| :---: | :---: |'
    body | sed '/^## II/,$d'
    printf '%s\n' '| Nội dung | Số lượng |' '|---|---:|' '| Đường giao thông<br>(km) | 12,5 |' '| Nhà văn hóa | 3 |' ''
    body | sed -n '/^## II/,$p'
} >"$work/md/datatable.md"
md_imported datatable
if has datatable '| Nội dung | Số lượng |' '|---|---:|' '| Đường giao thông<br>(km) | 12,5 |' '| Nhà văn hóa | 3 |'; then
    ok "guard: a table of data of two columns, a cell of two lines, read as a table"
else
    not_ok "guard: a table of data of two columns: $(grep -n 'Nội dung\|Đường\|Nhà văn' "$work/dx/datatable.md" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/datatable.err")"
fi

# ---- recipients beside the signature's lines, a row a line ------------------------------
for name in sigrows sigrows_dash; do
    imported $name
    if has $name '***Nơi nhận:***' '- UBND tỉnh Bắc Giang (b/c);' '- TT Huyện ủy, TT HĐND huyện (b/c);' '- Lưu: VT.' \
        '**TM. ỦY BAN NHÂN DÂN**  ' '**KT. CHỦ TỊCH**  ' '**PHÓ CHỦ TỊCH**  ' && has $name '**Trần Văn Bình**'; then
        ok "$name: recipients beside the signature's lines, a table row a line, read as the recipients$([ $name = sigrows_dash ] && echo ' (control)')"
    else
        not_ok "$name: $(sed -n '/^recipients/,$p;/^signature/,$p' "$work/dx/$name.yaml" 2>/dev/null | head -14 | tr '\n' '|') $(head -c 300 "$work/dx/$name.err")"
    fi
done
{
    printf '%s\n\n' 'ỦY BAN NHÂN DÂN' '**HUYỆN YÊN THẾ**' 'Số: 125/KH-UBND' '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' \
        '**Độc lập - Tự do - Hạnh phúc**' '*Yên Thế, ngày 15 tháng 01 năm 2024*'
    body
    printf '%s\n\n' '***Nơi nhận:***' '**TM. ỦY BAN NHÂN DÂN**' '\- UBND tỉnh Bắc Giang (b/c);' '**KT. CHỦ TỊCH**' \
        '\- TT Huyện ủy, TT HĐND huyện (b/c);' '**PHÓ CHỦ TỊCH**' '\- Lưu: VT.' '**Trần Văn Bình**'
} >"$work/md/pandocsig.md"
md_imported pandocsig
if sig_is pandocsig; then
    ok "pandoc's '\\- UBND tỉnh;' beside the signature's lines read as the recipients"
else
    not_ok "pandoc's '\\-' recipients: $(sed -n '/^recipients/,$p;/^signature/,$p' "$work/dx/pandocsig.yaml" 2>/dev/null | head -14 | tr '\n' '|') $(head -c 300 "$work/dx/pandocsig.err")"
fi

# ---- a title typed letter-spaced ----------------------------------------------------------
for name in spaced spaced1; do
    imported $name
    if head_is $name && grep -q '^  place: Yên Thế$' "$work/dx/$name.yaml" &&
        grep -q '^  title: Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {year}$' "$work/dx/$name.yaml" &&
        ! grep -q 'Địa danh\|^  - para: "\*\*HUYỆN' "$work/dx/$name.yaml"; then
        ok "$name: the title typed letter-spaced, 'K Ế  H O Ạ C H', read as the plan's 'KẾ HOẠCH'"
    else
        not_ok "$name: $(sed -n '/^header/,/^  title/p' "$work/dx/$name.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/$name.err")"
    fi
done
{
    printf '%s\n\n' 'ỦY BAN NHÂN DÂN' '**HUYỆN YÊN THẾ**' 'Số: 125/KH-UBND' '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' \
        '**Độc lập - Tự do - Hạnh phúc**' '*Yên Thế, ngày 15 tháng 01 năm 2024*'
    body | sed 's/^\*\*KẾ HOẠCH\*\*$/**K Ế  H O Ạ C H**/'
} >"$work/md/spacedmd.md"
md_imported spacedmd
if head_is spacedmd && grep -q '^  place: Yên Thế$' "$work/dx/spacedmd.yaml"; then
    ok "a .md's '**K Ế  H O Ạ C H**' read as the plan's 'KẾ HOẠCH'"
else
    not_ok "a .md's spaced title: $(sed -n '/^header/,/^  title/p' "$work/dx/spacedmd.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/spacedmd.err")"
fi
# guard: "KẾ HOẠCH" spelled out among other words is no title
{
    printf '%s\n\n' 'ỦY BAN NHÂN DÂN' 'Số: 125/KH-UBND' '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' \
        '*Yên Thế, ngày 15 tháng 01 năm 2024*' 'K Ế H O Ạ C H S Ố 2' '**KẾ HOẠCH**' 'Thực hiện nhiệm vụ năm 2024'
    body | sed '1,5d'
} >"$work/md/notspaced.md"
md_imported notspaced
if grep -q '^  title: Thực hiện nhiệm vụ năm {year}$' "$work/dx/notspaced.yaml" 2>/dev/null &&
    grep -q 'K Ế H O Ạ C H S Ố 2' "$work/dx/notspaced.yaml"; then
    ok "guard: 'K Ế H O Ạ C H S Ố 2' is no title, the one under it is"
else
    not_ok "guard: 'K Ế H O Ạ C H S Ố 2': $(sed -n '/^header/,/^  title/p' "$work/dx/notspaced.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/notspaced.err")"
fi

# ---- the place and date, the number, as staff type them ----------------------------------
for name in date_caps date_nocomma date_slash so_lower; do
    imported $name
    if grep -q '^  number: "125"$' "$work/dx/$name.yaml" 2>/dev/null &&
        grep -q '^  place: Yên Thế$' "$work/dx/$name.yaml" && grep -q '^  date: 2024-01-15$' "$work/dx/$name.yaml" &&
        ! grep -q 'KH761' "$work/dx/$name.err"; then
        ok "$name: the header's number, place and date read as typed"
    else
        not_ok "$name: $(sed -n '/^header/,/^  title/p' "$work/dx/$name.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/$name.err")"
    fi
done
# guard: "DỰ THẢO ngày ..." above the issuer is a mark, not the place and date
imported date_draft
if grep -q '^  place: Yên Thế$' "$work/dx/date_draft.yaml" 2>/dev/null &&
    grep -q '^  date: 2024-01-15$' "$work/dx/date_draft.yaml" && grep -q 'KH761' "$work/dx/date_draft.err"; then
    ok "guard: 'DỰ THẢO ngày 10 tháng 01 năm 2024' above the issuer is no place and date (KH761)"
else
    not_ok "guard: 'DỰ THẢO ngày ...': $(sed -n '/^header/,/^  title/p' "$work/dx/date_draft.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/date_draft.err")"
fi

# ---- the rules under the issuer and the motto, drawn as lines ------------------------------
imported rules
if head_is rules && ! grep -q 'KH759' "$work/dx/rules.err" && ! grep -q 'picture' "$work/dx/rules.yaml"; then
    ok "rules drawn under the issuer and the motto (a VML line, a connector) are no pictures to add by hand"
else
    not_ok "rules drawn as lines: $(grep 'picture' "$work/dx/rules.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/rules.err")"
fi
imported seal # guard: a picture is still one
if head_is seal && [ "$(grep -c 'a picture, which a plan has no place for' "$work/dx/seal.yaml")" = 1 ] &&
    grep -q 'KH759.*1 picture\|KH759' "$work/dx/seal.err"; then
    ok "guard: the seal's picture in the signature is still a picture (KH759), the rules beside it none"
else
    not_ok "guard: the seal's picture: $(grep 'picture' "$work/dx/seal.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/seal.err")"
fi

# ---- pandoc's "--" and "---": Word's en and em dashes -----------------------------------
cat >"$work/md/pandash.md" <<'EOF'
+-----------------------------------+-----------------------------------+
| ỦY BAN NHÂN DÂN                   | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |
|                                   | NAM**                             |
| **HUYỆN YÊN THẾ**                 |                                   |
|                                   | **Độc lập - Tự do - Hạnh phúc**   |
+===================================+===================================+
| Số: 125/KH-UBND                   | *Yên Thế, ngày 15 tháng 01 năm    |
|                                   | 2024*                             |
+-----------------------------------+-----------------------------------+

**KẾ HOẠCH**

**Thực hiện nhiệm vụ giai đoạn 2021--2025**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

UBND huyện Yên Thế xây dựng Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Phòng Tài chính -- Kế hoạch chủ trì --- theo đúng tiến độ.

**II. TỔ CHỨC THỰC HIỆN**

Mã `a -- b` giữ nguyên; a--b giữ nguyên.

Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên
Thế./.

  -----------------------------------------------------------------------
  ***Nơi nhận:***                     **TM. ỦY BAN NHÂN DÂN**
  ----------------------------------- -----------------------------------
  -- UBND tỉnh Bắc Giang (b/c);       **KT. CHỦ TỊCH**

  -- TT Huyện ủy, TT HĐND huyện       **PHÓ CHỦ TỊCH**
  (b/c);                              

  -- Lưu: VT.                         

                                      

                                      **Trần Văn Bình**
  -----------------------------------------------------------------------
EOF
md_imported pandash
if has pandash 'Phòng Tài chính – Kế hoạch chủ trì — theo đúng tiến độ.' &&
    grep -q '^  title: Thực hiện nhiệm vụ giai đoạn 2021–2025$' "$work/dx/pandash.yaml" && sig_is pandash &&
    has pandash 'Mã `a -- b` giữ nguyên; a--b giữ nguyên.'; then
    ok "pandoc's '--' and '---' read as the en and em dashes it writes them for, in the text and opening a recipient's cell"
else
    not_ok "pandoc's dashes: $(grep -n 'Kế hoạch chủ\|2021\|UBND tỉnh\|giữ' "$work/dx/pandash.md" "$work/dx/pandash.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/pandash.err")"
fi
# guard: a table's cell of "--" alone, its delimiter row, a rule, an HTML comment
printf '%s\n' '**KẾ HOẠCH**' '' 'Thực hiện nhiệm vụ năm 2024' '' 'Căn cứ Luật.' '' 'UBND huyện xây dựng Kế hoạch như sau:' '' \
    '| Xã | Diện tích |' '|---|---|' '| Đồng Hưu | -- |' '| Tân Hiệp | 5 |' '' '<!-- ghi chú -- nội bộ -->' '' '---' '' \
    'Trên đây là Kế hoạch./.' >"$work/md/dashguard.md"
md_imported dashguard
if has dashguard '| Xã | Diện tích |' '|---|---|' '| Đồng Hưu | -- |' '| Tân Hiệp | 5 |' &&
    ! grep -q '–\|—\|ghi chú' "$work/dx/dashguard.md"; then
    ok "guard: a cell of '--' alone, a delimiter row, a rule and an HTML comment keep their hyphens"
else
    not_ok "guard: hyphens kept: $(grep -n 'Xã\|Đồng\|–\|—\|ghi' "$work/dx/dashguard.md" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/dashguard.err")"
fi

# ---- Unicode typed in an old template's .VnTime, a run a word ------------------------------
imported vnruns
if has vnruns '**I. MỤC ĐÍCH, YÊU CẦU**' '- Nâng cao đời sống vật chất và tinh thần của Nhân dân.' &&
    has vnruns '- Nhân dân tham gia; các xã, thị trấn phối hợp.' '- Xây dựng đường thôn Tân Lập.'; then
    ok "Unicode typed in the Normal style's .VnTime, a run a word, read as typed; a TCVN3 paragraph beside it decoded"
else
    not_ok "Unicode in .VnTime runs: $(grep -n 'Nõng\|Nhõn\|YấU\|Cỏc\|Tân Lập\|T©n\|MỤC' "$work/dx/vnruns.md" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/vnruns.err")"
fi

# ---- a Biểu's own signers under its note ---------------------------------------------------
imported bieusigners
if grep -q '^    note: "Ghi chú: Số liệu tính đến ngày 31/12/{year}."$\|^    note: "Ghi chú: Số liệu tính đến ngày 31/12/2023."$' "$work/dx/bieusigners.yaml" 2>/dev/null &&
    grep -q 'KH762' "$work/dx/bieusigners.err" && grep -q '^# review: .*NGƯỜI LẬP BIỂU' "$work/dx/bieusigners.yaml" &&
    ! grep -q 'Ghi chú.*NGƯỜI' "$work/dx/bieusigners.md"; then
    ok "a Biểu's own signers under its note said (KH762), not run into the note"
else
    not_ok "a Biểu's signers: $(grep -n 'note:\|NGƯỜI' "$work/dx/bieusigners.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/bieusigners.err")"
fi

# ---- the signature typed above "Nơi nhận", no table ---------------------------------------
imported sigabove
if grep -q '^closing: Trên đây là Kế hoạch thực hiện nhiệm vụ năm {year} của UBND huyện Yên Thế./.$' "$work/dx/sigabove.yaml" 2>/dev/null &&
    has sigabove '**TM. ỦY BAN NHÂN DÂN**  ' '**KT. CHỦ TỊCH**  ' '**PHÓ CHỦ TỊCH**  ' &&
    grep -q '^  name: Trần Văn Bình$' "$work/dx/sigabove.yaml" && ! grep -q 'KH160' "$work/dx/sigabove.err"; then
    ok "a signature typed above 'Nơi nhận:' read as the signature, not run into the closing"
else
    not_ok "signature above 'Nơi nhận:': $(sed -n '/^closing/,$p' "$work/dx/sigabove.yaml" 2>/dev/null | head -12 | tr '\n' '|') $(head -c 300 "$work/dx/sigabove.err")"
fi

# ---- a totals row's cell of two lines, quoted in a review comment ---------------------------
printf '%s\n' '**KẾ HOẠCH**' '' 'Thực hiện nhiệm vụ năm 2024' '' 'Căn cứ Luật.' '' 'UBND huyện xây dựng Kế hoạch như sau:' '' \
    '**I. NHIỆM VỤ**' '' '| STT | Đơn vị | Diện tích |' '|---|---|---|' '| 1 | Xã A | 1.250 |' '| 2 | Xã B | 980 |' \
    '| | Tổng cộng | 2.230<br>**(ước)** |' '' 'Trên đây là Kế hoạch./.' >"$work/md/totallines.md"
md_imported totallines
if "$khgen" check "$work/dx/totallines.yaml" >/dev/null 2>"$work/dx/totallines.check" &&
    grep -q '^ *# review: the last row, "Tổng cộng", .*"2.230 \*\*(ước)\*\*", is not a number$' "$work/dx/totallines.yaml"; then
    ok "a totals row's cell of two lines quoted on one comment line: the plan loads"
else
    not_ok "a totals cell of two lines: $(grep -n -A1 'review: the last' "$work/dx/totallines.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/totallines.check")"
fi

# ---- Obsidian's links to notes and comments ----------------------------------------------------
{
    printf '%s\n\n' 'ỦY BAN NHÂN DÂN' '**HUYỆN YÊN THẾ**' 'Số: 125/KH-UBND' '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' \
        '**Độc lập - Tự do - Hạnh phúc**' '*Yên Thế, ngày 15 tháng 01 năm 2024*'
    printf '%s\n' '**KẾ HOẠCH**' '' '**Thực hiện nhiệm vụ năm 2024**' '' \
        '*Căn cứ [[Nghị quyết 15-2023|Nghị quyết số 15/NQ-HĐND]] ngày 20/12/2023 của HĐND huyện;*' '' \
        'UBND huyện Yên Thế xây dựng Kế hoạch như sau: %%nháp: xem lại%%' '' '## I. MỤC ĐÍCH, YÊU CẦU' '' \
        'Số liệu theo [[Báo cáo 2023]]; đạt 100%% kế hoạch, tăng 5%% so với năm trước.' '' '%%' \
        'Phần này còn bàn: ngân sách 2.000 triệu đồng.' '%%' '' '## II. TỔ CHỨC THỰC HIỆN' '' \
        'Phòng Tài chính - Kế hoạch chủ trì.' '' 'Trên đây là Kế hoạch của UBND huyện Yên Thế./.'
} >"$work/md/obsidian.md"
md_imported obsidian
if has obsidian '*Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND huyện;*' &&
    has obsidian 'UBND huyện Yên Thế xây dựng Kế hoạch như sau:' &&
    has obsidian 'Số liệu theo Báo cáo 2023; đạt 100%% kế hoạch, tăng 5%% so với năm trước.' &&
    ! grep -q 'nháp\|Phần này\|\[\[\|\\\[' "$work/dx/obsidian.md"; then
    ok "Obsidian's links to notes read as their alias or name, its comments (on a line, between lines '%%') as nothing; '100%%' kept"
else
    not_ok "Obsidian's marks: $(grep -n 'Nghị quyết\|nháp\|Phần này\|Báo cáo\|như sau' "$work/dx/obsidian.md" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/obsidian.err")"
fi

# ---- timed: pipe tables, spaced letters ----------------------------------------------------
/usr/bin/python3 - "$work/md" <<'PY'
import sys
d = sys.argv[1]
# (5,000 and 20,000 tables: 40,000 passed the 200,000 paragraphs of
# KH752 and timed a refusal, 1.10 s of the release build's second under
# load: lead31)
for name, n in (('pipes1', 5000), ('pipes4', 20000)):
    with open('%s/%s.md' % (d, name), 'w', encoding='utf-8') as f:
        f.write('**KẾ HOẠCH**\n\nCăn cứ Luật.\n\n')
        f.write('| TM. a<br>b | c |\n| --- | --- |\n| d | e |\n\n' * n)
# (5,000 and 20,000 rows: 80,000 took 0.91 s of the release build's
# second on an idle machine, and failed on a slower one: lead29; 40,000
# 1.24 s under load: lead31)
for name, n in (('rows1', 5000), ('rows4', 20000)):
    with open('%s/%s.md' % (d, name), 'w', encoding='utf-8') as f:
        f.write('**KẾ HOẠCH**\n\nCăn cứ Luật.\n\n| TM. a<br>b | c |\n| --- | --- |\n' + '| Số: 1<br>2 | e |\n' * n)
for name, n in (('dashes1', 100000), ('dashes4', 400000)):
    with open('%s/%s.md' % (d, name), 'w', encoding='utf-8') as f:
        f.write('**KẾ HOẠCH**\n\nCăn cứ Luật.\n\n' + 'a -- b 1--2 `c -- d` ' * (n // 4) + '\n')
for name, n in (('letters1', 100000), ('letters4', 400000)):
    with open('%s/%s.md' % (d, name), 'w', encoding='utf-8') as f:
        f.write('K Ế ' * n + '\n\n' + ('K Ế H O Ạ C H\n\n' * 30) + 'Căn cứ Luật.\n')
PY
ratio_case() { # NAME SMALL LARGE: import of each (scaling_case: 4n within 6 times n)
    scaling_case "$1" "$timed" import -o - "$work/md/$2.md" -- "$timed" import -o - "$work/md/$3.md"
}
ratio_case "T1: 5,000 pipe tables laying out a signature, each after a blank line" pipes1 pipes4
ratio_case "T2: a pipe table of a signature's layout, 5,000 rows" rows1 rows4
ratio_case "T3: a paragraph of 100,000 spaced letters above 30 spaced titles" letters1 letters4
ratio_case "T4: a paragraph of 100,000 ' -- ' and '1--2'" dashes1 dashes4

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
