#!/bin/sh
# tests/hardening/review23.sh KHGEN WORKDIR - what session 23's review of
# its own new import code (s23review: md_blocks.c, md_pandoc_tables.c,
# docx_vnfont.c, md_comment.c, attach_handtotal.c, import_tasks.c and
# import_catalog.c) found, attacked with inputs khgen did not write:
#  1 a .md's reference link written inline to its definition's address on
#    every use, without a budget: one definition of a 10 KB address used
#    4,000 times ("[x][qd]") made a 42 KB .md a 40 MB plan (an 8 MB .md,
#    terabytes); now the addresses written in add at most the text's own
#    length (and 64 KiB), the links past it left as written.
#
# Each case fails with the binary of main before its fix (bb8c7346).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/r"

# 1: output against input, at n and 4n uses of one long definition
/usr/bin/python3 - "$work/r" <<'PY'
import sys
d = sys.argv[1]
url = "https://x.vn/" + "a" * 10000
for name, n in (("ref1", 250), ("ref4", 1000)):
    body = ("# KẾ HOẠCH\n\nThực hiện năm 2025\n\n[qd]: " + url + "\n\n" +
            "Căn cứ [Quyết định][qd].\n\n" + "[x][qd] " * n + "\n")
    open("%s/%s.md" % (d, name), "w", encoding="utf-8").write(body)
PY
for n in ref1 ref4; do
    timed_case "1: import of a .md whose one long link definition is used many times ($n)" \
        "$khgen" import --color=never -o "$work/r/$n.yaml" "$work/r/$n.md"
done
in=$(wc -c <"$work/r/ref4.md")
out=$(wc -c <"$work/r/ref4.yaml" 2>/dev/null || echo 0)
if [ "$out" -gt $((in * 3 + 200000)) ]; then
    not_ok "1: a ${in}-byte .md imported as a ${out}-byte plan (its link addresses written in without a budget)"
elif ! grep -qF "[Quyết định](https://x.vn/aaa" "$work/r/ref4.yaml"; then
    not_ok "1: the first use of the definition not written inline: $(grep -F 'Quyết định' "$work/r/ref4.yaml" | head -c 300)"
else
    ok "1: a ${in}-byte .md of 1,000 uses of one 10 KB link definition imported as ${out} bytes, its first link written inline"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
