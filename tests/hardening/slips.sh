#!/bin/sh
# tests/hardening/slips.sh KHGEN WORKDIR - the one-line slips of a tired
# drafter (issue 8: "khgen must never segfault on a one-line mistake";
# hidden broken plans will be run against it).
#
# Runs tests/hardening/slips.py over plans/ (each plan, the shared
# registry of Yên Thế), the README's complete example and the varied base
# of tests/hardening/slips-vary/ (entries with and without each optional
# field, session 18): a fixed, seeded sample of SLIPS_SAMPLE mutants of
# the first (1200 by default, the sample they had before) and SLIPS_VARIED
# of the varied base (300; together about a minute and a quarter of CPU
# with the release build), one of each kind of slip first - a
# value emptied, a list or a mapping for a text or a number, a key
# misspelt or with a diacritic or written twice, a line indented one space
# more or less or with a tab, a reference to nothing or to itself, an
# impossible date, a number "1.234" or "105%", a line cut in half, a quote
# left open, a list item without its dash. Each must end with status 0 or
# 1 in under a second of CPU (five under the sanitizers), without a
# sanitizer report; a failing one with an error or warning
# FILE:LINE:COL: level[KHnnn] at the line the slip justifies (its own, a
# reference's definition or use, for a slip of a line's shape the next
# line) and no file written; a passing one with a warning at that line, or
# a document that is the original's, or one HARMLESS in slips.py lists
# with the README's reason. The release build ($top/khgen) is timed; the
# build given, when it is another (the sanitizers'), runs every fourth
# mutant as well. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
n=${SLIPS_SAMPLE:-1200}
v=${SLIPS_VARIED:-300}
if [ "$timed" = "$khgen" ]; then
    /usr/bin/python3 "$top/tests/hardening/slips.py" "$khgen" "$work/run" --sample "$n" --sample-varied "$v" --limit "$limit"
else
    /usr/bin/python3 "$top/tests/hardening/slips.py" "$timed" "$work/run" --sample "$n" --sample-varied "$v" \
        --limit "$limit" --asan "$khgen" --asan-every 4
fi
