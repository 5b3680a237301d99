#!/bin/sh
# tests/hardening/foreign23.sh KHGEN WORKDIR - what session 23 found
# importing Word and Markdown files that khgen did not write (issue 8:
# never a silently wrong output, never a misleading diagnostic):
#   - text typed before Unicode, kept in a .docx as the 8-bit codes of its
#     font (a .doc of the 2000s saved as .docx): TCVN3's .VnTime and its
#     capitals font .VnTimeH, VNI's VNI-Times, set on the run or as the
#     document's default font. Word draws it in Vietnamese; import read the
#     codes as Latin-1 ("N©ng cao ®êi sèng ngêi d©n", TCVN3's "ư", 0xAD,
#     dropped as a soft hyphen). Now decoded as `khgen convert` decodes a
#     file (src/docx_vnfont.c); a run typed in Unicode is kept as typed;
#   - a .docx protected by a password (a compound file, as Word and
#     LibreOffice save it) was told "a legacy Word .doc file; convert it:
#     soffice ...", which cannot open it without its password: now KH765
#     says it is protected and how to save a copy without the password;
#   - a .docx whose main part is word/document2.xml, as _rels/.rels names
#     it (Word saves some so; LibreOffice and python-docx open them): KH756
#     "has no word/document.xml: it is not a Word document (an .xlsx or .odt
#     renamed?)"; now read, its relationships (links) from its own .rels;
#   - a Markdown file as pandoc writes a Word plan (`pandoc -t gfm` or
#     `-t markdown`), its recipients typed as dashes and so escaped,
#     "\- UBND tỉnh;": "Nơi nhận:" was lost and the recipients became the
#     signature's first lines;
#   - pandoc's own Markdown (`pandoc -t markdown`, its default) writes a
#     Word plan's header and signature as grid tables, its Biểu as a
#     multiline table and a small table as a simple one: import read their
#     rules and bars as text (the header as '# review:' comments, KH761;
#     the Biểu's rows lost to comments, KH762; a body table printed its
#     "+====+" rules). Now read as pandoc's GitHub Markdown's HTML tables
#     are (src/md_pandoc_tables.c; foreign23-pandoc.md is pandoc's
#     Markdown of a python-docx plan).
# Each case well under a second of CPU. Prints "ok - ..."/"not ok -
# ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/foreign23_docx.py" "$work/dx" ||
    not_ok "setup: foreign23_docx.py could not write the documents"

# ---- TCVN3 and VNI fonts ------------------------------------------------------
if imported vnfonts &&
    has vnfonts '**I. MỤC TIÊU**' \
        '1\. Nâng cao đời sống người dân, thu nhập đạt 50 triệu đồng.' \
        '2\. Nâng cao đời sống người dân.' '3\. Xây dựng đường thôn Tân Lập.' \
        '4\. Hoàn thành trước ngày 30/11/2024.'; then
    ok "text in .VnTimeH, .VnTime (the run's, the document's default) and VNI-Times read as Word shows it"
else
    not_ok "text in TCVN3 and VNI fonts: $(grep -v '^$' "$work/dx/vnfonts.md" 2>/dev/null | sed -n '/MỤC\|môc/,/Trên/p' | head -6 | tr '\n' '|')"
fi

# ---- a .docx protected by a password -------------------------------------------
"$khgen" import -o "$work/dx/enc.yaml" "$work/dx/encrypted.docx" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 3 ] && grep -q 'KH765.*protected by a password' "$work/err" &&
    ! grep -q 'KH751\|legacy' "$work/err" && [ ! -e "$work/dx/enc.yaml" ]; then
    ok "a .docx protected by a password: KH765 says so, exit 3, nothing written"
else
    not_ok "a .docx protected by a password: status $status, $(head -c 300 "$work/err")"
fi
"$khgen" check "$work/dx/encrypted.docx" >"$work/out" 2>"$work/err"
if grep -q 'KH025.*protected by a password' "$work/err"; then
    ok "khgen check of a .docx protected by a password names it (KH025)"
