#!/bin/sh
# tests/hardening/review30.sh KHGEN WORKDIR - what session 30's white-box
# review of session 29's new code found (issue 8), each case failing with
# the binary from before its fix unless labelled a control:
#  H1 a .docx text box is read as the header's lines when it holds one
#     (docx_header_text, s29foreign): at each "Số" of its text the
#     national name was looked for again through the rest of it, so a box
#     of 160,000 words "Số" took 1.72 s to import (0.13 s at 40,000:
#     quadratic; src/docx_pagehead.c number_line).
#  H2 a .md's front matter (s29foreign, md_front.c) was any block between
#     a first line "---" and the next "---" holding one "key:" line: a
#     .md opening with a rule, its header's lines (one "Email: ...") and a
#     rule lost its issuer, date, title, bases and first section to one
#     '# review:' comment, under a KH761 saying it "holds none of a plan's
#     header", exit 0. Now a line at the margin must be YAML's: a key, a
#     list's item or a comment. Control: a front matter of keys is still
#     one note.
#  H3 import .txt (a PDF's text): "giai đoạn 2021-" over "2025." was
#     joined by the lone-year rule (a year ending the sentence above) with
#     a space, "2021- 2025.", before the hyphen rule could join it without
#     one: the two rules of session 29 disagreed (src/txt_labels.c).
#  M1 the hyphen rule joined a line that begins a block: "... các xã A-"
#     over "2. Cấp thôn" printed the heading as the bullet's words, "A-2.
#     Cấp thôn", its items under the clause above, exit 0
#     (src/import_text.c). Controls: "12/KH-" over "UBND ngày ...", "từ
#     500-" over "1.000 hộ" (a number, not a label "1.") still join.
#  H4 a .docx paragraph typed in Unicode in an old template's .VnTime
#     naming a firm "Müller" ("ü" after a letter: taken for a legacy code,
#     s29review's rule) was read run by run, each run of Windows-1252
#     letters alone decoded as TCVN3: "Nõng cao chất lượng cựng Mỹller.",
#     exit 0. A legacy code now counts in a word that reads back as a
#     syllable in TCVN3 or VNI (legacy.c legacy_word_misread). Control:
#     review29's TCVN3 paragraph with a Unicode word still decodes.
#  H5 a signature "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN
#     PHÒNG", the name (by order of the chairman, the deputy chief of
#     office signing for the chief: one signer) was read as a joint plan
#     of two (s29foreign's rule knew only "TM." over "KT."): the signature
#     "KT. CHÁNH VĂN PHÒNG" over the name, the other lines a comment under
#     a KH759 "a joint plan signed by 2", exit 0 (src/import_signer.c
#     imp_joint_signers: a line of marks under another is the same
#     signer's unless it is a "TM." of its own).
# The .docx are made at test time by review30_docx.py (python-docx).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$(dirname "$0")/docx_cases.sh" # imported NAME, has NAME LINE...

mkdir -p "$work/dx" "$work/t" "$work/md"
/usr/bin/python3 "$(dirname "$0")/review30_docx.py" "$work/dx" ||
    not_ok "setup: review30_docx.py could not write the documents"

# ---- H1: a text box of many "Số" ------------------------------------------------------
for n in 40000 160000; do
    timed_case "H1 a text box of $n words 'Số' and no colon, imported" \
        "$timed" import -o "$work/dx/box$n.yaml" --force "$work/dx/box$n.docx"
done
"$khgen" import -o "$work/dx/box40000.yaml" --force "$work/dx/box40000.docx" 2>"$work/dx/box.err"
if grep -q '^# review: a text box: Số Số' "$work/dx/box40000.yaml"; then
    ok "H1 control: a box of no header's line is a review note"
else
    not_ok "H1 control: $(grep -n 'text box' "$work/dx/box40000.yaml" | head -c 200) $(head -c 300 "$work/dx/box.err")"
fi

