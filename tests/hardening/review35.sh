#!/bin/sh
# tests/hardening/review35.sh KHGEN WORKDIR - what session 35's white-box
# review of session 34's importer code (txt_layout.c: page grids, centred
# cells, the lone STT row, the walks for a header, the end-of-table scan)
# found (issue 8). Each case fails with the tree from before its fix
# unless labelled a guard; all are PDF texts as `pdftotext -layout` prints
# them (the plan's first page: pdf_first_page.txt):
#  F1  (HIGH, quadratic) a body table whose header is printed again on
#      every page and which does not line up (a line at its STT column):
#      read again from each repeated header to its end, 1,000 pages
#      0.9 s, 4,000 pages 8.1 s. Timed, n against 4n.
#  F2  (HIGH) Biểu 01 (its header and one row) right over "Biểu 02", a
#      title and an empty line over Biểu 02's rows: the walk for a header
#      over empty lines (table_top) went over the label into Biểu 01, and
#      Biểu 01's lines were copied again as its own note, exit 0.
#  F3  (HIGH) the last row's cell going on over a page break (the header
#      printed again), then the note under the table, indented: the note
#      went into the last row's cells, cut at the columns, exit 0. Guard:
#      the same without the page break.
#  F4  (HIGH) a table whose cells stand at the top of their rows
#      (LibreOffice's) with one cell line in small letters ("tháng
#      5/2025") over a row whose cell begins in small letters and wraps:
#      the table taken for centred, each wrapped cell split between two
#      rows, exit 0. Guard: tam-duong's centred cells (Chromium).
#  F5  (HIGH) a centred table whose next row's cell begins in small
#      letters ("trước ngày" beside "Rà soát ..."): kept on the row above,
#      "... năm 2025 trước ngày" / "30/6/2025", exit 0.
#  F6  (HIGH) a section's label alone ("III." over an empty line) under a
#      body table's last row: an empty row of the table, the section's
#      number lost, the table no longer read as tasks, exit 0. Guard: an
#      STT alone over the next row is an empty row still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"

# ---- F1: a body table's header on every page, the table not lining up: n² ---------------
$PY - "$work" "$first_page" <<'PY'
import sys
w, first = sys.argv[1], open(sys.argv[2], encoding='utf-8').read()
for n in (1000, 4000):
    lines = []
    for i in range(n):
        lines += ['STT     Tên công việc       Kết quả',
                  ' %d      Việc số %d           xong' % (i + 1, i + 1), '  zz']
    with open('%s/f1-%d.txt' % (w, n), 'w', encoding='utf-8') as f:
        f.write(first + '\n'.join(lines) + '\n')
PY
timed=${TIMED_KHGEN:-$khgen}
scaling_case "F1 import of a body table not lining up, its header again on each of 1,000 and 4,000 pages (0.9 s, 8.1 s before)" \
    "$timed" import "$work/f1-1000.txt" -o - -- "$timed" import "$work/f1-4000.txt" -o -

# ---- F2: the header walk over empty lines went over "Biểu 02" into Biểu 01 ---------------
{ cat "$first_page"; cat <<'EOF'
Biểu 01
          STT     Tiêu chí          Người phụ trách
           1      Giao thông        Công chức Địa chính
Biểu 02
                DANH SÁCH THÔN

  1      Nà Pàn            120
  2      Khòn Pựt          95
EOF
} >"$work/f2.txt"
imp f2
if [ "$st" -eq 0 ] && ! grep -q '^    note:' "$work/f2.yaml" && [ "$(grep -c 'Giao thông' "$work/f2.yaml")" -eq 1 ] &&
    grep -q '^      - \[2, "Khòn Pựt", 95\]$' "$work/f2.yaml" && ! grep -q KH762 "$work/f2.err"; then
    ok "F2 Biểu 01 is not copied again as its note when Biểu 02's rows stand under its title and an empty line; Biểu 02 read"
else
    not_ok "F2 status $st; $(grep -c 'Giao thông' "$work/f2.yaml") 'Giao thông'; $(grep '^    note:' "$work/f2.yaml" | head -c 200); $(grep -c KH762 "$work/f2.err") KH762"
