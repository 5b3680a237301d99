#!/bin/sh
# tests/hardening/scale20.sh KHGEN WORKDIR - session 20's sweep for linear
# time (issue 8: no step quadratic in the length of a text), and the guards
# of what it fixed. tools/scale_sweep.py runs the whole sweep (every
# command, one thing grown at a time, at n, 2n, 4n and 8n); each case here
# is a path it found superlinear, measured at two sizes, a quarter and the
# whole, and fails when the larger costs more than LINEAR (6) times the
# smaller: a linear path costs 4 times, the quadratic one it was 10 to 16.
#
# Cases count instructions with valgrind's cachegrind (not wall time:
# counts do not move with the machine's load). They need valgrind and a
# build without sanitizers: given the sanitizers' build (make check), they
# count the release build ./khgen beside it; with neither they are
# reported as skipped and counted in neither total. Cases that check what
# a fix must not change run with the build given. Prints "ok - ..."/
# "not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

LINEAR=6

# the release build to count (see above), or empty with $cg_skip saying why
cg_skip=
cg_khgen=$khgen
if ldd "$khgen" 2>/dev/null | grep -q 'libasan\|libubsan'; then
    cg_khgen=$top/khgen
    ldd "$cg_khgen" 2>/dev/null | grep -q 'libasan\|libubsan' && cg_khgen=
fi
if ! command -v valgrind >/dev/null 2>&1; then
    cg_skip="valgrind is not installed"
elif [ ! -x "$cg_khgen" ]; then
    cg_skip="a sanitizer build, and no release build ./khgen beside it (its counts are not the release build's)"
fi

# instructions ARG...: sets $count to the instructions of `khgen ARG...`
# (empty when valgrind's run gave none)
instructions() {
    (cd "$work" && valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        --log-file="$work/vg.log" "$cg_khgen" "$@") >/dev/null 2>&1
    count=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$work/vg.log" | tr -d ,)
}

# linear NAME SMALL BIG ARG...: `khgen ARG...` with the files SMALL and
# then BIG (a quarter of it, and it) for the word FILE among ARG: ok when
# BIG costs at most LINEAR times SMALL
linear() {
    name=$1 small=$2 big=$3
    shift 3
    if [ -n "$cg_skip" ]; then
        echo "skip - $name: $cg_skip (counted in neither total)"
        return
    fi
    instructions $(for a in "$@"; do [ "$a" = FILE ] && printf '%s\n' "$small" || printf '%s\n' "$a"; done)
    c_small=$count
    instructions $(for a in "$@"; do [ "$a" = FILE ] && printf '%s\n' "$big" || printf '%s\n' "$a"; done)
    c_big=$count
    if [ -z "$c_small" ] || [ -z "$c_big" ] || [ "$c_small" -eq 0 ]; then
        not_ok "$name: no count from valgrind: $(tail -c 300 "$work/vg.log")"
    elif [ "$c_big" -le $((LINEAR * c_small)) ]; then
        ok "$name: $c_small then $c_big instructions ($((c_big * 10 / c_small / 10)).$((c_big * 10 / c_small % 10))x for 4x the input)"
    else
        not_ok "$name: $c_small then $c_big instructions ($((c_big / c_small))x for 4x the input; at most ${LINEAR}x)"
    fi
}

