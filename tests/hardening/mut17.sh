#!/bin/sh
# tests/hardening/mut17.sh KHGEN WORKDIR - what session 17's mutation sweep
# (issue 8; tools/mutants.py run over the files the sweeps before had not
# reached or had sampled: load_indent.c, docx_join.c, import_signer.c)
# found the tests blind to: one-line changes of khgen that every suite
# running their line passed. Each case below fails with the mutants its
# comment names and passes with khgen; the ids are those of
# `tools/mutants.py list FILE --max 40 --seed 17`, the sample each file was
# swept with. A case that only the sanitizers' build fails says so
# (tools/mutants.py --asan: the release build reads the byte and goes on).
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
# same NAME WHAT: ok when $work/NAME.want and $work/NAME.got are the same, else
# not_ok naming the first lines that differ
same() {
    if cmp -s "$work/$1.want" "$work/$1.got"; then
        ok "$2"
    else
        not_ok "$2: $(diff "$work/$1.want" "$work/$1.got" | grep '^[<>]' | head -6 | tr '\n' ' ' | head -c 900)"
    fi
}

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
# before the text, which only the sanitizers' build sees.
if wanted LI; then
li_head='khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  place: A\n  date: 2024-01\n'
cat >"$work/li.table" <<'EOF'
\nHEAD  title: "Kế hoạch\nbody:\n  - para: a@@10:1: error[KH005]: YAML syntax error: found unexpected end of stream; the '"' opened on line 7 is never closed: YAML read the rest of the file into the value. Close it at the end of the value, on line 7 if the value is on one line
\nHEAD  title: 'Kế hoạch\nbody:\n  - para: a@@10:1: error[KH005]: YAML syntax error: found unexpected end of stream; the ' opened on line 7 is never closed: YAML read the rest of the file into the value. Close it at the end of the value, on line 7 if the value is on one line
\nHEAD  title: Kế hoạch\nbody:\n  - para: "Tháng hành động\n  - para: "Kế hoạch" năm@@10:12: error[KH005]: YAML syntax error: did not find expected key; a value in double quotes opened on line 9 is not closed on its line: YAML read the lines below into it, up to the '"' here; close the quote on line 9
\nHEAD  title: Kế hoạch\nbody:\n  - section: A\n    items:\n    - para: b\n      - para: c@@12:7: error[KH005]: YAML syntax error: did not find expected key; this list item's '-' is indented as far as the keys of the group that starts on line 11 (6 spaces), where a key is due: indent it as far as the other '-' of its list
\nHEAD  title: Kế hoạch\n#c\n\n  code: a\nplace: b\n  number: c@@12:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; line 11 above is indented 0 spaces, less than this line and the line before it (2): if it belongs to their group of keys, indent it 2 spaces
\n\n\nHEAD  title: "Kế hoạch@@10:1: error[KH005]: YAML syntax error: found unexpected end of stream; the '"' opened on line 9 is never closed: YAML read the rest of the file into the value. Close it at the end of the value, on line 9 if the value is on one line
HEAD# a "quote\n  title: "a" đạt chuẩn@@7:14: error[KH005]: YAML syntax error: did not find expected key; a value that begins with a quote ends at its closing quote: put the whole value in quotes of the other kind ('"Tháng hành động" năm {year}')
HEAD# a "quote" and "one\n  title: "a" đạt chuẩn@@7:14: error[KH005]: YAML syntax error: did not find expected key; a value that begins with a quote ends at its closing quote: put the whole value in quotes of the other kind ('"Tháng hành động" năm {year}')
HEAD  title: Kế\n    hoạch\n    năm\n    code: b@@9:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
HEAD  title: Kế\n    hoạch\n    code: b@@8:9: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
\na: 1\n  b: 2@@3:4: error[KH005]: YAML syntax error: mapping values are not allowed in this context; put a value that contains ': ' in quotes, or check the indentation of this line
EOF
i=0
while IFS= read -r row; do
    i=$((i + 1))
    body=${row%%@@*}
    case $body in
    *HEAD*) body="${body%%HEAD*}$li_head${body#*HEAD}" ;;
    esac
    printf "%b\n" "$body" >"$work/li$i.yaml"
    "$khgen" --lang en check "$work/li$i.yaml" >/dev/null 2>"$work/li$i.err"
    printf '%s\n' "${row#*@@}" >>"$work/li.want"
    sed -n "s|^$work/li$i.yaml:\([0-9]*:[0-9]*: error\[\)|\1|p" "$work/li$i.err" | head -n 1 >>"$work/li.got"
done <"$work/li.table"
same li "LI: $i YAML syntax errors below an empty first line, a comment's quote, a value over three lines: the lines each hint names"
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
sed -e '/^recipients:/d' -e 's/lines: \[TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH\]/lines: [CHỦ TỊCH]/' \
    -e 's/^closing: .*/closing: Đề nghị các đơn vị thực hiện nghiêm túc./' "$work/p/ex.yaml" >"$work/is.yaml"
"$khgen" build -f md -o - "$work/is.yaml" >"$work/is.md" 2>/dev/null || not_ok "setup: IS's plan"
grep -q '^\*\*CHỦ TỊCH\*\*  $' "$work/is.md" || not_ok "setup: IS's Markdown"
/usr/bin/python3 - "$work/is.md" "$work/is.table" "$work" <<'PY' || not_ok "setup: IS's documents"
import sys
s = open(sys.argv[1], encoding='utf-8').read().replace('nghiêm túc./.', 'nghiêm túc.')
for i, row in enumerate(open(sys.argv[2], encoding='utf-8').read().splitlines(), 1):
    paras = row.split('|')[0].split('/')
    t = s.replace('**CHỦ TỊCH**  \n\n**Nguyễn Văn A**  \n', '\n\n'.join(paras) + '\n')
    if t == s:
        sys.exit('no signature block in the Markdown')
    open('%s/is%d.md' % (sys.argv[3], i), 'w', encoding='utf-8').write(t)
PY
i=0
while IFS='|' read -r block want; do
    i=$((i + 1))
    "$khgen" import "$work/is$i.md" -o "$work/is$i.yaml" --force >/dev/null 2>"$work/is$i.err"
    got=$(grep -A2 '^signature:' "$work/is$i.yaml" | sed -n 's/^    - //p')
    [ -n "$got" ] || got=-
    grep -q 'Hoàn thành xây dựng xã' "$work/is$i.yaml" || got="$got (no bullets)"
    echo "$block|$got"
done <"$work/is.table" >"$work/is.got"
cp "$work/is.table" "$work/is.want"
same is "IS: $i names with a word starting with 'z' or 'Z' below a signer's title: a signature or not"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
