#!/bin/sh
# tests/hardening/s39imp.sh KHGEN WORKDIR - session 39's round on the
# importer (issue 8: never a silently wrong result; a word of the
# official's file that import drops or moves without a note is a wrong
# plan with exit 0): session 38's leftovers, then Word shapes nobody had
# tried. Each case fails with main 9dbe0d73 unless labelled a guard:
#  G1  (HIGH: a wrong plan, exit 0) PDF text: a Biểu row whose unit and
#      time follow its task one space apart ("2  Tổ chức tập huấn, kỹ năng
#      cho Ban Chỉ huy Quân sự xã Quý II/2025") read as one cell, the unit
#      and time columns empty, no KH767; now cut where its words say (the
#      unit's first word at its column's place, a time's words last), with
#      KH767 naming the cut.
#  G2  (MEDIUM) such a row whose words do not say where a column begins:
#      one cell as before, now with KH767 naming the row. Guard G3: a
#      group's title under a Roman numeral spanning the row is no KH767.
#  A1  (HIGH by the scale) a Biểu's "(Kèm theo ...)" line without its date
#      ("(Kèm theo Kế hoạch số 15/KH-UBND)", "(Kèm theo Kế hoạch)") was no
#      note though the rebuilt plan prints number, date and issuer there;
#      now KH762, the line a '# review:' note, as a dated line's.
#  A2  (MEDIUM) a plan built with `--templates DIR` and its own
#      attachment_under_title ("... của {{issuer}} ngày {{date}})"): a
#      false KH762 on import and an issuer_short holding the date; now
#      `import --templates DIR` reads the line by that wording: no note,
#      issuer_short "UBND xã Đồng Hưu". A3: with it, a line giving another
#      number is still KH762.
#  H1  (HIGH: a wrong plan, exit 0) a Biểu header of three rows, "Kinh
#      phí" over "Tổng" (merged down to the third row) beside "Trong đó"
#      over "Ngân sách xã", "Huy động": c3 read with group "Kinh phí -
#      Tổng" and header "Tổng", printed twice; now group "Kinh phí".
#  D1  (MEDIUM) a task's dash inserted from the Symbol font (w:sym F02D,
#      the minus "−") made the bullet a paragraph "− Hoàn thành ...".
#  L1  (HIGH: a wrong plan, exit 0) a HYPERLINK field whose address holds
#      a field ({ HYPERLINK "https://{ DOCPROPERTY Site }/kh" }): the link
#      written as "[words](https://)"; now the words, and a '# review:'
#      note with the code ("{…}" for the nested field), KH759.
#  P1  (HIGH: a wrong plan, exit 0) the signature and recipients set in
#      two columns with Word's alignment tab (w:ptab, no stop): "TM"
#      became a recipient, "UBND huyện; CHỦ TỊCH" another, the signature
#      "ỦY BAN NHÂN DÂN"; now read as with a tab stop.
#  P2  (HIGH: a wrong plan, exit 0) the same with one w:tab a line over a
#      centre stop of the paragraphs' style ("Chữ ký", w:styles), none of
#      their own: read line by line as P1 was; now as with their own stop.
#  M1  (HIGH: a wrong plan, exit 0) a tracked move of a paragraph's last
#      words with its mark ("và bảng tin.¶" of "- Tổ chức tuyên truyền trên
#      loa và bảng tin.¶" moved, w:pPr/w:rPr/w:moveFrom): Word shows the
#      rest joined to the next paragraph ("... trên loa của các thôn."), as
#      for a deleted mark; import read "của các thôn." as a paragraph of its
#      own; now as a deleted mark.
#  B1  (HIGH: a wrong plan, exit 0) a Biểu's label in a text box at the
#      page's top right, anchored in its title ("Biểu 01" in a w:txbxContent):
#      noted as a text box, the page had no label, and its title and table,
#      with the closing and the signature above them, were read as the
#      body's (the signature a paragraph, the Biểu a body table); now the
#      label is read above its title, as Word shows it.
#  W1  (guard) content controls (w:sdt, block and run), w:customXml,
#      w:smartTag, a tracked move (w:moveFrom/w:moveTo), a field nested in
#      an IF field's code, right-to-left and East-Asian run properties and
#      a w:ptab in a task's text import as the plain document does.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
# docx, fld, t, p, cells: the minimal Word document (minidocx.sh)
. "$top/tests/hardening/minidocx.sh"
# has NAME TEXT: the imported NAME.yaml holds TEXT (fixed string)
has() { grep -qF -- "$2" "$work/$1.yaml"; }

