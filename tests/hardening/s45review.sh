#!/bin/sh
# tests/hardening/s45review.sh KHGEN WORKDIR - what session 45's review of
# session 44's src/ changes (100519d9..51df057c) found, and the cases its
# mutation sweep of that code asked for (issue 8; reproducers in
# /tmp/s45review/ of that session). Each case fails at 51df057c (session
# 44's stop) unless it is named a guard:
#  R1  check's KH268 (s44fix, a page the text names as attached and no
#      attachment has) compared every mention with every attachment's
#      label, and listed every label again in each warning: 2,000
#      attachments and 2,000 mentions 2.8 s, 8,000 25 s (mentions x
#      labels); a set of the labels, built once, now (0.07 s, 0.18 s).
#  R2  import's KH771 (the same, for a document's pages) the same way:
#      2,000 pages and 2,000 mentions 2.7 s; and a paragraph naming many
#      missing pages copied its growing comment at each one: 8,000 in one
#      paragraph 15.7 s and 4.9 GB of memory (2,000: 1.2 s, 314 MB);
#      the notes are joined once per paragraph now (0.07 s, 12 MB), the
#      plan written byte for byte as before.
# The mutation sweep of session 44's new code (att_named.c, import_commas.c,
# cmd_new_programme.c, issuer_lines.c, localgov.c, ...): its K cases are
# guards (51df057c passes them), each failing with the mutants it was written
# for (named in it), which every suite passed:
#  K1  att_named.c's reading of "Biểu NN": "theo Biểu mẫu đính kèm" and
#      "tại Phụ lục kèm theo Kế hoạch này" name no page (no number:
#      att_named-042 read "Biểu " as one, a false KH268); a ';' ends the
#      clause, so the document named after it is not the page's ("theo Biểu
#      05; Quyết định số 12/QĐ-UBND ...": att_named-084 read on, past the
#      text's end, and said nothing); "Biểu 05 và 05" names it once
#      (check_attnamed-017 named it twice).
#  K2  a range from 0 ("Phụ lục 0 đến 2": 0, 1 and 2; att_named-231 left
#      out 1); a mention that begins the text is read, one inside a word
#      ("aBiểu 07") is not (att_named-244 read the byte before the text and
#      a mention at its second byte); a label "Biểu 05: Chỉ tiêu" is Biểu
#      05 (att_named-258 took only labels that go on without ':').
#  K3  new's note at a programme's period that ended (cmd_new_programme.c):
#      a range written with an en dash, "2021–2024" (cmd_new_programme-031
#      looked for the dash a byte early), and one with spaces around its
#      '-', "2020 - 2024" (-049 looked at the wrong byte for the spaces):
#      each noted when `new --year 2025` (no case wrote either).
#  K4  import's note on a column of English-locale figures names a column
#      with no header by its number alone, "5", not "5 ()"
#      (import_commas-064).
#  K5  KH181 in a plan of 2026 (localgov.c): the recipient "UBND các xã và
#      thị trấn" (kinds joined by "và": localgov-072 read only ", "); a
#      one-line issuer "UBND HUYỆN LẠNG GIANG" is a district's and "UBND
#      THỊ TRẤN CAO THƯỢNG" a thị trấn's, each said so (localgov-100 read
#      each as the other's).
#  K6  import's KH772 quotes the first struck text cut to 60 bytes at a
#      character's start ("... sử dụng nư..."): import_marks-043 (the
#      cut's step back dropped) looped for ever there; no case had a struck
#      text that long.
#  K7  the issuer's line broken as printed (issuer_lines.c): "SỞ KẾ HOẠCH
#      VÀ ĐẦU TƯ" fits the column in regular type, not in the header's bold,
#      and is broken "SỞ KẾ HOẠCH / VÀ ĐẦU TƯ" (issuer_lines-058 measured
#      it regular, left it whole); two words too wide together, run on by
#      lost spaces, are two lines (-038 tried no split leaving one word on
#      the last line).
#  K8  the HTML of README's example (render_html.c, s44print's keep-with
#      block): the issuer's two lines, and each section's heading with its
#      clause's heading and first bullet in one <div class="keep-with">:
#      render_html-006 printed no section heading at all (the text after
#      the block's opening dropped), -054 no first issuer line, -028 closed
#      a block it never opened; no suite read the HTML's headings.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
readme_base

