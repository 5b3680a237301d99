#!/bin/sh
# tests/hardening/valgrind37.sh KHGEN WORKDIR - the libraries' memory under
# valgrind's memcheck (issue 8, session 37). Debian's libcmark, libyaml,
# libxml2, libxlsxwriter and libzip are not built with the sanitizers: a
# node khgen frees while a library's iterator stands on it, a pointer it
# hands a library to memory it has freed, a buffer a library reads past
# khgen's end are invisible to ASan and to the libFuzzer targets (s37review
# H1: give_empty_links_text freed a link's text under cmark's iterator,
# "[ ](https://a.vn)" crashed -f md and -f html, and neither saw it).
# memcheck sees them. Each case runs the release build under memcheck
# (--error-exitcode=99) over one input that walks one library path, and
# asserts the status is not 99 (nor a crash, above 3):
#  C1  build -f md,html,docx,xlsx of README's example with a text of every
#      inline Markdown construct in each field where the tree is edited
#      (links of blanks, of no text, of a no-break space, around an image or
#      emphasis; images; autolinks; raw HTML; code spans; nested and
#      intraword emphasis; hard breaks): cmark's trees read and edited,
#      libxlsxwriter, libzip writing, libxml2 (the .docx's parts); fails at
#      8804c8c5, the parent of 0734615e (memcheck's "Invalid read" in
#      cmark_iter_next under give_empty_links_text, -f md, html and docx);
#  C2  import of C1's .docx (libzip reading, libxml2, Word's numbering);
#  C3  import of C1's .md (cmark reading a whole document, tables);
#  C4  import of a .docx whose w:altChunks hold HTML, a WordprocessingML
#      part and text (libxml2's HTML parser, the chunks' relationships: the
#      fuzz seed altchunk.xml zipped as fuzz_import_docx.c zips it), of one
#      whose w:altChunk is a whole .docx package, and of one whose signature
#      sits in tab columns (docx_tabcols.c cuts copies of libxml2 trees);
#  C5  diff --format md and --format html of README's example against C1's
#      plan (diff.c's and diff_links.c's cmark walks);
#  C6  check of a plan with an include, and of one with a YAML syntax
#      error under a quoted text (libyaml's error path, the loader's spans).
#  C7  (session 38) new --year of C1's plan and diff of the two (the
#      terminal format); C8 convert of UTF-16, UTF-32 and TCVN3 text; C9
#      import of a seed .txt: the commands s37vg's sweep left out. s38low
#      ran them, -f pdf and import of pdftotext's text on plans/ and the
#      seeds under memcheck (no error); -f pdf is not a case here: it
#      starts Chromium, seconds of wall time, and memcheck sees only
#      khgen's side of it, the HTML it hands over and the file it renames.
#      C7-C9 are guards (nothing was found to fail them).
# At 8804c8c5 C1, C2, C3 and C5 fail (all four print C1's texts through
# give_empty_links_text); C4 and C6 are guards of paths nothing broke yet.
# The sweep behind it (session 37, s37vg: plans/, a sample of tests/diag and
# of the fuzz corpora, plans of every inline construct, every format) found
# no other error. valgrind is in tools/deps.sh's test packages; without it
# the suite says so and checks nothing. It cannot run a sanitizers' build
# (it aborts): given one, it runs ./khgen, the release build beside it.
# Seventeen runs under memcheck: about 15 s of CPU time (20-40 s of wall
# time on a busy machine of two cores).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

vg_khgen=$khgen
if grep -q __asan_init "$khgen" 2>/dev/null; then
    vg_khgen=$top/khgen
    grep -q __asan_init "$vg_khgen" 2>/dev/null && vg_khgen=
fi
if ! command -v valgrind >/dev/null 2>&1 || [ ! -x "$vg_khgen" ]; then
    echo "# valgrind or a build without the sanitizers is missing: nothing checked"
    echo "$pass passed, $fail failed"
    exit 0
fi

# vg NAME ARGS...: khgen ARGS under memcheck, its report in $work/NAME.vg,
# its status in $st; bad gets NAME's status and memcheck's first lines
# when memcheck found an error (99) or khgen crashed (above 3)
vg() {
    _n=$1
    shift
    valgrind --error-exitcode=99 --leak-check=no -q --log-file="$work/$_n.vg" \
        "$vg_khgen" "$@" >"$work/$_n.out" 2>"$work/$_n.err"
    st=$?
    if [ "$st" -gt 3 ]; then
        bad="$bad [$_n: status $st: $(grep -m1 -A3 '^==[0-9]*== [A-Z]' "$work/$_n.vg" | sed 's/==[0-9]*== *//' | tr '\n' ' ' | cut -c1-300)]"
    fi
}

