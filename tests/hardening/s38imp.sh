#!/bin/sh
# tests/hardening/s38imp.sh KHGEN WORKDIR - session 38's round on the
# importer's open findings (issue 8: never a silently wrong result; a word
# of the official's Word file that import drops or moves without a note is
# a wrong plan with exit 0). Each case fails with main a0032449 unless
# labelled a guard:
#  L1  (LOW) a link typed as a HYPERLINK field (complex w:fldChar, and
#      w:fldSimple) in a paragraph: its words kept, its address only in a
#      '# review:' note; now the words are the link the plan holds,
#      "[trang của huyện](https://huyen.gov.vn/kh)", as a w:hyperlink's
#      are, and no note. A link to a bookmark (\l) alone stays a note.
#  L2  (LOW) a link (w:hyperlink) in a table's cell: its address dropped
#      without a word (a plan's cell prints its text as written, without
#      links); now a '# review:' note with the address, KH759.
#  R1  (HIGH: a wrong plan, exit 0) a body table's header row typed again
#      inside it (a table continued after a page break, its headings typed
#      at the new page's top, with its row of column numbers "(1)",
#      "(2)"): read as data rows, "{stt: STT, c2: Tên xã, ...}" printed in
#      the middle of the rebuilt table, its STT column written out; now
#      left out with a '# review:' note, as an attachment's were (s32attack
#      F1). Guard: a data row holding a heading's word ("STT") stays.
#  H1  (MEDIUM) a data row's cell merged across columns by Word's older
#      w:hMerge ("restart" and the cells that go on): read as its first
#      column's, the others empty, as a w:gridSpan's, but without a word;
#      now the same '# review:' note (naming w:hMerge) and KH759.
#  P1  (LOW) counts of one in the plural: KH759 "has 1 text boxes", "1
#      comments", "1 cells ... merged"; KH610 "the table has 1 columns to
#      fill" (KH625's "of 1 columns" too); now "1 text box", "1 column".
#      Guard: two are still "2 text boxes".
#  A1  (HIGH by the scale: a wrong plan, exit 0) a Biểu's "(Kèm theo Kế
#      hoạch số ... ngày ...)" line checked part by part let words
#      through: "năm 2024 2025", "tháng tháng 01", "năm 2024 năm" (a date's
#      words, in any order and number) were dropped, no note, `khgen diff`
#      exit 0; now the date is read by a date's grammar and the whole line
#      is compared with what khgen's template (attachment_under_title)
#      prints from the parts read: KH762, the line a '# review:' note, diff
#      exit 1. Guards: the line as printed, "tháng 1" for "tháng 01",
#      "THÁNG 01 NĂM 2024", a draft's "…" blanks are no note.
#  D1  (HIGH by the scale) the place-and-date line's date by the same rule:
#      "ngày 5 tháng tháng 3 năm 2025" read as the 5th of March, the word
#      dropped, no note; now the line is a '# review:' note, KH761.
#  T1  (HIGH by the scale, said only by KH762 before) PDF text: a Biểu's
#      last row whose cell LibreOffice centred over two lines straddles
#      the STT line, "Trường Tiểu học, Trường" above it and "THCS" under
#      it: the capitals under the last row were taken for a signer's title,
#      the table ended, "THCS" left the row (a KH762 note); and a row's
#      lower line "12/QĐ-UBND" in the note column ended the table the same
#      way, so a second page's rows (LibreOffice's 5-column Biểu, s37imp's
#      leftover) went to KH762 notes whole. Now a line under the STT line
#      at a column where the STT line has no text and the line above it
#      does is that cell's lower half. Guard: a signer's title under the
#      table ("NGƯỜI LẬP BIỂU") still ends it.
#  W1  (MEDIUM) PDF text: a word one place short of the next column
#      ("cho Ban" / "Chỉ huy Quân sự") stays in the cell before, which the
#      text cannot tell from a cell's own word (binh-trung's "17.8,"); KH767
#      named only the words given to the next column; now it names the
#      word left before the cut too ("'Ban' staying in the cell before").
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
# has NAME TEXT: the imported NAME.yaml holds TEXT (fixed string)
has() { grep -qF -- "$2" "$work/$1.yaml"; }
# docx, fld, t, p, cells: the minimal Word document (minidocx.sh)
. "$top/tests/hardening/minidocx.sh"

