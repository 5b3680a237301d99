#!/bin/sh
# tests/hardening/review26b.sh KHGEN WORKDIR - what session 26's second
# white-box review (s26review2) found in the session's own new code,
# attacked with inputs that are not khgen's own output (issue 8):
#  H1 the data-key index of query.c (a figure's or a table's data key,
#     asked once per plan) hashed keys with djb2 ("h * 33 + c"), which gives
#     every key built of the blocks "Ez" and "FY" one hash: 40,000
#     localities, each with a data key of its own, made one chain, walked
#     per key (quadratic: 20,000 took 1.15 s, 40,000 4.5 s). The same hash
#     indexed the plan's ids (plan.c; "c-" and "ao" collide in ids' own
#     letters: 40,000 localities took 2.7 s). Both now hash with
#     str_hash64, StrSet's FNV-1a mixed down, and compare the full hash;
#  H2 a .md's small capitals (pandoc gfm's <span class="smallcaps">, new
#     this session, and "[...]{.smallcaps}") read in capitals with the
#     address of a link inside them: "[số 12](https://x.vn/Van-Ban/QD12.pdf)"
#     imported "[SỐ 12](HTTPS://X.VN/VAN-BAN/QD12.PDF)", exit 0, a path the
#     server does not find. Now the words in capitals, the address as written;
#  H3 an embedded document (w:altChunk, a .docx) read its [Content_Types].xml
#     (session 26 raised its limit from 1 MiB to 32 MiB, read when its main
#     part is outside word/) and its relationships outside what the
#     embedded documents may unpack together: 16 embedded packages of 2 KB
#     each parsing 4 MiB (a 42 KB file: 1.8 s; of 30 MiB: 11 s and 500 MB).
#     Now both are taken from that budget, and past it KH755, as any part.
#  H4 KH020 (this session: variation selectors) told a plan with a check
#     mark or a telephone typed from Windows' emoji panel ("✔️", "☎️",
#     U+FE0F after the symbol, which picks its emoji form) that an invisible
#     character "splits a word or an id": a warning on correct text. Now
#     silent after a symbol; after a letter, a space or another selector
#     it is warned at as before.
#  H5 the page headers and footers import does not read (this session: a
#     '# review:' note each, up to 1,000 bytes) were bounded per part, not
#     per document: 9,990 footers, one per section, of a 3 MB .docx wrote
#     11 MB of notes. Now the first 32 are written, the rest counted in one
#     note (KH759 still counts them all).
#  H6 a page footer's hyperlink (its address in the footer's own
#     relationships, this session's docx_chunks_of_part) read the
#     package's [Content_Types].xml again for each footer: 20 footers over
#     8 MiB of content types took 3.4 s from a 38 KB file (linear in
#     footers times types: thousands of footers, hours). Now the content
#     types are read once for all parts, and a part's relationships within
#     the embedded documents' budget.
# Each case fails with the binary from before its fix; the controls passed
# before and must still. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# ---- H1: keys and ids that collide in djb2 -----------------------------------------------
# collide KIND N OUT: README's example with N localities, each with a data
# key of its own (KIND keys) or an id (KIND ids) built of two blocks that
# djb2 hashes alike
collide() {
    /usr/bin/python3 - "$work/p/ex.yaml" "$3" "$1" "$2" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
kind, n = sys.argv[3], int(sys.argv[4])
def key(i, a, b):
    return ''.join(a if (i >> k) & 1 else b for k in range(17))
if kind == 'keys':
    locs = ''.join('  - {id: l%d, name: Xã %d, kind: xã, data: {x%s: %d}}\n'
                   % (i, i, key(i, 'Ez', 'FY'), i) for i in range(n))
    figs = ''.join('          - bullet: "{count localities data.x%s!=%d}"\n'
                   % (key(i, 'Ez', 'FY'), i) for i in range(20))
else:
    locs = ''.join('  - {id: x%s, name: Xã %d, kind: xã}\n' % (key(i, 'c-', 'ao'), i)
                   for i in range(n))
    figs = ''
s = re.sub(r'localities:\n(  - .*\n)+', 'localities:\n' + locs + '\n', s, count=1)
s = s.replace('{loc dong-huu tan-hiep}', 'X').replace('{loc dong-lac}', 'X')
s = s.replace('          - para: (Chi tiết', figs + '          - para: (Chi tiết', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
collide keys 30000 "$work/p/h1keys.yaml"
timed_case "H1 check of 30,000 localities whose data keys djb2 hashes alike" "$timed" check "$work/p/h1keys.yaml"
collide ids 30000 "$work/p/h1ids.yaml"
timed_case "H1 check of 30,000 localities whose ids djb2 hashes alike" "$timed" check "$work/p/h1ids.yaml"
# control: the keys still found (a figure over one counts what it did)
collide keys 3 "$work/p/h1small.yaml"
"$khgen" build -f md -o "$work/h1md" "$work/p/h1small.yaml" >"$work/out" 2>"$work/err"
if [ $? -eq 0 ] && grep -q '^- 2$' "$work/h1md/h1small.md"; then
    ok "H1 control: a figure over a data key counts as before"
else
    not_ok "H1 control: $(grep -n '^- ' "$work/h1md/h1small.md" 2>/dev/null | head -3) $(head -c 300 "$work/err")"
fi

# ---- H2: a link inside small capitals ------------------------------------------------------
"$khgen" build -f md -o "$work/h2" "$work/p/ex.yaml" >/dev/null 2>&1
line='- Hoàn thành xây dựng xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.'
for form in '<span class="smallcaps">Quyết định [số 12](https://x.vn/Van-Ban/QD12.pdf)</span>' \
            '[Quyết định [số 12](https://x.vn/Van-Ban/QD12.pdf)]{.smallcaps}'; do
    sed "s|^$line\$|- Hoàn thành theo $form nhé.|" "$work/h2/ex.md" >"$work/h2/sc.md"
    rm -f "$work/h2/sc.yaml"
    "$khgen" import -o "$work/h2/sc.yaml" "$work/h2/sc.md" >"$work/out" 2>"$work/err"
    st=$?
    got=$(grep -F 'Hoàn thành theo' "$work/h2/sc.yaml" 2>/dev/null)
    case $got in
    *'QUYẾT ĐỊNH [SỐ 12](https://x.vn/Van-Ban/QD12.pdf) nhé.'*) ok "H2 $(printf '%s' "$form" | cut -c1-24): the words in capitals, the link's address as written" ;;
    *) not_ok "H2 $form: exit $st, got '$got'" ;;
    esac