# ---- R1: KH268 over many attachments and many mentions, linear ------------------------
# N - 1 attachments "Biểu 2".."Biểu N" (a plan holds 1,000 at most), N paragraphs
# naming "Biểu 5000+k" attached, none has it, and N - 1 naming those it has
"$py" - "$work/p/ex.yaml" "$work/p" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
para = "          - para: (Chi tiết theo {att bieu01} đính kèm).\n"
assert para in s and 'attachments:\n' in s
for name, n in (("r1-small", 250), ("r1-big", 1000), ("r1-three", 3)):
    att = ''.join('  - id: b%d\n    label: Biểu %d\n    title: T\n    columns:\n'
                  '      - {key: a, header: A}\n    rows: [{a: x}]\n' % (i, i + 2) for i in range(n - 1 if n > 3 else n))
    paras = ''.join('          - para: "Chi tiết theo Biểu %d đính kèm."\n' % (5000 + i)
                    for i in range(n))
    paras += ''.join('          - para: "Chi tiết theo Biểu %d đính kèm."\n' % (i + 2)
                     for i in range(n - 1 if n > 3 else n))
    t = s.replace('attachments:\n', 'attachments:\n' + att).replace(para, para + paras)
    open(sys.argv[2] + "/%s.yaml" % name, "w", encoding="utf-8").write(t)
PY
ratio_want="0 KH268 250 1000" ratio_case "R1 check: KH268 over 250 attachments and 500 mentions, then 1,000 and 2,000" \
    "$work/p/r1-small.yaml" "$work/p/r1-big.yaml" "$khgen" check --max-errors 0 FILE
"$khgen" check "$work/p/r1-three.yaml" >/dev/null 2>"$work/r1.err"
grep -q "r1-three.yaml:[0-9]*:34: warning\[KH268\]: the text names 'Biểu 5000' as attached to the plan, but none of its attachments (Biểu 2, Biểu 3, Biểu 4, Biểu 01) is labelled so" "$work/r1.err" &&
    [ "$(grep -c 'warning\[KH268\]' "$work/r1.err")" = 3 ] ||
    bad="$bad [$(grep KH268 "$work/r1.err" | head -c 300)]"
verdict "R1 (guard) KH268 at each of 3 missing pages, the attachments listed; none at 'Biểu 2'..'Biểu 4', which are attached"

# ---- R2: KH771 over many pages and many mentions, and many in one paragraph -----------
mkdir -p "$work/r2"
for n in small big; do
    "$khgen" build -f md -o "$work/r2" "$work/p/r1-$n.yaml" >/dev/null 2>&1
    [ -s "$work/r2/r1-$n.md" ] || bad="$bad [set-up: no r1-$n.md]"
done
ratio_want="0 KH771 50 50" ratio_case "R2 import: KH771 over 250 pages and 500 mentions, then 1,000 and 2,000" \
    "$work/r2/r1-small.md" "$work/r2/r1-big.md" "$khgen" import -o /dev/null FILE
"$py" - "$work/r2/r1-small.md" "$work/r2" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'(Chi tiết theo Biểu \d+ đính kèm\.\n\n)+', '@@\n\n', s, count=1)
s = re.sub(r'Chi tiết theo Biểu \d+ đính kèm\.\n\n', '', s)
assert s.count('@@') == 1
for name, n in (("one-small", 500), ("one-big", 2000), ("one-two", 2)):
    p = '; '.join('theo Biểu %d đính kèm' % (5000 + k) for k in range(n))
    open(sys.argv[2] + '/%s.md' % name, 'w', encoding='utf-8').write(s.replace('@@', 'Chi tiết ' + p + '.'))
PY
ratio_want="0 KH771 50 50" ratio_case "R2 import: one paragraph naming 500 missing pages, then 2,000 (its comment copied at each)" \
    "$work/r2/one-small.md" "$work/r2/one-big.md" "$khgen" import -o /dev/null FILE
"$khgen" import -o "$work/r2/one-two.yaml" "$work/r2/one-two.md" >/dev/null 2>"$work/r2/one-two.err"
grep -q "# review: the text names 'Biểu 5000' as attached, but the document has no page so labelled: attach it or take it out of the text, then delete this comment \[KH771\]; the text names 'Biểu 5001' as attached, but the document has no page so labelled: attach it or take it out of the text, then delete this comment \[KH771\]$" "$work/r2/one-two.yaml" &&
    [ "$(grep -c 'warning\[KH771\]' "$work/r2/one-two.err")" = 2 ] ||
    bad="$bad [$(grep -n 'KH771' "$work/r2/one-two.yaml" | head -c 400)]"
