#!/bin/sh
# tests/hardening/mut24.sh KHGEN WORKDIR - what session 24's mutation sweep
# of session 23's new code found (issue 8; /tmp/s24mut/findings.md in its
# session), beside the unit tests it wrote (tests/unit/test_md_blocks.c,
# test_md_pandoc_tables.c, test_docx_vnfont.c):
#  F1 a line of a hand-written .md that looks like a link reference
#     definition but is none for a reader - "[1]: Quyết định số
#     123/QĐ-UBND ngày 01/01/2024" (words after its "address" that are no
#     title), or "[2]: ..." under a paragraph's line (a definition cannot
#     interrupt a paragraph) - was emptied by import as a definition: its
#     words vanished from the plan, exit 0, where cmark and pandoc show
#     them. Now the paragraph a reader shows;
#  KH629's bounds (attach_handtotal.c) that no suite reached: see below.
#
# The F1 cases fail with the binary from before the fix; the guards (a
# real definition still emptied, its links written in) passed before.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# ---- F1: a line that only looks like a link definition ---------------------------
mkdir -p "$work/f1"
"$khgen" build -f md -o "$work/f1/o" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: F1's .md"
# md_insert NAME TEXT: the example's .md with TEXT (printf escapes) as the
# body's first paragraphs, before "Trên đây"
md_insert() {
    /usr/bin/python3 - "$work/f1/o/ex.md" "$work/f1/$1.md" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
at = s.index('Trên đây')
open(sys.argv[2], 'w', encoding='utf-8').write(s[:at] + sys.argv[3] + '\n\n' + s[at:])
PY
}
# imported NAME: NAME.md imported (exit 0 wanted) and its plan's words
imported() {
    "$khgen" import -o "$work/f1/$1.yaml" "$work/f1/$1.md" >/dev/null 2>"$work/f1/$1.err" &&
        "$khgen" build -f md -o "$work/f1/$1" "$work/f1/$1.yaml" >/dev/null 2>>"$work/f1/$1.err"
}
md_insert cite '[1]: Quyết định số 123/QĐ-UBND ngày 01/01/2024 của UBND huyện.'
if imported cite && grep -q 'Quyết định số 123/QĐ-UBND ngày 01/01/2024 của UBND huyện' "$work/f1/cite/cite.md"; then
    ok "F1: '[1]: Quyết định số 123/QĐ-UBND ...' (words after the 'address') is imported as text"
else
    not_ok "F1: '[1]: Quyết định ...' lost: $(head -c 400 "$work/f1/cite.err")"
fi
md_insert under 'Theo Kế hoạch của huyện:
[2]: https://x.gov.vn/kh.pdf'
if imported under && grep -q 'Theo Kế hoạch của huyện:.*x.gov.vn/kh.pdf' "$work/f1/under/under.md"; then
    ok "F1: '[2]: https://...' under a paragraph's line is that paragraph's text"
else
    not_ok "F1: a definition under a paragraph's line: $(grep -n 'Theo Kế hoạch' "$work/f1/under/under.md" 2>&1 | head -2) $(head -c 300 "$work/f1/under.err")"
fi
md_insert title '[3]: https://x.gov.vn/a.pdf "Quyết định" và các văn bản khác'
if imported title && grep -q 'Quyết định.*và các văn bản khác' "$work/f1/title/title.md"; then
    ok "F1: a definition's title followed by more words is text"
else
    not_ok "F1: words after a title: $(head -c 300 "$work/f1/title.err")"
fi
# guard: a definition a reader takes for one is still nothing, its link written in
md_insert real 'Theo [Quyết định 123][qd] của huyện.

[qd]: https://x.gov.vn/qd.pdf "Quyết định số 123"'
if imported real && grep -q 'Quyết định 123.*https://x.gov.vn/qd.pdf' "$work/f1/real/real.md" &&
    ! grep -q '^\[qd\]' "$work/f1/real/real.md"; then
    ok "F1 guard: a real definition (with its title) is nothing, its link written in"
else
    not_ok "F1 guard: a real definition: $(grep -n 'qd' "$work/f1/real/real.md" 2>&1 | head -3) $(head -c 300 "$work/f1/real.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
