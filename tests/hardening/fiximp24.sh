#!/bin/sh
# tests/hardening/fiximp24.sh KHGEN WORKDIR - the import leftovers of
# session 24's round-trip test (tools/round22.py --limits, genplan.py's
# random plans: s24round R1-R6) and of its attack (s24attack L1, L3, L7),
# fixed in session 24 (s24fiximp). Each case fails with the binary from
# before its fix; the T cases time the new code on inputs shaped for its
# worst case that are not khgen's own output.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/p" "$work/o" "$work/m" "$work/d"

round_formats=md,html,docx # the .html too: cases compare it
. "$(dirname "$0")/roundplan.sh"
# body_of FILE: the lines from "body:" to "signature:"
body_of() { sed -n '/^body:/,/^signature:/p' "$1"; }

# ---- R1: a heading labelled as a point, with its text after its title -----------------------
# "*a. Tuyên truyền:* Tổ chức ..." (a clause given `label: "a."`, styled
# italic, with a text) came back a paragraph with its stars: the heading
# with its text was read only after a Roman or Arabic label (s24round R1,
# --stress seeds 1, 4). Now a clause (a sub-clause under a clause) with
# that label, title, text and style.
plan r1 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Tuyên truyền
        style: italic
        label: "a."
        text: Tổ chức hội nghị.
        items:
          - bullet: Một việc.
      - clause: Kiểm tra
        style: bold
        label: "b)"
        text: Kiểm tra hồ sơ.
      - clause: Cấp thôn
        items:
          - subclause: Rà soát
            style: bold
            label: "a)"
            text: Rà soát hộ nghèo.
          - subclause: Báo cáo
            style: italic
            label: "b."
            text: Báo cáo kết quả.'
round r1
for f in md docx; do
    b=$(body_of "$work/p/r1-$f.yaml")
    if quiet r1 $f && ! echo "$b" | grep -q 'para:' &&
        [ "$(echo "$b" | grep -c -e '- clause: Tuyên truyền' -e '- clause: Kiểm tra' \
            -e '- subclause: Rà soát' -e '- subclause: Báo cáo')" = 4 ]; then
        ok "R1: a heading labelled 'a.' or 'a)' with text after its title comes back a heading ($f)"
    else
        not_ok "R1 ($f): $(echo "$b" | grep -e para: -e 'a\.' | head -3) / $(head -c 300 "$work/r1-$f.diff")"
    fi
done
# control: a point "a) X: y" and a paragraph "*Lưu ý:* ..." stay what they are
plan r1c '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Cấp xã
        items:
          - point: "Tuyên truyền: tổ chức hội nghị."
          - point: Kiểm tra.
      - para: "*Lưu ý:* các đơn vị báo cáo đúng hạn."'
round r1c
b=$(body_of "$work/p/r1c-md.yaml")
if quiet r1c md && quiet r1c docx && [ "$(echo "$b" | grep -c -e '- point:')" = 2 ] &&
    echo "$b" | grep -q -F -- '- para: "*Lưu ý:* các đơn vị báo cáo đúng hạn."'; then
    ok "R1 control: points and an italic lead-in paragraph stay points and a paragraph"
else
    not_ok "R1 control: $b"
fi

# ---- R6: a point whose title the plan wrote bold, imported twice ------------------------------
# "**c. Đánh giá**" came back `point: "**Đánh giá**", label: c.`, which
# prints "c. **Đánh giá**"; the import of that one read "c. " before a
# star as no label ("a. " is one before a capital) and made a paragraph:
# no fixed point (s24round R6, seeds m12, s20).
plan r6 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Đánh giá
        style: bold
        label: "c."
        items:
          - bullet: Hai việc.
      - point: "**Tổng kết** năm"
        label: "d."'
round r6
"$khgen" build -f md,docx -o "$work/o/r6b" "$work/p/r6-docx.yaml" >/dev/null 2>&1
ok6=1
for f in md docx; do
    "$khgen" import --force -o "$work/p/r6-2$f.yaml" "$work/o/r6b/r6-docx.$f" >/dev/null 2>&1
    body_of "$work/p/r6-docx.yaml" >"$work/r6.first"
    body_of "$work/p/r6-2$f.yaml" >"$work/r6.second"
    cmp -s "$work/r6.first" "$work/r6.second" || ok6=0
done
if [ $ok6 = 1 ] && grep -q -F -- '- point: "**Đánh giá**"' "$work/r6.first" && ! grep -q para: "$work/r6.second"; then
    ok "R6: a point 'c. **Đánh giá**' comes back a point from the import of an import (a fixed point)"
