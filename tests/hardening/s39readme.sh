#!/bin/sh
# tests/hardening/s39readme.sh KHGEN WORKDIR - README.md as a new user meets
# it (session 39, issue 8): what README says of codes, options, the complete
# example and the limits, against the binary. Before s39readme's README
# fixes, R1 failed (KH211, KH400, KH410-KH418 and KH422, codes of the plan's
# meaning, had no row in README's code table), R3 failed (KH030-KH033 and
# KH130-KH134 lay in no range of "What is checked") and R4 failed (`--force`,
# `--stats`, `--from`, `--year`, `--level`, `--include`, `--format`, `--all`,
# `--no-color` of the commands' helps had no row in README's option table);
# R2, R5, R6 and R7 held and guard what was checked.
#  R1  every code `khgen explain` lists in KH160-KH599 (the checks on the
#      plan's meaning) is a row of README's code table;
#  R2  every row of that table is a code `khgen explain CODE` knows, at the
#      level (error, warning) the table gives;
#  R3  every code of KH001-KH699 and KH800-KH899 `khgen explain` lists lies in
#      a code or range of the "What is checked" table;
#  R4  every long option of `khgen --help` and each `khgen COMMAND --help`
#      has a row in README's option table, and each row's option is one a
#      help lists;
#  R5  README's complete example checks with no diagnostic and builds
#      -f md,html,docx,xlsx into the four files;
#  R6  the limits "### Limits" states, at each and one past it: a name of
#      500/501 characters (KH115), a reference of 64/65 ids (KH207), a value
#      of 4 MiB/+1 byte (KH016), 1000/1001 attachments (KH624), lists 64/65
#      levels deep (KH006), a file past 32 MiB (KH002), includes 16/17 deep
#      (KH133);
#  R7  `--diagnostics-format` takes its value only after `=`, `--lang` and
#      `--color` after it too, `--max-errors=N` is an unknown option (exit 2);
#  R8  `khgen --help` names UTF-32 among what convert reads, as README and
#      `khgen convert --help` do (it said "TCVN3, VNI, Windows-1258 or UTF-16
#      file", in both languages: failed before s39readme's fix).
# About 35 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme=$top/README.md
diags=$top/doc/diagnostics.md # the code table and "What is checked" (s43readme)

# ---- R1/R2: README's code table against `khgen explain` ---------------------
"$khgen" explain >"$work/codes.txt" 2>&1
grep -o '^KH[0-9][0-9][0-9]' "$work/codes.txt" | sort -u >"$work/bin.txt"
grep '^| `KH[0-9][0-9][0-9]` | ' "$diags" |
    sed 's/^| `\(KH[0-9]*\)` | \([a-z]*\) |.*/\1 \2/' | sort -u >"$work/table.txt"
missing=
for c in $(awk '{n=substr($0,3)+0; if (n>=160 && n<600) print}' "$work/bin.txt"); do
    grep -q "^$c " "$work/table.txt" || missing="$missing $c"
done
if [ -s "$work/bin.txt" ] && [ -z "$missing" ]; then
    ok "R1 every code of the plan's meaning khgen knows has a row in the code table (doc/diagnostics.md)"
else not_ok "R1 codes with no row in the code table of doc/diagnostics.md:$missing"; fi
wrong=
while read -r c lvl; do
    got=$(awk -v c="$c" '$1 == c {print $2}' "$work/codes.txt")
    "$khgen" explain "$c" >/dev/null 2>&1 && [ "$got" = "$lvl" ] || wrong="$wrong $c($lvl/$got)"
done <"$work/table.txt"
if [ -s "$work/table.txt" ] && [ -z "$wrong" ]; then
    ok "R2 each of README's $(wc -l <"$work/table.txt") code rows is a code khgen explains, at its level"
else not_ok "R2 README's code rows khgen does not know so (README/binary):$wrong"; fi