else
    not_ok "khgen check of a .docx protected by a password: $(head -c 300 "$work/err")"
fi

# ---- a main part named word/document2.xml ---------------------------------------
if imported document2 && has document2 '**I. MỤC TIÊU**' \
    '1\. Đăng trên [cổng thông tin](https://yenthe.bacgiang.gov.vn) của huyện.'; then
    ok "a .docx whose main part is word/document2.xml read, its hyperlink through its own relationships"
else
    not_ok "a .docx whose main part is word/document2.xml: $(head -c 300 "$work/dx/document2.err") $(grep -v '^$' "$work/dx/document2.md" 2>/dev/null | sed -n '/MỤC/,/Trên/p' | tr '\n' '|')"
fi

# ---- pandoc's Markdown: escaped recipients --------------------------------------
# md FILE HEAD LIST: a plan in Markdown as pandoc writes one, "Nơi nhận"
# written HEAD, its recipients' dashes LIST ("-" or "\-")
md() {
    printf '%s\n\n' '**ỦY BAN NHÂN DÂN**' '**HUYỆN YÊN THẾ**' 'Số: 12/KH-UBND' \
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' '**Độc lập - Tự do - Hạnh phúc**' \
        '*Yên Thế, ngày 10 tháng 01 năm 2024*' '**KẾ HOẠCH**' '**Thực hiện nhiệm vụ năm 2024**' \
        'Căn cứ tình hình thực tế.' 'UBND huyện xây dựng Kế hoạch như sau:' '**I. MỤC TIÊU**' \
        '- Làm đường.' '- Làm cầu.' 'Trên đây là Kế hoạch của UBND huyện./.' "$2" \
        "$3 UBND tỉnh;" "$3 Lưu: VT." '**TM. ỦY BAN NHÂN DÂN**' '**CHỦ TỊCH**' '**Nguyễn Văn A**' >"$work/dx/$1.md"
}
for head in '***Nơi nhận:***' '**Nơi nhận:**' 'Nơi nhận:'; do
    md esc "$head" '\-'
    rm -f "$work/dx/esc.yaml" "$work/dx/esc.o/esc.md"
    "$khgen" import -o "$work/dx/esc.yaml" "$work/dx/esc.md" 2>"$work/err" &&
        "$khgen" build -f md -o "$work/dx/esc.o" "$work/dx/esc.yaml" >/dev/null 2>>"$work/err"
    if grep -v '^$' "$work/dx/esc.o/esc.md" 2>/dev/null | grep -A4 -F 'Trên đây là Kế hoạch' |
        tr '\n' '|' | grep -q -F "|***Nơi nhận:***|- UBND tỉnh;|- Lưu: VT.|**TM. ỦY BAN NHÂN DÂN**"; then
        ok "pandoc's escaped recipients under '$head' are the recipients"
    else
        not_ok "pandoc's escaped recipients under '$head': $(grep -v '^$' "$work/dx/esc.o/esc.md" 2>/dev/null | grep -A5 -F 'Trên đây' | tr '\n' '|')"
    fi
done

# ---- pandoc's own Markdown tables ------------------------------------------------
# foreign23-pandoc.md: `pandoc -t markdown` of a Word plan (python-docx):
# its header and signature in grid tables, its Biểu in a multiline table
pd=$work/dx/pd
mkdir -p "$pd"
"$khgen" import -o "$pd/p.yaml" "$(dirname "$0")/foreign23-pandoc.md" 2>"$pd/err" &&
    "$khgen" build -f md -o "$pd" "$pd/p.yaml" >/dev/null 2>>"$pd/err"
if grep -v '^$' "$pd/p.md" 2>/dev/null | head -4 | tr '\n' '|' |
    grep -q -F '**ỦY BAN NHÂN DÂN**  |**XÃ ĐỒNG HƯU**  |Số: 25/KH-UBND|**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**' &&
    ! grep -q 'KH76[12]' "$pd/err"; then
    ok "pandoc's grid table of the header read as the header"
