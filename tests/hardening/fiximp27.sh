#!/bin/sh
# tests/hardening/fiximp27.sh KHGEN WORKDIR - session 27's fixes of the
# import leftovers of session 26 (issue 8: never a silently wrong output):
#   - a Biểu's row of column numbers under its header, "(1)", "(2)", ...
#     (as offices type them, "(5)=(3)+(4)" too), read as its first row:
#     every column text, the "Tổng cộng" row no totals; now left out with
#     a review note (a plan's table prints none), in the body too;
#   - a plan without "(Kèm theo Kế hoạch số ...)" on its Biểu (no
#     issuer_short) built "(Kèm theo Kế hoạch số ... của )": the line now
#     ends after the date;
#   - a column of mixed decimals ("1,5", "2", "3,25" over "6,75") kept its
#     totals row a row: now the totals, the column a decimal one without
#     `decimals:`, printed as typed; "1,50" beside "2" (control) stays;
#   - LOW: the office's copy "Lưu VT" after recipients without dashes was
#     the signature's first line; "17.1,17.4", "17.1 và 17.4" no
#     assignment; a DATE or TIME field read as saved without a word, and
#     a list counting in Vietnamese words (vietnameseCounting) in digits;
#     a "V/v ..." line above a plan without a title line left out (KH761)
#     and the title a placeholder;
#   - timed at n and 4n: Biểu rows under a column-number row.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/md"
/usr/bin/python3 "$(dirname "$0")/fiximp27_docx.py" "$work/dx" ||
    not_ok "setup: fiximp27_docx.py could not write the documents"

# ---- MEDIUM 1: the row of column numbers ------------------------------------------------
if imported colnum && ! grep -v '# review' "$work/dx/colnum.yaml" | grep -q '(1)' &&
    grep -qF '# review: the row of column numbers under the column headings' "$work/dx/colnum.yaml" &&
    grep -qF '{key: c3, header: "Số hộ", type: int, total: true' "$work/dx/colnum.yaml" &&
    has colnum '| 1 | Xã Đồng Hưu | 12 | 1,5 |' '| 2 | Xã Tân Hiệp | 30 | 2 |' \
        '| 3 | Xã An Thượng | 5 | 3,25 |' '| **Tổng cộng** |  | **47** | **6,75** |'; then
    ok "docx colnum: the row '(1) (2) (3) (4)' left out with a note, the columns numbers, the totals taken"
else
    not_ok "docx colnum: the row '(1) (2) (3) (4)' left out with a note, the columns numbers, the totals taken"
    grep -n 'c3\|c4\|(1)\|Tổng\|review: the' "$work/dx/colnum.yaml" | sed 's/^/    | /' | head -8
fi
if imported colgroup && ! grep -v '# review' "$work/dx/colgroup.yaml" | grep -q '(1)\|(5)=' &&
    grep -qF '# review: the row of column numbers under the column headings' "$work/dx/colgroup.yaml" &&
    grep -qF -- '- ["Xã Đồng Hưu", 12, 1.5, 13.5]' "$work/dx/colgroup.yaml"; then
    ok "docx colgroup: under two header rows, '(5)=(3)+(4)' too, the number row left out"
else
    not_ok "docx colgroup: under two header rows, '(5)=(3)+(4)' too, the number row left out"
    sed -n '/columns:/,$p' "$work/dx/colgroup.yaml" | sed 's/^/    | /' | head -12
fi
mdhead='**KẾ HOẠCH**\n\n**Thực hiện nhiệm vụ năm 2024**\n\n**I. NHIỆM VỤ**\n\n1. Nội dung.\n\n'
printf "$mdhead"'| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n| *(1)* | *(2)* | *(3)* | *(4)* |\n| 1 | Làm đường thôn | Phòng Kinh tế và Hạ tầng | Quý II/2024 |\n| 2 | Xây nhà văn hóa | Phòng Văn hóa và Thông tin | Quý III/2024 |\n' >"$work/md/tasks.md"
if "$khgen" import -o "$work/md/tasks.yaml" --force "$work/md/tasks.md" 2>"$work/md/tasks.err" &&
    [ "$(grep -c '^ *lead: phong-' "$work/md/tasks.yaml")" -eq 2 ] && ! grep -v '# review' "$work/md/tasks.yaml" | grep -q '(1)' &&
    grep -q '^ *# review: the row of column numbers under the column headings.*prints none$' "$work/md/tasks.yaml"; then
    ok "md body table: its italic '(1) (2) (3) (4)' row left out, the rows read as tasks"
