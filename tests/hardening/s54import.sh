#!/bin/sh
# tests/hardening/s54import.sh KHGEN WORKDIR - importing last year's plan:
# session 53's leftovers (session 54, s54import). Each check fails at
# e9b37102 (the session's start) unless it is named a guard:
#  I1   a PDF's text whose table header wraps its STT cell, "Số" over
#       "TT", right above the table's first row (s53review's reproducer):
#       "Số" was a paragraph above the table, its column headed "TT", the
#       caption "Bảng 1. ..." a paragraph too (the table untitled), exit
#       0 and no word. Now the column "Số TT", the table titled.
#  I2   the same through LibreOffice's PDF of a khgen plan (le-thuy's
#       Bảng 1 with a long text column and a narrow "Số TT", kept as
#       s54import-lo.txt): the header printed over three lines, "Số ...
#       Đơn vị  Số" / "Lực lượng, phương tiện" / "TT ... tính  lượng", over
#       a first row centred; the columns were "TT", "", "tính", "lượng",
#       the upper lines one paragraph. Now the four headers whole.
#  I3   the same through Chromium's PDF (s54import-chrome.txt).
#  I4   a one-line header with only "Đơn vị" over its "tính" (a line of
#       one cell above it): "Đơn vị" was a paragraph, the column "tính".
#  I5g  (guard) a short caption centred over a gap of a one-line header
#       ("Bảng 1. Dân số") stays the table's title, no column's header.
#  P1   pandoc's .docx (pandoc -f markdown -t docx) of khgen's .md of a plan
#       whose task holds "+" sub-tasks with texts and lines
#       (s54import-plus.yaml): pandoc writes an item's later paragraphs as
#       a blank bullet of the item's list level (numId 1000, lvlText " "),
#       and import put them under the last item whatever its level, every
#       list item at one depth: the sub-task "Trồng trọt" lost its text and
#       lines to the section, exit 0, no warning. Now an item nests by its
#       list level (import_docx.c): the plan of the document, `khgen diff`
#       printing nothing.
#  P2   binh-trung's (plans/) the same way: the assignments under "+ Phụ
#       trách tiêu chí:" (pandoc's level-0 paragraphs after a level-1 item)
#       were the section's paragraphs, criteria 17 and 19 assigned to no
#       unit; now each task's `assign` as in the plan.
#  L1   a Word file whose header's layout table (the issuer and "CỘNG
#       HÒA ..." over the number and the place) is in a table style whose
#       first-row format hides its text, w:tblLook applying it: Word shows
#       that row empty; import read the layout tables with no conditional
#       format, the issuer read (exit 0, no word). Now the plan of its twin
#       (the row's runs hidden): the layout table's cells take the look
#       docx_table_cnf gives them, as a data table's do (import_docx.c).
#  L2   the issuer typed "Ủy ban nhân dân" / "Huyện Yên Thế" in a style
#       whose first row is All Caps: Word shows them in capitals; import
#       left both out of the header (KH761) and guessed the issuer. Now
#       the plan of the file typed in capitals.
#  L3g  (guard) L1's style with w:tblLook's first row off: the plan of
#       the source file.
#  T1   a plain text (a PDF's, tests/import/pdf/xa-hung-son-ntm-2026's
#       line) whose line "5.000 triệu đồng." goes on a line left open
#       ("... vốn huy động nhân dân đóng góp"): "5." was read as a label,
#       the amount a paragraph of its own, the sentence cut, exit 0 and
#       no word (s54import's sweep of the fixtures). Now one paragraph;
#       "1.2.3 Tên" and "17.4, 17.9" as before (their own suites).
#  T2g  (guard) a line "5.000 hộ ..." after a full stop stays a paragraph
#       of its own.
# Each L document is made by s54import_docx.py (python-docx) from khgen's
# .docx of plans/yen-the-2024.yaml.
# The P cases need pandoc; without it they print "skip - ...", counted
# neither way.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
here=$top/tests/hardening