# ---- G1-G3: a PDF text's Biểu row glued into one cell -------------------------------------
glued() {
    head_page
    cat <<'EOF'
                                             Biểu 01
                          PHÂN CÔNG NHIỆM VỤ NĂM 2025

STT   Nội dung nhiệm vụ              Đơn vị chủ trì      Thời gian
 1    Xây dựng mô hình điểm          Văn phòng           Quý I/2025
EOF
    printf '%s\n' "$1"
    printf '%s\n' ' 3    Tuyên truyền trên loa          Công an xã          Quý III/2025'
}
glued ' 2    Tổ chức tập huấn, kỹ năng cho Ban Chỉ huy Quân sự xã Quý II/2025' >"$work/g1.txt"
imp g1
if [ "$st" -le 1 ] && has g1 '["Tổ chức tập huấn, kỹ năng cho", "Ban Chỉ huy Quân sự xã", "Quý II/{year}"]' &&
    grep -q "g1.txt:22:37: warning\[KH767\].*'Ban Chỉ huy Quân sự xã'" "$work/g1.err"; then
    ok "G1 a Biểu row's unit and time one space after its task: cut at the unit's place and the time's words, KH767"
else
    not_ok "G1 status $st: $(rows g1); $(head -c 300 "$work/g1.err")"
fi
glued ' 2    Tổ chức tập huấn kỹ năng chuyên môn cho lực lượng dân quân tự vệ toàn xã' >"$work/g2.txt"
imp g2
if [ "$st" -le 1 ] && has g2 '["Tổ chức tập huấn kỹ năng chuyên môn cho lực lượng dân quân tự vệ toàn xã", "", ""]' &&
    grep -q "g2.txt:22:38: warning\[KH767\]: this row's only text after its number runs across" "$work/g2.err"; then
    ok "G2 a row's one text across the columns that its words do not cut: one cell, KH767 names the row"
else
    not_ok "G2 status $st: $(rows g2); $(head -c 300 "$work/g2.err")"
fi
glued ' II   Văn hóa - Xã hội - Giáo dục - Y tế - Môi trường và phòng chống thiên tai' >"$work/g3.txt"
imp g3
if [ "$st" -le 1 ] && has g3 'Văn hóa - Xã hội' && ! grep -q 'KH767' "$work/g3.err"; then
    ok "G3 guard: a group's title under a Roman numeral spans the row, no KH767"
else
    not_ok "G3 status $st: $(rows g3); $(head -c 300 "$work/g3.err")"
fi

# ---- A1-A3: the "(Kèm theo ...)" line ---------------------------------------------------
xa_plan "$work/att.yaml" '      - [Đường giao thông, 2 km]'
sed -i 's/  number: ""/  number: "15"/; s/  date: 2024-01$/  date: 2024-01-15/' "$work/att.yaml"
"$khgen" build -f md -o - "$work/att.yaml" >"$work/att.md" 2>/dev/null
# line NAME LINE MD [OPTION...]: MD.md with its "(Kèm theo ...)" line replaced by
# LINE, imported (with OPTION...)
line() {
    _n=$1
    L=$2 $PY -c 'import os,re,sys; s=open(sys.argv[1]).read(); sys.stdout.write(re.sub(r"\*\(Kèm theo[^)]*\)\*", lambda m: os.environ["L"], s))' \
        "$work/$3.md" >"$work/$_n.md"
    shift 3
    "$khgen" import "$@" "$work/$_n.md" -o "$work/$_n.yaml" --force >/dev/null 2>"$work/$_n.err"
    st=$?
}
bad=
for l in '(Kèm theo Kế hoạch số 15/KH-UBND)' '(Kèm theo Kế hoạch số)' '(Kèm theo Kế hoạch)'; do
    line a1 "$l" att
    grep -q 'warning\[KH762\]' "$work/a1.err" && grep -qF "# review:   $l [KH762]" "$work/a1.yaml" ||
        bad="$bad [$l: status $st, $(grep -c KH762 "$work/a1.err") KH762]"
