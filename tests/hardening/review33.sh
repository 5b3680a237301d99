#!/bin/sh
# tests/hardening/review33.sh KHGEN WORKDIR - what session 33's white-box
# review of session 32's new code found (issue 8). Each case fails with
# the tree from before its fix unless labelled a guard:
#  H1  (HIGH) a Word plan (python-docx) whose legal bases alone were
#      pasted out of a PDF, a line a paragraph (three lines broken before
#      a small letter: the document "looked pasted", docx_wrapped.c's
#      wrapped_width), its three targets typed in Word under their heading,
#      each left without a full stop: the three joined into one paragraph,
#      exit 0. A capital line now goes on a paragraph only near such breaks
#      (or in a paragraph that took a line already). Guard: a base broken
#      before a capital ("... ban hành" over "Bộ tiêu chí ...") among the
#      pasted lines still reads whole.
#  H2  (HIGH) a PDF's or an OCR's text whose pages 2 and 3 open with the
#      same line of the body ("Thời gian thực hiện: Quý II năm 2024."
#      under two tasks): both lines dropped as a running header
#      (txt_pages.c), no word, exit 0. Guard: a running header naming the
#      document on the same pages is still left out.
#  H3  (HIGH) a Biểu in a PDF's text (pdftotext -layout) whose cell wraps
#      onto a line in capitals ("Chủ tịch Ủy ban" over "MTTQ"): the table
#      ended there (s32review's rule for "NGƯỜI LẬP BIỂU" under a table),
#      its later rows KH762's review lines, out of the document.
#  H4  (HIGH) a Biểu's header cell that -layout prints around the header's
#      line ("Thời gian hoàn" above it, "thành" under it: Chromium's PDF of
#      le-thuy's Biểu): the header left empty, its words the table's note,
#      exit 0, no word (txt_layout.c's header walk).
#  H5  (HIGH) a text of form feeds and no line break: each page looked for
#      its first line's end to the text's end (txt_pages.c running_heads),
#      n²: 20,000/80,000 pages 0.34/5.1 s. Timed n against 4n.
#  M1  (MEDIUM) a Biểu whose line above the table is "Đơn vị: Ban quản lý
#      XDNTM xã Bình Trung" (who carries it out): imported as its unit and
#      printed "Đơn vị tính: Ban quản lý ..." in every format, the meaning
#      changed, no word. "Đơn vị: X" is now read whole and printed as
#      written. Guard: "ĐVT: triệu đồng" is still `unit: triệu đồng`.
#  M2  (MEDIUM) a .docx whose document.xml declares encoding='ASCII' (lxml
#      saves a part so when a script names no encoding, the rest written as
#      character references; Word opens it): refused KH754 since session
#      32's rule that a part be UTF-8 or UTF-16. ASCII is UTF-8: read.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"

# ---- H1: a Word plan with its bases pasted: the typed targets stay three ----------------
$PY - "$work/h1.docx" <<'PY' || not_ok "setup: h1.docx"
import sys
import docx
from plan_header_docx import add_header_table
d = docx.Document()
add_header_table(d)
for s, bold in [('KẾ HOẠCH', True), ('Xây dựng xã nông thôn mới nâng cao năm 2024', True),
                ('Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ chế quản', False),
                ('lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;', False),
                ('Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt', False),
                ('chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;', False),
                ('Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành', False),
                ('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025;', False),
                ('Căn cứ Kế hoạch số 12/KH-UBND ngày 25/12/2023 của UBND huyện Cao Lộc về thực', False),
                ('hiện Chương trình xây dựng nông thôn mới năm 2024.', False),
                ('UBND xã xây dựng Kế hoạch như sau:', False),
                ('I. MỤC TIÊU', True), ('1. Chỉ tiêu', True),
                ('Tỷ lệ hộ nghèo giảm còn dưới 2% theo chuẩn nghèo đa chiều giai đoạn mới', False),
                ('Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên trên địa bàn xã', False),
                ('Tỷ lệ hộ gia đình sử dụng nước sạch đạt chuẩn theo quy định đạt từ 60% trở lên', False),
                ('Trên đây là Kế hoạch của UBND xã Bình Trung.', False),
                ('TM. ỦY BAN NHÂN DÂN', True), ('CHỦ TỊCH', True), ('Lê Văn Hùng', True)]:
    d.add_paragraph().add_run(s).bold = bold
