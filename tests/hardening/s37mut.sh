#!/bin/sh
# tests/hardening/s37mut.sh KHGEN WORKDIR - the cases session 37's mutation
# sweep (tools/mutants.py over txt_cells.c, load_nbsp.c, md_autolink.c,
# check_short.c, attach_labels.c and the unswept mutants of own_label.c and
# inline_due.c) found missing: each kills a mutant that every suite of its
# file let survive, and passes at main 8804c8c5 and after (the code was
# right; a later change that breaks the behaviour would have passed every
# test). The mutant each case kills is named in its verdict by its id in
# that file at 8804c8c5 (txt_cells-NNN: `git show 8804c8c5:src/txt_cells.c`
# through `python3 tools/mutants.py list`; attach_labels.c's label key is
# own_label_number's since s37review, its loop's mutants checked again
# there); each case was run with that mutant's binary (`tools/mutants.py
# build --only ID`) and failed.
# The PDF texts are as `pdftotext -layout` prints them (the plan's first
# page: pdf_first_page.txt); the plans are README's example with an edit.
# A few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
. "$top/tests/hardening/exedits.sh"
# has NAME LINE: the imported NAME.yaml holds LINE (fixed string)
has() { grep -qF -- "$2" "$work/$1.yaml"; }
# biểu NAME: $work/NAME.txt, the plan's first page and a Biểu page whose
# table (header "STT | Nội dung | Cơ quan chủ trì | Thời gian") is stdin
bieu() {
    { cat "$first_page"; cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ                  Cơ quan chủ trì            Thời gian
EOF
      cat; } >"$work/$1.txt"
}

# read_bieu NAME LINE: $work/NAME.txt imported with status 0, no KH762 (no table
# left for review), its .yaml holding LINE; else $bad says what it got
read_bieu() {
    imp "$1"
    [ "$st" -eq 0 ] || bad="$bad [status $st]"
    grep -q KH762 "$work/$1.err" && bad="$bad [KH762: the table left for review]"
    has "$1" "$2" || bad="$bad [$(rows "$1")]"
}

# ---- txt_cells.c: the cells of a PDF's table lines ------------------------
# an STT written with its dot ("1.", "2.") is a row's STT: the table is read
bad=
bieu x1 <<'EOF'
1.    Lập dự toán ngân sách năm          Phòng Tài chính            quý I/2025
2.    Rà soát khu dân cư vùng trũng      các xã                     quý II/2025
EOF
read_bieu x1 '- ["1.", "Lập dự toán ngân sách năm", "Phòng Tài chính", "quý I/{year}"]'
verdict "txt_cells: a Biểu's rows numbered '1.', '2.' are its rows (txt_cells-032)"

# an STT of five digits is a row's (txt_stt_cell: 1-5 digits)
bad=
bieu x2 <<'EOF'
10000    Lập dự toán ngân sách năm          Phòng Tài chính            quý I/2025
10001    Rà soát khu dân cư vùng trũng      các xã                     quý II/2025
EOF
read_bieu x2 'c2: "Rà soát khu dân cư vùng trũng"'
verdict "txt_cells: rows numbered '10000', '10001' are a Biểu's rows (txt_cells-041)"

# a cell's line ending in an en dash ("Phòng Tài chính –"), or the dash
# alone, or in "và" ("Phòng Văn hóa và" over "Thông tin") asks for more:
# the capital line under it is the same cell's, as after '-' (s36imp's
# L1), not the next row's
bad=
i=0
for d in 'Phòng Tài chính –          |Kế hoạch|Phòng Tài chính – Kế hoạch' \
    '–                          |Kế hoạch|– Kế hoạch' 'Phòng Văn hóa và           |Thông tin|Phòng Văn hóa và Thông tin'; do
    i=$((i + 1))
    n=x3_$i
    bieu "$n" <<EOF
 1    Lập dự toán ngân sách năm          ${d%%|*}quý I/2025
                                         $(echo "$d" | cut -d'|' -f2)
 2    Rà soát khu dân cư vùng trũng      các xã, thị trấn và        quý II/2025
                                         đơn vị liên quan
