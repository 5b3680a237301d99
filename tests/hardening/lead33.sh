#!/bin/sh
# tests/hardening/lead33.sh KHGEN WORKDIR - session 33's lead: what a
# libFuzzer campaign over the session's importer found. A line between a
# Biểu's title and its table becomes the table's note, and a "# review:"
# comment quotes it; the text held a line break (a .txt's "<br>", a .md's
# "<b>KẾ HOẠCH</b>" and the next line), which ended the comment and began
# a line of YAML the imported plan could not load (KH005). The comment is
# now written escaped, as every other review comment (emit_review); since
# session 34 a line of only a line break is no note (low34.sh's guard
# keeps the escaping of a line with words and a <br>).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/p"
# 1: the fuzzer's input, minimised (its first byte chose the .txt reader)
tail -c +2 tests/fuzz/crashes/import_text/review-note-line-break >"$work/p/br.txt"
"$khgen" import -o "$work/p/br.yaml" "$work/p/br.txt" >"$work/out" 2>"$work/err"
st=$?
"$khgen" check "$work/p/br.yaml" >"$work/out" 2>"$work/err2"
if [ "$st" -gt 1 ] || grep -q 'KH005' "$work/err2"; then
    not_ok "1: import $st, the imported plan does not load: $(grep KH005 "$work/err2" | head -c 300)"
elif ! grep -q '^    note:' "$work/p/br.yaml" && ! grep -q 'stood between' "$work/p/br.yaml"; then
    # session 34 (s34low): a line of only a line break is no note at all;
    # low34.sh's guard keeps a line of words with a <br> there escaped
    ok "1: a line break alone above a Biểu's table is no note and breaks no comment; the plan loads"
else
    not_ok "1: the note: $(grep -n 'stood between\|note:' "$work/p/br.yaml" | head -c 300)"
fi

echo "$pass passed, $fail failed"
