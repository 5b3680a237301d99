#!/bin/sh
# tests/hardening/foreign29.sh KHGEN WORKDIR - what session 29 found
# importing plans khgen did not write, sixth round, and session 28's
# import MEDIUMs (issue 8: never a silently wrong output):
#   - a joint plan (kế hoạch liên tịch: "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU" over
#     "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ", two signers' blocks side by
#     side, "TM. BAN THƯỜNG TRỰC UBMTTQ XÃ" beside "TM. ỦY BAN NHÂN DÂN"):
#     read as one signature, the second signer's lines under the first's
#     name, or two "TM." lines over two titles, no word said; the header's
#     first body read as the body above the issuer (src/import.c
#     joint_signature, src/import_signer.c imp_joint_signers). A plan's
#     signature is one signer's (README, the plan language): the issuer's
#     is imported, the other's lines a review comment and KH759;
#   - the header's lines in a Word text box (the number, the whole header):
#     one review note, the number blank or the issuer, place and date
#     guessed (src/import_docx.c read_boxes);
#   - a Markdown plan with YAML front matter: a KH761 a line, its closing
#     "---" read as a setext heading's (src/md_front.c);
#   - LibreOffice's "Save as Text" of a Biểu whose heading is two rows of
#     merged cells: its rows 21 KH762 comments, not the table's
#     (src/import_txtcells.c two_row_heading).
# The .docx are made at test time by foreign29_docx.py (python-docx).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/md"
/usr/bin/python3 "$(dirname "$0")/foreign29_docx.py" "$work/dx" ||
    not_ok "setup: foreign29_docx.py could not write the documents"

# text_imported NAME EXT: $work/md/NAME.EXT imported and built as Markdown
# into $work/dx/NAME.md (diagnostics in $work/dx/NAME.err)
text_imported() {
    rm -f "$work/dx/$1.md" "$work/dx/$1.yaml"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/md/$1.$2" 2>"$work/dx/$1.err" &&
        "$khgen" build -f md -o "$work/dx" "$work/dx/$1.yaml" >/dev/null 2>>"$work/dx/$1.err"
}
# checked NAME: `khgen check` of the imported plan says no error nor KH166
checked() {
    "$khgen" check "$work/dx/$1.yaml" >"$work/dx/$1.check" 2>&1 && ! grep -q 'KH166' "$work/dx/$1.check"
}

# (a plain "ỦY BAN NHÂN DÂN" over a bold "HUYỆN YÊN THẾ" is one name, the
# issuer's, printed bold since session 30: it was read as the body above the
# issuer, and the signature's "TM. ỦY BAN NHÂN DÂN" told to name the place)
HEAD='**ỦY BAN NHÂN DÂN**  |**HUYỆN YÊN THẾ**  |Số: 125/KH-UBND|**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  |**Độc lập - Tự do - Hạnh phúc**|*Yên Thế, ngày 15 tháng 01 năm 2024*|**KẾ HOẠCH**  |'
head_is() { # NAME: the built plan begins with the header as the document has it
    grep -v '^$' "$work/dx/$1.md" 2>/dev/null | head -7 | tr '\n' '|' | grep -q -F "$HEAD"
}

# ---- MEDIUM 1: a joint plan's two signers -------------------------------------------------
LEFT='TM. BAN THƯỜNG TRỰC UBMTTQ XÃ / CHỦ TỊCH / Nguyễn Văn An'
for name in joint joint_rows; do
    imported $name
    if has $name '**ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU**  ' '**BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ**  ' \
        'Số: 12/KHLT-UBND-MTTQ' &&
        has $name '***Nơi nhận:***' '- UBND huyện Yên Thế (b/c);' '- Lưu: VT.' '**TM. ỦY BAN NHÂN DÂN**  ' \
            '**CHỦ TỊCH**  ' '**Trần Văn Bình**' &&
        ! grep -q 'Nguyễn Văn An' "$work/dx/$name.md" &&
        grep -q "^# review: a joint plan signed by 2, .*the others' lines: $LEFT$" "$work/dx/$name.yaml" &&
        grep -q 'warning\[KH759\]: a joint plan signed by 2' "$work/dx/$name.err" && checked $name; then
        ok "$name: a joint plan's signers side by side: the issuer's imported, the other's lines a review comment (KH759)"
    else
        not_ok "$name: $(sed -n '/^header/,/^  number/p;/^recipients/,$p' "$work/dx/$name.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/$name.err") $(head -c 300 "$work/dx/$name.check" 2>/dev/null)"
    fi
