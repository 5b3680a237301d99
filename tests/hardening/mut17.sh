#!/bin/sh
# tests/hardening/mut17.sh KHGEN WORKDIR - what session 17's mutation sweep
# (issue 8; tools/mutants.py run over the files the sweeps before had not
# reached or had sampled: load_indent.c, docx_join.c, import_signer.c, the
# rest of session 16's samples of load_hint.c, docx_notword.c, refnames.c,
# then import_foreign.c and vi_tone.c) found the tests blind to: one-line
# changes of khgen that every suite running their line passed. Each case
# below fails with the mutants its comment names and passes with khgen;
# the ids are those of `tools/mutants.py list FILE --max 40 --seed 17`,
# the sample each file was swept with (--seed 16 for the files whose
# session 16 sample this sweep finished). A case that only the
# sanitizers' build fails says so (tools/mutants.py --asan: the release
# build reads the byte and goes on).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- helpers ---------------------------------------------------------------------------
# wanted NAME: whether case NAME runs: all of them, or those MUT17_CASES
# names ("LI IS": a mutant's run of the cases of its file, by hand)
wanted() {
    case " ${MUT17_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}

# hints NAME (timed.sh): each row of $work/NAME.table checked as a file

# ---- LI: the lines a YAML syntax error's hint measures --------------------------------
# load_indent.c names the line a quote was opened on, and the line above
# that is indented unlike its group; mut16 SX has one case of each hint.
# Here what it had not: a file whose first line is empty (each hint that
# names a line numbers it from the file's first line, the empty one
# counted), a comment holding a '"' above a value that begins with a
# quoted word (the comment's quote is no value's: the quote hint is not
# given when the line of the error holds two quotes before it), a plain
# value over three lines followed by a key at their column (the lines
# above at the key's column are no odd one), and the first key of a file
# whose first line is empty followed by a line indented under its value.
# Each line is a file (printf %b) and the first line of the message khgen
# gives. load_indent-014 (the line count skipping the file's first byte:
# "line 6" for line 7), -017 (the quotes before the error counted modulo
# 3: the comment's line named), -031 (a line above at this line's column
# taken for the odd one) passed every suite that reaches load_indent.c;
# -008 (a CR looked for before the file's first byte) reads one byte
# before the text, which only the sanitizers' build sees. Three rows follow
# s17slip's change (a quote left open is reported at the quote that opened
# it, with the line it stands on); after it, the kill of -014 and -017 by
# these rows was not measured again.
if wanted LI; then
cat >"$work/li.table" <<'EOF'
\nHEAD  title: "Kế hoạch\nbody:\n  - para: a@@7:10: error[KH005]: YAML syntax error: the '"' that opens this value is never closed: YAML read the rest of the file into the value. Close it at the end of the value, on this line if the value is on one line
\nHEAD  title: 'Kế hoạch\nbody:\n  - para: a@@7:10: error[KH005]: YAML syntax error: the ' that opens this value is never closed: YAML read the rest of the file into the value. Close it at the end of the value, on this line if the value is on one line
\nHEAD  title: Kế hoạch\nbody:\n  - para: "Tháng hành động\n  - para: "Kế hoạch" năm@@9:11: error[KH005]: YAML syntax error: the '"' that opens this value is not closed on its line: YAML read the lines below into the value, up to the '"' on line 10; close it on this line
\nHEAD  title: Kế hoạch\nbody:\n  - section: A\n    items:\n    - para: b\n      - para: c@@12:7: error[KH005]: YAML syntax error: did not find expected key; this list item's '-' is indented as far as the keys of the group that starts on line 11 (6 spaces), where a key is due: indent it as far as the other '-' of its list
\nHEAD  title: Kế hoạch\n#c\n\n  code: a\nplace: b\n  number: c@@12:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; line 11 above is indented 0 spaces, less than this line and the line before it (2): if it belongs to their group of keys, indent it 2 spaces
\n\n\nHEAD  title: "Kế hoạch@@9:10: error[KH005]: YAML syntax error: the '"' that opens this value is never closed: YAML read the rest of the file into the value. Close it at the end of the value, on this line if the value is on one line
HEAD# a "quote\n  title: "a" đạt chuẩn@@7:14: error[KH005]: YAML syntax error: did not find expected key; a value that begins with a quote ends at its closing quote: put the whole value in quotes of the other kind ('"Tháng hành động" năm {year}')
HEAD# a "quote" and "one\n  title: "a" đạt chuẩn@@7:14: error[KH005]: YAML syntax error: did not find expected key; a value that begins with a quote ends at its closing quote: put the whole value in quotes of the other kind ('"Tháng hành động" năm {year}')
HEAD  title: Kế\n    hoạch\n    năm\n    code: b@@9:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
HEAD  title: Kế\n    hoạch\n    code: b@@8:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
\na: 1\n  b: 2@@3:4: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
EOF
hints li
same li "LI: $i YAML syntax errors below an empty first line, a comment's quote, a value over three lines: the lines each hint names"
fi

# ---- LH: where the value a hint speaks of begins -------------------------------------
# load_hint.c gives a YAML syntax error after a value written without
# quotes that begins with one of YAML's indicators the hint of that
# indicator, and finds the value after the line's "- " markers and its
# "key: " (mut16 SX: each indicator under header:). Here what it had not:
# keys at the file's first column (closing:), a key holding a space, an
# item whose value begins with a quoted word and holds ': ' further on (no
# key: the quote is the value's start), and an error on a key indented
# unlike its neighbours whose value begins with '[' or '"' (the error lies
# before the value: no hint of the value). load_hint-024 (a key looked for
# in a value that begins with a quote), -028 (no key looked for on a line
# at the first column), -029 (a key taken to end before the first space),
# -039 (the value's hint given for an error before it) passed every suite
# that reaches load_hint.c (the rest of session 16's sample of 40, -011 to
# -039, ran this session).
if wanted LH; then
cat >"$work/lh.table" <<'EOF'
HEAD  title: Kế hoạch\nbody:\n  - "Tháng hành động" năm: x@@8:23: error[KH005]: YAML syntax error: did not find expected key; a value that begins with a quote ends at its closing quote: put the whole value in quotes of the other kind ('"Tháng hành động" năm {year}')
HEAD  title: Kế hoạch\nbody:\n  - para: a\nclosing: "Trên đây" là kế hoạch@@9:21: error[KH005]: YAML syntax error: did not find expected key; a value that begins with a quote ends at its closing quote: put the whole value in quotes of the other kind ('"Tháng hành động" năm {year}')
HEAD  title: Kế hoạch\nbody:\n  - para: a\nclosing: {a} là kế hoạch@@9:14: error[KH005]: YAML syntax error: did not find expected key; a value that begins with '{', such as a reference ('{loc dong-huu} đạt chuẩn'), is read as a mapping: put the whole value in double quotes
HEAD  title: Kế hoạch\nbody:\n  - para: a\nclosing x: [a] b@@9:16: error[KH005]: YAML syntax error: did not find expected key; a value that begins with '[' is read as a list: put the whole value in double quotes
HEAD  title: Kế hoạch\nbody:\n  - para x: [a] b@@8:17: error[KH005]: YAML syntax error: did not find expected key; a value that begins with '[' is read as a list: put the whole value in double quotes
HEAD  title: Kế hoạch\n title2: [x]@@7:2: error[KH005]: YAML syntax error: did not find expected key; check that this line is indented like the keys above it
HEAD  title: Kế hoạch\n title2: "x"@@7:2: error[KH005]: YAML syntax error: did not find expected key; check that this line is indented like the keys above it
HEAD  title: Kế hoạch\nbody:\n    - para: a\n  - para: [b]@@8:5: error[KH005]: YAML syntax error: this list's first item is indented 4 spaces, the item after it (line 9) 2, two more than the line above them: indent it as that item is
EOF
hints lh
same lh "LH: $i YAML syntax errors after a value that begins with an indicator, or before it: the hint of the value's first character, or none"
fi

# ---- DJ: the properties a paragraph joined by a deleted mark shows with -------------
# docx_join.c gives the paragraph Word shows for a run of paragraphs whose
# marks are deleted the first one's properties, and a paragraph that keeps
# no text vanishes, the next keeping its own; mut16 DJ tells them apart by
# their words, which khgen's bullets and body paragraphs both print alike
# ("- " is a bullet's text). Here the properties show: a style whose runs
# are in All Caps (w:caps), the first paragraph's (the joined paragraph is
# in capitals) or a vanishing one's (the next is not). The paragraphs that
# vanish: words deleted as w:delText, as w:t in a w:del, moved away
# (w:moveFrom), only tab stops in the properties, an empty w:t. Each line
# of the .want is what the import's Markdown shows of a pair.
# docx_join-004, -005, -006 (a w:del, a w:moveFrom, the paragraph's own
# properties read for text Word shows), -014 (every element taken to show
# text), -029 (the first paragraph's properties copied without their
# style) passed every suite that reaches docx_join.c: with each, the pair
# came back as one paragraph of the same words.
if wanted DJ; then
. "$(dirname "$0")/worddoc.sh"
DEL='<w:rPr><w:del w:id="91" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
CAPS='<w:style w:type="paragraph" w:customStyle="1" w:styleId="KHCapsX"><w:name w:val="KHCapsX"/><w:basedOn w:val="KHBody"/><w:rPr><w:caps/></w:rPr></w:style>'
B1='Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp đạt chuẩn nông thôn mới.'
bul() { # TEXT: a bullet paragraph, as khgen writes it
    printf '<w:p><w:pPr><w:pStyle w:val="KHBullet"/></w:pPr><w:r><w:t xml:space="preserve">-</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' "$1"
}
par() { # XML: a body paragraph of the runs XML
    printf '<w:p><w:pPr><w:pStyle w:val="KHBody"/></w:pPr>%s</w:p>' "$1"
}
caps() { # XML [PPR]: a paragraph in All Caps of the runs XML, its mark deleted
    printf '<w:p><w:pPr><w:pStyle w:val="KHCapsX"/>%s%s</w:pPr>%s</w:p>' "${2:-}" "$DEL" "$1"
}
gone() { printf '<w:del w:id="93" w:author="A"><w:r><w:delText>%s</w:delText></w:r></w:del>' "$1"; }
dj_doc=$(
    caps "$(R 'Một hai')"; par "$(R ' ba bốn.')"
    caps "$(gone 'Tám')"; par "$(R 'năm sáu.')"
    caps "<w:del w:id=\"96\" w:author=\"A\">$(R 'Tám')</w:del>"; par "$(R 'bảy tám.')"
    caps "<w:moveFrom w:id=\"94\" w:author=\"A\">$(R 'Mười')</w:moveFrom>"; par "$(R 'chín mười.')"
    caps "$(gone 'Tám')" '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'; par "$(R 'mười một.')"
    caps '<w:r><w:t></w:t></w:r>'; par "$(R 'mười hai.')"
)
word dj "$CAPS" "$(bul "$B1")" "$dj_doc" || not_ok "setup: DJ's document"
run dj >"$work/dj.md"
# the lines between the clause the first bullet was under and the next bullet
sed -n '/^\*\*1\. Cấp xã\*\*$/,/^- Hoàn thành xây dựng xã Đồng Lạc/p' "$work/dj.md" |
    sed -e '1d' -e '$d' -e '/^$/d' >"$work/dj.got"
cat >"$work/dj.want" <<'EOF'
MỘT HAI BA BỐN.
năm sáu.
bảy tám.
chín mười.
mười một.
mười hai.
EOF
same dj "DJ: paragraphs joined by a deleted mark in the first one's style, the next one's own style after one that vanishes"
fi

# ---- IS: a signature block known by its signer --------------------------------------
# import_signer.c takes a short paragraph for the signer's name when its
# words start with capitals ("a byte that is no ASCII lower-case letter");
# mut16 IS has a name with a word starting with 'v' and one with 'a'. Here
# the other bound, 'z' (a word of the name starting with it: no name, the
# title stays the body's), as a last word and as a middle one, beside the
# same names with capitals (a signature). import_signer-016 (the lower-case
# letters taken as 'a' to 'y') passed every suite that reaches
# import_signer.c.
if wanted IS; then
readme_base
cat >"$work/is.table" <<'EOF'
CHỦ TỊCH/Nguyễn Văn z|-
CHỦ TỊCH/Nguyễn zăn An|-
CHỦ TỊCH/Nguyễn Zăn An|CHỦ TỊCH
CHỦ TỊCH/Nguyễn Văn Z|CHỦ TỊCH
EOF
signature_blocks "IS: names with a word starting with 'z' or 'Z' below a signer's title: a signature or not"
fi

# ---- NW: an OpenDocument zip of a kind after "text" -------------------------------------
# docx_notword.c names an OpenDocument zip that is neither a text, a
# workbook nor a presentation "an OpenDocument file that is not a text"
# (mut16 NW: a drawing, .odg, "graphics"). Here kinds that sort after
# "text" ("web", "unknown": strncmp gives them 1) and one before it
# ("chart"), beside "text-web" (a text). docx_notword-033 (the kind's test
# "!= 1" for "!= 0": a kind one letter after 't' read as no OpenDocument
# file) passed every suite that reaches docx_notword.c (the rest of
# session 16's sample of 40, -025 to -039, ran this session).
if wanted NW; then
/usr/bin/python3 - "$work" <<'PY' || not_ok "setup: NW's zips"
import sys, zipfile
O = 'application/vnd.oasis.opendocument.'
for name, kind in (('nw-unknown', 'unknown'), ('nw-web', 'web'), ('nw-chart', 'chart'),
                   ('nw-textweb', 'text-web')):
    z = zipfile.ZipFile('%s/%s.docx' % (sys.argv[1], name), 'w')
    z.writestr(zipfile.ZipInfo('mimetype'), O + kind)
    z.close()
PY
for c in nw-unknown:other nw-web:other nw-chart:other nw-textweb:text; do
    f=$work/${c%%:*}.docx
    case ${c#*:} in
    text) w="$f: error[KH756]: '$f' is an OpenDocument text (.odt, LibreOffice's own format), not a Word document; convert it: soffice --headless --convert-to docx --outdir converted '$f' (LibreOffice), then import the .docx in converted/" ;;
    *) w="$f: error[KH756]: '$f' is an OpenDocument file that is not a text, not a Word document; import reads a plan's text: open the plan itself in Word or LibreOffice and save it as .docx" ;;
    esac
    "$khgen" --lang en import "$f" -o "$work/nw.yaml" >/dev/null 2>"$work/nw.err"
    s=$?
    if [ "$s" -eq 3 ] && [ "$(head -n 1 "$work/nw.err")" = "$w" ] && ! [ -e "$work/nw.yaml" ]; then
        ok "NW: ${c%%:*} is named: ${c#*:}"
    else
        not_ok "NW: ${c%%:*}: status $s: $(head -c 400 "$work/nw.err")"
    fi