else
    not_ok "md body table: its italic '(1) (2) (3) (4)' row left out, the rows read as tasks"
    sed -n '/table:/,/^closing/p' "$work/md/tasks.yaml" | sed 's/^/    | /' | head -12
fi
printf "$mdhead"'| STT | Tên xã | Số hộ |\n|:---:|---|:---:|\n| (1) | (3) | (2) |\n| 1 | Xã A | 12 |\n' >"$work/md/notnum.md"
if "$khgen" import -o "$work/md/notnum.yaml" --force "$work/md/notnum.md" 2>"$work/md/notnum.err" &&
    grep -qF '"(1)", "(3)", "(2)"' "$work/md/notnum.yaml" && ! grep -q 'column numbers' "$work/md/notnum.yaml"; then
    ok "md control: '(1) (3) (2)', not the columns' numbers, stays a row"
else
    not_ok "md control: '(1) (3) (2)', not the columns' numbers, stays a row"
fi

# ---- MEDIUM 2: "(Kèm theo ... của )" --------------------------------------------------------
if imported nokem && has nokem '*(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024)*' &&
    ! grep -q 'của )' "$work/dx/nokem.md" &&
    "$khgen" build -f html,docx,xlsx -o "$work/dx" "$work/dx/nokem.yaml" 2>/dev/null &&
    ! grep -q 'của )' "$work/dx/nokem.html" &&
    ! unzip -p "$work/dx/nokem.docx" word/document.xml | grep -q 'của )' &&
    ! unzip -p "$work/dx/nokem.xlsx" xl/sharedStrings.xml | grep -q 'của )' &&
    unzip -p "$work/dx/nokem.xlsx" xl/sharedStrings.xml | grep -qF 'Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024)'; then
    ok "docx nokem: no issuer_short, the line under the title ends after the date in every format"
else
    not_ok "docx nokem: no issuer_short, the line under the title ends after the date in every format"
    grep -n 'Kèm' "$work/dx/nokem.md" | sed 's/^/    | /'
fi
if imported colnum && has colnum '*(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2024 của UBND huyện Yên Thế)*'; then
    ok "docx colnum (control): with issuer_short the line names it"
else
    not_ok "docx colnum (control): with issuer_short the line names it"
fi

# ---- MEDIUM 3: mixed decimals ---------------------------------------------------------------
if imported colnum && grep -qF '{key: c4, header: "Diện tích (ha)", type: decimal, total: true' "$work/dx/colnum.yaml" &&
    grep -qF 'totals: "Tổng cộng"' "$work/dx/colnum.yaml" &&
    "$khgen" build -f xlsx -o "$work/dx" "$work/dx/colnum.yaml" 2>/dev/null &&
    unzip -p "$work/dx/colnum.xlsx" xl/worksheets/sheet1.xml | grep -q 'SUM(D'; then
    ok "docx colnum: 1,5 / 2 / 3,25 over 6,75 are the totals (a decimal column without decimals, a SUM)"
else
    not_ok "docx colnum: 1,5 / 2 / 3,25 over 6,75 are the totals (a decimal column without decimals, a SUM)"
fi
if imported mixedzero && grep -q 'review: the last row, "Tổng cộng", is kept as a row' "$work/dx/mixedzero.yaml" &&
    has mixedzero '| 1 | Xã Đồng Hưu | 12 | 1,50 |' '| 2 | Xã Tân Hiệp | 30 | 2 |'; then
    ok "docx mixedzero (control): '1,50' beside '2' stays a row, printed as typed"
else
    not_ok "docx mixedzero (control): '1,50' beside '2' stays a row, printed as typed"
fi
printf "$mdhead"'| STT | Tên xã | Diện tích |\n|:---:|---|:---:|\n| 1 | Xã A | 0,1 |\n| 2 | Xã B | 0,2 |\n| 3 | Xã C | 2 |\n|  | **Tổng cộng** | 2,3 |\n' >"$work/md/tenth.md"
if "$khgen" import -o "$work/md/tenth.yaml" --force "$work/md/tenth.md" 2>"$work/md/tenth.err" &&
    grep -qF 'header: "Diện tích", type: decimal, total: true}' "$work/md/tenth.yaml" && grep -qF 'totals: Tổng cộng' "$work/md/tenth.yaml"; then
    ok "md body table: 0,1 + 0,2 + 2 over 2,3 are the totals (summed as the build sums, not 2,3000000000000003)"
