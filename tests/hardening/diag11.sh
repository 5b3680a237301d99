#!/bin/sh
# tests/hardening/diag11.sh KHGEN WORKDIR - what session 11 fixed of session
# 10's diagnostics audit and import mutation sweep (issue 8) that the
# corpus (tests/diag) cannot hold: inputs of import, generated here. Each
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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
