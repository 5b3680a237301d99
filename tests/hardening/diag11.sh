#!/bin/sh
# tests/hardening/diag11.sh KHGEN WORKDIR - what session 11 fixed of session
# 10's diagnostics audit and import mutation sweep (issue 8) that the
# corpus (tests/diag) cannot hold: inputs of import, generated here (a
# word an import dropped without a note among them). Each
# case fails with the binary from before its fix, or covers a path of a
# code no test reached before.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# import_case NAME FILE: imports FILE into $work/NAME.yaml; sets $status,
# the error output in $work/err
import_case() {
    rm -f "$work/$1.yaml"
    "$khgen" import -o "$work/$1.yaml" "$2" >/dev/null 2>"$work/err"
    status=$?
}

# ---- KH752: more than 200,000 paragraphs (no test reached it) -----------------
# a text of 200,001 paragraphs was taken (the last one was never counted);
# 200,000 is taken, 200,001 refused at the first paragraph past the limit
awk 'BEGIN { for (i = 0; i < 200001; i++) print "a.\n" }' >"$work/many.txt"
import_case many-txt "$work/many.txt"
[ "$status" -eq 3 ] && grep -q "many.txt:400001:1: error\[KH752\]: '[^']*many.txt' has more than 200000 paragraphs" "$work/err" &&
    ok "KH752: a text of 200,001 paragraphs is refused at the 200,001st" ||
    not_ok "KH752 text: status $status, $(head -c 300 "$work/err")"
awk 'BEGIN { for (i = 0; i < 200000; i++) print "a.\n" }' >"$work/most.txt"
import_case most-txt "$work/most.txt"
[ "$status" -eq 0 ] && ! grep -q KH752 "$work/err" &&
    ok "KH752: a text of 200,000 paragraphs is taken" ||
    not_ok "KH752 text at the limit: status $status, $(head -c 300 "$work/err")"
rm -f "$work/many.txt" "$work/most.txt"

# the same for a .docx (its XML alone takes ~0.3 s to parse: not a timed case)
docx() { # docx FILE N: a .docx of N one-word paragraphs
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
               'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
               'ContentType="application/xml"/><Override PartName="/word/document.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document %s><w:body>%s'
               '</w:body></w:document>' % (W, "<w:p><w:r><w:t>a.</w:t></w:r></w:p>" * int(sys.argv[2])))
PY
}
docx "$work/many.docx" 200001
import_case many-docx "$work/many.docx"
[ "$status" -eq 3 ] && grep -q "error\[KH752\]: '[^']*many.docx' has more than 200000 paragraphs" "$work/err" &&
    ok "KH752: a .docx of 200,001 paragraphs is refused" ||
    not_ok "KH752 docx: status $status, $(head -c 300 "$work/err")"
rm -f "$work/many.docx"

# ---- KH751: a legacy .doc under a .docx name (import_docx.c; main.c's
# site, a file named .doc, is tests/import/hostile.py's). Its advice
# converted the file onto its own name: now into a directory of its own
printf '\320\317\021\340\241\261\032\341junk junk junk' >"$work/old.docx"
import_case old-docx "$work/old.docx"
[ "$status" -eq 3 ] && grep -q "error\[KH751\]: '[^']*old.docx' is a legacy Word .doc file; convert it: soffice --headless --convert-to docx --outdir converted" "$work/err" &&
    ok "KH751: a .doc named .docx is refused, the conversion told into another directory" ||
    not_ok "KH751 docx site: status $status, $(head -c 300 "$work/err")"

# ---- import never loses a word silently (s10mut leftovers) ---------------------
# a national line cut short, or the motto with a label, was taken for the
# fixed lines every plan prints and dropped: now a '# review:' line (KH761);
# the lines as they should be stay silent
header() { # header NATIONAL MOTTO: a small plan as text
    printf 'UỶ BAN NHÂN DÂN\nHUYỆN YÊN THẾ\n\nSố: /KH-UBND\n%s\n%s\n\n' "$1" "$2"
    printf 'Yên Thế, ngày 10 tháng 01 năm 2024\n\nKẾ HOẠCH\nLàm đường năm 2024\n\n'
    printf 'I. MỤC ĐÍCH\nLàm đường giao thông thôn.\n'
}
national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
motto="Độc lập - Tự do - Hạnh phúc"
header "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆ" "$motto" >"$work/cut.txt"
header "$national" "I. $motto" >"$work/label.txt"
header "$national" "$motto" >"$work/whole.txt"
for c in "cut:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆ" "label:I. $motto"; do
    name=${c%%:*} line=${c#*:}
    import_case "$name" "$work/$name.txt"
    [ "$status" -eq 0 ] && grep -q "warning\[KH761\]: '$line' above the title" "$work/err" &&
        grep -qx "  # review: left out of the header: $line \[KH761\]" "$work/$name.yaml" &&
        ok "import: the header line '$line' is kept as a review note (KH761), not dropped" ||
        not_ok "import: '$line': status $status, $(head -c 300 "$work/err")"
done
import_case whole "$work/whole.txt"
[ "$status" -eq 0 ] && [ ! -s "$work/err" ] && ! grep -q "review: left out" "$work/whole.yaml" &&
    ok "import: the national name and motto as written are read silently" ||
    not_ok "import: whole national lines: status $status, $(head -c 300 "$work/err")"

# "+ Phụ trách tiêu chí:" whose units' lines moved out from under it (the
# first to column 0) printed nothing: the label and both units' lines are printed
cat >"$work/assign.md" <<'MD'
**ỦY BAN NHÂN DÂN**

**XÃ BÌNH TRUNG**

Số: /KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

Bình Trung, ngày 10 tháng 01 năm 2024

**KẾ HOẠCH**

**Xây dựng nông thôn mới năm 2024**

**I. NHIỆM VỤ**

- Tiêu chí số 19 - Quốc phòng và An ninh:

  Xây dựng thế trận quốc phòng toàn dân.

  + Phụ trách tiêu chí:

Công chức Chỉ huy trưởng quân sự xã phụ trách Chỉ tiêu 19.1.

  Trưởng Công an xã phụ trách Chỉ tiêu 19.2.

  + Thời gian thực hiện: Thường xuyên trong năm 2024
MD
import_case assign "$work/assign.md"
"$khgen" build -f md -o "$work/assign-out" "$work/assign.yaml" >/dev/null 2>&1
# Since session 23 (s23round: a task's trailing assignment paragraph) the
# lines moved out are read back as the task's assignment: nothing is lost.
[ "$status" -eq 0 ] && grep -q "^  + Phụ trách tiêu chí:$" "$work/assign-out/assign.md" &&
    grep -q "^  Công chức Chỉ huy trưởng quân sự xã phụ trách Chỉ tiêu 19.1.$" "$work/assign-out/assign.md" &&
    grep -q "^  Trưởng Công an xã phụ trách Chỉ tiêu 19.2.$" "$work/assign-out/assign.md" &&
    ok "import: '+ Phụ trách tiêu chí:' with its units' lines moved out is printed with both lines" ||
    not_ok "import: lost assignment label: status $status, $(grep -c 'Phụ trách' "$work/assign-out/assign.md" 2>/dev/null)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
