#!/bin/sh
# tests/hardening/round33.sh KHGEN WORKDIR - the round trip of every seed
# plan (plans/) and e2e plan (tests/e2e/plans/) through the documents an
# office actually receives, one row a (plan, producer): khgen's .docx and
# .md, the .docx re-saved by LibreOffice and by python-docx, pandoc's .docx
# of the .md, a .docx with WPS-like numeric style ids and one with
# Google-Docs-like "Heading N"/"Normal" styles, Chromium's PDF of the HTML
# read by `pdftotext -layout` and plain `pdftotext`; each imported and
# built again, compared with the source paragraph by paragraph (body,
# tasks, Biểu rows, header, signer, recipients) less what the producer
# loses by nature (round33.py's PRODUCERS; LEFT: the rows still known to
# differ, with why). Session 33 (issue 8) found, each row failing before:
#  binh-trung via pdf-layout (HIGH) a sentence a page broke was two
#      paragraphs ("... Công ty cổ phần Thời đại" / "Lập đề án ...": the
#      page's number over an empty line), exit 0;
#  krong-no via pdf-layout (HIGH) four recipients under the signer's name
#      read as body text after the signature, the last one above it
#      ending in a full stop; and its Biểu's header of wrapped cells an
#      empty row, the header's words and row 1's first line the note;
#  le-thuy via pdf-layout (HIGH) the body table 'Bảng 1' one paragraph of
#      all its cells; its signature's "CHỦ TỊCH" above "TM. ...";
#  tam-duong via pdf-layout (HIGH) the group row "I  CẢI CÁCH THỂ CHẾ"
#      took the next row's first line (a cell centred in its row).
# Session 35 (s35round) added LibreOffice's PDF of khgen's .docx read by
# `pdftotext -layout` and plain `pdftotext` (10 rows), each failing before:
#  binh-trung via lo-pdf-layout (HIGH) rows 17 and 18 of Biểu 01: the time
#      printed one space after the person cell's longest line, read into
#      the person's cell, its own empty (Chromium's text the same: its
#      LEFT row, now removed); and a cell's line breaks (<br>) spaces;
#  le-thuy via lo-pdf-layout (HIGH) "(Chi tiết theo Biểu 01 đính kèm)."
#      right under Bảng 2 (no empty line) went into row 3's cells;
#  binh-trung/tam-duong via lo-pdf-plain: pdftotext's reading order puts
#      a paragraph's short last line before it (round33.py's MOVES, an
#      expected loss); le-thuy via lo-pdf-plain a LEFT row (its body table
#      column by column, as through Chromium).
# Session 45 (s45imp): binh-trung via pdf-layout and lo-pdf-layout, LEFT
#      rows since session 44 (its widths moved Biểu 01's page break), read
#      whole again: a row's time six places left of its column on page 1
#      (txt_merge_drifted), page 2 at other columns, row 18's time glued to
#      the person's cell seven places short of its column (txt_cut_pushed)
#      and row 17's "số" at the time's column (txt_layout.c's cut_under).
# Conversions are batched (one soffice for every .docx, then one for every
# PDF of them, Chromium two at a time beside). Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
/usr/bin/python3 "$top/tests/hardening/round33.py" "$khgen" "$work" >"$work/rows.txt" 2>"$work/rows.err"
st=$?
[ "$st" -eq 0 ] || not_ok "round33.py ended with status $st: $(head -c 600 "$work/rows.err")"
rows=0
while IFS='	' read -r verdict text; do
    case $verdict in
    ok) ok "$text"; rows=$((rows + 1)) ;;
    "not ok") not_ok "$text"; rows=$((rows + 1)) ;;
    esac
done <"$work/rows.txt"
# every (plan, producer) row ran: 5 plans, 11 producers
[ "$rows" -ge 55 ] || not_ok "only $rows rows of the table ran (want 55): $(head -c 600 "$work/rows.err")"

