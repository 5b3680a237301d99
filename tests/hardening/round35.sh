#!/bin/sh
# tests/hardening/round35.sh KHGEN WORKDIR - session 35's (s35round) small
# cases beside round33's table (issue 8): the two silent edges s34mut left
# in the PDF text reader (an STT column whose text begins within three
# places of the number; a page's number under an empty line after a form
# feed alone on its line), and the row-line cut the table's new producers
# (LibreOffice's PDF of khgen's .docx through pdftotext -layout) showed,
# on small texts of their own, each with a guard that the rule stops
# where it should. The fixtures of the round trip itself are round33.sh's.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/m"

head='KẾ HOẠCH\nRà soát lực lượng\n\nI. NHIỆM VỤ\n\nCác việc như sau:\n\n'
tail='\nII. TỔ CHỨC\n\nGiao các thôn thực hiện.\n'

# ---- an STT column whose text begins three places right of the number --------------------
# (HIGH, silent, fails before) "  1  Làm đường": the STT at 2, the text at 5,
# one column of both (places within three are one), no table, its rows
# paragraphs, exit 0, no word
printf "${head}STT  Nội dung             Đơn vị\n  1  Làm đường giao       UBND xã\n     thông nông thôn\n  2  Sửa cống             Các thôn\n${tail}" >"$work/m/near.txt"
import_m near txt
if grep -q -x '          - \["Làm đường giao thông nông thôn", "UBND xã"\]' "$work/m/near.yaml" &&
    grep -q -x '          - \["Sửa cống", "Các thôn"\]' "$work/m/near.yaml" && grep -q -x 'exit 0' "$work/m/near.err"; then
    ok "an STT column whose text begins three places right of the number ('  1  Làm đường'): a table, each row read"
else
    not_ok "STT three places from its text: $(sed -n '/^body:/,$p' "$work/m/near.yaml" | tr '\n' '|' | head -c 600)"
fi
# (fails before) the same with the wrapped line under the last row: the row's words
# (it was in the STT column: the table ended, the line a paragraph)
printf "${head}STT  Nội dung             Đơn vị\n  1  Sửa cống             Các thôn\n  2  Làm đường giao       UBND xã\n     thông nông thôn\n${tail}" >"$work/m/nearlast.txt"
import_m nearlast txt
if grep -q -x '          - \["Làm đường giao thông nông thôn", "UBND xã"\]' "$work/m/nearlast.yaml" &&
    ! grep -q 'para: thông nông thôn' "$work/m/nearlast.yaml"; then
    ok "the last row's wrapped line three places right of the STT is the row's, not a paragraph"
else
    not_ok "last row's wrapped line: $(sed -n '/^body:/,$p' "$work/m/nearlast.yaml" | tr '\n' '|' | head -c 600)"
fi
# (fails before: KH762) a Biểu's rows so (after foreign31's plan text): its
# table, no review comments
bieu() { # NAME: foreign31's plan text, then a Biểu page of stdin's lines
    { sed -n 1,16p "$(dirname "$0")/foreign31-pdfbieu.txt"; printf '\f                                Biểu 01\n               PHÂN CÔNG PHỤ TRÁCH\n\n'; cat; } >"$work/m/$1.txt"
    import_m "$1" txt
}
bieu nearbieu <<'EOF'
STT  Nội dung                   Cơ quan              Năm
  1  Làm đường thôn Nà Pàn      Phòng Kinh tế        2024
  2  Sửa trường tiểu học        Phòng Giáo dục       2025

Ghi chú dưới biểu.
EOF
if grep -q -x '      - \["Sửa trường tiểu học", "Phòng Giáo dục", 2025\]' "$work/m/nearbieu.yaml" &&
    ! grep -q KH762 "$work/m/nearbieu.err"; then
    ok "a Biểu whose STT stands three places from its text: its rows read, no KH762"
else
    not_ok "Biểu STT three places from its text: $(head -c 300 "$work/m/nearbieu.err") $(sed -n '/^attachments:/,$p' "$work/m/nearbieu.yaml" | tr '\n' '|' | head -c 500)"
fi
# (fails before) STTs of one digit and two, " 9  Làm" (the text three places
# right of the number) over "10  Sửa", a wrapped line at the text's place
printf "${head}STT  Nội dung             Đơn vị\n 9  Làm đường giao        UBND xã\n    thông nông thôn\n10  Sửa cống              Các thôn\n11  Nạo vét kênh          Thôn Nà Pàn\n${tail}" >"$work/m/near2.txt"
import_m near2 txt
if grep -q -x '          - {stt: "9", c2: "Làm đường giao thông nông thôn", c3: "UBND xã"}' "$work/m/near2.yaml" &&
    grep -q -x '          - {stt: "11", c2: "Nạo vét kênh", c3: "Thôn Nà Pàn"}' "$work/m/near2.yaml"; then
    ok "STTs of one and two digits, their text three and four places right, a wrapped line: a table"
