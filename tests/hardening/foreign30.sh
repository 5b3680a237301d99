#!/bin/sh
# tests/hardening/foreign30.sh KHGEN WORKDIR - what session 30 found
# importing plans khgen did not write, seventh round, and session 29's
# import leftovers (issue 8: never a silently wrong output):
#   - a .md's YAML front matter (title, date, number) is the plan's header
#     where the document prints none, the document's kept with a review
#     note where they differ (src/import_front.c);
#   - LibreOffice's "Save as Text" of a Biểu: unnumbered rows after the
#     numbered ones, a totals row, a "Ghi chú" row merged across the table
#     ran together into the table's note (src/import_txtcells.c);
#   - a docx whose metadata title, "KẾ HOẠCH ...", stands above the header
#     as pandoc writes a web page's <title> (pandoc -f html -t docx): the
#     header, title and bases read as the body (src/import_head.c
#     find_plan_mark);
#   - a PDF's text (pdftotext -layout of Chromium's print): the page
#     numbers in the sentences, "quy 3 trình" (src/txt_pages.c), and a
#     year after a hyphen break "2021- 2025" (src/txt_labels.c);
#   - guards, read right already: WPS Office's list numbering, content
#     controls, a REF field to a bookmark, a signature in a floating
#     frame, a Phụ lục of numbered clauses (a review note, KH762).
# The .docx are made at test time by foreign30_docx.py (python-docx).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/md"
/usr/bin/python3 "$(dirname "$0")/foreign30_docx.py" "$work/dx" ||
    not_ok "setup: foreign30_docx.py could not write the documents"

# text_imported NAME EXT: $work/md/NAME.EXT imported and built as Markdown
# into $work/dx/NAME.md (diagnostics in $work/dx/NAME.err)
text_imported() {
    rm -f "$work/dx/$1.md" "$work/dx/$1.yaml"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/md/$1.$2" 2>"$work/dx/$1.err" &&
        "$khgen" build -f md -o "$work/dx" "$work/dx/$1.yaml" >/dev/null 2>>"$work/dx/$1.err"
}
# checked NAME: `khgen check` of the imported plan says no error
checked() {
    "$khgen" check "$work/dx/$1.yaml" >"$work/dx/$1.check" 2>&1
}
y() { sed -n "$2" "$work/dx/$1.yaml" 2>/dev/null | tr '\n' '|'; }

# ---- leftover 1: a .md's front matter in the header ------------------------------------------
printf '%s\n' '---' 'title: "Kế hoạch phát triển giáo dục năm 2024"' 'date: 2024-01-15' 'number: 125/KH-UBND' \
    'author: Phòng GD' '---' '' '# I. MỤC ĐÍCH, YÊU CẦU' '' '1. Nâng cao chất lượng giáo dục.' >"$work/md/front.md"
text_imported front md
if grep -q '^  title: Phát triển giáo dục năm {year}$' "$work/dx/front.yaml" &&
    grep -q '^  date: 2024-01-15$' "$work/dx/front.yaml" && grep -q '^  number: "125"$' "$work/dx/front.yaml" &&
    grep -q "^  # review: the title is the front matter's ('title: Kế hoạch phát triển giáo dục năm 2024')" "$work/dx/front.yaml" &&
    grep -q "^  # review: the date is the front matter's ('date: 2024-01-15')" "$work/dx/front.yaml" &&
    grep -q "^  # review: the number is the front matter's ('125/KH-UBND')" "$work/dx/front.yaml" &&
    grep -q 'front.md:1:1: warning\[KH761\]: the front matter of the .md' "$work/dx/front.err" && checked front; then
    ok "a .md's front matter's title, date and number are the plan's where the document prints none, a review comment each"
else
    not_ok "front matter's title, date, number: $(y front '/^header/,/^  title/p') $(head -c 300 "$work/dx/front.err")"
