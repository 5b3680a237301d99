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
# second byte) was lost; two notes read as one line (diff_review-006:
# the line break between them dropped) passed too.
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
    { echo '# review: a comment: Xem lại số liệu [KH760]'; cat "$work/p/ex.yaml"
        echo '# review: a text box: Dự thảo lần 2 [KH759]'; } >"$work/dr-first.yaml"
    "$khgen" diff --no-color "$work/p/ex.yaml" "$work/dr-first.yaml" >"$work/dr3" 2>&1
    s3=$?
    if [ $s3 -eq 1 ] && grep -qxF '{+a comment: Xem lại số liệu' "$work/dr3" &&
        grep -qxF 'a text box: Dự thảo lần 2+}' "$work/dr3"; then
        ok "DR b: a review note on the plan's first line is diffed, the next on a line of its own"
    else
        not_ok "DR b: status $s3: $(head -c 300 "$work/dr3")"
    fi
fi

# ---- DK: a data key's near miss: four letters, a year's column, many localities ---------
# datakeys.c warns (KH260) at a data key no table names that is a near miss
# of one a table names and its entry lacks; keys under four letters are not
# judged. slips19 and the corpus have keys of six letters and more, one
# named key near each, a handful of localities. Here a table names dien
# (diện tích), so_2023 and so_2024: a locality with 'diem' gets KH260
# (datakeys-000: MIN_KEY 5, -015: '<=': a key of four letters not judged),
# one with so_2024 but not so_2023 nothing (datakeys-013: the keys a
# table names judged too, so_2024 taken for a slip of so_2023), 'hoe'
# nothing (three letters); one with dien, ghi_chu (near no key), diem
# (both: nothing) and so_2025 gets KH260 at so_2025 (datakeys-018, -027:
# the entry's other keys left unjudged after a key near none, or after one
# the entry has both of; -022, -023, -025, -026: 'dien' not found beside
# 'diem'). Then 4,999 localities with the same 'dan_s0'
# beside four tables naming 105 keys: each is warned (datakeys-009: the
# key's judgement not kept, suggest asked again for each entry, its
# shared budget of 500,000 comparisons spent by the 4,700th: the rest
# unjudged, 4,716 warnings).
if wanted DK; then
    small dk <<'YAML'
localities:
  - {id: a, name: Đông Hòa, kind: xã, data: {dien: 10, so_2023: 1, so_2024: 2}}
  - {id: b, name: Bình Sơn, kind: xã, data: {dien: 12, so_2024: 3}}
  - {id: c, name: Tân An, kind: xã, data: {diem: 9, so_2023: 1, so_2024: 1}}
  - {id: d, name: Tân Hòa, kind: xã, data: {dien: 8, so_2023: 2, so_2024: 2, hoe: 1}}
  - {id: e, name: Tân Lập, kind: xã, data: {dien: 7, ghi_chu: 1, diem: 2, so_2025: 3}}
body:
  - para: Xem {att b1}.
attachments:
  - id: b1
    label: Biểu 01
    title: Diện tích
    columns:
      - stt
      - {key: name, header: Xã}
      - {key: dien, header: Diện tích, type: int}
      - {key: so_2023, header: Năm 2023, type: int}
      - {key: so_2024, header: Năm 2024, type: int}
    rows: {from: localities}
YAML
    "$khgen" --lang en check "$work/p/dk.yaml" >/dev/null 2>"$work/dk.err"
    s=$?
    got=$(grep -o '^[^ ]*: warning\[KH260\]' "$work/dk.err" | sed "s|^$work/p/||" | tr '\n' ' ')
    if [ $s -eq 0 ] && [ "$got" = "dk.yaml:12:44: warning[KH260] dk.yaml:14:75: warning[KH260] " ] &&
        grep -qF "did you mean 'dien'?" "$work/dk.err"; then
        ok "DK a: 'diem' is a near miss of 'dien' (four letters), so_2025 of so_2024; so_2024 without so_2023, 'hoe', diem beside dien are not"
    else
        not_ok "DK a: status $s, KH260 at: $got; $(head -c 400 "$work/dk.err")"
    fi
    /usr/bin/python3 - "$work/p/dk-many.yaml" <<'PY'
import sys
atts = []
for t in range(4):
    cols = "\n".join("      - {key: k%03d, header: K%d, type: int}" % (t * 26 + i, i) for i in range(26))
    atts.append("  - id: b%d\n    label: Biểu 0%d\n    title: Số liệu %d\n    columns:\n"
                "      - stt\n      - {key: name, header: Xã}\n"
                "      - {key: dan_so, header: Dân số, type: int}\n%s\n"
                "    rows: {from: localities}" % (t, t + 1, t, cols))
allk = ", ".join("k%03d: 1" % i for i in range(104))
locs = ["  - {id: l0, name: Xã 0, kind: xã, data: {dan_so: 1, %s}}" % allk]
locs += ["  - {id: l%d, name: Xã %d, kind: xã, data: {dan_s0: 1}}" % (i, i) for i in range(1, 5000)]
open(sys.argv[1], "w", encoding="utf-8").write(
    "khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN AN BÌNH]\n"
    "  issuer_short: UBND huyện An Bình\n  place: An Bình\n  date: 2024-03-05\n"
    "  title: Kế hoạch thử năm 2024\nlocalities:\n%s\nbody:\n"
    "  - para: Xem {att b0}, {att b1}, {att b2} và {att b3}.\nattachments:\n%s\n"
    % ("\n".join(locs), "\n".join(atts)))
PY
    "$khgen" --lang en check --max-errors 0 "$work/p/dk-many.yaml" >/dev/null 2>"$work/dk-many.err"
    s=$?
    n=$(grep -c "warning\[KH260\]: data key 'dan_s0' .*did you mean 'dan_so'?" "$work/dk-many.err")
    last=$(grep -c "^$work/p/dk-many.yaml:5008:[0-9]*: warning\[KH260\]" "$work/dk-many.err")
    if [ $s -eq 0 ] && [ "$n" -eq 4999 ] && [ "$last" -eq 1 ]; then
        ok "DK b: 4,999 localities with the same near miss: each warned, the last too"
    else
        not_ok "DK b: status $s, $n KH260 (want 4999), at the last locality: $last"
    fi
fi

# ---- CD: the drafter's meaning mistakes (check_draft.c) --------------------------------
# tests/hardening/mut20_drafts.py: drafts19's base plans with one edit
# each, and the exact session-19 warnings khgen must give (each case names
# the mutants it kills); its lines "ok - CD ..." counted here.
if wanted CD; then
    /usr/bin/python3 "$top/tests/hardening/mut20_drafts.py" "$khgen" "$work/cd" >"$work/cd.out" 2>&1
    grep -q '^[0-9]* passed, [0-9]* failed$' "$work/cd.out" || not_ok "CD: mut20_drafts.py ended: $(tail -c 300 "$work/cd.out")"
    while IFS= read -r line; do
        case $line in
        "ok - "*) ok "${line#ok - }" ;;
        "not ok - "*) not_ok "${line#not ok - }" ;;
        esac
    done <"$work/cd.out"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