else
    not_ok "STTs of one and two digits: $(sed -n '/^body:/,$p' "$work/m/near2.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- a page's number under an empty line after a form feed alone on its line ------------
# (HIGH, silent, fails before) "\f", "", "   2": the number was read as text,
# "2 phạm vi toàn xã ...", the sentence the page broke two paragraphs, exit 0
printf "${head}Các thôn lập danh sách hộ nghèo trên\n\f\n                                2\n\nphạm vi toàn xã theo quy định.\n${tail}" >"$work/m/pn.txt"
import_m pn txt
if grep -q -x '      - para: Các thôn lập danh sách hộ nghèo trên phạm vi toàn xã theo quy định.' "$work/m/pn.yaml"; then
    ok "a page's number under an empty line after a form feed alone on its line is no text; the sentence joins"
else
    not_ok "page number under an empty line: $(sed -n '/^body:/,$p' "$work/m/pn.yaml" | tr '\n' '|' | head -c 500)"
fi
# (fails before) the same with the number right under the lone form feed
printf "${head}Các thôn lập danh sách hộ nghèo trên\n\f\n                                2\nphạm vi toàn xã theo quy định.\n${tail}" >"$work/m/pn1.txt"
import_m pn1 txt
if grep -q -x '      - para: Các thôn lập danh sách hộ nghèo trên phạm vi toàn xã theo quy định.' "$work/m/pn1.yaml"; then
    ok "a page's number right under a form feed alone on its line is no text"
else
    not_ok "page number under a lone form feed: $(sed -n '/^body:/,$p' "$work/m/pn1.yaml" | tr '\n' '|' | head -c 500)"
fi
# guards: a number that is not the page's ("5" on page 2), and one under three
# empty lines, stay text
printf "${head}Số thôn đạt chuẩn:\n\f\n\n                                5\n\nCác thôn còn lại phấn đấu.\n${tail}" >"$work/m/pn5.txt"
import_m pn5 txt
printf "${head}Số thôn đạt chuẩn:\n\f\n\n\n\n2\n\nCác thôn còn lại phấn đấu.\n${tail}" >"$work/m/pn3.txt"
import_m pn3 txt
if grep -q '^      - para: .*5' "$work/m/pn5.yaml" && grep -q '^      - para: .*2' "$work/m/pn3.yaml"; then
    ok "guard: a number not the page's, or under three empty lines after the form feed, stays text"
else
    not_ok "guard page numbers: $(sed -n '/^body:/,$p' "$work/m/pn5.yaml" "$work/m/pn3.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- a row's STT line: a cell pushed right by the one before it --------------------------
# (HIGH, fails before) the time printed one space after the person cell's
# longest line, which runs past the time column's place: the time was read
# into the person's cell, its own empty (binh-trung's rows 17 and 18 through
# Chromium's and LibreOffice's PDFs, cut_pushed)
bieu push <<'EOF'
STT  Tên tiêu chí      Người phụ trách                      Thời gian
 1   Quy hoạch         Công chức Địa chính                  Năm 2024
 2   Giao thông        Công chức Địa chính phụ trách giao thông, Thường xuyên
                       thủy lợi
 3   Điện              Chủ tịch Hội Cựu chiến binh          Quý II
EOF
if grep -q -x '      - \["Giao thông", "Công chức Địa chính phụ trách giao thông, thủy lợi", "Thường xuyên"\]' "$work/m/push.yaml"; then
    ok "a row line's cell pushed past the next column's place by the cell before it is cut there"
else
    not_ok "pushed cell: $(sed -n '/rows:/,$p' "$work/m/push.yaml" | tr '\n' '|' | head -c 600)"
fi
# guard: a cell reaching the next column's place by a character or two
# (pdftotext's rounding), nothing after it, stays whole
bieu push2 <<'EOF'
STT  Tên tiêu chí      Người phụ trách                      Thời gian
 1   Quy hoạch         Công chức Địa chính                  Năm 2024
 2   Giao thông        Công chức Địa chính phụ trách giao thông
 3   Điện              Chủ tịch Hội Cựu chiến binh          Quý II
