#!/bin/sh
# tests/hardening/s46split.sh KHGEN WORKDIR - session 46's work on what was
# linear but heavy (issue 8; reproducers in /tmp/s46split/ of that
# session). Each case fails at 87c2fa81 (session 45's stop) unless it is
# named a guard:
#  W1  colwidth.c's spare-room rule (share_room) measured every column of
#      every sampled row again for each trial width, ~17 rounds x (columns
#      + 1) trials: a table of 5 long-text columns (64 rows of 400
#      characters) spent 4.5x the loader's instructions in column_widths,
#      and 2 MB of cells took 0.93 s of the HTML's build (s45review). Each
#      column's sampled lines are kept now, only the widened column is
#      measured again, each trial width once: 0.36x the loader's. Counted
#      by callgrind (instructions do not move with the machine's load),
#      the release build's; reported as skipped without valgrind.
#  W1g (guard) the widths the rule gives, as 87c2fa81 gave them: two
#      tables whose columns are long in different shares of their rows
#      (every row, one in eight, one in three), one of 40 rows, all
#      sampled, and one of 600, every second row sampled; the HTML's
#      <col> widths of each.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
readme_base

# table_plan OUT ROWS SHAPES: README's example with a Biểu 02 of long-text
# columns, each column's SHAPE "EVERY:LONG:SHORT" (a text of LONG
# characters in every EVERY-th row, SHORT in the others), its words drawn
# from a fixed seed
table_plan() {
    "$py" - "$work/p/ex.yaml" "$@" <<'PY'
import sys, random
s = open(sys.argv[1], encoding='utf-8').read()
out, rows = sys.argv[2], int(sys.argv[3])
shapes = [tuple(int(x) for x in a.split(':')) for a in sys.argv[4:]]
random.seed(46)
words = ['nông', 'thôn', 'mới', 'xã', 'huyện', 'thực', 'hiện', 'kế', 'hoạch', 'năm']
def text(n):
    r, length = [], 0
    while length < n:
        w = random.choice(words)
        r.append(w)
        length += len(w) + 1
    return ' '.join(r)
spec = ''.join('      - {key: c%d, header: Cột %d}\n' % (k, k) for k in range(len(shapes)))
rws = ''.join('      - {' + ', '.join('c%d: "%s"' % (k, text(long_ if r % every == 0 else short))
                                       for k, (every, long_, short) in enumerate(shapes)) + '}\n'
              for r in range(rows))
att = '  - id: bieu02\n    label: Biểu 02\n    title: Bảng\n    columns:\n' + spec + '    rows:\n' + rws
s = s.replace('attachments:\n', 'attachments:\n' + att, 1)
s = s.replace('(Chi tiết theo {att bieu01} đính kèm)', '(Chi tiết theo {att bieu01} và {att bieu02} đính kèm)')
open(out, 'w', encoding='utf-8').write(s)
PY
}

# ---- W1: the spare-room rule's work, linear in the cells measured ---------------------
callgrind_ready
if [ -n "$cg_skip" ]; then
    echo "skip - W1: $cg_skip (counted in neither total)"
else
    table_plan "$work/w1.yaml" 64 1:400:400 1:400:400 1:400:400 1:400:400 1:400:400
    callgrind_run w1 build -f html -o "$work/w1o" "$work/w1.yaml"
    widths=$(cg_per "$work/w1.incl" colwidth.c:column_widths 1)
    loader=$(cg_per "$work/w1.incl" load.c:load_text 1)
    if [ "$cg_status" -ne 0 ] || [ -z "$widths" ] || [ -z "$loader" ]; then
        not_ok "W1: callgrind's run failed (status $cg_status): $(tail -c 400 "$work/w1.log")"
    elif [ "$widths" -le "$loader" ]; then
        ok "W1: a table of 5 long-text columns: column_widths $widths instructions, the loader's $loader (at most as many)"
    else
        not_ok "W1: a table of 5 long-text columns: column_widths $widths instructions, more than the loader's $loader (87c2fa81: 4.5x, each column measured again at each trial)"
    fi
fi

# ---- W1g: the widths as before ---------------------------------------------------------
w1g() { # NAME ROWS WANT: the HTML's <col> widths of Biểu 02 (the second table)
    table_plan "$work/$1.yaml" "$2" 1:300:30 8:300:25 1:70:70 3:120:22 1:30:30
    "$khgen" build -f html -o "$work/$1o" "$work/$1.yaml" >"$work/$1.err" 2>&1
    got=$(grep -o '<col style="width: [0-9.]*%">' "$work/$1o/$1.html" | sed -n 5,9p |
          sed 's/.*width: \([0-9.]*\)%.*/\1/' | tr '\n' ' ')
    if [ "$got" = "$3" ]; then
        ok "W1g (guard) $2 rows: Biểu 02's widths $got"
    else
        not_ok "W1g (guard) $2 rows: Biểu 02's widths '$got', want '$3' (87c2fa81's) $(head -c 300 "$work/$1.err")"
    fi
}
w1g g40 40 "37.3 19.1 12.7 18.2 12.7 "
w1g g600 600 "34.5 24.5 12.7 15.5 12.7 "

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