d.save(sys.argv[1])
PY
imp h1
if [ "$st" -eq 0 ] &&
    grep -q '^ *- para: Tỷ lệ hộ nghèo giảm còn dưới 2% theo chuẩn nghèo đa chiều giai đoạn mới$' "$work/h1.yaml" &&
    grep -q '^ *- para: Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên trên địa bàn xã$' "$work/h1.yaml" &&
    grep -q '^ *- para: Tỷ lệ hộ gia đình sử dụng nước sạch đạt chuẩn theo quy định đạt từ 60% trở lên$' "$work/h1.yaml"; then
    ok "H1 a Word plan whose bases alone were pasted: its three typed targets stay three paragraphs"
else
    not_ok "H1 status $st; $(grep -n 'Tỷ lệ' "$work/h1.yaml" | tr '\n' '|' | head -c 600)"
fi
if grep -q 'ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025' "$work/h1.yaml" &&
    [ "$(grep -c '^  - kind: ' "$work/h1.yaml")" -eq 4 ]; then
    ok "H1 guard: the pasted base broken before a capital ('ban hành' over 'Bộ tiêu chí') reads whole, four bases"
else
    not_ok "H1 guard: $(sed -n '/^bases:/,/^body:/p' "$work/h1.yaml" | tr '\n' '|' | head -c 700)"
fi

# ---- H2: a line of the body opening two pages is no running header ----------------------
printf '%s\n' 'ỦY BAN NHÂN DÂN' 'XÃ BÌNH TRUNG' '' 'Số: 15/KH-UBND' '' 'KẾ HOẠCH' \
    'Xây dựng xã nông thôn mới nâng cao năm 2024' '' 'I. NHIỆM VỤ' '1. Giao thông' \
    'Nâng cấp đường trục thôn Nà Pàn dài 1,2 km.' >"$work/h2.txt"
printf '\f%s\n' 'UBND XÃ BÌNH TRUNG - Kế hoạch số 15/KH-UBND (tiếp theo)' >>"$work/h2.txt"
printf '%s\n' 'Thời gian thực hiện: Quý II năm 2024.' '2. Thủy lợi' \
    'Kiên cố hóa kênh mương nội đồng thôn Khòn Pựt dài 800 m.' >>"$work/h2.txt"
printf '\f%s\n' 'UBND XÃ BÌNH TRUNG - Kế hoạch số 15/KH-UBND (tiếp theo)' >>"$work/h2.txt"
printf '%s\n' 'Thời gian thực hiện: Quý II năm 2024.' '3. Điện' 'Cải tạo lưới điện hạ thế thôn Bản Pjầu.' \
    'Trên đây là Kế hoạch của UBND xã Bình Trung.' '' 'TM. ỦY BAN NHÂN DÂN' 'CHỦ TỊCH' 'Lê Văn Hùng' >>"$work/h2.txt"
# the same pages, the body's line opening pages 2 and 3 with no header above it
sed 's/^\fUBND XÃ BÌNH TRUNG - Kế hoạch số 15\/KH-UBND (tiếp theo)$/\f/' "$work/h2.txt" >"$work/h2b.txt"
imp h2
"$khgen" import "$work/h2b.txt" -o "$work/h2b.yaml" >/dev/null 2>"$work/h2b.err"
stb=$?
if [ "$st" -eq 0 ] && [ "$stb" -eq 0 ] &&
    [ "$(grep -c 'Thời gian thực hiện: {due}' "$work/h2b.yaml")" -eq 2 ] &&
    [ "$(grep -c 'Thời gian thực hiện: {due}' "$work/h2.yaml")" -eq 2 ]; then
    ok "H2 a line of the body opening two pages in a row ('Thời gian thực hiện: Quý II năm 2024.') is kept, not dropped as a running header"
else
    not_ok "H2 status $st/$stb; $(grep -c 'Thời gian' "$work/h2.yaml") and $(grep -c 'Thời gian' "$work/h2b.yaml") deadlines kept of 2"
fi
if ! grep -q 'Kế hoạch số 15/KH-UBND' "$work/h2.yaml"; then
    ok "H2 guard: the running header naming the document, '(tiếp theo)' after it, on the same pages, is still left out"