else
    not_ok "md body table: 0,1 + 0,2 + 2 over 2,3 are the totals (summed as the build sums, not 2,3000000000000003)"
    sed -n '/table:/,/^closing/p' "$work/md/tenth.yaml" | sed 's/^/    | /' | head -12
fi

# ---- LOW: the office's copy without a dash nor a colon ----------------------------------
# recipients typed without dashes (a list whose numbering is lost), the last
# "Lưu VT" with no end mark: it was the signature's first line
for luu in 'Lưu VT' 'Lưu: VT' 'Lưu VT, NN' '*Lưu VT*'; do
    printf "$mdhead"'Trên đây là Kế hoạch./.\n\n**Nơi nhận:**\n\nUBND tỉnh;\n\n%s\n\n**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n' "$luu" >"$work/md/luu.md"
    want=$(printf '%s' "$luu" | tr -d '*')
    if "$khgen" import -o "$work/md/luu.yaml" --force "$work/md/luu.md" 2>"$work/md/luu.err" &&
        grep -A2 '^recipients:' "$work/md/luu.yaml" | tr -d '"' | grep -qxF -- "  - $want" &&
        grep -qF '  name: Nguyễn Văn A' "$work/md/luu.yaml" &&
        ! grep -A3 '^signature:' "$work/md/luu.yaml" | grep -q 'Lưu'; then
        ok "md '$luu' after recipients without dashes: the last recipient, not the signature's first line"
    else
        not_ok "md '$luu' after recipients without dashes: the last recipient, not the signature's first line"
        sed -n '/^recipients/,/^  name/p' "$work/md/luu.yaml" | sed 's/^/    | /' | head -8
    fi
done
printf "$mdhead"'Trên đây là Kế hoạch./.\n\n**Nơi nhận:**\n\n- UBND tỉnh;\n\n**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Lưu Văn Bình**\n' >"$work/md/luuname.md"
if "$khgen" import -o "$work/md/luuname.yaml" --force "$work/md/luuname.md" 2>"$work/md/luuname.err" &&
    grep -qF '  name: Lưu Văn Bình' "$work/md/luuname.yaml"; then
    ok "md control: a signer named Lưu stays the signer"
else
    not_ok "md control: a signer named Lưu stays the signer"
fi

# ---- LOW: an assignment's codes typed "17.1,17.4", "17.1 và 17.4" ----------------------
for codes in '17.1,17.4' '17.1 và 17.4'; do
    printf '# KẾ HOẠCH\n\nThực hiện năm 2024\n\n## I. NHIỆM VỤ\n\n- Xử lý môi trường\n\n  + Phụ trách tiêu chí: Phòng Tài nguyên và Môi trường\n\n  Công chức Địa chính phụ trách Chỉ tiêu %s.\n\n  + Thời gian thực hiện: Hoàn thành trước tháng 11/2024\n' "$codes" >"$work/md/as.md"
    if "$khgen" import -o "$work/md/as.yaml" --force "$work/md/as.md" 2>"$work/md/as.err" &&
        grep -qF "{unit: cong-chuc-dia-chinh, indicators: [\"17.1\", \"17.4\"], text: \"Công chức Địa chính phụ trách Chỉ tiêu $codes.\"}" "$work/md/as.yaml" &&
        "$khgen" build -f md -o "$work/md" "$work/md/as.yaml" 2>/dev/null &&
        grep -qxF "  Công chức Địa chính phụ trách Chỉ tiêu $codes." "$work/md/as.md"; then
        ok "md 'phụ trách Chỉ tiêu $codes': an assignment of both, printed as typed"
    else
        not_ok "md 'phụ trách Chỉ tiêu $codes': an assignment of both, printed as typed"
        grep -n 'assign\|Chỉ tiêu' "$work/md/as.yaml" | sed 's/^/    | /'
    fi
done

# ---- LOW: DATE and TIME fields read as saved, said ------------------------------------------
if imported datefield && grep -qF '  date: 2024-01-15' "$work/dx/datefield.yaml" &&
    grep -qF "# review: a DATE or TIME field, which Word shows as the day it opens or prints the document: read as saved, the day it was last updated; its code: DATE \\@ \"'ngày' dd 'tháng' MM 'năm' yyyy\" [KH759]" "$work/dx/datefield.yaml" &&
    grep -qF 'its code: TIME \@ "HH:mm" [KH759]' "$work/dx/datefield.yaml" &&
    ! grep -q 'its code: CREATEDATE' "$work/dx/datefield.yaml" &&
    grep -q "KH759.*has 2 DATE or TIME fields" "$work/dx/datefield.err"; then
    ok "docx datefield: the header's DATE field and a TIME field noted (KH759), CREATEDATE not (control)"