# ---- the same findings on the texts the table made (round33-*.txt: pdftotext -layout of
# Chromium's PDFs), kept so that each fix is guarded whatever a later Chromium prints ------
mkdir -p "$work/m"
for f in binhtrung krongno lethuy tamduong; do
    "$khgen" import --force -o "$work/m/$f.yaml" "$top/tests/hardening/round33-$f.txt" >/dev/null 2>"$work/m/$f.err" ||
        not_ok "import of round33-$f.txt: $(head -c 400 "$work/m/$f.err")"
done
if grep -q 'Công ty cổ phần Thời đại Lập đề án Quy hoạch chung' "$work/m/binhtrung.yaml"; then
    ok "P1 a sentence a page broke, the page's number over an empty line, joins over the break"
else
    not_ok "P1 $(grep -n 'Thời đại\|Lập đề án' "$work/m/binhtrung.yaml" | head -3 | tr '\n' '|' | head -c 500)"
fi
y=$work/m/krongno.yaml
if grep -q '^  - UBND các xã$' "$y" && grep -q '^  - "Lưu: VT"$' "$y" && grep -q '^  - Các Phòng, Ban, ngành; đoàn thể$' "$y" &&
    grep -q '^  name: Nguyễn Xuân Danh$' "$y" && ! grep -q 'UBND các xã;' "$y"; then
    ok "P2 recipients under the signer's name beside them stay recipients; the signature is its title and name"
else
    not_ok "P2 $(sed -n '/^recipients:/,/^  name:/p' "$y" | tr '\n' '|' | head -c 700)"
fi
if grep -q 'header: "Số tiêu chí phấn đấu hoàn thành"' "$y" &&
    grep -q '\["Xã Năm Nung", 5, "5, 9, 16, 18, 19", "Trường học; Nhà ở dân cư; Văn hóa;' "$y"; then
    ok "P3 a Biểu header of wrapped cells over a centred first row: its header and the row's first line read"
else
    not_ok "P3 $(grep -n 'header:\|Năm Nung\|note:' "$y" | head -6 | tr '\n' '|' | head -c 700)"
fi
y=$work/m/lethuy.yaml
if grep -q '^ *- \["Dân quân tự vệ", "người", 350\]$' "$y" && grep -q '^ *totals: Cộng$' "$y" &&
    grep -A1 '^    - TM. ỦY BAN NHÂN DÂN$' "$y" | grep -q 'CHỦ TỊCH'; then
    ok "P4 a body table of a PDF's text (STT and columns) is a table, its totals row 'Cộng' centred"
else
    not_ok "P4 $(grep -n 'Dân quân\|Cộng\|STT' "$y" | head -4 | tr '\n' '|' | head -c 600)"
fi
y=$work/m/tamduong.yaml
if grep -q '{heading: "CẢI CÁCH THỂ CHẾ"}' "$y" &&
    grep -q '^ *- \["Giao Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện' "$y"; then
    ok "P5 a row's first line printed above its STT (a centred cell) stays the row's, not the group row's"
else
    not_ok "P5 $(grep -n 'CẢI CÁCH THỂ CHẾ\|Giao Phòng Tư pháp' "$y" | head -4 | tr '\n' '|' | head -c 600)"
fi

# ---- session 34 (s34round): binh-trung's Biểu 01 through Chromium + pdftotext -layout
# (round34-binhtrung.txt): its columns stand elsewhere on each of its three pages and its
# cells are centred, lines above and below each STT. Before: the table did not line up,
# its 33 lines KH762 review comments (warned), and once read, a five-line cell's first two
# lines went on the row above.
"$khgen" import --force -o "$work/m/bt34.yaml" "$top/tests/hardening/round34-binhtrung.txt" >/dev/null 2>"$work/m/bt34.err"
y=$work/m/bt34.yaml
if ! grep -q KH762 "$work/m/bt34.err" &&
    grep -q '{c1: "3", c2: "Thủy lợi và phòng, chống thiên tai", c3: "Công chức Địa chính phụ trách lĩnh vực nông nghiệp (đồng chí Hoàng Phương Lan)"' "$y" &&
    grep -q '{c1: "16", c2: "Văn hóa", c3: "Công chức Văn hoá phối hợp với Chủ tịch Mặt trận tổ quốc xã", c4: "Hoàn thành' "$y" &&
    grep -q '{c1: "19", c2: "Quốc phòng và An ninh", c3: "Công chức Chỉ huy trưởng quân sự xã phụ trách Chỉ tiêu 19.1.\\nTrưởng Công an xã phụ trách Chỉ tiêu 19.2.", c4: "Thường xuyên' "$y"; then
    ok "P6 a Biểu of three pages, its columns set anew on each page, its cells centred on their STT lines: every row read (no KH762)"