# ---- H2: a rule, not a front matter ----------------------------------------------------
readme_example "$work/md/ex.yaml"
"$khgen" build -f md -o "$work/md" "$work/md/ex.yaml" >/dev/null 2>&1 || not_ok "setup: the README's example as .md"
/usr/bin/python3 - "$work/md/ex.md" "$work/md" <<'PY' || not_ok "setup: H2's documents"
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
# a rule, the issuer's lines and an e-mail line, the rest of the header
# and the first section, a rule, the rest
j = lines.index('**II. TỔ CHỨC THỰC HIỆN**')
ruled = ['---'] + lines[:3] + ['Email: ubnd@yenthe.gov.vn'] + lines[3:j] + ['---', ''] + lines[j:]
open(sys.argv[2] + '/ruled.md', 'w', encoding='utf-8').write('\n'.join(ruled))
front = ['---', 'title: Kế hoạch năm 2024', 'tags:', '- nông thôn mới', '---', ''] + lines
open(sys.argv[2] + '/front.md', 'w', encoding='utf-8').write('\n'.join(front))
PY
"$khgen" import -o "$work/md/ruled.yaml" --force "$work/md/ruled.md" 2>"$work/md/ruled.err"
if grep -q '^    - HUYỆN YÊN THẾ$' "$work/md/ruled.yaml" && grep -q '^  place: Yên Thế$' "$work/md/ruled.yaml" &&
    grep -q '^  - section: MỤC TIÊU$' "$work/md/ruled.yaml" && ! grep -q 'front matter' "$work/md/ruled.yaml" &&
    ! grep -q 'KH761.*front matter' "$work/md/ruled.err"; then
    ok "H2 a .md opening with a rule, an 'Email: ...' line among its header's: its header and first section read"
else
    not_ok "H2 rule read as front matter: $(grep -n 'issuer\|place\|section\|front' "$work/md/ruled.yaml" | head -5 | tr '\n' '|' | head -c 500)"
fi
"$khgen" import -o "$work/md/front.yaml" --force "$work/md/front.md" 2>"$work/md/front.err"
if grep -q "^ *# review: the Markdown's front matter, metadata that no reader prints: title: Kế hoạch năm 2024; tags:; - nông thôn mới" "$work/md/front.yaml" &&
    grep -q '^    - HUYỆN YÊN THẾ$' "$work/md/front.yaml" && grep -q 'front.md:1:1: warning\[KH761\]' "$work/md/front.err"; then
    ok "H2 control: a front matter of keys and a list is one note, the header read"
else
    not_ok "H2 control: $(grep -n 'front matter' "$work/md/front.yaml" | head -c 300) $(head -c 300 "$work/md/front.err")"
fi

# ---- H3, M1: a PDF's lines broken after a hyphen ---------------------------------------
cat >"$work/t/pdf.txt" <<'EOF'
UỶ BAN NHÂN DÂN
HUYỆN YÊN THẾ
Số:         /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Yên Thế, ngày 15 tháng 01 năm 2024

KẾ HOẠCH
Thực thi thử năm 2024

UBND huyện xây dựng Kế hoạch như sau:

I. MỤC TIÊU
1. Cấp xã
- Hoàn thành xây dựng xã Đồng Hưu đạt chuẩn trong giai đoạn 2021-
2025.
- Báo cáo kết quả về các xã A-
2. Cấp thôn
- Hoàn thành thôn Đồng Lạc.
- Tổng kết Kế hoạch số 12/KH-
UBND ngày 10/01/2024.
- Hỗ trợ từ 500-
1.000 hộ trong năm.

Trên đây là Kế hoạch của UBND huyện Yên Thế./.
EOF
"$khgen" import -o "$work/t/pdf.yaml" --force "$work/t/pdf.txt" 2>"$work/t/pdf.err"
if grep -qF 'trong giai đoạn 2021-2025.' "$work/t/pdf.yaml"; then
    ok "H3 'giai đoạn 2021-' over '2025.': '2021-2025.'"
else
    not_ok "H3 a year alone after a hyphen break: $(grep -n 'giai đoạn' "$work/t/pdf.yaml" | head -c 300)"
