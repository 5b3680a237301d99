#!/bin/sh
# tests/hardening/s54review.sh KHGEN WORKDIR - session 54's review of
# session 53's new code (check_commune_name.c's KH185, places2025.c,
# cmd_new_places.c, docx_tablook.c, diff_match.c, check_localgov.c,
# init*.c) and the cases its mutation sweep asked for. Each case fails at
# e9b37102 (session 54's start) unless it is named a guard:
#  Q1   KH185 read the name after each "xã" whole (the capitalised words
#       after it) again from every byte of a name cited in a document's
#       clause: an opening "Căn cứ ... 1/KH-UBND ... Xã Xã Xã ..." of 20 KB
#       (under KH135's limit) took 2.3 s of CPU, 60 KB 49 s, growing as
#       the square of the text; now the name found is passed whole.
#  Q1g  (guard) a commune named after a cited one in the same text is
#       still warned, the cited one not.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s54review
cd "$work" || exit 2

# edit IN OUT OLD=>NEW...: IN with each OLD replaced once by NEW, as OUT;
# "{N*TEXT}" in NEW is TEXT N times
edit() {
    /usr/bin/python3 - "$@" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
for pair in sys.argv[3:]:
    old, new = pair.split('=>', 1)
    new = re.sub(r'\{(\d+)\*([^}]*)\}', lambda m: m.group(2) * int(m.group(1)), new)
    if old not in s:
        sys.exit('edit: no %r' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

# ---- Q1: KH185 over a cited text of many "Xã": linear --------------------------------
open='"Ban quản lý xây dựng nông thôn mới xã Hòa Cư xây dựng Kế hoạch thực hiện năm {year} như sau:"'
for n in 1600 6400; do
    edit "$here/hc26.yaml" q1-$n.yaml "$open=>\"Căn cứ Kế hoạch số 1/KH-UBND của {$n*Xã }\"" ||
        not_ok "Q1: setup"
done
scaling_case "Q1 check of a commune's plan whose opening cites a document of 1,600 and 6,400 words 'Xã' (under KH135's 20,000 characters; KH185 read each name again from every byte: 0.13 s and 1.7 s)" \
    "$khgen" check q1-1600.yaml -- "$khgen" check q1-6400.yaml

# ---- Q1g (guard): after the cited name, another commune still warned -----------------
bad=
edit "$here/hc26.yaml" q1g.yaml "$open=>\"Căn cứ Kế hoạch số 12/KH-UBND của UBND xã Bình Trung Xã Yên; Ban quản lý xã Hải Yến xây dựng:\"" ||
    bad="$bad [setup]"
"$khgen" check q1g.yaml >q1g.out 2>&1
grep -qF "warning[KH185]: the opening names 'xã Hải Yến'" q1g.out || bad="$bad [$(grep KH185 q1g.out | head -1 | cut -c1-120)]"
[ "$(grep -c KH185 q1g.out)" = 1 ] || bad="$bad [$(grep -c KH185 q1g.out) KH185]"
if [ -z "$bad" ]; then
    ok "Q1g (guard) a commune named after a cited one in the same opening is warned, the cited one not"
else
    not_ok "Q1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
