#!/bin/sh
# tests/hardening/round33.sh KHGEN WORKDIR - the round trip of every seed
# plan (plans/) and e2e plan (tests/e2e/plans/) through the documents an
# office actually receives, one row a (plan, producer): khgen's .docx and
# .md, the .docx re-saved by LibreOffice and by python-docx, pandoc's .docx
# of the .md, a .docx with WPS-like numeric style ids and one with
# Google-Docs-like "Heading N"/"Normal" styles, Chromium's PDF of the HTML
# read by `pdftotext -layout` and plain `pdftotext`; each imported and
# built again, compared with the source paragraph by paragraph (body,
# tasks, Biểu rows, header, signer, recipients) less what the producer
# loses by nature (round33.py's PRODUCERS; LEFT: the rows still known to
# differ, with why). Session 33 (issue 8) found, each row failing before:
#  binh-trung via pdf-layout (HIGH) a sentence a page broke was two
#      paragraphs ("... Công ty cổ phần Thời đại" / "Lập đề án ...": the
#      page's number over an empty line), exit 0;
#  krong-no via pdf-layout (HIGH) four recipients under the signer's name
#      read as body text after the signature, the last one above it
#      ending in a full stop; and its Biểu's header of wrapped cells an
#      empty row, the header's words and row 1's first line the note;
#  le-thuy via pdf-layout (HIGH) the body table 'Bảng 1' one paragraph of
#      all its cells; its signature's "CHỦ TỊCH" above "TM. ...";
#  tam-duong via pdf-layout (HIGH) the group row "I  CẢI CÁCH THỂ CHẾ"
#      took the next row's first line (a cell centred in its row).
# Conversions are batched (one soffice for every .docx, Chromium two at a
# time). Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
/usr/bin/python3 "$top/tests/hardening/round33.py" "$khgen" "$work" >"$work/rows.txt" 2>"$work/rows.err"
st=$?
[ "$st" -eq 0 ] || not_ok "round33.py ended with status $st: $(head -c 600 "$work/rows.err")"
rows=0
while IFS='	' read -r verdict text; do
    case $verdict in
    ok) ok "$text"; rows=$((rows + 1)) ;;
    "not ok") not_ok "$text"; rows=$((rows + 1)) ;;
    esac
done <"$work/rows.txt"
# every (plan, producer) row ran: 5 plans, 9 producers
[ "$rows" -ge 45 ] || not_ok "only $rows rows of the table ran (want 45): $(head -c 600 "$work/rows.err")"
echo "$pass passed, $fail failed"