# ---- 1, 2: KH260, a locality of many data keys ---------------------------------------
# datakeys.c asked, for each key that is a near miss of a key a table reads,
# whether the entry has that key too, by a pass over all of its keys: one
# locality of 16,000 near-miss keys and no dan_so_nam_truoc (330 KB) cost 9.8 billion
# instructions (1.1 s, 5 s under ASan), 14 times the cost of 4,000
datakeys_plan() { # FILE KEYS OWN: a plan whose locality l1 has KEYS near misses of
    # dan_so_nam_truoc, and dan_so_nam_truoc itself when OWN is "dan_so_nam_truoc: 2, " (each key is then
    # found in one step of the pass, which hid it)
    /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import sys
path, n, own = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# keys of dan_so_nam_truoc's length, its last three letters changed: each
# one three edits from it at most, and a near miss
abc = "0123456789abcdefghijklmnopqrstuvwxyz"
keys = ", ".join("dan_so_nam_tr%s%s%s: 1" % (abc[i // 1296 % 36], abc[i // 36 % 36], abc[i % 36])
                 for i in range(n))
open(path, "w", encoding="utf-8").write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  code: KH-UBND
  place: An Bình
  date: 2024-01
  title: Dân số các xã năm 2024
units:
  - {id: vp, name: Văn phòng}
localities:
  - {id: l0, name: Xã Một, kind: xã, data: {dan_so_nam_truoc: 1}}
  - {id: l1, name: Xã Hai, kind: xã, data: {%s%s}}
  - {id: l2, name: Xã Ba, kind: xã, data: {dan_so_nam_truoc_1: 3}}
body:
  - section: NỘI DUNG
    items:
      - task: Tổng hợp dân số (chi tiết theo {att b1} đính kèm).
        lead: vp
closing: Trên đây là Kế hoạch.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b1
    label: Biểu 01
    title: Dân số năm 2024
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: name, header: Xã}
      - {key: data.dan_so_nam_truoc, header: Dân số, type: int}
    rows: {from: localities}
""" % (own, keys))
PY
}
datakeys_plan "$work/keys-small.yaml" 4000 ""
datakeys_plan "$work/keys-big.yaml" 16000 ""
linear "1: KH260 over one locality of 4,000 and of 16,000 data keys" \
    "$work/keys-small.yaml" "$work/keys-big.yaml" check --max-errors 1 FILE
# what the fix must not change: l1 has dan_so_nam_truoc, so its near misses are its
# own keys (no warning); l2 lacks it, so its dan_so_nam_truoc_1 is a warning
datakeys_plan "$work/keys-few.yaml" 3 "dan_so_nam_truoc: 2, "
"$khgen" check "$work/keys-few.yaml" >"$work/out" 2>"$work/err"
status=$?
n260=$(grep -c 'KH260' "$work/err")
if [ "$status" -eq 0 ] && [ "$n260" -eq 1 ] &&
    grep -q "keys-few\.yaml:$(grep -n 'id: l2' "$work/keys-few.yaml" | cut -d: -f1):[0-9]*: warning\[KH260\]: data key 'dan_so_nam_truoc_1' of this locality is named by no table or figure of the plan: did you mean 'dan_so_nam_truoc'?" "$work/err"; then
    ok "2: KH260 at l2's dan_so_nam_truoc_1 only: l1 has dan_so_nam_truoc beside its near misses"
else
    not_ok "2: status $status, $n260 KH260 (want 1, at l2); $(head -c 600 "$work/err")"
fi

# ---- 7, 8: "did you mean" over long ids ----------------------------------------------
# the edit distance filled its whole table, the product of the two lengths,
# for a hint that wants three edits at most: 60 unknown ids of 250
# characters against 2,000 units whose ids share their beginning took 14 s
# (3,000 of them against the 2,000 units, a 1.9 MB plan: 30 s); ids 4 times
# longer cost 16 times as much. Now a band around the diagonal, ASCII folded
# without decomposing, and a long comparison counted as more than one of the
# budget's
longids_plan() { # FILE LENGTH: 300 units with ids of LENGTH, 60 unknown references
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
path, length = sys.argv[1], int(sys.argv[2])
pre = ("phong-" * 50)[:length - 5]
units = "".join("  - {id: %s%05d, name: Phòng số %d}\n" % (pre, i, i) for i in range(300))
tasks = "".join("      - task: Việc %d\n        lead: %s%05d\n" % (i, pre, i) for i in range(300))
refs = "".join("      - para: Giao {unit %sx%04d}.\n" % (pre, i) for i in range(60))
open(path, "w", encoding="utf-8").write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  code: KH-UBND
  place: An Bình
  date: 2024-01
  title: Thực thi năm 2024
units:
%sbody:
  - section: NỘI DUNG
    items:
%s%sclosing: Trên đây là Kế hoạch.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
""" % (units, tasks, refs))
PY
}
longids_plan "$work/ids-short.yaml" 60
longids_plan "$work/ids-long.yaml" 240
linear "7: 'did you mean' for ids of 60 and of 240 characters" \
    "$work/ids-short.yaml" "$work/ids-long.yaml" check FILE
# what must not change: the hint of a long id one edit off, and of a short
# id with a letter's mark and case changed (folded the same, ASCII or not)
"$khgen" check "$work/ids-long.yaml" >"$work/out" 2>"$work/err"
want_id=$(sed -n 's/^  - {id: \(phong[^,]*00007\), .*/\1/p' "$work/ids-long.yaml")
printf '      - para: "{unit %s}"\n' "$(printf '%s' "$want_id" | sed 's/00007$/0007/')" >"$work/ref"
awk -v ref="$(cat "$work/ref")" '/^closing:/ { print ref } { print }' "$work/ids-long.yaml" |
    grep -v 'Giao {unit' >"$work/one.yaml"
"$khgen" check "$work/one.yaml" >"$work/out" 2>"$work/err"
if grep -q "error\[KH202\]: unknown unit '.*0007' (did you mean '.*00007'?)" "$work/err" &&
    [ "$(grep -c 'error\[' "$work/err")" -eq 1 ]; then
    ok "8: an id of 240 characters one edit off is told the id it means"
else
    not_ok "8: $(grep 'error\[' "$work/err" | head -3 | cut -c1-300)"
fi