fi

# ---- F3: a note under a last row carried over a page break -------------------------------
f3_table() {
    cat "$first_page"
    cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ                  Cơ quan chủ trì            Thời gian
 1    Kiện toàn Ban Chỉ huy              Văn phòng HĐND và UBND     quý I/2025
 2    Rà soát khu dân cư vùng trũng      Công chức Địa chính        quý II/2025
      thấp, ven sông, ven suối
EOF
}
{ f3_table; printf '\n\n%41s2\n\fSTT   Nội dung nhiệm vụ                  Cơ quan chủ trì            Thời gian\n' ''
    printf '%s\n' '      và các điểm sạt lở' \
        '      số liệu tính đến ngày 31/12/2024, các đơn vị cập nhật khi có thay đổi'; } >"$work/f3.txt"
{ f3_table; printf '%s\n' '      và các điểm sạt lở' \
    '      số liệu tính đến ngày 31/12/2024, các đơn vị cập nhật khi có thay đổi'; } >"$work/f3g.txt"
for f in f3 f3g; do
    imp $f
    if [ "$st" -eq 0 ] && grep -qx '    note: số liệu tính đến ngày 31/12/2024, các đơn vị cập nhật khi có thay đổi' "$work/$f.yaml" &&
        grep -qF -- '- ["Rà soát khu dân cư vùng trũng thấp, ven sông, ven suối và các điểm sạt lở", "Công chức Địa chính", "quý II/{year}"]' "$work/$f.yaml"; then
        case $f in
        f3) ok "F3 the note under a last row whose cell goes on over a page break stays the note, out of the row's cells" ;;
        *) ok "F3 guard: the same with no page break" ;;
        esac
    else
        not_ok "$f status $st; $(rows $f)"
    fi
done

# ---- F4: a top-aligned table taken for centred by one line --------------------------------
{ cat "$first_page"; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2025

STT   Nội dung nhiệm vụ                  Cơ quan chủ trì            Thời gian
 1    Kiện toàn Ban Chỉ huy phòng        Văn phòng HĐND và UBND     quý I/2025
      chống thiên tai xã
 2    Xây dựng phương án ứng phó         Ban Chỉ huy Quân sự xã     từ tháng 3 đến
                                                                    tháng 5/2025
 3    Rà soát khu dân cư vùng trũng      Công chức Địa chính        trước tháng 8/2025
      thấp, ven sông                                                và báo cáo
 4    Dự trữ vật tư, phương tiện         Công chức Tài chính        quý III/2025
EOF
} >"$work/f4.txt"
imp f4
if [ "$st" -eq 0 ] && grep -qF -- '- ["Kiện toàn Ban Chỉ huy phòng chống thiên tai xã", "Văn phòng HĐND và UBND", "quý I/{year}"]' "$work/f4.yaml" &&
    grep -qF -- '- ["Xây dựng phương án ứng phó", "Ban Chỉ huy Quân sự xã", "từ tháng 3 đến tháng 5/{year}"]' "$work/f4.yaml" &&
    grep -qF -- '- ["Rà soát khu dân cư vùng trũng thấp, ven sông", "Công chức Địa chính", "trước tháng 8/{year} và báo cáo"]' "$work/f4.yaml" &&
    grep -qF -- '- ["Dự trữ vật tư, phương tiện", "Công chức Tài chính", "quý III/{year}"]' "$work/f4.yaml"; then
    ok "F4 a table whose cells stand at the top of their rows keeps each wrapped cell in its row (not read as centred)"
else
    not_ok "F4 status $st; $(rows f4)"
fi
{ cat "$first_page"; sed -n '47,59p' "$top/tests/hardening/round33-tamduong.txt"; } >"$work/f4g.txt"
imp f4g
if [ "$st" -eq 0 ] && grep -qF '"Giao Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện rà soát văn bản quy phạm pháp luật; thời gian: trước ngày 30/6/{year}."' "$work/f4g.yaml" &&
    grep -qF '"Giao Phòng Nội vụ chủ trì tuyển dụng, bố trí công chức theo vị trí việc làm; thời gian: quý III/{year}."' "$work/f4g.yaml"; then
    ok "F4 guard: tam-duong's cells centred in their rows (Chromium) still go in their rows"