verdict "R2 (guard) import: two missing pages in one paragraph, one comment of two notes, two warnings"

# ---- K1: att_named.c's mentions: a number needed, a ';' ends the clause ---------------
edited k1 "          - para: (Chi tiết theo {att bieu01} đính kèm).
" "          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: \"Các xã báo cáo kết quả theo Biểu mẫu đính kèm; số liệu tại Phụ lục kèm theo Kế hoạch này.\"
          - para: \"Chi tiết theo Biểu 05 và 05; Quyết định số 12/QĐ-UBND của UBND tỉnh quy định mức hỗ trợ.\"
"
"$khgen" check "$work/p/k1.yaml" >/dev/null 2>"$work/k1.err"
grep -q "k1.yaml:45:34: warning\[KH268\]: the text names 'Biểu 05' as attached to the plan, but none of its attachments (Biểu 01) is labelled so" "$work/k1.err" &&
    [ "$(grep -c 'warning\[KH268\]' "$work/k1.err")" = 1 ] ||
    bad="$bad [$(grep -v '^ ' "$work/k1.err" | head -c 400)]"
verdict "K1 (guard) KH268 at 'theo Biểu 05;' before a decision's words, none at 'Biểu mẫu', 'Phụ lục kèm theo' (no number)"

# ---- K2: a range from 0, a mention at the text's start or inside a word, a label with ':' ---
edited k2 "          - para: (Chi tiết theo {att bieu01} đính kèm).
" "          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: \"Số liệu theo Phụ lục 0 đến 2 đính kèm.\"
          - para: \"Biểu 06 đính kèm: số liệu tổng hợp.\"
          - para: \"aBiểu 07 đính kèm.\"
          - para: \"Chỉ tiêu theo Biểu 05 đính kèm.\"
" "attachments:
" "attachments:
  - id: bieu05
    label: \"Biểu 05: Chỉ tiêu\"
    title: Chỉ tiêu
    columns:
      - {key: a, header: A}
    rows: [{a: x}]
"
"$khgen" check "$work/p/k2.yaml" >/dev/null 2>"$work/k2.err"
grep -q "k2.yaml:44:33: warning\[KH268\]: the text names 'Phụ lục 0, Phụ lục 1, Phụ lục 2' as attached" "$work/k2.err" &&
    grep -q "k2.yaml:45:20: warning\[KH268\]: the text names 'Biểu 06' as attached" "$work/k2.err" &&
    [ "$(grep -c 'warning\[KH268\]' "$work/k2.err")" = 2 ] ||
    bad="$bad [$(grep -v '^ ' "$work/k2.err" | head -c 500)]"
verdict "K2 (guard) KH268 names 'Phụ lục 0, Phụ lục 1, Phụ lục 2', and 'Biểu 06' beginning its text; none at 'aBiểu 07', none at 'Biểu 05' labelled 'Biểu 05: Chỉ tiêu'"

# ---- K3: new's note at a period written "2021–2024" and "2020 - 2024" -----------------
edited k3 "    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025
" "    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021–2024
  - text: Căn cứ Nghị quyết số 12/NQ-HĐND về Đề án phát triển giao thông nông thôn giai đoạn 2020 - 2024
"
"$khgen" new --from "$work/p/k3.yaml" --year 2025 -o "$work/p/k3-2025.yaml" >"$work/k3.err" 2>&1
grep -q "k3-2025.yaml:18:91: note: legal basis 1 names a programme's period that ended in 2024, before the new plan's year 2025" "$work/k3.err" &&
    grep -q "k3-2025.yaml:19:101: note: legal basis 2 names a programme's period that ended in 2024, before the new plan's year 2025" "$work/k3.err" ||
    bad="$bad [$(grep 'legal basis' "$work/k3.err" | head -c 400)]"
verdict "K3 (guard) new --year 2025 notes 'giai đoạn 2021–2024' (an en dash) and 'giai đoạn 2020 - 2024' (a spaced '-')"

