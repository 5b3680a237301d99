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
#  M1  a .md's struck text ("~~100%~~ 95%", <del>, <s>, <strike>, a
#      table's cell "~~85~~ 80") was read as its words: "đạt 100% 95%", a
#      wrong figure, a cell "85 80", exit 0, no word (a .docx's is left
#      out since session 44); now left out, quoted in a '# review:'
#      comment [KH772], with the warning at its line;
#  M2  a .md's raised and lowered digits ("m^2^", "m<sup>2</sup>",
#      "CO~2~", "CO<sub>2</sub>") were read "m2", "CO2"; now "m²", "CO₂";
#      a raised "(1)" kept as written with a comment and KH772;
#  G1  (guard) two narrow columns side by side that no row fills both of
#      ("Đạt", "Chưa đạt" with an "x" in one) stay two columns;
#  G2  (guard) khgen's own .md of a plan whose text holds "x^2^", "H~2~O"
#      and a code span's "~~mã~~" comes back the same plan (diff exit 0).
# About 16 runs of khgen, a second or two.
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

# ---- M1, M2: a .md's struck, raised and lowered pieces ------------------------------------
cat >"$work/m1.md" <<'EOF'
**KẾ HOẠCH**

**Nước sạch năm 2025**

**I. MỤC TIÊU**

Tỷ lệ hộ dùng nước sạch đạt ~~100%~~ 95% số hộ.

Kinh phí <del>50</del> 60 triệu đồng, <s>cũ</s> mới, <strike>xưa</strike> nay.

| STT | Thôn | Tỷ lệ (%) |
|---|---|---|
| 1 | Thôn Một | ~~85~~ 80 |
| 2 | Thôn Hai | 90 |
EOF
"$khgen" import -o "$work/m1.yaml" "$work/m1.md" >/dev/null 2>"$work/m1.err"
st=$?
if [ "$st" -eq 0 ] && grep -q 'đạt 95% số hộ\.' "$work/m1.yaml" && ! grep -q '100% 95%' "$work/m1.yaml" &&
    grep -q 'Kinh phí 60 triệu đồng, mới, nay\.' "$work/m1.yaml" &&
    grep -q '^ *# review: struck through in the document, left out of the plan: 100% \[KH772\]' "$work/m1.yaml" &&
    grep -q 'left out of the plan: xưa \[KH772\]' "$work/m1.yaml" &&
    grep -q '"Thôn Một", 80\]\|"Thôn Một", "80"\]' "$work/m1.yaml" &&
    grep -q "m1.md:7:1: warning\[KH772\]: '[^']*m1.md' has 5 pieces of struck-through text (the first: '100%')" "$work/m1.err"; then
    ok "M1 a .md's struck text (~~x~~, <del>, <s>, <strike>, a cell's) is left out, quoted in a comment, warned at its line"
else
    not_ok "M1 status $st: $(grep -n 'đạt\|Kinh phí\|Thôn Một\|KH772' "$work/m1.yaml" | head -6 | tr '\n' '|') $(head -c 300 "$work/m1.err")"
fi
cat >"$work/m2.md" <<'EOF'
**KẾ HOẠCH**

**Nhà văn hóa năm 2025**

**I. MỤC TIÊU**

Xây dựng nhà văn hóa 200 m^2^ và sân 300 m<sup>2</sup> mỗi thôn.

Giảm khí CO~2~ và CO<sub>2</sub> trong sản xuất, theo mục<sup>(1)</sup>.
EOF
"$khgen" import -o "$work/m2.yaml" "$work/m2.md" >/dev/null 2>"$work/m2.err"
st=$?
if [ "$st" -eq 0 ] && grep -q '200 m² và sân 300 m² mỗi thôn\.' "$work/m2.yaml" &&
    grep -q 'Giảm khí CO₂ và CO₂ trong sản xuất, theo mục(1)\.' "$work/m2.yaml" &&
    grep -q 'raised (superscript) in the document, printed on the line: (1) \[KH772\]' "$work/m2.yaml" &&
    grep -q "m2.md:9:1: warning\[KH772\]: '[^']*m2.md' has 1 piece of raised or lowered text" "$work/m2.err" &&
    ! grep -q 'struck' "$work/m2.err"; then
    ok "M2 a .md's raised and lowered digits (^2^, <sup>, ~2~, <sub>) are m², CO₂; a raised '(1)' kept, noted"
else
    not_ok "M2 status $st: $(grep -n 'm²\|m2\|CO\|KH772' "$work/m2.yaml" | head -5 | tr '\n' '|') $(head -c 300 "$work/m2.err")"
fi

# ---- G2 (guard): khgen's own .md of a plan with '^' and '~' in its text ----------------------
sed 's/^      - para: Tỷ lệ hộ dùng nước sạch đạt 95% số hộ\.$/      - para: "Công thức x^2^, H~2~O và `~~mã~~` giữ nguyên."/' \
    "$top/tests/hardening/s45imp-plan.yaml" >"$work/g2.yaml"
"$khgen" build -f md -o "$work/g2" "$work/g2.yaml" >/dev/null 2>&1
"$khgen" import -o "$work/g2i.yaml" "$work/g2/g2.md" >/dev/null 2>"$work/g2i.err"
st=$?
"$khgen" diff --no-color "$work/g2.yaml" "$work/g2i.yaml" >"$work/g2.diff" 2>&1
dst=$?
if [ "$st" -eq 0 ] && [ "$dst" -eq 0 ] && grep -q 'Công thức' "$work/g2i.yaml" && ! grep -q KH772 "$work/g2i.err"; then
    ok "G2 guard: a plan's own 'x^2^', 'H~2~O' and a code span's '~~mã~~' come back as they were"
else
    not_ok "G2 guard: status $st, diff $dst: $(head -c 400 "$work/g2.diff")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