else
    not_ok "H2 guard: $(grep -n 'Kế hoạch số 15' "$work/h2.yaml" | head -3 | tr '\n' '|')"
fi

# ---- H3: a cell's line in capitals inside a PDF text's Biểu ----------------------------
{ head_page; cat; } >"$work/h3.txt" <<'EOF'
Biểu 01
                            PHÂN CÔNG PHỤ TRÁCH
   STT     Tiêu chí          Người phụ trách
    1      Giao thông        Công chức Địa chính
    2      Văn hóa           Chủ tịch Ủy ban
                             MTTQ
    3      Y tế              Trạm y tế xã
    4      Môi trường        Công chức Địa chính
EOF
imp h3
if [ "$st" -eq 0 ] && grep -q '^      - \["Văn hóa", "Chủ tịch Ủy ban MTTQ"\]$' "$work/h3.yaml" &&
    grep -q '^      - \["Môi trường", "Công chức Địa chính"\]$' "$work/h3.yaml" &&
    ! grep -q 'KH762' "$work/h3.err"; then
    ok "H3 a Biểu's cell wrapped onto a line in capitals ('MTTQ') in a PDF's text: the table goes on, rows 3 and 4 kept"
else
    not_ok "H3 status $st; $(sed -n '/^    rows:/,$p' "$work/h3.yaml" | head -6 | tr '\n' '|'); $(grep -c KH762 "$work/h3.err") KH762"
fi

# ---- H4: a header cell printed around the header's line ---------------------------------
cat >"$work/h4.txt" <<'EOF'
                 ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                 HUYỆN LỆ THỦY                         Độc lập - Tự do - Hạnh phúc
              Số: 78/KH-UBND                      Lệ Thủy, ngày 5 tháng 4 năm 2025

                                      KẾ HOẠCH
                         Phòng chống thiên tai năm 2025

     UBND huyện xây dựng Kế hoạch như sau:
     I. MỤC ĐÍCH
     Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân.
     Trên đây là Kế hoạch của UBND huyện.
                                                         TM. ỦY BAN NHÂN DÂN
                                                                CHỦ TỊCH

                                                              Nguyễn Văn A

                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2025

                                                                                  Thời gian hoàn
STT         Nội dung nhiệm vụ                      Cơ quan chủ trì
                                                                                      thành
 1    Kiện toàn Ban Chỉ huy           Phòng Nông nghiệp và Phát triển nông thôn   tháng 5/2025
 2    Rà soát khu dân cư vùng trũng   Phòng Tài nguyên và Môi trường              tháng 6/2025
 3    Dự trữ vật tư, phương tiện      Ban Chỉ huy Quân sự huyện                   trước tháng 8/2025
EOF
imp h4
if [ "$st" -eq 0 ] && grep -q '^      - {key: c4, header: "Thời gian hoàn thành"}$' "$work/h4.yaml" &&
    grep -q '^      - {key: c2, header: "Nội dung nhiệm vụ"}$' "$work/h4.yaml" &&
    ! grep -q '^    note:' "$work/h4.yaml"; then
    ok "H4 a header cell printed around the header's line ('Thời gian hoàn' over it, 'thành' under it) is the header's, no note made of it"
else
    not_ok "H4 status $st; $(sed -n '/^    columns:/,/^    rows:/p;/^    note:/p' "$work/h4.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- H5: form feeds and no line break: linear --------------------------------------------
timed=${TIMED_KHGEN:-$khgen}
$PY - "$work" <<'PY'
import sys
for name, n in (('ff1', 20000), ('ff4', 80000)):
    with open('%s/%s.txt' % (sys.argv[1], name), 'w', encoding='utf-8') as f:
        f.write('KẾ HOẠCH\n' + 'ab\f' * n)
PY
scaling_case "H5: 20,000 and 80,000 form feeds and no line break" \
    "$timed" import -o - "$work/ff1.txt" -- "$timed" import -o - "$work/ff4.txt"