# ---- K4: an English-locale column with no header, named by its number -------------------
mkdir -p "$work/k4"
"$khgen" build -f md -o "$work/k4" tests/hardening/s44fix/f21.yaml >/dev/null 2>&1
awk '/^\*\*Biểu 03\*\*/{b=1} /^\|/ && !b {gsub(/\./, ",")} {print}' "$work/k4/f21.md" |
    sed 's/| Huy động khác |/|  |/' >"$work/k4/en.md"
grep -q '| Ngân sách địa phương |  |$' "$work/k4/en.md" || bad="$bad [set-up: the header not emptied]"
"$khgen" import -o "$work/k4/en.yaml" "$work/k4/en.md" >/dev/null 2>&1
grep -qF "# review: the figures of column 3 (Ngân sách trung ương), 4 (Ngân sách địa phương), 5 are written with ',' between thousands" "$work/k4/en.yaml" ||
    bad="$bad [$(grep 'review: the figures' "$work/k4/en.yaml" | head -c 300)]"
verdict "K4 (guard) import: English-locale figures under an empty header: 'column ..., 5', no '5 ()'"

# ---- K5: KH181 at "xã và thị trấn", at a one-line issuer of a district, of a thị trấn --------
(cd "$work/p" && "$khgen" init "Xã Tân Dĩnh" --year 2026 -o k5.yaml >/dev/null 2>&1) || bad="$bad [init failed]"
for v in recip district township; do
    case $v in
    recip) i='issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN DĨNH]' r='recipients: [UBND tỉnh, UBND các xã và thị trấn, "Lưu: VT"]' ;;
    district) i='issuer: [UBND HUYỆN LẠNG GIANG]' r='recipients: [UBND tỉnh, "Lưu: VT"]' ;;
    township) i='issuer: [UBND THỊ TRẤN CAO THƯỢNG]' r='recipients: [UBND tỉnh, "Lưu: VT"]' ;;
    esac
    sed -e "s/^  issuer: \[ỦY BAN NHÂN DÂN, XÃ TÂN DĨNH\]/  $i/" -e "s/^recipients: .*/$r/" \
        "$work/p/k5.yaml" >"$work/p/k5-$v.yaml"
    "$khgen" check "$work/p/k5-$v.yaml" >/dev/null 2>"$work/k5-$v.err"
done
grep -q "warning\[KH181\]: the recipient 'UBND các xã và thị trấn' names a thị trấn's People's Committee" "$work/k5-recip.err" ||
    bad="$bad [recipient: $(grep -v '^ ' "$work/k5-recip.err" | head -c 200)]"
grep -q "warning\[KH181\]: the plan for 2026 is issued by 'UBND HUYỆN LẠNG GIANG', a district's People's Committee" "$work/k5-district.err" ||
    bad="$bad [district: $(grep -v '^ ' "$work/k5-district.err" | head -c 200)]"
grep -q "warning\[KH181\]: the plan for 2026 is issued by 'UBND THỊ TRẤN CAO THƯỢNG', a thị trấn's People's Committee" "$work/k5-township.err" ||
    bad="$bad [township: $(grep -v '^ ' "$work/k5-township.err" | head -c 200)]"
verdict "K5 (guard) KH181 at 'UBND các xã và thị trấn'; the issuer 'UBND HUYỆN LẠNG GIANG' a district's, 'UBND THỊ TRẤN CAO THƯỢNG' a thị trấn's"

# ---- K6: KH772's quote of a long struck text, cut at a character's start -----------------
edited k6 "          - para: (Chi tiết theo {att bieu01} đính kèm).
" "          - para: (Chi tiết theo {att bieu01} đính kèm).
          - para: Đạt 100% hộ gia đình ở nông thôn sử dụng nước sạch hợp vệ sinh đạt chuẩn quốc gia.
"
mkdir -p "$work/k6"
"$khgen" build -f docx -o "$work/k6" "$work/p/k6.yaml" >/dev/null 2>&1
# the paragraph struck through (w:strike), "Đạt 95% hộ gia đình." typed after it
"$py" - "$work/k6/k6.docx" "$work/k6/struck.docx" <<'PY' || bad="$bad [set-up: the .docx not edited]"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
files = {n: z.read(n) for n in z.namelist()}
d = files['word/document.xml'].decode()
old = "Đạt 100% hộ gia đình ở nông thôn sử dụng nước sạch hợp vệ sinh đạt chuẩn quốc gia."
o = '<w:t xml:space="preserve">%s</w:t></w:r>' % old
assert o in d and (old.encode()[60] & 0xC0) == 0x80  # byte 60 inside a character
d = d.replace(o, '<w:t xml:space="preserve"></w:t></w:r><w:r><w:rPr><w:strike/></w:rPr>'
              '<w:t xml:space="preserve">%s</w:t></w:r><w:r><w:t xml:space="preserve">'
              ' Đạt 95%% hộ gia đình.</w:t></w:r>' % old, 1)
