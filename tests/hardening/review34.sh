#!/bin/sh
# tests/hardening/review34.sh KHGEN WORKDIR - what session 34's white-box
# review of session 33's new code found (issue 8). Each case fails with
# the tree from before its fix unless labelled a guard:
#  H1  (HIGH) a PDF's text (pdftotext -layout) with Biểu 01 read as a
#      table, then Biểu 02 whose rows have no "STT" header and their STT
#      left of Biểu 01's: the walk for a wrapped header (txt_layout.c
#      wrapped_head) went over "Biểu 02" up to Biểu 01's "STT" line; the
#      table did not line up and Biểu 01's lines, written as its table,
#      were copied again as its note, exit 0. Now no walk goes above what
#      is written nor past a page's label.
#  H2  (HIGH) a Biểu's title centred right over a header whose cell wraps
#      ("Kinh phí" over "dự kiến"), no empty line between: taken into the
#      column's header ("Danh mục công trình năm 2025 Kinh phí dự kiến"),
#      the title lost, exit 0 (table_top). A line above the header line
#      is a header cell's only over a gap of that line (over_gap). Guard:
#      krong-no's "Số tiêu chí phấn" over the gap, "đấu hoàn thành" under.
#  H3  (HIGH) a cell's last line ("tháng 5/2025" under "từ tháng 3 đến")
#      over a row whose cell in that column begins in small letters
#      ("tháng 6/2025"): moved to that row (opens_next, a centred cell's
#      rule), exit 0. A line opens the row under it only when the cell
#      goes on under that row's STT line too. Guard: tam-duong's centred
#      cells through Chromium still go in their rows.
#  H4  (HIGH) a Word plan whose bases alone were pasted out of a PDF
#      (s33review's H1 document) and typed "Phân công phụ trách các chỉ
#      tiêu" over "đ/c Chủ tịch ..." and "đ/c Phó Chủ tịch ...": the three
#      one paragraph, exit 0 (docx_wrapped.c: the pasting anywhere let any
#      small-letter paragraph join, undoing s33low's 1a). Guard: the
#      pasted bases still read whole.
#  H5  (HIGH) a cell's line "Cộng đồng dân cư các thôn" in a PDF text's
#      Biểu began a totals row of its own (total_cell took any text
#      beginning "Cộng"), its words in the STT column, exit 0. Guard: a
#      "Cộng" row is still the totals row.
#  H6  (HIGH) a Biểu's row line (or header line) of 1 MB over 4,000 lines:
#      split again for each line under it (wrapped_words, same_line),
#      2.4 s / 2.7 s (0.15 / 0.22 s at a quarter): n². Timed.
#  H7  (HIGH) "NGƯỜI LẬP BIỂU" and the signer's name under Biểu 01 with
#      Biểu 02's rows within four lines, no empty line between:
#      row_follows looked past "Biểu 02", and both went into Biểu 01's last
#      cell, exit 0. Now a KH762 review line, as under any table.
#  H8  (HIGH) a cell's line whose words touch the next column's, one space
#      apart ("... toàn xã và các Ban công tác mặt trận"): read as a note
#      across the columns (s33low's rule), the table ended there and rows
#      2 and 3 became that note's text, exit 0. A line with rows under it
#      is the table's, and its words are cut where a column begins.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"

# ---- H1: a walk for the header went past Biểu 02's label into Biểu 01 ------------------
{ head_page; cat <<'EOF'
Biểu 01
          STT     Tiêu chí          Người phụ trách
           1      Giao thông        Công chức Địa chính
           2      Văn hóa           Công chức Văn hóa
Biểu 02
  Số     Thôn              Số hộ
  1      Nà Pàn            120
  2      Khòn Pựt          95
EOF
} >"$work/h1.txt"
imp h1
if [ "$st" -eq 0 ] && ! grep -q '^    note:' "$work/h1.yaml" && [ "$(grep -c 'Giao thông' "$work/h1.yaml")" -eq 1 ] &&
    grep -q '^      - \[2, "Khòn Pựt", 95\]$' "$work/h1.yaml" && ! grep -q KH762 "$work/h1.err"; then
    ok "H1 Biểu 01 written as a table is not copied again as its note when Biểu 02's rows have no STT header; Biểu 02 read"