done

# ---- H3: embedded documents' content types and relationships over the budget -------------
for kind in types rels; do
    /usr/bin/python3 "$(dirname "$0")/review26b_chunks.py" $kind 16 4 "$work/h3$kind.docx"
    rm -f "$work/h3$kind.yaml"
    timed_case "H3 import of 16 embedded documents, each with a $kind part of 4 MiB" \
        "$timed" import -o "$work/h3$kind.yaml" "$work/h3$kind.docx"
    rm -f "$work/h3$kind.yaml"
    "$khgen" import -o "$work/h3$kind.yaml" "$work/h3$kind.docx" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -ne 0 ] && grep -q 'error\[KH755\].*embedded documents' "$work/err" && [ ! -e "$work/h3$kind.yaml" ]; then
        ok "H3 $kind: KH755, the embedded documents' budget, nothing written"
    else
        not_ok "H3 $kind: exit $st; got: $(head -c 300 "$work/err")"
    fi
done

# ---- H4: a variation selector after a symbol ------------------------------------------------
/usr/bin/python3 - "$work/p/ex.yaml" "$work/p/h4.yaml" "$work/p/h4bad.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
para = '          - para: (Chi tiết'
good = s.replace(para, '          - para: "Đã xong \u2714\ufe0f, đang làm \u2611\ufe0f; gọi \u260e\ufe0f hoặc bấm 1\ufe0f\u20e3."\n' + para, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(good)
bad = s.replace(para, '          - para: "Đã xong Tài\ufe0f chính, \ufe0f\ufe0f."\n' + para, 1)
open(sys.argv[3], 'w', encoding='utf-8').write(bad)
PY
"$khgen" check "$work/p/h4.yaml" >"$work/out" 2>"$work/err"
st=$?
if [ $st -eq 0 ] && ! grep -q 'KH020' "$work/err"; then
    ok "H4 a check mark, a ballot box, a telephone and a keycap in their emoji form: no KH020"
else
    not_ok "H4 emoji forms: exit $st; $(head -c 300 "$work/err")"
fi
"$khgen" check --max-errors 0 "$work/p/h4bad.yaml" >"$work/out" 2>"$work/err" # each printed
n=$(grep -c 'warning\[KH020\]: invisible zero-width character U+FE0F' "$work/err")
[ "$n" -eq 3 ] && ok "H4 control: a selector after a letter, a space or a selector still KH020 (3)" ||
    not_ok "H4 control: $n KH020, want 3: $(head -c 300 "$work/err")"

# ---- H5: a note per page footer, 200 footers ---------------------------------------------
/usr/bin/python3 - "$work/h5.docx" 200 <<'PY'
import sys, zipfile
out, n = sys.argv[1], int(sys.argv[2])
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
def para(t): return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
body = ''.join(para(t) for t in [
    'ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/KH-UBND', 'An Bình, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2024',
    'I. MỤC TIÊU', '1. Cấp xã', '- Hoàn thành nhiệm vụ.'])
body += ''.join('<w:p><w:pPr><w:sectPr><w:footerReference w:type="default" r:id="rF%d"/></w:sectPr></w:pPr></w:p>' % i
                for i in range(n))
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', RELS % ('<Relationship Id="r1" Type="%sofficeDocument" Target="word/document.xml"/>' % RT))
    z.writestr('word/document.xml', '<w:document %s><w:body>%s</w:body></w:document>' % (W, body))
    z.writestr('word/_rels/document.xml.rels', RELS % ''.join(
        '<Relationship Id="rF%d" Type="%sfooter" Target="footer%d.xml"/>' % (i, RT, i) for i in range(n)))
    for i in range(n):
        z.writestr('word/footer%d.xml' % i, '<w:ftr %s>%s</w:ftr>' % (W, para('Chân trang %d ' % i + 'ghi chú lề dưới ' * 60)))
PY
rm -f "$work/h5.yaml"
"$khgen" import -o "$work/h5.yaml" "$work/h5.docx" >"$work/out" 2>"$work/err"
st=$?
notes=$(grep -c '^# review: text in the top or bottom margin' "$work/h5.yaml" 2>/dev/null)
if [ $st -eq 0 ] && [ "$notes" -eq 32 ] && grep -q '^# review: 168 more page headers or footers holding words' "$work/h5.yaml" &&
    grep -q 'KH759.* has 200 page headers or footers' "$work/err"; then
    ok "H5 200 page footers: 32 notes and one that counts the other 168; KH759 counts 200"
else
    not_ok "H5 200 page footers: exit $st, $notes notes; $(grep -c . "$work/h5.yaml" 2>/dev/null) lines; $(head -c 200 "$work/err")"
fi

# ---- H6: footers with a link each over large content types ---------------------------------
/usr/bin/python3 "$(dirname "$0")/review26b_footers.py" 40 4 "$work/h6.docx"
rm -f "$work/h6.yaml"
timed_case "H6 import of 40 footers, each with a link, over 4 MiB of content types" \
    "$timed" import -o "$work/h6.yaml" "$work/h6.docx"
rm -f "$work/h6.yaml"
"$khgen" import -o "$work/h6.yaml" "$work/h6.docx" >"$work/out" 2>"$work/err"
grep -qF '(word/footer31.xml), which Word prints there and import does not read: [Cổng 31](https://x.vn/31)' "$work/h6.yaml" &&
    ok "H6 control: a footer's link still read from its own relationships" ||
    not_ok "H6 control: $(grep -c review "$work/h6.yaml" 2>/dev/null) notes; $(head -c 300 "$work/err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