done
imported joint_nomatch
if grep -q '^    - TM. HỘI NÔNG DÂN XÃ$' "$work/dx/joint_nomatch.yaml" &&
    grep -q '^  name: Phạm Thị Dung$' "$work/dx/joint_nomatch.yaml" &&
    grep -q "^# review: a joint plan .*: TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / Lê Văn Cường$" "$work/dx/joint_nomatch.yaml"; then
    ok "joint plan, no 'TM.' naming the header's first line: the right signer (ND30's lead body) imported, the left named"
else
    not_ok "joint plan, no 'TM.' naming the header: $(sed -n '/^# review: a joint/,$p' "$work/dx/joint_nomatch.yaml" 2>/dev/null | tr '\n' '|')"
fi
# guard: one signer ("TM." over "KT." over the deputy) is no joint plan
imported tb_draft
if ! grep -q 'joint' "$work/dx/tb_draft.yaml" "$work/dx/tb_draft.err" &&
    grep -q '^    - TM. ỦY BAN NHÂN DÂN$' "$work/dx/tb_draft.yaml" && grep -q '^    - KT. CHỦ TỊCH$' "$work/dx/tb_draft.yaml"; then
    ok "guard: one signer's 'TM.' over 'KT.' is no joint plan"
else
    not_ok "guard: one signer: $(sed -n '/^signature/,$p' "$work/dx/tb_draft.yaml" 2>/dev/null | tr '\n' '|')"
fi

# ---- MEDIUM 2: the header in a text box ------------------------------------------------------
imported tb_so
if head_is tb_so && grep -q '^  number: "125"$' "$work/dx/tb_so.yaml" && ! grep -q 'KH759' "$work/dx/tb_so.err"; then
    ok "the number 'Số: 125/KH-UBND' in a text box read as the header's number"
else
    not_ok "'Số:' in a text box: $(sed -n '/^header/,/^  title/p' "$work/dx/tb_so.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/tb_so.err")"
fi
for name in tb_whole tb_whole_vml; do
    imported $name
    if head_is $name && grep -q '^  place: Yên Thế$' "$work/dx/$name.yaml" &&
        grep -q '^  date: 2024-01-15$' "$work/dx/$name.yaml" && ! sed -n '1,/^bases/p' "$work/dx/$name.yaml" | grep -q '^ *# review:' &&
        ! grep -q 'KH759' "$work/dx/$name.err"; then
        ok "$name: the whole header in a text box$([ $name = tb_whole_vml ] && echo ' (VML)') read as the header"
    else
        not_ok "$name: $(sed -n '/^header/,/^  title/p' "$work/dx/$name.yaml" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/$name.err")"
    fi
done
if head_is tb_draft && grep -q '# review: a text box: Dự thảo lần 2 \[KH759\]' "$work/dx/tb_draft.yaml"; then
    ok "guard: a text box of other words ('Dự thảo lần 2') stays a review note"
else
    not_ok "guard: a text box of other words: $(grep -n 'Dự thảo' "$work/dx/tb_draft.yaml" | tr '\n' '|')"
fi

# ---- MEDIUM 3: YAML front matter ---------------------------------------------------------------
body() {
    printf '%s\n\n' 'ỦY BAN NHÂN DÂN' '**HUYỆN YÊN THẾ**' 'Số: 125/KH-UBND' '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' \
        '**Độc lập - Tự do - Hạnh phúc**' '*Yên Thế, ngày 15 tháng 01 năm 2024*' '**KẾ HOẠCH**' \
        '**Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024**' \
        '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*' \
        'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:' '## I. MỤC ĐÍCH, YÊU CẦU' \
        '- Nâng cao đời sống vật chất và tinh thần của Nhân dân.' \
        'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.'
}
{
    printf '%s\n' '---' 'title: "Kế hoạch thực hiện nhiệm vụ năm 2024"' 'author: Phòng Tài chính - Kế hoạch' \
        'date: 2024-01-15' 'tags:' '  - kế hoạch' '---' ''
    body
} >"$work/md/front.md"
text_imported front md
if head_is front && [ "$(grep -c 'KH761' "$work/dx/front.err")" -eq 1 ] &&
    grep -q 'front.md:1:1: warning\[KH761\]: the front matter' "$work/dx/front.err" &&
    grep -q "^# review: the Markdown's front matter, metadata that no reader prints: title: \"Kế hoạch thực hiện nhiệm vụ năm 2024\"; author: Phòng Tài chính - Kế hoạch; date: 2024-01-15; tags:; - kế hoạch \[KH761\]$" "$work/dx/front.yaml" &&
    ! grep -q 'left out of the header' "$work/dx/front.yaml"; then
    ok "a .md's YAML front matter: one review comment and one KH761, the header read"
