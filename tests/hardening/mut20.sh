#!/bin/sh
# tests/hardening/mut20.sh KHGEN WORKDIR - what session 20's mutation sweep
# (issue 8; tools/mutants.py run over every mutant of session 19's new
# files: check_draft.c, datakeys.c, blankmeant.c, diff_review.c,
# diag_escape.c) found the tests blind to, where a run of khgen shows it:
# one-line changes of khgen that every suite running their line passed
# (drafts19, slips19, leftovers19, attack19, the diagnostics corpus, the
# fast tier). Each case below fails with the mutants its comment names and
# passes with khgen; the ids are those of `tools/mutants.py list FILE` (no
# --max: every mutant of the file) with FILE as it was at 45cdcdf, where
# the sweep began.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# wanted NAME: whether case NAME runs: all of them, or those MUT20_CASES
# names ("DR": a mutant's run of the cases of its file, by hand)
wanted() {
    case " ${MUT20_CASES:-all} " in *" all "* | *" $1 "*) return 0 ;; esac
    return 1
}

readme_base

# ---- DR: diff's "# review:" notes of a large plan, and on its first line ------------------
# diff_review.c reads a plan's source again for its "# review:" notes (the
# loader keeps no comments). It read at most 16 MiB where the loader reads
# 32 MiB (load_default_limits): a plan of 17 MiB (here a long comment
# after it) loaded, its notes read as none, and diff said "identical",
# status 0 (a bug: diff_review-001, 16u << 21, was the fix). As git's
# driver (seven arguments), the old version's copy was read with the same
# 16 MiB: "cannot read: File too large" for a plan check reads. And a note
# on the file's first line (diff_review-004: the lines read from the
# second byte) was lost.
if wanted DR; then
    cp "$work/p/ex.yaml" "$work/dr-big.yaml"
    echo '# review: a text box: Dự thảo lần 2 [KH759]' >>"$work/dr-big.yaml"
    /usr/bin/python3 -c '
import sys
with open(sys.argv[1], "a") as f:
    f.write(("# " + "x" * 98 + "\n") * (17 * 1024 * 1024 // 100))' "$work/dr-big.yaml"
    "$khgen" diff --no-color "$work/p/ex.yaml" "$work/dr-big.yaml" >"$work/dr1" 2>&1
    s1=$?
    "$khgen" diff --no-color "$work/dr-name.yaml" "$work/dr-big.yaml" 0 100644 \
        "$work/p/ex.yaml" 0 100644 >"$work/dr2" 2>&1
    s2=$?
    if [ $s1 -eq 1 ] && grep -qF '{+a text box: Dự thảo lần 2+}' "$work/dr1" &&
        [ $s2 -eq 0 ] && grep -qF '[-a text box: Dự thảo lần 2-]' "$work/dr2"; then
        ok "DR a: a 17 MiB plan's review note is diffed, as OLD.yaml NEW.yaml and as git's driver"
    else
        not_ok "DR a: status $s1, $s2: $(head -c 300 "$work/dr1") $(head -c 300 "$work/dr2")"
    fi
    { echo '# review: a comment: Xem lại số liệu [KH760]'; cat "$work/p/ex.yaml"; } >"$work/dr-first.yaml"
    "$khgen" diff --no-color "$work/p/ex.yaml" "$work/dr-first.yaml" >"$work/dr3" 2>&1
    s3=$?
    if [ $s3 -eq 1 ] && grep -qF '{+a comment: Xem lại số liệu+}' "$work/dr3"; then
        ok "DR b: a review note on the plan's first line is diffed"
    else
        not_ok "DR b: status $s3: $(head -c 300 "$work/dr3")"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