else
    not_ok "H1 status $st; $(grep -c 'Giao thông' "$work/h1.yaml") 'Giao thông'; $(grep '^    note:' "$work/h1.yaml" | head -c 200); $(grep -c KH762 "$work/h1.err") KH762"
fi

# ---- H2: a Biểu's title right over a wrapped header -------------------------------------
{ head_page; cat <<'EOF'
                                   Biểu 02
                           Danh mục công trình năm 2025
STT     Tên công trình                   Kinh phí         Thời gian
                                         dự kiến
 1      Đường trục thôn Nà Pàn           1.200            quý II
 2      Kênh mương thôn Khòn Pựt         800              quý III
EOF
} >"$work/h2.txt"
imp h2
if [ "$st" -eq 0 ] && grep -q '^    title: Danh mục công trình năm {year}$' "$work/h2.yaml" &&
    grep -q '^      - {key: c3, header: "Kinh phí dự kiến", type: int}$' "$work/h2.yaml"; then
    ok "H2 a Biểu's title right over a header with a wrapped cell stays the title, not that column's header"
else
    not_ok "H2 status $st; $(grep -n 'title:\|header:' "$work/h2.yaml" | tr '\n' '|' | head -c 500)"
fi
{ head_page; cat <<'EOF'
                                                  Biểu 01
              CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI CÁC XÃ PHẤN ĐẤU HOÀN THÀNH NĂM 2022

                            Số tiêu chí phấn
 STT          Tên xã                                Tiêu chí số
                            đấu hoàn thành
   1    Xã Năm Nung                5           5, 9, 16, 18, 19
   2    Xã Quảng Phú               4           2, 6, 13, 17
EOF
} >"$work/h2g.txt"
imp h2g
if [ "$st" -eq 0 ] && grep -q 'header: "Số tiêu chí phấn đấu hoàn thành"' "$work/h2g.yaml" &&
    grep -q '^      - \["Xã Quảng Phú", 4, "2, 6, 13, 17"\]$' "$work/h2g.yaml"; then
    ok "H2 guard: a header cell wrapped above and below the header line, over its gap (krong-no), is still the header's"
else
    not_ok "H2 guard: status $st; $(grep -n 'header:' "$work/h2g.yaml" | tr '\n' '|' | head -c 400) $(rows h2g)"
fi

# ---- H3: a cell's last line over a row whose cell begins in small letters ---------------
{ head_page; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2025

STT         Nội dung nhiệm vụ                      Cơ quan chủ trì           Thời gian
 1    Kiện toàn Ban Chỉ huy           Phòng Nông nghiệp và Phát triển   từ tháng 3 đến
                                                                        tháng 5/2025
 2    Rà soát khu dân cư vùng trũng   Phòng Tài nguyên và Môi trường    tháng 6/2025
 3    Dự trữ vật tư, phương tiện      Ban Chỉ huy Quân sự huyện         trước tháng 8/2025
EOF
} >"$work/h3.txt"
imp h3
if [ "$st" -eq 0 ] && grep -qF -- '- ["Kiện toàn Ban Chỉ huy", "Phòng Nông nghiệp và Phát triển", "từ tháng 3 đến tháng 5/{year}"]' "$work/h3.yaml" &&
    grep -qF -- '- ["Rà soát khu dân cư vùng trũng", "Phòng Tài nguyên và Môi trường", "tháng 6/{year}"]' "$work/h3.yaml"; then
    ok "H3 a cell's last line ('tháng 5/2025') stays in its row over a row whose cell begins in small letters"
else
    not_ok "H3 status $st; $(rows h3)"
fi
{ head_page; sed -n '47,59p' tests/hardening/round33-tamduong.txt; } >"$work/h3g.txt"
imp h3g
if [ "$st" -eq 0 ] && grep -qF '"Giao Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện rà soát văn bản quy phạm pháp luật; thời gian: trước ngày 30/6/{year}."' "$work/h3g.yaml" &&
    grep -qF '"Giao Phòng Nội vụ chủ trì tuyển dụng, bố trí công chức theo vị trí việc làm; thời gian: quý III/{year}."' "$work/h3g.yaml" &&
    grep -qF '{heading: "CẢI CÁCH THỂ CHẾ"}' "$work/h3g.yaml"; then
    ok "H3 guard: tam-duong's cells centred above their STT line (Chromium) still go in their rows"
