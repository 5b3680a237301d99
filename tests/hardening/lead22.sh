#!/bin/sh
# tests/hardening/lead22.sh KHGEN WORKDIR - what the lead found in session
# 22's new .docx import code, after the engineers had landed:
# 1. docx_section.c (round22 R4) looked for the next section's properties
#    from every block when the body had none left: time quadratic in the
#    paragraphs (80,000 paragraphs without w:sectPr took 155 s of CPU;
#    hardening/run.sh's 1 s guards on large imports took 7-8 s);
# 2. a covered cell of a vertical merge takes the merged cell's text
#    (attack22 M2): one cell of 100 KB merged over 8,000 rows, a .docx of
#    26 KB, became a plan of 1 GB and took 9 GB of memory. The copies now
#    share a 4 MiB budget per import; past it the cells are left empty and
#    KH759 says how many.
# Each case fails with the binary before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

/usr/bin/python3 - "$work" <<'PY'
import sys, zipfile
work = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def docx(name, body):
    z = zipfile.ZipFile(work + "/" + name, "w", zipfile.ZIP_DEFLATED)
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body))
    z.close()
def para(text, ppr=""):
    return "<w:p>%s<w:r><w:t>%s</w:t></w:r></w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", text)
def cell(t, vm=None):
    pr = '<w:tcPr><w:vMerge%s/></w:tcPr>' % (' w:val="restart"' if vm == 'r' else '') if vm else ''
    return '<w:tc>%s<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' % (pr, t)
def table(big, n):
    rows = ['<w:tr>%s%s%s</w:tr>' % (cell("STT"), cell("Nội dung"), cell("Đơn vị"))]
    rows.append('<w:tr>%s%s%s</w:tr>' % (cell("1"), cell(big, 'r'), cell("Phòng A")))
    rows += ['<w:tr>%s%s%s</w:tr>' % (cell(str(i + 2)), cell("", 'c'), cell("Phòng B")) for i in range(n)]
    return '<w:tbl>%s</w:tbl>' % "".join(rows)
# 20,000 paragraphs (quadratic: 5 s of CPU), no section properties anywhere; then the same with
# Word's usual w:sectPr at the body's end, and with one every 10 paragraphs
docx("nosect.docx", "".join(para("Đoạn %d." % i) for i in range(20000)))
docx("endsect.docx", "".join(para("Đoạn %d." % i) for i in range(20000)) + "<w:sectPr/>")
docx("manysect.docx", "".join(para("Đoạn %d." % i, "<w:sectPr/>" if i % 10 == 9 else "") for i in range(20000)))
docx("vmerge-big.docx", para("KẾ HOẠCH") + table("Nội dung dài " * 3000, 2000))
docx("vmerge-small.docx", para("KẾ HOẠCH") + table("Phòng Kinh tế", 3))
PY

for d in nosect endsect manysect; do
    timed_case "import: 20,000 paragraphs, $d (section looked up once)" \
        "$khgen" import --force -o "$work/$d.yaml" "$work/$d.docx"
done

timed_case "import: a 40 KB cell merged over 2,000 rows" \
    "$khgen" import --force -o "$work/big.yaml" "$work/vmerge-big.docx"
size=$(wc -c <"$work/big.yaml" 2>/dev/null || echo 0)
if [ "$size" -gt 0 ] && [ "$size" -lt 6000000 ]; then
    ok "  ... the plan is $size bytes, within the 4 MiB budget and the document's own text"
else
    not_ok "  ... the plan is $size bytes (want under 6,000,000)"
fi
if grep -q "warning\[KH759\]: .* has [0-9]* cells covered by a vertical merge (w:vMerge) left empty" "$work/err"; then
    ok "  ... the cells left empty are counted (KH759)"
else
    not_ok "  ... no KH759 for the cells left empty: $(head -c 300 "$work/err")"
fi

# below the budget, every covered row still reads the merged cell's text
"$khgen" import --force -o "$work/small.yaml" "$work/vmerge-small.docx" >"$work/o" 2>"$work/e"
st=$?
copies=$(grep -c "Phòng Kinh tế" "$work/small.yaml" 2>/dev/null)
if [ "$st" = 0 ] && [ "$copies" = 4 ] && ! grep -q "KH759" "$work/e"; then
    ok "a merge over three rows still gives each row its text (4 times), no warning"
else
    not_ok "status $st, 'Phòng Kinh tế' $copies times (want 0 and 4): $(head -c 300 "$work/e")"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
