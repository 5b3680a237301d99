#!/bin/sh
# tests/hardening/attack32.sh KHGEN WORKDIR - what session 32's black-box
# attack on import found (issue 8), as an adversary (hostile .docx files)
# and as an office (a Biểu split over two pages, hidden text):
#  F1  a Biểu split in two Word tables (its rows continued on the next page)
#      with its header typed again over the second part, as offices do
#      where "Repeat Header Rows" would print it: the repeated header was
#      read as rows of the table ("STT | Tên thôn | Số hộ" in the middle of
#      the rebuilt Biểu), its STT column and totals row lost, exit 0; the
#      same in a .md (pandoc's). Now left out, with a review line.
#  F2  word/document.xml declaring encoding="ISO-8859-1" over UTF-8 bytes
#      was decoded as Latin-1: "á»¦Y BAN NHÃN DÃN", exit 0; a part must be
#      UTF-8 or UTF-16 (OPC): KH754, nothing written.
#  F3  a paragraph of one 11 MB text: libxml2 printed its own "parser error
#      : xmlSAX2Characters: huge text node" and the line on stderr (in the
#      middle of --diagnostics-format=json's objects), then KH754 said
#      "Extra content at the end of the document"; now KH755 naming the
#      text's size and the limit, nothing else on stderr.
#  F4  a .docx saved as .txt or .md (a zip) was "not UTF-8 text (byte 12)",
#      to convert with khgen convert; a zip is now read as a .docx whatever
#      its name (an .odt so named is KH756, as an .odt).
#  F5  text hidden by a character or paragraph style (w:vanish in
#      styles.xml), which Word neither shows nor prints, was imported as
#      text; a run's own w:vanish was already left out.
# Guards (passed before): a zip bomb and a DTD are refused under a second,
# nothing written; a UTF-16 part reads; a Biểu in one table is unchanged.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
G=$work/gen
/usr/bin/python3 "$(dirname "$0")/attack32_docx.py" "$G" || { not_ok "setup: attack32_docx.py"; echo "$pass passed, $fail failed"; exit 1; }

# imp NAME FILE [ARGS]: import FILE -o $work/NAME.yaml; $status, $work/err
imp() {
    name=$1 file=$2
    shift 2
    rm -f "$work/$name.yaml"
    "$khgen" import "$@" -o "$work/$name.yaml" "$file" >"$work/out" 2>"$work/err"
    status=$?
}

# ---- F1: a Biểu split in two tables, its header typed again ------------------------------
# bieu_ok NAME: the Biểu read whole: three rows, STT, totals, groups
bieu_ok() {
    grep -qF '      - ["Thôn A", 10, 20]' "$work/$1.yaml" &&
        grep -qF '      - ["Thôn C", 1, 3]' "$work/$1.yaml" &&
        grep -qF '      - {key: c1, header: "STT", type: stt}' "$work/$1.yaml" &&
        grep -qF '    totals: "Tổng cộng"' "$work/$1.yaml" &&
        ! grep -q '"Tên thôn", "' "$work/$1.yaml"
}
imp split2 "$G/split2.docx"
if [ $status -eq 0 ] && bieu_ok split2 && grep -qF 'header: "Năm {year}", group: "Số hộ"' "$work/split2.yaml" &&
    grep -qF '# review: the column headings, typed again inside the table (1 time:' "$work/split2.yaml"; then
    ok "F1 a Biểu split in two tables, its two header rows typed again: rows, STT, totals, one review line"
else
    not_ok "F1 split2: status $status, $(sed -n '/columns:/,$p' "$work/split2.yaml" 2>/dev/null | head -c 900)"
fi
imp split1 "$G/split1.docx"
if [ $status -eq 0 ] && bieu_ok split1; then
    ok "F1 a header of one row typed again after an empty paragraph: left out"
else
    not_ok "F1 split1: status $status, $(sed -n '/columns:/,$p' "$work/split1.yaml" 2>/dev/null | head -c 900)"
fi
# the .md a reader writes of it (pipe tables; pandoc's are read as the same rows)
cat >"$work/split.md" <<'MD'
**ỦY BAN NHÂN DÂN**

**XÃ TÂN PHÚ**

Số: 12/KH-UBND

Tân Phú, ngày 10 tháng 01 năm 2024

**KẾ HOẠCH**

**Xây dựng nông thôn mới năm 2024**

**I. MỤC TIÊU**

1\. Hoàn thành các chỉ tiêu (Chi tiết theo Biểu 01 đính kèm).

Trên đây là Kế hoạch xây dựng nông thôn mới năm 2024 của UBND xã Tân Phú./.

**Biểu 01**

**CHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2024**

| STT | Tên thôn | Năm 2023 | Năm 2024 |
|:---:|---|:---:|:---:|
| 1 | Thôn A | 10 | 20 |
| 2 | Thôn B | 5 | 7 |
| STT | Tên thôn | Năm 2023 | Năm 2024 |
| 3 | Thôn C | 1 | 3 |
| | Tổng cộng | 16 | 30 |