else
    not_ok "R6: $(diff "$work/r6.first" "$work/r6.second" | head -6)"
fi
# control: "c. thường" (no capital, no emphasis) is no point
mdplan_line() {
    {
        printf '**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n'
        printf '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n'
        printf '*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n'
        printf '**I. NHIỆM VỤ**\n\n'
        cat
        printf '\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
    } >"$work/m/$1.md"
    "$khgen" import --force -o "$work/m/$1.yaml" "$work/m/$1.md" >"$work/m/$1.err" 2>&1
}
printf 'c. thường lệ.\n\nc. *thường* lệ.\n' | mdplan_line r6c
if [ "$(grep -c -e '- para: c. thường lệ.' -e '- para: c. \*thường\* lệ.' "$work/m/r6c.yaml")" = 2 ]; then
    ok "R6 control: 'c. ' before a small letter, emphasised or not, stays a paragraph"
else
    not_ok "R6 control: $(body_of "$work/m/r6c.yaml")"
fi

# ---- R3: a title ending in a backslash before khgen's colon -----------------------------------
# `clause: Nghiên cứu \` with a text printed "Nghiên cứu :" in every format:
# the title's backslash escaped the colon khgen prints after it, and was
# lost (s24round R3, --stress seed 2; it came back "cứu:").
plan r3 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Nghiên __cứu \
        text: Tổ chức hội nghị.
      - clause: Hai dấu \\
        text: Ghi chép.'
round r3
if grep -q -F 'Nghiên __cứu \: Tổ chức hội nghị.' "$work/o/r3/r3.html" &&
    grep -q -F 'Hai dấu \: Ghi chép.' "$work/o/r3/r3.html" &&
    unzip -p "$work/o/r3/r3.docx" word/document.xml | sed 's/<[^>]*>//g' | grep -q -F 'cứu \:' &&
    quiet r3 md && quiet r3 docx; then
    ok "R3: a title's last backslash prints before khgen's colon, and comes back"
else
    not_ok "R3: $(grep -o 'Nghiên[^<]*' "$work/o/r3/r3.html") $(grep -o 'Hai dấu[^<]*' "$work/o/r3/r3.html") / $(head -c 200 "$work/r3-md.diff")"
fi

# the same of the marks khgen puts after a basis and the closing: "Căn cứ
# Luật X\" printed "Căn cứ Luật X.", "Trên đây\" "Trên đây./."
plan r3b '
bases:
  - text: Căn cứ Luật X\
  - text: Căn cứ Nghị định Y
body:
  - section: NHIỆM VỤ
    items:
      - para: Rà soát.
closing: Trên đây\'
round r3b
if grep -q -F 'Căn cứ Luật X\;' "$work/o/r3b/r3b.html" && grep -q -F 'Trên đây\./.' "$work/o/r3b/r3b.html" &&
    unzip -p "$work/o/r3b/r3b.docx" word/document.xml | sed 's/<[^>]*>//g' | grep -q -F 'Trên đây\./.' &&
    quiet r3b md && quiet r3b docx; then
    ok "R3: a basis' and the closing's last backslash print before khgen's end marks, and come back"
else
    not_ok "R3 (end marks): $(grep -o 'Căn cứ Luật X[^<]*' "$work/o/r3b/r3b.html") $(grep -o 'Trên đây[^<]*' "$work/o/r3b/r3b.html") / $(head -c 200 "$work/r3b-md.diff")"
fi

# ---- R5: a heading's title ending in a backslash ------------------------------------------------
# "**2\. Kiểm tra x\\**": the backslash before the closing "**" was taken
# for one escaping it, and the bold heading came back a paragraph with its
# stars (s24round R5, --stress seed 11).
plan r5 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Kiểm tra x\
        items:
          - bullet: Hai việc y\
          - bullet: Ba việc
      - clause: Tổng hợp
        style: bold
        text: Báo cáo z\'
round r5
if quiet r5 md && quiet r5 docx && ! grep -q 'para:' "$work/p/r5-md.yaml"; then
    ok "R5: a bold heading whose title ends in a backslash comes back a heading"
else
    not_ok "R5: $(grep -n 'Kiểm tra' "$work/p/r5-md.yaml") / $(head -c 300 "$work/r5-md.diff")"
fi
# control: "**x\**" (an escaped star) is no bold paragraph
printf '**Hai sao\\**\n' | mdplan_line r5c
if grep -q -F -- '- para: "**Hai sao\\**"' "$work/m/r5c.yaml"; then
    ok "R5 control: '**x\\**' (a star escaped) stays as written"
