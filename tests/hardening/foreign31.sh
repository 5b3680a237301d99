#!/bin/sh
# tests/hardening/foreign31.sh KHGEN WORKDIR - what session 31 found
# importing plans khgen did not write, eighth round, and session 30's
# import leftovers (issue 8: never a silently wrong output):
#   - a header whose issuer is a department whose own name holds the
#     document kind's word ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "SỞ KẾ HOẠCH VÀ
#     ĐẦU TƯ") was split at the word: the word left out (KH761), the issuer
#     cut (src/import_issuer.c imp_kind_in_name, src/import_head.c);
#   - the locality-targets preset's northern header "Tên xã, thôn, bản"
#     over a southern plan's ấp and phường: now "Tên {kinds}", the kinds of
#     the rows shown (src/attach_kinds.c);
#   - a PDF's text (pdftotext -layout of Chromium's and LibreOffice's PDF
#     of a plan): a sentence ending at a line's end before a line at the
#     margin starting with a capital began a paragraph, and "- xã hội" at
#     the margin a bullet; the first-line indent tells (src/import_text.c
#     indent_goes_on);
#   - a Biểu's table in a PDF's text (-layout), a KH762 note, is read where
#     its columns line up, its header printed again after a page break
#     and the page's number inside it (src/txt_layout.c); a table that
#     does not line up stays the note;
#   - a .md holding a joint plan's signature table, then the issuer's
#     block typed: the table's left cell read as two unnumbered sections
#     (src/import_signer.c imp_signer_block; the lead's leftover);
#   - a plan pasted into an e-mail, converted by LibreOffice: one Word
#     paragraph of line breaks, its paragraphs empty lines: the header read
#     as the opening, the signature a bullet; the mail's "--" signature the
#     signer's name (src/docx_lines.c, src/import.c);
# The .docx are made at test time by foreign31_docx.py (python-docx);
# foreign31-pdf.txt is the text of the two PDFs (lines of both),
# foreign31-pdfbieu.txt Chromium's PDF of plans/yen-the-2024.yaml's end
# and its Biểu 01 and 02 pages, through `pdftotext -layout`.
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/md"
/usr/bin/python3 "$(dirname "$0")/foreign31_docx.py" "$work/dx" ||
    not_ok "setup: foreign31_docx.py could not write the documents"

# text_imported NAME EXT: $work/md/NAME.EXT imported and built as Markdown
# into $work/dx/NAME.md (diagnostics in $work/dx/NAME.err)
text_imported() {
    rm -f "$work/dx/$1.md" "$work/dx/$1.yaml"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/md/$1.$2" 2>"$work/dx/$1.err" &&
        "$khgen" build -f md -o "$work/dx" "$work/dx/$1.yaml" >/dev/null 2>>"$work/dx/$1.err"
}
# head_is NAME GOVERNING ISSUER...: the imported plan's header says so, and
# the import left nothing out of it (no KH761)
head_is() {
    name=$1 gov=$2
    shift 2
    want="  governing_body: $gov|  issuer:|"
    for l in "$@"; do want="$want    - $l|"; done
    got=$(sed -n '/^  governing_body:/,/^  number:/p' "$work/dx/$name.yaml" 2>/dev/null | sed '$d' | tr '\n' '|')
    [ "$got" = "$want" ] && ! grep -q KH761 "$work/dx/$name.err"
}

