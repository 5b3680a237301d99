#!/bin/sh
# tests/hardening/s37imp2.sh KHGEN WORKDIR - session 37's second round on
# the importer (issue 8: never a silently wrong result): what `khgen
# import` still dropped without a word. Each case fails with main
# 17f1fd05 unless labelled a guard:
#  F1  (LOW) a PAGE and a NUMPAGES field in a body paragraph ("Trang 3
#      trên 5."): their results left out ("Trang  trên ."), no note, no
#      message; now a '# review:' note with each code, KH759 counting them.
#  F2  (LOW) a link typed as a HYPERLINK field (complex, and fldSimple):
#      its words kept, its address lost without a word; now the address
#      is in a '# review:' note, KH759 counting them.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
# has NAME TEXT: the imported NAME.yaml holds TEXT (fixed string)
has() { grep -qF -- "$2" "$work/$1.yaml"; }
# docx NAME BODY: $work/NAME.docx, a minimal Word document whose body is
# "KẾ HOẠCH", a title, then the XML BODY
docx() {
    $PY - "$work/$1.docx" "$2" <<'PYEOF'
import sys, zipfile
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % R)
p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
z.writestr('word/document.xml', '<w:document %s><w:body>%s%s%s</w:body></w:document>' % (W, p('KẾ HOẠCH'), p('Phòng chống thiên tai năm 2024'), sys.argv[2]))
z.close()
PYEOF
}
# fld CODE RESULT: a complex field's runs
fld() {
    printf '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' "$1" "$2"
}
t() { printf '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' "$1"; }

# ---- F1: page-number fields in the text ----------------------------------------------------
docx f1 "<w:p>$(t 'Kế hoạch này gồm: Trang ')$(fld PAGE 3)$(t ' trên ')$(fld NUMPAGES 5)$(t '.')</w:p>"
imp f1
if [ "$st" -le 1 ] && grep -q "# review:.*page-number field.*PAGE" "$work/f1.yaml" &&
    grep -q "# review:.*NUMPAGES" "$work/f1.yaml" &&
    grep -q "warning\[KH759\]: .* has 2 page-number fields" "$work/f1.err"; then
    ok "F1 PAGE and NUMPAGES fields in the text: each a '# review:' note with its code, KH759 counts 2"
else
    not_ok "F1 status $st; $(grep -n 'Trang\|review' "$work/f1.yaml" | head -5 | tr '\n' '|'); $(head -c 300 "$work/f1.err")"
fi

# ---- F2: a link typed as a field ------------------------------------------------------------
docx f2 "<w:p>$(t 'Xem tại ')$(fld 'HYPERLINK \&quot;https://huyen.gov.vn/kh\&quot;' 'trang của huyện')$(t '.')</w:p><w:p>$(t 'Hoặc ')<w:fldSimple w:instr=' HYPERLINK &quot;https://tinh.gov.vn/&quot; '><w:r><w:t>trang của tỉnh</w:t></w:r></w:fldSimple>$(t '.')</w:p>"
imp f2
if [ "$st" -le 1 ] && has f2 'trang của huyện' && has f2 'https://huyen.gov.vn/kh' &&
    has f2 'trang của tỉnh' && has f2 'https://tinh.gov.vn/' &&
    grep -q "warning\[KH759\]: .* has 2 links typed as fields" "$work/f2.err"; then
    ok "F2 HYPERLINK fields (complex and fldSimple): words kept, each address in a '# review:' note, KH759"
else
    not_ok "F2 status $st; $(grep -n 'trang\|review' "$work/f2.yaml" | head -5 | tr '\n' '|'); $(head -c 300 "$work/f2.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
