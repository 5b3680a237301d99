#!/bin/sh
# tests/hardening/lead29.sh KHGEN WORKDIR - session 29's lead: timed_case's
# limit goes with the build a case runs. Session 28's fresh-clone CI failed
# fiximp26's "md line of 80000 small-capital spans" at 1.03 s: the case ran
# "$khgen", the sanitizers' build under make check, against the release
# build's one-second limit (0.44 s released). Each case below asserts what
# limit_for gives, and that timed_case fails a command over its limit.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# 1-2: the release build's cases have $limit; the given build's, when it is
# the sanitizers', san_limit
limit_for "$timed"
if [ "$timed" != "$khgen" ] && [ "$case_limit" = "$limit" ]; then
    ok "1: a case of the release build is held to the release limit (${limit}s)"
elif [ "$timed" = "$khgen" ]; then
    ok "1: no release build: every case has the given build's limit (${limit}s)"
else
    not_ok "1: limit_for the release build gave ${case_limit}s, not ${limit}s"
fi
limit_for "$khgen"
if grep -q __asan_init "$khgen"; then
    if [ "$case_limit" = "$san_limit" ]; then
        ok "2: a case of the sanitizers' build is held to their limit (${san_limit}s)"
    else
        not_ok "2: limit_for the sanitizers' build gave ${case_limit}s, not ${san_limit}s"
    fi
elif [ "$case_limit" = "$limit" ]; then
    ok "2: a case of a release build given as KHGEN is held to the release limit (${limit}s)"
else
    not_ok "2: limit_for a release build given as KHGEN gave ${case_limit}s, not ${limit}s"
fi

# 3: any other program keeps $limit, and timed_case fails it over its limit
# (a loop of about 0.3 s against a limit of 0.01 s)
got=$(pass=0 fail=0 limit=0.01
    timed_case "a loop" awk 'BEGIN { for (i = 0; i < 3000000; i++) s += i }' >/dev/null
    echo "$fail")
if [ "$got" = 1 ]; then
    ok "3: timed_case fails another program over the suite's limit"
else
    not_ok "3: timed_case passed a loop of ~0.3 s against a limit of 0.01 s"
fi

# 4: TIMED_LIMIT is every case's limit, the sanitizers' build's too
got=$(TIMED_LIMIT=0.5 limit=0.5 limit_for "$khgen"; echo "$case_limit")
if [ "$got" = 0.5 ]; then
    ok "4: TIMED_LIMIT holds the given build's cases too"
else
    not_ok "4: with TIMED_LIMIT=0.5 the given build's limit was ${got}s"
fi

# 5: `style: plain upper` prints its capitals in every format (the .md did,
# the .html and the .docx printed small letters: render_heading_emphasis,
# now render_emphasis, took "plain" for no emphasis at all; s29fixlow's leftover)
readme_base
edited pu '      - clause: Cấp xã
' '      - clause: Cấp xã đặc biệt
        style: plain upper
'
rm -rf "$work/pu"
if "$khgen" build -f md,html,docx -o "$work/pu" "$work/p/pu.yaml" >/dev/null 2>"$work/err"; then
    md=$(grep -c 'CẤP XÃ ĐẶC BIỆT' "$work/pu/pu.md")
    html=$(grep -c 'CẤP XÃ ĐẶC BIỆT' "$work/pu/pu.html")
    docx=$(unzip -p "$work/pu/pu.docx" word/document.xml | grep -c 'CẤP XÃ ĐẶC BIỆT')
    small=$(cat "$work/pu/pu.md" "$work/pu/pu.html" | grep -c 'Cấp xã đặc biệt')
    if [ "$md" -ge 1 ] && [ "$html" -ge 1 ] && [ "$docx" -ge 1 ] && [ "$small" -eq 0 ]; then
        ok "5: style: plain upper prints the title in capitals in the .md, .html and .docx"
    else
        not_ok "5: plain upper: capitals in md $md, html $html, docx $docx; small letters $small"
    fi
else
    not_ok "5: the plain upper plan did not build: $(head -c 300 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