else
    not_ok "front matter: $(grep -n 'review' "$work/dx/front.yaml" | head -5 | tr '\n' '|') $(head -c 300 "$work/dx/front.err")"
fi
{
    printf '%s\n' '---' '' 'Ghi chú: bản nháp' '---'
    body
} >"$work/md/rule.md"
text_imported rule md
if ! grep -q 'front matter' "$work/dx/rule.yaml" "$work/dx/rule.err"; then
    ok "guard: a rule '---' over a blank line is no front matter"
else
    not_ok "guard: a rule is no front matter: $(head -c 300 "$work/dx/rule.err")"
fi

# ---- MEDIUM 4: LibreOffice's text of a Biểu with a heading of two rows ------------------------
# as LibreOffice 7.4 writes it (soffice --convert-to 'txt:Text (encoded):UTF8'
# of a Word table whose "STT", "Đơn vị", "Ghi chú" are merged down and
# "Diện tích (ha)" across "Kế hoạch" and "Thực hiện"): a cell a line, an
# empty line for each covered cell
bieu() {
    printf '%s\n' 'STT' 'Đơn vị' 'Diện tích (ha)' 'Ghi chú' '' '' 'Kế hoạch' 'Thực hiện' '' \
        '1' 'Xã Đồng Hưu' '1.250' '1.300' '' '2' 'Xã Tân Hiệp' '980' '1.000' 'Vượt' \
        '3' 'Xã Tam Tiến' '700' '650' '' ''
}
{
    printf '%s\n' 'ỦY BAN NHÂN DÂN' 'HUYỆN YÊN THẾ' 'Số: 125/KH-UBND' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
        'Độc lập - Tự do - Hạnh phúc' 'Yên Thế, ngày 15 tháng 01 năm 2024' 'KẾ HOẠCH' \
        'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024' \
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' \
        'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:' \
        'I. MỤC ĐÍCH, YÊU CẦU' 'Nâng cao đời sống vật chất và tinh thần của Nhân dân (Biểu 01).' \
        'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.' \
        'Nơi nhận:' '- UBND tỉnh (b/c);' '- Lưu: VT.' 'TM. ỦY BAN NHÂN DÂN' 'CHỦ TỊCH' '' 'Trần Văn Bình' '' \
        'Biểu 01' 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024'
    bieu
} >"$work/md/bieu2.txt"
text_imported bieu2 txt
if has bieu2 '| STT | Đơn vị | Diện tích (ha): Kế hoạch | Diện tích (ha): Thực hiện | Ghi chú |' '|:---:|---|:---:|:---:|---|' \
    '| 1 | Xã Đồng Hưu | 1.250 | 1.300 |  |' '| 2 | Xã Tân Hiệp | 980 | 1.000 | Vượt |' '| 3 | Xã Tam Tiến | 700 | 650 |  |' &&
    grep -q '{key: c3, header: "Kế hoạch", group: "Diện tích (ha)"' "$work/dx/bieu2.yaml" &&
    grep -q "^  # review: a table whose heading is two rows of merged cells" "$work/dx/bieu2.yaml" &&
    grep -q 'bieu2.txt:24:1: warning\[KH763\]: tables whose cells are one a line (1, the first from this' "$work/dx/bieu2.err" &&
    ! grep -q 'KH762' "$work/dx/bieu2.err"; then
    ok "LibreOffice's text of a Biểu with a heading of two rows of merged cells read as its table, a review comment beside it"
else
    not_ok "Biểu of two heading rows: $(sed -n '/^attachments/,$p' "$work/dx/bieu2.yaml" 2>/dev/null | head -16 | tr '\n' '|') $(head -c 300 "$work/dx/bieu2.err")"
fi
{
    printf '%s\n' 'KẾ HOẠCH' 'Thực hiện nhiệm vụ năm 2024' '' 'I. MỤC ĐÍCH, YÊU CẦU' 'Kết quả như sau:' ''
    bieu
    printf '%s\n' 'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024./.'
} >"$work/md/bodytable.txt"
text_imported bodytable txt
if has bodytable '| STT | Đơn vị | Diện tích (ha): Kế hoạch | Diện tích (ha): Thực hiện | Ghi chú |' &&
    has bodytable '| 3 | Xã Tam Tiến | 700 | 650 |  |' && grep -q '# review: a table whose heading is two rows' "$work/dx/bodytable.yaml"; then
    ok "the same table in the body read as a table, a review comment beside it"