else
    not_ok "H3 guard: status $st; $(rows h3g)"
fi

# ---- H4: a Word plan whose bases alone were pasted: its small-letter lines -------------
$PY - "$work/h4.docx" <<'PY' || not_ok "setup: h4.docx"
import sys
import docx
d = docx.Document()
from plan_header_docx import add_header_table
add_header_table(d)
for s, bold in [('KẾ HOẠCH', True), ('Xây dựng xã nông thôn mới nâng cao năm 2024', True),
                ('Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ chế quản', False),
                ('lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;', False),
                ('Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt', False),
                ('chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;', False),
                ('Căn cứ Kế hoạch số 12/KH-UBND ngày 25/12/2023 của UBND huyện Cao Lộc về thực', False),
                ('hiện Chương trình xây dựng nông thôn mới năm 2024.', False),
                ('UBND xã xây dựng Kế hoạch như sau:', False),
                ('I. MỤC TIÊU', True),
                ('Nâng cao đời sống vật chất và tinh thần của nhân dân trên địa bàn xã.', False),
                ('II. NHIỆM VỤ', True),
                ('Phân công phụ trách các chỉ tiêu', False),
                ('đ/c Chủ tịch UBND xã phụ trách chỉ tiêu 1', False),
                ('đ/c Phó Chủ tịch UBND xã phụ trách chỉ tiêu 2', False),
                ('Trên đây là Kế hoạch của UBND xã Bình Trung.', False),
                ('TM. ỦY BAN NHÂN DÂN', True), ('CHỦ TỊCH', True), ('Lê Văn Hùng', True)]:
    d.add_paragraph().add_run(s).bold = bold
d.save(sys.argv[1])
PY
imp h4
if [ "$st" -eq 0 ] && grep -qx '      - para: Phân công phụ trách các chỉ tiêu' "$work/h4.yaml" &&
    grep -qx '      - para: đ/c Chủ tịch UBND xã phụ trách chỉ tiêu 1' "$work/h4.yaml" &&
    grep -qx '      - para: đ/c Phó Chủ tịch UBND xã phụ trách chỉ tiêu 2' "$work/h4.yaml"; then
    ok "H4 a Word plan whose bases alone were pasted: 'đ/c ...' paragraphs under a short open line stay paragraphs"
else
    not_ok "H4 status $st; $(grep -n 'chỉ tiêu' "$work/h4.yaml" | tr '\n' '|' | head -c 500)"
fi
if grep -q 'quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia' "$work/h4.yaml" &&
    grep -q 'phê duyệt chương trình mục tiêu quốc gia xây dựng nông thôn mới' "$work/h4.yaml"; then
    ok "H4 guard: the pasted bases, broken before small letters, still read whole"
else
    not_ok "H4 guard: $(sed -n '/^bases:/,/^body:/p' "$work/h4.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- H5: "Cộng đồng ..." begins no totals row -------------------------------------------
{ head_page; cat <<'EOF'
                                   Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Tuyên truyền phòng chống dịch     Trạm y tế xã và         quý II
        Cộng đồng dân cư các thôn         Ban công tác mặt trận
 2      Phun thuốc khử trùng              Trạm y tế xã            quý III
EOF
} >"$work/h5.txt"
imp h5
if [ "$st" -eq 0 ] &&
    grep -qF -- '- ["Tuyên truyền phòng chống dịch Cộng đồng dân cư các thôn", "Trạm y tế xã và Ban công tác mặt trận", "quý II"]' "$work/h5.yaml" &&
    [ "$(sed -n '/^    rows:/,$p' "$work/h5.yaml" | grep -c '^      - ')" -eq 2 ]; then
    ok "H5 a cell's line 'Cộng đồng dân cư các thôn' stays in its row, no totals row made of it"
else
    not_ok "H5 status $st; $(rows h5)"
