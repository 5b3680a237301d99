#!/bin/sh
# tests/hardening/low33.sh KHGEN WORKDIR - session 32's LOW leftovers
# (issue 8), each failing before its fix (s33low):
#  1a  a Word plan (not pasted) whose paragraphs "đ/c Chủ tịch ... chỉ tiêu
#      1" and "đ/c Phó Chủ tịch ... chỉ tiêu 2" begin in small letters under
#      a short line left open ("Phân công phụ trách các chỉ tiêu"): the
#      three were one paragraph, and made the document look pasted; now a
#      paragraph in small letters joins in a Word plan only under a bold
#      line (the title's second line, guarded) or a line of 60 characters
#      or more (Enter at a line's end, guarded).
#  1b  a paragraph style of a name of its own based on a style named
#      "heading 1" ("Phan", id not "Heading1") was read as a paragraph, its
#      section's text joined to the section above (mutimp25's "III. VIỆC
#      KHÁC"); now a heading by w:basedOn (at most 10 steps; a loop of
#      styles none; Word's "TOC Heading" none).
#  1c  a PAGE field's saved result ("Trang 7") and a NUMPAGES w:fldSimple's
#      ("/9") read as the plan's text; the page number is the page's.
#  1d  a table nested in a Biểu cell that holds nothing else left the cell
#      empty beside its KH759 note; now its rows are the cell's text too.
#  2a  a note under a Biểu's table in a PDF's text, indented and in small
#      letters, across the columns, went on the last row's cell ("Thôn C số
#      liệu tính đến ..."); one at the STT column left the whole table
#      unread (a KH762 note); now each is the table's note, and a cell's
#      words wrapped under its column still go on the row.
#  2b  a clause "1. Đối với ... dân tộc: Phấn đấu ... ." of a PDF's text
#      whose title is 62 characters (85 bytes, over the 60 bytes allowed)
#      stayed one bold title of the whole sentence; now title and text.
#  3   a front matter's U+202E (a bidi control) reached two review comments
#      of the imported plan raw; now escaped as messages escape it (\u202E).
#  4   a .md given to check, with '-imported-999.yaml' and every name before
#      it taken: KH025 offered '-imported-999.yaml', a file's; now it offers
#      'NAME.yaml' and a note says they are all taken (en, vi).
#  5   a billion laughs in word/document.xml: "entity reference loop"
#      (libxml2's words); now KH754 names the DTD (<!DOCTYPE>), en and vi.
#  6   `new` noted a Biểu's cell naming the old year "Biểu 01 still says"
#      in a row written as a mapping, "the rows of Biểu 01 still say" in a
#      list row: one wording, the rows', en and vi.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
G=$work/gen
mkdir -p "$G"
/usr/bin/python3 "$(dirname "$0")/low33_docx.py" "$G" || { not_ok "setup: low33_docx.py"; echo "$pass passed, $fail failed"; exit 1; }

# imp NAME FILE [ARGS]: import FILE -o $work/NAME.yaml; $status, $work/NAME.err
imp() {
    name=$1 file=$2
    shift 2
    rm -f "$work/$name.yaml"
    "$khgen" import "$@" -o "$work/$name.yaml" "$file" >"$work/out" 2>"$work/$name.err"
    status=$?
}
# body NAME: the body of $work/NAME.yaml as one line
body() { sed -n '/^body:/,/^closing:/p' "$work/$1.yaml" | tr '\n' '|'; }

# ---- 1a: a paragraph in small letters under an open line of a Word plan -------------
imp smallword "$G/smallword.docx"
b=$(body smallword)
case $b in
*'      - para: Phân công phụ trách các chỉ tiêu|      - para: đ/c Chủ tịch UBND xã phụ trách chỉ tiêu 1|      - para: đ/c Phó Chủ tịch UBND xã phụ trách chỉ tiêu 2|'*)
    if [ $status -eq 0 ] && grep -qxF '  title: Thực hiện nhiệm vụ phát triển kinh tế xã hội năm {year}' "$work/smallword.yaml" &&
        grep -qF 'clause: Nâng cao đời sống vật chất và tinh thần của nhân dân trên địa bàn toàn huyện và các xã vùng sâu, vùng xa.' "$work/smallword.yaml"; then
        ok "1a 'đ/c ...' paragraphs under a short open line stay paragraphs; a bold title's second line and a line broken at its end still join"
    else
        not_ok "1a status $status, $(grep -n 'title:\|Nâng cao' "$work/smallword.yaml" | head -3)"
    fi ;;
