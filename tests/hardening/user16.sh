#!/bin/sh
# tests/hardening/user16.sh KHGEN WORKDIR - what session 16's user found
# (issue 8's spirit: the IT officer of a Sở Nội vụ who deploys khgen on a
# shared Debian server for twenty communes' drafters, from README, --help
# and the man pages only; /tmp/s16user/findings.md in its session):
#
#  F1 `-f pdf` on a server without Times New Roman nor a font with its
#     metrics printed the signed copy in DejaVu Sans (LibreOffice) or
#     "DejaVu Math TeX Gyre" (Chromium), exit 0, without a word: now KH904,
#     the PDF not written, the other formats written, exit 3;
#  F2 `khgen import` of an RTF file (WordPad, Word's Rich Text) wrote a
#     plan of its control words, exit 0; F3 the same of an HTML page and of
#     a web archive (.mht): now KH765 with the command that converts it;
#  F4 a PDF given to import was told to be text in a legacy encoding for
#     `khgen convert`, a .doc named .txt the same: now KH765 (pdftotext) and
#     KH751;
#  F5 a PDF that could not be printed (no engine on PATH, KH903) left the
#     older PDF of the plan beside the new documents, which README says is
#     removed;
#  F6 `khgen build *.yaml` in a directory that keeps a shared registry beside
#     its plans compiled the registry as a plan: "add 'khgen: 1' at the top",
#     "no 'header'", "no 'body'" and each of its entries "defined but never
#     used"; now one error saying it is a registry, not a plan.
#
# The PDF cases need LibreOffice (and Chromium for its case); without it
# they say "skip" and count neither way.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

readme_base

# ---- F2-F4: a document import does not read, told by its own marks ----------
# imp NAME FILE CODE PHRASE: `khgen import FILE -o $work/i/NAME.yaml` must
# exit 3 with one error CODE whose message holds PHRASE, write no plan and
# print nothing on standard output
mkdir -p "$work/i"
imp() {
    rm -f "$work/i/$1.yaml"
    "$khgen" import "$2" -o "$work/i/$1.yaml" >"$work/out" 2>"$work/err"
    status=$?
    if [ "$status" -eq 3 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ] &&
        grep -q "error\[$3\]: .*$4" "$work/err" && [ ! -e "$work/i/$1.yaml" ] &&
        [ ! -s "$work/out" ]; then
        ok "$1: $3"
    else
        not_ok "$1: status $status, plan $([ -e "$work/i/$1.yaml" ] && echo written || echo none): $(head -c 400 "$work/err")"
    fi
}

# F2: WordPad's RTF, as .rtf and saved as .txt; Word's \rtf1 after a BOM
rtf='{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman Times New Roman;}}
\pard\qc\b UBND X\u195?\u195? \u272?\u7890?NG H\u431?U\par
\pard\qc K\u7870? HO\u7840?CH\par
\pard Th\u7921?c hi\u7879?n nhi\u7879?m v\u7909? n\u259?m 2024\par
\pard I. M\u7908?C \u272?\u205?CH\par
\pard 1. Ho\u224?n th\u224?nh k\u7871? ho\u7841?ch\par
}'
printf '%s\n' "$rtf" >"$work/i/ke-hoach.rtf"
imp f2-rtf "$work/i/ke-hoach.rtf" KH765 "is a Rich Text Format (RTF) document, which import does not read; convert it to .docx: soffice --headless"
printf '%s\n' "$rtf" >"$work/i/rtf-named.txt"
imp f2-rtf-as-txt "$work/i/rtf-named.txt" KH765 "Rich Text Format"
{ printf '\357\273\277\r\n'; printf '%s\n' "$rtf"; } >"$work/i/bom.md"
imp f2-rtf-bom-md "$work/i/bom.md" KH765 "Rich Text Format"
# an RTF named .docx: named by its marks, not "not a zip"
printf '%s\n' "$rtf" >"$work/i/rtf-named.docx"
imp f2-rtf-as-docx "$work/i/rtf-named.docx" KH765 "Rich Text Format"

