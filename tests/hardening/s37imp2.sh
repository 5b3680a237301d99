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
#      is in a '# review:' note, KH759 counting them (since s38imp: the
#      words' link, as a w:hyperlink's; s38imp.sh L1).
#  A1  (HIGH by the scale: a wrong plan, exit 0) a word typed into the place-and-date line between its
#      parts ("An Bình, ngày 5 Xqz tháng 3 năm 2025"): dropped, the date
#      read, no note, no message (`khgen diff` then saw no change); now the
#      line whole is a '# review:' note with KH761. Guard: "ngày ... tháng
#      … năm 2025" (a draft's blanks) is no note.
#  A2  (HIGH by the scale) words other than the number and the date typed into a
#      Biểu's "(Kèm theo Kế hoạch số ... ngày ...)" line (in its date, after
#      its ")", another title than "Kế hoạch", a number that is none, a
#      line without its "số" part, a number typed where no date is):
#      dropped, no note, `khgen diff` exit 0; now the line is a '# review:'
#      note with KH762, which diff shows. Guard: the line as khgen prints
#      it is no note.
#  C1  (HIGH by the scale) a paragraph typed after the closing in Word ("Trên đây
#      ... xã./." then "Đề nghị ... thực hiện./."): joined into the
#      closing with the first "./." in the middle of it ("xã./. Đề
#      nghị"), printed so, no note; now the inner end mark is the full
#      stop it stands for and a '# review:' note says the paragraphs were
#      joined (a plan's closing is one paragraph).
#  K1  (LOW) KH759's message for a text box alone listed zero counts ("0
#      footnote or endnote references, 1 text boxes and 0 tables inside a
#      table's cell"): now one warning a kind, none for a kind of none.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/imports.sh"
# has NAME TEXT: the imported NAME.yaml holds TEXT (fixed string)
has() { grep -qF -- "$2" "$work/$1.yaml"; }
# docx, fld, t, p, cells: the minimal Word document (minidocx.sh)
. "$top/tests/hardening/minidocx.sh"

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
# (since s38imp a web address is the words' link, as a w:hyperlink's)
if [ "$st" -le 1 ] && has f2 '[trang của huyện](https://huyen.gov.vn/kh)' &&
    has f2 '[trang của tỉnh](https://tinh.gov.vn/)'; then
    ok "F2 HYPERLINK fields (complex and fldSimple): words kept, each address kept (the words' link since s38imp)"
else
    not_ok "F2 status $st; $(grep -n 'trang\|review' "$work/f2.yaml" | head -5 | tr '\n' '|'); $(head -c 300 "$work/f2.err")"
fi

# ---- K1: KH759 without zero counts ----------------------------------------------------------
docx k1 '<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="5" name="Text Box 5"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Dự thảo lần 2</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>'
imp k1
if [ "$st" -le 1 ] && grep -q "warning\[KH759\]: .* has 1 text box, " "$work/k1.err" &&
    ! grep -q " 0 footnote\| 0 text boxes\| 0 tables" "$work/k1.err"; then
    ok "K1 a text box alone: KH759 says '1 text box' (s38imp: singular), no zero counts"
else
    not_ok "K1 status $st; $(grep KH759 "$work/k1.err" | head -c 300)"
fi

# ---- A1: a word typed into the place-and-date line ---------------------------------------
head_page | sed 's/ngày 5 tháng 3 năm 2025/ngày 5 Xqz tháng 3 năm 2025/' >"$work/a1.txt"
imp a1
if [ "$st" -le 1 ] && has a1 '# review: left out of the header: An Bình, ngày 5 Xqz tháng 3 năm 2025' &&
    grep -q 'a1.txt:3:1: warning\[KH761\]' "$work/a1.err"; then
    ok "A1 a word typed between the parts of the place-and-date line: the line a '# review:' note, KH761"
else
    not_ok "A1 status $st; $(grep -n 'review\|date:' "$work/a1.yaml" | head -4 | tr '\n' '|'); $(head -c 300 "$work/a1.err")"
fi
head_page | sed 's/ngày 5 tháng 3 năm 2025/ngày ... tháng … năm 2025/' >"$work/a1g.txt"
imp a1g
if [ "$st" -le 1 ] && ! grep -q 'left out of the header' "$work/a1g.yaml" && ! grep -q KH761 "$work/a1g.err"; then
    ok "A1 guard: a draft's blank date line ('ngày ... tháng … năm 2025') is no note"
else
    not_ok "A1 guard: status $st; $(grep -n 'review' "$work/a1g.yaml" | head -3 | tr '\n' '|')"
fi