*) not_ok "1a smallword: status $status, $b" ;;
esac

# ---- 1b: a style based on "heading 1" --------------------------------------------------
imp basedon "$G/basedon.docx"
b=$(body basedon)
case $b in
*'  - section: MỤC TIÊU|'*'      - para: Mục lục|  - section: VIỆC KHÁC|'*'      - para: Rà soát hồ sơ.|      - clause: Cấp thôn|'*'          - para: Đoạn trong vòng kiểu.|  - section: NHIỆM VỤ|'*)
    [ $status -eq 0 ] && ok "1b a style based on 'heading 1' a section, two steps under 'heading 2' a clause; a loop of styles and 'TOC Heading' paragraphs" ||
        not_ok "1b status $status" ;;
*) not_ok "1b basedon: status $status, $b $(head -c 300 "$work/basedon.err")" ;;
esac

# ---- 1c: page-number fields ----------------------------------------------------------
imp page "$G/page.docx"
b=$(body page)
case $b in
*'- para: Trang /|'*'- para: Cập nhật ngày 05/12/2026.|'*)
    [ $status -eq 0 ] && ! grep -q 'Trang *7\|/ *9' "$work/page.yaml" &&
        ok "1c PAGE (code split over runs) and NUMPAGES (w:fldSimple) saved results not the plan's; a DATE field read as saved, with its note" ||
        not_ok "1c page: status $status $(grep -n 'Trang' "$work/page.yaml")" ;;
*) not_ok "1c page: status $status, $b" ;;
esac