# F3: khgen's own .html, Word's "Save as Web Page" (.htm, XML declaration
# first), and a single-file web page (.mht)
"$khgen" build -f html -o "$work/i" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the README's example does not build its .html"
imp f3-html "$work/i/ex.html" KH765 "is an HTML page, which import does not read"
printf '<?xml version="1.0"?>\r\n<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<body><p>K\341\272\276 HO\341\272\240CH</p><p>I. M\341\273\244C \304\220\303\215CH</p></body></html>\r\n' >"$work/i/word.htm"
imp f3-word-htm "$work/i/word.htm" KH765 "HTML page"
printf '<!DOCTYPE html>\n<p>K\341\272\276 HO\341\272\240CH</p>\n' >"$work/i/page.txt"
imp f3-html-as-txt "$work/i/page.txt" KH765 "HTML page"
printf 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html><p>K\341\272\276 HO\341\272\240CH</p></html>\r\n' >"$work/i/web.mht"
imp f3-mht "$work/i/web.mht" KH765 "is a web archive (.mht"

# F4: a PDF (by any name), a .doc named .txt
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$work/i/ke-hoach.pdf"
imp f4-pdf "$work/i/ke-hoach.pdf" KH765 "is a PDF, which import does not read .*pdftotext -layout"
cp "$work/i/ke-hoach.pdf" "$work/i/pdf-named.txt"
imp f4-pdf-as-txt "$work/i/pdf-named.txt" KH765 "is a PDF"
printf '\320\317\021\340\241\261\032\341\000\000\000\000\000\000\000\000' >"$work/i/doc-named.txt"
imp f4-doc-as-txt "$work/i/doc-named.txt" KH751 "is a legacy Word .doc file; convert it"

# what import reads is still read: a .md that holds an HTML table below its
# text, and a .txt beginning with a word "html"
"$khgen" build -f md -o "$work/i" "$work/p/ex.yaml" >/dev/null 2>&1
{ cat "$work/i/ex.md"; printf '\n<table><tr><td>a</td><td>b</td></tr></table>\n'; } >"$work/i/table.md"
if "$khgen" import "$work/i/table.md" -o "$work/i/table.yaml" 2>"$work/err" &&
    "$khgen" check "$work/i/table.yaml" >/dev/null 2>&1; then
    ok "F3: a .md with an HTML table below its text still imports"
else
    not_ok "F3: a .md with an HTML table: $(head -c 300 "$work/err")"
fi
{ printf 'html và pdf\n\n'; cat "$work/i/ex.md"; } >"$work/i/words.md"
if "$khgen" import "$work/i/words.md" -o "$work/i/words.yaml" 2>"$work/err"; then
    ok "F3: a text beginning with the words 'html và pdf' still imports"
else
    not_ok "F3: a text beginning with 'html': $(head -c 300 "$work/err")"
fi

# ---- F5: the older PDF goes when a new one cannot be printed -----------------
mkdir -p "$work/f5"
"$khgen" build -f md -o "$work/f5" "$work/p/ex.yaml" >/dev/null 2>&1
echo "last month's PDF" >"$work/f5/ex.pdf"
PATH=/nonexistent "$khgen" build -f md,pdf -o "$work/f5" "$work/p/ex.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 3 ] && grep -q 'error\[KH903\]' "$work/err" && [ -s "$work/f5/ex.md" ] &&
    [ ! -e "$work/f5/ex.pdf" ]; then
    ok "F5: no engine (KH903): the .md written, the older PDF removed"
else
    not_ok "F5: no engine: status $status, $(ls "$work/f5" | tr '\n' ' '): $(head -c 300 "$work/err")"
fi

# ---- F6: a shared registry beside the plans, in `khgen build *.yaml` ----------
mkdir -p "$work/f6"
cat >"$work/f6/registry.yaml" <<'EOF'
# the district's units, shared by every plan
units:
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: nnptnt, name: Phòng Nông nghiệp và PTNT}
levels:
  - {id: ntm, name: nông thôn mới}