# ---- L1: a link typed as a field is a link ---------------------------------------------
docx l1 "$(p "$(t 'Xem tại ')$(fld 'HYPERLINK &quot;https://huyen.gov.vn/kh&quot;' 'trang của huyện')$(t '.')")$(p "$(t 'Hoặc ')<w:fldSimple w:instr=' HYPERLINK &quot;https://tinh.gov.vn/&quot; \o &quot;Trang tỉnh&quot; '><w:r><w:t>trang của tỉnh</w:t></w:r></w:fldSimple>$(t '.')")$(p "$(t 'Xem mục ')$(fld 'HYPERLINK \l &quot;muc2&quot;' 'hai')$(t '.')")"
imp l1
if [ "$st" -le 1 ] && has l1 'Xem tại [trang của huyện](https://huyen.gov.vn/kh).' &&
    has l1 'Hoặc [trang của tỉnh](https://tinh.gov.vn/).' &&
    ! grep -q 'review: a link typed as a field.*https' "$work/l1.yaml" &&
    grep -q 'review: a link typed as a field.*muc2' "$work/l1.yaml" && has l1 'Xem mục hai.'; then
    ok "L1 HYPERLINK fields (complex, fldSimple): the words are the link, no note; a bookmark's link a note"
else
    not_ok "L1 status $st; $(grep -n 'huyện\|tỉnh\|mục\|review: a link' "$work/l1.yaml" | head -6 | tr '\n' '|')"
fi

# ---- L2: a link in a table's cell --------------------------------------------------------
docx l2 "<w:tbl>$(cells "$(t STT)" "$(t 'Tên xã')")$(cells "$(t 1)" "<w:hyperlink r:id=\"rId5\">$(t 'Xã Đồng Hưu')</w:hyperlink>")</w:tbl>"
imp l2
if [ "$st" -le 1 ] && has l2 '["Xã Đồng Hưu"]' && grep -q '# review: a link in a table.*https://xa.vn/ \[KH759\]' "$work/l2.yaml" &&
    grep -q 'warning\[KH759\]' "$work/l2.err"; then
    ok "L2 a link in a table's cell: its words in the row, its address in a '# review:' note, KH759"
else
    not_ok "L2 status $st; $(rows l2); $(grep -n 'review: a link' "$work/l2.yaml" | head -3 | tr '\n' '|')"
fi

# ---- R1: a body table's header typed again ---------------------------------------------
H="$(cells "$(t STT)" "$(t 'Tên xã')" "$(t 'Số hộ')")"
N="$(cells "$(t '(1)')" "$(t '(2)')" "$(t '(3)')")"
# (the second page's headings start a new page: Word's pageBreakBefore)
H2=$(printf '%s' "$H" | sed 's|<w:p>|<w:p><w:pPr><w:pageBreakBefore/></w:pPr>|')
docx r1 "$(p "$(t 'Danh sách hộ nghèo:')")<w:tbl>$H$N$(cells "$(t 1)" "$(t 'Đồng Hưu')" "$(t 120)")$H2$N$(cells "$(t 2)" "$(t 'Yên Thế')" "$(t 80)")$H$(cells "$(t 3)" "$(t 'STT')" "$(t 75)")</w:tbl>"
imp r1
if [ "$st" -le 1 ] && [ "$(rows r1)" = '    rows:|      - ["Đồng Hưu", "120"]|      - ["Yên Thế", "80"]|      - ["STT", "75"]|' ] &&
    has r1 '# review: the column headings, typed again inside the table (2 times' &&
    ! grep -q 'stt: "STT"\|"Tên xã", "Số hộ"\|^      - .*"(2)"' "$work/r1.yaml"; then
    ok "R1 a body table's header typed again (with its column numbers) after a page break: left out, a '# review:' note; a row holding 'STT' stays"
else
    not_ok "R1 status $st; $(rows r1)"
fi

