#!/bin/sh
# tests/hardening/s50fuzz.sh KHGEN WORKDIR - what session 50's fuzzing of
# `khgen import` of a .docx found, past the new parts its harness zips
# (tests/fuzz/fuzz_import_docx.c; report /tmp/lead50/r_s50fuzz.md of that
# machine). Each case fails at 6825de1f (session 49's stop) unless it is
# named a guard:
#  F1   a run's own mc:AlternateContent (w:r > mc:AlternateContent >
#       mc:Choice|mc:Fallback > w:t, as a writer may put the text of a run
#       that needs a newer reader) lost the run's text: the readers know a
#       run's w:t only as its child, so the title, the date line and the
#       bases holding "năm 2024" lost those words, exit 0, where Word shows
#       the branch it takes. Now the AlternateContent is replaced by that
#       branch's content (docx_mce.c): with a Choice requiring w14 (taken)
#       and one requiring a third party's namespace (its Fallback taken),
#       the import is the original's, line for line.
#  F1b  the same with the namespaces declared on the AlternateContent and
#       on its branches themselves (attack22's shape), the Choice requiring
#       a namespace only it declares: the Fallback's text, once, the
#       Choice's never (fails at 6825de1f as F1 does; catches an unwrap
#       that splices the wrong branch or both, and, under the sanitizers,
#       one that frees the declarations what it moved still uses).
#  F2   a row of a Biểu every cell of which was deleted with Track Changes
#       (w:cellDel on each: Word's Delete Cells on a whole row) was left
#       empty once its cells were dropped, and read as a paragraph "|": Biểu
#       02 of khgen's own .docx came back as 23 '# review:' lines (KH762)
#       instead of a table (a small table: split in two), exit 0; Word
#       shows no such row. Now the row goes with its cells: the import is
#       the original's. (At 6825de1f, before cells were dropped, the row
#       was read as a row of the Biểu: it fails there too.)
#  F2g  (guard) a row with one cell left of its cells deleted keeps that
#       cell (catches a fix that drops every row that lost a cell).
#  F3   a .docx whose main part names a custom XML part (a customXml
#       relationship) that has no item properties, with a content control
#       bound to a data store, made docx_bind.c's search for the store's
#       part start again at the first relationship after the last, forever:
#       import hung and took memory until the system killed it (23 GB in 90
#       s, 4 KB of input; tests/fuzz/crashes/import_docx/
#       timeout-bind-item-without-props, the campaign's input, zipped as
#       the harness zips it). Now each relationship is looked at once: exit
#       0, the control keeps its saved text (date 2024-01-10). Run under a
#       memory limit and the CPU guard (at e7735bb2 the guard kills it).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/out" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; echo "$pass passed, $fail failed"; exit 1; }
src=$work/out/yen-the-2024.docx
mkdir -p "$work/gen"
# each w:t holding "năm 2024" (the title, the date line, bases) put in an
# mc:AlternateContent inside its run; VARIANT: the Choice and Fallback
/usr/bin/python3 - "$src" "$work/gen" <<'PY' 2>"$work/gen.err" || { not_ok "generator: $(head -c 300 "$work/gen.err")"; echo "$pass passed, $fail failed"; exit 1; }
import re, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
T = re.compile(r'<w:t(?: [^>]*)?>([^<]*năm 2024[^<]*)</w:t>')
def alt(m, shape):
    t, other = m.group(0), '<w:t>%s</w:t>' % m.group(1).replace('năm 2024', 'năm 2099')
    if shape == 'w14':
        return '<mc:AlternateContent><mc:Choice Requires="w14">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent>' % (t, other)
    if shape == 'unknown':
        return '<mc:AlternateContent><mc:Choice Requires="xx">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent>' % (other, t)
    return ('<mc:AlternateContent xmlns:mc2="%s"><mc:Choice xmlns:yy="urn:example:y" Requires="yy">%s<yy:x/></mc:Choice>'
            '<mc:Fallback xmlns:zz="http://schemas.microsoft.com/office/word/2010/wordml">%s</mc:Fallback>'
            '</mc:AlternateContent>' % (MC, other, t))
def deleted_row(doc, keep):
    """Biểu 02's (the third table's) first row of a criterion once more before itself,
    each of its cells but the first `keep` marked w:cellDel."""
    t = [m.start() for m in re.finditer('<w:tbl>', doc)][2]
    rows = [m for m in re.finditer(r'<w:tr[ >].*?</w:tr>', doc[t:], re.S)]
    row = rows[2].group(0)
    cells = re.findall(r'<w:tc>.*?</w:tc>', row, re.S)
    assert len(cells) >= 3 and all(c.startswith('<w:tc><w:tcPr>') for c in cells), cells[:1]
    new = row
    for c in cells[keep:]:
        new = new.replace(c, c.replace('<w:tcPr>', '<w:tcPr><w:cellDel w:id="9" w:author="A"/>', 1), 1)
    at = t + rows[2].start()
    return doc[:at] + new + doc[at:]
for shape in ('w14', 'unknown', 'declared', 'rowdel', 'rowkeep'):
    z = zipfile.ZipFile(src)
    doc = z.read('word/document.xml').decode('utf-8')
    n = len(T.findall(doc))
    assert n >= 3, n
    decl = 'xmlns:mc="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:xx="urn:example:x" ' % MC
    if shape.startswith('row'):
        doc = deleted_row(doc, 0 if shape == 'rowdel' else 1)
    else:
        doc = T.sub(lambda m: alt(m, shape), doc).replace('<w:document ', '<w:document ' + decl, 1)
    with zipfile.ZipFile('%s/%s.docx' % (out, shape), 'w', zipfile.ZIP_DEFLATED) as zo:
        for i in z.infolist():
            zo.writestr(i.filename, doc.encode('utf-8') if i.filename == 'word/document.xml' else z.read(i.filename))