fi
{
    printf '%s\n' '---' 'title: Kế hoạch chuyển đổi số năm 2023' 'date: 2023-03-01' 'number: 99/KH-UBND' '---' ''
    printf '%s\n' 'ỦY BAN NHÂN DÂN  ' '**HUYỆN YÊN THẾ**  ' 'Số: 125/KH-UBND' '' '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ' \
        '**Độc lập - Tự do - Hạnh phúc**' '' '*Yên Thế, ngày 15 tháng 01 năm 2024*' '' '**KẾ HOẠCH**  ' \
        '**Phát triển giáo dục năm 2024**' '' '## I. MỤC ĐÍCH, YÊU CẦU' '' '1. Nâng cao chất lượng giáo dục.'
} >"$work/md/front_other.md"
text_imported front_other md
if grep -q '^  title: Phát triển giáo dục năm {year}$' "$work/dx/front_other.yaml" &&
    grep -q '^  date: 2024-01-15$' "$work/dx/front_other.yaml" && grep -q '^  number: "125"$' "$work/dx/front_other.yaml" &&
    grep -q "^  # review: the front matter's title ('title: Kế hoạch chuyển đổi số năm 2023') is not the document's: the document's is kept" "$work/dx/front_other.yaml" &&
    grep -q "^  # review: the front matter's date ('date: 2023-03-01') is not the document's" "$work/dx/front_other.yaml" &&
    grep -q "^  # review: the front matter's number ('99/KH-UBND') is not the document's" "$work/dx/front_other.yaml"; then
    ok "a front matter that contradicts the document: the document's title, date and number kept, a review comment each"
else
    not_ok "front matter against the document: $(y front_other '/^header/,/^  title/p')"
fi
# guard: the same front matter as the document's header says nothing more
sed -e 's/^title: .*/title: Kế hoạch phát triển giáo dục năm 2024/' -e 's/^date: .*/date: 2024-01-15/' \
    -e 's/^number: .*/number: 125\/KH-UBND/' "$work/md/front_other.md" >"$work/md/front_same.md"
text_imported front_same md
if ! grep -q "front matter's \(title\|date\|number\)\|is the front matter's" "$work/dx/front_same.yaml" &&
    grep -q '^  title: Phát triển giáo dục năm {year}$' "$work/dx/front_same.yaml"; then
    ok "guard: a front matter that agrees with the document's header adds no comment to its fields"
else
    not_ok "guard: agreeing front matter: $(y front_same '/^header/,/^  title/p')"
fi

# ---- leftover 2: LibreOffice's text of a Biểu, the rows after the numbered ones ---------------
# as LibreOffice 7.4 writes it (soffice --convert-to 'txt:Text (encoded):UTF8' of
# foreign30_docx.py's table: an unnumbered row, a totals row, a "Ghi chú" row
# merged across the table, a blank paragraph, a signature under the table)
{
    printf '%s\n' 'ỦY BAN NHÂN DÂN' 'HUYỆN YÊN THẾ' 'Số: 125/KH-UBND' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
        'Độc lập - Tự do - Hạnh phúc' 'Yên Thế, ngày 15 tháng 01 năm 2024' 'KẾ HOẠCH' \
        'Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024' \
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' \
        'UBND huyện Yên Thế xây dựng Kế hoạch thực hiện nhiệm vụ năm 2024 như sau:' \
        'I. MỤC ĐÍCH, YÊU CẦU' 'Nâng cao đời sống vật chất và tinh thần của Nhân dân (Biểu 01).' \
        'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.' \
        'Nơi nhận:' '- UBND tỉnh (b/c);' '- Lưu: VT.' 'TM. ỦY BAN NHÂN DÂN' 'CHỦ TỊCH' '' 'Trần Văn Bình' '' \
        'Biểu 01' 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024' 'STT' 'Đơn vị' 'Diện tích (ha)' 'Ghi chú' \
        '1' 'Xã Đồng Hưu' '1.250' '' '2' 'Xã Tân Hiệp' '980' 'Vượt' '3' 'Xã Tam Tiến' '700' '' \
        '' 'Thị trấn Bố Hạ (chưa giao)' '120' 'Ước' '' 'Tổng cộng' '3.050' '' \
        'Ghi chú: Số liệu ước thực hiện đến ngày 31/12/2024.' '' 'NGƯỜI LẬP BIỂU' 'Nguyễn Văn Cường'
} >"$work/md/bieu_after.txt"
text_imported bieu_after txt
if has bieu_after '| 3 | Xã Tam Tiến | 700 |  |' '|  | Thị trấn Bố Hạ (chưa giao) | 120 | Ước |' \
    '| **Tổng cộng** |  | **3.050** |  |' '*Ghi chú: Số liệu ước thực hiện đến ngày 31/12/2024.*' &&
    grep -q '^# review:   NGƯỜI LẬP BIỂU \[KH762\]$' "$work/dx/bieu_after.yaml" &&
    grep -q "bieu_after.txt:22:1: warning\[KH762\]: 2 paragraphs of the attachment page 'Biểu 01'" "$work/dx/bieu_after.err"; then
    ok "LibreOffice's text of a Biểu: an unnumbered row, the totals and a 'Ghi chú' row merged across are its rows, totals and note; the signature under it a review note"