EOF
cp "$work/p/ex.yaml" "$work/f6/ex.yaml"
(cd "$work/f6" && "$khgen" build -f md -o out ./*.yaml) >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ] &&
    ! grep -q 'warning\[' "$work/err" &&
    grep -q "registry.yaml:2:1: error\[KH103\]: this file holds only a shared registry's keys .*it is a registry, which plans name in 'include:', not a plan" "$work/err" &&
    [ -s "$work/f6/out/ex.md" ]; then
    ok "F6: a registry given as a plan: one error saying so, the plan beside it built"
else
    not_ok "F6: a registry given as a plan: status $status: $(head -c 400 "$work/err")"
fi
# a plan begun with its units only still hears what a plan lacks
printf 'khgen: 1\nunits:\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n' >"$work/f6/new.yaml"
"$khgen" check "$work/f6/new.yaml" >/dev/null 2>"$work/err"
if grep -q "error\[KH103\]: the plan has no 'header'" "$work/err" && ! grep -q 'is a registry' "$work/err"; then
    ok "F6: a plan with 'khgen: 1' and units only is told it has no header"
else
    not_ok "F6: a plan begun with units: $(head -c 300 "$work/err")"
fi

# ---- F1: the PDF in the font the document asks for ----------------------------
# a fontconfig that knows DejaVu only: a server without fonts-liberation2
fonts=/usr/share/fonts/truetype/dejavu
mkdir -p "$work/fc"
cat >"$work/fc/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>$fonts</dir><cachedir>$work/fc/cache</cachedir></fontconfig>
EOF
# f1 NAME ENGINE: with DejaVu only, `build -f md,pdf` exits 3 with KH904
# naming the engine, writes the .md and no .pdf, and removes an older .pdf
f1() {
    out=$work/$1
    mkdir -p "$out"
    echo "an older PDF" >"$out/ex.pdf"
    FONTCONFIG_FILE=$work/fc/fonts.conf "$khgen" build -f md,pdf --pdf-engine "$2" -o "$out" \
        "$work/p/ex.yaml" >/dev/null 2>"$work/err"
    status=$?
    if [ "$status" -eq 3 ] && [ "$(grep -c 'error\[' "$work/err")" -eq 1 ] &&
        grep -q "error\[KH904\]: cannot write '.*ex.pdf': .* printed it in DejaVu.*, not in Times New Roman.*fonts-liberation2" "$work/err" &&
        [ -s "$out/ex.md" ] && [ ! -e "$out/ex.pdf" ] && [ -z "$(ls -A "$out" | grep -v '^ex.md$')" ]; then
        ok "F1: $2 without Times New Roman nor its metrics: KH904, no PDF, the .md written"
    else
        not_ok "F1: $2 with DejaVu only: status $status, $(ls "$out" | tr '\n' ' '): $(head -c 400 "$work/err")"
    fi
}
if [ ! -d "$fonts" ]; then
    echo "skip - F1: no $fonts to print with"
else
    if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then
        f1 f1-lo libreoffice
        # a province's docx-styles.xml that asks for DejaVu Serif is not refused
        mkdir -p "$work/tpl"
        sed 's/Times New Roman/DejaVu Serif/g' templates/docx-styles.xml >"$work/tpl/docx-styles.xml"
        FONTCONFIG_FILE=$work/fc/fonts.conf "$khgen" build -f pdf --templates "$work/tpl" \
            -o "$work/f1-tpl" "$work/p/ex.yaml" >/dev/null 2>"$work/err"
        status=$?
        if [ "$status" -eq 0 ] && [ -s "$work/f1-tpl/ex.pdf" ]; then
            ok "F1: a template that asks for DejaVu Serif prints with it"
        else
            not_ok "F1: a DejaVu Serif template: status $status: $(head -c 300 "$work/err")"
        fi
        # the machine's own fonts: Liberation Serif or Times New Roman prints
        case $(fc-match 'Times New Roman' 2>/dev/null) in
        *Liberation* | *Tinos* | *Times*)
            "$khgen" build -f pdf -o "$work/f1-ok" "$work/p/ex.yaml" >/dev/null 2>"$work/err"
            status=$?
            if [ "$status" -eq 0 ] && [ -s "$work/f1-ok/ex.pdf" ] && [ ! -s "$work/err" ]; then
                ok "F1: with a Times New Roman metric font the PDF is written, without a word"
            else
                not_ok "F1: with the machine's fonts: status $status: $(head -c 300 "$work/err")"
            fi ;;
        *) echo "skip - F1: this machine has no font with Times New Roman's metrics" ;;
        esac
    else
        echo "skip - F1: LibreOffice is not installed"
    fi
    if command -v chromium >/dev/null 2>&1; then
        f1 f1-chromium chromium
    else
        echo "skip - F1: Chromium is not installed"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