# ---- H1: Word's older merge across columns (w:hMerge) -----------------------------------
hm() { printf '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p>%s</w:p></w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>' "$1"; }
docx h1 "$(p "$(t 'Danh sách hộ nghèo:')")<w:tbl>$(cells "$(t STT)" "$(t 'Tên xã')" "$(t 'Số hộ')" "$(t 'Ghi chú')")$(cells "$(t 1)" "$(t 'Đồng Hưu')" "$(t 120)" "")<w:tr>$(printf '<w:tc><w:p>%s</w:p></w:tc>' "$(t 2)")$(hm "$(t 'Yên Thế: chưa có số liệu')")<w:tc><w:p/></w:tc></w:tr></w:tbl>"
imp h1
if [ "$st" -le 1 ] && has h1 '["Yên Thế: chưa có số liệu", "", ""]' &&
    grep -q '# review: cells merged across columns in the document (w:hMerge.*"Yên Thế: chưa có số liệu", one cell over columns 2-3' "$work/h1.yaml" &&
    grep -q "warning\[KH759\]: .* has 1 cell of a table's row merged across columns" "$work/h1.err"; then
    ok "H1 a cell merged by w:hMerge: read as its first column's, a '# review:' note naming w:hMerge, KH759"
else
    not_ok "H1 status $st; $(rows h1); $(grep -c 'hMerge' "$work/h1.yaml") notes; $(head -c 300 "$work/h1.err")"
fi

# ---- P1: a count of one in the singular ------------------------------------------------
box='<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>Dự thảo</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
docx p1 "$box"
docx p1b "$box$box"
imp p1b
mv "$work/p1b.err" "$work/p1b.keep"
imp p1
small p1t <<'EOF'
units:
  - {id: vp, name: Văn phòng}
body:
  - section: MỤC TIÊU
    items:
      - para: Chi tiết theo {att b1} đính kèm.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Số hộ nghèo
    columns:
      - stt
      - {key: ten, header: Nội dung}
    rows:
      - [Hộ A, Hộ B]
EOF
"$khgen" check "$work/p/p1t.yaml" >"$work/p1t.err" 2>&1
if grep -q "warning\[KH759\]: .* has 1 text box, which .* its text is written as a '# review:' comment" "$work/p1.err" &&
    grep -q "warning\[KH759\]: .* has 2 text boxes, " "$work/p1b.keep" &&
    grep -q 'error\[KH610\]: this row has 2 values but the table has 1 column to fill' "$work/p1t.err"; then
    ok "P1 KH759 '1 text box' (guard: '2 text boxes'), KH610 '1 column to fill'"
else
    not_ok "P1 $(grep KH759 "$work/p1.err" | head -c 200); $(grep 'KH610' "$work/p1t.err" | head -c 300)"
fi

# ---- A1: the "(Kèm theo ...)" line against the template's ----------------------------
xa_plan "$work/a1.yaml" '      - [Đường giao thông, 2 km]'
"$khgen" build -f md -o - "$work/a1.yaml" >"$work/a1.md" 2>/dev/null
printed=$(grep -o '(Kèm theo[^)]*)' "$work/a1.md")
# attline NAME LINE: a1.md with its "(Kèm theo ...)" line LINE, imported to
# NAME.yaml (status in $st), diffed against a1.yaml (exit in $dst)
attline() {
    L=$2 $PY -c 'import os,re,sys; s=open(sys.argv[1]).read(); sys.stdout.write(re.sub(r"\(Kèm theo[^)]*\)", lambda m: os.environ["L"], s))' \
        "$work/a1.md" >"$work/$1.md"
    "$khgen" import "$work/$1.md" -o "$work/$1.yaml" --force >/dev/null 2>"$work/$1.err"
    st=$?
    "$khgen" diff --no-color "$work/a1.yaml" "$work/$1.yaml" >"$work/$1.out" 2>&1
    dst=$?
}
n=0 bad=
for from in 'năm 2024' 'tháng 01' 'năm 2024'; do
    n=$((n + 1))
    case $n in 1) to='năm 2024 2025' ;; 2) to='tháng tháng 01' ;; 3) to='năm 2024 năm' ;; esac
    l=$(printf '%s' "$printed" | sed "s/ / /g; s/$from/$to/") # the note's blanks are spaces
    attline a1_$n "$l"
    { [ "$st" -le 1 ] && grep -q 'warning\[KH762\]' "$work/a1_$n.err" && [ "$dst" -eq 1 ] &&
        grep -qF -- "$l" "$work/a1_$n.yaml"; } || bad="$bad [$l: import $st, diff $dst]"