else
    not_ok "F4 guard: status $st; $(rows f4g)"
fi

# ---- F5: a centred row's cell beginning in small letters kept on the row above -----------
{ cat "$first_page"; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2025

STT           Nội dung nhiệm vụ                 Cơ quan chủ trì          Thời gian
      Kiện toàn Ban Chỉ huy phòng chống                                từ tháng 3 đến
 1    thiên tai và tìm kiếm cứu nạn xã,       Văn phòng UBND xã        hết tháng 5 năm
      phân công thành viên phụ trách                                        2025
      Rà soát khu dân cư vùng trũng thấp,                                 trước ngày
 2    ven sông, ven suối và các điểm có       Công chức Địa chính         30/6/2025
      nguy cơ sạt lở đất
 3    Dự trữ vật tư, phương tiện              Công chức Tài chính         quý III/2025
EOF
} >"$work/f5.txt"
imp f5
if [ "$st" -eq 0 ] && grep -qF -- '"Văn phòng UBND xã", "từ tháng 3 đến hết tháng 5 năm {year}"]' "$work/f5.yaml" &&
    grep -qF -- '- ["Rà soát khu dân cư vùng trũng thấp, ven sông, ven suối và các điểm có nguy cơ sạt lở đất", "Công chức Địa chính", "trước ngày 30/6/{year}"]' "$work/f5.yaml"; then
    ok "F5 a centred row's cell beginning in small letters ('trước ngày') goes in its row, not the row above"
else
    not_ok "F5 status $st; $(rows f5)"
fi

# ---- F6: a section's label alone under a body table ---------------------------------------
$PY - "$first_page" "$work/f6.txt" <<'PY'
import sys
page = open(sys.argv[1], encoding='utf-8').read().split('\n')
at = next(k for k, l in enumerate(page) if 'Trên đây' in l)
table = ['     II. NHIỆM VỤ',
         'STT   Nội dung nhiệm vụ                  Cơ quan chủ trì            Thời gian',
         ' 1    Kiện toàn Ban Chỉ huy              Văn phòng HĐND và UBND     quý I/2025',
         ' 2    Rà soát khu dân cư vùng trũng      Công chức Địa chính        quý II/2025',
         'III.', '', '     TỔ CHỨC THỰC HIỆN', '     Các cơ quan, đơn vị triển khai thực hiện.']
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(page[:at] + table + page[at:]))
PY
imp f6
if [ "$st" -eq 0 ] && ! grep -q 'III\.' "$work/f6.yaml" && ! grep -q 'label: ""' "$work/f6.yaml" &&
    grep -qx '  - section: TỔ CHỨC THỰC HIỆN' "$work/f6.yaml" && grep -qx '          - task: Rà soát khu dân cư vùng trũng' "$work/f6.yaml"; then
    ok "F6 a section's label alone ('III.') under a body table is no empty row of it; the section keeps its number"
else
    not_ok "F6 status $st; $(sed -n '/^body:/,/^closing/p' "$work/f6.yaml" | tr '\n' '|' | head -c 900)"
fi

{ cat "$first_page"; cat <<'EOF'
                                             Biểu 01
                          DANH SÁCH THÔN NĂM 2025

STT   Tên thôn                Số hộ        Ghi chú
 1    Nà Pàn                  120          đạt
 2
 3    Khòn Pựt                95           chưa đạt
EOF
} >"$work/f6g.txt"
imp f6g
if [ "$st" -eq 0 ] && [ "$(rows f6g)" = '    rows:|      - ["Nà Pàn", 120, "đạt"]|      - ["", "", ""]|      - ["Khòn Pựt", 95, "chưa đạt"]|' ]; then
    ok "F6 guard: an STT alone over the next row is still an empty row of the table"
else
    not_ok "F6 guard: status $st; $(rows f6g)"
fi

echo "$pass passed, $fail failed"
