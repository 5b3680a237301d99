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
#  D1  `khgen diff` kept each side's YAML tree to the end, though nothing
#      the comparison reads is in it (build frees it after check, main.c):
#      a plan of 20,000 localities with ten data values each (3.4 MB) and
#      the same with one bullet edited took 165 MB, 1.92 times `khgen
#      check` of one of them (86 MB); each side's nodes are freed once
#      it is checked now (the two nodes the diff reads, where a table's
#      title and note are written, copied first: diff_keep_written),
#      129 MB, 1.50 times. The release build's peak resident memory, the
#      smaller of two runs, at most 1.7 times check's.
#  D2  the word diff's LCS table was 4 bytes a cell (16 MB at its cap of 4
#      million cells) at the peak: a paragraph of 950 words, every tenth
#      one edited, took 22 MB, 2.35 times check's 9.5 MB; the walk needs
#      one bit a cell (similar_lcs_steps, two rows of lengths held): 9 MB,
#      0.95 times. At most 1.5 times.
#  D2g (guard) that diff's words: each of the 95 edited words its own
#      "[-w-]{+wa+}", nothing else marked.
#  D3g (guard) the {year} marks of a table's title and note, an
#      attachment's and one in the body, still read once the tree is
#      freed: after `new --year 2025`, "số liệu {year-1}" and "Ghi chú số
#      {year-2}" are years that moved with the plan, not listed (with the
#      copies left out, both tables were listed as changed).
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

# ---- D: diff's memory ------------------------------------------------------------------
# rss_of COMMAND...: its peak resident KB, the smaller of two runs, in $rss;
# the first run's status in $status
rss_of() {
    rss=
    for _r in 1 2; do
        /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/rss.out" 2>"$work/rss.err"
        _st=$?
        [ "$_r" = 1 ] && status=$_st
        _k=$(tail -n 1 "$work/rss")
        case $_k in *[!0-9]* | "") _k=999999999 ;; esac
        [ -z "$rss" ] || [ "$_k" -lt "$rss" ] && rss=$_k
    done
}

# rss_within NAME TIMES(x10) OLD NEW: diff OLD NEW's peak at most TIMES/10
# times `check OLD`'s (the release build, $timed)
rss_within() {
    rss_of "$timed" check "$3"
    _check=$rss _cs=$status
    rss_of "$timed" diff "$3" "$4"
    _diff=$rss _ds=$status
    if [ "$_cs" -ne 0 ] || [ "$_ds" -ne 1 ]; then
        not_ok "$1: check status $_cs (want 0), diff status $_ds (want 1): $(head -c 300 "$work/rss.err")"
    elif [ $((_diff * 10)) -le $((_check * $2)) ]; then
        ok "$1: diff's peak ${_diff} KB, check's ${_check} KB (at most $(($2 / 10)).$(($2 % 10)) times)"
    else
        not_ok "$1: diff's peak ${_diff} KB, more than $(($2 / 10)).$(($2 % 10)) times check's ${_check} KB"
    fi
}

"$py" - "$work/p/ex.yaml" "$work" <<'PY'
import sys, random
s = open(sys.argv[1], encoding='utf-8').read()
w = sys.argv[2]
bullet = 'Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.'
assert bullet in s
# D1: 20,000 localities with ten data values each; the new side edits a bullet
locs = ''.join('  - {id: l%d, name: Thôn %d, kind: thôn, data: {%s}}\n'
               % (i, i, ', '.join('k%d: %d' % (k, i * 10 + k) for k in range(10)))
               for i in range(20000))
d1 = s.replace('localities:\n', 'localities:\n' + locs, 1)
open(w + '/d1a.yaml', 'w', encoding='utf-8').write(d1)
open(w + '/d1b.yaml', 'w', encoding='utf-8').write(d1.replace(bullet, bullet[:-1] + ' (sửa).'))
# D2: a paragraph of 950 words, every tenth one edited
random.seed(46)
words = ['nông', 'thôn', 'mới', 'xã', 'huyện', 'thực', 'hiện', 'kế', 'hoạch', 'năm']
ws = [random.choice(words) for i in range(950)]
old = ' '.join(ws)
new = ' '.join(x + 'a' if i % 10 == 3 else x for i, x in enumerate(ws))
open(w + '/d2a.yaml', 'w', encoding='utf-8').write(s.replace(bullet, bullet + ' ' + old))
open(w + '/d2b.yaml', 'w', encoding='utf-8').write(s.replace(bullet, bullet + ' ' + new))
# D3g: tables' titles and notes with {year} marks, in the body and attached
d3 = s.replace('title: Danh sách xã phấn đấu đạt chuẩn năm 2024',
               'title: Danh sách xã phấn đấu đạt chuẩn, số liệu {year-1}\n'
               '    note: Ghi chú số {year-2}')
d3 = d3.replace('where: {target_year: 2024}', 'where: {target_year: "{year}"}')
d3 = d3.replace('      - table: Phân công rà soát ', '      - table: Phân công rà soát, số liệu {year-1}\n'
                '        note: Ghi chú bảng số {year-2}\n        #', 1)
open(w + '/d3a.yaml', 'w', encoding='utf-8').write(d3)
PY
rss_within "D1 diff of 20,000 localities' data, a bullet edited (87c2fa81: 1.92 times)" 17 \
    "$work/d1a.yaml" "$work/d1b.yaml"
rss_within "D2 diff of a paragraph of 950 words, every tenth edited (87c2fa81: 2.35 times)" 15 \
    "$work/d2a.yaml" "$work/d2b.yaml"

"$khgen" diff "$work/d2a.yaml" "$work/d2b.yaml" >"$work/d2.out" 2>"$work/d2.err"
"$py" - "$work/d2.out" <<'PY'
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
runs = re.findall(r'\[-([^\]]*)-\]\{\+([^}]*)\+\}', t)
ok = len(runs) == 95 and all(b == a + 'a' for a, b in runs) and t.count('[-') == 95 and t.count('{+') == 95
sys.exit(0 if ok else 1)
PY
if [ $? -eq 0 ]; then
    ok "D2g (guard) the 95 edited words, each its own [-w-]{+wa+}"
else
    not_ok "D2g (guard) the edited words: $(grep -o '\[-[^]]*-\]{+[^}]*+}' "$work/d2.out" | head -5 | tr '\n' ' ') $(head -c 300 "$work/d2.err")"
fi

"$khgen" new --from "$work/d3a.yaml" --year 2025 -o "$work/d3b.yaml" --force >"$work/d3n.err" 2>&1
"$khgen" diff "$work/d3a.yaml" "$work/d3b.yaml" >"$work/d3.out" 2>"$work/d3.err"
d3=$?
if [ "$d3" -eq 1 ] && ! grep -q "Bảng 1\|Biểu 01\|2023\|2022" "$work/d3.out" &&
    grep -q "9 phần chỉ đổi năm" "$work/d3.out"; then
    ok "D3g (guard) the tables' titles and notes with {year-1}, {year-2}: years moved with the plan, not listed"
else
    not_ok "D3g (guard) status $d3: $(head -c 600 "$work/d3.out") $(head -c 300 "$work/d3.err") $(head -c 300 "$work/d3n.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