done
[ -z "$bad" ] && ok "A1 a date's words typed again in a Biểu's '(Kèm theo ...)' line ('năm 2024 2025', 'tháng tháng'): a '# review:' note, KH762, diff exit 1" ||
    not_ok "A1$bad"
n=0 bad=
# ("tháng 1" and "THÁNG 01 NĂM" were guards too, until session 40 (s40imp):
# the rebuilt plan prints "tháng 01 năm", so they are notes now, s40imp A1)
for to in "$printed" \
    "$(printf '%s' "$printed" | sed 's|số  *[^/]*/|số …/|; s/ngày  */ngày … /')"; do
    n=$((n + 1))
    attline a1g_$n "$to"
    { [ "$st" -le 1 ] && ! grep -q KH762 "$work/a1g_$n.err" && [ "$dst" -eq 0 ]; } || bad="$bad [$to: import $st, diff $dst]"
done
[ -z "$bad" ] && ok "A1 guard: the line as printed, with a draft's '…' blanks: no note, diff exit 0" ||
    not_ok "A1 guard:$bad"

# ---- D1: the place-and-date line's date by the same rule -------------------------------
head_page | sed 's/ngày 5 tháng 3 năm 2025/ngày 5 tháng tháng 3 năm 2025/' >"$work/d1.txt"
imp d1
if [ "$st" -le 1 ] && has d1 'An Bình, ngày 5 tháng tháng 3 năm 2025' && grep -q 'd1.txt:3:1: warning\[KH761\]' "$work/d1.err"; then
    ok "D1 'ngày 5 tháng tháng 3 năm 2025': the place-and-date line a '# review:' note, KH761"
else
    not_ok "D1 status $st; $(grep -n 'review\|date:' "$work/d1.yaml" | head -4 | tr '\n' '|'); $(head -c 300 "$work/d1.err")"
fi

# ---- T1: a centred cell's lower line under the last row --------------------------------
biu() { # NAME: the plan's first page, then a Biểu of the lines on stdin
    { head_page; printf '%s\n' '                                             Biểu 01' \
        '                          PHÂN CÔNG NHIỆM VỤ NĂM 2025' ''; cat; } >"$work/$1.txt"
}
# LibreOffice's PDF of a 5-column Biểu (s37imp's p2/outq/lo.txt, Biểu
# 03), pdftotext -layout; @FF@ its form feed
biu t1 <<'EOF'
STT      Nội dung nhiệm vụ            Đơn vị chủ trì            Đơn vị phối hợp         Thời gian hoàn thành               Ghi chú
      Tuyên truyền trên hệ                                                             Thường xuyên trong năm
 1                               Văn phòng - Thống kê       MTTQ và các đoàn thể xã                             03 cuộc
      thống loa truyền thanh                                                           2025
      Kiểm tra, giám sát việc
                                                            Trường Tiểu học, Trường
 2    thực hiện Chỉ tiêu 17.1,   Hội Nông dân xã                                    Trước ngày 30/6/2025
                                                            THCS
      17.2, 17.3, 17.8
      "Ngày hội Đại đoàn kết"                               Hội Phụ nữ, Đoàn Thanh
 3                               Hội Nông dân xã                                       Quý I/2025               Kinh phí 50.000.000 đồng
      tại các khu dân cư                                    niên
      25% số hộ tham gia bảo     Công chức Tài chính - Kế                              Thường xuyên trong năm
 4                                                        Các ban, ngành, đoàn thể
      hiểm                       toán                                                  2025
      "Ngày hội Đại đoàn kết"                                                          Thường xuyên trong năm
 5                               Trạm Y tế xã               Các ban, ngành, đoàn thể
      tại các khu dân cư                                                               2025
      Xây dựng 01 mô hình        Công chức Tài chính - Kế                              Hoàn thành trước tháng
 6                                                        Các ban, ngành, đoàn thể                              (nếu có)
      điểm                       toán                                                  11/2025
      Hỗ trợ 100% hộ nghèo       Công chức Tài chính - Kế
 7                                                                                     Quý I/2025
      sửa chữa nhà ở             toán
      Tổ chức tập huấn kỹ năng
 8    phòng chống thiên tai cho Công an xã                  MTTQ và các đoàn thể xã 2025
      03 lớp
      Rà soát, cập nhật danh
                                                                                                                Theo Quyết định số
 9    sách hộ nghèo, hộ cận      UBND các thôn              Các thôn, tổ dân phố       Tháng 5 - tháng 9/2025
                                                                                                                12/QĐ-UBND
      nghèo năm 2025