else
    not_ok "a table of two heading rows in the body: $(grep -n '|' "$work/dx/bodytable.md" 2>/dev/null | head -5 | tr '\n' '|') $(head -c 300 "$work/dx/bodytable.err")"
fi
# guard: two counts of columns that fit are no certain shape: left as it was (KH763)
printf '%s\n' 'KẾ HOẠCH' 'Thử' '' 'I. MỤC ĐÍCH' 'STT' 'A' 'B' 'C' 'D' '' 'E' '' 'F' \
    '1' 'x' '' 'y' '' '2' 'x' '' 'y' '' '' >"$work/md/unsure.txt"
text_imported unsure txt
if grep -q 'KH763' "$work/dx/unsure.err" || ! grep -q '^ *- table:' "$work/dx/unsure.yaml"; then
    ok "guard: a heading of blank lines whose rows fit no one count of columns is not read as a table"
else
    not_ok "guard: an uncertain heading read as a table: $(sed -n '/table:/,/rows/p' "$work/dx/unsure.yaml" | tr '\n' '|')"
fi

# a Biểu's totals row, its STT cell empty (an empty line) or its label
# merged across the STT column (a line fewer), as LibreOffice writes it
for shape in empty merged; do
    {
        printf '%s\n' 'KẾ HOẠCH' 'Thực hiện nhiệm vụ năm 2024' '' 'I. MỤC ĐÍCH' 'Làm theo Biểu 01./.' '' \
            'TM. ỦY BAN NHÂN DÂN' 'CHỦ TỊCH' '' 'Trần Văn Bình' '' 'Biểu 01' 'DIỆN TÍCH NĂM 2024' 'STT' 'Đơn vị' \
            'Diện tích (ha)' '1' 'Xã Đồng Hưu' '1.250' '2' 'Xã Tân Hiệp' '980'
        [ $shape = empty ] && echo
        printf '%s\n' 'Tổng cộng' '2.230' ''
    } >"$work/md/totals_$shape.txt"
    text_imported totals_$shape txt
    if grep -q '^    totals: "Tổng cộng"$' "$work/dx/totals_$shape.yaml" && ! grep -q 'note:' "$work/dx/totals_$shape.yaml" &&
        has totals_$shape '| 2 | Xã Tân Hiệp | 980 |' '| **Tổng cộng** |  | **2.230** |'; then
        ok "LibreOffice's text of a Biểu: its totals row ($shape STT cell) read as the table's totals, not its note"
    else
        not_ok "a totals row ($shape STT cell): $(sed -n '/^    rows/,$p' "$work/dx/totals_$shape.yaml" 2>/dev/null | tr '\n' '|') $(grep -n 'Tổng' "$work/dx/totals_$shape.md" | tr '\n' '|')"
    fi
done

# ---- a plan pasted from a PDF: a sentence broken before its year --------------------------------
{
    printf '%s\n' 'ỦY BAN NHÂN DÂN' 'HUYỆN YÊN THẾ' 'Số: 125/KH-UBND' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
        'Độc lập - Tự do - Hạnh phúc' 'Yên Thế, ngày 15 tháng 01 năm 2024' 'KẾ HOẠCH' \
        'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024' \
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm' '2015;' \
        'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ phát triển kinh tế -' 'xã hội năm 2024 như sau:' \
        'I. MỤC ĐÍCH, YÊU CẦU' '1. Mục đích' '- Giữ vững quốc phòng - an ninh' '2.' 'Chỉ tiêu' \
        '+ Sản lượng lương thực đạt 32.000 tấn, tăng 1,2% so với năm' '2023.' '3. Yêu cầu' \
        'Các cơ quan, đơn vị triển khai thực hiện nghiêm túc Chương trình xây dựng nông thôn mới giai đoạn 2021-' \
        '2025 trên địa bàn, bảo đảm tiến độ đã đề ra tại Kế hoạch số 12/KH-' 'UBND ngày 10/01/2024, năm 2024–' \
        '2025 phát triển kinh tế -' 'xã hội.' \
        'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên' 'Thế./.'
} >"$work/md/pdfyear.txt"
text_imported pdfyear txt
if has pdfyear '+ Sản lượng lương thực đạt 32.000 tấn, tăng 1,2% so với năm 2023.' '**3. Yêu cầu**' &&
    has pdfyear '- Giữ vững quốc phòng - an ninh' '**2. Chỉ tiêu**' &&
    has pdfyear '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*'; then
    ok "a PDF's line broken before '2023.' ends its sentence, not a label joined to the heading under it (a lone '2.' still one)"