done
fi

# ---- IF: a file import does not read, told by its first bytes ------------------------
# import_foreign.c names an RTF, an HTML page, a PDF, a web archive and a
# .doc by their marks, after a BOM and blank space, in the first 4 KiB
# (user16 F2-F4: one file of each as Word and LibreOffice write them).
# Here each bound: a file that is a mark and nothing more ("<HTML",
# "{\rtf", "%PDF-"), a mark after spaces and a tab, "<html" ending at the
# window's last byte and one byte past it, a file of 4,097 spaces before a
# comment, "MIME-Version:" without "multipart/related" (a mail, no web
# archive), a word that ends like a mark ("xhtml"), and a file of two
# bytes. Each line: the file and what import says it is ("-": none of
# them, read as text). import_foreign-000 (the window a byte longer),
# -001 (a word as long as the file not compared), -004 (a word's first
# letter not compared), -007 (every file that begins with "<!--" taken
# for an HTML page), -018 (blank space looked for one byte past the
# window: the rest's length wraps, and the search for "<html" after a
# comment runs past the file's end: a crash), -021 (spaces before a mark
# not skipped), -024, -026 (an RTF or a PDF of five bytes), -031 (any
# "MIME-Version:" taken for a web archive) passed every suite that
# reaches import_foreign.c.
if wanted IF; then
mkdir -p "$work/if"
/usr/bin/python3 - "$work/if" <<'PY' || not_ok "setup: IF's files"
import sys
d = sys.argv[1]
files = {
    'html-only.txt': b'<HTML',
    'rtf-only.txt': b'{\\rtf',
    'pdf-only.txt': b'%PDF-',
    'spaces-rtf.txt': b'  \t {\\rtf1\\ansi Ke hoach}\n',
    'window-in.txt': b'<!--' + b' ' * (4091 - 4) + b'<html>\n',
    'window-out.txt': b'<!--' + b' ' * (4092 - 4) + b'<html>\n',
    'blank-comment.txt': b' ' * 4097 + b'<!-- x -->\n',
    'mime-mail.txt': b'MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nKe hoach\r\n',
    'xhtml.txt': b'xhtml va pdf\n',
    'two.txt': b'KH',
}
for name, data in files.items():
    open('%s/%s' % (d, name), 'wb').write(data)
PY
cat >"$work/if.want" <<'EOF'
html-only.txt an HTML page
rtf-only.txt a Rich Text Format (RTF) document
pdf-only.txt a PDF
spaces-rtf.txt a Rich Text Format (RTF) document
window-in.txt an HTML page
window-out.txt -
blank-comment.txt -
mime-mail.txt -
xhtml.txt -
two.txt -
EOF
while read -r f _; do
    "$khgen" --lang en import "$work/if/$f" -o "$work/if/$f.yaml" >/dev/null 2>"$work/if/$f.err"
    s=$?
    got=$(sed -n "s/^.*error\[KH765\]: '[^']*' is \(an HTML page\|a Rich Text Format (RTF) document\|a PDF\|a web archive\)[, ].*/\1/p" "$work/if/$f.err" | head -n 1)
    grep -q 'error\[KH751\]' "$work/if/$f.err" && got=".doc"
    [ "$s" -gt 3 ] && got="status $s"
    echo "$f ${got:--}"
done <"$work/if.want" >"$work/if.got"
same if "IF: $(wc -l <"$work/if.want") files at the bounds of a mark: what import says each is"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
