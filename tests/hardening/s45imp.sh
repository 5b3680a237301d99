#!/bin/sh
# tests/hardening/s45imp.sh KHGEN WORKDIR - session 45's importer
# leftovers (session 44's "Left" 1 and 5; reproducers in /tmp/s45imp/ of
# that session). Officials start next year's plan from last year's, in
# any form: a PDF's text, a .md, a .txt. Each case fails at main 51df057c
# unless named a guard:
#  L1  a Biểu's table through a PDF's text (pdftotext -layout) whose
#      first page sets one row's time six places left of the others (a
#      line's places are counted from its characters' widths) and whose
#      second page is spaced at other columns, a time glued to the cell
#      before it by one space six places short of its column: the whole
#      table was KH762's '# review:' comments (round33's binh-trung
#      through Chromium's and LibreOffice's PDF since session 44); now its
#      six rows, the glued time in its column (KH767 says the cut);
#  L2  a Biểu's second page with a column more than its first (no
#      mapping onto the first page's columns): its header and rows went
#      into the Biểu's note, silently; now '# review:' comments, KH762;
#  G1  (guard) two narrow columns side by side that no row fills both of
#      ("Đạt", "Chưa đạt" with an "x" in one) stay two columns.
# About 10 runs of khgen, a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
cd "$work" || exit 2

biu() { # NAME: the plan's first page, then a Biểu of the lines on stdin (@FF@ a form feed)
    { head_page; printf '%s\n' '                                             Biểu 01' \
        '                          PHÂN CÔNG NHIỆM VỤ NĂM 2025' ''; sed 's/@FF@/\f/'; } >"$work/$1.txt"
}

# ---- L1: a table over two pages at other columns, a row's time drifted ------------------
biu l1 <<'EOF'
STT     Nội dung                        Người phụ trách         Thời gian
 1    Rà soát hộ nghèo, hộ cận        Công chức Văn hoá       Quý I/2025
      nghèo
 2    Tập huấn phòng chống thiên      Công an xã              Quý II/2025
      tai
 3    Kiểm tra an toàn thực phẩm      Trạm Y tế xã      Tháng 6/2025
 4    Sửa chữa nhà văn hóa            Thôn Đồng Tâm           Quý III/2025
@FF@                                    2

 STT       Nội dung                           Người phụ trách          Thời gian
  5      Làm đường giao thông               Công chức Địa chính      Quý III/2025
  6      Trồng cây xanh                     Đoàn Thanh niên xã Quý IV/2025
EOF
imp l1
want='      - ["Rà soát hộ nghèo, hộ cận nghèo", "Công chức Văn hoá", "Quý I/{year}"]|      - ["Tập huấn phòng chống thiên tai", "Công an xã", "Quý II/{year}"]|      - ["Kiểm tra an toàn thực phẩm", "Trạm Y tế xã", "Tháng 6/{year}"]|      - ["Sửa chữa nhà văn hóa", "Thôn Đồng Tâm", "Quý III/{year}"]|      - ["Làm đường giao thông", "Công chức Địa chính", "Quý III/{year}"]|      - ["Trồng cây xanh", "Đoàn Thanh niên xã", "Quý IV/{year}"]|'
got=$(rows l1)
if [ "$st" -eq 0 ] && [ "$got" = "    rows:|$want" ] && ! grep -q KH762 "$work/l1.err" &&
    grep -q "l1.txt:31:64: warning\[KH767\].*'Quý IV/2025'" "$work/l1.err"; then
    ok "L1 a Biểu's two pages at other columns, a time drifted and one glued: its six rows, KH767 at the cut"
else
    not_ok "L1 status $st: $got; $(head -c 400 "$work/l1.err")"
fi

# ---- L2: a later page that does not map stays a comment, said -----------------------------
biu l2 <<'EOF'
STT     Nội dung                        Người phụ trách         Thời gian
 1    Rà soát hộ nghèo                Công chức Văn hoá       Quý I/2025
 2    Tập huấn phòng chống            Công an xã              Quý II/2025
@FF@                                    2

 STT       Nội dung                           Người phụ trách          Thời gian          Ghi chú
  3      Làm đường giao thông               Công chức Địa chính      Quý III/2025       Vốn xã
  4      Trồng cây xanh                     Đoàn Thanh niên xã       Quý IV/2025        Vốn dân
EOF
imp l2
if [ "$st" -eq 0 ] && ! grep -q '^    note:' "$work/l2.yaml" &&
    grep -q '^# review:   4      Trồng cây xanh .*Vốn dân \[KH762\]' "$work/l2.yaml" &&
    grep -q 'l2.txt:17:1: warning\[KH762\]' "$work/l2.err" &&
    grep -q '^      - \["Tập huấn phòng chống", "Công an xã", "Quý II/{year}"\]' "$work/l2.yaml"; then
    ok "L2 a Biểu's later page with a column more: '# review:' comments and KH762, not the note"
else
    not_ok "L2 status $st: $(grep -n 'note:\|KH762' "$work/l2.yaml" | head -c 400); $(head -c 300 "$work/l2.err")"
fi

# ---- G1 (guard): two narrow columns no row fills both of ---------------------------------
biu g1 <<'EOF'
STT     Tiêu chí                   Đạt   Chưa đạt     Ghi chú
 1    Quy hoạch                     x               Đã rà soát
 2    Giao thông                            x       Còn 2 km
 3    Thủy lợi                      x               Đã rà soát
EOF
imp g1
want='    rows:|      - ["Quy hoạch", "x", "", "Đã rà soát"]|      - ["Giao thông", "", "x", "Còn 2 km"]|      - ["Thủy lợi", "x", "", "Đã rà soát"]|'
got=$(rows g1)
if [ "$st" -eq 0 ] && [ "$got" = "$want" ] && grep -q 'header: "Chưa đạt"' "$work/g1.yaml"; then
    ok "G1 guard: 'Đạt' and 'Chưa đạt' seven places apart, an x in one of them, stay two columns"
else
    not_ok "G1 guard: status $st: $got"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