else
    not_ok "rows after the numbered ones: $(y bieu_after '/^    rows/,$p') $(head -c 300 "$work/dx/bieu_after.err")"
fi
# guard: paragraphs under a table, a blank line over them, are no row (no figure where its column has them)
{
    printf '%s\n' 'KẾ HOẠCH' 'Thử nghiệm năm 2024' '' 'I. MỤC ĐÍCH' 'Kết quả như sau:' '' \
        'STT' 'Đơn vị' 'Diện tích (ha)' 'Ghi chú' '1' 'Xã Đồng Hưu' '1.250' '' '2' 'Xã Tân Hiệp' '980' 'Vượt' \
        '' 'Các xã rà soát lại số liệu.' 'Phòng Nông nghiệp tổng hợp.' 'Báo cáo UBND huyện.' ''
} >"$work/md/bieu_paras.txt"
text_imported bieu_paras txt
if has bieu_paras '| 2 | Xã Tân Hiệp | 980 | Vượt |' && ! grep -q '| Các xã' "$work/dx/bieu_paras.md" &&
    grep -q 'Các xã rà soát lại số liệu' "$work/dx/bieu_paras.md"; then
    ok "guard: paragraphs under a table a cell a line, a figure's column holding words, stay paragraphs"
else
    not_ok "guard: paragraphs under a table: $(grep -n 'Các xã\|Tân Hiệp' "$work/dx/bieu_paras.md" | tr '\n' '|')"
fi

# ---- a docx with pandoc's metadata title above the header --------------------------------------
imported pandoc_title
if has pandoc_title '**HUYỆN YÊN THẾ**  ' 'Số: 125/KH-UBND' && grep -q 'ỦY BAN NHÂN DÂN' "$work/dx/pandoc_title.yaml" &&
    has pandoc_title '*Yên Thế, ngày 15 tháng 01 năm 2024*' '**KẾ HOẠCH**  ' \
        '**Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024**' &&
    grep -q '^  # review: left out of the header: KẾ HOẠCH \[KH761\]$' "$work/dx/pandoc_title.yaml" &&
    grep -q '^  place: Yên Thế$' "$work/dx/pandoc_title.yaml" && ! grep -q '^  - para: ỦY BAN' "$work/dx/pandoc_title.yaml" &&
    grep -q "pandoc_title.docx:1:1: warning\[KH761\]: 'KẾ HOẠCH' above the title" "$work/dx/pandoc_title.err"; then
    ok "a metadata title 'KẾ HOẠCH ...' above the header (pandoc -t docx): the header under it read, the copy a review note (KH761)"
else
    not_ok "a title above the header: $(y pandoc_title '/^header/,/^body/p' | head -c 600) $(head -c 300 "$work/dx/pandoc_title.err")"
fi

# ---- a PDF's text: page numbers, a year after a hyphen break -----------------------------------
FF=$(printf '\f')
{
    printf '%s\n' 'KẾ HOẠCH' 'Thực hiện nhiệm vụ năm 2024' \
        'Căn cứ Kế hoạch số 34/KH-UBND ngày 10/12/2020 của UBND huyện về việc thực hiện Chương trình giai đoạn 2021-' \
        '2025.' '     I. MỤC ĐÍCH, YÊU CẦU' \
        '     1. Tổ chức các lớp tập huấn cho cán bộ làm công tác xây dựng nông thôn mới. Tập huấn cho người dân về quy' \
        "$FF                                        2" '' \
        'trình sản xuất sạch, an toàn, hữu cơ để nâng cao chất lượng sản phẩm.' \
        '     2. Nâng cao đời sống vật chất và tinh thần của Nhân dân.' \
        "$FF                                       - 3 -" '' \
        '     3. Phòng Tài chính - Kế hoạch chủ trì triển khai Kế hoạch.' \
        '     4. Các xã hoàn thành 2 tiêu chí.' \
        '     Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024./.'
} >"$work/md/pdfpages.txt"
text_imported pdfpages txt
if has pdfpages '1\. Tổ chức các lớp tập huấn cho cán bộ làm công tác xây dựng nông thôn mới. Tập huấn cho người dân về quy trình sản xuất sạch, an toàn, hữu cơ để nâng cao chất lượng sản phẩm.' \
    '2\. Nâng cao đời sống vật chất và tinh thần của Nhân dân.' '3\. Phòng Tài chính - Kế hoạch chủ trì triển khai Kế hoạch.' &&
    ! grep -qx '2\|- 3 -' "$work/dx/pdfpages.md" && grep -q '2021-2025' "$work/dx/pdfpages.yaml" &&
    grep -q 'hoàn thành 2 tiêu chí' "$work/dx/pdfpages.md"; then
    ok "a PDF's text: its page numbers ('\\f  2', '- 3 -') no words of the text, a year after a hyphen break '2021-2025'; a '2' elsewhere kept"