else
    not_ok "docx datefield: the header's DATE field and a TIME field noted (KH759), CREATEDATE not (control)"
    grep -n 'date:\|field' "$work/dx/datefield.yaml" "$work/dx/datefield.err" | sed 's/^/    | /' | head -6
fi

# ---- LOW: a list counting in Vietnamese words, read in digits, said ---------------------------
if imported words &&
    [ "$(grep -c 'counts in Vietnamese words (w:numFmt vietnameseCounting)' "$work/dx/words.yaml")" -eq 2 ] &&
    grep -qF '# review: a list number that LibreOffice prints, which Word may not: "Phần 1.": level 0 (w:ilvl) of list 90' "$work/dx/words.yaml" &&
    grep -q 'KH759.*has 2 list items counting in Vietnamese words' "$work/dx/words.err" &&
    grep -qF 'clause: Nâng cao thu nhập.' "$work/dx/words.yaml"; then
    ok "docx words: 'Phần %1.' of vietnameseCounting read in digits with a note each (KH759), a decimal list not (control)"
else
    not_ok "docx words: 'Phần %1.' of vietnameseCounting read in digits with a note each (KH759), a decimal list not (control)"
    grep -n 'review\|Phần\|Nâng' "$work/dx/words.yaml" | sed 's/^/    | /' | head -6
fi

# ---- LOW: a "V/v ..." line, the subject of a plan without a title line -----------------------
vvhead='**ỦY BAN NHÂN DÂN**\n**HUYỆN YÊN THẾ**\n\nSố:      /KH-UBND\n\nV/v triển khai nhiệm vụ năm 2024\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n*Yên Thế, ngày 10 tháng 01 năm 2024*\n\n**KẾ HOẠCH**\n\n'
printf "$vvhead"'Căn cứ tình hình thực tế của địa phương.\n\n**I. MỤC TIÊU**\n\n1. Nâng cao đời sống.\n' >"$work/md/vv.md"
if "$khgen" import -o "$work/md/vv.yaml" --force "$work/md/vv.md" 2>"$work/md/vv.err" &&
    grep -qxF '  title: Triển khai nhiệm vụ năm {year}' "$work/md/vv.yaml" &&
    grep -qF "# review: no title under 'KẾ HOẠCH': the subject is the 'V/v ...' line above it" "$work/md/vv.yaml" &&
    ! grep -q 'KH761' "$work/md/vv.err" "$work/md/vv.yaml"; then
    ok "md 'V/v triển khai ...' above a plan without a title line: its title, with a note"
else
    not_ok "md 'V/v triển khai ...' above a plan without a title line: its title, with a note"
    grep -n 'title\|V/v' "$work/md/vv.yaml" | sed 's/^/    | /' | head -4
fi
printf "$vvhead"'**Thực hiện nhiệm vụ năm 2024**\n\n**I. MỤC TIÊU**\n\n1. Nâng cao đời sống.\n' >"$work/md/vvt.md"
if "$khgen" import -o "$work/md/vvt.yaml" --force "$work/md/vvt.md" 2>"$work/md/vvt.err" &&
    grep -qxF '  title: Thực hiện nhiệm vụ năm {year}' "$work/md/vvt.yaml" &&
    grep -q 'KH761.*V/v triển khai' "$work/md/vvt.err"; then
    ok "md control: with a title line under 'KẾ HOẠCH', the 'V/v' line is left out (KH761)"
else
    not_ok "md control: with a title line under 'KẾ HOẠCH', the 'V/v' line is left out (KH761)"
fi

# ---- timed ------------------------------------------------------------------------------------
for n in 2000 8000; do
    /usr/bin/python3 "$(dirname "$0")/fiximp27_docx.py" "$work/dx" $n ||
        not_ok "setup: fiximp27_docx.py $n"
    timed_case "docx Biểu of $n rows under a column-number row, mixed decimals" \
        "$khgen" import --force -o "$work/dx/colnum$n.yaml" "$work/dx/colnum$n.docx"
    grep -qF 'totals: "Tổng cộng"' "$work/dx/colnum$n.yaml" || not_ok "docx colnum$n: its totals not taken"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