# ---- M1: "Đơn vị: X" above a Biểu's table is kept as written --------------------------
md_bieu() { # FILE LINE: a plan's .md with a Biểu, LINE above its table
    printf '%s\n' '**ỦY BAN NHÂN DÂN**' '**XÃ BÌNH TRUNG**' '' 'Số: 15/KH-UBND' '' \
        '*Bình Trung, ngày 10 tháng 01 năm 2024*' '' '## KẾ HOẠCH' '' \
        '### Xây dựng xã nông thôn mới năm 2024' '' 'UBND xã xây dựng Kế hoạch như sau:' '' \
        '**I. NHIỆM VỤ**' '' 'Nâng cấp đường trục thôn Nà Pàn.' '' '**TM. ỦY BAN NHÂN DÂN**' '' \
        '**CHỦ TỊCH**' '' '**Lê Văn Hùng**' '' '---' '' '**Biểu 01**' '' \
        '**PHÂN CÔNG PHỤ TRÁCH**' '' "$2" '' '| STT | Tiêu chí | Người phụ trách |' \
        '|:---:|---|---|' '| 1 | Giao thông | Công chức Địa chính |' '| 2 | Y tế | Trạm y tế xã |' >"$1"
}
md_bieu "$work/m1.md" 'Đơn vị: Ban quản lý XDNTM xã Bình Trung'
md_bieu "$work/m1g.md" 'ĐVT: triệu đồng'
"$khgen" import "$work/m1.md" -o "$work/m1.yaml" >/dev/null 2>"$work/m1.err"
st=$?
"$khgen" build -f md,html,docx -o "$work/m1o" "$work/m1.yaml" >/dev/null 2>&1
if [ "$st" -eq 0 ] && grep -q '^    unit: "Đơn vị: Ban quản lý XDNTM xã Bình Trung"$' "$work/m1.yaml" &&
    grep -q '^\*Đơn vị: Ban quản lý XDNTM xã Bình Trung\*$' "$work/m1o/m1.md" &&
    ! grep -rq 'Đơn vị tính: Ban' "$work/m1o/m1.md" "$work/m1o/m1.html" &&
    unzip -p "$work/m1o/m1.docx" word/document.xml | grep -q 'Đơn vị: Ban quản lý XDNTM xã Bình Trung' &&
    ! unzip -p "$work/m1o/m1.docx" word/document.xml | grep -q 'Đơn vị tính: Ban'; then
    ok "M1 'Đơn vị: Ban quản lý XDNTM xã Bình Trung' above a Biểu is read whole and printed as written, never 'Đơn vị tính: Ban ...'"
else
    not_ok "M1 status $st; $(grep -n 'unit:' "$work/m1.yaml" | grep -v '{unit' | tr '\n' '|'); $(grep -rho 'Đơn vị[^<*]*' "$work/m1o" 2>/dev/null | head -3 | tr '\n' '|')"
fi
"$khgen" import "$work/m1g.md" -o "$work/m1g.yaml" >/dev/null 2>&1
if grep -q '^    unit: triệu đồng$' "$work/m1g.yaml"; then
    ok "M1 guard: 'ĐVT: triệu đồng' is still unit: triệu đồng"
else
    not_ok "M1 guard: $(grep -n 'unit' "$work/m1g.yaml" | tr '\n' '|')"
fi

# ---- M2: a part declaring encoding='ASCII' (lxml's) is UTF-8 ---------------------------
"$khgen" build -f docx -o "$work/m2" "$work/m1.yaml" >/dev/null 2>&1
$PY - "$work/m2/m1.docx" "$work/m2.docx" <<'PY' || not_ok "setup: m2.docx"
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    parts = {n: z.read(n) for n in z.namelist()}
x = re.sub(r'^<\?xml[^>]*\?>', '', parts['word/document.xml'].decode('utf-8'))
parts['word/document.xml'] = ("<?xml version='1.0' encoding='ASCII' standalone='yes'?>" + x).encode('ascii', 'xmlcharrefreplace')
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as o:
    for n, d in parts.items():
        o.writestr(n, d)
PY
imp m2
if [ "$st" -eq 0 ] && grep -q 'Nâng cấp đường trục thôn {loc na-pan}' "$work/m2.yaml" && ! grep -q KH754 "$work/m2.err"; then
    ok "M2 a .docx whose document.xml declares encoding='ASCII' (characters as references, as lxml saves it) is read, not refused KH754"
else
    not_ok "M2 status $st; $(head -c 300 "$work/m2.err")"
fi

echo "$pass passed, $fail failed"
