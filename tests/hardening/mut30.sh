#!/bin/sh
# tests/hardening/mut30.sh KHGEN WORKDIR - the cases session 30's mutation
# sweep of session 29's code found missing (issue 8: "never silently wrong
# output"; tools/mutants.py over the lines session 29 added to src/,
# 3788d6ef..fb3b59dc). Each case names the mutant (file: the change) that
# passed every suite before it: a one-line change to that code must now
# fail here.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
readme_base

# ---- include.c: KH133's depth ------------------------------------------------
# fixlow29's T3e counts the files (256, then 257); no case nested the
# includes to the limit: 'm->depth >= MAX_INCLUDE_DEPTH' (a chain of 16
# refused) passed every suite. A chain of 16 registries, each including
# the next, is read; one of 17 is KH133 at the 16th's include.
# chain D: $P/dD/p.yaml, the README's example including r1.yaml, each rK
# including r(K+1) up to rD
chain() {
    mkdir -p "$P/d$1"
    /usr/bin/python3 - "$1" "$P/d$1" "$P/ex.yaml" <<'PY'
import os, sys
d, top = int(sys.argv[1]), sys.argv[2]
for i in range(1, d + 1):
    s = 'units:\n  - {id: r%d, name: Đơn vị %d}\n' % (i, i)
    if i < d:
        s = 'include: [r%d.yaml]\n' % (i + 1) + s
    open(os.path.join(top, 'r%d.yaml' % i), 'w', encoding='utf-8').write(s)
ex = open(sys.argv[3], encoding='utf-8').read().replace('header:', 'include: [r1.yaml]\nheader:', 1)
open(os.path.join(top, 'p.yaml'), 'w', encoding='utf-8').write(ex)
PY
}
chain 16
check_says "include.c depth: a chain of 16 nested includes is read (the limit, not over it)" "$P/d16/p.yaml" 0
chain 17
check_says "include.c depth: a chain of 17 nested includes is KH133 at the 16th's include" "$P/d17/p.yaml" 1 \
    "r16.yaml:1:11: error[KH133]" "nested deeper than 16"

# ---- outdir.c: the list of directories -o made --------------------------------
# 'had + n - 1 > cap' (its room grown two bytes late) wrote past the list's
# end when a level's path is one or two bytes longer than the room left:
# the release build's allocator hides it; the sanitizers' build (make
# check) stops. Levels of one letter, each path 2 bytes longer than the
# one above: the file is written, the directories are there.
rm -rf "$work/o6"
"$khgen" build -f md -o "$work/o6/a/b/c/d/e/f/g/h/i/j/k/l" "$P/ex.yaml" >/dev/null 2>"$work/err"
st=$?
if [ $st = 0 ] && [ -f "$work/o6/a/b/c/d/e/f/g/h/i/j/k/l/ex.md" ] && ! grep -q 'Sanitizer\|runtime error' "$work/err"; then
    ok "outdir.c room: -o of 12 new one-letter levels: the file written"
else
    not_ok "outdir.c room: -o of 12 new levels: status $st, $(head -c 300 "$work/err")"
fi

# ---- txt_labels.c: a PDF's lone labels ----------------------------------------
# foreign29's text has "2." over "Chỉ tiêu" alone: no case had a label of
# the form "1)" (lone_label's 't[l + 1] == ...' for 't[l - 1]' passed) nor
# two labels in a row or one at the end (put_back_label, its memmove
# dropped: no suite ran it). Each label goes before the next line of text;
# the first of two in a row, and one at the end, stay where they were.
mkdir -p "$work/tx"
printf '%s\n' 'ỦY BAN NHÂN DÂN' 'HUYỆN YÊN THẾ' 'Số: 125/KH-UBND' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
    'Độc lập - Tự do - Hạnh phúc' 'Yên Thế, ngày 15 tháng 01 năm 2024' 'KẾ HOẠCH' \
    'Thực hiện nhiệm vụ năm 2024' 'UBND huyện Yên Thế xây dựng Kế hoạch như sau:' \
    'I.' '' 'MỤC ĐÍCH, YÊU CẦU' '1.' '' '2.' 'Chỉ tiêu' '1)' 'Tăng thu ngân sách' 'a)' '' 'Giữ vững an ninh' \
    'II.' '1.' '' 'NHIỆM VỤ' 'Làm tốt công tác dân vận.' \
    'Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.' '3.' >"$work/tx/lab.txt"