# ---- C1: every inline construct, every format --------------------------------
# c1.yaml: README's example, the constructs added to ten of its texts
/usr/bin/python3 - "$P/ex.yaml" "$P/c1.yaml" <<'PY'
import json, sys
s = open(sys.argv[1], encoding='utf-8').read()
I = ('[ ](https://a.vn) [](https://b.vn) [\u00a0](https://c.vn) [  ](https://d.vn)[ ](https://e.vn) '
     '*[ ](https://f.vn)* **[](https://g.vn)** [**\u00a0**](https://h.vn) [*a* `c`](https://i.vn) '
     '![ảnh](https://j.vn/i.png) ![](x.png) [![i](x.png)](https://k.vn) [![ ](x.png)](https://l.vn) '
     '<https://m.vn> <a@b.vn> https://n.vn www.o.vn [j](javascript:alert(1)) [m](mailto:a@b.vn) '
     '<b>thô</b> <!-- c --> &amp; &#0; `mã` `` x`y `` *nghiêng **đậm** nữa* a**b**c Hưu*x* ***cả*** '
     '[x][r] \\[esc\\] [a](<>) ~~s~~')
H = 'a\\\nb  \nc [x\ny](https://p.vn) [ \n ](https://q.vn) `c\nd` '
def q(t):
    return json.dumps(t, ensure_ascii=False)
