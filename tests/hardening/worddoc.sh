# tests/hardening/worddoc.sh - sourced by attack12.sh and leftovers13.sh
# (after timed.sh, which sets $khgen and $work): Word documents made from
# khgen's own .docx of the README's complete example with one paragraph's
# XML changed, as the twelfth attack made them (a Word file written by
# hand, each case naming the one thing it changes), and their import.
#
# word NAME STYLES OLD NEW...: makes $work/NAME.docx; run NAME: its
# import built as Markdown on stdout (messages in $work/NAME.err); R TEXT
# and C TEXT: a run of TEXT, plain and in All Caps.

# README's complete example, built: its .docx is the base of the Word cases
mkdir -p "$work/p"
readme_example "$work/p/ex.yaml"
"$khgen" build -f docx -o "$work/p" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the README's example does not build"

# word NAME STYLES OLD NEW [OLD NEW]...: $work/NAME.docx, the example's
# .docx with each OLD of word/document.xml replaced by NEW (each must be
# there) and, when STYLES is not "-", STYLES appended to word/styles.xml
word() {
    /usr/bin/python3 - "$work/p/ex.docx" "$work/$1.docx" "$2" "$@" <<'PY'
import sys, zipfile
src, dst, styles = sys.argv[1], sys.argv[2], sys.argv[3]
pairs = sys.argv[6:]
zin, zout = zipfile.ZipFile(src), zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for it in zin.infolist():
    data = zin.read(it.filename)
    if it.filename == 'word/document.xml':
        s = data.decode()
        for a, b in zip(pairs[::2], pairs[1::2]):
            if a not in s:
                sys.exit('not in document.xml: ' + a)
            s = s.replace(a, b, 1)
        data = s.encode()
    if it.filename == 'word/styles.xml' and styles != '-':
        data = data.decode().replace('</w:styles>', styles + '</w:styles>').encode()
    zout.writestr(it, data)
zout.close()
PY
}
run() { # the text of the plan import writes from $work/$1.docx, built as Markdown
    "$khgen" import "$work/$1.docx" -o "$work/$1.yaml" --force >/dev/null 2>"$work/$1.err" &&
        "$khgen" build -f md -o - "$work/$1.yaml" 2>>"$work/$1.err"
}
R() { printf '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' "$1"; }
C() { printf '<w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' "$1"; }