done
line a1g '*(Kèm theo Kế hoạch số 15/KH-UBND ngày 15/01/2024 của UBND xã Đồng Hưu)*' att
grep -q 'KH762' "$work/a1g.err" && bad="$bad [the line as printed: KH762]"
[ -z "$bad" ] && ok "A1 a '(Kèm theo ...)' line without its date: KH762 and a note (the line as printed: none)" ||
    not_ok "A1$bad"
mkdir -p "$work/tpl"
echo 'attachment_under_title: "(Kèm theo Kế hoạch số {{number}}/{{code}}{{#issuer}} của {{issuer}}{{/issuer}} ngày {{date}})"' \
    >"$work/tpl/wording.yaml"
"$khgen" build -f md -o - --templates "$work/tpl" "$work/att.yaml" >"$work/own.md" 2>/dev/null
"$khgen" import --templates "$work/tpl" "$work/own.md" -o "$work/a2.yaml" >/dev/null 2>"$work/a2.err"
st=$?
if [ "$st" = 0 ] && grep -q 'của UBND xã Đồng Hưu ngày 15/01/2024)' "$work/own.md" &&
    ! grep -q 'KH762' "$work/a2.err" && grep -qx '  issuer_short: UBND xã Đồng Hưu' "$work/a2.yaml"; then
    ok "A2 a plan built with --templates' own '(Kèm theo ...)' wording, imported with it: no KH762, its issuer"
else
    not_ok "A2 status $st: $(grep -c KH762 "$work/a2.err") KH762, $(grep issuer_short "$work/a2.yaml"); $(head -c 300 "$work/a2.err")"
fi
line a3 '*(Kèm theo Kế hoạch số 16/KH-UBND của UBND xã Đồng Hưu ngày 15/01/2024)*' own --templates "$work/tpl"
if [ "$st" = 0 ] && grep -q 'warning\[KH762\]' "$work/a3.err"; then
    ok "A3 with --templates, a line giving another number than the header's: KH762"
else
    not_ok "A3 status $st: $(head -c 300 "$work/a3.err")"
fi

# ---- H1: a Biểu header of three rows, a middle cell merged down ---------------------------
vm() { printf '<w:tc><w:tcPr>%s</w:tcPr><w:p>%s</w:p></w:tc>' "$1" "$2"; }
R0="<w:tr>$(vm '<w:vMerge w:val="restart"/>' "$(t STT)")$(vm '<w:vMerge w:val="restart"/>' "$(t 'Nội dung')")$(vm '<w:gridSpan w:val="3"/>' "$(t 'Kinh phí')")</w:tr>"
R1="<w:tr>$(vm '<w:vMerge/>' '')$(vm '<w:vMerge/>' '')$(vm '<w:vMerge w:val="restart"/>' "$(t 'Tổng')")$(vm '<w:gridSpan w:val="2"/>' "$(t 'Trong đó')")</w:tr>"
R2="<w:tr>$(vm '<w:vMerge/>' '')$(vm '<w:vMerge/>' '')$(vm '<w:vMerge/>' '')$(vm '' "$(t 'Ngân sách xã')")$(vm '' "$(t 'Huy động')")</w:tr>"
docx h1 "$(p "$(t 'Nội dung như sau:')")$(p "$(t 'Trên đây là Kế hoạch của UBND xã./.')")$(p "$(t 'TM. ỦY BAN NHÂN DÂN')")$(p "$(t 'Nguyễn Văn A')")$(p "$(t 'Biểu 01')")$(p "$(t 'KINH PHÍ NĂM 2024')")<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>$R0$R1$R2$(cells "$(t 1)" "$(t 'Tuyên truyền')" "$(t 10)" "$(t 6)" "$(t 4)")$(cells "$(t 2)" "$(t 'Diễn tập')" "$(t 20)" "$(t 15)" "$(t 5)")</w:tbl>"
imp h1
if [ "$st" -le 1 ] && has h1 '{key: c3, header: "Tổng", group: "Kinh phí"}' &&
    has h1 '{key: c4, header: "Ngân sách xã", group: "Kinh phí - Trong đó"}'; then
    ok "H1 a three-row header's middle cell merged down: its column's header under the top group"