PY
"$guard" 30 "$khgen" import "$src" -o "$work/orig.yaml" 2>/dev/null
tail -n +2 "$work/orig.yaml" >"$work/orig.body"
grep -q 'date: 2024-01' "$work/orig.body" || not_ok "the original's import has no 'date: 2024-01'"

# imported NAME: import gen/NAME.docx; 0 when it exits 0 and its plan (past
# the line naming the file) is the original's
imported() {
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err" || return 1
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/orig.body"
}
# ---- F1: a run's own AlternateContent --------------------------------------------------
bad=
for v in w14 unknown; do
    imported $v || bad="$bad [$v: $(diff "$work/orig.body" "$work/$v.yaml" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "F1 a run's text in an mc:AlternateContent inside the run: the branch Word takes is read (the plan the original's)"
else
    not_ok "F1:$bad"
fi
bad=
imported declared || bad="$bad [$(grep -c 2099 "$work/declared.yaml") lines of 2099: $(diff "$work/orig.body" "$work/declared.yaml" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F1b namespaces declared on the AlternateContent and its branches: the Fallback taken, once, the Choice never"
else
    not_ok "F1b:$bad"
fi

# ---- F2: a row all of whose cells were deleted ---------------------------------------
bad=
imported rowdel || bad="$bad [$(grep -c 'para: "|"' "$work/rowdel.yaml") paragraphs '|': $(diff "$work/orig.body" "$work/rowdel.yaml" | grep '^[<>]' | head -3 | tr '\n' '|' | head -c 300)]"
if [ -z "$bad" ]; then
    ok "F2 a Biểu's row whose every cell was deleted with Track Changes: no row, no paragraph '|', the Biểu whole (the plan the original's)"
else
    not_ok "F2:$bad"
fi
bad=
"$guard" 30 "$khgen" import "$work/gen/rowkeep.docx" -o "$work/rowkeep.yaml" 2>"$work/rowkeep.err" || bad="$bad [exit $?]"
# the kept cell (the row's first, its number) read: one row more than the original's Biểu 02
sed -n '/id: bieu-02$/,/id: bieu-03$/p' "$work/orig.yaml" >"$work/orig.b02"
sed -n '/id: bieu-02$/,/id: bieu-03$/p' "$work/rowkeep.yaml" >"$work/rowkeep.b02"
o=$(grep -c '^ *- {c1' "$work/orig.b02"); k=$(grep -c '^ *- {c1' "$work/rowkeep.b02")
[ "$o" -gt 0 ] && [ "$k" -eq $((o + 1)) ] || bad="$bad [rows of Biểu 02: $o in the original's import, $k with the row of one cell left]"
grep -q 'para: "|"' "$work/rowkeep.yaml" && bad="$bad [a paragraph '|']"
if [ -z "$bad" ]; then
    ok "F2g (guard) a row with one cell left of its deleted cells is kept, as a row of the Biểu"
else
    not_ok "F2g:$bad"
fi

# ---- F3: a custom XML part without item properties -----------------------------------
bad=
# the fuzz input zipped as tests/fuzz/fuzz_import_docx.c zips it: document.xml,
# then each part after its marker line
/usr/bin/python3 - "$top/tests/fuzz/crashes/import_docx/timeout-bind-item-without-props" "$work/f3.docx" <<'PY' || bad="$bad [zip]"
import sys, zipfile
parts = [("document.xml.rels", "word/_rels/document.xml.rels"), ("item1.xml", "customXml/item1.xml"),
         ("item1.xml.rels", "customXml/_rels/item1.xml.rels"), ("itemProps1.xml", "customXml/itemProps1.xml")]
data = open(sys.argv[1], "rb").read()
at = {n: data.find(b"\n----%s----\n" % m.encode()) for m, n in parts}
at = {n: (i, i + len(m) + 10) for (m, n) in parts for i in [at[n]] if i >= 0}
ends = sorted([i for i, _ in at.values()] + [len(data)])
with zipfile.ZipFile(sys.argv[2], "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", data[:ends[0]])
    for n, (i, start) in at.items():
        z.writestr(n, data[start:min(e for e in ends if e > i)])
PY
# The loop allocated each turn (23.9 GB before the kernel killed it): memory is
# bounded to 1 GB, by `ulimit -v` for the release build, and for the ASan build
# (whose shadow memory reserves terabytes of address space, so that `ulimit -v`
# stops it at its start: make check's failure in session 50) by ASan's own
# hard_rss_limit_mb.
if grep -q __asan_init "$khgen" 2>/dev/null; then
    (ASAN_OPTIONS="${ASAN_OPTIONS:-}:hard_rss_limit_mb=1024" \
        "$guard" 20 "$khgen" import "$work/f3.docx" -o "$work/f3.yaml") 2>"$work/f3.err"
else
    (ulimit -v 1048576 2>/dev/null; "$guard" 20 "$khgen" import "$work/f3.docx" -o "$work/f3.yaml") 2>"$work/f3.err"
fi
st=$?
[ "$st" -eq 0 ] || bad="$bad [exit $st: $(tail -n 2 "$work/f3.err" | tr '\n' '|' | head -c 300)]"
grep -q '^  date: 2024-01-10$' "$work/f3.yaml" 2>/dev/null || bad="$bad [the control's saved date not read]"
if [ -z "$bad" ]; then
    ok "F3 a customXml relationship whose item has no item properties, a control bound to a store: import ends, the control's saved text kept"
else
    not_ok "F3:$bad"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