else
    not_ok "pandoc's grid table of the header: $(grep -v '^$' "$pd/p.md" 2>/dev/null | head -4 | tr '\n' '|') $(head -c 200 "$pd/err")"
fi
if grep -v '^$' "$pd/p.md" 2>/dev/null | tr '\n' '|' |
    grep -q -F '|***Nơi nhận:***|- UBND huyện (b/c);|- Đảng ủy, HĐND xã;|- Các thôn;|- Lưu: VT.|**TM. ỦY BAN NHÂN DÂN**  |**CHỦ TỊCH**  |**Nguyễn Văn Bình**  |' &&
    ! grep -q 'media\|image1\|+---\|+===' "$pd/p.md"; then
    ok "pandoc's grid table of the recipients and the signature read as them, its picture not as words"
else
    not_ok "pandoc's grid table of the signature: $(grep -v '^$' "$pd/p.md" 2>/dev/null | grep -A9 -F 'Trên đây' | tr '\n' '|')"
fi
if has pd/p '**Biểu 01**' '**KẾ HOẠCH CỨNG HÓA ĐƯỜNG GIAO THÔNG NĂM 2024**' \
    '*(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/01/2024 của UBND xã Đồng Hưu)*' \
    '| STT | Tên thôn | Chiều dài (km) | Ghi chú |' '|:---:|---|---|---|' '| 1 | Thôn 1 | 1,5 |  |' \
    '| 2 | Thôn 2 | 1,5 |  |' '| 3 | Thôn 3 | 1,5 |  |'; then
    ok "pandoc's multiline table of the Biểu read as its table"
else
    not_ok "pandoc's multiline table of the Biểu: $(grep -v '^$' "$pd/p.md" 2>/dev/null | sed -n '/Biểu 01/,$p' | head -8 | tr '\n' '|')"
fi
# a simple table and a grid table in the body, under "Bảng 1." and "Bảng 2."
sed -n '1,/^\*\*I\. /p' "$(dirname "$0")/foreign23-pandoc.md" >"$pd/b.md"
printf '%s\n' '' '**Bảng 1. Số liệu**' '' '  STT   Xã         Số hộ' '  ----- ---------- -------' \
    '  1     Đồng Hưu   120' '  2     Tân Hiệp   95' '' '**Bảng 2. Nhiệm vụ**' '' \
    '+-----+------------+----------+' '| STT | Nội dung   | Ghi chú  |' '+=====+============+==========+' \
    '| 1   | Làm đường  | thôn     |' '|     | liên xã    | Tân Lập  |' '+-----+------------+----------+' \
    '| 2   | Làm cầu    |          |' '+-----+------------+----------+' '' \
    'Trên đây là Kế hoạch của UBND xã./.' >>"$pd/b.md"
"$khgen" import -o "$pd/b.yaml" "$pd/b.md" 2>"$pd/err" && "$khgen" build -f md -o "$pd" "$pd/b.yaml" >/dev/null 2>>"$pd/err"
if has pd/b '**Bảng 1. Số liệu**' '| STT | Xã | Số hộ |' '|:---:|---|---|' '| 1 | Đồng Hưu | 120 |' '| 2 | Tân Hiệp | 95 |' &&
    has pd/b '**Bảng 2. Nhiệm vụ**' '| STT | Nội dung | Ghi chú |' '|:---:|---|---|' '| 1 | Làm đường liên xã | thôn Tân Lập |' '| 2 | Làm cầu |  |'; then
    ok "pandoc's simple and grid tables in the body read as the body's tables"
else
    not_ok "pandoc's tables in the body: $(grep -v '^$' "$pd/b.md" 2>/dev/null | sed -n '/Bảng 1/,/Trên/p' | head -14 | tr '\n' '|')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