"$khgen" import -o "$work/tx/lab.yaml" --force "$work/tx/lab.txt" 2>"$work/tx/lab.err" &&
    "$khgen" build -f md -o "$work/tx" "$work/tx/lab.yaml" >/dev/null 2>>"$work/tx/lab.err"
sed -n '/như sau:$/,$p' "$work/tx/lab.md" 2>/dev/null | grep -v '^$' >"$work/lab.got"
cat >"$work/lab.want" <<'EOF2'
UBND huyện Yên Thế xây dựng Kế hoạch như sau:
**I. MỤC ĐÍCH, YÊU CẦU**
1&#46;
2\. Chỉ tiêu
**1) Tăng thu ngân sách**
a) Giữ vững an ninh
**II.**
**1. NHIỆM VỤ**
Làm tốt công tác dân vận.
Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2024 của UBND huyện Yên Thế./.
**3\.**
EOF2
same lab "txt_labels.c lone_label/put_back_label: '1)' alone joins its text; of two labels in a row the first stays, one at the end stays"

# ---- attach_rows.c: the sort keys made once ------------------------------------
# fixlow29's T3d times the sort and counts its rows, never their order: a
# key's tones never made (put_sort_key's '*tones = ...' dropped: the
# tones compared as bytes) passed every suite. Names that differ in their
# tone alone sort in the dictionaries' order (ngang, huyền, hỏi, ngã,
# sắc, nặng), not the bytes' (Hà Há Hã Hạ Hả); by two keys, the first
# equal ([kind, name]), the same.
for keys in name kind,name; do
    /usr/bin/python3 - "$P/ex.yaml" "$P/sort-$keys.yaml" "$keys" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
names = ['Hạ', 'Hã', 'Ha', 'Hả', 'Há', 'Hà']
locs = ''.join('\n  - {id: h%d, name: "Xã %s", kind: xã, criteria_met: 17, target: ntm, target_year: 2024}'
               % (i, n) for i, n in enumerate(names))
at = s.index('\nbody:')
s = s[:at] + locs + s[at:]
old = '    rows: {from: localities, where: {target_year: 2024}}'
assert old in s
s = s.replace(old, '    rows: {from: localities, where: {target_year: 2024}, sort: [%s]}' % sys.argv[3])
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    "$khgen" build -f md -o "$work/sort" "$P/sort-$keys.yaml" >/dev/null 2>"$work/err"
    got=$(grep -o '| Xã H[^ |]*' "$work/sort/sort-$keys.md" 2>/dev/null | sed 's/^| Xã //' | tr '\n' ' ')
    if [ "$got" = "Ha Hà Hả Hã Há Hạ " ]; then
        ok "attach_rows.c sort keys: sort: [$keys] puts names differing in their tone in the dictionaries' order"
    else
        not_ok "attach_rows.c sort keys: sort: [$keys]: [$got], want [Ha Hà Hả Hã Há Hạ ] $(head -c 300 "$work/err")"
    fi
done

# ---- cli.c: cli_write_failed ---------------------------------------------------
# user29's cases write into a directory that is missing (ENOENT, its
# directory named with the mkdir -p to run); no case had ENOENT in a
# directory that exists ('err == ENOENT || path_dir_missing(path)' passed):
# -o a link whose target's directory is missing says the reason, not that
# the link's directory, which is there, does not exist.
mkdir -p "$work/cl"
ln -s "$work/cl/nodir/x.yaml" "$work/cl/link.yaml"
"$khgen" diff -o "$work/cl/link.yaml" "$P/ex.yaml" "$P/ex.yaml" >/dev/null 2>"$work/err"
st=$?
if [ $st = 3 ] && grep -q "error\[KH901\]: cannot write '.*/cl/link.yaml': No such file or directory" "$work/err" &&
    ! grep -q 'does not exist' "$work/err"; then
    ok "cli.c cli_write_failed: -o a dangling link into a missing directory: the reason, not 'the directory ... does not exist' of one that does"