else
    not_ok "H1 status $st: $(grep 'key: c' "$work/h1.yaml" | tr '\n' '|'); $(head -c 300 "$work/h1.err")"
fi

# ---- D1: a Symbol-font minus for a task's dash ----------------------------------------------
docx d1 "$(p "$(t 'I. NHIỆM VỤ')")<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F02D\"/></w:r>$(t ' Hoàn thành xây dựng nông thôn mới.')</w:p>$(p "$(t '- Tổ chức tuyên truyền.')")"
imp d1
if [ "$st" -le 1 ] && has d1 '- bullet: Hoàn thành xây dựng nông thôn mới.' && ! grep -q '−' "$work/d1.yaml"; then
    ok "D1 a task's dash from the Symbol font (the minus): a bullet"
else
    not_ok "D1 status $st: $(grep -n 'Hoàn' "$work/d1.yaml")"
fi

# ---- L1: a HYPERLINK field whose address holds a field ---------------------------------------
begin='<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
sep='<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
end='<w:r><w:fldChar w:fldCharType="end"/></w:r>'
it() { printf '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>' "$1"; }
docx l1 "$(p "$(t 'Xem tại ')$begin$(it ' HYPERLINK &quot;https://')$begin$(it ' DOCPROPERTY Site ')$sep$(t 'yenthe.gov.vn')$end$(it '/kh&quot; ')$sep$(t 'trang của huyện')$end$(t '.')")"
imp l1
if [ "$st" -le 1 ] && has l1 'Xem tại trang của huyện.' && ! grep -q '](https://)' "$work/l1.yaml" &&
    grep -q '# review: a link typed as a field (HYPERLINK).*HYPERLINK "https://{…}' "$work/l1.yaml" &&
    grep -q 'warning\[KH759\]' "$work/l1.err"; then
    ok "L1 a HYPERLINK field whose address holds a field: the words, the code a note, KH759"
else
    not_ok "L1 status $st: $(grep -n 'Xem\|review' "$work/l1.yaml" | tr '\n' '|')"
fi

# ---- P1: the signature set with Word's alignment tab ---------------------------------------
two() { printf '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' "$1" "$2"; }
docx p1 "$(p "$(t 'Nâng cao năng lực phòng chống thiên tai.')")$(p "$(t 'Trên đây là Kế hoạch của UBND xã./.')")$(two 'Nơi nhận:' 'TM. ỦY BAN NHÂN DÂN')$(two '- UBND huyện;' 'CHỦ TỊCH')$(p "$(t '- Lưu: VT.')")$(two '' 'Nguyễn Văn A')"
imp p1
if [ "$st" -le 1 ] && has p1 '    - TM. ỦY BAN NHÂN DÂN' && has p1 '    - CHỦ TỊCH' && has p1 '  - UBND huyện' &&
    ! grep -q '^  - TM' "$work/p1.yaml"; then
    ok "P1 recipients and signature in two columns with w:ptab: read as with a tab stop"
else
    not_ok "P1 status $st: $(sed -n '/^recipients/,$p' "$work/p1.yaml" | tr '\n' '|' | head -c 400)"
