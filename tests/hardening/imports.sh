# tests/hardening/imports.sh - what the importer suites (review32,
# review33, review34, review35, low35, s36imp) share, sourced by each
# right after timed.sh (each had its own copy until session 36 folded
# them):
# - the locale their messages and scripts run in (C.UTF-8, no LANGUAGE or
#   LC_MESSAGES), PYTHONPATH holding this folder (plan_header_docx.py, the
#   header table the Word plans share), $PY (the system's python3) and
#   $here (this folder, the suites' fixtures);
# - $first_page, a plan's first page as pdftotext -layout prints it
#   (pdf_first_page.txt: its header and first section, then its closing
#   and signer), with head_page (all of it), pdf_head (lines 1-9: the
#   header and first section) and pdf_tail (the rest) on stdout;
# - imp NAME: $work/NAME.txt (or, when there is none, $work/NAME.docx)
#   imported to $work/NAME.yaml, its messages in $work/NAME.err, its exit
#   status in $st;
# - rows NAME: $work/NAME.yaml from its first "    rows:" line on, one
#   line ('|' for each line break), at most 700 bytes (a case's detail).
here=$top/tests/hardening
PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPATH
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
PY=/usr/bin/python3
first_page=$here/pdf_first_page.txt

head_page() { cat "$first_page"; }
pdf_head() { sed -n '1,9p' "$first_page"; }
pdf_tail() { sed '1,9d' "$first_page"; }

imp() {
    _imp_f=$work/$1.txt
    [ -f "$_imp_f" ] || _imp_f=$work/$1.docx
    "$khgen" import "$_imp_f" -o "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
rows() { sed -n '/^    rows:/,$p' "$work/$1.yaml" | tr '\n' '|' | head -c 700; }