Ghi chú: số liệu tạm tính.
MD
imp splitmd "$work/split.md"
if [ $status -eq 0 ] && grep -qF '      - ["Thôn C", 1, 3]' "$work/splitmd.yaml" &&
    grep -qF '    totals: "Tổng cộng"' "$work/splitmd.yaml" && ! grep -q '"Tên thôn", "' "$work/splitmd.yaml"; then
    ok "F1 the same in a .md's pipe table: the repeated header left out"
else
    not_ok "F1 .md: status $status, $(sed -n '/columns:/,$p' "$work/splitmd.yaml" 2>/dev/null | head -c 900)"
fi
# the row of column numbers alone typed again at the next page's top
awk '/^\| STT \|/ && seen { print "| (1) | (2) | (3) | (4) |"; next }
    /^\| STT \|/ { seen = 1 } { print } /^\|:---:\|/ { print "| (1) | (2) | (3) | (4) |" }' \
    "$work/split.md" >"$work/numbers.md"
imp numbers "$work/numbers.md"
if [ $status -eq 0 ] && grep -qF '      - ["Thôn C", 1, 3]' "$work/numbers.yaml" &&
    grep -qF '    totals: "Tổng cộng"' "$work/numbers.yaml" && ! grep -q '^      - .*"(1)"' "$work/numbers.yaml" &&
    grep -qF 'typed again inside the table (1 time:' "$work/numbers.yaml"; then
    ok "F1 the row of column numbers alone typed again at a page's top: left out"
else
    not_ok "F1 numbers: status $status, $(sed -n '/columns:/,$p' "$work/numbers.yaml" 2>/dev/null | head -c 900)"
fi
imp whole "$G/whole.docx"
if [ $status -eq 0 ] && bieu_ok whole && ! grep -q 'typed again' "$work/whole.yaml"; then
    ok "F1 guard: the Biểu in one table reads as before, no review line"
else
    not_ok "F1 guard whole: status $status"
fi
# a Biểu of empty headers over rows left empty to fill in: its rows kept
printf '# KẾ HOẠCH\n\nThực hiện năm 2024\n\nTrên đây là Kế hoạch./.\n\n**Biểu 01**\n\n**DANH SÁCH**\n\n| | | |\n|---|---|---|\n| | | |\n| | | |\n' >"$work/blank.md"
imp blank "$work/blank.md"
if [ $status -eq 0 ] && [ "$(grep -c '^      - \["", "", ""\]$' "$work/blank.yaml")" -eq 2 ]; then
    ok "F1 guard: empty rows under an empty header are rows to fill in, kept"
else
    not_ok "F1 guard blank: status $status, $(sed -n '/columns:/,$p' "$work/blank.yaml" 2>/dev/null | head -c 400)"
fi
# the imported plan builds, and its Biểu prints the header once
mkdir -p "$work/b"
if "$khgen" build -f md -o "$work/b" "$work/split2.yaml" >/dev/null 2>&1 &&
    [ "$(grep -c 'Tên thôn' "$work/b/split2.md")" -eq 1 ]; then
    ok "F1 the import of the split Biểu builds, its header printed once"
else
    not_ok "F1 build: $(grep -c 'Tên thôn' "$work/b/split2.md" 2>/dev/null)"
fi
"$khgen" import --lang vi "$G/split2.docx" >"$work/out" 2>/dev/null
if grep -qF '# review: tiêu đề cột được gõ lại bên trong biểu (1 lần' "$work/out"; then
    ok "F1 the review line in Vietnamese"
else
    not_ok "F1 vi: $(grep 'review: tiêu đề' "$work/out" | head -c 300)"
fi

# ---- F2: a part declaring another encoding ------------------------------------------------
imp latin1 "$G/latin1.docx"
if [ $status -eq 3 ] && [ ! -e "$work/latin1.yaml" ] &&
    grep -qF "error[KH754]: '$G/latin1.docx': word/document.xml declares the encoding 'ISO-8859-1', where a Word document's parts are UTF-8 or UTF-16" "$work/err"; then
    ok "F2 word/document.xml declaring ISO-8859-1: KH754, nothing written"
else
    not_ok "F2 latin1: status $status, $(head -c 400 "$work/err")"
fi
imp latin1 "$G/latin1.docx" --lang vi
if [ $status -eq 3 ] && grep -qF "word/document.xml khai báo bảng mã 'ISO-8859-1'" "$work/err"; then
    ok "F2 in Vietnamese"
else
    not_ok "F2 vi: $(head -c 400 "$work/err")"