fi
if grep -q '^      - clause: Cấp thôn$' "$work/t/pdf.yaml" && grep -q 'bullet: Báo cáo kết quả về các xã A-$' "$work/t/pdf.yaml"; then
    ok "M1 'các xã A-' over '2. Cấp thôn': the heading stays a heading"
else
    not_ok "M1 a hyphen break over a heading: $(grep -n 'Cấp\|xã A' "$work/t/pdf.yaml" | tr '\n' '|' | head -c 400)"
fi
if grep -qF 'Tổng kết Kế hoạch số 12/KH-UBND ngày 10/01/2024.' "$work/t/pdf.yaml"; then
    ok "M1 control: '12/KH-' over 'UBND ngày ...' is still joined without a space"
else
    not_ok "M1 control: $(grep -n 'Tổng kết' "$work/t/pdf.yaml" | head -c 300)"
fi
if grep -qF 'bullet: Hỗ trợ từ 500-1.000 hộ trong năm.' "$work/t/pdf.yaml"; then
    ok "M1 control: 'từ 500-' over '1.000 hộ' (a number, no label '1.') is joined without a space"
else
    not_ok "M1 control 1.000: $(grep -n 'Hỗ trợ\|000 hộ' "$work/t/pdf.yaml" | tr '\n' '|' | head -c 300)"
fi

# ---- H4: a Unicode paragraph in .VnTime naming 'Müller' --------------------------------
if imported mueller && grep -q '^- Nâng cao chất lượng cùng Müller\.$' "$work/dx/mueller.md"; then
    ok "H4 a Unicode paragraph in .VnTime naming 'Müller' stays Unicode"
else
    not_ok "H4 Müller: $(grep -n 'cao' "$work/dx/mueller.md" 2>/dev/null | head -2) $(head -c 300 "$work/dx/mueller.err")"
fi
if imported tcvnword && grep -q '^- Xây dựng đường thôn Tân Lập\.$' "$work/dx/tcvnword.md"; then
    ok "H4 control: a TCVN3 paragraph with a word typed in Unicode is decoded"
else
    not_ok "H4 control: $(grep -n 'ng th\|L.p' "$work/dx/tcvnword.md" 2>/dev/null | head -2) $(head -c 300 "$work/dx/tcvnword.err")"
fi

# ---- H5: one signer's chain of marks, no joint plan ------------------------------------
# README's example as Markdown, its signature's lines those of a signer by
# order ('TL.') for whom a deputy signs ('KT.'), or (control) 'TM.' over 'KT.'
for case in 'tl|TL. CHỦ TỊCH|KT. CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG' 'tm|TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH'; do
    name=${case%%|*}
    /usr/bin/python3 - "$work/md/ex.md" "$work/md/sig_$name.md" "$case" <<'PY' || not_ok "setup: H5's $name"
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**  \n'
if old not in s:
    sys.exit(1)
lines = sys.argv[3].split('|')[1:]
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, ''.join('**%s**  \n' % l for l in lines)))
PY
    "$khgen" import -o "$work/md/sig_$name.yaml" --force "$work/md/sig_$name.md" 2>"$work/md/sig_$name.err"
    want=$(echo "$case" | cut -d'|' -f2-4 | sed 's/|/ \/ /g')
    got=$(sed -n '/^signature:/,/^  name:/p' "$work/md/sig_$name.yaml" | sed -n 's/^    - //p' | tr '\n' '/' | sed 's|/$||; s|/| / |g')
    if [ "$got" = "$want" ] && grep -q '^  name: Nguyễn Văn A$' "$work/md/sig_$name.yaml" &&
        ! grep -q 'joint plan' "$work/md/sig_$name.err"; then
        ok "H5 a signature '$want' over the name is one signer's"
    else
        not_ok "H5 signature '$want': got '$got'; $(grep -o 'warning\[KH759\]: a joint plan[^:]*' "$work/md/sig_$name.err")"
    fi
done

echo "$pass passed, $fail failed"