else
    not_ok "R5 control: $(body_of "$work/m/r5c.yaml")"
fi

# ---- R4: a bold point a link splits into runs (.docx) ------------------------------------------
# "**a [thư](mailto:…) b**" came back from the .docx "**a** **[thư](…)**
# **b**" (each run's emphasis written apart), which `khgen diff` reported
# as a change of format (s24round R4, --stress seed 6).
plan r4 '
body:
  - section: NHIỆM VỤ
    items:
      - clause: Cấp xã
        items:
          - point: "**Gửi ạ́ [thư](mailto:a@b.vn) thành**"
          - point: "**[thư](mailto:a@b.vn) đầu** và *nghiêng [x](https://x.vn/a) giữa* rồi *[y](https://x.vn/b)*"
          - point: "Thường [z](https://x.vn/c) và **đậm [w](https://x.vn/d)**, xong."'
round r4
if quiet r4 docx && grep -q -F '"**Gửi ạ́ [thư](mailto:a@b.vn) thành**"' "$work/p/r4-docx.yaml" &&
    grep -q -F '*nghiêng [x](https://x.vn/a) giữa*' "$work/p/r4-docx.yaml"; then
    ok "R4: emphasis over a link comes back from the .docx as one emphasis"
else
    not_ok "R4: $(grep -n point: "$work/p/r4-docx.yaml") / $(head -c 300 "$work/r4-docx.diff")"
fi

# ---- L1: a bold title over two lines (pandoc's Markdown) --------------------------------------
# "**Thực hiện ...  \nnăm 2024**" (gfm; "\\\n" in pandoc's markdown): the
# title's two lines were joined with their stars, `title: "**...**"`
# (s24attack L1).
for v in gfm pandoc; do
    if [ $v = gfm ]; then br='  '; else br='\'; fi
    {
        printf '**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n'
        printf '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n'
        printf '*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**\n\n'
        printf '**Thực hiện Chương trình nông thôn mới%s\nnăm 2024**\n\n' "$br"
        printf '**I. NHIỆM VỤ**\n\nRà soát hồ sơ.\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
    } >"$work/m/l1$v.md"
    "$khgen" import --force -o "$work/m/l1$v.yaml" "$work/m/l1$v.md" >/dev/null 2>&1
    if grep -q -x '  title: Thực hiện Chương trình nông thôn mới năm {year}' "$work/m/l1$v.yaml"; then
        ok "L1: a bold title over two lines comes back without its stars ($v)"
    else
        not_ok "L1 ($v): $(grep -n 'title:' "$work/m/l1$v.yaml")"
    fi
done
# control: a title with a bold word of its own keeps it
printf '' | mdplan_line l1c
sed -i 's/^\*\*Rà soát\*\*$/**Rà soát** hồ sơ/' "$work/m/l1c.md"
"$khgen" import --force -o "$work/m/l1c.yaml" "$work/m/l1c.md" >/dev/null 2>&1
if grep -q -F '  title: "**Rà soát** hồ sơ"' "$work/m/l1c.yaml"; then
    ok "L1 control: a title's own bold word is kept"
else
    not_ok "L1 control: $(grep -n 'title:' "$work/m/l1c.yaml")"
fi

# ---- L3, L7: Word documents (python-docx) -----------------------------------------------------
if /usr/bin/python3 "$(dirname "$0")/fiximp24_docx.py" "$work/d" >"$work/d/py.err" 2>&1; then
    # L3: "List Bullet 2" is a list of its own, one level, indented as the
    # second: Word shows its items under the "List Bullet" item above;
    # import read them as first-level "-" bullets.
    "$khgen" import --force -o "$work/d/b2.yaml" "$work/d/bullet2.docx" >/dev/null 2>&1
    if body_of "$work/d/b2.yaml" | grep -A3 -F -- '- bullet: Tuyên truyền sâu rộng' |
        grep -q -F -- '          - bullet: Tại các thôn, bản' &&
        body_of "$work/d/b2.yaml" | grep -q -x -F -- '      - bullet: Kiểm tra định kỳ' &&
        body_of "$work/d/b2.yaml" | grep -A1 -F -- '- bullet: Hồ sơ đất đai' | grep -q -F 'marker: "+"'; then
        ok "L3: Word's 'List Bullet 2' reads as a second-level bullet ('+')"
    else
        not_ok "L3: $(body_of "$work/d/b2.yaml" | head -16)"
    fi
    # L7: no signature block; the Biểu page after the closing was read as
    # the signature's lines ("| STT | Nội dung |" among them)
    "$khgen" import --force -o "$work/d/ns.yaml" "$work/d/nosig.docx" >/dev/null 2>&1
    if ! grep -q -e '^signature:' -e '| STT' "$work/d/ns.yaml" &&
        grep -q -F 'label: Biểu số 01' "$work/d/ns.yaml" &&
        grep -q -F -- '- ["Lệ phí trước bạ", "1.200"]' "$work/d/ns.yaml"; then
        ok "L7: a plan with no signature block: its Biểu page read as an attachment"
    else
        not_ok "L7: $(sed -n '/^closing/,$p' "$work/d/ns.yaml" | head -12)"
    fi