else
    not_ok "a PDF's page numbers: $(grep -n 'quy\|^2$\|3 -\|2021\|tiêu chí' "$work/dx/pdfpages.md" | tr '\n' '|') $(grep -n '2021' "$work/dx/pdfpages.yaml")"
fi

# the recipients and the signature side by side on one line, as -layout prints a Word table's columns;
# a sentence's last word in capitals and a code list broken onto the next line;
# the Biểu page after the signature, a KH762 note until session 31, is read
# as its table now that its columns line up (src/txt_layout.c, s31foreign)
{
    printf '%s\n' 'KẾ HOẠCH' 'Thực hiện nhiệm vụ năm 2024' '' '     I. MỤC ĐÍCH, YÊU CẦU' \
        '     - Phấn đấu thực hiện hoàn thành 01 tiêu chí và 01 chỉ tiêu trong bộ tiêu chí' 'NTM.' \
        '     Công chức Địa chính phụ trách lĩnh vực nông nghiệp phụ trách Chỉ tiêu 17.1,' '17.4, 17.9, 17.10.' \
        '     Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024./.' '' \
        'Nơi nhận:                                     TM. BAN QUẢN LÝ XDNTM' \
        '- BCĐ XD NTM huyện;' '- TT Đảng ủy, HĐND xã;                             TRƯỞNG BAN' \
        '- Lưu VP.' '' '                                                  Hà Minh Phú' \
        "${FF}                                             Biểu 01" '              DANH SÁCH XÃ' \
        'STT         Tên xã' ' 1          Đồng Hưu'
} >"$work/md/pdfsig.txt"
text_imported pdfsig txt
if has pdfsig '- Phấn đấu thực hiện hoàn thành 01 tiêu chí và 01 chỉ tiêu trong bộ tiêu chí NTM.' \
    'Công chức Địa chính phụ trách lĩnh vực nông nghiệp phụ trách Chỉ tiêu 17.1, 17.4, 17.9, 17.10.' &&
    has pdfsig '***Nơi nhận:***' '- BCĐ XD NTM huyện;' '- TT Đảng ủy, HĐND xã;' '- Lưu VP.' \
        '**TM. BAN QUẢN LÝ XDNTM**  ' '**TRƯỞNG BAN**  ' &&
    grep -q '^  name: Hà Minh Phú$' "$work/dx/pdfsig.yaml" &&
    grep -q '^    title: DANH SÁCH XÃ$' "$work/dx/pdfsig.yaml" && grep -q '^      - \["Đồng Hưu"\]$' "$work/dx/pdfsig.yaml"; then
    ok "a PDF's text: recipients and signature side by side cut apart (the next lines keep their numbers), 'NTM.' and '17.4, 17.9' under an open sentence joined to it"
else
    not_ok "a PDF's recipients beside the signature: $(y pdfsig '/^recipients/,/^  name/p') $(grep -n 'NTM\|17.4' "$work/dx/pdfsig.md" | tr '\n' '|') $(head -c 300 "$work/dx/pdfsig.err")"
fi

# ---- guards: Word documents as other programs write them, read right already ------------------------
imported wps
if has wps '**I. MỤC ĐÍCH, YÊU CẦU**' '**1. Mục đích**' 'Nâng cao đời sống vật chất và tinh thần của Nhân dân.' \
    '1.1. Phát triển kinh tế' 'a) Tăng thu nhập bình quân đầu người.' '- Các xã phấn đấu đạt chuẩn nông thôn mới.' \
    '  + Thôn Đồng Mới đạt chuẩn.' 'b) Giảm tỷ lệ hộ nghèo.' '1.2. Phát triển văn hóa' '**2. Yêu cầu**' \
    '**II. TỔ CHỨC THỰC HIỆN**' && checked wps; then
    ok "guard: WPS Office's multilevel list (w:tentative, tab stops, a typed tab): I., 1., 1.1., a), -, + as Word numbers them"
else
    not_ok "WPS numbering: $(sed -n '/KẾ HOẠCH/,/Trên đây/p' "$work/dx/wps.md" 2>/dev/null | grep -v '^$' | tr '\n' '|')"