files['word/document.xml'] = d.encode()
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:
    for n, x in files.items():
        out.writestr(n, x)
PY
timed_case "K6 (guard) import of a .docx whose struck text is 85 characters long" \
    "$khgen" import -o /dev/null "$work/k6/struck.docx"
grep -q "warning\[KH772\]: '[^']*struck.docx' has 1 piece of struck-through text (the first: 'Đạt 100% hộ gia đình ở nông thôn sử dụng nư\.\.\.')" "$work/err" ||
    bad="$bad [$(grep -v '^ ' "$work/err" | head -c 300)]"
verdict "K6 (guard) KH772 quotes the struck text's first 60 bytes cut at a character's start, '... sử dụng nư...'"

# ---- K7: the issuer's line measured in bold; two words on two lines ----------------------
for v in khdt two; do
    case $v in
    khdt) l='SỞ KẾ HOẠCH VÀ ĐẦU TƯ' want='<p>SỞ KẾ HOẠCH</p><p>VÀ ĐẦU TƯ</p>' ;;
    two) l='TRUNGTÂMPHÁTTRIỂN QUỸĐẤTHUYỆNYÊN' want='<p>TRUNGTÂMPHÁTTRIỂN</p><p>QUỸĐẤTHUYỆNYÊN</p>' ;;
    esac
    edited k7$v "issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]" "issuer: [UBND TỈNH BẮC GIANG, \"$l\"]"
    "$khgen" build -f html -o "$work/k7" "$work/p/k7$v.yaml" >/dev/null 2>&1
    grep -qF "<div class=\"issuer\"><p>UBND TỈNH BẮC GIANG</p>$want</div>" "$work/k7/k7$v.html" ||
        bad="$bad [$v: $(grep -o '<div class="issuer">.*</div>' "$work/k7/k7$v.html" | head -c 200)]"
done
verdict "K7 (guard) the issuer line 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ' (too wide in bold) broken before 'VÀ'; two words too wide together on two lines"

# ---- K8: the HTML's issuer lines and keep-with blocks ------------------------------------
mkdir -p "$work/k8"
"$khgen" build -f html -o "$work/k8" "$work/p/ex.yaml" >/dev/null 2>&1
"$py" - "$work/k8/ex.html" <<'PY' || bad="$bad [$(cat "$work/k8/why")]"
import sys
h = open(sys.argv[1], encoding='utf-8').read()
want = ['<div class="issuer"><p>ỦY BAN NHÂN DÂN</p><p>HUYỆN YÊN THẾ</p></div>',
        '<div class="keep-with">\n<p class="section keep-next"><strong>I. MỤC TIÊU</strong></p>\n'
        '<p class="clause keep-next"><strong>1. Cấp xã</strong></p>\n'
        '<p class="bullet">- Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp đạt chuẩn nông thôn mới.</p>\n</div>\n'
        '<p class="bullet">- Hoàn thành xây dựng xã Đồng Lạc',
        '<div class="keep-with">\n<p class="section keep-next"><strong>II. TỔ CHỨC THỰC HIỆN</strong></p>\n'
        '<p class="clause keep-next"><strong>1. Phòng Tài chính - Kế hoạch</strong></p>\n'
        '<p class="task">- Tham mưu phân bổ nguồn vốn năm 2024.</p>\n</div>\n<p class="task-line">']
missing = [w[:60] for w in want if w not in h]
n_open = h.count('<div class="keep-with">')
if missing or n_open != 2:
    open(sys.argv[1].rsplit('/', 1)[0] + '/why', 'w').write('missing %r; %d blocks' % (missing, n_open))
    sys.exit(1)
PY
verdict "K8 (guard) the HTML prints the issuer's two lines, each section's heading, and its clause's heading and first line in one keep-with block"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