fi
imp latin1 "$G/latin1.docx" --diagnostics-format=json
if [ $status -eq 3 ] && grep -qF '"code": "KH754"' "$work/err" && grep -qF "declares the encoding 'ISO-8859-1'" "$work/err"; then
    ok "F2 in JSON"
else
    not_ok "F2 JSON: $(head -c 400 "$work/err")"
fi
imp utf16 "$G/utf16.docx"
if [ $status -eq 0 ] && grep -qF -- '- XÃ TÂN PHÚ' "$work/utf16.yaml"; then
    ok "F2 guard: a part in UTF-16, declared so, reads"
else
    not_ok "F2 guard utf16: status $status, $(head -c 300 "$work/err")"
fi

# ---- F3: one text of 11 MB -------------------------------------------------------------------
imp big "$G/bigtext.docx"
if [ $status -eq 3 ] && [ ! -e "$work/big.yaml" ] && [ "$(wc -l <"$work/err")" -eq 2 ] &&
    grep -qF "error[KH755]: '$G/bigtext.docx': word/document.xml holds a text of 11100025 bytes in one piece" "$work/err" &&
    ! grep -q 'parser error\|Extra content' "$work/err"; then
    ok "F3 a text of 11 MB in one piece: KH755 naming its size, no libxml2 line, nothing written"
else
    not_ok "F3 big: status $status, $(head -c 600 "$work/err")"
fi
imp big "$G/bigtext.docx" --diagnostics-format=json
if [ $status -eq 3 ] && [ "$(wc -l <"$work/err")" -eq 1 ] && grep -qF '"code": "KH755"' "$work/err"; then
    ok "F3 in JSON: one object, no libxml2 line wrapped as a note"
else
    not_ok "F3 JSON: $(head -c 600 "$work/err")"
fi
imp big "$G/bigtext.docx" --lang vi
if [ $status -eq 3 ] && grep -qF 'word/document.xml có một đoạn chữ liền 11100025 byte' "$work/err"; then
    ok "F3 in Vietnamese"
else
    not_ok "F3 vi: $(head -c 400 "$work/err")"
fi

# ---- F4: a .docx under another name ------------------------------------------------------------
cp "$G/split1.docx" "$work/ke-hoach.txt"
cp "$G/split1.docx" "$work/ke-hoach.md"
imp astxt "$work/ke-hoach.txt"
st1=$status
imp asmd "$work/ke-hoach.md"
if [ $st1 -eq 0 ] && [ $status -eq 0 ] &&
    [ "$(grep -v '^# Imported by' "$work/astxt.yaml" | cksum)" = "$(grep -v '^# Imported by' "$work/split1.yaml" | cksum)" ] &&
    [ "$(grep -v '^# Imported by' "$work/asmd.yaml" | cksum)" = "$(grep -v '^# Imported by' "$work/split1.yaml" | cksum)" ]; then
    ok "F4 a .docx saved as .txt or .md imports as the .docx"
else
    not_ok "F4 statuses $st1 $status, $(head -c 300 "$work/err")"
fi
/usr/bin/python3 - "$work/odt.md" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", "<office:document-content/>")
PY
imp odt "$work/odt.md"
if [ $status -eq 3 ] && grep -qF "error[KH756]: '$work/odt.md' is an OpenDocument text" "$work/err"; then
    ok "F4 an .odt saved as .md: KH756, the .odt's message"
else
    not_ok "F4 odt: status $status, $(head -c 300 "$work/err")"
fi

# ---- F5: hidden by a style -----------------------------------------------------------------------
imp hidden "$G/hidden.docx"
if [ $status -eq 0 ] && ! grep -q 'ghi chú ẩn\|Đoạn ẩn' "$work/hidden.yaml" &&
    grep -q 'bullet: Hoàn thành xã {loc dong-huu}, xã {loc tan-hiep} và xã {loc tan-soi}$' "$work/hidden.yaml" &&
    grep -qF 'bullet: Làm tốt.' "$work/hidden.yaml"; then
    ok "F5 text hidden by a character or a paragraph style is left out; a run unhiding its style's is read"
else
    not_ok "F5 hidden: status $status, $(sed -n '/^body/,$p' "$work/hidden.yaml" 2>/dev/null | head -c 500)"
fi

# ---- guards -------------------------------------------------------------------------------------
timed_case "guard a zip bomb (256 MB of one part) refused" "$khgen" import -o "$work/bomb.yaml" "$G/bomb.docx"
if [ "$status" -eq 3 ] && [ ! -e "$work/bomb.yaml" ]; then
    ok "guard the zip bomb: exit 3, nothing written"
else
    not_ok "guard bomb: status $status"
fi
imp dtd "$G/dtd.docx"
if [ $status -eq 3 ] && [ ! -e "$work/dtd.yaml" ] && grep -qF 'error[KH754]' "$work/err"; then
    ok "guard a DTD naming /etc/passwd: KH754, nothing written"
else
    not_ok "guard dtd: status $status"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