# ---- leftover 1: a department's name holding the kind's word --------------------------------
for c in "tckh|UBND HUYỆN YÊN THẾ|PHÒNG TÀI CHÍNH - KẾ HOẠCH|a bold 'PHÒNG TÀI CHÍNH - KẾ HOẠCH' under a plain 'UBND HUYỆN YÊN THẾ'" \
    "tckh_wrap|UBND HUYỆN YÊN THẾ|PHÒNG TÀI CHÍNH -|'PHÒNG TÀI CHÍNH -' over 'KẾ HOẠCH' (the name wrapped)" \
    "skhdt|UBND TỈNH BẮC GIANG|SỞ KẾ HOẠCH VÀ ĐẦU TƯ|'SỞ KẾ HOẠCH VÀ ĐẦU TƯ' under 'UBND TỈNH BẮC GIANG'" \
    "tckh_nodash|UBND HUYỆN YÊN THẾ|PHÒNG TÀI CHÍNH KẾ HOẠCH|'PHÒNG TÀI CHÍNH KẾ HOẠCH' (no dash)" \
    "khbc|UBND HUYỆN YÊN THẾ|PHÒNG KẾ HOẠCH - BÁO CÁO|'PHÒNG KẾ HOẠCH - BÁO CÁO' (two kinds' words)"; do
    name=${c%%|*} rest=${c#*|}
    gov=${rest%%|*} rest=${rest#*|}
    iss=${rest%%|*} what=${rest#*|}
    imported "$name"
    if [ "$name" = tckh_wrap ]; then
        head_is "$name" "$gov" "$iss" "KẾ HOẠCH"
    else
        head_is "$name" "$gov" "$iss"
    fi && has "$name" '**KẾ HOẠCH**  ' '**Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024**'
    if [ $? -eq 0 ]; then
        ok "$what: the issuer whole, the word not the plan's mark nor left out"
    else
        not_ok "$what: $(sed -n '/^header/,/^  number/p' "$work/dx/$name.yaml" | tr '\n' '|') $(head -c 300 "$work/dx/$name.err")"
    fi
done
# the same header joined into one paragraph by a converter (text): split at
# the national name and "Số:", never inside the department's name
printf '%s\n' 'UBND HUYỆN YÊN THẾ PHÒNG TÀI CHÍNH - KẾ HOẠCH Số: 125/KH-TCKH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc' \
    '' 'Yên Thế, ngày 15 tháng 01 năm 2024' '' 'KẾ HOẠCH' '' 'Thực hiện nhiệm vụ năm 2024' '' 'I. MỤC ĐÍCH' '' \
    '1. Nâng cao chất lượng.' >"$work/md/joined.txt"
text_imported joined txt
if grep -q '^    - UBND HUYỆN YÊN THẾ PHÒNG TÀI CHÍNH - KẾ HOẠCH$' "$work/dx/joined.yaml" &&
    grep -q '^  title: Thực hiện nhiệm vụ năm {year}$' "$work/dx/joined.yaml" && ! grep -q KH761 "$work/dx/joined.err"; then
    ok "a header a converter joined into one line: the department's 'KẾ HOẠCH' stays in the issuer"
else
    not_ok "joined header: $(sed -n '/^header/,/^  title/p' "$work/dx/joined.yaml" | tr '\n' '|') $(head -c 300 "$work/dx/joined.err")"
fi
# the same in a .md with no national name nor date line: the department's
# line, then "Số:", then the plan's own "KẾ HOẠCH", which still is the mark
printf '%s\n' 'UBND HUYỆN YÊN THẾ  ' '**PHÒNG TÀI CHÍNH - KẾ HOẠCH**  ' 'Số: 125/KH-TCKH' '' '**KẾ HOẠCH**  ' \
    '**Thực hiện nhiệm vụ năm 2024**' '' '## I. MỤC ĐÍCH' '' '1. Nâng cao chất lượng.' >"$work/md/mark.md"
text_imported mark md
if head_is mark "UBND HUYỆN YÊN THẾ" "PHÒNG TÀI CHÍNH - KẾ HOẠCH" &&
    grep -q '^  title: Thực hiện nhiệm vụ năm {year}$' "$work/dx/mark.yaml"; then
    ok "a .md without the national name: the department's name whole, the plan's own 'KẾ HOẠCH' under 'Số:' the mark"
else
    not_ok "md, department then mark: $(sed -n '/^header/,/^  title/p' "$work/dx/mark.yaml" | tr '\n' '|') $(head -c 300 "$work/dx/mark.err")"
fi

# ---- leftover 4: the locality preset's header names the kinds shown -------------------------
# plan_of NAME KIND... : a plan of one xã-level locality and villages of the
# KINDs, all aiming for the standard in 2024, with the locality-targets table
plan_of() {
    name=$1 top=$2 place=$3
    shift 3
    {
        printf '%s\n' 'khgen: 1' 'import: [qd318-xa-ntm]' 'header:' "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN THỬ NGHIỆM]" \
            '  number: 7' "  place: $place" '  date: 2024-01-15' '  title: Xây dựng nông thôn mới năm 2024' \
            'units:' '  - {id: vp, name: Văn phòng Điều phối}' 'levels:' '  - {id: ntm, name: Nông thôn mới}' 'localities:' \
            "  - {id: a, name: Tân Hưng, kind: $top, target: ntm, target_year: 2024}"
        i=0
        for k in "$@"; do
            i=$((i + 1))
            printf '  - {id: v%s, name: "%s %s", kind: %s, parent: a, target: ntm, target_year: 2024}\n' "$i" "$k" "$i" "$k"
        done
        printf '%s\n' 'body:' '  - section: Nhiệm vụ' '    items:' '      - task: Triển khai.' '        lead: vp' \
            'attachments:' '  - id: bieu01' '    label: Biểu 01' '    title: Danh sách' '    preset: locality-targets'
    } >"$work/md/$name.yaml"
    "$khgen" build -f md -o "$work/md" "$work/md/$name.yaml" >"$work/md/$name.err" 2>&1
}
plan_of camau xã "Cà Mau" ấp ấp
plan_of hcm phường "Thành phố Hồ Chí Minh" "khu phố"
plan_of north xã "Yên Thế" thôn bản
if grep -q '^| STT | Tên xã, ấp | Thuộc xã |' "$work/md/camau.md" &&
    grep -q '^| STT | Tên phường, khu phố | Thuộc phường |' "$work/md/hcm.md" && # {parent_kinds}: s32foreign
    grep -q '^| STT | Tên xã, thôn, bản | Thuộc xã |' "$work/md/north.md"; then
    ok "locality-targets' name column names the kinds shown: 'Tên xã, ấp' (Cà Mau), 'Tên phường, khu phố', 'Tên xã, thôn, bản'"
else
    not_ok "kinds header: $(grep -h '^| STT' "$work/md/camau.md" "$work/md/hcm.md" "$work/md/north.md" | tr '\n' '|') $(head -c 300 "$work/md/camau.err")"
fi
# the workbook's and the Word document's header are the same one
"$khgen" build -f xlsx -o "$work/md" "$work/md/camau.yaml" >/dev/null 2>&1
"$khgen" build -f docx -o "$work/md" "$work/md/camau.yaml" >/dev/null 2>&1
if unzip -p "$work/md/camau.xlsx" xl/sharedStrings.xml 2>/dev/null | grep -q 'Tên xã, ấp' &&
    unzip -p "$work/md/camau.docx" word/document.xml 2>/dev/null | grep -q 'Tên xã, ấp' &&
    ! unzip -p "$work/md/camau.docx" word/document.xml | grep -q 'kinds}'; then
    ok "the header 'Tên xã, ấp' in the workbook and the Word document too (one place makes it)"
else
    not_ok "kinds header in xlsx/docx"
fi
# guard: "{kinds}" over rows that are not localities': KH210 (since s35fix: it prints "địa bàn", never its braces)
{
    sed '/^attachments:/,$d' "$work/md/north.yaml"
    printf '%s\n' 'attachments:' '  - id: bieu01' '    label: Biểu 01' '    title: Danh sách' '    columns:' \
        '      - {key: stt, type: stt, header: STT}' '      - {key: name, header: "Tên {kinds}"}' '    rows:' '      - [Xã A]'
} >"$work/md/kinds_hand.yaml"
"$khgen" check "$work/md/kinds_hand.yaml" >"$work/md/kinds_hand.err" 2>&1
if grep -q "warning\[KH210\]: '{kinds}' names the kinds of the localities the table shows.*prints 'địa bàn'" "$work/md/kinds_hand.err"; then
    ok "'{kinds}' in a written table's header: KH210, not printed silently with its braces"
else
    not_ok "{kinds} in a written table: $(head -c 300 "$work/md/kinds_hand.err")"
fi

# ---- leftover 2: a PDF's first-line indents tell its paragraphs ------------------------------
cp "$(dirname "$0")/foreign31-pdf.txt" "$work/md/pdfpara.txt"
text_imported pdfpara txt
if has pdfpara '**II. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN**' \
    '- Đối với xã An Thượng: Thực hiện rà soát thực trạng theo yêu cầu Bộ tiêu chí xã nông thôn mới nâng cao, xã nông thôn mới kiểu mẫu giai đoạn 2021-2025; xác định nội dung kiểu mẫu theo một trong các nội dung (về sản xuất, về giáo dục, về văn hoá, về du lịch, về cảnh quan môi trường, về an ninh trật tự, về y tế, về chuyển đổi số...) mang giá trị đặc trưng của xã để làm kiểu mẫu; xây dựng kế hoạch chi tiết, cụ thể về lộ trình thực hiện các tiêu chí, giải pháp triển khai tổ chức thực hiện. Đảm bảo hoàn thành thẩm tra huyện trong tháng 11/2024; hoàn thiện hồ sơ trình UBND tỉnh xét công nhận xã đạt chuẩn nông thôn mới kiểu mẫu trong tháng 12/2024.' \
    '- Đối với các thôn, bản đăng ký đạt chuẩn nông thôn mới năm 2024: Xây dựng Kế hoạch chi tiết, xác định các nội dung cần thực hiện; tổ chức thực hiện tốt Kế hoạch xây dựng thôn nông thôn mới, đồng thời xây dựng các mô hình sản xuất nông nghiệp hàng hóa để tổ chức triển khai thực hiện.' \
    '- Đối với các thôn phấn đấu đạt thôn nông thôn mới, kiểu mẫu năm 2024: Thực hiện rà soát kết quả thực hiện theo Bộ tiêu chí thôn nông thôn mới, kiểu mẫu của tỉnh; lập, trình UBND xã phê duyệt Phương án thực hiện, xong trong Qúy các thôn.' \
    '- Phát huy vai trò lãnh đạo của tổ chức Đảng, chính quyền, đoàn thể chính trị - xã hội trong xây dựng nông thôn mới; tiếp tục nâng cao chất lượng đào tạo, bồi dưỡng kiến thức, năng lực quản lý cho cán bộ, công chức cấp xã; đẩy mạnh cải cách thủ tục hành chính, ứng dụng công nghệ thông tin trong quản lý, điều hành.'; then
    ok "a PDF's text (-layout): a sentence ending at a line's end over a capital at the margin goes on its indented paragraph; '- xã hội' at the margin no bullet; indented lines still begin theirs"
else
    not_ok "PDF paragraphs by indent: $(grep -n 'Đảm bảo\|^Thực hiện\|^- xã hội' "$work/dx/pdfpara.md" | cut -c1-80 | tr '\n' '|') $(head -c 300 "$work/dx/pdfpara.err")"
fi
# guard: a text without first-line indents keeps a sentence's end over a
# capital as a paragraph's end (Word's "Save as text" puts none)
sed 's/^ *//' "$work/md/pdfpara.txt" >"$work/md/flat.txt"
text_imported flat txt
if grep -qx 'Đảm bảo hoàn thành thẩm tra huyện trong tháng 11/2024; hoàn thiện hồ sơ trình UBND tỉnh xét công nhận xã đạt chuẩn nông thôn mới kiểu mẫu trong tháng 12/2024.' "$work/dx/flat.md"; then
    ok "guard: a text at the margin throughout: a sentence's end over a capital still ends the paragraph"
else
    not_ok "flat text: $(grep -n 'Đảm bảo' "$work/dx/flat.md" | cut -c1-80)"
fi

# ---- leftover 5: a joint plan's signature table, then one signer's block typed --------------
{
    printf '**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n'
    printf '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n'
    printf '*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n**I. NHIỆM VỤ**\n\nNội dung.\n\n'
    printf '<table>\n<tr><td><p><strong>TM. BAN THƯỜNG TRỰC UBMTTQ XÃ</strong></p><p><strong>CHỦ TỊCH</strong></p><p><strong>Lê Thị C</strong></p></td>'
    printf '<td><p><strong>TM. ỦY BAN NHÂN DÂN XÃ</strong></p><p><strong>CHỦ TỊCH</strong></p><p><strong>Nguyễn Văn A</strong></p></td></tr>\n</table>\n\n'
    printf '**TM. ỦY BAN NHÂN DÂN XÃ**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
} >"$work/md/jointtyped.md"
text_imported jointtyped md
if ! grep -q 'section: TM\.\|section: CHỦ TỊCH' "$work/dx/jointtyped.yaml" &&
    grep -q '^# review: a joint plan signed by .*TM\. BAN THƯỜNG TRỰC UBMTTQ XÃ / CHỦ TỊCH / Lê Thị C' "$work/dx/jointtyped.yaml" &&
    grep -q -x '  name: Nguyễn Văn A' "$work/dx/jointtyped.yaml" && grep -q 'KH759' "$work/dx/jointtyped.err"; then
    ok "a joint plan's signature table, then the issuer's block typed: the other signer's lines a review note (KH759), no section 'TM. ...'/'CHỦ TỊCH'"
else
    not_ok "joint table then typed block: $(sed -n '/^body:/,$p' "$work/dx/jointtyped.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- leftover 3: a Biểu's table in a PDF's text, read by its columns ---------------------------
cp "$(dirname "$0")/foreign31-pdfbieu.txt" "$work/md/pdfbieu.txt"
text_imported pdfbieu txt
# (the column groups read as groups since s32foreign: 'Mục tiêu' was joined
# to the header under it, 'Mục tiêu Mức phấn đấu đạt chuẩn')
if has pdfbieu '| STT | Tên xã | Hiện trạng: Mức đã đạt chuẩn | Mục tiêu: Mức phấn đấu đạt chuẩn | Mục tiêu: Năm đạt chuẩn |' '|:---:|---|---|---|:---:|' \
    '| **I** | **Cấp xã** |  |  |  |' '| 1 | Xã Đồng Hưu |  | nông thôn mới | 2024 |' '| 2 | Xã Tân Hiệp |  | nông thôn mới | 2024 |' \
    '| 3 | Xã Đồng Lạc | nông thôn mới | nông thôn mới nâng cao | 2024 |' '| 4 | Xã An Thượng | nông thôn mới | nông thôn mới kiểu mẫu | 2024 |' &&
    has pdfbieu '| STT | Tên tiêu chí | Cơ quan phụ trách | Cơ quan phối hợp |' '|:---:|---|---|---|' '| **I** | **Quy hoạch** |  |  |' \
        '| 1 | Quy hoạch |  |  |' '| **II** | **Hạ tầng kinh tế - xã hội** |  |  |' &&
    has pdfbieu '| 16 | Văn hóa |  |  |' '| 17 | Môi trường và an toàn thực phẩm |  |  |' '| **V** | **Hệ thống chính trị** |  |  |' \
        '| 18 | Hệ thống chính trị và tiếp cận pháp luật |  |  |' '| 19 | Quốc phòng và An ninh |  |  |' &&
    ! grep -q KH762 "$work/dx/pdfbieu.err"; then
    ok "a PDF's Biểu tables read by their columns: a header of three lines, empty cells, the header again and a page's number after a page break, no KH762 note"
else
    not_ok "PDF Biểu tables: $(grep -c '^| ' "$work/dx/pdfbieu.md") rows $(head -c 300 "$work/dx/pdfbieu.err")"
fi
# guard: a column whose cells begin at different places (centred) does not
# line up: the table is left as the review note it was (KH762), never read
# wrong. Twelve places right: a year six places right is one column drifted
# since session 45 (pdftotext -layout counts a line's places from its
# characters' widths: txt_merge_drifted, s45imp), read whole and right
sed 's/^\(    2      Xã Tân Hiệp  *nông thôn mới\)     /\1                 /' "$work/md/pdfbieu.txt" >"$work/md/pdfskew.txt"
text_imported pdfskew txt
if grep -q "warning\[KH762\]: 7 paragraphs of the attachment page 'Biểu 01'" "$work/dx/pdfskew.err" &&
    ! grep -q '^| 1 | Xã Đồng Hưu' "$work/dx/pdfskew.md" && grep -q '^| 19 | Quốc phòng và An ninh |' "$work/dx/pdfskew.md"; then
    ok "guard: a Biểu whose cells do not line up stays a KH762 note; the next Biểu, lined up, is read"
else
    not_ok "a skewed Biểu: $(head -c 300 "$work/dx/pdfskew.err") $(grep -c '^| ' "$work/dx/pdfskew.md")"
fi
/usr/bin/python3 - "$work/md" <<'PY'
import sys
d = sys.argv[1]
for name, n in (('lay1', 900), ('lay4', 3600)):
    with open('%s/%s.txt' % (d, name), 'w', encoding='utf-8') as f:
        f.write('KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\nNội dung.\nTrên đây là Kế hoạch./.\n             Biểu 01\n      DANH SÁCH\n\n')
        f.write('  STT          Tên xã             Số hộ         Ghi chú\n')
        for i in range(1, n + 1):
            f.write('  %-4d         Xã số %-6d       %-6d\n' % (i, i, i * 3))
PY
scaling_case "T1: a PDF's Biểu of 900 and 3,600 rows" \
    "$timed" import -o - "$work/md/lay1.txt" -- "$timed" import -o - "$work/md/lay4.txt"
if "$khgen" import -o - "$work/md/lay4.txt" 2>/dev/null | grep -q '"Xã số 3600"'; then
    ok "T1: a PDF's Biểu of 3,600 rows: every row read"
else
    not_ok "T1: a PDF's Biểu of 3,600 rows: row 3600 lost"
fi

# ---- new: a plan pasted into an e-mail (LibreOffice's .docx of the page) --------------------
imported email
if grep -q '^  title: Thực hiện nhiệm vụ xây dựng nông thôn mới năm {year}$' "$work/dx/email.yaml" &&
    grep -q '^  date: 2024-01-05$' "$work/dx/email.yaml" && grep -q '^  place: Đồng Hưu$' "$work/dx/email.yaml" &&
    grep -q '^opening: "UBND xã xây dựng Kế hoạch như sau:"$' "$work/dx/email.yaml" &&
    grep -q '^  - section: NHIỆM VỤ$' "$work/dx/email.yaml" && grep -q '^closing: Trên đây là Kế hoạch của UBND xã./.$' "$work/dx/email.yaml" &&
    grep -q '^  - "Lưu: VT"$' "$work/dx/email.yaml" && grep -q '^  name: Nguyễn Văn A$' "$work/dx/email.yaml" &&
    grep -q "^# review: an e-mail's signature under '--', none of the plan's, left out: -- / Gửi từ điện thoại$" "$work/dx/email.yaml" &&
    "$khgen" check "$work/dx/email.yaml" >/dev/null 2>&1; then
    ok "a plan pasted into an e-mail (one paragraph of line breaks): header, opening, sections, closing, recipients and signer read; the mail's '--' signature a review note"
else
    not_ok "e-mail plan: $(grep -v '^#' "$work/dx/email.yaml" | head -30 | tr '\n' '|' | head -c 700)"
fi

echo "$pass passed, $fail failed"