# imp NAME: $work/NAME.txt imported to $work/NAME.yaml (its messages in
# NAME.err), its status in $st
imp() {
    "$guard" 30 "$khgen" import --force -o "$work/$1.yaml" "$work/$1.txt" >/dev/null 2>"$work/$1.err"
    st=$?
}

# plan_text: a district's plan as pdftotext -layout prints it, its body
# table's header from stdin
plan_text() {
    cat <<'EOF'
 UBND TỈNH QUẢNG BÌNH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   ỦY BAN NHÂN DÂN                      Độc lập - Tự do - Hạnh phúc
    HUYỆN LỆ THỦY

      Số: 78/KH-UBND                  Lệ Thủy, ngày 05 tháng 4 năm 2025

                                KẾ HOẠCH
            Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025

    Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013.
     Ủy ban nhân dân huyện Lệ Thủy ban hành Kế hoạch phòng, chống thiên tai
và tìm kiếm cứu nạn năm 2025 như sau:
    I. MỤC TIÊU
     Chủ động phòng ngừa, ứng phó kịp thời, hạn chế thấp nhất thiệt hại về người
và tài sản do thiên tai gây ra trên địa bàn huyện.
    II. NHIỆM VỤ VÀ GIẢI PHÁP
     1. Lực lượng, phương tiện sẵn sàng ứng cứu
EOF
    cat
    cat <<'EOF'
      1       Dân quân tự vệ                         người            350
      2       Xuồng máy                               chiếc            24
      3       Phao cứu sinh                           chiếc           1.200

Số liệu rà soát đến ngày 31/3/2025.
EOF
}

# ---- I1 ---------------------------------------------------------------------------------
plan_text >"$work/i1.txt" <<'EOF'
                  Bảng 1. Lực lượng, phương tiện của huyện
     Số
     TT             Lực lượng, phương tiện         Đơn vị tính      Số lượng
EOF
imp i1
y=$work/i1.yaml
if [ "$st" -eq 0 ] && grep -q '^          - table: Lực lượng, phương tiện của huyện$' "$y" &&
    grep -q '{key: stt, type: stt, header: "Số TT"}' "$y" && grep -q '{key: c3, header: "Đơn vị tính"}' "$y" &&
    ! grep -q 'para: Số$' "$y" && grep -q '^              - \["Phao cứu sinh", "chiếc", "1.200"\]$' "$y"; then
    ok "I1 'Số' over 'TT' right above the first row: the column 'Số TT', the table titled by its caption"
else
    not_ok "I1 status $st: $(grep -n 'para:\|table:\|header:' "$y" | head -8 | tr '\n' '|')"
fi