else
    not_ok "P6 $(head -c 300 "$work/m/bt34.err") $(grep -n 'c1: "3"\|c1: "16"\|c1: "19"' "$y" | tr '\n' '|' | head -c 700)"
fi

# le-thuy's Bảng 2 through the same (round33-lethuy.txt): its narrow "TT" column prints "T"
# above the header line and "T" below it, its cells centred over two lines around each STT
# (row 3's STT alone on its line), and "Phòng Tài chính - trước tháng" two cells one space
# apart. Before: no table, its lines paragraphs, exit 0, no message.
y=$work/m/lethuy.yaml
if grep -q '^ *- {key: stt, type: stt, header: "TT"}$' "$y" &&
    grep -A4 '^ *- task: Dự trữ vật tư, phương tiện$' "$y" | grep -q 'support: \[phong-tai-chinh-ke-hoach\]' &&
    grep -A4 '^ *- task: Dự trữ vật tư, phương tiện$' "$y" | grep -q 'due: {before: 2025-08}' &&
    grep -A4 '^ *- task: Kiện toàn Ban Chỉ huy$' "$y" | grep -q 'data: {san_pham: "Quyết định kiện toàn"}'; then
    ok "P7 a body table whose 'TT' prints 'T' over 'T' around its header line, its cells centred (an STT alone on its line): a table, each cell in its row"
else
    not_ok "P7 $(grep -n 'Bảng 2\|Dự trữ\|Kiện toàn Ban\|header: "TT"' "$y" | head -6 | tr '\n' '|' | head -c 700)"
fi