fi
imported wps_chuong
if has wps_chuong '**Chương I NHỮNG QUY ĐỊNH CHUNG**' '**Mục 1. Mục đích**' 'Điều 1. Nâng cao đời sống Nhân dân.' \
    'a) Tăng thu nhập.' 'Điều 2. Phát triển văn hóa.' '**Chương II TỔ CHỨC THỰC HIỆN**' \
    'Điều 1. Phòng Tài chính - Kế hoạch chủ trì triển khai Kế hoạch.' && checked wps_chuong; then
    ok "guard: WPS levels 'Chương %1', 'Mục %2.', 'Điều %3.': paragraphs that print as the document (README's limit)"
else
    not_ok "WPS Chương/Mục/Điều: $(sed -n '/KẾ HOẠCH/,/Trên đây/p' "$work/dx/wps_chuong.md" 2>/dev/null | grep -v '^$' | tr '\n' '|')"
fi
imported sdt
if has sdt '*Yên Thế, ngày 15 tháng 01 năm 2024*' && has sdt '**I. MỤC ĐÍCH, YÊU CẦU**' \
    '1\. Nâng cao đời sống vật chất và tinh thần của Nhân dân.' '**II. TỔ CHỨC THỰC HIỆN**' && checked sdt; then
    ok "guard: content controls (w:sdt) around body paragraphs and the date's day read where they stand"
else
    not_ok "content controls: $(grep -v '^$' "$work/dx/sdt.md" 2>/dev/null | head -16 | tr '\n' '|')"
fi
imported ref
if has ref '1\. Nâng cao tỷ lệ xã đạt chuẩn (Chi tiết theo Biểu 01 đính kèm).' && has ref '**Biểu 01**' &&
    has ref '| 2 | Xã Tân Hiệp | 2024 |' && checked ref; then
    ok "guard: a REF field to a bookmarked 'Biểu 01' read as its result, the bookmark's page an attachment"
else
    not_ok "REF field: $(grep -n 'Biểu' "$work/dx/ref.md" 2>/dev/null | tr '\n' '|')"
fi
imported frame
if has frame '***Nơi nhận:***' '- UBND tỉnh Bắc Giang (b/c);' '- Lưu: VT.' '**TM. ỦY BAN NHÂN DÂN**  ' '**CHỦ TỊCH**  ' \
    '**Trần Văn Bình**' && checked frame; then
    ok "guard: the signature in a floating frame (w:framePr) read as the signature"
else
    not_ok "a signature in a frame: $(sed -n '/^recipients/,$p' "$work/dx/frame.yaml" 2>/dev/null | tr '\n' '|')"
fi
imported phuluc
if grep -q "^# review:   1. Hỗ trợ xi măng làm đường giao thông nông thôn. \[KH762\]$" "$work/dx/phuluc.yaml" &&
    grep -q "warning\[KH762\]: 6 paragraphs of the attachment page 'Phụ lục I'" "$work/dx/phuluc.err"; then
    ok "guard: a Phụ lục of numbered clauses, no table (a plan's attachment is a table): its lines review notes, KH762"
else
    not_ok "a Phụ lục of clauses: $(head -c 400 "$work/dx/phuluc.err") $(grep -n 'review' "$work/dx/phuluc.yaml" | head -5 | tr '\n' '|')"
fi

# ---- timed ---------------------------------------------------------------------------------------
/usr/bin/python3 - "$work/md" <<'PY'
import sys
d = sys.argv[1]
for name, n in (('pages1', 4000), ('pages4', 16000)):
    with open('%s/%s.txt' % (d, name), 'w', encoding='utf-8') as f:
        f.write('KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\n')
        for p in range(2, n + 2):
            f.write('Làm việc này của trang trước và\n\f%40d\n\ntiếp tục ở trang sau.\n' % p)
for name, n in (('rows1', 4000), ('rows4', 16000)):
    rows = ''.join('%d\nXã %d\n%d\n\n' % (i, i, i) for i in range(1, 4)) + '\nThôn %d\n%d\nƯớc\n' * 0
    extra = ''.join('\nThôn %d\n%d\nƯớc\n' % (i, i) for i in range(n))
    with open('%s/%s.txt' % (d, name), 'w', encoding='utf-8') as f:
        f.write('KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\nSTT\nĐơn vị\nDiện tích (ha)\nGhi chú\n' + rows + extra + '\n')
PY
ratio_case() { # NAME SMALL LARGE: import of each (scaling_case: 4n within 6 times n)
    scaling_case "$1" "$timed" import -o - "$work/md/$2" -- "$timed" import -o - "$work/md/$3"
}
ratio_case "T1: a PDF's text of 4,000 pages, each with its number" pages1.txt pages4.txt
ratio_case "T2: a table a cell a line with 4,000 unnumbered rows" rows1.txt rows4.txt

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