# ---- I2, I3 -----------------------------------------------------------------------------
for f in lo:I2:LibreOffice chrome:I3:Chromium; do
    n=${f%%:*}
    r=${f#*:}
    c=${r%%:*}
    cp "$here/s54import-$n.txt" "$work/$n.txt"
    imp "$n"
    y=$work/$n.yaml
    if [ "$st" -eq 0 ] && grep -q '^          - table: Lực lượng, phương tiện của huyện$' "$y" &&
        grep -q '{key: stt, type: stt, header: "Số TT"}' "$y" &&
        grep -q '{key: c2, header: "Lực lượng, phương tiện"}' "$y" &&
        grep -q '{key: c3, header: "Đơn vị tính"}' "$y" &&
        grep -q '{key: c4, header: "Số lượng", type: int, total: true}' "$y" &&
        grep -q '^              - \["Phao cứu sinh các loại", "chiếc", 1200\]$' "$y" &&
        ! grep -q 'para: Số .*Đơn vị' "$y" && ! grep -q 'para: Bảng 1' "$y"; then
        ok "$c ${r#*:}'s PDF text of a header over three lines, 'Số' over 'TT': its four headers whole, the table titled"
    else
        not_ok "$c ${r#*:}: status $st: $(grep -n 'para: Số\|para: Bảng\|table: \|header:' "$y" | head -8 | tr '\n' '|')"
    fi
done

# ---- I4 ---------------------------------------------------------------------------------
plan_text >"$work/i4.txt" <<'EOF'
                  Bảng 1. Lực lượng, phương tiện của huyện
                                                   Đơn vị
     STT            Lực lượng, phương tiện            tính         Số lượng
EOF
imp i4
y=$work/i4.yaml
if [ "$st" -eq 0 ] && grep -q '{key: c3, header: "Đơn vị tính"}' "$y" && ! grep -q 'para: Đơn vị$' "$y" &&
    grep -q '^          - table: Lực lượng, phương tiện của huyện$' "$y"; then
    ok "I4 'Đơn vị' alone over the 'tính' of a one-line header: the column 'Đơn vị tính'"
else
    not_ok "I4 status $st: $(grep -n 'para:\|table:\|header:' "$y" | head -8 | tr '\n' '|')"
fi

# ---- I5g --------------------------------------------------------------------------------
plan_text >"$work/i5.txt" <<'EOF'
                                             Bảng 1. Dân số
     TT             Lực lượng, phương tiện                          Số lượng
EOF
imp i5
y=$work/i5.yaml
if [ "$st" -eq 0 ] && grep -q '^          - table: Dân số$' "$y" && grep -q '{key: stt, type: stt, header: "TT"}' "$y" &&
    ! grep -q 'header: "Bảng\|header: "Dân số' "$y"; then
    ok "I5g (guard) a short caption over a gap of a one-line header stays the table's title"
else
    not_ok "I5g status $st: $(grep -n 'para:\|table:\|header:' "$y" | head -8 | tr '\n' '|')"
fi

# ---- P1, P2 -----------------------------------------------------------------------------
if command -v pandoc >/dev/null 2>&1; then
    "$khgen" build -f md -o "$work/p1" "$here/s54import-plus.yaml" >/dev/null 2>&1
    pandoc -f markdown -t docx -o "$work/p1.docx" "$work/p1/s54import-plus.md"
    "$guard" 30 "$khgen" import --force -o "$work/p1.yaml" "$work/p1.docx" >/dev/null 2>"$work/p1.err"
    st=$?
    "$khgen" diff "$here/s54import-plus.yaml" "$work/p1.yaml" >"$work/p1.diff" 2>&1
    if [ "$st" -eq 0 ] && [ ! -s "$work/p1.err" ] && [ ! -s "$work/p1.diff" ] &&
        grep -q '^          - task: Trồng trọt$' "$work/p1.yaml"; then
        ok "P1 pandoc's .docx of a task's '+' sub-tasks with their texts and lines: the plan of the document"
    else
        not_ok "P1 status $st: $(head -c 200 "$work/p1.err") $(head -c 400 "$work/p1.diff" | tr '\n' '|')"
    fi
    "$khgen" build -f md -o "$work/p2" "$top/plans/binh-trung-2024.yaml" >/dev/null 2>&1
    pandoc -f markdown -t docx -o "$work/p2.docx" "$work/p2/binh-trung-2024.md"
    "$guard" 30 "$khgen" import --force -o "$work/p2.yaml" "$work/p2.docx" >/dev/null 2>"$work/p2.err"
    st=$?
    y=$work/p2.yaml
    if [ "$st" -eq 0 ] && grep -q '{unit: cong-chuc-chi-huy-truong-quan-xa, indicators: \["19.1"\]}' "$y" &&
        grep -q '{unit: truong-cong-an-xa, indicators: \["19.2"\]}' "$y" &&
        grep -q 'indicators: \["17.2", "17.3", "17.5", "17.6", "17.7", "17.8", "17.11", "17.12"\]' "$y" &&
        ! grep -q 'para: Công chức Chỉ huy trưởng\|para: Phụ trách tiêu chí' "$y"; then
        ok "P2 binh-trung through pandoc's .docx: the lines under '+ Phụ trách tiêu chí:' their task's assignments"
    else
        not_ok "P2 status $st: $(grep -n 'Phụ trách tiêu chí\|19.1' "$y" | head -4 | tr '\n' '|')"
    fi
else
    echo "skip - P1, P2 pandoc's .docx: no pandoc"
fi

# ---- T1, T2g ------------------------------------------------------------------------------
cat >"$work/t1.txt" <<'EOF'
UBND TỈNH THÁI NGUYÊN
ỦY BAN NHÂN DÂN XÃ HÙNG SƠN
Số: 15/KH-UBND

KẾ HOẠCH
Xây dựng nông thôn mới năm 2026

I. KINH PHÍ
Tổng kinh phí dự kiến 18.650 triệu đồng, trong đó: ngân sách tỉnh 9.500
triệu đồng; ngân sách xã 4.150 triệu đồng; vốn huy động nhân dân đóng góp
5.000 triệu đồng.
Năm 2025 đã có 1.200 hộ tham gia đóng góp.
5.000 hộ sẽ tham gia năm 2026.
II. NHIỆM VỤ
Làm đường.
EOF
imp t1
y=$work/t1.yaml
if [ "$st" -eq 0 ] && grep -q 'vốn huy động nhân dân đóng góp 5.000 triệu đồng.' "$y" && ! grep -q 'para: 5.000 triệu' "$y"; then
    ok "T1 '5.000 triệu đồng.' on a line left open goes on its paragraph (a number in thousands, no label)"
else
    not_ok "T1 status $st: $(grep -n 'para:' "$y" | head -4 | tr '\n' '|')"
fi
if [ "$st" -eq 0 ] && grep -q '^      - para: 5.000 hộ sẽ tham gia năm {year}.$' "$y"; then
    ok "T2g (guard) '5.000 hộ ...' after a full stop stays a paragraph"
else
    not_ok "T2g status $st: $(grep -n 'para:' "$y" | head -4 | tr '\n' '|')"
fi

# ---- L1-L3g ------------------------------------------------------------------------------
"$khgen" build -f docx -o "$work/yt" "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/yt.err" ||
    not_ok "setup: build plans/yen-the-2024.yaml: $(head -c 300 "$work/yt.err")"
/usr/bin/python3 "$here/s54import_docx.py" "$work/yt/yen-the-2024.docx" "$work/gen" 2>"$work/gen.err" ||
    not_ok "setup: s54import_docx.py: $(head -c 300 "$work/gen.err")"
cp "$work/yt/yen-the-2024.docx" "$work/gen/src.docx"
# as_twin NAME TWIN: empty when gen/NAME.docx imports with exit 0 to the
# plan of gen/TWIN.docx (past the line naming the file) with the same
# messages (the file's name aside), else why not
as_twin() {
    for _f in "$1" "$2"; do
        "$guard" 30 "$khgen" import --force "$work/gen/$_f.docx" -o "$work/$_f.yaml" 2>"$work/$_f.err"
        echo $? >>"$work/$_f.err"
        sed -i "s#$work/gen/$_f.docx##g; s#$_f.docx##g" "$work/$_f.err"
    done
    sed 1d "$work/$1.yaml" >"$work/$1.body"
    sed 1d "$work/$2.yaml" >"$work/$2.body"
    [ "$(tail -1 "$work/$1.err")" = 0 ] || { echo " [$1: exit $(tail -1 "$work/$1.err")]"; return; }
    cmp -s "$work/$1.body" "$work/$2.body" ||
        echo " [$1: $(diff "$work/$1.body" "$work/$2.body" | head -6 | tr '\n' '|')]"
    cmp -s "$work/$1.err" "$work/$2.err" || echo " [$1 messages: $(head -c 300 "$work/$1.err")]"
}
bad=$(as_twin hdr-hidden hdr-hidden-twin)
if [ -z "$bad" ] && ! grep -q 'HUYỆN YÊN THẾ' "$work/hdr-hidden.yaml"; then
    ok "L1 a header table whose style hides its first row: imported as Word shows it (the twin's plan)"
else
    not_ok "L1:$bad"
fi
bad=$(as_twin hdr-caps src)
if [ -z "$bad" ]; then
    ok "L2 a header table whose style sets its first row in All Caps: the issuer as Word shows it, in capitals"
else
    not_ok "L2:$bad"
fi
bad=$(as_twin hdr-off src)
if [ -z "$bad" ]; then
    ok "L3g (guard) the style's first row not applied by w:tblLook: the plan of the source"
else
    not_ok "L3g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