@FF@                                                                 2

STT      Nội dung nhiệm vụ            Đơn vị chủ trì          Đơn vị phối hợp       Thời gian hoàn thành            Ghi chú
                                                          Công chức Địa chính -
      Kiểm tra, giám sát việc
                                                          Xây dựng phụ trách Chỉ
10    thực hiện Chỉ tiêu 17.1,   Văn phòng - Thống kê                              Tháng 5 - tháng 9/2025
                                                          tiêu 17.1, 17.4, 17.9,
      17.2, 17.3, 17.8
                                                          17.10
      "Ngày hội Đại đoàn kết"                             Trường Tiểu học, Trường Thường xuyên trong năm
11                               Ban Chỉ huy Quân sự xã                                                     Kinh phí 50.000.000 đồng
      tại các khu dân cư                                  THCS                    2025
      Tuyên truyền trên hệ                                Trường Tiểu học, Trường Thường xuyên trong năm
12                               Công an xã
      thống loa truyền thanh                              THCS                    2025
      Thực hiện Chỉ tiêu 19.1,                            Trường Tiểu học, Trường                           Theo Quyết định số
13                               Công an xã                                       Trước ngày 30/6/2025
      19.2                                                THCS                                              12/QĐ-UBND
      25% số hộ tham gia bảo
14                               Trạm Y tế xã                                      Quý I/2025
      hiểm
EOF
sed -i 's/@FF@/\f/' "$work/t1.txt"
imp t1
if [ "$st" -le 1 ] && has t1 '"Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm {year}", "UBND các thôn", "Các thôn, tổ dân phố", "Tháng 5 - tháng 9/{year}", "Theo Quyết định số 12/QĐ-UBND"]' &&
    has t1 '["Thực hiện Chỉ tiêu 19.1, 19.2", "Công an xã", "Trường Tiểu học, Trường THCS", "Trước ngày 30/6/{year}", "Theo Quyết định số 12/QĐ-UBND"]' &&
    has t1 '["25% số hộ tham gia bảo hiểm", "Trạm Y tế xã", "", "Quý I/{year}", ""]' &&
    [ "$(grep -c '^      - \[' "$work/t1.yaml")" -eq 14 ] && ! grep -q KH762 "$work/t1.err"; then
    ok "T1 a centred cell's lower line in capitals under its STT line ('12/QĐ-UBND', 'THCS' under the last row): the row's, the next page's rows read, no KH762"
else
    not_ok "T1 status $st; $(rows t1); $(head -c 300 "$work/t1.err")"
fi
# the same PDF's Biểu 02: its last row's "THCS" under its STT line
biu t2 <<'EOF'
STT             Nội dung nhiệm vụ                    Đơn vị chủ trì            Đơn vị phối hợp            Thời gian hoàn thành
      Rà soát, cập nhật danh sách hộ nghèo,
 1                                            Trạm Y tế xã                                             2025
      hộ cận nghèo năm 2025
      Nạo vét kênh mương nội đồng (2.500                                                               Hoàn thành trước tháng
 2                                            Hội Nông dân xã            MTTQ và các đoàn thể xã
      m)                                                                                               11/2025
      Tổ chức tập huấn kỹ năng phòng chống    Công chức Tài chính - Kế                                 Hoàn thành trước tháng
 3                                                                       Các thôn, tổ dân phố
      thiên tai cho 03 lớp                    toán                                                     11/2025
      Tuyên truyền trên hệ thống loa truyền   Công chức Tài chính - Kế
 4                                                                       Các ban, ngành, đoàn thể      Quý I/2025
      thanh                                   toán
 5    25% số hộ tham gia bảo hiểm             Trạm Y tế xã                                             Quý I/2025
      Nạo vét kênh mương nội đồng (2.500
 6                                            Hội Nông dân xã            Các ban, ngành, đoàn thể      Quý I/2025
      m)
      Rà soát, cập nhật danh sách hộ nghèo,
 7                                            Công an xã                 Hội Phụ nữ, Đoàn Thanh niên   Quý I/2025
      hộ cận nghèo năm 2025
                                                                         Trường Tiểu học, Trường
 8    Xây dựng 01 mô hình điểm                Hội Nông dân xã                                          Trước ngày 30/6/2025
                                                                         THCS
      "Ngày hội Đại đoàn kết" tại các khu dân
 9                                            Trạm Y tế xã               MTTQ và các đoàn thể xã       2025
      cư
      Tuyên truyền trên hệ thống loa truyền   Công chức Tài chính - Kế