# ---- R3: the ranges of "What is checked" ----------------------------------
# each rule's "Codes: ..." line (a table's last cell until s43readme)
awk '/^#+ What is checked/{f=1;next} f&&/^The codes of the checks/{exit} f&&/^Codes: /' "$diags" |
    sed 's/^Codes: //' | grep -o 'KH[0-9]*\(-KH[0-9]*\)\?' |
    sed 's/KH//g; s/-/ /' >"$work/ranges.txt"
missing=
for c in $(awk '{n=substr($0,3)+0; if (n<700 || (n>=800 && n<900)) print}' "$work/bin.txt"); do
    n=$(echo "$c" | sed 's/KH0*//')
    awk -v n="$n" 'NF==1 && $1+0==n {f=1} NF==2 && n>=$1+0 && n<=$2+0 {f=1} END {exit !f}' \
        "$work/ranges.txt" || missing="$missing $c"
done
if [ -s "$work/ranges.txt" ] && [ -z "$missing" ]; then
    ok "R3 every code of the checks lies in a range of \"What is checked\" (doc/diagnostics.md)"
else not_ok "R3 codes in no range of \"What is checked\" (doc/diagnostics.md, its Codes: lines):$missing"; fi

# ---- R4: README's option table against the helps ---------------------------
{ "$khgen" --help
  for c in build check import new diff init explain convert; do "$khgen" "$c" --help; done
} 2>&1 | grep '^ *-' | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/helpopts.txt"
awk '/^## Command line/{f=1;next} f&&/^## /{exit} f&&/^\| `-/' "$readme" |
    sed 's/ | .*//' | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/rowopts.txt"
only_help=$(comm -23 "$work/helpopts.txt" "$work/rowopts.txt" | tr '\n' ' ')
only_readme=$(comm -13 "$work/helpopts.txt" "$work/rowopts.txt" | tr '\n' ' ')
if [ -s "$work/helpopts.txt" ] && [ -z "$only_help$only_readme" ]; then
    ok "R4 README's option table has a row for each of the helps' $(wc -l <"$work/helpopts.txt") options, and no other"
else not_ok "R4 options of a help with no row in README: $only_help; rows no help lists: $only_readme"; fi

# ---- R5: the complete example ----------------------------------------------
mkdir -p "$work/ex"
readme_example "$work/ex/ex.yaml"
msgs=$("$khgen" check "$work/ex/ex.yaml" 2>&1); st=$?
"$khgen" build -f md,html,docx,xlsx -o "$work/ex/out" "$work/ex/ex.yaml" >/dev/null 2>&1; bst=$?
n=$(ls "$work/ex/out" 2>/dev/null | grep -c '^ex\.\(md\|html\|docx\|xlsx\)$')
if [ $st -eq 0 ] && [ -z "$msgs" ] && [ $bst -eq 0 ] && [ "$n" = 4 ]; then
    ok "R5 the complete example checks silently and builds its four formats"
else not_ok "R5 the complete example: check $st ($msgs), build $bst, $n of 4 files"; fi

# ---- R6: the limits, at each and one past it --------------------------------
python3 - "$work/ex/ex.yaml" "$work" <<'PY'
import sys
ex = open(sys.argv[1], encoding='utf-8').read()
w = sys.argv[2]
def put(name, text):
    open(f'{w}/{name}.yaml', 'w', encoding='utf-8').write(text)
for n in (500, 501):
    put(f'name{n}', ex.replace('name: Phòng Tài chính - Kế hoạch}', 'name: ' + 'a' * n + '}'))
for n in (64, 65):
    ids = ' '.join((['dong-huu', 'tan-hiep', 'dong-lac'] * 30)[:n])
    put(f'ref{n}', ex.replace('{loc dong-huu tan-hiep}', '{loc ' + ids + '}'))
for n, tag in ((4 << 20, 'at'), ((4 << 20) + 1, 'past')):
    put(f'val{tag}', ex.replace('Căn cứ tình hình thực tế của địa phương', 'a' * n))
att = ex.split('attachments:\n')[1]
for n in (1000, 1001):
    put(f'att{n}', ex + ''.join(att.replace('bieu01', f'b{i}').replace('Biểu 01', f'Biểu {i:02d}')
                                for i in range(2, n + 1)))