fi
{ head_page; cat <<'EOF'
                                   Biểu 01
                          LỰC LƯỢNG, PHƯƠNG TIỆN NĂM 2025

     STT             Lực lượng, phương tiện        Đơn vị tính      Số lượng
      1       Dân quân tự vệ                         người             350
      2       Xuồng máy                               chiếc             24
                               Cộng                                    374
EOF
} >"$work/h5g.txt"
imp h5g
if [ "$st" -eq 0 ] && grep -q 'Cộng' "$work/h5g.yaml" && ! grep -q KH762 "$work/h5g.err" &&
    [ "$(sed -n '/^    rows:/,$p' "$work/h5g.yaml" | grep -c '^      - \[')" -eq 2 ]; then
    ok "H5 guard: a centred 'Cộng' line is still the table's totals"
else
    not_ok "H5 guard: status $st; $(sed -n '/^    rows:/,$p' "$work/h5g.yaml" | tr '\n' '|' | head -c 500)"
fi

# ---- H6: a row or header line of 1 MB over 4,000 lines: linear ---------------------------
timed=${TIMED_KHGEN:-$khgen}
$PY - "$work" <<'PY'
import sys
w = sys.argv[1]
big = 'a' * 1000000
with open(w + '/big-row.txt', 'w', encoding='utf-8') as f:
    f.write('KẾ HOẠCH\n\nBiểu 01\nSTT   Nội dung   Ghi chú\n1     ' + big + '   x\n')
    f.write(''.join('      tiếp theo dòng %d\n' % i for i in range(4000)))
with open(w + '/big-head.txt', 'w', encoding='utf-8') as f:
    f.write('KẾ HOẠCH\n\nBiểu 01\nSTT   Nội dung   ' + big + '\n')
    f.write(''.join('%d     Dòng %d   x\n' % (i + 1, i) for i in range(4000)))
PY
timed_case "H6 a Biểu row line of 1 MB over 4,000 lines of its cell (2.4 s before)" "$timed" import -o - "$work/big-row.txt"
timed_case "H6 a Biểu header line of 1 MB over 4,000 rows (2.7 s before)" "$timed" import -o - "$work/big-head.txt"

# ---- H7: a signer under Biểu 01, Biểu 02's rows right under it --------------------------
{ head_page; cat <<'EOF'
Biểu 01
   STT     Tiêu chí          Người phụ trách
    1      Giao thông        Công chức Địa chính
    2      Văn hóa           Công chức Văn hóa
                             NGƯỜI LẬP BIỂU
                             Trần Văn B
Biểu 02
   STT     Thôn              Số hộ
    1      Nà Pàn            120
    2      Khòn Pựt          95
EOF
} >"$work/h7.txt"
imp h7
if [ "$st" -eq 0 ] && grep -qF -- '- ["Văn hóa", "Công chức Văn hóa"]' "$work/h7.yaml" &&
    grep -q '^# review: .*NGƯỜI LẬP BIỂU' "$work/h7.yaml" && grep -qF -- '- ["Khòn Pựt", 95]' "$work/h7.yaml"; then
    ok "H7 'NGƯỜI LẬP BIỂU' and its name under Biểu 01 stay out of its last cell though Biểu 02's rows follow within four lines"
else
    not_ok "H7 status $st; $(rows h7)"
fi

# ---- H8: a cell's line touching the next column's, rows under it ------------------------
{ head_page; cat <<'EOF'
                                   Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Tuyên truyền phòng chống dịch     Trạm y tế xã            quý II
        bệnh cho nhân dân toàn xã và các Ban công tác mặt trận
 2      Phun thuốc khử trùng              Trạm y tế xã            quý III
 3      Vệ sinh môi trường                Đoàn thanh niên         quý IV
EOF
} >"$work/h8.txt"
imp h8
if [ "$st" -eq 0 ] && ! grep -q '^    note:' "$work/h8.yaml" &&
    grep -qF -- '- ["Tuyên truyền phòng chống dịch bệnh cho nhân dân toàn xã và các", "Trạm y tế xã Ban công tác mặt trận", "quý II"]' "$work/h8.yaml" &&
    grep -qF -- '- ["Vệ sinh môi trường", "Đoàn thanh niên", "quý IV"]' "$work/h8.yaml"; then
    ok "H8 a cell's line touching the next column's words (one space) with rows under it is the table's, cut at the column; rows 2 and 3 kept"
else
    not_ok "H8 status $st; $(rows h8); $(grep '^    note:' "$work/h8.yaml" | head -c 200)"
fi

echo "$pass passed, $fail failed"
