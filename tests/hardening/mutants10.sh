#!/bin/sh
# tests/hardening/mutants10.sh KHGEN WORKDIR - what session 10 fixed of the
# import leftovers of session 9's structure-aware mutation sweep (issue 8,
# "no silent loss"; /tmp/s9mut/findings.md and /tmp/s10mut/findings.md in
# their sessions) and of the ninth attack's import findings: documents that
# `khgen import` read with text left out or changed and no warning, and
# import's time on long bullets. Each is rebuilt here from a small plan or
# a generated file.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- long bullets: the unit-name and place words looked for in one pass ---------------
# Every bullet is tried as a sentence of assignment ("Phòng A chủ trì ..."):
# the end of its first unit's name was the least of 54 str_find calls over
# the whole sentence (13 words that end a name, 41 verbs), and every word's
# start was compared with 16 place words and 8 level words one by one: 3 MB
# of bullets of 250 words took 1.4 s of CPU (release), 2.2 MB of bullets
# naming localities 0.5 s. Now a table of the words' first two bytes
# (WordSet, word_first) passes over the name once: 0.2 s; same plan.
python3 - "$work/words.md" <<'PY'
import sys
lines = ['KẾ HOẠCH', '']
lines += ['- Hoàn thành ' + 'a ' * 250 + 'năm 2024.'] * 6000
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')
PY
timed_case "import of 6,000 bullets of 250 words (3 MB)" \
    "$timed" import "$work/words.md" -o "$work/words.yaml" --force

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