# ---- 1d: a table nested in a Biểu cell ---------------------------------------------
imp nested "$G/nested.docx"
if [ $status -eq 0 ] && grep -qF '      - ["Thôn A", "10", "Đường | 2 km; Cống | 3 cái"]' "$work/nested.yaml" &&
    grep -qF '      - ["Thôn B", "20", "Xem bảng:"]' "$work/nested.yaml" &&
    [ "$(grep -c "# review: a table inside the cell of row [23], column 4 of the document's table 1: Đường | 2 km; Cống | 3 cái \[KH759\]" "$work/nested.yaml")" = 2 ] &&
    "$khgen" build -f md -o "$work/nested-out" "$work/nested.yaml" >/dev/null 2>&1; then
    ok "1d a cell holding only a table: its rows the cell's text, and its note; a cell with text keeps its own; the plan builds"
else
    not_ok "1d nested: status $status, $(sed -n '/^    rows:/,$p' "$work/nested.yaml" | head -6 | tr '\n' '|')"
fi

# ---- 2a: a note under a PDF text's table ------------------------------------------
# pdf NAME LINE...: a plan in `pdftotext -layout`'s shape whose Biểu's table ends with
# a row and a wrapped cell, then the LINEs
pdf() {
    f=$work/$1.txt
    shift
    cat >"$f" <<'TXT'
                 ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                   XÃ AN BÌNH                          Độc lập - Tự do - Hạnh phúc
              Số: 12/KH-UBND                      An Bình, ngày 5 tháng 3 năm 2025

                                      KẾ HOẠCH
                         Xây dựng nông thôn mới năm 2025

     UBND xã xây dựng Kế hoạch như sau:
     I. MỤC TIÊU
     1. Đối với các thôn đặc biệt khó khăn, thôn vùng đồng bào dân tộc: Phấn đấu có thêm 02 thôn đạt chuẩn nông thôn mới.
     2. Cấp xã: Giữ vững các tiêu chí xã đạt chuẩn nông thôn mới nâng cao.
     Trên đây là Kế hoạch của UBND xã.
                                                         TM. ỦY BAN NHÂN DÂN
                                                                CHỦ TỊCH

                                                              Nguyễn Văn A

Biểu 01
                            DANH SÁCH THÔN
   STT     Tên thôn          Mục tiêu
    1      Thôn A            Đạt chuẩn
    2      Thôn B            Đạt chuẩn nâng cao
    3      Thôn C            Đạt chuẩn
                             nâng cao
TXT
    printf '%s\n' "$@" >>"$f"
}
pdf across '              số liệu tính đến ngày 30 tháng 6 năm 2025 theo các báo cáo của thôn'
pdf stt '    ghi chú: số liệu tính đến ngày 30 tháng 6 năm 2025 theo báo cáo'
for t in across stt; do
    imp $t "$work/$t.txt"
    if [ $status -eq 0 ] && grep -qxF '      - ["Thôn C", "Đạt chuẩn nâng cao"]' "$work/$t.yaml" &&
        grep -q '^    note: .*số liệu tính đến ngày 30 tháng 6 năm {year} theo' "$work/$t.yaml" &&
        ! grep -q 'KH762' "$work/$t.err"; then
        ok "2a $t: an indented note in small letters under a PDF text's table is its note; the wrapped cell's words go on the row"
    else
        not_ok "2a $t: status $status, $(sed -n '/    rows:/,$p' "$work/$t.yaml" | tr '\n' '|' | head -c 400) $(head -c 200 "$work/$t.err")"
    fi
done

# ---- 2b: a clause's title of 62 characters before its text ------------------------
if grep -qxF '      - clause: Đối với các thôn đặc biệt khó khăn, thôn vùng đồng bào dân tộc' "$work/across.yaml" &&
    grep -qxF '        text: Phấn đấu có thêm 02 thôn đạt chuẩn nông thôn mới.' "$work/across.yaml" &&
    grep -qxF '        text: Giữ vững các tiêu chí xã đạt chuẩn nông thôn mới nâng cao.' "$work/across.yaml"; then
    ok "2b a PDF text's clause title of 62 characters (85 bytes) before ': ' is its title, the sentence its text"
else
    not_ok "2b $(sed -n '/^body:/,/^closing:/p' "$work/across.yaml" | tr '\n' '|')"
fi

# ---- 3: a bidi control from a front matter into review comments -------------------
printf -- '---\ntitle: "Kế hoạch \342\200\256 abc"\ndate: 2024-01-10\n---\n\n' >"$work/fm.md"
printf '%s\n\n' '**UBND HUYỆN YÊN THẾ**' '**KẾ HOẠCH**' '**Thực hiện nhiệm vụ năm 2024**' \
    'Căn cứ tình hình thực tế.' '**I. NHIỆM VỤ**' '- Làm đường.' 'Trên đây là Kế hoạch của UBND huyện./.' >>"$work/fm.md"
imp fm "$work/fm.md"
if [ $status -eq 0 ] && ! grep -q "$(printf '\342\200\256')" "$work/fm.yaml" &&
    [ "$(grep -c '^ *# review: .*Kế hoạch \\u202E abc' "$work/fm.yaml")" = 2 ]; then
    ok "3 a front matter's U+202E written \\u202E in both review comments, never raw"
else
    not_ok "3 fm: status $status, $(grep -n 'abc' "$work/fm.yaml" | od -c | head -5)"
fi

# ---- 4: every '-imported' name taken ------------------------------------------------
mkdir -p "$work/n"
printf '%s\n\n' '**UBND HUYỆN YÊN THẾ**' '**KẾ HOẠCH**' >"$work/n/ke.md"
(cd "$work/n" && : >ke.yaml && : >ke-imported.yaml && k=2 && while [ $k -le 999 ]; do : >"ke-imported-$k.yaml"; k=$((k + 1)); done)
"$khgen" check "$work/n/ke.md" >/dev/null 2>"$work/n.err"
s1=$?
LANGUAGE=vi LC_ALL=C.UTF-8 "$khgen" check "$work/n/ke.md" >/dev/null 2>"$work/n-vi.err"
rm -f "$work/n/ke-imported-999.yaml"
"$khgen" check "$work/n/ke.md" >/dev/null 2>"$work/n2.err"
if [ $s1 -ne 0 ] && grep -qF "error[KH025]: '$work/n/ke.md' is a text document (Markdown or plain text), not a plan (YAML text beginning 'khgen: 1'); make a plan of it first: khgen import '$work/n/ke.md' -o 'NAME.yaml'" "$work/n.err" &&
    grep -qF "note: '$work/n/ke.yaml' and '$work/n/ke-imported.yaml' to '-imported-999.yaml' are all taken: give import -o a name of your own" "$work/n.err" &&
    grep -qF "khgen import '$work/n/ke.md' -o 'TÊN.yaml'" "$work/n-vi.err" && grep -qF "đều đã có tệp" "$work/n-vi.err" &&
    grep -qF -- "-o '$work/n/ke-imported-999.yaml'" "$work/n2.err"; then
    ok "4 KH025 with every name to '-imported-999.yaml' taken: choose a name (en, vi); the last free one still offered"
else
    not_ok "4 names: $s1 $(head -c 400 "$work/n.err") | $(head -c 200 "$work/n-vi.err") | $(head -c 300 "$work/n2.err")"
fi

# ---- 5: a billion laughs ----------------------------------------------------------
imp laughs "$G/laughs.docx"
LANGUAGE=vi "$khgen" import -o "$work/laughs-vi.yaml" "$G/laughs.docx" >/dev/null 2>"$work/laughs-vi.err"
if [ $status -ne 0 ] && [ ! -e "$work/laughs.yaml" ] &&
    grep -qF "error[KH754]: '$G/laughs.docx': word/document.xml holds a document type declaration (<!DOCTYPE>), which no Word document has" "$work/laughs.err" &&
    ! grep -qi 'entity reference loop\|amplification' "$work/laughs.err" &&
    grep -q 'KH754.*DOCTYPE' "$work/laughs-vi.err" && ! grep -q 'which no Word' "$work/laughs-vi.err"; then
    ok "5 a billion laughs is KH754's DTD (<!DOCTYPE>), en and vi, nothing written"
else
    not_ok "5 laughs: status $status $(head -c 300 "$work/laughs.err") | $(head -c 300 "$work/laughs-vi.err")"
fi

# ---- 6: new's notes of a mapping row and a list row --------------------------------
cat >"$work/rows.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  number: 25
  code: KH-UBND
  place: Đồng Hưu
  date: 2025-01-15
  title: Thu ngân sách năm {year}
body:
  - section: Mục tiêu
    items:
      - para: Thu ngân sách theo {att bieu01}.
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
recipients: [UBND huyện, "Lưu: VT"]
attachments:
  - id: bieu01
    label: Biểu 01
    title: Dự toán thu ngân sách xã năm {year}
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: n, header: Dự toán, type: int}
    rows:
      - {name: Thuế đất năm 2025, n: 45}
      - [Phí năm 2025, 5]
YAML
"$khgen" new --from "$work/rows.yaml" --year 2026 -o "$work/rows-2026.yaml" >"$work/rows.out" 2>&1
LANGUAGE=vi "$khgen" new --force --from "$work/rows.yaml" --year 2026 -o "$work/rows-2026.yaml" >"$work/rows-vi.out" 2>&1
if grep -qF 'rows-2026.yaml:27:29: note: the rows of Biểu 01 still say 2025: "Thuế đất năm 2025"' "$work/rows.out" &&
    grep -qF 'rows-2026.yaml:28:18: note: the rows of Biểu 01 still say 2025: "Phí năm 2025"' "$work/rows.out" &&
    [ "$(grep -c 'note: các dòng của Biểu 01 ' "$work/rows-vi.out")" = 2 ]; then
    ok "6 new notes a mapping row's cell and a list row's in one wording, the rows' (en, vi)"
else
    not_ok "6 $(grep 'note:' "$work/rows.out" | head -3) | $(grep 'note:' "$work/rows-vi.out" | head -3)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