for old, new in [
        ('title: Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện năm 2024',
         'title: ' + q(I + ' Triển khai thực hiện năm 2024')),
        ('- text: Căn cứ tình hình thực tế của địa phương', '- text: ' + q('Căn cứ ' + I + ' của địa phương')),
        ('opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"',
         'opening: ' + q(H + I + ' UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:')),
        ('- clause: Cấp xã', '- clause: ' + q('Cấp xã ' + I)),
        ('- para: (Chi tiết theo {att bieu01} đính kèm).',
         '- para: ' + q('(Chi tiết theo {att bieu01} đính kèm) ' + H + I + '.')),
        ('text: Tham mưu phân bổ nguồn vốn năm {year}.', 'text: ' + q(I + ' Tham mưu phân bổ nguồn vốn năm {year}.')),
        ('{task: Rà soát hồ sơ các xã,', '{task: ' + q('Rà soát ' + I + ' hồ sơ') + ','),
        ('closing: Trên đây là Kế hoạch năm {year} của UBND huyện.',
         'closing: ' + q(H + I + ' Trên đây là Kế hoạch năm {year} của UBND huyện.')),
        ('recipients: [UBND tỉnh,', 'recipients: [' + q('UBND tỉnh ' + I) + ','),
        ('title: Danh sách xã phấn đấu đạt chuẩn năm 2024', 'title: ' + q(I + ' Danh sách xã năm 2024'))]:
    if old not in s:
        sys.exit('c1: %r not in the example' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
bad=
"$khgen" check "$P/c1.yaml" >/dev/null 2>"$work/c1.check" ||
    bad=" [setup: the plan does not check: $(grep -m1 'error' "$work/c1.check" | cut -c1-200)]"
vg c1 build -f md,html,docx,xlsx -o "$work/o" "$P/c1.yaml"
for f in md html docx xlsx; do
    [ -s "$work/o/c1.$f" ] || bad="$bad [no c1.$f]"
done
verdict "C1 links of blanks (s37review H1), images, autolinks, raw HTML, code, emphasis, breaks in every field: build -f md,html,docx,xlsx clean under memcheck"

# ---- C2, C3: import of what C1 wrote ---------------------------------------------
bad=
vg c2 import -o "$work/c2.yaml" "$work/o/c1.docx"
[ -s "$work/c2.yaml" ] || bad="$bad [c2: no plan written, status $st]"
verdict "C2 import of C1's .docx clean under memcheck"
bad=
vg c3 import -o "$work/c3.yaml" "$work/o/c1.md"
[ -s "$work/c3.yaml" ] || bad="$bad [c3: no plan written, status $st]"
verdict "C3 import of C1's .md clean under memcheck"

# ---- C4: a .docx's altChunk and tab columns --------------------------------------
bad=
S=$top/tests/fuzz/seeds/import_docx
/usr/bin/python3 - "$S/altchunk.xml" "$work/c4.docx" <<'PY'
import re, sys, zipfile
parts = re.split(rb'\n----([a-z.]+)----\n', open(sys.argv[1], 'rb').read())
where = {'document.xml.rels': 'word/_rels/document.xml.rels'}
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
      'openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType='
      '"application/xml"/><Default Extension="htm" ContentType="text/html"/><Default Extension='
      '"txt" ContentType="text/plain"/><Override PartName="/word/chunk.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName='
      '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'wordprocessingml.document.main+xml"/></Types>')
with zipfile.ZipFile(sys.argv[2], 'w') as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('word/document.xml', parts[0])
    for name, body in zip(parts[1::2], parts[2::2]):
        z.writestr(where.get(name.decode(), 'word/' + name.decode()), body)
PY
vg c4a import -o "$work/c4a.yaml" "$work/c4.docx"
grep -q 'Đoạn \*\*đậm\*\* \*nghiêng\*' "$work/c4a.yaml" 2>/dev/null ||
    bad="$bad [c4a: the HTML chunk's paragraph not imported, status $st]"
vg c4b import -o "$work/c4b.yaml" "$S/altchunk-nested-package.docx"
vg c4c import -o "$work/c4c.yaml" "$S/office-tabsig.docx"
verdict "C4 import of a .docx with altChunks of HTML, XML and text, of one with a nested package, of one with tab columns clean under memcheck"

# ---- C5: diff --------------------------------------------------------------------
bad=
vg c5md diff --format md "$P/ex.yaml" "$P/c1.yaml"
[ "$st" -eq 1 ] || bad="$bad [c5md: status $st, not 1 (changed)]"
vg c5html diff --format html "$P/ex.yaml" "$P/c1.yaml"
[ "$st" -eq 1 ] || bad="$bad [c5html: status $st, not 1 (changed)]"
verdict "C5 diff --format md and html of the example against C1's plan clean under memcheck"

# ---- C6: libyaml's error path, an include ------------------------------------------
mkdir -p "$work/c6"
printf 'units:\n  - {id: kt, name: "Phòng Kinh tế"}\n' >"$work/c6/units.yaml"
{ echo 'include: [units.yaml]'; cat "$P/ex.yaml"; } >"$work/c6/inc.yaml"
sed 's/^closing: Trên đây là/closing: "Trên đây\n\xc2\xa0 là: X\n   bad: [/' "$P/ex.yaml" >"$work/c6/syntax.yaml"
bad=
vg c6a check "$work/c6/inc.yaml"
[ "$st" -le 1 ] || bad="$bad [c6a: status $st: $(grep -m1 error "$work/c6a.err")]"
vg c6b check "$work/c6/syntax.yaml"
[ "$st" -eq 1 ] && grep -q 'error' "$work/c6b.err" || bad="$bad [c6b: status $st, no error told]"
verdict "C6 check of a plan with an include and of one with a YAML syntax error in a quoted text clean under memcheck"

# ---- C7-C9 (session 38, s38low): new, convert, import of a text -----------------
bad=
vg c7a new --from "$P/c1.yaml" --year 2025 -o "$P/c7.yaml"
[ "$st" -eq 0 ] && [ -s "$P/c7.yaml" ] || bad="$bad [c7a: status $st, $(grep -m1 . "$work/c7a.err" | cut -c1-200)]"
vg c7b diff "$P/c1.yaml" "$P/c7.yaml"
[ "$st" -eq 1 ] || bad="$bad [c7b: status $st, not 1 (changed)]"
verdict "C7 new --year of C1's plan (the source edited in place) and diff of the two, terminal format, clean under memcheck"
bad=
/usr/bin/python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
text = 'Trên đây là Kế hoạch năm 2024 của UBND huyện Yên Thế.\nĐồng Hưu, Tân Hiệp: đạt chuẩn nông thôn mới.\n'
open(w + '/c8.utf16', 'wb').write(text.encode('utf-16'))
open(w + '/c8.utf32be', 'wb').write(text.encode('utf-32-be'))
# TCVN3 as Windows-1252 shows it (README's KH027): its bytes are TCVN3's
open(w + '/c8.tcvn3', 'wb').write('Trªn ®©y lµ KÕ ho¹ch n¨m 2024.\n'.encode('cp1252'))
PY
vg c8a convert "$work/c8.utf16" -o "$work/c8a.txt"
grep -q 'Trên đây là Kế hoạch' "$work/c8a.txt" 2>/dev/null || bad="$bad [c8a: status $st]"
vg c8b convert --from utf-32be "$work/c8.utf32be" -o -
grep -q 'Đồng Hưu' "$work/c8b.out" || bad="$bad [c8b: status $st]"
vg c8c convert --from tcvn3 "$work/c8.tcvn3" -o -
grep -q 'Trên đây là Kế hoạch năm 2024' "$work/c8c.out" || bad="$bad [c8c: status $st, $(head -c 80 "$work/c8c.out")]"
verdict "C8 convert of UTF-16, UTF-32 (--from) and TCVN3 text clean under memcheck"
bad=
vg c9 import -o "$work/c9.yaml" "$top/tests/seeds/krong-no-2022.txt"
[ -s "$work/c9.yaml" ] || bad="$bad [c9: no plan written, status $st]"
verdict "C9 import of a seed .txt (the text reader, its tables and signature) clean under memcheck"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