else
    not_ok "a PDF's '2023.' on a line of its own: $(grep -n '2023\|Yêu cầu\|Chỉ tiêu' "$work/dx/pdfyear.md" 2>/dev/null | tr '\n' '|') $(head -c 300 "$work/dx/pdfyear.err")"
fi
if grep -q 'giai đoạn 2021-2025 trên địa bàn, bảo đảm tiến độ đã đề ra tại Kế hoạch số 12/KH-UBND ngày 10/01/2024, năm 2024–2025 phát triển kinh tế - xã hội.$' "$work/dx/pdfyear.md"; then
    ok "a PDF's line broken after a hyphen inside a number or a code ('2021-' over '2025', '12/KH-' over 'UBND') joined without a space; a dash between spaces keeps them"
else
    not_ok "a PDF's line broken after a hyphen: $(grep -n '2021' "$work/dx/pdfyear.md" 2>/dev/null)"
fi

# ---- emphasis in a line printed as written -------------------------------------------------------
imported partial
if grep -q '^    - ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ$' "$work/dx/partial.yaml" && grep -q '^  number: "125"$' "$work/dx/partial.yaml" &&
    ! grep -q '\*' "$work/dx/partial.yaml" && ! grep -q '\\\*' "$work/dx/partial.md"; then
    ok "an issuer line bold in part ('ỦY BAN NHÂN DÂN **HUYỆN YÊN THẾ**') read without its stars, which it printed"
else
    not_ok "an issuer line bold in part: $(sed -n '/^header/,/^  number/p' "$work/dx/partial.yaml" | tr '\n' '|') $(grep -n '\\\*' "$work/dx/partial.md" | head -3)"
fi
imported pandocsig
if has pandocsig '***Nơi nhận:***' '- UBND tỉnh Bắc Giang (b/c);' '- Lưu: VT.' '**TM. ỦY BAN NHÂN DÂN**  ' && ! grep -q '\*\*\*-\|\\\*' "$work/dx/pandocsig.md"; then
    ok "'***Nơi nhận:***- A;- B' in one paragraph (pandoc's '<br>' dropped): the recipients, no stars printed"
else
    not_ok "'Nơi nhận:- A;- B': $(sed -n '/^recipients/,/^signature/p' "$work/dx/pandocsig.yaml" | tr '\n' '|')"
fi

# ---- timed ---------------------------------------------------------------------------------------
/usr/bin/python3 - "$work/md" <<'PY'
import sys
d = sys.argv[1]
head = 'KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\n'
for name, n in (('cells1', 5000), ('cells4', 20000)):
    rows = ''.join('%d\nXã %d\n%d\n%d\n\n' % (i, i, i, i) for i in range(1, n + 1))
    with open('%s/%s.txt' % (d, name), 'w', encoding='utf-8') as f:
        f.write(head + 'STT\nĐơn vị\nDiện tích (ha)\nGhi chú\n\n\nKế hoạch\nThực hiện\n\n' + rows + '\n')
# (front1 of 100,000 since session 48: 50,000 took 0.07 s, seven of the
# clock's hundredths, too few to time beside a loaded machine's noise)
for name, n in (('front1', 100000), ('front4', 400000)):
    with open('%s/%s.md' % (d, name), 'w', encoding='utf-8') as f:
        f.write('---\n' + 'k: v\n' * n + '---\n\n**KẾ HOẠCH**\n\nThử.\n')
for name, n in (('signers1', 1000), ('signers4', 4000)):
    with open('%s/%s.txt' % (d, name), 'w', encoding='utf-8') as f:
        f.write('KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\nLàm./.\n\n' + 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n\n' * n)
PY
ratio_case() { # NAME SMALL LARGE: import of each (scaling_case: 4n within 6 times n)
    scaling_case "$1" "$timed" import -o - "$work/md/$2" -- "$timed" import -o - "$work/md/$3"
}
ratio_case "T1: a table a cell a line of 5,000 rows under a heading of two rows" cells1.txt cells4.txt
ratio_case "T2: front matter of 100,000 then 400,000 lines" front1.md front4.md
ratio_case "T3: 1,000 signers' blocks one after another" signers1.txt signers4.txt

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