# ---- 9, 10: suppress: on many nodes ---------------------------------------------------
# each warning was asked of every suppress: rule in turn: 16,000 paragraphs
# each with a suppress: and 16,000 unused units (a warning each) took 1.5 s,
# 3.7 times more at each doubling; now the rules of a code and a file are
# kept sorted (lineranges.c)
suppress_plan() { # FILE N CODE: N units none uses, N paragraphs each silencing CODE
    /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import sys
path, n, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
units = "".join("  - {id: u%d, name: Phòng số %d}\n" % (i, i) for i in range(n))
paras = "".join("      - para: Đoạn %d.\n        suppress: [%s]\n" % (i, code) for i in range(n))
open(path, "w", encoding="utf-8").write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  code: KH-UBND
  place: An Bình
  date: 2024-01
  title: Thực thi năm 2024
units:
%sbody:
  - section: NỘI DUNG
    items:
%sclosing: Trên đây là Kế hoạch.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
""" % (units, paras))
PY
}
suppress_plan "$work/sup-small.yaml" 4000 KH310
suppress_plan "$work/sup-big.yaml" 16000 KH310
linear "9: 4,000 and 16,000 warnings under as many suppress: rules" \
    "$work/sup-small.yaml" "$work/sup-big.yaml" check --max-errors 1 FILE
# what must not change: a rule silences its code in its node's lines only:
# paragraphs silencing KH250 leave the units' KH250 (lines 10 and 11); the
# plan's own suppress: [KH250] silences both
suppress_plan "$work/sup-two.yaml" 2 KH250
"$khgen" check "$work/sup-two.yaml" >"$work/out" 2>"$work/err"
n_nodes=$(grep -c 'warning\[KH250\]' "$work/err")
sed 's/^units:$/suppress: [KH250]\nunits:/' "$work/sup-two.yaml" >"$work/sup-file.yaml"
"$khgen" check "$work/sup-file.yaml" >"$work/out" 2>"$work/err"
n_file=$(grep -c 'warning\[KH250\]' "$work/err")
if [ "$n_nodes" -eq 2 ] && [ "$n_file" -eq 0 ]; then
    ok "10: the paragraphs' suppress: [KH250] leaves the units' two KH250, the plan's silences them"
else
    not_ok "10: $n_nodes KH250 under the paragraphs' rules (want 2), $n_file under the plan's (want 0)"
fi

# ---- 3 to 6: diagnostics capped in every command, their lines trimmed -----------------
# a plan of 60 errors, each on a line of 700 characters: check, diff and new
# show 50, and a line for the rest; only check and build take --max-errors,
# so diff and new (which refuse it: exit 2) name `khgen check --max-errors 0`
# where their line told to give them --max-errors N (s20scale); every
# printed line is a window of its source line, in JSON too
i=0
while [ $i -lt 60 ]; do
    printf '      - para: "%0300d {unit zz%d} %0300d"\n' 0 $i 0
    i=$((i + 1))
done >"$work/paras"
{
    printf 'body:\n  - section: NỘI DUNG\n    items:\n'
    cat "$work/paras"
    printf 'closing: Trên đây là Kế hoạch.\nrecipients: [UBND tỉnh, "Lưu: VT"]\n'
    printf 'signature:\n  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n'
    # a units list: with none at all only the first unknown unit is told
    # (c01b0fd3), and the cap would not be reached
    printf 'units:\n  - {id: vp, name: Văn phòng}\n'
} | small capped
readme_base
# capped_says NAME WANT ARG...: khgen ARG... (in $work/p) shows 50 KH202 of
# capped.yaml, then the line WANT (a fixed string), no line over 300
# characters (a source line holds 700)
capped_says() {
    name=$1 want=$2
    shift 2
    (cd "$work/p" && "$khgen" "$@") >"$work/out" 2>"$work/err"
    st=$?
    shown=$(grep -c 'error\[KH202\]\|"code": "KH202"' "$work/err")
    longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$work/err")
    if [ "$st" -ne 0 ] && [ "$shown" -eq 50 ] && grep -qF -- "$want" "$work/err" && [ "$longest" -le 300 ]; then
        ok "$name"
    else
        not_ok "$name: status $st, $shown KH202 shown (want 50), longest line $longest; $(grep 'too many' "$work/err" | head -c 300)"
    fi
}
capped_says "3: check shows 50 and names --max-errors" \
    "capped.yaml: too many errors: 10 more errors not shown (at most 50 of each per file; --max-errors N changes it, 0 shows all)" \
    check capped.yaml
capped_says "4: diff shows 50 and names khgen check --max-errors 0 (diff takes no --max-errors)" \
    "capped.yaml: too many errors: 10 more errors not shown (at most 50 of each per file; 'khgen check --max-errors 0' on the plan shows all)" \
    diff ex.yaml capped.yaml
capped_says "5: new, in JSON, shows 50 and names khgen check --max-errors 0" \
    "\"message\": \"too many errors: 10 more errors not shown (at most 50 of each per file; 'khgen check --max-errors 0' on the plan shows all)\"" \
    new --diagnostics-format=json --from capped.yaml --year 2025 -o next.yaml
(cd "$work/p" && "$khgen" diff --max-errors 0 ex.yaml capped.yaml) >/dev/null 2>&1
st=$?
if [ "$st" -eq 2 ]; then
    ok "6: diff --max-errors is a usage error (so diff's line names check's)"
else
    not_ok "6: diff --max-errors gave status $st (want 2): diff's line past the cap must then name it"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