else
    not_ok "cli.c cli_write_failed: -o a dangling link: status $st, $(head -c 300 "$work/err")"
fi

# ---- cmd_new.c: the note of include: paths kept ----------------------------------
# new_other_dir_paths counts the include: paths it kept as written; the note
# "the paths of its include: are relative ... and were not changed" is for
# those alone. '> 0' made '>= 0' (the note under every `khgen new`, its
# paths rewritten or none) passed every suite: -o beside the old plan, and
# -o in another directory whose include: is rewritten, say no such note;
# one kept (another registry.yaml there) says it.
mkdir -p "$work/nw/a" "$work/nw/b" "$work/nw/c"
printf 'units:\n  - {id: r1, name: Đơn vị r1}\n' >"$work/nw/a/r.yaml"
sed '0,/^header:/s//include: [r.yaml]\nheader:/' "$P/ex.yaml" >"$work/nw/a/p.yaml"
cp "$work/nw/a/r.yaml" "$work/nw/c/r.yaml"
"$khgen" new --from "$work/nw/a/p.yaml" --year 2025 -o "$work/nw/a/p2025.yaml" >/dev/null 2>"$work/nw/same.err"
s1=$?
"$khgen" new --allow-read "$work/nw/a" --from "$work/nw/a/p.yaml" --year 2025 -o "$work/nw/b/p2025.yaml" >/dev/null 2>"$work/nw/moved.err"
s2=$?
"$khgen" new --from "$work/nw/a/p.yaml" --year 2025 -o "$work/nw/c/p2025.yaml" >/dev/null 2>"$work/nw/kept.err"
s3=$?
if [ $s1 = 0 ] && [ $s2 = 0 ] && [ $s3 = 0 ] && ! grep -q 'were not changed' "$work/nw/same.err" "$work/nw/moved.err" &&
    grep -q "is written '../a/r.yaml'" "$work/nw/moved.err" &&
    grep -q "'.*/nw/c/p2025.yaml' is not in the directory of '.*/nw/a/p.yaml'; the paths of its include: are relative to the plan and were not changed" "$work/nw/kept.err"; then
    ok "cmd_new.c new_other_dir_paths: 'include: paths not changed' said only when one was kept"
else
    not_ok "cmd_new.c the include note: status $s1 $s2 $s3; same: $(grep 'not changed' "$work/nw/same.err"); moved: $(head -c 300 "$work/nw/moved.err"); kept: $(grep 'not changed' "$work/nw/kept.err")"
fi

# ---- check.c: KH265's memo, one for each key and value ---------------------------------
# review29's H4 has bases without 'by' under a wording printing {{issuer}}
# bare: no case had a basis without both 'by' and 'number' under a wording
# printing one of them bare ('&memo[dated][0]' for the number's memo, the
# issuer's answer given for the number, passed every suite). 'basis'
# (dated) prints {{number}} bare and guards {{issuer}}; 'basis_no_date'
# the reverse: the dated basis is KH265 for its number alone, the undated
# for its issuer alone, each twice (two bases of each).
mkdir -p "$work/kh265/tpl"
cat >"$work/kh265/tpl/wording.yaml" <<'EOF2'
basis: "Căn cứ {{kind}} số {{number}}{{#issuer}} của {{issuer}}{{/issuer}}"
basis_no_date: "Căn cứ {{kind}}{{#number}} số {{number}}{{/number}} của {{issuer}}"
EOF2
/usr/bin/python3 - "$P/ex.yaml" "$work/kh265/p.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
j = s.index('\n', s.index('bases:'))
more = ('  - {kind: Luật, name: Đất đai, date: 2024-01-18}\n  - {kind: Luật, name: Đầu tư công, date: 2019-06-13}\n'
        '  - {kind: Nghị quyết, about: về nông thôn mới}\n  - {kind: Chỉ thị, about: về phòng chống thiên tai}\n')