# ---- A2: words typed into a Biểu's "(Kèm theo ...)" line ---------------------------------
xa_plan "$work/a2.yaml" '      - [Đường giao thông, 2 km]'
"$khgen" build -f md -o - "$work/a2.yaml" >"$work/a2.md" 2>/dev/null
# attline NAME LINE: a2.md with its "(Kèm theo ...)" line LINE, imported
# to NAME.yaml (status in $st), diffed against a2.yaml (exit in $dst)
attline() {
    L=$2 $PY -c 'import os,re,sys; s=open(sys.argv[1]).read(); sys.stdout.write(re.sub(r"\(Kèm theo[^)]*\)", lambda m: os.environ["L"], s))' \
        "$work/a2.md" >"$work/$1.md"
    "$khgen" import "$work/$1.md" -o "$work/$1.yaml" --force >/dev/null 2>"$work/$1.err"
    st=$?
    "$khgen" diff --no-color "$work/a2.yaml" "$work/$1.yaml" >"$work/$1.out" 2>&1
    dst=$?
}
n=0 bad=
for l in '(Kèm theo Kế hoạch số      /KH-UBND ngày  dự kiến    tháng 01 năm 2024 của UBND xã Đồng Hưu)' \
    '(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng 01 năm 2024 của UBND xã Đồng Hưu) đã sửa' \
    '(Kèm theo Quyết định số      /KH-UBND ngày      tháng 01 năm 2024 của UBND xã Đồng Hưu)' \
    '(Kèm theo Kế hoạch số bổ sung ngày      tháng 01 năm 2024 của UBND xã Đồng Hưu)' \
    '(Kèm theo Kế hoạch này)' '(Kèm theo Kế hoạch số 7/KH-UBND của UBND xã Đồng Hưu)'; do
    n=$((n + 1))
    attline a2_$n "$l"
    { [ "$st" -le 1 ] && grep -q 'warning\[KH762\]' "$work/a2_$n.err" && [ "$dst" -eq 1 ] &&
        grep -qF -- "$l" "$work/a2_$n.yaml"; } || bad="$bad [$l: import $st, diff $dst]"
done
[ -z "$bad" ] && ok "A2 words typed into a Biểu's '(Kèm theo ...)' line (in its date, after it, another title, no number): a '# review:' note, KH762, diff exit 1" ||
    not_ok "A2$bad"
attline a2g "$(grep -o '(Kèm theo[^)]*)' "$work/a2.md")"
if [ "$st" -le 1 ] && ! grep -q KH762 "$work/a2g.err" && [ "$dst" -eq 0 ]; then
    ok "A2 guard: the line as khgen prints it is no note, diff exit 0"
else
    not_ok "A2 guard: import $st, diff $dst; $(head -c 300 "$work/a2g.err")"
fi
# the date's words typed in capitals ("THÁNG 01 NĂM 2024", as the place and
# date line may be): a date's words still, one rule for both lines
# (imp_date_other_words): no other date; but the rebuilt plan prints
# "tháng 01 năm", so the line does not read back the same, and since
# session 40 (s40imp: capitals count, one rule with --templates' reading)
# it is a note, KH762, diff exit 1 - not a false "other date"
attline a2c "$(grep -o '(Kèm theo[^)]*)' "$work/a2.md" | sed 's/tháng 01 năm/THÁNG 01 NĂM/')"
if grep -q 'THÁNG 01 NĂM' "$work/a2c.md" && [ "$st" -le 1 ] && grep -q KH762 "$work/a2c.err" &&
    grep -q '# review: .*THÁNG 01 NĂM 2024' "$work/a2c.yaml" && [ "$dst" -eq 1 ]; then
    ok "A2 guard: 'THÁNG 01 NĂM 2024' in the line is a date's words, and a note since the plan prints its own capitals"
else
    not_ok "A2 guard: 'THÁNG 01 NĂM': import $st, diff $dst; $(head -c 300 "$work/a2c.err")"
fi

# ---- C1: a paragraph typed after the closing ---------------------------------------------
mkdir -p "$work/c1"
"$khgen" build -f docx -o "$work/c1" "$work/a2.yaml" >/dev/null 2>&1
$PY - "$work/c1/a2.docx" "$work/c1.docx" <<'PYEOF'
import re, sys, zipfile
zin = zipfile.ZipFile(sys.argv[1])
zout = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
for it in zin.infolist():
    data = zin.read(it.filename)
    if it.filename == 'word/document.xml':
        xml, n = re.subn(r'(<w:p[ >](?:(?!<w:p[ >]).)*?Trên đây(?:(?!</w:p>).)*</w:p>)',
                         r'\1<w:p><w:r><w:t>Đề nghị các đơn vị nghiêm túc thực hiện./.</w:t></w:r></w:p>',
                         data.decode('utf-8'), count=1, flags=re.S)
        data = xml.encode('utf-8') if n else b''
    zout.writestr(it, data)
zout.close()
PYEOF
imp c1
if [ "$st" -le 1 ] && has c1 'closing: Trên đây là Kế hoạch của UBND xã. Đề nghị các đơn vị nghiêm túc thực hiện./.' &&
    has c1 '# review: paragraphs after the closing, joined to it'; then
    ok "C1 a paragraph typed after the closing in Word: joined without the first './.' in the middle, a '# review:' note"
else
    not_ok "C1 status $st; $(grep -n 'closing' "$work/c1.yaml" | head -3 | tr '\n' '|')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