fi

# the same with one tab a line over the paragraph style's centre stop
$PY - "$work/p2.docx" <<'PYEOF'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
t = lambda s: '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % s
p = lambda s: '<w:p>%s</w:p>' % t(s)
two = lambda a, b: '<w:p><w:pPr><w:pStyle w:val="Chuky"/></w:pPr>%s<w:r><w:tab/></w:r>%s</w:p>' % (t(a), t(b))
body = (p('KẾ HOẠCH') + p('Phòng chống thiên tai năm 2024') + p('Nâng cao năng lực phòng chống thiên tai.') +
        p('Trên đây là Kế hoạch của UBND xã./.') + two('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN') +
        two('- UBND huyện;', 'CHỦ TỊCH') + p('- Lưu: VT.') + two('', 'Nguyễn Văn A'))
z = zipfile.ZipFile(sys.argv[1], 'w')
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % R)
z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="%sstyles" Target="styles.xml"/></Relationships>' % R)
z.writestr('word/styles.xml', '<?xml version="1.0"?><w:styles %s><w:style w:type="paragraph" w:styleId="Chuky"><w:name w:val="Chu ky"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs></w:pPr></w:style></w:styles>' % W)
z.writestr('word/document.xml', '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))
z.close()
PYEOF
imp p2
if [ "$st" -le 1 ] && has p2 '    - TM. ỦY BAN NHÂN DÂN' && has p2 '    - CHỦ TỊCH' && has p2 '  - UBND huyện' &&
    ! grep -q '^  - TM' "$work/p2.yaml"; then
    ok "P2 recipients and signature in two columns over their style's centre stop: read as with their own"
else
    not_ok "P2 status $st: $(sed -n '/^recipients/,$p' "$work/p2.yaml" | tr '\n' '|' | head -c 400)"
fi

# ---- M1: a paragraph mark moved away ------------------------------------------------------
for kind in del moveFrom; do
    docx "m1$kind" "$(p "$(t 'I. NHIỆM VỤ')")<w:p><w:pPr><w:rPr><w:$kind w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>$(t '- Tổ chức tuyên truyền trên loa ')<w:$kind w:id=\"2\" w:author=\"A\"><w:r><w:delText>và bảng tin.</w:delText></w:r></w:$kind></w:p>$(p "$(t 'của các thôn.')")$(p "$(t '- Kiểm tra đê điều.')")"
    imp "m1$kind"
done
if [ "$st" -le 1 ] && has m1moveFrom '- bullet: Tổ chức tuyên truyền trên loa của các thôn.' &&
    [ "$(sed 1d "$work/m1del.yaml")" = "$(sed 1d "$work/m1moveFrom.yaml")" ]; then
    ok "M1 a paragraph mark moved away (w:moveFrom): the rest joined to the next paragraph, as a deleted mark's"
else
    not_ok "M1 status $st: $(grep -n 'bullet\|para' "$work/m1moveFrom.yaml" | tr '\n' '|')"
fi

# ---- B1: a Biểu's label in a text box ----------------------------------------------------------
box() { printf '<w:r><w:drawing><wp:anchor><wp:docPr id="5" name="Text Box 5"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>' "$1"; }
close="$(p "$(t 'Nâng cao năng lực phòng chống thiên tai.')")$(p "$(t 'Trên đây là Kế hoạch của UBND xã./.')")$(p "$(t 'TM. ỦY BAN NHÂN DÂN')")$(p "$(t 'CHỦ TỊCH')")$(p "$(t 'Nguyễn Văn A')")"
biu="$(p "$(t '(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024)')")<w:tbl>$(cells "$(t STT)" "$(t 'Nội dung')" "$(t 'Đơn vị chủ trì')")$(cells "$(t 1)" "$(t 'Tuyên truyền')" "$(t 'Văn phòng')")</w:tbl>"
docx b1 "$close<w:p>$(t 'PHÂN CÔNG NHIỆM VỤ')$(box "$(p "$(t 'Biểu 01')")")</w:p>$biu"
docx b1want "$close$(p "$(t 'Biểu 01')")$(p "$(t 'PHÂN CÔNG NHIỆM VỤ')")$biu"
imp b1want
imp b1
if [ "$st" -le 1 ] && has b1 '    label: Biểu 01' && has b1 '    - CHỦ TỊCH' &&
    [ "$(sed 1d "$work/b1want.yaml")" = "$(sed 1d "$work/b1.yaml")" ] && ! grep -q KH759 "$work/b1.err"; then
    ok "B1 a Biểu's label in a text box anchored in its title: read above the title, as Word shows it"
else
    not_ok "B1 status $st: $(diff "$work/b1want.yaml" "$work/b1.yaml" | head -c 500 | tr '\n' '|')"
fi

# ---- W1: Word's wrappers and tracked moves, as the plain document ---------------------------
task() { p "$(t "- $1")"; }
plain="$(p "$(t 'I. NHIỆM VỤ')")$(task 'Tổ chức tuyên truyền.')$(task 'Kiểm tra đê điều.')$(task 'Diễn tập phòng chống lụt bão.')"
docx w0 "$plain"
sdt="<w:sdt><w:sdtPr><w:alias w:val=\"Nhiệm vụ\"/></w:sdtPr><w:sdtContent>$(task 'Tổ chức tuyên truyền.')</w:sdtContent></w:sdt>"
cx="<w:customXml w:uri=\"urn:ubnd\" w:element=\"nv\"><w:p><w:smartTag w:uri=\"u\" w:element=\"place\"><w:sdt><w:sdtContent>$(t '- Kiểm tra đê điều.')</w:sdtContent></w:sdt></w:smartTag></w:p></w:customXml>"
rtl="<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/><w:cs/><w:eastAsianLayout w:combine=\"1\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t xml:space=\"preserve\">-</w:t></w:r><w:r><w:ptab w:relativeTo=\"indent\" w:alignment=\"left\" w:leader=\"none\"/></w:r>$begin$(it ' IF ')$begin$(it ' DOCPROPERTY Nhom ')$sep$(t 'x')$end$(it ' = &quot;&quot; &quot;&quot; &quot;')$sep$(t 'Diễn tập phòng chống lụt bão.')$end</w:p>"
moved="<w:p><w:moveFrom w:id=\"8\" w:author=\"A\">$(t '- Tổ chức tuyên truyền.')</w:moveFrom></w:p>"
moveto="<w:p><w:moveTo w:id=\"9\" w:author=\"A\">$(t '- Tổ chức tuyên truyền.')</w:moveTo></w:p>"
docx w1 "$(p "$(t 'I. NHIỆM VỤ')")$moved$sdt$cx$rtl"
imp w0
cp "$work/w0.yaml" "$work/w0.want"
imp w1
docx w2 "$(p "$(t 'I. NHIỆM VỤ')")$moved$(task 'Kiểm tra đê điều.')$(task 'Diễn tập phòng chống lụt bão.')$moveto"
imp w2
docx w3 "$(p "$(t 'I. NHIỆM VỤ')")$(task 'Kiểm tra đê điều.')$(task 'Diễn tập phòng chống lụt bão.')$(task 'Tổ chức tuyên truyền.')"
imp w3
if [ "$st" -le 1 ] && [ "$(sed 1d "$work/w0.want")" = "$(sed 1d "$work/w1.yaml")" ] &&
    [ "$(sed 1d "$work/w3.yaml")" = "$(sed 1d "$work/w2.yaml")" ]; then
    ok "W1 guard: w:sdt, w:customXml, w:smartTag, a tracked move, a nested field, rtl and w:ptab import as the plain document"
else
    not_ok "W1 $(diff "$work/w0.want" "$work/w1.yaml" | head -c 400 | tr '\n' '|') / $(diff "$work/w3.yaml" "$work/w2.yaml" | head -c 300 | tr '\n' '|')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