10                                                                       Các thôn, tổ dân phố          Quý I/2025
      thanh                                   toán
      Nạo vét kênh mương nội đồng (2.500
11                                            UBND các thôn              Các ban, ngành, đoàn thể      Trước ngày 30/6/2025
      m)
      Tổ chức tập huấn kỹ năng phòng chống
12                                            Ban Chỉ huy Quân sự xã     Hội Phụ nữ, Đoàn Thanh niên   2025
      thiên tai cho 03 lớp
@FF@                                                                 2

STT            Nội dung nhiệm vụ                   Đơn vị chủ trì               Đơn vị phối hợp         Thời gian hoàn thành
      Tổ chức tập huấn kỹ năng phòng chống
13                                           Công chức Văn hóa - Xã hội   Các ban, ngành, đoàn thể   Trước ngày 30/6/2025
      thiên tai cho 03 lớp
                                                                          Trường Tiểu học, Trường
14    Xây dựng 01 mô hình điểm               Ban Chỉ huy Quân sự xã                                  Tháng 5 - tháng 9/2025
                                                                          THCS
EOF
sed -i 's/@FF@/\f/' "$work/t2.txt"
imp t2
if [ "$st" -le 1 ] && has t2 '["Xây dựng 01 mô hình điểm", "Ban Chỉ huy Quân sự xã", "Trường Tiểu học, Trường THCS", "Tháng 5 - tháng 9/{year}"]' &&
    ! grep -q KH762 "$work/t2.err"; then
    ok "T1 'THCS', a centred cell's lower line under the Biểu's last row: the row's, no KH762"
else
    not_ok "T1 'THCS': status $st; $(rows t2 | tail -c 300); $(head -c 300 "$work/t2.err")"
fi
biu t1g <<'EOF'
STT      Nội dung nhiệm vụ            Đơn vị chủ trì          Đơn vị phối hợp         Thời gian
 1       Tuyên truyền trên loa        Văn phòng - Thống kê    Các thôn, tổ dân phố    Quý I/2025
 2       Xây dựng 01 mô hình điểm     Hội Nông dân xã         Trường Tiểu học         Trước ngày 30/6/2025
                                                              NGƯỜI LẬP BIỂU
EOF
imp t1g
if [ "$st" -le 1 ] && has t1g '["Xây dựng 01 mô hình điểm", "Hội Nông dân xã", "Trường Tiểu học", "Trước ngày 30/6/{year}"]'; then
    ok "T1 guard: a signer's title under the last row ('NGƯỜI LẬP BIỂU') is not the row's"
else
    not_ok "T1 guard: status $st; $(rows t1g)"
fi

# ---- W1: KH767 names the word left before the cut --------------------------------------
biu w1 <<'EOF'
STT   Nội dung nhiệm vụ              Đơn vị chủ trì      Thời gian
 1    Xây dựng mô hình điểm          Văn phòng           Quý I/2025
 2    Tổ chức tập huấn, kỹ năng cho Ban Chỉ huy Quân sự   Quý II/2025
 3    Tuyên truyền trên loa          Công an xã          Quý III/2025
EOF
imp w1
line=$(grep -n 'cho Ban' "$work/w1.txt" | cut -d: -f1)
if [ "$st" -le 1 ] && grep -q "w1.txt:$line:41: warning\[KH767\]: .*took 'Chỉ huy Quân sự' as that column's, 'Ban' staying in the cell before it" "$work/w1.err"; then
    ok "W1 a word one place short of the column: KH767 names the words on both sides of the cut ('Ban' left, 'Chỉ huy Quân sự' taken)"
else
    not_ok "W1 status $st; $(rows w1); $(head -c 400 "$work/w1.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