EOF
    imp "$n"
    has "$n" "- [\"Lập dự toán ngân sách năm\", \"${d##*|}\", \"quý I/{year}\"]" &&
        has "$n" '- ["Rà soát khu dân cư vùng trũng", "các xã, thị trấn và đơn vị liên quan", "quý II/{year}"]' ||
        bad="$bad [${d##*|}: $(rows "$n")]"
done
verdict "txt_cells: 'Phòng Tài chính –' (an en dash), '–' alone, 'Phòng Văn hóa và' over a capital line are one cell with it (txt_cells-168, 170, 179)"

# a row's line whose first two cells -layout printed one space apart
# ("... và các Ban công tác mặt trận", low35's case 4) with a third cell
# after it: cut at the column, the third cell kept (txt_cut_at_columns'
# memmove of the cells after the one cut)
bad=
{ cat "$first_page"; cat <<'EOF'
                                   Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT     Nội dung nhiệm vụ                 Đơn vị thực hiện        Thời gian
 1      Phun thuốc khử trùng              Trạm y tế xã            quý III
 2      Tuyên truyền phòng chống dịch     Trạm y tế xã            quý II
        bệnh cho nhân dân toàn xã, và các Ban công tác mặt trận   năm 2025
EOF
} >"$work/x4.txt"
imp x4
[ "$st" -eq 0 ] && ! grep -q '^    note:' "$work/x4.yaml" &&
    has x4 '- ["Tuyên truyền phòng chống dịch bệnh cho nhân dân toàn xã, và các", "Trạm y tế xã Ban công tác mặt trận", "quý II năm {year}"]' ||
    bad="$bad [status $st: $(rows x4)]"
verdict "txt_cells: a row's line cut at a column, a cell after it, is read into three columns (txt_cells-228: the line became the note)"

# a header cell wrapped over the STT line whose first line is its widest
# ("Số tiêu chí" over "đạt", krong-no's Biểu, low35's case 6 the other way
# round): each of its lines under the column of the widest line's middle
bad=
sed -e '46s/.*/                            Số tiêu chí/' -e '48s/.*/                            đạt/' \
    "$here/round33-krongno.txt" >"$work/x5.txt"
imp x5
[ "$st" -eq 0 ] && grep -qxF '      - {key: c2, header: "Tên xã"}' "$work/x5.yaml" &&
    grep -qxF '      - {key: c3, header: "Số tiêu chí đạt", type: int, total: true}' "$work/x5.yaml" ||
    bad="$bad [status $st: $(grep '{key: c[23],' "$work/x5.yaml" | tr '\n' '|')]"
verdict "txt_cells: 'Số tiêu chí' over the STT line over 'đạt' is one header, 'Số tiêu chí đạt', not 'Tên xã đạt' (txt_cells-369, 387)"

# ---- own_label.c: KH118 (the sample s36mut left unswept) ------------------
# a label without its space before a letter of U+1EC0-U+1EFF ('Ổ', 'Ở'),
# and a label of the digit 9
bad=
i=0
for kt in 'clause|1.Ổn định đời sống' 'clause|9.Hoàn thành đúng hạn'; do
    i=$((i + 1))
    heading "o1_$i" "${kt%%|*}" "${kt#*|}"
    chk "o1_$i"
    grep -q "o1_$i\.yaml:10:[0-9]*: warning\[KH118\]" "$work/o1_$i.err" || bad="$bad [${kt%%|*}: '${kt#*|}' no KH118]"
done
verdict "own_label: KH118 at '1.Ổn định' and '9.Hoàn thành' (own_label-025, 118)"

# ---- load_nbsp.c: a no-break space in YAML's syntax (KH005) ---------------
NB=$(printf '\302\240')
# each role named, the caret under the character (s36yaml's M5 checks
# the line:col only)
edited n1 '  date: 2024-01 ' "  date:${NB}2024-01 "
edited n2 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
  -${NB}UBND tỉnh
  - \"Lưu: VT\""
