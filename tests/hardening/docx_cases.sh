# tests/hardening/docx_cases.sh - what the Word import suites (docx15.sh,
# docx16.sh, docx17.sh) share, sourced after timed.sh: their documents are
# $work/dx/NAME.docx, imported and built as Markdown to be read line by line.

# imported NAME: $work/dx/NAME.docx imported and built as Markdown, into
# $work/dx/NAME.md (the import's diagnostics in $work/dx/NAME.err)
imported() {
    rm -f "$work/dx/$1.md" "$work/dx/$1.yaml"
    "$khgen" import -o "$work/dx/$1.yaml" --force "$work/dx/$1.docx" 2>"$work/dx/$1.err" &&
        "$khgen" build -f md -o "$work/dx" "$work/dx/$1.yaml" >/dev/null 2>>"$work/dx/$1.err"
}

# has NAME LINE...: the built Markdown of NAME holds the LINEs (its
# non-empty lines) one after another, in that order
has() {
    name=$1
    shift
    /usr/bin/python3 - "$work/dx/$name.md" "$@" <<'PY'
import sys
try:
    lines = [l for l in open(sys.argv[1], encoding='utf-8').read().split('\n') if l]
except OSError:
    sys.exit(1)
want = sys.argv[2:]
for i in range(len(lines) - len(want) + 1):
    if lines[i:i + len(want)] == want:
        sys.exit(0)
sys.exit(1)
PY
}