else
    not_ok "setup: fiximp24_docx.py could not write the documents: $(tail -2 "$work/d/py.err")"
fi

# ---- T: the new code is linear -----------------------------------------------------------------
/usr/bin/python3 - "$work/m" <<'PY'
import sys, os
d = sys.argv[1]
head = ("**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n")
tail = "\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n"
# T1: 30,000 headings labelled as points with text, under clauses 47 deep
# in sub-clauses (the stack the label's kind is looked up in is full)
parts = ["**I. NHIỆM VỤ**\n\n"]
depth = ".".join(["1"] * 8)
for k in range(30000):
    if k % 500 == 0:
        parts.append("**%s. Cấp %d**\n\n" % (depth, k))
    parts.append("*%s. Tên %d:* Nội dung %d.\n\n" % ("abcdeg"[k % 6], k, k))
open(os.path.join(d, "t1.md"), "w", encoding="utf-8").write(head + "".join(parts) + tail)
# T2: a 1 MB paragraph "**x\\\\...\\\\**" (backslash runs before closing
# marks, each counted) and lines "**a. x\\\\\\ ...**" of 64 KB runs
bs = "**x" + "\\" * 1_000_000 + "**\n\n"
lines = "".join("**%d. t" % (k + 1) + "\\" * 65535 + "** t " + "\\" * 65535 + "**\n\n" for k in range(8))
open(os.path.join(d, "t2.md"), "w", encoding="utf-8").write(head + "**I. X**\n\n" + bs + lines + tail)
PY
timed_case "T1: import of 30,000 headings labelled as points with text, under deep sub-clauses" \
    "$khgen" import --force --color=never -o "$work/m/t1.yaml" "$work/m/t1.md"
timed_case "T2: import of a 1 MB run of backslashes before a bold paragraph's closing mark" \
    "$khgen" import --force --color=never -o "$work/m/t2.yaml" "$work/m/t2.md"
# T3: a .docx paragraph of 40,000 bold runs, every other one a link
/usr/bin/python3 - "$work/d/t3.docx" <<'PY'
import sys, zipfile
runs = []
for k in range(40000):
    r = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">từ %d </w:t></w:r>' % k
    if k % 2:
        r = '<w:hyperlink r:id="rId9">%s</w:hyperlink>' % r
    runs.append(r)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def p(t, b=False):
    return '<w:p><w:r>%s<w:t>%s</w:t></w:r></w:p>' % ('<w:rPr><w:b/></w:rPr>' if b else '', t)
body = (p('UỶ BAN NHÂN DÂN', 1) + p('XÃ ĐỒNG HƯU', 1) + p('KẾ HOẠCH', 1) + p('Rà soát', 1) +
        p('I. NHIỆM VỤ', 1) + '<w:p><w:r><w:t xml:space="preserve">a) </w:t></w:r>' + "".join(runs) + '</w:p>' +
        p('Trên đây là Kế hoạch./.'))
doc = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.vn/a" TargetMode="External"/></Relationships>')
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
top = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", top)
    z.writestr("word/document.xml", doc)
    z.writestr("word/_rels/document.xml.rels", rels)
PY
timed_case "T3: import of a .docx paragraph of 40,000 bold runs, every other one a link" \
    "$khgen" import --force --color=never -o "$work/d/t3.yaml" "$work/d/t3.docx"
if grep -q -F '"**từ 0 [từ 1 ](https://x.vn/a)từ 2 [từ 3 ](https://x.vn/a)từ 4' "$work/d/t3.yaml"; then
    ok "T3: the bold runs and their links read as one emphasis"
else
    not_ok "T3: $(grep -o 'từ 0.\{0,60\}' "$work/d/t3.yaml" | head -1)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