edited n3 '  place: Yên Thế' "${NB} place: Yên Thế"
edited n9 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
${NB} - UBND tỉnh
  - \"Lưu: VT\""
# an odd indentation before it; a line whose every space is one (a Word copy)
edited n11 '  place: Yên Thế' " ${NB}place: Yên Thế"
edited n12 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
${NB}${NB}-${NB}UBND tỉnh
  - \"Lưu: VT\""
bad=
for c in "n1:10:8:after a key's ':':        ^" "n2:65:4:after a list item's '-':    ^" "n3:9:1:in the indentation: ^" \
    "n9:65:1:in the indentation: ^" "n11:9:2:in the indentation:  ^" "n12:65:1:in the indentation: ^"; do
    n=${c%%:*}
    r=${c#*:*:*:}
    chk "$n"
    at=${c#*:}
    head -1 "$work/$n.err" | grep -qF "$n.yaml:${at%%:[a-z]*}: error[KH005]: YAML syntax error: a no-break space (U+00A0) ${r%:*}, where" ||
        bad="$bad [$n: $(head -1 "$work/$n.err" | cut -c1-120)]"
    [ "$(sed -n 3p "$work/$n.err")" = "      |${r##*:}" ] || bad="$bad [$n caret: '$(sed -n 3p "$work/$n.err")']"
done
verdict "load_nbsp: KH005 names what YAML needed the space for (after a key's ':', after a list item's '-', in the indentation, before a key or a list item's '- ', after one space, every space of a line) and points a caret at it (load_nbsp-035, 042, 062, 064)"

# a no-break space after any ASCII key's ':' (capitals, a 'Z', a digit),
# or at the end of its line ("recipients:<NB>" over its list), is named
# at its line:col; an 'à' beginning a line (its second byte is U+00A0's),
# a text's line beginning with one (both near a syntax error) and a list
# item '+a:<NB>b' (no key: '+') are no such space
edited n4 '  place: Yên Thế' "  PLACEZ:${NB}Yên Thế"
edited n5 '  place: Yên Thế' "  place9:${NB}Yên Thế"
edited n6 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:${NB}
  - UBND tỉnh
  - \"Lưu: VT\""
edited n7 '  place: Yên Thế' "  place: Yên Thế
  àn: x
 title: y"
edited n8 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
  - UBND tỉnh
  - +a:${NB}b"
bad=
# a list item's text written '-<NB>' after one space, or after '- ' (a
# list in a list): the value's line looked back over to its start
edited n13 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
 -${NB}UBND tỉnh"
edited n14 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' "recipients:
- -${NB}UBND tỉnh"
for c in "n4:9:10|a key's ':'" "n5:9:10|a key's ':'" "n6:64:12|a key's ':'" "n13:65:3|a list item's '-'" "n14:65:4|a list item's '-'"; do
    n=${c%%:*}
    at=${c%%|*}
    chk "$n"
    head -1 "$work/$n.err" | grep -qF "$n.yaml:${at#*:}: error[KH005]: YAML syntax error: a no-break space (U+00A0) after ${c#*|}" ||
        bad="$bad [$n: $(head -1 "$work/$n.err" | cut -c1-100)]"
done
edited n10 '  place: Yên Thế' "  place: Huyện
    ${NB}A Lưới
 title: y"
for n in n7 n10; do
    chk $n
    head -1 "$work/$n.err" | grep -qF "$n.yaml:11:2: error[KH005]: YAML syntax error: did not find expected key" ||
        bad="$bad [$n: $(head -1 "$work/$n.err" | cut -c1-100)]"
done
chk n8
grep -q 'U+00A0' "$work/n8.err" && bad="$bad [n8: $(grep -m1 'U+00A0' "$work/n8.err" | cut -c1-100)]"
verdict "load_nbsp: 'PLACEZ:<NB>', 'place9:<NB>', 'recipients:<NB>' at the line's end, ' -<NB>UBND', '- -<NB>UBND' are KH005 at the space; 'àn: x' and a text's '<NB>A Lưới' near a syntax error and '- +a:<NB>b' are not (load_nbsp-000, 004, 008, 010, 019, 036, 037, 124, 129, 132, 133)"

# ---- check_short.c: {short ID} beside the unit's full name (KH214) --------
# two units without short: a {short} of two ids beside a {unit} of two (one
# with a short name: none for it), the name written out (not a {unit}),
# each unit warned once (tckh again in the task's text), a {unit ct} in
# one text and {short ct} in another (none), each at its '{short' with
# its width
edited k1 'Tham mưu phân bổ nguồn vốn năm {year}.' \
    "'Giao Phòng Nông nghiệp ({short nn}) chủ trì; {unit tckh} ({short tckh}), {unit ct} phụ trách'" \
    '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: "{unit vpdp tckh} ({short vpdp tckh}) phối hợp"' \
    'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' 'closing: "Trên đây là Kế hoạch năm {year} của UBND huyện; {short ct} theo dõi."' \
    '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
' '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: nn, name: Phòng Nông nghiệp}
  - {id: ct, name: Công an huyện}
'
chk k1
bad=
[ "$st" -eq 0 ] && [ "$(grep -c 'warning\[' "$work/k1.err")" -eq 2 ] || bad="$bad [status $st: $(grep 'warning\[' "$work/k1.err" | cut -c1-90 | tr '\n' '|')]"
grep -A2 'warning\[KH214\]' "$work/k1.err" | sed 's|^.*/k1\.yaml|k1.yaml|' >"$work/k1.got"
cat >"$work/k1.want" <<'EOF'
k1.yaml:19:30: warning[KH214]: '{short tckh}' prints the unit's full name, 'Phòng Tài chính - Kế hoạch', which this text prints already: the unit has no short name; give it one ('short:' under its entry), or remove '{short tckh}'
   19 |   - text: "{unit vpdp tckh} ({short vpdp tckh}) phối hợp"
      |                              ^~~~~~~~~~~~~~~~~
k1.yaml:51:44: warning[KH214]: '{short nn}' prints the unit's full name, 'Phòng Nông nghiệp', which this text prints already: the unit has no short name; give it one ('short:' under its entry), or remove '{short nn}'
   51 |             text: 'Giao Phòng Nông nghiệp ({short nn}) chủ trì; {unit tckh} ({short tckh}), {unit ct} phụ trách'
      |                                            ^~~~~~~~~~
EOF
cmp -s "$work/k1.want" "$work/k1.got" || bad="$bad [$(diff "$work/k1.want" "$work/k1.got" | tr '\n' '|' | cut -c1-300)]"
verdict "check_short: KH214 at '{short vpdp tckh}' beside '{unit vpdp tckh}' (tckh only) and at '{short nn}' beside its name written out, each unit once, none across two texts"

# a {unit} and a {short} naming an unknown unit beside a {short}: KH202
# at each, KH214, no crash; the plan's first text (its title) is read too
edited k2 '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: "{unit tckh khongco} ({short tckh}), {short khongco}"'
edited k3 '  title: Triển khai thực hiện' '  title: Phòng Tài chính - Kế hoạch ({short tckh}) triển khai thực hiện'
bad=
chk k2
[ "$st" -eq 1 ] || bad="$bad [status $st]"
grep -q 'k2\.yaml:19:12: error\[KH202\]' "$work/k2.err" && grep -q 'k2\.yaml:19:33: warning\[KH214\]' "$work/k2.err" &&
    grep -q 'k2\.yaml:19:48: error\[KH202\]' "$work/k2.err" || bad="$bad [$(grep 'error\[\|warning\[' "$work/k2.err" | cut -c1-80 | tr '\n' '|')]"
chk k3
[ "$st" -eq 0 ] && grep -q 'k3\.yaml:11:38: warning\[KH214\]' "$work/k3.err" || bad="$bad [k3: status $st, $(grep -c KH214 "$work/k3.err") KH214]"
verdict "check_short: '{unit tckh khongco} ({short tckh}), {short khongco}' is KH202 twice and KH214; KH214 in the title, the plan's first text (check_short-005, 013: a crash; 032)"

# ---- attach_labels.c: two attachments of one label (KH620) ----------------
# beside README's 'Biểu 01': 'Biểu 1' (its number two ways), 'BIỂU 01' (the
# same label in capitals), 'Biểu 0'/'Biểu 00'; 'Biểu 10', 'Biểu 100',
# 'Phụ lục 1.01', 'Phụ lục 1.1' (the zeros after a number's point are
# kept: s37review's M2) are labels of their own: three errors, each at
# the later label, a note at the first
# labelled NAME LABEL...: README's example with one small attachment a
# LABEL after its 'Biểu 01', as $P/NAME.yaml, checked (chk)
labelled() {
    _n=$1
    shift
    add=
    for lab in "$@"; do
        add="$add
  - id: b${#add}
    label: $lab
    title: Bảng số liệu
    columns: [{key: a, header: A}]
    rows: [{a: x}]"
    done
    edited "$_n" '    rows: {from: localities, where: {target_year: 2024}}' "    rows: {from: localities, where: {target_year: 2024}}$add"
    chk "$_n"
}
labelled l1 'Biểu 1' 'Biểu 10' 'BIỂU 01' 'Biểu 0' 'Biểu 00' 'Phụ lục 1.01' 'Phụ lục 1.1' 'Biểu 100'
bad=
grep 'KH620\|note:' "$work/l1.err" | sed 's|^.*/l1\.yaml|l1.yaml|' >"$work/l1.got"
cat >"$work/l1.want" <<'EOF'
l1.yaml:76:12: error[KH620]: two attachments are labelled 'Biểu 01' and 'Biểu 1', one label with its number written two ways: give each its own label (Biểu 01, Biểu 02, ...)
l1.yaml:70:9: note: the other one
l1.yaml:86:12: error[KH620]: two attachments are labelled 'BIỂU 01': give each its own label (Biểu 01, Biểu 02, ...)
l1.yaml:70:9: note: the other one
l1.yaml:96:12: error[KH620]: two attachments are labelled 'Biểu 0' and 'Biểu 00', one label with its number written two ways: give each its own label (Biểu 01, Biểu 02, ...)
l1.yaml:90:9: note: the other one
EOF
[ "$st" -eq 1 ] || bad="$bad [status $st]"
cmp -s "$work/l1.want" "$work/l1.got" || bad="$bad [$(diff "$work/l1.want" "$work/l1.got" | tr '\n' '|' | cut -c1-400)]"
verdict "attach_labels: 'Biểu 1', 'BIỂU 01' beside 'Biểu 01', 'Biểu 00' beside 'Biểu 0' are KH620, each with its words; 'Biểu 10', 'Biểu 100', 'Phụ lục 1.01', 'Phụ lục 1.1' are not (attach_labels-007, 042, 048, 049)"

# the zeros a key drops: after a letter ('Biểu A01' is 'Biểu A1'), before a
# 9 ('Biểu 09'), before two digits ('Biểu 012'); none inside a number
# ('Biểu 1001', 'Biểu 901' are not 'Biểu 101', 'Biểu 91') nor before a
# letter ('Biểu 02a', 'Biểu 03a', 'Biểu 0a', 'Biểu A' are four labels)
labelled l2 'Biểu A01' 'Biểu A1' 'Biểu 09' 'Biểu 9' 'Biểu 012' 'Biểu 12' 'Biểu 1001' 'Biểu 101' 'Biểu 901' 'Biểu 91' \
    'Biểu 02a' 'Biểu 03a' 'Biểu 0a' 'Biểu A'
bad=
grep 'KH620' "$work/l2.err" | sed 's|^.*/l2\.yaml:[0-9:]*: error\[KH620\]: two attachments are labelled ||; s|, one label with its number.*||' >"$work/l2.got"
printf '%s\n' "'Biểu A01' and 'Biểu A1'" "'Biểu 09' and 'Biểu 9'" "'Biểu 012' and 'Biểu 12'" >"$work/l2.want"
cmp -s "$work/l2.want" "$work/l2.got" || bad="$bad [$(tr '\n' '|' <"$work/l2.got")]"
verdict "attach_labels: 'Biểu A01'/'Biểu A1', 'Biểu 09'/'Biểu 9', 'Biểu 012'/'Biểu 12' are KH620; 'Biểu 1001', 'Biểu 101', 'Biểu 901', 'Biểu 91', 'Biểu 02a', 'Biểu 03a', 'Biểu 0a', 'Biểu A' are not (attach_labels-005, 006, 012, 014, 016-018, 021, 022, 026, 029)"

# an attachment without a label (KH602) before two of one label: KH620 too
edited l3 'attachments:
' 'attachments:
  - id: nolabel
    title: Bảng không nhãn
    columns: [{key: a, header: A}]
    rows: [{a: x}]
  - id: b1
    label: Biểu 1
    title: Bảng số liệu
    columns: [{key: a, header: A}]
    rows: [{a: x}]
'
chk l3
bad=
grep -q 'l3\.yaml:70:5: error\[KH602\]' "$work/l3.err" && grep -q "l3\.yaml:80:12: error\[KH620\]: two attachments are labelled 'Biểu 1' and 'Biểu 01'" "$work/l3.err" ||
    bad="$bad [$(grep 'error\[' "$work/l3.err" | cut -c1-80 | tr '\n' '|')]"
verdict "attach_labels: an attachment without a label (KH602) does not end the search: 'Biểu 1' and 'Biểu 01' after it are KH620 (attach_labels-040)"

# ---- md_autolink.c: what the .md escapes for a GFM reader ------------------
# one task's text of every edge (s36low's M1 has ':smile:' and one e-mail):
# a bare URL's scheme in capitals or ending in 'z', none after a digit;
# "www." in capitals, none inside a word; the four shortcodes without a
# small letter and a name of '_', '+', '-', digits or 'z' alone, none for ':12:',
# a time or '::'; an address's local part ending in '.', '+', '-', '_'
# and its domain beginning with '-' or '_', none after a letter beyond
# ASCII or before a '.'
edited a1 'Tham mưu phân bổ nguồn vốn năm {year}.' \
    "'Xem HTTPS://a.vn, z://b, 1://c, www.d.vn, WWW.e.vn, awww.f, 9www.g, Zwww.h; :a_b: :+1: :-1: :100: :1234: :12: :9-x+: :zz: 8:30:00 ::; vp.@x.vn, a+@y.vn, a-@z.vn, a_@t.vn, b@-u.vn, c@_v.vn, ê@w.vn, d@.x.'"
bad=
"$khgen" build -f md -o - "$P/a1.yaml" >"$work/a1.md" 2>"$work/a1.err"
st=$?
[ "$st" -eq 0 ] || bad="$bad [status $st]"
grep -qxF -- '- Xem HTTPS\://a.vn, z\://b, 1://c, www\.d.vn, WWW\.e.vn, awww.f, 9www.g, Zwww.h; \:a_b: \:+1: \:-1: \:100: \:1234: :12: \:9-x+: \:zz: 8:30:00 ::; vp.\@x.vn, a+\@y.vn, a-\@z.vn, a_\@t.vn, b\@-u.vn, c\@_v.vn, ê@w.vn, d@.x.' "$work/a1.md" ||
    bad="$bad [$(grep 'Xem' "$work/a1.md")]"
verdict "md_autolink: the .md escapes each bare URL, www. address, shortcode and e-mail address a GFM reader would link, and nothing else (md_autolink-012, 024, 029, 031, 033-035, 047, 065, 068, 069, 082, 083, 087, 092, 106, 109, 116, 117)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