# ---- session 35 (s35round): the same text's rows 17 and 18 (round34-binhtrung.txt): the
# person cell's longest line runs past the time column's place, "Thường xuyên trong năm
# 2024" printed one space after it on the row's STT line (cut_pushed); and its cells' line
# breaks (the .md's <br>: "... 17.10." over "Công chức ...", row 19's "19.1." over "Trưởng
# ..."), lines that end a sentence where the next line's first word would have fitted
# (txt_cell_break). Before: the time in the person's cell, its own empty, exit 0 (LibreOffice's
# PDF prints these rows so too); the line breaks spaces.
y=$work/m/bt34.yaml
if grep -q '{c1: "17", c2: "Môi trường và an toàn thực phẩm", c3: "Công chức Địa chính phụ trách lĩnh vực nông nghiệp phụ trách Chỉ tiêu 17.1, 17.4, 17.9, 17.10.\\nCông chức Địa chính phụ trách lĩnh vực Môi trường phụ trách Chỉ tiêu 17.2, 17.3, 17.5, 17.6, 17.7, 17.8, 17.11, 17.12.\\nCác Đoàn thể xã hỗ trợ trong quá trình rà soát, cập nhật số liệu.", c4: "Thường xuyên trong năm {year}"}' "$y" &&
    grep -q '{c1: "18", c2: "Hệ thống chính trị và tiếp cận pháp luật", c3: "Công chức Văn phòng – Thống kê phối hợp với Công chức Địa chính, Công chức Tư Pháp – Hộ tịch, Công chức Văn hoá, Chủ tịch hội liên hiệp phụ nữ xã", c4: "Thường xuyên trong năm {year}"}' "$y" &&
    [ "$(grep -c 'c3: "[^"]*\\n' "$y")" = 2 ]; then
    ok "P8 a row's time printed one space after its person cell's longest line is the time's; a cell's line breaks read (rows 17 and 19), no others"
else
    not_ok "P8 $(grep -n 'c1: "1[789]"' "$y" | tr '\n' '|' | head -c 900)"
fi

# le-thuy through LibreOffice's PDF and pdftotext -layout (round35-lethuy-lo.txt): no empty
# line after Bảng 2, whose row 3 has its STT alone on its line. Before: the paragraph
# "(Chi tiết theo Biểu 01 đính kèm)." under it went into row 3's cells, cut at its columns
# ("... phương tiện (Chi tiết theo Biểu" and "... huyện 01 đính kèm)"), exit 0.
"$khgen" import --force -o "$work/m/lt35.yaml" "$top/tests/hardening/round35-lethuy-lo.txt" >/dev/null 2>"$work/m/lt35.err"
y=$work/m/lt35.yaml
if grep -q '^ *- task: Dự trữ vật tư, phương tiện$' "$y" && grep -q '^ *lead: ban-chi-huy-quan-su-huyen$' "$y" &&
    grep -q '^ *- para: (Chi tiết theo {att bieu-01} đính kèm).$' "$y"; then
    ok "P9 a paragraph right under a table whose last row's STT stands alone on its line is a paragraph, not the row's words"
else
    not_ok "P9 $(grep -n 'Dự trữ\|Chi tiết theo\|lead: ban' "$y" | tr '\n' '|' | head -c 700)"
fi

# ---- linear: pages whose numbers stand over empty lines; centred rows --------------------
for n in 5000 20000; do
    /usr/bin/python3 - "$work/t$n.txt" "$n" <<'PY'
import sys
n = int(sys.argv[2])
out = ['KẾ HOẠCH', 'Thử nghiệm', '']
for i in range(n):
    out += ['\f' + ' ' * 40 + str(i + 2), '', '', 'tiếp theo của câu trên trang trước và viết tiếp nữa cho đủ dài một dòng in']
out += ['', 'Biểu 01', 'STT      Tên xã          Nội dung']
for i in range(n // 4):
    out += ['                         Việc thứ %d của' % i, '%4d      Xã A            của xã' % (i + 1), '                         xã trong năm']
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
    timed_case "T import of $n pages numbered over empty lines and a Biểu of $((n / 4)) centred rows" "$timed" import "$work/t$n.txt" -o -
done
# ---- linear (s34round): a Biểu over 500 and 2,000 pages, its columns set two ways by turns,
# the header again on each page, each row's cell centred over three lines (page grids,
# centred_cells)
for n in 500 2000; do
    /usr/bin/python3 - "$work/g$n.txt" "$n" <<'PY'
import sys
n = int(sys.argv[2])
out = ['KẾ HOẠCH', 'Thử nghiệm', '', '\fBiểu 01']
for p in range(n):
    sh = 6 if p % 2 else 0
    if p:
        out += ['\f' + ' ' * 40 + str(p + 1), '', '']
    out.append('STT' + ' ' * (10 + sh) + 'Tên xã' + ' ' * (20 + sh) + 'Người phụ trách')
    for r in range(4):
        i = p * 4 + r + 1
        out += [' ' * (43 + 2 * sh) + 'Công chức phụ trách xã số %d của' % i,
                '%3d' % i + ' ' * (9 + sh - len(str(i))) + 'Xã %d' % i + ' ' * (31 + sh - len(str(i))) + 'trang %d nơi' % (p + 1),
                ' ' * (43 + 2 * sh) + 'thôn bản vùng cao.']
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
done
scaling_case "T2 import of a Biểu over 500 and 2,000 pages, its columns elsewhere on every other page, its cells centred" \
    "$khgen" import "$work/g500.txt" -o - -- "$khgen" import "$work/g2000.txt" -o -
echo "$pass passed, $fail failed"