EOF
if grep -q -x '      - \["Giao thông", "Công chức Địa chính phụ trách giao thông", ""\]' "$work/m/push2.yaml"; then
    ok "guard: a row line's cell reaching the next column's place by two characters stays whole"
else
    not_ok "guard reaching cell: $(sed -n '/rows:/,$p' "$work/m/push2.yaml" | tr '\n' '|' | head -c 600)"
fi
# guard: a group row's title across the columns ("I   Văn hóa - Xã hội - ...",
# the row's only text) stays whole, a heading
bieu span <<'EOF'
STT  Tên tiêu chí      Người phụ trách                      Thời gian
 I   Văn hóa - Xã hội - Môi trường và các lĩnh vực khác của địa phương năm 2024
 1   Quy hoạch         Công chức Địa chính                  Năm 2024
 2   Giao thông        Công chức Địa chính phụ trách giao   Thường xuyên
                       thông
EOF
if grep -q -x '      - {heading: "Văn hóa - Xã hội - Môi trường và các lĩnh vực khác của địa phương năm {year}"}' "$work/m/span.yaml"; then
    ok "guard: a group row's title across the columns is not cut at them"
else
    not_ok "guard group row: $(sed -n '/rows:/,$p' "$work/m/span.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- a cell's line breaks (txt_cell_break) -----------------------------------------------
# (fails before) a cell's line that ends a sentence, the next beginning in a capital
# whose first word would have fitted on it: a line break of the cell (the .md's <br>);
# guard: one whose next word would not have fitted (the column wrapped it) is a space
bieu brk <<'EOF'
STT  Tên tiêu chí      Người phụ trách                          Thời gian
 1   Quy hoạch         Công chức Địa chính phụ trách lĩnh vực   Năm 2024
 2   Giao thông        Công chức Địa chính phụ trách xã.        Thường xuyên
                       Trưởng thôn phối hợp
 3   Điện              Công chức Văn hóa xã.                    Quý II
                       Các thôn phối hợp
EOF
if grep -q -x '      - \["Giao thông", "Công chức Địa chính phụ trách xã. Trưởng thôn phối hợp", "Thường xuyên"\]' "$work/m/brk.yaml" &&
    grep -q -x '      - \["Điện", "Công chức Văn hóa xã.\\nCác thôn phối hợp", "Quý II"\]' "$work/m/brk.yaml"; then
    ok "a cell's line broken short after a sentence is a line break; one its column wrapped is not"
else
    not_ok "cell line breaks: $(sed -n '/rows:/,$p' "$work/m/brk.yaml" | tr '\n' '|' | head -c 600)"
fi
# ---- linear: a Biểu of 400 and 1,600 rows, every other row's STT line's last cell pushed
# past two columns (cut_pushed twice), its cell's lines broken after a sentence (txt_cell_break)
for n in 400 1600; do
    /usr/bin/python3 - "$work/m/t$n.txt" "$n" "$(dirname "$0")/foreign31-pdfbieu.txt" <<'PY'
import sys
n = int(sys.argv[2])
out = open(sys.argv[3], encoding='utf-8').read().split('\n')[:16]
out += ['\fBiểu 01', 'PHÂN CÔNG', '', 'STT  Tên tiêu chí      Người phụ trách                      Thời gian       Ghi chú']
for i in range(n):
    head = '%-5s%-18s' % (i + 1, 'Việc %d' % i)
    if i % 2:
        out.append(head + '%-37s%-16s%s' % ('Công chức xã', 'Quý II', 'Không'))
    else:
        out += [head + 'Công chức phụ trách xã số %06d và xã Thường xuyên cả Chưa có' % i,
                ' ' * 23 + 'Các thôn.', ' ' * 23 + 'Ban phối hợp']
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
done
if "$khgen" import "$work/m/t400.txt" -o - 2>/dev/null | grep -q -x '      - \["Việc 398", "Công chức phụ trách xã số 000398 và xã Các thôn.\\nBan phối hợp", "Thường xuyên cả", "Chưa có"\]'; then
    ok "the 400 rows' pushed cells read"
else
    not_ok "the 400 rows' pushed cells: $("$khgen" import "$work/m/t400.txt" -o - 2>&1 | grep -m3 'Việc 398\|KH762' | tr '\n' '|' | head -c 500)"
fi
scaling_case "T import of a Biểu of 400 and 1,600 rows, STT lines' cells pushed past two columns" \
    "$khgen" import "$work/m/t400.txt" -o - -- "$khgen" import "$work/m/t1600.txt" -o -
echo "$pass passed, $fail failed"