open(sys.argv[2], 'w', encoding='utf-8').write(s[:j + 1] + more + s[j + 1:])
PY
"$khgen" check --templates "$work/kh265/tpl" "$work/kh265/p.yaml" >/dev/null 2>"$work/kh265/err"
st=$?
got=$(sed -n 's/^[^ ]*p\.yaml:\([0-9]*\):[0-9]*: error\[KH265\]: this basis has no \([^ ,]*\).*/\1 \2/p' "$work/kh265/err" | tr '\n' ' ')
if [ $st = 1 ] && [ "$got" = "14 'number' 15 'number' 16 issuer 17 issuer " ]; then
    ok "check.c KH265 memo: a basis without 'by' and 'number': dated, its number (wording 'basis'); undated, its issuer ('basis_no_date')"
else
    not_ok "check.c KH265 memo: status $st, [$got], want [14 'number' 15 'number' 16 issuer 17 issuer ] $(head -c 300 "$work/kh265/err")"
fi

# ---- import_head.c: a title's target year -----------------------------------------
# target_year at the title's start ("Đến năm 2025 ...": 'at >= n' made
# 'at > n' took it for the year the plan is for) ran in no suite: a plan
# dated in December 2024 under "Đến năm 2025 ..." is of its date's year
# (2025 is a target), whose "năm 2024" in the text is {year}, no period.
printf '%s\n' 'ỦY BAN NHÂN DÂN' 'HUYỆN YÊN THẾ' 'Số: 125/KH-UBND' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
    'Độc lập - Tự do - Hạnh phúc' 'Yên Thế, ngày 28 tháng 12 năm 2024' 'KẾ HOẠCH' \
    'Đến năm 2025 xây dựng huyện nông thôn mới' 'UBND huyện Yên Thế xây dựng Kế hoạch như sau:' \
    'I. MỤC ĐÍCH' 'Làm tốt công tác dân vận năm 2024.' 'Trên đây là Kế hoạch./.' >"$work/tx/target.txt"
"$khgen" import -o "$work/tx/target.yaml" --force "$work/tx/target.txt" 2>"$work/tx/target.err"
if grep -q '^  title: Đến năm {year+1} xây dựng huyện nông thôn mới$' "$work/tx/target.yaml" &&
    grep -q 'para: Làm tốt công tác dân vận năm {year}\.$' "$work/tx/target.yaml" && ! grep -q 'period' "$work/tx/target.yaml"; then
    ok "import_head.c target_year: a December plan under a title beginning 'Đến năm 2025' is of 2024 (a target, no period; {year} in its text)"
else
    not_ok "import_head.c target_year: $(grep -n 'title\|para' "$work/tx/target.yaml" 2>/dev/null | head -3 | tr '\n' '|') $(head -c 200 "$work/tx/target.err")"
fi

# ---- load_chars.c: KH027's word found in the source -----------------------------
# the corpus's legacy-pasted has no letter of the flagged word before it
# on its line: a first byte alone taken for the word ('||' for '&&' in the
# search, 'dau' before 'döïng') passed every suite. KH027 points at the
# flagged word.
head -7 tests/diag/legacy-pasted.yaml >"$P/kh027.yaml"
printf '%s\n' 'body:' '  - para: "UBND xaõ xaây dau döïng Keá hoaïch naêm {year}."' >>"$P/kh027.yaml"
check_says "load_chars.c KH027: the flagged word's position, not an earlier word's first letter" "$P/kh027.yaml" 0 \
    "kh027.yaml:9:30: warning[KH027]: 'UBND xaõ xaây dau döïng"


echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