for n in (63, 64):   # the plan's mapping is the first level
    put(f'nest{n + 1}', ex.replace('khgen: 1 ', 'khgen: 1\nsuppress: ' + '[' * n + ']' * n + ' ', 1))
PY
codes_of() { "$khgen" check --max-errors 0 "$work/$1.yaml" 2>&1 | grep -o 'error\[KH[0-9]*\]' | sort -u | tr '\n' ' '; }
limit() { # NAME-AT NAME-PAST CODE WHAT
    a=$(codes_of "$1"); p=$(codes_of "$2")
    case $a in *"$3"*) a_has=1 ;; *) a_has=0 ;; esac
    case $p in *"[$3]"*) p_has=1 ;; *) p_has=0 ;; esac
    if [ $a_has = 0 ] && [ $p_has = 1 ]; then ok "R6 $4: at the limit accepted, past it $3"
    else not_ok "R6 $4: at the limit '$a', past it '$p' (want $3 past it only)"; fi
}
limit name500 name501 KH115 "a name of 500 characters"
limit ref64 ref65 KH207 "a reference of 64 ids"
limit valat valpast KH016 "a value of 4 MiB"
limit att1000 att1001 KH624 "1000 attachments"
limit nest64 nest65 KH006 "lists 64 levels deep"
cp "$work/ex/ex.yaml" "$work/big.yaml"
truncate -s $((32 * 1024 * 1024 + 1)) "$work/big.yaml"
case $(codes_of big) in *KH002*) ok "R6 a file of 32 MiB and a byte: KH002" ;;
    *) not_ok "R6 a file of 32 MiB and a byte: $(codes_of big)" ;; esac
for N in 16 17; do
    d=$work/inc$N; mkdir -p "$d"
    i=1
    while [ $i -le $N ]; do
        { [ $i -lt $N ] && echo "include: [r$((i + 1)).yaml]"
          printf 'units:\n  - {id: u%d, name: Đơn vị số %d}\n' $i $i; } >"$d/r$i.yaml"
        i=$((i + 1))
    done
    sed 's/^units:/include: [r1.yaml]\nunits:/' "$work/ex/ex.yaml" >"$d/p.yaml"
done
cp "$work/inc16/p.yaml" "$work/i16.yaml"; cp "$work/inc17/p.yaml" "$work/i17.yaml"
a=$("$khgen" check "$work/inc16/p.yaml" 2>&1 | grep -c 'error\[KH133\]')
p=$("$khgen" check "$work/inc17/p.yaml" 2>&1 | grep -c 'error\[KH133\]')
if [ "$a" = 0 ] && [ "$p" = 1 ]; then ok "R6 includes 16 deep accepted, 17 deep KH133"
else not_ok "R6 includes: 16 deep $a KH133, 17 deep $p"; fi

# ---- R7: an option's value after '=' ----------------------------------------
ex=$work/ex/ex.yaml
st() { "$khgen" "$@" >/dev/null 2>&1; echo $?; }
got="$(st check --diagnostics-format=json "$ex") $(st check --diagnostics-format json "$ex") $(st check --lang=en "$ex") $(st check --color=never "$ex") $(st check --max-errors=5 "$ex") $(st check --max-errors 5 "$ex")"
if [ "$got" = "0 2 0 0 2 0" ]; then ok "R7 '=' takes a value for --diagnostics-format, --lang and --color only"
else not_ok "R7 exits of --diagnostics-format=json, ' json', --lang=, --color=, --max-errors=5, ' 5': $got (want 0 2 0 0 2 0)"; fi

# ---- R8: convert's line of the top-level help -------------------------------
en=$("$khgen" --lang en --help 2>&1 | grep '^  convert FILE')
vi=$("$khgen" --lang vi --help 2>&1 | grep '^  convert FILE')
case $en$vi in *UTF-32*UTF-32*) ok "R8 khgen --help's convert line names UTF-32 (en, vi)" ;;
    *) not_ok "R8 khgen --help's convert line: '$en' / '$vi'" ;; esac

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
